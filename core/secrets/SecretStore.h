#pragma once
// SecretStore: where passwords live (the SMTP password, the PostgreSQL password): never in the
// settings table or a file. Asynchronous because the OS keychain may prompt or talk over D-Bus;
// results come back as futures on the calling thread's event loop.
//
// Errors: Error::Code::Unavailable means no keychain can be used at all (no Secret Service, no
// backend): the app should say so and ask for the password for this session only.
// NotFound means the keychain works but holds no such entry. PermissionDenied: the user or the
// system refused access.

#include "common/Result.h"

#include <QFuture>
#include <QString>

namespace helpdesk {

class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // True when the secrets are stored encrypted by the platform (a keychain); false for
    // stores that only keep them in memory.
    virtual bool isEncrypted() const = 0;
    // True when a secret outlives the process.
    virtual bool isPersistent() const = 0;
    // A short name for the settings page, e.g. "Secret Service" or "this session only".
    virtual QString description() const = 0;

    virtual QFuture<Result<QString>> read(const QString &key) = 0;
    virtual QFuture<Result<void>> write(const QString &key, const QString &secret) = 0;
    // Removing an entry that does not exist succeeds.
    virtual QFuture<Result<void>> remove(const QString &key) = 0;

    // The key of the SMTP password for a relay and user: "smtp/<user>@<host>".
    static QString smtpPasswordKey(const QString &user, const QString &host);
};

} // namespace helpdesk
