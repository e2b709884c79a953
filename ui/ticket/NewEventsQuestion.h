#pragma once
// The question before a change goes out on a ticket that got new timeline entries since the
// agent last saw it (a colleague's reply, the customer's answer, a status change): what came
// in, and whether to go ahead anyway or look first. The version check still refuses a change
// made on an outdated ticket; this makes the agent see why before it comes to that.

#include "tickets/Ticket.h"
#include "timeline/TicketEvent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QMessageBox;
class QPushButton;
class QWidget;

namespace helpdesk {

class NewEventsQuestion
{
    Q_DECLARE_TR_FUNCTIONS(NewEventsQuestion)
public:
    // The entries of `events` after lastSeenId that someone else made (not `me`), without the
    // mail delivery notes that follow one's own replies.
    static QList<TicketEvent> unseen(const QList<TicketEvent> &events, qint64 lastSeenId,
                                     std::optional<qint64> me);
    // One line an entry: when, who, what, and the start of the text.
    static QString describe(const QList<TicketEvent> &events, const std::optional<Ticket> &ticket);
    // The dialog (window modal, deleted on close); *goAhead is its "send anyway" button.
    // description: the agent's change ("Set the status to Resolved"); isText: a reply or note, kept
    // in the editor when the agent chooses to look first.
    static QMessageBox *make(const QList<TicketEvent> &events, const std::optional<Ticket> &ticket,
                             const QString &description, bool isText, QWidget *parent,
                             QPushButton **goAhead);
};

} // namespace helpdesk
