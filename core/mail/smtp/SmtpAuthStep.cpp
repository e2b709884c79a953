#include "mail/smtp/SmtpAuthStep.h"

#include "mail/MailLogging.h"
#include "mail/smtp/SmtpSecurity.h"
#include "mail/smtp/SmtpSession.h"

namespace helpdesk {

void SmtpAuthStep::start()
{
    if (!session().isEncrypted() && !session().peerIsLoopback()) {
        fail(SmtpSecurity::passwordInClear(settings().host));
        return;
    }
    const QStringList &offered = session().capabilities().authMechanisms;
    const bool plain = offered.contains(QLatin1String("PLAIN"));
    const bool login = offered.contains(QLatin1String("LOGIN"));
    bool usePlain = false;
    bool useLogin = false;
    switch (settings().authMechanism) {
    case SmtpSettings::AuthMechanism::Automatic:
        usePlain = plain;
        useLogin = !plain && login;
        break;
    case SmtpSettings::AuthMechanism::Plain:
        usePlain = plain;
        break;
    case SmtpSettings::AuthMechanism::Login:
        useLogin = login;
        break;
    }
    if (!usePlain && !useLogin) {
        fail(SmtpError::make(
            SmtpError::Kind::AuthenticationRejected,
            tr("The mail relay does not offer a sign-in method Helpdesk can use (it offers: %1; "
               "Helpdesk uses PLAIN or LOGIN). Check the SMTP settings, or clear the user name "
               "if the relay needs no sign-in.")
                .arg(offered.isEmpty() ? tr("none") : offered.join(u", "))));
        return;
    }
    if (usePlain) {
        m_stage = Stage::Plain;
        const QByteArray payload =
            '\0' + settings().user.toUtf8() + '\0' + settings().password.toUtf8();
        send("AUTH PLAIN " + payload.toBase64(), QStringLiteral("AUTH PLAIN"),
             "AUTH PLAIN [hidden]");
    } else {
        m_stage = Stage::Login;
        send("AUTH LOGIN", QStringLiteral("AUTH LOGIN"));
    }
}

void SmtpAuthStep::handleReply(const SmtpReply &reply)
{
    const int code = reply.code;
    if (code == 334 && m_stage == Stage::Login) {
        m_stage = Stage::LoginUser;
        send(settings().user.toUtf8().toBase64(), tr("AUTH LOGIN (after the user name)"),
             "[hidden]");
        return;
    }
    if (code == 334 && m_stage == Stage::LoginUser) {
        m_stage = Stage::LoginPassword;
        send(settings().password.toUtf8().toBase64(), tr("AUTH LOGIN (after the password)"),
             "[hidden]");
        return;
    }
    if (code == 235 && (m_stage == Stage::Plain || m_stage == Stage::LoginPassword)) {
        qCDebug(lcMail) << "authenticated";
        done();
        return;
    }
    const QString text = reply.text();
    if (code >= 400 && code < 500) {
        fail(replyError(reply, QStringLiteral("AUTH")));
        return;
    }
    if (code < 400) {
        fail(SmtpError::make(SmtpError::Kind::Protocol,
                             tr("The mail relay answered sign-in unexpectedly (%1).").arg(text), {},
                             code, text));
        return;
    }
    fail(SmtpError::make(SmtpError::Kind::AuthenticationRejected,
                         tr("The mail relay rejected the SMTP user name or password (%1). Check "
                            "the credentials in the mail settings.")
                             .arg(text),
                         {}, code, text));
}

} // namespace helpdesk
