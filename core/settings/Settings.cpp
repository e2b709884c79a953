#include "settings/Settings.h"

#include "db/Database.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Settings", text);
}

Error badValue(const QString &key, const QString &value, const QString &expected)
{
    return Error::make(Error::Code::InvalidInput,
                       tr("The setting %1 holds \"%2\", which is not %3. Correct it in the "
                          "settings, or reset it to its default.")
                           .arg(key, value.left(40), expected));
}
} // namespace

Result<std::optional<QString>> Settings::raw(const QString &key)
{
    auto q =
        Database::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

Result<void> Settings::setRaw(const QString &key, const QString &value)
{
    auto q = Database::exec(m_db,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                           "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {key, value.isNull() ? QStringLiteral("") : value});
    if (!q)
        return q.error();
    return {};
}

Result<void> Settings::reset(const QString &key)
{
    auto q = Database::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return {};
}

Result<QHash<QString, QString>> Settings::all(const QString &prefix)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        if (key.startsWith(prefix))
            out.insert(key, q.value().value(1).toString());
    }
    return out;
}

Result<QString> Settings::get(const SettingKey<QString> &key)
{
    auto stored = raw(key.key);
    if (!stored)
        return stored.error();
    return stored.value() ? *stored.value() : key.defaultValue;
}

Result<int> Settings::get(const SettingKey<int> &key)
{
    auto stored = raw(key.key);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return key.defaultValue;
    bool ok = false;
    const int n = stored.value()->trimmed().toInt(&ok);
    if (!ok)
        return badValue(key.key, *stored.value(), tr("a whole number"));
    return n;
}

Result<bool> Settings::get(const SettingKey<bool> &key)
{
    auto stored = raw(key.key);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return key.defaultValue;
    const QString v = stored.value()->trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return badValue(key.key, *stored.value(), tr("true or false"));
}

Result<void> Settings::set(const SettingKey<QString> &key, const QString &value)
{
    return setRaw(key.key, value);
}

Result<void> Settings::set(const SettingKey<int> &key, int value)
{
    return setRaw(key.key, QString::number(value));
}

Result<void> Settings::set(const SettingKey<bool> &key, bool value)
{
    return setRaw(key.key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace helpdesk
