#pragma once
// The reply / internal note editor at the foot of the detail pane. What is typed stays with its
// ticket (and kind) while the agent looks at other tickets, and comes back with it, open if it
// was left open. It says what happens to a reply (emailed now, or once mail is set up); Ctrl+
// Return adds it, Esc closes the editor and keeps the text (editor.submit, editor.close).

#include "tickets/Ticket.h"

#include <QFrame>
#include <QHash>
#include <QPair>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class ReplyComposer : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Reply, Note };

    explicit ReplyComposer(QWidget *parent = nullptr);

    // The ticket written to from now on (0: none); the editor of the one before is put away with
    // its text, and this one's comes back if it was left open.
    void switchTicket(qint64 ticketId);
    // The ticket's details, for what the editor says (who the reply goes to).
    void setTicket(const std::optional<Ticket> &ticket);
    // Whether mail is set up: the reply is emailed now, or waits in the outbox.
    void setMailConfigured(bool configured);

    // Opens the editor for a reply or a note, with the text kept for it.
    void open(Kind kind);
    // Closes the editor and forgets its text (after it was added, or discarded).
    void discard();
    // Closes the editor, keeping its text for the next time.
    void putAway();
    bool isOpen() const { return !isHidden(); }
    Kind kind() const { return m_kind; }
    // While the text is being added: read-only, buttons off (no double submit).
    void setBusy(bool busy);
    void submit();

signals:
    void submitted(helpdesk::ReplyComposer::Kind kind, const QString &text);
    // The editor closed; hadFocus: it had the keyboard, which should go somewhere sensible.
    void closed(bool hadFocus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString text() const;
    void stashDraft();
    void hideEditor();
    void updateChrome();

    qint64 m_ticketId = 0;
    std::optional<Ticket> m_ticket;
    Kind m_kind = Kind::Reply;
    bool m_busy = false;
    bool m_mailConfigured = false;
    QHash<QPair<qint64, int>, QString> m_drafts; // (ticket, kind) -> unsent text
    QHash<qint64, Kind> m_leftOpen;              // tickets left with the editor open

    QLabel *m_title;
    QLabel *m_hint;
    QPlainTextEdit *m_edit;
    QPushButton *m_submit;
    QPushButton *m_discard;
};

} // namespace helpdesk
