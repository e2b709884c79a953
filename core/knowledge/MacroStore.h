#pragma once
// Macros and canned replies: the shipped ones (read from resources), the shared and personal
// ones in the macros table (migration 0016), the checks made when one is saved, and rendering
// the reply text for a ticket — with the mail templates' placeholder rules, so that a reply
// with a placeholder that has no value is never sent and the error names the placeholder.

#include "common/Result.h"
#include "knowledge/Macro.h"
#include "mail/Template.h"
#include "staff/Actor.h"
#include "staff/Staff.h"
#include "tickets/SearchQuery.h"

#include <QList>
#include <QSqlDatabase>

namespace helpdesk {

class MacroStore
{
public:
    explicit MacroStore(QSqlDatabase &db) : m_db(db) {}

    // The macros shipped with the app (resources/knowledge/macros.json).
    static Result<QList<Macro>> shipped();
    // A title, known placeholders each closed, a valid set of changes, something to do.
    static Result<void> validate(const Macro &macro);
    // The reply text for a ticket: every placeholder filled from `values` (TicketMailValues),
    // or an error naming each one without a value.
    static Result<QString> renderBody(const Macro &macro, const TemplateValues &values);
    // Whether every term of the query is in the macro's title or text (SearchQuery's words).
    static bool matches(const Macro &macro, const SearchQuery &query);

    // What `staffId` may apply: shipped macros (or their edited copies), shared ones and their
    // own, by title.
    Result<QList<Macro>> available(std::optional<qint64> staffId);
    // Saves (inserts when id is 0). Shared macros and shipped ones are the leads' and admins';
    // anyone saves personal ones, for themselves. Returns the id.
    Result<qint64> save(const Macro &macro, const Staff &actor, qint64 nowMs);
    Result<void> remove(qint64 id, const Staff &actor);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
