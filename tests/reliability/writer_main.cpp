// helpdesk-test-writer: one of the processes of tst_multiprocess. It opens the database the way
// the app does (a connection that writes, and a second one that watches for other clients'
// changes, as the app's ChangeNotifier does) and writes without pause: a ticket, a public reply
// on it (which queues the customer's mail in the same transaction), a note. After each commit it
// prints what it wrote
// ("ticket 12", "reply 12 mail 40", "note 12") and flushes, so the test knows every committed
// write even when it kills this process in the middle of the next one.
//
// Usage: helpdesk-test-writer DATABASE_URL STAFF_LOGIN COUNT TAG

#include "db/Database.h"
#include "staff/StaffStore.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketActions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using namespace helpdesk;

namespace {
int fail(const QString &what, const Error &error)
{
    QTextStream(stderr) << "helpdesk-test-writer: " << what << ": " << error.toString() << '\n';
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: helpdesk-test-writer DATABASE_URL STAFF_LOGIN COUNT TAG\n", stderr);
        return 2;
    }
    auto settings = ConnectionSettings::fromUrl(args.at(1));
    if (!settings)
        return fail(QStringLiteral("url"), settings.error());
    auto opened = Database::open(settings.value(), QStringLiteral("writer"));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    QSqlDatabase db = opened.value();
    auto watcher = Database::open(settings.value(), QStringLiteral("watcher"));
    if (!watcher)
        return fail(QStringLiteral("open watcher"), watcher.error());
    QSqlDatabase watch = watcher.value();
    const bool sqlite = settings.value().dialect == Dialect::SQLite;
    auto actor = StaffStore(db).byLogin(args.at(2));
    if (!actor)
        return fail(QStringLiteral("staff"), actor.error());
    const int count = args.at(3).toInt();
    const QString tag = args.at(4);
    QTextStream out(stdout);
    int busy = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto seen = Database::scalar(watch, sqlite ? QStringLiteral("PRAGMA data_version")
                                                       : QStringLiteral("SELECT 1"));
            !seen)
            return fail(QStringLiteral("watch"), seen.error());
        NewTicket n;
        n.subject = QStringLiteral("Cannot sign in (%1 %2)").arg(tag).arg(i);
        n.requester = QStringLiteral("%1.%2@example.com").arg(tag).arg(i);
        n.requesterName = QStringLiteral("Writer %1").arg(i);
        n.category = TicketCategory::Login;
        n.body = QStringLiteral("I have not been able to sign in since this morning.");
        auto created = TicketActions(db, actor.value(), now).create(n);
        if (!created) {
            // Another process holding the write lock for longer than the busy timeout is
            // allowed; anything else is a failure the test reports.
            if (created.error().code == Error::Code::Unavailable && ++busy < 20)
                continue;
            return fail(QStringLiteral("create"), created.error());
        }
        out << "ticket " << created->id << Qt::endl;

        OutboxReplyHook hook;
        auto replied = TicketActions(db, actor.value(), now, &hook)
                           .reply(created->id, created->version,
                                  QStringLiteral("Thank you, we are looking into it (%1).").arg(i));
        if (!replied) {
            if (replied.error().code == Error::Code::Unavailable && ++busy < 20)
                continue;
            return fail(QStringLiteral("reply"), replied.error());
        }
        out << "reply " << created->id << Qt::endl;

        auto noted = TicketActions(db, actor.value(), now)
                         .note(created->id, replied->version, QStringLiteral("Checked the logs."));
        if (!noted) {
            if (noted.error().code == Error::Code::Unavailable && ++busy < 20)
                continue;
            return fail(QStringLiteral("note"), noted.error());
        }
        out << "note " << created->id << Qt::endl;
    }
    db = QSqlDatabase();
    watch = QSqlDatabase();
    Database::close(QStringLiteral("writer"));
    Database::close(QStringLiteral("watcher"));
    return 0;
}
