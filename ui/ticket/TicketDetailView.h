#pragma once
// The ticket detail pane, right of the ticket list: one ticket, in sections — the header
// (number, subject, action buttons, troubleshooting line), the facts, the timeline with the
// delivery state of its emails, and the reply / note editor. The pane loads the ticket, its
// events, its open troubleshooting run, its outbox messages and its attachments, always for the
// ticket it shows (answers for a ticket shown before are dropped), and hands them to the sections.

#include "staff/Staff.h"
#include "ticket/ReplyComposer.h"
#include "tickets/Ticket.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace helpdesk {

class KnowledgeService;
class AttachmentActions;
class InboundService;
class OutboxService;
class TicketFacts;
class TicketHeader;
class TicketService;
class TicketTimelineView;
class TroubleshootingService;

class TicketDetailView : public QWidget
{
    Q_OBJECT
public:
    using ComposerKind = ReplyComposer::Kind;

    explicit TicketDetailView(TicketService *service, QWidget *parent = nullptr);

    // Shows `preview` (the queue's copy of the row) at once when given, then loads the ticket
    // and its timeline from the database.
    void showTicket(qint64 ticketId, const std::optional<Ticket> &preview = std::nullopt);
    // Re-reads the ticket shown, if any.
    void reload();
    // Shows a fresher copy of the ticket shown (an action's result) and re-reads its timeline.
    void applyChange(const Ticket &ticket);
    void clear();

    qint64 ticketId() const { return m_ticketId; }
    std::optional<Ticket> ticket() const { return m_ticket; }
    // The newest timeline event on screen (0 while the timeline loads).
    qint64 lastSeenEventId() const;
    // Moves keyboard focus into the pane (the timeline), for "open ticket".
    void focusContent();

    // Names for staff ids on the timeline ("Assigned to …").
    void setStaffDirectory(const QList<Staff> &staff);
    // The row of buttons under the subject (built by the window's ticket actions).
    void setActionBar(QWidget *bar);
    // The SLA warning window: countdowns within it turn amber.
    void setWarningWindow(qint64 ms);
    // Shows "troubleshooting in progress / paused — Resume" for a ticket with an open run.
    void setTroubleshooting(TroubleshootingService *service);
    // Mail: the delivery state of each reply and the mail events on the timeline come from
    // the outbox; whether mail is set up changes what the reply editor promises.
    void setOutboxService(OutboxService *outbox);
    void setMailConfigured(bool configured);
    // Received mail: the attachments of the customer's messages, listed on the timeline with
    // "Open" and "Save…".
    void setInboundService(InboundService *inbound);

    // The reply / note editor (drafts are kept per ticket while switching between tickets).
    void openComposer(ComposerKind kind);
    // Closes the editor and forgets its text (after it was added, or discarded).
    void clearComposer();
    ComposerKind composerKind() const;
    // While the reply is being added: read-only, buttons off (no double submit).
    void setComposerBusy(bool busy);
    // The editor's knowledge picker, and what its text took from it (recorded on send).
    void setKnowledge(KnowledgeService *knowledge);
    ReplyComposer::Staged composerStaged() const;
    // Who else is viewing or replying to the ticket shown (empty: nobody).
    void setPresence(const QString &text);
    QString presenceText() const;
    bool isComposing() const;

signals:
    void ticketLoaded(qint64 ticketId);
    void timelineLoaded(qint64 ticketId, int eventCount);
    // The ticket shown changed (another ticket, or a fresher copy): actions re-check.
    void shownTicketChanged();
    // The reply / note editor opened or closed on the ticket shown (presence says so).
    void composingChanged(bool composing);
    void composerSubmitted(helpdesk::TicketDetailView::ComposerKind kind, const QString &text);
    void errorOccurred(const QString &message);
    // "Resume" in the troubleshooting line was clicked.
    void troubleshootRequested();
    // The timeline's "Retry" and "Open in Outbox" links on an email that was not delivered.
    void mailRetryRequested(qint64 outboxId);
    void outboxRequested(qint64 outboxId);
    // A notice for the window (an attachment saved).
    void informationOccurred(const QString &message);

private:
    void setTicket(const Ticket &ticket);
    void loadEvents(quint64 generation);
    void loadRunHint(quint64 generation);
    void loadMail();
    void loadAttachments();

    TicketService *m_service;
    TroubleshootingService *m_troubleshooting = nullptr;
    OutboxService *m_outbox = nullptr;
    InboundService *m_inbound = nullptr;
    AttachmentActions *m_attachmentActions = nullptr;
    quint64 m_attachmentGeneration = 0;
    qint64 m_ticketId = 0;
    quint64 m_generation = 0;
    quint64 m_mailGeneration = 0;
    std::optional<Ticket> m_ticket;

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QScrollArea *m_info = nullptr;
    TicketHeader *m_header;
    TicketFacts *m_facts;
    TicketTimelineView *m_timeline;
    ReplyComposer *m_composer;
};

} // namespace helpdesk
