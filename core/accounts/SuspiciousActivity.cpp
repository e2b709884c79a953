#include "accounts/SuspiciousActivity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SuspiciousActivity", text);
}

qint64 ms(const LoginEvent &e)
{
    return e.at.toMSecsSinceEpoch();
}

// "40 s", "4 min", "1 h 5 min", "30 days": short units, so that no plural forms are needed.
QString duration(qint64 millis)
{
    const qint64 seconds = millis / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours >= 48 && minutes % (24 * 60) == 0)
        return tr("%1 days").arg(hours / 24);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
}

QString placeOf(const LoginEvent &e)
{
    const QString place = e.location();
    return place.isEmpty() ? tr("an unknown place") : place;
}

QString deviceKey(const LoginEvent &e)
{
    return e.device.toCaseFolded() + u'\x1f' + e.browser.toCaseFolded();
}
} // namespace

namespace SuspicionKinds {

QString key(SuspicionKind kind)
{
    switch (kind) {
    case SuspicionKind::FailureBurst:
        return QStringLiteral("failure_burst");
    case SuspicionKind::NewDevice:
        return QStringLiteral("new_device");
    case SuspicionKind::NewCountry:
        return QStringLiteral("new_country");
    case SuspicionKind::DistantSignIns:
        return QStringLiteral("distant_sign_ins");
    case SuspicionKind::SuccessAfterFailures:
        return QStringLiteral("success_after_failures");
    }
    return {};
}

std::optional<SuspicionKind> fromKey(const QString &k)
{
    for (SuspicionKind kind : all())
        if (key(kind) == k)
            return kind;
    return std::nullopt;
}

QString label(SuspicionKind kind)
{
    switch (kind) {
    case SuspicionKind::FailureBurst:
        return tr("Burst of failed sign-ins");
    case SuspicionKind::NewDevice:
        return tr("New device");
    case SuspicionKind::NewCountry:
        return tr("New country");
    case SuspicionKind::DistantSignIns:
        return tr("Sign-ins from distant places");
    case SuspicionKind::SuccessAfterFailures:
        return tr("Success right after failures");
    }
    return {};
}

QList<SuspicionKind> all()
{
    return {SuspicionKind::FailureBurst, SuspicionKind::NewDevice, SuspicionKind::NewCountry,
            SuspicionKind::DistantSignIns, SuspicionKind::SuccessAfterFailures};
}

} // namespace SuspicionKinds

QList<SuspiciousFlag> SuspiciousActivity::analyze(QList<LoginEvent> events, qint64 nowMs,
                                                  const SuspicionRules &rules)
{
    std::stable_sort(events.begin(), events.end(), [](const LoginEvent &a, const LoginEvent &b) {
        return ms(a) != ms(b) ? ms(a) < ms(b) : a.id < b.id;
    });
    const qint64 windowStart = nowMs - rules.lookbackMs;
    const auto inWindow = [&](const LoginEvent &e) {
        return ms(e) > windowStart && ms(e) <= nowMs;
    };
    QList<SuspiciousFlag> flags;
    const int n = int(events.size());

    // Bursts of failures: grow a cluster while each failure is within the window of the
    // cluster's first; a cluster of burstFailures or more is one flag.
    {
        QList<int> failures;
        for (int i = 0; i < n; ++i)
            if (!events[i].success && ms(events[i]) <= nowMs)
                failures.append(i);
        int start = 0;
        while (start < failures.size()) {
            int end = start;
            while (end + 1 < failures.size() &&
                   ms(events[failures[end + 1]]) - ms(events[failures[start]]) <=
                       rules.burstWindowMs)
                ++end;
            const int count = end - start + 1;
            if (count >= rules.burstFailures) {
                // Extend with failures that follow closely, so one attack is one flag.
                while (end + 1 < failures.size() &&
                       ms(events[failures[end + 1]]) - ms(events[failures[end]]) <=
                           rules.burstWindowMs)
                    ++end;
                const LoginEvent &first = events[failures[start]];
                const LoginEvent &last = events[failures[end]];
                if (inWindow(last)) {
                    SuspiciousFlag f;
                    f.kind = SuspicionKind::FailureBurst;
                    f.at = last.at;
                    const int total = end - start + 1;
                    f.reason = tr("%1 failed sign-ins within %2")
                                   .arg(total)
                                   .arg(duration(std::max<qint64>(ms(last) - ms(first), 1000)));
                    for (int k = start; k <= end; ++k)
                        f.eventIds.append(events[failures[k]].id);
                    flags.append(f);
                }
                start = end + 1;
            } else {
                ++start;
            }
        }
    }

    // New device / new country: compare each successful sign-in with the successful ones in
    // the baseline before it.
    for (int i = 0; i < n; ++i) {
        const LoginEvent &e = events[i];
        if (!e.success || !inWindow(e))
            continue;
        bool anyPrior = false;
        bool anyPriorCountry = false;
        bool deviceSeen = false;
        bool countrySeen = false;
        const QString dk = deviceKey(e);
        for (int j = i - 1; j >= 0; --j) {
            const LoginEvent &p = events[j];
            if (ms(e) - ms(p) > rules.baselineMs)
                break;
            if (!p.success)
                continue;
            anyPrior = true;
            if (deviceKey(p) == dk)
                deviceSeen = true;
            if (!p.country.isEmpty()) {
                anyPriorCountry = true;
                if (p.country.compare(e.country, Qt::CaseInsensitive) == 0)
                    countrySeen = true;
            }
        }
        if (anyPrior && !deviceSeen && !(e.device.isEmpty() && e.browser.isEmpty())) {
            SuspiciousFlag f;
            f.kind = SuspicionKind::NewDevice;
            f.at = e.at;
            f.reason = tr("Signed in from %1, not used in the %2 before")
                           .arg(e.deviceLabel(), duration(rules.baselineMs));
            f.eventIds = {e.id};
            flags.append(f);
        }
        if (anyPriorCountry && !countrySeen && !e.country.isEmpty()) {
            SuspiciousFlag f;
            f.kind = SuspicionKind::NewCountry;
            f.at = e.at;
            f.reason = tr("Signed in from %1, a country not seen in the %2 before")
                           .arg(placeOf(e), duration(rules.baselineMs));
            f.eventIds = {e.id};
            flags.append(f);
        }
    }

    // Distant sign-ins: a successful sign-in from another country than the previous successful
    // one, within the travel window.
    {
        const LoginEvent *previous = nullptr;
        for (const LoginEvent &e : std::as_const(events)) {
            if (!e.success || e.country.isEmpty() || ms(e) > nowMs)
                continue;
            if (previous && inWindow(e) &&
                previous->country.compare(e.country, Qt::CaseInsensitive) != 0 &&
                ms(e) - ms(*previous) < rules.travelWindowMs) {
                SuspiciousFlag f;
                f.kind = SuspicionKind::DistantSignIns;
                f.at = e.at;
                f.reason = tr("Signed in from %1 and from %2 within %3")
                               .arg(placeOf(*previous), placeOf(e),
                                    duration(std::max<qint64>(ms(e) - ms(*previous), 1000)));
                f.eventIds = {previous->id, e.id};
                flags.append(f);
            }
            previous = &e;
        }
    }

    // Success right after failures.
    {
        QList<int> run; // consecutive failures since the last success
        for (int i = 0; i < n; ++i) {
            const LoginEvent &e = events[i];
            if (ms(e) > nowMs)
                break;
            if (!e.success) {
                run.append(i);
                continue;
            }
            if (run.size() >= rules.failuresBeforeSuccess && inWindow(e) &&
                ms(e) - ms(events[run.last()]) <= rules.failuresBeforeSuccessWindowMs) {
                SuspiciousFlag f;
                f.kind = SuspicionKind::SuccessAfterFailures;
                f.at = e.at;
                f.reason =
                    tr("Signed in successfully %1 after %2 failed attempts")
                        .arg(duration(std::max<qint64>(ms(e) - ms(events[run.last()]), 1000)))
                        .arg(run.size());
                for (int k : std::as_const(run))
                    f.eventIds.append(events[k].id);
                f.eventIds.append(e.id);
                flags.append(f);
            }
            run.clear();
        }
    }

    std::stable_sort(flags.begin(), flags.end(),
                     [](const SuspiciousFlag &a, const SuspiciousFlag &b) { return a.at > b.at; });
    return flags;
}

} // namespace helpdesk
