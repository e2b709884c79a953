#pragma once
// What the UI asks of the SLA set-up, on the DbWorker.

#include "common/Result.h"
#include "sla/SlaConfig.h"

#include <QFuture>
#include <QObject>

namespace helpdesk {

class DbWorker;

class SlaService : public QObject
{
    Q_OBJECT
public:
    explicit SlaService(DbWorker *worker, QObject *parent = nullptr);

    // The desk's SLA set-up (warning window, policies).
    QFuture<Result<SlaConfig>> config();

private:
    DbWorker *m_worker;
};

} // namespace helpdesk
