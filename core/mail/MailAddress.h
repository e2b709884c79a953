#pragma once
// MailAddress: one mailbox (an addr-spec and an optional display name) and the checks on it.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace helpdesk {

struct MailAddress
{
    QString address;     // addr-spec, e.g. "anna@example.org"; internationalised domains allowed
    QString displayName; // optional, any text without line breaks

    MailAddress() = default;
    MailAddress(QString addr, QString name = {})
        : address(std::move(addr)), displayName(std::move(name))
    {}

    bool isEmpty() const { return address.isEmpty(); }
    bool operator==(const MailAddress &) const = default;

    // The addr-spec ready for SMTP and headers: ASCII, the domain in IDNA (punycode) form.
    // A practical check, not the full RFC 5322 grammar: dot-atom local part (no quoted local
    // parts, no SMTPUTF8), a domain name with a dot or a bracketed IP literal, and the RFC 5321
    // limits: local part <= 64 octets, each domain label <= 63 and the domain <= 255 in IDNA
    // form, the whole address <= 254. Refuses with InvalidInput and a message naming `field`
    // (already translated, e.g. "To": "The To address ... is not valid: <what exactly>"); the
    // same check serves sending (MimeBuilder) and entry (tickets), so what is stored can be sent.
    static Result<QByteArray> normalized(const QString &address, const QString &field);
};

} // namespace helpdesk
