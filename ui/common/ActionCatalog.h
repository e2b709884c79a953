#pragma once
// Every action and key of the app, defined once: its id, text, keys, where the keys work, and
// the group Help › Keyboard Shortcuts lists it under. Windows make their QActions from these
// definitions (ActionRegistry); buttons with a mnemonic take their text from here; widgets that
// handle keys themselves (Esc in the filter, Ctrl+Return in the editor) match key presses
// against their definition. So the keys are spelled out in ActionCatalog.cpp and nowhere else,
// and the shortcut list is generated from the same table.

#include "tickets/TicketQuery.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>

class QKeyEvent;
class QWidget;

namespace helpdesk {

class ActionRegistry;

// The window whose keys a definition's are. The account panel's actions work wherever a panel
// sits: the main window, the Accounts screen and the wizard's account check.
enum class ActionWindow {
    Main,
    AccountPanel,
    Wizard,
    Outbox,
    Accounts,
    Search,
    ForwardedMail,
    StaffPicker,
    Reports,
    // Every window the main window opens beside itself (Search, Accounts, Outbox, Settings):
    // what they share, such as closing.
    SideWindow,
    Knowledge, // the Knowledge Base window
    Macros,    // the Macros window
};

struct ActionDef
{
    enum class Kind {
        Action,   // a QAction, made by ActionRegistry::create()
        Menu,     // a submenu, made by ActionRegistry::createMenu()
        Mnemonic, // a button's Alt+letter, from the & in its text
        Keys,     // keys a widget handles itself; listed, and matched with ActionCatalog::matches
    };

    QString id{};
    Kind kind = Kind::Action;
    ActionWindow window = ActionWindow::Main;
    // The widget that must have the keyboard, or be shown, for the keys to work, by object name
    // (the ticket table, the reply editor, a kind of wizard page); empty: anywhere in the
    // window.
    QString widget{};
    QString group{};       // the heading in the shortcut list
    QString text{};        // the menu or button text, with its & mnemonic
    QString iconText{};    // a shorter text for buttons; empty: the text without &
    QString toolTip{};     // what it does; toolTip() adds the key
    QString description{}; // the shortcut list's row; empty: the text without & and …
    QList<QKeySequence> keys{};
    bool keyRange = false; // listed as "first…last" (Alt+1…Alt+9)
    QString where{};       // listed after the keys: "Esc (in the filter)"
    QString otherWays{};   // listed after them: "Shift+Up, Shift+Down, Ctrl+click"
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QAction::MenuRole role = QAction::NoRole;
    bool checkable = false;

    // The keys; for a mnemonic, Alt and the letter after the &.
    QList<QKeySequence> shortcuts() const;
    // What the shortcut list's Keys column says.
    QString keysText() const;
    QString listText() const;
    QString plainText() const; // the text without & and …
};

class ActionCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActionCatalog)
public:
    // Every definition, in the order of the shortcut list (groups in order of first use).
    static const QList<ActionDef> &all();
    static bool contains(QStringView id);
    // The definition of `id`; an unknown id is a programming error (qFatal).
    static const ActionDef &get(QStringView id);

    // The first key in native text ("Ctrl+T"); empty when there is none.
    static QString keyText(QStringView id);
    // "What it does (Ctrl+T)"; just what it does when there is no key.
    static QString toolTip(QStringView id);
    // Whether the key press is one of the definition's keys (the modifiers exactly).
    static bool matches(QStringView id, const QKeyEvent *event);

    // Pairs of definitions that share a key and can be pressed at the same time: in the same
    // window (the account panel's in each window that has one), and both anywhere in it or in
    // the same widget. Empty when every key means one thing wherever it is pressed.
    static QList<QPair<QString, QString>> conflicts();

    // The action's icon: the platform theme's (QIcon::fromTheme), or the bundled one under
    // :/icons/actions; a null icon for actions that have none (ActionIcons.cpp).
    static QIcon icon(QStringView id);
    // Makes `window` close on the window.close keys (Esc, Ctrl+W) through `registry`.
    static QAction *addCloseAction(ActionRegistry *registry, QWidget *window);

    // The ids of the data-driven actions.
    static QString queueId(QueueKind kind); // "queue.my-open"
};

} // namespace helpdesk
