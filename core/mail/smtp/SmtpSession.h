#pragma once
// SmtpSession: one SMTP connection to the relay. It owns the socket (lookup, connect, TLS with
// certificate pinning, STARTTLS), turns the relay's bytes into replies, and keeps exactly one
// deadline armed at any time. The dialogue itself is a sequence of SmtpSteps that SmtpClient
// runs on it one after another (in the manner of KSMTP's Session and Jobs): the session hands
// the current step its replies and its timeouts, and reports when it is done or failed.

#include "mail/SmtpCapabilities.h"
#include "mail/SmtpError.h"
#include "mail/SmtpSettings.h"
#include "mail/smtp/SmtpReplyParser.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace helpdesk {

class SmtpStep;

class SmtpSession : public QObject
{
    Q_OBJECT
public:
    SmtpSession(SmtpSettings settings, QObject *parent);
    ~SmtpSession() override;

    const SmtpSettings &settings() const { return m_settings; }

    // Looks the relay up if the plain-SMTP policy needs it, connects, and for implicit TLS
    // negotiates it; ready() follows, or failed().
    void open();
    // Makes step (a child of this session) the current one and starts it.
    void run(SmtpStep *step);
    // Ends the session and emits failed(): error for the messages not yet sent, and for the
    // one in flight inFlight, or else what the current step makes of error (a message whose
    // data went out may have been delivered). Nothing is emitted after failed().
    void fail(const SmtpError &error, const std::optional<SmtpError> &inFlight = std::nullopt);
    // Closes the connection without a signal.
    void close();

    // For steps.
    void sendCommand(const QByteArray &command, const QByteArray &logText);
    void writeData(const QByteArray &data); // the dot-stuffed message; never logged
    bool allWritten() const;
    // Arms the step's deadline: the current step's handleTimeout() runs if nothing ends it.
    void expectReply(int timeoutMs);
    void restartDeadline() { m_timer.start(); }
    // After the relay's 220 to STARTTLS: the handshake starts once the reply has been read.
    void startTls();
    void stepDone() { emit stepFinished(); }

    bool isEncrypted() const;
    bool peerIsLoopback() const { return m_peerIsLoopback; }
    QHostAddress localAddress() const;
    const SmtpCapabilities &capabilities() const { return m_caps; }
    void setCapabilities(const SmtpCapabilities &caps) { m_caps = caps; }

    static QString limitText(int ms); // "30 s", "0.5 s"

signals:
    void ready(); // connected (and encrypted, for implicit TLS): the greeting comes next
    void stepFinished();
    void failed(const helpdesk::SmtpError &error,
                const std::optional<helpdesk::SmtpError> &inFlight);

private:
    enum class State { New, Resolving, Connecting, Handshaking, Open, StartingTls, Closed };
    enum class Wait { None, Lookup, Connect, Tls, Step };

    void onLookup(const QHostInfo &info);
    void connectTo(const QString &host);
    void connectTo(const QHostAddress &address);
    void createSocket();
    void onStateChanged(int socketState);
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    bool beginTlsAfterReply(); // false when the session failed

    void arm(Wait wait, int timeoutMs);
    SmtpError ownTimeoutError() const;
    SmtpError connectionLost(const QString &reason) const;

    SmtpSettings m_settings;
    QSslSocket *m_socket = nullptr;
    SmtpStep *m_step = nullptr;
    QTimer m_timer;
    State m_state = State::New;
    Wait m_wait = Wait::None;
    int m_limitMs = 0;
    int m_lookupId = -1;
    bool m_tlsRequested = false;
    bool m_peerIsLoopback = false;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    CertificateInfo m_certificate; // the refused one, for the error after the handshake
};

} // namespace helpdesk
