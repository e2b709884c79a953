#include "mail/smtp/SmtpQuitStep.h"

#include "mail/MailLogging.h"

namespace helpdesk {

void SmtpQuitStep::start()
{
    send("QUIT", QStringLiteral("QUIT"), {}, settings().timeouts.quitMs);
}

void SmtpQuitStep::handleTimeout(int limitMs)
{
    qCInfo(lcMail) << "no reply to QUIT within" << limitMs << "ms; closing";
    done();
}

void SmtpQuitStep::handleReply(const SmtpReply &)
{
    done();
}

} // namespace helpdesk
