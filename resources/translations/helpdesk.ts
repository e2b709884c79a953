<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Account</name>
    <message numerus="yes">
        <location filename="../../core/accounts/Account.cpp" line="175"/>
        <source>Revoked %n outstanding link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="116"/>
        <source>Authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="118"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="120"/>
        <source>Email code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="122"/>
        <source>Security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="159"/>
        <source>Sent a password-reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="161"/>
        <source>Sent an activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="163"/>
        <source>Locked the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="165"/>
        <source>Unlocked the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="167"/>
        <source>Asked a team lead to unlock the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="169"/>
        <source>Approved the unlock and unlocked the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="171"/>
        <source>Turned down the unlock request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="179"/>
        <source>Marked the email address as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="182"/>
        <source>Identity check passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="183"/>
        <source>Identity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="54"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="56"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="58"/>
        <source>Pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="60"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="62"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="102"/>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="104"/>
        <source>Locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="106"/>
        <source>Locked for a security reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="141"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/Account.cpp" line="151"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountActionDialogs</name>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="28"/>
        <source>Lock Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="29"/>
        <source>Lock %1&apos;s account now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="31"/>
        <source>Nobody can sign in to %1 until the lock is lifted. %2The customer is told by email. Lifting this lock later needs a team lead&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="34"/>
        <source>%n outstanding link(s) stop working. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="36"/>
        <source>&amp;Reason (required, recorded on the account and the ticket):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="37"/>
        <source>Why the account must be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="38"/>
        <source>Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="40"/>
        <source>Customer reported a compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="40"/>
        <source>Sign-in from an unknown country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="41"/>
        <source>Customer asked us to lock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="45"/>
        <source>&amp;Reason (required, recorded on the account and the chosen ticket):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="53"/>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="64"/>
        <source>Request Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="54"/>
        <source>Ask a team lead to lift the security lock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="56"/>
        <source>%1 was locked for a security reason (%2). A team lead other than you must approve lifting the lock (four-eyes rule); until then the account stays locked. Your request and the decision are recorded on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="59"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="61"/>
        <source>&amp;Why it is safe to unlock (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="62"/>
        <source>E.g. identity verified by email code and registration details; customer confirmed the foreign sign-in was theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="71"/>
        <source>Unlock Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="72"/>
        <source>Unlock %1&apos;s account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="73"/>
        <source>The account was locked after failed sign-ins. Once unlocked, the customer can sign in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="75"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="76"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="86"/>
        <source>Approve Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="87"/>
        <source>Approve %1&apos;s request and unlock the account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="88"/>
        <source>You are the second pair of eyes: the account of %1 is unlocked at once. Their reason: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="91"/>
        <source>&amp;Note for the timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="92"/>
        <source>Approve and Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="102"/>
        <source>Turn Down Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="103"/>
        <source>Turn down %1&apos;s request to unlock the account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="104"/>
        <source>The account stays locked. Say what is missing, so that %1 knows what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="107"/>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionDialogs.cpp" line="108"/>
        <source>Turn Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="292"/>
        <source>Customer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="33"/>
        <source>Someone changed this account at the same moment. Nothing was changed; look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="45"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="48"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="226"/>
        <source>Sent a password-reset link to %1; it expires at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="228"/>
        <source>Sent an activation link to %1; it expires at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="293"/>
        <source>A reason for the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="317"/>
        <source>Locked the account %1: %2. Outstanding links revoked: %3. The customer is told by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="321"/>
        <source>Locked the account %1: %2. The customer is told by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="342"/>
        <location filename="../../core/accounts/AccountActions.cpp" line="532"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="354"/>
        <source>Unlocked the account %1 (it was locked after failed sign-ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="356"/>
        <source>Unlocked the account %1 (it was locked after failed sign-ins): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="370"/>
        <source>A reason for unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="385"/>
        <source>Asked a team lead to unlock the account %1 (locked: %2). Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="388"/>
        <source>Unlock requested; a team lead other than you must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="398"/>
        <source>A note for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="413"/>
        <source>This unlock request was already decided (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="428"/>
        <source>This unlock request is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="442"/>
        <source>Someone decided this unlock request at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="452"/>
        <source>Turned down %1&apos;s request to unlock the account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="455"/>
        <source>Approved %1&apos;s request and unlocked the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="457"/>
        <source>Approved %1&apos;s request and unlocked the account %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="495"/>
        <source>Revoked the outstanding links of the account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="519"/>
        <source>Marked the email address %1 as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="538"/>
        <source>No phone number is registered on this account, so a phone code cannot be checked. Use another check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="557"/>
        <source>Identity check passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="558"/>
        <source>Identity check failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountActions.cpp" line="562"/>
        <source>The customer&apos;s identity is now verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="50"/>
        <source>Reset links go to active accounts only, and this account is locked. Lift the lock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="55"/>
        <source>Reset links go to active accounts only, and this account is %1. Send an activation link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="60"/>
        <source>Reset links go to active accounts only, and this account is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="71"/>
        <source>This account is already active. If the customer cannot sign in, send a password-reset link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="73"/>
        <source>Activation links go to inactive accounts or accounts waiting for activation, and this account is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="81"/>
        <source>This account is already locked for a security reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="84"/>
        <source>Only an active account can be locked; this one is %1, so nobody can sign in to it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="91"/>
        <location filename="../../core/accounts/AccountChecks.cpp" line="102"/>
        <source>This account is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="95"/>
        <source>This lock was set for a security reason, so a team lead must approve lifting it. Use &quot;Request unlock&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="105"/>
        <source>This lock came from failed sign-ins; you can lift it yourself with &quot;Unlock&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="111"/>
        <source>%1 already asked for this account to be unlocked (%2); it is waiting for a team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="121"/>
        <source>Nobody has asked for this account to be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="125"/>
        <source>You asked for this unlock yourself; a different team lead must approve it (four-eyes rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="130"/>
        <source>This account is no longer locked; there is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="137"/>
        <source>This account has no links that could still be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="141"/>
        <source>The email address is already verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="146"/>
        <source>Identity checks are recorded on a ticket. Open the account from the customer&apos;s ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="157"/>
        <source>Needs identity verification first: open the account from the customer&apos;s ticket and record the checks there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="165"/>
        <source>Needs identity verification first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="171"/>
        <source>Marking the address verified needs a passed check &quot;%1&quot; on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="182"/>
        <source>Mail is not set up yet, so a link could not reach the customer. Ask an administrator to set up the mail relay in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountChecks.cpp" line="192"/>
        <source>Rate limit: this account was sent %1 links in the last hour, and %2 an hour is the most allowed. The next link is possible at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountSituation.cpp" line="51"/>
        <source>Ticket %1 is not about the account %2. Open the account from the customer&apos;s own ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFlowActions</name>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="42"/>
        <source>Identity not verified; no recovery action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="53"/>
        <source>The identity checklist has not passed yet: %1 Record the checks in the account panel (Record identity check), then confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="56"/>
        <source>Identity verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="71"/>
        <source>This ticket&apos;s requester (%1) is not linked to a customer account, so account actions are not possible. Link the ticket to the account, or continue with the steps that need no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="90"/>
        <source>Security concern reported on ticket %1 (troubleshooting wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="106"/>
        <source>No unused links were outstanding; nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/AccountFlowActions.cpp" line="120"/>
        <source>The step asks for &quot;%1&quot;, which is not an account action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPermissions</name>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="55"/>
        <source>Send password-reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="57"/>
        <source>Send activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="59"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="61"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="63"/>
        <source>Request unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="65"/>
        <source>Approve unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="67"/>
        <source>Turn down unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="69"/>
        <source>Revoke outstanding links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="71"/>
        <source>Mark email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="73"/>
        <source>Record identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="137"/>
        <source>You are not signed in as a known staff member, so account actions are not available. Ask an administrator to add your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="141"/>
        <source>Your staff account is inactive; account actions are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="150"/>
        <source>&quot;%1&quot; is for %2 only; you are signed in as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountPermissions.cpp" line="151"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <location filename="../../core/accounts/AccountSettings.cpp" line="20"/>
        <source>The setting %1 is %2; it must be from %3 to %4. Correct it in the settings, or reset it to its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountSettings.cpp" line="80"/>
        <source>The customer portal address (%1) &quot;%2&quot; is not a web address like https://portal.example.com. Correct it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../../core/accounts/AccountStore.cpp" line="107"/>
        <location filename="../../core/accounts/AccountStore.cpp" line="118"/>
        <source>Customer account %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountStore.cpp" line="128"/>
        <source>No customer account has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountToken</name>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="93"/>
        <source>replaced by a newer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="95"/>
        <source>the account was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="97"/>
        <source>revoked by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="43"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="45"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="75"/>
        <source>Issued, mail not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="77"/>
        <source>Handed to the mail relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="79"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="81"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/AccountToken.cpp" line="83"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message numerus="yes">
        <location filename="../../core/admin/AccountsCommand.cpp" line="172"/>
        <source>%n flag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="39"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="39"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="148"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="148"/>
        <source>%1 (%2), id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="151"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="153"/>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="153"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="157"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="160"/>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="160"/>
        <source>on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="160"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="161"/>
        <source>Email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="162"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="163"/>
        <source>Failed sign-ins (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="164"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="165"/>
        <source>Outstanding links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="167"/>
        <source>Unlock request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="167"/>
        <source>by %1 at %2, waiting for a team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="170"/>
        <source>Suspicious activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="171"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="196"/>
        <source>No links were sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="200"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountsCommand.cpp" line="201"/>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCatalog</name>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="23"/>
        <source>Queues and the ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="24"/>
        <source>The ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="25"/>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="8"/>
        <source>Reply and note editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="26"/>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="27"/>
        <source>Troubleshooting wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="28"/>
        <source>Mail and the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="29"/>
        <source>Search and Accounts screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="30"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="31"/>
        <source>in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="32"/>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="18"/>
        <source>in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="33"/>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="28"/>
        <source>in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="57"/>
        <source>Show “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="63"/>
        <source>&amp;Filter Tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="64"/>
        <source>Filter the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="70"/>
        <source>Clear the filter and return to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="77"/>
        <source>Go from the filter to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="82"/>
        <source>&amp;Search Tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="83"/>
        <source>Search all tickets (subjects, messages, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="87"/>
        <source>Go to Ticket &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="88"/>
        <source>Go to the ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="94"/>
        <source>Move through the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="101"/>
        <location filename="../../ui/common/ActionCatalog.cpp" line="394"/>
        <source>&amp;Open Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="102"/>
        <source>Open the selected ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="108"/>
        <source>Sort by a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="109"/>
        <source>Click the column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="114"/>
        <source>Select several tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="116"/>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="120"/>
        <source>Back to column order in “Escalated”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="121"/>
        <source>Click a column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="126"/>
        <source>&amp;New Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="127"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="131"/>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="132"/>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="133"/>
        <source>Assign the ticket to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="134"/>
        <source>Take the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="139"/>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="140"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="141"/>
        <source>Assign or reassign the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="142"/>
        <source>Assign or reassign (the selected tickets, if several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="146"/>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="147"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="148"/>
        <source>Write a reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="149"/>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="153"/>
        <source>Internal &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="154"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="155"/>
        <source>Write a note only staff see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="156"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="161"/>
        <source>&amp;Log Customer Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="162"/>
        <source>Log Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="163"/>
        <source>Record what the customer said on the phone or in a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="164"/>
        <source>Log a customer&apos;s message (phone, chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="167"/>
        <source>No &amp;Follow-up Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="168"/>
        <source>Do not ask this customer how the support was once the ticket is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="170"/>
        <source>Send this ticket no follow-up survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="174"/>
        <source>T&amp;roubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="175"/>
        <source>Troubleshoot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="176"/>
        <source>Walk the customer through a guided troubleshooting flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="177"/>
        <source>Troubleshoot the ticket (guided wizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="182"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="185"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="186"/>
        <source>Hand the ticket to the team leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="187"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="191"/>
        <source>&amp;De-escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="193"/>
        <source>Team leads: return the ticket to the open queue, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="194"/>
        <source>De-escalate, with a comment (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="199"/>
        <source>Set &amp;Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="200"/>
        <source>Change the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="201"/>
        <source>Set the priority (of the selected tickets, if several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="206"/>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="210"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="214"/>
        <source>Se&amp;lected Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="217"/>
        <source>&amp;Assign Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="221"/>
        <source>Set &amp;Priority of Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="225"/>
        <source>Set &amp;Status of Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="233"/>
        <source>Assign: move through the staff list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="236"/>
        <source>in the name box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="243"/>
        <source>Add the reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="250"/>
        <source>Close the editor and keep the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="251"/>
        <source>Close the editor, keeping the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="258"/>
        <source>&amp;Find Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="259"/>
        <source>Customer accounts by email address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="260"/>
        <source>Find a customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="274"/>
        <source>Send Password-&amp;Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="275"/>
        <source>Send a password-reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="276"/>
        <source>Send &amp;Activation Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="277"/>
        <source>Send an activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="278"/>
        <source>&amp;Lock Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="279"/>
        <source>Lock the account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="281"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="282"/>
        <source>Unlock the account (or ask a team lead to lift a security lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="284"/>
        <source>A&amp;pprove Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="285"/>
        <source>Turn &amp;Down Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="286"/>
        <source>Verify &amp;Identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="287"/>
        <source>Verify the customer&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="289"/>
        <source>Mark &amp;Email Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="290"/>
        <source>Mark the email address verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="292"/>
        <source>Re&amp;voke Outstanding Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="293"/>
        <source>Revoke the links not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="298"/>
        <source>Check a &amp;Forwarded Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="299"/>
        <source>Did we send the email the customer forwarded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="300"/>
        <source>Check an email the customer forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="307"/>
        <source>Check the pasted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="309"/>
        <source>in the forwarded email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="323"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="324"/>
        <source>Start the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="325"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="326"/>
        <source>Resume the paused run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="327"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="328"/>
        <source>Continue the run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="337"/>
        <source>Answer the step (the numbered buttons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="340"/>
        <source>&amp;Notes for the timeline (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="341"/>
        <source>Go to the notes for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="342"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="343"/>
        <source>Copy the text for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="344"/>
        <source>Copy the text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="345"/>
        <source>&amp;Email to the Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="346"/>
        <source>Email the customer the steps still to try, or the text of the final step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="348"/>
        <source>Chec&amp;k Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="349"/>
        <location filename="../../ui/common/ActionCatalog.cpp" line="350"/>
        <source>Read the account&apos;s status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="351"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="352"/>
        <source>Reload a run someone else moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="353"/>
        <source>Read the run again and continue from where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="354"/>
        <source>&amp;Pause and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="355"/>
        <source>Pause the run and close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="356"/>
        <source>Pause the run on the ticket, so that you or a colleague can resume it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="362"/>
        <source>Close the wizard; every answer given stays recorded on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="364"/>
        <source>Close the wizard (every answer stays recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="366"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="367"/>
        <source>Close the finished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="372"/>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="373"/>
        <source>Outgoing mail: what waits, what was sent, what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="374"/>
        <source>Outbox: outgoing mail, retry or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="379"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="380"/>
        <source>Send the selected message again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="381"/>
        <source>Retry the selected message (in the Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="386"/>
        <source>&amp;Cancel Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="387"/>
        <source>Make sure the selected message is never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="388"/>
        <source>Cancel the selected message (in the Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="395"/>
        <source>Show the message&apos;s ticket in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="396"/>
        <source>Open the message&apos;s ticket (in the Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="402"/>
        <location filename="../../ui/common/ActionCatalog.cpp" line="462"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="403"/>
        <source>Refresh the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="407"/>
        <source>Mail &amp;Template Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="408"/>
        <source>Mail template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="412"/>
        <source>Sta&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="414"/>
        <source>Add staff members, change their roles, disable or enable them (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="416"/>
        <source>Staff (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="419"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="420"/>
        <source>Settings (mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="425"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="429"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="430"/>
        <source>Volumes, response and resolution times, SLA, escalations, the troubleshooting funnel, workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="432"/>
        <source>Reports (team leads and admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="437"/>
        <source>Export Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="438"/>
        <source>Save the table under the chart as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="439"/>
        <source>Export the report&apos;s table as CSV (in Reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="444"/>
        <source>Export Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="445"/>
        <source>Save every report of this range, charts included, as a PDF with one page per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="447"/>
        <source>Export all reports as PDF (in Reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="453"/>
        <source>&amp;Open Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="454"/>
        <source>Show the tickets behind the selected row in the main window&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="456"/>
        <source>Open the row&apos;s tickets in the list (in Reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="463"/>
        <source>Compute the report again (in Reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="472"/>
        <source>Search Tickets: move through the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="480"/>
        <source>Accounts: go from the search box to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="487"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="488"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="492"/>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="493"/>
        <source>Show or hide the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="497"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="498"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="502"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="503"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="509"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="511"/>
        <source>Close Search, Accounts, the Outbox, Reports or the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="515"/>
        <source>&amp;About Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="547"/>
        <source>%1…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ActionCatalog.cpp" line="557"/>
        <location filename="../../ui/common/ActionCatalog.cpp" line="613"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="9"/>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="16"/>
        <source>Insert a canned reply, macro or knowledge article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="19"/>
        <source>type :: in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="25"/>
        <source>Insert: move through the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="31"/>
        <source>&amp;Knowledge Base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="32"/>
        <source>Articles for customers and staff: browse, search, write, publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="34"/>
        <source>Knowledge base: articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="38"/>
        <source>Draft &amp;Article from Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="39"/>
        <source>Start an article from this resolved ticket: the problem, the steps that worked, the resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="41"/>
        <source>Draft a knowledge article from the resolved ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="46"/>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="47"/>
        <source>Knowledge base: new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="52"/>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="98"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="53"/>
        <source>Save the text as a new version (agents: as a proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="55"/>
        <source>Knowledge base: save the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="60"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="61"/>
        <source>Team leads and admins: publish the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="62"/>
        <source>Knowledge base: publish (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="67"/>
        <source>Mark &amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="68"/>
        <source>Team leads and admins: the text is still right (&quot;last reviewed&quot; on its page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="73"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="74"/>
        <source>Who changed what, and restore an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="75"/>
        <source>Knowledge base: versions of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="79"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="80"/>
        <source>Knowledge base: search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="82"/>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="85"/>
        <source>&amp;Macros and Canned Replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="86"/>
        <source>Write and change the canned replies and macros the reply editor inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="88"/>
        <source>Macros: open the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="92"/>
        <source>&amp;New Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="93"/>
        <source>Macros: new macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="99"/>
        <source>Save the macro (refused while a placeholder is unknown or a check fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="101"/>
        <source>Macros: save the macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="106"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="107"/>
        <source>Delete the macro, or give a shipped macro its shipped text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/KnowledgeActionDefs.cpp" line="109"/>
        <source>Macros: delete the macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="319"/>
        <source>&amp;Revert to Shipped Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message numerus="yes">
        <location filename="../../core/admin/AdminCli.cpp" line="166"/>
        <source>Escalated %n ticket(s) whose SLA was breached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/AdminCli.cpp" line="211"/>
        <source>SLA configuration saved; due times of %n open ticket(s) recomputed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="278"/>
        <source>Create the database if needed and bring its schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="283"/>
        <source>Copy the embedded database to a new file while it is in use (SQLite&apos;s VACUUM INTO; PostgreSQL: use pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="289"/>
        <source>Fill an empty database with realistic demo staff, accounts and tickets (migrates first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="292"/>
        <source>How many tickets to create (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="294"/>
        <source>How many customer accounts to create (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="296"/>
        <source>Random seed; the same seed gives the same data (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="308"/>
        <source>Escalate every ticket whose SLA is breached (safe to run from several machines, e.g. every minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="313"/>
        <source>Print the SLA calendars and policies as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="317"/>
        <source>Replace the SLA calendars and policies from a JSON file (the format &apos;sla show&apos; prints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="320"/>
        <source>The JSON file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="323"/>
        <source>Send the mail waiting in the outbox, for a server-side deployment (safe next to running apps: each message is sent once). Uses the mail settings in the database; the SMTP password comes from the keychain or HELPDESK_SMTP_PASSWORD. Keeps polling until Ctrl+C unless --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="330"/>
        <source>Send what is due now, then exit (exit status 1 if any message failed or has to wait for a retry; the reason is on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="334"/>
        <source>With --once: end within this many seconds, whatever happens (default 300); unsent mail stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="337"/>
        <source>Without --once: look for due mail this often (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="341"/>
        <source>Show a customer account: status and lock, MFA, sign-ins, suspicious activity and outstanding links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="344"/>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="155"/>
        <source>Print a JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="348"/>
        <source>List the reset and activation links sent to an account and their state (never the links themselves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="351"/>
        <location filename="../../core/admin/TicketsCommand.cpp" line="365"/>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="377"/>
        <source>The database: sqlite:///path/file.db, a file path, or postgresql://user@host:port/dbname. The PostgreSQL password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="382"/>
        <source>Log what happens, with technical detail on errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="384"/>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="385"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.h" line="107"/>
        <source>Unknown %1 &apos;%2&apos;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="352"/>
        <source>List tickets, most recently updated first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="354"/>
        <source>Only tickets in this status: new, open, pending_customer, escalated, resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="164"/>
        <source>Print a report: volume, first-response, resolution, sla, escalations, funnel, links or workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="167"/>
        <source>First day of the range (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="169"/>
        <source>Last day of the range, included (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="171"/>
        <source>Group by day, week, category, priority, channel, agent or cause (the report&apos;s default otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="174"/>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="176"/>
        <source>Only tickets of this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="178"/>
        <source>Only tickets of this priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="180"/>
        <source>Only tickets that came in on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="182"/>
        <location filename="../../core/admin/TicketsCommand.cpp" line="357"/>
        <source>Only tickets assigned to this staff login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="184"/>
        <source>Also print the same number of days just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="186"/>
        <source>Where days begin, e.g. Europe/Berlin (default: this computer&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="359"/>
        <source>Only tickets in this queue: my-open (with --assignee), unassigned, open, escalated, breaching, resolved or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="363"/>
        <source>Show at most N tickets (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="368"/>
        <source>Create a ticket, as the staff member given by --as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="370"/>
        <source>One-line summary (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="372"/>
        <source>The customer: an email address, or the name of a known account (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="375"/>
        <source>Display name for a new requester address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="377"/>
        <source>login, recovery, security or other (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="379"/>
        <source>low, normal (default), high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="381"/>
        <source>phone, email (default), chat or portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="383"/>
        <source>The customer&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="411"/>
        <location filename="../../core/admin/TicketsCommand.cpp" line="385"/>
        <location filename="../../core/admin/TicketsCommand.cpp" line="401"/>
        <location filename="../../core/admin/TicketsCommand.cpp" line="417"/>
        <source>Staff login making the change (on PostgreSQL the connection user by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="420"/>
        <source>Add a knowledge-base article from a Markdown file: published at once when --as is a team lead or admin, otherwise proposed for a lead to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="424"/>
        <source>The article&apos;s title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="426"/>
        <source>The text, Markdown in UTF-8 (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="428"/>
        <source>login, recovery, security or other (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="430"/>
        <source>Comma-separated tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="432"/>
        <source>For customers (exported to the FAQ site); without it the article is internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="436"/>
        <source>Print the new article as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="439"/>
        <source>List the knowledge-base articles with their use counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="440"/>
        <location filename="../../core/admin/KbCommand.cpp" line="449"/>
        <location filename="../../core/admin/KbCommand.cpp" line="469"/>
        <location filename="../../core/admin/KbCommand.cpp" line="498"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="443"/>
        <source>Search published articles (words, &quot;phrases&quot;, a last word as a prefix), as ticket search does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="446"/>
        <source>Only articles customers can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="448"/>
        <source>Proposed and archived articles too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="453"/>
        <source>Write the self-service FAQ as a static site (published public articles only) and list frequent ticket topics that have no article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="457"/>
        <source>The folder to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="459"/>
        <source>The site&apos;s title (default &quot;Help centre&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="461"/>
        <source>Where &quot;Was this helpful?&quot; points (default: the setting kb/feedback_url; none: no link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="465"/>
        <source>Show how often each article was used per month, and the frequent ticket topics that no public article covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="468"/>
        <source>How many months back, this one included (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="472"/>
        <source>Add a macro: reply text with {{placeholders}} and the changes it makes on send; personal unless --shared (team leads and admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="476"/>
        <source>The macro&apos;s title (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="478"/>
        <source>The reply text, UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="480"/>
        <source>Set the ticket&apos;s status, e.g. pending_customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="482"/>
        <source>Set the priority: low, normal, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="484"/>
        <source>Set the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="486"/>
        <source>Assign to this login; &apos;me&apos; for whoever applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="488"/>
        <source>Add this internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="490"/>
        <source>For everyone (team leads and admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="494"/>
        <source>List the macros and canned replies: shipped, shared, and with --as that staff member&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="497"/>
        <source>Include this staff member&apos;s personal macros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="388"/>
        <source>Print the new ticket as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="391"/>
        <source>Reply to the customer on a ticket, as the staff member given by --as: the reply goes on the timeline and the email to the requester is queued in the outbox (sent by a running app or &apos;outbox run&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="396"/>
        <source>The reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="398"/>
        <source>Read the reply from a UTF-8 file; &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="404"/>
        <source>Print {&quot;ticket&quot;:N,&quot;event&quot;:ID,&quot;outbox&quot;:ID} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="409"/>
        <source>Add an internal note to a ticket, as the staff member given by --as (no email is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="412"/>
        <source>The note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="414"/>
        <source>Read the note from a UTF-8 file; &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="420"/>
        <source>Print {&quot;ticket&quot;:N,&quot;event&quot;:ID,&quot;outbox&quot;:null} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="119"/>
        <source>Staff login making the change (on PostgreSQL: only yourself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="123"/>
        <source>Send the customer a password-reset or activation link, as the Account panel does (checks, timeline, audit, the mail in the outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="127"/>
        <source>Which link (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="129"/>
        <source>The ticket it is sent for (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="134"/>
        <source>Lock a customer account now (a security lock: a team lead approves lifting it), as the Account panel does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="137"/>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="139"/>
        <source>The ticket whose timeline records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="201"/>
        <source>Add a staff member. On PostgreSQL this also creates their database login in the group of their role (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="205"/>
        <source>The name colleagues see (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="207"/>
        <source>Their email address (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="209"/>
        <source>agent, lead or admin (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="211"/>
        <source>PostgreSQL: read the login&apos;s password from the first line of standard input (sent only as a SCRAM verifier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="217"/>
        <source>Give a staff member another role: agent, lead or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="222"/>
        <source>Disable a staff member; on PostgreSQL their login is refused from now on and their open sessions end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="228"/>
        <source>Enable a disabled staff member again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="233"/>
        <source>List the staff members, their roles and whether they may log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="236"/>
        <source>Print a JSON array instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="280"/>
        <source>Take in one received email (RFC 5322) from standard input or a file, as an MTA pipe: it becomes a ticket, is added to one, or is ignored (auto-replies, lists, loops, duplicates, bounces). Exit status 0 when handled, 65 when refused (over the size limit), 75 when the database cannot be used now (the MTA tries again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="287"/>
        <source>Read the message from this file instead of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="290"/>
        <source>Print {&quot;result&quot;: ..., &quot;ticket&quot;: N or null, &quot;reason&quot;: ...} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="294"/>
        <source>Fetch new mail from the IMAP mailbox of the incoming mail settings (safe next to running apps: each message is processed once). The password comes from the keychain or HELPDESK_IMAP_PASSWORD. Keeps polling until Ctrl+C unless --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="300"/>
        <source>Fetch what is there now, then exit (exit status 1 if the mailbox could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="303"/>
        <source>Without --once: look for new mail this often (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="307"/>
        <source>List received mail that could not be read or processed (kept with its raw source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="310"/>
        <source>Show at most N messages (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="312"/>
        <source>Print a JSON array instead of lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="315"/>
        <source>Write a received message&apos;s raw source to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="151"/>
        <source>Show a ticket with its timeline events (kind, time, author, text) and the attachments of the mail it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="205"/>
        <source>Send the follow-up surveys that are due (the delay after Resolved has passed) and act on low ratings, for cron or a service; safe next to running apps: each survey goes once. Keeps running until Ctrl+C unless --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="211"/>
        <source>Do what is due now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="213"/>
        <source>Without --once: look for due surveys this often (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="217"/>
        <source>Record a customer&apos;s answer to a follow-up survey, as the portal does: the token from the survey link and a score from 1 (bad) to 5 (very good); a comment is needed at 1 and 2. Works once per survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="222"/>
        <source>The customer&apos;s comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="224"/>
        <source>The answer to &quot;is your account working now?&quot;; no reopens the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="229"/>
        <source>Mark a ticket as one that gets no follow-up survey (before its survey is due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="96"/>
        <source>Look at new sign-ins and email the customer about one from a device the account has not used before: once per account, device and day (safe next to running apps, which watch too). Keeps watching until Ctrl+C unless --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="102"/>
        <source>Look at what arrived since the last run, then exit (exit status 1 if a notice could not be queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="105"/>
        <source>Without --once: look this often (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="58"/>
        <source>Schema is at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="68"/>
        <source>Give the file to write, e.g. &apos;%1 backup helpdesk-2026-12-02.db&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="71"/>
        <source>A PostgreSQL database is backed up with pg_dump on the server, e.g. &apos;pg_dump -Fc -f helpdesk.dump %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="77"/>
        <source>%1 exists already. Give a new file name; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="83"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="92"/>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="95"/>
        <source>Backed up %1 to %2 (%3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="133"/>
        <source>Seeding tickets: %1/%2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="146"/>
        <source>Added %1 staff, %2 accounts, %3 sign-in events, %4 tickets and %5 ticket events in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="190"/>
        <source>sla set needs --file with a JSON file (the format &apos;sla show&apos; prints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="195"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="201"/>
        <source>%1 is not a JSON object: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="231"/>
        <source>--interval is for a running sender, not with --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="236"/>
        <source>--timeout goes with --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="247"/>
        <source>Give the customer&apos;s email address, e.g. &apos;%1 accounts show pat@example.com&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="414"/>
        <source>Usage: %1 [--database URL] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="415"/>
        <source>Looks after a Helpdesk database from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="416"/>
        <location filename="../../core/admin/AdminCli.cpp" line="439"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="419"/>
        <source>Default database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="420"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="426"/>
        <source>Exit status: 0 on success, 1 when the command failed, 2 for a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="433"/>
        <source>Usage: %1 [--database URL] %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="436"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="463"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="476"/>
        <source>Unknown option &apos;--%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="479"/>
        <source>The option &apos;--%1&apos; takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="485"/>
        <source>The option &apos;--%1&apos; needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="532"/>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="534"/>
        <source>Unknown command &apos;%1 %2&apos;. &apos;%1&apos; knows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="537"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="563"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCli.cpp" line="567"/>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="104"/>
        <source>--%1 needs a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="133"/>
        <source>You are connected as %1, so you can act only as %1: on a shared database a change is always recorded as the connected staff member. Leave out --as, or connect as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="140"/>
        <source>Say which staff member makes the change with --as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="29"/>
        <source>&apos;%1&apos; is not a ticket number; give the number &apos;tickets list&apos; shows, e.g. 1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="56"/>
        <source>The customer&apos;s mail is queued (outbox %1); a running app or &apos;outbox run&apos; sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="65"/>
        <source>Give the customer&apos;s email address, e.g. &apos;%1 accounts send-link pat@example.com --kind reset --ticket 1042&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="70"/>
        <source>accounts send-link needs --kind reset or --kind activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="76"/>
        <source>accounts send-link needs --ticket NUMBER: a link is sent for a ticket, whose timeline records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="93"/>
        <source>Give the customer&apos;s email address, e.g. &apos;%1 accounts lock pat@example.com --reason &quot;takeover reported&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AccountActionsCommand.cpp" line="97"/>
        <source>accounts lock needs --reason TEXT: the lock&apos;s reason is shown to colleagues and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="35"/>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="43"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="61"/>
        <source>There is no database at %1. Create one with &apos;%2 migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="68"/>
        <source>The database %1 has no Helpdesk tables yet. Create them with &apos;%2 migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="73"/>
        <source>The database schema is at version %1 but this version of Helpdesk needs %2. Update it with &apos;%3 migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/AdminCommand.cpp" line="80"/>
        <source>The database was written by a newer version of Helpdesk (schema %1; this version knows up to %2). Update helpdesk-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="41"/>
        <source>Queued %n survey mail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="42"/>
        <source>skipped %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="43"/>
        <source>cancelled %n (reopened)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="44"/>
        <source>acted on %n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="45"/>
        <source>reopened %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/FollowupCommand.cpp" line="46"/>
        <source>%n left for a team lead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="76"/>
        <source>--interval is for a running job, not with --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="103"/>
        <source>Connected to the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="139"/>
        <source>Give the token from the survey link and a score from 1 to 5, e.g. &apos;%1 survey record TOKEN 4 --comment &quot;Quick help&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="146"/>
        <source>The score &apos;%1&apos; is not a number; give 1 (bad) to 5 (very good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="152"/>
        <source>--working takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="168"/>
        <source>Recorded the answer (score %1) for survey %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="170"/>
        <source>The ticket was reopened for its assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="172"/>
        <source>The ticket is closed; it is left for a team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="180"/>
        <source>Give the ticket number, e.g. &apos;%1 survey skip 42&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="187"/>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/FollowupCommand.cpp" line="195"/>
        <source>Ticket %1 gets no follow-up survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="37"/>
        <source>Cannot read the article file %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="44"/>
        <source>The article file %1 is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="75"/>
        <location filename="../../core/admin/KbCommand.cpp" line="354"/>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="83"/>
        <source>Give the article&apos;s title with --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="85"/>
        <source>Give the article&apos;s text (Markdown) with --body-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="87"/>
        <source>Give the article&apos;s category with --category (login, recovery, security or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="123"/>
        <source>Published article %1 &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="124"/>
        <source>Proposed article %1 &quot;%2&quot; (%3); a team lead publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="148"/>
        <location filename="../../core/admin/KbCommand.cpp" line="311"/>
        <source>No articles yet. Add one with &apos;kb add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="157"/>
        <source>used %1, resolved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="195"/>
        <source>No article matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="206"/>
        <source>Say where the site goes with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/KbCommand.cpp" line="219"/>
        <source>Wrote %n page(s) to %1 (open index.html); </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/admin/KbCommand.cpp" line="221"/>
        <source>%n internal or unpublished article(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="224"/>
        <source>Asked about in the last 90 days, with no public article yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="237"/>
        <source>--months takes a number of months from 1 to 36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="303"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="315"/>
        <source>Asked about since %1, with no public article yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="350"/>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="352"/>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="356"/>
        <source>assignee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="357"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="359"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="361"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="361"/>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="362"/>
        <source>; canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="374"/>
        <source>Give the macro&apos;s title with --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="402"/>
        <source>Added the shared macro %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/KbCommand.cpp" line="403"/>
        <source>Added the personal macro %1 &quot;%2&quot; for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="59"/>
        <source>Cannot read the message file %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="66"/>
        <source>Reading the message from %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="67"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="141"/>
        <source>There is no IMAP password for %1 (%2). Save it on the Incoming mail page of the app&apos;s settings, or, where no keychain exists, set HELPDESK_IMAP_PASSWORD for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="165"/>
        <source>No incoming mailbox is set up. An admin enters the IMAP server and user on the Incoming mail page of the app&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="247"/>
        <source>No unprocessed mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="250"/>
        <source>not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/MailCommand.cpp" line="259"/>
        <source>Give the number of a received message, as &apos;mail unprocessed&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="34"/>
        <source>Give --%1 YYYY-MM-DD, e.g. --from 2026-11-02 --to 2026-11-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="41"/>
        <source>--%1 &apos;%2&apos; is not a day. Write it as YYYY-MM-DD, e.g. 2026-11-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="51"/>
        <source>Name the report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="54"/>
        <source>Unknown report &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="66"/>
        <source>--to %1 is before --from %2; the last day comes after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="77"/>
        <source>The %1 report cannot be grouped by &apos;%2&apos;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="86"/>
        <source>Unknown format &apos;%1&apos;. Use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="90"/>
        <source>Unknown time zone &apos;%1&apos;. Use a name such as Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="141"/>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/ReportCommand.cpp" line="148"/>
        <source>Previous period, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="36"/>
        <source>Unknown role &apos;%1&apos;. Use agent, lead or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="44"/>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="50"/>
        <source>--password-stdin read no password. Give it on the first line of standard input, e.g. from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="57"/>
        <source>%1 (%2, %3): %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="59"/>
        <source>, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="66"/>
        <source>Give the new login, e.g. &apos;%1 staff add maria.k --name &quot;Maria K.&quot; --email maria.k@example.com --role agent&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="74"/>
        <source>staff add needs --name, --email and --role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="96"/>
        <source>Added staff member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="98"/>
        <source>No password was set: the login works only where pg_hba.conf allows it without one. Set one with --password-stdin when adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="107"/>
        <source>Give the login and the new role, e.g. &apos;%1 staff set-role maria.k lead&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="129"/>
        <source>Give the staff member&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="140"/>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="142"/>
        <source>Disabled %1 (open sessions ended: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/StaffCommand.cpp" line="186"/>
        <source>    no database login yet: &apos;staff add %1 ...&apos; creates it and keeps this staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="48"/>
        <source>Give the ticket number, e.g. &apos;%1 tickets show 1042&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="56"/>
        <source>There is no ticket %1. &apos;tickets list&apos; shows the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="114"/>
        <source>Requester: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="115"/>
        <source>Status: %1   Category: %2   Priority: %3   Channel: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="119"/>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="120"/>
        <source>(unread customer message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="133"/>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketShowCommand.cpp" line="137"/>
        <source>(over the size limit, not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="61"/>
        <source>Unknown status &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="73"/>
        <source>Unknown queue &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="78"/>
        <source>The queue &apos;my-open&apos; needs --assignee to say whose tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="129"/>
        <source>No tickets match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="133"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="133"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="133"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="133"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="163"/>
        <source>tickets create needs --subject and --requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="201"/>
        <source>Created ticket %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="213"/>
        <source>tickets %1 needs the ticket number, e.g. &apos;%2 tickets %1 1042 --as LOGIN --message TEXT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="254"/>
        <source>The message on standard input is not valid UTF-8; convert it to UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="256"/>
        <source>The message file %1 is not valid UTF-8; save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="273"/>
        <source>Give the text either with --message or with --message-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="276"/>
        <source>tickets %1 needs the text: --message TEXT, or --message-file FILE (&apos;-&apos; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="320"/>
        <source>Added an internal note to ticket %1; no email goes to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="324"/>
        <source>Replied on ticket %1; the email to %2 is queued (outbox message %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/TicketsCommand.cpp" line="329"/>
        <source>Replied on ticket %1; no email was queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="30"/>
        <source>Sign-ins looked at: %1; unusual-sign-in notices queued: %2; known devices or nothing unusual: %3; noticed before: %4; lock notices queued: %5; two-step sign-in notices queued: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="50"/>
        <source>--interval is for a running watch, not with --once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/WatchCommand.cpp" line="71"/>
        <source>Notices that could not be queued: %1; the last reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../../core/knowledge/ArticleStore.cpp" line="98"/>
        <source>There are too many articles titled &quot;%1&quot;. Give this one a title of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/ArticleStore.cpp" line="180"/>
        <source>Article %1 does not exist (any more). Reload the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/ArticleStore.cpp" line="254"/>
        <source>Article %1 has no version %2. Pick one from its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <location filename="../../core/db/BulkInsert.cpp" line="34"/>
        <source>Could not write to %1: the last row has %2 of its %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="98"/>
        <source>The working hours in %1 must lie between 00:00 and 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="103"/>
        <source>The working hours in %1 end at %2, which is not after their start at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="118"/>
        <source>The working hours in %1 (%2-%3) overlap the interval %4-%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="139"/>
        <source>The working hours in %1 must be a list of intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="151"/>
        <source>%1 must be a time of day written as HH:mm (00:00 to 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="290"/>
        <source>The time zone in timeZone is not known; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="294"/>
        <source>The calendar needs at least one working day (workingDays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="301"/>
        <source>%1 sets working hours for a day that is not in workingDays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="312"/>
        <source>The calendar needs at least one interval of working hours (hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="531"/>
        <source>The time zone &quot;%1&quot; in timeZone is not known; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="539"/>
        <source>workingDays must list the working days (mon, tue, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="547"/>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="563"/>
        <source>%1 is not a day of the week (mon, tue, ... sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="574"/>
        <source>%1 must be a date written as yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <location filename="../../core/inbound/CategoryRules.cpp" line="90"/>
        <source>The category rules are not valid JSON (%1); fix the file or restore the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/CategoryRules.cpp" line="105"/>
        <source>The category rules name an unknown category &quot;%1&quot;; use login, recovery, security or other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="29"/>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="38"/>
        <source>The SQLite URL has no file path. Use sqlite:///full/path.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="49"/>
        <source>The PostgreSQL URL is not valid. Use postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="52"/>
        <source>Do not put the password in the database URL. Helpdesk keeps it in the system keychain and asks for it when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="61"/>
        <source>The PostgreSQL URL names no database. Add /dbname at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="66"/>
        <source>Do not put a password in the database URL. Helpdesk keeps it in the system keychain and asks for it when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="70"/>
        <source>The database URL option &quot;%1&quot; is not supported. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="79"/>
        <source>sslmode=%1 is not a TLS mode. Use verify-full (recommended), verify-ca, require, prefer, allow or disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="87"/>
        <source>The database URL option &quot;%1&quot; has no usable value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/ConnectionSettings.cpp" line="94"/>
        <source>Unknown database URL scheme. Use sqlite:///path.db or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/db/Database.cpp" line="51"/>
        <source>The folder %1 does not exist. Create it first, or give another path with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="56"/>
        <source>Cannot create the folder %1. Check that you may write there, or choose another location with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="63"/>
        <source>%1 is a file, not a folder, so the database cannot be kept in it. Give another path with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="69"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="72"/>
        <source>The folder %1 is read-only, so the database cannot be created there. Check the folder&apos;s permissions or choose another location with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="78"/>
        <source>You may not read the database %1. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="84"/>
        <location filename="../../core/db/Database.cpp" line="125"/>
        <source>The database %1 is read-only. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="97"/>
        <source>%1 is not a Helpdesk database (it is not an SQLite file). It was left untouched; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="103"/>
        <source>The database %1 is damaged. It was left untouched; restore it from a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="109"/>
        <source>The database %1 is locked by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="117"/>
        <source>The folder %1 is read-only. SQLite keeps its journal files (-wal and -shm) next to the database, so it must be able to write there. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="128"/>
        <source>Cannot open the database %1 (%2). Check the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="142"/>
        <source>The server %1 has no database user named &quot;%2&quot;. Check the user name in the URL, or ask your administrator to add you (helpdesk-admin staff add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="146"/>
        <source>The server %1 refused the password for &quot;%2&quot;. Check the password; your administrator can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="150"/>
        <source>The server %1 needs a password for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="152"/>
        <source>The database &quot;%1&quot; does not exist on %2. Ask your administrator to create it, then run helpdesk-admin migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="157"/>
        <source>The server %1 does not let &quot;%2&quot; log in to this database. Ask your administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="161"/>
        <source>The encrypted (TLS) connection to %1 failed. Check sslmode and sslrootcert in the database URL, and that the server&apos;s certificate is valid for this host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="166"/>
        <source>The server %1 did not answer within %2 s. Check that it is running and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="172"/>
        <source>The server %1 has no free connections. Try again in a moment, or ask your administrator to raise max_connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="178"/>
        <source>The server %1 is starting or stopping. Helpdesk tries again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="183"/>
        <source>Cannot connect to %1. Check that the server is running and the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="278"/>
        <source>Cannot prepare the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="338"/>
        <source>The database did not finish in time, so the operation was stopped. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="344"/>
        <location filename="../../core/db/Database.cpp" line="364"/>
        <source>The database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="349"/>
        <source>Your role does not allow this, so nothing was changed. A team lead can do it (an administrator for staff and settings), or an administrator can change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="355"/>
        <source>The database server&apos;s disk is full. Nothing was changed; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="358"/>
        <location filename="../../core/db/Database.cpp" line="384"/>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="367"/>
        <source>The database file has become read-only, so nothing could be saved. Check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="373"/>
        <source>The database file is damaged, so nothing was saved. Stop Helpdesk and restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="378"/>
        <source>The disk is full, so nothing was saved. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Database.cpp" line="389"/>
        <source>The connection to the database was lost. Helpdesk reconnects by itself; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <location filename="../../core/db/DatabaseInfo.cpp" line="38"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/DatabaseInfo.cpp" line="40"/>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/DatabaseInfo.cpp" line="42"/>
        <source>Settings of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/DatabaseInfo.cpp" line="43"/>
        <source>App data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPhrases</name>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="246"/>
        <source>must be &quot;admin&quot;, &quot;lead&quot; or &quot;agent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="251"/>
        <source>must be lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="254"/>
        <source>&quot;%1&quot; is already used by an earlier entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="267"/>
        <source>must have at least one lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="269"/>
        <source>must have at least one active agent or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="271"/>
        <source>must have the demo agent &quot;%1&quot;, active, with the role &quot;agent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="288"/>
        <source>&quot;%1&quot; has no letters from a to z (accents aside) to make an email address from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="297"/>
        <source>&quot;%1&quot; is not a lower-case domain name such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="324"/>
        <source>must have a place in another country than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="345"/>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="477"/>
        <source>... and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="43"/>
        <source>is missing or cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="49"/>
        <source>is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="55"/>
        <source>must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="62"/>
        <source>must be %1, the format this version of Helpdesk reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="73"/>
        <source>Demo data file %1, entry %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="77"/>
        <source>Demo data file %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="95"/>
        <source>is not a field this entry may have; the fields are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="103"/>
        <source>is missing; it must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="107"/>
        <source>must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="112"/>
        <source>is empty; write what it should say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="116"/>
        <source>must contain %1 where the name goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="145"/>
        <source>is missing; it must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="145"/>
        <source>must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="149"/>
        <source>must list at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="164"/>
        <location filename="../../core/demo/DemoPhrases.cpp" line="181"/>
        <source>must be an object with the fields %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoPhrases.cpp" line="203"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="333"/>
        <source>Example Support (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="343"/>
        <source>The number of demo tickets must be between 0 and 100,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="346"/>
        <source>The number of demo accounts must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoTickets.cpp" line="69"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoTickets.cpp" line="69"/>
        <source>Re: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoTickets.cpp" line="70"/>
        <source>Urgent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="115"/>
        <source>Adding the demo data was cancelled. Tickets written before that were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="124"/>
        <source>The database has no Helpdesk tables yet. Run helpdesk-admin migrate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="132"/>
        <source>The database already contains tickets or customer accounts. Demo data is only added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoSeeder.cpp" line="181"/>
        <source>%1
Account Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <location filename="../../core/sla/Escalation.cpp" line="45"/>
        <source>Escalated automatically: the resolution time agreed in the SLA has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/Escalation.cpp" line="48"/>
        <source>Escalated automatically: the customer has waited longer than the SLA allows for a first response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <location filename="../../core/secrets/FallbackSecretStore.cpp" line="60"/>
        <source>this session only (no keychain is available)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="87"/>
        <source>Send a password-reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="89"/>
        <source>Send an activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="91"/>
        <source>Lock the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="93"/>
        <source>Cancel the account&apos;s outstanding links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="95"/>
        <source>Identity checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="97"/>
        <source>Email the steps to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="99"/>
        <source>Set the ticket to pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="101"/>
        <source>Escalate the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="103"/>
        <source>Resolve the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="137"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="139"/>
        <source>Did not help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="141"/>
        <source>Customer could not try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="143"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="145"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="147"/>
        <source>Identity confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="149"/>
        <source>Identity not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="151"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="153"/>
        <source>Account active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="155"/>
        <source>Account inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="157"/>
        <source>Account pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="159"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="161"/>
        <source>Account suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/Flow.cpp" line="163"/>
        <source>No account linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowLoader</name>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="55"/>
        <source>Flow file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="56"/>
        <source>Flow file %1, step &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="321"/>
        <source>an action step needs at least one action in &quot;actions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="324"/>
        <source>&quot;verify_identity&quot; decides the branch, so it must be the only action of an action step (outcomes &quot;verified&quot; and &quot;not_verified&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="331"/>
        <source>a step changes the ticket&apos;s status at most once: use only one of &quot;set_pending_customer&quot;, &quot;escalate&quot; and &quot;resolve&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="335"/>
        <source>a %1 step needs at least one outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="338"/>
        <source>the outcome &quot;%1&quot; is missing; a %2 step must have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="343"/>
        <source>a %1 step cannot have the outcome &quot;%2&quot;; its outcomes are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="350"/>
        <source>the outcome &quot;%1&quot; leads to the step &quot;%2&quot;, which does not exist. Use the id of one of the flow&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="358"/>
        <source>&quot;start&quot; names the step &quot;%1&quot;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="361"/>
        <source>the flow has no terminal step, so no run could ever end. Add at least one step of kind &quot;terminal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="385"/>
        <source>every way on from this step leads round in a circle and never reaches a terminal step. Give the loop an exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="401"/>
        <source>no outcome leads to this step, so no run can reach it. Link it from another step or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="425"/>
        <source>the file cannot be read (%1). Check that it exists and that Helpdesk may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="450"/>
        <source>the flow id &quot;%1&quot; is already used by %2 in the same folder. Give one of them another id; this file was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="88"/>
        <source>the field &quot;%1&quot; is missing; it must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="92"/>
        <source>the field &quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="97"/>
        <source>the field &quot;%1&quot; is empty; write what it should say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="108"/>
        <source>this is not valid JSON (%1 at character %2). Fix the syntax; the other flows are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="115"/>
        <source>the file must hold one JSON object describing a flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="124"/>
        <source>&quot;format&quot; must be a whole number (this version reads format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="129"/>
        <source>the file is written in flow format %1, but this version of Helpdesk reads format %2 only. Update Helpdesk or use an older flow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="139"/>
        <source>&quot;id&quot; must be a name of lower-case letters, digits and underscores, starting with a letter (for example &quot;login_problem&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="152"/>
        <source>&quot;category&quot; must be one of &quot;login&quot;, &quot;recovery&quot;, &quot;security&quot; or &quot;other&quot;: the ticket category the flow is suggested for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="160"/>
        <source>&quot;version&quot; must be a whole number of 1 or more; raise it whenever you change the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="169"/>
        <source>&quot;steps&quot; must be a non-empty list of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="181"/>
        <source>step number %1 in &quot;steps&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="188"/>
        <source>step number %1 has no valid &quot;id&quot;: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="195"/>
        <source>this id is used by more than one step; give each step its own id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="202"/>
        <source>unknown step kind %1; use &quot;question&quot;, &quot;check&quot;, &quot;action&quot;, &quot;account-check&quot; or &quot;terminal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="204"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="215"/>
        <source>only &quot;action&quot; and &quot;terminal&quot; steps have &quot;actions&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="217"/>
        <source>&quot;actions&quot; must be a list of action names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="226"/>
        <source>unknown action %1. Known actions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="227"/>
        <source>(not a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="234"/>
        <source>the action &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="245"/>
        <source>a terminal step ends the flow and has no &quot;outcomes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="256"/>
        <source>&quot;outcomes&quot; must be a list of objects such as { &quot;outcome&quot;: &quot;resolved&quot;, &quot;next&quot;: &quot;done&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="264"/>
        <source>every outcome needs an &quot;outcome&quot; name of lower-case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="271"/>
        <source>the outcome &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="276"/>
        <source>the outcome &quot;%1&quot; has no &quot;next&quot;: name the step it leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowLoader.cpp" line="287"/>
        <source>the outcome &quot;%1&quot; needs a &quot;label&quot;: the text of its button.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRun</name>
    <message>
        <location filename="../../core/troubleshooting/FlowRun.cpp" line="37"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRun.cpp" line="39"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRun.cpp" line="41"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRun.cpp" line="43"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRunStore</name>
    <message>
        <location filename="../../core/troubleshooting/FlowRunStore.cpp" line="102"/>
        <source>Ticket %1 already has a troubleshooting run in progress. Resume it, or abandon it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunStore.cpp" line="126"/>
        <source>Starting the troubleshooting run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunStore.cpp" line="224"/>
        <source>Step %1 of troubleshooting run %2 is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunStore.cpp" line="286"/>
        <source>Troubleshooting run %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunStore.cpp" line="317"/>
        <source>Ticket %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRunner</name>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="42"/>
        <source>Escalated from the troubleshooting guide &quot;%1&quot;. Steps tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="48"/>
        <source>%1. %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="53"/>
        <source>Status given by the agent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="54"/>
        <source>Status read from the account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="63"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="66"/>
        <source>The steps still to try were emailed to the customer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="68"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="72"/>
        <source>(No step was answered before the escalation.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunText.cpp" line="74"/>
        <source>Notes at the escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="78"/>
        <source>%1 is carrying out the actions of this step right now. Wait a moment, reload the run and continue from where it is then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="87"/>
        <source>Someone else continued this troubleshooting run at %1 after you opened it; it is now at &quot;%2&quot;. Nothing was overwritten: reload the run and continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="91"/>
        <source>%1 continued this troubleshooting run at %2 after you opened it; it is now at &quot;%3&quot;. Nothing was overwritten: reload the run and continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="169"/>
        <source>Ticket %1 is %2. Reopen it before troubleshooting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="175"/>
        <source>Ticket %1 already has a troubleshooting run in progress (&quot;%2&quot;). Resume it, or abandon it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="182"/>
        <source>No troubleshooting flow is meant for the category %1. Choose one of the other flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="185"/>
        <source>The troubleshooting flow &quot;%1&quot; is not installed. Choose another flow, or ask an admin to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="191"/>
        <source>The troubleshooting flow &quot;%1&quot; has no start step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="216"/>
        <source>Started the troubleshooting guide &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="233"/>
        <source>This troubleshooting run has ended (%1). Start a new run to continue troubleshooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="241"/>
        <source>This troubleshooting run is paused. Resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="242"/>
        <source>This troubleshooting run was paused by %1. Resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="247"/>
        <source>The troubleshooting flow &quot;%1&quot; this run follows is no longer installed. Abandon the run (what was recorded stays) and start another flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="254"/>
        <source>The flow &quot;%1&quot; was changed since this run started (version %2, now %3) and no longer has the step &quot;%4&quot;. Abandon the run (what was recorded stays) and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="291"/>
        <source>The account&apos;s status is &quot;%1&quot;, not &quot;%2&quot;: it changed since you looked. Check the account again and continue with its current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="305"/>
        <source>Ticket %1 is not linked to a customer account, so the wizard cannot read its status. Link the ticket to the account, or look the status up and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="312"/>
        <source>&quot;%1&quot; is not an account status. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="331"/>
        <source>&quot;%1&quot; is the end of the flow: finish it instead of choosing an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="349"/>
        <source>Choose an answer to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="351"/>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="372"/>
        <source>The run is at &quot;%1&quot;, not at the end of the flow yet: answer that step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="401"/>
        <source>The flow &quot;%1&quot; has no step after this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="456"/>
        <source>Troubleshooting &quot;%1&quot; finished at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="457"/>
        <source>Troubleshooting step &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="503"/>
        <source>Paused the troubleshooting guide &quot;%1&quot; at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="519"/>
        <source>This troubleshooting run is not paused; continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="525"/>
        <source>Resumed the troubleshooting guide &quot;%1&quot; at &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="527"/>
        <source>Resumed the troubleshooting guide &quot;%1&quot; at &quot;%2&quot; (paused by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="539"/>
        <source>This troubleshooting run has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="545"/>
        <source>Stopped the troubleshooting guide &quot;%1&quot; at &quot;%2&quot; without finishing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowRunner.cpp" line="548"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="97"/>
        <source>%1 did not work, so the step is not answered yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="100"/>
        <source>Already done at this step (not repeated when you try again): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="128"/>
        <source>Account actions are not available in this installation; do it in the account tools and answer &quot;skipped&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="162"/>
        <source>The ticket was already escalated; the summary was added as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="170"/>
        <source>Waiting for the customer (troubleshooting guide &quot;%1&quot;, step &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="175"/>
        <source>Resolved with the troubleshooting guide &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="178"/>
        <source>Not a ticket action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="182"/>
        <source>The ticket was already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="186"/>
        <source>Ticket set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="196"/>
        <source>There is nothing for the customer to try from &quot;%1&quot;, so there are no steps to email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="202"/>
        <source>Ticket %1 has no customer email address to send the steps to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="228"/>
        <source>Emailed the customer the text of &quot;%1&quot;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="229"/>
        <source>Emailed the customer the steps still to try:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="261"/>
        <source>Emailed the text of &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/troubleshooting/FlowStepActions.cpp" line="262"/>
        <source>Emailed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDemo</name>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="25"/>
        <source>I still cannot sign in and nobody called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="26"/>
        <source>Took three days and the problem came back the next morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="28"/>
        <source>The reset link worked only the second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="29"/>
        <source>Too many steps before someone looked at my account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="31"/>
        <source>OK in the end, but slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="33"/>
        <source>Friendly and clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupDemo.cpp" line="35"/>
        <source>Fixed within minutes, thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupJob</name>
    <message>
        <location filename="../../core/followup/FollowupJob.cpp" line="47"/>
        <source>Your support team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupJob.cpp" line="210"/>
        <source>Answer to the follow-up survey: the problem is not solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupJob.cpp" line="211"/>
        <source>Answer to the follow-up survey: the customer is not satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupJob.cpp" line="248"/>
        <source>Ticket %1&apos;s follow-up survey was decided already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupSettings</name>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="21"/>
        <source>The setting %1 is %2; it must be from %3 to %4. Correct it in the settings, or reset it to its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="83"/>
        <source>The setting followup/survey_url must be an https address without a query, e.g. https://portal.example.com/survey. Correct it, or reset it to use the customer portal&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="127"/>
        <source>marked for no survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="129"/>
        <source>a staff address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="131"/>
        <source>not in the sampled share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="133"/>
        <source>the customer was asked recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/FollowupSettings.cpp" line="135"/>
        <source>no usable email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardedMailCheck</name>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="27"/>
        <source>Password-reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="29"/>
        <source>Activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="31"/>
        <source>Account locked notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="33"/>
        <source>Reply on a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="35"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="338"/>
        <source>The pasted text contains a one-time link: do not open it, and do not copy it anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="361"/>
        <source>No Message-ID was found in the pasted text. Ask the customer to forward the email as an attachment, or paste its full headers (&quot;Show original&quot; or &quot;View source&quot; in most mail programs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="402"/>
        <source>This email was not sent by us: no mail in our outbox to that address matches its sender, subject, date or text. Treat it as possible phishing and warn the customer not to use its links or reply with any details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="406"/>
        <source>This email was not sent by us: none of its Message-IDs is in our outbox. Treat it as possible phishing and warn the customer not to use its links or reply with any details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="417"/>
        <source>We sent this email (%1) to %2; the mail relay accepted it at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="420"/>
        <source>We queued this email (%1) to %2 at %3; the mail relay has not accepted it yet (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="427"/>
        <source>Its link was used at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="430"/>
        <source>Its link was revoked (%1) and no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="434"/>
        <source>Its link expired at %1; send a new one if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="440"/>
        <source>Its link is unused and valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="445"/>
        <source>The text also holds Message-IDs we did not send (replies or forwards by the customer&apos;s mail program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/ForwardedMailCheck.cpp" line="448"/>
        <source>(Recognised by its recipient, subject, date and text: the forward kept no Message-ID.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="47"/>
        <source>Code sent to the registered email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="49"/>
        <source>Code sent to the registered phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="51"/>
        <source>Details given at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="53"/>
        <source>Recent activity described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="62"/>
        <source>Send a one-time code to the address on the account and ask the customer to read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="65"/>
        <source>Send a one-time code to the phone number on the account and ask the customer to read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="68"/>
        <source>Ask for details only the account holder gave at registration, such as the month the account was opened. Never ask for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="71"/>
        <source>Ask the customer to describe recent sign-ins (device, place, time) and compare them with the account&apos;s activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="133"/>
        <source>Identity not verified: a check failed (%1). Do it again, or verify the customer another way; a failed check blocks recovery actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="140"/>
        <source>Identity verified with %1 checks, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="144"/>
        <source>Identity not verified yet: record two checks, at least one of them a code sent to the customer&apos;s registered email address or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="147"/>
        <source>Identity not verified yet: one more check is needed, and it must be a code sent to the registered email address or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/IdentityCheck.cpp" line="150"/>
        <source>Identity not verified yet: one more check of a different kind is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="79"/>
        <source>Cannot connect to the mail server %1. Check the server name and port, and that this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="83"/>
        <source>The secure connection to %1 failed: its certificate is not trusted, does not match the pinned key, or the server does not offer encryption. Check the security setting and the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="88"/>
        <source>The mail server %1 refused the login. Check the user name and the password in Settings › Incoming mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="92"/>
        <source>The folder does not exist on %1. Check the folder name in Settings › Incoming mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="96"/>
        <source>The mail server %1 did not answer in time. It may be busy or unreachable; the next fetch tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="100"/>
        <source>The message is no longer in the folder on %1; another program moved or deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="104"/>
        <source>The mail server %1 gave an answer the helpdesk cannot use. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="108"/>
        <source>Fetching mail was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/ImapConnection.cpp" line="110"/>
        <source>Not connected to the mail server %1; connect first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapFetch</name>
    <message>
        <location filename="../../core/ingest/ImapFetch.cpp" line="24"/>
        <source>%1 new message(s): %2 new ticket(s), %3 added to tickets, %4 ignored, %5 refused, %6 taken by another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/ImapFetch.cpp" line="108"/>
        <source>Message %1 in %2 was left in the folder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/ImapFetch.cpp" line="127"/>
        <source>Message %1 was processed but could not be %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/ImapFetch.cpp" line="129"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/ImapFetch.cpp" line="129"/>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboundService</name>
    <message>
        <location filename="../../core/ingest/InboundService.cpp" line="23"/>
        <source>The attachment could not be written to %1: %2. Choose another folder, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboundStore</name>
    <message>
        <location filename="../../core/ingest/InboundStore.cpp" line="108"/>
        <source>The received message could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/InboundStore.cpp" line="136"/>
        <location filename="../../core/ingest/InboundStore.cpp" line="233"/>
        <location filename="../../core/ingest/InboundStore.cpp" line="245"/>
        <source>Received message %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/InboundStore.cpp" line="174"/>
        <source>An attachment of the received message could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/InboundStore.cpp" line="203"/>
        <location filename="../../core/ingest/InboundStore.cpp" line="216"/>
        <source>Attachment %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/InboundStore.cpp" line="219"/>
        <source>This attachment was over the size limit and was not kept; the customer can send it another way (a download link, or in parts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingMailSettings</name>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="67"/>
        <source>Enter the IMAP server and the user name before switching fetching on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="71"/>
        <source>The IMAP port must be between 1 and 65535 (usually 993 for TLS, 143 for STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="75"/>
        <source>Check for new mail every 10 seconds to once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="79"/>
        <source>The incoming mail settings may not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="83"/>
        <source>Enter the folder to read (usually INBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/IncomingMailSettings.cpp" line="86"/>
        <source>Processed mail cannot be moved to the folder it is read from; choose another folder, or leave it empty to only flag it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbExport</name>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="85"/>
        <source>Could not write %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="127"/>
        <source>Say where the site goes: --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="136"/>
        <source>The feedback address &quot;%1&quot; is not a web address. Use one that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="139"/>
        <source>Help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="155"/>
        <source>Could not create the folder %1. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="168"/>
        <source>Could not remove the old page %1, whose article is no longer public. Delete it by hand before publishing the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="182"/>
        <source>Last reviewed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="184"/>
        <source>Not reviewed yet (last changed on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="187"/>
        <source>Was this helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="189"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="192"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="214"/>
        <source>Search the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="231"/>
        <source>There are no articles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="234"/>
        <source>Updated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KbExport.cpp" line="239"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="45"/>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="47"/>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="49"/>
        <source>the Secret Service (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="61"/>
        <source>The keychain holds no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="65"/>
        <source>Access to the keychain was refused. Unlock the keychain and allow Helpdesk to use it, or enter the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="73"/>
        <source>No keychain is available on this computer, so the password cannot be saved. Enter it for this session only; Helpdesk will not write it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="80"/>
        <source>The password for %1 could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="83"/>
        <source>Reading from the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="84"/>
        <source>Saving to the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/KeychainSecretStore.cpp" line="85"/>
        <source>Removing from the keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeActions</name>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="27"/>
        <source>Only a team lead or an admin can %1. Save your change as a proposal, or ask a lead to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="86"/>
        <source>The article needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="90"/>
        <source>The title must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="93"/>
        <source>The article has no text. Write the steps the reader should take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="96"/>
        <source>The article is longer than %1 characters. Split it into several articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="106"/>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="178"/>
        <source>publish an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="134"/>
        <source>%1 changed this article at %2. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="136"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="150"/>
        <source>Someone changed this article just now. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="167"/>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="226"/>
        <source>change a published public article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="184"/>
        <source>The article is published already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="194"/>
        <source>mark an article as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="206"/>
        <source>archive an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="211"/>
        <source>The article is archived already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="247"/>
        <source>Used the knowledge article &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="257"/>
        <source>Ticket %1 is not resolved yet. Draft an article once the customer&apos;s problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="288"/>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="292"/>
        <source>Steps that worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="297"/>
        <source>The resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeActions.cpp" line="298"/>
        <source>(Describe what solved it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeDemo</name>
    <message>
        <location filename="../../core/knowledge/KnowledgeDemo.cpp" line="28"/>
        <source>The demo article file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeDemo.cpp" line="41"/>
        <source>The demo article index is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeDemo.cpp" line="54"/>
        <source>The demo article &quot;%1&quot; needs a file, a title, a category and an audience.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeVocabulary</name>
    <message>
        <location filename="../../core/knowledge/Article.cpp" line="35"/>
        <source>Public (customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/Article.cpp" line="36"/>
        <source>Internal (staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/Article.cpp" line="43"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/Article.cpp" line="45"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/Article.cpp" line="47"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="17"/>
        <source>start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="21"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="25"/>
        <source>wait for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="29"/>
        <source>customer replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="30"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="31"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="35"/>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="39"/>
        <source>only a team lead de-escalates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="40"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="41"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="45"/>
        <location filename="../../core/tickets/Lifecycle.cpp" line="49"/>
        <source>resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="53"/>
        <source>reopen a resolved ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="54"/>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="58"/>
        <source>only a team lead reopens a closed ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="67"/>
        <source>The ticket is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="76"/>
        <source>You cannot move a ticket from %1 to %2 as %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/Lifecycle.cpp" line="82"/>
        <source>A ticket cannot move from %1 to %2 (the ticket workflow has no such step).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroApply</name>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="17"/>
        <source>The macro&apos;s changes stopped at %1 (the changes before it were made): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="29"/>
        <source>adding the macro&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="35"/>
        <source>changing the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="41"/>
        <source>changing the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="51"/>
        <location filename="../../core/knowledge/MacroApply.cpp" line="57"/>
        <source>assigning the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroApply.cpp" line="64"/>
        <source>changing the status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroStore</name>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="36"/>
        <source>The macro &quot;%1&quot; sets %2 to &quot;%3&quot;, which is not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="119"/>
        <source>The shipped macros are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="125"/>
        <source>The shipped macros are not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="146"/>
        <source>The macro needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="150"/>
        <source>The macro&apos;s title must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="154"/>
        <source>The macro&apos;s reply text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="157"/>
        <source>The macro &quot;%1&quot; neither writes a reply nor changes the ticket. Give it a reply text or a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="160"/>
        <source>The reply text of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="163"/>
        <source>A macro cannot set a ticket back to New. Choose Open instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="222"/>
        <source>Only a team lead or an admin can change shared macros. Save it as your personal macro instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="226"/>
        <source>This is someone else&apos;s personal macro; you cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="267"/>
        <source>The macro &quot;%1&quot; was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="269"/>
        <source>Someone saved &quot;%1&quot; while you were editing it. Open it again to see their text, then make your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="282"/>
        <source>The macro was deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/MacroStore.cpp" line="286"/>
        <source>Only a team lead or an admin can delete shared macros, and only its owner a personal one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="31"/>
        <source>The %1 address &quot;%2&quot; is not a valid email address: %3 Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="46"/>
        <source>the domain (after the @) has an empty part: two dots in a row, or a dot at its start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="49"/>
        <source>the part &quot;%1&quot; of the domain (after the @) is %2 characters long; at most 63 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="53"/>
        <source>the part &quot;%1&quot; of the domain (after the @) starts or ends with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="56"/>
        <source>the part &quot;%1&quot; of the domain (after the @) may only hold letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="66"/>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="68"/>
        <source>it contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="73"/>
        <source>it contains a space or tab at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="76"/>
        <source>it contains angle brackets; enter only name@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="80"/>
        <source>it needs the form name@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="87"/>
        <source>the local part (before the @) is %1 characters long; at most 64 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="92"/>
        <source>the local part (before the @) starts or ends with a dot, or has two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="97"/>
        <source>the local part (before the @) must be plain ASCII (letters, digits and !#$%&amp;&apos;*+-/=?^_`{|}~.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="101"/>
        <source>the local part (before the @) contains &quot;%1&quot;, which is not allowed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="109"/>
        <source>the address literal after the @ is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="125"/>
        <source>the address literal after the @ is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="140"/>
        <source>the part &quot;%1&quot; of the domain (after the @) is not a valid international domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="153"/>
        <source>the domain after the @ needs a dot, as in example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="157"/>
        <source>the domain (after the @) is %1 characters long; at most 255 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="163"/>
        <source>the domain (after the @) is not a valid international domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailAddress.cpp" line="170"/>
        <source>the whole address is %1 characters long; at most 254 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailClassifier</name>
    <message>
        <location filename="../../core/inbound/MailClassifier.cpp" line="264"/>
        <source>an automatic reply%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MailClassifier.cpp" line="266"/>
        <source>bulk mail%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MailClassifier.cpp" line="268"/>
        <source>mailing-list mail%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MailClassifier.cpp" line="270"/>
        <source>one of our own mails coming back%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MailClassifier.cpp" line="272"/>
        <source>a delivery report%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailIngest</name>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="46"/>
        <source>(The message has no text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="49"/>
        <source>[The text was cut here; the received message keeps all of it.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="146"/>
        <source>The message is empty; there is nothing to take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="151"/>
        <source>The message is %1 MB, over the limit of %2 MB for received mail; the sender should send large files another way, or an admin raises the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="166"/>
        <source>Already received: the same message came in before (received message %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="210"/>
        <source>Already received: another client processed this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="216"/>
        <source>Could not be read as an email (%1); kept with its raw source for an admin (received message %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="285"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="304"/>
        <source>No ticket could be made from it (%1); kept with its raw source for an admin (received message %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailIngest.cpp" line="317"/>
        <source>New ticket %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="85"/>
        <source>The mail security setting &quot;%1&quot; is not one of starttls, tls or none. Choose one in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="95"/>
        <source>Enter the mail relay&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="98"/>
        <source>The mail relay port must be from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="101"/>
        <source>Enter the sender address that customers see in From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="104"/>
        <source>The time to wait for the mail relay must be from 1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="106"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="108"/>
        <source>The sender name must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSettings.cpp" line="122"/>
        <source>Plain (unencrypted) SMTP is only allowed to this computer. Choose TLS or STARTTLS for %1, or allow plain SMTP on the network explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSetupService</name>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="185"/>
        <source>Only an administrator can change the mail templates. Ask an administrator to make this change; the preview works for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailText</name>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="69"/>
        <source>NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="71"/>
        <source>bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="73"/>
        <source>backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="75"/>
        <source>vertical tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="77"/>
        <source>form feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="79"/>
        <source>escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="81"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="83"/>
        <source>next line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="85"/>
        <source>line separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="87"/>
        <source>paragraph separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="142"/>
        <source>The %1 contains %2; enter it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="145"/>
        <source>The %1 contains %2; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="148"/>
        <source>The %1 contains %2; enter the text again as UTF-8 (check the encoding of the terminal or file it came from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="152"/>
        <source>The %1 contains %2; enter the text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="117"/>
        <source>on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="117"/>
        <source>at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="121"/>
        <source>a line break %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="122"/>
        <source>a line break, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="124"/>
        <source>the control character %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="126"/>
        <source>the replacement character U+FFFD %1, which stands for bytes that were not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailText.cpp" line="130"/>
        <source>a broken character %1 (half of a UTF-16 surrogate pair, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../../core/secrets/MemorySecretStore.cpp" line="38"/>
        <source>this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/MemorySecretStore.cpp" line="47"/>
        <source>No password is stored for %1 in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../core/db/Migrator.cpp" line="83"/>
        <source>This database was written by a newer version of Helpdesk (schema %1; this version knows up to %2). Update Helpdesk, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Migrator.cpp" line="103"/>
        <source>This database needs an update (schema %1 to %2) that only its administrator can make. Ask them to run &quot;helpdesk-admin migrate&quot;, then start Helpdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/db/Migrator.cpp" line="145"/>
        <source>Updating the database schema to version %1 (%2) failed; nothing of that step was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeBuilder</name>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="308"/>
        <source>sender (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="308"/>
        <source>sender name (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="312"/>
        <source>The message has no recipient (To). Add at least one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="314"/>
        <source>recipient (To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="314"/>
        <source>recipient name (To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="318"/>
        <source>reply address (Reply-To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="319"/>
        <source>reply name (Reply-To)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="324"/>
        <source>The reply name (Reply-To) is set but the reply address is empty. Add the address or clear the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="327"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="330"/>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="335"/>
        <source>The Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;. Leave it empty to have one generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="345"/>
        <source>The header name &quot;%1&quot; is not valid. Use letters, digits and dashes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="350"/>
        <source>The header %1 is written by the mail builder itself. Set the matching message field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="354"/>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="360"/>
        <source>The message body is empty. Write a text or HTML body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MimeBuilder.cpp" line="427"/>
        <source>The Message-ID domain &quot;%1&quot; is not a valid domain name. Set the mail domain in the mail settings, e.g. example.org.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeParser</name>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="26"/>
        <source>A multipart section of the message is malformed (a missing or broken boundary); its text was read as far as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="29"/>
        <source>The message is cut off; what arrived was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="33"/>
        <source>Parts of the message are malformed; what could be read was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="35"/>
        <source>The message has header lines that are not valid; they were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="37"/>
        <source>The message nests parts too deeply; the innermost parts were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="40"/>
        <source>Some header text is encoded wrongly; it was decoded as well as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="42"/>
        <source>A part has an invalid content type; it was kept as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="44"/>
        <source>An address header is malformed; the addresses that could be read were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="47"/>
        <source>The message repeats a header with different values; the first one was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="521"/>
        <source>The message is empty; there is nothing to read. If it came from the mail server, look at the mailbox for the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="525"/>
        <source>The message is %1 MB, over the limit of %2 MB; it was not read. Ask the sender for a smaller message, or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="556"/>
        <source>The message headers contain NUL bytes; they were read as spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="584"/>
        <source>The message could not be read as an email: it has no header lines. It is kept unchanged; open its source to see what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="324"/>
        <source>The message is encrypted; its text cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="345"/>
        <source>A multipart section of the message does not use its declared boundary; its parts were read by the boundary the text uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="387"/>
        <source>A text part had no charset; it was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="389"/>
        <source>A text part declared the charset &quot;%1&quot;, which does not fit its bytes or is unknown; it was read as %2, and some characters may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="404"/>
        <source>A part&apos;s base64 data is damaged; what could be decoded was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="458"/>
        <source>An attachment over the size limit of %1 MB was left out; ask the sender for a smaller file or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/MimeParser.cpp" line="490"/>
        <source>Messages attached inside attached messages are nested too deeply; the innermost ones were kept as files only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventsQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="37"/>
        <source>… and %n earlier entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="43"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="47"/>
        <source> “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="59"/>
        <source>New on This Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="60"/>
        <source>%n new entry(s) arrived on this ticket since you opened it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="67"/>
        <source>Your text stays in the editor. Send it as it is, or look at the ticket first and revise it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="69"/>
        <source>Your change: %1. Go ahead, or look at the ticket first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="73"/>
        <source>&amp;Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="73"/>
        <source>&amp;Go Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="76"/>
        <source>&amp;Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewEventsQuestion.cpp" line="76"/>
        <source>&amp;Look First</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="161"/>
        <source>Outgoing message %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="187"/>
        <source>[This message contained a one-time link. Its text was removed from the stored copy after the mail relay accepted it.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="207"/>
        <source>The message has no recipient. Enter the customer&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="209"/>
        <source>An outgoing message goes to exactly one recipient; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="250"/>
        <source>Queueing the message failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="329"/>
        <source>The one-time link of message %1 is gone, so it cannot be sent. Cancel it and send a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="368"/>
        <source>Email to %1 was accepted by the mail relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="405"/>
        <source>Email to %1 could not be delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="416"/>
        <source>This message is %1; only failed or queued messages can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="427"/>
        <source>[This message was cancelled; its one-time link was removed.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="432"/>
        <source>This message is being sent right now and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="434"/>
        <source>This message is %1; only queued or failed messages can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/Outbox.cpp" line="456"/>
        <source>The email &quot;%1&quot; to %2 could not be delivered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="67"/>
        <source>[one-time link hidden]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="94"/>
        <source>1 message being sent by %1 (held until %2; if that sender stopped, any sender takes it over then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="98"/>
        <source>%1 messages being sent by %2 (held until %3; if that sender stopped, any sender takes them over then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="102"/>
        <source>1 message left by a sender that stopped, for the next run to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="105"/>
        <source>%1 messages left by a sender that stopped, for the next run to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="107"/>
        <source>1 message due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="109"/>
        <source>%1 messages due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="111"/>
        <source>1 message with a one-time link waiting for the server&apos;s mailer (helpdesk-admin outbox run as the mail login; see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="114"/>
        <source>%1 messages with one-time links waiting for the server&apos;s mailer (helpdesk-admin outbox run as the mail login; see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="118"/>
        <source>1 message waiting to be retried at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="120"/>
        <source>%1 messages waiting to be retried, the next at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="46"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="48"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="50"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="52"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxEntry.cpp" line="54"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="111"/>
        <source>There is no SMTP password for %1 (%2). Save it from the app&apos;s mail settings, or, where no keychain exists, set HELPDESK_SMTP_PASSWORD for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="178"/>
        <source>--interval needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="186"/>
        <source>--timeout needs a number of seconds from 5 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="191"/>
        <source>Unknown argument &apos;%1&apos; for &apos;outbox run&apos;; it takes --once, --timeout SECONDS and --interval SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="211"/>
        <source>The database schema is at version %1 but this version of Helpdesk needs %2. Update it with &apos;%3 migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="224"/>
        <source>Mail is not set up in this database: the relay host (smtp/host) and the sender address (mail/from_address) are needed. Set them in the app&apos;s mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="260"/>
        <source>Message %1 (ticket #%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="261"/>
        <source>Message %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="267"/>
        <source>Mail waits to be retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="273"/>
        <source>Reconnected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="288"/>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="312"/>
        <source>Stopping after the current batch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="327"/>
        <source>The run reached its deadline of %1 s; stopping. Unsent mail stays queued for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="348"/>
        <source>Outbox: %1 sent, %2 waiting to be retried, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="355"/>
        <source>The outcome of %1 message(s) could not be recorded because the database was unreachable. They stay &apos;sending&apos; until their lease runs out; one the relay had accepted may then be sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/admin/OutboxCommand.cpp" line="364"/>
        <source>Still in the outbox: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="19"/>
        <source>The relay may already have received this message, so the next attempt can deliver it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceService</name>
    <message>
        <location filename="../../core/presence/PresenceService.cpp" line="190"/>
        <source>%1 is replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/presence/PresenceService.cpp" line="191"/>
        <source>%1 is viewing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="19"/>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="22"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="25"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="28"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="31"/>
        <source>Breaching SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="34"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQuery.cpp" line="37"/>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../../core/accounts/RecoveryStore.cpp" line="52"/>
        <source>Recording the identity check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/RecoveryStore.cpp" line="149"/>
        <source>Recording the unlock request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/RecoveryStore.cpp" line="160"/>
        <source>Unlock request %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/reports/Report.cpp" line="25"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="26"/>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="27"/>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="28"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="29"/>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="30"/>
        <source>Troubleshooting funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="31"/>
        <source>Account actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="32"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="33"/>
        <source>Customer satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="43"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="44"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="45"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="46"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="47"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="48"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="49"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="50"/>
        <source>Guide and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="51"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="216"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="225"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="229"/>
        <source>Password-reset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="231"/>
        <source>Activation links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="233"/>
        <source>Accounts locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="235"/>
        <source>Accounts unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="247"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="249"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="250"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/Report.cpp" line="103"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <location filename="../../ui/reports/ReportPdf.cpp" line="73"/>
        <source>… and %n more rows (export the table as CSV for all of them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="23"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="87"/>
        <source>Nothing in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="95"/>
        <source>There is no report to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="97"/>
        <source>Helpdesk reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="106"/>
        <source>%1 cannot be written. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="126"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="128"/>
        <source>compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportPdf.cpp" line="150"/>
        <source>Writing %1 failed. Check the disk has room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="64"/>
        <source>The report&apos;s range is not valid: give a first and a last day, the last on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="68"/>
        <source>The report&apos;s range is longer than ten years; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="91"/>
        <source>Unknown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="193"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="202"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="257"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="313"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="347"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="259"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="309"/>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="187"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="260"/>
        <source>Open at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="310"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="315"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="311"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="316"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="389"/>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="312"/>
        <location filename="../../core/reports/ReportQuery.cpp" line="317"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="314"/>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="50"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="348"/>
        <source>Answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="349"/>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="350"/>
        <source>First response met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="351"/>
        <source>Resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="352"/>
        <source>Resolved late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="353"/>
        <source>Resolution met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="386"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="387"/>
        <source>De-escalated or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQuery.cpp" line="388"/>
        <source>Median time escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="48"/>
        <source>Guide ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="49"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="50"/>
        <source>Step ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="51"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="52"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="53"/>
        <source>Resolved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="54"/>
        <source>Escalated here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="55"/>
        <source>Abandoned here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="81"/>
        <source>All runs started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="127"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="128"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="129"/>
        <source>Expired unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="130"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="131"/>
        <source>Used (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="185"/>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="186"/>
        <source>Oldest open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="188"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryActivity.cpp" line="189"/>
        <source>One touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="49"/>
        <source>Surveys sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="51"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="53"/>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="55"/>
        <source>CSAT (4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportQueryCsat.cpp" line="56"/>
        <source>Left for a lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <location filename="../../core/tickets/SearchQuery.cpp" line="182"/>
        <source>Words longer than %1 characters cannot be searched. Type a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/SearchQuery.cpp" line="185"/>
        <source>Type at least one word to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/SearchQuery.cpp" line="187"/>
        <source>Only the first %1 words are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/SearchQuery.cpp" line="189"/>
        <source>Words longer than %1 characters were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../core/settings/Settings.cpp" line="18"/>
        <source>The setting %1 holds &quot;%2&quot;, which is not %3. Correct it in the settings, or reset it to its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/settings/Settings.cpp" line="75"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/settings/Settings.cpp" line="89"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWatch</name>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="51"/>
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="53"/>
        <source>%1 (IP address %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="57"/>
        <source>an unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="169"/>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="171"/>
        <source>turned on (authenticator app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="173"/>
        <source>turned on (text message codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="175"/>
        <source>turned on (security key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SignInWatch.cpp" line="176"/>
        <source>turned on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="62"/>
        <source>The SLA clock was given no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="66"/>
        <source>The SLA clock cannot go back in time: %1 is before its last change at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="82"/>
        <source>The SLA clock has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="92"/>
        <source>The SLA clock is already paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="93"/>
        <source>Only a running SLA clock can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="105"/>
        <source>The SLA clock is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="106"/>
        <location filename="../../core/sla/SlaClock.cpp" line="119"/>
        <source>The SLA clock has not been started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="118"/>
        <source>The SLA clock has already been stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="222"/>
        <source>segments must be a list of clock segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="236"/>
        <source>%1 must be running or paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="243"/>
        <location filename="../../core/sla/SlaClock.cpp" line="250"/>
        <source>%1 must be a date and time in ISO 8601 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="252"/>
        <source>%1 is before the segment&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="259"/>
        <source>%1 is missing: only the last segment may be open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="263"/>
        <source>%1 is before the end of the previous segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaConfig</name>
    <message>
        <location filename="../../core/sla/SlaConfig.cpp" line="62"/>
        <source>The warning window must be a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaConfig.cpp" line="75"/>
        <source>The SLA policy for %1 tickets uses the calendar &quot;%2&quot;, which is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaConfigStore.cpp" line="24"/>
        <source>The stored SLA configuration is not valid JSON; an administrator must set it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="35"/>
        <source>The first-response target (%1) must be more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="39"/>
        <source>The resolution target (%1) must be more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="43"/>
        <source>The first-response target (%1, %2 minutes) must not be longer than the resolution target (%3 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="52"/>
        <source>The policy must name the business calendar it counts in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="64"/>
        <source>%1 must be a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="78"/>
        <source>%1 must be one of low, normal, high, urgent (found &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="88"/>
        <source>%1 must be one of login, recovery, security, other (found &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="147"/>
        <source>There is already an SLA policy for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="197"/>
        <source>policies must be a list of SLA policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="205"/>
        <source>%1 repeats the priority and category of an earlier policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../core/staff/StaffStore.cpp" line="27"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/staff/StaffStore.cpp" line="29"/>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/staff/StaffStore.cpp" line="31"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="32"/>
        <source>Enter the staff member&apos;s name as colleagues should see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="36"/>
        <source>Enter the staff member&apos;s email address, e.g. maria.k@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="40"/>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="60"/>
        <source>A login is 1 to 63 lower-case letters, digits, dots, dashes or underscores and starts with a letter, e.g. maria.k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="64"/>
        <source>A login may not begin with &quot;pg_&quot; or &quot;helpdesk_&quot;; those names belong to the database. Choose another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/team/StaffAdmin.cpp" line="105"/>
        <source>A staff member with the login &quot;%1&quot; exists already. Choose another login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffNames</name>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="25"/>
        <source>staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <location filename="../../core/staff/StaffStore.cpp" line="80"/>
        <source>No staff member has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/staff/StaffStore.cpp" line="97"/>
        <source>Adding the staff member failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <location filename="../../core/followup/SurveyStore.cpp" line="25"/>
        <source>This survey link is not valid: it may have expired or been answered already. Thank you all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/SurveyStore.cpp" line="185"/>
        <source>The score is %1; give a score from 1 (bad) to 5 (very good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/SurveyStore.cpp" line="188"/>
        <source>A score of 1 or 2 needs a comment: tell us what went wrong, so that we can put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/followup/SurveyStore.cpp" line="192"/>
        <source>The comment is longer than 4000 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspiciousActivity</name>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="43"/>
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="28"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="31"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="34"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="36"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="83"/>
        <source>Burst of failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="85"/>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="87"/>
        <source>New country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="89"/>
        <source>Sign-ins from distant places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="91"/>
        <source>Success right after failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="145"/>
        <source>%1 failed sign-ins within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="189"/>
        <source>Signed in from %1, not used in the %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="198"/>
        <source>Signed in from %1, a country not seen in the %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="218"/>
        <source>Signed in from %1 and from %2 within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/SuspiciousActivity.cpp" line="245"/>
        <source>Signed in successfully %1 after %2 failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="268"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="271"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/mail/TemplateRenderer.cpp" line="274"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="26"/>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="28"/>
        <source>The plain-text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="30"/>
        <source>The HTML part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="62"/>
        <source>%1 has a placeholder that is not closed with }}: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="70"/>
        <source>%1 uses the unknown placeholder %2. Known placeholders: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="105"/>
        <source>The customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="106"/>
        <source>The customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="107"/>
        <source>The name of the agent who sends the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="109"/>
        <source>The agent&apos;s sign-off: their signature, with their name when the signature does not include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="112"/>
        <source>The sender name from the mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="113"/>
        <source>The ticket number, e.g. #123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="114"/>
        <source>The ticket&apos;s subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="115"/>
        <source>The text of the agent&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="116"/>
        <source>A web link (reset, activation or survey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="118"/>
        <source>How long the link works, in words, e.g. &quot;7 days&quot; or &quot;1 hour&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="121"/>
        <source>Minutes until the link expires, as a number (prefer {{expires.in}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="122"/>
        <source>Days until the survey link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="123"/>
        <source>When the sign-in happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="124"/>
        <source>The device or browser that signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="125"/>
        <source>Where the sign-in came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="127"/>
        <source>What happened to two-step sign-in, e.g. &quot;turned on (authenticator app)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="129"/>
        <source>The troubleshooting steps the customer still has to try, numbered, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="171"/>
        <source>The template key &quot;%1&quot; is not valid: use lower-case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="175"/>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="177"/>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="180"/>
        <source>The plain-text part is empty. Every message needs one, for readers that do not show HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="240"/>
        <source>%1 never has a value in the mail &quot;%2&quot;, so it cannot be saved this way. Take it out; this mail has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="281"/>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="287"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="326"/>
        <source>The mail &quot;%1&quot; cannot be sent: there is no value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="328"/>
        <source>The mail &quot;%1&quot; cannot be sent: there are no values for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateRenderer.cpp" line="343"/>
        <source>The mail &quot;%1&quot; cannot be sent: {{link}} is not a web address (it must start with https:// or http://).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <location filename="../../core/mail/TemplateStore.cpp" line="37"/>
        <source>The shipped mail template file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateStore.cpp" line="48"/>
        <source>The list of shipped mail templates is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateStore.cpp" line="67"/>
        <source>The shipped mail template %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateStore.cpp" line="104"/>
        <source>There is no mail template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/TemplateStore.cpp" line="266"/>
        <source>Saving the mail template failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threading</name>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="31"/>
        <source>A reply to a message of ticket %1 (In-Reply-To).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="34"/>
        <source>Part of the conversation of ticket %1 (References).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="37"/>
        <source>The subject carries the tag of ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="40"/>
        <source>It forwards a mail we sent on ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="43"/>
        <source>The sender&apos;s open ticket is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="50"/>
        <source>It comes from %1, not from the ticket&apos;s requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="51"/>
        <source>an unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="146"/>
        <source>Our message %1 could not be delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="148"/>
        <source>Delivery of our message %1 is delayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="154"/>
        <source>Ignored: a delivery report that does not say which message it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="156"/>
        <source>Ignored: a delivery report for %1, which we did not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="163"/>
        <source>Ignored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="177"/>
        <source>Already received: a message with the Message-ID %1 was processed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="182"/>
        <source>Ignored: one of our own mails coming back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="241"/>
        <source>A new conversation; no category keywords matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/inbound/Threading.cpp" line="242"/>
        <source>A new conversation; category %1 from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="110"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="114"/>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="116"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="118"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="120"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="129"/>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="131"/>
        <source>Account recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="133"/>
        <source>Security concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="135"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="144"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="146"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="148"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="150"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="159"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="161"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="163"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/TicketVocabulary.cpp" line="165"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="41"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="38"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="86"/>
        <source>No customer account is named &quot;%1&quot;. Enter the customer&apos;s email address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="91"/>
        <source>Several customer accounts are named &quot;%1&quot;. Enter the customer&apos;s email address to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="97"/>
        <source>customer account&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="100"/>
        <source>requester&apos;s name (from the customer account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="101"/>
        <location filename="../../core/tickets/TicketActions.cpp" line="113"/>
        <source>requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="111"/>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="112"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="114"/>
        <source>first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="118"/>
        <source>The requester is empty. Enter the customer&apos;s email address or the name of their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="122"/>
        <source>requester&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="122"/>
        <source>requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="125"/>
        <source>requester&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="158"/>
        <source>Creating the ticket failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="181"/>
        <source>Ticket %1 was changed by someone else at %2 after you opened it. Nothing was overwritten: reload it and apply your change again, or discard your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="185"/>
        <source>%1 changed ticket %2 at %3 after you opened it. Nothing was overwritten: reload it and apply your change again, or discard your change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="269"/>
        <source>You already have this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="272"/>
        <location filename="../../core/tickets/TicketActions.cpp" line="299"/>
        <source>%1 already has this ticket. Ask them, or a team lead, to reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="277"/>
        <source>Ticket %1 is %2; reopen it before taking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="289"/>
        <source>%1 took the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="311"/>
        <source>%1 holds this ticket; only they or a team lead can reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="315"/>
        <source>The ticket is already assigned that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="326"/>
        <source>That staff member does not exist or is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="335"/>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="335"/>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="348"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="354"/>
        <source>De-escalating needs a comment saying why, for the agent who picks the ticket up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="391"/>
        <source>Status changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="406"/>
        <source>The priority is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="412"/>
        <source>Priority changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="426"/>
        <source>The category is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="432"/>
        <source>Category changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="443"/>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="444"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="448"/>
        <source>Ticket %1 is closed; a team lead must reopen it before you reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="475"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="476"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="489"/>
        <source>The customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketActions.cpp" line="490"/>
        <source>customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEvents</name>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="17"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="18"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="20"/>
        <source>Customer reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="21"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="22"/>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="23"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="24"/>
        <source>Priority change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="25"/>
        <source>Category change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="26"/>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="28"/>
        <source>Email not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="29"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="30"/>
        <source>SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="32"/>
        <source>Troubleshooting step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="34"/>
        <source>Troubleshooting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="36"/>
        <source>Troubleshooting paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="38"/>
        <source>Troubleshooting resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="40"/>
        <source>Troubleshooting abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="42"/>
        <source>Troubleshooting steps emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="44"/>
        <source>Account action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="46"/>
        <source>Account link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="48"/>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="50"/>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="52"/>
        <source>Unlock requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="54"/>
        <source>Unlock approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="56"/>
        <source>Unlock turned down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="58"/>
        <source>Account links revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="60"/>
        <source>Email address verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="62"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="64"/>
        <source>Knowledge article used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="66"/>
        <source>Email undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/vocabulary/EventKind.cpp" line="68"/>
        <source>Forwarded email checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketMilestones</name>
    <message>
        <location filename="../../core/tickets/TicketMilestones.cpp" line="34"/>
        <source>SLA breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketMilestones.cpp" line="36"/>
        <source>By staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketMilestones.cpp" line="38"/>
        <source>Troubleshooting guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <location filename="../../core/tickets/TicketStore.cpp" line="526"/>
        <source>Ticket %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="19"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="24"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="25"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="28"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="28"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="39"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="47"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="53"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="79"/>
        <source>Held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/TimeText.cpp" line="80"/>
        <source>Held by %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <location filename="../../core/timeline/TimelineStore.cpp" line="40"/>
        <source>Recording the timeline event failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="35"/>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="41"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="50"/>
        <source>Reply emailed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="51"/>
        <source>Email sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="56"/>
        <source>Email to %1 could not be delivered: %2 — open the Outbox to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="69"/>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="72"/>
        <location filename="../../ui/ticket/TimelineText.cpp" line="87"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="78"/>
        <source>Reassigned from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="80"/>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="82"/>
        <source>Unassigned (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="84"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="94"/>
        <source>Priority: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="101"/>
        <source>Category: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TimelineText.cpp" line="107"/>
        <source>Opened via %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../../core/accounts/TokenStore.cpp" line="68"/>
        <source>A link could not be stored: its fingerprint is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/TokenStore.cpp" line="80"/>
        <location filename="../../core/accounts/TokenStore.cpp" line="104"/>
        <source>Storing the link failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/TokenStore.cpp" line="112"/>
        <source>That link does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/TokenStore.cpp" line="183"/>
        <source>This link is not valid: it may have expired, been used already, or been replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockRequest</name>
    <message>
        <location filename="../../core/accounts/UnlockRequest.cpp" line="37"/>
        <source>Waiting for a team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/UnlockRequest.cpp" line="39"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/UnlockRequest.cpp" line="41"/>
        <source>Turned down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/accounts/UnlockRequest.cpp" line="43"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="19"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="23"/>
        <source>Send a password-reset link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="25"/>
        <source>Send an activation link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="27"/>
        <source>Lock the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="29"/>
        <source>Cancel the outstanding links of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="31"/>
        <source>Record the identity checklist for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="33"/>
        <source>Email the customer the text above (queued in the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="35"/>
        <source>Set the ticket to pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="37"/>
        <source>Escalate the ticket with a summary of every step tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="39"/>
        <source>Resolve the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="56"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="62"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="64"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="66"/>
        <source>Pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="68"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="70"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardText.cpp" line="72"/>
        <source>No account linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AboutDialog</name>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="16"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="19"/>
        <source>About Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="23"/>
        <source>Helpdesk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="24"/>
        <source>&lt;h3&gt;Helpdesk %1&lt;/h3&gt;&lt;p&gt;A desktop helpdesk for support staff who resolve account problems.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="34"/>
        <source>Versions and data locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="60"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="61"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="61"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="63"/>
        <source>Database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/AboutDialog.cpp" line="71"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountActionButtons</name>
    <message>
        <location filename="../../ui/accounts/AccountActionButtons.cpp" line="37"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionButtons.cpp" line="44"/>
        <source>All Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountActionButtons.cpp" line="63"/>
        <source>Check Forwarded Email…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountFacts</name>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="20"/>
        <source>Two-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="21"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="22"/>
        <source>Failed sign-ins (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="23"/>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="24"/>
        <source>Email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="25"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="45"/>
        <source>On · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="45"/>
        <source>method not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="47"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="49"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="53"/>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="62"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="62"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="67"/>
        <source>None registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountFacts.cpp" line="67"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountHistoryTabs</name>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="42"/>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="45"/>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="64"/>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="44"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="44"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="44"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="44"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="45"/>
        <source>Last country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="46"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="48"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="49"/>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="194"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="50"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="50"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="50"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="51"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="87"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="87"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="97"/>
        <source>Load Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="114"/>
        <source>Loading sign-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="116"/>
        <source>No sign-ins recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="118"/>
        <source>All %n sign-in(s) shown, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="120"/>
        <source>The latest %n sign-in(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="171"/>
        <source>Used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="174"/>
        <source>Revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="177"/>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="184"/>
        <source>Accepted by the relay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="189"/>
        <source>%1
Message-ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="194"/>
        <source>Links (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="206"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="207"/>
        <source>%1 successful of %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountHistoryTabs.cpp" line="212"/>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountReasonDialog</name>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="57"/>
        <source>Common:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="76"/>
        <source>#%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="77"/>
        <source>No ticket — record it on the account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="78"/>
        <source>Record on &amp;ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="85"/>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountReasonDialog.cpp" line="123"/>
        <source>Write a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountRecovery</name>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="23"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="24"/>
        <source>Turn Down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="60"/>
        <source>✔ Identity verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="60"/>
        <source>Identity verification on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="73"/>
        <source>&lt;b&gt;Unlock requested&lt;/b&gt; by %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="79"/>
        <source>On %1. A team lead other than %2 decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountRecovery.cpp" line="83"/>
        <source>A team lead other than %1 decides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountStatusBadge</name>
    <message>
        <location filename="../../ui/accounts/AccountStatusBadge.cpp" line="44"/>
        <location filename="../../ui/accounts/AccountStatusBadge.cpp" line="45"/>
        <source>Account status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountStatusPanel</name>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="62"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="93"/>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="172"/>
        <source>Loading the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="185"/>
        <source>No customer account to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="316"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="283"/>
        <source>The account is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="291"/>
        <source>Not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountStatusPanel.cpp" line="299"/>
        <source>Request &amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountWarnings</name>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="36"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="39"/>
        <source>Reason: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="42"/>
        <source>the platform&apos;s automatic lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="49"/>
        <source>By %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="51"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="55"/>
        <source>&lt;i&gt;Lifting this lock needs a team lead&apos;s approval.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="57"/>
        <source>&lt;i&gt;An agent may lift it after verifying the customer&apos;s identity.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="72"/>
        <source>⚠ Suspicious activity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountWarnings.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br/&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AccountsWindow</name>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="33"/>
        <source>Customer Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="39"/>
        <source>&amp;Find an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="46"/>
        <source>Email address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="48"/>
        <source>Search accounts by email address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="58"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="59"/>
        <source>Matching accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="97"/>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="142"/>
        <source>Type part of an email address or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="146"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="160"/>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="163"/>
        <source>The first %1 matches; type more to narrow them down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/AccountsWindow.cpp" line="165"/>
        <source>%n account(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::AppController</name>
    <message>
        <location filename="../../ui/AppController.cpp" line="57"/>
        <location filename="../../ui/AppController.cpp" line="122"/>
        <source>Opening database…
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="78"/>
        <source>The database password could not be saved: %1 Helpdesk will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="83"/>
        <source>No keychain is available on this computer, so the database password is kept for this session only and never written to disk. Helpdesk will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="143"/>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="146"/>
        <source>The password saved in the keychain was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="149"/>
        <source>No keychain is available, so it is used for this session only and not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="153"/>
        <source>It is saved in %1 once it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="155"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="187"/>
        <source>Creating demo data: %1 tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="188"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="189"/>
        <source>Helpdesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="203"/>
        <source>Stopping… the tickets written so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="211"/>
        <source>Creating the demo data stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="249"/>
        <source>Helpdesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/AppController.cpp" line="252"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::AttachmentActions</name>
    <message>
        <location filename="../../ui/ticket/AttachmentActions.cpp" line="27"/>
        <source>%1 is a program or script and is not opened from here. Save it, and check it before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/AttachmentActions.cpp" line="39"/>
        <source>No program on this computer opens %1. Use Save… and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/AttachmentActions.cpp" line="52"/>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkActions</name>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkActions.cpp" line="67"/>
        <source>Assign %n ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="78"/>
        <source>Assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="78"/>
        <source>Assigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="78"/>
        <source>Unassigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="85"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="85"/>
        <source>Setting the priority to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="92"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkActions.cpp" line="92"/>
        <source>Setting the status to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkActions.cpp" line="117"/>
        <source>%1: changed %n ticket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkRunner</name>
    <message>
        <location filename="../../ui/queue/BulkRunner.cpp" line="31"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkRunner.cpp" line="33"/>
        <source>Changing tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkRunner.cpp" line="50"/>
        <source>Stopping after the current ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkRunner.cpp" line="61"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::BulkSummaryDialog</name>
    <message>
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="20"/>
        <source>Changed %1 of %2 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="22"/>
        <source>%n ticket(s) could not be changed; nothing was changed on them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="25"/>
        <source>Stopped on request: %n ticket(s) were not tried.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="50"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="50"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/BulkSummaryDialog.cpp" line="50"/>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::CustomerNotices</name>
    <message>
        <location filename="../../ui/ticket/CustomerNotices.cpp" line="22"/>
        <source>Incoming mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/CustomerNotices.cpp" line="55"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/CustomerNotices.cpp" line="60"/>
        <source>The customer wrote on your ticket %1. It is marked unread in My open tickets (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/CustomerNotices.cpp" line="63"/>
        <source>Customers wrote on your tickets %1. They are marked unread in My open tickets (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ForwardedMailDialog</name>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="40"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="45"/>
        <source>Check a Forwarded Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="51"/>
        <source>Paste the email the customer forwarded to us, or just its headers (&quot;Show original&quot; or &quot;View source&quot; in most mail programs). The check looks up its Message-ID among the mails we sent. Links in the text are ignored, never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="57"/>
        <source>&amp;Forwarded message or headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="82"/>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="125"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="159"/>
        <source>✔ Sent by this helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="163"/>
        <source>⚠ We did not send this message — possible phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="167"/>
        <source>No Message-ID found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="182"/>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="183"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="184"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="185"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="186"/>
        <source>Accepted by the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="189"/>
        <source>Not yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="191"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="192"/>
        <source>Recognised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="194"/>
        <source>recipient, subject, date and text of an inline forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="195"/>
        <source>its Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="202"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="207"/>
        <source> · expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="208"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="215"/>
        <source>Message-IDs we did not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="222"/>
        <source>%n forwarded or quoted mail(s) in the text match none of the mails we sent to this customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accounts/ForwardedMailDialog.cpp" line="228"/>
        <source>This verdict was recorded on ticket %1 and in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::IdentityCheckDialog</name>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="28"/>
        <source>&amp;Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="29"/>
        <source>&amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="30"/>
        <source>&amp;Record Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="33"/>
        <source>Identity Verification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="39"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="46"/>
        <source>Before a recovery action, make sure the caller owns this account: at least two different checks must pass, one of them a code sent to the registered email address or phone. A failed check blocks recovery until it is redone and passes. Never ask for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="61"/>
        <source>Checks recorded on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="62"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="62"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="62"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="62"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="67"/>
        <source>Record a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="78"/>
        <source>No phone number is registered on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="86"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="97"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="100"/>
        <source>What was asked and answered (no codes or passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="160"/>
        <source>✔ Identity verified. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="168"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="168"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/IdentityCheckDialog.cpp" line="244"/>
        <source>Choose which check you did first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::InboundService</name>
    <message>
        <location filename="../../core/ingest/InboundService.cpp" line="60"/>
        <source>The folder %1 could not be created to open the attachment; use Save instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::IncomingMailPage</name>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="29"/>
        <source>&amp;Fetch customer mail from this mailbox in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="34"/>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="35"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="36"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="62"/>
        <source>Only an administrator can change where customer mail is read from; you can look at the settings and test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="64"/>
        <source>imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="67"/>
        <source>Implicit TLS (usually port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="69"/>
        <source>STARTTLS (usually port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="71"/>
        <source>support@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="73"/>
        <source>leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="76"/>
        <source>empty: processed mail stays, marked as read and processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="78"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="79"/>
        <source>empty: the certificate authorities the system trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="80"/>
        <source>A file on this computer with the certificate of a private certificate authority that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="88"/>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="90"/>
        <source>IMAP serve&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="92"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="93"/>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="94"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="95"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="97"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="98"/>
        <source>Move processed mail &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="99"/>
        <source>Trusted CA f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="101"/>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="105"/>
        <source>Look for &amp;new mail every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="108"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="112"/>
        <source>Sign in with the settings above and open the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="136"/>
        <source>The saved settings are back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="146"/>
        <source>The password is kept in %1 on this computer, never in the shared settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="148"/>
        <source>No keychain is available on this computer: the password is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="244"/>
        <source>This app does not fetch mail now. Mail may still arrive through the mail server&apos;s pipe or a helpdesk-admin mail fetch job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="248"/>
        <source>Starting to fetch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="251"/>
        <source>Fetching from %1 every %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="283"/>
        <source>Only an administrator can change the incoming mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="296"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="311"/>
        <source>The incoming mail settings are saved, but the password is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="317"/>
        <source>The incoming mail settings are saved; the app fetches customer mail now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="319"/>
        <source>The incoming mail settings are saved; this app does not fetch mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="342"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/IncomingMailPage.cpp" line="365"/>
        <source>Server or library said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::KnowledgePicker</name>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="26"/>
        <source>Canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="28"/>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="30"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="31"/>
        <source>Internal article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="49"/>
        <source>Insert Canned Reply, Macro or Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="50"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="53"/>
        <source>Words from the title or text, e.g. reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="57"/>
        <source>Canned replies, macros and articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="82"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="110"/>
        <source>Nothing matches. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgePicker.cpp" line="111"/>
        <source>%n match(es). Enter inserts the highlighted one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::KnowledgeService</name>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="24"/>
        <source>status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="26"/>
        <source>priority → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="28"/>
        <source>category → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="30"/>
        <source>unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="31"/>
        <source>assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="32"/>
        <source>assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="34"/>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/knowledge/KnowledgeService.cpp" line="116"/>
        <source>&quot;%1&quot; is not published (any more). Pick another article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::KnowledgeWindow</name>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="46"/>
        <source>Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="50"/>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="51"/>
        <source>Search articles (words, &quot;phrases&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="54"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="63"/>
        <source>Comma-separated, e.g. password, reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="65"/>
        <source>Article text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="66"/>
        <source>## Steps

1. First step
2. Second step

**Bold**, *emphasis*, `code`, [links](https://example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="69"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="112"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="113"/>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="114"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="171"/>
        <source>%1
%2 · %3 · %4 · used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="174"/>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="174"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="240"/>
        <source>A draft from ticket #%1: edit it, save it, and publish it when it reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="254"/>
        <source>Only team leads and admins can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="261"/>
        <source>New article: saving publishes nothing yet — Publish does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="262"/>
        <source>New article: when you save it, it is proposed for a team lead to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="268"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="270"/>
        <source>last reviewed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="271"/>
        <source>not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="272"/>
        <source>used in %n repl(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="273"/>
        <source>%n now resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="275"/>
        <source>drafted from ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="295"/>
        <source>Saved “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="330"/>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="337"/>
        <source>&amp;Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="366"/>
        <source>Version %1 — %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/KnowledgeWindow.cpp" line="369"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::LinkConfirmDialog</name>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="20"/>
        <source>#%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="40"/>
        <source>Send Password-Reset Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="40"/>
        <source>Send Activation Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="43"/>
        <source>Send a password-reset link to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="44"/>
        <source>Send an activation link to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="53"/>
        <source>Helpdesk emails %1 a link that lets the customer choose a new password. The link works once and expires after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="56"/>
        <source>Helpdesk emails %1 a link that activates the account. The link works once and expires after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="64"/>
        <source>The link sent %1 on ticket %2 still works; the new link replaces it and the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="67"/>
        <source>The link sent %1 without a ticket still works; the new link replaces it and the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="71"/>
        <source>The troubleshooting run “%1” on ticket #%2 is paused at “%3” and is waiting for that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="73"/>
        <source>The troubleshooting run “%1” on ticket #%2 stands at “%3” and is waiting for that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="79"/>
        <source>The troubleshooting run “%1” on ticket #%2 is paused and is waiting for that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="81"/>
        <source>The troubleshooting run “%1” on ticket #%2 is under way and is waiting for that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="90"/>
        <source>What else this changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="96"/>
        <source>The mail and the link are recorded on ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="103"/>
        <source>No ticket — record it on the account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="104"/>
        <source>Record on &amp;ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LinkConfirmDialog.cpp" line="111"/>
        <source>&amp;Send Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::LogCustomerMessageDialog</name>
    <message>
        <location filename="../../ui/ticket/LogCustomerMessageDialog.cpp" line="17"/>
        <source>Log Customer Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/LogCustomerMessageDialog.cpp" line="19"/>
        <source>Write down what the customer told you on %1. It goes on the timeline as their message; a ticket that was waiting for them is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/LogCustomerMessageDialog.cpp" line="30"/>
        <source>&amp;Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/LogCustomerMessageDialog.cpp" line="33"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/LogCustomerMessageDialog.cpp" line="37"/>
        <source>&amp;Log Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::LoginEventModel</name>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="178"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="178"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="186"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="196"/>
        <source>Flagged as suspicious activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="197"/>
        <source>%1
Flagged as suspicious activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="226"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="228"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="230"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="232"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="234"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts/LoginEventModel.cpp" line="236"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MacroWindow</name>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="62"/>
        <source>Macros and Canned Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="66"/>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="72"/>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="73"/>
        <source>Hello {{customer.name}},

…

{{agent.name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="75"/>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="79"/>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="81"/>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="178"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="85"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="86"/>
        <source>Added to the timeline for staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="91"/>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="112"/>
        <source>When applied, also change the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="114"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="115"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="116"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="117"/>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="55"/>
        <source>S&amp;hared with the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="118"/>
        <source>Internal n&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="124"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="127"/>
        <source>&amp;Reply text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="179"/>
        <source>Whoever applies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="180"/>
        <source>Nobody (unassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="183"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="205"/>
        <source>shipped, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="205"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="206"/>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="207"/>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="208"/>
        <source>canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="210"/>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="300"/>
        <source>Only team leads and admins share macros with the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="304"/>
        <source>Only team leads and admins change shared and shipped macros. To adapt this one, press New and write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="306"/>
        <source>This is someone else&apos;s personal macro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="311"/>
        <source>A canned reply: it inserts the text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="312"/>
        <source>Applying it stages: %1. The agent sees the changes and can undo them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="346"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="365"/>
        <source>“%1” has its shipped text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/MacroWindow.cpp" line="369"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MailDelivery</name>
    <message numerus="yes">
        <location filename="../../core/mail/MailDelivery.cpp" line="46"/>
        <source>%n email(s) wait in the outbox because mail is not set up yet. An administrator can enter the mail relay and the sender address in the mail settings; the waiting mail is sent then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/mail/MailDelivery.cpp" line="89"/>
        <source>Mail is not sent because the mail settings are not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailDelivery.cpp" line="126"/>
        <source>Mail is not sent from this computer: no password for the mail relay (%1) is saved here. Mail waits in the outbox until it is sent from a computer that has the password, or by &apos;helpdesk-admin outbox run&apos;. An administrator can save the password in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MailFetchService</name>
    <message>
        <location filename="../../core/ingest/MailFetchService.cpp" line="99"/>
        <source>Only an administrator can change the incoming mail settings. Ask an administrator to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailFetchService.cpp" line="125"/>
        <source>Enter the IMAP server and the user name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ingest/MailFetchService.cpp" line="152"/>
        <source>Signed in to %1 and opened the folder %2 (%n message(s) in it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailFetchService.cpp" line="231"/>
        <source>Incoming mail is switched on, but this computer has no password for %1: %2 An administrator can enter it on the Incoming mail page of the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailFetchService.cpp" line="274"/>
        <source>Incoming mail waits: the database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/ingest/MailFetchService.cpp" line="305"/>
        <source>Incoming mail from %1 cannot be fetched: %2 The app tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MailNotices</name>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="35"/>
        <source>Mail: %1 The Outbox (%2) shows what waits; an administrator can check the mail settings (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="54"/>
        <source>Mail relay password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="55"/>
        <source>%1

Password of %2 for the mail relay %3, for this session only (it is not written to disk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="59"/>
        <source>Use for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="60"/>
        <source>Do Not Send Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="65"/>
        <source>The mail relay password is kept for this session only; mail is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="71"/>
        <source>Mail is not sent from this computer in this session (no password for the mail relay). It waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/MailNotices.cpp" line="82"/>
        <source>The email to %1 is queued again and is sent in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MailSettingsPage</name>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="43"/>
        <source>Cannot connect to the mail relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="45"/>
        <source>TLS failed: the relay&apos;s certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="47"/>
        <source>The relay does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="49"/>
        <source>Sign-in rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="51"/>
        <source>Recipient refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="53"/>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="55"/>
        <source>Temporary failure (try again later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="57"/>
        <source>Refused by the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="59"/>
        <source>No answer from the relay (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="61"/>
        <source>The relay closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="63"/>
        <source>The relay&apos;s answer is not SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="65"/>
        <source>The settings cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="67"/>
        <source>The test message cannot be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="69"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="79"/>
        <source>Allow plain SMTP to other computers (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="83"/>
        <source>For&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="84"/>
        <source>Send &amp;Test Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="86"/>
        <source>The relay&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="88"/>
        <source>T&amp;rust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="89"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="89"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="120"/>
        <source>Only an administrator can change the mail settings; you can look at them and send a test email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="122"/>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="125"/>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="127"/>
        <source>Implicit TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="129"/>
        <source>None: plain SMTP (this computer only, unless allowed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="131"/>
        <source>empty: the relay needs no sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="134"/>
        <source>support@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="135"/>
        <source>Example Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="136"/>
        <source>empty: the domain of the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="138"/>
        <source>empty: only certificates the system trusts (use Send Test Email to see one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="139"/>
        <source>The SHA-256 fingerprint of one relay certificate to accept even though the system does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="150"/>
        <source>Mail relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="152"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="154"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="155"/>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="157"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="158"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="163"/>
        <source>Trusted &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="167"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="169"/>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="170"/>
        <source>From &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="171"/>
        <source>Message-&amp;ID domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="173"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="176"/>
        <source>Send a test email t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="210"/>
        <source>The pinned certificate is forgotten once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="218"/>
        <source>The saved settings are back in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="324"/>
        <source>No sign-in: no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="328"/>
        <source>leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="330"/>
        <source>No keychain is available on this computer: the password is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="332"/>
        <source>The password is kept in %1 on this computer, never in the shared settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="359"/>
        <source>Only an administrator can change the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="372"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="393"/>
        <source>The mail settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="400"/>
        <source>The mail settings are saved, but the password is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="406"/>
        <source>The mail settings are saved. No keychain is available, so the password is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="411"/>
        <source>The mail settings are saved; the password is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="426"/>
        <source>Enter the address to send the test email to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="435"/>
        <source>Sending a test email to %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="473"/>
        <source>The relay accepted the test email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="476"/>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="484"/>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="487"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="498"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="499"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="500"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="501"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="502"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="504"/>
        <source>Trust this certificate only if you know it is your relay&apos;s (compare the SHA-256 fingerprint with what its administrator tells you). Only this exact certificate is trusted, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="508"/>
        <source>An administrator can decide to trust this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/MailSettingsPage.cpp" line="527"/>
        <source>That certificate is trusted from the next test email on; save to use it for delivery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MailSetupService</name>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="57"/>
        <source>[Your reply to the customer appears here.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="74"/>
        <source>Only an administrator can change the mail settings. Ask an administrator to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="133"/>
        <source>1. [The first step still to try]
2. [The next one]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="134"/>
        <source>[when the sign-in happened, UTC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="135"/>
        <source>[the device and browser]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="136"/>
        <source>[the city, country and IP address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="137"/>
        <source>turned on (authenticator app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="170"/>
        <source>[no value: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="261"/>
        <source>That version of the template is gone; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="293"/>
        <source>Enter the password of %1 to send a test email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="299"/>
        <source>Helpdesk test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="300"/>
        <source>This is a test email from Helpdesk. If you can read it, the mail settings work.

Sent through %1 (port %2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="306"/>
        <source>This is a test email from Helpdesk. If you can read it, the mail settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/MailSetupService.cpp" line="336"/>
        <source>The mail relay gave no result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>%1 (reconnecting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="286"/>
        <source>The connection to the database is back. Nothing you saved was lost; if an action failed meanwhile, do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="292"/>
        <source>Changes made by colleagues are not arriving live (the database cannot be watched). Press %1 to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>Some troubleshooting flow files were rejected and their flows are not offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="73"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="100"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="103"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="109"/>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="136"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="141"/>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="156"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="157"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="470"/>
        <source>Creating tickets needs a staff member to act as; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="453"/>
        <source>%n selected ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="168"/>
        <source>Single-user database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="169"/>
        <source>An embedded database for one person. For a team, use a shared PostgreSQL database, where each staff member signs in with their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="175"/>
        <source>Shared database; you are signed in as its user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>Tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="200"/>
        <source>Acting as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="201"/>
        <source>The staff member this app acts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="203"/>
        <source>No staff login set: “My open tickets” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="204"/>
        <source>Set the staff login in the settings (staff/login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="206"/>
        <source>Login “%1” not found among staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowChrome.cpp" line="207"/>
        <source>“My open tickets” stays empty until an administrator adds the staff member “%1”, or the staff/login setting names an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::MessageBar</name>
    <message>
        <location filename="../../ui/common/MessageBar.cpp" line="22"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/MessageBar.cpp" line="23"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::NewTicketDialog</name>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="67"/>
        <source>New Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="71"/>
        <source>What the customer needs, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="73"/>
        <source>Email address or customer account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="75"/>
        <source>Optional; for an address without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="90"/>
        <source>What the customer wrote or said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="119"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="125"/>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="129"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="132"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="135"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="138"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="141"/>
        <source>First &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="145"/>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="221"/>
        <source>Create Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="196"/>
        <source>Enter a subject: what the customer needs, in a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="201"/>
        <source>Enter the customer&apos;s email address, or the name of their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="203"/>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="221"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/NewTicketDialog.cpp" line="288"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::OutboxDialog</name>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="43"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="44"/>
        <source>Outbox: outgoing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="46"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="49"/>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="53"/>
        <source>Mail to customers waits here until the mail relay has accepted it. Failed messages can be sent again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="93"/>
        <source>Outgoing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="97"/>
        <source>Selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="229"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="232"/>
        <source>All messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="236"/>
        <source>Not sent yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="287"/>
        <source> (needs a staff member to act as)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="297"/>
        <source>No messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="298"/>
        <source>Select a message to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="315"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="317"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="317"/>
        <source>the configured sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="318"/>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="319"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="320"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="321"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="322"/>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="323"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="325"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="327"/>
        <source>Accepted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="329"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="331"/>
        <source>Undeliverable since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="332"/>
        <source>Remote reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="334"/>
        <source>Server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="335"/>
        <source>Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="339"/>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="342"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="339"/>
        <source>A one-time link in this message was removed from the stored copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="342"/>
        <source>This message holds a one-time link for the customer; it is hidden here and removed from the stored copy once sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="350"/>
        <source>Fix the cause (the address, or the mail settings), then press Retry (%1). Cancel (%2) if it should not be sent at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="391"/>
        <source>The message to %1 is queued again and is sent in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="405"/>
        <source>Cancel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="406"/>
        <source>Cancel the message “%1” to %2? It will never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="409"/>
        <source>Cancel Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="410"/>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxDialog.cpp" line="427"/>
        <source>The message to %1 is cancelled and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::OutboxSender</name>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="208"/>
        <source>Mail is waiting because no sender address is set. Enter the From address in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="227"/>
        <source>The mail client is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="249"/>
        <source>The mail relay gave no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="280"/>
        <source>Gave up after %1 attempts. The last error was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/OutboxSender.cpp" line="336"/>
        <source>%1 Mail already handed over is recorded once the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::OutboxTableModel</name>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="37"/>
        <source>Undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="58"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="59"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="102"/>
        <source>Accepted by the mail relay at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="104"/>
        <source>Not sent. Retry it once the cause is fixed, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="138"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="140"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="142"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="144"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="146"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="148"/>
        <source>Last error / server reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox/OutboxTableModel.cpp" line="150"/>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::QueueListView</name>
    <message>
        <location filename="../../ui/queue/QueueListView.cpp" line="96"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/QueueListView.cpp" line="131"/>
        <source>Tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::QueuePane</name>
    <message>
        <location filename="../../ui/queue/QueuePane.cpp" line="21"/>
        <source>&amp;Queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ReplyComposer</name>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="25"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="26"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="49"/>
        <source>Throw the text away (%1 closes the editor and keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="62"/>
        <source>Take the inserted text back and drop the macro&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="158"/>
        <source>&amp;Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="158"/>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="160"/>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="173"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="162"/>
        <source>Only staff see internal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="164"/>
        <source>The reply is added to the ticket&apos;s timeline and emailed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="165"/>
        <source>The reply is added to the ticket&apos;s timeline. It will be emailed to the customer once mail is configured; until then it waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="167"/>
        <source>Add Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="167"/>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="170"/>
        <source>Write to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="174"/>
        <source>A note for colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="198"/>
        <source>The reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="207"/>
        <source>The text still has %1. Replace it with what it stands for; a macro inserted with %2 fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="299"/>
        <source>status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="301"/>
        <source>priority → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="303"/>
        <source>category → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="305"/>
        <source>unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="306"/>
        <source>assign to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="307"/>
        <source>assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="309"/>
        <source>add the internal note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="313"/>
        <source>Macro “%1”: when you send, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="317"/>
        <source>%n knowledge article(s) used; the ticket records it when you send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ticket/ReplyComposer.cpp" line="320"/>
        <source>Text inserted from the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ReportChart</name>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="29"/>
        <location filename="../../ui/reports/ReportChart.cpp" line="39"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="33"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="37"/>
        <source>Met (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="43"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="45"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="47"/>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="50"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportChart.cpp" line="112"/>
        <source>%1 (previous period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ReportService</name>
    <message>
        <location filename="../../core/reports/ReportService.cpp" line="18"/>
        <source>Reports are for team leads and admins. Ask a team lead for the figures you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/reports/ReportService.cpp" line="34"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ReportsWindow</name>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="41"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="59"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="60"/>
        <source>Reports for team leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="73"/>
        <source>Reports are for team leads and admins. Ask a team lead for the figures you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="100"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="101"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="102"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="103"/>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="111"/>
        <source>Compare with the days &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="122"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="130"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="132"/>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="135"/>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="137"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="139"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="144"/>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="146"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="148"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="150"/>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="156"/>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="171"/>
        <source>Report chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="174"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="312"/>
        <source>The last day is before the first; choose a later last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="319"/>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="339"/>
        <source>Cancelled. The figures shown are from before; press F5 to compute them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="353"/>
        <source>Nothing in these days with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="374"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="382"/>
        <source>No tickets behind this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="387"/>
        <source>%1 (the newest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="417"/>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="417"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="422"/>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="427"/>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="462"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="437"/>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="437"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/ReportsWindow.cpp" line="452"/>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SearchDialog</name>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="30"/>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="32"/>
        <source>customer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="34"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="36"/>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="38"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="40"/>
        <source>troubleshooting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="42"/>
        <source>de-escalation comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="51"/>
        <source>Search Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="59"/>
        <source>Words in subjects, messages, replies and notes; &quot;an exact phrase&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="61"/>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="64"/>
        <source>Type to search. The last word also finds longer words (&quot;passw&quot; finds &quot;password&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="73"/>
        <source>Matching tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="146"/>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="150"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="180"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;&lt;small&gt;%3 · updated %4 · found in %5&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="196"/>
        <source>No ticket matches. Check the spelling, or use fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="198"/>
        <source>Showing the best %1 of %2 matching tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="203"/>
        <source>One matching ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/SearchDialog.cpp" line="203"/>
        <source>%1 matching tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="22"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="28"/>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="29"/>
        <source>Mail Templ&amp;ates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="34"/>
        <source>Incoming Mai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/common/ShortcutsDialog.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ShortcutsDialog.cpp" line="20"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ShortcutsDialog.cpp" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/ShortcutsDialog.cpp" line="23"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpAuthStep</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="35"/>
        <source>The mail relay does not offer a sign-in method Helpdesk can use (it offers: %1; Helpdesk uses PLAIN or LOGIN). Check the SMTP settings, or clear the user name if the relay needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="38"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="58"/>
        <source>AUTH LOGIN (after the user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="64"/>
        <source>AUTH LOGIN (after the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="80"/>
        <source>The mail relay answered sign-in unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpAuthStep.cpp" line="85"/>
        <source>The mail relay rejected the SMTP user name or password (%1). Check the credentials in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpClient</name>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="43"/>
        <source>No mail relay is set. Enter the SMTP host in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="46"/>
        <source>The SMTP port is not set. Usually it is 587 (STARTTLS) or 465 (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="51"/>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits). Copy it again from the certificate details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="62"/>
        <source>The HELO name &quot;%1&quot; is not a host name. Enter this computer&apos;s fully qualified name, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="68"/>
        <source>TLS is not available on this computer (the OpenSSL library is missing). Install it or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="75"/>
        <source>Plain (unencrypted) SMTP is only allowed to this computer, and %1 is not a loopback address. Choose TLS or STARTTLS in the mail settings, or allow plain SMTP on the network explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/SmtpClient.cpp" line="124"/>
        <source>Sending was cancelled. The message will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpGreetingStep</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpGreetingStep.cpp" line="9"/>
        <location filename="../../core/mail/smtp/SmtpGreetingStep.cpp" line="30"/>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpGreetingStep.cpp" line="19"/>
        <source>The mail relay did not send its greeting within %1. Check the host and port in the mail settings; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpReplyParser</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="39"/>
        <source>no reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="44"/>
        <source>malformed reply line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="49"/>
        <source>reply code changed inside a multi-line reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="53"/>
        <source>too many reply lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="70"/>
        <source>The mail relay sent an answer that is not valid SMTP (%1). Check that host and port point to an SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpReplyParser.cpp" line="79"/>
        <source>The mail relay sent a reply line longer than %1 bytes. Check that host and port point to an SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpSecurity</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpSecurity.cpp" line="100"/>
        <source>The encrypted (TLS) connection to the mail relay failed: %1. Check the port and the security setting (TLS or STARTTLS) in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSecurity.cpp" line="107"/>
        <source>The mail relay&apos;s certificate is not trusted (%1). Subject: %2; issuer: %3; expires: %4; SHA-256 fingerprint: %5. If your administrator confirms this is the relay&apos;s certificate, enter the fingerprint as the trusted certificate in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSecurity.cpp" line="121"/>
        <source>Plain (unencrypted) SMTP is only allowed to this computer, and %1 is not known to be this computer: %2. Choose TLS or STARTTLS in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSecurity.cpp" line="129"/>
        <source>Helpdesk will not send the SMTP password unencrypted to %1. Choose TLS or STARTTLS in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpSendStep</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="31"/>
        <source>The message has no valid recipient or sender address. Correct the addresses and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="36"/>
        <source>The message is too large for the mail relay (%1 bytes; the relay accepts at most %2). Shorten the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="112"/>
        <source>the confirmation of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="116"/>
        <source>the message data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="137"/>
        <source>The mail relay refused the recipient %1 (%2). Check the address; the message was not sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="142"/>
        <source>The mail relay temporarily refused the recipient %1 (%2). The message was not sent; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="172"/>
        <source>The mail relay stopped taking the message data for %1. The message was not delivered; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="179"/>
        <source>The mail relay did not confirm the message within %1 after it was sent; it may have been delivered, so the next attempt can send it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="184"/>
        <source>The mail relay did not confirm an earlier message within %1, so this message was not sent. Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="198"/>
        <source>The mail relay closed the connection after the message was sent but before it confirmed it (%1); it may have been delivered, so the next attempt can send it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="204"/>
        <source>Sending was cancelled after the message was sent but before the mail relay confirmed it; it may have been delivered, so the next attempt can send it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSendStep.cpp" line="209"/>
        <source>%1 The message had been sent completely, so it may have been delivered; the next attempt can send it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpSession</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="35"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="68"/>
        <source>it is not a loopback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="69"/>
        <source>it could not be resolved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="195"/>
        <source>Cannot connect to the mail relay %1:%2 (%3). Check the host and port in the mail settings and that the relay is running; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="210"/>
        <source>unexpected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="239"/>
        <source>The mail relay sent data right after agreeing to STARTTLS, which could be an injection attack. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="279"/>
        <source>Looking up the mail relay %1 took longer than %2. Check the host name and the network (DNS); Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="284"/>
        <source>The mail relay %1:%2 did not accept the connection within %3. Check the host, the port and any firewall; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="293"/>
        <source>The mail relay did not complete the encrypted (TLS) handshake within %1. Nothing was sent. Check that the port and the security setting (TLS or STARTTLS) match the relay; Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="305"/>
        <source>The connection to the mail relay was lost (%1, while %2). Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpSession.cpp" line="307"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpStartTlsStep</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpStartTlsStep.cpp" line="12"/>
        <source>The mail relay does not offer STARTTLS, so the connection would not be encrypted. Nothing was sent. Check the port and security setting, or ask the relay&apos;s administrator to enable TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStartTlsStep.cpp" line="32"/>
        <source>The mail relay refused STARTTLS (%1). Nothing was sent. Check the port and security setting in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::SmtpStep</name>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="21"/>
        <source>The mail relay is closing the connection (%1). Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="45"/>
        <source>waiting for the reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="51"/>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="97"/>
        <source>The mail relay refused the message as too large (%1). Shorten the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="103"/>
        <source>The mail relay is temporarily unable to accept the message (%1, after %2). Helpdesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="108"/>
        <source>The mail relay refused the message (%1, after %2). Check the message and the relay&apos;s policy; it will not be retried unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/mail/smtp/SmtpStep.cpp" line="118"/>
        <source>The mail relay did not answer %1 within %2. Nothing was sent; Helpdesk will try again later. If this keeps happening, check the relay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::StaffDialog</name>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="24"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="25"/>
        <source>Set &amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="26"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="27"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="30"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="37"/>
        <source>This is a single-user database: staff members here only name who did what. On a shared PostgreSQL database each one is also a database login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="46"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="46"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="46"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="99"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="99"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="101"/>
        <source>No database login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="149"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="163"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="174"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffDialog.cpp" line="175"/>
        <source>%1 is disabled; their open sessions were ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::StaffMemberDialog</name>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="22"/>
        <source>Add Staff Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="26"/>
        <source>e.g. maria.k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="32"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="33"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="34"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="35"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="41"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="46"/>
        <source>The login becomes their database login; they sign in to Helpdesk with it and this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/StaffMemberDialog.cpp" line="60"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::StaffPickerDialog</name>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="34"/>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="37"/>
        <source>Type to filter by name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="40"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="41"/>
        <source>Loading staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="42"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="84"/>
        <source>Unassigned (nobody holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="90"/>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="96"/>
        <source>%1 — holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ticket/StaffPickerDialog.cpp" line="99"/>
        <source>%n staff member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>helpdesk::TemplateEditor</name>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="25"/>
        <source>before the first edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="27"/>
        <source>shipped text put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="29"/>
        <source>earlier version brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="30"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="38"/>
        <source>&amp;Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="39"/>
        <source>&amp;Revert to Shipped Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="40"/>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="52"/>
        <source>The plain-text part, as you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="53"/>
        <source>The HTML part, as you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="72"/>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="75"/>
        <source>&amp;Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="76"/>
        <source>HTML so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="82"/>
        <source>Earlier &amp;versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="144"/>
        <source>This mail can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="178"/>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="187"/>
        <source>Only an administrator can change mail templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="180"/>
        <source>Nothing has changed since it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="185"/>
        <source>Put the text this version of Helpdesk ships back; the current text stays among the earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="229"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="230"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="264"/>
        <source>Saved. The next mails of this kind use this text; the earlier one is kept among the versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="277"/>
        <source>The shipped text is back; the one before is kept among the versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplateEditor.cpp" line="291"/>
        <source>The earlier version is back and saved as the newest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TemplatePreviewPage</name>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="39"/>
        <source>The mail as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="41"/>
        <source>#number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="44"/>
        <source>The ticket whose values fill the template; the ticket selected in the main window to begin with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="56"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="57"/>
        <source>Tic&amp;ket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="59"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="63"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="66"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="70"/>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="71"/>
        <source>Plain te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="73"/>
        <source>Values come from the ticket, its requester and you as the agent; {{reply.body}} shows an example text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/TemplatePreviewPage.cpp" line="203"/>
        <source>Missing values: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketActionController</name>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="168"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="166"/>
        <source>Move the ticket on: escalate (%1), resolve, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="171"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="172"/>
        <source>Change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="200"/>
        <source>You are not signed in as a staff member, so tickets are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="241"/>
        <source>No ticket to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="252"/>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="259"/>
        <source>No status change allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="277"/>
        <source>Take the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="286"/>
        <source>Assign the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="286"/>
        <source>Unassign the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="295"/>
        <source>Set the status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="310"/>
        <source>De-escalate the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="325"/>
        <source>Set the priority to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="339"/>
        <source>Set the category to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="350"/>
        <source>Add your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="381"/>
        <source>Add your internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="408"/>
        <source>Ticket #%1&apos;s customer gets no follow-up survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="425"/>
        <source>Log the customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionPending.cpp" line="110"/>
        <source>Ticket changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionPending.cpp" line="115"/>
        <source>Your change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionPending.cpp" line="117"/>
        <source>Re-applying adds your text as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionPending.cpp" line="120"/>
        <source>&amp;Reload and Re-apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionPending.cpp" line="122"/>
        <source>&amp;Discard My Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="443"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="459"/>
        <source>De-escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="460"/>
        <source>Why does %1 go back to the open queue? The comment goes on the timeline for the agent who picks it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketActionController.cpp" line="463"/>
        <source>De-escalate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketDetailView</name>
    <message>
        <location filename="../../ui/ticket/TicketDetailView.cpp" line="55"/>
        <source>Ticket details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketDetailView.cpp" line="58"/>
        <source>Select a ticket to see its details and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketDetailView.cpp" line="244"/>
        <source>The attachment is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketFacts</name>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="22"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="24"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="25"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="26"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="27"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="28"/>
        <source>First reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="30"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="31"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="66"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="67"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="85"/>
        <source>%1 (held for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="91"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="92"/>
        <source>Nobody holds this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="98"/>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="116"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="99"/>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="118"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketFacts.cpp" line="110"/>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketHeader</name>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="46"/>
        <source>Colleagues on this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="67"/>
        <source>%1 · via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="74"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="88"/>
        <source>Troubleshooting “%1” is paused at “%2” (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="90"/>
        <source>Troubleshooting “%1” is in progress at “%2” (last answer by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="93"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="94"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketHeader.cpp" line="95"/>
        <source>Opens the troubleshooting wizard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketListPane</name>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="55"/>
        <source>Filter tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="56"/>
        <source>Filter by subject, requester or #number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="274"/>
        <source>&lt;h2&gt;No tickets yet&lt;/h2&gt;&lt;p&gt;This database does not hold any tickets.&lt;/p&gt;&lt;p&gt;To try Helpdesk with realistic demo data, start it with %1&lt;br/&gt;or fill this database with %2&lt;/p&gt;&lt;p&gt;To work with your team, connect to the shared server:&lt;br/&gt;%3&lt;/p&gt;&lt;p&gt;Database in use: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="292"/>
        <source>No tickets in “%1” match “%2”.
Press Esc in the filter to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="296"/>
        <source>“%1” is empty because the staff login “%2” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketListPane.cpp" line="299"/>
        <source>No tickets in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketQueueModel</name>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="501"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="520"/>
        <source>%1 (new message from the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="540"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="565"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="567"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="569"/>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="571"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="573"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="575"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="577"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="579"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/tickets/TicketQueueModel.cpp" line="581"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketTableView</name>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="124"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="199"/>
        <source> · 23 h 59 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="252"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="268"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="268"/>
        <source>Due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="272"/>
        <source>Nobody holds this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="356"/>
        <source>overdue 9 h 59 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/queue/TicketTableView.cpp" line="383"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TicketTimelineView</name>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="32"/>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="36"/>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="51"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="57"/>
        <source>Loading timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="120"/>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="134"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="207"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="212"/>
        <source>over the size limit: listed, not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="217"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="220"/>
        <source>a program or script: save it and check it before running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="225"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="266"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="266"/>
        <source>Open in Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="276"/>
        <source>Since then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="293"/>
        <source>Email to %1 waits in the outbox: mail is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="295"/>
        <source>Email to %1 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="297"/>
        <source>Email to %1 not delivered yet; next attempt %2. Last error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="303"/>
        <source>Email to %1 is being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="306"/>
        <source>Emailed to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="309"/>
        <source>Email to %1 could not be delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ticket/TicketTimelineView.cpp" line="314"/>
        <source>Email to %1 was cancelled and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::TroubleshootingWizard</name>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="27"/>
        <source>Troubleshoot %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="34"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="125"/>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="152"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="131"/>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="335"/>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="135"/>
        <source>Reading the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="143"/>
        <source>Abandoning the old run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="145"/>
        <source>Abandoned to start “%1” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="193"/>
        <source>The flow “%1” installed here has no step “%2” any more. Abandon the run (what was recorded stays) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="247"/>
        <source>Doing it: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="248"/>
        <source>the step&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="250"/>
        <source>Recording your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="261"/>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="305"/>
        <source>Queuing the mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="324"/>
        <source>Reading the run again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/TroubleshootingWizard.cpp" line="383"/>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::WizardFinishedPage</name>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="14"/>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="53"/>
        <source>Troubleshooting finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="34"/>
        <source>Troubleshooting abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="35"/>
        <source>The run “%1” was abandoned at “%2”. Everything recorded stays on the ticket&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="39"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="41"/>
        <source>The ticket is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="42"/>
        <source>The ticket is resolved: “%1” fixed it; that is recorded for the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="46"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="47"/>
        <source>The ticket is escalated with a summary of every step tried, so the team lead does not have to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="50"/>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="51"/>
        <source>The ticket waits for the customer&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="54"/>
        <source>The run ended at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="56"/>
        <source>%1 · %2 steps · finished %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardFinishedPage.cpp" line="61"/>
        <source>Every answer is on the ticket&apos;s timeline. Press Close to return to the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::WizardHistoryView</name>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="30"/>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="35"/>
        <source>Steps so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="49"/>
        <source>Nothing recorded yet. Each answer is listed here and on the ticket&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="69"/>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="78"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="81"/>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="87"/>
        <source>Steps emailed to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardHistoryView.cpp" line="88"/>
        <source>Steps emailed to the customer %1 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::WizardStartPage</name>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="23"/>
        <source>Troubleshoot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="24"/>
        <source>The wizard leads you through the checks step by step and records every answer on the ticket&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="35"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="36"/>
        <source>%1 · %2
Customer: %3 · Category: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="47"/>
        <source>&amp;Abandon it (what was recorded stays) and start the flow below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="53"/>
        <source>&amp;Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="58"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="60"/>
        <source>%1 — suggested for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="79"/>
        <source>Looking for a run in progress on this ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="107"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="110"/>
        <source>“%1” is paused at “%2” (paused by %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="112"/>
        <source>“%1” is in progress at “%2” (last answer by %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="115"/>
        <source>C&amp;ontinue it at “%1”; the steps so far are listed on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="132"/>
        <source>Some flow files could not be loaded and are not offered (ask an admin to fix them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStartPage.cpp" line="180"/>
        <source>No troubleshooting flows are installed, so there is nothing to start. Ask an admin to check the flow files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>helpdesk::WizardStepPage</name>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="62"/>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="310"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="70"/>
        <source>Step %1 of the run · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="99"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="104"/>
        <source>Ask the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="105"/>
        <source>Tell the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="109"/>
        <source>Text for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="146"/>
        <source>Customer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="154"/>
        <source>Reading the account of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="173"/>
        <source>When you confirm, the wizard will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="174"/>
        <source>When you finish, the wizard will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="184"/>
        <source>End the run; nothing else changes on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="214"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="216"/>
        <source>What the customer said or saw; kept with the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="131"/>
        <source>Queues a mail to %1 with the %n step(s) still to try (%2):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="129"/>
        <source>Queues a reply to %1 with the text above (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="265"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="285"/>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="286"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="293"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="296"/>
        <source>then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="298"/>
        <source>Confirm and Do It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="301"/>
        <source>Skip This Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="302"/>
        <source>Answer &quot;skipped&quot; without doing the actions; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="309"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="313"/>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="335"/>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="341"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="323"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="334"/>
        <source>Continue: Account Is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="336"/>
        <source>This flow has no branch for this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="355"/>
        <source>Account of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="366"/>
        <source>No customer account is linked to this ticket (no account has the address %1). Look the customer up in the account tools and choose what you found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="378"/>
        <source>The account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="399"/>
        <source>Emailed to %1 at %2; the mail waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="415"/>
        <source>Already done (not repeated when you confirm again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/WizardStepPage.cpp" line="518"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="92"/>
        <source>Helpdesk: the ticket desk for account support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="97"/>
        <source>Open the demo database, creating it with sample tickets on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="101"/>
        <source>Use the database at &lt;url&gt;: sqlite:///path.db, a file path, or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="107"/>
        <source>Show the app in this language (de, en), instead of the system&apos;s or the one chosen in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="126"/>
        <source>Use either --demo or --database, not both.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="168"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
