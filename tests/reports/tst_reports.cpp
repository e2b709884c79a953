// Every report against figures computed here, in plain C++, from the rows the test wrote
// (ReportWorld), on both dialects: counts per group, nearest-rank medians and 90th
// percentiles with ties, met shares, the backlog at the end of each day, the funnel per step,
// links and locks, the workload per agent; filters and the previous period.
#include "ReportWorld.h"
#include "TestDatabase.h"
#include "reports/ReportQuery.h"

#include <QtTest>

#include <cmath>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// A cell as text, so that rows from SQL and from C++ compare exactly (null as "-").
QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("-");
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 1);
    return v.toString();
}

QStringList rowsOf(const ReportTable &t, bool sorted = true)
{
    QStringList out;
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << cell(v);
        out << cells.join(u'|');
    }
    if (sorted)
        out.sort();
    return out;
}

QString pct(qint64 part, qint64 whole)
{
    if (whole == 0)
        return QStringLiteral("-");
    return QString::number(std::round(1000.0 * double(part) / double(whole)) / 10.0, 'f', 1);
}

QString dur(std::optional<qint64> v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString join(const QStringList &cells)
{
    return cells.join(u'|');
}

QString priorityKey(int p)
{
    return Vocabulary::key(TicketPriority(p));
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db[2];
    ReportWorld m_world[2];

    // One seeded database per dialect, shared by the tests (they only read).
    std::pair<QSqlDatabase *, const ReportWorld *> world(const QString &dialect)
    {
        const int i = dialect == QLatin1String("sqlite") ? 0 : 1;
        if (!m_db[i]) {
            m_db[i] = std::make_unique<TestDatabase>(dialect);
            if (!m_db[i]->isAvailable())
                return {nullptr, nullptr};
            m_world[i].seed(m_db[i]->db());
        }
        if (!m_db[i]->isAvailable())
            return {nullptr, nullptr};
        return {&m_db[i]->db(), &m_world[i]};
    }

    ReportTable run(QSqlDatabase &db, const ReportWorld &w, ReportKind kind,
                    std::optional<ReportDimension> by = {}, const ReportFilter &filter = {})
    {
        ReportRequest r;
        r.kind = kind;
        r.from = w.from;
        r.to = w.to;
        r.by = by;
        r.filter = filter;
        r.zone = QTimeZone::utc();
        r.nowMs = w.nowMs;
        auto t = ReportQuery(db).run(r);
        if (!t)
            qWarning("%s", qPrintable(t.error().toString()));
        return t ? t.value() : ReportTable{};
    }

#define WORLD()                                                                                    \
    QFETCH(QString, dialect);                                                                      \
    auto [dbp, wp] = world(dialect);                                                               \
    if (!dbp) {                                                                                    \
        if (TestDatabase::pgRequired())                                                            \
            QFAIL("PostgreSQL is required");                                                       \
        QSKIP("no PostgreSQL server configured");                                                  \
    }                                                                                              \
    QSqlDatabase &db = *dbp;                                                                       \
    const ReportWorld &w = *wp

private slots:
    void volumeByDayWithBacklog_data()
    {
        addDialectRows();
    }
    void volumeByDayWithBacklog()
    {
        WORLD();
        const ReportTable t = run(db, w, ReportKind::Volume);
        QStringList expected;
        for (QDate day = w.from; day <= w.to; day = day.addDays(1)) {
            const qint64 begin = w.fromMs() + w.from.daysTo(day) * kDay;
            const qint64 end = begin + kDay;
            qint64 created = 0, resolved = 0, open = 0;
            for (const WorldTicket &k : w.tickets) {
                created += k.createdAt >= begin && k.createdAt < end;
                resolved += k.resolvedAt && *k.resolvedAt >= begin && *k.resolvedAt < end;
                open += k.createdAt < end && (!k.resolvedAt || *k.resolvedAt >= end);
            }
            expected << join({day.toString(Qt::ISODate), QString::number(created),
                              QString::number(resolved), QString::number(open)});
        }
        QCOMPARE(rowsOf(t, false), expected); // every day, in order, also days with nothing
        QCOMPARE(t.columns.at(1).key, QString("tickets"));
    }

    void volumeByCategoryAndWeek_data()
    {
        addDialectRows();
    }
    void volumeByCategoryAndWeek()
    {
        WORLD();
        QMap<QString, int> byCategory;
        QMap<QString, int> byWeek;
        for (const WorldTicket &k : w.tickets)
            if (w.inRange(k.createdAt)) {
                ++byCategory[k.category];
                ++byWeek[w.from.addDays(7 * ((k.createdAt - w.fromMs()) / (7 * kDay)))
                             .toString(Qt::ISODate)];
            }
        QStringList expected;
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            expected << join({it.key(), QString::number(it.value())});
        expected.sort();
        QCOMPARE(rowsOf(run(db, w, ReportKind::Volume, ReportDimension::Category)), expected);
        const ReportTable weeks = run(db, w, ReportKind::Volume, ReportDimension::Week);
        QCOMPARE(weeks.rows.size(), 2);
        for (const QVariantList &row : weeks.rows)
            QCOMPARE(row.at(1).toInt(), byWeek.value(row.at(0).toString()));
    }

    void firstResponseByCategoryAndAgent_data()
    {
        addDialectRows();
    }
    void firstResponseByCategoryAndAgent()
    {
        WORLD();
        for (const ReportDimension by : {ReportDimension::Category, ReportDimension::Agent}) {
            QMap<QString, QList<const WorldTicket *>> groups;
            for (const WorldTicket &k : w.tickets)
                if (w.inRange(k.createdAt))
                    groups[by == ReportDimension::Category
                               ? k.category
                               : (k.agent ? w.agents.at(*k.agent).login : QString())]
                        .append(&k);
            QStringList expected;
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                QList<qint64> d;
                int late = 0;
                for (const WorldTicket *k : it.value()) {
                    if (k->firstRespondedAt)
                        d << *k->firstRespondedAt - k->createdAt;
                    late += k->firstResponseBreached;
                }
                QStringList cells{it.key()};
                if (by == ReportDimension::Agent) {
                    QString name = QStringLiteral("Unassigned");
                    for (const WorldAgent &a : w.agents)
                        if (a.login == it.key())
                            name = a.name;
                    cells << name;
                }
                cells << QString::number(it.value().size()) << QString::number(d.size())
                      << dur(nearestRank(d, 50)) << dur(nearestRank(d, 90))
                      << QString::number(late);
                expected << join(cells);
            }
            expected.sort();
            QCOMPARE(rowsOf(run(db, w, ReportKind::FirstResponse, by)), expected);
        }
    }

    void resolutionByPriority_data()
    {
        addDialectRows();
    }
    void resolutionByPriority()
    {
        WORLD();
        QMap<int, QList<qint64>> d;
        QMap<int, int> late;
        for (const WorldTicket &k : w.tickets)
            if (w.inRange(k.resolvedAt)) {
                d[k.priority] << *k.resolvedAt - k.createdAt;
                late[k.priority] += k.resolutionBreached;
            }
        QStringList expected;
        for (auto it = d.begin(); it != d.end(); ++it)
            expected << join({priorityKey(it.key()), QString::number(it.value().size()),
                              dur(nearestRank(it.value(), 50)), dur(nearestRank(it.value(), 90)),
                              QString::number(late.value(it.key()))});
        expected.sort();
        const ReportTable t = run(db, w, ReportKind::Resolution, ReportDimension::Priority);
        QCOMPARE(rowsOf(t), expected);
        // Priorities in their own order (low first), not as the database grouped them.
        QCOMPARE(t.rows.first().at(0).toString(), priorityKey(0));
    }

    void slaByCategory_data()
    {
        addDialectRows();
    }
    void slaByCategory()
    {
        WORLD();
        struct Counts
        {
            int n = 0, fMet = 0, fLate = 0, rMet = 0, rLate = 0;
        };
        QMap<QString, Counts> c;
        for (const WorldTicket &k : w.tickets)
            if (w.inRange(k.createdAt)) {
                Counts &x = c[k.category];
                ++x.n;
                x.fMet += k.firstRespondedAt && !k.firstResponseBreached;
                x.fLate += k.firstResponseBreached;
                x.rMet += k.resolvedAt && !k.resolutionBreached;
                x.rLate += k.resolutionBreached;
            }
        QStringList expected;
        for (auto it = c.begin(); it != c.end(); ++it) {
            const Counts &x = it.value();
            expected << join({it.key(), QString::number(x.n), QString::number(x.fMet),
                              QString::number(x.fLate), pct(x.fMet, x.fMet + x.fLate),
                              QString::number(x.rMet), QString::number(x.rLate),
                              pct(x.rMet, x.rMet + x.rLate)});
        }
        expected.sort();
        QCOMPARE(rowsOf(run(db, w, ReportKind::Sla)), expected);
    }

    void escalationsByCause_data()
    {
        addDialectRows();
    }
    void escalationsByCause()
    {
        WORLD();
        QMap<QString, QList<qint64>> ended;
        QMap<QString, int> n;
        for (const WorldTicket &k : w.tickets)
            if (w.inRange(k.escalatedAt)) {
                ++n[k.cause];
                if (k.deescalatedAt)
                    ended[k.cause] << *k.deescalatedAt - *k.escalatedAt;
            }
        QStringList expected;
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QList<qint64> d = ended.value(it.key());
            expected << join({it.key(), QString::number(it.value()), QString::number(d.size()),
                              dur(nearestRank(d, 50)), dur(nearestRank(d, 90))});
        }
        expected.sort();
        const ReportTable t = run(db, w, ReportKind::Escalations);
        QCOMPARE(rowsOf(t), expected);
        QCOMPARE(t.rows.first().at(0).toString(), QString("sla"));
    }

    void filtersNarrowTheTickets_data()
    {
        addDialectRows();
    }
    void filtersNarrowTheTickets()
    {
        WORLD();
        ReportFilter f;
        f.channel = TicketChannel::Email;
        f.agentId = w.agents.at(1).id;
        QMap<QString, int> byCategory;
        for (const WorldTicket &k : w.tickets)
            if (w.inRange(k.createdAt) && k.channel == QLatin1String("email") && k.agent == 1)
                ++byCategory[k.category];
        QStringList expected;
        for (auto it = byCategory.begin(); it != byCategory.end(); ++it)
            expected << join({it.key(), QString::number(it.value())});
        expected.sort();
        QCOMPARE(rowsOf(run(db, w, ReportKind::Volume, ReportDimension::Category, f)), expected);
    }

    void funnelPerStep_data()
    {
        addDialectRows();
    }
    void funnelPerStep()
    {
        WORLD();
        QStringList expected;
        for (const QString &flow : {QStringLiteral("login"), QStringLiteral("mfa")}) {
            int runs = 0, resolved = 0, escalated = 0, abandoned = 0;
            QMap<QString, std::array<int, 4>> steps;
            for (const WorldRun &r : w.runs) {
                if (r.flow != flow || !w.inRange(r.startedAt))
                    continue;
                ++runs;
                resolved += r.result == QLatin1String("resolved");
                escalated += r.result == QLatin1String("escalated");
                abandoned += r.status == QLatin1String("abandoned");
                for (const QString &s : r.steps) {
                    auto &x = steps[s];
                    ++x[0];
                    x[1] += r.result == QLatin1String("resolved") && r.resolvedStep == s;
                    x[2] += r.result == QLatin1String("escalated") && r.steps.constLast() == s;
                    x[3] += r.status == QLatin1String("abandoned") && r.steps.constLast() == s;
                }
            }
            if (runs == 0)
                continue;
            const QString title = flow == QLatin1String("login")
                                      ? QStringLiteral("Cannot sign in")
                                      : QStringLiteral("Lost second factor");
            expected << join({flow, title, QString(), QStringLiteral("All runs started"),
                              QString::number(runs), QString::number(resolved),
                              QString::number(escalated), QString::number(abandoned)});
            for (auto it = steps.begin(); it != steps.end(); ++it)
                expected << join({flow, title, it.key(), QStringLiteral("Step ") + it.key(),
                                  QString::number(it.value()[0]), QString::number(it.value()[1]),
                                  QString::number(it.value()[2]), QString::number(it.value()[3])});
        }
        expected.sort();
        const ReportTable t = run(db, w, ReportKind::Funnel);
        QCOMPARE(rowsOf(t), expected);
        // Steps in the order runs reach them, after their guide's summary.
        QCOMPARE(t.rows.at(0).at(2).toString(), QString());
        QCOMPARE(t.rows.at(1).at(2).toString(), QString("check_account"));
    }

    void linksAndLocks_data()
    {
        addDialectRows();
    }
    void linksAndLocks()
    {
        WORLD();
        QStringList expected;
        for (const QString &kind : {QStringLiteral("reset"), QStringLiteral("activation")}) {
            int sent = 0, used = 0, expired = 0, revoked = 0;
            for (const WorldToken &k : w.tokens) {
                if (k.kind != kind || !w.inRange(k.issuedAt))
                    continue;
                ++sent;
                used += bool(k.usedAt);
                expired += !k.usedAt && !k.revokedAt && k.expiresAt < w.nowMs;
                revoked += !k.usedAt && bool(k.revokedAt);
            }
            expected << join({kind + QStringLiteral("_link"), QString::number(sent),
                              QString::number(used), QString::number(expired),
                              QString::number(revoked), pct(used, sent)});
        }
        expected << join({"lock", QString::number(w.locks), "-", "-", "-", "-"})
                 << join({"unlock", QString::number(w.unlocks), "-", "-", "-", "-"});
        QCOMPARE(rowsOf(run(db, w, ReportKind::Links), false), expected);
    }

    void workloadPerAgent_data()
    {
        addDialectRows();
    }
    void workloadPerAgent()
    {
        WORLD();
        const QStringList open{"new", "open", "pending_customer", "escalated"};
        QStringList expected;
        for (int a = 0; a < w.agents.size(); ++a) {
            int n = 0, resolved = 0, reopened = 0, oneTouch = 0;
            std::optional<qint64> oldest;
            for (const WorldTicket &k : w.tickets) {
                if (k.agent != a)
                    continue;
                if (open.contains(k.status)) {
                    ++n;
                    oldest = std::min(oldest.value_or(k.createdAt), k.createdAt);
                }
                if (w.inRange(k.resolvedAt)) {
                    ++resolved;
                    reopened += k.reopens > 0;
                    oneTouch += k.replies <= 1;
                }
            }
            expected << join({w.agents.at(a).login, w.agents.at(a).name, QString::number(n),
                              oldest ? QString::number(w.nowMs - *oldest) : QStringLiteral("-"),
                              QString::number(resolved), pct(reopened, resolved),
                              pct(oneTouch, resolved)});
        }
        // By name; the admin without tickets is not listed.
        QCOMPARE(rowsOf(run(db, w, ReportKind::Workload), false), expected);
    }

    // The tickets behind a row are the tickets its figures count.
    void drillDown_data()
    {
        addDialectRows();
    }
    void drillDown()
    {
        WORLD();
        ReportRequest r;
        r.from = w.from;
        r.to = w.to;
        r.zone = QTimeZone::utc();
        r.nowMs = w.nowMs;
        auto idsOf = [&](ReportKind kind, std::optional<ReportDimension> by,
                         const QVariantList &row) {
            r.kind = kind;
            r.by = by;
            auto ids = ReportQuery(db).ticketIds(r, row, 5000);
            return ids ? ids.value() : QList<qint64>{-1};
        };
        auto expect = [&](const std::function<bool(const WorldTicket &)> &keep) {
            QList<qint64> ids;
            for (const WorldTicket &k : w.tickets)
                if (keep(k))
                    ids.prepend(k.id); // newest (highest id) first
            return ids;
        };
        QCOMPARE(idsOf(ReportKind::Volume, ReportDimension::Category, {"login"}),
                 expect([&](const WorldTicket &k) {
                     return w.inRange(k.createdAt) && k.category == QLatin1String("login");
                 }));
        const QDate third = w.from.addDays(2);
        QCOMPARE(idsOf(ReportKind::Volume, ReportDimension::Day, {third.toString(Qt::ISODate)}),
                 expect([&](const WorldTicket &k) {
                     return k.createdAt >= w.fromMs() + 2 * kDay &&
                            k.createdAt < w.fromMs() + 3 * kDay;
                 }));
        QCOMPARE(idsOf(ReportKind::Resolution, ReportDimension::Priority, {"urgent"}),
                 expect([&](const WorldTicket &k) {
                     return w.inRange(k.resolvedAt) && k.priority == 3;
                 }));
        QCOMPARE(idsOf(ReportKind::FirstResponse, ReportDimension::Agent, {QString()}),
                 expect([&](const WorldTicket &k) { return w.inRange(k.createdAt) && !k.agent; }));
        QCOMPARE(idsOf(ReportKind::Escalations, std::nullopt, {"wizard"}),
                 expect([&](const WorldTicket &k) {
                     return w.inRange(k.escalatedAt) && k.cause == QLatin1String("wizard");
                 }));
        const QStringList open{"new", "open", "pending_customer", "escalated"};
        QCOMPARE(idsOf(ReportKind::Workload, std::nullopt, {w.agents.at(2).login}),
                 expect([&](const WorldTicket &k) {
                     return k.agent == 2 && (open.contains(k.status) || w.inRange(k.resolvedAt));
                 }));
        QVERIFY(!idsOf(ReportKind::Volume, ReportDimension::Category, {"login"}).isEmpty());
        // At most the limit asked for.
        r.kind = ReportKind::Volume;
        r.by = ReportDimension::Category;
        QCOMPARE(ReportQuery(db).ticketIds(r, {"login"}, 3)->size(), 3);
    }

    void previousPeriodAndBadRanges()
    {
        ReportRequest r;
        r.from = QDate(2026, 11, 2);
        r.to = QDate(2026, 11, 15);
        const ReportRequest p = r.previousPeriod();
        QCOMPARE(p.from, QDate(2026, 10, 19));
        QCOMPARE(p.to, QDate(2026, 11, 1));
        QCOMPARE(p.days(), 14);

        TestDatabase tdb(QStringLiteral("sqlite"));
        r.to = QDate(2026, 11, 1);
        auto bad = ReportQuery(tdb.db()).run(r);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains("last on or after the first"));
        // A dimension the report does not offer falls back to its default.
        r.kind = ReportKind::Workload;
        r.by = ReportDimension::Day;
        QCOMPARE(r.dimension(), ReportDimension::Agent);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
