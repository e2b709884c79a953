// The app in German, as a German-speaking agent starts it (`helpdesk --language de --demo`):
// the main window with a ticket and its customer's account, and every main screen and dialog,
// walked widget by widget. A visible text that is still the English source of a translated
// string (a tr() whose context the translation does not reach, a label set before the
// translator was installed) fails, and so does English in the window's chrome (menus, toolbar,
// buttons, headers, group and tab titles, form labels) even when it is in no .ts file at all;
// and no key means two things in a German screen.

#include "DemoDesk.h"
#include "Translations.h"
#include "WindowDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

// A text as compared: no mnemonic &, no trailing ellipsis or colon, single spaces.
QString normalized(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    text = text.simplified();
    while (text.endsWith(u'…') || text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// The English sources of the German translation whose German differs, as exact texts and, for
// sources with placeholders, as patterns.
struct Sources
{
    QSet<QString> exact;
    QList<QRegularExpression> patterns;

    bool contains(const QString &text) const
    {
        const QString n = normalized(text);
        if (n.isEmpty())
            return false;
        if (exact.contains(n))
            return true;
        for (const QRegularExpression &p : patterns)
            if (p.match(n).hasMatch())
                return true;
        return false;
    }
};

Sources readSources()
{
    Sources sources;
    QFile file(qEnvironmentVariable("HELPDESK_SOURCE_DIR") +
               QStringLiteral("/resources/translations/helpdesk_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    QString translation;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translation.clear();
            obsolete = false;
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            obsolete = !xml.attributes().value(QStringLiteral("type")).isEmpty();
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (obsolete || normalized(source) == normalized(translation))
                continue;
            const QString n = normalized(source);
            static const QRegularExpression placeholder(QStringLiteral("%(?:\\d|n)"));
            if (!n.contains(placeholder)) {
                sources.exact.insert(n);
                continue;
            }
            // Enough words around the placeholders to tell English from German.
            QString literal = n;
            literal.remove(placeholder);
            if (literal.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 8)
                continue;
            QStringList pieces;
            for (const QString &piece : n.split(placeholder))
                pieces << QRegularExpression::escape(piece);
            const QString pattern = pieces.join(QStringLiteral(".+?"));
            sources.patterns.append(QRegularExpression(QLatin1Char('^') + pattern + u'$'));
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return sources;
}

// English words that are no German words: in the window's chrome they mean a text that was
// never translated.
bool looksEnglish(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|of|to|with|your|is|are|this|from|by|or|for|not|File|View|"
                       "Tools|Help|Account|Search|Show|Close|Cancel|Save|Send|Refresh|Settings|"
                       "Quit|About|New|Reply|Assign|Take|Priority|Category|Requester|Assignee|"
                       "Created|Updated|Due|Subject|Queue|Unassigned|Loading)\\b"));
    return words.match(normalized(text)).hasMatch();
}

class Walk
{
public:
    explicit Walk(const Sources &sources) : m_sources(sources) {}

    // An ordinary text: a translated string's English source fails.
    void text(const QString &where, const QString &text)
    {
        const QString p = plain(text);
        if (m_sources.contains(p)) {
            m_problems << QStringLiteral("%1: “%2” is English").arg(where, normalized(p));
            return;
        }
        for (const QString &line : p.split(u'\n'))
            if (line != p && m_sources.contains(line))
                m_problems << QStringLiteral("%1: “%2” is English").arg(where, normalized(line));
    }
    // Chrome (menus, buttons, headers, titles, form labels): English words fail too.
    void chrome(const QString &where, const QString &text)
    {
        this->text(where, text);
        if (looksEnglish(plain(text)))
            m_problems << QStringLiteral("%1: “%2” looks English").arg(where, normalized(text));
    }

    void menu(const QString &where, const QMenu *menu)
    {
        chrome(where, menu->title());
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString here = where + QStringLiteral(" › ") + normalized(a->text());
            chrome(here, a->text());
            text(here + QStringLiteral(" (tool tip)"), a->toolTip());
            if (a->menu())
                this->menu(here, a->menu());
        }
    }

    void screen(const QString &name, const QWidget *screen)
    {
        // (A title may hold data: "Troubleshoot #395 – <the ticket's subject>".)
        text(name + QStringLiteral(" (title)"), screen->windowTitle());
        for (const QMenuBar *bar : screen->findChildren<QMenuBar *>())
            for (QAction *a : bar->actions())
                if (a->menu())
                    menu(name, a->menu());
        for (const QToolBar *bar : screen->findChildren<QToolBar *>()) {
            chrome(name + QStringLiteral(" (toolbar title)"), bar->windowTitle());
            for (QAction *a : bar->actions()) {
                if (a->isSeparator())
                    continue;
                chrome(name + QStringLiteral(" toolbar"), a->iconText());
                text(name + QStringLiteral(" toolbar (tool tip)"), a->toolTip());
            }
        }
        for (QWidget *w : screen->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            const QString where = name + u' ' + QString::fromLatin1(w->metaObject()->className()) +
                                  (w->objectName().isEmpty() ? QString() : u'#' + w->objectName());
            text(where + QStringLiteral(" (tool tip)"), w->toolTip());
            text(where + QStringLiteral(" (accessible name)"), w->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->buddy())
                    chrome(where, label->text());
                else
                    text(where, label->text());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                chrome(where, button->text());
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                chrome(where, box->title());
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    chrome(where, tabs->tabText(i));
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                text(where + QStringLiteral(" (placeholder)"), edit->placeholderText());
            } else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(w)) {
                text(where + QStringLiteral(" (placeholder)"), plainEdit->placeholderText());
            } else if (auto *richEdit = qobject_cast<QTextEdit *>(w)) {
                text(where + QStringLiteral(" (placeholder)"), richEdit->placeholderText());
                text(where, richEdit->toPlainText());
            } else if (auto *combo = qobject_cast<QComboBox *>(w);
                       combo && combo->objectName() != u"previewTemplate") {
                // (The template names are the desk's data, edited by an admin, like tickets.)
                for (int i = 0; i < combo->count(); ++i)
                    text(where, combo->itemText(i));
            } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
                if (header->model())
                    for (int s = 0; s < header->count(); ++s)
                        if (!header->isSectionHidden(s))
                            chrome(
                                where,
                                header->model()->headerData(s, header->orientation()).toString());
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                const QAbstractItemModel *model = view->model();
                for (int r = 0; model && r < qMin(model->rowCount(), 40); ++r)
                    for (int c = 0; c < model->columnCount(); ++c) {
                        const QModelIndex i = model->index(r, c);
                        text(where, i.data().toString());
                        text(where + QStringLiteral(" (tool tip)"),
                             i.data(Qt::ToolTipRole).toString());
                    }
            }
        }
    }

    QStringList problems() const { return m_problems; }

private:
    const Sources &m_sources;
    QStringList m_problems;
};

} // namespace

class TestGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_desk.reset(); }

    void sourcesAreRead();
    void screenIsGerman_data();
    void screenIsGerman();

private:
    std::unique_ptr<DemoDesk> m_desk;
    Translations m_translations;
    Sources m_sources;
};

void TestGerman::initTestCase()
{
    m_desk = std::make_unique<DemoDesk>();
    QCOMPARE(m_translations.install(QStringLiteral("de")), QStringLiteral("de"));
    m_sources = readSources();
    QVERIFY(m_desk->open(QSize(1400, 860)));
}

void TestGerman::sourcesAreRead()
{
    // The check itself: an English source is known, its German is not flagged.
    QVERIFY2(m_sources.exact.size() > 900 && m_sources.patterns.size() > 400,
             qPrintable(QStringLiteral("%1 texts, %2 patterns")
                            .arg(m_sources.exact.size())
                            .arg(m_sources.patterns.size())));
    QVERIFY(m_sources.contains(QStringLiteral("&Take")));
    QVERIFY(m_sources.contains(QStringLiteral("Acting as Maria Kowalski (maria.k)")));
    QVERIFY(!m_sources.contains(QStringLiteral("Über&nehmen")));
    QVERIFY(looksEnglish(QStringLiteral("Show the toolbar")));
    QVERIFY(!looksEnglish(QStringLiteral("Werkzeugleiste anzeigen")));
    // And the translator is in: the catalog's texts come out German.
    QCOMPARE(test::action(m_desk->window(), QStringLiteral("ticket.take"))->text(),
             QStringLiteral("Über&nehmen"));
}

void TestGerman::screenIsGerman_data()
{
    QTest::addColumn<QString>("screen");
    for (const QString &name : DemoDesk::screens())
        QTest::newRow(qPrintable(name)) << name;
}

void TestGerman::screenIsGerman()
{
    QFETCH(QString, screen);
    QWidget *shown = m_desk->openScreen(screen);
    QVERIFY(shown);
    Walk walk(m_sources);
    walk.screen(screen, shown);
    const QStringList clashes = keyClashes(shown);
    m_desk->closeScreen(shown);
    QVERIFY2(walk.problems().isEmpty(), qPrintable(walk.problems().join(u'\n')));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
