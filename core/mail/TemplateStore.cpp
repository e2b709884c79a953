#include "mail/TemplateStore.h"

#include "db/Database.h"
#include "mail/TemplateRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TemplateStore", text);
}

const QString kResourceDir = QStringLiteral(":/helpdesk/templates/");

// The SQL drivers bind a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Result<QString> readResource(const QString &name)
{
    QFile file(kResourceDir + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::NotFound,
            tr("The shipped mail template file %1 is missing from this build.").arg(name));
    return QString::fromUtf8(file.readAll());
}

Result<QList<MailTemplate>> loadShipped()
{
    HD_TRY_ASSIGN(auto index, readResource(QStringLiteral("index.json")));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(index.toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::Unknown,
                           tr("The list of shipped mail templates is damaged."),
                           parseError.errorString());
    QList<MailTemplate> list;
    const QJsonArray entries = doc.object().value(QStringLiteral("templates")).toArray();
    for (const QJsonValue &entry : entries) {
        MailTemplate t;
        t.key = entry.toObject().value(QStringLiteral("key")).toString();
        t.name = entry.toObject().value(QStringLiteral("name")).toString();
        auto subject = readResource(t.key + QStringLiteral(".subject"));
        auto text = readResource(t.key + QStringLiteral(".txt"));
        auto html = readResource(t.key + QStringLiteral(".html"));
        for (const Result<QString> *r : {&subject, &text, &html})
            if (!r->ok())
                return r->error();
        t.subject = subject.value().trimmed();
        t.textBody = text.value();
        t.htmlBody = html.value();
        if (auto valid = TemplateRenderer::validate(t); !valid)
            return Error::make(Error::Code::Unknown,
                               tr("The shipped mail template %1 is not valid.").arg(t.key),
                               valid.error().message);
        list.append(t);
    }
    return list;
}

MailTemplate fromQuery(const QSqlQuery &q)
{
    MailTemplate t;
    t.key = q.value(0).toString();
    t.name = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.textBody = q.value(3).toString();
    t.htmlBody = q.value(4).toString();
    t.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    t.updatedBy = q.value(6).toString();
    return t;
}

const QString kColumns =
    QStringLiteral("key, name, subject, text_body, html_body, updated_at, updated_by");
} // namespace

Result<QList<MailTemplate>> TemplateStore::shipped()
{
    // The resources never change while the program runs: parse them once.
    static const Result<QList<MailTemplate>> cache = loadShipped();
    return cache;
}

Result<MailTemplate> TemplateStore::shipped(const QString &key)
{
    HD_TRY_ASSIGN(auto all, shipped());
    for (const MailTemplate &t : all)
        if (t.key == key)
            return t;
    return Error::make(Error::Code::NotFound, tr("There is no mail template \"%1\".").arg(key));
}

Result<int> TemplateStore::seedMissing(qint64 nowMs)
{
    HD_TRY_ASSIGN(auto all, shipped());
    // Only the missing ones are written: on a shared deployment only administrators may write
    // templates, and every other client finds them there already (migrate seeds them).
    // A template nobody edited (updated_by NULL) follows the shipped text, so that a fixed
    // wording reaches existing databases; an administrator's edit is never overwritten.
    QSet<QString> present;
    QHash<QString, MailTemplate> unedited;
    {
        HD_TRY_ASSIGN(auto q, Database::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                                       QStringLiteral(" FROM templates")));
        while (q.next()) {
            const MailTemplate row = fromQuery(q);
            present.insert(row.key);
            if (q.value(6).isNull())
                unedited.insert(row.key, row);
        }
    }
    int added = 0;
    for (const MailTemplate &t : all) {
        if (const auto it = unedited.constFind(t.key); it != unedited.constEnd()) {
            if (it->subject == t.subject && it->textBody == t.textBody &&
                it->htmlBody == t.htmlBody)
                continue;
            HD_TRY(Database::exec(
                m_db,
                QStringLiteral("UPDATE templates SET subject = ?, text_body = ?, "
                               "html_body = ?, updated_at = ? WHERE key = ? "
                               "AND updated_by IS NULL"),
                {t.subject, t.textBody, notNull(t.htmlBody), QVariant::fromValue(nowMs), t.key}));
            continue;
        }
        if (present.contains(t.key))
            continue;
        HD_TRY_ASSIGN(
            auto inserted,
            Database::exec(
                m_db,
                QStringLiteral("INSERT INTO templates (") + kColumns +
                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"),
                {t.key, t.name, t.subject, t.textBody, notNull(t.htmlBody),
                 QVariant::fromValue(nowMs), QVariant(QMetaType::fromType<QString>())}));
        added += inserted.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

Result<std::optional<MailTemplate>> TemplateStore::load(const QString &key)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT ") + kColumns +
                                             QStringLiteral(" FROM templates WHERE key = ?"),
                                         {key}));
    if (!q.next())
        return std::optional<MailTemplate>();
    return std::optional<MailTemplate>(fromQuery(q));
}

Result<QList<MailTemplate>> TemplateStore::all(qint64 nowMs)
{
    HD_TRY(seedMissing(nowMs));
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                           QStringLiteral(" FROM templates ORDER BY name, key")));
    QList<MailTemplate> list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

Result<MailTemplate> TemplateStore::byKey(const QString &key, qint64 nowMs)
{
    HD_TRY_ASSIGN(const auto found, load(key));
    if (found)
        return *found;
    HD_TRY_ASSIGN(const MailTemplate original, shipped(key));
    HD_TRY(seedMissing(nowMs));
    HD_TRY_ASSIGN(const auto seeded, load(key));
    return seeded ? *seeded : original;
}

Result<void> TemplateStore::addVersion(const MailTemplate &state, qint64 nowMs,
                                       std::optional<qint64> staffId, const QString &change)
{
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO template_versions (template_key, subject, text_body, "
                       "html_body, changed_by, changed_at, change) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {state.key, state.subject, state.textBody, notNull(state.htmlBody),
         staffId ? QVariant::fromValue(*staffId) : QVariant(QMetaType::fromType<qint64>()),
         QVariant::fromValue(nowMs), change}));
    return {};
}

Result<QList<TemplateVersion>> TemplateStore::versions(const QString &key)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT v.id, v.template_key, v.subject, "
                                                        "v.text_body, v.html_body, "
                                                        "COALESCE(v.changed_by, 0), "
                                                        "COALESCE(s.display_name, ''), "
                                                        "v.changed_at, v.change FROM "
                                                        "template_versions v LEFT JOIN staff s "
                                                        "ON s.id = v.changed_by WHERE "
                                                        "v.template_key = ? ORDER BY v.id DESC"),
                                         {key}));
    QList<TemplateVersion> list;
    while (q.next()) {
        TemplateVersion v;
        v.id = q.value(0).toLongLong();
        v.key = q.value(1).toString();
        v.subject = q.value(2).toString();
        v.textBody = q.value(3).toString();
        v.htmlBody = q.value(4).toString();
        v.changedById = q.value(5).toLongLong();
        v.changedByName = q.value(6).toString();
        v.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        v.change = q.value(8).toString();
        list.append(v);
    }
    return list;
}

Result<MailTemplate> TemplateStore::save(const MailTemplate &t, const QString &updatedBy,
                                         qint64 nowMs, std::optional<qint64> staffId,
                                         const QString &change)
{
    HD_TRY(TemplateRenderer::checkForSaving(t));
    // The text this save replaces is kept the first time, so the history starts where the
    // editing did.
    HD_TRY_ASSIGN(const auto current, load(t.key));
    if (current) {
        HD_TRY_ASSIGN(const QVariant kept,
                      Database::scalar(m_db,
                                       QStringLiteral("SELECT COUNT(*) FROM template_versions "
                                                      "WHERE template_key = ?"),
                                       {t.key}));
        if (kept.toInt() == 0)
            HD_TRY(addVersion(*current, current->updatedAt.toMSecsSinceEpoch(), std::nullopt,
                              QStringLiteral("before_edit")));
    }
    QString name = t.name.trimmed();
    if (name.isEmpty()) {
        auto original = shipped(t.key);
        name = original ? original.value().name : t.key;
    }
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO templates (") + kColumns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                           "name = excluded.name, subject = excluded.subject, text_body = "
                           "excluded.text_body, html_body = excluded.html_body, updated_at = "
                           "excluded.updated_at, updated_by = excluded.updated_by"),
        {t.key, name, t.subject.trimmed(), t.textBody, notNull(t.htmlBody),
         QVariant::fromValue(nowMs),
         updatedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(updatedBy)}));
    HD_TRY_ASSIGN(auto reloaded, load(t.key));
    if (!reloaded)
        return Error::make(Error::Code::DatabaseQuery, tr("Saving the mail template failed."));
    HD_TRY(addVersion(*reloaded, nowMs, staffId, change));
    return *reloaded;
}

Result<MailTemplate> TemplateStore::resetToShipped(const QString &key, const QString &updatedBy,
                                                   qint64 nowMs, std::optional<qint64> staffId)
{
    HD_TRY_ASSIGN(auto original, shipped(key));
    return save(original, updatedBy, nowMs, staffId, QStringLiteral("revert"));
}

} // namespace helpdesk
