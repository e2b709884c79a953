#include "staff/StaffDialog.h"

#include "common/Futures.h"
#include "common/MessageBar.h"
#include "staff/StaffMemberDialog.h"
#include "team/StaffAdminService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
enum Column { Login, Name, Email, Role, State, ColumnCount };
}

StaffDialog::StaffDialog(StaffAdminService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_message(new MessageBar(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_role(new QComboBox(this)), m_setRole(new QPushButton(tr("Set &Role"), this)),
      m_disable(new QPushButton(tr("&Disable"), this)),
      m_enable(new QPushButton(tr("&Enable"), this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(tr("Staff"));
    resize(720, 420);
    auto *layout = new QVBoxLayout(this);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    if (!m_service->managesLogins()) {
        auto *note = new QLabel(tr("This is a single-user database: staff members here only "
                                   "name who did what. On a shared PostgreSQL database each one "
                                   "is also a database login."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Email"), tr("Role"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("staffAddButton"));
    m_role->setObjectName(QStringLiteral("staffSetRoleCombo"));
    for (StaffRole r : {StaffRole::Agent, StaffRole::Lead, StaffRole::Admin})
        m_role->addItem(StaffRoles::label(r), StaffRoles::key(r));
    m_setRole->setObjectName(QStringLiteral("staffSetRoleButton"));
    m_disable->setObjectName(QStringLiteral("staffDisableButton"));
    m_enable->setObjectName(QStringLiteral("staffEnableButton"));
    row->addWidget(m_add);
    row->addStretch(1);
    row->addWidget(m_role);
    row->addWidget(m_setRole);
    row->addWidget(m_disable);
    row->addWidget(m_enable);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &StaffDialog::openAdd);
    connect(m_setRole, &QPushButton::clicked, this, &StaffDialog::applyRole);
    connect(m_disable, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffDialog::updateButtons);
    connect(m_service, &StaffAdminService::changed, this, &StaffDialog::reload);
    updateButtons();
    reload();
}

void StaffDialog::reload()
{
    whenDone(m_service->list(), this, [this](const Result<QList<StaffListing>> &staff) {
        if (!staff) {
            m_message->showMessage(staff.error().message);
            m_message->show();
            return;
        }
        fill(staff.value());
    });
}

void StaffDialog::fill(const QList<StaffListing> &staff)
{
    const QString selected = selectedLogin();
    m_staff = staff;
    m_table->setRowCount(int(staff.size()));
    for (int r = 0; r < staff.size(); ++r) {
        const StaffListing &l = staff.at(r);
        QString state = l.staff.active ? tr("Active") : tr("Disabled");
        if (m_service->managesLogins() && !l.hasLogin)
            state = tr("No database login");
        const QStringList cells{l.staff.login, l.staff.displayName, l.staff.email,
                                StaffRoles::label(l.staff.role), state};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (l.staff.login == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString StaffDialog::selectedLogin() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_staff.size())
        return {};
    return m_staff.at(rows.constFirst().row()).staff.login;
}

void StaffDialog::updateButtons()
{
    const QString login = selectedLogin();
    const auto it = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                 [&](const StaffListing &l) { return l.staff.login == login; });
    const bool chosen = it != m_staff.cend();
    m_setRole->setEnabled(chosen);
    m_role->setEnabled(chosen);
    m_disable->setEnabled(chosen && it->staff.active);
    m_enable->setEnabled(chosen && !it->staff.active);
    if (chosen)
        m_role->setCurrentIndex(m_role->findData(StaffRoles::key(it->staff.role)));
}

template <typename T> void StaffDialog::report(const Result<T> &done, const QString &success)
{
    if (done)
        m_message->showMessage(success, MessageBar::Kind::Information);
    else
        m_message->showMessage(done.error().message);
    m_message->show();
}

void StaffDialog::openAdd()
{
    auto *dialog = new StaffMemberDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffMemberDialog::added, this, [this](const QString &login) {
        m_message->showMessage(tr("Added %1.").arg(login), MessageBar::Kind::Information);
        m_message->show();
    });
    dialog->open();
}

void StaffDialog::applyRole()
{
    const QString login = selectedLogin();
    const auto role = StaffRoles::fromKey(m_role->currentData().toString());
    if (login.isEmpty() || !role)
        return;
    whenDone(m_service->setRole(login, *role), this, [this, login](const Result<Staff> &done) {
        report(done,
               done ? tr("%1 is now %2.").arg(login, StaffRoles::label(done->role)) : QString());
    });
}

void StaffDialog::setActive(bool active)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    whenDone(
        m_service->setActive(login, active), this, [this, login, active](const Result<int> &done) {
            report(done, active ? tr("%1 can sign in again.").arg(login)
                                : tr("%1 is disabled; their open sessions were ended.").arg(login));
        });
}

} // namespace helpdesk
