#include "common/ActionRegistry.h"

#include "common/ActionCatalog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QWidget>

namespace helpdesk {

ActionRegistry::ActionRegistry(QWidget *scope) : QObject(scope), m_scope(scope)
{
    setObjectName(QStringLiteral("actionRegistry"));
}

QAction *ActionRegistry::store(const QString &id, QAction *action)
{
    const qsizetype at = m_ids.indexOf(id);
    if (at >= 0 && m_actions.at(at))
        qFatal("the action %s is registered twice", qPrintable(id));
    if (at >= 0) { // the earlier one is gone (a menu that was rebuilt)
        m_actions[at] = action;
        return action;
    }
    m_ids.append(id);
    m_actions.append(action);
    return action;
}

QAction *ActionRegistry::create(const QString &id, QWidget *shortcutWidget)
{
    const ActionDef &def = ActionCatalog::get(id);
    if (def.kind != ActionDef::Kind::Action)
        qFatal("%s is not an action", qPrintable(id));
    auto *action = new QAction(def.text, this);
    action->setObjectName(id);
    if (!def.iconText.isEmpty())
        action->setIconText(def.iconText);
    action->setIcon(ActionCatalog::icon(id));
    if (!def.toolTip.isEmpty())
        action->setToolTip(ActionCatalog::toolTip(id));
    action->setCheckable(def.checkable);
    action->setMenuRole(def.role);
    if (!def.keys.isEmpty()) {
        action->setShortcuts(def.keys);
        action->setShortcutContext(def.context);
        // The keys work wherever the widget (or, for window-wide ones, its window) has focus,
        // also while the action is in no visible menu.
        (shortcutWidget ? shortcutWidget : m_scope)->addAction(action);
    }
    return store(id, action);
}

QMenu *ActionRegistry::createMenu(const QString &id, QWidget *parent)
{
    const ActionDef &def = ActionCatalog::get(id);
    if (def.kind != ActionDef::Kind::Menu)
        qFatal("%s is not a menu", qPrintable(id));
    auto *menu = new QMenu(def.text, parent);
    menu->setObjectName(id);
    menu->menuAction()->setObjectName(id);
    store(id, menu->menuAction());
    return menu;
}

QAction *ActionRegistry::adopt(const QString &id, QAction *action)
{
    if (ActionCatalog::contains(id))
        qFatal("%s is in the catalog: create() it", qPrintable(id));
    action->setObjectName(id);
    return store(id, action);
}

void ActionRegistry::include(ActionRegistry *other)
{
    if (other && other != this && !m_included.contains(other))
        m_included.append(other);
}

QAction *ActionRegistry::action(const QString &id) const
{
    if (const qsizetype at = m_ids.indexOf(id); at >= 0 && m_actions.at(at))
        return m_actions.at(at);
    for (const QPointer<ActionRegistry> &other : m_included)
        if (other)
            if (QAction *found = other->action(id))
                return found;
    return nullptr;
}

QMenu *ActionRegistry::menu(const QString &id) const
{
    QAction *a = action(id);
    return a ? a->menu() : nullptr;
}

QList<QAction *> ActionRegistry::actions() const
{
    QList<QAction *> all;
    for (const QPointer<QAction> &a : m_actions)
        if (a)
            all.append(a);
    for (const QPointer<ActionRegistry> &other : m_included)
        if (other)
            all += other->actions();
    return all;
}

ActionRegistry *ActionRegistry::of(const QWidget *widget)
{
    if (!widget)
        return nullptr;
    return widget->window()->findChild<ActionRegistry *>(QString(), Qt::FindDirectChildrenOnly);
}

void ActionRegistry::addToMenu(QMenu *menu, std::initializer_list<const char *> ids) const
{
    for (const char *id : ids) {
        if (qstrcmp(id, "-") == 0)
            menu->addSeparator();
        else if (QAction *a = action(QString::fromLatin1(id)))
            menu->addAction(a);
        else
            qFatal("no action %s for the menu", id);
    }
}

QHBoxLayout *ActionRegistry::buttonRow(QWidget *parent,
                                       const QList<std::pair<QAction *, const char *>> &buttons)
{
    auto *row = new QHBoxLayout;
    for (const auto &[a, name] : buttons) {
        auto *b = new QPushButton(a->text(), parent);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        b->setEnabled(a->isEnabled());
        b->setToolTip(a->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [b, a] {
            b->setEnabled(a->isEnabled());
            b->setText(a->text());
            b->setToolTip(a->toolTip());
        });
        row->addWidget(b);
    }
    row->addStretch(1);
    return row;
}

} // namespace helpdesk
