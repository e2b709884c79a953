// Working tickets in the main window against a real (temporary, demo-seeded) database: the new
// ticket dialog, reply / take / escalate, the lead's Escalated queue (and its screenshot), the
// live countdown, the timeline's wording, live updates from another client and the SLA monitor,
// and presence. Conflicts and bulk changes: tst_ticketconflicts.

#include "TicketWorkFixture.h"

#include "Fixtures.h"
#include "MainWindow.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "common/ShortcutsDialog.h"
#include "common/TimeText.h"
#include "db/ChangeNotifier.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "presence/PresenceService.h"
#include "queue/BulkRunner.h"
#include "queue/BulkSummaryDialog.h"
#include "queue/QueueListView.h"
#include "queue/TicketTableView.h"
#include "sla/EscalationMonitor.h"
#include "staff/StaffService.h"
#include "ticket/CommentDialog.h"
#include "ticket/NewTicketDialog.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "ticket/TicketTimelineView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace helpdesk;
using helpdesk::test::openSession;
using helpdesk::test::TestClock;
using helpdesk::test::TestDatabase;
using helpdesk::test::waitFor;
using namespace helpdesk::test;

class TestTicketWork : public TicketWorkFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpWindow(); }
    void cleanupTestCase() { tearDownWindow(); }
    void cleanup() { closeLeftovers(); }

    void countdownTexts_data();
    void countdownTexts();
    void newTicketDialogValidates();
    void createReplyEscalateAndLeadSeesIt();
    void overdueCountdownSaysOverdue();
    void timelineTellsDataEvents();
    void logCustomerMessageFromAPhoneCall();
    void shortcutsDialogListsTicketKeys();
    void liveUpdatesRefreshAndEscalate();
    void presenceShowsInHeaderAndQueue();
    void noFollowupSurveyFromTheTicketMenu();

private:
    qint64 m_escalatedId = 0;
    qint64 m_overdueId = 0;
};

void TestTicketWork::countdownTexts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("dueInMs");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, TicketStatus s, qint64 due, TimeText::Due::State st,
                        const char *text) {
        QTest::newRow(name) << int(s) << due << int(st) << QString::fromUtf8(text);
    };
    using S = TimeText::Due::State;
    row("far", TicketStatus::Open, 26 * Hour + 5 * 60000, S::OnTrack, "in 1 d 2 h");
    row("hours and minutes", TicketStatus::Open, 2 * Hour + 10 * 60000, S::Warning,
        "in 2 h 10 min");
    row("seconds left rounds up", TicketStatus::New, 30 * 1000, S::Warning, "in 1 min");
    row("overdue", TicketStatus::Escalated, -35 * 60000, S::Overdue, "overdue 35 min");
    row("long overdue", TicketStatus::Open, -(14 * Hour + 20 * 60000), S::Overdue, "overdue 14 h");
    row("paused", TicketStatus::PendingCustomer, -Hour, S::Paused, "paused");
    row("resolved", TicketStatus::Resolved, -Hour, S::None, "");
}

void TestTicketWork::countdownTexts()
{
    QFETCH(int, status);
    QFETCH(qint64, dueInMs);
    QFETCH(int, state);
    QFETCH(QString, text);
    const QDateTime now(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    const TimeText::Due due =
        TimeText::due(now.addMSecs(dueInMs), TicketStatus(status), now, 4 * Hour);
    QCOMPARE(due.text, text);
    QCOMPARE(int(due.state), state);
}

void TestTicketWork::newTicketDialogValidates()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    NewTicketDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<NewTicketDialog>(m_window.get())));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(create);
    QVERIFY2(keyClashes(dialog).isEmpty(), qPrintable(keyClashes(dialog).join(u'\n')));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->subjectError().isEmpty());
    QVERIFY(!dialog->requesterError().isEmpty());

    dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Hi"));
    dialog->findChild<QLineEdit *>(QStringLiteral("requesterEdit"))
        ->setText(QStringLiteral("pat@@example"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(dialog->subjectError().isEmpty());
    QVERIFY2(dialog->requesterError().contains(QLatin1String("not an email address")),
             qPrintable(dialog->requesterError()));

    // A name no account has: core refuses, and the dialog says so next to the field.
    dialog->findChild<QLineEdit *>(QStringLiteral("requesterEdit"))
        ->setText(QStringLiteral("Nobody Withthisname"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->requesterError().isEmpty(),
                             LoadTimeoutMs);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestTicketWork::createReplyEscalateAndLeadSeesIt()
{
    activate(m_window.get());
    TicketDetailView *detail = ticketDetail(m_window.get());
    TicketActionController *work = ticketActions(m_window.get());

    // Create through the dialog.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    NewTicketDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<NewTicketDialog>(m_window.get())));
    const QString subject = QStringLiteral("Locked out after changing phone");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), subject);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("requesterEdit")),
                     QStringLiteral("sam.reed@example.org"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("requesterNameEdit")),
                     QStringLiteral("Sam Reed"));
    auto *priority = dialog->findChild<QComboBox *>(QStringLiteral("priorityCombo"));
    priority->setCurrentIndex(priority->findData(int(TicketPriority::High)));
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(int(TicketCategory::Security)));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")),
                     QStringLiteral("New phone, no codes. Cannot sign in."));
    QSignalSpy created(dialog, &NewTicketDialog::created);
    const QPointer<NewTicketDialog> closing(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, LoadTimeoutMs);
    QTRY_VERIFY(!closing); // closed and deleted once the ticket exists
    // Offscreen there is no window manager to hand activation back after the dialog.
    activate(m_window.get());
    const auto ticket = created.at(0).at(0).value<Ticket>();
    QCOMPARE(ticket.subject, subject);
    QCOMPARE(ticket.priority, TicketPriority::High);
    QCOMPARE(ticket.status, TicketStatus::New);
    m_escalatedId = ticket.id;

    // The new ticket is shown and selected in a queue that holds it.
    QCOMPARE(detail->ticketId(), ticket.id);
    QVERIFY(currentQueue(m_window.get()) == QueueKind::AllOpen ||
            currentQueue(m_window.get()) == QueueKind::Unassigned ||
            currentQueue(m_window.get()) == QueueKind::All);
    QVERIFY(test::waitForQueue(m_model));
    QTRY_COMPARE_WITH_TIMEOUT(ticketTable(m_window.get())->currentTicketId(), ticket.id,
                              LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(timeline(m_window.get())->isLoaded(), LoadTimeoutMs);

    // Reply: the editor says the text is not mailed yet; Ctrl+Return adds it.
    QVERIFY(action(m_window.get(), QStringLiteral("ticket.reply"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(isComposerOpen(m_window.get()));
    QCOMPARE(detail->composerKind(), TicketDetailView::ComposerKind::Reply);
    const auto *hint = detail->findChild<QLabel *>(QStringLiteral("composerHint"));
    QVERIFY2(hint->text().contains(QLatin1String("once mail is configured")),
             qPrintable(hint->text()));
    auto *editor = detail->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(editor->hasFocus());
    const QString replyText = QStringLiteral("Hello Sam, we are resetting your second factor.");
    QTest::keyClicks(editor, replyText);
    QSignalSpy submitted(detail, &TicketDetailView::composerSubmitted);
    // No double submit: while it runs, the actions and the editor's button are off.
    bool offWhileBusy = false;
    auto *submit = detail->findChild<QPushButton *>(QStringLiteral("composerSubmit"));
    const auto watch = connect(work, &TicketActionController::busyChanged, this, [&](bool busy) {
        if (busy)
            offWhileBusy = !action(m_window.get(), QStringLiteral("ticket.take"))->isEnabled() &&
                           !action(m_window.get(), QStringLiteral("ticket.reply"))->isEnabled() &&
                           !submit->isEnabled();
    });
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!work->isBusy(), LoadTimeoutMs);
    disconnect(watch);
    QVERIFY(offWhileBusy);
    QVERIFY(!isComposerOpen(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(isTicketShown(m_window.get(), detail->ticketId()) &&
                                 timelineText(m_window.get()).contains(replyText),
                             LoadTimeoutMs);
    QCOMPARE(detail->ticket()->status, TicketStatus::Open);

    // Take it, then escalate it.
    QVERIFY(action(m_window.get(), QStringLiteral("ticket.take"))->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!work->isBusy(), LoadTimeoutMs);
    QCOMPARE(detail->ticket()->assigneeId, m_session->me()->id);
    QVERIFY(detail->ticket()->assignedAt.isValid());
    QVERIFY(!action(m_window.get(), QStringLiteral("ticket.take"))->isEnabled());
    QVERIFY(action(m_window.get(), QStringLiteral("ticket.escalate"))->isEnabled());
    // Agents do not de-escalate.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!work->isBusy(), LoadTimeoutMs);
    QCOMPARE(detail->ticket()->status, TicketStatus::Escalated);
    QCOMPARE(detail->ticket()->escalationLevel, 1);
    QVERIFY(!action(m_window.get(), QStringLiteral("ticket.deEscalate"))->isEnabled());
    QVERIFY(!action(m_window.get(), QStringLiteral("ticket.escalate"))->isEnabled());
    QVERIFY(messageBar(m_window.get())->isHidden());

    // The requester is offered again the next time (an interim source: earlier tickets).
    const auto suggestions =
        waitFor(m_session->tickets()->requesterSuggestions(QStringLiteral("sam.re")));
    QVERIFY(suggestions.ok());
    QVERIFY(!suggestions.value().isEmpty());
    QCOMPARE(suggestions.value().constFirst().email, QStringLiteral("sam.reed@example.org"));
    QCOMPARE(suggestions.value().constFirst().name, QStringLiteral("Sam Reed"));

    // The lead's window: the Escalated queue, in risk order, with who holds what for how long.
    auto leadSession = openSession(m_db->settings(), QStringLiteral("priya.n"));
    QCOMPARE(leadSession->me()->role, StaffRole::Lead);
    MainWindow lead(leadSession.get());
    lead.resize(1400, 800);
    lead.show();
    activate(&lead);
    QTest::keyClick(&lead, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(currentQueue(&lead), QueueKind::Escalated);
    TicketQueueModel *leadModel = ticketModel(&lead);
    TicketTableView *leadTable = ticketTable(&lead);
    QVERIFY(leadModel->query().sortByRisk);
    QVERIFY(leadTable->isRiskSortMode());
    QVERIFY(!leadTable->horizontalHeader()->isSortIndicatorShown());
    QVERIFY(test::waitForQueue(leadModel));
    const int row = leadModel->rowOfTicket(ticket.id);
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(leadModel->ticketAt(row).has_value(), LoadTimeoutMs);
    // Most at risk first: overdue ones above ours, which is not due yet.
    const auto first = leadModel->ticketAt(0);
    QVERIFY(first);
    if (row > 0)
        QVERIFY(first->resolutionDue <= leadModel->ticketAt(row)->resolutionDue);
    QVERIFY2(leadTable->heldForText(row).startsWith(QStringLiteral("Maria Kowalski · ")),
             qPrintable(leadTable->heldForText(row)));
    const QString tip = leadTable->toolTipFor(leadModel->index(row, int(TicketColumn::Assignee)));
    QVERIFY2(tip.startsWith(QLatin1String("Held by Maria Kowalski for ")), qPrintable(tip));

    QVERIFY(leadTable->selectTicket(ticket.id));
    TicketDetailView *leadDetail = ticketDetail(&lead);
    QTRY_VERIFY_WITH_TIMEOUT(leadDetail->ticket() && leadDetail->ticket()->id == ticket.id &&
                                 timeline(&lead)->isLoaded(),
                             LoadTimeoutMs);
    const QString held = child<QLabel>(leadDetail, QStringLiteral("detailAssignee"))->text();
    QVERIFY2(held.contains(QLatin1String("held for")), qPrintable(held));
    QVERIFY(timelineText(&lead).contains(replyText));
    TicketActionController *leadWork = ticketActions(&lead);
    QTRY_VERIFY(action(&lead, QStringLiteral("ticket.deEscalate"))->isEnabled());
    // Leads reassign what others hold.
    QVERIFY(action(&lead, QStringLiteral("ticket.assign"))->isEnabled());
    QVERIFY(action(&lead, QStringLiteral("ticket.priority"))->isEnabled());

    // The picture: the lead's escalated queue with the ticket open.
    QTRY_VERIFY_WITH_TIMEOUT(!leadModel->isLoading(), LoadTimeoutMs);
    QTest::qWait(300);
    const QImage image = lead.grab().toImage();
    QCOMPARE(image.size(), QSize(1400, 800) * lead.devicePixelRatio());
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (!sourceDir.isEmpty()) {
        const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("escalated-queue.png"))));
    }

    // Ctrl+Shift+E asks why; no comment, no de-escalation.
    QTest::keyClick(&lead, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CommentDialog *why = nullptr;
    QTRY_VERIFY((why = visibleChild<CommentDialog>(&lead, QStringLiteral("deEscalateDialog"))));
    auto *ok = why->findChildren<QPushButton *>().constFirst();
    for (QPushButton *b : why->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("De-escalate"))
            ok = b;
    QVERIFY(!ok->isEnabled());
    why->setComment(QStringLiteral("Identity confirmed by phone; agent can finish."));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !leadWork->isBusy() && leadDetail->ticket()->status == TicketStatus::Open, LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(&lead).contains(QLatin1String("Identity confirmed by phone")), LoadTimeoutMs);

    // A header click leaves the risk order for that column.
    QHeaderView *header = leadTable->horizontalHeader();
    const int section = int(TicketColumn::Number);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
    QVERIFY(!leadModel->query().sortByRisk);
    QCOMPARE(leadModel->query().sortColumn, TicketColumn::Number);
    QVERIFY(header->isSortIndicatorShown());
    QVERIFY(!leadTable->isRiskSortMode());
    QVERIFY(test::waitForQueue(leadModel));
    activate(m_window.get());
}

void TestTicketWork::overdueCountdownSaysOverdue()
{
    // A ticket created 30 hours ago at normal priority (24 h to resolve): 6 hours overdue.
    TicketService *service = m_session->tickets();
    service->setClock(TestClock(QDateTime::currentMSecsSinceEpoch() - 30 * Hour).fn());
    m_overdueId = createTicket(QStringLiteral("Overdue: still cannot sign in"));
    service->setClock([] { return QDateTime::currentMSecsSinceEpoch(); });

    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier); // All tickets
    ticketTable(m_window.get())
        ->horizontalHeader()
        ->setSortIndicator(int(TicketColumn::Number), Qt::DescendingOrder);
    QVERIFY(test::waitForQueue(m_model));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->ticketIdAt(0), m_overdueId, LoadTimeoutMs);
    QTRY_VERIFY(m_model->ticketAt(0).has_value());
    TicketTableView *table = ticketTable(m_window.get());
    QVERIFY2(table->countdownText(0).startsWith(QLatin1String("overdue 6 h")),
             qPrintable(table->countdownText(0)));
    QCOMPARE(table->dueAt(0).state, TimeText::Due::State::Overdue);

    // By keyboard: to the list, first row, open it; the panel says overdue too.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Return);
    TicketDetailView *detail = ticketDetail(m_window.get());
    QCOMPARE(detail->ticketId(), m_overdueId);
    QTRY_VERIFY_WITH_TIMEOUT(detail->ticket().has_value(), LoadTimeoutMs);
    const QString due = child<QLabel>(detail, QStringLiteral("detailDue"))->text();
    QVERIFY2(due.contains(QLatin1String("overdue 6 h")), qPrintable(due));

    // The countdown moves on with the clock, without reloading the queue.
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    table->setClock(TestClock(QDateTime::currentMSecsSinceEpoch() + 3 * Hour).dateTimeFn());
    QVERIFY2(table->countdownText(0).startsWith(QLatin1String("overdue 9 h")),
             qPrintable(table->countdownText(0)));
    table->setClock({});
    QCOMPARE(resets.count(), 0);
}

void TestTicketWork::timelineTellsDataEvents()
{
    // Demo timelines record status and assignment changes as data without words.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT e.ticket_id FROM ticket_events e WHERE e.kind = 'status' AND e.body = '' AND "
        "e.data LIKE '%pending_customer%' ORDER BY e.ticket_id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 statusTicket = q.value(0).toLongLong();
    q.finish();
    helpdesk::test::addEvent(m_db->db(), statusTicket, QDateTime::currentMSecsSinceEpoch(),
                             QStringLiteral("mail_sent"),
                             QStringLiteral("Sent to the customer at 10:02."));
    showInDetail(statusTicket);
    const QString text = timelineText(m_window.get());
    QVERIFY2(text.contains(QStringLiteral("Status: New → Pending customer")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Email sent")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Sent to the customer at 10:02.")));

    QVERIFY(q.exec(QStringLiteral(
        "SELECT e.ticket_id, s.display_name FROM ticket_events e JOIN staff s ON s.id = "
        "json_extract(e.data, '$.to') WHERE e.kind = 'assignment' AND e.body = '' ORDER BY "
        "e.ticket_id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 assignedTicket = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    q.finish();
    showInDetail(assignedTicket);
    const QString assigned = timelineText(m_window.get());
    QVERIFY2(assigned.contains(QStringLiteral("Assigned to %1").arg(name)) ||
                 assigned.contains(QStringLiteral("to %1").arg(name)),
             qPrintable(assigned));
}

void TestTicketWork::logCustomerMessageFromAPhoneCall()
{
    // The customer calls about a ticket that waits for them: the agent writes down what they
    // said, and the ticket is open again with the message on its timeline.
    const qint64 id = createTicket(QStringLiteral("Phone: reset link expired"));
    const auto waiting = waitFor(m_session->tickets()->setStatus(
        mustGet(m_session.get(), id), TicketStatus::PendingCustomer, QString()));
    QVERIFY2(waiting.ok(), qPrintable(waiting.ok() ? QString() : waiting.error().toString()));
    showInDetail(id);
    QTRY_COMPARE_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket()->status,
                              TicketStatus::PendingCustomer, LoadTimeoutMs);

    QVERIFY(trigger(m_window.get(), QStringLiteral("ticket.logCustomerMessage")));
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleChild<QDialog>(
                                  m_window.get(), QStringLiteral("logCustomerMessageDialog"))),
                             LoadTimeoutMs);
    auto *channel = child<QComboBox>(dialog, QStringLiteral("channelCombo"));
    const int phone = channel->findData(int(TicketChannel::Phone));
    QVERIFY(phone >= 0);
    channel->setCurrentIndex(phone);
    const QString said = QStringLiteral("Called: the link had expired, a new one arrived fine.");
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("customerMessageText")), said);
    dialog->accept();

    QTRY_VERIFY_WITH_TIMEOUT(timelineText(m_window.get()).contains(said), LoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(mustGet(m_session.get(), id).status, TicketStatus::Open,
                              LoadTimeoutMs);
}

void TestTicketWork::shortcutsDialogListsTicketKeys()
{
    activate(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
    QStringList keys;
    for (QTreeWidgetItemIterator it(child<QTreeWidget>(dialog, QStringLiteral("shortcutList")));
         *it; ++it)
        keys << (*it)->text(ShortcutsDialog::Keys);
    for (const char *expected : {"Ctrl+N", "Ctrl+T", "Ctrl+Shift+A", "Ctrl+R", "Ctrl+Shift+N",
                                 "Ctrl+E", "Ctrl+Shift+E", "Ctrl+P"})
        QVERIFY2(keys.contains(QLatin1String(expected)), expected);
    dialog->close();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
}

void TestTicketWork::liveUpdatesRefreshAndEscalate()
{
    // Another client, on its own connection, changes the ticket shown: the panel follows.
    const qint64 id = createTicket(QStringLiteral("Live: changed elsewhere"));
    showInDetail(id);
    auto otherSession = openSession(m_db->settings(), QStringLiteral("priya.n"));

    QSignalSpy escalated(m_session->escalationMonitor(), &EscalationMonitor::escalated);
    QSignalSpy listening(m_session->changeNotifier(), &ChangeNotifier::listening);
    m_session->startLiveUpdates(60000, 200);
    QVERIFY(m_session->isLive());
    // A change made before the listener has its connection would go unnoticed.
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, LoadTimeoutMs);
    QVERIFY(listening.at(0).at(0).toBool());
    // The SLA monitor ran at once: the overdue ticket from before is escalated.
    QTRY_VERIFY_WITH_TIMEOUT(escalated.count() >= 1, LoadTimeoutMs);
    bool found = false;
    for (const QList<QVariant> &call : std::as_const(escalated))
        found = found || call.at(0).value<QList<qint64>>().contains(m_overdueId);
    QVERIFY(found);
    QCOMPARE(mustGet(m_session.get(), m_overdueId).status, TicketStatus::Escalated);

    QSignalSpy notified(m_session->changeNotifier(), &ChangeNotifier::ticketChanged);
    QSignalSpy serviceChanged(m_session->tickets(), &TicketService::ticketChanged);
    const auto changed = waitFor(otherSession->tickets()->setPriority(
        mustGet(otherSession.get(), id), TicketPriority::Urgent));
    QVERIFY(changed.ok());
    QTest::qWait(3000);
    QTRY_COMPARE_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket()->priority,
                              TicketPriority::Urgent, LoadTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket()->version,
                              changed.value().version, LoadTimeoutMs);
}

void TestTicketWork::presenceShowsInHeaderAndQueue()
{
    // A colleague opens the ticket shown here and starts a reply: the header says so, the
    // queue marks the row; nothing is blocked.
    const qint64 id = createTicket(QStringLiteral("Presence: two agents on one ticket"));
    showInDetail(id);
    if (!m_session->isLive())
        m_session->startLiveUpdates(60000, 200);
    auto colleague = openSession(m_db->settings(), QStringLiteral("priya.n"));
    colleague->presence()->start(300, 60000);
    colleague->presence()->setViewing(id);
    auto *header = m_window->findChild<QLabel *>(QStringLiteral("presenceLabel"));
    QVERIFY(header);
    QTRY_VERIFY_WITH_TIMEOUT(header->isVisibleTo(m_window.get()) &&
                                 header->text().contains(QLatin1String("is viewing")),
                             LoadTimeoutMs);
    colleague->presence()->setComposing(true);
    QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(QLatin1String("is replying")), LoadTimeoutMs);
    QAbstractItemModel *model = ticketTable(m_window.get())->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, 0).data(TicketQueueModel::TicketIdRole).toLongLong() == id)
            row = r;
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0)
                                 .data(TicketQueueModel::PresenceRole)
                                 .toString()
                                 .contains(QLatin1String("is replying")),
                             LoadTimeoutMs);
    // The colleague leaves the ticket: the line goes.
    colleague->presence()->setViewing(0);
    QTRY_VERIFY_WITH_TIMEOUT(!header->isVisibleTo(m_window.get()), LoadTimeoutMs);
}

void TestTicketWork::noFollowupSurveyFromTheTicketMenu()
{
    // Ticket › No Follow-up Survey: decided at once, so no client asks this customer later; a
    // second press says it was decided already.
    activate(m_window.get());
    const qint64 id = createTicket(QStringLiteral("Please do not send me surveys"));
    showInDetail(id);
    QAction *noSurvey = action(m_window.get(), QStringLiteral("ticket.noSurvey"));
    QTRY_VERIFY(noSurvey->isEnabled());
    noSurvey->trigger();
    MessageBar *bar = messageBar(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), LoadTimeoutMs);
    QVERIFY2(bar->text().contains(QLatin1String("no follow-up survey")), qPrintable(bar->text()));
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare(QStringLiteral("SELECT skip_reason FROM surveys WHERE ticket_id = ?")));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("no_survey"));
    bar->hide();
    noSurvey->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), LoadTimeoutMs);
    QVERIFY2(bar->text().contains(QLatin1String("decided already")), qPrintable(bar->text()));
    bar->hide();
}

QTEST_MAIN(TestTicketWork)
#include "tst_ticketwork.moc"
