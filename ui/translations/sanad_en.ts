<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../db/permissions.py" line="47"/>
        <source>view people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="48"/>
        <source>register and edit people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="49"/>
        <source>delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="50"/>
        <source>see sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="51"/>
        <source>make referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="52"/>
        <source>manage document applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="53"/>
        <source>print letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="54"/>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="55"/>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="56"/>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="57"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="58"/>
        <source>change office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="59"/>
        <source>rotate the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="60"/>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="61"/>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../wizard.py" line="123"/>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="125"/>
        <source>The administrator adds the other users and changes settings. Choose a password of at least 10 characters that nobody else knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="133"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="134"/>
        <source>Full name</source>
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
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="57"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="57"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="89"/>
        <source>Verify the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Intact: %1 entries, every link verified. Newest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="114"/>
        <source>Broken at entry %1. The log was changed outside Sanad.</source>
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
    <name>Demo</name>
    <message>
        <location filename="../widgets.py" line="32"/>
        <source>DEMO VAULT: synthetic people, not real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="34"/>
        <source>User: admin, password: %1</source>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../wizard.py" line="191"/>
        <source>Set up Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="205"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="206"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="207"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="208"/>
        <source>Cancel</source>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="139"/>
        <source>Sanad — sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../login.py" line="36"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="44"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="55"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="56"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="62"/>
        <source>Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <location filename="../login.py" line="130"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="99"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="125"/>
        <source>Wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source>Sanad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50"/>
        <location filename="../main_window.py" line="72"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Lock Sanad now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>This area arrives with the next Sanad modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Document applications step by step: court, case number, hearings, next actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Referrals and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Referrals to schools, clinics and services, and letters printed in Arabic and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>Donor indicators, lists and anonymised exports to Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>My password and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Sanad is locked. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
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
    <name>NewPasswordFields</name>
    <message>
        <location filename="../widgets.py" line="65"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="66"/>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="77"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../wizard.py" line="44"/>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="45"/>
        <source>These names appear on every screen and on letters. You can change them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="53"/>
        <source>Office name in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="54"/>
        <source>Office name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="60"/>
        <source>Language of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="63"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="65"/>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="69"/>
        <source>Logo (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="75"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="83"/>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="83"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="93"/>
        <source>The logo must be a PNG or JPEG picture smaller than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="106"/>
        <source>A file already exists there. Choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="114"/>
        <source>Sanad cannot write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../pages/people.py" line="66"/>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="66"/>
        <source>Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="66"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="67"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="67"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="102"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="102"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../pages/people.py" line="123"/>
        <source>Search: any spelling of a name, a file number or a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="126"/>
        <source>Both sexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="126"/>
        <source>Women and girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="127"/>
        <source>Men and boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="128"/>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="130"/>
        <source>Any displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="130"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="130"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="131"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="131"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="133"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="137"/>
        <source>Register a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="145"/>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="190"/>
        <source>Household %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="208"/>
        <source>Household saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="224"/>
        <source>%1 people</source>
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
        <location filename="../wizard.py" line="155"/>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="157"/>
        <source>If every password is forgotten or the key file is lost, only this key opens the vault. It is shown once. Print it or write it down, and keep it in a safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="169"/>
        <source>Print the recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="171"/>
        <source>Copy (cleared after 10 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard.py" line="176"/>
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
        <location filename="../pages/register.py" line="93"/>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="93"/>
        <source>Displaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="94"/>
        <source>Returnee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="94"/>
        <source>Left a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="98"/>
        <source>Neighbourhood (mahalla)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="99"/>
        <source>Nearest landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="100"/>
        <source>Displacement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="101"/>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="109"/>
        <source>Members: the head of the household first. Children take their mother&apos;s name from her row when it is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="115"/>
        <source>Day first: 7/3/2015; or 3/2015, 2015, about 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="128"/>
        <source>Add member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="210"/>
        <source>Member %1 may already be registered as %2 %3 (mother: %4), score %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="217"/>
        <source>These people may already be in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="218"/>
        <source>Save them as new people anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="219"/>
        <source>Save as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="219"/>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="241"/>
        <source>Member %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="249"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="250"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="250"/>
        <source>Keep editing</source>
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
        <location filename="../../db/office.py" line="67"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="75"/>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="83"/>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="133"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="135"/>
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
        <location filename="../../db/demo.py" line="67"/>
        <source>Demo data can only be added to a demo vault, never to an office&apos;s real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/rotation.py" line="36"/>
        <source>A change of the master key was interrupted. The administrator who started it must sign in to finish it; other users need a new password from that administrator afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="30"/>
        <source>This is not a date. Write it as 7/3/2015, 3/2015, 2015 or about 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="33"/>
        <source>Write the year with all four digits, for example 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="34"/>
        <source>If the day and month are not known, write only the year: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="37"/>
        <source>If the day is not known, write only the month and year: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="38"/>
        <source>There is no month %1. Write the day first, then the month: 7/3/2015 is 7 March.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="41"/>
        <source>There is no day %1 in any month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="42"/>
        <source>There is no 29 February %1: it was not a leap year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="43"/>
        <source>There is no %1 February %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="47"/>
        <source>There is no 31 April %1: April has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="48"/>
        <source>There is no 31 June %1: June has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="49"/>
        <source>There is no 31 September %1: September has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="50"/>
        <source>There is no 31 November %1: November has 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="52"/>
        <source>The date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="53"/>
        <source>The year %1 is too early: Sanad accepts years of birth from %2. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="56"/>
        <source>Use &quot;about&quot; with a year only, for example: about 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="224"/>
        <source>Write the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="225"/>
        <source>Write the father&apos;s name, or mark the father as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="226"/>
        <source>Write the grandfather&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="227"/>
        <source>Write the family or tribal name (laqab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="228"/>
        <source>Write the mother&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="230"/>
        <source>Write the mother&apos;s full name, not only her first name: at least her name and her father&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="233"/>
        <source>This name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="234"/>
        <source>A name must contain letters, not only digits or signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="235"/>
        <source>This name contains invisible control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="238"/>
        <source>Write the Latin name in Latin letters (A-Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="239"/>
        <source>Choose female or male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="253"/>
        <source>This is not a complete Iraqi mobile number. Write it as 07XX XXX XXXX (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="256"/>
        <source>This is not a phone number. Write a mobile as 07XX XXX XXXX, or a landline or foreign number with 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="271"/>
        <source>This date of birth (%1) is not after the mother&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="275"/>
        <source>The mother (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="278"/>
        <source>This date of birth (%1) is not after the father&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="282"/>
        <source>The father (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="438"/>
        <source>Choose resident, displaced (IDP), returnee or left a camp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="441"/>
        <source>This is not a governorate code. It looks like IQG15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="442"/>
        <source>This is not a district code. It looks like IQG15Q05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="443"/>
        <source>This is not a sub-district code. It looks like IQG15Q05N01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="446"/>
        <source>The district %1 is not in the governorate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="449"/>
        <source>The sub-district %1 is not in the district %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="505"/>
        <source>The file number pattern must contain {seq} where the running number goes, for example MOS-{year}-{seq:05d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="510"/>
        <source>The file number pattern may contain {seq} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="511"/>
        <source>The file number pattern may contain {year} only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="512"/>
        <source>The file number pattern has an unknown part %1. Use only {year} and {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="515"/>
        <source>Write the running number as {seq}, or as {seq:05d} for 5 digits with leading zeros; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="519"/>
        <source>Write the year as {year}; not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="520"/>
        <source>The file number pattern has a { or } without its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="521"/>
        <source>A file number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="524"/>
        <source>A file number may not contain spaces: use - or / instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="525"/>
        <source>File numbers made by this pattern could be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="144"/>
        <source>A household needs at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="270"/>
        <source>There is no recorded consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="273"/>
        <source>Consent was withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="277"/>
        <source>The consent does not cover referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="279"/>
        <source>The consent does not cover sharing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="281"/>
        <source>Consent covers this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="290"/>
        <source>Choose who gave consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="292"/>
        <source>Write the guardian&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="295"/>
        <source>Unknown consent scope: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="297"/>
        <source>Sharing consent must name the agency.</source>
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
        <location filename="../../db/office.py" line="41"/>
        <source>Minutes idle before Sanad locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="45"/>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="48"/>
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
        <location filename="../welcome.py" line="57"/>
        <source>Making the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="76"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../welcome.py" line="76"/>
        <source>Sanad vaults (*.sanad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
