#pragma once
// BulkInsert: buffers rows for one table and writes them as prepared multi-row INSERTs with
// bound values, one statement per chunk of rows, each chunk size prepared once and reused.

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <memory>
#include <vector>

namespace helpdesk {

class BulkInsert
{
public:
    // rowsPerStatement <= 0 takes defaultRowsPerStatement() for the connection's dialect. The
    // rows go into the caller's transaction; BulkInsert neither begins nor commits one.
    BulkInsert(QSqlDatabase &db, QString table, QStringList columns, int rowsPerStatement = 0);
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // PostgreSQL: a few hundred rows per round trip. SQLite has no round trips; small
    // multi-row statements still save per-statement overhead. Both stay far below the
    // dialects' limits on bound values per statement.
    static int defaultRowsPerStatement(Dialect dialect, qsizetype columns);

    const QString &table() const { return m_table; }
    int rowsPerStatement() const { return m_rowsPerStatement; }

    // The next value of the row being added, in column order.
    void add(QVariant value) { m_values.push_back(std::move(value)); }
    // Complete rows waiting for flush().
    qsizetype pendingRows() const { return qsizetype(m_values.size()) / m_columns.size(); }
    // True once a whole statement's worth of rows waits: a good moment to flush().
    bool statementFull() const { return pendingRows() >= m_rowsPerStatement; }
    // Drops what waits (e.g. before a rollback).
    void discard() { m_values.clear(); }

    // Writes everything that waits and empties the buffer. An error names the table; a row
    // left incomplete (fewer values than columns) is refused and nothing is written.
    Result<void> flush();

private:
    Result<QSqlQuery *> prepared(int rows);

    QSqlDatabase &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    std::vector<QVariant> m_values;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace helpdesk
