#pragma once
// The write path: the one way an action changes the database.
//
//   begin → load → refuse → plan + record → commit → after-commit
//
// run() opens a write transaction (BEGIN IMMEDIATE on SQLite), calls `load` for what the
// checks need (read inside the transaction, FOR UPDATE where two writers could race), `refuse`
// with it (an Error refuses: nothing is written and the caller gets the Error as it is), then
// `plan`, which makes the change and tells the Recorder what to record (timeline event, audit
// row, queued mail). Any Error rolls everything back. After the commit the Recorder's
// after-commit work runs and every queued mail is announced (setMailQueued), e.g. to wake the
// OutboxSender. An action states only its checks and its plan; see TicketActions::mutate,
// AccountActions::perform, FlowRunner, Escalation, Outbox::retry.
//
// Synchronous on the connection it is given: services run actions on the DbWorker's thread,
// the CLI and tests run them directly.

#include "common/Result.h"
#include "db/Database.h"
#include "staff/Actor.h"
#include "write/Recorder.h"

#include <QSqlDatabase>

#include <functional>
#include <type_traits>
#include <utility>

namespace helpdesk {

class WritePath
{
public:
    WritePath(QSqlDatabase &db, Actor actor, qint64 nowMs)
        : m_db(db), m_actor(std::move(actor)), m_now(nowMs)
    {}

    QSqlDatabase &db() const { return m_db; }
    const Actor &actor() const { return m_actor; }
    qint64 now() const { return m_now; }

    // Called after each commit, once for every mail the write queued.
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_mailQueued = std::move(queued);
    }

    // load() -> Result<S>; refuse(const S &) -> Result<void>; plan(Recorder &, S &) -> Result<T>.
    // Returns plan's Result.
    template <typename Load, typename Refuse, typename Plan>
    auto run(Load &&load, Refuse &&refuse, Plan &&plan)
    {
        using State = typename ResultValue<std::invoke_result_t<Load>>::type;
        using Out = std::invoke_result_t<Plan, Recorder &, State &>;
        return run([&](Recorder &record) -> Out {
            HD_TRY_ASSIGN(State state, load());
            HD_TRY(refuse(std::as_const(state)));
            return plan(record, state);
        });
    }

    // A write that loads nothing for its checks (a create, a scan): plan(Recorder &) -> Result<T>.
    template <typename Plan> auto run(Plan &&plan) -> std::invoke_result_t<Plan, Recorder &>
    {
        Transaction tx(m_db);
        HD_TRY(tx.begin());
        Recorder record(m_db, m_actor, m_now);
        auto out = plan(record);
        if (!out)
            return out; // the transaction rolls back
        HD_TRY(tx.commit());
        announce(record);
        return out;
    }

private:
    void announce(Recorder &record) const;

    QSqlDatabase &m_db;
    Actor m_actor;
    qint64 m_now;
    std::function<void(qint64)> m_mailQueued;
};

} // namespace helpdesk
