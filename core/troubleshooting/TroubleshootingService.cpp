#include "troubleshooting/TroubleshootingService.h"

#include "common/Futures.h"

#include "db/DbWorker.h"
#include "troubleshooting/FlowRunner.h"

#include <QDateTime>

namespace helpdesk {

TroubleshootingService::TroubleshootingService(DbWorker *worker, FlowLibrary flows, QObject *parent)
    : QObject(parent), m_worker(worker),
      m_flows(std::make_shared<const FlowLibrary>(std::move(flows))),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<helpdesk::FlowRun>();
}

void TroubleshootingService::setFlows(FlowLibrary flows)
{
    m_flows = std::make_shared<const FlowLibrary>(std::move(flows));
}

template <typename R> QFuture<R> TroubleshootingService::read(std::function<R(FlowRunner &)> query)
{
    const Staff actor = m_actor;
    const qint64 now = m_clock();
    return m_worker->run([flows = m_flows, actor, now, query](QSqlDatabase &db) {
        FlowRunner runner(db, *flows, actor, now);
        return query(runner);
    });
}

QFuture<Result<FlowRun>> TroubleshootingService::act(qint64 ticketId, Action action)
{
    const Staff actor = m_actor;
    const qint64 now = m_clock();
    QFuture<Result<FlowRun>> done =
        m_worker->run([flows = m_flows, handler = m_handler, queued = m_mailQueued, actor, now,
                       action](QSqlDatabase &db) {
            FlowRunner runner(db, *flows, actor, now, handler.get());
            runner.setMailQueued(queued);
            return action(runner);
        });
    // A QFuture holds one continuation, so the caller gets the continuation's future to chain on.
    // A failed answer may still have performed some of the step's actions, so the ticket is
    // refreshed either way.
    return whenDone(done, this, [this, ticketId](const Result<FlowRun> &r) {
        if (r)
            emit runChanged(r.value());
        emit ticketChanged(ticketId);
        return r;
    });
}

QFuture<Result<FlowRun>> TroubleshootingService::start(qint64 ticketId, const QString &flowId)
{
    return act(ticketId, [ticketId, flowId](FlowRunner &r) { return r.start(ticketId, flowId); });
}

QFuture<Result<FlowRun>> TroubleshootingService::run(qint64 runId)
{
    return read<Result<FlowRun>>([runId](FlowRunner &r) { return r.run(runId); });
}

QFuture<Result<std::optional<FlowRun>>> TroubleshootingService::openRun(qint64 ticketId)
{
    return read<Result<std::optional<FlowRun>>>(
        [ticketId](FlowRunner &r) { return r.openRun(ticketId); });
}

QFuture<Result<QList<FlowRun>>> TroubleshootingService::runs(qint64 ticketId)
{
    return read<Result<QList<FlowRun>>>([ticketId](FlowRunner &r) { return r.runs(ticketId); });
}

QFuture<Result<TicketAccount>> TroubleshootingService::ticketAccount(qint64 ticketId)
{
    return read<Result<TicketAccount>>(
        [ticketId](FlowRunner &r) { return r.ticketAccount(ticketId); });
}

QFuture<Result<FlowFunnel>> TroubleshootingService::funnel(const QString &flowId, qint64 fromMs,
                                                           qint64 toMs)
{
    return read<Result<FlowFunnel>>(
        [flowId, fromMs, toMs](FlowRunner &r) { return r.funnel(flowId, fromMs, toMs); });
}

QFuture<Result<FlowRun>> TroubleshootingService::answer(const FlowRun &run, const QString &outcome,
                                                        const QString &notes)
{
    return act(run.ticketId, [id = run.id, v = run.version, outcome, notes](FlowRunner &r) {
        return r.answer(id, v, outcome, notes);
    });
}

QFuture<Result<FlowRun>> TroubleshootingService::finish(const FlowRun &run, const QString &notes)
{
    return act(run.ticketId, [id = run.id, v = run.version, notes](FlowRunner &r) {
        return r.finish(id, v, notes);
    });
}

QFuture<Result<FlowRun>> TroubleshootingService::emailSteps(const FlowRun &run)
{
    return act(run.ticketId,
               [id = run.id, v = run.version](FlowRunner &r) { return r.emailSteps(id, v); });
}

QFuture<Result<FlowRun>> TroubleshootingService::pause(const FlowRun &run, const QString &notes)
{
    return act(run.ticketId, [id = run.id, v = run.version, notes](FlowRunner &r) {
        return r.pause(id, v, notes);
    });
}

QFuture<Result<FlowRun>> TroubleshootingService::resume(const FlowRun &run)
{
    return act(run.ticketId,
               [id = run.id, v = run.version](FlowRunner &r) { return r.resume(id, v); });
}

QFuture<Result<FlowRun>> TroubleshootingService::abandon(const FlowRun &run, const QString &reason)
{
    return act(run.ticketId, [id = run.id, v = run.version, reason](FlowRunner &r) {
        return r.abandon(id, v, reason);
    });
}

} // namespace helpdesk
