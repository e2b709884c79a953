// The knowledge base as an agent uses it, in the main window on a demo database: Ctrl+K in the
// reply editor finds an article by words and puts its text in; typing :: finds a macro, whose
// changes are staged under the text (visible, undone with one click) and made when the reply is
// sent, and the ticket records the article used. A placeholder left in the text blocks sending.
// A resolved ticket gives a draft article that the agent proposes and a lead publishes.
// Screenshots: docs/screenshots/knowledge-picker.png, knowledge-staged-macro.png,
// knowledge-window.png (the lead's window with the published draft).

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "demo/DemoSeeder.h"
#include "knowledge/KnowledgePicker.h"
#include "knowledge/KnowledgeService.h"
#include "knowledge/KnowledgeWindow.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

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

void saveShot(QWidget *widget, const QString &name)
{
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (sourceDir.isEmpty())
        return;
    const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestKnowledgeGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void pickerArticleAndMacro();
    void placeholderBlocksSending();
    void draftArticleProposedAndPublished();

private:
    qint64 createTicket(const QString &subject);
    KnowledgePicker *openPicker(bool typeColons);
    void choose(KnowledgePicker *picker, const QString &words, const QString &title);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestKnowledgeGui::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = 150;
    options.accounts = 40;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    QVERIFY(seeded->articles >= 3);

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    QVERIFY(m_session->me().has_value());
    QCOMPARE(m_session->me()->role, StaffRole::Agent);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(waitForQueue(ticketModel(m_window.get())));
}

void TestKnowledgeGui::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

void TestKnowledgeGui::cleanup()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>())
        if (dialog->isVisible())
            dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!ticketActions(m_window.get())->isBusy(), LoadTimeoutMs);
}

qint64 TestKnowledgeGui::createTicket(const QString &subject)
{
    NewTicket n;
    n.subject = subject;
    n.requester = QStringLiteral("robin.test@example.org");
    n.requesterName = QStringLiteral("Robin Test");
    n.category = TicketCategory::Recovery;
    n.body = QStringLiteral("I forgot my password and the reset mail never came.");
    const auto created = waitFor(m_session->tickets()->create(n));
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().toString()));
    return created->id;
}

KnowledgePicker *TestKnowledgeGui::openPicker(bool typeColons)
{
    auto *edit = child<QPlainTextEdit>(m_window.get(), QStringLiteral("composerEdit"));
    if (typeColons)
        QTest::keyClicks(edit, QStringLiteral("::"));
    else
        QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
    KnowledgePicker *picker = nullptr;
    (void)QTest::qWaitFor(
        [&] { return (picker = visibleChild<KnowledgePicker>(m_window.get())) != nullptr; }, 5000);
    return picker;
}

void TestKnowledgeGui::choose(KnowledgePicker *picker, const QString &words, const QString &title)
{
    auto *filter = child<QLineEdit>(picker, QStringLiteral("knowledgeFilter"));
    auto *results = child<QListWidget>(picker, QStringLiteral("knowledgeResults"));
    QTest::keyClicks(filter, words);
    // Wait for the answer to what was typed (the picker asks again 150 ms after the last key).
    QTest::qWait(300);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading() && picker->resultCount() > 0, LoadTimeoutMs);
    int row = -1;
    for (int i = 0; i < results->count(); ++i)
        if (results->item(i)->text().startsWith(title))
            row = i;
    QVERIFY2(row >= 0, qPrintable(title));
    // Down from the first row, with the keys in the search box, then Enter.
    for (int i = 0; i < row; ++i)
        QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(results->currentRow(), row);
}

void TestKnowledgeGui::pickerArticleAndMacro()
{
    const qint64 id = createTicket(QStringLiteral("Reset mail never arrived"));
    qint64 usesBefore = -1;
    const auto before = waitFor(m_session->knowledge()->articles());
    QVERIFY(before);
    for (const Article &a : before.value())
        if (a.title == QLatin1String("Resetting a forgotten password"))
            usesBefore = a.uses;
    QVERIFY(usesBefore >= 0);
    QVERIFY(showTicket(m_window.get(), id));
    QTRY_VERIFY_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket().has_value(), LoadTimeoutMs);
    QVERIFY(trigger(m_window.get(), QStringLiteral("ticket.reply")));
    auto *edit = child<QPlainTextEdit>(m_window.get(), QStringLiteral("composerEdit"));
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Hello Robin,"));
    QTest::keyClick(edit, Qt::Key_Return);

    // Ctrl+K, "reset link": the macro and the article with those words.
    KnowledgePicker *picker = openPicker(false);
    QVERIFY(picker);
    choose(picker, QStringLiteral("reset link"), QStringLiteral("Resetting a forgotten password"));
    auto *results = child<QListWidget>(picker, QStringLiteral("knowledgeResults"));
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Sent reset link")));
    saveShot(picker, QStringLiteral("knowledge-picker.png"));
    QTest::keyClick(child<QLineEdit>(picker, QStringLiteral("knowledgeFilter")), Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().contains(QLatin1String("Forgot password")), 5000);
    QVERIFY(edit->toPlainText().startsWith(QLatin1String("Hello Robin,\n")));
    auto *staged = child<QWidget>(m_window.get(), QStringLiteral("knowledgeStaged"));
    auto *stagedText = child<QLabel>(m_window.get(), QStringLiteral("knowledgeStagedText"));
    QTRY_VERIFY(staged->isVisible());
    QVERIFY(stagedText->text().contains(QLatin1String("1 knowledge article")));
    const QString withArticle = edit->toPlainText();

    // "::" opens the picker too; the macro's changes are staged, not made.
    picker = openPicker(true);
    QVERIFY(picker);
    QVERIFY(!edit->toPlainText().contains(QLatin1String("::")));
    choose(picker, QStringLiteral("secur"), QStringLiteral("Escalated to security"));
    QTest::keyClick(child<QLineEdit>(picker, QStringLiteral("knowledgeFilter")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(stagedText->text().contains(QLatin1String("Escalated to security")),
                             5000);
    QVERIFY(
        edit->toPlainText().contains(QStringLiteral("ticket #%1 to our security team").arg(id)));
    QVERIFY(edit->toPlainText().contains(QLatin1String("security team")));
    QVERIFY(stagedText->text().contains(QStringLiteral("status \u2192 Escalated")));
    QVERIFY(stagedText->text().contains(QStringLiteral("category \u2192 Security")));
    QCOMPARE(waitFor(m_session->tickets()->ticket(id))->status, TicketStatus::New);
    QTest::qWait(100);
    saveShot(child<QWidget>(m_window.get(), QStringLiteral("composer")),
             QStringLiteral("knowledge-staged-macro.png"));

    // Undo takes the macro back: its text and its changes; the article stays.
    QTest::mouseClick(child<QPushButton>(m_window.get(), QStringLiteral("stagedUndo")),
                      Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), withArticle);
    QVERIFY(!stagedText->text().contains(QLatin1String("Escalated")));
    QVERIFY(staged->isVisible());

    // Again, and send: the reply, then the macro's changes, and the article's use.
    picker = openPicker(false);
    QVERIFY(picker);
    choose(picker, QStringLiteral("security team"), QStringLiteral("Escalated to security"));
    QTest::keyClick(child<QLineEdit>(picker, QStringLiteral("knowledgeFilter")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(stagedText->text().contains(QLatin1String("Escalated")), 5000);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(waitFor(m_session->tickets()->ticket(id))->status ==
                                 TicketStatus::Escalated,
                             LoadTimeoutMs);
    const Ticket after = waitFor(m_session->tickets()->ticket(id)).value();
    QCOMPARE(after.category, TicketCategory::Security);
    QCOMPARE(after.priority, TicketPriority::High);
    const auto events = waitFor(m_session->tickets()->events(id));
    QVERIFY(events);
    QStringList kinds;
    for (const TicketEvent &e : events.value())
        kinds << e.kind;
    QVERIFY2(kinds.contains(QStringLiteral("reply")), qPrintable(kinds.join(u',')));
    QVERIFY(kinds.contains(QStringLiteral("kb_article_used")));
    QVERIFY(kinds.contains(QStringLiteral("note")));
    QVERIFY(kinds.indexOf(QStringLiteral("reply")) < kinds.indexOf(QStringLiteral("escalation")));
    const auto articles = waitFor(m_session->knowledge()->articles());
    QVERIFY(articles);
    for (const Article &a : articles.value())
        if (a.title == QLatin1String("Resetting a forgotten password"))
            QCOMPARE(a.uses, usesBefore + 1); // the demo desk used it before
    QTRY_VERIFY(!edit->isVisible());
    QVERIFY(!staged->isVisible() || stagedText->text().isEmpty());
}

void TestKnowledgeGui::placeholderBlocksSending()
{
    const qint64 id = createTicket(QStringLiteral("Placeholder check"));
    QVERIFY(showTicket(m_window.get(), id));
    QTRY_VERIFY_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket().has_value(), LoadTimeoutMs);
    QVERIFY(trigger(m_window.get(), QStringLiteral("ticket.reply")));
    auto *edit = child<QPlainTextEdit>(m_window.get(), QStringLiteral("composerEdit"));
    QTRY_VERIFY(edit->isVisible());
    edit->setPlainText(QStringLiteral("Hi {{customer.name}}, all sorted."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    auto *problem = child<QLabel>(m_window.get(), QStringLiteral("composerProblem"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("{{customer.name}}")),
             qPrintable(problem->text()));
    QTest::qWait(300);
    const auto events = waitFor(m_session->tickets()->events(id));
    QVERIFY(events);
    for (const TicketEvent &e : events.value())
        QVERIFY(e.kind != QLatin1String("reply"));
    QVERIFY(edit->isVisible());
    ticketDetail(m_window.get())->clearComposer();
}

void TestKnowledgeGui::draftArticleProposedAndPublished()
{
    const qint64 id = createTicket(QStringLiteral("Reset link expired twice"));
    Ticket t = waitFor(m_session->tickets()->ticket(id)).value();
    auto replied = waitFor(m_session->tickets()->reply(t, QStringLiteral("I sent a fresh link; "
                                                                         "use the newest mail.")));
    QVERIFY(replied);
    QVERIFY(showTicket(m_window.get(), id));
    QTRY_VERIFY_WITH_TIMEOUT(ticketDetail(m_window.get())->ticket().has_value(), LoadTimeoutMs);
    QAction *draft = action(m_window.get(), QStringLiteral("ticket.draftArticle"));
    QVERIFY(!draft->isEnabled()); // not resolved yet
    auto resolved =
        waitFor(m_session->tickets()->setStatus(replied.value(), TicketStatus::Resolved));
    QVERIFY(resolved);
    ticketDetail(m_window.get())->applyChange(resolved.value());
    QTRY_VERIFY(draft->isEnabled());
    draft->trigger();

    KnowledgeWindow *kb = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((kb = visibleChild<KnowledgeWindow>(m_window.get())) != nullptr,
                             LoadTimeoutMs);
    auto *title = child<QLineEdit>(kb, QStringLiteral("kbTitle"));
    auto *body = child<QPlainTextEdit>(kb, QStringLiteral("kbBody"));
    QTRY_COMPARE(title->text(), QStringLiteral("Reset link expired twice"));
    QVERIFY(body->toPlainText().contains(QLatin1String("I forgot my password")));
    QVERIFY(body->toPlainText().contains(QLatin1String("use the newest mail")));
    // The agent proposes; publishing is the leads'.
    auto *publish = child<QPushButton>(kb, QStringLiteral("kbPublish"));
    QVERIFY(!publish->isEnabled());
    QTest::mouseClick(child<QPushButton>(kb, QStringLiteral("kbSave")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(kb->current().has_value(), LoadTimeoutMs);
    QCOMPARE(kb->current()->status, ArticleStatus::Proposed);
    QCOMPARE(kb->current()->sourceTicketId, std::optional<qint64>(id));
    QVERIFY(!publish->isEnabled());
    const qint64 articleId = kb->current()->id;

    // A lead opens it in their Knowledge Base window and publishes it.
    auto lead = openSession(m_db->settings(), QStringLiteral("priya.n"));
    QCOMPARE(lead->me()->role, StaffRole::Lead);
    KnowledgeWindow leadKb(lead->knowledge());
    leadKb.show();
    leadKb.showArticle(articleId);
    QTRY_VERIFY_WITH_TIMEOUT(leadKb.current().has_value(), LoadTimeoutMs);
    auto *leadPublish = child<QPushButton>(&leadKb, QStringLiteral("kbPublish"));
    QVERIFY(leadPublish->isEnabled());
    QTest::mouseClick(leadPublish, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(leadKb.current()->status == ArticleStatus::Published, LoadTimeoutMs);
    QVERIFY(leadKb.current()->reviewedAt.isValid());
    auto *info = child<QLabel>(&leadKb, QStringLiteral("kbInfo"));
    QVERIFY2(info->text().contains(QLatin1String("last reviewed")), qPrintable(info->text()));
    leadKb.resize(1100, 640);
    QTest::qWait(100);
    saveShot(&leadKb, QStringLiteral("knowledge-window.png"));
    leadKb.close();
}

QTEST_MAIN(TestKnowledgeGui)
#include "tst_knowledgegui.moc"
