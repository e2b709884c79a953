#pragma once
// The follow-up survey's rules, kept in the shared settings table (followup/...): how long after
// Resolved the survey goes, which share of tickets gets one, how often one customer is asked at
// most, how long the link works and how old a resolution may be to still be asked about. The
// decision for one ticket (FollowupRules::decide) is pure, so the tests drive it with data.

#include "common/Result.h"
#include "settings/Settings.h"

#include <QString>

#include <optional>

namespace helpdesk {

struct FollowupSettings
{
    bool enabled = true;
    int delayHours = 24;     // after Resolved
    int samplePercent = 100; // of the resolved tickets
    int cooldownDays = 30;   // at most one survey per customer address in this many days
    int expiryDays = 14;     // the link's lifetime
    int maxAgeDays = 7;      // a resolution older than delay + this is not asked about any more
    QString surveyUrl;       // empty: <accounts/portal_url>/survey

    static const SettingKey<bool> EnabledKey;      // followup/enabled
    static const SettingKey<int> DelayHoursKey;    // followup/delay_hours
    static const SettingKey<int> SamplePercentKey; // followup/sample_percent
    static const SettingKey<int> CooldownDaysKey;  // followup/cooldown_days
    static const SettingKey<int> ExpiryDaysKey;    // followup/expiry_days
    static const SettingKey<int> MaxAgeDaysKey;    // followup/max_age_days
    static const SettingKey<QString> SurveyUrlKey; // followup/survey_url

    // Reads every key (defaults where unset) and validates the result.
    static Result<FollowupSettings> load(Settings &settings);
    Result<void> save(Settings &settings) const;
    Result<void> validate() const;

    qint64 delayMs() const { return qint64(delayHours) * 3'600'000; }
    qint64 cooldownMs() const { return qint64(cooldownDays) * 86'400'000; }
    qint64 expiryMs() const { return qint64(expiryDays) * 86'400'000; }
    qint64 maxAgeMs() const { return qint64(maxAgeDays) * 86'400'000; }
    // The link for a token: <survey url>?token=<token>.
    QString link(const QString &portalUrl, const QString &token) const;
};

// Why a resolved ticket gets no survey (surveys.skip_reason).
enum class SkipReason { NoSurvey, Staff, Sampling, Cooldown, NoAddress };

namespace SkipReasons {
QString key(SkipReason reason);   // "no_survey", "staff", "sampling", "cooldown", "no_address"
QString label(SkipReason reason); // translated
} // namespace SkipReasons

// What the due job knows about one resolved ticket when it decides.
struct SurveyCandidate
{
    qint64 ticketId = 0;
    QString email;
    bool staffAddress = false;     // the address is a staff member's
    bool recentlySurveyed = false; // a survey went to the address within the cooldown
};

namespace FollowupRules {
// Whether the ticket is in the sampled share: a fixed function of the ticket id (the same answer
// on every client and every run), so that percent 30 asks about 30 in 100 tickets.
bool sampled(qint64 ticketId, int percent);
// nullopt: send the survey; otherwise why not. Order: no address, staff, sampling, cooldown.
std::optional<SkipReason> decide(const SurveyCandidate &candidate,
                                 const FollowupSettings &settings);
} // namespace FollowupRules

} // namespace helpdesk
