#pragma once
// ImapClient: reads one IMAP folder by UID, so that nothing is fetched twice or missed across
// restarts. Blocking, every step within its deadline (ImapSettings), every failure classified
// (ImapError). Run it off the GUI thread: in ImapWorker, or on a tool's own thread. One client
// is one connection; it is not shared between threads, except cancel().
//
// The ingest step uses it like this, so that exactly one client processes a message:
//   listNew(state)           -> UIDs above the stored last UID, not yet flagged as processed
//   (claim the UID in the database, in a transaction; skip it when another client has it)
//   fetch(uid)               -> the raw bytes (BODY.PEEK[]: the message stays unread)
//   (store the raw message, analyse it, record the outcome, commit)
//   markProcessed(uid) or move(uid, folder), then store the new last UID.
// The password comes from the caller for each connect() and is never kept or logged.

#include "inbound/ImapTypes.h"

#include <atomic>
#include <memory>

namespace helpdesk {

class ImapConnection;

class ImapClient
{
public:
    explicit ImapClient(ImapSettings settings);
    ~ImapClient(); // logs out (briefly) when still connected
    ImapClient(const ImapClient &) = delete;
    ImapClient &operator=(const ImapClient &) = delete;

    const ImapSettings &settings() const { return m_settings; }
    void setSettings(ImapSettings settings); // disconnects

    ImapResult<void> connect(const QString &password);
    bool isConnected() const;
    void logout();
    // From any thread: the running step stops with ImapError::Kind::Cancelled, and so does
    // every later one until resetCancel().
    void cancel();
    void resetCancel();
    QStringList capabilities() const { return m_capabilities; }

    // Selects the folder (settings().folder when empty) read-write.
    ImapResult<ImapMailbox> select(const QString &folder = {});
    // Selects settings().folder and lists what is new since `state`. When the folder's
    // UIDVALIDITY differs from the stored one, says so and lists every unprocessed message.
    ImapResult<ImapListing> listNew(const ImapSyncState &state);
    // The message with this UID in the selected folder, without marking it \Seen.
    ImapResult<ImapMessage> fetch(quint32 uid);
    // \Seen and the processed keyword.
    ImapResult<void> markProcessed(quint32 uid);
    ImapResult<void> addFlags(quint32 uid, const QStringList &flags);
    // Moves the message to another folder (MOVE, or COPY + \Deleted + UID EXPUNGE).
    ImapResult<void> move(quint32 uid, const QString &folder);

    // A folder name as an IMAP quoted string, non-ASCII in modified UTF-7 (RFC 3501 5.1.3).
    static QByteArray quoteMailbox(const QString &name);

private:
    ImapResult<void> requireOk(const QByteArray &command, int timeoutMs, ImapError::Kind onNo);
    ImapError error(ImapError::Kind kind, const QString &detail) const;

    ImapSettings m_settings;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<ImapConnection> m_connection;
    QStringList m_capabilities;
    QString m_selected;
};

} // namespace helpdesk
