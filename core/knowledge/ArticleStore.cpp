#include "knowledge/ArticleStore.h"

#include "common/EpochMs.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleStore", text);
}

// Columns of select(); use counts are one grouped read joined in, not a query per article.
const QString kColumns = QStringLiteral(
    "SELECT a.id, a.slug, a.title, a.body, a.category, a.tags, a.audience, a.status,"
    " a.author_id, au.display_name, a.created_at, a.updated_at, up.display_name,"
    " a.reviewed_at, rv.display_name, a.source_ticket_id, a.version,"
    " COALESCE(u.uses, 0), COALESCE(u.resolved, 0)"
    " FROM kb_articles a"
    " LEFT JOIN staff au ON au.id = a.author_id"
    " LEFT JOIN staff up ON up.id = a.updated_by"
    " LEFT JOIN staff rv ON rv.id = a.reviewed_by"
    " LEFT JOIN (SELECT k.article_id, COUNT(*) AS uses,"
    " SUM(CASE WHEN t.status IN ('resolved', 'closed') THEN 1 ELSE 0 END) AS resolved"
    " FROM kb_article_uses k JOIN tickets t ON t.id = k.ticket_id GROUP BY k.article_id) u"
    " ON u.article_id = a.id");

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.slug = q.value(1).toString();
    a.title = q.value(2).toString();
    a.body = q.value(3).toString();
    a.category = Vocabulary::categoryFromKey(q.value(4).toString()).value_or(TicketCategory::Other);
    a.tags = KnowledgeVocabulary::parseTags(q.value(5).toString());
    a.audience = KnowledgeVocabulary::audienceFromKey(q.value(6).toString())
                     .value_or(ArticleAudience::Internal);
    a.status =
        KnowledgeVocabulary::statusFromKey(q.value(7).toString()).value_or(ArticleStatus::Proposed);
    if (!q.value(8).isNull())
        a.authorId = q.value(8).toLongLong();
    a.authorName = q.value(9).toString();
    a.createdAt = fromEpochMs(q.value(10));
    a.updatedAt = fromEpochMs(q.value(11));
    a.updatedByName = q.value(12).toString();
    a.reviewedAt = q.value(13).isNull() ? QDateTime() : fromEpochMs(q.value(13));
    a.reviewedByName = q.value(14).toString();
    if (!q.value(15).isNull())
        a.sourceTicketId = q.value(15).toLongLong();
    a.version = q.value(16).toInt();
    a.uses = q.value(17).toLongLong();
    a.resolvedWith = q.value(18).toLongLong();
    return a;
}

Result<void> insertVersion(QSqlDatabase &db, qint64 id, int version, const ArticleDraft &d,
                           ArticleStatus status, const Actor &actor, qint64 nowMs,
                           const QString &change)
{
    HD_TRY(Database::exec(
        db,
        QStringLiteral("INSERT INTO kb_article_versions (article_id, version, title, body,"
                       " category, tags, audience, status, changed_by, changed_at, change)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, version, d.title, d.body, Vocabulary::key(d.category),
         KnowledgeVocabulary::joinTags(d.tags), KnowledgeVocabulary::key(d.audience),
         KnowledgeVocabulary::key(status), actor.staffIdValue(), QVariant::fromValue(nowMs),
         change.isNull() ? QStringLiteral("") : change}));
    return {};
}

} // namespace

Result<QString> ArticleStore::freeSlug(const QString &title)
{
    const QString base = KnowledgeVocabulary::slugFor(title);
    for (int n = 1; n < 1000; ++n) {
        const QString slug = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        HD_TRY_ASSIGN(
            const QVariant taken,
            Database::scalar(
                m_db, QStringLiteral("SELECT COUNT(*) FROM kb_articles WHERE slug = ?"), {slug}));
        if (taken.toLongLong() == 0)
            return slug;
    }
    return Error::make(Error::Code::Conflict,
                       tr("There are too many articles titled \"%1\". Give this one a title of "
                          "its own.")
                           .arg(title));
}

Result<qint64> ArticleStore::insert(const ArticleDraft &d, ArticleStatus status, const Actor &actor,
                                    qint64 nowMs, const QString &change, bool reviewed)
{
    HD_TRY_ASSIGN(const QString slug, freeSlug(d.title));
    const QVariant now = QVariant::fromValue(nowMs);
    const QVariant reviewedAt = reviewed ? now : QVariant(QMetaType::fromType<qint64>());
    const QVariant reviewedBy =
        reviewed ? actor.staffIdValue() : QVariant(QMetaType::fromType<qint64>());
    const QString sql = QStringLiteral(
        "INSERT INTO kb_articles (slug, title, body, category, tags, audience, status, author_id,"
        " created_at, updated_by, updated_at, reviewed_by, reviewed_at, source_ticket_id, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    const QVariantList values = {slug,
                                 d.title,
                                 d.body,
                                 Vocabulary::key(d.category),
                                 KnowledgeVocabulary::joinTags(d.tags),
                                 KnowledgeVocabulary::key(d.audience),
                                 KnowledgeVocabulary::key(status),
                                 actor.staffIdValue(),
                                 now,
                                 actor.staffIdValue(),
                                 now,
                                 reviewedBy,
                                 reviewedAt,
                                 optionalId(d.sourceTicketId)};
    HD_TRY_ASSIGN(const QVariant v,
                  Database::scalar(m_db, sql + QStringLiteral(" RETURNING id"), values));
    const qint64 id = v.toLongLong();
    HD_TRY(insertVersion(m_db, id, 1, d, status, actor, nowMs, change));
    return id;
}

Result<bool> ArticleStore::update(qint64 id, int expectedVersion, const ArticleDraft &d,
                                  ArticleStatus status, const Actor &actor, qint64 nowMs,
                                  const QString &change, bool reviewed)
{
    const QVariant now = QVariant::fromValue(nowMs);
    QString sql = QStringLiteral(
        "UPDATE kb_articles SET title = ?, body = ?, category = ?, tags = ?, audience = ?,"
        " status = ?, updated_by = ?, updated_at = ?, version = version + 1");
    QVariantList values = {d.title,
                           d.body,
                           Vocabulary::key(d.category),
                           KnowledgeVocabulary::joinTags(d.tags),
                           KnowledgeVocabulary::key(d.audience),
                           KnowledgeVocabulary::key(status),
                           actor.staffIdValue(),
                           now};
    if (reviewed) {
        sql += QStringLiteral(", reviewed_by = ?, reviewed_at = ?");
        values << actor.staffIdValue() << now;
    }
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    values << QVariant::fromValue(id) << expectedVersion;
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    if (q.numRowsAffected() != 1)
        return false;
    HD_TRY(insertVersion(m_db, id, expectedVersion + 1, d, status, actor, nowMs, change));
    return true;
}

Result<QList<Article>> ArticleStore::select(const QString &where, const QVariantList &values)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, kColumns + where, values));
    QList<Article> out;
    while (q.next())
        out.append(articleFrom(q));
    return out;
}

Result<Article> ArticleStore::article(qint64 id)
{
    HD_TRY_ASSIGN(auto found, select(QStringLiteral(" WHERE a.id = ?"), {QVariant::fromValue(id)}));
    if (found.isEmpty())
        return Error::make(
            Error::Code::NotFound,
            tr("Article %1 does not exist (any more). Reload the knowledge base.").arg(id));
    return found.constFirst();
}

Result<std::optional<Article>> ArticleStore::bySlug(const QString &slug)
{
    HD_TRY_ASSIGN(auto found, select(QStringLiteral(" WHERE a.slug = ?"), {slug}));
    if (found.isEmpty())
        return std::optional<Article>();
    return std::optional<Article>(found.constFirst());
}

Result<QList<Article>> ArticleStore::list(const ArticleFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.category) {
        where << QStringLiteral("a.category = ?");
        values << Vocabulary::key(*filter.category);
    }
    if (filter.audience) {
        where << QStringLiteral("a.audience = ?");
        values << KnowledgeVocabulary::key(*filter.audience);
    }
    if (filter.status) {
        where << QStringLiteral("a.status = ?");
        values << KnowledgeVocabulary::key(*filter.status);
    }
    QString sql = where.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.category, a.title, a.id");
    return select(sql, values);
}

Result<QList<ArticleVersion>> ArticleStore::versions(qint64 id)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT v.version, v.title, v.body, v.category,"
                                                " v.tags, v.audience, v.status, s.display_name,"
                                                " v.changed_at, v.change"
                                                " FROM kb_article_versions v"
                                                " LEFT JOIN staff s ON s.id = v.changed_by"
                                                " WHERE v.article_id = ? ORDER BY v.version DESC"),
                                 {QVariant::fromValue(id)}));
    QList<ArticleVersion> out;
    while (q.next()) {
        ArticleVersion v;
        v.version = q.value(0).toInt();
        v.title = q.value(1).toString();
        v.body = q.value(2).toString();
        v.category =
            Vocabulary::categoryFromKey(q.value(3).toString()).value_or(TicketCategory::Other);
        v.tags = KnowledgeVocabulary::parseTags(q.value(4).toString());
        v.audience = KnowledgeVocabulary::audienceFromKey(q.value(5).toString())
                         .value_or(ArticleAudience::Internal);
        v.status = KnowledgeVocabulary::statusFromKey(q.value(6).toString())
                       .value_or(ArticleStatus::Proposed);
        v.changedByName = q.value(7).toString();
        v.changedAt = fromEpochMs(q.value(8));
        v.change = q.value(9).toString();
        out.append(v);
    }
    return out;
}

Result<ArticleVersion> ArticleStore::version(qint64 id, int version)
{
    HD_TRY_ASSIGN(const auto all, versions(id));
    for (const ArticleVersion &v : all)
        if (v.version == version)
            return v;
    return Error::make(
        Error::Code::NotFound,
        tr("Article %1 has no version %2. Pick one from its history.").arg(id).arg(version));
}

Result<qint64> ArticleStore::recordUse(qint64 articleId, qint64 ticketId, const Actor &actor,
                                       qint64 eventId, qint64 nowMs)
{
    const QString sql = QStringLiteral("INSERT INTO kb_article_uses (article_id, ticket_id,"
                                       " staff_id, event_id, at) VALUES (?, ?, ?, ?, ?)");
    const QVariantList values = {QVariant::fromValue(articleId), QVariant::fromValue(ticketId),
                                 actor.staffIdValue(), QVariant::fromValue(eventId),
                                 QVariant::fromValue(nowMs)};
    HD_TRY_ASSIGN(const QVariant v,
                  Database::scalar(m_db, sql + QStringLiteral(" RETURNING id"), values));
    return v.toLongLong();
}

Result<QList<qint64>> ArticleStore::usedOn(qint64 ticketId)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT article_id FROM kb_article_uses"
                                                        " WHERE ticket_id = ? ORDER BY at, id"),
                                         {QVariant::fromValue(ticketId)}));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<std::pair<QString, qint64>>> ArticleStore::usesPerMonth(qint64 articleId)
{
    // Months are cut in UTC in C++, the same on both dialects.
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT at FROM kb_article_uses"
                                                        " WHERE article_id = ? ORDER BY at"),
                                         {QVariant::fromValue(articleId)}));
    QList<std::pair<QString, qint64>> out;
    while (q.next()) {
        const QString month = fromEpochMs(q.value(0)).toUTC().toString(QStringLiteral("yyyy-MM"));
        if (out.isEmpty() || out.constLast().first != month)
            out.append({month, 0});
        ++out.last().second;
    }
    return out;
}

} // namespace helpdesk
