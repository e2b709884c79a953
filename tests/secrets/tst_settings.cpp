// Settings over the shared settings table on both dialects: defaults, typed round trips,
// unreadable values reported with the key, and the mail settings saved and loaded (the SMTP
// password is never among them).
#include "TestDatabase.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "settings/Settings.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void typedValuesWithDefaults_data() { addDialectRows(); }
    void typedValuesWithDefaults()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        Settings settings(tdb.db());
        const SettingKey<QString> name{"test/name", "fallback"};
        const SettingKey<int> count{"test/count", 7};
        const SettingKey<bool> flag{"test/flag", true};

        QCOMPARE(settings.get(name).value(), QString("fallback"));
        QCOMPARE(settings.get(count).value(), 7);
        QCOMPARE(settings.get(flag).value(), true);

        QVERIFY(settings.set(name, "Zoë").ok());
        QVERIFY(settings.set(count, -3).ok());
        QVERIFY(settings.set(flag, false).ok());
        QCOMPARE(settings.get(name).value(), QString("Zoë"));
        QCOMPARE(settings.get(count).value(), -3);
        QCOMPARE(settings.get(flag).value(), false);
        QVERIFY(settings.set(name, QString()).ok()); // a null string is stored as empty
        QCOMPARE(settings.get(name).value(), QString(""));

        QVERIFY(settings.setRaw("test/count", "many").ok());
        auto bad = settings.get(count);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("test/count"));

        QVERIFY(settings.reset("test/count").ok());
        QCOMPARE(settings.get(count).value(), 7);
        QCOMPARE(settings.all("test/").value().size(), 2);
    }

    void mailSettingsRoundTrip_data() { addDialectRows(); }
    void mailSettingsRoundTrip()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        Settings settings(tdb.db());
        auto empty = MailSettings::load(settings);
        QVERIFY(empty.ok());
        QVERIFY(!empty->isConfigured());
        QCOMPARE(empty->port, 587);
        QCOMPARE(empty->security, SmtpSettings::Security::StartTls);

        MailSettings m;
        m.host = "smtp.example.org";
        m.port = 465;
        m.security = SmtpSettings::Security::ImplicitTls;
        m.user = "helpdesk";
        m.fromAddress = "support@example.org";
        m.fromName = "Example Support";
        m.messageIdDomain = "mail.example.org";
        QVERIFY(m.save(settings).ok());
        auto loaded = MailSettings::load(settings);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->host, m.host);
        QCOMPARE(loaded->port, 465);
        QCOMPARE(loaded->security, SmtpSettings::Security::ImplicitTls);
        QCOMPARE(loaded->user, m.user);
        QCOMPARE(loaded->fromAddress, m.fromAddress);
        QCOMPARE(loaded->fromName, m.fromName);
        QCOMPARE(loaded->effectiveMessageIdDomain(), QString("mail.example.org"));
        QVERIFY(loaded->isConfigured());
        QCOMPARE(loaded->passwordKey(), QString("smtp/helpdesk@smtp.example.org"));
        const SmtpSettings smtp = loaded->toSmtpSettings("pw");
        QCOMPARE(smtp.port, quint16(465));
        QVERIFY(smtp.password == "pw");

        // Nothing secret went into the table.
        auto all = settings.all();
        QVERIFY(all.ok());
        for (auto it = all->begin(); it != all->end(); ++it)
            QVERIFY2(!it.key().contains("password"), qPrintable(it.key()));

        loaded.value().messageIdDomain.clear();
        QCOMPARE(loaded->effectiveMessageIdDomain(), QString("example.org"));
    }

    void mailSettingsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no host") << "host"
                                 << ""
                                 << "host";
        QTest::newRow("bad from") << "from"
                                  << "support at example"
                                  << "From";
        QTest::newRow("plain off-host") << "security"
                                        << "none"
                                        << "Plain";
        QTest::newRow("bad domain") << "domain"
                                    << "not a domain"
                                    << "";
    }
    void mailSettingsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        MailSettings m;
        m.host = "smtp.example.org";
        m.fromAddress = "support@example.org";
        if (field == "host")
            m.host = value;
        else if (field == "from")
            m.fromAddress = value;
        else if (field == "security")
            m.security = *MailSettings::securityFromKey(value);
        else if (field == "domain")
            m.messageIdDomain = value;
        auto valid = m.validate();
        QVERIFY(!valid.ok());
        QVERIFY2(valid.error().message.contains(named), qPrintable(valid.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
