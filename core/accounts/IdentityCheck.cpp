#include "accounts/IdentityCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IdentityCheck", text);
}
} // namespace

namespace VerificationMethods {

QString key(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::EmailCode:
        return QStringLiteral("email_code");
    case VerificationMethod::PhoneCode:
        return QStringLiteral("phone_code");
    case VerificationMethod::RegistrationDetails:
        return QStringLiteral("registration_details");
    case VerificationMethod::RecentActivity:
        return QStringLiteral("recent_activity");
    }
    return {};
}

std::optional<VerificationMethod> fromKey(const QString &k)
{
    for (VerificationMethod m : all())
        if (key(m) == k)
            return m;
    return std::nullopt;
}

QString label(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::EmailCode:
        return tr("Code sent to the registered email address");
    case VerificationMethod::PhoneCode:
        return tr("Code sent to the registered phone");
    case VerificationMethod::RegistrationDetails:
        return tr("Details given at registration");
    case VerificationMethod::RecentActivity:
        return tr("Recent activity described");
    }
    return {};
}

QString description(VerificationMethod method)
{
    switch (method) {
    case VerificationMethod::EmailCode:
        return tr("Send a one-time code to the address on the account and ask the customer to "
                  "read it back.");
    case VerificationMethod::PhoneCode:
        return tr("Send a one-time code to the phone number on the account and ask the customer "
                  "to read it back.");
    case VerificationMethod::RegistrationDetails:
        return tr("Ask for details only the account holder gave at registration, such as the "
                  "month the account was opened. Never ask for a password.");
    case VerificationMethod::RecentActivity:
        return tr("Ask the customer to describe recent sign-ins (device, place, time) and compare "
                  "them with the account's activity.");
    }
    return {};
}

QList<VerificationMethod> all()
{
    return {VerificationMethod::EmailCode, VerificationMethod::PhoneCode,
            VerificationMethod::RegistrationDetails, VerificationMethod::RecentActivity};
}

bool isCode(VerificationMethod method)
{
    return method == VerificationMethod::EmailCode || method == VerificationMethod::PhoneCode;
}

} // namespace VerificationMethods

VerificationState VerificationRule::evaluate(QList<IdentityCheck> checks, qint64 nowMs,
                                             int validHours)
{
    std::stable_sort(checks.begin(), checks.end(),
                     [](const IdentityCheck &a, const IdentityCheck &b) {
                         if (a.at != b.at)
                             return a.at > b.at;
                         return a.id > b.id;
                     });
    VerificationState state;
    state.checks = checks;
    const qint64 validMs = qint64(validHours) * 3'600'000;
    const qint64 windowStart = nowMs - validMs;

    // The latest result of each method within the window (checks are newest first).
    QHash<int, const IdentityCheck *> latest;
    for (const IdentityCheck &c : std::as_const(state.checks)) {
        if (c.at.toMSecsSinceEpoch() <= windowStart || c.at.toMSecsSinceEpoch() > nowMs)
            continue;
        if (!latest.contains(int(c.method)))
            latest.insert(int(c.method), &c);
    }
    qint64 oldestCounted = 0;
    for (VerificationMethod m : VerificationMethods::all()) {
        const IdentityCheck *c = latest.value(int(m));
        if (!c)
            continue;
        if (c->passed) {
            state.passedMethods.append(m);
            const qint64 at = c->at.toMSecsSinceEpoch();
            oldestCounted = oldestCounted == 0 ? at : std::min(oldestCounted, at);
        } else {
            state.failedMethods.append(m);
        }
    }
    const bool hasCode = std::any_of(state.passedMethods.begin(), state.passedMethods.end(),
                                     VerificationMethods::isCode);
    const int passedCount = int(state.passedMethods.size());

    if (!state.failedMethods.isEmpty()) {
        QStringList failed;
        for (VerificationMethod m : std::as_const(state.failedMethods))
            failed << VerificationMethods::label(m);
        state.summary = tr("Identity not verified: a check failed (%1). Do it again, or verify "
                           "the customer another way; a failed check blocks recovery actions.")
                            .arg(failed.join(QStringLiteral("; ")));
    } else if (passedCount >= RequiredMethods && hasCode) {
        state.passed = true;
        state.validUntil = QDateTime::fromMSecsSinceEpoch(oldestCounted + validMs, Qt::UTC);
        state.summary =
            tr("Identity verified with %1 checks, until %2.")
                .arg(passedCount)
                .arg(QLocale().toString(state.validUntil.toLocalTime(), QLocale::ShortFormat));
    } else if (passedCount == 0) {
        state.summary = tr("Identity not verified yet: record two checks, at least one of them a "
                           "code sent to the customer's registered email address or phone.");
    } else if (!hasCode) {
        state.summary = tr("Identity not verified yet: one more check is needed, and it must be a "
                           "code sent to the registered email address or phone.");
    } else {
        state.summary = tr("Identity not verified yet: one more check of a different kind is "
                           "needed.");
    }
    return state;
}

} // namespace helpdesk
