#include "knowledge/ArticleSearch.h"

#include "db/Database.h"
#include "knowledge/Markdown.h"
#include "tickets/Fts5Match.h"
#include "tickets/TicketSearch.h"

namespace helpdesk {

namespace {

constexpr int kSnippetWords = 14;

// A match in the title weighs most, then the tags, then the body: bm25 column weights on
// SQLite; on PostgreSQL the rank of the title and of the tags (vectors made on the fly, the
// articles are few) added with the same weights to the rank of the whole text.
const QString kSqlite =
    QStringLiteral("SELECT a.id, a.title, a.category, a.audience, a.status, a.body"
                   " FROM (SELECT rowid AS id, bm25(kb_article_search, 10.0, 1.0, 4.0) AS score"
                   " FROM kb_article_search WHERE kb_article_search MATCH ?) h"
                   " JOIN kb_articles a ON a.id = h.id"
                   " WHERE (? = 1 OR a.audience = 'public') AND (? = 1 OR a.status = 'published')"
                   " ORDER BY h.score, a.title, a.id LIMIT ?");

const QString kPostgres = QStringLiteral(
    "SELECT a.id, a.title, a.category, a.audience, a.status, a.body FROM kb_articles a"
    " WHERE a.search_vector @@ to_tsquery('simple', ?)"
    " AND (? = 1 OR a.audience = 'public') AND (? = 1 OR a.status = 'published')"
    " ORDER BY 10 * ts_rank(to_tsvector('simple'::regconfig,"
    " regexp_replace(a.title, '[^[:alnum:]]+', ' ', 'g')), to_tsquery('simple', ?))"
    " + 4 * ts_rank(to_tsvector('simple'::regconfig,"
    " regexp_replace(a.tags, '[^[:alnum:]]+', ' ', 'g')), to_tsquery('simple', ?))"
    " + ts_rank(a.search_vector, to_tsquery('simple', ?), 1) DESC, a.title, a.id LIMIT ?");

} // namespace

Result<QList<ArticleHit>> ArticleSearch::search(QSqlDatabase &db, const SearchQuery &query,
                                                const ArticleSearchScope &scope, int limit)
{
    QList<ArticleHit> hits;
    if (query.isEmpty() || limit <= 0)
        return hits;
    limit = qMin(limit, kMaxLimit);
    const int internal = scope.includeInternal ? 1 : 0;
    const int unpublished = scope.includeUnpublished ? 1 : 0;
    QVariantList values;
    const bool sqlite = Database::dialect(db) == Dialect::SQLite;
    if (sqlite) {
        HD_TRY_ASSIGN(const QString match,
                      Fts5Match::expanded(db, query, QStringLiteral("kb_article_search_words")));
        values = {match, internal, unpublished, limit};
    } else {
        const QString ts = query.toTsQuery();
        values = {ts, internal, unpublished, ts, ts, ts, limit};
    }
    HD_TRY_ASSIGN(auto q, Database::exec(db, sqlite ? kSqlite : kPostgres, values));
    while (q.next()) {
        ArticleHit hit;
        hit.articleId = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.category =
            Vocabulary::categoryFromKey(q.value(2).toString()).value_or(TicketCategory::Other);
        hit.audience = KnowledgeVocabulary::audienceFromKey(q.value(3).toString())
                           .value_or(ArticleAudience::Internal);
        hit.status = KnowledgeVocabulary::statusFromKey(q.value(4).toString())
                         .value_or(ArticleStatus::Proposed);
        hit.snippet =
            query
                .snippet(Markdown::toPlainText(q.value(5).toString()), kSnippetWords,
                         SearchHit::kMarkStart, SearchHit::kMarkEnd, QStringLiteral("\u2026"))
                .simplified();
        hits.append(hit);
    }
    return hits;
}

} // namespace helpdesk
