#pragma once
// Internal to core/inbound: one IMAP connection. libcurl opens it (TCP, implicit TLS or
// STARTTLS, certificate checks and pinning, the login) and hands it over (CONNECT_ONLY); then
// this sends tagged commands and reads their answers, literals included, each within its
// deadline. libcurl's own IMAP commands cannot be used: they SELECT and FETCH BODY[] (which sets
// \Seen) and drop the literal of a custom FETCH.

#include "inbound/ImapTypes.h"

#include <QByteArray>
#include <QList>

#include <atomic>

namespace helpdesk {

// The translated message for an error of this kind with the server "host:port".
QString imapErrorMessage(ImapError::Kind kind, const QString &server);

class ImapConnection
{
public:
    struct Untagged
    {
        QByteArray line;            // without CRLF; a literal shows as its "{N}" marker
        QList<QByteArray> literals; // in order of appearance
    };
    struct Response
    {
        QByteArray status; // OK, NO, BAD
        QByteArray code;   // the response code in brackets, e.g. "NONEXISTENT", "TRYCREATE"
        QByteArray text;
        QList<Untagged> untagged;
    };

    explicit ImapConnection(const std::atomic<bool> *cancelled);
    ~ImapConnection();
    ImapConnection(const ImapConnection &) = delete;
    ImapConnection &operator=(const ImapConnection &) = delete;

    ImapResult<void> open(const ImapSettings &settings, const QString &password);
    bool isOpen() const { return m_curl != nullptr; }
    void close();

    // Sends "TAG command" and reads up to the tagged answer. A timeout or a dropped connection
    // closes the connection (its state is unknown); NO and BAD come back as a Response.
    ImapResult<Response> run(const QByteArray &command, int timeoutMs);

private:
    ImapResult<void> send(const QByteArray &data, qint64 deadline);
    ImapResult<void> fill(qint64 deadline);
    ImapResult<QByteArray> readLine(qint64 deadline);
    ImapResult<QByteArray> readBytes(qint64 size, qint64 deadline);
    ImapError fail(ImapError::Kind kind, const QString &detail);

    void *m_curl = nullptr; // CURL *, kept out of this header
    std::intptr_t m_socket = -1;
    const std::atomic<bool> *m_cancelled;
    QString m_server; // "host:port", for messages
    QByteArray m_in;
    qsizetype m_inPos = 0;
    int m_tag = 0;
};

} // namespace helpdesk
