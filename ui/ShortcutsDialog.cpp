#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

ShortcutsDialog::ShortcutsDialog(const QList<Row> &rows, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setRootIsDecorated(false);
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    for (const Row &row : rows)
        new QTreeWidgetItem(list, {row.first, row.second});
    list->header()->setStretchLastSection(true);
    list->resizeColumnToContents(0); // a dozen rows: measuring them is free
    list->setColumnWidth(0, list->columnWidth(0) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36,
           fontMetrics().height() * (int(rows.size()) + 8));
}

} // namespace helpdesk
