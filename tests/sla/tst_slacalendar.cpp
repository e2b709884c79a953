// BusinessCalendar: due times across weekends, holidays, lunch breaks and DST changes,
// consistency between counting and adding, JSON round trips and validation.
#include "sla/BusinessCalendar.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace helpdesk;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kMinute = 60 * 1000;

const QSet<Qt::DayOfWeek> kWeekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                       Qt::Friday};
const QSet<Qt::DayOfWeek> kAllDays = {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
                                      Qt::Friday, Qt::Saturday, Qt::Sunday};

QList<QDate> parseDates(const QString &list)
{
    QList<QDate> out;
    for (const QString &s : list.split(',', Qt::SkipEmptyParts))
        out.append(QDate::fromString(s, Qt::ISODate));
    return out;
}

// "office" Mon-Fri 09-17, "lunch" Mon-Fri 09-12:30 + 13:30-17, "24x7", "night" daily 01-05.
BusinessCalendar makeCalendar(const QByteArray &zoneId, const QString &kind,
                              const QString &holidays = {})
{
    const QTimeZone zone(zoneId);
    BusinessCalendar c;
    if (kind == "office")
        c = BusinessCalendar::weekly(zone, kWeekdays, {WorkingInterval::fromHours(9, 0, 17, 0)});
    else if (kind == "lunch")
        c = BusinessCalendar::weekly(
            zone, kWeekdays,
            {WorkingInterval::fromHours(9, 0, 12, 30), WorkingInterval::fromHours(13, 30, 17, 0)});
    else if (kind == "24x7")
        c = BusinessCalendar::alwaysOpen(zone);
    else if (kind == "night")
        c = BusinessCalendar::weekly(zone, kAllDays, {WorkingInterval::fromHours(1, 0, 5, 0)});
    else
        qFatal("unknown calendar kind");
    c.setHolidays(parseDates(holidays));
    return c;
}

// "2026-03-20 16:00" on the wall clock of the zone, as UTC.
QDateTime local(const QByteArray &zoneId, const QString &text)
{
    const QDateTime naive = QDateTime::fromString(text, "yyyy-MM-dd HH:mm");
    Q_ASSERT(naive.isValid());
    return QDateTime(naive.date(), naive.time(), QTimeZone(zoneId)).toUTC();
}

QString showLocal(const QDateTime &utc, const QByteArray &zoneId)
{
    return utc.toTimeZone(QTimeZone(zoneId)).toString("yyyy-MM-dd HH:mm:ss t");
}

// A slow, obviously-correct count for calendars whose intervals never meet a DST jump: build
// each day's intervals with QDateTime in the zone and intersect with [from, to).
qint64 referenceBetween(const BusinessCalendar &c, const QDateTime &from, const QDateTime &to)
{
    qint64 total = 0;
    const QDate first = from.toTimeZone(c.timeZone()).date().addDays(-1);
    const QDate last = to.toTimeZone(c.timeZone()).date().addDays(1);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (c.holidays().contains(d))
            continue;
        for (const auto &iv : c.workingHours(Qt::DayOfWeek(d.dayOfWeek()))) {
            const QDateTime s(d, QTime(iv.startMinute / 60, iv.startMinute % 60), c.timeZone());
            const QDateTime e =
                iv.endMinute == 24 * 60
                    ? QDateTime(d.addDays(1), QTime(0, 0), c.timeZone())
                    : QDateTime(d, QTime(iv.endMinute / 60, iv.endMinute % 60), c.timeZone());
            const qint64 a = std::max(s.toMSecsSinceEpoch(), from.toMSecsSinceEpoch());
            const qint64 b = std::min(e.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

} // namespace

class TestSlaCalendar : public QObject
{
    Q_OBJECT
private slots:
    void weekdayMapping()
    {
        // The engine computes weekdays from day numbers; compare with QDate over a long range.
        const BusinessCalendar c = makeCalendar("UTC", "office");
        for (QDate d(1969, 12, 1); d < QDate(1970, 2, 1); d = d.addDays(1)) {
            const QDateTime noon(d, QTime(12, 0), Qt::UTC);
            QCOMPARE(c.isWorkingTime(noon), d.dayOfWeek() <= 5);
        }
        for (QDate d(2026, 1, 1); d < QDate(2026, 1, 20); d = d.addDays(1)) {
            const QDateTime noon(d, QTime(12, 0), Qt::UTC);
            QCOMPARE(c.isWorkingTime(noon), d.dayOfWeek() <= 5);
        }
    }

    void addWorkingMs_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("holidays");
        QTest::addColumn<QString>("start");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");

        const QByteArray B = "Europe/Berlin";
        const QByteArray NY = "America/New_York";
        // clang-format off
        QTest::newRow("friday 16:00 + 4h is monday 12:00")
            << B << "office" << "" << "2026-03-20 16:00" << 4 * kHour << "2026-03-23 12:00";
        QTest::newRow("created saturday counts from monday 09:00")
            << B << "office" << "" << "2026-03-21 10:00" << 4 * kHour << "2026-03-23 13:00";
        QTest::newRow("created sunday night")
            << B << "office" << "" << "2026-03-22 23:59" << 30 * kMinute << "2026-03-23 09:30";
        QTest::newRow("holidays friday and monday are skipped")
            << B << "office" << "2026-04-03,2026-04-06" << "2026-04-02 16:00" << 4 * kHour
            << "2026-04-07 12:00";
        QTest::newRow("holiday at the start")
            << B << "office" << "2026-04-06" << "2026-04-06 10:00" << 1 * kHour
            << "2026-04-07 10:00";
        QTest::newRow("before opening on a weekday")
            << B << "office" << "" << "2026-03-24 07:30" << 1 * kHour << "2026-03-24 10:00";
        QTest::newRow("after closing on a weekday")
            << B << "office" << "" << "2026-03-24 18:00" << 1 * kHour << "2026-03-25 10:00";
        QTest::newRow("ends exactly at closing time")
            << B << "office" << "" << "2026-03-24 13:00" << 4 * kHour << "2026-03-24 17:00";
        QTest::newRow("one minute past closing goes to next morning")
            << B << "office" << "" << "2026-03-24 13:00" << 4 * kHour + 60000
            << "2026-03-25 09:01";
        QTest::newRow("zero from outside hours is the next opening")
            << B << "office" << "" << "2026-03-21 10:00" << qint64(0) << "2026-03-23 09:00";
        QTest::newRow("zero inside hours is the start")
            << B << "office" << "" << "2026-03-24 10:00" << qint64(0) << "2026-03-24 10:00";
        QTest::newRow("two weeks minus a bit")
            << B << "office" << "" << "2026-03-02 09:00" << 79 * kHour << "2026-03-13 16:00";
        QTest::newRow("spring-forward weekend: office day still 8h")
            << B << "office" << "" << "2026-03-27 16:00" << 4 * kHour << "2026-03-30 12:00";
        QTest::newRow("spring-forward: a full week across the jump")
            << B << "office" << "" << "2026-03-25 12:00" << 40 * kHour << "2026-04-01 12:00";
        QTest::newRow("fall-back weekend: office day still 8h")
            << B << "office" << "" << "2026-10-23 16:00" << 4 * kHour << "2026-10-26 12:00";
        QTest::newRow("24x7 across spring-forward: 24h after sat 12:00 is sun 13:00")
            << B << "24x7" << "" << "2026-03-28 12:00" << 24 * kHour << "2026-03-29 13:00";
        QTest::newRow("24x7 across fall-back: 24h after sat 12:00 is sun 11:00")
            << B << "24x7" << "" << "2026-10-24 12:00" << 24 * kHour << "2026-10-25 11:00";
        QTest::newRow("24x7 the 23h day")
            << B << "24x7" << "" << "2026-03-29 00:00" << 23 * kHour << "2026-03-30 00:00";
        QTest::newRow("24x7 the 25h day")
            << B << "24x7" << "" << "2026-10-25 00:00" << 25 * kHour << "2026-10-26 00:00";
        QTest::newRow("24x7 with a holiday skips the whole local day")
            << B << "24x7" << "2026-12-25" << "2026-12-24 23:00" << 2 * kHour
            << "2026-12-26 01:00";
        QTest::newRow("night shift cut by spring-forward lasts 3h")
            << B << "night" << "" << "2026-03-29 01:00" << 3 * kHour << "2026-03-29 05:00";
        QTest::newRow("night shift: 4th hour falls on the next night")
            << B << "night" << "" << "2026-03-29 01:00" << 4 * kHour << "2026-03-30 02:00";
        QTest::newRow("night shift stretched by fall-back lasts 5h")
            << B << "night" << "" << "2026-10-25 01:00" << 5 * kHour << "2026-10-25 05:00";
        QTest::newRow("counting runs through the gap: 01:00 + 1h is 03:00 CEST")
            << B << "night" << "" << "2026-03-29 00:30" << 1 * kHour << "2026-03-29 03:00";
        QTest::newRow("lunch: 2h from 11:00 ends 14:00")
            << B << "lunch" << "" << "2026-03-24 11:00" << 2 * kHour << "2026-03-24 14:00";
        QTest::newRow("lunch: created during the break")
            << B << "lunch" << "" << "2026-03-24 12:45" << 30 * kMinute << "2026-03-24 14:00";
        QTest::newRow("lunch: ends exactly at the break")
            << B << "lunch" << "" << "2026-03-24 09:00" << 210 * kMinute << "2026-03-24 12:30";
        QTest::newRow("lunch: 7h day")
            << B << "lunch" << "" << "2026-03-24 09:00" << 8 * kHour << "2026-03-25 10:00";
        QTest::newRow("new york: friday 16:00 + 4h across its spring-forward")
            << NY << "office" << "" << "2026-03-06 16:00" << 4 * kHour << "2026-03-09 12:00";
        QTest::newRow("new york: fall-back weekend")
            << NY << "office" << "" << "2026-10-30 16:00" << 4 * kHour << "2026-11-02 12:00";
        QTest::newRow("new york 24x7 across spring-forward")
            << NY << "24x7" << "" << "2026-03-07 12:00" << 24 * kHour << "2026-03-08 13:00";
        // clang-format on
    }
    void addWorkingMs()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, holidays);
        QFETCH(QString, start);
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        const BusinessCalendar c = makeCalendar(zone, calendar, holidays);
        QVERIFY(c.validate().ok());
        const QDateTime from = local(zone, start);
        const QDateTime due = c.addWorkingMs(from, ms);
        QVERIFY(due.isValid());
        QCOMPARE(due.timeSpec(), Qt::UTC);
        QCOMPARE(showLocal(due, zone), showLocal(local(zone, expected), zone));
        // Counting back gives the same amount.
        QCOMPARE(c.workingMsBetween(from, due), ms);
    }

    void workingMsBetween_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("holidays");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("expected");
        const QByteArray B = "Europe/Berlin";
        const QByteArray NY = "America/New_York";
        // clang-format off
        QTest::newRow("friday 16:00 to monday 12:00")
            << B << "office" << "" << "2026-03-20 16:00" << "2026-03-23 12:00" << 4 * kHour;
        QTest::newRow("reversed range is zero")
            << B << "office" << "" << "2026-03-23 12:00" << "2026-03-20 16:00" << qint64(0);
        QTest::newRow("inside a weekend is zero")
            << B << "office" << "" << "2026-03-21 00:00" << "2026-03-23 00:00" << qint64(0);
        QTest::newRow("a week with a holiday")
            << B << "office" << "2026-04-06" << "2026-04-06 00:00" << "2026-04-13 00:00"
            << 32 * kHour;
        QTest::newRow("lunch week")
            << B << "lunch" << "" << "2026-03-23 00:00" << "2026-03-30 00:00" << 35 * kHour;
        QTest::newRow("24x7 spring-forward weekend is 47h")
            << B << "24x7" << "" << "2026-03-28 00:00" << "2026-03-30 00:00" << 47 * kHour;
        QTest::newRow("24x7 fall-back weekend is 49h")
            << B << "24x7" << "" << "2026-10-24 00:00" << "2026-10-26 00:00" << 49 * kHour;
        QTest::newRow("night shift: spring week 27h, fall week 29h")
            << B << "night" << "" << "2026-03-23 00:00" << "2026-03-30 00:00" << 27 * kHour;
        QTest::newRow("night shift: fall week")
            << B << "night" << "" << "2026-10-19 00:00" << "2026-10-26 00:00" << 29 * kHour;
        QTest::newRow("a year of office hours in new york, two holidays")
            << NY << "office" << "2026-07-03,2026-12-25" << "2026-01-01 00:00"
            << "2027-01-01 00:00" << (261 - 2) * 8 * kHour;
        // clang-format on
    }
    void workingMsBetween()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, holidays);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, expected);
        const BusinessCalendar c = makeCalendar(zone, calendar, holidays);
        QCOMPARE(c.workingMsBetween(local(zone, from), local(zone, to)), expected);
    }

    void isWorkingTimeAndNextOpening_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QString>("nextOpening");
        const QByteArray B = "Europe/Berlin";
        // clang-format off
        QTest::newRow("opening instant") << B << "office" << "2026-03-24 09:00" << true << "2026-03-24 09:00";
        QTest::newRow("closing instant") << B << "office" << "2026-03-24 17:00" << false << "2026-03-25 09:00";
        QTest::newRow("friday evening") << B << "office" << "2026-03-27 18:00" << false << "2026-03-30 09:00";
        QTest::newRow("lunch break") << B << "lunch" << "2026-03-24 13:00" << false << "2026-03-24 13:30";
        QTest::newRow("night gap day") << B << "night" << "2026-03-29 00:30" << false << "2026-03-29 01:00";
        QTest::newRow("night after gap") << B << "night" << "2026-03-29 03:30" << true << "2026-03-29 03:30";
        QTest::newRow("new york monday") << QByteArray("America/New_York") << "office" << "2026-03-09 08:59" << false << "2026-03-09 09:00";
        // clang-format on
    }
    void isWorkingTimeAndNextOpening()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, at);
        QFETCH(bool, working);
        QFETCH(QString, nextOpening);
        const BusinessCalendar c = makeCalendar(zone, calendar);
        QCOMPARE(c.isWorkingTime(local(zone, at)), working);
        QCOMPARE(showLocal(c.nextOpening(local(zone, at)), zone),
                 showLocal(local(zone, nextOpening), zone));
    }

    void nightGapEdges()
    {
        // 02:00-03:00 does not exist on 2026-03-29 in Berlin: 01:59:59.999 CET is followed by
        // 03:00 CEST, and the night shift runs straight through.
        const BusinessCalendar c = makeCalendar("Europe/Berlin", "night");
        const QDateTime jump(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
        QVERIFY(c.isWorkingTime(jump.addMSecs(-1)));
        QVERIFY(c.isWorkingTime(jump));
        // On the fall-back night 02:00-03:00 happens twice, both count.
        const QDateTime back(QDate(2026, 10, 25), QTime(1, 0), Qt::UTC);
        QVERIFY(c.isWorkingTime(back.addSecs(-1800)));
        QVERIFY(c.isWorkingTime(back.addSecs(1800)));
        QCOMPARE(c.workingMsBetween(back.addSecs(-3600), back.addSecs(3600)), 2 * kHour);
    }

    void invalidInputs()
    {
        const BusinessCalendar c = makeCalendar("Europe/Berlin", "office");
        QVERIFY(!c.addWorkingMs(QDateTime(), kHour).isValid());
        QVERIFY(!c.addWorkingMs(local("Europe/Berlin", "2026-03-24 10:00"), -1).isValid());
        QVERIFY(!c.nextOpening(QDateTime()).isValid());
        QVERIFY(!c.isWorkingTime(QDateTime()));
        QCOMPARE(c.workingMsBetween(QDateTime(), QDateTime::currentDateTimeUtc()), 0);
        // A calendar without any working time answers "never" instead of looping.
        BusinessCalendar none = c;
        none.setWorkingDays({});
        QVERIFY(!none.validate().ok());
        QVERIFY(!none.addWorkingMs(local("Europe/Berlin", "2026-03-24 10:00"), kHour).isValid());
        QVERIFY(!none.nextOpening(local("Europe/Berlin", "2026-03-24 10:00")).isValid());
    }

    void inputInOtherZoneIsTheSameInstant()
    {
        const BusinessCalendar c = makeCalendar("Europe/Berlin", "office");
        const QDateTime utc = local("Europe/Berlin", "2026-03-20 16:00");
        const QDateTime ny = utc.toTimeZone(QTimeZone("America/New_York"));
        QCOMPARE(c.addWorkingMs(ny, 4 * kHour), c.addWorkingMs(utc, 4 * kHour));
    }

    // addWorkingMs(start, workingMsBetween(start, t)) lands on t whenever t is working time and
    // not the very first instant of a working stretch; at such an opening it lands on the
    // preceding closing time. The counts always agree, and with the slow reference too.
    void addAndCountAgree_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("holidays");
        QTest::addColumn<bool>("checkReference");
        const QString hol = "2026-01-01,2026-04-03,2026-04-06,2026-05-01,2026-10-26,2026-12-25,"
                            "2027-01-01,2027-03-26";
        QTest::newRow("berlin office") << QByteArray("Europe/Berlin") << "office" << hol << true;
        QTest::newRow("berlin lunch") << QByteArray("Europe/Berlin") << "lunch" << hol << true;
        QTest::newRow("new york office")
            << QByteArray("America/New_York") << "office" << hol << true;
        QTest::newRow("berlin 24x7") << QByteArray("Europe/Berlin") << "24x7" << QString() << false;
        QTest::newRow("berlin night") << QByteArray("Europe/Berlin") << "night" << hol << false;
    }
    void addAndCountAgree()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, holidays);
        QFETCH(bool, checkReference);
        const BusinessCalendar c = makeCalendar(zone, calendar, holidays);
        QRandomGenerator rng(20260329);
        const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 year = 365LL * 24 * kHour;
        int exactHits = 0;
        for (int i = 0; i < 300; ++i) {
            // Minute-aligned instants often hit openings and closings exactly; others not.
            const qint64 align = (i % 2) ? kMinute : 1;
            const qint64 a = base + qint64(rng.bounded(quint64(year))) / align * align;
            const qint64 span = (i % 10 == 0) ? 400LL * 24 * kHour : 20LL * 24 * kHour;
            const qint64 b = a + qint64(rng.bounded(quint64(span))) / align * align;
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(a, Qt::UTC);
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(b, Qt::UTC);

            const qint64 m = c.workingMsBetween(start, t);
            if (checkReference)
                QCOMPARE(m, referenceBetween(c, start, t));
            else if (calendar == "24x7")
                QCOMPARE(m, b - a);
            const QDateTime r = c.addWorkingMs(start, m);
            QVERIFY(r.isValid());
            QCOMPARE(c.workingMsBetween(start, r), m);
            if (m > 0)
                QVERIFY2(r <= t, qPrintable(showLocal(r, zone) + " > " + showLocal(t, zone)));
            const bool tWorking = c.isWorkingTime(t);
            const bool tOpening = tWorking && !c.isWorkingTime(t.addMSecs(-1));
            if (tWorking && (!tOpening || m == 0)) {
                QCOMPARE(showLocal(r, zone), showLocal(t, zone));
                ++exactHits;
            } else if (tOpening) {
                QCOMPARE(c.workingMsBetween(r, t), 0);
            }
            // Splitting a span anywhere does not change the total.
            const QDateTime mid = QDateTime::fromMSecsSinceEpoch(a + (b - a) / 3, Qt::UTC);
            QCOMPARE(c.workingMsBetween(start, mid) + c.workingMsBetween(mid, t), m);
            // nextOpening is working time and nothing counts before it.
            const QDateTime open = c.nextOpening(start);
            QVERIFY(c.isWorkingTime(open));
            QCOMPARE(c.workingMsBetween(start, open), 0);
        }
        QVERIFY(exactHits > 20);
    }

    void longSpans_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("10,000 business hours, berlin") << QByteArray("Europe/Berlin") << 10000LL;
        QTest::newRow("100,000 business hours, berlin") << QByteArray("Europe/Berlin") << 100000LL;
        QTest::newRow("100,000 business hours, new york")
            << QByteArray("America/New_York") << 100000LL;
    }
    void longSpans()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, hours);
        BusinessCalendar c = makeCalendar(zone, "office");
        QList<QDate> hol;
        for (int y = 2026; y < 2100; ++y)
            hol << QDate(y, 1, 1) << QDate(y, 12, 25) << QDate(y, 12, 26);
        c.setHolidays(hol);
        const QDateTime start = local(zone, "2026-03-20 16:00");
        const QDateTime due = c.addWorkingMs(start, hours * kHour);
        QVERIFY(due.isValid());
        QCOMPARE(c.workingMsBetween(start, due), hours * kHour);
        // Ends inside office hours on a weekday.
        const QDateTime localDue = due.toTimeZone(QTimeZone(zone));
        QVERIFY(localDue.date().dayOfWeek() <= 5);
        QVERIFY(localDue.time() > QTime(9, 0) && localDue.time() <= QTime(17, 0));
        if (hours <= 10000)
            QCOMPARE(referenceBetween(c, start, due), hours * kHour);
    }

    void jsonRoundTrip()
    {
        BusinessCalendar c = makeCalendar("Europe/Berlin", "lunch", "2026-12-25,2026-04-06");
        c.setWorkingHours(Qt::Friday, {WorkingInterval::fromHours(9, 0, 15, 0)});
        QVERIFY(c.validate().ok());
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value("timeZone").toString(), "Europe/Berlin");
        QCOMPARE(json.value("workingDays").toArray().size(), 5);
        QCOMPARE(json.value("hours").toArray().at(1).toObject().value("end").toString(), "17:00");
        QCOMPARE(json.value("dayHours").toObject().value("fri").toArray().size(), 1);
        QCOMPARE(json.value("holidays").toArray().first().toString(), "2026-04-06");

        // Through text, as stored in settings.
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        auto back = BusinessCalendar::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(back.value() == c);
        QCOMPARE(back->toJson(), json);
        // The Friday override is in effect after loading.
        const QDateTime fri = local("Europe/Berlin", "2026-03-27 14:00");
        QCOMPARE(showLocal(back->addWorkingMs(fri, 2 * kHour), "Europe/Berlin"),
                 showLocal(local("Europe/Berlin", "2026-03-30 10:00"), "Europe/Berlin"));

        auto always = BusinessCalendar::fromJson(
            BusinessCalendar::alwaysOpen(QTimeZone("America/New_York")).toJson());
        QVERIFY(always.ok());
        QCOMPARE(always->defaultHours().first().endMinute, 24 * 60);
        QCOMPARE(always->toJson().value("hours").toArray().first().toObject().value("end"),
                 QJsonValue("24:00"));
    }

    void jsonValidation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        const QString ok =
            R"("workingDays":["mon","fri"],"hours":[{"start":"09:00","end":"17:00"}])";
        // clang-format off
        QTest::newRow("unknown zone") << R"({"timeZone":"Mars/Olympus_Mons",)" + ok + "}" << "timeZone";
        QTest::newRow("missing zone") << "{" + ok + "}" << "timeZone";
        QTest::newRow("no working day")
            << R"({"timeZone":"Europe/Berlin","workingDays":[],"hours":[{"start":"09:00","end":"17:00"}]})"
            << "workingDays";
        QTest::newRow("missing working days")
            << R"({"timeZone":"Europe/Berlin","hours":[{"start":"09:00","end":"17:00"}]})"
            << "workingDays";
        QTest::newRow("unknown day")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon","funday"],"hours":[{"start":"09:00","end":"17:00"}]})"
            << "workingDays[1]";
        QTest::newRow("end before start")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[{"start":"17:00","end":"09:00"}]})"
            << "hours[0]";
        QTest::newRow("empty interval")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[{"start":"09:00","end":"09:00"}]})"
            << "hours[0]";
        QTest::newRow("overlapping intervals")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[{"start":"12:00","end":"17:00"},{"start":"09:00","end":"13:00"}]})"
            << "hours[0]";
        QTest::newRow("bad start text")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[{"start":"9am","end":"17:00"}]})"
            << "hours[0].start";
        QTest::newRow("hour 25")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[{"start":"09:00","end":"25:00"}]})"
            << "hours[0].end";
        QTest::newRow("no hours")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":[]})" << "hours";
        QTest::newRow("hours not a list")
            << R"({"timeZone":"Europe/Berlin","workingDays":["mon"],"hours":"9-5"})" << "hours";
        QTest::newRow("bad holiday")
            << R"({"timeZone":"Europe/Berlin",)" + ok + R"(,"holidays":["2026-12-25","2026-13-01"]})"
            << "holidays[1]";
        QTest::newRow("hours for a day off")
            << R"({"timeZone":"Europe/Berlin",)" + ok + R"(,"dayHours":{"sat":[{"start":"10:00","end":"12:00"}]}})"
            << "dayHours.sat";
        QTest::newRow("unknown day key")
            << R"({"timeZone":"Europe/Berlin",)" + ok + R"(,"dayHours":{"friday":[]}})"
            << "dayHours.friday";
        QTest::newRow("overlap in a day override")
            << R"({"timeZone":"Europe/Berlin",)" + ok + R"(,"dayHours":{"fri":[{"start":"09:00","end":"12:00"},{"start":"11:00","end":"14:00"}]}})"
            << "dayHours.fri[1]";
        // clang-format on
    }
    void jsonValidation()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const auto result = BusinessCalendar::fromJson(doc.object());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QCOMPARE(result.error().detail, "field " + field);
    }

    void validateProgrammatic()
    {
        BusinessCalendar c = makeCalendar("Europe/Berlin", "office");
        QVERIFY(c.validate().ok());
        c.setTimeZone(QTimeZone("No/Where"));
        QCOMPARE(c.validate().error().detail, "field timeZone");
        c.setTimeZone(QTimeZone("Europe/Berlin"));
        c.setWorkingHours(
            {WorkingInterval::fromHours(9, 0, 12, 0), WorkingInterval::fromHours(11, 0, 17, 0)});
        QCOMPARE(c.validate().error().detail, "field hours[1]");
        // Even unvalidated, overlapping hours are never counted twice.
        QCOMPARE(c.workingMsBetween(local("Europe/Berlin", "2026-03-24 00:00"),
                                    local("Europe/Berlin", "2026-03-25 00:00")),
                 8 * kHour);
    }
};

QTEST_GUILESS_MAIN(TestSlaCalendar)
#include "tst_slacalendar.moc"
