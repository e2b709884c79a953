#pragma once
// What the wizard UI asks of troubleshooting runs. Every call runs FlowRunner on the DbWorker
// and answers with a QFuture, so the GUI thread never waits on the database or on an account
// action. Changes are made as the actor set with setActor(); the account actions go through
// the handler set with setActionHandler(), which is called on the worker thread.

#include "common/Result.h"
#include "staff/Staff.h"
#include "troubleshooting/FlowActionHandler.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/FlowRun.h"
#include "troubleshooting/FlowRunStore.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace helpdesk {

class DbWorker;
class FlowRunner;

class TroubleshootingService : public QObject
{
    Q_OBJECT
public:
    explicit TroubleshootingService(DbWorker *worker, FlowLibrary flows = FlowLibrary(),
                                    QObject *parent = nullptr);

    DbWorker *worker() const { return m_worker; }
    void setActor(const Staff &actor) { m_actor = actor; }
    const Staff &actor() const { return m_actor; }
    // The clock for new changes (tests pin it).
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    // The flows offered and followed (e.g. FlowLibrary::loadDefault()). Jobs already queued
    // keep the library they were queued with.
    void setFlows(FlowLibrary flows);
    const FlowLibrary &flows() const { return *m_flows; }
    // The real account actions; shared with the worker thread, which calls it.
    void setActionHandler(std::shared_ptr<FlowActionHandler> handler)
    {
        m_handler = std::move(handler);
    }
    // Called on the worker thread after a mail was queued (e.g. to wake the OutboxSender with a
    // queued call).
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_mailQueued = std::move(queued);
    }

    QFuture<Result<FlowRun>> start(qint64 ticketId, const QString &flowId = {});
    QFuture<Result<FlowRun>> run(qint64 runId);
    QFuture<Result<std::optional<FlowRun>>> openRun(qint64 ticketId);
    QFuture<Result<QList<FlowRun>>> runs(qint64 ticketId);
    QFuture<Result<TicketAccount>> ticketAccount(qint64 ticketId);
    QFuture<Result<FlowFunnel>> funnel(const QString &flowId, qint64 fromMs = 0,
                                       qint64 toMs = std::numeric_limits<qint64>::max());

    // The run passed is the one the agent sees: its version is checked.
    QFuture<Result<FlowRun>> answer(const FlowRun &run, const QString &outcome,
                                    const QString &notes = {});
    QFuture<Result<FlowRun>> finish(const FlowRun &run, const QString &notes = {});
    QFuture<Result<FlowRun>> emailSteps(const FlowRun &run);
    QFuture<Result<FlowRun>> pause(const FlowRun &run, const QString &notes = {});
    QFuture<Result<FlowRun>> resume(const FlowRun &run);
    QFuture<Result<FlowRun>> abandon(const FlowRun &run, const QString &reason = {});

signals:
    // A run changed here: the wizard and the ticket's timeline refresh.
    void runChanged(const helpdesk::FlowRun &run);
    // The ticket's timeline or status changed (connect to TicketService::notifyExternalChange).
    void ticketChanged(qint64 ticketId);

private:
    using Action = std::function<Result<FlowRun>(FlowRunner &)>;
    QFuture<Result<FlowRun>> act(qint64 ticketId, Action action);
    template <typename R> QFuture<R> read(std::function<R(FlowRunner &)> query);

    DbWorker *m_worker;
    std::shared_ptr<const FlowLibrary> m_flows;
    std::shared_ptr<FlowActionHandler> m_handler;
    std::function<void(qint64)> m_mailQueued;
    Staff m_actor;
    std::function<qint64()> m_clock;
};

} // namespace helpdesk
