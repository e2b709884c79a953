#pragma once
// SmtpReply: one complete (possibly multi-line) reply of the relay.

#include <QString>
#include <QStringList>

namespace helpdesk {

struct SmtpReply
{
    int code = 0;
    QStringList lines; // the text after the code, one entry per line

    // "250 first line second line": for messages and logs.
    QString text() const { return QString::number(code) + u' ' + lines.join(u' '); }
};

} // namespace helpdesk
