#pragma once
// This computer's own settings for the app (QSettings: the user's configuration file), as
// opposed to the desk's shared ones in the database (Settings).

#include <QString>

namespace helpdesk::LocalSettings {

// The login the app acts as on SQLite ("staff/login"); empty when not set.
QString staffLogin();

} // namespace helpdesk::LocalSettings
