#pragma once
// Settings › Mail Templates: pick a template and a ticket; an administrator edits the subject,
// plain text and HTML (TemplateEditor: placeholder check, save, revert, earlier versions), and
// below it everyone sees the mail exactly as the customer would get it, live as it is typed,
// filled with the ticket's real values (the requester, the ticket number and subject, you as
// the agent). Placeholders that would have no value are marked in the text and named above it:
// sending such a mail is refused.

#include "mail/MailSetupService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace helpdesk {

class AppSession;
class TemplateEditor;

class TemplatePreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatePreviewPage(AppSession *session, QWidget *parent = nullptr);
    ~TemplatePreviewPage() override;

    // The ticket whose values fill the template (0: none).
    void setTicketId(qint64 ticketId);
    qint64 ticketId() const { return m_ticketId; }
    // Selects a template by key ("ticket_reply") and renders it.
    void selectTemplate(const QString &key);
    QString templateKey() const;
    void refresh();

    bool isRendered() const { return m_preview.has_value(); }
    const std::optional<TemplatePreview> &preview() const { return m_preview; }
    QString subjectText() const;
    QString plainText() const;
    QString htmlText() const; // the HTML part as shown (as plain text)
    QString problemText() const;
    TemplateEditor *editor() const { return m_editor; }

signals:
    void rendered();

private:
    void loadTemplates();
    void render();
    void showPreview(const TemplatePreview &preview);

    AppSession *m_session;
    qint64 m_ticketId = 0;
    QString m_wantedKey;
    quint64 m_generation = 0;
    std::optional<TemplatePreview> m_preview;

    QComboBox *m_templates;
    QLineEdit *m_ticket;
    QLabel *m_problem;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QTextBrowser *m_html;
    TemplateEditor *m_editor;
};

} // namespace helpdesk
