#pragma once
// Tells this client when tickets or customer accounts change in the shared database, without
// polling the tables: PostgreSQL LISTEN/NOTIFY on a dedicated connection (re-subscribed after a
// reconnect; the tickets trigger's payload is "id:version", presence's the ticket id), and on
// SQLite a cheap check of PRAGMA data_version, which moves when another connection commits,
// followed by a primary-key range read of the ticket_changes log (which tickets, at which versions)
// since the last one.

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
    static constexpr const char *PresenceChannel = "helpdesk_presence";

    explicit ChangeNotifier(ConnectionSettings settings, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void start(int sqlitePollMs = 1500, int pingMs = 15000);

    // More changes than this at once (a bulk change, a seed) are told as one ticketChanged(0).
    static constexpr int MaxChangesAtOnce = 1000;

signals:
    // The ticket that changed, or 0 when the database cannot say which (then refresh all).
    // version: the ticket's version now; -1 when only its timeline changed.
    void ticketChanged(qint64 ticketId, int version);
    // The account that changed (itself, its links, checks, unlock requests or sign-ins), or 0
    // when the database cannot say which.
    void accountChanged(qint64 accountId);
    // Someone started or stopped viewing or replying to this ticket (0: the database cannot
    // say which: on SQLite, whenever another connection committed).
    void presenceChanged(qint64 ticketId);
    void listening(bool ok);

private:
    ConnectionSettings m_settings;
    QThread m_thread;
    ChangeListener *m_listener = nullptr;
};

} // namespace helpdesk
