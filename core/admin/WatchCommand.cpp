#include "admin/WatchCommand.h"

#include "accounts/SignInWatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <atomic>
#include <csignal>

namespace helpdesk::admin::WatchCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop = true;
}

QString summary(const SignInWatchPass &p)
{
    return tr("Sign-ins looked at: %1; unusual-sign-in notices queued: %2; known devices or "
              "nothing unusual: %3; noticed before: %4; lock notices queued: %5; two-step "
              "sign-in notices queued: %6.")
        .arg(p.examined)
        .arg(p.noticed)
        .arg(p.quiet)
        .arg(p.alreadyNoticed)
        .arg(p.lockNotices)
        .arg(p.mfaNotices);
}

int cmdAccountsWatch(Context &ctx, const Invocation &inv)
{
    const bool once = inv.has(QStringLiteral("once"));
    int exitCode = AdminCli::Success;
    const auto interval =
        parseNumber(ctx, inv, QStringLiteral("interval"), 60, 10, 86400, &exitCode);
    if (!interval)
        return exitCode;
    if (once && inv.values.contains(QStringLiteral("interval")))
        return ctx.usage(tr("--interval is for a running watch, not with --once."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());

    g_stop = false;
    auto oldInt = std::signal(SIGINT, onSignal);
    auto oldTerm = std::signal(SIGTERM, onSignal);
    int status = AdminCli::Success;
    while (true) {
        SignInWatch watch(*db.value(), Actor::system(QStringLiteral("sign-in-watch")),
                          QDateTime::currentMSecsSinceEpoch());
        auto pass = watch.runOnce();
        if (!pass) {
            status = ctx.fail(pass.error());
            if (once)
                break;
        } else {
            ctx.out << summary(pass.value()) << Qt::endl;
            if (pass->failed > 0)
                ctx.err << Program << QStringLiteral(": ")
                        << tr("Notices that could not be queued: %1; the last reason: %2")
                               .arg(pass->failed)
                               .arg(pass->lastError)
                        << Qt::endl;
            if (once) {
                status = pass->failed == 0 ? AdminCli::Success : AdminCli::RuntimeFailure;
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

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("accounts"), QStringLiteral("watch")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Look at new sign-ins and email the customer about one from a device "
                           "the account has not used before: once per account, device and day "
                           "(safe next to running apps, which watch too). Keeps watching until "
                           "Ctrl+C unless --once."),
         {{QStringLiteral("once"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Look at what arrived since the last run, then exit "
                                         "(exit status 1 if a notice could not be queued).")},
          {QStringLiteral("interval"), QStringLiteral("SECONDS"),
           QT_TRANSLATE_NOOP("AdminCli", "Without --once: look this often (default 60).")}},
         cmdAccountsWatch},
    };
}

} // namespace helpdesk::admin::WatchCommand
