#pragma once
// The head of the detail pane: the ticket's number and channel, its subject, the action
// buttons under them, and — while the ticket has a troubleshooting run in progress or paused —
// a line saying so with a link that opens the wizard; and who else is viewing or replying to the
// ticket ("Priya N. is viewing · Sam R. is replying"): a warning, never a lock.

#include "tickets/Ticket.h"
#include "troubleshooting/FlowRun.h"

#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace helpdesk {

class TicketHeader : public QWidget
{
    Q_OBJECT
public:
    explicit TicketHeader(QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);
    // The ticket's number while it loads.
    void showLoading(qint64 ticketId);
    // The open run of the ticket, if any (none hides the line).
    void setRun(const std::optional<FlowRun> &run);
    // The row of buttons under the subject (the window's ticket actions build it).
    void setActionBar(QWidget *bar);
    // Who else is on the ticket (empty hides the line).
    void setPresence(const QString &text);
    QString presenceText() const;

signals:
    // "Resume" (or "Continue") in the troubleshooting line.
    void troubleshootRequested();

private:
    QVBoxLayout *m_layout;
    QLabel *m_number;
    QLabel *m_subject;
    QLabel *m_runHint;
    QLabel *m_presence;
    QWidget *m_actionBar = nullptr;
};

} // namespace helpdesk
