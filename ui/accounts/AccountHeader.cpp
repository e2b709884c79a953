#include "accounts/AccountHeader.h"

#include "accounts/AccountStatusBadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace helpdesk {

AccountHeader::AccountHeader(QWidget *parent)
    : QWidget(parent), m_name(new QLabel(this)), m_email(new QLabel(this)),
      m_badge(new AccountStatusBadge(this))
{
    setObjectName(QStringLiteral("accountHeader"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *who = new QVBoxLayout;
    who->setSpacing(1);
    m_name->setObjectName(QStringLiteral("accountName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(QStringLiteral("accountEmail"));
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setForegroundRole(QPalette::PlaceholderText);
    who->addWidget(m_name);
    who->addWidget(m_email);
    layout->addLayout(who, 1);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
}

void AccountHeader::setAccount(const QString &displayName, const Account &account)
{
    m_name->setText(displayName);
    m_email->setText(account.email);
    m_badge->setStatus(account.status);
}

} // namespace helpdesk
