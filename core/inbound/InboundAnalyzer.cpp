#include "inbound/InboundAnalyzer.h"

#include "inbound/InboundLogging.h"

#include <QCryptographicHash>

namespace helpdesk {

QStringList InboundAnalysis::forwardedMessageIds() const
{
    QStringList ids;
    for (const ForwardedCopy &copy : forwards) {
        if (!copy.messageId.isEmpty() && !ids.contains(copy.messageId))
            ids.append(copy.messageId);
    }
    return ids;
}

QString InboundAnalyzer::key(InboundAnalysis::Status status)
{
    switch (status) {
    case InboundAnalysis::Status::Parsed:
        return QStringLiteral("parsed");
    case InboundAnalysis::Status::Unreadable:
        return QStringLiteral("unreadable");
    case InboundAnalysis::Status::TooLarge:
        return QStringLiteral("too_large");
    }
    return {};
}

Result<InboundAnalysis> InboundAnalyzer::analyze(const QByteArray &raw,
                                                 const InboundContext &context,
                                                 ThreadingLookup &lookup)
{
    InboundAnalysis a;
    a.rawSize = raw.size();
    a.rawSha256 =
        QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    a.dedupKey = QStringLiteral("sha256:") + a.rawSha256;

    auto parsed = MimeParser(context.parser).parse(raw);
    if (!parsed) {
        const bool tooLarge =
            context.parser.maxRawBytes > 0 && raw.size() > context.parser.maxRawBytes;
        a.status =
            tooLarge ? InboundAnalysis::Status::TooLarge : InboundAnalysis::Status::Unreadable;
        a.parseError = parsed.error();
        qCInfo(lcInbound) << "inbound message not parsed:" << key(a.status) << raw.size()
                          << "bytes";
        return a;
    }
    a.message = std::move(parsed).value();
    const InboundMessage &m = *a.message;
    if (!m.messageId.isEmpty())
        a.dedupKey = m.messageId;
    a.classification = MailClassifier::classify(m, context.classifier);
    a.forwards = ForwardDetector::find(m);
    auto decision =
        Threading::decide(m, a.classification, lookup, context.threading, a.forwardedMessageIds());
    if (!decision)
        return decision.error();
    a.decision = std::move(decision).value();
    qCInfo(lcInbound).noquote() << "inbound"
                                << (m.messageId.isEmpty() ? QStringLiteral("(no id)") : m.messageId)
                                << MailClassifier::key(a.classification.kind)
                                << ThreadingDecision::key(a.decision.action)
                                << ThreadingDecision::key(a.decision.rule);
    return a;
}

} // namespace helpdesk
