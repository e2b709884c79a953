#pragma once
// Tells this client when tickets change in the shared database, without polling the tables:
// PostgreSQL LISTEN/NOTIFY on a dedicated connection (re-subscribed after a reconnect), and on
// SQLite a cheap check of PRAGMA data_version, which moves when another connection commits.

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

    explicit ChangeNotifier(ConnectionSettings settings, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void start(int sqlitePollMs = 1500, int pingMs = 15000);

signals:
    // The ticket that changed, or 0 when the database cannot say which.
    void ticketChanged(qint64 ticketId);
    void listening(bool ok);

private:
    ConnectionSettings m_settings;
    QThread m_thread;
    ChangeListener *m_listener = nullptr;
};

} // namespace helpdesk
