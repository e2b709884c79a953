#pragma once
// Small, explicit rows for the account tests: accounts in any state, sign-ins, staff with a
// role, a ticket linked to an account, mail settings, and reading tokens back out of mail.

#include "staff/Staff.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace helpdesk::test {

constexpr qint64 kT0 = 1'760'000'000'000; // a fixed "now" for the account tests
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

struct AccountRow
{
    QString email = QStringLiteral("pat@example.com");
    QString name = QStringLiteral("Pat Doe");
    QString status = QStringLiteral("active");
    QString lockReason;
    QString lockedBy;
    QString lockKind; // "", "failed_sign_ins", "security"
    int failedLoginCount = 0;
    bool emailVerified = false;
    QString phone;
    bool mfa = false;
    QString mfaMethod;
    qint64 createdAt = kT0 - 400 * kDayMs;
};

AccountRow accountRow(const QString &email, const QString &name);
qint64 addAccount(QSqlDatabase &db, const AccountRow &row);
qint64 addLogin(QSqlDatabase &db, qint64 accountId, qint64 at, bool success,
                const QString &device = QStringLiteral("Windows laptop"),
                const QString &browser = QStringLiteral("Chrome"),
                const QString &country = QStringLiteral("Germany"),
                const QString &city = QStringLiteral("Berlin"));
Staff addStaffMember(QSqlDatabase &db, const QString &login, StaffRole role);
// A ticket from the account's owner, linked to the account.
qint64 addAccountTicket(QSqlDatabase &db, qint64 accountId, const QString &email);
// A relay on localhost:port (nothing needs to listen for tests that only queue), with a sender
// and a Message-ID domain.
void configureMail(QSqlDatabase &db, quint16 port = 2525, const QString &user = {});

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
QString text(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The token in a link <portal>/(reset|activate)?token=... inside text; empty when none.
QString tokenIn(const QString &text);
// Every text value of every row of a table, for "the token is nowhere in it" checks.
QStringList allText(QSqlDatabase &db, const QString &table);

} // namespace helpdesk::test
