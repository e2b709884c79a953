#pragma once
// The mail settings page: the relay (host, port, security, sign-in), the sender, the Message-ID
// domain, plain SMTP on the network, and a pinned relay certificate. The password goes to the
// SecretStore (the keychain, or this session only when there is none), never to the settings.
// "Send Test Email" sends one message with the settings as entered and reports exactly what
// failed; on a certificate problem it shows the certificate and offers to trust exactly that
// one (by its SHA-256 fingerprint). Only an administrator may save.

#include "mail/MailSettings.h"
#include "mail/MailSetupService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace helpdesk {

class AppSession;

class MailSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsPage(AppSession *session, QWidget *parent = nullptr);
    ~MailSettingsPage() override;

    // Reads the saved settings into the form.
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_saving || m_testing; }
    bool canSave() const;

    // The form as settings (not validated).
    MailSettings formSettings() const;
    const std::optional<MailTestResult> &lastTestResult() const { return m_lastTest; }
    QString statusText() const;
    QString testResultText() const;

public slots:
    void save();
    void sendTestEmail();
    // Copies the fingerprint of the certificate shown after a TLS failure into the form; it is
    // trusted from the next test and, once saved, for delivery.
    void trustShownCertificate();

signals:
    void loaded();
    void saved();
    void testFinished(const helpdesk::MailTestResult &result);

private:
    void setForm(const MailSettings &settings);
    void updateEnabled();
    void updatePasswordNote();
    void setStatus(const QString &text, bool error);
    void showTestResult(const MailTestResult &result);
    void runTest(const MailSettings &settings, const QString &password, const QString &to);
    void onSecurityChanged(int index);

    AppSession *m_session;
    MailSettings m_saved;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_testing = false;
    int m_lastSecurityIndex = 0;
    std::optional<MailTestResult> m_lastTest;
    QString m_shownFingerprint;

    QLabel *m_adminNote;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_allowPlain;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QLineEdit *m_messageIdDomain;
    QLineEdit *m_trustedCert;
    QPushButton *m_forgetCert;
    QLineEdit *m_testTo;
    QPushButton *m_sendTest;
    QLabel *m_testResult;
    QGroupBox *m_certificateBox;
    QLabel *m_certificateText;
    QPushButton *m_trustCert;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace helpdesk
