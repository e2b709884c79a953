#include "demo/DemoAccounts.h"

#include "db/BulkInsert.h"

#include <algorithm>

namespace helpdesk {

using namespace demo;

namespace {

const char *const kAccountStatusKeys[] = {"active", "inactive", "pending_activation", "locked",
                                          "suspended"};

QString randomIp(DemoRandom &rng)
{
    // Documentation ranges only (RFC 5737, RFC 3849).
    switch (rng.below(10)) {
    case 0:
    case 1:
    case 2:
        return QStringLiteral("192.0.2.") + QString::number(rng.between(1, 254));
    case 3:
    case 4:
    case 5:
        return QStringLiteral("198.51.100.") + QString::number(rng.between(1, 254));
    case 6:
    case 7:
        return QStringLiteral("203.0.113.") + QString::number(rng.between(1, 254));
    default:
        return QStringLiteral("2001:db8:%1::%2")
            .arg(rng.between(1, 0xffff), 0, 16)
            .arg(rng.between(1, 0xffff), 0, 16);
    }
}

QString randomPhone(DemoRandom &rng)
{
    // Numbers reserved for fiction: 555-01xx in North America, 07700 900xxx in the UK.
    if (rng.chance(0.6))
        return QStringLiteral("+1 202-555-01%1").arg(rng.below(100), 2, 10, QChar(u'0'));
    return QStringLiteral("+44 7700 900%1").arg(rng.below(1000), 3, 10, QChar(u'0'));
}

} // namespace

QString DemoAccounts::uniqueEmail(const QString &first, const QString &last)
{
    DemoRandom &rng = m_world.rng;
    const QString f = emailPart(first);
    const QString l = emailPart(last);
    QString local;
    switch (rng.below(5)) {
    case 0:
        local = f + u'.' + l;
        break;
    case 1:
        local = f + l;
        break;
    case 2:
        local = f.left(1) + u'.' + l;
        break;
    case 3:
        local = f + u'_' + l;
        break;
    default:
        local = l + u'.' + f + QString::number(rng.between(70, 99));
        break;
    }
    const QString domain = rng.pick(m_world.text.emailDomains);
    QString email = local + u'@' + domain;
    while (m_emails.contains(email))
        email = local + QString::number(rng.between(2, 9999)) + u'@' + domain;
    m_emails.insert(email);
    return email;
}

DemoAccounts::SignInOutcome DemoAccounts::generateLogins(const DemoAccount &account,
                                                         BulkInsert &logins)
{
    struct Login
    {
        qint64 at;
        bool success;
        int place;
        int device;
        QString ip;
    };
    std::vector<Login> out;
    SignInOutcome result;
    DemoRandom &rng = m_world.rng;
    const qint64 now = m_world.now;
    const QList<DemoPhrases::Place> &places = m_world.text.places;
    const QList<DemoPhrases::Device> &deviceList = m_world.text.devices;

    const int home = int(rng.below(m_world.text.homePlaces));
    const int devices = int(deviceList.size());
    const int primary = int(rng.below(devices));
    const int secondary = rng.chance(0.45) ? int(rng.below(devices)) : primary;
    const QString homeIp = randomIp(rng);
    const QString mobileIp = randomIp(rng);
    auto foreignPlace = [&] {
        int p = home;
        while (places[p].country == places[home].country)
            p = int(rng.below(qint64(places.size())));
        return p;
    };
    auto ipFor = [&](int device) { return deviceList[device].mobile ? mobileIp : homeIp; };

    const qint64 windowStart = std::max(now - kHistoryDays * kDay, account.createdAt);
    qint64 windowEnd = now;
    qint64 &lockedAt = result.lockedAt;
    switch (account.status) {
    case DemoAccountStatus::Locked:
        lockedAt = now - rng.between(kHour, 30 * kDay);
        windowEnd = lockedAt - 10 * kMinute;
        break;
    case DemoAccountStatus::Suspended:
        lockedAt = now - rng.between(kDay, 60 * kDay);
        windowEnd = lockedAt - kHour;
        break;
    default:
        break;
    }

    if (account.status == DemoAccountStatus::PendingActivation)
        return result;
    const bool inactive = account.status == DemoAccountStatus::Inactive;
    if (inactive) {
        // Dormant: the last sign-in two to three months ago, early in the history kept, so the
        // account's "last sign-in" is one the history shows.
        const qint64 at = std::max(windowStart, now - rng.between(60, 88) * kDay);
        out.push_back({at, true, home, primary, ipFor(primary)});
    }

    // Ordinary sign-ins, now and then with a mistyped password first.
    const qint64 sessions =
        account.status == DemoAccountStatus::Suspended ? rng.between(1, 3) : rng.between(1, 6);
    if (!inactive && windowEnd > windowStart) {
        for (qint64 i = 0; i < sessions; ++i) {
            const qint64 at = windowStart + rng.below(windowEnd - windowStart);
            const int device = rng.chance(0.7) ? primary : secondary;
            if (rng.chance(0.12))
                out.push_back(
                    {at - rng.between(20, 90) * kSecond, false, home, device, ipFor(device)});
            out.push_back({at, true, home, device, ipFor(device)});
        }
    }

    auto burst = [&](qint64 start, int count, int place, int device, const QString &ip) {
        qint64 at = start;
        for (int i = 0; i < count; ++i) {
            out.push_back({at, false, place, device, ip});
            at += rng.between(15, 70) * kSecond;
        }
        return at;
    };

    if (account.status == DemoAccountStatus::Active) {
        if (rng.chance(0.12)) {
            const qint64 start = windowStart + rng.below(std::max<qint64>(1, now - windowStart));
            const int device = primary;
            if (rng.chance(0.7)) {
                const qint64 end =
                    burst(start, int(rng.between(3, 8)), home, device, ipFor(device));
                out.push_back(
                    {end + rng.between(1, 6) * kMinute, true, home, device, ipFor(device)});
            } else {
                burst(std::min(start, now - 30 * kMinute), int(rng.between(2, 4)), home, device,
                      ipFor(device));
            }
        }
        if (rng.chance(0.04)) {
            const qint64 at = windowStart + rng.below(std::max<qint64>(1, now - windowStart));
            out.push_back({at, true, foreignPlace(), int(rng.below(devices)), randomIp(rng)});
        }
    } else if (account.status == DemoAccountStatus::Locked) {
        switch (account.lock) {
        case DemoLockKind::FailedSignIns: {
            const int count = int(rng.between(5, 10));
            const qint64 start = lockedAt - count * 45 * kSecond;
            lockedAt = burst(start, count, home, primary, ipFor(primary));
            result.lockedBy = QStringLiteral("system");
            break;
        }
        case DemoLockKind::ReportedCompromise: {
            const qint64 at = lockedAt - rng.between(2 * kHour, 3 * kDay);
            out.push_back({at, true, foreignPlace(), int(rng.below(devices)), randomIp(rng)});
            result.lockedBy = m_world.staff[std::size_t(m_world.recentAssignees.pick(rng))].login;
            break;
        }
        case DemoLockKind::UnusualLocation: {
            const int place = foreignPlace();
            const QString ip = randomIp(rng);
            const int device = int(rng.below(devices));
            const qint64 at = lockedAt - rng.between(5, 30) * kMinute;
            out.push_back({at, true, place, device, ip});
            lockedAt = burst(at + 2 * kMinute, int(rng.between(2, 4)), place, device, ip);
            result.lockedBy = QStringLiteral("system");
            break;
        }
        default:
            break;
        }
    } else if (account.status == DemoAccountStatus::Suspended) {
        const std::vector<int> &leads = m_world.leads;
        result.lockedBy =
            m_world.staff[std::size_t(leads[std::size_t(rng.below(qint64(leads.size())))])].login;
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const Login &a, const Login &b) { return a.at < b.at; });
    for (const Login &l : out) {
        if (l.at > now)
            continue;
        const DemoPhrases::Device &d = deviceList[l.device];
        logins.add(QVariant::fromValue(account.id));
        logins.add(QVariant::fromValue(l.at));
        logins.add(l.success);
        logins.add(l.ip);
        logins.add(d.userAgent);
        logins.add(d.device);
        logins.add(d.browser);
        logins.add(places[l.place].country);
        logins.add(places[l.place].city);
        ++m_loginEvents;
        if (l.success) {
            result.lastLoginAt = l.at;
            result.failedCount = 0;
        } else {
            ++result.failedCount;
        }
    }
    return result;
}

Result<void> DemoAccounts::seed(QSqlDatabase &db, qint64 firstId, qint64 count)
{
    DemoRandom &rng = m_world.rng;
    const DemoPhrases &text = m_world.text;
    const qint64 now = m_world.now;
    BulkInsert accounts(
        db, QStringLiteral("accounts"),
        {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("display_name"),
         QStringLiteral("status"), QStringLiteral("lock_reason"), QStringLiteral("locked_by"),
         QStringLiteral("locked_at"), QStringLiteral("mfa_enabled"), QStringLiteral("mfa_method"),
         QStringLiteral("email_verified"), QStringLiteral("phone"),
         QStringLiteral("failed_login_count"), QStringLiteral("last_login_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert logins(
        db, QStringLiteral("login_events"),
        {QStringLiteral("account_id"), QStringLiteral("at"), QStringLiteral("success"),
         QStringLiteral("ip"), QStringLiteral("user_agent"), QStringLiteral("device"),
         QStringLiteral("browser"), QStringLiteral("country"), QStringLiteral("city")});
    const QString mfaMethods[] = {QStringLiteral("totp"), QStringLiteral("sms"),
                                  QStringLiteral("email")};

    m_world.accounts.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        DemoAccount a;
        a.id = firstId + i;
        // The first five accounts show every status once; the rest follow the usual mix.
        a.status = i < 5 ? DemoAccountStatus(i) : DemoAccountStatus(rng.weighted({78, 7, 5, 7, 3}));
        a.firstName = rng.pick(text.firstNames);
        const QString last = rng.pick(text.lastNames);
        a.name = a.firstName + u' ' + last;
        a.email = uniqueEmail(a.firstName, last);
        a.createdAt = a.status == DemoAccountStatus::PendingActivation
                          ? now - rng.between(kHour, 10 * kDay)
                          : now - rng.between(100 * kDay, 2000 * kDay);
        QVariant lockReason = nullText();
        if (a.status == DemoAccountStatus::Locked) {
            const int kind = i < 5 ? 0 : rng.weighted({60, 25, 15});
            a.lock = DemoLockKind(int(DemoLockKind::FailedSignIns) + kind);
            lockReason = kind == 0   ? text.lockFailedSignIns
                         : kind == 1 ? text.lockReportedCompromise
                                     : text.lockUnusualLocation;
        } else if (a.status == DemoAccountStatus::Suspended) {
            a.lock = DemoLockKind::Suspension;
            lockReason = rng.pick(text.suspensionReasons);
        }

        const SignInOutcome signIns = generateLogins(a, logins);

        const bool canHaveMfa = a.status != DemoAccountStatus::PendingActivation;
        const bool mfa =
            canHaveMfa && rng.chance(a.status == DemoAccountStatus::Inactive ? 0.15 : 0.35);
        const int method = mfa ? rng.weighted({50, 35, 15}) : -1;
        const bool hasPhone = method == 1 || rng.chance(0.4);
        const bool verified = a.status != DemoAccountStatus::PendingActivation && rng.chance(0.94);
        const qint64 updatedAt = std::max({a.createdAt, signIns.lockedAt, signIns.lastLoginAt});

        accounts.add(QVariant::fromValue(a.id));
        accounts.add(a.email);
        accounts.add(a.name);
        accounts.add(QString::fromLatin1(kAccountStatusKeys[int(a.status)]));
        accounts.add(lockReason);
        accounts.add(signIns.lockedBy.isEmpty() ? nullText() : QVariant(signIns.lockedBy));
        accounts.add(maybeTime(signIns.lockedAt));
        accounts.add(mfa);
        accounts.add(method >= 0 ? QVariant(mfaMethods[method]) : nullText());
        accounts.add(verified);
        accounts.add(hasPhone ? QVariant(randomPhone(rng)) : nullText());
        accounts.add(signIns.failedCount);
        accounts.add(maybeTime(signIns.lastLoginAt));
        accounts.add(QVariant::fromValue(a.createdAt));
        accounts.add(QVariant::fromValue(updatedAt));

        // Some customers write in far more often than others, locked-out ones most of all.
        double weight = 0.5 + rng.unit() * 1.5;
        if (a.status == DemoAccountStatus::Locked)
            weight *= 4;
        else if (a.status == DemoAccountStatus::Suspended ||
                 a.status == DemoAccountStatus::PendingActivation)
            weight *= 2;
        else if (a.status == DemoAccountStatus::Inactive)
            weight *= 0.5;
        m_world.accountPool.add(int(i), weight);
        m_world.accounts.push_back(std::move(a));

        if (accounts.statementFull()) {
            if (Result<void> st = accounts.flush(); !st)
                return st;
            if (Result<void> st = logins.flush(); !st)
                return st;
        }
    }
    if (Result<void> st = accounts.flush(); !st)
        return st;
    return logins.flush();
}

} // namespace helpdesk
