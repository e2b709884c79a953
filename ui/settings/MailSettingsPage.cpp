#include "settings/MailSettingsPage.h"

#include "app/AppSession.h"
#include "common/Colors.h"
#include "common/Futures.h"
#include "db/DbWorker.h"
#include "mail/MailDelivery.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
int defaultPort(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::ImplicitTls:
        return 465;
    case SmtpSettings::Security::StartTls:
        return 587;
    case SmtpSettings::Security::None:
        return 25;
    }
    return 587;
}

QString kindTitle(SmtpError::Kind kind)
{
    switch (kind) {
    case SmtpError::Kind::CannotConnect:
        return MailSettingsPage::tr("Cannot connect to the mail relay");
    case SmtpError::Kind::TlsFailed:
        return MailSettingsPage::tr("TLS failed: the relay's certificate was not accepted");
    case SmtpError::Kind::StartTlsUnavailable:
        return MailSettingsPage::tr("The relay does not offer STARTTLS");
    case SmtpError::Kind::AuthenticationRejected:
        return MailSettingsPage::tr("Sign-in rejected");
    case SmtpError::Kind::RecipientRefused:
        return MailSettingsPage::tr("Recipient refused");
    case SmtpError::Kind::MessageTooLarge:
        return MailSettingsPage::tr("Message too large");
    case SmtpError::Kind::Temporary:
        return MailSettingsPage::tr("Temporary failure (try again later)");
    case SmtpError::Kind::Permanent:
        return MailSettingsPage::tr("Refused by the relay");
    case SmtpError::Kind::Timeout:
        return MailSettingsPage::tr("No answer from the relay (timeout)");
    case SmtpError::Kind::ConnectionLost:
        return MailSettingsPage::tr("The relay closed the connection");
    case SmtpError::Kind::Protocol:
        return MailSettingsPage::tr("The relay's answer is not SMTP");
    case SmtpError::Kind::Configuration:
        return MailSettingsPage::tr("The settings cannot be used");
    case SmtpError::Kind::InvalidMessage:
        return MailSettingsPage::tr("The test message cannot be built");
    case SmtpError::Kind::Cancelled:
        return MailSettingsPage::tr("Cancelled");
    }
    return {};
}
} // namespace

MailSettingsPage::MailSettingsPage(AppSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_adminNote(new QLabel(this)),
      m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_security(new QComboBox(this)),
      m_allowPlain(
          new QCheckBox(tr("Allow plain SMTP to other computers (not recommended)"), this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_passwordNote(new QLabel(this)), m_fromAddress(new QLineEdit(this)),
      m_fromName(new QLineEdit(this)), m_messageIdDomain(new QLineEdit(this)),
      m_trustedCert(new QLineEdit(this)), m_forgetCert(new QPushButton(tr("For&get"), this)),
      m_testTo(new QLineEdit(this)), m_sendTest(new QPushButton(tr("Send &Test Email"), this)),
      m_testResult(new QLabel(this)),
      m_certificateBox(new QGroupBox(tr("The relay's certificate"), this)),
      m_certificateText(new QLabel(m_certificateBox)),
      m_trustCert(new QPushButton(tr("T&rust This Certificate"), m_certificateBox)),
      m_save(new QPushButton(tr("&Save"), this)), m_revert(new QPushButton(tr("Re&vert"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mailSettingsPage"));
    const auto name = [](QWidget *w, const char *objectName) {
        w->setObjectName(QString::fromLatin1(objectName));
    };
    name(m_adminNote, "mailAdminNote");
    name(m_host, "mailHost");
    name(m_port, "mailPort");
    name(m_security, "mailSecurity");
    name(m_allowPlain, "mailAllowPlain");
    name(m_user, "mailUser");
    name(m_password, "mailPassword");
    name(m_passwordNote, "mailPasswordNote");
    name(m_fromAddress, "mailFromAddress");
    name(m_fromName, "mailFromName");
    name(m_messageIdDomain, "mailMessageIdDomain");
    name(m_trustedCert, "mailTrustedCert");
    name(m_forgetCert, "mailForgetCert");
    name(m_testTo, "mailTestAddress");
    name(m_sendTest, "mailSendTest");
    name(m_testResult, "mailTestResult");
    name(m_certificateBox, "mailCertificateBox");
    name(m_certificateText, "mailCertificateText");
    name(m_trustCert, "mailTrustCert");
    name(m_save, "mailSave");
    name(m_revert, "mailRevert");
    name(m_status, "mailStatus");

    m_adminNote->setWordWrap(true);
    m_adminNote->setText(tr("Only an administrator can change the mail settings; you can look "
                            "at them and send a test email."));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->addItem(tr("STARTTLS (usually port 587)"),
                        MailSettings::securityKey(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("Implicit TLS (usually port 465)"),
                        MailSettings::securityKey(SmtpSettings::Security::ImplicitTls));
    m_security->addItem(tr("None: plain SMTP (this computer only, unless allowed below)"),
                        MailSettings::securityKey(SmtpSettings::Security::None));
    m_user->setPlaceholderText(tr("empty: the relay needs no sign-in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote->setWordWrap(true);
    m_fromAddress->setPlaceholderText(tr("support@example.com"));
    m_fromName->setPlaceholderText(tr("Example Support"));
    m_messageIdDomain->setPlaceholderText(tr("empty: the domain of the From address"));
    m_trustedCert->setPlaceholderText(
        tr("empty: only certificates the system trusts (use Send Test Email to see one)"));
    m_trustedCert->setToolTip(tr("The SHA-256 fingerprint of one relay certificate to accept "
                                 "even though the system does not trust it."));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateText->setWordWrap(true);
    m_certificateText->setTextFormat(Qt::RichText);
    m_certificateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *relayBox = new QGroupBox(tr("Mail relay"), this);
    auto *relay = new QFormLayout(relayBox);
    relay->addRow(tr("&Host:"), m_host);
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    relay->addRow(tr("&Port:"), m_port);
    relay->addRow(tr("S&ecurity:"), m_security);
    relay->addRow(QString(), m_allowPlain);
    relay->addRow(tr("&User:"), m_user);
    relay->addRow(tr("Pass&word:"), m_password);
    relay->addRow(QString(), m_passwordNote);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_trustedCert, 1);
    certRow->addWidget(m_forgetCert);
    auto *certLabel = new QLabel(tr("Trusted &certificate:"), relayBox);
    certLabel->setBuddy(m_trustedCert);
    relay->addRow(certLabel, certRow);

    auto *senderBox = new QGroupBox(tr("Sender"), this);
    auto *sender = new QFormLayout(senderBox);
    sender->addRow(tr("&From address:"), m_fromAddress);
    sender->addRow(tr("From &name:"), m_fromName);
    sender->addRow(tr("Message-&ID domain:"), m_messageIdDomain);

    auto *testBox = new QGroupBox(tr("Test"), this);
    auto *test = new QVBoxLayout(testBox);
    auto *testRow = new QHBoxLayout;
    auto *testLabel = new QLabel(tr("Send a test email t&o:"), testBox);
    testLabel->setBuddy(m_testTo);
    testRow->addWidget(testLabel);
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_sendTest);
    test->addLayout(testRow);
    test->addWidget(m_testResult);
    auto *certLayout = new QVBoxLayout(m_certificateBox);
    certLayout->addWidget(m_certificateText);
    auto *trustRow = new QHBoxLayout;
    trustRow->addStretch(1);
    trustRow->addWidget(m_trustCert);
    certLayout->addLayout(trustRow);
    test->addWidget(m_certificateBox);
    m_certificateBox->hide();
    m_testResult->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_adminNote);
    layout->addWidget(relayBox);
    layout->addWidget(senderBox);
    layout->addWidget(testBox);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_security, &QComboBox::currentIndexChanged, this,
            &MailSettingsPage::onSecurityChanged);
    connect(m_forgetCert, &QPushButton::clicked, this, [this] {
        m_trustedCert->clear();
        setStatus(tr("The pinned certificate is forgotten once you save."), false);
    });
    connect(m_sendTest, &QPushButton::clicked, this, &MailSettingsPage::sendTestEmail);
    connect(m_testTo, &QLineEdit::returnPressed, this, &MailSettingsPage::sendTestEmail);
    connect(m_trustCert, &QPushButton::clicked, this, &MailSettingsPage::trustShownCertificate);
    connect(m_save, &QPushButton::clicked, this, &MailSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setForm(m_saved);
        setStatus(tr("The saved settings are back in the form."), false);
    });
    for (QLineEdit *edit : {m_host, m_user})
        connect(edit, &QLineEdit::textChanged, this, &MailSettingsPage::updatePasswordNote);

    updateEnabled();
    load();
}

MailSettingsPage::~MailSettingsPage() = default;

bool MailSettingsPage::canSave() const
{
    const auto &me = m_session->me();
    return me && MailSetupService::maySave(*me);
}

void MailSettingsPage::load()
{
    whenDone(m_session->mailSetup()->load(), this, [this](const Result<MailSettings> &stored) {
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

void MailSettingsPage::setForm(const MailSettings &m)
{
    m_host->setText(m.host);
    m_port->setValue(m.port);
    const int index = m_security->findData(MailSettings::securityKey(m.security));
    {
        const QSignalBlocker blocker(m_security);
        m_security->setCurrentIndex(std::max(0, index));
        m_lastSecurityIndex = m_security->currentIndex();
    }
    m_allowPlain->setChecked(m.allowPlain);
    m_user->setText(m.user);
    m_password->clear();
    m_fromAddress->setText(m.fromAddress);
    m_fromName->setText(m.fromName);
    m_messageIdDomain->setText(m.messageIdDomain);
    m_trustedCert->setText(m.trustedCertSha256);
    if (m_testTo->text().isEmpty() && m_session->me())
        m_testTo->setText(m_session->me()->email);
    updateEnabled();
    updatePasswordNote();
}

MailSettings MailSettingsPage::formSettings() const
{
    MailSettings m = m_saved; // keeps what the form does not show (the HELO name)
    m.host = m_host->text().trimmed();
    m.port = m_port->value();
    m.security = MailSettings::securityFromKey(m_security->currentData().toString())
                     .value_or(SmtpSettings::Security::StartTls);
    m.allowPlain = m_allowPlain->isChecked();
    m.user = m_user->text().trimmed();
    m.fromAddress = m_fromAddress->text().trimmed();
    m.fromName = m_fromName->text().trimmed();
    m.messageIdDomain = m_messageIdDomain->text().trimmed();
    m.trustedCertSha256 = m_trustedCert->text().trimmed();
    return m;
}

void MailSettingsPage::onSecurityChanged(int index)
{
    // Follow the usual port of the new mode unless the port was set to something unusual.
    const auto before =
        MailSettings::securityFromKey(m_security->itemData(m_lastSecurityIndex).toString());
    const auto after = MailSettings::securityFromKey(m_security->itemData(index).toString());
    if (before && after && m_port->value() == defaultPort(*before))
        m_port->setValue(defaultPort(*after));
    m_lastSecurityIndex = index;
    updateEnabled();
}

void MailSettingsPage::updateEnabled()
{
    const bool admin = canSave();
    m_adminNote->setVisible(!admin);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_host, m_port, m_security, m_user, m_password, m_fromAddress, m_fromName,
             m_messageIdDomain, m_trustedCert, m_forgetCert, m_revert})
        w->setEnabled(admin && !m_saving);
    const bool plain = m_security->currentData().toString() ==
                       MailSettings::securityKey(SmtpSettings::Security::None);
    m_allowPlain->setEnabled(admin && plain && !m_saving);
    m_save->setEnabled(admin && m_loaded && !m_saving);
    m_sendTest->setEnabled(!m_testing);
    m_trustCert->setEnabled(admin && !m_shownFingerprint.isEmpty());
}

void MailSettingsPage::updatePasswordNote()
{
    SecretStore *secrets = m_session->secrets();
    auto *fallback = dynamic_cast<FallbackSecretStore *>(secrets);
    const bool sessionOnly =
        !secrets->isPersistent() || (fallback && fallback->isKeychainUnavailable());
    if (m_user->text().trimmed().isEmpty()) {
        m_passwordNote->setText(tr("No sign-in: no password is needed."));
        m_password->setPlaceholderText(QString());
        return;
    }
    m_password->setPlaceholderText(tr("leave empty to keep the saved password"));
    m_passwordNote->setText(
        sessionOnly ? tr("No keychain is available on this computer: the password is kept for "
                         "this session only and never written to disk.")
                    : tr("The password is kept in %1 on this computer, never in the shared "
                         "settings.")
                          .arg(secrets->description()));
}

void MailSettingsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? Colors::text(Colors::Tone::Danger, palette())
                                             : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

QString MailSettingsPage::statusText() const
{
    return m_status->text();
}

QString MailSettingsPage::testResultText() const
{
    return !m_testResult->isHidden() ? m_testResult->text() : QString();
}

void MailSettingsPage::save()
{
    if (!canSave()) {
        setStatus(tr("Only an administrator can change the mail settings."), true);
        return;
    }
    if (m_saving)
        return;
    const MailSettings settings = formSettings();
    if (auto valid = settings.validate(); !valid) {
        setStatus(valid.error().message, true);
        return;
    }
    const QString password = m_password->text();
    m_saving = true;
    updateEnabled();
    setStatus(tr("Saving…"), false);
    whenDone(m_session->mailSetup()->save(settings, *m_session->me()), this,
             [this, password](const Result<MailSettings> &stored) {
                 if (!stored) {
                     m_saving = false;
                     updateEnabled();
                     setStatus(stored.error().message, true);
                     return;
                 }
                 m_saved = stored.value();
                 const auto finish = [this](const QString &text, bool error) {
                     m_saving = false;
                     m_password->clear();
                     updateEnabled();
                     updatePasswordNote();
                     setStatus(text, error);
                     // Delivery picks the new settings (and password) up at once.
                     m_session->mailDelivery()->reload();
                     emit saved();
                 };
                 if (password.isEmpty() || stored.value().user.isEmpty()) {
                     finish(tr("The mail settings are saved."), false);
                     return;
                 }
                 SecretStore *secrets = m_session->secrets();
                 whenDone(secrets->write(stored.value().passwordKey(), password), this,
                          [finish, secrets](const Result<void> &written) {
                              if (!written)
                                  finish(tr("The mail settings are saved, but the password is not: "
                                            "%1")
                                             .arg(written.error().message),
                                         true);
                              else if (!secrets->isPersistent())
                                  finish(
                                      tr("The mail settings are saved. No keychain is available, "
                                         "so the password is kept for this session only and "
                                         "never written to disk."),
                                      false);
                              else
                                  finish(tr("The mail settings are saved; the password is kept in "
                                            "%1.")
                                             .arg(secrets->description()),
                                         false);
                          });
             });
}

void MailSettingsPage::sendTestEmail()
{
    if (m_testing)
        return;
    const MailSettings settings = formSettings();
    const QString to = m_testTo->text().trimmed();
    if (to.isEmpty()) {
        m_testResult->setText(tr("Enter the address to send the test email to."));
        m_testResult->show();
        m_testTo->setFocus();
        return;
    }
    m_testing = true;
    updateEnabled();
    m_certificateBox->hide();
    m_shownFingerprint.clear();
    m_testResult->setText(tr("Sending a test email to %1 through %2…")
                              .arg(to.toHtmlEscaped(), settings.host.toHtmlEscaped()));
    m_testResult->show();
    const QString typed = m_password->text();
    if (!typed.isEmpty() || settings.user.isEmpty()) {
        runTest(settings, typed, to);
        return;
    }
    // No password typed: the one saved on this computer, if any.
    whenDone(m_session->secrets()->read(settings.passwordKey()), this,
             [this, settings, to](const Result<QString> &stored) {
                 runTest(settings, stored ? stored.value() : QString(), to);
             });
}

void MailSettingsPage::runTest(const MailSettings &settings, const QString &password,
                               const QString &to)
{
    whenDone(m_session->mailSetup()->sendTestEmail(settings, password, to), this,
             [this](const MailTestResult &result) {
                 m_testing = false;
                 showTestResult(result);
                 updateEnabled();
                 emit testFinished(result);
             });
}

void MailSettingsPage::showTestResult(const MailTestResult &result)
{
    m_lastTest = result;
    const QString ok = QStringLiteral("<b style=\"color:%2\">%1</b>")
                           .arg(QStringLiteral("%1"),
                                Colors::html(Colors::text(Colors::Tone::Success, palette())));
    const QString bad =
        QStringLiteral("<b style=\"color:%2\">%1</b>")
            .arg(QStringLiteral("%1"), Colors::html(Colors::text(Colors::Tone::Danger, palette())));
    QString html;
    if (result.accepted) {
        html = ok.arg(tr("The relay accepted the test email.").toHtmlEscaped());
        if (!result.serverReply.isEmpty())
            html += QStringLiteral("<br>") +
                    tr("Server reply: %1").arg(result.serverReply).toHtmlEscaped();
        m_certificateBox->hide();
    } else if (result.error) {
        const SmtpError &e = *result.error;
        html = bad.arg(kindTitle(e.kind).toHtmlEscaped()) + QStringLiteral("<br>") +
               e.error.message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        if (!e.serverReply.isEmpty())
            html +=
                QStringLiteral("<br>") + tr("Server reply: %1").arg(e.serverReply).toHtmlEscaped();
        if (!e.refusedRecipients.isEmpty())
            html +=
                QStringLiteral("<br>") + tr("Refused: %1")
                                             .arg(e.refusedRecipients.join(QStringLiteral(", ")))
                                             .toHtmlEscaped();
        if (e.kind == SmtpError::Kind::TlsFailed && !e.certificate.isNull()) {
            const CertificateInfo &c = e.certificate;
            m_shownFingerprint = c.sha256;
            QString text = QStringLiteral("<table>");
            const auto row = [&text](const QString &label, const QString &value) {
                text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            };
            row(tr("Subject"), c.subject);
            row(tr("Issuer"), c.issuer);
            row(tr("Expires"), QLocale().toString(c.expiry.toLocalTime(), QLocale::ShortFormat));
            row(tr("SHA-256"), c.sha256);
            row(tr("Problems"), c.problems.join(QStringLiteral("; ")));
            text += QStringLiteral("</table><p>") +
                    (canSave() ? tr("Trust this certificate only if you know it is your relay's "
                                    "(compare the SHA-256 fingerprint with what its "
                                    "administrator tells you). Only this exact certificate is "
                                    "trusted, nothing else.")
                               : tr("An administrator can decide to trust this certificate."))
                        .toHtmlEscaped() +
                    QStringLiteral("</p>");
            m_certificateText->setText(text);
            m_certificateBox->show();
        } else {
            m_certificateBox->hide();
        }
    }
    m_testResult->setText(html);
    m_testResult->show();
}

void MailSettingsPage::trustShownCertificate()
{
    if (m_shownFingerprint.isEmpty() || !canSave())
        return;
    m_trustedCert->setText(m_shownFingerprint);
    m_certificateBox->hide();
    setStatus(tr("That certificate is trusted from the next test email on; save to use it for "
                 "delivery."),
              false);
    updateEnabled();
}

} // namespace helpdesk
