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

// The registry's entries into a menu, in order; "-" is a separator.
void addEntries(QMenu *menu, const ActionRegistry *actions, std::initializer_list<const char *> ids)
{
    for (const char *id : ids) {
        if (qstrcmp(id, "-") == 0)
            menu->addSeparator();
        else if (QAction *action = actions->action(QString::fromLatin1(id)))
            menu->addAction(action);
        else
            qFatal("no action %s for the menu", id);
    }
}
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

void MainWindow::createActions()
{
    const auto make = [this](const char *id, auto slot) {
        connect(m_actions->create(QString::fromLatin1(id)), &QAction::triggered, this, slot);
    };
    make("ticket.new", &MainWindow::newTicket);
    make("list.search", [this] { m_windows->openSearch(); });
    make("account.find", [this] { m_windows->openAccounts(); });
    make("outbox.show", [this] { m_windows->openOutbox(); });
    make("reports.show", [this] { m_windows->openReports(); });
    make("knowledge.show", [this] { m_windows->openKnowledge(); });
    make("macros.show", [this] { m_windows->openMacros(); });
    make("ticket.draftArticle", &MainWindow::draftArticle);
    make("tools.templatePreview", [this] { m_windows->openTemplatePreview(m_detail->ticketId()); });
    make("tools.settings", [this] { m_windows->openMailSettings(); });
    make("tools.staff", [this] { m_windows->openStaff(); });
    make("app.refresh", &MainWindow::refresh);
    make("app.shortcuts", &MainWindow::showShortcuts);
    make("app.quit", &QWidget::close);
    make("app.about", &MainWindow::showAbout);
}

void MainWindow::draftArticle()
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (!t)
        return;
    whenDone(m_session->knowledge()->draftFromTicket(t->id), this,
             [this](const Result<ArticleDraft> &draft) {
                 if (!draft) {
                     showError(draft.error().message);
                     return;
                 }
                 m_windows->openKnowledgeDraft(draft.value());
             });
}

void MainWindow::createToolBar()
{
    // The frequent actions, the same QActions as the menus' (icons, keys, enabled state).
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    for (const char *id : {"ticket.new", "-", "ticket.take", "ticket.reply", "ticket.note",
                           "ticket.troubleshoot", "-", "list.search"}) {
        if (qstrcmp(id, "-") == 0)
            m_toolBar->addSeparator();
        else
            m_toolBar->addAction(m_actions->action(QString::fromLatin1(id)));
    }
    // Shown unless turned off, on this computer: View › Show Toolbar.
    QAction *toggle = m_actions->create(QStringLiteral("view.toolbar"));
    toggle->setChecked(LocalSettings::toolbarVisible());
    m_toolBar->setVisible(toggle->isChecked());
    connect(toggle, &QAction::toggled, this, [this](bool visible) {
        m_toolBar->setVisible(visible);
        LocalSettings::setToolbarVisible(visible);
    });
    // Its context menu offers the same action.
    m_toolBar->toggleViewAction()->setVisible(false);
    setContextMenuPolicy(Qt::NoContextMenu);
}

void MainWindow::createMenus()
{
    const ActionRegistry *a = m_actions;
    addEntries(menuBar()->addMenu(tr("&File")), a,
               {"ticket.new", "-", "app.refresh", "-", "app.quit"});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QueueKind kind : Queues::all())
        view->addAction(a->action(ActionCatalog::queueId(kind)));
    addEntries(view, a,
               {"-", "list.filter", "list.search", "list.focus", "list.open", "-", "reports.show",
                "-", "view.toolbar", "-", "app.refresh"});

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->setObjectName(QStringLiteral("ticketMenu"));
    addEntries(ticket, a,
               {"ticket.new", "-", "ticket.take", "ticket.assign", "ticket.reply", "ticket.note",
                "ticket.logCustomerMessage", "ticket.troubleshoot", "-", "ticket.statusMenu",
                "ticket.escalate", "ticket.deEscalate", "-", "ticket.priority",
                "ticket.priorityMenu", "ticket.categoryMenu", "-", "ticket.draftArticle", "-"});
    QMenu *selected = m_actions->createMenu(QStringLiteral("selection.menu"), ticket);
    ticket->addMenu(selected);
    addEntries(selected, a, {"selection.assign", "selection.priorityMenu", "selection.statusMenu"});
    connect(selected, &QMenu::aboutToShow, m_bulk, &BulkActions::updateEnabled);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    addEntries(account, a, {"account.find", "-"});
    account->addActions(m_accountPanel->actions()->actions());

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    addEntries(tools, a,
               {"knowledge.show", "macros.show", "-", "outbox.show", "tools.templatePreview", "-",
                "tools.staff", "tools.settings"});

    addEntries(menuBar()->addMenu(tr("&Help")), a, {"app.shortcuts", "-", "app.about"});
}

void MainWindow::createStatusBar()
{
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumWidth(90);
    m_loadingBar->setMaximumHeight(fontMetrics().height() - 2);
    m_loadingBar->setAccessibleName(tr("Loading"));
    m_loadingLabel = new QLabel(tr("Loading…"), this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("ticketCountLabel"));
    m_meLabel = new QLabel(this);
    m_meLabel->setObjectName(QStringLiteral("meLabel"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    if (m_session->settings().dialect == Dialect::SQLite) {
        // One person's database: no logins, no rights kept by the database.
        m_databaseLabel->setText(
            tr("Single-user database: %1").arg(m_session->settings().displayUrl()));
        m_databaseLabel->setToolTip(tr("An embedded database for one person. For a team, use a "
                                       "shared PostgreSQL database, where each staff member "
                                       "signs in with their own login."));
    } else {
        m_databaseLabel->setText(m_session->settings().displayUrl());
        m_databaseLabel->setToolTip(
            tr("Shared database; you are signed in as its user %1").arg(m_session->meLogin()));
    }
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    statusBar()->addWidget(m_loadingBar);
    statusBar()->addWidget(m_loadingLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_meLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_loadingBar->hide();
    m_loadingLabel->hide();
}

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
        addEntries(menu, m_actions,
                   {"selection.assign", "selection.priorityMenu", "selection.statusMenu"});
    } else {
        addEntries(menu, m_actions,
                   {"list.open", "-", "ticket.take", "ticket.assign", "ticket.reply", "ticket.note",
                    "-", "ticket.statusMenu", "ticket.priorityMenu", "ticket.categoryMenu"});
    }
    menu->popup(globalPos);
}

void MainWindow::updateMeLabel()
{
    const QString login = m_session->meLogin();
    // Reports are for team leads and admins.
    const auto &who = m_session->me();
    QAction *reports = m_actions->action(QStringLiteral("reports.show"));
    reports->setVisible(who && ReportService::mayRead(*who).ok());
    reports->setEnabled(reports->isVisible());
    // The Staff screen is the administrators' (the database refuses anyone else anyway).
    if (QAction *staff = m_actions->action(QStringLiteral("tools.staff")))
        staff->setVisible(m_session->me() && m_session->me()->role == StaffRole::Admin);
    if (const auto &me = m_session->me()) {
        m_meLabel->setText(tr("Acting as %1 (%2)").arg(me->displayName, me->login));
        m_meLabel->setToolTip(tr("The staff member this app acts as"));
    } else if (login.isEmpty()) {
        m_meLabel->setText(tr("No staff login set: “My open tickets” is empty"));
        m_meLabel->setToolTip(tr("Set the staff login in the settings (staff/login)."));
    } else {
        m_meLabel->setText(tr("Login “%1” not found among staff").arg(login));
        m_meLabel->setToolTip(tr("“My open tickets” stays empty until an administrator adds "
                                 "the staff member “%1”, or the staff/login setting names an "
                                 "existing one.")
                                  .arg(login));
    }
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

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace helpdesk
