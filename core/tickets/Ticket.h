#pragma once
// Ticket and TicketEvent value types, shared by stores, models and the CLI; the vocabularies they
// use are in vocabulary/.

#include "common/EpochMs.h"
#include "timeline/TicketEvent.h"
#include "vocabulary/TicketVocabulary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace helpdesk {

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
    // Since when a customer's message waits unread by the assignee (invalid: nothing unread).
    QDateTime unreadSince;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::Ticket)
