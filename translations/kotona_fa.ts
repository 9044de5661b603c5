<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../qml/components/ChecklistView.qml" line="+29"/>
        <source>%1 of %2 done</source>
        <extracomment>Progress of a checklist, e.g. &quot;3 of 10 done&quot;</extracomment>
        <translation>%1 از %2 انجام شد</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+51"/>
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>شمارهٔ اضطراری 112</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>پلیس، آمبولانس، آتش‌نشانی و امداد. رایگان و شبانه‌روزی.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poisoning: 0800 147 111</source>
        <extracomment>Poison Information Centre, open 24 hours; keep the digits.</extracomment>
        <translation>مسمومیت: 0800 147 111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis line: 09 2525 0111</source>
        <extracomment>MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.</extracomment>
        <translation>خط کمک در بحران: 09 2525 0111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All help numbers</source>
        <translation>همهٔ شماره‌های کمک</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="+20"/>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Step %1 of %2</source>
        <extracomment>Step indicator of the first-run setup, e.g. &quot;Step 1 of 3&quot;</extracomment>
        <translation>مرحلهٔ %1 از %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Where do you live?</source>
        <translation>کجا زندگی می‌کنید؟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will see the guides and services of your municipality first.</source>
        <translation>اول راهنماها و خدمات شهرداری خودتان را می‌بینید.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All of Finland</source>
        <translation>سراسر فنلاند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another municipality</source>
        <translation>شهرداری دیگر</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the text as large as is comfortable for you.</source>
        <translation>متن را به اندازه‌ای که برایتان راحت است بزرگ کنید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="+17"/>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words and what they mean</source>
        <translation>واژه‌ها و معنی آن‌ها</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Find a word</source>
        <translation>جست‌وجوی واژه</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../qml/components/GlossaryPopup.qml" line="+56"/>
        <source>In Finnish: %1</source>
        <extracomment>%1 is the Finnish word for a term</extracomment>
        <translation>به فنلاندی: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Swedish: %1</source>
        <extracomment>%1 is the Swedish word for a term</extracomment>
        <translation>به سوئدی: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../qml/components/GuideCard.qml" line="+60"/>
        <source>Shown in %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>نمایش به زبان %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages:</source>
        <extracomment>Followed by the languages a guide exists in, e.g. &quot;suomi · svenska · English&quot;</extracomment>
        <translation>زبان‌ها:</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="+67"/>
        <source>This guide is not in the content pack. It may have been removed in an update.</source>
        <translation>این راهنما در بستهٔ محتوا نیست. شاید در یک به‌روزرسانی حذف شده باشد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+65"/>
        <source>Contents</source>
        <translation>فهرست مطالب</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not yet in %1 — shown in %2. This guide exists in: %3.</source>
        <extracomment>%1 is the reader&apos;s language, %2 the language the guide is shown in, %3 a list of languages</extracomment>
        <translation>این راهنما هنوز به زبان %1 نیست و به زبان %2 نشان داده می‌شود. این راهنما به این زبان‌ها هست: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.</source>
        <translation>این متن با کمک ترجمهٔ ماشینی آماده شده و هنوز بررسی نشده است. ممکن است اشتباه داشته باشد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original of this text has changed since it was translated. Parts of it may be out of date.</source>
        <translation>متن اصلی پس از ترجمه تغییر کرده است. ممکن است بخش‌هایی از این متن قدیمی باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the original (%1)</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>خواندن متن اصلی (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are reading this guide in %1.</source>
        <extracomment>%1 is a language&apos;s own name</extracomment>
        <translation>شما این راهنما را به زبان %1 می‌خوانید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your language</source>
        <translation>بازگشت به زبان خودتان</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>★ Bookmarked</source>
        <translation>★ ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation>☆ ذخیره</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bookmark</source>
        <translation>حذف از ذخیره‌شده‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this guide</source>
        <translation>ذخیرهٔ این راهنما</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy to read</source>
        <translation>متن ساده</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Checked on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>تاریخ بررسی: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related guides</source>
        <translation>راهنماهای مرتبط</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to get help</source>
        <translation>از کجا کمک بگیرید</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+14"/>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guide to everyday life in Finland</source>
        <translation>راهنمای شما برای زندگی روزمره در فنلاند</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guides were updated since your last visit.</source>
        <translation>راهنماها از آخرین بازدید شما به‌روز شده‌اند.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue reading</source>
        <translation>ادامهٔ خواندن</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your bookmarks</source>
        <translation>راهنماهای ذخیره‌شدهٔ شما</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <translation>موضوع‌ها</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15"/>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
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
        <translation>کپی شد: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the guides that came with Kotona</source>
        <translation>بازگرداندن راهنماهایی که همراه Kotona آمده‌اند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with new settings</source>
        <translation>شروع با تنظیمات تازه</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="+80"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>بازگشت (Alt+Left)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>جلو (Alt+Right)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <extracomment>Bookmarks and checklists</extracomment>
        <translation>ذخیره‌شده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and checklists</source>
        <translation>راهنماهای ذخیره‌شده و چک‌لیست‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+56"/>
        <source>Close this message</source>
        <translation>بستن این پیام</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../qml/pages/SavedPage.qml" line="+14"/>
        <source>Bookmarks and checklists</source>
        <translation>راهنماهای ذخیره‌شده و چک‌لیست‌ها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmarks</source>
        <translation>راهنماهای ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookmarks yet. Open a guide and choose &quot;Bookmark&quot; to keep it here.</source>
        <translation>هنوز راهنمایی ذخیره نکرده‌اید. یک راهنما را باز کنید و «ذخیره» را بزنید تا اینجا بماند.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checklists</source>
        <translation>چک‌لیست‌ها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>%1 از %2 انجام شد</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10"/>
        <source>Search guides, services and words</source>
        <translation>جست‌وجو در راهنماها، خدمات و واژه‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+26"/>
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. &quot;allowance, allowances&quot;</extracomment>
        <translation>چیزی پیدا نشد. منظورتان این بود: %1؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>چیزی پیدا نشد. واژهٔ دیگری را امتحان کنید، یا واژه‌های کمتری بنویسید.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>به زبان %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>%n مورد دیگر در این راهنما</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../qml/components/ServiceCard.qml" line="+61"/>
        <source>Opening hours: check the service&apos;s web page.</source>
        <translation>ساعت کاری: صفحهٔ اینترنتی آن را ببینید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy address</source>
        <translation>کپی نشانی</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone: %1</source>
        <extracomment>%1 is a phone number</extracomment>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy phone</source>
        <translation>کپی شمارهٔ تلفن</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours: %1</source>
        <extracomment>%1 is opening hours in OpenStreetMap notation, e.g. &quot;Mo-Fr 08:00-16:00&quot;</extracomment>
        <translation>ساعت کاری: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken:</source>
        <extracomment>Followed by the languages spoken at a service</extracomment>
        <translation>به این زبان‌ها صحبت می‌کنند:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../qml/pages/ServicesPage.qml" line="+17"/>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All topics</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>زبان گفت‌وگو</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now</source>
        <translation>اکنون باز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No service matches these filters.</source>
        <translation>هیچ خدمتی با این انتخاب‌ها پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+15"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language of the menus and buttons</source>
        <translation>زبان منوها و دکمه‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Language of the guides</source>
        <translation>زبان راهنماها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Second language, when a guide is not in your language</source>
        <translation>زبان دوم، وقتی راهنما به زبان شما نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language</source>
        <translation>زبان دوم</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>شهرداری</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All of Finland</source>
        <translation>سراسر فنلاند</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark theme</source>
        <translation>حالت تیره</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>کاهش حرکت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updates</source>
        <extracomment>Heading of the settings section about new versions of the guides.</extracomment>
        <translation>به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the guides up to date from the internet or a USB stick.</source>
        <extracomment>Shown under &quot;Updates&quot; in the settings when there is no status to show.</extracomment>
        <translation>راهنماها را از اینترنت یا حافظهٔ USB به‌روز نگه دارید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update sources and history</source>
        <extracomment>Opens the page with update sources, &quot;Check now&quot; and the update history.</extracomment>
        <translation>منابع به‌روزرسانی و تاریخچه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>شروع دوباره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose language and municipality again</source>
        <translation>انتخاب دوبارهٔ زبان و شهرداری</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../qml/components/StateBadge.qml" line="+14"/>
        <source>Machine translation</source>
        <translation>ترجمهٔ ماشینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation out of date</source>
        <translation>ترجمهٔ قدیمی</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../qml/components/TextSizeControl.qml" line="+17"/>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <extracomment>Text size in per cent, e.g. &quot;120 %&quot;</extracomment>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="+66"/>
        <source>There are no guides on this topic yet.</source>
        <translation>هنوز راهنمایی دربارهٔ این موضوع نیست.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In your municipality</source>
        <translation>در شهرداری شما</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of Finland</source>
        <translation>سراسر فنلاند</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="+16"/>
        <source>Updates</source>
        <extracomment>Title of the page about updates of the guides.</extracomment>
        <translation>به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking for updates</source>
        <extracomment>Screen reader name of the spinner shown while updates are checked.</extracomment>
        <translation>در حال بررسی به‌روزرسانی‌ها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1</source>
        <extracomment>Progress of an update download; %1 is an amount of data such as &quot;1.2 MB&quot;.</extracomment>
        <translation>دریافت‌شده: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last checked: %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s language.</extracomment>
        <translation>آخرین بررسی: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <extracomment>Shown when updates have never been checked.</extracomment>
        <translation>هنوز بررسی نشده است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check now</source>
        <extracomment>Button that looks for new versions of the guides at once.</extracomment>
        <translation>همین حالا بررسی کن</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <extracomment>Heading of the list of places updates come from (web addresses, folders).</extracomment>
        <translation>منابع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.</source>
        <extracomment>Explains the list of update sources.</extracomment>
        <translation>منابع به همین ترتیب امتحان می‌شوند تا یکی پاسخ دهد. پوشه می‌تواند حافظهٔ USB باشد؛ اگر وصل نباشد، از آن صرف‌نظر می‌شود.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <extracomment>Removes one update source from the list.</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <extracomment>Screen reader name of the remove button; %1 is the source&apos;s address.</extracomment>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sources yet.</source>
        <extracomment>Shown instead of the list when no update source was added.</extracomment>
        <translation>هنوز منبعی نیست.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>https://… or /media/usb/kotona</source>
        <extracomment>Placeholder of the field where a new update source is typed.</extracomment>
        <translation>https://… یا /media/usb/kotona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source: a web address or a folder</source>
        <extracomment>Screen reader name of the field where a new update source is typed.</extracomment>
        <translation>منبع جدید: نشانی وب یا پوشه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <extracomment>Adds the typed address or folder to the update sources.</extracomment>
        <translation>افزودن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source</source>
        <extracomment>Screen reader name of the button that adds the typed update source.</extracomment>
        <translation>افزودن منبع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a web address (https://…) or a folder (/…), or it is already in the list.</source>
        <extracomment>Error under the source field when the typed text cannot be used.</extracomment>
        <translation>این نه نشانی وب (https://…) است و نه پوشه (/…)، یا از قبل در فهرست هست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <extracomment>Heading of the list of updates that were installed.</extracomment>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No updates installed yet.</source>
        <extracomment>Shown instead of the history when no update was installed.</extracomment>
        <translation>هنوز هیچ به‌روزرسانی‌ای نصب نشده است.</translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41"/>
        <source>The content pack %1 is missing.</source>
        <translation>بستهٔ محتوای %1 پیدا نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>The content pack is damaged and cannot be read.</source>
        <translation>بستهٔ محتوا آسیب دیده است و خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>بستهٔ محتوا از این نسخهٔ Kotona جدیدتر است. برای خواندن آن، Kotona را به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content pack is from an older version of Kotona.</source>
        <translation>بستهٔ محتوا مال نسخهٔ قدیمی‌تری از Kotona است.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60"/>
        <source>New Year&apos;s Day</source>
        <translation>روز سال نو میلادی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epiphany</source>
        <translation>عید ظهور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>جمعهٔ نیک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Sunday</source>
        <translation>یک‌شنبهٔ عید پاک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easter Monday</source>
        <translation>دوشنبهٔ عید پاک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May Day</source>
        <translation>روز جهانی کارگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascension Day</source>
        <translation>عید صعود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whitsun</source>
        <translation>عید پنجاهه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midsummer Eve</source>
        <translation>شب نیمهٔ تابستان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midsummer Day</source>
        <translation>روز نیمهٔ تابستان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Saints&apos; Day</source>
        <translation>روز همهٔ مقدسان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>روز استقلال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>شب کریسمس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>روز کریسمس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day</source>
        <translation>روز قدیس استفان</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59"/>
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>تصویر صفحه در %1 ذخیره نشد. بررسی کنید که پوشه وجود داشته باشد و بتوان در آن نوشت.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+184"/>
        <source>Opening hours: %1</source>
        <translation>ساعت کاری: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours unknown</source>
        <translation>ساعت کاری معلوم نیست</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>%n دقیقهٔ دیگر بسته می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open now</source>
        <translation>اکنون باز است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open now, closes %1 at %2</source>
        <translation>اکنون باز است، %1 ساعت %2 بسته می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now, closes at %1</source>
        <translation>اکنون باز است، ساعت %1 بسته می‌شود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed today (public holiday)</source>
        <translation>امروز بسته است (تعطیل رسمی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>بسته است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed, opens at %1</source>
        <translation>بسته است، ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens tomorrow at %1</source>
        <translation>بسته است، فردا ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed, opens Monday at %1</source>
        <translation>بسته است، دوشنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Tuesday at %1</source>
        <translation>بسته است، سه‌شنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Wednesday at %1</source>
        <translation>بسته است، چهارشنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Thursday at %1</source>
        <translation>بسته است، پنج‌شنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Friday at %1</source>
        <translation>بسته است، جمعه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Saturday at %1</source>
        <translation>بسته است، شنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Sunday at %1</source>
        <translation>بسته است، یک‌شنبه ساعت %1 باز می‌شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed, opens %1 at %2</source>
        <translation>بسته است، %1 ساعت %2 باز می‌شود</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+230"/>
        <source>the opening hours are empty at column %1</source>
        <translation>ساعت کاری خالی است (ستون %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a rule before &quot;%2&quot; at column %1</source>
        <translation>قبل از «%2» باید یک قاعده بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected &quot;;&quot; before &quot;%2&quot; at column %1</source>
        <translation>قبل از «%2» باید «;» بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;;&quot; or the end of the text, found &quot;%2&quot; at column %1</source>
        <translation>اینجا باید «;» یا پایان متن بیاید، اما «%2» آمده است (ستون %1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected a day like Mo or a month like Jan before &quot;-&quot; at column %1</source>
        <translation>قبل از «-» باید روزی مثل Mo یا ماهی مثل Jan بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%2&quot; at column %1</source>
        <translation>«%2» اینجا نباید بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a month like Aug at column %1</source>
        <translation>اینجا باید ماهی مثل Aug بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>اینجا باید روزی مثل 26 یا ماهی مثل Jan بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day range ends before it starts at column %1</source>
        <translation>بازهٔ روزها پیش از شروع تمام می‌شود (ستون %1)</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>open-ended times such as &quot;10:00+&quot; are not supported at column %1</source>
        <translation>زمان‌های بی‌پایان، مثل «10:00+»، پشتیبانی نمی‌شوند (ستون %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;-&quot; and a closing time like 16:00 at column %1</source>
        <translation>اینجا باید «-» و یک ساعت بسته شدن مثل 16:00 بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time span ends when it starts at column %1</source>
        <translation>بازهٔ زمانی در همان ساعت شروع تمام می‌شود (ستون %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a time like 09:00 at column %1</source>
        <translation>اینجا باید ساعتی مثل 09:00 بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%2&quot; is not a closing time (00:00-48:00) at column %1</source>
        <translation>«%2» ساعت بسته شدن درستی نیست (00:00-48:00) (ستون %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; is not an opening time (00:00-23:59) at column %1</source>
        <translation>«%2» ساعت باز شدن درستی نیست (00:00-23:59) (ستون %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected &quot;,&quot; between the days and the times at column %1</source>
        <translation>میان روزها و ساعت‌ها نباید «,» بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a day of the month like 24 at column %1</source>
        <translation>اینجا باید روزی از ماه مثل 24 بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%2 %3&quot; is not a date at column %1</source>
        <translation>«%2 %3» تاریخ نیست (ستون %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>توضیحی که از ستون %1 شروع می‌شود گیومهٔ پایانی ندارد</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>روزها را به شکل Mo، Tu، We، Th، Fr، Sa، Su یا PH بنویسید (ستون %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>تعطیلات مدرسه (SH) پشتیبانی نمی‌شود (ستون %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a day like Mo or PH at column %1</source>
        <translation>اینجا باید روزی مثل Mo یا PH بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>&quot;%2&quot; is not supported at column %1</source>
        <translation>«%2» پشتیبانی نمی‌شود (ستون %1)</translation>
    </message>
    <message>
        <location line="-649"/>
        <source>expected a rule after &quot;%2&quot; at column %1</source>
        <translation>بعد از «%2» باید یک قاعده بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>write one day before &quot;[&quot;, like Sa[1], at column %1</source>
        <translation>پیش از «[» یک روز بنویسید، مثل Sa[1] (ستون %1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>expected a week number 1-53 at column %1</source>
        <translation>اینجا باید شمارهٔ هفته از 1 تا 53 بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number 1 to 5 or -1 to -5 inside &quot;[]&quot; at column %1</source>
        <translation>داخل «[]» باید عددی از 1 تا 5 یا از -1 تا -5 بیاید (ستون %1)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>unknown word &quot;%2&quot; at column %1</source>
        <translation>واژهٔ ناشناخته «%2» (ستون %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71"/>
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>هیچ بستهٔ محتوایی باز نشد و بسته‌ای هم که همراه Kotona آمده است پیدا نشد یا آسیب دیده است. Kotona را دوباره نصب کنید.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>محتوای نصب‌شده مال بستهٔ دیگری بود. محتوایی که همراه Kotona آمده بود بازگردانده شد و فایل دیگر با نام %1 نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 محتوایی که همراه Kotona آمده بود بازگردانده شد و فایل قدیمی با نام %2 نگه داشته شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>محتوا در %1 کپی نشد. بررسی کنید که دیسک پر نباشد.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21"/>
        <source>First steps</source>
        <translation>قدم‌های اول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>نشانی، کد شناسایی شخصی، اجازهٔ اقامت، بانک، Kela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>سلامت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>مراکز بهداشت، موارد اضطراری، سلامت روان، درمانگاه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>مسکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>پیدا کردن خانه، اجاره، کمک‌هزینهٔ مسکن، قوانین ساختمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>جست‌وجوی کار، قرارداد، دستمزد، مالیات، حقوق شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language courses, schools, degrees, day care</source>
        <translation>کلاس‌های زبان، مدرسه‌ها، مدرک‌های تحصیلی، مهدکودک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>کودکان، کمک‌هزینه‌های خانواده، ازدواج، امنیت در خانه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Society</source>
        <translation>جامعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and duties, voting, equality, associations</source>
        <translation>حقوق و وظایف، رأی دادن، برابری، انجمن‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>ایمنی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>شماره‌های اضطراری، پلیس، ایمنی در برابر آتش، کلاه‌برداری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>اوقات فراغت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries, sport, culture, meeting people</source>
        <translation>کتابخانه‌ها، ورزش، فرهنگ، آشنایی با مردم</translation>
    </message>
</context>
<context>
    <name>kotona::UpdateService</name>
    <message>
        <location filename="../app/kotona/updateservice.cpp" line="+157"/>
        <source>Updates are not set up for this collection of guides. A newer version of Kotona will bring them.</source>
        <extracomment>Status when the installed guides carry no signing key to check updates against.</extracomment>
        <translation>به‌روزرسانی برای این مجموعهٔ راهنماها راه‌اندازی نشده است. نسخهٔ جدیدتر Kotona آن را می‌آورد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking for updates…</source>
        <extracomment>Status while an update check runs.</extracomment>
        <translation>در حال بررسی به‌روزرسانی‌ها…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides were updated.</source>
        <extracomment>Status after new versions of the guides were installed.</extracomment>
        <translation>راهنماها به‌روز شدند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides are up to date.</source>
        <extracomment>Status after a check found nothing new.</extracomment>
        <translation>راهنماها به‌روز هستند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No update source could be reached. Plug in the USB stick or connect to the internet, then check again.</source>
        <extracomment>Status when every update source was missing (folder not there) or unreachable.</extracomment>
        <translation>به هیچ منبع به‌روزرسانی دسترسی نبود. حافظهٔ USB را وصل کنید یا به اینترنت متصل شوید و دوباره بررسی کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source to get updates: a web address or a folder, such as a USB stick.</source>
        <extracomment>Status when no update source has been added yet.</extracomment>
        <translation>برای دریافت به‌روزرسانی یک منبع اضافه کنید: نشانی وب یا پوشه، مثلاً حافظهٔ USB.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>New guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>راهنماهای جدید: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>راهنماهای به‌روزشده: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>راهنماهای حذف‌شده: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Small corrections.</source>
        <extracomment>Summary of an update that changed no guide titles (only small fixes).</extracomment>
        <translation>اصلاحات کوچک.</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>اطلاعات ذخیره‌شدهٔ شما باز نشد: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved data is damaged.</source>
        <translation>اطلاعات ذخیره‌شدهٔ شما آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>اطلاعات ذخیره‌شدهٔ شما مال نسخهٔ جدیدتری از Kotona است. برای استفاده از آن، Kotona را به‌روز کنید؛ این اطلاعات تغییری نکرد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved data could not be upgraded: %1</source>
        <translation>اطلاعات ذخیره‌شدهٔ شما به قالب جدید تبدیل نشد: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/bench.cpp" line="+137"/>
        <source>--sections must be at least 10</source>
        <translation>مقدار --sections باید دست‌کم 10 باشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>در %1 راهنمایی برای برداشتن جمله نیست (از --data DIR استفاده کنید).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>روش استفاده: kotona-pack bench open PACK [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>روش استفاده: kotona-pack bench search-quality PACK [--queries FILE] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>%1 خوانده نشد.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queries in %1.</source>
        <translation>در %1 هیچ عبارت جست‌وجویی نیست.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</source>
        <translation>روش استفاده: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</translation>
    </message>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21"/>
        <location filename="../app/pack/main.cpp" line="+81"/>
        <location filename="../app/pack/signcommands.cpp" line="+24"/>
        <location filename="../app/pack/synccommands.cpp" line="+33"/>
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>برای دیدن فرمان‌ها، kotona-pack --help را اجرا کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n مشکل پیدا شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>فرمان validate یک پوشهٔ محتوا لازم دارد: kotona-pack validate DIR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: %2 راهنما، %3 واژهٔ واژه‌نامه، %4 خدمت، %5 چک‌لیست: بدون مشکل.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>فرمان build یک پوشهٔ محتوا و یک فایل خروجی لازم دارد: kotona-pack build DIR -o PACK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack was not built.</source>
        <translation>بسته ساخته نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack could not be written: %1</source>
        <translation>بسته نوشته نشد: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: %2 بخش، %3 بایت، چکیدهٔ محتوا %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>فرمان inspect یک فایل بسته لازم دارد: kotona-pack inspect PACK [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>ترجمه‌ها (o اصلی، r بررسی‌شده، m ماشینی، u قدیمی، . موجود نیست)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>فرمان diff دو فایل بسته لازم دارد: kotona-pack diff OLD NEW [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The packs hold the same records.</source>
        <translation>رکوردهای دو بسته یکسان است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>فرمان search یک بسته و یک عبارت جست‌وجو لازم دارد: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No results.</source>
        <translation>نتیجه‌ای پیدا نشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: %1</source>
        <translation>منظورتان این بود: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1"/>
        <source>Unknown command: %1</source>
        <translation>فرمان ناشناخته: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/benchhours.cpp" line="+40"/>
        <source>No services with opening hours in %1.</source>
        <translation>در %1 هیچ خدمتی با ساعت کاری نیست.</translation>
    </message>
    <message>
        <location filename="../app/pack/hours.cpp" line="+53"/>
        <source>hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]</source>
        <translation>فرمان hours یک مقدار opening_hours لازم دارد: kotona-pack hours EXPR [--at ISO_TIME] [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date and time like 2026-03-29T03:30</source>
        <translation>«%1» تاریخ و زمانی مثل 2026-03-29T03:30 نیست</translation>
    </message>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="+48"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 نوشته نشد: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]</source>
        <translation>فرمان keygen یک فایل کلید لازم دارد: kotona-pack keygen --key KEY [--password-file F] [--force]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; add --force to replace the key pair.</source>
        <translation>%1 از قبل وجود دارد؛ برای جایگزین کردن جفت کلید، --force را اضافه کنید.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.</source>
        <translation>کلید مخفی %1 رمزگذاری نشده است: آن را جایی نگه دارید که فقط خودتان بتوانید آن را بخوانید، یا --password-file را بدهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key %1: secret key in %2, public key in %3</source>
        <translation>کلید %1: کلید مخفی در %2، کلید عمومی در %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</source>
        <translation>فرمان sign یک فایل و یک کلید لازم دارد: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret key %1 is encrypted: give its password with --password-file.</source>
        <translation>کلید مخفی %1 رمزگذاری شده است: رمز عبور آن را با --password-file بدهید.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed %1 with key %2: %3</source>
        <translation>%1 با کلید %2 امضا شد: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]</source>
        <translation>فرمان verify یک فایل و یک کلید عمومی لازم دارد: kotona-pack verify FILE --pub PUB [--sig SIG]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature and trusted comment verified with key %1.</source>
        <translation>امضا و توضیح مورد اعتماد با کلید %1 تأیید شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted comment: %1</source>
        <translation>توضیح مورد اعتماد: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/synccommands.cpp" line="+42"/>
        <source>publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY</source>
        <translation>فرمان publish محتوا و یک مخزن لازم دارد: kotona-pack publish DATA|PACK --repo DIR --key KEY</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content has problems; nothing was published.</source>
        <translation>محتوا مشکل دارد؛ چیزی منتشر نشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No changes since release %1: latest.json was signed again with a new expiry date.</source>
        <translation>از انتشار شمارهٔ %1 تا حالا تغییری نبوده است: latest.json دوباره با تاریخ انقضای جدید امضا شد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).</source>
        <translation>انتشار شمارهٔ %1 منتشر شد: %2 رکورد تغییرکرده در یک دستهٔ تغییرات به حجم %3 بایت؛ نسخهٔ کامل %4 بایت (بسته %5 بایت).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rotate-root needs the repository, the current key and the new one: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</source>
        <translation>فرمان rotate-root مخزن، کلید فعلی و کلید جدید را لازم دارد: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Root %1 now trusts key %2; publish with it from now on.</source>
        <translation>فایل ریشه (نسخهٔ %1) اکنون به کلید %2 اعتماد دارد؛ از این به بعد با این کلید منتشر کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR</source>
        <translation>فرمان export یک مخزن و یک پوشهٔ مقصد لازم دارد: kotona-pack export --repo DIR --to DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the repository to %1.</source>
        <translation>مخزن در %1 کپی شد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</source>
        <translation>فرمان sync یک منبع و یک بسته لازم دارد: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now needs a date and time such as 2026-11-23T12:00:00Z</source>
        <translation>گزینهٔ --now یک تاریخ و زمان لازم دارد، مثل 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Kotona root file.</source>
        <translation>%1 فایل ریشهٔ Kotona نیست.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pack is up to date (release %1).</source>
        <translation>بسته به‌روز است (انتشار شمارهٔ %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated from release %1 to %2 (%3, %4 bytes downloaded).</source>
        <translation>از انتشار شمارهٔ %1 به انتشار شمارهٔ %2 به‌روز شد (%3، %4 بایت دانلود شد).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole collection</source>
        <translation>کل مجموعه</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n دستهٔ تغییرات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]</source>
        <translation>فرمان serve یک پوشهٔ مخزن لازم دارد: kotona-pack serve DIR [--port N] [--bind ADDR]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bind needs an IP address and --port a number up to 65535</source>
        <translation>گزینهٔ --bind یک نشانی IP و گزینهٔ --port عددی تا 65535 لازم دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>گوش دادن روی %1:%2 ممکن نیست: %3</translation>
    </message>
</context>
<context>
    <name>kotona::cli::Password</name>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="-152"/>
        <source>The password file %1 is empty.</source>
        <translation>فایل رمز عبور %1 خالی است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>رمز عبور در %1 بیشتر از %2 بایت است.</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+77"/>
        <source>%1 must be a map of language: text</source>
        <translation>%1 باید برای هر زبان به شکل «زبان: متن» باشد</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+377"/>
        <source>unknown language &quot;%1&quot;</source>
        <translation>زبان ناشناخته «%1»</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>missing field &quot;%1&quot; (a date like 2026-01-31)</source>
        <translation>فیلد «%1» وجود ندارد (تاریخی مثل 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date like 2026-01-31</source>
        <translation>«%1» تاریخی به شکل 2026-01-31 نیست</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is in the future</source>
        <translation>تاریخ %1 (%2) در آینده است</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing sources: list the official pages the facts come from</source>
        <translation>منابع وجود ندارد: صفحه‌های رسمی‌ای را که اطلاعات از آن‌ها آمده است فهرست کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>منبع «%1» نشانی وب نیست</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing field &quot;pack_id&quot;</source>
        <translation>فیلد «pack_id» وجود ندارد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>language code &quot;%1&quot; must be two or three lowercase letters</source>
        <translation>کد زبان «%1» باید دو یا سه حرف کوچک لاتین باشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>زبان «%1» تکراری است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction of &quot;%1&quot; must be ltr or rtl</source>
        <translation>جهت نوشتن زبان «%1» باید ltr یا rtl باشد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &quot;%1&quot; needs its native and English names</source>
        <translation>زبان «%1» به نام خودش در همان زبان و نام انگلیسی‌اش نیاز دارد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no languages are listed</source>
        <translation>هیچ زبانی فهرست نشده است</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topic without id</source>
        <translation>موضوع بدون id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate topic &quot;%1&quot;</source>
        <translation>موضوع «%1» تکراری است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topic &quot;%1&quot; has no title</source>
        <translation>موضوع «%1» عنوان ندارد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>municipality without id</source>
        <translation>شهرداری بدون id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate municipality &quot;%1&quot;</source>
        <translation>شهرداری «%1» تکراری است</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>نام فایل باید &lt;language&gt;.md یا &lt;language&gt;.easy.md باشد، با زبانی از languages.yaml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; does not match its folder: it must be &quot;%2&quot;</source>
        <translation>id «%1» با پوشه‌اش جور نیست: باید «%2» باشد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+288"/>
        <source>missing field &quot;title&quot;</source>
        <translation>فیلد «title» وجود ندارد</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>missing field &quot;summary&quot;</source>
        <translation>فیلد «summary» وجود ندارد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an original needs &quot;revision&quot;: a whole number from 1</source>
        <translation>متن اصلی به «revision» نیاز دارد: یک عدد صحیح از 1 به بالا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a translation needs &quot;translated_from&quot; like en@1: the original&apos;s language and revision</source>
        <translation>ترجمه به «translated_from» مثل en@1 نیاز دارد: زبان و ویرایش متن اصلی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;translation&quot; must be original, reviewed or machine</source>
        <translation>مقدار «translation» باید original، reviewed یا machine باشد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the guide has no text</source>
        <translation>راهنما متنی ندارد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown topic &quot;%1&quot;: see topics.yaml</source>
        <translation>موضوع ناشناخته «%1»: topics.yaml را ببینید</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>پوشهٔ راهنما هیچ فایل &lt;language&gt;.md ندارد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;also&quot; must be a map of language: [words]</source>
        <translation>&quot;also&quot; باید برای هر زبان به شکل «زبان: [کلمه‌ها]» باشد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;also&quot; has words in &quot;%1&quot;, which has no term: add the term first</source>
        <translation>در &quot;also&quot; برای زبان &quot;%1&quot; کلمه‌هایی هست، اما این زبان واژه ندارد: اول واژه را اضافه کنید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; must be a list of words, like [sossu]</source>
        <translation>&quot;also&quot; برای زبان &quot;%1&quot; باید فهرستی از کلمه‌ها باشد، مثل [sossu]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;also&quot; in &quot;%1&quot;: each word must be text of 1 to %2 characters on one line</source>
        <translation>&quot;also&quot; برای زبان &quot;%1&quot;: هر کلمه باید متنی از 1 تا %2 نویسه در یک خط باشد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; repeats the term &quot;%2&quot;</source>
        <translation>&quot;also&quot; برای زبان &quot;%1&quot; خودِ واژهٔ &quot;%2&quot; را تکرار می‌کند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;also&quot; in &quot;%1&quot; has &quot;%2&quot; twice</source>
        <translation>در &quot;also&quot; برای زبان &quot;%1&quot;، &quot;%2&quot; دو بار آمده است</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>id «%1» باید با نام فایل «%2» یکی باشد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;terms&quot;: the term and its explanation per language</source>
        <translation>«terms» وجود ندارد: واژه و توضیح آن برای هر زبان</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs both term and explanation</source>
        <translation>زبان «%1» به term و explanation هر دو نیاز دارد</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+253"/>
        <source>unknown municipality &quot;%1&quot;: see municipalities.yaml</source>
        <translation>شهرداری ناشناخته «%1»: municipalities.yaml را ببینید</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>service without id</source>
        <translation>خدمت بدون id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>id خدمت «%1» تکراری است</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; has no name</source>
        <translation>خدمت «%1» نام ندارد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates of &quot;%1&quot; are not in Finland</source>
        <translation>مختصات «%1» در فنلاند نیست</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid opening_hours: %1</source>
        <translation>مقدار opening_hours نادرست است: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>نام فایل باید &lt;language&gt;.md باشد، با زبانی از languages.yaml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a checklist needs items written as &quot;- [ ] task&quot;</source>
        <translation>چک‌لیست باید مواردی به شکل «- [ ] کار» داشته باشد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a workshop plan needs a list of &quot;items&quot;</source>
        <translation>برنامهٔ کارگاه به فهرست «items» نیاز دارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a workshop plan needs a title, at least in English (title: {en: ...})</source>
        <translation>برنامهٔ کارگاه به عنوانی دست‌کم به انگلیسی نیاز دارد (title: {en: ...})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown item kind &quot;%1&quot;: use one of %2</source>
        <translation>نوع مورد ناشناخته «%1»: یکی از %2 را به کار ببرید</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every item needs &quot;minutes&quot;, a whole number above 0</source>
        <translation>هر مورد به «minutes» نیاز دارد، عددی صحیح بزرگ‌تر از 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section item needs &quot;guide&quot; and &quot;section&quot;</source>
        <translation>مورد بخش به «guide» و «section» نیاز دارد</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the items add up to %1 minutes, not %2</source>
        <translation>جمع موردها %1 دقیقه است، نه %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a second original of %1: only one language is the original</source>
        <translation>متن اصلی دوم برای %1: فقط یک زبان می‌تواند زبان اصلی باشد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a translation without its original: add the original text of %1</source>
        <translation>ترجمه بدون متن اصلی: متن اصلی %1 را اضافه کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>فیلد translated_from به %1 اشاره می‌کند، اما متن اصلی %2.md است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from revision %1 is newer than the original&apos;s revision %2</source>
        <translation>ویرایش %1 در translated_from از ویرایش متن اصلی (%2) جدیدتر است</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>municipality differs from the original&apos;s (&quot;%1&quot;)</source>
        <translation>شهرداری با شهرداری متن اصلی («%1») فرق دارد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>link to a %1 that does not exist: %2</source>
        <translation>پیوند به موردی که وجود ندارد (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>glossary term &quot;%1&quot; does not exist</source>
        <translation>واژهٔ «%1» در واژه‌نامه وجود ندارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; does not exist</source>
        <translation>خدمت «%1» وجود ندارد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guide %1 has no original text</source>
        <translation>راهنمای %1 متن اصلی ندارد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>related term &quot;%1&quot; does not exist</source>
        <translation>واژهٔ مرتبط «%1» وجود ندارد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist &quot;%1&quot; does not exist</source>
        <translation>چک‌لیست «%1» وجود ندارد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guide &quot;%1&quot; does not exist</source>
        <translation>راهنمای «%1» وجود ندارد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide &quot;%1&quot; has no section &quot;%2&quot; in its original</source>
        <translation>نسخهٔ اصلی راهنمای «%1» بخش «%2» را ندارد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>service &quot;%1&quot;: unknown topic &quot;%2&quot;</source>
        <translation>خدمت «%1»: موضوع ناشناخته «%2»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the content folder does not exist</source>
        <translation>پوشهٔ محتوا وجود ندارد</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59"/>
        <source>cannot be read: %1</source>
        <translation>فایل خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>حجم فایل %1 KiB است و حد مجاز %2 KiB: آن را به چند راهنما تقسیم کنید</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>فایل با نشانهٔ ترتیب بایت (BOM) شروع می‌شود: آن را با UTF-8 بدون BOM ذخیره کنید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>فایل UTF-8 معتبر نیست: آن را با UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>فایل پایان خط ویندوز (CRLF) دارد: آن را با پایان خط LF ذخیره کنید</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains NUL bytes: it is not a text file</source>
        <translation>فایل بایت NUL دارد: فایل متنی نیست</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed YAML: %1</source>
        <translation>قالب YAML نادرست است: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must begin with front matter: a line &quot;---&quot;, the YAML fields, and &quot;---&quot;</source>
        <translation>فایل باید با سرآیند (front matter) شروع شود: یک خط «---»، فیلدهای YAML و یک خط «---»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>front matter is not closed by a line &quot;---&quot;</source>
        <translation>سرآیند با خط «---» بسته نشده است</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>front matter must be YAML fields (key: value)</source>
        <translation>سرآیند باید از فیلدهای YAML باشد (کلید: مقدار)</translation>
    </message>
</context>
<context>
    <name>kotona::sync</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="+79"/>
        <source>There is not enough memory to hold a secret key.</source>
        <translation>حافظهٔ کافی برای نگه داشتن کلید مخفی نیست.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The signature could not be checked: libsodium did not start.</source>
        <translation>امضا بررسی نشد: libsodium راه‌اندازی نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file is too large to be a minisign signature.</source>
        <translation>فایل امضا برای یک امضای minisign بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature file is incomplete: it needs four lines.</source>
        <translation>فایل امضا ناقص است: باید چهار خط داشته باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file does not start with an untrusted comment line.</source>
        <translation>فایل امضا با خط توضیح نامطمئن شروع نمی‌شود.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second line of the signature file is not a minisign signature.</source>
        <translation>خط دوم فایل امضا یک امضای minisign نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature uses an algorithm Kotona does not know.</source>
        <translation>امضا از الگوریتمی استفاده می‌کند که Kotona آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The third line of the signature file is not a trusted comment.</source>
        <translation>خط سوم فایل امضا توضیح مورد اعتماد نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted comment of the signature is too long or not one line of text.</source>
        <translation>توضیح مورد اعتماد امضا بیش از حد طولانی است یا یک خط متن نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fourth line of the signature file is not a minisign signature.</source>
        <translation>خط چهارم فایل امضا یک امضای minisign نیست.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+453"/>
        <source>The message could not be read: it is not open for reading.</source>
        <translation>پیام خوانده نشد: برای خواندن باز نیست.</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>The message could not be read: %1</source>
        <translation>پیام خوانده نشد: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The trusted comment must be one line of at most %1 bytes.</source>
        <translation>توضیح مورد اعتماد باید یک خط و حداکثر %1 بایت باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>توضیح نامطمئن باید یک خط و حداکثر %1 بایت باشد.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is signed with key %1, which is not one of the trusted keys.</source>
        <translation>فایل با کلید %1 امضا شده است که جزو کلیدهای مورد اعتماد نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the file: the file was changed or damaged.</source>
        <translation>امضا با فایل جور نیست: فایل تغییر کرده یا آسیب دیده است.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted comment of the signature was changed: the signature cannot be trusted.</source>
        <translation>توضیح مورد اعتماد امضا تغییر کرده است: نمی‌توان به این امضا اعتماد کرد.</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file has a legacy signature, which Kotona checks only for files up to 64 MiB.</source>
        <translation>این فایل امضای قدیمی دارد و Kotona این نوع امضا را فقط برای فایل‌های تا 64 MiB بررسی می‌کند.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is too large to be a key or a signature.</source>
        <translation>%1 برای اینکه کلید یا امضا باشد بیش از حد بزرگ است.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::Error</name>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="+34"/>
        <source>The update is damaged and was not installed. Your guides are unchanged. Try again later or use another update source.</source>
        <translation>به‌روزرسانی آسیب دیده بود و نصب نشد. راهنماهای شما تغییری نکرده‌اند. بعداً دوباره امتحان کنید یا از منبع دیگری برای به‌روزرسانی استفاده کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update is not signed by the Kotona team and was refused. Your guides are unchanged. Use another update source.</source>
        <translation>این به‌روزرسانی را تیم Kotona امضا نکرده است و پذیرفته نشد. راهنماهای شما تغییری نکرده‌اند. از منبع دیگری برای به‌روزرسانی استفاده کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source offers older guides than the ones you have. Nothing was changed.</source>
        <translation>راهنماهای این منبع از راهنماهایی که دارید قدیمی‌ترند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source holds guides for another Kotona collection. Nothing was changed.</source>
        <translation>این منبع راهنماهای مجموعهٔ دیگری از Kotona را دارد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These guides need a newer version of Kotona. Update the app first; your guides are unchanged.</source>
        <translation>این راهنماها نسخهٔ جدیدتری از Kotona لازم دارند. اول برنامه را به‌روز کنید؛ راهنماهای شما تغییری نکرده‌اند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update did not match your guides and was not installed. Your guides are unchanged. Kotona will download the full collection next time.</source>
        <translation>به‌روزرسانی با راهنماهای شما جور نبود و نصب نشد. راهنماهای شما تغییری نکرده‌اند. Kotona دفعهٔ بعد کل مجموعه را دانلود می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the update source. Kotona will try again later.</source>
        <translation>به منبع به‌روزرسانی وصل نشدیم. Kotona بعداً دوباره امتحان می‌کند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network asks you to sign in first (for example on a web page of the library or café). Sign in with a web browser, then check for updates again.</source>
        <translation>شبکه از شما می‌خواهد اول وارد شوید (مثلاً در صفحهٔ وب کتابخانه یا کافه). با یک مرورگر وب وارد شوید و بعد دوباره به‌روزرسانی‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update source has not been refreshed for a long time, so it may be out of date. Kotona will try again later; you can also use another source.</source>
        <translation>منبع به‌روزرسانی مدت زیادی است که تازه نشده است و شاید قدیمی باشد. Kotona بعداً دوباره امتحان می‌کند؛ می‌توانید از منبع دیگری هم استفاده کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s date and time look wrong, so updates cannot be checked. Correct the date and time, then try again.</source>
        <translation>به نظر می‌رسد تاریخ و ساعت این رایانه درست نیست، برای همین به‌روزرسانی‌ها بررسی نمی‌شوند. تاریخ و ساعت را درست کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free disk space for the update. Free some space, then try again.</source>
        <translation>فضای خالی کافی روی دیسک برای به‌روزرسانی نیست. کمی فضا خالی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update could not be written to disk. Kotona will try again later.</source>
        <translation>به‌روزرسانی روی دیسک نوشته نشد. Kotona بعداً دوباره امتحان می‌کند.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::PublicKey</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="-366"/>
        <source>This is not a minisign public key.</source>
        <translation>این یک کلید عمومی minisign نیست.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public key uses an algorithm Kotona does not know.</source>
        <translation>کلید عمومی از الگوریتمی استفاده می‌کند که Kotona آن را نمی‌شناسد.</translation>
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
        <translation>این یک کلید مخفی minisign نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key uses an algorithm Kotona does not know.</source>
        <translation>کلید مخفی از الگوریتمی استفاده می‌کند که Kotona آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key uses a checksum Kotona does not know.</source>
        <translation>کلید مخفی از نوعی مجموع کنترلی استفاده می‌کند که Kotona آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key is protected in a way Kotona does not know.</source>
        <translation>کلید مخفی به روشی محافظت شده است که Kotona آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is encrypted: a password is needed.</source>
        <translation>کلید مخفی رمزگذاری شده است: رمز عبور لازم است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The password is too long.</source>
        <translation>رمز عبور بیش از حد طولانی است.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The secret key asks for more work to decrypt it than Kotona allows.</source>
        <translation>رمزگشایی این کلید مخفی بیشتر از حدی که Kotona اجازه می‌دهد پردازش لازم دارد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The key could not be derived from the password: there is not enough memory.</source>
        <translation>کلید از رمز عبور ساخته نشد: حافظهٔ کافی نیست.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The password is wrong for this secret key.</source>
        <translation>رمز عبور این کلید مخفی اشتباه است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret key is damaged: its checksum does not match.</source>
        <translation>کلید مخفی آسیب دیده است: مجموع کنترلی آن درست نیست.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret key is damaged: its two halves do not belong together.</source>
        <translation>کلید مخفی آسیب دیده است: دو نیمهٔ آن با هم جور نیستند.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>توضیح نامطمئن باید یک خط و حداکثر %1 بایت باشد.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The secret key could not be written to %1: %2</source>
        <translation>کلید مخفی در %1 نوشته نشد: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+31"/>
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>رسم یک صفحه بدون نمایش آن، ذخیره‌اش به‌صورت PNG و خروج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (fi, sv, en, ar, uk, ru, so, fa, et).</source>
        <translation>زبان رابط کاربری (fi, sv, en, ar, uk, ru, so, fa, et).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>صفحه‌ای که باز می‌شود: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window size, for example 1280x800.</source>
        <translation>اندازهٔ پنجره، مثلاً 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>چاپ میلی‌ثانیه‌ها تا نخستین فریم و خروج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the content pack and your saved data.</source>
        <translation>پوشهٔ بستهٔ محتوا و اطلاعات ذخیره‌شدهٔ شما.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a line when the first frame is on screen.</source>
        <translation>چاپ یک خط وقتی نخستین فریم روی صفحه آمد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: راهنماهایی برای زندگی در فنلاند، به زبان شما، بدون اینترنت.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>زبان ناشناخته «%1». یکی از این‌ها را انتخاب کنید: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>رابط کاربری بارگذاری نشد. Kotona را دوباره نصب کنید؛ اگر فایده نداشت، این خطا را گزارش دهید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The size &quot;%1&quot; is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>اندازهٔ «%1» درست نیست. اول عرض، بعد x و بعد ارتفاع را بنویسید؛ مثلاً 1280x800.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no page called &quot;%1&quot;. Pages: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>صفحه‌ای به نام «%1» وجود ندارد. صفحه‌ها: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
</context>
</TS>
