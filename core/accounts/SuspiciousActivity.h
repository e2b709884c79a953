#pragma once
// Flags sign-in activity that does not look like the customer. A pure function over login
// events, so the rules are easy to test and to explain to an agent. The rules (defaults in
// SuspicionRules):
//
//  - Burst of failures: at least 5 failed sign-ins within 15 minutes (one flag per burst).
//  - New device: a successful sign-in from a device and browser with no successful sign-in in
//    the 30 days before it, while the account did sign in successfully in those 30 days.
//  - New country: the same for the country.
//  - Distant sign-ins: two successful sign-ins from different countries less than 2 hours
//    apart. The events carry a country and city, not coordinates, so "distant" means "another
//    country"; that still catches a stolen password used abroad, and misses travel within one
//    country.
//  - Success right after failures: a successful sign-in directly after at least 3 failed ones
//    in a row, the last of them at most 30 minutes earlier (someone may have guessed the
//    password).
//
// Only events within the look-back window (30 days) raise flags; the 30 days before that are
// the baseline for "new". Newest flag first.

#include "accounts/Account.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

enum class SuspicionKind {
    FailureBurst,
    NewDevice,
    NewCountry,
    DistantSignIns,
    SuccessAfterFailures
};

namespace SuspicionKinds {
QString key(SuspicionKind kind); // "failure_burst", ...
std::optional<SuspicionKind> fromKey(const QString &key);
QString label(SuspicionKind kind); // translated: "Burst of failed sign-ins"
QList<SuspicionKind> all();
} // namespace SuspicionKinds

struct SuspiciousFlag
{
    SuspicionKind kind = SuspicionKind::FailureBurst;
    QDateTime at;           // when the flagged event (the last one of a burst) happened
    QString reason;         // translated, with the specifics ("6 failed sign-ins within 4 minutes")
    QList<qint64> eventIds; // the login events concerned, oldest first
};

struct SuspicionRules
{
    int burstFailures = 5;
    qint64 burstWindowMs = 15 * 60'000;
    qint64 baselineMs = 30LL * 24 * 3'600'000;
    qint64 travelWindowMs = 2 * 3'600'000;
    int failuresBeforeSuccess = 3;
    qint64 failuresBeforeSuccessWindowMs = 30 * 60'000;
    qint64 lookbackMs = 30LL * 24 * 3'600'000;

    // How far back events must be loaded to apply the rules at a given time.
    qint64 historyMs() const { return lookbackMs + baselineMs; }
};

namespace SuspiciousActivity {
// events: any order (ties on time are ordered by id). nowMs: the end of the look-back window.
QList<SuspiciousFlag> analyze(QList<LoginEvent> events, qint64 nowMs,
                              const SuspicionRules &rules = {});
} // namespace SuspiciousActivity

} // namespace helpdesk
