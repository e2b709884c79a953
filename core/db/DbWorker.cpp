#include "db/DbWorker.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace helpdesk {

namespace {
QAtomicInteger<quint64> s_workerSerial;
// A PostgreSQL connection unused for this long is checked (one round trip) before the next
// job, so that a job after a server restart runs on a fresh connection instead of failing.
constexpr qint64 kIdleCheckMs = 2000;
constexpr qint64 kJobReconnectMs = 1000;
} // namespace

DbWorker::DbWorker(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)),
      m_connectionName(QStringLiteral("helpdesk-worker-%1").arg(++s_workerSerial))
{
    qRegisterMetaType<helpdesk::Error>();
    m_clock.start();
    m_thread.setObjectName(QStringLiteral("helpdesk-db"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // Blocking, so every job queued before it has run and the connection is closed on the
    // thread that owns it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_stopping = true;
            m_db = QSqlDatabase();
            Database::close(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<Result<int>> DbWorker::open(bool migrate)
{
    return run([this, migrate](QSqlDatabase &) -> Result<int> {
        if (m_db.isOpen())
            return Migrator::currentVersion(m_db);
        HD_TRY_ASSIGN(auto db, Database::open(m_settings, m_connectionName));
        m_db = db;
        // The password stays in this worker's memory (never on disk): a lost connection is
        // reopened with it.
        m_everOpened = true;
        if (migrate)
            return Migrator::migrate(m_db);
        const int latest = Migrator::latestVersion(Database::dialect(m_db));
        auto current = Migrator::currentVersion(m_db);
        if (current && current.value() > latest)
            return Migrator::migrate(m_db); // produces the "schema too new" error
        return current;
    });
}

void DbWorker::drain()
{
    QSemaphore done;
    post([&done] { done.release(); });
    done.acquire();
}

void DbWorker::setReconnectDelays(int firstMs, int capMs)
{
    post([this, firstMs, capMs] {
        m_reconnectFirstMs = std::max(10, firstMs);
        m_reconnectCapMs = std::max(m_reconnectFirstMs, capMs);
    });
}

void DbWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (m_lost.loadRelaxed())
                reconnect(false);
            else if (m_idle.isValid() && m_idle.elapsed() > kIdleCheckMs) {
                // A server restarted meanwhile is found, and reconnected to, before the job.
                checkConnection();
                if (m_lost.loadRelaxed())
                    reconnect(false);
            }
            const quint64 failuresBefore = Database::failureCount();
            const quint64 statementsBefore = Database::statementCount();
            QElapsedTimer busy;
            busy.start();
            job();
            m_busyNs.fetchAndAddRelaxed(busy.nsecsElapsed());
            m_statements.fetchAndAddRelaxed(Database::statementCount() - statementsBefore);
            if (Database::failureCount() != failuresBefore)
                checkConnection();
            m_idle.start();
        },
        Qt::QueuedConnection);
}

void DbWorker::checkConnection()
{
    if (m_stopping || !m_everOpened || m_lost.loadRelaxed() ||
        m_settings.dialect != Dialect::PostgreSQL)
        return;
    {
        QSqlQuery probe(m_db);
        if (m_db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
            return;
        // In a transaction a failed statement left aborted, the connection itself is fine.
        if (probe.lastError().nativeErrorCode() == QLatin1String("25P02"))
            return;
        qCWarning(lcDb) << "database connection lost:" << probe.lastError().text();
    }
    m_lost.storeRelaxed(1);
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
    m_reconnectDelayMs = m_reconnectFirstMs;
    m_nextReconnectAt = 0; // the first attempt may come at once
    m_lastAttemptAt = -kJobReconnectMs;
    emit connectionLost(Error::make(Error::Code::Unavailable, Database::lostConnectionMessage(),
                                    m_settings.displayUrl()));
    scheduleReconnect();
}

void DbWorker::reconnect(bool scheduled)
{
    if (m_stopping || !m_lost.loadRelaxed())
        return;
    const qint64 now = m_clock.elapsed();
    // A job tries at most once a second on its own; between, it fails fast instead of waiting
    // for a server that is not there (a connection attempt to an unreachable host can take the
    // whole connect timeout).
    if (!scheduled && now < std::min(m_nextReconnectAt, m_lastAttemptAt + kJobReconnectMs))
        return;
    m_lastAttemptAt = now;
    auto db = Database::open(m_settings, m_connectionName);
    if (!db) {
        qCInfo(lcDb) << "reconnecting to the database failed:" << db.error().detail;
        m_nextReconnectAt = now + m_reconnectDelayMs;
        m_reconnectDelayMs = std::min(m_reconnectCapMs, m_reconnectDelayMs * 2);
        scheduleReconnect();
        return;
    }
    m_db = db.value();
    m_lost.storeRelaxed(0);
    qCInfo(lcDb) << "reconnected to" << m_settings.displayUrl();
    emit connectionRestored();
}

void DbWorker::scheduleReconnect()
{
    if (m_reconnectScheduled || m_stopping)
        return;
    m_reconnectScheduled = true;
    const qint64 wait = std::max<qint64>(0, m_nextReconnectAt - m_clock.elapsed());
    QTimer::singleShot(int(std::max<qint64>(wait, m_reconnectFirstMs)), m_context, [this] {
        m_reconnectScheduled = false;
        reconnect(true);
    });
}

} // namespace helpdesk
