// The DB worker runs jobs off the calling thread, in order, and reports open failures.
#include "db/Database.h"
#include "db/DbWorker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;

class TestDbWorker : public QObject
{
    Q_OBJECT
private slots:
    void jobsRunOffTheCallerThreadInOrder()
    {
        QTemporaryDir dir;
        ConnectionSettings s;
        s.sqlitePath = dir.filePath(QStringLiteral("w.db"));
        DbWorker worker(s);
        auto opened = worker.open();
        opened.waitForFinished();
        QVERIFY(opened.result().ok());

        QList<int> order;
        QThread *caller = QThread::currentThread();
        QList<QFuture<bool>> futures;
        for (int i = 0; i < 20; ++i)
            futures.append(worker.run([&order, i, caller](QSqlDatabase &db) {
                order.append(i);
                return db.isOpen() && QThread::currentThread() != caller;
            }));
        for (auto &f : futures)
            QVERIFY(f.result());
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(order, expected);
    }

    void continuationComesBackOnTheCallerThread()
    {
        QTemporaryDir dir;
        ConnectionSettings s;
        s.sqlitePath = dir.filePath(QStringLiteral("w.db"));
        DbWorker worker(s);
        worker.open().waitForFinished();
        QObject context;
        QThread *seen = nullptr;
        bool done = false;
        worker
            .run([](QSqlDatabase &db) {
                return Database::scalar(db, QStringLiteral("SELECT 41 + 1"));
            })
            .then(&context, [&](const Result<QVariant> &r) {
                seen = QThread::currentThread();
                done = r.ok() && r.value().toInt() == 42;
            });
        QTRY_VERIFY(done);
        QCOMPARE(seen, QThread::currentThread());
    }

    void openFailureIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just text");
        f.close();
        ConnectionSettings s;
        s.sqlitePath = path;
        DbWorker worker(s);
        auto opened = worker.open();
        opened.waitForFinished();
        QVERIFY(!opened.result().ok());
        QCOMPARE(opened.result().error().code, Error::Code::NotADatabase);
    }

    void cancelledJobDoesNotRun()
    {
        QTemporaryDir dir;
        ConnectionSettings s;
        s.sqlitePath = dir.filePath(QStringLiteral("w.db"));
        DbWorker worker(s);
        worker.open().waitForFinished();
        QSemaphore gate;
        auto blocker = worker.run([&gate](QSqlDatabase &) {
            gate.acquire();
            return true;
        });
        bool ran = false;
        auto victim = worker.run([&ran](QSqlDatabase &) {
            ran = true;
            return true;
        });
        victim.cancel();
        gate.release();
        blocker.waitForFinished();
        worker.drain();
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestDbWorker)
#include "tst_dbworker.moc"
