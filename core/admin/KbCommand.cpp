#include "admin/KbCommand.h"

#include "knowledge/ArticleSearch.h"
#include "knowledge/KbExport.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/MacroStore.h"
#include "staff/StaffStore.h"
#include "tickets/TicketSearch.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace helpdesk::admin::KbCommand {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AdminCli", text, disambiguation, n);
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

Result<QString> readUtf8File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::InvalidInput,
                           tr("Cannot read the article file %1: %2. Check the path and its "
                              "permissions.")
                               .arg(path, file.errorString()));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(file.readAll());
    if (decoder.hasError())
        return Error::make(Error::Code::InvalidInput,
                           tr("The article file %1 is not valid UTF-8; save it as UTF-8 and try "
                              "again.")
                               .arg(path));
    return text;
}

QJsonObject articleJson(const Article &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("slug"), a.slug},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("category"), Vocabulary::key(a.category)},
            {QStringLiteral("audience"), KnowledgeVocabulary::key(a.audience)},
            {QStringLiteral("status"), KnowledgeVocabulary::key(a.status)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
            {QStringLiteral("version"), a.version},
            {QStringLiteral("reviewed_at"), isoOrNull(a.reviewedAt)},
            {QStringLiteral("uses"), a.uses},
            {QStringLiteral("resolved_with"), a.resolvedWith}};
}

// The frequent topics without a public article, under a heading; nothing when there are none.
void printGaps(Context &ctx, const QList<KbGap> &gaps, const QString &heading)
{
    if (gaps.isEmpty())
        return;
    ctx.out << heading << u'\n';
    for (const KbGap &g : gaps)
        ctx.out << QStringLiteral("  %1  %2\n")
                       .arg(g.tickets, 6)
                       .arg(g.subject.isEmpty()
                                ? tr("category %1").arg(Vocabulary::label(g.category))
                                : g.subject);
}

int cmdAdd(Context &ctx, const Invocation &inv)
{
    const QString title = inv.value(QStringLiteral("title"));
    if (title.trimmed().isEmpty())
        return ctx.usage(tr("Give the article's title with --title."));
    if (!inv.has(QStringLiteral("body-file")))
        return ctx.usage(tr("Give the article's text (Markdown) with --body-file FILE."));
    if (!inv.has(QStringLiteral("category")))
        return ctx.usage(tr("Give the article's category with --category (login, recovery, "
                            "security or other)."));
    int exitCode = AdminCli::Success;
    const auto category =
        parseKey(ctx, inv, QStringLiteral("category"), TicketCategory::Other,
                 Vocabulary::categoryFromKey, Vocabulary::allCategories, &exitCode);
    if (!category)
        return exitCode;
    auto body = readUtf8File(inv.value(QStringLiteral("body-file")));
    if (!body)
        return ctx.fail(body.error());
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto staff = actingStaff(ctx, *db.value(), inv);
    if (!staff)
        return ctx.fail(staff.error());

    ArticleDraft d;
    d.title = title;
    d.body = body.value();
    d.category = *category;
    d.audience =
        inv.has(QStringLiteral("public")) ? ArticleAudience::Public : ArticleAudience::Internal;
    d.tags = KnowledgeVocabulary::parseTags(inv.value(QStringLiteral("tags")));
    // A lead's or admin's article is published at once; an agent's waits as a proposal.
    const bool publish = KnowledgeActions::mayPublish(staff.value().role);
    KnowledgeActions actions(*db.value(), staff.value(), QDateTime::currentMSecsSinceEpoch());
    auto created = actions.create(d, publish);
    if (!created)
        return ctx.fail(created.error());
    if (inv.has(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(
                       QJsonDocument(articleJson(created.value())).toJson(QJsonDocument::Compact))
                << u'\n';
    } else {
        ctx.out << (publish ? tr("Published article %1 \"%2\" (%3).")
                            : tr("Proposed article %1 \"%2\" (%3); a team lead publishes it."))
                       .arg(created->id)
                       .arg(created->title, KnowledgeVocabulary::label(created->audience))
                << u'\n';
    }
    return AdminCli::Success;
}

int cmdList(Context &ctx, const Invocation &inv)
{
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto list = ArticleStore(*db.value()).list();
    if (!list)
        return ctx.fail(list.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Article &a : list.value())
            rows.append(articleJson(a));
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return AdminCli::Success;
    }
    if (list->isEmpty()) {
        ctx.out << tr("No articles yet. Add one with 'kb add'.") << u'\n';
        return AdminCli::Success;
    }
    for (const Article &a : list.value())
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(a.id, 5)
                       .arg(Vocabulary::key(a.category), -8)
                       .arg(KnowledgeVocabulary::key(a.audience), -8)
                       .arg(KnowledgeVocabulary::key(a.status), -9)
                       .arg(tr("used %1, resolved %2").arg(a.uses).arg(a.resolvedWith), -20)
                       .arg(a.title)
                << u'\n';
    return AdminCli::Success;
}

int cmdSearch(Context &ctx, const Invocation &inv)
{
    const QString text = inv.positional.join(u' ');
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isEmpty())
        return ctx.usage(query.hint());
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    ArticleSearchScope scope;
    scope.includeInternal = !inv.has(QStringLiteral("public-only"));
    scope.includeUnpublished = inv.has(QStringLiteral("all"));
    auto hits = ArticleSearch::search(*db.value(), query, scope);
    if (!hits)
        return ctx.fail(hits.error());
    auto plain = [](QString s) {
        return s.replace(SearchHit::kMarkStart, u'[').replace(SearchHit::kMarkEnd, u']');
    };
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ArticleHit &h : hits.value())
            rows.append(
                QJsonObject{{QStringLiteral("id"), h.articleId},
                            {QStringLiteral("title"), h.title},
                            {QStringLiteral("category"), Vocabulary::key(h.category)},
                            {QStringLiteral("audience"), KnowledgeVocabulary::key(h.audience)},
                            {QStringLiteral("status"), KnowledgeVocabulary::key(h.status)},
                            {QStringLiteral("snippet"), plain(h.snippet)}});
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return AdminCli::Success;
    }
    if (hits->isEmpty())
        ctx.out << tr("No article matches '%1'.").arg(text) << u'\n';
    for (const ArticleHit &h : hits.value())
        ctx.out << QStringLiteral("%1  %2\n       %3\n")
                       .arg(h.articleId, 5)
                       .arg(h.title, plain(h.snippet));
    return AdminCli::Success;
}

int cmdExport(Context &ctx, const Invocation &inv)
{
    if (inv.value(QStringLiteral("out")).isEmpty())
        return ctx.usage(tr("Say where the site goes with --out DIR."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    KbExportOptions options;
    options.outDir = inv.value(QStringLiteral("out"));
    options.siteTitle = inv.value(QStringLiteral("title"));
    options.feedbackUrl = inv.value(QStringLiteral("feedback-url"));
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.gapsSinceMs = options.nowMs - qint64(90) * 24 * 3600 * 1000;
    auto summary = KbExport::write(*db.value(), options);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << tr("Wrote %n page(s) to %1 (open index.html); ", nullptr, summary->pages)
                   .arg(QDir::toNativeSeparators(QDir(options.outDir).absolutePath()))
            << tr("%n internal or unpublished article(s) left out.", nullptr, summary->skipped)
            << u'\n';
    printGaps(ctx, summary->gaps,
              tr("Asked about in the last 90 days, with no public article yet:"));
    return AdminCli::Success;
}

// Uses per month of each article over the last --months months (UTC), the most used first, and
// the frequent ticket topics of the same months that no public article covers: which issues are
// reported most, and what the FAQ should answer next.
int cmdUsage(Context &ctx, const Invocation &inv)
{
    bool ok = true;
    const int months =
        inv.has(QStringLiteral("months")) ? inv.value(QStringLiteral("months")).toInt(&ok) : 6;
    if (!ok || months < 1 || months > 36)
        return ctx.usage(tr("--months takes a number of months from 1 to 36."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    const QDate thisMonth = QDateTime::currentDateTimeUtc().date();
    const QDate first = QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(1 - months);
    QStringList keys;
    for (int i = 0; i < months; ++i)
        keys << first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    ArticleStore store(*db.value());
    auto list = store.list();
    if (!list)
        return ctx.fail(list.error());
    struct Row
    {
        Article article;
        QList<qint64> counts;
        qint64 total = 0;
    };
    QList<Row> rows;
    for (const Article &a : list.value()) {
        auto perMonth = store.usesPerMonth(a.id);
        if (!perMonth)
            return ctx.fail(perMonth.error());
        Row row{a, QList<qint64>(months, 0), 0};
        for (const auto &[month, count] : perMonth.value()) {
            const qsizetype i = keys.indexOf(month);
            if (i >= 0) {
                row.counts[i] = count;
                row.total += count;
            }
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.total > b.total; });
    const qint64 sinceMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto gaps = KbExport::gaps(*db.value(), sinceMs);
    if (!gaps)
        return ctx.fail(gaps.error());

    if (inv.has(QStringLiteral("json"))) {
        QJsonArray articles;
        for (const Row &r : rows) {
            QJsonObject uses;
            for (int i = 0; i < months; ++i)
                uses.insert(keys.at(i), r.counts.at(i));
            articles.append(QJsonObject{{QStringLiteral("id"), r.article.id},
                                        {QStringLiteral("title"), r.article.title},
                                        {QStringLiteral("uses"), uses},
                                        {QStringLiteral("total"), r.total}});
        }
        QJsonArray open;
        for (const KbGap &g : gaps.value())
            open.append(QJsonObject{{QStringLiteral("subject"), g.subject},
                                    {QStringLiteral("category"), Vocabulary::key(g.category)},
                                    {QStringLiteral("tickets"), g.tickets}});
        const QJsonObject doc{{QStringLiteral("months"), QJsonArray::fromStringList(keys)},
                              {QStringLiteral("articles"), articles},
                              {QStringLiteral("without_article"), open}};
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return AdminCli::Success;
    }
    QString header;
    for (const QString &k : keys)
        header += QStringLiteral("%1 ").arg(k, 7);
    ctx.out << header << tr("Article") << u'\n';
    for (const Row &r : rows) {
        QString line;
        for (qint64 c : r.counts)
            line += QStringLiteral("%1 ").arg(c, 7);
        ctx.out << line << r.article.title << u'\n';
    }
    if (rows.isEmpty())
        ctx.out << tr("No articles yet. Add one with 'kb add'.") << u'\n';
    if (!gaps->isEmpty())
        ctx.out << u'\n';
    printGaps(ctx, gaps.value(),
              tr("Asked about since %1, with no public article yet:").arg(keys.first()));
    return AdminCli::Success;
}

int cmdMacrosList(Context &ctx, const Invocation &inv)
{
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    std::optional<qint64> staffId;
    if (inv.has(QStringLiteral("as"))) {
        auto staff = actingStaff(ctx, *db.value(), inv);
        if (!staff)
            return ctx.fail(staff.error());
        staffId = staff->id;
    }
    auto macros = MacroStore(*db.value()).available(staffId);
    if (!macros)
        return ctx.fail(macros.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Macro &m : macros.value())
            rows.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("key"), m.key.isEmpty() ? QJsonValue() : QJsonValue(m.key)},
                {QStringLiteral("title"), m.title},
                {QStringLiteral("shared"), m.isShared()},
                {QStringLiteral("body"), m.body},
                {QStringLiteral("changes"), m.changes.toJson()}});
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return AdminCli::Success;
    }
    for (const Macro &m : macros.value()) {
        QStringList what;
        if (m.changes.status)
            what << tr("status %1").arg(Vocabulary::key(*m.changes.status));
        if (m.changes.priority)
            what << tr("priority %1").arg(Vocabulary::key(*m.changes.priority));
        if (m.changes.category)
            what << tr("category %1").arg(Vocabulary::key(*m.changes.category));
        if (m.changes.assignee)
            what << tr("assignee %1")
                        .arg(m.changes.assignee->isEmpty() ? tr("nobody") : *m.changes.assignee);
        if (!m.changes.note.isEmpty())
            what << tr("note");
        ctx.out << m.title << QStringLiteral("  (")
                << (m.isShared() ? tr("shared") : tr("personal"))
                << (what.isEmpty() ? tr("; canned reply")
                                   : QStringLiteral("; ") + what.join(QStringLiteral(", ")))
                << QStringLiteral(")\n");
    }
    return AdminCli::Success;
}

int cmdMacrosAdd(Context &ctx, const Invocation &inv)
{
    Macro m;
    m.title = inv.value(QStringLiteral("title"));
    if (m.title.trimmed().isEmpty())
        return ctx.usage(tr("Give the macro's title with --title."));
    if (inv.has(QStringLiteral("body-file"))) {
        auto body = readUtf8File(inv.value(QStringLiteral("body-file")));
        if (!body)
            return ctx.fail(body.error());
        m.body = body.value();
    }
    QJsonObject changes;
    for (const char *key : {"status", "priority", "category", "assignee", "note"}) {
        const QString name = QString::fromLatin1(key);
        if (inv.has(name))
            changes.insert(name, inv.value(name));
    }
    auto parsed = MacroChanges::fromJson(changes, m.title);
    if (!parsed)
        return ctx.usage(parsed.error().message);
    m.changes = parsed.value();
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto staff = actingStaff(ctx, *db.value(), inv);
    if (!staff)
        return ctx.fail(staff.error());
    if (!inv.has(QStringLiteral("shared")))
        m.ownerId = staff->id;
    auto id = MacroStore(*db.value()).save(m, staff.value(), QDateTime::currentMSecsSinceEpoch());
    if (!id)
        return ctx.fail(id.error());
    ctx.out << (m.isShared() ? tr("Added the shared macro %1 \"%2\".")
                             : tr("Added the personal macro %1 \"%2\" for %3."))
                   .arg(id.value())
                   .arg(m.title, staff->login)
            << u'\n';
    return AdminCli::Success;
}

const OptionSpec kAs{QStringLiteral("as"), QStringLiteral("LOGIN"),
                     QT_TRANSLATE_NOOP("AdminCli", "Staff login making the change (on PostgreSQL "
                                                   "the connection user by default).")};

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("kb"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("AdminCli", "Add a knowledge-base article from a Markdown file: "
                                       "published at once when --as is a team lead or admin, "
                                       "otherwise proposed for a lead to publish."),
         {{QStringLiteral("title"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The article's title (required).")},
          {QStringLiteral("body-file"), QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("AdminCli", "The text, Markdown in UTF-8 (required).")},
          {QStringLiteral("category"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "login, recovery, security or other (required).")},
          {QStringLiteral("tags"), QStringLiteral("LIST"),
           QT_TRANSLATE_NOOP("AdminCli", "Comma-separated tags.")},
          {QStringLiteral("public"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "For customers (exported to the FAQ site); without it "
                                         "the article is internal.")},
          kAs,
          {QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print the new article as JSON.")}},
         cmdAdd},
        {{QStringLiteral("kb"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("AdminCli", "List the knowledge-base articles with their use counts."),
         {{QStringLiteral("json"), QString(), QT_TRANSLATE_NOOP("AdminCli", "Print JSON.")}},
         cmdList},
        {{QStringLiteral("kb"), QStringLiteral("search")},
         QT_TRANSLATE_NOOP("AdminCli", "Search published articles (words, \"phrases\", a last "
                                       "word as a prefix), as ticket search does."),
         {{QStringLiteral("public-only"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Only articles customers can see.")},
          {QStringLiteral("all"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Proposed and archived articles too.")},
          {QStringLiteral("json"), QString(), QT_TRANSLATE_NOOP("AdminCli", "Print JSON.")}},
         cmdSearch,
         QStringLiteral("QUERY")},
        {{QStringLiteral("kb"), QStringLiteral("export")},
         QT_TRANSLATE_NOOP("AdminCli", "Write the self-service FAQ as a static site (published "
                                       "public articles only) and list frequent ticket topics "
                                       "that have no article."),
         {{QStringLiteral("out"), QStringLiteral("DIR"),
           QT_TRANSLATE_NOOP("AdminCli", "The folder to write (required).")},
          {QStringLiteral("title"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The site's title (default \"Help centre\").")},
          {QStringLiteral("feedback-url"), QStringLiteral("URL"),
           QT_TRANSLATE_NOOP("AdminCli", "Where \"Was this helpful?\" points (default: the "
                                         "setting kb/feedback_url; none: no link).")}},
         cmdExport},
        {{QStringLiteral("kb"), QStringLiteral("usage")},
         QT_TRANSLATE_NOOP("AdminCli", "Show how often each article was used per month, and the "
                                       "frequent ticket topics that no public article covers."),
         {{QStringLiteral("months"), QStringLiteral("N"),
           QT_TRANSLATE_NOOP("AdminCli", "How many months back, this one included (default 6).")},
          {QStringLiteral("json"), QString(), QT_TRANSLATE_NOOP("AdminCli", "Print JSON.")}},
         cmdUsage},
        {{QStringLiteral("macros"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("AdminCli", "Add a macro: reply text with {{placeholders}} and the "
                                       "changes it makes on send; personal unless --shared "
                                       "(team leads and admins)."),
         {{QStringLiteral("title"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The macro's title (required).")},
          {QStringLiteral("body-file"), QStringLiteral("FILE"),
           QT_TRANSLATE_NOOP("AdminCli", "The reply text, UTF-8.")},
          {QStringLiteral("status"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Set the ticket's status, e.g. pending_customer.")},
          {QStringLiteral("priority"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Set the priority: low, normal, high or urgent.")},
          {QStringLiteral("category"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Set the category.")},
          {QStringLiteral("assignee"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Assign to this login; 'me' for whoever applies it.")},
          {QStringLiteral("note"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "Add this internal note.")},
          {QStringLiteral("shared"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "For everyone (team leads and admins).")},
          kAs},
         cmdMacrosAdd},
        {{QStringLiteral("macros"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("AdminCli", "List the macros and canned replies: shipped, shared, and "
                                       "with --as that staff member's own."),
         {{QStringLiteral("as"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Include this staff member's personal macros.")},
          {QStringLiteral("json"), QString(), QT_TRANSLATE_NOOP("AdminCli", "Print JSON.")}},
         cmdMacrosList},
    };
}

} // namespace helpdesk::admin::KbCommand
