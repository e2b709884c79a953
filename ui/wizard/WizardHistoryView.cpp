#include "wizard/WizardHistoryView.h"

#include "wizard/WizardText.h"

#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
QString outcomeText(const FlowRunStep &step, const Flow *flow)
{
    if (!step.outcomeLabel.isEmpty())
        return step.outcomeLabel;
    if (flow)
        if (const FlowStep *s = flow->step(step.stepId))
            if (const auto o = s->outcome(step.outcome))
                return o->label;
    const QString standard = FlowVocabulary::standardOutcomeLabel(step.outcome);
    return standard.isEmpty() ? step.outcome : standard;
}
} // namespace

WizardHistoryView::WizardHistoryView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_list(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("wizardHistory"));
    m_caption->setText(tr("Steps so far"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_list->setObjectName(QStringLiteral("wizardHistoryList"));
    m_list->setAccessibleName(tr("Steps so far"));
    m_list->setOpenLinks(false);
    m_list->setFocusPolicy(Qt::ClickFocus); // Tab stays on the page's own controls
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list, 1);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    clear();
}

void WizardHistoryView::clear()
{
    m_list->setHtml(QStringLiteral("<p>%1</p>")
                        .arg(tr("Nothing recorded yet. Each answer is listed here and on the "
                                "ticket's timeline.")
                                 .toHtmlEscaped()));
}

void WizardHistoryView::setRun(const FlowRun &run, const Flow *flow)
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString html = QStringLiteral("<p><b>%1</b><br/><span style=\"color:%2\">%3</span></p>")
                       .arg(run.flowTitle.toHtmlEscaped(), muted,
                            FlowRunStatuses::label(run.status).toHtmlEscaped());
    html += QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1\">");
    for (const FlowRunStep &step : run.steps) {
        html += QStringLiteral("<li style=\"margin-bottom:6px\"><b>%1</b>")
                    .arg(step.stepTitle.toHtmlEscaped());
        if (step.isAnswered()) {
            QString who = step.answeredByName;
            const QString when = WizardText::timeText(step.answeredAt);
            QString line = outcomeText(step, flow);
            if (!who.isEmpty() || !when.isEmpty())
                line = tr("%1 · %2 %3").arg(line, who, when).trimmed();
            html += QStringLiteral("<br/>%1").arg(line.toHtmlEscaped());
            for (const QJsonValue &a : step.details.value(QStringLiteral("actions")).toArray()) {
                const QString summary = a.toObject().value(QStringLiteral("summary")).toString();
                if (!summary.isEmpty())
                    html += QStringLiteral("<br/>%1").arg(summary.toHtmlEscaped());
            }
            if (!step.notes.isEmpty())
                html += QStringLiteral("<br/><i>%1</i>")
                            .arg(tr("Notes: %1").arg(step.notes).toHtmlEscaped());
        } else if (run.isOpen()) {
            html += QStringLiteral("<br/><span style=\"color:%1\">%2</span>")
                        .arg(muted, tr("current step").toHtmlEscaped());
        }
        const QJsonArray emailed = step.details.value(QStringLiteral("emailed")).toArray();
        if (!emailed.isEmpty())
            html += QStringLiteral("<br/>%1").arg(
                (emailed.size() == 1
                     ? tr("Steps emailed to the customer")
                     : tr("Steps emailed to the customer %1 times").arg(emailed.size()))
                    .toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    m_list->setHtml(html);
    // The latest step is what matters now.
    m_list->moveCursor(QTextCursor::End);
    m_list->ensureCursorVisible();
}

QString WizardHistoryView::text() const
{
    return m_list->toPlainText();
}

} // namespace helpdesk
