#include "queue/TicketListPane.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "queue/TicketTableView.h"
#include "tickets/TicketQueueModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace helpdesk {

namespace {
constexpr int FilterDelayMs = 250;

QLabel *emptyPage(const QString &name, Qt::TextFormat format, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(format);
    label->setMargin(24);
    return label;
}
} // namespace

TicketListPane::TicketListPane(DbWorker *worker, ActionRegistry *actions, QWidget *parent)
    : QWidget(parent), m_model(new TicketQueueModel(worker, this)), m_title(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_pages(new QStackedWidget(this)),
      m_table(new TicketTableView(m_pages)),
      m_emptyDatabase(emptyPage(QStringLiteral("emptyStateLabel"), Qt::RichText, m_pages)),
      m_emptyQueue(emptyPage(QStringLiteral("emptyQueueLabel"), Qt::PlainText, m_pages))
{
    setObjectName(QStringLiteral("ticketListPane"));
    m_model->setObjectName(QStringLiteral("ticketModel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    auto *headerRow = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("queueTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter tickets"));
    m_filter->setPlaceholderText(tr("Filter by subject, requester or #number (%1)")
                                     .arg(ActionCatalog::keyText(u"list.filter")));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_filter->installEventFilter(this);
    headerRow->addWidget(m_title, 1);
    headerRow->addWidget(m_filter);
    layout->addLayout(headerRow);

    m_emptyDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_emptyDatabase);
    m_pages->addWidget(m_emptyQueue);
    layout->addWidget(m_pages, 1);

    connect(actions->create(QStringLiteral("list.filter")), &QAction::triggered, this,
            &TicketListPane::focusFilter);
    connect(actions->create(QStringLiteral("list.focus")), &QAction::triggered, this,
            &TicketListPane::focusTable);
    // Enter opens the ticket only while the table has focus; elsewhere Enter keeps its meaning.
    connect(actions->create(QStringLiteral("list.open"), m_table), &QAction::triggered, this,
            &TicketListPane::openCurrent);

    connect(m_model, &TicketQueueModel::loadingChanged, this, [this](bool loading) {
        emit loadingChanged(loading);
        if (!loading)
            emit rowCountChanged(m_model->isIndexComplete() ? m_model->rowCount() : -1);
    });
    connect(m_model, &TicketQueueModel::errorOccurred, this, &TicketListPane::errorOccurred);
    connect(m_model, &TicketQueueModel::firstPageLoaded, this, [this] {
        restoreSelection();
        updatePage();
    });
    connect(m_model, &TicketQueueModel::indexLoaded, this, [this] {
        restoreSelection();
        updatePage();
        emit rowCountChanged(m_model->rowCount());
        settleAfterQuery();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TicketListPane::restoreSelection);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &TicketListPane::applyQuery);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    // Enter opens the ticket the filter finds (the first row), once the rows for what was typed
    // are in: never a row of the previous result that happens to be on screen.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer.stop();
        m_openFirstWhenLoaded = true;
        applyQuery();
        if (!m_model->isLoading() && m_model->isIndexComplete())
            settleAfterQuery();
    });
}

void TicketListPane::setStaff(std::optional<qint64> staffId, const QString &login)
{
    m_staffId = staffId;
    m_login = login;
}

void TicketListPane::setDatabaseName(const QString &displayUrl)
{
    m_databaseName = displayUrl;
}

void TicketListPane::start(QueueKind queue, const QByteArray &headerState)
{
    m_queue = queue;
    m_title->setText(Queues::label(queue));
    TicketQuery query;
    query.queue = queue;
    query.sortByRisk = queue == QueueKind::Escalated;
    query.currentStaffId = m_staffId;
    m_table->setTicketModel(m_model, query, headerState);
    // The model keeps the risk order; the view only stops offering column sorting.
    m_table->setRiskSortMode(query.sortByRisk);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &) { onCurrentRowChanged(current); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TicketListPane::selectionChanged);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_table->indexAt(pos).isValid())
            emit contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QAbstractItemView::activated, this, &TicketListPane::openCurrent);
    m_table->setFocus();
}

QByteArray TicketListPane::headerState() const
{
    return m_table->saveHeaderState();
}

QueueKind TicketListPane::queue() const
{
    return m_queue;
}

void TicketListPane::showQueue(QueueKind kind)
{
    m_queue = kind;
    m_title->setText(Queues::label(kind));
    // The escalated queue is the lead's view: most at risk first, until a header is clicked.
    setRiskSort(kind == QueueKind::Escalated);
}

void TicketListPane::setRiskSort(bool on)
{
    // Order matters: sorting off before the risk query, on again only after the column
    // query is in, so that neither step reloads the queue twice.
    if (on)
        m_table->setRiskSortMode(true);
    applyQuery();
    if (!on)
        m_table->setRiskSortMode(false);
}

void TicketListPane::setWarningWindow(qint64 ms)
{
    m_warningWindowMs = ms;
    m_table->setWarningWindow(ms);
}

void TicketListPane::setTotalTickets(qint64 total)
{
    m_totalTickets = total;
    updatePage();
}

void TicketListPane::refresh()
{
    m_model->refresh();
}

void TicketListPane::clearFilter()
{
    if (m_filter->text().isEmpty())
        return;
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filterTimer.stop();
}

void TicketListPane::applyQuery()
{
    TicketQuery query = m_model->query();
    query.queue = m_queue;
    query.currentStaffId = m_staffId;
    query.filterText = m_filter->text().trimmed();
    query.breachWarningMs = m_warningWindowMs;
    query.sortByRisk = m_table->isRiskSortMode();
    if (query == m_model->query())
        return;
    emit rowCountChanged(-1);
    m_querySettled = false;
    m_model->setQuery(query);
    updatePage();
}

void TicketListPane::settleAfterQuery()
{
    const bool openFirst = std::exchange(m_openFirstWhenLoaded, false);
    if (openFirst) {
        if (m_model->rowCount() == 0) {
            // Nothing matches: the agent stays in the filter to change it, and no ticket stays
            // shown for an empty list.
            forgetChosen();
            m_filter->setFocus();
            return;
        }
        m_querySettled = true;
        const QModelIndex first = m_model->index(0, 0);
        m_table->setFocus(Qt::ShortcutFocusReason);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        if (const qint64 id = ticketOf(first); id > 0) {
            m_chosen = id;
            emit openRequested(id);
        }
        return;
    }
    if (std::exchange(m_querySettled, true))
        return;
    // A filter or another queue that hides the ticket shown takes it off the screen with its
    // editor, so that no key acts on a ticket the list no longer shows. (A refresh after a
    // change keeps it: the ticket the agent works on may just have left this queue.)
    if (m_chosen > 0 && m_model->rowOfTicket(m_chosen) < 0)
        forgetChosen();
}

void TicketListPane::forgetChosen()
{
    if (m_chosen <= 0)
        return;
    m_chosen = 0;
    emit chosenTicketHidden();
}

void TicketListPane::updatePage()
{
    if (m_totalTickets == 0) {
        const QString code = QStringLiteral("<code>%1</code>");
        m_emptyDatabase->setText(
            tr("<h2>No tickets yet</h2>"
               "<p>This database does not hold any tickets.</p>"
               "<p>To try Helpdesk with realistic demo data, start it with %1<br/>"
               "or fill this database with %2</p>"
               "<p>To work with your team, connect to the shared server:<br/>%3</p>"
               "<p>Database in use: %4</p>")
                .arg(code.arg(QStringLiteral("helpdesk --demo")),
                     code.arg(QStringLiteral("helpdesk-admin seed-demo")),
                     code.arg(
                         QStringLiteral("helpdesk --database postgresql://user@host:port/dbname")),
                     code.arg(m_databaseName.toHtmlEscaped())));
        m_pages->setCurrentWidget(m_emptyDatabase);
        return;
    }
    if (m_model->isIndexComplete() && m_model->rowCount() == 0) {
        const QString filter = m_model->query().filterText;
        const QString queue = Queues::label(m_model->query().queue);
        if (!filter.isEmpty())
            m_emptyQueue->setText(tr("No tickets in “%1” match “%2”.\nPress Esc in the filter "
                                     "to clear it.")
                                      .arg(queue, filter));
        else if (m_model->query().queue == QueueKind::MyOpen && !m_staffId)
            m_emptyQueue->setText(tr("“%1” is empty because the staff login “%2” was not found.")
                                      .arg(queue, m_login));
        else
            m_emptyQueue->setText(tr("No tickets in “%1”.").arg(queue));
        const bool hadFocus = m_table->hasFocus();
        m_pages->setCurrentWidget(m_emptyQueue);
        if (hadFocus)
            m_filter->setFocus();
        return;
    }
    m_pages->setCurrentWidget(m_table);
}

void TicketListPane::choose(qint64 ticketId)
{
    // Chosen from elsewhere (search, the Outbox): shown even when this queue does not have it,
    // until the next filter or queue change.
    m_querySettled = true;
    m_chosen = ticketId;
    restoreSelection();
}

void TicketListPane::restoreSelection()
{
    if (m_chosen <= 0 || m_table->currentTicketId() == m_chosen)
        return;
    m_table->selectTicket(m_chosen);
}

qint64 TicketListPane::ticketOf(const QModelIndex &index) const
{
    return index.isValid() ? m_model->ticketIdAt(index.row()) : 0;
}

void TicketListPane::onCurrentRowChanged(const QModelIndex &current)
{
    // An invalid current index comes from a reload; the ticket is re-selected when it is back.
    if (const qint64 id = ticketOf(current); id > 0) {
        m_chosen = id;
        emit ticketChosen(id);
    }
}

void TicketListPane::openCurrent()
{
    if (const qint64 id = ticketOf(m_table->currentIndex()); id > 0) {
        m_chosen = id;
        emit openRequested(id);
    }
}

std::optional<Ticket> TicketListPane::loadedTicket(qint64 ticketId) const
{
    const int row = m_model->rowOfTicket(ticketId);
    return row >= 0 ? m_model->ticketAt(row) : std::nullopt;
}

QList<qint64> TicketListPane::selectedTicketIds() const
{
    return m_table->selectedTicketIds();
}

int TicketListPane::selectedCount() const
{
    // From the ranges, not selectedRows(): a selection of every row stays cheap to count.
    int rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.height();
    return rows;
}

QPoint TicketListPane::currentRowPosition() const
{
    return m_table->viewport()->mapToGlobal(
        m_table->visualRect(m_table->currentIndex()).bottomLeft());
}

void TicketListPane::focusTable()
{
    if (m_pages->currentWidget() != m_table)
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TicketListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool TicketListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (ActionCatalog::matches(u"list.clearFilter", key)) {
            m_filter->clear();
            m_filterTimer.stop();
            applyQuery();
            focusTable();
            return true;
        }
        if (ActionCatalog::matches(u"list.fromFilter", key)) {
            focusTable();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace helpdesk
