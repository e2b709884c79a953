#pragma once
// Fills an empty database with deterministic, realistic demo data: staff, customer accounts with
// their sign-in history, and tickets with timelines. Same seed and `now`, same rows.

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace helpdesk {

struct DemoOptions
{
    qint64 tickets = 2000;
    qint64 accounts = 500;
    quint32 seed = 42;
    QDateTime now; // invalid = current time
    // Where the demo data's words come from (the files listed by DemoPhrases::fileNames());
    // empty = the ones built in from resources/demo.
    QString phrasesFolder;
};

struct DemoSummary
{
    qint64 staff = 0, accounts = 0, loginEvents = 0, tickets = 0, events = 0;
    qint64 articles = 0; // knowledge-base articles (KnowledgeDemo)
    qint64 runs = 0;     // troubleshooting runs (DemoRuns)
    qint64 surveys = 0;  // answered follow-up surveys (FollowupDemo)
};

class DemoSeeder
{
public:
    // The demo desk's mail set-up: a relay on this computer (127.0.0.1:2525, plain SMTP, which
    // is allowed on loopback), so replies and reset links go through the outbox as they would
    // in production. Keeps an existing set-up. Used by `helpdesk --demo`.
    static Result<void> configureDemoMail(QSqlDatabase &db);
    // progress(done, total) is called now and then with ticket counts; returning false cancels
    // (Error::Code::Cancelled; the batch being written is rolled back, earlier batches stay).
    // Refuses (InvalidInput) a database that already holds tickets or customer accounts, and
    // demo data files that are missing or malformed (the message names the file and entry).
    static Result<DemoSummary>
    seed(QSqlDatabase &db, const DemoOptions &options,
         const std::function<bool(qint64 done, qint64 total)> &progress = {});

    // The agent the GUI acts as in demo mode ("My open tickets").
    static constexpr const char *DemoAgentLogin = "maria.k";
};

} // namespace helpdesk
