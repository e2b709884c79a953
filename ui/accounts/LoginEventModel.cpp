#include "accounts/LoginEventModel.h"

#include "common/Colors.h"

#include "accounts/AccountService.h"
#include "common/Futures.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace helpdesk {

namespace {
bool newer(const LoginEvent &a, const LoginEvent &b)
{
    return a.at > b.at || (a.at == b.at && a.id > b.id);
}
} // namespace

LoginEventModel::LoginEventModel(AccountService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{}

void LoginEventModel::setAccount(qint64 accountId)
{
    beginResetModel();
    ++m_generation;
    m_accountId = accountId;
    m_events.clear();
    m_next.reset();
    m_loadedOnce = false;
    m_refreshing = false;
    endResetModel();
    setLoading(false);
    if (accountId > 0)
        requestPage(std::nullopt);
}

void LoginEventModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void LoginEventModel::requestPage(std::optional<LoginCursor> after)
{
    setLoading(true);
    const quint64 generation = m_generation;
    whenDone(m_service->loginEvents(m_accountId, after, m_pageSize), this,
             [this, generation](const helpdesk::Result<LoginEventPage> &page) {
                 // A job that finished before its continuation was attached answers at once,
                 // possibly inside a view's or a tester's slot; apply it from the event loop.
                 QMetaObject::invokeMethod(
                     this, [this, generation, page] { applyPage(generation, page); },
                     Qt::QueuedConnection);
             });
}

void LoginEventModel::applyPage(quint64 generation, const helpdesk::Result<LoginEventPage> &page)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!page) {
        // Stop asking until the next refresh, or a view would retry forever.
        m_next.reset();
        m_loadedOnce = true;
        emit errorOccurred(page.error().message);
        return;
    }
    const QList<LoginEvent> &events = page->events;
    m_loadedOnce = true;
    m_next = page->next;
    if (!events.isEmpty()) {
        const int first = int(m_events.size());
        beginInsertRows({}, first, first + int(events.size()) - 1);
        m_events.append(events);
        endInsertRows();
    }
    emit pageLoaded(int(events.size()));
}

void LoginEventModel::refresh()
{
    if (m_accountId <= 0 || m_refreshing)
        return;
    if (!m_loadedOnce) {
        if (!m_loading)
            requestPage(std::nullopt);
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    whenDone(m_service->loginEvents(m_accountId, std::nullopt, m_pageSize), this,
             [this, generation](const helpdesk::Result<LoginEventPage> &page) {
                 QMetaObject::invokeMethod(
                     this, [this, generation, page] { applyRefresh(generation, page); },
                     Qt::QueuedConnection);
             });
}

void LoginEventModel::applyRefresh(quint64 generation, const helpdesk::Result<LoginEventPage> &page)
{
    if (generation != m_generation)
        return;
    m_refreshing = false;
    if (!page) {
        emit errorOccurred(page.error().message);
        return;
    }
    const QList<LoginEvent> &events = page->events;
    if (m_events.isEmpty()) {
        if (events.isEmpty())
            return;
        beginInsertRows({}, 0, int(events.size()) - 1);
        m_events = events;
        m_next = page->next;
        endInsertRows();
        emit pageLoaded(int(events.size()));
        return;
    }
    int fresh = 0;
    while (fresh < events.size() && newer(events.at(fresh), m_events.constFirst()))
        ++fresh;
    if (fresh == 0)
        return;
    if (fresh == events.size() && page->next) {
        // More new sign-ins than a page: the rows between are unknown, so start over.
        beginResetModel();
        ++m_generation; // an older page on its way no longer fits
        m_events = events;
        m_next = page->next;
        endResetModel();
        setLoading(false);
        emit pageLoaded(int(events.size()));
        return;
    }
    beginInsertRows({}, 0, fresh - 1);
    m_events = events.mid(0, fresh) + m_events;
    endInsertRows();
    emit pageLoaded(fresh);
}

void LoginEventModel::setFlaggedEvents(const QSet<qint64> &eventIds)
{
    if (eventIds == m_flagged)
        return;
    m_flagged = eventIds;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

int LoginEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int LoginEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoginEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoginEvent &e = m_events.at(index.row());
    const bool flagged = m_flagged.contains(e.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Outcome:
            return e.success ? tr("Success") : tr("Failed");
        case Device:
            return e.device;
        case Browser:
            return e.browser;
        case Ip:
            return e.ip;
        case Location:
            return e.location().isEmpty() ? tr("Unknown") : e.location();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip;
        if (index.column() == Time)
            tip = QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        else if (index.column() == Device || index.column() == Browser)
            tip = e.userAgent;
        if (flagged)
            tip = tip.isEmpty() ? tr("Flagged as suspicious activity")
                                : tr("%1\nFlagged as suspicious activity").arg(tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return Colors::text(e.success ? Colors::Tone::Success : Colors::Tone::Danger,
                                QGuiApplication::palette(), QPalette::Base);
        if (index.column() == Location && e.location().isEmpty())
            return Colors::text(Colors::Tone::Muted, QGuiApplication::palette(), QPalette::Base);
        return {};
    case Qt::BackgroundRole:
        return flagged ? QVariant(Colors::tint(Colors::Tone::Danger, QGuiApplication::palette()))
                       : QVariant();
    case EventIdRole:
        return e.id;
    case SuccessRole:
        return e.success;
    case FlaggedRole:
        return flagged;
    }
    return {};
}

QVariant LoginEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Outcome:
        return tr("Result");
    case Device:
        return tr("Device");
    case Browser:
        return tr("Browser");
    case Ip:
        return tr("IP address");
    case Location:
        return tr("Location");
    }
    return {};
}

bool LoginEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_accountId > 0 && m_loadedOnce && m_next.has_value() && !m_loading;
}

void LoginEventModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_next);
}

} // namespace helpdesk
