#pragma once
// The SQL behind knowledge-base articles (kb_articles, kb_article_versions, kb_article_uses;
// migration 0016). No rules of its own — KnowledgeActions decides who may do what and runs
// these inside its write. Every value is bound.

#include "common/Result.h"
#include "knowledge/Article.h"
#include "staff/Actor.h"

#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

// What an author writes; everything else about an article is bookkeeping.
struct ArticleDraft
{
    QString title;
    QString body;
    TicketCategory category = TicketCategory::Other;
    QStringList tags;
    ArticleAudience audience = ArticleAudience::Internal;
    std::optional<qint64> sourceTicketId;
    bool operator==(const ArticleDraft &) const = default;
};

struct ArticleFilter
{
    std::optional<TicketCategory> category;
    std::optional<ArticleAudience> audience;
    std::optional<ArticleStatus> status;
};

class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase &db) : m_db(db) {}

    // Inserts the article at version 1 with a free slug made from its title and the first
    // history row (`change` says what happened, e.g. "proposed"). Returns its id.
    Result<qint64> insert(const ArticleDraft &draft, ArticleStatus status, const Actor &actor,
                          qint64 nowMs, const QString &change, bool reviewed);
    // Writes a new state if the article is still at expectedVersion: version + 1 and a history
    // row. False (nothing written) when someone saved in between.
    Result<bool> update(qint64 id, int expectedVersion, const ArticleDraft &draft,
                        ArticleStatus status, const Actor &actor, qint64 nowMs,
                        const QString &change, bool reviewed);

    // NotFound when there is no such article.
    Result<Article> article(qint64 id);
    Result<std::optional<Article>> bySlug(const QString &slug);
    // Ordered by category, then title; with use counts.
    Result<QList<Article>> list(const ArticleFilter &filter = {});
    // Newest first.
    Result<QList<ArticleVersion>> versions(qint64 id);
    Result<ArticleVersion> version(qint64 id, int version);

    // Records that the article went into a reply on the ticket (the timeline event's id).
    Result<qint64> recordUse(qint64 articleId, qint64 ticketId, const Actor &actor, qint64 eventId,
                             qint64 nowMs);
    // Articles used on the ticket, oldest first.
    Result<QList<qint64>> usedOn(qint64 ticketId);

    // Uses per month (key "2026-11") of one article, oldest month first.
    Result<QList<std::pair<QString, qint64>>> usesPerMonth(qint64 articleId);

private:
    Result<QString> freeSlug(const QString &title);
    Result<QList<Article>> select(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace helpdesk
