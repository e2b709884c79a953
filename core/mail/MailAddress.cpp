#include "mail/MailAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MailAddress", text);
}

bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

Error invalid(const QString &field, const QString &address, const QString &why)
{
    // Keep the echo of the input printable so a hostile value cannot break the message.
    QString shown = address;
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return Error::make(Error::Code::InvalidInput,
                       tr("The %1 address \"%2\" is not a valid email address: %3 Correct it and "
                          "try again.")
                           .arg(field, shown, why));
}

bool isValidHostLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    for (char c : label) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

Result<QByteArray> MailAddress::normalized(const QString &address, const QString &field)
{
    if (address.isEmpty())
        return invalid(field, address, tr("it is empty."));
    for (QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            return invalid(field, address,
                           tr("it contains spaces, line breaks or control "
                              "characters."));
        if (c == u'<' || c == u'>')
            return invalid(field, address,
                           tr("it contains angle brackets; enter only name@domain."));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return invalid(field, address, tr("it needs the form name@domain."));

    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > 64)
        return invalid(field, address, tr("the part before the @ is longer than 64 characters."));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String("..")))
        return invalid(field, address, tr("the part before the @ has a misplaced dot."));
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            return invalid(field, address,
                           tr("the part before the @ must be plain ASCII (letters, digits and "
                              "!#$%&'*+-/=?^_`{|}~.)."));
        if (c != u'.' && !isAtext(c.unicode()))
            return invalid(field, address,
                           tr("the part before the @ contains a character that is not allowed."));
    }

    QByteArray asciiDomain;
    if (domain.startsWith(u'[')) {
        if (!domain.endsWith(u']'))
            return invalid(field, address, tr("the address literal after the @ is not closed."));
        const QString literal = domain.mid(1, domain.size() - 2);
        bool ok = false;
        if (literal.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
            QHostAddress host;
            ok =
                host.setAddress(literal.mid(5)) && host.protocol() == QAbstractSocket::IPv6Protocol;
        } else {
            static const QRegularExpression dotted(
                QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
            QHostAddress host;
            ok = dotted.match(literal).hasMatch() && host.setAddress(literal) &&
                 host.protocol() == QAbstractSocket::IPv4Protocol;
        }
        if (!ok)
            return invalid(field, address,
                           tr("the address literal after the @ is not an IP "
                              "address."));
        asciiDomain = domain.toLatin1();
    } else {
        asciiDomain = QUrl::toAce(domain);
        if (asciiDomain.isEmpty())
            return invalid(field, address, tr("the domain after the @ is not a valid name."));
        if (!asciiDomain.contains('.'))
            return invalid(field, address,
                           tr("the domain after the @ needs a dot, as in "
                              "example.org."));
        if (asciiDomain.size() > 253)
            return invalid(field, address, tr("the domain after the @ is too long."));
        for (const QByteArray &label : asciiDomain.split('.')) {
            if (!isValidHostLabel(label))
                return invalid(field, address, tr("the domain after the @ is not a valid name."));
        }
    }

    QByteArray result = local.toLatin1() + '@' + asciiDomain;
    if (result.size() > 254)
        return invalid(field, address, tr("it is longer than 254 characters."));
    return result;
}

} // namespace helpdesk
