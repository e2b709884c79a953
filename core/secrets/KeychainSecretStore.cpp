#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "helpdesk.secrets", QtWarningMsg)

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

// Runs a configured job and resolves the promise from its finished() signal.
template <typename T, typename Job, typename OnFinished>
QFuture<T> runJob(Job *job, const QString &key, OnFinished onFinished)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext on disk
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, job, onFinished] {
        promise->addResult(onFinished(job));
        promise->finish();
    });
    job->start();
    return future;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    return tr("the Secret Service (system keyring)");
#endif
}

Error KeychainSecretStore::errorFor(int keychainError, const QString &detail, const QString &key,
                                    Operation operation)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error::make(Error::Code::NotFound,
                           tr("The keychain holds no password for %1.").arg(key), detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(Error::Code::PermissionDenied,
                           tr("Access to the keychain was refused. Unlock the keychain and allow "
                              "Helpdesk to use it, or enter the password for this session "
                              "only."),
                           detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error::make(Error::Code::Unavailable,
                           tr("No keychain is available on this computer, so the password "
                              "cannot be saved. Enter it for this session only; Helpdesk will "
                              "not write it to disk."),
                           detail);
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(
            Error::Code::Unknown,
            tr("The password for %1 could not be removed from the keychain.").arg(key), detail);
    }
    return Error::make(Error::Code::Unknown,
                       operation == Operation::Read    ? tr("Reading from the keychain failed.")
                       : operation == Operation::Write ? tr("Saving to the keychain failed.")
                                                       : tr("Removing from the keychain failed."),
                       detail);
}

QFuture<Result<QString>> KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    return runJob<Result<QString>>(job, key, [key](QKeychain::ReadPasswordJob *j) {
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "keychain read failed for" << key << j->errorString();
            return Result<QString>(errorFor(j->error(), j->errorString(), key, Operation::Read));
        }
        return Result<QString>(j->textData());
    });
}

QFuture<Result<void>> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    return runJob<Result<void>>(job, key, [key](QKeychain::WritePasswordJob *j) {
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcSecrets) << "keychain write failed for" << key << j->errorString();
            return Result<void>(errorFor(j->error(), j->errorString(), key, Operation::Write));
        }
        return Result<void>();
    });
}

QFuture<Result<void>> KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    return runJob<Result<void>>(job, key, [key](QKeychain::DeletePasswordJob *j) {
        if (j->error() == QKeychain::EntryNotFound || j->error() == QKeychain::NoError)
            return Result<void>();
        qCDebug(lcSecrets) << "keychain remove failed for" << key << j->errorString();
        return Result<void>(errorFor(j->error(), j->errorString(), key, Operation::Remove));
    });
}

} // namespace helpdesk
