#include "mail/SmtpClient.h"

#include "mail/MailLogging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <algorithm>

namespace helpdesk {

namespace {
constexpr qsizetype kMaxReplyLine = 4096; // RFC 5321 says 512; be lenient, but bounded
constexpr int kMaxReplyLines = 256;       // lines in one multi-line reply
constexpr qint64 kReadChunk = 16 * 1024;  // bytes taken from the socket per step
constexpr qint64 kSocketReadBuffer = 64 * 1024;

enum class Loopback { Yes, No, Unknown };

Loopback hostLoopback(const QString &host)
{
    QHostAddress address;
    if (address.setAddress(host))
        return address.isLoopback() ? Loopback::Yes : Loopback::No;
    const QString lower = host.toLower();
    if (lower == QLatin1String("localhost") || lower == QLatin1String("localhost."))
        return Loopback::Yes;
    return Loopback::Unknown;
}

QByteArray normalizedHex(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        out += static_cast<char>(c.toLower().unicode());
    }
    return out;
}

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

// "30 s", "0.5 s": the limit as an admin reads it in an error message.
QString limitText(int ms)
{
    return SmtpClient::tr("%1 s").arg(QString::number(ms / 1000.0, 'g', 4));
}

bool isSafeEnvelopeAddress(const QByteArray &address)
{
    return std::all_of(address.begin(), address.end(),
                       [](char c) { return c > 32 && c < 127 && c != '<' && c != '>'; });
}
} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

bool SmtpClient::setSettings(SmtpSettings settings)
{
    if (isBusy())
        return false;
    m_settings = std::move(settings);
    return true;
}

Result<void> SmtpClient::checkSettings(const SmtpSettings &settings)
{
    if (settings.host.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("No mail relay is set. Enter the SMTP host in the mail settings."));
    if (settings.port == 0)
        return Error::make(Error::Code::InvalidInput,
                           tr("The SMTP port is not set. Usually it is 587 (STARTTLS) or 465 "
                              "(TLS)."));
    if (!settings.trustedCertSha256.isEmpty()) {
        const QByteArray hex = normalizedHex(settings.trustedCertSha256);
        const bool ok = hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
                            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                        });
        if (!ok)
            return Error::make(Error::Code::InvalidInput,
                               tr("The trusted certificate fingerprint is not a SHA-256 "
                                  "fingerprint (64 hexadecimal digits). Copy it again from the "
                                  "certificate details."));
    }
    if (!settings.heloName.isEmpty()) {
        const QByteArray ace = QUrl::toAce(settings.heloName);
        const bool ok = !ace.isEmpty() && std::all_of(ace.begin(), ace.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '.';
        });
        if (!ok)
            return Error::make(Error::Code::InvalidInput,
                               tr("The HELO name \"%1\" is not a host name. Enter this "
                                  "computer's fully qualified name, or leave it empty.")
                                   .arg(settings.heloName));
    }
    if (settings.security != SmtpSettings::Security::None && !QSslSocket::supportsSsl())
        return Error::make(Error::Code::Unavailable,
                           tr("TLS is not available on this computer (the OpenSSL library is "
                              "missing). Install it or ask your administrator."));
    if (settings.security == SmtpSettings::Security::None) {
        const Loopback loopback = hostLoopback(settings.host);
        if (loopback == Loopback::No && !settings.allowPlainOnNonLoopback)
            return Error::make(Error::Code::InvalidInput,
                               tr("Plain (unencrypted) SMTP is only allowed to this computer, and "
                                  "%1 is not a loopback address. Choose TLS or STARTTLS in the "
                                  "mail settings, or allow plain SMTP on the network "
                                  "explicitly.")
                                   .arg(settings.host));
        if (loopback == Loopback::No && !settings.user.isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               tr("Helpdesk will not send the SMTP password unencrypted to %1. "
                                  "Choose TLS or STARTTLS in the mail settings.")
                                   .arg(settings.host));
    }
    return {};
}

bool SmtpClient::send(QList<SmtpEnvelope> batch)
{
    if (isBusy())
        return false;
    ++m_session;
    m_batch = std::move(batch);
    m_results.clear();
    for (int i = 0; i < m_batch.size(); ++i) {
        SmtpSendResult result;
        result.index = i;
        result.tag = m_batch[i].tag;
        result.messageId = m_batch[i].messageId;
        m_results.append(result);
    }
    m_current = 0;
    m_caps = {};
    m_certificate = {};
    m_buffer.clear();
    m_replyLines.clear();
    m_tcpConnected = false;
    m_dataSent = false;
    m_peerIsLoopback = false;
    m_state = State::Resolving;
    // Start from the event loop so that results never arrive before send() has returned.
    QMetaObject::invokeMethod(this, &SmtpClient::start, Qt::QueuedConnection);
    return true;
}

void SmtpClient::abort()
{
    if (!isBusy())
        return;
    const SmtpError cancelled = SmtpError::make(
        SmtpError::Kind::Cancelled, tr("Sending was cancelled. The message will be sent later."));
    std::optional<SmtpError> current;
    if (awaitingFinalReply())
        current = SmtpError::make(SmtpError::Kind::Cancelled,
                                  tr("Sending was cancelled after the message was sent but before "
                                     "the mail relay confirmed it; it may have been delivered, so "
                                     "the next attempt can send it twice."));
    failSession(cancelled, current);
}

QString SmtpClient::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray SmtpClient::dotStuff(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64 + 5);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            // Bare CR or LF are not allowed in SMTP data; make every line end CRLF.
            out += "\r\n";
            if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

void SmtpClient::start()
{
    if (m_state != State::Resolving)
        return; // aborted before the event loop got here
    if (m_batch.isEmpty()) {
        endSession();
        return;
    }
    if (auto r = checkSettings(m_settings); !r) {
        failSession(SmtpError::make(SmtpError::Kind::Configuration, r.error().message));
        return;
    }
    const QString host = m_settings.host.trimmed();
    const Loopback loopback = hostLoopback(host);
    m_peerIsLoopback = loopback == Loopback::Yes;
    if (m_settings.security == SmtpSettings::Security::None && loopback == Loopback::Unknown &&
        !(m_settings.allowPlainOnNonLoopback && m_settings.user.isEmpty())) {
        // Plain SMTP (or a password in clear) is fine only if the name is this machine.
        arm(m_settings.timeouts.lookupMs, tr("looking up %1").arg(host));
        m_lookupId = QHostInfo::lookupHost(host, this, &SmtpClient::onLookup);
        return;
    }
    connectTo(host);
}

void SmtpClient::onLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Resolving)
        return;
    const QList<QHostAddress> addresses = info.addresses();
    const bool allLoopback = info.error() == QHostInfo::NoError && !addresses.isEmpty() &&
                             std::all_of(addresses.begin(), addresses.end(),
                                         [](const QHostAddress &a) { return a.isLoopback(); });
    if (!allLoopback) {
        const QString why = info.error() == QHostInfo::NoError
                                ? tr("it is not a loopback address")
                                : tr("it could not be resolved (%1)").arg(info.errorString());
        failSession(SmtpError::make(
            SmtpError::Kind::Configuration,
            tr("Plain (unencrypted) SMTP is only allowed to this computer, and %1 is not known "
               "to be this computer: %2. Choose TLS or STARTTLS in the mail settings.")
                .arg(m_settings.host, why)));
        return;
    }
    m_peerIsLoopback = true;
    connectTo(addresses.first());
}

void SmtpClient::createSocket()
{
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(kSocketReadBuffer); // a flooding server cannot grow memory
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(config);

    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::stateChanged, this,
            [this](QAbstractSocket::SocketState state) { onSocketStateChanged(int(state)); });
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpClient::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpClient::onBytesWritten);
}

void SmtpClient::connectTo(const QString &host)
{
    createSocket();
    m_state = State::Connecting;
    // A name is looked up by the socket first; the connect deadline starts when that is done.
    if (QHostAddress literal; literal.setAddress(host))
        arm(m_settings.timeouts.connectMs,
            tr("connecting to %1:%2").arg(host).arg(m_settings.port));
    else
        arm(m_settings.timeouts.lookupMs, tr("looking up %1").arg(host));
    qCDebug(lcMail) << "connecting to" << host << m_settings.port;
    if (m_settings.security == SmtpSettings::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(host, m_settings.port);
    else
        m_socket->connectToHost(host, m_settings.port);
}

void SmtpClient::connectTo(const QHostAddress &address)
{
    createSocket();
    m_state = State::Connecting;
    arm(m_settings.timeouts.connectMs,
        tr("connecting to %1:%2").arg(address.toString()).arg(m_settings.port));
    qCDebug(lcMail) << "connecting to" << address << m_settings.port;
    m_socket->connectToHost(address, m_settings.port); // only for Security::None
}

void SmtpClient::onSocketStateChanged(int state)
{
    if (m_state == State::Connecting && state == QAbstractSocket::ConnectingState)
        arm(m_settings.timeouts.connectMs,
            tr("connecting to %1:%2").arg(m_settings.host.trimmed()).arg(m_settings.port));
}

void SmtpClient::onConnected()
{
    m_tcpConnected = true;
    if (m_state != State::Connecting)
        return;
    if (m_settings.security == SmtpSettings::Security::ImplicitTls) {
        arm(m_settings.timeouts.tlsMs, tr("negotiating TLS")); // wait for encrypted()
        return;
    }
    m_state = State::Greeting;
    arm(m_settings.timeouts.greetingMs, tr("waiting for the greeting"));
}

void SmtpClient::onEncrypted()
{
    qCDebug(lcMail) << "TLS established:" << m_socket->sessionCipher().name()
                    << m_socket->sessionProtocol();
    if (m_state == State::Connecting) {
        m_state = State::Greeting;
        arm(m_settings.timeouts.greetingMs, tr("waiting for the greeting"));
    } else if (m_state == State::TlsHandshake) {
        m_caps = {}; // RFC 3207 4.2: forget what was learnt before TLS
        m_state = State::EhloAfterTls;
        sendCommand("EHLO " + heloArgument());
    }
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate peer = m_socket->peerCertificate();
    if (peer.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull()) {
                peer = e.certificate();
                break;
            }
        }
    }
    CertificateInfo info;
    if (!peer.isNull()) {
        info.subject = peer.subjectDisplayName();
        if (info.subject.isEmpty())
            info.subject = peer.subjectInfo(QSslCertificate::CommonName).join(u", ");
        info.issuer = peer.issuerDisplayName();
        info.expiry = peer.expiryDate();
        info.sha256 = sha256Fingerprint(peer);
    }
    for (const QSslError &e : errors)
        info.problems.append(e.errorString());

    const QByteArray pinned = normalizedHex(m_settings.trustedCertSha256);
    const bool onlyTrustErrors = std::all_of(
        errors.begin(), errors.end(), [](const QSslError &e) { return isTrustError(e.error()); });
    if (!pinned.isEmpty() && !peer.isNull() && normalizedHex(info.sha256) == pinned &&
        onlyTrustErrors) {
        qCInfo(lcMail) << "accepting the pinned relay certificate" << info.sha256 << "despite"
                       << info.problems;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    qCWarning(lcMail) << "relay certificate not trusted:" << info.problems << "subject"
                      << info.subject << "sha256" << info.sha256;
    m_certificate = info; // the handshake fails next; onSocketError reports it
}

void SmtpClient::onSocketError()
{
    if (!m_socket || m_state == State::Idle)
        return;
    const QString reason = m_socket->errorString();
    if (m_state == State::Quit) {
        endSession();
        return;
    }
    if (awaitingFinalReply()) {
        failSession(connectionError(reason),
                    SmtpError::make(SmtpError::Kind::ConnectionLost,
                                    tr("The mail relay closed the connection after the message "
                                       "was sent but before it confirmed it (%1); it may have "
                                       "been delivered, so the next attempt can send it twice.")
                                        .arg(reason),
                                    reason));
        return;
    }
    const bool handshaking =
        m_state == State::TlsHandshake ||
        (m_state == State::Connecting &&
         m_settings.security == SmtpSettings::Security::ImplicitTls && m_tcpConnected) ||
        m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
    if (handshaking) {
        SmtpError error;
        if (!m_certificate.isNull()) {
            error = SmtpError::make(
                SmtpError::Kind::TlsFailed,
                tr("The mail relay's certificate is not trusted (%1). Subject: %2; issuer: %3; "
                   "expires: %4; SHA-256 fingerprint: %5. If your administrator confirms this "
                   "is the relay's certificate, enter the fingerprint as the trusted "
                   "certificate in the mail settings.")
                    .arg(m_certificate.problems.join(u"; "), m_certificate.subject,
                         m_certificate.issuer, m_certificate.expiry.toString(Qt::ISODate),
                         m_certificate.sha256),
                reason);
            error.certificate = m_certificate;
        } else {
            error = SmtpError::make(SmtpError::Kind::TlsFailed,
                                    tr("The encrypted (TLS) connection to the mail relay failed: "
                                       "%1. Check the port and the security setting (TLS or "
                                       "STARTTLS) in the mail settings.")
                                        .arg(reason),
                                    reason);
        }
        failSession(error);
        return;
    }
    if (m_state == State::Connecting) {
        failSession(SmtpError::make(
            SmtpError::Kind::CannotConnect,
            tr("Cannot connect to the mail relay %1:%2 (%3). Check the host and port in the mail "
               "settings and that the relay is running; Helpdesk will try again later.")
                .arg(m_settings.host)
                .arg(m_settings.port)
                .arg(reason),
            reason));
        return;
    }
    failSession(connectionError(reason));
}

void SmtpClient::onDisconnected()
{
    if (!m_socket || m_state == State::Idle)
        return;
    if (m_state == State::Quit) {
        endSession();
        return;
    }
    onSocketError();
}

void SmtpClient::onReadyRead()
{
    const quint64 session = m_session;
    while (m_socket && m_session == session && m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->read(kReadChunk);
        qsizetype start = 0;
        while (true) {
            const qsizetype newline = m_buffer.indexOf('\n', start);
            if (newline < 0)
                break;
            QByteArray line = m_buffer.mid(start, newline - start);
            if (line.endsWith('\r'))
                line.chop(1);
            start = newline + 1;
            if (line.size() > kMaxReplyLine) {
                failSession(SmtpError::make(SmtpError::Kind::Protocol,
                                            tr("The mail relay sent a reply line longer than %1 "
                                               "bytes. Check that host and port point to an "
                                               "SMTP server.")
                                                .arg(kMaxReplyLine)));
                return;
            }
            if (!processLine(line) || m_session != session)
                return; // ended, or a slot already started the next batch
            if (m_state == State::TlsHandshake) {
                // Anything the server sent after its 220 to STARTTLS arrived in clear and
                // must not be taken as part of the encrypted session (RFC 3207 5).
                if (start < m_buffer.size() || m_socket->bytesAvailable() > 0) {
                    failSession(SmtpError::make(SmtpError::Kind::Protocol,
                                                tr("The mail relay sent data right after "
                                                   "agreeing to STARTTLS, which could be an "
                                                   "injection attack. Nothing was sent.")));
                    return;
                }
                m_buffer.clear();
                m_socket->startClientEncryption();
                return;
            }
        }
        m_buffer.remove(0, start);
        if (m_buffer.size() > kMaxReplyLine) {
            failSession(SmtpError::make(SmtpError::Kind::Protocol,
                                        tr("The mail relay sent a reply line longer than %1 "
                                           "bytes. Check that host and port point to an SMTP "
                                           "server.")
                                            .arg(kMaxReplyLine)));
            return;
        }
    }
}

void SmtpClient::onBytesWritten()
{
    if (m_state != State::DataBody)
        return;
    // Still moving data: the data deadline counts from the last progress, and from the moment
    // the final "." went out it is the wait for the relay's confirmation.
    m_timer.start();
    if (!m_dataSent && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0) {
        m_dataSent = true;
        m_phase = tr("waiting for the relay to confirm the message");
        qCDebug(lcMail) << "message data sent, waiting for the final reply";
    }
}

void SmtpClient::onTimeout()
{
    if (m_state == State::Idle)
        return;
    if (m_state == State::Quit) {
        // The messages' results are in; a relay that does not say goodbye changes nothing.
        qCInfo(lcMail) << "no reply to QUIT within" << m_limitMs << "ms; closing";
        endSession();
        return;
    }
    if (m_state == State::Resolving && m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    const SmtpError error = timeoutError();
    if (awaitingFinalReply()) {
        SmtpError current = SmtpError::make(
            SmtpError::Kind::Timeout,
            tr("The mail relay did not confirm the message within %1 after it was sent; it may "
               "have been delivered, so the next attempt can send it twice.")
                .arg(limitText(m_limitMs)),
            m_phase);
        failSession(error, current);
        return;
    }
    failSession(error);
}

bool SmtpClient::awaitingFinalReply() const
{
    return m_state == State::DataBody && m_dataSent;
}

SmtpError SmtpClient::timeoutError() const
{
    const QString limit = limitText(m_limitMs);
    const QString host = m_settings.host.trimmed();
    auto make = [this](const QString &message) {
        return SmtpError::make(SmtpError::Kind::Timeout, message, m_phase);
    };
    auto noAnswer = [&](const QString &step) {
        return make(tr("The mail relay did not answer %1 within %2. Nothing was sent; Helpdesk "
                       "will try again later. If this keeps happening, check the relay.")
                        .arg(step, limit));
    };
    const bool lookingUp =
        m_state == State::Resolving || (m_state == State::Connecting && m_socket &&
                                        m_socket->state() == QAbstractSocket::HostLookupState);
    const QString tls = tr("The mail relay did not complete the encrypted (TLS) handshake within "
                           "%1. Nothing was sent. Check that the port and the security setting "
                           "(TLS or STARTTLS) match the relay; Helpdesk will try again later.")
                            .arg(limit);
    switch (m_state) {
    case State::Resolving:
    case State::Connecting:
        if (lookingUp)
            return make(tr("Looking up the mail relay %1 took longer than %2. Check the host name "
                           "and the network (DNS); Helpdesk will try again later.")
                            .arg(host, limit));
        if (!m_tcpConnected)
            return make(tr("The mail relay %1:%2 did not accept the connection within %3. Check "
                           "the host, the port and any firewall; Helpdesk will try again later.")
                            .arg(host)
                            .arg(m_settings.port)
                            .arg(limit));
        return make(tls);
    case State::TlsHandshake:
        return make(tls);
    case State::Greeting:
        return make(tr("The mail relay did not send its greeting within %1. Check the host and "
                       "port in the mail settings; Helpdesk will try again later.")
                        .arg(limit));
    case State::Ehlo:
    case State::EhloAfterTls:
        return noAnswer(QStringLiteral("EHLO"));
    case State::StartTls:
        return noAnswer(QStringLiteral("STARTTLS"));
    case State::AuthPlain:
        return noAnswer(QStringLiteral("AUTH PLAIN"));
    case State::AuthLoginUser:
        return noAnswer(QStringLiteral("AUTH LOGIN"));
    case State::AuthLoginPassword:
        return noAnswer(tr("AUTH LOGIN (after the user name)"));
    case State::AuthLoginDone:
        return noAnswer(tr("AUTH LOGIN (after the password)"));
    case State::MailFrom:
        return noAnswer(QStringLiteral("MAIL FROM"));
    case State::RcptTo:
        return noAnswer(QStringLiteral("RCPT TO"));
    case State::Data:
        return noAnswer(QStringLiteral("DATA"));
    case State::Rset:
        return noAnswer(QStringLiteral("RSET"));
    case State::DataBody:
        if (m_dataSent) // the message itself gets its own error; this is for the rest
            return make(tr("The mail relay did not confirm an earlier message within %1, so this "
                           "message was not sent. Helpdesk will try again later.")
                            .arg(limit));
        return make(tr("The mail relay stopped taking the message data for %1. The message was "
                       "not delivered; Helpdesk will try again later.")
                        .arg(limit));
    case State::Quit:
    case State::Idle:
        break;
    }
    return make(
        tr("The mail relay did not answer within %1. Helpdesk will try again later.").arg(limit));
}

bool SmtpClient::processLine(const QByteArray &line)
{
    auto protocolError = [this, &line](const QString &why) {
        failSession(SmtpError::make(SmtpError::Kind::Protocol,
                                    tr("The mail relay sent an answer that is not valid SMTP "
                                       "(%1). Check that host and port point to an SMTP server.")
                                        .arg(why),
                                    QString::fromUtf8(line.left(200))));
        return false;
    };
    if (m_state == State::Idle || m_state == State::Resolving || m_state == State::Connecting ||
        m_state == State::TlsHandshake)
        return protocolError(tr("unexpected data"));
    const bool digits = line.size() >= 3 && std::all_of(line.begin(), line.begin() + 3, [](char c) {
                            return c >= '0' && c <= '9';
                        });
    if (!digits || line[0] < '2' || line[0] > '5')
        return protocolError(tr("no reply code"));
    const char separator = line.size() > 3 ? line[3] : ' ';
    if (separator != ' ' && separator != '-')
        return protocolError(tr("malformed reply line"));
    const int code = line.left(3).toInt();
    if (!m_replyLines.isEmpty() && code != m_replyCode)
        return protocolError(tr("reply code changed inside a multi-line reply"));
    if (m_replyLines.size() >= kMaxReplyLines)
        return protocolError(tr("too many reply lines"));
    m_replyCode = code;
    m_replyLines.append(QString::fromUtf8(line.mid(4)));
    qCDebug(lcMail).noquote() << "S:" << QString::fromUtf8(line);
    if (separator == '-')
        return true;
    const QStringList lines = std::exchange(m_replyLines, {});
    handleReply(code, lines);
    return m_state != State::Idle;
}

QByteArray SmtpClient::heloArgument() const
{
    if (!m_settings.heloName.isEmpty())
        return QUrl::toAce(m_settings.heloName);
    // Without a configured name, the address literal of our end (RFC 5321 4.1.4).
    QHostAddress local = m_socket->localAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return "[" + QHostAddress(v4).toString().toLatin1() + "]";
    local.setScopeId({});
    return "[IPv6:" + local.toString().toLatin1() + "]";
}

QString SmtpClient::replyText(int code, const QStringList &lines) const
{
    return QString::number(code) + u' ' + lines.join(u' ');
}

SmtpError SmtpClient::replyError(int code, const QString &reply, const QString &what) const
{
    if (code == 552)
        return SmtpError::make(SmtpError::Kind::MessageTooLarge,
                               tr("The mail relay refused the message as too large (%1). "
                                  "Shorten the message.")
                                   .arg(reply),
                               what, code, reply);
    if (code >= 400 && code < 500)
        return SmtpError::make(SmtpError::Kind::Temporary,
                               tr("The mail relay is temporarily unable to accept the message "
                                  "(%1, after %2). Helpdesk will try again later.")
                                   .arg(reply, what),
                               what, code, reply);
    return SmtpError::make(SmtpError::Kind::Permanent,
                           tr("The mail relay refused the message (%1, after %2). Check the "
                              "message and the relay's policy; it will not be retried "
                              "unchanged.")
                               .arg(reply, what),
                           what, code, reply);
}

SmtpError SmtpClient::connectionError(const QString &reason) const
{
    return SmtpError::make(SmtpError::Kind::ConnectionLost,
                           tr("The connection to the mail relay was lost (%1, while %2). "
                              "Helpdesk will try again later.")
                               .arg(reason, m_phase),
                           reason);
}

void SmtpClient::handleReply(int code, const QStringList &lines)
{
    m_timer.stop();
    const QString reply = replyText(code, lines);
    if (code == 421 && m_state != State::Quit) {
        // The server is closing the channel (RFC 5321 3.8).
        SmtpError error = replyError(code, reply, m_phase);
        error.error.message = tr("The mail relay is closing the connection (%1). Helpdesk will "
                                 "try again later.")
                                  .arg(reply);
        failSession(error);
        return;
    }
    switch (m_state) {
    case State::Greeting:
        if (code != 220) {
            failSession(replyError(code, reply, tr("the greeting")));
            return;
        }
        m_state = State::Ehlo;
        sendCommand("EHLO " + heloArgument());
        return;
    case State::Ehlo:
    case State::EhloAfterTls: {
        if (code != 250) {
            failSession(replyError(code, reply, QStringLiteral("EHLO")));
            return;
        }
        SmtpCapabilities caps;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QStringList words = lines[i].split(u' ', Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            const QString keyword = words.takeFirst().toUpper();
            if (keyword == QLatin1String("STARTTLS")) {
                caps.startTls = true;
            } else if (keyword == QLatin1String("8BITMIME")) {
                caps.eightBitMime = true;
            } else if (keyword == QLatin1String("PIPELINING")) {
                caps.pipelining = true;
            } else if (keyword == QLatin1String("SIZE")) {
                caps.sizeAdvertised = true;
                caps.maxSize = words.isEmpty() ? 0 : words.first().toLongLong();
            } else if (keyword == QLatin1String("AUTH") || keyword.startsWith(u"AUTH=")) {
                if (keyword.startsWith(u"AUTH="))
                    words.prepend(keyword.mid(5));
                for (const QString &mechanism : std::as_const(words)) {
                    if (!caps.authMechanisms.contains(mechanism.toUpper()))
                        caps.authMechanisms.append(mechanism.toUpper());
                }
            }
        }
        m_caps = caps;
        afterEhlo();
        return;
    }
    case State::StartTls:
        if (code != 220) {
            SmtpError error = code >= 400 && code < 500
                                  ? replyError(code, reply, QStringLiteral("STARTTLS"))
                                  : SmtpError::make(SmtpError::Kind::StartTlsUnavailable,
                                                    tr("The mail relay refused STARTTLS (%1). "
                                                       "Nothing was sent. Check the port and "
                                                       "security setting in the mail settings.")
                                                        .arg(reply),
                                                    {}, code, reply);
            failSession(error);
            return;
        }
        m_state = State::TlsHandshake; // onReadyRead starts the handshake
        arm(m_settings.timeouts.tlsMs, tr("negotiating TLS"));
        return;
    case State::AuthPlain:
    case State::AuthLoginDone:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
        if (code == 334 && m_state == State::AuthLoginUser) {
            m_state = State::AuthLoginPassword;
            sendCommand(m_settings.user.toUtf8().toBase64(), "[hidden]");
            return;
        }
        if (code == 334 && m_state == State::AuthLoginPassword) {
            m_state = State::AuthLoginDone;
            sendCommand(m_settings.password.toUtf8().toBase64(), "[hidden]");
            return;
        }
        if (code == 235 && (m_state == State::AuthPlain || m_state == State::AuthLoginDone)) {
            qCDebug(lcMail) << "authenticated";
            beginNextMessage();
            return;
        }
        if (code >= 400 && code < 500) {
            failSession(replyError(code, reply, QStringLiteral("AUTH")));
            return;
        }
        if (code < 400) {
            failSession(
                SmtpError::make(SmtpError::Kind::Protocol,
                                tr("The mail relay answered sign-in unexpectedly (%1).").arg(reply),
                                {}, code, reply));
            return;
        }
        failSession(SmtpError::make(SmtpError::Kind::AuthenticationRejected,
                                    tr("The mail relay rejected the SMTP user name or password "
                                       "(%1). Check the credentials in the mail settings.")
                                        .arg(reply),
                                    {}, code, reply));
        return;
    case State::MailFrom:
        if (code != 250) {
            finishMessage(replyError(code, reply, QStringLiteral("MAIL FROM")));
            return;
        }
        m_rcptIndex = 0;
        m_refused.clear();
        m_refusedReplies.clear();
        m_refusedPermanently = false;
        m_state = State::RcptTo;
        sendCommand("RCPT TO:<" + m_batch[m_current].recipients.first() + ">");
        return;
    case State::RcptTo: {
        const SmtpEnvelope &envelope = m_batch[m_current];
        if (code != 250 && code != 251) {
            m_refused.append(QString::fromLatin1(envelope.recipients[m_rcptIndex]));
            m_refusedReplies.append(reply);
            if (code >= 500)
                m_refusedPermanently = true;
        }
        ++m_rcptIndex;
        if (m_rcptIndex < envelope.recipients.size()) {
            sendCommand("RCPT TO:<" + envelope.recipients[m_rcptIndex] + ">");
            return;
        }
        if (!m_refused.isEmpty()) {
            const QString who = m_refused.join(u", ");
            const QString why = m_refusedReplies.join(u"; ");
            SmtpError error =
                m_refusedPermanently
                    ? SmtpError::make(SmtpError::Kind::RecipientRefused,
                                      tr("The mail relay refused the recipient %1 (%2). Check the "
                                         "address; the message was not sent to anyone.")
                                          .arg(who, why),
                                      {}, code, why)
                    : SmtpError::make(SmtpError::Kind::Temporary,
                                      tr("The mail relay temporarily refused the recipient %1 "
                                         "(%2). The message was not sent; Helpdesk will try "
                                         "again later.")
                                          .arg(who, why),
                                      {}, code, why);
            error.refusedRecipients = m_refused;
            finishMessage(error);
            return;
        }
        m_state = State::Data;
        sendCommand("DATA");
        return;
    }
    case State::Data:
        if (code != 354) {
            finishMessage(replyError(code, reply, QStringLiteral("DATA")));
            return;
        }
        m_state = State::DataBody;
        m_dataSent = false;
        arm(m_settings.timeouts.dataMs, tr("sending the message"));
        qCDebug(lcMail) << "C: <message data," << m_batch[m_current].data.size()
                        << "bytes> [hidden]";
        m_socket->write(dotStuff(m_batch[m_current].data));
        return;
    case State::DataBody:
        if (code != 250) {
            finishMessage(replyError(code, reply, tr("the message data")));
            return;
        }
        qCInfo(lcMail) << "relay accepted" << m_batch[m_current].messageId << reply;
        finishMessage(std::nullopt, reply);
        return;
    case State::Rset:
        if (code != 250) {
            failSession(replyError(code, reply, QStringLiteral("RSET")));
            return;
        }
        beginNextMessage();
        return;
    case State::Quit:
        endSession();
        return;
    case State::Idle:
    case State::Resolving:
    case State::Connecting:
    case State::TlsHandshake:
        break;
    }
}

void SmtpClient::afterEhlo()
{
    const bool encrypted = m_socket->isEncrypted();
    if (m_settings.security == SmtpSettings::Security::StartTls && !encrypted) {
        if (!m_caps.startTls) {
            failSession(SmtpError::make(
                SmtpError::Kind::StartTlsUnavailable,
                tr("The mail relay does not offer STARTTLS, so the connection would not be "
                   "encrypted. Nothing was sent. Check the port and security setting, or ask "
                   "the relay's administrator to enable TLS.")));
            return;
        }
        m_state = State::StartTls;
        sendCommand("STARTTLS");
        return;
    }
    if (!m_settings.user.isEmpty()) {
        startAuth();
        return;
    }
    beginNextMessage();
}

void SmtpClient::startAuth()
{
    if (!m_socket->isEncrypted() && !m_peerIsLoopback) {
        failSession(SmtpError::make(SmtpError::Kind::Configuration,
                                    tr("Helpdesk will not send the SMTP password unencrypted to "
                                       "%1. Choose TLS or STARTTLS in the mail settings.")
                                        .arg(m_settings.host)));
        return;
    }
    const QStringList &offered = m_caps.authMechanisms;
    const bool plain = offered.contains(QLatin1String("PLAIN"));
    const bool login = offered.contains(QLatin1String("LOGIN"));
    bool usePlain = false;
    bool useLogin = false;
    switch (m_settings.authMechanism) {
    case SmtpSettings::AuthMechanism::Automatic:
        usePlain = plain;
        useLogin = !plain && login;
        break;
    case SmtpSettings::AuthMechanism::Plain:
        usePlain = plain;
        break;
    case SmtpSettings::AuthMechanism::Login:
        useLogin = login;
        break;
    }
    if (!usePlain && !useLogin) {
        failSession(SmtpError::make(
            SmtpError::Kind::AuthenticationRejected,
            tr("The mail relay does not offer a sign-in method Helpdesk can use (it offers: %1; "
               "Helpdesk uses PLAIN or LOGIN). Check the SMTP settings, or clear the user name "
               "if the relay needs no sign-in.")
                .arg(offered.isEmpty() ? tr("none") : offered.join(u", "))));
        return;
    }
    if (usePlain) {
        m_state = State::AuthPlain;
        const QByteArray payload =
            '\0' + m_settings.user.toUtf8() + '\0' + m_settings.password.toUtf8();
        sendCommand("AUTH PLAIN " + payload.toBase64(), "AUTH PLAIN [hidden]");
    } else {
        m_state = State::AuthLoginUser;
        sendCommand("AUTH LOGIN");
    }
}

void SmtpClient::beginNextMessage()
{
    while (m_current < m_batch.size()) {
        const SmtpEnvelope &envelope = m_batch[m_current];
        const bool addressesOk = isSafeEnvelopeAddress(envelope.reversePath) &&
                                 std::all_of(envelope.recipients.begin(), envelope.recipients.end(),
                                             [](const QByteArray &r) {
                                                 return !r.isEmpty() && isSafeEnvelopeAddress(r);
                                             });
        if (envelope.recipients.isEmpty() || !addressesOk) {
            finishMessage(SmtpError::make(SmtpError::Kind::InvalidMessage,
                                          tr("The message has no valid recipient or sender "
                                             "address. Correct the addresses and send it "
                                             "again.")));
            return;
        }
        if (m_caps.sizeAdvertised && m_caps.maxSize > 0 && envelope.data.size() > m_caps.maxSize) {
            SmtpError error = SmtpError::make(
                SmtpError::Kind::MessageTooLarge,
                tr("The message is too large for the mail relay (%1 bytes; the relay accepts at "
                   "most %2). Shorten the message.")
                    .arg(envelope.data.size())
                    .arg(m_caps.maxSize));
            finishMessage(error);
            return;
        }
        QByteArray command = "MAIL FROM:<" + envelope.reversePath + ">";
        if (m_caps.sizeAdvertised)
            command += " SIZE=" + QByteArray::number(envelope.data.size());
        m_state = State::MailFrom;
        sendCommand(command);
        return;
    }
    sendQuit();
}

void SmtpClient::finishMessage(const std::optional<SmtpError> &error, const QString &reply)
{
    SmtpSendResult &result = m_results[m_current];
    result.accepted = !error.has_value();
    result.serverReply = error ? error->serverReply : reply;
    result.error = error;
    result.mayHaveBeenDelivered = false; // a reply came: accepted, or refused and not delivered
    if (result.error)
        result.error->mayHaveBeenDelivered = false;
    if (error)
        qCWarning(lcMail) << "message" << result.messageId
                          << "failed:" << SmtpError::kindName(error->kind)
                          << error->error.toString();
    ++m_current;
    emit messageFinished(result);
    if (m_state == State::Idle)
        return; // aborted from a slot
    if (m_current >= m_batch.size()) {
        sendQuit();
        return;
    }
    m_state = State::Rset;
    sendCommand("RSET");
}

void SmtpClient::sendQuit()
{
    m_state = State::Quit;
    sendCommand("QUIT");
    arm(m_settings.timeouts.quitMs, tr("waiting for the reply to QUIT"));
}

void SmtpClient::sendCommand(const QByteArray &command, const QByteArray &logText)
{
    const QByteArray shown = logText.isEmpty() ? command : logText;
    qCDebug(lcMail).noquote() << "C:" << QString::fromUtf8(shown);
    m_socket->write(command + "\r\n");
    const qsizetype space = shown.indexOf(' ');
    arm(m_settings.timeouts.commandMs,
        tr("waiting for the reply to %1")
            .arg(QString::fromUtf8(space < 0 ? shown : shown.left(space))));
}

void SmtpClient::arm(int timeoutMs, const QString &phase)
{
    m_phase = phase;
    m_limitMs = timeoutMs;
    m_timer.start(timeoutMs);
}

void SmtpClient::failSession(const SmtpError &error, const std::optional<SmtpError> &current)
{
    if (m_state == State::Idle)
        return;
    // Only the message whose data went out completely without a final reply may be delivered.
    std::optional<SmtpError> first = current;
    const bool mayHaveBeenDelivered = awaitingFinalReply() && m_current < m_batch.size();
    if (mayHaveBeenDelivered && !first) {
        first = error;
        first->error.message = tr("%1 The message had been sent completely, so it may have been "
                                  "delivered; the next attempt can send it twice.")
                                   .arg(error.error.message);
    }
    if (first)
        first->mayHaveBeenDelivered = mayHaveBeenDelivered;
    qCWarning(lcMail) << "SMTP session failed:" << SmtpError::kindName(error.kind)
                      << (first ? first->error.toString() : error.error.toString());
    // Close first so that nothing more arrives while the results go out.
    m_state = State::Quit;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
    SmtpError rest = error;
    rest.mayHaveBeenDelivered = false;
    while (m_current < m_batch.size()) {
        SmtpSendResult &result = m_results[m_current];
        const SmtpError e = first ? *std::exchange(first, std::nullopt) : rest;
        result.accepted = false;
        result.serverReply = e.serverReply;
        result.mayHaveBeenDelivered = e.mayHaveBeenDelivered;
        result.error = e;
        ++m_current;
        emit messageFinished(result);
        if (m_state == State::Idle)
            return;
    }
    endSession();
}

void SmtpClient::endSession()
{
    if (m_state == State::Idle)
        return;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_state = State::Idle;
    m_batch.clear();
    const QList<SmtpSendResult> results = std::exchange(m_results, {});
    emit finished(results);
}

} // namespace helpdesk
