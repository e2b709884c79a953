#include "troubleshooting/FlowLoader.h"

#include "troubleshooting/TroubleshootingLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FlowLoader", text);
}

constexpr int kFormat = 1;

bool isIdentifier(const QString &s)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(s).hasMatch();
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString quotedList(const QStringList &list)
{
    QStringList q;
    for (const QString &s : list)
        q << quoted(s);
    return q.join(QStringLiteral(", "));
}

FlowFileError makeError(const QString &file, const QString &flowId, const QString &stepId,
                        const QString &problem)
{
    FlowFileError e;
    e.file = file;
    e.flowId = flowId;
    e.stepId = stepId;
    e.message = stepId.isEmpty() ? tr("Flow file %1: %2").arg(file, problem)
                                 : tr("Flow file %1, step \"%2\": %3").arg(file, stepId, problem);
    return e;
}

// Reads one file's JSON into a Flow, collecting every problem it can see on the way.
class Parser
{
public:
    explicit Parser(QString file) : m_file(std::move(file)) {}

    Flow parse(const QByteArray &json);
    const QList<FlowFileError> &errors() const { return m_errors; }

private:
    void fail(const QString &stepId, const QString &problem)
    {
        m_errors.append(makeError(m_file, m_flowId, stepId, problem));
    }
    QString text(const QJsonObject &o, const QString &key, const QString &stepId, bool required);
    void parseStep(const QJsonValue &value, int index, Flow &flow);
    void parseOutcomes(const QJsonObject &o, FlowStep &step);

    QString m_file;
    QString m_flowId;
    QList<FlowFileError> m_errors;
};

QString Parser::text(const QJsonObject &o, const QString &key, const QString &stepId, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(stepId, tr("the field \"%1\" is missing; it must be a non-empty text.").arg(key));
        return {};
    }
    if (!v.isString()) {
        fail(stepId, tr("the field \"%1\" must be a text.").arg(key));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        fail(stepId, tr("the field \"%1\" is empty; write what it should say.").arg(key));
    return s;
}

Flow Parser::parse(const QByteArray &json)
{
    Flow flow;
    flow.sourceFile = m_file;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail({}, tr("this is not valid JSON (%1 at character %2). Fix the syntax; the other flows "
                    "are not affected.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return flow;
    }
    if (!doc.isObject()) {
        fail({}, tr("the file must hold one JSON object describing a flow."));
        return flow;
    }
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined()) {
        if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble()) ||
            format.toInt() < 1) {
            fail({}, tr("\"format\" must be a whole number (this version reads format %1).")
                         .arg(kFormat));
            return flow;
        }
        if (format.toInt() > kFormat) {
            fail({}, tr("the file is written in flow format %1, but this version of Helpdesk "
                        "reads format %2 only. Update Helpdesk or use an older flow file.")
                         .arg(format.toInt())
                         .arg(kFormat));
            return flow;
        }
    }

    const QJsonValue id = root.value(QStringLiteral("id"));
    if (!id.isString() || !isIdentifier(id.toString())) {
        fail({}, tr("\"id\" must be a name of lower-case letters, digits and underscores, "
                    "starting with a letter (for example \"login_problem\")."));
    } else {
        m_flowId = id.toString();
        flow.id = m_flowId;
    }
    flow.title = text(root, QStringLiteral("title"), {}, true);
    flow.description = text(root, QStringLiteral("description"), {}, false);

    const QJsonValue category = root.value(QStringLiteral("category"));
    const auto cat =
        category.isString() ? Vocabulary::categoryFromKey(category.toString()) : std::nullopt;
    if (!cat)
        fail({}, tr("\"category\" must be one of \"login\", \"recovery\", \"security\" or "
                    "\"other\": the ticket category the flow is suggested for."));
    else
        flow.category = *cat;

    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1 || version.toDouble() > 1e9)
        fail({}, tr("\"version\" must be a whole number of 1 or more; raise it whenever you "
                    "change the flow."));
    else
        flow.version = version.toInt();

    flow.start = text(root, QStringLiteral("start"), {}, true);

    const QJsonValue steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        fail({}, tr("\"steps\" must be a non-empty list of steps."));
        return flow;
    }
    const QJsonArray array = steps.toArray();
    for (int i = 0; i < array.size(); ++i)
        parseStep(array.at(i), i, flow);
    return flow;
}

void Parser::parseStep(const QJsonValue &value, int index, Flow &flow)
{
    if (!value.isObject()) {
        fail({}, tr("step number %1 in \"steps\" is not an object.").arg(index + 1));
        return;
    }
    const QJsonObject o = value.toObject();
    FlowStep step;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || !isIdentifier(id.toString())) {
        fail({}, tr("step number %1 has no valid \"id\": use lower-case letters, digits and "
                    "underscores, starting with a letter.")
                     .arg(index + 1));
        return;
    }
    step.id = id.toString();
    if (flow.step(step.id)) {
        fail(step.id, tr("this id is used by more than one step; give each step its own id."));
        return;
    }

    const QJsonValue kind = o.value(QStringLiteral("kind"));
    const auto k = kind.isString() ? FlowVocabulary::kindFromKey(kind.toString()) : std::nullopt;
    if (!k) {
        fail(step.id, tr("unknown step kind %1; use \"question\", \"check\", \"action\", "
                         "\"account-check\" or \"terminal\".")
                          .arg(kind.isString() ? quoted(kind.toString()) : tr("(none)")));
        return;
    }
    step.kind = *k;
    step.title = text(o, QStringLiteral("title"), step.id, true);
    step.instructions = text(o, QStringLiteral("instructions"), step.id, true);
    step.customerText = text(o, QStringLiteral("customer_text"), step.id, false);

    const QJsonValue actions = o.value(QStringLiteral("actions"));
    if (!actions.isUndefined()) {
        if (step.kind != FlowStepKind::Action && step.kind != FlowStepKind::Terminal) {
            fail(step.id, tr("only \"action\" and \"terminal\" steps have \"actions\"."));
        } else if (!actions.isArray()) {
            fail(step.id, tr("\"actions\" must be a list of action names."));
        } else {
            for (const QJsonValue &a : actions.toArray()) {
                const auto action =
                    a.isString() ? FlowVocabulary::actionFromKey(a.toString()) : std::nullopt;
                if (!action) {
                    QStringList known;
                    for (FlowAction each : FlowVocabulary::allActions())
                        known << FlowVocabulary::key(each);
                    fail(step.id, tr("unknown action %1. Known actions: %2.")
                                      .arg(a.isString() ? quoted(a.toString()) : tr("(not a text)"),
                                           known.join(QStringLiteral(", "))));
                    continue;
                }
                if (step.actions.contains(*action)) {
                    fail(
                        step.id,
                        tr("the action \"%1\" is listed twice.").arg(FlowVocabulary::key(*action)));
                    continue;
                }
                step.actions.append(*action);
            }
        }
    }

    const QJsonValue outcomes = o.value(QStringLiteral("outcomes"));
    if (step.kind == FlowStepKind::Terminal) {
        if (!outcomes.isUndefined())
            fail(step.id, tr("a terminal step ends the flow and has no \"outcomes\"."));
    } else if (!outcomes.isUndefined()) {
        parseOutcomes(o, step);
    }
    flow.steps.append(step);
}

void Parser::parseOutcomes(const QJsonObject &o, FlowStep &step)
{
    const QJsonValue outcomes = o.value(QStringLiteral("outcomes"));
    if (!outcomes.isArray()) {
        fail(step.id, tr("\"outcomes\" must be a list of objects such as { \"outcome\": "
                         "\"resolved\", \"next\": \"done\" }."));
        return;
    }
    for (const QJsonValue &v : outcomes.toArray()) {
        const QJsonObject oo = v.toObject();
        const QJsonValue key = oo.value(QStringLiteral("outcome"));
        if (!v.isObject() || !key.isString() || !isIdentifier(key.toString())) {
            fail(step.id, tr("every outcome needs an \"outcome\" name of lower-case letters, "
                             "digits and underscores."));
            continue;
        }
        FlowOutcome outcome;
        outcome.key = key.toString();
        if (step.outcome(outcome.key)) {
            fail(step.id, tr("the outcome \"%1\" is listed twice.").arg(outcome.key));
            continue;
        }
        const QJsonValue next = oo.value(QStringLiteral("next"));
        if (!next.isString() || next.toString().isEmpty()) {
            fail(step.id, tr("the outcome \"%1\" has no \"next\": name the step it leads to.")
                              .arg(outcome.key));
            continue;
        }
        outcome.next = next.toString();
        const QJsonValue label = oo.value(QStringLiteral("label"));
        if (label.isString() && !label.toString().trimmed().isEmpty())
            outcome.label = label.toString().trimmed();
        else
            outcome.label = FlowVocabulary::standardOutcomeLabel(outcome.key);
        if (outcome.label.isEmpty()) {
            fail(step.id, tr("the outcome \"%1\" needs a \"label\": the text of its button.")
                              .arg(outcome.key));
            continue;
        }
        step.outcomes.append(outcome);
    }
}
} // namespace

QStringList FlowLoadReport::errorMessages() const
{
    QStringList list;
    for (const FlowFileError &e : errors)
        list << e.message;
    return list;
}

QList<FlowFileError> FlowLoader::validate(const Flow &flow)
{
    QList<FlowFileError> errors;
    auto fail = [&](const QString &stepId, const QString &problem) {
        errors.append(makeError(flow.sourceFile, flow.id, stepId, problem));
    };

    bool referencesOk = true;
    bool hasTerminal = false;
    for (const FlowStep &step : flow.steps) {
        const QStringList required = FlowVocabulary::requiredOutcomes(step.kind, step.actions);
        const QStringList optional = FlowVocabulary::optionalOutcomes(step.kind, step.actions);
        const QString kindKey = FlowVocabulary::key(step.kind);

        if (step.kind == FlowStepKind::Terminal)
            hasTerminal = true;
        if (step.kind == FlowStepKind::Action && step.actions.isEmpty())
            fail(step.id, tr("an action step needs at least one action in \"actions\"."));
        if (step.hasAction(FlowAction::VerifyIdentity) &&
            (step.kind != FlowStepKind::Action || step.actions.size() != 1))
            fail(step.id, tr("\"verify_identity\" decides the branch, so it must be the only "
                             "action of an action step (outcomes \"verified\" and "
                             "\"not_verified\")."));
        int statusActions = 0;
        for (FlowAction a : step.actions)
            statusActions += FlowVocabulary::isStatusAction(a) ? 1 : 0;
        if (statusActions > 1)
            fail(step.id, tr("a step changes the ticket's status at most once: use only one of "
                             "\"set_pending_customer\", \"escalate\" and \"resolve\"."));

        if (step.kind != FlowStepKind::Terminal && step.outcomes.isEmpty() && required.isEmpty())
            fail(step.id, tr("a %1 step needs at least one outcome.").arg(kindKey));
        for (const QString &key : required)
            if (!step.outcome(key))
                fail(step.id, tr("the outcome \"%1\" is missing; a %2 step must have %3.")
                                  .arg(key, kindKey, quotedList(required)));
        if (step.kind != FlowStepKind::Question) {
            for (const FlowOutcome &o : step.outcomes)
                if (!required.contains(o.key) && !optional.contains(o.key))
                    fail(step.id, tr("a %1 step cannot have the outcome \"%2\"; its outcomes are "
                                     "%3.")
                                      .arg(kindKey, o.key, quotedList(required + optional)));
        }
        for (const FlowOutcome &o : step.outcomes) {
            if (!flow.step(o.next)) {
                referencesOk = false;
                fail(step.id, tr("the outcome \"%1\" leads to the step \"%2\", which does not "
                                 "exist. Use the id of one of the flow's steps.")
                                  .arg(o.key, o.next));
            }
        }
    }
    if (!flow.start.isEmpty() && !flow.step(flow.start)) {
        referencesOk = false;
        fail({}, tr("\"start\" names the step \"%1\", which does not exist.").arg(flow.start));
    }
    if (!hasTerminal)
        fail({}, tr("the flow has no terminal step, so no run could ever end. Add at least one "
                    "step of kind \"terminal\"."));
    if (!referencesOk || !hasTerminal)
        return errors;

    // Steps from which no end can be reached: walk backwards from the terminal steps.
    QHash<QString, QStringList> comesFrom;
    for (const FlowStep &step : flow.steps)
        for (const FlowOutcome &o : step.outcomes)
            comesFrom[o.next].append(step.id);
    QSet<QString> canEnd;
    QStringList todo;
    for (const FlowStep &step : flow.steps)
        if (step.kind == FlowStepKind::Terminal)
            todo << step.id;
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (canEnd.contains(id))
            continue;
        canEnd.insert(id);
        todo += comesFrom.value(id);
    }
    for (const FlowStep &step : flow.steps)
        if (!canEnd.contains(step.id))
            fail(step.id, tr("every way on from this step leads round in a circle and never "
                             "reaches a terminal step. Give the loop an exit."));

    // Steps no run can reach from the start.
    QSet<QString> reached;
    todo = {flow.start};
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (reached.contains(id))
            continue;
        reached.insert(id);
        for (const FlowOutcome &o : flow.step(id)->outcomes)
            todo << o.next;
    }
    for (const FlowStep &step : flow.steps)
        if (!reached.contains(step.id))
            fail(step.id, tr("no outcome leads to this step, so no run can reach it. Link it "
                             "from another step or remove it."));
    return errors;
}

FlowLoadReport FlowLoader::parse(const QByteArray &json, const QString &file)
{
    FlowLoadReport report;
    Parser parser(file);
    Flow flow = parser.parse(json);
    report.errors = parser.errors();
    if (report.errors.isEmpty())
        report.errors = validate(flow);
    if (report.errors.isEmpty())
        report.flows.append(flow);
    return report;
}

FlowLoadReport FlowLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FlowLoadReport report;
        report.errors.append(makeError(path, {}, {},
                                       tr("the file cannot be read (%1). Check that it exists "
                                          "and that Helpdesk may read it.")
                                           .arg(f.errorString())));
        return report;
    }
    return parse(f.readAll(), path);
}

FlowLoadReport FlowLoader::loadFolder(const QString &folder)
{
    FlowLoadReport report;
    const QDir dir(folder);
    if (!dir.exists())
        return report;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        FlowLoadReport one = loadFile(path);
        report.errors += one.errors;
        for (const Flow &flow : std::as_const(one.flows)) {
            const auto same = std::find_if(report.flows.cbegin(), report.flows.cend(),
                                           [&](const Flow &f) { return f.id == flow.id; });
            if (same != report.flows.cend()) {
                report.errors.append(makeError(
                    path, flow.id, {},
                    tr("the flow id \"%1\" is already used by %2 in the same folder. Give one "
                       "of them another id; this file was not loaded.")
                        .arg(flow.id, same->sourceFile)));
                continue;
            }
            report.flows.append(flow);
        }
    }
    return report;
}

FlowLoadReport FlowLoader::loadFolders(const QStringList &folders)
{
    FlowLoadReport report;
    for (const QString &folder : folders) {
        FlowLoadReport one = loadFolder(folder);
        report.errors += one.errors;
        for (const Flow &flow : std::as_const(one.flows)) {
            auto same = std::find_if(report.flows.begin(), report.flows.end(),
                                     [&](const Flow &f) { return f.id == flow.id; });
            if (same != report.flows.end()) {
                qCInfo(lcWizard) << "flow" << flow.id << "from" << flow.sourceFile << "replaces"
                                 << same->sourceFile;
                *same = flow;
                if (!report.overridden.contains(flow.id))
                    report.overridden << flow.id;
            } else {
                report.flows.append(flow);
            }
        }
    }
    for (const FlowFileError &e : std::as_const(report.errors))
        qCWarning(lcWizard).noquote() << e.message;
    return report;
}

QString FlowLoader::builtInFolder()
{
    return QStringLiteral(":/helpdesk/flows");
}

QString FlowLoader::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/flows");
}

QStringList FlowLoader::defaultFolders()
{
    return {builtInFolder(), userFolder()};
}

} // namespace helpdesk
