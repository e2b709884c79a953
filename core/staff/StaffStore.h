#pragma once
// The SQL behind the staff directory.

#include "common/Result.h"
#include "staff/Staff.h"

#include <QList>
#include <QSqlDatabase>

namespace helpdesk {

class StaffStore
{
public:
    explicit StaffStore(QSqlDatabase &db) : m_db(db) {}

    Result<QList<Staff>> all();
    Result<Staff> byLogin(const QString &login);
    Result<qint64> insert(const Staff &staff);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
