#include "queue/QueuePane.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "queue/QueueListView.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpdesk {

QueuePane::QueuePane(ActionRegistry *actions, QWidget *parent)
    : QWidget(parent), m_actions(actions), m_list(new QueueListView(this))
{
    setObjectName(QStringLiteral("queuePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 0, 6);
    auto *caption = new QLabel(tr("&Queues"), this);
    QFont captionFont = caption->font();
    captionFont.setBold(true);
    caption->setFont(captionFont);
    caption->setBuddy(m_list);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);

    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (QueueKind kind : Queues::all()) {
        QAction *action = actions->create(ActionCatalog::queueId(kind));
        action->setData(int(kind));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { selectQueue(kind); });
    }
    connect(m_list, &QueueListView::queueSelected, this, [this](QueueKind kind) {
        check(kind);
        emit queueSelected(kind);
    });
}

QueueKind QueuePane::currentQueue() const
{
    return m_list->currentQueue();
}

void QueuePane::selectQueue(QueueKind kind)
{
    if (m_list->currentQueue() == kind) {
        check(kind);
        emit queueSelected(kind);
    } else {
        m_list->setCurrentQueue(kind); // says queueSelected
    }
}

void QueuePane::showInitialQueue(QueueKind kind)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentQueue(kind);
    check(kind);
}

void QueuePane::setCounts(const QHash<QueueKind, qint64> &counts)
{
    m_list->setCounts(counts);
}

void QueuePane::check(QueueKind kind)
{
    if (QAction *action = m_actions->action(ActionCatalog::queueId(kind)))
        action->setChecked(true);
}

} // namespace helpdesk
