#pragma once
// Full-text search over ticket subjects, the customer's name and address, and timelines
// (customer messages, replies, notes, troubleshooting notes, de-escalation comments):
// FTS5 on SQLite, tsvector/GIN on PostgreSQL, the same words matching on both.

#include "common/Result.h"
#include "tickets/SearchQuery.h"
#include "tickets/Ticket.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace helpdesk {

struct SearchHit
{
    // Where the best-matching text of the ticket is.
    // Requester: the customer's name or address; WizardNotes: what an agent noted at a
    // troubleshooting step; Comment: why a lead de-escalated.
    enum class Source { Subject, Message, Reply, Note, Requester, WizardNotes, Comment };

    // The snippet marks each match with these; they are control characters, which typed text
    // does not contain, so they never collide with what people wrote (unlike "[[" or "<b>").
    static constexpr QChar kMarkStart = QChar(u'\x02');
    static constexpr QChar kMarkEnd = QChar(u'\x03');

    qint64 ticketId = 0;
    QString subject;
    TicketStatus status = TicketStatus::New;
    QDateTime updatedAt;
    Source matchedIn = Source::Subject;
    QString snippet; // about a dozen words of the best text, matches between the marks

    // The snippet as HTML: text escaped, matches in <b>...</b>.
    QString snippetHtml() const;
    // The snippet without marks.
    QString snippetText() const;
};

class TicketSearch
{
public:
    // Ranking reads at most this many of the newest matching subjects and as many of the newest
    // matching messages. A rare word sees every match; a word in half a million texts is ranked
    // among its newest ones (one common word: ~40 ms on a million tickets, SQLite, release).
    // count() and paging stay within the same window.
    static constexpr int kCandidatesPerSource = 5000;
    static constexpr int kMaxLimit = 500;

    // Best matches first (bm25 on SQLite, ts_rank on PostgreSQL), then the most recently
    // updated ticket; one hit per ticket, with the snippet of its best-matching text.
    // An empty query returns no hits (the query's hint() says why), never an error.
    static Result<QList<SearchHit>> search(QSqlDatabase &db, const SearchQuery &query, int limit,
                                           int offset = 0);
    // How many tickets search() can page through for this query.
    static Result<qint64> count(QSqlDatabase &db, const SearchQuery &query);

    static QString sourceKey(SearchHit::Source source);
};

} // namespace helpdesk
