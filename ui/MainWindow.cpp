#include "MainWindow.h"

#include "SideWindows.h"

#include "accounts/AccountStatusPanel.h"
#include "app/AppSession.h"
#include "common/AboutDialog.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "common/MessageBar.h"
#include "common/ShortcutsDialog.h"
#include "common/WindowGeometry.h"
#include "db/ChangeNotifier.h"
#include "db/DbWorker.h"
#include "knowledge/KnowledgeService.h"
#include "mail/MailDelivery.h"
#include "outbox/MailNotices.h"
#include "presence/PresenceService.h"
#include "queue/BulkActions.h"
#include "queue/QueuePane.h"
#include "queue/TicketListPane.h"
#include "reports/ReportService.h"
#include "settings/LocalSettings.h"
#include "sla/EscalationMonitor.h"
#include "sla/SlaService.h"
#include "staff/StaffService.h"
#include "ticket/CustomerNotices.h"
#include "ticket/NewTicketDialog.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/QueueWatcher.h"
#include "tickets/TicketService.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("mainWindow/tableHeader");
const QString kQueueKey = QStringLiteral("mainWindow/queue");

constexpr int DetailDelayMs = 120;
constexpr int CountsIntervalMs = 60 * 1000;
constexpr int ChangeCoalesceMs = 300; // a burst of changes (here or elsewhere) is one refresh

} // namespace

MainWindow::MainWindow(AppSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_tickets(session->tickets()),
      m_actions(new ActionRegistry(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("messageBar"));

    // The panes: queues, the ticket list, the ticket shown with the actions on it, the
    // requester's customer account beside it.
    m_queues = new QueuePane(m_actions, this);
    m_list = new TicketListPane(session->worker(), m_actions, this);
    m_list->setStaff(session->me() ? std::optional<qint64>(session->me()->id) : std::nullopt,
                     session->meLogin());
    m_list->setDatabaseName(session->settings().displayUrl());
    m_detail = new TicketDetailView(m_tickets, this);
    m_work = new TicketActionController(session, m_detail, m_actions, this);
    m_detail->setActionBar(m_work->createActionBar());
    m_bulk = new BulkActions(session, m_list, m_actions, this);
    m_accountPanel = new AccountStatusPanel(session->accounts(), this);
    m_accountPanel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    m_accountPanel->hide();
    m_actions->include(m_accountPanel->actions());
    m_mail = new MailNotices(session, m_messages, this);
    new CustomerNotices(session, m_messages, this);
    m_windows = new SideWindows(session, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_queues);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->addWidget(m_accountPanel);
    m_splitter->setStretchFactor(3, 0);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({170, 880, 350});

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messages);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createToolBar();
    createMenus();
    createStatusBar();
    connectPanes();
    connectSession();

    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(DetailDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, &MainWindow::showChosenTicket);
    m_countsTimer.setInterval(CountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_countsTimer.start();
    m_changedTimer.setSingleShot(true);
    m_changedTimer.setInterval(ChangeCoalesceMs);
    connect(&m_changedTimer, &QTimer::timeout, this, &MainWindow::onTicketsChanged);
    // The queue and its counts follow changes one ticket at a time (core's QueueWatcher).
    m_watcher = new QueueWatcher(m_tickets, m_list->model(), this);
    connect(m_watcher, &QueueWatcher::countsChanged, this,
            [this](const QHash<QueueKind, qint64> &counts) {
                m_queues->setCounts(counts);
                m_list->setTotalTickets(counts.value(QueueKind::All));
            });
    connect(m_watcher, &QueueWatcher::errorOccurred, this, &MainWindow::showError);
    // Presence: this window tells the desk which ticket it shows and whether a reply or note is
    // being written; colleagues on a ticket show in its header and as a marker in the queue.
    PresenceService *presence = m_session->presence();
    const auto showPresence = [this, presence] {
        m_detail->setPresence(presence->describe(m_detail->ticketId()));
        m_list->model()->setPresence(presence->descriptions());
    };
    connect(presence, &PresenceService::changed, this, showPresence);
    connect(m_detail, &TicketDetailView::shownTicketChanged, this, [presence, showPresence, this] {
        presence->setViewing(m_detail->ticketId());
        showPresence();
    });
    connect(m_detail, &TicketDetailView::composingChanged, presence,
            [presence, this](bool composing) {
                presence->setComposing(composing && m_detail->ticketId() > 0);
            });

    // The queue of last time; the first load starts here.
    const QSettings settings;
    QueueKind initialQueue = m_session->me() ? QueueKind::MyOpen : QueueKind::AllOpen;
    if (auto saved = Queues::fromKey(settings.value(kQueueKey).toString()))
        initialQueue = *saved;
    m_queues->showInitialQueue(initialQueue);
    setWindowTitle(Queues::label(initialQueue));
    m_list->start(initialQueue, settings.value(kHeaderKey).toByteArray());

    updateMeLabel();
    restoreSettings();
    refreshCounts();
    loadDeskSettings();
    // A rejected flow file is for an admin to fix, but it must not go unnoticed.
    if (const QStringList flowErrors = m_session->flowLoadReport().errorMessages();
        !flowErrors.isEmpty())
        showError(tr("Some troubleshooting flow files were rejected and their flows are not "
                     "offered: %1")
                      .arg(flowErrors.join(u' ')));
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPanes()
{
    connect(m_queues, &QueuePane::queueSelected, this, &MainWindow::onQueueSelected);
    connect(m_list, &TicketListPane::loadingChanged, this, [this](bool loading) {
        m_loadingBar->setVisible(loading);
        m_loadingLabel->setVisible(loading);
    });
    connect(m_list, &TicketListPane::rowCountChanged, this, [this](int rows) {
        if (rows < 0)
            m_countLabel->clear();
        else
            m_countLabel->setText(tr("Tickets: %1").arg(QLocale().toString(rows)));
    });
    connect(m_list, &TicketListPane::errorOccurred, this, &MainWindow::showError);
    // Arrowing through the rows shows the ticket a moment after the agent stops.
    connect(m_list, &TicketListPane::ticketChosen, this, [this] {
        m_detailTimer.start();
        m_work->updateActions();
    });
    // The detail pane shows the chosen row or nothing.
    connect(m_list, &TicketListPane::chosenTicketHidden, this, [this] {
        m_detailTimer.stop();
        m_detail->clear();
        m_work->updateActions();
    });
    connect(m_list, &TicketListPane::openRequested, this, &MainWindow::openTicket);
    connect(m_list, &TicketListPane::selectionChanged, m_work,
            &TicketActionController::updateActions);
    connect(m_list, &TicketListPane::contextMenuRequested, this, &MainWindow::showTableMenu);

    connect(m_detail, &TicketDetailView::errorOccurred, this, &MainWindow::showError);
    connect(m_detail, &TicketDetailView::shownTicketChanged, this, &MainWindow::showTicketAccount);
    // A draft article comes from a solved ticket only.
    const auto updateDraftArticle = [this] {
        const std::optional<Ticket> t = m_detail->ticket();
        m_actions->action(QStringLiteral("ticket.draftArticle"))
            ->setEnabled(
                t && (t->status == TicketStatus::Resolved || t->status == TicketStatus::Closed));
    };
    connect(m_detail, &TicketDetailView::shownTicketChanged, this, updateDraftArticle);
    updateDraftArticle();
    connect(m_work, &TicketActionController::errorOccurred, this, &MainWindow::showError);
    connect(m_work, &TicketActionController::informationOccurred, this,
            &MainWindow::showInformation);
    // With several rows selected, Assign and Priority go to the selection.
    m_work->setSelectionSize([this] { return m_list->selectedCount(); });
    m_work->setShowsChosen([this] {
        const qint64 chosen = m_list->chosenTicketId();
        return chosen <= 0 || chosen == m_detail->ticketId();
    });
    connect(m_work, &TicketActionController::bulkAssignRequested, m_bulk, &BulkActions::assign);
    connect(m_work, &TicketActionController::bulkPriorityRequested, this,
            [this] { m_bulk->popupPriorityMenu(m_list->currentRowPosition()); });
    connect(m_bulk, &BulkActions::information, this, &MainWindow::showInformation);
    connect(m_bulk, &BulkActions::finished, this, [this] {
        // What was held back while it ran.
        if (!m_changedTickets.isEmpty())
            m_changedTimer.start();
    });

    // Mail: what the reply editor promises, the delivery states on the timeline and its links.
    MailDelivery *mail = m_session->mailDelivery();
    const auto updateComposer = [this, mail] {
        m_detail->setMailConfigured(mail->state() != MailDelivery::State::NotConfigured &&
                                    mail->isConfigured());
    };
    connect(mail, &MailDelivery::stateChanged, this, updateComposer);
    updateComposer();
    m_detail->setOutboxService(m_session->outbox());
    m_detail->setInboundService(m_session->inbound());
    connect(m_detail, &TicketDetailView::informationOccurred, this, &MainWindow::showInformation);
    connect(m_detail, &TicketDetailView::mailRetryRequested, m_mail, &MailNotices::retry);
    connect(m_detail, &TicketDetailView::outboxRequested, m_windows, &SideWindows::openOutbox);
    // A ticket chosen in another window is shown here, whether or not the queue has it.
    connect(m_windows, &SideWindows::searchChoseTicket, this, [this](qint64 id) {
        showTicketElsewhere(id);
        m_detail->focusContent();
    });
    // A report's drill-down: its tickets in the list, the main window in front.
    connect(m_windows, &SideWindows::reportChoseTickets, this,
            [this](const QList<qint64> &ids, const QString &title) {
                m_list->showTickets(ids, title);
                raise();
                activateWindow();
            });
    connect(m_windows, &SideWindows::outboxChoseTicket, this, [this](qint64 id) {
        showTicketElsewhere(id);
        raise();
        activateWindow();
    });
}

void MainWindow::connectSession()
{
    // Changes here, in other clients (ChangeNotifier) and by the SLA monitor all arrive as
    // ticketChanged. The first one of a burst starts the timer and the rest ride along, so a
    // steady stream still refreshes every ChangeCoalesceMs instead of never.
    connect(m_tickets, &TicketService::ticketChanged, this, [this](qint64 id) {
        m_changedTickets.insert(id);
        if (!m_changedTimer.isActive())
            m_changedTimer.start();
    });
    connect(m_session->escalationMonitor(), &EscalationMonitor::errorOccurred, this,
            &MainWindow::showError);
    // A lost database connection is reopened by the worker; say so, and reload what may have
    // changed meanwhile once it is back.
    connect(m_session->worker(), &DbWorker::connectionLost, this, [this](const Error &error) {
        m_databaseLabel->setText(tr("%1 (reconnecting…)").arg(m_session->settings().displayUrl()));
        m_messages->showMessage(error.message);
    });
    connect(m_session->worker(), &DbWorker::connectionRestored, this, [this] {
        m_databaseLabel->setText(m_session->settings().displayUrl());
        showInformation(tr("The connection to the database is back. Nothing you saved was lost; "
                           "if an action failed meanwhile, do it again."));
        m_tickets->notifyExternalChange(0);
    });
    connect(m_session->changeNotifier(), &ChangeNotifier::listening, this, [this](bool ok) {
        if (!ok)
            showError(tr("Changes made by colleagues are not arriving live (the database "
                         "cannot be watched). Press %1 to refresh.")
                          .arg(ActionCatalog::keyText(u"app.refresh")));
    });
}

void MainWindow::loadDeskSettings()
{
    // The warning window colours the countdowns and bounds the "Breaching SLA" queue.
    whenDone(m_session->sla()->config(), this, [this](const Result<SlaConfig> &sla) {
        if (!sla) {
            showError(sla.error().message);
            return;
        }
        m_warningWindowMs = sla.value().warningWindowMs;
        m_list->setWarningWindow(m_warningWindowMs);
        m_detail->setWarningWindow(m_warningWindowMs);
        m_list->applyQuery();
        refreshCounts();
    });
    // Names for the staff ids on the timeline.
    whenDone(m_session->staff()->all(), this, [this](const Result<QList<Staff>> &staff) {
        if (!staff)
            return;
        m_detail->setStaffDirectory(staff.value());
        m_accountPanel->setStaffDirectory(staff.value());
    });
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    WindowGeometry::restore(this, settings.value(kGeometryKey).toByteArray(), QSize(1400, 800));
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_list->headerState());
    settings.setValue(kQueueKey, Queues::key(m_list->queue()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showError(const QString &message)
{
    if (!message.isEmpty())
        m_messages->showMessage(message);
}

void MainWindow::showInformation(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Information);
}

// ---- The queue, its counts and refreshes ----------------------------------------------------

void MainWindow::onQueueSelected(QueueKind kind)
{
    setWindowTitle(Queues::label(kind));
    m_list->showQueue(kind);
}

void MainWindow::refresh()
{
    m_watcher->reloadAll();
    m_detail->reload();
    m_accountPanel->reload();
}

void MainWindow::refreshCounts()
{
    // Counted for the current staff member, without the filter.
    TicketQuery base;
    if (m_session->me())
        base.currentStaffId = m_session->me()->id;
    base.breachWarningMs = m_warningWindowMs;
    m_watcher->setCountsBase(base);
}

void MainWindow::onTicketsChanged()
{
    // The queue and the counts are the QueueWatcher's; here only the ticket shown.
    const QSet<qint64> changed = std::exchange(m_changedTickets, {});
    // 0: another client changed something, we cannot tell what.
    if (m_detail->ticketId() > 0 && (changed.contains(0) || changed.contains(m_detail->ticketId())))
        m_detail->reload();
}

// ---- The ticket shown, and its account --------------------------------------------------------

void MainWindow::showChosenTicket()
{
    m_detailTimer.stop();
    const qint64 id = m_list->chosenTicketId();
    if (id <= 0 || m_detail->ticketId() == id)
        return;
    const std::optional<Ticket> loaded = m_list->loadedTicket(id);
    m_detail->showTicket(id, loaded);
    // The assignee opens a ticket with a new customer message: it is read now.
    if (loaded && loaded->unreadSince.isValid() && m_session->me() &&
        loaded->assigneeId == m_session->me()->id)
        (void)m_session->tickets()->markRead(id);
}

void MainWindow::openTicket(qint64)
{
    showChosenTicket();
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() >= 3 && sizes.at(2) < m_detail->minimumSizeHint().width()) {
        sizes[2] = 350;
        m_splitter->setSizes(sizes);
    }
    m_detail->focusContent();
}

void MainWindow::showTicketElsewhere(qint64 ticketId)
{
    // The ticket may not be in the current queue: show it in the panel either way.
    m_detail->showTicket(ticketId);
    m_list->choose(ticketId);
}

void MainWindow::showTicketAccount()
{
    // The panel follows the ticket shown: its requester's account, with the ticket as context.
    const std::optional<Ticket> ticket = m_detail->ticket();
    if (!ticket || !ticket->accountId) {
        m_accountPanel->clear();
        m_accountPanel->hide();
        return;
    }
    if (m_accountPanel->accountId() != *ticket->accountId ||
        m_accountPanel->ticketId() != ticket->id)
        m_accountPanel->setAccount(*ticket->accountId, ticket->id);
    if (m_accountPanel->isHidden()) {
        m_accountPanel->show();
        QList<int> sizes = m_splitter->sizes();
        const int wanted = 420;
        if (sizes.size() == 4 && sizes.at(3) < m_accountPanel->minimumWidth()) {
            const int take = qMin(wanted, qMax(0, sizes.at(1) - 400));
            sizes[1] -= take;
            sizes[3] = take;
            m_splitter->setSizes(sizes);
        }
    }
}

void MainWindow::showTableMenu(const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int count = m_list->selectedCount();
    if (count > 1) {
        menu->addSection(tr("%n selected ticket(s)", nullptr, count));
        m_bulk->updateEnabled();
        m_actions->addToMenu(
            menu, {"selection.assign", "selection.priorityMenu", "selection.statusMenu"});
    } else {
        m_actions->addToMenu(menu, {"list.open", "-", "ticket.take", "ticket.assign",
                                    "ticket.reply", "ticket.note", "-", "ticket.statusMenu",
                                    "ticket.priorityMenu", "ticket.categoryMenu"});
    }
    menu->popup(globalPos);
}

// ---- What the actions open ------------------------------------------------------------------

void MainWindow::newTicket()
{
    if (!m_session->me()) {
        showError(tr("Creating tickets needs a staff member to act as; %1").arg(m_meLabel->text()));
        return;
    }
    auto *dialog = new NewTicketDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTicketDialog::created, this, &MainWindow::onTicketCreated);
    dialog->open();
}

void MainWindow::onTicketCreated(const Ticket &ticket)
{
    m_detail->showTicket(ticket.id, ticket);
    m_list->choose(ticket.id);
    // Show it in a queue that holds new, unassigned tickets, unfiltered.
    m_list->clearFilter();
    const QueueKind queue = m_list->queue();
    if (queue != QueueKind::Unassigned && queue != QueueKind::AllOpen && queue != QueueKind::All)
        m_queues->selectQueue(QueueKind::AllOpen);
    else
        m_list->applyQuery();
}

} // namespace helpdesk
