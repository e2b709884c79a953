#include "troubleshooting/FlowRunText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace helpdesk::FlowRunText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FlowRunner", text);
}
} // namespace

QString outcomeLabel(const FlowStep *step, const QString &key)
{
    if (step)
        if (const auto o = step->outcome(key))
            return o->label;
    const QString standard = FlowVocabulary::standardOutcomeLabel(key);
    return standard.isEmpty() ? key : standard;
}

QString actionLabel(const QString &key)
{
    const auto action = FlowVocabulary::actionFromKey(key);
    return action ? FlowVocabulary::label(*action) : key;
}

QString stepsText(const QList<FlowStep> &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i).customerText.trimmed());
    return lines.join(u'\n');
}

QString escalationSummary(const FlowRun &run, const Flow *flow, const QString &finalNotes)
{
    QStringList lines;
    lines << tr("Escalated from the troubleshooting guide \"%1\". Steps tried:").arg(run.flowTitle);
    int n = 0;
    for (const FlowRunStep &s : run.steps) {
        if (!s.isAnswered())
            continue;
        const FlowStep *step = flow ? flow->step(s.stepId) : nullptr;
        QString line = tr("%1. %2: %3.").arg(++n).arg(s.stepTitle, outcomeLabel(step, s.outcome));
        const QString status = s.details.value(QStringLiteral("account_status")).toString();
        if (!status.isEmpty())
            line += u' ' + (s.details.value(QStringLiteral("account_status_source")).toString() ==
                                    QLatin1String("agent")
                                ? tr("Status given by the agent: %1.").arg(status)
                                : tr("Status read from the account: %1.").arg(status));
        QStringList done;
        for (const QJsonValue &a : s.details.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject o = a.toObject();
            const QString summary = o.value(QStringLiteral("summary")).toString();
            done << (summary.isEmpty() ? actionLabel(o.value(QStringLiteral("action")).toString())
                                       : summary);
        }
        if (!done.isEmpty())
            line += u' ' + tr("Done: %1.").arg(done.join(QStringLiteral("; ")));
        const int emailed = int(s.details.value(QStringLiteral("emailed")).toArray().size());
        if (emailed > 0)
            line += u' ' + tr("The steps still to try were emailed to the customer here.");
        if (!s.notes.trimmed().isEmpty())
            line += u' ' + tr("Notes: %1").arg(s.notes.trimmed());
        lines << line;
    }
    if (n == 0)
        lines << tr("(No step was answered before the escalation.)");
    if (!finalNotes.trimmed().isEmpty())
        lines << tr("Notes at the escalation: %1").arg(finalNotes.trimmed());
    return lines.join(u'\n');
}

} // namespace helpdesk::FlowRunText
