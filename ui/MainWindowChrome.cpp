// The main window's chrome: its actions, the menus and the toolbar made from them, the status
// bar with who the app acts as, and the Help dialogs. The rest of MainWindow is in MainWindow.cpp.

#include "MainWindow.h"

#include "SideWindows.h"

#include "accounts/AccountStatusPanel.h"
#include "app/AppSession.h"
#include "common/AboutDialog.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "common/ShortcutsDialog.h"
#include "db/DbWorker.h"
#include "knowledge/KnowledgeService.h"
#include "queue/BulkActions.h"
#include "reports/ReportService.h"
#include "settings/LocalSettings.h"
#include "staff/StaffService.h"
#include "ticket/TicketDetailView.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>

namespace helpdesk {

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
    a->addToMenu(menuBar()->addMenu(tr("&File")),
                 {"ticket.new", "-", "app.refresh", "-", "app.quit"});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QueueKind kind : Queues::all())
        view->addAction(a->action(ActionCatalog::queueId(kind)));
    a->addToMenu(view, {"-", "list.filter", "list.search", "list.focus", "list.open", "-",
                        "reports.show", "-", "view.toolbar", "-", "app.refresh"});

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->setObjectName(QStringLiteral("ticketMenu"));
    a->addToMenu(ticket, {"ticket.new",
                          "-",
                          "ticket.take",
                          "ticket.assign",
                          "ticket.reply",
                          "ticket.note",
                          "ticket.logCustomerMessage",
                          "ticket.troubleshoot",
                          "ticket.noSurvey",
                          "-",
                          "ticket.statusMenu",
                          "ticket.escalate",
                          "ticket.deEscalate",
                          "-",
                          "ticket.priority",
                          "ticket.priorityMenu",
                          "ticket.categoryMenu",
                          "-",
                          "ticket.draftArticle",
                          "-"});
    QMenu *selected = m_actions->createMenu(QStringLiteral("selection.menu"), ticket);
    ticket->addMenu(selected);
    a->addToMenu(selected, {"selection.assign", "selection.priorityMenu", "selection.statusMenu"});
    connect(selected, &QMenu::aboutToShow, m_bulk, &BulkActions::updateEnabled);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    a->addToMenu(account, {"account.find", "-"});
    account->addActions(m_accountPanel->actions()->actions());

    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    a->addToMenu(tools, {"knowledge.show", "macros.show", "-", "outbox.show",
                         "tools.templatePreview", "-", "tools.staff", "tools.settings"});

    a->addToMenu(menuBar()->addMenu(tr("&Help")), {"app.shortcuts", "-", "app.about"});
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
