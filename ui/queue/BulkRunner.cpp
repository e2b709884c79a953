#include "queue/BulkRunner.h"

#include "common/Futures.h"
#include "tickets/TicketService.h"

#include <QProgressDialog>

namespace helpdesk {

namespace {
// Below this a progress dialog would only flash.
constexpr int ProgressDelayMs = 400;
} // namespace

BulkRunner::BulkRunner(TicketService *service, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_service(service), m_dialogParent(dialogParent)
{}

bool BulkRunner::start(const QString &label, QList<Item> items, Operation operation)
{
    if (m_running || items.isEmpty())
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_items = std::move(items);
    m_index = 0;
    m_operation = std::move(operation);
    m_outcome = Outcome();
    m_outcome.total = int(m_items.size());

    m_progress = new QProgressDialog(label, tr("Cancel"), 0, int(m_items.size()), m_dialogParent);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setWindowTitle(tr("Changing tickets"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BulkRunner::cancel);
    m_progress->setValue(0);
    next();
    return true;
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_progress)
        m_progress->setLabelText(tr("Stopping after the current ticket…"));
}

void BulkRunner::next()
{
    if (m_cancelRequested || m_index >= m_items.size()) {
        done();
        return;
    }
    const Item &item = m_items.at(m_index);
    if (m_progress)
        m_progress->setLabelText(tr("%1 (%2 of %3)")
                                     .arg(ticketNumberText(item.id))
                                     .arg(m_index + 1)
                                     .arg(m_items.size()));
    if (item.loaded) {
        apply(*item.loaded);
        return;
    }
    // A row not loaded yet: read the ticket (and its version) first.
    const qint64 id = item.id;
    whenDone(m_service->ticket(id), this, [this, id](const Result<Ticket> &ticket) {
        if (!ticket) {
            record(id, QString(), ticket);
            return;
        }
        apply(ticket.value());
    });
}

void BulkRunner::apply(const Ticket &ticket)
{
    const qint64 id = ticket.id;
    const QString subject = ticket.subject;
    whenDone(m_operation(ticket), this,
             [this, id, subject](const Result<Ticket> &result) { record(id, subject, result); });
}

void BulkRunner::record(qint64 id, const QString &subject, const Result<Ticket> &result)
{
    if (result)
        ++m_outcome.changed;
    else
        m_outcome.failures.append({id, subject, result.error().message});
    ++m_index;
    if (m_progress)
        m_progress->setValue(m_index); // a modal progress dialog processes events here
    // Queued, so the next ticket never starts inside that event processing; Cancel pressed
    // meanwhile is seen before it starts.
    QMetaObject::invokeMethod(this, &BulkRunner::next, Qt::QueuedConnection);
}

void BulkRunner::done()
{
    m_outcome.cancelled = m_cancelRequested && m_index < m_items.size();
    m_outcome.notAttempted = int(m_items.size()) - m_index;
    m_running = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_items.clear();
    m_operation = {};
    emit finished(m_outcome);
}

} // namespace helpdesk
