#pragma once
// This computer's own settings for the app (QSettings: the user's configuration file), as
// opposed to the desk's shared ones in the database (Settings).

#include <QString>

namespace helpdesk::LocalSettings {

// The login the app acts as on SQLite ("staff/login"); empty when not set.
QString staffLogin();

// Whether the main window shows its toolbar ("ui/toolbarVisible"; shown unless turned off).
bool toolbarVisible();
void setToolbarVisible(bool visible);

} // namespace helpdesk::LocalSettings
