<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Account</name>
    <message numerus="yes">
        <location filename="../../core/accounts/Account.cpp" line="175"/>
        <source>Revoked %n outstanding link(s)</source>
        <translation>
            <numerusform>Revoked %n outstanding link</numerusform>
            <numerusform>Revoked %n outstanding links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountActionDialogs</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="34"/>
        <source>%n outstanding link(s) stop working. </source>
        <translation>
            <numerusform>%n outstanding link stops working. </numerusform>
            <numerusform>%n outstanding links stop working. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message numerus="yes">
        <location filename="../../core/admin/AccountsCommand.cpp" line="172"/>
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message numerus="yes">
        <location filename="../../core/admin/AdminCli.cpp" line="166"/>
        <source>Escalated %n ticket(s) whose SLA was breached.</source>
        <translation>
            <numerusform>Escalated %n ticket whose SLA was breached.</numerusform>
            <numerusform>Escalated %n tickets whose SLA was breached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/AdminCli.cpp" line="211"/>
        <source>SLA configuration saved; due times of %n open ticket(s) recomputed.</source>
        <translation>
            <numerusform>SLA configuration saved; due times of %n open ticket recomputed.</numerusform>
            <numerusform>SLA configuration saved; due times of %n open tickets recomputed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="41"/>
        <source>Queued %n survey mail(s)</source>
        <translation>
            <numerusform>Queued %n survey mail</numerusform>
            <numerusform>Queued %n survey mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="42"/>
        <source>skipped %n</source>
        <translation>
            <numerusform>skipped %n</numerusform>
            <numerusform>skipped %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="43"/>
        <source>cancelled %n (reopened)</source>
        <translation>
            <numerusform>cancelled %n (reopened)</numerusform>
            <numerusform>cancelled %n (reopened)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="44"/>
        <source>acted on %n answer(s)</source>
        <translation>
            <numerusform>acted on %n answer</numerusform>
            <numerusform>acted on %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="45"/>
        <source>reopened %n ticket(s)</source>
        <translation>
            <numerusform>reopened %n ticket</numerusform>
            <numerusform>reopened %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="46"/>
        <source>%n left for a team lead.</source>
        <translation>
            <numerusform>%n left for a team lead.</numerusform>
            <numerusform>%n left for a team lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/KbCommand.cpp" line="219"/>
        <source>Wrote %n page(s) to %1 (open index.html); </source>
        <translation>
            <numerusform>Wrote %n page to %1 (open index.html); </numerusform>
            <numerusform>Wrote %n pages to %1 (open index.html); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/KbCommand.cpp" line="221"/>
        <source>%n internal or unpublished article(s) left out.</source>
        <translation>
            <numerusform>%n internal or unpublished article left out.</numerusform>
            <numerusform>%n internal or unpublished articles left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewEventsQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="37"/>
        <source>… and %n earlier entry(s)</source>
        <translation>
            <numerusform>… and %n earlier entry</numerusform>
            <numerusform>… and %n earlier entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="60"/>
        <source>%n new entry(s) arrived on this ticket since you opened it:</source>
        <translation>
            <numerusform>%n new entry arrived on this ticket since you opened it:</numerusform>
            <numerusform>%n new entries arrived on this ticket since you opened it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportPdf.cpp" line="73"/>
        <source>… and %n more rows (export the table as CSV for all of them).</source>
        <translation>
            <numerusform>… and %n more row (export the table as CSV for all of them).</numerusform>
            <numerusform>… and %n more rows (export the table as CSV for all of them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="268"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="271"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="274"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountHistoryTabs</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="118"/>
        <source>All %n sign-in(s) shown, newest first.</source>
        <translation>
            <numerusform>The only sign-in is shown.</numerusform>
            <numerusform>All %n sign-ins shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="120"/>
        <source>The latest %n sign-in(s), newest first.</source>
        <translation>
            <numerusform>The latest sign-in.</numerusform>
            <numerusform>The latest %n sign-ins, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountsWindow</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="165"/>
        <source>%n account(s) match.</source>
        <translation>
            <numerusform>%n account matches.</numerusform>
            <numerusform>%n accounts match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkActions</name>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkActions.cpp" line="67"/>
        <source>Assign %n ticket(s)</source>
        <translation>
            <numerusform>Assign %n ticket</numerusform>
            <numerusform>Assign %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkActions.cpp" line="117"/>
        <source>%1: changed %n ticket(s).</source>
        <translation>
            <numerusform>%1: changed %n ticket.</numerusform>
            <numerusform>%1: changed %n tickets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="22"/>
        <source>%n ticket(s) could not be changed; nothing was changed on them.</source>
        <translation>
            <numerusform>%n ticket could not be changed; nothing was changed on it.</numerusform>
            <numerusform>%n tickets could not be changed; nothing was changed on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="25"/>
        <source>Stopped on request: %n ticket(s) were not tried.</source>
        <translation>
            <numerusform>Stopped on request: %n ticket was not tried.</numerusform>
            <numerusform>Stopped on request: %n tickets were not tried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::ForwardedMailDialog</name>
    <message numerus="yes">
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="222"/>
        <source>%n forwarded or quoted mail(s) in the text match none of the mails we sent to this customer.</source>
        <translation>
            <numerusform>%n forwarded or quoted mail in the text matches none of the mails we sent to this customer.</numerusform>
            <numerusform>%n forwarded or quoted mails in the text match none of the mails we sent to this customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::IncomingMailPage</name>
    <message numerus="yes">
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="251"/>
        <source>Fetching from %1 every %n second(s).</source>
        <translation>
            <numerusform>Fetching from %1 every second.</numerusform>
            <numerusform>Fetching from %1 every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::KnowledgePicker</name>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="111"/>
        <source>%n match(es). Enter inserts the highlighted one.</source>
        <translation>
            <numerusform>%n match. Enter inserts the highlighted one.</numerusform>
            <numerusform>%n matches. Enter inserts the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::KnowledgeWindow</name>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="171"/>
        <source>%1
%2 · %3 · %4 · used %n time(s)</source>
        <translation>
            <numerusform>%1
%2 · %3 · %4 · used once</numerusform>
            <numerusform>%1
%2 · %3 · %4 · used %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="272"/>
        <source>used in %n repl(ies)</source>
        <translation>
            <numerusform>used in %n reply</numerusform>
            <numerusform>used in %n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="273"/>
        <source>%n now resolved</source>
        <translation>
            <numerusform>%n now resolved</numerusform>
            <numerusform>%n now resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::MailDelivery</name>
    <message numerus="yes">
        <location filename="../../core/mail/MailDelivery.cpp" line="46"/>
        <source>%n email(s) wait in the outbox because mail is not set up yet. An administrator can enter the mail relay and the sender address in the mail settings; the waiting mail is sent then.</source>
        <translation>
            <numerusform>%n email waits in the outbox because mail is not set up yet. An administrator can enter the mail relay and the sender address in the mail settings; the waiting mail is sent then.</numerusform>
            <numerusform>%n emails wait in the outbox because mail is not set up yet. An administrator can enter the mail relay and the sender address in the mail settings; the waiting mail is sent then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::MailFetchService</name>
    <message numerus="yes">
        <location filename="../../core/ingest/MailFetchService.cpp" line="152"/>
        <source>Signed in to %1 and opened the folder %2 (%n message(s) in it).</source>
        <translation>
            <numerusform>Signed in to %1 and opened the folder %2 (%n message in it).</numerusform>
            <numerusform>Signed in to %1 and opened the folder %2 (%n messages in it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="453"/>
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n selected ticket</numerusform>
            <numerusform>%n selected tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::ReplyComposer</name>
    <message numerus="yes">
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="317"/>
        <source>%n knowledge article(s) used; the ticket records it when you send.</source>
        <translation>
            <numerusform>%n knowledge article used; the ticket records it when you send.</numerusform>
            <numerusform>%n knowledge articles used; the ticket records it when you send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::StaffPickerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="99"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::WizardStepPage</name>
    <message numerus="yes">
        <source>Queues a mail to %1 with the %n step(s) still to try (Alt+E):</source>
        <translation type="vanished">
            <numerusform>Queues a mail to %1 with the %n step still to try (Alt+E):</numerusform>
            <numerusform>Queues a mail to %1 with the %n steps still to try (Alt+E):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="131"/>
        <source>Queues a mail to %1 with the %n step(s) still to try (%2):</source>
        <translation>
            <numerusform>Queues a mail to %1 with the one step still to try (%2):</numerusform>
            <numerusform>Queues a mail to %1 with the %n steps still to try (%2):</numerusform>
        </translation>
    </message>
</context>
</TS>
