#include "inbound/ImapWorker.h"

#include <QMetaObject>

namespace helpdesk {

ImapWorker::ImapWorker(ImapSettings settings, QObject *parent)
    : QObject(parent), m_client(std::make_unique<ImapClient>(std::move(settings)))
{
    m_thread.setObjectName(QStringLiteral("helpdesk-imap"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ImapWorker::~ImapWorker()
{
    m_client->cancel();
    // Queued jobs still run (and fail fast as cancelled), so every future finishes.
    QMetaObject::invokeMethod(
        m_context, [this] { m_client->logout(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ImapWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace helpdesk
