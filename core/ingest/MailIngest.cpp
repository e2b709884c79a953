#include "ingest/MailIngest.h"

#include "db/Database.h"
#include "inbound/InboundLogging.h"
#include "ingest/InboundStore.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "settings/Settings.h"
#include "staff/Actor.h"
#include "tickets/TicketActions.h"
#include "timeline/TimelineStore.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MailIngest", text);
}

const SettingKey<int> kMaxMbKey{QStringLiteral("inbound/max_mb"), 25};
const SettingKey<bool> kByRequesterKey{QStringLiteral("inbound/thread_by_requester"), false};

// Ticket text is kept readable: a longer body is cut (the raw message keeps all of it).
constexpr qsizetype kMaxBodyChars = 200'000;

// The part of the system the timeline and the audit log name for received mail.
Staff ingestStaff()
{
    Staff s;
    s.login = QStringLiteral("mail-ingest");
    s.displayName = s.login;
    return s;
}

QString bodyOf(const InboundMessage &m)
{
    QString body = m.textBody.trimmed();
    if (body.isEmpty())
        return tr("(The message has no text.)");
    if (body.size() > kMaxBodyChars)
        body = body.left(kMaxBodyChars) + u'\n' +
               tr("[The text was cut here; the received message keeps all of it.]");
    return body;
}

QString fromText(const InboundAddress &a)
{
    return a.name.isEmpty() ? a.address : QStringLiteral("%1 <%2>").arg(a.name, a.address);
}

// Whether the check's verdict is worth a line on the timeline: one of our account mails (or a
// link in it) forwarded back, or a real forward of a mail we did not send. A reply that quotes
// our last ticket reply is not.
bool worthRecording(const ForwardedMailReport &r, const QList<ForwardedCopy> &copies)
{
    if (r.verdict == ForwardedMailReport::Verdict::SentByUs) {
        for (const ForwardedMailMatch &m : r.matches)
            if (m.token || m.templateKey != QLatin1String("ticket_reply"))
                return true;
        return false;
    }
    if (r.verdict == ForwardedMailReport::Verdict::NotSentByUs) {
        for (const ForwardedCopy &c : copies)
            if (c.style != ForwardedCopy::Style::Quoted)
                return true;
    }
    return false;
}
} // namespace

QString IngestResult::key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Ignored:
        return QStringLiteral("ignored");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Bounce:
        return QStringLiteral("bounce");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject IngestResult::toJson() const
{
    QJsonObject o{{QStringLiteral("result"), key(outcome)},
                  {QStringLiteral("ticket"),
                   ticketId ? QJsonValue(double(*ticketId)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("reason"), reason}};
    if (inboundId > 0)
        o.insert(QStringLiteral("inbound"), double(inboundId));
    if (unprocessed)
        o.insert(QStringLiteral("unprocessed"), true);
    if (reopened)
        o.insert(QStringLiteral("reopened"), true);
    if (attachments > 0)
        o.insert(QStringLiteral("attachments"), attachments);
    if (forwarded)
        o.insert(QStringLiteral("forwarded"), ForwardedMailReport::key(forwarded->verdict));
    return o;
}

Result<IngestSettings> IngestSettings::load(QSqlDatabase &db)
{
    Settings settings(db);
    IngestSettings s;
    HD_TRY_ASSIGN(const int mb, settings.get(kMaxMbKey));
    s.maxRawBytes = qint64(qBound(1, mb, 2048)) * 1024 * 1024;
    HD_TRY_ASSIGN(s.useRequesterOpenTicket, settings.get(kByRequesterKey));
    return s;
}

Result<InboundContext> MailIngest::context(const IngestOptions &options)
{
    Settings settings(m_db);
    HD_TRY_ASSIGN(const MailSettings mail, MailSettings::load(settings));
    InboundContext c;
    c.parser.maxKeptBytes = options.maxRawBytes > 0 ? options.maxRawBytes : c.parser.maxKeptBytes;
    c.parser.maxRawBytes = options.maxRawBytes;
    c.classifier.ourMessageIdDomains << mail.effectiveMessageIdDomain();
    if (!mail.fromAddress.isEmpty())
        c.classifier.ourAddresses << mail.fromAddress;
    c.classifier.ourAddresses += options.ourAddresses;
    c.threading.useRequesterOpenTicket = options.useRequesterOpenTicket;
    return c;
}

Result<IngestResult> MailIngest::ingest(const QByteArray &raw, const IngestOptions &options)
{
    IngestResult result;
    if (raw.trimmed().isEmpty()) {
        result.outcome = IngestResult::Outcome::Refused;
        result.reason = tr("The message is empty; there is nothing to take in.");
        return result;
    }
    if (options.maxRawBytes > 0 && raw.size() > options.maxRawBytes) {
        result.outcome = IngestResult::Outcome::Refused;
        result.reason = tr("The message is %1 MB, over the limit of %2 MB for received mail; the "
                           "sender should send large files another way, or an admin raises the "
                           "limit.")
                            .arg(double(raw.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                            .arg(double(options.maxRawBytes) / (1024.0 * 1024.0), 0, 'f', 0);
        return result;
    }
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    HD_TRY_ASSIGN(const StoredRaw stored,
                  InboundStore(m_db).storeRaw(raw, sha256, options.source, m_now));
    if (stored.processed) {
        result.outcome = IngestResult::Outcome::Duplicate;
        result.inboundId = stored.id;
        result.ticketId = stored.record.ticketId;
        result.reason = tr("Already received: the same message came in before (received "
                           "message %1).")
                            .arg(stored.id);
        return result;
    }
    // A second writer may have threaded the same Message-ID at the same moment (PostgreSQL):
    // then the unique key refuses this write, and the second try sees the first.
    auto processed = process(stored.id, raw, options);
    if (!processed && processed.error().code == Error::Code::DatabaseQuery)
        processed = process(stored.id, raw, options);
    return processed;
}

Result<IngestResult> MailIngest::process(qint64 inboundId, const QByteArray &raw,
                                         const IngestOptions &options)
{
    HD_TRY_ASSIGN(const InboundContext ctx, context(options));
    // Read the message before the write begins: parsing a large one must not hold the lock.
    auto parsed = MimeParser(ctx.parser).parse(raw);
    std::optional<InboundMessage> message;
    MailClassification classification;
    QList<ForwardedCopy> forwards;
    QStringList forwardedIds;
    if (parsed) {
        message = std::move(parsed).value();
        classification = MailClassifier::classify(*message, ctx.classifier);
        forwards = ForwardDetector::find(*message);
        for (const ForwardedCopy &c : std::as_const(forwards))
            if (!c.messageId.isEmpty() && !forwardedIds.contains(c.messageId))
                forwardedIds.append(c.messageId);
    }
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());

    WritePath write(m_db, Actor::system(QStringLiteral("mail-ingest")), m_now);
    TicketActions actions(m_db, ingestStaff(), m_now);
    return write.run([&](Recorder &record) -> Result<IngestResult> {
        InboundStore store(m_db);
        HD_TRY_ASSIGN(const StoredRaw s, store.lock(inboundId));
        IngestResult result;
        result.inboundId = inboundId;
        if (s.processed) {
            result.outcome = IngestResult::Outcome::Duplicate;
            result.ticketId = s.record.ticketId;
            result.reason = tr("Already received: another client processed this message.");
            return result;
        }
        InboundStore::Outcome o;
        if (!message) {
            o.outcome = QStringLiteral("unprocessed");
            o.reason = tr("Could not be read as an email (%1); kept with its raw source for an "
                          "admin (received message %2).")
                           .arg(parsed.error().message)
                           .arg(inboundId);
            HD_TRY(store.setOutcome(inboundId, o, m_now));
            result.outcome = IngestResult::Outcome::Ignored;
            result.unprocessed = true;
            result.reason = o.reason;
            return result;
        }
        const InboundMessage &m = *message;
        StoreThreadingLookup lookup(store, inboundId);
        HD_TRY_ASSIGN(const ThreadingDecision d,
                      Threading::decide(m, classification, lookup, ctx.threading, forwardedIds));
        o.messageId = m.messageId;
        o.dedupKey = m.messageId.isEmpty() ? QStringLiteral("sha256:") + sha256 : m.messageId;
        o.fromAddress = m.from.address;
        o.subject = m.subject;
        o.reason = d.reason;
        using Action = ThreadingDecision::Action;
        std::optional<qint64> ticketId;
        std::optional<qint64> eventId;
        bool created = false;
        switch (d.action) {
        case Action::Ignore:
            o.outcome = QStringLiteral("ignored");
            result.outcome = IngestResult::Outcome::Ignored;
            break;
        case Action::Duplicate:
            o.outcome = QStringLiteral("duplicate");
            o.dedupKey.clear();
            o.ticketId = d.ticketId;
            result.outcome = IngestResult::Outcome::Duplicate;
            result.ticketId = d.ticketId;
            break;
        case Action::Bounce:
            o.ticketId = d.ticketId;
            result.ticketId = d.ticketId;
            if (d.delivery && d.delivery->permanent() && d.outboxId) {
                HD_TRY(Outbox::markUndeliverable(record, *d.outboxId, d.delivery->reason()));
                o.outcome = QStringLiteral("bounce");
                result.outcome = IngestResult::Outcome::Bounce;
            } else {
                o.outcome = QStringLiteral("ignored");
                result.outcome = IngestResult::Outcome::Ignored;
            }
            break;
        case Action::AddToTicket: {
            CustomerMessage cm;
            cm.body = bodyOf(m);
            cm.channel = TicketChannel::Email;
            cm.from = fromText(m.from);
            cm.data = {{QStringLiteral("inbound_id"), double(inboundId)},
                       {QStringLiteral("message_id"), m.messageId},
                       {QStringLiteral("subject"), m.subject},
                       {QStringLiteral("threaded_by"), ThreadingDecision::key(d.rule)}};
            HD_TRY_ASSIGN(const CustomerMessageOutcome added,
                          actions.customerMessageIn(record, *d.ticketId, cm));
            ticketId = added.ticket.id;
            eventId = added.eventId;
            result.reopened = added.reopened;
            result.outcome = IngestResult::Outcome::Added;
            o.outcome = QStringLiteral("added");
            break;
        }
        case Action::NewTicket: {
            NewTicket n;
            n.subject = InboundText::oneLine(m.subject, 300);
            if (n.subject.trimmed().isEmpty())
                n.subject = tr("(no subject)");
            n.requester = m.from.address;
            n.requesterName = m.from.name;
            n.category = d.category.category;
            n.channel = TicketChannel::Email;
            n.body = bodyOf(m);
            n.data = {
                {QStringLiteral("inbound_id"), double(inboundId)},
                {QStringLiteral("message_id"), m.messageId},
                {QStringLiteral("from"), fromText(m.from)},
                {QStringLiteral("category_guess"), QJsonArray::fromStringList(d.category.matched)}};
            auto made = actions.createIn(record, n);
            if (!made) {
                if (made.error().code != Error::Code::InvalidInput &&
                    made.error().code != Error::Code::NotFound)
                    return made.error();
                // Checked before anything was written: keep the message for an admin.
                o.outcome = QStringLiteral("unprocessed");
                o.dedupKey.clear();
                o.reason = tr("No ticket could be made from it (%1); kept with its raw source "
                              "for an admin (received message %2).")
                               .arg(made.error().message)
                               .arg(inboundId);
                result.outcome = IngestResult::Outcome::Ignored;
                result.unprocessed = true;
                break;
            }
            ticketId = made.value().id;
            eventId = actions.recordedEventId();
            created = true;
            result.outcome = IngestResult::Outcome::Created;
            o.outcome = QStringLiteral("created");
            o.reason = tr("New ticket %1 (%2).")
                           .arg(ticketNumberText(*ticketId), Vocabulary::label(n.category));
            break;
        }
        }

        if (ticketId) {
            o.ticketId = ticketId;
            o.eventId = eventId;
            result.ticketId = ticketId;
            QJsonArray listed;
            for (const InboundPart &part : m.parts) {
                HD_TRY_ASSIGN(const qint64 id,
                              store.addAttachment(inboundId, ticketId, eventId, part));
                listed.append(QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("name"), part.fileName},
                                          {QStringLiteral("type"), part.mimeType},
                                          {QStringLiteral("size"), double(part.size)},
                                          {QStringLiteral("inline"), part.inlinePart},
                                          {QStringLiteral("omitted"), part.omitted}});
                ++result.attachments;
            }
            if (!listed.isEmpty() && eventId) {
                HD_TRY_ASSIGN(const QList<TicketEvent> events,
                              TimelineStore(m_db).events(*ticketId));
                for (const TicketEvent &e : events) {
                    if (e.id != *eventId)
                        continue;
                    QJsonObject data = QJsonDocument::fromJson(e.data.toUtf8()).object();
                    data.insert(QStringLiteral("attachments"), listed);
                    HD_TRY(record.amendEvent(*eventId, data));
                }
            }
            if (!forwards.isEmpty()) {
                HD_TRY_ASSIGN(
                    ForwardedMailReport report,
                    ForwardedMailCheck::checkCopies(m_db, forwards, m.from.address, m_now));
                if (worthRecording(report, forwards)) {
                    HD_TRY(ForwardedMailCheck::record(record, *ticketId, report));
                    result.forwarded = report;
                }
            }
            if (m_ticketChanged) {
                const qint64 changedId = *ticketId;
                record.afterCommit(
                    [this, changedId, created] { m_ticketChanged(changedId, created); });
            }
        }
        result.reason = o.reason;
        HD_TRY(store.setOutcome(inboundId, o, m_now));
        qCInfo(lcInbound).noquote() << "ingested" << inboundId << o.outcome
                                    << (ticketId ? ticketNumberText(*ticketId) : QString());
        return result;
    });
}

} // namespace helpdesk
