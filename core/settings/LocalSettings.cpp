#include "settings/LocalSettings.h"

#include <QSettings>

namespace helpdesk::LocalSettings {

QString staffLogin()
{
    return QSettings().value(QStringLiteral("staff/login")).toString();
}

} // namespace helpdesk::LocalSettings
