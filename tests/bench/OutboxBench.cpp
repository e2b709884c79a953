#include "OutboxBench.h"

#include "OutboxTestUtil.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "db/Migrator.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace helpdesk::bench {

namespace {
int fail(const QString &what)
{
    std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int runOutbox(int messages)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot create a temporary folder"));
    const QString python = test::findRelayPython();
    if (python.isEmpty())
        return fail(QStringLiteral("--outbox needs python3 with aiosmtpd (python3-aiosmtpd)"));
    test::TestCertificates certs;
    QString error;
    if (!test::makeTestCertificates(dir.path(), &certs, &error))
        return fail(error);
    test::TestRelay relay;
    if (!relay.start(python, certs, dir.filePath(QStringLiteral("mail")), 0, &error))
        return fail(error);

    ConnectionSettings settings;
    settings.dialect = Dialect::SQLite;
    settings.sqlitePath = dir.filePath(QStringLiteral("outbox-bench.db"));
    const QString connection = QStringLiteral("outbox-bench");
    {
        auto opened = Database::open(settings, connection);
        if (!opened)
            return fail(opened.error().toString());
        QSqlDatabase db = opened.value();
        if (auto migrated = Migrator::migrate(db); !migrated)
            return fail(migrated.error().toString());
        Settings store(db);
        MailSettings mail;
        mail.host = QStringLiteral("localhost");
        mail.port = relay.port();
        mail.user = test::TestRelay::User;
        mail.fromAddress = QStringLiteral("helpdesk@example.org");
        mail.fromName = QStringLiteral("Example Support");
        if (auto saved = mail.save(store); !saved)
            return fail(saved.error().toString());

        // Queue: render the reply template and queue it, one transaction per message, as a
        // reply on a ticket would.
        QElapsedTimer total;
        total.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto reply = TemplateStore(db).byKey(TemplateKeys::TicketReply, now);
        if (!reply)
            return fail(reply.error().toString());
        for (int i = 0; i < messages; ++i) {
            const TemplateValues values{
                {QStringLiteral("customer.name"), QStringLiteral("Customer %1").arg(i)},
                {QStringLiteral("customer.email"), QStringLiteral("c%1@example.com").arg(i)},
                {QStringLiteral("agent.name"), QStringLiteral("Maria Keller")},
                {QStringLiteral("agent.signature"), QStringLiteral("Account support")},
                {QStringLiteral("ticket.number"), QStringLiteral("#%1").arg(1000 + i)},
                {QStringLiteral("ticket.subject"), QStringLiteral("Cannot sign in")},
                {QStringLiteral("reply.body"),
                 QStringLiteral("Please open the sign-in page in a private window and try "
                                "again.\nIf that does not help, reply and we will send a "
                                "reset link.")},
            };
            auto rendered = TemplateRenderer::render(reply.value(), values);
            if (!rendered)
                return fail(rendered.error().toString());
            MailMessage m;
            m.to = {MailAddress(values.value(QStringLiteral("customer.email")),
                                values.value(QStringLiteral("customer.name")))};
            m.subject = rendered.value().subject;
            m.textBody = rendered.value().textBody;
            m.htmlBody = rendered.value().htmlBody;
            Transaction tx(db);
            if (auto st = tx.begin(); !st)
                return fail(st.error().toString());
            auto id = Outbox::enqueue(db, m, std::nullopt, std::nullopt, false);
            if (!id)
                return fail(id.error().toString());
            if (auto st = tx.commit(); !st)
                return fail(st.error().toString());
        }
        const qint64 queuedMs = total.elapsed();

        // Send: one sender on its own DB thread, batches of 50 over one connection each.
        DbWorker worker(settings);
        auto workerOpened = worker.open(false);
        workerOpened.waitForFinished();
        if (!workerOpened.result())
            return fail(workerOpened.result().error().toString());
        SmtpSettings smtp = relay.smtpSettings(certs);
        OutboxSenderOptions options;
        options.batchSize = 50;
        OutboxSender sender(&worker, smtp, mail.sender(), options);
        QEventLoop loop;
        int sent = 0;
        QString problem;
        QObject::connect(&sender, &OutboxSender::cycleFinished, &loop,
                         [&](const OutboxCycle &cycle) {
                             sent += cycle.sent;
                             if (cycle.problem)
                                 problem = cycle.problem->toString();
                             if (cycle.claimed == 0 || !problem.isEmpty())
                                 loop.quit();
                             else
                                 sender.runOnce();
                         });
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        sender.runOnce();
        loop.exec();
        const qint64 totalMs = total.elapsed();
        if (!problem.isEmpty())
            return fail(problem);
        if (sent != messages || test::mailCount(relay.maildir()) != messages)
            return fail(QStringLiteral("only %1 of %2 messages reached the relay")
                            .arg(test::mailCount(relay.maildir()))
                            .arg(messages));
        std::printf("# outbox: %d templated messages queued in %lld ms, all sent after %lld ms\n",
                    messages, static_cast<long long>(queuedMs), static_cast<long long>(totalMs));
        std::printf("outbox_msgs_per_s: %.1f msg/s\n",
                    totalMs > 0 ? messages * 1000.0 / double(totalMs) : 0.0);
        std::fflush(stdout);
    }
    Database::close(connection);
    return 0;
}

} // namespace helpdesk::bench
