#include "knowledge/MacroApply.h"

#include "staff/StaffStore.h"

#include <QCoreApplication>

namespace helpdesk::MacroApply {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MacroApply", text);
}

Error during(const QString &what, Error e)
{
    e.message = tr("The macro's changes stopped at %1 (the changes before it were made): %2")
                    .arg(what, e.message);
    return e;
}
} // namespace

Result<Ticket> apply(QSqlDatabase &db, TicketActions &actions, const Staff &actor, Ticket t,
                     const MacroChanges &c)
{
    if (!c.note.trimmed().isEmpty()) {
        auto r = actions.note(t.id, t.version, c.note.trimmed());
        if (!r)
            return during(tr("adding the macro's note"), r.error());
        t = r.value();
    }
    if (c.category && *c.category != t.category) {
        auto r = actions.setCategory(t.id, t.version, *c.category);
        if (!r)
            return during(tr("changing the category"), r.error());
        t = r.value();
    }
    if (c.priority && *c.priority != t.priority) {
        auto r = actions.setPriority(t.id, t.version, *c.priority);
        if (!r)
            return during(tr("changing the priority"), r.error());
        t = r.value();
    }
    if (c.assignee) {
        std::optional<qint64> to;
        if (*c.assignee == MacroChanges::kMe) {
            to = actor.id;
        } else if (!c.assignee->isEmpty()) {
            auto staff = StaffStore(db).byLogin(*c.assignee);
            if (!staff)
                return during(tr("assigning the ticket"), staff.error());
            to = staff->id;
        }
        if (to != t.assigneeId) {
            auto r = actions.assign(t.id, t.version, to);
            if (!r)
                return during(tr("assigning the ticket"), r.error());
            t = r.value();
        }
    }
    if (c.status && *c.status != t.status) {
        auto r = actions.setStatus(t.id, t.version, *c.status);
        if (!r)
            return during(tr("changing the status"), r.error());
        t = r.value();
    }
    return t;
}

} // namespace helpdesk::MacroApply
