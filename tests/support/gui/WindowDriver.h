#pragma once
// Driving a window in a GUI test the way an agent does: its parts are found by object name and
// its actions are used through the window's ActionRegistry (what a menu entry or a shortcut
// triggers), plus the steps the GUI suites share: switch the queue, show a ticket, read what
// the detail pane shows. Nothing here reaches past a widget's public interface.

#include "tickets/TicketQuery.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QLineEdit;

namespace helpdesk {
class AccountStatusPanel;
class LoginEventModel;
class MessageBar;
class TicketActionController;
class TicketDetailView;
class TicketQueueModel;
class TicketTableView;
class TicketTimelineView;
} // namespace helpdesk

namespace helpdesk::test {

// The child called `name` (of type T); ends the test run when there is none.
template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qFatal("no %s \"%s\" in %s", T::staticMetaObject.className(), qPrintable(name),
               parent ? qPrintable(parent->objectName()) : "nothing");
    return found;
}

// The visible child of type T (called `name` when given), or null.
template <typename T> T *visibleChild(const QObject *parent, const QString &name = {})
{
    for (T *w : parent->findChildren<T *>(name))
        if (w->isVisible())
            return w;
    return nullptr;
}

// The action `id` of the window that `widget` is in (its ActionRegistry, panes included);
// ends the test run when there is none.
QAction *action(const QWidget *widget, const QString &id);
// Triggers it as its menu entry or shortcut would; false (and nothing done) when it is off.
bool trigger(const QWidget *widget, const QString &id);

// The main window's parts, by object name.
TicketQueueModel *ticketModel(const QWidget *window);
TicketTableView *ticketTable(const QWidget *window);
TicketDetailView *ticketDetail(const QWidget *window);
TicketActionController *ticketActions(const QWidget *window);
AccountStatusPanel *accountPanel(const QWidget *window);
MessageBar *messageBar(const QWidget *window);
QLineEdit *filterEdit(const QWidget *window);
// The queue the queue list shows.
QueueKind currentQueue(const QWidget *window);

// The keys that mean two things in `window` as it is shown now: the Alt+letter mnemonics of
// its visible buttons, labels with a buddy, group boxes, tabs and menu bar, and the shortcuts
// of its actions. One line per clash ("Alt+T: Send Test Email / Send a test email to:"); empty
// when every key means one thing.
QStringList keyClashes(const QWidget *window);

// Switches to the queue by its action (Ctrl+1…Ctrl+7).
void showQueue(QWidget *window, QueueKind kind);
// Shows the ticket as an agent picks it: "All tickets", refreshed, its row selected. True once
// the detail pane shows it with its timeline and no ticket action is running.
bool showTicket(QWidget *window, qint64 ticketId);
// Whether the detail pane shows the ticket, loaded, with its timeline.
bool isTicketShown(const QWidget *window, qint64 ticketId);
// The detail pane's timeline, and what it shows as plain text.
TicketTimelineView *timeline(const QWidget *window);
QString timelineText(const QWidget *window);
// The troubleshooting line under the subject ("… is paused at …"); empty when hidden.
QString troubleshootingHint(const QWidget *window);
// Whether the reply / note editor is open.
bool isComposerOpen(const QWidget *window);

// What the account panel shows, as the agent reads it (empty while the account loads): the
// status badge ("LOCKED"), a notice box in plain text (by name: accountLockBox,
// accountFlagBox, accountVerificationBox, accountRequestBox; empty when hidden), the facts
// ("label: value" lines), the Links tab's states (newest first), the sign-in history.
QString accountStatus(const AccountStatusPanel *panel);
QString accountNotice(const AccountStatusPanel *panel, const QString &box);
QString accountFacts(const AccountStatusPanel *panel);
QStringList accountLinkStates(const AccountStatusPanel *panel);
LoginEventModel *signInHistory(const AccountStatusPanel *panel);

} // namespace helpdesk::test
