<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../qml/components/ChecklistView.qml" line="+29"/>
        <source>%1 of %2 done</source>
        <extracomment>Progress of a checklist, e.g. &quot;3 of 10 done&quot;</extracomment>
        <translation>أُنجز %1 من %2</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+51"/>
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>الطوارئ 112</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>الشرطة والإسعاف والإطفاء والإنقاذ. مجانًا، ليلًا ونهارًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poisoning: 0800 147 111</source>
        <extracomment>Poison Information Centre, open 24 hours; keep the digits.</extracomment>
        <translation>التسمم: 0800 147 111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis line: 09 2525 0111</source>
        <extracomment>MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.</extracomment>
        <translation>خط الأزمات: 09 2525 0111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All help numbers</source>
        <translation>كل أرقام المساعدة</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="+20"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Step %1 of %2</source>
        <extracomment>Step indicator of the first-run setup, e.g. &quot;Step 1 of 3&quot;</extracomment>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will see the guides and services of your municipality first.</source>
        <translation>سترى أولًا أدلة بلديتك وخدماتها.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All of Finland</source>
        <translation>فنلندا كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another municipality</source>
        <translation>بلدية أخرى</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the text as large as is comfortable for you.</source>
        <translation>اجعل النص بالحجم المريح لك.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="+17"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words and what they mean</source>
        <translation>الكلمات ومعانيها</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Find a word</source>
        <translation>ابحث عن كلمة</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../qml/components/GlossaryPopup.qml" line="+56"/>
        <source>In Finnish: %1</source>
        <extracomment>%1 is the Finnish word for a term</extracomment>
        <translation>بالفنلندية: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Swedish: %1</source>
        <extracomment>%1 is the Swedish word for a term</extracomment>
        <translation>بالسويدية: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../qml/components/GuideCard.qml" line="+60"/>
        <source>Shown in %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>يُعرض باللغة %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages:</source>
        <extracomment>Followed by the languages a guide exists in, e.g. &quot;suomi · svenska · English&quot;</extracomment>
        <translation>اللغات:</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="+67"/>
        <source>This guide is not in the content pack. It may have been removed in an update.</source>
        <translation>هذا الدليل غير موجود في حزمة المحتوى. ربما حُذف في أحد التحديثات.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+65"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not yet in %1 — shown in %2. This guide exists in: %3.</source>
        <extracomment>%1 is the reader&apos;s language, %2 the language the guide is shown in, %3 a list of languages</extracomment>
        <translation>هذا الدليل غير متوفر بعد باللغة %1، لذلك يُعرض باللغة %2. هذا الدليل متوفر باللغات: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.</source>
        <translation>تُرجم هذا النص بمساعدة الترجمة الآلية ولم تتم مراجعته بعد. قد تكون فيه أخطاء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original of this text has changed since it was translated. Parts of it may be out of date.</source>
        <translation>تغيّر النص الأصلي بعد ترجمته. قد تكون بعض أجزائه قديمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the original (%1)</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>اقرأ النص الأصلي (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are reading this guide in %1.</source>
        <extracomment>%1 is a language&apos;s own name</extracomment>
        <translation>أنت تقرأ هذا الدليل باللغة %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your language</source>
        <translation>العودة إلى لغتك</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>★ Bookmarked</source>
        <translation>★ محفوظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation>☆ احفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bookmark</source>
        <translation>إزالة من المحفوظات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this guide</source>
        <translation>احفظ هذا الدليل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy to read</source>
        <translation>نص مبسّط</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Checked on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>تاريخ المراجعة: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related guides</source>
        <translation>أدلة ذات صلة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to get help</source>
        <translation>أين تجد المساعدة</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+14"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guide to everyday life in Finland</source>
        <translation>دليلك إلى الحياة اليومية في فنلندا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guides were updated since your last visit.</source>
        <translation>تم تحديث الأدلة منذ زيارتك الأخيرة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue reading</source>
        <translation>تابع القراءة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your bookmarks</source>
        <translation>أدلتك المحفوظة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+12"/>
        <source>Kotona</source>
        <extracomment>Window title: the app&apos;s name, not translated in most languages.</extracomment>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Copied: %1</source>
        <translation>تم النسخ: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the guides that came with Kotona</source>
        <translation>استعد الأدلة التي جاءت مع Kotona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with new settings</source>
        <translation>ابدأ بإعدادات جديدة</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="+80"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>رجوع (Alt+Left)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward</source>
        <translation>إلى الأمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>إلى الأمام (Alt+Right)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>قاموس المصطلحات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <extracomment>Bookmarks and checklists</extracomment>
        <translation>المحفوظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and checklists</source>
        <translation>الأدلة المحفوظة وقوائم المهام</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+56"/>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../qml/pages/SavedPage.qml" line="+14"/>
        <source>Bookmarks and checklists</source>
        <translation>الأدلة المحفوظة وقوائم المهام</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmarks</source>
        <translation>الأدلة المحفوظة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookmarks yet. Open a guide and choose &quot;Bookmark&quot; to keep it here.</source>
        <translation>لا توجد أدلة محفوظة بعد. افتح دليلًا واختر «احفظ» ليبقى هنا.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checklists</source>
        <translation>قوائم المهام</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>أُنجز %1 من %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10"/>
        <source>Search guides, services and words</source>
        <translation>ابحث في الأدلة والخدمات والكلمات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+26"/>
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. &quot;allowance, allowances&quot;</extracomment>
        <translation>لم يُعثر على شيء. هل تقصد: %1؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>لم يُعثر على شيء. جرّب كلمة أخرى أو كلمات أقل.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>باللغة %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>%n نتائج أخرى في هذا الدليل</numerusform>
            <numerusform>%n نتيجة أخرى في هذا الدليل</numerusform>
            <numerusform>%n نتيجتان أخريان في هذا الدليل</numerusform>
            <numerusform>%n نتائج أخرى في هذا الدليل</numerusform>
            <numerusform>%n نتيجة أخرى في هذا الدليل</numerusform>
            <numerusform>%n نتيجة أخرى في هذا الدليل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../qml/components/ServiceCard.qml" line="+61"/>
        <source>Opening hours: check the service&apos;s web page.</source>
        <translation>ساعات العمل: راجع صفحة الخدمة على الإنترنت.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone: %1</source>
        <extracomment>%1 is a phone number</extracomment>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy phone</source>
        <translation>نسخ رقم الهاتف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours: %1</source>
        <extracomment>%1 is opening hours in OpenStreetMap notation, e.g. &quot;Mo-Fr 08:00-16:00&quot;</extracomment>
        <translation>ساعات العمل: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken:</source>
        <extracomment>Followed by the languages spoken at a service</extracomment>
        <translation>لغات الخدمة:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../qml/pages/ServicesPage.qml" line="+17"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All topics</source>
        <translation>كل المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>لغة الخدمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No service matches these filters.</source>
        <translation>لا توجد خدمة تطابق هذه الاختيارات.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+15"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language of the menus and buttons</source>
        <translation>لغة القوائم والأزرار</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Language of the guides</source>
        <translation>لغة الأدلة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Second language, when a guide is not in your language</source>
        <translation>لغة ثانية، عندما لا يتوفر الدليل بلغتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All of Finland</source>
        <translation>فنلندا كلها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark theme</source>
        <translation>الوضع الداكن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>تقليل الحركة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updates</source>
        <extracomment>Heading of the settings section about new versions of the guides.</extracomment>
        <translation>التحديثات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the guides up to date from the internet or a USB stick.</source>
        <extracomment>Shown under &quot;Updates&quot; in the settings when there is no status to show.</extracomment>
        <translation>أبقِ الأدلة محدّثة من الإنترنت أو من ذاكرة USB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update sources and history</source>
        <extracomment>Opens the page with update sources, &quot;Check now&quot; and the update history.</extracomment>
        <translation>مصادر التحديث والسجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose language and municipality again</source>
        <translation>اختر اللغة والبلدية من جديد</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../qml/components/StateBadge.qml" line="+14"/>
        <source>Machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation out of date</source>
        <translation>الترجمة غير محدّثة</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../qml/components/TextSizeControl.qml" line="+17"/>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <extracomment>Text size in per cent, e.g. &quot;120 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="+66"/>
        <source>There are no guides on this topic yet.</source>
        <translation>لا توجد أدلة في هذا الموضوع بعد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In your municipality</source>
        <translation>في بلديتك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of Finland</source>
        <translation>فنلندا كلها</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="+16"/>
        <source>Updates</source>
        <extracomment>Title of the page about updates of the guides.</extracomment>
        <translation>التحديثات</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking for updates</source>
        <extracomment>Screen reader name of the spinner shown while updates are checked.</extracomment>
        <translation>جارٍ البحث عن تحديثات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1</source>
        <extracomment>Progress of an update download; %1 is an amount of data such as &quot;1.2 MB&quot;.</extracomment>
        <translation>تم استلام %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last checked: %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s language.</extracomment>
        <translation>آخر تحقق: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <extracomment>Shown when updates have never been checked.</extracomment>
        <translation>لم يتم التحقق بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check now</source>
        <extracomment>Button that looks for new versions of the guides at once.</extracomment>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <extracomment>Heading of the list of places updates come from (web addresses, folders).</extracomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.</source>
        <extracomment>Explains the list of update sources.</extracomment>
        <translation>تُجرَّب المصادر بهذا الترتيب حتى يستجيب أحدها. يمكن أن يكون المجلد ذاكرة USB، ويتم تخطيه إذا لم تكن موصولة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <extracomment>Removes one update source from the list.</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <extracomment>Screen reader name of the remove button; %1 is the source&apos;s address.</extracomment>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sources yet.</source>
        <extracomment>Shown instead of the list when no update source was added.</extracomment>
        <translation>لا توجد مصادر بعد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>https://… or /media/usb/kotona</source>
        <extracomment>Placeholder of the field where a new update source is typed.</extracomment>
        <translation>https://… أو /media/usb/kotona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source: a web address or a folder</source>
        <extracomment>Screen reader name of the field where a new update source is typed.</extracomment>
        <translation>مصدر جديد: عنوان ويب أو مجلد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <extracomment>Adds the typed address or folder to the update sources.</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source</source>
        <extracomment>Screen reader name of the button that adds the typed update source.</extracomment>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a web address (https://…) or a folder (/…), or it is already in the list.</source>
        <extracomment>Error under the source field when the typed text cannot be used.</extracomment>
        <translation>هذا ليس عنوان ويب (https://…) ولا مجلدًا (/…)، أو أنه موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <extracomment>Heading of the list of updates that were installed.</extracomment>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No updates installed yet.</source>
        <extracomment>Shown instead of the history when no update was installed.</extracomment>
        <translation>لم يتم تثبيت أي تحديثات بعد.</translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41"/>
        <source>The content pack %1 is missing.</source>
        <translation>حزمة المحتوى %1 غير موجودة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>The content pack is damaged and cannot be read.</source>
        <translation>حزمة المحتوى تالفة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>حزمة المحتوى أحدث من هذا الإصدار من Kotona. حدّث Kotona لتتمكن من قراءتها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content pack is from an older version of Kotona.</source>
        <translation>حزمة المحتوى من إصدار أقدم من Kotona.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60"/>
        <source>New Year&apos;s Day</source>
        <translation>رأس السنة الميلادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epiphany</source>
        <translation>عيد الغطاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>الجمعة العظيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Sunday</source>
        <translation>أحد الفصح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easter Monday</source>
        <translation>اثنين الفصح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May Day</source>
        <translation>عيد العمال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascension Day</source>
        <translation>عيد الصعود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whitsun</source>
        <translation>عيد العنصرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midsummer Eve</source>
        <translation>عشية منتصف الصيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midsummer Day</source>
        <translation>يوم منتصف الصيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Saints&apos; Day</source>
        <translation>عيد جميع القديسين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>عيد الاستقلال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>ليلة عيد الميلاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day</source>
        <translation>يوم القديس إسطفانوس</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59"/>
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>تعذّر حفظ لقطة الشاشة في %1. تأكد من أن المجلد موجود وأنه يمكن الكتابة فيه.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+184"/>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours unknown</source>
        <translation>ساعات العمل غير معروفة</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>يُغلق خلال %n دقيقة</numerusform>
            <numerusform>يُغلق خلال دقيقة واحدة</numerusform>
            <numerusform>يُغلق خلال دقيقتين</numerusform>
            <numerusform>يُغلق خلال %n دقائق</numerusform>
            <numerusform>يُغلق خلال %n دقيقة</numerusform>
            <numerusform>يُغلق خلال %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open now</source>
        <translation>مفتوح الآن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open now, closes %1 at %2</source>
        <translation>مفتوح الآن، يُغلق يوم %1 الساعة %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now, closes at %1</source>
        <translation>مفتوح الآن، يُغلق الساعة %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed today (public holiday)</source>
        <translation>مغلق اليوم (عطلة رسمية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed, opens at %1</source>
        <translation>مغلق، يفتح الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens tomorrow at %1</source>
        <translation>مغلق، يفتح غدًا الساعة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed, opens Monday at %1</source>
        <translation>مغلق، يفتح يوم الاثنين الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Tuesday at %1</source>
        <translation>مغلق، يفتح يوم الثلاثاء الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Wednesday at %1</source>
        <translation>مغلق، يفتح يوم الأربعاء الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Thursday at %1</source>
        <translation>مغلق، يفتح يوم الخميس الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Friday at %1</source>
        <translation>مغلق، يفتح يوم الجمعة الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Saturday at %1</source>
        <translation>مغلق، يفتح يوم السبت الساعة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Sunday at %1</source>
        <translation>مغلق، يفتح يوم الأحد الساعة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed, opens %1 at %2</source>
        <translation>مغلق، يفتح يوم %1 الساعة %2</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+230"/>
        <source>the opening hours are empty at column %1</source>
        <translation>ساعات العمل فارغة (العمود %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a rule before &quot;%2&quot; at column %1</source>
        <translation>يجب أن تأتي قاعدة قبل «%2» (العمود %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected &quot;;&quot; before &quot;%2&quot; at column %1</source>
        <translation>يجب أن تأتي «;» قبل «%2» (العمود %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;;&quot; or the end of the text, found &quot;%2&quot; at column %1</source>
        <translation>يجب أن تأتي هنا «;» أو نهاية النص، لكن وُجد «%2» (العمود %1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected a day like Mo or a month like Jan before &quot;-&quot; at column %1</source>
        <translation>يجب أن يأتي قبل «-» يوم مثل Mo أو شهر مثل Jan (العمود %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%2&quot; at column %1</source>
        <translation>«%2» غير متوقع هنا (العمود %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a month like Aug at column %1</source>
        <translation>يجب أن يأتي هنا شهر مثل Aug (العمود %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>يجب أن يأتي هنا يوم مثل 26 أو شهر مثل Jan (العمود %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day range ends before it starts at column %1</source>
        <translation>نطاق الأيام ينتهي قبل أن يبدأ (العمود %1)</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>open-ended times such as &quot;10:00+&quot; are not supported at column %1</source>
        <translation>الأوقات بلا نهاية مثل «10:00+» غير مدعومة (العمود %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;-&quot; and a closing time like 16:00 at column %1</source>
        <translation>يجب أن يأتي هنا «-» ثم وقت إغلاق مثل 16:00 (العمود %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time span ends when it starts at column %1</source>
        <translation>الفترة الزمنية تنتهي في وقت بدايتها نفسه (العمود %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a time like 09:00 at column %1</source>
        <translation>يجب أن يأتي هنا وقت مثل 09:00 (العمود %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%2&quot; is not a closing time (00:00-48:00) at column %1</source>
        <translation>«%2» ليس وقت إغلاق صالحًا (00:00-48:00) (العمود %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; is not an opening time (00:00-23:59) at column %1</source>
        <translation>«%2» ليس وقت فتح صالحًا (00:00-23:59) (العمود %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected &quot;,&quot; between the days and the times at column %1</source>
        <translation>«,» غير متوقعة بين الأيام والأوقات (العمود %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a day of the month like 24 at column %1</source>
        <translation>يجب أن يأتي هنا يوم من الشهر مثل 24 (العمود %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%2 %3&quot; is not a date at column %1</source>
        <translation>«%2 %3» ليس تاريخًا (العمود %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>التعليق الذي يبدأ في العمود %1 ليس له علامة اقتباس في نهايته</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>اكتب الأيام بالشكل Mo أو Tu أو We أو Th أو Fr أو Sa أو Su أو PH (العمود %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>العطل المدرسية (SH) غير مدعومة (العمود %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a day like Mo or PH at column %1</source>
        <translation>يجب أن يأتي هنا يوم مثل Mo أو PH (العمود %1)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>&quot;%2&quot; is not supported at column %1</source>
        <translation>«%2» غير مدعوم (العمود %1)</translation>
    </message>
    <message>
        <location line="-649"/>
        <source>expected a rule after &quot;%2&quot; at column %1</source>
        <translation>يجب أن تأتي قاعدة بعد «%2» (العمود %1)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>write one day before &quot;[&quot;, like Sa[1], at column %1</source>
        <translation>اكتب يومًا واحدًا قبل «[»، مثل Sa[1] (العمود %1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>expected a week number 1-53 at column %1</source>
        <translation>يجب أن يأتي هنا رقم أسبوع من 1 إلى 53 (العمود %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number 1 to 5 or -1 to -5 inside &quot;[]&quot; at column %1</source>
        <translation>يجب أن يأتي داخل «[]» رقم من 1 إلى 5 أو من -1 إلى -5 (العمود %1)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>unknown word &quot;%2&quot; at column %1</source>
        <translation>كلمة غير معروفة «%2» (العمود %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71"/>
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>تعذّر فتح أي حزمة محتوى، والحزمة التي جاءت مع Kotona مفقودة أو تالفة. أعد تثبيت Kotona.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>كان المحتوى المثبّت تابعًا لحزمة أخرى. تمت استعادة المحتوى الذي جاء مع Kotona، وحُفظ الملف الآخر باسم %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 تمت استعادة المحتوى الذي جاء مع Kotona، وحُفظ الملف القديم باسم %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>تعذّر نسخ المحتوى إلى %1. تأكد من أن القرص غير ممتلئ.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21"/>
        <source>First steps</source>
        <translation>الخطوات الأولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>العنوان، رقم الهوية الشخصية، تصريح الإقامة، البنك، Kela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>المراكز الصحية، الطوارئ، الصحة النفسية، العيادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>البحث عن مسكن، الإيجار، دعم السكن، قواعد المبنى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>البحث عن عمل، العقود، الراتب، الضرائب، حقوقك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language courses, schools, degrees, day care</source>
        <translation>دورات اللغة، المدارس، الشهادات، الحضانة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>الأطفال، الإعانات العائلية، الزواج، الأمان في البيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Society</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and duties, voting, equality, associations</source>
        <translation>الحقوق والواجبات، التصويت، المساواة، الجمعيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>أرقام الطوارئ، الشرطة، السلامة من الحرائق، الاحتيال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>وقت الفراغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries, sport, culture, meeting people</source>
        <translation>المكتبات، الرياضة، الثقافة، التعرّف على الناس</translation>
    </message>
</context>
<context>
    <name>kotona::UpdateService</name>
    <message>
        <location filename="../app/kotona/updateservice.cpp" line="+157"/>
        <source>Updates are not set up for this collection of guides. A newer version of Kotona will bring them.</source>
        <extracomment>Status when the installed guides carry no signing key to check updates against.</extracomment>
        <translation>التحديثات غير مهيأة لهذه المجموعة من الأدلة. ستأتي بها نسخة أحدث من Kotona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking for updates…</source>
        <extracomment>Status while an update check runs.</extracomment>
        <translation>جارٍ البحث عن تحديثات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides were updated.</source>
        <extracomment>Status after new versions of the guides were installed.</extracomment>
        <translation>تم تحديث الأدلة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides are up to date.</source>
        <extracomment>Status after a check found nothing new.</extracomment>
        <translation>الأدلة محدّثة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No update source could be reached. Plug in the USB stick or connect to the internet, then check again.</source>
        <extracomment>Status when every update source was missing (folder not there) or unreachable.</extracomment>
        <translation>تعذّر الوصول إلى أي مصدر للتحديث. صِل ذاكرة USB أو اتصل بالإنترنت، ثم تحقق مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source to get updates: a web address or a folder, such as a USB stick.</source>
        <extracomment>Status when no update source has been added yet.</extracomment>
        <translation>أضف مصدرًا للحصول على التحديثات: عنوان ويب أو مجلدًا، مثل ذاكرة USB.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>New guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>أدلة جديدة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>أدلة محدّثة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>أدلة محذوفة: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Small corrections.</source>
        <extracomment>Summary of an update that changed no guide titles (only small fixes).</extracomment>
        <translation>تصحيحات صغيرة.</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>تعذّر فتح بياناتك المحفوظة: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved data is damaged.</source>
        <translation>بياناتك المحفوظة تالفة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>بياناتك المحفوظة من إصدار أحدث من Kotona. حدّث Kotona لتستخدمها؛ لم يتم تغييرها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved data could not be upgraded: %1</source>
        <translation>تعذّر تحويل بياناتك المحفوظة إلى الصيغة الجديدة: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/bench.cpp" line="+137"/>
        <source>--sections must be at least 10</source>
        <translation>يجب ألا تقل قيمة --sections عن 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>لا توجد أدلة في %1 لأخذ جمل منها (استخدم --data DIR).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>طريقة الاستخدام: kotona-pack bench open PACK [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>طريقة الاستخدام: kotona-pack bench search-quality PACK [--queries FILE] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queries in %1.</source>
        <translation>لا توجد عبارات بحث في %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</source>
        <translation>طريقة الاستخدام: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21"/>
        <location filename="../app/pack/main.cpp" line="+81"/>
        <location filename="../app/pack/signcommands.cpp" line="+24"/>
        <location filename="../app/pack/synccommands.cpp" line="+33"/>
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>شغّل kotona-pack --help لعرض الأوامر.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة (%n).</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على %n مشكلتين.</numerusform>
            <numerusform>عُثر على %n مشكلات.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
            <numerusform>عُثر على %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>يحتاج الأمر validate إلى مجلد محتوى واحد: kotona-pack validate DIR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: الأدلة %2، مصطلحات القاموس %3، الخدمات %4، قوائم المهام %5: لا توجد مشكلات.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>يحتاج الأمر build إلى مجلد محتوى وملف ناتج: kotona-pack build DIR -o PACK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack was not built.</source>
        <translation>لم يتم بناء الحزمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack could not be written: %1</source>
        <translation>تعذّرت كتابة الحزمة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: الأقسام %2، البايتات %3، بصمة المحتوى %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>يحتاج الأمر inspect إلى ملف حزمة واحد: kotona-pack inspect PACK [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>الترجمات (o أصلية، r مُراجَعة، m آلية، u قديمة، . غير موجودة)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>يحتاج الأمر diff إلى ملفَي حزمة: kotona-pack diff OLD NEW [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The packs hold the same records.</source>
        <translation>الحزمتان تحتويان على السجلات نفسها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>يحتاج الأمر search إلى حزمة وعبارة بحث: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No results.</source>
        <translation>لا توجد نتائج.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: %1</source>
        <translation>هل تقصد: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1"/>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/benchhours.cpp" line="+40"/>
        <source>No services with opening hours in %1.</source>
        <translation>لا توجد خدمات لها أوقات عمل في %1.</translation>
    </message>
    <message>
        <location filename="../app/pack/hours.cpp" line="+53"/>
        <source>hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]</source>
        <translation>يحتاج الأمر hours إلى قيمة opening_hours: kotona-pack hours EXPR [--at ISO_TIME] [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date and time like 2026-03-29T03:30</source>
        <translation>«%1» ليس تاريخًا ووقتًا مثل 2026-03-29T03:30</translation>
    </message>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="+48"/>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]</source>
        <translation>يحتاج الأمر keygen إلى ملف مفتاح: kotona-pack keygen --key KEY [--password-file F] [--force]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; add --force to replace the key pair.</source>
        <translation>%1 موجود مسبقًا؛ أضف --force لاستبدال زوج المفاتيح.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.</source>
        <translation>المفتاح السري %1 غير مشفّر: احفظه في مكان لا يستطيع أحد غيرك قراءته، أو استخدم --password-file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key %1: secret key in %2, public key in %3</source>
        <translation>المفتاح %1: المفتاح السري في %2، والمفتاح العام في %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</source>
        <translation>يحتاج الأمر sign إلى ملف ومفتاح: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret key %1 is encrypted: give its password with --password-file.</source>
        <translation>المفتاح السري %1 مشفّر: أعطِ كلمة المرور الخاصة به باستخدام --password-file.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed %1 with key %2: %3</source>
        <translation>تم توقيع %1 بالمفتاح %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]</source>
        <translation>يحتاج الأمر verify إلى ملف ومفتاح عام: kotona-pack verify FILE --pub PUB [--sig SIG]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature and trusted comment verified with key %1.</source>
        <translation>تم التحقق من التوقيع والتعليق الموثوق بالمفتاح %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted comment: %1</source>
        <translation>التعليق الموثوق: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/synccommands.cpp" line="+42"/>
        <source>publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY</source>
        <translation>يحتاج الأمر publish إلى محتوى ومستودع: kotona-pack publish DATA|PACK --repo DIR --key KEY</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content has problems; nothing was published.</source>
        <translation>في المحتوى مشكلات، لذلك لم يُنشر أي شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No changes since release %1: latest.json was signed again with a new expiry date.</source>
        <translation>لا توجد تغييرات منذ الإصدار %1: أُعيد توقيع latest.json بتاريخ انتهاء صلاحية جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).</source>
        <translation>تم نشر الإصدار %1: السجلات المتغيّرة %2 في دفعة حجمها %3 بايت؛ اللقطة الكاملة %4 بايت (الحزمة %5 بايت).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rotate-root needs the repository, the current key and the new one: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</source>
        <translation>يحتاج الأمر rotate-root إلى المستودع والمفتاح الحالي والمفتاح الجديد: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Root %1 now trusts key %2; publish with it from now on.</source>
        <translation>الملف الجذر في إصداره %1 يثق الآن بالمفتاح %2؛ استخدم هذا المفتاح للنشر من الآن فصاعدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR</source>
        <translation>يحتاج الأمر export إلى مستودع ومجلد هدف: kotona-pack export --repo DIR --to DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the repository to %1.</source>
        <translation>تم نسخ المستودع إلى %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</source>
        <translation>يحتاج الأمر sync إلى مصدر وحزمة: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now needs a date and time such as 2026-11-23T12:00:00Z</source>
        <translation>يحتاج --now إلى تاريخ ووقت مثل 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Kotona root file.</source>
        <translation>%1 ليس ملفًا جذريًا لـ Kotona.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pack is up to date (release %1).</source>
        <translation>الحزمة محدّثة (الإصدار %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated from release %1 to %2 (%3, %4 bytes downloaded).</source>
        <translation>تم التحديث من الإصدار %1 إلى %2 (%3، تم تنزيل %4 بايت).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole collection</source>
        <translation>المجموعة كاملة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعتان</numerusform>
            <numerusform>%n دفعات</numerusform>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]</source>
        <translation>يحتاج الأمر serve إلى مجلد مستودع: kotona-pack serve DIR [--port N] [--bind ADDR]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bind needs an IP address and --port a number up to 65535</source>
        <translation>يحتاج --bind إلى عنوان IP، ويحتاج --port إلى رقم لا يزيد على 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>تعذّر الاستماع على %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>kotona::cli::Password</name>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="-152"/>
        <source>The password file %1 is empty.</source>
        <translation>ملف كلمة المرور %1 فارغ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>كلمة المرور في %1 أطول من %2 بايت.</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+77"/>
        <source>%1 must be a map of language: text</source>
        <translation>يجب أن يكون %1 مجموعة من الأزواج بالشكل «اللغة: النص»</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+377"/>
        <source>unknown language &quot;%1&quot;</source>
        <translation>لغة غير معروفة «%1»</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>missing field &quot;%1&quot; (a date like 2026-01-31)</source>
        <translation>الحقل «%1» مفقود (تاريخ مثل 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date like 2026-01-31</source>
        <translation>«%1» ليس تاريخًا بالشكل 2026-01-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is in the future</source>
        <translation>قيمة %1 (%2) تقع في المستقبل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing sources: list the official pages the facts come from</source>
        <translation>المصادر مفقودة: اذكر الصفحات الرسمية التي أُخذت منها المعلومات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>المصدر «%1» ليس عنوان ويب</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing field &quot;pack_id&quot;</source>
        <translation>الحقل «pack_id» مفقود</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>language code &quot;%1&quot; must be two or three lowercase letters</source>
        <translation>رمز اللغة «%1» يجب أن يتكون من حرفين أو ثلاثة أحرف لاتينية صغيرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>اللغة «%1» مكررة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction of &quot;%1&quot; must be ltr or rtl</source>
        <translation>اتجاه الكتابة للغة «%1» يجب أن يكون ltr أو rtl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &quot;%1&quot; needs its native and English names</source>
        <translation>اللغة «%1» تحتاج إلى اسمها بلغتها واسمها بالإنجليزية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no languages are listed</source>
        <translation>لم تُذكر أي لغة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topic without id</source>
        <translation>موضوع بلا id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate topic &quot;%1&quot;</source>
        <translation>الموضوع «%1» مكرر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topic &quot;%1&quot; has no title</source>
        <translation>الموضوع «%1» بلا عنوان</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>municipality without id</source>
        <translation>بلدية بلا id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate municipality &quot;%1&quot;</source>
        <translation>البلدية «%1» مكررة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>يجب أن يكون اسم الملف &lt;language&gt;.md أو &lt;language&gt;.easy.md، بلغة موجودة في languages.yaml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; does not match its folder: it must be &quot;%2&quot;</source>
        <translation>قيمة id «%1» لا تطابق مجلدها: يجب أن تكون «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+288"/>
        <source>missing field &quot;title&quot;</source>
        <translation>الحقل «title» مفقود</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>missing field &quot;summary&quot;</source>
        <translation>الحقل «summary» مفقود</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an original needs &quot;revision&quot;: a whole number from 1</source>
        <translation>النص الأصلي يحتاج إلى «revision»: عدد صحيح يبدأ من 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a translation needs &quot;translated_from&quot; like en@1: the original&apos;s language and revision</source>
        <translation>الترجمة تحتاج إلى «translated_from» مثل en@1: لغة النص الأصلي ورقم مراجعته</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;translation&quot; must be original, reviewed or machine</source>
        <translation>قيمة «translation» يجب أن تكون original أو reviewed أو machine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the guide has no text</source>
        <translation>الدليل بلا نص</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown topic &quot;%1&quot;: see topics.yaml</source>
        <translation>موضوع غير معروف «%1»: راجع topics.yaml</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>مجلد دليل بلا أي ملف &lt;language&gt;.md</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;also&quot; must be a map of language: [words]</source>
        <translation>يجب أن يكون &quot;also&quot; مجموعة من الأزواج بالشكل «اللغة: [كلمات]»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;also&quot; has words in &quot;%1&quot;, which has no term: add the term first</source>
        <translation>في &quot;also&quot; كلمات باللغة &quot;%1&quot; التي ليس لها مصطلح: أضف المصطلح أولًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; must be a list of words, like [sossu]</source>
        <translation>يجب أن يكون &quot;also&quot; في اللغة &quot;%1&quot; قائمة كلمات، مثل [sossu]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;also&quot; in &quot;%1&quot;: each word must be text of 1 to %2 characters on one line</source>
        <translation>&quot;also&quot; في اللغة &quot;%1&quot;: يجب أن تكون كل كلمة نصًا من 1 إلى %2 حرفًا في سطر واحد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; repeats the term &quot;%2&quot;</source>
        <translation>&quot;also&quot; في اللغة &quot;%1&quot; يكرر المصطلح &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;also&quot; in &quot;%1&quot; has &quot;%2&quot; twice</source>
        <translation>في &quot;also&quot; باللغة &quot;%1&quot; الكلمة &quot;%2&quot; مذكورة مرتين</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>قيمة id «%1» يجب أن تساوي اسم الملف «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;terms&quot;: the term and its explanation per language</source>
        <translation>«terms» مفقود: المصطلح وشرحه لكل لغة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs both term and explanation</source>
        <translation>اللغة «%1» تحتاج إلى term وexplanation معًا</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+253"/>
        <source>unknown municipality &quot;%1&quot;: see municipalities.yaml</source>
        <translation>بلدية غير معروفة «%1»: راجع municipalities.yaml</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>service without id</source>
        <translation>خدمة بلا id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>قيمة id للخدمة «%1» مكررة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; has no name</source>
        <translation>الخدمة «%1» بلا اسم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates of &quot;%1&quot; are not in Finland</source>
        <translation>إحداثيات «%1» ليست في فنلندا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid opening_hours: %1</source>
        <translation>قيمة opening_hours غير صالحة: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>يجب أن يكون اسم الملف &lt;language&gt;.md، بلغة موجودة في languages.yaml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a checklist needs items written as &quot;- [ ] task&quot;</source>
        <translation>قائمة المهام تحتاج إلى بنود مكتوبة بالشكل «- [ ] مهمة»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a workshop plan needs a list of &quot;items&quot;</source>
        <translation>تحتاج خطة الورشة إلى قائمة «items»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a workshop plan needs a title, at least in English (title: {en: ...})</source>
        <translation>تحتاج خطة الورشة إلى عنوان، بالإنجليزية على الأقل (title: {en: ...})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown item kind &quot;%1&quot;: use one of %2</source>
        <translation>نوع عنصر غير معروف «%1»: استخدم أحد %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every item needs &quot;minutes&quot;, a whole number above 0</source>
        <translation>يحتاج كل عنصر إلى «minutes»، وهو عدد صحيح أكبر من 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section item needs &quot;guide&quot; and &quot;section&quot;</source>
        <translation>يحتاج عنصر القسم إلى «guide» و«section»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the items add up to %1 minutes, not %2</source>
        <translation>مجموع العناصر %1 دقيقة، وليس %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a second original of %1: only one language is the original</source>
        <translation>نص أصلي ثانٍ لـ %1: لغة واحدة فقط تكون لغة النص الأصلي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a translation without its original: add the original text of %1</source>
        <translation>ترجمة بلا نص أصلي: أضف النص الأصلي لـ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>الحقل translated_from يذكر %1، لكن النص الأصلي هو %2.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from revision %1 is newer than the original&apos;s revision %2</source>
        <translation>رقم المراجعة %1 في translated_from أحدث من رقم مراجعة النص الأصلي %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>municipality differs from the original&apos;s (&quot;%1&quot;)</source>
        <translation>البلدية تختلف عن بلدية النص الأصلي («%1»)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>link to a %1 that does not exist: %2</source>
        <translation>رابط إلى عنصر غير موجود (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>glossary term &quot;%1&quot; does not exist</source>
        <translation>مصطلح القاموس «%1» غير موجود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; does not exist</source>
        <translation>الخدمة «%1» غير موجودة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guide %1 has no original text</source>
        <translation>الدليل %1 بلا نص أصلي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>related term &quot;%1&quot; does not exist</source>
        <translation>المصطلح المرتبط «%1» غير موجود</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist &quot;%1&quot; does not exist</source>
        <translation>قائمة التحقق «%1» غير موجودة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guide &quot;%1&quot; does not exist</source>
        <translation>الدليل «%1» غير موجود</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide &quot;%1&quot; has no section &quot;%2&quot; in its original</source>
        <translation>لا يحتوي أصل الدليل «%1» على القسم «%2»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>service &quot;%1&quot;: unknown topic &quot;%2&quot;</source>
        <translation>الخدمة «%1»: موضوع غير معروف «%2»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the content folder does not exist</source>
        <translation>مجلد المحتوى غير موجود</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59"/>
        <source>cannot be read: %1</source>
        <translation>لا يمكن قراءة الملف: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>حجم الملف %1 KiB، والحد الأقصى %2 KiB: قسّمه إلى عدة أدلة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>يبدأ الملف بعلامة ترتيب البايتات (BOM): احفظه بترميز UTF-8 بدون BOM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>الملف ليس بترميز UTF-8 صالح: احفظه بترميز UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>في الملف نهايات أسطر Windows (CRLF): احفظه بنهايات أسطر LF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains NUL bytes: it is not a text file</source>
        <translation>في الملف بايتات NUL: ليس ملفًا نصيًا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed YAML: %1</source>
        <translation>صيغة YAML غير صالحة: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must begin with front matter: a line &quot;---&quot;, the YAML fields, and &quot;---&quot;</source>
        <translation>يجب أن يبدأ الملف بترويسة (front matter): سطر «---»، ثم حقول YAML، ثم سطر «---»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>front matter is not closed by a line &quot;---&quot;</source>
        <translation>الترويسة غير مغلقة بسطر «---»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>front matter must be YAML fields (key: value)</source>
        <translation>الترويسة يجب أن تتكون من حقول YAML (مفتاح: قيمة)</translation>
    </message>
</context>
<context>
    <name>kotona::sync</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="+79"/>
        <source>There is not enough memory to hold a secret key.</source>
        <translation>لا توجد ذاكرة كافية للاحتفاظ بمفتاح سري.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The signature could not be checked: libsodium did not start.</source>
        <translation>تعذّر التحقق من التوقيع: لم تبدأ مكتبة libsodium.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file is too large to be a minisign signature.</source>
        <translation>ملف التوقيع أكبر من أن يكون توقيع minisign.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature file is incomplete: it needs four lines.</source>
        <translation>ملف التوقيع غير مكتمل: يجب أن يتكون من أربعة أسطر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file does not start with an untrusted comment line.</source>
        <translation>لا يبدأ ملف التوقيع بسطر تعليق غير موثوق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second line of the signature file is not a minisign signature.</source>
        <translation>السطر الثاني في ملف التوقيع ليس توقيع minisign.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature uses an algorithm Kotona does not know.</source>
        <translation>يستخدم التوقيع خوارزمية لا يعرفها Kotona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The third line of the signature file is not a trusted comment.</source>
        <translation>السطر الثالث في ملف التوقيع ليس تعليقًا موثوقًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted comment of the signature is too long or not one line of text.</source>
        <translation>التعليق الموثوق في التوقيع طويل جدًا أو ليس سطرًا واحدًا من النص.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fourth line of the signature file is not a minisign signature.</source>
        <translation>السطر الرابع في ملف التوقيع ليس توقيع minisign.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+453"/>
        <source>The message could not be read: it is not open for reading.</source>
        <translation>تعذّرت قراءة البيانات: لم تُفتح للقراءة.</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>The message could not be read: %1</source>
        <translation>تعذّرت قراءة البيانات: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The trusted comment must be one line of at most %1 bytes.</source>
        <translation>يجب أن يكون التعليق الموثوق سطرًا واحدًا لا يزيد على %1 بايت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>يجب أن يكون التعليق غير الموثوق سطرًا واحدًا لا يزيد على %1 بايت.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is signed with key %1, which is not one of the trusted keys.</source>
        <translation>الملف موقّع بالمفتاح %1، وهو ليس من المفاتيح الموثوقة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the file: the file was changed or damaged.</source>
        <translation>التوقيع لا يطابق الملف: تم تغيير الملف أو أنه تالف.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted comment of the signature was changed: the signature cannot be trusted.</source>
        <translation>تم تغيير التعليق الموثوق في التوقيع: لا يمكن الوثوق بهذا التوقيع.</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file has a legacy signature, which Kotona checks only for files up to 64 MiB.</source>
        <translation>للملف توقيع من النوع القديم، ولا يتحقق Kotona من هذا النوع إلا في الملفات التي لا يزيد حجمها على 64 MiB.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is too large to be a key or a signature.</source>
        <translation>%1 أكبر من أن يكون مفتاحًا أو توقيعًا.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::Error</name>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="+34"/>
        <source>The update is damaged and was not installed. Your guides are unchanged. Try again later or use another update source.</source>
        <translation>التحديث تالف ولم يتم تثبيته. لم تتغير أدلتك. حاول مرة أخرى لاحقًا أو استخدم مصدر تحديثات آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update is not signed by the Kotona team and was refused. Your guides are unchanged. Use another update source.</source>
        <translation>التحديث غير موقّع من فريق Kotona، لذلك تم رفضه. لم تتغير أدلتك. استخدم مصدر تحديثات آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source offers older guides than the ones you have. Nothing was changed.</source>
        <translation>يقدّم هذا المصدر أدلة أقدم من الأدلة الموجودة لديك. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source holds guides for another Kotona collection. Nothing was changed.</source>
        <translation>يحتوي هذا المصدر على أدلة لمجموعة أخرى من Kotona. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These guides need a newer version of Kotona. Update the app first; your guides are unchanged.</source>
        <translation>تحتاج هذه الأدلة إلى إصدار أحدث من Kotona. حدّث التطبيق أولًا. لم تتغير أدلتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update did not match your guides and was not installed. Your guides are unchanged. Kotona will download the full collection next time.</source>
        <translation>التحديث لا يتوافق مع أدلتك ولم يتم تثبيته. لم تتغير أدلتك. سيُنزّل Kotona المجموعة كاملة في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the update source. Kotona will try again later.</source>
        <translation>لا يوجد اتصال بمصدر التحديثات. سيحاول Kotona مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network asks you to sign in first (for example on a web page of the library or café). Sign in with a web browser, then check for updates again.</source>
        <translation>تطلب منك الشبكة تسجيل الدخول أولًا (مثلًا في صفحة ويب للمكتبة أو المقهى). سجّل الدخول باستخدام متصفح الويب، ثم ابحث عن التحديثات مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update source has not been refreshed for a long time, so it may be out of date. Kotona will try again later; you can also use another source.</source>
        <translation>لم يتم تحديث مصدر التحديثات منذ مدة طويلة، لذلك قد يكون قديمًا. سيحاول Kotona مرة أخرى لاحقًا، ويمكنك أيضًا استخدام مصدر آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s date and time look wrong, so updates cannot be checked. Correct the date and time, then try again.</source>
        <translation>يبدو أن تاريخ هذا الحاسوب ووقته غير صحيحين، لذلك لا يمكن التحقق من التحديثات. صحّح التاريخ والوقت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free disk space for the update. Free some space, then try again.</source>
        <translation>لا توجد مساحة فارغة كافية على القرص للتحديث. أفرغ بعض المساحة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update could not be written to disk. Kotona will try again later.</source>
        <translation>تعذّرت كتابة التحديث على القرص. سيحاول Kotona مرة أخرى لاحقًا.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::PublicKey</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="-366"/>
        <source>This is not a minisign public key.</source>
        <translation>هذا ليس مفتاحًا عامًا لـ minisign.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public key uses an algorithm Kotona does not know.</source>
        <translation>يستخدم المفتاح العام خوارزمية لا يعرفها Kotona.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::SecretKey</name>
    <message>
        <location line="+83"/>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>This is not a minisign secret key.</source>
        <translation>هذا ليس مفتاحًا سريًا لـ minisign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key uses an algorithm Kotona does not know.</source>
        <translation>يستخدم المفتاح السري خوارزمية لا يعرفها Kotona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key uses a checksum Kotona does not know.</source>
        <translation>يستخدم المفتاح السري مجموعًا اختباريًا لا يعرفه Kotona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key is protected in a way Kotona does not know.</source>
        <translation>المفتاح السري محمي بطريقة لا يعرفها Kotona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is encrypted: a password is needed.</source>
        <translation>المفتاح السري مشفّر: يلزم إدخال كلمة المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The password is too long.</source>
        <translation>كلمة المرور طويلة جدًا.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The secret key asks for more work to decrypt it than Kotona allows.</source>
        <translation>يتطلب فك تشفير المفتاح السري عملًا أكثر مما يسمح به Kotona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The key could not be derived from the password: there is not enough memory.</source>
        <translation>تعذّر اشتقاق المفتاح من كلمة المرور: لا توجد ذاكرة كافية.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The password is wrong for this secret key.</source>
        <translation>كلمة المرور غير صحيحة لهذا المفتاح السري.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret key is damaged: its checksum does not match.</source>
        <translation>المفتاح السري تالف: المجموع الاختباري غير مطابق.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret key is damaged: its two halves do not belong together.</source>
        <translation>المفتاح السري تالف: نصفاه لا ينتميان إلى بعضهما.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>يجب أن يكون التعليق غير الموثوق سطرًا واحدًا لا يزيد على %1 بايت.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The secret key could not be written to %1: %2</source>
        <translation>تعذّرت كتابة المفتاح السري في %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+31"/>
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>رسم صفحة دون عرضها، وحفظها بصيغة PNG، ثم الخروج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (fi, sv, en, ar, uk, ru, so, fa, et).</source>
        <translation>لغة واجهة المستخدم (fi, sv, en, ar, uk, ru, so, fa, et).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>الصفحة التي تُفتح: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window size, for example 1280x800.</source>
        <translation>حجم النافذة، مثلًا 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>طباعة عدد الميلي ثانية حتى أول إطار، ثم الخروج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the content pack and your saved data.</source>
        <translation>مجلد حزمة المحتوى وبياناتك المحفوظة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a line when the first frame is on screen.</source>
        <translation>طباعة سطر عندما يظهر أول إطار على الشاشة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: أدلة للحياة في فنلندا، بلغتك، بدون إنترنت.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>لغة غير معروفة «%1». اختر واحدة من: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>تعذّر تحميل واجهة المستخدم. أعد تثبيت Kotona؛ وإذا لم يساعد ذلك، فأبلغ عن هذا الخطأ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The size &quot;%1&quot; is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>الحجم «%1» غير صالح. اكتب العرض ثم x ثم الارتفاع، مثلًا 1280x800.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no page called &quot;%1&quot;. Pages: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>لا توجد صفحة باسم «%1». الصفحات: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
</context>
</TS>
