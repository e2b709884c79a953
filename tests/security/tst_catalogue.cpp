// The catalogue rules of the shared deployment, checked on a freshly migrated PostgreSQL: a new
// migration that breaks one fails the test run. In the schemas public and helpdesk (extension
// members aside):
//   - every SECURITY DEFINER function pins search_path to pg_catalog, pg_temp;
//   - no function or procedure is executable by PUBLIC;
//   - no table, view or sequence is owned by a role that can log in (all are helpdesk_owner's);
//   - every table with policies has row-level security enabled and forced.
// And migrating is safe when the cluster-wide roles exist already, also for two databases at once.
#include "SecurityFixture.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QtConcurrent>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
const QString kOurs = QStringLiteral(
    "n.nspname IN ('public', 'helpdesk') AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE "
    "d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e')");

QStringList names(QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    auto q = Database::exec(db, sql);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}
} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
    }
    void cleanupTestCase() { f.reset(); }

    void definerFunctionsPinSearchPath()
    {
        const QStringList unpinned =
            names(f->admin(), QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN "
                                             "pg_namespace n ON n.oid = p.pronamespace WHERE ") +
                                  kOurs +
                                  QStringLiteral(" AND p.prosecdef AND NOT COALESCE("
                                                 "'search_path=pg_catalog, pg_temp' = ANY "
                                                 "(p.proconfig), false)"));
        QVERIFY2(unpinned.isEmpty(), qPrintable(unpinned.join(", ")));
        // There are definer functions to check at all.
        QVERIFY(f->scalar("SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                          "p.pronamespace WHERE n.nspname = 'helpdesk' AND p.prosecdef")
                    .toInt() > 5);
    }

    void noFunctionIsPublic()
    {
        const QStringList open = names(
            f->admin(),
            QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
                           "ON n.oid = p.pronamespace WHERE ") +
                kOurs +
                QStringLiteral(" AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode("
                               "p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = "
                               "'EXECUTE'))"));
        QVERIFY2(open.isEmpty(), qPrintable(open.join(", ")));
    }

    void nothingIsOwnedByALogin()
    {
        const QStringList owned =
            names(f->admin(),
                  QStringLiteral("SELECT c.oid::regclass::text || ' (' || r.rolname || ')' FROM "
                                 "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN "
                                 "pg_roles r ON r.oid = c.relowner WHERE n.nspname IN ('public', "
                                 "'helpdesk') AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND "
                                 "(r.rolcanlogin OR r.rolname <> 'helpdesk_owner')"));
        QVERIFY2(owned.isEmpty(), qPrintable(owned.join(", ")));
        const QStringList functions = names(
            f->admin(), QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN "
                                       "pg_namespace n ON n.oid = p.pronamespace WHERE ") +
                            kOurs + QStringLiteral(" AND p.proowner <> 'helpdesk_owner'::regrole"));
        QVERIFY2(functions.isEmpty(), qPrintable(functions.join(", ")));
        QVERIFY(!f->scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'helpdesk_owner'")
                     .toBool());
    }

    void policiesAreEnforced()
    {
        const QStringList loose =
            names(f->admin(), QStringLiteral("SELECT DISTINCT c.oid::regclass::text FROM "
                                             "pg_policy p JOIN pg_class c ON c.oid = p.polrelid "
                                             "WHERE NOT (c.relrowsecurity AND "
                                             "c.relforcerowsecurity)"));
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(", ")));
        QVERIFY(f->scalar("SELECT COUNT(*) FROM pg_policy").toInt() > 0);
    }

    // The group roles are the cluster's, made by whichever database migrated first.
    void migratingAgainAndAtOnce()
    {
        TestDatabase a(QStringLiteral("postgresql"));
        TestDatabase b(QStringLiteral("postgresql"));
        QVERIFY(a.isAvailable() && b.isAvailable());
        auto migrate = [](TestDatabase *tdb) {
            const QString name = tdb->settings().databaseName + QStringLiteral("_concurrent");
            QString outcome;
            {
                auto db = Database::open(tdb->settings(), name);
                if (!db) {
                    outcome = db.error().toString();
                } else {
                    auto m = Migrator::migrate(db.value());
                    outcome = m ? QString() : m.error().toString();
                }
            }
            Database::close(name);
            return outcome;
        };
        auto fa = QtConcurrent::run(migrate, &a);
        auto fb = QtConcurrent::run(migrate, &b);
        QCOMPARE(fa.result(), QString());
        QCOMPARE(fb.result(), QString());
        QCOMPARE(Migrator::currentVersion(a.db()).value(),
                 Migrator::latestVersion(Dialect::PostgreSQL));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
