#include "accounts/AccountStatusBadge.h"

#include "common/Colors.h"

namespace helpdesk {

AccountStatusBadge::AccountStatusBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("accountStatusBadge"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setStatus(AccountStatus::Active);
}

Colors::Tone AccountStatusBadge::tone(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return Colors::Tone::Success;
    case AccountStatus::Inactive:
        return Colors::Tone::Muted;
    case AccountStatus::PendingActivation:
        return Colors::Tone::Info;
    case AccountStatus::Locked:
        return Colors::Tone::Danger;
    case AccountStatus::Suspended:
        return Colors::Tone::Accent;
    }
    return Colors::Tone::Muted;
}

QColor AccountStatusBadge::color(AccountStatus status)
{
    // White text on it in every theme: the saturated tone, darkened where white would not read.
    return Colors::readable(Colors::base(tone(status)), QColor(Qt::white));
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
