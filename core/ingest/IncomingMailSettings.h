#pragma once
// IncomingMailSettings: the IMAP mailbox the helpdesk reads customer mail from (server,
// security, user, folder, what to do with a processed message), kept in the shared settings
// table. The password is not here: it lives in the SecretStore under passwordKey().

#include "common/Result.h"
#include "inbound/ImapTypes.h"
#include "settings/Settings.h"

#include <QString>

namespace helpdesk {

struct IncomingMailSettings
{
    bool enabled = false; // the app fetches (an admin switches it on)
    QString host;
    int port = 993;
    ImapSettings::Security security = ImapSettings::Security::ImplicitTls;
    QString user;
    QString folder = QStringLiteral("INBOX");
    QString moveTo;     // empty: processed mail stays, flagged \Seen and $HelpdeskProcessed
    QString caFile;     // a private CA's certificate on this computer (empty: the system's)
    int intervalS = 60; // how often the app looks for new mail

    static Result<IncomingMailSettings> load(Settings &settings);
    // Validates, then writes every key.
    Result<void> save(Settings &settings) const;
    // Names the first field that is unusable.
    Result<void> validate() const;
    bool isConfigured() const { return !host.trimmed().isEmpty() && !user.trimmed().isEmpty(); }

    // The SecretStore key of the password: "imap/<user>@<host>".
    QString passwordKey() const;
    // Which mailbox the sync state and claims belong to: "<user>@<host>/<folder>".
    QString mailboxKey() const;
    ImapSettings toImapSettings() const;

    static QString securityKey(ImapSettings::Security security); // "tls" or "starttls"
    static std::optional<ImapSettings::Security> securityFromKey(const QString &key);
};

} // namespace helpdesk
