#include "mail/SmtpCapabilities.h"

namespace helpdesk {

SmtpCapabilities SmtpCapabilities::fromEhloReply(const QStringList &lines)
{
    SmtpCapabilities caps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList words = lines[i].split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString keyword = words.takeFirst().toUpper();
        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.sizeAdvertised = true;
            caps.maxSize = words.isEmpty() ? 0 : words.first().toLongLong();
        } else if (keyword == QLatin1String("AUTH") || keyword.startsWith(u"AUTH=")) {
            if (keyword.startsWith(u"AUTH="))
                words.prepend(keyword.mid(5));
            for (const QString &mechanism : std::as_const(words)) {
                if (!caps.authMechanisms.contains(mechanism.toUpper()))
                    caps.authMechanisms.append(mechanism.toUpper());
            }
        }
    }
    return caps;
}

} // namespace helpdesk
