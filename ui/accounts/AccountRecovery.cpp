#include "accounts/AccountRecovery.h"

#include "accounts/AccountActionButtons.h"
#include "accounts/AccountNoticeBox.h"
#include "common/TimeText.h"
#include "tickets/Ticket.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

AccountRecovery::AccountRecovery(QWidget *parent)
    : QWidget(parent),
      m_verification(new AccountNoticeBox(QStringLiteral("accountVerificationBox"),
                                          {Colors::Tone::Muted, false, QMargins(10, 6, 10, 6), 3},
                                          QString(), QStringLiteral("accountVerification"), this)),
      m_request(new AccountNoticeBox(QStringLiteral("accountRequestBox"),
                                     {Colors::Tone::Info, false, QMargins(10, 7, 10, 7), 4},
                                     QString(), QStringLiteral("accountUnlockRequest"), this)),
      m_approve(new QPushButton(tr("Approve…"), m_request)),
      m_reject(new QPushButton(tr("Turn Down…"), m_request)), m_reason(new QLabel(m_request))
{
    setObjectName(QStringLiteral("accountRecovery"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_verification);
    layout->addWidget(m_request);

    m_approve->setObjectName(QStringLiteral("button_approve_unlock"));
    m_reject->setObjectName(QStringLiteral("button_reject_unlock"));
    connect(m_approve, &QPushButton::clicked, this, &AccountRecovery::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &AccountRecovery::rejectRequested);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    decide->addStretch(1);
    m_request->contentLayout()->addLayout(decide);
    m_reason->setObjectName(QStringLiteral("reason_approve_unlock"));
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_request->contentLayout()->addWidget(m_reason);
}

void AccountRecovery::setOverview(const AccountOverview &o)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    // Identity verification on the ticket.
    if (o.ticketId && o.verification) {
        const VerificationState &v = *o.verification;
        // The tick in green on the box's own tint, readable in light and dark palettes.
        QPalette onCard = palette();
        onCard.setColor(QPalette::Window, Colors::card(Colors::Tone::Muted, palette()).background);
        const QColor ink = v.passed ? Colors::text(Colors::Tone::Success, onCard)
                                    : palette().color(QPalette::WindowText);
        const QString title =
            v.passed ? tr("✔ Identity verified on %1") : tr("Identity verification on %1");
        m_verification->setBody(QStringLiteral("<b style=\"color:%1\">%2</b><br/>%3")
                                    .arg(Colors::html(ink),
                                         esc(title.arg(ticketNumberText(*o.ticketId))),
                                         esc(v.summary)));
        m_verification->show();
    } else {
        m_verification->hide();
    }

    // A pending unlock request.
    if (o.pendingUnlock) {
        const UnlockRequest &r = *o.pendingUnlock;
        QString text = tr("<b>Unlock requested</b> by %1 · %2")
                           .arg(esc(r.requestedByName), esc(TimeText::dateTime(r.requestedAt)));
        if (!r.reason.isEmpty())
            text += QStringLiteral("<br/>“%1”").arg(esc(r.reason));
        if (r.ticketId)
            text += QStringLiteral("<br/>") +
                    tr("On %1. A team lead other than %2 decides.")
                        .arg(esc(ticketNumberText(*r.ticketId)), esc(r.requestedByName));
        else
            text += QStringLiteral("<br/>") +
                    tr("A team lead other than %1 decides.").arg(esc(r.requestedByName));
        m_request->setBody(text);
        m_request->show();
    } else {
        m_request->hide();
    }
    // Nothing to say takes no room at all.
    setVisible(!m_verification->isHidden() || !m_request->isHidden());
}

void AccountRecovery::setDecisionState(const AccountActionState &approve,
                                       const AccountActionState &reject)
{
    m_approve->setEnabled(approve.enabled);
    m_approve->setToolTip(approve.toolTip);
    m_reject->setEnabled(reject.enabled);
    m_reject->setToolTip(reject.toolTip);
    m_reason->setText(approve.reason);
    m_reason->setVisible(!approve.reason.isEmpty());
}

} // namespace helpdesk
