#pragma once
// What the main window says about mail: a delivery problem once (not once per message held
// back) in the message bar, gone again when mail moves; the relay password for this session
// only, asked for when the keychain has none; and the timeline's "Retry" on a failed email.

#include "common/Result.h"

#include <QObject>
#include <QPointer>

class QInputDialog;
class QWidget;

namespace helpdesk {

class AppSession;
class MessageBar;

class MailNotices : public QObject
{
    Q_OBJECT
public:
    MailNotices(AppSession *session, MessageBar *messages, QWidget *window);

    // Queues a failed message again.
    void retry(qint64 outboxId);

private:
    void showProblem(const Error &error);
    void askPassword(const Error &reason);

    AppSession *m_session;
    MessageBar *m_messages;
    QWidget *m_window;
    QPointer<QInputDialog> m_prompt;
    QString m_lastProblem;
};

} // namespace helpdesk
