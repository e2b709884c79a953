#include "ticket/TicketFacts.h"

#include "common/TimeText.h"

#include <QFormLayout>
#include <QLabel>

namespace helpdesk {

namespace {
constexpr int ClockRefreshMs = 30 * 1000;
} // namespace

TicketFacts::TicketFacts(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("ticketFacts"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_requester = addField(tr("Requester"), QStringLiteral("detailRequester"));
    m_status = addField(tr("Status"), QStringLiteral("detailStatus"));
    m_priority = addField(tr("Priority"), QStringLiteral("detailPriority"));
    m_category = addField(tr("Category"), QStringLiteral("detailCategory"));
    m_assignee = addField(tr("Assignee"), QStringLiteral("detailAssignee"));
    m_created = addField(tr("Created"), QString());
    m_firstResponse = addField(tr("First reply due"), QStringLiteral("detailFirstResponse"));
    m_due = addField(tr("Due"), QStringLiteral("detailDue"));
    m_updated = addField(tr("Updated"), QString());
    m_escalation = addField(tr("Escalation"), QString());

    m_clockTimer.setInterval(ClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &TicketFacts::updateTimes);
    m_clockTimer.start();
}

QLabel *TicketFacts::addField(const QString &label, const QString &objectName)
{
    auto *name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    // Long values are clipped rather than widening the panel; the tooltip has them in full.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    name->setBuddy(value);
    m_form->addRow(name, value);
    return value;
}

void TicketFacts::setTicket(const Ticket &t)
{
    m_ticket = t;
    m_requester->setText(t.requesterName.isEmpty() ? t.requesterEmail
                                                   : t.requesterName + u'\n' + t.requesterEmail);
    m_status->setText(Vocabulary::label(t.status));
    m_priority->setText(Vocabulary::label(t.priority));
    m_category->setText(Vocabulary::label(t.category));
    m_created->setText(TimeText::dateTime(t.createdAt));
    m_updated->setText(TimeText::dateTime(t.updatedAt));
    for (QLabel *value : {m_requester, m_status, m_priority, m_category, m_created, m_updated})
        value->setToolTip(value->text());
    m_escalation->setText(t.escalationLevel > 0 ? tr("Level %1").arg(t.escalationLevel)
                                                : tr("None"));
    updateTimes();
}

void TicketFacts::setWarningWindow(qint64 ms)
{
    m_warningWindowMs = ms;
    updateTimes();
}

void TicketFacts::updateTimes()
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
    QString text = TimeText::dateTime(t.resolutionDue);
    if (!due.text.isEmpty())
        text = text.isEmpty() ? due.text : tr("%1 · %2").arg(text, due.text);
    m_due->setText(text.isEmpty() ? tr("—") : text);
    m_due->setToolTip(m_due->text());
    QPalette duePalette = palette();
    const QColor ink = TimeText::dueColor(due.state, duePalette, QPalette::Window);
    if (ink.isValid())
        duePalette.setColor(QPalette::WindowText, ink);
    m_due->setPalette(duePalette);

    // The first reply has its own clock until somebody has answered.
    QString first;
    if (t.firstRespondedAt.isValid()) {
        first = tr("Answered %1").arg(TimeText::dateTime(t.firstRespondedAt));
    } else if (t.firstResponseDue.isValid()) {
        const TimeText::Due firstDue =
            TimeText::due(t.firstResponseDue, t.status, now, m_warningWindowMs);
        first = firstDue.text.isEmpty()
                    ? TimeText::dateTime(t.firstResponseDue)
                    : tr("%1 · %2").arg(TimeText::dateTime(t.firstResponseDue), firstDue.text);
    }
    m_firstResponse->setText(first.isEmpty() ? tr("—") : first);
    m_firstResponse->setToolTip(m_firstResponse->text());
}

} // namespace helpdesk
