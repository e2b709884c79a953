// The main window against a real (temporary, demo-seeded) database: queues and counts,
// keyboard shortcuts, filtering, sorting, the detail panel, the empty state, and a screenshot.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "demo/DemoSeeder.h"
#include "queue/QueueListView.h"
#include "queue/TicketTableView.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace helpdesk;
using helpdesk::test::openSession;
using helpdesk::test::TestDatabase;
using helpdesk::test::waitFor;

namespace {

constexpr int LoadTimeoutMs = 30000;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void showsQueuesWithCounts();
    void ctrl2ShowsUnassigned();
    void filterNarrowsAsYouType();
    void headerClickSorts();
    void selectingRowShowsDetails();
    void enterOpensTicket();
    void shortcutsMoveFocus();
    void shortcutsDialogListsKeys();
    void errorsShowInMessageBar();
    void emptyDatabaseExplains();
    void screenshot();

private:
    void selectRow(int row);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    TicketQueueModel *m_model = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Never the user's real settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QSettings().clear();
    // A real desktop locale rather than "C", so dates look as users see them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = 3000;
    options.accounts = 300;
    options.seed = 42;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    QCOMPARE(seeded.value().tickets, 3000);

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    QVERIFY(m_session->me().has_value());
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_model = m_window->ticketModel();
    QVERIFY(test::waitForQueue(m_model));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

void TestMainWindow::selectRow(int row)
{
    QTableView *table = m_window->ticketTable();
    const QModelIndex index = m_model->index(row, int(TicketColumn::Subject));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->currentIndex().row(), row);
}

void TestMainWindow::showsQueuesWithCounts()
{
    QueueListView *queues = m_window->queueList();
    QCOMPARE(queues->count(), 7);
    const QList<QueueKind> kinds = Queues::all();
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(queues->item(i)->text(), Queues::label(kinds.at(i)));

    QTRY_VERIFY_WITH_TIMEOUT(queues->queueCount(QueueKind::All) >= 0, LoadTimeoutMs);
    const auto expected = waitFor(m_session->tickets()->queueCounts(m_window->countsQuery()));
    QVERIFY(expected.ok());
    for (QueueKind kind : kinds)
        QCOMPARE(queues->queueCount(kind), expected.value().value(kind));
    QCOMPARE(queues->queueCount(QueueKind::All), 3000);
    // Demo mode's agent has tickets of her own.
    QVERIFY(queues->queueCount(QueueKind::MyOpen) > 0);
    QCOMPARE(m_window->currentQueue(), QueueKind::MyOpen);
    QCOMPARE(m_model->rowCount(), int(queues->queueCount(QueueKind::MyOpen)));

    // The status bar says which database and who.
    const auto *database = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    QCOMPARE(database->text(), m_db->settings().displayUrl());
    const auto *me = m_window->findChild<QLabel *>(QStringLiteral("meLabel"));
    QVERIFY(me);
    QVERIFY2(me->text().contains(QLatin1String("maria.k")), qPrintable(me->text()));
}

void TestMainWindow::ctrl2ShowsUnassigned()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentQueue(), QueueKind::Unassigned);
    QCOMPARE(m_window->queueList()->currentQueue(), QueueKind::Unassigned);
    QVERIFY(test::waitForQueue(m_model));
    const qint64 expected = m_window->queueList()->queueCount(QueueKind::Unassigned);
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), int(expected));
    const QList<TicketStatus> open = Vocabulary::openStatuses();
    for (int row = 0; row < qMin(m_model->rowCount(), TicketQueueModel::PageSize); ++row) {
        const auto ticket = m_model->ticketAt(row);
        QVERIFY(ticket);
        QVERIFY2(!ticket->assigneeId, qPrintable(ticketNumberText(ticket->id)));
        QVERIFY(open.contains(ticket->status));
        QCOMPARE(m_model->index(row, int(TicketColumn::Assignee)).data().toString(),
                 QStringLiteral("Unassigned"));
    }
}

void TestMainWindow::filterNarrowsAsYouType()
{
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentQueue(), QueueKind::All);
    QVERIFY(test::waitForQueue(m_model));
    const int allRows = m_model->rowCount();
    QCOMPARE(allRows, 3000);

    // A requester's surname: present in some tickets, absent from most. Plain ASCII, because
    // QTest can only type that.
    QString text;
    for (int row = 0; row < TicketQueueModel::PageSize && text.isEmpty(); ++row) {
        const auto t = m_model->ticketAt(row);
        QVERIFY(t);
        const QString surname = t->requesterName.split(u' ').constLast();
        const bool ascii = std::all_of(surname.cbegin(), surname.cend(), [](QChar ch) {
            return ch.unicode() < 128 && ch.isLetter();
        });
        if (ascii && surname.size() >= 3)
            text = surname;
    }
    QVERIFY(!text.isEmpty());

    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->filterEdit()->hasFocus());
    QTest::keyClicks(m_window->filterEdit(), text);
    // Debounced: nothing is queried while typing, one query after the pause.
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->query().filterText, text, 5000);
    QVERIFY(test::waitForQueue(m_model));
    QCOMPARE(resets.count(), 1);
    const int rows = m_model->rowCount();
    QVERIFY2(rows > 0 && rows < allRows, qPrintable(QString::number(rows)));
    for (int row = 0; row < qMin(rows, TicketQueueModel::PageSize); ++row) {
        const auto t = m_model->ticketAt(row);
        QVERIFY(t);
        const bool matches = t->subject.contains(text, Qt::CaseInsensitive) ||
                             t->requesterName.contains(text, Qt::CaseInsensitive) ||
                             t->requesterEmail.contains(text, Qt::CaseInsensitive);
        QVERIFY2(matches, qPrintable(t->subject + QStringLiteral(" / ") + t->requesterName));
    }

    // Esc clears the filter and hands the keyboard back to the table.
    QTest::keyClick(m_window->filterEdit(), Qt::Key_Escape);
    QVERIFY(m_window->filterEdit()->text().isEmpty());
    QVERIFY(m_window->ticketTable()->hasFocus());
    QVERIFY(test::waitForQueue(m_model));
    QCOMPARE(m_model->rowCount(), allRows);
}

void TestMainWindow::headerClickSorts()
{
    QHeaderView *header = m_window->ticketTable()->horizontalHeader();
    const auto clickHeader = [header](TicketColumn column) {
        const int section = int(column);
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    const int rows = qMin(m_model->rowCount(), TicketQueueModel::PageSize);

    clickHeader(TicketColumn::Number);
    QCOMPARE(m_model->query().sortColumn, TicketColumn::Number);
    QCOMPARE(header->sortIndicatorSection(), int(TicketColumn::Number));
    QVERIFY(test::waitForQueue(m_model));
    for (int pass = 0; pass < 2; ++pass) {
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QCOMPARE(m_model->query().sortOrder, order);
        for (int row = 1; row < rows; ++row) {
            const qint64 a = m_model->ticketIdAt(row - 1);
            const qint64 b = m_model->ticketIdAt(row);
            QVERIFY(order == Qt::AscendingOrder ? a < b : a > b);
        }
        if (pass == 0) {
            clickHeader(TicketColumn::Number); // again: the other direction
            QCOMPARE(header->sortIndicatorOrder(),
                     order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
            QVERIFY(test::waitForQueue(m_model));
        }
    }

    clickHeader(TicketColumn::Subject);
    QCOMPARE(m_model->query().sortColumn, TicketColumn::Subject);
    QVERIFY(test::waitForQueue(m_model));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    for (int row = 1; row < rows; ++row) {
        const QString a = m_model->ticketAt(row - 1)->subject;
        const QString b = m_model->ticketAt(row)->subject;
        const int cmp = QString::compare(a, b, Qt::CaseSensitive);
        QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                 qPrintable(a + QStringLiteral(" | ") + b));
    }
}

void TestMainWindow::selectingRowShowsDetails()
{
    TicketDetailView *detail = m_window->detailView();
    const int row = 3;
    const qint64 id = m_model->ticketIdAt(row);
    selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(detail->ticketId(), id, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(detail->isTimelineLoaded(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(detail->ticket().has_value(), LoadTimeoutMs);
    const auto *subject = m_window->findChild<QLabel *>(QStringLiteral("detailSubject"));
    QVERIFY(subject);
    QCOMPARE(subject->text(), m_model->ticketAt(row)->subject);
    QVERIFY(detail->timelineEventCount() >= 1);
    const auto *requester = m_window->findChild<QLabel *>(QStringLiteral("detailRequester"));
    QVERIFY(requester->text().contains(m_model->ticketAt(row)->requesterEmail));

    // A reload (F5) keeps the selected ticket selected.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(test::waitForQueue(m_model));
    QTRY_COMPARE(m_window->ticketTable()->currentTicketId(), id);

    // Switching queues and back brings the selection back when the ticket is there.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
    QTRY_COMPARE(m_window->ticketTable()->currentTicketId(), id);
    QCOMPARE(detail->ticketId(), id);
}

void TestMainWindow::enterOpensTicket()
{
    QTableView *table = m_window->ticketTable();
    TicketDetailView *detail = m_window->detailView();
    table->setFocus();
    const int row = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), row + 1);
    const qint64 id = m_model->ticketIdAt(row + 1);
    QTest::keyClick(table, Qt::Key_Return);
    // Opening shows the ticket at once (no debounce) and moves the keyboard into the panel.
    QCOMPARE(detail->ticketId(), id);
    QVERIFY(detail->isAncestorOf(QApplication::focusWidget()));
    QTRY_VERIFY_WITH_TIMEOUT(detail->isTimelineLoaded(), LoadTimeoutMs);
    QVERIFY(detail->timelineEventCount() >= 1);
}

void TestMainWindow::shortcutsMoveFocus()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->filterEdit()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->ticketTable()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(m_window->ticketTable()->hasFocus());
    // The View menu lists the seven queues with their shortcuts.
    int queueShortcuts = 0;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (action->shortcut().toString().startsWith(QLatin1String("Ctrl+")) &&
            action->isCheckable())
            ++queueShortcuts;
    QCOMPARE(queueShortcuts, 7);
}

void TestMainWindow::shortcutsDialogListsKeys()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    QVERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>();
    QVERIFY(list);
    QStringList keys;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        keys << list->topLevelItem(i)->text(1);
    for (const char *expected : {"Ctrl+1", "Ctrl+7", "Ctrl+F", "Ctrl+L, F6", "F5"})
        QVERIFY2(keys.contains(QLatin1String(expected)), expected);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
}

void TestMainWindow::errorsShowInMessageBar()
{
    const QString message = QStringLiteral("The database is busy. Try again in a moment.");
    emit m_window->ticketModel()->errorOccurred(message);
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->text(), message);
    m_window->messageBar()->hide();
}

void TestMainWindow::emptyDatabaseExplains()
{
    TestDatabase empty(QStringLiteral("sqlite"));
    auto session = openSession(empty.settings(), QStringLiteral("nobody-here"), {{}, false});
    QVERIFY(!session->me());
    MainWindow window(session.get());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.isEmptyStateShown(), LoadTimeoutMs);
    const auto *label = window.findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    QVERIFY(label && label->isVisible());
    const QString text = window.emptyStateText();
    QVERIFY2(text.contains(QLatin1String("helpdesk --demo")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("helpdesk-admin seed-demo")));
    QVERIFY(text.contains(QLatin1String("helpdesk --database postgresql://")));
    // Nobody to act as: the status bar names the login that was not found.
    const auto *me = window.findChild<QLabel *>(QStringLiteral("meLabel"));
    QVERIFY2(me->text().contains(QLatin1String("nobody-here")), qPrintable(me->text()));
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::screenshot()
{
    // The previous test's window took the focus away.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentQueue(), QueueKind::AllOpen);
    // The default order: most recently updated first.
    m_window->ticketTable()->horizontalHeader()->setSortIndicator(int(TicketColumn::Updated),
                                                                  Qt::DescendingOrder);
    QCOMPARE(m_model->query().sortColumn, TicketColumn::Updated);
    QVERIFY(test::waitForQueue(m_model));
    m_window->resize(1400, 800);
    // A ticket whose timeline has a conversation to show.
    TicketDetailView *detail = m_window->detailView();
    int chosen = -1;
    for (int row = 0; row < qMin(m_model->rowCount(), 40) && chosen < 0; ++row) {
        const auto events = waitFor(m_session->tickets()->events(m_model->ticketIdAt(row)));
        if (events.ok() && events.value().size() >= 4)
            chosen = row;
    }
    QVERIFY(chosen >= 0);
    selectRow(chosen);
    QTRY_VERIFY_WITH_TIMEOUT(detail->isTimelineLoaded() &&
                                 detail->ticketId() == m_model->ticketIdAt(chosen),
                             LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(detail->ticket().has_value(), LoadTimeoutMs);
    // Let the rows around it arrive, so the picture shows no "Loading…" rows.
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), LoadTimeoutMs);
    QTest::qWait(300);
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());

    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (sourceDir.isEmpty())
        QSKIP("HELPDESK_SOURCE_DIR is not set; not saving the screenshot");
    const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("main-window.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
