#include "db/ChangeNotifier.h"

#include "common/Logging.h"
#include "db/Database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QTimer>

namespace helpdesk {

namespace {
QAtomicInteger<quint64> s_listenerSerial;
}

// Lives on the notifier's thread and owns its connection.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    ChangeListener(ConnectionSettings settings, int pollMs, int pingMs)
        : m_settings(std::move(settings)), m_pollMs(pollMs), m_pingMs(pingMs),
          m_name(QStringLiteral("helpdesk-listener-%1").arg(++s_listenerSerial))
    {}
    ~ChangeListener() override
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }

public slots:
    void begin()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &ChangeListener::tick);
        connect_();
        m_timer->start(m_settings.dialect == Dialect::SQLite ? m_pollMs : m_pingMs);
    }

signals:
    void changed(qint64 ticketId, int version);
    void accountChanged(qint64 accountId);
    void presenceChanged(qint64 ticketId);
    void listening(bool ok);

private:
    void connect_()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
        auto db = Database::open(m_settings, m_name);
        if (!db) {
            qCWarning(lcDb) << "change listener cannot connect:" << db.error().detail;
            emit listening(false);
            return;
        }
        m_db = db.value();
        if (m_settings.dialect == Dialect::PostgreSQL) {
            QSqlDriver *driver = m_db.driver();
            // Channel names are lowercase: PostgreSQL folds unquoted identifiers.
            // Without both channels the connection is of no use: closed, the next tick tries
            // again from the start.
            for (const char *channel :
                 {ChangeNotifier::TicketChannel, ChangeNotifier::AccountChannel,
                  ChangeNotifier::PresenceChannel}) {
                if (!driver->subscribeToNotification(QString::fromLatin1(channel))) {
                    qCWarning(lcDb) << "cannot LISTEN on" << channel;
                    m_db.close();
                    emit listening(false);
                    return;
                }
            }
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &channel, QSqlDriver::NotificationSource,
                           const QVariant &payload) {
                        if (channel == QLatin1String(ChangeNotifier::PresenceChannel)) {
                            emit presenceChanged(payload.toLongLong());
                            return;
                        }
                        if (channel == QLatin1String(ChangeNotifier::AccountChannel)) {
                            emit accountChanged(payload.toLongLong());
                            return;
                        }
                        // "id:version" from the tickets trigger, "id" from a timeline event.
                        const QString text = payload.toString();
                        const auto colon = text.indexOf(u':');
                        if (colon < 0)
                            emit changed(text.toLongLong(), -1);
                        else
                            emit changed(text.left(colon).toLongLong(),
                                         text.mid(colon + 1).toInt());
                    });
        } else {
            m_dataVersion = dataVersion();
            auto last =
                Database::scalar(m_db, QStringLiteral("SELECT MAX(seq) FROM ticket_changes"));
            m_lastSeq = last ? last.value().toLongLong() : -1; // -1: no log (an older schema)
        }
        emit listening(true);
    }

    void changedAll()
    {
        emit changed(0, 0);
        emit accountChanged(0);
        emit presenceChanged(0);
    }

    // SQLite: the tickets changed since the last look, from the change log.
    void readChangeLog()
    {
        if (m_lastSeq < 0) {
            emit changed(0, 0);
            return;
        }
        auto q =
            Database::exec(m_db,
                           QStringLiteral("SELECT seq, ticket_id, version FROM ticket_changes "
                                          "WHERE seq > ? ORDER BY seq LIMIT ?"),
                           {QVariant::fromValue(m_lastSeq), ChangeNotifier::MaxChangesAtOnce + 1});
        if (!q) {
            emit changed(0, 0);
            return;
        }
        QList<std::pair<qint64, int>> changes;
        qint64 first = -1;
        qint64 seq = m_lastSeq;
        while (q.value().next()) {
            seq = q.value().value(0).toLongLong();
            if (first < 0)
                first = seq;
            changes.append({q.value().value(1).toLongLong(), q.value().value(2).toInt()});
        }
        q.value().finish();
        // Pruned past what this client saw, or too many to re-read one by one: reload once.
        if ((first > m_lastSeq + 1) || changes.size() > ChangeNotifier::MaxChangesAtOnce) {
            auto last =
                Database::scalar(m_db, QStringLiteral("SELECT MAX(seq) FROM ticket_changes"));
            m_lastSeq = last ? last.value().toLongLong() : seq;
            emit changed(0, 0);
            return;
        }
        m_lastSeq = seq;
        for (const auto &[id, version] : changes)
            emit changed(id, version);
    }

    qint64 dataVersion()
    {
        auto v = Database::scalar(m_db, QStringLiteral("PRAGMA data_version"));
        return v ? v.value().toLongLong() : -1;
    }

    void tick()
    {
        if (!m_db.isOpen()) {
            connect_();
            if (m_db.isOpen())
                changedAll(); // we may have missed changes while disconnected
            return;
        }
        if (m_settings.dialect == Dialect::SQLite) {
            const qint64 v = dataVersion();
            if (v != m_dataVersion) {
                m_dataVersion = v;
                readChangeLog();
                emit accountChanged(0);
                emit presenceChanged(0);
            }
            return;
        }
        // A ping finds a dropped connection; reconnecting re-subscribes.
        if (!Database::scalar(m_db, QStringLiteral("SELECT 1"))) {
            qCInfo(lcDb) << "change listener lost its connection; reconnecting";
            m_db.close();
            connect_();
            if (m_db.isOpen())
                changedAll();
        }
    }

    ConnectionSettings m_settings;
    int m_pollMs;
    int m_pingMs;
    QString m_name;
    QSqlDatabase m_db;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = -1;
};

ChangeNotifier::ChangeNotifier(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_thread.setObjectName(QStringLiteral("helpdesk-listener"));
}

ChangeNotifier::~ChangeNotifier()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeNotifier::start(int sqlitePollMs, int pingMs)
{
    if (m_listener)
        return;
    m_listener = new ChangeListener(m_settings, sqlitePollMs, pingMs);
    m_settings.password.clear();
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_listener, &ChangeListener::begin);
    connect(m_listener, &ChangeListener::changed, this, &ChangeNotifier::ticketChanged);
    connect(m_listener, &ChangeListener::accountChanged, this, &ChangeNotifier::accountChanged);
    connect(m_listener, &ChangeListener::presenceChanged, this, &ChangeNotifier::presenceChanged);
    connect(m_listener, &ChangeListener::listening, this, &ChangeNotifier::listening);
    m_thread.start();
}

} // namespace helpdesk

#include "ChangeNotifier.moc"
