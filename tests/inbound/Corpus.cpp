#include "Corpus.h"

#include "mail/MailText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace helpdesk::test {

QString Corpus::dir()
{
    return QStringLiteral(HELPDESK_INBOUND_CORPUS_DIR);
}

Corpus::Corpus()
{
    QFile file(dir() + QStringLiteral("/manifest.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1").arg(file.fileName());
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        m_error = QStringLiteral("manifest.json: %1").arg(error.errorString());
        return;
    }
    m_root = doc.object();
    m_messages = m_root.value(QStringLiteral("messages")).toArray();
    const QJsonObject lookup = m_root.value(QStringLiteral("lookup")).toObject();
    for (const QJsonValue &v : lookup.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject o = v.toObject();
        KnownMessage k;
        k.direction = o.value(QStringLiteral("direction")).toString() == QStringLiteral("inbound")
                          ? KnownMessage::Direction::Inbound
                          : KnownMessage::Direction::Outgoing;
        if (o.contains(QStringLiteral("ticket")))
            k.ticketId = o.value(QStringLiteral("ticket")).toInteger();
        if (o.contains(QStringLiteral("outbox")))
            k.outboxId = o.value(QStringLiteral("outbox")).toInteger();
        m_known.insert(o.value(QStringLiteral("id")).toString(), k);
    }
    for (const QJsonValue &v : lookup.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject o = v.toObject();
        KnownTicket t;
        t.id = o.value(QStringLiteral("id")).toInteger();
        t.requesterEmail = o.value(QStringLiteral("requester")).toString();
        t.open = o.value(QStringLiteral("open")).toBool(true);
        m_tickets.insert(t.id, t);
    }
    const QJsonObject open = lookup.value(QStringLiteral("openTickets")).toObject();
    for (auto it = open.begin(); it != open.end(); ++it)
        m_openTickets.insert(it.key().toLower(), it.value().toInteger());
}

QByteArray Corpus::raw(const QString &file) const
{
    QFile f(dir() + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString Corpus::text(const QString &file) const
{
    return QString::fromUtf8(raw(file));
}

ClassifierOptions Corpus::classifierOptions() const
{
    const QJsonObject c = m_root.value(QStringLiteral("classifier")).toObject();
    ClassifierOptions o;
    for (const QJsonValue &v : c.value(QStringLiteral("ourMessageIdDomains")).toArray())
        o.ourMessageIdDomains.append(v.toString());
    for (const QJsonValue &v : c.value(QStringLiteral("ourAddresses")).toArray())
        o.ourAddresses.append(v.toString());
    return o;
}

void Corpus::addInbound(const QString &messageId, qint64 ticket)
{
    KnownMessage k;
    k.direction = KnownMessage::Direction::Inbound;
    k.ticketId = ticket;
    m_known.insert(messageId, k);
}

FunctionThreadingLookup Corpus::lookup() const
{
    FunctionThreadingLookup l;
    const auto known = m_known;
    const auto tickets = m_tickets;
    const auto open = m_openTickets;
    l.message = [known](const QString &id) -> Result<std::optional<KnownMessage>> {
        if (!known.contains(id))
            return std::optional<KnownMessage>{};
        return std::optional<KnownMessage>(known.value(id));
    };
    l.ticket = [tickets](qint64 n) -> Result<std::optional<KnownTicket>> {
        if (!tickets.contains(n))
            return std::optional<KnownTicket>{};
        return std::optional<KnownTicket>(tickets.value(n));
    };
    l.openTicket = [tickets, open](const QString &email) -> Result<std::optional<KnownTicket>> {
        const qint64 id = open.value(email.toLower(), 0);
        if (!id || !tickets.contains(id))
            return std::optional<KnownTicket>{};
        return std::optional<KnownTicket>(tickets.value(id));
    };
    return l;
}

QByteArray Corpus::bigMessage(qint64 attachmentBytes)
{
    QByteArray out = "From: Big Sender <big@sender.example>\r\n"
                     "To: support@helpdesk.example.com\r\n"
                     "Subject: Screen recording of the login problem\r\n"
                     "Date: Thu, 23 Jan 2025 10:00:00 +0000\r\n"
                     "Message-ID: <big.1@sender.example>\r\n"
                     "MIME-Version: 1.0\r\n"
                     "Content-Type: multipart/mixed; boundary=\"big-b\"\r\n\r\n"
                     "--big-b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                     "The recording shows what happens when I try to log in.\r\n"
                     "--big-b\r\nContent-Type: video/mp4; name=\"recording.mp4\"\r\n"
                     "Content-Transfer-Encoding: base64\r\n"
                     "Content-Disposition: attachment; filename=\"recording.mp4\"\r\n\r\n";
    // 57 bytes of content per 76-character base64 line.
    QByteArray chunk(57 * 1000, '\0');
    quint32 x = 12345;
    qint64 remaining = attachmentBytes;
    out.reserve(out.size() + attachmentBytes * 4 / 3 + attachmentBytes / 28 + 200);
    while (remaining > 0) {
        const qsizetype n = static_cast<qsizetype>(std::min<qint64>(chunk.size(), remaining));
        for (qsizetype i = 0; i < n; ++i) {
            x = x * 1103515245u + 12345u;
            chunk[i] = static_cast<char>(x >> 24);
        }
        const QByteArray encoded = QByteArray::fromRawData(chunk.constData(), n).toBase64();
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            out += QByteArrayView(encoded).sliced(i, std::min<qsizetype>(76, encoded.size() - i));
            out += "\r\n";
        }
        remaining -= n;
    }
    out += "--big-b--\r\n";
    return out;
}

QString checkOneLineFields(const InboundMessage &m)
{
    QList<std::pair<QString, QString>> fields = {{QStringLiteral("messageId"), m.messageId},
                                                 {QStringLiteral("inReplyTo"), m.inReplyTo},
                                                 {QStringLiteral("from.address"), m.from.address},
                                                 {QStringLiteral("from.name"), m.from.name},
                                                 {QStringLiteral("subject"), m.subject}};
    for (const QString &r : m.references)
        fields.append({QStringLiteral("references"), r});
    for (const auto *list : {&m.to, &m.cc, &m.replyTo}) {
        for (const InboundAddress &a : *list) {
            fields.append({QStringLiteral("address"), a.address});
            fields.append({QStringLiteral("name"), a.name});
        }
    }
    for (const InboundHeader &h : m.headers) {
        fields.append({QStringLiteral("header name"), h.name});
        fields.append({QStringLiteral("header ") + h.name, h.value});
    }
    for (const InboundPart &p : m.parts) {
        fields.append({QStringLiteral("file name"), p.fileName});
        fields.append({QStringLiteral("content id"), p.contentId});
    }
    for (const auto &[name, value] : fields) {
        if (const auto problem = MailText::findInLine(value, MailText::Rules::Entered))
            return name + QStringLiteral(": ") + MailText::describe(*problem);
    }
    if (const auto problem = MailText::findInBody(m.textBody))
        return QStringLiteral("body: ") + MailText::describe(*problem);
    for (const InboundMessage &attached : m.attachedMessages) {
        const QString inner = checkOneLineFields(attached);
        if (!inner.isEmpty())
            return QStringLiteral("attached: ") + inner;
    }
    return {};
}

} // namespace helpdesk::test
