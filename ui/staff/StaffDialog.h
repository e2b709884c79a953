#pragma once
// Tools › Staff (administrators only): the staff members with their role and whether they may
// sign in; add one, give one another role, disable or enable one. On PostgreSQL each is a
// database login; the database itself refuses anyone but an administrator.

#include "team/StaffAdmin.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace helpdesk {

class MessageBar;
class StaffAdminService;

class StaffDialog : public QDialog
{
    Q_OBJECT
public:
    StaffDialog(StaffAdminService *service, QWidget *parent = nullptr);

    void reload();

private:
    void fill(const QList<StaffListing> &staff);
    QString selectedLogin() const;
    void updateButtons();
    void openAdd();
    void applyRole();
    void setActive(bool active);
    template <typename T> void report(const Result<T> &done, const QString &success);

    StaffAdminService *m_service;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_add;
    QComboBox *m_role;
    QPushButton *m_setRole;
    QPushButton *m_disable;
    QPushButton *m_enable;
    QList<StaffListing> m_staff;
};

} // namespace helpdesk
