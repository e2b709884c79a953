#pragma once
// The SQL of inbound mail: the messages as received (inbound_messages, their raw bytes beside
// them in inbound_raw), their attachments, and for IMAP the folders' sync state and the
// per-message claims. Also the ThreadingLookup over the database that the ingest step answers
// threading's questions with, inside its write.
// Synchronous on the connection it is given; every value is bound.

#include "common/Result.h"
#include "inbound/ImapTypes.h"
#include "inbound/InboundMessage.h"
#include "inbound/Threading.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helpdesk {

// One stored message, without its raw bytes.
struct InboundRecord
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString source;  // "pipe", "imap", "agent", "api"
    QString outcome; // "received" (not processed yet), "created", "added", "ignored", ...
    QString reason;
    qint64 rawSize = 0;
    QString messageId;
    QString fromAddress;
    QString subject;
    std::optional<qint64> ticketId;
};

// An attachment or inline part as the timeline lists it (the bytes: attachmentData()).
struct InboundAttachment
{
    qint64 id = 0;
    qint64 inboundId = 0;
    std::optional<qint64> ticketId;
    std::optional<qint64> eventId;
    QString fileName;
    QString mimeType;
    bool inlinePart = false;
    qint64 size = 0;
    bool omitted = false; // over the size limit: listed, not kept
};

// What the ingest step asks about a stored row before it processes it.
struct StoredRaw
{
    qint64 id = 0;
    bool processed = false; // someone (this or another process) processed it already
    InboundRecord record;
};

class InboundStore
{
public:
    explicit InboundStore(QSqlDatabase &db) : m_db(db) {}

    // Stores the raw bytes in a short write of its own, before anything reads them. The same
    // bytes again give the row that holds them (processed or not): a second delivery.
    Result<StoredRaw> storeRaw(const QByteArray &raw, const QString &sha256, const QString &source,
                               qint64 nowMs);
    // Inside the processing write: the row, locked (FOR UPDATE on PostgreSQL).
    Result<StoredRaw> lock(qint64 id);
    struct Outcome
    {
        QString outcome;
        QString reason;
        QString messageId;
        QString dedupKey; // empty: none (a duplicate, an unreadable message)
        QString fromAddress;
        QString subject;
        std::optional<qint64> ticketId;
        std::optional<qint64> eventId;
    };
    Result<void> setOutcome(qint64 id, const Outcome &outcome, qint64 nowMs);

    Result<qint64> addAttachment(qint64 inboundId, std::optional<qint64> ticketId,
                                 std::optional<qint64> eventId, const InboundPart &part);
    Result<QList<InboundAttachment>> attachmentsOfTicket(qint64 ticketId);
    Result<InboundAttachment> attachment(qint64 id);
    Result<QByteArray> attachmentData(qint64 id);

    Result<InboundRecord> record(qint64 id);
    Result<QByteArray> raw(qint64 id);
    // Messages an admin has to look at: not processed (processing died) or not readable,
    // newest first.
    Result<QList<InboundRecord>> unprocessed(int limit);
    Result<QList<InboundRecord>> ofTicket(qint64 ticketId);

    // Threading's questions; an inbound row counts once it was processed, and never the row
    // being processed (excludeId).
    Result<std::optional<KnownMessage>> findMessage(const QString &messageId, qint64 excludeId);
    Result<std::optional<KnownTicket>> findTicket(qint64 number);
    Result<std::optional<KnownTicket>> openTicketOf(const QString &email);

    // IMAP: per mailbox key ("user@host/INBOX").
    Result<ImapSyncState> syncState(const QString &mailbox);
    Result<void> saveSyncState(const QString &mailbox, const ImapSyncState &state, qint64 nowMs);
    // Takes the message for `claimer` in a write of its own: true when this claimer has it now
    // (a new claim, its own, or one whose lease ran out), false when another holds it or it is
    // done.
    Result<bool> claim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                       const QString &claimer, qint64 nowMs, qint64 leaseMs);
    Result<void> finishClaim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                             std::optional<qint64> inboundId, qint64 nowMs);
    // Gives the claim up (the fetch failed): another client may take it at once.
    Result<void> releaseClaim(const QString &mailbox, quint32 uidValidity, quint32 uid,
                              const QString &claimer);

private:
    QSqlDatabase &m_db;
};

// Threading's lookups answered by an InboundStore, for the row being processed.
class StoreThreadingLookup : public ThreadingLookup
{
public:
    StoreThreadingLookup(InboundStore &store, qint64 processingId)
        : m_store(store), m_processing(processingId)
    {}
    Result<std::optional<KnownMessage>> findMessage(const QString &messageId) override
    {
        return m_store.findMessage(messageId, m_processing);
    }
    Result<std::optional<KnownTicket>> findTicket(qint64 number) override
    {
        return m_store.findTicket(number);
    }
    Result<std::optional<KnownTicket>> openTicketOf(const QString &email) override
    {
        return m_store.openTicketOf(email);
    }

private:
    InboundStore &m_store;
    qint64 m_processing;
};

} // namespace helpdesk
