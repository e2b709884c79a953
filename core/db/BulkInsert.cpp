#include "db/BulkInsert.h"

#include "db/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace helpdesk {

BulkInsert::BulkInsert(QSqlDatabase &db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerStatement(rowsPerStatement > 0
                             ? rowsPerStatement
                             : defaultRowsPerStatement(Database::dialect(db), m_columns.size()))
{
    Q_ASSERT(!m_columns.isEmpty());
    m_values.reserve(std::size_t(m_rowsPerStatement * m_columns.size() * 2));
}

int BulkInsert::defaultRowsPerStatement(Dialect dialect, qsizetype columns)
{
    const int n = int(std::max<qsizetype>(1, columns));
    if (dialect == Dialect::PostgreSQL)
        return std::max(1, 4000 / n);
    return std::max(1, 128 / n);
}

Result<void> BulkInsert::flush()
{
    const qsizetype columns = m_columns.size();
    if (qsizetype(m_values.size()) % columns != 0)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("BulkInsert",
                                                       "Could not write to %1: the last row has "
                                                       "%2 of its %3 values.")
                               .arg(m_table)
                               .arg(qsizetype(m_values.size()) % columns)
                               .arg(columns));
    const qsizetype rows = pendingRows();
    for (qsizetype row = 0; row < rows;) {
        const int n = int(std::min<qsizetype>(m_rowsPerStatement, rows - row));
        auto statement = prepared(n);
        if (!statement)
            return statement.error();
        QSqlQuery &q = *statement.value();
        const std::size_t base = std::size_t(row * columns);
        const int count = int(n * columns);
        for (int i = 0; i < count; ++i)
            q.bindValue(i, m_values[base + std::size_t(i)]);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("INSERT INTO ") + m_table);
        row += n;
    }
    m_values.clear();
    return {};
}

Result<QSqlQuery *> BulkInsert::prepared(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return it->second.get();
    QString tuple = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        tuple += QStringLiteral(",?");
    tuple += u')';
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u',';
        sql += tuple;
    }
    auto q = std::make_unique<QSqlQuery>(m_db);
    if (!q->prepare(sql))
        return Database::queryError(*q, QStringLiteral("INSERT INTO ") + m_table);
    QSqlQuery *raw = q.get();
    m_statements.emplace(rows, std::move(q));
    return raw;
}

} // namespace helpdesk
