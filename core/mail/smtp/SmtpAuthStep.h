#pragma once
// SmtpAuthStep: signs in with AUTH PLAIN or AUTH LOGIN, whichever the settings ask for and the
// relay offers. Refuses to send credentials on an unencrypted connection to another computer;
// the credentials are logged as [hidden].

#include "mail/smtp/SmtpStep.h"

namespace helpdesk {

class SmtpAuthStep : public SmtpStep
{
    Q_OBJECT
public:
    using SmtpStep::SmtpStep;

    void start() override;

protected:
    void handleReply(const SmtpReply &reply) override;

private:
    enum class Stage {
        Plain,         // AUTH PLAIN <credentials> sent
        Login,         // AUTH LOGIN sent, the 334 for the user name expected
        LoginUser,     // user name sent, the 334 for the password expected
        LoginPassword, // password sent, 235 expected
    };

    Stage m_stage = Stage::Plain;
};

} // namespace helpdesk
