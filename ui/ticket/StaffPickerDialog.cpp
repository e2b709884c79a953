#include "ticket/StaffPickerDialog.h"

#include "app/AppSession.h"
#include "common/ActionCatalog.h"
#include "common/Futures.h"
#include "staff/StaffService.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;    // qint64 staff id; -1 for "Unassigned"
constexpr int LoginRole = Qt::UserRole + 2; // for selectLogin()
constexpr qint64 NobodyId = -1;
} // namespace

StaffPickerDialog::StaffPickerDialog(AppSession *session, std::optional<qint64> current,
                                     const QString &title, QWidget *parent)
    : QDialog(parent), m_current(current), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("staffPicker"));
    setWindowTitle(title);
    auto *caption = new QLabel(tr("&Assign to:"), this);
    caption->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("staffFilter"));
    m_filter->setPlaceholderText(tr("Type to filter by name or login"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setAccessibleName(tr("Staff"));
    m_status->setText(tr("Loading staff…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28, fontMetrics().height() * 24);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &StaffPickerDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &StaffPickerDialog::updateOk);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    // Arrow keys in the filter move through the list, as in a combo box's popup.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });

    // The dialog may be closed before the list arrives (see whenDone()).
    whenDone(session->staff()->all(), this,
             [self = QPointer(this)](const Result<QList<Staff>> &staff) {
                 if (!self)
                     return;
                 if (!staff) {
                     self->m_status->setText(staff.error().message);
                     return;
                 }
                 self->populate(staff.value());
             });
}

void StaffPickerDialog::populate(const QList<Staff> &staff)
{
    m_list->clear();
    auto *nobody = new QListWidgetItem(tr("Unassigned (nobody holds it)"), m_list);
    nobody->setData(IdRole, QVariant::fromValue(NobodyId));
    for (const Staff &member : staff) {
        if (!member.active)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 (%2) · %3")
                .arg(member.displayName, member.login, StaffRoles::label(member.role)),
            m_list);
        item->setData(IdRole, QVariant::fromValue(member.id));
        item->setData(LoginRole, member.login);
        if (m_current && *m_current == member.id)
            item->setText(tr("%1 — holds it now").arg(item->text()));
    }
    m_loaded = true;
    m_status->setText(tr("%n staff member(s)", nullptr, int(m_list->count() - 1)));
    applyFilter(m_filter->text());
    emit loaded();
}

void StaffPickerDialog::applyFilter(const QString &text)
{
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    updateOk();
}

void StaffPickerDialog::updateOk()
{
    QListWidgetItem *item = m_list->currentItem();
    bool ok = item && !item->isHidden();
    // Choosing who already holds it changes nothing.
    if (ok) {
        const qint64 id = item->data(IdRole).toLongLong();
        if ((id == NobodyId && !m_current) || (m_current && id == *m_current))
            ok = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<qint64> StaffPickerDialog::selectedStaff() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(IdRole).toLongLong();
    if (id == NobodyId)
        return std::nullopt;
    return id;
}

bool StaffPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        // The arrows move through the list while the name is typed.
        if (ActionCatalog::matches(u"picker.move", static_cast<QKeyEvent *>(event))) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool StaffPickerDialog::selectLogin(const QString &login)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(LoginRole).toString() == login) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

} // namespace helpdesk
