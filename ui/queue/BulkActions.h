#pragma once
// Changes to the tickets selected in the list, one ticket after another (BulkRunner): assign
// them, set their priority or status. It registers the "Selected Tickets" entries (the
// selection.* actions and submenus) and says what it changed, or shows what it could not.

#include "queue/BulkRunner.h"
#include "tickets/Ticket.h"

#include <QObject>

#include <optional>

class QMenu;
class QWidget;

namespace helpdesk {

class ActionRegistry;
class AppSession;
class TicketListPane;

class BulkActions : public QObject
{
    Q_OBJECT
public:
    BulkActions(AppSession *session, TicketListPane *list, ActionRegistry *actions,
                QWidget *window);

    bool isRunning() const;
    // Enables the entries for what is selected now (each menu shows them checks this first).
    void updateEnabled();
    // Asks whom to assign the selected tickets to, then assigns them.
    void assign();
    // The priority entries as a menu at `globalPos` (Ctrl+P with several rows selected).
    void popupPriorityMenu(const QPoint &globalPos);

signals:
    // The change is done and everything changed (a summary dialog tells about failures).
    void information(const QString &message);
    void finished();

private:
    void assignTo(std::optional<qint64> staffId);
    void setPriority(TicketPriority priority);
    void setStatus(TicketStatus status);
    void run(const QString &what, const QString &label, BulkRunner::Operation operation);
    void onFinished(const BulkRunner::Outcome &outcome);

    AppSession *m_session;
    TicketListPane *m_list;
    ActionRegistry *m_actions;
    QWidget *m_window;
    BulkRunner *m_runner;
    QMenu *m_priorityMenu;
    QMenu *m_statusMenu;
    QString m_what;
};

} // namespace helpdesk
