<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <location filename="../../db/permissions.py" line="47"/>
        <source>view people</source>
        <translation>عرض الأشخاص</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="48"/>
        <source>register and edit people</source>
        <translation>تسجيل الأشخاص وتعديل بياناتهم</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="49"/>
        <source>delete people</source>
        <translation>حذف الأشخاص</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="50"/>
        <source>see sensitive fields</source>
        <translation>الاطلاع على الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="51"/>
        <source>make referrals</source>
        <translation>إجراء الإحالات</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="52"/>
        <source>manage document applications</source>
        <translation>إدارة معاملات الوثائق</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="53"/>
        <source>print letters</source>
        <translation>طباعة الكتب</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="54"/>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="55"/>
        <source>import data</source>
        <translation>استيراد البيانات</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="56"/>
        <source>read the audit log</source>
        <translation>الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="57"/>
        <source>manage users</source>
        <translation>إدارة المستخدمين</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="58"/>
        <source>change office settings</source>
        <translation>تغيير إعدادات المنظمة</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="59"/>
        <source>rotate the master key</source>
        <translation>تغيير المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="60"/>
        <source>make backups</source>
        <translation>إنشاء نسخ احتياطية</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="61"/>
        <source>restore backups</source>
        <translation>الاستعادة من النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../wizard.py" line="123"/>
        <source>The administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="125"/>
        <source>The administrator adds the other users and changes settings. Choose a password of at least 10 characters that nobody else knows.</source>
        <translation>مدير النظام هو من يضيف المستخدمين الآخرين ويغيّر الإعدادات. اختر كلمة مرور لا تقل عن 10 أحرف ولا يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="133"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="134"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../pages/audit.py" line="19"/>
        <source>vault created</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="20"/>
        <source>signed in</source>
        <translation>تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="21"/>
        <source>failed sign-in</source>
        <translation>محاولة دخول فاشلة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="22"/>
        <source>unlocked</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="23"/>
        <source>locked</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="24"/>
        <source>signed out</source>
        <translation>تسجيل خروج</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="25"/>
        <source>opened with the recovery key</source>
        <translation>فتح بمفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="26"/>
        <source>key file rebuilt</source>
        <translation>إعادة بناء ملف المفاتيح</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="27"/>
        <source>master key rotated</source>
        <translation>تغيير المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="28"/>
        <source>created</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="29"/>
        <source>changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="30"/>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="31"/>
        <source>password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="32"/>
        <source>password reset</source>
        <translation>تعيين كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="33"/>
        <source>refused (role)</source>
        <translation>رفض (الدور)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="34"/>
        <source>printed</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="35"/>
        <source>exported</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="36"/>
        <source>viewed sensitive fields</source>
        <translation>عرض الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="37"/>
        <source>demo data generated</source>
        <translation>توليد بيانات تجريبية</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>No.</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="56"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="57"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="57"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="89"/>
        <source>Verify the whole log</source>
        <translation>التحقق من السجل كاملاً</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Intact: %1 entries, every link verified. Newest: %2</source>
        <translation>السجل سليم: عدد القيود %1، وتم التحقق من كل الروابط. أحدث قيد: %2</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="114"/>
        <source>Broken at entry %1. The log was changed outside Sanad.</source>
        <translation>السلسلة مقطوعة عند القيد رقم %1. جرى تغيير السجل خارج سند.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../pages/security.py" line="62"/>
        <source>Choose your password</source>
        <translation>اختر كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="65"/>
        <source>An administrator gave you a temporary password. Choose your own now.</source>
        <translation>أعطاك مدير النظام كلمة مرور مؤقتة. اختر الآن كلمة مرور خاصة بك.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <location filename="../pages/security.py" line="36"/>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../db/choices.py" line="15"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="15"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="18"/>
        <source>Single</source>
        <translation>أعزب/عزباء</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="19"/>
        <source>Married</source>
        <translation>متزوج/متزوجة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="20"/>
        <source>Married, marriage not registered</source>
        <translation>متزوجة، والزواج غير مسجّل</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="21"/>
        <source>Husband missing or detained</source>
        <translation>الزوج مفقود أو محتجز</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="22"/>
        <source>Widowed</source>
        <translation>أرمل/أرملة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="23"/>
        <source>Divorced</source>
        <translation>مطلّق/مطلّقة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="24"/>
        <source>Separated</source>
        <translation>منفصل/منفصلة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="28"/>
        <source>Iraqi</source>
        <translation>عراقي</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="29"/>
        <source>Foreign</source>
        <translation>أجنبي</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="30"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="34"/>
        <source>Enrolled</source>
        <translation>مسجّل في المدرسة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="35"/>
        <source>Never enrolled</source>
        <translation>لم يسجَّل أبداً</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="36"/>
        <source>Dropped out</source>
        <translation>منقطع عن الدراسة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="37"/>
        <source>Not of school age</source>
        <translation>ليس في سن الدراسة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="41"/>
        <source>Head of household</source>
        <translation>ربّ/ربّة الأسرة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="42"/>
        <location filename="../../db/choices.py" line="73"/>
        <source>Spouse</source>
        <translation>زوج/زوجة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="43"/>
        <source>Son</source>
        <translation>ابن</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="44"/>
        <source>Daughter</source>
        <translation>ابنة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="45"/>
        <location filename="../../db/choices.py" line="70"/>
        <source>Mother</source>
        <translation>أم</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="46"/>
        <location filename="../../db/choices.py" line="76"/>
        <source>Grandchild</source>
        <translation>حفيد/حفيدة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="47"/>
        <location filename="../../db/choices.py" line="79"/>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="53"/>
        <source>Seeing, even if wearing glasses</source>
        <translation>الرؤية، حتى مع النظارة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="54"/>
        <source>Hearing, even if using a hearing aid</source>
        <translation>السمع، حتى مع السماعة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="55"/>
        <source>Walking or climbing steps</source>
        <translation>المشي أو صعود الدرج</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="56"/>
        <source>Remembering or concentrating</source>
        <translation>التذكّر أو التركيز</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="57"/>
        <source>Self-care, such as washing or dressing</source>
        <translation>العناية الذاتية، كالاغتسال أو ارتداء الملابس</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="58"/>
        <source>Communicating, understanding or being understood</source>
        <translation>التواصل، الفهم أو أن يُفهَم</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="61"/>
        <source>No difficulty</source>
        <translation>لا صعوبة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="62"/>
        <source>Some difficulty</source>
        <translation>بعض الصعوبة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="63"/>
        <source>A lot of difficulty</source>
        <translation>صعوبة كبيرة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="64"/>
        <source>Cannot do at all</source>
        <translation>لا يستطيع أبداً</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="71"/>
        <source>Father</source>
        <translation>أب</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="72"/>
        <source>Child</source>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="74"/>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="75"/>
        <source>Grandparent</source>
        <translation>جد أو جدة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="77"/>
        <source>Guardian</source>
        <translation>وصي</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="78"/>
        <source>Under guardianship of this person</source>
        <translation>تحت وصاية هذا الشخص</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="83"/>
        <source>Unified National Card</source>
        <translation>البطاقة الوطنية الموحدة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="84"/>
        <source>Civil status ID (older)</source>
        <translation>هوية الأحوال المدنية (القديمة)</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="85"/>
        <source>Nationality certificate</source>
        <translation>شهادة الجنسية العراقية</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="86"/>
        <source>Birth certificate</source>
        <translation>شهادة الولادة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="87"/>
        <source>Hospital birth notice</source>
        <translation>بيان الولادة من المستشفى</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="88"/>
        <source>Marriage contract or ratification</source>
        <translation>عقد الزواج أو تصديقه</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="89"/>
        <source>Death certificate or proof of death</source>
        <translation>شهادة الوفاة أو حجة الوفاة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="90"/>
        <source>Guardianship or custody deed</source>
        <translation>حجة الوصاية أو الحضانة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="91"/>
        <source>Residence card</source>
        <translation>بطاقة السكن</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="92"/>
        <source>Ration card</source>
        <translation>البطاقة التموينية</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="93"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="94"/>
        <source>Paper issued by ISIS (evidence only)</source>
        <translation>وثيقة صادرة عن داعش (للاستدلال فقط)</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="95"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="99"/>
        <source>The person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="100"/>
        <source>A guardian</source>
        <translation>وليّ الأمر أو الوصي</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="103"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="104"/>
        <source>Referral to services</source>
        <translation>الإحالة إلى الخدمات</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="105"/>
        <source>Sharing with a named agency</source>
        <translation>المشاركة مع جهة مسمّاة</translation>
    </message>
    <message>
        <location filename="../../db/choices.py" line="106"/>
        <source>Photo</source>
        <translation>التصوير</translation>
    </message>
    <message>
        <location filename="../choices.py" line="38"/>
        <source>about %1</source>
        <translation>حوالي %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../pages/person_form.py" line="774"/>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="778"/>
        <source>Given by</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="781"/>
        <source>Guardian&apos;s name</source>
        <translation>اسم الوصي</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="787"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="796"/>
        <source>Agencies by name, separated by commas</source>
        <translation>أسماء الجهات، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="797"/>
        <source>Share with</source>
        <translation>المشاركة مع</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="816"/>
        <source>Tick at least one thing the consent covers.</source>
        <translation>اختر أمراً واحداً على الأقل تشمله الموافقة.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../widgets.py" line="32"/>
        <source>DEMO VAULT: synthetic people, not real data.</source>
        <translation>خزنة تجريبية: أشخاص وهميون، وليست بيانات حقيقية.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="34"/>
        <source>User: admin, password: %1</source>
        <translation>المستخدم: admin، كلمة المرور: %1</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../pages/register.py" line="53"/>
        <source>same names</source>
        <translation>الأسماء نفسها</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="54"/>
        <source>similar names</source>
        <translation>أسماء متشابهة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="55"/>
        <source>same mother&apos;s name</source>
        <translation>اسم الأم نفسه</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="56"/>
        <source>similar mother&apos;s name</source>
        <translation>اسم أم مشابه</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="57"/>
        <source>same date of birth</source>
        <translation>تاريخ الميلاد نفسه</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="58"/>
        <source>same year of birth</source>
        <translation>سنة الميلاد نفسها</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="59"/>
        <source>close year of birth</source>
        <translation>سنة ميلاد قريبة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="60"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="61"/>
        <source>same name in Latin letters</source>
        <translation>الاسم اللاتيني نفسه</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="62"/>
        <source>same household</source>
        <translation>الأسرة نفسها</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="63"/>
        <source>different sex</source>
        <translation>جنس مختلف</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="64"/>
        <source>different mother</source>
        <translation>أم مختلفة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="65"/>
        <source>different father</source>
        <translation>أب مختلف</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="66"/>
        <source>years of birth apart</source>
        <translation>سنوات الميلاد متباعدة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="71"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../pages/duplicates.py" line="159"/>
        <source>&amp;Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="161"/>
        <source>Compare every record in the vault with the others (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="171"/>
        <source>Press &quot;Find duplicates&quot; to compare every record with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="200"/>
        <source>&amp;Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="203"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="218"/>
        <source>&amp;Undo this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="226"/>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="230"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="230"/>
        <source>Kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="230"/>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="231"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="231"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="242"/>
        <source>Undo the selected merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="270"/>
        <source>Comparing records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="277"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="290"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="299"/>
        <source>%1 likely pairs, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="300"/>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="337"/>
        <source>Record %1 was merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="349"/>
        <source>Mark %1 and %2 as two different people? They will not be proposed as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="351"/>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="351"/>
        <location filename="../pages/duplicates.py" line="397"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="362"/>
        <source>Marked as different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="371"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="395"/>
        <source>Undo the merge of %1 into %2?

%1 comes back as a record of its own, with what was moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="397"/>
        <source>Undo the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="409"/>
        <source>The merge was undone: %1 is a record of its own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="420"/>
        <source>Some things changed after the merge and were left as they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="423"/>
        <location filename="../pages/duplicates.py" line="443"/>
        <source>, </source>
        <translation type="unfinished">، </translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="427"/>
        <source>deleted since the merge, so not moved back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="430"/>
        <source>attached to another person since, so left there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="433"/>
        <source>could not come back because a person they point to is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="442"/>
        <source>edited on %1 after the merge, so the edits were kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="21"/>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ أي شيء. وفّر بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="23"/>
        <source>Sanad could not read or write the vault file. If it is on a USB stick or network folder, check that it is still connected.</source>
        <translation>تعذّر على سند القراءة من ملف الخزنة أو الكتابة فيه. إذا كان الملف على ذاكرة USB (فلاش) أو في مجلد على الشبكة، فتأكد من أنه ما زال متصلاً.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="26"/>
        <location filename="../errors.py" line="28"/>
        <source>The vault file could not be read. It may be damaged; restore it from a backup.</source>
        <translation>تعذّرت قراءة ملف الخزنة. قد يكون تالفاً؛ استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="30"/>
        <source>The vault file is read-only. Check the folder&apos;s permissions.</source>
        <translation>ملف الخزنة للقراءة فقط. تحقّق من صلاحيات المجلد.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="46"/>
        <source>Something unexpected went wrong. Your saved work is safe. If it happens again, copy the details and send them to your administrator.</source>
        <translation>حدث خطأ غير متوقع. عملك المحفوظ في أمان. إذا تكرر ذلك، فانسخ التفاصيل وأرسلها إلى مدير النظام لديكم.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../wizard.py" line="191"/>
        <source>Set up Sanad</source>
        <translation>إعداد سند</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="205"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="206"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="207"/>
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="208"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../pages/home.py" line="39"/>
        <source>Signed in as %1.</source>
        <translation>تم تسجيل الدخول باسم %1.</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="43"/>
        <source>In this vault</source>
        <translation>في هذه الخزنة</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="48"/>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="49"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="50"/>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <location filename="../pages/home.py" line="51"/>
        <source>Children under 18</source>
        <translation>الأطفال دون 18 سنة</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../pages/household.py" line="48"/>
        <location filename="../pages/household.py" line="168"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="68"/>
        <source>Resident</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="68"/>
        <source>Displaced</source>
        <translation>نازح</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="69"/>
        <source>Returnee</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="69"/>
        <source>Left a camp</source>
        <translation>غادر المخيم</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="82"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="83"/>
        <source>Neighbourhood (mahalla)</source>
        <translation>المحلة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="84"/>
        <source>Nearest landmark</source>
        <translation>أقرب نقطة دالة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="85"/>
        <source>Displacement status</source>
        <translation>حالة النزوح</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="86"/>
        <source>Household phone</source>
        <translation>هاتف الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="87"/>
        <source>Registry record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="88"/>
        <source>Registry page number</source>
        <translation>رقم الصحيفة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="89"/>
        <source>Civil-status office</source>
        <translation>دائرة الأحوال المدنية</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="90"/>
        <source>Governorate of the record</source>
        <translation>محافظة السجل</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="110"/>
        <source>Members (Enter or double-click opens a record):</source>
        <translation>أفراد الأسرة (Enter أو النقر المزدوج يفتح السجل):</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="114"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="114"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="114"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="114"/>
        <source>Born</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="114"/>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="115"/>
        <source>Documents held</source>
        <translation>الوثائق المتوفرة</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="130"/>
        <source>Open member</source>
        <translation>فتح سجل الفرد</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="133"/>
        <source>Add a member…</source>
        <translation>إضافة فرد…</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="167"/>
        <source>Household of %1</source>
        <translation>أسرة %1</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="187"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="188"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="230"/>
        <source>Household saved.</source>
        <translation>حُفظت الأسرة.</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="285"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك.</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="286"/>
        <source>Close without saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
    <message>
        <location filename="../pages/household.py" line="286"/>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
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
        <source>%1 places in Sanad are not in this file. They are kept, because records may use them; make them inactive if they should no longer be offered.</source>
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
        <translation type="unfinished">القضاء</translation>
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
        <location filename="../login.py" line="139"/>
        <source>Sanad — sign in</source>
        <translation>سند — تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../login.py" line="36"/>
        <source>Sanad</source>
        <translation>سند</translation>
    </message>
    <message>
        <location filename="../login.py" line="44"/>
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../login.py" line="55"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../login.py" line="56"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../login.py" line="62"/>
        <source>Use the recovery key…</source>
        <translation>استخدام مفتاح الاسترداد…</translation>
    </message>
    <message>
        <location filename="../login.py" line="65"/>
        <location filename="../login.py" line="130"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../login.py" line="99"/>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../login.py" line="125"/>
        <source>Wait %1 s</source>
        <translation>انتظر %1 ث</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="51"/>
        <source>Sanad</source>
        <translation>سند</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="51"/>
        <location filename="../main_window.py" line="73"/>
        <source>DEMO</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54"/>
        <source>Main</source>
        <translation>الشريط الرئيسي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Lock Sanad now (Ctrl+L)</source>
        <translation>أقفل سند الآن (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Role: %1</source>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>sensitive fields</source>
        <translation>الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>Vault: %1</source>
        <translation>الخزنة: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>This area arrives with the next Sanad modules.</source>
        <translation>سيُضاف هذا القسم مع الوحدات القادمة من سند.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Applications</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Document applications step by step: court, case number, hearings, next actions.</source>
        <translation>معاملات الوثائق خطوة بخطوة: المحكمة، ورقم الدعوى، والجلسات، والإجراءات التالية.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Referrals and letters</source>
        <translation>الإحالات والكتب</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>Referrals to schools, clinics and services, and letters printed in Arabic and English.</source>
        <translation>الإحالات إلى المدارس والعيادات والخدمات، والكتب المطبوعة بالعربية والإنكليزية.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>Reports and exports</source>
        <translation>التقارير والتصدير</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Donor indicators, lists and anonymised exports to Excel.</source>
        <translation>مؤشرات الجهات المانحة، والقوائم، والتصدير إلى Excel بعد إخفاء الهوية.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>My password and keys</source>
        <translation>كلمة المرور والمفاتيح</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195"/>
        <source>Sanad is locked. Enter your password to continue.</source>
        <translation>سند مقفل. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../db/merge.py" line="171"/>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="172"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="173"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="174"/>
        <source>Family name</source>
        <translation type="unfinished">اللقب</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="175"/>
        <source>Mother&apos;s full name</source>
        <translation>اسم الأم الثلاثي</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="176"/>
        <source>Name in Latin letters</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="177"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="178"/>
        <source>Date of birth</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="179"/>
        <source>Place of birth</source>
        <translation>محل الولادة</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="180"/>
        <source>Marital status</source>
        <translation>الحالة الزوجية</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="181"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="182"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="183"/>
        <source>Second phone</source>
        <translation>هاتف ثانٍ</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="184"/>
        <source>Difficulty seeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="185"/>
        <source>Difficulty hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="186"/>
        <source>Difficulty walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="187"/>
        <source>Difficulty remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="188"/>
        <source>Difficulty with self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="189"/>
        <source>Difficulty communicating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="190"/>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="191"/>
        <source>Civil registry record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="193"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="194"/>
        <source>Comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="195"/>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="207"/>
        <source>Documents held</source>
        <translation>الوثائق المتوفرة</translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="208"/>
        <source>Related people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="209"/>
        <source>Consents (with what they cover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="210"/>
        <source>Sensitive profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="211"/>
        <source>Records marked &quot;not the same person&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="212"/>
        <source>Earlier merges into this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="214"/>
        <source>Other linked records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../merge_dialog.py" line="45"/>
        <source>Unknown (registered under the mother)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="46"/>
        <source>about %1</source>
        <translation>حوالي %1</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="47"/>
        <source>record %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="48"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="49"/>
        <source>Household %1</source>
        <translation type="unfinished">الأسرة %1</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="50"/>
        <source>Nothing else is linked to the record that will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="51"/>
        <source>Moves to the kept record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="121"/>
        <source>Compare and merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="125"/>
        <source>In each highlighted row, choose the value to keep. One record stays; the other is removed, and its documents, relatives, consents and other linked records move to the one that stays. Its file number will still find the kept record. You can undo the merge on the Duplicates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="146"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="166"/>
        <source>Staff marked these two records as different people. Merge them only if you are sure they are one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="181"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="191"/>
        <source>First record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="191"/>
        <source>Second record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="193"/>
        <source>Keep this record (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="198"/>
        <source>Which record stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="208"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="241"/>
        <source>stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="241"/>
        <source>is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="271"/>
        <source>Merge record %1 into record %2?

%1 will be removed. Its linked records move to %2, with the values you chose. You can undo this on the Duplicates page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="274"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="274"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="13"/>
        <location filename="../messages.py" line="28"/>
        <source>Sanad</source>
        <translation>سند</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../widgets.py" line="65"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="66"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="77"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../wizard.py" line="44"/>
        <source>Your office</source>
        <translation>منظمتك</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="45"/>
        <source>These names appear on every screen and on letters. You can change them later.</source>
        <translation>تظهر هذه الأسماء في كل شاشة وعلى الكتب. يمكنك تغييرها لاحقاً.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="53"/>
        <source>Office name in Arabic</source>
        <translation>اسم المنظمة بالعربية</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="54"/>
        <source>Office name in English</source>
        <translation>اسم المنظمة بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="60"/>
        <source>Language of the office</source>
        <translation>لغة المنظمة</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="63"/>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="65"/>
        <source>Choose logo…</source>
        <translation>اختيار الشعار…</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="69"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>الشعار (PNG أو JPEG)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="75"/>
        <source>Vault file</source>
        <translation>ملف الخزنة</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="83"/>
        <source>Choose logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="83"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="93"/>
        <source>The logo must be a PNG or JPEG picture smaller than 2 MB.</source>
        <translation>يجب أن يكون الشعار صورة بصيغة PNG أو JPEG وحجمها أقل من 2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="106"/>
        <source>A file already exists there. Choose another name or folder.</source>
        <translation>يوجد ملف بهذا الاسم في هذا المكان. اختر اسماً أو مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="114"/>
        <source>Sanad cannot write in that folder.</source>
        <translation>لا يستطيع سند الكتابة في هذا المجلد.</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../pages/duplicates.py" line="104"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="104"/>
        <source>File numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="104"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="104"/>
        <source>Mothers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="105"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/duplicates.py" line="105"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../pages/people.py" line="149"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="149"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="149"/>
        <source>Mother&apos;s name</source>
        <translation>اسم الأم</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="149"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="150"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="150"/>
        <source>District</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="185"/>
        <source>F</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="185"/>
        <source>M</source>
        <translation>ذكر</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../pages/people.py" line="208"/>
        <source>Search: any spelling of a name, a file number or a phone</source>
        <translation>ابحث: بأي كتابة للاسم، أو برقم الملف، أو برقم الهاتف</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="211"/>
        <source>Both sexes</source>
        <translation>الجنسان</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="211"/>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="212"/>
        <source>Men and boys</source>
        <translation>الرجال والفتيان</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="213"/>
        <source>All ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="215"/>
        <source>Any displacement status</source>
        <translation>كل حالات النزوح</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="215"/>
        <source>Resident</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="215"/>
        <source>Displaced</source>
        <translation>نازح</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="216"/>
        <source>Returnee</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="216"/>
        <source>Left a camp</source>
        <translation>مغادر للمخيم</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="218"/>
        <source>All districts</source>
        <translation>كل الأقضية</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="222"/>
        <location filename="../pages/people.py" line="223"/>
        <source>(no filter)</source>
        <translation>(الكل)</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="224"/>
        <source>Register a household…</source>
        <translation>تسجيل أسرة…</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="231"/>
        <source>Holds:</source>
        <translation>يملك:</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="233"/>
        <source>Lacks:</source>
        <translation>ينقصه:</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="236"/>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="238"/>
        <source>Open the selected person&apos;s record (Enter)</source>
        <translation>فتح سجل الشخص المحدد (Enter)</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="241"/>
        <source>Open household</source>
        <translation>فتح الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="245"/>
        <source>List the household</source>
        <translation>عرض أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="247"/>
        <source>Show only the selected person&apos;s household in the list</source>
        <translation>اعرض في القائمة أسرة الشخص المحدد فقط</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="253"/>
        <source>Show everyone</source>
        <translation>عرض الجميع</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="306"/>
        <source>Household %1</source>
        <translation>الأسرة %1</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="363"/>
        <source>Household saved: %1</source>
        <translation>حُفظت الأسرة: %1</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="383"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../pages/people.py" line="389"/>
        <source>%1 people</source>
        <translation>عدد الأشخاص: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../pages/person_form.py" line="72"/>
        <source>Person record</source>
        <translation>سجل شخص</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="72"/>
        <location filename="../pages/person_form.py" line="138"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="115"/>
        <source>Household…</source>
        <translation>الأسرة…</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="119"/>
        <source>Export everything about this person…</source>
        <translation>تصدير كل ما يخص هذا الشخص…</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="182"/>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="182"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="183"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="183"/>
        <source>Family or tribal name</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="191"/>
        <source>No legal father: registered under the mother</source>
        <translation>لا أب قانوني: مسجّل على اسم الأم</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="196"/>
        <source>Mother&apos;s full name</source>
        <translation>اسم الأم الثلاثي</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="197"/>
        <source>Name in Latin letters</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="198"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="199"/>
        <source>Date of birth</source>
        <translation>تاريخ الولادة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="200"/>
        <source>7/3/2015, 3/2015, 2015 or about 2015</source>
        <translation>7/3/2015 أو 3/2015 أو 2015 أو حوالي 2015</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="201"/>
        <source>Place of birth</source>
        <translation>محل الولادة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="202"/>
        <source>Relationship to the head</source>
        <translation>صلة القرابة برب الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="203"/>
        <location filename="../pages/person_form.py" line="205"/>
        <location filename="../pages/person_form.py" line="248"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="204"/>
        <source>Marital status</source>
        <translation>الحالة الزوجية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="206"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="208"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="209"/>
        <source>Second phone</source>
        <translation>هاتف ثانٍ</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="210"/>
        <source>Office file number</source>
        <translation>رقم الملف في المكتب</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="211"/>
        <source>given when saved</source>
        <translation>يُعطى عند الحفظ</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="214"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="219"/>
        <source>The 1957 civil-registry record, as on the family&apos;s papers:</source>
        <translation>قيد الأحوال المدنية (سجل 1957) كما في أوراق العائلة:</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="220"/>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="221"/>
        <source>Page number</source>
        <translation>رقم الصحيفة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="222"/>
        <source>Civil-status office</source>
        <translation>دائرة الأحوال المدنية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="223"/>
        <source>Governorate of the record</source>
        <translation>محافظة السجل</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="226"/>
        <source>Area of origin</source>
        <translation>المنطقة الأصلية</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="228"/>
        <source>Where the person lives now</source>
        <translation>مكان السكن الحالي</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="229"/>
        <source>Registry and places</source>
        <translation>القيد والأماكن</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="243"/>
        <source>Washington Group questions: does the person have difficulty…</source>
        <translation>أسئلة مجموعة واشنطن: هل يجد الشخص صعوبة في…</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="245"/>
        <source>(not asked)</source>
        <translation>(لم يُسأل)</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="247"/>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="249"/>
        <source>Disability and school</source>
        <translation>الإعاقة والدراسة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="257"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="257"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="257"/>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="257"/>
        <source>Copy seen</source>
        <translation>اطُّلع على نسخة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="268"/>
        <source>Add a document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="271"/>
        <source>Remove the selected document</source>
        <translation>حذف الوثيقة المحددة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="279"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="285"/>
        <source>Relatives recorded in Sanad. When the civil registry shows a different relationship (a child registered under the mother&apos;s father appears as her brother or sister), choose it under &quot;As registered&quot;.</source>
        <translation>الأقارب المسجّلون في سند. إذا أظهر قيد الأحوال المدنية صلة مختلفة (طفل مسجّل على اسم جده لأمه يظهر أخاً أو أختاً لأمه)، فاخترها تحت «كما في القيد».</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="291"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="291"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="291"/>
        <source>Is this person&apos;s</source>
        <translation>صلته بهذا الشخص</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="291"/>
        <source>As registered</source>
        <translation>كما في القيد</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="305"/>
        <source>Find a relative by name or file number, then press Enter</source>
        <translation>ابحث عن قريب بالاسم أو برقم الملف ثم اضغط Enter</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="308"/>
        <source>Remove the selected relative</source>
        <translation>حذف القريب المحدد</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="321"/>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="329"/>
        <source>Given by</source>
        <translation>المانح</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="329"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="329"/>
        <source>Covers</source>
        <translation>تشمل</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="329"/>
        <source>Withdrawn</source>
        <translation>سُحبت</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="335"/>
        <source>Record consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="338"/>
        <source>Withdraw the selected consent…</source>
        <translation>سحب الموافقة المحددة…</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="346"/>
        <source>Consent is saved as soon as it is recorded or withdrawn.</source>
        <translation>تُحفظ الموافقة فور تسجيلها أو سحبها.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="347"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="352"/>
        <source>This part is shown only to users allowed to see sensitive fields, and only on request. Every time it is shown, the audit log records who saw it.</source>
        <translation>يظهر هذا الجزء فقط للمستخدمين المسموح لهم برؤية الحقول الحساسة، وعند الطلب فقط. في كل مرة يُعرض فيها يسجّل سجل التدقيق من اطّلع عليه.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="356"/>
        <source>Show the sensitive profile</source>
        <translation>عرض الملف الحساس</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="364"/>
        <source>Perceived affiliation</source>
        <translation>انتماء متصوَّر</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="365"/>
        <source>A relative is detained</source>
        <translation>قريب محتجز</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="366"/>
        <source>Gender-based violence disclosed</source>
        <translation>أُفصح عن عنف قائم على النوع الاجتماعي</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="367"/>
        <source>Has received threats</source>
        <translation>تلقّى تهديدات</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="378"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="382"/>
        <source>Sensitive</source>
        <translation>حساس</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="436"/>
        <source>Date of issue: day/month/year, for example 3/4/2010</source>
        <translation>تاريخ الإصدار: يوم/شهر/سنة، مثل 3/4/2010</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="444"/>
        <source>(the same)</source>
        <translation>(نفسها)</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="468"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="518"/>
        <source>Nobody found.</source>
        <translation>لم يُعثر على أحد.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="541"/>
        <source>Consent recorded.</source>
        <translation>سُجّلت الموافقة.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="549"/>
        <source>This consent was already withdrawn.</source>
        <translation>سُحبت هذه الموافقة من قبل.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="551"/>
        <source>Record that this consent is withdrawn today? Referrals that need it will be refused.</source>
        <translation>تسجيل سحب هذه الموافقة اليوم؟ ستُرفض الإحالات التي تحتاجها.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="552"/>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="552"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="640"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="643"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="651"/>
        <source>This person is no longer in the vault (deleted or merged by someone else). Nothing was saved.</source>
        <translation>لم يعد هذا الشخص في الخزنة (حذفه أو دمجه شخص آخر). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="669"/>
        <source>%1 %2 (mother: %3), score %4: %5</source>
        <translation>%1 %2 (الأم: %3)، الدرجة %4: %5</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="674"/>
        <source>This person may already be in the vault:</source>
        <translation>قد يكون هذا الشخص مسجّلاً في الخزنة من قبل:</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="675"/>
        <source>Save as a new person anyway?</source>
        <translation>الحفظ كشخص جديد رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="675"/>
        <source>Save as new</source>
        <translation>احفظ كجديد</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="676"/>
        <source>Go back and check</source>
        <translation>ارجع وتحقق</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="734"/>
        <source>Problems to fix before saving: %1.</source>
        <translation>مشكلات يجب تصحيحها قبل الحفظ: %1.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="761"/>
        <source>Close without saving? Your changes will be lost.</source>
        <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك.</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="762"/>
        <source>Close without saving</source>
        <translation>أغلق دون حفظ</translation>
    </message>
    <message>
        <location filename="../pages/person_form.py" line="762"/>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
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
        <location filename="../pages/locations.py" line="193"/>
        <source>Places are stored as OCHA p-codes. Import the COD-AB table for Iraq (HDX: cod-ab-irq, CSV or Excel) to add or update them; nothing is ever deleted, because records use the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="201"/>
        <source>Find a place by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="208"/>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="208"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="208"/>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="208"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="208"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="225"/>
        <source>No places yet. Import the COD-AB table to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="232"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="233"/>
        <source>Add place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="234"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="235"/>
        <location filename="../pages/locations.py" line="329"/>
        <source>Stop offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="271"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="271"/>
        <source>COD-AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="274"/>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="274"/>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="329"/>
        <source>Offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="335"/>
        <source>Import the COD-AB place table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="336"/>
        <source>Place tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="354"/>
        <source>Nothing to import: every place in the file is already in Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="364"/>
        <source>Places imported: %1 added, %2 renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="376"/>
        <source>Place added with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="396"/>
        <source>%1 is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/locations.py" line="397"/>
        <source>%1 is no longer offered; records that use it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../recovery.py" line="31"/>
        <source>Open with the recovery key</source>
        <translation>الفتح بمفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="39"/>
        <source>Type the recovery key from the sheet kept in the safe. Upper or lower case, spaces and dashes do not matter.</source>
        <translation>اكتب مفتاح الاسترداد من الورقة المحفوظة في الخزانة الحديدية. لا يهم إن كانت الحروف كبيرة أو صغيرة، ولا تهم المسافات والشرطات.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="54"/>
        <source>The vault is open. Choose an administrator and give them a new password.</source>
        <translation>تم فتح الخزنة. اختر مدير نظام وعيّن له كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="59"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../pages/security.py" line="86"/>
        <source>New recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="89"/>
        <source>The master key was changed. This is the new recovery key; the old sheet no longer works and should be destroyed. It is shown only now.</source>
        <translation>تم تغيير المفتاح الرئيسي. هذا هو مفتاح الاسترداد الجديد؛ الورقة القديمة لم تعد صالحة ويجب إتلافها. لن يُعرض هذا المفتاح إلا الآن.</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="101"/>
        <source>Print the recovery sheet…</source>
        <translation>طباعة ورقة مفتاح الاسترداد…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../wizard.py" line="155"/>
        <source>The recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="157"/>
        <source>If every password is forgotten or the key file is lost, only this key opens the vault. It is shown once. Print it or write it down, and keep it in a safe.</source>
        <translation>إذا نُسيت كل كلمات المرور أو فُقد ملف المفاتيح، فلن يفتح الخزنة إلا هذا المفتاح. يُعرض مرة واحدة فقط. اطبعه أو اكتبه، واحفظه في خزانة حديدية.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="169"/>
        <source>Print the recovery sheet…</source>
        <translation>طباعة ورقة مفتاح الاسترداد…</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="171"/>
        <source>Copy (cleared after 10 seconds)</source>
        <translation>نسخ (يُمسح بعد 10 ثوانٍ)</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="176"/>
        <source>I have printed or written down the recovery key and will keep it safe.</source>
        <translation>طبعتُ مفتاح الاسترداد أو كتبته، وسأحفظه في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../recovery_sheet.py" line="15"/>
        <source>Sanad recovery key</source>
        <translation>مفتاح الاسترداد — سند</translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="16"/>
        <source>Vault file:</source>
        <translation>ملف الخزنة:</translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="17"/>
        <source>Printed:</source>
        <translation>تاريخ الطباعة:</translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="18"/>
        <source>This key opens the vault if every password is forgotten or the key file is lost. Anyone holding it can read everything in the vault. Keep this sheet in a locked safe, never on the computer, and never photograph it.</source>
        <translation>يفتح هذا المفتاح الخزنة إذا نُسيت كل كلمات المرور أو فُقد ملف المفاتيح. أي شخص يحمله يستطيع قراءة كل ما في الخزنة. احفظ هذه الورقة في خزانة حديدية مقفلة، ولا تحفظ المفتاح على الحاسوب أبداً، ولا تصوّرها أبداً.</translation>
    </message>
    <message>
        <location filename="../recovery_sheet.py" line="24"/>
        <source>If the master key is rotated, a new sheet is printed and this one must be destroyed.</source>
        <translation>عند تغيير المفتاح الرئيسي تُطبع ورقة جديدة، ويجب عندها إتلاف هذه الورقة.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../pages/register.py" line="37"/>
        <source>First name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="38"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="39"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="40"/>
        <source>Family name</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="41"/>
        <source>Mother&apos;s full name</source>
        <translation>اسم الأم الثلاثي</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="42"/>
        <source>Sex (F/M)</source>
        <translation>الجنس (أنثى/ذكر)</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="43"/>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="44"/>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="45"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="46"/>
        <source>Name in Latin letters</source>
        <translation>الاسم بالأحرف اللاتينية</translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdDialog</name>
    <message>
        <location filename="../pages/register.py" line="80"/>
        <source>Register a household</source>
        <translation>تسجيل أسرة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="97"/>
        <source>Resident</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="97"/>
        <source>Displaced</source>
        <translation>نازح</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="98"/>
        <source>Returnee</source>
        <translation>عائد</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="98"/>
        <source>Left a camp</source>
        <translation>مغادر للمخيم</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="102"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="103"/>
        <source>Neighbourhood (mahalla)</source>
        <translation>المحلة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="104"/>
        <source>Nearest landmark</source>
        <translation>أقرب نقطة دالة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="105"/>
        <source>Displacement status</source>
        <translation>حالة النزوح</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="106"/>
        <source>Household phone</source>
        <translation>هاتف الأسرة</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="116"/>
        <source>Members: the head of the household first. Children take their mother&apos;s name from her row when it is left empty.</source>
        <translation>الأفراد: رب الأسرة أولاً. إذا تُرك اسم الأم فارغاً للأبناء يؤخذ من سطر الأم.</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="122"/>
        <source>Day first: 7/3/2015; or 3/2015, 2015, about 2015</source>
        <translation>اليوم أولاً: 7/3/2015؛ أو 3/2015 أو 2015 أو حوالي 2015</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="135"/>
        <source>Add member (Ctrl+N)</source>
        <translation>إضافة فرد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="220"/>
        <source>Member %1 may already be registered as %2 %3 (mother: %4), score %5: %6</source>
        <translation>ربما سُجّل الفرد %1 سابقاً برقم %2 باسم %3 (الأم: %4)، درجة التشابه %5: %6</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="227"/>
        <source>These people may already be in the vault:</source>
        <translation>قد يكون هؤلاء الأشخاص مسجلين في الخزنة من قبل:</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="228"/>
        <source>Save them as new people anyway?</source>
        <translation>هل تريد حفظهم أشخاصاً جدداً رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="229"/>
        <source>Save as new</source>
        <translation>الحفظ كأشخاص جدد</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="229"/>
        <source>Go back and check</source>
        <translation>الرجوع للتحقق</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="251"/>
        <source>Member %1, %2: %3</source>
        <translation>الفرد %1، %2: %3</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="259"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>هل تريد الإغلاق دون حفظ؟ سيضيع ما كتبته.</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="260"/>
        <source>Close without saving</source>
        <translation>الإغلاق دون حفظ</translation>
    </message>
    <message>
        <location filename="../pages/register.py" line="260"/>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../pages/users.py" line="159"/>
        <source>New password for %1</source>
        <translation>كلمة مرور جديدة للمستخدم %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../db/permissions.py" line="21"/>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="22"/>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="23"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../db/permissions.py" line="24"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>SanadError</name>
    <message>
        <location filename="../../db/errors.py" line="17"/>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="27"/>
        <source>The user name or password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="31"/>
        <source>This recovery key does not open this vault.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="35"/>
        <source>This is not a complete recovery key. Check it letter by letter and try again.</source>
        <translation>هذا ليس مفتاح استرداد كاملاً. تحقّق منه حرفاً حرفاً ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="41"/>
        <source>Too many wrong attempts. Wait %1 seconds before trying again.</source>
        <translation>محاولات خاطئة كثيرة. انتظر %1 ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="51"/>
        <source>There is no vault at %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="55"/>
        <source>%1 is not a Sanad vault. The file was not changed.</source>
        <translation>الملف %1 ليس خزنة لسند. لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="59"/>
        <source>%1 is an unencrypted database, not a Sanad vault. Sanad never opens unencrypted files. The file was not changed.</source>
        <translation>الملف %1 قاعدة بيانات غير مشفّرة، وليس خزنة لسند. لا يفتح سند الملفات غير المشفّرة أبداً. لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="67"/>
        <source>The vault %1 is damaged and cannot be opened safely. It was not changed. Restore it from your newest backup.</source>
        <translation>الخزنة %1 تالفة ولا يمكن فتحها بأمان. لم يتم تغييرها. استعِدها من أحدث نسخة احتياطية لديك.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="75"/>
        <source>Sanad cannot write to the vault %1: the file or its folder is read-only. Nothing was changed. Copy it to a folder you may write to, or ask your administrator.</source>
        <translation>لا يستطيع سند الكتابة في الخزنة %1: الملف أو المجلد الذي يحويه للقراءة فقط. لم يتغيّر شيء. انسخها إلى مجلد تملك صلاحية الكتابة فيه، أو اسأل مدير النظام.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="83"/>
        <source>Sanad could not read the vault %1. If it is on a USB stick or a network folder, check that it is still connected, then try again. Nothing was changed.</source>
        <translation>تعذّر على سند قراءة الخزنة %1. إن كانت على ذاكرة USB أو في مجلد على الشبكة، فتأكد من أنها ما زالت متصلة ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="91"/>
        <source>This copy of Sanad would open the vault with different encryption settings (%1). It refuses, to keep the vault safe. Reinstall Sanad.</source>
        <translation>هذه النسخة من سند ستفتح الخزنة بإعدادات تشفير مختلفة (%1)، لذلك ترفض فتحها حفاظاً على أمان الخزنة. أعد تثبيت سند.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="99"/>
        <source>The key file beside %1 belongs to a different vault. Nothing was changed. Put the vault&apos;s own key file beside it, or open it with the recovery key.</source>
        <translation>ملف المفاتيح الموجود بجانب %1 يعود إلى خزنة أخرى. لم يتم تغيير أي شيء. ضع ملف المفاتيح الخاص بهذه الخزنة بجانبها، أو افتحها بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="107"/>
        <source>The key file for %1 is missing, so passwords cannot open it. Open it with the recovery key; the key file will be rebuilt.</source>
        <translation>ملف المفاتيح للخزنة %1 مفقود، لذا لا يمكن فتحها بكلمات المرور. افتحها بمفتاح الاسترداد، وسيُعاد إنشاء ملف المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="115"/>
        <source>The key file for %1 is damaged. Nothing was changed. Open the vault with the recovery key.</source>
        <translation>ملف المفاتيح للخزنة %1 تالف. لم يتم تغيير أي شيء. افتح الخزنة بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="122"/>
        <source>This vault was saved by a newer version of Sanad. Install the newer version to open it. The file was not changed.</source>
        <translation>حُفظت هذه الخزنة بإصدار أحدث من سند. ثبّت الإصدار الأحدث لفتحها. لم يتم تغيير الملف.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="130"/>
        <source>This vault is already open in another Sanad window or program on this computer. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة حالياً في نافذة أخرى من سند أو في برنامج آخر على هذا الحاسوب. أغلقها هناك أولاً.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="138"/>
        <source>A file already exists at %1. Choose another place.</source>
        <translation>يوجد ملف مسبقاً في %1. اختر مكاناً آخر.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="142"/>
        <source>Sanad cannot write in the folder %1. Choose a folder you may write to.</source>
        <translation>لا يستطيع سند الكتابة في المجلد %1. اختر مجلداً لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="148"/>
        <source>The vault is locked. Enter your password to continue.</source>
        <translation>الخزنة مقفلة. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="152"/>
        <source>Sanad could not update this vault to the new version. The vault was left as it was. Details: %1</source>
        <translation>تعذّر على سند تحديث هذه الخزنة إلى الإصدار الجديد. بقيت الخزنة كما كانت. التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="160"/>
        <source>Your role does not allow this: %1.</source>
        <translation>دورك لا يسمح بهذا: %1.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="166"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="176"/>
        <source>The user name %1 is already taken.</source>
        <translation>اسم المستخدم %1 مستخدَم من قبل.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="183"/>
        <source>Some fields need attention: %1</source>
        <translation>بعض الحقول تحتاج إلى تصحيح: %1</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="191"/>
        <source>Record %1 does not exist (it may have been deleted).</source>
        <translation>السجل %1 غير موجود (ربما حُذف).</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="195"/>
        <source>There is no user called %1.</source>
        <translation>لا يوجد مستخدم باسم %1.</translation>
    </message>
    <message>
        <location filename="../../db/errors.py" line="199"/>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ أي شيء. وفّر بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="67"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>أدخل عدداً صحيحاً من %1 إلى %2.</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="75"/>
        <source>Choose one of the options.</source>
        <translation>اختر أحد الخيارات.</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="83"/>
        <source>This text is too long.</source>
        <translation>هذا النص طويل جداً.</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="133"/>
        <source>The logo must be smaller than 2 MB.</source>
        <translation>يجب أن يكون حجم الشعار أقل من 2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="135"/>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>يجب أن يكون الشعار صورة بصيغة PNG أو JPEG.</translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="64"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>يتكون اسم المستخدم من 2 إلى 64 حرفاً أو رقماً أو نقطة أو شرطة أو شرطة سفلية، من دون مسافات.</translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="77"/>
        <source>A password needs at least %1 characters.</source>
        <translation>يجب ألا يقل عدد أحرف كلمة المرور عن %1.</translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="82"/>
        <source>A password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="236"/>
        <source>The vault must keep at least one active administrator.</source>
        <translation>يجب أن يبقى في الخزنة مدير نظام واحد فعّال على الأقل.</translation>
    </message>
    <message>
        <location filename="../../db/users.py" line="248"/>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="16"/>
        <source>No password given: set SANAD_PASSWORD, use --password-file, or run in a terminal.</source>
        <translation>لم تُدخَل كلمة مرور: عيّن المتغير SANAD_PASSWORD، أو استخدم الخيار --password-file، أو شغّل البرنامج من الطرفية.</translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="39"/>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../desktop/passwords.py" line="44"/>
        <source>No recovery key given: use --recovery-key-file, or run in a terminal to type it.</source>
        <translation>لم يُعطَ مفتاح الاسترداد: استخدم ‎--recovery-key-file‎، أو شغّل الأمر في طرفية لكتابته.</translation>
    </message>
    <message>
        <location filename="../../db/demo.py" line="67"/>
        <source>Demo data can only be added to a demo vault, never to an office&apos;s real records.</source>
        <translation>لا يمكن إضافة البيانات التجريبية إلا إلى خزنة تجريبية، ولا تُضاف أبداً إلى السجلات الحقيقية لأي منظمة.</translation>
    </message>
    <message>
        <location filename="../../db/rotation.py" line="36"/>
        <source>A change of the master key was interrupted. The administrator who started it must sign in to finish it; other users need a new password from that administrator afterwards.</source>
        <translation>انقطع تغيير المفتاح الرئيسي قبل اكتماله. يجب على مدير النظام الذي بدأه تسجيل الدخول لإتمامه، وبعد ذلك يحتاج المستخدمون الآخرون إلى كلمات مرور جديدة منه.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="30"/>
        <source>This is not a date. Write it as 7/3/2015, 3/2015, 2015 or about 2015.</source>
        <translation>هذا ليس تاريخاً. اكتبه بأحد الأشكال: 7/3/2015 أو 3/2015 أو 2015 أو حوالي 2015.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="33"/>
        <source>Write the year with all four digits, for example 2015.</source>
        <translation>اكتب السنة بأرقامها الأربعة، مثلاً 2015.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="34"/>
        <source>If the day and month are not known, write only the year: %1.</source>
        <translation>إذا كان اليوم والشهر غير معروفين، فاكتب السنة فقط: %1.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="37"/>
        <source>If the day is not known, write only the month and year: %1.</source>
        <translation>إذا كان اليوم غير معروف، فاكتب الشهر والسنة فقط: %1.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="38"/>
        <source>There is no month %1. Write the day first, then the month: 7/3/2015 is 7 March.</source>
        <translation>لا يوجد شهر رقمه %1. اكتب اليوم أولاً ثم الشهر، فالتاريخ 7/3/2015 يعني 7 آذار.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="41"/>
        <source>There is no day %1 in any month.</source>
        <translation>لا يوجد يوم %1 في أي شهر.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="42"/>
        <source>There is no 29 February %1: it was not a leap year.</source>
        <translation>لا يوجد يوم 29 شباط %1، فتلك السنة ليست كبيسة.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="43"/>
        <source>There is no %1 February %2.</source>
        <translation>لا يوجد يوم %1 شباط %2.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="47"/>
        <source>There is no 31 April %1: April has 30 days.</source>
        <translation>لا يوجد يوم 31 نيسان %1، فشهر نيسان 30 يوماً فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="48"/>
        <source>There is no 31 June %1: June has 30 days.</source>
        <translation>لا يوجد يوم 31 حزيران %1، فشهر حزيران 30 يوماً فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="49"/>
        <source>There is no 31 September %1: September has 30 days.</source>
        <translation>لا يوجد يوم 31 أيلول %1، فشهر أيلول 30 يوماً فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="50"/>
        <source>There is no 31 November %1: November has 30 days.</source>
        <translation>لا يوجد يوم 31 تشرين الثاني %1، فشهر تشرين الثاني 30 يوماً فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="52"/>
        <source>The date of birth %1 is in the future.</source>
        <translation>تاريخ الميلاد %1 يقع في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="53"/>
        <source>The year %1 is too early: Sanad accepts years of birth from %2. Check the year.</source>
        <translation>السنة %1 قديمة جداً: يقبل سند سنوات الميلاد من %2 فما بعد. تحقّق من السنة.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="56"/>
        <source>Use &quot;about&quot; with a year only, for example: about 2015.</source>
        <translation>استخدم كلمة «حوالي» مع السنة فقط، مثلاً: حوالي 2015.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="224"/>
        <source>Write the first name.</source>
        <translation>اكتب الاسم الأول.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="225"/>
        <source>Write the father&apos;s name, or mark the father as unknown.</source>
        <translation>اكتب اسم الأب، أو أشّر على أن الأب غير معروف.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="226"/>
        <source>Write the grandfather&apos;s name.</source>
        <translation>اكتب اسم الجد.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="227"/>
        <source>Write the family or tribal name (laqab).</source>
        <translation>اكتب اللقب (اسم العائلة أو العشيرة).</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="228"/>
        <source>Write the mother&apos;s full name.</source>
        <translation>اكتب اسم الأم الثلاثي.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="230"/>
        <source>Write the mother&apos;s full name, not only her first name: at least her name and her father&apos;s.</source>
        <translation>اكتب اسم الأم الثلاثي، لا اسمها الأول فقط: اسمها واسم أبيها على الأقل.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="233"/>
        <source>This name is too long: at most %1 characters.</source>
        <translation>هذا الاسم طويل جداً: يجب ألا يزيد عدد أحرفه على %1.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="234"/>
        <source>A name must contain letters, not only digits or signs.</source>
        <translation>يجب أن يحتوي الاسم على حروف، لا على أرقام أو رموز فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="235"/>
        <source>This name contains invisible control characters. Type it again.</source>
        <translation>يحتوي هذا الاسم على رموز تحكّم غير مرئية. أعد كتابته.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="238"/>
        <source>Write the Latin name in Latin letters (A-Z).</source>
        <translation>اكتب الاسم باللغة اللاتينية بحروف لاتينية (A-Z).</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="239"/>
        <source>Choose female or male.</source>
        <translation>اختر الجنس: أنثى أو ذكر.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="253"/>
        <source>This is not a complete Iraqi mobile number. Write it as 07XX XXX XXXX (11 digits).</source>
        <translation>هذا ليس رقماً كاملاً لهاتف محمول عراقي. اكتبه بالشكل 07XX XXX XXXX (11 رقماً).</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="256"/>
        <source>This is not a phone number. Write a mobile as 07XX XXX XXXX, or a landline or foreign number with 7 to 15 digits.</source>
        <translation>هذا ليس رقم هاتف. اكتب رقم الهاتف المحمول بالشكل 07XX XXX XXXX، أو اكتب رقم الهاتف الأرضي أو الأجنبي من 7 إلى 15 رقماً.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="271"/>
        <source>This date of birth (%1) is not after the mother&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation>تاريخ الميلاد هذا (%1) ليس بعد تاريخ ميلاد الأم (%2). تحقّق من أن التاريخين لم يُكتب أحدهما مكان الآخر.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="275"/>
        <source>The mother (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation>كانت الأم (المولودة في %2) ستكون دون سن %3 عند ولادة هذا الشخص (%1). تحقّق من التاريخين.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="278"/>
        <source>This date of birth (%1) is not after the father&apos;s (%2). Check whether the two dates were swapped.</source>
        <translation>تاريخ الميلاد هذا (%1) ليس بعد تاريخ ميلاد الأب (%2). تحقّق من أن التاريخين لم يُكتب أحدهما مكان الآخر.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="282"/>
        <source>The father (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
        <translation>كان الأب (المولود في %2) سيكون دون سن %3 عند ولادة هذا الشخص (%1). تحقّق من التاريخين.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="369"/>
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المدرجة.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="370"/>
        <source>Answer 1 (no difficulty) to 4 (cannot do at all), or leave it empty.</source>
        <translation>أجب من 1 (لا صعوبة) إلى 4 (لا يستطيع أبداً)، أو اتركه فارغاً.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="373"/>
        <source>Write only the number as it is on the civil registry record (digits, up to %1).</source>
        <translation>اكتب الرقم فقط كما هو في قيد الأحوال المدنية (أرقام، حتى %1).</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="376"/>
        <source>This is too long: at most %1 characters.</source>
        <translation>النص طويل جداً: %1 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="377"/>
        <source>This contains invisible control characters. Type it again.</source>
        <translation>يحتوي النص على رموز تحكّم غير مرئية. اكتبه من جديد.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="521"/>
        <source>Choose resident, displaced (IDP), returnee or left a camp.</source>
        <translation>اختر الحالة: مقيم أو نازح أو عائد أو مغادر للمخيم.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="524"/>
        <source>This is not a governorate code. It looks like IQG15.</source>
        <translation>هذا ليس رمز محافظة. رمز المحافظة يكون بالشكل IQG15.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="525"/>
        <source>This is not a district code. It looks like IQG15Q05.</source>
        <translation>هذا ليس رمز قضاء. رمز القضاء يكون بالشكل IQG15Q05.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="526"/>
        <source>This is not a sub-district code. It looks like IQG15Q05N01.</source>
        <translation>هذا ليس رمز ناحية. رمز الناحية يكون بالشكل IQG15Q05N01.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="529"/>
        <source>The district %1 is not in the governorate %2.</source>
        <translation>القضاء %1 لا يقع في المحافظة %2.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="532"/>
        <source>The sub-district %1 is not in the district %2.</source>
        <translation>الناحية %1 لا تقع في القضاء %2.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="588"/>
        <source>The file number pattern must contain {seq} where the running number goes, for example MOS-{year}-{seq:05d}.</source>
        <translation>يجب أن يحتوي نمط رقم الملف على {seq} في موضع الرقم التسلسلي، مثلاً MOS-{year}-{seq:05d}.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="593"/>
        <source>The file number pattern may contain {seq} only once.</source>
        <translation>يجب ألا يحتوي نمط رقم الملف على {seq} إلا مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="594"/>
        <source>The file number pattern may contain {year} only once.</source>
        <translation>يجب ألا يحتوي نمط رقم الملف على {year} إلا مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="595"/>
        <source>The file number pattern has an unknown part %1. Use only {year} and {seq}.</source>
        <translation>في نمط رقم الملف جزء غير معروف هو %1. استخدم {year} و{seq} فقط.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="598"/>
        <source>Write the running number as {seq}, or as {seq:05d} for 5 digits with leading zeros; not %1.</source>
        <translation>اكتب الرقم التسلسلي بالشكل {seq}، أو بالشكل {seq:05d} ليتكوّن من 5 أرقام تُكمَّل بأصفار على اليسار، وليس %1.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="602"/>
        <source>Write the year as {year}; not %1.</source>
        <translation>اكتب السنة بالشكل {year}، وليس %1.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="603"/>
        <source>The file number pattern has a { or } without its partner.</source>
        <translation>في نمط رقم الملف قوس ‎{‎ أو ‎}‎ من دون القوس المقابل له.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="604"/>
        <source>A file number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
        <translation>يجب ألا يحتوي رقم الملف إلا على حروف لاتينية وأرقام والرموز ‎- _ / .‎ (وليس %1).</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="607"/>
        <source>A file number may not contain spaces: use - or / instead.</source>
        <translation>يجب ألا يحتوي رقم الملف على مسافات: استخدم - أو / بدلاً منها.</translation>
    </message>
    <message>
        <location filename="../../db/validation.py" line="608"/>
        <source>File numbers made by this pattern could be longer than %1 characters.</source>
        <translation>قد يتجاوز عدد أحرف أرقام الملفات التي يكوّنها هذا النمط %1.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="144"/>
        <source>A household needs at least one member.</source>
        <translation>يجب أن تضم الأسرة فرداً واحداً على الأقل.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="270"/>
        <source>There is no recorded consent.</source>
        <translation>لا توجد موافقة مسجلة.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="273"/>
        <source>Consent was withdrawn on %1.</source>
        <translation>سُحبت الموافقة بتاريخ %1.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="277"/>
        <source>The consent does not cover referrals.</source>
        <translation>الموافقة لا تشمل الإحالات.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="279"/>
        <source>The consent does not cover sharing with %1.</source>
        <translation>الموافقة لا تشمل مشاركة البيانات مع %1.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="281"/>
        <source>Consent covers this referral.</source>
        <translation>الموافقة تشمل هذه الإحالة.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="290"/>
        <source>Choose who gave consent.</source>
        <translation>اختر من أعطى الموافقة.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="292"/>
        <source>Write the guardian&apos;s name.</source>
        <translation>اكتب اسم الولي أو الوصي.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="295"/>
        <source>Unknown consent scope: %1.</source>
        <translation>نطاق موافقة غير معروف: %1.</translation>
    </message>
    <message>
        <location filename="../../db/people.py" line="297"/>
        <source>Sharing consent must name the agency.</source>
        <translation>يجب أن تذكر موافقة المشاركة اسم الجهة.</translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="65"/>
        <source>The file is empty. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="66"/>
        <source>The file is larger than %1 MB; a place table is far smaller. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="69"/>
        <source>The file is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file renamed. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="74"/>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it and import it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="79"/>
        <source>This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="84"/>
        <source>The workbook contains macros. Save it as an Excel workbook without macros (.xlsx) and import that. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="89"/>
        <source>The workbook is built in an unsafe way (file names leading outside it, or far too much packed data). It was not opened. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="94"/>
        <source>The file is neither an Excel workbook nor a text table Sanad can read. Save it as an Excel workbook (.xlsx) or as CSV UTF-8. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="99"/>
        <source>No COD-AB columns were found (such as ADM1_PCODE, ADM1_AR, ADM1_EN, ADM2_PCODE ...). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="104"/>
        <source>The file has more than %1 rows; a place table is far smaller. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="108"/>
        <source>Sanad could not read the file %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="111"/>
        <source>%1 is not a COD-AB code for a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="112"/>
        <source>%1 has no Arabic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="113"/>
        <source>%1 has no English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="114"/>
        <source>A cell holds a formula (%1); p-codes and place names must be plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="117"/>
        <source>%1 cannot lie in %2: its code does not begin with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="118"/>
        <source>%1 has no %2 code on its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="119"/>
        <source>%1 lies in %2, which is neither in the file nor in Sanad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="120"/>
        <source>%1 appears again with other names (%2 / %3); the first row&apos;s names were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="124"/>
        <source>governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="125"/>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="126"/>
        <source>sub-district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="130"/>
        <source>Write the place&apos;s Arabic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="131"/>
        <source>Write the place&apos;s English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="132"/>
        <source>A place name can be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="133"/>
        <source>A place name cannot begin with = + - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="134"/>
        <source>There is already a place called %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="135"/>
        <source>Places go down to sub-districts; a place cannot be added inside the sub-district %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="138"/>
        <source>%1 already has %2 places added by the office, the most it can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/locations.py" line="139"/>
        <source>There is no place with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="116"/>
        <source>The record %1 was changed after you compared the two records. Nothing was merged: compare them again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="124"/>
        <source>These two records cannot be merged automatically: both have an entry in &quot;%1&quot; that cannot be combined. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="132"/>
        <source>This merge was already undone (%1, by %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="139"/>
        <source>A record cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="140"/>
        <source>Unknown field or choice in the merge: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="141"/>
        <source>The kept record %1 was itself merged into %2 after this merge. Undo that merge first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/merge.py" line="146"/>
        <source>The file number %1 now belongs to another record, so this merge cannot be undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="52"/>
        <source>Someone else saved this record after you opened it. Nothing was overwritten: close the form and open the record again to see their changes, then make yours.</source>
        <translation>حفظ شخص آخر هذا السجل بعد أن فتحته. لم يُستبدل شيء: أغلق النموذج وافتح السجل من جديد لترى تعديلاته، ثم أجرِ تعديلاتك.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="287"/>
        <source>Document %1: choose the type of document.</source>
        <translation>الوثيقة %1: اختر نوع الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="288"/>
        <source>Document %1: the number is too long (at most %2 characters).</source>
        <translation>الوثيقة %1: الرقم طويل جداً (%2 حرفاً على الأكثر).</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="289"/>
        <source>Document %1: %2</source>
        <translation>الوثيقة %1: %2</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="290"/>
        <source>Document %1: the date of issue %2 is in the future.</source>
        <translation>الوثيقة %1: تاريخ الإصدار %2 في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="291"/>
        <source>Document %1: issued (%2) before the person was born (%3).</source>
        <translation>الوثيقة %1: صدرت (%2) قبل ولادة الشخص (%3).</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="292"/>
        <source>Document %1: write the full date of issue (day/month/year), or leave it empty.</source>
        <translation>الوثيقة %1: اكتب تاريخ الإصدار كاملاً (يوم/شهر/سنة)، أو اتركه فارغاً.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="295"/>
        <source>Relation %1: a person cannot be their own relative.</source>
        <translation>القرابة %1: لا يكون الشخص قريباً لنفسه.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="296"/>
        <source>Relation %1: choose how the two are related.</source>
        <translation>القرابة %1: اختر صلة القرابة بينهما.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="297"/>
        <source>Relation %1: this person is listed twice.</source>
        <translation>القرابة %1: هذا الشخص مذكور مرتين.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="298"/>
        <source>Relation %1: that person is no longer in the vault.</source>
        <translation>القرابة %1: لم يعد ذلك الشخص في الخزنة.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="299"/>
        <source>Relation %1: a person has only one mother and one father.</source>
        <translation>القرابة %1: للشخص أم واحدة وأب واحد فقط.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="300"/>
        <source>The file number cannot be empty.</source>
        <translation>لا يمكن أن يكون رقم الملف فارغاً.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="301"/>
        <source>A file number may use letters, digits, - / and . only, up to %1 characters.</source>
        <translation>يتكوّن رقم الملف من حروف وأرقام و - / . فقط، حتى %1 حرفاً.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="304"/>
        <source>The file number %1 is already used by another person.</source>
        <translation>رقم الملف %1 مستخدم لشخص آخر.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="305"/>
        <source>The file number %1 belonged to a record merged into another; file numbers are never reused.</source>
        <translation>رقم الملف %1 كان لسجل دُمج في سجل آخر؛ أرقام الملفات لا يعاد استخدامها.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="308"/>
        <source>The place code %1 is not in the office&apos;s list of places.</source>
        <translation>رمز المكان %1 غير موجود في قائمة أماكن المكتب.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="309"/>
        <source>This date of birth (%1) would make this person younger than, or too young for, their child %2 (born %3).</source>
        <translation>تاريخ الولادة هذا (%1) يجعل هذا الشخص أصغر من طفله %2 (المولود %3) أو أصغر من أن يكون والده.</translation>
    </message>
    <message>
        <location filename="../../db/records.py" line="313"/>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>الملاحظات طويلة جداً: %1 حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../db/subject_access.py" line="59"/>
        <source>Sanad could not write %1. No file was made. Check that the folder exists and the drive is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/subject_access.py" line="66"/>
        <source>Sanad may not write %1 (the folder is read-only or the file is open in another program). No file was made. Choose another place or close the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/subject_access.py" line="339"/>
        <source>Choose a file name ending in .json or .xlsx, matching the format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../pages/security.py" line="121"/>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور الخاصة بي</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="125"/>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="132"/>
        <source>Master key</source>
        <translation>المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="135"/>
        <source>Rotating re-encrypts the whole vault with a new key and gives a new recovery key. Do it if a recovery sheet or a computer may have fallen into the wrong hands. Other users will need a new password from you afterwards.</source>
        <translation>تغيير المفتاح الرئيسي يعيد تشفير الخزنة كاملة بمفتاح جديد ويُصدر مفتاح استرداد جديداً. قم بذلك إذا احتُمل أن تكون ورقة مفتاح الاسترداد أو أحد الحواسيب قد وقع في أيدٍ غير أمينة. بعد ذلك سيحتاج المستخدمون الآخرون إلى كلمة مرور جديدة منك.</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="144"/>
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="147"/>
        <source>Rotate the master key…</source>
        <translation>تغيير المفتاح الرئيسي…</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="156"/>
        <source>Password changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="159"/>
        <source>Rotate the master key now? Other users will need new passwords.</source>
        <translation>هل تريد تغيير المفتاح الرئيسي الآن؟ سيحتاج المستخدمون الآخرون إلى كلمات مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="160"/>
        <source>Rotate</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../pages/security.py" line="160"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../db/office.py" line="32"/>
        <source>Office name (Arabic)</source>
        <translation>اسم المنظمة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="33"/>
        <source>Office name (English)</source>
        <translation>اسم المنظمة (بالإنكليزية)</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="34"/>
        <source>Letterhead lines (Arabic)</source>
        <translation>أسطر ترويسة الكتب (بالعربية)</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="35"/>
        <source>Letterhead lines (English)</source>
        <translation>أسطر ترويسة الكتب (بالإنكليزية)</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="38"/>
        <source>File number pattern ({year}, {seq:05d})</source>
        <translation>نمط رقم الملف (‎{year}‎، ‎{seq:05d}‎)</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="41"/>
        <source>Minutes idle before Sanad locks</source>
        <translation>دقائق عدم النشاط قبل قفل سند</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="45"/>
        <source>Lock when the window is minimised</source>
        <translation>القفل عند تصغير النافذة</translation>
    </message>
    <message>
        <location filename="../../db/office.py" line="48"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="80"/>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="83"/>
        <source>Change logo…</source>
        <translation>تغيير الشعار…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="87"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="92"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="101"/>
        <source>Only an administrator can change these settings.</source>
        <translation>لا يستطيع تغيير هذه الإعدادات إلا مدير النظام.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="112"/>
        <source>Choose logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="112"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="119"/>
        <source>This file is not a picture Sanad can read.</source>
        <translation>هذا الملف ليس صورة يستطيع سند قراءتها.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="154"/>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
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
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <location filename="../subject_access.py" line="83"/>
        <source>Export saved (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../pages/users.py" line="96"/>
        <source>Edit user</source>
        <translation>تعديل المستخدم</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="96"/>
        <source>Add user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="109"/>
        <source>May see sensitive fields</source>
        <translation>مسموح بالاطلاع على الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="112"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="115"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="116"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="60"/>
        <source>Sensitive fields</source>
        <translation>الحقول الحساسة</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="61"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="61"/>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="77"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="77"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="80"/>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="82"/>
        <source>needs a new password</source>
        <translation>بحاجة إلى كلمة مرور جديدة</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="84"/>
        <source>must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="85"/>
        <source>active</source>
        <translation>فعّال</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../pages/users.py" line="197"/>
        <source>Add user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="198"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="199"/>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="200"/>
        <location filename="../pages/users.py" line="242"/>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="220"/>
        <source>User added. They must choose their own password at first sign-in.</source>
        <translation>تمت إضافة المستخدم. عليه أن يختار كلمة مرور خاصة به عند أول تسجيل دخول.</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="231"/>
        <source>New password set. The user must change it at next sign-in.</source>
        <translation>تم تعيين كلمة مرور جديدة. على المستخدم تغييرها عند تسجيل الدخول القادم.</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="239"/>
        <source>Disable %1? Their password will no longer open the vault. If they may have kept a copy of the vault and its key file, also rotate the master key.</source>
        <translation>هل تريد تعطيل %1؟ لن تفتح كلمة مروره الخزنة بعد الآن. وإن كان قد يحتفظ بنسخة من الخزنة وملف مفاتيحها، فغيّر المفتاح الرئيسي أيضاً.</translation>
    </message>
    <message>
        <location filename="../pages/users.py" line="242"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../welcome.py" line="22"/>
        <source>Welcome to Sanad</source>
        <translation>مرحباً بك في سند</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="25"/>
        <source>Sanad keeps your office&apos;s records in one encrypted vault on this computer. There is no vault here yet.</source>
        <translation>يحفظ سند سجلات منظمتك في خزنة مشفّرة واحدة على هذا الحاسوب. لا توجد خزنة هنا حتى الآن.</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="31"/>
        <source>Set up a new vault for my office…</source>
        <translation>إعداد خزنة جديدة لمنظمتي…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="32"/>
        <source>Try the demo vault (synthetic people)</source>
        <translation>تجربة سند بخزنة تجريبية (أشخاص وهميون)</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="33"/>
        <source>Open an existing vault file…</source>
        <translation>فتح ملف خزنة موجود…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="57"/>
        <source>Making the demo vault…</source>
        <translation>جارٍ إنشاء الخزنة التجريبية…</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="76"/>
        <source>Open vault</source>
        <translation>فتح خزنة</translation>
    </message>
    <message>
        <location filename="../welcome.py" line="76"/>
        <source>Sanad vaults (*.sanad)</source>
        <translation>خزنات سند (*.sanad)</translation>
    </message>
</context>
</TS>
