#include "settings/LocalSettings.h"

#include <QSettings>

namespace helpdesk::LocalSettings {

QString staffLogin()
{
    return QSettings().value(QStringLiteral("staff/login")).toString();
}

namespace {
const QString kToolbarKey = QStringLiteral("ui/toolbarVisible");
} // namespace

bool toolbarVisible()
{
    return QSettings().value(kToolbarKey, true).toBool();
}

void setToolbarVisible(bool visible)
{
    QSettings().setValue(kToolbarKey, visible);
}

} // namespace helpdesk::LocalSettings
