// The desktop details a user notices, on the demo desk: the toolbar (the menus' own actions,
// with icons, its visibility remembered), the action icons and their bundled fallback, Esc and
// Ctrl+W in every window beside the main window, Help › About (versions, where the data
// lives), the Outbox showing the selected message (and only the redacted copy of a one-time
// link), headers that elide with their text in a tool tip, the ticket facts in a 490 px tall
// window, and a saved geometry restored only within the screen.

#include "DemoDesk.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountsWindow.h"
#include "common/AboutDialog.h"
#include "common/ActionCatalog.h"
#include "db/DatabaseInfo.h"
#include "mail/Outbox.h"
#include "outbox/OutboxDialog.h"
#include "outbox/OutboxTableModel.h"
#include "queue/TicketTableView.h"
#include "settings/LocalSettings.h"
#include "ticket/TicketFacts.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

// Whether the pixmap draws something, and how light its drawn pixels are on average (0…255).
std::pair<bool, int> inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    return {count > 0, count ? int(sum / count) : 0};
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_desk.reset(); }

    void toolbarHoldsTheMenusActions();
    void toolbarVisibilityIsRemembered();
    void iconsFallBackToTheBundledSet();
    void escAndCtrlWCloseSideWindows_data();
    void escAndCtrlWCloseSideWindows();
    void aboutShowsVersionsAndPlaces();
    void databaseInfoOfEachDialect_data() { addDialectRows(); }
    void databaseInfoOfEachDialect();
    void outboxShowsTheMessage();
    void longHeadersHaveToolTips();
    void factsDoNotOverlapInAShortWindow();
    void geometryIsRestoredWithinTheScreen();

private:
    std::unique_ptr<DemoDesk> m_desk;
};

void TestDesktop::initTestCase()
{
    m_desk = std::make_unique<DemoDesk>();
    QVERIFY(m_desk->open());
}

void TestDesktop::toolbarHoldsTheMenusActions()
{
    MainWindow *w = m_desk->window();
    auto *bar = child<QToolBar>(w, QStringLiteral("mainToolBar"));
    QVERIFY(bar->isVisible());
    QStringList ids;
    for (QAction *a : bar->actions()) {
        if (a->isSeparator())
            continue;
        // The very QAction of the menus and the shortcut: one action, one key, one state.
        QCOMPARE(a, action(w, a->objectName()));
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        QVERIFY(button && button->isVisible());
        QVERIFY2(!button->text().isEmpty(), qPrintable(a->objectName()));
        ids << a->objectName();
    }
    QCOMPARE(ids, (QStringList{"ticket.new", "ticket.take", "ticket.reply", "ticket.note",
                               "ticket.troubleshoot", "list.search"}));
    // A button follows its action: Reply on a ticket that can be answered is on.
    QVERIFY(action(w, QStringLiteral("ticket.reply"))->isEnabled());
    QVERIFY(bar->widgetForAction(action(w, QStringLiteral("ticket.reply")))->isEnabled());
    const QString out = QDir::temp().filePath(QStringLiteral("helpdesk-toolbar.png"));
    QVERIFY(bar->grab().save(out));
    qInfo("toolbar: %s", qPrintable(out));
}

void TestDesktop::toolbarVisibilityIsRemembered()
{
    MainWindow *w = m_desk->window();
    auto *bar = child<QToolBar>(w, QStringLiteral("mainToolBar"));
    QAction *toggle = action(w, QStringLiteral("view.toolbar"));
    QVERIFY(toggle->isCheckable() && toggle->isChecked());
    toggle->trigger();
    QVERIFY(!bar->isVisible());
    QVERIFY(!LocalSettings::toolbarVisible());
    {
        // The next start (another window on the same settings) keeps it hidden.
        MainWindow again(m_desk->session());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!child<QToolBar>(&again, QStringLiteral("mainToolBar"))->isVisible());
        QVERIFY(!action(&again, QStringLiteral("view.toolbar"))->isChecked());
    }
    toggle->trigger();
    QVERIFY(bar->isVisible());
    QVERIFY(LocalSettings::toolbarVisible());
}

void TestDesktop::iconsFallBackToTheBundledSet()
{
    // This machine runs offscreen without an icon theme: every icon is the bundled one, drawn
    // in the palette's text colour.
    for (const char *id :
         {"ticket.new", "ticket.reply", "ticket.note", "ticket.take", "ticket.troubleshoot",
          "list.search", "outbox.show", "tools.settings", "app.refresh"}) {
        const QIcon icon = ActionCatalog::icon(QString::fromLatin1(id));
        QVERIFY2(!icon.isNull(), id);
        const auto [drawn, lightness] = inkOf(icon.pixmap(24, 24));
        QVERIFY2(drawn, id);
        QVERIFY2(lightness < 110, id); // dark ink on the light default palette
    }
    QVERIFY(ActionCatalog::icon(u"ticket.escalate").isNull()); // no icon: text only

    // In a dark palette the same drawing is light.
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    QApplication::setPalette(dark);
    const auto [drawn, lightness] = inkOf(ActionCatalog::icon(u"ticket.reply").pixmap(24, 24));
    QApplication::setPalette(before);
    QVERIFY(drawn);
    QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
}

void TestDesktop::escAndCtrlWCloseSideWindows_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    for (const char *screen : {"search", "accounts", "outbox", "settings"}) {
        QTest::addRow("%s, Esc", screen) << screen << int(Qt::Key_Escape) << 0;
        QTest::addRow("%s, Ctrl+W", screen) << screen << int(Qt::Key_W) << int(Qt::ControlModifier);
    }
}

void TestDesktop::escAndCtrlWCloseSideWindows()
{
    QFETCH(QString, screen);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QWidget *window = m_desk->openScreen(screen);
    QVERIFY(window);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && focus->window() == window);
    QTest::keyClick(focus, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QTRY_VERIFY2(!window->isVisible(), qPrintable(focus->objectName()));
    m_desk->window()->activateWindow();
}

void TestDesktop::aboutShowsVersionsAndPlaces()
{
    auto *about = qobject_cast<AboutDialog *>(m_desk->openScreen(QStringLiteral("about")));
    QVERIFY(about);
    // The server's version arrives from the worker; the GUI did not wait for it.
    QTRY_VERIFY(about->text().contains(QStringLiteral("SQLite 3.")));
    const QString text = about->text();
    QVERIFY2(text.contains(QStringLiteral("Helpdesk: 0.1.0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt: %1").arg(QString::fromLatin1(qVersion()))),
             qPrintable(text));
    QVERIFY2(text.contains(m_desk->session()->settings().sqlitePath), qPrintable(text));
    QVERIFY2(text.contains(QSettings().fileName()), qPrintable(text));
    const auto info = waitFor(DatabaseInfoQuery::load(m_desk->session()->worker()));
    QVERIFY(info.ok());
    QCOMPARE(info.value().product, QStringLiteral("SQLite"));
    QVERIFY(text.contains(info.value().text()));
    m_desk->closeScreen(about);
}

void TestDesktop::databaseInfoOfEachDialect()
{
    // What About asks the server, on both dialects (PostgreSQL skipped when it is not there).
    QFETCH(QString, dialect);
    TestDatabase db(dialect);
    HELPDESK_REQUIRE_DB(db);
    const auto info = DatabaseInfoQuery::read(db.db());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QCOMPARE(info.value().product,
             dialect == u"sqlite" ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"));
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(info.value().version).hasMatch(),
        qPrintable(info.value().version));
    const auto where = DatabaseInfoQuery::locations(db.settings());
    QVERIFY(!where.isEmpty());
    QCOMPARE(where.constFirst().second, dialect == u"sqlite"
                                            ? QDir::toNativeSeparators(db.settings().sqlitePath)
                                            : db.settings().displayUrl());
}

void TestDesktop::outboxShowsTheMessage()
{
    // A reset link waiting to be sent, and one the relay accepted (its stored copy redacted).
    QSqlDatabase &db = m_desk->database()->db();
    const QString link = QStringLiteral("https://portal.example.com/reset?token=s3cr3t-t0ken");
    const auto queue = [&](const QString &subject) {
        MailMessage m;
        m.to = {MailAddress(QStringLiteral("kim@example.net"), QStringLiteral("Kim Lee"))};
        m.replyTo = MailAddress(QStringLiteral("support@example.com"));
        m.subject = subject;
        m.textBody = QStringLiteral("Hello Kim,\n\nset a new password here:\n%1\n\nThe link "
                                    "works once.\n")
                         .arg(link);
        return Outbox::enqueue(db, m, m_desk->ticketId(), std::nullopt, true);
    };
    const auto waiting = queue(QStringLiteral("Reset your password (waiting)"));
    QVERIFY(waiting.ok());
    const auto sent = queue(QStringLiteral("Reset your password (sent)"));
    QVERIFY(sent.ok());
    QVERIFY(Outbox::markSent(db, sent.value(), QStringLiteral("250 2.0.0 Ok"),
                             QDateTime::currentMSecsSinceEpoch())
                .ok());

    auto *outbox = qobject_cast<OutboxDialog *>(m_desk->openScreen(QStringLiteral("outbox")));
    QVERIFY(outbox);
    outbox->selectMessage(waiting.value());
    QTRY_COMPARE_WITH_TIMEOUT(outbox->selectedId(), waiting.value(), 30000);
    QString details = outbox->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Kim Lee <kim@example.net>")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Reply-To")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("set a new password here:")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("[one-time link hidden]")), qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("s3cr3t")), qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("https://")));

    outbox->selectMessage(sent.value());
    QTRY_COMPARE_WITH_TIMEOUT(outbox->selectedId(), sent.value(), 30000);
    details = outbox->detailsText();
    QVERIFY2(details.contains(Outbox::redactionNote()), qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("s3cr3t")));
    const QString out = QDir::temp().filePath(QStringLiteral("helpdesk-outbox-message.png"));
    QVERIFY(outbox->grab().save(out));
    qInfo("outbox: %s", qPrintable(out));
    m_desk->closeScreen(outbox);
}

void TestDesktop::longHeadersHaveToolTips()
{
    auto *outbox = m_desk->openScreen(QStringLiteral("outbox"));
    QVERIFY(outbox);
    auto *table = child<QTableView>(outbox, QStringLiteral("outboxTable"));
    QHeaderView *header = table->horizontalHeader();
    // At first every header fits its column ("Last error / server reply" was clipped)…
    for (int s = 0; s < header->count(); ++s) {
        const QString text = table->model()->headerData(s, Qt::Horizontal).toString();
        QVERIFY2(header->fontMetrics().horizontalAdvance(text) < header->sectionSize(s),
                 qPrintable(text));
        QCOMPARE(table->model()->headerData(s, Qt::Horizontal, Qt::ToolTipRole).toString(), text);
    }
    // …and one narrowed by hand elides, its tool tip in full.
    QCOMPARE(header->textElideMode(), Qt::ElideRight);
    header->resizeSection(OutboxTableModel::Problem, 60);
    const QString out = QDir::temp().filePath(QStringLiteral("helpdesk-outbox-header.png"));
    QVERIFY(header->grab().save(out));
    qInfo("narrowed header: %s", qPrintable(out));
    QCOMPARE(ticketTable(m_desk->window())->horizontalHeader()->textElideMode(), Qt::ElideRight);
    const QAbstractItemModel *tickets = ticketTable(m_desk->window())->model();
    for (int s = 0; s < tickets->columnCount(); ++s)
        QCOMPARE(tickets->headerData(s, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 tickets->headerData(s, Qt::Horizontal).toString());
    m_desk->closeScreen(outbox);
}

void TestDesktop::factsDoNotOverlapInAShortWindow()
{
    MainWindow *w = m_desk->window();
    const QSize before = w->size();
    w->resize(1400, 490);
    QTest::qWait(100);
    QVERIFY(showTicket(w, m_desk->ticketId()));
    QTest::qWait(100);
    auto *facts = child<TicketFacts>(w, QStringLiteral("ticketFacts"));
    QList<QRect> rows;
    for (QLabel *label : facts->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(w))
            continue;
        const QRect r(label->mapTo(w, QPoint(0, 0)), label->size());
        // Every line of it fits its height…
        const int lines = int(label->text().count(u'\n')) + 1;
        QVERIFY2(r.height() >= lines * label->fontMetrics().height(), qPrintable(label->text()));
        for (const QRect &other : std::as_const(rows))
            QVERIFY2(!r.intersects(other), qPrintable(label->text())); // …and no two overlap
        rows << r;
    }
    QVERIFY(rows.size() >= 10);
    const QString out = QDir::temp().filePath(QStringLiteral("helpdesk-490.png"));
    QVERIFY(w->grab().save(out));
    qInfo("490 px: %s", qPrintable(out));
    w->resize(before);
}

void TestDesktop::geometryIsRestoredWithinTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    // Saved on a screen twice as large (or at another scale factor).
    {
        QWidget big;
        big.setGeometry(QRect(available.topLeft() + QPoint(300, 200), available.size() * 2));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), big.saveGeometry());
    }
    MainWindow again(m_desk->session());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(available.contains(again.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                            .arg(again.frameGeometry().x())
                            .arg(again.frameGeometry().y())
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
