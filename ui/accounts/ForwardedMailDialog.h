#pragma once
// "Check a forwarded email": the agent pastes what the customer forwarded (the whole message or
// just its headers) and learns whether this helpdesk sent it, when the mail relay accepted it,
// what kind of mail it was and the state of its link, or that we never sent it (possible
// phishing). The pasted text is only read for Message-IDs; a link in it is never used.

#include "accounts/ForwardedMailCheck.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace helpdesk {

class AccountService;

class ForwardedMailDialog : public QDialog
{
    Q_OBJECT
public:
    // With a ticket, the verdict is recorded on it (timeline and audit log).
    explicit ForwardedMailDialog(AccountService *service, QWidget *parent = nullptr,
                                 std::optional<qint64> ticketId = std::nullopt);

    void setPastedText(const QString &text);
    // Runs the check on the pasted text (as the Check button does).
    void check();

    bool isBusy() const { return m_busy; }
    const std::optional<ForwardedMailReport> &report() const { return m_report; }
    // The verdict line and the details as shown.
    QString verdictText() const;
    QString detailsText() const;

signals:
    void checked(const helpdesk::ForwardedMailReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<qint64> m_ticketId;
    void showReport(const ForwardedMailReport &report);
    void showError(const QString &message);
    void updateButton();

    AccountService *m_service;
    bool m_busy = false;
    quint64 m_generation = 0;
    std::optional<ForwardedMailReport> m_report;

    QPlainTextEdit *m_paste;
    QPushButton *m_check;
    QLabel *m_verdict;
    QTextBrowser *m_details;
};

} // namespace helpdesk
