#include "db/DbWorker.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <QAtomicInteger>
#include <QMetaObject>
#include <QSemaphore>

namespace helpdesk {

namespace {
QAtomicInteger<quint64> s_workerSerial;
}

DbWorker::DbWorker(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)),
      m_connectionName(QStringLiteral("helpdesk-worker-%1").arg(++s_workerSerial))
{
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
        auto db = Database::open(m_settings, m_connectionName);
        if (!db)
            return db.error();
        m_db = db.value();
        // The settings copy no longer needs the password once the connection is up.
        m_settings.password.clear();
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

void DbWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace helpdesk
