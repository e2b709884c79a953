// View › Reports as a team lead: the report switcher, the days and the comparison, the figures
// in the table (the seeded desk's own), a row opened as tickets in the main window's list, the
// table as CSV and every report as a PDF with one page per report, Cancel while the PDF is
// computed; an agent gets no Reports entry. On the demo desk, each report's chart is saved to
// docs/screenshots/reports-<name>.png.
#include "Fixtures.h"
#include "MainWindow.h"
#include "ReportWorld.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "WindowDriver.h"
#include "demo/DemoSeeder.h"
#include "queue/TicketTableView.h"
#include "reports/ReportChart.h"
#include "reports/ReportFormat.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsWindow.h"
#include "tickets/TicketQueueModel.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr int TimeoutMs = 30000;

int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(f.readAll()).count(page));
}

int barSets(const ReportChart *chart)
{
    int n = 0;
    for (QAbstractSeries *s : chart->chart()->series())
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            n += int(bars->count());
    return n;
}

// Answers the save dialog the window opened with `path`.
bool save(ReportsWindow *reports, const QString &path)
{
    QFileDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = visibleChild<QFileDialog>(reports, QStringLiteral("reportsSaveDialog"));
                return dialog != nullptr;
            },
            TimeoutMs))
        return false;
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    return true;
}
} // namespace

class TestReportsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool runAndWait(ReportsWindow *reports, const std::function<void()> &change)
    {
        QSignalSpy finished(reports, &ReportsWindow::finished);
        change();
        return QTest::qWaitFor([&] { return finished.count() > 0 && !reports->isRunning(); },
                               TimeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void leadWorksTheReports()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        ReportWorld w;
        w.seed(tdb.db());
        addStaff(tdb.db(), QStringLiteral("lena.b"), QStringLiteral("Lena Brandt"),
                 QStringLiteral("lead"));
        const auto session = openSession(tdb.settings(), QStringLiteral("lena.b"));
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(action(&window, QStringLiteral("reports.show"))->isVisible());
        QVERIFY(trigger(&window, QStringLiteral("reports.show")));
        auto *reports = child<ReportsWindow>(&window, QStringLiteral("reportsWindow"));
        QVERIFY(QTest::qWaitForWindowExposed(reports));
        auto *model = qobject_cast<ReportTableModel *>(
            child<QTableView>(reports, QStringLiteral("reportTable"))->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *kind = child<QComboBox>(reports, QStringLiteral("reportKind"));
        auto *by = child<QComboBox>(reports, QStringLiteral("reportBy"));
        auto *chart = child<ReportChart>(reports, QStringLiteral("reportChart"));

        // The seeded fortnight: volume per day, as the rows say.
        QVERIFY(runAndWait(reports, [&] {
            child<QDateEdit>(reports, QStringLiteral("reportFrom"))->setDate(w.from);
            child<QDateEdit>(reports, QStringLiteral("reportTo"))->setDate(w.to);
        }));
        QCOMPARE(model->rowCount(), 14);
        int created = 0;
        for (const WorldTicket &t : w.tickets)
            created += w.inRange(t.createdAt);
        int shown = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            shown += model->data(model->index(r, 1), Qt::UserRole).toInt();
        QCOMPARE(shown, created);
        QCOMPARE(chart->barRows().size(), 14);

        // Compared with the fortnight before: a third bar set beside created and resolved.
        QCOMPARE(barSets(chart), 2);
        QVERIFY(runAndWait(reports, [&] {
            child<QCheckBox>(reports, QStringLiteral("reportCompare"))->setChecked(true);
        }));
        QCOMPARE(barSets(chart), 3);

        // First response by category, then its login row opened as tickets in the main list.
        QVERIFY(
            runAndWait(reports, [&] { kind->setCurrentIndex(kind->findData("first-response")); }));
        QCOMPARE(by->currentData().toString(), QString("category"));
        QCOMPARE(model->data(model->index(0, 0)).toString(), QString("Login problem"));
        int logins = 0;
        for (const WorldTicket &t : w.tickets)
            logins += w.inRange(t.createdAt) && t.category == QLatin1String("login");
        QCOMPARE(model->data(model->index(0, 1), Qt::UserRole).toInt(), logins);
        auto *table = child<QTableView>(reports, QStringLiteral("reportTable"));
        table->setCurrentIndex(model->index(0, 0));
        QVERIFY(trigger(reports, QStringLiteral("reports.openTickets")));
        auto *queue = ticketModel(&window);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&window, QStringLiteral("queueTitle"))->text(),
                                  QString("First response: Login problem"), TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), logins, TimeoutMs);

        // Grouped by agent: the rows are the agents, by name.
        QVERIFY(runAndWait(reports, [&] { by->setCurrentIndex(by->findData("agent")); }));
        QCOMPARE(model->data(model->index(0, 1)).toString(), QString("Ana Ruiz"));

        // Every other report fills its table.
        for (const char *name :
             {"resolution", "sla", "escalations", "funnel", "links", "workload"}) {
            QVERIFY(runAndWait(reports, [&] { kind->setCurrentIndex(kind->findData(name)); }));
            QVERIFY2(model->rowCount() > 0, name);
            QVERIFY2(!chart->barRows().isEmpty(), name);
        }

        // The table as CSV: the same text the CLI prints.
        const QString csvPath = m_dir.filePath("workload.csv");
        QVERIFY(trigger(reports, QStringLiteral("reports.exportCsv")));
        QVERIFY(save(reports, csvPath));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csvPath), TimeoutMs);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()), ReportFormat::csv(model->table()));

        // Cancel while the PDF's figures are computed: no file.
        const QString cancelled = m_dir.filePath("cancelled.pdf");
        QVERIFY(trigger(reports, QStringLiteral("reports.exportPdf")));
        QVERIFY(save(reports, cancelled));
        QVERIFY(reports->isRunning() || QFile::exists(cancelled));
        if (reports->isRunning()) {
            QVERIFY(child<QPushButton>(reports, QStringLiteral("reportCancel"))->isVisible());
            QTest::mouseClick(child<QPushButton>(reports, QStringLiteral("reportCancel")),
                              Qt::LeftButton);
            QTest::qWait(500);
            QVERIFY(!QFile::exists(cancelled));
            QVERIFY(child<QLabel>(reports, QStringLiteral("reportNotice"))
                        ->text()
                        .startsWith("Cancelled"));
        }

        // Every report as a PDF: one page per report.
        const QString pdf = m_dir.filePath("reports.pdf");
        QVERIFY(runAndWait(reports, [&] {
            QVERIFY(trigger(reports, QStringLiteral("reports.exportPdf")));
            QVERIFY(save(reports, pdf));
        }));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(pdfPages(pdf), int(Report::all().size()));
    }

    void agentsHaveNoReports()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        addStaff(tdb.db(), QStringLiteral("sam"), QStringLiteral("Sam Agent"));
        const auto session = openSession(tdb.settings(), QStringLiteral("sam"));
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!action(&window, QStringLiteral("reports.show"))->isVisible());
        QVERIFY(!trigger(&window, QStringLiteral("reports.show")));
        ReportsWindow reports(session.get());
        QVERIFY(child<QLabel>(&reports, QStringLiteral("reportNotice"))
                    ->text()
                    .startsWith("Reports are for team leads and admins."));
    }

    // On the demo desk, as a lead would see it: each report's chart for the last 30 days.
    void screenshots()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        DemoOptions options;
        options.tickets = 3000;
        QVERIFY(DemoSeeder::seed(tdb.db(), options).ok());
        const auto session = openSession(tdb.settings(), QStringLiteral("priya.n"));
        MainWindow window(session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(trigger(&window, QStringLiteral("reports.show")));
        auto *reports = child<ReportsWindow>(&window, QStringLiteral("reportsWindow"));
        QVERIFY(QTest::qWaitForWindowExposed(reports));
        auto *kind = child<QComboBox>(reports, QStringLiteral("reportKind"));
        auto *chart = child<ReportChart>(reports, QStringLiteral("reportChart"));
        QVERIFY(runAndWait(reports, [&] {
            auto *range = child<QComboBox>(reports, QStringLiteral("reportRange"));
            range->setCurrentIndex(range->findData(30));
        }));
        const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
        const QString dir = sourceDir.isEmpty()
                                ? m_dir.path()
                                : QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
        for (ReportKind k : Report::all()) {
            QVERIFY(runAndWait(reports, [&] {
                if (kind->currentIndex() == kind->findData(Report::key(k)))
                    QVERIFY(trigger(reports, QStringLiteral("reports.refresh")));
                else
                    kind->setCurrentIndex(kind->findData(Report::key(k)));
            }));
            const QImage image = chart->grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(
                QDir(dir).filePath(QStringLiteral("reports-%1.png").arg(Report::key(k)))));
        }
        // The window as the README shows it: workload per agent.
        QVERIFY(runAndWait(reports, [&] {
            kind->setCurrentIndex(kind->findData(Report::key(ReportKind::Workload)));
        }));
        QVERIFY(reports->grab().toImage().save(QDir(dir).filePath("reports-window.png")));
    }
};

QTEST_MAIN(TestReportsGui)
#include "tst_reportsgui.moc"
