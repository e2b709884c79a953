#include "mail/MailSettings.h"

#include "mail/MimeBuilder.h"
#include "mail/SmtpClient.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MailSettings", text);
}
} // namespace

const SettingKey<QString> MailSettings::HostKey{QStringLiteral("smtp/host"), QString()};
const SettingKey<int> MailSettings::PortKey{QStringLiteral("smtp/port"), 587};
const SettingKey<QString> MailSettings::SecurityKey{QStringLiteral("smtp/security"),
                                                    QStringLiteral("starttls")};
const SettingKey<QString> MailSettings::UserKey{QStringLiteral("smtp/user"), QString()};
const SettingKey<QString> MailSettings::FromAddressKey{QStringLiteral("mail/from_address"),
                                                       QString()};
const SettingKey<QString> MailSettings::FromNameKey{QStringLiteral("mail/from_name"), QString()};
const SettingKey<QString> MailSettings::MessageIdDomainKey{QStringLiteral("mail/message_id_domain"),
                                                           QString()};
const SettingKey<bool> MailSettings::AllowPlainKey{QStringLiteral("smtp/allow_plain"), false};
const SettingKey<QString> MailSettings::TrustedCertKey{QStringLiteral("smtp/trusted_cert_sha256"),
                                                       QString()};
const SettingKey<QString> MailSettings::HeloNameKey{QStringLiteral("smtp/helo_name"), QString()};
const SettingKey<int> MailSettings::ReplyTimeoutKey{QStringLiteral("smtp/reply_timeout_s"), 30};

QString MailSettings::securityKey(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

std::optional<SmtpSettings::Security> MailSettings::securityFromKey(const QString &key)
{
    for (auto s : {SmtpSettings::Security::ImplicitTls, SmtpSettings::Security::StartTls,
                   SmtpSettings::Security::None})
        if (securityKey(s) == key)
            return s;
    return std::nullopt;
}

Result<MailSettings> MailSettings::load(Settings &settings)
{
    MailSettings m;
    QString security;
    const std::pair<const SettingKey<QString> *, QString *> texts[] = {
        {&HostKey, &m.host},
        {&SecurityKey, &security},
        {&UserKey, &m.user},
        {&FromAddressKey, &m.fromAddress},
        {&FromNameKey, &m.fromName},
        {&MessageIdDomainKey, &m.messageIdDomain},
        {&TrustedCertKey, &m.trustedCertSha256},
        {&HeloNameKey, &m.heloName},
    };
    for (const auto &[key, target] : texts) {
        HD_TRY_ASSIGN(auto v, settings.get(*key));
        *target = v;
    }
    HD_TRY_ASSIGN(auto port, settings.get(PortKey));
    m.port = port;
    HD_TRY_ASSIGN(auto plain, settings.get(AllowPlainKey));
    m.allowPlain = plain;
    HD_TRY_ASSIGN(auto timeout, settings.get(ReplyTimeoutKey));
    m.replyTimeoutS = timeout;
    const auto parsed = securityFromKey(security.trimmed().toLower());
    if (!parsed)
        return Error::make(Error::Code::InvalidInput,
                           tr("The mail security setting \"%1\" is not one of starttls, tls or "
                              "none. Choose one in the mail settings.")
                               .arg(security));
    m.security = *parsed;
    return m;
}

Result<void> MailSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Enter the mail relay's host name."));
    if (port < 1 || port > 65535)
        return Error::make(Error::Code::InvalidInput,
                           tr("The mail relay port must be from 1 to 65535."));
    if (fromAddress.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Enter the sender address that customers see in From."));
    if (replyTimeoutS < 1 || replyTimeoutS > 600)
        return Error::make(Error::Code::InvalidInput,
                           tr("The time to wait for the mail relay must be from 1 to 600 "
                              "seconds."));
    HD_TRY(MailAddress::normalized(fromAddress, tr("From address")));
    if (fromName.contains(u'\n') || fromName.contains(u'\r'))
        return Error::make(Error::Code::InvalidInput, tr("The sender name must be one line."));
    if (!messageIdDomain.isEmpty()) {
        HD_TRY(MimeBuilder::generateMessageId(messageIdDomain));
    }
    if (security == SmtpSettings::Security::None && !allowPlain) {
        // Names are only trusted to be this computer when they say so; SmtpClient checks
        // again after the lookup.
        const QString h = host.trimmed().toLower();
        const QHostAddress address(h);
        const bool local = h == QLatin1String("localhost") ||
                           h.endsWith(QLatin1String(".localhost")) ||
                           (!address.isNull() && address.isLoopback());
        if (!local)
            return Error::make(Error::Code::InvalidInput,
                               tr("Plain (unencrypted) SMTP is only allowed to this computer. "
                                  "Choose TLS or STARTTLS for %1, or allow plain SMTP on the "
                                  "network explicitly.")
                                   .arg(host.trimmed()));
    }
    HD_TRY(SmtpClient::checkSettings(toSmtpSettings(QString())));
    return {};
}

Result<void> MailSettings::save(Settings &settings) const
{
    if (auto valid = validate(); !valid)
        return valid;
    const std::pair<const SettingKey<QString> *, QString> texts[] = {
        {&HostKey, host.trimmed()},
        {&SecurityKey, securityKey(security)},
        {&UserKey, user.trimmed()},
        {&FromAddressKey, fromAddress.trimmed()},
        {&FromNameKey, fromName.trimmed()},
        {&MessageIdDomainKey, messageIdDomain.trimmed()},
        {&TrustedCertKey, trustedCertSha256.trimmed()},
        {&HeloNameKey, heloName.trimmed()},
    };
    for (const auto &[key, value] : texts)
        if (auto st = settings.set(*key, value); !st)
            return st;
    if (auto st = settings.set(PortKey, port); !st)
        return st;
    if (auto st = settings.set(ReplyTimeoutKey, replyTimeoutS); !st)
        return st;
    return settings.set(AllowPlainKey, allowPlain);
}

QString MailSettings::effectiveMessageIdDomain() const
{
    if (!messageIdDomain.trimmed().isEmpty())
        return messageIdDomain.trimmed();
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    if (at > 0 && at + 1 < fromAddress.size())
        return fromAddress.mid(at + 1).trimmed();
    return QStringLiteral("helpdesk.invalid");
}

QString MailSettings::passwordKey() const
{
    return QStringLiteral("smtp/") + user.trimmed() + u'@' + host.trimmed().toLower();
}

SmtpSettings MailSettings::toSmtpSettings(const QString &password) const
{
    SmtpSettings s;
    s.host = host.trimmed();
    s.port = quint16(port);
    s.security = security;
    s.user = user.trimmed();
    s.password = password;
    s.allowPlainOnNonLoopback = allowPlain;
    s.trustedCertSha256 = trustedCertSha256;
    s.heloName = heloName;
    const int replyMs = std::clamp(replyTimeoutS, 1, 600) * 1000;
    s.timeouts.greetingMs = replyMs;
    s.timeouts.commandMs = replyMs;
    s.timeouts.dataMs = 4 * replyMs;
    return s;
}

} // namespace helpdesk
