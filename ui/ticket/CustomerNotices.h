#pragma once
// The window's notice when a customer writes: a message that arrives on one of my tickets
// (by mail fetched here or by another client, or logged by a colleague) while the window is
// open says so in the message bar, once per message, naming the ticket and how to open it. Also
// says when incoming mail cannot be fetched (once per kind of trouble).

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace helpdesk {

class AppSession;
class MessageBar;
struct Ticket;

class CustomerNotices : public QObject
{
    Q_OBJECT
public:
    CustomerNotices(AppSession *session, MessageBar *messages, QObject *parent);

    QString lastNotice() const { return m_lastNotice; }

signals:
    // A notice was shown for these tickets (newest last).
    void noticeShown(const QList<qint64> &ticketIds);

private:
    void check(qint64 ticketId);
    void notify(const Ticket &ticket);

    AppSession *m_session;
    MessageBar *m_messages;
    QDateTime m_since; // messages from before the window opened were there already
    QHash<qint64, QDateTime> m_notified;
    QList<qint64> m_shown; // the tickets the notice on screen names
    QStringList m_shownText;
    QString m_lastNotice;
};

} // namespace helpdesk
