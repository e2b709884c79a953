// helpdesk-admin report end to end on both dialects: the built tool on the seeded desk of
// tst_reports; --format json carries the figures the raw rows give, csv is one line per row
// with machine values, the table has the readable labels; bad days, ranges, names and
// groupings are usage errors (exit 2) with a message saying what to write instead.
#include "../admin/AdminProcess.h"
#include "ReportWorld.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
}

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AdminProcess m_admin;

    AdminRun report(const TestDatabase &tdb, const ReportWorld &w, const QStringList &args) const
    {
        return m_admin.run(QStringList{"--database", tdb.url(), "report"} + args +
                           QStringList{"--from", w.from.toString(Qt::ISODate), "--to",
                                       w.to.toString(Qt::ISODate), "--time-zone", "UTC"});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(AdminProcess::binary()), qPrintable(AdminProcess::binary()));
        m_admin = AdminProcess(m_dir.filePath(QStringLiteral("xdg")));
    }

    void formats_data() { addDialectRows(); }
    void formats()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        ReportWorld w;
        w.seed(tdb.db());
        tdb.closeConnections();

        // JSON: the shape of the issue, and per day what the raw rows say.
        const AdminRun json = report(tdb, w, {"volume", "--format", "json"});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value("report").toString(), QString("volume"));
        QCOMPARE(o.value("from").toString(), QString("2026-11-02"));
        QCOMPARE(o.value("to").toString(), QString("2026-11-15"));
        const QJsonArray rows = o.value("rows").toArray();
        QCOMPARE(rows.size(), 14);
        qint64 total = 0;
        for (int d = 0; d < rows.size(); ++d) {
            const QJsonObject row = rows.at(d).toObject();
            const qint64 begin = w.fromMs() + d * kDay;
            int created = 0;
            for (const WorldTicket &t : w.tickets)
                created += t.createdAt >= begin && t.createdAt < begin + kDay;
            QCOMPARE(row.value("day").toString(), w.from.addDays(d).toString(Qt::ISODate));
            QCOMPARE(row.value("tickets").toInt(), created);
            total += created;
        }
        QVERIFY(total > 100);

        // JSON of a percentile report: medians in milliseconds, nulls where nothing is measured.
        const AdminRun fr =
            report(tdb, w, {"first-response", "--by", "channel", "--format", "json", "--compare"});
        QCOMPARE(fr.exitCode, 0);
        const QJsonObject fro = QJsonDocument::fromJson(fr.out.toUtf8()).object();
        QCOMPARE(fro.value("by").toString(), QString("channel"));
        QCOMPARE(fro.value("previous").toObject().value("from").toString(), QString("2026-10-19"));
        for (const QJsonValue &v : fro.value("rows").toArray()) {
            const QJsonObject row = v.toObject();
            QList<qint64> d;
            int n = 0;
            for (const WorldTicket &t : w.tickets)
                if (w.inRange(t.createdAt) && t.channel == row.value("channel").toString()) {
                    ++n;
                    if (t.firstRespondedAt)
                        d << *t.firstRespondedAt - t.createdAt;
                }
            QCOMPARE(row.value("tickets").toInt(), n);
            QCOMPARE(row.value("responded").toInt(), int(d.size()));
            QCOMPARE(qint64(row.value("median_ms").toDouble()), *nearestRank(d, 50));
            QCOMPARE(qint64(row.value("p90_ms").toDouble()), *nearestRank(d, 90));
        }

        // CSV: keys in the header, one line per row, machine values.
        const AdminRun csv = report(tdb, w, {"sla", "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QString("category,tickets,first_response_met,first_response_"
                                        "breached,first_response_met_pct,resolution_met,"
                                        "resolution_breached,resolution_met_pct"));
        QCOMPARE(lines.size(), 5); // four categories
        QVERIFY2(lines.at(1).startsWith("login,"), qPrintable(lines.at(1)));

        // The table: the report's title and readable labels.
        const AdminRun table = report(tdb, w, {"workload"});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("Workload, 2026-11-02 to 2026-11-15"));
        QVERIFY(table.out.contains("Ben Okafor"));
        QVERIFY(table.out.contains("Oldest open"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a day")
            << QStringList{"volume", "--from", "2026-13-01", "--to", "2026-12-01"}
            << "--from '2026-13-01' is not a day. Write it as YYYY-MM-DD";
        QTest::newRow("other shape")
            << QStringList{"volume", "--from", "1.11.2026", "--to", "2026-12-01"}
            << "--from '1.11.2026' is not a day";
        QTest::newRow("missing to")
            << QStringList{"volume", "--from", "2026-11-01"} << "Give --to YYYY-MM-DD";
        QTest::newRow("backwards")
            << QStringList{"volume", "--from", "2026-11-10", "--to", "2026-11-01"}
            << "--to 2026-11-01 is before --from 2026-11-10";
        QTest::newRow("unknown report")
            << QStringList{"speed", "--from", "2026-11-01", "--to", "2026-11-02"}
            << "Unknown report 'speed'. Use one of: volume, ";
        QTest::newRow("bad grouping")
            << QStringList{"workload", "--from", "2026-11-01", "--to", "2026-11-02", "--by", "day"}
            << "The workload report cannot be grouped by 'day'. Use one of: agent.";
        QTest::newRow("bad format")
            << QStringList{"sla", "--from", "2026-11-01", "--to", "2026-11-02", "--format", "xml"}
            << "Unknown format 'xml'. Use table, csv or json.";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const AdminRun run = m_admin.run(
            QStringList{"--database", "sqlite://" + m_dir.filePath("none.db"), "report"} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
