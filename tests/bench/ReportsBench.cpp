#include "ReportsBench.h"

#include "QueueBench.h"
#include "db/Database.h"
#include "reports/ReportQuery.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace helpdesk::bench {

int runReports(const ConnectionSettings &settings, qint64 tickets, int repeats)
{
    if (!ensureDatabase(settings, tickets))
        return 1;
    const QString name = QStringLiteral("bench-reports");
    int status = 0;
    {
        auto db = Database::open(settings, name);
        if (!db) {
            std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(db.error().toString()));
            return 1;
        }
        std::printf("# reports over 90 days, N = %lld tickets, repeats = %d (median)\n",
                    static_cast<long long>(tickets), repeats);
        ReportQuery query(db.value());
        for (ReportKind kind : Report::all()) {
            ReportRequest r;
            r.kind = kind;
            r.to = QDate::currentDate();
            r.from = r.to.addDays(-89);
            r.nowMs = QDateTime::currentMSecsSinceEpoch();
            QList<double> times;
            qsizetype rows = 0;
            for (int i = 0; i <= repeats; ++i) {
                QElapsedTimer t;
                t.start();
                auto table = query.run(r);
                const double ms = double(t.nsecsElapsed()) / 1e6;
                if (!table) {
                    std::fprintf(stderr, "helpdesk-bench: %s: %s\n", qPrintable(Report::key(kind)),
                                 qPrintable(table.error().toString()));
                    status = 1;
                    break;
                }
                rows = table->rows.size();
                if (i > 0) // the first run warms the caches
                    times << ms;
            }
            std::sort(times.begin(), times.end());
            const QString figure =
                QStringLiteral("report_%1_ms").arg(Report::key(kind)).replace(u'-', u'_');
            std::printf("%s: %.1f ms (%lld rows)\n", qPrintable(figure),
                        times.isEmpty() ? -1.0 : times.at(times.size() / 2),
                        static_cast<long long>(rows));
            std::fflush(stdout);
        }
    }
    Database::close(name);
    return status;
}

} // namespace helpdesk::bench
