#include "settings/TemplatePreviewPage.h"

#include "app/AppSession.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "db/DbWorker.h"
#include "settings/TemplateEditor.h"
#include "tickets/Ticket.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

TemplatePreviewPage::TemplatePreviewPage(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_templates(new QComboBox(this)),
      m_ticket(new QLineEdit(this)), m_problem(new QLabel(this)), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_html(new QTextBrowser(this)),
      m_editor(new TemplateEditor(session, this))
{
    setObjectName(QStringLiteral("templatePreviewPage"));
    m_templates->setObjectName(QStringLiteral("previewTemplate"));
    m_ticket->setObjectName(QStringLiteral("previewTicket"));
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_text->setObjectName(QStringLiteral("previewText"));
    m_html->setObjectName(QStringLiteral("previewHtml"));
    m_html->setAccessibleName(tr("The mail as HTML"));

    m_ticket->setPlaceholderText(tr("#number"));
    m_ticket->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?\\d{0,12}")), this));
    m_ticket->setToolTip(tr("The ticket whose values fill the template; the ticket selected in "
                            "the main window to begin with."));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_subject->setReadOnly(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_templates);
    form->addRow(tr("Tic&ket:"), m_ticket);

    auto *editBox = new QGroupBox(tr("Text"), this);
    editBox->setObjectName(QStringLiteral("templateEditBox"));
    auto *editLayout = new QVBoxLayout(editBox);
    editLayout->addWidget(m_editor);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    previewBox->setObjectName(QStringLiteral("templatePreviewBox"));
    auto *previewForm = new QFormLayout;
    previewForm->addRow(tr("Subject:"), m_subject);

    auto *parts = new QTabWidget(this);
    parts->setObjectName(QStringLiteral("previewParts"));
    parts->addTab(m_html, tr("&HTML"));
    parts->addTab(m_text, tr("Plain te&xt"));

    auto *note = new QLabel(tr("Values come from the ticket, its requester and you as the "
                               "agent; {{reply.body}} shows an example text."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(previewForm);
    previewLayout->addWidget(m_problem);
    previewLayout->addWidget(parts, 1);
    previewLayout->addWidget(note);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("templateSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(editBox);
    split->addWidget(previewBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);

    // What is typed is previewed as it is typed; a saved text is what the mails use.
    connect(m_editor, &TemplateEditor::draftChanged, this, &TemplatePreviewPage::render);

    connect(m_templates, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedKey = templateKey();
        render();
    });
    connect(m_ticket, &QLineEdit::editingFinished, this, [this] {
        QString digits = m_ticket->text();
        digits.remove(u'#');
        const qint64 id = digits.toLongLong();
        if (id != m_ticketId) {
            m_ticketId = id;
            render();
        }
    });
    loadTemplates();
}

TemplatePreviewPage::~TemplatePreviewPage() = default;

void TemplatePreviewPage::loadTemplates()
{
    whenDone(m_session->mailSetup()->templates(), this,
             [this](const Result<QList<MailTemplate>> &list) {
                 if (!list) {
                     m_problem->setText(list.error().message);
                     m_problem->show();
                     return;
                 }
                 const QString wanted = m_wantedKey;
                 {
                     const QSignalBlocker blocker(m_templates);
                     m_templates->clear();
                     for (const MailTemplate &t : list.value())
                         m_templates->addItem(t.name.isEmpty() ? t.key : t.name, t.key);
                     const int index = m_templates->findData(wanted);
                     m_templates->setCurrentIndex(index >= 0 ? index : 0);
                 }
                 m_wantedKey = templateKey();
                 render();
             });
}

void TemplatePreviewPage::setTicketId(qint64 ticketId)
{
    m_ticketId = ticketId;
    m_ticket->setText(ticketId > 0 ? ticketNumberText(ticketId) : QString());
    render();
}

void TemplatePreviewPage::selectTemplate(const QString &key)
{
    m_wantedKey = key;
    const int index = m_templates->findData(key);
    if (index >= 0 && index != m_templates->currentIndex())
        m_templates->setCurrentIndex(index); // renders
    else
        render();
}

QString TemplatePreviewPage::templateKey() const
{
    return m_templates->currentData().toString();
}

void TemplatePreviewPage::refresh()
{
    render();
}

void TemplatePreviewPage::render()
{
    const QString key = templateKey();
    if (key.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_preview.reset();
    const Staff agent = m_session->me().value_or(Staff());
    const bool draft = m_editor->isDirty() && m_editor->draft().key == key;
    auto job = draft ? m_session->mailSetup()->previewDraft(m_editor->draft(), m_ticketId, agent)
                     : m_session->mailSetup()->preview(key, m_ticketId, agent);
    whenDone(job, this, [this, generation, draft](const Result<TemplatePreview> &preview) {
        if (generation != m_generation)
            return;
        if (!preview) {
            m_problem->setText(preview.error().message);
            m_problem->show();
            m_subject->clear();
            m_text->clear();
            m_html->clear();
            return;
        }
        if (!draft)
            m_editor->setTemplate(preview->mailTemplate);
        m_editor->setSaveProblem(preview->saveProblem);
        showPreview(preview.value());
    });
}

void TemplatePreviewPage::showPreview(const TemplatePreview &preview)
{
    m_preview = preview;
    if (preview.error.isEmpty()) {
        m_problem->hide();
    } else {
        m_problem->setText(
            preview.missing.isEmpty()
                ? preview.error
                : tr("Missing values: %1\n%2")
                      .arg(preview.missing.join(QStringLiteral(", ")), preview.error));
        QPalette pal = m_problem->palette();
        pal.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Danger, pal));
        m_problem->setPalette(pal);
        m_problem->show();
    }
    m_subject->setText(preview.rendered.subject);
    m_subject->setCursorPosition(0);
    m_text->setPlainText(preview.rendered.textBody);
    // Shown as rich text only; links are not followed and no remote content is loaded.
    m_html->setHtml(preview.rendered.htmlBody);
    emit rendered();
}

QString TemplatePreviewPage::subjectText() const
{
    return m_subject->text();
}

QString TemplatePreviewPage::plainText() const
{
    return m_text->toPlainText();
}

QString TemplatePreviewPage::htmlText() const
{
    return m_html->toPlainText();
}

QString TemplatePreviewPage::problemText() const
{
    return !m_problem->isHidden() ? m_problem->text() : QString();
}

} // namespace helpdesk
