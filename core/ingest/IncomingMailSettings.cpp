#include "ingest/IncomingMailSettings.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("IncomingMailSettings", text);
}

const SettingKey<bool> kEnabled{QStringLiteral("imap/enabled"), false};
const SettingKey<QString> kHost{QStringLiteral("imap/host"), QString()};
const SettingKey<int> kPort{QStringLiteral("imap/port"), 993};
const SettingKey<QString> kSecurity{QStringLiteral("imap/security"), QStringLiteral("tls")};
const SettingKey<QString> kUser{QStringLiteral("imap/user"), QString()};
const SettingKey<QString> kFolder{QStringLiteral("imap/folder"), QStringLiteral("INBOX")};
const SettingKey<QString> kMoveTo{QStringLiteral("imap/move_to"), QString()};
const SettingKey<QString> kCaFile{QStringLiteral("imap/ca_file"), QString()};
const SettingKey<int> kInterval{QStringLiteral("imap/interval_s"), 60};

bool oneLine(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}
} // namespace

QString IncomingMailSettings::securityKey(ImapSettings::Security security)
{
    return security == ImapSettings::Security::StartTls ? QStringLiteral("starttls")
                                                        : QStringLiteral("tls");
}

std::optional<ImapSettings::Security> IncomingMailSettings::securityFromKey(const QString &key)
{
    if (key == QLatin1String("tls"))
        return ImapSettings::Security::ImplicitTls;
    if (key == QLatin1String("starttls"))
        return ImapSettings::Security::StartTls;
    return std::nullopt;
}

Result<IncomingMailSettings> IncomingMailSettings::load(Settings &settings)
{
    IncomingMailSettings s;
    HD_TRY_ASSIGN(s.enabled, settings.get(kEnabled));
    HD_TRY_ASSIGN(s.host, settings.get(kHost));
    HD_TRY_ASSIGN(s.port, settings.get(kPort));
    HD_TRY_ASSIGN(const QString security, settings.get(kSecurity));
    s.security = securityFromKey(security).value_or(ImapSettings::Security::ImplicitTls);
    HD_TRY_ASSIGN(s.user, settings.get(kUser));
    HD_TRY_ASSIGN(s.folder, settings.get(kFolder));
    HD_TRY_ASSIGN(s.moveTo, settings.get(kMoveTo));
    HD_TRY_ASSIGN(s.caFile, settings.get(kCaFile));
    HD_TRY_ASSIGN(s.intervalS, settings.get(kInterval));
    return s;
}

Result<void> IncomingMailSettings::validate() const
{
    if (enabled && !isConfigured())
        return Error::make(Error::Code::InvalidInput,
                           tr("Enter the IMAP server and the user name before switching fetching "
                              "on."));
    if (port < 1 || port > 65535)
        return Error::make(Error::Code::InvalidInput,
                           tr("The IMAP port must be between 1 and 65535 (usually 993 for TLS, "
                              "143 for STARTTLS)."));
    if (intervalS < 10 || intervalS > 86400)
        return Error::make(Error::Code::InvalidInput,
                           tr("Check for new mail every 10 seconds to once a day."));
    for (const QString *field : {&host, &user, &folder, &moveTo, &caFile})
        if (!oneLine(*field))
            return Error::make(Error::Code::InvalidInput,
                               tr("The incoming mail settings may not contain line breaks or "
                                  "control characters."));
    if (folder.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Enter the folder to read (usually INBOX)."));
    if (!moveTo.isEmpty() && moveTo == folder)
        return Error::make(Error::Code::InvalidInput,
                           tr("Processed mail cannot be moved to the folder it is read from; "
                              "choose another folder, or leave it empty to only flag it."));
    return {};
}

Result<void> IncomingMailSettings::save(Settings &settings) const
{
    HD_TRY(validate());
    HD_TRY(settings.set(kEnabled, enabled));
    HD_TRY(settings.set(kHost, host.trimmed()));
    HD_TRY(settings.set(kPort, port));
    HD_TRY(settings.set(kSecurity, securityKey(security)));
    HD_TRY(settings.set(kUser, user.trimmed()));
    HD_TRY(settings.set(kFolder, folder.trimmed()));
    HD_TRY(settings.set(kMoveTo, moveTo.trimmed()));
    HD_TRY(settings.set(kCaFile, caFile.trimmed()));
    HD_TRY(settings.set(kInterval, intervalS));
    return {};
}

QString IncomingMailSettings::passwordKey() const
{
    return QStringLiteral("imap/%1@%2").arg(user.trimmed(), host.trimmed());
}

QString IncomingMailSettings::mailboxKey() const
{
    return QStringLiteral("%1@%2/%3").arg(user.trimmed(), host.trimmed(), folder.trimmed());
}

ImapSettings IncomingMailSettings::toImapSettings() const
{
    ImapSettings s;
    s.host = host.trimmed();
    s.port = quint16(port);
    s.security = security;
    s.user = user.trimmed();
    s.folder = folder.trimmed();
    s.caFile = caFile.trimmed();
    return s;
}

} // namespace helpdesk
