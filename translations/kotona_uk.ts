<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../qml/components/ChecklistView.qml" line="+29"/>
        <source>%1 of %2 done</source>
        <extracomment>Progress of a checklist, e.g. &quot;3 of 10 done&quot;</extracomment>
        <translation>Виконано: %1 з %2</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+51"/>
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>Екстрений номер 112</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>Поліція, швидка допомога, пожежники й рятувальники. Безкоштовно, цілодобово.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poisoning: 0800 147 111</source>
        <extracomment>Poison Information Centre, open 24 hours; keep the digits.</extracomment>
        <translation>Отруєння: 0800 147 111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis line: 09 2525 0111</source>
        <extracomment>MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.</extracomment>
        <translation>Кризова лінія: 09 2525 0111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All help numbers</source>
        <translation>Усі номери допомоги</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="+20"/>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Step %1 of %2</source>
        <extracomment>Step indicator of the first-run setup, e.g. &quot;Step 1 of 3&quot;</extracomment>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Where do you live?</source>
        <translation>Де Ви живете?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will see the guides and services of your municipality first.</source>
        <translation>Спочатку Ви побачите статті та послуги Вашого муніципалітету.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All of Finland</source>
        <translation>Уся Фінляндія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another municipality</source>
        <translation>Інший муніципалітет</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the text as large as is comfortable for you.</source>
        <translation>Виберіть зручний для Вас розмір тексту.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="+17"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words and what they mean</source>
        <translation>Слова та їхні значення</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Find a word</source>
        <translation>Знайти слово</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../qml/components/GlossaryPopup.qml" line="+56"/>
        <source>In Finnish: %1</source>
        <extracomment>%1 is the Finnish word for a term</extracomment>
        <translation>Фінською: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Swedish: %1</source>
        <extracomment>%1 is the Swedish word for a term</extracomment>
        <translation>Шведською: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../qml/components/GuideCard.qml" line="+60"/>
        <source>Shown in %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Показано мовою: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages:</source>
        <extracomment>Followed by the languages a guide exists in, e.g. &quot;suomi · svenska · English&quot;</extracomment>
        <translation>Мови:</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="+67"/>
        <source>This guide is not in the content pack. It may have been removed in an update.</source>
        <translation>Цієї статті немає в пакеті матеріалів. Можливо, її видалили під час оновлення.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+65"/>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not yet in %1 — shown in %2. This guide exists in: %3.</source>
        <extracomment>%1 is the reader&apos;s language, %2 the language the guide is shown in, %3 a list of languages</extracomment>
        <translation>Ще немає Вашою мовою (%1) — показано мовою: %2. Ця стаття є такими мовами: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.</source>
        <translation>Цей текст перекладено за допомогою машинного перекладу, і його ще не перевірено. У ньому можуть бути помилки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original of this text has changed since it was translated. Parts of it may be out of date.</source>
        <translation>Оригінал цього тексту змінився після перекладу. Деякі частини можуть бути застарілими.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the original (%1)</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Читати оригінал (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are reading this guide in %1.</source>
        <extracomment>%1 is a language&apos;s own name</extracomment>
        <translation>Ви читаєте цю статтю мовою: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your language</source>
        <translation>Повернутися до Вашої мови</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>★ Bookmarked</source>
        <translation>★ У закладках</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation>☆ До закладок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bookmark</source>
        <translation>Прибрати із закладок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this guide</source>
        <translation>Додати статтю до закладок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy to read</source>
        <translation>Простою мовою</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Checked on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Перевірено: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related guides</source>
        <translation>Статті на цю тему</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to get help</source>
        <translation>Де отримати допомогу</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+14"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guide to everyday life in Finland</source>
        <translation>Ваш помічник у повсякденному житті у Фінляндії</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guides were updated since your last visit.</source>
        <translation>Після Вашого останнього візиту статті оновилися.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue reading</source>
        <translation>Продовжити читання</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your bookmarks</source>
        <translation>Ваші закладки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15"/>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
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
        <translation>Скопійовано: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the guides that came with Kotona</source>
        <translation>Відновити початкові статті Kotona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with new settings</source>
        <translation>Почати з новими налаштуваннями</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="+80"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Left)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward</source>
        <translation>Уперед</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Уперед (Alt+Right)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Словник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <extracomment>Bookmarks and checklists</extracomment>
        <translation>Збережене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and checklists</source>
        <translation>Закладки та списки справ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+56"/>
        <source>Close this message</source>
        <translation>Закрити це повідомлення</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../qml/pages/SavedPage.qml" line="+14"/>
        <source>Bookmarks and checklists</source>
        <translation>Закладки та списки справ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookmarks yet. Open a guide and choose &quot;Bookmark&quot; to keep it here.</source>
        <translation>Закладок поки немає. Відкрийте статтю й натисніть &quot;До закладок&quot;, щоб зберегти її тут.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checklists</source>
        <translation>Списки справ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>Виконано: %1 з %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10"/>
        <source>Search guides, services and words</source>
        <translation>Пошук у статтях, послугах і словах</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+26"/>
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. &quot;allowance, allowances&quot;</extracomment>
        <translation>Нічого не знайдено. Можливо, Ви мали на увазі: %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Нічого не знайдено. Спробуйте інше слово або менше слів.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Мовою: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>Ще %n збіг у цій статті</numerusform>
            <numerusform>Ще %n збіги у цій статті</numerusform>
            <numerusform>Ще %n збігів у цій статті</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../qml/components/ServiceCard.qml" line="+61"/>
        <source>Opening hours: check the service&apos;s web page.</source>
        <translation>Години роботи: дивіться на сайті служби.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy address</source>
        <translation>Копіювати адресу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone: %1</source>
        <extracomment>%1 is a phone number</extracomment>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy phone</source>
        <translation>Копіювати телефон</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours: %1</source>
        <extracomment>%1 is opening hours in OpenStreetMap notation, e.g. &quot;Mo-Fr 08:00-16:00&quot;</extracomment>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken:</source>
        <extracomment>Followed by the languages spoken at a service</extracomment>
        <translation>Мови обслуговування:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../qml/pages/ServicesPage.qml" line="+17"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All topics</source>
        <translation>Усі теми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Мова обслуговування</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now</source>
        <translation>Відчинено зараз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No service matches these filters.</source>
        <translation>За цими фільтрами нічого не знайдено.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+15"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language of the menus and buttons</source>
        <translation>Мова меню та кнопок</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Language of the guides</source>
        <translation>Мова статей</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Second language, when a guide is not in your language</source>
        <translation>Друга мова, якщо статті немає Вашою мовою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language</source>
        <translation>Друга мова</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>Муніципалітет</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All of Finland</source>
        <translation>Уся Фінляндія</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark theme</source>
        <translation>Темна тема</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Менше анімації</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updates</source>
        <extracomment>Heading of the settings section about new versions of the guides.</extracomment>
        <translation>Оновлення</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the guides up to date from the internet or a USB stick.</source>
        <extracomment>Shown under &quot;Updates&quot; in the settings when there is no status to show.</extracomment>
        <translation>Підтримуйте статті актуальними з інтернету або з USB-накопичувача.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update sources and history</source>
        <extracomment>Opens the page with update sources, &quot;Check now&quot; and the update history.</extracomment>
        <translation>Джерела оновлень та історія</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose language and municipality again</source>
        <translation>Знову вибрати мову та муніципалітет</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../qml/components/StateBadge.qml" line="+14"/>
        <source>Machine translation</source>
        <translation>Машинний переклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation out of date</source>
        <translation>Переклад застарів</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../qml/components/TextSizeControl.qml" line="+17"/>
        <source>Smaller text</source>
        <translation>Зменшити текст</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger text</source>
        <translation>Збільшити текст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <extracomment>Text size in per cent, e.g. &quot;120 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>TopicPage</name>
    <message>
        <location filename="../qml/pages/TopicPage.qml" line="+66"/>
        <source>There are no guides on this topic yet.</source>
        <translation>На цю тему ще немає статей.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In your municipality</source>
        <translation>У Вашому муніципалітеті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of Finland</source>
        <translation>Уся Фінляндія</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="+16"/>
        <source>Updates</source>
        <extracomment>Title of the page about updates of the guides.</extracomment>
        <translation>Оновлення</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking for updates</source>
        <extracomment>Screen reader name of the spinner shown while updates are checked.</extracomment>
        <translation>Перевірка оновлень</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1</source>
        <extracomment>Progress of an update download; %1 is an amount of data such as &quot;1.2 MB&quot;.</extracomment>
        <translation>Отримано %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last checked: %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s language.</extracomment>
        <translation>Остання перевірка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <extracomment>Shown when updates have never been checked.</extracomment>
        <translation>Ще не перевірялося</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check now</source>
        <extracomment>Button that looks for new versions of the guides at once.</extracomment>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <extracomment>Heading of the list of places updates come from (web addresses, folders).</extracomment>
        <translation>Джерела</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.</source>
        <extracomment>Explains the list of update sources.</extracomment>
        <translation>Джерела перевіряються в цьому порядку, доки одне не відповість. Папкою може бути USB-накопичувач; якщо його не під&apos;єднано, її буде пропущено.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <extracomment>Removes one update source from the list.</extracomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <extracomment>Screen reader name of the remove button; %1 is the source&apos;s address.</extracomment>
        <translation>Видалити %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sources yet.</source>
        <extracomment>Shown instead of the list when no update source was added.</extracomment>
        <translation>Джерел ще немає.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>https://… or /media/usb/kotona</source>
        <extracomment>Placeholder of the field where a new update source is typed.</extracomment>
        <translation>https://… або /media/usb/kotona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source: a web address or a folder</source>
        <extracomment>Screen reader name of the field where a new update source is typed.</extracomment>
        <translation>Нове джерело: вебадреса або папка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <extracomment>Adds the typed address or folder to the update sources.</extracomment>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source</source>
        <extracomment>Screen reader name of the button that adds the typed update source.</extracomment>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a web address (https://…) or a folder (/…), or it is already in the list.</source>
        <extracomment>Error under the source field when the typed text cannot be used.</extracomment>
        <translation>Це не вебадреса (https://…) і не папка (/…), або її вже є у списку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <extracomment>Heading of the list of updates that were installed.</extracomment>
        <translation>Історія</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No updates installed yet.</source>
        <extracomment>Shown instead of the history when no update was installed.</extracomment>
        <translation>Оновлення ще не встановлювалися.</translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41"/>
        <source>The content pack %1 is missing.</source>
        <translation>Пакет матеріалів %1 не знайдено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>The content pack is damaged and cannot be read.</source>
        <translation>Пакет матеріалів пошкоджено, його неможливо прочитати.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>Пакет матеріалів новіший за цю версію Kotona. Оновіть Kotona, щоб його відкрити.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content pack is from an older version of Kotona.</source>
        <translation>Пакет матеріалів створено для старішої версії Kotona.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60"/>
        <source>New Year&apos;s Day</source>
        <translation>Новий рік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epiphany</source>
        <translation>Богоявлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>Страсна п’ятниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Sunday</source>
        <translation>Великдень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easter Monday</source>
        <translation>Другий день Великодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May Day</source>
        <translation>Перше травня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascension Day</source>
        <translation>Вознесіння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whitsun</source>
        <translation>Трійця</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midsummer Eve</source>
        <translation>Переддень Іванового дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midsummer Day</source>
        <translation>Іванів день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Saints&apos; Day</source>
        <translation>День усіх святих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>День незалежності</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>Святвечір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>Різдво</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day</source>
        <translation>Другий день Різдва</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59"/>
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Не вдалося зберегти знімок екрана в %1. Перевірте, чи існує папка і чи можна в неї записувати.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+184"/>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours unknown</source>
        <translation>Години роботи невідомі</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Зачиняється через %n хв</numerusform>
            <numerusform>Зачиняється через %n хв</numerusform>
            <numerusform>Зачиняється через %n хв</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open now</source>
        <translation>Відчинено зараз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open now, closes %1 at %2</source>
        <translation>Відчинено зараз, зачиниться %1 о %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now, closes at %1</source>
        <translation>Відчинено зараз, зачиниться о %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed today (public holiday)</source>
        <translation>Сьогодні зачинено (державне свято)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Зачинено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed, opens at %1</source>
        <translation>Зачинено, відчиниться о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens tomorrow at %1</source>
        <translation>Зачинено, відчиниться завтра о %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed, opens Monday at %1</source>
        <translation>Зачинено, відчиниться в понеділок о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Tuesday at %1</source>
        <translation>Зачинено, відчиниться у вівторок о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Wednesday at %1</source>
        <translation>Зачинено, відчиниться в середу о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Thursday at %1</source>
        <translation>Зачинено, відчиниться в четвер о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Friday at %1</source>
        <translation>Зачинено, відчиниться в п’ятницю о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Saturday at %1</source>
        <translation>Зачинено, відчиниться в суботу о %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Sunday at %1</source>
        <translation>Зачинено, відчиниться в неділю о %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed, opens %1 at %2</source>
        <translation>Зачинено, відчиниться %1 о %2</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+230"/>
        <source>the opening hours are empty at column %1</source>
        <translation>години роботи не заповнено (стовпець %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a rule before &quot;%2&quot; at column %1</source>
        <translation>перед &quot;%2&quot; має бути правило (стовпець %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected &quot;;&quot; before &quot;%2&quot; at column %1</source>
        <translation>перед &quot;%2&quot; має бути знак &quot;;&quot; (стовпець %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;;&quot; or the end of the text, found &quot;%2&quot; at column %1</source>
        <translation>тут має бути знак &quot;;&quot; або кінець тексту, а знайдено &quot;%2&quot; (стовпець %1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected a day like Mo or a month like Jan before &quot;-&quot; at column %1</source>
        <translation>перед &quot;-&quot; має бути день, наприклад Mo, або місяць, наприклад Jan (стовпець %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%2&quot; at column %1</source>
        <translation>неочікуваний текст &quot;%2&quot; (стовпець %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a month like Aug at column %1</source>
        <translation>тут має бути місяць, наприклад Aug (стовпець %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>тут має бути день, наприклад 26, або місяць, наприклад Jan (стовпець %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day range ends before it starts at column %1</source>
        <translation>діапазон днів закінчується раніше, ніж починається (стовпець %1)</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>open-ended times such as &quot;10:00+&quot; are not supported at column %1</source>
        <translation>час без закінчення, як-от &quot;10:00+&quot;, не підтримується (стовпець %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;-&quot; and a closing time like 16:00 at column %1</source>
        <translation>тут має бути знак &quot;-&quot; і час зачинення, наприклад 16:00 (стовпець %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time span ends when it starts at column %1</source>
        <translation>проміжок часу закінчується в момент початку (стовпець %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a time like 09:00 at column %1</source>
        <translation>тут має бути час, наприклад 09:00 (стовпець %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%2&quot; is not a closing time (00:00-48:00) at column %1</source>
        <translation>&quot;%2&quot; не підходить як час зачинення (00:00-48:00) (стовпець %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; is not an opening time (00:00-23:59) at column %1</source>
        <translation>&quot;%2&quot; не підходить як час відчинення (00:00-23:59) (стовпець %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected &quot;,&quot; between the days and the times at column %1</source>
        <translation>між днями й часом не має бути &quot;,&quot; (стовпець %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a day of the month like 24 at column %1</source>
        <translation>тут має бути день місяця, наприклад 24 (стовпець %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%2 %3&quot; is not a date at column %1</source>
        <translation>&quot;%2 %3&quot; — не дата (стовпець %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>коментар, що починається в стовпці %1, не має закривних лапок</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>пишіть дні так: Mo, Tu, We, Th, Fr, Sa, Su або PH (стовпець %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>шкільні канікули (SH) не підтримуються (стовпець %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a day like Mo or PH at column %1</source>
        <translation>тут має бути день, наприклад Mo або PH (стовпець %1)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>&quot;%2&quot; is not supported at column %1</source>
        <translation>&quot;%2&quot; не підтримується (стовпець %1)</translation>
    </message>
    <message>
        <location line="-649"/>
        <source>expected a rule after &quot;%2&quot; at column %1</source>
        <translation>після &quot;%2&quot; має бути правило (стовпець %1)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>write one day before &quot;[&quot;, like Sa[1], at column %1</source>
        <translation>перед &quot;[&quot; пишіть один день, наприклад Sa[1] (стовпець %1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>expected a week number 1-53 at column %1</source>
        <translation>тут має бути номер тижня 1–53 (стовпець %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number 1 to 5 or -1 to -5 inside &quot;[]&quot; at column %1</source>
        <translation>усередині &quot;[]&quot; має бути число від 1 до 5 або від -1 до -5 (стовпець %1)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>unknown word &quot;%2&quot; at column %1</source>
        <translation>невідоме слово &quot;%2&quot; (стовпець %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71"/>
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>Не вдалося відкрити жоден пакет матеріалів, а пакет, що постачався з Kotona, відсутній або пошкоджений. Перевстановіть Kotona.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>Установлені матеріали належали до іншого пакета. Матеріали, що постачалися з Kotona, відновлено; інший файл збережено як %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 Матеріали, що постачалися з Kotona, відновлено; старий файл збережено як %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>Не вдалося скопіювати матеріали в %1. Перевірте, чи не заповнений диск.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21"/>
        <source>First steps</source>
        <translation>Перші кроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>Адреса, особистий код, дозвіл на проживання, банк, Kela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Поліклініки, невідкладна допомога, психічне здоров’я, консультації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Пошук житла, оренда, житлова допомога, правила будинку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Пошук роботи, договори, зарплата, податки, Ваші права</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Освіта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language courses, schools, degrees, day care</source>
        <translation>Мовні курси, школи, дипломи, дитячий садок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Сім’я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Діти, сімейні виплати, шлюб, безпека вдома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Society</source>
        <translation>Суспільство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Права й обов’язки, вибори, рівність, об’єднання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Екстрені номери, поліція, пожежна безпека, шахрайство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Вільний час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries, sport, culture, meeting people</source>
        <translation>Бібліотеки, спорт, культура, нові знайомства</translation>
    </message>
</context>
<context>
    <name>kotona::UpdateService</name>
    <message>
        <location filename="../app/kotona/updateservice.cpp" line="+157"/>
        <source>Updates are not set up for this collection of guides. A newer version of Kotona will bring them.</source>
        <extracomment>Status when the installed guides carry no signing key to check updates against.</extracomment>
        <translation>Для цієї збірки статей оновлення не налаштовано. Їх принесе новіша версія Kotona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking for updates…</source>
        <extracomment>Status while an update check runs.</extracomment>
        <translation>Перевірка оновлень…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides were updated.</source>
        <extracomment>Status after new versions of the guides were installed.</extracomment>
        <translation>Статті оновлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides are up to date.</source>
        <extracomment>Status after a check found nothing new.</extracomment>
        <translation>Статті актуальні.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No update source could be reached. Plug in the USB stick or connect to the internet, then check again.</source>
        <extracomment>Status when every update source was missing (folder not there) or unreachable.</extracomment>
        <translation>Не вдалося зв&apos;язатися з жодним джерелом оновлень. Під&apos;єднайте USB-накопичувач або підключіться до інтернету, а потім перевірте ще раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source to get updates: a web address or a folder, such as a USB stick.</source>
        <extracomment>Status when no update source has been added yet.</extracomment>
        <translation>Додайте джерело, щоб отримувати оновлення: вебадресу або папку, наприклад USB-накопичувач.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>New guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Нові статті: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Оновлені статті: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Видалені статті: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Small corrections.</source>
        <extracomment>Summary of an update that changed no guide titles (only small fixes).</extracomment>
        <translation>Дрібні виправлення.</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>Не вдалося відкрити Ваші збережені дані: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved data is damaged.</source>
        <translation>Ваші збережені дані пошкоджено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>Ваші збережені дані створено в новішій версії Kotona. Оновіть Kotona, щоб користуватися ними; дані не змінено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved data could not be upgraded: %1</source>
        <translation>Не вдалося оновити Ваші збережені дані: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/bench.cpp" line="+137"/>
        <source>--sections must be at least 10</source>
        <translation>значення --sections має бути не менше 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>У %1 немає статей, з яких можна взяти речення (використайте --data ПАПКА).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>Використання: kotona-pack bench open ПАКЕТ [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>Використання: kotona-pack bench search-quality ПАКЕТ [--queries ФАЙЛ] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>Не вдається прочитати %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queries in %1.</source>
        <translation>У %1 немає запитів.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</source>
        <translation>Використання: kotona-pack bench build|sync [--sections N] [--data ПАПКА] [--json]</translation>
    </message>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21"/>
        <location filename="../app/pack/main.cpp" line="+81"/>
        <location filename="../app/pack/signcommands.cpp" line="+24"/>
        <location filename="../app/pack/synccommands.cpp" line="+33"/>
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Виконайте kotona-pack --help, щоб побачити список команд.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Знайдено %n проблему.</numerusform>
            <numerusform>Знайдено %n проблеми.</numerusform>
            <numerusform>Знайдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>команді validate потрібна одна папка з матеріалами: kotona-pack validate ПАПКА</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: статей: %2, термінів словника: %3, послуг: %4, списків справ: %5; проблем немає.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>команді build потрібні папка з матеріалами й вихідний файл: kotona-pack build ПАПКА -o ПАКЕТ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack was not built.</source>
        <translation>Пакет не зібрано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack could not be written: %1</source>
        <translation>Не вдалося записати пакет: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: розділів: %2, байтів: %3, геш вмісту: %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>команді inspect потрібен один файл пакета: kotona-pack inspect ПАКЕТ [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>Переклади (o — оригінал, r — перевірений, m — машинний, u — застарілий, . — відсутній)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>команді diff потрібні два файли пакетів: kotona-pack diff СТАРИЙ НОВИЙ [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The packs hold the same records.</source>
        <translation>Пакети містять однакові записи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>команді search потрібні пакет і запит: kotona-pack search ПАКЕТ ЗАПИТ [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No results.</source>
        <translation>Немає результатів.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: %1</source>
        <translation>Можливо, Ви мали на увазі: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1"/>
        <source>Unknown command: %1</source>
        <translation>Невідома команда: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/benchhours.cpp" line="+40"/>
        <source>No services with opening hours in %1.</source>
        <translation>У %1 немає послуг із годинами роботи.</translation>
    </message>
    <message>
        <location filename="../app/pack/hours.cpp" line="+53"/>
        <source>hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]</source>
        <translation>команді hours потрібне значення opening_hours: kotona-pack hours ВИРАЗ [--at ISO_ЧАС] [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date and time like 2026-03-29T03:30</source>
        <translation>&quot;%1&quot; — не дата й час на кшталт 2026-03-29T03:30</translation>
    </message>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="+48"/>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]</source>
        <translation>команді keygen потрібен файл ключа: kotona-pack keygen --key КЛЮЧ [--password-file F] [--force]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; add --force to replace the key pair.</source>
        <translation>%1 уже існує; додайте --force, щоб замінити пару ключів.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.</source>
        <translation>Секретний ключ %1 не зашифровано: зберігайте його там, де прочитати його можете лише Ви, або вкажіть --password-file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key %1: secret key in %2, public key in %3</source>
        <translation>Ключ %1: секретний ключ у %2, відкритий ключ у %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</source>
        <translation>команді sign потрібні файл і ключ: kotona-pack sign ФАЙЛ --key КЛЮЧ [--password-file F] [--trusted-comment T]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret key %1 is encrypted: give its password with --password-file.</source>
        <translation>Секретний ключ %1 зашифровано: вкажіть його пароль за допомогою --password-file.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed %1 with key %2: %3</source>
        <translation>%1 підписано ключем %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]</source>
        <translation>команді verify потрібні файл і відкритий ключ: kotona-pack verify ФАЙЛ --pub ВІДКРИТИЙ_КЛЮЧ [--sig ПІДПИС]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature and trusted comment verified with key %1.</source>
        <translation>Підпис і довірений коментар перевірено ключем %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted comment: %1</source>
        <translation>Довірений коментар: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/synccommands.cpp" line="+42"/>
        <source>publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY</source>
        <translation>команді publish потрібні матеріали й репозиторій: kotona-pack publish МАТЕРІАЛИ|ПАКЕТ --repo ПАПКА --key КЛЮЧ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content has problems; nothing was published.</source>
        <translation>У матеріалах є проблеми, тому нічого не опубліковано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No changes since release %1: latest.json was signed again with a new expiry date.</source>
        <translation>Від випуску %1 змін немає: latest.json підписано ще раз із новою датою закінчення строку дії.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).</source>
        <translation>Опубліковано випуск %1: змінених записів: %2, байтів у партії: %3; байтів у знімку: %4 (у пакеті: %5).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rotate-root needs the repository, the current key and the new one: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</source>
        <translation>команді rotate-root потрібні репозиторій, поточний ключ і новий ключ: kotona-pack rotate-root --repo ПАПКА --key СТАРИЙ --new-key НОВИЙ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Root %1 now trusts key %2; publish with it from now on.</source>
        <translation>Кореневий файл версії %1 тепер довіряє ключу %2; відтепер публікуйте з ним.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR</source>
        <translation>команді export потрібні репозиторій і цільова папка: kotona-pack export --repo ПАПКА --to ПАПКА</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the repository to %1.</source>
        <translation>Репозиторій скопійовано в %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</source>
        <translation>команді sync потрібні джерело й пакет: kotona-pack sync --from URL|ПАПКА --pack ПАКЕТ [--trust ROOT_JSON]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now needs a date and time such as 2026-11-23T12:00:00Z</source>
        <translation>значення --now має бути датою й часом, наприклад 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Kotona root file.</source>
        <translation>%1 — не кореневий файл Kotona.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pack is up to date (release %1).</source>
        <translation>Пакет актуальний (випуск %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated from release %1 to %2 (%3, %4 bytes downloaded).</source>
        <translation>Оновлено з випуску %1 до %2 (%3, завантажено байтів: %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole collection</source>
        <translation>уся колекція</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n партія</numerusform>
            <numerusform>%n партії</numerusform>
            <numerusform>%n партій</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]</source>
        <translation>команді serve потрібна папка репозиторію: kotona-pack serve ПАПКА [--port N] [--bind АДРЕСА]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bind needs an IP address and --port a number up to 65535</source>
        <translation>для --bind потрібна IP-адреса, а для --port — число до 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не вдається прослуховувати %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>kotona::cli::Password</name>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="-152"/>
        <source>The password file %1 is empty.</source>
        <translation>Файл пароля %1 порожній.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>Пароль у %1 задовгий (максимальна кількість байтів: %2).</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+77"/>
        <source>%1 must be a map of language: text</source>
        <translation>%1 треба задати за мовами у вигляді мова: текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+377"/>
        <source>unknown language &quot;%1&quot;</source>
        <translation>невідома мова &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>missing field &quot;%1&quot; (a date like 2026-01-31)</source>
        <translation>немає поля &quot;%1&quot; (дата у форматі 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date like 2026-01-31</source>
        <translation>&quot;%1&quot; — не дата у форматі 2026-01-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 — це дата в майбутньому</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing sources: list the official pages the facts come from</source>
        <translation>немає джерел: перелічіть офіційні сторінки, звідки взято факти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>джерело &quot;%1&quot; — не вебадреса</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing field &quot;pack_id&quot;</source>
        <translation>немає поля &quot;pack_id&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>language code &quot;%1&quot; must be two or three lowercase letters</source>
        <translation>код мови &quot;%1&quot; має складатися з двох або трьох малих літер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>мову &quot;%1&quot; вказано кілька разів</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction of &quot;%1&quot; must be ltr or rtl</source>
        <translation>напрямок письма для &quot;%1&quot; має бути ltr або rtl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &quot;%1&quot; needs its native and English names</source>
        <translation>для мови &quot;%1&quot; потрібні її власна й англійська назви</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no languages are listed</source>
        <translation>не вказано жодної мови</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topic without id</source>
        <translation>тема без id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate topic &quot;%1&quot;</source>
        <translation>тему &quot;%1&quot; вказано кілька разів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topic &quot;%1&quot; has no title</source>
        <translation>тема &quot;%1&quot; не має заголовка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>municipality without id</source>
        <translation>муніципалітет без id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate municipality &quot;%1&quot;</source>
        <translation>муніципалітет &quot;%1&quot; вказано кілька разів</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>ім’я файлу має бути &lt;мова&gt;.md або &lt;мова&gt;.easy.md, де мова є в languages.yaml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; does not match its folder: it must be &quot;%2&quot;</source>
        <translation>id &quot;%1&quot; не відповідає своїй папці: має бути &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+288"/>
        <source>missing field &quot;title&quot;</source>
        <translation>немає поля &quot;title&quot;</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>missing field &quot;summary&quot;</source>
        <translation>немає поля &quot;summary&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an original needs &quot;revision&quot;: a whole number from 1</source>
        <translation>оригіналу потрібне поле &quot;revision&quot;: ціле число від 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a translation needs &quot;translated_from&quot; like en@1: the original&apos;s language and revision</source>
        <translation>перекладу потрібне поле &quot;translated_from&quot;, наприклад en@1: мова й версія оригіналу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;translation&quot; must be original, reviewed or machine</source>
        <translation>&quot;translation&quot; має бути original, reviewed або machine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the guide has no text</source>
        <translation>у статті немає тексту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown topic &quot;%1&quot;: see topics.yaml</source>
        <translation>невідома тема &quot;%1&quot;: див. topics.yaml</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>у папці статті немає жодного файлу &lt;мова&gt;.md</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;also&quot; must be a map of language: [words]</source>
        <translation>&quot;also&quot; треба задати за мовами у вигляді мова: [слова]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;also&quot; has words in &quot;%1&quot;, which has no term: add the term first</source>
        <translation>в &quot;also&quot; є слова мовою &quot;%1&quot;, для якої немає терміна: спершу додайте термін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; must be a list of words, like [sossu]</source>
        <translation>&quot;also&quot; для мови &quot;%1&quot; має бути списком слів, наприклад [sossu]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;also&quot; in &quot;%1&quot;: each word must be text of 1 to %2 characters on one line</source>
        <translation>&quot;also&quot; для мови &quot;%1&quot;: кожне слово має бути текстом від 1 до %2 символів в одному рядку</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; repeats the term &quot;%2&quot;</source>
        <translation>&quot;also&quot; для мови &quot;%1&quot; повторює термін &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;also&quot; in &quot;%1&quot; has &quot;%2&quot; twice</source>
        <translation>в &quot;also&quot; для мови &quot;%1&quot; слово &quot;%2&quot; вказано двічі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>id &quot;%1&quot; має збігатися з ім’ям файлу &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;terms&quot;: the term and its explanation per language</source>
        <translation>немає &quot;terms&quot;: терміна та його пояснення кожною мовою</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs both term and explanation</source>
        <translation>для &quot;%1&quot; потрібні і term, і explanation</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+253"/>
        <source>unknown municipality &quot;%1&quot;: see municipalities.yaml</source>
        <translation>невідомий муніципалітет &quot;%1&quot;: див. municipalities.yaml</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>service without id</source>
        <translation>послуга без id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>id послуги &quot;%1&quot; вказано кілька разів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; has no name</source>
        <translation>послуга &quot;%1&quot; не має назви</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates of &quot;%1&quot; are not in Finland</source>
        <translation>координати &quot;%1&quot; не у Фінляндії</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid opening_hours: %1</source>
        <translation>неправильне значення opening_hours: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>ім’я файлу має бути &lt;мова&gt;.md, де мова є в languages.yaml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a checklist needs items written as &quot;- [ ] task&quot;</source>
        <translation>у списку справ мають бути пункти у вигляді &quot;- [ ] завдання&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a workshop plan needs a list of &quot;items&quot;</source>
        <translation>плану семінару потрібен список &quot;items&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a workshop plan needs a title, at least in English (title: {en: ...})</source>
        <translation>плану семінару потрібна назва, щонайменше англійською (title: {en: ...})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown item kind &quot;%1&quot;: use one of %2</source>
        <translation>невідомий вид пункту &quot;%1&quot;: використовуйте один із %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every item needs &quot;minutes&quot;, a whole number above 0</source>
        <translation>кожному пункту потрібне &quot;minutes&quot; — ціле число, більше за 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section item needs &quot;guide&quot; and &quot;section&quot;</source>
        <translation>пункту-розділу потрібні &quot;guide&quot; і &quot;section&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the items add up to %1 minutes, not %2</source>
        <translation>пункти разом тривають %1 хв, а не %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a second original of %1: only one language is the original</source>
        <translation>другий оригінал для %1: оригіналом може бути лише одна мова</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a translation without its original: add the original text of %1</source>
        <translation>переклад без оригіналу: додайте оригінальний текст для %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>у translated_from указано %1, але оригінал — %2.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from revision %1 is newer than the original&apos;s revision %2</source>
        <translation>версія %1 у translated_from новіша за версію оригіналу %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>municipality differs from the original&apos;s (&quot;%1&quot;)</source>
        <translation>муніципалітет відрізняється від зазначеного в оригіналі (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>link to a %1 that does not exist: %2</source>
        <translation>посилання на об’єкт, якого не існує (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>glossary term &quot;%1&quot; does not exist</source>
        <translation>терміна &quot;%1&quot; немає в словнику</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; does not exist</source>
        <translation>послуги &quot;%1&quot; не існує</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guide %1 has no original text</source>
        <translation>стаття %1 не має оригінального тексту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>related term &quot;%1&quot; does not exist</source>
        <translation>пов’язаного терміна &quot;%1&quot; не існує</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist &quot;%1&quot; does not exist</source>
        <translation>контрольного списку &quot;%1&quot; не існує</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guide &quot;%1&quot; does not exist</source>
        <translation>посібника &quot;%1&quot; не існує</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide &quot;%1&quot; has no section &quot;%2&quot; in its original</source>
        <translation>в оригіналі посібника &quot;%1&quot; немає розділу &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>service &quot;%1&quot;: unknown topic &quot;%2&quot;</source>
        <translation>послуга &quot;%1&quot;: невідома тема &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the content folder does not exist</source>
        <translation>папки з матеріалами не існує</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59"/>
        <source>cannot be read: %1</source>
        <translation>файл не вдається прочитати: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>розмір файлу %1 КіБ, а межа — %2 КіБ: розділіть його на кілька статей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>файл починається з мітки порядку байтів (BOM): збережіть його в UTF-8 без BOM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>файл не в правильному кодуванні UTF-8: збережіть його в UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>у файлі закінчення рядків Windows (CRLF): збережіть його із закінченнями рядків LF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains NUL bytes: it is not a text file</source>
        <translation>у файлі є NUL-байти: це не текстовий файл</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed YAML: %1</source>
        <translation>помилка в YAML: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must begin with front matter: a line &quot;---&quot;, the YAML fields, and &quot;---&quot;</source>
        <translation>файл має починатися з блоку метаданих (front matter): рядок &quot;---&quot;, поля YAML і рядок &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>front matter is not closed by a line &quot;---&quot;</source>
        <translation>блок метаданих не закрито рядком &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>front matter must be YAML fields (key: value)</source>
        <translation>блок метаданих має складатися з полів YAML (ключ: значення)</translation>
    </message>
</context>
<context>
    <name>kotona::sync</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="+79"/>
        <source>There is not enough memory to hold a secret key.</source>
        <translation>Недостатньо пам’яті, щоб зберегти секретний ключ.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The signature could not be checked: libsodium did not start.</source>
        <translation>Не вдалося перевірити підпис: libsodium не запустився.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file is too large to be a minisign signature.</source>
        <translation>Файл підпису завеликий для підпису minisign.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature file is incomplete: it needs four lines.</source>
        <translation>Файл підпису неповний: у ньому має бути чотири рядки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file does not start with an untrusted comment line.</source>
        <translation>Файл підпису не починається з рядка недовіреного коментаря.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second line of the signature file is not a minisign signature.</source>
        <translation>Другий рядок файлу підпису не є підписом minisign.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature uses an algorithm Kotona does not know.</source>
        <translation>Підпис використовує алгоритм, якого Kotona не знає.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The third line of the signature file is not a trusted comment.</source>
        <translation>Третій рядок файлу підпису не є довіреним коментарем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted comment of the signature is too long or not one line of text.</source>
        <translation>Довірений коментар підпису задовгий або не є одним рядком тексту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fourth line of the signature file is not a minisign signature.</source>
        <translation>Четвертий рядок файлу підпису не є підписом minisign.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+453"/>
        <source>The message could not be read: it is not open for reading.</source>
        <translation>Не вдалося прочитати дані: їх не відкрито для читання.</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>The message could not be read: %1</source>
        <translation>Не вдалося прочитати дані: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The trusted comment must be one line of at most %1 bytes.</source>
        <translation>Довірений коментар має бути одним рядком; максимальна кількість байтів: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Недовірений коментар має бути одним рядком; максимальна кількість байтів: %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is signed with key %1, which is not one of the trusted keys.</source>
        <translation>Файл підписано ключем %1, який не входить до довірених ключів.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the file: the file was changed or damaged.</source>
        <translation>Підпис не відповідає файлу: файл змінено або пошкоджено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted comment of the signature was changed: the signature cannot be trusted.</source>
        <translation>Довірений коментар підпису змінено: цьому підпису не можна довіряти.</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>%1 could not be read: %2</source>
        <translation>Не вдалося прочитати %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file has a legacy signature, which Kotona checks only for files up to 64 MiB.</source>
        <translation>Файл має підпис старого формату, який Kotona перевіряє лише для файлів до 64 МіБ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is too large to be a key or a signature.</source>
        <translation>%1 завеликий для ключа чи підпису.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::Error</name>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="+34"/>
        <source>The update is damaged and was not installed. Your guides are unchanged. Try again later or use another update source.</source>
        <translation>Оновлення пошкоджене, тому його не встановлено. Ваші статті не змінилися. Спробуйте пізніше або скористайтеся іншим джерелом оновлень.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update is not signed by the Kotona team and was refused. Your guides are unchanged. Use another update source.</source>
        <translation>Оновлення не підписане командою Kotona, тому його відхилено. Ваші статті не змінилися. Скористайтеся іншим джерелом оновлень.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source offers older guides than the ones you have. Nothing was changed.</source>
        <translation>У цьому джерелі старіші статті, ніж у Вас. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source holds guides for another Kotona collection. Nothing was changed.</source>
        <translation>У цьому джерелі статті для іншої колекції Kotona. Нічого не змінено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These guides need a newer version of Kotona. Update the app first; your guides are unchanged.</source>
        <translation>Для цих статей потрібна новіша версія Kotona. Спершу оновіть застосунок. Ваші статті не змінилися.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update did not match your guides and was not installed. Your guides are unchanged. Kotona will download the full collection next time.</source>
        <translation>Оновлення не відповідало Вашим статтям, тому його не встановлено. Ваші статті не змінилися. Наступного разу Kotona завантажить повну колекцію.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the update source. Kotona will try again later.</source>
        <translation>Немає з’єднання з джерелом оновлень. Kotona спробує пізніше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network asks you to sign in first (for example on a web page of the library or café). Sign in with a web browser, then check for updates again.</source>
        <translation>Мережа просить Вас спочатку увійти (наприклад, на вебсторінці бібліотеки чи кафе). Увійдіть через браузер, а потім знову перевірте наявність оновлень.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update source has not been refreshed for a long time, so it may be out of date. Kotona will try again later; you can also use another source.</source>
        <translation>Джерело оновлень давно не оновлювалося, тому дані в ньому можуть бути застарілими. Kotona спробує пізніше. Ви також можете скористатися іншим джерелом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s date and time look wrong, so updates cannot be checked. Correct the date and time, then try again.</source>
        <translation>Дата й час на цьому комп’ютері, схоже, неправильні, тому неможливо перевірити оновлення. Виправте дату й час і спробуйте знову.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free disk space for the update. Free some space, then try again.</source>
        <translation>На диску недостатньо вільного місця для оновлення. Звільніть трохи місця і спробуйте знову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update could not be written to disk. Kotona will try again later.</source>
        <translation>Не вдалося записати оновлення на диск. Kotona спробує пізніше.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::PublicKey</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="-366"/>
        <source>This is not a minisign public key.</source>
        <translation>Це не відкритий ключ minisign.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public key uses an algorithm Kotona does not know.</source>
        <translation>Відкритий ключ використовує алгоритм, якого Kotona не знає.</translation>
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
        <translation>Це не секретний ключ minisign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key uses an algorithm Kotona does not know.</source>
        <translation>Секретний ключ використовує алгоритм, якого Kotona не знає.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key uses a checksum Kotona does not know.</source>
        <translation>Секретний ключ використовує контрольну суму, якої Kotona не знає.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key is protected in a way Kotona does not know.</source>
        <translation>Секретний ключ захищено способом, якого Kotona не знає.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is encrypted: a password is needed.</source>
        <translation>Секретний ключ зашифровано: потрібен пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The password is too long.</source>
        <translation>Пароль задовгий.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The secret key asks for more work to decrypt it than Kotona allows.</source>
        <translation>Для розшифрування секретного ключа потрібно більше обчислень, ніж дозволяє Kotona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The key could not be derived from the password: there is not enough memory.</source>
        <translation>Не вдалося отримати ключ із пароля: недостатньо пам’яті.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The password is wrong for this secret key.</source>
        <translation>Неправильний пароль для цього секретного ключа.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret key is damaged: its checksum does not match.</source>
        <translation>Секретний ключ пошкоджено: контрольна сума не збігається.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret key is damaged: its two halves do not belong together.</source>
        <translation>Секретний ключ пошкоджено: дві його половини не відповідають одна одній.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Недовірений коментар має бути одним рядком; максимальна кількість байтів: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The secret key could not be written to %1: %2</source>
        <translation>Не вдалося записати секретний ключ у %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+31"/>
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Відобразити сторінку поза екраном, зберегти її як PNG і вийти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (fi, sv, en, ar, uk, ru, so, fa, et).</source>
        <translation>Мова інтерфейсу (fi, sv, en, ar, uk, ru, so, fa, et).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Яку сторінку відкрити: home, firstrun, topic:ID, guide:ID, search:СЛОВА, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window size, for example 1280x800.</source>
        <translation>Розмір вікна, наприклад 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>Вивести час до першого кадру в мілісекундах і вийти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the content pack and your saved data.</source>
        <translation>Папка для пакета матеріалів і Ваших збережених даних.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a line when the first frame is on screen.</source>
        <translation>Вивести рядок, коли перший кадр з’явиться на екрані.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: статті про життя у Фінляндії Вашою мовою, без інтернету.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Невідома мова &quot;%1&quot;. Виберіть одну з: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Не вдалося завантажити інтерфейс. Перевстановіть Kotona; якщо це не допоможе, повідомте про цю помилку.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The size &quot;%1&quot; is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Розмір &quot;%1&quot; указано неправильно. Напишіть його у вигляді ШИРИНАxВИСОТА, наприклад 1280x800.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no page called &quot;%1&quot;. Pages: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Сторінки &quot;%1&quot; немає. Сторінки: home, firstrun, topic:ID, guide:ID, search:СЛОВА, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
</context>
</TS>
