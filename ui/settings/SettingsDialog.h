#pragma once
// Settings: the mail settings page and the mail template preview, as tabs of one non-modal
// dialog.

#include <QDialog>

class QTabWidget;

namespace helpdesk {

class AppSession;
class MailSettingsPage;
class TemplatePreviewPage;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Mail, Templates };

    explicit SettingsDialog(AppSession *session, QWidget *parent = nullptr);

    MailSettingsPage *mailPage() const { return m_mail; }
    TemplatePreviewPage *templatePage() const { return m_templates; }
    void showPage(Page page);
    Page currentPage() const;

private:
    QTabWidget *m_tabs;
    MailSettingsPage *m_mail;
    TemplatePreviewPage *m_templates;
};

} // namespace helpdesk
