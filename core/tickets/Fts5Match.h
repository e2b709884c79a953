#pragma once
// The FTS5 MATCH text for a SearchQuery on one index, with each typed prefix expanded into the
// whole words of that index it stands for (read from the index's fts5vocab table). Shared by
// ticket search and the knowledge base, so both search the same way.

#include "common/Result.h"
#include "tickets/SearchQuery.h"

#include <QSqlDatabase>

namespace helpdesk::Fts5Match {

// wordsTable: an fts5vocab(..., instance) table over the index, e.g.
// "ticket_subject_search_words". Trusted (a name from our own code), never user input.
Result<QString> expanded(QSqlDatabase &db, const SearchQuery &query, const QString &wordsTable);

} // namespace helpdesk::Fts5Match
