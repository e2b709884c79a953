#pragma once
// HtmlToText: readable plain text from an HTML mail body, for mail that has no text/plain part.
// Markup goes, the contents of script, style, head and similar elements go with it, entities are
// decoded, blocks and line breaks become line breaks, list items "- ", blockquotes "> ", and a
// link keeps its address as text: "Reset password (https://...)". Lenient: any input gives text.

#include <QString>
#include <QStringView>

namespace helpdesk {

namespace HtmlToText {
QString convert(QStringView html);
// "&amp;" -> "&", "&#x41;" -> "A"; unknown entities stay as written.
QString decodeEntities(QStringView text);
// The charset a <meta> element declares in the first bytes of a document, or empty.
QByteArray declaredCharset(const QByteArray &html);
} // namespace HtmlToText

} // namespace helpdesk
