#include "mail/Outbox.h"

#include "db/Database.h"
#include "mail/MailLogging.h"
#include "mail/MailSettings.h"
#include "mail/MimeBuilder.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Outbox", text);
}

const QString kColumns = QStringLiteral(
    "id, ticket_id, event_id, template_key, from_address, from_name, reply_to, to_address, "
    "to_name, subject, text_body, html_body, headers, message_id, status, attempts, "
    "next_attempt_at, claimed_by, lease_until, last_error, server_reply, created_at, sent_at, "
    "has_secret, redacted");

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString headersJson(const QList<MailHeader> &headers)
{
    QJsonArray array;
    for (const MailHeader &h : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.name)},
                                 {QStringLiteral("value"), h.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<MailHeader> headersFromJson(const QString &json)
{
    QList<MailHeader> headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        headers.append({v.toObject().value(QStringLiteral("name")).toString().toLatin1(),
                        v.toObject().value(QStringLiteral("value")).toString()});
    return headers;
}

OutboxEntry fromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.ticketId = optionalId(q.value(1));
    e.eventId = optionalId(q.value(2));
    e.templateKey = q.value(3).toString();
    e.from = MailAddress(q.value(4).toString(), q.value(5).toString());
    e.replyTo = MailAddress(q.value(6).toString());
    e.to = MailAddress(q.value(7).toString(), q.value(8).toString());
    e.subject = q.value(9).toString();
    e.textBody = q.value(10).toString();
    e.htmlBody = q.value(11).toString();
    e.extraHeaders = headersFromJson(q.value(12).toString());
    e.messageId = q.value(13).toString();
    e.status = OutboxStatuses::fromKey(q.value(14).toString()).value_or(OutboxStatus::Failed);
    e.attempts = q.value(15).toInt();
    e.nextAttemptAt = time(q.value(16));
    e.claimedBy = q.value(17).toString();
    e.leaseUntil = time(q.value(18));
    e.lastError = q.value(19).toString();
    e.serverReply = q.value(20).toString();
    e.createdAt = time(q.value(21));
    e.sentAt = time(q.value(22));
    e.hasSecret = q.value(23).toBool();
    e.redacted = q.value(24).toBool();
    return e;
}

Result<QList<OutboxEntry>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<OutboxEntry> list;
    while (q.value().next())
        list.append(fromQuery(q.value()));
    q.value().finish();
    return list;
}

// A delivery event on the ticket's timeline, and on PostgreSQL a change notice so that other
// clients refresh it (SQLite clients see the write through data_version).
Result<void> addTimelineEvent(QSqlDatabase &db, const OutboxEntry &e, const QString &kind,
                              const QString &body, QJsonObject data, qint64 nowMs)
{
    if (!e.ticketId)
        return {};
    data.insert(QStringLiteral("outbox_id"), double(e.id));
    data.insert(QStringLiteral("message_id"), e.messageId);
    data.insert(QStringLiteral("to"), e.to.address);
    if (e.eventId)
        data.insert(QStringLiteral("event_id"), double(*e.eventId));
    auto inserted = Database::exec(
        db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, body, data) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {QVariant::fromValue(*e.ticketId), QVariant::fromValue(nowMs),
         QVariant(QMetaType::fromType<qint64>()), kind, body,
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    if (Database::dialect(db) == Dialect::PostgreSQL) {
        auto notified = Database::exec(db, QStringLiteral("SELECT pg_notify('helpdesk_ticket', ?)"),
                                       {QString::number(*e.ticketId)});
        if (!notified)
            return notified.error();
    }
    return {};
}

Result<OutboxEntry> loadForUpdate(QSqlDatabase &db, qint64 id)
{
    const bool pg = Database::dialect(db) == Dialect::PostgreSQL;
    auto list = readAll(Database::exec(db,
                                       QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM outbox WHERE id = ?") +
                                           (pg ? QStringLiteral(" FOR UPDATE") : QString()),
                                       {QVariant::fromValue(id)}));
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Outgoing message %1 does not exist (any more).").arg(id));
    return list.value().constFirst();
}
} // namespace

QString OutboxStatuses::key(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxStatus> OutboxStatuses::fromKey(const QString &key)
{
    for (auto s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent,
                   OutboxStatus::Failed, OutboxStatus::Cancelled})
        if (OutboxStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString OutboxStatuses::label(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return tr("Queued");
    case OutboxStatus::Sending:
        return tr("Sending");
    case OutboxStatus::Sent:
        return tr("Sent");
    case OutboxStatus::Failed:
        return tr("Failed");
    case OutboxStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

MailMessage OutboxEntry::toMessage(const MailAddress &fallbackFrom) const
{
    MailMessage m;
    m.from = from.isEmpty() ? fallbackFrom : from;
    m.to = {to};
    m.replyTo = replyTo;
    m.subject = subject;
    m.textBody = textBody;
    m.htmlBody = htmlBody;
    m.messageId = messageId;
    m.date = createdAt;
    m.extraHeaders = extraHeaders;
    return m;
}

QString Outbox::redactionNote()
{
    return tr("[This message contained a one-time link. Its text was removed from the stored "
              "copy after the mail relay accepted it.]");
}

qint64 Outbox::backoffMs(int attempts, qint64 baseMs, qint64 capMs)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 delay = std::min(capMs, baseMs << doublings);
    const qint64 jitter = delay >= 10 ? QRandomGenerator::global()->bounded(delay / 10) : 0;
    return delay + jitter;
}

Result<qint64> Outbox::enqueue(QSqlDatabase &db, MailMessage message,
                               std::optional<qint64> ticketId, std::optional<qint64> eventId,
                               bool containsSecret, const EnqueueOptions &options)
{
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    if (message.to.size() != 1)
        return Error::make(Error::Code::InvalidInput,
                           message.to.isEmpty()
                               ? tr("The message has no recipient. Enter the customer's email "
                                    "address.")
                               : tr("An outgoing message goes to exactly one recipient; this one "
                                    "has %1.")
                                     .arg(message.to.size()));
    if (message.from.isEmpty() || message.messageId.isEmpty()) {
        Settings settings(db);
        auto mail = MailSettings::load(settings);
        if (!mail)
            return mail.error();
        if (message.from.isEmpty())
            message.from = mail.value().sender();
        if (message.messageId.isEmpty()) {
            auto id = MimeBuilder::generateMessageId(mail.value().effectiveMessageIdDomain());
            if (!id)
                return id.error();
            message.messageId = id.value();
        }
    }
    message.date = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);

    // Refuse now what could never be sent. An unset From is checked with a stand-in address;
    // the sender fills in the configured one.
    MailMessage check = message;
    if (check.from.isEmpty())
        check.from = MailAddress(QStringLiteral("outbox@helpdesk.invalid"));
    if (auto rendered = MimeBuilder().render(check); !rendered)
        return rendered.error();

    auto inserted = Database::exec(
        db,
        QStringLiteral(
            "INSERT INTO outbox (ticket_id, event_id, template_key, from_address, from_name, "
            "reply_to, to_address, to_name, subject, text_body, html_body, headers, message_id, "
            "status, attempts, next_attempt_at, created_at, has_secret, redacted) VALUES (?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id"),
        {nullableId(ticketId), nullableId(eventId), nullableText(options.templateKey),
         notNull(message.from.address), notNull(message.from.displayName),
         notNull(message.replyTo.address), message.to.constFirst().address,
         notNull(message.to.constFirst().displayName), message.subject, notNull(message.textBody),
         notNull(message.htmlBody), headersJson(message.extraHeaders), message.messageId,
         QVariant::fromValue(now), QVariant::fromValue(now), containsSecret, false});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::make(Error::Code::DatabaseQuery, tr("Queueing the message failed."));
    const qint64 id = inserted.value().value(0).toLongLong();
    inserted.value().finish(); // SQLite cannot commit while a RETURNING statement is open
    qCDebug(lcMail) << "queued outbox message" << id << message.messageId;
    return id;
}

Result<QList<OutboxEntry>> Outbox::claim(QSqlDatabase &db, const QString &senderId, qint64 nowMs,
                                         qint64 leaseMs, int limit, qint64 dueByMs)
{
    const qint64 dueBy = dueByMs > 0 ? std::min(dueByMs, nowMs) : nowMs;
    const bool pg = Database::dialect(db) == Dialect::PostgreSQL;
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    // On SQLite, BEGIN IMMEDIATE holds the write lock, so the select-and-update is atomic.
    // On PostgreSQL, rows another sender has locked are skipped rather than waited for.
    auto claimed = readAll(Database::exec(
        db,
        QStringLiteral("UPDATE outbox SET status = 'sending', claimed_by = ?, lease_until = ?, "
                       "attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox WHERE "
                       "(status = 'queued' AND next_attempt_at <= ?) OR (status = 'sending' AND "
                       "lease_until < ?) ORDER BY id LIMIT ?") +
            (pg ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()) +
            QStringLiteral(") RETURNING ") + kColumns,
        {senderId, QVariant::fromValue(nowMs + leaseMs), QVariant::fromValue(dueBy),
         QVariant::fromValue(nowMs), limit}));
    if (!claimed)
        return claimed.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    QList<OutboxEntry> list = claimed.value();
    std::sort(list.begin(), list.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    return list;
}

Result<void> Outbox::renewLease(QSqlDatabase &db, const QString &senderId, qint64 leaseUntilMs)
{
    auto q = Database::exec(db,
                            QStringLiteral("UPDATE outbox SET lease_until = ? WHERE claimed_by = "
                                           "? AND status = 'sending'"),
                            {QVariant::fromValue(leaseUntilMs), senderId});
    if (!q)
        return q.error();
    return {};
}

Result<bool> Outbox::markSent(QSqlDatabase &db, qint64 id, const QString &serverReply, qint64 nowMs)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = loadForUpdate(db, id);
    if (!loaded)
        return loaded.error();
    const OutboxEntry &e = loaded.value();
    // Sent is a fact, whoever holds the claim now: only a row already recorded as sent (or
    // cancelled by an agent) is left alone.
    if (e.status == OutboxStatus::Sent || e.status == OutboxStatus::Cancelled)
        return false;
    const QString note = redactionNote();
    auto updated = Database::exec(
        db,
        QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, server_reply = ?, "
                       "last_error = NULL, claimed_by = NULL, lease_until = NULL, text_body = "
                       "CASE WHEN has_secret THEN ? ELSE text_body END, html_body = CASE WHEN "
                       "has_secret AND html_body <> '' THEN ? ELSE html_body END, redacted = "
                       "has_secret WHERE id = ?"),
        {QVariant::fromValue(nowMs), notNull(serverReply), note, note.toHtmlEscaped(),
         QVariant::fromValue(id)});
    if (!updated)
        return updated.error();
    if (auto ev =
            addTimelineEvent(db, e, QStringLiteral("mail_sent"),
                             tr("Email to %1 was accepted by the mail relay.").arg(e.to.address),
                             {{QStringLiteral("server_reply"), serverReply}}, nowMs);
        !ev)
        return ev.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return true;
}

Result<bool> Outbox::markRetry(QSqlDatabase &db, qint64 id, const QString &senderId,
                               const QString &error, const QString &serverReply, qint64 retryAtMs)
{
    auto q = Database::exec(
        db,
        QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ?, "
                       "server_reply = ?, claimed_by = NULL, lease_until = NULL WHERE id = ? AND "
                       "status = 'sending' AND claimed_by = ?"),
        {QVariant::fromValue(retryAtMs), notNull(error), nullableText(serverReply),
         QVariant::fromValue(id), senderId});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<bool> Outbox::markFailed(QSqlDatabase &db, qint64 id, const QString &senderId,
                                const QString &error, const QString &serverReply, qint64 nowMs)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = loadForUpdate(db, id);
    if (!loaded)
        return loaded.error();
    const OutboxEntry &e = loaded.value();
    if (e.status != OutboxStatus::Sending || e.claimedBy != senderId)
        return false;
    auto updated = Database::exec(
        db,
        QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, server_reply = ?, "
                       "claimed_by = NULL, lease_until = NULL WHERE id = ?"),
        {notNull(error), nullableText(serverReply), QVariant::fromValue(id)});
    if (!updated)
        return updated.error();
    const QString shown = serverReply.isEmpty() ? error : serverReply;
    if (auto ev = addTimelineEvent(
            db, e, QStringLiteral("mail_failed"),
            tr("Email to %1 could not be delivered: %2").arg(e.to.address, shown),
            {{QStringLiteral("error"), error}, {QStringLiteral("server_reply"), serverReply}},
            nowMs);
        !ev)
        return ev.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return true;
}

Result<void> Outbox::retry(QSqlDatabase &db, qint64 id, qint64 nowMs)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = loadForUpdate(db, id);
    if (!loaded)
        return loaded.error();
    const OutboxStatus status = loaded.value().status;
    if (status != OutboxStatus::Failed && status != OutboxStatus::Queued)
        return Error::make(Error::Code::InvalidInput,
                           tr("This message is %1; only failed or queued messages can be sent "
                              "again.")
                               .arg(OutboxStatuses::label(status).toLower()));
    auto updated = Database::exec(db,
                                  QStringLiteral("UPDATE outbox SET status = 'queued', "
                                                 "next_attempt_at = ?, claimed_by = NULL, "
                                                 "lease_until = NULL WHERE id = ?"),
                                  {QVariant::fromValue(nowMs), QVariant::fromValue(id)});
    if (!updated)
        return updated.error();
    return tx.commit();
}

Result<void> Outbox::cancel(QSqlDatabase &db, qint64 id, qint64 /*nowMs*/)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = loadForUpdate(db, id);
    if (!loaded)
        return loaded.error();
    const OutboxStatus status = loaded.value().status;
    if (status != OutboxStatus::Failed && status != OutboxStatus::Queued)
        return Error::make(Error::Code::InvalidInput,
                           status == OutboxStatus::Sending
                               ? tr("This message is being sent right now and can no longer be "
                                    "cancelled.")
                               : tr("This message is %1; only queued or failed messages can be "
                                    "cancelled.")
                                     .arg(OutboxStatuses::label(status).toLower()));
    // A cancelled message is never sent, so a one-time link in it has no reason to stay.
    const QString note = tr("[This message was cancelled; its one-time link was removed.]");
    auto updated = Database::exec(
        db,
        QStringLiteral("UPDATE outbox SET status = 'cancelled', claimed_by = NULL, lease_until = "
                       "NULL, text_body = CASE WHEN has_secret THEN ? ELSE text_body END, "
                       "html_body = CASE WHEN has_secret AND html_body <> '' THEN ? ELSE "
                       "html_body END, redacted = has_secret WHERE id = ?"),
        {note, note.toHtmlEscaped(), QVariant::fromValue(id)});
    if (!updated)
        return updated.error();
    return tx.commit();
}

Result<OutboxEntry> Outbox::entry(QSqlDatabase &db, qint64 id)
{
    auto list = readAll(Database::exec(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"),
        {QVariant::fromValue(id)}));
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Outgoing message %1 does not exist (any more).").arg(id));
    return list.value().constFirst();
}

Result<QList<OutboxEntry>> Outbox::list(QSqlDatabase &db, std::optional<OutboxStatus> status,
                                        int limit)
{
    if (status)
        return readAll(Database::exec(db,
                                      QStringLiteral("SELECT ") + kColumns +
                                          QStringLiteral(" FROM outbox WHERE status = ? ORDER BY "
                                                         "id DESC LIMIT ?"),
                                      {OutboxStatuses::key(*status), limit}));
    return readAll(Database::exec(db,
                                  QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM outbox ORDER BY id DESC LIMIT ?"),
                                  {limit}));
}

Result<QList<OutboxEntry>> Outbox::forTicket(QSqlDatabase &db, qint64 ticketId)
{
    return readAll(
        Database::exec(db,
                       QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM outbox WHERE ticket_id = ? ORDER BY id"),
                       {QVariant::fromValue(ticketId)}));
}

Result<QHash<OutboxStatus, qint64>> Outbox::counts(QSqlDatabase &db)
{
    auto q =
        Database::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM outbox GROUP BY status"));
    if (!q)
        return q.error();
    QHash<OutboxStatus, qint64> out;
    while (q.value().next())
        if (auto s = OutboxStatuses::fromKey(q.value().value(0).toString()))
            out.insert(*s, q.value().value(1).toLongLong());
    return out;
}

Result<OutboxLeases> Outbox::leases(QSqlDatabase &db, qint64 nowMs)
{
    OutboxLeases out;
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT status, CASE WHEN status = 'sending' AND lease_until >= ? THEN 1 "
                       "WHEN status = 'sending' THEN 2 WHEN next_attempt_at > ? THEN 3 ELSE 4 END "
                       "AS kind, COUNT(*), MAX(lease_until), MIN(next_attempt_at) FROM outbox "
                       "WHERE status IN ('queued', 'sending') GROUP BY status, kind"),
        {QVariant::fromValue(nowMs), QVariant::fromValue(nowMs)});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const qint64 n = q.value().value(2).toLongLong();
        switch (q.value().value(1).toInt()) {
        case 1:
            out.held += n;
            out.heldUntil = time(q.value().value(3));
            break;
        case 2:
            out.expired += n;
            break;
        case 3:
            out.waiting += n;
            out.nextAttemptAt = time(q.value().value(4));
            break;
        default:
            out.due += n;
            break;
        }
    }
    q.value().finish();
    if (out.held > 0) {
        auto holders = Database::exec(
            db,
            QStringLiteral("SELECT DISTINCT claimed_by FROM outbox WHERE status = 'sending' AND "
                           "lease_until >= ? ORDER BY claimed_by LIMIT 5"),
            {QVariant::fromValue(nowMs)});
        if (!holders)
            return holders.error();
        while (holders.value().next())
            out.holders.append(holders.value().value(0).toString());
    }
    return out;
}

QString OutboxLeases::describe() const
{
    const auto at = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    const QString senders = holders.join(QStringLiteral(", "));
    QStringList parts;
    if (held == 1)
        parts.append(tr("1 message being sent by %1 (held until %2; if that sender stopped, any "
                        "sender takes it over then)")
                         .arg(senders, at(heldUntil)));
    else if (held > 1)
        parts.append(tr("%1 messages being sent by %2 (held until %3; if that sender stopped, "
                        "any sender takes them over then)")
                         .arg(QString::number(held), senders, at(heldUntil)));
    if (expired == 1)
        parts.append(tr("1 message left by a sender that stopped, for the next run to send"));
    else if (expired > 1)
        parts.append(
            tr("%1 messages left by a sender that stopped, for the next run to send").arg(expired));
    if (due == 1)
        parts.append(tr("1 message due now"));
    else if (due > 1)
        parts.append(tr("%1 messages due now").arg(due));
    if (waiting == 1)
        parts.append(tr("1 message waiting to be retried at %1").arg(at(nextAttemptAt)));
    else if (waiting > 1)
        parts.append(tr("%1 messages waiting to be retried, the next at %2")
                         .arg(QString::number(waiting), at(nextAttemptAt)));
    return parts.join(QStringLiteral("; "));
}

} // namespace helpdesk
