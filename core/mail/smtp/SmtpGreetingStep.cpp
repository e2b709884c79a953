#include "mail/smtp/SmtpGreetingStep.h"

#include "mail/smtp/SmtpSession.h"

namespace helpdesk {

void SmtpGreetingStep::start()
{
    waitFor(tr("the greeting"), settings().timeouts.greetingMs);
}

void SmtpGreetingStep::handleTimeout(int limitMs)
{
    if (m_greeted) {
        SmtpStep::handleTimeout(limitMs);
        return;
    }
    session().fail(SmtpError::make(SmtpError::Kind::Timeout,
                                   tr("The mail relay did not send its greeting within %1. Check "
                                      "the host and port in the mail settings; Helpdesk will try "
                                      "again later.")
                                       .arg(SmtpSession::limitText(limitMs)),
                                   waitingFor()));
}

void SmtpGreetingStep::handleReply(const SmtpReply &reply)
{
    if (!m_greeted) {
        if (reply.code != 220) {
            fail(replyError(reply, tr("the greeting")));
            return;
        }
        m_greeted = true;
        sendEhlo();
        return;
    }
    if (takeEhloReply(reply))
        done();
}

} // namespace helpdesk
