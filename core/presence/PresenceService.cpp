#include "presence/PresenceService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace helpdesk {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

PresenceService::PresenceService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker),
      m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        publish();
        reload();
    });
    m_reload.setSingleShot(true);
    m_reload.setInterval(300);
    connect(&m_reload, &QTimer::timeout, this, &PresenceService::reload);
    m_expire.setSingleShot(true);
    // Heartbeats are not told to the others (only a change of ticket or activity is): when
    // the oldest row this client knows would age out, it reads the rows again, and what is
    // still renewed stays.
    connect(&m_expire, &QTimer::timeout, this, &PresenceService::reload);
}

PresenceService::~PresenceService() = default;

void PresenceService::setMe(std::optional<qint64> staffId)
{
    m_staffId = staffId;
    if (m_started)
        publish();
}

void PresenceService::start(int heartbeatMs, int expiryMs)
{
    if (m_started)
        return;
    m_expiryMs = expiryMs;
    m_started = true;
    m_heartbeat.start(heartbeatMs);
    publish();
    reload();
    // Rows of clients that quit without a word, long after anyone shows them.
    const qint64 before = nowMs() - 10LL * expiryMs;
    m_worker->run([before](QSqlDatabase &db) { return PresenceStore(db).prune(before); });
}

void PresenceService::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_heartbeat.stop();
    m_reload.stop();
    m_worker->run([id = m_clientId](QSqlDatabase &db) { return PresenceStore(db).remove(id); });
}

void PresenceService::setViewing(qint64 ticketId)
{
    if (ticketId == m_ticket)
        return;
    m_ticket = ticketId;
    m_composing = false;
    if (m_started)
        publish();
}

void PresenceService::setComposing(bool composing)
{
    if (composing == m_composing)
        return;
    m_composing = composing;
    if (m_started)
        publish();
}

void PresenceService::publish()
{
    if (!m_staffId)
        return;
    const QString id = m_clientId;
    const qint64 staff = *m_staffId;
    const qint64 ticket = m_ticket;
    const PresenceActivity activity =
        m_composing ? PresenceActivity::Replying : PresenceActivity::Viewing;
    const qint64 now = nowMs();
    auto job = m_worker->run([=](QSqlDatabase &db) {
        return PresenceStore(db).publish(id, staff, ticket, activity, now);
    });
    whenDone(job, this, [this](const Result<void> &r) {
        if (!r)
            emit errorOccurred(r.error().message);
    });
}

void PresenceService::notifyExternalChange(qint64)
{
    // Before start() nobody here shows presence (a headless client, the bench's observers).
    if (m_started && !m_reload.isActive())
        m_reload.start();
}

void PresenceService::reload()
{
    const quint64 generation = ++m_reloadGeneration;
    const qint64 since = nowMs() - m_expiryMs;
    auto job = m_worker->run([since](QSqlDatabase &db) { return PresenceStore(db).live(since); });
    whenDone(job, this, [this, generation](const Result<QList<PresenceEntry>> &r) {
        if (generation != m_reloadGeneration)
            return;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        setEntries(r.value());
    });
}

void PresenceService::setEntries(QList<PresenceEntry> entries)
{
    entries.removeIf([this](const PresenceEntry &e) { return e.clientId == m_clientId; });
    const auto same = [](const PresenceEntry &a, const PresenceEntry &b) {
        return a.clientId == b.clientId && a.ticketId == b.ticketId && a.activity == b.activity;
    };
    const bool unchanged =
        std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), m_entries.cend(), same);
    m_entries = std::move(entries);
    // When the next row would age out, read again (it may have been renewed meanwhile).
    m_expire.stop();
    if (!m_entries.isEmpty()) {
        qint64 oldest = m_entries.first().seenAt;
        for (const PresenceEntry &e : std::as_const(m_entries))
            oldest = qMin(oldest, e.seenAt);
        m_expire.start(
            int(qBound(qint64(10), oldest + m_expiryMs - nowMs() + 10, qint64(m_expiryMs))));
    }
    if (!unchanged)
        emit changed();
}

QList<PresenceEntry> PresenceService::others(qint64 ticketId) const
{
    QList<PresenceEntry> out;
    for (const PresenceEntry &e : m_entries)
        if (e.ticketId == ticketId && (!m_staffId || e.staffId != *m_staffId))
            out.append(e);
    return out;
}

QString PresenceService::shortName(const QString &displayName)
{
    const QStringList parts = displayName.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return displayName.simplified();
    return parts.first() + u' ' + parts.last().left(1) + u'.';
}

QString PresenceService::describe(qint64 ticketId) const
{
    // One mention per person: replying wins over viewing (two windows of one agent).
    QList<std::pair<QString, bool>> people;
    for (const PresenceEntry &e : others(ticketId)) {
        const QString name =
            e.staffName.isEmpty() ? QStringLiteral("#%1").arg(e.staffId) : shortName(e.staffName);
        const bool replying = e.activity == PresenceActivity::Replying;
        auto it = std::find_if(people.begin(), people.end(),
                               [&](const auto &p) { return p.first == name; });
        if (it == people.end())
            people.append({name, replying});
        else
            it->second = it->second || replying;
    }
    QStringList parts;
    for (const auto &[name, replying] : people)
        parts << (replying ? QCoreApplication::translate("PresenceService", "%1 is replying")
                           : QCoreApplication::translate("PresenceService", "%1 is viewing"))
                     .arg(name);
    return parts.join(QStringLiteral(" · "));
}

QHash<qint64, QString> PresenceService::descriptions() const
{
    QHash<qint64, QString> out;
    for (const PresenceEntry &e : m_entries)
        if (!out.contains(e.ticketId))
            out.insert(e.ticketId, describe(e.ticketId));
    return out;
}

} // namespace helpdesk
