#include "demo/DemoRuns.h"

#include "db/Database.h"
#include "demo/DemoRandom.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/FlowRun.h"
#include "write/WritePath.h"

#include <QHash>

namespace helpdesk::DemoRuns {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr int kMaxRuns = 4000;

// How often trying this step solves the problem, for a check step.
double solvedAt(const QString &stepId)
{
    static const QHash<QString, double> known{
        {QStringLiteral("other_browser"), 0.32}, {QStringLiteral("private_window"), 0.22},
        {QStringLiteral("clear_cache"), 0.35},   {QStringLiteral("other_device"), 0.18},
        {QStringLiteral("link_result"), 0.78},   {QStringLiteral("follow_up"), 0.82}};
    return known.value(stepId, 0.5);
}

// The answer an agent gives at a step: by the step's kind, with the odds of a real desk.
QString answer(const FlowStep &step, DemoRandom &dice)
{
    const QStringList keys = step.outcomeKeys();
    switch (step.kind) {
    case FlowStepKind::Check:
        if (dice.chance(solvedAt(step.id)))
            return FlowOutcomes::Resolved;
        return dice.chance(0.85) ? FlowOutcomes::DidNotHelp : FlowOutcomes::CouldNotTry;
    case FlowStepKind::AccountCheck: {
        const int i = dice.weighted({70, 14, 5, 8, 3});
        const QString status[] = {FlowOutcomes::Active, FlowOutcomes::Inactive,
                                  FlowOutcomes::PendingActivation, FlowOutcomes::Locked,
                                  FlowOutcomes::Suspended};
        return keys.contains(status[i]) ? status[i] : keys.first();
    }
    case FlowStepKind::Action:
        return dice.chance(0.92) || keys.size() < 2 ? keys.first() : keys.at(1);
    case FlowStepKind::Question:
        return dice.chance(0.7) || keys.size() < 2 ? keys.first() : dice.pick(keys);
    case FlowStepKind::Terminal:
        break;
    }
    return QString();
}

struct StepRow
{
    const FlowStep *step;
    QString outcome; // empty: not answered (the step an abandoned run stopped at)
    qint64 reachedAt, answeredAt;
};
QList<StepRow> walk(const Flow &flow, DemoRandom &dice, qint64 at, bool abandon)
{
    QList<StepRow> walked;
    const FlowStep *step = flow.step(flow.start);
    while (step && walked.size() < 40) {
        const qint64 reached = at;
        if (step->kind == FlowStepKind::Terminal) {
            walked.append({step, FlowOutcomes::Finished, reached, reached});
            break;
        }
        if (abandon && walked.size() >= 1 && dice.chance(0.4)) {
            walked.append({step, QString(), reached, 0});
            break;
        }
        const QString outcome = answer(*step, dice);
        at += dice.between(2, 12) * kMinute;
        walked.append({step, outcome, reached, at});
        const std::optional<FlowOutcome> o = step->outcome(outcome);
        step = o ? flow.step(o->next) : nullptr;
    }
    return walked;
}
} // namespace

Result<int> seed(QSqlDatabase &db, quint32 seed, qint64 nowMs, int days)
{
    HD_TRY_ASSIGN(
        const QVariant existing,
        Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM troubleshooting_runs")));
    if (existing.toLongLong() > 0)
        return 0;
    const FlowLibrary flows = FlowLibrary::load({FlowLoader::builtInFolder()});
    HD_TRY_ASSIGN(auto tickets,
                  Database::exec(db,
                                 QStringLiteral("SELECT id, category, assignee_id, created_at,"
                                                " status FROM tickets WHERE created_at >= ?"
                                                " AND created_at < ? AND status IN"
                                                " ('resolved', 'closed', 'escalated')"
                                                " ORDER BY id"),
                                 {QVariant::fromValue(nowMs - qint64(days) * 24 * 60 * kMinute),
                                  QVariant::fromValue(nowMs - 2 * 60 * kMinute)}));
    DemoRandom dice(seed ^ 0x5eedf10fu);
    WritePath write(db, Actor::system(QStringLiteral("demo")), nowMs);
    struct Candidate
    {
        qint64 id;
        const Flow *flow;
        QVariant agent;
        qint64 createdAt;
        bool escalated; // the ticket is escalated now: its run ended in an escalation
    };
    QList<Candidate> candidates;
    while (tickets.next() && candidates.size() < kMaxRuns) {
        const auto category = Vocabulary::categoryFromKey(tickets.value(1).toString());
        const Flow *flow = category ? flows.suggestedFor(*category) : nullptr;
        // Agents open the guide on about half of the tickets it is meant for.
        if (flow && dice.chance(0.5))
            candidates.append({tickets.value(0).toLongLong(), flow, tickets.value(2),
                               tickets.value(3).toLongLong(),
                               tickets.value(4).toString() == QLatin1String("escalated")});
    }
    tickets.finish();
    return write.run([&](Recorder &) -> Result<int> {
        int written = 0;
        for (const Candidate &c : candidates) {
            // Walk the guide: reach a step, answer it, go where the answer leads. An escalated
            // ticket's run is walked again until it ends in an escalation (or is left out).
            QList<StepRow> walked;
            const qint64 startedAt = c.createdAt + dice.between(10, 90) * kMinute;
            for (int attempt = 0; attempt < 12; ++attempt) {
                walked = walk(*c.flow, dice, startedAt, !c.escalated && dice.chance(0.06));
                const bool escalation =
                    !walked.isEmpty() && walked.constLast().step->hasAction(FlowAction::Escalate);
                if (!c.escalated || escalation)
                    break;
                walked.clear();
            }
            if (walked.isEmpty())
                continue;
            ++written;
            const StepRow &last = walked.constLast();
            const bool finished = last.step->kind == FlowStepKind::Terminal;
            const QString result = finished ? FlowRunResults::ofTerminal(*last.step) : QString();
            const QString resolvedStep =
                finished && result == FlowRunResults::Resolved && walked.size() >= 2
                    ? walked.at(walked.size() - 2).step->id
                    : QString();
            const auto text = [](const QString &s) {
                return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
            };
            const QVariant finishedAt = finished ? QVariant::fromValue(last.reachedAt)
                                                 : QVariant(QMetaType::fromType<qint64>());
            HD_TRY_ASSIGN(
                const QVariant runId,
                Database::scalar(
                    db,
                    QStringLiteral(
                        "INSERT INTO troubleshooting_runs (ticket_id, flow_id, flow_version,"
                        " flow_title, status, current_step, terminal_step, resolved_step, result,"
                        " started_by, started_at, updated_by, updated_at, finished_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {QVariant::fromValue(c.id), c.flow->id, c.flow->version, c.flow->title,
                     finished ? QStringLiteral("finished") : QStringLiteral("abandoned"),
                     last.step->id, text(finished ? last.step->id : QString()), text(resolvedStep),
                     text(result), c.agent, QVariant::fromValue(startedAt), c.agent,
                     QVariant::fromValue(last.reachedAt), finishedAt}));
            int seq = 0;
            for (const StepRow &s : walked)
                HD_TRY(Database::exec(
                    db,
                    QStringLiteral("INSERT INTO troubleshooting_run_steps (run_id, seq, step_id,"
                                   " step_title, step_kind, reached_at, reached_by, outcome,"
                                   " answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                   " ?)"),
                    {runId, ++seq, s.step->id, s.step->title, FlowVocabulary::key(s.step->kind),
                     QVariant::fromValue(s.reachedAt), c.agent, text(s.outcome),
                     s.outcome.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                         : QVariant::fromValue(s.answeredAt),
                     s.outcome.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : c.agent}));
        }
        return written;
    });
}

} // namespace helpdesk::DemoRuns
