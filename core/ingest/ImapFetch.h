#pragma once
// ImapFetch: one pass over the IMAP folder into MailIngest, UID-based so that nothing is fetched
// twice or missed across restarts, and safe with several clients or jobs at once: each message
// is claimed in the database (imap_claims, with a lease) before it is fetched, and only the
// claimer processes it. A processed message is flagged (\Seen and $HelpdeskProcessed) or moved.
// Blocking, on one thread that owns both the database connection and the ImapClient (the
// command line, a test, or the app's fetch thread); every step has the client's deadlines.

#include "common/Result.h"
#include "inbound/ImapClient.h"
#include "ingest/IncomingMailSettings.h"
#include "ingest/MailIngest.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace helpdesk {

struct FetchReport
{
    int listed = 0;  // new messages in the folder
    int handled = 0; // ingested by this pass
    int skipped = 0; // claimed by another client
    int created = 0;
    int added = 0;
    int ignored = 0; // ignored, duplicates, bounces
    int refused = 0; // over the size limit: left in the folder, flagged, listed for admins
    QList<qint64> changedTickets;
    QStringList problems; // translated, one line each

    QString summary() const; // one translated line
};

class ImapFetch
{
public:
    ImapFetch(QSqlDatabase &db, ImapClient &client, IncomingMailSettings settings,
              QString claimerId);

    // The ingest settings (size limit, threading); the IMAP user is added to our addresses.
    void setIngestOptions(IngestOptions options) { m_options = std::move(options); }
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // Connects (when not connected) with the password, handles every new message, and returns
    // what it did. An Error when the server or the database cannot be used at all (the message
    // says what to check); a single message's trouble is a line in problems.
    Result<FetchReport> runOnce(const QString &password);

private:
    Result<void> handle(quint32 uidValidity, quint32 uid, FetchReport &report);

    QSqlDatabase &m_db;
    ImapClient &m_client;
    IncomingMailSettings m_settings;
    QString m_claimer;
    IngestOptions m_options;
    std::function<qint64()> m_now;
};

} // namespace helpdesk
