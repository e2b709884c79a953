#include "ticket/TicketDetailView.h"

#include "common/Futures.h"
#include "ingest/InboundService.h"
#include "mail/OutboxService.h"
#include "ticket/AttachmentActions.h"
#include "ticket/TicketFacts.h"
#include "ticket/TicketHeader.h"
#include "ticket/TicketTimelineView.h"
#include "tickets/TicketService.h"
#include "troubleshooting/TroubleshootingService.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
// The subject and the facts: as tall as they are while the pane has room (a QScrollArea's own
// size hint is the content's when it was set, i.e. empty), scrolling once the window is short.
class InfoArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const QWidget *content = widget();
        if (!content)
            return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        const int width = viewport()->width();
        const int height = content->hasHeightForWidth() && width > 0
                               ? content->heightForWidth(width)
                               : content->sizeHint().height();
        return {content->sizeHint().width() + frame, height + frame};
    }
    QSize minimumSizeHint() const override
    {
        // A few lines stay visible however short the window.
        return {QScrollArea::minimumSizeHint().width(),
                qMin(sizeHint().height(), fontMetrics().lineSpacing() * 5)};
    }
};
} // namespace

TicketDetailView::TicketDetailView(TicketService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("ticketDetail"));
    setAccessibleName(tr("Ticket details"));

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setText(tr("Select a ticket to see its details and timeline."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    // The subject and the facts scroll when the window is short (a 490 px laptop window),
    // instead of being squeezed over each other; the timeline takes the rest.
    auto *info = new InfoArea(content);
    m_info = info;
    info->setObjectName(QStringLiteral("ticketInfo"));
    info->setFrameShape(QFrame::NoFrame);
    info->setWidgetResizable(true);
    info->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    info->setFocusPolicy(Qt::NoFocus);
    info->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *infoContent = new QWidget(info);
    auto *infoLayout = new QVBoxLayout(infoContent);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->setSpacing(6);
    m_header = new TicketHeader(infoContent);
    m_facts = new TicketFacts(infoContent);
    infoLayout->addWidget(m_header);
    infoLayout->addWidget(m_facts);
    infoLayout->addStretch(1);
    info->setWidget(infoContent);
    infoContent->setBackgroundRole(QPalette::Window);
    info->viewport()->setBackgroundRole(QPalette::Window);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_timeline = new TicketTimelineView(content);
    m_composer = new ReplyComposer(content);
    layout->addWidget(info);
    layout->addSpacing(4);
    layout->addWidget(line);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_composer);

    connect(m_header, &TicketHeader::troubleshootRequested, this,
            &TicketDetailView::troubleshootRequested);
    connect(m_timeline, &TicketTimelineView::mailRetryRequested, this,
            &TicketDetailView::mailRetryRequested);
    connect(m_timeline, &TicketTimelineView::outboxRequested, this,
            &TicketDetailView::outboxRequested);
    connect(m_composer, &ReplyComposer::submitted, this, &TicketDetailView::composerSubmitted);
    // The keyboard goes back to the timeline when the editor closes under it.
    connect(m_composer, &ReplyComposer::closed, this, [this](bool hadFocus) {
        if (hadFocus)
            m_timeline->focusEvents();
        emit composingChanged(false);
    });

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    clear();
}

qint64 TicketDetailView::lastSeenEventId() const
{
    return m_ticketId > 0 ? m_timeline->lastEventId() : 0;
}

void TicketDetailView::clear()
{
    m_composer->switchTicket(0);
    ++m_generation;
    m_ticketId = 0;
    m_ticket.reset();
    m_timeline->clear();
    m_header->setRun(std::nullopt);
    m_pages->setCurrentWidget(m_placeholder);
    m_header->setPresence(QString());
    emit shownTicketChanged();
    emit composingChanged(false);
}

void TicketDetailView::showTicket(qint64 ticketId, const std::optional<Ticket> &preview)
{
    const bool sameTicket = ticketId == m_ticketId;
    const quint64 generation = ++m_generation;
    if (!sameTicket) {
        m_composer->switchTicket(ticketId);
        m_ticketId = ticketId;
        m_header->setPresence(QString());
        emit composingChanged(m_composer->isOpen());
        m_ticket.reset();
        m_timeline->showLoading();
        m_header->setRun(std::nullopt);
        if (preview && preview->id == ticketId) {
            setTicket(*preview);
        } else {
            m_timeline->setTicket(std::nullopt);
            m_composer->setTicket(std::nullopt);
            m_header->showLoading(ticketId);
            emit shownTicketChanged();
        }
        m_pages->setCurrentIndex(1);
    }

    whenDone(m_service->ticket(ticketId), this, [this, generation](const Result<Ticket> &ticket) {
        if (generation != m_generation)
            return;
        if (!ticket) {
            emit errorOccurred(ticket.error().message);
            return;
        }
        setTicket(ticket.value());
        emit ticketLoaded(ticket.value().id);
    });
    loadEvents(generation);
}

void TicketDetailView::setTicket(const Ticket &t)
{
    m_ticket = t;
    m_header->setTicket(t);
    m_facts->setTicket(t);
    m_info->updateGeometry(); // the subject's lines and the facts decide its height
    m_timeline->setTicket(t);
    m_composer->setTicket(t);
    m_pages->setCurrentIndex(1);
    emit shownTicketChanged();
}

void TicketDetailView::applyChange(const Ticket &ticket)
{
    if (ticket.id != m_ticketId)
        return;
    // Newer than anything a load in flight could bring: those answers are dropped.
    const quint64 generation = ++m_generation;
    setTicket(ticket);
    emit ticketLoaded(ticket.id);
    loadEvents(generation);
}

void TicketDetailView::reload()
{
    if (m_ticketId > 0)
        showTicket(m_ticketId);
}

void TicketDetailView::focusContent()
{
    if (m_ticketId > 0)
        m_timeline->focusEvents();
}

void TicketDetailView::loadEvents(quint64 generation)
{
    loadRunHint(generation);
    whenDone(m_service->events(m_ticketId), this,
             [this, generation](const Result<QList<TicketEvent>> &events) {
                 if (generation != m_generation)
                     return;
                 if (!events) {
                     m_timeline->showError(events.error().message);
                     emit errorOccurred(events.error().message);
                     return;
                 }
                 m_timeline->setEvents(events.value());
                 emit timelineLoaded(m_ticketId, int(events.value().size()));
             });
    loadMail();
    loadAttachments();
}

void TicketDetailView::setInboundService(InboundService *inbound)
{
    m_inbound = inbound;
    if (!inbound)
        return;
    m_attachmentActions = new AttachmentActions(inbound, this);
    connect(m_timeline, &TicketTimelineView::attachmentOpenRequested, m_attachmentActions,
            &AttachmentActions::open);
    connect(m_timeline, &TicketTimelineView::attachmentSaveRequested, m_attachmentActions,
            &AttachmentActions::save);
    connect(m_attachmentActions, &AttachmentActions::failed, this,
            &TicketDetailView::errorOccurred);
    connect(m_attachmentActions, &AttachmentActions::saved, this, [this](const QString &path) {
        emit informationOccurred(tr("The attachment is saved as %1.").arg(path));
    });
    loadAttachments();
}

void TicketDetailView::loadAttachments()
{
    if (!m_inbound || m_ticketId <= 0)
        return;
    const quint64 generation = ++m_attachmentGeneration;
    const qint64 ticketId = m_ticketId;
    whenDone(m_inbound->attachments(ticketId), this,
             [this, generation, ticketId](const Result<QList<InboundAttachment>> &files) {
                 if (generation != m_attachmentGeneration || ticketId != m_ticketId)
                     return;
                 if (files)
                     m_timeline->setAttachments(files.value());
                 else
                     emit errorOccurred(files.error().message);
             });
}

void TicketDetailView::setTroubleshooting(TroubleshootingService *service)
{
    m_troubleshooting = service;
    if (m_ticketId > 0)
        loadRunHint(m_generation);
}

void TicketDetailView::loadRunHint(quint64 generation)
{
    if (!m_troubleshooting) {
        m_header->setRun(std::nullopt);
        return;
    }
    whenDone(m_troubleshooting->openRun(m_ticketId), this,
             [this, generation](const Result<std::optional<FlowRun>> &open) {
                 if (generation != m_generation)
                     return;
                 m_header->setRun(open ? open.value() : std::nullopt);
             });
}

void TicketDetailView::setOutboxService(OutboxService *outbox)
{
    m_outbox = outbox;
    if (!outbox)
        return;
    // The sender and the Outbox screen change delivery states without a timeline event.
    connect(outbox, &OutboxService::changed, this, [this](qint64 ticketId) {
        if (m_ticketId > 0 && (ticketId == 0 || ticketId == m_ticketId))
            loadMail();
    });
    loadMail();
}

void TicketDetailView::loadMail()
{
    if (!m_outbox || m_ticketId <= 0)
        return;
    const quint64 generation = ++m_mailGeneration;
    const qint64 ticketId = m_ticketId;
    whenDone(m_outbox->forTicket(ticketId), this,
             [this, generation, ticketId](const Result<QList<OutboxEntry>> &mail) {
                 if (generation != m_mailGeneration || ticketId != m_ticketId)
                     return;
                 if (mail) // else the timeline still shows the events themselves
                     m_timeline->setMail(mail.value());
             });
}

void TicketDetailView::setStaffDirectory(const QList<Staff> &staff)
{
    m_timeline->setStaffDirectory(staff);
}

void TicketDetailView::setActionBar(QWidget *bar)
{
    m_header->setActionBar(bar);
}

void TicketDetailView::setWarningWindow(qint64 ms)
{
    m_facts->setWarningWindow(ms);
}

void TicketDetailView::setMailConfigured(bool configured)
{
    m_composer->setMailConfigured(configured);
    m_timeline->setMailConfigured(configured);
}

void TicketDetailView::setPresence(const QString &text)
{
    m_header->setPresence(text);
}

QString TicketDetailView::presenceText() const
{
    return m_header->presenceText();
}

bool TicketDetailView::isComposing() const
{
    return m_ticketId > 0 && m_composer->isOpen();
}

void TicketDetailView::openComposer(ComposerKind kind)
{
    m_composer->open(kind);
    emit composingChanged(m_composer->isOpen());
}

void TicketDetailView::clearComposer()
{
    m_composer->discard();
}

TicketDetailView::ComposerKind TicketDetailView::composerKind() const
{
    return m_composer->kind();
}

void TicketDetailView::setComposerBusy(bool busy)
{
    m_composer->setBusy(busy);
}

void TicketDetailView::setKnowledge(KnowledgeService *knowledge)
{
    m_composer->setKnowledge(knowledge);
}

ReplyComposer::Staged TicketDetailView::composerStaged() const
{
    return m_composer->staged();
}

} // namespace helpdesk
