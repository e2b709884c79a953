#pragma once
// The ticket vocabularies (status, category, priority, channel): database keys
// ("pending_customer") and translated labels ("Pending customer"). Below tickets/ and sla/, which
// both speak them.

#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

enum class TicketStatus { New, Open, PendingCustomer, Escalated, Resolved, Closed };
enum class TicketCategory { Login, Recovery, Security, Other };
enum class TicketPriority { Low = 0, Normal = 1, High = 2, Urgent = 3 };
enum class TicketChannel { Phone, Email, Chat, Portal };

namespace Vocabulary {
QString key(TicketStatus s);
QString key(TicketCategory c);
QString key(TicketChannel c);
QString key(TicketPriority p);
std::optional<TicketStatus> statusFromKey(const QString &key);
std::optional<TicketCategory> categoryFromKey(const QString &key);
std::optional<TicketChannel> channelFromKey(const QString &key);
std::optional<TicketPriority> priorityFromKey(const QString &key);
QString label(TicketStatus s);
QString label(TicketCategory c);
QString label(TicketChannel c);
QString label(TicketPriority p);
QList<TicketStatus> allStatuses();
QList<TicketCategory> allCategories();
QList<TicketChannel> allChannels();
QList<TicketPriority> allPriorities();
// Statuses a ticket can still be worked in.
QList<TicketStatus> openStatuses();
} // namespace Vocabulary

} // namespace helpdesk
