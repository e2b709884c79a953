// The sign-in history model of the account panel, on both dialects: it passes
// QAbstractItemModelTester while pages arrive, loads newest first a page at a time through
// fetchMore (also when a view scrolls to its end), adds newer sign-ins on refresh without
// dropping loaded pages, starts over when more arrived than a page, and marks flagged events.

#include "TestDatabase.h"
#include "TestSession.h"
#include "accounts/AccountService.h"
#include "accounts/LoginEventModel.h"
#include "app/AppSession.h"
#include "db/Database.h"
#include "db/DbWorker.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {

constexpr int TimeoutMs = 30000;
constexpr qint64 T0 = 1'750'000'000'000;
constexpr qint64 Minute = 60'000;

qint64 insertId(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q.value().next())
        qFatal("test insert failed: %s", q ? "no row" : qPrintable(q.error().toString()));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

qint64 addAccount(QSqlDatabase &db, const QString &email)
{
    return insertId(db,
                    QStringLiteral("INSERT INTO accounts (email, display_name, status, "
                                   "created_at, updated_at) VALUES (?, ?, 'active', ?, ?)"),
                    {email, QStringLiteral("Pat Doe"), T0 - 1000 * Minute, T0 - 1000 * Minute});
}

// Sign-in number i at T0 + i minutes: every fourth one failed; the device and place vary.
qint64 addLogin(QSqlDatabase &db, qint64 accountId, int i)
{
    const bool success = i % 4 != 0;
    return insertId(
        db,
        QStringLiteral("INSERT INTO login_events (account_id, at, success, ip, user_agent, "
                       "device, browser, country, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {accountId, T0 + i * Minute, success, QStringLiteral("192.0.2.%1").arg(i % 250),
         QStringLiteral("Mozilla/5.0"),
         i % 2 ? QStringLiteral("Windows laptop") : QStringLiteral("Android phone"),
         i % 2 ? QStringLiteral("Firefox") : QStringLiteral("Chrome"),
         i % 3 ? QStringLiteral("Germany") : QString(),
         i % 3 ? QStringLiteral("Berlin") : QString()});
}

} // namespace

class TestAccountLoginModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesNewestFirst_data() { test::addDialectRows(); }
    void pagesNewestFirst();
    void passesModelTester_data() { test::addDialectRows(); }
    void passesModelTester();
    void viewFetchesWhenScrolled_data() { test::addDialectRows(); }
    void viewFetchesWhenScrolled();
};

void TestAccountLoginModel::pagesNewestFirst()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    const qint64 account = addAccount(db, QStringLiteral("pat@example.com"));
    const qint64 other = addAccount(db, QStringLiteral("sam@example.com"));
    QList<qint64> ids; // ids[i]: sign-in number i
    for (int i = 0; i < 130; ++i)
        ids.append(addLogin(db, account, i));
    for (int i = 0; i < 5; ++i)
        addLogin(db, other, 500 + i); // newer, but someone else's

    const auto opened = test::openSession(tdb.settings(), {});
    AppSession &session = *opened;
    LoginEventModel model(session.accounts());
    model.setPageSize(50);
    QSignalSpy pages(&model, &LoginEventModel::pageLoaded);

    QVERIFY(!model.canFetchMore({}));
    model.setAccount(account);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // not while the first page is on its way
    QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 1, TimeoutMs);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), int(LoginEventModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0))); // a table: no children
    // Newest first: sign-in 129 on top.
    QCOMPARE(model.index(0, 0).data(LoginEventModel::EventIdRole).toLongLong(), ids.at(129));
    QCOMPARE(model.index(49, 0).data(LoginEventModel::EventIdRole).toLongLong(), ids.at(80));
    QCOMPARE(model.index(1, LoginEventModel::Outcome).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(0, LoginEventModel::Outcome).data().toString(), QStringLiteral("Success"));
    QCOMPARE(model.index(0, LoginEventModel::Device).data().toString(),
             QStringLiteral("Windows laptop"));
    QCOMPARE(model.index(0, LoginEventModel::Browser).data().toString(), QStringLiteral("Firefox"));
    QCOMPARE(model.index(0, LoginEventModel::Ip).data().toString(), QStringLiteral("192.0.2.129"));
    QCOMPARE(model.index(1, LoginEventModel::Location).data().toString(),
             QStringLiteral("Berlin, Germany"));
    // Sign-in 129 has no location.
    QCOMPARE(model.index(0, LoginEventModel::Location).data().toString(),
             QStringLiteral("Unknown"));
    QCOMPARE(model.headerData(LoginEventModel::Ip, Qt::Horizontal).toString(),
             QStringLiteral("IP address"));

    // fetchMore loads the next, older page; the last one ends the history.
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(pages.count(), 2, TimeoutMs);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(50, 0).data(LoginEventModel::EventIdRole).toLongLong(), ids.at(79));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 130, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    if (model.canFetchMore({})) { // the store may not know a full page was the last
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    }
    QCOMPARE(model.rowCount(), 130);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < 130; ++row)
        QCOMPARE(model.index(row, 0).data(LoginEventModel::EventIdRole).toLongLong(),
                 ids.at(129 - row));

    session.worker()->drain();
}

void TestAccountLoginModel::passesModelTester()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    const qint64 account = addAccount(db, QStringLiteral("pat@example.com"));
    const qint64 other = addAccount(db, QStringLiteral("sam@example.com"));
    QList<qint64> ids;
    for (int i = 0; i < 130; ++i)
        ids.append(addLogin(db, account, i));
    for (int i = 0; i < 5; ++i)
        addLogin(db, other, 500 + i);

    const auto opened = test::openSession(tdb.settings(), {});
    AppSession &session = *opened;
    LoginEventModel model(session.accounts());
    model.setPageSize(50);
    // The tester checks every change and calls fetchMore() itself after each one, so the whole
    // history arrives page by page while it watches.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &LoginEventModel::pageLoaded);
    model.setAccount(account);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), TimeoutMs);
    QVERIFY(pages.count() >= 3);
    QCOMPARE(model.rowCount(), 130);
    for (int row = 0; row < 130; ++row)
        QCOMPARE(model.index(row, 0).data(LoginEventModel::EventIdRole).toLongLong(),
                 ids.at(129 - row));

    // Flags mark their events.
    model.setFlaggedEvents({ids.at(129), ids.at(0)});
    QVERIFY(model.index(0, 3).data(LoginEventModel::FlaggedRole).toBool());
    QVERIFY(model.index(129, 0).data(LoginEventModel::FlaggedRole).toBool());
    QVERIFY(!model.index(1, 0).data(LoginEventModel::FlaggedRole).toBool());
    QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Flagged")));

    // Newer sign-ins arrive: refresh puts them on top and keeps every loaded row.
    for (int i = 130; i < 133; ++i)
        ids.append(addLogin(db, account, i));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 133, TimeoutMs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(0, 0).data(LoginEventModel::EventIdRole).toLongLong(), ids.at(132));
    QCOMPARE(model.index(3, 0).data(LoginEventModel::EventIdRole).toLongLong(), ids.at(129));
    // Nothing new: nothing changes.
    inserted.clear();
    model.refresh();
    QTest::qWait(200);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 133);

    // More new sign-ins than a page: the rows between are unknown, so it starts over.
    for (int i = 133; i < 200; ++i)
        ids.append(addLogin(db, account, i));
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, TimeoutMs);
    // (The tester fetches the older pages again.)
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), TimeoutMs);
    QCOMPARE(model.rowCount(), 200);
    for (int row = 0; row < 200; ++row)
        QCOMPARE(model.index(row, 0).data(LoginEventModel::EventIdRole).toLongLong(),
                 ids.at(199 - row));

    // Another account: a fresh start; none: empty.
    model.setAccount(other);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    QVERIFY(model.isComplete());
    model.setAccount(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    session.worker()->drain();
}

void TestAccountLoginModel::viewFetchesWhenScrolled()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    const qint64 account = addAccount(tdb.db(), QStringLiteral("pat@example.com"));
    for (int i = 0; i < 90; ++i)
        addLogin(tdb.db(), account, i);

    const auto opened = test::openSession(tdb.settings(), {});
    AppSession &session = *opened;
    LoginEventModel model(session.accounts());
    model.setPageSize(30);
    QTableView view;
    view.resize(600, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setAccount(account);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, TimeoutMs);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 30); // nothing more until the agent scrolls
    // Scrolling to the end asks for the next page, and again.
    view.scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    view.scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 90, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    view.scrollToBottom();
    QTest::qWait(200);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), TimeoutMs);
    QCOMPARE(model.rowCount(), 90);
    QVERIFY(model.isComplete());
    session.worker()->drain();
}

QTEST_MAIN(TestAccountLoginModel)
#include "tst_accountloginmodel.moc"
