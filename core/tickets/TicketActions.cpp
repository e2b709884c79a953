#include "tickets/TicketActions.h"

#include "db/Database.h"
#include "mail/MailAddress.h"
#include "mail/MailText.h"
#include "sla/SlaConfigStore.h"
#include "tickets/Lifecycle.h"
#include "tickets/TicketStore.h"
#include "timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TicketActions", text);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

QString clockJson(const SlaClock &clock)
{
    return QString::fromUtf8(QJsonDocument(clock.toJson()).toJson(QJsonDocument::Compact));
}

Result<void> checkText(const QString &text, const QString &field, int maxLength)
{
    if (text.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("%1 is empty.").arg(field));
    if (text.size() > maxLength)
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 is too long (%2 characters; at most %3).")
                               .arg(field)
                               .arg(text.size())
                               .arg(maxLength));
    return {};
}
} // namespace

TicketActions::TicketActions(QSqlDatabase &db, Staff actor, qint64 nowMs, ReplyMailHook *mailHook)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs), m_mailHook(mailHook),
      m_write(db, Actor::staff(m_actor), nowMs)
{}

Result<TicketActions::Requester> TicketActions::requester(const NewTicket &n)
{
    // Find the customer's account by email, or by name when the name is unambiguous.
    const QString given = n.requester.trimmed();
    const bool looksLikeEmail = given.contains(u'@');
    Requester r;
    r.name = n.requesterName.trimmed();
    HD_TRY_ASSIGN(
        QSqlQuery found,
        Database::exec(m_db,
                       looksLikeEmail
                           ? QStringLiteral("SELECT id, email, display_name FROM accounts WHERE "
                                            "lower(email) = lower(?)")
                           : QStringLiteral("SELECT id, email, display_name FROM accounts WHERE "
                                            "lower(display_name) = lower(?) LIMIT 2"),
                       {given}));
    QList<std::tuple<qint64, QString, QString>> matches;
    while (found.next())
        matches.append(
            {found.value(0).toLongLong(), found.value(1).toString(), found.value(2).toString()});
    found.finish();
    if (matches.size() == 1) {
        r.accountId = std::get<0>(matches.first());
        r.email = std::get<1>(matches.first());
        if (r.name.isEmpty())
            r.name = std::get<2>(matches.first());
    } else if (looksLikeEmail) {
        r.email = given;
        if (r.name.isEmpty())
            r.name = given.section(u'@', 0, 0);
    } else if (matches.isEmpty()) {
        return Error::make(Error::Code::NotFound,
                           tr("No customer account is named \"%1\". Enter the customer's email "
                              "address instead.")
                               .arg(given));
    } else {
        return Error::make(Error::Code::InvalidInput,
                           tr("Several customer accounts are named \"%1\". Enter the customer's "
                              "email address to choose one.")
                               .arg(given));
    }
    if (r.accountId) {
        // The account's own address and name are stored data; they must be sendable too.
        HD_TRY(MailAddress::normalized(r.email, tr("customer account's")));
        HD_TRY(MailText::checkLine(r.name,
                                   n.requesterName.trimmed().isEmpty()
                                       ? tr("requester's name (from the customer account)")
                                       : tr("requester's name"),
                                   MailText::Rules::Entered));
    }
    return r;
}

Result<void> TicketActions::checkNew(const NewTicket &n)
{
    // What is stored here is mailed to the customer later: refuse now, with the mail builder's
    // own rules, what could never be sent (MailText, MailAddress).
    HD_TRY(checkText(n.subject, tr("The subject"), 300));
    HD_TRY(MailText::checkLine(n.subject, tr("subject"), MailText::Rules::Entered));
    HD_TRY(MailText::checkLine(n.requesterName, tr("requester's name"), MailText::Rules::Entered));
    HD_TRY(MailText::checkBody(n.body, tr("first message")));
    const QString given = n.requester.trimmed();
    if (given.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The requester is empty. Enter the customer's email address or the "
                              "name of their account."));
    const bool looksLikeEmail = given.contains(u'@');
    HD_TRY(MailText::checkLine(n.requester,
                               looksLikeEmail ? tr("requester's address") : tr("requester"),
                               MailText::Rules::Entered));
    if (looksLikeEmail)
        HD_TRY(MailAddress::normalized(given, tr("requester's")));

    return {};
}

Result<Ticket> TicketActions::create(const NewTicket &n)
{
    return m_write.run([&](Recorder &record) { return createIn(record, n); });
}

Result<Ticket> TicketActions::createIn(Recorder &record, const NewTicket &n)
{
    HD_TRY(checkNew(n));
    HD_TRY_ASSIGN(const Requester r, requester(n));
    HD_TRY_ASSIGN(const SlaConfig sla, SlaConfigStore(m_db).load());
    const QDateTime createdAt = fromEpochMs(QVariant::fromValue(m_now));
    SlaClock clock;
    (void)clock.start(createdAt);
    const SlaConfig::Due due = sla.dueFor(n.priority, n.category, createdAt, clock);
    HD_TRY_ASSIGN(
        QSqlQuery inserted,
        Database::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO tickets (subject, requester_email, requester_name, account_id, "
                "category, priority, status, channel, created_at, updated_at, "
                "first_response_due, resolution_due, sla_segments) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {n.subject.trimmed(), r.email, r.name, nullableId(r.accountId),
             Vocabulary::key(n.category), int(n.priority), Vocabulary::key(TicketStatus::New),
             Vocabulary::key(n.channel), QVariant::fromValue(m_now), QVariant::fromValue(m_now),
             toEpochMs(due.firstResponse), toEpochMs(due.resolution), clockJson(clock)}));
    if (!inserted.next())
        return Error::make(Error::Code::DatabaseQuery, tr("Creating the ticket failed."));
    const qint64 id = inserted.value(0).toLongLong();
    inserted.finish(); // SQLite cannot commit while a RETURNING statement is open

    Change c;
    c.eventKind = TicketEventKind::Created;
    c.eventBody = n.body.trimmed();
    c.eventData = n.data;
    c.eventData.insert(QStringLiteral("channel"), Vocabulary::key(n.channel));
    c.eventData.insert(QStringLiteral("category"), Vocabulary::key(n.category));
    c.eventData.insert(QStringLiteral("priority"), Vocabulary::key(n.priority));
    c.auditAction = QStringLiteral("create");
    return recordChange(record, id, c);
}

Error TicketActions::conflictError(const Ticket &current) const
{
    // Name who changed it last, so the agent knows whom to talk to.
    const auto last = TimelineStore(m_db).lastAuthorName(current.id);
    const QString who = last ? last.value() : QString();
    const QString when = QLocale().toString(current.updatedAt.toLocalTime(), QLocale::ShortFormat);
    return Error::make(Error::Code::Conflict,
                       who.isEmpty()
                           ? tr("Ticket %1 was changed by someone else at %2 after you opened it. "
                                "Nothing was overwritten: reload it and apply your change again, "
                                "or discard your change.")
                                 .arg(ticketNumberText(current.id), when)
                           : tr("%1 changed ticket %2 at %3 after you opened it. Nothing was "
                                "overwritten: reload it and apply your change again, or discard "
                                "your change.")
                                 .arg(who, ticketNumberText(current.id), when));
}

template <typename Plan>
Result<Ticket> TicketActions::mutate(qint64 id, int expectedVersion, Plan plan)
{
    return m_write.run([&] { return TicketStore(m_db).ticket(id); },
                       [&](const Ticket &current) -> Result<void> {
                           if (current.version != expectedVersion)
                               return conflictError(current);
                           return {};
                       },
                       [&](Recorder &record, const Ticket &current) -> Result<Ticket> {
                           HD_TRY_ASSIGN(const Change change, plan(current));
                           HD_TRY(update(id, expectedVersion, change));
                           return recordChange(record, id, change);
                       });
}

Result<void> TicketActions::update(qint64 id, int expectedVersion, const Change &change)
{
    QString sql = QStringLiteral("UPDATE tickets SET version = version + 1, updated_at = ?");
    QVariantList values{QVariant::fromValue(m_now)};
    for (const QString &column : std::as_const(change.columns))
        sql += QStringLiteral(", ") + column;
    values += change.values;
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    values << QVariant::fromValue(id) << expectedVersion;
    HD_TRY_ASSIGN(const QSqlQuery updated, Database::exec(m_db, sql, values));
    if (updated.numRowsAffected() != 1) {
        // Someone committed between our read and our write (possible on PostgreSQL).
        HD_TRY_ASSIGN(const Ticket fresh, TicketStore(m_db).ticket(id));
        return conflictError(fresh);
    }
    return {};
}

Result<Ticket> TicketActions::recordChange(Recorder &record, qint64 id, const Change &change)
{
    HD_TRY_ASSIGN(const qint64 eventId,
                  record.event(id, change.eventKind, change.eventBody, change.eventData));
    HD_TRY(record.audit(QStringLiteral("ticket"), id, change.auditAction, change.eventData));
    HD_TRY_ASSIGN(Ticket fresh, TicketStore(m_db).ticket(id));
    if (change.eventKind == TicketEventKind::Reply && m_mailHook)
        HD_TRY(m_mailHook->replyAdded(record, fresh, eventId, change.eventBody, m_actor));
    m_recordedEventId = eventId;
    record.afterCommit([this, eventId] { m_lastEventId = eventId; });
    return fresh;
}

Result<void> TicketActions::slaColumns(const Ticket &t, TicketStatus to, TicketPriority priority,
                                       TicketCategory category, Change &c)
{
    HD_TRY_ASSIGN(const SlaConfig sla, SlaConfigStore(m_db).load());
    SlaClock clock = SlaConfig::clockOf(t.slaSegments, t.createdAt);
    const QDateTime now = fromEpochMs(QVariant::fromValue(m_now));
    const bool wasPaused = t.status == TicketStatus::PendingCustomer;
    const bool wasStopped = t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed;
    const bool toPaused = to == TicketStatus::PendingCustomer;
    const bool toStopped = to == TicketStatus::Resolved || to == TicketStatus::Closed;
    // The clock runs while support has the next move, pauses while the customer has it and
    // stops at resolution. A clock error (history recorded out of order) must not block the
    // agent: the due time is then recomputed from what is recorded.
    if (toPaused && !wasPaused && !wasStopped)
        (void)clock.pause(now);
    else if (toStopped && !wasStopped)
        (void)clock.stop(now);
    else if (!toPaused && !toStopped && (wasPaused || wasStopped))
        (void)clock.resume(now);
    const SlaConfig::Due due = sla.dueFor(priority, category, t.createdAt, clock);
    c.columns << QStringLiteral("first_response_due = ?") << QStringLiteral("resolution_due = ?")
              << QStringLiteral("sla_segments = ?");
    c.values << toEpochMs(due.firstResponse) << toEpochMs(due.resolution) << clockJson(clock);
    return {};
}

Result<Ticket> TicketActions::take(qint64 id, int expectedVersion)
{
    auto result = mutate(id, expectedVersion, [this](const Ticket &t) -> Result<Change> {
        if (t.assigneeId && *t.assigneeId == m_actor.id)
            return Error::make(Error::Code::InvalidInput, tr("You already have this ticket."));
        if (t.assigneeId)
            return Error::make(Error::Code::Conflict,
                               tr("%1 already has this ticket. Ask them, or a team lead, to "
                                  "reassign it.")
                                   .arg(t.assigneeName));
        if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
            return Error::make(Error::Code::InvalidInput,
                               tr("Ticket %1 is %2; reopen it before taking it.")
                                   .arg(ticketNumberText(t.id), Vocabulary::label(t.status)));
        Change c;
        c.columns << QStringLiteral("assignee_id = ?") << QStringLiteral("assigned_at = ?");
        c.values << QVariant::fromValue(m_actor.id) << QVariant::fromValue(m_now);
        QJsonObject data{{QStringLiteral("to"), m_actor.login}};
        if (t.status == TicketStatus::New) {
            c.columns << QStringLiteral("status = ?");
            c.values << Vocabulary::key(TicketStatus::Open);
            data.insert(QStringLiteral("status"), Vocabulary::key(TicketStatus::Open));
        }
        c.eventKind = TicketEventKind::Assignment;
        c.eventBody = tr("%1 took the ticket.").arg(m_actor.displayName);
        c.eventData = data;
        c.auditAction = QStringLiteral("take");
        return c;
    });
    if (!result && result.error().code == Error::Code::Conflict) {
        // Lost a race: say who won rather than a generic conflict.
        auto now = TicketStore(m_db).ticket(id);
        if (now && now.value().assigneeId && *now.value().assigneeId != m_actor.id)
            return Error::make(Error::Code::Conflict,
                               tr("%1 already has this ticket. Ask them, or a team lead, to "
                                  "reassign it.")
                                   .arg(now.value().assigneeName));
    }
    return result;
}

Result<Ticket> TicketActions::assign(qint64 id, int expectedVersion, std::optional<qint64> staffId)
{
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        if (t.assigneeId && *t.assigneeId != m_actor.id && m_actor.role == StaffRole::Agent)
            return Error::make(Error::Code::PermissionDenied,
                               tr("%1 holds this ticket; only they or a team lead can reassign it.")
                                   .arg(t.assigneeName));
        if (t.assigneeId == staffId)
            return Error::make(Error::Code::InvalidInput,
                               tr("The ticket is already assigned that way."));
        QString toName;
        if (staffId) {
            HD_TRY_ASSIGN(
                auto name,
                Database::scalar(
                    m_db,
                    QStringLiteral("SELECT display_name FROM staff WHERE id = ? AND active = ?"),
                    {QVariant::fromValue(*staffId), true}));
            if (name.isNull())
                return Error::make(Error::Code::NotFound,
                                   tr("That staff member does not exist or is inactive."));
            toName = name.toString();
        }
        Change c;
        c.columns << QStringLiteral("assignee_id = ?") << QStringLiteral("assigned_at = ?");
        c.values << nullableId(staffId)
                 << (staffId ? QVariant::fromValue(m_now)
                             : QVariant(QMetaType::fromType<qint64>()));
        c.eventKind = TicketEventKind::Assignment;
        c.eventBody = staffId ? tr("Assigned to %1.").arg(toName) : tr("Unassigned.");
        c.eventData = {
            {QStringLiteral("from"),
             t.assigneeId ? QJsonValue(double(*t.assigneeId)) : QJsonValue()},
            {QStringLiteral("to"), staffId ? QJsonValue(double(*staffId)) : QJsonValue()}};
        c.auditAction = QStringLiteral("assign");
        return c;
    });
}

Result<Ticket> TicketActions::setStatus(qint64 id, int expectedVersion, TicketStatus to,
                                        const QString &comment)
{
    HD_TRY(MailText::checkBody(comment, tr("comment")));
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        HD_TRY(Lifecycle::allowed(t.status, to, m_actor.role));
        const bool deEscalate = t.status == TicketStatus::Escalated && to == TicketStatus::Open;
        if (deEscalate && comment.trimmed().isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("De-escalating needs a comment saying why, for the agent who "
                                  "picks the ticket up."));
        Change c;
        c.columns << QStringLiteral("status = ?");
        c.values << Vocabulary::key(to);
        if (to == TicketStatus::Escalated)
            c.columns << QStringLiteral("escalation_level = escalation_level + 1");
        if (to == TicketStatus::Resolved) {
            c.columns << QStringLiteral("resolved_at = ?");
            c.values << QVariant::fromValue(m_now);
        } else if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed) {
            if (to == TicketStatus::Open)
                c.columns << QStringLiteral("resolved_at = NULL");
        }
        HD_TRY(slaColumns(t, to, t.priority, t.category, c));
        c.eventKind =
            to == TicketStatus::Escalated ? TicketEventKind::Escalation : TicketEventKind::Status;
        c.eventBody = comment.trimmed().isEmpty()
                          ? tr("Status changed from %1 to %2.")
                                .arg(Vocabulary::label(t.status), Vocabulary::label(to))
                          : comment.trimmed();
        c.eventData = {{QStringLiteral("from"), Vocabulary::key(t.status)},
                       {QStringLiteral("to"), Vocabulary::key(to)}};
        c.auditAction = QStringLiteral("status");
        return c;
    });
}

Result<Ticket> TicketActions::setPriority(qint64 id, int expectedVersion, TicketPriority priority)
{
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        if (t.priority == priority)
            return Error::make(Error::Code::InvalidInput,
                               tr("The priority is already %1.").arg(Vocabulary::label(priority)));
        Change c;
        c.columns << QStringLiteral("priority = ?");
        c.values << int(priority);
        HD_TRY(slaColumns(t, t.status, priority, t.category, c));
        c.eventKind = TicketEventKind::Priority;
        c.eventBody = tr("Priority changed from %1 to %2.")
                          .arg(Vocabulary::label(t.priority), Vocabulary::label(priority));
        c.eventData = {{QStringLiteral("from"), Vocabulary::key(t.priority)},
                       {QStringLiteral("to"), Vocabulary::key(priority)}};
        c.auditAction = QStringLiteral("priority");
        return c;
    });
}

Result<Ticket> TicketActions::setCategory(qint64 id, int expectedVersion, TicketCategory category)
{
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        if (t.category == category)
            return Error::make(Error::Code::InvalidInput,
                               tr("The category is already %1.").arg(Vocabulary::label(category)));
        Change c;
        c.columns << QStringLiteral("category = ?");
        c.values << Vocabulary::key(category);
        HD_TRY(slaColumns(t, t.status, t.priority, category, c));
        c.eventKind = TicketEventKind::Category;
        c.eventBody = tr("Category changed from %1 to %2.")
                          .arg(Vocabulary::label(t.category), Vocabulary::label(category));
        c.eventData = {{QStringLiteral("from"), Vocabulary::key(t.category)},
                       {QStringLiteral("to"), Vocabulary::key(category)}};
        c.auditAction = QStringLiteral("category");
        return c;
    });
}

Result<Ticket> TicketActions::reply(qint64 id, int expectedVersion, const QString &body)
{
    HD_TRY(checkText(body, tr("The reply"), 100000));
    HD_TRY(MailText::checkBody(body, tr("reply")));
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        if (t.status == TicketStatus::Closed)
            return Error::make(Error::Code::InvalidInput,
                               tr("Ticket %1 is closed; a team lead must reopen it before you "
                                  "reply.")
                                   .arg(ticketNumberText(t.id)));
        Change c;
        if (!t.firstRespondedAt.isValid()) {
            c.columns << QStringLiteral("first_responded_at = ?");
            c.values << QVariant::fromValue(m_now);
        }
        if (t.status == TicketStatus::New) {
            c.columns << QStringLiteral("status = ?");
            c.values << Vocabulary::key(TicketStatus::Open);
        }
        c.eventKind = TicketEventKind::Reply;
        c.eventBody = body.trimmed();
        c.eventData = {{QStringLiteral("to"), t.requesterEmail}};
        c.auditAction = QStringLiteral("reply");
        return c;
    });
}

Result<Ticket> TicketActions::note(qint64 id, int expectedVersion, const QString &body)
{
    HD_TRY(checkText(body, tr("The note"), 100000));
    HD_TRY(MailText::checkBody(body, tr("note")));
    return mutate(id, expectedVersion, [&](const Ticket &) -> Result<Change> {
        Change c;
        c.eventKind = TicketEventKind::Note;
        c.eventBody = body.trimmed();
        c.auditAction = QStringLiteral("note");
        return c;
    });
}

Result<CustomerMessageOutcome> TicketActions::customerMessageIn(Recorder &record, qint64 id,
                                                                const CustomerMessage &m)
{
    HD_TRY(checkText(m.body, tr("The customer's message"), 1'000'000));
    HD_TRY(MailText::checkBody(m.body, tr("customer's message")));
    if (Database::dialect(m_db) == Dialect::PostgreSQL) // SQLite's BEGIN IMMEDIATE locks already
        HD_TRY(Database::exec(m_db,
                              QStringLiteral("SELECT id FROM tickets WHERE id = ? FOR UPDATE"),
                              {QVariant::fromValue(id)}));
    HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(id));
    CustomerMessageOutcome out;
    out.before = t.status;
    Change c;
    const bool reopen =
        t.status == TicketStatus::PendingCustomer || t.status == TicketStatus::Resolved;
    if (reopen) {
        // The table's own rule ("customer replied", "reopen a resolved ticket").
        HD_TRY(Lifecycle::allowed(t.status, TicketStatus::Open, StaffRole::Agent));
        c.columns << QStringLiteral("status = ?");
        c.values << Vocabulary::key(TicketStatus::Open);
        if (t.status == TicketStatus::Resolved)
            c.columns << QStringLiteral("resolved_at = NULL");
        HD_TRY(slaColumns(t, TicketStatus::Open, t.priority, t.category, c));
    }
    c.columns << QStringLiteral("unread_since = COALESCE(unread_since, ?)");
    c.values << QVariant::fromValue(m_now);
    c.eventKind = TicketEventKind::CustomerReply;
    c.eventBody = m.body.trimmed();
    c.eventData = m.data;
    c.eventData.insert(QStringLiteral("channel"), Vocabulary::key(m.channel));
    if (!m.from.isEmpty())
        c.eventData.insert(QStringLiteral("from"), m.from);
    if (reopen)
        c.eventData.insert(QStringLiteral("reopened"), Vocabulary::key(t.status));
    c.auditAction = QStringLiteral("customer_message");
    HD_TRY(update(id, t.version, c));
    HD_TRY_ASSIGN(out.ticket, recordChange(record, id, c));
    out.reopened = reopen;
    out.eventId = m_recordedEventId;
    return out;
}

Result<CustomerMessageOutcome> TicketActions::logCustomerMessage(qint64 id, int expectedVersion,
                                                                 const CustomerMessage &message)
{
    return m_write.run(
        [&] { return TicketStore(m_db).ticket(id); },
        [&](const Ticket &current) -> Result<void> {
            if (current.version != expectedVersion)
                return conflictError(current);
            return {};
        },
        [&](Recorder &record, const Ticket &) { return customerMessageIn(record, id, message); });
}

Result<void> TicketActions::markRead(qint64 id)
{
    HD_TRY(Database::exec(m_db,
                          QStringLiteral("UPDATE tickets SET unread_since = NULL WHERE id = ? AND "
                                         "assignee_id = ? AND unread_since IS NOT NULL"),
                          {QVariant::fromValue(id), QVariant::fromValue(m_actor.id)}));
    return {};
}

} // namespace helpdesk
