#include "inbound/ForwardDetector.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace helpdesk {

namespace {

constexpr int kMinQuotedLines = 3;

struct Line
{
    QString plain; // without quote marks and surrounding white space
    int depth = 0; // number of '>' marks
};

QList<Line> splitLines(const QString &body)
{
    QList<Line> lines;
    for (const QStringView raw : QStringView(body).split(u'\n')) {
        Line l;
        qsizetype i = 0;
        while (i < raw.size()) {
            if (raw.at(i) == u'>') {
                ++l.depth;
            } else if (raw.at(i) != u' ' && raw.at(i) != u'\t') {
                break;
            }
            ++i;
        }
        l.plain = raw.mid(i).trimmed().toString();
        lines.append(l);
    }
    return lines;
}

enum class Field { None, From, Date, To, Cc, Subject, ReplyTo, MessageId };

// Header labels as mail programs show them, in the languages Outlook and Gmail localise.
Field fieldOf(QStringView label)
{
    static const QList<std::pair<Field, QStringList>> names = {
        {Field::From,
         {QStringLiteral("from"), QStringLiteral("von"), QStringLiteral("de"), QStringLiteral("da"),
          QStringLiteral("van")}},
        {Field::Date,
         {QStringLiteral("date"), QStringLiteral("sent"), QStringLiteral("gesendet"),
          QStringLiteral("datum"), QStringLiteral("envoyé"), QStringLiteral("enviado"),
          QStringLiteral("enviado el"), QStringLiteral("fecha"), QStringLiteral("inviato"),
          QStringLiteral("data"), QStringLiteral("verzonden")}},
        {Field::To,
         {QStringLiteral("to"), QStringLiteral("an"), QStringLiteral("à"), QStringLiteral("a"),
          QStringLiteral("para"), QStringLiteral("aan")}},
        {Field::Cc, {QStringLiteral("cc")}},
        {Field::Subject,
         {QStringLiteral("subject"), QStringLiteral("betreff"), QStringLiteral("objet"),
          QStringLiteral("asunto"), QStringLiteral("oggetto"), QStringLiteral("onderwerp")}},
        {Field::ReplyTo, {QStringLiteral("reply-to"), QStringLiteral("antwort an")}},
        {Field::MessageId, {QStringLiteral("message-id")}},
    };
    const QString l = label.trimmed().toString().toLower();
    for (const auto &[field, labels] : names) {
        if (labels.contains(l))
            return field;
    }
    return Field::None;
}

// "Label: value" with a known label, else Field::None.
Field headerLine(const QString &line, QString *value)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 20)
        return Field::None;
    const Field f = fieldOf(QStringView(line).left(colon));
    if (f != Field::None)
        *value = line.mid(colon + 1).trimmed();
    return f;
}

QString addressIn(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("([^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString bracketed(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    const auto m = re.match(text);
    if (m.hasMatch())
        return u'<' + m.captured(1) + u'>';
    const QString bare = addressIn(text);
    return bare.isEmpty() ? QString() : u'<' + bare + u'>';
}

void finish(ForwardedCopy &copy)
{
    copy.fromAddress = addressIn(copy.from);
    copy.toAddress = addressIn(copy.to);
    copy.date = ForwardDetector::parseDate(copy.dateText, &copy.dateHasZone);
    copy.text = copy.text.trimmed();
    copy.fingerprint = TextFingerprint::of(copy.text);
}

// Reads the header block that starts at `first` (blank lines before it are skipped); returns the
// index of the first body line, or -1 when there is no From or Subject line.
qsizetype readHeaders(const QList<Line> &lines, qsizetype first, ForwardedCopy &copy)
{
    qsizetype i = first;
    while (i < lines.size() && lines.at(i).plain.isEmpty() && i < first + 2)
        ++i;
    bool any = false;
    QStringList block;
    Field last = Field::None;
    for (; i < lines.size(); ++i) {
        const QString &l = lines.at(i).plain;
        if (l.isEmpty())
            break;
        QString value;
        const Field f = headerLine(l, &value);
        if (f == Field::None) {
            // A folded recipient list continues the previous field.
            if ((last == Field::To || last == Field::Cc) && l.contains(u'@')) {
                block.last() += u' ' + l;
                if (last == Field::To)
                    copy.to = InboundText::oneLine(copy.to + u' ' + l, 500);
                continue;
            }
            break;
        }
        any = true;
        last = f;
        block.append(l);
        switch (f) {
        case Field::From:
            copy.from = InboundText::oneLine(value, 300);
            break;
        case Field::Date:
            copy.dateText = InboundText::oneLine(value, 100);
            break;
        case Field::To:
            copy.to = InboundText::oneLine(value, 500);
            break;
        case Field::Subject:
            copy.subject = InboundText::oneLine(value, 500);
            break;
        case Field::MessageId:
            copy.messageId = bracketed(value);
            break;
        case Field::Cc:
        case Field::ReplyTo:
        case Field::None:
            break;
        }
    }
    if (!any || (copy.from.isEmpty() && copy.subject.isEmpty()))
        return -1;
    copy.headerBlock = block.join(u'\n');
    return i;
}

QString joinPlain(const QList<Line> &lines, qsizetype from, qsizetype to)
{
    QStringList out;
    for (qsizetype i = from; i < to && i < lines.size(); ++i)
        out.append(lines.at(i).plain);
    return out.join(u'\n');
}

bool isSeparator(const QString &l, ForwardedCopy::Style *style)
{
    static const QRegularExpression gmail(
        QStringLiteral("^-{5,}\\s*(?:forwarded message|weitergeleitete nachricht|message "
                       "transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|doorgestuurd "
                       "bericht|mensagem encaminhada)\\s*-{5,}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outlook(
        QStringLiteral("^-{3,}\\s*(?:original message|urspr[üu]ngliche nachricht|message "
                       "d'origine|mensaje original|messaggio originale|oorspronkelijk "
                       "bericht|forwarded by [^-]*)\\s*-{3,}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apple(
        QStringLiteral("^(?:begin forwarded message|anfang der weitergeleiteten nachricht|d[ée]but "
                       "du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado)\\s*:$"),
        QRegularExpression::CaseInsensitiveOption);
    if (gmail.match(l).hasMatch())
        *style = ForwardedCopy::Style::Gmail;
    else if (outlook.match(l).hasMatch())
        *style = ForwardedCopy::Style::Outlook;
    else if (apple.match(l).hasMatch())
        *style = ForwardedCopy::Style::AppleMail;
    else
        return false;
    return true;
}

// Outlook's bare block: From, then Sent/Date and Subject within the next few lines.
bool isOutlookBlock(const QList<Line> &lines, qsizetype i)
{
    QString value;
    if (headerLine(lines.at(i).plain, &value) != Field::From || value.isEmpty())
        return false;
    bool date = false;
    bool subject = false;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + 6; ++j) {
        const Field f = headerLine(lines.at(j).plain, &value);
        date = date || f == Field::Date;
        subject = subject || f == Field::Subject;
        if (lines.at(j).plain.isEmpty())
            break;
    }
    return date && subject;
}

bool attribution(const QString &line, ForwardedCopy *copy)
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(QStringLiteral("^On (.*), ([^,]*(?:<[^>]+>|\\S+@\\S+)) wrote:$")),
        QRegularExpression(QStringLiteral("^Am (.*) schrieb (.*):$")),
        QRegularExpression(QStringLiteral("^Le (.*), (.*) a écrit ?:$")),
        QRegularExpression(QStringLiteral("^El (.*), (.*) escribió:$")),
    };
    for (const QRegularExpression &re : patterns) {
        const auto m = re.match(line);
        if (m.hasMatch()) {
            copy->dateText = InboundText::oneLine(m.captured(1), 100);
            copy->from = InboundText::oneLine(m.captured(2), 300);
            return true;
        }
    }
    return false;
}

void findInline(const QString &body, QList<ForwardedCopy> &out)
{
    const QList<Line> lines = splitLines(body);
    QList<bool> used(lines.size(), false);
    qsizetype i = 0;
    while (i < lines.size()) {
        ForwardedCopy copy;
        qsizetype headerStart = -1;
        if (isSeparator(lines.at(i).plain, &copy.style)) {
            headerStart = i + 1;
        } else if (isOutlookBlock(lines, i)) {
            copy.style = ForwardedCopy::Style::Outlook;
            headerStart = i;
        }
        if (headerStart >= 0) {
            const qsizetype bodyStart = readHeaders(lines, headerStart, copy);
            if (bodyStart >= 0) {
                // The forwarded text runs to the end, or to the next forwarded block.
                qsizetype end = bodyStart;
                ForwardedCopy::Style ignored;
                while (end < lines.size() && !isSeparator(lines.at(end).plain, &ignored) &&
                       !(end > bodyStart && isOutlookBlock(lines, end)))
                    ++end;
                copy.text = joinPlain(lines, bodyStart, end);
                for (qsizetype k = i; k < end; ++k)
                    used[k] = true;
                finish(copy);
                out.append(copy);
                i = end;
                continue;
            }
        }
        ++i;
    }
    // Quoted blocks that are not part of a forward: "On ... wrote:" and "> " lines.
    for (i = 0; i < lines.size(); ++i) {
        if (used.at(i) || lines.at(i).depth == 0)
            continue;
        qsizetype end = i;
        int nonEmpty = 0;
        while (end < lines.size() && !used.at(end) &&
               (lines.at(end).depth > 0 || lines.at(end).plain.isEmpty())) {
            if (!lines.at(end).plain.isEmpty())
                ++nonEmpty;
            ++end;
        }
        if (nonEmpty >= kMinQuotedLines) {
            ForwardedCopy copy;
            copy.style = ForwardedCopy::Style::Quoted;
            for (qsizetype k = i - 1; k >= 0 && k >= i - 2; --k) {
                if (!lines.at(k).plain.isEmpty()) {
                    attribution(lines.at(k).plain, &copy);
                    break;
                }
            }
            copy.text = joinPlain(lines, i, end);
            finish(copy);
            out.append(copy);
        }
        i = end;
    }
}

QString formatAddress(const InboundAddress &a)
{
    if (a.name.isEmpty())
        return a.address;
    return a.name + QStringLiteral(" <") + a.address + u'>';
}

} // namespace

QString ForwardedCopy::key(Style style)
{
    switch (style) {
    case Style::Attached:
        return QStringLiteral("attached");
    case Style::Gmail:
        return QStringLiteral("gmail");
    case Style::Outlook:
        return QStringLiteral("outlook");
    case Style::AppleMail:
        return QStringLiteral("apple_mail");
    case Style::Quoted:
        return QStringLiteral("quoted");
    }
    return {};
}

QDateTime ForwardDetector::parseDate(const QString &input, bool *hasZone)
{
    *hasZone = false;
    QString text = input.simplified();
    if (text.isEmpty())
        return {};
    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid()) {
        *hasZone = true;
        return rfc.toUTC();
    }
    // A trailing zone abbreviation or offset.
    static const QList<std::pair<QString, int>> zones = {
        {QStringLiteral("UTC"), 0},      {QStringLiteral("GMT"), 0},
        {QStringLiteral("CET"), 3600},   {QStringLiteral("CEST"), 7200},
        {QStringLiteral("BST"), 3600},   {QStringLiteral("EET"), 7200},
        {QStringLiteral("EEST"), 10800}, {QStringLiteral("EST"), -18000},
        {QStringLiteral("EDT"), -14400}, {QStringLiteral("CST"), -21600},
        {QStringLiteral("CDT"), -18000}, {QStringLiteral("PST"), -28800},
        {QStringLiteral("PDT"), -25200}, {QStringLiteral("MEZ"), 3600},
        {QStringLiteral("MESZ"), 7200},  {QStringLiteral("JST"), 32400},
    };
    std::optional<int> offset;
    static const QRegularExpression numeric(QStringLiteral("\\s([+-])(\\d\\d):?(\\d\\d)$"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        offset = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) *
                 (m.captured(1) == u"-" ? -1 : 1);
        text.truncate(m.capturedStart());
    } else {
        for (const auto &[name, secs] : zones) {
            if (text.endsWith(u' ' + name)) {
                offset = secs;
                text.chop(name.size() + 1);
                break;
            }
        }
    }
    text.replace(QStringLiteral(" at "), QStringLiteral(" "));
    text.replace(QStringLiteral(" um "), QStringLiteral(" "));
    text.replace(QStringLiteral(" à "), QStringLiteral(" "));
    text.replace(QStringLiteral("\u202f"), QStringLiteral(" ")); // Gmail's narrow space
    static const QStringList formats = {
        QStringLiteral("ddd, MMM d, yyyy h:mm AP"),
        QStringLiteral("dddd, MMMM d, yyyy h:mm AP"),
        QStringLiteral("dddd, MMMM d, yyyy h:mm:ss AP"),
        QStringLiteral("d MMMM yyyy HH:mm:ss"),
        QStringLiteral("d MMMM yyyy HH:mm"),
        QStringLiteral("d MMM yyyy HH:mm"),
        QStringLiteral("ddd, d MMM yyyy HH:mm"),
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss"),
        QStringLiteral("dddd, d MMMM yyyy HH:mm"),
        QStringLiteral("dddd, d. MMMM yyyy HH:mm"),
        QStringLiteral("d. MMMM yyyy HH:mm"),
        QStringLiteral("dd.MM.yyyy HH:mm"),
        QStringLiteral("yyyy-MM-dd HH:mm"),
        QStringLiteral("M/d/yyyy h:mm AP"),
    };
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::German), QLocale(QLocale::French),
                                  QLocale(QLocale::Spanish)}) {
        for (const QString &format : formats) {
            const QDateTime dt = locale.toDateTime(text, format);
            if (!dt.isValid())
                continue;
            if (offset) {
                *hasZone = true;
                return QDateTime(dt.date(), dt.time(), QTimeZone(*offset)).toUTC();
            }
            return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    return {};
}

QList<ForwardedCopy> ForwardDetector::find(const InboundMessage &m)
{
    QList<ForwardedCopy> out;
    for (const InboundMessage &attached : m.attachedMessages) {
        ForwardedCopy copy;
        copy.style = ForwardedCopy::Style::Attached;
        copy.messageId = attached.messageId;
        copy.from = formatAddress(attached.from);
        copy.to = attached.to.isEmpty() ? QString() : formatAddress(attached.to.constFirst());
        copy.subject = attached.subject;
        copy.text = attached.textBody;
        QStringList block;
        if (!attached.messageId.isEmpty())
            block << QStringLiteral("Message-ID: ") + attached.messageId;
        for (const QString &name : {QStringLiteral("From"), QStringLiteral("Date"),
                                    QStringLiteral("To"), QStringLiteral("Subject")}) {
            const QString value = attached.header(name);
            if (!value.isEmpty())
                block << name + QStringLiteral(": ") + value;
        }
        copy.headerBlock = block.join(u'\n');
        finish(copy);
        if (attached.date.isValid()) {
            copy.date = attached.date.toUTC();
            copy.dateHasZone = true;
            copy.dateText = attached.header(u"Date");
        }
        out.append(copy);
    }
    findInline(m.textBody, out);
    return out;
}

} // namespace helpdesk
