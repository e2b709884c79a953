#include "common/ActionCatalog.h"

#include <QHash>
#include <QKeyEvent>

#include <algorithm>

namespace helpdesk {

namespace {

using Kind = ActionDef::Kind;

QKeySequence seq(QKeyCombination combination)
{
    return QKeySequence(combination);
}

QList<ActionDef> build()
{
    using C = ActionCatalog;
    const QString queues = C::tr("Queues and the ticket list");
    const QString ticket = C::tr("The ticket");
    const QString editor = C::tr("Reply and note editor");
    const QString account = C::tr("Customer account");
    const QString wizard = C::tr("Troubleshooting wizard");
    const QString mail = C::tr("Mail and the Outbox");
    const QString search = C::tr("Search and Accounts screens");
    const QString app = C::tr("Application");
    const QString inFilter = C::tr("in the filter");
    const QString inEditor = C::tr("in the editor");
    const QString inSearchBox = C::tr("in the search box");
    const QString table = QStringLiteral("ticketTable");
    const QString filter = QStringLiteral("filterEdit");
    const QString composer = QStringLiteral("composerEdit");
    const QString startPage = QStringLiteral("wizardStart");
    const QString stepPage = QStringLiteral("wizardStep"); // each step's page: wizardStep_<id>
    const QString finishedPage = QStringLiteral("wizardFinished");
    const ActionWindow panel = ActionWindow::AccountPanel;
    const ActionWindow wiz = ActionWindow::Wizard;
    const ActionWindow outbox = ActionWindow::Outbox;
    const QKeySequence enter[] = {seq(QKeyCombination(Qt::Key_Return)),
                                  seq(QKeyCombination(Qt::Key_Enter))};
    const QList<QKeySequence> ctrlEnter = {seq(Qt::CTRL | Qt::Key_Return),
                                           seq(Qt::CTRL | Qt::Key_Enter)};

    QList<ActionDef> d;
    // Queues and the ticket list.
    const QList<QueueKind> kinds = Queues::all();
    for (int i = 0; i < kinds.size(); ++i) {
        const QString label = Queues::label(kinds.at(i));
        d.append({.id = ActionCatalog::queueId(kinds.at(i)),
                  .group = queues,
                  .text = label,
                  .toolTip = label,
                  .description = C::tr("Show “%1”").arg(label),
                  .keys = {seq(Qt::CTRL | Qt::Key(Qt::Key_1 + i))},
                  .checkable = true});
    }
    d.append({.id = QStringLiteral("list.filter"),
              .group = queues,
              .text = C::tr("&Filter Tickets…"),
              .description = C::tr("Filter the queue"),
              .keys = {QKeySequence(QKeySequence::Find)}});
    d.append({.id = QStringLiteral("list.clearFilter"),
              .kind = Kind::Keys,
              .widget = filter,
              .group = queues,
              .description = C::tr("Clear the filter and return to the list"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))},
              .where = inFilter});
    d.append({.id = QStringLiteral("list.fromFilter"),
              .kind = Kind::Keys,
              .widget = filter,
              .group = queues,
              .description = C::tr("Go from the filter to the list"),
              .keys = {seq(QKeyCombination(Qt::Key_Down))},
              .where = inFilter});
    d.append({.id = QStringLiteral("list.search"),
              .group = queues,
              .text = C::tr("&Search Tickets…"),
              .description = C::tr("Search all tickets (subjects, messages, notes)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}});
    d.append({.id = QStringLiteral("list.focus"),
              .group = queues,
              .text = C::tr("Go to Ticket &List"),
              .description = C::tr("Go to the ticket list"),
              .keys = {seq(Qt::CTRL | Qt::Key_L), seq(QKeyCombination(Qt::Key_F6))}});
    d.append({.id = QStringLiteral("list.move"),
              .kind = Kind::Keys,
              .widget = table,
              .group = queues,
              .description = C::tr("Move through the tickets"),
              .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down)),
                       seq(QKeyCombination(Qt::Key_PageUp)), seq(QKeyCombination(Qt::Key_PageDown)),
                       seq(QKeyCombination(Qt::Key_Home)), seq(QKeyCombination(Qt::Key_End))}});
    d.append({.id = QStringLiteral("list.open"),
              .widget = table,
              .group = queues,
              .text = C::tr("&Open Ticket"),
              .description = C::tr("Open the selected ticket"),
              .keys = {enter[0], enter[1]},
              .context = Qt::WidgetShortcut});
    d.append({.id = QStringLiteral("list.sort"),
              .kind = Kind::Keys,
              .group = queues,
              .description = C::tr("Sort by a column"),
              .otherWays = C::tr("Click the column header")});
    d.append({.id = QStringLiteral("list.select"),
              .kind = Kind::Keys,
              .widget = table,
              .group = queues,
              .description = C::tr("Select several tickets"),
              .keys = {seq(Qt::SHIFT | Qt::Key_Up), seq(Qt::SHIFT | Qt::Key_Down)},
              .otherWays = C::tr("Ctrl+click")});
    d.append({.id = QStringLiteral("list.riskOrder"),
              .kind = Kind::Keys,
              .group = queues,
              .description = C::tr("Back to column order in “Escalated”"),
              .otherWays = C::tr("Click a column header")});

    // The ticket shown, and the selected tickets.
    d.append({.id = QStringLiteral("ticket.new"),
              .group = ticket,
              .text = C::tr("&New Ticket…"),
              .description = C::tr("New ticket"),
              .keys = {seq(Qt::CTRL | Qt::Key_N)}});
    d.append({.id = QStringLiteral("ticket.take"),
              .group = ticket,
              .text = C::tr("&Take"),
              .iconText = C::tr("Take"),
              .toolTip = C::tr("Assign the ticket to yourself"),
              .description = C::tr("Take the ticket"),
              .keys = {seq(Qt::CTRL | Qt::Key_T)}});
    d.append({.id = QStringLiteral("ticket.assign"),
              .group = ticket,
              .text = C::tr("&Assign…"),
              .iconText = C::tr("Assign…"),
              .toolTip = C::tr("Assign or reassign the ticket"),
              .description = C::tr("Assign or reassign (the selected tickets, if several)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}});
    d.append({.id = QStringLiteral("ticket.reply"),
              .group = ticket,
              .text = C::tr("&Reply"),
              .iconText = C::tr("Reply"),
              .toolTip = C::tr("Write a reply to the customer"),
              .description = C::tr("Reply to the customer"),
              .keys = {seq(Qt::CTRL | Qt::Key_R)}});
    d.append({.id = QStringLiteral("ticket.note"),
              .group = ticket,
              .text = C::tr("Internal &Note"),
              .iconText = C::tr("Note"),
              .toolTip = C::tr("Write a note only staff see"),
              .description = C::tr("Internal note"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}});
    d.append({.id = QStringLiteral("ticket.troubleshoot"),
              .group = ticket,
              .text = C::tr("T&roubleshoot…"),
              .iconText = C::tr("Troubleshoot…"),
              .toolTip = C::tr("Walk the customer through a guided troubleshooting flow"),
              .description = C::tr("Troubleshoot the ticket (guided wizard)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}});
    d.append({.id = QStringLiteral("ticket.statusMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("&Status")});
    d.append({.id = QStringLiteral("ticket.escalate"),
              .group = ticket,
              .text = C::tr("&Escalate"),
              .toolTip = C::tr("Hand the ticket to the team leads"),
              .description = C::tr("Escalate"),
              .keys = {seq(Qt::CTRL | Qt::Key_E)}});
    d.append({.id = QStringLiteral("ticket.deEscalate"),
              .group = ticket,
              .text = C::tr("&De-escalate…"),
              .toolTip = C::tr("Team leads: return the ticket to the open queue, saying why"),
              .description = C::tr("De-escalate, with a comment (team leads)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}});
    d.append({.id = QStringLiteral("ticket.priority"),
              .group = ticket,
              .text = C::tr("Set &Priority…"),
              .toolTip = C::tr("Change the priority"),
              .description = C::tr("Set the priority (of the selected tickets, if several)"),
              .keys = {seq(Qt::CTRL | Qt::Key_P)}});
    d.append({.id = QStringLiteral("ticket.priorityMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("P&riority")});
    d.append({.id = QStringLiteral("ticket.categoryMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("&Category")});
    d.append({.id = QStringLiteral("selection.menu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("Se&lected Tickets")});
    d.append({.id = QStringLiteral("selection.assign"),
              .group = ticket,
              .text = C::tr("&Assign Selected…")});
    d.append({.id = QStringLiteral("selection.priorityMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("Set &Priority of Selected")});
    d.append({.id = QStringLiteral("selection.statusMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = C::tr("Set &Status of Selected")});

    d.append(
        {.id = QStringLiteral("picker.move"),
         .kind = Kind::Keys,
         .window = ActionWindow::StaffPicker,
         .widget = QStringLiteral("staffFilter"),
         .group = ticket,
         .description = C::tr("Assign: move through the staff list"),
         .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down)),
                  seq(QKeyCombination(Qt::Key_PageUp)), seq(QKeyCombination(Qt::Key_PageDown))},
         .where = C::tr("in the name box")});

    // The reply and note editor.
    d.append({.id = QStringLiteral("editor.submit"),
              .kind = Kind::Keys,
              .widget = composer,
              .group = editor,
              .description = C::tr("Add the reply or note"),
              .keys = ctrlEnter,
              .where = inEditor});
    d.append({.id = QStringLiteral("editor.close"),
              .kind = Kind::Keys,
              .widget = composer,
              .group = editor,
              .toolTip = C::tr("Close the editor and keep the text"),
              .description = C::tr("Close the editor, keeping the text"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))},
              .where = inEditor});

    // The customer account, beside the ticket and on the Accounts screen.
    d.append({.id = QStringLiteral("account.find"),
              .group = account,
              .text = C::tr("&Find Account…"),
              .toolTip = C::tr("Customer accounts by email address or name"),
              .description = C::tr("Find a customer account"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}});
    const auto accountAction = [&](const char *key, const QString &text, const QString &description,
                                   QKeyCombination combination) {
        d.append({.id = QStringLiteral("account.") + QLatin1String(key),
                  .window = panel,
                  .group = account,
                  .text = text,
                  .description = description,
                  .keys = combination.key() == Qt::Key_unknown
                              ? QList<QKeySequence>()
                              : QList<QKeySequence>{seq(combination)}});
    };
    const QKeyCombination none(Qt::Key_unknown);
    accountAction("send_reset_link", C::tr("Send Password-&Reset Link"),
                  C::tr("Send a password-reset link"), Qt::CTRL | Qt::ALT | Qt::Key_R);
    accountAction("send_activation_link", C::tr("Send &Activation Link"),
                  C::tr("Send an activation link"), Qt::CTRL | Qt::ALT | Qt::Key_A);
    accountAction("lock", C::tr("&Lock Now…"), C::tr("Lock the account now"),
                  Qt::CTRL | Qt::ALT | Qt::Key_K);
    accountAction("unlock", C::tr("&Unlock…"),
                  C::tr("Unlock the account (or ask a team lead to lift a security lock)"),
                  Qt::CTRL | Qt::ALT | Qt::Key_U);
    accountAction("approve_unlock", C::tr("A&pprove Unlock…"), {}, none);
    accountAction("reject_unlock", C::tr("Turn &Down Unlock…"), {}, none);
    accountAction("identity_check", C::tr("Verify &Identity…"),
                  C::tr("Verify the customer's identity"), Qt::CTRL | Qt::ALT | Qt::Key_I);
    accountAction("mark_email_verified", C::tr("Mark &Email Verified"),
                  C::tr("Mark the email address verified"), Qt::CTRL | Qt::ALT | Qt::Key_E);
    accountAction("revoke_tokens", C::tr("Re&voke Outstanding Links"),
                  C::tr("Revoke the links not used yet"), Qt::CTRL | Qt::ALT | Qt::Key_X);
    d.append({.id = QStringLiteral("account.check_forwarded"),
              .window = panel,
              .group = account,
              .text = C::tr("Check a &Forwarded Email…"),
              .toolTip = C::tr("Did we send the email the customer forwarded?"),
              .description = C::tr("Check an email the customer forwarded"),
              .keys = {seq(Qt::CTRL | Qt::ALT | Qt::Key_F)}});
    d.append({.id = QStringLiteral("forwarded.check"),
              .kind = Kind::Keys,
              .window = ActionWindow::ForwardedMail,
              .widget = QStringLiteral("forwardedText"),
              .group = account,
              .description = C::tr("Check the pasted message"),
              .keys = ctrlEnter,
              .where = C::tr("in the forwarded email")});

    // The troubleshooting wizard: the mnemonics of its buttons, and its keys.
    const auto mnemonic = [&](const char *id, const QString &page, const QString &text,
                              const QString &description, const QString &toolTip = {}) {
        d.append({.id = QLatin1String(id),
                  .kind = Kind::Mnemonic,
                  .window = wiz,
                  .widget = page,
                  .group = wizard,
                  .text = text,
                  .toolTip = toolTip,
                  .description = description});
    };
    mnemonic("wizard.start", startPage, C::tr("&Start"), C::tr("Start the flow"));
    mnemonic("wizard.resume", startPage, C::tr("&Resume"), C::tr("Resume the paused run"));
    mnemonic("wizard.continue", startPage, C::tr("&Continue"),
             C::tr("Continue the run in progress"));
    QList<QKeySequence> answers;
    for (int n = 1; n <= 9; ++n)
        answers << seq(Qt::ALT | Qt::Key(Qt::Key_0 + n));
    d.append({.id = QStringLiteral("wizard.answer"),
              .kind = Kind::Keys,
              .window = wiz,
              .widget = stepPage,
              .group = wizard,
              .description = C::tr("Answer the step (the numbered buttons)"),
              .keys = answers,
              .keyRange = true});
    mnemonic("wizard.notes", stepPage, C::tr("&Notes for the timeline (optional)"),
             C::tr("Go to the notes for the timeline"));
    mnemonic("wizard.copy", stepPage, C::tr("&Copy"), C::tr("Copy the text for the customer"),
             C::tr("Copy the text to the clipboard"));
    mnemonic("wizard.email", stepPage, C::tr("&Email These Steps to the Customer"),
             C::tr("Email the steps still to try to the customer"));
    mnemonic("wizard.recheck", stepPage, C::tr("Chec&k Again"),
             C::tr("Read the account's status again"), C::tr("Read the account's status again"));
    mnemonic("wizard.reload", stepPage, C::tr("&Reload"),
             C::tr("Reload a run someone else moved on"),
             C::tr("Read the run again and continue from where it is now"));
    mnemonic("wizard.pause", stepPage, C::tr("&Pause and Close"),
             C::tr("Pause the run and close the wizard"),
             C::tr("Pause the run on the ticket, so that you or a colleague can resume it later"));
    d.append({.id = QStringLiteral("wizard.close"),
              .kind = Kind::Keys,
              .window = wiz,
              .group = wizard,
              .toolTip = C::tr("Close the wizard; every answer given stays recorded on the ticket"),
              .description = C::tr("Close the wizard (every answer stays recorded)"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))}});
    mnemonic("wizard.finish", finishedPage, C::tr("&Close"), C::tr("Close the finished run"));

    // Mail: the Outbox screen, the templates, the settings.
    d.append({.id = QStringLiteral("outbox.show"),
              .group = mail,
              .text = C::tr("&Outbox…"),
              .toolTip = C::tr("Outgoing mail: what waits, what was sent, what failed"),
              .description = C::tr("Outbox: outgoing mail, retry or cancel"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}});
    d.append({.id = QStringLiteral("outbox.retry"),
              .window = outbox,
              .group = mail,
              .text = C::tr("&Retry"),
              .toolTip = C::tr("Send the selected message again now"),
              .description = C::tr("Retry the selected message (in the Outbox)"),
              .keys = {seq(Qt::CTRL | Qt::Key_R)}});
    d.append({.id = QStringLiteral("outbox.cancel"),
              .window = outbox,
              .group = mail,
              .text = C::tr("&Cancel Message…"),
              .toolTip = C::tr("Make sure the selected message is never sent"),
              .description = C::tr("Cancel the selected message (in the Outbox)"),
              .keys = {QKeySequence(QKeySequence::Delete)}});
    d.append({.id = QStringLiteral("outbox.openTicket"),
              .window = outbox,
              .widget = QStringLiteral("outboxTable"),
              .group = mail,
              .text = C::tr("&Open Ticket"),
              .toolTip = C::tr("Show the message's ticket in the main window"),
              .description = C::tr("Open the message's ticket (in the Outbox)"),
              .keys = {enter[0], enter[1]},
              .context = Qt::WidgetShortcut});
    d.append({.id = QStringLiteral("outbox.refresh"),
              .window = outbox,
              .group = mail,
              .text = C::tr("Re&fresh"),
              .description = C::tr("Refresh the Outbox"),
              .keys = {QKeySequence(QKeySequence::Refresh)}});
    d.append({.id = QStringLiteral("tools.templatePreview"),
              .group = mail,
              .text = C::tr("Mail &Template Preview…"),
              .description = C::tr("Mail template preview"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}});
    d.append({.id = QStringLiteral("tools.staff"),
              .group = mail,
              .text = C::tr("Sta&ff…"),
              .toolTip = C::tr("Add staff members, change their roles, disable or enable them "
                               "(administrators only)"),
              .description = C::tr("Staff (administrators only)")});
    d.append({.id = QStringLiteral("tools.settings"),
              .group = mail,
              .text = C::tr("&Settings…"),
              .description = C::tr("Settings (mail)"),
              .keys = {seq(Qt::CTRL | Qt::Key_Comma)},
              .role = QAction::PreferencesRole});

    // Search Tickets and the Accounts screen.
    d.append({.id = QStringLiteral("search.move"),
              .kind = Kind::Keys,
              .window = ActionWindow::Search,
              .widget = QStringLiteral("searchQuery"),
              .group = search,
              .description = C::tr("Search Tickets: move through the results"),
              .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down))},
              .where = inSearchBox});
    d.append({.id = QStringLiteral("accounts.toResults"),
              .kind = Kind::Keys,
              .window = ActionWindow::Accounts,
              .widget = QStringLiteral("accountSearch"),
              .group = search,
              .description = C::tr("Accounts: go from the search box to the results"),
              .keys = {seq(QKeyCombination(Qt::Key_Down))},
              .where = inSearchBox});

    // The application.
    d.append({.id = QStringLiteral("app.refresh"),
              .group = app,
              .text = C::tr("&Refresh"),
              .description = C::tr("Refresh"),
              .keys = {QKeySequence(QKeySequence::Refresh)}});
    d.append({.id = QStringLiteral("app.shortcuts"),
              .group = app,
              .text = C::tr("&Keyboard Shortcuts"),
              .description = C::tr("Keyboard shortcuts"),
              .keys = {QKeySequence(QKeySequence::HelpContents)}});
    d.append({.id = QStringLiteral("app.quit"),
              .group = app,
              .text = C::tr("&Quit"),
              .description = C::tr("Quit"),
              .keys = {QKeySequence(QKeySequence::Quit)},
              .role = QAction::QuitRole});
    d.append({.id = QStringLiteral("app.about"),
              .group = app,
              .text = C::tr("&About Helpdesk"),
              .role = QAction::AboutRole});
    return d;
}

bool sameWindow(ActionWindow a, ActionWindow b)
{
    const auto hostsPanel = [](ActionWindow w) {
        return w == ActionWindow::Main || w == ActionWindow::Accounts || w == ActionWindow::Wizard;
    };
    if (a == b)
        return true;
    return (a == ActionWindow::AccountPanel && hostsPanel(b)) ||
           (b == ActionWindow::AccountPanel && hostsPanel(a));
}

} // namespace

QString ActionDef::plainText() const
{
    QString plain = text;
    plain.remove(u'…');
    // "&&" is a literal ampersand; a single & marks the mnemonic.
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(u'&');
    plain.replace(u'\x01', u'&');
    return plain.trimmed();
}

QList<QKeySequence> ActionDef::shortcuts() const
{
    if (kind != Kind::Mnemonic)
        return keys;
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    return mnemonic.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{mnemonic};
}

QString ActionDef::keysText() const
{
    const QList<QKeySequence> all = shortcuts();
    QStringList parts;
    if (keyRange && all.size() > 1) {
        parts << ActionCatalog::tr("%1…%2").arg(all.constFirst().toString(QKeySequence::NativeText),
                                                all.constLast().toString(QKeySequence::NativeText));
    } else {
        for (const QKeySequence &k : all)
            parts << k.toString(QKeySequence::NativeText);
    }
    if (!otherWays.isEmpty())
        parts << otherWays;
    QString result = parts.join(QStringLiteral(", "));
    if (!where.isEmpty())
        result = ActionCatalog::tr("%1 (%2)").arg(result, where);
    return result;
}

QString ActionDef::listText() const
{
    return description.isEmpty() ? plainText() : description;
}

const QList<ActionDef> &ActionCatalog::all()
{
    static const QList<ActionDef> definitions = build();
    return definitions;
}

namespace {
const QHash<QString, qsizetype> &index()
{
    static const QHash<QString, qsizetype> byId = [] {
        QHash<QString, qsizetype> ids;
        const QList<ActionDef> &defs = ActionCatalog::all();
        for (qsizetype i = 0; i < defs.size(); ++i) {
            if (ids.contains(defs.at(i).id))
                qFatal("action %s is defined twice", qPrintable(defs.at(i).id));
            ids.insert(defs.at(i).id, i);
        }
        return ids;
    }();
    return byId;
}
} // namespace

bool ActionCatalog::contains(QStringView id)
{
    return index().contains(id.toString());
}

const ActionDef &ActionCatalog::get(QStringView id)
{
    const auto it = index().constFind(id.toString());
    if (it == index().cend())
        qFatal("no action %s in the catalog", qPrintable(id.toString()));
    return all().at(*it);
}

QString ActionCatalog::keyText(QStringView id)
{
    const QList<QKeySequence> keys = get(id).shortcuts();
    return keys.isEmpty() ? QString() : keys.constFirst().toString(QKeySequence::NativeText);
}

QString ActionCatalog::toolTip(QStringView id)
{
    const ActionDef &def = get(id);
    const QString what = def.toolTip.isEmpty() ? def.listText() : def.toolTip;
    const QString key = keyText(id);
    return key.isEmpty() ? what : tr("%1 (%2)").arg(what, key);
}

bool ActionCatalog::matches(QStringView id, const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    const QList<QKeySequence> keys = get(id).shortcuts();
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&pressed](const QKeySequence &k) { return k == pressed; });
}

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

QString ActionCatalog::queueId(QueueKind kind)
{
    return QStringLiteral("queue.") + Queues::key(kind);
}

} // namespace helpdesk
