#include "accounts/SignInWatchMonitor.h"

#include "accounts/SignInWatch.h"
#include "common/Futures.h"
#include "db/DbWorker.h"

#include <QDateTime>
#include <QUuid>

namespace helpdesk {

SignInWatchMonitor::SignInWatchMonitor(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker),
      m_holderId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_timer, &QTimer::timeout, this, &SignInWatchMonitor::runOnce);
}

void SignInWatchMonitor::start(int intervalMs)
{
    m_leaseMs = 2LL * intervalMs;
    m_timer.start(intervalMs);
    runOnce();
}

void SignInWatchMonitor::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    auto pass = m_worker->run(
        [holder = m_holderId, leaseMs = m_leaseMs](QSqlDatabase &db) -> Result<QList<qint64>> {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            HD_TRY_ASSIGN(const bool claimed, SignInWatch::claimLease(db, holder, now, leaseMs));
            if (!claimed)
                return QList<qint64>(); // another client watches for the desk
            HD_TRY_ASSIGN(
                const SignInWatchPass done,
                SignInWatch(db, Actor::system(QStringLiteral("sign-in-watch")), now).runOnce());
            return done.outboxIds;
        });
    whenDone(pass, this, [this](const Result<QList<qint64>> &r) {
        m_running = false;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        if (!r.value().isEmpty())
            emit noticesQueued(r.value());
    });
}

} // namespace helpdesk
