#include "ticket/CustomerNotices.h"

#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/Futures.h"
#include "common/MessageBar.h"
#include "ingest/MailFetchService.h"
#include "tickets/TicketService.h"

namespace helpdesk {

CustomerNotices::CustomerNotices(AppSession *session, MessageBar *messages, QObject *parent)
    : QObject(parent), m_session(session), m_messages(messages),
      m_since(QDateTime::currentDateTimeUtc().addSecs(-5))
{
    setObjectName(QStringLiteral("customerNotices"));
    connect(session->tickets(), &TicketService::changedElsewhere, this, [this](qint64 id) {
        if (id > 0)
            check(id);
    });
    connect(session->mailFetch(), &MailFetchService::problem, this, [this](const Error &error) {
        m_messages->showMessage(tr("Incoming mail: %1").arg(error.message));
    });
}

void CustomerNotices::check(qint64 ticketId)
{
    const auto &me = m_session->me();
    if (!me)
        return;
    whenDone(m_session->tickets()->ticket(ticketId), this, [this](const Result<Ticket> &t) {
        if (!t || !m_session->me())
            return;
        const Ticket &ticket = t.value();
        if (ticket.assigneeId != m_session->me()->id || !ticket.unreadSince.isValid() ||
            ticket.unreadSince < m_since)
            return;
        const QDateTime seen = m_notified.value(ticket.id);
        if (seen.isValid() && ticket.unreadSince <= seen)
            return;
        m_notified.insert(ticket.id, ticket.unreadSince);
        notify(ticket);
    });
}

void CustomerNotices::notify(const Ticket &ticket)
{
    // Several in a row share one notice while it is on screen.
    if (m_messages->isHidden() || m_messages->text() != m_lastNotice) {
        m_shown.clear();
        m_shownText.clear();
    }
    if (!m_shown.contains(ticket.id)) {
        m_shown.append(ticket.id);
        m_shownText.append(tr("%1 “%2”").arg(ticketNumberText(ticket.id), ticket.subject));
    }
    const QString where = m_shownText.join(QStringLiteral(", "));
    m_lastNotice =
        m_shown.size() == 1
            ? tr("The customer wrote on your ticket %1. It is marked unread in My open tickets "
                 "(%2).")
                  .arg(where, ActionCatalog::keyText(ActionCatalog::queueId(QueueKind::MyOpen)))
            : tr("Customers wrote on your tickets %1. They are marked unread in My open "
                 "tickets (%2).")
                  .arg(where, ActionCatalog::keyText(ActionCatalog::queueId(QueueKind::MyOpen)));
    m_messages->showMessage(m_lastNotice, MessageBar::Kind::Information);
    emit noticeShown(m_shown);
}

} // namespace helpdesk
