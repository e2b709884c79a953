#include "mail/TemplateRenderer.h"

#include "common/Html.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateRenderer", text);
}

enum class Part { Subject, Text, Html };

QString partName(Part part)
{
    switch (part) {
    case Part::Subject:
        return tr("The subject");
    case Part::Text:
        return tr("The plain-text part");
    case Part::Html:
        return tr("The HTML part");
    }
    return {};
}

QString braces(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

// One "{{ ... }}" in a text: where it starts, how long it is, the trimmed name inside.
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString name;
};

Result<QList<Token>> tokenize(const QString &text, const QString &field)
{
    QList<Token> tokens;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        const qsizetype nextOpen = text.indexOf(QLatin1String("{{"), open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            const QString excerpt = text.mid(open, 30).replace(u'\n', u' ');
            return Error::make(
                Error::Code::InvalidInput,
                tr("%1 has a placeholder that is not closed with }}: \"%2\".").arg(field, excerpt));
        }
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (!TemplateRenderer::isKnown(name)) {
            QStringList known;
            for (const Placeholder &p : TemplateRenderer::placeholders())
                known << braces(p.name);
            return Error::make(Error::Code::InvalidInput,
                               tr("%1 uses the unknown placeholder %2. Known placeholders: %3.")
                                   .arg(field, braces(name), known.join(QStringLiteral(", "))));
        }
        tokens.append({open, close + 2 - open, name});
        from = close + 2;
    }
    return tokens;
}

QString substitute(const QString &text, const QList<Token> &tokens,
                   const std::function<QString(const QString &)> &valueOf)
{
    QString out;
    out.reserve(text.size() + 256);
    qsizetype at = 0;
    for (const Token &t : tokens) {
        out += QStringView(text).mid(at, t.start - at);
        out += valueOf(t.name);
        at = t.start + t.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

QString normalizeLineBreaks(QString value)
{
    value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    value.replace(u'\r', u'\n');
    return value;
}
} // namespace

const QList<Placeholder> &TemplateRenderer::placeholders()
{
    static const QList<Placeholder> list = {
        {QStringLiteral("customer.name"), tr("The customer's name"), false},
        {QStringLiteral("customer.email"), tr("The customer's email address"), false},
        {QStringLiteral("agent.name"), tr("The name of the agent who sends the mail"), false},
        {QStringLiteral("agent.signature"),
         tr("The agent's sign-off: their signature, with their name when the signature does not "
            "include it"),
         true},
        {QStringLiteral("company.name"), tr("The sender name from the mail settings"), false},
        {QStringLiteral("ticket.number"), tr("The ticket number, e.g. #123"), false},
        {QStringLiteral("ticket.subject"), tr("The ticket's subject"), false},
        {QStringLiteral("reply.body"), tr("The text of the agent's reply"), false},
        {QStringLiteral("link"), tr("A web link (reset, activation or survey)"), false},
        {QStringLiteral("expires.in"),
         tr("How long the link works, in words, e.g. \"7 days\" or \"1 hour\""), false},
        // Kept so that templates edited before {{expires.in}} existed still render.
        {QStringLiteral("expires.minutes"),
         tr("Minutes until the link expires, as a number (prefer {{expires.in}})"), false},
        {QStringLiteral("expires.days"), tr("Days until the survey link expires"), false},
        {QStringLiteral("signin.time"), tr("When the sign-in happened"), false},
        {QStringLiteral("signin.device"), tr("The device or browser that signed in"), false},
        {QStringLiteral("signin.location"), tr("Where the sign-in came from"), false},
        {QStringLiteral("mfa.change"),
         tr("What happened to two-step sign-in, e.g. \"turned on (authenticator app)\""), false},
        {QStringLiteral("steps"),
         tr("The troubleshooting steps the customer still has to try, numbered, one per line"),
         false},
    };
    return list;
}

bool TemplateRenderer::isKnown(const QString &name)
{
    const auto &all = placeholders();
    return std::any_of(all.begin(), all.end(),
                       [&](const Placeholder &p) { return p.name == name; });
}

Result<QStringList> TemplateRenderer::placeholdersIn(const QString &text, const QString &field)
{
    HD_TRY_ASSIGN(auto tokens, tokenize(text, field));
    QStringList names;
    for (const Token &t : tokens)
        if (!names.contains(t.name))
            names << t.name;
    return names;
}

Result<QStringList> TemplateRenderer::placeholdersIn(const MailTemplate &t)
{
    QStringList names;
    const std::pair<const QString *, Part> parts[] = {
        {&t.subject, Part::Subject}, {&t.textBody, Part::Text}, {&t.htmlBody, Part::Html}};
    for (const auto &[text, part] : parts) {
        HD_TRY_ASSIGN(auto used, placeholdersIn(*text, partName(part)));
        for (const QString &name : used)
            if (!names.contains(name))
                names << name;
    }
    return names;
}

Result<void> TemplateRenderer::validate(const MailTemplate &t)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!keyPattern.match(t.key).hasMatch())
        return Error::make(Error::Code::InvalidInput,
                           tr("The template key \"%1\" is not valid: use lower-case letters, "
                              "digits and underscores.")
                               .arg(t.key));
    if (t.subject.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The subject is empty."));
    if (t.subject.contains(u'\n') || t.subject.contains(u'\r'))
        return Error::make(Error::Code::InvalidInput, tr("The subject must be a single line."));
    if (t.textBody.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The plain-text part is empty. Every message needs one, for "
                              "readers that do not show HTML."));
    HD_TRY(placeholdersIn(t));
    return {};
}

QStringList TemplateRenderer::available(const QString &key)
{
    const QStringList customer = {QStringLiteral("customer.name"), QStringLiteral("customer.email"),
                                  QStringLiteral("company.name")};
    const QStringList agent = {QStringLiteral("agent.name"), QStringLiteral("agent.signature")};
    const QStringList ticket = {QStringLiteral("ticket.number"), QStringLiteral("ticket.subject")};
    const QStringList link = {QStringLiteral("link"), QStringLiteral("expires.in"),
                              QStringLiteral("expires.minutes")};
    const QStringList signIn = {QStringLiteral("signin.time"), QStringLiteral("signin.device"),
                                QStringLiteral("signin.location")};
    if (key == TemplateKeys::TicketReply)
        return customer + agent + ticket + QStringList{QStringLiteral("reply.body")};
    if (key == TemplateKeys::LoginTroubleshooting)
        return customer + agent + ticket + QStringList{QStringLiteral("steps")};
    // A link can be sent from Find Account, without a ticket.
    if (key == TemplateKeys::PasswordReset || key == TemplateKeys::AccountActivation)
        return customer + agent + link;
    // Written by the notices, which may have neither an agent nor a ticket (the watch).
    if (key == TemplateKeys::AccountLocked || key == TemplateKeys::AccountUnlocked ||
        key == TemplateKeys::AccountRecovered || key == TemplateKeys::EmailVerified ||
        key == TemplateKeys::LinksRevoked)
        return customer;
    if (key == TemplateKeys::UnusualSignIn)
        return customer + signIn;
    if (key == TemplateKeys::MfaChanged)
        return customer + QStringList{QStringLiteral("mfa.change")};
    // The survey: its link and how long it works ({{expires.days}} as a number, kept for
    // templates written with it).
    if (key == TemplateKeys::ResolutionFollowUp)
        return customer + agent + ticket +
               QStringList{QStringLiteral("link"), QStringLiteral("expires.in"),
                           QStringLiteral("expires.days")};
    QStringList all;
    for (const Placeholder &p : placeholders())
        all << p.name;
    return all;
}

Result<void> TemplateRenderer::checkForSaving(const MailTemplate &t)
{
    HD_TRY(validate(t));
    HD_TRY_ASSIGN(const QStringList used, placeholdersIn(t));
    const QStringList known = available(t.key);
    QStringList valueless;
    for (const QString &name : used)
        if (!known.contains(name))
            valueless << braces(name);
    if (valueless.isEmpty())
        return {};
    QStringList offered;
    for (const QString &name : known)
        offered << braces(name);
    const QString display = t.name.isEmpty() ? t.key : t.name;
    return Error::make(Error::Code::InvalidInput,
                       tr("%1 never has a value in the mail \"%2\", so it cannot be saved this "
                          "way. Take it out; this mail has: %3.")
                           .arg(valueless.join(QStringLiteral(", ")), display,
                                offered.join(QStringLiteral(", "))));
}

QString TemplateRenderer::htmlValue(const QString &value)
{
    return Html::escape(normalizeLineBreaks(value), Html::LineBreaks::AsBreak);
}

namespace {
// "%n day(s)" with the plural forms of the loaded translation; without one (tests, English
// source), the English forms, never "7 day(s)".
QString plural(const char *text, qint64 n)
{
    QString s = QCoreApplication::translate("TemplateRenderer", text, nullptr, int(n));
    if (s.contains(QLatin1String("(s)")))
        s.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return s;
}
} // namespace

QString TemplateRenderer::durationText(qint64 minutes)
{
    minutes = std::max<qint64>(minutes, 1);
    constexpr qint64 day = 24 * 60;
    const auto days = [](qint64 n) {
        return plural(QT_TRANSLATE_N_NOOP("TemplateRenderer", "%n day(s)"), n);
    };
    const auto hours = [](qint64 n) {
        return plural(QT_TRANSLATE_N_NOOP("TemplateRenderer", "%n hour(s)"), n);
    };
    const auto mins = [](qint64 n) {
        return plural(QT_TRANSLATE_N_NOOP("TemplateRenderer", "%n minute(s)"), n);
    };
    if (minutes % day == 0)
        return days(minutes / day);
    if (minutes > 2 * day) {
        // "3 days and 5 hours" is as exact as a customer needs; minutes would be noise.
        const qint64 h = (minutes % day) / 60;
        return h == 0 ? days(minutes / day) : tr("%1 and %2").arg(days(minutes / day), hours(h));
    }
    if (minutes % 60 == 0)
        return hours(minutes / 60);
    if (minutes < 60)
        return mins(minutes);
    return tr("%1 and %2").arg(hours(minutes / 60), mins(minutes % 60));
}

QString TemplateRenderer::signOff(const QString &agentName, const QString &signature)
{
    const QString name = agentName.trimmed();
    const QString sig = normalizeLineBreaks(signature).trimmed();
    if (sig.isEmpty())
        return name;
    if (name.isEmpty() || sig.contains(name, Qt::CaseInsensitive))
        return sig;
    return name + u'\n' + sig;
}

Result<RenderedMail> TemplateRenderer::render(const MailTemplate &t, const TemplateValues &values)
{
    const std::pair<const QString *, Part> parts[] = {
        {&t.subject, Part::Subject}, {&t.textBody, Part::Text}, {&t.htmlBody, Part::Html}};
    QList<QList<Token>> tokens;
    QStringList missing;
    for (const auto &[text, part] : parts) {
        HD_TRY_ASSIGN(auto found, tokenize(*text, partName(part)));
        for (const Token &token : found) {
            const auto it = values.constFind(token.name);
            bool mayBeEmpty = false;
            for (const Placeholder &p : placeholders())
                if (p.name == token.name)
                    mayBeEmpty = p.mayBeEmpty;
            const bool has = it != values.constEnd() && !it->isNull() &&
                             (mayBeEmpty || !it->trimmed().isEmpty());
            if (!has && !missing.contains(braces(token.name)))
                missing << braces(token.name);
        }
        tokens.append(found);
    }
    const QString display = t.name.isEmpty() ? t.key : t.name;
    if (!missing.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           missing.size() == 1
                               ? tr("The mail \"%1\" cannot be sent: there is no value for %2.")
                                     .arg(display, missing.constFirst())
                               : tr("The mail \"%1\" cannot be sent: there are no values for %2.")
                                     .arg(display, missing.join(QStringLiteral(", "))));

    if (values.contains(QStringLiteral("link"))) {
        const QString link = values.value(QStringLiteral("link")).trimmed();
        const QUrl url(link, QUrl::StrictMode);
        const bool used = std::any_of(tokens.begin(), tokens.end(), [](const QList<Token> &list) {
            return std::any_of(list.begin(), list.end(),
                               [](const Token &tk) { return tk.name == QLatin1String("link"); });
        });
        if (used &&
            (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
             link.contains(u' ') || link.contains(u'\n')))
            return Error::make(Error::Code::InvalidInput,
                               tr("The mail \"%1\" cannot be sent: {{link}} is not a web address "
                                  "(it must start with https:// or http://).")
                                   .arg(display));
    }

    RenderedMail out;
    out.subject = substitute(t.subject, tokens.at(0), [&](const QString &name) {
                      return normalizeLineBreaks(values.value(name)).replace(u'\n', u' ');
                  }).trimmed();
    out.textBody = normalizeLineBreaks(substitute(
        t.textBody, tokens.at(1), [&](const QString &name) { return values.value(name); }));
    out.htmlBody = substitute(t.htmlBody, tokens.at(2),
                              [&](const QString &name) { return htmlValue(values.value(name)); });
    return out;
}

} // namespace helpdesk
