#pragma once
// MimeBuilder: validates a MailMessage and renders it as RFC 5322 / MIME bytes ready for SMTP.
//
// Rules it follows (so the output is safe to hand to any relay):
//  - CRLF line endings; header lines folded at 78 columns where there is whitespace; no line
//    longer than 998 octets anywhere.
//  - Header text that is not plain printable ASCII becomes RFC 2047 encoded-words in UTF-8,
//    each at most 75 characters and holding whole characters; Q or B, whichever is shorter.
//  - Display names: atoms as they are, other ASCII as a quoted-string, the rest encoded.
//  - Bodies are UTF-8. Each part is quoted-printable when that is no larger than base64 would
//    be (at most one byte in six needs escaping), otherwise base64; both keep lines <= 76.
//  - Text and HTML together make a multipart/alternative; one alone is a single part.
//  - Every header value is checked for CR/LF and control characters (MailText's Sendable
//    rules), every address with MailAddress::normalized(); there must be at least one
//    recipient.

#include "common/Result.h"
#include "mail/MailMessage.h"
#include "mail/SmtpEnvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace helpdesk {

class MimeBuilder
{
public:
    // messageIdDomain: the right-hand side of generated Message-IDs, e.g. the company domain.
    explicit MimeBuilder(QString messageIdDomain = QStringLiteral("localhost.localdomain"));

    // Tests pin the clock used when a message has no date.
    void setClock(std::function<QDateTime()> now) { m_clock = std::move(now); }
    const QString &messageIdDomain() const { return m_domain; }

    // Checks every field; InvalidInput names the first bad one.
    static Result<void> validate(const MailMessage &message);

    // Validates, then renders the whole message.
    Result<QByteArray> render(const MailMessage &message) const;
    // Renders and derives the SMTP envelope (From address, To addresses) in one go.
    Result<SmtpEnvelope> buildEnvelope(const MailMessage &message, qint64 tag = -1) const;

    // "<32 random hex digits@domain>" from QRandomGenerator::system(); InvalidInput when the
    // domain is not a usable domain name.
    static Result<QString> generateMessageId(const QString &domain);

    // Building blocks, public for tests and for the template renderer.
    static QByteArray formatDate(const QDateTime &dateTime); // "Tue, 4 Jun 2024 09:05:00 +0200"
    // A complete folded header field "Name: value\r\n" for unstructured text (e.g. Subject).
    static QByteArray unstructuredHeader(QByteArrayView name, const QString &value);
    // "Name <addr>" with the display name quoted or encoded as needed; addresses must be valid.
    static Result<QByteArray> addressHeader(QByteArrayView name, const QList<MailAddress> &list,
                                            const QString &field);
    // Quoted-printable of text whose line breaks are CRLF; lines <= 76 with soft breaks.
    static QByteArray encodeQuotedPrintable(const QByteArray &crlfText);
    // Base64 in lines of 76 characters joined by CRLF.
    static QByteArray encodeBase64Lines(const QByteArray &data);
    // True when quoted-printable is the better transfer encoding for these bytes.
    static bool preferQuotedPrintable(const QByteArray &data);
    // Any CR, LF or lone CR/LF pair made into CRLF.
    static QByteArray toCrlf(const QByteArray &text);

private:
    QString m_domain;
    std::function<QDateTime()> m_clock;
};

} // namespace helpdesk
