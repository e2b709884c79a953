#include "tickets/TicketQuery.h"

#include <QCoreApplication>

namespace helpdesk::Queues {

QList<QueueKind> all()
{
    return {QueueKind::MyOpen,    QueueKind::Unassigned,   QueueKind::AllOpen,
            QueueKind::Escalated, QueueKind::BreachingSla, QueueKind::Resolved,
            QueueKind::All};
}

QString label(QueueKind kind)
{
    const char *text = "";
    switch (kind) {
    case QueueKind::MyOpen:
        text = QT_TRANSLATE_NOOP("Queues", "My open tickets");
        break;
    case QueueKind::Unassigned:
        text = QT_TRANSLATE_NOOP("Queues", "Unassigned");
        break;
    case QueueKind::AllOpen:
        text = QT_TRANSLATE_NOOP("Queues", "All open");
        break;
    case QueueKind::Escalated:
        text = QT_TRANSLATE_NOOP("Queues", "Escalated");
        break;
    case QueueKind::BreachingSla:
        text = QT_TRANSLATE_NOOP("Queues", "Breaching SLA");
        break;
    case QueueKind::Resolved:
        text = QT_TRANSLATE_NOOP("Queues", "Resolved");
        break;
    case QueueKind::All:
        text = QT_TRANSLATE_NOOP("Queues", "All tickets");
        break;
    }
    return QCoreApplication::translate("Queues", text);
}

QString key(QueueKind kind)
{
    switch (kind) {
    case QueueKind::MyOpen:
        return QStringLiteral("my-open");
    case QueueKind::Unassigned:
        return QStringLiteral("unassigned");
    case QueueKind::AllOpen:
        return QStringLiteral("open");
    case QueueKind::Escalated:
        return QStringLiteral("escalated");
    case QueueKind::BreachingSla:
        return QStringLiteral("breaching");
    case QueueKind::Resolved:
        return QStringLiteral("resolved");
    case QueueKind::All:
        return QStringLiteral("all");
    }
    return {};
}

std::optional<QueueKind> fromKey(const QString &k)
{
    for (QueueKind q : all())
        if (key(q) == k)
            return q;
    return std::nullopt;
}

} // namespace helpdesk::Queues
