#include "mail/smtp/SmtpReplyParser.h"

#include "mail/MailLogging.h"

#include <algorithm>

namespace helpdesk {

void SmtpReplyParser::clear()
{
    m_buffer.clear();
    m_lines.clear();
    m_code = 0;
}

SmtpReplyParser::Next SmtpReplyParser::next(SmtpReply *reply, SmtpError *error)
{
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0) {
            if (m_buffer.size() > kMaxLine) {
                *error = tooLong();
                return Next::Invalid;
            }
            return Next::NeedMore;
        }
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxLine) {
            *error = tooLong();
            return Next::Invalid;
        }
        const bool digits =
            line.size() >= 3 && std::all_of(line.begin(), line.begin() + 3,
                                            [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || line[0] < '2' || line[0] > '5') {
            *error = notSmtp(tr("no reply code"), line);
            return Next::Invalid;
        }
        const char separator = line.size() > 3 ? line[3] : ' ';
        if (separator != ' ' && separator != '-') {
            *error = notSmtp(tr("malformed reply line"), line);
            return Next::Invalid;
        }
        const int code = line.left(3).toInt();
        if (!m_lines.isEmpty() && code != m_code) {
            *error = notSmtp(tr("reply code changed inside a multi-line reply"), line);
            return Next::Invalid;
        }
        if (m_lines.size() >= kMaxLines) {
            *error = notSmtp(tr("too many reply lines"), line);
            return Next::Invalid;
        }
        m_code = code;
        m_lines.append(QString::fromUtf8(line.mid(4)));
        qCDebug(lcMail).noquote() << "S:" << QString::fromUtf8(line);
        if (separator == '-')
            continue;
        reply->code = code;
        reply->lines = std::exchange(m_lines, {});
        return Next::Reply;
    }
}

SmtpError SmtpReplyParser::notSmtp(const QString &why, const QByteArray &line)
{
    return SmtpError::make(SmtpError::Kind::Protocol,
                           tr("The mail relay sent an answer that is not valid SMTP (%1). Check "
                              "that host and port point to an SMTP server.")
                               .arg(why),
                           QString::fromUtf8(line.left(200)));
}

SmtpError SmtpReplyParser::tooLong() const
{
    return SmtpError::make(SmtpError::Kind::Protocol,
                           tr("The mail relay sent a reply line longer than %1 bytes. Check that "
                              "host and port point to an SMTP server.")
                               .arg(kMaxLine));
}

} // namespace helpdesk
