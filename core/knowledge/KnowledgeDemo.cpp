#include "knowledge/KnowledgeDemo.h"

#include "db/Database.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QFile>
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

} // namespace helpdesk::KnowledgeDemo
