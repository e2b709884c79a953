#pragma once
// The account's sign-in history for a table view: newest first, loaded a page at a time from
// AccountService::loginEvents as the view scrolls (canFetchMore / fetchMore). Events named by a
// suspicious-activity flag are marked. refresh() adds sign-ins newer than the top row without
// losing the pages already loaded.

#include "accounts/Account.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace helpdesk {

class AccountService;

class LoginEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Outcome, Device, Browser, Ip, Location, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SuccessRole, FlaggedRole };

    explicit LoginEventModel(AccountService *service, QObject *parent = nullptr);

    // Starts over with another account (0: none); the first page is requested at once.
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    // Re-reads the newest page; sign-ins newer than the top row are inserted above it.
    void refresh();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Login events named by suspicious-activity flags (shown with a warning).
    void setFlaggedEvents(const QSet<qint64> &eventIds);

    bool isLoading() const { return m_loading; }
    // True once the oldest event has been loaded.
    bool isComplete() const { return m_loadedOnce && !m_next; }
    LoginEvent eventAt(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // A page arrived (rows: how many were added).
    void pageLoaded(int rows);
    void errorOccurred(const QString &message);

private:
    void setLoading(bool loading);
    void requestPage(std::optional<LoginCursor> after);
    void applyPage(quint64 generation, const Result<LoginEventPage> &page);
    void applyRefresh(quint64 generation, const Result<LoginEventPage> &page);

    AccountService *m_service;
    qint64 m_accountId = 0;
    int m_pageSize = 50;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_refreshing = false;
    QList<LoginEvent> m_events;
    std::optional<LoginCursor> m_next;
    QSet<qint64> m_flagged;
};

} // namespace helpdesk
