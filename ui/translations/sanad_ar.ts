<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Action</name>
        <message>
            <location filename="../../db/permissions.py" line="48" />
            <source>view people</source>
            <translation>عرض الأشخاص</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="49" />
            <source>register and edit people</source>
            <translation>تسجيل الأشخاص وتعديل بياناتهم</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="50" />
            <source>delete people</source>
            <translation>حذف الأشخاص</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="51" />
            <source>see sensitive fields</source>
            <translation>الاطلاع على الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="52" />
            <source>make referrals</source>
            <translation>إجراء الإحالات</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="53" />
            <source>manage document applications</source>
            <translation>إدارة معاملات الوثائق</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="54" />
            <source>print letters</source>
            <translation>طباعة الكتب</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="55" />
            <source>export data</source>
            <translation>تصدير البيانات</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="56" />
            <source>import data</source>
            <translation>استيراد البيانات</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="57" />
            <source>read the audit log</source>
            <translation>الاطلاع على سجل التدقيق</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="58" />
            <source>manage users</source>
            <translation>إدارة المستخدمين</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="59" />
            <source>change office settings</source>
            <translation>تغيير إعدادات المنظمة</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="60" />
            <source>rotate the master key</source>
            <translation>تغيير المفتاح الرئيسي</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="61" />
            <source>make backups</source>
            <translation>إنشاء نسخ احتياطية</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="62" />
            <source>restore backups</source>
            <translation>الاستعادة من النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="63" />
            <source>archive and purge closed files</source>
            <translation>أرشفة الملفات المغلقة وإتلاف بياناتها</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../wizard.py" line="124" />
            <source>The administrator</source>
            <translation>مدير النظام</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="126" />
            <source>The administrator adds the other users and changes settings. Choose a password of at least 10 characters that nobody else knows.</source>
            <translation>مدير النظام هو من يضيف المستخدمين الآخرين ويغيّر الإعدادات. اختر كلمة مرور لا تقل عن 10 أحرف ولا يعرفها أحد غيرك.</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="134" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="135" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDialog</name>
        <message>
            <location filename="../application_dialog.py" line="232" />
            <source>Document application</source>
            <translation>معاملة وثيقة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="232" />
            <source>New document application</source>
            <translation>معاملة وثيقة جديدة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="257" />
            <location filename="../application_dialog.py" line="755" />
            <source>Move to:</source>
            <translation>نقل إلى:</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="289" />
            <source>Issue a letter…</source>
            <translation>إصدار كتاب…</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="348" />
            <source>Document applied for</source>
            <translation>الوثيقة المطلوبة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="352" />
            <location filename="../application_dialog.py" line="594" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="356" />
            <source>(nobody yet)</source>
            <translation>(لم يُحدَّد بعد)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="360" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="363" />
            <source>office or branch</source>
            <translation>الدائرة أو الفرع</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="367" />
            <source>Authority and office</source>
            <translation>الجهة والدائرة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="373" />
            <source>Case number</source>
            <translation>رقم الدعوى</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="377" />
            <location filename="../application_dialog.py" line="488" />
            <location filename="../application_dialog.py" line="514" />
            <source>Court</source>
            <translation>المحكمة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="386" />
            <source>IQD</source>
            <translation>د.ع</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="389" />
            <source>Paid</source>
            <translation>مدفوعة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="394" />
            <source>Receipt number</source>
            <translation>رقم الوصل</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="398" />
            <source>Fees</source>
            <translation>الرسوم</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="400" />
            <source>Next action</source>
            <translation>الإجراء التالي</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="401" />
            <source>what must be done next, by whom</source>
            <translation>ما يجب فعله بعد ذلك، ومن يقوم به</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="404" />
            <source>Due by</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="421" />
            <source>Due date</source>
            <translation>تاريخ الاستحقاق</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="429" />
            <location filename="../application_dialog.py" line="489" />
            <location filename="../application_dialog.py" line="540" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="430" />
            <source>Application</source>
            <translation>المعاملة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="435" />
            <source>Papers handed in (tick what was submitted; double-click a line to edit it):</source>
            <translation>المستمسكات المقدَّمة (ضع علامة على ما قُدِّم؛ انقر نقراً مزدوجاً على السطر لتعديله):</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="450" />
            <source>Add a line</source>
            <translation>إضافة سطر</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="453" />
            <source>Remove the selected line</source>
            <translation>حذف السطر المحدد</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="461" />
            <source>Obstacles</source>
            <translation>العوائق</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="472" />
            <source>Other obstacles, in your words</source>
            <translation>عوائق أخرى، بكلماتك</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="481" />
            <source>Papers and obstacles</source>
            <translation>المستمسكات والعوائق</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="488" />
            <location filename="../application_dialog.py" line="511" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="488" />
            <location filename="../application_dialog.py" line="518" />
            <source>Judge</source>
            <translation>القاضي</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="489" />
            <location filename="../application_dialog.py" line="524" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="489" />
            <source>Next hearing</source>
            <translation>الجلسة القادمة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="501" />
            <source>Record a hearing</source>
            <translation>تسجيل جلسة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="517" />
            <source>optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="521" />
            <location filename="../application_dialog.py" line="796" />
            <source>(still to come)</source>
            <translation>(لم تُعقد بعد)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="526" />
            <source>Next hearing on</source>
            <translation>الجلسة القادمة في</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="545" />
            <source>Record the hearing</source>
            <translation>تسجيل الجلسة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="547" />
            <source>Enter in this box records the hearing</source>
            <translation>الضغط على Enter في هذا المربع يسجّل الجلسة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="549" />
            <source>A new hearing</source>
            <translation>جلسة جديدة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="562" />
            <source>Hearings</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="567" />
            <source>This application waits for (it cannot finish before these are issued):</source>
            <translation>هذه المعاملة بانتظار (لا يمكن إنجازها قبل صدور هذه):</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="574" />
            <source>Wait for this one</source>
            <translation>انتظار هذه المعاملة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="578" />
            <source>Stop waiting for the selected one</source>
            <translation>إلغاء انتظار المعاملة المحددة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="585" />
            <source>Other applications wait for this one:</source>
            <translation>معاملات أخرى بانتظار هذه المعاملة:</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="588" />
            <source>Dependencies</source>
            <translation>المعاملات المرتبطة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="593" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="593" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="593" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="604" />
            <source>Timeline (newest first)</source>
            <translation>السجل الزمني (الأحدث أولاً)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="622" />
            <source>New</source>
            <translation>جديدة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="623" />
            <source>Starts at the workflow's first step when saved.</source>
            <translation>تبدأ من المرحلة الأولى لمسار العمل عند الحفظ.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="682" />
            <source>(user %1)</source>
            <translation>(المستخدم %1)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="717" />
            <source>%1 (paused at "%2")</source>
            <translation>%1 (توقفت عند «%2»)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="723" />
            <source>Opened %1</source>
            <translation>فُتحت في %1</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="725" />
            <source>finished %1</source>
            <translation>انتهت في %1</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="730" />
            <source>Waiting for: %1</source>
            <translation>بانتظار: %1</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="730" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="745" />
            <source>Move the application to "%1"</source>
            <translation>نقل المعاملة إلى «%1»</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="752" />
            <source>Finished: nothing follows. Open a new application if needed.</source>
            <translation>انتهت: لا مرحلة بعدها. افتح معاملة جديدة إذا لزم الأمر.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="767" />
            <source>Opened at "%1"</source>
            <translation>فُتحت في مرحلة «%1»</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="769" />
            <source>Hearing (stays at "%1")</source>
            <translation>جلسة (تبقى في «%1»)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="773" />
            <source>Hearing: %1</source>
            <translation>جلسة: %1</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="839" />
            <source>%1 — %2: %3 (%4)</source>
            <translation>%1 — %2: %3 (%4)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="843" />
            <source>(no other application in this household)</source>
            <translation>(لا توجد معاملة أخرى في هذه الأسرة)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="905" />
            <source>This date is already past. It will be saved anyway: check it.</source>
            <translation>هذا التاريخ قد مضى. سيُحفظ على أي حال: تحقّق منه.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="950" />
            <source>Application saved.</source>
            <translation>حُفظت المعاملة.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="997" />
            <source>Problems to fix before saving: %1.</source>
            <translation>مشكلات يجب تصحيحها قبل الحفظ: %1.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1010" />
            <source>You have changed this application. Save the changes first?</source>
            <translation>لقد عدّلت هذه المعاملة. هل تحفظ التعديلات أولاً؟</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1011" />
            <source>Save and continue</source>
            <translation>الحفظ والمتابعة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1011" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1058" />
            <source>Moved to "%1".</source>
            <translation>نُقلت إلى «%1».</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1064" />
            <source>A new hearing:</source>
            <translation>جلسة جديدة:</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1086" />
            <source>What happened at the hearing of %1:</source>
            <translation>ما جرى في جلسة %1:</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1119" />
            <source>Hearing recorded.</source>
            <translation>سُجِّلت الجلسة.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1121" />
            <source>The application moved to "%1".</source>
            <translation>انتقلت المعاملة إلى «%1».</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1167" />
            <source>Close without saving? Your changes will be lost.</source>
            <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1168" />
            <source>Close without saving</source>
            <translation>أغلق دون حفظ</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1168" />
            <source>Keep editing</source>
            <translation>متابعة التعديل</translation>
        </message>
    </context>
    <context>
        <name>Applications</name>
        <message>
            <location filename="../../db/applications.py" line="45" />
            <source>ISIS-issued papers not recognised</source>
            <translation>وثائق صادرة عن داعش غير معترف بها</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="46" />
            <source>Father missing or dead without proof</source>
            <translation>الأب مفقود أو متوفى دون إثبات</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="47" />
            <source>No witnesses</source>
            <translation>لا يوجد شهود</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="48" />
            <source>Security objection</source>
            <translation>اعتراض أمني</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="49" />
            <source>Fees</source>
            <translation>الرسوم</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="50" />
            <source>Distance</source>
            <translation>بُعد المسافة</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="51" />
            <source>Fear</source>
            <translation>الخوف</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="54" />
            <source>Adjourned to another day</source>
            <translation>أُجّلت إلى يوم آخر</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="55" />
            <source>Decided in the client's favour</source>
            <translation>حُكم لصالح المستفيد</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="56" />
            <source>Refused</source>
            <translation>رُفضت</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="57" />
            <source>The client did not attend</source>
            <translation>لم يحضر المستفيد</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsModel</name>
        <message>
            <location filename="../pages/applications.py" line="69" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="69" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="69" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="69" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="70" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="70" />
            <source>Next action</source>
            <translation>الإجراء التالي</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="70" />
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="70" />
            <source>Last movement</source>
            <translation>آخر حركة</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="94" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="113" />
            <source>%1 · waiting</source>
            <translation>%1 · بانتظار غيرها</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="123" />
            <source>Waiting for: %1</source>
            <translation>بانتظار: %1</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="123" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <location filename="../pages/applications.py" line="211" />
            <source>Person: any spelling of a name, or a file number</source>
            <translation>الشخص: أي تهجئة للاسم، أو رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="214" />
            <source>Every status</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="215" />
            <source>Every document</source>
            <translation>كل الوثائق</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="217" />
            <source>Every owner</source>
            <translation>كل المسؤولين</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="217" />
            <source>Mine</source>
            <translation>ما يخصّني</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="224" />
            <source>Open only</source>
            <translation>المفتوحة فقط</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="227" />
            <source>Overdue only</source>
            <translation>المتأخرة فقط</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="233" />
            <source>New application…</source>
            <translation>معاملة جديدة…</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="237" />
            <source>Open application</source>
            <translation>فتح المعاملة</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="239" />
            <source>Open the selected application (Enter)</source>
            <translation>فتح المعاملة المحددة (Enter)</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="243" />
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="245" />
            <source>Export the applications listed, with these filters, to an Excel file</source>
            <translation>تصدير المعاملات المعروضة، بعوامل التصفية هذه، إلى ملف Excel</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="322" />
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="328" />
            <source>%1 applications</source>
            <translation>%1 معاملة</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPanel</name>
        <message>
            <location filename="../application_dialog.py" line="1188" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1188" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1188" />
            <source>Next action</source>
            <translation>الإجراء التالي</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1189" />
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1202" />
            <source>New application…</source>
            <translation>معاملة جديدة…</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1206" />
            <source>Open application</source>
            <translation>فتح المعاملة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1224" />
            <source>%1 (waiting)</source>
            <translation>%1 (بانتظار غيرها)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="1229" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location filename="../pages/audit.py" line="19" />
            <source>vault created</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="20" />
            <source>signed in</source>
            <translation>تسجيل دخول</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="21" />
            <source>failed sign-in</source>
            <translation>محاولة دخول فاشلة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="22" />
            <source>unlocked</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="23" />
            <source>locked</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="24" />
            <source>signed out</source>
            <translation>تسجيل خروج</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="25" />
            <source>opened with the recovery key</source>
            <translation>فتح بمفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="26" />
            <source>key file rebuilt</source>
            <translation>إعادة بناء ملف المفاتيح</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="27" />
            <source>master key rotated</source>
            <translation>تغيير المفتاح الرئيسي</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="28" />
            <source>created</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="29" />
            <source>changed</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="30" />
            <source>deleted</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="31" />
            <source>password changed</source>
            <translation>تغيير كلمة المرور</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="32" />
            <source>password reset</source>
            <translation>تعيين كلمة مرور جديدة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="33" />
            <source>refused (role)</source>
            <translation>رفض (الدور)</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="34" />
            <source>printed</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="35" />
            <source>exported</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="36" />
            <source>viewed sensitive fields</source>
            <translation>عرض الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="37" />
            <source>demo data generated</source>
            <translation>توليد بيانات تجريبية</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="38" />
            <source>demo casework generated</source>
            <translation>أُنشئت بيانات عمل تجريبية</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="39" />
            <source>records merged</source>
            <translation>دُمج سجلان</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="40" />
            <source>merge undone</source>
            <translation>أُلغي الدمج</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="41" />
            <source>exported everything about a person</source>
            <translation>صدّر كل البيانات المتعلقة بشخص</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="42" />
            <source>places imported</source>
            <translation>استُوردت الأماكن</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="43" />
            <source>referral refused (no consent)</source>
            <translation>رُفضت الإحالة (لا موافقة)</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="44" />
            <source>letter issued</source>
            <translation>إصدار كتاب</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="45" />
            <source>letter printed</source>
            <translation>طباعة كتاب</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="46" />
            <source>letter reprinted</source>
            <translation>إعادة طباعة كتاب</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="47" />
            <source>letter saved as PDF</source>
            <translation>حفظ كتاب بصيغة PDF</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="48" />
            <source>letter cancelled</source>
            <translation>إلغاء كتاب</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="49" />
            <source>letter verification checked</source>
            <translation>التحقق من صحة كتاب</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="50" />
            <source>letters issued in a batch</source>
            <translation>إصدار كتب دفعة واحدة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="51" />
            <source>list exported to Excel</source>
            <translation>تصدير قائمة إلى Excel</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="52" />
            <source>sensitive fields allowed in an export</source>
            <translation>السماح بالحقول الحساسة في تصدير</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="53" />
            <source>pseudonym key made</source>
            <translation>إنشاء مفتاح الأسماء المستعارة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="54" />
            <source>pseudonym key replaced</source>
            <translation>استبدال مفتاح الأسماء المستعارة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="55" />
            <source>pseudonym key deleted</source>
            <translation>حذف مفتاح الأسماء المستعارة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="56" />
            <source>people imported</source>
            <translation>استيراد أشخاص</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="57" />
            <source>import problems saved to Excel</source>
            <translation>حفظ مشكلات الاستيراد في ملف Excel</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="58" />
            <source>backup made</source>
            <translation>إنشاء نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="59" />
            <source>old backups removed</source>
            <translation>حذف نسخ احتياطية قديمة</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="60" />
            <source>backup restored</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="61" />
            <source>file archived</source>
            <translation>أرشفة ملف</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="62" />
            <source>file purged (retention)</source>
            <translation>إتلاف ملف (مدة الاحتفاظ)</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../pages/audit.py" line="81" />
            <source>No.</source>
            <translation>التسلسل</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="81" />
            <source>Time (UTC)</source>
            <translation>الوقت (UTC)</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="81" />
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="81" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="82" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="82" />
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../pages/audit.py" line="114" />
            <source>Verify the whole log</source>
            <translation>التحقق من السجل كاملاً</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="133" />
            <source>Intact: %1 entries, every link verified. Newest: %2</source>
            <translation>السجل سليم: عدد القيود %1، وتم التحقق من كل الروابط. أحدث قيد: %2</translation>
        </message>
        <message>
            <location filename="../pages/audit.py" line="139" />
            <source>Broken at entry %1. The log was changed outside Sanad.</source>
            <translation>السلسلة مقطوعة عند القيد رقم %1. جرى تغيير السجل خارج سند.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusBar</name>
        <message>
            <location filename="../backup_dialogs.py" line="758" />
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="784" />
            <source>This vault is on a network share. SQLite files on a network share can be damaged when the connection drops: keep the vault on this computer's own disk and put only the backups on the share.</source>
            <translation>هذه الخزنة على مجلد مشترك في الشبكة. قد تتلف ملفات SQLite على مجلد الشبكة عند انقطاع الاتصال: احفظ الخزنة على قرص هذا الحاسوب، وضع النسخ الاحتياطية فقط على مجلد الشبكة.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="793" />
            <source>No backup of this vault has been made yet.</source>
            <translation>لم تُنشأ أي نسخة احتياطية لهذه الخزنة بعد.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="797" />
            <source>The last good backup is %1 days old (%2).</source>
            <translation>عدد الأيام منذ آخر نسخة احتياطية سليمة: %1 (%2).</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="831" />
            <source>The scheduled backup failed: %1</source>
            <translation>فشل النسخ الاحتياطي المجدول: %1</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="837" />
            <source>Backup made: %1.</source>
            <translation>أُنشئت النسخة الاحتياطية: %1.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../backup_dialogs.py" line="66" />
            <source>The file system refused: %1.</source>
            <translation>رفض نظام الملفات العملية: %1.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="76" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="91" />
            <source>%1 GB</source>
            <translation>%1 غيغابايت</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="93" />
            <source>%1 MB</source>
            <translation>%1 ميغابايت</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="94" />
            <source>%1 KB</source>
            <translation>%1 كيلوبايت</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="105" />
            <source>%1 people, %2 households, %3 applications, %4 referrals</source>
            <translation>%1 شخصاً، %2 أسرة، %3 طلباً، %4 إحالة</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="178" />
            <source>Copying the vault (it stays encrypted)…</source>
            <translation>جارٍ نسخ الخزنة (تبقى مشفّرة)…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="179" />
            <source>Checking the copy…</source>
            <translation>جارٍ فحص النسخة…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="180" />
            <source>Writing the backup file…</source>
            <translation>جارٍ كتابة ملف النسخة الاحتياطية…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="181" />
            <source>Done.</source>
            <translation>تمّ.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="208" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="247" />
            <source>Stopping after the current step…</source>
            <translation>سيتوقف بعد الخطوة الحالية…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="425" />
            <location filename="../backup_dialogs.py" line="490" />
            <source>Restoring</source>
            <translation>جارٍ الاستعادة</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="426" />
            <location filename="../backup_dialogs.py" line="491" />
            <source>Checking the backup and opening it…</source>
            <translation>جارٍ فحص النسخة الاحتياطية وفتحها…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="438" />
            <source>Choose a backup</source>
            <translation>اختر نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="440" />
            <source>Sanad backups (*.sanadbak)</source>
            <translation>نسخ سند الاحتياطية (*.sanadbak)</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="462" />
            <source>The backup made %1 is restored: %2. Sign in with your usual password.</source>
            <translation>استُعيدت النسخة الاحتياطية المنشأة في %1: %2. سجّل الدخول بكلمة مرورك المعتادة.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="501" />
            <source>The backup made %1 is restored: %2. The vault that was there is kept as %3. Sign in again with the passwords the backup had.</source>
            <translation>استُعيدت النسخة الاحتياطية المنشأة في %1: %2. حُفظت الخزنة السابقة باسم %3. سجّل الدخول مجدداً بكلمات المرور التي كانت في النسخة.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="539" />
            <location filename="../backup_dialogs.py" line="577" />
            <source>Sanad</source>
            <translation>سند</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="540" />
            <source>Checking the vault…</source>
            <translation>جارٍ فحص الخزنة…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="578" />
            <source>Looking for the newest good backup…</source>
            <translation>جارٍ البحث عن أحدث نسخة احتياطية سليمة…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="587" />
            <source>The vault is damaged (%1). No good backup of it was found in the backup folder. Choose a backup file to restore, or close Sanad and ask for help.</source>
            <translation>الخزنة تالفة (%1). لم يُعثر على نسخة احتياطية سليمة منها في مجلد النسخ الاحتياطية. اختر ملف نسخة احتياطية لاستعادته، أو أغلق سند واطلب المساعدة.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="597" />
            <source>Choose a backup file…</source>
            <translation>اختيار ملف نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="598" />
            <location filename="../backup_dialogs.py" line="626" />
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="612" />
            <source>The vault is damaged (%1). The newest good backup is from %2 (%3), in %4. Restore it? The damaged vault is kept aside, not deleted.</source>
            <translation>الخزنة تالفة (%1). أحدث نسخة احتياطية سليمة بتاريخ %2 (%3)، في %4. هل تريد استعادتها؟ تُحفظ الخزنة التالفة جانباً ولا تُحذف.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="625" />
            <source>Restore the backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="703" />
            <source>%1 damaged pages</source>
            <translation>%1 صفحات تالفة</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="719" />
            <source>Sanad opens the damaged vault as it is. Make no changes you cannot repeat, copy out what you need, and restore a backup as soon as you can.</source>
            <translation>سيفتح سند الخزنة التالفة كما هي. لا تُجرِ تغييرات لا يمكنك إعادتها، وانسخ ما تحتاجه، واستعد نسخة احتياطية في أقرب وقت.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="859" />
            <source>Backing up before closing</source>
            <translation>نسخ احتياطي قبل الإغلاق</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="861" />
            <source>Making the backup in %1 before Sanad closes…</source>
            <translation>جارٍ إنشاء النسخة الاحتياطية في %1 قبل إغلاق سند…</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="865" />
            <source>Skip this time</source>
            <translation>تخطٍّ هذه المرة</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="871" />
            <source>The backup on closing failed: %1</source>
            <translation>فشل النسخ الاحتياطي عند الإغلاق: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <location filename="../pages/backups.py" line="127" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="136" />
            <source>Backup folder or USB drive:</source>
            <translation>مجلد النسخ الاحتياطية أو ذاكرة USB:</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="140" />
            <source>Choose a folder, for example on a USB stick</source>
            <translation>اختر مجلداً، مثلاً على ذاكرة USB</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="142" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="146" />
            <source>Back up now</source>
            <translation>نسخ احتياطي الآن</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="159" />
            <source>Automatic backups into this folder</source>
            <translation>النسخ الاحتياطي التلقائي إلى هذا المجلد</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="162" />
            <source>Every day, while Sanad is open, at or after</source>
            <translation>كل يوم، أثناء فتح سند، عند الساعة أو بعدها</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="178" />
            <source>When Sanad is closed (if anything changed)</source>
            <translation>عند إغلاق سند (إذا تغيّر شيء)</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="183" />
            <source>Keep the last backup of each of the last … days</source>
            <translation>الاحتفاظ بآخر نسخة من كل يوم من آخر … أيام</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="185" />
            <source>Keep the first backup of each of the last … months</source>
            <translation>الاحتفاظ بأول نسخة من كل شهر من آخر … أشهر</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="187" />
            <source>Warn when the last good backup is older than … days</source>
            <translation>التنبيه عندما يزيد عمر آخر نسخة سليمة على … أيام</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="188" />
            <source>Older backups of this vault in the folder are deleted; nothing else there is touched. A deleted person stays in older backups until they are deleted.</source>
            <translation>تُحذف النسخ الأقدم لهذه الخزنة من المجلد، ولا يُمسّ أي شيء آخر فيه. يبقى الشخص المحذوف موجوداً في النسخ الأقدم إلى أن تُحذف.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="195" />
            <source>Save the settings</source>
            <translation>حفظ الإعدادات</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="205" />
            <source>Backups in the folder:</source>
            <translation>النسخ الاحتياطية في المجلد:</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="207" />
            <source>Check the list again</source>
            <translation>إعادة فحص القائمة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="215" />
            <source>Made</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="215" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="215" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="215" />
            <source>Households</source>
            <translation>الأسر</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="215" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="216" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="216" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="227" />
            <source>Test restore…</source>
            <translation>تجربة الاستعادة…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="230" />
            <source>Restore…</source>
            <translation>استعادة…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="233" />
            <source>Restore another file…</source>
            <translation>استعادة ملف آخر…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="264" />
            <source>No backup of this vault has been made yet.</source>
            <translation>لم تُنشأ أي نسخة احتياطية لهذه الخزنة بعد.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="267" />
            <source>Last good backup: %1, %2, %3 (%4).</source>
            <translation>آخر نسخة احتياطية سليمة: %1، %2، %3 (%4).</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="274" />
            <source>Backup folder or USB drive</source>
            <translation>مجلد النسخ الاحتياطية أو ذاكرة USB</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="298" />
            <source>Backup settings saved.</source>
            <translation>حُفظت إعدادات النسخ الاحتياطي.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="312" />
            <source>Choose the backup folder or USB drive first.</source>
            <translation>اختر مجلد النسخ الاحتياطية أو ذاكرة USB أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="320" />
            <source>Back up</source>
            <translation>نسخ احتياطي</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="320" />
            <source>Making the backup…</source>
            <translation>جارٍ إنشاء النسخة الاحتياطية…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="322" />
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="332" />
            <source>Backup written in %1 s: %2, %3. It opens only with a user's password or the recovery key. Keep it away from this computer.</source>
            <translation>كُتبت النسخة الاحتياطية في %1 ثانية: %2، %3. لا تُفتح إلا بكلمة مرور أحد المستخدمين أو بمفتاح الاسترداد. احفظها بعيداً عن هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="337" />
            <source>%1 older backups were deleted from the folder.</source>
            <translation>حُذفت %1 من النسخ الأقدم من المجلد.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="426" />
            <source>Damaged: %1</source>
            <translation>تالفة: %1</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="428" />
            <source>Checking…</source>
            <translation>جارٍ الفحص…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="430" />
            <source>Valid</source>
            <translation>سليمة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="432" />
            <source>Valid (another vault)</source>
            <translation>سليمة (خزنة أخرى)</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="464" />
            <source>Test restore</source>
            <translation>تجربة الاستعادة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="464" />
            <source>Checking every checksum, then opening a temporary copy…</source>
            <translation>جارٍ التحقق من كل مجاميع الاختبار، ثم فتح نسخة مؤقتة…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="470" />
            <source>The backup made %1 is good: every checksum matches and it opens: %2. Nothing was changed.</source>
            <translation>النسخة الاحتياطية المنشأة في %1 سليمة: كل مجاميع الاختبار مطابقة وهي تُفتح: %2. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="497" />
            <source>Replace the vault that is open now with the backup made %1? The current vault is kept aside, and everyone signs in again.</source>
            <translation>هل تريد استبدال الخزنة المفتوحة الآن بالنسخة الاحتياطية المنشأة في %1؟ تُحفظ الخزنة الحالية جانباً، ويسجّل الجميع الدخول مجدداً.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="500" />
            <source>Replace the vault</source>
            <translation>استبدال الخزنة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="500" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="512" />
            <source>The backup is restored as a new vault %1: %2. Open it with Sanad to look at it; the vault open now is unchanged.</source>
            <translation>استُعيدت النسخة الاحتياطية كخزنة جديدة %1: %2. افتحها بسند للاطلاع عليها؛ الخزنة المفتوحة الآن لم تتغير.</translation>
        </message>
    </context>
    <context>
        <name>BatchLetterDialog</name>
        <message>
            <location filename="../letter_batch.py" line="80" />
            <source>Letters for many referrals</source>
            <translation>كتب لعدة إحالات</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="84" />
            <source>Any service</source>
            <translation>أي خدمة</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="86" />
            <source>Referrals for</source>
            <translation>الإحالات إلى</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="87" />
            <source>Only referrals still open</source>
            <translation>الإحالات المفتوحة فقط</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="97" />
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="97" />
            <source>Select none</source>
            <translation>إلغاء التحديد</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="109" />
            <source>&amp;Template</source>
            <translation>ال&amp;قالب</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="113" />
            <source>&amp;Language of the letters</source>
            <translation>&amp;لغة الكتب</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="131" />
            <source>&amp;Issue the letters</source>
            <translation>إ&amp;صدار الكتب</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="133" />
            <source>&amp;Stop</source>
            <translation>إي&amp;قاف</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="135" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="136" />
            <source>Save as &amp;PDF…</source>
            <translation>حفظ بصيغة &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="193" />
            <source>%1 referrals chosen</source>
            <translation>تم اختيار %1 إحالة</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="198" />
            <source>Choose at least one referral.</source>
            <translation>اختر إحالة واحدة على الأقل.</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="205" />
            <source>Issuing the letters…</source>
            <translation>جارٍ إصدار الكتب…</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="220" />
            <source>Stopping after the letter being made…</source>
            <translation>سيتوقف بعد الكتاب الجاري إعداده…</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="235" />
            <source>The letters could not be made. Nothing more was issued.</source>
            <translation>تعذّر إعداد الكتب. لم يصدر أي كتاب آخر.</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="238" />
            <source>%1 letters issued and stored.</source>
            <translation>صدر %1 كتاباً وحُفظت.</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="240" />
            <source>Stopped: the letters issued before you stopped stay issued and are listed on the Letters page.</source>
            <translation>توقف الإصدار: الكتب التي صدرت قبل الإيقاف تبقى صادرة وتظهر في صفحة الكتب.</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="243" />
            <source>%1 could not be made: %2</source>
            <translation>تعذّر إعداد %1: %2</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="258" />
            <source>The letters were sent to the printer.</source>
            <translation>أُرسلت الكتب إلى الطابعة.</translation>
        </message>
        <message>
            <location filename="../letter_batch.py" line="271" />
            <source>Letters saved as PDF.</source>
            <translation>حُفظت الكتب بصيغة PDF.</translation>
        </message>
    </context>
    <context>
        <name>CaseworkNames</name>
        <message>
            <location filename="../application_dialog.py" line="127" />
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../pages/security.py" line="62" />
            <source>Choose your password</source>
            <translation>اختر كلمة المرور الخاصة بك</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="65" />
            <source>An administrator gave you a temporary password. Choose your own now.</source>
            <translation>أعطاك مدير النظام كلمة مرور مؤقتة. اختر الآن كلمة مرور خاصة بك.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordForm</name>
        <message>
            <location filename="../pages/security.py" line="36" />
            <source>Current password</source>
            <translation>كلمة المرور الحالية</translation>
        </message>
    </context>
    <context>
        <name>ChecklistEditor</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="419" />
            <source>Add a line</source>
            <translation>إضافة سطر</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="421" />
            <source>Remove the selected line</source>
            <translation>حذف السطر المحدد</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="423" />
            <source>Papers to hand in for</source>
            <translation>المستمسكات المطلوبة لـ</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="431" />
            <source>A new application starts with these lines; applications already open keep theirs.</source>
            <translation>تبدأ كل معاملة جديدة بهذه الأسطر؛ وتحتفظ المعاملات المفتوحة بأسطرها.</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="485" />
            <source>Checklist saved.</source>
            <translation>حُفظت قائمة المستمسكات.</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <location filename="../../db/choices.py" line="15" />
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="15" />
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="18" />
            <source>Single</source>
            <translation>أعزب/عزباء</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="19" />
            <source>Married</source>
            <translation>متزوج/متزوجة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="20" />
            <source>Married, marriage not registered</source>
            <translation>متزوجة، والزواج غير مسجّل</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="21" />
            <source>Husband missing or detained</source>
            <translation>الزوج مفقود أو محتجز</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="22" />
            <source>Widowed</source>
            <translation>أرمل/أرملة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="23" />
            <source>Divorced</source>
            <translation>مطلّق/مطلّقة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="24" />
            <source>Separated</source>
            <translation>منفصل/منفصلة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="28" />
            <source>Iraqi</source>
            <translation>عراقي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="29" />
            <source>Foreign</source>
            <translation>أجنبي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="30" />
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="34" />
            <source>Enrolled</source>
            <translation>مسجّل في المدرسة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="35" />
            <source>Never enrolled</source>
            <translation>لم يسجَّل أبداً</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="36" />
            <source>Dropped out</source>
            <translation>منقطع عن الدراسة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="37" />
            <source>Not of school age</source>
            <translation>ليس في سن الدراسة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="41" />
            <source>Head of household</source>
            <translation>ربّ/ربّة الأسرة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="42" />
            <location filename="../../db/choices.py" line="73" />
            <source>Spouse</source>
            <translation>زوج/زوجة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="43" />
            <source>Son</source>
            <translation>ابن</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="44" />
            <source>Daughter</source>
            <translation>ابنة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="45" />
            <location filename="../../db/choices.py" line="70" />
            <source>Mother</source>
            <translation>أم</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="46" />
            <location filename="../../db/choices.py" line="76" />
            <source>Grandchild</source>
            <translation>حفيد/حفيدة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="47" />
            <location filename="../../db/choices.py" line="79" />
            <source>Other relative</source>
            <translation>قريب آخر</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="53" />
            <source>Seeing, even if wearing glasses</source>
            <translation>الرؤية، حتى مع النظارة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="54" />
            <source>Hearing, even if using a hearing aid</source>
            <translation>السمع، حتى مع السماعة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="55" />
            <source>Walking or climbing steps</source>
            <translation>المشي أو صعود الدرج</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="56" />
            <source>Remembering or concentrating</source>
            <translation>التذكّر أو التركيز</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="57" />
            <source>Self-care, such as washing or dressing</source>
            <translation>العناية الذاتية، كالاغتسال أو ارتداء الملابس</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="58" />
            <source>Communicating, understanding or being understood</source>
            <translation>التواصل، الفهم أو أن يُفهَم</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="61" />
            <source>No difficulty</source>
            <translation>لا صعوبة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="62" />
            <source>Some difficulty</source>
            <translation>بعض الصعوبة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="63" />
            <source>A lot of difficulty</source>
            <translation>صعوبة كبيرة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="64" />
            <source>Cannot do at all</source>
            <translation>لا يستطيع أبداً</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="71" />
            <source>Father</source>
            <translation>أب</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="72" />
            <source>Child</source>
            <translation>ابن/ابنة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="74" />
            <source>Brother or sister</source>
            <translation>أخ أو أخت</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="75" />
            <source>Grandparent</source>
            <translation>جد أو جدة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="77" />
            <source>Guardian</source>
            <translation>وصي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="78" />
            <source>Under guardianship of this person</source>
            <translation>تحت وصاية هذا الشخص</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="83" />
            <source>Unified National Card</source>
            <translation>البطاقة الوطنية الموحدة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="84" />
            <source>Civil status ID (older)</source>
            <translation>هوية الأحوال المدنية (القديمة)</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="85" />
            <source>Nationality certificate</source>
            <translation>شهادة الجنسية العراقية</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="86" />
            <source>Birth certificate</source>
            <translation>شهادة الولادة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="87" />
            <source>Hospital birth notice</source>
            <translation>بيان الولادة من المستشفى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="88" />
            <source>Marriage contract or ratification</source>
            <translation>عقد الزواج أو تصديقه</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="89" />
            <source>Death certificate or proof of death</source>
            <translation>شهادة الوفاة أو حجة الوفاة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="90" />
            <source>Guardianship or custody deed</source>
            <translation>حجة الوصاية أو الحضانة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="91" />
            <source>Residence card</source>
            <translation>بطاقة السكن</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="92" />
            <source>Ration card</source>
            <translation>البطاقة التموينية</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="93" />
            <source>Passport</source>
            <translation>جواز السفر</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="94" />
            <source>Paper issued by ISIS (evidence only)</source>
            <translation>وثيقة صادرة عن داعش (للاستدلال فقط)</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="95" />
            <source>Other document</source>
            <translation>وثيقة أخرى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="99" />
            <source>The person</source>
            <translation>الشخص نفسه</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="100" />
            <source>A guardian</source>
            <translation>وليّ الأمر أو الوصي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="103" />
            <source>Registration</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="104" />
            <source>Referral to services</source>
            <translation>الإحالة إلى الخدمات</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="105" />
            <source>Sharing with a named agency</source>
            <translation>المشاركة مع جهة مسمّاة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="106" />
            <source>Photo</source>
            <translation>التصوير</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="112" />
            <source>School enrolment</source>
            <translation>التسجيل في المدرسة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="113" />
            <source>Health centre</source>
            <translation>مركز صحي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="114" />
            <source>Psychosocial support</source>
            <translation>الدعم النفسي والاجتماعي</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="115" />
            <source>Livelihoods</source>
            <translation>سبل العيش</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="116" />
            <source>Legal representation by another agency</source>
            <translation>تمثيل قانوني من جهة أخرى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="117" />
            <source>Shelter</source>
            <translation>مأوى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="118" />
            <source>Other service</source>
            <translation>خدمة أخرى</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="121" />
            <source>Normal</source>
            <translation>عادية</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="122" />
            <source>Urgent</source>
            <translation>عاجلة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="123" />
            <source>Emergency</source>
            <translation>طارئة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="126" />
            <source>Sent</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="127" />
            <source>Accepted</source>
            <translation>قُبلت</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="128" />
            <source>No answer</source>
            <translation>لا يوجد رد</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="129" />
            <source>Service given</source>
            <translation>قُدِّمت الخدمة</translation>
        </message>
        <message>
            <location filename="../../db/choices.py" line="130" />
            <source>Refused</source>
            <translation>رُفضت</translation>
        </message>
        <message>
            <location filename="../choices.py" line="38" />
            <source>about %1</source>
            <translation>حوالي %1</translation>
        </message>
    </context>
    <context>
        <name>ConditionRow</name>
        <message>
            <location filename="../indicator_dialog.py" line="62" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../pages/person_form.py" line="796" />
            <source>Record consent</source>
            <translation>تسجيل الموافقة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="800" />
            <source>Given by</source>
            <translation>المانح</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="803" />
            <source>Guardian's name</source>
            <translation>اسم الوصي</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="809" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="818" />
            <source>Agencies by name, separated by commas</source>
            <translation>أسماء الجهات، تفصل بينها فواصل</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="819" />
            <source>Share with</source>
            <translation>المشاركة مع</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="838" />
            <source>Tick at least one thing the consent covers.</source>
            <translation>اختر أمراً واحداً على الأقل تشمله الموافقة.</translation>
        </message>
    </context>
    <context>
        <name>CredentialsDialog</name>
        <message>
            <location filename="../backup_dialogs.py" line="265" />
            <source>Open the backup</source>
            <translation>فتح النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="270" />
            <source>A backup opens with the user name and password it had when it was made, or with the vault's recovery key.</source>
            <translation>تُفتح النسخة الاحتياطية باسم المستخدم وكلمة المرور اللذين كانا عند إنشائها، أو بمفتاح استرداد الخزنة.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="282" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="283" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="284" />
            <source>Use the recovery key instead</source>
            <translation>استخدام مفتاح الاسترداد بدلاً من ذلك</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="291" />
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="296" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="297" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="314" />
            <source>Enter the recovery key.</source>
            <translation>أدخل مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="317" />
            <source>Enter the user name and the password.</source>
            <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../widgets.py" line="33" />
            <source>DEMO VAULT: synthetic people, not real data.</source>
            <translation>خزنة تجريبية: أشخاص وهميون، وليست بيانات حقيقية.</translation>
        </message>
        <message>
            <location filename="../widgets.py" line="35" />
            <source>User: admin, password: %1</source>
            <translation>المستخدم: admin، كلمة المرور: %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentTypesEditor</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="202" />
            <source>Add a document type</source>
            <translation>إضافة نوع وثيقة</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="206" />
            <source>A document type is never deleted: untick "Offered" to stop offering it. Papers issued by ISIS are evidence only: never applied for, never counted as held.</source>
            <translation>لا يُحذف نوع الوثيقة أبداً: أزل علامة «معروض للاختيار» لإيقاف عرضه. الوثائق الصادرة عن داعش للاستدلال فقط: لا تُقدَّم لها معاملة ولا تُحتسب وثيقةً متوفرة.</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="256" />
            <source>Document types saved.</source>
            <translation>حُفظت أنواع الوثائق.</translation>
        </message>
    </context>
    <context>
        <name>Donor</name>
        <message>
            <location filename="../../exports/donor.py" line="64" />
            <source>Shapes and text boxes will be dropped.</source>
            <translation>ستُحذف الأشكال ومربعات النص.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="65" />
            <source>Pictures (logos) will be dropped or changed.</source>
            <translation>ستُحذف الصور (الشعارات) أو تتغير.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="66" />
            <source>Charts will be dropped or lose some of their formatting.</source>
            <translation>ستُحذف المخططات أو يضيع بعض تنسيقها.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="67" />
            <source>Buttons, check boxes and other form controls will be dropped.</source>
            <translation>ستُحذف الأزرار ومربعات الاختيار وعناصر النماذج الأخرى.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="68" />
            <source>Slicers and timelines will be dropped.</source>
            <translation>ستُحذف أدوات التقطيع والمخططات الزمنية.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="69" />
            <source>Pivot tables will be kept but not refreshed.</source>
            <translation>ستبقى الجداول المحورية لكنها لن تُحدَّث.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="70" />
            <source>Newer Excel features (sparklines, some conditional formats and data validations) may be dropped.</source>
            <translation>قد تُحذف ميزات Excel الأحدث (خطوط المؤشرات، وبعض التنسيقات الشرطية وقواعد التحقق من البيانات).</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="72" />
            <source>Threaded comments will be dropped (notes are kept).</source>
            <translation>ستُحذف التعليقات المتسلسلة (تبقى الملاحظات).</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="73" />
            <source>Some figures are small and show as "&lt;N"; the other figures of the same indicator show as "x" so the small ones cannot be worked out: the donor's own totals will not add them up.</source>
            <translation>بعض الأرقام صغيرة وتظهر بالشكل "&lt;N"، وتظهر بقية أرقام المؤشر نفسه بالشكل "x" كي لا يمكن استنتاج الأرقام الصغيرة: لذلك لن تجمعها مجاميع الجهة المانحة نفسها.</translation>
        </message>
    </context>
    <context>
        <name>DonorMappingDialog</name>
        <message>
            <location filename="../donor_mapping.py" line="57" />
            <source>Map the donor's cells</source>
            <translation>ربط خلايا الجهة المانحة</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="79" />
            <source>Sanad's copy of this workbook will not keep everything:</source>
            <translation>النسخة التي يعدّها سند من هذا المصنف لن تحتفظ بكل شيء:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="93" />
            <source>Sheet:</source>
            <translation>الورقة:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="107" />
            <source>Green: mapped. Yellow: a cell with a label next to it. Grey: the donor's formula (never written over).</source>
            <translation>الأخضر: خلية مربوطة. الأصفر: خلية بجانبها عنوان. الرمادي: معادلة الجهة المانحة (لا يُكتب فوقها أبداً).</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="116" />
            <source>The chosen cell</source>
            <translation>الخلية المختارة</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="120" />
            <source>Cell:</source>
            <translation>الخلية:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="123" />
            <source>Labels next to it:</source>
            <translation>العناوين المجاورة لها:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="126" />
            <source>(nothing)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="130" />
            <source>Indicator:</source>
            <translation>المؤشر:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="133" />
            <source>Breakdown:</source>
            <translation>التفصيل:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="135" />
            <source>Sex:</source>
            <translation>الجنس:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="135" />
            <source>Age group:</source>
            <translation>الفئة العمرية:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="135" />
            <source>District:</source>
            <translation>القضاء:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="136" />
            <source>Displacement:</source>
            <translation>النزوح:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="136" />
            <source>Disability:</source>
            <translation>الإعاقة:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="140" />
            <location filename="../donor_mapping.py" line="282" />
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="146" />
            <source>&amp;Map this cell</source>
            <translation>ا&amp;ربط هذه الخلية</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="149" />
            <source>&amp;Clear this cell</source>
            <translation>أ&amp;فرغ هذه الخلية</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="156" />
            <source>Mapped cells:</source>
            <translation>الخلايا المربوطة:</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="178" />
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="180" />
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <location filename="../donor_mapping.py" line="225" />
            <source>The donor's formula: Sanad does not write here.</source>
            <translation>معادلة الجهة المانحة: لا يكتب سند هنا.</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <location filename="../pages/register.py" line="53" />
            <source>same names</source>
            <translation>الأسماء نفسها</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="54" />
            <source>similar names</source>
            <translation>أسماء متشابهة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="55" />
            <source>same mother's name</source>
            <translation>اسم الأم نفسه</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="56" />
            <source>similar mother's name</source>
            <translation>اسم أم مشابه</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="57" />
            <source>same date of birth</source>
            <translation>تاريخ الميلاد نفسه</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="58" />
            <source>same year of birth</source>
            <translation>سنة الميلاد نفسها</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="59" />
            <source>close year of birth</source>
            <translation>سنة ميلاد قريبة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="60" />
            <source>same phone</source>
            <translation>الهاتف نفسه</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="61" />
            <source>same name in Latin letters</source>
            <translation>الاسم اللاتيني نفسه</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="62" />
            <source>same household</source>
            <translation>الأسرة نفسها</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="63" />
            <source>different sex</source>
            <translation>جنس مختلف</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="64" />
            <source>different mother</source>
            <translation>أم مختلفة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="65" />
            <source>different father</source>
            <translation>أب مختلف</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="66" />
            <source>years of birth apart</source>
            <translation>سنوات الميلاد متباعدة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="71" />
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../pages/duplicates.py" line="175" />
            <source>&amp;Find duplicates</source>
            <translation>&amp;البحث عن السجلات المكررة</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="177" />
            <source>Compare every record in the vault with the others (F5)</source>
            <translation>مقارنة كل سجل في الخزنة بسائر السجلات (F5)</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="179" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="187" />
            <source>Press "Find duplicates" to compare every record with the others.</source>
            <translation>اضغط «البحث عن السجلات المكررة» لمقارنة كل سجل بسائر السجلات.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="221" />
            <source>&amp;Compare and merge…</source>
            <translation>&amp;مقارنة ودمج…</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="224" />
            <source>&amp;Not the same person</source>
            <translation>&amp;ليس الشخص نفسه</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="239" />
            <source>&amp;Undo this merge</source>
            <translation>&amp;التراجع عن هذا الدمج</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="247" />
            <source>Recent merges</source>
            <translation>عمليات الدمج الأخيرة</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="251" />
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="251" />
            <source>Kept record</source>
            <translation>السجل الباقي</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="251" />
            <source>Merged record</source>
            <translation>السجل المدموج</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="252" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="252" />
            <source>Undone</source>
            <translation>التراجع</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="264" />
            <source>Undo the selected merge…</source>
            <translation>التراجع عن الدمج المحدد…</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="306" />
            <source>Comparing records…</source>
            <translation>جارٍ مقارنة السجلات…</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="313" />
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="326" />
            <source>Stopped. Nothing was changed.</source>
            <translation>توقفت المقارنة. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="335" />
            <source>%1 likely pairs, best first.</source>
            <translation>عدد الأزواج المحتملة: %1، الأرجح أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="336" />
            <source>No likely duplicates found.</source>
            <translation>لم يُعثر على سجلات يُحتمل أنها مكررة.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="376" />
            <source>Record %1 was merged into %2.</source>
            <translation>دُمج السجل %1 في السجل %2.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="388" />
            <source>Mark %1 and %2 as two different people? They will not be proposed as duplicates again.</source>
            <translation>هل تريد تسجيل أن %1 و %2 شخصان مختلفان؟ لن يُقترحا بعد ذلك على أنهما مكرران.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="390" />
            <source>Different people</source>
            <translation>شخصان مختلفان</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="390" />
            <location filename="../pages/duplicates.py" line="436" />
            <source>Go back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="401" />
            <source>Marked as different people.</source>
            <translation>سُجِّلا شخصين مختلفين.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="410" />
            <source>%1 by %2</source>
            <translation>%1 بواسطة %2</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="434" />
            <source>Undo the merge of %1 into %2?

%1 comes back as a record of its own, with what was moved to %2.</source>
            <translation>هل تريد التراجع عن دمج %1 في %2؟

سيعود %1 سجلاً مستقلاً ومعه ما نُقل منه إلى %2.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="436" />
            <source>Undo the merge</source>
            <translation>التراجع عن الدمج</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="448" />
            <source>The merge was undone: %1 is a record of its own again.</source>
            <translation>تم التراجع عن الدمج: عاد %1 سجلاً مستقلاً.</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="459" />
            <source>Some things changed after the merge and were left as they are:</source>
            <translation>تغيّرت بعض الأمور بعد الدمج فتُركت كما هي:</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="462" />
            <location filename="../pages/duplicates.py" line="477" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="466" />
            <source>deleted since the merge, so not moved back: %1</source>
            <translation>حُذف بعد الدمج فلم يُعَد: %1</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="469" />
            <source>attached to another person since, so left there: %1</source>
            <translation>رُبط بعد ذلك بشخص آخر فبقي معه: %1</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="472" />
            <source>could not come back because a person they point to is gone: %1</source>
            <translation>تعذّرت إعادته لأن شخصاً يرتبط به لم يعد موجوداً: %1</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="476" />
            <source>edited on %1 after the merge, so the edits were kept: %2</source>
            <translation>عُدِّل في %1 بعد الدمج فأُبقي على التعديلات: %2</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../errors.py" line="21" />
            <source>The disk is full. Nothing was saved. Free some space and try again.</source>
            <translation>القرص ممتلئ. لم يُحفظ أي شيء. وفّر بعض المساحة ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../errors.py" line="23" />
            <source>Sanad could not read or write the vault file. If it is on a USB stick or network folder, check that it is still connected.</source>
            <translation>تعذّر على سند القراءة من ملف الخزنة أو الكتابة فيه. إذا كان الملف على ذاكرة USB (فلاش) أو في مجلد على الشبكة، فتأكد من أنه ما زال متصلاً.</translation>
        </message>
        <message>
            <location filename="../errors.py" line="26" />
            <location filename="../errors.py" line="28" />
            <source>The vault file could not be read. It may be damaged; restore it from a backup.</source>
            <translation>تعذّرت قراءة ملف الخزنة. قد يكون تالفاً؛ استعِده من نسخة احتياطية.</translation>
        </message>
        <message>
            <location filename="../errors.py" line="30" />
            <source>The vault file is read-only. Check the folder's permissions.</source>
            <translation>ملف الخزنة للقراءة فقط. تحقّق من صلاحيات المجلد.</translation>
        </message>
        <message>
            <location filename="../errors.py" line="46" />
            <source>Something unexpected went wrong. Your saved work is safe. If it happens again, copy the details and send them to your administrator.</source>
            <translation>حدث خطأ غير متوقع. عملك المحفوظ في أمان. إذا تكرر ذلك، فانسخ التفاصيل وأرسلها إلى مدير النظام لديكم.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../export_dialog.py" line="88" />
            <source>Export to Excel</source>
            <translation>التصدير إلى Excel</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="96" />
            <source>List:</source>
            <translation>القائمة:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="103" />
            <source>Language of the file:</source>
            <translation>لغة الملف:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="106" />
            <source>All records, or a month such as 2026-10, or 2026-Q4</source>
            <translation>كل السجلات، أو شهر مثل ⁦2026-10⁩، أو ربع سنة مثل ⁦2026-Q4⁩</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="107" />
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="114" />
            <source>Anonymised (for anything that leaves the office)</source>
            <translation>مُجهَّل الهوية (لكل ما يخرج من المنظمة)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="119" />
            <source>No names, phones, dates of birth, addresses or document numbers; file numbers are replaced by pseudonyms.</source>
            <translation>بلا أسماء ولا أرقام هواتف ولا تواريخ ميلاد ولا عناوين ولا أرقام وثائق، وتُستبدل أرقام الملفات بأسماء مستعارة.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="130" />
            <source>Pseudonym key:</source>
            <translation>مفتاح الأسماء المستعارة:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="134" />
            <source>Include sensitive fields</source>
            <translation>تضمين الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="136" />
            <source>Administrators only; recorded in the audit log.</source>
            <translation>للمسؤولين فقط، ويُسجَّل ذلك في سجل التدقيق.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="143" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="148" />
            <source>Save as:</source>
            <translation>الحفظ باسم:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="151" />
            <source>The file is not encrypted. Keep it only as long as it is needed and share it only with those who need it.</source>
            <translation>الملف غير مشفّر. احتفظ به ما دامت الحاجة إليه قائمة فقط، ولا تشاركه إلا مع من يحتاجه.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="165" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="181" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="181" />
            <source>Households</source>
            <translation>الأسر</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="181" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="182" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="182" />
            <source>Hearings</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="182" />
            <source>Letters issued</source>
            <translation>الكتب الصادرة</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="185" />
            <source>%1, the whole list</source>
            <translation>%1، القائمة كاملة</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="186" />
            <source>%1, filtered as on the page</source>
            <translation>%1، بعوامل التصفية المعروضة في الصفحة</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="215" />
            <source>Save the export as</source>
            <translation>حفظ الملف المُصدَّر باسم</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="215" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="235" />
            <source>A named export holds people's names, phone numbers, dates of birth, addresses and document numbers, in a file that is not encrypted. If it is lost or shared, people can be found.

Make a named export only for use inside the office, and never send it outside.</source>
            <translation>التصدير بالأسماء يضع أسماء الأشخاص وأرقام هواتفهم وتواريخ ميلادهم وعناوينهم وأرقام وثائقهم في ملف غير مشفّر. وإذا فُقد الملف أو شورك، أمكن الوصول إلى هؤلاء الأشخاص.

لا تصدّر بالأسماء إلا لاستخدام داخل المنظمة، ولا ترسل الملف إلى خارجها أبداً.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="238" />
            <source>Make a named export</source>
            <translation>التصدير بالأسماء</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="238" />
            <source>Keep it anonymised</source>
            <translation>إبقاؤه مُجهَّل الهوية</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="249" />
            <source>Sensitive fields (perceived affiliation, a detained relative, GBV disclosure, threats) can put people in danger. Include them in this one export? Your name is recorded in the audit log.</source>
            <translation>الحقول الحساسة (الانتماء المُتصوَّر، وجود قريب محتجز، الإفصاح عن العنف القائم على النوع الاجتماعي، التهديدات) قد تعرّض الأشخاص للخطر. هل تريد تضمينها في هذا التصدير وحده؟ سيُسجَّل اسمك في سجل التدقيق.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="251" />
            <source>Include them</source>
            <translation>تضمينها</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="251" />
            <source>Leave them out</source>
            <translation>استبعادها</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="308" />
            <source>This export has names, but its file name %1 says it is anonymised. Save it as %2 instead?</source>
            <translation>هذا التصدير يحوي الأسماء، لكن اسم ملفه %1 يدل على أنه مجهول الهوية. هل تريد حفظه باسم %2 بدلاً من ذلك؟</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="310" />
            <source>Use the new name</source>
            <translation>استخدام الاسم الجديد</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="310" />
            <source>Go back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="332" />
            <source>A file called %1 is already there. Replace it?</source>
            <translation>يوجد هناك ملف باسم %1. هل تريد استبداله؟</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="333" />
            <source>Replace it</source>
            <translation>استبداله</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="333" />
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="336" />
            <source>Reading the list…</source>
            <translation>جارٍ قراءة القائمة…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="355" />
            <source>%1 of %2 rows written</source>
            <translation>كُتب %1 من %2 صفاً</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="360" />
            <source>Exported %1 rows to %2 (not encrypted).</source>
            <translation>صُدِّر %1 صفاً إلى %2 (غير مشفّر).</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="366" />
            <source>Cancelled. No file was made.</source>
            <translation>أُلغي التصدير. لم يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="372" />
            <source>The export failed. No file was made.</source>
            <translation>تعذّر التصدير. لم يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="384" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../import_wizard.py" line="86" />
            <source>Choose the file</source>
            <translation>اختر الملف</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="87" />
            <source>An Excel workbook (.xlsx), a KoboToolbox export or a CSV file. Nothing is written until you have checked every row and confirmed.</source>
            <translation>مصنف Excel بصيغة ‎.xlsx‎، أو ملف مُصدَّر من KoboToolbox، أو ملف CSV. لا يُحفظ شيء قبل أن تفحص كل الأسطر وتؤكد.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="93" />
            <source>File to import</source>
            <translation>الملف المراد استيراده</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="95" />
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="101" />
            <source>Save Sanad's import template…</source>
            <translation>حفظ قالب الاستيراد الخاص بسند…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="103" />
            <source>An empty workbook with the headings Sanad reads without any matching</source>
            <translation>مصنف فارغ بالعناوين التي يقرؤها سند دون حاجة إلى مطابقة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="110" />
            <source>Choose the file to import</source>
            <translation>اختر الملف المراد استيراده</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="110" />
            <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>جداول البيانات (*.xlsx *.csv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="117" />
            <source>Save the import template</source>
            <translation>حفظ قالب الاستيراد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="118" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="128" />
            <source>The template could not be written: %1</source>
            <translation>تعذّرت كتابة القالب: %1</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="130" />
            <source>Template saved.</source>
            <translation>حُفظ القالب.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="144" />
            <source>The file could not be read: %1</source>
            <translation>تعذّرت قراءة الملف: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../wizard.py" line="192" />
            <source>Set up Sanad</source>
            <translation>إعداد سند</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="206" />
            <source>Back</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="207" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="208" />
            <source>Create the vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="209" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../referral_dialog.py" line="538" />
            <source>Record follow-up</source>
            <translation>تسجيل متابعة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="540" />
            <source>%1 → %2</source>
            <translation>%1 ← %2</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="548" />
            <source>On</source>
            <translation>بتاريخ</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="553" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="558" />
            <source>Next follow-up</source>
            <translation>المتابعة القادمة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="561" />
            <source>This closes the referral.</source>
            <translation>بهذا تُغلق الإحالة.</translation>
        </message>
    </context>
    <context>
        <name>HearingOutcomeDialog</name>
        <message>
            <location filename="../pages/my_week.py" line="487" />
            <source>Hearing outcome</source>
            <translation>نتيجة الجلسة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="490" />
            <source>%1, %2: %3 (%4)</source>
            <translation>%1، %2: %3 (%4)</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="491" />
            <source>court not written</source>
            <translation>المحكمة غير مذكورة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="504" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="508" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="509" />
            <source>Next hearing on</source>
            <translation>الجلسة القادمة في</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="522" />
            <source>Record</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="557" />
            <source>Hearing recorded.</source>
            <translation>سُجِّلت الجلسة.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="564" />
            <source>The application moved to "%1".</source>
            <translation>انتقلت المعاملة إلى «%1».</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../pages/home.py" line="39" />
            <source>Signed in as %1.</source>
            <translation>تم تسجيل الدخول باسم %1.</translation>
        </message>
        <message>
            <location filename="../pages/home.py" line="43" />
            <source>In this vault</source>
            <translation>في هذه الخزنة</translation>
        </message>
        <message>
            <location filename="../pages/home.py" line="48" />
            <source>Households</source>
            <translation>الأسر</translation>
        </message>
        <message>
            <location filename="../pages/home.py" line="49" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../pages/home.py" line="50" />
            <source>Women and girls</source>
            <translation>النساء والفتيات</translation>
        </message>
        <message>
            <location filename="../pages/home.py" line="51" />
            <source>Children under 18</source>
            <translation>الأطفال دون 18 سنة</translation>
        </message>
    </context>
    <context>
        <name>HouseholdApplications</name>
        <message>
            <location filename="../pages/household.py" line="338" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="338" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="338" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="339" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="339" />
            <source>Next action</source>
            <translation>الإجراء التالي</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="352" />
            <source>No applications for this household yet.</source>
            <translation>لا معاملات لهذه الأسرة بعد.</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <location filename="../pages/household.py" line="49" />
            <location filename="../pages/household.py" line="187" />
            <source>Household</source>
            <translation>الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="69" />
            <source>Resident</source>
            <translation>مقيم</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="69" />
            <source>Displaced</source>
            <translation>نازح</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="70" />
            <source>Returnee</source>
            <translation>عائد</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="70" />
            <source>Left a camp</source>
            <translation>غادر المخيم</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="83" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="84" />
            <source>Neighbourhood (mahalla)</source>
            <translation>المحلة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="85" />
            <source>Nearest landmark</source>
            <translation>أقرب نقطة دالة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="86" />
            <source>Displacement status</source>
            <translation>حالة النزوح</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="87" />
            <source>Household phone</source>
            <translation>هاتف الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="88" />
            <source>Registry record number</source>
            <translation>رقم السجل</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="89" />
            <source>Registry page number</source>
            <translation>رقم الصحيفة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="90" />
            <source>Civil-status office</source>
            <translation>دائرة الأحوال المدنية</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="91" />
            <source>Governorate of the record</source>
            <translation>محافظة السجل</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="115" />
            <source>Members (Enter or double-click opens a record):</source>
            <translation>أفراد الأسرة (Enter أو النقر المزدوج يفتح السجل):</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="119" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="119" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="119" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="119" />
            <source>Born</source>
            <translation>الولادة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="119" />
            <source>Relationship</source>
            <translation>صلة القرابة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="120" />
            <source>Documents held</source>
            <translation>الوثائق المتوفرة</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="130" />
            <source>Members</source>
            <translation>الأفراد</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="132" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="136" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="143" />
            <source>Open member</source>
            <translation>فتح سجل الفرد</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="146" />
            <source>Add a member…</source>
            <translation>إضافة فرد…</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="153" />
            <source>Plan documents…</source>
            <translation>تخطيط الوثائق…</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="155" />
            <source>Which member lacks which document, and the applications to get them</source>
            <translation>أي فرد تنقصه أي وثيقة، والمعاملات اللازمة للحصول عليها</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="186" />
            <source>Household of %1</source>
            <translation>أسرة %1</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="207" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="208" />
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="250" />
            <source>Household saved.</source>
            <translation>حُفظت الأسرة.</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="318" />
            <source>Close without saving? Your changes will be lost.</source>
            <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="319" />
            <source>Close without saving</source>
            <translation>أغلق دون حفظ</translation>
        </message>
        <message>
            <location filename="../pages/household.py" line="319" />
            <source>Keep editing</source>
            <translation>متابعة التعديل</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../db/importing.py" line="84" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="85" />
            <source>Household reference</source>
            <translation>رمز الأسرة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="86" />
            <source>Relationship to the head</source>
            <translation>صلة القرابة برب الأسرة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="87" />
            <source>First name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="88" />
            <source>Father's name</source>
            <translation>اسم الأب</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="89" />
            <source>Grandfather's name</source>
            <translation>اسم الجد</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="90" />
            <source>Family name (laqab)</source>
            <translation>اللقب</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="91" />
            <source>Mother's full name</source>
            <translation>اسم الأم الثلاثي</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="92" />
            <source>Name in Latin letters</source>
            <translation>الاسم بالحروف اللاتينية</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="93" />
            <source>Sex (F/M)</source>
            <translation>الجنس (F/M)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="94" />
            <source>Date of birth</source>
            <translation>تاريخ الولادة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="95" />
            <source>District</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="96" />
            <source>Sub-district</source>
            <translation>الناحية</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="97" />
            <source>Neighbourhood</source>
            <translation>المحلة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="98" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="99" />
            <source>Displacement status</source>
            <translation>حالة النزوح</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="100" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="101" />
            <source>Date of birth known to</source>
            <translation>دقة تاريخ الميلاد</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="102" />
            <source>Difficulty seeing (Washington Group 1-4)</source>
            <translation>صعوبة في الرؤية (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="103" />
            <source>Difficulty hearing (Washington Group 1-4)</source>
            <translation>صعوبة في السمع (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="104" />
            <source>Difficulty walking or climbing steps (Washington Group 1-4)</source>
            <translation>صعوبة في المشي أو صعود الدرج (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="105" />
            <source>Difficulty remembering or concentrating (Washington Group 1-4)</source>
            <translation>صعوبة في التذكر أو التركيز (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="106" />
            <source>Difficulty with self-care (Washington Group 1-4)</source>
            <translation>صعوبة في العناية الذاتية (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="107" />
            <source>Difficulty communicating (Washington Group 1-4)</source>
            <translation>صعوبة في التواصل (مجموعة واشنطن 1-4)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="108" />
            <source>Consent to registration (yes/no)</source>
            <translation>الموافقة على التسجيل (نعم/لا)</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="109" />
            <source>Date consent was given</source>
            <translation>تاريخ إعطاء الموافقة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="1698" />
            <source>Row</source>
            <translation>السطر</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="1698" />
            <source>Column</source>
            <translation>العمود</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="1699" />
            <source>Problem</source>
            <translation>المشكلة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="1701" />
            <source>Rejected rows</source>
            <translation>الأسطر المرفوضة</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="1702" />
            <source>Warnings</source>
            <translation>التنبيهات</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../import_wizard.py" line="522" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="532" />
            <source>Cancel the import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="536" />
            <source>Save the list of rejected rows…</source>
            <translation>حفظ قائمة الأسطر المرفوضة…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="550" />
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="559" />
            <source>The import failed. Nothing was imported.</source>
            <translation>فشل الاستيراد. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="562" />
            <source>Imported %1 people in %2 households. %3 rows were not imported.</source>
            <translation>استُورد %1 شخصاً في %2 أسرة. لم يُستورد %3 سطر.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="574" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../pages/locations.py" line="103" />
            <source>Import places</source>
            <translation>استيراد الأماكن</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="108" />
            <source>%1: %2 places to add, %3 to rename, %4 unchanged.</source>
            <translation>%1: ‏%2 مكانًا للإضافة، و%3 لتغيير الاسم، و%4 دون تغيير.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="119" />
            <source>%1 places in Sanad are not in this file. They are kept, because records may use them; use Stop offering for any that should no longer be chosen.</source>
            <translation>في سند %1 مكانًا غير موجود في هذا الملف. تبقى كما هي لأن السجلات قد تستخدمها؛ استخدم «إيقاف عرضه» لما لا ينبغي اختياره بعد الآن.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="125" />
            <source>%1 rows have problems and will be skipped:</source>
            <translation>في %1 صفًا مشكلات، وستُتخطّى:</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="135" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="150" />
            <source>Sheet %1, row %2: %3</source>
            <translation>الورقة %1، الصف %2: %3</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="153" />
            <source>Row %1: %2</source>
            <translation>الصف %1: %2</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="155" />
            <source>Renamed %1: %2 / %3 → %4 / %5</source>
            <translation>تغيّر اسم %1: %2 / %3 ← %4 / %5</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="159" />
            <source>New %1: %2 / %3</source>
            <translation>جديد %1: %2 / %3</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="162" />
            <source>… and %1 more new places.</source>
            <translation>… و%1 مكانًا جديدًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../import_wizard.py" line="584" />
            <source>Import people from a spreadsheet</source>
            <translation>استيراد أشخاص من جدول بيانات</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="594" />
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="595" />
            <source>Not yet</source>
            <translation>ليس الآن</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="601" />
            <source>Save the rejected rows</source>
            <translation>حفظ الأسطر المرفوضة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="602" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="615" />
            <source>The report could not be written: %1</source>
            <translation>تعذّرت كتابة التقرير: %1</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="620" />
            <source>Report saved.</source>
            <translation>حُفظ التقرير.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../indicator_dialog.py" line="116" />
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="116" />
            <source>New indicator</source>
            <translation>مؤشر جديد</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="134" />
            <source>Name in Arabic</source>
            <translation>الاسم بالعربية</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="138" />
            <source>Name in English</source>
            <translation>الاسم بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="144" />
            <source>Short code (letters, digits, _)</source>
            <translation>رمز قصير (حروف لاتينية وأرقام و _)</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="149" />
            <source>Counts from</source>
            <translation>يُعدّ من</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="154" />
            <source>Counts</source>
            <translation>يَعُدّ</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="157" />
            <source>In the period when</source>
            <translation>يدخل في الفترة حسب</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="160" />
            <source>Broken down by</source>
            <translation>مفصّل حسب</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="161" />
            <source>In the report</source>
            <translation>في التقرير</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="166" />
            <source>Only records where (all conditions must hold):</source>
            <translation>فقط السجلات التي (يجب أن تتحقق كل الشروط):</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="170" />
            <source>Add a condition</source>
            <translation>إضافة شرط</translation>
        </message>
        <message>
            <location filename="../indicator_dialog.py" line="205" />
            <source>Nothing (one total)</source>
            <translation>لا شيء (مجموع واحد)</translation>
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <location filename="../../db/indicators.py" line="87" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="88" />
            <source>Document applications</source>
            <translation>معاملات الوثائق</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="89" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="92" />
            <source>is one of</source>
            <translation>هو أحد</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="93" />
            <source>is none of</source>
            <translation>ليس أياً من</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="94" />
            <source>is empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="95" />
            <source>is not empty</source>
            <translation>غير فارغ</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="98" />
            <source>Records (documents, services)</source>
            <translation>سجلات (وثائق، خدمات)</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="99" />
            <source>Unique people</source>
            <translation>أشخاص دون تكرار</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="128" />
            <source>Registered on</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="129" />
            <source>Opened on</source>
            <translation>تاريخ الفتح</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="130" />
            <source>Closed on</source>
            <translation>تاريخ الإغلاق</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="131" />
            <source>Sent on</source>
            <translation>تاريخ الإرسال</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="132" />
            <source>Answered on</source>
            <translation>تاريخ الرد</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="133" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="134" />
            <source>Nationality</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="135" />
            <source>Marital status</source>
            <translation>الحالة الزوجية</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="136" />
            <source>School enrolment</source>
            <translation>التسجيل في المدرسة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="137" />
            <source>Relationship to the head of household</source>
            <translation>الصلة برب الأسرة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="138" />
            <source>Displacement status</source>
            <translation>حالة النزوح</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="139" />
            <source>Document type</source>
            <translation>نوع الوثيقة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="140" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="141" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="142" />
            <source>Reason closed</source>
            <translation>سبب الإغلاق</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="143" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="144" />
            <source>Urgency</source>
            <translation>درجة الاستعجال</translation>
        </message>
    </context>
    <context>
        <name>IssueLetterDialog</name>
        <message>
            <location filename="../letter_dialog.py" line="64" />
            <source>Issue a letter</source>
            <translation>إصدار كتاب</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="79" />
            <source>&amp;Template</source>
            <translation>ال&amp;قالب</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="84" />
            <source>&amp;Language of the letter</source>
            <translation>&amp;لغة الكتاب</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="87" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="88" />
            <source>The person's name, mother's name, date of birth and file number come from the record. Correct them in the person's form if they are wrong.</source>
            <translation>اسم الشخص واسم الأم وتاريخ الولادة ورقم الملف مأخوذة من السجل. صحّحها في استمارة الشخص إن كانت خاطئة.</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="117" />
            <source>Issue and &amp;print…</source>
            <translation>إصدار و&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="119" />
            <source>Issue and &amp;save as PDF…</source>
            <translation>إصدار و&amp;حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="194" />
            <source>Preview: the number is given when the letter is issued.</source>
            <translation>معاينة: يُعطى الرقم عند إصدار الكتاب.</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="212" />
            <source>&amp;Print again…</source>
            <translation>إعادة ال&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="213" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="214" />
            <source>Issued: %1, verification code %2. It is stored in the vault.</source>
            <translation>صدر الكتاب: %1، رمز التحقق %2. وهو محفوظ في الخزنة.</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="230" />
            <source>Letter %1 sent to the printer.</source>
            <translation>أُرسل الكتاب %1 إلى الطابعة.</translation>
        </message>
        <message>
            <location filename="../letter_dialog.py" line="244" />
            <source>Letter saved as PDF.</source>
            <translation>حُفظ الكتاب بصيغة PDF.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePane</name>
        <message>
            <location filename="../template_editor.py" line="81" />
            <source>Title (for the list)</source>
            <translation>العنوان (للقائمة)</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="82" />
            <source>Addressee lines</source>
            <translation>أسطر المرسَل إليه</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="83" />
            <source>Subject line</source>
            <translation>سطر الموضوع</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="84" />
            <source>Body (an empty line between paragraphs)</source>
            <translation>المتن (سطر فارغ بين الفقرات)</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="85" />
            <source>Closing</source>
            <translation>الختام</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <location filename="../../exports/letters.py" line="50" />
            <source>Person's full four-part name</source>
            <translation>الاسم الرباعي الكامل للشخص</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="51" />
            <source>Mother's full name</source>
            <translation>اسم الأم الثلاثي</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="52" />
            <source>Date of birth</source>
            <translation>تاريخ الولادة</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="53" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="73" />
            <location filename="../../exports/letters.py" line="54" />
            <source>Document type</source>
            <translation>نوع الوثيقة</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="74" />
            <location filename="../../exports/letters.py" line="55" />
            <source>Court</source>
            <translation>المحكمة</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="75" />
            <location filename="../../exports/letters.py" line="56" />
            <source>Case number</source>
            <translation>رقم الدعوى</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="71" />
            <location filename="../../exports/letters.py" line="57" />
            <source>Receiving organisation</source>
            <translation>الجهة المستقبِلة</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="72" />
            <location filename="../../exports/letters.py" line="58" />
            <source>Focal point</source>
            <translation>نقطة الارتكاز</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="76" />
            <location filename="../../exports/letters.py" line="59" />
            <source>Legal basis</source>
            <translation>السند القانوني</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="77" />
            <location filename="../../exports/letters.py" line="60" />
            <source>Ministry decision number</source>
            <translation>رقم قرار الوزارة</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="78" />
            <location filename="../../exports/letters.py" line="61" />
            <source>Ministry decision date</source>
            <translation>تاريخ قرار الوزارة</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="85" />
            <source>Issued</source>
            <translation>صادر</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="86" />
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="255" />
            <source>title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="256" />
            <source>subject line</source>
            <translation>سطر الموضوع</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="257" />
            <source>body</source>
            <translation>متن الكتاب</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="62" />
            <source>Today's date</source>
            <translation>تاريخ اليوم</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="63" />
            <source>Today's date (Hijri)</source>
            <translation>تاريخ اليوم (هجري)</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="64" />
            <source>Reference number</source>
            <translation>رقم الكتاب</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="79" />
            <location filename="../../exports/letters.py" line="65" />
            <source>Signer's name</source>
            <translation>اسم الموقِّع</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="80" />
            <location filename="../../exports/letters.py" line="66" />
            <source>Signer's title</source>
            <translation>صفة الموقِّع</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="70" />
            <source>%1 is a sensitive field: letters carry only what the receiver needs, never sensitive data.</source>
            <translation>%1 حقل حساس: لا تتضمن الكتب إلا ما تحتاجه الجهة المستقبِلة، ولا تتضمن أي بيانات حساسة.</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="120" />
            <source>A { or } has no partner: write placeholders as {name}.</source>
            <translation>يوجد قوس { أو } بلا قوس مقابل: اكتب الحقول المتغيرة بالشكل {name}.</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="129" />
            <source>Write a wording that depends on the person's sex as {gender:masculine|feminine}, for example %1.</source>
            <translation>اكتب الصيغة التي تتغير بحسب جنس الشخص هكذا {gender:مذكر|مؤنث}، مثلاً %1.</translation>
        </message>
        <message>
            <location filename="../../exports/letters.py" line="136" />
            <source>Unknown placeholder: {%1}</source>
            <translation>حقل متغير غير معروف: {%1}</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="164" />
            <location filename="../letter_preview.py" line="178" />
            <source>Print letter</source>
            <translation>طباعة الكتاب</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="166" />
            <source>Nothing was printed. The letter is issued and stored: print it any time from the Letters page.</source>
            <translation>لم يُطبع شيء. الكتاب صادر ومحفوظ: يمكنك طباعته في أي وقت من صفحة الكتب.</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="175" />
            <location filename="../letter_preview.py" line="184" />
            <source>Printing page %1 of %2…</source>
            <translation>جارٍ طباعة الصفحة %1 من %2…</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="176" />
            <source>Stop printing</source>
            <translation>إيقاف الطباعة</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="193" />
            <source>The printer could not be used (is it connected and switched on?). The letter is issued and stored: print it again from the Letters page.</source>
            <translation>تعذّر استخدام الطابعة (هل هي موصولة ومشغّلة؟). الكتاب صادر ومحفوظ: اطبعه مرة أخرى من صفحة الكتب.</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="201" />
            <source>Printing was stopped. The letters are issued and stored: print them from the Letters page.</source>
            <translation>أُوقفت الطباعة. الكتب صادرة ومحفوظة: اطبعها من صفحة الكتب.</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="211" />
            <source>The PDF file will not be encrypted: anyone who gets the file can read the letter. Save it only where it is needed, and delete it once it has been sent or printed. Continue?</source>
            <translation>لن يكون ملف PDF مشفّراً: كل من يحصل على الملف يستطيع قراءة الكتاب. احفظه فقط حيث تدعو الحاجة، واحذفه بعد إرساله أو طباعته. هل تريد المتابعة؟</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="214" />
            <source>Save the PDF…</source>
            <translation>حفظ ملف PDF…</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="215" />
            <source>Do not save</source>
            <translation>عدم الحفظ</translation>
        </message>
        <message>
            <location filename="../letter_preview.py" line="218" />
            <source>Save letter as PDF</source>
            <translation>حفظ الكتاب بصيغة PDF</translation>
        </message>
    </context>
    <context>
        <name>LettersModel</name>
        <message>
            <location filename="../pages/letters.py" line="78" />
            <source>Reference</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="78" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="78" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="78" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="79" />
            <source>Template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="79" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="79" />
            <source>Issued by</source>
            <translation>أصدره</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="79" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="134" />
            <source>Cancelled: %1</source>
            <translation>ملغى: %1</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../pages/letters.py" line="195" />
            <source>Letters</source>
            <translation>الكتب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="202" />
            <source>Reference or file number</source>
            <translation>العدد أو رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="207" />
            <source>All templates</source>
            <translation>كل القوالب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="220" />
            <source>Issued and cancelled</source>
            <translation>الصادرة والملغاة</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="227" />
            <source>Issued any day</source>
            <translation>صادرة في أي يوم</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="227" />
            <source>Issued this month</source>
            <translation>صادرة هذا الشهر</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="227" />
            <source>Issued last month</source>
            <translation>صادرة الشهر الماضي</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="228" />
            <source>Issued in the last 3 months</source>
            <translation>صادرة خلال الأشهر الثلاثة الأخيرة</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="228" />
            <source>Issued this year</source>
            <translation>صادرة هذا العام</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="228" />
            <source>Issued between…</source>
            <translation>صادرة بين…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="237" />
            <source>and</source>
            <translation>و</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="271" />
            <source>&amp;Print again…</source>
            <translation>إعادة ال&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="273" />
            <source>&amp;Save as PDF…</source>
            <translation>&amp;حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="275" />
            <source>Ca&amp;ncel letter…</source>
            <translation>إل&amp;غاء الكتاب…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="277" />
            <source>&amp;New letter…</source>
            <translation>كتاب &amp;جديد…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="279" />
            <source>Check a &amp;letter…</source>
            <translation>التحقق من &amp;كتاب…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="280" />
            <source>Edit &amp;templates…</source>
            <translation>تحرير ال&amp;قوالب…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="282" />
            <source>Letters for &amp;many referrals…</source>
            <translation>كتب لعدة إ&amp;حالات…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="284" />
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="286" />
            <source>Export the letters listed, with these filters, to an Excel file</source>
            <translation>تصدير الكتب المعروضة، بعوامل التصفية هذه، إلى ملف Excel</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="334" />
            <source>%1 letters</source>
            <translation>%1 كتاب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="363" />
            <source>Choose a letter to see it here.</source>
            <translation>اختر كتاباً لعرضه هنا.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="365" />
            <source>%1 letters chosen.</source>
            <translation>تم اختيار %1 كتاب.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="383" />
            <source>Sent to the printer.</source>
            <translation>أُرسل إلى الطابعة.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="397" />
            <source>Saved as PDF.</source>
            <translation>حُفظ بصيغة PDF.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="404" />
            <source>Cancel letter</source>
            <translation>إلغاء الكتاب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="405" />
            <source>Why is the letter %1 cancelled? Its number stays taken and the letter stays in the list.</source>
            <translation>لماذا يُلغى الكتاب %1؟ يبقى رقمه محجوزاً ويبقى الكتاب في القائمة.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="409" />
            <source>Cancel the letter %1? This cannot be undone.</source>
            <translation>هل تريد إلغاء الكتاب %1؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="410" />
            <source>Cancel the letter</source>
            <translation>إلغاء الكتاب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="410" />
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="418" />
            <source>Letter cancelled.</source>
            <translation>أُلغي الكتاب.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="427" />
            <source>Letter for whom?</source>
            <translation>كتاب لمن؟</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="428" />
            <source>Write a letter…</source>
            <translation>كتابة كتاب…</translation>
        </message>
    </context>
    <context>
        <name>LocationPicker</name>
        <message>
            <location filename="../location_picker.py" line="37" />
            <source>No places yet: an administrator imports the COD-AB table under Places.</source>
            <translation>لا توجد أماكن بعد: يستورد مدير النظام جدول COD-AB من صفحة الأماكن.</translation>
        </message>
        <message>
            <location filename="../location_picker.py" line="44" />
            <source>Governorate</source>
            <translation>المحافظة</translation>
        </message>
        <message>
            <location filename="../location_picker.py" line="45" />
            <source>District</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <location filename="../location_picker.py" line="46" />
            <source>Sub-district</source>
            <translation>الناحية</translation>
        </message>
        <message>
            <location filename="../location_picker.py" line="103" />
            <source>%1 (no longer used)</source>
            <translation>%1 (لم يعد مستخدمًا)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../login.py" line="144" />
            <source>Sanad — sign in</source>
            <translation>سند — تسجيل الدخول</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location filename="../login.py" line="37" />
            <source>Sanad</source>
            <translation>سند</translation>
        </message>
        <message>
            <location filename="../login.py" line="45" />
            <source>Vault: %1</source>
            <translation>الخزنة: %1</translation>
        </message>
        <message>
            <location filename="../login.py" line="56" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../login.py" line="57" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../login.py" line="63" />
            <source>Use the recovery key…</source>
            <translation>استخدام مفتاح الاسترداد…</translation>
        </message>
        <message>
            <location filename="../login.py" line="66" />
            <location filename="../login.py" line="135" />
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <location filename="../login.py" line="100" />
            <source>Enter your user name.</source>
            <translation>أدخل اسم المستخدم.</translation>
        </message>
        <message>
            <location filename="../login.py" line="130" />
            <source>Wait %1 s</source>
            <translation>انتظر %1 ث</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="57" />
            <source>Sanad</source>
            <translation>سند</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="57" />
            <location filename="../main_window.py" line="82" />
            <source>DEMO</source>
            <translation>تجريبي</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="60" />
            <source>Main</source>
            <translation>الشريط الرئيسي</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="67" />
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="72" />
            <source>Lock Sanad now (Ctrl+L)</source>
            <translation>أقفل سند الآن (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="148" />
            <source>User: %1</source>
            <translation>المستخدم: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="150" />
            <source>Role: %1</source>
            <translation>الدور: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="151" />
            <source>sensitive fields</source>
            <translation>الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Vault: %1</source>
            <translation>الخزنة: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="164" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="169" />
            <source>My week</source>
            <translation>أسبوعي</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="172" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="174" />
            <source>Duplicates</source>
            <translation>السجلات المكررة</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="176" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="178" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="182" />
            <source>Letters</source>
            <translation>الكتب</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="186" />
            <source>Reports and exports</source>
            <translation>التقارير والتصدير</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="188" />
            <source>Users</source>
            <translation>المستخدمون</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>Audit log</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="192" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="193" />
            <source>Documents and workflow</source>
            <translation>الوثائق ومسار العمل</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="197" />
            <source>Retention</source>
            <translation>الاحتفاظ بالسجلات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="202" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="208" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="209" />
            <source>My password and keys</source>
            <translation>كلمة المرور والمفاتيح</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="243" />
            <source>Sanad is locked. Enter your password to continue.</source>
            <translation>سند مقفل. أدخل كلمة المرور للمتابعة.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="255" />
            <source>Locked</source>
            <translation>مقفل</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../import_wizard.py" line="234" />
            <source>Match the columns</source>
            <translation>مطابقة الأعمدة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="235" />
            <source>Choose the Sanad field each column holds. Sanad suggested what it recognised; columns left at "Not imported" are left out.</source>
            <translation>اختر حقل سند الذي يحويه كل عمود. اقترح سند ما تعرّف عليه؛ الأعمدة التي تبقى على "لا يُستورد" تُترك.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="239" />
            <source>Saved mapping:</source>
            <translation>مطابقة محفوظة:</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="244" />
            <source>Save this mapping…</source>
            <translation>حفظ هذه المطابقة…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="251" />
            <source>Column in the file</source>
            <translation>العمود في الملف</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="251" />
            <source>First values</source>
            <translation>أولى القيم</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="252" />
            <source>Sanad field</source>
            <translation>حقل سند</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="258" />
            <source>Displacement status when a row has none:</source>
            <translation>حالة النزوح عندما لا يذكرها السطر:</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="261" />
            <source>(none: the row must say)</source>
            <translation>(لا شيء: يجب أن يذكرها السطر)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="261" />
            <source>Resident</source>
            <translation>مقيم</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="262" />
            <source>Displaced</source>
            <translation>نازح</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="262" />
            <source>Returnee</source>
            <translation>عائد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="263" />
            <source>Left a camp</source>
            <translation>غادر المخيم</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="273" />
            <source>(suggested by Sanad)</source>
            <translation>(مقترحة من سند)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="288" />
            <source>Not imported</source>
            <translation>لا يُستورد</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="319" />
            <source>Save this mapping</source>
            <translation>حفظ هذه المطابقة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="319" />
            <source>Name of the mapping:</source>
            <translation>اسم المطابقة:</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="330" />
            <source>Mapping saved.</source>
            <translation>حُفظت المطابقة.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="336" />
            <source>Each Sanad field can come from one column only.</source>
            <translation>كل حقل في سند يؤخذ من عمود واحد فقط.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="339" />
            <source>Choose the column that holds the first name.</source>
            <translation>اختر العمود الذي يحوي الاسم الأول.</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <location filename="../../db/merge.py" line="175" />
            <source>First name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="176" />
            <source>Father's name</source>
            <translation>اسم الأب</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="177" />
            <source>Grandfather's name</source>
            <translation>اسم الجد</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="178" />
            <source>Family name</source>
            <translation>اللقب</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="179" />
            <source>Mother's full name</source>
            <translation>اسم الأم الثلاثي</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="180" />
            <source>Name in Latin letters</source>
            <translation>الاسم بالأحرف اللاتينية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="181" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="182" />
            <source>Date of birth</source>
            <translation>تاريخ الولادة</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="183" />
            <source>Place of birth</source>
            <translation>محل الولادة</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="184" />
            <source>Marital status</source>
            <translation>الحالة الزوجية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="185" />
            <source>Nationality</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="186" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="187" />
            <source>Second phone</source>
            <translation>هاتف ثانٍ</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="188" />
            <source>Difficulty seeing</source>
            <translation>صعوبة في الرؤية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="189" />
            <source>Difficulty hearing</source>
            <translation>صعوبة في السمع</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="190" />
            <source>Difficulty walking</source>
            <translation>صعوبة في المشي</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="191" />
            <source>Difficulty remembering</source>
            <translation>صعوبة في التذكّر</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="192" />
            <source>Difficulty with self-care</source>
            <translation>صعوبة في العناية بالنفس</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="193" />
            <source>Difficulty communicating</source>
            <translation>صعوبة في التواصل</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="194" />
            <source>School</source>
            <translation>المدرسة</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="195" />
            <source>Civil registry record</source>
            <translation>قيد الأحوال المدنية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="197" />
            <source>Lives in</source>
            <translation>محل السكن الحالي</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="198" />
            <source>Comes from</source>
            <translation>المنطقة الأصلية</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="199" />
            <source>Household</source>
            <translation>الأسرة</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="211" />
            <source>Documents held</source>
            <translation>الوثائق المتوفرة</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="212" />
            <source>Related people</source>
            <translation>الأقارب</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="213" />
            <source>Consents (with what they cover)</source>
            <translation>الموافقات (مع ما تشمله)</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="214" />
            <source>Sensitive profile</source>
            <translation>الملف الحساس</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="215" />
            <source>Records marked "not the same person"</source>
            <translation>سجلات مؤشَّر عليها «ليس الشخص نفسه»</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="216" />
            <source>Earlier merges into this record</source>
            <translation>عمليات دمج سابقة في هذا السجل</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="218" />
            <source>Other linked records (%1)</source>
            <translation>سجلات مرتبطة أخرى (%1)</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="224" />
            <source>Archived</source>
            <translation>مؤرشف</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="225" />
            <source>Registered on</source>
            <translation>تاريخ التسجيل</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../merge_dialog.py" line="46" />
            <source>Unknown (registered under the mother)</source>
            <translation>غير معروف (مسجّل على الأم)</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="47" />
            <source>about %1</source>
            <translation>حوالي %1</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="48" />
            <source>record %1, page %2</source>
            <translation>السجل %1، الصحيفة %2</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="49" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="50" />
            <source>Household %1</source>
            <translation>الأسرة %1</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="51" />
            <source>Nothing else is linked to the record that will be removed.</source>
            <translation>لا يرتبط أي شيء آخر بالسجل الذي سيُحذف.</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="52" />
            <source>Moves to the kept record: %1</source>
            <translation>يُنقل إلى السجل الباقي: %1</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="129" />
            <source>Compare and merge two records</source>
            <translation>مقارنة سجلين ودمجهما</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="133" />
            <source>In each highlighted row, choose the value to keep. One record stays; the other is removed, and its documents, relatives, consents and other linked records move to the one that stays. Its file number will still find the kept record. You can undo the merge on the Duplicates page.</source>
            <translation>في كل صف مظلَّل اختر القيمة التي تريد الإبقاء عليها. يبقى أحد السجلين ويُحذف الآخر، وتنتقل وثائقه وأقاربه وموافقاته وسائر السجلات المرتبطة به إلى السجل الباقي، ويظل البحث برقم ملفه يوصل إلى السجل الباقي. يمكنك التراجع عن الدمج من صفحة «السجلات المكررة».</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="154" />
            <source>&amp;Merge…</source>
            <translation>&amp;دمج…</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="174" />
            <source>Staff marked these two records as different people. Merge them only if you are sure they are one person.</source>
            <translation>سبق أن أشار الموظفون إلى أن هذين السجلين لشخصين مختلفين. لا تدمجهما إلا إذا كنت متأكداً أنهما لشخص واحد.</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="189" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="199" />
            <source>First record: %1</source>
            <translation>السجل الأول: %1</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="199" />
            <source>Second record: %1</source>
            <translation>السجل الثاني: %1</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="201" />
            <source>Keep this record (%1)</source>
            <translation>الإبقاء على هذا السجل (%1)</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="206" />
            <source>Which record stays</source>
            <translation>السجل الذي يبقى</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="216" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="258" />
            <source>stays</source>
            <translation>يبقى</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="258" />
            <source>is removed</source>
            <translation>يُحذف</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="288" />
            <source>Merge record %1 into record %2?

%1 will be removed. Its linked records move to %2, with the values you chose. You can undo this on the Duplicates page.</source>
            <translation>هل تريد دمج السجل %1 في السجل %2؟

سيُحذف %1 وتنتقل السجلات المرتبطة به إلى %2 مع القيم التي اخترتها. يمكنك التراجع عن ذلك من صفحة «السجلات المكررة».</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="291" />
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <location filename="../merge_dialog.py" line="291" />
            <source>Go back</source>
            <translation>رجوع</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../backup_dialogs.py" line="478" />
            <location filename="../messages.py" line="13" />
            <location filename="../messages.py" line="28" />
            <source>Sanad</source>
            <translation>سند</translation>
        </message>
        <message>
            <location filename="../messages.py" line="17" />
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../application_dialog.py" line="167" />
            <source>Move the application</source>
            <translation>نقل المعاملة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="169" />
            <source>From "%1" to "%2".</source>
            <translation>من «%1» إلى «%2».</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="177" />
            <source>(choose)</source>
            <translation>(اختر)</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="180" />
            <source>Closed because</source>
            <translation>سبب الإغلاق</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="183" />
            <source>Needed: write why</source>
            <translation>مطلوب: اكتب السبب</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="184" />
            <source>Optional: what happened</source>
            <translation>اختياري: ماذا حدث</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="185" />
            <source>Why</source>
            <translation>الأسباب</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="185" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../application_dialog.py" line="191" />
            <source>Move</source>
            <translation>نقل</translation>
        </message>
    </context>
    <context>
        <name>MyWeekPage</name>
        <message>
            <location filename="../pages/my_week.py" line="118" />
            <source>Mine</source>
            <translation>ما يخصّني</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="119" />
            <source>Whole office</source>
            <translation>المكتب كله</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="122" />
            <source>Show your own week or the whole office's</source>
            <translation>اعرض أسبوعك أنت أو أسبوع المكتب كله</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="125" />
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="127" />
            <source>Read the week again (F5)</source>
            <translation>أعد قراءة الأسبوع (F5)</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="137" />
            <source>Day</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="137" />
            <source>Court</source>
            <translation>المحكمة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="137" />
            <location filename="../pages/my_week.py" line="140" />
            <location filename="../pages/my_week.py" line="143" />
            <location filename="../pages/my_week.py" line="146" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="137" />
            <location filename="../pages/my_week.py" line="140" />
            <location filename="../pages/my_week.py" line="143" />
            <location filename="../pages/my_week.py" line="146" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="137" />
            <location filename="../pages/my_week.py" line="140" />
            <location filename="../pages/my_week.py" line="143" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="138" />
            <location filename="../pages/my_week.py" line="141" />
            <location filename="../pages/my_week.py" line="144" />
            <location filename="../pages/my_week.py" line="147" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="138" />
            <location filename="../pages/my_week.py" line="141" />
            <location filename="../pages/my_week.py" line="144" />
            <location filename="../pages/my_week.py" line="147" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="138" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="140" />
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="140" />
            <source>Next action</source>
            <translation>الإجراء التالي</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="143" />
            <source>Last moved</source>
            <translation>آخر حركة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="143" />
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="146" />
            <source>Follow-up due</source>
            <translation>موعد المتابعة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="146" />
            <source>Reference</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="147" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="147" />
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="148" />
            <source>Record the outcome…</source>
            <translation>تسجيل نتيجة الجلسة…</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="150" />
            <source>Write what happened at the selected hearing (Ctrl+R)</source>
            <translation>اكتب ما جرى في الجلسة المحدَّدة (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="159" />
            <source>No referral follow-up is overdue.</source>
            <translation>لا متابعة إحالة متأخرة.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="162" />
            <source>No hearings this week.</source>
            <translation>لا جلسات هذا الأسبوع.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="163" />
            <source>No next action is due.</source>
            <translation>لا إجراء مستحقاً.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="164" />
            <source>Every open application moved recently.</source>
            <translation>كل المعاملات المفتوحة تحركت مؤخراً.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="299" />
            <source>The office's week</source>
            <translation>أسبوع المكتب</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="299" />
            <source>My week</source>
            <translation>أسبوعي</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="303" />
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="324" />
            <source>The first %1 of %2 are shown.</source>
            <translation>يُعرض أول %1 من أصل %2.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="326" />
            <source>The Applications page lists them all.</source>
            <translation>صفحة المعاملات تعرضها كلها.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="327" />
            <source>The Referrals page lists them all.</source>
            <translation>صفحة الإحالات تعرضها كلها.</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="358" />
            <location filename="../pages/my_week.py" line="388" />
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="360" />
            <source>Tomorrow</source>
            <translation>غداً</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="365" />
            <source>Hearings this week</source>
            <translation>جلسات هذا الأسبوع</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="373" />
            <source>Outcome to record</source>
            <translation>النتيجة لم تُسجَّل</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="375" />
            <source>To come</source>
            <translation>قادمة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="384" />
            <source>Next actions due or overdue</source>
            <translation>الإجراءات المستحقة أو المتأخرة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="394" />
            <source>No movement for %1 days or more</source>
            <translation>معاملات لم تتحرك منذ %1 يوماً أو أكثر</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="404" />
            <source>Referral follow-ups overdue</source>
            <translation>متابعات الإحالة المتأخرة</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="602" />
            <source>Hearings to record: %1</source>
            <translation>جلسات تنتظر تسجيل نتيجتها: %1</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="603" />
            <source>Next actions due today or overdue: %1</source>
            <translation>إجراءات مستحقة اليوم أو متأخرة: %1</translation>
        </message>
        <message>
            <location filename="../pages/my_week.py" line="604" />
            <source>Referral follow-ups overdue: %1</source>
            <translation>متابعات إحالة متأخرة: %1</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <location filename="../widgets.py" line="66" />
            <source>New password</source>
            <translation>كلمة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../widgets.py" line="67" />
            <source>Repeat it</source>
            <translation>أعد كتابتها</translation>
        </message>
        <message>
            <location filename="../widgets.py" line="78" />
            <source>The two passwords are not the same.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
    </context>
    <context>
        <name>OfficePage</name>
        <message>
            <location filename="../wizard.py" line="45" />
            <source>Your office</source>
            <translation>منظمتك</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="46" />
            <source>These names appear on every screen and on letters. You can change them later.</source>
            <translation>تظهر هذه الأسماء في كل شاشة وعلى الكتب. يمكنك تغييرها لاحقاً.</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="54" />
            <source>Office name in Arabic</source>
            <translation>اسم المنظمة بالعربية</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="55" />
            <source>Office name in English</source>
            <translation>اسم المنظمة بالإنكليزية</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="61" />
            <source>Language of the office</source>
            <translation>لغة المنظمة</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="64" />
            <source>No logo</source>
            <translation>لا يوجد شعار</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="66" />
            <source>Choose logo…</source>
            <translation>اختيار الشعار…</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="70" />
            <source>Logo (PNG or JPEG)</source>
            <translation>الشعار (PNG أو JPEG)</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="76" />
            <source>Vault file</source>
            <translation>ملف الخزنة</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="84" />
            <source>Choose logo</source>
            <translation>اختيار الشعار</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="84" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="94" />
            <source>The logo must be a PNG or JPEG picture smaller than 2 MB.</source>
            <translation>يجب أن يكون الشعار صورة بصيغة PNG أو JPEG وحجمها أقل من 2 ميغابايت.</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="107" />
            <source>A file already exists there. Choose another name or folder.</source>
            <translation>يوجد ملف بهذا الاسم في هذا المكان. اختر اسماً أو مجلداً آخر.</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="115" />
            <source>Sanad cannot write in that folder.</source>
            <translation>لا يستطيع سند الكتابة في هذا المجلد.</translation>
        </message>
    </context>
    <context>
        <name>OlderBackupDialog</name>
        <message>
            <location filename="../backup_dialogs.py" line="345" />
            <source>Restore an older backup?</source>
            <translation>استعادة نسخة احتياطية أقدم؟</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="349" />
            <source>The vault has changed since this backup was made. Restoring it replaces the vault with the older data: the changes made after the backup will no longer be in the vault (the current vault is kept aside, not deleted).</source>
            <translation>تغيّرت الخزنة منذ إنشاء هذه النسخة الاحتياطية. استعادتها تستبدل الخزنة بالبيانات الأقدم: التغييرات التي أُجريت بعد النسخة لن تبقى في الخزنة (تُحفظ الخزنة الحالية جانباً ولا تُحذف).</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="360" />
            <source>The backup</source>
            <translation>النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="360" />
            <source>The vault now</source>
            <translation>الخزنة الآن</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="367" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="368" />
            <source>made %1</source>
            <translation>أُنشئت في %1</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="369" />
            <source>last change %1</source>
            <translation>آخر تغيير في %1</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="373" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="374" />
            <source>Households</source>
            <translation>الأسر</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="375" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="376" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="397" />
            <source>Restore the older backup</source>
            <translation>استعادة النسخة الأقدم</translation>
        </message>
        <message>
            <location filename="../backup_dialogs.py" line="400" />
            <source>Keep the vault as it is</source>
            <translation>إبقاء الخزنة كما هي</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../pages/organisations.py" line="44" />
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="44" />
            <source>New organisation</source>
            <translation>جهة جديدة</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="50" />
            <source>Name in Arabic</source>
            <translation>الاسم بالعربية</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="51" />
            <source>Name in English</source>
            <translation>الاسم بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="52" />
            <source>Focal point</source>
            <translation>نقطة الارتكاز</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="53" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="54" />
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="55" />
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="89" />
            <source>Services it takes</source>
            <translation>الخدمات التي تقدمها</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <location filename="../pages/organisations.py" line="133" />
            <source>Show organisations no longer offered</source>
            <translation>إظهار الجهات المتوقف التعامل معها</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="142" />
            <source>Arabic name</source>
            <translation>الاسم العربي</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="142" />
            <source>English name</source>
            <translation>الاسم الإنجليزي</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="142" />
            <source>Services</source>
            <translation>الخدمات</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="142" />
            <source>Focal point</source>
            <translation>نقطة الارتكاز</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="143" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="143" />
            <source>E-mail</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="143" />
            <source>Offered</source>
            <translation>معروض للاختيار</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="155" />
            <source>Add organisation…</source>
            <translation>إضافة جهة…</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="158" />
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="161" />
            <location filename="../pages/organisations.py" line="202" />
            <source>Stop offering</source>
            <translation>إيقاف عرضه</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="178" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="180" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="180" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="201" />
            <source>Offer again</source>
            <translation>إعادة عرضه</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="209" />
            <source>Organisation added.</source>
            <translation>أُضيفت الجهة.</translation>
        </message>
        <message>
            <location filename="../pages/organisations.py" line="218" />
            <source>Organisation saved.</source>
            <translation>حُفظت الجهة.</translation>
        </message>
    </context>
    <context>
        <name>PairsModel</name>
        <message>
            <location filename="../pages/duplicates.py" line="114" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="114" />
            <source>File numbers</source>
            <translation>أرقام الملفات</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="114" />
            <source>Names</source>
            <translation>الأسماء</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="114" />
            <source>Mothers' names</source>
            <translation>أسماء الأمهات</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="115" />
            <source>Born</source>
            <translation>الولادة</translation>
        </message>
        <message>
            <location filename="../pages/duplicates.py" line="115" />
            <source>Why</source>
            <translation>الأسباب</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../pages/people.py" line="50" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="50" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="50" />
            <source>Mother's name</source>
            <translation>اسم الأم</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="50" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="51" />
            <source>Born</source>
            <translation>الميلاد</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="51" />
            <source>District</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="68" />
            <source>F</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="68" />
            <source>M</source>
            <translation>ذكر</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../pages/people.py" line="91" />
            <source>Search: any spelling of a name, a file number or a phone</source>
            <translation>ابحث: بأي كتابة للاسم، أو برقم الملف، أو برقم الهاتف</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="94" />
            <source>Both sexes</source>
            <translation>الجنسان</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="94" />
            <source>Women and girls</source>
            <translation>النساء والفتيات</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="95" />
            <source>Men and boys</source>
            <translation>الرجال والفتيان</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="96" />
            <source>All ages</source>
            <translation>كل الأعمار</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="98" />
            <source>Any displacement status</source>
            <translation>كل حالات النزوح</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="98" />
            <source>Resident</source>
            <translation>مقيم</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="98" />
            <source>Displaced</source>
            <translation>نازح</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="99" />
            <source>Returnee</source>
            <translation>عائد</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="99" />
            <source>Left a camp</source>
            <translation>مغادر للمخيم</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="103" />
            <source>All districts</source>
            <translation>كل الأقضية</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="106" />
            <location filename="../pages/people.py" line="107" />
            <source>(no filter)</source>
            <translation>(الكل)</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="108" />
            <source>Register a household…</source>
            <translation>تسجيل أسرة…</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="115" />
            <source>Holds:</source>
            <translation>يملك:</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="117" />
            <source>Lacks:</source>
            <translation>ينقصه:</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="120" />
            <source>Open record</source>
            <translation>فتح السجل</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="122" />
            <source>Open the selected person's record (Enter)</source>
            <translation>فتح سجل الشخص المحدد (Enter)</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="125" />
            <source>Open household</source>
            <translation>فتح الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="129" />
            <source>List the household</source>
            <translation>عرض أفراد الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="131" />
            <source>Show only the selected person's household in the list</source>
            <translation>اعرض في القائمة أسرة الشخص المحدد فقط</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="134" />
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="136" />
            <source>Export the people listed, with these filters, to an Excel file</source>
            <translation>تصدير الأشخاص المعروضين، بعوامل التصفية هذه، إلى ملف Excel</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="140" />
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="142" />
            <source>Import households and people from an Excel or CSV file</source>
            <translation>استيراد أسر وأشخاص من ملف Excel أو CSV</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="149" />
            <source>Show everyone</source>
            <translation>عرض الجميع</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="207" />
            <source>Household %1</source>
            <translation>الأسرة %1</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="264" />
            <source>Household saved: %1</source>
            <translation>حُفظت الأسرة: %1</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="295" />
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <location filename="../pages/people.py" line="301" />
            <source>%1 people</source>
            <translation>عدد الأشخاص: %1</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../pages/reports.py" line="75" />
            <source>Month</source>
            <translation>شهر</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="76" />
            <source>Quarter</source>
            <translation>ربع سنة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="77" />
            <source>From … to …</source>
            <translation>من … إلى …</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="90" />
            <source>Quarter %1</source>
            <translation>الربع %1</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="99" />
            <source>to</source>
            <translation>إلى</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../pages/person_form.py" line="72" />
            <source>Person record</source>
            <translation>سجل شخص</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="72" />
            <location filename="../pages/person_form.py" line="146" />
            <source>New person</source>
            <translation>شخص جديد</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="118" />
            <source>Household…</source>
            <translation>الأسرة…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="122" />
            <source>Export everything about this person…</source>
            <translation>تصدير كل ما يخص هذا الشخص…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="127" />
            <source>Issue a letter…</source>
            <translation>إصدار كتاب…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="191" />
            <source>First name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="191" />
            <source>Father's name</source>
            <translation>اسم الأب</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="192" />
            <source>Grandfather's name</source>
            <translation>اسم الجد</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="192" />
            <source>Family or tribal name</source>
            <translation>اللقب</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="200" />
            <source>No legal father: registered under the mother</source>
            <translation>لا أب قانوني: مسجّل على اسم الأم</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="205" />
            <source>Mother's full name</source>
            <translation>اسم الأم الثلاثي</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="206" />
            <source>Name in Latin letters</source>
            <translation>الاسم بالأحرف اللاتينية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="207" />
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="208" />
            <source>Date of birth</source>
            <translation>تاريخ الولادة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="209" />
            <source>7/3/2015, 3/2015, 2015 or about 2015</source>
            <translation>7/3/2015 أو 3/2015 أو 2015 أو حوالي 2015</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="210" />
            <source>Place of birth</source>
            <translation>محل الولادة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="211" />
            <source>Relationship to the head</source>
            <translation>صلة القرابة برب الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="212" />
            <location filename="../pages/person_form.py" line="214" />
            <location filename="../pages/person_form.py" line="257" />
            <source>(not set)</source>
            <translation>(غير محدد)</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="213" />
            <source>Marital status</source>
            <translation>الحالة الزوجية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="215" />
            <source>Nationality</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="217" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="218" />
            <source>Second phone</source>
            <translation>هاتف ثانٍ</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="219" />
            <source>Office file number</source>
            <translation>رقم الملف في المكتب</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="220" />
            <source>given when saved</source>
            <translation>يُعطى عند الحفظ</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="223" />
            <source>Identity</source>
            <translation>الهوية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="228" />
            <source>The 1957 civil-registry record, as on the family's papers:</source>
            <translation>قيد الأحوال المدنية (سجل 1957) كما في أوراق العائلة:</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="229" />
            <source>Record number</source>
            <translation>رقم السجل</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="230" />
            <source>Page number</source>
            <translation>رقم الصحيفة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="231" />
            <source>Civil-status office</source>
            <translation>دائرة الأحوال المدنية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="232" />
            <source>Governorate of the record</source>
            <translation>محافظة السجل</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="235" />
            <source>Area of origin</source>
            <translation>المنطقة الأصلية</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="237" />
            <source>Where the person lives now</source>
            <translation>مكان السكن الحالي</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="238" />
            <source>Registry and places</source>
            <translation>القيد والأماكن</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="252" />
            <source>Washington Group questions: does the person have difficulty…</source>
            <translation>أسئلة مجموعة واشنطن: هل يجد الشخص صعوبة في…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="254" />
            <source>(not asked)</source>
            <translation>(لم يُسأل)</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="256" />
            <source>School</source>
            <translation>المدرسة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="258" />
            <source>Disability and school</source>
            <translation>الإعاقة والدراسة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="266" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="266" />
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="266" />
            <source>Date of issue</source>
            <translation>تاريخ الإصدار</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="266" />
            <source>Copy seen</source>
            <translation>اطُّلع على نسخة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="277" />
            <source>Add a document</source>
            <translation>إضافة وثيقة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="280" />
            <source>Remove the selected document</source>
            <translation>حذف الوثيقة المحددة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="288" />
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="294" />
            <source>Relatives recorded in Sanad. When the civil registry shows a different relationship (a child registered under the mother's father appears as her brother or sister), choose it under "As registered".</source>
            <translation>الأقارب المسجّلون في سند. إذا أظهر قيد الأحوال المدنية صلة مختلفة (طفل مسجّل على اسم جده لأمه يظهر أخاً أو أختاً لأمه)، فاخترها تحت «كما في القيد».</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="300" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="300" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="300" />
            <source>Is this person's</source>
            <translation>صلته بهذا الشخص</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="300" />
            <source>As registered</source>
            <translation>كما في القيد</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="314" />
            <source>Find a relative by name or file number, then press Enter</source>
            <translation>ابحث عن قريب بالاسم أو برقم الملف ثم اضغط Enter</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="317" />
            <source>Remove the selected relative</source>
            <translation>حذف القريب المحدد</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="330" />
            <source>Family</source>
            <translation>العائلة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="338" />
            <source>Given by</source>
            <translation>المانح</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="338" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="338" />
            <source>Covers</source>
            <translation>تشمل</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="338" />
            <source>Withdrawn</source>
            <translation>سُحبت</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="344" />
            <source>Record consent…</source>
            <translation>تسجيل موافقة…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="347" />
            <source>Withdraw the selected consent…</source>
            <translation>سحب الموافقة المحددة…</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="355" />
            <source>Consent is saved as soon as it is recorded or withdrawn.</source>
            <translation>تُحفظ الموافقة فور تسجيلها أو سحبها.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="356" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="363" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="364" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="371" />
            <source>This part is shown only to users allowed to see sensitive fields, and only on request. Every time it is shown, the audit log records who saw it.</source>
            <translation>يظهر هذا الجزء فقط للمستخدمين المسموح لهم برؤية الحقول الحساسة، وعند الطلب فقط. في كل مرة يُعرض فيها يسجّل سجل التدقيق من اطّلع عليه.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="375" />
            <source>Show the sensitive profile</source>
            <translation>عرض الملف الحساس</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="383" />
            <source>Perceived affiliation</source>
            <translation>انتماء متصوَّر</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="384" />
            <source>A relative is detained</source>
            <translation>قريب محتجز</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="385" />
            <source>Gender-based violence disclosed</source>
            <translation>أُفصح عن عنف قائم على النوع الاجتماعي</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="386" />
            <source>Has received threats</source>
            <translation>تلقّى تهديدات</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="397" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="401" />
            <source>Sensitive</source>
            <translation>حساس</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="455" />
            <source>Date of issue: day/month/year, for example 3/4/2010</source>
            <translation>تاريخ الإصدار: يوم/شهر/سنة، مثل 3/4/2010</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="463" />
            <source>(the same)</source>
            <translation>(نفسها)</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="487" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="537" />
            <source>Nobody found.</source>
            <translation>لم يُعثر على أحد.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="560" />
            <source>Consent recorded.</source>
            <translation>سُجّلت الموافقة.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="568" />
            <source>This consent was already withdrawn.</source>
            <translation>سُحبت هذه الموافقة من قبل.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="570" />
            <source>Record that this consent is withdrawn today? Referrals that need it will be refused.</source>
            <translation>تسجيل سحب هذه الموافقة اليوم؟ ستُرفض الإحالات التي تحتاجها.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="571" />
            <source>Withdraw consent</source>
            <translation>سحب الموافقة</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="571" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="659" />
            <source>Saved: %1</source>
            <translation>حُفظ: %1</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="662" />
            <source>Saved.</source>
            <translation>حُفظ.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="670" />
            <source>This person is no longer in the vault (deleted or merged by someone else). Nothing was saved.</source>
            <translation>لم يعد هذا الشخص في الخزنة (حذفه أو دمجه شخص آخر). لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="688" />
            <source>%1 %2 (mother: %3), score %4: %5</source>
            <translation>%1 %2 (الأم: %3)، الدرجة %4: %5</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="693" />
            <source>This person may already be in the vault:</source>
            <translation>قد يكون هذا الشخص مسجّلاً في الخزنة من قبل:</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="694" />
            <source>Save as a new person anyway?</source>
            <translation>الحفظ كشخص جديد رغم ذلك؟</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="694" />
            <source>Save as new</source>
            <translation>احفظ كجديد</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="695" />
            <source>Go back and check</source>
            <translation>ارجع وتحقق</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="753" />
            <source>Problems to fix before saving: %1.</source>
            <translation>مشكلات يجب تصحيحها قبل الحفظ: %1.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="783" />
            <source>Close without saving? Your changes will be lost.</source>
            <translation>الإغلاق دون حفظ؟ ستضيع تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="784" />
            <source>Close without saving</source>
            <translation>أغلق دون حفظ</translation>
        </message>
        <message>
            <location filename="../pages/person_form.py" line="784" />
            <source>Keep editing</source>
            <translation>متابعة التعديل</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../pages/applications.py" line="142" />
            <source>New application: whose?</source>
            <translation>معاملة جديدة: لمن؟</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="147" />
            <source>A name in any spelling, or a file number</source>
            <translation>اسم بأي تهجئة، أو رقم ملف</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="156" />
            <source>Choose</source>
            <translation>اختيار</translation>
        </message>
        <message>
            <location filename="../pages/applications.py" line="188" />
            <source>Nobody found.</source>
            <translation>لم يُعثر على أحد.</translation>
        </message>
    </context>
    <context>
        <name>PickPersonDialog</name>
        <message>
            <location filename="../referral_dialog.py" line="91" />
            <source>Who is referred?</source>
            <translation>مَن تُحال؟</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="96" />
            <source>Name, file number or phone</source>
            <translation>الاسم أو رقم الملف أو الهاتف</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="103" />
            <source>Refer this person…</source>
            <translation>إحالة هذا الشخص…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="129" />
            <source>Nobody found.</source>
            <translation>لم يُعثر على أحد.</translation>
        </message>
    </context>
    <context>
        <name>PlaceDialog</name>
        <message>
            <location filename="../pages/locations.py" line="53" />
            <source>Rename place</source>
            <translation>تغيير اسم المكان</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="53" />
            <source>Add a place</source>
            <translation>إضافة مكان</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="56" />
            <source>P-code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="58" />
            <source>Inside</source>
            <translation>ضمن</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="60" />
            <source>Add only a place the COD-AB table lacks. Sanad gives it a code of its own (with an X), which no OCHA table will ever use.</source>
            <translation>أضف فقط مكانًا لا يوجد في جدول COD-AB. يعطيه سند رمزًا خاصًا به (فيه الحرف X) لن يستخدمه أي جدول من OCHA.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="69" />
            <source>Arabic name</source>
            <translation>الاسم العربي</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="71" />
            <source>English name</source>
            <translation>الاسم الإنجليزي</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../pages/locations.py" line="194" />
            <source>Places are stored as OCHA p-codes. Import the COD-AB table for Iraq (HDX: cod-ab-irq, CSV or Excel) to add or update them; nothing is ever deleted, because records use the codes.</source>
            <translation>تُحفظ الأماكن برموز OCHA (p-codes). استورد جدول COD-AB للعراق (من HDX: ‏cod-ab-irq، بصيغة CSV أو Excel) لإضافتها أو تحديثها؛ لا يُحذف أي مكان أبدًا لأن السجلات تستخدم هذه الرموز.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="202" />
            <source>Find a place by name or code</source>
            <translation>ابحث عن مكان بالاسم أو الرمز</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="209" />
            <location filename="../pages/locations.py" line="210" />
            <source>Arabic name</source>
            <translation>الاسم العربي</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="209" />
            <location filename="../pages/locations.py" line="210" />
            <source>English name</source>
            <translation>الاسم الإنجليزي</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="211" />
            <source>P-code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="211" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="211" />
            <source>Offered</source>
            <translation>معروض للاختيار</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="228" />
            <source>No places yet. Import the COD-AB table to begin.</source>
            <translation>لا توجد أماكن بعد. استورد جدول COD-AB للبدء.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="235" />
            <source>Import…</source>
            <translation>استيراد…</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="236" />
            <source>Add place…</source>
            <translation>إضافة مكان…</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="237" />
            <source>Rename…</source>
            <translation>تغيير الاسم…</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="238" />
            <location filename="../pages/locations.py" line="334" />
            <source>Stop offering</source>
            <translation>إيقاف عرضه</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="274" />
            <source>office</source>
            <translation>المكتب</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="274" />
            <source>COD-AB</source>
            <translation>COD-AB</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="279" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="279" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="334" />
            <source>Offer again</source>
            <translation>إعادة عرضه</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="340" />
            <source>Import the COD-AB place table</source>
            <translation>استيراد جدول أماكن COD-AB</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="341" />
            <source>Place tables (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>جداول الأماكن (*.xlsx *.csv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="359" />
            <source>Nothing to import: every place in the file is already in Sanad.</source>
            <translation>لا شيء للاستيراد: كل أماكن الملف موجودة في سند.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="369" />
            <source>Places imported: %1 added, %2 renamed.</source>
            <translation>استُوردت الأماكن: أُضيف %1، وتغيّر اسم %2.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="381" />
            <source>Place added with the code %1.</source>
            <translation>أُضيف المكان بالرمز %1.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="401" />
            <source>%1 is offered again.</source>
            <translation>عاد %1 معروضًا للاختيار.</translation>
        </message>
        <message>
            <location filename="../pages/locations.py" line="402" />
            <source>%1 is no longer offered; records that use it keep it.</source>
            <translation>لم يعد %1 معروضًا للاختيار؛ تحتفظ به السجلات التي تستخدمه.</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../plan_dialog.py" line="44" />
            <source>Plan documents for this household</source>
            <translation>تخطيط وثائق هذه الأسرة</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="52" />
            <source>What each member holds and lacks (papers issued by ISIS never count):</source>
            <translation>ما يملكه كل فرد وما ينقصه (الوثائق الصادرة عن داعش لا تُحتسب أبداً):</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="55" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="55" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="55" />
            <source>Born</source>
            <translation>الولادة</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="56" />
            <source>Holds</source>
            <translation>يملك</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="56" />
            <source>Lacks</source>
            <translation>ينقصه</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="75" />
            <source>Applications to create (untick what is not wanted):</source>
            <translation>المعاملات المقترحة (أزل العلامة عمّا لا تريده):</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="79" />
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="79" />
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="79" />
            <source>Why</source>
            <translation>الأسباب</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="80" />
            <source>Waits for</source>
            <translation>بانتظار</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="106" />
            <source>Owner of the new applications</source>
            <translation>المسؤول عن المعاملات الجديدة</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="109" />
            <source>(nobody yet)</source>
            <translation>(لم يُحدَّد بعد)</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="129" />
            <location filename="../plan_dialog.py" line="141" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="138" />
            <source>(applying)</source>
            <translation>(قيد المعاملة)</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="141" />
            <source>nothing</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="165" />
            <source>Nothing to propose: every member holds what they need or already has an application running.</source>
            <translation>لا شيء يُقترح: كل فرد يملك ما يحتاجه أو لديه معاملة جارية.</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="168" />
            <location filename="../plan_dialog.py" line="198" />
            <source>Create %1 applications</source>
            <translation>إنشاء %1 معاملة</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="177" />
            <source>an application already running (no. %1)</source>
            <translation>معاملة جارية بالفعل (رقم %1)</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="180" />
            <source>%1 of %2</source>
            <translation>%1 لـ %2</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="182" />
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="194" />
            <source>%1 applications wait for one you unticked: they will be created without that link.</source>
            <translation>%1 معاملة بانتظار معاملة أزلت علامتها: ستُنشأ دون هذا الارتباط.</translation>
        </message>
        <message>
            <location filename="../plan_dialog.py" line="212" />
            <source>%1 applications created.</source>
            <translation>أُنشئت %1 معاملة.</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <location filename="../../db/plans.py" line="38" />
            <source>No identity document</source>
            <translation>لا يملك وثيقة هوية</translation>
        </message>
        <message>
            <location filename="../../db/plans.py" line="39" />
            <source>A child without a birth certificate</source>
            <translation>طفل دون شهادة ولادة</translation>
        </message>
        <message>
            <location filename="../../db/plans.py" line="40" />
            <source>The marriage must be ratified before the children's births are registered</source>
            <translation>يجب تصديق الزواج قبل تسجيل ولادات الأطفال</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../import_wizard.py" line="373" />
            <source>Row</source>
            <translation>السطر</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="373" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="373" />
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="373" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="374" />
            <source>Problems and warnings</source>
            <translation>المشكلات والتنبيهات</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="378" />
            <source>Not imported: problem</source>
            <translation>لا يُستورد: مشكلة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="378" />
            <source>Already in Sanad</source>
            <translation>مسجّل في سند</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="379" />
            <source>Skipped</source>
            <translation>متخطّى</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="379" />
            <source>Possible duplicate</source>
            <translation>تكرار محتمل</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="379" />
            <source>Ready</source>
            <translation>جاهز</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../import_wizard.py" line="431" />
            <source>Check the rows</source>
            <translation>فحص الأسطر</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="432" />
            <source>Rows with problems are not imported. Tick Skip for a duplicate you do not want. Nothing has been written yet.</source>
            <translation>الأسطر التي فيها مشكلات لا تُستورد. ضع علامة في "تخطٍّ" أمام أي تكرار لا تريده. لم يُحفظ شيء حتى الآن.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="444" />
            <source>All rows</source>
            <translation>كل الأسطر</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="444" />
            <source>Rows with problems</source>
            <translation>الأسطر التي فيها مشكلات</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="445" />
            <source>Possible duplicates</source>
            <translation>التكرارات المحتملة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="451" />
            <source>Save the list of problems…</source>
            <translation>حفظ قائمة المشكلات…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="469" />
            <source>Checking every row and looking for duplicates…</source>
            <translation>جارٍ فحص كل الأسطر والبحث عن التكرارات…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="479" />
            <source>The rows could not be checked.</source>
            <translation>تعذّر فحص الأسطر.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="497" />
            <source>%1 people in %2 households will be imported. %3 rows have problems and will not be imported; %4 are already in Sanad; %5 are skipped; %6 are possible duplicates.</source>
            <translation>سيُستورد %1 شخصاً في %2 أسرة. في %3 سطر مشكلات ولن تُستورد؛ %4 مسجّلة في سند أصلاً؛ %5 متخطّاة؛ %6 تكرارات محتملة.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="503" />
            <source>This same file was imported before, on %1.</source>
            <translation>سبق استيراد هذا الملف نفسه في %1.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="513" />
            <source>Import %1 people in %2 households now? This is done in one step: if it is cancelled or fails, nothing is imported.</source>
            <translation>هل تريد استيراد %1 شخصاً في %2 أسرة الآن؟ يتم ذلك في خطوة واحدة: إذا أُلغي أو فشل فلن يُستورد أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>PseudonymKeysDialog</name>
        <message>
            <location filename="../pseudonym_keys.py" line="45" />
            <source>Pseudonym keys</source>
            <translation>مفاتيح الأسماء المستعارة</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="50" />
            <source>Anonymised exports show a pseudonym instead of each file number, made with a key. Exports made with the same key give a person the same pseudonym, so whoever holds them can link them; exports made with different keys cannot be linked. Use a key of its own for each donor or partner. The key called default is used unless an export names another; it can be replaced but not deleted.</source>
            <translation>تُظهر الملفات المصدَّرة المجهولة الهوية اسماً مستعاراً بدل كل رقم ملف، يُولَّد بمفتاح. والملفات المصدَّرة بالمفتاح نفسه تعطي الشخص الاسم المستعار نفسه، فيستطيع من يحوزها الربط بينها؛ أما الملفات المصدَّرة بمفاتيح مختلفة فلا يمكن الربط بينها. خصِّص مفتاحاً لكل جهة مانحة أو شريكة. ويُستعمل المفتاح المسمّى default ما لم يُحدَّد في التصدير مفتاح آخر، ويمكن استبداله ولا يمكن حذفه.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="59" />
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="59" />
            <source>Made (UTC)</source>
            <translation>تاريخ الإنشاء (بالتوقيت العالمي)</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="59" />
            <source>Made by</source>
            <translation>أنشأه</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="60" />
            <source>Last replaced (UTC)</source>
            <translation>آخر استبدال (بالتوقيت العالمي)</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="60" />
            <source>Replaced by</source>
            <translation>استبدله</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="71" />
            <source>&amp;Replace…</source>
            <translation>ا&amp;ستبدال…</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="74" />
            <source>&amp;Delete…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="83" />
            <source>New key name:</source>
            <translation>اسم المفتاح الجديد:</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="87" />
            <source>Latin letters, digits, - or _, e.g. donor-unicef</source>
            <translation>حروف لاتينية أو أرقام أو - أو _، مثل donor-unicef</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="90" />
            <source>&amp;Make the key</source>
            <translation>إ&amp;نشاء المفتاح</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="118" />
            <source>Not yet: the first anonymised export makes it</source>
            <translation>لم يُنشأ بعد: يُنشئه أول تصدير مجهول الهوية</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="119" />
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="144" />
            <source>The default key can be replaced but not deleted.</source>
            <translation>يمكن استبدال المفتاح الافتراضي ولا يمكن حذفه.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="162" />
            <source>The key %1 was made.</source>
            <translation>أُنشئ المفتاح %1.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="169" />
            <source>Replace the key %1?

Anonymised exports made from now on with this key give every file number a new pseudonym: they can no longer be linked to exports made with it before. This cannot be undone.</source>
            <translation>هل تريد استبدال المفتاح %1؟

الملفات المجهولة الهوية التي تُصدَّر بهذا المفتاح من الآن فصاعداً تعطي كل رقم ملف اسماً مستعاراً جديداً، فلا يمكن بعد ذلك ربطها بالملفات التي صُدِّرت به من قبل. ولا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="171" />
            <source>Replace the key</source>
            <translation>استبدال المفتاح</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="172" />
            <source>The key %1 was replaced. Exports made from now on cannot be linked to earlier ones.</source>
            <translation>استُبدل المفتاح %1. لا يمكن ربط الملفات التي تُصدَّر من الآن فصاعداً بالملفات السابقة.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="179" />
            <source>Delete the key %1?

Exports already made with it can no longer be linked to any other export. If an export asks for this name again, a new key is made. This cannot be undone.</source>
            <translation>هل تريد حذف المفتاح %1؟

لن يمكن بعد ذلك ربط الملفات التي صُدِّرت به بأي ملف مصدَّر آخر. وإذا طُلب هذا الاسم في تصدير لاحق يُنشأ مفتاح جديد. ولا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="181" />
            <source>Delete the key</source>
            <translation>حذف المفتاح</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="181" />
            <source>The key %1 was deleted.</source>
            <translation>حُذف المفتاح %1.</translation>
        </message>
        <message>
            <location filename="../pseudonym_keys.py" line="185" />
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../recovery.py" line="31" />
            <source>Open with the recovery key</source>
            <translation>الفتح بمفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="39" />
            <source>Type the recovery key from the sheet kept in the safe. Upper or lower case, spaces and dashes do not matter.</source>
            <translation>اكتب مفتاح الاسترداد من الورقة المحفوظة في الخزانة الحديدية. لا يهم إن كانت الحروف كبيرة أو صغيرة، ولا تهم المسافات والشرطات.</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="54" />
            <source>The vault is open. Choose an administrator and give them a new password.</source>
            <translation>تم فتح الخزنة. اختر مدير نظام وعيّن له كلمة مرور جديدة.</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="59" />
            <source>Administrator</source>
            <translation>مدير النظام</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../pages/security.py" line="86" />
            <source>New recovery key</source>
            <translation>مفتاح استرداد جديد</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="89" />
            <source>The master key was changed. This is the new recovery key; the old sheet no longer works and should be destroyed. It is shown only now.</source>
            <translation>تم تغيير المفتاح الرئيسي. هذا هو مفتاح الاسترداد الجديد؛ الورقة القديمة لم تعد صالحة ويجب إتلافها. لن يُعرض هذا المفتاح إلا الآن.</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="101" />
            <source>Print the recovery sheet…</source>
            <translation>طباعة ورقة مفتاح الاسترداد…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../wizard.py" line="156" />
            <source>The recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="158" />
            <source>If every password is forgotten or the key file is lost, only this key opens the vault. It is shown once. Print it or write it down, and keep it in a safe.</source>
            <translation>إذا نُسيت كل كلمات المرور أو فُقد ملف المفاتيح، فلن يفتح الخزنة إلا هذا المفتاح. يُعرض مرة واحدة فقط. اطبعه أو اكتبه، واحفظه في خزانة حديدية.</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="170" />
            <source>Print the recovery sheet…</source>
            <translation>طباعة ورقة مفتاح الاسترداد…</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="172" />
            <source>Copy (cleared after 10 seconds)</source>
            <translation>نسخ (يُمسح بعد 10 ثوانٍ)</translation>
        </message>
        <message>
            <location filename="../wizard.py" line="177" />
            <source>I have printed or written down the recovery key and will keep it safe.</source>
            <translation>طبعتُ مفتاح الاسترداد أو كتبته، وسأحفظه في مكان آمن.</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <location filename="../recovery_sheet.py" line="15" />
            <source>Sanad recovery key</source>
            <translation>مفتاح الاسترداد — سند</translation>
        </message>
        <message>
            <location filename="../recovery_sheet.py" line="16" />
            <source>Vault file:</source>
            <translation>ملف الخزنة:</translation>
        </message>
        <message>
            <location filename="../recovery_sheet.py" line="17" />
            <source>Printed:</source>
            <translation>تاريخ الطباعة:</translation>
        </message>
        <message>
            <location filename="../recovery_sheet.py" line="18" />
            <source>This key opens the vault if every password is forgotten or the key file is lost. Anyone holding it can read everything in the vault. Keep this sheet in a locked safe, never on the computer, and never photograph it.</source>
            <translation>يفتح هذا المفتاح الخزنة إذا نُسيت كل كلمات المرور أو فُقد ملف المفاتيح. أي شخص يحمله يستطيع قراءة كل ما في الخزنة. احفظ هذه الورقة في خزانة حديدية مقفلة، ولا تحفظ المفتاح على الحاسوب أبداً، ولا تصوّرها أبداً.</translation>
        </message>
        <message>
            <location filename="../recovery_sheet.py" line="24" />
            <source>If the master key is rotated, a new sheet is printed and this one must be destroyed.</source>
            <translation>عند تغيير المفتاح الرئيسي تُطبع ورقة جديدة، ويجب عندها إتلاف هذه الورقة.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../referral_dialog.py" line="165" />
            <source>Referral</source>
            <translation>إحالة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="165" />
            <source>New referral</source>
            <translation>إحالة جديدة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="190" />
            <source>Choose the service…</source>
            <translation>اختر الخدمة…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="192" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="195" />
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="198" />
            <source>Focal point</source>
            <translation>نقطة الارتكاز</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="203" />
            <source>Reason</source>
            <translation>سبب الإحالة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="206" />
            <source>Urgency</source>
            <translation>درجة الاستعجال</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="214" />
            <source> days</source>
            <translation> يوماً</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="225" />
            <source>Date sent</source>
            <translation>تاريخ الإرسال</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="226" />
            <source>Follow up after</source>
            <translation>المتابعة بعد</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="231" />
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="232" />
            <source>Next follow-up</source>
            <translation>المتابعة القادمة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="233" />
            <source>Responsible</source>
            <translation>المسؤول عن المتابعة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="234" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="243" />
            <source>Timeline</source>
            <translation>السجل الزمني</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="247" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="247" />
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="247" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="247" />
            <source>By</source>
            <translation>بواسطة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="247" />
            <source>Recorded</source>
            <translation>وقت التسجيل</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="256" />
            <source>Record what happened:</source>
            <translation>سجّل ما حدث:</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="258" />
            <source>Accepted…</source>
            <translation>قُبلت…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="258" />
            <source>No answer…</source>
            <translation>لا يوجد رد…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="259" />
            <source>Service given…</source>
            <translation>قُدِّمت الخدمة…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="259" />
            <source>Refused…</source>
            <translation>رُفضت…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="268" />
            <source>Your role can see referrals but not make or change them.</source>
            <translation>يسمح دورك بالاطلاع على الإحالات دون إنشائها أو تعديلها.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="273" />
            <source>Send referral</source>
            <translation>إرسال الإحالة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="273" />
            <source>Save changes</source>
            <translation>حفظ التعديلات</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="276" />
            <source>Issue a letter…</source>
            <translation>إصدار كتاب…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="281" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="330" />
            <source>Choose the organisation…</source>
            <translation>اختر الجهة…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="335" />
            <source>does not list this service</source>
            <translation>لا تذكر هذه الخدمة ضمن خدماتها</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="360" />
            <source>Choose the organisation: its consent is checked before sending.</source>
            <translation>اختر الجهة: يُتحقق من الموافقة الخاصة بها قبل الإرسال.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="367" />
            <source>Consent checked: %1</source>
            <translation>تم التحقق من الموافقة: %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="370" />
            <source>No valid consent: %1 The referral cannot be sent; record the person's consent on their record first.</source>
            <translation>لا توجد موافقة سارية: %1 لا يمكن إرسال الإحالة؛ سجّل موافقة الشخص في سجله أولاً.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="424" />
            <source>sent %1</source>
            <translation>أُرسلت في %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="426" />
            <source>answered %1</source>
            <translation>جاء الرد في %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="428" />
            <source>closed %1</source>
            <translation>أُغلقت في %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="430" />
            <source>follow-up overdue since %1</source>
            <translation>المتابعة متأخرة منذ %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="431" />
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="447" />
            <source>%1 → %2</source>
            <translation>%1 ← %2</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="450" />
            <source>Sent</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="466" />
            <source>Follow-up recorded.</source>
            <translation>سُجّلت المتابعة.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="500" />
            <source>Referral sent: %1</source>
            <translation>أُرسلت الإحالة: %1</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="514" />
            <source>Saved.</source>
            <translation>حُفظ.</translation>
        </message>
    </context>
    <context>
        <name>ReferralsModel</name>
        <message>
            <location filename="../pages/referrals.py" line="56" />
            <source>Reference</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="56" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="56" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="56" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="57" />
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="57" />
            <source>Urgency</source>
            <translation>درجة الاستعجال</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="57" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="57" />
            <source>Sent</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="58" />
            <source>Follow-up due</source>
            <translation>موعد المتابعة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="112" />
            <source>Follow-up overdue since %1</source>
            <translation>المتابعة متأخرة منذ %1</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPage</name>
        <message>
            <location filename="../pages/referrals.py" line="156" />
            <source>All states</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="158" />
            <source>All services</source>
            <translation>كل الخدمات</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="160" />
            <source>Follow-up overdue</source>
            <translation>تأخرت المتابعة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="162" />
            <source>Only mine</source>
            <translation>إحالاتي فقط</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="195" />
            <source>New referral…</source>
            <translation>إحالة جديدة…</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="197" />
            <source>Find the person, then make the referral (Ctrl+N)</source>
            <translation>ابحث عن الشخص ثم أنشئ الإحالة (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="200" />
            <source>Open referral</source>
            <translation>فتح الإحالة</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="205" />
            <source>Export to Excel…</source>
            <translation>تصدير إلى Excel…</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="207" />
            <source>Export the referrals listed, with these filters, to an Excel file</source>
            <translation>تصدير الإحالات المعروضة، بعوامل التصفية هذه، إلى ملف Excel</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="213" />
            <source>Your role can see referrals but not make or change them.</source>
            <translation>يسمح دورك بالاطلاع على الإحالات دون إنشائها أو تعديلها.</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="215" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="218" />
            <source>Organisations</source>
            <translation>الجهات</translation>
        </message>
        <message>
            <location filename="../pages/referrals.py" line="249" />
            <source>%1 referrals</source>
            <translation>%1 إحالة</translation>
        </message>
    </context>
    <context>
        <name>ReferralsPanel</name>
        <message>
            <location filename="../referral_dialog.py" line="616" />
            <source>Reference</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="616" />
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="616" />
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="616" />
            <source>State</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="617" />
            <source>Sent</source>
            <translation>أُرسلت</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="617" />
            <source>Follow-up due</source>
            <translation>موعد المتابعة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="617" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="631" />
            <source>New referral…</source>
            <translation>إحالة جديدة…</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="636" />
            <source>Open referral</source>
            <translation>فتح الإحالة</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="660" />
            <source>No referrals yet.</source>
            <translation>لا توجد إحالات بعد.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="662" />
            <source>Referrals: %1, open: %2, follow-up overdue: %3.</source>
            <translation>الإحالات: %1، المفتوحة: %2، المتأخرة في المتابعة: %3.</translation>
        </message>
        <message>
            <location filename="../referral_dialog.py" line="698" />
            <source>Follow-up overdue</source>
            <translation>تأخرت المتابعة</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../pages/register.py" line="37" />
            <source>First name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="38" />
            <source>Father's name</source>
            <translation>اسم الأب</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="39" />
            <source>Grandfather's name</source>
            <translation>اسم الجد</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="40" />
            <source>Family name</source>
            <translation>اللقب</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="41" />
            <source>Mother's full name</source>
            <translation>اسم الأم الثلاثي</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="42" />
            <source>Sex (F/M)</source>
            <translation>الجنس (أنثى/ذكر)</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="43" />
            <source>Born</source>
            <translation>الميلاد</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="44" />
            <source>Relationship</source>
            <translation>صلة القرابة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="45" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="46" />
            <source>Name in Latin letters</source>
            <translation>الاسم بالأحرف اللاتينية</translation>
        </message>
    </context>
    <context>
        <name>RegisterHouseholdDialog</name>
        <message>
            <location filename="../pages/register.py" line="80" />
            <source>Register a household</source>
            <translation>تسجيل أسرة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="97" />
            <source>Resident</source>
            <translation>مقيم</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="97" />
            <source>Displaced</source>
            <translation>نازح</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="98" />
            <source>Returnee</source>
            <translation>عائد</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="98" />
            <source>Left a camp</source>
            <translation>مغادر للمخيم</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="102" />
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="103" />
            <source>Neighbourhood (mahalla)</source>
            <translation>المحلة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="104" />
            <source>Nearest landmark</source>
            <translation>أقرب نقطة دالة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="105" />
            <source>Displacement status</source>
            <translation>حالة النزوح</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="106" />
            <source>Household phone</source>
            <translation>هاتف الأسرة</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="116" />
            <source>Members: the head of the household first. Children take their mother's name from her row when it is left empty.</source>
            <translation>الأفراد: رب الأسرة أولاً. إذا تُرك اسم الأم فارغاً للأبناء يؤخذ من سطر الأم.</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="122" />
            <source>Day first: 7/3/2015; or 3/2015, 2015, about 2015</source>
            <translation>اليوم أولاً: 7/3/2015؛ أو 3/2015 أو 2015 أو حوالي 2015</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="135" />
            <source>Add member (Ctrl+N)</source>
            <translation>إضافة فرد (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="220" />
            <source>Member %1 may already be registered as %2 %3 (mother: %4), score %5: %6</source>
            <translation>ربما سُجّل الفرد %1 سابقاً برقم %2 باسم %3 (الأم: %4)، درجة التشابه %5: %6</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="227" />
            <source>These people may already be in the vault:</source>
            <translation>قد يكون هؤلاء الأشخاص مسجلين في الخزنة من قبل:</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="228" />
            <source>Save them as new people anyway?</source>
            <translation>هل تريد حفظهم أشخاصاً جدداً رغم ذلك؟</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="229" />
            <source>Save as new</source>
            <translation>الحفظ كأشخاص جدد</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="229" />
            <source>Go back and check</source>
            <translation>الرجوع للتحقق</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="251" />
            <source>Member %1, %2: %3</source>
            <translation>الفرد %1، %2: %3</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="259" />
            <source>Close without saving? What you typed will be lost.</source>
            <translation>هل تريد الإغلاق دون حفظ؟ سيضيع ما كتبته.</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="260" />
            <source>Close without saving</source>
            <translation>الإغلاق دون حفظ</translation>
        </message>
        <message>
            <location filename="../pages/register.py" line="260" />
            <source>Keep editing</source>
            <translation>متابعة التحرير</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../pages/reports.py" line="47" />
            <source>January</source>
            <translation>كانون الثاني</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="47" />
            <source>February</source>
            <translation>شباط</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="48" />
            <source>March</source>
            <translation>آذار</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="48" />
            <source>April</source>
            <translation>نيسان</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="49" />
            <source>May</source>
            <translation>أيار</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="49" />
            <source>June</source>
            <translation>حزيران</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="50" />
            <source>July</source>
            <translation>تموز</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="50" />
            <source>August</source>
            <translation>آب</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="51" />
            <source>September</source>
            <translation>أيلول</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="51" />
            <source>October</source>
            <translation>تشرين الأول</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="52" />
            <source>November</source>
            <translation>تشرين الثاني</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="52" />
            <source>December</source>
            <translation>كانون الأول</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="145" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../pages/reports.py" line="178" />
            <source>Reports and exports</source>
            <translation>التقارير والتصدير</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="193" />
            <source>Indicator report</source>
            <translation>تقرير المؤشرات</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="195" />
            <source>Period:</source>
            <translation>الفترة:</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="198" />
            <source>Language of the workbook:</source>
            <translation>لغة المصنف:</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="212" />
            <source>The workbook holds counts only, no names, but it is not encrypted: save it where only those who need it can read it.</source>
            <translation>يحتوي المصنف على أعداد فقط بلا أسماء، لكنه غير مشفّر: احفظه حيث لا يقرؤه إلا من يحتاج إليه.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="217" />
            <source>Make the &amp;report…</source>
            <translation>إعداد ال&amp;تقرير…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="228" />
            <source>Stop after the indicator being counted; no file is made.</source>
            <translation>يتوقف بعد المؤشر الجاري عدّه، ولا يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="252" />
            <source>Save the report as</source>
            <translation>حفظ التقرير باسم</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="280" />
            <source>Counting…</source>
            <translation>جارٍ العدّ…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="292" />
            <source>Cancelling after the indicator being counted…</source>
            <translation>جارٍ الإلغاء بعد انتهاء المؤشر الجاري عدّه…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="300" />
            <source>Counting: %1 of %2 indicators done…</source>
            <translation>جارٍ العدّ: اكتمل %1 من %2 مؤشرات…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="303" />
            <source>Writing the workbook…</source>
            <translation>جارٍ كتابة المصنف…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="313" />
            <source>Cancelled. No file was made.</source>
            <translation>تم الإلغاء. لم يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="319" />
            <source>The report could not be made. Nothing was saved.</source>
            <translation>تعذّر إعداد التقرير. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="322" />
            <source>The report was saved to %1. It holds counts only, but it is not encrypted.</source>
            <translation>حُفظ التقرير في %1. يحتوي على أعداد فقط، لكنه غير مشفّر.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="324" />
            <source>The donor's workbook was filled and saved to %1. It is not encrypted.</source>
            <translation>مُلئ مصنف الجهة المانحة وحُفظ في %1. الملف غير مشفّر.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="329" />
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="335" />
            <source>Donor templates</source>
            <translation>قوالب الجهات المانحة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="337" />
            <source>Load a donor's Excel template once, map its cells to Sanad's indicators, then fill it for the period chosen above.</source>
            <translation>حمّل قالب Excel الخاص بالجهة المانحة مرة واحدة، واربط خلاياه بمؤشرات سند، ثم املأه للفترة المختارة أعلاه.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="343" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="343" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="343" />
            <source>Cells mapped</source>
            <translation>الخلايا المربوطة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="344" />
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="354" />
            <source>Add a template…</source>
            <translation>إضافة قالب…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="357" />
            <source>Map cells…</source>
            <translation>ربط الخلايا…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="360" />
            <source>Fill for the period…</source>
            <translation>الملء للفترة…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="363" />
            <location filename="../pages/reports.py" line="454" />
            <location filename="../pages/reports.py" line="550" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="379" />
            <source>Choose the donor's template</source>
            <translation>اختر قالب الجهة المانحة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="380" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="384" />
            <source>Donor template</source>
            <translation>قالب الجهة المانحة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="385" />
            <source>A name for this template (the donor and the report):</source>
            <translation>اسم لهذا القالب (الجهة المانحة والتقرير):</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="400" />
            <location filename="../pages/reports.py" line="420" />
            <source>Choose a template first.</source>
            <translation>اختر قالباً أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="423" />
            <source>No cell of this template is mapped yet: map its cells first.</source>
            <translation>لم تُربط أي خلية من هذا القالب بعد: اربط خلاياه أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="431" />
            <source>Sanad copies the donor's workbook with a library that does not keep everything in it:</source>
            <translation>ينسخ سند مصنف الجهة المانحة بمكتبة لا تحتفظ بكل ما فيه:</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="433" />
            <source>Check the filled workbook before sending it. Fill it anyway?</source>
            <translation>راجع المصنف بعد ملئه قبل إرساله. هل تريد ملأه مع ذلك؟</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="434" />
            <source>Fill it</source>
            <translation>املأه</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="226" />
            <location filename="../pages/reports.py" line="434" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="436" />
            <source>Save the filled workbook as</source>
            <translation>حفظ المصنف المملوء باسم</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="453" />
            <source>Remove the template %1 and its mapped cells?</source>
            <translation>هل تريد إزالة القالب %1 وخلاياه المربوطة؟</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="454" />
            <location filename="../pages/reports.py" line="550" />
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="465" />
            <source>Lists to Excel</source>
            <translation>القوائم إلى Excel</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="469" />
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="469" />
            <source>Households</source>
            <translation>الأسر</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="470" />
            <source>Applications</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="470" />
            <source>Referrals</source>
            <translation>الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="471" />
            <source>Hearings</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="471" />
            <source>Letters issued</source>
            <translation>الكتب الصادرة</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="479" />
            <source>Anonymised lists replace file numbers with pseudonyms made with a key.</source>
            <translation>في القوائم المجهولة الهوية تُستبدل أرقام الملفات بأسماء مستعارة تُولَّد بمفتاح.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="481" />
            <source>Pseudonym &amp;keys…</source>
            <translation>&amp;مفاتيح الأسماء المستعارة…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="512" />
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="516" />
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="516" />
            <source>Counts</source>
            <translation>يَعُدّ</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="517" />
            <source>Broken down by</source>
            <translation>مفصّل حسب</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="517" />
            <source>In the report</source>
            <translation>في التقرير</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="526" />
            <source>Add an indicator…</source>
            <translation>إضافة مؤشر…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="529" />
            <source>Change…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="532" />
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="534" />
            <source>Only indicators the office added; built-in ones can be left out of the report.</source>
            <translation>فقط المؤشرات التي أضافتها المنظمة؛ أما الأساسية فيمكن إخراجها من التقرير.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="546" />
            <location filename="../pages/reports.py" line="565" />
            <source>Choose an indicator first.</source>
            <translation>اختر مؤشراً أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="549" />
            <source>Remove the indicator %1?</source>
            <translation>هل تريد إزالة المؤشر %1؟</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="585" />
            <source>Counts from 1 to %1 are shown as "&lt;%2" (and a second count is hidden where a total would give one back). Age groups: %3. Both are office settings.</source>
            <translation>الأعداد من 1 إلى %1 تظهر بالشكل "&lt;%2" (ويُخفى عدد ثانٍ حيث يمكن أن يكشف المجموع العدد المخفي). الفئات العمرية: %3. كلاهما من إعدادات المنظمة.</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="597" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../pages/reports.py" line="597" />
            <source>No</source>
            <translation>لا</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../pages/users.py" line="159" />
            <source>New password for %1</source>
            <translation>كلمة مرور جديدة للمستخدم %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreChoiceDialog</name>
        <message>
            <location filename="../pages/backups.py" line="49" />
            <source>Restore a backup</source>
            <translation>استعادة نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="51" />
            <source>Backup made %1: %2.</source>
            <translation>نسخة احتياطية أُنشئت في %1: %2.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="55" />
            <source>Replace the vault that is open now (it is kept aside first, and everyone signs in again)</source>
            <translation>استبدال الخزنة المفتوحة الآن (تُحفظ جانباً أولاً، ويسجّل الجميع الدخول مجدداً)</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="58" />
            <source>Restore as a new vault file:</source>
            <translation>الاستعادة كملف خزنة جديد:</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="71" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="80" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="81" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="90" />
            <source>New vault file</source>
            <translation>ملف خزنة جديد</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="90" />
            <source>Sanad vaults (*.sanad)</source>
            <translation>خزائن سند (*.sanad)</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="100" />
            <source>Choose where the new vault file goes.</source>
            <translation>اختر مكان حفظ ملف الخزنة الجديد.</translation>
        </message>
        <message>
            <location filename="../pages/backups.py" line="103" />
            <source>A file already exists there. Choose another name.</source>
            <translation>يوجد ملف بهذا الاسم هناك. اختر اسماً آخر.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../pages/retention.py" line="41" />
            <source>Retention: closed files</source>
            <translation>الاحتفاظ بالسجلات: الملفات المغلقة</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="45" />
            <source>Files whose applications and referrals are all closed and that have not changed for the period below. Archive hides them from the daily lists (administrators can still open them). Purge removes their personal data for good and keeps only the file number, dates, the reason and who purged it; backups made before still hold them until they are rotated out.</source>
            <translation>ملفات أُغلقت جميع معاملاتها وإحالاتها ولم تتغير طوال المدة المبيّنة أدناه. الأرشفة تخفيها من القوائم اليومية (ويبقى بإمكان المسؤولين فتحها). الإتلاف يزيل بياناتها الشخصية نهائياً ولا يُبقي إلا رقم الملف والتواريخ والسبب ومن قام بالإتلاف؛ وتبقى هذه البيانات في النسخ الاحتياطية السابقة إلى أن تُستبدل.</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="53" />
            <source>Months without movement:</source>
            <translation>الأشهر بلا حركة:</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="58" />
            <source>List closed files</source>
            <translation>عرض الملفات المغلقة</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="69" />
            <location filename="../pages/retention.py" line="102" />
            <source>File number</source>
            <translation>رقم الملف</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="69" />
            <location filename="../pages/retention.py" line="102" />
            <source>Registered</source>
            <translation>تاريخ التسجيل</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="69" />
            <location filename="../pages/retention.py" line="102" />
            <source>Last movement</source>
            <translation>آخر حركة</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="70" />
            <source>Applications / referrals</source>
            <translation>المعاملات / الإحالات</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="70" />
            <source>Archived</source>
            <translation>مؤرشف</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="80" />
            <source>Reason:</source>
            <translation>السبب:</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="83" />
            <source>e.g. closed for five years, office policy</source>
            <translation>مثلاً: مغلق منذ خمس سنوات، وفق سياسة المكتب</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="85" />
            <source>Archive selected</source>
            <translation>أرشفة المحدد</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="86" />
            <source>Purge selected…</source>
            <translation>إتلاف المحدد…</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="96" />
            <source>Purged files (what is kept of them)</source>
            <translation>الملفات التي أُتلفت بياناتها (ما بقي منها)</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="102" />
            <source>Purged</source>
            <translation>تاريخ الإتلاف</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="103" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="132" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="138" />
            <source>%1 closed files</source>
            <translation>عدد الملفات المغلقة: %1</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="149" />
            <source>%1 by %2</source>
            <translation>%1 بواسطة %2</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="163" />
            <location filename="../pages/retention.py" line="176" />
            <source>Select the files first.</source>
            <translation>حدّد الملفات أولاً.</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="170" />
            <source>%1 files archived.</source>
            <translation>عدد الملفات المؤرشفة: %1.</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="179" />
            <source>Purge %1 files? Their names, phones, documents, family links, consents, sensitive details, casework and letters are removed for good. Only the file number, dates and the reason stay.</source>
            <translation>هل تريد إتلاف %1 من الملفات؟ ستُزال نهائياً الأسماء والهواتف والوثائق والروابط العائلية والموافقات والتفاصيل الحساسة والمعاملات والكتب. لا يبقى إلا رقم الملف والتواريخ والسبب.</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="182" />
            <source>Purge</source>
            <translation>إتلاف</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="182" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="188" />
            <source>Purging and compacting the vault…</source>
            <translation>جارٍ إتلاف البيانات وضغط الخزنة…</translation>
        </message>
        <message>
            <location filename="../pages/retention.py" line="201" />
            <source>%1 files purged.</source>
            <translation>عدد الملفات التي أُتلفت بياناتها: %1.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../db/permissions.py" line="21" />
            <source>Staff</source>
            <translation>موظف</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="22" />
            <source>Legal</source>
            <translation>قانوني</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="23" />
            <source>Manager</source>
            <translation>مدير</translation>
        </message>
        <message>
            <location filename="../../db/permissions.py" line="24" />
            <source>Administrator</source>
            <translation>مدير النظام</translation>
        </message>
    </context>
    <context>
        <name>SanadError</name>
        <message>
            <location filename="../../db/errors.py" line="17" />
            <source>Something went wrong.</source>
            <translation>حدث خطأ ما.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="27" />
            <source>The user name or password is not correct.</source>
            <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="31" />
            <source>This recovery key does not open this vault.</source>
            <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="35" />
            <source>This is not a complete recovery key. Check it letter by letter and try again.</source>
            <translation>هذا ليس مفتاح استرداد كاملاً. تحقّق منه حرفاً حرفاً ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="41" />
            <source>Too many wrong attempts. Wait %1 seconds before trying again.</source>
            <translation>محاولات خاطئة كثيرة. انتظر %1 ثانية قبل المحاولة مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="51" />
            <source>There is no vault at %1.</source>
            <translation>لا توجد خزنة في %1.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="55" />
            <source>%1 is not a Sanad vault. The file was not changed.</source>
            <translation>الملف %1 ليس خزنة لسند. لم يتم تغيير الملف.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="59" />
            <source>%1 is an unencrypted database, not a Sanad vault. Sanad never opens unencrypted files. The file was not changed.</source>
            <translation>الملف %1 قاعدة بيانات غير مشفّرة، وليس خزنة لسند. لا يفتح سند الملفات غير المشفّرة أبداً. لم يتم تغيير الملف.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="67" />
            <source>The vault %1 is damaged and cannot be opened safely. It was not changed. Restore it from your newest backup.</source>
            <translation>الخزنة %1 تالفة ولا يمكن فتحها بأمان. لم يتم تغييرها. استعِدها من أحدث نسخة احتياطية لديك.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="75" />
            <source>Sanad cannot write to the vault %1: the file or its folder is read-only. Nothing was changed. Copy it to a folder you may write to, or ask your administrator.</source>
            <translation>لا يستطيع سند الكتابة في الخزنة %1: الملف أو المجلد الذي يحويه للقراءة فقط. لم يتغيّر شيء. انسخها إلى مجلد تملك صلاحية الكتابة فيه، أو اسأل مدير النظام.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="83" />
            <source>Sanad could not read the vault %1. If it is on a USB stick or a network folder, check that it is still connected, then try again. Nothing was changed.</source>
            <translation>تعذّر على سند قراءة الخزنة %1. إن كانت على ذاكرة USB أو في مجلد على الشبكة، فتأكد من أنها ما زالت متصلة ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="91" />
            <source>This copy of Sanad would open the vault with different encryption settings (%1). It refuses, to keep the vault safe. Reinstall Sanad.</source>
            <translation>هذه النسخة من سند ستفتح الخزنة بإعدادات تشفير مختلفة (%1)، لذلك ترفض فتحها حفاظاً على أمان الخزنة. أعد تثبيت سند.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="99" />
            <source>The key file beside %1 belongs to a different vault. Nothing was changed. Put the vault's own key file beside it, or open it with the recovery key.</source>
            <translation>ملف المفاتيح الموجود بجانب %1 يعود إلى خزنة أخرى. لم يتم تغيير أي شيء. ضع ملف المفاتيح الخاص بهذه الخزنة بجانبها، أو افتحها بمفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="107" />
            <source>The key file for %1 is missing, so passwords cannot open it. Open it with the recovery key; the key file will be rebuilt.</source>
            <translation>ملف المفاتيح للخزنة %1 مفقود، لذا لا يمكن فتحها بكلمات المرور. افتحها بمفتاح الاسترداد، وسيُعاد إنشاء ملف المفاتيح.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="115" />
            <source>The key file for %1 is damaged. Nothing was changed. Open the vault with the recovery key.</source>
            <translation>ملف المفاتيح للخزنة %1 تالف. لم يتم تغيير أي شيء. افتح الخزنة بمفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="122" />
            <source>This vault was saved by a newer version of Sanad. Install the newer version to open it. The file was not changed.</source>
            <translation>حُفظت هذه الخزنة بإصدار أحدث من سند. ثبّت الإصدار الأحدث لفتحها. لم يتم تغيير الملف.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="130" />
            <source>This vault is already open in another Sanad window or program on this computer. Close it there first.</source>
            <translation>هذه الخزنة مفتوحة حالياً في نافذة أخرى من سند أو في برنامج آخر على هذا الحاسوب. أغلقها هناك أولاً.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="138" />
            <source>A file already exists at %1. Choose another place.</source>
            <translation>يوجد ملف مسبقاً في %1. اختر مكاناً آخر.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="142" />
            <source>Sanad cannot write in the folder %1. Choose a folder you may write to.</source>
            <translation>لا يستطيع سند الكتابة في المجلد %1. اختر مجلداً لديك صلاحية الكتابة فيه.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="148" />
            <source>The vault is locked. Enter your password to continue.</source>
            <translation>الخزنة مقفلة. أدخل كلمة المرور للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="152" />
            <source>Sanad could not update this vault to the new version. The vault was left as it was. Details: %1</source>
            <translation>تعذّر على سند تحديث هذه الخزنة إلى الإصدار الجديد. بقيت الخزنة كما كانت. التفاصيل: %1</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="160" />
            <source>Your role does not allow this: %1.</source>
            <translation>دورك لا يسمح بهذا: %1.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="166" />
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="176" />
            <source>The user name %1 is already taken.</source>
            <translation>اسم المستخدم %1 مستخدَم من قبل.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="183" />
            <source>Some fields need attention: %1</source>
            <translation>بعض الحقول تحتاج إلى تصحيح: %1</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="191" />
            <source>Record %1 does not exist (it may have been deleted).</source>
            <translation>السجل %1 غير موجود (ربما حُذف).</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="195" />
            <source>There is no user called %1.</source>
            <translation>لا يوجد مستخدم باسم %1.</translation>
        </message>
        <message>
            <location filename="../../db/errors.py" line="199" />
            <source>The disk is full. Nothing was saved. Free some space and try again.</source>
            <translation>القرص ممتلئ. لم يُحفظ أي شيء. وفّر بعض المساحة ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/backup_schedule.py" line="38" />
            <source>No backup folder has been chosen yet. Choose one on the Backups page.</source>
            <translation>لم يُختر مجلد للنسخ الاحتياطية بعد. اختر مجلداً من صفحة النسخ الاحتياطية.</translation>
        </message>
        <message>
            <location filename="../../db/backup_schedule.py" line="118" />
            <location filename="../../db/office.py" line="102" />
            <location filename="../../db/retention.py" line="71" />
            <source>Enter a whole number from %1 to %2.</source>
            <translation>أدخل عدداً صحيحاً من %1 إلى %2.</translation>
        </message>
        <message>
            <location filename="../../db/backup_schedule.py" line="128" />
            <source>Enter a time of day as hours:minutes, for example 13:30.</source>
            <translation>أدخل الوقت بصيغة ساعات:دقائق، مثلاً 13:30.</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="110" />
            <source>Choose one of the options.</source>
            <translation>اختر أحد الخيارات.</translation>
        </message>
        <message>
            <location filename="../../db/backup_schedule.py" line="134" />
            <location filename="../../db/office.py" line="130" />
            <location filename="../../db/retention.py" line="167" />
            <source>This text is too long.</source>
            <translation>هذا النص طويل جداً.</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="180" />
            <source>The logo must be smaller than 2 MB.</source>
            <translation>يجب أن يكون حجم الشعار أقل من 2 ميغابايت.</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="182" />
            <source>The logo must be a PNG or JPEG picture.</source>
            <translation>يجب أن يكون الشعار صورة بصيغة PNG أو JPEG.</translation>
        </message>
        <message>
            <location filename="../../db/users.py" line="64" />
            <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
            <translation>يتكون اسم المستخدم من 2 إلى 64 حرفاً أو رقماً أو نقطة أو شرطة أو شرطة سفلية، من دون مسافات.</translation>
        </message>
        <message>
            <location filename="../../db/users.py" line="77" />
            <source>A password needs at least %1 characters.</source>
            <translation>يجب ألا يقل عدد أحرف كلمة المرور عن %1.</translation>
        </message>
        <message>
            <location filename="../../db/users.py" line="82" />
            <source>A password must not contain the user name.</source>
            <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
        </message>
        <message>
            <location filename="../../db/users.py" line="236" />
            <source>The vault must keep at least one active administrator.</source>
            <translation>يجب أن يبقى في الخزنة مدير نظام واحد فعّال على الأقل.</translation>
        </message>
        <message>
            <location filename="../../db/users.py" line="248" />
            <source>You cannot disable your own account.</source>
            <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
        </message>
        <message>
            <location filename="../../desktop/passwords.py" line="16" />
            <source>No password given: set SANAD_PASSWORD, use --password-file, or run in a terminal.</source>
            <translation>لم تُدخَل كلمة مرور: عيّن المتغير SANAD_PASSWORD، أو استخدم الخيار --password-file، أو شغّل البرنامج من الطرفية.</translation>
        </message>
        <message>
            <location filename="../../desktop/passwords.py" line="39" />
            <source>The two passwords are not the same.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../../desktop/passwords.py" line="44" />
            <source>No recovery key given: use --recovery-key-file, or run in a terminal to type it.</source>
            <translation>لم يُعطَ مفتاح الاسترداد: استخدم ‎--recovery-key-file‎، أو شغّل الأمر في طرفية لكتابته.</translation>
        </message>
        <message>
            <location filename="../../db/demo.py" line="105" />
            <source>Demo data can only be added to a demo vault, never to an office's real records.</source>
            <translation>لا يمكن إضافة البيانات التجريبية إلا إلى خزنة تجريبية، ولا تُضاف أبداً إلى السجلات الحقيقية لأي منظمة.</translation>
        </message>
        <message>
            <location filename="../../db/rotation.py" line="36" />
            <source>A change of the master key was interrupted. The administrator who started it must sign in to finish it; other users need a new password from that administrator afterwards.</source>
            <translation>انقطع تغيير المفتاح الرئيسي قبل اكتماله. يجب على مدير النظام الذي بدأه تسجيل الدخول لإتمامه، وبعد ذلك يحتاج المستخدمون الآخرون إلى كلمات مرور جديدة منه.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="31" />
            <source>This is not a date. Write it as 7/3/2015, 3/2015, 2015 or about 2015.</source>
            <translation>هذا ليس تاريخاً. اكتبه بأحد الأشكال: 7/3/2015 أو 3/2015 أو 2015 أو حوالي 2015.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="34" />
            <source>Write the year with all four digits, for example 2015.</source>
            <translation>اكتب السنة بأرقامها الأربعة، مثلاً 2015.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="35" />
            <source>If the day and month are not known, write only the year: %1.</source>
            <translation>إذا كان اليوم والشهر غير معروفين، فاكتب السنة فقط: %1.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="38" />
            <source>If the day is not known, write only the month and year: %1.</source>
            <translation>إذا كان اليوم غير معروف، فاكتب الشهر والسنة فقط: %1.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="39" />
            <source>There is no month %1. Write the day first, then the month: 7/3/2015 is 7 March.</source>
            <translation>لا يوجد شهر رقمه %1. اكتب اليوم أولاً ثم الشهر، فالتاريخ 7/3/2015 يعني 7 آذار.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="42" />
            <source>There is no day %1 in any month.</source>
            <translation>لا يوجد يوم %1 في أي شهر.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="43" />
            <source>There is no 29 February %1: it was not a leap year.</source>
            <translation>لا يوجد يوم 29 شباط %1، فتلك السنة ليست كبيسة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="44" />
            <source>There is no %1 February %2.</source>
            <translation>لا يوجد يوم %1 شباط %2.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="48" />
            <source>There is no 31 April %1: April has 30 days.</source>
            <translation>لا يوجد يوم 31 نيسان %1، فشهر نيسان 30 يوماً فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="49" />
            <source>There is no 31 June %1: June has 30 days.</source>
            <translation>لا يوجد يوم 31 حزيران %1، فشهر حزيران 30 يوماً فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="50" />
            <source>There is no 31 September %1: September has 30 days.</source>
            <translation>لا يوجد يوم 31 أيلول %1، فشهر أيلول 30 يوماً فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="51" />
            <source>There is no 31 November %1: November has 30 days.</source>
            <translation>لا يوجد يوم 31 تشرين الثاني %1، فشهر تشرين الثاني 30 يوماً فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="53" />
            <source>The date of birth %1 is in the future.</source>
            <translation>تاريخ الميلاد %1 يقع في المستقبل.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="54" />
            <source>The year %1 is too early: Sanad accepts years of birth from %2. Check the year.</source>
            <translation>السنة %1 قديمة جداً: يقبل سند سنوات الميلاد من %2 فما بعد. تحقّق من السنة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="57" />
            <source>Use "about" with a year only, for example: about 2015.</source>
            <translation>استخدم كلمة «حوالي» مع السنة فقط، مثلاً: حوالي 2015.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="227" />
            <source>Write the first name.</source>
            <translation>اكتب الاسم الأول.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="228" />
            <source>Write the father's name, or mark the father as unknown.</source>
            <translation>اكتب اسم الأب، أو أشّر على أن الأب غير معروف.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="229" />
            <source>Write the grandfather's name.</source>
            <translation>اكتب اسم الجد.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="230" />
            <source>Write the family or tribal name (laqab).</source>
            <translation>اكتب اللقب (اسم العائلة أو العشيرة).</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="231" />
            <source>Write the mother's full name.</source>
            <translation>اكتب اسم الأم الثلاثي.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="233" />
            <source>Write the mother's full name, not only her first name: at least her name and her father's.</source>
            <translation>اكتب اسم الأم الثلاثي، لا اسمها الأول فقط: اسمها واسم أبيها على الأقل.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="236" />
            <source>This name is too long: at most %1 characters.</source>
            <translation>هذا الاسم طويل جداً: يجب ألا يزيد عدد أحرفه على %1.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="237" />
            <source>A name must contain letters, not only digits or signs.</source>
            <translation>يجب أن يحتوي الاسم على حروف، لا على أرقام أو رموز فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="238" />
            <source>This name contains invisible control characters. Type it again.</source>
            <translation>يحتوي هذا الاسم على رموز تحكّم غير مرئية. أعد كتابته.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="241" />
            <source>Write the Latin name in Latin letters (A-Z).</source>
            <translation>اكتب الاسم باللغة اللاتينية بحروف لاتينية (A-Z).</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="242" />
            <source>Choose female or male.</source>
            <translation>اختر الجنس: أنثى أو ذكر.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="256" />
            <source>This is not a complete Iraqi mobile number. Write it as 07XX XXX XXXX (11 digits).</source>
            <translation>هذا ليس رقماً كاملاً لهاتف محمول عراقي. اكتبه بالشكل 07XX XXX XXXX (11 رقماً).</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="259" />
            <source>This is not a phone number. Write a mobile as 07XX XXX XXXX, or a landline or foreign number with 7 to 15 digits.</source>
            <translation>هذا ليس رقم هاتف. اكتب رقم الهاتف المحمول بالشكل 07XX XXX XXXX، أو اكتب رقم الهاتف الأرضي أو الأجنبي من 7 إلى 15 رقماً.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="274" />
            <source>This date of birth (%1) is not after the mother's (%2). Check whether the two dates were swapped.</source>
            <translation>تاريخ الميلاد هذا (%1) ليس بعد تاريخ ميلاد الأم (%2). تحقّق من أن التاريخين لم يُكتب أحدهما مكان الآخر.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="278" />
            <source>The mother (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
            <translation>كانت الأم (المولودة في %2) ستكون دون سن %3 عند ولادة هذا الشخص (%1). تحقّق من التاريخين.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="281" />
            <source>This date of birth (%1) is not after the father's (%2). Check whether the two dates were swapped.</source>
            <translation>تاريخ الميلاد هذا (%1) ليس بعد تاريخ ميلاد الأب (%2). تحقّق من أن التاريخين لم يُكتب أحدهما مكان الآخر.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="285" />
            <source>The father (born %2) would have been under %3 when this person was born (%1). Check both dates.</source>
            <translation>كان الأب (المولود في %2) سيكون دون سن %3 عند ولادة هذا الشخص (%1). تحقّق من التاريخين.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="372" />
            <source>Choose one of the listed values.</source>
            <translation>اختر إحدى القيم المدرجة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="373" />
            <source>Answer 1 (no difficulty) to 4 (cannot do at all), or leave it empty.</source>
            <translation>أجب من 1 (لا صعوبة) إلى 4 (لا يستطيع أبداً)، أو اتركه فارغاً.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="376" />
            <source>Write only the number as it is on the civil registry record (digits, up to %1).</source>
            <translation>اكتب الرقم فقط كما هو في قيد الأحوال المدنية (أرقام، حتى %1).</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="63" />
            <source>Someone else saved this application after you opened it. Nothing was overwritten: open it again to see their changes, then make yours.</source>
            <translation>حفظ شخص آخر هذه المعاملة بعد أن فتحتها. لم يُستبدل شيء: افتحها من جديد لترى تعديلاته، ثم أجرِ تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="71" />
            <source>%1 is evidence only, never a valid document: it cannot be applied for.</source>
            <translation>%1 للاستدلال فقط، وليست وثيقة نافذة أبداً: لا يمكن تقديم معاملة لها.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="77" />
            <source>%1 cannot own applications: choose a legal user or an administrator.</source>
            <translation>لا يمكن أن يكون %1 مسؤولاً عن معاملات: اختر مستخدماً من الفريق القانوني أو مديراً للنظام.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="193" />
            <source>Choose the document applied for.</source>
            <translation>اختر الوثيقة المطلوبة.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="194" />
            <location filename="../../db/referrals.py" line="205" />
            <location filename="../../db/validation.py" line="379" />
            <source>This is too long: at most %1 characters.</source>
            <translation>النص طويل جداً: %1 حرفاً على الأكثر.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="195" />
            <source>Write the fee in dinars, a whole number from 0 to %1.</source>
            <translation>اكتب الرسوم بالدينار، عدداً صحيحاً من 0 إلى %1.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="196" />
            <source>A receipt number is written only once the fee is paid.</source>
            <translation>يُكتب رقم الوصل فقط بعد دفع الرسوم.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="197" />
            <source>Unknown obstacle: %1.</source>
            <translation>عائق غير معروف: %1.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="198" />
            <source>Write the next action that is due on this date.</source>
            <translation>اكتب الإجراء التالي المستحق في هذا التاريخ.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="199" />
            <source>The next action's date %1 is already past. Saved anyway: check it.</source>
            <translation>تاريخ الإجراء التالي %1 قد مضى. حُفظ على أي حال: تحقّق منه.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="200" />
            <source>Checklist line %1 is empty.</source>
            <translation>السطر %1 من قائمة المستمسكات فارغ.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="327" />
            <source>The new document type has a different workflow without the current step: open a new application.</source>
            <translation>لنوع الوثيقة الجديد مسار عمل مختلف لا يتضمن المرحلة الحالية: افتح معاملة جديدة.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="345" />
            <source>Choose why the application is closed.</source>
            <translation>اختر سبب إغلاق المعاملة.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="430" />
            <source>Choose what happened at the hearing.</source>
            <translation>اختر ما جرى في الجلسة.</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="431" />
            <source>The next hearing must come after this one (%1).</source>
            <translation>يجب أن تكون الجلسة القادمة بعد هذه الجلسة (%1).</translation>
        </message>
        <message>
            <location filename="../../db/applications.py" line="432" />
            <source>Write the date of the hearing.</source>
            <translation>اكتب تاريخ الجلسة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="380" />
            <source>This contains invisible control characters. Type it again.</source>
            <translation>يحتوي النص على رموز تحكّم غير مرئية. اكتبه من جديد.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="524" />
            <source>Choose resident, displaced (IDP), returnee or left a camp.</source>
            <translation>اختر الحالة: مقيم أو نازح أو عائد أو مغادر للمخيم.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="527" />
            <source>This is not a governorate code. It looks like IQG15.</source>
            <translation>هذا ليس رمز محافظة. رمز المحافظة يكون بالشكل IQG15.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="528" />
            <source>This is not a district code. It looks like IQG15Q05.</source>
            <translation>هذا ليس رمز قضاء. رمز القضاء يكون بالشكل IQG15Q05.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="529" />
            <source>This is not a sub-district code. It looks like IQG15Q05N01.</source>
            <translation>هذا ليس رمز ناحية. رمز الناحية يكون بالشكل IQG15Q05N01.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="532" />
            <source>The district %1 is not in the governorate %2.</source>
            <translation>القضاء %1 لا يقع في المحافظة %2.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="535" />
            <source>The sub-district %1 is not in the district %2.</source>
            <translation>الناحية %1 لا تقع في القضاء %2.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="591" />
            <source>The file number pattern must contain {seq} where the running number goes, for example MOS-{year}-{seq:05d}.</source>
            <translation>يجب أن يحتوي نمط رقم الملف على {seq} في موضع الرقم التسلسلي، مثلاً MOS-{year}-{seq:05d}.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="596" />
            <source>The file number pattern may contain {seq} only once.</source>
            <translation>يجب ألا يحتوي نمط رقم الملف على {seq} إلا مرة واحدة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="597" />
            <source>The file number pattern may contain {year} only once.</source>
            <translation>يجب ألا يحتوي نمط رقم الملف على {year} إلا مرة واحدة.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="598" />
            <source>The file number pattern has an unknown part %1. Use only {year} and {seq}.</source>
            <translation>في نمط رقم الملف جزء غير معروف هو %1. استخدم {year} و{seq} فقط.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="601" />
            <source>Write the running number as {seq}, or as {seq:05d} for 5 digits with leading zeros; not %1.</source>
            <translation>اكتب الرقم التسلسلي بالشكل {seq}، أو بالشكل {seq:05d} ليتكوّن من 5 أرقام تُكمَّل بأصفار على اليسار، وليس %1.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="605" />
            <source>Write the year as {year}; not %1.</source>
            <translation>اكتب السنة بالشكل {year}، وليس %1.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="606" />
            <source>The file number pattern has a { or } without its partner.</source>
            <translation>في نمط رقم الملف قوس ‎{‎ أو ‎}‎ من دون القوس المقابل له.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="607" />
            <source>A file number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
            <translation>يجب ألا يحتوي رقم الملف إلا على حروف لاتينية وأرقام والرموز ‎- _ / .‎ (وليس %1).</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="610" />
            <source>A file number may not contain spaces: use - or / instead.</source>
            <translation>يجب ألا يحتوي رقم الملف على مسافات: استخدم - أو / بدلاً منها.</translation>
        </message>
        <message>
            <location filename="../../db/validation.py" line="611" />
            <source>File numbers made by this pattern could be longer than %1 characters.</source>
            <translation>قد يتجاوز عدد أحرف أرقام الملفات التي يكوّنها هذا النمط %1.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="36" />
            <source>%1 has document applications or referrals. Close and archive the file instead; deleting it would leave casework without its person.</source>
            <translation>لدى %1 معاملات وثائق أو إحالات. أغلق الملف وأرشفه بدلاً من ذلك؛ فحذفه يترك العمل القانوني بلا صاحبه.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="155" />
            <source>A household needs at least one member.</source>
            <translation>يجب أن تضم الأسرة فرداً واحداً على الأقل.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="293" />
            <source>There is no recorded consent.</source>
            <translation>لا توجد موافقة مسجلة.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="296" />
            <source>Consent was withdrawn on %1.</source>
            <translation>سُحبت الموافقة بتاريخ %1.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="300" />
            <source>The consent does not cover referrals.</source>
            <translation>الموافقة لا تشمل الإحالات.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="302" />
            <source>The consent does not cover sharing with %1.</source>
            <translation>الموافقة لا تشمل مشاركة البيانات مع %1.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="304" />
            <source>Consent covers this referral.</source>
            <translation>الموافقة تشمل هذه الإحالة.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="313" />
            <source>Choose who gave consent.</source>
            <translation>اختر من أعطى الموافقة.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="315" />
            <source>Write the guardian's name.</source>
            <translation>اكتب اسم الولي أو الوصي.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="318" />
            <source>Unknown consent scope: %1.</source>
            <translation>نطاق موافقة غير معروف: %1.</translation>
        </message>
        <message>
            <location filename="../../db/people.py" line="320" />
            <source>Sharing consent must name the agency.</source>
            <translation>يجب أن تذكر موافقة المشاركة اسم الجهة.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="30" />
            <source>The file is empty. Nothing was imported.</source>
            <translation>الملف فارغ. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="65" />
            <source>The file is larger than %1 MB; a place table is far smaller. Nothing was imported.</source>
            <translation>حجم الملف أكبر من %1 ميغابايت، وجدول الأماكن أصغر من ذلك بكثير. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="31" />
            <source>The file is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file renamed. Nothing was imported.</source>
            <translation>الملف ليس مصنف Excel ‏(.xlsx) يمكن قراءته؛ قد يكون تالفًا أو ملفًا من نوع آخر غُيّر اسمه. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="36" />
            <source>The workbook is protected with a password. Open it in Excel, remove the password, save it and import it again. Nothing was imported.</source>
            <translation>المصنف محمي بكلمة مرور. افتحه في Excel وأزل كلمة المرور واحفظه ثم استورده مرة أخرى. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="41" />
            <source>This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that. Nothing was imported.</source>
            <translation>هذا ملف Excel قديم بصيغة 97-2003 ‏(.xls). احفظه مصنفَ Excel ‏(.xlsx) أو ملف CSV بترميز UTF-8 ثم استورده. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="46" />
            <source>The workbook contains macros. Save it as an Excel workbook without macros (.xlsx) and import that. Nothing was imported.</source>
            <translation>يحتوي المصنف على وحدات ماكرو. احفظه مصنفَ Excel بلا وحدات ماكرو ‏(.xlsx) ثم استورده. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="51" />
            <source>The workbook is built in an unsafe way (file names leading outside it, or far too much packed data). It was not opened. Nothing was imported.</source>
            <translation>بنية المصنف غير آمنة (أسماء ملفات تقود إلى خارجه، أو بيانات مضغوطة أكبر بكثير من المعقول). لم يُفتح. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="56" />
            <source>The file is neither an Excel workbook nor a text table Sanad can read. Save it as an Excel workbook (.xlsx) or as CSV UTF-8. Nothing was imported.</source>
            <translation>الملف ليس مصنف Excel ولا جدولًا نصيًا يستطيع سند قراءته. احفظه مصنفَ Excel ‏(.xlsx) أو ملف CSV بترميز UTF-8. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="62" />
            <source>The workbook has no sheet called %1. Nothing was imported.</source>
            <translation>لا توجد في المصنف ورقة باسم %1. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="74" />
            <source>No COD-AB columns were found (such as ADM1_PCODE, ADM1_AR, ADM1_EN, ADM2_PCODE ...). Nothing was imported.</source>
            <translation>لم يُعثر على أعمدة COD-AB (مثل ADM1_PCODE وADM1_AR وADM1_EN وADM2_PCODE ...). لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="79" />
            <source>The file has more than %1 rows; a place table is far smaller. Nothing was imported.</source>
            <translation>في الملف أكثر من %1 صف، وجدول الأماكن أصغر من ذلك بكثير. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/tabular.py" line="61" />
            <source>Sanad could not read the file %1. Nothing was imported.</source>
            <translation>تعذّر على سند قراءة الملف %1. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="85" />
            <source>%1 is not a COD-AB code for a %2.</source>
            <translation>%1 ليس رمز COD-AB صالحًا لـ%2.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="86" />
            <source>%1 has no Arabic name.</source>
            <translation>لا يوجد اسم عربي للرمز %1.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="87" />
            <source>%1 has no English name.</source>
            <translation>لا يوجد اسم إنجليزي للرمز %1.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="88" />
            <source>A cell holds a formula (%1); p-codes and place names must be plain text.</source>
            <translation>تحتوي خلية على صيغة (%1)؛ يجب أن تكون الرموز وأسماء الأماكن نصًا عاديًا.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="91" />
            <source>%1 cannot lie in %2: its code does not begin with %2.</source>
            <translation>لا يمكن أن يقع %1 ضمن %2: رمزه لا يبدأ بـ%2.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="92" />
            <source>%1 has no %2 code on its row.</source>
            <translation>لا يوجد في صف %1 رمز %2.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="93" />
            <source>%1 lies in %2, which is neither in the file nor in Sanad.</source>
            <translation>يقع %1 ضمن %2، وهذا غير موجود في الملف ولا في سند.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="94" />
            <source>%1 appears again with other names (%2 / %3); the first row's names were kept.</source>
            <translation>يتكرر %1 بأسماء أخرى (%2 / %3)؛ أُبقيت أسماء الصف الأول.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="98" />
            <source>governorate</source>
            <translation>محافظة</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="99" />
            <source>district</source>
            <translation>قضاء</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="100" />
            <source>sub-district</source>
            <translation>ناحية</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="104" />
            <source>Write the place's Arabic name.</source>
            <translation>اكتب اسم المكان بالعربية.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="105" />
            <source>Write the place's English name.</source>
            <translation>اكتب اسم المكان بالإنجليزية.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="106" />
            <source>A place name can be at most %1 characters.</source>
            <translation>لا يتجاوز اسم المكان %1 حرفًا.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="107" />
            <source>A place name cannot begin with = + - or @.</source>
            <translation>لا يجوز أن يبدأ اسم المكان بـ = أو + أو - أو @.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="108" />
            <source>There is already a place called %1 there.</source>
            <translation>يوجد هناك مكان باسم %1 من قبل.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="109" />
            <source>Places go down to sub-districts; a place cannot be added inside the sub-district %1.</source>
            <translation>تنتهي الأماكن عند مستوى الناحية؛ لا يمكن إضافة مكان داخل الناحية %1.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="112" />
            <source>%1 already has %2 places added by the office, the most it can hold.</source>
            <translation>أضاف المكتب إلى %1 ‏%2 مكانًا، وهو الحد الأقصى.</translation>
        </message>
        <message>
            <location filename="../../db/locations.py" line="113" />
            <source>There is no place with the code %1.</source>
            <translation>لا يوجد مكان بالرمز %1.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="120" />
            <source>The record %1 was changed after you compared the two records. Nothing was merged: compare them again to see the change.</source>
            <translation>عُدِّل السجل %1 بعد أن قارنت السجلين. لم يُدمج شيء: قارنهما مرة أخرى لترى التعديل.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="128" />
            <source>These two records cannot be merged automatically: both have an entry in "%1" that cannot be combined. Nothing was changed.</source>
            <translation>لا يمكن دمج هذين السجلين تلقائياً: لكل منهما قيد في «%1» لا يمكن جمعه مع الآخر. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="136" />
            <source>This merge was already undone (%1, by %2). Nothing was changed.</source>
            <translation>سبق التراجع عن هذا الدمج (%1، بواسطة %2). لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="143" />
            <source>A record cannot be merged with itself.</source>
            <translation>لا يمكن دمج سجل مع نفسه.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="144" />
            <source>Unknown field or choice in the merge: %1.</source>
            <translation>حقل أو اختيار غير معروف في الدمج: %1.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="145" />
            <source>The kept record %1 was itself merged into %2 after this merge. Undo that merge first. Nothing was changed.</source>
            <translation>دُمج السجل الباقي %1 نفسه في %2 بعد هذا الدمج. تراجع عن ذلك الدمج أولاً. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../db/merge.py" line="150" />
            <source>The file number %1 now belongs to another record, so this merge cannot be undone. Nothing was changed.</source>
            <translation>أصبح رقم الملف %1 لسجل آخر، لذلك لا يمكن التراجع عن هذا الدمج. لم يتغير شيء.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="53" />
            <source>Someone else saved this record after you opened it. Nothing was overwritten: close the form and open the record again to see their changes, then make yours.</source>
            <translation>حفظ شخص آخر هذا السجل بعد أن فتحته. لم يُستبدل شيء: أغلق النموذج وافتح السجل من جديد لترى تعديلاته، ثم أجرِ تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="288" />
            <source>Document %1: choose the type of document.</source>
            <translation>الوثيقة %1: اختر نوع الوثيقة.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="289" />
            <source>Document %1: the number is too long (at most %2 characters).</source>
            <translation>الوثيقة %1: الرقم طويل جداً (%2 حرفاً على الأكثر).</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="290" />
            <source>Document %1: %2</source>
            <translation>الوثيقة %1: %2</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="291" />
            <source>Document %1: the date of issue %2 is in the future.</source>
            <translation>الوثيقة %1: تاريخ الإصدار %2 في المستقبل.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="292" />
            <source>Document %1: issued (%2) before the person was born (%3).</source>
            <translation>الوثيقة %1: صدرت (%2) قبل ولادة الشخص (%3).</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="293" />
            <source>Document %1: write the full date of issue (day/month/year), or leave it empty.</source>
            <translation>الوثيقة %1: اكتب تاريخ الإصدار كاملاً (يوم/شهر/سنة)، أو اتركه فارغاً.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="296" />
            <source>Relation %1: a person cannot be their own relative.</source>
            <translation>القرابة %1: لا يكون الشخص قريباً لنفسه.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="297" />
            <source>Relation %1: choose how the two are related.</source>
            <translation>القرابة %1: اختر صلة القرابة بينهما.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="298" />
            <source>Relation %1: this person is listed twice.</source>
            <translation>القرابة %1: هذا الشخص مذكور مرتين.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="299" />
            <source>Relation %1: that person is no longer in the vault.</source>
            <translation>القرابة %1: لم يعد ذلك الشخص في الخزنة.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="300" />
            <source>Relation %1: a person has only one mother and one father.</source>
            <translation>القرابة %1: للشخص أم واحدة وأب واحد فقط.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="301" />
            <source>The file number cannot be empty.</source>
            <translation>لا يمكن أن يكون رقم الملف فارغاً.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="213" />
            <source>The file is larger than %1 MB. Split it into smaller files and import each. Nothing was imported.</source>
            <translation>حجم الملف أكبر من %1 ميغابايت. قسّمه إلى ملفات أصغر واستورد كلاً منها على حدة. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="216" />
            <source>The sheet has more than %1 rows; Sanad imports at most %1 rows at a time. Split it into smaller files and import each. Nothing was imported.</source>
            <translation>في الورقة أكثر من %1 سطر؛ يستورد سند %1 سطر على الأكثر في المرة الواحدة. قسّمها إلى ملفات أصغر واستورد كلاً منها على حدة. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="221" />
            <source>The sheet %1 is empty. Choose another sheet or file. Nothing was imported.</source>
            <translation>الورقة %1 فارغة. اختر ورقة أو ملفاً آخر. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="224" />
            <source>The file has no rows. Nothing was imported.</source>
            <translation>لا توجد أسطر في الملف. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="225" />
            <source>The sheet has a row of headings but no rows of people below it. Nothing was imported.</source>
            <translation>في الورقة سطر عناوين ولكن لا توجد تحته أسطر لأشخاص. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="228" />
            <source>Choose the column that holds the first name: without it no row can be imported.</source>
            <translation>اختر العمود الذي يحوي الاسم الأول: لا يمكن استيراد أي سطر من دونه.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="231" />
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>أُلغي الاستيراد. لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="232" />
            <source>Row %1 can no longer be imported: %2 Nothing was imported; check the file again and import it again.</source>
            <translation>لم يعد من الممكن استيراد السطر %1: %2 لم يُستورد أي شيء؛ افحص الملف من جديد ثم استورده مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="236" />
            <source>The mapping file %1 is not a Sanad column mapping (JSON with "columns"). Nothing was imported.</source>
            <translation>الملف %1 ليس ملف مطابقة أعمدة لسند (JSON يحوي "columns"). لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="239" />
            <source>The mapping names a field Sanad does not have: %1.</source>
            <translation>تذكر المطابقة حقلاً غير موجود في سند: %1.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="240" />
            <source>The mapping names columns this file does not have: %1. Choose the columns again for this file. Nothing was imported.</source>
            <translation>تذكر مطابقة الأعمدة أعمدةً لا يحتويها هذا الملف: %1. اختر الأعمدة من جديد لهذا الملف. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="243" />
            <source>There is no mapping file %1. Nothing was imported.</source>
            <translation>لا يوجد ملف مطابقة باسم %1. لم يُستورد شيء.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="245" />
            <source>Give the mapping a name (up to 120 characters).</source>
            <translation>أعطِ المطابقة اسماً (حتى 120 حرفاً).</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="246" />
            <source>There is no saved mapping called %1.</source>
            <translation>لا توجد مطابقة محفوظة باسم %1.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="249" />
            <source>The cell holds a formula (%1). It was not calculated: its text was taken as it is.</source>
            <translation>تحوي الخلية صيغة (%1). لم تُحسب الصيغة: أُخذ نصها كما هو.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="252" />
            <source>%1 is not a relationship Sanad knows. Write head, spouse, son, daughter, mother, grandchild or other.</source>
            <translation>%1 ليست صلة يعرفها سند. اكتب: رب الأسرة، زوج/زوجة، ابن، ابنة، أم، حفيد، أو آخر.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="256" />
            <source>Household %1 already has a head of household on row %2.</source>
            <translation>للأسرة %1 رب أسرة في السطر %2 أصلاً.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="257" />
            <source>Not imported because row %1 of the same household has a problem: a household is imported whole.</source>
            <translation>لم يُستورد لأن في السطر %1 من الأسرة نفسها مشكلة: تُستورد الأسرة كاملة أو لا تُستورد.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="260" />
            <source>This differs from the head of household's row (%1); the head's row was used for the household.</source>
            <translation>هذه القيمة تختلف عن سطر رب الأسرة (%1)؛ اعتُمد سطر رب الأسرة لبيانات الأسرة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="263" />
            <source>The file number %1 is also on row %2.</source>
            <translation>رقم الملف %1 موجود أيضاً في السطر %2.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="264" />
            <location filename="../../db/records.py" line="302" />
            <source>A file number may use letters, digits, - / and . only, up to %1 characters.</source>
            <translation>يتكوّن رقم الملف من حروف وأرقام و - / . فقط، حتى %1 حرفاً.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="267" />
            <location filename="../../db/records.py" line="305" />
            <source>The file number %1 is already used by another person.</source>
            <translation>رقم الملف %1 مستخدم لشخص آخر.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="268" />
            <location filename="../../db/records.py" line="306" />
            <source>The file number %1 belonged to a record merged into another; file numbers are never reused.</source>
            <translation>رقم الملف %1 كان لسجل دُمج في سجل آخر؛ أرقام الملفات لا يعاد استخدامها.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="271" />
            <source>No district called %1 is in the office's list of places.</source>
            <translation>لا يوجد قضاء باسم %1 في قائمة الأماكن لدى المنظمة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="272" />
            <source>No sub-district called %1 is in the office's list of places.</source>
            <translation>لا توجد ناحية باسم %1 في قائمة الأماكن لدى المنظمة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="275" />
            <source>More than one place is called %1: write its p-code instead.</source>
            <translation>هناك أكثر من مكان باسم %1: اكتب رمزه بدلاً من اسمه.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="276" />
            <source>The number %1 is not a date of birth.</source>
            <translation>الرقم %1 ليس تاريخ ميلاد.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="277" />
            <source>%1 is not a Washington Group answer. Write 1 (no difficulty), 2 (some difficulty), 3 (a lot of difficulty) or 4 (cannot do at all), or leave it empty.</source>
            <translation>%1 ليست إجابة من إجابات مجموعة واشنطن. اكتب 1 (لا صعوبة) أو 2 (بعض الصعوبة) أو 3 (صعوبة كبيرة) أو 4 (لا يستطيع إطلاقاً)، أو اترك الخانة فارغة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="282" />
            <source>%1 is not an answer Sanad understands: write yes or no.</source>
            <translation>%1 ليست إجابة يفهمها سند: اكتب نعم أو لا.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="283" />
            <source>Write the day consent was given as YYYY-MM-DD or D/M/YYYY (not %1).</source>
            <translation>اكتب يوم إعطاء الموافقة بالشكل سنة-شهر-يوم أو يوم/شهر/سنة (وليس %1).</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="286" />
            <source>Consent to registration is recorded as given on %1, the day of the import: the file gives no date.</source>
            <translation>سُجّلت الموافقة على التسجيل بتاريخ %1، وهو يوم الاستيراد، لأن الملف لا يذكر تاريخها.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="289" />
            <source>A date of consent is given but the consent column does not say yes: no consent was recorded.</source>
            <translation>ذُكر تاريخ للموافقة لكن عمود الموافقة لا يقول نعم: لم تُسجَّل أي موافقة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="294" />
            <source>Probably the same person as row %1 (score %2).</source>
            <translation>على الأرجح الشخص نفسه في السطر %1 (الدرجة %2).</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="295" />
            <source>Probably the same person as %1, already in Sanad (score %2).</source>
            <translation>على الأرجح الشخص نفسه صاحب الملف %1 المسجّل في سند (الدرجة %2).</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="296" />
            <source>Already in Sanad as %1 (same names, mother, sex and date of birth): not imported again.</source>
            <translation>مسجّل في سند برقم الملف %1 (الأسماء واسم الأم والجنس وتاريخ الميلاد نفسها): لن يُستورد مرة ثانية.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="299" />
            <source>The same person as row %1 (every field equal): skipped unless you choose to import it.</source>
            <translation>الشخص نفسه في السطر %1 (جميع الحقول متطابقة): سيُتخطى إلا إذا اخترت استيراده.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="302" />
            <source>Two columns are headed %1; the second is shown as %2.</source>
            <translation>هناك عمودان بالعنوان %1؛ يظهر الثاني باسم %2.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="303" />
            <source>Column %1 has no heading (perhaps part of a merged cell); it is shown as %2.</source>
            <translation>العمود %1 بلا عنوان (ربما جزء من خلية مدمجة)؛ يظهر باسم %2.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="306" />
            <source>The headings were found on row %1; the rows above it were left out.</source>
            <translation>وُجدت العناوين في السطر %1؛ تُركت الأسطر التي فوقه.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="307" />
            <source>Only the first %1 columns were read.</source>
            <translation>قُرئت أول %1 عموداً فقط.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="308" />
            <source>This same file was imported before, on %1.</source>
            <translation>سبق استيراد هذا الملف نفسه في %1.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="702" />
            <source>The Hijri date %1 was read as %2 (Umm al-Qura calendar).</source>
            <translation>قُرئ التاريخ الهجري %1 على أنه %2 (تقويم أم القرى).</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="705" />
            <source>%1 is not a Hijri date Sanad can read. Write it as 1415/03/12 هـ, 3/1415 هـ or 1415 هـ.</source>
            <translation>%1 ليس تاريخاً هجرياً يستطيع سند قراءته. اكتبه بالشكل 1415/03/12 هـ أو 3/1415 هـ أو 1415 هـ.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="708" />
            <source>Sanad converts Hijri years from %1 to %2 only. Write this date of birth in the Gregorian calendar.</source>
            <translation>يحوّل سند السنوات الهجرية من %1 إلى %2 فقط. اكتب تاريخ الميلاد هذا بالتقويم الميلادي.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="712" />
            <source>There is no Hijri month %1: write a month from 1 to 12.</source>
            <translation>لا يوجد شهر هجري رقمه %1: اكتب شهراً من 1 إلى 12.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="713" />
            <source>Hijri month %1 of %2 has %3 days, so there is no day %4.</source>
            <translation>الشهر الهجري %1 من سنة %2 عدد أيامه %3، فلا يوجد فيه اليوم %4.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="714" />
            <source>The year %1 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it (for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.</source>
            <translation>السنة %1 ليست سنة ميلاد بالتقويم الميلادي. إن كان التاريخ هجرياً فاكتب بعده هـ (مثلاً 1415/03/12 هـ)، وإلا فصحّح السنة.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="834" />
            <location filename="../../db/people.py" line="32" />
            <location filename="../../db/records.py" line="309" />
            <source>The place code %1 is not in the office's list of places.</source>
            <translation>رمز المكان %1 غير موجود في قائمة أماكن المكتب.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="310" />
            <source>This date of birth (%1) would make this person younger than, or too young for, their child %2 (born %3).</source>
            <translation>تاريخ الولادة هذا (%1) يجعل هذا الشخص أصغر من طفله %2 (المولود %3) أو أصغر من أن يكون والده.</translation>
        </message>
        <message>
            <location filename="../../db/records.py" line="314" />
            <source>The notes are too long: at most %1 characters.</source>
            <translation>الملاحظات طويلة جداً: %1 حرفاً على الأكثر.</translation>
        </message>
        <message>
            <location filename="../../db/files.py" line="21" />
            <source>Sanad could not write %1. No file was made. Check that the folder exists and the drive is connected.</source>
            <translation>تعذّر على سند كتابة %1. لم يُنشأ أي ملف. تأكّد من وجود المجلد ومن أن وحدة التخزين موصولة.</translation>
        </message>
        <message>
            <location filename="../../db/files.py" line="28" />
            <source>Sanad may not write %1 (the folder is read-only or the file is open in another program). No file was made. Choose another place or close the file.</source>
            <translation>لا يُسمح لسند بكتابة %1 (المجلد للقراءة فقط أو الملف مفتوح في برنامج آخر). لم يُنشأ أي ملف. اختر مكانًا آخر أو أغلق الملف.</translation>
        </message>
        <message>
            <location filename="../../db/subject_access.py" line="375" />
            <source>Choose a file name ending in .json or .xlsx, matching the format.</source>
            <translation>اختر اسم ملف ينتهي بـ ‎.json أو ‎.xlsx بما يطابق الصيغة المختارة.</translation>
        </message>
        <message>
            <location filename="../../db/my_week.py" line="45" />
            <source>Only managers and administrators can see the whole office's week or another user's.</source>
            <translation>لا يطّلع على أسبوع المكتب كله أو أسبوع مستخدم آخر إلا المدراء ومدراء النظام.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="53" />
            <source>A sent referral can next be accepted, refused, or marked as not answered.</source>
            <translation>الإحالة المرسلة يمكن بعدها أن تُقبل أو تُرفض أو يُسجَّل أنه لا يوجد رد.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="55" />
            <source>An accepted referral can next have its service given, or be refused.</source>
            <translation>الإحالة المقبولة يمكن بعدها أن تُقدَّم خدمتها أو تُرفض.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="57" />
            <source>A referral not answered yet can next be accepted, refused, or have its service given.</source>
            <translation>الإحالة التي لم يأتِ ردها بعد يمكن أن تُقبل أو تُرفض أو تُقدَّم خدمتها.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="59" />
            <source>The service was given, so the referral is closed and nothing follows. Make a new referral if more is needed.</source>
            <translation>قُدِّمت الخدمة، فالإحالة مغلقة ولا يتبعها شيء. أنشئ إحالة جديدة إن لزم المزيد.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="63" />
            <source>The referral was refused, so it is closed and nothing follows. Make a new referral if more is needed.</source>
            <translation>رُفضت الإحالة، فهي مغلقة ولا يتبعها شيء. أنشئ إحالة جديدة إن لزم المزيد.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="71" />
            <source>This change is not allowed. %1</source>
            <translation>هذا التغيير غير مسموح. %1</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="82" />
            <source>This referral cannot be sent without consent. %1</source>
            <translation>لا يمكن إرسال هذه الإحالة دون موافقة. %1</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="90" />
            <source>The file %1 is archived: no new referral can be made for it.</source>
            <translation>الملف %1 مؤرشف: لا يمكن إنشاء إحالة جديدة له.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="100" />
            <source>Unknown referral state: %1.</source>
            <translation>حالة إحالة غير معروفة: %1.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="117" />
            <source>The referral reference pattern must contain {seq} where the running number goes, for example ODS/REF/{year}/{seq:04d}.</source>
            <translation>يجب أن يحتوي نمط الرقم المرجعي للإحالة على {seq} في موضع الرقم التسلسلي، مثل ODS/REF/{year}/{seq:04d}.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="121" />
            <source>The referral reference pattern may contain {seq} only once.</source>
            <translation>لا يجوز أن يحتوي نمط الرقم المرجعي للإحالة على {seq} أكثر من مرة.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="123" />
            <source>The referral reference pattern may contain {year} only once.</source>
            <translation>لا يجوز أن يحتوي نمط الرقم المرجعي للإحالة على {year} أكثر من مرة.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="125" />
            <source>The referral reference pattern has an unknown part %1. Use only {year} and {seq}.</source>
            <translation>في نمط الرقم المرجعي للإحالة جزء غير معروف %1. استخدم {year} و{seq} فقط.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="127" />
            <source>The referral reference pattern has a { or } without its partner.</source>
            <translation>في نمط الرقم المرجعي للإحالة قوس { أو } دون نظيره.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="129" />
            <source>A referral reference may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
            <translation>لا يجوز أن يحتوي الرقم المرجعي للإحالة إلا على حروف لاتينية وأرقام والعلامات - _ / . (وليس %1).</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="131" />
            <source>A referral reference may not contain spaces: use - or / instead.</source>
            <translation>لا يجوز أن يحتوي الرقم المرجعي للإحالة على مسافات: استخدم - أو / بدلاً منها.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="133" />
            <source>References made by this pattern could be longer than %1 characters.</source>
            <translation>قد تتجاوز الأرقام المرجعية الناتجة عن هذا النمط %1 حرفاً.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="204" />
            <source>Write the organisation's name in Arabic or in English.</source>
            <translation>اكتب اسم الجهة بالعربية أو بالإنجليزية.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="206" />
            <source>%1 is already in the address book.</source>
            <translation>%1 موجودة في دليل الجهات مسبقاً.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="207" />
            <source>Unknown service: %1.</source>
            <translation>خدمة غير معروفة: %1.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="208" />
            <source>This is not an e-mail address.</source>
            <translation>هذا ليس عنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="209" />
            <source>Write the phone number with digits.</source>
            <translation>اكتب رقم الهاتف بالأرقام.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="576" />
            <source>Write why the person is referred.</source>
            <translation>اكتب سبب إحالة الشخص.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="577" />
            <source>Choose the service the person is referred to.</source>
            <translation>اختر الخدمة التي يُحال إليها الشخص.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="578" />
            <source>Choose how urgent the referral is.</source>
            <translation>اختر درجة استعجال الإحالة.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="579" />
            <source>Choose the organisation from the address book.</source>
            <translation>اختر الجهة من دليل الجهات.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="580" />
            <source>%1 is no longer offered in the address book: choose another organisation.</source>
            <translation>توقف التعامل مع %1 في دليل الجهات: اختر جهة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="582" />
            <source>The date sent cannot be after today.</source>
            <translation>لا يمكن أن يكون تاريخ الإرسال بعد اليوم.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="583" />
            <source>Check the date: %1 is too long ago.</source>
            <translation>تحقق من التاريخ: %1 قديم جداً.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="584" />
            <source>The follow-up must be due in 1 to %1 days.</source>
            <translation>يجب أن يكون موعد المتابعة بعد يوم واحد إلى %1 يوماً.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="585" />
            <source>The person responsible must be an active user who makes referrals.</source>
            <translation>يجب أن يكون المسؤول مستخدماً فعّالاً يُجري الإحالات.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="586" />
            <source>The date cannot be after today.</source>
            <translation>لا يمكن أن يكون التاريخ بعد اليوم.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="587" />
            <source>The date cannot be before the referral was sent (%1).</source>
            <translation>لا يمكن أن يكون التاريخ قبل إرسال الإحالة (%1).</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="588" />
            <source>The next follow-up cannot be due before %1.</source>
            <translation>لا يمكن أن يكون موعد المتابعة القادمة قبل %1.</translation>
        </message>
        <message>
            <location filename="../../db/referrals.py" line="589" />
            <source>A closed referral has no follow-up date.</source>
            <translation>الإحالة المغلقة ليس لها موعد متابعة.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="72" />
            <source>An application in "%1" cannot move to "%2". From here it can go to: %3.</source>
            <translation>لا يمكن نقل معاملة في مرحلة «%1» إلى «%2». يمكن نقلها من هنا إلى: %3.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="78" />
            <source>This application is finished ("%1"). Nothing follows an end: open a new application instead.</source>
            <translation>هذه المعاملة منتهية («%1»). لا شيء بعد النهاية: افتح معاملة جديدة بدلاً منها.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="84" />
            <source>Moving to "%1" needs a reason: write why.</source>
            <translation>النقل إلى «%1» يحتاج إلى سبب: اكتب السبب.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="88" />
            <source>There is no state "%1" in this workflow.</source>
            <translation>لا توجد مرحلة «%1» في مسار العمل هذا.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="92" />
            <source>This workflow cannot be used: %1</source>
            <translation>لا يمكن استخدام مسار العمل هذا: %1</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="162" />
            <source>it needs at least one step.</source>
            <translation>يحتاج إلى مرحلة واحدة على الأقل.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="163" />
            <source>it needs exactly one "issued" state.</source>
            <translation>يحتاج إلى مرحلة «صدرت» واحدة بالضبط.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="164" />
            <source>it needs exactly one "closed" state.</source>
            <translation>يحتاج إلى مرحلة «مغلقة» واحدة بالضبط.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="165" />
            <source>it may have at most one "on hold" state.</source>
            <translation>لا يجوز أن يحتوي أكثر من مرحلة «معلّقة» واحدة.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="166" />
            <source>two states share one code.</source>
            <translation>مرحلتان تشتركان في رمز واحد.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="167" />
            <source>a state has an unknown kind.</source>
            <translation>لإحدى المراحل معنى غير معروف.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="168" />
            <source>every state needs a name.</source>
            <translation>كل مرحلة تحتاج إلى اسم.</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="197" />
            <source>This would make applications wait for each other in a circle: %1. Nothing was changed.</source>
            <translation>سيجعل هذا المعاملات تنتظر بعضها في حلقة مغلقة: %1. لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="83" />
            <source>Someone else changed this list after you opened it. Nothing was overwritten: open it again.</source>
            <translation>عدّل شخص آخر هذه القائمة بعد أن فتحتها. لم يُستبدل شيء: افتحها من جديد.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="89" />
            <source>The state "%1" cannot be removed: %2 applications are in it. Move them first, or keep it.</source>
            <translation>لا يمكن حذف المرحلة «%1»: فيها %2 معاملة. انقلها أولاً، أو أبقِ المرحلة.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="94" />
            <source>Row %1: a code uses small Latin letters, digits and _ (up to 40), starting with a letter.</source>
            <translation>السطر %1: يتكوّن الرمز من حروف لاتينية صغيرة وأرقام و _ (حتى 40)، ويبدأ بحرف.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="96" />
            <source>Row %1: the code %2 is used twice.</source>
            <translation>السطر %1: الرمز %2 مستخدم مرتين.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="97" />
            <source>Row %1: write a name in Arabic or English.</source>
            <translation>السطر %1: اكتب اسماً بالعربية أو بالإنجليزية.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="98" />
            <source>Row %1: a text is too long (at most %2 characters).</source>
            <translation>السطر %1: أحد النصوص طويل جداً (%2 حرفاً على الأكثر).</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="99" />
            <source>Row %1: choose what the state means.</source>
            <translation>السطر %1: اختر معنى المرحلة.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="100" />
            <source>%1 has open applications: it cannot become evidence only until they are finished.</source>
            <translation>لـ %1 معاملات مفتوحة: لا يمكن جعله للاستدلال فقط حتى تنتهي.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="103" />
            <source>There is no document type %1.</source>
            <translation>لا يوجد نوع وثيقة %1.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="104" />
            <source>Line %1: write what must be handed in.</source>
            <translation>السطر %1: اكتب ما يجب تقديمه.</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="105" />
            <source>The state "%1" cannot change what it means: %2 applications are in it.</source>
            <translation>لا يمكن تغيير معنى المرحلة «%1»: فيها %2 معاملة.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="61" />
            <source>The backup folder %1 does not exist. Plug in the drive or choose another folder.</source>
            <translation>مجلد النسخ الاحتياطي %1 غير موجود. صِل وحدة التخزين أو اختر مجلدًا آخر.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="67" />
            <source>The backup could not be written (%1). The earlier backups were not changed.</source>
            <translation>تعذّرت كتابة النسخة الاحتياطية (%1). لم تتغيّر النسخ الاحتياطية السابقة.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="73" />
            <source>The backup drive %1 was removed or stopped answering while the backup was written. The backup was not saved and the earlier backups were not changed. Plug the drive in again and back up once more.</source>
            <translation>أُزيل قرص النسخ الاحتياطي %1 أو توقف عن الاستجابة أثناء كتابة النسخة. لم تُحفظ النسخة الاحتياطية ولم تتغير النسخ السابقة. أعد توصيل القرص ثم أنشئ نسخة احتياطية مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="82" />
            <source>There is not enough free space in %1 for the backup. The backup was not saved and the earlier backups were not changed. Free some space or choose another drive.</source>
            <translation>لا توجد مساحة فارغة كافية في %1 للنسخة الاحتياطية. لم تُحفظ النسخة ولم تتغير النسخ السابقة. أفرغ بعض المساحة أو اختر قرصاً آخر.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="90" />
            <source>The backup was stopped before it was finished. The earlier backups were not changed.</source>
            <translation>أُوقفت النسخة الاحتياطية قبل اكتمالها. لم تتغير النسخ السابقة.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="96" />
            <source>%1 is not a complete Sanad backup, or it was damaged. Nothing was restored. Try another backup.</source>
            <translation>الملف %1 ليس نسخة احتياطية كاملة من سند، أو أنه تالف. لم تتم استعادة أي شيء. جرّب نسخة احتياطية أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="103" />
            <source>This backup was made by a newer version of Sanad. Install the newer version to restore it. Nothing was restored.</source>
            <translation>صُنعت هذه النسخة الاحتياطية بإصدار أحدث من سند. ثبّت الإصدار الأحدث لاستعادتها. لم تتم استعادة أي شيء.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="111" />
            <source>There is no backup file at %1.</source>
            <translation>لا يوجد ملف نسخة احتياطية في %1.</translation>
        </message>
        <message>
            <location filename="../../db/backup.py" line="115" />
            <source>To restore a backup, give a user name and password or the recovery key.</source>
            <translation>لاستعادة نسخة احتياطية، أدخل اسم المستخدم وكلمة المرور أو مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="57" />
            <source>Only an administrator who may see sensitive fields can include them in an export. The export was not made.</source>
            <translation>لا يستطيع تضمين الحقول الحساسة في التصدير إلا مسؤول مخوَّل بالاطلاع عليها. لم يتم التصدير.</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="65" />
            <source>There is no list called %1 to export.</source>
            <translation>لا توجد قائمة باسم %1 لتصديرها.</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="68" />
            <source>A pseudonym key name has 1 to 40 Latin letters, digits, - or _.</source>
            <translation>يتكوّن اسم مفتاح الأسماء المستعارة من 1 إلى 40 حرفاً لاتينياً أو رقماً أو العلامتين - و _.</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="70" />
            <location filename="../../db/indicators.py" line="175" />
            <source>Write the period as a month (2026-10), a quarter (2026-Q4), a year (2026) or two dates (2026-10-01..2026-12-31).</source>
            <translation>اكتب الفترة شهراً (⁦2026-10⁩)، أو ربع سنة (⁦2026-Q4⁩)، أو سنة (⁦2026⁩)، أو تاريخين (⁦2026-10-01..2026-12-31⁩).</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="160" />
            <source>The period ends (%2) before it starts (%1): write the earlier date first.</source>
            <translation>تنتهي الفترة (%2) قبل أن تبدأ (%1): اكتب التاريخ الأقدم أولاً.</translation>
        </message>
        <message>
            <location filename="../../db/export_data.py" line="541" />
            <source>There is no pseudonym key called %1. An administrator makes keys on the Pseudonym keys screen (Reports and exports).</source>
            <translation>لا يوجد مفتاح أسماء مستعارة باسم %1. يُنشئ مدير النظام المفاتيح من شاشة مفاتيح الأسماء المستعارة (في التقارير والتصدير).</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="77" />
            <source>The report was cancelled. No file was made.</source>
            <translation>أُلغي التقرير. لم يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="179" />
            <source>The period ends before it starts.</source>
            <translation>تنتهي الفترة قبل أن تبدأ.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="232" />
            <source>Write the age groups from 0 up, without gaps, the last one open, e.g. 0-4,5-11,12-17,18-59,60+.</source>
            <translation>اكتب الفئات العمرية بدءاً من 0 دون فجوات، والأخيرة مفتوحة، مثل 0-4,5-11,12-17,18-59,60+.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="353" />
            <source>Give a short code of letters, digits and _ (for example women_18_plus).</source>
            <translation>أعطِ رمزاً قصيراً من حروف لاتينية صغيرة وأرقام و _ (مثل women_18_plus).</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="354" />
            <source>Another indicator already has the code %1.</source>
            <translation>يوجد مؤشر آخر بالرمز %1.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="355" />
            <source>Give the indicator a name.</source>
            <translation>أعطِ المؤشر اسماً.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="356" />
            <source>Choose what the indicator counts: people, applications or referrals.</source>
            <translation>اختر ما يعدّه المؤشر: الأشخاص أو المعاملات أو الإحالات.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="357" />
            <source>Choose the date that places a record in the period.</source>
            <translation>اختر التاريخ الذي يُدخل السجل في الفترة.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="358" />
            <source>Condition %1: this field cannot be used here.</source>
            <translation>الشرط %1: لا يمكن استخدام هذا الحقل هنا.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="359" />
            <source>Condition %1: choose how to compare.</source>
            <translation>الشرط %1: اختر طريقة المقارنة.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="360" />
            <source>Condition %1: give at least one value.</source>
            <translation>الشرط %1: اختر قيمة واحدة على الأقل.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="361" />
            <source>Condition %1: "%2" is not a value of this field.</source>
            <translation>الشرط %1: "%2" ليست من قيم هذا الحقل.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="362" />
            <source>Too many conditions or values.</source>
            <translation>الشروط أو القيم كثيرة جداً.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="363" />
            <source>This field cannot break the indicator down.</source>
            <translation>لا يمكن تفصيل المؤشر حسب هذا الحقل.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="364" />
            <source>Choose whether to count records or unique people.</source>
            <translation>اختر هل يُعدّ السجلات أم الأشخاص دون تكرار.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="365" />
            <source>A built-in indicator cannot be deleted; it can be switched off.</source>
            <translation>لا يمكن حذف مؤشر أساسي؛ يمكن إيقافه.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="366" />
            <source>The donor template %1 has cells mapped to this indicator: clear those cells first.</source>
            <translation>في قالب الجهة المانحة %1 خلايا مربوطة بهذا المؤشر: أفرغ تلك الخلايا أولاً.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="646" />
            <source>The smallest count shown must be 0 or more.</source>
            <translation>يجب أن يكون أصغر عدد يُعرض 0 أو أكثر.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="649" />
            <source>Only an administrator may show counts smaller than the office's setting (%1).</source>
            <translation>لا يعرض الأعداد الأصغر من إعداد المنظمة (%1) إلا مدير النظام.</translation>
        </message>
        <message>
            <location filename="../../db/indicators.py" line="663" />
            <source>There is no indicator %1.</source>
            <translation>لا يوجد مؤشر %1.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="93" />
            <source>There is no letter template %1.</source>
            <translation>لا يوجد قالب كتاب باسم %1.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="97" />
            <source>The letter template %1 has no text in this language (%2).</source>
            <translation>قالب الكتاب %1 ليس له نص بهذه اللغة (%2).</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="101" />
            <source>The letter %1 was cancelled: it cannot be printed again.</source>
            <translation>الكتاب %1 ملغى: لا يمكن طباعته مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="105" />
            <source>The letter %1 is already cancelled.</source>
            <translation>الكتاب %1 ملغى مسبقاً.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="109" />
            <source>The letter font that comes with Sanad is missing, so no letter can be made. Nothing was numbered. Reinstall Sanad.</source>
            <translation>خط الكتب المرفق مع سند مفقود، لذا لا يمكن إصدار أي كتاب. لم يُعطَ أي رقم. أعد تثبيت سند.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="124" />
            <source>The PDF could not be written to %1. Nothing was saved there.</source>
            <translation>تعذّرت كتابة ملف PDF في %1. لم يُحفظ شيء هناك.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="128" />
            <source>Sanad may not write in the folder of %1. Choose another folder.</source>
            <translation>لا يُسمح لسند بالكتابة في مجلد %1. اختر مجلداً آخر.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="132" />
            <source>The letter number pattern must contain {seq} where the running number goes, for example ODS/LTR/{year}/{seq:04d}.</source>
            <translation>يجب أن يحتوي نمط رقم الكتاب على {seq} في موضع الرقم المتسلسل، مثلاً ODS/LTR/{year}/{seq:04d}.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="136" />
            <source>The letter number pattern may contain {seq} only once.</source>
            <translation>لا يجوز أن يحتوي نمط رقم الكتاب على {seq} أكثر من مرة.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="138" />
            <source>The letter number pattern may contain {year} only once.</source>
            <translation>لا يجوز أن يحتوي نمط رقم الكتاب على {year} أكثر من مرة.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="140" />
            <source>The letter number pattern has an unknown part %1. Use only {year} and {seq}.</source>
            <translation>في نمط رقم الكتاب جزء غير معروف %1. استخدم {year} و{seq} فقط.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="142" />
            <source>The letter number pattern has a { or } without its partner.</source>
            <translation>في نمط رقم الكتاب قوس { أو } بلا مقابل.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="144" />
            <source>A letter number may contain only Latin letters, digits and the signs - _ / . (not %1).</source>
            <translation>لا يجوز أن يحتوي رقم الكتاب إلا على حروف لاتينية وأرقام والعلامات - _ / . (وليس %1).</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="146" />
            <source>A letter number may not contain spaces: use - or / instead.</source>
            <translation>لا يجوز أن يحتوي رقم الكتاب على فراغات: استخدم - أو / بدلاً منها.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="249" />
            <source>Write the letter's %1.</source>
            <translation>اكتب %1 للكتاب.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="250" />
            <source>This text is too long (at most %1 characters).</source>
            <translation>هذا النص طويل جداً (الحد الأقصى %1 حرفاً).</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="251" />
            <source>Write the template in Arabic, in English, or in both.</source>
            <translation>اكتب القالب بالعربية أو بالإنجليزية أو بكلتيهما.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="252" />
            <source>A template's key is 2 to 40 small Latin letters, digits or _, starting with a letter.</source>
            <translation>مفتاح القالب من 2 إلى 40 حرفاً لاتينياً صغيراً أو رقماً أو _، ويبدأ بحرف.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="390" />
            <source>A letter cannot print the field %1.</source>
            <translation>لا يمكن للكتاب أن يطبع الحقل %1.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="582" />
            <location filename="../../exports/lists.py" line="510" />
            <source>Choose Arabic or English.</source>
            <translation>اختر العربية أو الإنجليزية.</translation>
        </message>
        <message>
            <location filename="../../db/letters.py" line="833" />
            <source>Say why the letter is cancelled.</source>
            <translation>اذكر سبب إلغاء الكتاب.</translation>
        </message>
        <message>
            <location filename="../../db/panic.py" line="52" />
            <source>Emergency wipe is not enabled for this office. An administrator can turn it on in Settings.</source>
            <translation>المسح الطارئ غير مفعّل لهذا المكتب. يمكن للمسؤول تفعيله من الإعدادات.</translation>
        </message>
        <message>
            <location filename="../../db/panic.py" line="59" />
            <source>Type the word %1 exactly to confirm the emergency wipe.</source>
            <translation>اكتب الكلمة «%1» كما هي تماماً لتأكيد المسح الطارئ.</translation>
        </message>
        <message>
            <location filename="../../db/panic.py" line="63" />
            <source>The emergency wipe could not overwrite every file (%1). The key file was destroyed first; delete the folder %2 by hand if you can.</source>
            <translation>لم يتمكن المسح الطارئ من الكتابة فوق جميع الملفات (%1). أُتلف ملف المفاتيح أولاً؛ احذف المجلد %2 يدوياً إن استطعت.</translation>
        </message>
        <message>
            <location filename="../../db/retention.py" line="57" />
            <source>The file %1 is not a closed file without movement for %2 months (something is open or moved since). Nothing was changed.</source>
            <translation>الملف %1 ليس ملفاً مغلقاً بلا حركة منذ %2 شهراً (فيه شيء مفتوح أو تغيّر منذ ذلك الحين). لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="49" />
            <source>A donor template may be at most 10 MB. Nothing was added.</source>
            <translation>لا يجوز أن يتجاوز قالب الجهة المانحة 10 ميغابايت. لم يُضف شيء.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="50" />
            <source>Give the template a name (the donor and the report).</source>
            <translation>أعطِ القالب اسماً (الجهة المانحة والتقرير).</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="51" />
            <source>There is already a template called %1.</source>
            <translation>يوجد قالب باسم %1.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="52" />
            <source>%1: the template has no sheet called %2.</source>
            <translation>%1: لا توجد في القالب ورقة باسم %2.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="53" />
            <source>%1 is not a cell address (write it like B7).</source>
            <translation>%1 ليس عنوان خلية (اكتبه مثل B7).</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="54" />
            <source>%1 holds a formula of the donor's: Sanad will not write over it.</source>
            <translation>%1 فيها معادلة للجهة المانحة: لن يكتب سند فوقها.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="55" />
            <source>%1 lies inside merged cells: map the first cell of the merged area.</source>
            <translation>%1 تقع داخل خلايا مدمجة: اربط الخلية الأولى من المنطقة المدمجة.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="56" />
            <source>%1: there is no indicator %2.</source>
            <translation>%1: لا يوجد مؤشر %2.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="57" />
            <source>%1: "%2" is not a value of this indicator's breakdown.</source>
            <translation>%1: "%2" ليست من قيم تفصيل هذا المؤشر.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="58" />
            <source>%1: "%2" is not a value of %3.</source>
            <translation>%1: "%2" ليست من قيم %3.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="59" />
            <source>%1 is mapped twice.</source>
            <translation>%1 مربوطة مرتين.</translation>
        </message>
        <message>
            <location filename="../../exports/donor.py" line="60" />
            <source>There is no donor template called %1.</source>
            <translation>لا يوجد قالب جهة مانحة باسم %1.</translation>
        </message>
        <message>
            <location filename="../../exports/lists.py" line="50" />
            <source>The export was cancelled. No file was made.</source>
            <translation>أُلغي التصدير. لم يُنشأ أي ملف.</translation>
        </message>
        <message>
            <location filename="../../exports/lists.py" line="55" />
            <source>This list has %1 rows and an Excel sheet holds %2 at most. Narrow the list with its filters or a period, and export it in parts.</source>
            <translation>تضم هذه القائمة %1 صفاً، وورقة Excel لا تتسع لأكثر من %2 صفاً. ضيّق القائمة بعوامل التصفية أو بفترة زمنية، وصدّرها على أجزاء.</translation>
        </message>
        <message>
            <location filename="../../exports/lists.py" line="514" />
            <source>This list has no sensitive fields to include: export it without them.</source>
            <translation>لا تضم هذه القائمة حقولاً حساسة لتضمينها: صدّرها من دونها.</translation>
        </message>
        <message>
            <location filename="../../db/importing.py" line="244" />
            <location filename="../../exports/lists.py" line="53" />
            <source>Choose a file name ending in .xlsx.</source>
            <translation>اختر اسم ملف ينتهي بـ ⁦.xlsx⁩.</translation>
        </message>
        <message>
            <location filename="../../exports/lists.py" line="54" />
            <source>The folder %1 does not exist. Choose another place.</source>
            <translation>المجلد %1 غير موجود. اختر مكاناً آخر.</translation>
        </message>
        <message>
            <location filename="../../exports/report.py" line="26" />
            <source>The report is an Excel file: choose a name ending in .xlsx.</source>
            <translation>التقرير ملف Excel: اختر اسماً ينتهي بـ ‎.xlsx.</translation>
        </message>
        <message>
            <location filename="../../exports/report.py" line="27" />
            <source>The folder %1 does not exist.</source>
            <translation>المجلد %1 غير موجود.</translation>
        </message>
        <message>
            <location filename="../../db/pseudonyms.py" line="38" />
            <source>There is already a pseudonym key called %1. Choose another name.</source>
            <translation>يوجد مفتاح أسماء مستعارة باسم %1. اختر اسماً آخر.</translation>
        </message>
        <message>
            <location filename="../../db/pseudonyms.py" line="42" />
            <source>There is no pseudonym key called %1.</source>
            <translation>لا يوجد مفتاح أسماء مستعارة باسم %1.</translation>
        </message>
        <message>
            <location filename="../../db/pseudonyms.py" line="46" />
            <source>The default key cannot be deleted; it can be replaced.</source>
            <translation>لا يمكن حذف المفتاح الافتراضي، ويمكن استبداله.</translation>
        </message>
    </context>
    <context>
        <name>SecurityPage</name>
        <message>
            <location filename="../pages/security.py" line="121" />
            <source>Change my password</source>
            <translation>تغيير كلمة المرور الخاصة بي</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="125" />
            <source>Change password</source>
            <translation>تغيير كلمة المرور</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="132" />
            <source>Master key</source>
            <translation>المفتاح الرئيسي</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="135" />
            <source>Rotating re-encrypts the whole vault with a new key and gives a new recovery key. Do it if a recovery sheet or a computer may have fallen into the wrong hands. Other users will need a new password from you afterwards.</source>
            <translation>تغيير المفتاح الرئيسي يعيد تشفير الخزنة كاملة بمفتاح جديد ويُصدر مفتاح استرداد جديداً. قم بذلك إذا احتُمل أن تكون ورقة مفتاح الاسترداد أو أحد الحواسيب قد وقع في أيدٍ غير أمينة. بعد ذلك سيحتاج المستخدمون الآخرون إلى كلمة مرور جديدة منك.</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="144" />
            <source>Your password</source>
            <translation>كلمة المرور الخاصة بك</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="147" />
            <source>Rotate the master key…</source>
            <translation>تغيير المفتاح الرئيسي…</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="156" />
            <source>Password changed.</source>
            <translation>تم تغيير كلمة المرور.</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="159" />
            <source>Rotate the master key now? Other users will need new passwords.</source>
            <translation>هل تريد تغيير المفتاح الرئيسي الآن؟ سيحتاج المستخدمون الآخرون إلى كلمات مرور جديدة.</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="160" />
            <source>Rotate</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <location filename="../pages/security.py" line="160" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../db/office.py" line="32" />
            <source>Office name (Arabic)</source>
            <translation>اسم المنظمة (بالعربية)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="33" />
            <source>Office name (English)</source>
            <translation>اسم المنظمة (بالإنكليزية)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="34" />
            <source>Letterhead lines (Arabic)</source>
            <translation>أسطر ترويسة الكتب (بالعربية)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="35" />
            <source>Letterhead lines (English)</source>
            <translation>أسطر ترويسة الكتب (بالإنكليزية)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="38" />
            <source>File number pattern ({year}, {seq:05d})</source>
            <translation>نمط رقم الملف (‎{year}‎، ‎{seq:05d}‎)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="42" />
            <source>Referral reference pattern ({year}, {seq:04d})</source>
            <translation>نمط الرقم المرجعي للإحالة ({year}، {seq:04d})</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="46" />
            <source>Letter number pattern ({year}, {seq:04d})</source>
            <translation>نمط رقم الكتاب ({year}، {seq:04d})</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="49" />
            <source>Ministry of Education decision number (school letters)</source>
            <translation>رقم قرار وزارة التربية (كتب المدارس)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="51" />
            <source>Ministry of Education decision date (school letters)</source>
            <translation>تاريخ قرار وزارة التربية (كتب المدارس)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="52" />
            <source>Letters signed by (name)</source>
            <translation>موقِّع الكتب (الاسم)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="53" />
            <source>Letters signed by (title)</source>
            <translation>موقِّع الكتب (الصفة)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="54" />
            <source>Letters show the Hijri date too</source>
            <translation>إظهار التاريخ الهجري في الكتب أيضاً</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="55" />
            <source>Mark reprinted letters as copies</source>
            <translation>وسم الكتب المعاد طباعتها بكلمة «نسخة»</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="57" />
            <source>Minutes idle before Sanad locks</source>
            <translation>دقائق عدم النشاط قبل قفل سند</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="62" />
            <source>Days without movement before My week lists an application</source>
            <translation>عدد الأيام دون حركة قبل أن تظهر المعاملة في «أسبوعي»</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="66" />
            <source>Lock when the window is minimised</source>
            <translation>القفل عند تصغير النافذة</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="70" />
            <source>Months without movement before a closed file may be archived or purged</source>
            <translation>عدد الأشهر بلا حركة قبل أن يجوز أرشفة الملف المغلق أو إتلاف بياناته</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="75" />
            <source>Allow the emergency wipe (Ctrl+Alt+Shift+W, then type a word)</source>
            <translation>السماح بالمسح الطارئ (Ctrl+Alt+Shift+W ثم كتابة كلمة التأكيد)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="78" />
            <source>Age groups in reports and lists (e.g. 0-5,6-11,12-17,18-59,60+)</source>
            <translation>الفئات العمرية في التقارير والقوائم (مثلاً 0-5,6-11,12-17,18-59,60+)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="80" />
            <source>Smallest count shown in reports (smaller counts show as &lt;N)</source>
            <translation>أصغر عدد يُعرض في التقارير (الأعداد الأصغر تظهر بالشكل &lt;N)</translation>
        </message>
        <message>
            <location filename="../../db/office.py" line="83" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../pages/settings.py" line="80" />
            <source>No logo</source>
            <translation>لا يوجد شعار</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="83" />
            <source>Change logo…</source>
            <translation>تغيير الشعار…</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="87" />
            <source>Logo</source>
            <translation>الشعار</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="92" />
            <source>Save settings</source>
            <translation>حفظ الإعدادات</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="101" />
            <source>Only an administrator can change these settings.</source>
            <translation>لا يستطيع تغيير هذه الإعدادات إلا مدير النظام.</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="112" />
            <source>Choose logo</source>
            <translation>اختيار الشعار</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="112" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="119" />
            <source>This file is not a picture Sanad can read.</source>
            <translation>هذا الملف ليس صورة يستطيع سند قراءتها.</translation>
        </message>
        <message>
            <location filename="../pages/settings.py" line="154" />
            <source>Settings saved.</source>
            <translation>تم حفظ الإعدادات.</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../import_wizard.py" line="153" />
            <source>Choose the sheet</source>
            <translation>اختر الورقة</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="182" />
            <source>(the text file)</source>
            <translation>(الملف النصي)</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="191" />
            <source>Reading the sheet…</source>
            <translation>جارٍ قراءة الورقة…</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="198" />
            <source>The file could not be read.</source>
            <translation>تعذّرت قراءة الملف.</translation>
        </message>
        <message>
            <location filename="../import_wizard.py" line="209" />
            <source>%1 rows and %2 columns; headings on row %3.</source>
            <translation>%1 سطر و%2 عمود؛ العناوين في السطر %3.</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccess</name>
        <message>
            <location filename="../subject_access.py" line="24" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel ‏(*.xlsx)</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="25" />
            <source>JSON file (*.json)</source>
            <translation>ملف JSON ‏(*.json)</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="34" />
            <source>Save everything about this person</source>
            <translation>حفظ كل البيانات المتعلقة بهذا الشخص</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="48" />
            <source>Export saved</source>
            <translation>تم حفظ الملف المُصدَّر</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="49" />
            <source>Everything about this person was saved to:
%1</source>
            <translation>حُفظت كل البيانات المتعلقة بهذا الشخص في:
%1</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="51" />
            <source>This file is not encrypted. Hand it only to the person it is about, then delete it from this computer and from any USB stick.</source>
            <translation>هذا الملف غير مشفّر. سلّمه إلى صاحب البيانات وحده، ثم احذفه من هذا الحاسوب ومن أي ذاكرة USB.</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="64" />
            <source>This writes everything Sanad holds about this person to a file that is NOT encrypted: their record, household address, documents, relatives' file numbers, consents and the history of changes.

Hand the file only to the person it is about, or delete it. Do not send it by e-mail or messaging apps, and do not leave it on a shared computer.</source>
            <translation>سيكتب هذا الإجراء كل ما يحفظه سند عن هذا الشخص في ملف غير مشفّر: سجله، وعنوان أسرته، ووثائقه، وأرقام ملفات أقاربه، وموافقاته، وسجل التعديلات.

لا تسلّم الملف إلا إلى صاحب البيانات نفسه، أو احذفه. لا ترسله بالبريد الإلكتروني أو تطبيقات المراسلة، ولا تتركه على حاسوب مشترك.</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="70" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="71" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../subject_access.py" line="89" />
            <source>Export saved (not encrypted).</source>
            <translation>تم حفظ الملف المُصدَّر (غير مشفّر).</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <location filename="../template_editor.py" line="116" />
            <source>Letter templates</source>
            <translation>قوالب الكتب</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="124" />
            <source>Template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="128" />
            <source>New template…</source>
            <translation>قالب جديد…</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="140" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="141" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="153" />
            <source>Placeholders (double-click to insert)</source>
            <translation>الحقول المتغيرة (انقر مرتين للإدراج)</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="160" />
            <source>Wording by the person's sex  {gender:masculine|feminine}</source>
            <translation>صيغة حسب جنس الشخص  {gender:مذكر|مؤنث}</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="165" />
            <source>&amp;Insert</source>
            <translation>إ&amp;دراج</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="169" />
            <source>Preview for a woman or girl</source>
            <translation>معاينة لامرأة أو فتاة</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="170" />
            <source>Preview for a man or boy</source>
            <translation>معاينة لرجل أو فتى</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="181" />
            <source>Save as a new version</source>
            <translation>حفظ كإصدار جديد</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="228" />
            <location filename="../template_editor.py" line="306" />
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="232" />
            <source>New template</source>
            <translation>قالب جديد</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="233" />
            <source>A short key for the new template, in small Latin letters (for example shelter_referral):</source>
            <translation>مفتاح قصير للقالب الجديد بحروف لاتينية صغيرة (مثلاً shelter_referral):</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="246" />
            <source>Not saved yet</source>
            <translation>لم يُحفظ بعد</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="283" />
            <source>Nothing written in this language yet.</source>
            <translation>لم يُكتب شيء بهذه اللغة بعد.</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="286" />
            <source>The preview shows once the problems below are fixed.</source>
            <translation>تظهر المعاينة بعد تصحيح المشكلات أدناه.</translation>
        </message>
        <message>
            <location filename="../template_editor.py" line="307" />
            <source>Template saved as version %1.</source>
            <translation>حُفظ القالب بالإصدار %1.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../pages/users.py" line="96" />
            <source>Edit user</source>
            <translation>تعديل المستخدم</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="96" />
            <source>Add user</source>
            <translation>إضافة مستخدم</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="109" />
            <source>May see sensitive fields</source>
            <translation>مسموح بالاطلاع على الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="112" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="115" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="116" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <location filename="../pages/users.py" line="60" />
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="60" />
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="60" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="60" />
            <source>Sensitive fields</source>
            <translation>الحقول الحساسة</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="61" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="61" />
            <source>Last sign-in</source>
            <translation>آخر تسجيل دخول</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="77" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="77" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="80" />
            <source>disabled</source>
            <translation>معطّل</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="82" />
            <source>needs a new password</source>
            <translation>بحاجة إلى كلمة مرور جديدة</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="84" />
            <source>must change password</source>
            <translation>يجب تغيير كلمة المرور</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="85" />
            <source>active</source>
            <translation>فعّال</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../pages/users.py" line="197" />
            <source>Add user…</source>
            <translation>إضافة مستخدم…</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="198" />
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="199" />
            <source>New password…</source>
            <translation>كلمة مرور جديدة…</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="200" />
            <location filename="../pages/users.py" line="242" />
            <source>Disable</source>
            <translation>تعطيل</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="220" />
            <source>User added. They must choose their own password at first sign-in.</source>
            <translation>تمت إضافة المستخدم. عليه أن يختار كلمة مرور خاصة به عند أول تسجيل دخول.</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="231" />
            <source>New password set. The user must change it at next sign-in.</source>
            <translation>تم تعيين كلمة مرور جديدة. على المستخدم تغييرها عند تسجيل الدخول القادم.</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="239" />
            <source>Disable %1? Their password will no longer open the vault. If they may have kept a copy of the vault and its key file, also rotate the master key.</source>
            <translation>هل تريد تعطيل %1؟ لن تفتح كلمة مروره الخزنة بعد الآن. وإن كان قد يحتفظ بنسخة من الخزنة وملف مفاتيحها، فغيّر المفتاح الرئيسي أيضاً.</translation>
        </message>
        <message>
            <location filename="../pages/users.py" line="242" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <location filename="../pages/letters.py" line="148" />
            <source>Check a letter</source>
            <translation>التحقق من كتاب</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="155" />
            <source>Reference</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="156" />
            <source>Verification code</source>
            <translation>رمز التحقق</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="162" />
            <source>&amp;Check</source>
            <translation>&amp;تحقق</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="177" />
            <source>No letter of ours has this reference and verification code.</source>
            <translation>لا يوجد كتاب صادر عنا بهذا العدد ورمز التحقق.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="180" />
            <source>Genuine: issued on %1 for file %2.</source>
            <translation>كتاب صحيح: صدر بتاريخ %1 للملف %2.</translation>
        </message>
        <message>
            <location filename="../pages/letters.py" line="183" />
            <source>But this letter was CANCELLED.</source>
            <translation>لكن هذا الكتاب مُلغى.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../welcome.py" line="22" />
            <source>Welcome to Sanad</source>
            <translation>مرحباً بك في سند</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="25" />
            <source>Sanad keeps your office's records in one encrypted vault on this computer. There is no vault here yet.</source>
            <translation>يحفظ سند سجلات منظمتك في خزنة مشفّرة واحدة على هذا الحاسوب. لا توجد خزنة هنا حتى الآن.</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="31" />
            <source>Set up a new vault for my office…</source>
            <translation>إعداد خزنة جديدة لمنظمتي…</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="32" />
            <source>Try the demo vault (synthetic people)</source>
            <translation>تجربة سند بخزنة تجريبية (أشخاص وهميون)</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="33" />
            <source>Open an existing vault file…</source>
            <translation>فتح ملف خزنة موجود…</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="34" />
            <source>Restore the vault from a backup…</source>
            <translation>استعادة الخزنة من نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="58" />
            <source>Making the demo vault…</source>
            <translation>جارٍ إنشاء الخزنة التجريبية…</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="77" />
            <source>Open vault</source>
            <translation>فتح خزنة</translation>
        </message>
        <message>
            <location filename="../welcome.py" line="77" />
            <source>Sanad vaults (*.sanad)</source>
            <translation>خزنات سند (*.sanad)</translation>
        </message>
    </context>
    <context>
        <name>WipeDialog</name>
        <message>
            <location filename="../panic.py" line="38" />
            <source>Emergency wipe</source>
            <translation>المسح الطارئ</translation>
        </message>
        <message>
            <location filename="../panic.py" line="40" />
            <source>WIPE</source>
            <translation>امسح</translation>
        </message>
        <message>
            <location filename="../panic.py" line="43" />
            <source>This destroys the key file and the beginning of the vault on this computer, in under a second. After it, nobody can open this vault here: not with a password, not with the recovery key. Only an off-site backup and the recovery key bring the data back.</source>
            <translation>يُتلف هذا ملف المفاتيح وبداية الخزنة على هذا الحاسوب في أقل من ثانية. بعده لا يستطيع أحد فتح هذه الخزنة هنا: لا بكلمة مرور ولا بمفتاح الاسترداد. لا يعيد البيانات إلا نسخة احتياطية محفوظة خارج المكتب مع مفتاح الاسترداد.</translation>
        </message>
        <message>
            <location filename="../panic.py" line="49" />
            <source>Type %1 to confirm:</source>
            <translation>اكتب «%1» للتأكيد:</translation>
        </message>
        <message>
            <location filename="../panic.py" line="55" />
            <source>Then overwrite the whole file too (takes longer)</source>
            <translation>ثم الكتابة فوق الملف كله أيضاً (يستغرق وقتاً أطول)</translation>
        </message>
        <message>
            <location filename="../panic.py" line="58" />
            <source>Wipe now</source>
            <translation>امسح الآن</translation>
        </message>
        <message>
            <location filename="../panic.py" line="61" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../db/workflow.py" line="33" />
            <location filename="../../db/workflow.py" line="47" />
            <source>Rejected</source>
            <translation>رُفضت</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="34" />
            <source>Security objection</source>
            <translation>اعتراض أمني</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="35" />
            <source>The client withdrew</source>
            <translation>انسحب المستفيد</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="36" />
            <source>The client moved away</source>
            <translation>انتقل المستفيد إلى مكان آخر</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="37" />
            <source>Contact lost</source>
            <translation>انقطع التواصل</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="38" />
            <location filename="../../db/workflow.py" line="48" />
            <source>Counselling only</source>
            <translation>استشارة فقط</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="39" />
            <source>Referred to another agency</source>
            <translation>أُحيلت إلى جهة أخرى</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="43" />
            <source>Issued at first instance</source>
            <translation>صدرت من المرة الأولى</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="44" />
            <source>Issued</source>
            <translation>صدرت</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="45" />
            <source>Pending: missing supporting documents</source>
            <translation>معلّقة: تنقصها مستمسكات داعمة</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="46" />
            <source>Pending: applicant absent</source>
            <translation>معلّقة: صاحب الطلب غائب</translation>
        </message>
        <message>
            <location filename="../../db/workflow.py" line="49" />
            <source>Referred out</source>
            <translation>أُحيلت إلى الخارج</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="33" />
            <source>A step on the way</source>
            <translation>مرحلة من مراحل المعاملة</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="34" />
            <source>On hold (needs a reason)</source>
            <translation>معلّقة (تحتاج إلى سبب)</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="35" />
            <source>Issued (the end)</source>
            <translation>صدرت (النهاية)</translation>
        </message>
        <message>
            <location filename="../../db/workflow_admin.py" line="36" />
            <source>Closed without success (needs a reason)</source>
            <translation>مغلقة دون نجاح (تحتاج إلى سبب)</translation>
        </message>
    </context>
    <context>
        <name>WorkflowEditor</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="277" />
            <source>Add a state</source>
            <translation>إضافة مرحلة</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="279" />
            <source>Remove the selected state</source>
            <translation>حذف المرحلة المحددة</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="282" />
            <source>Workflow of</source>
            <translation>مسار العمل لـ</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="285" />
            <source>The default workflow (every document without its own)</source>
            <translation>مسار العمل الافتراضي (لكل وثيقة ليس لها مسار خاص)</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="290" />
            <source>This document has its own workflow</source>
            <translation>لهذه الوثيقة مسار عمل خاص بها</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="296" />
            <source>Steps are followed in this order, one at a time (one step back is allowed). "On hold" and "closed" need a reason. A state that applications are in cannot be removed.</source>
            <translation>تُتَّبع المراحل بهذا الترتيب، مرحلة بعد أخرى (يُسمح بالرجوع مرحلة واحدة). التعليق والإغلاق يحتاجان إلى سبب. لا يمكن حذف مرحلة توجد فيها معاملات.</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="406" />
            <source>Workflow saved.</source>
            <translation>حُفظ مسار العمل.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowSettings</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="192" />
            <location filename="../pages/workflow_settings.py" line="265" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="193" />
            <location filename="../pages/workflow_settings.py" line="266" />
            <source>Name in Arabic</source>
            <translation>الاسم بالعربية</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="194" />
            <location filename="../pages/workflow_settings.py" line="267" />
            <source>Name in English</source>
            <translation>الاسم بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="195" />
            <source>Authority (Arabic)</source>
            <translation>الجهة (بالعربية)</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="196" />
            <source>Authority (English)</source>
            <translation>الجهة (بالإنجليزية)</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="197" />
            <source>Evidence only</source>
            <translation>للاستدلال فقط</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="198" />
            <source>Offered</source>
            <translation>معروض للاختيار</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="268" />
            <source>What it means</source>
            <translation>معناها</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="269" />
            <source>Applications in it</source>
            <translation>المعاملات فيها</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="413" />
            <source>In Arabic</source>
            <translation>بالعربية</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="414" />
            <source>In English</source>
            <translation>بالإنجليزية</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="415" />
            <source>In use</source>
            <translation>مستخدم</translation>
        </message>
    </context>
    <context>
        <name>WorkflowSettingsPage</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="501" />
            <source>Document types</source>
            <translation>أنواع الوثائق</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="502" />
            <source>Workflows</source>
            <translation>مسارات العمل</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="503" />
            <source>Checklists</source>
            <translation>قوائم المستمسكات</translation>
        </message>
    </context>
    <context>
        <name>_Editor</name>
        <message>
            <location filename="../pages/workflow_settings.py" line="90" />
            <source>Move up</source>
            <translation>تحريك للأعلى</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="91" />
            <source>Move down</source>
            <translation>تحريك للأسفل</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="92" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="183" />
            <source>Leave this list without saving? Your changes will be lost.</source>
            <translation>مغادرة هذه القائمة دون حفظ؟ ستضيع تعديلاتك.</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="184" />
            <source>Leave without saving</source>
            <translation>المغادرة دون حفظ</translation>
        </message>
        <message>
            <location filename="../pages/workflow_settings.py" line="184" />
            <source>Keep editing</source>
            <translation>متابعة التعديل</translation>
        </message>
    </context>
</TS>
