#pragma once
// A knowledge-base article, its saved versions, and the words the knowledge base speaks:
// audience (public for customers, internal for staff) and status (proposed by an agent,
// published by a lead or admin, archived).

#include "vocabulary/TicketVocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

enum class ArticleAudience { Public, Internal };
enum class ArticleStatus { Proposed, Published, Archived };

struct Article
{
    qint64 id = 0;
    QString slug; // the page name in the exported site, e.g. "reset-your-password"
    QString title;
    QString body; // Markdown (see Markdown.h for what is rendered)
    TicketCategory category = TicketCategory::Other;
    QStringList tags;
    ArticleAudience audience = ArticleAudience::Internal;
    ArticleStatus status = ArticleStatus::Proposed;
    std::optional<qint64> authorId;
    QString authorName; // empty for shipped articles
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedByName;
    QDateTime reviewedAt; // invalid: never reviewed
    QString reviewedByName;
    std::optional<qint64> sourceTicketId; // drafted from this resolved ticket
    int version = 1;
    // Read with lists: how often it went into a reply, and on how many of those tickets the
    // ticket is now resolved or closed.
    qint64 uses = 0;
    qint64 resolvedWith = 0;
};

// One saved state of an article: what it was after `change` (e.g. "published").
struct ArticleVersion
{
    int version = 0;
    QString title;
    QString body;
    TicketCategory category = TicketCategory::Other;
    QStringList tags;
    ArticleAudience audience = ArticleAudience::Internal;
    ArticleStatus status = ArticleStatus::Proposed;
    QString changedByName;
    QDateTime changedAt;
    QString change;
};

namespace KnowledgeVocabulary {
QString key(ArticleAudience audience);
QString key(ArticleStatus status);
QString label(ArticleAudience audience);
QString label(ArticleStatus status);
std::optional<ArticleAudience> audienceFromKey(const QString &key);
std::optional<ArticleStatus> statusFromKey(const QString &key);
// Tags as typed ("reset, Password ,mfa") -> {"reset", "password", "mfa"}: split at commas,
// trimmed, lower-case, without repeats; and back as stored ("reset, password, mfa").
QStringList parseTags(const QString &text);
QString joinTags(const QStringList &tags);
// A page name from a title: lower-case letters and digits joined by '-', at most 60 characters,
// "article" when nothing is left.
QString slugFor(const QString &title);
} // namespace KnowledgeVocabulary

} // namespace helpdesk
