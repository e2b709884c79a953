#include "inbound/GMimeSupport.h"

#include <QStringDecoder>

#include <cerrno>
#include <cstdlib>
#include <mutex>

namespace helpdesk::gmime {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        std::atexit([] { g_mime_shutdown(); });
    });
}

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

QByteArray superset(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name == "gb2312" || name == "gb_2312-80" || name == "euc-cn" || name == "x-gbk")
        return "GBK";
    if (name == "shift_jis" || name == "shift-jis" || name == "sjis" || name == "x-sjis" ||
        name == "ms_kanji" || name == "windows-31j")
        return "CP932";
    if (name == "ks_c_5601-1987" || name == "euc-kr")
        return "CP949";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" ||
        name == "iso_8859-1" || name == "iso8859-1")
        return "WINDOWS-1252";
    return {};
}

// iconv with '?' for each byte that does not fit; false when the charset is unknown.
bool convert(const QByteArray &bytes, const char *from, QString *out, bool *lossy)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray utf8;
    utf8.resize(bytes.size() * 2 + 16);
    char *inbuf = const_cast<char *>(bytes.constData());
    size_t inleft = static_cast<size_t>(bytes.size());
    char *outbuf = utf8.data();
    size_t outleft = static_cast<size_t>(utf8.size());
    while (inleft > 0) {
        const size_t r = g_mime_iconv(cd, &inbuf, &inleft, &outbuf, &outleft);
        if (r != static_cast<size_t>(-1))
            break;
        if (errno == E2BIG) {
            const qsizetype used = outbuf - utf8.data();
            utf8.resize(utf8.size() * 2);
            outbuf = utf8.data() + used;
            outleft = static_cast<size_t>(utf8.size() - used);
            continue;
        }
        // EILSEQ (a byte that is not in the charset) or EINVAL (cut off at the end).
        *lossy = true;
        if (outleft < 1) {
            const qsizetype used = outbuf - utf8.data();
            utf8.resize(utf8.size() + 64);
            outbuf = utf8.data() + used;
            outleft = static_cast<size_t>(utf8.size() - used);
        }
        *outbuf++ = '?';
        --outleft;
        ++inbuf;
        --inleft;
        g_mime_iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset the shift state
    }
    // Flush a stateful encoding (ISO-2022-JP) back to its initial state.
    if (outleft < 16) {
        const qsizetype used = outbuf - utf8.data();
        utf8.resize(utf8.size() + 16);
        outbuf = utf8.data() + used;
        outleft = static_cast<size_t>(utf8.size() - used);
    }
    g_mime_iconv(cd, nullptr, nullptr, &outbuf, &outleft);
    utf8.resize(outbuf - utf8.data());
    g_mime_iconv_close(cd);
    *out = QString::fromUtf8(utf8);
    return true;
}

} // namespace

Decoded toUnicode(const QByteArray &bytes, const QByteArray &charset)
{
    Decoded d;
    const QByteArray lower = charset.trimmed().toLower();
    const bool utf8Label = lower == "utf-8" || lower == "utf8";
    // Undeclared, ASCII or Latin-1 labels on UTF-8 bytes are common: UTF-8 when it is valid.
    if (utf8Label || lower.isEmpty() || superset(lower) == "WINDOWS-1252") {
        if (isValidUtf8(bytes)) {
            d.text = QString::fromUtf8(bytes);
            d.usedCharset = QStringLiteral("utf-8");
            return d;
        }
    }
    QByteArray iconvName = superset(lower);
    if (iconvName.isEmpty() && !lower.isEmpty() && !utf8Label) {
        const char *name = g_mime_charset_iconv_name(lower.constData());
        iconvName = name ? QByteArray(name) : lower;
    }
    if (iconvName.isEmpty())
        iconvName = "WINDOWS-1252"; // undeclared or UTF-8 that is not valid: the usual culprit
    bool lossy = false;
    if (convert(bytes, iconvName.constData(), &d.text, &lossy)) {
        d.usedCharset = QString::fromLatin1(iconvName).toLower();
        // Reached for UTF-8 that is not valid and for undeclared 8-bit text: both a guess.
        d.bestEffort = lossy || utf8Label || lower.isEmpty();
        return d;
    }
    // A charset iconv does not know: UTF-8 when the bytes are valid, else Windows-1252.
    d.bestEffort = true;
    if (isValidUtf8(bytes)) {
        d.text = QString::fromUtf8(bytes);
        d.usedCharset = QStringLiteral("utf-8");
    } else {
        convert(bytes, "WINDOWS-1252", &d.text, &lossy);
        d.usedCharset = QStringLiteral("windows-1252");
    }
    return d;
}

QByteArray content(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    Ref<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, mem.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data),
                      static_cast<qsizetype>(array->len));
}

qint64 contentSize(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return 0;
    Ref<GMimeStream> null(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(wrapper, null.get());
    return static_cast<qint64>(GMIME_STREAM_NULL(null.get())->written);
}

qint64 estimatedSize(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return 0;
    const gint64 encoded = g_mime_stream_length(g_mime_data_wrapper_get_stream(wrapper));
    if (encoded < 0)
        return 0;
    switch (g_mime_data_wrapper_get_encoding(wrapper)) {
    case GMIME_CONTENT_ENCODING_BASE64:
        return encoded / 4 * 3;
    default:
        return encoded;
    }
}

bool hasDamagedBase64(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper || g_mime_data_wrapper_get_encoding(wrapper) != GMIME_CONTENT_ENCODING_BASE64)
        return false;
    GMimeStream *stream = g_mime_data_wrapper_get_stream(wrapper);
    g_mime_stream_reset(stream);
    char buffer[16384];
    bool damaged = false;
    bool padding = false;
    for (;;) {
        const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n && !damaged; ++i) {
            const unsigned char c = static_cast<unsigned char>(buffer[i]);
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t')
                continue;
            if (c == '=') {
                padding = true;
                continue;
            }
            const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                  (c >= '0' && c <= '9') || c == '+' || c == '/';
            // Data after the padding, or a byte outside the alphabet.
            damaged = !alphabet || padding;
        }
        if (damaged)
            break;
    }
    g_mime_stream_reset(stream);
    return damaged;
}

} // namespace helpdesk::gmime
