#pragma once
// The ticket actions of the main window (take, assign, reply, note, status, priority, category)
// for the ticket in the detail panel: it registers them (ticket.*, with the entries of the
// status, priority and category menus as ticket.status.<key>, …), builds the panel's buttons on
// them, and runs each change through TicketService with the version shown. A change that lost
// a race ends in a clear choice, asked in the "conflictDialog": reload and re-apply it, or
// discard it.

#include "common/Result.h"
#include "staff/Staff.h"
#include "ticket/TicketDetailView.h"
#include "tickets/Ticket.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QToolButton>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;

namespace helpdesk {

class ActionRegistry;
class AppSession;
class TicketService;
class TroubleshootingWizard;

class TicketActionController : public QObject
{
    Q_OBJECT
public:
    // Registers the ticket actions (ticket.*) and their submenus in `actions`.
    TicketActionController(AppSession *session, TicketDetailView *detail, ActionRegistry *actions,
                           QWidget *window);
    ~TicketActionController() override;

    // The buttons under the ticket's subject, built on these actions.
    QWidget *createActionBar();

    // True from the moment an action is sent until it is done (including a conflict being
    // decided): the actions are disabled meanwhile.
    bool isBusy() const { return m_busy; }

    // With several rows selected, Assign and Priority go to the selection instead.
    void setSelectionSize(std::function<int()> selectionSize)
    {
        m_selectionSize = std::move(selectionSize);
    }

    // False while the list has moved to another ticket that the detail pane does not show yet
    // (the short pause while arrowing): the ticket actions wait, so no key acts on the ticket
    // that is about to be replaced.
    void setShowsChosen(std::function<bool()> showsChosen)
    {
        m_showsChosen = std::move(showsChosen);
    }

public slots:
    // The changes themselves, on the ticket shown.
    void take();
    void assignTo(std::optional<qint64> staffId);
    void setStatus(helpdesk::TicketStatus to, const QString &comment = {});
    void setPriority(helpdesk::TicketPriority priority);
    void setCategory(helpdesk::TicketCategory category);
    void addReply(const QString &text);
    void addNote(const QString &text);
    void logCustomerMessage();
    // Ticket › No Follow-up Survey: this ticket's customer is not asked after the resolution.
    void markNoSurvey();
    void escalate();
    void deEscalate(const QString &comment);

    // What the menu entries and shortcuts open.
    void chooseAssignee();
    void askDeEscalation();
    void showPriorityMenu();
    void updateActions();
    // Opens (or raises) the troubleshooting wizard on the ticket shown; non-modal, so the
    // timeline stays in view while it records the answers.
    TroubleshootingWizard *openTroubleshooting();

signals:
    void busyChanged(bool busy);
    void succeeded(const helpdesk::Ticket &ticket);
    void errorOccurred(const QString &message);
    void informationOccurred(const QString &message);
    void conflictShown();
    void bulkAssignRequested();
    void bulkPriorityRequested();

private:
    struct Pending
    {
        QString description; // "Set the priority to High", for the conflict question
        std::function<QFuture<Result<Ticket>>(const Ticket &)> call;
        // False when a reloaded ticket makes the change pointless (someone took it already).
        std::function<bool(const Ticket &)> stillWanted;
        std::function<void(const Ticket &)> done;
        std::function<void(qint64 ticketId)> discarded;
        bool isText = false; // a reply or note: the text is re-applied as written
        // Ask first when the ticket got entries the agent has not seen (replies, notes, status).
        bool checkUnseen = false;
    };
    void start(Pending pending);
    void attempt(const Ticket &ticket, std::shared_ptr<Pending> pending);
    void askUnseen(const Ticket &ticket, std::shared_ptr<Pending> pending,
                   const QList<TicketEvent> &unseen);
    void onConflict(qint64 ticketId, std::shared_ptr<Pending> pending, const QString &message);
    void askConflict(qint64 ticketId, std::shared_ptr<Pending> pending, const QString &message);
    void reapply(qint64 ticketId, std::shared_ptr<Pending> pending);
    void finish(const Ticket &ticket, const std::shared_ptr<Pending> &pending);
    void fail(const QString &message);
    void setBusy(bool busy);
    void rebuildStatusMenu();
    bool canAct() const;
    StaffRole role() const;
    QToolButton *menuButton(const QString &text, QMenu *menu, const QString &objectName);

    AppSession *m_session;
    ActionRegistry *m_actions;
    TicketService *m_service;
    TicketDetailView *m_detail;
    QWidget *m_window;
    std::function<int()> m_selectionSize;
    std::function<bool()> m_showsChosen;
    bool m_busy = false;

    QAction *m_take;
    QAction *m_assign;
    QAction *m_reply;
    QAction *m_note;
    QAction *m_logMessage;
    QAction *m_noSurvey;
    QAction *m_escalate;
    QAction *m_deEscalate;
    QAction *m_priority;
    QAction *m_troubleshoot;
    QHash<qint64, QPointer<TroubleshootingWizard>> m_wizards;
    QMenu *m_statusMenu;
    QMenu *m_priorityMenu;
    QMenu *m_categoryMenu;
    QActionGroup *m_priorityGroup;
    QActionGroup *m_categoryGroup;
    QPointer<QToolButton> m_priorityButton;
};

} // namespace helpdesk
