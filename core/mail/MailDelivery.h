#pragma once
// MailDelivery: runs the outbox sender for the desktop app. It loads the mail settings, gets
// the SMTP password from the SecretStore and keeps an OutboxSender going (asynchronous: claims
// on the DbWorker, SMTP on QSslSocket), waking it when mail is queued.
//
// When it cannot send it says why, and mail stays safely queued meanwhile:
//  - mail is not set up: problem() once mail is waiting, naming how many;
//  - no keychain (Unavailable) or access refused: passwordNeeded(), so the app can ask for the
//    password for this session only (setSessionPassword(); kept in memory, never written);
//  - no password stored on this computer: problem();
//  - the relay refuses (TLS, sign-in, ...): problem(), from the sender's deliveryProblem.

#include "common/Result.h"
#include "mail/MailSettings.h"
#include "mail/OutboxSender.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>

namespace helpdesk {

class DbWorker;
class SecretStore;

class MailDelivery : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,            // not started, or stopped
        Loading,            // reading the settings and the password
        NotConfigured,      // no relay or no sender address set
        WaitingForPassword, // the password could not be read; see problem / passwordNeeded
        Running,            // the sender runs
    };
    Q_ENUM(State)

    MailDelivery(DbWorker *worker, SecretStore *secrets, QObject *parent = nullptr);
    ~MailDelivery() override;

    // Before start(): how the sender polls and retries (tests shorten the intervals).
    void setSenderOptions(OutboxSenderOptions options) { m_options = std::move(options); }
    // Trusted on top of the system CAs (tests); the app relies on the pinned fingerprint.
    void setExtraCaCertificates(QList<QSslCertificate> certificates)
    {
        m_extraCas = std::move(certificates);
    }

    State state() const { return m_state; }
    // The settings last loaded.
    const MailSettings &settings() const { return m_settings; }
    bool isConfigured() const { return m_settings.isConfigured(); }
    OutboxSender *sender() const { return m_sender; }
    // The last problem reported (empty message: none since the last start or success).
    const Error &lastProblem() const { return m_lastProblem; }

    // Loads the settings and the password, then runs the sender. Safe to call again (it
    // reloads): after the settings were saved, or to try again.
    void start();
    void reload() { start(); }
    void stop();
    // Mail was queued or put back in the queue: send it now (or, when mail is not set up, say
    // that it waits).
    void wake();
    // For code that queues mail on the worker thread (e.g. a service's "mail queued" callback):
    // a callable from any thread that wakes this delivery on its own thread, after the job.
    std::function<void(qint64 outboxId)> wakeFromAnyThread();
    // The SMTP password typed in for this session (after passwordNeeded); kept in memory only.
    void setSessionPassword(const QString &password);

signals:
    void stateChanged(helpdesk::MailDelivery::State state);
    // Something keeps mail from going out; the message says what to do.
    void problem(const helpdesk::Error &error);
    // The password for `key` could not be read from the keychain (reason says why): ask for it
    // for this session and call setSessionPassword().
    void passwordNeeded(const QString &key, const helpdesk::Error &reason);
    void messageSent(qint64 outboxId, qint64 ticketId);
    void messageFailed(qint64 outboxId, qint64 ticketId, const QString &error);
    // The sender finished a cycle (the outbox may have changed).
    void cycleFinished(const helpdesk::OutboxCycle &cycle);

private:
    struct Loaded
    {
        MailSettings settings;
        qint64 waiting = 0; // queued messages
    };
    void onLoaded(quint64 generation, const Result<Loaded> &loaded);
    void onPassword(quint64 generation, const Result<QString> &password);
    void run(const QString &password);
    void setState(State state);
    void report(const Error &error);
    Error notConfiguredError(qint64 waiting) const;

    DbWorker *m_worker;
    SecretStore *m_secrets;
    OutboxSenderOptions m_options;
    QList<QSslCertificate> m_extraCas;
    MailSettings m_settings;
    State m_state = State::Stopped;
    quint64 m_generation = 0; // bumped by start(): late answers of an earlier start are dropped
    OutboxSender *m_sender = nullptr;
    QString m_sessionPassword; // typed in for this session; memory only
    QString m_sessionPasswordKey;
    QString m_pendingKey;
    Error m_lastProblem;
};

} // namespace helpdesk
