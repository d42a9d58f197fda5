<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../db/permissions.py" line="48"/>
        <source>view people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="49"/>
        <source>register and edit people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="50"/>
        <source>delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="51"/>
        <source>see sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="52"/>
        <source>make referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="53"/>
        <source>manage document applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="54"/>
        <source>print letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="55"/>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="56"/>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="57"/>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="58"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="59"/>
        <source>change office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="60"/>
        <source>rotate the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="61"/>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="62"/>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="63"/>
        <source>archive and purge closed files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../wizard.py" line="124"/>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="126"/>
        <source>The administrator adds the other users and changes settings. Choose a password of at least 10 characters that nobody else knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="134"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="135"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../application_dialog.py" line="232"/>
        <source>Document application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="232"/>
        <source>New document application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="257"/>
        <location filename="../application_dialog.py" line="755"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="289"/>
        <source>Issue a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="348"/>
        <source>Document applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="352"/>
        <location filename="../application_dialog.py" line="594"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="356"/>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="360"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="363"/>
        <source>office or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="367"/>
        <source>Authority and office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="373"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="377"/>
        <location filename="../application_dialog.py" line="488"/>
        <location filename="../application_dialog.py" line="514"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="386"/>
        <source>IQD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="389"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="394"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="398"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="400"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="401"/>
        <source>what must be done next, by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="404"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="421"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="429"/>
        <location filename="../application_dialog.py" line="489"/>
        <location filename="../application_dialog.py" line="540"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="430"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="435"/>
        <source>Papers handed in (tick what was submitted; double-click a line to edit it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="450"/>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="453"/>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="461"/>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="472"/>
        <source>Other obstacles, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="481"/>
        <source>Papers and obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="488"/>
        <location filename="../application_dialog.py" line="511"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="488"/>
        <location filename="../application_dialog.py" line="518"/>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="489"/>
        <location filename="../application_dialog.py" line="524"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="489"/>
        <source>Next hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="501"/>
        <source>Record a hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="517"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="521"/>
        <location filename="../application_dialog.py" line="796"/>
        <source>(still to come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="526"/>
        <source>Next hearing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="545"/>
        <source>Record the hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="547"/>
        <source>Enter in this box records the hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="549"/>
        <source>A new hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="562"/>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="567"/>
        <source>This application waits for (it cannot finish before these are issued):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="574"/>
        <source>Wait for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="578"/>
        <source>Stop waiting for the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="585"/>
        <source>Other applications wait for this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="588"/>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="593"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="593"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="593"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="604"/>
        <source>Timeline (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="622"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="623"/>
        <source>Starts at the workflow&apos;s first step when saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="682"/>
        <source>(user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="717"/>
        <source>%1 (paused at &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="723"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="725"/>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="730"/>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="730"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="745"/>
        <source>Move the application to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="752"/>
        <source>Finished: nothing follows. Open a new application if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="767"/>
        <source>Opened at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="769"/>
        <source>Hearing (stays at &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="773"/>
        <source>Hearing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="839"/>
        <source>%1 — %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="843"/>
        <source>(no other application in this household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="905"/>
        <source>This date is already past. It will be saved anyway: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="950"/>
        <source>Application saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="997"/>
        <source>Problems to fix before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1010"/>
        <source>You have changed this application. Save the changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1011"/>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1011"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1058"/>
        <source>Moved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1064"/>
        <source>A new hearing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1086"/>
        <source>What happened at the hearing of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1119"/>
        <source>Hearing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1121"/>
        <source>The application moved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1167"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1168"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1168"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <location filename="../../db/applications.py" line="45"/>
        <source>ISIS-issued papers not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="46"/>
        <source>Father missing or dead without proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="47"/>
        <source>No witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="48"/>
        <source>Security objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="49"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="50"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="51"/>
        <source>Fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="54"/>
        <source>Adjourned to another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="55"/>
        <source>Decided in the client&apos;s favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="56"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="57"/>
        <source>The client did not attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../pages/applications.py" line="69"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="69"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="69"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="70"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="70"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="70"/>
        <source>Last movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="94"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="113"/>
        <source>%1 · waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="123"/>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="123"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../pages/applications.py" line="211"/>
        <source>Person: any spelling of a name, or a file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="214"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="215"/>
        <source>Every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="217"/>
        <source>Every owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="217"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="224"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="227"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="233"/>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="237"/>
        <source>Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="239"/>
        <source>Open the selected application (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="243"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="245"/>
        <source>Export the applications listed, with these filters, to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="322"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="328"/>
        <source>%1 applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPanel</name>
    <message>
        <location filename="../application_dialog.py" line="1188"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1188"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1188"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1189"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1202"/>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1206"/>
        <source>Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1224"/>
        <source>%1 (waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="1229"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../pages/audit.py" line="19"/>
        <source>vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="20"/>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="21"/>
        <source>failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="22"/>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="23"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="24"/>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="25"/>
        <source>opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="26"/>
        <source>key file rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="27"/>
        <source>master key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="28"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="29"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="30"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="31"/>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="32"/>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="33"/>
        <source>refused (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="34"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="35"/>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="36"/>
        <source>viewed sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="37"/>
        <source>demo data generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="38"/>
        <source>demo casework generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="39"/>
        <source>records merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="40"/>
        <source>merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="41"/>
        <source>exported everything about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="42"/>
        <source>places imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="43"/>
        <source>referral refused (no consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="44"/>
        <source>letter issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="45"/>
        <source>letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="46"/>
        <source>letter reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="47"/>
        <source>letter saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="48"/>
        <source>letter cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="49"/>
        <source>letter verification checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="50"/>
        <source>letters issued in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="51"/>
        <source>list exported to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="52"/>
        <source>sensitive fields allowed in an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="53"/>
        <source>pseudonym key made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="54"/>
        <source>pseudonym key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="55"/>
        <source>pseudonym key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>people imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="57"/>
        <source>import problems saved to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="58"/>
        <source>backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="59"/>
        <source>old backups removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="60"/>
        <source>backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="61"/>
        <source>file archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="62"/>
        <source>file purged (retention)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../pages/audit.py" line="81"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="81"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="81"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="81"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="82"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="82"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="114"/>
        <source>Verify the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="133"/>
        <source>Intact: %1 entries, every link verified. Newest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>Broken at entry %1. The log was changed outside Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatusBar</name>
    <message>
        <location filename="../backup_dialogs.py" line="758"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="784"/>
        <source>This vault is on a network share. SQLite files on a network share can be damaged when the connection drops: keep the vault on this computer&apos;s own disk and put only the backups on the share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="793"/>
        <source>No backup of this vault has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="797"/>
        <source>The last good backup is %1 days old (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="831"/>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="837"/>
        <source>Backup made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../backup_dialogs.py" line="66"/>
        <source>The file system refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="76"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="91"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="93"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="94"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="105"/>
        <source>%1 people, %2 households, %3 applications, %4 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="178"/>
        <source>Copying the vault (it stays encrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="179"/>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="180"/>
        <source>Writing the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="181"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="208"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="247"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="425"/>
        <location filename="../backup_dialogs.py" line="490"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="426"/>
        <location filename="../backup_dialogs.py" line="491"/>
        <source>Checking the backup and opening it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="438"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="440"/>
        <source>Sanad backups (*.sanadbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="462"/>
        <source>The backup made %1 is restored: %2. Sign in with your usual password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="501"/>
        <source>The backup made %1 is restored: %2. The vault that was there is kept as %3. Sign in again with the passwords the backup had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="539"/>
        <location filename="../backup_dialogs.py" line="577"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="540"/>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="578"/>
        <source>Looking for the newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="587"/>
        <source>The vault is damaged (%1). No good backup of it was found in the backup folder. Choose a backup file to restore, or close Sanad and ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="597"/>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="598"/>
        <location filename="../backup_dialogs.py" line="626"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="612"/>
        <source>The vault is damaged (%1). The newest good backup is from %2 (%3), in %4. Restore it? The damaged vault is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="625"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="703"/>
        <source>%1 damaged pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="719"/>
        <source>Sanad opens the damaged vault as it is. Make no changes you cannot repeat, copy out what you need, and restore a backup as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="859"/>
        <source>Backing up before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="861"/>
        <source>Making the backup in %1 before Sanad closes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="865"/>
        <source>Skip this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="871"/>
        <source>The backup on closing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../pages/backups.py" line="127"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="136"/>
        <source>Backup folder or USB drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="140"/>
        <source>Choose a folder, for example on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="142"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="146"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="159"/>
        <source>Automatic backups into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="162"/>
        <source>Every day, while Sanad is open, at or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="178"/>
        <source>When Sanad is closed (if anything changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="183"/>
        <source>Keep the last backup of each of the last … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="185"/>
        <source>Keep the first backup of each of the last … months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="187"/>
        <source>Warn when the last good backup is older than … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="188"/>
        <source>Older backups of this vault in the folder are deleted; nothing else there is touched. A deleted person stays in older backups until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="195"/>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="205"/>
        <source>Backups in the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="207"/>
        <source>Check the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="215"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="215"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="215"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="215"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="215"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="216"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="216"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="227"/>
        <source>Test restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="230"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="233"/>
        <source>Restore another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="264"/>
        <source>No backup of this vault has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="267"/>
        <source>Last good backup: %1, %2, %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="274"/>
        <source>Backup folder or USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="298"/>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="312"/>
        <source>Choose the backup folder or USB drive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="320"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="320"/>
        <source>Making the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="322"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="332"/>
        <source>Backup written in %1 s: %2, %3. It opens only with a user&apos;s password or the recovery key. Keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="337"/>
        <source>%1 older backups were deleted from the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="426"/>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="428"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="430"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="432"/>
        <source>Valid (another vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="464"/>
        <source>Test restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="464"/>
        <source>Checking every checksum, then opening a temporary copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="470"/>
        <source>The backup made %1 is good: every checksum matches and it opens: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="497"/>
        <source>Replace the vault that is open now with the backup made %1? The current vault is kept aside, and everyone signs in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="500"/>
        <source>Replace the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="500"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="512"/>
        <source>The backup is restored as a new vault %1: %2. Open it with Sanad to look at it; the vault open now is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLetterDialog</name>
    <message>
        <location filename="../letter_batch.py" line="80"/>
        <source>Letters for many referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="84"/>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="86"/>
        <source>Referrals for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="87"/>
        <source>Only referrals still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="97"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="97"/>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="109"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="113"/>
        <source>&amp;Language of the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="131"/>
        <source>&amp;Issue the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="133"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="135"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="136"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="193"/>
        <source>%1 referrals chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="198"/>
        <source>Choose at least one referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="205"/>
        <source>Issuing the letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="220"/>
        <source>Stopping after the letter being made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="235"/>
        <source>The letters could not be made. Nothing more was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="238"/>
        <source>%1 letters issued and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="240"/>
        <source>Stopped: the letters issued before you stopped stay issued and are listed on the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="243"/>
        <source>%1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="258"/>
        <source>The letters were sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_batch.py" line="271"/>
        <source>Letters saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseworkNames</name>
    <message>
        <location filename="../application_dialog.py" line="127"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../pages/security.py" line="62"/>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="65"/>
        <source>An administrator gave you a temporary password. Choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <location filename="../pages/security.py" line="36"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="419"/>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="421"/>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="423"/>
        <source>Papers to hand in for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="431"/>
        <source>A new application starts with these lines; applications already open keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="485"/>
        <source>Checklist saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../db/choices.py" line="15"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="15"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="18"/>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="19"/>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="20"/>
        <source>Married, marriage not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="21"/>
        <source>Husband missing or detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="22"/>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="23"/>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="24"/>
        <source>Separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="28"/>
        <source>Iraqi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="29"/>
        <source>Foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="30"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="34"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="35"/>
        <source>Never enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="36"/>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="37"/>
        <source>Not of school age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="41"/>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="42"/>
        <location filename="../../db/choices.py" line="73"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="43"/>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="44"/>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="45"/>
        <location filename="../../db/choices.py" line="70"/>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="46"/>
        <location filename="../../db/choices.py" line="76"/>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="47"/>
        <location filename="../../db/choices.py" line="79"/>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="53"/>
        <source>Seeing, even if wearing glasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="54"/>
        <source>Hearing, even if using a hearing aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="55"/>
        <source>Walking or climbing steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="56"/>
        <source>Remembering or concentrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="57"/>
        <source>Self-care, such as washing or dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="58"/>
        <source>Communicating, understanding or being understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="61"/>
        <source>No difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="62"/>
        <source>Some difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="63"/>
        <source>A lot of difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="64"/>
        <source>Cannot do at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="71"/>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="72"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="74"/>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="75"/>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="77"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="78"/>
        <source>Under guardianship of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="83"/>
        <source>Unified National Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="84"/>
        <source>Civil status ID (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="85"/>
        <source>Nationality certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="86"/>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="87"/>
        <source>Hospital birth notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="88"/>
        <source>Marriage contract or ratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="89"/>
        <source>Death certificate or proof of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="90"/>
        <source>Guardianship or custody deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="91"/>
        <source>Residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="92"/>
        <source>Ration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="93"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="94"/>
        <source>Paper issued by ISIS (evidence only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="95"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="99"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="100"/>
        <source>A guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="103"/>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="104"/>
        <source>Referral to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="105"/>
        <source>Sharing with a named agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="106"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="112"/>
        <source>School enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="113"/>
        <source>Health centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="114"/>
        <source>Psychosocial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="115"/>
        <source>Livelihoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="116"/>
        <source>Legal representation by another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="117"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="118"/>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="121"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="122"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="123"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="126"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="127"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="128"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="129"/>
        <source>Service given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="130"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../choices.py" line="38"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../indicator_dialog.py" line="62"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../pages/person_form.py" line="796"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="800"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="803"/>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="809"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="818"/>
        <source>Agencies by name, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="819"/>
        <source>Share with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="838"/>
        <source>Tick at least one thing the consent covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../backup_dialogs.py" line="265"/>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="270"/>
        <source>A backup opens with the user name and password it had when it was made, or with the vault&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="282"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="283"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="284"/>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="291"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="296"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="297"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="314"/>
        <source>Enter the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="317"/>
        <source>Enter the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../widgets.py" line="33"/>
        <source>DEMO VAULT: synthetic people, not real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="35"/>
        <source>User: admin, password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTypesEditor</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="202"/>
        <source>Add a document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="206"/>
        <source>A document type is never deleted: untick &quot;Offered&quot; to stop offering it. Papers issued by ISIS are evidence only: never applied for, never counted as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="256"/>
        <source>Document types saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Donor</name>
    <message>
        <location filename="../../exports/donor.py" line="64"/>
        <source>Shapes and text boxes will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="65"/>
        <source>Pictures (logos) will be dropped or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="66"/>
        <source>Charts will be dropped or lose some of their formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="67"/>
        <source>Buttons, check boxes and other form controls will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="68"/>
        <source>Slicers and timelines will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="69"/>
        <source>Pivot tables will be kept but not refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="70"/>
        <source>Newer Excel features (sparklines, some conditional formats and data validations) may be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="72"/>
        <source>Threaded comments will be dropped (notes are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="73"/>
        <source>Some figures are small and show as &quot;&lt;N&quot;; the other figures of the same indicator show as &quot;x&quot; so the small ones cannot be worked out: the donor&apos;s own totals will not add them up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorMappingDialog</name>
    <message>
        <location filename="../donor_mapping.py" line="57"/>
        <source>Map the donor&apos;s cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="79"/>
        <source>Sanad&apos;s copy of this workbook will not keep everything:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="93"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="107"/>
        <source>Green: mapped. Yellow: a cell with a label next to it. Grey: the donor&apos;s formula (never written over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="116"/>
        <source>The chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="120"/>
        <source>Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="123"/>
        <source>Labels next to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="126"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="130"/>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="133"/>
        <source>Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="135"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="135"/>
        <source>Age group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="135"/>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="136"/>
        <source>Displacement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="136"/>
        <source>Disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="140"/>
        <location filename="../donor_mapping.py" line="282"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="146"/>
        <source>&amp;Map this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="149"/>
        <source>&amp;Clear this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="156"/>
        <source>Mapped cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="178"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="180"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../donor_mapping.py" line="225"/>
        <source>The donor&apos;s formula: Sanad does not write here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../pages/register.py" line="53"/>
        <source>same names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="54"/>
        <source>similar names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="55"/>
        <source>same mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="56"/>
        <source>similar mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="57"/>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="58"/>
        <source>same year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="59"/>
        <source>close year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="60"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="61"/>
        <source>same name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="62"/>
        <source>same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="63"/>
        <source>different sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="64"/>
        <source>different mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="65"/>
        <source>different father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="66"/>
        <source>years of birth apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="71"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../pages/duplicates.py" line="175"/>
        <source>&amp;Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="177"/>
        <source>Compare every record in the vault with the others (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="187"/>
        <source>Press &quot;Find duplicates&quot; to compare every record with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="221"/>
        <source>&amp;Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="224"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="239"/>
        <source>&amp;Undo this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="247"/>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="251"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="251"/>
        <source>Kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="251"/>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="252"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="252"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="264"/>
        <source>Undo the selected merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="306"/>
        <source>Comparing records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="313"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="326"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="335"/>
        <source>%1 likely pairs, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="336"/>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="376"/>
        <source>Record %1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="388"/>
        <source>Mark %1 and %2 as two different people? They will not be proposed as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="390"/>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="390"/>
        <location filename="../pages/duplicates.py" line="436"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="401"/>
        <source>Marked as different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="410"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="434"/>
        <source>Undo the merge of %1 into %2?

%1 comes back as a record of its own, with what was moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="436"/>
        <source>Undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="448"/>
        <source>The merge was undone: %1 is a record of its own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="459"/>
        <source>Some things changed after the merge and were left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="462"/>
        <location filename="../pages/duplicates.py" line="477"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="466"/>
        <source>deleted since the merge, so not moved back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="469"/>
        <source>attached to another person since, so left there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="472"/>
        <source>could not come back because a person they point to is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="476"/>
        <source>edited on %1 after the merge, so the edits were kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="21"/>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="23"/>
        <source>Sanad could not read or write the vault file. If it is on a USB stick or network folder, check that it is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="26"/>
        <location filename="../errors.py" line="28"/>
        <source>The vault file could not be read. It may be damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="30"/>
        <source>The vault file is read-only. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="46"/>
        <source>Something unexpected went wrong. Your saved work is safe. If it happens again, copy the details and send them to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="88"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="103"/>
        <source>Language of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="106"/>
        <source>All records, or a month such as 2026-10, or 2026-Q4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="107"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="114"/>
        <source>Anonymised (for anything that leaves the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="119"/>
        <source>No names, phones, dates of birth, addresses or document numbers; file numbers are replaced by pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="130"/>
        <source>Pseudonym key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="134"/>
        <source>Include sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="136"/>
        <source>Administrators only; recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="143"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="148"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="151"/>
        <source>The file is not encrypted. Keep it only as long as it is needed and share it only with those who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="165"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="181"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="181"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="181"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182"/>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="182"/>
        <source>Letters issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="185"/>
        <source>%1, the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="186"/>
        <source>%1, filtered as on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215"/>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="235"/>
        <source>A named export holds people&apos;s names, phone numbers, dates of birth, addresses and document numbers, in a file that is not encrypted. If it is lost or shared, people can be found.

Make a named export only for use inside the office, and never send it outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238"/>
        <source>Make a named export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="238"/>
        <source>Keep it anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="249"/>
        <source>Sensitive fields (perceived affiliation, a detained relative, GBV disclosure, threats) can put people in danger. Include them in this one export? Your name is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="251"/>
        <source>Include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="251"/>
        <source>Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="308"/>
        <source>This export has names, but its file name %1 says it is anonymised. Save it as %2 instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="310"/>
        <source>Use the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="310"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="332"/>
        <source>A file called %1 is already there. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="333"/>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="333"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="336"/>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="355"/>
        <source>%1 of %2 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="360"/>
        <source>Exported %1 rows to %2 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="366"/>
        <source>Cancelled. No file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="372"/>
        <source>The export failed. No file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="384"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../import_wizard.py" line="86"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="87"/>
        <source>An Excel workbook (.xlsx), a KoboToolbox export or a CSV file. Nothing is written until you have checked every row and confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="93"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="95"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="101"/>
        <source>Save Sanad&apos;s import template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="103"/>
        <source>An empty workbook with the headings Sanad reads without any matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="110"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="110"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="117"/>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="118"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="128"/>
        <source>The template could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>Template saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="144"/>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../wizard.py" line="192"/>
        <source>Set up Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="206"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="207"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="208"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="209"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="538"/>
        <source>Record follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="540"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="548"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="553"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="558"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="561"/>
        <source>This closes the referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingOutcomeDialog</name>
    <message>
        <location filename="../pages/my_week.py" line="487"/>
        <source>Hearing outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="490"/>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="491"/>
        <source>court not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="504"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="508"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="509"/>
        <source>Next hearing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="522"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="557"/>
        <source>Hearing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="564"/>
        <source>The application moved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../pages/home.py" line="39"/>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="43"/>
        <source>In this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="48"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="49"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="50"/>
        <source>Women and girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="51"/>
        <source>Children under 18</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdApplications</name>
    <message>
        <location filename="../pages/household.py" line="338"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="338"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="338"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="339"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="339"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="352"/>
        <source>No applications for this household yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../pages/household.py" line="49"/>
        <location filename="../pages/household.py" line="187"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="69"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="69"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="70"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="70"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="83"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="84"/>
        <source>Neighbourhood (mahalla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="85"/>
        <source>Nearest landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="86"/>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="87"/>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="88"/>
        <source>Registry record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="89"/>
        <source>Registry page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="90"/>
        <source>Civil-status office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="91"/>
        <source>Governorate of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="115"/>
        <source>Members (Enter or double-click opens a record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="119"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="119"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="119"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="119"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="120"/>
        <source>Documents held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="130"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="132"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="136"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="143"/>
        <source>Open member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="146"/>
        <source>Add a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="153"/>
        <source>Plan documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="155"/>
        <source>Which member lacks which document, and the applications to get them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="186"/>
        <source>Household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="207"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="208"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="250"/>
        <source>Household saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="318"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="319"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="319"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../db/importing.py" line="84"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="85"/>
        <source>Household reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="86"/>
        <source>Relationship to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="87"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="88"/>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="89"/>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="90"/>
        <source>Family name (laqab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="91"/>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="92"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="93"/>
        <source>Sex (F/M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="94"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="95"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="96"/>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="97"/>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="98"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="99"/>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="100"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="101"/>
        <source>Date of birth known to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="102"/>
        <source>Difficulty seeing (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="103"/>
        <source>Difficulty hearing (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="104"/>
        <source>Difficulty walking or climbing steps (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="105"/>
        <source>Difficulty remembering or concentrating (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="106"/>
        <source>Difficulty with self-care (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="107"/>
        <source>Difficulty communicating (Washington Group 1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="108"/>
        <source>Consent to registration (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="109"/>
        <source>Date consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="1698"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="1698"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="1699"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="1701"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="1702"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../import_wizard.py" line="522"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="532"/>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="536"/>
        <source>Save the list of rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="550"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="559"/>
        <source>The import failed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="562"/>
        <source>Imported %1 people in %2 households. %3 rows were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="574"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../pages/locations.py" line="103"/>
        <source>Import places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="108"/>
        <source>%1: %2 places to add, %3 to rename, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="119"/>
        <source>%1 places in Sanad are not in this file. They are kept, because records may use them; use Stop offering for any that should no longer be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="125"/>
        <source>%1 rows have problems and will be skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="135"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="150"/>
        <source>Sheet %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="153"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="155"/>
        <source>Renamed %1: %2 / %3 → %4 / %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="159"/>
        <source>New %1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="162"/>
        <source>… and %1 more new places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="584"/>
        <source>Import people from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="594"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="595"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="601"/>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="602"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="615"/>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="620"/>
        <source>Report saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../indicator_dialog.py" line="116"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="116"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="134"/>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="138"/>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="144"/>
        <source>Short code (letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="149"/>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="154"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="157"/>
        <source>In the period when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="160"/>
        <source>Broken down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="161"/>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="166"/>
        <source>Only records where (all conditions must hold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="170"/>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../indicator_dialog.py" line="205"/>
        <source>Nothing (one total)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../db/indicators.py" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="88"/>
        <source>Document applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="89"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="92"/>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="93"/>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="94"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="95"/>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="98"/>
        <source>Records (documents, services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="99"/>
        <source>Unique people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="128"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="129"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="130"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="131"/>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="132"/>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="133"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="134"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="135"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="136"/>
        <source>School enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="137"/>
        <source>Relationship to the head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="138"/>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="139"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="140"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="141"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="142"/>
        <source>Reason closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="143"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="144"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueLetterDialog</name>
    <message>
        <location filename="../letter_dialog.py" line="64"/>
        <source>Issue a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="79"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="84"/>
        <source>&amp;Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="87"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="88"/>
        <source>The person&apos;s name, mother&apos;s name, date of birth and file number come from the record. Correct them in the person&apos;s form if they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="117"/>
        <source>Issue and &amp;print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="119"/>
        <source>Issue and &amp;save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="194"/>
        <source>Preview: the number is given when the letter is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="212"/>
        <source>&amp;Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="213"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="214"/>
        <source>Issued: %1, verification code %2. It is stored in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="230"/>
        <source>Letter %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_dialog.py" line="244"/>
        <source>Letter saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <location filename="../template_editor.py" line="81"/>
        <source>Title (for the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="82"/>
        <source>Addressee lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="83"/>
        <source>Subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="84"/>
        <source>Body (an empty line between paragraphs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="85"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../exports/letters.py" line="50"/>
        <source>Person&apos;s full four-part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="51"/>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="52"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="53"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="73"/>
        <location filename="../../exports/letters.py" line="54"/>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="74"/>
        <location filename="../../exports/letters.py" line="55"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="75"/>
        <location filename="../../exports/letters.py" line="56"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="71"/>
        <location filename="../../exports/letters.py" line="57"/>
        <source>Receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="72"/>
        <location filename="../../exports/letters.py" line="58"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="76"/>
        <location filename="../../exports/letters.py" line="59"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="77"/>
        <location filename="../../exports/letters.py" line="60"/>
        <source>Ministry decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="78"/>
        <location filename="../../exports/letters.py" line="61"/>
        <source>Ministry decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="85"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="86"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="255"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="256"/>
        <source>subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="257"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="62"/>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="63"/>
        <source>Today&apos;s date (Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="64"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="79"/>
        <location filename="../../exports/letters.py" line="65"/>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="80"/>
        <location filename="../../exports/letters.py" line="66"/>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="70"/>
        <source>%1 is a sensitive field: letters carry only what the receiver needs, never sensitive data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="120"/>
        <source>A { or } has no partner: write placeholders as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="129"/>
        <source>Write a wording that depends on the person&apos;s sex as {gender:masculine|feminine}, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/letters.py" line="136"/>
        <source>Unknown placeholder: {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="164"/>
        <location filename="../letter_preview.py" line="178"/>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="166"/>
        <source>Nothing was printed. The letter is issued and stored: print it any time from the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="175"/>
        <location filename="../letter_preview.py" line="184"/>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="176"/>
        <source>Stop printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="193"/>
        <source>The printer could not be used (is it connected and switched on?). The letter is issued and stored: print it again from the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="201"/>
        <source>Printing was stopped. The letters are issued and stored: print them from the Letters page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="211"/>
        <source>The PDF file will not be encrypted: anyone who gets the file can read the letter. Save it only where it is needed, and delete it once it has been sent or printed. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="214"/>
        <source>Save the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="215"/>
        <source>Do not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../letter_preview.py" line="218"/>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../pages/letters.py" line="78"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="78"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="78"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="79"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="79"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="79"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="134"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../pages/letters.py" line="195"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="202"/>
        <source>Reference or file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="207"/>
        <source>All templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="220"/>
        <source>Issued and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="227"/>
        <source>Issued any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="227"/>
        <source>Issued this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="227"/>
        <source>Issued last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="228"/>
        <source>Issued in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="228"/>
        <source>Issued this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="228"/>
        <source>Issued between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="237"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="271"/>
        <source>&amp;Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="273"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="275"/>
        <source>Ca&amp;ncel letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="277"/>
        <source>&amp;New letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="279"/>
        <source>Check a &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="280"/>
        <source>Edit &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="282"/>
        <source>Letters for &amp;many referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="284"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="286"/>
        <source>Export the letters listed, with these filters, to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="334"/>
        <source>%1 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="363"/>
        <source>Choose a letter to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="365"/>
        <source>%1 letters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="383"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="397"/>
        <source>Saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="404"/>
        <source>Cancel letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="405"/>
        <source>Why is the letter %1 cancelled? Its number stays taken and the letter stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="409"/>
        <source>Cancel the letter %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="410"/>
        <source>Cancel the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="410"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="418"/>
        <source>Letter cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="427"/>
        <source>Letter for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="428"/>
        <source>Write a letter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <location filename="../location_picker.py" line="37"/>
        <source>No places yet: an administrator imports the COD-AB table under Places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../location_picker.py" line="44"/>
        <source>Governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../location_picker.py" line="45"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../location_picker.py" line="46"/>
        <source>Sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../location_picker.py" line="103"/>
        <source>%1 (no longer used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="144"/>
        <source>Sanad — sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../login.py" line="37"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="45"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="56"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="57"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="63"/>
        <source>Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="66"/>
        <location filename="../login.py" line="135"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="100"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="130"/>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="57"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57"/>
        <location filename="../main_window.py" line="82"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72"/>
        <source>Lock Sanad now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="174"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186"/>
        <source>Reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>Documents and workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="208"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="209"/>
        <source>My password and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Sanad is locked. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../import_wizard.py" line="234"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="235"/>
        <source>Choose the Sanad field each column holds. Sanad suggested what it recognised; columns left at &quot;Not imported&quot; are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="239"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="244"/>
        <source>Save this mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="251"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="251"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="252"/>
        <source>Sanad field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="258"/>
        <source>Displacement status when a row has none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="261"/>
        <source>(none: the row must say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="261"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="262"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="262"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="263"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="273"/>
        <source>(suggested by Sanad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="288"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="319"/>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="319"/>
        <source>Name of the mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="330"/>
        <source>Mapping saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="336"/>
        <source>Each Sanad field can come from one column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="339"/>
        <source>Choose the column that holds the first name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../db/merge.py" line="175"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="176"/>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="177"/>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="178"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="179"/>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="180"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="181"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="182"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="183"/>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="184"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="185"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="186"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="187"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="188"/>
        <source>Difficulty seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="189"/>
        <source>Difficulty hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="190"/>
        <source>Difficulty walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="191"/>
        <source>Difficulty remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="192"/>
        <source>Difficulty with self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="193"/>
        <source>Difficulty communicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="194"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="195"/>
        <source>Civil registry record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="197"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="198"/>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="199"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="211"/>
        <source>Documents held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="212"/>
        <source>Related people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="213"/>
        <source>Consents (with what they cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="214"/>
        <source>Sensitive profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="215"/>
        <source>Records marked &quot;not the same person&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="216"/>
        <source>Earlier merges into this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="218"/>
        <source>Other linked records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="224"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="225"/>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="46"/>
        <source>Unknown (registered under the mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="47"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="48"/>
        <source>record %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="49"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="50"/>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="51"/>
        <source>Nothing else is linked to the record that will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="52"/>
        <source>Moves to the kept record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="129"/>
        <source>Compare and merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="133"/>
        <source>In each highlighted row, choose the value to keep. One record stays; the other is removed, and its documents, relatives, consents and other linked records move to the one that stays. Its file number will still find the kept record. You can undo the merge on the Duplicates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="154"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="174"/>
        <source>Staff marked these two records as different people. Merge them only if you are sure they are one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="189"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="199"/>
        <source>First record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="199"/>
        <source>Second record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="201"/>
        <source>Keep this record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="206"/>
        <source>Which record stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="216"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="258"/>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="258"/>
        <source>is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="288"/>
        <source>Merge record %1 into record %2?

%1 will be removed. Its linked records move to %2, with the values you chose. You can undo this on the Duplicates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="291"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="291"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../backup_dialogs.py" line="478"/>
        <location filename="../messages.py" line="13"/>
        <location filename="../messages.py" line="28"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../application_dialog.py" line="167"/>
        <source>Move the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="169"/>
        <source>From &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="177"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="180"/>
        <source>Closed because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="183"/>
        <source>Needed: write why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="184"/>
        <source>Optional: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="185"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="185"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../application_dialog.py" line="191"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWeekPage</name>
    <message>
        <location filename="../pages/my_week.py" line="118"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="119"/>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="122"/>
        <source>Show your own week or the whole office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="125"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="127"/>
        <source>Read the week again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="137"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="137"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="137"/>
        <location filename="../pages/my_week.py" line="140"/>
        <location filename="../pages/my_week.py" line="143"/>
        <location filename="../pages/my_week.py" line="146"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="137"/>
        <location filename="../pages/my_week.py" line="140"/>
        <location filename="../pages/my_week.py" line="143"/>
        <location filename="../pages/my_week.py" line="146"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="137"/>
        <location filename="../pages/my_week.py" line="140"/>
        <location filename="../pages/my_week.py" line="143"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="138"/>
        <location filename="../pages/my_week.py" line="141"/>
        <location filename="../pages/my_week.py" line="144"/>
        <location filename="../pages/my_week.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="138"/>
        <location filename="../pages/my_week.py" line="141"/>
        <location filename="../pages/my_week.py" line="144"/>
        <location filename="../pages/my_week.py" line="147"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="138"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="140"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="140"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="143"/>
        <source>Last moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="143"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="146"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="146"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="147"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="147"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="148"/>
        <source>Record the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="150"/>
        <source>Write what happened at the selected hearing (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="159"/>
        <source>No referral follow-up is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="162"/>
        <source>No hearings this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="163"/>
        <source>No next action is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="164"/>
        <source>Every open application moved recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="299"/>
        <source>The office&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="299"/>
        <source>My week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="303"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="324"/>
        <source>The first %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="326"/>
        <source>The Applications page lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="327"/>
        <source>The Referrals page lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="358"/>
        <location filename="../pages/my_week.py" line="388"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="360"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="365"/>
        <source>Hearings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="373"/>
        <source>Outcome to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="375"/>
        <source>To come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="384"/>
        <source>Next actions due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="394"/>
        <source>No movement for %1 days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="404"/>
        <source>Referral follow-ups overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="602"/>
        <source>Hearings to record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="603"/>
        <source>Next actions due today or overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/my_week.py" line="604"/>
        <source>Referral follow-ups overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../widgets.py" line="66"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="67"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="78"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../wizard.py" line="45"/>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="46"/>
        <source>These names appear on every screen and on letters. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="54"/>
        <source>Office name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="55"/>
        <source>Office name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="61"/>
        <source>Language of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="64"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="66"/>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="70"/>
        <source>Logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="76"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="84"/>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="84"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="94"/>
        <source>The logo must be a PNG or JPEG picture smaller than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="107"/>
        <source>A file already exists there. Choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="115"/>
        <source>Sanad cannot write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OlderBackupDialog</name>
    <message>
        <location filename="../backup_dialogs.py" line="345"/>
        <source>Restore an older backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="349"/>
        <source>The vault has changed since this backup was made. Restoring it replaces the vault with the older data: the changes made after the backup will no longer be in the vault (the current vault is kept aside, not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="360"/>
        <source>The backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="360"/>
        <source>The vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="367"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="368"/>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="369"/>
        <source>last change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="373"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="374"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="375"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="376"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="397"/>
        <source>Restore the older backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backup_dialogs.py" line="400"/>
        <source>Keep the vault as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../pages/organisations.py" line="44"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="44"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="50"/>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="51"/>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="52"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="53"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="54"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="55"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="89"/>
        <source>Services it takes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../pages/organisations.py" line="133"/>
        <source>Show organisations no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="142"/>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="142"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="142"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="142"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="143"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="143"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="143"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="155"/>
        <source>Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="158"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="161"/>
        <location filename="../pages/organisations.py" line="202"/>
        <source>Stop offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="178"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="180"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="180"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="201"/>
        <source>Offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="209"/>
        <source>Organisation added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/organisations.py" line="218"/>
        <source>Organisation saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../pages/duplicates.py" line="114"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="114"/>
        <source>File numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="114"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="114"/>
        <source>Mothers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="115"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="115"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../pages/people.py" line="50"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="50"/>
        <source>Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="50"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="51"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="51"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="68"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="68"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../pages/people.py" line="91"/>
        <source>Search: any spelling of a name, a file number or a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="94"/>
        <source>Both sexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="94"/>
        <source>Women and girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="95"/>
        <source>Men and boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="96"/>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="98"/>
        <source>Any displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="98"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="98"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="99"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="99"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="103"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="106"/>
        <location filename="../pages/people.py" line="107"/>
        <source>(no filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="108"/>
        <source>Register a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="115"/>
        <source>Holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="117"/>
        <source>Lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="120"/>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="122"/>
        <source>Open the selected person&apos;s record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="125"/>
        <source>Open household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="129"/>
        <source>List the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="131"/>
        <source>Show only the selected person&apos;s household in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="134"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="136"/>
        <source>Export the people listed, with these filters, to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="140"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="142"/>
        <source>Import households and people from an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="149"/>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="207"/>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="264"/>
        <source>Household saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="295"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="301"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../pages/reports.py" line="75"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="76"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="77"/>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="90"/>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="99"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../pages/person_form.py" line="72"/>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="72"/>
        <location filename="../pages/person_form.py" line="146"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="118"/>
        <source>Household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="122"/>
        <source>Export everything about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="127"/>
        <source>Issue a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="191"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="191"/>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="192"/>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="192"/>
        <source>Family or tribal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="200"/>
        <source>No legal father: registered under the mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="205"/>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="206"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="207"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="208"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="209"/>
        <source>7/3/2015, 3/2015, 2015 or about 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="210"/>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="211"/>
        <source>Relationship to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="212"/>
        <location filename="../pages/person_form.py" line="214"/>
        <location filename="../pages/person_form.py" line="257"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="213"/>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="215"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="217"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="218"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="219"/>
        <source>Office file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="220"/>
        <source>given when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="223"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="228"/>
        <source>The 1957 civil-registry record, as on the family&apos;s papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="229"/>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="230"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="231"/>
        <source>Civil-status office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="232"/>
        <source>Governorate of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="235"/>
        <source>Area of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="237"/>
        <source>Where the person lives now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="238"/>
        <source>Registry and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="252"/>
        <source>Washington Group questions: does the person have difficulty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="254"/>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="256"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="258"/>
        <source>Disability and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="266"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="266"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="266"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="266"/>
        <source>Copy seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="277"/>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="280"/>
        <source>Remove the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="288"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="294"/>
        <source>Relatives recorded in Sanad. When the civil registry shows a different relationship (a child registered under the mother&apos;s father appears as her brother or sister), choose it under &quot;As registered&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="300"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="300"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="300"/>
        <source>Is this person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="300"/>
        <source>As registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="314"/>
        <source>Find a relative by name or file number, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="317"/>
        <source>Remove the selected relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="330"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="338"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="338"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="338"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="338"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="344"/>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="347"/>
        <source>Withdraw the selected consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="355"/>
        <source>Consent is saved as soon as it is recorded or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="356"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="363"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="364"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="371"/>
        <source>This part is shown only to users allowed to see sensitive fields, and only on request. Every time it is shown, the audit log records who saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="375"/>
        <source>Show the sensitive profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="383"/>
        <source>Perceived affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="384"/>
        <source>A relative is detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="385"/>
        <source>Gender-based violence disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="386"/>
        <source>Has received threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="397"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="401"/>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="455"/>
        <source>Date of issue: day/month/year, for example 3/4/2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="463"/>
        <source>(the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="487"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="537"/>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="560"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="568"/>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="570"/>
        <source>Record that this consent is withdrawn today? Referrals that need it will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="571"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="571"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="659"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="662"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="670"/>
        <source>This person is no longer in the vault (deleted or merged by someone else). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="688"/>
        <source>%1 %2 (mother: %3), score %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="693"/>
        <source>This person may already be in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="694"/>
        <source>Save as a new person anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="694"/>
        <source>Save as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="695"/>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="753"/>
        <source>Problems to fix before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="783"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="784"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="784"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../pages/applications.py" line="142"/>
        <source>New application: whose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="147"/>
        <source>A name in any spelling, or a file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="156"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/applications.py" line="188"/>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="91"/>
        <source>Who is referred?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="96"/>
        <source>Name, file number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="103"/>
        <source>Refer this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="129"/>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../pages/locations.py" line="53"/>
        <source>Rename place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="53"/>
        <source>Add a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="56"/>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="58"/>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="60"/>
        <source>Add only a place the COD-AB table lacks. Sanad gives it a code of its own (with an X), which no OCHA table will ever use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="69"/>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="71"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../pages/locations.py" line="194"/>
        <source>Places are stored as OCHA p-codes. Import the COD-AB table for Iraq (HDX: cod-ab-irq, CSV or Excel) to add or update them; nothing is ever deleted, because records use the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="202"/>
        <source>Find a place by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="209"/>
        <location filename="../pages/locations.py" line="210"/>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="209"/>
        <location filename="../pages/locations.py" line="210"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="211"/>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="211"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="211"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="228"/>
        <source>No places yet. Import the COD-AB table to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="235"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="236"/>
        <source>Add place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="237"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="238"/>
        <location filename="../pages/locations.py" line="334"/>
        <source>Stop offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="274"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="274"/>
        <source>COD-AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="279"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="279"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="334"/>
        <source>Offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="340"/>
        <source>Import the COD-AB place table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="341"/>
        <source>Place tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="359"/>
        <source>Nothing to import: every place in the file is already in Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="369"/>
        <source>Places imported: %1 added, %2 renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="381"/>
        <source>Place added with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="401"/>
        <source>%1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="402"/>
        <source>%1 is no longer offered; records that use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../plan_dialog.py" line="44"/>
        <source>Plan documents for this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="52"/>
        <source>What each member holds and lacks (papers issued by ISIS never count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="55"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="55"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="56"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="56"/>
        <source>Lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="75"/>
        <source>Applications to create (untick what is not wanted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="79"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="79"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="79"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="80"/>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="106"/>
        <source>Owner of the new applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="109"/>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="129"/>
        <location filename="../plan_dialog.py" line="141"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="138"/>
        <source>(applying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="141"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="165"/>
        <source>Nothing to propose: every member holds what they need or already has an application running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="168"/>
        <location filename="../plan_dialog.py" line="198"/>
        <source>Create %1 applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="177"/>
        <source>an application already running (no. %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="180"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="182"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="194"/>
        <source>%1 applications wait for one you unticked: they will be created without that link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plan_dialog.py" line="212"/>
        <source>%1 applications created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../db/plans.py" line="38"/>
        <source>No identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/plans.py" line="39"/>
        <source>A child without a birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/plans.py" line="40"/>
        <source>The marriage must be ratified before the children&apos;s births are registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../import_wizard.py" line="373"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="373"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="373"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="373"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="374"/>
        <source>Problems and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="378"/>
        <source>Not imported: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="378"/>
        <source>Already in Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="379"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="379"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="379"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../import_wizard.py" line="431"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="432"/>
        <source>Rows with problems are not imported. Tick Skip for a duplicate you do not want. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="444"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="444"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="445"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="451"/>
        <source>Save the list of problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="469"/>
        <source>Checking every row and looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="479"/>
        <source>The rows could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="497"/>
        <source>%1 people in %2 households will be imported. %3 rows have problems and will not be imported; %4 are already in Sanad; %5 are skipped; %6 are possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="503"/>
        <source>This same file was imported before, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="513"/>
        <source>Import %1 people in %2 households now? This is done in one step: if it is cancelled or fails, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PseudonymKeysDialog</name>
    <message>
        <location filename="../pseudonym_keys.py" line="45"/>
        <source>Pseudonym keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="50"/>
        <source>Anonymised exports show a pseudonym instead of each file number, made with a key. Exports made with the same key give a person the same pseudonym, so whoever holds them can link them; exports made with different keys cannot be linked. Use a key of its own for each donor or partner. The key called default is used unless an export names another; it can be replaced but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="59"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="59"/>
        <source>Made (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="59"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="60"/>
        <source>Last replaced (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="60"/>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="71"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="74"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="83"/>
        <source>New key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="87"/>
        <source>Latin letters, digits, - or _, e.g. donor-unicef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="90"/>
        <source>&amp;Make the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="118"/>
        <source>Not yet: the first anonymised export makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="119"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="144"/>
        <source>The default key can be replaced but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="162"/>
        <source>The key %1 was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="169"/>
        <source>Replace the key %1?

Anonymised exports made from now on with this key give every file number a new pseudonym: they can no longer be linked to exports made with it before. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="171"/>
        <source>Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="172"/>
        <source>The key %1 was replaced. Exports made from now on cannot be linked to earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="179"/>
        <source>Delete the key %1?

Exports already made with it can no longer be linked to any other export. If an export asks for this name again, a new key is made. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="181"/>
        <source>Delete the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="181"/>
        <source>The key %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pseudonym_keys.py" line="185"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../recovery.py" line="31"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery.py" line="39"/>
        <source>Type the recovery key from the sheet kept in the safe. Upper or lower case, spaces and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery.py" line="54"/>
        <source>The vault is open. Choose an administrator and give them a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery.py" line="59"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../pages/security.py" line="86"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="89"/>
        <source>The master key was changed. This is the new recovery key; the old sheet no longer works and should be destroyed. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="101"/>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../wizard.py" line="156"/>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="158"/>
        <source>If every password is forgotten or the key file is lost, only this key opens the vault. It is shown once. Print it or write it down, and keep it in a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="170"/>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="172"/>
        <source>Copy (cleared after 10 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="177"/>
        <source>I have printed or written down the recovery key and will keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../recovery_sheet.py" line="15"/>
        <source>Sanad recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="16"/>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="17"/>
        <source>Printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="18"/>
        <source>This key opens the vault if every password is forgotten or the key file is lost. Anyone holding it can read everything in the vault. Keep this sheet in a locked safe, never on the computer, and never photograph it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="24"/>
        <source>If the master key is rotated, a new sheet is printed and this one must be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../referral_dialog.py" line="165"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="165"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="190"/>
        <source>Choose the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="192"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="195"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="198"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="203"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="206"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="214"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="225"/>
        <source>Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="226"/>
        <source>Follow up after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="231"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="232"/>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="233"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="234"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="243"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="247"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="256"/>
        <source>Record what happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="258"/>
        <source>Accepted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="258"/>
        <source>No answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="259"/>
        <source>Service given…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="259"/>
        <source>Refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="268"/>
        <source>Your role can see referrals but not make or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="273"/>
        <source>Send referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="273"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="276"/>
        <source>Issue a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="281"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="330"/>
        <source>Choose the organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="335"/>
        <source>does not list this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="360"/>
        <source>Choose the organisation: its consent is checked before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="367"/>
        <source>Consent checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="370"/>
        <source>No valid consent: %1 The referral cannot be sent; record the person&apos;s consent on their record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="424"/>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="426"/>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="428"/>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="430"/>
        <source>follow-up overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="431"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="447"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="450"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="466"/>
        <source>Follow-up recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="500"/>
        <source>Referral sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="514"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <location filename="../pages/referrals.py" line="56"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="56"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="56"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="57"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="57"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="57"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="58"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="112"/>
        <source>Follow-up overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../pages/referrals.py" line="156"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="158"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="160"/>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="162"/>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="195"/>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="197"/>
        <source>Find the person, then make the referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="200"/>
        <source>Open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="205"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="207"/>
        <source>Export the referrals listed, with these filters, to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="213"/>
        <source>Your role can see referrals but not make or change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="215"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="218"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/referrals.py" line="249"/>
        <source>%1 referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../referral_dialog.py" line="616"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="616"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="616"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="616"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="617"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="617"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="617"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="631"/>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="636"/>
        <source>Open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="660"/>
        <source>No referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="662"/>
        <source>Referrals: %1, open: %2, follow-up overdue: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../referral_dialog.py" line="698"/>
        <source>Follow-up overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../pages/register.py" line="37"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="38"/>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="39"/>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="40"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="41"/>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="42"/>
        <source>Sex (F/M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="43"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="44"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="45"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="46"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdDialog</name>
    <message>
        <location filename="../pages/register.py" line="80"/>
        <source>Register a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="97"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="97"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="98"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="98"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="102"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="103"/>
        <source>Neighbourhood (mahalla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="104"/>
        <source>Nearest landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="105"/>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="106"/>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="116"/>
        <source>Members: the head of the household first. Children take their mother&apos;s name from her row when it is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="122"/>
        <source>Day first: 7/3/2015; or 3/2015, 2015, about 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="135"/>
        <source>Add member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="220"/>
        <source>Member %1 may already be registered as %2 %3 (mother: %4), score %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="227"/>
        <source>These people may already be in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="228"/>
        <source>Save them as new people anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="229"/>
        <source>Save as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="229"/>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="251"/>
        <source>Member %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="259"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="260"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="260"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../pages/reports.py" line="47"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="47"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="48"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="48"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="49"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="49"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="50"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="50"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="51"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="51"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="52"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="52"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="145"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../pages/reports.py" line="178"/>
        <source>Reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="193"/>
        <source>Indicator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="195"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="198"/>
        <source>Language of the workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="212"/>
        <source>The workbook holds counts only, no names, but it is not encrypted: save it where only those who need it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="217"/>
        <source>Make the &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="228"/>
        <source>Stop after the indicator being counted; no file is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="252"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="280"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="292"/>
        <source>Cancelling after the indicator being counted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="300"/>
        <source>Counting: %1 of %2 indicators done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="303"/>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="313"/>
        <source>Cancelled. No file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="319"/>
        <source>The report could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="322"/>
        <source>The report was saved to %1. It holds counts only, but it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="324"/>
        <source>The donor&apos;s workbook was filled and saved to %1. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="329"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="335"/>
        <source>Donor templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="337"/>
        <source>Load a donor&apos;s Excel template once, map its cells to Sanad&apos;s indicators, then fill it for the period chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="343"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="343"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="343"/>
        <source>Cells mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="344"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="354"/>
        <source>Add a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="357"/>
        <source>Map cells…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="360"/>
        <source>Fill for the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="363"/>
        <location filename="../pages/reports.py" line="454"/>
        <location filename="../pages/reports.py" line="550"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="379"/>
        <source>Choose the donor&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="380"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="384"/>
        <source>Donor template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="385"/>
        <source>A name for this template (the donor and the report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="400"/>
        <location filename="../pages/reports.py" line="420"/>
        <source>Choose a template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="423"/>
        <source>No cell of this template is mapped yet: map its cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="431"/>
        <source>Sanad copies the donor&apos;s workbook with a library that does not keep everything in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="433"/>
        <source>Check the filled workbook before sending it. Fill it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="434"/>
        <source>Fill it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="226"/>
        <location filename="../pages/reports.py" line="434"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="436"/>
        <source>Save the filled workbook as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="453"/>
        <source>Remove the template %1 and its mapped cells?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="454"/>
        <location filename="../pages/reports.py" line="550"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="465"/>
        <source>Lists to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="469"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="469"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="470"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="470"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="471"/>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="471"/>
        <source>Letters issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="479"/>
        <source>Anonymised lists replace file numbers with pseudonyms made with a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="481"/>
        <source>Pseudonym &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="512"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="516"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="516"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="517"/>
        <source>Broken down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="517"/>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="526"/>
        <source>Add an indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="529"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="532"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="534"/>
        <source>Only indicators the office added; built-in ones can be left out of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="546"/>
        <location filename="../pages/reports.py" line="565"/>
        <source>Choose an indicator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="549"/>
        <source>Remove the indicator %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="585"/>
        <source>Counts from 1 to %1 are shown as &quot;&lt;%2&quot; (and a second count is hidden where a total would give one back). Age groups: %3. Both are office settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="597"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/reports.py" line="597"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../pages/users.py" line="159"/>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreChoiceDialog</name>
    <message>
        <location filename="../pages/backups.py" line="49"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="51"/>
        <source>Backup made %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="55"/>
        <source>Replace the vault that is open now (it is kept aside first, and everyone signs in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="58"/>
        <source>Restore as a new vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="71"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="80"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="90"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="90"/>
        <source>Sanad vaults (*.sanad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="100"/>
        <source>Choose where the new vault file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/backups.py" line="103"/>
        <source>A file already exists there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../pages/retention.py" line="41"/>
        <source>Retention: closed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="45"/>
        <source>Files whose applications and referrals are all closed and that have not changed for the period below. Archive hides them from the daily lists (administrators can still open them). Purge removes their personal data for good and keeps only the file number, dates, the reason and who purged it; backups made before still hold them until they are rotated out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="53"/>
        <source>Months without movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="58"/>
        <source>List closed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="69"/>
        <location filename="../pages/retention.py" line="102"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="69"/>
        <location filename="../pages/retention.py" line="102"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="69"/>
        <location filename="../pages/retention.py" line="102"/>
        <source>Last movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="70"/>
        <source>Applications / referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="70"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="80"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="83"/>
        <source>e.g. closed for five years, office policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="85"/>
        <source>Archive selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="86"/>
        <source>Purge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="96"/>
        <source>Purged files (what is kept of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="102"/>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="103"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="132"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="138"/>
        <source>%1 closed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="149"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="163"/>
        <location filename="../pages/retention.py" line="176"/>
        <source>Select the files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="170"/>
        <source>%1 files archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="179"/>
        <source>Purge %1 files? Their names, phones, documents, family links, consents, sensitive details, casework and letters are removed for good. Only the file number, dates and the reason stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="182"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="182"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="188"/>
        <source>Purging and compacting the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/retention.py" line="201"/>
        <source>%1 files purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../db/permissions.py" line="21"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="22"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="23"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="24"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanadError</name>
    <message>
        <location filename="../../db/errors.py" line="17"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="27"/>
        <source>The user name or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="31"/>
        <source>This recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="35"/>
        <source>This is not a complete recovery key. Check it letter by letter and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="41"/>
        <source>Too many wrong attempts. Wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="51"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="55"/>
        <source>%1 is not a Sanad vault. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="59"/>
        <source>%1 is an unencrypted database, not a Sanad vault. Sanad never opens unencrypted files. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="67"/>
        <source>The vault %1 is damaged and cannot be opened safely. It was not changed. Restore it from your newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="75"/>
        <source>Sanad cannot write to the vault %1: the file or its folder is read-only. Nothing was changed. Copy it to a folder you may write to, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="83"/>
        <source>Sanad could not read the vault %1. If it is on a USB stick or a network folder, check that it is still connected, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="91"/>
        <source>This copy of Sanad would open the vault with different encryption settings (%1). It refuses, to keep the vault safe. Reinstall Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="99"/>
        <source>The key file beside %1 belongs to a different vault. Nothing was changed. Put the vault&apos;s own key file beside it, or open it with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="107"/>
        <source>The key file for %1 is missing, so passwords cannot open it. Open it with the recovery key; the key file will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="115"/>
        <source>The key file for %1 is damaged. Nothing was changed. Open the vault with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="122"/>
        <source>This vault was saved by a newer version of Sanad. Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="130"/>
        <source>This vault is already open in another Sanad window or program on this computer. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="138"/>
        <source>A file already exists at %1. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="142"/>
        <source>Sanad cannot write in the folder %1. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="148"/>
        <source>The vault is locked. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="152"/>
        <source>Sanad could not update this vault to the new version. The vault was left as it was. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="160"/>
        <source>Your role does not allow this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="166"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="176"/>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="183"/>
        <source>Some fields need attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="191"/>
        <source>Record %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="195"/>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="199"/>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup_schedule.py" line="38"/>
        <source>No backup folder has been chosen yet. Choose one on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup_schedule.py" line="118"/>
        <location filename="../../db/office.py" line="102"/>
        <location filename="../../db/retention.py" line="71"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup_schedule.py" line="128"/>
        <source>Enter a time of day as hours:minutes, for example 13:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="110"/>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup_schedule.py" line="134"/>
        <location filename="../../db/office.py" line="130"/>
        <location filename="../../db/retention.py" line="167"/>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="180"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="182"/>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="64"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="77"/>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="82"/>
        <source>A password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="236"/>
        <source>The vault must keep at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="248"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="16"/>
        <source>No password given: set SANAD_PASSWORD, use --password-file, or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="39"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="44"/>
        <source>No recovery key given: use --recovery-key-file, or run in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/demo.py" line="105"/>
        <source>Demo data can only be added to a demo vault, never to an office&apos;s real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/rotation.py" line="36"/>
        <source>A change of the master key was interrupted. The administrator who started it must sign in to finish it; other users need a new password from that administrator afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="31"/>
        <source>This is not a date. Write it as 7/3/2015, 3/2015, 2015 or about 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="34"/>
        <source>Write the year with all four digits, for example 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="35"/>
        <source>If the day and month are not known, write only the year: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="38"/>
        <source>If the day is not known, write only the month and year: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="39"/>
        <source>There is no month %1. Write the day first, then the month: 7/3/2015 is 7 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="42"/>
        <source>There is no day %1 in any month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="43"/>
        <source>There is no 29 February %1: it was not a leap year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="44"/>
        <source>There is no %1 February %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="48"/>
        <source>There is no 31 April %1: April has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="49"/>
        <source>There is no 31 June %1: June has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="50"/>
        <source>There is no 31 September %1: September has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="51"/>
        <source>There is no 31 November %1: November has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="53"/>
        <source>The date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="54"/>
        <source>The year %1 is too early: Sanad accepts years of birth from %2. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="57"/>
        <source>Use &quot;about&quot; with a year only, for example: about 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="227"/>
        <source>Write the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="228"/>
        <source>Write the father&apos;s name, or mark the father as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="229"/>
        <source>Write the grandfather&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="230"/>
        <source>Write the family or tribal name (laqab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="231"/>
        <source>Write the mother&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="233"/>
        <source>Write the mother&apos;s full name, not only her first name: at least her name and her father&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="236"/>
        <source>This name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="237"/>
        <source>A name must contain letters, not only digits or signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="238"/>
        <source>This name contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="241"/>
        <source>Write the Latin name in Latin letters (A-Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="242"/>
        <source>Choose female or male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="256"/>
        <source>This is not a complete Iraqi mobile number. Write it as 07XX XXX XXXX (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="259"/>
        <source>This is not a phone number. Write a mobile as 07XX XXX XXXX, or a landline or foreign number with 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="274"/>
        <source>This date of birth (%1) is not after the mother&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="278"/>
        <source>The mother (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="281"/>
        <source>This date of birth (%1) is not after the father&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="285"/>
        <source>The father (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="372"/>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="373"/>
        <source>Answer 1 (no difficulty) to 4 (cannot do at all), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="376"/>
        <source>Write only the number as it is on the civil registry record (digits, up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="63"/>
        <source>Someone else saved this application after you opened it. Nothing was overwritten: open it again to see their changes, then make yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="71"/>
        <source>%1 is evidence only, never a valid document: it cannot be applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="77"/>
        <source>%1 cannot own applications: choose a legal user or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="193"/>
        <source>Choose the document applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="194"/>
        <location filename="../../db/referrals.py" line="205"/>
        <location filename="../../db/validation.py" line="379"/>
        <source>This is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="195"/>
        <source>Write the fee in dinars, a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="196"/>
        <source>A receipt number is written only once the fee is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="197"/>
        <source>Unknown obstacle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="198"/>
        <source>Write the next action that is due on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="199"/>
        <source>The next action&apos;s date %1 is already past. Saved anyway: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="200"/>
        <source>Checklist line %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="327"/>
        <source>The new document type has a different workflow without the current step: open a new application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="345"/>
        <source>Choose why the application is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="430"/>
        <source>Choose what happened at the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="431"/>
        <source>The next hearing must come after this one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/applications.py" line="432"/>
        <source>Write the date of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="380"/>
        <source>This contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="524"/>
        <source>Choose resident, displaced (IDP), returnee or left a camp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="527"/>
        <source>This is not a governorate code. It looks like IQG15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="528"/>
        <source>This is not a district code. It looks like IQG15Q05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="529"/>
        <source>This is not a sub-district code. It looks like IQG15Q05N01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="532"/>
        <source>The district %1 is not in the governorate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="535"/>
        <source>The sub-district %1 is not in the district %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="591"/>
        <source>The file number pattern must contain {seq} where the running number goes, for example MOS-{year}-{seq:05d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="596"/>
        <source>The file number pattern may contain {seq} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="597"/>
        <source>The file number pattern may contain {year} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="598"/>
        <source>The file number pattern has an unknown part %1. Use only {year} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="601"/>
        <source>Write the running number as {seq}, or as {seq:05d} for 5 digits with leading zeros; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="605"/>
        <source>Write the year as {year}; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="606"/>
        <source>The file number pattern has a { or } without its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="607"/>
        <source>A file number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="610"/>
        <source>A file number may not contain spaces: use - or / instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="611"/>
        <source>File numbers made by this pattern could be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="36"/>
        <source>%1 has document applications or referrals. Close and archive the file instead; deleting it would leave casework without its person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="155"/>
        <source>A household needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="293"/>
        <source>There is no recorded consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="296"/>
        <source>Consent was withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="300"/>
        <source>The consent does not cover referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="302"/>
        <source>The consent does not cover sharing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="304"/>
        <source>Consent covers this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="313"/>
        <source>Choose who gave consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="315"/>
        <source>Write the guardian&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="318"/>
        <source>Unknown consent scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="320"/>
        <source>Sharing consent must name the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="30"/>
        <source>The file is empty. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="65"/>
        <source>The file is larger than %1 MB; a place table is far smaller. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="31"/>
        <source>The file is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file renamed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="36"/>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it and import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="41"/>
        <source>This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="46"/>
        <source>The workbook contains macros. Save it as an Excel workbook without macros (.xlsx) and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="51"/>
        <source>The workbook is built in an unsafe way (file names leading outside it, or far too much packed data). It was not opened. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="56"/>
        <source>The file is neither an Excel workbook nor a text table Sanad can read. Save it as an Excel workbook (.xlsx) or as CSV UTF-8. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="62"/>
        <source>The workbook has no sheet called %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="74"/>
        <source>No COD-AB columns were found (such as ADM1_PCODE, ADM1_AR, ADM1_EN, ADM2_PCODE ...). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="79"/>
        <source>The file has more than %1 rows; a place table is far smaller. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/tabular.py" line="61"/>
        <source>Sanad could not read the file %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="85"/>
        <source>%1 is not a COD-AB code for a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="86"/>
        <source>%1 has no Arabic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="87"/>
        <source>%1 has no English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="88"/>
        <source>A cell holds a formula (%1); p-codes and place names must be plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="91"/>
        <source>%1 cannot lie in %2: its code does not begin with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="92"/>
        <source>%1 has no %2 code on its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="93"/>
        <source>%1 lies in %2, which is neither in the file nor in Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="94"/>
        <source>%1 appears again with other names (%2 / %3); the first row&apos;s names were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="98"/>
        <source>governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="99"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="100"/>
        <source>sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="104"/>
        <source>Write the place&apos;s Arabic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="105"/>
        <source>Write the place&apos;s English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="106"/>
        <source>A place name can be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="107"/>
        <source>A place name cannot begin with = + - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="108"/>
        <source>There is already a place called %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="109"/>
        <source>Places go down to sub-districts; a place cannot be added inside the sub-district %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="112"/>
        <source>%1 already has %2 places added by the office, the most it can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="113"/>
        <source>There is no place with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="120"/>
        <source>The record %1 was changed after you compared the two records. Nothing was merged: compare them again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="128"/>
        <source>These two records cannot be merged automatically: both have an entry in &quot;%1&quot; that cannot be combined. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="136"/>
        <source>This merge was already undone (%1, by %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="143"/>
        <source>A record cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="144"/>
        <source>Unknown field or choice in the merge: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="145"/>
        <source>The kept record %1 was itself merged into %2 after this merge. Undo that merge first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="150"/>
        <source>The file number %1 now belongs to another record, so this merge cannot be undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="53"/>
        <source>Someone else saved this record after you opened it. Nothing was overwritten: close the form and open the record again to see their changes, then make yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="288"/>
        <source>Document %1: choose the type of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="289"/>
        <source>Document %1: the number is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="290"/>
        <source>Document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="291"/>
        <source>Document %1: the date of issue %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="292"/>
        <source>Document %1: issued (%2) before the person was born (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="293"/>
        <source>Document %1: write the full date of issue (day/month/year), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="296"/>
        <source>Relation %1: a person cannot be their own relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="297"/>
        <source>Relation %1: choose how the two are related.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="298"/>
        <source>Relation %1: this person is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="299"/>
        <source>Relation %1: that person is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="300"/>
        <source>Relation %1: a person has only one mother and one father.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="301"/>
        <source>The file number cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="213"/>
        <source>The file is larger than %1 MB. Split it into smaller files and import each. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="216"/>
        <source>The sheet has more than %1 rows; Sanad imports at most %1 rows at a time. Split it into smaller files and import each. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="221"/>
        <source>The sheet %1 is empty. Choose another sheet or file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="224"/>
        <source>The file has no rows. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="225"/>
        <source>The sheet has a row of headings but no rows of people below it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="228"/>
        <source>Choose the column that holds the first name: without it no row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="231"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="232"/>
        <source>Row %1 can no longer be imported: %2 Nothing was imported; check the file again and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="236"/>
        <source>The mapping file %1 is not a Sanad column mapping (JSON with &quot;columns&quot;). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="239"/>
        <source>The mapping names a field Sanad does not have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="240"/>
        <source>The mapping names columns this file does not have: %1. Choose the columns again for this file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="243"/>
        <source>There is no mapping file %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="245"/>
        <source>Give the mapping a name (up to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="246"/>
        <source>There is no saved mapping called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="249"/>
        <source>The cell holds a formula (%1). It was not calculated: its text was taken as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="252"/>
        <source>%1 is not a relationship Sanad knows. Write head, spouse, son, daughter, mother, grandchild or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="256"/>
        <source>Household %1 already has a head of household on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="257"/>
        <source>Not imported because row %1 of the same household has a problem: a household is imported whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="260"/>
        <source>This differs from the head of household&apos;s row (%1); the head&apos;s row was used for the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="263"/>
        <source>The file number %1 is also on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="264"/>
        <location filename="../../db/records.py" line="302"/>
        <source>A file number may use letters, digits, - / and . only, up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="267"/>
        <location filename="../../db/records.py" line="305"/>
        <source>The file number %1 is already used by another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="268"/>
        <location filename="../../db/records.py" line="306"/>
        <source>The file number %1 belonged to a record merged into another; file numbers are never reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="271"/>
        <source>No district called %1 is in the office&apos;s list of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="272"/>
        <source>No sub-district called %1 is in the office&apos;s list of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="275"/>
        <source>More than one place is called %1: write its p-code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="276"/>
        <source>The number %1 is not a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="277"/>
        <source>%1 is not a Washington Group answer. Write 1 (no difficulty), 2 (some difficulty), 3 (a lot of difficulty) or 4 (cannot do at all), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="282"/>
        <source>%1 is not an answer Sanad understands: write yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="283"/>
        <source>Write the day consent was given as YYYY-MM-DD or D/M/YYYY (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="286"/>
        <source>Consent to registration is recorded as given on %1, the day of the import: the file gives no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="289"/>
        <source>A date of consent is given but the consent column does not say yes: no consent was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="294"/>
        <source>Probably the same person as row %1 (score %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="295"/>
        <source>Probably the same person as %1, already in Sanad (score %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="296"/>
        <source>Already in Sanad as %1 (same names, mother, sex and date of birth): not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="299"/>
        <source>The same person as row %1 (every field equal): skipped unless you choose to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="302"/>
        <source>Two columns are headed %1; the second is shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="303"/>
        <source>Column %1 has no heading (perhaps part of a merged cell); it is shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="306"/>
        <source>The headings were found on row %1; the rows above it were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="307"/>
        <source>Only the first %1 columns were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="308"/>
        <source>This same file was imported before, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="702"/>
        <source>The Hijri date %1 was read as %2 (Umm al-Qura calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="705"/>
        <source>%1 is not a Hijri date Sanad can read. Write it as 1415/03/12 هـ, 3/1415 هـ or 1415 هـ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="708"/>
        <source>Sanad converts Hijri years from %1 to %2 only. Write this date of birth in the Gregorian calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="712"/>
        <source>There is no Hijri month %1: write a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="713"/>
        <source>Hijri month %1 of %2 has %3 days, so there is no day %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="714"/>
        <source>The year %1 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it (for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="834"/>
        <location filename="../../db/people.py" line="32"/>
        <location filename="../../db/records.py" line="309"/>
        <source>The place code %1 is not in the office&apos;s list of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="310"/>
        <source>This date of birth (%1) would make this person younger than, or too young for, their child %2 (born %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="314"/>
        <source>The notes are too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/files.py" line="21"/>
        <source>Sanad could not write %1. No file was made. Check that the folder exists and the drive is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/files.py" line="28"/>
        <source>Sanad may not write %1 (the folder is read-only or the file is open in another program). No file was made. Choose another place or close the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/subject_access.py" line="375"/>
        <source>Choose a file name ending in .json or .xlsx, matching the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/my_week.py" line="45"/>
        <source>Only managers and administrators can see the whole office&apos;s week or another user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="53"/>
        <source>A sent referral can next be accepted, refused, or marked as not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="55"/>
        <source>An accepted referral can next have its service given, or be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="57"/>
        <source>A referral not answered yet can next be accepted, refused, or have its service given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="59"/>
        <source>The service was given, so the referral is closed and nothing follows. Make a new referral if more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="63"/>
        <source>The referral was refused, so it is closed and nothing follows. Make a new referral if more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="71"/>
        <source>This change is not allowed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="82"/>
        <source>This referral cannot be sent without consent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="90"/>
        <source>The file %1 is archived: no new referral can be made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="100"/>
        <source>Unknown referral state: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="117"/>
        <source>The referral reference pattern must contain {seq} where the running number goes, for example ODS/REF/{year}/{seq:04d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="121"/>
        <source>The referral reference pattern may contain {seq} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="123"/>
        <source>The referral reference pattern may contain {year} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="125"/>
        <source>The referral reference pattern has an unknown part %1. Use only {year} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="127"/>
        <source>The referral reference pattern has a { or } without its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="129"/>
        <source>A referral reference may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="131"/>
        <source>A referral reference may not contain spaces: use - or / instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="133"/>
        <source>References made by this pattern could be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="204"/>
        <source>Write the organisation&apos;s name in Arabic or in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="206"/>
        <source>%1 is already in the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="207"/>
        <source>Unknown service: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="208"/>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="209"/>
        <source>Write the phone number with digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="576"/>
        <source>Write why the person is referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="577"/>
        <source>Choose the service the person is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="578"/>
        <source>Choose how urgent the referral is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="579"/>
        <source>Choose the organisation from the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="580"/>
        <source>%1 is no longer offered in the address book: choose another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="582"/>
        <source>The date sent cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="583"/>
        <source>Check the date: %1 is too long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="584"/>
        <source>The follow-up must be due in 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="585"/>
        <source>The person responsible must be an active user who makes referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="586"/>
        <source>The date cannot be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="587"/>
        <source>The date cannot be before the referral was sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="588"/>
        <source>The next follow-up cannot be due before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/referrals.py" line="589"/>
        <source>A closed referral has no follow-up date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="72"/>
        <source>An application in &quot;%1&quot; cannot move to &quot;%2&quot;. From here it can go to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="78"/>
        <source>This application is finished (&quot;%1&quot;). Nothing follows an end: open a new application instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="84"/>
        <source>Moving to &quot;%1&quot; needs a reason: write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="88"/>
        <source>There is no state &quot;%1&quot; in this workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="92"/>
        <source>This workflow cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="162"/>
        <source>it needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="163"/>
        <source>it needs exactly one &quot;issued&quot; state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="164"/>
        <source>it needs exactly one &quot;closed&quot; state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="165"/>
        <source>it may have at most one &quot;on hold&quot; state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="166"/>
        <source>two states share one code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="167"/>
        <source>a state has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="168"/>
        <source>every state needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="197"/>
        <source>This would make applications wait for each other in a circle: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="83"/>
        <source>Someone else changed this list after you opened it. Nothing was overwritten: open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="89"/>
        <source>The state &quot;%1&quot; cannot be removed: %2 applications are in it. Move them first, or keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="94"/>
        <source>Row %1: a code uses small Latin letters, digits and _ (up to 40), starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="96"/>
        <source>Row %1: the code %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="97"/>
        <source>Row %1: write a name in Arabic or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="98"/>
        <source>Row %1: a text is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="99"/>
        <source>Row %1: choose what the state means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="100"/>
        <source>%1 has open applications: it cannot become evidence only until they are finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="103"/>
        <source>There is no document type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="104"/>
        <source>Line %1: write what must be handed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="105"/>
        <source>The state &quot;%1&quot; cannot change what it means: %2 applications are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="61"/>
        <source>The backup folder %1 does not exist. Plug in the drive or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="67"/>
        <source>The backup could not be written (%1). The earlier backups were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="73"/>
        <source>The backup drive %1 was removed or stopped answering while the backup was written. The backup was not saved and the earlier backups were not changed. Plug the drive in again and back up once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="82"/>
        <source>There is not enough free space in %1 for the backup. The backup was not saved and the earlier backups were not changed. Free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="90"/>
        <source>The backup was stopped before it was finished. The earlier backups were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="96"/>
        <source>%1 is not a complete Sanad backup, or it was damaged. Nothing was restored. Try another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="103"/>
        <source>This backup was made by a newer version of Sanad. Install the newer version to restore it. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="111"/>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="115"/>
        <source>To restore a backup, give a user name and password or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="57"/>
        <source>Only an administrator who may see sensitive fields can include them in an export. The export was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="65"/>
        <source>There is no list called %1 to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="68"/>
        <source>A pseudonym key name has 1 to 40 Latin letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="70"/>
        <location filename="../../db/indicators.py" line="175"/>
        <source>Write the period as a month (2026-10), a quarter (2026-Q4), a year (2026) or two dates (2026-10-01..2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="160"/>
        <source>The period ends (%2) before it starts (%1): write the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/export_data.py" line="541"/>
        <source>There is no pseudonym key called %1. An administrator makes keys on the Pseudonym keys screen (Reports and exports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="77"/>
        <source>The report was cancelled. No file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="179"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="232"/>
        <source>Write the age groups from 0 up, without gaps, the last one open, e.g. 0-4,5-11,12-17,18-59,60+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="353"/>
        <source>Give a short code of letters, digits and _ (for example women_18_plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="354"/>
        <source>Another indicator already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="355"/>
        <source>Give the indicator a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="356"/>
        <source>Choose what the indicator counts: people, applications or referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="357"/>
        <source>Choose the date that places a record in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="358"/>
        <source>Condition %1: this field cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="359"/>
        <source>Condition %1: choose how to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="360"/>
        <source>Condition %1: give at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="361"/>
        <source>Condition %1: &quot;%2&quot; is not a value of this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="362"/>
        <source>Too many conditions or values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="363"/>
        <source>This field cannot break the indicator down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="364"/>
        <source>Choose whether to count records or unique people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="365"/>
        <source>A built-in indicator cannot be deleted; it can be switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="366"/>
        <source>The donor template %1 has cells mapped to this indicator: clear those cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="646"/>
        <source>The smallest count shown must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="649"/>
        <source>Only an administrator may show counts smaller than the office&apos;s setting (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/indicators.py" line="663"/>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="93"/>
        <source>There is no letter template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="97"/>
        <source>The letter template %1 has no text in this language (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="101"/>
        <source>The letter %1 was cancelled: it cannot be printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="105"/>
        <source>The letter %1 is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="109"/>
        <source>The letter font that comes with Sanad is missing, so no letter can be made. Nothing was numbered. Reinstall Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="124"/>
        <source>The PDF could not be written to %1. Nothing was saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="128"/>
        <source>Sanad may not write in the folder of %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="132"/>
        <source>The letter number pattern must contain {seq} where the running number goes, for example ODS/LTR/{year}/{seq:04d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="136"/>
        <source>The letter number pattern may contain {seq} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="138"/>
        <source>The letter number pattern may contain {year} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="140"/>
        <source>The letter number pattern has an unknown part %1. Use only {year} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="142"/>
        <source>The letter number pattern has a { or } without its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="144"/>
        <source>A letter number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="146"/>
        <source>A letter number may not contain spaces: use - or / instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="249"/>
        <source>Write the letter&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="250"/>
        <source>This text is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="251"/>
        <source>Write the template in Arabic, in English, or in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="252"/>
        <source>A template&apos;s key is 2 to 40 small Latin letters, digits or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="390"/>
        <source>A letter cannot print the field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="582"/>
        <location filename="../../exports/lists.py" line="510"/>
        <source>Choose Arabic or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/letters.py" line="833"/>
        <source>Say why the letter is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/panic.py" line="52"/>
        <source>Emergency wipe is not enabled for this office. An administrator can turn it on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/panic.py" line="59"/>
        <source>Type the word %1 exactly to confirm the emergency wipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/panic.py" line="63"/>
        <source>The emergency wipe could not overwrite every file (%1). The key file was destroyed first; delete the folder %2 by hand if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/retention.py" line="57"/>
        <source>The file %1 is not a closed file without movement for %2 months (something is open or moved since). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="49"/>
        <source>A donor template may be at most 10 MB. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="50"/>
        <source>Give the template a name (the donor and the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="51"/>
        <source>There is already a template called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="52"/>
        <source>%1: the template has no sheet called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="53"/>
        <source>%1 is not a cell address (write it like B7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="54"/>
        <source>%1 holds a formula of the donor&apos;s: Sanad will not write over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="55"/>
        <source>%1 lies inside merged cells: map the first cell of the merged area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="56"/>
        <source>%1: there is no indicator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="57"/>
        <source>%1: &quot;%2&quot; is not a value of this indicator&apos;s breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="58"/>
        <source>%1: &quot;%2&quot; is not a value of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="59"/>
        <source>%1 is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/donor.py" line="60"/>
        <source>There is no donor template called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/lists.py" line="50"/>
        <source>The export was cancelled. No file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/lists.py" line="55"/>
        <source>This list has %1 rows and an Excel sheet holds %2 at most. Narrow the list with its filters or a period, and export it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/lists.py" line="514"/>
        <source>This list has no sensitive fields to include: export it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/importing.py" line="244"/>
        <location filename="../../exports/lists.py" line="53"/>
        <source>Choose a file name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/lists.py" line="54"/>
        <source>The folder %1 does not exist. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/report.py" line="26"/>
        <source>The report is an Excel file: choose a name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../exports/report.py" line="27"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/pseudonyms.py" line="38"/>
        <source>There is already a pseudonym key called %1. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/pseudonyms.py" line="42"/>
        <source>There is no pseudonym key called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/pseudonyms.py" line="46"/>
        <source>The default key cannot be deleted; it can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../pages/security.py" line="121"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="125"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="132"/>
        <source>Master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="135"/>
        <source>Rotating re-encrypts the whole vault with a new key and gives a new recovery key. Do it if a recovery sheet or a computer may have fallen into the wrong hands. Other users will need a new password from you afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="144"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="147"/>
        <source>Rotate the master key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="156"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="159"/>
        <source>Rotate the master key now? Other users will need new passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="160"/>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../db/office.py" line="32"/>
        <source>Office name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="33"/>
        <source>Office name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="34"/>
        <source>Letterhead lines (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="35"/>
        <source>Letterhead lines (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="38"/>
        <source>File number pattern ({year}, {seq:05d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="42"/>
        <source>Referral reference pattern ({year}, {seq:04d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="46"/>
        <source>Letter number pattern ({year}, {seq:04d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="49"/>
        <source>Ministry of Education decision number (school letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="51"/>
        <source>Ministry of Education decision date (school letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="52"/>
        <source>Letters signed by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="53"/>
        <source>Letters signed by (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="54"/>
        <source>Letters show the Hijri date too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="55"/>
        <source>Mark reprinted letters as copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="57"/>
        <source>Minutes idle before Sanad locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="62"/>
        <source>Days without movement before My week lists an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="66"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="70"/>
        <source>Months without movement before a closed file may be archived or purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="75"/>
        <source>Allow the emergency wipe (Ctrl+Alt+Shift+W, then type a word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="78"/>
        <source>Age groups in reports and lists (e.g. 0-5,6-11,12-17,18-59,60+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="80"/>
        <source>Smallest count shown in reports (smaller counts show as &lt;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="83"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="80"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="83"/>
        <source>Change logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="87"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="92"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="101"/>
        <source>Only an administrator can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="112"/>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="112"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="119"/>
        <source>This file is not a picture Sanad can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="154"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../import_wizard.py" line="153"/>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="182"/>
        <source>(the text file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="191"/>
        <source>Reading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="198"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="209"/>
        <source>%1 rows and %2 columns; headings on row %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <location filename="../subject_access.py" line="24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="25"/>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="34"/>
        <source>Save everything about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="48"/>
        <source>Export saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="49"/>
        <source>Everything about this person was saved to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="51"/>
        <source>This file is not encrypted. Hand it only to the person it is about, then delete it from this computer and from any USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="64"/>
        <source>This writes everything Sanad holds about this person to a file that is NOT encrypted: their record, household address, documents, relatives&apos; file numbers, consents and the history of changes.

Hand the file only to the person it is about, or delete it. Do not send it by e-mail or messaging apps, and do not leave it on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="70"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="89"/>
        <source>Export saved (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../template_editor.py" line="116"/>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="124"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="128"/>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="140"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="141"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="153"/>
        <source>Placeholders (double-click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="160"/>
        <source>Wording by the person&apos;s sex  {gender:masculine|feminine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="165"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="169"/>
        <source>Preview for a woman or girl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="170"/>
        <source>Preview for a man or boy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="181"/>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="228"/>
        <location filename="../template_editor.py" line="306"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="232"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="233"/>
        <source>A short key for the new template, in small Latin letters (for example shelter_referral):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="246"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="283"/>
        <source>Nothing written in this language yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="286"/>
        <source>The preview shows once the problems below are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../template_editor.py" line="307"/>
        <source>Template saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../pages/users.py" line="96"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="96"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="109"/>
        <source>May see sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="112"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="115"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="116"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="61"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="80"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="82"/>
        <source>needs a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="84"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="85"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../pages/users.py" line="197"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="198"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="199"/>
        <source>New password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="200"/>
        <location filename="../pages/users.py" line="242"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="220"/>
        <source>User added. They must choose their own password at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="231"/>
        <source>New password set. The user must change it at next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="239"/>
        <source>Disable %1? Their password will no longer open the vault. If they may have kept a copy of the vault and its key file, also rotate the master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="242"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../pages/letters.py" line="148"/>
        <source>Check a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="155"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="156"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="162"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="177"/>
        <source>No letter of ours has this reference and verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="180"/>
        <source>Genuine: issued on %1 for file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/letters.py" line="183"/>
        <source>But this letter was CANCELLED.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../welcome.py" line="22"/>
        <source>Welcome to Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="25"/>
        <source>Sanad keeps your office&apos;s records in one encrypted vault on this computer. There is no vault here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="31"/>
        <source>Set up a new vault for my office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="32"/>
        <source>Try the demo vault (synthetic people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="33"/>
        <source>Open an existing vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="34"/>
        <source>Restore the vault from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="58"/>
        <source>Making the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="77"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="77"/>
        <source>Sanad vaults (*.sanad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../panic.py" line="38"/>
        <source>Emergency wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="40"/>
        <source>WIPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="43"/>
        <source>This destroys the key file and the beginning of the vault on this computer, in under a second. After it, nobody can open this vault here: not with a password, not with the recovery key. Only an off-site backup and the recovery key bring the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="49"/>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="55"/>
        <source>Then overwrite the whole file too (takes longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="58"/>
        <source>Wipe now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panic.py" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../db/workflow.py" line="33"/>
        <location filename="../../db/workflow.py" line="47"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="34"/>
        <source>Security objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="35"/>
        <source>The client withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="36"/>
        <source>The client moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="37"/>
        <source>Contact lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="38"/>
        <location filename="../../db/workflow.py" line="48"/>
        <source>Counselling only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="39"/>
        <source>Referred to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="43"/>
        <source>Issued at first instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="44"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="45"/>
        <source>Pending: missing supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="46"/>
        <source>Pending: applicant absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow.py" line="49"/>
        <source>Referred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="33"/>
        <source>A step on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="34"/>
        <source>On hold (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="35"/>
        <source>Issued (the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/workflow_admin.py" line="36"/>
        <source>Closed without success (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="277"/>
        <source>Add a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="279"/>
        <source>Remove the selected state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="282"/>
        <source>Workflow of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="285"/>
        <source>The default workflow (every document without its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="290"/>
        <source>This document has its own workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="296"/>
        <source>Steps are followed in this order, one at a time (one step back is allowed). &quot;On hold&quot; and &quot;closed&quot; need a reason. A state that applications are in cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="406"/>
        <source>Workflow saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="192"/>
        <location filename="../pages/workflow_settings.py" line="265"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="193"/>
        <location filename="../pages/workflow_settings.py" line="266"/>
        <source>Name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="194"/>
        <location filename="../pages/workflow_settings.py" line="267"/>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="195"/>
        <source>Authority (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="196"/>
        <source>Authority (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="197"/>
        <source>Evidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="198"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="268"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="269"/>
        <source>Applications in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="413"/>
        <source>In Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="414"/>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="415"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowSettingsPage</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="501"/>
        <source>Document types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="502"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="503"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <location filename="../pages/workflow_settings.py" line="90"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="91"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="183"/>
        <source>Leave this list without saving? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="184"/>
        <source>Leave without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/workflow_settings.py" line="184"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
