#pragma once
// SmtpGreetingStep: waits for the relay's 220 greeting, then says EHLO and keeps the
// capabilities the relay advertises.

#include "mail/smtp/SmtpStep.h"

namespace helpdesk {

class SmtpGreetingStep : public SmtpStep
{
    Q_OBJECT
public:
    using SmtpStep::SmtpStep;

    void start() override;
    void handleTimeout(int limitMs) override;

protected:
    void handleReply(const SmtpReply &reply) override;

private:
    bool m_greeted = false;
};

} // namespace helpdesk
