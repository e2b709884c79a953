#include "queue/TicketTableView.h"

#include "common/Colors.h"

#include "tickets/TicketQueueModel.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolTip>

#include <algorithm>
#include <iterator>

namespace helpdesk {

namespace {

constexpr int CountdownRefreshMs = 30 * 1000;

// Colours priority and status, draws the due time as a live countdown, and in the lead's view
// says how long the assignee has held each ticket; everything else is the default look.
class TicketItemDelegate : public QStyledItemDelegate
{
public:
    explicit TicketItemDelegate(TicketTableView *view) : QStyledItemDelegate(view), m_view(view) {}

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid()) {
            const QString tip = m_view->toolTipFor(index);
            if (!tip.isEmpty()) {
                QToolTip::showText(event->globalPos(), tip, view);
                return true;
            }
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(TicketQueueModel::LoadedRole).toBool()) {
            QColor grey = option->palette.color(QPalette::Text);
            grey.setAlpha(120);
            option->palette.setColor(QPalette::Text, grey);
            return;
        }
        // A customer's message the assignee has not opened yet: the row in bold, like unread mail.
        if (index.data(TicketQueueModel::UnreadRole).toBool())
            option->font.setBold(true);
        switch (TicketColumn(index.column())) {
        case TicketColumn::Priority: {
            const auto priority =
                TicketPriority(index.data(TicketQueueModel::PriorityRole).toInt());
            if (priority == TicketPriority::Urgent) {
                option->font.setBold(true);
                option->palette.setColor(
                    QPalette::Text,
                    Colors::text(Colors::Tone::Danger, option->palette, QPalette::Base));
            } else if (priority == TicketPriority::High) {
                option->palette.setColor(
                    QPalette::Text,
                    Colors::text(Colors::Tone::Warning, option->palette, QPalette::Base));
            }
            break;
        }
        case TicketColumn::Status: {
            const QString status = index.data(TicketQueueModel::StatusKeyRole).toString();
            if (status == Vocabulary::key(TicketStatus::Escalated)) {
                option->palette.setColor(
                    QPalette::Text,
                    Colors::text(Colors::Tone::Danger, option->palette, QPalette::Base));
                option->font.setBold(true);
            } else if (status == Vocabulary::key(TicketStatus::New)) {
                option->font.setBold(true);
            } else if (status == Vocabulary::key(TicketStatus::Resolved) ||
                       status == Vocabulary::key(TicketStatus::Closed)) {
                QColor grey = option->palette.color(QPalette::Text);
                grey.setAlpha(150);
                option->palette.setColor(QPalette::Text, grey);
            }
            break;
        }
        case TicketColumn::Due: {
            const TimeText::Due due = m_view->dueAt(index.row());
            option->text = due.text;
            const QColor ink = TimeText::dueColor(due.state, option->palette);
            if (ink.isValid())
                option->palette.setColor(QPalette::Text, ink);
            if (due.state == TimeText::Due::State::Overdue)
                option->font.setBold(true);
            break;
        }
        case TicketColumn::Assignee:
            if (m_view->isRiskSortMode()) {
                const QString held = m_view->heldForText(index.row());
                if (!held.isEmpty())
                    option->text = held;
            }
            break;
        default:
            break;
        }
    }

private:
    TicketTableView *m_view;
};

} // namespace

TicketTableView::TicketTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("ticketTable"));
    setAccessibleName(tr("Tickets"));
    setItemDelegate(new TicketItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for bulk actions; the current row is the one the detail panel shows.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);

    // Every row the same height, never measured from content: the view stays O(visible rows)
    // however long the queue is.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setTextElideMode(Qt::ElideRight); // the header's tool tip has it in full
    columns->setSectionsMovable(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 3);
    columns->setSortIndicatorShown(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            &TicketTableView::showColumnMenu);
    // In the lead's risk order the header shows no sort arrow; a click returns to column order.
    connect(columns, &QHeaderView::sectionClicked, this, [this](int section) {
        if (m_riskSort)
            leaveRiskSort(section);
    });

    // The countdowns move on without reloading anything: repaint what is visible.
    m_countdownTimer.setInterval(CountdownRefreshMs);
    connect(&m_countdownTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_countdownTimer.start();
}

QDateTime TicketTableView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TicketTableView::setWarningWindow(qint64 ms)
{
    if (m_warningWindowMs == ms)
        return;
    m_warningWindowMs = ms;
    viewport()->update();
}

void TicketTableView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    viewport()->update();
}

void TicketTableView::setRiskSortMode(bool on)
{
    if (m_riskSort == on)
        return;
    m_riskSort = on;
    // The assignee cells say for how long they have held each ticket: give them the room.
    QHeaderView *columns = horizontalHeader();
    const int assignee = int(TicketColumn::Assignee);
    if (on) {
        m_assigneeWidthBeforeRisk = columns->sectionSize(assignee);
        const int wanted =
            fontMetrics().horizontalAdvance(QString(12, u'n') + tr(" · 23 h 59 min")) + 16;
        columns->resizeSection(assignee, qMax(m_assigneeWidthBeforeRisk, wanted));
    } else if (m_assigneeWidthBeforeRisk > 0) {
        columns->resizeSection(assignee, m_assigneeWidthBeforeRisk);
        m_assigneeWidthBeforeRisk = 0;
    }
    // Sorting off hides the arrow and stops header clicks from sorting: the model keeps the
    // risk order until a click (sectionClicked) or leaving the queue turns it back on.
    setSortingEnabled(!on);
    viewport()->update();
    emit riskSortModeChanged(on);
}

void TicketTableView::leaveRiskSort(int section)
{
    if (!m_model || section < 0 || section >= int(TicketColumn::Count))
        return;
    QHeaderView *columns = horizontalHeader();
    columns->setSortIndicator(section, Qt::AscendingOrder);
    TicketQuery query = m_model->query();
    query.sortByRisk = false;
    query.sortColumn = TicketColumn(section);
    query.sortOrder = Qt::AscendingOrder;
    m_model->setQuery(query);
    // Re-enabling sorting sorts by the indicator, which the query already has: a no-op.
    setRiskSortMode(false);
}

TimeText::Due TicketTableView::dueAt(int row) const
{
    if (!m_model)
        return {};
    const QModelIndex index = m_model->index(row, int(TicketColumn::Due));
    if (!index.data(TicketQueueModel::LoadedRole).toBool())
        return {};
    const auto status =
        Vocabulary::statusFromKey(index.data(TicketQueueModel::StatusKeyRole).toString());
    return TimeText::due(index.data(TicketQueueModel::DueRole).toDateTime(),
                         status.value_or(TicketStatus::Open), now(), m_warningWindowMs);
}

QString TicketTableView::countdownText(int row) const
{
    return dueAt(row).text;
}

QString TicketTableView::heldForText(int row) const
{
    const auto ticket = m_model ? m_model->ticketAt(row) : std::nullopt;
    if (!ticket || !ticket->assigneeId)
        return {};
    if (!ticket->assignedAt.isValid())
        return ticket->assigneeName;
    return tr("%1 · %2").arg(ticket->assigneeName, TimeText::duration(qMax<qint64>(
                                                       0, ticket->assignedAt.msecsTo(now()))));
}

QString TicketTableView::toolTipFor(const QModelIndex &index) const
{
    const auto ticket = m_model ? m_model->ticketAt(index.row()) : std::nullopt;
    if (!ticket)
        return {};
    switch (TicketColumn(index.column())) {
    case TicketColumn::Due: {
        if (!ticket->resolutionDue.isValid())
            return {};
        const QString date =
            QLocale().toString(ticket->resolutionDue.toLocalTime(), QLocale::LongFormat);
        const TimeText::Due due = dueAt(index.row());
        return due.text.isEmpty() ? tr("Due %1").arg(date) : tr("Due %1 (%2)").arg(date, due.text);
    }
    case TicketColumn::Assignee:
        if (!ticket->assigneeId)
            return tr("Nobody holds this ticket");
        return TimeText::heldBy(ticket->assigneeName, ticket->assignedAt, now());
    default:
        return {};
    }
}

QList<qint64> TicketTableView::selectedTicketIds() const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        if (const qint64 id = m_model->ticketIdAt(row); id > 0)
            ids.append(id);
    return ids;
}

void TicketTableView::setTicketModel(TicketQueueModel *model, TicketQuery query,
                                     const QByteArray &headerState)
{
    m_model = model;
    setSortingEnabled(false);
    setModel(model);
    QHeaderView *columns = horizontalHeader();
    applyDefaultColumnWidths();
    if (!headerState.isEmpty())
        columns->restoreState(headerState);
    // A restored header decides the order; otherwise the header shows the query's order.
    const int section = columns->sortIndicatorSection();
    if (!headerState.isEmpty() && section >= 0 && section < int(TicketColumn::Count)) {
        query.sortColumn = TicketColumn(section);
        query.sortOrder = columns->sortIndicatorOrder();
    } else {
        columns->setSortIndicator(int(query.sortColumn), query.sortOrder);
    }
    model->setQuery(query);
    // Enabling sorting asks the model to sort by the indicator, which now matches: a no-op.
    setSortingEnabled(true);
}

QByteArray TicketTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

void TicketTableView::applyDefaultColumnWidths()
{
    const QFontMetrics fm = fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 16; };
    const QString dateSample =
        QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    // Vocabulary columns fit their longest label, bold where the delegate draws it bold.
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const auto widest = [&fm, &bold](const QList<QPair<QString, bool>> &labels) {
        int w = 0;
        for (const auto &[label, isBold] : labels)
            w = qMax(w, (isBold ? bold : fm).horizontalAdvance(label));
        return w + 20;
    };
    QList<QPair<QString, bool>> statuses, priorities, categories;
    for (TicketStatus s : Vocabulary::allStatuses())
        statuses.append(
            {Vocabulary::label(s), s == TicketStatus::New || s == TicketStatus::Escalated});
    for (TicketPriority p : Vocabulary::allPriorities())
        priorities.append({Vocabulary::label(p), p == TicketPriority::Urgent});
    for (TicketCategory k : Vocabulary::allCategories())
        categories.append({Vocabulary::label(k), false});
    QHeaderView *columns = horizontalHeader();
    columns->setStretchLastSection(false);
    const int widths[] = {
        width(QStringLiteral("#00000")), // Number
        width(QString(36, u'n')),        // Subject
        width(QString(13, u'n')),        // Requester
        widest(categories),
        widest(priorities),
        widest(statuses),
        width(QString(12, u'n')),                              // Assignee
        bold.horizontalAdvance(tr("overdue 9 h 59 min")) + 16, // Due
        width(dateSample),                                     // Updated
    };
    static_assert(std::size(widths) == std::size_t(TicketColumn::Count));
    const int indicator = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, columns) + 12;
    for (int section = 0; section < int(TicketColumn::Count); ++section) {
        // Never narrower than the header title with its sort arrow.
        const QString title =
            m_model ? m_model->headerData(section, Qt::Horizontal).toString() : QString();
        columns->resizeSection(section,
                               qMax(widths[section], fm.horizontalAdvance(title) + indicator));
    }
    // The subject takes whatever room is left; the rest keep their size unless dragged.
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(int(TicketColumn::Subject), QHeaderView::Stretch);
    // Category and last update are in the detail panel; the header's menu shows them here.
    // The due column is the live SLA countdown, so it is shown and the subject keeps room.
    columns->setSectionHidden(int(TicketColumn::Category), true);
    columns->setSectionHidden(int(TicketColumn::Updated), true);
}

void TicketTableView::showColumnMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QHeaderView *columns = horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int section = 0; section < int(TicketColumn::Count); ++section) {
        const auto column = TicketColumn(section);
        if (column == TicketColumn::Number || column == TicketColumn::Subject)
            continue; // always shown: a row must say which ticket it is
        QAction *action = menu.addAction(m_model->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(section));
        connect(action, &QAction::toggled, columns,
                [columns, section](bool shown) { columns->setSectionHidden(section, !shown); });
    }
    menu.exec(columns->viewport()->mapToGlobal(pos));
}

qint64 TicketTableView::currentTicketId() const
{
    const QModelIndex current = currentIndex();
    return m_model && current.isValid() ? m_model->ticketIdAt(current.row()) : 0;
}

bool TicketTableView::selectTicket(qint64 ticketId)
{
    if (!m_model || ticketId <= 0)
        return false;
    const int row = m_model->rowOfTicket(ticketId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, qMax(0, currentIndex().column()));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

} // namespace helpdesk
