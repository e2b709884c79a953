#include "mail/MailSetupService.h"

#include "db/Database.h"
#include "db/DbWorker.h"
#include "mail/MailLogging.h"
#include "mail/MimeBuilder.h"
#include "mail/SmtpClient.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "settings/Settings.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace helpdesk {

namespace {
QJsonObject describe(const MailSettings &m)
{
    // What an auditor needs to see; the password is never part of it.
    return {{QStringLiteral("host"), m.host},
            {QStringLiteral("port"), m.port},
            {QStringLiteral("security"), MailSettings::securityKey(m.security)},
            {QStringLiteral("user"), m.user},
            {QStringLiteral("from_address"), m.fromAddress},
            {QStringLiteral("from_name"), m.fromName},
            {QStringLiteral("message_id_domain"), m.messageIdDomain},
            {QStringLiteral("allow_plain"), m.allowPlain},
            {QStringLiteral("trusted_cert_sha256"), m.trustedCertSha256}};
}

bool mayBeEmpty(const QString &name)
{
    for (const Placeholder &p : TemplateRenderer::placeholders())
        if (p.name == name)
            return p.mayBeEmpty;
    return false;
}
} // namespace

MailSetupService::MailSetupService(DbWorker *worker, TicketValues ticketValues, QObject *parent)
    : QObject(parent), m_worker(worker), m_ticketValues(std::move(ticketValues)),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<helpdesk::MailTestResult>();
}

MailSetupService::~MailSetupService() = default;

QString MailSetupService::sampleReplyBody()
{
    return tr("[Your reply to the customer appears here.]");
}

QFuture<Result<MailSettings>> MailSetupService::load()
{
    return m_worker->run([](QSqlDatabase &db) {
        Settings settings(db);
        return MailSettings::load(settings);
    });
}

QFuture<Result<MailSettings>> MailSetupService::save(const MailSettings &mail, const Staff &actor)
{
    const qint64 now = m_clock();
    return m_worker->run([mail, actor, now](QSqlDatabase &db) -> Result<MailSettings> {
        if (!maySave(actor))
            return Error::make(Error::Code::PermissionDenied,
                               tr("Only an administrator can change the mail settings. Ask an "
                                  "administrator to make this change."));
        HD_TRY(mail.validate());
        Settings settings(db);
        HD_TRY(WritePath(db, Actor::staff(actor), now).run([&](Recorder &record) -> Result<void> {
            HD_TRY(mail.save(settings));
            return record.audit(QStringLiteral("settings"), 0,
                                QStringLiteral("mail_settings_saved"), describe(mail));
        }));
        return MailSettings::load(settings);
    });
}

QFuture<Result<QList<MailTemplate>>> MailSetupService::templates()
{
    const qint64 now = m_clock();
    return m_worker->run([now](QSqlDatabase &db) { return TemplateStore(db).all(now); });
}

QFuture<Result<TemplatePreview>> MailSetupService::preview(const QString &templateKey,
                                                           qint64 ticketId, const Staff &agent)
{
    return previewOf(templateKey, std::nullopt, ticketId, agent);
}

QFuture<Result<TemplatePreview>> MailSetupService::previewDraft(const MailTemplate &draft,
                                                                qint64 ticketId, const Staff &agent)
{
    return previewOf(draft.key, draft, ticketId, agent);
}

QFuture<Result<TemplatePreview>> MailSetupService::previewOf(const QString &templateKey,
                                                             std::optional<MailTemplate> draft,
                                                             qint64 ticketId, const Staff &agent)
{
    const qint64 now = m_clock();
    return m_worker->run([templateKey, draft, ticketId, agent, now, ticketValues = m_ticketValues](
                             QSqlDatabase &db) -> Result<TemplatePreview> {
        MailTemplate mailTemplate;
        if (draft) {
            mailTemplate = *draft;
        } else {
            HD_TRY_ASSIGN(mailTemplate, TemplateStore(db).byKey(templateKey, now));
        }
        Settings settings(db);
        HD_TRY_ASSIGN(auto mail, MailSettings::load(settings));
        TemplatePreview preview;
        preview.mailTemplate = mailTemplate;
        TemplateValues values;
        if (ticketValues) {
            HD_TRY_ASSIGN(values, ticketValues(db, ticketId, agent));
        }
        values.insert(mail.senderValues());
        values.insert(QStringLiteral("reply.body"), sampleReplyBody());
        preview.sampleNames << QStringLiteral("reply.body");
        // What only the moment of sending knows, as examples (a link is never made up).
        const TemplateValues samples = {
            {QStringLiteral("expires.in"), TemplateRenderer::durationText(60)},
            {QStringLiteral("expires.minutes"), QStringLiteral("60")},
            {QStringLiteral("steps"), tr("1. [The first step still to try]\n2. [The next one]")},
            {QStringLiteral("signin.time"), tr("[when the sign-in happened, UTC]")},
            {QStringLiteral("signin.device"), tr("[the device and browser]")},
            {QStringLiteral("signin.location"), tr("[the city, country and IP address]")},
            {QStringLiteral("mfa.change"), tr("turned on (authenticator app)")}};
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            if (values.contains(it.key()))
                continue;
            values.insert(it.key(), it.value());
            preview.sampleNames << it.key();
        }
        if (auto check = TemplateRenderer::checkForSaving(preview.mailTemplate); !check)
            preview.saveProblem = check.error().message;
        // A draft may not even parse: say why, show it as typed.
        if (auto parsed = TemplateRenderer::placeholdersIn(preview.mailTemplate); !parsed) {
            preview.error = parsed.error().message;
            preview.rendered = {preview.mailTemplate.subject, preview.mailTemplate.textBody,
                                preview.mailTemplate.htmlBody};
            return preview;
        }

        auto rendered = TemplateRenderer::render(preview.mailTemplate, values);
        if (rendered) {
            preview.rendered = rendered.value();
            return preview;
        }
        preview.error = rendered.error().message;
        // Mark each placeholder without a value, and render again to show where they are.
        HD_TRY_ASSIGN(auto used, TemplateRenderer::placeholdersIn(preview.mailTemplate));
        for (const QString &name : used) {
            const auto it = values.constFind(name);
            const bool has = it != values.constEnd() && !it->isNull() &&
                             (mayBeEmpty(name) || !it->trimmed().isEmpty());
            if (has)
                continue;
            const QString braced = QStringLiteral("{{") + name + QStringLiteral("}}");
            preview.missing << braced;
            values.insert(name, tr("[no value: %1]").arg(braced));
            if (name == QLatin1String("link"))
                values.insert(name, QStringLiteral("https://example.invalid/no-link-yet"));
        }
        auto marked = TemplateRenderer::render(preview.mailTemplate, values);
        if (marked)
            preview.rendered = marked.value();
        return preview;
    });
}

namespace {
Error notAnAdmin()
{
    return Error::make(Error::Code::PermissionDenied,
                       QCoreApplication::translate("MailSetupService",
                                                   "Only an administrator can change the mail "
                                                   "templates. Ask an administrator to make this "
                                                   "change; the preview works for everyone."));
}

// One change of a template on the write path: the new text, its version and the audit row.
Result<MailTemplate>
writeTemplate(QSqlDatabase &db, const Staff &actor, qint64 now, const QString &action,
              const std::function<Result<MailTemplate>(TemplateStore &)> &change)
{
    return WritePath(db, Actor::staff(actor), now)
        .run([&](Recorder &record) -> Result<MailTemplate> {
            TemplateStore store(db);
            HD_TRY_ASSIGN(const MailTemplate saved, change(store));
            HD_TRY(record.audit(
                QStringLiteral("template"), 0, action,
                {{QStringLiteral("key"), saved.key}, {QStringLiteral("subject"), saved.subject}}));
            return saved;
        });
}
} // namespace

QFuture<Result<MailTemplate>> MailSetupService::saveTemplate(const MailTemplate &draft,
                                                             const Staff &actor)
{
    const qint64 now = m_clock();
    return m_worker->run([draft, actor, now](QSqlDatabase &db) -> Result<MailTemplate> {
        if (!maySave(actor))
            return notAnAdmin();
        return writeTemplate(
            db, actor, now, QStringLiteral("template_saved"), [&](TemplateStore &store) {
                return store.save(draft, actor.login, now, actor.id, QStringLiteral("edit"));
            });
    });
}

QFuture<Result<MailTemplate>> MailSetupService::revertTemplate(const QString &key,
                                                               const Staff &actor)
{
    const qint64 now = m_clock();
    return m_worker->run([key, actor, now](QSqlDatabase &db) -> Result<MailTemplate> {
        if (!maySave(actor))
            return notAnAdmin();
        return writeTemplate(db, actor, now, QStringLiteral("template_reverted"),
                             [&](TemplateStore &store) {
                                 return store.resetToShipped(key, actor.login, now, actor.id);
                             });
    });
}

QFuture<Result<MailTemplate>> MailSetupService::restoreVersion(qint64 versionId, const Staff &actor)
{
    const qint64 now = m_clock();
    return m_worker->run([versionId, actor, now](QSqlDatabase &db) -> Result<MailTemplate> {
        if (!maySave(actor))
            return notAnAdmin();
        HD_TRY_ASSIGN(const QVariant key,
                      Database::scalar(db,
                                       QStringLiteral("SELECT template_key FROM "
                                                      "template_versions WHERE id = ?"),
                                       {versionId}));
        HD_TRY_ASSIGN(const QList<TemplateVersion> all, TemplateStore(db).versions(key.toString()));
        for (const TemplateVersion &v : all) {
            if (v.id != versionId)
                continue;
            HD_TRY_ASSIGN(MailTemplate t, TemplateStore(db).byKey(v.key, now));
            t.subject = v.subject;
            t.textBody = v.textBody;
            t.htmlBody = v.htmlBody;
            return writeTemplate(
                db, actor, now, QStringLiteral("template_restored"), [&](TemplateStore &store) {
                    return store.save(t, actor.login, now, actor.id, QStringLiteral("restore"));
                });
        }
        return Error::make(Error::Code::NotFound,
                           tr("That version of the template is gone; reload the list."));
    });
}

QFuture<Result<QList<TemplateVersion>>> MailSetupService::versions(const QString &key)
{
    return m_worker->run([key](QSqlDatabase &db) { return TemplateStore(db).versions(key); });
}

QFuture<MailTestResult> MailSetupService::sendTestEmail(const MailSettings &mail,
                                                        const QString &password, const QString &to)
{
    auto promise = std::make_shared<QPromise<MailTestResult>>();
    promise->start();
    QFuture<MailTestResult> future = promise->future();
    const auto finishWith = [promise](MailTestResult result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    const auto refuse = [&finishWith](SmtpError::Kind kind, const Error &error) {
        MailTestResult r;
        r.error = SmtpError::make(kind, error.message, error.detail);
        finishWith(r);
    };

    if (auto valid = mail.validate(); !valid) {
        refuse(SmtpError::Kind::Configuration, valid.error());
        return future;
    }
    if (!mail.user.trimmed().isEmpty() && password.isEmpty()) {
        refuse(SmtpError::Kind::Configuration,
               Error::make(Error::Code::InvalidInput,
                           tr("Enter the password of %1 to send a test email.").arg(mail.user)));
        return future;
    }
    MailMessage message;
    message.from = mail.sender();
    message.to = {MailAddress(to.trimmed())};
    message.subject = tr("Helpdesk test email");
    message.textBody = tr("This is a test email from Helpdesk. If you can read it, the mail "
                          "settings work.\n\nSent through %1 (port %2) on %3.")
                           .arg(mail.host.trimmed())
                           .arg(mail.port)
                           .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    message.htmlBody = QStringLiteral("<p>") +
                       tr("This is a test email from Helpdesk. If you can read it, the mail "
                          "settings work.")
                           .toHtmlEscaped() +
                       QStringLiteral("</p>");
    auto id = MimeBuilder::generateMessageId(mail.effectiveMessageIdDomain());
    if (!id) {
        refuse(SmtpError::Kind::InvalidMessage, id.error());
        return future;
    }
    message.messageId = id.value();
    auto envelope = MimeBuilder(mail.effectiveMessageIdDomain()).buildEnvelope(message);
    if (!envelope) {
        refuse(SmtpError::Kind::InvalidMessage, envelope.error());
        return future;
    }

    SmtpSettings smtp = mail.toSmtpSettings(password);
    smtp.extraCaCertificates = m_extraCas;
    auto *client = new SmtpClient(smtp, this);
    m_testRunning = true;
    auto result = std::make_shared<MailTestResult>();
    connect(client, &SmtpClient::messageFinished, this, [result](const SmtpSendResult &r) {
        result->accepted = r.accepted;
        result->serverReply = r.serverReply;
        result->error = r.error;
    });
    connect(client, &SmtpClient::finished, this, [this, client, result, finishWith] {
        m_testRunning = false;
        if (!result->accepted && !result->error)
            result->error =
                SmtpError::make(SmtpError::Kind::Protocol, tr("The mail relay gave no result."));
        qCDebug(lcMail) << "test email" << (result->accepted ? "accepted" : "failed");
        client->deleteLater(); // not from its own signal's slot
        finishWith(*result);
    });
    client->send({envelope.value()});
    return future;
}

} // namespace helpdesk
