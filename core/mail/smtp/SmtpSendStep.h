#pragma once
// SmtpSendStep: sends one message: RSET first when an earlier transaction ran on this
// connection, then MAIL FROM, one RCPT TO per recipient, DATA, the dot-stuffed data and the
// relay's final reply. A refusal ends the step with the message's error and the session goes
// on with the next message; a message with any refused recipient is not sent at all.
//
// While the data is written the deadline restarts with every progress; once the final "." is
// out, a timeout, a closed connection or an unreadable reply leaves the message possibly
// delivered, and its error says mayHaveBeenDelivered.

#include "mail/SmtpEnvelope.h"
#include "mail/smtp/SmtpStep.h"

#include <QStringList>

namespace helpdesk {

class SmtpSendStep : public SmtpStep
{
    Q_OBJECT
public:
    SmtpSendStep(SmtpSession *session, SmtpEnvelope envelope, bool resetFirst);

    void start() override;
    void handleBytesWritten() override;
    void handleTimeout(int limitMs) override;
    std::optional<SmtpError> inFlightError(const SmtpError &error) const override;

    // After done(): the outcome. No error means the relay accepted the message.
    const std::optional<SmtpError> &error() const { return m_error; }
    const QString &serverReply() const { return m_serverReply; }
    bool startedTransaction() const { return m_startedTransaction; }

protected:
    void handleReply(const SmtpReply &reply) override;

private:
    enum class Stage { Reset, MailFrom, RcptTo, Data, Body };

    std::optional<SmtpError> precheck() const;
    void sendMailFrom();
    void sendRcpt();
    void afterRecipients(const SmtpReply &lastReply);
    void finish(const std::optional<SmtpError> &error, const QString &reply = {});
    bool awaitingFinalReply() const { return m_stage == Stage::Body && m_dataSent; }

    SmtpEnvelope m_envelope;
    bool m_resetFirst;
    Stage m_stage = Stage::MailFrom;
    int m_rcptIndex = 0;
    QStringList m_refused;
    QStringList m_refusedReplies;
    bool m_refusedPermanently = false;
    bool m_dataSent = false;
    bool m_startedTransaction = false;
    std::optional<SmtpError> m_error;
    QString m_serverReply;
};

} // namespace helpdesk
