#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionSettings", text);
}

QString appDataFile(const QString &fileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(fileName);
}
} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString &rawUrl)
{
    const QString text = rawUrl.trimmed();
    if (text.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The database URL is empty."));

    ConnectionSettings s;
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("The SQLite URL has no file path. Use sqlite:///full/path.db."));
        s.dialect = Dialect::SQLite;
        s.sqlitePath = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
        return s;
    }
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::make(
                Error::Code::InvalidInput,
                tr("The PostgreSQL URL is not valid. Use postgresql://user@host:port/dbname."));
        if (!url.password().isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("Do not put the password in the database URL. Helpdesk keeps "
                                  "it in the system keychain and asks for it when needed."));
        s.dialect = Dialect::PostgreSQL;
        s.host = url.host();
        s.port = url.port(5432);
        s.user = url.userName();
        s.databaseName = url.path().mid(1);
        if (s.databaseName.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("The PostgreSQL URL names no database. Add /dbname at the end."));
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
                return Error::make(Error::Code::InvalidInput,
                                   tr("Do not put a password in the database URL. Helpdesk keeps "
                                      "it in the system keychain and asks for it when needed."));
            if (!supportedOptions().contains(key))
                return Error::make(Error::Code::InvalidInput,
                                   tr("The database URL option \"%1\" is not supported. Use %2.")
                                       .arg(key, supportedOptions().join(QStringLiteral(", "))));
            if (key == QLatin1String("sslmode") &&
                !QStringList{QStringLiteral("disable"), QStringLiteral("allow"),
                             QStringLiteral("prefer"), QStringLiteral("require"),
                             QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
                     .contains(value))
                return Error::make(
                    Error::Code::InvalidInput,
                    tr("sslmode=%1 is not a TLS mode. Use verify-full (recommended), "
                       "verify-ca, require, prefer, allow or disable.")
                        .arg(value));
            // QPSQL separates options with ';', so a value cannot hold one.
            if (value.isEmpty() || value.contains(QChar(0)) || value.contains(u'\n') ||
                value.contains(u';'))
                return Error::make(
                    Error::Code::InvalidInput,
                    tr("The database URL option \"%1\" has no usable value.").arg(key));
            s.options.append({key, value});
        }
        return s;
    }
    if (text.contains(QLatin1String("://")))
        return Error::make(Error::Code::InvalidInput,
                           tr("Unknown database URL scheme. Use sqlite:///path.db or "
                              "postgresql://user@host:port/dbname."));
    // A plain path means an SQLite file.
    s.dialect = Dialect::SQLite;
    s.sqlitePath = QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
    return s;
}

ConnectionSettings ConnectionSettings::embeddedDefault()
{
    ConnectionSettings s;
    s.sqlitePath = appDataFile(QStringLiteral("helpdesk.db"));
    s.createFolder = true;
    return s;
}

ConnectionSettings ConnectionSettings::demo()
{
    ConnectionSettings s;
    s.sqlitePath = appDataFile(QStringLiteral("helpdesk-demo.db"));
    s.createFolder = true;
    return s;
}

const QStringList &ConnectionSettings::supportedOptions()
{
    static const QStringList keys{
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives_idle"),  QStringLiteral("gssencmode"),
    };
    return keys;
}

QString ConnectionSettings::libpqOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        quoted.replace(u'\'', QStringLiteral("\\'"));
        parts.append(key + QStringLiteral("='") + quoted + u'\'');
    }
    return parts.join(u';');
}

QString ConnectionSettings::displayUrl() const
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("sqlite://") + QDir::fromNativeSeparators(sqlitePath);
    QString userPart = user.isEmpty() ? QString() : user + u'@';
    QString url =
        QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, host).arg(port).arg(databaseName);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(key, value);
        url += u'?' + query.toString(QUrl::FullyEncoded);
    }
    return url;
}

QString ConnectionSettings::keychainKey() const
{
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace helpdesk
