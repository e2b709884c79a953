#pragma once
// MailSetupService: what the mail settings page needs. Loads and saves the mail settings
// (saving is for administrators only, and audited), lists the templates, previews a template
// with a real ticket's values, and sends a test email straight to the relay, bypassing the
// outbox, so that the admin sees the exact failure at once. Database work runs on the
// DbWorker; the test email runs on this object's thread without blocking it.

#include "common/Result.h"
#include "mail/MailSettings.h"
#include "mail/SmtpError.h"
#include "mail/Template.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QStringList>

#include <functional>
#include <optional>

namespace helpdesk {

class DbWorker;

// A template filled in for the preview.
struct TemplatePreview
{
    MailTemplate mailTemplate;
    // The rendered mail. Placeholders without a value are shown as "[no value: {{name}}]",
    // so that the admin sees where they are.
    RenderedMail rendered;
    QStringList missing;     // "{{link}}", ...: sending this would be refused
    QString error;           // the renderer's message about them; empty when it could be sent
    QStringList sampleNames; // placeholders filled with an example, not a real value
    // Why this text could not be saved (an unknown placeholder, one this mail never has a
    // value for); empty when it could.
    QString saveProblem;
};

// The outcome of "Send test email".
struct MailTestResult
{
    bool accepted = false;
    QString serverReply;            // the relay's last reply
    std::optional<SmtpError> error; // why not, with the certificate for TlsFailed
};

class MailSetupService : public QObject
{
    Q_OBJECT
public:
    // The values a preview fills in for ticket ticketId (0: none) written by agent: customer.*,
    // ticket.* and agent.*; the sender's company.name is added here. The tickets layer gives
    // them (TicketMailValues::forPreview); runs on the worker thread.
    using TicketValues = std::function<Result<TemplateValues>(QSqlDatabase &db, qint64 ticketId,
                                                              const Staff &agent)>;

    MailSetupService(DbWorker *worker, TicketValues ticketValues, QObject *parent = nullptr);
    ~MailSetupService() override;

    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    // Extra CA certificates trusted for the test email (tests; the app trusts the system CAs
    // plus a pinned fingerprint only).
    void setExtraCaCertificates(QList<QSslCertificate> certificates)
    {
        m_extraCas = std::move(certificates);
    }

    static bool maySave(const Staff &actor)
    {
        return actor.id > 0 && actor.role == StaffRole::Admin;
    }

    QFuture<Result<MailSettings>> load();
    // Validates and saves as actor (PermissionDenied unless an administrator), with an audit
    // row naming what changed. Passwords are not part of MailSettings: see SecretStore.
    QFuture<Result<MailSettings>> save(const MailSettings &settings, const Staff &actor);

    QFuture<Result<QList<MailTemplate>>> templates();
    // The template with the ticket's values (ticketId 0: none) as written by agent, and an
    // example text for {{reply.body}}.
    QFuture<Result<TemplatePreview>> preview(const QString &templateKey, qint64 ticketId,
                                             const Staff &agent);
    // The same for a text being edited (not saved yet), with the save check's verdict.
    QFuture<Result<TemplatePreview>> previewDraft(const MailTemplate &draft, qint64 ticketId,
                                                  const Staff &agent);

    // The template editor (administrators only, audited; PermissionDenied otherwise): saves a
    // text after TemplateRenderer::checkForSaving, puts the shipped text back, or brings an
    // earlier version back. Every saved state is kept (versions()).
    static bool mayEditTemplates(const Staff &actor) { return maySave(actor); }
    QFuture<Result<MailTemplate>> saveTemplate(const MailTemplate &draft, const Staff &actor);
    QFuture<Result<MailTemplate>> revertTemplate(const QString &templateKey, const Staff &actor);
    QFuture<Result<MailTemplate>> restoreVersion(qint64 versionId, const Staff &actor);
    QFuture<Result<QList<TemplateVersion>>> versions(const QString &templateKey);

    // Sends one short message to `to` with these settings (saved or not) and password. The
    // future finishes when the relay has answered, or failed.
    QFuture<MailTestResult> sendTestEmail(const MailSettings &settings, const QString &password,
                                          const QString &to);
    bool isTestRunning() const { return m_testRunning; }

    // The example value of {{reply.body}} in previews.
    static QString sampleReplyBody();

private:
    QFuture<Result<TemplatePreview>> previewOf(const QString &templateKey,
                                               std::optional<MailTemplate> draft, qint64 ticketId,
                                               const Staff &agent);

    DbWorker *m_worker;
    TicketValues m_ticketValues;
    std::function<qint64()> m_clock;
    QList<QSslCertificate> m_extraCas;
    bool m_testRunning = false;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::MailTestResult)
