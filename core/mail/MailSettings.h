#pragma once
// MailSettings: how this deployment sends mail (relay, security, sign-in user, sender), kept in
// the shared settings table. The SMTP password is not here: it lives in the SecretStore under
// passwordKey(), and toSmtpSettings() takes it from the caller.

#include "common/Result.h"
#include "mail/MailAddress.h"
#include "mail/SmtpSettings.h"
#include "mail/Template.h"
#include "settings/Settings.h"

#include <QString>

namespace helpdesk {

struct MailSettings
{
    QString host;
    int port = 587;
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    QString user; // empty: the relay needs no sign-in
    QString fromAddress;
    QString fromName;
    QString messageIdDomain;   // empty: the domain of fromAddress
    bool allowPlain = false;   // plain SMTP to a host that is not this computer
    QString trustedCertSha256; // a relay certificate the admin chose to trust
    QString heloName;          // empty: SmtpClient's default
    // How long to wait for each answer of the relay (the confirmation after a message: four
    // times as long); a relay that stops answering then fails in time, with a clear reason.
    int replyTimeoutS = 30;

    // The keys in the settings table.
    static const SettingKey<QString> HostKey;
    static const SettingKey<int> PortKey;
    static const SettingKey<QString> SecurityKey; // "starttls", "tls" or "none"
    static const SettingKey<QString> UserKey;
    static const SettingKey<QString> FromAddressKey;
    static const SettingKey<QString> FromNameKey;
    static const SettingKey<QString> MessageIdDomainKey;
    static const SettingKey<bool> AllowPlainKey;
    static const SettingKey<QString> TrustedCertKey;
    static const SettingKey<QString> HeloNameKey;
    static const SettingKey<int> ReplyTimeoutKey; // seconds, 1..600

    static Result<MailSettings> load(Settings &settings);
    // Validates, then writes every key.
    Result<void> save(Settings &settings) const;
    // Names the first field that is unusable.
    Result<void> validate() const;

    // A relay and a sender address are set: mail can go out.
    bool isConfigured() const { return !host.trimmed().isEmpty() && !fromAddress.isEmpty(); }
    MailAddress sender() const { return MailAddress(fromAddress, fromName); }
    // The placeholder values the sender gives a template: company.name, when a name is set.
    TemplateValues senderValues() const
    {
        if (fromName.isEmpty())
            return {};
        return {{QStringLiteral("company.name"), fromName}};
    }
    // messageIdDomain, else the sender's domain, else a placeholder that still makes valid IDs.
    QString effectiveMessageIdDomain() const;
    // The SecretStore key of the SMTP password: "smtp/<user>@<host>".
    QString passwordKey() const;
    SmtpSettings toSmtpSettings(const QString &password) const;

    static QString securityKey(SmtpSettings::Security security);
    static std::optional<SmtpSettings::Security> securityFromKey(const QString &key);
};

} // namespace helpdesk
