#pragma once
// SmtpStep: one phase of the SMTP dialogue (greeting and EHLO, STARTTLS, AUTH, one message,
// QUIT). SmtpSession runs one step at a time: the step sends its commands through the session,
// gets every reply and the timeout of the deadline it armed, and ends with done() (the client
// runs the next step) or fail() (the session ends).

#include "mail/SmtpError.h"
#include "mail/SmtpSettings.h"
#include "mail/smtp/SmtpReply.h"

#include <QObject>

#include <optional>

namespace helpdesk {

class SmtpSession;

class SmtpStep : public QObject
{
    Q_OBJECT
public:
    explicit SmtpStep(SmtpSession *session);

    virtual void start() = 0;
    // Called by the session for every complete reply; a 421 ends the session here unless the
    // step expects the relay to close (QUIT).
    void receive(const SmtpReply &reply);

    virtual void handleEncrypted() {}    // the TLS handshake after STARTTLS is done
    virtual void handleBytesWritten() {} // the socket wrote some of what the step sent
    // The deadline the step armed ran out. Default: the session fails with a Timeout that
    // says which command went unanswered and for how long.
    virtual void handleTimeout(int limitMs);
    // The session is failing for a reason of its own (connection lost, unreadable reply,
    // cancelled): the error for the message in flight, when it differs from error.
    virtual std::optional<SmtpError> inFlightError(const SmtpError &error) const;
    // QUIT: the relay closing the connection finishes the step instead of failing it.
    virtual bool closeIsExpected() const { return false; }

    // What the step is waiting for, for the session's "connection lost while ..." message.
    const QString &activity() const { return m_activity; }

protected:
    virtual void handleReply(const SmtpReply &reply) = 0;

    // Sends the command and arms the command deadline (or timeoutMs); name is how the
    // timeout message calls it ("MAIL FROM"), logText replaces secrets in the log.
    void send(const QByteArray &command, const QString &name, const QByteArray &logText = {},
              int timeoutMs = -1);
    void sendEhlo();
    // The EHLO reply: stores the capabilities and returns true, or fails the session.
    bool takeEhloReply(const SmtpReply &reply);
    void waitFor(const QString &name, int timeoutMs); // a reply without a command (greeting)
    void done();
    void fail(const SmtpError &error); // a reply ended the session: nothing is "in flight"

    SmtpSession &session() const { return *m_session; }
    const SmtpSettings &settings() const;
    const QString &waitingFor() const { return m_waitingFor; }

    // 552 -> MessageTooLarge, 4xx -> Temporary, else Permanent; "what" names the step.
    static SmtpError replyError(const SmtpReply &reply, const QString &what);
    static SmtpError noAnswer(const QString &name, int limitMs);

private:
    SmtpSession *m_session;
    QString m_waitingFor;
    QString m_activity;
};

} // namespace helpdesk
