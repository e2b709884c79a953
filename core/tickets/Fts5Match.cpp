#include "tickets/Fts5Match.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace helpdesk::Fts5Match {

namespace {
// A prefix that stands for more words than this stays a prefix query.
constexpr int kMaxExpansion = 32;

} // namespace

// SQLite: the MATCH text for one index, with each prefix term expanded into the words of that
// index that start with it (see ticket_*_search_words in the migration). Walking the sorted word
// list with `>=` and LIMIT 1 touches one entry per word; too many words, or none (so a folding
// difference can never lose matches), keep the plain prefix query.
Result<QString> expanded(QSqlDatabase &db, const SearchQuery &query, const QString &wordsTable)
{
    QList<QStringList> expansions;
    QSqlQuery next(db);
    next.setForwardOnly(true);
    bool prepared = false;
    for (const SearchQuery::Term &t : query.terms()) {
        QStringList found;
        if (t.prefix) {
            if (!prepared) {
                const QString sql =
                    QStringLiteral("SELECT term FROM %1 WHERE term >= ? AND term < ? LIMIT 1")
                        .arg(wordsTable);
                if (!next.prepare(sql))
                    return Database::queryError(next, sql);
                prepared = true;
            }
            // FTS5 stores words case-folded; every word starting with `prefix` sorts below
            // prefix + U+10FFFF, and the word after `w` is the first one >= w + U+0001.
            const QString prefix = t.words.constLast().toLower();
            QString upper = prefix;
            upper += QChar(QChar::highSurrogate(0x10FFFF));
            upper += QChar(QChar::lowSurrogate(0x10FFFF));
            QString from = prefix;
            while (found.size() <= kMaxExpansion) {
                next.bindValue(0, from);
                next.bindValue(1, upper);
                if (!next.exec())
                    return Database::queryError(next, QStringLiteral("search words"));
                if (!next.next())
                    break;
                found.append(next.value(0).toString());
                from = found.constLast() + QChar(u'\x01');
            }
            next.finish();
            if (found.size() > kMaxExpansion)
                found.clear();
        }
        expansions.append(found);
    }
    return query.toFts5Match(expansions);
}

} // namespace helpdesk::Fts5Match
