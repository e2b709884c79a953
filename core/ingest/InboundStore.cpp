#include "ingest/InboundStore.h"

#include "common/EpochMs.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InboundStore", text);
}

QVariant ms(qint64 v)
{
    return QVariant::fromValue(v);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QString kRecordColumns =
    QStringLiteral("id, received_at, source, outcome, reason, raw_size, COALESCE(message_id, ''), "
                   "from_address, subject, ticket_id");

InboundRecord readRecord(const QSqlQuery &q)
{
    InboundRecord r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = fromEpochMs(q.value(1));
    r.source = q.value(2).toString();
    r.outcome = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.rawSize = q.value(5).toLongLong();
    r.messageId = q.value(6).toString();
    r.fromAddress = q.value(7).toString();
    r.subject = q.value(8).toString();
    r.ticketId = optionalId(q.value(9));
    return r;
}

const QString kAttachmentColumns = QStringLiteral(
    "id, inbound_id, ticket_id, event_id, file_name, mime_type, inline_part, size, omitted");

InboundAttachment readAttachment(const QSqlQuery &q)
{
    InboundAttachment a;
    a.id = q.value(0).toLongLong();
    a.inboundId = q.value(1).toLongLong();
    a.ticketId = optionalId(q.value(2));
    a.eventId = optionalId(q.value(3));
    a.fileName = q.value(4).toString();
    a.mimeType = q.value(5).toString();
    a.inlinePart = q.value(6).toBool();
    a.size = q.value(7).toLongLong();
    a.omitted = q.value(8).toBool();
    return a;
}

bool isProcessed(const QString &outcome)
{
    return outcome != QLatin1String("received");
}
} // namespace

Result<StoredRaw> InboundStore::storeRaw(const QByteArray &raw, const QString &sha256,
                                         const QString &source, qint64 nowMs)
{
    Transaction tx(m_db);
    HD_TRY(tx.begin());
    HD_TRY_ASSIGN(const QVariant existing,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT id FROM inbound_messages WHERE "
                                                  "raw_sha256 = ?"),
                                   {sha256}));
    qint64 id = 0;
    if (existing.isValid()) {
        id = existing.toLongLong();
    } else {
        HD_TRY_ASSIGN(QSqlQuery inserted,
                      Database::exec(m_db,
                                     QStringLiteral("INSERT INTO inbound_messages (received_at, "
                                                    "source, raw_sha256, raw_size) VALUES "
                                                    "(?, ?, ?, ?) RETURNING id"),
                                     {ms(nowMs), source, sha256, ms(raw.size())}));
        if (!inserted.next())
            return Error::make(Error::Code::DatabaseQuery,
                               tr("The received message could not be stored."));
        id = inserted.value(0).toLongLong();
        inserted.finish();
        HD_TRY(Database::exec(m_db,
                              QStringLiteral("INSERT INTO inbound_raw (inbound_id, raw) VALUES "
                                             "(?, ?)"),
                              {ms(id), raw}));
    }
    HD_TRY(tx.commit());
    HD_TRY_ASSIGN(InboundRecord r, record(id));
    StoredRaw s;
    s.id = id;
    s.processed = isProcessed(r.outcome);
    s.record = r;
    return s;
}

Result<StoredRaw> InboundStore::lock(qint64 id)
{
    const bool pg = Database::dialect(m_db) == Dialect::PostgreSQL;
    HD_TRY_ASSIGN(QSqlQuery q, Database::exec(m_db,
                                              QStringLiteral("SELECT ") + kRecordColumns +
                                                  QStringLiteral(" FROM inbound_messages WHERE "
                                                                 "id = ?") +
                                                  (pg ? QStringLiteral(" FOR UPDATE") : QString()),
                                              {ms(id)}));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           tr("Received message %1 does not exist (any more).").arg(id));
    StoredRaw s;
    s.id = id;
    s.record = readRecord(q);
    s.processed = isProcessed(s.record.outcome);
    return s;
}

Result<void> InboundStore::setOutcome(qint64 id, const Outcome &o, qint64 nowMs)
{
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("UPDATE inbound_messages SET outcome = ?, reason = ?, message_id = ?, "
                       "dedup_key = ?, from_address = ?, subject = ?, ticket_id = ?, event_id = "
                       "?, processed_at = ? WHERE id = ?"),
        {o.outcome, text(o.reason), nullableText(o.messageId), nullableText(o.dedupKey),
         text(o.fromAddress), text(o.subject), nullableId(o.ticketId), nullableId(o.eventId),
         ms(nowMs), ms(id)}));
    return {};
}

Result<qint64> InboundStore::addAttachment(qint64 inboundId, std::optional<qint64> ticketId,
                                           std::optional<qint64> eventId, const InboundPart &part)
{
    HD_TRY_ASSIGN(
        QSqlQuery inserted,
        Database::exec(
            m_db,
            QStringLiteral("INSERT INTO inbound_attachments (inbound_id, ticket_id, "
                           "event_id, file_name, mime_type, content_id, inline_part, "
                           "size, omitted, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {ms(inboundId), nullableId(ticketId), nullableId(eventId), text(part.fileName),
             part.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : part.mimeType,
             text(part.contentId), part.inlinePart, ms(part.size), part.omitted,
             part.omitted ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(part.data)}));
    if (!inserted.next())
        return Error::make(Error::Code::DatabaseQuery,
                           tr("An attachment of the received message could not be stored."));
    const qint64 id = inserted.value(0).toLongLong();
    inserted.finish();
    return id;
}

Result<QList<InboundAttachment>> InboundStore::attachmentsOfTicket(qint64 ticketId)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT ") + kAttachmentColumns +
                                     QStringLiteral(" FROM inbound_attachments WHERE ticket_id = "
                                                    "? ORDER BY id"),
                                 {ms(ticketId)}));
    QList<InboundAttachment> out;
    while (q.next())
        out.append(readAttachment(q));
    return out;
}

Result<InboundAttachment> InboundStore::attachment(qint64 id)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT ") + kAttachmentColumns +
                                     QStringLiteral(" FROM inbound_attachments WHERE id = ?"),
                                 {ms(id)}));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           tr("Attachment %1 does not exist (any more).").arg(id));
    return readAttachment(q);
}

Result<QByteArray> InboundStore::attachmentData(qint64 id)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT data, omitted FROM inbound_attachments "
                                                "WHERE id = ?"),
                                 {ms(id)}));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           tr("Attachment %1 does not exist (any more).").arg(id));
    if (q.value(1).toBool())
        return Error::make(Error::Code::InvalidInput,
                           tr("This attachment was over the size limit and was not kept; the "
                              "customer can send it another way (a download link, or in parts)."));
    return q.value(0).toByteArray();
}

Result<InboundRecord> InboundStore::record(qint64 id)
{
    HD_TRY_ASSIGN(QSqlQuery q, Database::exec(m_db,
                                              QStringLiteral("SELECT ") + kRecordColumns +
                                                  QStringLiteral(" FROM inbound_messages WHERE "
                                                                 "id = ?"),
                                              {ms(id)}));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           tr("Received message %1 does not exist (any more).").arg(id));
    return readRecord(q);
}

Result<QByteArray> InboundStore::raw(qint64 id)
{
    HD_TRY_ASSIGN(
        const QVariant v,
        Database::scalar(m_db, QStringLiteral("SELECT raw FROM inbound_raw WHERE inbound_id = ?"),
                         {ms(id)}));
    if (!v.isValid())
        return Error::make(Error::Code::NotFound,
                           tr("Received message %1 does not exist (any more).").arg(id));
    return v.toByteArray();
}

Result<QList<InboundRecord>> InboundStore::unprocessed(int limit)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT ") + kRecordColumns +
                                     QStringLiteral(" FROM inbound_messages WHERE outcome IN "
                                                    "('received', 'unprocessed') ORDER BY "
                                                    "received_at DESC, id DESC LIMIT ?"),
                                 {limit}));
    QList<InboundRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<QList<InboundRecord>> InboundStore::ofTicket(qint64 ticketId)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT ") + kRecordColumns +
                                     QStringLiteral(" FROM inbound_messages WHERE ticket_id = ? "
                                                    "ORDER BY id"),
                                 {ms(ticketId)}));
    QList<InboundRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Result<std::optional<KnownMessage>> InboundStore::findMessage(const QString &messageId,
                                                              qint64 excludeId)
{
    HD_TRY_ASSIGN(QSqlQuery out,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT id, ticket_id FROM outbox WHERE "
                                                "message_id = ?"),
                                 {messageId}));
    if (out.next()) {
        KnownMessage k;
        k.direction = KnownMessage::Direction::Outgoing;
        k.outboxId = out.value(0).toLongLong();
        k.ticketId = optionalId(out.value(1));
        return std::optional<KnownMessage>(k);
    }
    out.finish();
    HD_TRY_ASSIGN(QSqlQuery in,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT ticket_id FROM inbound_messages WHERE "
                                                "message_id = ? AND id <> ? AND outcome NOT IN "
                                                "('received', 'unprocessed') ORDER BY id LIMIT 1"),
                                 {messageId, ms(excludeId)}));
    if (in.next()) {
        KnownMessage k;
        k.direction = KnownMessage::Direction::Inbound;
        k.ticketId = optionalId(in.value(0));
        return std::optional<KnownMessage>(k);
    }
    return std::optional<KnownMessage>();
}

Result<std::optional<KnownTicket>> InboundStore::findTicket(qint64 number)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT id, requester_email, status FROM tickets "
                                                "WHERE id = ?"),
                                 {ms(number)}));
    if (!q.next())
        return std::optional<KnownTicket>();
    KnownTicket t;
    t.id = q.value(0).toLongLong();
    t.requesterEmail = q.value(1).toString();
    const QString status = q.value(2).toString();
    t.open = status != QLatin1String("resolved") && status != QLatin1String("closed");
    return std::optional<KnownTicket>(t);
}

Result<std::optional<KnownTicket>> InboundStore::openTicketOf(const QString &email)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT id, requester_email FROM tickets WHERE "
                                                "lower(requester_email) = lower(?) AND status "
                                                "NOT IN ('resolved', 'closed') ORDER BY "
                                                "updated_at DESC, id DESC LIMIT 1"),
                                 {email}));
    if (!q.next())
        return std::optional<KnownTicket>();
    KnownTicket t;
    t.id = q.value(0).toLongLong();
    t.requesterEmail = q.value(1).toString();
    return std::optional<KnownTicket>(t);
}

Result<ImapSyncState> InboundStore::syncState(const QString &mailbox)
{
    HD_TRY_ASSIGN(QSqlQuery q, Database::exec(m_db,
                                              QStringLiteral("SELECT uid_validity, last_uid FROM "
                                                             "imap_sync_state WHERE mailbox = ?"),
                                              {mailbox}));
    ImapSyncState s;
    if (q.next()) {
        s.uidValidity = quint32(q.value(0).toLongLong());
        s.lastUid = quint32(q.value(1).toLongLong());
    }
    return s;
}

Result<void> InboundStore::saveSyncState(const QString &mailbox, const ImapSyncState &state,
                                         qint64 nowMs)
{
    // Never backwards: two clients may save after each other in any order.
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO imap_sync_state (mailbox, uid_validity, last_uid, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (mailbox) DO UPDATE SET uid_validity = "
                       "excluded.uid_validity, last_uid = CASE WHEN imap_sync_state.uid_validity "
                       "= excluded.uid_validity AND imap_sync_state.last_uid > excluded.last_uid "
                       "THEN imap_sync_state.last_uid ELSE excluded.last_uid END, updated_at = "
                       "excluded.updated_at"),
        {mailbox, ms(state.uidValidity), ms(state.lastUid), ms(nowMs)}));
    return {};
}

Result<bool> InboundStore::claim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                                 const QString &claimer, qint64 nowMs, qint64 leaseMs)
{
    Transaction tx(m_db);
    HD_TRY(tx.begin());
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO imap_claims (mailbox, uid_validity, uid, "
                       "claimed_by, lease_until) VALUES (?, ?, ?, ?, ?) ON "
                       "CONFLICT (mailbox, uid_validity, uid) DO UPDATE SET "
                       "claimed_by = excluded.claimed_by, lease_until = "
                       "excluded.lease_until WHERE imap_claims.done_at IS NULL "
                       "AND (imap_claims.claimed_by = excluded.claimed_by OR "
                       "imap_claims.lease_until < ?)"),
        {mailbox, ms(uidValidity), ms(uid), claimer, ms(nowMs + leaseMs), ms(nowMs)}));
    HD_TRY_ASSIGN(const QVariant holder,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT claimed_by FROM imap_claims WHERE "
                                                  "mailbox = ? AND uid_validity = ? AND uid = ? "
                                                  "AND done_at IS NULL"),
                                   {mailbox, ms(uidValidity), ms(uid)}));
    HD_TRY(tx.commit());
    return holder.isValid() && holder.toString() == claimer;
}

Result<void> InboundStore::finishClaim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                                       std::optional<qint64> inboundId, qint64 nowMs)
{
    HD_TRY(Database::exec(m_db,
                          QStringLiteral("UPDATE imap_claims SET done_at = ?, inbound_id = ? "
                                         "WHERE mailbox = ? AND uid_validity = ? AND uid = ?"),
                          {ms(nowMs), nullableId(inboundId), mailbox, ms(uidValidity), ms(uid)}));
    return {};
}

Result<void> InboundStore::releaseClaim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                                        const QString &claimer)
{
    HD_TRY(Database::exec(m_db,
                          QStringLiteral("DELETE FROM imap_claims WHERE mailbox = ? AND "
                                         "uid_validity = ? AND uid = ? AND claimed_by = ? AND "
                                         "done_at IS NULL"),
                          {mailbox, ms(uidValidity), ms(uid), claimer}));
    return {};
}

} // namespace helpdesk
