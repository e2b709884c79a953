#pragma once
// SmtpCapabilities: what the relay advertised in its (last) EHLO reply.

#include <QStringList>

namespace helpdesk {

struct SmtpCapabilities
{
    bool startTls = false;
    bool eightBitMime = false;
    bool pipelining = false;
    bool sizeAdvertised = false;
    qint64 maxSize = 0; // 0: no limit given
    QStringList authMechanisms;

    // From the lines of a 250 reply to EHLO (the first line is the greeting, then keywords).
    static SmtpCapabilities fromEhloReply(const QStringList &lines);
};

} // namespace helpdesk
