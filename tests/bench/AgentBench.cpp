#include "AgentBench.h"

#include "app/AppSession.h"
#include "common/Futures.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "presence/PresenceService.h"
#include "sla/EscalationMonitor.h"
#include "staff/Staff.h"
#include "tickets/QueueWatcher.h"
#include "tickets/SearchQuery.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace helpdesk::bench {

namespace {

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

bool spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// Everything the run measures, shared by the agents (one thread: the event loop).
struct Record
{
    QElapsedTimer clock;
    QList<double> actionMs;
    QHash<QString, QList<double>> actionMsByKind;
    qint64 actions = 0;
    qint64 refused = 0; // version conflicts and rule refusals: the agent is told, nothing lost
    qint64 errors = 0;
    // Successful ticket writes: (ticket, version it was made on) -> count; > 1 is a lost update.
    QHash<QPair<qint64, int>, int> writesOnVersion;
    qint64 lostUpdates = 0;
    // When each (ticket, version) was committed, and when each client placed it.
    QHash<QPair<qint64, int>, qint64> committedAt;
    QList<double> lagMs;
    qint64 changes = 0;
    qint64 observerReloads = 0; // id lists read again by observers while the agents ran
};

struct Client
{
    std::unique_ptr<AppSession> session;
    std::unique_ptr<TicketQueueModel> model;
    std::unique_ptr<QueueWatcher> watcher;
    QHash<qint64, int> placed; // ticket -> highest version placed
    QueueKind queue = QueueKind::AllOpen;
    qint64 reloadedAt = 0; // the last queue switch: its id list has every change before it
    bool busy = false;
    bool observer = false;
};

const QList<QueueKind> kQueues = {QueueKind::MyOpen, QueueKind::Unassigned, QueueKind::AllOpen,
                                  QueueKind::Escalated, QueueKind::All};
const QStringList kWords = {QStringLiteral("password"), QStringLiteral("locked"),
                            QStringLiteral("reset"), QStringLiteral("activation"),
                            QStringLiteral("two-factor")};

class Agents
{
public:
    Agents(const AgentOptions &options, ConnectionSettings settings)
        : m_options(options), m_settings(std::move(settings))
    {}

    bool start(const QStringList &logins);
    void act(Client &c);
    void scheduleNext(Client &c);
    void finish(Client &c, double startedMs, bool ok, bool refused, const char *kind);
    void wrote(Client &c, const Ticket &before, const Result<Ticket> &after, double startedMs,
               const char *kind);
    int check();

    AgentOptions m_options;
    ConnectionSettings m_settings;
    QList<std::shared_ptr<Client>> m_clients;
    Record m_record;
    bool m_running = false;
};

bool Agents::start(const QStringList &logins)
{
    const int total = m_options.agents + m_options.observers;
    for (int i = 0; i < total; ++i) {
        auto c = std::make_shared<Client>();
        c->observer = i >= m_options.agents;
        c->session = std::make_unique<AppSession>(m_settings);
        auto opened = c->session->open();
        if (!spin([&] { return opened.isFinished(); }, 120000) || !opened.result()) {
            std::fprintf(stderr, "helpdesk-bench: agent %d cannot open the database: %s\n", i,
                         opened.isFinished() ? qPrintable(opened.result().error().toString())
                                             : "timeout");
            return false;
        }
        auto me = c->session->resolveMe(logins.at(i % logins.size()));
        spin([&] { return me.isFinished(); }, 60000);
        // Agents run the SLA monitor as the GUI does (once a minute; one of them holds the
        // desk's lease and scans); the observers only listen, so their database work is only
        // what other clients' changes cost them.
        if (c->observer)
            c->session->changeNotifier()->start(250, 15000);
        else
            c->session->startLiveUpdates(60'000, 250, 15000);
        c->model = std::make_unique<TicketQueueModel>(c->session->worker());
        c->watcher = std::make_unique<QueueWatcher>(c->session->tickets(), c->model.get());
        Client *raw = c.get();
        if (c->observer)
            QObject::connect(c->model.get(), &TicketQueueModel::indexLoaded, [this] {
                if (m_running)
                    ++m_record.observerReloads;
            });
        QObject::connect(c->model.get(), &TicketQueueModel::changeApplied,
                         [this, raw](qint64 id, int version, bool) {
                             int &seen = raw->placed[id];
                             const int from = seen;
                             seen = qMax(seen, version);
                             const qint64 now = m_record.clock.elapsed();
                             for (int v = from + 1; v <= version; ++v) {
                                 const auto it = m_record.committedAt.constFind({id, v});
                                 if (it != m_record.committedAt.constEnd())
                                     m_record.lagMs.append(double(now - *it));
                             }
                         });
        c->queue = c->observer ? QueueKind::AllOpen : kQueues.at(i % kQueues.size());
        TicketQuery q;
        q.queue = c->queue;
        if (c->session->me())
            q.currentStaffId = c->session->me()->id;
        c->model->setQuery(q);
        c->watcher->setCountsBase(q);
        m_clients.append(c);
    }
    return spin(
        [&] {
            return std::all_of(m_clients.cbegin(), m_clients.cend(), [](const auto &c) {
                return c->model->isIndexComplete() && c->watcher->isIdle();
            });
        },
        600000);
}

void Agents::scheduleNext(Client &c)
{
    if (!m_running)
        return;
    const int think = m_options.thinkMs / 2 +
                      int(QRandomGenerator::global()->bounded(qMax(1, m_options.thinkMs)));
    QTimer::singleShot(think, c.session.get(), [this, &c] { act(c); });
}

void Agents::finish(Client &c, double startedMs, bool ok, bool refused, const char *kind)
{
    const double ms = double(m_record.clock.nsecsElapsed()) / 1e6 - startedMs;
    m_record.actionMs.append(ms);
    m_record.actionMsByKind[QString::fromLatin1(kind)].append(ms);
    ++m_record.actions;
    if (refused)
        ++m_record.refused;
    else if (!ok)
        ++m_record.errors;
    c.busy = false;
    scheduleNext(c);
}

void Agents::wrote(Client &c, const Ticket &before, const Result<Ticket> &after, double startedMs,
                   const char *kind)
{
    if (after) {
        // The version check lets exactly one write succeed on each version of a ticket.
        int &writes = m_record.writesOnVersion[{before.id, before.version}];
        if (++writes > 1 || after.value().version != before.version + 1)
            ++m_record.lostUpdates;
        m_record.committedAt.insert({after.value().id, after.value().version},
                                    m_record.clock.elapsed());
        ++m_record.changes;
    }
    const bool refused = !after && (after.error().code == Error::Code::Conflict ||
                                    after.error().code == Error::Code::PermissionDenied ||
                                    after.error().code == Error::Code::InvalidInput);
    finish(c, startedMs, after.ok(), refused, kind);
}

void Agents::act(Client &c)
{
    if (!m_running || c.busy)
        return;
    c.busy = true;
    auto *rng = QRandomGenerator::global();
    const double started = double(m_record.clock.nsecsElapsed()) / 1e6;
    TicketService *tickets = c.session->tickets();
    QObject *ctx = c.session.get();
    const int roll = int(rng->bounded(100));
    // Switch queue (10 %) or search (10 %): no ticket needed.
    if (roll < 10) {
        c.queue = kQueues.at(int(rng->bounded(qsizetype(kQueues.size()))));
        TicketQuery q = c.model->query();
        q.queue = c.queue;
        c.reloadedAt = m_record.clock.elapsed();
        c.model->setQuery(q);
        // Done when the first page is in, or the queue turned out empty.
        auto *poll = new QTimer(ctx);
        QObject::connect(poll, &QTimer::timeout, ctx, [this, &c, started, poll] {
            const bool shown = c.model->rowCount() > 0 && c.model->ticketAt(0).has_value();
            if (shown || (c.model->isIndexComplete() && !c.model->isLoading())) {
                poll->stop();
                poll->deleteLater();
                finish(c, started, true, false, "switch");
            }
        });
        poll->start(1);
        return;
    }
    if (roll < 20) {
        whenDone(tickets->search(SearchQuery::parse(kWords.at(int(rng->bounded(5)))), 50), ctx,
                 [this, &c, started](const Result<TicketService::SearchPage> &r) {
                     finish(c, started, r.ok(), false, "search");
                 });
        return;
    }
    // Everything else starts from a ticket in the agent's queue: opening it is one action.
    const int rows = qMin(c.model->rowCount(), TicketQueueModel::PageSize);
    if (rows == 0) {
        finish(c, started, true, false, "open");
        return;
    }
    const qint64 id = c.model->ticketIdAt(int(rng->bounded(rows)));
    whenDone(tickets->ticket(id), ctx, [this, &c, started, roll, tickets](const Result<Ticket> &t) {
        if (!t) {
            finish(c, started, false, false, "open");
            return;
        }
        const Ticket ticket = t.value();
        // The ticket shown, and a reply or note being written: presence, as the GUI tells it.
        PresenceService *presence = c.session->presence();
        presence->setViewing(ticket.id);
        presence->setComposing(roll >= 60 && roll < 90);
        if (roll < 50) { // open: the ticket and its timeline, as the detail pane loads them
            whenDone(c.session->tickets()->events(ticket.id), c.session.get(),
                     [this, &c, started](const Result<QList<TicketEvent>> &e) {
                         finish(c, started, e.ok(), false, "open");
                     });
            return;
        }
        const double writeStarted = double(m_record.clock.nsecsElapsed()) / 1e6;
        QFuture<Result<Ticket>> write;
        const char *kind = roll < 60 ? "take" : roll < 75 ? "reply" : roll < 90 ? "note" : "status";
        if (roll < 60)
            write = tickets->take(ticket);
        else if (roll < 75)
            write = tickets->reply(ticket, QStringLiteral("Thanks for waiting, please try the "
                                                          "reset link again now."));
        else if (roll < 90)
            write = tickets->note(ticket, QStringLiteral("Checked the sign-in history."));
        else
            write = tickets->setStatus(ticket, ticket.status == TicketStatus::PendingCustomer
                                                   ? TicketStatus::Open
                                                   : TicketStatus::PendingCustomer);
        whenDone(write, c.session.get(),
                 [this, &c, ticket, writeStarted, kind](const Result<Ticket> &r) {
                     wrote(c, ticket, r, writeStarted, kind);
                 });
    });
}

// After the run: every client's queue and counts against the database.
int Agents::check()
{
    const QString name = QStringLiteral("bench-agents-check");
    int stale = 0;
    qint64 breachingDrift = 0;
    {
        auto db = Database::open(m_settings, name);
        if (!db) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
            return -1;
        }
        TicketStore store(db.value());
        QHash<QString, QList<qint64>> idsByQuery;
        QHash<qint64, QHash<QueueKind, qint64>> countsByStaff;
        for (const auto &c : std::as_const(m_clients)) {
            const TicketQuery q = c->model->query();
            const QString key =
                QStringLiteral("%1/%2").arg(int(q.queue)).arg(q.currentStaffId.value_or(0));
            if (!idsByQuery.contains(key))
                idsByQuery.insert(key, store.orderedIds(q).value());
            QList<qint64> mine;
            for (int row = 0; row < c->model->rowCount(); ++row)
                mine.append(c->model->ticketIdAt(row));
            bool ok = mine == idsByQuery.value(key);
            QString why;
            if (!ok) {
                const QList<qint64> &want = idsByQuery.value(key);
                qsizetype at = 0;
                while (at < mine.size() && at < want.size() && mine.at(at) == want.at(at))
                    ++at;
                why = QStringLiteral("queue %1: %2 rows, database %3, first difference at row %4 "
                                     "(%5 vs %6)")
                          .arg(Queues::label(q.queue))
                          .arg(mine.size())
                          .arg(want.size())
                          .arg(at)
                          .arg(mine.value(at))
                          .arg(want.value(at));
            }
            const qint64 staff = q.currentStaffId.value_or(0);
            if (!countsByStaff.contains(staff)) {
                QHash<QueueKind, qint64> exact;
                for (QueueKind k : Queues::all()) {
                    TicketQuery cq = q;
                    cq.queue = k;
                    exact.insert(k, store.count(cq).value());
                }
                countsByStaff.insert(staff, exact);
            }
            const auto &exact = countsByStaff.value(staff);
            for (QueueKind k : Queues::all()) {
                const qint64 diff = qAbs(exact.value(k) - c->watcher->counts().value(k));
                if (k == QueueKind::BreachingSla)
                    breachingDrift = qMax(breachingDrift, diff); // moves with the clock alone
                else if (diff != 0) {
                    ok = false;
                    why += QStringLiteral(" count %1: %2, database %3")
                               .arg(Queues::label(k))
                               .arg(c->watcher->counts().value(k))
                               .arg(exact.value(k));
                }
            }
            if (!ok) {
                if (stale < 5)
                    say(QStringLiteral("# stale client (%1): %2")
                            .arg(c->observer ? QStringLiteral("observer") : QStringLiteral("agent"),
                                 why));
                ++stale;
            }
        }
    }
    Database::close(name);
    figure("breaching_count_drift", double(breachingDrift), "tickets");
    return stale;
}

} // namespace

int runAgents(const AgentOptions &options)
{
    ConnectionSettings settings;
    if (options.database.contains(QLatin1String("://"))) {
        auto parsed = ConnectionSettings::fromUrl(options.database);
        if (!parsed) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(parsed.error().toString()));
            return 2;
        }
        settings = parsed.value();
    } else {
        settings.sqlitePath = options.database;
    }
    // Staff to act as: the database's own, topped up with bench agents so each has a login.
    QStringList logins;
    {
        const QString name = QStringLiteral("bench-agents-setup");
        {
            auto db = Database::open(settings, name);
            if (!db) {
                std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
                return 1;
            }
            for (int i = 0; i < options.agents; ++i) {
                const QString login = QStringLiteral("bench-agent-%1").arg(i + 1);
                auto added = Database::exec(
                    db.value(),
                    QStringLiteral("INSERT INTO staff (login, display_name, email, role) "
                                   "SELECT ?, ?, ?, 'agent' WHERE NOT EXISTS (SELECT 1 "
                                   "FROM staff WHERE login = ?)"),
                    {login, QStringLiteral("Bench Agent %1").arg(i + 1),
                     login + QStringLiteral("@example.com"), login});
                if (!added) {
                    std::fprintf(stderr, "helpdesk-bench: %s\n",
                                 qPrintable(added.error().toString()));
                    return 1;
                }
                logins << login;
            }
            auto n = Database::scalar(db.value(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
            say(QStringLiteral("# %1: %2 tickets, K = %3 agents + %4 observers, S = %5 s, think "
                               "time %6 ms on average")
                    .arg(settings.displayUrl())
                    .arg(n ? n.value().toLongLong() : -1)
                    .arg(options.agents)
                    .arg(options.observers)
                    .arg(options.seconds)
                    .arg(options.thinkMs));
        }
        Database::close(name);
    }

    Agents agents(options, settings);
    agents.m_record.clock.start();
    QElapsedTimer setup;
    setup.start();
    if (!agents.start(logins))
        return 1;
    say(QStringLiteral("# %1 clients up in %2 s (%3 connections)")
            .arg(agents.m_clients.size())
            .arg(setup.elapsed() / 1000.0, 0, 'f', 1)
            .arg(agents.m_clients.size() * 2));

    // Observers' database work from here on is other clients' changes only.
    quint64 observerStatements = 0;
    qint64 observerNs = 0;
    for (const auto &c : std::as_const(agents.m_clients))
        if (c->observer) {
            observerStatements -= c->session->worker()->statementsRun();
            observerNs -= c->session->worker()->busyNs();
        }
    agents.m_running = true;
    QElapsedTimer run;
    run.start();
    for (const auto &c : std::as_const(agents.m_clients))
        if (!c->observer)
            agents.scheduleNext(*c);
    spin([&] { return run.elapsed() >= options.seconds * 1000LL; }, options.seconds * 1000 + 1000);
    agents.m_running = false;
    const double ranS = run.elapsed() / 1000.0;
    // No escalation may land while the views are compared: the monitors stop, a scan under
    // way ends (its changes are heard like any other).
    for (const auto &c : std::as_const(agents.m_clients))
        c->session->escalationMonitor()->stop();
    spin(
        [&] {
            return std::none_of(
                agents.m_clients.cbegin(), agents.m_clients.cend(),
                [](const auto &c) { return c->session->escalationMonitor()->isScanning(); });
        },
        60000);
    // Quiesce: the last actions answered, every change heard and applied, the breaching count
    // re-read after its throttle.
    spin(
        [&] {
            return std::all_of(agents.m_clients.cbegin(), agents.m_clients.cend(),
                               [](const auto &c) { return !c->busy; });
        },
        60000);
    QEventLoop settle;
    QTimer::singleShot(QueueWatcher::BreachingThrottleMs + 2000, &settle, &QEventLoop::quit);
    settle.exec();
    // ... and every client has placed every committed change (or a newer version of it).
    spin(
        [&] {
            for (const auto &c : std::as_const(agents.m_clients)) {
                if (!c->watcher->isIdle())
                    return false;
                for (auto it = agents.m_record.committedAt.cbegin();
                     it != agents.m_record.committedAt.cend(); ++it)
                    if (*it >= c->reloadedAt &&
                        c->placed.value(it.key().first, 0) < it.key().second)
                        return false;
            }
            return true;
        },
        120000);
    int observers = 0;
    for (const auto &c : std::as_const(agents.m_clients))
        if (c->observer) {
            ++observers;
            observerStatements += c->session->worker()->statementsRun();
            observerNs += c->session->worker()->busyNs();
        }
    const Record &r = agents.m_record;
    const double changes = qMax<double>(1, double(r.changes));
    figure("actions_per_s", double(r.actions) / ranS, "1/s");
    figure("action_p50_ms", percentile(r.actionMs, 0.50), "ms");
    figure("action_p99_ms", percentile(r.actionMs, 0.99), "ms");
    for (auto it = r.actionMsByKind.cbegin(); it != r.actionMsByKind.cend(); ++it)
        say(QStringLiteral("# %1: %2 actions, p50 %3 ms, p99 %4 ms")
                .arg(it.key())
                .arg(it.value().size())
                .arg(percentile(it.value(), 0.50), 0, 'f', 1)
                .arg(percentile(it.value(), 0.99), 0, 'f', 1));
    figure("changes", double(r.changes), "changes");
    figure("refused", double(r.refused), "actions");
    figure("errors", double(r.errors), "actions");
    figure("change_db_ms_per_client",
           observers ? double(observerNs) / 1e6 / observers / changes : -1, "ms");
    figure("change_statements_per_client",
           observers ? double(observerStatements) / observers / changes : -1, "statements");
    figure("refresh_lag_p50_ms", percentile(r.lagMs, 0.50), "ms");
    figure("refresh_lag_p99_ms", percentile(r.lagMs, 0.99), "ms");
    figure("observer_reloads", double(r.observerReloads), "reloads");
    figure("lost_updates", double(r.lostUpdates), "writes");
    const int stale = agents.check();
    figure("stale_views", double(stale), "clients");
    agents.m_clients.clear();
    return stale == 0 && r.lostUpdates == 0 ? 0 : 1;
}

} // namespace helpdesk::bench
