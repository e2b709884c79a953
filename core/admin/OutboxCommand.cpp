#include "admin/OutboxCommand.h"

#include "db/Database.h"
#include "db/DbWorker.h"
#include "db/Migrator.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <QSet>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxCommand", text);
}

const QString kProgram = QStringLiteral("helpdesk-admin");
constexpr int kPollIntervalMs = 30'000;
constexpr int kDefaultOnceTimeoutS = 300; // a one-off run ends within this, whatever happens
constexpr int kRecordGraceS = 15;         // after the deadline, to record what is known
constexpr int kRecordRetryMs = 2000;      // while outcomes wait for the database
constexpr int ExitTemporaryFailure = 75;  // EX_TEMPFAIL: cron or systemd may try again

std::atomic_bool s_interrupted{false};

extern "C" void onInterrupt(int)
{
    s_interrupted = true; // only an atomic store: safe in a signal handler
}

// Installs the handlers for one run and puts the previous ones back afterwards.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted = false;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int == SIG_ERR ? SIG_DFL : m_int);
        std::signal(SIGTERM, m_term == SIG_ERR ? SIG_DFL : m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

template <typename T> T wait(QFuture<T> future)
{
    // Not the GUI: a local event loop lets keychain jobs and continuations run meanwhile.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (future.isFinished())
            loop.quit();
    });
    poll.start(10);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

int fail(QTextStream &err, const Error &error)
{
    QString text = error.message;
    text.replace(u'\n', u' ');
    err << kProgram << QStringLiteral(": ") << text << Qt::endl;
    return 1;
}

Result<QString> smtpPassword(const MailSettings &mail)
{
    if (mail.user.isEmpty())
        return QString();
    const QByteArray fromEnv = qgetenv("HELPDESK_SMTP_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    KeychainSecretStore keychain;
    auto stored = wait(keychain.read(mail.passwordKey()));
    if (stored)
        return stored;
    if (stored.error().code == Error::Code::NotFound ||
        stored.error().code == Error::Code::Unavailable)
        return Error::make(stored.error().code,
                           tr("There is no SMTP password for %1 (%2). Save it from the app's "
                              "mail settings, or, where no keychain exists, set "
                              "HELPDESK_SMTP_PASSWORD for this command.")
                               .arg(mail.passwordKey(), stored.error().message));
    return stored.error();
}

// A last line of defence for a one-off run: whatever blocks (a wedged keychain, a server that
// stops answering in a way no timeout sees), the process ends a little after its deadline, so
// that cron never piles up hanging runs. SQLite and PostgreSQL are crash-safe: an exit here
// loses nothing that was committed, and claimed mail goes back to the queue with its lease.
class Watchdog
{
public:
    explicit Watchdog(int seconds) : m_thread([this, seconds] { watch(seconds); }) {}
    ~Watchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    void watch(int seconds)
    {
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_done; }))
            return;
        static const char message[] =
            "helpdesk-admin: outbox run did not finish within its deadline and was stopped. "
            "Messages it had claimed are sent by the next run.\n";
        std::fputs(message, stderr);
        std::fflush(stderr);
        std::_Exit(ExitTemporaryFailure);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace

int runOutboxCommand(const QStringList &arguments, const ConnectionSettings &settings,
                     QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    if (!args.isEmpty() && args.constFirst() == QLatin1String("run"))
        args.removeFirst();
    bool once = false;
    int timeoutS = kDefaultOnceTimeoutS;
    int intervalS = kPollIntervalMs / 1000;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--once")) {
            once = true;
        } else if (arg == QLatin1String("--interval") && i + 1 < args.size()) {
            bool ok = false;
            intervalS = args.at(++i).toInt(&ok);
            if (!ok || intervalS < 1 || intervalS > 3600) {
                err << kProgram << QStringLiteral(": ")
                    << tr("--interval needs a number of seconds from 1 to 3600.") << Qt::endl;
                return 2;
            }
        } else if (arg == QLatin1String("--timeout") && i + 1 < args.size()) {
            bool ok = false;
            timeoutS = args.at(++i).toInt(&ok);
            if (!ok || timeoutS < 5 || timeoutS > 86'400) {
                err << kProgram << QStringLiteral(": ")
                    << tr("--timeout needs a number of seconds from 5 to 86400.") << Qt::endl;
                return 2;
            }
        } else {
            err << kProgram << QStringLiteral(": ")
                << tr("Unknown argument '%1' for 'outbox run'; it takes --once, --timeout "
                      "SECONDS and --interval SECONDS.")
                       .arg(arg)
                << Qt::endl;
            return 2;
        }
    }
    // The watchdog allows for the recording after the deadline, then some.
    std::optional<Watchdog> watchdog;
    if (once)
        watchdog.emplace(timeoutS + kRecordGraceS + 15);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();

    DbWorker worker(settings);
    auto opened = wait(worker.open(false));
    if (!opened)
        return fail(err, opened.error());
    const int latest = Migrator::latestVersion(settings.dialect);
    if (opened.value() < latest)
        return fail(err, Error::make(Error::Code::DatabaseOpen,
                                     tr("The database schema is at version %1 but this version "
                                        "of Helpdesk needs %2. Update it with '%3 migrate'.")
                                         .arg(opened.value())
                                         .arg(latest)
                                         .arg(kProgram)));
    auto mail = wait(worker.run([](QSqlDatabase &db) {
        Settings s(db);
        return MailSettings::load(s);
    }));
    if (!mail)
        return fail(err, mail.error());
    if (!mail.value().isConfigured())
        return fail(err, Error::make(Error::Code::InvalidInput,
                                     tr("Mail is not set up in this database: the relay host "
                                        "(smtp/host) and the sender address "
                                        "(mail/from_address) are needed. Set them in the app's "
                                        "mail settings.")));
    if (auto valid = mail.value().validate(); !valid)
        return fail(err, valid.error());
    auto password = smtpPassword(mail.value());
    if (!password)
        return fail(err, password.error());

    OutboxSenderOptions options;
    options.pollIntervalMs = intervalS * 1000;
    if (once)
        options.dueByMs = startedAt; // what comes back with backoff waits for the next run
    OutboxSender sender(&worker, mail.value().toSmtpSettings(password.value()),
                        mail.value().sender(), options);
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    QString lastProblem;
    QSet<QString> said; // one line per distinct reason, not one per message
    const auto say = [&](const QString &line) {
        if (said.contains(line))
            return;
        said.insert(line);
        err << kProgram << QStringLiteral(": ") << line << Qt::endl;
    };
    QObject::connect(&sender, &OutboxSender::deliveryProblem, &sender, [&](const Error &e) {
        lastProblem = e.message;
        say(e.message);
    });
    QObject::connect(
        &sender, &OutboxSender::messageFailed, &sender,
        [&](qint64 id, qint64 ticketId, const QString &why) {
            err << kProgram << QStringLiteral(": ")
                << (ticketId > 0
                        ? tr("Message %1 (ticket #%2) failed: %3").arg(id).arg(ticketId).arg(why)
                        : tr("Message %1 failed: %2").arg(id).arg(why))
                << Qt::endl;
        });
    QObject::connect(&sender, &OutboxSender::messageRetrying, &sender,
                     [&](qint64, qint64, const QString &why, const QDateTime &) {
                         if (why != lastProblem) // the problem itself was said already
                             say(tr("Mail waits to be retried: %1").arg(why));
                     });
    QObject::connect(&worker, &DbWorker::connectionLost, &sender,
                     [&](const Error &e) { say(e.message); });
    QObject::connect(&worker, &DbWorker::connectionRestored, &sender, [&] {
        said.clear();
        err << kProgram << QStringLiteral(": ") << tr("Reconnected to the database.") << Qt::endl;
    });

    InterruptGuard guard;
    QEventLoop loop;
    bool stopping = false;
    bool timedOut = false;
    QTimer retryPending;
    retryPending.setSingleShot(true);
    QObject::connect(&retryPending, &QTimer::timeout, &loop, [&] { sender.runOnce(); });
    QObject::connect(&sender, &OutboxSender::cycleFinished, &loop, [&](const OutboxCycle &c) {
        sent += c.sent;
        retrying += c.retrying;
        failed += c.failed;
        if (c.claimed > 0)
            out << tr("Sent %1, to retry later %2, failed %3.")
                       .arg(c.sent)
                       .arg(c.retrying)
                       .arg(c.failed)
                << Qt::endl;
        if (stopping || timedOut) {
            if (sender.unrecordedOutcomes() == 0 || timedOut)
                loop.quit();
            else
                retryPending.start(kRecordRetryMs);
        } else if (once) {
            if (sender.unrecordedOutcomes() > 0)
                retryPending.start(kRecordRetryMs); // the database first, then the rest
            else if (c.claimed == 0 || s_interrupted || c.problem)
                loop.quit(); // what remains is not due yet, or cannot go now
            else
                sender.runOnce();
        }
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (!s_interrupted || stopping)
            return;
        stopping = true;
        err << kProgram << QStringLiteral(": ") << tr("Stopping after the current batch...")
            << Qt::endl;
        sender.stop();
        if (!sender.isBusy() && sender.unrecordedOutcomes() == 0)
            loop.quit();
    });
    interruptPoll.start(200);
    QTimer deadline;
    deadline.setSingleShot(true);
    QTimer grace;
    grace.setSingleShot(true);
    QObject::connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (once) {
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            say(tr("The run reached its deadline of %1 s; stopping. Unsent mail stays queued "
                   "for the next run.")
                    .arg(timeoutS));
            sender.stop();
            sender.abortSending();
            grace.start(kRecordGraceS * 1000);
            if (!sender.isBusy())
                loop.quit();
        });
        deadline.start(timeoutS * 1000);
    }
    // Started from inside the loop, so that no answer can come before it runs.
    QTimer::singleShot(0, &loop, [&] {
        if (once)
            sender.runOnce();
        else
            sender.start();
    });
    loop.exec();
    sender.stop();

    out << tr("Outbox: %1 sent, %2 waiting to be retried, %3 failed.")
               .arg(sent)
               .arg(retrying)
               .arg(failed)
        << Qt::endl;
    if (const int unrecorded = sender.unrecordedOutcomes(); unrecorded > 0)
        err << kProgram << QStringLiteral(": ")
            << tr("The outcome of %1 message(s) could not be recorded because the database was "
                  "unreachable. They stay 'sending' until their lease runs out; one the relay "
                  "had accepted may then be sent a second time.")
                   .arg(unrecorded)
            << Qt::endl;
    else if (auto waiting = wait(worker.run([](QSqlDatabase &db) {
                 return Outbox::leases(db, QDateTime::currentMSecsSinceEpoch());
             }));
             waiting && !waiting.value().describe().isEmpty())
        out << tr("Still in the outbox: %1.").arg(waiting.value().describe()) << Qt::endl;
    const bool clean = failed == 0 && retrying == 0 && lastProblem.isEmpty() && !timedOut &&
                       sender.unrecordedOutcomes() == 0;
    return clean ? 0 : 1;
}

} // namespace helpdesk
