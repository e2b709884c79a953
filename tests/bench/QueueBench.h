#pragma once
// Measures what an agent feels in the ticket queue on a large SQLite database.

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

} // namespace helpdesk::bench
