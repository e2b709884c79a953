#pragma once
// Waiting in tests without blocking the event loop: for a worker's future, or for a condition.

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

} // namespace helpdesk::test
