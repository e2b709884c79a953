#include "admin/OutboxCommand.h"

#include "db/Database.h"
#include "db/DbWorker.h"
#include "db/Migrator.h"
#include "mail/MailSettings.h"
#include "mail/OutboxSender.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxCommand", text);
}

const QString kProgram = QStringLiteral("helpdesk-admin");
constexpr int kPollIntervalMs = 30'000;

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
} // namespace

int runOutboxCommand(const QStringList &arguments, const ConnectionSettings &settings,
                     QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    if (!args.isEmpty() && args.constFirst() == QLatin1String("run"))
        args.removeFirst();
    bool once = false;
    for (const QString &arg : std::as_const(args)) {
        if (arg == QLatin1String("--once")) {
            once = true;
        } else {
            err << kProgram << QStringLiteral(": ")
                << tr("Unknown argument '%1' for 'outbox run'; it takes only --once.").arg(arg)
                << Qt::endl;
            return 2;
        }
    }

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
    options.pollIntervalMs = kPollIntervalMs;
    OutboxSender sender(&worker, mail.value().toSmtpSettings(password.value()),
                        mail.value().sender(), options);
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    QString lastProblem;
    QObject::connect(&sender, &OutboxSender::deliveryProblem, &sender, [&](const Error &e) {
        if (e.message != lastProblem) // one line per distinct problem, not per message
            err << kProgram << QStringLiteral(": ") << e.message << Qt::endl;
        lastProblem = e.message;
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

    InterruptGuard guard;
    QEventLoop loop;
    bool stopping = false;
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
        if (once) {
            // Keep going while there was work, then stop: what remains is not due yet.
            if (c.claimed == 0 || s_interrupted)
                loop.quit();
            else
                sender.runOnce();
        } else if (stopping && !sender.isBusy()) {
            loop.quit();
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
        if (!sender.isBusy())
            loop.quit();
    });
    interruptPoll.start(200);
    if (once)
        sender.runOnce();
    else
        sender.start();
    loop.exec();
    sender.stop();

    out << tr("Outbox: %1 sent, %2 waiting to be retried, %3 failed.")
               .arg(sent)
               .arg(retrying)
               .arg(failed)
        << Qt::endl;
    return failed > 0 || retrying > 0 || !lastProblem.isEmpty() ? 1 : 0;
}

} // namespace helpdesk
