#include "tickets/TicketSearch.h"

#include "db/Database.h"
#include "tickets/Fts5Match.h"

namespace helpdesk {

namespace {

// Snippets: at most this many words around the matches, "…" where the text was cut.
constexpr int kSnippetWords = 12;
const QString kEllipsis = QStringLiteral("\u2026");

// SQLite. Each source yields its newest kCandidatesPerSource matches (FTS5 walks its lists
// backwards, so that costs no more than the rows read); only those are ranked. An event hit
// finds its ticket by primary key. Per ticket the text with the lowest bm25 wins (SQLite takes
// the bare columns of a MIN() aggregate from that row). The page is materialized before the
// texts for the snippets are read, so only its rows are.
// Snippets are cut in C++ (SearchQuery::snippet) on both dialects: FTS5's snippet() needs a
// MATCH cursor per hit, and for a prefix word every such cursor rebuilds the merged list of all
// words with that prefix (about 6 ms each for "passw" on a million tickets).
const QString kSqliteSearch = QStringLiteral(
    "WITH subject_hits AS ("
    " SELECT rowid AS doc, bm25(ticket_subject_search) AS score FROM ticket_subject_search"
    " WHERE ticket_subject_search MATCH ? ORDER BY rowid DESC LIMIT ?),"
    " event_hits AS ("
    " SELECT rowid AS doc, bm25(ticket_event_search) AS score FROM ticket_event_search"
    " WHERE ticket_event_search MATCH ? ORDER BY rowid DESC LIMIT ?),"
    " hits AS ("
    " SELECT doc AS ticket_id, score, 'subject' AS source, doc FROM subject_hits"
    " UNION ALL"
    " SELECT e.ticket_id, h.score, e.kind, h.doc FROM event_hits h"
    " JOIN ticket_events e ON e.id = h.doc),"
    " best AS (SELECT ticket_id, MIN(score) AS score, source, doc FROM hits GROUP BY ticket_id),"
    " page AS MATERIALIZED ("
    " SELECT t.id, t.subject, t.status, t.updated_at, b.source, b.doc, b.score,"
    " t.requester_name, t.requester_email"
    " FROM best b JOIN tickets t ON t.id = b.ticket_id"
    " ORDER BY b.score, t.updated_at DESC, t.id DESC LIMIT ? OFFSET ?)"
    " SELECT p.id, p.subject, p.status, p.updated_at, p.source,"
    " CASE WHEN p.source = 'subject' THEN p.subject"
    " ELSE (SELECT body FROM ticket_events WHERE id = p.doc) END,"
    " p.requester_name, p.requester_email"
    " FROM page p ORDER BY p.score, p.updated_at DESC, p.id DESC");

const QString kSqliteCount =
    QStringLiteral("WITH subject_hits AS ("
                   " SELECT rowid AS ticket_id FROM ticket_subject_search"
                   " WHERE ticket_subject_search MATCH ? ORDER BY rowid DESC LIMIT ?),"
                   " event_hits AS ("
                   " SELECT rowid AS doc FROM ticket_event_search"
                   " WHERE ticket_event_search MATCH ? ORDER BY rowid DESC LIMIT ?)"
                   " SELECT COUNT(*) FROM (SELECT ticket_id FROM subject_hits UNION"
                   " SELECT e.ticket_id FROM event_hits h JOIN ticket_events e ON e.id = h.doc)");

// PostgreSQL, the same plan in its words. The inner selects pick the newest matches before
// ts_rank runs, so ranking never touches more rows than on SQLite; for a common word the
// planner walks the primary key backwards instead of reading every match from the GIN index.
// Normalization 1 divides by the log of the text's length, as bm25 favours short texts.
// Snippets are not ts_headline's either: it re-parses the original text with the default parser,
// which reads e-mail addresses, host names and paths as single tokens and skips tags and <script>
// contents, so it misses words the index (built from the cleaned text) matched.
const QString kPgCandidates = QStringLiteral(
    "WITH subject_hits AS ("
    " SELECT s.id AS ticket_id, ts_rank(s.search_vector, to_tsquery('simple', ?), 1) AS score,"
    " 0 AS source_order, 'subject'::text AS source, s.id AS doc"
    " FROM (SELECT id, search_vector FROM tickets"
    " WHERE search_vector @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) s),"
    " event_hits AS ("
    " SELECT e.ticket_id, ts_rank(e.search_vector, to_tsquery('simple', ?), 1) AS score,"
    " 1 AS source_order, e.kind AS source, e.id AS doc"
    " FROM (SELECT id, ticket_id, kind, search_vector FROM ticket_events"
    " WHERE search_vector @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) e),"
    " best AS ("
    " SELECT DISTINCT ON (ticket_id) ticket_id, score, source, doc"
    " FROM (SELECT * FROM subject_hits UNION ALL SELECT * FROM event_hits) h"
    " ORDER BY ticket_id, score DESC, source_order, doc DESC)");

const QString kPgSearch =
    kPgCandidates +
    QStringLiteral(
        ", page AS ("
        " SELECT t.id, t.subject, t.status, t.updated_at, b.source, b.doc, b.score,"
        " t.requester_name, t.requester_email"
        " FROM best b JOIN tickets t ON t.id = b.ticket_id"
        " ORDER BY b.score DESC, t.updated_at DESC, t.id DESC LIMIT ? OFFSET ?),"
        " texts AS ("
        " SELECT p.*, CASE WHEN p.source = 'subject' THEN p.subject"
        " ELSE (SELECT body FROM ticket_events WHERE id = p.doc) END AS text FROM page p)"
        " SELECT x.id, x.subject, x.status, x.updated_at, x.source, x.text,"
        " x.requester_name, x.requester_email"
        " FROM texts x ORDER BY x.score DESC, x.updated_at DESC, x.id DESC");

const QString kPgCount = QStringLiteral(
    "SELECT COUNT(*) FROM ("
    " SELECT ticket_id FROM (SELECT id AS ticket_id FROM tickets"
    " WHERE search_vector @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) s"
    " UNION"
    " SELECT ticket_id FROM (SELECT ticket_id FROM ticket_events"
    " WHERE search_vector @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) e) x");

SearchHit::Source sourceFromKey(const QString &key)
{
    if (key == QLatin1String("subject"))
        return SearchHit::Source::Subject;
    if (key == QLatin1String("reply"))
        return SearchHit::Source::Reply;
    if (key == QLatin1String("note"))
        return SearchHit::Source::Note;
    if (key == QLatin1String("wizard_step"))
        return SearchHit::Source::WizardNotes;
    if (key == QLatin1String("status"))
        return SearchHit::Source::Comment;
    return SearchHit::Source::Message;
}

QString withoutMarks(QString text)
{
    text.remove(SearchHit::kMarkStart);
    text.remove(SearchHit::kMarkEnd);
    return text;
}

} // namespace

QString SearchHit::snippetHtml() const
{
    QString html;
    QString run;
    bool bold = false;
    auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == kMarkStart || c == kMarkEnd) {
            flush();
            const bool open = c == kMarkStart;
            if (open != bold)
                html += open ? QStringLiteral("<b>") : QStringLiteral("</b>");
            bold = open;
        } else {
            run += c;
        }
    }
    flush();
    if (bold)
        html += QStringLiteral("</b>");
    return html;
}

QString SearchHit::snippetText() const
{
    return withoutMarks(snippet);
}

QString TicketSearch::sourceKey(SearchHit::Source source)
{
    switch (source) {
    case SearchHit::Source::Subject:
        return QStringLiteral("subject");
    case SearchHit::Source::Message:
        return QStringLiteral("created");
    case SearchHit::Source::Reply:
        return QStringLiteral("reply");
    case SearchHit::Source::Note:
        return QStringLiteral("note");
    case SearchHit::Source::Requester:
        return QStringLiteral("requester");
    case SearchHit::Source::WizardNotes:
        return QStringLiteral("wizard_step");
    case SearchHit::Source::Comment:
        return QStringLiteral("status");
    }
    return {};
}

Result<QList<SearchHit>> TicketSearch::search(QSqlDatabase &db, const SearchQuery &query, int limit,
                                              int offset)
{
    QList<SearchHit> hits;
    if (query.isEmpty() || limit <= 0)
        return hits;
    limit = qMin(limit, kMaxLimit);
    offset = qMax(0, offset);
    const int candidates = kCandidatesPerSource;
    const bool sqlite = Database::dialect(db) == Dialect::SQLite;

    QVariantList values;
    if (sqlite) {
        HD_TRY_ASSIGN(auto subjects, Fts5Match::expanded(
                                         db, query, QStringLiteral("ticket_subject_search_words")));
        HD_TRY_ASSIGN(auto events,
                      Fts5Match::expanded(db, query, QStringLiteral("ticket_event_search_words")));
        values = {subjects, candidates, events, candidates, limit, offset};
    } else {
        const QString ts = query.toTsQuery();
        values = {ts, ts, candidates, ts, ts, candidates, limit, offset};
    }

    HD_TRY_ASSIGN(auto q, Database::exec(db, sqlite ? kSqliteSearch : kPgSearch, values));
    QSqlQuery &rows = q;
    while (rows.next()) {
        SearchHit hit;
        hit.ticketId = rows.value(0).toLongLong();
        hit.subject = rows.value(1).toString();
        hit.status =
            Vocabulary::statusFromKey(rows.value(2).toString()).value_or(TicketStatus::Open);
        hit.updatedAt = fromEpochMs(rows.value(3));
        hit.matchedIn = sourceFromKey(rows.value(4).toString());
        hit.snippet = query
                          .snippet(rows.value(5).toString(), kSnippetWords, SearchHit::kMarkStart,
                                   SearchHit::kMarkEnd, kEllipsis)
                          .simplified();
        // The subject index also holds the customer's name and address: when the subject
        // shows no match, the words matched there.
        if (hit.matchedIn == SearchHit::Source::Subject &&
            !hit.snippet.contains(SearchHit::kMarkStart)) {
            const QString requester =
                QStringLiteral("%1 <%2>").arg(rows.value(6).toString(), rows.value(7).toString());
            const QString marked = query.snippet(requester, kSnippetWords, SearchHit::kMarkStart,
                                                 SearchHit::kMarkEnd, kEllipsis);
            if (marked.contains(SearchHit::kMarkStart)) {
                hit.matchedIn = SearchHit::Source::Requester;
                hit.snippet = marked.simplified();
            }
        }
        hits.append(std::move(hit));
    }
    return hits;
}

Result<qint64> TicketSearch::count(QSqlDatabase &db, const SearchQuery &query)
{
    if (query.isEmpty())
        return qint64(0);
    const int candidates = kCandidatesPerSource;
    const bool sqlite = Database::dialect(db) == Dialect::SQLite;
    QVariantList values;
    if (sqlite) {
        HD_TRY_ASSIGN(auto subjects, Fts5Match::expanded(
                                         db, query, QStringLiteral("ticket_subject_search_words")));
        HD_TRY_ASSIGN(auto events,
                      Fts5Match::expanded(db, query, QStringLiteral("ticket_event_search_words")));
        values = {subjects, candidates, events, candidates};
    } else {
        const QString ts = query.toTsQuery();
        values = {ts, candidates, ts, candidates};
    }
    HD_TRY_ASSIGN(auto n, Database::scalar(db, sqlite ? kSqliteCount : kPgCount, values));
    return n.toLongLong();
}

} // namespace helpdesk
