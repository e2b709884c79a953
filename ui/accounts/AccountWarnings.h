#pragma once
// What the account panel warns about first: why the account is locked or suspended (by whom,
// since when, and who may lift it), and suspicious activity with its reasons, newest first.

#include "accounts/AccountOverview.h"

#include <QHash>
#include <QSet>
#include <QWidget>

namespace helpdesk {

class AccountNoticeBox;

class AccountWarnings : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWarnings(QWidget *parent = nullptr);

    // staffNames: login -> display name, for who locked it. Returns the sign-ins the
    // suspicious activity is about (for marking them in the history).
    QSet<qint64> setOverview(const AccountOverview &overview,
                             const QHash<QString, QString> &staffNames);

private:
    AccountNoticeBox *m_lock;
    AccountNoticeBox *m_flags;
};

} // namespace helpdesk
