// The async service the wizard UI uses: runs FlowRunner on the DbWorker, tells the UI what
// changed, hands account actions to the injected handler on the worker thread and wakes the
// outbox sender after a mail was queued.
#include "RecordingActionHandler.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "TestWait.h"
#include "WizardScenarios.h"
#include "db/DbWorker.h"
#include "tickets/TicketStore.h"
#include "troubleshooting/TroubleshootingService.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>

using namespace helpdesk;
using namespace helpdesk::test;

class TestTroubleshootingService : public QObject
{
    Q_OBJECT
private slots:
    void loginFlowToPendingCustomerAndResume_data() { addDialectRows(); }
    void loginFlowToPendingCustomerAndResume()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        const Staff lena = makeStaff(db, "lena.v", "Lena Vogel");
        // Each answer a second after the one before.
        TestClock clock(TestClock::DefaultStartMs, 1000);
        const Ticket ticket = openTicket(db, maria, TicketCategory::Login, "active", clock.now());

        DbWorker worker(tdb.settings());
        auto opened = worker.open();
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        auto handler = std::make_shared<RecordingActionHandler>();
        std::atomic<int> mailsQueued{0};
        std::atomic<bool> mailOnWorker{true};
        QThread *const guiThread = QThread::currentThread();
        {
            TroubleshootingService service(&worker, shippedFlows());
            service.setActor(maria);
            service.setClock(clock.fn());
            service.setActionHandler(handler);
            service.setMailQueued([&](qint64) {
                ++mailsQueued;
                if (QThread::currentThread() == guiThread)
                    mailOnWorker = false;
            });
            QSignalSpy runs(&service, &TroubleshootingService::runChanged);
            QSignalSpy tickets(&service, &TroubleshootingService::ticketChanged);
            QVERIFY(service.flows().flow("login_problem"));

            Result<FlowRun> run = waitFor(service.start(ticket.id));
            QVERIFY2(run.ok(), run ? "" : qPrintable(run.error().toString()));
            QCOMPARE(run->flowId, QString("login_problem"));
            for (const QString answer :
                 {"did_not_help", "did_not_help", "did_not_help", "did_not_help", "", "done"}) {
                run = waitFor(service.answer(run.value(), answer, "via the service"));
                QVERIFY2(run.ok(), run ? "" : qPrintable(run.error().toString()));
            }
            // Reset link sent, customer emailed, ticket pending customer.
            QCOMPARE(run->currentStep, QString("link_result"));
            QCOMPARE(handler->actions(), QStringList{"send_reset_link"});
            QCOMPARE(mailsQueued.load(), 1);
            QVERIFY(mailOnWorker.load());
            QCOMPARE(TicketStore(db).ticket(ticket.id)->status, TicketStatus::PendingCustomer);
            QCOMPARE(runs.size(), 7);
            QCOMPARE(runs.last().at(0).value<FlowRun>().currentStep, QString("link_result"));
            QCOMPARE(tickets.size(), 7);
            QCOMPARE(tickets.last().at(0).toLongLong(), ticket.id);

            // Maria closes the wizard; Lena resumes when the customer writes back.
            run = waitFor(service.pause(run.value(), "waiting for the customer"));
            QVERIFY(run.ok());
            service.setActor(lena);
            auto open = waitFor(service.openRun(ticket.id));
            QVERIFY(open.ok() && open->has_value());
            QCOMPARE(open->value().status, FlowRunStatus::Paused);
            // A stale view is refused, and the ticket still refreshes.
            const int ticketSignals = int(tickets.size());
            FlowRun stale = open->value();
            stale.version -= 1;
            auto refused = waitFor(service.resume(stale));
            QCOMPARE(refused.error().code, Error::Code::Conflict);
            QCOMPARE(tickets.size(), ticketSignals + 1);
            run = waitFor(service.resume(open->value()));
            QVERIFY(run.ok());
            run = waitFor(service.answer(run.value(), "resolved", "new password works"));
            QVERIFY(run.ok());
            run = waitFor(service.finish(run.value()));
            QVERIFY2(run.ok(), run ? "" : qPrintable(run.error().toString()));
            QCOMPARE(run->status, FlowRunStatus::Finished);
            QCOMPARE(run->resolvedStep, QString("link_result"));
            QCOMPARE(run->steps.last().answeredByName, QString("Lena Vogel"));

            auto all = waitFor(service.runs(ticket.id));
            QVERIFY(all.ok());
            QCOMPARE(all->size(), 1);
            auto account = waitFor(service.ticketAccount(ticket.id));
            QVERIFY(account.ok());
            QCOMPARE(account->status, QString("active"));
            auto funnel = waitFor(service.funnel("login_problem"));
            QVERIFY(funnel.ok());
            QCOMPARE(funnel->resolved, 1);
            QCOMPARE(funnel->step("link_result")->resolvedHere, 1);
            worker.drain();
            QCoreApplication::processEvents();
        }
    }
};

QTEST_GUILESS_MAIN(TestTroubleshootingService)
#include "tst_troubleshootingservice.moc"
