#include "DemoDesk.h"

#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountStatusPanel.h"
#include "accounts/AccountsWindow.h"
#include "common/ActionRegistry.h"
#include "db/Database.h"
#include "demo/DemoSeeder.h"
#include "search/SearchDialog.h"
#include "ticket/CommentDialog.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

namespace helpdesk::test {

namespace {
constexpr int TimeoutMs = 30'000;
} // namespace

DemoDesk::DemoDesk()
{
    // Never the user's real settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QSettings().clear();
}

DemoDesk::~DemoDesk()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

bool DemoDesk::open(QSize size, int tickets)
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = tickets;
    options.accounts = qMax(50, tickets / 8);
    options.seed = 42;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    if (!seeded) {
        QTest::qFail(qPrintable(seeded.error().toString()), __FILE__, __LINE__);
        return false;
    }
    // A ticket an agent would open: open, nobody (or the demo agent) holds it, so that every
    // ticket action is on; its requester an active customer account.
    auto found = Database::scalar(
        m_db->db(),
        QStringLiteral("SELECT t.id FROM tickets t JOIN accounts a ON a.id = t.account_id "
                       "WHERE a.status = 'active' AND t.status IN ('new', 'open') "
                       "ORDER BY CASE WHEN t.assignee_id IS NULL THEN 0 WHEN t.assignee_id = "
                       "(SELECT id FROM staff WHERE login = ?) THEN 1 ELSE 2 END, t.id DESC "
                       "LIMIT 1"),
        {QString::fromLatin1(DemoSeeder::DemoAgentLogin)});
    if (!found || found.value().isNull()) {
        QTest::qFail("the demo data has no open ticket with an account", __FILE__, __LINE__);
        return false;
    }
    m_ticketId = found.value().toLongLong();

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) ||
        !waitForQueue(ticketModel(m_window.get()))) {
        QTest::qFail("the main window did not load its queue", __FILE__, __LINE__);
        return false;
    }
    if (!showTicket(m_window.get(), m_ticketId) ||
        !waitUntil(
            [this] {
                AccountStatusPanel *panel = accountPanel(m_window.get());
                return panel->isVisible() && panel->isLoaded();
            },
            TimeoutMs)) {
        QTest::qFail("the ticket and its account did not show", __FILE__, __LINE__);
        return false;
    }
    return true;
}

QStringList DemoDesk::screens()
{
    return {QStringLiteral("main"),          QStringLiteral("settings"),
            QStringLiteral("templates"),     QStringLiteral("outbox"),
            QStringLiteral("accounts"),      QStringLiteral("search"),
            QStringLiteral("newTicket"),     QStringLiteral("assign"),
            QStringLiteral("comment"),       QStringLiteral("wizard"),
            QStringLiteral("identityCheck"), QStringLiteral("forwardedMail"),
            QStringLiteral("lockReason"),    QStringLiteral("shortcuts"),
            QStringLiteral("about"),         QStringLiteral("logCustomerMessage"),
            QStringLiteral("knowledge"),     QStringLiteral("macros")};
}

QWidget *DemoDesk::openedBy(const QString &actionId, const QString &objectName)
{
    QAction *a = action(m_window.get(), actionId);
    if (!a->isEnabled()) {
        QTest::qFail(qPrintable(actionId + QStringLiteral(" is off")), __FILE__, __LINE__);
        return nullptr;
    }
    a->trigger();
    QWidget *shown = nullptr;
    const bool ok = waitUntil(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible() && w != m_window.get() &&
                    (objectName.isEmpty() || w->objectName() == objectName) &&
                    (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog)) {
                    shown = w;
                    return true;
                }
            return false;
        },
        TimeoutMs);
    if (!ok || !QTest::qWaitForWindowExposed(shown)) {
        QTest::qFail(qPrintable(actionId + QStringLiteral(" opened no window")), __FILE__,
                     __LINE__);
        return nullptr;
    }
    QTest::qWait(300); // what it loads on showing
    return shown;
}

QWidget *DemoDesk::openScreen(const QString &name)
{
    MainWindow *w = m_window.get();
    if (name == u"main") {
        w->raise();
        w->activateWindow();
        return w;
    }
    if (name == u"settings")
        return openedBy(QStringLiteral("tools.settings"), QStringLiteral("settingsDialog"));
    if (name == u"templates")
        return openedBy(QStringLiteral("tools.templatePreview"), QStringLiteral("settingsDialog"));
    if (name == u"outbox")
        return openedBy(QStringLiteral("outbox.show"), QStringLiteral("outboxDialog"));
    if (name == u"knowledge")
        return openedBy(QStringLiteral("knowledge.show"), QStringLiteral("knowledgeWindow"));
    if (name == u"macros")
        return openedBy(QStringLiteral("macros.show"), QStringLiteral("macroWindow"));
    if (name == u"accounts") {
        auto *accounts = static_cast<AccountsWindow *>(
            openedBy(QStringLiteral("account.find"), QStringLiteral("accountsWindow")));
        if (!accounts)
            return nullptr;
        // A search with results, the first one shown in the panel.
        accounts->setQueryText(QStringLiteral("example"));
        waitUntil([accounts] { return accounts->resultCount() > 0; }, TimeoutMs);
        // The first one chosen, as an agent picks it.
        if (auto *results = accounts->findChild<QTreeWidget *>(QStringLiteral("accountResults"));
            results && results->topLevelItemCount() > 0)
            results->setCurrentItem(results->topLevelItem(0));
        auto *panel = accounts->findChild<AccountStatusPanel *>();
        waitUntil([panel] { return panel && panel->accountId() > 0 && panel->isLoaded(); },
                  TimeoutMs);
        return accounts;
    }
    if (name == u"search") {
        QWidget *search = openedBy(QStringLiteral("list.search"), QStringLiteral("searchDialog"));
        if (!search)
            return nullptr;
        child<QLineEdit>(search, QStringLiteral("searchQuery"))
            ->setText(QStringLiteral("password"));
        QTest::qWait(800);
        return search;
    }
    if (name == u"newTicket")
        return openedBy(QStringLiteral("ticket.new"), QStringLiteral("newTicketDialog"));
    if (name == u"assign")
        return openedBy(QStringLiteral("ticket.assign"), QString());
    if (name == u"comment") {
        // De-escalating asks for it; the demo agent is no team lead, so it is made here as
        // TicketActionController makes it.
        const auto tr = [](const char *text) {
            return QCoreApplication::translate("helpdesk::TicketActionController", text);
        };
        const QString number = QStringLiteral("#%1").arg(m_ticketId);
        auto *dialog = new CommentDialog(
            tr("De-escalate %1").arg(number),
            tr("Why does %1 go back to the open queue? The comment goes on the timeline for the "
               "agent who picks it up.")
                .arg(number),
            tr("De-escalate"), w);
        dialog->setObjectName(QStringLiteral("deEscalateDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }
    if (name == u"wizard") {
        QWidget *wizard = openedBy(QStringLiteral("ticket.troubleshoot"),
                                   QStringLiteral("troubleshootingWizard"));
        QTest::qWait(500);
        return wizard;
    }
    if (name == u"identityCheck")
        return openedBy(QStringLiteral("account.identity_check"),
                        QStringLiteral("identityCheckDialog"));
    if (name == u"forwardedMail")
        return openedBy(QStringLiteral("account.check_forwarded"),
                        QStringLiteral("forwardedMailDialog"));
    if (name == u"lockReason")
        return openedBy(QStringLiteral("account.lock"), QString());
    if (name == u"shortcuts")
        return openedBy(QStringLiteral("app.shortcuts"), QStringLiteral("shortcutsDialog"));
    if (name == u"about")
        return openedBy(QStringLiteral("app.about"), QStringLiteral("aboutDialog"));
    if (name == u"logCustomerMessage")
        return openedBy(QStringLiteral("ticket.logCustomerMessage"),
                        QStringLiteral("logCustomerMessageDialog"));
    QTest::qFail(qPrintable(QStringLiteral("no screen ") + name), __FILE__, __LINE__);
    return nullptr;
}

void DemoDesk::closeScreen(QWidget *screen)
{
    if (!screen || screen == m_window.get())
        return;
    if (auto *dialog = qobject_cast<QDialog *>(screen))
        dialog->reject();
    else
        screen->close();
    waitUntil([screen] { return !screen->isVisible(); }, 5000);
    QTest::qWait(50);
}

} // namespace helpdesk::test
