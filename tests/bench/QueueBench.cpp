#include "QueueBench.h"

#include "db/Database.h"
#include "db/DbWorker.h"
#include "db/Migrator.h"
#include "demo/DemoSeeder.h"
#include "sla/Escalation.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketSearch.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace helpdesk::bench {

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Runs the event loop until `done` says so; returns elapsed ms, or -1 on a 120 s timeout.
double waitFor(const std::function<bool()> &done, QElapsedTimer &timer)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > 120000)
            loop.quit();
    });
    poll.start(0);
    if (!done())
        loop.exec();
    return done() ? timer.nsecsElapsed() / 1e6 : -1.0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

double rssMb()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#endif
    return -1;
}

// Builds the benchmark database unless a complete one of the right size is there already.
bool ensureDatabase(const ConnectionSettings &settings, qint64 tickets)
{
    const QString name = QStringLiteral("bench-setup");
    bool ok = false;
    {
        auto db = Database::open(settings, name);
        if (!db) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
            return false;
        }
        auto migrated = Migrator::migrate(db.value());
        if (!migrated) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(migrated.error().toString()));
            return false;
        }
        auto have = Database::scalar(db.value(), QStringLiteral("SELECT COUNT(*) FROM tickets"));
        if (have && have.value().toLongLong() == tickets) {
            say(QStringLiteral("# reusing %1 (%2 tickets)")
                    .arg(settings.displayUrl())
                    .arg(tickets));
            ok = true;
        } else if (have && have.value().toLongLong() == 0) {
            DemoOptions options;
            options.tickets = tickets;
            options.accounts = std::clamp<qint64>(tickets / 20, 200, 50000);
            QElapsedTimer t;
            t.start();
            qint64 lastPrint = -1;
            auto seeded = DemoSeeder::seed(db.value(), options, [&](qint64 done, qint64 total) {
                if (t.elapsed() / 5000 != lastPrint) {
                    lastPrint = t.elapsed() / 5000;
                    say(QStringLiteral("# seeding %1/%2").arg(done).arg(total));
                }
                return true;
            });
            if (!seeded) {
                std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(seeded.error().toString()));
            } else {
                figure("seed_s", t.elapsed() / 1000.0, "s");
                ok = true;
            }
        } else {
            std::fprintf(stderr,
                         "helpdesk-bench: %s holds a different number of tickets; delete it or "
                         "pass another --database\n",
                         qPrintable(settings.sqlitePath));
        }
    }
    Database::close(name);
    return ok;
}

// ---- Full-text search --------------------------------------------------------------------
// The first 50 hits with snippets, as the search box shows them, on a connection of its own.
void measureSearch(const ConnectionSettings &settings, int repeats)
{
    const QString name = QStringLiteral("bench-search");
    {
        auto db = Database::open(settings, name);
        if (!db) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
            return;
        }
        struct Case
        {
            const char *figureName;
            QString text;
        };
        // "password" is in about a fifth of all texts; "activated" in a few hundred.
        const Case cases[] = {{"search_word_ms", QStringLiteral("password ")},
                              {"search_prefix_ms", QStringLiteral("passw")},
                              {"search_rare_ms", QStringLiteral("activated ")}};
        for (const Case &c : cases) {
            const SearchQuery query = SearchQuery::parse(c.text);
            QList<double> times;
            qsizetype hits = 0;
            for (int i = 0; i <= repeats; ++i) {
                QElapsedTimer t;
                t.start();
                auto result = TicketSearch::search(db.value(), query, 50, 0);
                const double ms = t.nsecsElapsed() / 1e6;
                if (!result) {
                    std::fprintf(stderr, "helpdesk-bench: %s\n",
                                 qPrintable(result.error().toString()));
                    break;
                }
                hits = result.value().size();
                if (i > 0) // the first run only warms the page cache
                    times.append(ms);
            }
            figure(c.figureName, median(times), "ms");
            say(QStringLiteral("# \"%1\": %2 hits shown").arg(c.text.trimmed()).arg(hits));
        }
    }
    Database::close(name);
}
// ---- end of full-text search ---------------------------------------------------------------

// ---- SLA escalation scan --------------------------------------------------------------------
// What every running client does once a minute: find open tickets past their due times and
// escalate them. The first call escalates whatever backlog the data has (reported, not timed);
// the timed calls are the steady state, where the scan finds nothing new.
void measureEscalation(const ConnectionSettings &settings, int repeats)
{
    const QString name = QStringLiteral("bench-escalation");
    {
        auto db = Database::open(settings, name);
        if (!db) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer t;
        t.start();
        auto backlog = Escalation::escalateBreached(db.value(), now);
        if (!backlog) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(backlog.error().toString()));
            return;
        }
        say(QStringLiteral("# escalation backlog: %1 tickets escalated in %2 ms")
                .arg(backlog.value().size())
                .arg(t.elapsed()));
        QList<double> times;
        for (int i = 0; i < qMax(1, repeats); ++i) {
            t.restart();
            auto scan = Escalation::escalateBreached(db.value(), now);
            times.append(t.nsecsElapsed() / 1e6);
            if (!scan) {
                std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(scan.error().toString()));
                return;
            }
        }
        figure("escalation_scan_ms", median(times), "ms");
    }
    Database::close(name);
}

} // namespace

int run(const Options &options)
{
    ConnectionSettings settings;
    if (options.databasePath.contains(QLatin1String("://"))) {
        // postgresql://...: an empty database is filled, a full one reused.
        auto parsed = ConnectionSettings::fromUrl(options.databasePath);
        if (!parsed) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(parsed.error().toString()));
            return 2;
        }
        settings = parsed.value();
    } else {
        settings.sqlitePath =
            options.databasePath.isEmpty()
                ? QDir::temp().filePath(QStringLiteral("helpdesk-bench-%1.db").arg(options.tickets))
                : options.databasePath;
    }
    if (!ensureDatabase(settings, options.tickets))
        return 1;

    DbWorker worker(settings);
    auto opened = worker.open(false);
    opened.waitForFinished();
    if (!opened.result()) {
        std::fprintf(stderr, "helpdesk-bench: %s\n",
                     qPrintable(opened.result().error().toString()));
        return 1;
    }
    say(QStringLiteral("# N = %1 tickets, repeats = %2 (median)")
            .arg(options.tickets)
            .arg(options.repeats));

    TicketQueueModel model(&worker);
    bool firstPage = false;
    bool index = false;
    int loadedFirst = -1;
    int loadedLast = -1;
    QObject::connect(&model, &TicketQueueModel::firstPageLoaded, [&] { firstPage = true; });
    QObject::connect(&model, &TicketQueueModel::indexLoaded, [&] { index = true; });
    QObject::connect(&model, &TicketQueueModel::pageLoaded, [&](int first, int last) {
        loadedFirst = first;
        loadedLast = last;
    });
    QObject::connect(&model, &TicketQueueModel::errorOccurred,
                     [](const QString &m) { std::fprintf(stderr, "error: %s\n", qPrintable(m)); });

    // Sets a query and measures (first page ms, whole index ms).
    auto measureQuery = [&](const TicketQuery &q) {
        firstPage = index = false;
        QElapsedTimer t;
        t.start();
        model.setQuery(q);
        const double first =
            waitFor([&] { return firstPage || (index && model.rowCount() == 0); }, t);
        const double all = waitFor([&] { return index; }, t);
        return std::pair{first, all};
    };
    auto measure = [&](const char *name, const char *indexName, const TicketQuery &q) {
        QList<double> firsts, alls;
        int rows = 0;
        for (int i = 0; i <= options.repeats; ++i) {
            TicketQuery warm = q;
            warm.filterText = QStringLiteral("\x01warm%1").arg(i); // a different query in between
            measureQuery(warm);
            const auto [first, all] = measureQuery(q);
            if (i == 0)
                continue; // the first run only warms the page cache
            firsts.append(first);
            alls.append(all);
            rows = model.rowCount();
        }
        figure(name, median(firsts), "ms");
        figure(indexName, median(alls), "ms");
        return rows;
    };

    TicketQuery all;
    all.queue = QueueKind::All;
    all.sortColumn = TicketColumn::Updated;
    all.sortOrder = Qt::DescendingOrder;
    const int rows = measure("queue_first_page_ms", "queue_index_ms", all);
    say(QStringLiteral("# queue rows: %1").arg(rows));

    // Jump to the middle: the row's page is fetched by id from the index.
    {
        measureQuery(all);
        QList<double> times;
        for (int i = 0; i < options.repeats; ++i) {
            const int row = rows / 2 + i * 1000 + 137;
            loadedFirst = loadedLast = -1;
            QElapsedTimer t;
            t.start();
            model.data(model.index(qMin(row, rows - 1), int(TicketColumn::Subject)));
            times.append(
                waitFor([&] { return model.ticketAt(qMin(row, rows - 1)).has_value(); }, t));
        }
        figure("jump_to_middle_ms", median(times), "ms");
    }

    TicketQuery resorted = all;
    resorted.sortColumn = TicketColumn::Subject;
    resorted.sortOrder = Qt::AscendingOrder;
    measure("resort_ms", "resort_index_ms", resorted);

    TicketQuery byStatus = all;
    byStatus.queue = QueueKind::AllOpen;
    const int openRows = measure("status_filter_ms", "status_filter_index_ms", byStatus);
    say(QStringLiteral("# open rows: %1").arg(openRows));

    TicketQuery byText = all;
    byText.filterText = QStringLiteral("password");
    const int textRows = measure("text_filter_ms", "text_filter_index_ms", byText);
    say(QStringLiteral("# rows matching \"password\": %1").arg(textRows));

    // A rare term: the first page needs a scan of most of the table.
    TicketQuery byRareText = all;
    byRareText.filterText = QStringLiteral("Papadopoulos");
    const int rareRows = measure("text_filter_rare_ms", "text_filter_rare_index_ms", byRareText);
    say(QStringLiteral("# rows matching \"Papadopoulos\": %1").arg(rareRows));

    if (options.scroll) {
        measureQuery(all);
        QElapsedTimer t;
        t.start();
        const int total = model.rowCount();
        for (int row = 0; row < total; row += TicketQueueModel::PageSize) {
            model.data(model.index(row, int(TicketColumn::Subject)));
            QElapsedTimer step;
            step.start();
            if (waitFor([&] { return model.ticketAt(row).has_value(); }, step) < 0)
                break;
        }
        figure("scroll_all_s", t.elapsed() / 1000.0, "s");
    }
    // The queue's footprint, before the search and escalation connections add their caches.
    figure("rss_mb", rssMb(), "MB");
    measureSearch(settings, options.repeats); // full-text search block above
    measureEscalation(settings, options.repeats);
    figure("rss_after_search_mb", rssMb(), "MB");
    return 0;
}

} // namespace helpdesk::bench
