#pragma once
// Waiting in tests without blocking the event loop: for a worker's future, for a condition, or
// for a ticket queue to settle.

#include "tickets/TicketQueueModel.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>

#include <utility>

namespace helpdesk::test {

constexpr int DefaultWaitMs = 30'000;

// Runs the event loop until the future is finished (or timeoutMs passed); returns its result.
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = DefaultWaitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

// Runs the event loop until condition() is true; false when timeoutMs passed first.
template <typename F> bool waitUntil(F &&condition, int timeoutMs = DefaultWaitMs)
{
    return QTest::qWaitFor(std::forward<F>(condition), timeoutMs);
}

// Until the queue knows all its rows (the id list is in) and nothing is loading.
inline bool waitForQueueIndex(const TicketQueueModel *model, int timeoutMs = DefaultWaitMs)
{
    return waitUntil([model] { return !model->isLoading() && model->isIndexComplete(); },
                     timeoutMs);
}

// The same, and the first page is in too (every load starts with it): the rows a window shows
// first can be read.
inline bool waitForQueue(const TicketQueueModel *model, int timeoutMs = DefaultWaitMs)
{
    return waitForQueueIndex(model, timeoutMs) &&
           (model->rowCount() == 0 ||
            waitUntil([model] { return model->ticketAt(0).has_value(); }, timeoutMs));
}

} // namespace helpdesk::test
