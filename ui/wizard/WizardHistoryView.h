#pragma once
// The wizard's side panel: every step the run reached, with the answer, who gave it, when and
// the notes, so an agent resuming someone else's run sees what was already tried.

#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowRun.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace helpdesk {

class WizardHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit WizardHistoryView(QWidget *parent = nullptr);

    // flow may be null (a run whose flow is no longer installed).
    void setRun(const FlowRun &run, const Flow *flow);
    void clear();
    // What is shown, as plain text (for screen readers and tests).
    QString text() const;

private:
    QLabel *m_caption;
    QTextBrowser *m_list;
};

} // namespace helpdesk
