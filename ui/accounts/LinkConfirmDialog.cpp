#include "accounts/LinkConfirmDialog.h"

#include "accounts/AccountService.h"
#include "common/Futures.h"
#include "common/TimeText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {

QString ticketText(const LinkPreview::TicketRef &t)
{
    return LinkConfirmDialog::tr("#%1 “%2”").arg(t.id).arg(t.subject);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LinkConfirmDialog::LinkConfirmDialog(const Account &account, const QString &displayName,
                                     std::optional<qint64> ticketId, const LinkPreview &preview,
                                     QWidget *parent)
    : QDialog(parent), m_fixedTicket(ticketId)
{
    const bool reset = preview.kind == TokenKind::Reset;
    setObjectName(QStringLiteral("linkConfirmDialog"));
    setWindowTitle(reset ? tr("Send Password-Reset Link") : tr("Send Activation Link"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = wrapped(reset ? tr("Send a password-reset link to %1?").arg(displayName)
                                  : tr("Send an activation link to %1?").arg(displayName),
                            this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    const QString expiry = TimeText::duration(qint64(preview.expiryMinutes) * 60'000);
    layout->addWidget(wrapped(
        reset ? tr("Helpdesk emails %1 a link that lets the customer choose a new password. The "
                   "link works once and expires after %2.")
                    .arg(account.email, expiry)
              : tr("Helpdesk emails %1 a link that activates the account. The link works once "
                   "and expires after %2.")
                    .arg(account.email, expiry),
        this));

    QStringList warnings;
    for (const LinkPreview::Outstanding &o : preview.outstanding) {
        const QString when = TimeText::dateTime(o.token.issuedAt);
        warnings << (o.ticket ? tr("The link sent %1 on ticket %2 still works; the new link "
                                   "replaces it and the old one stops working.")
                                    .arg(when, ticketText(*o.ticket))
                              : tr("The link sent %1 without a ticket still works; the new link "
                                   "replaces it and the old one stops working.")
                                    .arg(when));
        if (o.run && o.ticket && !o.run->stepTitle.isEmpty())
            warnings << (o.run->paused ? tr("The troubleshooting run “%1” on ticket #%2 is paused "
                                            "at “%3” and is waiting for that link.")
                                       : tr("The troubleshooting run “%1” on ticket #%2 stands "
                                            "at “%3” and is waiting for that link."))
                            .arg(o.run->flowTitle)
                            .arg(o.ticket->id)
                            .arg(o.run->stepTitle);
        else if (o.run && o.ticket)
            warnings << (o.run->paused ? tr("The troubleshooting run “%1” on ticket #%2 is paused "
                                            "and is waiting for that link.")
                                       : tr("The troubleshooting run “%1” on ticket #%2 is under "
                                            "way and is waiting for that link."))
                            .arg(o.run->flowTitle)
                            .arg(o.ticket->id);
    }
    m_warningText = warnings.join(u'\n');
    if (!warnings.isEmpty()) {
        auto *warning = wrapped(m_warningText, this);
        warning->setObjectName(QStringLiteral("linkWarnings"));
        warning->setAccessibleName(tr("What else this changes"));
        layout->addWidget(warning);
    }

    if (m_fixedTicket) {
        layout->addWidget(wrapped(
            tr("The mail and the link are recorded on ticket #%1.").arg(*m_fixedTicket), this));
    } else {
        auto *form = new QFormLayout;
        m_ticketChoice = new QComboBox(this);
        m_ticketChoice->setObjectName(QStringLiteral("linkTicketChoice"));
        for (const LinkPreview::TicketRef &t : preview.openTickets)
            m_ticketChoice->addItem(ticketText(t), QVariant::fromValue(t.id));
        m_ticketChoice->addItem(tr("No ticket — record it on the account only"), QVariant());
        auto *label = new QLabel(tr("Record on &ticket:"), this);
        label->setBuddy(m_ticketChoice);
        form->addRow(label, m_ticketChoice);
        layout->addLayout(form);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("&Send Link"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendLinkButton"));
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void LinkConfirmDialog::ask(AccountService *service, TokenKind kind, const Account &account,
                            const QString &displayName, std::optional<qint64> ticketId,
                            QWidget *parent, std::function<void(LinkConfirmDialog *)> opened,
                            std::function<void(const QString &)> failed)
{
    whenDone(service->linkPreview(account.id, kind), parent,
             [=](const Result<LinkPreview> &preview) {
                 if (!preview) {
                     failed(preview.error().message);
                     return;
                 }
                 auto *dialog =
                     new LinkConfirmDialog(account, displayName, ticketId, preview.value(), parent);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 opened(dialog);
                 dialog->open();
             });
}

std::optional<qint64> LinkConfirmDialog::ticketId() const
{
    if (m_fixedTicket)
        return m_fixedTicket;
    const QVariant v = m_ticketChoice ? m_ticketChoice->currentData() : QVariant();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

} // namespace helpdesk
