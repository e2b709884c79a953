#include "knowledge/MacroStore.h"

#include "common/EpochMs.h"
#include "db/Database.h"
#include "mail/TemplateRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MacroStore", text);
}

constexpr int kMaxTitle = 120;
constexpr int kMaxBody = 20'000;

template <typename E, typename FromKey>
Result<std::optional<E>> keyField(const QJsonObject &json, const char *field, FromKey fromKey,
                                  const QString &what)
{
    const QString name = QString::fromLatin1(field);
    if (!json.contains(name))
        return std::optional<E>();
    const QString key = json.value(name).toString();
    if (auto v = fromKey(key))
        return std::optional<E>(*v);
    return Error::make(
        Error::Code::InvalidInput,
        tr("The macro \"%1\" sets %2 to \"%3\", which is not a %2.").arg(what, name, key));
}

Macro macroFrom(const QSqlQuery &q)
{
    Macro m;
    m.id = q.value(0).toLongLong();
    m.key = q.value(1).toString();
    m.title = q.value(2).toString();
    m.body = q.value(3).toString();
    const QJsonObject changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    if (auto c = MacroChanges::fromJson(changes, m.title))
        m.changes = c.value();
    if (!q.value(5).isNull())
        m.ownerId = q.value(5).toLongLong();
    m.updatedAt = fromEpochMs(q.value(6));
    return m;
}

// Words of a text folded as the engines fold them, for matches().
QStringList foldedWords(const QString &text)
{
    QStringList out;
    for (const QString &w : SearchQuery::words(text))
        out.append(w.toCaseFolded());
    return out;
}

bool termIn(const SearchQuery::Term &term, const QStringList &words)
{
    const qsizetype k = term.words.size();
    for (qsizetype i = 0; i + k <= words.size(); ++i) {
        bool match = true;
        for (qsizetype j = 0; j < k && match; ++j) {
            const QString want = term.words.at(j).toCaseFolded();
            match = (term.prefix && j == k - 1) ? words.at(i + j).startsWith(want)
                                                : words.at(i + j) == want;
        }
        if (match)
            return true;
    }
    return false;
}

} // namespace

QJsonObject MacroChanges::toJson() const
{
    QJsonObject o;
    if (status)
        o.insert(QStringLiteral("status"), Vocabulary::key(*status));
    if (priority)
        o.insert(QStringLiteral("priority"), Vocabulary::key(*priority));
    if (category)
        o.insert(QStringLiteral("category"), Vocabulary::key(*category));
    if (assignee)
        o.insert(QStringLiteral("assignee"), *assignee);
    if (!note.trimmed().isEmpty())
        o.insert(QStringLiteral("note"), note.trimmed());
    return o;
}

Result<MacroChanges> MacroChanges::fromJson(const QJsonObject &json, const QString &what)
{
    MacroChanges c;
    HD_TRY_ASSIGN(c.status,
                  keyField<TicketStatus>(json, "status", Vocabulary::statusFromKey, what));
    HD_TRY_ASSIGN(c.priority,
                  keyField<TicketPriority>(json, "priority", Vocabulary::priorityFromKey, what));
    HD_TRY_ASSIGN(c.category,
                  keyField<TicketCategory>(json, "category", Vocabulary::categoryFromKey, what));
    if (json.contains(QStringLiteral("assignee")))
        c.assignee = json.value(QStringLiteral("assignee")).toString();
    c.note = json.value(QStringLiteral("note")).toString();
    return c;
}

Result<QList<Macro>> MacroStore::shipped()
{
    static const Result<QList<Macro>> loaded = []() -> Result<QList<Macro>> {
        QFile f(QStringLiteral(":/helpdesk/knowledge/macros.json"));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::NotFound,
                               tr("The shipped macros are missing from this build."));
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError)
            return Error::make(
                Error::Code::InvalidInput,
                tr("The shipped macros are not valid JSON: %1.").arg(err.errorString()));
        QList<Macro> out;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("macros")).toArray()) {
            const QJsonObject o = v.toObject();
            Macro m;
            m.key = o.value(QStringLiteral("key")).toString();
            m.title = o.value(QStringLiteral("title")).toString();
            m.body = o.value(QStringLiteral("body")).toString();
            HD_TRY_ASSIGN(m.changes, MacroChanges::fromJson(
                                         o.value(QStringLiteral("changes")).toObject(), m.title));
            HD_TRY(validate(m));
            out.append(m);
        }
        return out;
    }();
    return loaded;
}

Result<void> MacroStore::validate(const Macro &m)
{
    if (m.title.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The macro needs a title."));
    if (m.title.size() > kMaxTitle || m.title.contains(u'\n'))
        return Error::make(
            Error::Code::InvalidInput,
            tr("The macro's title must be one line of at most %1 characters.").arg(kMaxTitle));
    if (m.body.size() > kMaxBody)
        return Error::make(
            Error::Code::InvalidInput,
            tr("The macro's reply text is longer than %1 characters.").arg(kMaxBody));
    if (m.body.trimmed().isEmpty() && m.changes.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The macro \"%1\" neither writes a reply nor changes the ticket. "
                              "Give it a reply text or a change.")
                               .arg(m.title));
    HD_TRY(TemplateRenderer::placeholdersIn(m.body, tr("The reply text of \"%1\"").arg(m.title)));
    if (m.changes.status == TicketStatus::New)
        return Error::make(Error::Code::InvalidInput,
                           tr("A macro cannot set a ticket back to New. Choose Open instead."));
    return {};
}

Result<QString> MacroStore::renderBody(const Macro &m, const TemplateValues &values)
{
    MailTemplate t;
    t.key = m.key;
    t.name = m.title;
    t.textBody = m.body;
    HD_TRY_ASSIGN(const RenderedMail out, TemplateRenderer::render(t, values));
    return out.textBody;
}

bool MacroStore::matches(const Macro &m, const SearchQuery &query)
{
    if (query.isEmpty())
        return true;
    const QStringList title = foldedWords(m.title);
    const QStringList body = foldedWords(m.body);
    for (const SearchQuery::Term &t : query.terms())
        if (!termIn(t, title) && !termIn(t, body))
            return false;
    return true;
}

Result<QList<Macro>> MacroStore::available(std::optional<qint64> staffId)
{
    HD_TRY_ASSIGN(const QList<Macro> ship, shipped());
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT id, key, title, body, changes,"
                                                        " owner_id, updated_at FROM macros"
                                                        " WHERE owner_id IS NULL OR owner_id = ?"
                                                        " ORDER BY title, id"),
                                         {staffId ? QVariant::fromValue(*staffId)
                                                  : QVariant(QMetaType::fromType<qint64>())}));
    QList<Macro> rows;
    while (q.next())
        rows.append(macroFrom(q));
    QList<Macro> out;
    for (const Macro &m : ship) {
        const bool edited =
            std::any_of(rows.begin(), rows.end(), [&](const Macro &r) { return r.key == m.key; });
        if (!edited)
            out.append(m);
    }
    out += rows;
    std::stable_sort(out.begin(), out.end(), [](const Macro &a, const Macro &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return out;
}

Result<qint64> MacroStore::save(const Macro &m, const Staff &actor, qint64 nowMs)
{
    HD_TRY(validate(m));
    const bool lead = actor.role != StaffRole::Agent;
    if ((m.isShared() || m.isShipped()) && !lead)
        return Error::make(Error::Code::PermissionDenied,
                           tr("Only a team lead or an admin can change shared macros. Save it as "
                              "your personal macro instead."));
    if (m.ownerId && *m.ownerId != actor.id)
        return Error::make(Error::Code::PermissionDenied,
                           tr("This is someone else's personal macro; you cannot change it."));
    const QString changes =
        QString::fromUtf8(QJsonDocument(m.changes.toJson()).toJson(QJsonDocument::Compact));
    const QVariant owner =
        m.ownerId ? QVariant::fromValue(*m.ownerId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant key =
        m.key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.key);
    const QString body = m.body.isNull() ? QStringLiteral("") : m.body;
    if (m.id == 0) {
        HD_TRY_ASSIGN(
            const QVariant id,
            Database::scalar(m_db,
                             QStringLiteral("INSERT INTO macros (key, title, body, changes,"
                                            " owner_id, updated_by, updated_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             {key, m.title.trimmed(), body, changes, owner,
                              QVariant::fromValue(actor.id), QVariant::fromValue(nowMs)}));
        return id.toLongLong();
    }
    // An edit made from a loaded copy (updatedAt set) changes only that copy: a colleague's
    // save in between is not overwritten silently.
    QString sql = QStringLiteral("UPDATE macros SET title = ?, body = ?, changes = ?,"
                                 " updated_by = ?, updated_at = ? WHERE id = ?");
    QVariantList values{m.title.trimmed(),
                        body,
                        changes,
                        QVariant::fromValue(actor.id),
                        QVariant::fromValue(nowMs),
                        QVariant::fromValue(m.id)};
    if (m.updatedAt.isValid()) {
        sql += QStringLiteral(" AND updated_at = ?");
        values.append(QVariant::fromValue(m.updatedAt.toMSecsSinceEpoch()));
    }
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    if (q.numRowsAffected() == 1)
        return m.id;
    HD_TRY_ASSIGN(const QVariant still,
                  Database::scalar(m_db, QStringLiteral("SELECT id FROM macros WHERE id = ?"),
                                   {QVariant::fromValue(m.id)}));
    if (!still.isValid())
        return Error::make(Error::Code::NotFound,
                           tr("The macro \"%1\" was deleted meanwhile.").arg(m.title));
    return Error::make(Error::Code::Conflict,
                       tr("Someone saved \"%1\" while you were editing it. Open it again to see "
                          "their text, then make your change.")
                           .arg(m.title));
}

Result<void> MacroStore::remove(qint64 id, const Staff &actor)
{
    HD_TRY_ASSIGN(const QVariant owner,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT COALESCE(owner_id, 0) FROM macros"
                                                  " WHERE id = ?"),
                                   {QVariant::fromValue(id)}));
    if (!owner.isValid())
        return Error::make(Error::Code::NotFound, tr("The macro was deleted already."));
    const qint64 ownerId = owner.toLongLong();
    if (ownerId == 0 ? actor.role == StaffRole::Agent : ownerId != actor.id)
        return Error::make(Error::Code::PermissionDenied,
                           tr("Only a team lead or an admin can delete shared macros, and only "
                              "its owner a personal one."));
    HD_TRY(Database::exec(m_db, QStringLiteral("DELETE FROM macros WHERE id = ?"),
                          {QVariant::fromValue(id)}));
    return {};
}

} // namespace helpdesk
