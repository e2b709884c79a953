#pragma once
// MailIngest: one received message into the helpdesk, the same for the MTA pipe, IMAP and the
// tests. In order: the raw bytes are stored (their own short write, before anything reads them);
// the message is parsed, classified and searched for forwarded copies (no transaction held);
// then one write threads it and records what it does: a customer_reply on its ticket (reopened
// when it waited for the customer, marked unread) or a new ticket (channel email, category
// guessed, the account matched by address), its attachments, the verdict on a forwarded copy of
// one of our mails (timeline and audit), a bounce on the outbox row; auto-replies, lists, loops
// and duplicates are recorded as ignored. A message that cannot be read stays stored for the
// admins' unprocessed list. The same bytes or Message-ID twice create nothing new.

#include "accounts/ForwardedMailCheck.h"
#include "common/Result.h"
#include "inbound/InboundAnalyzer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace helpdesk {

struct IngestOptions
{
    QString source = QStringLiteral("pipe"); // "pipe", "imap", "api"
    qint64 maxRawBytes = 25LL * 1024 * 1024; // larger messages are refused (0: no limit)
    bool useRequesterOpenTicket = false;     // thread by the requester's open ticket
    // Our own addresses and Message-ID domains besides the mail settings' (the IMAP user).
    QStringList ourAddresses;
};

struct IngestResult
{
    enum class Outcome { Created, Added, Ignored, Duplicate, Bounce, Refused };
    Outcome outcome = Outcome::Ignored;
    std::optional<qint64> ticketId;
    qint64 inboundId = 0;     // 0 when nothing was stored (refused)
    QString reason;           // translated, one line
    bool unprocessed = false; // could not be read: kept for the admins' list
    bool reopened = false;
    std::optional<ForwardedMailReport> forwarded; // the check's verdict, when one was recorded
    int attachments = 0;

    static QString key(Outcome outcome); // "created", "added", "ignored", ...
    // {"result": ..., "ticket": N or null, "reason": ...} and a few more fields.
    QJsonObject toJson() const;
};

// The ingest settings in the settings table (admins change them; never secrets).
struct IngestSettings
{
    qint64 maxRawBytes = 25LL * 1024 * 1024;
    bool useRequesterOpenTicket = false;

    static Result<IngestSettings> load(QSqlDatabase &db);
};

class MailIngest
{
public:
    MailIngest(QSqlDatabase &db, qint64 nowMs) : m_db(db), m_now(nowMs) {}

    // Called after each commit that changed a ticket (for the app's refresh and notice).
    void setTicketChanged(std::function<void(qint64 ticketId, bool created)> changed)
    {
        m_ticketChanged = std::move(changed);
    }

    // Fails (retry later) only when the database fails; every message gets an outcome.
    Result<IngestResult> ingest(const QByteArray &raw, const IngestOptions &options);

private:
    Result<IngestResult> process(qint64 inboundId, const QByteArray &raw,
                                 const IngestOptions &options);
    Result<InboundContext> context(const IngestOptions &options);

    QSqlDatabase &m_db;
    qint64 m_now;
    std::function<void(qint64, bool)> m_ticketChanged;
};

} // namespace helpdesk
