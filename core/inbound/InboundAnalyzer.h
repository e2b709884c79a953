#pragma once
// InboundAnalyzer: everything the ingest pipeline needs to decide about one received message and
// to record it, from its raw bytes, in one call: the parsed message (or why it could not be
// read), its classification, the forwarded copies in it and the threading decision. Pure except
// for the caller's lookups, which it calls on the caller's thread (e.g. the DbWorker, inside the
// ingest transaction). The caller stores the raw bytes first; nothing here keeps them.

#include "common/Result.h"
#include "inbound/ForwardDetector.h"
#include "inbound/MailClassifier.h"
#include "inbound/MimeParser.h"
#include "inbound/Threading.h"

#include <QByteArray>

#include <optional>

namespace helpdesk {

struct InboundContext
{
    MimeParserOptions parser;
    ClassifierOptions classifier;
    ThreadingOptions threading;
};

struct InboundAnalysis
{
    enum class Status {
        Parsed,     // message, classification, forwards and decision are filled
        Unreadable, // not an email: keep the raw bytes for an admin (parseError says why)
        TooLarge,   // over MimeParserOptions::maxRawBytes: refuse (EX_DATAERR for an MTA)
    };
    Status status = Status::Parsed;
    qint64 rawSize = 0;
    QString rawSha256; // hex, of the raw bytes as received
    // The key that makes a second delivery of the same message a duplicate: its Message-ID, or
    // "sha256:" + rawSha256 when it has none.
    QString dedupKey;

    std::optional<InboundMessage> message;
    std::optional<Error> parseError;
    MailClassification classification;
    QList<ForwardedCopy> forwards;
    ThreadingDecision decision;

    // The forwarded copies that carry a Message-ID (for ForwardedMailCheck and rule 5).
    QStringList forwardedMessageIds() const;
};

namespace InboundAnalyzer {
// Fails only when a lookup fails (retry later); an unreadable message is a Status, not an error.
Result<InboundAnalysis> analyze(const QByteArray &raw, const InboundContext &context,
                                ThreadingLookup &lookup);
QString key(InboundAnalysis::Status status); // "parsed", "unreadable", "too_large"
} // namespace InboundAnalyzer

} // namespace helpdesk
