#include "ticket/TimelineText.h"

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

QString TimelineText::kindLabel(const QString &kind)
{
    static const struct
    {
        const char *key;
        const char *label;
    } known[] = {
        {"created", QT_TRANSLATE_NOOP("TicketEvents", "Created")},
        {"reply", QT_TRANSLATE_NOOP("TicketEvents", "Reply")},
        {"customer_reply", QT_TRANSLATE_NOOP("TicketEvents", "Customer reply")},
        {"note", QT_TRANSLATE_NOOP("TicketEvents", "Internal note")},
        {"status", QT_TRANSLATE_NOOP("TicketEvents", "Status change")},
        {"assignment", QT_TRANSLATE_NOOP("TicketEvents", "Assignment")},
        {"priority", QT_TRANSLATE_NOOP("TicketEvents", "Priority change")},
        {"category", QT_TRANSLATE_NOOP("TicketEvents", "Category change")},
        {"mail_sent", QT_TRANSLATE_NOOP("TicketEvents", "Email sent")},
        {"mail_failed", QT_TRANSLATE_NOOP("TicketEvents", "Email not sent")},
        {"escalation", QT_TRANSLATE_NOOP("TicketEvents", "Escalation")},
        {"sla_breach", QT_TRANSLATE_NOOP("TicketEvents", "SLA breach")},
        {"wizard_step", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting step")},
        {"wizard_started", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting started")},
        {"wizard_paused", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting paused")},
        {"wizard_resumed", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting resumed")},
        {"wizard_abandoned", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting abandoned")},
        {"wizard_email_steps", QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting steps emailed")},
        {"account_action", QT_TRANSLATE_NOOP("TicketEvents", "Account action")},
        {"mail", QT_TRANSLATE_NOOP("TicketEvents", "Email sent")},
        {"account_link_sent", QT_TRANSLATE_NOOP("TicketEvents", "Account link sent")},
        {"account_locked", QT_TRANSLATE_NOOP("TicketEvents", "Account locked")},
        {"account_unlocked", QT_TRANSLATE_NOOP("TicketEvents", "Account unlocked")},
        {"account_unlock_requested", QT_TRANSLATE_NOOP("TicketEvents", "Unlock requested")},
        {"account_unlock_approved", QT_TRANSLATE_NOOP("TicketEvents", "Unlock approved")},
        {"account_unlock_rejected", QT_TRANSLATE_NOOP("TicketEvents", "Unlock turned down")},
        {"account_links_revoked", QT_TRANSLATE_NOOP("TicketEvents", "Account links revoked")},
        {"account_email_verified", QT_TRANSLATE_NOOP("TicketEvents", "Email address verified")},
        {"identity_check", QT_TRANSLATE_NOOP("TicketEvents", "Identity check")},
    };
    for (const auto &k : known)
        if (kind == QLatin1String(k.key))
            return QCoreApplication::translate("TicketEvents", k.label);
    // Unknown kinds still read as words: "password_reset" -> "Password reset".
    QString text = kind;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
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
