<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../qml/components/ChecklistView.qml" line="+29"/>
        <source>%1 of %2 done</source>
        <extracomment>Progress of a checklist, e.g. &quot;3 of 10 done&quot;</extracomment>
        <translation>%1 ka mid ah %2 waa la dhammeeyay</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+51"/>
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>Gurmad degdeg ah 112</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>Booliis, ambalaas, dab-demis iyo samatabbixin. Bilaash, habeen iyo maalin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poisoning: 0800 147 111</source>
        <extracomment>Poison Information Centre, open 24 hours; keep the digits.</extracomment>
        <translation>Sumowga: 0800 147 111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis line: 09 2525 0111</source>
        <extracomment>MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.</extracomment>
        <translation>Khadka xaaladaha adag: 09 2525 0111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All help numbers</source>
        <translation>Dhammaan lambarada caawimaadda</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="+20"/>
        <source>Welcome</source>
        <translation>Soo dhawow</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Step %1 of %2</source>
        <extracomment>Step indicator of the first-run setup, e.g. &quot;Step 1 of 3&quot;</extracomment>
        <translation>Tallaabada %1 ee %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Where do you live?</source>
        <translation>Xaggee ku nooshahay?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will see the guides and services of your municipality first.</source>
        <translation>Marka hore waxaad arki doontaa hagayaasha iyo adeegyada degmadaada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All of Finland</source>
        <translation>Finland oo dhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another municipality</source>
        <translation>Degmo kale</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the text as large as is comfortable for you.</source>
        <translation>Qoraalka ka dhig cabbirka kuugu habboon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>Bilow</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="+17"/>
        <source>Words</source>
        <translation>Erayada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words and what they mean</source>
        <translation>Erayada iyo macnahooda</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Find a word</source>
        <translation>Raadi eray</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../qml/components/GlossaryPopup.qml" line="+56"/>
        <source>In Finnish: %1</source>
        <extracomment>%1 is the Finnish word for a term</extracomment>
        <translation>Af-Finnish: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Swedish: %1</source>
        <extracomment>%1 is the Swedish word for a term</extracomment>
        <translation>Af-Iswiidhish: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../qml/components/GuideCard.qml" line="+60"/>
        <source>Shown in %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Waxaa lagu qoray: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages:</source>
        <extracomment>Followed by the languages a guide exists in, e.g. &quot;suomi · svenska · English&quot;</extracomment>
        <translation>Luqadaha:</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="+67"/>
        <source>This guide is not in the content pack. It may have been removed in an update.</source>
        <translation>Hagahan kuma jiro xirmada macluumaadka. Waxaa laga yaabaa in laga saaray cusboonaysiin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+65"/>
        <source>Contents</source>
        <translation>Tusmada</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not yet in %1 — shown in %2. This guide exists in: %3.</source>
        <extracomment>%1 is the reader&apos;s language, %2 the language the guide is shown in, %3 a list of languages</extracomment>
        <translation>Weli kuma jiro luqaddaada (%1) — waxaa lagu qoray: %2. Hagahan wuxuu ku jiraa luqadahan: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.</source>
        <translation>Qoraalkan waxaa lagu turjumay mashiin, weli lama hubin. Waxaa ku jiri kara khaladaad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original of this text has changed since it was translated. Parts of it may be out of date.</source>
        <translation>Qoraalka asalka ah wuu isbeddelay tan iyo markii la turjumay. Qaybo ka mid ah waxaa laga yaabaa inay duugoobeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the original (%1)</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Akhri qoraalka asalka ah (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are reading this guide in %1.</source>
        <extracomment>%1 is a language&apos;s own name</extracomment>
        <translation>Hagahan waxaad ku akhrinaysaa: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your language</source>
        <translation>Ku noqo luqaddaada</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>★ Bookmarked</source>
        <translation>★ La kaydiyay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation>☆ Kaydi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bookmark</source>
        <translation>Ka saar kuwa la kaydiyay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this guide</source>
        <translation>Kaydi hagahan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy to read</source>
        <translation>Akhris fudud</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Checked on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>La hubiyay: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Ilaha</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related guides</source>
        <translation>Hagayaal la xiriira</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to get help</source>
        <translation>Halka laga helo caawimaad</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+14"/>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guide to everyday life in Finland</source>
        <translation>Hagahaaga nolosha maalinlaha ah ee Finland</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guides were updated since your last visit.</source>
        <translation>Hagayaasha waa la cusboonaysiiyay tan iyo booqashadaadii u dambaysay.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue reading</source>
        <translation>Sii wad akhriska</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your bookmarks</source>
        <translation>Hagayaasha aad kaydisay</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <translation>Mawduucyada</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15"/>
        <source>Language: %1</source>
        <translation>Luqadda: %1</translation>
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
        <translation>La koobiyeeyay: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the guides that came with Kotona</source>
        <translation>Soo celi hagayaashii la socday Kotona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with new settings</source>
        <translation>Ku bilow dejin cusub</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="+80"/>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Dib u noqo (Alt+Left)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward</source>
        <translation>Hore u soco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Hore u soco (Alt+Right)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Bogga hore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>Adeegyada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Erayada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Qaamuuska erayada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <extracomment>Bookmarks and checklists</extracomment>
        <translation>La kaydiyay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and checklists</source>
        <translation>Hagayaasha la kaydiyay iyo liisaska hawlaha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+56"/>
        <source>Close this message</source>
        <translation>Xir fariintan</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../qml/pages/SavedPage.qml" line="+14"/>
        <source>Bookmarks and checklists</source>
        <translation>Hagayaasha la kaydiyay iyo liisaska hawlaha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmarks</source>
        <translation>Hagayaasha la kaydiyay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookmarks yet. Open a guide and choose &quot;Bookmark&quot; to keep it here.</source>
        <translation>Weli wax lama kaydin. Fur hage oo dooro &quot;Kaydi&quot; si uu halkan ugu jiro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checklists</source>
        <translation>Liisaska hawlaha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>%1 ka mid ah %2 waa la dhammeeyay</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10"/>
        <source>Search guides, services and words</source>
        <translation>Raadi hagayaal, adeegyo iyo erayo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Raadi</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+26"/>
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. &quot;allowance, allowances&quot;</extracomment>
        <translation>Waxba lama helin. Ma waxaad ula jeeddaa: %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Waxba lama helin. Isku day eray kale, ama erayo ka yar.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Luqadda: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>Hagahan waxaa ku jira %n natiijo oo kale</numerusform>
            <numerusform>Hagahan waxaa ku jira %n natiijo oo kale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../qml/components/ServiceCard.qml" line="+61"/>
        <source>Opening hours: check the service&apos;s web page.</source>
        <translation>Saacadaha furitaanka: eeg bogga internetka ee adeegga.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy address</source>
        <translation>Koobiyee cinwaanka</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone: %1</source>
        <extracomment>%1 is a phone number</extracomment>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy phone</source>
        <translation>Koobiyee telefoonka</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours: %1</source>
        <extracomment>%1 is opening hours in OpenStreetMap notation, e.g. &quot;Mo-Fr 08:00-16:00&quot;</extracomment>
        <translation>Saacadaha: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken:</source>
        <extracomment>Followed by the languages spoken at a service</extracomment>
        <translation>Luqadaha lagu hadlo:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../qml/pages/ServicesPage.qml" line="+17"/>
        <source>Services</source>
        <translation>Adeegyada</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All topics</source>
        <translation>Dhammaan mawduucyada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Mawduuc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any language</source>
        <translation>Luqad kasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Luqadda lagu hadlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now</source>
        <translation>Hadda furan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No service matches these filters.</source>
        <translation>Ma jiro adeeg u dhigma waxa aad dooratay.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+15"/>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Languages</source>
        <translation>Luqadaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language of the menus and buttons</source>
        <translation>Luqadda liisaska iyo badhamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Language of the guides</source>
        <translation>Luqadda hagayaasha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Second language, when a guide is not in your language</source>
        <translation>Luqad labaad, marka hage uusan ku jirin luqaddaada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Midna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language</source>
        <translation>Luqadda labaad</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>Degmada</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All of Finland</source>
        <translation>Finland oo dhan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>Muuqaalka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High contrast</source>
        <translation>Midabyo aad u kala duwan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark theme</source>
        <translation>Muuqaal madow</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Dhaqdhaqaaq yar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updates</source>
        <extracomment>Heading of the settings section about new versions of the guides.</extracomment>
        <translation>Cusboonaysiin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the guides up to date from the internet or a USB stick.</source>
        <extracomment>Shown under &quot;Updates&quot; in the settings when there is no status to show.</extracomment>
        <translation>Hagayaasha ka dhig kuwo casri ah adigoo ka soo qaadanaya internetka ama USB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update sources and history</source>
        <extracomment>Opens the page with update sources, &quot;Check now&quot; and the update history.</extracomment>
        <translation>Meelaha cusboonaysiinta iyo taariikhda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose language and municipality again</source>
        <translation>Mar kale dooro luqadda iyo degmada</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../qml/components/StateBadge.qml" line="+14"/>
        <source>Machine translation</source>
        <translation>Turjumaad mashiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation out of date</source>
        <translation>Turjumaaddu waa duugowday</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../qml/components/TextSizeControl.qml" line="+17"/>
        <source>Smaller text</source>
        <translation>Qoraalka yaree</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size</source>
        <translation>Cabbirka qoraalka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger text</source>
        <translation>Qoraalka weynee</translation>
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
        <translation>Weli ma jiraan hagayaal ku saabsan mawduucan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In your municipality</source>
        <translation>Degmadaada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of Finland</source>
        <translation>Finland oo dhan</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="+16"/>
        <source>Updates</source>
        <extracomment>Title of the page about updates of the guides.</extracomment>
        <translation>Cusboonaysiin</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking for updates</source>
        <extracomment>Screen reader name of the spinner shown while updates are checked.</extracomment>
        <translation>Waxaa la raadinayaa cusboonaysiin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1</source>
        <extracomment>Progress of an update download; %1 is an amount of data such as &quot;1.2 MB&quot;.</extracomment>
        <translation>La helay %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last checked: %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s language.</extracomment>
        <translation>Markii ugu dambeysay ee la hubiyay: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <extracomment>Shown when updates have never been checked.</extracomment>
        <translation>Weli lama hubin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check now</source>
        <extracomment>Button that looks for new versions of the guides at once.</extracomment>
        <translation>Hadda hubi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <extracomment>Heading of the list of places updates come from (web addresses, folders).</extracomment>
        <translation>Meelaha laga soo qaato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.</source>
        <extracomment>Explains the list of update sources.</extracomment>
        <translation>Meelahan waxaa loo tijaabiyaa sida ay u kala horreeyaan ilaa mid ka jawaabo. Gal wuxuu noqon karaa USB; waa laga boodaa haddii aan la gelin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <extracomment>Removes one update source from the list.</extracomment>
        <translation>Ka saar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <extracomment>Screen reader name of the remove button; %1 is the source&apos;s address.</extracomment>
        <translation>Ka saar %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sources yet.</source>
        <extracomment>Shown instead of the list when no update source was added.</extracomment>
        <translation>Weli meel lama darin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>https://… or /media/usb/kotona</source>
        <extracomment>Placeholder of the field where a new update source is typed.</extracomment>
        <translation>https://… ama /media/usb/kotona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source: a web address or a folder</source>
        <extracomment>Screen reader name of the field where a new update source is typed.</extracomment>
        <translation>Meel cusub: cinwaan internet ama gal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <extracomment>Adds the typed address or folder to the update sources.</extracomment>
        <translation>Ku dar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source</source>
        <extracomment>Screen reader name of the button that adds the typed update source.</extracomment>
        <translation>Ku dar meel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a web address (https://…) or a folder (/…), or it is already in the list.</source>
        <extracomment>Error under the source field when the typed text cannot be used.</extracomment>
        <translation>Tani ma aha cinwaan internet (https://…) ama gal (/…), ama horay ayay liiska ugu jirtay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <extracomment>Heading of the list of updates that were installed.</extracomment>
        <translation>Taariikhda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No updates installed yet.</source>
        <extracomment>Shown instead of the history when no update was installed.</extracomment>
        <translation>Weli wax cusboonaysiin ah lama rakibin.</translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41"/>
        <source>The content pack %1 is missing.</source>
        <translation>Xirmada macluumaadka %1 lama helin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>The content pack is damaged and cannot be read.</source>
        <translation>Xirmada macluumaadka way xumaatay, lamana akhriyi karo.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>Xirmada macluumaadka way ka cusub tahay noocan Kotona. Cusboonaysii Kotona si aad u akhrido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content pack is from an older version of Kotona.</source>
        <translation>Xirmada macluumaadka waxay ka timid nooc hore oo Kotona ah.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60"/>
        <source>New Year&apos;s Day</source>
        <translation>Maalinta Sannadka Cusub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epiphany</source>
        <translation>Ciidda Muuqashada (Loppiainen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>Jimcaha Wanaagsan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Sunday</source>
        <translation>Axadda Ciidda Faskaha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easter Monday</source>
        <translation>Isniinta Ciidda Faskaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May Day</source>
        <translation>1-da Maajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascension Day</source>
        <translation>Maalinta Kor u Bixidda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whitsun</source>
        <translation>Ciidda Bentakoste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midsummer Eve</source>
        <translation>Habeenka Bartamaha Xagaaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midsummer Day</source>
        <translation>Maalinta Bartamaha Xagaaga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Saints&apos; Day</source>
        <translation>Maalinta Quduusiinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>Maalinta Xorriyadda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>Habeenka Kirismaska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>Maalinta Kirismaska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day</source>
        <translation>Maalinta labaad ee Kirismaska</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59"/>
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Sawirka shaashadda laguma kaydin karin %1. Hubi in galku jiro oo wax lagu qori karo.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+184"/>
        <source>Opening hours: %1</source>
        <translation>Saacadaha furitaanka: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours unknown</source>
        <translation>Saacadaha furitaanka lama yaqaan</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Wuxuu xirmayaa %n daqiiqo kadib</numerusform>
            <numerusform>Wuxuu xirmayaa %n daqiiqo kadib</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open now</source>
        <translation>Hadda waa furan yahay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open now, closes %1 at %2</source>
        <translation>Hadda waa furan yahay, wuxuu xirmayaa %1 saacadda %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now, closes at %1</source>
        <translation>Hadda waa furan yahay, wuxuu xirmayaa saacadda %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed today (public holiday)</source>
        <translation>Maanta waa xiran yahay (fasax dadweyne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Waa xiran yahay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed, opens at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens tomorrow at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa berri saacadda %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed, opens Monday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Isniinta saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Tuesday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Talaadada saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Wednesday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Arbacada saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Thursday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Khamiista saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Friday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Jimcaha saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Saturday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Sabtida saacadda %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Sunday at %1</source>
        <translation>Waa xiran yahay, wuxuu furmayaa Axadda saacadda %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed, opens %1 at %2</source>
        <translation>Waa xiran yahay, wuxuu furmayaa %1 saacadda %2</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+230"/>
        <source>the opening hours are empty at column %1</source>
        <translation>saacadaha furitaanka waa madhan yihiin (tiirka %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a rule before &quot;%2&quot; at column %1</source>
        <translation>xeer ayaa loo baahan yahay ka hor &quot;%2&quot; (tiirka %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected &quot;;&quot; before &quot;%2&quot; at column %1</source>
        <translation>&quot;;&quot; ayaa loo baahan yahay ka hor &quot;%2&quot; (tiirka %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;;&quot; or the end of the text, found &quot;%2&quot; at column %1</source>
        <translation>halkan waxaa loo baahan yahay &quot;;&quot; ama dhammaadka qoraalka, laakiin waxaa la helay &quot;%2&quot; (tiirka %1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected a day like Mo or a month like Jan before &quot;-&quot; at column %1</source>
        <translation>ka hor &quot;-&quot; waxaa loo baahan yahay maalin sida Mo ama bil sida Jan (tiirka %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%2&quot; at column %1</source>
        <translation>&quot;%2&quot; lama filayn (tiirka %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a month like Aug at column %1</source>
        <translation>halkan waxaa loo baahan yahay bil sida Aug (tiirka %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>halkan waxaa loo baahan yahay maalin sida 26 ama bil sida Jan (tiirka %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day range ends before it starts at column %1</source>
        <translation>maalmaha waxay dhammaanayaan ka hor inta aysan bilaabmin (tiirka %1)</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>open-ended times such as &quot;10:00+&quot; are not supported at column %1</source>
        <translation>waqtiyo aan dhammaad lahayn sida &quot;10:00+&quot; lama taageero (tiirka %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;-&quot; and a closing time like 16:00 at column %1</source>
        <translation>halkan waxaa loo baahan yahay &quot;-&quot; iyo waqtiga xiritaanka sida 16:00 (tiirka %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time span ends when it starts at column %1</source>
        <translation>waqtigu wuxuu dhammaanayaa isla marka uu bilaabmo (tiirka %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a time like 09:00 at column %1</source>
        <translation>halkan waxaa loo baahan yahay waqti sida 09:00 (tiirka %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%2&quot; is not a closing time (00:00-48:00) at column %1</source>
        <translation>&quot;%2&quot; ma aha waqti xiritaan (00:00-48:00) (tiirka %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; is not an opening time (00:00-23:59) at column %1</source>
        <translation>&quot;%2&quot; ma aha waqti furitaan (00:00-23:59) (tiirka %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected &quot;,&quot; between the days and the times at column %1</source>
        <translation>&quot;,&quot; lama filayn inta u dhaxaysa maalmaha iyo waqtiyada (tiirka %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a day of the month like 24 at column %1</source>
        <translation>halkan waxaa loo baahan yahay maalin bisha ka mid ah sida 24 (tiirka %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%2 %3&quot; is not a date at column %1</source>
        <translation>&quot;%2 %3&quot; ma aha taariikh (tiirka %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>faallada ka bilaabata tiirka %1 lama xirin: calaamadda xigashada ee dhammaadka ayaa maqan</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>u qor maalmaha sida Mo, Tu, We, Th, Fr, Sa, Su ama PH (tiirka %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>fasaxyada dugsiga (SH) lama taageero (tiirka %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a day like Mo or PH at column %1</source>
        <translation>halkan waxaa loo baahan yahay maalin sida Mo ama PH (tiirka %1)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>&quot;%2&quot; is not supported at column %1</source>
        <translation>&quot;%2&quot; lama taageero (tiirka %1)</translation>
    </message>
    <message>
        <location line="-649"/>
        <source>expected a rule after &quot;%2&quot; at column %1</source>
        <translation>xeer ayaa loo baahan yahay ka dib &quot;%2&quot; (tiirka %1)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>write one day before &quot;[&quot;, like Sa[1], at column %1</source>
        <translation>hal maalin ku qor &quot;[&quot; ka hor, sida Sa[1] (tiirka %1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>expected a week number 1-53 at column %1</source>
        <translation>halkan waxaa loo baahan yahay lambarka toddobaadka 1-53 (tiirka %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number 1 to 5 or -1 to -5 inside &quot;[]&quot; at column %1</source>
        <translation>gudaha &quot;[]&quot; waxaa loo baahan yahay tiro 1 ilaa 5 ama -1 ilaa -5 (tiirka %1)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>unknown word &quot;%2&quot; at column %1</source>
        <translation>eray aan la aqoon &quot;%2&quot; (tiirka %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71"/>
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>Xirmo macluumaad ah lama furi karin, xirmadii la socotay Kotona-na way maqan tahay ama way xumaatay. Dib u rakib Kotona.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>Macluumaadka la rakibay waxay ka tirsanaayeen xirmo kale. Macluumaadkii la socday Kotona waa la soo celiyay; faylka kale waxaa loo kaydiyay %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 Macluumaadkii la socday Kotona waa la soo celiyay; faylkii hore waxaa loo kaydiyay %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>Macluumaadka laguma koobiyeyn karin %1. Hubi in diskigu uusan buuxsamin.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21"/>
        <source>First steps</source>
        <translation>Tallaabooyinka ugu horreeya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>Cinwaan, lambarka aqoonsiga shakhsiga, sharciga deganaanshaha, bangi, Kela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Caafimaad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Xarumaha caafimaadka, gurmadka degdegga ah, caafimaadka maskaxda, kiliinigyada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Guri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Raadinta guri, kiro, kaalmada kirada, xeerarka guriga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Shaqo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Raadinta shaqo, heshiisyo, mushahar, canshuur, xuquuqdaada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Waxbarasho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language courses, schools, degrees, day care</source>
        <translation>Koorsooyin luqadeed, dugsiyo, shahaadooyin, xannaanada carruurta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Qoys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Carruur, kaalmooyinka qoyska, guur, badbaadada guriga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Society</source>
        <translation>Bulsho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Xuquuq iyo waajibaad, codeyn, sinnaan, ururro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Badbaado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Lambarada gurmadka, booliis, badbaadada dabka, khayaano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Waqtiga firaaqada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries, sport, culture, meeting people</source>
        <translation>Maktabado, isboorti, dhaqan, la kulanka dad cusub</translation>
    </message>
</context>
<context>
    <name>kotona::UpdateService</name>
    <message>
        <location filename="../app/kotona/updateservice.cpp" line="+157"/>
        <source>Updates are not set up for this collection of guides. A newer version of Kotona will bring them.</source>
        <extracomment>Status when the installed guides carry no signing key to check updates against.</extracomment>
        <translation>Cusboonaysiinta looma diyaarin ururintan hagayaasha. Nooc cusub oo Kotona ah ayaa keeni doona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking for updates…</source>
        <extracomment>Status while an update check runs.</extracomment>
        <translation>Waxaa la raadinayaa cusboonaysiin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides were updated.</source>
        <extracomment>Status after new versions of the guides were installed.</extracomment>
        <translation>Hagayaasha waa la cusboonaysiiyay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides are up to date.</source>
        <extracomment>Status after a check found nothing new.</extracomment>
        <translation>Hagayaashu waa casri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No update source could be reached. Plug in the USB stick or connect to the internet, then check again.</source>
        <extracomment>Status when every update source was missing (folder not there) or unreachable.</extracomment>
        <translation>Lama gaari karin meel cusboonaysiin ah. Geli USB-ga ama ku xirnow internetka, kadibna mar kale hubi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source to get updates: a web address or a folder, such as a USB stick.</source>
        <extracomment>Status when no update source has been added yet.</extracomment>
        <translation>Ku dar meel si aad u hesho cusboonaysiin: cinwaan internet ama gal, sida USB.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>New guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Hagayaal cusub: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Hagayaal la cusboonaysiiyay: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Hagayaal la tiray: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Small corrections.</source>
        <extracomment>Summary of an update that changed no guide titles (only small fixes).</extracomment>
        <translation>Saxitaanno yaryar.</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>Xogtaada la kaydiyay lama furi karin: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved data is damaged.</source>
        <translation>Xogtaada la kaydiyay way xumaatay.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>Xogtaada la kaydiyay waxay ka timid nooc cusub oo Kotona ah. Cusboonaysii Kotona si aad u isticmaasho; xogta lama beddelin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved data could not be upgraded: %1</source>
        <translation>Xogtaada la kaydiyay lama cusboonaysiin karin: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/bench.cpp" line="+137"/>
        <source>--sections must be at least 10</source>
        <translation>--sections waa inuu ahaadaa ugu yaraan 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>Ma jiraan hagayaal ku jira %1 oo jumlado laga qaato (isticmaal --data GAL).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>Isticmaalka: kotona-pack bench open XIRMO [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>Isticmaalka: kotona-pack bench search-quality XIRMO [--queries FAYL] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>%1 lama akhriyi karo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queries in %1.</source>
        <translation>Ma jiraan raadinno ku jira %1.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</source>
        <translation>Isticmaalka: kotona-pack bench build|sync [--sections N] [--data GAL] [--json]</translation>
    </message>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21"/>
        <location filename="../app/pack/main.cpp" line="+81"/>
        <location filename="../app/pack/signcommands.cpp" line="+24"/>
        <location filename="../app/pack/synccommands.cpp" line="+33"/>
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Orod kotona-pack --help si aad u aragto amarrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Waxaa la helay %n dhibaato.</numerusform>
            <numerusform>Waxaa la helay %n dhibaato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>validate waxay u baahan tahay hal gal oo macluumaad ah: kotona-pack validate GAL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: hagayaal %2, erayo qaamuus %3, adeegyo %4, liisaska hawlaha %5: dhibaato ma jirto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>build waxay u baahan tahay gal macluumaad ah iyo fayl la qoro: kotona-pack build GAL -o XIRMO</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack was not built.</source>
        <translation>Xirmada lama dhisin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack could not be written: %1</source>
        <translation>Xirmada lama qori karin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: qaybo %2, bayt %3, hash-ka macluumaadka %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>inspect waxay u baahan tahay hal fayl xirmo: kotona-pack inspect XIRMO [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Diiwaanno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>Turjumaadaha (o asal, r la hubiyay, m mashiin, u duugoobay, . maqan)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>diff waxay u baahan tahay laba fayl xirmo: kotona-pack diff HORE CUSUB [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The packs hold the same records.</source>
        <translation>Xirmooyinku waxay leeyihiin diiwaanno isku mid ah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>search waxay u baahan tahay xirmo iyo raadin: kotona-pack search XIRMO RAADIN [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No results.</source>
        <translation>Natiijo ma jirto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: %1</source>
        <translation>Ma waxaad ula jeeddaa: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1"/>
        <source>Unknown command: %1</source>
        <translation>Amar aan la aqoon: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/benchhours.cpp" line="+40"/>
        <source>No services with opening hours in %1.</source>
        <translation>Ma jiraan adeegyo leh saacado furitaan gudaha %1.</translation>
    </message>
    <message>
        <location filename="../app/pack/hours.cpp" line="+53"/>
        <source>hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]</source>
        <translation>hours waxay u baahan tahay qiime opening_hours ah: kotona-pack hours EXPR [--at ISO_TIME] [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date and time like 2026-03-29T03:30</source>
        <translation>&quot;%1&quot; ma aha taariikh iyo waqti sida 2026-03-29T03:30</translation>
    </message>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="+48"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 lama qori karin: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]</source>
        <translation>keygen waxay u baahan tahay fayl fure: kotona-pack keygen --key FURE [--password-file FAYL_SIR] [--force]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; add --force to replace the key pair.</source>
        <translation>%1 horey ayuu u jiray; ku dar --force si aad u beddesho labada fure.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.</source>
        <translation>Furaha sirta ah %1 lama sir-qarin: ku hay meel adiga keliya aad akhrin karto, ama isticmaal --password-file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key %1: secret key in %2, public key in %3</source>
        <translation>Fure %1: furaha sirta ah wuxuu ku jiraa %2, furaha guud wuxuu ku jiraa %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</source>
        <translation>sign waxay u baahan tahay fayl iyo fure: kotona-pack sign FAYL --key FURE [--password-file FAYL_SIR] [--trusted-comment QORAAL]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret key %1 is encrypted: give its password with --password-file.</source>
        <translation>Furaha sirta ah %1 waa la sir-qariyay: ku bixi ereygiisa sirta ah --password-file.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed %1 with key %2: %3</source>
        <translation>%1 waxaa lagu saxiixay furaha %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]</source>
        <translation>verify waxay u baahan tahay fayl iyo fure guud: kotona-pack verify FAYL --pub FURE_GUUD [--sig SAXIIX]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature and trusted comment verified with key %1.</source>
        <translation>Saxiixa iyo faallada la aamini karo waxaa lagu hubiyay furaha %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted comment: %1</source>
        <translation>Faallada la aamini karo: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/synccommands.cpp" line="+42"/>
        <source>publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY</source>
        <translation>publish waxay u baahan tahay macluumaad iyo kayd: kotona-pack publish XOG|XIRMO --repo GAL --key FURE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content has problems; nothing was published.</source>
        <translation>Macluumaadka waxaa ku jira dhibaatooyin; waxba lama daabicin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No changes since release %1: latest.json was signed again with a new expiry date.</source>
        <translation>Isbeddel ma jiro tan iyo daabacaaddii %1: latest.json mar kale ayaa la saxiixay, waxaana la siiyay taariikh dhicitaan cusub.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).</source>
        <translation>Waxaa la daabacay daabacaadda %1: %2 diiwaan oo la beddelay, koox isbeddello ah oo %3 bayt ah; nuqul buuxa %4 bayt (xirmo %5 bayt).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rotate-root needs the repository, the current key and the new one: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</source>
        <translation>rotate-root waxay u baahan tahay kaydka, furaha hadda iyo furaha cusub: kotona-pack rotate-root --repo GAL --key HORE --new-key CUSUB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Root %1 now trusts key %2; publish with it from now on.</source>
        <translation>Faylka xididka (nooca %1) hadda wuxuu aaminsan yahay furaha %2; hadda kadib ku daabac furahan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR</source>
        <translation>export waxay u baahan tahay kayd iyo gal la geeyo: kotona-pack export --repo GAL --to GAL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the repository to %1.</source>
        <translation>Kaydka waxaa lagu koobiyeeyay %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</source>
        <translation>sync waxay u baahan tahay il iyo xirmo: kotona-pack sync --from URL|GAL --pack XIRMO [--trust ROOT_JSON]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now needs a date and time such as 2026-11-23T12:00:00Z</source>
        <translation>--now waxay u baahan tahay taariikh iyo waqti sida 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Kotona root file.</source>
        <translation>%1 ma aha fayl xidid oo Kotona ah.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pack is up to date (release %1).</source>
        <translation>Xirmadu waa tan ugu cusub (daabacaadda %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated from release %1 to %2 (%3, %4 bytes downloaded).</source>
        <translation>Waa la cusboonaysiiyay: daabacaadda %1 ilaa %2 (%3, waxaa la soo dejiyay %4 bayt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole collection</source>
        <translation>ururinta oo dhan</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n koox oo isbeddello ah</numerusform>
            <numerusform>%n koox oo isbeddello ah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]</source>
        <translation>serve waxay u baahan tahay gal kayd ah: kotona-pack serve GAL [--port N] [--bind CINWAAN]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bind needs an IP address and --port a number up to 65535</source>
        <translation>--bind waxay u baahan tahay cinwaan IP ah, --port-na lambar aan ka badnayn 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lama dhegaysan karo %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>kotona::cli::Password</name>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="-152"/>
        <source>The password file %1 is empty.</source>
        <translation>Faylka ereyga sirta ah %1 waa madhan yahay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>Ereyga sirta ah ee ku jira %1 wuxuu ka dheer yahay %2 bayt.</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+77"/>
        <source>%1 must be a map of language: text</source>
        <translation>%1 waa in loo qoraa luqad kasta sida luqad: qoraal</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+377"/>
        <source>unknown language &quot;%1&quot;</source>
        <translation>luqad aan la aqoon &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>missing field &quot;%1&quot; (a date like 2026-01-31)</source>
        <translation>goobta &quot;%1&quot; ayaa maqan (taariikh sida 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date like 2026-01-31</source>
        <translation>&quot;%1&quot; ma aha taariikh sida 2026-01-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 waa taariikh mustaqbalka ah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing sources: list the official pages the facts come from</source>
        <translation>ilo ayaa maqan: qor boggaga rasmiga ah ee xogta laga soo qaatay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>isha &quot;%1&quot; ma aha cinwaan internet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing field &quot;pack_id&quot;</source>
        <translation>goobta &quot;pack_id&quot; ayaa maqan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>language code &quot;%1&quot; must be two or three lowercase letters</source>
        <translation>koodka luqadda &quot;%1&quot; waa inuu ahaadaa laba ama saddex xaraf oo yaryar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>luqadda &quot;%1&quot; waa lagu celiyay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction of &quot;%1&quot; must be ltr or rtl</source>
        <translation>jihada &quot;%1&quot; waa inay ahaataa ltr ama rtl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &quot;%1&quot; needs its native and English names</source>
        <translation>luqadda &quot;%1&quot; waxay u baahan tahay magaceeda luqaddeeda iyo magaca Ingiriisiga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no languages are listed</source>
        <translation>luqad lama qorin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topic without id</source>
        <translation>mawduuc aan id lahayn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate topic &quot;%1&quot;</source>
        <translation>mawduuca &quot;%1&quot; waa lagu celiyay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topic &quot;%1&quot; has no title</source>
        <translation>mawduuca &quot;%1&quot; ma laha cinwaan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>municipality without id</source>
        <translation>degmo aan id lahayn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate municipality &quot;%1&quot;</source>
        <translation>degmada &quot;%1&quot; waa lagu celiyay</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>magaca faylku waa inuu ahaadaa &lt;luqad&gt;.md ama &lt;luqad&gt;.easy.md, luqadduna waa inay ku jirtaa languages.yaml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; does not match its folder: it must be &quot;%2&quot;</source>
        <translation>id &quot;%1&quot; kuma habboona galkiisa: waa inuu ahaadaa &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+288"/>
        <source>missing field &quot;title&quot;</source>
        <translation>goobta &quot;title&quot; ayaa maqan</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>missing field &quot;summary&quot;</source>
        <translation>goobta &quot;summary&quot; ayaa maqan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an original needs &quot;revision&quot;: a whole number from 1</source>
        <translation>qoraal asal ah wuxuu u baahan yahay &quot;revision&quot;: tiro dhan oo ka bilaabata 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a translation needs &quot;translated_from&quot; like en@1: the original&apos;s language and revision</source>
        <translation>turjumaad waxay u baahan tahay &quot;translated_from&quot; sida en@1: luqadda iyo nooca qoraalka asalka ah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;translation&quot; must be original, reviewed or machine</source>
        <translation>&quot;translation&quot; waa inuu ahaadaa original, reviewed ama machine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the guide has no text</source>
        <translation>hagaha ma laha qoraal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown topic &quot;%1&quot;: see topics.yaml</source>
        <translation>mawduuc aan la aqoon &quot;%1&quot;: eeg topics.yaml</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>gal hage ah oo aan lahayn fayl &lt;luqad&gt;.md</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;also&quot; must be a map of language: [words]</source>
        <translation>&quot;also&quot; waa in loo qoraa luqad kasta sida luqad: [erayo]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;also&quot; has words in &quot;%1&quot;, which has no term: add the term first</source>
        <translation>&quot;also&quot; wuxuu erayo ku leeyahay luqadda &quot;%1&quot;, taas oo aan lahayn erayga qaamuuska: marka hore ku dar erayga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; must be a list of words, like [sossu]</source>
        <translation>&quot;also&quot; ee luqadda &quot;%1&quot; waa in uu noqdaa liis erayo ah, sida [sossu]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;also&quot; in &quot;%1&quot;: each word must be text of 1 to %2 characters on one line</source>
        <translation>&quot;also&quot; ee luqadda &quot;%1&quot;: eray kastaa waa in uu noqdaa qoraal 1 ilaa %2 xaraf ah oo hal sadar ku jira</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; repeats the term &quot;%2&quot;</source>
        <translation>&quot;also&quot; ee luqadda &quot;%1&quot; wuxuu ku celiyaa erayga qaamuuska &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;also&quot; in &quot;%1&quot; has &quot;%2&quot; twice</source>
        <translation>&quot;also&quot; ee luqadda &quot;%1&quot;: erayga &quot;%2&quot; laba jeer ayuu ku jiraa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>id &quot;%1&quot; waa inuu la mid noqdaa magaca faylka &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;terms&quot;: the term and its explanation per language</source>
        <translation>&quot;terms&quot; ayaa maqan: erayga iyo sharaxaaddiisa luqad kasta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs both term and explanation</source>
        <translation>&quot;%1&quot; wuxuu u baahan yahay term iyo explanation labadaba</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+253"/>
        <source>unknown municipality &quot;%1&quot;: see municipalities.yaml</source>
        <translation>degmo aan la aqoon &quot;%1&quot;: eeg municipalities.yaml</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>service without id</source>
        <translation>adeeg aan id lahayn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>id-ga adeegga &quot;%1&quot; waa lagu celiyay</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; has no name</source>
        <translation>adeegga &quot;%1&quot; ma laha magac</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates of &quot;%1&quot; are not in Finland</source>
        <translation>isku-duwayaasha &quot;%1&quot; kuma jiraan Finland</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid opening_hours: %1</source>
        <translation>opening_hours waa khalad: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>magaca faylku waa inuu ahaadaa &lt;luqad&gt;.md, luqadduna waa inay ku jirtaa languages.yaml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a checklist needs items written as &quot;- [ ] task&quot;</source>
        <translation>liiska hawlaha wuxuu u baahan yahay qodobo loo qoray sida &quot;- [ ] hawl&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a workshop plan needs a list of &quot;items&quot;</source>
        <translation>qorshaha aqoon-isweydaarsiga wuxuu u baahan yahay liis &quot;items&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a workshop plan needs a title, at least in English (title: {en: ...})</source>
        <translation>qorshaha aqoon-isweydaarsiga wuxuu u baahan yahay cinwaan, ugu yaraan Ingiriis (title: {en: ...})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown item kind &quot;%1&quot;: use one of %2</source>
        <translation>nooc shay oo aan la aqoon &quot;%1&quot;: isticmaal mid ka mid ah %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every item needs &quot;minutes&quot;, a whole number above 0</source>
        <translation>shay kasta wuxuu u baahan yahay &quot;minutes&quot;, tiro dhan oo ka weyn 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section item needs &quot;guide&quot; and &quot;section&quot;</source>
        <translation>shayga qaybta wuxuu u baahan yahay &quot;guide&quot; iyo &quot;section&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the items add up to %1 minutes, not %2</source>
        <translation>shayaashu waxay isku yihiin %1 daqiiqo, ma aha %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a second original of %1: only one language is the original</source>
        <translation>asal labaad oo %1 ah: hal luqad oo keliya ayaa noqon karta asalka</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a translation without its original: add the original text of %1</source>
        <translation>turjumaad aan asal lahayn: ku dar qoraalka asalka ah ee %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>translated_from wuxuu sheegayaa %1, laakiin asalku waa %2.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from revision %1 is newer than the original&apos;s revision %2</source>
        <translation>nooca %1 ee translated_from wuu ka cusub yahay nooca asalka %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>municipality differs from the original&apos;s (&quot;%1&quot;)</source>
        <translation>degmadu way ka duwan tahay tan asalka (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>link to a %1 that does not exist: %2</source>
        <translation>isku-xir loo sameeyay shay aan jirin (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>glossary term &quot;%1&quot; does not exist</source>
        <translation>erayga qaamuuska &quot;%1&quot; ma jiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; does not exist</source>
        <translation>adeegga &quot;%1&quot; ma jiro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guide %1 has no original text</source>
        <translation>hagaha %1 ma laha qoraal asal ah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>related term &quot;%1&quot; does not exist</source>
        <translation>erayga la xiriira &quot;%1&quot; ma jiro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist &quot;%1&quot; does not exist</source>
        <translation>liiska hubinta &quot;%1&quot; ma jiro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guide &quot;%1&quot; does not exist</source>
        <translation>hagaha &quot;%1&quot; ma jiro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide &quot;%1&quot; has no section &quot;%2&quot; in its original</source>
        <translation>asalka hagaha &quot;%1&quot; ma laha qaybta &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>service &quot;%1&quot;: unknown topic &quot;%2&quot;</source>
        <translation>adeegga &quot;%1&quot;: mawduuc aan la aqoon &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the content folder does not exist</source>
        <translation>galka macluumaadka ma jiro</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59"/>
        <source>cannot be read: %1</source>
        <translation>faylka lama akhriyi karo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>faylku waa %1 KiB; xadku waa %2 KiB: u kala qaybi dhowr hage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>faylku wuxuu ku bilaabmayaa calaamadda kala horreynta baytka (BOM): u kaydi UTF-8 aan BOM lahayn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>faylku ma aha UTF-8 sax ah: u kaydi UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>faylku wuxuu leeyahay dhammaadka sadarrada ee Windows (CRLF): ku kaydi dhammaadka sadarrada LF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains NUL bytes: it is not a text file</source>
        <translation>faylku wuxuu leeyahay baytyo NUL ah: ma aha fayl qoraal ah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed YAML: %1</source>
        <translation>YAML khaldan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must begin with front matter: a line &quot;---&quot;, the YAML fields, and &quot;---&quot;</source>
        <translation>faylku waa inuu ku bilaabmaa qaybta hore (front matter): sadar &quot;---&quot;, goobaha YAML, iyo &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>front matter is not closed by a line &quot;---&quot;</source>
        <translation>qaybta hore laguma xirin sadar &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>front matter must be YAML fields (key: value)</source>
        <translation>qaybta hore waa inay ahaato goobo YAML ah (fure: qiime)</translation>
    </message>
</context>
<context>
    <name>kotona::sync</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="+79"/>
        <source>There is not enough memory to hold a secret key.</source>
        <translation>Ma jirto xusuus ku filan oo lagu hayo furaha sirta ah.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The signature could not be checked: libsodium did not start.</source>
        <translation>Saxiixa lama hubin karin: libsodium ma bilaabmin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file is too large to be a minisign signature.</source>
        <translation>Faylka saxiixu aad buu u weyn yahay si uu u noqdo saxiix minisign ah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature file is incomplete: it needs four lines.</source>
        <translation>Faylka saxiixu waa dhiman yahay: wuxuu u baahan yahay afar sadar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file does not start with an untrusted comment line.</source>
        <translation>Faylka saxiixu kuma bilaabmo sadar faallo aan la aamini karin ah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second line of the signature file is not a minisign signature.</source>
        <translation>Sadarka labaad ee faylka saxiixu ma aha saxiix minisign ah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature uses an algorithm Kotona does not know.</source>
        <translation>Saxiixu wuxuu isticmaalaa hab xisaabeed oo aanay Kotona aqoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The third line of the signature file is not a trusted comment.</source>
        <translation>Sadarka saddexaad ee faylka saxiixu ma aha faallo la aamini karo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted comment of the signature is too long or not one line of text.</source>
        <translation>Faallada la aamini karo ee saxiixu aad bay u dheer tahay ama ma aha hal sadar oo qoraal ah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fourth line of the signature file is not a minisign signature.</source>
        <translation>Sadarka afraad ee faylka saxiixu ma aha saxiix minisign ah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+453"/>
        <source>The message could not be read: it is not open for reading.</source>
        <translation>Fariinta lama akhriyi karin: looma furin akhris.</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>The message could not be read: %1</source>
        <translation>Fariinta lama akhriyi karin: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The trusted comment must be one line of at most %1 bytes.</source>
        <translation>Faallada la aamini karo waa inay ahaataa hal sadar oo aan ka badnayn %1 bayt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Faallada aan la aamini karin waa inay ahaataa hal sadar oo aan ka badnayn %1 bayt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is signed with key %1, which is not one of the trusted keys.</source>
        <translation>Faylka waxaa lagu saxiixay furaha %1, kaas oo aan ka mid ahayn furayaasha la aamini karo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the file: the file was changed or damaged.</source>
        <translation>Saxiixu kuma habboona faylka: faylka waa la beddelay ama wuu xumaaday.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted comment of the signature was changed: the signature cannot be trusted.</source>
        <translation>Faallada la aamini karo ee saxiixa waa la beddelay: saxiixa lama aamini karo.</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 lama akhriyi karin: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file has a legacy signature, which Kotona checks only for files up to 64 MiB.</source>
        <translation>Faylku wuxuu leeyahay saxiix qaab hore ah, kaas oo Kotona ay hubiso oo keliya faylasha ilaa 64 MiB.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is too large to be a key or a signature.</source>
        <translation>%1 aad buu u weyn yahay si uu u noqdo fure ama saxiix.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::Error</name>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="+34"/>
        <source>The update is damaged and was not installed. Your guides are unchanged. Try again later or use another update source.</source>
        <translation>Cusboonaysiintu way xumaatay, lamana rakibin. Hagayaashaadu isma beddelin. Mar kale isku day goor dambe ama isticmaal il kale oo cusboonaysiin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update is not signed by the Kotona team and was refused. Your guides are unchanged. Use another update source.</source>
        <translation>Cusboonaysiinta ma saxiixin kooxda Kotona, waana la diiday. Hagayaashaadu isma beddelin. Isticmaal il kale oo cusboonaysiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source offers older guides than the ones you have. Nothing was changed.</source>
        <translation>Ishani waxay bixisaa hagayaal ka duugsan kuwa aad haysato. Waxba lama beddelin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source holds guides for another Kotona collection. Nothing was changed.</source>
        <translation>Ishani waxay haysaa hagayaal ururin kale oo Kotona ah. Waxba lama beddelin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These guides need a newer version of Kotona. Update the app first; your guides are unchanged.</source>
        <translation>Hagayaashani waxay u baahan yihiin nooc cusub oo Kotona ah. Marka hore cusboonaysii barnaamijka; hagayaashaadu isma beddelin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update did not match your guides and was not installed. Your guides are unchanged. Kotona will download the full collection next time.</source>
        <translation>Cusboonaysiintu kuma habboonayn hagayaashaada, lamana rakibin. Hagayaashaadu isma beddelin. Marka xigta Kotona waxay soo dejin doontaa ururinta oo dhan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the update source. Kotona will try again later.</source>
        <translation>Xiriir lama helin isha cusboonaysiinta. Kotona goor dambe ayay mar kale isku dayi doontaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network asks you to sign in first (for example on a web page of the library or café). Sign in with a web browser, then check for updates again.</source>
        <translation>Shabakaddu waxay kaa codsanaysaa inaad marka hore gasho (tusaale ahaan bog internet oo ay leedahay maktabadda ama kafeega). Ku gal browser-ka internetka, kadibna mar kale hubi cusboonaysiinta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update source has not been refreshed for a long time, so it may be out of date. Kotona will try again later; you can also use another source.</source>
        <translation>Isha cusboonaysiinta muddo dheer lama cusboonaysiin, sidaa darteed way duugoobi kartaa. Kotona goor dambe ayay mar kale isku dayi doontaa; waxaad sidoo kale isticmaali kartaa il kale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s date and time look wrong, so updates cannot be checked. Correct the date and time, then try again.</source>
        <translation>Taariikhda iyo waqtiga kombiyuutarkan waxay u muuqdaan kuwo khaldan, sidaa darteed cusboonaysiinta lama hubin karo. Sax taariikhda iyo waqtiga, kadibna mar kale isku day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free disk space for the update. Free some space, then try again.</source>
        <translation>Diskiga kuma filna meel bannaan oo loogu talagalay cusboonaysiinta. Meel bannee, kadibna mar kale isku day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update could not be written to disk. Kotona will try again later.</source>
        <translation>Cusboonaysiinta laguma qori karin diskiga. Kotona goor dambe ayay mar kale isku dayi doontaa.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::PublicKey</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="-366"/>
        <source>This is not a minisign public key.</source>
        <translation>Kani ma aha fure guud oo minisign ah.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public key uses an algorithm Kotona does not know.</source>
        <translation>Furaha guud wuxuu isticmaalaa hab xisaabeed oo aanay Kotona aqoon.</translation>
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
        <translation>Kani ma aha fure sir ah oo minisign ah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key uses an algorithm Kotona does not know.</source>
        <translation>Furaha sirta ah wuxuu isticmaalaa hab xisaabeed oo aanay Kotona aqoon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key uses a checksum Kotona does not know.</source>
        <translation>Furaha sirta ah wuxuu isticmaalaa nooc tirada hubinta ah oo aanay Kotona aqoon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key is protected in a way Kotona does not know.</source>
        <translation>Furaha sirta ah waxaa loo ilaaliyay hab aanay Kotona aqoon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is encrypted: a password is needed.</source>
        <translation>Furaha sirta ah waa la sir-qariyay: erey sir ah ayaa loo baahan yahay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The password is too long.</source>
        <translation>Ereyga sirta ah aad buu u dheer yahay.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The secret key asks for more work to decrypt it than Kotona allows.</source>
        <translation>Furaha sirta ah wuxuu u baahan yahay shaqo ka badan inta Kotona ay oggolaato si loo furo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The key could not be derived from the password: there is not enough memory.</source>
        <translation>Furaha lagama samayn karin ereyga sirta ah: xusuus ku filan ma jirto.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The password is wrong for this secret key.</source>
        <translation>Ereyga sirta ah kuma habboona furahan sirta ah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret key is damaged: its checksum does not match.</source>
        <translation>Furaha sirta ah wuu xumaaday: tirada hubintiisu isma waafaqsana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret key is damaged: its two halves do not belong together.</source>
        <translation>Furaha sirta ah wuu xumaaday: labadiisa qaybood isma lahan.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Faallada aan la aamini karin waa inay ahaataa hal sadar oo aan ka badnayn %1 bayt.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The secret key could not be written to %1: %2</source>
        <translation>Furaha sirta ah laguma qori karin %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+31"/>
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Sawir bog aan shaashadda ka muuqan, u kaydi PNG, kadibna xir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (fi, sv, en, ar, uk, ru, so, fa, et).</source>
        <translation>Luqadda barnaamijka (fi, sv, en, ar, uk, ru, so, fa, et).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Bogga la furayo: home, firstrun, topic:ID, guide:ID, search:ERAYO, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window size, for example 1280x800.</source>
        <translation>Cabbirka daaqadda, tusaale ahaan 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>Qor milli-sekannada ilaa sawirka koowaad, kadibna xir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the content pack and your saved data.</source>
        <translation>Galka xirmada macluumaadka iyo xogtaada la kaydiyay.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a line when the first frame is on screen.</source>
        <translation>Qor sadar marka sawirka koowaad shaashadda ka muuqdo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: hagayaal ku saabsan nolosha Finland, luqaddaada, internet la&apos;aan.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Luqad aan la aqoon &quot;%1&quot;. Dooro mid ka mid ah: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Barnaamijka lama soo gelin karin. Dib u rakib Kotona; haddii aysan taasi caawin, soo sheeg khaladkan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The size &quot;%1&quot; is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Cabbirka &quot;%1&quot; ma saxna. U qor sida BALLAARxDHERER, tusaale ahaan 1280x800.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no page called &quot;%1&quot;. Pages: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Ma jiro bog la yiraahdo &quot;%1&quot;. Boggaga: home, firstrun, topic:ID, guide:ID, search:ERAYO, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
</context>
</TS>
