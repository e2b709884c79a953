#pragma once
// MailText: the one set of rules for text that ends up in an email (subjects, display names,
// addresses, bodies). MimeBuilder applies them to what it is about to send; ticket entry applies
// the stricter Entered rules to what it is about to store, so stored text can always be sent.

#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace helpdesk {

class MailText
{
public:
    enum class Rules {
        // What the mail builder refuses in a header: CR, LF, the other C0 controls except TAB,
        // and DEL. Text stored before the Entered rules existed still sends.
        Sendable,
        // New input, before it is stored: also the C1 controls (U+0080-U+009F, NEL included),
        // U+2028/U+2029, lone UTF-16 surrogates and U+FFFD, the mark a failed UTF-8 decode
        // leaves (command-line arguments and files are decoded from bytes).
        Entered,
    };

    struct Problem
    {
        enum class Kind { LineBreak, Control, InvalidUtf8, LoneSurrogate };
        Kind kind = Kind::Control;
        char32_t codePoint = 0; // the UTF-16 unit for a lone surrogate
        qsizetype position = 0; // 1-based, in characters (code points)
        qsizetype line = 1;     // 1-based, for text with line breaks
    };

    // The first character of one line of header text that the rules refuse. TAB is allowed:
    // header folding treats it as a space.
    static std::optional<Problem> findInLine(QStringView text, Rules rules);
    // The first character of a body that cannot be stored and sent: NUL, a lone surrogate or
    // U+FFFD. Line breaks and tabs are what bodies are made of.
    static std::optional<Problem> findInBody(QStringView text);

    // "a line break at position 5", "the control character U+000B (vertical tab) at
    // position 3", ... (translated), for a message of the caller's own.
    static QString describe(const Problem &problem, bool withLine = false);

    // InvalidInput naming `field` (translated, lower case, no article: "subject",
    // "requester's name") and saying what is wrong and what to do, e.g. "The requester's name
    // contains a line break at position 4; enter it on one line."
    static Result<void> checkLine(QStringView text, const QString &field, Rules rules);
    static Result<void> checkBody(QStringView text, const QString &field);

    // `text` with every character the Entered rules refuse shown as "?", cut to maxLength
    // characters with "…": safe to quote inside a one-line message.
    static QString printable(QStringView text, qsizetype maxLength = 80);
};

} // namespace helpdesk
