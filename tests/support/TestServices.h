#pragma once
// The outside services some tests need, and what happens when one is missing: a Python 3 with
// the relay's modules (tests/services/smtp_relay.py), the Secret Service on a D-Bus session.
// A missing service skips the test, or fails it under
// HELPDESK_REQUIRE_SERVICES=1 (tests/run.sh, where everything must be there).

#include <QString>
#include <QStringList>

namespace helpdesk::test {

// The source tree (HELPDESK_SOURCE_DIR from ctest, else the path baked in at build time).
QString sourceDir();
QString servicesScript(const QString &name); // tests/services/<name>

// A Python 3 interpreter that can import every module named; empty when there is none.
// Tries $HELPDESK_PYTHON, python3 on PATH and /usr/bin/python3 (Debian's, with its packages).
QString findPython(const QStringList &modules = {});
// The Python that runs the test relay (aiosmtpd); empty when there is none.
QString findRelayPython();

// True under HELPDESK_REQUIRE_SERVICES=1: a missing service is a failure, not a skip.
bool servicesRequired();
// A D-Bus session bus, for the Secret Service (tests/run.sh runs the suites inside one).
bool hasSessionBus();

inline constexpr char RelayMissing[] = "no python3 with aiosmtpd (apt-get install "
                                       "python3-aiosmtpd)";
inline constexpr char SessionBusMissing[] = "no D-Bus session: run inside dbus-run-session with "
                                            "gnome-keyring-daemon (tests/run.sh does)";

} // namespace helpdesk::test

// In a test function (QSKIP and QFAIL return from it): skips, or fails when services are
// required, unless `available`.
#define HELPDESK_REQUIRE_SERVICE(available, message)                                               \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (helpdesk::test::servicesRequired())                                                \
                QFAIL(message);                                                                    \
            QSKIP(message);                                                                        \
        }                                                                                          \
    } while (false)

// The test relay's Python (from findRelayPython()) must be there.
#define HELPDESK_REQUIRE_RELAY(python)                                                             \
    HELPDESK_REQUIRE_SERVICE(!(python).isEmpty(), helpdesk::test::RelayMissing)
