#pragma once
// The reply / internal note editor at the foot of the detail pane. What is typed stays with its
// ticket (and kind) while the agent looks at other tickets, and comes back with it, open if it
// was left open. It says what happens to a reply (emailed now, or once mail is set up); Ctrl+
// Return adds it, Esc closes the editor and keeps the text (editor.submit, editor.close).
// Ctrl+K or typing :: opens the knowledge picker (editor.insertKnowledge): a canned reply,
// macro or article goes into the text at the cursor; a macro's changes are staged — shown under
// the text, undone with one click, made when the reply is sent — and the articles used are
// recorded with the reply. A placeholder left in the text ({{customer.name}}) blocks sending.

#include "knowledge/Macro.h"
#include "tickets/Ticket.h"

#include <QFrame>
#include <QHash>
#include <QPair>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class KnowledgeService;
struct KnowledgeInsert;

class ReplyComposer : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Reply, Note };

    // What the text took from the knowledge base: recorded and applied when it is sent.
    struct Staged
    {
        QList<qint64> articleIds;
        std::optional<MacroChanges> changes;
        QString macroTitle;
        bool isEmpty() const { return articleIds.isEmpty() && !changes; }
    };

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

    // The picker's source; without one, Ctrl+K and :: do nothing.
    void setKnowledge(KnowledgeService *knowledge) { m_knowledge = knowledge; }
    void openPicker();
    // Puts what the picker prepared into the text at the cursor (and stages a macro).
    void insert(const KnowledgeInsert &insert);
    // Takes back the last insertion: the text and what was staged as they were before it.
    void undoStaged();
    Staged staged() const { return m_staged.value(m_ticketId).staged; }

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
    void updateStaged();
    void showProblem(const QString &message);

    qint64 m_ticketId = 0;
    std::optional<Ticket> m_ticket;
    Kind m_kind = Kind::Reply;
    bool m_busy = false;
    bool m_mailConfigured = false;
    QHash<QPair<qint64, int>, QString> m_drafts; // (ticket, kind) -> unsent text
    QHash<qint64, Kind> m_leftOpen;              // tickets left with the editor open
    struct Insertions
    {
        Staged staged;
        QList<QPair<QString, Staged>> undo; // before each insertion: the text, what was staged
    };
    QHash<qint64, Insertions> m_staged; // ticket -> what its text took
    KnowledgeService *m_knowledge = nullptr;
    bool m_pickerOpen = false;

    QLabel *m_title;
    QLabel *m_hint;
    QPlainTextEdit *m_edit;
    QPushButton *m_submit;
    QPushButton *m_discard;
    QFrame *m_stagedBar;
    QLabel *m_stagedText;
    QPushButton *m_undo;
    QLabel *m_problem;
};

} // namespace helpdesk
