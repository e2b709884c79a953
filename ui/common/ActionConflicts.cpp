// ActionCatalog::conflicts(): which definitions' keys can be pressed at the same time, by the
// windows they work in (the account panel's in every window that hosts a panel, window.close's
// in every window beside the main one).

#include "common/ActionCatalog.h"

#include <algorithm>

namespace helpdesk {

namespace {

bool sameWindow(ActionWindow a, ActionWindow b)
{
    const auto hostsPanel = [](ActionWindow w) {
        return w == ActionWindow::Main || w == ActionWindow::Accounts || w == ActionWindow::Wizard;
    };
    if (a == b)
        return true;
    const auto beside = [](ActionWindow w) {
        return w == ActionWindow::Outbox || w == ActionWindow::Accounts ||
               w == ActionWindow::Search || w == ActionWindow::AccountPanel ||
               w == ActionWindow::Reports || w == ActionWindow::Knowledge ||
               w == ActionWindow::Macros;
    };
    if (a == ActionWindow::SideWindow || b == ActionWindow::SideWindow)
        return beside(a == ActionWindow::SideWindow ? b : a);
    return (a == ActionWindow::AccountPanel && hostsPanel(b)) ||
           (b == ActionWindow::AccountPanel && hostsPanel(a));
}

} // namespace

QList<QPair<QString, QString>> ActionCatalog::conflicts()
{
    QList<QPair<QString, QString>> found;
    const QList<ActionDef> &defs = all();
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const ActionDef &a = defs.at(i);
        if (a.kind == ActionDef::Kind::Menu)
            continue;
        const QList<QKeySequence> aKeys = a.shortcuts();
        for (qsizetype j = i + 1; j < defs.size(); ++j) {
            const ActionDef &b = defs.at(j);
            if (b.kind == ActionDef::Kind::Menu || !sameWindow(a.window, b.window))
                continue;
            if (!a.widget.isEmpty() && !b.widget.isEmpty() && a.widget != b.widget)
                continue;
            const QList<QKeySequence> bKeys = b.shortcuts();
            const bool shared = std::any_of(aKeys.cbegin(), aKeys.cend(),
                                            [&](const auto &k) { return bKeys.contains(k); });
            if (shared)
                found.append({a.id, b.id});
        }
    }
    return found;
}

} // namespace helpdesk
