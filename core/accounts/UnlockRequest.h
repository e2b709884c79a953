#pragma once
// A request to lift a security lock, and the decision on it (four eyes: the decider is a
// different staff member with the lead role).

#include <QDateTime>
#include <QString>

#include <optional>

namespace helpdesk {

enum class UnlockRequestStatus { Pending, Approved, Rejected, Cancelled };

namespace UnlockRequestStatuses {
QString key(UnlockRequestStatus status);
std::optional<UnlockRequestStatus> fromKey(const QString &key);
QString label(UnlockRequestStatus status); // translated
} // namespace UnlockRequestStatuses

struct UnlockRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> ticketId;
    qint64 requestedById = 0;
    QString requestedByName;
    QDateTime requestedAt;
    QString reason;
    UnlockRequestStatus status = UnlockRequestStatus::Pending;
    std::optional<qint64> decidedById;
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionNote;
};

} // namespace helpdesk
