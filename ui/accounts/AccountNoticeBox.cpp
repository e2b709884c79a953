#include "accounts/AccountNoticeBox.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace helpdesk {

AccountNoticeBox::AccountNoticeBox(const QString &name, const Look &look, const QString &titleName,
                                   const QString &bodyName, QWidget *parent)
    : QFrame(parent), m_look(look), m_layout(new QVBoxLayout(this)), m_body(new QLabel(this))
{
    setObjectName(name);
    m_layout->setContentsMargins(look.margins);
    m_layout->setSpacing(look.spacing);
    if (look.titled) {
        m_title = new QLabel(this);
        m_title->setObjectName(titleName);
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        m_layout->addWidget(m_title);
    }
    m_body->setObjectName(bodyName);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_body);
    applyLook();
}

void AccountNoticeBox::applyLook()
{
    // The tint is mixed from the palette around the box (its own is the style sheet's), and
    // setting the style sheet changes the palette again: apply only what differs.
    if (m_applying)
        return;
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const Colors::Card card = Colors::card(m_look.tone, around);
    const QString sheet = QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; "
                                         "border-left: 4px solid %4; border-radius: 4px; }")
                              .arg(objectName(), Colors::html(card.background),
                                   Colors::html(card.border), Colors::html(card.accent));
    const QString title = QStringLiteral("color: %1;").arg(Colors::html(card.title));
    if (sheet == styleSheet() && (!m_title || m_title->styleSheet() == title))
        return;
    m_applying = true;
    // The labels' text is the palette's, readable on the tint; the title is the tone's.
    setStyleSheet(sheet);
    if (m_title)
        m_title->setStyleSheet(title);
    m_applying = false;
}

void AccountNoticeBox::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyLook();
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
