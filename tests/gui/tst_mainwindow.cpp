// The main window against a real (temporary, demo-seeded) database: queues and counts,
// keyboard shortcuts, filtering, sorting, the detail panel, the empty state, and a screenshot;
// and the action registry: the shortcut list generated from it, with every key in full, and no
// key meaning two things in one place.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountsWindow.h"
#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/MessageBar.h"
#include "common/ShortcutsDialog.h"
#include "demo/DemoSeeder.h"
#include "outbox/OutboxDialog.h"
#include "queue/QueueListView.h"
#include "queue/TicketTableView.h"
#include "sla/SlaService.h"
#include "ticket/ReplyComposer.h"
#include "ticket/TicketDetailView.h"
#include "ticket/TicketTimelineView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;
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
    void enterInFilterOpensTheMatch();
    void filterHidingTheTicketClearsIt();
    void shortcutsMoveFocus();
    void shortcutsDialogListsKeys();
    void shortcutListShowsEveryKeyInFull();
    void noKeyMeansTwoThings();
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
    m_model = ticketModel(m_window.get());
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
    QTableView *table = ticketTable(m_window.get());
    const QModelIndex index = m_model->index(row, int(TicketColumn::Subject));
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->currentIndex().row(), row);
}

void TestMainWindow::showsQueuesWithCounts()
{
    auto *queues = child<QueueListView>(m_window.get(), QStringLiteral("queueList"));
    QCOMPARE(queues->count(), 7);
    const QList<QueueKind> kinds = Queues::all();
    for (int i = 0; i < kinds.size(); ++i)
        QCOMPARE(queues->item(i)->text(), Queues::label(kinds.at(i)));

    QTRY_VERIFY_WITH_TIMEOUT(queues->queueCount(QueueKind::All) >= 0, LoadTimeoutMs);
    // Counted as the window counts: for the staff member, with the SLA set-up's warning window.
    TicketQuery countsQuery;
    countsQuery.currentStaffId = m_session->me()->id;
    countsQuery.breachWarningMs = waitFor(m_session->sla()->config()).value().warningWindowMs;
    const auto expected = waitFor(m_session->tickets()->queueCounts(countsQuery));
    QVERIFY(expected.ok());
    for (QueueKind kind : kinds)
        QCOMPARE(queues->queueCount(kind), expected.value().value(kind));
    QCOMPARE(queues->queueCount(QueueKind::All), 3000);
    // Demo mode's agent has tickets of her own.
    QVERIFY(queues->queueCount(QueueKind::MyOpen) > 0);
    QCOMPARE(currentQueue(m_window.get()), QueueKind::MyOpen);
    QCOMPARE(m_model->rowCount(), int(queues->queueCount(QueueKind::MyOpen)));

    // The status bar says which database and who.
    const auto *database = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    // An embedded database is one person's, and the status bar says so.
    QCOMPARE(database->text(),
             QStringLiteral("Single-user database: ") + m_db->settings().displayUrl());
    const auto *me = m_window->findChild<QLabel *>(QStringLiteral("meLabel"));
    QVERIFY(me);
    QVERIFY2(me->text().contains(QLatin1String("maria.k")), qPrintable(me->text()));
}

void TestMainWindow::ctrl2ShowsUnassigned()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(currentQueue(m_window.get()), QueueKind::Unassigned);
    QCOMPARE(m_model->query().queue, QueueKind::Unassigned);
    QVERIFY(test::waitForQueue(m_model));
    const qint64 expected = child<QueueListView>(m_window.get(), QStringLiteral("queueList"))
                                ->queueCount(QueueKind::Unassigned);
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
    QCOMPARE(currentQueue(m_window.get()), QueueKind::All);
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
    QVERIFY(filterEdit(m_window.get())->hasFocus());
    QTest::keyClicks(filterEdit(m_window.get()), text);
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
    QTest::keyClick(filterEdit(m_window.get()), Qt::Key_Escape);
    QVERIFY(filterEdit(m_window.get())->text().isEmpty());
    QVERIFY(ticketTable(m_window.get())->hasFocus());
    QVERIFY(test::waitForQueue(m_model));
    QCOMPARE(m_model->rowCount(), allRows);
}

void TestMainWindow::headerClickSorts()
{
    QHeaderView *header = ticketTable(m_window.get())->horizontalHeader();
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
    TicketDetailView *detail = ticketDetail(m_window.get());
    const int row = 3;
    const qint64 id = m_model->ticketIdAt(row);
    selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(detail->ticketId(), id, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(timeline(m_window.get())->isLoaded(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(detail->ticket().has_value(), LoadTimeoutMs);
    const auto *subject = m_window->findChild<QLabel *>(QStringLiteral("detailSubject"));
    QVERIFY(subject);
    QCOMPARE(subject->text(), m_model->ticketAt(row)->subject);
    QVERIFY(timeline(m_window.get())->eventCount() >= 1);
    const auto *requester = m_window->findChild<QLabel *>(QStringLiteral("detailRequester"));
    QVERIFY(requester->text().contains(m_model->ticketAt(row)->requesterEmail));

    // A reload (F5) keeps the selected ticket selected.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(test::waitForQueue(m_model));
    QTRY_COMPARE(ticketTable(m_window.get())->currentTicketId(), id);

    // A queue that has the ticket keeps it selected and shown; one that does not takes it
    // off the screen (the pane shows the selected row or nothing).
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
    if (m_model->rowOfTicket(id) >= 0) {
        QTRY_COMPARE(ticketTable(m_window.get())->currentTicketId(), id);
        QCOMPARE(detail->ticketId(), id);
    } else {
        QTRY_COMPARE(detail->ticketId(), qint64(0));
        QVERIFY(!action(m_window.get(), QStringLiteral("ticket.reply"))->isEnabled());
    }
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
}

void TestMainWindow::enterOpensTicket()
{
    QTableView *table = ticketTable(m_window.get());
    TicketDetailView *detail = ticketDetail(m_window.get());
    table->setFocus();
    const int row = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), row + 1);
    const qint64 id = m_model->ticketIdAt(row + 1);
    QTest::keyClick(table, Qt::Key_Return);
    // Opening shows the ticket at once (no debounce) and moves the keyboard into the panel.
    QCOMPARE(detail->ticketId(), id);
    QVERIFY(detail->isAncestorOf(QApplication::focusWidget()));
    QTRY_VERIFY_WITH_TIMEOUT(timeline(m_window.get())->isLoaded(), LoadTimeoutMs);
    QVERIFY(timeline(m_window.get())->eventCount() >= 1);
}

void TestMainWindow::enterInFilterOpensTheMatch()
{
    // The agent shows one ticket, then types another's number and presses Enter at once —
    // faster than the filter's pause. The ticket found is the one shown, and the actions act on
    // it; never the previous one.
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
    TicketDetailView *detail = ticketDetail(m_window.get());
    const qint64 first = m_model->ticketIdAt(0);
    const qint64 wanted = m_model->ticketIdAt(57);
    QVERIFY(first > 0 && wanted > 0 && first != wanted);
    QVERIFY(showTicket(m_window.get(), first));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = filterEdit(m_window.get());
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("#%1").arg(wanted));
    QTest::keyClick(filter, Qt::Key_Return);
    // Until the match is in, the old ticket may stay on screen, but no action may reach it.
    QVERIFY(detail->ticketId() == wanted || detail->ticketId() == first);
    QTRY_COMPARE_WITH_TIMEOUT(detail->ticketId(), wanted, LoadTimeoutMs);
    QCOMPARE(ticketTable(m_window.get())->currentTicketId(), wanted);
    QVERIFY(detail->isAncestorOf(QApplication::focusWidget()));
    QTRY_VERIFY_WITH_TIMEOUT(detail->ticket().has_value(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(action(m_window.get(), QStringLiteral("ticket.note"))->isEnabled(),
                             LoadTimeoutMs);

    // Arrowing away: until the pane follows, the ticket actions wait.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(test::waitForQueue(m_model));
    TicketTableView *table = ticketTable(m_window.get());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    if (table->currentTicketId() != detail->ticketId())
        QVERIFY(!action(m_window.get(), QStringLiteral("ticket.note"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(detail->ticketId(), table->currentTicketId(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(action(m_window.get(), QStringLiteral("ticket.note"))->isEnabled(),
                             LoadTimeoutMs);
}

void TestMainWindow::filterHidingTheTicketClearsIt()
{
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(test::waitForQueue(m_model));
    TicketDetailView *detail = ticketDetail(m_window.get());
    const qint64 shown = m_model->ticketIdAt(3);
    QVERIFY(showTicket(m_window.get(), shown));
    QVERIFY(trigger(m_window.get(), QStringLiteral("ticket.note")));
    QTRY_VERIFY_WITH_TIMEOUT(visibleChild<ReplyComposer>(detail), LoadTimeoutMs);

    // A filter that leaves the ticket out takes it off the screen, editor and all.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = filterEdit(m_window.get());
    QTest::keyClicks(filter, QStringLiteral("zz-no-ticket-says-this"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->query().filterText, QStringLiteral("zz-no-ticket-says-this"),
                              LoadTimeoutMs);
    QVERIFY(test::waitForQueueIndex(m_model));
    QTRY_COMPARE_WITH_TIMEOUT(detail->ticketId(), qint64(0), LoadTimeoutMs);
    QVERIFY(!detail->ticket().has_value());
    QVERIFY(!visibleChild<ReplyComposer>(detail));
    QVERIFY(!action(m_window.get(), QStringLiteral("ticket.note"))->isEnabled());
    QVERIFY(!action(m_window.get(), QStringLiteral("ticket.reply"))->isEnabled());
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(test::waitForQueue(m_model));
}

void TestMainWindow::shortcutsMoveFocus()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filterEdit(m_window.get())->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(ticketTable(m_window.get())->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(ticketTable(m_window.get())->hasFocus());
    // The View menu lists the seven queues with their shortcuts, Ctrl+1 to Ctrl+7.
    const QList<QueueKind> kinds = Queues::all();
    for (int i = 0; i < kinds.size(); ++i) {
        QAction *queue = action(m_window.get(), ActionCatalog::queueId(kinds.at(i)));
        QVERIFY(queue->isCheckable());
        QCOMPARE(queue->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
}

void TestMainWindow::shortcutsDialogListsKeys()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    QVERIFY(dialog->isVisible());
    QStringList keys;
    for (QTreeWidgetItemIterator it(child<QTreeWidget>(dialog, QStringLiteral("shortcutList")));
         *it; ++it)
        keys << (*it)->text(ShortcutsDialog::Keys);
    for (const char *expected : {"Ctrl+1", "Ctrl+7", "Ctrl+F", "Ctrl+L, F6", "F5"})
        QVERIFY2(keys.contains(QLatin1String(expected)), expected);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
}

void TestMainWindow::shortcutListShowsEveryKeyInFull()
{
    QVERIFY(trigger(m_window.get(), QStringLiteral("app.shortcuts")));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *list = child<QTreeWidget>(dialog, QStringLiteral("shortcutList"));

    // Generated: one row per definition with keys, under its group, with its keys.
    QHash<QString, QString> shown; // id -> keys
    QStringList groups;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = list->topLevelItem(g);
        groups << group->text(ShortcutsDialog::What);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *row = group->child(r);
            shown.insert(row->data(ShortcutsDialog::What, Qt::UserRole).toString(),
                         row->text(ShortcutsDialog::Keys));
        }
    }
    int listed = 0;
    for (const ActionDef &def : ActionCatalog::all()) {
        if (def.keysText().isEmpty())
            continue;
        ++listed;
        QVERIFY2(shown.value(def.id) == def.keysText(), qPrintable(def.id));
        QVERIFY2(groups.contains(def.group), qPrintable(def.group));
    }
    QCOMPARE(shown.size(), listed);
    // What other windows own is there too: the Outbox, the wizard, the account panel.
    QCOMPARE(shown.value(QStringLiteral("outbox.retry")), QStringLiteral("Ctrl+R"));
    QCOMPARE(shown.value(QStringLiteral("wizard.answer")), QStringLiteral("Alt+1…Alt+9"));
    QCOMPARE(shown.value(QStringLiteral("wizard.pause")), QStringLiteral("Alt+P"));
    QCOMPARE(shown.value(QStringLiteral("account.send_reset_link")), QStringLiteral("Ctrl+Alt+R"));
    QCOMPARE(shown.value(QStringLiteral("editor.submit")),
             QStringLiteral("Ctrl+Return, Ctrl+Enter (in the editor)"));

    // No row's keys are cut short: the Keys column is inside the list's viewport and each
    // text fits its cell without eliding.
    QHeaderView *header = list->header();
    QVERIFY2(header->sectionViewportPosition(ShortcutsDialog::Keys) +
                     header->sectionSize(ShortcutsDialog::Keys) <=
                 list->viewport()->width(),
             qPrintable(QStringLiteral("keys end at %1, viewport %2")
                            .arg(header->sectionViewportPosition(ShortcutsDialog::Keys) +
                                 header->sectionSize(ShortcutsDialog::Keys))
                            .arg(list->viewport()->width())));
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    const QFontMetrics metrics(list->font());
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = list->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const QRect cell = list->visualItemRect(row);
            const int width = header->sectionSize(ShortcutsDialog::Keys) - 2 * margin;
            const QString keys = row->text(ShortcutsDialog::Keys);
            QVERIFY2(metrics.elidedText(keys, Qt::ElideRight, width) == keys, qPrintable(keys));
            QVERIFY(cell.isValid());
        }
    }
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (!sourceDir.isEmpty())
        QVERIFY(dialog->grab().save(
            QDir(sourceDir).filePath(QStringLiteral("docs/screenshots/keyboard-shortcuts.png"))));
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
}

void TestMainWindow::noKeyMeansTwoThings()
{
    // The check itself finds a clash: two buttons with one mnemonic.
    {
        QDialog probe;
        auto *layout = new QVBoxLayout(&probe);
        layout->addWidget(new QPushButton(QStringLiteral("&Save"), &probe));
        layout->addWidget(new QPushButton(QStringLiteral("&Send"), &probe));
        probe.show();
        QCOMPARE(keyClashes(&probe), QStringList{QStringLiteral("Alt+S: Save / Send")});
    }

    // In the definitions: a key pressed anywhere means one thing there.
    const auto conflicts = ActionCatalog::conflicts();
    QStringList pairs;
    for (const auto &c : conflicts)
        pairs << c.first + QStringLiteral(" / ") + c.second;
    QVERIFY2(conflicts.isEmpty(), qPrintable(pairs.join(QStringLiteral(", "))));

    // And in the windows as built: the main window (its panes' actions included), the Outbox
    // and the Accounts screen. Two actions with one key clash unless each works only in a
    // widget of its own.
    QVERIFY(trigger(m_window.get(), QStringLiteral("outbox.show")));
    QVERIFY(trigger(m_window.get(), QStringLiteral("account.find")));
    QWidget *outbox = nullptr;
    QWidget *accounts = nullptr;
    QTRY_VERIFY((outbox = visibleChild<OutboxDialog>(m_window.get())));
    QTRY_VERIFY((accounts = visibleChild<AccountsWindow>(m_window.get())));
    for (const QWidget *window :
         {static_cast<const QWidget *>(m_window.get()), static_cast<const QWidget *>(outbox),
          static_cast<const QWidget *>(accounts)}) {
        // Mnemonics included: no Alt+letter of a visible button, label or menu twice.
        const QStringList clashes = keyClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        const QList<QAction *> actions = ActionRegistry::of(window)->actions();
        QVERIFY(!actions.isEmpty());
        for (qsizetype i = 0; i < actions.size(); ++i) {
            for (qsizetype j = i + 1; j < actions.size(); ++j) {
                const QAction *a = actions.at(i);
                const QAction *b = actions.at(j);
                bool shared = false;
                for (const QKeySequence &k : a->shortcuts())
                    shared = shared || b->shortcuts().contains(k);
                if (!shared)
                    continue;
                const bool separate = a->shortcutContext() == Qt::WidgetShortcut &&
                                      b->shortcutContext() == Qt::WidgetShortcut &&
                                      a->associatedObjects() != b->associatedObjects();
                QVERIFY2(separate,
                         qPrintable(a->objectName() + QStringLiteral(" / ") + b->objectName()));
            }
        }
    }
    outbox->close();
    accounts->close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::errorsShowInMessageBar()
{
    const QString message = QStringLiteral("The database is busy. Try again in a moment.");
    emit m_model->errorOccurred(message);
    MessageBar *bar = messageBar(m_window.get());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), message);
    bar->hide();
}

void TestMainWindow::emptyDatabaseExplains()
{
    TestDatabase empty(QStringLiteral("sqlite"));
    auto session = openSession(empty.settings(), QStringLiteral("nobody-here"), {{}, false});
    QVERIFY(!session->me());
    MainWindow window(session.get());
    window.show();
    const auto *label = child<QLabel>(&window, QStringLiteral("emptyStateLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), LoadTimeoutMs);
    const QString text = label->text();
    QVERIFY2(text.contains(QLatin1String("helpdesk --demo")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("helpdesk-admin seed-demo")));
    QVERIFY(text.contains(QLatin1String("helpdesk --database postgresql://")));
    // Nobody to act as: the status bar names the login that was not found.
    const auto *me = window.findChild<QLabel *>(QStringLiteral("meLabel"));
    QVERIFY2(me->text().contains(QLatin1String("nobody-here")), qPrintable(me->text()));
    QVERIFY(!messageBar(&window)->isVisible());
}

void TestMainWindow::screenshot()
{
    // The previous test's window took the focus away.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(currentQueue(m_window.get()), QueueKind::AllOpen);
    // The default order: most recently updated first.
    ticketTable(m_window.get())
        ->horizontalHeader()
        ->setSortIndicator(int(TicketColumn::Updated), Qt::DescendingOrder);
    QCOMPARE(m_model->query().sortColumn, TicketColumn::Updated);
    QVERIFY(test::waitForQueue(m_model));
    m_window->resize(1400, 800);
    // A ticket whose timeline has a conversation to show.
    TicketDetailView *detail = ticketDetail(m_window.get());
    int chosen = -1;
    for (int row = 0; row < qMin(m_model->rowCount(), 40) && chosen < 0; ++row) {
        const auto events = waitFor(m_session->tickets()->events(m_model->ticketIdAt(row)));
        if (events.ok() && events.value().size() >= 4)
            chosen = row;
    }
    QVERIFY(chosen >= 0);
    selectRow(chosen);
    QTRY_VERIFY_WITH_TIMEOUT(timeline(m_window.get())->isLoaded() &&
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
