#pragma once
// One page of the troubleshooting wizard: the step the run reached, with the agent's
// instructions, the customer-facing text (copy it, or email the steps still to try), what the
// step will do (account check: the customer's account; action and end steps: the actions),
// the step's answers as numbered buttons (Alt+1, Alt+2, …), a notes field and, when an answer
// was refused, the reason and a Reload button.

#include "tickets/Ticket.h"
#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowRun.h"
#include "troubleshooting/FlowRunStore.h"

#include <QList>
#include <QWizardPage>

#include <functional>

class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace helpdesk {

class WizardStepPage : public QWizardPage
{
    Q_OBJECT
public:
    // seq: the step's place in the run (1, 2, …); one page per step reached.
    WizardStepPage(const Flow &flow, const FlowStep &step, int seq, const Ticket &ticket,
                   QWidget *parent = nullptr);

    int seq() const { return m_seq; }
    QString stepId() const { return m_step.id; }
    FlowStepKind kind() const { return m_step.kind; }
    const FlowStep &step() const { return m_step; }

    // The run as it is now (what was emailed, actions already done at this step).
    void setRun(const FlowRun &run);
    // Builds the live account panel shown under the status line (none: the line alone).
    void setAccountPanelFactory(std::function<QWidget *(qint64, QWidget *)> factory)
    {
        m_panelFactory = std::move(factory);
    }
    // Account-check steps: the account of the ticket's requester, or why it could not be read.
    void setAccount(const TicketAccount &account);
    void setAccountError(const QString &message);
    bool hasAccount() const { return m_accountKnown; }

    // While a call is on its way: the buttons are off and `what` is shown.
    void setBusy(bool busy, const QString &what = {});
    bool isBusy() const { return m_busy; }
    // A refused answer: the message (it says what to do next) and a Reload button.
    void showError(const QString &message);
    void clearError();
    QString errorText() const;
    void showNotice(const QString &message);
    QString noticeText() const;
    // What the previous step did (its action summaries), shown at the top of this page.
    void setJustDone(const QStringList &summaries);
    QString justDoneText() const;
    // "Emailed to … at …", once the steps were emailed from this step.
    QString emailStatusText() const;

    QString notes() const;
    void setNotes(const QString &notes);
    QString customerText() const;
    // What an action or end step does when confirmed ("Send a password-reset link to …").
    QString actionsText() const;
    // The compact account line ("Account of pat@example.com: Active").
    QString accountText() const;
    QWidget *accountPanelHost() const { return m_accountHost; }
    // The answer buttons, in the flow's order (Alt+1 is the first).
    QList<QPushButton *> outcomeButtons() const { return m_outcomeButtons; }
    QPushButton *outcomeButton(const QString &outcome) const;
    QPushButton *emailButton() const { return m_emailButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *reloadButton() const { return m_reloadButton; }

    int nextId() const override;
    bool validatePage() override;

signals:
    void answerRequested(const QString &outcome, const QString &notes);
    void finishRequested(const QString &notes);
    void emailRequested();
    void reloadRequested();
    void accountRecheckRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildOutcomeButtons();
    void rebuildAccountButtons();
    QPushButton *addOutcomeButton(const QString &outcome, const QString &label,
                                  const QString &toolTip = {});
    void clearOutcomeButtons();
    void updateEnabled();
    void copyCustomerText();

    Flow m_flow;
    FlowStep m_step;
    int m_seq;
    Ticket m_ticket;
    bool m_busy = false;
    bool m_accountKnown = false;
    TicketAccount m_account;
    std::function<QWidget *(qint64, QWidget *)> m_panelFactory;

    QLabel *m_justDone;
    QLabel *m_instructions;
    QPlainTextEdit *m_customerText = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    QLabel *m_emailStatus = nullptr;
    QGroupBox *m_effects = nullptr;
    QLabel *m_effectsText = nullptr;
    QLabel *m_doneText = nullptr;
    QLabel *m_accountLine = nullptr;
    QWidget *m_accountHost = nullptr;
    QWidget *m_accountPanel = nullptr;
    QPushButton *m_recheckButton = nullptr;
    QLabel *m_answerCaption;
    QWidget *m_buttonBox;
    QList<QPushButton *> m_outcomeButtons;
    QPlainTextEdit *m_notes;
    QFrame *m_errorFrame;
    QLabel *m_errorText;
    QPushButton *m_reloadButton;
    QLabel *m_status;
};

} // namespace helpdesk
