#include "settings/IncomingMailPage.h"

#include "app/AppSession.h"
#include "common/Futures.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
int defaultPort(ImapSettings::Security security)
{
    return security == ImapSettings::Security::StartTls ? 143 : 993;
}
} // namespace

IncomingMailPage::IncomingMailPage(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_adminNote(new QLabel(this)),
      m_enabled(new QCheckBox(tr("&Fetch customer mail from this mailbox in the app"), this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_security(new QComboBox(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_passwordNote(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_moveTo(new QLineEdit(this)), m_interval(new QSpinBox(this)), m_caFile(new QLineEdit(this)),
      m_test(new QPushButton(tr("Test &Connection"), this)), m_testResult(new QLabel(this)),
      m_fetchState(new QLabel(this)), m_save(new QPushButton(tr("&Save"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("incomingMailPage"));
    const auto name = [](QWidget *w, const char *objectName) {
        w->setObjectName(QString::fromLatin1(objectName));
    };
    name(m_adminNote, "imapAdminNote");
    name(m_enabled, "imapEnabled");
    name(m_host, "imapHost");
    name(m_port, "imapPort");
    name(m_security, "imapSecurity");
    name(m_user, "imapUser");
    name(m_password, "imapPassword");
    name(m_passwordNote, "imapPasswordNote");
    name(m_folder, "imapFolder");
    name(m_moveTo, "imapMoveTo");
    name(m_interval, "imapInterval");
    name(m_caFile, "imapCaFile");
    name(m_test, "imapTest");
    name(m_testResult, "imapTestResult");
    name(m_fetchState, "imapFetchState");
    name(m_save, "imapSave");
    name(m_revert, "imapRevert");
    name(m_status, "imapStatus");

    m_adminNote->setWordWrap(true);
    m_adminNote->setText(tr("Only an administrator can change where customer mail is read "
                            "from; you can look at the settings and test the connection."));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_security->addItem(tr("Implicit TLS (usually port 993)"),
                        IncomingMailSettings::securityKey(ImapSettings::Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS (usually port 143)"),
                        IncomingMailSettings::securityKey(ImapSettings::Security::StartTls));
    m_user->setPlaceholderText(tr("support@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to keep the saved password"));
    m_passwordNote->setWordWrap(true);
    m_folder->setPlaceholderText(QStringLiteral("INBOX"));
    m_moveTo->setPlaceholderText(tr("empty: processed mail stays, marked as read and processed"));
    m_interval->setRange(10, 86400);
    m_interval->setSuffix(tr(" s"));
    m_caFile->setPlaceholderText(tr("empty: the certificate authorities the system trusts"));
    m_caFile->setToolTip(tr("A file on this computer with the certificate of a private "
                            "certificate authority that signed the server's certificate."));
    for (QLabel *l : {m_testResult, m_status, m_fetchState}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_testResult->hide();

    auto *serverBox = new QGroupBox(tr("Mailbox"), this);
    auto *server = new QFormLayout(serverBox);
    server->addRow(tr("IMAP serve&r:"), m_host);
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    server->addRow(tr("&Port:"), m_port);
    server->addRow(tr("S&ecurity:"), m_security);
    server->addRow(tr("&User:"), m_user);
    server->addRow(tr("Pass&word:"), m_password);
    server->addRow(QString(), m_passwordNote);
    server->addRow(tr("F&older:"), m_folder);
    server->addRow(tr("Move processed mail &to:"), m_moveTo);
    server->addRow(tr("Trusted CA f&ile:"), m_caFile);

    auto *fetchBox = new QGroupBox(tr("Fetching"), this);
    auto *fetch = new QFormLayout(fetchBox);
    fetch->addRow(m_enabled);
    m_interval->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    fetch->addRow(tr("Look for &new mail every:"), m_interval);
    fetch->addRow(m_fetchState);

    auto *testBox = new QGroupBox(tr("Test"), this);
    auto *test = new QVBoxLayout(testBox);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(
        new QLabel(tr("Sign in with the settings above and open the folder:"), testBox), 1);
    testRow->addWidget(m_test);
    test->addLayout(testRow);
    test->addWidget(m_testResult);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_adminNote);
    layout->addWidget(serverBox);
    layout->addWidget(fetchBox);
    layout->addWidget(testBox);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_security, &QComboBox::currentIndexChanged, this,
            &IncomingMailPage::onSecurityChanged);
    connect(m_test, &QPushButton::clicked, this, &IncomingMailPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &IncomingMailPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setForm(m_saved);
        setStatus(tr("The saved settings are back in the form."), false);
    });
    MailFetchService *service = m_session->mailFetch();
    connect(service, &MailFetchService::stateChanged, this, &IncomingMailPage::updateFetchState);
    connect(service, &MailFetchService::fetched, this, &IncomingMailPage::updateFetchState);
    connect(service, &MailFetchService::problem, this, &IncomingMailPage::updateFetchState);

    SecretStore *secrets = m_session->secrets();
    m_passwordNote->setText(
        secrets->isPersistent()
            ? tr("The password is kept in %1 on this computer, never in the shared settings.")
                  .arg(secrets->description())
            : tr("No keychain is available on this computer: the password is kept for this "
                 "session only and never written to disk."));
    updateEnabled();
    updateFetchState();
    load();
}

bool IncomingMailPage::canSave() const
{
    const auto &me = m_session->me();
    return me && MailFetchService::maySave(*me);
}

void IncomingMailPage::load()
{
    whenDone(m_session->mailFetch()->load(), this,
             [this](const Result<IncomingMailSettings> &stored) {
                 if (!stored) {
                     setStatus(stored.error().message, true);
                     return;
                 }
                 m_saved = stored.value();
                 setForm(stored.value());
                 m_loaded = true;
                 updateEnabled();
                 emit loaded();
             });
}

void IncomingMailPage::setForm(const IncomingMailSettings &s)
{
    m_enabled->setChecked(s.enabled);
    m_host->setText(s.host);
    {
        const QSignalBlocker blocker(m_security);
        m_security->setCurrentIndex(
            std::max(0, m_security->findData(IncomingMailSettings::securityKey(s.security))));
        m_lastSecurityIndex = m_security->currentIndex();
    }
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_password->clear();
    m_folder->setText(s.folder);
    m_moveTo->setText(s.moveTo);
    m_interval->setValue(s.intervalS);
    m_caFile->setText(s.caFile);
    updateEnabled();
}

IncomingMailSettings IncomingMailPage::formSettings() const
{
    IncomingMailSettings s = m_saved;
    s.enabled = m_enabled->isChecked();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = IncomingMailSettings::securityFromKey(m_security->currentData().toString())
                     .value_or(ImapSettings::Security::ImplicitTls);
    s.user = m_user->text().trimmed();
    s.folder =
        m_folder->text().trimmed().isEmpty() ? QStringLiteral("INBOX") : m_folder->text().trimmed();
    s.moveTo = m_moveTo->text().trimmed();
    s.intervalS = m_interval->value();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

void IncomingMailPage::onSecurityChanged(int index)
{
    const auto before =
        IncomingMailSettings::securityFromKey(m_security->itemData(m_lastSecurityIndex).toString());
    const auto after =
        IncomingMailSettings::securityFromKey(m_security->itemData(index).toString());
    if (before && after && m_port->value() == defaultPort(*before))
        m_port->setValue(defaultPort(*after));
    m_lastSecurityIndex = index;
}

void IncomingMailPage::updateEnabled()
{
    const bool admin = canSave();
    m_adminNote->setVisible(!admin);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_enabled, m_host, m_port, m_security, m_user, m_password,
                                          m_folder, m_moveTo, m_interval, m_caFile, m_revert})
        w->setEnabled(admin && !m_saving);
    m_save->setEnabled(admin && m_loaded && !m_saving);
    m_test->setEnabled(!m_testing);
}

void IncomingMailPage::updateFetchState()
{
    MailFetchService *service = m_session->mailFetch();
    QString text;
    switch (service->state()) {
    case MailFetchService::State::Stopped:
    case MailFetchService::State::Off:
        text = tr("This app does not fetch mail now. Mail may still arrive through the mail "
                  "server's pipe or a helpdesk-admin mail fetch job.");
        break;
    case MailFetchService::State::Loading:
        text = tr("Starting to fetch…");
        break;
    case MailFetchService::State::Running:
        text = tr("Fetching from %1 every %n second(s).", nullptr, service->settings().intervalS)
                   .arg(service->settings().mailboxKey());
        break;
    case MailFetchService::State::Failing:
        text = service->lastProblem().message;
        break;
    }
    m_fetchState->setText(text);
}

void IncomingMailPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText,
                 error ? QColor(190, 30, 30) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

QString IncomingMailPage::statusText() const
{
    return m_status->text();
}

QString IncomingMailPage::testResultText() const
{
    return !m_testResult->isHidden() ? m_testResult->text() : QString();
}

void IncomingMailPage::save()
{
    if (!canSave()) {
        setStatus(tr("Only an administrator can change the incoming mail settings."), true);
        return;
    }
    if (m_saving)
        return;
    const IncomingMailSettings settings = formSettings();
    if (auto valid = settings.validate(); !valid) {
        setStatus(valid.error().message, true);
        return;
    }
    const QString password = m_password->text();
    m_saving = true;
    updateEnabled();
    setStatus(tr("Saving…"), false);
    // The password first: fetching restarts with the saved settings and reads it then.
    const auto saveSettings = [this, settings](const QString &passwordProblem) {
        whenDone(m_session->mailFetch()->save(settings, *m_session->me()), this,
                 [this, passwordProblem](const Result<IncomingMailSettings> &stored) {
                     m_saving = false;
                     updateEnabled();
                     if (!stored) {
                         setStatus(stored.error().message, true);
                         return;
                     }
                     m_saved = stored.value();
                     m_password->clear();
                     m_session->mailFetch()->reload();
                     if (!passwordProblem.isEmpty())
                         setStatus(tr("The incoming mail settings are saved, but the password "
                                      "is not: %1")
                                       .arg(passwordProblem),
                                   true);
                     else
                         setStatus(stored->enabled
                                       ? tr("The incoming mail settings are saved; the app "
                                            "fetches customer mail now.")
                                       : tr("The incoming mail settings are saved; this app "
                                            "does not fetch mail."),
                                   false);
                     emit saved();
                 });
    };
    if (password.isEmpty()) {
        saveSettings(QString());
        return;
    }
    whenDone(m_session->secrets()->write(settings.passwordKey(), password), this,
             [saveSettings](const Result<void> &written) {
                 saveSettings(written ? QString() : written.error().message);
             });
}

void IncomingMailPage::testConnection()
{
    if (m_testing)
        return;
    const IncomingMailSettings settings = formSettings();
    m_testing = true;
    updateEnabled();
    m_testResult->setText(tr("Signing in to %1…").arg(settings.host));
    m_testResult->show();
    const QString typed = m_password->text();
    if (!typed.isEmpty()) {
        runTest(settings, typed);
        return;
    }
    // No password typed: the one saved on this computer, if any.
    whenDone(m_session->secrets()->read(settings.passwordKey()), this,
             [this, settings](const Result<QString> &stored) {
                 runTest(settings, stored ? stored.value() : QString());
             });
}

void IncomingMailPage::runTest(const IncomingMailSettings &settings, const QString &password)
{
    whenDone(m_session->mailFetch()->testConnection(settings, password), this,
             [this](const ImapTestResult &result) {
                 m_testing = false;
                 m_lastTest = result;
                 QString text = result.message;
                 if (!result.ok && !result.detail.isEmpty())
                     text +=
                         QLatin1Char('\n') + tr("Server or library said: %1").arg(result.detail);
                 m_testResult->setText(text);
                 QPalette pal = m_testResult->palette();
                 pal.setColor(QPalette::WindowText,
                              result.ok ? QColor(26, 127, 55) : QColor(190, 30, 30));
                 m_testResult->setPalette(pal);
                 m_testResult->show();
                 updateEnabled();
                 emit testFinished(result);
             });
}

} // namespace helpdesk
