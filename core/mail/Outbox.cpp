#include "mail/Outbox.h"

#include "db/Database.h"
#include "mail/MailLogging.h"
#include "mail/MailSettings.h"
#include "mail/MimeBuilder.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "settings/Settings.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

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
    "has_secret, redacted, needs_mailer, bounced_at, bounce_reason");

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
    e.needsMailer = q.value(25).toBool();
    e.bouncedAt = time(q.value(26));
    e.bounceReason = q.value(27).toString();
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

// The outbox's own writes (claims, outcomes, retry, cancel) are the mail sender's: no staff
// member signs them.
WritePath sender(QSqlDatabase &db, qint64 nowMs)
{
    return WritePath(db, Actor::system(), nowMs);
}

Result<void> noRefusal(const OutboxEntry &)
{
    return {};
}

// A delivery event on the ticket's timeline, as the mail sender (no staff member).
Result<void> recordDelivery(Recorder &record, const OutboxEntry &e, TicketEventKind kind,
                            const QString &body, QJsonObject data)
{
    if (!e.ticketId)
        return {};
    data.insert(QStringLiteral("outbox_id"), double(e.id));
    data.insert(QStringLiteral("message_id"), e.messageId);
    data.insert(QStringLiteral("to"), e.to.address);
    if (e.eventId)
        data.insert(QStringLiteral("event_id"), double(*e.eventId));
    HD_TRY(record.event(*e.ticketId, kind, body, data));
    return {};
}

Result<OutboxEntry> loadForUpdate(QSqlDatabase &db, qint64 id)
{
    const bool pg = Database::dialect(db) == Dialect::PostgreSQL;
    HD_TRY_ASSIGN(const QList<OutboxEntry> list,
                  readAll(Database::exec(db,
                                         QStringLiteral("SELECT ") + kColumns +
                                             QStringLiteral(" FROM outbox WHERE id = ?") +
                                             (pg ? QStringLiteral(" FOR UPDATE") : QString()),
                                         {QVariant::fromValue(id)})));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Outgoing message %1 does not exist (any more).").arg(id));
    return list.constFirst();
}

// Retry and cancel: only a queued or failed message changes, by one UPDATE; `refusal` says
// why another is not.
Result<void> changeWaiting(QSqlDatabase &db, qint64 id, qint64 nowMs,
                           const std::function<QString(OutboxStatus)> &refusal, const QString &sql,
                           const QVariantList &values)
{
    return sender(db, nowMs).run(
        [&] { return loadForUpdate(db, id); },
        [&](const OutboxEntry &e) -> Result<void> {
            if (e.status != OutboxStatus::Failed && e.status != OutboxStatus::Queued)
                return Error::make(Error::Code::InvalidInput, refusal(e.status));
            return {};
        },
        [&](Recorder &, const OutboxEntry &) -> Result<void> {
            HD_TRY(Database::exec(db, sql, values));
            return {};
        });
}
} // namespace

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
        HD_TRY_ASSIGN(const MailSettings mail, MailSettings::load(settings));
        if (message.from.isEmpty())
            message.from = mail.sender();
        if (message.messageId.isEmpty()) {
            HD_TRY_ASSIGN(message.messageId,
                          MimeBuilder::generateMessageId(mail.effectiveMessageIdDomain()));
        }
    }
    message.date = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);

    // Refuse now what could never be sent. An unset From is checked with a stand-in address;
    // the sender fills in the configured one.
    MailMessage check = message;
    if (check.from.isEmpty())
        check.from = MailAddress(QStringLiteral("outbox@helpdesk.invalid"));
    HD_TRY(MimeBuilder().render(check));

    HD_TRY_ASSIGN(
        QSqlQuery inserted,
        Database::exec(
            db,
            QStringLiteral(
                "INSERT INTO outbox (ticket_id, event_id, template_key, from_address, from_name, "
                "reply_to, to_address, to_name, subject, text_body, html_body, headers, "
                "message_id, "
                "status, attempts, next_attempt_at, created_at, has_secret, redacted) VALUES (?, "
                "?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id"),
            {nullableId(ticketId), nullableId(eventId), nullableText(options.templateKey),
             notNull(message.from.address), notNull(message.from.displayName),
             notNull(message.replyTo.address), message.to.constFirst().address,
             notNull(message.to.constFirst().displayName), message.subject,
             notNull(message.textBody), notNull(message.htmlBody),
             headersJson(message.extraHeaders), message.messageId, QVariant::fromValue(now),
             QVariant::fromValue(now), containsSecret, false}));
    if (!inserted.next())
        return Error::make(Error::Code::DatabaseQuery, tr("Queueing the message failed."));
    const qint64 id = inserted.value(0).toLongLong();
    inserted.finish(); // SQLite cannot commit while a RETURNING statement is open
    qCDebug(lcMail) << "queued outbox message" << id << message.messageId;
    return id;
}

Result<QueuedMail> Outbox::queueTemplate(Recorder &record, const TemplateMail &mail)
{
    QSqlDatabase &db = record.db();
    HD_TRY_ASSIGN(const MailTemplate mailTemplate,
                  TemplateStore(db).byKey(mail.templateKey, record.now()));
    Settings settings(db);
    HD_TRY_ASSIGN(const MailSettings mailSettings, MailSettings::load(settings));
    TemplateValues values = mail.values;
    if (!values.contains(QStringLiteral("company.name")))
        values.insert(mailSettings.senderValues());
    HD_TRY_ASSIGN(const RenderedMail rendered, TemplateRenderer::render(mailTemplate, values));

    MailMessage message;
    message.from = mailSettings.sender(); // may be empty: the sender fills it in
    message.to = {mail.to};
    message.subject = rendered.subject;
    message.textBody = rendered.textBody;
    message.htmlBody = rendered.htmlBody;
    HD_TRY_ASSIGN(message.messageId,
                  MimeBuilder::generateMessageId(mailSettings.effectiveMessageIdDomain()));
    EnqueueOptions options;
    options.nowMs = record.now();
    options.templateKey = mail.templateKey;
    HD_TRY_ASSIGN(const qint64 id,
                  enqueue(db, message, mail.ticketId, mail.eventId, mail.containsSecret, options));
    record.mailQueued(id);
    return QueuedMail{id, message.messageId};
}

Result<QList<OutboxEntry>> Outbox::claim(QSqlDatabase &db, const QString &senderId, qint64 nowMs,
                                         qint64 leaseMs, int limit, qint64 dueByMs)
{
    const qint64 dueBy = dueByMs > 0 ? std::min(dueByMs, nowMs) : nowMs;
    const bool pg = Database::dialect(db) == Dialect::PostgreSQL;
    // On SQLite, BEGIN IMMEDIATE holds the write lock, so the select-and-update is atomic.
    // On PostgreSQL, rows another sender has locked are skipped rather than waited for.
    HD_TRY_ASSIGN(QList<OutboxEntry> list, sender(db, nowMs).run([&](Recorder &) {
        return readAll(Database::exec(
            db,
            QStringLiteral("UPDATE outbox SET status = 'sending', claimed_by = ?, lease_until "
                           "= ?, attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox "
                           "WHERE ((status = 'queued' AND next_attempt_at <= ?) OR (status = "
                           "'sending' AND lease_until < ?))") +
                // A link minted by the database is sent only by a sender that can read it.
                (pg ? QStringLiteral(" AND (NOT needs_mailer OR has_table_privilege("
                                     "'public.outbox_secrets', 'SELECT'))")
                    : QString()) +
                QStringLiteral(" ORDER BY id LIMIT ?") +
                (pg ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()) +
                QStringLiteral(") RETURNING ") + kColumns,
            {senderId, QVariant::fromValue(nowMs + leaseMs), QVariant::fromValue(dueBy),
             QVariant::fromValue(nowMs), limit}));
    }));
    std::sort(list.begin(), list.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    HD_TRY(insertLinks(db, list));
    return list;
}

Result<void> Outbox::insertLinks(QSqlDatabase &db, QList<OutboxEntry> &claimed)
{
    const QString placeholder = QLatin1String(OutboxEntry::LinkPlaceholder);
    for (OutboxEntry &e : claimed) {
        if (!e.needsMailer)
            continue;
        HD_TRY_ASSIGN(const QVariant link,
                      Database::scalar(db,
                                       QStringLiteral("SELECT link FROM outbox_secrets WHERE "
                                                      "outbox_id = ?"),
                                       {QVariant::fromValue(e.id)}));
        if (link.isNull())
            return Error::make(Error::Code::NotFound,
                               tr("The one-time link of message %1 is gone, so it cannot be "
                                  "sent. Cancel it and send a new link.")
                                   .arg(e.id));
        e.textBody.replace(placeholder, link.toString());
        e.htmlBody.replace(placeholder, link.toString().toHtmlEscaped());
    }
    return {};
}

Result<void> Outbox::renewLease(QSqlDatabase &db, const QString &senderId, qint64 leaseUntilMs)
{
    HD_TRY(Database::exec(db,
                          QStringLiteral("UPDATE outbox SET lease_until = ? WHERE claimed_by = ? "
                                         "AND status = 'sending'"),
                          {QVariant::fromValue(leaseUntilMs), senderId}));
    return {};
}

Result<bool> Outbox::markSent(QSqlDatabase &db, qint64 id, const QString &serverReply, qint64 nowMs)
{
    return sender(db, nowMs).run(
        [&] { return loadForUpdate(db, id); }, noRefusal,
        [&](Recorder &record, const OutboxEntry &e) -> Result<bool> {
            // Sent is a fact, whoever holds the claim now: only a row already recorded as sent
            // (or cancelled by an agent) is left alone.
            if (e.status == OutboxStatus::Sent || e.status == OutboxStatus::Cancelled)
                return false;
            const QString note = redactionNote();
            HD_TRY(Database::exec(
                db,
                QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = ?, server_reply = ?, "
                               "last_error = NULL, claimed_by = NULL, lease_until = NULL, "
                               "text_body = CASE WHEN has_secret THEN ? ELSE text_body END, "
                               "html_body = CASE WHEN has_secret AND html_body <> '' THEN ? ELSE "
                               "html_body END, redacted = has_secret WHERE id = ?"),
                {QVariant::fromValue(nowMs), notNull(serverReply), note, note.toHtmlEscaped(),
                 QVariant::fromValue(id)}));
            HD_TRY(
                recordDelivery(record, e, TicketEventKind::MailSent,
                               tr("Email to %1 was accepted by the mail relay.").arg(e.to.address),
                               {{QStringLiteral("server_reply"), serverReply}}));
            return true;
        });
}

Result<bool> Outbox::markRetry(QSqlDatabase &db, qint64 id, const QString &senderId,
                               const QString &error, const QString &serverReply, qint64 retryAtMs)
{
    HD_TRY_ASSIGN(
        const QSqlQuery q,
        Database::exec(db,
                       QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, "
                                      "last_error = ?, server_reply = ?, claimed_by = NULL, "
                                      "lease_until = NULL WHERE id = ? AND status = 'sending' AND "
                                      "claimed_by = ?"),
                       {QVariant::fromValue(retryAtMs), notNull(error), nullableText(serverReply),
                        QVariant::fromValue(id), senderId}));
    return q.numRowsAffected() > 0;
}

Result<bool> Outbox::markFailed(QSqlDatabase &db, qint64 id, const QString &senderId,
                                const QString &error, const QString &serverReply, qint64 nowMs)
{
    return sender(db, nowMs).run(
        [&] { return loadForUpdate(db, id); }, noRefusal,
        [&](Recorder &record, const OutboxEntry &e) -> Result<bool> {
            if (e.status != OutboxStatus::Sending || e.claimedBy != senderId)
                return false;
            HD_TRY(Database::exec(
                db,
                QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, server_reply "
                               "= ?, claimed_by = NULL, lease_until = NULL WHERE id = ?"),
                {notNull(error), nullableText(serverReply), QVariant::fromValue(id)}));
            const QString shown = serverReply.isEmpty() ? error : serverReply;
            HD_TRY(recordDelivery(
                record, e, TicketEventKind::MailFailed,
                tr("Email to %1 could not be delivered: %2").arg(e.to.address, shown),
                {{QStringLiteral("error"), error}, {QStringLiteral("server_reply"), serverReply}}));
            return true;
        });
}

Result<void> Outbox::retry(QSqlDatabase &db, qint64 id, qint64 nowMs)
{
    return changeWaiting(
        db, id, nowMs,
        [](OutboxStatus status) {
            return tr("This message is %1; only failed or queued messages can be sent again.")
                .arg(OutboxStatuses::label(status).toLower());
        },
        QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, claimed_by = "
                       "NULL, lease_until = NULL WHERE id = ?"),
        {QVariant::fromValue(nowMs), QVariant::fromValue(id)});
}

Result<void> Outbox::cancel(QSqlDatabase &db, qint64 id, qint64 nowMs)
{
    // A cancelled message is never sent, so a one-time link in it has no reason to stay.
    const QString note = tr("[This message was cancelled; its one-time link was removed.]");
    return changeWaiting(
        db, id, nowMs,
        [](OutboxStatus status) {
            return status == OutboxStatus::Sending
                       ? tr("This message is being sent right now and can no longer be "
                            "cancelled.")
                       : tr("This message is %1; only queued or failed messages can be "
                            "cancelled.")
                             .arg(OutboxStatuses::label(status).toLower());
        },
        QStringLiteral("UPDATE outbox SET status = 'cancelled', claimed_by = NULL, lease_until = "
                       "NULL, text_body = CASE WHEN has_secret THEN ? ELSE text_body END, "
                       "html_body = CASE WHEN has_secret AND html_body <> '' THEN ? ELSE "
                       "html_body END, redacted = has_secret WHERE id = ?"),
        {note, note.toHtmlEscaped(), QVariant::fromValue(id)});
}

Result<bool> Outbox::markUndeliverable(Recorder &record, qint64 id, const QString &reason)
{
    QSqlDatabase &db = record.db();
    HD_TRY_ASSIGN(const OutboxEntry e, entry(db, id));
    if (e.bouncedAt.isValid())
        return false; // a second report on the same message: told once is enough
    HD_TRY(Database::exec(
        db, QStringLiteral("UPDATE outbox SET bounced_at = ?, bounce_reason = ? WHERE id = ?"),
        {QVariant::fromValue(record.now()), reason, QVariant::fromValue(id)}));
    if (e.ticketId) {
        HD_TRY(record.event(*e.ticketId, TicketEventKind::MailBounced,
                            tr("The email \"%1\" to %2 could not be delivered: %3")
                                .arg(e.subject, e.to.address, reason),
                            {{QStringLiteral("outbox_id"), double(id)},
                             {QStringLiteral("message_id"), e.messageId},
                             {QStringLiteral("reason"), reason}}));
    }
    HD_TRY(record.audit(QStringLiteral("outbox"), id, QStringLiteral("bounced"),
                        {{QStringLiteral("reason"), reason}}));
    return true;
}

Result<OutboxEntry> Outbox::entry(QSqlDatabase &db, qint64 id)
{
    HD_TRY_ASSIGN(
        const QList<OutboxEntry> list,
        readAll(Database::exec(
            db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"),
            {QVariant::fromValue(id)})));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Outgoing message %1 does not exist (any more).").arg(id));
    return list.constFirst();
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
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(db, QStringLiteral("SELECT status, COUNT(*) FROM outbox GROUP BY status")));
    QHash<OutboxStatus, qint64> out;
    while (q.next())
        if (auto s = OutboxStatuses::fromKey(q.value(0).toString()))
            out.insert(*s, q.value(1).toLongLong());
    return out;
}

Result<OutboxLeases> Outbox::leases(QSqlDatabase &db, qint64 nowMs)
{
    OutboxLeases out;
    HD_TRY_ASSIGN(auto q,
                  Database::exec(
                      db,
                      QStringLiteral(
                          "SELECT status, CASE WHEN status = 'sending' AND lease_until >= ? THEN 1 "
                          "WHEN status = 'sending' THEN 2 WHEN needs_mailer = ? THEN 5 "
                          "WHEN next_attempt_at > ? THEN 3 ELSE 4 END "
                          "AS kind, COUNT(*), MAX(lease_until), MIN(next_attempt_at) FROM outbox "
                          "WHERE status IN ('queued', 'sending') GROUP BY status, kind"),
                      {QVariant::fromValue(nowMs), true, QVariant::fromValue(nowMs)}));
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        switch (q.value(1).toInt()) {
        case 5:
            out.forMailer += n;
            break;
        case 1:
            out.held += n;
            out.heldUntil = time(q.value(3));
            break;
        case 2:
            out.expired += n;
            break;
        case 3:
            out.waiting += n;
            out.nextAttemptAt = time(q.value(4));
            break;
        default:
            out.due += n;
            break;
        }
    }
    q.finish();
    if (out.held > 0) {
        HD_TRY_ASSIGN(auto holders,
                      Database::exec(
                          db,
                          QStringLiteral(
                              "SELECT DISTINCT claimed_by FROM outbox WHERE status = 'sending' AND "
                              "lease_until >= ? ORDER BY claimed_by LIMIT 5"),
                          {QVariant::fromValue(nowMs)}));
        while (holders.next())
            out.holders.append(holders.value(0).toString());
    }
    return out;
}

} // namespace helpdesk
