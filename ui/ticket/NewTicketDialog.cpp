#include "ticket/NewTicketDialog.h"

#include "app/AppSession.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "tickets/TicketService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

constexpr int EmailRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int LookupDelayMs = 250;
constexpr int MaxSubjectLength = 300;

// Completing a suggestion puts the address in the field, not the "Name <address>" shown.
class RequesterCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(EmailRole).toString();
    }
};

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Danger, pal));
    label->setPalette(pal);
    label->hide();
    return label;
}

} // namespace

NewTicketDialog::NewTicketDialog(AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_subject(new QLineEdit(this)),
      m_subjectError(errorLabel(this, QStringLiteral("subjectError"))),
      m_requester(new QLineEdit(this)),
      m_requesterError(errorLabel(this, QStringLiteral("requesterError"))),
      m_name(new QLineEdit(this)), m_category(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_body(new QPlainTextEdit(this)),
      m_generalError(errorLabel(this, QStringLiteral("generalError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_completer(new RequesterCompleter(this)), m_suggestions(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New Ticket"));

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(MaxSubjectLength);
    m_subject->setPlaceholderText(tr("What the customer needs, in a line"));
    m_requester->setObjectName(QStringLiteral("requesterEdit"));
    m_requester->setPlaceholderText(tr("Email address or customer account name"));
    m_name->setObjectName(QStringLiteral("requesterNameEdit"));
    m_name->setPlaceholderText(tr("Optional; for an address without an account"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (TicketCategory c : Vocabulary::allCategories())
        m_category->addItem(Vocabulary::label(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(TicketCategory::Login)));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (TicketPriority p : Vocabulary::allPriorities())
        m_priority->addItem(Vocabulary::label(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(TicketPriority::Normal)));
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (TicketChannel c : Vocabulary::allChannels())
        m_channel->addItem(Vocabulary::label(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(TicketChannel::Phone)));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("What the customer wrote or said"));

    m_completer->setModel(m_suggestions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_requester->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &NewTicketDialog::onSuggestionChosen);
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(LookupDelayMs);
    connect(&m_lookupTimer, &QTimer::timeout, this, &NewTicketDialog::lookUpRequesters);
    connect(m_requester, &QLineEdit::textEdited, this, [this] {
        showError(m_requesterError, {});
        m_lookupTimer.start();
    });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { showError(m_subjectError, {}); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto fieldWithError = [this](QWidget *field, QLabel *error) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(error);
        return box;
    };
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    // The field sits in a box with its error line, where the label is no sibling for
    // QAccessible to find: named here.
    m_subject->setAccessibleName(QString(subjectLabel->text()).remove(u'&').remove(u':'));
    form->addRow(subjectLabel, fieldWithError(m_subject, m_subjectError));
    auto *requesterLabel = new QLabel(tr("&Requester:"), this);
    requesterLabel->setBuddy(m_requester);
    m_requester->setAccessibleName(QString(requesterLabel->text()).remove(u'&').remove(u':'));
    form->addRow(requesterLabel, fieldWithError(m_requester, m_requesterError));
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    form->addRow(priorityLabel, m_priority);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    form->addRow(channelLabel, m_channel);
    auto *bodyLabel = new QLabel(tr("First &message:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Ticket"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, fontMetrics().height() * 26);
}

NewTicket NewTicketDialog::ticket() const
{
    NewTicket t;
    t.subject = m_subject->text().trimmed();
    t.requester = m_requester->text().trimmed();
    t.requesterName = m_name->text().trimmed();
    t.category = TicketCategory(m_category->currentData().toInt());
    t.priority = TicketPriority(m_priority->currentData().toInt());
    t.channel = TicketChannel(m_channel->currentData().toInt());
    t.body = m_body->toPlainText().trimmed();
    return t;
}

void NewTicketDialog::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString NewTicketDialog::subjectError() const
{
    return m_subjectError->isHidden() ? QString() : m_subjectError->text();
}

QString NewTicketDialog::requesterError() const
{
    return m_requesterError->isHidden() ? QString() : m_requesterError->text();
}

QString NewTicketDialog::generalError() const
{
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

bool NewTicketDialog::validate()
{
    const NewTicket t = ticket();
    QString subject;
    if (t.subject.isEmpty())
        subject = tr("Enter a subject: what the customer needs, in a line.");
    QString requester;
    static const QRegularExpression address(QStringLiteral(
        "^[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\"]+$"));
    if (t.requester.isEmpty())
        requester = tr("Enter the customer's email address, or the name of their account.");
    else if (t.requester.contains(u'@') && !address.match(t.requester).hasMatch())
        requester = tr("“%1” is not an email address.").arg(t.requester);
    showError(m_subjectError, subject);
    showError(m_requesterError, requester);
    showError(m_generalError, {});
    if (!subject.isEmpty())
        m_subject->setFocus();
    else if (!requester.isEmpty())
        m_requester->setFocus();
    return subject.isEmpty() && requester.isEmpty();
}

void NewTicketDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_subject, m_requester, m_name, m_category,
                                                       m_priority, m_channel, m_body})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create Ticket"));
}

void NewTicketDialog::submit()
{
    if (m_busy || !validate())
        return;
    setBusy(true);
    // The dialog does not close while busy; whenDone() copes if it goes anyway.
    whenDone(m_session->tickets()->create(ticket()), this,
             [self = QPointer(this)](const Result<Ticket> &created) {
                 if (self)
                     self->onCreated(created);
             });
}

void NewTicketDialog::reject()
{
    // Closing while the ticket is being created would leave the agent not knowing whether it
    // exists.
    if (m_busy)
        return;
    QDialog::reject();
}

void NewTicketDialog::onCreated(const Result<Ticket> &result)
{
    setBusy(false);
    if (!result) {
        const Error &e = result.error();
        // The fields are checked above, so what the desk refuses is who the requester is
        // (no such account, several of them, not an address); anything else is general.
        if (e.code == Error::Code::NotFound || e.code == Error::Code::InvalidInput) {
            showError(m_requesterError, e.message);
            m_requester->setFocus();
        } else {
            showError(m_generalError, e.message);
        }
        return;
    }
    emit created(result.value());
    accept();
}

void NewTicketDialog::lookUpRequesters()
{
    const QString text = m_requester->text().trimmed();
    const quint64 generation = ++m_lookupGeneration;
    if (text.size() < 2)
        return;
    whenDone(
        m_session->tickets()->requesterSuggestions(text), this,
        [self = QPointer(this), generation, text](const Result<QList<RequesterSuggestion>> &found) {
            if (self)
                self->showSuggestions(generation, text, found);
        });
}

void NewTicketDialog::showSuggestions(quint64 generation, const QString &text,
                                      const Result<QList<RequesterSuggestion>> &found)
{
    // A later keystroke asked again; and a failed lookup just offers nothing.
    if (generation != m_lookupGeneration || !found)
        return;
    m_suggestions->clear();
    for (const RequesterSuggestion &s : found.value()) {
        auto *item =
            new QStandardItem(s.name.isEmpty() ? s.email : tr("%1 <%2>").arg(s.name, s.email));
        item->setData(s.email, EmailRole);
        item->setData(s.name, NameRole);
        m_suggestions->appendRow(item);
    }
    if (m_requester->hasFocus() && m_requester->text().trimmed() == text &&
        m_suggestions->rowCount() > 0) {
        m_completer->setCompletionPrefix(text);
        m_completer->complete();
    }
}

void NewTicketDialog::onSuggestionChosen(const QModelIndex &index)
{
    const QString name = index.data(NameRole).toString();
    if (m_name->text().trimmed().isEmpty() && !name.isEmpty())
        m_name->setText(name);
    showError(m_requesterError, {});
}

} // namespace helpdesk
