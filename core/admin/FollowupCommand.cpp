#include "admin/FollowupCommand.h"

#include "db/Database.h"
#include "followup/FollowupJob.h"
#include "followup/SurveyStore.h"
#include "tickets/Ticket.h"

#include <QDateTime>
#include <QHostInfo>
#include <QThread>

#include <atomic>
#include <csignal>

namespace helpdesk::admin::FollowupCommand {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AdminCli", text, disambiguation, n);
}

constexpr int kPassLimit = 200;
constexpr int kMaxPassesOnce = 50; // --once: at most this many full passes (10 000 tickets)

std::atomic_bool s_stop{false};

extern "C" void onStop(int)
{
    s_stop = true; // only an atomic store: safe in a signal handler
}

QString clientName()
{
    return QStringLiteral("followup-run@") + QHostInfo::localHostName();
}

void printPass(Context &ctx, const FollowupRunResult &r)
{
    ctx.out << tr("Queued %n survey mail(s)", nullptr, r.queued) << QStringLiteral(", ")
            << tr("skipped %n", nullptr, r.skipped) << QStringLiteral(", ")
            << tr("cancelled %n (reopened)", nullptr, r.cancelled) << QStringLiteral("; ")
            << tr("acted on %n answer(s)", nullptr, r.handled) << QStringLiteral(", ")
            << tr("reopened %n ticket(s)", nullptr, r.reopened) << QStringLiteral(", ")
            << tr("%n left for a team lead.", nullptr, r.forLead) << Qt::endl;
}

// Passes until nothing is left to do (or the cap): what one pass over a big backlog leaves.
Result<FollowupRunResult> drain(QSqlDatabase &db)
{
    FollowupRunResult total;
    for (int pass = 0; pass < kMaxPassesOnce && !s_stop; ++pass) {
        FollowupJob job(db, clientName(), QDateTime::currentMSecsSinceEpoch());
        HD_TRY_ASSIGN(const FollowupRunResult r, job.run(kPassLimit));
        total.queued += r.queued;
        total.skipped += r.skipped;
        total.cancelled += r.cancelled;
        total.handled += r.handled;
        total.reopened += r.reopened;
        total.forLead += r.forLead;
        if (r.queued + r.skipped < kPassLimit && r.handled < kPassLimit)
            break;
    }
    return total;
}

int cmdFollowupRun(Context &ctx, const Invocation &inv)
{
    int exitCode = 0;
    const auto interval =
        parseNumber(ctx, inv, QStringLiteral("interval"), 300, 5, 86'400, &exitCode);
    if (!interval)
        return exitCode;
    if (inv.has(QStringLiteral("once")) && inv.values.contains(QStringLiteral("interval")))
        return ctx.usage(tr("--interval is for a running job, not with --once."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    s_stop = false;
    if (inv.has(QStringLiteral("once"))) {
        auto done = drain(*db.value());
        if (!done)
            return ctx.fail(done.error());
        printPass(ctx, done.value());
        return AdminCli::Success;
    }

    auto previousInt = std::signal(SIGINT, onStop);
    auto previousTerm = std::signal(SIGTERM, onStop);
    // Each pass on a connection of its own making: a lost connection is closed and opened
    // again on the next pass (every statement has the connection's statement_timeout).
    const QString name = QStringLiteral("followup-run");
    bool open = false;
    int failures = 0;
    while (!s_stop) {
        if (!open) {
            auto conn = Database::open(ctx.settings, name);
            if (conn) {
                open = true;
                if (failures)
                    ctx.err << Program << QStringLiteral(": ")
                            << tr("Connected to the database again.") << Qt::endl;
            } else {
                ctx.err << Program << QStringLiteral(": ") << conn.error().message << Qt::endl;
            }
        }
        if (open) {
            QSqlDatabase conn = QSqlDatabase::database(name, false);
            auto done = drain(conn);
            if (done) {
                failures = 0;
                if (done->queued || done->skipped || done->cancelled || done->handled)
                    printPass(ctx, done.value());
            } else {
                ++failures;
                ctx.err << Program << QStringLiteral(": ") << done.error().message << Qt::endl;
                conn = QSqlDatabase();
                Database::close(name);
                open = false;
            }
        }
        // Wait for the next pass (shorter after a failure, at most the interval).
        const qint64 waitMs =
            failures ? std::min<qint64>(*interval * 1000, 5000LL * failures) : *interval * 1000;
        for (qint64 waited = 0; waited < waitMs && !s_stop; waited += 200)
            QThread::msleep(200);
    }
    if (open)
        Database::close(name);
    std::signal(SIGINT, previousInt == SIG_ERR ? SIG_DFL : previousInt);
    std::signal(SIGTERM, previousTerm == SIG_ERR ? SIG_DFL : previousTerm);
    return AdminCli::Success;
}

int cmdSurveyRecord(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 2)
        return ctx.usage(tr("Give the token from the survey link and a score from 1 to 5, e.g. "
                            "'%1 survey record TOKEN 4 --comment \"Quick help\"'.")
                             .arg(Program));
    bool isNumber = false;
    SurveyAnswer answer;
    answer.score = inv.positional.at(1).toInt(&isNumber);
    if (!isNumber)
        return ctx.usage(tr("The score '%1' is not a number; give 1 (bad) to 5 (very good).")
                             .arg(inv.positional.at(1)));
    answer.comment = inv.value(QStringLiteral("comment"));
    if (inv.values.contains(QStringLiteral("working"))) {
        const QString w = inv.value(QStringLiteral("working")).toLower();
        if (w != QLatin1String("yes") && w != QLatin1String("no"))
            return ctx.usage(tr("--working takes yes or no."));
        answer.working = w == QLatin1String("yes");
    }
    if (auto checked = SurveyStore::check(answer); !checked)
        return ctx.usage(checked.error().message);
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto recorded = SurveyStore::record(*db.value(), inv.positional.at(0), answer, now);
    if (!recorded)
        return ctx.fail(recorded.error());
    // What the due job would do next, now: a low answer reopens the ticket.
    auto handled = FollowupJob(*db.value(), clientName(), now).handleAnswers();
    if (!handled)
        return ctx.fail(handled.error());
    ctx.out << tr("Recorded the answer (score %1) for survey %2.").arg(answer.score).arg(*recorded);
    if (handled->reopened)
        ctx.out << u' ' << tr("The ticket was reopened for its assignee.");
    else if (handled->forLead)
        ctx.out << u' ' << tr("The ticket is closed; it is left for a team lead.");
    ctx.out << Qt::endl;
    return AdminCli::Success;
}

int cmdSurveySkip(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 1)
        return ctx.usage(tr("Give the ticket number, e.g. '%1 survey skip 42'.").arg(Program));
    QString text = inv.positional.constFirst();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return ctx.usage(tr("'%1' is not a ticket number.").arg(inv.positional.constFirst()));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto marked = FollowupJob(*db.value(), clientName(), QDateTime::currentMSecsSinceEpoch())
                      .markNoSurvey(id, clientName());
    if (!marked)
        return ctx.fail(marked.error());
    ctx.out << tr("Ticket %1 gets no follow-up survey.").arg(ticketNumberText(id)) << Qt::endl;
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("followup"), QStringLiteral("run")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Send the follow-up surveys that are due (the delay after Resolved has "
                           "passed) and act on low ratings, for cron or a service; safe next to "
                           "running apps: each survey goes once. Keeps running until Ctrl+C "
                           "unless --once."),
         {{QStringLiteral("once"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Do what is due now, then exit.")},
          {QStringLiteral("interval"), QStringLiteral("SECONDS"),
           QT_TRANSLATE_NOOP("AdminCli", "Without --once: look for due surveys this often "
                                         "(default 300).")}},
         cmdFollowupRun},
        {{QStringLiteral("survey"), QStringLiteral("record")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Record a customer's answer to a follow-up survey, as the portal "
                           "does: the token from the survey link and a score from 1 (bad) to 5 "
                           "(very good); a comment is needed at 1 and 2. Works once per survey."),
         {{QStringLiteral("comment"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The customer's comment.")},
          {QStringLiteral("working"), QStringLiteral("yes|no"),
           QT_TRANSLATE_NOOP("AdminCli", "The answer to \"is your account working now?\"; no "
                                         "reopens the ticket.")}},
         cmdSurveyRecord,
         QStringLiteral("TOKEN SCORE")},
        {{QStringLiteral("survey"), QStringLiteral("skip")},
         QT_TRANSLATE_NOOP("AdminCli", "Mark a ticket as one that gets no follow-up survey "
                                       "(before its survey is due)."),
         {},
         cmdSurveySkip,
         QStringLiteral("TICKET")},
    };
}

} // namespace helpdesk::admin::FollowupCommand
