#include "knowledge/KnowledgeService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "knowledge/ArticleSearch.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/MacroApply.h"
#include "knowledge/MacroStore.h"
#include "knowledge/Markdown.h"
#include "tickets/TicketMailValues.h"
#include "tickets/TicketSearch.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

namespace helpdesk {

QString KnowledgeService::describeChanges(const MacroChanges &c)
{
    QStringList parts;
    if (c.status)
        parts << tr("status \u2192 %1").arg(Vocabulary::label(*c.status));
    if (c.priority)
        parts << tr("priority \u2192 %1").arg(Vocabulary::label(*c.priority));
    if (c.category)
        parts << tr("category \u2192 %1").arg(Vocabulary::label(*c.category));
    if (c.assignee)
        parts << (c.assignee->isEmpty()              ? tr("unassign")
                  : *c.assignee == MacroChanges::kMe ? tr("assign to me")
                                                     : tr("assign to %1").arg(*c.assignee));
    if (!c.note.trimmed().isEmpty())
        parts << tr("internal note");
    return parts.join(QStringLiteral(", "));
}

const SettingKey<QString> KnowledgeService::SiteUrlKey{QStringLiteral("kb/site_url"), QString()};

KnowledgeService::KnowledgeService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QFuture<Result<QList<KnowledgeItem>>> KnowledgeService::find(const QString &text, int limit)
{
    const std::optional<qint64> staffId =
        m_actor.id > 0 ? std::optional<qint64>(m_actor.id) : std::nullopt;
    return m_worker->run([text, limit, staffId](QSqlDatabase &db) -> Result<QList<KnowledgeItem>> {
        const SearchQuery query = SearchQuery::parse(text);
        QList<KnowledgeItem> out;
        HD_TRY_ASSIGN(const QList<Macro> macros, MacroStore(db).available(staffId));
        for (const Macro &m : macros) {
            if (!query.isEmpty() && !MacroStore::matches(m, query))
                continue;
            KnowledgeItem item;
            item.kind =
                m.isCannedReply() ? KnowledgeItem::Kind::CannedReply : KnowledgeItem::Kind::Macro;
            item.title = m.title;
            item.detail = m.isCannedReply() ? Markdown::toPlainText(m.body).simplified().left(120)
                                            : describeChanges(m.changes);
            item.macro = m;
            out.append(item);
        }
        if (query.isEmpty()) {
            ArticleFilter filter;
            filter.status = ArticleStatus::Published;
            HD_TRY_ASSIGN(QList<Article> articles, ArticleStore(db).list(filter));
            std::stable_sort(articles.begin(), articles.end(),
                             [](const Article &a, const Article &b) { return a.uses > b.uses; });
            for (const Article &a : articles) {
                KnowledgeItem item;
                item.kind = KnowledgeItem::Kind::Article;
                item.title = a.title;
                item.articleId = a.id;
                item.audience = a.audience;
                item.detail = Markdown::toPlainText(a.body).simplified().left(120);
                out.append(item);
            }
        } else {
            HD_TRY_ASSIGN(const QList<ArticleHit> hits,
                          ArticleSearch::search(db, query, ArticleSearchScope{}, limit));
            for (const ArticleHit &h : hits) {
                KnowledgeItem item;
                item.kind = KnowledgeItem::Kind::Article;
                item.title = h.title;
                item.articleId = h.articleId;
                item.audience = h.audience;
                item.detail = h.snippet;
                out.append(item);
            }
        }
        if (out.size() > limit)
            out.resize(limit);
        return out;
    });
}

QFuture<Result<KnowledgeInsert>> KnowledgeService::prepare(const KnowledgeItem &item,
                                                           const Ticket &ticket)
{
    return m_worker->run([item, ticket,
                          agent = m_actor](QSqlDatabase &db) -> Result<KnowledgeInsert> {
        KnowledgeInsert out;
        out.title = item.title;
        if (item.kind != KnowledgeItem::Kind::Article) {
            HD_TRY_ASSIGN(out.text, MacroStore::renderBody(
                                        item.macro, TicketMailValues::forTicket(ticket, agent)));
            if (!item.macro.isCannedReply())
                out.changes = item.macro.changes;
            return out;
        }
        HD_TRY_ASSIGN(const Article a, ArticleStore(db).article(item.articleId));
        if (a.status != ArticleStatus::Published)
            return Error::make(
                Error::Code::InvalidInput,
                tr("\"%1\" is not published (any more). Pick another article.").arg(a.title));
        out.articleId = a.id;
        Settings settings(db);
        HD_TRY_ASSIGN(QString site, settings.get(SiteUrlKey));
        while (site.endsWith(u'/'))
            site.chop(1);
        if (a.audience == ArticleAudience::Public && Markdown::isAllowedLink(site))
            out.text = a.title + QStringLiteral(": ") + site + QStringLiteral("/articles/") +
                       a.slug + QStringLiteral(".html");
        else
            out.text = Markdown::toPlainText(a.body);
        return out;
    });
}

QFuture<Result<Ticket>> KnowledgeService::afterReply(const Ticket &ticket,
                                                     const QList<qint64> &articleIds,
                                                     const std::optional<MacroChanges> &changes)
{
    const qint64 now = m_clock();
    QFuture<Result<Ticket>> done = m_worker->run(
        [ticket, articleIds, changes, actor = m_actor, now](QSqlDatabase &db) -> Result<Ticket> {
            KnowledgeActions kb(db, actor, now);
            for (qint64 id : articleIds)
                HD_TRY(kb.recordUse(id, ticket.id));
            HD_TRY_ASSIGN(Ticket t, TicketStore(db).ticket(ticket.id));
            if (!changes)
                return t;
            TicketActions actions(db, actor, now);
            return MacroApply::apply(db, actions, actor, t, *changes);
        });
    return done.then(QCoreApplication::instance(),
                     [self = QPointer<KnowledgeService>(this), id = ticket.id,
                      used = !articleIds.isEmpty()](const Result<Ticket> &r) {
                         if (self) {
                             emit self->ticketChanged(id); // partly applied changes count too
                             if (used)
                                 emit self->articleChanged(0);
                         }
                         return r;
                     });
}

QFuture<Result<QList<Article>>> KnowledgeService::articles(const ArticleFilter &filter)
{
    return m_worker->run([filter](QSqlDatabase &db) { return ArticleStore(db).list(filter); });
}

QFuture<Result<QList<Article>>> KnowledgeService::search(const QString &text,
                                                         bool includeUnpublished)
{
    return m_worker->run([text, includeUnpublished](QSqlDatabase &db) -> Result<QList<Article>> {
        ArticleSearchScope scope;
        scope.includeUnpublished = includeUnpublished;
        HD_TRY_ASSIGN(const auto hits, ArticleSearch::search(db, SearchQuery::parse(text), scope,
                                                             ArticleSearch::kMaxLimit));
        QList<Article> out;
        ArticleStore store(db);
        for (const ArticleHit &h : hits) {
            HD_TRY_ASSIGN(const Article a, store.article(h.articleId));
            out.append(a);
        }
        return out;
    });
}

QFuture<Result<Article>> KnowledgeService::article(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return ArticleStore(db).article(id); });
}

QFuture<Result<QList<ArticleVersion>>> KnowledgeService::versions(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return ArticleStore(db).versions(id); });
}

QFuture<Result<Article>>
KnowledgeService::change(std::function<Result<Article>(QSqlDatabase &, const Staff &, qint64)> fn)
{
    QFuture<Result<Article>> done = m_worker->run(
        [fn, actor = m_actor, now = m_clock()](QSqlDatabase &db) { return fn(db, actor, now); });
    return done.then(QCoreApplication::instance(),
                     [self = QPointer<KnowledgeService>(this)](const Result<Article> &r) {
                         if (self && r)
                             emit self->articleChanged(r.value().id);
                         return r;
                     });
}

QFuture<Result<Article>> KnowledgeService::create(const ArticleDraft &draft, bool publish)
{
    return change([draft, publish](QSqlDatabase &db, const Staff &actor, qint64 now) {
        return KnowledgeActions(db, actor, now).create(draft, publish);
    });
}

QFuture<Result<Article>> KnowledgeService::edit(const Article &a, const ArticleDraft &draft)
{
    return change(
        [id = a.id, v = a.version, draft](QSqlDatabase &db, const Staff &actor, qint64 now) {
            return KnowledgeActions(db, actor, now).edit(id, v, draft);
        });
}

QFuture<Result<Article>> KnowledgeService::publish(const Article &a)
{
    return change([id = a.id, v = a.version](QSqlDatabase &db, const Staff &actor, qint64 now) {
        return KnowledgeActions(db, actor, now).publish(id, v);
    });
}

QFuture<Result<Article>> KnowledgeService::markReviewed(const Article &a)
{
    return change([id = a.id, v = a.version](QSqlDatabase &db, const Staff &actor, qint64 now) {
        return KnowledgeActions(db, actor, now).markReviewed(id, v);
    });
}

QFuture<Result<Article>> KnowledgeService::restore(const Article &a, int oldVersion)
{
    return change(
        [id = a.id, v = a.version, oldVersion](QSqlDatabase &db, const Staff &actor, qint64 now) {
            return KnowledgeActions(db, actor, now).restore(id, v, oldVersion);
        });
}

QFuture<Result<ArticleDraft>> KnowledgeService::draftFromTicket(qint64 ticketId)
{
    return m_worker->run([ticketId, actor = m_actor, now = m_clock()](QSqlDatabase &db) {
        return KnowledgeActions(db, actor, now).draftFromTicket(ticketId);
    });
}

QFuture<Result<QList<Macro>>> KnowledgeService::macros()
{
    const std::optional<qint64> staffId =
        m_actor.id > 0 ? std::optional<qint64>(m_actor.id) : std::nullopt;
    return m_worker->run([staffId](QSqlDatabase &db) { return MacroStore(db).available(staffId); });
}

Result<void> KnowledgeService::checkMacro(const Macro &macro)
{
    return MacroStore::validate(macro);
}

QFuture<Result<qint64>> KnowledgeService::saveMacro(const Macro &macro)
{
    QFuture<Result<qint64>> done =
        m_worker->run([macro, actor = m_actor, now = m_clock()](QSqlDatabase &db) {
            return MacroStore(db).save(macro, actor, now);
        });
    return done.then(QCoreApplication::instance(),
                     [self = QPointer<KnowledgeService>(this)](const Result<qint64> &r) {
                         if (self && r)
                             emit self->macrosChanged();
                         return r;
                     });
}

QFuture<Result<qint64>> KnowledgeService::removeMacro(const Macro &macro)
{
    QFuture<Result<qint64>> done =
        m_worker->run([id = macro.id, actor = m_actor](QSqlDatabase &db) -> Result<qint64> {
            HD_TRY(MacroStore(db).remove(id, actor));
            return id;
        });
    return done.then(QCoreApplication::instance(),
                     [self = QPointer<KnowledgeService>(this)](const Result<qint64> &r) {
                         if (self && r)
                             emit self->macrosChanged();
                         return r;
                     });
}

} // namespace helpdesk
