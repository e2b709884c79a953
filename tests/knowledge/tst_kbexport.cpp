// The self-service FAQ export, read back as a browser would: every page parses as XML
// (XHTML-compatible output), every link between pages resolves to a written file, text that
// looks like markup stays text, the search index lists exactly the public pages, each page says
// when it was last reviewed and links to the feedback address; internal, proposed and archived
// articles are never written, and a page whose article went internal disappears.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "admin/AdminCli.h"
#include "knowledge/KbExport.h"
#include "knowledge/KnowledgeActions.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

// A Result that must have succeeded; the failure message is read only when it did not.
#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().toString()))

namespace {
constexpr qint64 kT0 = 1'760'000'000'000; // 2025-10-09

struct Page
{
    bool ok = false;
    QString error;
    QString title;
    QString text;
    QStringList hrefs;     // <a href>
    QStringList resources; // <link href>, <script src>
    QStringList elements;
    QString reviewed; // text of #reviewed
};

Page readPage(const QString &path)
{
    Page p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        p.error = f.errorString();
        return p;
    }
    QXmlStreamReader xml(&f);
    QString inside;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            p.elements.append(name);
            const auto attrs = xml.attributes();
            if (name == QLatin1String("a"))
                p.hrefs.append(attrs.value(QStringLiteral("href")).toString());
            if (name == QLatin1String("link"))
                p.resources.append(attrs.value(QStringLiteral("href")).toString());
            if (name == QLatin1String("script"))
                p.resources.append(attrs.value(QStringLiteral("src")).toString());
            if (name == QLatin1String("title"))
                p.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (attrs.value(QStringLiteral("id")) == QLatin1String("reviewed"))
                inside = QStringLiteral("reviewed");
        } else if (xml.isEndElement() && xml.name() == QLatin1String("p")) {
            inside.clear();
        } else if (xml.isCharacters()) {
            p.text += xml.text();
            if (inside == QLatin1String("reviewed"))
                p.reviewed += xml.text();
        }
    }
    p.ok = !xml.hasError();
    p.error = xml.errorString();
    return p;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Where a relative link from `from` leads, or empty for a link that leaves the site.
QString resolve(const QString &from, const QString &href)
{
    const QUrl url(href);
    if (!url.isRelative())
        return {};
    return QDir::cleanPath(QFileInfo(from).absolutePath() + u'/' + url.path());
}

ArticleDraft draft(const QString &title, const QString &body, TicketCategory category,
                   ArticleAudience audience)
{
    ArticleDraft d;
    d.title = title;
    d.body = body;
    d.category = category;
    d.audience = audience;
    return d;
}
} // namespace

class TestKbExport : public QObject
{
    Q_OBJECT
private slots:
    void site_data() { addDialectRows(); }
    void site()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        Staff lead;
        lead.login = QStringLiteral("lee");
        lead.displayName = QStringLiteral("Lee");
        lead.role = StaffRole::Lead;
        lead.id = addStaff(db, lead.login, lead.displayName, QStringLiteral("lead"));
        KnowledgeActions kb(db, lead, kT0);

        const QString hostile = QStringLiteral("<script>alert('x')</script> & \"Reset\"");
        auto a1 = kb.create(
            draft(hostile,
                  QStringLiteral("## Steps\n\n1. Open [our page](https://example.com/a?b=1&c=2)\n"
                                 "2. <img src=x onerror=alert(1)>\n"),
                  TicketCategory::Recovery, ArticleAudience::Public),
            true);
        VERIFY_OK(a1);
        auto a2 =
            kb.create(draft(QStringLiteral("Locked account"), QStringLiteral("Wait half an hour."),
                            TicketCategory::Login, ArticleAudience::Public),
                      true);
        QVERIFY(a2);
        QVERIFY(
            kb.create(draft(QStringLiteral("Secret staff procedure"), QStringLiteral("zebracode"),
                            TicketCategory::Security, ArticleAudience::Internal),
                      true));
        QVERIFY(kb.create(draft(QStringLiteral("Unpublished proposal"), QStringLiteral("quagga"),
                                TicketCategory::Security, ArticleAudience::Public)));

        // Topics customers ask about that no article covers yet.
        for (int i = 0; i < 3; ++i) {
            TicketRow r;
            r.subject = QStringLiteral("Two-factor codes missing");
            r.category = QStringLiteral("security");
            r.createdAt = kT0;
            addTicket(db, r);
        }
        TicketRow covered;
        covered.subject = QStringLiteral("Locked account");
        covered.createdAt = kT0;
        addTicket(db, covered);

        QTemporaryDir out;
        KbExportOptions options;
        options.outDir = out.path();
        options.feedbackUrl = QStringLiteral("https://portal.example.com/feedback");
        options.nowMs = kT0;
        auto summary = KbExport::write(db, options);
        VERIFY_OK(summary);
        QCOMPARE(summary->pages, 2);
        QCOMPARE(summary->skipped, 2);
        bool gapListed = false;
        for (const KbGap &g : summary->gaps) {
            QVERIFY(g.subject != QLatin1String("Locked account"));
            if (g.subject == QLatin1String("Two-factor codes missing")) {
                gapListed = true;
                QCOMPARE(g.tickets, 3);
            }
        }
        QVERIFY(gapListed);

        // Every page parses; every link and resource inside the site exists.
        QStringList pages;
        QDirIterator it(out.path(), {QStringLiteral("*.html")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            pages.append(it.next());
        QCOMPARE(pages.size(), 3);
        for (const QString &path : pages) {
            const Page p = readPage(path);
            QVERIFY2(p.ok, qPrintable(path + u':' + p.error));
            for (const QString &href : p.hrefs + p.resources) {
                const QString target = resolve(path, href);
                if (target.isEmpty()) { // the feedback link, the article's own link
                    QVERIFY2(href.startsWith(QLatin1String("https://")), qPrintable(href));
                    continue;
                }
                QVERIFY2(QFileInfo::exists(target),
                         qPrintable(path + QStringLiteral(" -> ") + href));
                QVERIFY2(target.startsWith(QDir::cleanPath(out.path())), qPrintable(href));
            }
            // Text typed as markup is shown, never run.
            QVERIFY(!p.elements.contains(QStringLiteral("img")));
            QCOMPARE(p.elements.count(QStringLiteral("script")),
                     path.endsWith(QLatin1String("/index.html")) ? 2 : 0);
        }

        const Page index = readPage(out.filePath(QStringLiteral("index.html")));
        QVERIFY(index.text.contains(hostile));
        QVERIFY(index.text.contains(QLatin1String("Locked account")));
        QVERIFY(index.hrefs.contains(QStringLiteral("articles/locked-account.html")));

        const QString hostilePath =
            out.filePath(QStringLiteral("articles/") + a1->slug + QStringLiteral(".html"));
        const Page article = readPage(hostilePath);
        QVERIFY(article.title.startsWith(hostile));
        QVERIFY(article.text.contains(QLatin1String("<img src=x onerror=alert(1)>")));
        QVERIFY(article.hrefs.contains(QStringLiteral("https://example.com/a?b=1&c=2")));
        QVERIFY(article.hrefs.contains(QStringLiteral("../index.html")));
        QCOMPARE(article.reviewed.trimmed(), QStringLiteral("Last reviewed on 2025-10-09."));
        QVERIFY(article.hrefs.contains(options.feedbackUrl + QStringLiteral("?article=") +
                                       a1->slug + QStringLiteral("&helpful=yes")));

        // Nothing internal or unpublished anywhere in the site.
        QDirIterator all(out.path(), QDir::Files, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString text = readAll(all.next());
            QVERIFY2(!text.contains(QLatin1String("zebracode")), qPrintable(all.filePath()));
            QVERIFY(!text.contains(QLatin1String("Secret staff")));
            QVERIFY(!text.contains(QLatin1String("quagga")));
        }

        // The search index: the public pages, their words, no way to close the script.
        const QJsonArray entries =
            QJsonDocument::fromJson(
                readAll(out.filePath(QStringLiteral("search-index.json"))).toUtf8())
                .array();
        QCOMPARE(entries.size(), 2);
        for (const QJsonValue &e : entries)
            QVERIFY(QFileInfo::exists(out.filePath(e[QStringLiteral("url")].toString())));
        const QString js = readAll(out.filePath(QStringLiteral("search-index.js")));
        QVERIFY(js.startsWith(QLatin1String("var KB_INDEX = ")));
        QVERIFY(!js.contains(QLatin1String("</script")));
        QVERIFY(js.contains(QLatin1String("\\u003cscript")));

        // The article goes internal: the next export removes its page.
        auto internal =
            kb.edit(a2->id, a2->version,
                    draft(a2->title, a2->body, a2->category, ArticleAudience::Internal));
        VERIFY_OK(internal);
        auto again = KbExport::write(db, options);
        QVERIFY(again);
        QCOMPARE(again->pages, 1);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("articles/locked-account.html"))));
        QVERIFY(!readAll(out.filePath(QStringLiteral("index.html")))
                     .contains(QLatin1String("Locked account")));

        // A feedback address that is not a web address is refused.
        options.feedbackUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY(!KbExport::write(db, options));
    }

    // The commands for scripts, run in-process on SQLite.
    void cli()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("agent"));
        Staff lee;
        lee.login = QStringLiteral("lee");
        lee.displayName = QStringLiteral("Lee");
        lee.role = StaffRole::Lead;
        lee.id = addStaff(db, lee.login, lee.displayName, QStringLiteral("lead"));
        QTemporaryDir dir;
        const QString body = dir.filePath(QStringLiteral("body.md"));
        {
            QFile f(body);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Choose **Forgot password** on the sign-in page.\n");
        }
        auto run = [&](QStringList args, QString *stdOut = nullptr) {
            QString o, e;
            QTextStream out(&o), err(&e);
            args = QStringList{QStringLiteral("helpdesk-admin"), QStringLiteral("--database"),
                               tdb.url()} +
                   args;
            const int code = AdminCli::run(args, out, err);
            out.flush();
            err.flush();
            if (stdOut)
                *stdOut = o;
            if (code != 0)
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(e));
            return code;
        };
        QString out;
        QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("--title"),
                      QStringLiteral("Forgot your password?"), QStringLiteral("--body-file"), body,
                      QStringLiteral("--category"), QStringLiteral("recovery"),
                      QStringLiteral("--public"), QStringLiteral("--as"), QStringLiteral("lee")},
                     &out),
                 0);
        QVERIFY2(out.startsWith(QLatin1String("Published article")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("--title"),
                      QStringLiteral("Agent idea"), QStringLiteral("--body-file"), body,
                      QStringLiteral("--category"), QStringLiteral("other"), QStringLiteral("--as"),
                      QStringLiteral("ann")},
                     &out),
                 0);
        QVERIFY2(out.startsWith(QLatin1String("Proposed article")), qPrintable(out));
        QVERIFY(run({QStringLiteral("kb"), QStringLiteral("add"), QStringLiteral("--title"),
                     QStringLiteral("x"), QStringLiteral("--body-file"), body,
                     QStringLiteral("--category"), QStringLiteral("nope"), QStringLiteral("--as"),
                     QStringLiteral("ann")}) != 0);

        QCOMPARE(
            run({QStringLiteral("kb"), QStringLiteral("list"), QStringLiteral("--json")}, &out), 0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("search"),
                      QStringLiteral("forgot passw"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray hits = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[QStringLiteral("title")].toString(),
                 QStringLiteral("Forgot your password?"));
        QVERIFY(
            hits.at(0)[QStringLiteral("snippet")].toString().contains(QLatin1String("[Forgot]")));

        const QString site = dir.filePath(QStringLiteral("site"));
        QCOMPARE(
            run({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--out"), site},
                &out),
            0);
        QVERIFY2(out.contains(QLatin1String("Wrote 1 page")), qPrintable(out));
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/articles/forgot-your-password.html")));

        // Uses per month over the last months, the most used article first, and the topics
        // without an article.
        const qint64 articleId = list.at(0)[QStringLiteral("title")] == QLatin1String("Agent idea")
                                     ? list.at(1)[QStringLiteral("id")].toInteger()
                                     : list.at(0)[QStringLiteral("id")].toInteger();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate monthStart(now.date().year(), now.date().month(), 1);
        const qint64 lastMonth =
            QDateTime(monthStart.addDays(-1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 longAgo =
            QDateTime(monthStart.addMonths(-8), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        TicketRow asked;
        asked.subject = QStringLiteral("Two-factor codes missing");
        asked.category = QStringLiteral("security");
        asked.createdAt = asked.updatedAt = now.toMSecsSinceEpoch();
        const qint64 ticket = addTicket(db, asked);
        addTicket(db, asked);
        for (qint64 at : {now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), lastMonth, longAgo})
            QVERIFY(KnowledgeActions(db, lee, at).recordUse(articleId, ticket));
        QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("usage"), QStringLiteral("--months"),
                      QStringLiteral("3"), QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonObject usage = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray monthKeys = usage[QStringLiteral("months")].toArray();
        QCOMPARE(monthKeys.size(), 3);
        const QString thisKey = now.toString(QStringLiteral("yyyy-MM"));
        const QString lastKey = monthStart.addDays(-1).toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(monthKeys.at(2).toString(), thisKey);
        const QJsonObject top = usage[QStringLiteral("articles")].toArray().at(0).toObject();
        QCOMPARE(top[QStringLiteral("title")].toString(), QStringLiteral("Forgot your password?"));
        QCOMPARE(top[QStringLiteral("uses")][thisKey].toInt(), 2);
        QCOMPARE(top[QStringLiteral("uses")][lastKey].toInt(), 1);
        QCOMPARE(top[QStringLiteral("total")].toInt(), 3); // not the one 8 months ago
        bool gap = false;
        for (const QJsonValue &g : usage[QStringLiteral("without_article")].toArray())
            if (g[QStringLiteral("subject")] == QLatin1String("Two-factor codes missing"))
                gap = g[QStringLiteral("tickets")].toInt() == 2;
        QVERIFY2(gap, qPrintable(out));
        QCOMPARE(run({QStringLiteral("kb"), QStringLiteral("usage")}, &out), 0);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\b2 +Forgot your password\\?"))),
                 qPrintable(out));
        QVERIFY(run({QStringLiteral("kb"), QStringLiteral("usage"), QStringLiteral("--months"),
                     QStringLiteral("zero")}) != 0);

        // Agents add personal macros; shared ones are the leads'.
        QVERIFY(run({QStringLiteral("macros"), QStringLiteral("add"), QStringLiteral("--title"),
                     QStringLiteral("Team-wide"), QStringLiteral("--body-file"), body,
                     QStringLiteral("--shared"), QStringLiteral("--as"), QStringLiteral("ann")}) !=
                0);
        QVERIFY(run({QStringLiteral("macros"), QStringLiteral("add"), QStringLiteral("--title"),
                     QStringLiteral("Bad"), QStringLiteral("--status"), QStringLiteral("done"),
                     QStringLiteral("--as"), QStringLiteral("ann")}) != 0);
        QCOMPARE(
            run({QStringLiteral("macros"), QStringLiteral("add"), QStringLiteral("--title"),
                 QStringLiteral("Mine"), QStringLiteral("--status"),
                 QStringLiteral("pending_customer"), QStringLiteral("--as"), QStringLiteral("ann")},
                &out),
            0);
        QVERIFY2(out.startsWith(QLatin1String("Added the personal macro")), qPrintable(out));
        QCOMPARE(
            run({QStringLiteral("macros"), QStringLiteral("list"), QStringLiteral("--json")}, &out),
            0);
        const QJsonArray macros = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(macros.size(), 3); // shipped and shared; personal ones with --as
        QCOMPARE(run({QStringLiteral("macros"), QStringLiteral("list"), QStringLiteral("--as"),
                      QStringLiteral("ann"), QStringLiteral("--json")},
                     &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 4);
        QCOMPARE(run({QStringLiteral("macros"), QStringLiteral("list")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Escalated to security  (shared; status escalated, "
                                            "priority high, category security, note)")),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestKbExport)
#include "tst_kbexport.moc"
