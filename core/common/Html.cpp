#include "common/Html.h"

namespace helpdesk::Html {

QString escape(const QString &text, LineBreaks breaks)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        case u'\n':
            out += breaks == LineBreaks::AsBreak ? QLatin1String("<br>\n") : QLatin1String("\n");
            break;
        default:
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += c;
                out += text.at(++i);
            } else if (c.isSurrogate()) {
                out += QChar(0xFFFD);
            } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0xFFFE ||
                       c.unicode() == 0xFFFF) {
                out += u' ';
            } else {
                out += c;
            }
        }
    }
    return out;
}

} // namespace helpdesk::Html
