#include "mail/smtp/SmtpStartTlsStep.h"

#include "mail/smtp/SmtpSession.h"

namespace helpdesk {

void SmtpStartTlsStep::start()
{
    if (!session().capabilities().startTls) {
        fail(SmtpError::make(
            SmtpError::Kind::StartTlsUnavailable,
            tr("The mail relay does not offer STARTTLS, so the connection would not be "
               "encrypted. Nothing was sent. Check the port and security setting, or ask the "
               "relay's administrator to enable TLS.")));
        return;
    }
    send("STARTTLS", QStringLiteral("STARTTLS"));
}

void SmtpStartTlsStep::handleReply(const SmtpReply &reply)
{
    if (m_encrypted) {
        if (takeEhloReply(reply))
            done();
        return;
    }
    if (reply.code != 220) {
        const QString text = reply.text();
        fail(reply.code >= 400 && reply.code < 500
                 ? replyError(reply, QStringLiteral("STARTTLS"))
                 : SmtpError::make(SmtpError::Kind::StartTlsUnavailable,
                                   tr("The mail relay refused STARTTLS (%1). Nothing was sent. "
                                      "Check the port and security setting in the mail "
                                      "settings.")
                                       .arg(text),
                                   {}, reply.code, text));
        return;
    }
    session().startTls(); // handleEncrypted() once the handshake is done
}

void SmtpStartTlsStep::handleEncrypted()
{
    m_encrypted = true;
    sendEhlo();
}

} // namespace helpdesk
