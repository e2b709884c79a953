#pragma once
// The troubleshooting wizard's last page: how the run ended (resolved, escalated, waiting for
// the customer, abandoned) and what that did to the ticket.

#include "troubleshooting/FlowRun.h"

#include <QWizardPage>

class QLabel;

namespace helpdesk {

class WizardFinishedPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardFinishedPage(QWidget *parent = nullptr);

    void setRun(const FlowRun &run);
    QString summaryText() const;

    int nextId() const override { return -1; }

private:
    QLabel *m_summary;
};

} // namespace helpdesk
