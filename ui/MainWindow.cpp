#include "MainWindow.h"

#include "ShortcutsDialog.h"
#include "accounts/AccountService.h"
#include "accounts/AccountStatusPanel.h"
#include "accounts/AccountsWindow.h"
#include "app/AppSession.h"
#include "common/Futures.h"
#include "common/MessageBar.h"
#include "db/ChangeNotifier.h"
#include "db/DbWorker.h"
#include "mail/MailDelivery.h"
#include "mail/MailSettings.h"
#include "mail/OutboxService.h"
#include "outbox/OutboxDialog.h"
#include "queue/BulkSummaryDialog.h"
#include "queue/QueueListView.h"
#include "queue/TicketTableView.h"
#include "search/SearchDialog.h"
#include "settings/MailSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatePreviewPage.h"
#include "sla/EscalationMonitor.h"
#include "sla/SlaService.h"
#include "staff/StaffService.h"
#include "ticket/NewTicketDialog.h"
#include "ticket/StaffPickerDialog.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"
#include "wizard/TroubleshootingWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <climits>
#include <optional>

namespace helpdesk {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kHeaderKey = QStringLiteral("mainWindow/tableHeader");
const QString kQueueKey = QStringLiteral("mainWindow/queue");

constexpr int FilterDelayMs = 250;
constexpr int DetailDelayMs = 120;
constexpr int CountsIntervalMs = 60 * 1000;
constexpr int ChangeCoalesceMs = 300; // a burst of changes (here or elsewhere) is one refresh

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

MainWindow::MainWindow(AppSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_tickets(session->tickets()),
      m_model(new TicketQueueModel(session->worker(), this))
{
    setObjectName(QStringLiteral("mainWindow"));

    // The wizard's account-check steps show the same live account panel as the ticket does.
    TroubleshootingWizard::setAccountPanelFactory(
        [accounts = QPointer<AccountService>(session->accounts())](qint64 accountId,
                                                                   QWidget *host) -> QWidget * {
            if (!accounts)
                return nullptr;
            return new AccountStatusPanel(accounts, accountId, std::nullopt, host);
        });

    // Queues, left.
    m_queues = new QueueListView(this);
    auto *queuePanel = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(6, 8, 0, 6);
    auto *queueCaption = new QLabel(tr("&Queues"), queuePanel);
    QFont captionFont = queueCaption->font();
    captionFont.setBold(true);
    queueCaption->setFont(captionFont);
    queueCaption->setBuddy(m_queues);
    queueLayout->addWidget(queueCaption);
    queueLayout->addWidget(m_queues, 1);

    // Tickets, centre.
    auto *centrePanel = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centrePanel);
    centreLayout->setContentsMargins(6, 6, 6, 6);
    centreLayout->setSpacing(6);
    auto *headerRow = new QHBoxLayout;
    m_queueTitle = new QLabel(centrePanel);
    m_queueTitle->setObjectName(QStringLiteral("queueTitle"));
    QFont titleFont = m_queueTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_queueTitle->setFont(titleFont);
    m_filter = new QLineEdit(centrePanel);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter tickets"));
    m_filter->setPlaceholderText(
        tr("Filter by subject, requester or #number (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_filter->installEventFilter(this);
    headerRow->addWidget(m_queueTitle, 1);
    headerRow->addWidget(m_filter);
    centreLayout->addLayout(headerRow);

    m_centre = new QStackedWidget(centrePanel);
    m_table = new TicketTableView(m_centre);
    m_emptyDatabase = new QLabel(m_centre);
    m_emptyDatabase->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyDatabase->setWordWrap(true);
    m_emptyDatabase->setAlignment(Qt::AlignCenter);
    m_emptyDatabase->setTextFormat(Qt::RichText);
    m_emptyDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyDatabase->setMargin(24);
    m_emptyQueue = new QLabel(m_centre);
    m_emptyQueue->setObjectName(QStringLiteral("emptyQueueLabel"));
    m_emptyQueue->setWordWrap(true);
    m_emptyQueue->setAlignment(Qt::AlignCenter);
    m_emptyQueue->setTextFormat(Qt::PlainText);
    m_emptyQueue->setMargin(24);
    m_centre->addWidget(m_table);
    m_centre->addWidget(m_emptyDatabase);
    m_centre->addWidget(m_emptyQueue);
    centreLayout->addWidget(m_centre, 1);

    // Details, right, with the ticket actions that work on the ticket shown.
    m_detail = new TicketDetailView(m_tickets, this);
    m_work = new TicketActionController(m_session, m_detail, this);
    m_detail->setActionBar(m_work->createActionBar());
    m_bulk = new BulkRunner(m_tickets, this, this);
    // The requester's customer account, beside the ticket.
    m_accountPanel = new AccountStatusPanel(m_session->accounts(), this);
    m_accountPanel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    m_accountPanel->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(queuePanel);
    m_splitter->addWidget(centrePanel);
    m_splitter->addWidget(m_detail);
    m_splitter->addWidget(m_accountPanel);
    m_splitter->setStretchFactor(3, 0);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({170, 880, 350});

    m_messages = new MessageBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messages);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createStatusBar();
    connectMail();

    // Model signals first: setting the query below starts loading at once.
    connect(m_model, &TicketQueueModel::loadingChanged, this, [this](bool loading) {
        m_loadingBar->setVisible(loading);
        m_loadingLabel->setVisible(loading);
        if (!loading)
            updateCountLabel();
    });
    connect(m_model, &TicketQueueModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &TicketQueueModel::firstPageLoaded, this, [this] {
        restoreSelection();
        updateCentre();
    });
    connect(m_model, &TicketQueueModel::indexLoaded, this, [this] {
        restoreSelection();
        updateCentre();
        updateCountLabel();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MainWindow::restoreSelection);
    connect(m_detail, &TicketDetailView::errorOccurred, this, &MainWindow::showError);
    connect(m_detail, &TicketDetailView::shownTicketChanged, this, &MainWindow::showTicketAccount);
    connect(m_work, &TicketActionController::errorOccurred, this, &MainWindow::showError);
    connect(m_work, &TicketActionController::bulkAssignRequested, this, &MainWindow::bulkAssign);
    connect(m_work, &TicketActionController::bulkPriorityRequested, this, [this] {
        m_bulkPriorityMenu->popup(m_table->viewport()->mapToGlobal(
            m_table->visualRect(m_table->currentIndex()).bottomLeft()));
    });
    m_work->setSelectionSize([this] { return selectedRowCount(); });
    connect(m_bulk, &BulkRunner::finished, this, &MainWindow::onBulkFinished);
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
        m_messages->showMessage(tr("The connection to the database is back. Nothing you saved "
                                   "was lost; if an action failed meanwhile, do it again."),
                                MessageBar::Kind::Information);
        m_tickets->notifyExternalChange(0);
    });
    connect(m_session->changeNotifier(), &ChangeNotifier::listening, this, [this](bool ok) {
        if (!ok)
            showError(tr("Changes made by colleagues are not arriving live (the database "
                         "cannot be watched). Press %1 to refresh.")
                          .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    });

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &MainWindow::applyQuery);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer.stop();
        applyQuery();
        focusTable();
    });
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(DetailDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, &MainWindow::showSelectedTicket);
    m_countsTimer.setInterval(CountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    m_countsTimer.start();
    m_changedTimer.setSingleShot(true);
    m_changedTimer.setInterval(ChangeCoalesceMs);
    connect(&m_changedTimer, &QTimer::timeout, this, &MainWindow::onTicketsChanged);

    const QSettings settings;
    QueueKind initialQueue = m_session->me() ? QueueKind::MyOpen : QueueKind::AllOpen;
    if (auto saved = Queues::fromKey(settings.value(kQueueKey).toString()))
        initialQueue = *saved;
    TicketQuery query;
    query.queue = initialQueue;
    query.sortByRisk = initialQueue == QueueKind::Escalated;
    if (m_session->me())
        query.currentStaffId = m_session->me()->id;
    m_table->setTicketModel(m_model, query, settings.value(kHeaderKey).toByteArray());
    // The model keeps the risk order; the view only stops offering column sorting.
    m_table->setRiskSortMode(query.sortByRisk);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &) { onCurrentRowChanged(current); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_work,
            &TicketActionController::updateActions);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::openCurrentTicket);

    // The queue list drives the queue; selecting it now must not reload what is loading.
    connect(m_queues, &QueueListView::queueSelected, this, &MainWindow::onQueueSelected);
    {
        const QSignalBlocker blocker(m_queues);
        m_queues->setCurrentQueue(initialQueue);
    }
    m_queueActions.at(int(Queues::all().indexOf(initialQueue)))->setChecked(true);
    m_queueTitle->setText(Queues::label(initialQueue));
    setWindowTitle(Queues::label(initialQueue));

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
    m_table->setFocus();
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
        m_table->setWarningWindow(m_warningWindowMs);
        m_detail->setWarningWindow(m_warningWindowMs);
        applyQuery();
        refreshCounts();
    });
    // Names for the staff ids on the timeline.
    whenDone(m_session->staff()->all(), this, [this](const Result<QList<Staff>> &staff) {
        if (staff)
            m_detail->setStaffDirectory(staff.value());
        if (staff)
            m_accountPanel->setStaffDirectory(staff.value());
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QList<QueueKind> queues = Queues::all();
    for (int i = 0; i < queues.size(); ++i) {
        const QueueKind kind = queues.at(i);
        auto *action = new QAction(Queues::label(kind), this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(int(kind));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { selectQueue(kind); });
        m_queueActions.append(action);
    }

    m_findAction = new QAction(tr("&Filter Tickets…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusFilter);

    m_searchAction = new QAction(tr("&Search Tickets…"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this] { openSearch(); });

    m_focusTableAction = new QAction(tr("Go to Ticket &List"), this);
    m_focusTableAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_F6)});
    connect(m_focusTableAction, &QAction::triggered, this, &MainWindow::focusTable);

    // Enter opens the ticket only while the table has focus; elsewhere Enter keeps its meaning.
    m_openAction = new QAction(tr("&Open Ticket"), this);
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openCurrentTicket);
    m_table->addAction(m_openAction);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_newTicketAction = new QAction(tr("&New Ticket…"), this);
    m_newTicketAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newTicketAction, &QAction::triggered, this, &MainWindow::newTicket);

    m_bulkAssignAction = new QAction(tr("&Assign Selected…"), this);
    connect(m_bulkAssignAction, &QAction::triggered, this, &MainWindow::bulkAssign);
    m_bulkPriorityMenu = new QMenu(tr("Set &Priority of Selected"), this);
    m_bulkPriorityMenu->setObjectName(QStringLiteral("bulkPriorityMenu"));
    const QList<TicketPriority> priorities = Vocabulary::allPriorities();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it) {
        const TicketPriority p = *it;
        m_bulkPriorityMenu->addAction(Vocabulary::label(p), this,
                                      [this, p] { bulkSetPriority(p); });
    }
    m_bulkStatusMenu = new QMenu(tr("Set &Status of Selected"), this);
    m_bulkStatusMenu->setObjectName(QStringLiteral("bulkStatusMenu"));
    for (TicketStatus st : Vocabulary::allStatuses()) {
        if (st == TicketStatus::New)
            continue; // nothing goes back to new
        m_bulkStatusMenu->addAction(Vocabulary::label(st), this, [this, st] { bulkSetStatus(st); });
    }

    m_accountsAction = new QAction(tr("&Find Account…"), this);
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_accountsAction->setToolTip(tr("Customer accounts by email address or name (Ctrl+Shift+U)"));
    connect(m_accountsAction, &QAction::triggered, this, [this] { openAccounts(); });

    m_aboutAction = new QAction(tr("&About Helpdesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    createMailActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTicketAction);
    file->addSeparator();
    file->addAction(m_refreshAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(m_queueActions))
        view->addAction(action);
    view->addSeparator();
    view->addAction(m_findAction);
    view->addAction(m_searchAction);
    view->addAction(m_focusTableAction);
    view->addAction(m_openAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->setObjectName(QStringLiteral("ticketMenu"));
    ticket->addAction(m_newTicketAction);
    ticket->addSeparator();
    ticket->addAction(m_work->takeAction());
    ticket->addAction(m_work->assignAction());
    ticket->addAction(m_work->replyAction());
    ticket->addAction(m_work->noteAction());
    ticket->addAction(m_work->troubleshootAction());
    ticket->addSeparator();
    ticket->addMenu(m_work->statusMenu());
    ticket->addAction(m_work->escalateAction());
    ticket->addAction(m_work->deEscalateAction());
    ticket->addSeparator();
    ticket->addAction(m_work->priorityAction());
    ticket->addMenu(m_work->priorityMenu());
    ticket->addMenu(m_work->categoryMenu());
    ticket->addSeparator();
    QMenu *selected = ticket->addMenu(tr("Se&lected Tickets"));
    selected->addAction(m_bulkAssignAction);
    selected->addMenu(m_bulkPriorityMenu);
    selected->addMenu(m_bulkStatusMenu);
    connect(selected, &QMenu::aboutToShow, this, [this] {
        const bool any = selectedRowCount() > 0 && m_session->me() && !m_bulk->isRunning();
        m_bulkAssignAction->setEnabled(any);
        m_bulkPriorityMenu->setEnabled(any);
        m_bulkStatusMenu->setEnabled(any);
    });

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->addAction(m_accountsAction);
    account->addSeparator();
    account->addActions(m_accountPanel->accountActions());

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_outboxAction);
    tools->addAction(m_templatePreviewAction);
    tools->addSeparator();
    tools->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
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
    m_databaseLabel->setText(m_session->settings().displayUrl());
    m_databaseLabel->setToolTip(tr("Database in use"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    statusBar()->addWidget(m_loadingBar);
    statusBar()->addWidget(m_loadingLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_meLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_loadingBar->setVisible(m_model->isLoading());
    m_loadingLabel->setVisible(m_model->isLoading());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 800);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->saveHeaderState());
    settings.setValue(kQueueKey, Queues::key(currentQueue()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            m_filter->clear();
            m_filterTimer.stop();
            applyQuery();
            focusTable();
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            focusTable();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

QueueKind MainWindow::currentQueue() const
{
    return m_model->query().queue;
}

TicketQuery MainWindow::countsQuery() const
{
    TicketQuery base;
    if (m_session->me())
        base.currentStaffId = m_session->me()->id;
    base.breachWarningMs = m_warningWindowMs;
    return base;
}

bool MainWindow::isEmptyStateShown() const
{
    return m_centre->currentWidget() == m_emptyDatabase;
}

QString MainWindow::emptyStateText() const
{
    return m_emptyDatabase->text();
}

void MainWindow::selectQueue(QueueKind kind)
{
    if (m_queues->currentQueue() == kind)
        onQueueSelected(kind);
    else
        m_queues->setCurrentQueue(kind); // emits queueSelected
}

void MainWindow::onQueueSelected(QueueKind kind)
{
    const int position = int(Queues::all().indexOf(kind));
    if (position >= 0)
        m_queueActions.at(position)->setChecked(true);
    m_queueTitle->setText(Queues::label(kind));
    setWindowTitle(Queues::label(kind));
    // The escalated queue is the lead's view: most at risk first, until a header is clicked.
    setRiskSort(kind == QueueKind::Escalated);
}

void MainWindow::setRiskSort(bool on)
{
    // Order matters: sorting off before the risk query, on again only after the column
    // query is in, so that neither step reloads the queue twice.
    if (on)
        m_table->setRiskSortMode(true);
    applyQuery();
    if (!on)
        m_table->setRiskSortMode(false);
}

void MainWindow::applyQuery()
{
    TicketQuery query = m_model->query();
    query.queue = m_queues->currentQueue();
    query.currentStaffId.reset();
    if (m_session->me())
        query.currentStaffId = m_session->me()->id;
    query.filterText = m_filter->text().trimmed();
    query.breachWarningMs = m_warningWindowMs;
    query.sortByRisk = m_table->isRiskSortMode();
    if (query == m_model->query())
        return;
    m_countLabel->clear();
    m_model->setQuery(query);
    updateCentre();
}

void MainWindow::refresh()
{
    m_model->refresh();
    refreshCounts();
    m_detail->reload();
    m_accountPanel->reload();
}

void MainWindow::refreshCounts()
{
    const quint64 generation = ++m_countsGeneration;
    whenDone(m_tickets->queueCounts(countsQuery()), this,
             [this, generation](const Result<QHash<QueueKind, qint64>> &counts) {
                 if (generation != m_countsGeneration)
                     return;
                 if (!counts) {
                     showError(counts.error().message);
                     return;
                 }
                 m_queues->setCounts(counts.value());
                 m_totalTickets = counts.value().value(QueueKind::All);
                 updateCentre();
                 emit queueCountsUpdated(counts.value());
             });
}

void MainWindow::onTicketsChanged()
{
    // A bulk change refreshes once, when it is done.
    if (m_bulk->isRunning())
        return;
    const QSet<qint64> changed = std::exchange(m_changedTickets, {});
    refreshCounts();
    m_model->refresh();
    // 0: another client changed something, we cannot tell what.
    if (m_detail->ticketId() > 0 && (changed.contains(0) || changed.contains(m_detail->ticketId())))
        m_detail->reload();
}

int MainWindow::selectedRowCount() const
{
    // From the ranges, not selectedRows(): a selection of every row stays cheap to count.
    int rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.height();
    return rows;
}

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
    m_selectedTicketId = ticket.id;
    m_detail->showTicket(ticket.id, ticket);
    // Show it in a queue that holds new, unassigned tickets, unfiltered.
    if (!m_filter->text().isEmpty()) {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filterTimer.stop();
    }
    const QueueKind queue = currentQueue();
    if (queue != QueueKind::Unassigned && queue != QueueKind::AllOpen && queue != QueueKind::All)
        selectQueue(QueueKind::AllOpen);
    else
        applyQuery();
    restoreSelection();
}

void MainWindow::bulkAssign()
{
    const int count = selectedRowCount();
    if (count == 0 || !m_session->me() || m_bulk->isRunning())
        return;
    auto *picker = new StaffPickerDialog(m_session, std::nullopt,
                                         tr("Assign %n ticket(s)", nullptr, count), this);
    picker->setObjectName(QStringLiteral("bulkStaffPicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { bulkAssignTo(picker->selectedStaff()); });
    picker->open();
}

void MainWindow::bulkAssignTo(std::optional<qint64> staffId)
{
    TicketService *service = m_tickets;
    runBulk(tr("Assign tickets"), staffId ? tr("Assigning…") : tr("Unassigning…"),
            [service, staffId](const Ticket &t) { return service->assign(t, staffId); });
}

void MainWindow::bulkSetPriority(TicketPriority priority)
{
    TicketService *service = m_tickets;
    runBulk(tr("Set priority"), tr("Setting the priority to %1…").arg(Vocabulary::label(priority)),
            [service, priority](const Ticket &t) { return service->setPriority(t, priority); });
}

void MainWindow::bulkSetStatus(TicketStatus status)
{
    TicketService *service = m_tickets;
    runBulk(tr("Set status"), tr("Setting the status to %1…").arg(Vocabulary::label(status)),
            [service, status](const Ticket &t) { return service->setStatus(t, status); });
}

void MainWindow::runBulk(const QString &what, const QString &label, BulkRunner::Operation operation)
{
    if (!m_session->me() || m_bulk->isRunning())
        return;
    QList<BulkRunner::Item> items;
    for (qint64 id : m_table->selectedTicketIds()) {
        BulkRunner::Item item;
        item.id = id;
        item.loaded = m_model->ticketAt(m_model->rowOfTicket(id));
        items.append(item);
    }
    if (items.isEmpty())
        return;
    m_bulkWhat = what;
    m_bulk->start(label, items, std::move(operation));
}

void MainWindow::onBulkFinished(const BulkRunner::Outcome &outcome)
{
    // What was held back while it ran.
    if (!m_changedTickets.isEmpty())
        m_changedTimer.start();
    if (outcome.failures.isEmpty() && !outcome.cancelled) {
        m_messages->showMessage(
            tr("%1: changed %n ticket(s).", nullptr, outcome.changed).arg(m_bulkWhat),
            MessageBar::Kind::Information);
        return;
    }
    auto *summary = new BulkSummaryDialog(m_bulkWhat, outcome, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int count = selectedRowCount();
    if (count > 1) {
        menu->addSection(tr("%n selected ticket(s)", nullptr, count));
        const bool on = m_session->me() && !m_bulk->isRunning();
        m_bulkAssignAction->setEnabled(on);
        m_bulkPriorityMenu->setEnabled(on);
        m_bulkStatusMenu->setEnabled(on);
        menu->addAction(m_bulkAssignAction);
        menu->addMenu(m_bulkPriorityMenu);
        menu->addMenu(m_bulkStatusMenu);
    } else {
        menu->addAction(m_openAction);
        menu->addSeparator();
        menu->addAction(m_work->takeAction());
        menu->addAction(m_work->assignAction());
        menu->addAction(m_work->replyAction());
        menu->addAction(m_work->noteAction());
        menu->addSeparator();
        menu->addMenu(m_work->statusMenu());
        menu->addMenu(m_work->priorityMenu());
        menu->addMenu(m_work->categoryMenu());
    }
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showError(const QString &message)
{
    if (message.isEmpty())
        return;
    m_messages->showMessage(message);
}

void MainWindow::updateCentre()
{
    if (m_totalTickets == 0) {
        const QString code = QStringLiteral("<code>%1</code>");
        m_emptyDatabase->setText(
            tr("<h2>No tickets yet</h2>"
               "<p>This database does not hold any tickets.</p>"
               "<p>To try Helpdesk with realistic demo data, start it with %1<br/>"
               "or fill this database with %2</p>"
               "<p>To work with your team, connect to the shared server:<br/>%3</p>"
               "<p>Database in use: %4</p>")
                .arg(code.arg(QStringLiteral("helpdesk --demo")),
                     code.arg(QStringLiteral("helpdesk-admin seed-demo")),
                     code.arg(
                         QStringLiteral("helpdesk --database postgresql://user@host:port/dbname")),
                     code.arg(m_session->settings().displayUrl().toHtmlEscaped())));
        m_centre->setCurrentWidget(m_emptyDatabase);
        return;
    }
    if (m_model->isIndexComplete() && m_model->rowCount() == 0) {
        const QString filter = m_model->query().filterText;
        const QString queue = Queues::label(m_model->query().queue);
        if (!filter.isEmpty())
            m_emptyQueue->setText(tr("No tickets in “%1” match “%2”.\nPress Esc in the filter "
                                     "to clear it.")
                                      .arg(queue, filter));
        else if (m_model->query().queue == QueueKind::MyOpen && !m_session->me())
            m_emptyQueue->setText(tr("“%1” is empty because the staff login “%2” was not found.")
                                      .arg(queue, m_session->meLogin()));
        else
            m_emptyQueue->setText(tr("No tickets in “%1”.").arg(queue));
        const bool hadFocus = m_table->hasFocus();
        m_centre->setCurrentWidget(m_emptyQueue);
        if (hadFocus)
            m_filter->setFocus();
        return;
    }
    m_centre->setCurrentWidget(m_table);
}

void MainWindow::updateCountLabel()
{
    if (!m_model->isIndexComplete()) {
        m_countLabel->clear();
        return;
    }
    const int rows = m_model->rowCount();
    m_countLabel->setText(tr("Tickets: %1").arg(QLocale().toString(rows)));
}

void MainWindow::updateMeLabel()
{
    const QString login = m_session->meLogin();
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

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    // An invalid current index comes from a reload; the ticket is re-selected when it is back.
    if (!current.isValid())
        return;
    const qint64 id = m_model->ticketIdAt(current.row());
    if (id <= 0 || (id == m_selectedTicketId && m_detail->ticketId() == id))
        return;
    m_selectedTicketId = id;
    m_detailTimer.start();
}

void MainWindow::showSelectedTicket()
{
    m_detailTimer.stop();
    if (m_selectedTicketId <= 0 || m_detail->ticketId() == m_selectedTicketId)
        return;
    const int row = m_model->rowOfTicket(m_selectedTicketId);
    m_detail->showTicket(m_selectedTicketId,
                         row >= 0 ? m_model->ticketAt(row) : std::optional<Ticket>());
}

void MainWindow::restoreSelection()
{
    if (m_selectedTicketId <= 0 || m_table->currentTicketId() == m_selectedTicketId)
        return;
    m_table->selectTicket(m_selectedTicketId);
}

void MainWindow::openCurrentTicket()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->ticketIdAt(current.row());
    if (id <= 0)
        return;
    m_selectedTicketId = id;
    showSelectedTicket();
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() >= 3 && sizes.at(2) < m_detail->minimumSizeHint().width()) {
        sizes[2] = 350;
        m_splitter->setSizes(sizes);
    }
    m_detail->focusContent();
}

void MainWindow::focusTable()
{
    if (m_centre->currentWidget() != m_table)
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

SearchDialog *MainWindow::openSearch(const QString &text)
{
    if (!m_search) {
        m_search = new SearchDialog(m_tickets, this);
        connect(m_search, &SearchDialog::ticketChosen, this, [this](qint64 id) {
            // The ticket may not be in the current queue: show it in the panel either way.
            m_selectedTicketId = id;
            m_detail->showTicket(id);
            restoreSelection();
            m_detail->focusContent();
        });
    }
    if (!text.isEmpty())
        m_search->setQueryText(text);
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    return m_search;
}

AccountsWindow *MainWindow::openAccounts(const QString &text)
{
    if (!m_accounts) {
        m_accounts = new AccountsWindow(m_session->accounts(), this);
        whenDone(m_session->staff()->all(), m_accounts, [this](const Result<QList<Staff>> &staff) {
            if (staff)
                m_accounts->setStaffDirectory(staff.value());
        });
    }
    if (!text.isEmpty())
        m_accounts->setQueryText(text);
    m_accounts->show();
    m_accounts->raise();
    m_accounts->activateWindow();
    m_accounts->focusSearch();
    return m_accounts;
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

void MainWindow::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Row> rows;
    for (const QAction *action : std::as_const(m_queueActions))
        rows.append({tr("Show “%1”").arg(action->text()), keysText(action)});
    rows.append({tr("Filter the queue"), keysText(m_findAction)});
    rows.append({tr("Search all tickets (subjects, messages, notes)"), keysText(m_searchAction)});
    rows.append({tr("Clear the filter and return to the list"), tr("Esc (in the filter)")});
    rows.append({tr("Go to the ticket list"), keysText(m_focusTableAction)});
    rows.append({tr("Move through the tickets"), tr("Up, Down, Page Up, Page Down, Home, End")});
    rows.append({tr("Open the selected ticket"), keysText(m_openAction)});
    rows.append({tr("Sort by a column"), tr("Click the column header")});
    rows.append({tr("Select several tickets"), tr("Shift+Up, Shift+Down, Ctrl+click")});
    rows.append({tr("New ticket"), keysText(m_newTicketAction)});
    rows.append({tr("Take the ticket"), keysText(m_work->takeAction())});
    rows.append({tr("Assign or reassign (the selected tickets, if several)"),
                 keysText(m_work->assignAction())});
    rows.append({tr("Reply to the customer"), keysText(m_work->replyAction())});
    rows.append({tr("Internal note"), keysText(m_work->noteAction())});
    rows.append(
        {tr("Troubleshoot the ticket (guided wizard)"), keysText(m_work->troubleshootAction())});
    rows.append({tr("In the wizard: answer, notes, pause"), tr("Alt+1…Alt+9, Alt+N, Alt+P")});
    rows.append({tr("Add the reply or note"), tr("Ctrl+Return (in the editor)")});
    rows.append({tr("Close the editor, keeping the text"), tr("Esc (in the editor)")});
    rows.append({tr("Escalate"), keysText(m_work->escalateAction())});
    rows.append(
        {tr("De-escalate, with a comment (team leads)"), keysText(m_work->deEscalateAction())});
    rows.append({tr("Set the priority (of the selected tickets, if several)"),
                 keysText(m_work->priorityAction())});
    rows.append({tr("Back to column order in “Escalated”"), tr("Click a column header")});
    rows.append({tr("Find a customer account"), keysText(m_accountsAction)});
    for (QAction *action : m_accountPanel->accountActions())
        if (!action->shortcut().isEmpty())
            rows.append({tr("Account: %1").arg(QString(action->text()).remove(u'&').remove(u'…')),
                         keysText(action)});
    rows.append({tr("Outbox: outgoing mail, retry or cancel"), keysText(m_outboxAction)});
    rows.append({tr("Retry / cancel the selected message (in the Outbox)"), tr("Ctrl+R / Del")});
    rows.append({tr("Mail template preview"), keysText(m_templatePreviewAction)});
    rows.append({tr("Settings (mail)"), keysText(m_settingsAction)});
    rows.append({tr("Refresh"), keysText(m_refreshAction)});
    rows.append({tr("Keyboard shortcuts"), keysText(m_shortcutsAction)});
    rows.append({tr("Quit"), keysText(m_quitAction)});
    auto *dialog = new ShortcutsDialog(rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Helpdesk"),
                       tr("<h3>Helpdesk %1</h3><p>A desktop helpdesk for support staff who "
                          "resolve account problems.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                m_session->settings().displayUrl().toHtmlEscaped()));
}

// ---- Mail ------------------------------------------------------------------------------------

void MainWindow::createMailActions()
{
    m_outboxAction = new QAction(tr("&Outbox…"), this);
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_outboxAction->setToolTip(tr("Outgoing mail: what waits, what was sent, what failed"));
    connect(m_outboxAction, &QAction::triggered, this, [this] { showOutbox(); });

    m_templatePreviewAction = new QAction(tr("Mail &Template Preview…"), this);
    m_templatePreviewAction->setObjectName(QStringLiteral("templatePreviewAction"));
    m_templatePreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_templatePreviewAction, &QAction::triggered, this, &MainWindow::showTemplatePreview);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::connectMail()
{
    MailDelivery *mail = m_session->mailDelivery();
    connect(mail, &MailDelivery::problem, this, &MainWindow::showMailProblem);
    connect(mail, &MailDelivery::passwordNeeded, this, &MainWindow::askMailPassword);
    const auto updateComposer = [this, mail] {
        m_detail->setMailConfigured(mail->state() != MailDelivery::State::NotConfigured &&
                                    mail->isConfigured());
    };
    connect(mail, &MailDelivery::stateChanged, this, updateComposer);
    updateComposer();
    connect(mail, &MailDelivery::messageSent, this, [this] {
        // Mail moves again: a delivery problem shown earlier is over.
        if (!m_lastMailProblem.isEmpty() && m_messages->text() == m_lastMailProblem)
            m_messages->hide();
        m_lastMailProblem.clear();
    });
    m_detail->setOutboxService(m_session->outbox());
    connect(m_detail, &TicketDetailView::mailRetryRequested, this, &MainWindow::retryMail);
    connect(m_detail, &TicketDetailView::outboxRequested, this,
            [this](qint64 outboxId) { showOutbox(outboxId); });
}

void MainWindow::showMailProblem(const Error &error)
{
    const QString text =
        tr("Mail: %1 The Outbox (%2) shows what waits; an administrator can check the mail "
           "settings (%3).")
            .arg(error.message, keysText(m_outboxAction), keysText(m_settingsAction));
    // One notice per problem, not one per message held back.
    if (text == m_lastMailProblem && !m_messages->isHidden())
        return;
    m_lastMailProblem = text;
    m_messages->showMessage(text);
}

void MainWindow::askMailPassword(const QString &, const Error &reason)
{
    if (m_mailPasswordPrompt)
        return;
    const MailSettings &mail = m_session->mailDelivery()->settings();
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(QStringLiteral("mailPasswordPrompt"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("Mail relay password"));
    prompt->setLabelText(tr("%1\n\nPassword of %2 for the mail relay %3, for this session "
                            "only (it is not written to disk):")
                             .arg(reason.message, mail.user, mail.host));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setOkButtonText(tr("Use for This Session"));
    prompt->setCancelButtonText(tr("Do Not Send Mail"));
    connect(prompt, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        if (password.isEmpty())
            return;
        m_session->mailDelivery()->setSessionPassword(password);
        m_messages->showMessage(tr("The mail relay password is kept for this session only; "
                                   "mail is being sent."),
                                MessageBar::Kind::Information);
    });
    connect(prompt, &QDialog::rejected, this, [this] {
        showMailProblem(Error::make(Error::Code::Unavailable,
                                    tr("Mail is not sent from this computer in this session (no "
                                       "password for the mail relay). It waits in the outbox.")));
    });
    m_mailPasswordPrompt = prompt;
    prompt->open();
}

void MainWindow::retryMail(qint64 outboxId)
{
    whenDone(m_session->outbox()->retry(outboxId), this, [this](const Result<OutboxEntry> &r) {
        if (r)
            m_messages->showMessage(tr("The email to %1 is queued again and is sent in a moment.")
                                        .arg(r.value().to.address),
                                    MessageBar::Kind::Information);
        else
            showError(r.error().message);
    });
}

void MainWindow::showOutbox(qint64 outboxId)
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_session, this);
        connect(m_outboxDialog, &OutboxDialog::ticketRequested, this, &MainWindow::showTicketById);
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
    if (outboxId > 0)
        m_outboxDialog->selectMessage(outboxId);
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog)
        m_settingsDialog = new SettingsDialog(m_session, this);
    else
        m_settingsDialog->mailPage()->load();
    m_settingsDialog->showPage(SettingsDialog::Page::Mail);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::showTemplatePreview()
{
    if (!m_settingsDialog)
        m_settingsDialog = new SettingsDialog(m_session, this);
    m_settingsDialog->templatePage()->setTicketId(m_detail->ticketId());
    m_settingsDialog->showPage(SettingsDialog::Page::Templates);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::showTicketById(qint64 ticketId)
{
    if (ticketId <= 0)
        return;
    m_selectedTicketId = ticketId;
    m_detail->showTicket(ticketId);
    restoreSelection();
    raise();
    activateWindow();
}

} // namespace helpdesk
