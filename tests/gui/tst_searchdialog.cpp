// Search Tickets from the main window, on both dialects: typing finds tickets by words in their
// subject and timeline with the matches marked, a lone operator gives a hint instead of an
// error, and Enter opens the chosen ticket in the detail panel.

#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "search/SearchDialog.h"
#include "ticket/TicketDetailView.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {
constexpr int TimeoutMs = 30000;
}

class TestSearchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }
    void searchAndOpen_data() { test::addDialectRows(); }
    void searchAndOpen();
    void operatorsAloneGiveAHint_data() { test::addDialectRows(); }
    void operatorsAloneGiveAHint();

private:
    QTemporaryDir m_settingsDir;
};

void TestSearchDialog::searchAndOpen()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    const qint64 agent = test::addStaff(db, QStringLiteral("sam"), QStringLiteral("Sam Agent"));
    test::TicketRow row;
    row.subject = QStringLiteral("Password reset email never arrives");
    const qint64 reset = test::addTicket(db, row);
    row.subject = QStringLiteral("Locked out after travelling");
    const qint64 locked = test::addTicket(db, row);
    test::addEvent(db, locked, row.createdAt + 1000, QStringLiteral("note"),
                   QStringLiteral("Customer signed in from Lisbon, then the account locked."),
                   agent);
    row.subject = QStringLiteral("Invoice question");
    test::addTicket(db, row);

    const auto opened = test::openSession(tdb.settings(), {});
    AppSession &session = *opened;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(test::trigger(&window, QStringLiteral("list.search")));
    auto *dialog = test::child<SearchDialog>(&window, QStringLiteral("searchDialog"));
    QSignalSpy finished(dialog, &SearchDialog::searchFinished);
    // Typed, not set: the debounce and the prefix rule are part of what the agent sees.
    auto *box = dialog->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
    QVERIFY(box);
    QTest::keyClicks(box, QStringLiteral("lisb"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, TimeoutMs);
    QCOMPARE(dialog->resultCount(), 1);
    QCOMPARE(dialog->ticketAt(0), locked);
    QVERIFY2(dialog->snippetAt(0).contains(QStringLiteral("‹Lisbon›")),
             qPrintable(dialog->snippetAt(0)));

    finished.clear();
    dialog->setQueryText(QStringLiteral("password reset"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, TimeoutMs);
    QCOMPARE(dialog->resultCount(), 1);
    QCOMPARE(dialog->ticketAt(0), reset);
    QVERIFY(dialog->snippetAt(0).contains(QStringLiteral("‹Password› ‹reset›")));

    finished.clear();
    dialog->setQueryText(QStringLiteral("\"reset password\""));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, TimeoutMs);
    QCOMPARE(dialog->resultCount(), 0); // a quoted phrase keeps its word order
    QVERIFY(dialog->statusText().contains(QStringLiteral("No ticket matches")));

    finished.clear();
    dialog->setQueryText(QStringLiteral("password"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, TimeoutMs);
    QCOMPARE(dialog->resultCount(), 1);
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (dialect == QLatin1String("sqlite") && !sourceDir.isEmpty())
        QVERIFY(dialog->grab().save(sourceDir + QStringLiteral("/docs/screenshots/search.png")));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(test::ticketDetail(&window)->ticketId(), reset, TimeoutMs);
    QVERIFY(!dialog->isVisible());
}

void TestSearchDialog::operatorsAloneGiveAHint()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    test::addTicket(tdb.db(), {});
    const auto opened = test::openSession(tdb.settings(), {});
    AppSession &session = *opened;
    SearchDialog dialog(session.tickets());
    QSignalSpy finished(&dialog, &SearchDialog::searchFinished);
    for (const QString &text : {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("OR"),
                                QStringLiteral("-"), QStringLiteral("()")}) {
        finished.clear();
        dialog.setQueryText(text);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, TimeoutMs);
        QCOMPARE(dialog.resultCount(), 0);
        QVERIFY2(!dialog.statusText().isEmpty(), qPrintable(text));
        QVERIFY2(!dialog.statusText().contains(QStringLiteral("SQL"), Qt::CaseInsensitive),
                 qPrintable(dialog.statusText()));
    }
}

QTEST_MAIN(TestSearchDialog)
#include "tst_searchdialog.moc"
