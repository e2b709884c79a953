#pragma once
// SmtpClient: sends a batch of messages to the relay over one SMTP connection (QSslSocket),
// fully asynchronously (a signal/slot state machine; it never blocks the calling thread).
//
// Behaviour an admin can rely on:
//  - Implicit TLS or STARTTLS; if STARTTLS is configured but not offered, nothing is sent in
//    clear. Plain SMTP only to loopback unless allowPlainOnNonLoopback, and never with a
//    password to a non-loopback host.
//  - Certificates verify against the system CAs plus extraCaCertificates. A certificate that
//    does not verify is accepted only when its SHA-256 equals trustedCertSha256 and the only
//    problems are trust-chain or host-name ones; otherwise TlsFailed carries the certificate's
//    subject, issuer, expiry and fingerprint.
//  - Messages go one after another with RSET between them; each gets a result. A message with
//    any refused recipient is not sent at all (no partial delivery), so that a retry never
//    duplicates it to the recipients that had been accepted.
//  - Every step has a deadline (SmtpTimeouts): DNS, TCP connect, TLS handshake, greeting, each
//    command's reply, the final reply after the data, QUIT. A stall ends the session with
//    Timeout naming the step and the limit; the rest of the batch is not sent.
//  - A timeout or a dropped connection after the data was sent may leave the relay with the
//    message (RFC 1047): that result says mayHaveBeenDelivered, so a retry can deliver a
//    duplicate. Every other failed result was not delivered.
//  - No answer to QUIT only closes the connection; accepted messages stay accepted.
//  - Do not delete the client from a slot connected to its signals; use deleteLater().

#include "common/Result.h"
#include "mail/SmtpEnvelope.h"
#include "mail/SmtpError.h"
#include "mail/SmtpSettings.h"

#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace helpdesk {

// What the server advertised in its (last) EHLO reply.
struct SmtpCapabilities
{
    bool startTls = false;
    bool eightBitMime = false;
    bool pipelining = false;
    bool sizeAdvertised = false;
    qint64 maxSize = 0; // 0: no limit given
    QStringList authMechanisms;
};

struct SmtpSendResult
{
    int index = -1; // position in the batch
    qint64 tag = -1;
    QByteArray messageId;
    bool accepted = false;
    QString serverReply; // the relay's final reply, e.g. "250 2.0.0 Ok: queued as 4F2"
    std::optional<SmtpError> error;
    // Not accepted, but the data had been sent completely and no final reply came (timeout,
    // connection closed): the relay may have delivered it, a retry can duplicate it. Always
    // equal to error->mayHaveBeenDelivered; false when accepted or when nothing was delivered.
    bool mayHaveBeenDelivered = false;
};

class SmtpClient : public QObject
{
    Q_OBJECT
public:
    explicit SmtpClient(SmtpSettings settings, QObject *parent = nullptr);
    ~SmtpClient() override;

    const SmtpSettings &settings() const { return m_settings; }
    // Only while idle; returns false when a batch is being sent.
    bool setSettings(SmtpSettings settings);

    // The checks that need no network (host, port, plain SMTP policy, fingerprint format).
    static Result<void> checkSettings(const SmtpSettings &settings);

    // Starts sending the batch on one connection and returns at once. messageFinished() comes
    // once per envelope (in order), then finished(). Returns false while a batch is running.
    bool send(QList<SmtpEnvelope> batch);
    bool isBusy() const { return m_state != State::Idle; }
    // Closes the connection; unfinished messages fail with Cancelled.
    void abort();

    const SmtpCapabilities &serverCapabilities() const { return m_caps; }

    static QString sha256Fingerprint(const QSslCertificate &certificate); // "AB:CD:..."
    // The DATA payload: CRLF line ends, leading dots doubled, ending in CRLF.CRLF.
    static QByteArray dotStuff(const QByteArray &message);

signals:
    void messageFinished(const helpdesk::SmtpSendResult &result);
    void finished(const QList<helpdesk::SmtpSendResult> &results);

private:
    enum class State {
        Idle,
        Resolving,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        TlsHandshake,
        EhloAfterTls,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        AuthLoginDone,
        MailFrom,
        RcptTo,
        Data,
        DataBody,
        Rset,
        Quit,
    };

    void start();
    void onLookup(const QHostInfo &info);
    void connectTo(const QString &host);
    void connectTo(const QHostAddress &address);
    void createSocket();
    void onConnected();
    void onSocketStateChanged(int state);
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void onBytesWritten();
    void onTimeout();

    bool processLine(const QByteArray &line); // false when the session ended
    void handleReply(int code, const QStringList &lines);
    void afterEhlo();
    void startAuth();
    void beginNextMessage();
    void finishMessage(const std::optional<SmtpError> &error, const QString &reply = {});
    void sendQuit();
    void sendCommand(const QByteArray &command, const QByteArray &logText = {});
    void arm(int timeoutMs, const QString &phase);
    // Fails every unfinished message with error; the current one with current when given.
    void failSession(const SmtpError &error, const std::optional<SmtpError> &current = {});
    void endSession();

    SmtpError replyError(int code, const QString &reply, const QString &what) const;
    SmtpError connectionError(const QString &reason) const;
    SmtpError timeoutError() const;
    bool awaitingFinalReply() const; // the data went out completely, no final reply yet
    QString replyText(int code, const QStringList &lines) const;
    QByteArray heloArgument() const;

    SmtpSettings m_settings;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    State m_state = State::Idle;
    quint64 m_session = 0; // bumped by send(), so stale socket events can be told apart
    QString m_phase;
    int m_limitMs = 0; // of the armed deadline
    bool m_dataSent = false;
    bool m_tcpConnected = false;
    bool m_peerIsLoopback = false;
    int m_lookupId = -1;

    QList<SmtpEnvelope> m_batch;
    QList<SmtpSendResult> m_results;
    int m_current = 0;
    int m_rcptIndex = 0;
    QStringList m_refused;
    QStringList m_refusedReplies;
    bool m_refusedPermanently = false;

    QByteArray m_buffer;
    QStringList m_replyLines;
    int m_replyCode = 0;
    SmtpCapabilities m_caps;
    CertificateInfo m_certificate;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::SmtpSendResult)
