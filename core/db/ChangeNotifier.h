#pragma once
// Tells this client when tickets or customer accounts change in the shared database, without
// polling the tables: PostgreSQL LISTEN/NOTIFY on a dedicated connection (re-subscribed after a
// reconnect), and on SQLite a cheap check of PRAGMA data_version, which moves when another
// connection commits.

#include "db/ConnectionSettings.h"

#include <QObject>
#include <QThread>

namespace helpdesk {

class ChangeListener;

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *TicketChannel = "helpdesk_ticket";
    static constexpr const char *AccountChannel = "helpdesk_account";

    explicit ChangeNotifier(ConnectionSettings settings, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void start(int sqlitePollMs = 1500, int pingMs = 15000);

signals:
    // The ticket that changed, or 0 when the database cannot say which.
    void ticketChanged(qint64 ticketId);
    // The account that changed (itself, its links, checks, unlock requests or sign-ins), or 0
    // when the database cannot say which.
    void accountChanged(qint64 accountId);
    void listening(bool ok);

private:
    ConnectionSettings m_settings;
    QThread m_thread;
    ChangeListener *m_listener = nullptr;
};

} // namespace helpdesk
