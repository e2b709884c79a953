// How TicketActionController carries out an action on the shown ticket: wait while the list
// has moved on, ask about events the agent has not seen (NewEventsQuestion), try it, and on a
// version conflict re-read the ticket and ask whether the change is still wanted. The actions
// themselves and the button row are in TicketActionController.cpp.

#include "ticket/TicketActionController.h"

#include "app/AppSession.h"
#include "common/Futures.h"
#include "ticket/NewEventsQuestion.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketService.h"

#include <QMessageBox>
#include <QPushButton>

namespace helpdesk {

void TicketActionController::start(Pending pending)
{
    const std::optional<Ticket> t = m_detail->ticket();
    if (m_busy || !t || !canAct())
        return;
    setBusy(true);
    auto shared = std::make_shared<Pending>(std::move(pending));
    const qint64 seen = m_detail->lastSeenEventId();
    if (!shared->checkUnseen || seen <= 0) {
        attempt(*t, shared);
        return;
    }
    const Ticket ticket = *t;
    whenDone(m_service->events(ticket.id), this,
             [this, ticket, shared, seen](const Result<QList<TicketEvent>> &events) {
                 if (!events) {
                     fail(events.error().message);
                     return;
                 }
                 const std::optional<qint64> me =
                     m_session->me() ? std::optional<qint64>(m_session->me()->id) : std::nullopt;
                 const QList<TicketEvent> unseen =
                     NewEventsQuestion::unseen(events.value(), seen, me);
                 if (unseen.isEmpty())
                     attempt(ticket, shared);
                 else
                     askUnseen(ticket, shared, unseen);
             });
}

void TicketActionController::askUnseen(const Ticket &ticket, std::shared_ptr<Pending> pending,
                                       const QList<TicketEvent> &unseen)
{
    QPushButton *goAhead = nullptr;
    QMessageBox *box = NewEventsQuestion::make(unseen, ticket, pending->description,
                                               pending->isText, m_window, &goAhead);
    connect(box, &QMessageBox::finished, this, [this, box, goAhead, ticket, pending] {
        if (box->clickedButton() == goAhead) {
            // From the ticket as it is now, so the version check has nothing left to refuse
            // that the agent has not seen.
            reapply(ticket.id, pending);
            return;
        }
        // Look first: the new entries come onto the timeline; a text stays in the editor.
        setBusy(false);
        if (m_detail->ticketId() == ticket.id)
            m_detail->reload();
    });
    box->open();
    emit conflictShown();
}

void TicketActionController::attempt(const Ticket &ticket, std::shared_ptr<Pending> pending)
{
    const qint64 id = ticket.id;
    whenDone(pending->call(ticket), this, [this, id, pending](const Result<Ticket> &result) {
        if (result) {
            finish(result.value(), pending);
            return;
        }
        if (result.error().code == Error::Code::Conflict) {
            onConflict(id, pending, result.error().message);
            return;
        }
        fail(result.error().message);
    });
}

void TicketActionController::onConflict(qint64 ticketId, std::shared_ptr<Pending> pending,
                                        const QString &message)
{
    // Show what the ticket is now, so the choice is made knowing what changed.
    whenDone(m_service->ticket(ticketId), this,
             [this, ticketId, pending, message](const Result<Ticket> &fresh) {
                 if (!fresh) {
                     fail(fresh.error().message);
                     return;
                 }
                 m_detail->applyChange(fresh.value());
                 if (pending->stillWanted && !pending->stillWanted(fresh.value())) {
                     // Someone did it (or took it) first: nothing left to choose.
                     fail(message);
                     return;
                 }
                 askConflict(ticketId, pending, message);
             });
}

void TicketActionController::askConflict(qint64 ticketId, std::shared_ptr<Pending> pending,
                                         const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Ticket changed meanwhile"), message,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("conflictDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QString detail = tr("Your change: %1.").arg(pending->description);
    if (pending->isText)
        detail += u' ' + tr("Re-applying adds your text as you wrote it.");
    box->setInformativeText(detail);
    QPushButton *reapplyButton =
        box->addButton(tr("&Reload and Re-apply"), QMessageBox::AcceptRole);
    reapplyButton->setObjectName(QStringLiteral("reapplyButton"));
    QPushButton *discard = box->addButton(tr("&Discard My Change"), QMessageBox::RejectRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(reapplyButton);
    box->setEscapeButton(discard);
    connect(box, &QMessageBox::finished, this, [this, box, reapplyButton, ticketId, pending] {
        if (box->clickedButton() == reapplyButton) {
            reapply(ticketId, pending);
            return;
        }
        setBusy(false);
        if (pending->discarded)
            pending->discarded(ticketId);
        if (m_detail->ticketId() == ticketId)
            m_detail->reload();
    });
    box->open();
    emit conflictShown();
}

void TicketActionController::reapply(qint64 ticketId, std::shared_ptr<Pending> pending)
{
    whenDone(m_service->ticket(ticketId), this, [this, pending](const Result<Ticket> &fresh) {
        if (!fresh) {
            fail(fresh.error().message);
            return;
        }
        m_detail->applyChange(fresh.value());
        attempt(fresh.value(), pending);
    });
}

void TicketActionController::finish(const Ticket &ticket, const std::shared_ptr<Pending> &pending)
{
    // Shown at once, so a next action starts from the new version.
    m_detail->applyChange(ticket);
    if (pending->done)
        pending->done(ticket);
    setBusy(false);
    emit succeeded(ticket);
}

void TicketActionController::fail(const QString &message)
{
    setBusy(false);
    emit errorOccurred(message);
}

// What the menu entries open.

} // namespace helpdesk
