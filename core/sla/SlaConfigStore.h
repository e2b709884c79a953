#pragma once
// Where the SLA set-up lives: one JSON document in the shared settings table. Saving it
// recomputes the due times of the tickets still being worked.

#include "common/Result.h"
#include "sla/SlaConfig.h"

#include <QSqlDatabase>

namespace helpdesk {

class SlaConfigStore
{
public:
    static constexpr const char *SettingsKey = "sla.config";

    explicit SlaConfigStore(QSqlDatabase &db) : m_db(db) {}

    // The stored set-up, or SlaConfig::defaults() when none is stored.
    Result<SlaConfig> load();
    // Validates (every policy names a known calendar), saves, and recomputes the due times of
    // every ticket still being worked from its recorded clock, in one transaction. Returns how
    // many tickets were recomputed.
    Result<qint64> save(const SlaConfig &config);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
