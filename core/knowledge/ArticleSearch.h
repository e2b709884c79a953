#pragma once
// Full-text search over articles (title, body, tags) with the same words, phrases and
// prefix-as-you-type as ticket search (SearchQuery): FTS5 on SQLite, tsvector on PostgreSQL.

#include "common/Result.h"
#include "knowledge/Article.h"
#include "tickets/SearchQuery.h"

#include <QList>
#include <QSqlDatabase>

namespace helpdesk {

struct ArticleHit
{
    qint64 articleId = 0;
    QString title;
    TicketCategory category = TicketCategory::Other;
    ArticleAudience audience = ArticleAudience::Internal;
    ArticleStatus status = ArticleStatus::Proposed;
    QString snippet; // about a dozen words of the text, matches between SearchHit's marks
};

struct ArticleSearchScope
{
    bool includeInternal = true;     // false: public articles only (the customers' view)
    bool includeUnpublished = false; // proposed and archived ones too (the editors' view)
};

class ArticleSearch
{
public:
    static constexpr int kMaxLimit = 200;
    // Best match first (a match in the title counts most, then tags), then by title.
    // An empty query returns nothing (the query's hint() says why).
    static Result<QList<ArticleHit>> search(QSqlDatabase &db, const SearchQuery &query,
                                            const ArticleSearchScope &scope, int limit = 50);
};

} // namespace helpdesk
