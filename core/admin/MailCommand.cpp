#include "admin/MailCommand.h"

#include "db/Database.h"
#include "ingest/ImapFetch.h"
#include "ingest/InboundStore.h"
#include "ingest/IncomingMailSettings.h"
#include "ingest/MailIngest.h"
#include "secrets/KeychainSecretStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace helpdesk::admin::MailCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// A database that cannot be used now: the MTA keeps the message and tries again.
int tempFail(Context &ctx, const Error &error, bool json)
{
    QString text = error.message;
    text.replace(u'\n', u' ');
    ctx.err << Program << QStringLiteral(": ") << text << Qt::endl;
    if (json)
        printJson(ctx, {{QStringLiteral("result"), QStringLiteral("tempfail")},
                        {QStringLiteral("ticket"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("reason"), text}});
    return TempFail;
}

Result<QByteArray> readInput(const QString &path, qint64 limit)
{
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    QFile file(fromStdin ? QString() : path);
    const bool opened =
        fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::make(Error::Code::InvalidInput,
                           tr("Cannot read the message file %1: %2. Check the path and its "
                              "permissions.")
                               .arg(path, file.errorString()));
    // One byte over the limit is enough to refuse; the rest is never held in memory.
    QByteArray bytes = limit > 0 ? file.read(limit + 1) : file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Code::InvalidInput,
                           tr("Reading the message from %1 failed: %2.")
                               .arg(fromStdin ? tr("standard input") : path, file.errorString()));
    return bytes;
}

int cmdMailIngest(Context &ctx, const Invocation &inv)
{
    const bool json = inv.has(QStringLiteral("json"));
    auto db = ctx.openExisting();
    if (!db)
        return tempFail(ctx, db.error(), json);
    auto settings = IngestSettings::load(*db.value());
    if (!settings)
        return tempFail(ctx, settings.error(), json);
    auto raw = readInput(inv.value(QStringLiteral("file")), settings->maxRawBytes);
    if (!raw) {
        // Nothing could be read: the MTA keeps the message (a file: the admin fixes the path).
        QString text = raw.error().message;
        ctx.err << Program << QStringLiteral(": ") << text << Qt::endl;
        return TempFail;
    }
    IngestOptions options;
    options.source = QStringLiteral("pipe");
    options.maxRawBytes = settings->maxRawBytes;
    options.useRequesterOpenTicket = settings->useRequesterOpenTicket;
    MailIngest ingest(*db.value(), QDateTime::currentMSecsSinceEpoch());
    auto result = ingest.ingest(raw.value(), options);
    if (!result)
        return tempFail(ctx, result.error(), json);
    const IngestResult &r = result.value();
    if (json)
        printJson(ctx, r.toJson());
    else
        ctx.out << IngestResult::key(r.outcome) << QStringLiteral(": ") << r.reason << Qt::endl;
    if (r.outcome == IngestResult::Outcome::Refused) {
        ctx.err << Program << QStringLiteral(": ") << r.reason << Qt::endl;
        return DataError;
    }
    if (r.unprocessed)
        ctx.err << Program << QStringLiteral(": ") << r.reason << Qt::endl;
    return AdminCli::Success;
}

std::atomic<bool> g_stop{false};
void onSignal(int)
{
    g_stop = true;
}

template <typename T> T wait(QFuture<T> future)
{
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

Result<QString> imapPassword(const IncomingMailSettings &s)
{
    const QByteArray fromEnv = qgetenv("HELPDESK_IMAP_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    KeychainSecretStore keychain;
    auto stored = wait(keychain.read(s.passwordKey()));
    if (stored)
        return stored;
    if (stored.error().code == Error::Code::NotFound ||
        stored.error().code == Error::Code::Unavailable)
        return Error::make(stored.error().code,
                           tr("There is no IMAP password for %1 (%2). Save it on the Incoming "
                              "mail page of the app's settings, or, where no keychain exists, "
                              "set HELPDESK_IMAP_PASSWORD for this command.")
                               .arg(s.passwordKey(), stored.error().message));
    return stored.error();
}

int cmdMailFetch(Context &ctx, const Invocation &inv)
{
    const bool once = inv.has(QStringLiteral("once"));
    int exitCode = AdminCli::Success;
    const auto interval =
        parseNumber(ctx, inv, QStringLiteral("interval"), 60, 10, 86400, &exitCode);
    if (!interval)
        return exitCode;
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    Settings settingsTable(*db.value());
    auto settings = IncomingMailSettings::load(settingsTable);
    if (!settings)
        return ctx.fail(settings.error());
    if (!settings->isConfigured())
        return ctx.fail(Error::make(Error::Code::InvalidInput,
                                    tr("No incoming mailbox is set up. An admin enters the IMAP "
                                       "server and user on the Incoming mail page of the app's "
                                       "settings.")));
    auto ingestSettings = IngestSettings::load(*db.value());
    if (!ingestSettings)
        return ctx.fail(ingestSettings.error());
    auto password = imapPassword(settings.value());
    if (!password)
        return ctx.fail(password.error());

    IngestOptions options;
    options.source = QStringLiteral("imap");
    options.maxRawBytes = ingestSettings->maxRawBytes;
    options.useRequesterOpenTicket = ingestSettings->useRequesterOpenTicket;
    const QString claimer =
        QStringLiteral("%1/%2/%3")
            .arg(QHostInfo::localHostName())
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    ImapClient client(settings->toImapSettings());
    ImapFetch fetch(*db.value(), client, settings.value(), claimer);
    fetch.setIngestOptions(options);

    g_stop = false;
    auto oldInt = std::signal(SIGINT, onSignal);
    auto oldTerm = std::signal(SIGTERM, onSignal);
    int status = AdminCli::Success;
    while (true) {
        auto report = fetch.runOnce(password.value());
        if (!report) {
            status = ctx.fail(report.error());
            if (once)
                break;
            client.logout(); // connect again next time
        } else {
            ctx.out << report->summary() << Qt::endl;
            for (const QString &problem : std::as_const(report->problems))
                ctx.err << Program << QStringLiteral(": ") << problem << Qt::endl;
            if (once) {
                status = report->problems.isEmpty() ? AdminCli::Success : AdminCli::RuntimeFailure;
                break;
            }
        }
        for (qint64 waited = 0; waited < *interval * 1000 && !g_stop; waited += 200)
            QThread::msleep(200);
        if (g_stop)
            break;
    }
    std::signal(SIGINT, oldInt == SIG_ERR ? SIG_DFL : oldInt);
    std::signal(SIGTERM, oldTerm == SIG_ERR ? SIG_DFL : oldTerm);
    return status;
}

int cmdMailUnprocessed(Context &ctx, const Invocation &inv)
{
    int exitCode = AdminCli::Success;
    const auto limit = parseNumber(ctx, inv, QStringLiteral("limit"), 50, 1, 100000, &exitCode);
    if (!limit)
        return exitCode;
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto list = InboundStore(*db.value()).unprocessed(int(*limit));
    if (!list)
        return ctx.fail(list.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const InboundRecord &r : list.value())
            array.append(QJsonObject{
                {QStringLiteral("id"), double(r.id)},
                {QStringLiteral("received_at"), r.receivedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("source"), r.source},
                {QStringLiteral("outcome"), r.outcome},
                {QStringLiteral("size"), double(r.rawSize)},
                {QStringLiteral("from"), r.fromAddress},
                {QStringLiteral("subject"), r.subject},
                {QStringLiteral("reason"), r.reason}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                << Qt::endl;
        return AdminCli::Success;
    }
    if (list->isEmpty())
        ctx.out << tr("No unprocessed mail.") << Qt::endl;
    for (const InboundRecord &r : list.value())
        ctx.out << r.id << u'\t' << r.receivedAt.toUTC().toString(Qt::ISODate) << u'\t' << r.rawSize
                << u'\t' << (r.reason.isEmpty() ? tr("not processed yet") : r.reason) << Qt::endl;
    return AdminCli::Success;
}

int cmdMailRaw(Context &ctx, const Invocation &inv)
{
    bool ok = false;
    const qint64 id = inv.positional.isEmpty() ? 0 : inv.positional.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(tr("Give the number of a received message, as 'mail unprocessed' shows "
                            "it."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto raw = InboundStore(*db.value()).raw(id);
    if (!raw)
        return ctx.fail(raw.error());
    ctx.out.flush();
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(raw.value());
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("mail"), QStringLiteral("ingest")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Take in one received email (RFC 5322) from standard input or a file, "
                           "as an MTA pipe: it becomes a ticket, is added to one, or is ignored "
                           "(auto-replies, lists, loops, duplicates, bounces). Exit status 0 when "
                           "handled, 65 when refused (over the size limit), 75 when the database "
                           "cannot be used now (the MTA tries again)."),
         {{QStringLiteral("file"), QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("AdminCli", "Read the message from this file instead of standard "
                                         "input.")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print {\"result\": ..., \"ticket\": N or null, "
                                         "\"reason\": ...} as JSON.")}},
         cmdMailIngest},
        {{QStringLiteral("mail"), QStringLiteral("fetch")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Fetch new mail from the IMAP mailbox of the incoming mail settings "
                           "(safe next to running apps: each message is processed once). The "
                           "password comes from the keychain or HELPDESK_IMAP_PASSWORD. Keeps "
                           "polling until Ctrl+C unless --once."),
         {{QStringLiteral("once"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Fetch what is there now, then exit (exit status 1 if "
                                         "the mailbox could not be read).")},
          {QStringLiteral("interval"), QStringLiteral("SECONDS"),
           QT_TRANSLATE_NOOP("AdminCli", "Without --once: look for new mail this often (default "
                                         "60).")}},
         cmdMailFetch},
        {{QStringLiteral("mail"), QStringLiteral("unprocessed")},
         QT_TRANSLATE_NOOP("AdminCli", "List received mail that could not be read or processed "
                                       "(kept with its raw source)."),
         {{QStringLiteral("limit"), QStringLiteral("N"),
           QT_TRANSLATE_NOOP("AdminCli", "Show at most N messages (default 50).")},
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON array instead of lines.")}},
         cmdMailUnprocessed},
        {{QStringLiteral("mail"), QStringLiteral("raw")},
         QT_TRANSLATE_NOOP("AdminCli", "Write a received message's raw source to standard "
                                       "output."),
         {},
         cmdMailRaw,
         QStringLiteral("ID")},
    };
}

} // namespace helpdesk::admin::MailCommand
