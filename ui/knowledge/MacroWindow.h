#pragma once
// The Macros window (Tools › Macros): the canned replies and macros an agent can apply, beside an
// editor for one — its title, the reply text with {{placeholders}}, and what applying it changes
// on the ticket (status, priority, category, assignee, an internal note). The text is checked as
// it is typed, with the mail templates' placeholder rules; Save is refused while a check fails
// and the message names what is wrong. Agents write personal macros; team leads and admins also
// write shared ones and edit the shipped ones (Revert brings the shipped text back).

#include "knowledge/KnowledgeService.h"
#include "staff/Staff.h"

#include <QDialog>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace helpdesk {

class StaffService;

class MacroWindow : public QDialog
{
    Q_OBJECT
public:
    MacroWindow(KnowledgeService *service, StaffService *staff, QWidget *parent = nullptr);

    // Reads the macros again, keeping the one shown selected.
    void reload();
    // The macro as the editor holds it now (what Save would write).
    Macro edited() const;
    bool isLoading() const { return m_pending > 0; }

private:
    void newMacro();
    void showMacro(const Macro &macro);
    void save();
    void removeOrRevert();
    void check();
    void say(const QString &message, bool problem = false);
    void fillAssignees(const QList<Staff> &staff);
    bool mayEdit(const Macro &macro) const;

    KnowledgeService *m_service;
    QListWidget *m_list;
    QLineEdit *m_title;
    QCheckBox *m_shared;
    QPlainTextEdit *m_body;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_category;
    QComboBox *m_assignee;
    QPlainTextEdit *m_note;
    QLabel *m_placeholders;
    QLabel *m_check;
    QLabel *m_message;
    QAction *m_save;
    QAction *m_remove;
    QList<Macro> m_macros;
    Macro m_macro; // the one shown as loaded (id 0 and no key: a new one)
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace helpdesk
