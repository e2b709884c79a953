#include "reports/ReportsWindow.h"

#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "reports/ReportChart.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPdf.h"
#include "reports/ReportTableModel.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int DrillDownLimit = 2000;
constexpr int DebounceMs = 150;

template <typename E, typename Labels>
void fillVocabulary(QComboBox *box, const QList<E> &values, Labels label)
{
    box->addItem(ReportsWindow::tr("All"));
    for (E v : values)
        box->addItem(label(v), Vocabulary::key(v));
}
} // namespace

ReportsWindow::ReportsWindow(AppSession *session, QWidget *parent)
    : QDialog(parent), m_session(session),
      m_service(new ReportService(session->worker(), session->me().value_or(Staff{}), this)),
      m_model(new ReportTableModel(this)), m_chart(new ReportChart(this)),
      m_kind(new QComboBox(this)), m_by(new QComboBox(this)), m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_compare(new QCheckBox(this)),
      m_category(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_agent(new QComboBox(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_notice(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    setAccessibleName(tr("Reports for team leads"));
    m_allowed = session->me() && ReportService::mayRead(*session->me()).ok();
    buildControls();
    resize(1200, 780);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReportsWindow::run);
    connect(&m_progressWatcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_progressWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    if (!m_allowed) {
        showNotice(tr("Reports are for team leads and admins. Ask a team lead for the figures "
                      "you need."),
                   true);
        return;
    }
    whenDone(session->staff()->all(), this, [this](const Result<QList<Staff>> &staff) {
        if (!staff)
            return;
        for (const Staff &s : staff.value())
            if (s.active && s.role != StaffRole::Admin)
                m_agent->addItem(s.displayName, QVariant::fromValue(s.id));
    });
    schedule();
}

ReportsWindow::~ReportsWindow()
{
    m_running.cancel();
}

void ReportsWindow::buildControls()
{
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind k : Report::all())
        m_kind->addItem(Report::title(k), Report::key(k));
    m_by->setObjectName(QStringLiteral("reportBy"));
    m_preset->setObjectName(QStringLiteral("reportRange"));
    m_preset->addItem(tr("Last 7 days"), 7);
    m_preset->addItem(tr("Last 30 days"), 30);
    m_preset->addItem(tr("Last 90 days"), 90);
    m_preset->addItem(tr("Chosen days"), 0);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_compare->setObjectName(QStringLiteral("reportCompare"));
    m_compare->setText(tr("Compare with the days &before"));
    m_category->setObjectName(QStringLiteral("reportCategory"));
    fillVocabulary(m_category, Vocabulary::allCategories(),
                   [](TicketCategory c) { return Vocabulary::label(c); });
    m_priority->setObjectName(QStringLiteral("reportPriority"));
    fillVocabulary(m_priority, Vocabulary::allPriorities(),
                   [](TicketPriority p) { return Vocabulary::label(p); });
    m_channel->setObjectName(QStringLiteral("reportChannel"));
    fillVocabulary(m_channel, Vocabulary::allChannels(),
                   [](TicketChannel c) { return Vocabulary::label(c); });
    m_agent->setObjectName(QStringLiteral("reportAgent"));
    m_agent->addItem(tr("Everyone"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *first = new QHBoxLayout;
    first->addWidget(label(tr("&Report:"), m_kind));
    first->addWidget(m_kind);
    first->addWidget(label(tr("&Group by:"), m_by));
    first->addWidget(m_by);
    first->addSpacing(12);
    first->addWidget(label(tr("&Days:"), m_preset));
    first->addWidget(m_preset);
    first->addWidget(label(tr("&From:"), m_from));
    first->addWidget(m_from);
    first->addWidget(label(tr("&To:"), m_to));
    first->addWidget(m_to);
    first->addWidget(m_compare);
    first->addStretch(1);
    auto *second = new QHBoxLayout;
    second->addWidget(label(tr("C&ategory:"), m_category));
    second->addWidget(m_category);
    second->addWidget(label(tr("&Priority:"), m_priority));
    second->addWidget(m_priority);
    second->addWidget(label(tr("C&hannel:"), m_channel));
    second->addWidget(m_channel);
    second->addWidget(label(tr("A&gent:"), m_agent));
    second->addWidget(m_agent);
    second->addStretch(1);

    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Report progress"));
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancel);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_chart->setAccessibleName(tr("Report chart"));
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Report table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 300});

    auto *actions = new ActionRegistry(this);
    QAction *csv = actions->create(QStringLiteral("reports.exportCsv"));
    connect(csv, &QAction::triggered, this, &ReportsWindow::exportCsv);
    QAction *pdf = actions->create(QStringLiteral("reports.exportPdf"));
    connect(pdf, &QAction::triggered, this, &ReportsWindow::exportPdf);
    QAction *open = actions->create(QStringLiteral("reports.openTickets"), m_table);
    connect(open, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openRow(m_table->currentIndex().row());
    });
    QAction *refresh = actions->create(QStringLiteral("reports.refresh"));
    connect(refresh, &QAction::triggered, this, &ReportsWindow::run);
    ActionCatalog::addCloseAction(actions, this);
    for (QAction *a : {csv, pdf, open, refresh})
        a->setEnabled(m_allowed);
    const auto button = [this](QAction *action, const QString &name) {
        auto *b = new QPushButton(action->text(), this);
        b->setObjectName(name);
        b->setToolTip(action->toolTip());
        b->setAutoDefault(false);
        b->setEnabled(action->isEnabled());
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
        return b;
    };
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(open, QStringLiteral("reportOpenButton")));
    buttons->addWidget(button(csv, QStringLiteral("reportCsvButton")));
    buttons->addWidget(button(pdf, QStringLiteral("reportPdfButton")));
    buttons->addWidget(button(refresh, QStringLiteral("reportRefreshButton")));
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addLayout(progress);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    fillReportChoices();
    m_preset->setCurrentIndex(0);
    applyPreset();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillReportChoices();
        schedule();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsWindow::applyPreset);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_preset->signalsBlocked())
                m_preset->setCurrentIndex(m_preset->count() - 1);
            schedule();
        });
    for (QComboBox *box : {m_by, m_category, m_priority, m_channel, m_agent})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportsWindow::schedule);
    connect(m_compare, &QCheckBox::toggled, this, &ReportsWindow::schedule);
    connect(m_chart, &ReportChart::rowClicked, this, &ReportsWindow::openRow);
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
}

void ReportsWindow::fillReportChoices()
{
    const QSignalBlocker blocker(m_by);
    m_by->clear();
    const auto kind = Report::kindFromKey(m_kind->currentData().toString());
    for (ReportDimension d : Report::dimensions(kind.value_or(ReportKind::Volume)))
        m_by->addItem(Report::label(d), Report::key(d));
    m_by->setEnabled(m_by->count() > 1);
}

void ReportsWindow::applyPreset()
{
    const int days = m_preset->currentData().toInt();
    if (days <= 0)
        return;
    const QSignalBlocker blockPreset(m_preset);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    m_from->setDate(today.addDays(1 - days));
    schedule();
}

ReportRequest ReportsWindow::request() const
{
    ReportRequest r;
    r.kind = Report::kindFromKey(m_kind->currentData().toString()).value_or(ReportKind::Volume);
    r.by = Report::dimensionFromKey(m_by->currentData().toString());
    r.from = m_from->date();
    r.to = m_to->date();
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    r.filter.category = Vocabulary::categoryFromKey(m_category->currentData().toString());
    r.filter.priority = Vocabulary::priorityFromKey(m_priority->currentData().toString());
    r.filter.channel = Vocabulary::channelFromKey(m_channel->currentData().toString());
    if (const QVariant id = m_agent->currentData(); id.isValid())
        r.filter.agentId = id.toLongLong();
    return r;
}

void ReportsWindow::schedule()
{
    if (m_allowed)
        m_debounce.start();
}

void ReportsWindow::setRunning(bool running, const QString &what)
{
    m_busy = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what + QStringLiteral(" %p%"));
    }
}

void ReportsWindow::run()
{
    const ReportRequest r = request();
    if (r.to < r.from) {
        showNotice(tr("The last day is before the first; choose a later last day."), true);
        return;
    }
    m_running.cancel();
    const int generation = ++m_generation;
    m_running = m_service->run({r}, m_compare->isChecked());
    m_progressWatcher.setFuture(m_running);
    setRunning(true, tr("Computing %1…").arg(Report::title(r.kind)));
    whenDone(m_running, this, [this, generation, r](const Result<QList<ReportSection>> &sections) {
        if (generation != m_generation)
            return;
        setRunning(false, {});
        if (!sections) {
            showNotice(sections.error().message, true);
        } else {
            m_shown = r;
            showSections(sections.value());
        }
        emit finished();
    });
}

void ReportsWindow::cancel()
{
    ++m_generation;
    m_running.cancel();
    setRunning(false, {});
    showNotice(tr("Cancelled. The figures shown are from before; press F5 to compute them "
                  "again."),
               false);
    emit finished();
}

void ReportsWindow::showSections(const QList<ReportSection> &sections)
{
    if (sections.isEmpty())
        return;
    const ReportSection &s = sections.constFirst();
    m_model->setTable(s.current);
    m_chart->setTables(s.current, s.previous);
    if (s.current.rows.isEmpty())
        showNotice(tr("Nothing in these days with these filters."), false);
    else
        m_notice->hide();
}

void ReportsWindow::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setProperty("error", error);
    m_notice->show();
}

void ReportsWindow::openRow(int row)
{
    const ReportTable &t = m_model->table();
    if (row < 0 || row >= t.rows.size())
        return;
    const QVariantList cells = t.rows.at(row);
    QString what = t.kind == ReportKind::Funnel ? cells.value(3).toString() : t.display(row, 0);
    if (t.by == ReportDimension::Agent)
        what = cells.value(1).toString();
    const QString title = tr("%1: %2").arg(Report::title(t.kind), what);
    whenDone(m_service->ticketIds(m_shown, cells, DrillDownLimit), this,
             [this, title](const Result<QList<qint64>> &ids) {
                 if (!ids) {
                     showNotice(ids.error().message, true);
                     return;
                 }
                 if (ids->isEmpty()) {
                     showNotice(tr("No tickets behind this row."), false);
                     return;
                 }
                 emit ticketsRequested(ids.value(),
                                       ids->size() >= DrillDownLimit
                                           ? tr("%1 (the newest %2)").arg(title).arg(DrillDownLimit)
                                           : title);
             });
}

void ReportsWindow::chooseFile(const QString &title, const QString &filter, const QString &suffix,
                               const QString &name, std::function<void(const QString &)> fn)
{
    if (m_saveDialog)
        m_saveDialog->deleteLater();
    m_saveDialog = new QFileDialog(this, title);
    m_saveDialog->setObjectName(QStringLiteral("reportsSaveDialog"));
    m_saveDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_saveDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_saveDialog->setNameFilter(filter);
    m_saveDialog->setDefaultSuffix(suffix);
    m_saveDialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_saveDialog->selectFile(name);
    connect(m_saveDialog, &QFileDialog::fileSelected, this, std::move(fn));
    m_saveDialog->open();
}

void ReportsWindow::exportCsv()
{
    const ReportTable table = m_model->table();
    if (table.columns.isEmpty())
        return;
    const QString name = QStringLiteral("%1-%2-%3.csv")
                             .arg(Report::key(table.kind), table.from.toString(Qt::ISODate),
                                  table.to.toString(Qt::ISODate));
    chooseFile(tr("Export Table as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"), name,
               [this, table](const QString &path) {
                   QSaveFile file(path);
                   if (!file.open(QIODevice::WriteOnly) ||
                       file.write(ReportFormat::csv(table).toUtf8()) < 0 || !file.commit()) {
                       showNotice(tr("%1 could not be written: %2. Choose another folder.")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()),
                                  true);
                       return;
                   }
                   showNotice(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
               });
}

void ReportsWindow::exportPdf()
{
    const ReportRequest shown = request();
    const QString name = QStringLiteral("reports-%1-%2.pdf")
                             .arg(shown.from.toString(Qt::ISODate), shown.to.toString(Qt::ISODate));
    chooseFile(
        tr("Export Report as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"), name,
        [this, shown](const QString &path) {
            // Every report of these days and filters, one section each.
            QList<ReportRequest> all;
            for (ReportKind k : Report::all()) {
                ReportRequest r = shown;
                r.kind = k;
                if (k != shown.kind)
                    r.by.reset();
                all << r;
            }
            m_running.cancel();
            const int generation = ++m_generation;
            m_running = m_service->run(all, m_compare->isChecked());
            m_progressWatcher.setFuture(m_running);
            setRunning(true, tr("Preparing the PDF…"));
            whenDone(
                m_running, this, [this, generation, path](const Result<QList<ReportSection>> &s) {
                    if (generation != m_generation)
                        return;
                    setRunning(false, {});
                    Result<void> written =
                        s ? ReportPdf::write(path, s.value(), m_session->settings().displayUrl())
                          : Result<void>(s.error());
                    if (written)
                        showNotice(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
                    else
                        showNotice(written.error().message, true);
                    emit finished();
                });
        });
}

} // namespace helpdesk
