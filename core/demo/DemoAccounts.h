#pragma once
// DemoAccounts: the demo's customer accounts with their sign-in history (every status, locks
// that match the sign-ins before them), written into the caller's transaction.

#include "common/Result.h"
#include "demo/DemoWorld.h"

#include <QSet>
#include <QSqlDatabase>

namespace helpdesk {

class BulkInsert;

class DemoAccounts
{
public:
    explicit DemoAccounts(DemoWorld &world) : m_world(world) {}

    // Writes `count` accounts with ids from firstId on, and their sign-ins; they also go into
    // the world's accounts and account pool for the tickets to come. Needs the staff.
    Result<void> seed(QSqlDatabase &db, qint64 firstId, qint64 count);
    qint64 loginEvents() const { return m_loginEvents; }

private:
    struct SignInOutcome
    {
        qint64 lockedAt = 0;
        qint64 lastLoginAt = 0;
        int failedCount = 0;
        QString lockedBy;
    };
    SignInOutcome generateLogins(const DemoAccount &account, BulkInsert &logins);
    QString uniqueEmail(const QString &first, const QString &last);

    DemoWorld &m_world;
    QSet<QString> m_emails;
    qint64 m_loginEvents = 0;
};

} // namespace helpdesk
