#pragma once
// SmtpStartTlsStep: STARTTLS, the TLS handshake (the session's, with its own deadline), and EHLO
// again over the encrypted connection. Fails without sending anything when the relay does not
// offer STARTTLS, so nothing ever goes out in clear when TLS was asked for.

#include "mail/smtp/SmtpStep.h"

namespace helpdesk {

class SmtpStartTlsStep : public SmtpStep
{
    Q_OBJECT
public:
    using SmtpStep::SmtpStep;

    void start() override;
    void handleEncrypted() override;

protected:
    void handleReply(const SmtpReply &reply) override;

private:
    bool m_encrypted = false;
};

} // namespace helpdesk
