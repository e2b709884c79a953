#pragma once
// The guided troubleshooting wizard for one ticket. The first page picks the flow (the one meant
// for the ticket's category is suggested) or continues the run the ticket already has; then one
// page per step the run reaches. Every answer goes through TroubleshootingService, which records
// it on the ticket; the next page shows the step the run moved to. "Pause and Close" leaves the
// run paused on the ticket for anyone to resume; closing keeps everything recorded.
//
// Keyboard: the mnemonics of the buttons (start or resume, answer 1–9, notes, copy, email the
// steps, pause) and Esc to close; their keys are the wizard.* entries of ActionCatalog.

#include "tickets/Ticket.h"
#include "troubleshooting/FlowRun.h"
#include "troubleshooting/FlowRunStore.h"

#include <QFuture>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <optional>

namespace helpdesk {

class ActionRegistry;
class TroubleshootingService;
class WizardFinishedPage;
class WizardHistoryView;
class WizardStartPage;
class WizardStepPage;
struct Flow;

class TroubleshootingWizard : public QWizard
{
    Q_OBJECT
public:
    // Builds the live account-status panel an account-check step shows (e.g. an
    // AccountStatusPanel on this session's AccountService, with the ticket as context).
    using AccountPanelFactory = std::function<QWidget *(qint64 accountId, QWidget *parent)>;

    enum PageId { StartPageId = 0, FinishedPageId = 1, FirstStepPageId = 100 };

    // Without a panel factory, an account-check step shows a compact status line instead.
    TroubleshootingWizard(TroubleshootingService *service, const Ticket &ticket,
                          AccountPanelFactory accountPanels = {}, QWidget *parent = nullptr);
    ~TroubleshootingWizard() override;

    // Flow files that did not load (AppSession's FlowLoadReport), listed on the first page.
    void setFlowLoadErrors(const QStringList &messages);

    qint64 ticketId() const { return m_ticket.id; }
    const std::optional<FlowRun> &run() const { return m_run; }
    bool isBusy() const { return m_busy; }

    // The page of the step the run shows now; null on the first and the last page.
    WizardStepPage *currentStepPage() const;
    WizardStepPage *stepPage(int seq) const;

    // For the pages: where Next goes, and whether the wizard itself is moving on.
    int pendingPageId() const { return m_pendingPageId; }
    bool isAdvancing() const { return m_advancing; }

public slots:
    // What the buttons do; also callable directly.
    void startOrResume();
    void answer(const QString &outcome, const QString &notes);
    void finishRun(const QString &notes);
    void emailSteps();
    void reloadRun();
    void recheckAccount();
    void pauseAndClose();

signals:
    void runChanged(const helpdesk::FlowRun &run);
    void busyChanged(bool busy);
    // A call came back refused (the message is shown on the page too).
    void errorShown(const QString &message);

private:
    void loadOpenRun();
    void onStarted(const Result<FlowRun> &result);
    void showRun(const FlowRun &run);
    void moveTo(int pageId);
    void setBusy(bool busy, const QString &what = {});
    void showRunError(const Error &error);
    void onRunAnswer(const Result<FlowRun> &result);
    void loadAccount(WizardStepPage *page);
    void updateButtons(int pageId);
    const Flow *flowOf(const FlowRun &run) const;

    TroubleshootingService *m_service;
    Ticket m_ticket;
    std::optional<FlowRun> m_run;
    bool m_busy = false;
    bool m_advancing = false;
    int m_pendingPageId = FinishedPageId;
    AccountPanelFactory m_panelFactory;
    ActionRegistry *m_actions; // the account panels' actions, once a step shows one

    WizardStartPage *m_start;
    WizardFinishedPage *m_finished;
    WizardHistoryView *m_history;
};

} // namespace helpdesk
