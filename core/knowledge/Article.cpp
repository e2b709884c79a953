#include "knowledge/Article.h"

#include <QCoreApplication>

namespace helpdesk::KnowledgeVocabulary {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KnowledgeVocabulary", text);
}
} // namespace

QString key(ArticleAudience audience)
{
    return audience == ArticleAudience::Public ? QStringLiteral("public")
                                               : QStringLiteral("internal");
}

QString key(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Proposed:
        return QStringLiteral("proposed");
    case ArticleStatus::Published:
        return QStringLiteral("published");
    case ArticleStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

QString label(ArticleAudience audience)
{
    return audience == ArticleAudience::Public ? tr("Public (customers)")
                                               : tr("Internal (staff only)");
}

QString label(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Proposed:
        return tr("Proposed");
    case ArticleStatus::Published:
        return tr("Published");
    case ArticleStatus::Archived:
        return tr("Archived");
    }
    return {};
}

std::optional<ArticleAudience> audienceFromKey(const QString &key)
{
    if (key == QLatin1String("public"))
        return ArticleAudience::Public;
    if (key == QLatin1String("internal"))
        return ArticleAudience::Internal;
    return std::nullopt;
}

std::optional<ArticleStatus> statusFromKey(const QString &key)
{
    for (ArticleStatus s :
         {ArticleStatus::Proposed, ArticleStatus::Published, ArticleStatus::Archived})
        if (KnowledgeVocabulary::key(s) == key)
            return s;
    return std::nullopt;
}

QStringList parseTags(const QString &text)
{
    QStringList out;
    for (QString tag : text.split(u',')) {
        tag = tag.simplified().toLower();
        if (!tag.isEmpty() && !out.contains(tag))
            out.append(tag);
    }
    return out;
}

QString joinTags(const QStringList &tags)
{
    // Never a null QString: the drivers would bind it as NULL.
    return tags.isEmpty() ? QStringLiteral("") : tags.join(QStringLiteral(", "));
}

QString slugFor(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else {
            dash = true;
        }
        if (out.size() >= 60)
            break;
    }
    return out.isEmpty() ? QStringLiteral("article") : out;
}

} // namespace helpdesk::KnowledgeVocabulary
