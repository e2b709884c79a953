#include "accounts/AccountSettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountSettings", text);
}

constexpr int kMaxExpiryMinutes = 30 * 24 * 60;

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

const SettingKey<QString> AccountSettings::PortalUrlKey{
    QStringLiteral("accounts/portal_url"), QStringLiteral("https://portal.example.com")};
const SettingKey<int> AccountSettings::ResetExpiryMinutesKey{
    QStringLiteral("accounts/reset_expiry_minutes"), 60};
const SettingKey<int> AccountSettings::ActivationExpiryMinutesKey{
    QStringLiteral("accounts/activation_expiry_minutes"), 7 * 24 * 60};
const SettingKey<int> AccountSettings::LinksPerHourKey{QStringLiteral("accounts/links_per_hour"),
                                                       3};
const SettingKey<int> AccountSettings::VerificationValidHoursKey{
    QStringLiteral("accounts/verification_valid_hours"), 24};

Result<AccountSettings> AccountSettings::load(Settings &settings)
{
    AccountSettings s;
    HD_TRY_ASSIGN(auto portal, settings.get(PortalUrlKey));
    s.portalUrl = portal.trimmed();
    for (auto [key, target] : {std::pair{&ResetExpiryMinutesKey, &s.resetExpiryMinutes},
                               std::pair{&ActivationExpiryMinutesKey, &s.activationExpiryMinutes},
                               std::pair{&LinksPerHourKey, &s.linksPerHour},
                               std::pair{&VerificationValidHoursKey, &s.verificationValidHours}}) {
        HD_TRY_ASSIGN(auto v, settings.get(*key));
        *target = v;
    }
    HD_TRY(s.validate());
    return s;
}

Result<void> AccountSettings::save(Settings &settings) const
{
    if (auto ok = validate(); !ok)
        return ok;
    if (auto st = settings.set(PortalUrlKey, portalUrl); !st)
        return st;
    for (auto [key, value] : {std::pair{&ResetExpiryMinutesKey, resetExpiryMinutes},
                              std::pair{&ActivationExpiryMinutesKey, activationExpiryMinutes},
                              std::pair{&LinksPerHourKey, linksPerHour},
                              std::pair{&VerificationValidHoursKey, verificationValidHours}}) {
        if (auto st = settings.set(*key, value); !st)
            return st;
    }
    return {};
}

Result<void> AccountSettings::validate() const
{
    const QUrl url(portalUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The customer portal address (%1) \"%2\" is not a web address like "
                              "https://portal.example.com. Correct it in the settings.")
                               .arg(PortalUrlKey.key, portalUrl));
    if (auto st = checkRange(ResetExpiryMinutesKey.key, resetExpiryMinutes, 5, kMaxExpiryMinutes);
        !st)
        return st;
    if (auto st = checkRange(ActivationExpiryMinutesKey.key, activationExpiryMinutes, 5,
                             kMaxExpiryMinutes);
        !st)
        return st;
    if (auto st = checkRange(LinksPerHourKey.key, linksPerHour, 1, 100); !st)
        return st;
    if (auto st = checkRange(VerificationValidHoursKey.key, verificationValidHours, 1, 24 * 30);
        !st)
        return st;
    return {};
}

QString AccountSettings::link(TokenKind kind, const QString &token) const
{
    QString base = portalUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    // The token is base64url: nothing in it needs escaping in a query.
    return base +
           (kind == TokenKind::Reset ? QStringLiteral("/reset?token=")
                                     : QStringLiteral("/activate?token=")) +
           token;
}

} // namespace helpdesk
