#pragma once
// KeychainSecretStore: secrets in the operating system's keychain through QtKeychain (the
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows), under the service
// name "Helpdesk". No plaintext fallback: when no keychain is usable the calls fail with
// Error::Code::Unavailable and the app falls back to a session-only MemorySecretStore.
// Jobs run on the calling thread's event loop.

#include "secrets/SecretStore.h"

namespace helpdesk {

class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Helpdesk"));

    bool isEncrypted() const override { return true; }
    bool isPersistent() const override { return true; }
    QString description() const override;

    QFuture<Result<QString>> read(const QString &key) override;
    QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    QFuture<Result<void>> remove(const QString &key) override;

    enum class Operation { Read, Write, Remove };
    // QKeychain::Error (as int, to keep QtKeychain out of this header) -> Error. NoBackend and
    // OtherError mean "no keychain here" (Unavailable): on Linux an unreachable D-Bus or Secret
    // Service comes back as OtherError.
    static Error errorFor(int keychainError, const QString &detail, const QString &key,
                          Operation operation);

private:
    QString m_service;
};

} // namespace helpdesk
