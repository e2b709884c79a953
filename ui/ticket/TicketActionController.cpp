#include "ticket/TicketActionController.h"

#include "ticket/LogCustomerMessageDialog.h"

#include "accounts/AccountStatusPanel.h"
#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "followup/FollowupMonitor.h"
#include "knowledge/KnowledgeService.h"
#include "ticket/CommentDialog.h"
#include "ticket/LogCustomerMessageDialog.h"
#include "ticket/NewEventsQuestion.h"
#include "ticket/StaffPickerDialog.h"
#include "tickets/Lifecycle.h"
#include "tickets/TicketService.h"
#include "wizard/TroubleshootingWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QCursor>
#include <QGridLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace helpdesk {

namespace {
bool isDone(TicketStatus s)
{
    return s == TicketStatus::Resolved || s == TicketStatus::Closed;
}
} // namespace

TicketActionController::TicketActionController(AppSession *session, TicketDetailView *detail,
                                               ActionRegistry *actions, QWidget *window)
    : QObject(window), m_session(session), m_actions(actions), m_service(session->tickets()),
      m_detail(detail), m_window(window), m_take(actions->create(QStringLiteral("ticket.take"))),
      m_assign(actions->create(QStringLiteral("ticket.assign"))),
      m_reply(actions->create(QStringLiteral("ticket.reply"))),
      m_note(actions->create(QStringLiteral("ticket.note"))),
      m_logMessage(actions->create(QStringLiteral("ticket.logCustomerMessage"))),
      m_noSurvey(actions->create(QStringLiteral("ticket.noSurvey"))),
      m_escalate(actions->create(QStringLiteral("ticket.escalate"))),
      m_deEscalate(actions->create(QStringLiteral("ticket.deEscalate"))),
      m_priority(actions->create(QStringLiteral("ticket.priority"))),
      m_troubleshoot(actions->create(QStringLiteral("ticket.troubleshoot"))),
      m_statusMenu(actions->createMenu(QStringLiteral("ticket.statusMenu"), window)),
      m_priorityMenu(actions->createMenu(QStringLiteral("ticket.priorityMenu"), window)),
      m_categoryMenu(actions->createMenu(QStringLiteral("ticket.categoryMenu"), window))
{
    setObjectName(QStringLiteral("ticketActions"));
    connect(m_take, &QAction::triggered, this, &TicketActionController::take);
    connect(m_assign, &QAction::triggered, this, [this] {
        if (m_selectionSize && m_selectionSize() > 1)
            emit bulkAssignRequested();
        else
            chooseAssignee();
    });
    connect(m_reply, &QAction::triggered, this,
            [this] { m_detail->openComposer(TicketDetailView::ComposerKind::Reply); });
    connect(m_note, &QAction::triggered, this,
            [this] { m_detail->openComposer(TicketDetailView::ComposerKind::Note); });
    connect(m_logMessage, &QAction::triggered, this, &TicketActionController::logCustomerMessage);
    connect(m_noSurvey, &QAction::triggered, this, &TicketActionController::markNoSurvey);
    connect(m_escalate, &QAction::triggered, this, &TicketActionController::escalate);
    connect(m_deEscalate, &QAction::triggered, this, &TicketActionController::askDeEscalation);
    connect(m_priority, &QAction::triggered, this, [this] {
        if (m_selectionSize && m_selectionSize() > 1)
            emit bulkPriorityRequested();
        else
            showPriorityMenu();
    });
    connect(m_troubleshoot, &QAction::triggered, this,
            &TicketActionController::openTroubleshooting);

    m_priorityGroup = new QActionGroup(this);
    m_priorityGroup->setExclusive(true);
    const QList<TicketPriority> priorities = Vocabulary::allPriorities();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it) { // urgent first
        const TicketPriority p = *it;
        QAction *action = m_priorityMenu->addAction(Vocabulary::label(p));
        actions->adopt(QStringLiteral("ticket.priority.") + Vocabulary::key(p), action);
        action->setCheckable(true);
        action->setData(int(p));
        m_priorityGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, p] { setPriority(p); });
    }

    m_categoryGroup = new QActionGroup(this);
    m_categoryGroup->setExclusive(true);
    for (TicketCategory c : Vocabulary::allCategories()) {
        QAction *action = m_categoryMenu->addAction(Vocabulary::label(c));
        actions->adopt(QStringLiteral("ticket.category.") + Vocabulary::key(c), action);
        action->setCheckable(true);
        action->setData(int(c));
        m_categoryGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, c] { setCategory(c); });
    }

    connect(m_detail, &TicketDetailView::shownTicketChanged, this,
            &TicketActionController::updateActions);
    m_detail->setTroubleshooting(session->troubleshooting());
    m_detail->setKnowledge(session->knowledge());
    connect(m_detail, &TicketDetailView::troubleshootRequested, this,
            &TicketActionController::openTroubleshooting);
    connect(m_detail, &TicketDetailView::composerSubmitted, this,
            [this](TicketDetailView::ComposerKind kind, const QString &text) {
                if (kind == TicketDetailView::ComposerKind::Reply)
                    addReply(text);
                else
                    addNote(text);
            });
    updateActions();
}

TicketActionController::~TicketActionController() = default;

bool TicketActionController::canAct() const
{
    return m_session->me().has_value();
}

StaffRole TicketActionController::role() const
{
    return m_session->me() ? m_session->me()->role : StaffRole::Agent;
}

QToolButton *TicketActionController::menuButton(const QString &text, QMenu *menu,
                                                const QString &objectName)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QWidget *TicketActionController::createActionBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("ticketActionBar"));
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(4);
    const auto actionButton = [bar](QAction *action, const QString &objectName) {
        auto *button = new QToolButton(bar);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    };
    grid->addWidget(actionButton(m_take, QStringLiteral("takeButton")), 0, 0);
    grid->addWidget(actionButton(m_assign, QStringLiteral("assignButton")), 0, 1);
    grid->addWidget(actionButton(m_reply, QStringLiteral("replyButton")), 0, 2);
    grid->addWidget(actionButton(m_note, QStringLiteral("noteButton")), 0, 3);
    QToolButton *status = menuButton(tr("Status"), m_statusMenu, QStringLiteral("statusButton"));
    status->setToolTip(tr("Move the ticket on: escalate (%1), resolve, …")
                           .arg(ActionCatalog::keyText(u"ticket.escalate")));
    m_priorityButton = menuButton(tr("Priority"), m_priorityMenu, QStringLiteral("priorityButton"));
    m_priorityButton->setToolTip(ActionCatalog::toolTip(u"ticket.priority"));
    QToolButton *category =
        menuButton(tr("Category"), m_categoryMenu, QStringLiteral("categoryButton"));
    category->setToolTip(tr("Change the category"));
    grid->addWidget(status, 1, 0, 1, 2);
    grid->addWidget(m_priorityButton, 1, 2);
    grid->addWidget(category, 1, 3);
    grid->addWidget(actionButton(m_troubleshoot, QStringLiteral("troubleshootButton")), 2, 0, 1, 4);
    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    // The menu buttons follow the actions' state.
    const auto sync = [this, status, category] {
        const bool on = canAct() && !m_busy && m_detail->ticket().has_value() &&
                        (!m_showsChosen || m_showsChosen());
        status->setEnabled(on);
        category->setEnabled(on);
        if (m_priorityButton)
            m_priorityButton->setEnabled(on);
    };
    connect(this, &TicketActionController::busyChanged, bar, sync);
    connect(m_detail, &TicketDetailView::shownTicketChanged, bar, sync);
    sync();
    return bar;
}

void TicketActionController::updateActions()
{
    const std::optional<Ticket> t = m_detail->ticket();
    const bool on = canAct() && !m_busy && t.has_value() && (!m_showsChosen || m_showsChosen());
    const QString readOnly =
        canAct() ? QString()
                 : tr("You are not signed in as a staff member, so tickets are read-only.");
    if (!on) {
        for (QAction *a : {m_take, m_assign, m_reply, m_note, m_logMessage, m_noSurvey, m_escalate,
                           m_deEscalate, m_priority, m_troubleshoot})
            a->setEnabled(false);
        m_priorityGroup->setEnabled(false);
        m_categoryGroup->setEnabled(false);
        rebuildStatusMenu();
        m_take->setToolTip(readOnly.isEmpty() ? ActionCatalog::toolTip(u"ticket.take") : readOnly);
        return;
    }
    const StaffRole r = role();
    const qint64 me = m_session->me()->id;
    const QList<TicketStatus> next = Lifecycle::nextStatuses(t->status, r);
    m_take->setEnabled(!t->assigneeId && !isDone(t->status));
    // Agents hand on only what they hold (or nobody holds); leads reassign anything.
    m_assign->setEnabled(r != StaffRole::Agent || !t->assigneeId || *t->assigneeId == me ||
                         (m_selectionSize && m_selectionSize() > 1));
    m_reply->setEnabled(t->status != TicketStatus::Closed);
    m_note->setEnabled(true);
    m_logMessage->setEnabled(true);
    m_noSurvey->setEnabled(m_session->followupMonitor() != nullptr);
    m_escalate->setEnabled(next.contains(TicketStatus::Escalated));
    m_deEscalate->setEnabled(t->status == TicketStatus::Escalated &&
                             next.contains(TicketStatus::Open));
    m_priority->setEnabled(true);
    m_troubleshoot->setEnabled(m_session->troubleshooting() != nullptr);
    m_priorityGroup->setEnabled(true);
    m_categoryGroup->setEnabled(true);
    for (QAction *a : m_priorityGroup->actions())
        a->setChecked(a->data().toInt() == int(t->priority));
    for (QAction *a : m_categoryGroup->actions())
        a->setChecked(a->data().toInt() == int(t->category));
    rebuildStatusMenu();
}

void TicketActionController::rebuildStatusMenu()
{
    m_statusMenu->clear();
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t || !canAct() || m_busy) {
        m_statusMenu->addAction(tr("No ticket to change"))->setEnabled(false);
        return;
    }
    // Only the moves the workflow allows this role; de-escalating asks for a comment.
    const QList<TicketStatus> next = Lifecycle::nextStatuses(t->status, role());
    for (TicketStatus s : next) {
        if (s == TicketStatus::Escalated) {
            m_statusMenu->addAction(m_escalate);
        } else if (t->status == TicketStatus::Escalated && s == TicketStatus::Open) {
            m_statusMenu->addAction(m_deEscalate);
        } else {
            QAction *action = m_statusMenu->addAction(tr("Set to %1").arg(Vocabulary::label(s)));
            m_actions->adopt(QStringLiteral("ticket.status.") + Vocabulary::key(s), action);
            action->setData(int(s));
            connect(action, &QAction::triggered, this, [this, s] { setStatus(s); });
        }
    }
    if (next.isEmpty())
        m_statusMenu->addAction(tr("No status change allowed"))->setEnabled(false);
}

void TicketActionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_detail->setComposerBusy(busy);
    updateActions();
    emit busyChanged(busy);
}

// The changes.

void TicketActionController::take()
{
    Pending p;
    p.description = tr("Take the ticket");
    p.call = [this](const Ticket &t) { return m_service->take(t); };
    p.stillWanted = [](const Ticket &t) { return !t.assigneeId; };
    start(std::move(p));
}

void TicketActionController::assignTo(std::optional<qint64> staffId)
{
    Pending p;
    p.description = staffId ? tr("Assign the ticket") : tr("Unassign the ticket");
    p.call = [this, staffId](const Ticket &t) { return m_service->assign(t, staffId); };
    p.stillWanted = [staffId](const Ticket &t) { return t.assigneeId != staffId; };
    start(std::move(p));
}

void TicketActionController::setStatus(TicketStatus to, const QString &comment)
{
    Pending p;
    p.description = tr("Set the status to %1").arg(Vocabulary::label(to));
    p.checkUnseen = true;
    p.call = [this, to, comment](const Ticket &t) { return m_service->setStatus(t, to, comment); };
    p.stillWanted = [to](const Ticket &t) { return t.status != to; };
    start(std::move(p));
}

void TicketActionController::escalate()
{
    setStatus(TicketStatus::Escalated);
}

void TicketActionController::deEscalate(const QString &comment)
{
    Pending p;
    p.description = tr("De-escalate the ticket");
    p.checkUnseen = true;
    p.call = [this, comment](const Ticket &t) {
        return m_service->setStatus(t, TicketStatus::Open, comment);
    };
    p.stillWanted = [](const Ticket &t) { return t.status == TicketStatus::Escalated; };
    start(std::move(p));
}

void TicketActionController::setPriority(TicketPriority priority)
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (t && t->priority == priority)
        return; // the menu's check mark already says so
    Pending p;
    p.description = tr("Set the priority to %1").arg(Vocabulary::label(priority));
    p.call = [this, priority](const Ticket &ticket) {
        return m_service->setPriority(ticket, priority);
    };
    p.stillWanted = [priority](const Ticket &ticket) { return ticket.priority != priority; };
    start(std::move(p));
}

void TicketActionController::setCategory(TicketCategory category)
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (t && t->category == category)
        return;
    Pending p;
    p.description = tr("Set the category to %1").arg(Vocabulary::label(category));
    p.call = [this, category](const Ticket &ticket) {
        return m_service->setCategory(ticket, category);
    };
    p.stillWanted = [category](const Ticket &ticket) { return ticket.category != category; };
    start(std::move(p));
}

void TicketActionController::addReply(const QString &text)
{
    Pending p;
    p.description = tr("Add your reply");
    p.checkUnseen = true;
    p.isText = true;
    p.call = [this, text](const Ticket &t) { return m_service->reply(t, text); };
    const auto forget = [this](qint64 id) {
        if (m_detail->ticketId() == id &&
            m_detail->composerKind() == TicketDetailView::ComposerKind::Reply)
            m_detail->clearComposer();
    };
    // What the text took from the knowledge base: the articles' uses are recorded and a staged
    // macro's changes made once the reply is in.
    const ReplyComposer::Staged staged = m_detail->composerStaged();
    p.done = [this, forget, staged](const Ticket &t) {
        forget(t.id);
        if (staged.isEmpty())
            return;
        whenDone(m_session->knowledge()->afterReply(t, staged.articleIds, staged.changes), this,
                 [this](const Result<Ticket> &after) {
                     if (!after)
                         emit errorOccurred(after.error().message);
                     else if (m_detail->ticketId() == after->id)
                         m_detail->applyChange(after.value());
                 });
    };
    p.discarded = forget;
    start(std::move(p));
}

void TicketActionController::addNote(const QString &text)
{
    Pending p;
    p.description = tr("Add your internal note");
    p.checkUnseen = true;
    p.isText = true;
    p.call = [this, text](const Ticket &t) { return m_service->note(t, text); };
    const auto forget = [this](qint64 id) {
        if (m_detail->ticketId() == id &&
            m_detail->composerKind() == TicketDetailView::ComposerKind::Note)
            m_detail->clearComposer();
    };
    p.done = [forget](const Ticket &t) { forget(t.id); };
    p.discarded = forget;
    start(std::move(p));
}

void TicketActionController::markNoSurvey()
{
    const std::optional<Ticket> t = m_detail->ticket();
    FollowupMonitor *followup = m_session->followupMonitor();
    if (!t || !followup || !m_session->me())
        return;
    const qint64 id = t->id;
    whenDone(followup->markNoSurvey(id, m_session->me()->login), this,
             [this, id](const Result<void> &done) {
                 if (!done)
                     emit errorOccurred(done.error().message);
                 else
                     emit informationOccurred(
                         tr("Ticket #%1's customer gets no follow-up survey.").arg(id));
             });
}

void TicketActionController::logCustomerMessage()
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t || m_busy || !canAct())
        return;
    // Window-modal, without a nested event loop: the message is logged once it is accepted, on
    // the ticket it was written for (the pane cannot move while the dialog is up).
    auto *dialog = new LogCustomerMessageDialog(ticketNumberText(t->id), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = t->id] {
        if (dialog->text().isEmpty() || m_detail->ticketId() != id)
            return;
        Pending p;
        p.description = tr("Log the customer's message");
        p.isText = true;
        p.call = [this, text = dialog->text(), channel = dialog->channel()](const Ticket &ticket) {
            return m_service->logCustomerMessage(ticket, text, channel);
        };
        start(std::move(p));
    });
    dialog->open();
}

// Running a change.

void TicketActionController::chooseAssignee()
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t || m_busy || !canAct())
        return;
    auto *picker = new StaffPickerDialog(m_session, t->assigneeId,
                                         tr("Assign %1").arg(ticketNumberText(t->id)), m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = t->id;
    connect(picker, &QDialog::accepted, this, [this, picker, id] {
        if (m_detail->ticketId() == id)
            assignTo(picker->selectedStaff());
    });
    picker->open();
}

void TicketActionController::askDeEscalation()
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t || m_busy || !m_deEscalate->isEnabled())
        return;
    auto *dialog = new CommentDialog(
        tr("De-escalate %1").arg(ticketNumberText(t->id)),
        tr("Why does %1 go back to the open queue? The comment goes on the timeline for the "
           "agent who picks it up.")
            .arg(ticketNumberText(t->id)),
        tr("De-escalate"), m_window);
    dialog->setObjectName(QStringLiteral("deEscalateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = t->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_detail->ticketId() == id)
            deEscalate(dialog->comment());
    });
    dialog->open();
}

void TicketActionController::showPriorityMenu()
{
    if (!m_priority->isEnabled())
        return;
    QPoint at = QCursor::pos();
    if (m_priorityButton && m_priorityButton->isVisible())
        at = m_priorityButton->mapToGlobal(QPoint(0, m_priorityButton->height()));
    else if (m_window)
        at = m_window->mapToGlobal(m_window->rect().center());
    // Non-blocking: the menu takes the keyboard; Esc closes it.
    m_priorityMenu->popup(at, m_priorityGroup->checkedAction());
}

TroubleshootingWizard *TicketActionController::openTroubleshooting()
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t || !canAct() || !m_session->troubleshooting())
        return nullptr;
    if (TroubleshootingWizard *open = m_wizards.value(t->id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    // The account check shows the live account panel, with this ticket as its context.
    TroubleshootingWizard::AccountPanelFactory panels;
    if (AccountService *accounts = m_session->accounts())
        panels = [accounts, ticketId = t->id](qint64 accountId, QWidget *parent) -> QWidget * {
            return new AccountStatusPanel(accounts, accountId, ticketId, parent);
        };
    auto *wizard =
        new TroubleshootingWizard(m_session->troubleshooting(), *t, std::move(panels), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFlowLoadErrors(m_session->flowLoadReport().errorMessages());
    m_wizards.insert(t->id, wizard);
    const qint64 id = t->id;
    connect(wizard, &QObject::destroyed, this, [this, id] { m_wizards.remove(id); });
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

} // namespace helpdesk
