#pragma once
// DemoWorld: what the generators of one seeding run share: the words, one stream of dice (so
// the order in which generators draw is part of the output), the clock, the staff and the
// customer accounts written so far.

#include "demo/DemoPhrases.h"
#include "demo/DemoRandom.h"
#include "staff/Staff.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace helpdesk {

namespace demo {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// The days of sign-ins and tickets the demo desk has.
constexpr qint64 kHistoryDays = 90;

inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
inline QVariant maybeTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : nullInt();
}

// Letters only, accents dropped: "Zoë Nguyễn" -> "zoe", "nguyen" for email addresses.
inline QString emailPart(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (c == u'ı')
            out.append(u'i');
    }
    return out;
}
} // namespace demo

// In the order of the accounts.status vocabulary (DemoAccounts::statusKey).
enum class DemoAccountStatus { Active, Inactive, PendingActivation, Locked, Suspended };
enum class DemoLockKind { None, FailedSignIns, ReportedCompromise, UnusualLocation, Suspension };

struct DemoStaffMember
{
    qint64 id = 0;
    QString login;
    QString firstName;
    StaffRole role = StaffRole::Agent;
    bool active = true;
    QString assignData; // {"from":null,"to":id}
};

struct DemoAccount
{
    qint64 id = 0;
    QString email;
    QString name;
    QString firstName;
    DemoAccountStatus status = DemoAccountStatus::Active;
    DemoLockKind lock = DemoLockKind::None;
    qint64 createdAt = 0;
};

struct DemoWorld
{
    DemoWorld(const DemoPhrases &phrases, quint32 seed, qint64 nowMs)
        : text(phrases), rng(seed), now(nowMs)
    {}

    const DemoPhrases &text;
    DemoRandom rng;
    qint64 now;

    std::vector<DemoStaffMember> staff;
    std::vector<int> leads;       // indexes into staff
    WeightedPool recentAssignees; // who works tickets from the last few weeks
    WeightedPool olderAssignees;  // also the colleague who has since left
    std::vector<DemoAccount> accounts;
    WeightedPool accountPool; // who writes in, by index into accounts
};

} // namespace helpdesk
