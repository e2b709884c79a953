// MemorySecretStore (the session-only fallback) and how keychain errors map onto Error codes.
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace helpdesk;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        MemorySecretStore store;
        QVERIFY(!store.isEncrypted());
        QVERIFY(!store.isPersistent());
        const QString secret = "s3cret-" + QString::number(QRandomGenerator::system()->generate());
        auto missing = store.read("smtp/a@b").result();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!missing.error().message.contains(secret));

        QVERIFY(store.write("smtp/a@b", secret).result().ok());
        auto read = store.read("smtp/a@b").result();
        QVERIFY(read.ok());
        QVERIFY(read.value() == secret); // not QCOMPARE: a failure must not print the secret
        QVERIFY(store.write("smtp/a@b", "other").result().ok());
        QVERIFY(store.read("smtp/a@b").result().value() == "other");
        QVERIFY(store.remove("smtp/a@b").result().ok());
        QVERIFY(store.remove("smtp/a@b").result().ok());
        QVERIFY(!store.contains("smtp/a@b"));
    }

    void smtpKey()
    {
        QCOMPARE(SecretStore::smtpPasswordKey(" agent@example.org ", "Mail.Example.ORG"),
                 QString("smtp/agent@example.org@mail.example.org"));
    }

    void keychainErrorMapping_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<int>("code");
        QTest::newRow("not found") << int(QKeychain::EntryNotFound) << int(Error::Code::NotFound);
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << int(Error::Code::Unavailable);
        QTest::newRow("other") << int(QKeychain::OtherError) << int(Error::Code::Unavailable);
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << int(Error::Code::Unavailable);
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << int(Error::Code::PermissionDenied);
        QTest::newRow("denied") << int(QKeychain::AccessDenied)
                                << int(Error::Code::PermissionDenied);
        QTest::newRow("delete failed")
            << int(QKeychain::CouldNotDeleteEntry) << int(Error::Code::Unknown);
    }
    void keychainErrorMapping()
    {
        QFETCH(int, keychainError);
        QFETCH(int, code);
        const Error e = KeychainSecretStore::errorFor(keychainError, "detail", "smtp/a@b",
                                                      KeychainSecretStore::Operation::Read);
        QCOMPARE(int(e.code), code);
        QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
