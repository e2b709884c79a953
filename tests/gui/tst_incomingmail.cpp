// Incoming mail in the desktop app, against a private Dovecot (tests/inbound/DovecotServer):
// an administrator fills in Settings › Incoming mail, "Test Connection" names the exact failure
// (a wrong password) and then succeeds; saved with fetching switched on, the password is in the
// keychain and not in the settings table. A wrong saved password shows in the message bar and
// fetching recovers once it is right. The app then fetches by itself, on its own thread: a
// customer's answer (subject tag) with an attachment lands on the agent's ticket, marked
// unread, and the window says so; a new customer's mail becomes a ticket. The attachment is
// listed under the message on the timeline, "Save…" writes exactly its bytes where the agent
// chose, "Open" hands a copy to the system's viewer, and a program is never opened. When the mail
// server goes away the window says so, and fetching carries on once it is back. Screenshots
// of the page and the timeline go to docs/screenshots/.

#include "DovecotServer.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestServices.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "ingest/InboundService.h"
#include "ingest/MailFetchService.h"
#include "mail/MailDelivery.h"
#include "secrets/MemorySecretStore.h"
#include "settings/IncomingMailPage.h"
#include "settings/SettingsDialog.h"
#include "ticket/AttachmentActions.h"
#include "ticket/TicketDetailView.h"
#include "ticket/TicketTimelineView.h"
#include "tickets/TicketQueueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

constexpr int TimeoutMs = 60000;

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QString screenshotPath(const QString &name)
{
    const QString dir = QDir(sourceDir()).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Takes the file URLs the app hands to the system's viewer.
class ViewerSpy : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

const QByteArray kNotes = "Router serial: HX-2231-77\r\nFirmware 4.2.1\r\n";

QByteArray answerWithAttachment(qint64 ticketId)
{
    return QStringLiteral(
               "From: Pat Doe <pat@example.com>\r\nTo: helpdesk@example.org\r\n"
               "Subject: Re: Cannot sign in after the update [%1]\r\n"
               "Message-ID: <pat-answer-1@example.com>\r\nDate: %2\r\nMIME-Version: 1.0\r\n"
               "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
               "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               "Here are the router details you asked for.\r\n"
               "--b1\r\nContent-Type: text/plain; name=\"router notes.txt\"\r\n"
               "Content-Disposition: attachment; filename=\"router notes.txt\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n%3\r\n"
               "--b1\r\nContent-Type: application/x-msdownload; name=\"fix.exe\"\r\n"
               "Content-Disposition: attachment; filename=\"fix.exe\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA\r\n--b1--\r\n")
        .arg(ticketNumberText(ticketId), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date),
             QString::fromLatin1(kNotes.toBase64()))
        .toUtf8();
}

} // namespace

class TestIncomingMail : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void adminSetsUpFetchingAndCustomerMailArrives();

private:
    QTemporaryDir m_dir;
};

void TestIncomingMail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestIncomingMail::adminSetsUpFetchingAndCustomerMailArrives()
{
    if (!DovecotServer::isInstalled()) {
        if (servicesRequired())
            QFAIL("dovecot-imapd is required (HELPDESK_REQUIRE_SERVICES=1) but not installed");
        QSKIP("dovecot-imapd is not installed");
    }
    QString error;
    DovecotServer imap;
    QVERIFY2(imap.start(&error), qPrintable(error));

    TestDatabase tdb(QStringLiteral("sqlite"));
    QSqlDatabase &db = tdb.db();
    const QString login = QStringLiteral("ada.admin");
    const qint64 adminId =
        addStaff(db, login, QStringLiteral("Ada Admin"), QStringLiteral("admin"));
    TicketRow row;
    row.subject = QStringLiteral("Cannot sign in after the update");
    row.status = QStringLiteral("pending_customer");
    row.assigneeId = adminId;
    row.createdAt = row.updatedAt = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    const qint64 ticketId = addTicket(db, row);

    auto secrets = std::make_shared<MemorySecretStore>();
    auto session = openSession(tdb.settings(), login, {secrets});
    QVERIFY(session);
    MailFetchService *fetch = session->mailFetch();
    fetch->setIntervalOverrideMs(400);
    auto window = std::make_unique<MainWindow>(session.get());
    window->resize(1400, 820);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    session->startMail();
    session->startLiveUpdates(60000, 300, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->state(), MailFetchService::State::Off, TimeoutMs);

    // The page, as an administrator sees it.
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY(
        (settings = visibleChild<SettingsDialog>(window.get(), QStringLiteral("settingsDialog"))));
    settings->showPage(SettingsDialog::Page::IncomingMail);
    IncomingMailPage *page = settings->incomingPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), TimeoutMs);
    QVERIFY(page->canSave());
    QVERIFY(page->isVisible());
    QVERIFY2(keyClashes(settings).isEmpty(), qPrintable(keyClashes(settings).join(u'\n')));
    const auto edit = [page](const char *name) {
        auto *e = page->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!e)
            qFatal("no %s", name);
        return e;
    };
    edit("imapHost")->setText(imap.host());
    auto *security = page->findChild<QComboBox *>(QStringLiteral("imapSecurity"));
    QCOMPARE(security->currentData().toString(), QStringLiteral("tls"));
    security->setCurrentIndex(security->findData(QStringLiteral("starttls")));
    QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("imapPort"))->value(), 143);
    page->findChild<QSpinBox *>(QStringLiteral("imapPort"))->setValue(imap.startTlsPort());
    edit("imapUser")->setText(imap.user());
    edit("imapCaFile")->setText(imap.caFile());
    edit("imapPassword")->setText(QStringLiteral("not-the-password"));

    // 1. A wrong password: the test says exactly that.
    QSignalSpy tested(page, &IncomingMailPage::testFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("imapTest")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, TimeoutMs);
    QVERIFY(page->lastTestResult() && !page->lastTestResult()->ok);
    QCOMPARE(page->lastTestResult()->errorKind, QStringLiteral("login_refused"));
    QVERIFY2(!page->testResultText().isEmpty(), "the failure is shown");
    QVERIFY(!page->testResultText().contains(QLatin1String("not-the-password")));
    // 2. The right one: signed in, the folder opened.
    edit("imapPassword")->setText(imap.password());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("imapTest")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, TimeoutMs);
    QVERIFY2(page->lastTestResult()->ok, qPrintable(page->testResultText()));
    QVERIFY2(page->testResultText().contains(QLatin1String("INBOX")),
             qPrintable(page->testResultText()));
    settings->resize(760, 900);
    QVERIFY(settings->grab().save(screenshotPath("incoming-mail-settings.png")));

    // 3. Saved with fetching on, but with a wrong password: the window says fetching fails.
    page->findChild<QCheckBox *>(QStringLiteral("imapEnabled"))->setChecked(true);
    edit("imapPassword")->setText(QStringLiteral("not-the-password"));
    QSignalSpy saved(page, &IncomingMailPage::saved);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("imapSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->state(), MailFetchService::State::Failing, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        messageBar(window.get())->text().contains(QLatin1String("Incoming mail")), TimeoutMs);
    QVERIFY(!messageBar(window.get())->text().contains(QLatin1String("not-the-password")));
    // The right password: fetching goes on by itself.
    edit("imapPassword")->setText(imap.password());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("imapSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(fetch->state(), MailFetchService::State::Running, TimeoutMs);
    const QString key = QStringLiteral("imap/%1@%2").arg(imap.user(), imap.host());
    auto stored = waitFor(secrets->read(key));
    QVERIFY(stored);
    QCOMPARE(stored.value(), imap.password());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE ?"),
                    {QStringLiteral("%imap-test-secret%")}),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'incoming_mail_settings_saved'")),
             2);
    settings->hide();

    // 4. The customer answers with an attachment; a new customer writes.
    QVERIFY2(imap.deliver(answerWithAttachment(ticketId), QStringLiteral("INBOX"), &error),
             qPrintable(error));
    QVERIFY(imap.deliver("From: Lee Wong <lee@example.net>\r\nTo: helpdesk@example.org\r\n"
                         "Subject: Locked out of my account\r\n"
                         "Message-ID: <lee-1@example.net>\r\n\r\n"
                         "I typed my password wrong too often and now I am locked out.\r\n",
                         QStringLiteral("INBOX"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2,
                              TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageBar(window.get())->text().contains(ticketNumberText(ticketId)),
                             TimeoutMs);
    QVERIFY2(messageBar(window.get())->text().contains(QLatin1String("customer wrote")),
             qPrintable(messageBar(window.get())->text()));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT status = 'open' FROM tickets WHERE id = ?"), {ticketId}),
        1);
    QTRY_VERIFY_WITH_TIMEOUT(imap.flags(QStringLiteral("INBOX"), 1, &error)
                                 .contains(QLatin1String("$HelpdeskProcessed")),
                             TimeoutMs);

    // 5. The attachments under the message on the timeline.
    QVERIFY(showTicket(window.get(), ticketId));
    QTRY_VERIFY_WITH_TIMEOUT(timelineText(window.get()).contains(QLatin1String("router details")),
                             TimeoutMs);
    auto *timeline = ticketDetail(window.get())->findChild<TicketTimelineView *>();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->attachmentCount(), 2, TimeoutMs);
    const QString text = timelineText(window.get());
    QVERIFY2(text.contains(QLatin1String("router notes.txt")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("fix.exe")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("a program or script")), qPrintable(text));
    TicketQueueModel *rows = ticketModel(window.get());
    const auto rowsLoaded = [rows] {
        for (int r = 0; r < rows->rowCount(); ++r)
            if (rows->data(rows->index(r, 1)).toString().startsWith(QLatin1String("Loading")))
                return false;
        return rows->rowCount() == 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowsLoaded(), TimeoutMs);
    QVERIFY(window->grab().save(screenshotPath("timeline-attachments.png")));
    const qint64 notesId = scalar(db, QStringLiteral("SELECT id FROM inbound_attachments WHERE "
                                                     "file_name = 'router notes.txt'"));
    const qint64 exeId = scalar(
        db, QStringLiteral("SELECT id FROM inbound_attachments WHERE file_name = 'fix.exe'"));
    auto *browser = timeline->findChild<QTextBrowser *>(QStringLiteral("detailTimeline"));
    const QString html = browser->toHtml();
    QVERIFY2(html.contains(QStringLiteral("helpdesk-attachment:open/%1").arg(notesId)),
             qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("helpdesk-attachment:open/%1").arg(exeId)),
             "a program has no Open link");

    // Save…: the dialog proposes the file's name; the bytes written are the attachment's.
    emit browser->anchorClicked(QUrl(QStringLiteral("helpdesk-attachment:save/%1").arg(notesId)));
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window->findChild<QFileDialog *>(QStringLiteral("attachmentSaveDialog"))));
    QTRY_VERIFY(dialog->isVisible());
    const QString target = m_dir.filePath(QStringLiteral("saved-notes.txt"));
    dialog->selectFile(target);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_COMPARE_WITH_TIMEOUT(readFile(target), kNotes, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageBar(window.get())->text().contains(QLatin1String("saved")),
                             TimeoutMs);

    // Open: a copy in the private folder goes to the system's viewer; the program does not.
    ViewerSpy viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    emit browser->anchorClicked(QUrl(QStringLiteral("helpdesk-attachment:open/%1").arg(notesId)));
    QTRY_COMPARE_WITH_TIMEOUT(viewer.opened.size(), 1, TimeoutMs);
    const QString openedPath = viewer.opened.first().toLocalFile();
    QVERIFY2(openedPath.startsWith(AttachmentActions::openFolder()), qPrintable(openedPath));
    QVERIFY(openedPath.endsWith(QLatin1String("router notes.txt")));
    QCOMPARE(readFile(openedPath), kNotes);
    emit browser->anchorClicked(QUrl(QStringLiteral("helpdesk-attachment:open/%1").arg(exeId)));
    QTest::qWait(300);
    QCOMPARE(viewer.opened.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    // 6. The mail server goes away: the window says so once, and the app carries on by itself
    //    when it is back.
    imap.stop();
    QTRY_COMPARE_WITH_TIMEOUT(fetch->state(), MailFetchService::State::Failing, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        messageBar(window.get())->text().contains(QLatin1String("cannot be fetched")), TimeoutMs);
    QVERIFY2(imap.restart(&error), qPrintable(error));
    QVERIFY(imap.deliver("From: Lee Wong <lee@example.net>\r\nTo: helpdesk@example.org\r\n"
                         "Subject: Re: Locked out of my account\r\n"
                         "Message-ID: <lee-2@example.net>\r\nIn-Reply-To: <lee-1@example.net>\r\n"
                         "\r\nNever mind, it works again.\r\n",
                         QStringLiteral("INBOX"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = "
                                  "'customer_reply' AND body LIKE '%works again%'")),
        1, 3 * TimeoutMs);
    // The reply is committed on the worker before the fetch cycle reports back.
    QTRY_COMPARE_WITH_TIMEOUT(fetch->state(), MailFetchService::State::Running, TimeoutMs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 2);

    // Settle: fetching stops first, then the window and the session go.
    fetch->stop();
    window->hide();
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::processEvents();
        session->worker()->drain();
    }
    window.reset();
    session.reset();
}

QTEST_MAIN(TestIncomingMail)
#include "tst_incomingmail.moc"
