#pragma once
// The database the ingest tests start from: the corpus manifest's "ingestFixture" (tickets 1042
// and 1100, the outbox rows our mails were sent as, an earlier inbound message, the sender's
// mail settings) written into a fresh, migrated database.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace helpdesk::test {

class Corpus;

// False with *error when a row could not be written.
bool seedIngestFixture(QSqlDatabase &db, const Corpus &corpus, QString *error);

} // namespace helpdesk::test
