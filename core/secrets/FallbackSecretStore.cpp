#include "secrets/FallbackSecretStore.h"

#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FallbackSecretStore", text);
}
} // namespace

struct FallbackSecretStore::State
{
    mutable QMutex mutex;
    bool unavailable = false;
    Error error;
    MemorySecretStore session;

    void markUnavailable(const Error &e)
    {
        QMutexLocker lock(&mutex);
        if (!unavailable)
            error = e;
        unavailable = true;
    }
    bool isUnavailable() const
    {
        QMutexLocker lock(&mutex);
        return unavailable;
    }
};

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> primary)
    : m_primary(primary ? std::move(primary) : std::make_unique<KeychainSecretStore>()),
      m_state(std::make_shared<State>())
{}

FallbackSecretStore::~FallbackSecretStore() = default;

bool FallbackSecretStore::isEncrypted() const
{
    return !m_state->isUnavailable() && m_primary->isEncrypted();
}

bool FallbackSecretStore::isPersistent() const
{
    return !m_state->isUnavailable() && m_primary->isPersistent();
}

QString FallbackSecretStore::description() const
{
    if (m_state->isUnavailable())
        return tr("this session only (no keychain is available)");
    return m_primary->description();
}

bool FallbackSecretStore::isKeychainUnavailable() const
{
    return m_state->isUnavailable();
}

Error FallbackSecretStore::unavailableError() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->error;
}

QFuture<Result<QString>> FallbackSecretStore::read(const QString &key)
{
    if (m_state->isUnavailable()) {
        auto stored = m_state->session.value(key);
        if (stored)
            return m_state->session.read(key);
        return QtFuture::makeReadyFuture(Result<QString>(unavailableError()));
    }
    return m_primary->read(key).then([state = m_state, key](const Result<QString> &r) {
        if (r || r.error().code != Error::Code::Unavailable)
            return r;
        state->markUnavailable(r.error());
        auto stored = state->session.value(key);
        return stored ? stored : r;
    });
}

QFuture<Result<void>> FallbackSecretStore::write(const QString &key, const QString &secret)
{
    if (m_state->isUnavailable())
        return m_state->session.write(key, secret);
    return m_primary->write(key, secret)
        .then([state = m_state, key, secret](const Result<void> &r) -> Result<void> {
            if (r || r.error().code != Error::Code::Unavailable)
                return r;
            state->markUnavailable(r.error());
            state->session.setValue(key, secret);
            return {};
        });
}

QFuture<Result<void>> FallbackSecretStore::remove(const QString &key)
{
    (void)m_state->session.remove(key);
    if (m_state->isUnavailable())
        return QtFuture::makeReadyFuture(Result<void>());
    return m_primary->remove(key).then([state = m_state](const Result<void> &r) -> Result<void> {
        if (r || r.error().code != Error::Code::Unavailable)
            return r;
        state->markUnavailable(r.error());
        return {};
    });
}

} // namespace helpdesk
