#pragma once
// The self-service FAQ: a static site of the published public articles that the company can put
// on any web server or open from a folder — no server code, no external files.
//
//   index.html            articles by category, a search box
//   articles/<slug>.html  one page per article: the text (Markdown, rendered safely), when it
//                         was last reviewed, a "Was this helpful?" link, a link back
//   search-index.json     the small index the search box reads (title, category, words)
//   search-index.js       the same, as a script, so search works from file:// too
//   search.js, style.css
//
// Internal, proposed and archived articles are never written. Pages are XHTML-compatible
// (every tag closed, all text escaped), links between pages relative.

#include "common/Result.h"
#include "knowledge/Article.h"
#include "settings/Settings.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace helpdesk {

// The ticket subjects and categories customers write about most that no public article covers:
// what the FAQ should say next.
struct KbGap
{
    QString subject; // empty for a category row
    TicketCategory category = TicketCategory::Other;
    qint64 tickets = 0;
};

struct KbExportOptions
{
    QString outDir;
    QString siteTitle;      // empty: "Help centre"
    QString feedbackUrl;    // empty: the setting kb/feedback_url; none at all: no link
    qint64 nowMs = 0;       // "exported on"
    qint64 gapsSinceMs = 0; // tickets created since then count for gaps()
};

struct KbExportSummary
{
    int pages = 0;
    int skipped = 0; // internal or unpublished articles left out
    QList<KbGap> gaps;
};

class KbExport
{
public:
    static const SettingKey<QString> FeedbackUrlKey; // "kb/feedback_url"

    // Writes the site into options.outDir (created if needed; files of an earlier export are
    // replaced, other files left alone). Refuses a feedback URL that is not http(s).
    static Result<KbExportSummary> write(QSqlDatabase &db, const KbExportOptions &options);
    // The ten most frequent subjects (and every category) since sinceMs without an article.
    static Result<QList<KbGap>> gaps(QSqlDatabase &db, qint64 sinceMs);
};

} // namespace helpdesk
