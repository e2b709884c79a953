#pragma once
// Demo data for the desktop app, on the DbWorker: fills an empty database (DemoSeeder) and gives
// it the demo mail set-up, with progress and a way to stop.

#include "common/Result.h"
#include "demo/DemoSeeder.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace helpdesk {

class DbWorker;

class DemoService : public QObject
{
    Q_OBJECT
public:
    explicit DemoService(DbWorker *worker, QObject *parent = nullptr);

    // The future reports progress (tickets written) through its progress range and value;
    // cancel() stops it after the current batch, and the future then holds a Cancelled error.
    QFuture<Result<DemoSummary>> seed(const DemoOptions &options);
    void cancel();

private:
    DbWorker *m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace helpdesk
