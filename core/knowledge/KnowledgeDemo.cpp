#include "knowledge/KnowledgeDemo.h"

#include "db/Database.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helpdesk::KnowledgeDemo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KnowledgeDemo", text);
}

const QString kFolder = QStringLiteral(":/helpdesk/knowledge/articles/");

Result<QByteArray> read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           tr("The demo article file %1 is missing from this build.").arg(path));
    return f.readAll();
}
} // namespace

Result<QList<ArticleDraft>> articles()
{
    HD_TRY_ASSIGN(const QByteArray index, read(kFolder + QStringLiteral("index.json")));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(index, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            Error::Code::InvalidInput,
            tr("The demo article index is not valid JSON: %1.").arg(err.errorString()));
    QList<ArticleDraft> out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("file")).toString();
        ArticleDraft d;
        d.title = o.value(QStringLiteral("title")).toString();
        const auto category =
            Vocabulary::categoryFromKey(o.value(QStringLiteral("category")).toString());
        const auto audience =
            KnowledgeVocabulary::audienceFromKey(o.value(QStringLiteral("audience")).toString());
        if (file.isEmpty() || d.title.isEmpty() || !category || !audience)
            return Error::make(Error::Code::InvalidInput,
                               tr("The demo article \"%1\" needs a file, a title, a category and "
                                  "an audience.")
                                   .arg(file.isEmpty() ? d.title : file));
        d.category = *category;
        d.audience = *audience;
        for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
            d.tags.append(t.toString());
        HD_TRY_ASSIGN(const QByteArray body, read(kFolder + file));
        d.body = QString::fromUtf8(body).trimmed();
        out.append(d);
    }
    return out;
}

Result<int> seed(QSqlDatabase &db, qint64 nowMs)
{
    HD_TRY_ASSIGN(const QList<ArticleDraft> drafts, articles());
    WritePath write(db, Actor::system(QStringLiteral("demo")), nowMs);
    return write.run([&](Recorder &record) -> Result<int> {
        ArticleStore store(db);
        int added = 0;
        for (const ArticleDraft &d : drafts) {
            HD_TRY_ASSIGN(const QVariant n,
                          Database::scalar(db,
                                           QStringLiteral("SELECT COUNT(*) FROM kb_articles"
                                                          " WHERE title = ?"),
                                           {d.title}));
            if (n.toLongLong() > 0)
                continue;
            HD_TRY(store.insert(d, ArticleStatus::Published, record.actor(), record.now(),
                                QStringLiteral("published"), true));
            ++added;
        }
        return added;
    });
}

Result<int> seedUses(QSqlDatabase &db, qint64 nowMs, int days)
{
    HD_TRY_ASSIGN(const QVariant used,
                  Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM kb_article_uses")));
    if (used.toLongLong() > 0)
        return 0;
    QHash<QString, QList<qint64>> byCategory;
    HD_TRY_ASSIGN(auto articles,
                  Database::exec(db, QStringLiteral("SELECT id, category FROM kb_articles"
                                                    " WHERE status = 'published' ORDER BY id")));
    while (articles.next())
        byCategory[articles.value(1).toString()].append(articles.value(0).toLongLong());
    if (byCategory.isEmpty())
        return 0;
    constexpr int kMaxUses = 5000; // a big bench desk gets a desk's worth, not one per ticket
    const qint64 since = nowMs - qint64(days) * 24 * 3600 * 1000;
    HD_TRY_ASSIGN(auto tickets,
                  Database::exec(db,
                                 QStringLiteral("SELECT id, category, assignee_id, resolved_at"
                                                " FROM tickets WHERE resolved_at >= ?"
                                                " ORDER BY id LIMIT ?"),
                                 {QVariant::fromValue(since), QVariant(kMaxUses * 4)}));
    struct Use
    {
        qint64 article, ticket;
        QVariant staff;
        qint64 at;
    };
    QList<Use> uses;
    int seen = 0;
    while (tickets.next() && uses.size() < kMaxUses) {
        const QList<qint64> candidates = byCategory.value(tickets.value(1).toString());
        if (candidates.isEmpty() || seen++ % 3 != 0)
            continue;
        const qint64 id = tickets.value(0).toLongLong();
        uses.append({candidates.at(int(id % candidates.size())), id, tickets.value(2),
                     tickets.value(3).toLongLong()});
    }
    WritePath write(db, Actor::system(QStringLiteral("demo")), nowMs);
    return write.run([&](Recorder &) -> Result<int> {
        for (const Use &u : uses)
            HD_TRY(Database::exec(db,
                                  QStringLiteral("INSERT INTO kb_article_uses"
                                                 " (article_id, ticket_id, staff_id, at)"
                                                 " VALUES (?, ?, ?, ?)"),
                                  {QVariant::fromValue(u.article), QVariant::fromValue(u.ticket),
                                   u.staff, QVariant::fromValue(u.at)}));
        return int(uses.size());
    });
}

} // namespace helpdesk::KnowledgeDemo
