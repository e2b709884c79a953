#include "demo/DemoSeeder.h"

#include "accounts/SignInWatch.h"
#include "common/Logging.h"
#include "db/BulkInsert.h"
#include "db/Database.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoRuns.h"
#include "demo/DemoTickets.h"
#include "demo/DemoWorld.h"
#include "followup/FollowupDemo.h"
#include "knowledge/KnowledgeDemo.h"
#include "mail/MailSettings.h"
#include "staff/StaffStore.h"
#include "timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace helpdesk {

namespace {

// Tickets written per transaction.
constexpr qint64 kSqliteBatch = 25000;
constexpr qint64 kPostgresBatch = 5000;
constexpr qint64 kProgressEvery = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeeder", text);
}

// While seeding an SQLite file, skip the fsyncs and keep the indexes in memory; on PostgreSQL,
// lift the per-statement deadline (the final ANALYZE of a million rows may take longer). The
// usual settings come back afterwards, whatever happened.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (Database::dialect(m_db) == Dialect::PostgreSQL) {
            if (q.exec(QStringLiteral("SELECT current_setting('statement_timeout')")) && q.next())
                m_pgStatementTimeout = q.value(0).toString();
            q.exec(QStringLiteral("SET statement_timeout = 0"));
            return;
        }
        m_active = true;
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        q.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    }
    ~BulkLoad()
    {
        QSqlQuery q(m_db);
        if (!m_pgStatementTimeout.isEmpty()) {
            q.prepare(QStringLiteral("SELECT set_config('statement_timeout', ?, false)"));
            q.addBindValue(m_pgStatementTimeout);
            q.exec();
        }
        if (!m_active)
            return;
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size=-32000"));
    }
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_pgStatementTimeout;
};

// One seeding run: checks, staff, accounts, then the tickets in batches of one transaction.
class Seeder
{
public:
    Seeder(QSqlDatabase &db, const DemoOptions &options, const DemoPhrases &phrases,
           const std::function<bool(qint64, qint64)> &progress)
        : m_db(db), m_options(options), m_progress(progress), m_dialect(Database::dialect(db)),
          m_world(phrases, options.seed,
                  (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
                      .toMSecsSinceEpoch())
    {}

    Result<DemoSummary> run();

private:
    Result<void> checkEmpty();
    Result<qint64> nextId(const QString &table);
    Result<void> syncSequences();
    Result<void> seedStaff();
    Result<void> seedAccounts();
    Result<void> seedTickets();
    Error cancelled() const;

    QSqlDatabase &m_db;
    const DemoOptions &m_options;
    const std::function<bool(qint64, qint64)> &m_progress;
    Dialect m_dialect;
    DemoWorld m_world;
    DemoSummary m_summary;
};

Error Seeder::cancelled() const
{
    return Error::make(Error::Code::Cancelled,
                       tr("Adding the demo data was cancelled. Tickets written before that "
                          "were kept."));
}

Result<void> Seeder::checkEmpty()
{
    const QStringList tables = m_db.tables();
    if (!tables.contains(QStringLiteral("tickets")) || !tables.contains(QStringLiteral("accounts")))
        return Error::make(Error::Code::InvalidInput,
                           tr("The database has no Helpdesk tables yet. Run helpdesk-admin "
                              "migrate first."));
    for (const QString &table : {QStringLiteral("tickets"), QStringLiteral("accounts")}) {
        auto q = Database::exec(m_db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!q)
            return q.error();
        if (q.value().next())
            return Error::make(Error::Code::InvalidInput,
                               tr("The database already contains tickets or customer accounts. "
                                  "Demo data is only added to an empty database."));
    }
    return {};
}

Result<qint64> Seeder::nextId(const QString &table)
{
    auto v =
        Database::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
    if (!v)
        return v.error();
    return v.value().toLongLong() + 1;
}

Result<void> Seeder::syncSequences()
{
    // Rows with explicit ids leave PostgreSQL's identity sequences behind; catch them up.
    if (m_dialect != Dialect::PostgreSQL)
        return {};
    for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("tickets")}) {
        auto q = Database::exec(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                     "'id'), (SELECT MAX(id) FROM %1))")
                                          .arg(table));
        if (!q)
            return q.error();
    }
    return {};
}

Result<void> Seeder::seedStaff()
{
    StaffStore store(m_db);
    for (const DemoPhrases::StaffEntry &seed : m_world.text.staff) {
        DemoStaffMember member;
        member.login = seed.login;
        member.firstName = seed.name.section(u' ', 0, 0);
        member.role = seed.role;
        member.active = seed.active;
        auto existing = store.byLogin(member.login);
        if (existing) {
            member.id = existing.value().id;
        } else if (existing.error().code == Error::Code::NotFound) {
            Staff staff;
            staff.login = member.login;
            staff.displayName = seed.name;
            staff.email = member.login + QStringLiteral("@example.com");
            staff.role = seed.role;
            staff.active = seed.active;
            staff.signature = tr("%1\nAccount Support").arg(seed.name);
            auto id = store.insert(staff);
            if (!id)
                return id.error();
            member.id = id.value();
            ++m_summary.staff;
        } else {
            return existing.error();
        }
        member.assignData =
            QStringLiteral("{\"from\":null,\"to\":") + QString::number(member.id) + u'}';
        const int index = int(m_world.staff.size());
        m_world.staff.push_back(member);
        if (seed.role == StaffRole::Lead)
            m_world.leads.push_back(index);
        if (seed.role == StaffRole::Admin)
            continue;
        // The demo agent carries a fuller queue so "My open tickets" has something to show.
        double weight = seed.role == StaffRole::Lead ? 0.6 : 2.0;
        if (member.login == QLatin1String(DemoSeeder::DemoAgentLogin))
            weight = 3.0;
        if (seed.active)
            m_world.recentAssignees.add(index, weight);
        m_world.olderAssignees.add(index, weight);
    }
    return {};
}

Result<void> Seeder::seedAccounts()
{
    auto firstId = nextId(QStringLiteral("accounts"));
    if (!firstId)
        return firstId.error();
    DemoAccounts accounts(m_world);
    if (Result<void> st = accounts.seed(m_db, firstId.value(), m_options.accounts); !st)
        return st;
    m_summary.accounts = m_options.accounts;
    m_summary.loginEvents = accounts.loginEvents();
    return {};
}

Result<void> Seeder::seedTickets()
{
    const qint64 total = m_options.tickets;
    auto firstId = nextId(QStringLiteral("tickets"));
    if (!firstId)
        return firstId.error();
    DemoTickets generator(m_world, total, firstId.value());
    const std::vector<qint64> times = generator.arrivalTimes();

    BulkInsert tickets(m_db, QStringLiteral("tickets"), DemoTickets::ticketColumns());
    const auto history = TimelineStore::historyWriter(m_db);
    BulkInsert &events = *history;
    const qint64 batchSize = m_dialect == Dialect::SQLite ? kSqliteBatch : kPostgresBatch;

    if (m_progress && !m_progress(0, total))
        return cancelled();
    qint64 done = 0;
    while (done < total) {
        const qint64 end = std::min(total, done + batchSize);
        Transaction tx(m_db, Transaction::Mode::Write);
        if (Result<void> st = tx.begin(); !st)
            return st;
        qint64 batchEvents = 0;
        for (qint64 i = done; i < end; ++i) {
            batchEvents += generator.write(i, times[std::size_t(i)], tickets, events);
            // Tickets go first: the events refer to them.
            if (tickets.statementFull()) {
                if (Result<void> st = tickets.flush(); !st)
                    return st;
                if (Result<void> st = events.flush(); !st)
                    return st;
            }
            if ((i + 1) % kProgressEvery == 0 && i + 1 < end && m_progress &&
                !m_progress(i + 1, total)) {
                tickets.discard();
                events.discard();
                return cancelled();
            }
        }
        if (Result<void> st = tickets.flush(); !st)
            return st;
        if (Result<void> st = events.flush(); !st)
            return st;
        if (Result<void> st = syncSequences(); !st)
            return st;
        if (Result<void> st = tx.commit(); !st)
            return st;
        done = end;
        m_summary.tickets = done;
        m_summary.events += batchEvents;
        if (m_progress && !m_progress(done, total))
            return done == total ? Result<void>() : Result<void>(cancelled());
    }
    return {};
}

Result<DemoSummary> Seeder::run()
{
    if (Result<void> st = checkEmpty(); !st)
        return st.error();

    QElapsedTimer timer;
    timer.start();
    const BulkLoad bulkLoad(m_db);
    {
        Transaction tx(m_db, Transaction::Mode::Write);
        if (Result<void> st = tx.begin(); !st)
            return st.error();
        if (Result<void> st = seedStaff(); !st)
            return st.error();
        if (Result<void> st = seedAccounts(); !st)
            return st.error();
        if (Result<void> st = syncSequences(); !st)
            return st.error();
        if (Result<void> st = tx.commit(); !st)
            return st.error();
    }
    qCInfo(lcDemo) << "staff and" << m_summary.accounts << "accounts in" << timer.elapsed() << "ms";
    if (Result<void> st = seedTickets(); !st)
        return st.error();
    qCInfo(lcDemo) << m_summary.tickets << "tickets," << m_summary.events << "events in"
                   << timer.elapsed() << "ms";

    // Fresh statistics let the planner pick the queue indexes on the new volume.
    QSqlQuery analyze(m_db);
    if (!analyze.exec(QStringLiteral("ANALYZE")))
        qCWarning(lcDemo) << "ANALYZE failed after seeding";
    if (m_dialect == Dialect::SQLite)
        analyze.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDemo) << "analyzed in" << timer.elapsed() << "ms";
    return m_summary;
}

} // namespace

// A demo desk sends its customer mail to a relay on this computer (port 2525, plain SMTP is
// allowed on loopback), so reset links and replies go through the outbox like in production;
// `python3 -m aiosmtpd -n -l 127.0.0.1:2525` shows them. An existing mail set-up is kept.
Result<void> DemoSeeder::configureDemoMail(QSqlDatabase &db)
{
    Settings settings(db);
    auto current = MailSettings::load(settings);
    if (!current)
        return current.error();
    if (current.value().isConfigured())
        return {};
    MailSettings demo;
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = 2525;
    demo.security = SmtpSettings::Security::None;
    demo.fromAddress = QStringLiteral("support@example.com");
    demo.fromName = QCoreApplication::translate("DemoSeeder", "Example Support (demo)");
    demo.messageIdDomain = QStringLiteral("example.com");
    return demo.save(settings);
}

Result<DemoSummary> DemoSeeder::seed(QSqlDatabase &db, const DemoOptions &options,
                                     const std::function<bool(qint64, qint64)> &progress)
{
    if (options.tickets < 0 || options.tickets > 100'000'000)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of demo tickets must be between 0 and 100,000,000."));
    if (options.accounts < 0 || options.accounts > 10'000'000)
        return Error::make(Error::Code::InvalidInput,
                           tr("The number of demo accounts must be between 0 and 10,000,000."));
    // The built-in words are read once per process; another folder's on every call.
    std::optional<Result<DemoPhrases>> fromFolder;
    if (!options.phrasesFolder.isEmpty())
        fromFolder.emplace(DemoPhrases::loadFolder(options.phrasesFolder));
    const Result<DemoPhrases> &phrases = fromFolder ? *fromFolder : DemoPhrases::builtIn();
    if (!phrases)
        return phrases.error();
    Seeder seeder(db, options, phrases.value(), progress);
    HD_TRY_ASSIGN(DemoSummary summary, seeder.run());
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    HD_TRY_ASSIGN(summary.articles, KnowledgeDemo::seed(db, now.toMSecsSinceEpoch()));
    HD_TRY(KnowledgeDemo::seedUses(db, now.toMSecsSinceEpoch()));
    HD_TRY_ASSIGN(summary.runs, DemoRuns::seed(db, options.seed, now.toMSecsSinceEpoch()));
    HD_TRY_ASSIGN(summary.surveys, FollowupDemo::seed(db, now.toMSecsSinceEpoch()));
    // The demo's sign-in history is history: the sign-in watch notices what comes after it.
    HD_TRY(SignInWatch::skipToNewest(db, now.toMSecsSinceEpoch()));
    return summary;
}

} // namespace helpdesk
