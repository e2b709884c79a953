#include "ingest/MailFetchService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "inbound/ImapClient.h"
#include "inbound/InboundLogging.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "write/WritePath.h"

#include <QHostInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace helpdesk {

namespace {
QJsonObject describe(const IncomingMailSettings &s)
{
    // What an auditor needs to see; the password is never part of it.
    return {{QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("security"), IncomingMailSettings::securityKey(s.security)},
            {QStringLiteral("user"), s.user},
            {QStringLiteral("folder"), s.folder},
            {QStringLiteral("move_to"), s.moveTo},
            {QStringLiteral("interval_s"), s.intervalS}};
}

constexpr int kMaxBackoffMs = 15 * 60'000;
} // namespace

// What one start() runs on: its own database connection (a DbWorker of its own, so that a slow
// mail server never holds up the app's queries) and the IMAP connection, used only on that
// worker's thread.
struct MailFetchService::Running
{
    DbWorker *worker = nullptr; // no parent: deleted when the last pass is done
    std::shared_ptr<ImapClient> client;
    QString password;
    QString claimer;
    QFuture<Result<FetchReport>> pass;
};

MailFetchService::MailFetchService(DbWorker *worker, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_worker(worker), m_secrets(secrets),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }), m_timer(new QTimer(this))
{
    qRegisterMetaType<helpdesk::Error>();
    qRegisterMetaType<helpdesk::FetchReport>();
    qRegisterMetaType<helpdesk::ImapTestResult>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailFetchService::runPass);
}

MailFetchService::~MailFetchService()
{
    if (m_testClient)
        m_testClient->cancel();
    shutdown(true);
}

void MailFetchService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MailFetchService::report(const Error &error)
{
    m_lastProblem = error;
    // Once per kind of trouble: a server that stays down is not announced every minute.
    if (error.message == m_lastProblemText)
        return;
    m_lastProblemText = error.message;
    emit problem(error);
}

QFuture<Result<IncomingMailSettings>> MailFetchService::load()
{
    return m_worker->run([](QSqlDatabase &db) {
        Settings settings(db);
        return IncomingMailSettings::load(settings);
    });
}

QFuture<Result<IncomingMailSettings>> MailFetchService::save(const IncomingMailSettings &in,
                                                             const Staff &actor)
{
    const qint64 now = m_clock();
    return m_worker->run([in, actor, now](QSqlDatabase &db) -> Result<IncomingMailSettings> {
        if (!maySave(actor))
            return Error::make(Error::Code::PermissionDenied,
                               tr("Only an administrator can change the incoming mail settings. "
                                  "Ask an administrator to make this change."));
        HD_TRY(in.validate());
        Settings settings(db);
        HD_TRY(WritePath(db, Actor::staff(actor), now).run([&](Recorder &record) -> Result<void> {
            HD_TRY(in.save(settings));
            return record.audit(QStringLiteral("settings"), 0,
                                QStringLiteral("incoming_mail_settings_saved"), describe(in));
        }));
        return IncomingMailSettings::load(settings);
    });
}

QFuture<ImapTestResult> MailFetchService::testConnection(const IncomingMailSettings &settings,
                                                         const QString &password)
{
    if (m_testClient)
        m_testClient->cancel();
    auto client = std::make_shared<ImapClient>(settings.toImapSettings());
    m_testClient = client;
    const QString folder = settings.folder.trimmed();
    const QString where =
        QStringLiteral("%1@%2").arg(settings.user.trimmed(), settings.host.trimmed());
    if (auto valid = settings.validate(); !valid || !settings.isConfigured()) {
        ImapTestResult r;
        r.message =
            !valid ? valid.error().message : tr("Enter the IMAP server and the user name first.");
        r.errorKind = QStringLiteral("configuration");
        QPromise<ImapTestResult> done;
        done.start();
        done.addResult(r);
        done.finish();
        return done.future();
    }
    // libcurl blocks within its deadlines: a pool thread, never the GUI thread.
    return QtConcurrent::run([client, password, folder, where]() -> ImapTestResult {
        ImapTestResult r;
        const auto failed = [&r](const ImapError &e) {
            r.message = e.message;
            r.detail = e.detail;
            r.errorKind = ImapError::key(e.kind);
            return r;
        };
        if (auto connected = client->connect(password); !connected)
            return failed(connected.error());
        auto mailbox = client->select(folder);
        if (!mailbox) {
            client->logout();
            return failed(mailbox.error());
        }
        client->logout();
        r.ok = true;
        r.messages = mailbox->exists;
        r.message = tr("Signed in to %1 and opened the folder %2 (%n message(s) in it).", nullptr,
                       int(mailbox->exists))
                        .arg(where, folder);
        return r;
    });
}

void MailFetchService::start()
{
    shutdown();
    const quint64 generation = ++m_generation;
    m_failures = 0;
    m_lastProblem = Error();
    m_lastProblemText.clear();
    setState(State::Loading);
    whenDone(load(), this, [this, generation](const Result<IncomingMailSettings> &loaded) {
        onLoaded(generation, loaded);
    });
}

void MailFetchService::stop()
{
    ++m_generation;
    shutdown();
    setState(State::Stopped);
}

void MailFetchService::shutdown(bool wait)
{
    m_timer->stop();
    m_passRunning = false;
    if (!m_running)
        return;
    std::unique_ptr<Running> running = std::move(m_running);
    running->client->cancel();
    running->password.fill(QChar(u'\0'));
    if (wait || !QCoreApplication::instance()) {
        delete running->worker; // the cancelled IMAP step ends at once
        return;
    }
    // Whatever the worker still runs (a pass whose IMAP step is now cancelled, or the first
    // connect to the database) ends soon; the worker goes after it, so that stopping never
    // waits for a database step on the GUI thread.
    DbWorker *worker = running->worker;
    auto client = running->client;
    auto *watcher = new QFutureWatcher<void>(QCoreApplication::instance());
    connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, worker, client] {
        watcher->deleteLater();
        delete worker;
    });
    watcher->setFuture(worker->run([](QSqlDatabase &) {}));
}

void MailFetchService::onLoaded(quint64 generation, const Result<IncomingMailSettings> &loaded)
{
    if (generation != m_generation)
        return;
    if (!loaded) {
        setState(State::Failing);
        report(loaded.error());
        return;
    }
    m_settings = loaded.value();
    if (!m_settings.enabled || !m_settings.isConfigured()) {
        setState(State::Off);
        return;
    }
    whenDone(
        m_secrets->read(m_settings.passwordKey()), this,
        [this, generation](const Result<QString> &password) { onPassword(generation, password); });
}

void MailFetchService::onPassword(quint64 generation, const Result<QString> &password)
{
    if (generation != m_generation)
        return;
    if (!password) {
        setState(State::Failing);
        report(Error::make(password.error().code,
                           tr("Incoming mail is switched on, but this computer has no password "
                              "for %1: %2 An administrator can enter it on the Incoming mail "
                              "page of the settings.")
                               .arg(m_settings.passwordKey(), password.error().message)));
        return;
    }
    m_running = std::make_unique<Running>();
    m_running->worker = new DbWorker(m_worker->settings());
    m_running->client = std::make_shared<ImapClient>(m_settings.toImapSettings());
    m_running->password = password.value();
    m_running->claimer = QStringLiteral("app/%1/%2/%3")
                             .arg(QHostInfo::localHostName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    m_running->pass = {};
    (void)m_running->worker->open(false); // the first pass reports a connection failure
    setState(State::Running);
    runPass();
}

void MailFetchService::fetchNow()
{
    if (m_running && !m_passRunning) {
        m_timer->stop();
        runPass();
    }
}

void MailFetchService::runPass()
{
    if (!m_running || m_passRunning)
        return;
    m_passRunning = true;
    const quint64 generation = m_generation;
    auto client = m_running->client;
    const IncomingMailSettings settings = m_settings;
    const QString password = m_running->password;
    const QString claimer = m_running->claimer;
    const auto clock = m_clock;
    m_running->pass = m_running->worker->run(
        [client, settings, password, claimer, clock](QSqlDatabase &db) -> Result<FetchReport> {
            if (!db.isOpen())
                return Error::make(Error::Code::Unavailable,
                                   tr("Incoming mail waits: the database cannot be reached."));
            HD_TRY_ASSIGN(const IngestSettings ingest, IngestSettings::load(db));
            IngestOptions options;
            options.source = QStringLiteral("imap");
            options.maxRawBytes = ingest.maxRawBytes;
            options.useRequesterOpenTicket = ingest.useRequesterOpenTicket;
            ImapFetch fetch(db, *client, settings, claimer);
            fetch.setIngestOptions(options);
            fetch.setClock(clock);
            auto report = fetch.runOnce(password);
            if (!report)
                client->logout(); // the next pass connects again
            return report;
        });
    whenDone(m_running->pass, this,
             [this, generation](const Result<FetchReport> &report) { onPass(generation, report); });
}

void MailFetchService::onPass(quint64 generation, const Result<FetchReport> &done)
{
    if (generation != m_generation)
        return;
    m_passRunning = false;
    ++m_passes;
    const int interval =
        m_intervalOverrideMs > 0 ? m_intervalOverrideMs : m_settings.intervalS * 1000;
    if (!done) {
        ++m_failures;
        qCWarning(lcInbound) << "Fetching incoming mail failed:" << done.error().message;
        setState(State::Failing);
        report(Error::make(done.error().code,
                           tr("Incoming mail from %1 cannot be fetched: %2 The app tries again "
                              "by itself.")
                               .arg(m_settings.mailboxKey(), done.error().message)));
        // A server that stays away is asked less and less often.
        const qint64 backoff = qint64(interval) << std::min(m_failures, 5);
        schedule(int(std::min<qint64>(backoff, std::max(kMaxBackoffMs, interval))));
        return;
    }
    m_failures = 0;
    m_lastProblem = Error();
    m_lastProblemText.clear();
    setState(State::Running);
    for (const QString &line : done->problems)
        qCWarning(lcInbound) << line;
    emit fetched(done.value());
    for (qint64 ticketId : done->changedTickets)
        emit customerMessage(ticketId);
    schedule(interval);
}

void MailFetchService::schedule(int ms)
{
    if (m_running)
        m_timer->start(ms);
}

} // namespace helpdesk
