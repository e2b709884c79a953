#include "mail/TemplateStore.h"

#include "db/Database.h"
#include "mail/TemplateRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    auto index = readResource(QStringLiteral("index.json"));
    if (!index)
        return index.error();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(index.value().toUtf8(), &parseError);
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
    auto all = shipped();
    if (!all)
        return all.error();
    for (const MailTemplate &t : all.value())
        if (t.key == key)
            return t;
    return Error::make(Error::Code::NotFound, tr("There is no mail template \"%1\".").arg(key));
}

Result<int> TemplateStore::seedMissing(qint64 nowMs)
{
    auto all = shipped();
    if (!all)
        return all.error();
    int added = 0;
    for (const MailTemplate &t : all.value()) {
        auto inserted = Database::exec(
            m_db,
            QStringLiteral("INSERT INTO templates (") + kColumns +
                QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"),
            {t.key, t.name, t.subject, t.textBody, notNull(t.htmlBody), QVariant::fromValue(nowMs),
             QVariant(QMetaType::fromType<QString>())});
        if (!inserted)
            return inserted.error();
        added += inserted.value().numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

Result<std::optional<MailTemplate>> TemplateStore::load(const QString &key)
{
    auto q = Database::exec(m_db,
                            QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM templates WHERE key = ?"),
                            {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<MailTemplate>();
    return std::optional<MailTemplate>(fromQuery(q.value()));
}

Result<QList<MailTemplate>> TemplateStore::all(qint64 nowMs)
{
    if (auto seeded = seedMissing(nowMs); !seeded)
        return seeded.error();
    auto q = Database::exec(m_db, QStringLiteral("SELECT ") + kColumns +
                                      QStringLiteral(" FROM templates ORDER BY name, key"));
    if (!q)
        return q.error();
    QList<MailTemplate> list;
    while (q.value().next())
        list.append(fromQuery(q.value()));
    return list;
}

Result<MailTemplate> TemplateStore::byKey(const QString &key, qint64 nowMs)
{
    auto found = load(key);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    auto original = shipped(key);
    if (!original)
        return original.error();
    if (auto seeded = seedMissing(nowMs); !seeded)
        return seeded.error();
    found = load(key);
    if (!found)
        return found.error();
    return found.value() ? *found.value() : original.value();
}

Result<MailTemplate> TemplateStore::save(const MailTemplate &t, const QString &updatedBy,
                                         qint64 nowMs)
{
    if (auto valid = TemplateRenderer::validate(t); !valid)
        return valid.error();
    QString name = t.name.trimmed();
    if (name.isEmpty()) {
        auto original = shipped(t.key);
        name = original ? original.value().name : t.key;
    }
    auto saved = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO templates (") + kColumns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                           "name = excluded.name, subject = excluded.subject, text_body = "
                           "excluded.text_body, html_body = excluded.html_body, updated_at = "
                           "excluded.updated_at, updated_by = excluded.updated_by"),
        {t.key, name, t.subject.trimmed(), t.textBody, notNull(t.htmlBody),
         QVariant::fromValue(nowMs),
         updatedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(updatedBy)});
    if (!saved)
        return saved.error();
    auto reloaded = load(t.key);
    if (!reloaded)
        return reloaded.error();
    if (!reloaded.value())
        return Error::make(Error::Code::DatabaseQuery, tr("Saving the mail template failed."));
    return *reloaded.value();
}

Result<MailTemplate> TemplateStore::resetToShipped(const QString &key, const QString &updatedBy,
                                                   qint64 nowMs)
{
    auto original = shipped(key);
    if (!original)
        return original.error();
    return save(original.value(), updatedBy, nowMs);
}

} // namespace helpdesk
