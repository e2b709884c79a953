#include "wizard/WizardFinishedPage.h"

#include "wizard/WizardText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace helpdesk {

WizardFinishedPage::WizardFinishedPage(QWidget *parent)
    : QWizardPage(parent), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("wizardFinished"));
    setTitle(tr("Troubleshooting finished"));
    m_summary->setObjectName(QStringLiteral("finishedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void WizardFinishedPage::setRun(const FlowRun &run)
{
    const FlowRunStep *last = run.currentRunStep();
    const QString where = last ? last->stepTitle : run.currentStep;
    QString resolvedAt;
    for (const FlowRunStep &s : run.steps)
        if (s.stepId == run.resolvedStep)
            resolvedAt = s.stepTitle;
    QString text;
    if (run.status == FlowRunStatus::Abandoned) {
        setTitle(tr("Troubleshooting abandoned"));
        text = tr("The run “%1” was abandoned at “%2”. Everything recorded stays on the ticket's "
                  "timeline.")
                   .arg(run.flowTitle, where);
    } else if (run.result == FlowRunResults::Resolved) {
        setTitle(tr("Resolved"));
        text = resolvedAt.isEmpty()
                   ? tr("The ticket is resolved.")
                   : tr("The ticket is resolved: “%1” fixed it; that is recorded for the "
                        "reports.")
                         .arg(resolvedAt);
    } else if (run.result == FlowRunResults::Escalated) {
        setTitle(tr("Escalated"));
        text = tr("The ticket is escalated with a summary of every step tried, so the team lead "
                  "does not have to ask again.");
    } else if (run.result == FlowRunResults::PendingCustomer) {
        setTitle(tr("Waiting for the customer"));
        text = tr("The ticket waits for the customer's answer.");
    } else {
        setTitle(tr("Troubleshooting finished"));
        text = tr("The run ended at “%1”.").arg(where);
    }
    setSubTitle(tr("%1 · %2 steps · finished %3")
                    .arg(run.flowTitle)
                    .arg(run.steps.size())
                    .arg(WizardText::timeText(run.finishedAt)));
    m_summary->setText(text + u'\n' + u'\n' +
                       tr("Every answer is on the ticket's timeline. Press Close to return to "
                          "the ticket."));
}

QString WizardFinishedPage::summaryText() const
{
    return m_summary->text();
}

} // namespace helpdesk
