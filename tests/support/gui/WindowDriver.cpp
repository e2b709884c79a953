#include "WindowDriver.h"

#include "TestWait.h"
#include "accounts/AccountFacts.h"
#include "accounts/AccountNoticeBox.h"
#include "accounts/AccountStatusPanel.h"
#include "accounts/LoginEventModel.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/MessageBar.h"
#include "queue/QueueListView.h"
#include "queue/TicketTableView.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "ticket/TicketTimelineView.h"
#include "tickets/TicketQueueModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTreeWidget>

namespace helpdesk::test {

QAction *action(const QWidget *widget, const QString &id)
{
    ActionRegistry *actions = ActionRegistry::of(widget);
    QAction *found = actions ? actions->action(id) : nullptr;
    if (!found)
        qFatal("no action %s in %s", qPrintable(id),
               widget ? qPrintable(widget->window()->objectName()) : "nothing");
    return found;
}

bool trigger(const QWidget *widget, const QString &id)
{
    QAction *a = action(widget, id);
    if (!a->isEnabled())
        return false;
    a->trigger();
    return true;
}

TicketQueueModel *ticketModel(const QWidget *window)
{
    return child<TicketQueueModel>(window, QStringLiteral("ticketModel"));
}

TicketTableView *ticketTable(const QWidget *window)
{
    return child<TicketTableView>(window, QStringLiteral("ticketTable"));
}

TicketDetailView *ticketDetail(const QWidget *window)
{
    return child<TicketDetailView>(window, QStringLiteral("ticketDetail"));
}

TicketActionController *ticketActions(const QWidget *window)
{
    return child<TicketActionController>(window, QStringLiteral("ticketActions"));
}

AccountStatusPanel *accountPanel(const QWidget *window)
{
    return child<AccountStatusPanel>(window, QStringLiteral("accountStatusPanel"));
}

MessageBar *messageBar(const QWidget *window)
{
    return child<MessageBar>(window, QStringLiteral("messageBar"));
}

QLineEdit *filterEdit(const QWidget *window)
{
    return child<QLineEdit>(window, QStringLiteral("filterEdit"));
}

QueueKind currentQueue(const QWidget *window)
{
    return child<QueueListView>(window, QStringLiteral("queueList"))->currentQueue();
}

QStringList keyClashes(const QWidget *window)
{
    QMap<QString, QStringList> owners; // key -> what it triggers
    const auto add = [&owners](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString(QKeySequence::NativeText)] << QString(what).remove(u'&');
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs->tabText(i));
        else if (auto *menus = qobject_cast<QMenuBar *>(w))
            for (QAction *menu : menus->actions())
                add(menu->text(), menu->text());
    }
    if (const ActionRegistry *actions = ActionRegistry::of(window))
        for (QAction *a : actions->actions())
            if (a->shortcutContext() != Qt::WidgetShortcut)
                for (const QKeySequence &key : a->shortcuts())
                    owners[key.toString(QKeySequence::NativeText)] << a->objectName();
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" / "));
    return clashes;
}

void showQueue(QWidget *window, QueueKind kind)
{
    action(window, ActionCatalog::queueId(kind))->trigger();
}

bool isTicketShown(const QWidget *window, qint64 ticketId)
{
    const TicketDetailView *detail = ticketDetail(window);
    return detail->ticket() && detail->ticket()->id == ticketId && timeline(window)->isLoaded();
}

bool showTicket(QWidget *window, qint64 ticketId)
{
    // The detail pane follows the list's current row, so the ticket is selected there.
    if (currentQueue(window) != QueueKind::All)
        showQueue(window, QueueKind::All);
    action(window, QStringLiteral("app.refresh"))->trigger(); // tickets the test wrote itself
    TicketQueueModel *model = ticketModel(window);
    if (!waitUntil([model, ticketId] {
            return !model->isLoading() && model->isIndexComplete() &&
                   model->rowOfTicket(ticketId) >= 0;
        }))
        return false;
    if (!ticketTable(window)->selectTicket(ticketId))
        return false;
    const TicketActionController *work = ticketActions(window);
    return waitUntil(
        [window, ticketId, work] { return isTicketShown(window, ticketId) && !work->isBusy(); });
}

TicketTimelineView *timeline(const QWidget *window)
{
    return child<TicketTimelineView>(ticketDetail(window), QStringLiteral("ticketTimeline"));
}

QString timelineText(const QWidget *window)
{
    return timeline(window)->plainText();
}

QString troubleshootingHint(const QWidget *window)
{
    const auto *hint = child<QLabel>(window, QStringLiteral("troubleshootingHint"));
    return hint->isHidden() ? QString() : hint->text();
}

bool isComposerOpen(const QWidget *window)
{
    return !child<QWidget>(window, QStringLiteral("composer"))->isHidden();
}

QString accountStatus(const AccountStatusPanel *panel)
{
    return panel->isLoaded() ? child<QLabel>(panel, QStringLiteral("accountStatusBadge"))->text()
                             : QString();
}

QString accountNotice(const AccountStatusPanel *panel, const QString &box)
{
    return panel->isLoaded() ? child<AccountNoticeBox>(panel, box)->text() : QString();
}

QString accountFacts(const AccountStatusPanel *panel)
{
    return child<AccountFacts>(panel, QStringLiteral("accountFacts"))->text();
}

QStringList accountLinkStates(const AccountStatusPanel *panel)
{
    const auto *links = child<QTreeWidget>(panel, QStringLiteral("accountTokens"));
    QStringList states;
    for (int i = 0; i < links->topLevelItemCount(); ++i)
        states << links->topLevelItem(i)->text(1);
    return states;
}

LoginEventModel *signInHistory(const AccountStatusPanel *panel)
{
    auto *model = qobject_cast<LoginEventModel *>(
        child<QTableView>(panel, QStringLiteral("accountLoginView"))->model());
    if (!model)
        qFatal("the sign-in view has no LoginEventModel");
    return model;
}

} // namespace helpdesk::test
