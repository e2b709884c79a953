#include "mail/OutboxReplyHook.h"

#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "mail/TicketMailValues.h"
#include "settings/Settings.h"

#include <QDateTime>

namespace helpdesk {

OutboxReplyHook::OutboxReplyHook(std::function<qint64()> clock, std::function<void(qint64)> queued)
    : m_clock(std::move(clock)), m_queued(std::move(queued))
{}

Result<void> OutboxReplyHook::replyAdded(QSqlDatabase &db, const Ticket &ticket, qint64 eventId,
                                         const QString &body, const Staff &actor)
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    auto mailTemplate = TemplateStore(db).byKey(TemplateKeys::TicketReply, now);
    if (!mailTemplate)
        return mailTemplate.error();
    Settings settings(db);
    auto mail = MailSettings::load(settings);
    if (!mail)
        return mail.error();

    TemplateValues values = TicketMailValues::forTicket(ticket, actor, mail.value());
    values.insert(QStringLiteral("reply.body"), body);
    auto rendered = TemplateRenderer::render(mailTemplate.value(), values);
    if (!rendered)
        return rendered.error();

    MailMessage message;
    message.from = mail.value().sender(); // may be empty: the sender fills it in
    message.to = {MailAddress(ticket.requesterEmail, ticket.requesterName)};
    message.subject = rendered.value().subject;
    message.textBody = rendered.value().textBody;
    message.htmlBody = rendered.value().htmlBody;
    EnqueueOptions options;
    options.nowMs = now;
    options.templateKey = TemplateKeys::TicketReply;
    auto id = Outbox::enqueue(db, message, ticket.id, eventId, false, options);
    if (!id)
        return id.error();
    if (m_queued)
        m_queued(id.value());
    return {};
}

} // namespace helpdesk
