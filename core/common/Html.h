#pragma once
// Text made safe for HTML and XML: the one escaping rule of the app, used by the mail templates'
// HTML part (TemplateRenderer) and by the knowledge base's pages (Markdown, KbExport).

#include <QString>

namespace helpdesk::Html {

enum class LineBreaks {
    Keep,    // a line feed stays a line feed (attribute values, <pre>, text the caller wraps)
    AsBreak, // a line feed becomes <br> (a placeholder's value in a mail's HTML part)
};

// & < > " ' as entities; control characters other than tab and line feed (and U+FFFE, U+FFFF)
// as spaces and lone surrogates as U+FFFD, which XML 1.0 and UTF-8 do not allow.
QString escape(const QString &text, LineBreaks breaks = LineBreaks::Keep);

} // namespace helpdesk::Html
