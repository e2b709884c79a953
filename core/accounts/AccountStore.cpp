#include "accounts/AccountStore.h"

#include "db/Database.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QSet>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountStore", text);
}

const QString kColumns = QStringLiteral(
    "id, email, display_name, status, lock_reason, locked_by, locked_at, lock_kind, mfa_enabled, "
    "mfa_method, email_verified, phone, failed_login_count, last_login_at, created_at, "
    "updated_at, notices_opt_out");

const QString kEventColumns =
    QStringLiteral("id, account_id, at, success, ip, user_agent, device, browser, country, city");

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.email = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.status = AccountStatuses::fromKey(q.value(3).toString()).value_or(AccountStatus::Inactive);
    a.lockReason = q.value(4).toString();
    a.lockedBy = q.value(5).toString();
    a.lockedAt = fromEpochMs(q.value(6));
    a.lockKind = q.value(7).toString();
    a.mfaEnabled = q.value(8).toBool();
    a.mfaMethod = q.value(9).toString();
    a.emailVerified = q.value(10).toBool();
    a.phone = q.value(11).toString();
    a.failedLoginCount = q.value(12).toInt();
    a.lastLoginAt = fromEpochMs(q.value(13));
    a.createdAt = fromEpochMs(q.value(14));
    a.updatedAt = fromEpochMs(q.value(15));
    a.noticesOptOut = q.value(16).toBool();
    return a;
}

LoginEvent readEventRow(const QSqlQuery &q)
{
    LoginEvent e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.at = fromEpochMs(q.value(2));
    e.success = q.value(3).toBool();
    e.ip = q.value(4).toString();
    e.userAgent = q.value(5).toString();
    e.device = q.value(6).toString();
    e.browser = q.value(7).toString();
    e.country = q.value(8).toString();
    e.city = q.value(9).toString();
    return e;
}

// Escapes LIKE's wildcards so that the text matches literally (escape character: backslash).
QString likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullTime()
{
    return QVariant(QMetaType::fromType<qint64>());
}
} // namespace

const QString &AccountStore::loginEventColumns()
{
    return kEventColumns;
}

LoginEvent AccountStore::loginEventFrom(const QSqlQuery &query)
{
    return readEventRow(query);
}

Result<QList<Account>> AccountStore::query(const QString &where, const QVariantList &values,
                                           const QString &tail)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT ") + kColumns +
                                             QStringLiteral(" FROM accounts WHERE ") + where + tail,
                                         values));
    QList<Account> list;
    while (q.next())
        list.append(readAccount(q));
    q.finish();
    return list;
}

Result<Account> AccountStore::account(qint64 id)
{
    HD_TRY_ASSIGN(auto list, query(QStringLiteral("id = ?"), {QVariant::fromValue(id)}));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Customer account %1 does not exist (any more).").arg(id));
    return list.constFirst();
}

Result<Account> AccountStore::accountForUpdate(qint64 id)
{
    const bool pg = Database::dialect(m_db) == Dialect::PostgreSQL;
    HD_TRY_ASSIGN(auto list, query(QStringLiteral("id = ?"), {QVariant::fromValue(id)},
                                   pg ? QStringLiteral(" FOR UPDATE") : QString()));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Customer account %1 does not exist (any more).").arg(id));
    return list.constFirst();
}

Result<Account> AccountStore::byEmail(const QString &email)
{
    const QString address = email.trimmed();
    HD_TRY_ASSIGN(auto list, query(QStringLiteral("lower(email) = lower(?)"), {address}));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("No customer account has the email address %1.").arg(address));
    return list.constFirst();
}

Result<QList<Account>> AccountStore::search(const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return QList<Account>();
    const bool pg = Database::dialect(m_db) == Dialect::PostgreSQL;
    const QString lowered = needle.toLower();
    const QString prefix = likeLiteral(pg ? lowered : needle) + u'%';
    // SQLite's LIKE ignores ASCII case and uses the NOCASE indexes; PostgreSQL matches the
    // lowercased columns against the text_pattern_ops indexes.
    const QString email = pg ? QStringLiteral("lower(email)") : QStringLiteral("email");
    const QString name =
        pg ? QStringLiteral("lower(display_name)") : QStringLiteral("display_name");
    HD_TRY_ASSIGN(auto first,
                  query(email + QStringLiteral(" LIKE ? ESCAPE '\\' OR ") + name +
                            QStringLiteral(" LIKE ? ESCAPE '\\'"),
                        {prefix, prefix, lowered, limit},
                        QStringLiteral(" ORDER BY CASE WHEN lower(email) = ? THEN 0 ELSE 1 END, "
                                       "display_name, email LIMIT ?")));
    QList<Account> found = first;
    if (found.size() >= limit)
        return found;

    // Then the text anywhere in the address or name (a scan, bounded by the limit).
    QSet<qint64> seen;
    for (const Account &a : std::as_const(found))
        seen.insert(a.id);
    const QString anywhere = u'%' + likeLiteral(lowered) + u'%';
    HD_TRY_ASSIGN(auto more,
                  query(QStringLiteral("(lower(email) LIKE ? ESCAPE '\\' OR lower(display_name) "
                                       "LIKE ? ESCAPE '\\')"),
                        {anywhere, anywhere, limit + int(found.size())},
                        QStringLiteral(" ORDER BY display_name, email LIMIT ?")));
    for (const Account &a : more) {
        if (found.size() >= limit)
            break;
        if (!seen.contains(a.id))
            found.append(a);
    }
    return found;
}

Result<int> AccountStore::failedSignInsSince(qint64 accountId, qint64 sinceMs)
{
    HD_TRY_ASSIGN(
        auto v,
        Database::scalar(m_db,
                         QStringLiteral("SELECT COUNT(*) FROM login_events WHERE account_id "
                                        "= ? AND at >= ? AND success = ?"),
                         {QVariant::fromValue(accountId), QVariant::fromValue(sinceMs), false}));
    return v.toInt();
}

Result<LoginEventPage> AccountStore::loginEvents(qint64 accountId, std::optional<LoginCursor> after,
                                                 int limit)
{
    limit = std::clamp(limit, 1, 1000);
    QString sql = QStringLiteral("SELECT ") + kEventColumns +
                  QStringLiteral(" FROM login_events WHERE account_id = ?");
    QVariantList values{QVariant::fromValue(accountId)};
    if (after) {
        sql += QStringLiteral(" AND (at < ? OR (at = ? AND id < ?))");
        values << QVariant::fromValue(after->at) << QVariant::fromValue(after->at)
               << QVariant::fromValue(after->id);
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    values << limit + 1; // one more tells whether there is a next page
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    LoginEventPage page;
    while (q.next())
        page.events.append(readEventRow(q));
    q.finish();
    if (page.events.size() > limit) {
        page.events.removeLast();
        const LoginEvent &last = page.events.constLast();
        page.next = LoginCursor{last.at.toMSecsSinceEpoch(), last.id};
    }
    return page;
}

Result<QList<LoginEvent>> AccountStore::loginEventsSince(qint64 accountId, qint64 sinceMs)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(m_db,
                               QStringLiteral("SELECT ") + kEventColumns +
                                   QStringLiteral(" FROM login_events WHERE account_id = ? AND at "
                                                  ">= ? ORDER BY at, id"),
                               {QVariant::fromValue(accountId), QVariant::fromValue(sinceMs)}));
    QList<LoginEvent> list;
    while (q.next())
        list.append(readEventRow(q));
    q.finish();
    return list;
}

Result<QList<DeviceSummary>> AccountStore::devices(qint64 accountId, int limit)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("SELECT COALESCE(device, ''), COALESCE(browser, ''), MIN(at), MAX(at), "
                           "COUNT(*), SUM(CASE WHEN success THEN 1 ELSE 0 END) FROM login_events "
                           "WHERE account_id = ? GROUP BY COALESCE(device, ''), COALESCE(browser, "
                           "'') ORDER BY MAX(at) DESC LIMIT ?"),
            {QVariant::fromValue(accountId), limit}));
    QList<DeviceSummary> list;
    while (q.next()) {
        DeviceSummary d;
        d.device = q.value(0).toString();
        d.browser = q.value(1).toString();
        d.firstSeen = fromEpochMs(q.value(2));
        d.lastSeen = fromEpochMs(q.value(3));
        d.signIns = q.value(4).toInt();
        d.successes = q.value(5).toInt();
        list.append(d);
    }
    q.finish();
    // Where each device was last seen: one indexed look-up per device (a handful).
    for (DeviceSummary &d : list) {
        HD_TRY_ASSIGN(auto country,
                      Database::scalar(
                          m_db,
                          QStringLiteral(
                              "SELECT COALESCE(country, '') FROM login_events WHERE account_id = ? "
                              "AND COALESCE(device, '') = ? AND COALESCE(browser, '') = ? AND at = "
                              "? ORDER BY id DESC LIMIT 1"),
                          {QVariant::fromValue(accountId), d.device, d.browser,
                           QVariant::fromValue(d.lastSeen.toMSecsSinceEpoch())}));
        d.lastCountry = country.toString();
    }
    return list;
}

Result<QList<AccountChange>> AccountStore::changes(qint64 accountId, int limit)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(
                      m_db,
                      QStringLiteral(
                          "SELECT a.id, a.at, a.staff_id, a.actor, COALESCE(s.display_name, ''), "
                          "a.action, a.details FROM audit_log a LEFT JOIN staff s ON s.id = "
                          "a.staff_id WHERE a.entity_type = 'account' AND a.entity_id = ? ORDER BY "
                          "a.at DESC, a.id DESC LIMIT ?"),
                      {QVariant::fromValue(accountId), limit}));
    QList<AccountChange> list;
    while (q.next()) {
        AccountChange c;
        c.id = q.value(0).toLongLong();
        c.at = fromEpochMs(q.value(1));
        if (!q.value(2).isNull())
            c.staffId = q.value(2).toLongLong();
        c.actor = q.value(3).toString();
        c.staffName = q.value(4).toString();
        c.action = q.value(5).toString();
        c.details = q.value(6).toString();
        list.append(c);
    }
    q.finish();
    return list;
}

Result<bool> AccountStore::setLocked(qint64 id, AccountStatus expected, const QString &reason,
                                     const QString &lockedBy, LockCause cause, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral(
                "UPDATE accounts SET status = 'locked', lock_reason = ?, locked_by = ?, "
                "locked_at = ?, lock_kind = ?, updated_at = ? WHERE id = ? AND status = ?"),
            {reason, lockedBy, QVariant::fromValue(nowMs),
             cause == LockCause::None ? nullText() : QVariant(LockCauses::key(cause)),
             QVariant::fromValue(nowMs), QVariant::fromValue(id), AccountStatuses::key(expected)}));
    return q.numRowsAffected() == 1;
}

Result<bool> AccountStore::setUnlocked(qint64 id, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("UPDATE accounts SET status = 'active', lock_reason = ?, locked_by = ?, "
                           "locked_at = ?, lock_kind = ?, failed_login_count = 0, updated_at = ? "
                           "WHERE id = ? AND status = 'locked'"),
            {nullText(), nullText(), nullTime(), nullText(), QVariant::fromValue(nowMs),
             QVariant::fromValue(id)}));
    return q.numRowsAffected() == 1;
}

Result<bool> AccountStore::setEmailVerified(qint64 id, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("UPDATE accounts SET email_verified = ?, updated_at = ? "
                                      "WHERE id = ? AND email_verified = ?"),
                       {true, QVariant::fromValue(nowMs), QVariant::fromValue(id), false}));
    return q.numRowsAffected() == 1;
}

} // namespace helpdesk
