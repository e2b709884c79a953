#pragma once
// The recovery checklist: identity checks an agent records on a ticket before a recovery action,
// and the rule that decides when they add up to a verified identity.
//
// The rule (VerificationRule::evaluate): only checks on this ticket for this account from the
// last `validHours` hours count, and for each method only its latest result. Verification passes
// when
//   - at least two different methods passed,
//   - at least one of them is a code (sent to the registered email address or phone), because
//     registration details and recent activity are things an attacker can research, and
//   - no method's latest result is a failure (a failed check blocks until it is redone and
//     passes).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

enum class VerificationMethod {
    EmailCode,           // a code sent to the registered email address was read back
    PhoneCode,           // a code sent to the registered phone was read back
    RegistrationDetails, // details given at registration (e.g. month opened, postcode)
    RecentActivity,      // recent activity the customer could describe
};

namespace VerificationMethods {
QString key(VerificationMethod method); // "email_code", ...
std::optional<VerificationMethod> fromKey(const QString &key);
QString label(VerificationMethod method);       // translated: "Code sent to the registered email"
QString description(VerificationMethod method); // translated: how to do the check
QList<VerificationMethod> all();
bool isCode(VerificationMethod method);
} // namespace VerificationMethods

struct IdentityCheck
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 accountId = 0;
    VerificationMethod method = VerificationMethod::EmailCode;
    bool passed = false;
    QString note;
    std::optional<qint64> staffId;
    QString staffName;
    QDateTime at;
};

struct VerificationState
{
    QList<IdentityCheck> checks;             // every check on the ticket, newest first
    QList<VerificationMethod> passedMethods; // latest result passed, within the window
    QList<VerificationMethod> failedMethods; // latest result failed, within the window
    bool passed = false;
    QDateTime validUntil; // when passed: when the oldest counted check lapses
    QString summary;      // translated: passed, or what is still missing

    bool hasPassed(VerificationMethod method) const { return passedMethods.contains(method); }
};

namespace VerificationRule {
constexpr int RequiredMethods = 2;
// checks: any order. nowMs: the current time; validHours: how long a check counts.
VerificationState evaluate(QList<IdentityCheck> checks, qint64 nowMs, int validHours);
} // namespace VerificationRule

} // namespace helpdesk
