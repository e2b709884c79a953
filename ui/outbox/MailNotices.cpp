#include "outbox/MailNotices.h"

#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/Futures.h"
#include "common/MessageBar.h"
#include "mail/MailDelivery.h"
#include "mail/MailSettings.h"
#include "mail/OutboxService.h"

#include <QInputDialog>
#include <QLineEdit>

namespace helpdesk {

MailNotices::MailNotices(AppSession *session, MessageBar *messages, QWidget *window)
    : QObject(window), m_session(session), m_messages(messages), m_window(window)
{
    setObjectName(QStringLiteral("mailNotices"));
    MailDelivery *mail = session->mailDelivery();
    connect(mail, &MailDelivery::problem, this, &MailNotices::showProblem);
    connect(mail, &MailDelivery::passwordNeeded, this,
            [this](const QString &, const Error &reason) { askPassword(reason); });
    connect(mail, &MailDelivery::messageSent, this, [this] {
        // Mail moves again: a delivery problem shown earlier is over.
        if (!m_lastProblem.isEmpty() && m_messages->text() == m_lastProblem)
            m_messages->hide();
        m_lastProblem.clear();
    });
}

void MailNotices::showProblem(const Error &error)
{
    const QString text =
        tr("Mail: %1 The Outbox (%2) shows what waits; an administrator can check the mail "
           "settings (%3).")
            .arg(error.message, ActionCatalog::keyText(u"outbox.show"),
                 ActionCatalog::keyText(u"tools.settings"));
    // One notice per problem, not one per message held back.
    if (text == m_lastProblem && !m_messages->isHidden())
        return;
    m_lastProblem = text;
    m_messages->showMessage(text);
}

void MailNotices::askPassword(const Error &reason)
{
    if (m_prompt)
        return;
    const MailSettings &mail = m_session->mailDelivery()->settings();
    auto *prompt = new QInputDialog(m_window);
    prompt->setObjectName(QStringLiteral("mailPasswordPrompt"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("Mail relay password"));
    prompt->setLabelText(tr("%1\n\nPassword of %2 for the mail relay %3, for this session "
                            "only (it is not written to disk):")
                             .arg(reason.message, mail.user, mail.host));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setOkButtonText(tr("Use for This Session"));
    prompt->setCancelButtonText(tr("Do Not Send Mail"));
    connect(prompt, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        if (password.isEmpty())
            return;
        m_session->mailDelivery()->setSessionPassword(password);
        m_messages->showMessage(tr("The mail relay password is kept for this session only; "
                                   "mail is being sent."),
                                MessageBar::Kind::Information);
    });
    connect(prompt, &QDialog::rejected, this, [this] {
        showProblem(Error::make(Error::Code::Unavailable,
                                tr("Mail is not sent from this computer in this session (no "
                                   "password for the mail relay). It waits in the outbox.")));
    });
    m_prompt = prompt;
    prompt->open();
}

void MailNotices::retry(qint64 outboxId)
{
    whenDone(m_session->outbox()->retry(outboxId), this, [this](const Result<OutboxEntry> &r) {
        if (r)
            m_messages->showMessage(tr("The email to %1 is queued again and is sent in a moment.")
                                        .arg(r.value().to.address),
                                    MessageBar::Kind::Information);
        else if (!r.error().message.isEmpty())
            m_messages->showMessage(r.error().message);
    });
}

} // namespace helpdesk
