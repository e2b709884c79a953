#include "common/ActionCatalog.h"

#include "common/KnowledgeActionDefs.h"

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
    const QString queues = ActionCatalog::tr("Queues and the ticket list");
    const QString ticket = ActionCatalog::tr("The ticket");
    const QString editor = ActionCatalog::tr("Reply and note editor");
    const QString account = ActionCatalog::tr("Customer account");
    const QString wizard = ActionCatalog::tr("Troubleshooting wizard");
    const QString mail = ActionCatalog::tr("Mail and the Outbox");
    const QString search = ActionCatalog::tr("Search and Accounts screens");
    const QString app = ActionCatalog::tr("Application");
    const QString inFilter = ActionCatalog::tr("in the filter");
    const QString inEditor = ActionCatalog::tr("in the editor");
    const QString inSearchBox = ActionCatalog::tr("in the search box");
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
                  .description = ActionCatalog::tr("Show “%1”").arg(label),
                  .keys = {seq(Qt::CTRL | Qt::Key(Qt::Key_1 + i))},
                  .checkable = true});
    }
    d.append({.id = QStringLiteral("list.filter"),
              .group = queues,
              .text = ActionCatalog::tr("&Filter Tickets…"),
              .description = ActionCatalog::tr("Filter the queue"),
              .keys = {QKeySequence(QKeySequence::Find)}});
    d.append({.id = QStringLiteral("list.clearFilter"),
              .kind = Kind::Keys,
              .widget = filter,
              .group = queues,
              .description = ActionCatalog::tr("Clear the filter and return to the list"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))},
              .where = inFilter});
    d.append({.id = QStringLiteral("list.fromFilter"),
              .kind = Kind::Keys,
              .widget = filter,
              .group = queues,
              .description = ActionCatalog::tr("Go from the filter to the list"),
              .keys = {seq(QKeyCombination(Qt::Key_Down))},
              .where = inFilter});
    d.append({.id = QStringLiteral("list.search"),
              .group = queues,
              .text = ActionCatalog::tr("&Search Tickets…"),
              .description = ActionCatalog::tr("Search all tickets (subjects, messages, notes)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}});
    d.append({.id = QStringLiteral("list.focus"),
              .group = queues,
              .text = ActionCatalog::tr("Go to Ticket &List"),
              .description = ActionCatalog::tr("Go to the ticket list"),
              .keys = {seq(Qt::CTRL | Qt::Key_L), seq(QKeyCombination(Qt::Key_F6))}});
    d.append({.id = QStringLiteral("list.move"),
              .kind = Kind::Keys,
              .widget = table,
              .group = queues,
              .description = ActionCatalog::tr("Move through the tickets"),
              .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down)),
                       seq(QKeyCombination(Qt::Key_PageUp)), seq(QKeyCombination(Qt::Key_PageDown)),
                       seq(QKeyCombination(Qt::Key_Home)), seq(QKeyCombination(Qt::Key_End))}});
    d.append({.id = QStringLiteral("list.open"),
              .widget = table,
              .group = queues,
              .text = ActionCatalog::tr("&Open Ticket"),
              .description = ActionCatalog::tr("Open the selected ticket"),
              .keys = {enter[0], enter[1]},
              .context = Qt::WidgetShortcut});
    d.append({.id = QStringLiteral("list.sort"),
              .kind = Kind::Keys,
              .group = queues,
              .description = ActionCatalog::tr("Sort by a column"),
              .otherWays = ActionCatalog::tr("Click the column header")});
    d.append({.id = QStringLiteral("list.select"),
              .kind = Kind::Keys,
              .widget = table,
              .group = queues,
              .description = ActionCatalog::tr("Select several tickets"),
              .keys = {seq(Qt::SHIFT | Qt::Key_Up), seq(Qt::SHIFT | Qt::Key_Down)},
              .otherWays = ActionCatalog::tr("Ctrl+click")});
    d.append({.id = QStringLiteral("list.riskOrder"),
              .kind = Kind::Keys,
              .group = queues,
              .description = ActionCatalog::tr("Back to column order in “Escalated”"),
              .otherWays = ActionCatalog::tr("Click a column header")});

    // The ticket shown, and the selected tickets.
    d.append({.id = QStringLiteral("ticket.new"),
              .group = ticket,
              .text = ActionCatalog::tr("&New Ticket…"),
              .description = ActionCatalog::tr("New ticket"),
              .keys = {seq(Qt::CTRL | Qt::Key_N)}});
    d.append({.id = QStringLiteral("ticket.take"),
              .group = ticket,
              .text = ActionCatalog::tr("&Take"),
              .iconText = ActionCatalog::tr("Take"),
              .toolTip = ActionCatalog::tr("Assign the ticket to yourself"),
              .description = ActionCatalog::tr("Take the ticket"),
              .keys = {seq(Qt::CTRL | Qt::Key_T)}});
    d.append(
        {.id = QStringLiteral("ticket.assign"),
         .group = ticket,
         .text = ActionCatalog::tr("&Assign…"),
         .iconText = ActionCatalog::tr("Assign…"),
         .toolTip = ActionCatalog::tr("Assign or reassign the ticket"),
         .description = ActionCatalog::tr("Assign or reassign (the selected tickets, if several)"),
         .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}});
    d.append({.id = QStringLiteral("ticket.reply"),
              .group = ticket,
              .text = ActionCatalog::tr("&Reply"),
              .iconText = ActionCatalog::tr("Reply"),
              .toolTip = ActionCatalog::tr("Write a reply to the customer"),
              .description = ActionCatalog::tr("Reply to the customer"),
              .keys = {seq(Qt::CTRL | Qt::Key_R)}});
    d.append({.id = QStringLiteral("ticket.note"),
              .group = ticket,
              .text = ActionCatalog::tr("Internal &Note"),
              .iconText = ActionCatalog::tr("Note"),
              .toolTip = ActionCatalog::tr("Write a note only staff see"),
              .description = ActionCatalog::tr("Internal note"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}});
    d.append(
        {.id = QStringLiteral("ticket.logCustomerMessage"),
         .group = ticket,
         .text = ActionCatalog::tr("&Log Customer Message…"),
         .iconText = ActionCatalog::tr("Log Message…"),
         .toolTip = ActionCatalog::tr("Record what the customer said on the phone or in a chat"),
         .description = ActionCatalog::tr("Log a customer's message (phone, chat)")});
    d.append({.id = QStringLiteral("ticket.noSurvey"),
              .group = ticket,
              .text = ActionCatalog::tr("No &Follow-up Survey"),
              .toolTip = ActionCatalog::tr("Do not ask this customer how the support was once the "
                                           "ticket is resolved"),
              .description = ActionCatalog::tr("Send this ticket no follow-up survey")});
    d.append(
        {.id = QStringLiteral("ticket.troubleshoot"),
         .group = ticket,
         .text = ActionCatalog::tr("T&roubleshoot…"),
         .iconText = ActionCatalog::tr("Troubleshoot…"),
         .toolTip = ActionCatalog::tr("Walk the customer through a guided troubleshooting flow"),
         .description = ActionCatalog::tr("Troubleshoot the ticket (guided wizard)"),
         .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}});
    d.append({.id = QStringLiteral("ticket.statusMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("&Status")});
    d.append({.id = QStringLiteral("ticket.escalate"),
              .group = ticket,
              .text = ActionCatalog::tr("&Escalate"),
              .toolTip = ActionCatalog::tr("Hand the ticket to the team leads"),
              .description = ActionCatalog::tr("Escalate"),
              .keys = {seq(Qt::CTRL | Qt::Key_E)}});
    d.append({.id = QStringLiteral("ticket.deEscalate"),
              .group = ticket,
              .text = ActionCatalog::tr("&De-escalate…"),
              .toolTip =
                  ActionCatalog::tr("Team leads: return the ticket to the open queue, saying why"),
              .description = ActionCatalog::tr("De-escalate, with a comment (team leads)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}});
    d.append(
        {.id = QStringLiteral("ticket.priority"),
         .group = ticket,
         .text = ActionCatalog::tr("Set &Priority…"),
         .toolTip = ActionCatalog::tr("Change the priority"),
         .description = ActionCatalog::tr("Set the priority (of the selected tickets, if several)"),
         .keys = {seq(Qt::CTRL | Qt::Key_P)}});
    d.append({.id = QStringLiteral("ticket.priorityMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("P&riority")});
    d.append({.id = QStringLiteral("ticket.categoryMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("&Category")});
    d.append({.id = QStringLiteral("selection.menu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("Se&lected Tickets")});
    d.append({.id = QStringLiteral("selection.assign"),
              .group = ticket,
              .text = ActionCatalog::tr("&Assign Selected…")});
    d.append({.id = QStringLiteral("selection.priorityMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("Set &Priority of Selected")});
    d.append({.id = QStringLiteral("selection.statusMenu"),
              .kind = Kind::Menu,
              .group = ticket,
              .text = ActionCatalog::tr("Set &Status of Selected")});

    d.append(
        {.id = QStringLiteral("picker.move"),
         .kind = Kind::Keys,
         .window = ActionWindow::StaffPicker,
         .widget = QStringLiteral("staffFilter"),
         .group = ticket,
         .description = ActionCatalog::tr("Assign: move through the staff list"),
         .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down)),
                  seq(QKeyCombination(Qt::Key_PageUp)), seq(QKeyCombination(Qt::Key_PageDown))},
         .where = ActionCatalog::tr("in the name box")});

    // The reply and note editor.
    d.append({.id = QStringLiteral("editor.submit"),
              .kind = Kind::Keys,
              .widget = composer,
              .group = editor,
              .description = ActionCatalog::tr("Add the reply or note"),
              .keys = ctrlEnter,
              .where = inEditor});
    d.append({.id = QStringLiteral("editor.close"),
              .kind = Kind::Keys,
              .widget = composer,
              .group = editor,
              .toolTip = ActionCatalog::tr("Close the editor and keep the text"),
              .description = ActionCatalog::tr("Close the editor, keeping the text"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))},
              .where = inEditor});

    // The customer account, beside the ticket and on the Accounts screen.
    d.append({.id = QStringLiteral("account.find"),
              .group = account,
              .text = ActionCatalog::tr("&Find Account…"),
              .toolTip = ActionCatalog::tr("Customer accounts by email address or name"),
              .description = ActionCatalog::tr("Find a customer account"),
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
    accountAction("send_reset_link", ActionCatalog::tr("Send Password-&Reset Link"),
                  ActionCatalog::tr("Send a password-reset link"), Qt::CTRL | Qt::ALT | Qt::Key_R);
    accountAction("send_activation_link", ActionCatalog::tr("Send &Activation Link"),
                  ActionCatalog::tr("Send an activation link"), Qt::CTRL | Qt::ALT | Qt::Key_A);
    accountAction("lock", ActionCatalog::tr("&Lock Now…"),
                  ActionCatalog::tr("Lock the account now"), Qt::CTRL | Qt::ALT | Qt::Key_K);
    accountAction(
        "unlock", ActionCatalog::tr("&Unlock…"),
        ActionCatalog::tr("Unlock the account (or ask a team lead to lift a security lock)"),
        Qt::CTRL | Qt::ALT | Qt::Key_U);
    accountAction("approve_unlock", ActionCatalog::tr("A&pprove Unlock…"), {}, none);
    accountAction("reject_unlock", ActionCatalog::tr("Turn &Down Unlock…"), {}, none);
    accountAction("identity_check", ActionCatalog::tr("Verify &Identity…"),
                  ActionCatalog::tr("Verify the customer's identity"),
                  Qt::CTRL | Qt::ALT | Qt::Key_I);
    accountAction("mark_email_verified", ActionCatalog::tr("Mark &Email Verified"),
                  ActionCatalog::tr("Mark the email address verified"),
                  Qt::CTRL | Qt::ALT | Qt::Key_E);
    accountAction("revoke_tokens", ActionCatalog::tr("Re&voke Outstanding Links"),
                  ActionCatalog::tr("Revoke the links not used yet"),
                  Qt::CTRL | Qt::ALT | Qt::Key_X);
    d.append({.id = QStringLiteral("account.check_forwarded"),
              .window = panel,
              .group = account,
              .text = ActionCatalog::tr("Check a &Forwarded Email…"),
              .toolTip = ActionCatalog::tr("Did we send the email the customer forwarded?"),
              .description = ActionCatalog::tr("Check an email the customer forwarded"),
              .keys = {seq(Qt::CTRL | Qt::ALT | Qt::Key_F)}});
    d.append({.id = QStringLiteral("forwarded.check"),
              .kind = Kind::Keys,
              .window = ActionWindow::ForwardedMail,
              .widget = QStringLiteral("forwardedText"),
              .group = account,
              .description = ActionCatalog::tr("Check the pasted message"),
              .keys = ctrlEnter,
              .where = ActionCatalog::tr("in the forwarded email")});

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
    mnemonic("wizard.start", startPage, ActionCatalog::tr("&Start"),
             ActionCatalog::tr("Start the flow"));
    mnemonic("wizard.resume", startPage, ActionCatalog::tr("&Resume"),
             ActionCatalog::tr("Resume the paused run"));
    mnemonic("wizard.continue", startPage, ActionCatalog::tr("&Continue"),
             ActionCatalog::tr("Continue the run in progress"));
    QList<QKeySequence> answers;
    for (int n = 1; n <= 9; ++n)
        answers << seq(Qt::ALT | Qt::Key(Qt::Key_0 + n));
    d.append({.id = QStringLiteral("wizard.answer"),
              .kind = Kind::Keys,
              .window = wiz,
              .widget = stepPage,
              .group = wizard,
              .description = ActionCatalog::tr("Answer the step (the numbered buttons)"),
              .keys = answers,
              .keyRange = true});
    mnemonic("wizard.notes", stepPage, ActionCatalog::tr("&Notes for the timeline (optional)"),
             ActionCatalog::tr("Go to the notes for the timeline"));
    mnemonic("wizard.copy", stepPage, ActionCatalog::tr("&Copy"),
             ActionCatalog::tr("Copy the text for the customer"),
             ActionCatalog::tr("Copy the text to the clipboard"));
    mnemonic("wizard.email", stepPage, ActionCatalog::tr("&Email to the Customer"),
             ActionCatalog::tr("Email the customer the steps still to try, or the text of the "
                               "final step"));
    mnemonic("wizard.recheck", stepPage, ActionCatalog::tr("Chec&k Again"),
             ActionCatalog::tr("Read the account's status again"),
             ActionCatalog::tr("Read the account's status again"));
    mnemonic("wizard.reload", stepPage, ActionCatalog::tr("&Reload"),
             ActionCatalog::tr("Reload a run someone else moved on"),
             ActionCatalog::tr("Read the run again and continue from where it is now"));
    mnemonic("wizard.pause", stepPage, ActionCatalog::tr("&Pause and Close"),
             ActionCatalog::tr("Pause the run and close the wizard"),
             ActionCatalog::tr(
                 "Pause the run on the ticket, so that you or a colleague can resume it later"));
    d.append({.id = QStringLiteral("wizard.close"),
              .kind = Kind::Keys,
              .window = wiz,
              .group = wizard,
              .toolTip = ActionCatalog::tr(
                  "Close the wizard; every answer given stays recorded on the ticket"),
              .description = ActionCatalog::tr("Close the wizard (every answer stays recorded)"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape))}});
    mnemonic("wizard.finish", finishedPage, ActionCatalog::tr("&Close"),
             ActionCatalog::tr("Close the finished run"));

    // Mail: the Outbox screen, the templates, the settings.
    d.append({.id = QStringLiteral("outbox.show"),
              .group = mail,
              .text = ActionCatalog::tr("&Outbox…"),
              .toolTip = ActionCatalog::tr("Outgoing mail: what waits, what was sent, what failed"),
              .description = ActionCatalog::tr("Outbox: outgoing mail, retry or cancel"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}});
    d.append({.id = QStringLiteral("outbox.retry"),
              .window = outbox,
              .group = mail,
              .text = ActionCatalog::tr("&Retry"),
              .toolTip = ActionCatalog::tr("Send the selected message again now"),
              .description = ActionCatalog::tr("Retry the selected message (in the Outbox)"),
              .keys = {seq(Qt::CTRL | Qt::Key_R)}});
    d.append({.id = QStringLiteral("outbox.cancel"),
              .window = outbox,
              .group = mail,
              .text = ActionCatalog::tr("&Cancel Message…"),
              .toolTip = ActionCatalog::tr("Make sure the selected message is never sent"),
              .description = ActionCatalog::tr("Cancel the selected message (in the Outbox)"),
              .keys = {QKeySequence(QKeySequence::Delete)}});
    d.append({.id = QStringLiteral("outbox.openTicket"),
              .window = outbox,
              .widget = QStringLiteral("outboxTable"),
              .group = mail,
              .text = ActionCatalog::tr("&Open Ticket"),
              .toolTip = ActionCatalog::tr("Show the message's ticket in the main window"),
              .description = ActionCatalog::tr("Open the message's ticket (in the Outbox)"),
              .keys = {enter[0], enter[1]},
              .context = Qt::WidgetShortcut});
    d.append({.id = QStringLiteral("outbox.refresh"),
              .window = outbox,
              .group = mail,
              .text = ActionCatalog::tr("Re&fresh"),
              .description = ActionCatalog::tr("Refresh the Outbox"),
              .keys = {QKeySequence(QKeySequence::Refresh)}});
    d.append({.id = QStringLiteral("tools.templatePreview"),
              .group = mail,
              .text = ActionCatalog::tr("Mail &Template Preview…"),
              .description = ActionCatalog::tr("Mail template preview"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}});
    d.append({.id = QStringLiteral("tools.staff"),
              .group = mail,
              .text = ActionCatalog::tr("Sta&ff…"),
              .toolTip =
                  ActionCatalog::tr("Add staff members, change their roles, disable or enable them "
                                    "(administrators only)"),
              .description = ActionCatalog::tr("Staff (administrators only)")});
    d.append({.id = QStringLiteral("tools.settings"),
              .group = mail,
              .text = ActionCatalog::tr("&Settings…"),
              .description = ActionCatalog::tr("Settings (mail)"),
              .keys = {seq(Qt::CTRL | Qt::Key_Comma)},
              .role = QAction::PreferencesRole});

    // Reports for team leads.
    const QString reports = ActionCatalog::tr("Reports");
    const ActionWindow reportsWindow = ActionWindow::Reports;
    d.append({.id = QStringLiteral("reports.show"),
              .group = reports,
              .text = ActionCatalog::tr("&Reports…"),
              .toolTip = ActionCatalog::tr("Volumes, response and resolution times, SLA, "
                                           "escalations, the troubleshooting funnel, workload"),
              .description = ActionCatalog::tr("Reports (team leads and admins)"),
              .keys = {seq(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}});
    d.append({.id = QStringLiteral("reports.exportCsv"),
              .window = reportsWindow,
              .group = reports,
              .text = ActionCatalog::tr("Export Table as &CSV…"),
              .toolTip = ActionCatalog::tr("Save the table under the chart as a CSV file"),
              .description = ActionCatalog::tr("Export the report's table as CSV (in Reports)"),
              .keys = {seq(Qt::CTRL | Qt::Key_S)}});
    d.append({.id = QStringLiteral("reports.exportPdf"),
              .window = reportsWindow,
              .group = reports,
              .text = ActionCatalog::tr("Export Report as &PDF…"),
              .toolTip = ActionCatalog::tr("Save every report of this range, charts included, "
                                           "as a PDF with one page per report"),
              .description = ActionCatalog::tr("Export all reports as PDF (in Reports)"),
              .keys = {seq(Qt::CTRL | Qt::Key_P)}});
    d.append({.id = QStringLiteral("reports.openTickets"),
              .window = reportsWindow,
              .widget = QStringLiteral("reportTable"),
              .group = reports,
              .text = ActionCatalog::tr("&Open Tickets"),
              .toolTip = ActionCatalog::tr("Show the tickets behind the selected row in the "
                                           "main window's list"),
              .description = ActionCatalog::tr("Open the row's tickets in the list (in Reports)"),
              .keys = {enter[0], enter[1]},
              .context = Qt::WidgetShortcut});
    d.append({.id = QStringLiteral("reports.refresh"),
              .window = reportsWindow,
              .group = reports,
              .text = ActionCatalog::tr("Re&fresh"),
              .description = ActionCatalog::tr("Compute the report again (in Reports)"),
              .keys = {QKeySequence(QKeySequence::Refresh)}});

    // Search Tickets and the Accounts screen.
    d.append({.id = QStringLiteral("search.move"),
              .kind = Kind::Keys,
              .window = ActionWindow::Search,
              .widget = QStringLiteral("searchQuery"),
              .group = search,
              .description = ActionCatalog::tr("Search Tickets: move through the results"),
              .keys = {seq(QKeyCombination(Qt::Key_Up)), seq(QKeyCombination(Qt::Key_Down))},
              .where = inSearchBox});
    d.append({.id = QStringLiteral("accounts.toResults"),
              .kind = Kind::Keys,
              .window = ActionWindow::Accounts,
              .widget = QStringLiteral("accountSearch"),
              .group = search,
              .description = ActionCatalog::tr("Accounts: go from the search box to the results"),
              .keys = {seq(QKeyCombination(Qt::Key_Down))},
              .where = inSearchBox});

    // The application.
    d.append({.id = QStringLiteral("app.refresh"),
              .group = app,
              .text = ActionCatalog::tr("&Refresh"),
              .description = ActionCatalog::tr("Refresh"),
              .keys = {QKeySequence(QKeySequence::Refresh)}});
    d.append({.id = QStringLiteral("view.toolbar"),
              .group = app,
              .text = ActionCatalog::tr("Show &Toolbar"),
              .description = ActionCatalog::tr("Show or hide the toolbar"),
              .checkable = true});
    d.append({.id = QStringLiteral("app.shortcuts"),
              .group = app,
              .text = ActionCatalog::tr("&Keyboard Shortcuts"),
              .description = ActionCatalog::tr("Keyboard shortcuts"),
              .keys = {QKeySequence(QKeySequence::HelpContents)}});
    d.append({.id = QStringLiteral("app.quit"),
              .group = app,
              .text = ActionCatalog::tr("&Quit"),
              .description = ActionCatalog::tr("Quit"),
              .keys = {QKeySequence(QKeySequence::Quit)},
              .role = QAction::QuitRole});
    d.append({.id = QStringLiteral("window.close"),
              .window = ActionWindow::SideWindow,
              .group = app,
              .text = ActionCatalog::tr("&Close Window"),
              .description =
                  ActionCatalog::tr("Close Search, Accounts, the Outbox, Reports or the settings"),
              .keys = {seq(QKeyCombination(Qt::Key_Escape)), seq(Qt::CTRL | Qt::Key_W)}});
    d.append({.id = QStringLiteral("app.about"),
              .group = app,
              .text = ActionCatalog::tr("&About Helpdesk"),
              .role = QAction::AboutRole});
    d += knowledgeActionDefs();
    return d;
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

QString ActionCatalog::queueId(QueueKind kind)
{
    return QStringLiteral("queue.") + Queues::key(kind);
}

} // namespace helpdesk
