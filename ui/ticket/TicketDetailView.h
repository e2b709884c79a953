#pragma once
// The right-hand panel of the main window: one ticket's fields, its action buttons, its
// timeline of events, and the editor for a reply or an internal note.

#include "mail/Outbox.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QHash>
#include <QJsonValue>
#include <QPair>
#include <QTimer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QUrl;
class QVBoxLayout;

namespace helpdesk {

class OutboxService;
class TicketService;
class TroubleshootingService;

class TicketDetailView : public QWidget
{
    Q_OBJECT
public:
    enum class ComposerKind { Reply, Note };

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
    int timelineEventCount() const { return int(m_events.size()); }
    bool isTimelineLoaded() const { return m_timelineLoaded; }
    // The timeline as plain text (what a screen reader would read).
    QString timelineText() const;
    // Moves keyboard focus into the panel (the timeline), for "open ticket".
    void focusContent();

    // Names for staff ids on the timeline ("Assigned to …").
    void setStaffDirectory(const QList<Staff> &staff);
    // The row of buttons under the subject (built by the window's ticket actions).
    void setActionBar(QWidget *bar);
    // The time countdowns are measured from (tests pin it); defaults to the wall clock.
    void setWarningWindow(qint64 ms);
    // Shows "troubleshooting in progress / paused — Resume" for a ticket with an open run.
    void setTroubleshooting(TroubleshootingService *service);
    QString troubleshootingHint() const;
    // Mail: the delivery state of each reply and the mail events on the timeline come from
    // the outbox; whether mail is set up changes what the reply editor promises.
    void setOutboxService(OutboxService *outbox);
    void setMailConfigured(bool configured);
    // The outbox messages of the ticket shown (loaded with its timeline).
    const QList<OutboxEntry> &mailEntries() const { return m_mail; }
    bool isMailLoaded() const { return m_mailLoaded; }

    // The reply / note editor. Drafts are kept per ticket while switching between tickets.
    void openComposer(ComposerKind kind);
    // Closes the editor and forgets its text (after it was added, or discarded).
    void clearComposer();
    bool isComposerOpen() const;
    ComposerKind composerKind() const { return m_composerKind; }
    QString composerText() const;
    void setComposerText(const QString &text);
    // While the reply is being added: read-only, buttons off (no double submit).
    void setComposerBusy(bool busy);
    // Submits the editor as if its button was pressed.
    void submitComposer();

    // The due and assignee texts as shown ("… · overdue 35 min", "… (held for 3 h)").
    QString dueText() const;
    QString assigneeText() const;

signals:
    void ticketLoaded(qint64 ticketId);
    void timelineLoaded(qint64 ticketId, int eventCount);
    // The ticket shown changed (another ticket, or a fresher copy): actions re-check.
    void shownTicketChanged();
    void composerSubmitted(helpdesk::TicketDetailView::ComposerKind kind, const QString &text);
    void errorOccurred(const QString &message);
    // "Resume" in the troubleshooting hint was clicked.
    void troubleshootRequested();
    // The timeline's "Retry" and "Open in Outbox" links on an email that was not delivered.
    void mailRetryRequested(qint64 outboxId);
    void outboxRequested(qint64 outboxId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTicket(const Ticket &ticket);
    void updateTimes();
    void loadEvents(quint64 generation);
    void loadRunHint(quint64 generation);
    void setEvents(const QList<TicketEvent> &events);
    void loadMail();
    void onTimelineLink(const QUrl &url);
    QString mailStateHtml(const TicketEvent &event, const QString &muted) const;
    const OutboxEntry *mailEntry(qint64 outboxId) const;
    void renderEvents();
    QLabel *addField(QFormLayout *form, const QString &label);
    QString eventAuthor(const TicketEvent &event) const;
    QString eventText(const TicketEvent &event) const;
    QString staffName(const QJsonValue &idOrLogin) const;
    void stashDraft();
    void hideComposer();
    void updateComposerChrome();

    TicketService *m_service;
    TroubleshootingService *m_troubleshooting = nullptr;
    QLabel *m_runHint = nullptr;
    qint64 m_ticketId = 0;
    quint64 m_generation = 0;
    std::optional<Ticket> m_ticket;
    QList<TicketEvent> m_events;
    bool m_timelineLoaded = false;
    QHash<qint64, Staff> m_staffById;
    QHash<QString, Staff> m_staffByLogin;
    QHash<QPair<qint64, int>, QString> m_drafts; // (ticket, kind) -> unsent text
    QHash<qint64, ComposerKind> m_openComposers; // tickets left with the editor open
    qint64 m_warningWindowMs = 4LL * 3600 * 1000;
    QTimer m_clockTimer; // moves the countdowns on
    OutboxService *m_outbox = nullptr;
    QList<OutboxEntry> m_mail;
    bool m_mailLoaded = false;
    quint64 m_mailGeneration = 0;
    bool m_mailConfigured = false;

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QVBoxLayout *m_contentLayout = nullptr;
    QWidget *m_actionBar = nullptr;
    QLabel *m_number;
    QLabel *m_subject;
    QLabel *m_requester;
    QLabel *m_status;
    QLabel *m_priority;
    QLabel *m_category;
    QLabel *m_assignee;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_firstResponse;
    QLabel *m_due;
    QLabel *m_escalation;
    QLabel *m_timelineCaption;
    QTextBrowser *m_timeline;

    ComposerKind m_composerKind = ComposerKind::Reply;
    QFrame *m_composer = nullptr;
    QLabel *m_composerTitle = nullptr;
    QLabel *m_composerHint = nullptr;
    QPlainTextEdit *m_composerEdit = nullptr;
    QPushButton *m_composerSubmit = nullptr;
    QPushButton *m_composerCancel = nullptr;
    bool m_composerBusy = false;
};

} // namespace helpdesk
