#pragma once
// MailFetchService: incoming mail for the desktop app, like MailDelivery for outgoing mail.
//  - The Incoming mail settings page: load and save the IMAP settings (admins only, audited)
//    and "Test connection" with these settings and password, reporting exactly what failed.
//  - Fetching, once an admin switched it on: every interval, one ImapFetch pass on a thread of
//    its own (its own database connection and its own IMAP connection, so neither the GUI
//    thread nor the app's DbWorker ever waits on the mail server). Every IMAP step has the
//    client's deadline; a failed pass drops the connection and the next one, after a growing
//    pause, connects again. Tickets the pass changed are announced with customerMessage().
// The password comes from the SecretStore under IncomingMailSettings::passwordKey().

#include "common/Result.h"
#include "db/ConnectionSettings.h"
#include "ingest/ImapFetch.h"
#include "ingest/IncomingMailSettings.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace helpdesk {

class DbWorker;
class SecretStore;

// The outcome of "Test connection".
struct ImapTestResult
{
    bool ok = false;
    QString message;      // translated: what worked, or what failed and what to do
    QString detail;       // the server's answer or the library's text; never the password
    QString errorKind;    // ImapError::key(), empty when ok
    quint32 messages = 0; // in the folder, when ok
};

class MailFetchService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped, // not started, or stopped
        Off,     // fetching is switched off (or not set up)
        Loading, // reading the settings and the password
        Running, // connected or waiting for the next pass
        Failing, // the last pass failed; see lastProblem(); the next one tries again
    };
    Q_ENUM(State)

    MailFetchService(DbWorker *worker, SecretStore *secrets, QObject *parent = nullptr);
    ~MailFetchService() override;

    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    // Tests: pause between passes in ms instead of the settings' interval (0: the settings').
    void setIntervalOverrideMs(int ms) { m_intervalOverrideMs = ms; }

    static bool maySave(const Staff &actor)
    {
        return actor.id > 0 && actor.role == StaffRole::Admin;
    }
    QFuture<Result<IncomingMailSettings>> load();
    // Validates and saves as actor (PermissionDenied unless an administrator), with an audit
    // row; the password is not part of it (the page writes it to the SecretStore).
    QFuture<Result<IncomingMailSettings>> save(const IncomingMailSettings &settings,
                                               const Staff &actor);
    // Connects with these settings (saved or not) and password, logs in and opens the folder.
    // Runs on a thread of its own; the future finishes within the client's deadlines.
    QFuture<ImapTestResult> testConnection(const IncomingMailSettings &settings,
                                           const QString &password);

    // Loads the settings and, when fetching is on, the password, then fetches now and every
    // interval. Safe to call again (after the settings were saved): it starts over.
    void start();
    void reload() { start(); }
    void stop();
    // A pass now (when running and none is under way).
    void fetchNow();

    State state() const { return m_state; }
    const IncomingMailSettings &settings() const { return m_settings; }
    const Error &lastProblem() const { return m_lastProblem; }
    int passes() const { return m_passes; }

signals:
    void stateChanged(helpdesk::MailFetchService::State state);
    // Fetching cannot go on; the message says what to do. Reported once per kind of trouble.
    void problem(const helpdesk::Error &error);
    // A pass finished (report: what it did).
    void fetched(const helpdesk::FetchReport &report);
    // A pass changed this ticket (a new one, or a customer's message added to it).
    void customerMessage(qint64 ticketId);

private:
    struct Running;
    void onLoaded(quint64 generation, const Result<IncomingMailSettings> &loaded);
    void onPassword(quint64 generation, const Result<QString> &password);
    void runPass();
    void onPass(quint64 generation, const Result<FetchReport> &report);
    void schedule(int ms);
    void setState(State state);
    void report(const Error &error);
    // Stops fetching; wait: delete the fetch worker now (the service is going away), else once
    // its last job is done.
    void shutdown(bool wait = false);

    DbWorker *m_worker;
    SecretStore *m_secrets;
    std::function<qint64()> m_clock;
    int m_intervalOverrideMs = 0;
    IncomingMailSettings m_settings;
    State m_state = State::Stopped;
    quint64 m_generation = 0;
    Error m_lastProblem;
    QString m_lastProblemText;
    int m_failures = 0;
    int m_passes = 0;
    bool m_passRunning = false;
    QTimer *m_timer;
    std::unique_ptr<Running> m_running;
    std::shared_ptr<class ImapClient> m_testClient;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::ImapTestResult)
Q_DECLARE_METATYPE(helpdesk::FetchReport)
