// SlaClock: elapsed business time from running/paused segments, due times, breaches, pauses
// outside hours, policy changes mid-ticket, operation validation and JSON round trips.
#include "sla/SlaClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace helpdesk;

namespace {

constexpr qint64 kMinute = 60 * 1000;

const QSet<Qt::DayOfWeek> kWeekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                       Qt::Friday};

BusinessCalendar makeCalendar(const QByteArray &zoneId, const QString &kind)
{
    const QTimeZone zone(zoneId);
    if (kind == "office")
        return BusinessCalendar::weekly(zone, kWeekdays, {WorkingInterval::fromHours(9, 0, 17, 0)});
    if (kind == "lunch")
        return BusinessCalendar::weekly(
            zone, kWeekdays,
            {WorkingInterval::fromHours(9, 0, 12, 30), WorkingInterval::fromHours(13, 30, 17, 0)});
    if (kind == "24x7")
        return BusinessCalendar::alwaysOpen(zone);
    qFatal("unknown calendar kind");
}

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

// "start@2026-03-20 16:00|pause@2026-03-20 16:30": applies each; returns the last result.
Result<void> apply(SlaClock &clock, const QByteArray &zone, const QString &ops)
{
    Result<void> last;
    for (const QString &op : ops.split('|', Qt::SkipEmptyParts)) {
        const QStringList parts = op.split('@');
        Q_ASSERT(parts.size() == 2);
        const QDateTime at = local(zone, parts.at(1));
        if (parts.at(0) == "start")
            last = clock.start(at);
        else if (parts.at(0) == "pause")
            last = clock.pause(at);
        else if (parts.at(0) == "resume")
            last = clock.resume(at);
        else if (parts.at(0) == "stop")
            last = clock.stop(at);
        else
            qFatal("unknown op");
    }
    return last;
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private slots:
    void status_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("calendar");
        QTest::addColumn<QString>("ops");
        QTest::addColumn<int>("targetMinutes");
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("elapsedMinutes");
        QTest::addColumn<QString>("due"); // empty: no due time
        QTest::addColumn<bool>("paused");
        QTest::addColumn<bool>("breached");
        const QByteArray B = "Europe/Berlin";
        // Mon 2026-03-23 .. Fri 2026-03-27; DST starts Sun 2026-03-29, ends Sun 2026-10-25.
        // clang-format off
        QTest::newRow("friday 16:00 with 4h: due monday 12:00")
            << B << "office" << "start@2026-03-20 16:00" << 240 << "2026-03-23 11:00"
            << 180 << "2026-03-23 12:00" << false << false;
        QTest::newRow("same ticket after the due time is breached")
            << B << "office" << "start@2026-03-20 16:00" << 240 << "2026-03-23 12:30"
            << 270 << "2026-03-23 12:00" << false << true;
        QTest::newRow("exactly at the due time is not yet breached")
            << B << "office" << "start@2026-03-20 16:00" << 240 << "2026-03-23 12:00"
            << 240 << "2026-03-23 12:00" << false << false;
        QTest::newRow("created saturday counts from monday 09:00")
            << B << "office" << "start@2026-03-21 10:00" << 240 << "2026-03-23 09:30"
            << 30 << "2026-03-23 13:00" << false << false;
        QTest::newRow("created before opening")
            << B << "office" << "start@2026-03-24 06:00" << 60 << "2026-03-24 08:00"
            << 0 << "2026-03-24 10:00" << false << false;
        QTest::newRow("created after closing")
            << B << "office" << "start@2026-03-24 19:00" << 60 << "2026-03-24 23:00"
            << 0 << "2026-03-25 10:00" << false << false;
        QTest::newRow("paused over a whole day does not count")
            << B << "office" << "start@2026-03-23 09:00|pause@2026-03-23 10:00|resume@2026-03-25 10:00"
            << 240 << "2026-03-25 11:00" << 120 << "2026-03-25 13:00" << false << false;
        QTest::newRow("while paused the due time is not known")
            << B << "office" << "start@2026-03-23 09:00|pause@2026-03-23 10:00" << 240
            << "2026-03-24 12:00" << 60 << "" << true << false;
        QTest::newRow("pause and resume outside hours change nothing")
            << B << "office" << "start@2026-03-23 16:00|pause@2026-03-23 18:00|resume@2026-03-24 08:00"
            << 120 << "2026-03-24 08:30" << 60 << "2026-03-24 10:00" << false << false;
        QTest::newRow("paused after the target passed stays breached")
            << B << "office" << "start@2026-03-23 09:00|pause@2026-03-23 12:00" << 120
            << "2026-03-23 13:00" << 180 << "2026-03-23 11:00" << true << true;
        QTest::newRow("stopped before the target: met, no due time")
            << B << "office" << "start@2026-03-23 09:00|stop@2026-03-23 10:00" << 120
            << "2026-03-27 10:00" << 60 << "" << false << false;
        QTest::newRow("stopped exactly at the due time: met")
            << B << "office" << "start@2026-03-23 09:00|stop@2026-03-23 11:00" << 120
            << "2026-03-24 10:00" << 120 << "2026-03-23 11:00" << false << false;
        QTest::newRow("stopped after the due time: breached")
            << B << "office" << "start@2026-03-23 09:00|stop@2026-03-23 11:30" << 120
            << "2026-03-24 10:00" << 150 << "2026-03-23 11:00" << false << true;
        QTest::newRow("reopened ticket continues its count")
            << B << "office" << "start@2026-03-23 09:00|stop@2026-03-23 10:00|resume@2026-03-24 09:00"
            << 120 << "2026-03-24 09:30" << 90 << "2026-03-24 10:00" << false << false;
        QTest::newRow("as of an earlier instant")
            << B << "office" << "start@2026-03-23 09:00|pause@2026-03-23 12:00|resume@2026-03-24 09:00"
            << 240 << "2026-03-23 11:00" << 120 << "2026-03-23 13:00" << false << false;
        QTest::newRow("not started")
            << B << "office" << "" << 60 << "2026-03-23 11:00" << 0 << "" << false << false;
        QTest::newRow("spring-forward weekend, office")
            << B << "office" << "start@2026-03-27 16:00" << 240 << "2026-03-30 09:00"
            << 60 << "2026-03-30 12:00" << false << false;
        QTest::newRow("24x7 paused across fall-back")
            << B << "24x7" << "start@2026-10-24 12:00|pause@2026-10-24 20:00|resume@2026-10-25 08:00"
            << 24 * 60 << "2026-10-25 09:00" << 9 * 60 << "2026-10-26 00:00" << false << false;
        QTest::newRow("24x7 running across spring-forward")
            << B << "24x7" << "start@2026-03-28 12:00" << 24 * 60 << "2026-03-29 12:00"
            << 23 * 60 << "2026-03-29 13:00" << false << false;
        QTest::newRow("new york office across its spring-forward")
            << QByteArray("America/New_York") << "office" << "start@2026-03-06 16:00" << 240
            << "2026-03-09 10:00" << 120 << "2026-03-09 12:00" << false << false;
        QTest::newRow("new york 24x7 across its spring-forward")
            << QByteArray("America/New_York") << "24x7" << "start@2026-03-07 12:00" << 24 * 60
            << "2026-03-08 14:00" << 25 * 60 << "2026-03-08 13:00" << false << true;
        // clang-format on
    }
    void status()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, calendar);
        QFETCH(QString, ops);
        QFETCH(int, targetMinutes);
        QFETCH(QString, now);
        QFETCH(int, elapsedMinutes);
        QFETCH(QString, due);
        QFETCH(bool, paused);
        QFETCH(bool, breached);

        const BusinessCalendar cal = makeCalendar(zone, calendar);
        SlaClock clock;
        const auto applied = apply(clock, zone, ops);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        const QDateTime at = local(zone, now);
        const qint64 target = targetMinutes * kMinute;

        const SlaStatus s = clock.status(cal, target, at);
        QCOMPARE(s.elapsedMs, elapsedMinutes * kMinute);
        QCOMPARE(s.remainingMs, target - elapsedMinutes * kMinute);
        QCOMPARE(s.paused, paused);
        QCOMPARE(s.breached, breached);
        QCOMPARE(s.dueUtc.has_value(), !due.isEmpty());
        if (s.dueUtc)
            QCOMPARE(showLocal(*s.dueUtc, zone), showLocal(local(zone, due), zone));

        // The single-purpose queries agree with the summary.
        QCOMPARE(clock.elapsedBusinessMs(cal, at), s.elapsedMs);
        QCOMPARE(clock.dueAt(cal, target, at), s.dueUtc);
        QCOMPARE(clock.remainingMs(cal, target, at), s.remainingMs);
        QCOMPARE(clock.isBreached(cal, target, at), s.breached);
    }

    void policyChangeMidTicket()
    {
        // Same segments, new target (and later a new calendar): just ask again.
        const QByteArray B = "Europe/Berlin";
        SlaClock clock;
        QVERIFY(
            apply(clock, B, "start@2026-03-23 09:00|pause@2026-03-23 11:00|resume@2026-03-24 09:00")
                .ok());
        const QJsonObject before = clock.toJson();
        const QDateTime now = local(B, "2026-03-24 10:00");
        const BusinessCalendar office = makeCalendar(B, "office");

        // 3 h used (2 h on Monday, 1 h this morning); 4 h target -> due 11:00.
        QCOMPARE(showLocal(*clock.dueAt(office, 4 * 60 * kMinute, now), B),
                 showLocal(local(B, "2026-03-24 11:00"), B));
        QVERIFY(!clock.isBreached(office, 4 * 60 * kMinute, now));
        // Priority raised: 2 h target, already used 3 h -> due was yesterday at 11:00.
        QCOMPARE(showLocal(*clock.dueAt(office, 2 * 60 * kMinute, now), B),
                 showLocal(local(B, "2026-03-23 11:00"), B));
        QVERIFY(clock.isBreached(office, 2 * 60 * kMinute, now));
        QCOMPARE(clock.remainingMs(office, 2 * 60 * kMinute, now), -60 * kMinute);
        // Priority lowered: 16 h target -> 14 h counted from this morning's resume.
        QCOMPARE(showLocal(*clock.dueAt(office, 16 * 60 * kMinute, now), B),
                 showLocal(local(B, "2026-03-25 15:00"), B));
        // A calendar with a lunch break moves the due time by the break.
        const BusinessCalendar lunch = makeCalendar(B, "lunch");
        QCOMPARE(showLocal(*clock.dueAt(lunch, 6 * 60 * kMinute, now), B),
                 showLocal(local(B, "2026-03-24 14:00"), B));
        // Ending exactly at the start of the break; one more ms lands after it.
        QCOMPARE(*clock.dueAt(lunch, 330 * kMinute, now), local(B, "2026-03-24 12:30"));
        QCOMPARE(*clock.dueAt(lunch, 330 * kMinute + 1, now),
                 local(B, "2026-03-24 13:30").addMSecs(1));
        // Nothing about the clock itself changed.
        QCOMPARE(clock.toJson(), before);
    }

    void operations_data()
    {
        QTest::addColumn<QString>("ops");
        QTest::addColumn<bool>("lastOk");
        // clang-format off
        QTest::newRow("start") << "start@2026-03-23 09:00" << true;
        QTest::newRow("start twice") << "start@2026-03-23 09:00|start@2026-03-23 10:00" << false;
        QTest::newRow("pause before start") << "pause@2026-03-23 09:00" << false;
        QTest::newRow("stop before start") << "stop@2026-03-23 09:00" << false;
        QTest::newRow("resume before start") << "resume@2026-03-23 09:00" << false;
        QTest::newRow("pause when paused") << "start@2026-03-23 09:00|pause@2026-03-23 10:00|pause@2026-03-23 11:00" << false;
        QTest::newRow("resume when running") << "start@2026-03-23 09:00|resume@2026-03-23 10:00" << false;
        QTest::newRow("stop twice") << "start@2026-03-23 09:00|stop@2026-03-23 10:00|stop@2026-03-23 11:00" << false;
        QTest::newRow("pause when stopped") << "start@2026-03-23 09:00|stop@2026-03-23 10:00|pause@2026-03-23 11:00" << false;
        QTest::newRow("stop while paused") << "start@2026-03-23 09:00|pause@2026-03-23 10:00|stop@2026-03-23 11:00" << true;
        QTest::newRow("time goes backwards") << "start@2026-03-23 10:00|pause@2026-03-23 09:59" << false;
        QTest::newRow("resume before the pause") << "start@2026-03-23 09:00|pause@2026-03-23 10:00|resume@2026-03-23 09:30" << false;
        QTest::newRow("same instant is fine") << "start@2026-03-23 10:00|pause@2026-03-23 10:00" << true;
        // clang-format on
    }
    void operations()
    {
        QFETCH(QString, ops);
        QFETCH(bool, lastOk);
        QStringList list = ops.split('|');
        const QString lastOp = list.takeLast();
        SlaClock clock;
        QVERIFY(apply(clock, "Europe/Berlin", list.join('|')).ok());
        const QJsonObject before = clock.toJson();
        const auto result = apply(clock, "Europe/Berlin", lastOp);
        QCOMPARE(result.ok(), lastOk);
        if (!lastOk) {
            QCOMPARE(result.error().code, Error::Code::InvalidInput);
            QVERIFY(!result.error().message.isEmpty());
            QCOMPARE(clock.toJson(), before); // a refused operation changes nothing
        }
    }

    void invalidTimeIsRefused()
    {
        SlaClock clock;
        QVERIFY(!clock.start(QDateTime()).ok());
        QCOMPARE(clock.state(), SlaClock::State::NotStarted);
    }

    void statesAndSegments()
    {
        const QByteArray B = "Europe/Berlin";
        SlaClock clock;
        QCOMPARE(clock.state(), SlaClock::State::NotStarted);
        QVERIFY(!clock.lastChangeUtc().isValid());
        QVERIFY(clock.start(local(B, "2026-03-23 09:00")).ok());
        QCOMPARE(clock.state(), SlaClock::State::Running);
        QVERIFY(clock.pause(local(B, "2026-03-23 10:00")).ok());
        QCOMPARE(clock.state(), SlaClock::State::Paused);
        QVERIFY(clock.resume(local(B, "2026-03-23 11:00")).ok());
        QVERIFY(clock.stop(local(B, "2026-03-23 12:00")).ok());
        QCOMPARE(clock.state(), SlaClock::State::Stopped);
        QCOMPARE(clock.lastChangeUtc(), local(B, "2026-03-23 12:00"));
        const auto segs = clock.segments();
        QCOMPARE(segs.size(), 3);
        QCOMPARE(segs.at(1).kind, SlaSegment::Kind::Paused);
        QCOMPARE(segs.at(1).startUtc, local(B, "2026-03-23 10:00"));
        QCOMPARE(segs.at(1).endUtc, local(B, "2026-03-23 11:00"));
        QCOMPARE(segs.at(2).startUtc.timeSpec(), Qt::UTC);
        QVERIFY(!segs.at(2).isOpen());
    }

    void jsonRoundTrip()
    {
        const QByteArray B = "Europe/Berlin";
        SlaClock clock;
        QVERIFY(
            apply(clock, B, "start@2026-03-23 09:00|pause@2026-03-23 10:00|resume@2026-03-24 09:00")
                .ok());
        // Milliseconds survive.
        QVERIFY(clock.pause(local(B, "2026-03-24 09:30").addMSecs(123)).ok());
        const QJsonObject json = clock.toJson();
        const QJsonArray segs = json.value("segments").toArray();
        QCOMPARE(segs.size(), 4);
        QCOMPARE(segs.at(0).toObject().value("kind").toString(), "running");
        QCOMPARE(segs.at(0).toObject().value("start").toString(), "2026-03-23T08:00:00.000Z");
        QVERIFY(!segs.at(3).toObject().contains("end"));

        const QByteArray text = QJsonDocument(json).toJson();
        auto back = SlaClock::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(back.value() == clock);
        QCOMPARE(back->state(), SlaClock::State::Paused);
        const BusinessCalendar office = makeCalendar(B, "office");
        const QDateTime now = local(B, "2026-03-25 12:00");
        QCOMPARE(back->elapsedBusinessMs(office, now), clock.elapsedBusinessMs(office, now));
        QVERIFY(back.value().resume(now).ok()); // loaded clocks keep working

        auto empty = SlaClock::fromJson(SlaClock().toJson());
        QVERIFY(empty.ok());
        QCOMPARE(empty->state(), SlaClock::State::NotStarted);
    }

    void jsonValidation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        // clang-format off
        QTest::newRow("no list") << R"({})" << "segments";
        QTest::newRow("unknown kind")
            << R"({"segments":[{"kind":"sleeping","start":"2026-03-23T08:00:00.000Z"}]})"
            << "segments[0].kind";
        QTest::newRow("bad start")
            << R"({"segments":[{"kind":"running","start":"yesterday"}]})" << "segments[0].start";
        QTest::newRow("bad end")
            << R"({"segments":[{"kind":"running","start":"2026-03-23T08:00:00.000Z","end":"soon"}]})"
            << "segments[0].end";
        QTest::newRow("end before start")
            << R"({"segments":[{"kind":"running","start":"2026-03-23T08:00:00.000Z","end":"2026-03-23T07:00:00.000Z"}]})"
            << "segments[0].end";
        QTest::newRow("open segment in the middle")
            << R"({"segments":[{"kind":"running","start":"2026-03-23T08:00:00.000Z"},
                               {"kind":"paused","start":"2026-03-23T09:00:00.000Z"}]})"
            << "segments[0].end";
        QTest::newRow("overlapping segments")
            << R"({"segments":[{"kind":"running","start":"2026-03-23T08:00:00.000Z","end":"2026-03-23T09:00:00.000Z"},
                               {"kind":"paused","start":"2026-03-23T08:30:00.000Z"}]})"
            << "segments[1].start";
        // clang-format on
    }
    void jsonValidation()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const auto result = SlaClock::fromJson(doc.object());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QCOMPARE(result.error().detail, "field " + field);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
