#include "accounts/AccountStatusBadge.h"

namespace helpdesk {

AccountStatusBadge::AccountStatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("accountStatusBadge"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setStatus(AccountStatus::Active);
}

QColor AccountStatusBadge::color(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return QColor(0x1b, 0x7a, 0x3d); // green
    case AccountStatus::Inactive:
        return QColor(0x6b, 0x72, 0x80); // grey
    case AccountStatus::PendingActivation:
        return QColor(0x1d, 0x5f, 0xc4); // blue
    case AccountStatus::Locked:
        return QColor(0xc0, 0x26, 0x1f); // red
    case AccountStatus::Suspended:
        return QColor(0x7a, 0x2e, 0x9c); // purple
    }
    return QColor(Qt::gray);
}

void AccountStatusBadge::setStatus(AccountStatus status)
{
    m_status = status;
    const QString label = AccountStatuses::label(status);
    setText(label.toUpper());
    setAccessibleName(tr("Account status: %1").arg(label));
    setToolTip(tr("Account status: %1").arg(label));
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 10px;"
                                 " padding: 3px 12px; font-weight: bold; letter-spacing: 1px; }")
                      .arg(color(status).name()));
}

} // namespace helpdesk
