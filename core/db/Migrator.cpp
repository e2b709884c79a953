#include "db/Migrator.h"

#include "common/Logging.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Migrator", text);
}

QString withoutLeadingComments(const QString &statement)
{
    QString rest = statement.trimmed();
    while (rest.startsWith(QLatin1String("--"))) {
        const auto newline = rest.indexOf(u'\n');
        rest = newline < 0 ? QString() : rest.mid(newline + 1).trimmed();
    }
    return rest;
}

QString dialectFolder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}
} // namespace

QList<Migrator::Migration> Migrator::available(Dialect dialect)
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/helpdesk/migrations/") + dialectFolder(dialect));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion(Dialect dialect)
{
    const auto all = available(dialect);
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    HD_TRY_ASSIGN(auto v,
                  Database::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")));
    return v.isNull() ? 0 : v.toInt();
}

Result<int> Migrator::migrate(QSqlDatabase &db)
{
    const Dialect dialect = Database::dialect(db);
    const auto migrations = available(dialect);
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;

    HD_TRY_ASSIGN(auto current, currentVersion(db));
    if (current > latest)
        return Error::make(Error::Code::SchemaTooNew,
                           tr("This database was written by a newer version of Helpdesk "
                              "(schema %1; this version knows up to %2). Update Helpdesk, or "
                              "open another database.")
                               .arg(current)
                               .arg(latest));
    if (current == latest) {
        // Up to date unless an earlier version is missing (a branch merged out of order).
        HD_TRY_ASSIGN(auto applied,
                      Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        if (applied.toInt() >= migrations.size())
            return latest;
    }

    if (dialect == Dialect::PostgreSQL && current > 0) {
        // A staff login of a shared deployment cannot change the schema; say who can.
        HD_TRY_ASSIGN(const QVariant mayCreate,
                      Database::scalar(db, QStringLiteral("SELECT has_schema_privilege('public', "
                                                          "'CREATE')")));
        if (!mayCreate.toBool())
            return Error::make(Error::Code::PermissionDenied,
                               tr("This database needs an update (schema %1 to %2) that only its "
                                  "administrator can make. Ask them to run \"helpdesk-admin "
                                  "migrate\", then start Helpdesk again.")
                                   .arg(current)
                                   .arg(latest));
    }
    if (dialect == Dialect::SQLite) {
        // The one-time schema bootstrap; later versions add tables by new migrations.
        HD_TRY(Database::exec(
            db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                               "PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")));
    } else {
        HD_TRY(Database::exec(
            db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                               "PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")));
    }

    bool appliedAny = false;
    for (const Migration &m : migrations) {
        Transaction tx(db, Transaction::Mode::Write);
        if (Result<void> st = tx.begin(); !st)
            return st.error();
        if (dialect == Dialect::PostgreSQL) {
            // A schema step on a large database (an index over a million tickets) may take
            // longer than an interactive statement is allowed to.
            for (const char *sql :
                 {"SET LOCAL statement_timeout = 0", "SET LOCAL lock_timeout = 0"})
                HD_TRY(Database::exec(db, QString::fromLatin1(sql)));
            // Two clients migrating a shared server at once: the second waits, then skips.
            HD_TRY(Database::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7311)")));
        }
        HD_TRY_ASSIGN(auto already,
                      Database::scalar(
                          db,
                          QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"),
                          {m.version}));
        if (already.toInt() > 0)
            continue;
        for (const QString &statement : splitStatements(m.sql)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                Error e = Database::queryError(q, QStringLiteral("migration %1").arg(m.version));
                e.message = tr("Updating the database schema to version %1 (%2) failed; nothing "
                               "of that step was applied.")
                                .arg(m.version)
                                .arg(m.name);
                return e;
            }
        }
        HD_TRY(Database::exec(
            db,
            QStringLiteral(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
            {m.version, m.name, QDateTime::currentMSecsSinceEpoch()}));
        if (Result<void> st = tx.commit(); !st)
            return st.error();
        qCInfo(lcDb) << "applied migration" << m.version << m.name;
        appliedAny = true;
    }
    if (appliedAny && dialect == Dialect::PostgreSQL) {
        // The shared deployment's owner role takes what a later migration created (0010).
        HD_TRY_ASSIGN(
            const QVariant adopt,
            Database::scalar(db, QStringLiteral("SELECT to_regprocedure("
                                                "'helpdesk.adopt_objects()') IS NOT NULL")));
        if (adopt.toBool())
            HD_TRY(Database::exec(db, QStringLiteral("CALL helpdesk.adopt_objects()")));
    }
    return latest;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inSingle = false;
    bool inLineComment = false;
    bool inDollar = false;
    int triggerDepth = 0;
    const int n = int(sql.size());
    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            out.append(s);
        current.clear();
    };
    auto wordAt = [&](int i, QLatin1String word) {
        if (i > 0 && (sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == u'_'))
            return false;
        if (sql.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const int end = i + int(word.size());
        return end >= n || !(sql.at(end).isLetterOrNumber() || sql.at(end) == u'_');
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (inLineComment) {
            if (c == u'\n')
                inLineComment = false;
            current += c;
            continue;
        }
        if (inSingle) {
            current += c;
            if (c == u'\'')
                inSingle = false;
            continue;
        }
        if (inDollar) {
            current += c;
            if (c == u'$' && i + 1 < n && sql.at(i + 1) == u'$') {
                current += sql.at(++i);
                inDollar = false;
            }
            continue;
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            inLineComment = true;
            current += c;
            continue;
        }
        if (c == u'\'') {
            inSingle = true;
            current += c;
            continue;
        }
        if (c == u'$' && i + 1 < n && sql.at(i + 1) == u'$') {
            inDollar = true;
            current += c;
            current += sql.at(++i);
            continue;
        }
        // An SQLite trigger body (CREATE TRIGGER ... BEGIN ...; END) holds semicolons.
        if (triggerDepth == 0 && wordAt(i, QLatin1String("BEGIN")) &&
            withoutLeadingComments(current).startsWith(QLatin1String("CREATE"),
                                                       Qt::CaseInsensitive) &&
            current.contains(QLatin1String("TRIGGER"), Qt::CaseInsensitive))
            triggerDepth = 1;
        if (triggerDepth > 0 && wordAt(i, QLatin1String("END"))) {
            current += sql.mid(i, 3);
            i += 2;
            triggerDepth = 0;
            continue;
        }
        if (c == u';' && triggerDepth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    // Drop pieces that are only comments.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const QString &s) {
                                 const auto lines = s.split(u'\n');
                                 return std::all_of(
                                     lines.begin(), lines.end(), [](const QString &l) {
                                         const QString t = l.trimmed();
                                         return t.isEmpty() || t.startsWith(QLatin1String("--"));
                                     });
                             }),
              out.end());
    return out;
}

} // namespace helpdesk
