#include "AccountFixtures.h"

#include "db/Database.h"
#include "mail/MailSettings.h"
#include "settings/Settings.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

namespace helpdesk::test {

namespace {
qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q.value().next())
        qFatal("fixture insert failed: %s", q ? "no row" : qPrintable(q.error().toString()));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

AccountRow accountRow(const QString &email, const QString &name)
{
    AccountRow r;
    r.email = email;
    r.name = name;
    return r;
}

qint64 addAccount(QSqlDatabase &db, const AccountRow &r)
{
    const bool locked =
        r.status == QLatin1String("locked") || r.status == QLatin1String("suspended");
    return insert(
        db,
        QStringLiteral("INSERT INTO accounts (email, display_name, status, lock_reason, locked_by, "
                       "locked_at, lock_kind, mfa_enabled, mfa_method, email_verified, phone, "
                       "failed_login_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?)"),
        {r.email, r.name, r.status, textOrNull(r.lockReason), textOrNull(r.lockedBy),
         locked ? QVariant::fromValue(kT0 - kHourMs) : QVariant(QMetaType::fromType<qint64>()),
         textOrNull(r.lockKind), r.mfa, textOrNull(r.mfaMethod), r.emailVerified,
         textOrNull(r.phone), r.failedLoginCount, QVariant::fromValue(r.createdAt),
         QVariant::fromValue(r.createdAt)});
}

qint64 addLogin(QSqlDatabase &db, qint64 accountId, qint64 at, bool success, const QString &device,
                const QString &browser, const QString &country, const QString &city)
{
    return insert(db,
                  QStringLiteral("INSERT INTO login_events (account_id, at, success, ip, "
                                 "user_agent, device, browser, country, city) VALUES (?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?)"),
                  {QVariant::fromValue(accountId), QVariant::fromValue(at), success,
                   QStringLiteral("192.0.2.10"), QStringLiteral("Mozilla/5.0"), device, browser,
                   textOrNull(country), textOrNull(city)});
}

Staff addStaffMember(QSqlDatabase &db, const QString &login, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = login.section(u'.', 0, 0);
    s.displayName[0] = s.displayName[0].toUpper();
    s.role = role;
    s.signature = s.displayName + QStringLiteral("\nAccount support");
    s.id = insert(db,
                  QStringLiteral("INSERT INTO staff (login, display_name, email, role, signature) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {login, s.displayName, login + QStringLiteral("@support.example.com"),
                   StaffRoles::key(role), s.signature});
    return s;
}

qint64 addAccountTicket(QSqlDatabase &db, qint64 accountId, const QString &email)
{
    return insert(db,
                  QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, "
                                 "account_id, category, priority, status, channel, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, 'login', 1, 'open', 'email', "
                                 "?, ?)"),
                  {QStringLiteral("Cannot sign in"), email, QStringLiteral("Pat Doe"),
                   QVariant::fromValue(accountId), QVariant::fromValue(kT0 - kDayMs),
                   QVariant::fromValue(kT0 - kDayMs)});
}

void configureMail(QSqlDatabase &db, quint16 port, const QString &user)
{
    Settings settings(db);
    MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = port;
    mail.user = user;
    mail.fromAddress = QStringLiteral("helpdesk@example.org");
    mail.fromName = QStringLiteral("Example Support");
    mail.messageIdDomain = QStringLiteral("helpdesk.example.org");
    auto saved = mail.save(settings);
    if (!saved)
        qFatal("mail settings: %s", qPrintable(saved.error().toString()));
}

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QString text(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto v = Database::scalar(db, sql, values);
    return v ? v.value().toString() : QString();
}

QString tokenIn(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral("/(?:reset|activate)\\?token=([A-Za-z0-9_-]+)"));
    const auto m = link.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList allText(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        qFatal("cannot read %s", qPrintable(table));
    while (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i)
            out << q.value(i).toString();
    }
    return out;
}

} // namespace helpdesk::test
