#pragma once
// Opening a connection (SQLite or PostgreSQL) with the right pragmas, and small SQL helpers
// that turn driver errors into user-readable Errors. Every value reaching SQL is bound.

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace helpdesk {

class Database
{
public:
    // Opens (creating the SQLite file if needed) a connection registered under connectionName
    // in the calling thread. Refuses files that are not SQLite databases, never overwriting them.
    static Result<QSqlDatabase> open(const ConnectionSettings &settings,
                                     const QString &connectionName);
    static void close(const QString &connectionName);

    static Dialect dialect(const QSqlDatabase &db);

    // Prepares and runs sql with positional bound values.
    static Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql,
                                  const QVariantList &values = {});
    // Runs sql and returns the first column of the first row (or an invalid QVariant).
    static Result<QVariant> scalar(QSqlDatabase &db, const QString &sql,
                                   const QVariantList &values = {});

    // The Error for a failed statement: a lost connection, a timeout, a busy or damaged
    // database each get their own message. Counts the failures made on this thread.
    static Error queryError(const QSqlQuery &query, const QString &what);
    // How many statements failed on the calling thread so far (the DbWorker checks its
    // connection after a job in which one did).
    static quint64 failureCount();
    // How many statements ran on the calling thread so far (DbWorker sums them per job, so a
    // client's cost of a change can be counted).
    static quint64 statementCount();
    static QString lostConnectionMessage();
};

// RAII transaction: rolls back unless commit() succeeded. Write transactions take the SQLite
// write lock up front (BEGIN IMMEDIATE) so two writers never deadlock on a lock upgrade.
class Transaction
{
public:
    enum class Mode { Read, Write };
    explicit Transaction(QSqlDatabase &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    Mode m_mode;
    bool m_active = false;
};

} // namespace helpdesk
