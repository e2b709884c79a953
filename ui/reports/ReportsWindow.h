#pragma once
// View › Reports, for team leads and admins: a report switcher, the days (a preset or a range),
// comparison with the days just before, filters (category, priority, channel, agent), the
// chart and the table under it. Figures come from ReportService on the worker, with progress
// and Cancel; a clicked bar or an opened row asks the main window to list those tickets. The
// table exports as CSV, every report of the range as a PDF with one page per report.

#include "reports/ReportService.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace helpdesk {

class AppSession;
class ReportChart;
class ReportTableModel;

class ReportsWindow : public QDialog
{
    Q_OBJECT
public:
    ReportsWindow(AppSession *session, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // The request the controls describe now.
    ReportRequest request() const;
    // From the start of a computation until its figures are shown (or its PDF written), not
    // only while the worker computes.
    bool isRunning() const { return m_busy; }

signals:
    // The tickets behind a bar or row, for the main window's list; title names them.
    void ticketsRequested(const QList<qint64> &ids, const QString &title);
    // A run (the report or the PDF's) finished, failed or was cancelled.
    void finished();

private:
    void buildControls();
    void fillReportChoices();
    void applyPreset();
    void schedule();
    void run();
    void cancel();
    void showSections(const QList<ReportSection> &sections);
    void showNotice(const QString &text, bool error);
    void setRunning(bool running, const QString &what);
    void openRow(int row);
    void exportCsv();
    void exportPdf();
    // A non-blocking save dialog (objectName "reportsSaveDialog"); fn gets the chosen path.
    void chooseFile(const QString &title, const QString &filter, const QString &suffix,
                    const QString &name, std::function<void(const QString &)> fn);

    AppSession *m_session;
    ReportService *m_service;
    ReportTableModel *m_model;
    ReportChart *m_chart;
    QComboBox *m_kind;
    QComboBox *m_by;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_compare;
    QComboBox *m_category;
    QComboBox *m_priority;
    QComboBox *m_channel;
    QComboBox *m_agent;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_notice;
    QTableView *m_table;
    QTimer m_debounce;
    QFuture<Result<QList<ReportSection>>> m_running;
    bool m_busy = false;
    QFutureWatcher<Result<QList<ReportSection>>> m_progressWatcher;
    QPointer<QFileDialog> m_saveDialog;
    ReportRequest m_shown; // what the chart and table show
    int m_generation = 0;
    bool m_allowed = false;
};

} // namespace helpdesk
