#pragma once
// An AppSession on a test database of either dialect, the way the GUI and integration suites
// start: opened (migrated), and acting as a staff member.

#include "app/AppSession.h"
#include "db/ConnectionSettings.h"

#include <memory>

namespace helpdesk {
class SecretStore;
}

namespace helpdesk::test {

struct SessionOptions
{
    // Where passwords live; null: what AppSession picks (the keychain, or memory).
    std::shared_ptr<SecretStore> secrets;
    // A login that is not a staff member ends the test run (qFatal) unless false.
    bool meRequired = true;
};

// Opens the database and resolves "me" from `login` (an empty login acts as nobody); runs the
// event loop while it waits. A database that does not open ends the test run.
std::unique_ptr<AppSession> openSession(const ConnectionSettings &settings, const QString &login,
                                        const SessionOptions &options = {});

} // namespace helpdesk::test
