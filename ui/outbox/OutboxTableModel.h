#pragma once
// The Outbox screen's table: outgoing messages, newest first, optionally of one status. Loaded
// through OutboxService on the DB worker; refresh() reloads without losing the rows meanwhile.

#include "mail/Outbox.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace helpdesk {

class OutboxService;

class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        To,
        Subject,
        Ticket,
        Attempts,
        NextAttempt,
        Problem,
        Created,
        ColumnCount
    };
    enum Role {
        OutboxIdRole = Qt::UserRole + 1, // qint64
        StatusKeyRole,                   // "queued", ...
        TicketIdRole,                    // qint64, 0 when none
    };

    explicit OutboxTableModel(OutboxService *service, QObject *parent = nullptr);
    ~OutboxTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Empty: every status.
    void setStatusFilter(std::optional<OutboxStatus> status);
    std::optional<OutboxStatus> statusFilter() const { return m_filter; }
    // How many rows at most (the newest).
    void setLimit(int limit) { m_limit = limit; }
    // The time relative texts are measured from (tests pin it).
    void setClock(std::function<QDateTime()> now) { m_clock = std::move(now); }

    void refresh();
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }

    std::optional<OutboxEntry> entryAt(int row) const;
    int rowOfId(qint64 id) const;
    // The "last error / server reply" text of an entry, as the table shows it.
    static QString problemText(const OutboxEntry &entry);
    static QString statusText(const OutboxEntry &entry);

signals:
    void loaded();
    void errorOccurred(const QString &message);

private:
    void setEntries(const QList<OutboxEntry> &entries);
    QString nextAttemptText(const OutboxEntry &entry) const;

    OutboxService *m_service;
    QList<OutboxEntry> m_entries;
    std::optional<OutboxStatus> m_filter;
    int m_limit = 1000;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadAgain = false;
    std::function<QDateTime()> m_clock;
};

} // namespace helpdesk
