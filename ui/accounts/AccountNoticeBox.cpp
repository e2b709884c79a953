#include "accounts/AccountNoticeBox.h"

#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace helpdesk {

AccountNoticeBox::AccountNoticeBox(const QString &name, const Look &look, const QString &titleName,
                                   const QString &bodyName, QWidget *parent)
    : QFrame(parent), m_layout(new QVBoxLayout(this)), m_body(new QLabel(this))
{
    setObjectName(name);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                 "border-left: 4px solid %4; border-radius: 4px; }")
                      .arg(name, look.background, look.border, look.accent));
    m_layout->setContentsMargins(look.margins);
    m_layout->setSpacing(look.spacing);
    if (!look.titleColor.isEmpty()) {
        m_title = new QLabel(this);
        m_title->setObjectName(titleName);
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        m_title->setStyleSheet(QStringLiteral("color: %1;").arg(look.titleColor));
        m_layout->addWidget(m_title);
    }
    m_body->setObjectName(bodyName);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_body);
}

void AccountNoticeBox::setTitle(const QString &title)
{
    if (m_title)
        m_title->setText(title);
}

void AccountNoticeBox::setBody(const QString &html)
{
    m_body->setText(html);
}

QString AccountNoticeBox::text() const
{
    if (isHidden())
        return {};
    const QString body = QTextDocumentFragment::fromHtml(m_body->text()).toPlainText();
    return m_title ? m_title->text() + u'\n' + body : body;
}

} // namespace helpdesk
