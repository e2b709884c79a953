#pragma once
// SmtpReplyParser: turns the bytes the relay sends into SmtpReply values, bounded: a reply line
// may be at most kMaxLine bytes and a reply at most kMaxLines lines, so a flooding or non-SMTP
// server cannot grow memory or confuse the session.

#include "mail/SmtpError.h"
#include "mail/smtp/SmtpReply.h"

#include <QByteArray>
#include <QCoreApplication>

namespace helpdesk {

class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(helpdesk::SmtpReplyParser)
public:
    static constexpr qsizetype kMaxLine = 4096; // RFC 5321 says 512; be lenient, but bounded
    static constexpr int kMaxLines = 256;       // lines in one multi-line reply

    enum class Next { NeedMore, Reply, Invalid };

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    // The next complete reply (Reply), or NeedMore, or Invalid with *error set; after Invalid
    // the parser must not be used again until clear().
    Next next(SmtpReply *reply, SmtpError *error);
    // Bytes received after the last complete reply (STARTTLS must not find any).
    bool hasBufferedData() const { return !m_buffer.isEmpty() || !m_lines.isEmpty(); }
    void clear();

    // "The mail relay sent an answer that is not valid SMTP (why)", with the line as detail.
    static SmtpError notSmtp(const QString &why, const QByteArray &line = {});

private:
    SmtpError tooLong() const;

    QByteArray m_buffer;
    QStringList m_lines; // of the multi-line reply being read
    int m_code = 0;
};

} // namespace helpdesk
