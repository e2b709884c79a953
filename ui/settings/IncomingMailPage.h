#pragma once
// Settings › Incoming mail: the IMAP mailbox customers write to (server, port, security, user,
// folder, what happens to processed mail, how often to look) and whether this app fetches from
// it. The password goes to the SecretStore, never to the settings. "Test Connection" signs in
// with the form as entered and opens the folder, and says exactly what failed. Only an
// administrator may save; saving restarts fetching with the new settings.

#include "ingest/IncomingMailSettings.h"
#include "ingest/MailFetchService.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace helpdesk {

class AppSession;

class IncomingMailPage : public QWidget
{
    Q_OBJECT
public:
    explicit IncomingMailPage(AppSession *session, QWidget *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_saving || m_testing; }
    bool canSave() const;
    IncomingMailSettings formSettings() const;
    QString statusText() const;
    QString testResultText() const;
    const std::optional<ImapTestResult> &lastTestResult() const { return m_lastTest; }

public slots:
    void save();
    void testConnection();

signals:
    void loaded();
    void saved();
    void testFinished(const helpdesk::ImapTestResult &result);

private:
    void setForm(const IncomingMailSettings &settings);
    void updateEnabled();
    void updateFetchState();
    void setStatus(const QString &text, bool error);
    void runTest(const IncomingMailSettings &settings, const QString &password);
    void onSecurityChanged(int index);

    AppSession *m_session;
    IncomingMailSettings m_saved;
    bool m_loaded = false;
    bool m_saving = false;
    bool m_testing = false;
    int m_lastSecurityIndex = 0;
    std::optional<ImapTestResult> m_lastTest;

    QLabel *m_adminNote;
    QCheckBox *m_enabled;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_folder;
    QLineEdit *m_moveTo;
    QSpinBox *m_interval;
    QLineEdit *m_caFile;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_fetchState;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
};

} // namespace helpdesk
