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
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> Settings::setRaw(const QString &key, const QString &value)
{
    HD_TRY(Database::exec(m_db,
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                         "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value.isNull() ? QStringLiteral("") : value}));
    return {};
}

Result<void> Settings::reset(const QString &key)
{
    HD_TRY(Database::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}));
    return {};
}

Result<QHash<QString, QString>> Settings::all(const QString &prefix)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, QStringLiteral("SELECT key, value FROM settings")));
    QHash<QString, QString> out;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key.startsWith(prefix))
            out.insert(key, q.value(1).toString());
    }
    return out;
}

Result<QString> Settings::get(const SettingKey<QString> &key)
{
    HD_TRY_ASSIGN(auto stored, raw(key.key));
    return stored ? *stored : key.defaultValue;
}

Result<int> Settings::get(const SettingKey<int> &key)
{
    HD_TRY_ASSIGN(auto stored, raw(key.key));
    if (!stored)
        return key.defaultValue;
    bool ok = false;
    const int n = stored->trimmed().toInt(&ok);
    if (!ok)
        return badValue(key.key, *stored, tr("a whole number"));
    return n;
}

Result<bool> Settings::get(const SettingKey<bool> &key)
{
    HD_TRY_ASSIGN(auto stored, raw(key.key));
    if (!stored)
        return key.defaultValue;
    const QString v = stored->trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return badValue(key.key, *stored, tr("true or false"));
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
