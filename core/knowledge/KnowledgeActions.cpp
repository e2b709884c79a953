#include "knowledge/KnowledgeActions.h"

#include "common/EpochMs.h"
#include "knowledge/Markdown.h"
#include "tickets/TicketStore.h"
#include "troubleshooting/FlowRunStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KnowledgeActions", text);
}

constexpr int kMaxTitle = 200;
constexpr int kMaxBody = 200'000;

Error leadsOnly(const QString &what)
{
    return Error::make(Error::Code::PermissionDenied,
                       tr("Only a team lead or an admin can %1. Save your change as a proposal, "
                          "or ask a lead to do it.")
                           .arg(what));
}

ArticleDraft draftOf(const Article &a)
{
    return ArticleDraft{a.title, a.body, a.category, a.tags, a.audience, a.sourceTicketId};
}

QJsonObject details(const Article &a)
{
    return {{QStringLiteral("article"), double(a.id)},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("audience"), KnowledgeVocabulary::key(a.audience)},
            {QStringLiteral("status"), KnowledgeVocabulary::key(a.status)}};
}

// The first paragraph-sized part of a message, quoted lines and signatures left out.
QString firstPart(const QString &text, int maxChars)
{
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t.startsWith(u'>') || t == QLatin1String("--"))
            break;
        kept.append(t);
    }
    QString out = kept.join(u'\n').trimmed();
    if (out.size() > maxChars)
        out = out.left(maxChars).trimmed() + QStringLiteral("\u2026");
    return out;
}

// Markdown that shows a customer's words as they were: each line quoted, markers escaped.
QString quoted(const QString &text)
{
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        QString escaped;
        for (const QChar c : line) {
            if (QStringLiteral("\\`*_[]#").contains(c))
                escaped += u'\\';
            escaped += c;
        }
        lines.append(escaped);
    }
    return lines.join(u'\n');
}

} // namespace

KnowledgeActions::KnowledgeActions(QSqlDatabase &db, Staff actor, qint64 nowMs)
    : m_db(db), m_staff(actor), m_write(db, Actor::staff(actor), nowMs)
{}

Result<void> KnowledgeActions::validate(const ArticleDraft &d)
{
    if (d.title.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The article needs a title."));
    if (d.title.size() > kMaxTitle || d.title.contains(u'\n') || d.title.contains(u'\r'))
        return Error::make(
            Error::Code::InvalidInput,
            tr("The title must be one line of at most %1 characters.").arg(kMaxTitle));
    if (d.body.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The article has no text. Write the steps the reader should take."));
    if (d.body.size() > kMaxBody)
        return Error::make(Error::Code::InvalidInput,
                           tr("The article is longer than %1 characters. Split it into "
                              "several articles.")
                               .arg(kMaxBody));
    return {};
}

Result<Article> KnowledgeActions::create(const ArticleDraft &draft, bool publish)
{
    HD_TRY(validate(draft));
    if (publish && !mayPublish(m_staff.role))
        return leadsOnly(tr("publish an article"));
    const ArticleStatus status = publish ? ArticleStatus::Published : ArticleStatus::Proposed;
    return m_write.run([&](Recorder &record) -> Result<Article> {
        ArticleStore store(m_db);
        ArticleDraft d = draft;
        d.title = d.title.trimmed();
        HD_TRY_ASSIGN(const qint64 id, store.insert(d, status, record.actor(), record.now(),
                                                    KnowledgeVocabulary::key(status), publish));
        HD_TRY_ASSIGN(const Article a, store.article(id));
        HD_TRY(record.audit(QStringLiteral("kb_article"), id,
                            publish ? QStringLiteral("kb_publish") : QStringLiteral("kb_propose"),
                            details(a)));
        return a;
    });
}

Result<Article> KnowledgeActions::change(
    qint64 id, int expectedVersion, const QString &action,
    const std::function<Result<void>(const Article &, ArticleDraft &, ArticleStatus &, bool &)> &fn)
{
    ArticleStore store(m_db);
    return m_write.run(
        [&]() -> Result<Article> { return store.article(id); },
        [&](const Article &a) -> Result<void> {
            if (a.version == expectedVersion)
                return {};
            return Error::make(
                Error::Code::Conflict,
                tr("%1 changed this article at %2. Reload it and make your "
                   "change again.")
                    .arg(a.updatedByName.isEmpty() ? tr("Someone") : a.updatedByName,
                         QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        },
        [&](Recorder &record, Article &a) -> Result<Article> {
            ArticleDraft d = draftOf(a);
            ArticleStatus status = a.status;
            bool reviewed = false;
            HD_TRY(fn(a, d, status, reviewed));
            HD_TRY(validate(d));
            HD_TRY_ASSIGN(const bool saved,
                          store.update(id, expectedVersion, d, status, record.actor(), record.now(),
                                       action, reviewed));
            if (!saved)
                return Error::make(Error::Code::Conflict,
                                   tr("Someone changed this article just now. "
                                      "Reload it and make your change again."));
            HD_TRY_ASSIGN(const Article now, store.article(id));
            HD_TRY(record.audit(QStringLiteral("kb_article"), id, QStringLiteral("kb_") + action,
                                details(now)));
            return now;
        });
}

Result<Article> KnowledgeActions::edit(qint64 id, int expectedVersion, const ArticleDraft &draft)
{
    return change(id, expectedVersion, QStringLiteral("edit"),
                  [&](const Article &a, ArticleDraft &d, ArticleStatus &, bool &) -> Result<void> {
                      const bool publicNow = a.status == ArticleStatus::Published &&
                                             (a.audience == ArticleAudience::Public ||
                                              draft.audience == ArticleAudience::Public);
                      if (publicNow && !mayPublish(m_staff.role))
                          return leadsOnly(tr("change a published public article"));
                      d = draft;
                      d.title = d.title.trimmed();
                      d.sourceTicketId = a.sourceTicketId;
                      return {};
                  });
}

Result<Article> KnowledgeActions::publish(qint64 id, int expectedVersion)
{
    if (!mayPublish(m_staff.role))
        return leadsOnly(tr("publish an article"));
    return change(
        id, expectedVersion, QStringLiteral("publish"),
        [](const Article &a, ArticleDraft &, ArticleStatus &s, bool &reviewed) -> Result<void> {
            if (a.status == ArticleStatus::Published)
                return Error::make(Error::Code::InvalidInput,
                                   tr("The article is published already."));
            s = ArticleStatus::Published;
            reviewed = true;
            return {};
        });
}

Result<Article> KnowledgeActions::markReviewed(qint64 id, int expectedVersion)
{
    if (!mayPublish(m_staff.role))
        return leadsOnly(tr("mark an article as reviewed"));
    return change(
        id, expectedVersion, QStringLiteral("review"),
        [](const Article &, ArticleDraft &, ArticleStatus &, bool &reviewed) -> Result<void> {
            reviewed = true;
            return {};
        });
}

Result<Article> KnowledgeActions::archive(qint64 id, int expectedVersion)
{
    if (!mayPublish(m_staff.role))
        return leadsOnly(tr("archive an article"));
    return change(id, expectedVersion, QStringLiteral("archive"),
                  [](const Article &a, ArticleDraft &, ArticleStatus &s, bool &) -> Result<void> {
                      if (a.status == ArticleStatus::Archived)
                          return Error::make(Error::Code::InvalidInput,
                                             tr("The article is archived already."));
                      s = ArticleStatus::Archived;
                      return {};
                  });
}

Result<Article> KnowledgeActions::restore(qint64 id, int expectedVersion, int oldVersion)
{
    HD_TRY_ASSIGN(const ArticleVersion old, ArticleStore(m_db).version(id, oldVersion));
    return change(id, expectedVersion, QStringLiteral("restore"),
                  [&](const Article &a, ArticleDraft &d, ArticleStatus &, bool &) -> Result<void> {
                      const bool publicNow = a.status == ArticleStatus::Published &&
                                             (a.audience == ArticleAudience::Public ||
                                              old.audience == ArticleAudience::Public);
                      if (publicNow && !mayPublish(m_staff.role))
                          return leadsOnly(tr("change a published public article"));
                      d.title = old.title;
                      d.body = old.body;
                      d.category = old.category;
                      d.tags = old.tags;
                      d.audience = old.audience;
                      return {};
                  });
}

Result<qint64> KnowledgeActions::recordUse(qint64 articleId, qint64 ticketId)
{
    return m_write.run([&](Recorder &record) -> Result<qint64> {
        ArticleStore store(m_db);
        HD_TRY_ASSIGN(const Article a, store.article(articleId));
        HD_TRY(TicketStore(m_db).ticket(ticketId));
        const QJsonObject data = {{QStringLiteral("article"), double(a.id)},
                                  {QStringLiteral("title"), a.title},
                                  {QStringLiteral("slug"), a.slug}};
        HD_TRY_ASSIGN(const qint64 eventId,
                      record.event(ticketId, TicketEventKind::ArticleUsed,
                                   tr("Used the knowledge article \"%1\".").arg(a.title), data));
        return store.recordUse(a.id, ticketId, record.actor(), eventId, record.now());
    });
}

Result<ArticleDraft> KnowledgeActions::draftFromTicket(qint64 ticketId)
{
    HD_TRY_ASSIGN(const Ticket ticket, TicketStore(m_db).ticket(ticketId));
    if (ticket.status != TicketStatus::Resolved && ticket.status != TicketStatus::Closed)
        return Error::make(Error::Code::InvalidInput,
                           tr("Ticket %1 is not resolved yet. Draft an article once the "
                              "customer's problem is solved.")
                               .arg(ticketId));
    HD_TRY_ASSIGN(const auto events, TicketStore(m_db).events(ticketId));
    QString problem;
    QString resolution;
    for (const TicketEvent &e : events) {
        if (e.kind == QLatin1String("created") && problem.isEmpty())
            problem = firstPart(e.body, 800);
        if (e.kind == QLatin1String("reply"))
            resolution = firstPart(e.body, 1500);
    }
    HD_TRY_ASSIGN(const auto runs, FlowRunStore(m_db).runs(ticketId));
    QStringList steps;
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        if (run->status != FlowRunStatus::Finished)
            continue;
        for (const FlowRunStep &s : run->steps) {
            if (!s.isAnswered() || s.outcome == QLatin1String("finished"))
                continue;
            QString line = s.stepTitle;
            if (!s.outcomeLabel.isEmpty())
                line += QStringLiteral(" \u2014 ") + s.outcomeLabel;
            if (!s.notes.isEmpty())
                line += QStringLiteral(" (") + s.notes + u')';
            steps.append(quoted(line));
        }
        if (run->result == FlowRunResults::Resolved)
            break; // the run that solved it; older ones did not
    }

    QString body = QStringLiteral("## ") + tr("The problem") + QStringLiteral("\n\n") +
                   (problem.isEmpty() ? quoted(ticket.subject) : quoted(problem)) +
                   QStringLiteral("\n\n");
    if (!steps.isEmpty()) {
        body += QStringLiteral("## ") + tr("Steps that worked") + QStringLiteral("\n\n");
        for (int i = 0; i < steps.size(); ++i)
            body += QStringLiteral("%1. %2\n").arg(i + 1).arg(steps.at(i));
        body += u'\n';
    }
    body += QStringLiteral("## ") + tr("The resolution") + QStringLiteral("\n\n") +
            (resolution.isEmpty() ? tr("(Describe what solved it.)") : quoted(resolution)) + u'\n';

    ArticleDraft d;
    d.title = ticket.subject.left(kMaxTitle);
    d.body = body;
    d.category = ticket.category;
    d.audience = ArticleAudience::Internal;
    d.sourceTicketId = ticketId;
    d.tags = {Vocabulary::key(ticket.category)};
    return d;
}

} // namespace helpdesk
