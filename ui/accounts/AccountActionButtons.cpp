#include "accounts/AccountActionButtons.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpdesk {

const QList<AccountAction> &AccountActionButtons::order()
{
    static const QList<AccountAction> buttons = {
        AccountAction::SendResetLink,
        AccountAction::SendActivationLink,
        AccountAction::LockNow,
        AccountAction::Unlock,
        AccountAction::RecordVerification,
        AccountAction::MarkEmailVerified,
        AccountAction::RevokeTokens,
    };
    return buttons;
}

AccountActionButtons::AccountActionButtons(const QHash<int, QAction *> &actions, QAction *forwarded,
                                           QMenu *menu, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountActionButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *caption = new QLabel(tr("Actions"), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    header->addWidget(caption, 1);
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("accountMoreActions"));
    more->setText(tr("All Actions"));
    more->setMenu(menu);
    more->setPopupMode(QToolButton::InstantPopup);
    more->setAutoRaise(true);
    header->addWidget(more);
    layout->addLayout(header);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    int i = 0;
    for (AccountAction a : order()) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("button_") + AccountActionKeys::key(a));
        connect(button, &QPushButton::clicked, actions.value(int(a)), &QAction::trigger);
        m_buttons.insert(int(a), button);
        grid->addWidget(button, i / 2, i % 2);
        ++i;
    }
    auto *check = new QPushButton(tr("Check Forwarded Email…"), this);
    check->setObjectName(QStringLiteral("button_check_forwarded"));
    check->setToolTip(forwarded->toolTip());
    connect(check, &QPushButton::clicked, forwarded, &QAction::trigger);
    grid->addWidget(check, i / 2, i % 2);
    layout->addLayout(grid);

    // Why the disabled ones are disabled: one visible line each.
    auto *reasons = new QVBoxLayout;
    reasons->setSpacing(2);
    for (AccountAction a : order()) {
        auto *reason = new QLabel(this);
        reason->setObjectName(QStringLiteral("reason_") + AccountActionKeys::key(a));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::RichText);
        reason->setForegroundRole(QPalette::PlaceholderText);
        QFont small = reason->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        reason->setFont(small);
        reason->hide();
        reasons->addWidget(reason);
        m_reasons.insert(int(a), reason);
    }
    layout->addLayout(reasons);
}

void AccountActionButtons::setState(AccountAction action, const AccountActionState &state)
{
    if (QPushButton *button = m_buttons.value(int(action))) {
        if (!state.text.isEmpty())
            button->setText(state.text);
        button->setEnabled(state.enabled);
        button->setToolTip(state.toolTip);
    }
    if (QLabel *line = m_reasons.value(int(action))) {
        line->setText(QStringLiteral("<b>%1:</b> %2")
                          .arg(QString(state.text).remove(u'…').toHtmlEscaped(),
                               state.reason.toHtmlEscaped()));
        line->setVisible(!state.reason.isEmpty());
    }
}

} // namespace helpdesk
