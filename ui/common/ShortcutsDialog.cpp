#include "common/ShortcutsDialog.h"

#include "common/ActionCatalog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setRootIsDecorated(false);
    list->setItemsExpandable(false);
    list->setIndentation(0);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);

    QFont groupFont = list->font();
    groupFont.setBold(true);
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ActionDef &def : ActionCatalog::all()) {
        const QString keys = def.keysText();
        if (keys.isEmpty())
            continue;
        QTreeWidgetItem *&group = groups[def.group];
        if (!group) {
            group = new QTreeWidgetItem(list, {def.group});
            group->setFont(What, groupFont);
            group->setFirstColumnSpanned(true);
        }
        auto *row = new QTreeWidgetItem(group, {def.listText(), keys});
        row->setData(What, Qt::UserRole, def.id);
    }
    list->expandAll();

    // Measured, all of it (a few dozen rows): the dialog gets the width of its widest rows.
    list->header()->setStretchLastSection(false);
    list->resizeColumnToContents(What);
    list->resizeColumnToContents(Keys);
    const int padding = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2;
    list->setColumnWidth(What, list->columnWidth(What) + padding);
    list->setColumnWidth(Keys, list->columnWidth(Keys) + padding);
    const int listWidth = list->columnWidth(What) + list->columnWidth(Keys) +
                          2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width();
    list->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(Keys, QHeaderView::ResizeToContents);
    list->setMinimumWidth(list->columnWidth(Keys) + padding * 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    const QMargins margins = layout->contentsMargins();

    int rows = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows += 1 + list->topLevelItem(i)->childCount();
    const int rowHeight =
        list->sizeHintForRow(0) > 0 ? list->sizeHintForRow(0) : fontMetrics().height() + 4;
    int height = rowHeight * (rows + 1) + list->header()->sizeHint().height() +
                 buttons->sizeHint().height() + margins.top() + margins.bottom() + 24;
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        height = qMin(height, screen->availableGeometry().height() * 85 / 100);
    resize(listWidth + margins.left() + margins.right(), height);
}

} // namespace helpdesk
