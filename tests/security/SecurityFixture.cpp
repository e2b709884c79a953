#include "SecurityFixture.h"

#include "db/Database.h"
#include "mail/TemplateStore.h"
#include "staff/StaffStore.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace helpdesk::test {

namespace {
const QList<std::pair<QString, QString>> kTeam = {
    {QStringLiteral("agent"), QStringLiteral("agent")},
    {QStringLiteral("agent2"), QStringLiteral("agent")},
    {QStringLiteral("lead"), QStringLiteral("lead")},
    {QStringLiteral("lead2"), QStringLiteral("lead")},
    {QStringLiteral("admin"), QStringLiteral("admin")}};
} // namespace

bool tryExec(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok && error)
        *error = q.lastError().nativeErrorCode() + u' ' + q.lastError().databaseText();
    return ok;
}

SecurityFixture::SecurityFixture() : m_tdb(QStringLiteral("postgresql"))
{
    if (!m_tdb.isAvailable())
        return;
    m_prefix = m_tdb.settings().databaseName;
    QSqlDatabase &db = m_tdb.db();
    // What `helpdesk-admin migrate` does after the schema: the shipped templates.
    if (auto seeded = TemplateStore(db).seedMissing(QDateTime::currentMSecsSinceEpoch()); !seeded)
        qFatal("cannot seed the templates: %s", qPrintable(seeded.error().toString()));
    for (const auto &[who, role] : kTeam) {
        const QString name = who.at(0).toUpper() + who.mid(1);
        QString error;
        if (!tryExec(db, QStringLiteral("SELECT helpdesk.staff_add(?, ?, ?, ?, NULL)"),
                     {login(who), name, login(who) + QStringLiteral("@support.example.com"), role},
                     &error))
            qFatal("cannot add the %s login: %s", qPrintable(who), qPrintable(error));
        m_staff.insert(who, StaffStore(db).byLogin(login(who)).value());
    }
    QString error;
    if (!tryExec(db,
                 QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE helpdesk_mailer")
                     .arg(login(QStringLiteral("mailer"))),
                 {}, &error))
        qFatal("cannot add the mailer login: %s", qPrintable(error));
}

SecurityFixture::~SecurityFixture()
{
    if (!m_tdb.isAvailable())
        return;
    m_dbs.clear();
    for (const QString &name : std::as_const(m_connections))
        Database::close(name);
    QStringList logins = m_extraLogins;
    for (const auto &[who, role] : kTeam)
        logins << login(who);
    logins << login(QStringLiteral("mailer"));
    QSqlDatabase &db = m_tdb.db();
    for (const QString &l : std::as_const(logins)) {
        QString error;
        tryExec(db,
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                               "usename = ?"),
                {l});
        if (!tryExec(db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(l), {}, &error))
            qWarning("could not drop the test login %s: %s", qPrintable(l), qPrintable(error));
    }
}

const Staff &SecurityFixture::staff(const QString &who) const
{
    const auto it = m_staff.constFind(who);
    if (it == m_staff.constEnd())
        qFatal("no staff member \"%s\" in the fixture", qPrintable(who));
    return *it;
}

ConnectionSettings SecurityFixture::settingsFor(const QString &loginName) const
{
    ConnectionSettings s = m_tdb.settings();
    s.user = loginName;
    return s;
}

QSqlDatabase &SecurityFixture::open(const QString &who, const QString &loginName)
{
    auto it = m_dbs.find(who);
    if (it != m_dbs.end() && it->isOpen())
        return *it;
    const QString name = QStringLiteral("security_%1_%2").arg(m_prefix, who);
    auto opened = Database::open(settingsFor(loginName), name);
    if (!opened)
        qFatal("cannot connect as %s: %s", qPrintable(loginName),
               qPrintable(opened.error().toString()));
    m_connections.insert(who, name);
    return *m_dbs.insert(who, opened.value());
}

QSqlDatabase &SecurityFixture::as(const QString &who)
{
    return open(who, login(who));
}

QSqlDatabase &SecurityFixture::mailer()
{
    return open(QStringLiteral("mailer"), login(QStringLiteral("mailer")));
}

QVariant SecurityFixture::scalar(const QString &sql, const QVariantList &values)
{
    auto v = Database::scalar(admin(), sql, values);
    if (!v)
        qFatal("%s: %s", qPrintable(sql), qPrintable(v.error().toString()));
    return v.value();
}

QString SecurityFixture::fingerprint(const QString &table)
{
    // Table names come from the tests themselves, never from data.
    return scalar(QStringLiteral("SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), "
                                 "'')) FROM %1 t")
                      .arg(table))
        .toString();
}

} // namespace helpdesk::test
