#pragma once
// The troubleshooting wizard's first page: which flow to follow (the one meant for the ticket's
// category is offered first), or, when the ticket already has a run in progress or paused, the
// offer to continue it (or to abandon it and start afresh). Flow files that did not load are
// listed here, so a broken file does not go unnoticed.

#include "tickets/Ticket.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/FlowRun.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QRadioButton;

namespace helpdesk {

class WizardStartPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice { Start, Continue, AbandonAndStart };

    WizardStartPage(const FlowLibrary &flows, const Ticket &ticket, QWidget *parent = nullptr);

    // Until the ticket's open run is known, nothing can be started.
    void setOpenRun(const std::optional<FlowRun> &run);
    bool isLoaded() const { return m_loaded; }
    const std::optional<FlowRun> &openRun() const { return m_openRun; }
    void setFlowErrors(const QStringList &messages);
    QString flowErrorsText() const;

    Choice choice() const;
    void setChoice(Choice choice);
    QString chosenFlowId() const;
    void setChosenFlowId(const QString &flowId);
    QComboBox *flowCombo() const { return m_flows; }

    void setBusy(bool busy, const QString &what = {});
    void showError(const QString &message);
    QString errorText() const;
    QString openRunText() const;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

signals:
    // Next ("Start" / "Resume") was pressed: the wizard starts or resumes the run.
    void startRequested();

private:
    void updateChrome();

    FlowLibrary m_library;
    Ticket m_ticket;
    bool m_loaded = false;
    bool m_busy = false;
    std::optional<FlowRun> m_openRun;

    QLabel *m_ticketLine;
    QLabel *m_openRunText;
    QRadioButton *m_continue;
    QRadioButton *m_abandon;
    QLabel *m_flowLabel;
    QComboBox *m_flows;
    QLabel *m_description;
    QLabel *m_flowErrors;
    QLabel *m_error;
    QLabel *m_status;
};

} // namespace helpdesk
