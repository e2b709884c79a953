#pragma once
// What the UI asks of the staff directory, on the DbWorker: everyone (for pickers and for naming
// people on the timeline) and one member by login (who "me" is).

#include "common/Result.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <optional>

namespace helpdesk {

class DbWorker;

class StaffService : public QObject
{
    Q_OBJECT
public:
    explicit StaffService(DbWorker *worker, QObject *parent = nullptr);

    // Every staff member, active or not.
    QFuture<Result<QList<Staff>>> all();
    // The member with this login; empty when there is none (or the login is empty).
    QFuture<std::optional<Staff>> byLogin(const QString &login);

private:
    DbWorker *m_worker;
};

} // namespace helpdesk
