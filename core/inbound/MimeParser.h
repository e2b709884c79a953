#pragma once
// MimeParser: raw RFC 5322 bytes -> InboundMessage, with GMime 3 (kept out of this header).
// Lenient like a mail program: a malformed multipart, damaged base64, an unknown charset or a
// truncated message is read as far as it goes and said in InboundMessage::notes. Only input
// that is not an email at all (empty, no header lines, over maxRawBytes) is an error; the caller
// still has the raw bytes. Safe to use from several threads at once (one parse per call).

#include "common/Result.h"
#include "inbound/InboundMessage.h"

#include <QByteArray>

namespace helpdesk {

struct MimeParserOptions
{
    // Bytes of attachments and inline parts kept per message (attached messages included);
    // a part that would go over it is listed with omitted = true and no data.
    qint64 maxKeptBytes = 25LL * 1024 * 1024;
    // A raw message over this size is refused without parsing (0: no limit).
    qint64 maxRawBytes = 0;
    // How deep attached messages inside attached messages are read.
    int maxAttachedDepth = 4;
};

class MimeParser
{
public:
    explicit MimeParser(MimeParserOptions options = {});

    const MimeParserOptions &options() const { return m_options; }

    // Error::Code::InvalidInput with a translated message when the bytes are not an email.
    Result<InboundMessage> parse(const QByteArray &raw) const;

private:
    MimeParserOptions m_options;
};

} // namespace helpdesk
