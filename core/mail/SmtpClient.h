#pragma once
// SmtpClient: sends a batch of messages to the relay over one SMTP connection (QSslSocket),
// fully asynchronously (it never blocks the calling thread). Inside, an SmtpSession owns the
// connection, and the client runs one small step per protocol phase on it (core/mail/smtp/:
// greeting and EHLO, STARTTLS, AUTH, one step per message, QUIT).
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
#include "mail/SmtpCapabilities.h"
#include "mail/SmtpEnvelope.h"
#include "mail/SmtpError.h"
#include "mail/SmtpSettings.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <optional>

namespace helpdesk {

class SmtpSession;
class SmtpStep;

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
    bool isBusy() const { return m_phase != Phase::Idle; }
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
    enum class Phase { Idle, Connecting, Greeting, StartTls, Auth, Message, Quit };

    void start();
    void onReady();
    void onStepFinished();
    void onSessionFailed(const SmtpError &error, const std::optional<SmtpError> &inFlight);
    void runStep(SmtpStep *step, Phase phase);
    void authOrMessages();
    void nextMessage();
    void recordMessage();
    void endSession();

    SmtpSettings m_settings;
    SmtpSession *m_session = nullptr; // one per batch
    SmtpStep *m_step = nullptr;       // the session's current step; a child of the session
    Phase m_phase = Phase::Idle;
    quint64 m_generation = 0; // bumped by send(), so a slot that starts a new batch is seen

    QList<SmtpEnvelope> m_batch;
    QList<SmtpSendResult> m_results;
    int m_current = 0;
    bool m_needsReset = false; // an earlier message's transaction ran on this connection
    SmtpCapabilities m_caps;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::SmtpSendResult)
