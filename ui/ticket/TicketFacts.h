#pragma once
// The ticket's facts in the detail pane, as a form: requester, status, priority, category,
// assignee (and for how long they have held it), created, the first-reply and resolution due
// times with their live countdowns, last update and escalation level.

#include "tickets/Ticket.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace helpdesk {

class TicketFacts : public QWidget
{
    Q_OBJECT
public:
    explicit TicketFacts(QWidget *parent = nullptr);

    void setTicket(const Ticket &ticket);
    // The SLA warning window: countdowns within it turn amber.
    void setWarningWindow(qint64 ms);

private:
    QLabel *addField(const QString &label, const QString &objectName);
    void updateTimes();

    QFormLayout *m_form;
    std::optional<Ticket> m_ticket;
    qint64 m_warningWindowMs = 4LL * 3600 * 1000;
    QTimer m_clockTimer; // moves the countdowns on
    QLabel *m_requester;
    QLabel *m_status;
    QLabel *m_priority;
    QLabel *m_category;
    QLabel *m_assignee;
    QLabel *m_created;
    QLabel *m_firstResponse;
    QLabel *m_due;
    QLabel *m_updated;
    QLabel *m_escalation;
};

} // namespace helpdesk
