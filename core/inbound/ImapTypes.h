#pragma once
// The values ImapClient takes and returns: settings, the classified error, the sync state the
// caller stores (UIDVALIDITY and the last UID handled), a listing and a fetched message.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace helpdesk {

struct ImapSettings
{
    enum class Security {
        ImplicitTls, // imaps, port 993
        StartTls,    // imap, port 143, STARTTLS required before the login
    };
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString user;
    QString folder = QStringLiteral("INBOX");
    // Trusted in addition to the system's certificate authorities (a private CA, tests).
    QString caFile;
    // Base64 SHA-256 of the server's public key (SubjectPublicKeyInfo), like the SMTP pinning:
    // when set, a server with another key is refused even with a valid certificate.
    QByteArray pinnedSha256;
    int connectTimeoutMs = 20'000; // TCP, TLS, greeting, STARTTLS and login together
    int commandTimeoutMs = 30'000; // each command's complete answer
    int fetchTimeoutMs = 180'000;  // one message, however large
    // Set on messages the helpdesk has processed (with \Seen), so that no client takes them
    // again, even after the folder's UIDVALIDITY changed.
    QString processedKeyword = QStringLiteral("$HelpdeskProcessed");
};

struct ImapError
{
    enum class Kind {
        CannotConnect, // no answer, refused, name not found, connection dropped
        Tls,           // handshake, certificate, pinning, STARTTLS not offered
        LoginRefused,  // user name or password
        FolderMissing, // the folder to read or to move to does not exist
        Timeout,       // a step took longer than its deadline
        MessageGone,   // the UID is not in the folder (deleted or moved meanwhile)
        Protocol,      // the server answered something we cannot use (NO, BAD, garbage)
        Cancelled,
        NotConnected,
    };
    Kind kind = Kind::Protocol;
    QString message; // translated: what happened and what to do
    QString detail;  // technical, for logs: libcurl's text or the server's answer; never secrets

    static QString key(Kind kind); // "cannot_connect", "tls", "login_refused", ...
    // As a general Error: Network for connection trouble, PermissionDenied for the login,
    // NotFound for folders and messages, Cancelled, Unavailable otherwise.
    Error toError() const;
};

template <typename T> class [[nodiscard]] ImapResult
{
public:
    ImapResult(T value) : m_data(std::move(value)) {}
    ImapResult(ImapError error) : m_data(std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const ImapError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ImapError> m_data;
};

template <> class [[nodiscard]] ImapResult<void>
{
public:
    ImapResult() = default;
    ImapResult(ImapError error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ImapError &error() const { return m_error; }

private:
    ImapError m_error;
    bool m_failed = false;
};

// What the caller keeps between runs, per folder (in the database, next to its claims).
struct ImapSyncState
{
    quint32 uidValidity = 0; // 0: never synced
    quint32 lastUid = 0;     // the highest UID handled so far
};

struct ImapMailbox
{
    QString folder;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
};

struct ImapListing
{
    ImapMailbox mailbox;
    // The stored UIDVALIDITY no longer holds: UIDs were renumbered, the whole folder was read
    // again (messages already processed carry the keyword, and the caller's claims by
    // Message-ID catch the rest).
    bool uidValidityChanged = false;
    QList<quint32> uids; // new and not processed, ascending
};

struct ImapMessage
{
    quint32 uid = 0;
    QByteArray raw; // exactly the bytes the server holds
    QStringList flags;
};

} // namespace helpdesk
