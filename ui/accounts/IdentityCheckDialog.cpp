#include "accounts/IdentityCheckDialog.h"

#include "accounts/AccountService.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "common/TimeText.h"
#include "tickets/Ticket.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

IdentityCheckDialog::IdentityCheckDialog(AccountService *service, qint64 ticketId,
                                         const Account &account, QWidget *parent)
    : QDialog(parent), m_service(service), m_ticketId(ticketId), m_account(account),
      m_summary(new QLabel(this)), m_checks(new QTreeWidget(this)),
      m_methods(new QButtonGroup(this)), m_passed(new QRadioButton(tr("&Passed"), this)),
      m_failed(new QRadioButton(tr("&Failed"), this)), m_note(new QLineEdit(this)),
      m_error(new QLabel(this)), m_record(new QPushButton(tr("&Record Check"), this))
{
    setObjectName(QStringLiteral("identityCheckDialog"));
    setWindowTitle(tr("Identity Verification — %1").arg(ticketNumberText(ticketId)));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setMinimumWidth(em * 44);

    auto *layout = new QVBoxLayout(this);
    auto *who =
        new QLabel(tr("<b>%1</b> &lt;%2&gt;")
                       .arg((account.displayName.isEmpty() ? account.email : account.displayName)
                                .toHtmlEscaped(),
                            account.email.toHtmlEscaped()),
                   this);
    layout->addWidget(who);
    auto *intro = new QLabel(
        tr("Before a recovery action, make sure the caller owns this account: at least two "
           "different checks must pass, one of them a code sent to the registered email address "
           "or phone. A failed check blocks recovery until it is redone and passes. Never ask "
           "for a password."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summary->setObjectName(QStringLiteral("verificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(6);
    layout->addWidget(m_summary);

    m_checks->setObjectName(QStringLiteral("verificationChecks"));
    m_checks->setRootIsDecorated(false);
    m_checks->setAccessibleName(tr("Checks recorded on the ticket"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("By"), tr("When"), tr("Note")});
    m_checks->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_checks->header()->setStretchLastSection(true);
    layout->addWidget(m_checks, 1);

    auto *form = new QGroupBox(tr("Record a check"), this);
    auto *formLayout = new QVBoxLayout(form);
    for (VerificationMethod method : VerificationMethods::all()) {
        auto *button = new QRadioButton(VerificationMethods::label(method), form);
        button->setObjectName(QStringLiteral("method_") + VerificationMethods::key(method));
        auto *description = new QLabel(VerificationMethods::description(method), form);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        description->setContentsMargins(em * 2, 0, 0, 4);
        if (method == VerificationMethod::PhoneCode && account.phone.trimmed().isEmpty()) {
            button->setEnabled(false);
            description->setText(tr("No phone number is registered on this account."));
        }
        m_methods->addButton(button, int(method));
        m_methodButtons.insert(int(method), button);
        formLayout->addWidget(button);
        formLayout->addWidget(description);
    }
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(new QLabel(tr("Result:"), form));
    m_passed->setObjectName(QStringLiteral("checkPassed"));
    m_failed->setObjectName(QStringLiteral("checkFailed"));
    auto *results = new QButtonGroup(form);
    results->addButton(m_passed);
    results->addButton(m_failed);
    m_passed->setChecked(true);
    resultRow->addWidget(m_passed);
    resultRow->addWidget(m_failed);
    resultRow->addStretch(1);
    formLayout->addLayout(resultRow);
    auto *noteLabel = new QLabel(tr("&Note:"), form);
    noteLabel->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("checkNote"));
    m_note->setPlaceholderText(tr("What was asked and answered (no codes or passwords)"));
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    formLayout->addLayout(noteRow);
    m_record->setObjectName(QStringLiteral("recordCheck"));
    auto *recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    formLayout->addLayout(recordRow);
    layout->addWidget(form);

    // Tab goes down the form as it reads: the method, the result, the note, Record. (The
    // result buttons and the note were made first, in the constructor's list.)
    QWidget *previous = nullptr;
    for (QAbstractButton *b : m_methods->buttons()) {
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    for (QWidget *next : std::initializer_list<QWidget *>{m_passed, m_failed, m_note, m_record}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }

    m_error->setObjectName(QStringLiteral("verificationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;")
                               .arg(Colors::html(Colors::text(Colors::Tone::Danger, palette()))));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_record, &QPushButton::clicked, this, &IdentityCheckDialog::record);
    connect(m_methods, &QButtonGroup::idToggled, this, [this] { updateButtons(); });
    updateButtons();
    load();
}

void IdentityCheckDialog::load()
{
    whenDone(m_service->verification(m_ticketId, m_account.id), this,
             [this](const Result<VerificationState> &state) {
                 if (!state) {
                     m_error->setText(state.error().message);
                     m_error->show();
                     return;
                 }
                 showState(state.value());
                 emit stateLoaded();
             });
}

void IdentityCheckDialog::showState(const VerificationState &state)
{
    m_state = state;
    m_summary->setText(state.passed ? tr("✔ Identity verified. %1").arg(state.summary)
                                    : state.summary);
    m_summary->setStyleSheet(
        Colors::cardStyle(state.passed ? Colors::Tone::Success : Colors::Tone::Warning, palette()));
    m_checks->clear();
    for (const IdentityCheck &c : state.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, VerificationMethods::label(c.method));
        item->setText(1, c.passed ? tr("Passed") : tr("Failed"));
        item->setForeground(1, Colors::text(c.passed ? Colors::Tone::Success : Colors::Tone::Danger,
                                            m_checks->palette(), QPalette::Base));
        item->setText(2, c.staffName);
        item->setText(3, TimeText::dateTime(c.at));
        item->setText(4, c.note);
        item->setToolTip(4, c.note);
    }
    for (int i = 0; i < 4; ++i)
        m_checks->resizeColumnToContents(i);
}

void IdentityCheckDialog::setMethod(VerificationMethod method)
{
    if (QRadioButton *b = m_methodButtons.value(int(method)))
        b->setChecked(true);
}

void IdentityCheckDialog::setPassed(bool passed)
{
    (passed ? m_passed : m_failed)->setChecked(true);
}

void IdentityCheckDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

bool IdentityCheckDialog::isMethodAvailable(VerificationMethod method) const
{
    const QRadioButton *b = m_methodButtons.value(int(method));
    return b && b->isEnabled();
}

void IdentityCheckDialog::record()
{
    const int id = m_methods->checkedId();
    if (m_busy || id < 0)
        return;
    const auto method = VerificationMethod(id);
    const bool passed = m_passed->isChecked();
    setBusy(true);
    m_error->hide();
    whenDone(
        m_service->recordVerification(m_ticketId, m_account.id, method, passed, m_note->text()),
        this, [this](const Result<AccountActionResult> &r) {
            setBusy(false);
            if (!r) {
                m_error->setText(r.error().message);
                m_error->show();
                return;
            }
            if (r->verification)
                showState(*r->verification);
            m_note->clear();
            // The next check is another method.
            m_methods->setExclusive(false);
            if (QAbstractButton *checked = m_methods->checkedButton())
                checked->setChecked(false);
            m_methods->setExclusive(true);
            m_passed->setChecked(true);
            updateButtons();
            emit recorded(m_state);
        });
}

void IdentityCheckDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void IdentityCheckDialog::updateButtons()
{
    const bool chosen = m_methods->checkedId() >= 0;
    m_record->setEnabled(!m_busy && chosen);
    m_record->setToolTip(chosen ? QString() : tr("Choose which check you did first."));
}

QString IdentityCheckDialog::summaryText() const
{
    return m_summary->text();
}

QString IdentityCheckDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int IdentityCheckDialog::checkCount() const
{
    return m_checks->topLevelItemCount();
}

} // namespace helpdesk
