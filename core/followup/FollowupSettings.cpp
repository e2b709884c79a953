#include "followup/FollowupSettings.h"

#include "mail/MailAddress.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FollowupSettings", text);
}

Result<void> checkRange(const QString &key, int value, int min, int max)
{
    if (value < min || value > max)
        return Error::make(Error::Code::InvalidInput,
                           tr("The setting %1 is %2; it must be from %3 to %4. Correct it in the "
                              "settings, or reset it to its default.")
                               .arg(key)
                               .arg(value)
                               .arg(min)
                               .arg(max));
    return {};
}
} // namespace

const SettingKey<bool> FollowupSettings::EnabledKey{QStringLiteral("followup/enabled"), true};
const SettingKey<int> FollowupSettings::DelayHoursKey{QStringLiteral("followup/delay_hours"), 24};
const SettingKey<int> FollowupSettings::SamplePercentKey{QStringLiteral("followup/sample_percent"),
                                                         100};
const SettingKey<int> FollowupSettings::CooldownDaysKey{QStringLiteral("followup/cooldown_days"),
                                                        30};
const SettingKey<int> FollowupSettings::ExpiryDaysKey{QStringLiteral("followup/expiry_days"), 14};
const SettingKey<int> FollowupSettings::MaxAgeDaysKey{QStringLiteral("followup/max_age_days"), 7};
const SettingKey<QString> FollowupSettings::SurveyUrlKey{QStringLiteral("followup/survey_url"),
                                                         QString()};

Result<FollowupSettings> FollowupSettings::load(Settings &settings)
{
    FollowupSettings s;
    HD_TRY_ASSIGN(s.enabled, settings.get(EnabledKey));
    for (auto [key, target] :
         {std::pair{&DelayHoursKey, &s.delayHours}, std::pair{&SamplePercentKey, &s.samplePercent},
          std::pair{&CooldownDaysKey, &s.cooldownDays}, std::pair{&ExpiryDaysKey, &s.expiryDays},
          std::pair{&MaxAgeDaysKey, &s.maxAgeDays}}) {
        HD_TRY_ASSIGN(*target, settings.get(*key));
    }
    HD_TRY_ASSIGN(auto url, settings.get(SurveyUrlKey));
    s.surveyUrl = url.trimmed();
    HD_TRY(s.validate());
    return s;
}

Result<void> FollowupSettings::save(Settings &settings) const
{
    HD_TRY(validate());
    HD_TRY(settings.set(EnabledKey, enabled));
    HD_TRY(settings.set(DelayHoursKey, delayHours));
    HD_TRY(settings.set(SamplePercentKey, samplePercent));
    HD_TRY(settings.set(CooldownDaysKey, cooldownDays));
    HD_TRY(settings.set(ExpiryDaysKey, expiryDays));
    HD_TRY(settings.set(MaxAgeDaysKey, maxAgeDays));
    return settings.set(SurveyUrlKey, surveyUrl);
}

Result<void> FollowupSettings::validate() const
{
    HD_TRY(checkRange(DelayHoursKey.key, delayHours, 0, 24 * 30));
    HD_TRY(checkRange(SamplePercentKey.key, samplePercent, 0, 100));
    HD_TRY(checkRange(CooldownDaysKey.key, cooldownDays, 0, 365));
    // helpdesk.mint_survey_link (PostgreSQL) takes 1 to 90 days.
    HD_TRY(checkRange(ExpiryDaysKey.key, expiryDays, 1, 90));
    HD_TRY(checkRange(MaxAgeDaysKey.key, maxAgeDays, 1, 365));
    if (!surveyUrl.isEmpty()) {
        const QUrl url(surveyUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            url.hasQuery())
            return Error::make(Error::Code::InvalidInput,
                               tr("The setting followup/survey_url must be an https address "
                                  "without a query, e.g. https://portal.example.com/survey. "
                                  "Correct it, or reset it to use the customer portal's address."));
    }
    return {};
}

QString FollowupSettings::link(const QString &portalUrl, const QString &token) const
{
    QString base = surveyUrl;
    if (base.isEmpty()) {
        base = portalUrl.trimmed();
        while (base.endsWith(u'/'))
            base.chop(1);
        base += QStringLiteral("/survey");
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("?token=") + token;
}

namespace SkipReasons {

QString key(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoSurvey:
        return QStringLiteral("no_survey");
    case SkipReason::Staff:
        return QStringLiteral("staff");
    case SkipReason::Sampling:
        return QStringLiteral("sampling");
    case SkipReason::Cooldown:
        return QStringLiteral("cooldown");
    case SkipReason::NoAddress:
        return QStringLiteral("no_address");
    }
    return {};
}

QString label(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoSurvey:
        return tr("marked for no survey");
    case SkipReason::Staff:
        return tr("a staff address");
    case SkipReason::Sampling:
        return tr("not in the sampled share");
    case SkipReason::Cooldown:
        return tr("the customer was asked recently");
    case SkipReason::NoAddress:
        return tr("no usable email address");
    }
    return {};
}

} // namespace SkipReasons

namespace FollowupRules {

bool sampled(qint64 ticketId, int percent)
{
    if (percent >= 100)
        return true;
    if (percent <= 0)
        return false;
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::number(ticketId), QCryptographicHash::Sha256);
    const quint32 v = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                      (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return int(v % 100) < percent;
}

std::optional<SkipReason> decide(const SurveyCandidate &candidate, const FollowupSettings &settings)
{
    if (!MailAddress::normalized(candidate.email, QStringLiteral("To")).ok())
        return SkipReason::NoAddress;
    if (candidate.staffAddress)
        return SkipReason::Staff;
    if (!sampled(candidate.ticketId, settings.samplePercent))
        return SkipReason::Sampling;
    if (candidate.recentlySurveyed)
        return SkipReason::Cooldown;
    return std::nullopt;
}

} // namespace FollowupRules

} // namespace helpdesk
