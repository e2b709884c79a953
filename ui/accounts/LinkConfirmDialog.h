#pragma once
// The question before a one-time link goes to a customer: to whom, what the link does and how
// long it works, which ticket the mail is recorded on (chosen here when the action was started
// outside a ticket, or "no ticket" on purpose), and what else it changes — the links of that
// kind that still work are revoked, naming their tickets and a troubleshooting run waiting for
// one of them.

#include "accounts/Account.h"
#include "accounts/LinkPreview.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;

namespace helpdesk {

class AccountService;

class LinkConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    // ticketId: the ticket the panel was opened from; without one the dialog asks.
    LinkConfirmDialog(const Account &account, const QString &displayName,
                      std::optional<qint64> ticketId, const LinkPreview &preview,
                      QWidget *parent = nullptr);

    // Reads what the link would do (off the GUI thread), then opens the dialog (deleted on
    // close) and hands it to opened(); failed(message) when the preview could not be read.
    static void ask(AccountService *service, TokenKind kind, const Account &account,
                    const QString &displayName, std::optional<qint64> ticketId, QWidget *parent,
                    std::function<void(LinkConfirmDialog *)> opened,
                    std::function<void(const QString &)> failed);

    // The ticket the agent chose to record the action on; nullopt for "no ticket".
    std::optional<qint64> ticketId() const;

    // The text of the warnings, for tests and screen readers (empty when there are none).
    QString warningText() const { return m_warningText; }

private:
    std::optional<qint64> m_fixedTicket;
    QComboBox *m_ticketChoice = nullptr;
    QString m_warningText;
};

} // namespace helpdesk
