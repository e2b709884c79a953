#pragma once
// The queues pane, left in the main window: the queue list with its live counts, and the
// View menu's queue actions (Ctrl+1…Ctrl+7), which it registers and keeps checked.

#include "tickets/TicketQuery.h"

#include <QHash>
#include <QWidget>

namespace helpdesk {

class ActionRegistry;
class QueueListView;

class QueuePane : public QWidget
{
    Q_OBJECT
public:
    QueuePane(ActionRegistry *actions, QWidget *parent = nullptr);

    QueueKind currentQueue() const;
    // Shows `kind` as the current queue; selectQueue() also says so (queueSelected), even when
    // it is the current one already (the window applies it again), showInitialQueue() does not.
    void selectQueue(QueueKind kind);
    void showInitialQueue(QueueKind kind);
    void setCounts(const QHash<QueueKind, qint64> &counts);

signals:
    void queueSelected(helpdesk::QueueKind kind);

private:
    void check(QueueKind kind);

    ActionRegistry *m_actions;
    QueueListView *m_list;
};

} // namespace helpdesk
