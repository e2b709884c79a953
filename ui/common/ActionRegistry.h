#pragma once
// The actions of one window (or of a pane that sits in several windows), made from their
// definitions in ActionCatalog: each is created once, under its id, with its text, tool tip,
// keys and context. Menus, button rows and context menus take the actions from here; a window
// includes the registries of its panes, so that `action("account.send_reset_link")` finds the
// account panel's action from the main window. Tests drive the window the same way:
//   ActionRegistry::of(&window)->action(QStringLiteral("ticket.take"))->trigger();
// (in the manner of KeePassXC's ActionCollection).

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <initializer_list>

class QAction;
class QHBoxLayout;
class QMenu;
class QWidget;

namespace helpdesk {

class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    // A registry for the actions of `scope`; their keys work while scope's window is active.
    explicit ActionRegistry(QWidget *scope);

    // Makes the action of definition `id` (Kind::Action). Its keys work where shortcutWidget has
    // the keyboard (its context decides how far: the window, or that widget only); by default
    // in the scope. A second create() of one id is a programming error.
    QAction *create(const QString &id, QWidget *shortcutWidget = nullptr);
    // Makes the submenu of definition `id` (Kind::Menu); its menu action is registered.
    QMenu *createMenu(const QString &id, QWidget *parent);
    // Registers an action made elsewhere whose text comes from data, not from the catalog (the
    // priorities in a menu: "ticket.priority.high"). Such actions have no keys.
    QAction *adopt(const QString &id, QAction *action);

    // Looks actions up through `other` as well (a pane's registry in a window).
    void include(ActionRegistry *other);

    // The action registered under id here or in an included registry; null when there is none.
    QAction *action(const QString &id) const;
    QMenu *menu(const QString &id) const;
    // Every action, the included registries' too, in the order they were registered.
    QList<QAction *> actions() const;

    // The registry of widget's window (the one the window made for itself).
    static ActionRegistry *of(const QWidget *widget);

    // These actions into a menu, in order; "-" is a separator. An id without an action is a
    // programming error.
    void addToMenu(QMenu *menu, std::initializer_list<const char *> ids) const;

    // A row of push buttons, one per action (object names as given), then a stretch: each
    // button follows its action's text, tool tip and enabled state and triggers it.
    static QHBoxLayout *buttonRow(QWidget *parent,
                                  const QList<std::pair<QAction *, const char *>> &buttons);

private:
    QAction *store(const QString &id, QAction *action);

    QWidget *m_scope;
    QStringList m_ids;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<ActionRegistry>> m_included;
};

} // namespace helpdesk
