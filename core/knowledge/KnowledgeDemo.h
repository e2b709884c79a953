#pragma once
// The demo knowledge base: articles for sign-in trouble, password recovery and security, read
// from resources/knowledge/articles (index.json plus one Markdown file each) and published as
// shipped content (no author).

#include "common/Result.h"
#include "knowledge/ArticleStore.h"

#include <QList>
#include <QSqlDatabase>

namespace helpdesk::KnowledgeDemo {

// The shipped articles; an entry or file that is missing or malformed is named in the error.
Result<QList<ArticleDraft>> articles();
// Inserts those whose title no article has yet; returns how many it added.
Result<int> seed(QSqlDatabase &db, qint64 nowMs);
// Uses of the published articles on the demo desk's resolved tickets of the last `days` days:
// about one ticket in three of a category with an article used one of them, at its resolution,
// by its assignee, so that the article counts and `kb usage` tell how the desk works. Only on a
// knowledge base nobody used yet; returns how many uses it added.
Result<int> seedUses(QSqlDatabase &db, qint64 nowMs, int days = 120);

} // namespace helpdesk::KnowledgeDemo
