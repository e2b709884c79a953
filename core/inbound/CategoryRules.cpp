#include "inbound/CategoryRules.h"

#include "inbound/InboundLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CategoryRules", text);
}

// Scripts written without spaces between words: a phrase in them matches anywhere.
bool needsBoundary(QChar ch)
{
    if (!ch.isLetterOrNumber())
        return false;
    switch (ch.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return false;
    default:
        return true;
    }
}

QRegularExpression compile(QString phrase)
{
    bool prefix = false;
    if (phrase.endsWith(u'*')) {
        prefix = true;
        phrase.chop(1);
    }
    QString pattern = QRegularExpression::escape(phrase);
    // White space in a phrase matches any run of white space (mail wraps lines anywhere).
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    if (!phrase.isEmpty() && needsBoundary(phrase.front()))
        pattern.prepend(QStringLiteral("\\b"));
    if (!prefix && !phrase.isEmpty() && needsBoundary(phrase.back()))
        pattern.append(QStringLiteral("\\b"));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

int countMatches(const QRegularExpression &re, QStringView text, int cap)
{
    int n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext() && n < cap) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

const CategoryRules &CategoryRules::builtIn()
{
    static const CategoryRules rules = [] {
        QFile file(QStringLiteral(":/helpdesk/inbound/categories.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcInbound) << "category rules missing from the resources";
            return CategoryRules();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qCWarning(lcInbound) << "category rules not loaded:" << parsed.error().toString();
            return CategoryRules();
        }
        return std::move(parsed).value();
    }();
    return rules;
}

Result<CategoryRules> CategoryRules::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput,
                           tr("The category rules are not valid JSON (%1); fix the file or "
                              "restore the shipped one.")
                               .arg(error.errorString()));
    const QJsonObject root = doc.object();
    CategoryRules rules;
    rules.m_subjectWeight = std::max(1, root.value(QStringLiteral("subjectWeight")).toInt(2));
    if (const auto fallback =
            Vocabulary::categoryFromKey(root.value(QStringLiteral("fallback")).toString()))
        rules.m_fallback = *fallback;
    for (const QJsonValue &value : root.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString key = o.value(QStringLiteral("category")).toString();
        const auto category = Vocabulary::categoryFromKey(key);
        if (!category)
            return Error::make(Error::Code::InvalidInput,
                               tr("The category rules name an unknown category \"%1\"; use "
                                  "login, recovery, security or other.")
                                   .arg(key));
        Rule rule;
        rule.category = *category;
        for (const QJsonValue &p : o.value(QStringLiteral("phrases")).toArray()) {
            const QString text = p.toString().trimmed();
            if (!text.isEmpty())
                rule.phrases.append({text, compile(text)});
        }
        rules.m_rules.append(rule);
    }
    return rules;
}

CategoryGuess CategoryRules::guess(QStringView subject, QStringView body) const
{
    CategoryGuess best;
    best.category = m_fallback;
    // Only the customer's own words: quoted lines are what we (or others) wrote before.
    QString own;
    for (const QStringView line : body.left(20000).split(u'\n')) {
        if (!line.trimmed().startsWith(u'>')) {
            own += line;
            own += u'\n';
        }
    }
    for (const Rule &rule : m_rules) {
        CategoryGuess g;
        g.category = rule.category;
        for (const Phrase &p : rule.phrases) {
            const int hits = countMatches(p.pattern, subject, 3) * m_subjectWeight +
                             countMatches(p.pattern, own, 3);
            if (hits > 0) {
                g.score += hits;
                g.matched.append(p.text);
            }
        }
        if (g.score > best.score)
            best = g;
    }
    return best;
}

} // namespace helpdesk
