#pragma once
// What the troubleshooting wizard writes for people: outcome and action labels, the steps as
// the customer's mail lists them, and the run as the lead reads it at an escalation.

#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowRun.h"

#include <QList>
#include <QString>

namespace helpdesk::FlowRunText {

// The step's label of an outcome key, else the standard one, else the key.
QString outcomeLabel(const FlowStep *step, const QString &key);
// The label of an action key ("send_reset_link"), else the key.
QString actionLabel(const QString &key);
// "1. text\n2. text": the steps as the email lists them.
QString stepsText(const QList<FlowStep> &steps);
// What the escalation says: every step answered so far with its answer, notes and the
// actions done, then finalNotes. flow may be null (labels then fall back to the keys).
QString escalationSummary(const FlowRun &run, const Flow *flow, const QString &finalNotes = {});

} // namespace helpdesk::FlowRunText
