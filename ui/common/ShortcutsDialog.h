#pragma once
// Help › Keyboard Shortcuts: every key of the app, generated from ActionCatalog and grouped as
// there (the main window, the editor, the account panel, the wizard, the Outbox, …). Each row
// says what the keys do; the dialog is as wide as its longest row, so the Keys column is always
// shown in full, and a narrower dialog shortens the descriptions, never the keys.

#include <QDialog>

class QTreeWidget;

namespace helpdesk {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    enum Column { What, Keys };
};

} // namespace helpdesk
