#pragma once
// MemorySecretStore: secrets held in this process only, never written anywhere. For tests, and
// for the session-only fallback when no keychain is available (the user types the password
// once per session).

#include "secrets/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace helpdesk {

class MemorySecretStore : public SecretStore
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override;

    bool isEncrypted() const override { return false; }
    bool isPersistent() const override { return false; }
    QString description() const override;

    QFuture<Result<QString>> read(const QString &key) override;
    QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    QFuture<Result<void>> remove(const QString &key) override;

    // Synchronous forms (the futures above are always already finished).
    Result<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &secret);
    bool contains(const QString &key) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

} // namespace helpdesk
