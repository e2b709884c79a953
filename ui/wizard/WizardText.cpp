#include "wizard/WizardText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace helpdesk::WizardText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WizardText", text);
}
} // namespace

QString actionDescription(FlowAction action, const Ticket &ticket)
{
    const QString email = ticket.requesterEmail.trimmed().isEmpty()
                              ? tr("the customer")
                              : ticket.requesterEmail.trimmed();
    switch (action) {
    case FlowAction::SendResetLink:
        return tr("Send a password-reset link to %1").arg(email);
    case FlowAction::SendActivationLink:
        return tr("Send an activation link to %1").arg(email);
    case FlowAction::LockAccount:
        return tr("Lock the account of %1").arg(email);
    case FlowAction::RevokeTokens:
        return tr("Cancel the outstanding links of %1").arg(email);
    case FlowAction::VerifyIdentity:
        return tr("Record the identity checklist for %1").arg(email);
    case FlowAction::EmailSteps:
        return tr("Email the customer the text above (queued in the outbox)");
    case FlowAction::SetPendingCustomer:
        return tr("Set the ticket to pending customer");
    case FlowAction::Escalate:
        return tr("Escalate the ticket with a summary of every step tried");
    case FlowAction::Resolve:
        return tr("Resolve the ticket");
    }
    return FlowVocabulary::label(action);
}

QString actionsSentence(const QList<FlowAction> &actions, const Ticket &ticket)
{
    QStringList parts;
    for (FlowAction a : actions) {
        QString text = actionDescription(a, ticket);
        if (!parts.isEmpty() && !text.isEmpty())
            text[0] = text.at(0).toLower();
        parts << text;
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString accountStatusLabel(const QString &status)
{
    if (status == FlowOutcomes::Active)
        return tr("Active");
    if (status == FlowOutcomes::Inactive)
        return tr("Inactive");
    if (status == FlowOutcomes::PendingActivation)
        return tr("Pending activation");
    if (status == FlowOutcomes::Locked)
        return tr("Locked");
    if (status == FlowOutcomes::Suspended)
        return tr("Suspended");
    if (status.isEmpty() || status == FlowOutcomes::NoAccount)
        return tr("No account linked");
    return status;
}

QString numberedButtonText(int number, const QString &label)
{
    QString escaped = label;
    escaped.replace(u'&', QStringLiteral("&&"));
    if (number < 1 || number > 9)
        return escaped;
    return QStringLiteral("&%1  %2").arg(number).arg(escaped);
}

QString stepsText(const QList<FlowStep> &steps)
{
    QStringList lines;
    int n = 0;
    for (const FlowStep &s : steps)
        lines << QStringLiteral("%1. %2").arg(++n).arg(s.customerText.trimmed());
    return lines.join(u'\n');
}

QString timeText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat); // today: the time says it
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace helpdesk::WizardText
