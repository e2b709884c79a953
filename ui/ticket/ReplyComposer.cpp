#include "ticket/ReplyComposer.h"

#include "common/ActionCatalog.h"
#include "common/Colors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

ReplyComposer::ReplyComposer(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)), m_submit(new QPushButton(this)),
      m_discard(new QPushButton(tr("Discard"), this))
{
    setObjectName(QStringLiteral("composer"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_title->setObjectName(QStringLiteral("composerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("composerEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_edit->installEventFilter(this);
    m_title->setBuddy(m_edit);
    m_submit->setObjectName(QStringLiteral("composerSubmit"));
    m_submit->setDefault(true);
    m_discard->setObjectName(QStringLiteral("composerDiscard"));
    m_discard->setToolTip(tr("Throw the text away (%1 closes the editor and keeps it)")
                              .arg(ActionCatalog::keyText(u"editor.close")));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_submit);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    hide();
    connect(m_submit, &QPushButton::clicked, this, &ReplyComposer::submit);
    connect(m_discard, &QPushButton::clicked, this, &ReplyComposer::discard);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyComposer::updateChrome);
}

void ReplyComposer::switchTicket(qint64 ticketId)
{
    if (ticketId == m_ticketId)
        return;
    // An unsent reply stays with its ticket, and comes back when the ticket does.
    if (isOpen()) {
        stashDraft();
        if (ticketId > 0)
            m_leftOpen.insert(m_ticketId, m_kind);
        hideEditor();
    }
    m_ticketId = ticketId;
    m_ticket.reset();
    if (const auto open = m_leftOpen.constFind(ticketId); open != m_leftOpen.cend())
        this->open(*open);
}

void ReplyComposer::setTicket(const std::optional<Ticket> &ticket)
{
    m_ticket = ticket;
    updateChrome();
}

void ReplyComposer::setMailConfigured(bool configured)
{
    m_mailConfigured = configured;
    updateChrome();
}

QString ReplyComposer::text() const
{
    return m_edit->toPlainText();
}

void ReplyComposer::open(Kind kind)
{
    if (m_ticketId <= 0)
        return;
    if (isOpen() && kind != m_kind)
        stashDraft();
    if (!isOpen() || kind != m_kind) {
        m_kind = kind;
        m_edit->setPlainText(m_drafts.value({m_ticketId, int(kind)}));
        m_edit->moveCursor(QTextCursor::End);
    }
    m_leftOpen.remove(m_ticketId);
    updateChrome();
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void ReplyComposer::updateChrome()
{
    const bool reply = m_kind == Kind::Reply;
    m_title->setText(reply ? tr("&Reply to the customer") : tr("Internal &note"));
    // Say what happens to the reply: emailed now, or kept until mail is set up.
    const QString to = m_ticket ? m_ticket->requesterEmail : tr("the customer");
    m_hint->setText(
        !reply ? tr("Only staff see internal notes.")
        : m_mailConfigured
            ? tr("The reply is added to the ticket's timeline and emailed to %1.").arg(to)
            : tr("The reply is added to the ticket's timeline. It will be emailed to the "
                 "customer once mail is configured; until then it waits in the outbox."));
    m_submit->setText(reply ? tr("Add Reply") : tr("Add Note"));
    m_submit->setToolTip(ActionCatalog::keyText(u"editor.submit"));
    m_edit->setPlaceholderText(
        reply ? tr("Write to %1…")
                    .arg(m_ticket ? (m_ticket->requesterName.isEmpty() ? m_ticket->requesterEmail
                                                                       : m_ticket->requesterName)
                                  : tr("the customer"))
              : tr("A note for colleagues…"));
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : palette().color(QPalette::Window);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, reply ? window : Colors::mix(window, Colors::noteTint(), 0.18));
    setPalette(pal);
    setAutoFillBackground(!reply);
    m_edit->setReadOnly(m_busy);
    m_submit->setEnabled(!m_busy && !text().trimmed().isEmpty());
    m_discard->setEnabled(!m_busy);
}

void ReplyComposer::setBusy(bool busy)
{
    m_busy = busy;
    updateChrome();
}

void ReplyComposer::submit()
{
    if (!isOpen() || m_busy || text().trimmed().isEmpty())
        return;
    emit submitted(m_kind, text());
}

void ReplyComposer::stashDraft()
{
    if (!isOpen() || m_ticketId <= 0)
        return;
    const QString current = text();
    if (current.trimmed().isEmpty())
        m_drafts.remove({m_ticketId, int(m_kind)});
    else
        m_drafts.insert({m_ticketId, int(m_kind)}, current);
}

void ReplyComposer::hideEditor()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    m_edit->clear();
    emit closed(hadFocus);
}

void ReplyComposer::putAway()
{
    stashDraft();
    hideEditor();
}

void ReplyComposer::discard()
{
    m_drafts.remove({m_ticketId, int(m_kind)});
    m_leftOpen.remove(m_ticketId);
    hideEditor();
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"editor.submit", key)) {
            submit();
            return true;
        }
        if (ActionCatalog::matches(u"editor.close", key) && !m_busy) {
            // Esc closes the editor but keeps the text for the next reply.
            putAway();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace helpdesk
