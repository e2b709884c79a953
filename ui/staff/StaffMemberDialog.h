#pragma once
// Adding a staff member (Tools › Staff › Add): login, name, email, role and, on PostgreSQL, the
// password of their database login. The dialog stays open with everything typed when the
// database refuses, and says why.

#include "team/StaffAdmin.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helpdesk {

class StaffAdminService;

class StaffMemberDialog : public QDialog
{
    Q_OBJECT
public:
    StaffMemberDialog(StaffAdminService *service, QWidget *parent = nullptr);

signals:
    void added(const QString &login);

private:
    void submit();
    void showError(const QString &message);

    StaffAdminService *m_service;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role;
    QLineEdit *m_password = nullptr;
    QLabel *m_error;
    QPushButton *m_accept;
};

} // namespace helpdesk
