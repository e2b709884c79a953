#pragma once
// The rules of the knowledge base, each change one write on the write path (article, history
// row, audit row): every staff member proposes articles and uses them in replies; team leads and
// admins publish, review, archive, and edit public articles once published. In a shared
// deployment the database enforces the same (with the security work); here the client checks.
// Synchronous on the connection it is given (a service runs it on the DbWorker; the CLI
// directly).

#include "common/Result.h"
#include "knowledge/ArticleStore.h"
#include "staff/Staff.h"
#include "write/WritePath.h"

#include <QSqlDatabase>

namespace helpdesk {

class KnowledgeActions
{
public:
    KnowledgeActions(QSqlDatabase &db, Staff actor, qint64 nowMs);

    // Refuses an empty title or body, a title over 200 characters or with line breaks.
    static Result<void> validate(const ArticleDraft &draft);
    static bool mayPublish(StaffRole role) { return role != StaffRole::Agent; }

    // An agent's article is proposed; a lead's or admin's is published at once when `publish`.
    Result<Article> create(const ArticleDraft &draft, bool publish = false);
    // Saves a new text. Agents edit proposed and internal articles; a published public one,
    // or making a published one public, needs a lead or admin. Conflict when someone saved in
    // between (the message says who).
    Result<Article> edit(qint64 id, int expectedVersion, const ArticleDraft &draft);
    // Leads and admins: published (and reviewed now).
    Result<Article> publish(qint64 id, int expectedVersion);
    // Leads and admins: the text was checked and is still right ("last reviewed" on the page).
    Result<Article> markReviewed(qint64 id, int expectedVersion);
    Result<Article> archive(qint64 id, int expectedVersion);
    // Saves an old version's text as the newest version (with edit()'s rules).
    Result<Article> restore(qint64 id, int expectedVersion, int oldVersion);

    // The article went into a reply on the ticket: a timeline event and a use row.
    Result<qint64> recordUse(qint64 articleId, qint64 ticketId);

    // A draft for a lead to edit and publish, from a resolved or closed ticket: the customer's
    // problem (their first message), the troubleshooting steps that worked, the resolution
    // (the last reply). Internal until someone decides otherwise. Nothing is saved.
    Result<ArticleDraft> draftFromTicket(qint64 ticketId);

private:
    Result<Article> change(qint64 id, int expectedVersion, const QString &action,
                           const std::function<Result<void>(const Article &, ArticleDraft &,
                                                            ArticleStatus &, bool &reviewed)> &fn);

    QSqlDatabase &m_db;
    Staff m_staff;
    WritePath m_write;
};

} // namespace helpdesk
