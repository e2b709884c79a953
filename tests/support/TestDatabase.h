#pragma once
// A throwaway database for one test: a temporary SQLite file, or a fresh database on the
// PostgreSQL server that tests/run.sh started (HELPDESK_TEST_PG_URL, e.g.
// postgresql://postgres@127.0.0.1:54329/postgres). Dropped again when the object goes.

#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace helpdesk::test {

class TestDatabase
{
public:
    // dialect: "sqlite" or "postgresql".
    explicit TestDatabase(const QString &dialect);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // False when PostgreSQL was asked for but no server is configured; skipReason() says why.
    // With HELPDESK_REQUIRE_PG=1 (set by tests/run.sh) a missing server is a failure instead.
    bool isAvailable() const { return m_available; }
    QString skipReason() const { return m_skipReason; }

    const ConnectionSettings &settings() const { return m_settings; }
    QString url() const { return m_settings.displayUrl(); }

    // A connection on the calling thread, opened and migrated on first use.
    QSqlDatabase &db();
    // Another connection to the same database (for races between two "clients").
    QSqlDatabase openSecondConnection();
    // Closes this process's connections (db() opens again), e.g. so that other processes are
    // the only users of an SQLite file for a while.
    void closeConnections();

    static bool pgRequired();
    static QString pgAdminUrl();

private:
    ConnectionSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_connectionName;
    QStringList m_extraConnections;
    QString m_pgDatabase;
    QSqlDatabase m_db;
    bool m_available = true;
    QString m_skipReason;
};

// Use at the top of a data-driven test whose data has a "dialect" column.
#define HELPDESK_REQUIRE_DB(tdb)                                                                   \
    do {                                                                                           \
        if (!(tdb).isAvailable()) {                                                                \
            if (helpdesk::test::TestDatabase::pgRequired())                                        \
                QFAIL(qPrintable((tdb).skipReason()));                                             \
            QSKIP(qPrintable((tdb).skipReason()));                                                 \
        }                                                                                          \
    } while (false)

// Adds the rows "sqlite" and "postgresql" to a _data() function.
void addDialectRows();

} // namespace helpdesk::test
