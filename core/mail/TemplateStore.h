#pragma once
// TemplateStore: the mail templates in the database. The shipped templates (resources/templates,
// compiled in as :/helpdesk/templates/) are copied into the table the first time they are asked
// for, so an admin's edits are kept and a later release can add new ones.

#include "common/Result.h"
#include "mail/Template.h"

#include <QSqlDatabase>

namespace helpdesk {

class TemplateStore
{
public:
    explicit TemplateStore(QSqlDatabase &db) : m_db(db) {}

    // The templates as shipped, read from the resources (no database involved).
    static Result<QList<MailTemplate>> shipped();
    static Result<MailTemplate> shipped(const QString &key);

    // Copies shipped templates the table does not have yet, and brings the ones nobody edited
    // (updated_by NULL) up to the shipped text; returns how many were added.
    Result<int> seedMissing(qint64 nowMs);

    // All templates, by name (seeding first).
    Result<QList<MailTemplate>> all(qint64 nowMs);
    // One template; a shipped one missing from the table is seeded. NotFound otherwise.
    Result<MailTemplate> byKey(const QString &key, qint64 nowMs);

    // Validates (unknown placeholders are refused, naming them), then inserts or updates.
    Result<MailTemplate> save(const MailTemplate &mailTemplate, const QString &updatedBy,
                              qint64 nowMs);
    // Puts the shipped text back.
    Result<MailTemplate> resetToShipped(const QString &key, const QString &updatedBy, qint64 nowMs);

private:
    Result<std::optional<MailTemplate>> load(const QString &key);

    QSqlDatabase &m_db;
};

} // namespace helpdesk
