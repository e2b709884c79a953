#include "inbound/ImapConnection.h"

#include "inbound/InboundLogging.h"
#include "inbound/SocketWait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImapClient", text);
}

constexpr int kSlicesMs = 100; // how often a wait looks at the cancel flag

qint64 now()
{
    return QDeadlineTimer::current().deadline();
}

void ensureCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int onProgress(void *cancelled, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(cancelled)->load() ? 1 : 0;
}

ImapError::Kind kindOf(CURLcode rc)
{
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
        return ImapError::Kind::CannotConnect;
    case CURLE_OPERATION_TIMEDOUT:
        return ImapError::Kind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
        return ImapError::Kind::Tls;
    case CURLE_LOGIN_DENIED:
        return ImapError::Kind::LoginRefused;
    case CURLE_ABORTED_BY_CALLBACK:
        return ImapError::Kind::Cancelled;
    default:
        return ImapError::Kind::Protocol;
    }
}

} // namespace

QString imapErrorMessage(ImapError::Kind kind, const QString &server)
{
    switch (kind) {
    case ImapError::Kind::CannotConnect:
        return tr("Cannot connect to the mail server %1. Check the server name and port, and "
                  "that this computer can reach it.")
            .arg(server);
    case ImapError::Kind::Tls:
        return tr("The secure connection to %1 failed: its certificate is not trusted, does "
                  "not match the pinned key, or the server does not offer encryption. Check the "
                  "security setting and the certificate.")
            .arg(server);
    case ImapError::Kind::LoginRefused:
        return tr("The mail server %1 refused the login. Check the user name and the password "
                  "in Settings › Incoming mail.")
            .arg(server);
    case ImapError::Kind::FolderMissing:
        return tr("The folder does not exist on %1. Check the folder name in Settings › "
                  "Incoming mail.")
            .arg(server);
    case ImapError::Kind::Timeout:
        return tr("The mail server %1 did not answer in time. It may be busy or unreachable; "
                  "the next fetch tries again.")
            .arg(server);
    case ImapError::Kind::MessageGone:
        return tr("The message is no longer in the folder on %1; another program moved or "
                  "deleted it.")
            .arg(server);
    case ImapError::Kind::Protocol:
        return tr("The mail server %1 gave an answer the helpdesk cannot use. The details are "
                  "in the log.")
            .arg(server);
    case ImapError::Kind::Cancelled:
        return tr("Fetching mail was stopped.");
    case ImapError::Kind::NotConnected:
        return tr("Not connected to the mail server %1; connect first.").arg(server);
    }
    return {};
}

ImapConnection::ImapConnection(const std::atomic<bool> *cancelled) : m_cancelled(cancelled) {}

ImapConnection::~ImapConnection()
{
    close();
}

void ImapConnection::close()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
    m_curl = nullptr;
    m_socket = -1;
    m_in.clear();
    m_inPos = 0;
}

ImapError ImapConnection::fail(ImapError::Kind kind, const QString &detail)
{
    close();
    qCWarning(lcInbound).noquote()
        << "IMAP connection to" << m_server << "ended:" << ImapError::key(kind) << detail;
    return ImapError{kind, imapErrorMessage(kind, m_server), detail};
}

ImapResult<void> ImapConnection::open(const ImapSettings &s, const QString &password)
{
    ensureCurl();
    close();
    CURL *curl = curl_easy_init();
    if (!curl)
        return ImapError{ImapError::Kind::Protocol,
                         imapErrorMessage(ImapError::Kind::Protocol, s.host),
                         QStringLiteral("curl_easy_init failed")};
    const QString server = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    m_server = server;
    const bool implicit = s.security == ImapSettings::Security::ImplicitTls;
    const QByteArray url =
        (implicit ? QByteArrayLiteral("imaps://") : QByteArrayLiteral("imap://")) +
        QUrl::toAce(s.host) + ':' + QByteArray::number(s.port) + '/';
    QByteArray user = s.user.toUtf8();
    QByteArray secret = password.toUtf8();
    const QByteArray ca = s.caFile.toLocal8Bit();
    const QByteArray pin = s.pinnedSha256.isEmpty() ? QByteArray() : "sha256//" + s.pinnedSha256;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    if (!pin.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData());
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(s.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(s.connectTimeoutMs));
    // Whole seconds, rounded up, so that the overall deadline above is the one that ends it.
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT,
                     static_cast<long>(std::max(1, (s.connectTimeoutMs + 999) / 1000)));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(m_cancelled));
    const CURLcode rc = curl_easy_perform(curl);
    // The password was copied by libcurl; ours goes now, theirs with the handle.
    secret.fill('\0');
    curl_easy_setopt(curl, CURLOPT_PASSWORD, "");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (rc != CURLE_OK) {
        const ImapError::Kind kind = kindOf(rc);
        const QString detail =
            QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(rc));
        curl_easy_cleanup(curl);
        qCWarning(lcInbound).noquote()
            << "IMAP connect to" << server << "failed:" << ImapError::key(kind) << detail;
        return ImapError{kind, imapErrorMessage(kind, server), detail};
    }
    curl_socket_t socket = CURL_SOCKET_BAD;
    curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &socket);
    if (socket == CURL_SOCKET_BAD) {
        curl_easy_cleanup(curl);
        return ImapError{ImapError::Kind::CannotConnect,
                         imapErrorMessage(ImapError::Kind::CannotConnect, server),
                         QStringLiteral("no socket after connect")};
    }
    m_curl = curl;
    m_socket = static_cast<std::intptr_t>(socket);
    qCInfo(lcInbound).noquote() << "IMAP connected to" << server << "as" << s.user
                                << (implicit ? "(implicit TLS)" : "(STARTTLS)");
    return {};
}

ImapResult<void> ImapConnection::send(const QByteArray &data, qint64 deadline)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        size_t n = 0;
        const CURLcode rc = curl_easy_send(static_cast<CURL *>(m_curl), data.constData() + sent,
                                           static_cast<size_t>(data.size() - sent), &n);
        if (rc == CURLE_OK) {
            sent += static_cast<qsizetype>(n);
            continue;
        }
        if (rc != CURLE_AGAIN)
            return fail(kindOf(rc), QString::fromUtf8(curl_easy_strerror(rc)));
        if (m_cancelled->load())
            return fail(ImapError::Kind::Cancelled, QStringLiteral("cancelled while sending"));
        if (now() >= deadline)
            return fail(ImapError::Kind::Timeout, QStringLiteral("timeout while sending"));
        SocketWait::wait(m_socket, true,
                         static_cast<int>(std::min<qint64>(kSlicesMs, deadline - now())));
    }
    return {};
}

ImapResult<void> ImapConnection::fill(qint64 deadline)
{
    if (m_inPos > 0 && m_inPos > m_in.size() / 2) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    char buffer[65536];
    for (;;) {
        size_t n = 0;
        const CURLcode rc = curl_easy_recv(static_cast<CURL *>(m_curl), buffer, sizeof buffer, &n);
        if (rc == CURLE_OK) {
            if (n == 0)
                return fail(ImapError::Kind::CannotConnect,
                            QStringLiteral("the server closed the connection"));
            m_in.append(buffer, static_cast<qsizetype>(n));
            return {};
        }
        if (rc != CURLE_AGAIN)
            return fail(kindOf(rc), QString::fromUtf8(curl_easy_strerror(rc)));
        if (m_cancelled->load())
            return fail(ImapError::Kind::Cancelled, QStringLiteral("cancelled while reading"));
        const qint64 left = deadline - now();
        if (left <= 0)
            return fail(ImapError::Kind::Timeout, QStringLiteral("no answer within the deadline"));
        if (SocketWait::wait(m_socket, false,
                             static_cast<int>(std::min<qint64>(kSlicesMs, left))) ==
            SocketWait::Result::Error)
            return fail(ImapError::Kind::CannotConnect,
                        QStringLiteral("waiting on the socket failed"));
    }
}

ImapResult<QByteArray> ImapConnection::readLine(qint64 deadline)
{
    for (;;) {
        const qsizetype eol = m_in.indexOf("\r\n", m_inPos);
        if (eol >= 0) {
            QByteArray line = m_in.mid(m_inPos, eol - m_inPos);
            m_inPos = eol + 2;
            return line;
        }
        if (m_in.size() - m_inPos > 1024 * 1024)
            return fail(ImapError::Kind::Protocol, QStringLiteral("a response line over 1 MB"));
        if (auto r = fill(deadline); !r)
            return r.error();
    }
}

ImapResult<QByteArray> ImapConnection::readBytes(qint64 size, qint64 deadline)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        if (m_inPos >= m_in.size()) {
            m_in.clear();
            m_inPos = 0;
            if (auto r = fill(deadline); !r)
                return r.error();
        }
        const qsizetype take = std::min<qsizetype>(size - out.size(), m_in.size() - m_inPos);
        out.append(m_in.constData() + m_inPos, take);
        m_inPos += take;
    }
    return out;
}

ImapResult<ImapConnection::Response> ImapConnection::run(const QByteArray &command, int timeoutMs)
{
    if (!m_curl)
        return ImapError{ImapError::Kind::NotConnected,
                         imapErrorMessage(ImapError::Kind::NotConnected, m_server),
                         {}};
    const qint64 deadline = now() + timeoutMs;
    const QByteArray tag = "H" + QByteArray::number(++m_tag);
    if (auto r = send(tag + ' ' + command + "\r\n", deadline); !r)
        return r.error();
    Response response;
    for (;;) {
        auto line = readLine(deadline);
        if (!line)
            return line.error();
        QByteArray text = std::move(line).value();
        if (text.startsWith(tag + ' ')) {
            QByteArray rest = text.mid(tag.size() + 1);
            response.status = rest.left(rest.indexOf(' ')).toUpper();
            rest = rest.mid(response.status.size()).trimmed();
            if (rest.startsWith('[')) {
                const qsizetype close = rest.indexOf(']');
                const QByteArray code = rest.mid(1, close < 0 ? -1 : close - 1);
                response.code =
                    code.left(code.indexOf(' ') < 0 ? code.size() : code.indexOf(' ')).toUpper();
                rest = close < 0 ? QByteArray() : rest.mid(close + 1).trimmed();
            }
            response.text = rest.left(300);
            return response;
        }
        Untagged u;
        // Literals: "... {123}" then 123 bytes, then the rest of the line.
        while (text.endsWith('}')) {
            const qsizetype open = text.lastIndexOf('{');
            bool ok = false;
            const qint64 size =
                open < 0 ? -1 : text.mid(open + 1, text.size() - open - 2).toLongLong(&ok);
            if (!ok || size < 0)
                break;
            auto literal = readBytes(size, deadline);
            if (!literal)
                return literal.error();
            u.literals.append(std::move(literal).value());
            auto more = readLine(deadline);
            if (!more)
                return more.error();
            text += more.value();
        }
        if (text.startsWith("* BYE")) {
            // The server is closing; the tagged answer may not come.
            qCInfo(lcInbound).noquote() << "IMAP server says:" << QString::fromUtf8(text.left(200));
        }
        u.line = std::move(text);
        response.untagged.append(std::move(u));
    }
}

} // namespace helpdesk
