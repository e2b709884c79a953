#pragma once
// Internal to core/inbound: GMime's one-time set-up, owning pointers for GObjects, and text
// conversion from a part's charset. Include only from .cpp files (it pulls in GLib).

// GIO names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace helpdesk::gmime {

// g_mime_init() on first use, g_mime_shutdown() at exit; safe from any thread.
void ensureInitialized();

struct ObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using Ref = std::unique_ptr<T, ObjectUnref>;

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
using CString = std::unique_ptr<char, GFree>;

// A C string from GMime (UTF-8, may be null) as a QString.
inline QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

struct Decoded
{
    QString text;
    bool bestEffort = false; // the charset was unknown or the bytes did not fit it
    QString usedCharset;     // what the bytes were read as
};

// bytes in `charset` (a MIME charset name, any case; empty: undeclared) as Unicode. Supersets
// are used where mail programs label text with the smaller set: GB2312 -> GBK,
// Shift_JIS -> CP932, ISO-8859-1 and US-ASCII -> Windows-1252 (after UTF-8 was tried).
Decoded toUnicode(const QByteArray &bytes, const QByteArray &charset);

// The decoded (transfer encoding undone) bytes of a leaf part.
QByteArray content(GMimePart *part);
// Their size, without keeping them.
qint64 contentSize(GMimePart *part);
// The size the encoded content will have once decoded, estimated from the encoded length.
qint64 estimatedSize(GMimePart *part);
// Whether base64 content holds bytes outside the base64 alphabet (damaged in transit).
bool hasDamagedBase64(GMimePart *part);

} // namespace helpdesk::gmime
