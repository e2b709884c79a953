#include "ticket/TicketTimelineView.h"

#include "common/Colors.h"
#include "common/TimeText.h"
#include "ingest/InboundService.h"
#include "vocabulary/EventKind.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace helpdesk {

TicketTimelineView::TicketTimelineView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("ticketTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setText(tr("Timeline"));
    layout->addWidget(m_caption);

    m_browser->setObjectName(QStringLiteral("detailTimeline"));
    m_browser->setAccessibleName(tr("Timeline"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &TicketTimelineView::onLink);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_browser, 1);
}

void TicketTimelineView::clear()
{
    m_events.clear();
    m_loaded = false;
    m_mail.clear();
    m_attachments.clear();
    m_browser->clear();
    m_caption->setText(tr("Timeline"));
}

void TicketTimelineView::showLoading()
{
    clear();
    m_browser->setPlainText(tr("Loading timeline…"));
}

void TicketTimelineView::showError(const QString &message)
{
    m_browser->setPlainText(message);
}

void TicketTimelineView::setTicket(const std::optional<Ticket> &ticket)
{
    m_ticket = ticket;
}

void TicketTimelineView::setEvents(const QList<TicketEvent> &events)
{
    m_events = events;
    m_loaded = true;
    render();
}

void TicketTimelineView::setMail(const QList<OutboxEntry> &mail)
{
    m_mail = mail;
    if (m_loaded)
        render();
}

void TicketTimelineView::setAttachments(const QList<InboundAttachment> &attachments)
{
    m_attachments = attachments;
    if (m_loaded)
        render();
}

void TicketTimelineView::setStaffDirectory(const QList<Staff> &staff)
{
    m_staff.set(staff);
    if (m_loaded)
        render();
}

void TicketTimelineView::setMailConfigured(bool configured)
{
    if (m_mailConfigured == configured)
        return;
    m_mailConfigured = configured;
    if (m_loaded)
        render();
}

QString TicketTimelineView::plainText() const
{
    return m_browser->toPlainText();
}

void TicketTimelineView::focusEvents()
{
    m_browser->setFocus(Qt::OtherFocusReason);
}

void TicketTimelineView::render()
{
    const QList<TicketEvent> &events = m_events;
    m_caption->setText(tr("Timeline (%1)").arg(QLocale().toString(qlonglong(events.size()))));

    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QString muted = Colors::html(Colors::mix(text, base, 0.45));
    const QString cardColor = Colors::html(Colors::mix(base, text, 0.04));
    const QString noteColor = Colors::html(Colors::mix(base, Colors::noteTint(), 0.18));
    const QString alertColor = Colors::html(Colors::mix(base, QColor(220, 60, 50), 0.12));

    QString html;
    html += QStringLiteral("<html><body style=\"color:%1\">").arg(Colors::html(text));
    if (events.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(muted, tr("No events yet.").toHtmlEscaped());
    // Attachments go under the event of the message that brought them; those whose event is
    // not shown (a ticket created from the mail: its first event) under the first event.
    QHash<qint64, QList<const InboundAttachment *>> byEvent;
    QList<const InboundAttachment *> unplaced;
    for (const InboundAttachment &a : m_attachments) {
        const bool shown =
            a.eventId && std::any_of(events.begin(), events.end(),
                                     [&](const TicketEvent &e) { return e.id == *a.eventId; });
        if (shown)
            byEvent[*a.eventId].append(&a);
        else
            unplaced.append(&a);
    }
    bool first = true;
    for (const TicketEvent &e : events) {
        QString background = cardColor;
        if (e.kind == QLatin1String("note"))
            background = noteColor;
        else if (e.kind == QLatin1String("sla_breach") || e.kind == QLatin1String("escalation") ||
                 e.kind == QLatin1String("mail_failed") ||
                 e.kind == QLatin1String("account_locked"))
            background = alertColor;
        QString body = TimelineText::text(e, m_staff).toHtmlEscaped();
        body.replace(u'\n', QStringLiteral("<br/>"));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" "
                               "bgcolor=\"%1\" style=\"margin-bottom:8px\"><tr><td>")
                    .arg(background);
        html += QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3 · %4</span>")
                    .arg(TimelineText::author(e, m_ticket).toHtmlEscaped(), muted,
                         Vocabulary::eventKindLabel(e.kind).toHtmlEscaped(),
                         TimeText::dateTime(e.at).toHtmlEscaped());
        if (!body.isEmpty())
            html += QStringLiteral("<div style=\"margin-top:4px\">%1</div>").arg(body);
        html += mailStateHtml(e, muted);
        QList<const InboundAttachment *> files = byEvent.value(e.id);
        if (first)
            files = unplaced + files;
        first = false;
        html += attachmentsHtml(files, muted);
        html += QStringLiteral("</td></tr></table>");
    }
    if (events.isEmpty())
        html += attachmentsHtml(unplaced, muted);
    html += QStringLiteral("</body></html>");
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(0);
}

const OutboxEntry *TicketTimelineView::mailEntry(qint64 outboxId) const
{
    for (const OutboxEntry &e : m_mail)
        if (e.id == outboxId)
            return &e;
    return nullptr;
}

const InboundAttachment *TicketTimelineView::attachmentById(qint64 id) const
{
    for (const InboundAttachment &a : m_attachments)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString TicketTimelineView::attachmentsHtml(const QList<const InboundAttachment *> &list,
                                            const QString &muted) const
{
    QString html;
    for (const InboundAttachment *a : list) {
        const QString name = InboundService::safeFileName(a->fileName, a->id);
        QString line = QStringLiteral("<span style=\"color:%1\">%2</span> <b>%3</b> "
                                      "<span style=\"color:%1\">%4 · %5 ·</span>")
                           .arg(muted, tr("Attachment").toHtmlEscaped(), name.toHtmlEscaped(),
                                a->mimeType.toHtmlEscaped(),
                                QLocale().formattedDataSize(a->size).toHtmlEscaped());
        if (a->omitted) {
            line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                        .arg(muted, tr("over the size limit: listed, not kept").toHtmlEscaped());
        } else {
            if (!InboundService::isRunnable(a->fileName, a->mimeType))
                line += QStringLiteral(" <a href=\"helpdesk-attachment:open/%1\">%2</a> ·")
                            .arg(a->id)
                            .arg(tr("Open").toHtmlEscaped());
            else
                line += QStringLiteral(" <span style=\"color:%1\">%2</span> ·")
                            .arg(muted, tr("a program or script: save it and check it before "
                                           "running it")
                                            .toHtmlEscaped());
            line += QStringLiteral(" <a href=\"helpdesk-attachment:save/%1\">%2</a>")
                        .arg(a->id)
                        .arg(tr("Save…").toHtmlEscaped());
        }
        html += QStringLiteral("<div style=\"margin-top:4px\">%1</div>").arg(line);
    }
    return html;
}

void TicketTimelineView::onLink(const QUrl &url)
{
    // helpdesk-outbox:retry/42, helpdesk-outbox:show/42, helpdesk-attachment:open/7 and
    // helpdesk-attachment:save/7
    const bool mail = url.scheme() == QLatin1String("helpdesk-outbox");
    if (!mail && url.scheme() != QLatin1String("helpdesk-attachment"))
        return;
    const QStringList parts = url.path().split(u'/');
    if (parts.size() != 2)
        return;
    const qint64 id = parts.at(1).toLongLong();
    if (id <= 0)
        return;
    if (!mail) {
        const InboundAttachment *a = attachmentById(id);
        if (a && parts.at(0) == QLatin1String("open") &&
            !InboundService::isRunnable(a->fileName, a->mimeType))
            emit attachmentOpenRequested(*a);
        else if (a && parts.at(0) == QLatin1String("save"))
            emit attachmentSaveRequested(*a);
        return;
    }
    if (parts.at(0) == QLatin1String("retry"))
        emit mailRetryRequested(id);
    else if (parts.at(0) == QLatin1String("show"))
        emit outboxRequested(id);
}

QString TicketTimelineView::mailStateHtml(const TicketEvent &e, const QString &muted) const
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
                           .arg(to, TimeText::dateTime(m.nextAttemptAt), m.lastError);
                problem = true;
            }
            break;
        case OutboxStatus::Sending:
            text = tr("Email to %1 is being sent…").arg(to);
            break;
        case OutboxStatus::Sent:
            text = tr("Emailed to %1 at %2.").arg(to, TimeText::dateTime(m.sentAt));
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
        html +=
            QStringLiteral("<div style=\"margin-top:4px;color:%1\">✉ %2%3</div>")
                .arg(problem ? Colors::html(
                                   Colors::text(Colors::Tone::Danger, palette(), QPalette::Base))
                             : muted,
                     text.toHtmlEscaped(), m.status == OutboxStatus::Failed ? links(m) : QString());
    }
    return html;
}

} // namespace helpdesk
