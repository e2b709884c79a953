#include "wizard/TroubleshootingWizard.h"

#include "common/ActionCatalog.h"
#include "common/ActionRegistry.h"
#include "common/Futures.h"
#include "troubleshooting/TroubleshootingService.h"
#include "wizard/WizardFinishedPage.h"
#include "wizard/WizardHistoryView.h"
#include "wizard/WizardStartPage.h"
#include "wizard/WizardStepPage.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace helpdesk {

TroubleshootingWizard::TroubleshootingWizard(TroubleshootingService *service, const Ticket &ticket,
                                             AccountPanelFactory accountPanels, QWidget *parent)
    : QWizard(parent), m_service(service), m_ticket(ticket),
      m_panelFactory(std::move(accountPanels)), m_actions(new ActionRegistry(this)),
      m_start(new WizardStartPage(service->flows(), ticket, this)),
      m_finished(new WizardFinishedPage(this)), m_history(new WizardHistoryView(this))
{
    setObjectName(QStringLiteral("troubleshootingWizard"));
    setWindowTitle(tr("Troubleshoot %1 — %2").arg(ticketNumberText(ticket.id), ticket.subject));
    // The classic style shows the side panel with the steps so far on every platform.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, ActionCatalog::get(u"wizard.pause").text);
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::FinishButton, ActionCatalog::get(u"wizard.finish").text);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("pauseButton"));
    button(QWizard::CustomButton1)->setToolTip(ActionCatalog::toolTip(u"wizard.pause"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closeButton"));
    button(QWizard::CancelButton)->setToolTip(ActionCatalog::toolTip(u"wizard.close"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    connect(button(QWizard::CustomButton1), &QAbstractButton::clicked, this,
            &TroubleshootingWizard::pauseAndClose);

    setPage(StartPageId, m_start);
    setPage(FinishedPageId, m_finished);
    setStartId(StartPageId);
    setSideWidget(m_history);
    connect(this, &QWizard::currentIdChanged, this, &TroubleshootingWizard::updateButtons);
    connect(m_start, &WizardStartPage::startRequested, this, &TroubleshootingWizard::startOrResume);
    updateButtons(StartPageId);
    resize(1000, 800);
    loadOpenRun();
}

TroubleshootingWizard::~TroubleshootingWizard() = default;

void TroubleshootingWizard::setFlowLoadErrors(const QStringList &messages)
{
    m_start->setFlowErrors(messages);
}

WizardStepPage *TroubleshootingWizard::currentStepPage() const
{
    return qobject_cast<WizardStepPage *>(currentPage());
}

WizardStepPage *TroubleshootingWizard::stepPage(int seq) const
{
    return qobject_cast<WizardStepPage *>(page(FirstStepPageId + seq));
}

const Flow *TroubleshootingWizard::flowOf(const FlowRun &run) const
{
    return m_service->flows().flow(run.flowId);
}

void TroubleshootingWizard::updateButtons(int pageId)
{
    QList<QWizard::WizardButton> layout;
    if (pageId == FinishedPageId)
        layout = {QWizard::Stretch, QWizard::FinishButton};
    else if (pageId >= FirstStepPageId)
        layout = {QWizard::CustomButton1, QWizard::Stretch, QWizard::CancelButton};
    else
        layout = {QWizard::Stretch, QWizard::NextButton, QWizard::CancelButton};
    setButtonLayout(layout);
}

void TroubleshootingWizard::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (WizardStepPage *page = currentStepPage())
        page->setBusy(busy, what);
    else if (currentId() == StartPageId || currentId() == -1)
        m_start->setBusy(busy, what);
    button(QWizard::CustomButton1)->setEnabled(!busy);
    emit busyChanged(busy);
}

void TroubleshootingWizard::loadOpenRun()
{
    whenDone(m_service->openRun(m_ticket.id), this,
             [this](const Result<std::optional<FlowRun>> &open) {
                 if (!open) {
                     m_start->setOpenRun(std::nullopt);
                     m_start->showError(open.error().message);
                     return;
                 }
                 m_start->setOpenRun(open.value());
                 if (open.value())
                     m_history->setRun(*open.value(), flowOf(*open.value()));
                 else
                     m_history->clear();
             });
}

void TroubleshootingWizard::startOrResume()
{
    if (m_busy || !m_start->isLoaded())
        return;
    const auto started = [this](const Result<FlowRun> &r) { onStarted(r); };
    const QString flowId = m_start->chosenFlowId();
    switch (m_start->choice()) {
    case WizardStartPage::Choice::Start:
        setBusy(true, tr("Starting…"));
        whenDone(m_service->start(m_ticket.id, flowId), this, started);
        return;
    case WizardStartPage::Choice::Continue: {
        const FlowRun open = *m_start->openRun();
        if (open.status == FlowRunStatus::Paused) {
            setBusy(true, tr("Resuming…"));
            whenDone(m_service->resume(open), this, started);
        } else {
            // Nothing to change: continue from the run as it is now.
            setBusy(true, tr("Reading the run…"));
            whenDone(m_service->run(open.id), this, started);
        }
        return;
    }
    case WizardStartPage::Choice::AbandonAndStart: {
        const FlowRun open = *m_start->openRun();
        const Flow *chosen = m_service->flows().flow(flowId);
        setBusy(true, tr("Abandoning the old run…"));
        whenDone(m_service->abandon(
                     open, chosen ? tr("Abandoned to start “%1” instead.").arg(chosen->title)
                                  : QString()),
                 this, [this, flowId, started](const Result<FlowRun> &abandoned) {
                     if (!abandoned) {
                         onStarted(abandoned);
                         return;
                     }
                     m_start->setBusy(true, tr("Starting…"));
                     whenDone(m_service->start(m_ticket.id, flowId), this, started);
                 });
        return;
    }
    }
}

void TroubleshootingWizard::onStarted(const Result<FlowRun> &result)
{
    setBusy(false);
    if (!result) {
        m_start->showError(result.error().message);
        emit errorShown(result.error().message);
        // Someone started or moved a run meanwhile: offer what is there now.
        if (result.error().code == Error::Code::Conflict)
            loadOpenRun();
        return;
    }
    showRun(result.value());
}

void TroubleshootingWizard::showRun(const FlowRun &run)
{
    m_run = run;
    m_history->setRun(run, flowOf(run));
    emit runChanged(run);
    if (!run.isOpen()) {
        m_finished->setRun(run);
        moveTo(FinishedPageId);
        return;
    }
    const FlowRunStep *current = run.currentRunStep();
    if (!current)
        return;
    WizardStepPage *page = stepPage(current->seq);
    if (!page) {
        const Flow *flow = flowOf(run);
        const FlowStep *step = flow ? flow->step(current->stepId) : nullptr;
        if (!step) {
            const QString message =
                tr("The flow “%1” installed here has no step “%2” any more. Abandon the run "
                   "(what was recorded stays) and start again.")
                    .arg(run.flowTitle, current->stepTitle);
            if (WizardStepPage *shown = currentStepPage())
                shown->showError(message);
            else
                m_start->showError(message);
            emit errorShown(message);
            return;
        }
        page = new WizardStepPage(*flow, *step, current->seq, m_ticket, this);
        page->setAccountPanelFactory(m_panelFactory);
        connect(page, &WizardStepPage::answerRequested, this, &TroubleshootingWizard::answer);
        connect(page, &WizardStepPage::finishRequested, this, &TroubleshootingWizard::finishRun);
        connect(page, &WizardStepPage::emailRequested, this, &TroubleshootingWizard::emailSteps);
        connect(page, &WizardStepPage::reloadRequested, this, &TroubleshootingWizard::reloadRun);
        connect(page, &WizardStepPage::accountRecheckRequested, this,
                &TroubleshootingWizard::recheckAccount);
        setPage(FirstStepPageId + current->seq, page);
        // Say what the answer that led here did: "Reset link sent to …", "Ticket set to …".
        if (run.steps.size() >= 2) {
            QStringList done;
            const FlowRunStep &previous = run.steps.at(run.steps.size() - 2);
            for (const QJsonValue &a : previous.details.value(QStringLiteral("actions")).toArray())
                if (const QString summary =
                        a.toObject().value(QStringLiteral("summary")).toString();
                    !summary.isEmpty())
                    done << summary;
            page->setJustDone(done);
        }
        if (step->kind == FlowStepKind::AccountCheck)
            loadAccount(page);
    }
    page->setRun(run);
    if (currentId() != FirstStepPageId + current->seq)
        moveTo(FirstStepPageId + current->seq);
}

void TroubleshootingWizard::moveTo(int pageId)
{
    m_pendingPageId = pageId;
    m_advancing = true;
    next();
    m_advancing = false;
    m_pendingPageId = FinishedPageId;
}

void TroubleshootingWizard::answer(const QString &outcome, const QString &notes)
{
    WizardStepPage *page = currentStepPage();
    if (!page || !m_run || m_busy)
        return;
    page->clearError();
    setBusy(true, page->kind() == FlowStepKind::Action && outcome == FlowOutcomes::Done
                      ? tr("Doing it: %1…")
                            .arg(page->actionsText().isEmpty() ? tr("the step's actions")
                                                               : page->step().title)
                      : tr("Recording your answer…"));
    whenDone(m_service->answer(*m_run, outcome, notes), this,
             [this](const Result<FlowRun> &r) { onRunAnswer(r); });
}

void TroubleshootingWizard::finishRun(const QString &notes)
{
    WizardStepPage *page = currentStepPage();
    if (!page || !m_run || m_busy)
        return;
    page->clearError();
    setBusy(true, tr("Finishing…"));
    whenDone(m_service->finish(*m_run, notes), this,
             [this](const Result<FlowRun> &r) { onRunAnswer(r); });
}

void TroubleshootingWizard::onRunAnswer(const Result<FlowRun> &result)
{
    setBusy(false);
    if (!result) {
        showRunError(result.error());
        return;
    }
    showRun(result.value());
}

void TroubleshootingWizard::showRunError(const Error &error)
{
    if (WizardStepPage *page = currentStepPage())
        page->showError(error.message);
    else
        m_start->showError(error.message);
    emit errorShown(error.message);
    if (error.code == Error::Code::Conflict || !m_run)
        return; // the agent reloads and sees what moved
    // A refused action may have done part of the step: show what is done, unless the run
    // moved meanwhile (then Reload shows it).
    const qint64 runId = m_run->id;
    whenDone(m_service->run(runId), this, [this](const Result<FlowRun> &fresh) {
        if (!fresh || !m_run || fresh.value().id != m_run->id ||
            fresh.value().version != m_run->version)
            return;
        m_run = fresh.value();
        m_history->setRun(*m_run, flowOf(*m_run));
        if (WizardStepPage *page = currentStepPage())
            page->setRun(*m_run);
    });
}

void TroubleshootingWizard::emailSteps()
{
    WizardStepPage *page = currentStepPage();
    if (!page || !m_run || m_busy)
        return;
    page->clearError();
    setBusy(true, tr("Queuing the mail to %1…").arg(m_ticket.requesterEmail));
    whenDone(m_service->emailSteps(*m_run), this, [this](const Result<FlowRun> &r) {
        setBusy(false);
        if (!r) {
            showRunError(r.error());
            return;
        }
        m_run = r.value();
        m_history->setRun(*m_run, flowOf(*m_run));
        emit runChanged(*m_run);
        if (WizardStepPage *current = currentStepPage())
            current->setRun(*m_run);
    });
}

void TroubleshootingWizard::reloadRun()
{
    if (!m_run || m_busy)
        return;
    setBusy(true, tr("Reading the run again…"));
    whenDone(m_service->run(m_run->id), this, [this](const Result<FlowRun> &r) {
        setBusy(false);
        if (!r) {
            showRunError(r.error());
            return;
        }
        if (WizardStepPage *page = currentStepPage())
            page->clearError();
        if (r.value().status == FlowRunStatus::Paused) {
            // Someone paused it meanwhile; the agent asked to go on, so take it up again.
            setBusy(true, tr("Resuming…"));
            whenDone(m_service->resume(r.value()), this,
                     [this](const Result<FlowRun> &resumed) { onRunAnswer(resumed); });
            return;
        }
        showRun(r.value());
        if (WizardStepPage *page = currentStepPage();
            page && page->kind() == FlowStepKind::AccountCheck)
            loadAccount(page);
    });
}

void TroubleshootingWizard::recheckAccount()
{
    if (WizardStepPage *page = currentStepPage();
        page && page->kind() == FlowStepKind::AccountCheck)
        loadAccount(page);
}

void TroubleshootingWizard::loadAccount(WizardStepPage *page)
{
    whenDone(m_service->ticketAccount(m_ticket.id), page,
             [this, page](const Result<TicketAccount> &account) {
                 if (!account) {
                     page->setAccountError(account.error().message);
                     return;
                 }
                 page->setAccount(account.value());
                 // The account panel's actions are the wizard's too (its keys, the shortcut
                 // list's check that no key means two things here).
                 for (ActionRegistry *panel :
                      page->accountPanelHost()->findChildren<ActionRegistry *>())
                     m_actions->include(panel);
             });
}

void TroubleshootingWizard::pauseAndClose()
{
    if (m_busy)
        return;
    if (!m_run || m_run->status != FlowRunStatus::Active) {
        reject();
        return;
    }
    WizardStepPage *page = currentStepPage();
    const QString notes = page ? page->notes() : QString();
    if (page)
        page->clearError();
    setBusy(true, tr("Pausing…"));
    whenDone(m_service->pause(*m_run, notes), this, [this](const Result<FlowRun> &r) {
        setBusy(false);
        if (!r) {
            showRunError(r.error());
            return;
        }
        m_run = r.value();
        emit runChanged(*m_run);
        reject();
    });
}

} // namespace helpdesk
