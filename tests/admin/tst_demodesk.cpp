// The demo desk tells a believable story (issue 15): after the first start's escalation scan a
// few percent of the open work is escalated or past due, open work is days old, not months,
// every agent holds a workable queue, arrivals follow weekdays and office hours, the release
// day's sign-in trouble stands out, the SLA is mostly met, and every account's last sign-in is
// one its history shows.
#include "TestDatabase.h"
#include "db/Database.h"
#include "demo/DemoSeeder.h"
#include "sla/Escalation.h"

#include <QTest>

#include <algorithm>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 12, 2), QTime(15, 0), Qt::UTC);
constexpr qint64 kDay = 24 * 3600 * 1000LL;

double number(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("%s: %s", qPrintable(sql), qPrintable(v.error().toString()));
    return v.value().toDouble();
}

QList<double> column(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = Database::exec(db, sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().toString()));
    QList<double> out;
    while (q.value().next())
        out << q.value().value(0).toDouble();
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

const QString kOpen = QStringLiteral("status IN ('new', 'open', 'pending_customer', 'escalated')");
} // namespace

class TestDemoDesk : public QObject
{
    Q_OBJECT
private slots:
    void aBelievableDesk()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QSqlDatabase &db = tdb.db();
        DemoOptions options;
        options.tickets = 20000; // what `helpdesk --demo` seeds
        options.now = kNow;
        QVERIFY(DemoSeeder::seed(db, options).ok());
        const qint64 now = kNow.toMSecsSinceEpoch();
        QVERIFY(Escalation::escalateBreached(db, now).ok());

        const double total = number(db, "SELECT COUNT(*) FROM tickets");
        const double open = number(db, "SELECT COUNT(*) FROM tickets WHERE " + kOpen);
        const double escalated =
            number(db, "SELECT COUNT(*) FROM tickets WHERE status = 'escalated'");
        const double pastDue =
            number(db,
                   "SELECT COUNT(*) FROM tickets WHERE status IN ('new', 'open', 'escalated') AND "
                   "resolution_due < ?",
                   {QVariant::fromValue(now)});
        qInfo("open %.0f of %.0f, escalated %.0f, past due %.0f", open, total, escalated, pastDue);
        QVERIFY2(open / total < 0.03, "open work is a small part of 90 days");
        QVERIFY2(escalated / open >= 0.01 && escalated / open <= 0.08, "a few percent escalated");
        QVERIFY2(pastDue / open <= 0.08, "a few percent past due");
        const double oldest =
            (double(now) - number(db, "SELECT MIN(created_at) FROM tickets WHERE " + kOpen)) / kDay;
        QVERIFY2(oldest < 21, qPrintable(QString::number(oldest)));
        // Most open work is from the last few days.
        QVERIFY(number(db, "SELECT COUNT(*) FROM tickets WHERE " + kOpen + " AND created_at > ?",
                       {QVariant::fromValue(now - 3 * kDay)}) /
                    open >
                0.6);

        // Every active agent holds a workable queue.
        const QList<double> perAgent =
            column(db,
                   "SELECT (SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = s.id AND t." +
                       kOpen + ") FROM staff s WHERE s.role = 'agent' AND s.active = ?",
                   {true});
        QVERIFY(perAgent.size() >= 10);
        const double least = *std::min_element(perAgent.begin(), perAgent.end());
        const double most = *std::max_element(perAgent.begin(), perAgent.end());
        qInfo("open per agent: %.0f to %.0f, median %.0f", least, most, median(perAgent));
        QVERIFY(median(perAgent) >= 10 && median(perAgent) <= 25);
        QVERIFY(least >= 6 && most <= 30);

        // Weekdays and office hours.
        const QList<double> weekdays =
            column(db, "SELECT COUNT(*) FROM tickets GROUP BY strftime('%w', created_at / 1000, "
                       "'unixepoch') ORDER BY strftime('%w', created_at / 1000, 'unixepoch')");
        QCOMPARE(weekdays.size(), 7); // Sunday first
        const double weekend = (weekdays.at(0) + weekdays.at(6)) / 2;
        const double weekday =
            (weekdays.at(1) + weekdays.at(2) + weekdays.at(3) + weekdays.at(4) + weekdays.at(5)) /
            5;
        QVERIFY2(weekday > 1.8 * weekend, qPrintable(QString("%1 %2").arg(weekday).arg(weekend)));
        const double office = number(db, "SELECT COUNT(*) FROM tickets WHERE CAST(strftime('%H', "
                                         "created_at / 1000, 'unixepoch') AS INTEGER) BETWEEN 9 "
                                         "AND 16");
        const double night = number(db, "SELECT COUNT(*) FROM tickets WHERE CAST(strftime('%H', "
                                        "created_at / 1000, 'unixepoch') AS INTEGER) BETWEEN 0 "
                                        "AND 7");
        QVERIFY(office > 3 * night);

        // The release day: one day of login problems far above the usual.
        const QList<double> loginDays = column(
            db, "SELECT COUNT(*) FROM tickets WHERE category = 'login' GROUP BY created_at / ?",
            {QVariant::fromValue(kDay)});
        const double peak = *std::max_element(loginDays.begin(), loginDays.end());
        qInfo("login tickets per day: median %.0f, peak %.0f", median(loginDays), peak);
        QVERIFY(peak > 2.5 * median(loginDays));

        // The SLA is mostly met: first responses in time for 70 to 95 percent.
        const double late =
            number(db, "SELECT COUNT(*) FROM tickets WHERE first_response_breached = 1");
        const double answered =
            number(db, "SELECT COUNT(*) FROM tickets WHERE first_responded_at IS NOT NULL");
        QVERIFY(late / answered > 0.05 && late / answered < 0.3);
        // Staff escalations say who and when.
        QCOMPARE(number(db, "SELECT COUNT(*) FROM tickets WHERE status = 'escalated' AND "
                            "escalated_at IS NULL"),
                 0.0);

        // An account's last sign-in is one of its recorded sign-ins.
        QCOMPARE(number(db, "SELECT COUNT(*) FROM accounts a WHERE a.last_login_at IS NOT NULL "
                            "AND NOT EXISTS (SELECT 1 FROM login_events l WHERE l.account_id = "
                            "a.id AND l.success = 1 AND l.at = a.last_login_at)"),
                 0.0);
        QVERIFY(number(db, "SELECT COUNT(*) FROM accounts WHERE last_login_at IS NOT NULL") > 100);

        // The knowledge base was used: on resolved tickets of the article's category, at their
        // resolution, by someone on the staff — each published article at least once.
        const double uses = number(db, "SELECT COUNT(*) FROM kb_article_uses");
        const double resolved = number(db, "SELECT COUNT(*) FROM tickets WHERE resolved_at >= ? ",
                                       {QVariant::fromValue(now - 120 * kDay)});
        qInfo("article uses %.0f on %.0f resolved tickets", uses, resolved);
        QVERIFY(uses > resolved / 6 && uses < resolved / 2);
        QCOMPARE(number(db, "SELECT COUNT(*) FROM kb_article_uses u JOIN tickets t ON t.id = "
                            "u.ticket_id JOIN kb_articles a ON a.id = u.article_id WHERE "
                            "t.category <> a.category OR u.at <> t.resolved_at"),
                 0.0);
        QCOMPARE(number(db, "SELECT COUNT(*) FROM kb_articles a WHERE status = 'published' AND "
                            "NOT EXISTS (SELECT 1 FROM kb_article_uses u WHERE u.article_id = "
                            "a.id)"),
                 0.0);
        // Troubleshooting runs for the funnel: the login guide on recent sign-in tickets, most
        // solved at one of its steps; an escalated ticket's run ended in an escalation.
        const double loginRuns =
            number(db, "SELECT COUNT(*) FROM troubleshooting_runs r JOIN tickets t ON t.id = "
                       "r.ticket_id WHERE r.flow_id = 'login_problem' AND t.category = 'login'");
        const double solvedByBrowser =
            number(db, "SELECT COUNT(*) FROM troubleshooting_runs WHERE flow_id = "
                       "'login_problem' AND result = 'resolved' AND resolved_step IN "
                       "('other_browser', 'private_window', 'clear_cache')");
        qInfo("login runs %.0f, solved at a browser step %.0f", loginRuns, solvedByBrowser);
        QVERIFY(loginRuns > 100);
        QVERIFY(solvedByBrowser > loginRuns / 3 && solvedByBrowser < loginRuns);
        QCOMPARE(number(db, "SELECT COUNT(*) FROM troubleshooting_runs r JOIN tickets t ON t.id = "
                            "r.ticket_id WHERE t.status = 'escalated' AND (r.result IS NULL OR "
                            "r.result <> 'escalated')"),
                 0.0);
        QCOMPARE(number(db, "SELECT COUNT(*) FROM troubleshooting_runs r WHERE NOT EXISTS (SELECT "
                            "1 FROM troubleshooting_run_steps s WHERE s.run_id = r.id AND "
                            "s.step_id = r.current_step)"),
                 0.0);
        QVERIFY(number(db, "SELECT COUNT(*) FROM troubleshooting_runs WHERE status = "
                           "'abandoned'") > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoDesk)
#include "tst_demodesk.moc"
