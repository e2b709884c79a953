// KeychainSecretStore against the real Secret Service (gnome-keyring-daemon in the private D-Bus
// session that tests/run.sh starts): write, read, overwrite, remove. And with the session bus
// pointing nowhere (in a child process, set before it starts), the store reports "keychain
// unavailable" instead of failing silently or falling back to plaintext. The secrets used here
// are random and never printed, not even on failure.
#include "TestServices.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <cstdio>

using namespace helpdesk;

namespace {
template <typename T> std::optional<T> await(QFuture<T> future, int timeoutMs = 30'000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return std::nullopt;
    return future.result();
}

QString randomSecret()
{
    return QStringLiteral("pw-%1-%2")
        .arg(QRandomGenerator::system()->generate64(), 0, 36)
        .arg(QRandomGenerator::system()->generate64(), 0, 36);
}

const char *kChildEnv = "HELPDESK_KEYCHAIN_TEST_CHILD";

// The child: try the keychain with whatever D-Bus session it was given and print the outcome
// as "write=<code> read=<code>" (Error::Code numbers; -1 for success, -2 for no answer).
int childMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store;
    const QString key = QStringLiteral("helpdesk-test/child");
    auto code = [](const auto &r) { return r ? (r->ok() ? -1 : int(r->error().code)) : -2; };
    QTimer::singleShot(0, &app, [&] {
        const QString secret = qEnvironmentVariable("HELPDESK_KEYCHAIN_TEST_SECRET");
        auto written = await(store.write(key, secret), 20'000);
        auto read = await(store.read(key), 20'000);
        std::printf("write=%d read=%d\n", code(written), code(read));
        if (written && !written->ok())
            std::printf("message=%s\n", qPrintable(written->error().message));
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripWithTheSecretService()
    {
        HELPDESK_REQUIRE_SERVICE(test::hasSessionBus(), test::SessionBusMissing);
        KeychainSecretStore store;
        QVERIFY(store.isEncrypted());
        QVERIFY(store.isPersistent());
        const QString key =
            "helpdesk-test/" + QString::number(QRandomGenerator::system()->generate(), 16);
        const QString secret = randomSecret();

        auto written = await(store.write(key, secret));
        QVERIFY2(written.has_value(), "the keychain did not answer");
        QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().toString()));
        auto read = await(store.read(key));
        QVERIFY(read.has_value() && read->ok());
        QVERIFY(read->value() == secret); // not QCOMPARE: never print the secret

        const QString second = randomSecret();
        QVERIFY(await(store.write(key, second))->ok());
        QVERIFY(await(store.read(key))->value() == second);

        QVERIFY(await(store.remove(key))->ok());
        auto gone = await(store.read(key));
        QVERIFY(gone.has_value() && !gone->ok());
        QCOMPARE(gone->error().code, Error::Code::NotFound);
        QVERIFY(await(store.remove(key))->ok()); // removing twice is fine
    }

    void unavailableKeychainIsReported()
    {
        const QString secret = randomSecret();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kChildEnv, "1");
        env.insert("HELPDESK_KEYCHAIN_TEST_SECRET", secret);
        env.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/helpdesk-test-bus");
        env.remove("DBUS_STARTER_ADDRESS");
        // Without a display, D-Bus must not try to autolaunch a bus of its own.
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(!out.contains(secret) && !err.contains(secret), "the secret was printed");
        const QString expected = QString("write=%1 read=%1").arg(int(Error::Code::Unavailable));
        QVERIFY2(out.contains(expected), qPrintable(out + err));
        QVERIFY2(out.contains("No keychain is available"), qPrintable(out));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
