// The macro editor (Tools › Macros) as an agent and a team lead use it, on a demo database: the
// agent writes a personal macro — an unknown placeholder is named and blocks Save — and finds
// it in the reply editor's picker, where inserting it stages its changes; the agent may not
// change a shipped macro or share one; the lead edits a shipped macro, every agent gets the new
// text, and Revert brings the shipped text back. Screenshots: docs/screenshots/macro-editor.png
// and macro-editor-check.png (the unknown placeholder named).

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "demo/DemoSeeder.h"
#include "knowledge/KnowledgePicker.h"
#include "knowledge/KnowledgeService.h"
#include "knowledge/MacroWindow.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr int LoadTimeoutMs = 30000;
const QString kShipped = QStringLiteral("Account re-activated");

void saveShot(QWidget *widget, const QString &name)
{
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (sourceDir.isEmpty())
        return;
    const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

// The row of the list whose first line is `title`; -1 when there is none.
int rowOf(QListWidget *list, const QString &title)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().section(u'\n', 0, 0) == title)
            return i;
    return -1;
}

std::optional<Macro> macroTitled(KnowledgeService *service, const QString &title)
{
    const auto all = waitFor(service->macros());
    if (!all)
        return std::nullopt;
    for (const Macro &m : all.value())
        if (m.title == title)
            return m;
    return std::nullopt;
}
} // namespace

class TestMacroEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentWritesPersonalMacro();
    void agentMayNotChangeShipped();
    void leadEditsShippedAndReverts();

private:
    MacroWindow *openEditor();
    void select(MacroWindow *editor, const QString &title);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMacroEditor::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = 120;
    options.accounts = 30;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    QVERIFY(m_session->me().has_value());
    QCOMPARE(m_session->me()->role, StaffRole::Agent);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(waitForQueue(ticketModel(m_window.get())));
}

void TestMacroEditor::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

MacroWindow *TestMacroEditor::openEditor()
{
    if (!trigger(m_window.get(), QStringLiteral("macros.show")))
        return nullptr;
    MacroWindow *editor = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (editor = visibleChild<MacroWindow>(m_window.get())) != nullptr; }, 5000);
    if (editor)
        (void)QTest::qWaitFor([&] { return !editor->isLoading(); }, LoadTimeoutMs);
    return editor;
}

void TestMacroEditor::select(MacroWindow *editor, const QString &title)
{
    auto *list = child<QListWidget>(editor, QStringLiteral("macroList"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isLoading() && rowOf(list, title) >= 0, LoadTimeoutMs);
    list->setCurrentRow(rowOf(list, title));
    QTRY_COMPARE(child<QLineEdit>(editor, QStringLiteral("macroTitle"))->text(), title);
}

void TestMacroEditor::agentWritesPersonalMacro()
{
    MacroWindow *editor = openEditor();
    QVERIFY(editor);
    auto *title = child<QLineEdit>(editor, QStringLiteral("macroTitle"));
    auto *body = child<QPlainTextEdit>(editor, QStringLiteral("macroBody"));
    auto *check = child<QLabel>(editor, QStringLiteral("macroCheck"));
    auto *save = child<QPushButton>(editor, QStringLiteral("macroSave"));
    auto *shared = child<QCheckBox>(editor, QStringLiteral("macroShared"));

    // Ctrl+N: a new, personal macro; an agent cannot share it.
    QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(title->hasFocus());
    QVERIFY(!shared->isEnabled());
    QVERIFY(!shared->isChecked());
    QVERIFY(!save->isEnabled()); // no title yet
    QTest::keyClicks(title, QStringLiteral("Checked the sign-in log"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Hello {{customer.nam}}, I looked at the sign-ins on "
                                          "your account and saw nothing unusual."));
    // The unknown placeholder is named and blocks saving.
    QVERIFY2(check->text().contains(QLatin1String("customer.nam")), qPrintable(check->text()));
    QVERIFY(!save->isEnabled());
    editor->resize(1100, 700);
    QTest::qWait(50);
    saveShot(editor, QStringLiteral("macro-editor-check.png"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(200);
    QVERIFY(!macroTitled(m_session->knowledge(), QStringLiteral("Checked the sign-in log")));

    body->setPlainText(body->toPlainText().replace(QLatin1String("{{customer.nam}}"),
                                                   QLatin1String("{{customer.name}}")));
    auto *status = child<QComboBox>(editor, QStringLiteral("macroStatus"));
    status->setCurrentIndex(status->findData(int(TicketStatus::PendingCustomer)));
    QVERIFY(status->findData(int(TicketStatus::New)) < 0); // never offered
    child<QPlainTextEdit>(editor, QStringLiteral("macroNote"))
        ->setPlainText(QStringLiteral("Sign-in log checked: nothing unusual."));
    QVERIFY(save->isEnabled());
    QVERIFY2(check->text().contains(QStringLiteral("status \u2192 Pending customer")),
             qPrintable(check->text()));
    saveShot(editor, QStringLiteral("macro-editor.png"));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    auto *list = child<QListWidget>(editor, QStringLiteral("macroList"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(list, QStringLiteral("Checked the sign-in log")) >= 0,
                             LoadTimeoutMs);
    const QString row = list->item(rowOf(list, QStringLiteral("Checked the sign-in log")))->text();
    QVERIFY2(row.contains(QLatin1String("personal")), qPrintable(row));
    const auto stored =
        macroTitled(m_session->knowledge(), QStringLiteral("Checked the sign-in log"));
    QVERIFY(stored);
    QCOMPARE(stored->ownerId, std::optional<qint64>(m_session->me()->id));
    QCOMPARE(stored->changes.status, std::optional<TicketStatus>(TicketStatus::PendingCustomer));

    // Saved twice in a row from the editor: the second save is not taken for a colleague's.
    body->setPlainText(body->toPlainText() + QStringLiteral("\n\nNo action is needed."));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    auto *message = child<QLabel>(editor, QStringLiteral("macroMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(
        macroTitled(m_session->knowledge(), QStringLiteral("Checked the sign-in log"))
            ->body.endsWith(QLatin1String("No action is needed.")),
        LoadTimeoutMs);
    QTRY_VERIFY(!editor->isLoading());
    QVERIFY2(message->text().startsWith(QLatin1String("Saved")), qPrintable(message->text()));
    editor->close();

    // In the reply editor, "::" finds it by its words, and inserting it stages the change.
    NewTicket n;
    n.subject = QStringLiteral("Did someone sign in to my account?");
    n.requester = QStringLiteral("sam.rivera@example.org");
    n.requesterName = QStringLiteral("Sam Rivera");
    n.category = TicketCategory::Security;
    n.body = QStringLiteral("I got an alert about a sign-in. Was it me?");
    const auto created = waitFor(m_session->tickets()->create(n));
    QVERIFY(created);
    QVERIFY(showTicket(m_window.get(), created->id));
    QTRY_VERIFY_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket().has_value(), LoadTimeoutMs);
    QVERIFY(trigger(m_window.get(), QStringLiteral("ticket.reply")));
    auto *edit = child<QPlainTextEdit>(m_window.get(), QStringLiteral("composerEdit"));
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("::"));
    KnowledgePicker *picker = nullptr;
    QTRY_VERIFY((picker = visibleChild<KnowledgePicker>(m_window.get())) != nullptr);
    auto *filter = child<QLineEdit>(picker, QStringLiteral("knowledgeFilter"));
    QTest::keyClicks(filter, QStringLiteral("sign-in log"));
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->resultCount() > 0, LoadTimeoutMs);
    auto *results = child<QListWidget>(picker, QStringLiteral("knowledgeResults"));
    QVERIFY2(results->item(0)->text().startsWith(QLatin1String("Checked the sign-in log")),
             qPrintable(results->item(0)->text()));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().contains(QLatin1String("Hello Sam Rivera")), 5000);
    auto *stagedText = child<QLabel>(m_window.get(), QStringLiteral("knowledgeStagedText"));
    QTRY_VERIFY(stagedText->text().contains(QStringLiteral("status \u2192 Pending customer")));
    ticketDetail(m_window.get())->clearComposer();
    QTRY_VERIFY_WITH_TIMEOUT(!ticketActions(m_window.get())->isBusy(), LoadTimeoutMs);
}

void TestMacroEditor::agentMayNotChangeShipped()
{
    MacroWindow *editor = openEditor();
    QVERIFY(editor);
    select(editor, kShipped);
    auto *save = child<QPushButton>(editor, QStringLiteral("macroSave"));
    auto *remove = child<QPushButton>(editor, QStringLiteral("macroDelete"));
    auto *check = child<QLabel>(editor, QStringLiteral("macroCheck"));
    child<QPlainTextEdit>(editor, QStringLiteral("macroBody"))
        ->appendPlainText(QStringLiteral("!"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY2(check->text().contains(QLatin1String("Only team leads and admins")),
             qPrintable(check->text()));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(200);
    const auto stored = macroTitled(m_session->knowledge(), kShipped);
    QVERIFY(stored);
    QCOMPARE(stored->id, 0); // still the shipped text, nobody's copy
    editor->close();
}

void TestMacroEditor::leadEditsShippedAndReverts()
{
    auto lead = openSession(m_db->settings(), QStringLiteral("priya.n"));
    QVERIFY(lead->me());
    QCOMPARE(lead->me()->role, StaffRole::Lead);
    const auto shipped = macroTitled(lead->knowledge(), kShipped);
    QVERIFY(shipped);

    MacroWindow editor(lead->knowledge(), lead->staff());
    editor.show();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoading(), LoadTimeoutMs);
    select(&editor, kShipped);
    auto *body = child<QPlainTextEdit>(&editor, QStringLiteral("macroBody"));
    auto *remove = child<QPushButton>(&editor, QStringLiteral("macroDelete"));
    QVERIFY(!remove->isEnabled()); // nothing to revert yet
    const QString added = QStringLiteral("\n\nYour saved payment details were not affected.");
    body->appendPlainText(added.trimmed());
    auto *assignee = child<QComboBox>(&editor, QStringLiteral("macroAssignee"));
    QTRY_VERIFY(assignee->findData(QStringLiteral("priya.n")) >= 0); // staff loaded
    assignee->setCurrentIndex(1);                                    // whoever applies it
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("macroSave")), Qt::LeftButton);
    auto *list = child<QListWidget>(&editor, QStringLiteral("macroList"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !editor.isLoading() && rowOf(list, kShipped) >= 0 &&
            list->item(rowOf(list, kShipped))->text().contains(QLatin1String("shipped, edited")),
        LoadTimeoutMs);
    QTRY_COMPARE(remove->text(), QStringLiteral("&Revert to Shipped Text"));
    QVERIFY(remove->isEnabled());

    // Every agent gets the lead's text.
    const auto forAgent = macroTitled(m_session->knowledge(), kShipped);
    QVERIFY(forAgent);
    QVERIFY(forAgent->id > 0);
    QVERIFY(forAgent->body.endsWith(added.trimmed()));
    QCOMPARE(forAgent->changes.assignee, std::optional<QString>(MacroChanges::kMe));

    // Revert: the shipped text again, for everyone.
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isLoading() && body->toPlainText() == shipped->body,
                             LoadTimeoutMs);
    const auto reverted = macroTitled(m_session->knowledge(), kShipped);
    QVERIFY(reverted);
    QCOMPARE(reverted->id, 0);
    QCOMPARE(reverted->body, shipped->body);
    QVERIFY(!remove->isEnabled());
    editor.close();
}

QTEST_MAIN(TestMacroEditor)
#include "tst_macroeditor.moc"
