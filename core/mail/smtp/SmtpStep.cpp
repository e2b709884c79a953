#include "mail/smtp/SmtpStep.h"

#include "mail/smtp/SmtpSession.h"

#include <QUrl>

namespace helpdesk {

SmtpStep::SmtpStep(SmtpSession *session) : QObject(session), m_session(session) {}

const SmtpSettings &SmtpStep::settings() const
{
    return m_session->settings();
}

void SmtpStep::receive(const SmtpReply &reply)
{
    if (reply.code == 421 && !closeIsExpected()) {
        // The server is closing the channel (RFC 5321 3.8).
        SmtpError error = replyError(reply, m_waitingFor);
        error.error.message = tr("The mail relay is closing the connection (%1). Helpdesk will "
                                 "try again later.")
                                  .arg(reply.text());
        fail(error);
        return;
    }
    handleReply(reply);
}

void SmtpStep::handleTimeout(int limitMs)
{
    m_session->fail(noAnswer(m_waitingFor, limitMs));
}

std::optional<SmtpError> SmtpStep::inFlightError(const SmtpError &) const
{
    return std::nullopt;
}

void SmtpStep::send(const QByteArray &command, const QString &name, const QByteArray &logText,
                    int timeoutMs)
{
    m_session->sendCommand(command, logText);
    waitFor(name, timeoutMs < 0 ? settings().timeouts.commandMs : timeoutMs);
    m_activity = tr("waiting for the reply to %1").arg(name);
}

void SmtpStep::waitFor(const QString &name, int timeoutMs)
{
    m_waitingFor = name;
    m_activity = tr("waiting for %1").arg(name);
    m_session->expectReply(timeoutMs);
}

void SmtpStep::sendEhlo()
{
    QByteArray helo;
    if (!settings().heloName.isEmpty()) {
        helo = QUrl::toAce(settings().heloName);
    } else {
        // Without a configured name, the address literal of our end (RFC 5321 4.1.4).
        QHostAddress local = m_session->localAddress();
        bool isV4 = false;
        const quint32 v4 = local.toIPv4Address(&isV4);
        local.setScopeId({});
        helo = isV4 ? "[" + QHostAddress(v4).toString().toLatin1() + "]"
                    : "[IPv6:" + local.toString().toLatin1() + "]";
    }
    send("EHLO " + helo, QStringLiteral("EHLO"));
}

bool SmtpStep::takeEhloReply(const SmtpReply &reply)
{
    if (reply.code != 250) {
        fail(replyError(reply, QStringLiteral("EHLO")));
        return false;
    }
    m_session->setCapabilities(SmtpCapabilities::fromEhloReply(reply.lines));
    return true;
}

void SmtpStep::done()
{
    m_session->stepDone();
}

void SmtpStep::fail(const SmtpError &error)
{
    m_session->fail(error, error);
}

SmtpError SmtpStep::replyError(const SmtpReply &reply, const QString &what)
{
    const QString text = reply.text();
    if (reply.code == 552)
        return SmtpError::make(SmtpError::Kind::MessageTooLarge,
                               tr("The mail relay refused the message as too large (%1). "
                                  "Shorten the message.")
                                   .arg(text),
                               what, reply.code, text);
    if (reply.code >= 400 && reply.code < 500)
        return SmtpError::make(SmtpError::Kind::Temporary,
                               tr("The mail relay is temporarily unable to accept the message "
                                  "(%1, after %2). Helpdesk will try again later.")
                                   .arg(text, what),
                               what, reply.code, text);
    return SmtpError::make(SmtpError::Kind::Permanent,
                           tr("The mail relay refused the message (%1, after %2). Check the "
                              "message and the relay's policy; it will not be retried "
                              "unchanged.")
                               .arg(text, what),
                           what, reply.code, text);
}

SmtpError SmtpStep::noAnswer(const QString &name, int limitMs)
{
    return SmtpError::make(SmtpError::Kind::Timeout,
                           tr("The mail relay did not answer %1 within %2. Nothing was sent; "
                              "Helpdesk will try again later. If this keeps happening, check "
                              "the relay.")
                               .arg(name, SmtpSession::limitText(limitMs)),
                           name);
}

} // namespace helpdesk
