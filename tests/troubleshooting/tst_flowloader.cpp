// Flow files: the shipped flows load and are sound; every kind of broken file is rejected with
// a message naming the file and the step while the other files still load; later folders
// (the app-data flows folder) override earlier ones by flow id.
#include "WizardScenarios.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/FlowLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

// A small valid flow: check -> (resolved: end) / (otherwise: account check -> actions -> end).
QJsonObject goodFlow(const QString &id = "tiny_flow")
{
    auto outcome = [](const QString &key, const QString &next) {
        return QJsonObject{{"outcome", key}, {"next", next}};
    };
    auto check = [&](const QString &stepId, const QString &resolved, const QString &otherwise) {
        return QJsonObject{{"id", stepId},
                           {"kind", "check"},
                           {"title", "Check " + stepId},
                           {"instructions", "Ask the customer to try " + stepId + "."},
                           {"customer_text", "Please try " + stepId + "."},
                           {"outcomes", QJsonArray{outcome("resolved", resolved),
                                                   outcome("did_not_help", otherwise),
                                                   outcome("could_not_try", otherwise)}}};
    };
    QJsonArray steps{
        check("first", "end", "account"),
        QJsonObject{
            {"id", "account"},
            {"kind", "account-check"},
            {"title", "Account"},
            {"instructions", "Look at the account."},
            {"outcomes", QJsonArray{outcome("active", "reset"), outcome("inactive", "reset"),
                                    outcome("pending_activation", "reset"), outcome("locked", "up"),
                                    outcome("suspended", "up")}}},
        QJsonObject{{"id", "reset"},
                    {"kind", "action"},
                    {"title", "Reset"},
                    {"instructions", "Send the link."},
                    {"actions", QJsonArray{"send_reset_link", "set_pending_customer"}},
                    {"outcomes", QJsonArray{outcome("done", "end"), outcome("skipped", "up")}}},
        QJsonObject{{"id", "end"},
                    {"kind", "terminal"},
                    {"title", "Solved"},
                    {"instructions", "Resolve."},
                    {"actions", QJsonArray{"resolve"}}},
        QJsonObject{{"id", "up"},
                    {"kind", "terminal"},
                    {"title", "Escalate"},
                    {"instructions", "Escalate."},
                    {"actions", QJsonArray{"escalate"}}},
    };
    return {{"format", 1},  {"id", id},         {"title", "Tiny " + id}, {"category", "other"},
            {"version", 1}, {"start", "first"}, {"steps", steps}};
}

// Applies `change` to the step with stepId of the good flow.
QJsonObject withStep(const QString &stepId, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject flow = goodFlow("broken_flow");
    QJsonArray steps = flow.value("steps").toArray();
    int index = 0;
    while (index < steps.size() && steps.at(index).toObject().value("id").toString() != stepId)
        ++index;
    QJsonObject step = steps.at(index).toObject();
    change(step);
    steps.replace(index, step);
    flow.insert("steps", steps);
    return flow;
}

QJsonArray withoutOutcome(const QJsonObject &step, const QString &key)
{
    QJsonArray kept;
    for (const QJsonValue &o : step.value("outcomes").toArray())
        if (o.toObject().value("outcome").toString() != key)
            kept.append(o);
    return kept;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(data);
}
} // namespace

class TestFlowLoader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Keep the app-data folder away from the user's real one.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("HelpdeskTests");
        QCoreApplication::setApplicationName("tst_flowloader");
        QDir(FlowLoader::userFolder()).removeRecursively();
    }
    void cleanupTestCase() { QDir(FlowLoader::userFolder()).removeRecursively(); }

    void shippedFlowsLoad()
    {
        FlowLoadReport report = FlowLoader::loadFolders({FlowLoader::builtInFolder()});
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errorMessages().join("\n")));
        QStringList ids;
        for (const Flow &f : report.flows)
            ids << f.id;
        ids.sort();
        QCOMPARE(ids, QStringList({"account_recovery", "login_problem", "security_concern"}));

        const FlowLibrary library(report.flows);
        QCOMPARE(library.suggestedFor(TicketCategory::Login)->id, QString("login_problem"));
        QCOMPARE(library.suggestedFor(TicketCategory::Recovery)->id, QString("account_recovery"));
        QCOMPARE(library.suggestedFor(TicketCategory::Security)->id, QString("security_concern"));
        QVERIFY(library.suggestedFor(TicketCategory::Other) == nullptr);

        // Every step talks to the agent; every step that asks the customer to try something
        // has text for the customer.
        for (const Flow &f : library.flows()) {
            QVERIFY(!f.title.isEmpty());
            for (const FlowStep &s : f.steps) {
                QVERIFY2(!s.instructions.isEmpty(), qPrintable(f.id + "/" + s.id));
                if (s.kind == FlowStepKind::Check || s.kind == FlowStepKind::Question)
                    QVERIFY2(!s.customerText.isEmpty(), qPrintable(f.id + "/" + s.id));
            }
        }
    }

    void loginFlowFollowsTheRunbook()
    {
        const FlowLibrary library = shippedFlows();
        const Flow *login = library.flow("login_problem");
        QVERIFY(login);
        // The did_not_help path: browser, private window, cache, device, then the account.
        QStringList path;
        const FlowStep *s = login->step(login->start);
        while (s && s->kind == FlowStepKind::Check) {
            path << s->id;
            s = login->step(s->outcome(FlowOutcomes::DidNotHelp)->next);
        }
        QCOMPARE(path,
                 QStringList({"other_browser", "private_window", "clear_cache", "other_device"}));
        QVERIFY(s);
        QCOMPARE(s->kind, FlowStepKind::AccountCheck);
        // Active: reset link, customer emailed, ticket pending customer, in that order.
        const FlowStep *reset = login->step(s->outcome("active")->next);
        QCOMPARE(reset->actions,
                 QList<FlowAction>({FlowAction::SendResetLink, FlowAction::EmailSteps,
                                    FlowAction::SetPendingCustomer}));
        for (const QString status : {"inactive", "pending_activation"})
            QVERIFY(
                login->step(s->outcome(status)->next)->hasAction(FlowAction::SendActivationLink));
        QVERIFY(reset->customerText.contains("forward that email"));
    }

    void stepsToTry_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("login from the start")
            << "login_problem"
            << "other_browser"
            << QStringList{"other_browser", "private_window", "clear_cache", "other_device"};
        QTest::newRow("login from the cache")
            << "login_problem"
            << "clear_cache" << QStringList{"clear_cache", "other_device"};
        QTest::newRow("login at the account check: nothing yet")
            << "login_problem"
            << "account_status" << QStringList{};
        QTest::newRow("login at the reset link: its own text")
            << "login_problem"
            << "send_reset" << QStringList{"send_reset"};
        QTest::newRow("security notify: its own text") << "security_concern"
                                                       << "notify" << QStringList{"notify"};
        QTest::newRow("recovery question") << "account_recovery"
                                           << "email_access" << QStringList{"email_access"};
    }
    void stepsToTry()
    {
        QFETCH(QString, flow);
        QFETCH(QString, from);
        QFETCH(QStringList, steps);
        const FlowLibrary library = shippedFlows();
        QStringList ids;
        for (const FlowStep &s : library.flow(flow)->stepsToTry(from))
            ids << s.id;
        QCOMPARE(ids, steps);
    }

    void malformedFilesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("step");    // the step the message must name ("" for none)
        QTest::addColumn<QString>("problem"); // a phrase the message must contain

        QTest::newRow("invalid JSON") << QByteArray("{ \"id\": \"x\", \"steps\": [ }") << ""
                                      << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << ""
                                       << "one JSON object";
        {
            QJsonObject f = goodFlow("broken_flow");
            f.insert("id", "Bad Id");
            QTest::newRow("bad flow id") << bytes(f) << ""
                                         << "\"id\"";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            f.insert("category", "billing");
            QTest::newRow("unknown category") << bytes(f) << ""
                                              << "\"category\"";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            f.remove("version");
            QTest::newRow("missing version") << bytes(f) << ""
                                             << "\"version\"";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            f.insert("format", 2);
            QTest::newRow("newer format") << bytes(f) << ""
                                          << "format 2";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            f.insert("start", "nowhere");
            QTest::newRow("unknown start step") << bytes(f) << ""
                                                << "\"nowhere\"";
        }
        QTest::newRow("unknown step kind")
            << bytes(withStep("first", [](QJsonObject &s) { s.insert("kind", "quiz"); })) << "first"
            << "unknown step kind \"quiz\"";
        QTest::newRow("unknown step reference")
            << bytes(withStep("first",
                              [](QJsonObject &s) {
                                  QJsonArray o = s.value("outcomes").toArray();
                                  o.replace(1, QJsonObject{{"outcome", "did_not_help"},
                                                           {"next", "privat_window"}});
                                  s.insert("outcomes", o);
                              }))
            << "first"
            << "\"privat_window\", which does not exist";
        QTest::newRow("missing outcome of a check")
            << bytes(withStep("first",
                              [](QJsonObject &s) {
                                  s.insert("outcomes", withoutOutcome(s, "could_not_try"));
                              }))
            << "first"
            << "the outcome \"could_not_try\" is missing";
        QTest::newRow("missing outcome of an account check")
            << bytes(withStep(
                   "account",
                   [](QJsonObject &s) { s.insert("outcomes", withoutOutcome(s, "suspended")); }))
            << "account"
            << "the outcome \"suspended\" is missing";
        QTest::newRow("missing done of an action step")
            << bytes(withStep(
                   "reset",
                   [](QJsonObject &s) { s.insert("outcomes", withoutOutcome(s, "done")); }))
            << "reset"
            << "the outcome \"done\" is missing";
        QTest::newRow("outcome a check cannot have")
            << bytes(withStep("first",
                              [](QJsonObject &s) {
                                  QJsonArray o = s.value("outcomes").toArray();
                                  o.append(QJsonObject{{"outcome", "done"}, {"next", "end"}});
                                  s.insert("outcomes", o);
                              }))
            << "first"
            << "cannot have the outcome \"done\"";
        QTest::newRow("unknown action")
            << bytes(withStep("reset",
                              [](QJsonObject &s) {
                                  s.insert("actions", QJsonArray{"send_reset_link", "format_disk"});
                              }))
            << "reset"
            << "unknown action \"format_disk\"";
        QTest::newRow("action step without actions")
            << bytes(withStep("reset", [](QJsonObject &s) { s.remove("actions"); })) << "reset"
            << "at least one action";
        QTest::newRow("identity check with other actions")
            << bytes(withStep(
                   "reset",
                   [](QJsonObject &s) {
                       s.insert("actions", QJsonArray{"verify_identity", "send_reset_link"});
                   }))
            << "reset"
            << "verify_identity";
        QTest::newRow("two status changes")
            << bytes(withStep("end",
                              [](QJsonObject &s) {
                                  s.insert("actions", QJsonArray{"resolve", "escalate"});
                              }))
            << "end"
            << "at most once";
        QTest::newRow("terminal with outcomes")
            << bytes(withStep("end",
                              [](QJsonObject &s) {
                                  s.insert("outcomes", QJsonArray{QJsonObject{{"outcome", "done"},
                                                                              {"next", "up"}}});
                              }))
            << "end"
            << "no \"outcomes\"";
        QTest::newRow("actions on a check")
            << bytes(withStep("first",
                              [](QJsonObject &s) { s.insert("actions", QJsonArray{"resolve"}); }))
            << "first"
            << "only \"action\" and \"terminal\" steps";
        QTest::newRow("question outcome without label")
            << bytes(withStep("first",
                              [](QJsonObject &s) {
                                  s.insert("kind", "question");
                                  s.insert(
                                      "outcomes",
                                      QJsonArray{QJsonObject{{"outcome", "maybe"}, {"next", "end"}},
                                                 QJsonObject{{"outcome", "no"},
                                                             {"label", "No"},
                                                             {"next", "account"}}});
                              }))
            << "first"
            << "needs a \"label\"";
        QTest::newRow("missing instructions")
            << bytes(withStep("account", [](QJsonObject &s) { s.remove("instructions"); }))
            << "account"
            << "\"instructions\" is missing";
        {
            // Two steps sending each other round and round: neither can reach an end.
            QJsonObject f = withStep("reset", [](QJsonObject &s) {
                s.insert("outcomes",
                         QJsonArray{QJsonObject{{"outcome", "done"}, {"next", "loop"}},
                                    QJsonObject{{"outcome", "skipped"}, {"next", "loop"}}});
            });
            QJsonArray steps = f.value("steps").toArray();
            steps.append(QJsonObject{
                {"id", "loop"},
                {"kind", "question"},
                {"title", "Again?"},
                {"instructions", "Ask again."},
                {"outcomes", QJsonArray{QJsonObject{
                                 {"outcome", "again"}, {"label", "Again"}, {"next", "reset"}}}}});
            f.insert("steps", steps);
            QTest::newRow("cycle with no exit") << bytes(f) << "loop"
                                                << "round in a circle";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            QJsonArray steps = f.value("steps").toArray();
            steps.append(steps.at(3));
            f.insert("steps", steps);
            QTest::newRow("duplicate step id") << bytes(f) << "end"
                                               << "more than one step";
        }
        {
            QJsonObject f = goodFlow("broken_flow");
            QJsonArray steps = f.value("steps").toArray();
            QJsonObject orphan = steps.at(4).toObject();
            orphan.insert("id", "orphan");
            steps.append(orphan);
            f.insert("steps", steps);
            QTest::newRow("unreachable step") << bytes(f) << "orphan"
                                              << "no run can reach it";
        }
        {
            // No terminal at all: both end steps become questions that loop back to the start.
            QJsonObject f = goodFlow("broken_flow");
            QJsonArray steps = f.value("steps").toArray();
            for (int i : {3, 4}) {
                QJsonObject s = steps.at(i).toObject();
                s.insert("kind", "question");
                s.remove("actions");
                s.insert("outcomes",
                         QJsonArray{QJsonObject{
                             {"outcome", "again"}, {"label", "Again"}, {"next", "first"}}});
                steps.replace(i, s);
            }
            f.insert("steps", steps);
            QTest::newRow("no terminal step") << bytes(f) << ""
                                              << "no terminal step";
        }
    }
    void malformedFilesAreRejected()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, step);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bad = dir.filePath("broken.json");
        writeFile(bad, content);
        writeFile(dir.filePath("good.json"), bytes(goodFlow("good_flow")));
        writeFile(dir.filePath("notes.txt"), "not a flow, ignored");

        const FlowLoadReport report = FlowLoader::loadFolder(dir.path());
        // The good file still loads; the broken one does not.
        QCOMPARE(report.flows.size(), 1);
        QCOMPARE(report.flows.constFirst().id, QString("good_flow"));
        QVERIFY(!report.errors.isEmpty());
        bool found = false;
        for (const FlowFileError &e : report.errors) {
            QCOMPARE(e.file, bad);
            QVERIFY2(e.message.contains(bad), qPrintable(e.message));
            if (e.message.contains(problem) && e.stepId == step) {
                found = true;
                if (!step.isEmpty())
                    QVERIFY2(e.message.contains("step \"" + step + "\""), qPrintable(e.message));
            }
        }
        QVERIFY2(found, qPrintable(report.errorMessages().join("\n")));
    }

    void everyShippedFileIsValidAsFound()
    {
        // validate() is what parse() runs after reading: the shipped flows pass it unchanged.
        const FlowLibrary library = shippedFlows();
        for (const Flow &f : library.flows())
            QVERIFY2(FlowLoader::validate(f).isEmpty(), qPrintable(f.id));
    }

    void laterFoldersOverrideByFlowId()
    {
        QTemporaryDir admin;
        QVERIFY(admin.isValid());
        // Replace the login flow with a smaller one, and add a flow for "other" tickets.
        QJsonObject login = goodFlow("login_problem");
        login.insert("category", "login");
        login.insert("title", "Our own login checklist");
        login.insert("version", 7);
        writeFile(admin.filePath("login.json"), bytes(login));
        writeFile(admin.filePath("extra.json"), bytes(goodFlow("printer_trouble")));
        // A broken override of the security flow leaves the built-in one in place.
        QJsonObject security = goodFlow("security_concern");
        security.insert("start", "missing_step");
        writeFile(admin.filePath("security.json"), bytes(security));

        FlowLoadReport report;
        const FlowLibrary library =
            FlowLibrary::load({FlowLoader::builtInFolder(), admin.path()}, &report);
        QCOMPARE(library.flows().size(), 4);
        QCOMPARE(library.flow("login_problem")->title, QString("Our own login checklist"));
        QCOMPARE(library.flow("login_problem")->version, 7);
        QCOMPARE(library.flow("login_problem")->sourceFile, admin.filePath("login.json"));
        QVERIFY(library.flow("printer_trouble"));
        QCOMPARE(library.suggestedFor(TicketCategory::Other)->id, QString("printer_trouble"));
        QVERIFY(library.flow("security_concern")->sourceFile.startsWith(":/helpdesk/flows/"));
        QCOMPARE(report.overridden, QStringList{"login_problem"});
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors.constFirst().message.contains(admin.filePath("security.json")));

        // The order matters: the built-in folder last would win.
        const FlowLibrary reversed = FlowLibrary::load({admin.path(), FlowLoader::builtInFolder()});
        QCOMPARE(reversed.flow("login_problem")->title, QString("Customer cannot sign in"));
    }

    void sameIdTwiceInOneFolder()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("a.json"), bytes(goodFlow("twin")));
        writeFile(dir.filePath("b.json"), bytes(goodFlow("twin")));
        const FlowLoadReport report = FlowLoader::loadFolder(dir.path());
        QCOMPARE(report.flows.size(), 1);
        QCOMPARE(report.flows.constFirst().sourceFile, dir.filePath("a.json"));
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.constFirst().file, dir.filePath("b.json"));
        QVERIFY(report.errors.constFirst().message.contains(dir.filePath("a.json")));
    }

    void appDataFolderAddsAndOverrides()
    {
        const QString folder = FlowLoader::userFolder();
        QVERIFY(folder.contains("tst_flowloader"));
        QCOMPARE(FlowLoader::defaultFolders(), QStringList({":/helpdesk/flows", folder}));
        // No folder yet: the built-in flows only, and no error.
        FlowLoadReport report;
        QCOMPARE(FlowLibrary::loadDefault(&report).flows().size(), 3);
        QVERIFY(report.errors.isEmpty());

        QVERIFY(QDir().mkpath(folder));
        QJsonObject recovery = goodFlow("account_recovery");
        recovery.insert("category", "recovery");
        recovery.insert("title", "Recovery, our way");
        writeFile(folder + "/recovery.json", bytes(recovery));
        writeFile(folder + "/broken.json", "{ not json");
        const FlowLibrary library = FlowLibrary::loadDefault(&report);
        QCOMPARE(library.flows().size(), 3);
        QCOMPARE(library.suggestedFor(TicketCategory::Recovery)->title,
                 QString("Recovery, our way"));
        QCOMPARE(report.overridden, QStringList{"account_recovery"});
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.constFirst().file, folder + "/broken.json");
        QDir(folder).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestFlowLoader)
#include "tst_flowloader.moc"
