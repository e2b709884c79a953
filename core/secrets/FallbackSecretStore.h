#pragma once
// FallbackSecretStore: the OS keychain while there is one; once it answers "unavailable" (no
// Secret Service, no backend), secrets are kept for this session only, in memory, and never
// written anywhere. isPersistent() turns false at that moment, so the app can say "kept for
// this session only" instead of pretending to have saved a password.

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <memory>

namespace helpdesk {

class FallbackSecretStore : public SecretStore
{
public:
    // primary: the keychain (empty: a KeychainSecretStore for "Helpdesk").
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> primary = {});
    ~FallbackSecretStore() override;

    bool isEncrypted() const override;
    bool isPersistent() const override;
    QString description() const override;

    // Reads from the keychain; when it is unavailable, from this session's memory (and if that
    // holds nothing either, the keychain's Unavailable error, whose message says what to do).
    QFuture<Result<QString>> read(const QString &key) override;
    // Writes to the keychain; when it is unavailable, to this session's memory only. Succeeds
    // in both cases: check isPersistent() afterwards to tell which.
    QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    QFuture<Result<void>> remove(const QString &key) override;

    // True once the keychain answered Unavailable; unavailableError() is its answer.
    bool isKeychainUnavailable() const;
    Error unavailableError() const;

private:
    struct State;
    std::unique_ptr<SecretStore> m_primary;
    std::shared_ptr<State> m_state; // shared with continuations that may outlive a call
};

} // namespace helpdesk
