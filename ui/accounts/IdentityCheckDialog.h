#pragma once
// The recovery checklist on a ticket: which identity checks were done, by whom, with what
// result, and whether they add up to a verified identity (VerificationRule). The agent records
// one check at a time; the dialog stays open so that a second check follows the first.

#include "accounts/Account.h"
#include "accounts/IdentityCheck.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace helpdesk {

class AccountService;

class IdentityCheckDialog : public QDialog
{
    Q_OBJECT
public:
    IdentityCheckDialog(AccountService *service, qint64 ticketId, const Account &account,
                        QWidget *parent = nullptr);

    // The form, for the keyboard and for tests.
    void setMethod(VerificationMethod method);
    void setPassed(bool passed);
    void setNote(const QString &note);
    // Records the check in the form (as the Record button does).
    void record();

    bool isBusy() const { return m_busy; }
    bool isMethodAvailable(VerificationMethod method) const;
    const VerificationState &state() const { return m_state; }
    QString summaryText() const;
    QString errorText() const;
    int checkCount() const;

signals:
    // A check was recorded (the account panel reloads).
    void recorded(const helpdesk::VerificationState &state);
    void stateLoaded();

private:
    void load();
    void showState(const VerificationState &state);
    void setBusy(bool busy);
    void updateButtons();

    AccountService *m_service;
    qint64 m_ticketId;
    Account m_account;
    VerificationState m_state;
    bool m_busy = false;

    QLabel *m_summary;
    QTreeWidget *m_checks;
    QButtonGroup *m_methods;
    QHash<int, QRadioButton *> m_methodButtons;
    QRadioButton *m_passed;
    QRadioButton *m_failed;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_record;
};

} // namespace helpdesk
