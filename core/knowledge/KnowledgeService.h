#pragma once
// What the UI asks of the knowledge base: the picker's search over canned replies, macros and
// articles; an article's text for a reply; a macro's reply text for the ticket; what happens
// after a reply that used them (uses recorded, the macro's changes made); and the knowledge
// base window's reads and changes. Every call runs on the DbWorker and answers with a QFuture.

#include "common/Result.h"
#include "knowledge/ArticleStore.h"
#include "knowledge/Macro.h"
#include "settings/Settings.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace helpdesk {

class DbWorker;

// One row of the reply editor's picker.
struct KnowledgeItem
{
    enum class Kind { CannedReply, Macro, Article };
    Kind kind = Kind::Article;
    QString title;
    QString detail; // the snippet (articles) or what the macro changes
    qint64 articleId = 0;
    ArticleAudience audience = ArticleAudience::Internal;
    Macro macro; // for the two macro kinds
};

// What inserting something puts into the reply, and what it stages.
struct KnowledgeInsert
{
    QString text;
    qint64 articleId = 0;                // an article: its use is recorded when the reply is sent
    std::optional<MacroChanges> changes; // a macro: applied when the reply is sent
    QString title;
};

class KnowledgeService : public QObject
{
    Q_OBJECT
public:
    // Where the exported FAQ site is published, e.g. https://help.example.com; a public article
    // inserted into a reply is its link there. Empty: the article's text is inserted.
    static const SettingKey<QString> SiteUrlKey; // "kb/site_url"

    explicit KnowledgeService(DbWorker *worker, QObject *parent = nullptr);

    void setActor(const Staff &actor) { m_actor = actor; }
    const Staff &actor() const { return m_actor; }
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

    // Canned replies and macros first, then published articles, each matching every word.
    // An empty text lists the macros and the most used articles.
    QFuture<Result<QList<KnowledgeItem>>> find(const QString &text, int limit = 30);
    // The text an item puts into a reply on `ticket`: a macro's text with its placeholders
    // filled (an unresolved one is an error naming it); an article's text, or a public article's
    // title and published link.
    QFuture<Result<KnowledgeInsert>> prepare(const KnowledgeItem &item, const Ticket &ticket);
    // After a sent reply on `ticket` (its new version): records the articles used and makes the
    // staged macro changes. Returns the ticket as it is afterwards.
    QFuture<Result<Ticket>> afterReply(const Ticket &ticket, const QList<qint64> &articleIds,
                                       const std::optional<MacroChanges> &changes);

    // The knowledge base window.
    QFuture<Result<QList<Article>>> articles(const ArticleFilter &filter = {});
    QFuture<Result<QList<Article>>> search(const QString &text, bool includeUnpublished);
    QFuture<Result<Article>> article(qint64 id);
    QFuture<Result<QList<ArticleVersion>>> versions(qint64 id);
    QFuture<Result<Article>> create(const ArticleDraft &draft, bool publish);
    QFuture<Result<Article>> edit(const Article &article, const ArticleDraft &draft);
    QFuture<Result<Article>> publish(const Article &article);
    QFuture<Result<Article>> markReviewed(const Article &article);
    QFuture<Result<Article>> restore(const Article &article, int oldVersion);
    QFuture<Result<ArticleDraft>> draftFromTicket(qint64 ticketId);

    // The macro editor (Tools › Macros): what the actor may apply and edit — shipped macros (or
    // their edited copies), shared ones and the actor's own; saving (returns the id) and
    // deleting, with MacroStore's rules: shared and shipped macros are the leads' and admins'.
    // Deleting the edited copy of a shipped macro brings the shipped text back.
    QFuture<Result<QList<Macro>>> macros();
    QFuture<Result<qint64>> saveMacro(const Macro &macro);
    QFuture<Result<qint64>> removeMacro(const Macro &macro);
    // The checks saveMacro() makes, without the database: for the editor as the user types.
    static Result<void> checkMacro(const Macro &macro);
    // What a macro changes, in words ("status → Resolved, internal note"); empty for none.
    static QString describeChanges(const MacroChanges &changes);

signals:
    // An article changed (saved, published, used); 0 = several.
    void articleChanged(qint64 articleId);
    // A macro was saved or deleted (the picker's and the editor's lists refresh).
    void macrosChanged();
    // A ticket changed through afterReply(): its views refresh.
    void ticketChanged(qint64 ticketId);

private:
    QFuture<Result<Article>>
    change(std::function<Result<Article>(QSqlDatabase &, const Staff &, qint64)> fn);

    DbWorker *m_worker;
    Staff m_actor;
    std::function<qint64()> m_clock;
};

} // namespace helpdesk
