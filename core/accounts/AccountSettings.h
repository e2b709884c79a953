#pragma once
// AccountSettings: how one-time links are made, kept in the shared settings table: the customer
// portal's address (links are <portal>/reset?token=... and <portal>/activate?token=...), how long
// each kind of link lives, how many links an account may get per hour, and how long an identity
// check counts.

#include "accounts/AccountToken.h"
#include "common/Result.h"
#include "settings/Settings.h"

#include <QString>

namespace helpdesk {

struct AccountSettings
{
    QString portalUrl = QStringLiteral("https://portal.example.com");
    int resetExpiryMinutes = 60;
    int activationExpiryMinutes = 7 * 24 * 60;
    int linksPerHour = 3;
    int verificationValidHours = 24;

    static const SettingKey<QString> PortalUrlKey;           // accounts/portal_url
    static const SettingKey<int> ResetExpiryMinutesKey;      // accounts/reset_expiry_minutes
    static const SettingKey<int> ActivationExpiryMinutesKey; // accounts/activation_expiry_minutes
    static const SettingKey<int> LinksPerHourKey;            // accounts/links_per_hour
    static const SettingKey<int> VerificationValidHoursKey;  // accounts/verification_valid_hours

    // Reads every key (defaults where unset) and validates the result.
    static Result<AccountSettings> load(Settings &settings);
    // Validates, then writes every key.
    Result<void> save(Settings &settings) const;
    // Names the first value that is unusable.
    Result<void> validate() const;

    int expiryMinutes(TokenKind kind) const
    {
        return kind == TokenKind::Reset ? resetExpiryMinutes : activationExpiryMinutes;
    }
    // The link for a token: <portal>/reset?token=<token> or <portal>/activate?token=<token>.
    QString link(TokenKind kind, const QString &token) const;
};

} // namespace helpdesk
