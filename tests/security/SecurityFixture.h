#pragma once
// One migrated PostgreSQL test database with a real database login per staff role (an agent, a
// second agent, two leads, an admin) and the mailer, each a connection of its own: what a
// shared deployment looks like to its staff. Login roles are cluster-wide, so their names start
// with the test database's name; they are dropped again with the fixture.

#include "TestDatabase.h"
#include "staff/Staff.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

namespace helpdesk::test {

class SecurityFixture
{
public:
    SecurityFixture();
    ~SecurityFixture();
    SecurityFixture(const SecurityFixture &) = delete;
    SecurityFixture &operator=(const SecurityFixture &) = delete;

    bool isAvailable() const { return m_tdb.isAvailable(); }
    QString skipReason() const { return m_tdb.skipReason(); }

    // The superuser connection that migrated the database (the "database admin").
    QSqlDatabase &admin() { return m_tdb.db(); }
    TestDatabase &database() { return m_tdb; }

    // "agent", "agent2", "lead", "lead2", "admin": the staff member and a connection as them.
    const Staff &staff(const QString &who) const;
    QSqlDatabase &as(const QString &who);
    // A login in helpdesk_mailer (no staff member).
    QSqlDatabase &mailer();
    QString login(const QString &who) const { return m_prefix + u'_' + who; }
    // Connection settings for a login (no password: the test cluster trusts loopback).
    ConnectionSettings settingsFor(const QString &login) const;

    // A login made by the test itself (dropped with the fixture).
    void forgetLoginLater(const QString &login) { m_extraLogins.append(login); }

    // One value by the admin connection; fails the test on error.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // A fingerprint of a whole table's rows (md5 of them in id order), to show nothing changed.
    QString fingerprint(const QString &table);

private:
    QSqlDatabase &open(const QString &who, const QString &login);

    TestDatabase m_tdb;
    QString m_prefix;
    QHash<QString, Staff> m_staff;
    QHash<QString, QString> m_connections;
    QHash<QString, QSqlDatabase> m_dbs;
    QStringList m_extraLogins;
};

// Runs one statement on a connection: true when it succeeded; the error text in *error.
bool tryExec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
             QString *error = nullptr);

} // namespace helpdesk::test
