#include "mail/smtp/SmtpSession.h"

#include "mail/MailLogging.h"
#include "mail/smtp/SmtpSecurity.h"
#include "mail/smtp/SmtpStep.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace helpdesk {

namespace {
constexpr qint64 kReadChunk = 16 * 1024; // bytes taken from the socket per step
constexpr qint64 kSocketReadBuffer = 64 * 1024;
} // namespace

SmtpSession::SmtpSession(SmtpSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    close();
}

QString SmtpSession::limitText(int ms)
{
    return tr("%1 s").arg(QString::number(ms / 1000.0, 'g', 4));
}

void SmtpSession::open()
{
    if (m_state != State::New)
        return;
    const QString host = m_settings.host.trimmed();
    const SmtpSecurity::Loopback loopback = SmtpSecurity::hostLoopback(host);
    m_peerIsLoopback = loopback == SmtpSecurity::Loopback::Yes;
    if (m_settings.security == SmtpSettings::Security::None &&
        loopback == SmtpSecurity::Loopback::Unknown &&
        !(m_settings.allowPlainOnNonLoopback && m_settings.user.isEmpty())) {
        // Plain SMTP (or a password in clear) is fine only if the name is this machine.
        m_state = State::Resolving;
        arm(Wait::Lookup, m_settings.timeouts.lookupMs);
        m_lookupId = QHostInfo::lookupHost(host, this, &SmtpSession::onLookup);
        return;
    }
    connectTo(host);
}

void SmtpSession::onLookup(const QHostInfo &info)
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
        fail(SmtpSecurity::plainNotLoopback(m_settings.host, why));
        return;
    }
    m_peerIsLoopback = true;
    connectTo(addresses.first());
}

void SmtpSession::createSocket()
{
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(kSocketReadBuffer); // a flooding server cannot grow memory
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_settings.extraCaCertificates);
    m_socket->setSslConfiguration(config);

    connect(m_socket, &QSslSocket::stateChanged, this,
            [this](QAbstractSocket::SocketState state) { onStateChanged(int(state)); });
    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);
}

void SmtpSession::connectTo(const QString &host)
{
    createSocket();
    m_state = State::Connecting;
    // A name is looked up by the socket first; the connect deadline starts when that is done.
    if (QHostAddress literal; literal.setAddress(host))
        arm(Wait::Connect, m_settings.timeouts.connectMs);
    else
        arm(Wait::Lookup, m_settings.timeouts.lookupMs);
    qCDebug(lcMail) << "connecting to" << host << m_settings.port;
    if (m_settings.security == SmtpSettings::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(host, m_settings.port);
    else
        m_socket->connectToHost(host, m_settings.port);
}

void SmtpSession::connectTo(const QHostAddress &address)
{
    createSocket();
    m_state = State::Connecting;
    arm(Wait::Connect, m_settings.timeouts.connectMs);
    qCDebug(lcMail) << "connecting to" << address << m_settings.port;
    m_socket->connectToHost(address, m_settings.port); // only for Security::None
}

void SmtpSession::onStateChanged(int socketState)
{
    if (m_state == State::Connecting && socketState == QAbstractSocket::ConnectingState)
        arm(Wait::Connect, m_settings.timeouts.connectMs);
}

void SmtpSession::onConnected()
{
    if (m_state != State::Connecting)
        return;
    if (m_settings.security == SmtpSettings::Security::ImplicitTls) {
        m_state = State::Handshaking; // encrypted() follows
        arm(Wait::Tls, m_settings.timeouts.tlsMs);
        return;
    }
    m_state = State::Open;
    m_timer.stop();
    emit ready();
}

void SmtpSession::onEncrypted()
{
    qCDebug(lcMail) << "TLS established:" << m_socket->sessionCipher().name()
                    << m_socket->sessionProtocol();
    if (m_state == State::Handshaking) {
        m_state = State::Open;
        m_timer.stop();
        emit ready();
    } else if (m_state == State::StartingTls) {
        m_state = State::Open;
        m_timer.stop();
        m_caps = {}; // RFC 3207 4.2: forget what was learnt before TLS
        if (m_step)
            m_step->handleEncrypted();
    }
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    const CertificateInfo info = SmtpSecurity::describe(m_socket->peerCertificate(), errors);
    if (SmtpSecurity::acceptsPinned(m_settings, info, errors)) {
        qCInfo(lcMail) << "accepting the pinned relay certificate" << info.sha256 << "despite"
                       << info.problems;
        m_socket->ignoreSslErrors(errors);
        return;
    }
    qCWarning(lcMail) << "relay certificate not trusted:" << info.problems << "subject"
                      << info.subject << "sha256" << info.sha256;
    m_certificate = info; // the handshake fails next; onSocketError reports it
}

void SmtpSession::onSocketError()
{
    if (m_state == State::New || m_state == State::Closed || !m_socket)
        return;
    const QString reason = m_socket->errorString();
    if (m_state == State::Open && m_step && m_step->closeIsExpected()) {
        close();
        emit stepFinished();
        return;
    }
    const bool handshaking = m_state == State::Handshaking || m_state == State::StartingTls ||
                             m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
    if (handshaking) {
        fail(SmtpSecurity::tlsFailed(m_certificate, reason));
        return;
    }
    if (m_state == State::Connecting) {
        fail(SmtpError::make(
            SmtpError::Kind::CannotConnect,
            tr("Cannot connect to the mail relay %1:%2 (%3). Check the host and port in the mail "
               "settings and that the relay is running; Helpdesk will try again later.")
                .arg(m_settings.host)
                .arg(m_settings.port)
                .arg(reason),
            reason));
        return;
    }
    fail(connectionLost(reason));
}

void SmtpSession::onReadyRead()
{
    while (m_socket && m_socket->bytesAvailable() > 0 && m_state != State::Closed) {
        if (m_state != State::Open || !m_step) {
            fail(SmtpReplyParser::notSmtp(tr("unexpected data")));
            return;
        }
        m_parser.append(m_socket->read(kReadChunk));
        while (m_state == State::Open) {
            SmtpReply reply;
            SmtpError error;
            const SmtpReplyParser::Next next = m_parser.next(&reply, &error);
            if (next == SmtpReplyParser::Next::NeedMore)
                break;
            if (next == SmtpReplyParser::Next::Invalid) {
                fail(error);
                return;
            }
            m_timer.stop();
            m_step->receive(reply); // may run the next step, or end the session
            if (m_tlsRequested && !beginTlsAfterReply())
                return;
        }
    }
}

bool SmtpSession::beginTlsAfterReply()
{
    m_tlsRequested = false;
    // Anything the server sent after its 220 to STARTTLS arrived in clear and must not be
    // taken as part of the encrypted session (RFC 3207 5).
    if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
        fail(SmtpError::make(SmtpError::Kind::Protocol,
                             tr("The mail relay sent data right after agreeing to STARTTLS, "
                                "which could be an injection attack. Nothing was sent.")));
        return false;
    }
    m_parser.clear();
    m_state = State::StartingTls;
    arm(Wait::Tls, m_settings.timeouts.tlsMs);
    m_socket->startClientEncryption();
    return true;
}

void SmtpSession::onBytesWritten()
{
    if (m_state == State::Open && m_step)
        m_step->handleBytesWritten();
}

void SmtpSession::onTimeout()
{
    if (m_state == State::Closed || m_wait == Wait::None)
        return;
    if (m_wait == Wait::Step) {
        if (m_step)
            m_step->handleTimeout(m_limitMs);
        return;
    }
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    fail(ownTimeoutError());
}

SmtpError SmtpSession::ownTimeoutError() const
{
    const QString limit = limitText(m_limitMs);
    const QString host = m_settings.host.trimmed();
    QString message;
    switch (m_wait) {
    case Wait::Lookup:
        message = tr("Looking up the mail relay %1 took longer than %2. Check the host name and "
                     "the network (DNS); Helpdesk will try again later.")
                      .arg(host, limit);
        break;
    case Wait::Connect:
        message = tr("The mail relay %1:%2 did not accept the connection within %3. Check the "
                     "host, the port and any firewall; Helpdesk will try again later.")
                      .arg(host)
                      .arg(m_settings.port)
                      .arg(limit);
        break;
    case Wait::Tls:
    case Wait::Step:
    case Wait::None:
        message = tr("The mail relay did not complete the encrypted (TLS) handshake within %1. "
                     "Nothing was sent. Check that the port and the security setting (TLS or "
                     "STARTTLS) match the relay; Helpdesk will try again later.")
                      .arg(limit);
        break;
    }
    return SmtpError::make(SmtpError::Kind::Timeout, message);
}

SmtpError SmtpSession::connectionLost(const QString &reason) const
{
    return SmtpError::make(SmtpError::Kind::ConnectionLost,
                           tr("The connection to the mail relay was lost (%1, while %2). "
                              "Helpdesk will try again later.")
                               .arg(reason, m_step ? m_step->activity() : tr("connecting")),
                           reason);
}

void SmtpSession::run(SmtpStep *step)
{
    if (m_state == State::Closed)
        return;
    m_step = step;
    step->start();
}

void SmtpSession::fail(const SmtpError &error, const std::optional<SmtpError> &inFlight)
{
    if (m_state == State::Closed)
        return;
    std::optional<SmtpError> current = inFlight;
    if (!current && m_step)
        current = m_step->inFlightError(error);
    close();
    emit failed(error, current);
}

void SmtpSession::close()
{
    m_state = State::Closed;
    m_wait = Wait::None;
    m_timer.stop();
    m_step = nullptr;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void SmtpSession::sendCommand(const QByteArray &command, const QByteArray &logText)
{
    qCDebug(lcMail).noquote() << "C:" << QString::fromUtf8(logText.isEmpty() ? command : logText);
    m_socket->write(command + "\r\n");
}

void SmtpSession::writeData(const QByteArray &data)
{
    qCDebug(lcMail) << "C: <message data," << data.size() << "bytes> [hidden]";
    m_socket->write(data);
}

bool SmtpSession::allWritten() const
{
    return m_socket && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0;
}

void SmtpSession::expectReply(int timeoutMs)
{
    arm(Wait::Step, timeoutMs);
}

void SmtpSession::startTls()
{
    m_tlsRequested = true; // once the 220 has been read completely; see onReadyRead
}

void SmtpSession::arm(Wait wait, int timeoutMs)
{
    m_wait = wait;
    m_limitMs = timeoutMs;
    m_timer.start(timeoutMs);
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QHostAddress SmtpSession::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

} // namespace helpdesk
