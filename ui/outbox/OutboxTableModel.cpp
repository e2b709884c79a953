#include "outbox/OutboxTableModel.h"

#include "common/Colors.h"
#include "common/Futures.h"
#include "common/TimeText.h"
#include "db/DbWorker.h"
#include "mail/OutboxService.h"
#include "tickets/Ticket.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace helpdesk {

OutboxTableModel::OutboxTableModel(OutboxService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

OutboxTableModel::~OutboxTableModel() = default;

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::statusText(const OutboxEntry &e)
{
    if (e.bouncedAt.isValid())
        return tr("Undeliverable");
    return OutboxStatuses::label(e.status);
}

QString OutboxTableModel::problemText(const OutboxEntry &e)
{
    // The remote server's bounce first: the relay accepted the mail, but it did not arrive.
    if (e.bouncedAt.isValid())
        return e.bounceReason;
    // The relay's own words first: that is what an admin looks up; the details pane has both.
    if (!e.serverReply.isEmpty())
        return e.serverReply;
    return e.status == OutboxStatus::Sent ? QString() : e.lastError;
}

QString OutboxTableModel::nextAttemptText(const OutboxEntry &e) const
{
    if (e.status != OutboxStatus::Queued || !e.nextAttemptAt.isValid())
        return {};
    const qint64 ms = m_clock().msecsTo(e.nextAttemptAt);
    if (ms <= 0)
        return tr("now");
    return tr("%1 (in %2)").arg(TimeText::dateTime(e.nextAttemptAt), TimeText::duration(ms));
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case OutboxIdRole:
        return QVariant::fromValue(e.id);
    case StatusKeyRole:
        return OutboxStatuses::key(e.status);
    case TicketIdRole:
        return QVariant::fromValue(e.ticketId.value_or(0));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Status:
            return statusText(e);
        case To:
            return e.to.displayName.isEmpty()
                       ? e.to.address
                       : QStringLiteral("%1 <%2>").arg(e.to.displayName, e.to.address);
        case Subject:
            return e.subject;
        case Ticket:
            return e.ticketId ? ticketNumberText(*e.ticketId) : QString();
        case Attempts:
            return e.attempts;
        case NextAttempt:
            return nextAttemptText(e);
        case Problem:
            return problemText(e).replace(u'\n', u' ');
        case Created:
            return TimeText::dateTime(e.createdAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Problem && !problemText(e).isEmpty())
            return problemText(e);
        if (index.column() == Status && e.status == OutboxStatus::Sent)
            return tr("Accepted by the mail relay at %1").arg(TimeText::dateTime(e.sentAt));
        if (index.column() == Status && e.status == OutboxStatus::Failed)
            return tr("Not sent. Retry it once the cause is fixed, or cancel it.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status || index.column() == Problem) {
            if (e.status == OutboxStatus::Failed)
                return Colors::text(Colors::Tone::Danger, QGuiApplication::palette(),
                                    QPalette::Base);
            if (e.status == OutboxStatus::Queued && !e.lastError.isEmpty())
                return Colors::text(Colors::Tone::Warning, QGuiApplication::palette(),
                                    QPalette::Base);
        }
        if (e.status == OutboxStatus::Cancelled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // The tool tip is the header in full: a narrow column elides it.
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    switch (section) {
    case Status:
        return tr("Status");
    case To:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Ticket:
        return tr("Ticket");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Problem:
        return tr("Last error / server reply");
    case Created:
        return tr("Queued at");
    default:
        return {};
    }
}

void OutboxTableModel::setStatusFilter(std::optional<OutboxStatus> status)
{
    if (status == m_filter && m_loaded)
        return;
    m_filter = status;
    // Rows of the old filter must not stay on screen under the new one.
    beginResetModel();
    m_entries.clear();
    endResetModel();
    m_loading = false;
    refresh();
}

void OutboxTableModel::refresh()
{
    if (m_loading) {
        m_reloadAgain = true; // one more load after this one: it may predate the change
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    const quint64 generation = ++m_generation;
    // Answers for a model that is gone are dropped (whenDone); stale ones by the generation.
    whenDone(m_service->list(m_filter, m_limit), this,
             [this, generation](const Result<QList<OutboxEntry>> &list) {
                 if (generation != m_generation)
                     return;
                 m_loading = false;
                 if (!list)
                     emit errorOccurred(list.error().message);
                 else
                     setEntries(list.value());
                 if (m_reloadAgain)
                     refresh();
             });
}

void OutboxTableModel::setEntries(const QList<OutboxEntry> &entries)
{
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;
    if (sameRows) {
        // Same messages in the same order: update in place, so selection and scroll stay.
        m_entries = entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
    m_loaded = true;
    emit loaded();
}

std::optional<OutboxEntry> OutboxTableModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

int OutboxTableModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return int(i);
    return -1;
}

} // namespace helpdesk
