#pragma once
// Presence: who on the desk is viewing which ticket, and who is composing a reply or note on it.
// One row per running client in the presence table (PresenceStore), renewed by a heartbeat
// (every HeartbeatMs); a row older than ExpiryMs counts as gone (the client quit or lost its
// connection). Other clients hear of a change through the ChangeNotifier (PostgreSQL: NOTIFY
// with the ticket id; SQLite: data_version) and read the desk's few live rows again; their
// heartbeat re-reads them too, so an expired row disappears even when nobody tells. Presence
// only informs: it never blocks an action. No widgets: the GUI and headless clients share it.

#include "presence/PresenceStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace helpdesk {

class DbWorker;

class PresenceService : public QObject
{
    Q_OBJECT
public:
    static constexpr int HeartbeatMs = 20000;
    static constexpr int ExpiryMs = 60000;

    explicit PresenceService(DbWorker *worker, QObject *parent = nullptr);
    ~PresenceService() override;

    // The staff member this client acts as (none: it publishes nothing, it still listens).
    void setMe(std::optional<qint64> staffId);
    // Heartbeats from now on (tests use short ones), and a first read of the desk.
    void start(int heartbeatMs = HeartbeatMs, int expiryMs = ExpiryMs);
    bool isStarted() const { return m_started; }
    // This client's row goes (the app quits): the others see it at once, not after expiry.
    void stop();

    // What this client shows: the ticket (0: none) and whether its agent is composing on it.
    void setViewing(qint64 ticketId);
    void setComposing(bool composing);
    qint64 viewing() const { return m_ticket; }
    const QString &clientId() const { return m_clientId; }

    // Everyone else on the ticket (not this client), live rows only.
    QList<PresenceEntry> others(qint64 ticketId) const;
    // "Priya N. is viewing · Sam R. is replying" (empty: nobody else).
    QString describe(qint64 ticketId) const;
    // describe() for every ticket someone else is on.
    QHash<qint64, QString> descriptions() const;
    // "Priya Nair" -> "Priya N."
    static QString shortName(const QString &displayName);

    // Another client changed presence on this ticket (0: on some ticket): read the desk again.
    void notifyExternalChange(qint64 ticketId);

signals:
    // The desk's presence as this client knows it changed (someone came, went or expired).
    void changed();
    void errorOccurred(const QString &message);

private:
    void publish();
    void reload();
    void setEntries(QList<PresenceEntry> entries);

    DbWorker *m_worker;
    QString m_clientId;
    std::optional<qint64> m_staffId;
    qint64 m_ticket = 0;
    bool m_composing = false;
    bool m_started = false;
    int m_expiryMs = ExpiryMs;
    QTimer m_heartbeat;
    QTimer m_reload; // gathers notifications for a moment
    QTimer m_expire; // reads again when the oldest row known would age out
    QList<PresenceEntry> m_entries;
    quint64 m_reloadGeneration = 0;
};

} // namespace helpdesk
