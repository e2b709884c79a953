#include "staff/StaffMemberDialog.h"

#include "common/Futures.h"
#include "team/StaffAdminService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

StaffMemberDialog::StaffMemberDialog(StaffAdminService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_email(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("staffMemberDialog"));
    setWindowTitle(tr("Add Staff Member"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login->setObjectName(QStringLiteral("staffLoginEdit"));
    m_login->setPlaceholderText(tr("e.g. maria.k"));
    m_name->setObjectName(QStringLiteral("staffNameEdit"));
    m_email->setObjectName(QStringLiteral("staffEmailEdit"));
    m_role->setObjectName(QStringLiteral("staffRoleCombo"));
    for (StaffRole r : {StaffRole::Agent, StaffRole::Lead, StaffRole::Admin})
        m_role->addItem(StaffRoles::label(r), StaffRoles::key(r));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    if (m_service->managesLogins()) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("staffPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(
            tr("At least %1 characters").arg(StaffAdmin::MinimumPasswordLength));
        form->addRow(tr("&Password:"), m_password);
    }
    layout->addLayout(form);
    if (m_service->managesLogins()) {
        auto *note = new QLabel(tr("The login becomes their database login; they sign in to "
                                   "Helpdesk with it and this password."),
                                this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    m_error->setObjectName(QStringLiteral("staffMemberError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("staffMemberAccept"));
    m_accept->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffMemberDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StaffMemberDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_accept->setEnabled(true);
}

void StaffMemberDialog::submit()
{
    NewStaffMember m;
    m.login = m_login->text().trimmed();
    m.displayName = m_name->text().trimmed();
    m.email = m_email->text().trimmed();
    m.role = StaffRoles::fromKey(m_role->currentData().toString()).value_or(StaffRole::Agent);
    if (m_password && !m_password->text().isEmpty())
        m.password = m_password->text();
    if (auto login = StaffAdmin::checkLogin(m.login); !login) {
        showError(login.error().message);
        m_login->setFocus();
        return;
    }
    m_accept->setEnabled(false);
    m_error->hide();
    whenDone(m_service->add(m), this, [this](const Result<Staff> &added) {
        if (!added) {
            // Everything typed stays, so the admin fixes one field and tries again.
            showError(added.error().message);
            return;
        }
        emit this->added(added->login);
        accept();
    });
}

} // namespace helpdesk
