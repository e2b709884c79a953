#pragma once
// K headless agents on one database, each an AppSession of its own (its own connections, the
// same services and queue refresh as the GUI), working at a human pace for S seconds.

#include <QString>

namespace helpdesk::bench {

struct AgentOptions
{
    QString database; // URL or SQLite path
    int agents = 50;
    int seconds = 60;
    int thinkMs = 3000; // mean pause between one agent's actions
    int observers = 2;  // idle clients whose database work is only other clients' changes
};

int runAgents(const AgentOptions &options);

} // namespace helpdesk::bench
