// report csat on both dialects (issue 17): the score distribution, CSAT (the share of 4 and 5),
// the response rate, by category and by agent, checked against the same figures computed in C++
// from the raw survey and answer rows; and the drill-down into a row's tickets.

#include "FollowupFixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "reports/ReportQuery.h"
#include "tickets/TicketActions.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace helpdesk;
using namespace helpdesk::test;

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().toString()))

class TestFollowupCsat : public QObject
{
    Q_OBJECT

private slots:
    void csatReportMatchesRawRows_data() { addDialectRows(); }
    void csatReportMatchesRawRows()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff ann = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const Staff bob = deskMember(db, QStringLiteral("bob"), StaffRole::Agent);
        // 14 tickets, two agents, two categories; some answered with a spread of scores.
        const int scores[] = {5, 4, 0, 3, 1, 5, 2, 0, 4, 5, 0, 4, 3, 5}; // 0: no answer
        for (int i = 0; i < 14; ++i) {
            const Staff &who = i % 2 ? bob : ann;
            const qint64 id =
                resolvedTicket(db, who, QStringLiteral("c%1@example.com").arg(i), kT0 + i * kHour);
            if (i % 3 == 0) {
                const int version =
                    one(db, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {id})
                        .toInt();
                VERIFY_OK(TicketActions(db, who, kT0 + i * kHour + 1)
                              .setCategory(id, version, TicketCategory::Recovery));
            }
        }
        VERIFY_OK(runJob(db, kT0 + 2 * kDay));
        QCOMPARE(surveyMails(db), 14);
        auto listed = Database::exec(db, QStringLiteral("SELECT ticket_id FROM surveys ORDER BY "
                                                        "ticket_id"));
        VERIFY_OK(listed);
        QSqlQuery ids = std::move(listed).value();
        QList<qint64> surveyed;
        while (ids.next())
            surveyed << ids.value(0).toLongLong();
        ids.finish();
        int i = 0;
        for (qint64 ticket : surveyed) {
            const int score = scores[i++];
            if (score)
                VERIFY_OK(SurveyStore::record(db, surveyToken(db, ticket),
                                              answer(score, QStringLiteral("why")),
                                              kT0 + 2 * kDay + kHour));
        }

        // The figures from the raw rows, in C++.
        struct Figures
        {
            int sent = 0, answered = 0, good = 0;
            int byScore[6] = {0, 0, 0, 0, 0, 0};
        };
        QHash<QString, Figures> byCategory, byAgent;
        auto raw = Database::exec(
            db, QStringLiteral("SELECT t.category, st.login, a.score FROM surveys s JOIN tickets t "
                               "ON t.id = s.ticket_id JOIN staff st ON st.id = t.assignee_id LEFT "
                               "JOIN survey_answers a ON a.survey_id = s.id WHERE s.state = "
                               "'queued'"));
        VERIFY_OK(raw);
        QSqlQuery rows = std::move(raw).value();
        while (rows.next()) {
            for (Figures *f :
                 {&byCategory[rows.value(0).toString()], &byAgent[rows.value(1).toString()]}) {
                ++f->sent;
                if (!rows.value(2).isNull()) {
                    const int score = rows.value(2).toInt();
                    ++f->answered;
                    ++f->byScore[score];
                    f->good += score >= 4 ? 1 : 0;
                }
            }
        }
        QCOMPARE(byCategory.size(), 2);
        for (ReportDimension by : {ReportDimension::Category, ReportDimension::Agent}) {
            ReportRequest request;
            request.kind = ReportKind::Csat;
            request.by = by;
            request.zone = QTimeZone::utc();
            request.from = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()).date();
            request.to = request.from.addDays(5);
            auto table = ReportQuery(db).run(request);
            VERIFY_OK(table);
            const QHash<QString, Figures> &expected =
                by == ReportDimension::Category ? byCategory : byAgent;
            QCOMPARE(table->rows.size(), expected.size());
            for (const QVariantList &row : table->rows) {
                const Figures f = expected.value(row.value(0).toString());
                auto cell = [&](const char *key) {
                    return row.value(table->column(QString::fromLatin1(key)));
                };
                QCOMPARE(cell("sent").toInt(), f.sent);
                QCOMPARE(cell("answered").toInt(), f.answered);
                for (int score = 1; score <= 5; ++score)
                    QCOMPARE(cell(qPrintable(QStringLiteral("score_%1").arg(score))).toInt(),
                             f.byScore[score]);
                QCOMPARE(cell("csat_pct").toDouble(),
                         std::round(1000.0 * f.good / f.answered) / 10.0);
                QCOMPARE(cell("response_pct").toDouble(),
                         std::round(1000.0 * f.answered / f.sent) / 10.0);
            }
            // The drill-down lists the row's tickets.
            auto drill = ReportQuery(db).ticketIds(request, table->rows.constFirst(), 100);
            VERIFY_OK(drill);
            QCOMPARE(drill->size(),
                     expected.value(table->rows.constFirst().value(0).toString()).sent);
        }
    }
};

QTEST_GUILESS_MAIN(TestFollowupCsat)
#include "tst_followupcsat.moc"
