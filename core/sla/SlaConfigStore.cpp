#include "sla/SlaConfigStore.h"

#include "common/EpochMs.h"
#include "db/Database.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace helpdesk {

Result<SlaConfig> SlaConfigStore::load()
{
    HD_TRY_ASSIGN(const QVariant stored,
                  Database::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                   {QString::fromLatin1(SettingsKey)}));
    if (stored.isNull())
        return SlaConfig::defaults();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("SlaConfig",
                                                       "The stored SLA configuration is not valid "
                                                       "JSON; an administrator must set it again."),
                           parseError.errorString());
    return SlaConfig::fromJson(doc.object());
}

Result<qint64> SlaConfigStore::save(const SlaConfig &config)
{
    HD_TRY(config.validate());
    return WritePath(m_db, Actor::system(), 0).run([&](Recorder &) -> Result<qint64> {
        const QString text =
            QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
        HD_TRY(Database::exec(m_db,
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                             "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {QString::fromLatin1(SettingsKey), text}));

        // The elapsed time is kept as segments, so a new policy applies to tickets in flight.
        QVariantList open;
        for (TicketStatus s : Vocabulary::openStatuses())
            open << Vocabulary::key(s);
        HD_TRY_ASSIGN(QSqlQuery rows,
                      Database::exec(m_db,
                                     QStringLiteral("SELECT id, priority, category, created_at, "
                                                    "sla_segments FROM tickets WHERE status IN "
                                                    "(?, ?, ?, ?)"),
                                     open));
        QList<std::pair<qint64, SlaConfig::Due>> updates;
        while (rows.next()) {
            const auto priority = TicketPriority(qBound(0, rows.value(1).toInt(), 3));
            const auto category = Vocabulary::categoryFromKey(rows.value(2).toString())
                                      .value_or(TicketCategory::Other);
            const QDateTime createdAt = fromEpochMs(rows.value(3));
            const SlaClock clock = SlaConfig::clockOf(rows.value(4).toString(), createdAt);
            updates.append(
                {rows.value(0).toLongLong(), config.dueFor(priority, category, createdAt, clock)});
        }
        rows.finish();
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral(
            "UPDATE tickets SET first_response_due = ?, resolution_due = ? WHERE id = ?"));
        for (const auto &[id, due] : std::as_const(updates)) {
            update.addBindValue(toEpochMs(due.firstResponse));
            update.addBindValue(toEpochMs(due.resolution));
            update.addBindValue(QVariant::fromValue(id));
            if (!update.exec())
                return Database::queryError(update, QStringLiteral("recompute due times"));
        }
        return qint64(updates.size());
    });
}

} // namespace helpdesk
