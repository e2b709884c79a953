#include "tickets/TicketActions.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "mail/MailAddress.h"
#include "mail/MailText.h"
#include "tickets/Lifecycle.h"
#include "tickets/SlaConfig.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

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

// The SQL drivers bind a null QString as NULL; text columns here are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs), m_mailHook(mailHook)
{}

Result<qint64> TicketActions::addEvent(qint64 ticketId, const QString &kind, const QString &body,
                                       const QJsonObject &data)
{
    auto q = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, body, data) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {QVariant::fromValue(ticketId), QVariant::fromValue(m_now),
         m_actor.id > 0 ? QVariant::fromValue(m_actor.id) : QVariant(QMetaType::fromType<qint64>()),
         kind, notNull(body), json(data)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::DatabaseQuery, tr("Recording the timeline event failed."));
    return q.value().value(0).toLongLong();
}

Result<Ticket> TicketActions::create(const NewTicket &n)
{
    // What is stored here is mailed to the customer later: refuse now, with the mail builder's
    // own rules, what could never be sent (MailText, MailAddress).
    if (auto st = checkText(n.subject, tr("The subject"), 300); !st)
        return st.error();
    if (auto st = MailText::checkLine(n.subject, tr("subject"), MailText::Rules::Entered); !st)
        return st.error();
    if (auto st =
            MailText::checkLine(n.requesterName, tr("requester's name"), MailText::Rules::Entered);
        !st)
        return st.error();
    if (auto st = MailText::checkBody(n.body, tr("first message")); !st)
        return st.error();
    const QString requester = n.requester.trimmed();
    if (requester.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The requester is empty. Enter the customer's email address or the "
                              "name of their account."));
    const bool looksLikeEmail = requester.contains(u'@');
    if (auto st = MailText::checkLine(n.requester,
                                      looksLikeEmail ? tr("requester's address") : tr("requester"),
                                      MailText::Rules::Entered);
        !st)
        return st.error();
    if (looksLikeEmail) {
        if (auto address = MailAddress::normalized(requester, tr("requester's")); !address)
            return address.error();
    }

    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();

    // Find the customer's account by email, or by name when the name is unambiguous.
    std::optional<qint64> accountId;
    QString email;
    QString name = n.requesterName.trimmed();
    auto found = Database::exec(
        m_db,
        looksLikeEmail
            ? QStringLiteral("SELECT id, email, display_name FROM accounts WHERE lower(email) = "
                             "lower(?)")
            : QStringLiteral("SELECT id, email, display_name FROM accounts WHERE "
                             "lower(display_name) = lower(?) LIMIT 2"),
        {requester});
    if (!found)
        return found.error();
    QList<std::tuple<qint64, QString, QString>> matches;
    while (found.value().next())
        matches.append({found.value().value(0).toLongLong(), found.value().value(1).toString(),
                        found.value().value(2).toString()});
    found.value().finish();
    if (matches.size() == 1) {
        accountId = std::get<0>(matches.first());
        email = std::get<1>(matches.first());
        if (name.isEmpty())
            name = std::get<2>(matches.first());
    } else if (looksLikeEmail) {
        email = requester;
        if (name.isEmpty())
            name = requester.section(u'@', 0, 0);
    } else if (matches.isEmpty()) {
        return Error::make(Error::Code::NotFound,
                           tr("No customer account is named \"%1\". Enter the customer's email "
                              "address instead.")
                               .arg(requester));
    } else {
        return Error::make(Error::Code::InvalidInput,
                           tr("Several customer accounts are named \"%1\". Enter the customer's "
                              "email address to choose one.")
                               .arg(requester));
    }

    if (accountId) {
        // The account's own address and name are stored data; they must be sendable too.
        if (auto address = MailAddress::normalized(email, tr("customer account's")); !address)
            return address.error();
        if (auto st = MailText::checkLine(name,
                                          n.requesterName.trimmed().isEmpty()
                                              ? tr("requester's name (from the customer account)")
                                              : tr("requester's name"),
                                          MailText::Rules::Entered);
            !st)
            return st.error();
    }

    auto sla = SlaConfig::load(m_db);
    if (!sla)
        return sla.error();
    Ticket draft;
    draft.priority = n.priority;
    draft.category = n.category;
    draft.createdAt = fromEpochMs(QVariant::fromValue(m_now));
    SlaClock clock;
    (void)clock.start(draft.createdAt);
    const SlaConfig::Due due = sla.value().dueFor(draft, clock);
    auto inserted = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, account_id, "
                       "category, priority, status, channel, created_at, updated_at, "
                       "first_response_due, resolution_due, sla_segments) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {n.subject.trimmed(), email, name, nullableId(accountId), Vocabulary::key(n.category),
         int(n.priority), Vocabulary::key(TicketStatus::New), Vocabulary::key(n.channel),
         QVariant::fromValue(m_now), QVariant::fromValue(m_now), toEpochMs(due.firstResponse),
         toEpochMs(due.resolution), clockJson(clock)});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::make(Error::Code::DatabaseQuery, tr("Creating the ticket failed."));
    const qint64 id = inserted.value().value(0).toLongLong();
    inserted.value().finish(); // SQLite cannot commit while a RETURNING statement is open

    QJsonObject data{{QStringLiteral("channel"), Vocabulary::key(n.channel)},
                     {QStringLiteral("category"), Vocabulary::key(n.category)},
                     {QStringLiteral("priority"), Vocabulary::key(n.priority)}};
    auto event = addEvent(id, QStringLiteral("created"), n.body.trimmed(), data);
    if (!event)
        return event.error();
    if (auto au = AuditLog::append(m_db, m_now, m_actor, QStringLiteral("ticket"), id,
                                   QStringLiteral("create"), data);
        !au)
        return au.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    m_lastEventId = event.value();
    return TicketStore(m_db).ticket(id);
}

Error TicketActions::conflictError(const Ticket &current) const
{
    // Name who changed it last, so the agent knows whom to talk to.
    QString who;
    auto last = Database::scalar(
        m_db,
        QStringLiteral("SELECT s.display_name FROM ticket_events e JOIN staff s ON s.id = "
                       "e.staff_id WHERE e.ticket_id = ? ORDER BY e.at DESC, e.id DESC LIMIT 1"),
        {QVariant::fromValue(current.id)});
    if (last && !last.value().toString().isEmpty())
        who = last.value().toString();
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
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = TicketStore(m_db).ticket(id);
    if (!loaded)
        return loaded.error();
    const Ticket &current = loaded.value();
    if (current.version != expectedVersion)
        return conflictError(current);

    Result<Change> planned = plan(current);
    if (!planned)
        return planned.error();
    Change change = planned.value();

    QString sql = QStringLiteral("UPDATE tickets SET version = version + 1, updated_at = ?");
    QVariantList values{QVariant::fromValue(m_now)};
    for (const QString &column : std::as_const(change.columns))
        sql += QStringLiteral(", ") + column;
    values += change.values;
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    values << QVariant::fromValue(id) << expectedVersion;
    auto updated = Database::exec(m_db, sql, values);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1) {
        // Someone committed between our read and our write (possible on PostgreSQL).
        tx.rollback();
        auto fresh = TicketStore(m_db).ticket(id);
        return fresh ? conflictError(fresh.value()) : fresh.error();
    }
    auto eventId = addEvent(id, change.eventKind, change.eventBody, change.eventData);
    if (!eventId)
        return eventId.error();
    if (auto au = AuditLog::append(m_db, m_now, m_actor, QStringLiteral("ticket"), id,
                                   change.auditAction, change.eventData);
        !au)
        return au.error();
    auto fresh = TicketStore(m_db).ticket(id);
    if (!fresh)
        return fresh.error();
    if (change.eventKind == QLatin1String("reply") && m_mailHook) {
        if (auto hooked = m_mailHook->replyAdded(m_db, fresh.value(), eventId.value(),
                                                 change.eventBody, m_actor);
            !hooked)
            return hooked.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    m_lastEventId = eventId.value();
    return fresh;
}

Result<void> TicketActions::slaColumns(const Ticket &t, TicketStatus to, TicketPriority priority,
                                       TicketCategory category, Change &c)
{
    auto sla = SlaConfig::load(m_db);
    if (!sla)
        return sla.error();
    SlaClock clock = SlaConfig::clockOf(t);
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
    Ticket after = t;
    after.priority = priority;
    after.category = category;
    const SlaConfig::Due due = sla.value().dueFor(after, clock);
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
        c.eventKind = QStringLiteral("assignment");
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
            auto name = Database::scalar(
                m_db, QStringLiteral("SELECT display_name FROM staff WHERE id = ? AND active = ?"),
                {QVariant::fromValue(*staffId), true});
            if (!name)
                return name.error();
            if (name.value().isNull())
                return Error::make(Error::Code::NotFound,
                                   tr("That staff member does not exist or is inactive."));
            toName = name.value().toString();
        }
        Change c;
        c.columns << QStringLiteral("assignee_id = ?") << QStringLiteral("assigned_at = ?");
        c.values << nullableId(staffId)
                 << (staffId ? QVariant::fromValue(m_now)
                             : QVariant(QMetaType::fromType<qint64>()));
        c.eventKind = QStringLiteral("assignment");
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
    if (auto st = MailText::checkBody(comment, tr("comment")); !st)
        return st.error();
    return mutate(id, expectedVersion, [&](const Ticket &t) -> Result<Change> {
        if (auto ok = Lifecycle::allowed(t.status, to, m_actor.role); !ok)
            return ok.error();
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
        if (auto slaSet = slaColumns(t, to, t.priority, t.category, c); !slaSet)
            return slaSet.error();
        c.eventKind =
            to == TicketStatus::Escalated ? QStringLiteral("escalation") : QStringLiteral("status");
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
        if (auto slaSet = slaColumns(t, t.status, priority, t.category, c); !slaSet)
            return slaSet.error();
        c.eventKind = QStringLiteral("priority");
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
        if (auto slaSet = slaColumns(t, t.status, t.priority, category, c); !slaSet)
            return slaSet.error();
        c.eventKind = QStringLiteral("category");
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
    if (auto st = checkText(body, tr("The reply"), 100000); !st)
        return st.error();
    if (auto st = MailText::checkBody(body, tr("reply")); !st)
        return st.error();
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
        c.eventKind = QStringLiteral("reply");
        c.eventBody = body.trimmed();
        c.eventData = {{QStringLiteral("to"), t.requesterEmail}};
        c.auditAction = QStringLiteral("reply");
        return c;
    });
}

Result<Ticket> TicketActions::note(qint64 id, int expectedVersion, const QString &body)
{
    if (auto st = checkText(body, tr("The note"), 100000); !st)
        return st.error();
    if (auto st = MailText::checkBody(body, tr("note")); !st)
        return st.error();
    return mutate(id, expectedVersion, [&](const Ticket &) -> Result<Change> {
        Change c;
        c.eventKind = QStringLiteral("note");
        c.eventBody = body.trimmed();
        c.auditAction = QStringLiteral("note");
        return c;
    });
}

} // namespace helpdesk
