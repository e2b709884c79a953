#include "vocabulary/TicketVocabulary.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Ticket", text);
}

template <typename E, typename F>
std::optional<E> fromKey(const QList<E> &all, const QString &k, F keyOf)
{
    for (E e : all)
        if (keyOf(e) == k)
            return e;
    return std::nullopt;
}
} // namespace

namespace Vocabulary {

QString key(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New:
        return QStringLiteral("new");
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::PendingCustomer:
        return QStringLiteral("pending_customer");
    case TicketStatus::Escalated:
        return QStringLiteral("escalated");
    case TicketStatus::Resolved:
        return QStringLiteral("resolved");
    case TicketStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString key(TicketCategory c)
{
    switch (c) {
    case TicketCategory::Login:
        return QStringLiteral("login");
    case TicketCategory::Recovery:
        return QStringLiteral("recovery");
    case TicketCategory::Security:
        return QStringLiteral("security");
    case TicketCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString key(TicketChannel c)
{
    switch (c) {
    case TicketChannel::Phone:
        return QStringLiteral("phone");
    case TicketChannel::Email:
        return QStringLiteral("email");
    case TicketChannel::Chat:
        return QStringLiteral("chat");
    case TicketChannel::Portal:
        return QStringLiteral("portal");
    }
    return {};
}

QString key(TicketPriority p)
{
    switch (p) {
    case TicketPriority::Low:
        return QStringLiteral("low");
    case TicketPriority::Normal:
        return QStringLiteral("normal");
    case TicketPriority::High:
        return QStringLiteral("high");
    case TicketPriority::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

std::optional<TicketStatus> statusFromKey(const QString &k)
{
    return fromKey(allStatuses(), k, [](TicketStatus s) { return key(s); });
}
std::optional<TicketCategory> categoryFromKey(const QString &k)
{
    return fromKey(allCategories(), k, [](TicketCategory c) { return key(c); });
}
std::optional<TicketChannel> channelFromKey(const QString &k)
{
    return fromKey(allChannels(), k, [](TicketChannel c) { return key(c); });
}
std::optional<TicketPriority> priorityFromKey(const QString &k)
{
    return fromKey(allPriorities(), k, [](TicketPriority p) { return key(p); });
}

QString label(TicketStatus s)
{
    switch (s) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Open:
        return tr("Open");
    case TicketStatus::PendingCustomer:
        return tr("Pending customer");
    case TicketStatus::Escalated:
        return tr("Escalated");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString label(TicketCategory c)
{
    switch (c) {
    case TicketCategory::Login:
        return tr("Login problem");
    case TicketCategory::Recovery:
        return tr("Account recovery");
    case TicketCategory::Security:
        return tr("Security concern");
    case TicketCategory::Other:
        return tr("Other");
    }
    return {};
}

QString label(TicketChannel c)
{
    switch (c) {
    case TicketChannel::Phone:
        return tr("Phone");
    case TicketChannel::Email:
        return tr("Email");
    case TicketChannel::Chat:
        return tr("Chat");
    case TicketChannel::Portal:
        return tr("Portal");
    }
    return {};
}

QString label(TicketPriority p)
{
    switch (p) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Normal:
        return tr("Normal");
    case TicketPriority::High:
        return tr("High");
    case TicketPriority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QList<TicketStatus> allStatuses()
{
    return {TicketStatus::New,       TicketStatus::Open,     TicketStatus::PendingCustomer,
            TicketStatus::Escalated, TicketStatus::Resolved, TicketStatus::Closed};
}
QList<TicketCategory> allCategories()
{
    return {TicketCategory::Login, TicketCategory::Recovery, TicketCategory::Security,
            TicketCategory::Other};
}
QList<TicketChannel> allChannels()
{
    return {TicketChannel::Phone, TicketChannel::Email, TicketChannel::Chat, TicketChannel::Portal};
}
QList<TicketPriority> allPriorities()
{
    return {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
            TicketPriority::Urgent};
}
QList<TicketStatus> openStatuses()
{
    return {TicketStatus::New, TicketStatus::Open, TicketStatus::PendingCustomer,
            TicketStatus::Escalated};
}

} // namespace Vocabulary

} // namespace helpdesk
