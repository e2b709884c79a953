#include "IngestFixture.h"

#include "Corpus.h"
#include "db/Database.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace helpdesk::test {

namespace {
QVariant ms(qint64 v)
{
    return QVariant::fromValue(v);
}

bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    auto done = Database::exec(db, sql, values);
    if (!done) {
        *error = done.error().message + QStringLiteral(" / ") + done.error().detail;
        return false;
    }
    return true;
}
} // namespace

bool seedIngestFixture(QSqlDatabase &db, const Corpus &corpus, QString *error)
{
    const QJsonObject fixture = corpus.root().value(QStringLiteral("ingestFixture")).toObject();
    Settings settings(db);
    const QJsonObject values = fixture.value(QStringLiteral("settings")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (auto set = settings.setRaw(it.key(), it.value().toString()); !set) {
            *error = set.error().message;
            return false;
        }
    }
    const qint64 created =
        QDateTime::fromString(QStringLiteral("2025-01-10T09:00:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch();
    for (const QJsonValue &v : fixture.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!run(db,
                 QStringLiteral("INSERT INTO tickets (id, subject, requester_email, "
                                "requester_name, category, priority, status, channel, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, 'email', "
                                "?, ?)"),
                 {ms(t.value(QStringLiteral("id")).toInteger()),
                  t.value(QStringLiteral("subject")).toString(),
                  t.value(QStringLiteral("requester")).toString(),
                  t.value(QStringLiteral("name")).toString(),
                  t.value(QStringLiteral("category")).toString(),
                  t.value(QStringLiteral("status")).toString(), ms(created), ms(created)},
                 error))
            return false;
    }
    for (const QJsonValue &v : fixture.value(QStringLiteral("outbox")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 at =
            QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        const QString body = o.contains(QStringLiteral("bodyFile"))
                                 ? corpus.text(o.value(QStringLiteral("bodyFile")).toString())
                                 : o.value(QStringLiteral("body")).toString();
        if (!run(db,
                 QStringLiteral("INSERT INTO outbox (id, ticket_id, template_key, to_address, "
                                "subject, text_body, message_id, status, next_attempt_at, "
                                "created_at, sent_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                "'sent', ?, ?, ?, 1)"),
                 {ms(o.value(QStringLiteral("id")).toInteger()),
                  ms(o.value(QStringLiteral("ticket")).toInteger()),
                  o.value(QStringLiteral("template")).toString(),
                  o.value(QStringLiteral("to")).toString(),
                  o.value(QStringLiteral("subject")).toString(), body,
                  o.value(QStringLiteral("messageId")).toString(), ms(at), ms(at), ms(at + 2000)},
                 error))
            return false;
    }
    int n = 0;
    for (const QJsonValue &v : fixture.value(QStringLiteral("inbound")).toArray()) {
        const QJsonObject i = v.toObject();
        const QString id = i.value(QStringLiteral("messageId")).toString();
        if (!run(db,
                 QStringLiteral("INSERT INTO inbound_messages (received_at, source, raw_sha256, "
                                "raw_size, message_id, dedup_key, outcome, ticket_id) "
                                "VALUES (?, 'pipe', ?, 1, ?, ?, 'created', ?)"),
                 {ms(created), QStringLiteral("fixture-%1").arg(++n), id, id,
                  ms(i.value(QStringLiteral("ticket")).toInteger())},
                 error))
            return false;
    }
    return true;
}

} // namespace helpdesk::test
