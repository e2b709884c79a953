#pragma once
// Measures what an agent feels in the ticket queue on a large SQLite database.

#include "db/ConnectionSettings.h"

#include <QString>

namespace helpdesk::bench {

struct Options
{
    qint64 tickets = 1'000'000;
    QString databasePath; // empty: a file named after N in the temp folder, reused across runs
    int repeats = 5;
    bool scroll = true;
};

int run(const Options &options);

// Builds the benchmark database (the demo desk with `tickets` tickets) unless one of that size
// is there already; false (with a message on stderr) when it cannot.
bool ensureDatabase(const ConnectionSettings &settings, qint64 tickets);

} // namespace helpdesk::bench
