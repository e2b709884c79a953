#include "mail/MailAddress.h"

#include "mail/MailText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

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
    // Keep the echo printable and short so a hostile value cannot break the message.
    return Error::make(Error::Code::InvalidInput,
                       tr("The %1 address \"%2\" is not a valid email address: %3 Correct it and "
                          "try again.")
                           .arg(field, MailText::printable(address, 80), why));
}

bool isHostCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Why a label of an ASCII (IDNA) domain is not a host name label, or empty when it is one.
QString labelProblem(const QByteArray &label)
{
    const QString shown = QString::fromLatin1(label);
    if (label.isEmpty())
        return tr("the domain (after the @) has an empty part: two dots in a row, or a dot at "
                  "its start or end.");
    if (label.size() > 63)
        return tr("the part \"%1\" of the domain (after the @) is %2 characters long; at most 63 "
                  "are allowed.")
            .arg(MailText::printable(shown, 24), QString::number(label.size()));
    if (label.front() == '-' || label.back() == '-')
        return tr("the part \"%1\" of the domain (after the @) starts or ends with a hyphen.")
            .arg(shown);
    if (!std::all_of(label.begin(), label.end(), isHostCharacter))
        return tr("the part \"%1\" of the domain (after the @) may only hold letters, digits and "
                  "hyphens.")
            .arg(shown);
    return {};
}
} // namespace

Result<QByteArray> MailAddress::normalized(const QString &address, const QString &field)
{
    if (address.isEmpty())
        return invalid(field, address, tr("it is empty."));
    if (const auto problem = MailText::findInLine(address, MailText::Rules::Entered))
        return invalid(field, address, tr("it contains %1.").arg(MailText::describe(*problem)));
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (c.isSpace())
            return invalid(field, address,
                           tr("it contains a space or tab at position %1.").arg(i + 1));
        if (c == u'<' || c == u'>')
            return invalid(field, address,
                           tr("it contains angle brackets; enter only name@domain."));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return invalid(field, address, tr("it needs the form name@domain."));

    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    // Local parts are plain ASCII here, so characters are octets (RFC 5321 4.5.3.1.1).
    if (local.size() > 64)
        return invalid(field, address,
                       tr("the local part (before the @) is %1 characters long; at most 64 are "
                          "allowed.")
                           .arg(local.size()));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String("..")))
        return invalid(field, address,
                       tr("the local part (before the @) starts or ends with a dot, or has two "
                          "dots in a row."));
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            return invalid(field, address,
                           tr("the local part (before the @) must be plain ASCII (letters, digits "
                              "and !#$%&'*+-/=?^_`{|}~.)."));
        if (c != u'.' && !isAtext(c.unicode()))
            return invalid(field, address,
                           tr("the local part (before the @) contains \"%1\", which is not "
                              "allowed there.")
                               .arg(c));
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
        // Lengths count the domain as it travels: in IDNA (xn--) form (RFC 5321 4.5.3.1.2).
        // Labels are checked one by one first, so the message can say which one is wrong.
        // (An internationalised label may itself hold an ideographic full stop, so its IDNA
        // form can be more than one label.)
        QList<QByteArray> aceLabels;
        for (const QString &label : domain.split(u'.')) {
            const bool ascii =
                std::all_of(label.begin(), label.end(), [](QChar c) { return c.unicode() < 0x80; });
            const QByteArray ace = ascii ? label.toLatin1() : QUrl::toAce(label);
            if (!ascii && ace.isEmpty())
                return invalid(field, address,
                               tr("the part \"%1\" of the domain (after the @) is not a valid "
                                  "international domain name.")
                                   .arg(MailText::printable(label, 24)));
            aceLabels += ascii ? QList<QByteArray>{ace} : ace.split('.');
        }
        qsizetype aceSize = aceLabels.size() - 1;
        for (const QByteArray &label : std::as_const(aceLabels)) {
            if (const QString problem = labelProblem(label); !problem.isEmpty())
                return invalid(field, address, problem);
            aceSize += label.size();
        }
        if (aceLabels.size() < 2)
            return invalid(field, address,
                           tr("the domain after the @ needs a dot, as in "
                              "example.org."));
        if (aceSize > 255)
            return invalid(field, address,
                           tr("the domain (after the @) is %1 characters long; at most 255 are "
                              "allowed.")
                               .arg(aceSize));
        asciiDomain = QUrl::toAce(domain);
        if (asciiDomain.isEmpty())
            return invalid(field, address,
                           tr("the domain (after the @) is not a valid international domain "
                              "name."));
    }

    QByteArray result = local.toLatin1() + '@' + asciiDomain;
    if (result.size() > 254)
        return invalid(field, address,
                       tr("the whole address is %1 characters long; at most 254 are allowed.")
                           .arg(result.size()));
    return result;
}

} // namespace helpdesk
