#pragma once
// The ticket's timeline, in the detail pane: its events as cards, newest last, each with who,
// what kind and when, and under each reply the delivery state of its email (from the outbox:
// queued, sent, failed — with "Retry" and "Open in Outbox" links on a failed one), and under
// each customer message the files it brought, with "Open" and "Save…" links.

#include "ingest/InboundStore.h"
#include "mail/Outbox.h"
#include "ticket/TimelineText.h"
#include "tickets/Ticket.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;
class QUrl;

namespace helpdesk {

class TicketTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TicketTimelineView(QWidget *parent = nullptr);

    // Empty (no ticket), or "Loading timeline…" for the next ticket.
    void clear();
    void showLoading();
    void showError(const QString &message);
    // The ticket the events are of (its requester writes what customers write).
    void setTicket(const std::optional<Ticket> &ticket);
    void setEvents(const QList<TicketEvent> &events);
    void setMail(const QList<OutboxEntry> &mail);
    void setStaffDirectory(const QList<Staff> &staff);
    // Whether mail is set up: a queued reply's email "waits until mail is set up", or not.
    void setMailConfigured(bool configured);
    // The attachments of the ticket's customer messages (listed under their event).
    void setAttachments(const QList<InboundAttachment> &attachments);
    int attachmentCount() const { return int(m_attachments.size()); }

    bool isLoaded() const { return m_loaded; }
    int eventCount() const { return int(m_events.size()); }
    // The newest event shown (0 before the timeline is in): what the agent has seen.
    qint64 lastEventId() const
    {
        qint64 last = 0;
        for (const TicketEvent &e : m_events)
            last = qMax(last, e.id);
        return last;
    }
    // The timeline as plain text (what a screen reader reads).
    QString plainText() const;
    void focusEvents();

signals:
    // The "Retry" and "Open in Outbox" links under an email that was not delivered.
    void mailRetryRequested(qint64 outboxId);
    void outboxRequested(qint64 outboxId);
    // The "Open" and "Save…" links under an attachment.
    void attachmentOpenRequested(const helpdesk::InboundAttachment &attachment);
    void attachmentSaveRequested(const helpdesk::InboundAttachment &attachment);

private:
    void render();
    void onLink(const QUrl &url);
    QString mailStateHtml(const TicketEvent &event, const QString &muted) const;
    const OutboxEntry *mailEntry(qint64 outboxId) const;
    QString attachmentsHtml(const QList<const InboundAttachment *> &list,
                            const QString &muted) const;
    const InboundAttachment *attachmentById(qint64 id) const;

    QLabel *m_caption;
    QTextBrowser *m_browser;
    std::optional<Ticket> m_ticket;
    QList<TicketEvent> m_events;
    bool m_loaded = false;
    QList<OutboxEntry> m_mail;
    bool m_mailConfigured = false;
    StaffNames m_staff;
    QList<InboundAttachment> m_attachments;
};

} // namespace helpdesk
