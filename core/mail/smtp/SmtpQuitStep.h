#pragma once
// SmtpQuitStep: says QUIT and waits briefly for the goodbye. Whatever happens (a reply, a
// closed connection, no answer within the QUIT deadline) the step is done: the messages'
// results are already in, and a relay that does not say goodbye changes none of them.

#include "mail/smtp/SmtpStep.h"

namespace helpdesk {

class SmtpQuitStep : public SmtpStep
{
    Q_OBJECT
public:
    using SmtpStep::SmtpStep;

    void start() override;
    void handleTimeout(int limitMs) override;
    bool closeIsExpected() const override { return true; }

protected:
    void handleReply(const SmtpReply &reply) override;
};

} // namespace helpdesk
