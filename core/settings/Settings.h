#pragma once
// Settings: typed values with defaults over the shared `settings` table (key -> text). Shared by
// every client of a database and never secret: passwords go to the SecretStore instead.
// Synchronous on the connection it is given (run it on the DbWorker from the GUI).

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helpdesk {

// A setting's key and the value it has when the table holds none.
template <typename T> struct SettingKey
{
    QString key;
    T defaultValue;
};

class Settings
{
public:
    explicit Settings(QSqlDatabase &db) : m_db(db) {}

    Result<QString> get(const SettingKey<QString> &key);
    Result<int> get(const SettingKey<int> &key);
    Result<bool> get(const SettingKey<bool> &key);

    Result<void> set(const SettingKey<QString> &key, const QString &value);
    Result<void> set(const SettingKey<int> &key, int value);
    Result<void> set(const SettingKey<bool> &key, bool value);

    // Back to the default.
    Result<void> reset(const QString &key);

    // The stored text, nullopt when the key has no row.
    Result<std::optional<QString>> raw(const QString &key);
    Result<void> setRaw(const QString &key, const QString &value);
    // Every stored key that starts with prefix (e.g. "smtp/").
    Result<QHash<QString, QString>> all(const QString &prefix = {});

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
