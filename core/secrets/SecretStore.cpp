#include "secrets/SecretStore.h"

namespace helpdesk {

QString SecretStore::smtpPasswordKey(const QString &user, const QString &host)
{
    return QStringLiteral("smtp/") + user.trimmed() + u'@' + host.trimmed().toLower();
}

} // namespace helpdesk
