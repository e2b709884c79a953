#pragma once
// Picks the staff member to assign tickets to (or nobody): a filterable list of active staff,
// loaded off the GUI thread.

#include "staff/Staff.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace helpdesk {

class AppSession;

class StaffPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` is pre-selected; `title` says what is being assigned.
    StaffPickerDialog(AppSession *session, std::optional<qint64> current, const QString &title,
                      QWidget *parent = nullptr);

    // The chosen staff member's id, or nullopt for "Unassigned".
    std::optional<qint64> selectedStaff() const;
    // Selects a staff member by login (tests); false when not listed.
    bool selectLogin(const QString &login);
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate(const QList<Staff> &staff);
    void applyFilter(const QString &text);
    void updateOk();

    std::optional<qint64> m_current;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_loaded = false;
};

} // namespace helpdesk
