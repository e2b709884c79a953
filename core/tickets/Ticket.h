#pragma once
// Ticket and TicketEvent value types and the vocabularies (status, category, priority, channel)
// shared by stores, models and the CLI.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace helpdesk {

enum class TicketStatus { New, Open, PendingCustomer, Escalated, Resolved, Closed };
enum class TicketCategory { Login, Recovery, Security, Other };
enum class TicketPriority { Low = 0, Normal = 1, High = 2, Urgent = 3 };
enum class TicketChannel { Phone, Email, Chat, Portal };

// Database keys ("pending_customer") and translated labels ("Pending customer").
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

// Ticket numbers are shown as "#123".
QString ticketNumberText(qint64 id);

struct Ticket
{
    qint64 id = 0;
    QString subject;
    QString requesterEmail;
    QString requesterName;
    std::optional<qint64> accountId;
    TicketCategory category = TicketCategory::Other;
    TicketPriority priority = TicketPriority::Normal;
    TicketStatus status = TicketStatus::New;
    TicketChannel channel = TicketChannel::Email;
    std::optional<qint64> assigneeId;
    QString assigneeName; // display name, filled by queries that join staff
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseDue;
    QDateTime firstRespondedAt;
    QDateTime resolutionDue;
    QDateTime resolvedAt;
    int escalationLevel = 0;
    int version = 1;
    QDateTime assignedAt; // when the current assignee got it
    QString slaSegments;  // JSON of the resolution clock's segments (SlaClock); may be empty
};

struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    std::optional<qint64> staffId;
    QString staffName;
    QString kind; // created, reply, note, status, assignment, priority, ...
    QString body;
    QString data; // JSON with the structured details of the change
};

// Milliseconds since the epoch <-> UTC QDateTime; null stays null.
QDateTime fromEpochMs(const QVariant &v);
QVariant toEpochMs(const QDateTime &dt);

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::Ticket)
