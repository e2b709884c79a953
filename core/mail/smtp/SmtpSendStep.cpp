#include "mail/smtp/SmtpSendStep.h"

#include "mail/MailLogging.h"
#include "mail/SmtpClient.h"
#include "mail/smtp/SmtpSession.h"

#include <algorithm>

namespace helpdesk {

namespace {
bool isSafeEnvelopeAddress(const QByteArray &address)
{
    return std::all_of(address.begin(), address.end(),
                       [](char c) { return c > 32 && c < 127 && c != '<' && c != '>'; });
}
} // namespace

SmtpSendStep::SmtpSendStep(SmtpSession *session, SmtpEnvelope envelope, bool resetFirst)
    : SmtpStep(session), m_envelope(std::move(envelope)), m_resetFirst(resetFirst)
{}

std::optional<SmtpError> SmtpSendStep::precheck() const
{
    const bool addressesOk =
        isSafeEnvelopeAddress(m_envelope.reversePath) &&
        std::all_of(m_envelope.recipients.begin(), m_envelope.recipients.end(),
                    [](const QByteArray &r) { return !r.isEmpty() && isSafeEnvelopeAddress(r); });
    if (m_envelope.recipients.isEmpty() || !addressesOk)
        return SmtpError::make(SmtpError::Kind::InvalidMessage,
                               tr("The message has no valid recipient or sender address. Correct "
                                  "the addresses and send it again."));
    const SmtpCapabilities &caps = session().capabilities();
    if (caps.sizeAdvertised && caps.maxSize > 0 && m_envelope.data.size() > caps.maxSize)
        return SmtpError::make(SmtpError::Kind::MessageTooLarge,
                               tr("The message is too large for the mail relay (%1 bytes; the "
                                  "relay accepts at most %2). Shorten the message.")
                                   .arg(m_envelope.data.size())
                                   .arg(caps.maxSize));
    return std::nullopt;
}

void SmtpSendStep::start()
{
    if (const std::optional<SmtpError> refused = precheck()) {
        finish(refused); // nothing went over the wire
        return;
    }
    if (m_resetFirst) {
        m_stage = Stage::Reset;
        send("RSET", QStringLiteral("RSET"));
        return;
    }
    sendMailFrom();
}

void SmtpSendStep::sendMailFrom()
{
    QByteArray command = "MAIL FROM:<" + m_envelope.reversePath + ">";
    if (session().capabilities().sizeAdvertised)
        command += " SIZE=" + QByteArray::number(m_envelope.data.size());
    m_stage = Stage::MailFrom;
    m_startedTransaction = true;
    send(command, QStringLiteral("MAIL FROM"));
}

void SmtpSendStep::sendRcpt()
{
    send("RCPT TO:<" + m_envelope.recipients[m_rcptIndex] + ">", QStringLiteral("RCPT TO"));
}

void SmtpSendStep::handleReply(const SmtpReply &reply)
{
    const int code = reply.code;
    switch (m_stage) {
    case Stage::Reset:
        if (code != 250) {
            fail(replyError(reply, QStringLiteral("RSET")));
            return;
        }
        sendMailFrom();
        return;
    case Stage::MailFrom:
        if (code != 250) {
            finish(replyError(reply, QStringLiteral("MAIL FROM")));
            return;
        }
        m_stage = Stage::RcptTo;
        m_rcptIndex = 0;
        sendRcpt();
        return;
    case Stage::RcptTo:
        if (code != 250 && code != 251) {
            m_refused.append(QString::fromLatin1(m_envelope.recipients[m_rcptIndex]));
            m_refusedReplies.append(reply.text());
            m_refusedPermanently |= code >= 500;
        }
        if (++m_rcptIndex < m_envelope.recipients.size()) {
            sendRcpt();
            return;
        }
        afterRecipients(reply);
        return;
    case Stage::Data:
        if (code != 354) {
            finish(replyError(reply, QStringLiteral("DATA")));
            return;
        }
        m_stage = Stage::Body;
        m_dataSent = false;
        session().writeData(SmtpClient::dotStuff(m_envelope.data));
        waitFor(tr("the confirmation of the message"), settings().timeouts.dataMs);
        return;
    case Stage::Body:
        if (code != 250) {
            finish(replyError(reply, tr("the message data")));
            return;
        }
        qCInfo(lcMail) << "relay accepted" << m_envelope.messageId << reply.text();
        finish(std::nullopt, reply.text());
        return;
    }
}

void SmtpSendStep::afterRecipients(const SmtpReply &lastReply)
{
    if (m_refused.isEmpty()) {
        m_stage = Stage::Data;
        send("DATA", QStringLiteral("DATA"));
        return;
    }
    const QString who = m_refused.join(u", ");
    const QString why = m_refusedReplies.join(u"; ");
    SmtpError error =
        m_refusedPermanently
            ? SmtpError::make(SmtpError::Kind::RecipientRefused,
                              tr("The mail relay refused the recipient %1 (%2). Check the "
                                 "address; the message was not sent to anyone.")
                                  .arg(who, why),
                              {}, lastReply.code, why)
            : SmtpError::make(SmtpError::Kind::Temporary,
                              tr("The mail relay temporarily refused the recipient %1 (%2). The "
                                 "message was not sent; Helpdesk will try again later.")
                                  .arg(who, why),
                              {}, lastReply.code, why);
    error.refusedRecipients = m_refused;
    finish(error);
}

void SmtpSendStep::handleBytesWritten()
{
    if (m_stage != Stage::Body)
        return;
    // Still moving data: the data deadline counts from the last progress, and from the moment
    // the final "." went out it is the wait for the relay's confirmation.
    session().restartDeadline();
    if (!m_dataSent && session().allWritten()) {
        m_dataSent = true;
        qCDebug(lcMail) << "message data sent, waiting for the final reply";
    }
}

void SmtpSendStep::handleTimeout(int limitMs)
{
    const QString limit = SmtpSession::limitText(limitMs);
    if (m_stage != Stage::Body) {
        SmtpStep::handleTimeout(limitMs);
        return;
    }
    if (!m_dataSent) {
        fail(SmtpError::make(SmtpError::Kind::Timeout,
                             tr("The mail relay stopped taking the message data for %1. The "
                                "message was not delivered; Helpdesk will try again later.")
                                 .arg(limit)));
        return;
    }
    SmtpError inFlight = SmtpError::make(
        SmtpError::Kind::Timeout,
        tr("The mail relay did not confirm the message within %1 after it was sent; it may have "
           "been delivered, so the next attempt can send it twice.")
            .arg(limit));
    inFlight.mayHaveBeenDelivered = true;
    session().fail(SmtpError::make(SmtpError::Kind::Timeout,
                                   tr("The mail relay did not confirm an earlier message within "
                                      "%1, so this message was not sent. Helpdesk will try again "
                                      "later.")
                                       .arg(limit)),
                   inFlight);
}

std::optional<SmtpError> SmtpSendStep::inFlightError(const SmtpError &error) const
{
    if (!awaitingFinalReply())
        return std::nullopt;
    SmtpError e = error;
    switch (error.kind) {
    case SmtpError::Kind::ConnectionLost:
        e.error.message = tr("The mail relay closed the connection after the message was sent "
                             "but before it confirmed it (%1); it may have been delivered, so "
                             "the next attempt can send it twice.")
                              .arg(error.error.detail);
        break;
    case SmtpError::Kind::Cancelled:
        e.error.message = tr("Sending was cancelled after the message was sent but before the "
                             "mail relay confirmed it; it may have been delivered, so the next "
                             "attempt can send it twice.");
        break;
    default:
        e.error.message = tr("%1 The message had been sent completely, so it may have been "
                             "delivered; the next attempt can send it twice.")
                              .arg(error.error.message);
        break;
    }
    e.mayHaveBeenDelivered = true;
    return e;
}

void SmtpSendStep::finish(const std::optional<SmtpError> &error, const QString &reply)
{
    m_error = error;
    m_serverReply = error ? error->serverReply : reply;
    done();
}

} // namespace helpdesk
