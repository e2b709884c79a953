// BulkInsert on both dialects: rows written in chunks of multi-row statements with bound values
// (NULLs included), into the caller's transaction; incomplete rows and failing statements are
// errors that name the table.
#include "TestDatabase.h"
#include "db/BulkInsert.h"
#include "db/Database.h"

#include <QSqlRecord>
#include <QtTest>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {

const QStringList kColumns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n"),
                              QStringLiteral("flag")};

void createTable(QSqlDatabase &db)
{
    auto made = Database::exec(db, QStringLiteral("CREATE TABLE bulk_test (id INTEGER PRIMARY "
                                                  "KEY, name TEXT, n BIGINT, flag BOOLEAN)"));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
}

void addRow(BulkInsert &insert, qint64 id, const QVariant &name, const QVariant &n, bool flag)
{
    insert.add(QVariant::fromValue(id));
    insert.add(name);
    insert.add(n);
    insert.add(flag);
}

QStringList rows(QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT id, name, n, flag FROM bulk_test ORDER BY "
                                               "id"));
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    QStringList out;
    while (q.value().next()) {
        QStringList cells;
        for (int c = 0; c < 3; ++c)
            cells << (q.value().isNull(c) ? QStringLiteral("NULL") : q.value().value(c).toString());
        cells << (q.value().value(3).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        out << cells.join(u'|');
    }
    return out;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT
private slots:
    void defaultRowsPerStatement()
    {
        // Enough rows to save round trips, far below each dialect's bound-value limit.
        for (int columns : {1, 6, 18, 200}) {
            const int sqlite = BulkInsert::defaultRowsPerStatement(Dialect::SQLite, columns);
            const int pg = BulkInsert::defaultRowsPerStatement(Dialect::PostgreSQL, columns);
            QVERIFY(sqlite >= 1 && sqlite * columns <= std::max(columns, 128));
            QVERIFY(pg >= 1 && pg * columns <= std::max(columns, 4000));
            QVERIFY(pg >= sqlite);
        }
        QCOMPARE(BulkInsert::defaultRowsPerStatement(Dialect::PostgreSQL, 18), 222);
        QCOMPARE(BulkInsert::defaultRowsPerStatement(Dialect::SQLite, 18), 7);
    }

    void writesInChunks_data() { test::addDialectRows(); }
    void writesInChunks()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        createTable(db);

        BulkInsert insert(db, QStringLiteral("bulk_test"), kColumns, 3);
        QCOMPARE(insert.rowsPerStatement(), 3);
        QCOMPARE(insert.table(), QStringLiteral("bulk_test"));
        QVERIFY(insert.flush().ok()); // nothing waiting is fine
        QStringList expected;
        for (qint64 id = 1; id <= 10; ++id) {
            // Every third row has NULLs; texts with quotes and non-Latin letters stay as they are.
            const bool nulls = id % 3 == 0;
            const QString name = QStringLiteral("O'Brien – Zoë №%1").arg(id);
            addRow(insert, id, nulls ? nullText() : QVariant(name),
                   nulls ? QVariant(QMetaType::fromType<qint64>())
                         : QVariant(id * 1'000'000'000'000),
                   id % 2 == 0);
            expected << QStringLiteral("%1|%2|%3|%4")
                            .arg(id)
                            .arg(nulls ? QStringLiteral("NULL") : name)
                            .arg(nulls ? QStringLiteral("NULL")
                                       : QString::number(id * 1'000'000'000'000))
                            .arg(id % 2 == 0 ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(insert.pendingRows(), id);
            QCOMPARE(insert.statementFull(), id >= 3);
        }
        // 10 rows: three statements of 3 and one of 1.
        auto flushed = insert.flush();
        QVERIFY2(flushed.ok(), qPrintable(flushed.ok() ? QString() : flushed.error().toString()));
        QCOMPARE(insert.pendingRows(), 0);
        QCOMPARE(rows(db), expected);

        // The prepared statements are reused for the next rows.
        addRow(insert, 11, QStringLiteral("eleven"), 11, true);
        addRow(insert, 12, QStringLiteral("twelve"), 12, false);
        QVERIFY(insert.flush().ok());
        QCOMPARE(rows(db).size(), 12);
        QCOMPARE(rows(db).constLast(), QStringLiteral("12|twelve|12|false"));
    }

    void usesTheCallersTransaction_data() { test::addDialectRows(); }
    void usesTheCallersTransaction()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        createTable(db);
        BulkInsert insert(db, QStringLiteral("bulk_test"), kColumns);
        QCOMPARE(insert.rowsPerStatement(),
                 BulkInsert::defaultRowsPerStatement(Database::dialect(db), kColumns.size()));
        {
            Transaction tx(db);
            QVERIFY(tx.begin().ok());
            addRow(insert, 1, QStringLiteral("rolled back"), 1, true);
            QVERIFY(insert.flush().ok());
            QCOMPARE(rows(db).size(), 1);
        } // no commit
        QCOMPARE(rows(db).size(), 0);

        // Discarded rows are never written.
        addRow(insert, 2, QStringLiteral("discarded"), 2, true);
        insert.discard();
        QCOMPARE(insert.pendingRows(), 0);
        QVERIFY(insert.flush().ok());
        QCOMPARE(rows(db).size(), 0);
    }

    void refusesAnIncompleteRow_data() { test::addDialectRows(); }
    void refusesAnIncompleteRow()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        createTable(db);
        BulkInsert insert(db, QStringLiteral("bulk_test"), kColumns, 2);
        addRow(insert, 1, QStringLiteral("complete"), 1, true);
        insert.add(QVariant::fromValue(qint64(2))); // one value of four
        QCOMPARE(insert.pendingRows(), 1);
        auto flushed = insert.flush();
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.error().code, Error::Code::InvalidInput);
        QVERIFY2(flushed.error().message.contains(QLatin1String("bulk_test")),
                 qPrintable(flushed.error().message));
        QVERIFY2(flushed.error().message.contains(QLatin1String("1 of its 4 values")),
                 qPrintable(flushed.error().message));
        QCOMPARE(rows(db).size(), 0);
    }

    void reportsAFailingStatement_data() { test::addDialectRows(); }
    void reportsAFailingStatement()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        createTable(db);
        BulkInsert insert(db, QStringLiteral("bulk_test"), kColumns, 4);
        addRow(insert, 1, QStringLiteral("first"), 1, true);
        addRow(insert, 1, QStringLiteral("same id"), 2, false);
        auto flushed = insert.flush();
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.error().code, Error::Code::DatabaseQuery);
        QVERIFY2(flushed.error().detail.contains(QLatin1String("INSERT INTO bulk_test")),
                 qPrintable(flushed.error().toString()));
        QCOMPARE(rows(db).size(), 0);

        // A table that does not exist fails when the statement is prepared.
        BulkInsert missing(db, QStringLiteral("no_such_table"), kColumns, 4);
        addRow(missing, 1, QStringLiteral("x"), 1, true);
        auto none = missing.flush();
        QVERIFY(!none.ok());
        QVERIFY2(none.error().detail.contains(QLatin1String("INSERT INTO no_such_table")),
                 qPrintable(none.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
