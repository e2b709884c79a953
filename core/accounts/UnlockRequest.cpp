#include "accounts/UnlockRequest.h"

#include <QCoreApplication>

namespace helpdesk {

namespace UnlockRequestStatuses {

QString key(UnlockRequestStatus status)
{
    switch (status) {
    case UnlockRequestStatus::Pending:
        return QStringLiteral("pending");
    case UnlockRequestStatus::Approved:
        return QStringLiteral("approved");
    case UnlockRequestStatus::Rejected:
        return QStringLiteral("rejected");
    case UnlockRequestStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<UnlockRequestStatus> fromKey(const QString &k)
{
    for (auto s : {UnlockRequestStatus::Pending, UnlockRequestStatus::Approved,
                   UnlockRequestStatus::Rejected, UnlockRequestStatus::Cancelled})
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString label(UnlockRequestStatus status)
{
    switch (status) {
    case UnlockRequestStatus::Pending:
        return QCoreApplication::translate("UnlockRequest", "Waiting for a team lead");
    case UnlockRequestStatus::Approved:
        return QCoreApplication::translate("UnlockRequest", "Approved");
    case UnlockRequestStatus::Rejected:
        return QCoreApplication::translate("UnlockRequest", "Turned down");
    case UnlockRequestStatus::Cancelled:
        return QCoreApplication::translate("UnlockRequest", "Cancelled");
    }
    return {};
}

} // namespace UnlockRequestStatuses

} // namespace helpdesk
