#pragma once
// Settings: the mail settings page, the mail template preview and the incoming mail page, as
// tabs of one non-modal dialog.

#include <QDialog>

class QTabWidget;

namespace helpdesk {

class AppSession;
class IncomingMailPage;
class MailSettingsPage;
class TemplatePreviewPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Mail, Templates, IncomingMail };

    explicit SettingsDialog(AppSession *session, QWidget *parent = nullptr);

    MailSettingsPage *mailPage() const { return m_mail; }
    TemplatePreviewPage *templatePage() const { return m_templates; }
    IncomingMailPage *incomingPage() const { return m_incoming; }
    void showPage(Page page);
    Page currentPage() const;

private:
    QTabWidget *m_tabs;
    MailSettingsPage *m_mail;
    TemplatePreviewPage *m_templates;
    IncomingMailPage *m_incoming;
};

} // namespace helpdesk
