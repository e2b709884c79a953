#include "admin/TicketsCommand.h"

#include "db/Database.h"
#include "staff/StaffStore.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

namespace helpdesk::admin::TicketsCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(isoUtc(dt)) : QJsonValue(QJsonValue::Null);
}

QString elide(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    return text.left(width - 1) + QChar(0x2026);
}

int cmdTicketsList(Context &ctx, const Invocation &inv)
{
    TicketQuery query;
    query.sortColumn = TicketColumn::Updated;
    query.sortOrder = Qt::DescendingOrder;

    int exitCode = AdminCli::Success;
    const auto limit = parseNumber(ctx, inv, QStringLiteral("limit"), 50, 1, 1'000'000, &exitCode);
    if (!limit)
        return exitCode;
    if (inv.has(QStringLiteral("status"))) {
        const QString key = inv.value(QStringLiteral("status"));
        const auto status = Vocabulary::statusFromKey(key);
        if (!status) {
            QStringList keys;
            for (TicketStatus s : Vocabulary::allStatuses())
                keys << Vocabulary::key(s);
            return ctx.usage(tr("Unknown status '%1'. Use one of: %2.")
                                 .arg(key, keys.join(QStringLiteral(", "))));
        }
        query.status = status;
    }
    if (inv.has(QStringLiteral("queue"))) {
        const QString key = inv.value(QStringLiteral("queue"));
        const auto queue = Queues::fromKey(key);
        if (!queue) {
            QStringList keys;
            for (QueueKind q : Queues::all())
                keys << Queues::key(q);
            return ctx.usage(tr("Unknown queue '%1'. Use one of: %2.")
                                 .arg(key, keys.join(QStringLiteral(", "))));
        }
        query.queue = *queue;
        if (query.queue == QueueKind::MyOpen && !inv.has(QStringLiteral("assignee")))
            return ctx.usage(tr("The queue 'my-open' needs --assignee to say whose tickets."));
    }

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    StaffStore staffStore(*db.value());
    if (inv.has(QStringLiteral("assignee"))) {
        auto staff = staffStore.byLogin(inv.value(QStringLiteral("assignee")));
        if (!staff)
            return ctx.fail(staff.error());
        query.assigneeId = staff.value().id;
        query.currentStaffId = staff.value().id;
    }
    auto allStaff = staffStore.all();
    if (!allStaff)
        return ctx.fail(allStaff.error());
    QHash<qint64, QString> logins;
    for (const Staff &s : allStaff.value())
        logins.insert(s.id, s.login);

    auto tickets = TicketStore(*db.value()).firstPage(query, int(*limit));
    if (!tickets)
        return ctx.fail(tickets.error());

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Ticket &t : tickets.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("number"), t.id);
            o.insert(QStringLiteral("subject"), t.subject);
            o.insert(QStringLiteral("requester_email"), t.requesterEmail);
            o.insert(QStringLiteral("requester_name"), t.requesterName);
            o.insert(QStringLiteral("category"), Vocabulary::key(t.category));
            o.insert(QStringLiteral("priority"), Vocabulary::key(t.priority));
            o.insert(QStringLiteral("status"), Vocabulary::key(t.status));
            o.insert(QStringLiteral("channel"), Vocabulary::key(t.channel));
            o.insert(QStringLiteral("assignee"), t.assigneeId
                                                     ? QJsonValue(logins.value(*t.assigneeId))
                                                     : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("created_at"), isoOrNull(t.createdAt));
            o.insert(QStringLiteral("updated_at"), isoOrNull(t.updatedAt));
            o.insert(QStringLiteral("resolution_due"), isoOrNull(t.resolutionDue));
            rows.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return AdminCli::Success;
    }

    if (tickets.value().isEmpty()) {
        ctx.out << tr("No tickets match.") << Qt::endl;
        return AdminCli::Success;
    }
    QList<QStringList> table;
    table.append({tr("Number"), tr("Status"), tr("Priority"), tr("Assignee"), tr("Subject")});
    for (const Ticket &t : tickets.value())
        table.append({ticketNumberText(t.id), Vocabulary::label(t.status),
                      Vocabulary::label(t.priority),
                      t.assigneeId ? logins.value(*t.assigneeId) : QStringLiteral("-"),
                      elide(t.subject, 72)});
    QList<qsizetype> widths(table.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool lastColumn = c == row.size() - 1;
            line += lastColumn ? row.at(c) : row.at(c).leftJustified(widths[c] + 2);
        }
        ctx.out << line << u'\n';
    }
    ctx.out.flush();
    return AdminCli::Success;
}

int cmdTicketsCreate(Context &ctx, const Invocation &inv)
{
    NewTicket n;
    n.subject = inv.value(QStringLiteral("subject"));
    n.requester = inv.value(QStringLiteral("requester"));
    n.requesterName = inv.value(QStringLiteral("name"));
    n.body = inv.value(QStringLiteral("message"));
    if (n.subject.isEmpty() || n.requester.isEmpty())
        return ctx.usage(tr("tickets create needs --subject and --requester."));
    int exitCode = AdminCli::Success;
    const auto category =
        parseKey<TicketCategory>(ctx, inv, QStringLiteral("category"), TicketCategory::Other,
                                 Vocabulary::categoryFromKey, Vocabulary::allCategories, &exitCode);
    if (!category)
        return exitCode;
    const auto priority =
        parseKey<TicketPriority>(ctx, inv, QStringLiteral("priority"), TicketPriority::Normal,
                                 Vocabulary::priorityFromKey, Vocabulary::allPriorities, &exitCode);
    if (!priority)
        return exitCode;
    const auto channel =
        parseKey<TicketChannel>(ctx, inv, QStringLiteral("channel"), TicketChannel::Email,
                                Vocabulary::channelFromKey, Vocabulary::allChannels, &exitCode);
    if (!channel)
        return exitCode;
    n.category = *category;
    n.priority = *priority;
    n.channel = *channel;

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto actor = actingStaff(ctx, *db.value(), inv);
    if (!actor)
        return ctx.fail(actor.error());
    auto created =
        TicketActions(*db.value(), actor.value(), QDateTime::currentMSecsSinceEpoch()).create(n);
    if (!created)
        return ctx.fail(created.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("number"), created->id},
                      {QStringLiteral("status"), Vocabulary::key(created->status)},
                      {QStringLiteral("requester_email"), created->requesterEmail},
                      {QStringLiteral("account"), created->accountId.has_value()}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        ctx.out << tr("Created ticket %1 for %2.")
                       .arg(ticketNumberText(created->id), created->requesterEmail)
                << Qt::endl;
    }
    return AdminCli::Success;
}

// The ticket a reply or note is for: "1042" or "#1042". A usage error otherwise.
std::optional<qint64> ticketNumber(Context &ctx, const Invocation &inv, const QString &command,
                                   int *exitCode)
{
    if (inv.positional.isEmpty()) {
        *exitCode = ctx.usage(tr("tickets %1 needs the ticket number, e.g. '%2 tickets %1 1042 "
                                 "--as LOGIN --message TEXT'.")
                                  .arg(command, Program));
        return std::nullopt;
    }
    QString text = inv.positional.constFirst();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0) {
        *exitCode = ctx.usage(tr("'%1' is not a ticket number; give the number 'tickets list' "
                                 "shows, e.g. 1042.")
                                  .arg(inv.positional.constFirst()));
        return std::nullopt;
    }
    return number;
}

// The text of --message-file: a file, or standard input for "-". It must be UTF-8.
Result<QString> readMessageFile(const QString &path)
{
    const bool fromStdin = path == QLatin1String("-");
    QFile file(fromStdin ? QString() : path);
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::make(Error::Code::InvalidInput,
                           tr("Cannot read the message file %1: %2. Check the path and its "
                              "permissions.")
                               .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Code::InvalidInput,
                           tr("Reading the message from %1 failed: %2.")
                               .arg(fromStdin ? tr("standard input") : path, file.errorString()));
    // Stateless: a sequence cut off at the end is an error too, not state kept for more input.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Error::make(Error::Code::InvalidInput,
                           fromStdin ? tr("The message on standard input is not valid UTF-8; "
                                          "convert it to UTF-8 and try again.")
                                     : tr("The message file %1 is not valid UTF-8; save it as "
                                          "UTF-8 and try again.")
                                           .arg(path));
    return text;
}

// tickets reply / tickets note: the same steps, with or without the customer's mail.
int addToTimeline(Context &ctx, const Invocation &inv, bool publicReply)
{
    const QString command = publicReply ? QStringLiteral("reply") : QStringLiteral("note");
    int exitCode = AdminCli::Success;
    const auto number = ticketNumber(ctx, inv, command, &exitCode);
    if (!number)
        return exitCode;
    const bool inlineText = inv.has(QStringLiteral("message"));
    const bool fromFile = inv.has(QStringLiteral("message-file"));
    if (inlineText && fromFile)
        return ctx.usage(tr("Give the text either with --message or with --message-file, not "
                            "both."));
    if (!inlineText && !fromFile)
        return ctx.usage(tr("tickets %1 needs the text: --message TEXT, or --message-file FILE "
                            "('-' reads standard input).")
                             .arg(command));
    QString body = inv.value(QStringLiteral("message"));
    if (fromFile) {
        auto read = readMessageFile(inv.value(QStringLiteral("message-file")));
        if (!read)
            return ctx.fail(read.error());
        body = read.value();
    }

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto actor = actingStaff(ctx, *db.value(), inv);
    if (!actor)
        return ctx.fail(actor.error());
    // Act on the version loaded now; a change committed in between is a Conflict.
    auto ticket = TicketStore(*db.value()).ticket(*number);
    if (!ticket) {
        if (ticket.error().code == Error::Code::NotFound)
            return ctx.fail(Error::make(Error::Code::NotFound,
                                        tr("There is no ticket %1. 'tickets list' shows the "
                                           "numbers.")
                                            .arg(ticketNumberText(*number))));
        return ctx.fail(ticket.error());
    }

    std::optional<qint64> outboxId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    OutboxReplyHook hook([&outboxId](qint64 id) { outboxId = id; });
    TicketActions actions(*db.value(), actor.value(), now, &hook);
    auto done = publicReply ? actions.reply(*number, ticket->version, body)
                            : actions.note(*number, ticket->version, body);
    if (!done)
        return ctx.fail(done.error());

    if (inv.has(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("ticket"), *number},
                            {QStringLiteral("event"), actions.lastEventId()},
                            {QStringLiteral("outbox"),
                             outboxId ? QJsonValue(*outboxId) : QJsonValue(QJsonValue::Null)}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (!publicReply) {
        ctx.out << tr("Added an internal note to ticket %1; no email goes to the customer.")
                       .arg(ticketNumberText(*number))
                << Qt::endl;
    } else if (outboxId) {
        ctx.out << tr("Replied on ticket %1; the email to %2 is queued (outbox message %3).")
                       .arg(ticketNumberText(*number), done->requesterEmail,
                            QString::number(*outboxId))
                << Qt::endl;
    } else {
        ctx.out << tr("Replied on ticket %1; no email was queued.").arg(ticketNumberText(*number))
                << Qt::endl;
    }
    return AdminCli::Success;
}

int cmdTicketsReply(Context &ctx, const Invocation &inv)
{
    return addToTimeline(ctx, inv, true);
}

int cmdTicketsNote(Context &ctx, const Invocation &inv)
{
    return addToTimeline(ctx, inv, false);
}

} // namespace

QList<CommandSpec> commands()
{
    const QString number = QStringLiteral("NUMBER");
    return {
        {{QStringLiteral("tickets"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("AdminCli", "List tickets, most recently updated first."),
         {{QStringLiteral("status"), QStringLiteral("STATUS"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets in this status: new, open, "
                                         "pending_customer, escalated, resolved or closed.")},
          {QStringLiteral("assignee"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets assigned to this staff login.")},
          {QStringLiteral("queue"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets in this queue: my-open (with "
                                         "--assignee), unassigned, open, escalated, "
                                         "breaching, resolved or all.")},
          {QStringLiteral("limit"), QStringLiteral("N"),
           QT_TRANSLATE_NOOP("AdminCli", "Show at most N tickets (default 50).")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON array instead of a table.")}},
         cmdTicketsList},
        {{QStringLiteral("tickets"), QStringLiteral("create")},
         QT_TRANSLATE_NOOP("AdminCli", "Create a ticket, as the staff member given by --as."),
         {{QStringLiteral("subject"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "One-line summary (required).")},
          {QStringLiteral("requester"), QStringLiteral("EMAIL|NAME"),
           QT_TRANSLATE_NOOP("AdminCli", "The customer: an email address, or the name of a "
                                         "known account (required).")},
          {QStringLiteral("name"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "Display name for a new requester address.")},
          {QStringLiteral("category"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "login, recovery, security or other (default).")},
          {QStringLiteral("priority"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "low, normal (default), high or urgent.")},
          {QStringLiteral("channel"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "phone, email (default), chat or portal.")},
          {QStringLiteral("message"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The customer's message.")},
          {QStringLiteral("as"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Staff login making the change (on PostgreSQL the "
                                         "connection user by default).")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print the new ticket as JSON.")}},
         cmdTicketsCreate},
        {{QStringLiteral("tickets"), QStringLiteral("reply")},
         QT_TRANSLATE_NOOP("AdminCli", "Reply to the customer on a ticket, as the staff member "
                                       "given by --as: the reply goes on the timeline and the "
                                       "email to the requester is queued in the outbox (sent by "
                                       "a running app or 'outbox run')."),
         {{QStringLiteral("message"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The reply.")},
          {QStringLiteral("message-file"), QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("AdminCli", "Read the reply from a UTF-8 file; '-' reads standard "
                                         "input.")},
          {QStringLiteral("as"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Staff login making the change (on PostgreSQL the "
                                         "connection user by default).")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli",
                             "Print {\"ticket\":N,\"event\":ID,\"outbox\":ID} as JSON.")}},
         cmdTicketsReply,
         number},
        {{QStringLiteral("tickets"), QStringLiteral("note")},
         QT_TRANSLATE_NOOP("AdminCli", "Add an internal note to a ticket, as the staff member "
                                       "given by --as (no email is sent)."),
         {{QStringLiteral("message"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The note.")},
          {QStringLiteral("message-file"), QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("AdminCli", "Read the note from a UTF-8 file; '-' reads standard "
                                         "input.")},
          {QStringLiteral("as"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Staff login making the change (on PostgreSQL the "
                                         "connection user by default).")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli",
                             "Print {\"ticket\":N,\"event\":ID,\"outbox\":null} as JSON.")}},
         cmdTicketsNote,
         number},
    };
}

} // namespace helpdesk::admin::TicketsCommand
