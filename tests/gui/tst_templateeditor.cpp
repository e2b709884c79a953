// Settings › Mail Templates as an administrator uses it: pick a template and a ticket, change
// the text and see the preview follow as it is typed, filled with the ticket's values; a
// placeholder the mail never has a value for is named and Save stays off; a good edit is saved
// and used by the next mail, the earlier text is among the versions and comes back with
// Restore; Revert puts the shipped text back. An agent reads the texts but cannot change them.
// Screenshots go to docs/screenshots/.

#include "Fixtures.h"
#include "TestDatabase.h"
#include "TestServices.h"
#include "TestSession.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "db/Database.h"
#include "mail/TemplateStore.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplateEditor.h"
#include "settings/TemplatePreviewPage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

constexpr int TimeoutMs = 30000;

QString screenshotPath(const QString &name)
{
    const QString dir = QDir(sourceDir()).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void adminEditsWithALivePreview()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("oliver.b"), QStringLiteral("Oliver B."),
                 QStringLiteral("admin"));
        TicketRow row;
        row.subject = QStringLiteral("Cannot sign in after the update");
        const qint64 ticket = addTicket(db, row);
        auto session = openSession(tdb.settings(), QStringLiteral("oliver.b"));

        SettingsDialog dialog(session.get());
        dialog.showPage(SettingsDialog::Page::Templates);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        TemplatePreviewPage *page = dialog.templatePage();
        TemplateEditor *editor = page->editor();
        page->setTicketId(ticket);
        page->selectTemplate(TemplateKeys::TicketReply);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->isRendered() && page->templateKey() == TemplateKeys::TicketReply, TimeoutMs);
        auto *subject = child<QLineEdit>(editor, QStringLiteral("editSubject"));
        auto *text = child<QPlainTextEdit>(editor, QStringLiteral("editText"));
        auto *save = child<QPushButton>(editor, QStringLiteral("saveTemplate"));
        QTRY_COMPARE_WITH_TIMEOUT(
            subject->text(), TemplateStore::shipped(TemplateKeys::TicketReply)->subject, TimeoutMs);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QVERIFY2(keyClashes(&dialog).isEmpty(), qPrintable(keyClashes(&dialog).join(u'\n')));
        QVERIFY(child<QLabel>(editor, QStringLiteral("editPlaceholders"))
                    ->text()
                    .contains(QLatin1String("{{reply.body}}")));

        // A placeholder a reply never has: named, and Save stays off.
        text->moveCursor(QTextCursor::End);
        text->insertPlainText(QStringLiteral("\nChoose a new password: {{link}}\n"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QLatin1String("{{link}}")),
                                 TimeoutMs);
        QVERIFY(!save->isEnabled());
        page->grab().save(screenshotPath(QStringLiteral("template-editor-refused.png")));

        // A good edit: the preview follows as it is typed, with the ticket's values.
        QString better = TemplateStore::shipped(TemplateKeys::TicketReply)->textBody;
        better.replace(QStringLiteral("Kind regards,"),
                       QStringLiteral("Thank you for your patience, {{customer.name}}.\n\nKind "
                                      "regards,"));
        text->setPlainText(better);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->plainText().contains(QLatin1String("Thank you for your patience, Pat Doe.")),
            TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page->htmlText().contains(QLatin1String("Pat Doe")), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), TimeoutMs);
        page->grab().save(screenshotPath(QStringLiteral("template-editor.png")));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QLatin1String("Saved")),
                                 TimeoutMs);
        QVERIFY(!editor->isDirty());
        QVERIFY(TemplateStore(db)
                    .byKey(TemplateKeys::TicketReply, 0)
                    ->textBody.contains(QLatin1String("Thank you for your patience")));
        QCOMPARE(Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                     "action = 'template_saved'"))
                     ->toInt(),
                 1);

        // The earlier text is a version; Restore brings it back (and keeps this one).
        QTRY_COMPARE_WITH_TIMEOUT(editor->versionLabels().size(), 1, TimeoutMs);
        QVERIFY2(editor->versionLabels().constFirst().contains(QLatin1String("before the first")),
                 qPrintable(editor->versionLabels().constFirst()));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("restoreVersion")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QLatin1String("earlier version")),
                                 TimeoutMs);
        QVERIFY(!text->toPlainText().contains(QLatin1String("Thank you for your patience")));
        QTRY_COMPARE_WITH_TIMEOUT(editor->versionLabels().size(), 2, TimeoutMs);

        // Revert: the shipped text, whatever was there.
        subject->setText(QStringLiteral("Re: {{ticket.subject}}"));
        QTest::mouseClick(save, Qt::LeftButton); // not dirty by setText alone: nothing happens
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("revertTemplate")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().contains(QLatin1String("shipped text")),
                                 TimeoutMs);
        QCOMPARE(TemplateStore(db).byKey(TemplateKeys::TicketReply, 0)->subject,
                 TemplateStore::shipped(TemplateKeys::TicketReply)->subject);
    }

    void agentReadsButCannotChange()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("maria.k"), QStringLiteral("Maria K."));
        auto session = openSession(tdb.settings(), QStringLiteral("maria.k"));
        SettingsDialog dialog(session.get());
        dialog.showPage(SettingsDialog::Page::Templates);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        TemplatePreviewPage *page = dialog.templatePage();
        page->selectTemplate(TemplateKeys::UnusualSignIn);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->isRendered() && page->templateKey() == TemplateKeys::UnusualSignIn, TimeoutMs);
        TemplateEditor *editor = page->editor();
        auto *text = child<QPlainTextEdit>(editor, QStringLiteral("editText"));
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QLatin1String("{{signin.device}}")),
                                 TimeoutMs);
        QVERIFY(text->isReadOnly());
        auto *save = child<QPushButton>(editor, QStringLiteral("saveTemplate"));
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QLatin1String("administrator")));
        QVERIFY(!child<QPushButton>(editor, QStringLiteral("revertTemplate"))->isEnabled());
        // The notice previews with examples for what only the sign-in knows.
        QVERIFY2(page->plainText().contains(QLatin1String("[the device and browser]")),
                 qPrintable(page->plainText()));
        // No ticket chosen: only the customer's values are missing, not the sign-in's.
        QVERIFY2(page->problemText().contains(QLatin1String("{{customer.name}}")),
                 qPrintable(page->problemText()));
        QVERIFY(!page->problemText().contains(QLatin1String("signin")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
