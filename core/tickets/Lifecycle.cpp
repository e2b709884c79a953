#include "tickets/Lifecycle.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
using S = TicketStatus;
constexpr auto Agent = StaffRole::Agent;
constexpr auto Lead = StaffRole::Lead;
constexpr auto Admin = StaffRole::Admin;
} // namespace

const QList<Lifecycle::Transition> &Lifecycle::table()
{
    static const QList<Transition> transitions = {
        {S::New, S::Open, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "start work")},
        {S::New,
         S::PendingCustomer,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "wait for the customer")},
        {S::Open,
         S::PendingCustomer,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "wait for the customer")},
        {S::PendingCustomer,
         S::Open,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "customer replied")},
        {S::New, S::Escalated, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "escalate")},
        {S::Open, S::Escalated, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "escalate")},
        {S::PendingCustomer,
         S::Escalated,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "escalate")},
        {S::Escalated,
         S::Open,
         {Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "only a team lead de-escalates")},
        {S::New, S::Resolved, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "resolve")},
        {S::Open, S::Resolved, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "resolve")},
        {S::PendingCustomer,
         S::Resolved,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "resolve")},
        {S::Escalated,
         S::Resolved,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "resolve")},
        {S::Resolved,
         S::Open,
         {Agent, Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "reopen a resolved ticket")},
        {S::Resolved, S::Closed, {Agent, Lead, Admin}, QT_TRANSLATE_NOOP("Lifecycle", "close")},
        {S::Closed,
         S::Open,
         {Lead, Admin},
         QT_TRANSLATE_NOOP("Lifecycle", "only a team lead reopens a closed ticket")},
    };
    return transitions;
}

Result<void> Lifecycle::allowed(TicketStatus from, TicketStatus to, StaffRole role)
{
    if (from == to)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("Lifecycle", "The ticket is already %1.")
                               .arg(Vocabulary::label(to)));
    for (const Transition &t : table()) {
        if (t.from != from || t.to != to)
            continue;
        if (t.roles.contains(role))
            return {};
        return Error::make(
            Error::Code::PermissionDenied,
            QCoreApplication::translate("Lifecycle",
                                        "You cannot move a ticket from %1 to %2 as %3: %4.")
                .arg(Vocabulary::label(from), Vocabulary::label(to), StaffRoles::label(role),
                     QCoreApplication::translate("Lifecycle", t.rule)));
    }
    return Error::make(Error::Code::InvalidInput,
                       QCoreApplication::translate("Lifecycle",
                                                   "A ticket cannot move from %1 to %2 (the ticket "
                                                   "workflow has no such step).")
                           .arg(Vocabulary::label(from), Vocabulary::label(to)));
}

QList<TicketStatus> Lifecycle::nextStatuses(TicketStatus from, StaffRole role)
{
    QList<TicketStatus> out;
    for (const Transition &t : table())
        if (t.from == from && t.roles.contains(role) && !out.contains(t.to))
            out.append(t.to);
    return out;
}

} // namespace helpdesk
