// SlaPolicy / SlaPolicySet: which policy applies, JSON round trip, validation naming fields.
#include "sla/SlaPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace helpdesk;

Q_DECLARE_METATYPE(helpdesk::TicketPriority)
Q_DECLARE_METATYPE(helpdesk::TicketCategory)

namespace {

SlaPolicy policy(TicketPriority p, std::optional<TicketCategory> c, int first, int resolution,
                 const QString &calendar = "office")
{
    SlaPolicy out;
    out.priority = p;
    out.category = c;
    out.firstResponseMinutes = first;
    out.resolutionMinutes = resolution;
    out.calendarId = calendar;
    return out;
}

SlaPolicySet standardSet()
{
    using P = TicketPriority;
    SlaPolicySet set;
    for (const auto &p : {policy(P::Low, {}, 480, 4800), policy(P::Normal, {}, 240, 2400),
                          policy(P::High, {}, 60, 480), policy(P::Urgent, {}, 15, 240, "24x7"),
                          policy(P::Normal, TicketCategory::Security, 60, 960),
                          policy(P::High, TicketCategory::Security, 15, 240, "24x7")}) {
        const auto added = set.add(p);
        Q_ASSERT(added.ok());
    }
    return set;
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT
private slots:
    void policyFor_data()
    {
        QTest::addColumn<TicketPriority>("priority");
        QTest::addColumn<TicketCategory>("category");
        QTest::addColumn<int>("firstResponse");
        QTest::addColumn<QString>("calendar");
        using P = TicketPriority;
        using C = TicketCategory;
        QTest::newRow("normal login uses the normal default")
            << P::Normal << C::Login << 240 << "office";
        QTest::newRow("normal security override wins")
            << P::Normal << C::Security << 60 << "office";
        QTest::newRow("high security override, own calendar")
            << P::High << C::Security << 15 << "24x7";
        QTest::newRow("high other uses the high default") << P::High << C::Other << 60 << "office";
        QTest::newRow("urgent") << P::Urgent << C::Recovery << 15 << "24x7";
        QTest::newRow("low") << P::Low << C::Security << 480 << "office";
    }
    void policyFor()
    {
        QFETCH(TicketPriority, priority);
        QFETCH(TicketCategory, category);
        QFETCH(int, firstResponse);
        QFETCH(QString, calendar);
        const auto p = standardSet().policyFor(priority, category);
        QVERIFY(p.has_value());
        QCOMPARE(p->firstResponseMinutes, firstResponse);
        QCOMPARE(p->firstResponseMs(), qint64(firstResponse) * 60 * 1000);
        QCOMPARE(p->calendarId, calendar);
    }

    void noPolicyMeansNoSla()
    {
        SlaPolicySet set;
        QVERIFY(set.add(policy(TicketPriority::High, TicketCategory::Login, 10, 20)).ok());
        QVERIFY(!set.policyFor(TicketPriority::High, TicketCategory::Other).has_value());
        QVERIFY(set.policyFor(TicketPriority::High, TicketCategory::Login).has_value());
    }

    void addSetRemove()
    {
        SlaPolicySet set = standardSet();
        const auto dup = set.add(policy(TicketPriority::High, {}, 30, 300));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::InvalidInput);
        QVERIFY(set.set(policy(TicketPriority::High, {}, 30, 300)).ok());
        QCOMPARE(set.policyFor(TicketPriority::High, TicketCategory::Login)->firstResponseMinutes,
                 30);
        QVERIFY(!set.set(policy(TicketPriority::High, {}, 0, 300)).ok());
        QVERIFY(set.remove(TicketPriority::Normal, TicketCategory::Security));
        QVERIFY(!set.remove(TicketPriority::Normal, TicketCategory::Security));
        QCOMPARE(
            set.policyFor(TicketPriority::Normal, TicketCategory::Security)->firstResponseMinutes,
            240);
    }

    void jsonRoundTrip()
    {
        const SlaPolicySet set = standardSet();
        const QJsonObject json = set.toJson();
        const QJsonArray list = json.value("policies").toArray();
        QCOMPARE(list.size(), 6);
        QVERIFY(!list.at(0).toObject().contains("category"));
        QCOMPARE(list.at(4).toObject().value("category").toString(), "security");
        QCOMPARE(list.at(3).toObject().value("priority").toString(), "urgent");
        const QByteArray text = QJsonDocument(json).toJson();
        auto back = SlaPolicySet::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(back.value() == set);

        auto single = SlaPolicy::fromJson(set.policies().at(5).toJson());
        QVERIFY(single.ok());
        QVERIFY(single.value() == set.policies().at(5));
    }

    void jsonValidation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        // clang-format off
        QTest::newRow("not a list") << R"({"policies":{}})" << "policies";
        QTest::newRow("zero first response")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":0,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[0].firstResponseMinutes";
        QTest::newRow("negative resolution")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":10,"resolutionMinutes":-5,"calendar":"office"}]})"
            << "policies[0].resolutionMinutes";
        QTest::newRow("first response longer than resolution")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":10,"resolutionMinutes":60,"calendar":"office"},
                               {"priority":"low","firstResponseMinutes":600,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[1].firstResponseMinutes";
        QTest::newRow("fractional minutes")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":1.5,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[0].firstResponseMinutes";
        QTest::newRow("minutes as text")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":10,"resolutionMinutes":"60","calendar":"office"}]})"
            << "policies[0].resolutionMinutes";
        QTest::newRow("missing target")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":10,"calendar":"office"}]})"
            << "policies[0].resolutionMinutes";
        QTest::newRow("unknown priority")
            << R"({"policies":[{"priority":"critical","firstResponseMinutes":10,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[0].priority";
        QTest::newRow("unknown category")
            << R"({"policies":[{"priority":"high","category":"billing","firstResponseMinutes":10,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[0].category";
        QTest::newRow("no calendar")
            << R"({"policies":[{"priority":"high","firstResponseMinutes":10,"resolutionMinutes":60}]})"
            << "policies[0].calendar";
        QTest::newRow("duplicate")
            << R"({"policies":[{"priority":"high","category":"login","firstResponseMinutes":10,"resolutionMinutes":60,"calendar":"office"},
                               {"priority":"high","category":"login","firstResponseMinutes":20,"resolutionMinutes":60,"calendar":"office"}]})"
            << "policies[1]";
        // clang-format on
    }
    void jsonValidation()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const auto result = SlaPolicySet::fromJson(doc.object());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
        QCOMPARE(result.error().detail, "field " + field);
    }

    void singlePolicyValidation()
    {
        const auto r = policy(TicketPriority::Low, {}, 100, 50).validate();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail, QString("field firstResponseMinutes"));
        QVERIFY(policy(TicketPriority::Low, {}, 50, 50).validate().ok());
        const auto noCal = SlaPolicy::fromJson(QJsonObject{
            {"priority", "low"}, {"firstResponseMinutes", 5}, {"resolutionMinutes", 9}});
        QVERIFY(!noCal.ok());
        QCOMPARE(noCal.error().detail, QString("field calendar"));
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
