#pragma once
// The wizard's wording that several pages share: what an action will do for this ticket, the
// label of an account status, the numbered outcome buttons and the steps a customer is emailed.

#include "tickets/Ticket.h"
#include "troubleshooting/Flow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace helpdesk::WizardText {

// "Send a password-reset link to pat@example.com": one action, for this ticket's customer.
QString actionDescription(FlowAction action, const Ticket &ticket);
// The actions of a step as one sentence: "Send …, email …, and set …".
QString actionsSentence(const QList<FlowAction> &actions, const Ticket &ticket);
// "Active", "Pending activation", …; the key itself for a status the wizard does not know.
QString accountStatusLabel(const QString &status);
// "&1  Did not help": the button text with its Alt+number mnemonic (number 1-9, else none).
QString numberedButtonText(int number, const QString &label);
// "1. Open the sign-in page … \n2. …": what "Email these steps" sends.
QString stepsText(const QList<FlowStep> &steps);
// A short local time (with the date unless it is today).
QString timeText(const QDateTime &at);

} // namespace helpdesk::WizardText
