#include "admin/TicketShowCommand.h"

#include "ingest/InboundStore.h"
#include "tickets/TicketStore.h"
#include "timeline/TimelineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helpdesk::admin::TicketShowCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(std::optional<qint64> id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

QString author(const TicketEvent &e, const QJsonObject &data)
{
    if (!e.staffName.isEmpty())
        return e.staffName;
    if (e.kind == QLatin1String("customer_reply") || e.kind == QLatin1String("created"))
        return data.value(QStringLiteral("from")).toString();
    return {};
}

int cmdTicketsShow(Context &ctx, const Invocation &inv)
{
    bool ok = false;
    QString given = inv.positional.isEmpty() ? QString() : inv.positional.constFirst();
    if (given.startsWith(u'#'))
        given.remove(0, 1);
    const qint64 number = given.toLongLong(&ok);
    if (!ok || number <= 0)
        return ctx.usage(tr("Give the ticket number, e.g. '%1 tickets show 1042'.").arg(Program));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto ticket = TicketStore(*db.value()).ticket(number);
    if (!ticket) {
        if (ticket.error().code == Error::Code::NotFound)
            return ctx.fail(Error::make(Error::Code::NotFound,
                                        tr("There is no ticket %1. 'tickets list' shows the "
                                           "numbers.")
                                            .arg(ticketNumberText(number))));
        return ctx.fail(ticket.error());
    }
    auto events = TimelineStore(*db.value()).events(number);
    if (!events)
        return ctx.fail(events.error());
    auto attachments = InboundStore(*db.value()).attachmentsOfTicket(number);
    if (!attachments)
        return ctx.fail(attachments.error());
    const Ticket &t = ticket.value();

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray timeline;
        for (const TicketEvent &e : events.value()) {
            const QJsonObject data = QJsonDocument::fromJson(e.data.toUtf8()).object();
            timeline.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                        {QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("at"), isoOrNull(e.at)},
                                        {QStringLiteral("author"), author(e, data)},
                                        {QStringLiteral("text"), e.body},
                                        {QStringLiteral("data"), data}});
        }
        QJsonArray files;
        for (const InboundAttachment &a : attachments.value())
            files.append(QJsonObject{{QStringLiteral("id"), double(a.id)},
                                     {QStringLiteral("name"), a.fileName},
                                     {QStringLiteral("type"), a.mimeType},
                                     {QStringLiteral("size"), double(a.size)},
                                     {QStringLiteral("inline"), a.inlinePart},
                                     {QStringLiteral("omitted"), a.omitted},
                                     {QStringLiteral("event"), idOrNull(a.eventId)}});
        const QJsonObject o{{QStringLiteral("number"), double(t.id)},
                            {QStringLiteral("subject"), t.subject},
                            {QStringLiteral("requester"), t.requesterEmail},
                            {QStringLiteral("requester_name"), t.requesterName},
                            {QStringLiteral("account"), idOrNull(t.accountId)},
                            {QStringLiteral("status"), Vocabulary::key(t.status)},
                            {QStringLiteral("category"), Vocabulary::key(t.category)},
                            {QStringLiteral("priority"), Vocabulary::key(t.priority)},
                            {QStringLiteral("channel"), Vocabulary::key(t.channel)},
                            {QStringLiteral("assignee"), t.assigneeName.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(t.assigneeName)},
                            {QStringLiteral("unread"), t.unreadSince.isValid()},
                            {QStringLiteral("created_at"), isoOrNull(t.createdAt)},
                            {QStringLiteral("updated_at"), isoOrNull(t.updatedAt)},
                            {QStringLiteral("resolution_due"), isoOrNull(t.resolutionDue)},
                            {QStringLiteral("version"), t.version},
                            {QStringLiteral("events"), timeline},
                            {QStringLiteral("attachments"), files}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return AdminCli::Success;
    }

    ctx.out << ticketNumberText(t.id) << QStringLiteral("  ") << t.subject << u'\n'
            << tr("Requester: %1 <%2>").arg(t.requesterName, t.requesterEmail) << u'\n'
            << tr("Status: %1   Category: %2   Priority: %3   Channel: %4")
                   .arg(Vocabulary::label(t.status), Vocabulary::label(t.category),
                        Vocabulary::label(t.priority), Vocabulary::label(t.channel))
            << u'\n'
            << tr("Assignee: %1").arg(t.assigneeName.isEmpty() ? tr("nobody") : t.assigneeName)
            << (t.unreadSince.isValid() ? QStringLiteral("   ") + tr("(unread customer message)")
                                        : QString())
            << u'\n' << u'\n';
    for (const TicketEvent &e : events.value()) {
        const QJsonObject data = QJsonDocument::fromJson(e.data.toUtf8()).object();
        const QString who = author(e, data);
        ctx.out << e.at.toUTC().toString(Qt::ISODate) << QStringLiteral("  ")
                << Vocabulary::eventKindLabel(e.kind)
                << (who.isEmpty() ? QString() : QStringLiteral(" (") + who + u')') << u'\n';
        for (const QString &line : e.body.split(u'\n'))
            ctx.out << QStringLiteral("    ") << line << u'\n';
    }
    if (!attachments->isEmpty()) {
        ctx.out << u'\n' << tr("Attachments:") << u'\n';
        for (const InboundAttachment &a : attachments.value())
            ctx.out << QStringLiteral("  ") << a.id << u'\t' << a.fileName << u'\t' << a.mimeType
                    << u'\t' << a.size
                    << (a.omitted ? QStringLiteral("\t") + tr("(over the size limit, not kept)")
                                  : QString())
                    << u'\n';
    }
    ctx.out.flush();
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("tickets"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("AdminCli", "Show a ticket with its timeline events (kind, time, "
                                       "author, text) and the attachments of the mail it "
                                       "received."),
         {{QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON object instead of text.")}},
         cmdTicketsShow,
         QStringLiteral("NUMBER")},
    };
}

} // namespace helpdesk::admin::TicketShowCommand
