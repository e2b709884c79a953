#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MemorySecretStore", text);
}

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// Overwrite a secret's characters before its memory is released.
void wipe(QString &s)
{
    s.fill(QChar(u'\0'));
    s.clear();
}
} // namespace

MemorySecretStore::~MemorySecretStore()
{
    clear();
}

QString MemorySecretStore::description() const
{
    return tr("this session only (not saved)");
}

Result<QString> MemorySecretStore::value(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return Error::make(Error::Code::NotFound,
                           tr("No password is stored for %1 in this session.").arg(key));
    return it.value();
}

void MemorySecretStore::setValue(const QString &key, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(it.value());
    m_secrets.insert(key, secret);
}

bool MemorySecretStore::contains(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.contains(key);
}

void MemorySecretStore::clear()
{
    QMutexLocker lock(&m_mutex);
    for (QString &secret : m_secrets)
        wipe(secret);
    m_secrets.clear();
}

QFuture<Result<QString>> MemorySecretStore::read(const QString &key)
{
    return ready<Result<QString>>(value(key));
}

QFuture<Result<void>> MemorySecretStore::write(const QString &key, const QString &secret)
{
    setValue(key, secret);
    return ready<Result<void>>({});
}

QFuture<Result<void>> MemorySecretStore::remove(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_secrets.find(key);
        if (it != m_secrets.end()) {
            wipe(it.value());
            m_secrets.erase(it);
        }
    }
    return ready<Result<void>>({});
}

} // namespace helpdesk
