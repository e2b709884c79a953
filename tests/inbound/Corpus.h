#pragma once
// The inbound corpus (tests/inbound/corpus): its manifest, the messages, a ThreadingLookup
// answering from the manifest's "lookup" table, and the generated 30 MB message.

#include "inbound/MailClassifier.h"
#include "inbound/Threading.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace helpdesk::test {

class Corpus
{
public:
    // Loads corpus/manifest.json; QFAIL-free: check isValid() and error().
    Corpus();

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    static QString dir();

    const QJsonArray &messages() const { return m_messages; }
    const QJsonObject &root() const { return m_root; }
    QByteArray raw(const QString &file) const;
    QString text(const QString &file) const; // outbox-*.txt
    ClassifierOptions classifierOptions() const;

    // A lookup over the manifest's tables, with an extra inbound Message-ID when asked.
    FunctionThreadingLookup lookup() const;
    void addInbound(const QString &messageId, qint64 ticket);

    // A customer's mail with a base64 attachment of attachmentBytes (deterministic content).
    static QByteArray bigMessage(qint64 attachmentBytes);

private:
    QString m_error;
    QJsonObject m_root;
    QJsonArray m_messages;
    QHash<QString, KnownMessage> m_known;
    QHash<qint64, KnownTicket> m_tickets;
    QHash<QString, qint64> m_openTickets;
};

// Every one-line field of a parsed message passes MailText's Entered rules; "" when so, else
// which field failed.
QString checkOneLineFields(const InboundMessage &message);

} // namespace helpdesk::test
