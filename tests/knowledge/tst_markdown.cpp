// The knowledge base's Markdown: what is rendered, and that nothing typed ever becomes markup,
// script or a dangerous link (a list of hostile inputs, each checked by parsing the output as
// XML and looking at every element and attribute it holds).
#include "knowledge/Markdown.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace helpdesk;

namespace {

const QSet<QString> kAllowed = {
    QStringLiteral("h2"),  QStringLiteral("h3"),     QStringLiteral("h4"),  QStringLiteral("h5"),
    QStringLiteral("h6"),  QStringLiteral("p"),      QStringLiteral("ul"),  QStringLiteral("ol"),
    QStringLiteral("li"),  QStringLiteral("strong"), QStringLiteral("em"),  QStringLiteral("code"),
    QStringLiteral("pre"), QStringLiteral("a"),      QStringLiteral("root")};

struct Parsed
{
    bool wellFormed = false;
    QString error;
    QStringList elements;
    QStringList hrefs;
    QStringList otherAttributes;
    QString text; // all character data
};

Parsed parse(const QString &html)
{
    Parsed p;
    QXmlStreamReader xml(QStringLiteral("<root>") + html + QStringLiteral("</root>"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            p.elements.append(xml.name().toString());
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("href") && xml.name() == QLatin1String("a"))
                    p.hrefs.append(a.value().toString());
                else
                    p.otherAttributes.append(a.name().toString());
            }
        } else if (xml.isCharacters()) {
            p.text += xml.text();
        } else if (xml.isEntityReference() || xml.isDTD() || xml.isProcessingInstruction()) {
            p.otherAttributes.append(QStringLiteral("entity/dtd/pi"));
        }
    }
    p.wellFormed = !xml.hasError();
    p.error = xml.errorString();
    return p;
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void renders_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraphs") << "One\nline.\n\nTwo."
                                    << "<p>One\nline.</p>\n<p>Two.</p>\n";
        QTest::newRow("heading") << "# Title\n## Sub"
                                 << "<h2>Title</h2>\n<h3>Sub</h3>\n";
        QTest::newRow("bullets") << "- a\n* b\n+ c"
                                 << "<ul>\n<li>a</li>\n<li>b</li>\n<li>c</li>\n</ul>\n";
        QTest::newRow("numbers") << "1. a\n2) b"
                                 << "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n";
        QTest::newRow("emphasis") << "**bold** and *it* and _it_ and __b__"
                                  << "<p><strong>bold</strong> and <em>it</em> and <em>it</em> and "
                                     "<strong>b</strong></p>\n";
        QTest::newRow("code") << "Run `a < b` now"
                              << "<p>Run <code>a &lt; b</code> now</p>\n";
        QTest::newRow("fence") << "```\n<b>x</b>\n```"
                               << "<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>\n";
        QTest::newRow("link") << "[help](https://example.com/a?b=1&c=2)"
                              << "<p><a href=\"https://example.com/a?b=1&amp;c=2\">help</a></p>\n";
        QTest::newRow("mailto") << "[mail us](mailto:help@example.com)"
                                << "<p><a href=\"mailto:help@example.com\">mail us</a></p>\n";
        QTest::newRow("snake_case stays") << "use snake_case_name"
                                          << "<p>use snake_case_name</p>\n";
        QTest::newRow("escaped marker") << "\\*not em\\*"
                                        << "<p>*not em*</p>\n";
        QTest::newRow("text is escaped")
            << "Tom & Jerry's \"quote\" <x>"
            << "<p>Tom &amp; Jerry&#39;s &quot;quote&quot; &lt;x&gt;</p>\n";
    }
    void renders()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(Markdown::toHtml(markdown), html);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("hrefs"); // the only links that may come out
        const QStringList none;
        QTest::newRow("script tag") << "<script>alert(1)</script>" << none;
        QTest::newRow("script in heading") << "# <script>alert(1)</script>" << none;
        QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>" << none;
        QTest::newRow("iframe") << "<iframe src=\"https://evil.example\"></iframe>" << none;
        QTest::newRow("javascript link") << "[click](javascript:alert(1))" << none;
        QTest::newRow("JavaScript mixed case") << "[click](JaVaScRiPt:alert(1))" << none;
        QTest::newRow("javascript with entity") << "[click](javas&#99;ript:alert(1))" << none;
        QTest::newRow("javascript with tab") << "[click](java\tscript:alert(1))" << none;
        QTest::newRow("javascript with newline") << "[click](java\nscript:alert(1))" << none;
        QTest::newRow("data url") << "[x](data:text/html;base64,PHNjcmlwdD4=)" << none;
        QTest::newRow("vbscript") << "[x](vbscript:msgbox)" << none;
        QTest::newRow("file url") << "[x](file:///etc/passwd)" << none;
        QTest::newRow("protocol relative") << "[x](//evil.example/x)" << none;
        QTest::newRow("HTTPS upper case") << "[x](HTTPS://evil.example)" << none;
        QTest::newRow("quote breaks attribute")
            << "[x](https://a.example/\"onmouseover=\"alert(1))" << none;
        QTest::newRow("encoded quote")
            << "[x](https://a.example/%22onmouseover=%22alert(1))"
            << QStringList{QStringLiteral("https://a.example/%22onmouseover=%22alert(1")};
        QTest::newRow("angle in url") << "[x](https://a.example/<script>)" << none;
        QTest::newRow("link text with html") << "[<b>bold</b>](https://a.example)"
                                             << QStringList{QStringLiteral("https://a.example")};
        QTest::newRow("nested link") << "[[a](https://b.example)](https://c.example)"
                                     << QStringList{QStringLiteral("https://b.example")};
        QTest::newRow("html entity") << "&lt;script&gt; &#x3C;script&#x3E;" << none;
        QTest::newRow("cdata") << "<![CDATA[<script>]]>" << none;
        QTest::newRow("comment") << "<!-- x --><script>" << none;
        QTest::newRow("doctype") << "<!DOCTYPE x [<!ENTITY a \"b\">]>&a;" << none;
        QTest::newRow("processing instruction") << "<?xml-stylesheet href=\"x\"?>" << none;
        QTest::newRow("style attribute") << "<p style=\"background:url(javascript:x)\">" << none;
        QTest::newRow("control characters") << QString::fromUtf8("a\x01\x02\x0b\x0c\x1f b") << none;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("x") << none;
        QTest::newRow("code with html") << "`<script>alert(1)</script>`" << none;
        QTest::newRow("fence with html") << "```html\n<script>alert(1)</script>\n```" << none;
        QTest::newRow("unclosed fence") << "```\n<script>" << none;
        QTest::newRow("emphasis around html") << "**<script>**" << none;
        QTest::newRow("deep nesting")
            << QString(300, u'*') + QStringLiteral("x") + QString(300, u'*') << none;
        QTest::newRow("many brackets")
            << QString(500, u'[') + QStringLiteral("x](https://a.example)")
            << QStringList{QStringLiteral("https://a.example")};
        QTest::newRow("heading attribute injection") << "## x\" onclick=\"y" << none;
        QTest::newRow("list item html") << "- <a href=\"javascript:x\">y</a>" << none;
        QTest::newRow("backslash before tag") << "\\<script>" << none;
        QTest::newRow("mailto with script") << "[x](mailto:<script>)" << none;
        QTest::newRow("javascript in mailto")
            << "[x](mailto:javascript:alert(1))"
            << QStringList{QStringLiteral("mailto:javascript:alert(1")};
    }
    void hostile()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, hrefs);
        const QString html = Markdown::toHtml(markdown);
        const Parsed p = parse(html);
        QVERIFY2(p.wellFormed, qPrintable(p.error + QStringLiteral(": ") + html));
        for (const QString &e : p.elements)
            QVERIFY2(kAllowed.contains(e),
                     qPrintable(QStringLiteral("element <%1> in %2").arg(e, html)));
        QVERIFY2(p.otherAttributes.isEmpty(), qPrintable(p.otherAttributes.join(u',') + html));
        QCOMPARE(p.hrefs, hrefs);
        for (const QString &href : p.hrefs)
            QVERIFY(href.startsWith(QLatin1String("https://")) ||
                    href.startsWith(QLatin1String("http://")) ||
                    href.startsWith(QLatin1String("mailto:")));
        // What was typed as a tag is visible as text, not lost.
        if (markdown.contains(QLatin1String("<script>")) && !markdown.contains(QLatin1String("](")))
            QVERIFY2(p.text.contains(QLatin1String("<script>")), qPrintable(html));
        // The plain text for replies never carries a disallowed address either.
        const QString text = Markdown::toPlainText(markdown);
        QVERIFY(!text.contains(QLatin1String(" (javascript:"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String(" (data:"), Qt::CaseInsensitive));
    }

    void plainText()
    {
        QCOMPARE(Markdown::toPlainText(QStringLiteral("## Steps\n\n1. Open **Settings**\n2. Read "
                                                      "[help](https://example.com/h)\n\n- `code`")),
                 QStringLiteral(
                     "Steps\n\n1. Open Settings\n2. Read help (https://example.com/h)\n\n- code"));
        QCOMPARE(Markdown::toPlainText(QStringLiteral("[x](javascript:alert(1))")),
                 QStringLiteral("x)"));
    }

    void allowedLinks_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.com/x" << true;
        QTest::newRow("http") << "http://example.com" << true;
        QTest::newRow("mailto") << "mailto:a@example.com" << true;
        QTest::newRow("no host") << "https:///x" << false;
        QTest::newRow("relative") << "/x" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("space") << "https://example.com/a b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void allowedLinks()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        QCOMPARE(Markdown::isAllowedLink(address), allowed);
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
