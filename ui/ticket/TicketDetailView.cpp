#include "ticket/TicketDetailView.h"

#include "common/Futures.h"
#include "common/TimeText.h"
#include "db/DbWorker.h"
#include "mail/OutboxService.h"
#include "tickets/TicketService.h"
#include "troubleshooting/TroubleshootingService.h"
#include "vocabulary/EventKind.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

constexpr int ClockRefreshMs = 30 * 1000;

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString colorName(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TicketDetailView::TicketDetailView(TicketService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_number(new QLabel(this)), m_subject(new QLabel(this)),
      m_timelineCaption(new QLabel(this)), m_timeline(new QTextBrowser(this))
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
    m_contentLayout = layout;
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);

    m_number->setObjectName(QStringLiteral("detailNumber"));
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    m_number->setForegroundRole(QPalette::PlaceholderText);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subject->setObjectName(QStringLiteral("detailSubject"));
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.35);
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_number);
    layout->addWidget(m_subject);

    // Filled only while the ticket has a troubleshooting run in progress or paused.
    m_runHint = new QLabel(content);
    m_runHint->setObjectName(QStringLiteral("troubleshootingHint"));
    m_runHint->setWordWrap(true);
    m_runHint->setTextFormat(Qt::RichText);
    m_runHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_runHint->hide();
    connect(m_runHint, &QLabel::linkActivated, this, &TicketDetailView::troubleshootRequested);
    layout->addWidget(m_runHint);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(3);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    m_requester = addField(form, tr("Requester"));
    m_status = addField(form, tr("Status"));
    m_priority = addField(form, tr("Priority"));
    m_category = addField(form, tr("Category"));
    m_assignee = addField(form, tr("Assignee"));
    m_created = addField(form, tr("Created"));
    m_firstResponse = addField(form, tr("First reply due"));
    m_due = addField(form, tr("Due"));
    m_updated = addField(form, tr("Updated"));
    m_escalation = addField(form, tr("Escalation"));
    m_requester->setObjectName(QStringLiteral("detailRequester"));
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_assignee->setObjectName(QStringLiteral("detailAssignee"));
    m_priority->setObjectName(QStringLiteral("detailPriority"));
    m_category->setObjectName(QStringLiteral("detailCategory"));
    m_due->setObjectName(QStringLiteral("detailDue"));
    m_firstResponse->setObjectName(QStringLiteral("detailFirstResponse"));
    layout->addLayout(form);

    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(4);
    layout->addWidget(line);

    QFont captionFont = m_timelineCaption->font();
    captionFont.setBold(true);
    m_timelineCaption->setFont(captionFont);
    m_timelineCaption->setText(tr("Timeline"));
    layout->addWidget(m_timelineCaption);

    m_timeline->setObjectName(QStringLiteral("detailTimeline"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setOpenLinks(false);
    connect(m_timeline, &QTextBrowser::anchorClicked, this, &TicketDetailView::onTimelineLink);
    m_timeline->setFrameShape(QFrame::NoFrame);
    m_timeline->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_timeline, 1);

    // The reply / note editor, hidden until asked for.
    m_composer = new QFrame(content);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setFrameShape(QFrame::StyledPanel);
    auto *composerLayout = new QVBoxLayout(m_composer);
    composerLayout->setContentsMargins(8, 6, 8, 6);
    composerLayout->setSpacing(4);
    m_composerTitle = new QLabel(m_composer);
    m_composerTitle->setObjectName(QStringLiteral("composerTitle"));
    QFont composerFont = m_composerTitle->font();
    composerFont.setBold(true);
    m_composerTitle->setFont(composerFont);
    m_composerHint = new QLabel(m_composer);
    m_composerHint->setObjectName(QStringLiteral("composerHint"));
    m_composerHint->setWordWrap(true);
    m_composerHint->setForegroundRole(QPalette::PlaceholderText);
    m_composerEdit = new QPlainTextEdit(m_composer);
    m_composerEdit->setObjectName(QStringLiteral("composerEdit"));
    m_composerEdit->setTabChangesFocus(true);
    m_composerEdit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_composerEdit->installEventFilter(this);
    m_composerTitle->setBuddy(m_composerEdit);
    m_composerSubmit = new QPushButton(m_composer);
    m_composerSubmit->setObjectName(QStringLiteral("composerSubmit"));
    m_composerSubmit->setDefault(true);
    m_composerCancel = new QPushButton(tr("Discard"), m_composer);
    m_composerCancel->setObjectName(QStringLiteral("composerDiscard"));
    m_composerCancel->setToolTip(tr("Throw the text away (Esc closes the editor and keeps it)"));
    auto *composerButtons = new QHBoxLayout;
    composerButtons->addStretch(1);
    composerButtons->addWidget(m_composerCancel);
    composerButtons->addWidget(m_composerSubmit);
    composerLayout->addWidget(m_composerTitle);
    composerLayout->addWidget(m_composerHint);
    composerLayout->addWidget(m_composerEdit, 1);
    composerLayout->addLayout(composerButtons);
    layout->addWidget(m_composer);
    m_composer->hide();
    connect(m_composerSubmit, &QPushButton::clicked, this, &TicketDetailView::submitComposer);
    connect(m_composerCancel, &QPushButton::clicked, this, &TicketDetailView::clearComposer);
    connect(m_composerEdit, &QPlainTextEdit::textChanged, this,
            &TicketDetailView::updateComposerChrome);

    m_clockTimer.setInterval(ClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &TicketDetailView::updateTimes);
    m_clockTimer.start();

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    clear();
}

QLabel *TicketDetailView::addField(QFormLayout *form, const QString &label)
{
    auto *name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    // Long values are clipped rather than widening the panel; the tooltip has them in full.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    name->setBuddy(value);
    form->addRow(name, value);
    return value;
}

void TicketDetailView::clear()
{
    stashDraft();
    hideComposer();
    ++m_generation;
    m_ticketId = 0;
    m_ticket.reset();
    m_events.clear();
    m_timelineLoaded = false;
    m_mail.clear();
    m_mailLoaded = false;
    m_timeline->clear();
    m_timelineCaption->setText(tr("Timeline"));
    m_runHint->hide();
    m_pages->setCurrentWidget(m_placeholder);
    emit shownTicketChanged();
}

void TicketDetailView::showTicket(qint64 ticketId, const std::optional<Ticket> &preview)
{
    const bool sameTicket = ticketId == m_ticketId;
    const quint64 generation = ++m_generation;
    if (!sameTicket) {
        // An unsent reply stays with its ticket, and comes back when the ticket does.
        if (isComposerOpen()) {
            stashDraft();
            m_openComposers.insert(m_ticketId, m_composerKind);
            hideComposer();
        }
        m_ticketId = ticketId;
        m_ticket.reset();
        m_events.clear();
        m_timelineLoaded = false;
        m_mail.clear();
        m_mailLoaded = false;
        m_timeline->setPlainText(tr("Loading timeline…"));
        m_runHint->hide();
        m_timelineCaption->setText(tr("Timeline"));
        if (preview && preview->id == ticketId)
            setTicket(*preview);
        else {
            m_number->setText(ticketNumberText(ticketId));
            m_subject->setText(tr("Loading…"));
            emit shownTicketChanged();
        }
        m_pages->setCurrentIndex(1);
        if (const auto open = m_openComposers.constFind(ticketId); open != m_openComposers.cend())
            openComposer(*open);
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

void TicketDetailView::setTroubleshooting(TroubleshootingService *service)
{
    m_troubleshooting = service;
    if (m_ticketId > 0)
        loadRunHint(m_generation);
}

QString TicketDetailView::troubleshootingHint() const
{
    return m_runHint->isHidden() ? QString() : m_runHint->text();
}

void TicketDetailView::loadRunHint(quint64 generation)
{
    if (!m_troubleshooting) {
        m_runHint->hide();
        return;
    }
    whenDone(m_troubleshooting->openRun(m_ticketId), this,
             [this, generation](const Result<std::optional<FlowRun>> &open) {
                 if (generation != m_generation)
                     return;
                 if (!open || !open.value()) {
                     m_runHint->hide();
                     return;
                 }
                 const FlowRun &run = *open.value();
                 const FlowRunStep *step = run.currentRunStep();
                 const QString where = step ? step->stepTitle : run.currentStep;
                 const QString text =
                     run.status == FlowRunStatus::Paused
                         ? tr("Troubleshooting “%1” is paused at “%2” (by %3).")
                               .arg(run.flowTitle, where, run.updatedByName)
                         : tr("Troubleshooting “%1” is in progress at “%2” (last answer by %3).")
                               .arg(run.flowTitle, where, run.updatedByName);
                 m_runHint->setText(
                     QStringLiteral("%1 <a href=\"resume\">%2</a>")
                         .arg(text.toHtmlEscaped(), run.status == FlowRunStatus::Paused
                                                        ? tr("Resume").toHtmlEscaped()
                                                        : tr("Continue").toHtmlEscaped()));
                 m_runHint->setToolTip(tr("Opens the troubleshooting wizard (Ctrl+Shift+T)"));
                 m_runHint->show();
             });
}

void TicketDetailView::loadEvents(quint64 generation)
{
    loadRunHint(generation);
    whenDone(m_service->events(m_ticketId), this,
             [this, generation](const Result<QList<TicketEvent>> &events) {
                 if (generation != m_generation)
                     return;
                 if (!events) {
                     m_timeline->setPlainText(events.error().message);
                     emit errorOccurred(events.error().message);
                     return;
                 }
                 setEvents(events.value());
             });
    loadMail();
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
                 if (!mail)
                     return; // the timeline still shows the events themselves
                 m_mail = mail.value();
                 m_mailLoaded = true;
                 if (m_timelineLoaded)
                     renderEvents();
             });
}

const OutboxEntry *TicketDetailView::mailEntry(qint64 outboxId) const
{
    for (const OutboxEntry &e : m_mail)
        if (e.id == outboxId)
            return &e;
    return nullptr;
}

void TicketDetailView::onTimelineLink(const QUrl &url)
{
    // helpdesk-outbox:retry/42 and helpdesk-outbox:show/42
    if (url.scheme() != QLatin1String("helpdesk-outbox"))
        return;
    const QStringList parts = url.path().split(u'/');
    if (parts.size() != 2)
        return;
    const qint64 id = parts.at(1).toLongLong();
    if (id <= 0)
        return;
    if (parts.at(0) == QLatin1String("retry"))
        emit mailRetryRequested(id);
    else if (parts.at(0) == QLatin1String("show"))
        emit outboxRequested(id);
}

QString TicketDetailView::mailStateHtml(const TicketEvent &e, const QString &muted) const
{
    const auto links = [](const OutboxEntry &m) {
        return QStringLiteral(" <a href=\"helpdesk-outbox:retry/%1\">%2</a> · "
                              "<a href=\"helpdesk-outbox:show/%1\">%3</a>")
            .arg(m.id)
            .arg(tr("Retry").toHtmlEscaped(), tr("Open in Outbox").toHtmlEscaped());
    };
    const QJsonObject fields = QJsonDocument::fromJson(e.data.toUtf8()).object();
    if (e.kind == QLatin1String("mail_failed")) {
        const OutboxEntry *m =
            mailEntry(qint64(fields.value(QLatin1String("outbox_id")).toDouble()));
        if (m && m->status == OutboxStatus::Failed)
            return QStringLiteral("<div style=\"margin-top:4px\">%1</div>").arg(links(*m));
        if (m)
            return QStringLiteral("<div style=\"margin-top:4px;color:%1\">%2</div>")
                .arg(muted, tr("Since then: %1")
                                .arg(OutboxStatuses::label(m->status).toLower())
                                .toHtmlEscaped());
        return {};
    }
    if (e.kind != QLatin1String("reply"))
        return {};
    QString html;
    for (const OutboxEntry &m : m_mail) {
        if (!m.eventId || *m.eventId != e.id)
            continue;
        QString text;
        bool problem = false;
        const QString to = m.to.address;
        switch (m.status) {
        case OutboxStatus::Queued:
            if (!m_mailConfigured)
                text = tr("Email to %1 waits in the outbox: mail is not set up yet.").arg(to);
            else if (m.lastError.isEmpty())
                text = tr("Email to %1 is queued.").arg(to);
            else {
                text = tr("Email to %1 not delivered yet; next attempt %2. Last error: %3")
                           .arg(to, dateText(m.nextAttemptAt), m.lastError);
                problem = true;
            }
            break;
        case OutboxStatus::Sending:
            text = tr("Email to %1 is being sent…").arg(to);
            break;
        case OutboxStatus::Sent:
            text = tr("Emailed to %1 at %2.").arg(to, dateText(m.sentAt));
            break;
        case OutboxStatus::Failed:
            text = tr("Email to %1 could not be delivered: %2")
                       .arg(to, m.serverReply.isEmpty() ? m.lastError : m.serverReply);
            problem = true;
            break;
        case OutboxStatus::Cancelled:
            text = tr("Email to %1 was cancelled and not sent.").arg(to);
            break;
        }
        html += QStringLiteral("<div style=\"margin-top:4px;color:%1\">✉ %2%3</div>")
                    .arg(problem ? QStringLiteral("#be1e1e") : muted, text.toHtmlEscaped(),
                         m.status == OutboxStatus::Failed ? links(m) : QString());
    }
    return html;
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
        m_timeline->setFocus(Qt::OtherFocusReason);
}

void TicketDetailView::setTicket(const Ticket &t)
{
    m_ticket = t;
    m_number->setText(tr("%1 · via %2").arg(ticketNumberText(t.id), Vocabulary::label(t.channel)));
    m_subject->setText(t.subject);
    m_requester->setText(t.requesterName.isEmpty() ? t.requesterEmail
                                                   : t.requesterName + u'\n' + t.requesterEmail);
    m_status->setText(Vocabulary::label(t.status));
    m_priority->setText(Vocabulary::label(t.priority));
    m_category->setText(Vocabulary::label(t.category));
    m_created->setText(dateText(t.createdAt));
    m_updated->setText(dateText(t.updatedAt));
    for (QLabel *value : {m_requester, m_status, m_priority, m_category, m_created, m_updated})
        value->setToolTip(value->text());
    m_escalation->setText(t.escalationLevel > 0 ? tr("Level %1").arg(t.escalationLevel)
                                                : tr("None"));
    updateTimes();
    m_pages->setCurrentIndex(1);
    emit shownTicketChanged();
}

void TicketDetailView::setWarningWindow(qint64 ms)
{
    m_warningWindowMs = ms;
    updateTimes();
}

void TicketDetailView::updateTimes()
{
    if (!m_ticket)
        return;
    const Ticket &t = *m_ticket;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (t.assigneeId) {
        m_assignee->setText(t.assignedAt.isValid()
                                ? tr("%1 (held for %2)")
                                      .arg(t.assigneeName, TimeText::duration(qMax<qint64>(
                                                               0, t.assignedAt.msecsTo(now))))
                                : t.assigneeName);
        m_assignee->setToolTip(TimeText::heldBy(t.assigneeName, t.assignedAt, now));
    } else {
        m_assignee->setText(tr("Unassigned"));
        m_assignee->setToolTip(tr("Nobody holds this ticket"));
    }

    const TimeText::Due due = TimeText::due(t.resolutionDue, t.status, now, m_warningWindowMs);
    QString text = dateText(t.resolutionDue);
    if (!due.text.isEmpty())
        text = text.isEmpty() ? due.text : tr("%1 · %2").arg(text, due.text);
    m_due->setText(text.isEmpty() ? tr("—") : text);
    m_due->setToolTip(m_due->text());
    QPalette duePalette = palette();
    const QColor ink = TimeText::dueColor(due.state, duePalette);
    if (ink.isValid())
        duePalette.setColor(QPalette::WindowText, ink);
    m_due->setPalette(duePalette);

    // The first reply has its own clock until somebody has answered.
    QString first;
    if (t.firstRespondedAt.isValid()) {
        first = tr("Answered %1").arg(dateText(t.firstRespondedAt));
    } else if (t.firstResponseDue.isValid()) {
        const TimeText::Due firstDue =
            TimeText::due(t.firstResponseDue, t.status, now, m_warningWindowMs);
        first = firstDue.text.isEmpty()
                    ? dateText(t.firstResponseDue)
                    : tr("%1 · %2").arg(dateText(t.firstResponseDue), firstDue.text);
    }
    m_firstResponse->setText(first.isEmpty() ? tr("—") : first);
    m_firstResponse->setToolTip(m_firstResponse->text());
}

QString TicketDetailView::dueText() const
{
    return m_due->text();
}

QString TicketDetailView::assigneeText() const
{
    return m_assignee->text();
}

QString TicketDetailView::eventAuthor(const TicketEvent &event) const
{
    if (event.staffId)
        return event.staffName.isEmpty() ? tr("Staff member") : event.staffName;
    // Without a staff member the customer wrote it, or the system did it.
    static const QStringList customerKinds = {QStringLiteral("created"), QStringLiteral("reply"),
                                              QStringLiteral("customer_reply")};
    if (customerKinds.contains(event.kind) && m_ticket)
        return m_ticket->requesterName.isEmpty() ? m_ticket->requesterEmail
                                                 : m_ticket->requesterName;
    return tr("System");
}

void TicketDetailView::setStaffDirectory(const QList<Staff> &staff)
{
    m_staffById.clear();
    m_staffByLogin.clear();
    for (const Staff &member : staff) {
        m_staffById.insert(member.id, member);
        m_staffByLogin.insert(member.login, member);
    }
    if (m_timelineLoaded)
        renderEvents();
}

QString TicketDetailView::staffName(const QJsonValue &idOrLogin) const
{
    if (idOrLogin.isDouble()) {
        const auto id = qint64(idOrLogin.toDouble());
        const auto it = m_staffById.constFind(id);
        return it != m_staffById.cend() ? it->displayName : tr("staff member %1").arg(id);
    }
    const QString login = idOrLogin.toString();
    const auto it = m_staffByLogin.constFind(login);
    return it != m_staffByLogin.cend() ? it->displayName : login;
}

QString TicketDetailView::eventText(const TicketEvent &e) const
{
    const QJsonObject fields = QJsonDocument::fromJson(e.data.toUtf8()).object();
    // Delivery events are told in words of their own when the outbox recorded who it went to.
    const QString mailTo = fields.value(QLatin1String("to")).toString();
    if (e.kind == QLatin1String("mail_sent") && !mailTo.isEmpty())
        return fields.contains(QLatin1String("event_id")) ? tr("Reply emailed to %1").arg(mailTo)
                                                          : tr("Email sent to %1").arg(mailTo);
    if (e.kind == QLatin1String("mail_failed") && !mailTo.isEmpty()) {
        QString why = fields.value(QLatin1String("server_reply")).toString();
        if (why.isEmpty())
            why = fields.value(QLatin1String("error")).toString();
        return tr("Email to %1 could not be delivered: %2 — open the Outbox to retry.")
            .arg(mailTo, why);
    }
    if (!e.body.trimmed().isEmpty())
        return e.body;
    // Changes recorded without words are told from their data.
    const QJsonValue from = fields.value(QLatin1String("from"));
    const QJsonValue to = fields.value(QLatin1String("to"));
    const auto hasValue = [](const QJsonValue &v) { return !v.isNull() && !v.isUndefined(); };
    if (e.kind == QLatin1String("status") || e.kind == QLatin1String("escalation")) {
        const auto fromStatus = Vocabulary::statusFromKey(from.toString());
        const auto toStatus = Vocabulary::statusFromKey(to.toString());
        if (fromStatus && toStatus)
            return tr("Status: %1 → %2")
                .arg(Vocabulary::label(*fromStatus), Vocabulary::label(*toStatus));
        if (toStatus)
            return tr("Status: %1").arg(Vocabulary::label(*toStatus));
        return {};
    }
    if (e.kind == QLatin1String("assignment")) {
        QString text;
        if (hasValue(from) && hasValue(to))
            text = tr("Reassigned from %1 to %2").arg(staffName(from), staffName(to));
        else if (hasValue(to))
            text = tr("Assigned to %1").arg(staffName(to));
        else if (hasValue(from))
            text = tr("Unassigned (was %1)").arg(staffName(from));
        else
            text = tr("Unassigned");
        if (const auto status =
                Vocabulary::statusFromKey(fields.value(QLatin1String("status")).toString()))
            text += u'\n' + tr("Status: %1").arg(Vocabulary::label(*status));
        return text;
    }
    if (e.kind == QLatin1String("priority")) {
        const auto a = Vocabulary::priorityFromKey(from.toString());
        const auto b = Vocabulary::priorityFromKey(to.toString());
        if (a && b)
            return tr("Priority: %1 → %2").arg(Vocabulary::label(*a), Vocabulary::label(*b));
        return {};
    }
    if (e.kind == QLatin1String("category")) {
        const auto a = Vocabulary::categoryFromKey(from.toString());
        const auto b = Vocabulary::categoryFromKey(to.toString());
        if (a && b)
            return tr("Category: %1 → %2").arg(Vocabulary::label(*a), Vocabulary::label(*b));
        return {};
    }
    if (e.kind == QLatin1String("created")) {
        if (const auto channel =
                Vocabulary::channelFromKey(fields.value(QLatin1String("channel")).toString()))
            return tr("Opened via %1").arg(Vocabulary::label(*channel));
    }
    return {};
}

void TicketDetailView::setEvents(const QList<TicketEvent> &events)
{
    m_events = events;
    m_timelineLoaded = true;
    renderEvents();
    emit timelineLoaded(m_ticketId, int(events.size()));
}

void TicketDetailView::renderEvents()
{
    const QList<TicketEvent> &events = m_events;
    m_timelineCaption->setText(
        tr("Timeline (%1)").arg(QLocale().toString(qlonglong(events.size()))));

    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QString muted = colorName(blend(text, base, 0.45));
    const QString cardColor = colorName(blend(base, text, 0.04));
    const QString noteColor = colorName(blend(base, QColor(240, 190, 40), 0.18));
    const QString alertColor = colorName(blend(base, QColor(220, 60, 50), 0.12));

    QString html;
    html += QStringLiteral("<html><body style=\"color:%1\">").arg(colorName(text));
    if (events.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("No events yet.").toHtmlEscaped());
    for (const TicketEvent &e : events) {
        QString background = cardColor;
        if (e.kind == QLatin1String("note"))
            background = noteColor;
        else if (e.kind == QLatin1String("sla_breach") || e.kind == QLatin1String("escalation") ||
                 e.kind == QLatin1String("mail_failed") ||
                 e.kind == QLatin1String("account_locked"))
            background = alertColor;
        QString body = eventText(e).toHtmlEscaped();
        body.replace(u'\n', QStringLiteral("<br/>"));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" "
                               "bgcolor=\"%1\" style=\"margin-bottom:8px\"><tr><td>")
                    .arg(background);
        html += QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3 · %4</span>")
                    .arg(eventAuthor(e).toHtmlEscaped(), muted,
                         Vocabulary::eventKindLabel(e.kind).toHtmlEscaped(),
                         dateText(e.at).toHtmlEscaped());
        if (!body.isEmpty())
            html += QStringLiteral("<div style=\"margin-top:4px\">%1</div>").arg(body);
        html += mailStateHtml(e, muted);
        html += QStringLiteral("</td></tr></table>");
    }
    html += QStringLiteral("</body></html>");
    m_timeline->setHtml(html);
    m_timeline->verticalScrollBar()->setValue(0);
}

QString TicketDetailView::timelineText() const
{
    return m_timeline->toPlainText();
}

void TicketDetailView::setActionBar(QWidget *bar)
{
    if (m_actionBar == bar)
        return;
    delete m_actionBar;
    m_actionBar = bar;
    if (bar) {
        bar->setParent(m_pages->widget(1));
        // Under the subject: number and subject come first.
        m_contentLayout->insertWidget(2, bar);
    }
}

// The reply / note editor.

bool TicketDetailView::isComposerOpen() const
{
    return !m_composer->isHidden();
}

QString TicketDetailView::composerText() const
{
    return m_composerEdit->toPlainText();
}

void TicketDetailView::setComposerText(const QString &text)
{
    m_composerEdit->setPlainText(text);
}

void TicketDetailView::openComposer(ComposerKind kind)
{
    if (m_ticketId <= 0)
        return;
    if (isComposerOpen() && kind != m_composerKind)
        stashDraft();
    if (!isComposerOpen() || kind != m_composerKind) {
        m_composerKind = kind;
        m_composerEdit->setPlainText(m_drafts.value({m_ticketId, int(kind)}));
        m_composerEdit->moveCursor(QTextCursor::End);
    }
    m_openComposers.remove(m_ticketId);
    updateComposerChrome();
    m_composer->show();
    m_composerEdit->setFocus(Qt::ShortcutFocusReason);
}

void TicketDetailView::updateComposerChrome()
{
    const bool reply = m_composerKind == ComposerKind::Reply;
    m_composerTitle->setText(reply ? tr("&Reply to the customer") : tr("Internal &note"));
    // Say what happens to the reply: emailed now, or kept until mail is set up.
    const QString to = m_ticket ? m_ticket->requesterEmail : tr("the customer");
    m_composerHint->setText(
        !reply ? tr("Only staff see internal notes.")
        : m_mailConfigured
            ? tr("The reply is added to the ticket's timeline and emailed to %1.").arg(to)
            : tr("The reply is added to the ticket's timeline. It will be emailed to the "
                 "customer once mail is configured; until then it waits in the outbox."));
    m_composerSubmit->setText(reply ? tr("Add Reply") : tr("Add Note"));
    m_composerSubmit->setToolTip(tr("Ctrl+Return"));
    m_composerEdit->setPlaceholderText(
        reply ? tr("Write to %1…")
                    .arg(m_ticket ? (m_ticket->requesterName.isEmpty() ? m_ticket->requesterEmail
                                                                       : m_ticket->requesterName)
                                  : tr("the customer"))
              : tr("A note for colleagues…"));
    QPalette pal = m_composer->palette();
    pal.setColor(QPalette::Window,
                 reply ? palette().color(QPalette::Window)
                       : blend(palette().color(QPalette::Window), QColor(240, 190, 40), 0.18));
    m_composer->setPalette(pal);
    m_composer->setAutoFillBackground(!reply);
    m_composerEdit->setReadOnly(m_composerBusy);
    m_composerSubmit->setEnabled(!m_composerBusy && !composerText().trimmed().isEmpty());
    m_composerCancel->setEnabled(!m_composerBusy);
}

void TicketDetailView::setMailConfigured(bool configured)
{
    if (m_mailConfigured == configured)
        return;
    m_mailConfigured = configured;
    updateComposerChrome();
    if (m_timelineLoaded)
        renderEvents();
}

void TicketDetailView::setComposerBusy(bool busy)
{
    m_composerBusy = busy;
    updateComposerChrome();
}

void TicketDetailView::submitComposer()
{
    if (!isComposerOpen() || m_composerBusy || composerText().trimmed().isEmpty())
        return;
    emit composerSubmitted(m_composerKind, composerText());
}

void TicketDetailView::stashDraft()
{
    if (!isComposerOpen() || m_ticketId <= 0)
        return;
    const QString text = composerText();
    if (text.trimmed().isEmpty())
        m_drafts.remove({m_ticketId, int(m_composerKind)});
    else
        m_drafts.insert({m_ticketId, int(m_composerKind)}, text);
}

void TicketDetailView::hideComposer()
{
    const bool hadFocus = m_composer->isAncestorOf(focusWidget());
    m_composer->hide();
    m_composerEdit->clear();
    if (hadFocus)
        m_timeline->setFocus(Qt::OtherFocusReason);
}

void TicketDetailView::clearComposer()
{
    m_drafts.remove({m_ticketId, int(m_composerKind)});
    m_openComposers.remove(m_ticketId);
    hideComposer();
}

bool TicketDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composerEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::ControlModifier) {
            submitComposer();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !m_composerBusy) {
            // Esc closes the editor but keeps the text for the next Ctrl+R.
            stashDraft();
            hideComposer();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace helpdesk
