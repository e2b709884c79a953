#pragma once
// A clock the test sets and moves by hand, for the services that take a std::function<qint64()>
// (TicketService, AccountService, TroubleshootingService, OutboxSenderOptions, OutboxReplyHook).
// Readable from any thread: the services call their clock on the DB worker. With a step, every
// read through fn() moves it on first, so each recorded answer gets a time of its own.

#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

namespace helpdesk::test {

class TestClock
{
public:
    static constexpr qint64 DefaultStartMs = 1'760'000'000'000; // 2025-10-09, a Thursday

    explicit TestClock(qint64 startMs = DefaultStartMs, qint64 stepMs = 0)
        : m_now(std::make_shared<std::atomic<qint64>>(startMs)), m_step(stepMs)
    {}

    // The time now, in UTC milliseconds since the epoch; reading it does not move it.
    qint64 now() const { return m_now->load(); }
    // Moves on by the step and returns the new time.
    qint64 tick() { return *m_now += m_step; }
    void advance(qint64 ms) { *m_now += ms; }
    void set(qint64 ms) { m_now->store(ms); }

    // What a service is given; it shares this clock (copies see every move).
    std::function<qint64()> fn() const
    {
        return [now = m_now, step = m_step] { return step ? (*now += step) : now->load(); };
    }
    // The same for widgets that count down in QDateTime (TicketTableView::setClock).
    std::function<QDateTime()> dateTimeFn() const
    {
        return [now = m_now] { return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC); };
    }

private:
    std::shared_ptr<std::atomic<qint64>> m_now;
    qint64 m_step;
};

} // namespace helpdesk::test
