#pragma once
// A database connection that lives on its own thread. The GUI thread hands it jobs with run()
// and gets a QFuture back; jobs run one after another, in order, on the worker's connection.
//
// A PostgreSQL connection that was lost (the server restarted, the network went away) is
// noticed after the job that met it, and reopened with backoff before the next job and in the
// background: connectionLost() and connectionRestored() say so. Jobs that run while it is down
// fail at once with Error::Code::Unavailable; nothing waits forever.

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace helpdesk {

class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(ConnectionSettings settings, QObject *parent = nullptr);
    ~DbWorker() override;

    const ConnectionSettings &settings() const { return m_settings; }
    Dialect dialect() const { return m_settings.dialect; }

    // Opens the connection on the worker thread and migrates the schema when asked to.
    QFuture<Result<int>> open(bool migrate = true);

    // Queues fn(QSqlDatabase &) on the worker thread. The future is cancelled, without running
    // fn, if it was cancelled before the worker got to it.
    template <typename F> auto run(F &&fn) -> QFuture<std::invoke_result_t<F, QSqlDatabase &>>
    {
        using R = std::invoke_result_t<F, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, fn = std::forward<F>(fn)]() mutable {
            if (promise->isCanceled()) {
                promise->finish();
                return;
            }
            if constexpr (std::is_void_v<R>) {
                fn(m_db);
            } else {
                promise->addResult(fn(m_db));
            }
            promise->finish();
        });
        return future;
    }

    // Like run(), but fn also receives the promise to report progress and poll cancellation.
    template <typename R, typename F> QFuture<R> runWithProgress(F &&fn)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, fn = std::forward<F>(fn)]() mutable {
            if (!promise->isCanceled())
                promise->addResult(fn(m_db, *promise));
            promise->finish();
        });
        return future;
    }

    // Blocks until every queued job has run. For tools and tests, never for the GUI thread.
    void drain();

    // Whether the connection is known to be down (set on the worker thread; a hint for the UI).
    bool isConnectionLost() const { return m_lost.loadRelaxed(); }
    // Backoff between reconnection attempts: first, doubling up to the cap (tests shorten it).
    void setReconnectDelays(int firstMs, int capMs);

    // What this connection has done so far: statements run (through Database::exec) and the
    // time spent in jobs, both summed over every job. Any thread may read them.
    quint64 statementsRun() const { return m_statements.loadRelaxed(); }
    qint64 busyNs() const { return m_busyNs.loadRelaxed(); }

signals:
    // Emitted from the worker thread; connect with the default (queued) connection.
    void connectionLost(const helpdesk::Error &error);
    void connectionRestored();

private:
    void post(std::function<void()> job);
    // Worker thread: after a job in which a statement failed, find out whether the connection
    // is still there; before a job (and from a timer), reopen a lost one when it is time.
    void checkConnection();
    void reconnect(bool scheduled);
    void scheduleReconnect();

    ConnectionSettings m_settings;
    QString m_connectionName;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; jobs are queued to it
    QSqlDatabase m_db;            // used only on m_thread
    // Worker thread only, below.
    bool m_everOpened = false;
    bool m_stopping = false;
    bool m_reconnectScheduled = false;
    int m_reconnectFirstMs = 250;
    int m_reconnectCapMs = 5000;
    int m_reconnectDelayMs = 0;
    qint64 m_nextReconnectAt = 0; // m_clock, ms
    qint64 m_lastAttemptAt = -1'000'000;
    QElapsedTimer m_clock;
    QElapsedTimer m_idle; // since the last job ended
    QAtomicInteger<int> m_lost{0};
    QAtomicInteger<quint64> m_statements{0};
    QAtomicInteger<qint64> m_busyNs{0};
};

} // namespace helpdesk
