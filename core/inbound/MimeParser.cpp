#include "inbound/MimeParser.h"

#include "inbound/GMimeSupport.h"
#include "inbound/HtmlToText.h"
#include "inbound/InboundLogging.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace helpdesk {

using namespace gmime;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MimeParser", text);
}

QString warningText(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_MALFORMED_MULTIPART:
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return tr("A multipart section of the message is malformed (a missing or broken "
                  "boundary); its text was read as far as it goes.");
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return tr("The message is cut off; what arrived was read.");
    case GMIME_WARN_MALFORMED_MESSAGE:
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
    case GMIME_WARN_PART_WITHOUT_CONTENT:
        return tr("Parts of the message are malformed; what could be read was kept.");
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return tr("The message has header lines that are not valid; they were skipped.");
    case GMIME_CRIT_NESTING_OVERFLOW:
        return tr("The message nests parts too deeply; the innermost parts were not read.");
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return tr("Some header text is encoded wrongly; it was decoded as well as possible.");
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return tr("A part has an invalid content type; it was kept as a file.");
    case GMIME_WARN_INVALID_ADDRESS_LIST:
        return tr("An address header is malformed; the addresses that could be read were kept.");
    case GMIME_CRIT_CONFLICTING_HEADER:
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return tr("The message repeats a header with different values; the first one was used.");
    default:
        return {};
    }
}

struct ParseState
{
    const MimeParserOptions &options;
    qint64 budget = 0; // bytes of parts that may still be kept
    QStringList notes;

    void note(const QString &text)
    {
        if (!text.isEmpty() && !notes.contains(text))
            notes.append(text);
    }
};

void onParserWarning(gint64, GMimeParserWarning code, const gchar *, gpointer userData)
{
    static_cast<ParseState *>(userData)->note(warningText(code));
}

QString bracketedId(const char *id)
{
    const QString s = InboundText::oneLine(str(id), 900);
    if (s.isEmpty())
        return {};
    if (s.startsWith(u'<'))
        return s;
    return u'<' + s + u'>';
}

void appendAddresses(InternetAddressList *list, QList<InboundAddress> *out, int depth = 0)
{
    if (!list || depth > 2)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n && out->size() < 500; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            InboundAddress a;
            a.address = InboundText::oneLine(
                str(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))), 320);
            a.name = InboundText::oneLine(str(internet_address_get_name(ia)), 200);
            if (!a.isEmpty())
                out->append(a);
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out,
                            depth + 1);
        }
    }
}

QList<InboundAddress> addresses(InternetAddressList *list)
{
    QList<InboundAddress> out;
    appendAddresses(list, &out);
    return out;
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    CString s(g_mime_content_type_get_mime_type(type));
    return str(s.get()).toLower();
}

QString parameter(GMimeObject *object, const char *name)
{
    return InboundText::oneLine(str(g_mime_object_get_content_type_parameter(object, name)));
}

bool isAttachmentDisposition(GMimeObject *object)
{
    const char *d = g_mime_object_get_disposition(object);
    return d && g_ascii_strcasecmp(d, "attachment") == 0;
}

QString safeFileName(const QString &name)
{
    QString s = InboundText::oneLine(name, 255);
    s.replace(u'/', u'_');
    s.replace(u'\\', u'_');
    return s;
}

struct Body
{
    QStringList texts;
    bool fromHtml = false;
    QString charset;
};

class Reader
{
public:
    Reader(ParseState &state, GMimeParserOptions *parserOptions)
        : m_state(state), m_parserOptions(parserOptions)
    {}

    InboundMessage read(GMimeMessage *message, int depth)
    {
        InboundMessage m;
        readHeaders(message, m);
        Body body;
        if (GMimeObject *root = g_mime_message_get_mime_part(message)) {
            m.contentType = mimeTypeOf(root);
            visit(root, m, body, true, false, depth);
        }
        m.textBody = InboundText::body(body.texts.join(QStringLiteral("\n\n")));
        m.textFromHtml = body.fromHtml;
        m.bodyCharset = body.charset;
        return m;
    }

private:
    void readHeaders(GMimeMessage *message, InboundMessage &m)
    {
        GMimeObject *object = GMIME_OBJECT(message);
        GMimeHeaderList *list = g_mime_object_get_header_list(object);
        const int count = list ? g_mime_header_list_get_count(list) : 0;
        for (int i = 0; i < count; ++i) {
            GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
            const char *raw = g_mime_header_get_raw_value(h);
            CString decoded(raw ? g_mime_utils_header_decode_text(m_parserOptions, raw) : nullptr);
            InboundHeader header{InboundText::oneLine(str(g_mime_header_get_name(h)), 200),
                                 InboundText::oneLine(str(decoded.get()), 4000)};
            if (!header.name.isEmpty())
                m.headers.append(header);
        }
        m.messageId = bracketedId(g_mime_message_get_message_id(message));
        m.inReplyTo = firstReference(g_mime_object_get_header(object, "In-Reply-To"));
        m.references = referenceList(g_mime_object_get_header(object, "References"));
        const QList<InboundAddress> from = addresses(g_mime_message_get_from(message));
        if (!from.isEmpty())
            m.from = from.constFirst();
        const QList<InboundAddress> sender = addresses(g_mime_message_get_sender(message));
        if (!sender.isEmpty() &&
            sender.constFirst().address.compare(m.from.address, Qt::CaseInsensitive) != 0)
            m.sender = sender.constFirst();
        m.to = addresses(g_mime_message_get_to(message));
        m.cc = addresses(g_mime_message_get_cc(message));
        m.replyTo = addresses(g_mime_message_get_reply_to(message));
        m.subject = InboundText::oneLine(str(g_mime_message_get_subject(message)));
        if (GDateTime *date = g_mime_message_get_date(message)) {
            const qint64 secs = g_date_time_to_unix(date);
            const int offset =
                static_cast<int>(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
            m.date = QDateTime::fromSecsSinceEpoch(secs, QTimeZone(offset));
        }
        InboundMarkers &k = m.markers;
        k.autoSubmitted = m.header(u"Auto-Submitted");
        k.precedence = m.header(u"Precedence");
        k.listId = m.header(u"List-Id");
        k.listUnsubscribe = m.header(u"List-Unsubscribe");
        k.listPost = m.header(u"List-Post");
        k.autoResponseSuppress = m.header(u"X-Auto-Response-Suppress");
        for (const auto name : {u"X-Autoreply", u"X-Autorespond", u"X-Autogenerated"}) {
            if (m.hasHeader(name)) {
                k.xAutoreply = QString::fromUtf16(name) + QStringLiteral(": ") + m.header(name);
                break;
            }
        }
        k.returnPath = m.header(u"Return-Path");
        k.xLoop = m.header(u"X-Loop");
        k.xFailedRecipients = m.header(u"X-Failed-Recipients");
    }

    QString firstReference(const char *value)
    {
        const QStringList ids = referenceList(value);
        return ids.isEmpty() ? QString() : ids.constFirst();
    }

    QStringList referenceList(const char *value)
    {
        QStringList ids;
        if (!value)
            return ids;
        GMimeReferences *refs = g_mime_references_parse(m_parserOptions, value);
        if (!refs)
            return ids;
        const int n = g_mime_references_length(refs);
        for (int i = 0; i < n && ids.size() < 200; ++i) {
            const QString id = bracketedId(g_mime_references_get_message_id(refs, i));
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        g_mime_references_free(refs);
        return ids;
    }

    void visit(GMimeObject *object, InboundMessage &m, Body &body, bool bodyCandidate,
               bool inRelated, int depth)
    {
        if (GMIME_IS_MULTIPART(object)) {
            visitMultipart(GMIME_MULTIPART(object), m, body, bodyCandidate, depth);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            attachMessage(GMIME_MESSAGE_PART(object), m, depth);
        } else if (GMIME_IS_PART(object)) {
            leaf(GMIME_PART(object), m, body, bodyCandidate, inRelated);
        }
    }

    static bool isText(GMimeObject *object, const char *subtype)
    {
        GMimeContentType *type = g_mime_object_get_content_type(object);
        return GMIME_IS_PART(object) && type &&
               g_mime_content_type_is_type(type, "text", subtype) &&
               !isAttachmentDisposition(object);
    }

    static bool containsText(GMimeObject *object, const char *subtype)
    {
        if (isText(object, subtype))
            return true;
        if (!GMIME_IS_MULTIPART(object))
            return false;
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(mp); ++i) {
            if (containsText(g_mime_multipart_get_part(mp, i), subtype))
                return true;
        }
        return false;
    }

    void visitMultipart(GMimeMultipart *mp, InboundMessage &m, Body &body, bool bodyCandidate,
                        int depth)
    {
        GMimeObject *object = GMIME_OBJECT(mp);
        const int count = g_mime_multipart_get_count(mp);
        const QString type = mimeTypeOf(object);
        if (count == 0) {
            salvage(mp, m, body, bodyCandidate, depth);
            return;
        }
        if (type == u"multipart/alternative") {
            // The plain text when there is one, else the richest part (the last one).
            int chosen = -1;
            for (const char *subtype : {"plain", "html"}) {
                for (int i = 0; i < count && chosen < 0; ++i) {
                    if (containsText(g_mime_multipart_get_part(mp, i), subtype))
                        chosen = i;
                }
            }
            if (chosen < 0)
                chosen = count - 1;
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(mp, i), m, body, bodyCandidate && i == chosen,
                      false, depth);
            return;
        }
        if (type == u"multipart/related") {
            const QString start = parameter(object, "start");
            int root = 0;
            for (int i = 0; i < count && !start.isEmpty(); ++i) {
                if (bracketedId(g_mime_object_get_content_id(g_mime_multipart_get_part(mp, i))) ==
                    (start.startsWith(u'<') ? start : u'<' + start + u'>'))
                    root = i;
            }
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(mp, i), m, body, bodyCandidate && i == root,
                      i != root, depth);
            return;
        }
        if (type == u"multipart/report") {
            m.reportType = parameter(object, "report-type").toLower();
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(mp, i), m, body, bodyCandidate && i == 0, false,
                      depth);
            return;
        }
        if (type == u"multipart/encrypted")
            m_state.note(tr("The message is encrypted; its text cannot be read here."));
        if (type == u"multipart/signed") {
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(mp, i), m, body, bodyCandidate && i == 0, false,
                      depth);
            return;
        }
        // multipart/mixed and anything unknown: each inline text part is part of the body.
        for (int i = 0; i < count; ++i)
            visit(g_mime_multipart_get_part(mp, i), m, body, bodyCandidate, false, depth);
    }

    // A multipart whose declared boundary never appears: its parts are all in the prologue.
    // Mail programs that rewrite boundaries get this wrong; the parts are found by the boundary
    // the text itself uses, or else the prologue is the body.
    void salvage(GMimeMultipart *mp, InboundMessage &m, Body &body, bool bodyCandidate, int depth)
    {
        const QByteArray prologue(
            g_mime_multipart_get_prologue(mp) ? g_mime_multipart_get_prologue(mp) : "");
        if (prologue.trimmed().isEmpty())
            return;
        m_state.note(tr("A multipart section of the message does not use its declared boundary; "
                        "its parts were read by the boundary the text uses."));
        QByteArray boundary;
        for (const QByteArray &line : prologue.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.startsWith("--") && l.size() > 2 && l.size() < 200 && !l.contains(' ')) {
                boundary = l.mid(2);
                if (boundary.endsWith("--"))
                    boundary.chop(2);
                break;
            }
        }
        if (!boundary.isEmpty() && !m_salvaging) {
            const QByteArray wrapped =
                "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n" + prologue;
            Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
                wrapped.constData(), static_cast<size_t>(wrapped.size())));
            Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
            Ref<GMimeObject> part(g_mime_parser_construct_part(parser.get(), m_parserOptions));
            if (part && GMIME_IS_MULTIPART(part.get()) &&
                g_mime_multipart_get_count(GMIME_MULTIPART(part.get())) > 0) {
                m_salvaging = true;
                visit(part.get(), m, body, bodyCandidate, false, depth);
                m_salvaging = false;
                return;
            }
        }
        if (bodyCandidate)
            body.texts.append(toUnicode(prologue, {}).text);
    }

    QString partText(GMimePart *part, bool html, QString *charsetOut)
    {
        const QByteArray bytes = content(part);
        QByteArray charset =
            str(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset")).toLatin1();
        if (charset.isEmpty() && html)
            charset = HtmlToText::declaredCharset(bytes);
        const Decoded d = toUnicode(bytes, charset);
        if (d.bestEffort) {
            if (charset.isEmpty())
                m_state.note(
                    tr("A text part had no charset; it was read as %1.").arg(d.usedCharset));
            else
                m_state.note(tr("A text part declared the charset \"%1\", which does not fit its "
                                "bytes or is unknown; it was read as %2, and some characters "
                                "may be wrong.")
                                 .arg(InboundText::oneLine(QString::fromLatin1(charset), 40),
                                      d.usedCharset));
        }
        if (charsetOut->isEmpty())
            *charsetOut = QString::fromLatin1(charset).toLower();
        return d.text;
    }

    void leaf(GMimePart *part, InboundMessage &m, Body &body, bool bodyCandidate, bool inRelated)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        if (hasDamagedBase64(part))
            m_state.note(tr("A part's base64 data is damaged; what could be decoded was kept."));
        const QString type = mimeTypeOf(object);
        if (type == u"message/delivery-status" || type == u"message/global-delivery-status") {
            m.deliveryStatus = InboundText::body(toUnicode(content(part), "utf-8").text);
            return;
        }
        if (type == u"text/rfc822-headers" || type == u"message/global-headers") {
            m.returnedHeaders = InboundText::body(toUnicode(content(part), "utf-8").text);
            return;
        }
        const bool plain = isText(object, "plain");
        const bool html = isText(object, "html");
        const bool named = g_mime_part_get_filename(part) != nullptr;
        if ((plain || html) && bodyCandidate && (!named || body.texts.isEmpty())) {
            QString text = partText(part, html, &body.charset);
            if (html) {
                text = HtmlToText::convert(text);
                body.fromHtml = body.fromHtml || body.texts.isEmpty();
            }
            if (!text.trimmed().isEmpty())
                body.texts.append(text);
            return;
        }
        if ((plain || html) && !named)
            return; // the alternative that was not chosen
        addPart(part, m, inRelated);
    }

    void addPart(GMimePart *part, InboundMessage &m, bool inRelated)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        InboundPart p;
        p.fileName = safeFileName(str(g_mime_part_get_filename(part)));
        p.mimeType = mimeTypeOf(object);
        p.contentId = InboundText::oneLine(str(g_mime_object_get_content_id(object)), 300);
        const char *disposition = g_mime_object_get_disposition(object);
        p.inlinePart = (disposition && g_ascii_strcasecmp(disposition, "inline") == 0) ||
                       (inRelated && !p.contentId.isEmpty());
        const qint64 estimate = estimatedSize(part);
        if (estimate <= m_state.budget) {
            p.data = content(part);
            p.size = p.data.size();
        } else {
            p.size = contentSize(part);
        }
        keep(p, m);
    }

    void keep(InboundPart &p, InboundMessage &m)
    {
        if (p.size > m_state.budget) {
            p.data.clear();
            p.data.squeeze();
            p.omitted = true;
            m_state.note(tr("An attachment over the size limit of %1 MB was left out; ask the "
                            "sender for a smaller file or a link.")
                             .arg(m_state.options.maxKeptBytes / (1024 * 1024)));
            qCInfo(lcInbound) << "part omitted over the size limit:" << p.mimeType << p.size
                              << "bytes";
        } else {
            m_state.budget -= p.size;
        }
        m.parts.append(std::move(p));
    }

    void attachMessage(GMimeMessagePart *part, InboundMessage &m, int depth)
    {
        GMimeMessage *inner = g_mime_message_part_get_message(part);
        if (!inner)
            return;
        CString serialized(g_mime_object_to_string(GMIME_OBJECT(inner), nullptr));
        const QByteArray raw(serialized.get());
        InboundPart p;
        p.mimeType = QStringLiteral("message/rfc822");
        p.fileName = safeFileName(
            str(g_mime_object_get_content_disposition_parameter(GMIME_OBJECT(part), "filename")));
        p.size = raw.size();
        if (depth < m_state.options.maxAttachedDepth) {
            InboundMessage attached = read(inner, depth + 1);
            attached.rawSize = raw.size();
            if (p.fileName.isEmpty())
                p.fileName = safeFileName((attached.subject.isEmpty() ? QStringLiteral("message")
                                                                      : attached.subject.left(80)) +
                                          QStringLiteral(".eml"));
            m.attachedMessages.append(std::move(attached));
        } else {
            m_state.note(tr("Messages attached inside attached messages are nested too deeply; "
                            "the innermost ones were kept as files only."));
        }
        if (p.fileName.isEmpty())
            p.fileName = QStringLiteral("message.eml");
        if (p.size <= m_state.budget)
            p.data = raw;
        keep(p, m);
    }

    ParseState &m_state;
    GMimeParserOptions *m_parserOptions;
    bool m_salvaging = false;
};

struct OptionsFree
{
    void operator()(GMimeParserOptions *o) const { g_mime_parser_options_free(o); }
};

} // namespace

MimeParser::MimeParser(MimeParserOptions options) : m_options(std::move(options))
{
    ensureInitialized();
}

Result<InboundMessage> MimeParser::parse(const QByteArray &raw) const
{
    if (raw.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The message is empty; there is nothing to read. If it came from "
                              "the mail server, look at the mailbox for the original."));
    if (m_options.maxRawBytes > 0 && raw.size() > m_options.maxRawBytes)
        return Error::make(Error::Code::InvalidInput,
                           tr("The message is %1 MB, over the limit of %2 MB; it was not read. "
                              "Ask the sender for a smaller message, or raise the limit.")
                               .arg(raw.size() / (1024 * 1024))
                               .arg(m_options.maxRawBytes / (1024 * 1024)),
                           QStringLiteral("%1 bytes").arg(raw.size()));

    // An mbox "From " envelope line (procmail, some MTA pipes) is not a header.
    qsizetype start = 0;
    if (raw.startsWith("From ")) {
        const qsizetype eol = raw.indexOf('\n');
        start = eol < 0 ? raw.size() : eol + 1;
    }

    ParseState state{m_options, m_options.maxKeptBytes, {}};
    // A NUL in a header would end GMime's C string there: the rest of the field would vanish.
    QByteArray cleaned;
    const QByteArray *input = &raw;
    {
        qsizetype headerEnd = raw.indexOf("\n\r\n", start);
        const qsizetype lfEnd = raw.indexOf("\n\n", start);
        if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd))
            headerEnd = lfEnd;
        if (headerEnd < 0)
            headerEnd = raw.size();
        if (QByteArrayView(raw).sliced(start, headerEnd - start).contains('\0')) {
            cleaned = raw;
            for (qsizetype i = start; i < headerEnd; ++i) {
                if (cleaned[i] == '\0')
                    cleaned[i] = ' ';
            }
            input = &cleaned;
            state.note(tr("The message headers contain NUL bytes; they were read as spaces."));
        }
    }
    std::unique_ptr<GMimeParserOptions, OptionsFree> options(g_mime_parser_options_new());
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    g_mime_parser_options_set_warning_callback(options.get(), onParserWarning, &state);

    // The stream reads the caller's bytes in place: no copy of a large message.
    GByteArray *array = g_byte_array_new_take(
        reinterpret_cast<guint8 *>(const_cast<char *>(input->constData() + start)),
        static_cast<gsize>(input->size() - start));
    struct Release
    {
        GByteArray *array;
        ~Release() { g_byte_array_free(array, FALSE); } // frees the wrapper, not the bytes
    } release{array};
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_byte_array(array));
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);

    Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    Ref<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    GMimeHeaderList *headers =
        message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!message || !headers || g_mime_header_list_get_count(headers) == 0) {
        qCInfo(lcInbound) << "message not readable as an email:" << raw.size() << "bytes";
        return Error::make(Error::Code::InvalidInput,
                           tr("The message could not be read as an email: it has no header "
                              "lines. It is kept unchanged; open its source to see what "
                              "arrived."),
                           QStringLiteral("%1 bytes, no headers").arg(raw.size()));
    }

    Reader reader(state, options.get());
    InboundMessage m = reader.read(message.get(), 0);
    m.rawSize = raw.size();
    m.notes = state.notes;
    return m;
}

} // namespace helpdesk
