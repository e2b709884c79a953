#pragma once
// TemplateStore: the mail templates in the database. The shipped templates (resources/templates,
// compiled in as :/helpdesk/templates/) are copied into the table the first time they are asked
// for, so an admin's edits are kept and a later release can add new ones.

#include "common/Result.h"
#include "mail/Template.h"

#include <QSqlDatabase>

#include <optional>

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

    // Validates (unknown placeholders are refused, naming them), then inserts or updates, and
    // keeps the version: the text it replaces the first time (so the shipped text is never
    // lost), then each saved state, by staffId ("edit", "revert", "restore").
    Result<MailTemplate> save(const MailTemplate &mailTemplate, const QString &updatedBy,
                              qint64 nowMs, std::optional<qint64> staffId = {},
                              const QString &change = QStringLiteral("edit"));
    // Puts the shipped text back.
    Result<MailTemplate> resetToShipped(const QString &key, const QString &updatedBy, qint64 nowMs,
                                        std::optional<qint64> staffId = {});
    // The saved states of a template, newest first.
    Result<QList<TemplateVersion>> versions(const QString &key);

private:
    Result<std::optional<MailTemplate>> load(const QString &key);
    Result<void> addVersion(const MailTemplate &state, qint64 nowMs, std::optional<qint64> staffId,
                            const QString &change);

    QSqlDatabase &m_db;
};

} // namespace helpdesk
