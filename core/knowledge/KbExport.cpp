#include "knowledge/KbExport.h"

#include "db/Database.h"
#include "knowledge/ArticleSearch.h"
#include "knowledge/ArticleStore.h"
#include "knowledge/Markdown.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KbExport", text);
}

using Markdown::escape;

const QString kCss = QStringLiteral(
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#1d1d1f;background:#fff}\n"
    "a{color:#0b57d0}\nh1{font-size:1.8rem}\nh2{font-size:1.3rem;margin-top:2rem}\n"
    "pre{background:#f3f3f3;padding:.75rem;overflow:auto}\ncode{background:#f3f3f3}\n"
    ".meta{color:#555;font-size:.9rem}\n#search{width:100%;font-size:1rem;padding:.4rem}\n"
    "@media (prefers-color-scheme: dark){body{background:#1d1d1f;color:#eee}a{color:#8ab4f8}"
    "pre,code{background:#333}.meta{color:#bbb}}\n");

// Reads the index from search-index.js (KB_INDEX) and lists matching pages with textContent
// only, so no indexed text can become markup. Words: runs of letters and digits, lower-case;
// every typed word must start a word of the page (prefix as you type).
const QString kSearchJs = QStringLiteral(
    "(function () {\n"
    "  'use strict';\n"
    "  var box = document.getElementById('search');\n"
    "  var list = document.getElementById('results');\n"
    "  if (!box || !list || typeof KB_INDEX === 'undefined') return;\n"
    "  function words(s) { return (s.toLowerCase().match(/[\\p{L}\\p{N}]+/gu) || []); }\n"
    "  box.addEventListener('input', function () {\n"
    "    var want = words(box.value);\n"
    "    while (list.firstChild) list.removeChild(list.firstChild);\n"
    "    if (want.length === 0) return;\n"
    "    KB_INDEX.forEach(function (page) {\n"
    "      var ok = want.every(function (w) {\n"
    "        return page.words.some(function (p) { return p.indexOf(w) === 0; });\n"
    "      });\n"
    "      if (!ok) return;\n"
    "      var li = document.createElement('li');\n"
    "      var a = document.createElement('a');\n"
    "      a.href = page.url;\n"
    "      a.textContent = page.title;\n"
    "      li.appendChild(a);\n"
    "      list.appendChild(li);\n"
    "    });\n"
    "  });\n"
    "})();\n");

QString page(const QString &title, const QString &siteTitle, const QString &cssHref,
             const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"/>\n<title>") +
           escape(title) + QStringLiteral(" \u2014 ") + escape(siteTitle) +
           QStringLiteral("</title>\n<link rel=\"stylesheet\" href=\"") + escape(cssHref) +
           QStringLiteral("\"/>\n</head>\n<body>\n") + body + QStringLiteral("</body>\n</html>\n");
}

Result<void> writeFile(const QString &path, const QString &text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return Error::make(Error::Code::Unavailable,
                           tr("Could not write %1: %2. Check that the folder is writable and the "
                              "disk is not full.")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

QString dateText(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

// The feedback link of one page: the configured address with ?article=<slug>&helpful=yes|no.
QString feedbackHref(const QString &base, const QString &slug, bool helpful)
{
    QUrl url(base);
    QUrlQuery q(url);
    q.addQueryItem(QStringLiteral("article"), slug);
    q.addQueryItem(QStringLiteral("helpful"),
                   helpful ? QStringLiteral("yes") : QStringLiteral("no"));
    url.setQuery(q);
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
}

// JSON for a <script>: nothing in it can close the script element or start a comment.
QString scriptSafeJson(const QJsonDocument &doc)
{
    QString json = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    json.replace(u'<', QStringLiteral("\\u003c"));
    json.replace(u'>', QStringLiteral("\\u003e"));
    json.replace(u'&', QStringLiteral("\\u0026"));
    json.replace(QChar(0x2028), QStringLiteral("\\u2028"));
    json.replace(QChar(0x2029), QStringLiteral("\\u2029"));
    return json;
}

} // namespace

const SettingKey<QString> KbExport::FeedbackUrlKey{QStringLiteral("kb/feedback_url"), QString()};

Result<KbExportSummary> KbExport::write(QSqlDatabase &db, const KbExportOptions &options)
{
    if (options.outDir.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Say where the site goes: --out DIR."));
    QString feedback = options.feedbackUrl;
    if (feedback.isEmpty()) {
        Settings settings(db);
        HD_TRY_ASSIGN(feedback, settings.get(FeedbackUrlKey));
    }
    if (!feedback.isEmpty() &&
        (!Markdown::isAllowedLink(feedback) || feedback.startsWith(QLatin1String("mailto:"))))
        return Error::make(Error::Code::InvalidInput,
                           tr("The feedback address \"%1\" is not a web address. Use one that "
                              "starts with https://.")
                               .arg(feedback));
    const QString siteTitle = options.siteTitle.isEmpty() ? tr("Help centre") : options.siteTitle;

    HD_TRY_ASSIGN(const QList<Article> all, ArticleStore(db).list());
    QList<Article> articles;
    KbExportSummary summary;
    for (const Article &a : all) {
        if (a.audience == ArticleAudience::Public && a.status == ArticleStatus::Published)
            articles.append(a);
        else
            ++summary.skipped;
    }

    QDir dir(options.outDir);
    if (!dir.mkpath(QStringLiteral("articles")))
        return Error::make(
            Error::Code::Unavailable,
            tr("Could not create the folder %1. Check the path and its "
               "permissions.")
                .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("articles")))));

    // Pages of articles that are no longer public and published go, so a withdrawn article is
    // never left behind on the site.
    QDir pages(dir.filePath(QStringLiteral("articles")));
    QSet<QString> written;
    for (const Article &a : articles)
        written.insert(a.slug + QStringLiteral(".html"));
    for (const QString &name : pages.entryList({QStringLiteral("*.html")}, QDir::Files))
        if (!written.contains(name) && !pages.remove(name))
            return Error::make(Error::Code::Unavailable,
                               tr("Could not remove the old page %1, whose article is no longer "
                                  "public. Delete it by hand before publishing the site.")
                                   .arg(QDir::toNativeSeparators(pages.filePath(name))));

    QJsonArray index;
    for (const Article &a : articles) {
        const QString url = QStringLiteral("articles/") + a.slug + QStringLiteral(".html");
        QString body = QStringLiteral("<p class=\"meta\"><a href=\"../index.html\">") +
                       escape(siteTitle) + QStringLiteral("</a> \u203a ") +
                       escape(Vocabulary::label(a.category)) + QStringLiteral("</p>\n<h1>") +
                       escape(a.title) + QStringLiteral("</h1>\n") + Markdown::toHtml(a.body);
        body +=
            QStringLiteral("<p class=\"meta\" id=\"reviewed\">") +
            (a.reviewedAt.isValid()
                 ? escape(tr("Last reviewed on %1.").arg(dateText(a.reviewedAt)))
                 : escape(
                       tr("Not reviewed yet (last changed on %1).").arg(dateText(a.updatedAt)))) +
            QStringLiteral("</p>\n");
        if (!feedback.isEmpty())
            body += QStringLiteral("<p id=\"feedback\">") + escape(tr("Was this helpful?")) +
                    QStringLiteral(" <a href=\"") + escape(feedbackHref(feedback, a.slug, true)) +
                    QStringLiteral("\">") + escape(tr("Yes")) +
                    QStringLiteral("</a> \u00b7 <a href=\"") +
                    escape(feedbackHref(feedback, a.slug, false)) + QStringLiteral("\">") +
                    escape(tr("No")) + QStringLiteral("</a></p>\n");
        HD_TRY(writeFile(dir.filePath(url),
                         page(a.title, siteTitle, QStringLiteral("../style.css"), body)));
        ++summary.pages;

        QStringList words;
        for (const QString &w :
             SearchQuery::words(a.title + u' ' + KnowledgeVocabulary::joinTags(a.tags) + u' ' +
                                Markdown::toPlainText(a.body))) {
            const QString lower = w.toLower();
            if (!words.contains(lower))
                words.append(lower);
        }
        index.append(QJsonObject{{QStringLiteral("title"), a.title},
                                 {QStringLiteral("url"), url},
                                 {QStringLiteral("category"), Vocabulary::key(a.category)},
                                 {QStringLiteral("reviewed"),
                                  a.reviewedAt.isValid() ? dateText(a.reviewedAt) : QString()},
                                 {QStringLiteral("words"), QJsonArray::fromStringList(words)}});
    }

    QString body = QStringLiteral("<h1>") + escape(siteTitle) + QStringLiteral("</h1>\n") +
                   QStringLiteral("<p><label for=\"search\">") + escape(tr("Search the articles")) +
                   QStringLiteral("</label><br/><input id=\"search\" type=\"search\" "
                                  "autocomplete=\"off\"/></p>\n<ul id=\"results\"></ul>\n");
    for (TicketCategory c : Vocabulary::allCategories()) {
        QString items;
        for (const Article &a : articles)
            if (a.category == c)
                items += QStringLiteral("<li><a href=\"articles/") + escape(a.slug) +
                         QStringLiteral(".html\">") + escape(a.title) +
                         QStringLiteral("</a></li>\n");
        if (items.isEmpty())
            continue;
        body += QStringLiteral("<h2 id=\"") + Vocabulary::key(c) + QStringLiteral("\">") +
                escape(Vocabulary::label(c)) + QStringLiteral("</h2>\n<ul>\n") + items +
                QStringLiteral("</ul>\n");
    }
    if (articles.isEmpty())
        body += QStringLiteral("<p>") + escape(tr("There are no articles yet.")) +
                QStringLiteral("</p>\n");
    body += QStringLiteral("<p class=\"meta\">") +
            escape(tr("Updated on %1.")
                       .arg(dateText(QDateTime::fromMSecsSinceEpoch(options.nowMs, Qt::UTC)))) +
            QStringLiteral("</p>\n<script src=\"search-index.js\"></script>\n"
                           "<script src=\"search.js\"></script>\n");
    HD_TRY(writeFile(dir.filePath(QStringLiteral("index.html")),
                     page(tr("All articles"), siteTitle, QStringLiteral("style.css"), body)));
    const QJsonDocument doc(index);
    HD_TRY(writeFile(dir.filePath(QStringLiteral("search-index.json")),
                     QString::fromUtf8(doc.toJson(QJsonDocument::Indented))));
    HD_TRY(
        writeFile(dir.filePath(QStringLiteral("search-index.js")),
                  QStringLiteral("var KB_INDEX = ") + scriptSafeJson(doc) + QStringLiteral(";\n")));
    HD_TRY(writeFile(dir.filePath(QStringLiteral("search.js")), kSearchJs));
    HD_TRY(writeFile(dir.filePath(QStringLiteral("style.css")), kCss));

    HD_TRY_ASSIGN(summary.gaps, gaps(db, options.gapsSinceMs));
    return summary;
}

Result<QList<KbGap>> KbExport::gaps(QSqlDatabase &db, qint64 sinceMs)
{
    QList<KbGap> out;
    ArticleSearchScope scope;
    scope.includeInternal = false;
    // Categories: tickets per category against published public articles in it.
    HD_TRY_ASSIGN(auto cats,
                  Database::exec(db,
                                 QStringLiteral("SELECT t.category, COUNT(*) FROM tickets t"
                                                " WHERE t.created_at >= ? AND NOT EXISTS ("
                                                " SELECT 1 FROM kb_articles a WHERE a.category ="
                                                " t.category AND a.audience = 'public' AND"
                                                " a.status = 'published')"
                                                " GROUP BY t.category ORDER BY COUNT(*) DESC,"
                                                " t.category"),
                                 {QVariant::fromValue(sinceMs)}));
    while (cats.next())
        out.append(
            {QString(),
             Vocabulary::categoryFromKey(cats.value(0).toString()).value_or(TicketCategory::Other),
             cats.value(1).toLongLong()});
    // Subjects: the most frequent ones (case-insensitively) that no public article matches
    // with every word of the subject.
    HD_TRY_ASSIGN(auto subjects,
                  Database::exec(db,
                                 QStringLiteral("SELECT MIN(subject), MIN(category), COUNT(*)"
                                                " FROM tickets WHERE created_at >= ?"
                                                " GROUP BY LOWER(subject)"
                                                " ORDER BY COUNT(*) DESC, MIN(subject) LIMIT 50"),
                                 {QVariant::fromValue(sinceMs)}));
    QList<KbGap> candidates;
    while (subjects.next())
        candidates.append({subjects.value(0).toString(),
                           Vocabulary::categoryFromKey(subjects.value(1).toString())
                               .value_or(TicketCategory::Other),
                           subjects.value(2).toLongLong()});
    subjects.finish();
    int listed = 0;
    for (const KbGap &g : candidates) {
        if (listed >= 10)
            break;
        // Whole words only: a subject's last word is not a prefix being typed.
        HD_TRY_ASSIGN(const auto hits,
                      ArticleSearch::search(db, SearchQuery::parse(g.subject + u' '), scope, 1));
        if (!hits.isEmpty())
            continue;
        out.append(g);
        ++listed;
    }
    return out;
}

} // namespace helpdesk
