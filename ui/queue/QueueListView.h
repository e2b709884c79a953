#pragma once
// The list of ticket queues on the left of the main window, each with its live ticket count.

#include "tickets/TicketQuery.h"

#include <QHash>
#include <QListWidget>

namespace helpdesk {

class QueueListView : public QListWidget
{
    Q_OBJECT
public:
    enum Role {
        QueueRole = Qt::UserRole + 1, // int(QueueKind)
        CountRole,                    // qint64, invalid until counted
        AttentionRole,                // bool: a non-zero count here needs attention
    };

    explicit QueueListView(QWidget *parent = nullptr);

    void setCounts(const QHash<QueueKind, qint64> &counts);
    // -1 while not counted yet.
    qint64 queueCount(QueueKind kind) const;
    QueueKind currentQueue() const;
    void setCurrentQueue(QueueKind kind);
    QSize sizeHint() const override;

signals:
    void queueSelected(helpdesk::QueueKind kind);

private:
    QListWidgetItem *itemFor(QueueKind kind) const;
};

} // namespace helpdesk
