#pragma once
// The knowledge base's Markdown, rendered safely: everything is text unless it is one of a
// small set of constructs, and all text is escaped. The output is XHTML-compatible (every tag
// closed, attributes quoted), so exported pages parse as XML.
//
// Rendered: headings (#, ##, ###… as <h2>… so the page title stays the only <h1>), paragraphs,
// lists (-, *, + and 1. 2.), fenced code blocks (```), inline `code`, **strong** / __strong__,
// *emphasis* / _emphasis_, and [links](url) whose address is http, https or mailto — any
// other link keeps its text and loses its address. Raw HTML, images, tables and autolinks are
// not Markdown here: they are shown as the text that was typed. A backslash makes the next
// punctuation character plain.

#include <QString>

namespace helpdesk::Markdown {

QString toHtml(const QString &markdown);
// The text for a reply or a search snippet: markers removed, links as "text (address)".
QString toPlainText(const QString &markdown);
// Whether a link address may become an href: an http(s) URL with a host, or mailto:.
bool isAllowedLink(const QString &address);
// Text escaped for HTML and XML content and attribute values (& < > " ').
QString escape(const QString &text);

} // namespace helpdesk::Markdown
