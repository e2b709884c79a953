#include "ticket/TimelineText.h"

#include "vocabulary/EventKind.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace helpdesk {

void StaffNames::set(const QList<Staff> &staff)
{
    m_byId.clear();
    m_byLogin.clear();
    for (const Staff &member : staff) {
        m_byId.insert(member.id, member);
        m_byLogin.insert(member.login, member);
    }
}

QString StaffNames::name(const QJsonValue &idOrLogin) const
{
    if (idOrLogin.isDouble()) {
        const auto id = qint64(idOrLogin.toDouble());
        const auto it = m_byId.constFind(id);
        return it != m_byId.cend() ? it->displayName : tr("staff member %1").arg(id);
    }
    const QString login = idOrLogin.toString();
    const auto it = m_byLogin.constFind(login);
    return it != m_byLogin.cend() ? it->displayName : login;
}

QString TimelineText::author(const TicketEvent &event, const std::optional<Ticket> &ticket)
{
    if (event.staffId)
        return event.staffName.isEmpty() ? tr("Staff member") : event.staffName;
    // Without a staff member the customer wrote it, or the system did it.
    static const QStringList customerKinds = {QStringLiteral("created"), QStringLiteral("reply"),
                                              QStringLiteral("customer_reply")};
    if (customerKinds.contains(event.kind) && ticket)
        return ticket->requesterName.isEmpty() ? ticket->requesterEmail : ticket->requesterName;
    return tr("System");
}

QString TimelineText::text(const TicketEvent &e, const StaffNames &staff)
{
    const QJsonObject fields = QJsonDocument::fromJson(e.data.toUtf8()).object();
    // Delivery events are told in words of their own when the outbox recorded who it went to.
    const QString mailTo = fields.value(QLatin1String("to")).toString();
    if (e.kind == QLatin1String("mail_sent") && !mailTo.isEmpty())
        return fields.contains(QLatin1String("event_id")) ? tr("Reply emailed to %1").arg(mailTo)
                                                          : tr("Email sent to %1").arg(mailTo);
    if (e.kind == QLatin1String("mail_failed") && !mailTo.isEmpty()) {
        QString why = fields.value(QLatin1String("server_reply")).toString();
        if (why.isEmpty())
            why = fields.value(QLatin1String("error")).toString();
        return tr("Email to %1 could not be delivered: %2 — open the Outbox to retry.")
            .arg(mailTo, why);
    }
    if (!e.body.trimmed().isEmpty())
        return e.body;
    // Changes recorded without words are told from their data.
    const QJsonValue from = fields.value(QLatin1String("from"));
    const QJsonValue to = fields.value(QLatin1String("to"));
    const auto hasValue = [](const QJsonValue &v) { return !v.isNull() && !v.isUndefined(); };
    if (e.kind == QLatin1String("status") || e.kind == QLatin1String("escalation")) {
        const auto fromStatus = Vocabulary::statusFromKey(from.toString());
        const auto toStatus = Vocabulary::statusFromKey(to.toString());
        if (fromStatus && toStatus)
            return tr("Status: %1 → %2")
                .arg(Vocabulary::label(*fromStatus), Vocabulary::label(*toStatus));
        if (toStatus)
            return tr("Status: %1").arg(Vocabulary::label(*toStatus));
        return {};
    }
    if (e.kind == QLatin1String("assignment")) {
        QString text;
        if (hasValue(from) && hasValue(to))
            text = tr("Reassigned from %1 to %2").arg(staff.name(from), staff.name(to));
        else if (hasValue(to))
            text = tr("Assigned to %1").arg(staff.name(to));
        else if (hasValue(from))
            text = tr("Unassigned (was %1)").arg(staff.name(from));
        else
            text = tr("Unassigned");
        if (const auto status =
                Vocabulary::statusFromKey(fields.value(QLatin1String("status")).toString()))
            text += u'\n' + tr("Status: %1").arg(Vocabulary::label(*status));
        return text;
    }
    if (e.kind == QLatin1String("priority")) {
        const auto a = Vocabulary::priorityFromKey(from.toString());
        const auto b = Vocabulary::priorityFromKey(to.toString());
        if (a && b)
            return tr("Priority: %1 → %2").arg(Vocabulary::label(*a), Vocabulary::label(*b));
        return {};
    }
    if (e.kind == QLatin1String("category")) {
        const auto a = Vocabulary::categoryFromKey(from.toString());
        const auto b = Vocabulary::categoryFromKey(to.toString());
        if (a && b)
            return tr("Category: %1 → %2").arg(Vocabulary::label(*a), Vocabulary::label(*b));
        return {};
    }
    if (e.kind == QLatin1String("created")) {
        if (const auto channel =
                Vocabulary::channelFromKey(fields.value(QLatin1String("channel")).toString()))
            return tr("Opened via %1").arg(Vocabulary::label(*channel));
    }
    return {};
}

} // namespace helpdesk
