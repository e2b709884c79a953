#include "admin/AccountActionsCommand.h"

#include "accounts/AccountActions.h"
#include "accounts/AccountStore.h"
#include "tickets/Ticket.h"

#include <QDateTime>

namespace helpdesk::admin::AccountActionsCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

// --ticket 1042 or #1042; nullopt without the option. *exitCode is set on a bad value.
std::optional<qint64> ticketOption(Context &ctx, const Invocation &inv, int *exitCode)
{
    if (!inv.has(QStringLiteral("ticket")))
        return std::nullopt;
    QString text = inv.value(QStringLiteral("ticket"));
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n <= 0) {
        *exitCode = ctx.usage(tr("'%1' is not a ticket number; give the number 'tickets list' "
                                 "shows, e.g. 1042.")
                                  .arg(inv.value(QStringLiteral("ticket"))));
        return std::nullopt;
    }
    return n;
}

struct Target
{
    QSqlDatabase *db = nullptr;
    Staff actor;
    qint64 accountId = 0;
};

Result<Target> target(Context &ctx, const Invocation &inv)
{
    HD_TRY_ASSIGN(QSqlDatabase * db, ctx.openExisting());
    HD_TRY_ASSIGN(Staff actor, actingStaff(ctx, *db, inv));
    HD_TRY_ASSIGN(const Account account, AccountStore(*db).byEmail(inv.positional.constFirst()));
    return Target{db, actor, account.id};
}

void printResult(Context &ctx, const AccountActionResult &r)
{
    ctx.out << r.summary << Qt::endl;
    if (r.outboxId)
        ctx.out << tr("The customer's mail is queued (outbox %1); a running app or 'outbox "
                      "run' sends it.")
                       .arg(*r.outboxId)
                << Qt::endl;
}

int cmdSendLink(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 1)
        return ctx.usage(tr("Give the customer's email address, e.g. '%1 accounts send-link "
                            "pat@example.com --kind reset --ticket 1042'.")
                             .arg(Program));
    const QString kind = inv.value(QStringLiteral("kind"));
    if (kind != QLatin1String("reset") && kind != QLatin1String("activation"))
        return ctx.usage(tr("accounts send-link needs --kind reset or --kind activation."));
    int exitCode = AdminCli::Success;
    const auto ticket = ticketOption(ctx, inv, &exitCode);
    if (exitCode != AdminCli::Success)
        return exitCode;
    if (!ticket)
        return ctx.usage(tr("accounts send-link needs --ticket NUMBER: a link is sent for a "
                            "ticket, whose timeline records it."));
    auto t = target(ctx, inv);
    if (!t)
        return ctx.fail(t.error());
    AccountActions actions(*t->db, t->actor, QDateTime::currentMSecsSinceEpoch());
    auto done = kind == QLatin1String("reset") ? actions.sendResetLink(t->accountId, ticket)
                                               : actions.sendActivationLink(t->accountId, ticket);
    if (!done)
        return ctx.fail(done.error());
    printResult(ctx, done.value());
    return AdminCli::Success;
}

int cmdLock(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 1)
        return ctx.usage(tr("Give the customer's email address, e.g. '%1 accounts lock "
                            "pat@example.com --reason \"takeover reported\"'.")
                             .arg(Program));
    if (inv.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(tr("accounts lock needs --reason TEXT: the lock's reason is shown to "
                            "colleagues and recorded."));
    int exitCode = AdminCli::Success;
    const auto ticket = ticketOption(ctx, inv, &exitCode);
    if (exitCode != AdminCli::Success)
        return exitCode;
    auto t = target(ctx, inv);
    if (!t)
        return ctx.fail(t.error());
    auto done = AccountActions(*t->db, t->actor, QDateTime::currentMSecsSinceEpoch())
                    .lockNow(t->accountId, inv.value(QStringLiteral("reason")), ticket);
    if (!done)
        return ctx.fail(done.error());
    printResult(ctx, done.value());
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    const OptionSpec as{QStringLiteral("as"), QStringLiteral("LOGIN"),
                        QT_TRANSLATE_NOOP("AdminCli", "Staff login making the change (on "
                                                      "PostgreSQL: only yourself).")};
    return {
        {{QStringLiteral("accounts"), QStringLiteral("send-link")},
         QT_TRANSLATE_NOOP("AdminCli", "Send the customer a password-reset or activation link, "
                                       "as the Account panel does (checks, timeline, audit, "
                                       "the mail in the outbox)."),
         {{QStringLiteral("kind"), QStringLiteral("reset|activation"),
           QT_TRANSLATE_NOOP("AdminCli", "Which link (required).")},
          {QStringLiteral("ticket"), QStringLiteral("NUMBER"),
           QT_TRANSLATE_NOOP("AdminCli", "The ticket it is sent for (required).")},
          as},
         cmdSendLink,
         QStringLiteral("EMAIL")},
        {{QStringLiteral("accounts"), QStringLiteral("lock")},
         QT_TRANSLATE_NOOP("AdminCli", "Lock a customer account now (a security lock: a team "
                                       "lead approves lifting it), as the Account panel does."),
         {{QStringLiteral("reason"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "Why (required).")},
          {QStringLiteral("ticket"), QStringLiteral("NUMBER"),
           QT_TRANSLATE_NOOP("AdminCli", "The ticket whose timeline records it.")},
          as},
         cmdLock,
         QStringLiteral("EMAIL")},
    };
}

} // namespace helpdesk::admin::AccountActionsCommand
