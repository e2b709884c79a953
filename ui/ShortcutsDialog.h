#pragma once
// Help > Keyboard Shortcuts: a read-only list of what each key does in the main window.

#include <QDialog>
#include <QList>
#include <QPair>

namespace helpdesk {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Each row: what it does, and the keys (already in native text).
    using Row = QPair<QString, QString>;
    explicit ShortcutsDialog(const QList<Row> &rows, QWidget *parent = nullptr);
};

} // namespace helpdesk
