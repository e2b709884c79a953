#include "settings/TemplateEditor.h"

#include "app/AppSession.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "mail/TemplateRenderer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
QString changeLabel(const QString &change)
{
    if (change == QLatin1String("before_edit"))
        return TemplateEditor::tr("before the first edit");
    if (change == QLatin1String("revert"))
        return TemplateEditor::tr("shipped text put back");
    if (change == QLatin1String("restore"))
        return TemplateEditor::tr("earlier version brought back");
    return TemplateEditor::tr("saved");
}
} // namespace

TemplateEditor::TemplateEditor(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_subject(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_html(new QPlainTextEdit(this)),
      m_placeholders(new QLabel(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("&Save Template"), this)),
      m_revert(new QPushButton(tr("&Revert to Shipped Text"), this)),
      m_versionList(new QComboBox(this)), m_restore(new QPushButton(tr("Rest&ore"), this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_subject->setObjectName(QStringLiteral("editSubject"));
    m_text->setObjectName(QStringLiteral("editText"));
    m_html->setObjectName(QStringLiteral("editHtml"));
    m_placeholders->setObjectName(QStringLiteral("editPlaceholders"));
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_revert->setObjectName(QStringLiteral("revertTemplate"));
    m_versionList->setObjectName(QStringLiteral("templateVersions"));
    m_restore->setObjectName(QStringLiteral("restoreVersion"));
    m_text->setAccessibleName(tr("The plain-text part, as you edit it"));
    m_html->setAccessibleName(tr("The HTML part, as you edit it"));
    for (QPlainTextEdit *edit : {m_text, m_html}) {
        edit->setTabChangesFocus(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        QFont mono = edit->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        edit->setFont(mono);
    }
    for (QLabel *label : {m_placeholders, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }
    m_placeholders->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();
    m_versionList->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("Sub&ject:"), m_subject);
    auto *parts = new QTabWidget(this);
    parts->setObjectName(QStringLiteral("editParts"));
    parts->addTab(m_text, tr("&Plain text"));
    parts->addTab(m_html, tr("HTML so&urce"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *versionsLabel = new QLabel(tr("Earlier &versions:"), this);
    versionsLabel->setBuddy(m_versionList);
    buttons->addWidget(versionsLabel);
    buttons->addWidget(m_versionList);
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(parts, 1);
    layout->addWidget(m_placeholders);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &TemplateEditor::draftChanged);
    const auto edited = [this] {
        if (m_busy)
            return;
        const MailTemplate now = draft();
        m_dirty = now.subject != m_stored.subject || now.textBody != m_stored.textBody ||
                  now.htmlBody != m_stored.htmlBody;
        updateButtons();
        m_debounce.start();
    };
    connect(m_subject, &QLineEdit::textEdited, this, edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, edited);
    connect(m_html, &QPlainTextEdit::textChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditor::revert);
    connect(m_restore, &QPushButton::clicked, this, &TemplateEditor::restoreSelectedVersion);
    connect(m_versionList, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    updateButtons();
}

bool TemplateEditor::mayEdit() const
{
    return m_session->me() && MailSetupService::mayEditTemplates(*m_session->me());
}

void TemplateEditor::setTemplate(const MailTemplate &t)
{
    if (m_dirty && t.key == m_stored.key)
        return; // keep what is being typed
    fill(t);
}

void TemplateEditor::fill(const MailTemplate &t)
{
    const bool newKey = t.key != m_stored.key;
    m_stored = t;
    m_busy = true; // the text changes below are not edits
    m_subject->setText(t.subject);
    m_subject->setCursorPosition(0);
    m_text->setPlainText(t.textBody);
    m_html->setPlainText(t.htmlBody);
    m_busy = false;
    m_dirty = false;
    QStringList names;
    for (const QString &name : TemplateRenderer::available(t.key))
        names << QStringLiteral("{{%1}}").arg(name);
    m_placeholders->setText(tr("This mail can use: %1").arg(names.join(QStringLiteral(" "))));
    if (newKey)
        m_status->hide();
    loadVersions();
    updateButtons();
}

MailTemplate TemplateEditor::draft() const
{
    MailTemplate t = m_stored;
    t.subject = m_subject->text();
    t.textBody = m_text->toPlainText();
    t.htmlBody = m_html->toPlainText();
    return t;
}

void TemplateEditor::setSaveProblem(const QString &problem)
{
    m_saveProblem = problem;
    if (!problem.isEmpty())
        showStatus(problem, true);
    else if (m_status->property("problem").toBool())
        m_status->hide();
    updateButtons();
}

void TemplateEditor::updateButtons()
{
    const bool admin = mayEdit();
    for (QWidget *w : std::initializer_list<QWidget *>{m_subject, m_text, m_html})
        w->setEnabled(true);
    m_subject->setReadOnly(!admin);
    m_text->setReadOnly(!admin);
    m_html->setReadOnly(!admin);
    const QString why = !admin ? tr("Only an administrator can change mail templates.")
                        : !m_saveProblem.isEmpty() ? m_saveProblem
                        : !m_dirty                 ? tr("Nothing has changed since it was saved.")
                                                   : QString();
    m_save->setEnabled(admin && !m_busy && m_dirty && m_saveProblem.isEmpty());
    m_save->setToolTip(why);
    m_revert->setEnabled(admin && !m_busy && !m_stored.key.isEmpty());
    m_revert->setToolTip(admin ? tr("Put the text this version of Helpdesk ships back; the "
                                    "current text stays among the earlier versions.")
                               : tr("Only an administrator can change mail templates."));
    m_restore->setEnabled(admin && !m_busy && m_versionList->currentIndex() >= 0);
    m_versionList->setEnabled(!m_versions.isEmpty());
}

void TemplateEditor::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, Colors::text(Colors::Tone::Danger, pal));
    m_status->setPalette(pal);
    m_status->show();
}

QString TemplateEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QStringList TemplateEditor::versionLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_versionList->count(); ++i)
        labels << m_versionList->itemText(i);
    return labels;
}

void TemplateEditor::loadVersions()
{
    const QString key = m_stored.key;
    whenDone(m_session->mailSetup()->versions(key), this,
             [this, key](const Result<QList<TemplateVersion>> &list) {
                 if (key != m_stored.key)
                     return;
                 m_versionList->clear();
                 m_versions = list ? list.value() : QList<TemplateVersion>();
                 // The newest is the text shown; the earlier ones can be brought back.
                 for (qsizetype i = 1; i < m_versions.size(); ++i) {
                     const TemplateVersion &v = m_versions.at(i);
                     const QString who =
                         v.changedByName.isEmpty() ? tr("Helpdesk") : v.changedByName;
                     m_versionList->addItem(tr("%1 · %2 · %3")
                                                .arg(QLocale().toString(v.changedAt.toLocalTime(),
                                                                        QLocale::ShortFormat),
                                                     who, changeLabel(v.change)),
                                            v.id);
                 }
                 if (!list)
                     showStatus(list.error().message, true);
                 updateButtons();
             });
}

void TemplateEditor::finish(const Result<MailTemplate> &result, const QString &done)
{
    m_busy = false;
    if (!result) {
        showStatus(result.error().message, true);
        updateButtons();
        return;
    }
    fill(result.value());
    showStatus(done, false);
    emit stored(result.value());
    emit draftChanged();
}

void TemplateEditor::save()
{
    if (!m_save->isEnabled() || !m_session->me())
        return;
    m_busy = true;
    updateButtons();
    whenDone(m_session->mailSetup()->saveTemplate(draft(), *m_session->me()), this,
             [this](const Result<MailTemplate> &r) {
                 finish(r, tr("Saved. The next mails of this kind use this text; the earlier "
                              "one is kept among the versions."));
             });
}

void TemplateEditor::revert()
{
    if (!m_revert->isEnabled() || !m_session->me())
        return;
    m_busy = true;
    updateButtons();
    whenDone(m_session->mailSetup()->revertTemplate(m_stored.key, *m_session->me()), this,
             [this](const Result<MailTemplate> &r) {
                 finish(r, tr("The shipped text is back; the one before is kept among the "
                              "versions."));
             });
}

void TemplateEditor::restoreSelectedVersion()
{
    if (!m_restore->isEnabled() || !m_session->me())
        return;
    const qint64 id = m_versionList->currentData().toLongLong();
    m_busy = true;
    updateButtons();
    whenDone(m_session->mailSetup()->restoreVersion(id, *m_session->me()), this,
             [this](const Result<MailTemplate> &r) {
                 finish(r, tr("The earlier version is back and saved as the newest."));
             });
}

} // namespace helpdesk
