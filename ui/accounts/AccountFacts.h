#pragma once
// The account's facts in the panel, as a form: two-step sign-in, last sign-in, failed sign-ins
// in the last 24 hours (red from five), created, email verified, phone.

#include "accounts/AccountOverview.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace helpdesk {

class AccountFacts : public QWidget
{
    Q_OBJECT
public:
    explicit AccountFacts(QWidget *parent = nullptr);

    void setOverview(const AccountOverview &overview);
    // "label: value", a line per fact (what a screen reader reads).
    QString text() const;

private:
    QLabel *addField(const QString &label, const QString &name);

    QFormLayout *m_form;
    QLabel *m_mfa;
    QLabel *m_lastSignIn;
    QLabel *m_failed;
    QLabel *m_created;
    QLabel *m_verified;
    QLabel *m_phone;
};

} // namespace helpdesk
