<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../qml/components/ChecklistView.qml" line="+29"/>
        <source>%1 of %2 done</source>
        <extracomment>Progress of a checklist, e.g. &quot;3 of 10 done&quot;</extracomment>
        <translation>%1/%2 tehty</translation>
    </message>
</context>
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+51"/>
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>Hätänumero 112</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>Poliisi, ambulanssi, palo- ja pelastustoimi. Maksuton, ympäri vuorokauden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poisoning: 0800 147 111</source>
        <extracomment>Poison Information Centre, open 24 hours; keep the digits.</extracomment>
        <translation>Myrkytys: 0800 147 111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crisis line: 09 2525 0111</source>
        <extracomment>MIELI Crisis Helpline in Finnish, open 24 hours; keep the digits.</extracomment>
        <translation>Kriisipuhelin: 09 2525 0111</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All help numbers</source>
        <translation>Kaikki apunumerot</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../qml/pages/FirstRunPage.qml" line="+20"/>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Step %1 of %2</source>
        <extracomment>Step indicator of the first-run setup, e.g. &quot;Step 1 of 3&quot;</extracomment>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Where do you live?</source>
        <translation>Missä asut?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will see the guides and services of your municipality first.</source>
        <translation>Näet ensin oman kuntasi oppaat ja palvelut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All of Finland</source>
        <translation>Koko Suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another municipality</source>
        <translation>Muu kunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make the text as large as is comfortable for you.</source>
        <translation>Valitse tekstin koko, jota sinun on mukava lukea.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../qml/pages/GlossaryPage.qml" line="+17"/>
        <source>Words</source>
        <translation>Sanat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Words and what they mean</source>
        <translation>Sanat ja niiden merkitys</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Find a word</source>
        <translation>Etsi sanaa</translation>
    </message>
</context>
<context>
    <name>GlossaryPopup</name>
    <message>
        <location filename="../qml/components/GlossaryPopup.qml" line="+56"/>
        <source>In Finnish: %1</source>
        <extracomment>%1 is the Finnish word for a term</extracomment>
        <translation>Suomeksi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Swedish: %1</source>
        <extracomment>%1 is the Swedish word for a term</extracomment>
        <translation>Ruotsiksi: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../qml/components/GuideCard.qml" line="+60"/>
        <source>Shown in %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Näytetään kielellä %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages:</source>
        <extracomment>Followed by the languages a guide exists in, e.g. &quot;suomi · svenska · English&quot;</extracomment>
        <translation>Kielet:</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../qml/pages/GuidePage.qml" line="+67"/>
        <source>This guide is not in the content pack. It may have been removed in an update.</source>
        <translation>Tätä opasta ei ole sisältöpaketissa. Se on ehkä poistettu päivityksen yhteydessä.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+65"/>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not yet in %1 — shown in %2. This guide exists in: %3.</source>
        <extracomment>%1 is the reader&apos;s language, %2 the language the guide is shown in, %3 a list of languages</extracomment>
        <translation>Ei vielä kielellä %1 – näytetään kielellä %2. Opas on saatavilla näillä kielillä: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This text was translated with the help of a machine and has not been checked yet. It may contain mistakes.</source>
        <translation>Tämä teksti on käännetty koneen avulla, eikä sitä ole vielä tarkistettu. Siinä voi olla virheitä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original of this text has changed since it was translated. Parts of it may be out of date.</source>
        <translation>Tämän tekstin alkuperäinen versio on muuttunut käännöksen jälkeen. Osa tekstistä voi olla vanhentunutta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the original (%1)</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Lue alkuperäinen (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are reading this guide in %1.</source>
        <extracomment>%1 is a language&apos;s own name</extracomment>
        <translation>Luet tätä opasta kielellä %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to your language</source>
        <translation>Takaisin omalle kielellesi</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>★ Bookmarked</source>
        <translation>★ Kirjanmerkeissä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation>☆ Lisää kirjanmerkkeihin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove bookmark</source>
        <translation>Poista kirjanmerkki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this guide</source>
        <translation>Lisää tämä opas kirjanmerkkeihin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Easy to read</source>
        <translation>Selkokieli</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Checked on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Tarkistettu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Related guides</source>
        <translation>Aiheeseen liittyvät oppaat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where to get help</source>
        <translation>Mistä saat apua</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+14"/>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guide to everyday life in Finland</source>
        <translation>Opas arkeen Suomessa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The guides were updated since your last visit.</source>
        <translation>Oppaita on päivitetty edellisen käyntisi jälkeen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue reading</source>
        <translation>Jatka lukemista</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your bookmarks</source>
        <translation>Kirjanmerkkisi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15"/>
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
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
        <translation>Kopioitu: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore the guides that came with Kotona</source>
        <translation>Palauta Kotonan mukana tulleet oppaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with new settings</source>
        <translation>Aloita uusilla asetuksilla</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/components/NavBar.qml" line="+80"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Alt+Left)</source>
        <translation>Takaisin (Alt+Left)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward (Alt+Right)</source>
        <translation>Eteenpäin (Alt+Right)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Sanat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Sanasto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved</source>
        <extracomment>Bookmarks and checklists</extracomment>
        <translation>Tallennetut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and checklists</source>
        <translation>Kirjanmerkit ja tarkistuslistat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../qml/components/NoticeBanner.qml" line="+56"/>
        <source>Close this message</source>
        <translation>Sulje tämä ilmoitus</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../qml/pages/SavedPage.qml" line="+14"/>
        <source>Bookmarks and checklists</source>
        <translation>Kirjanmerkit ja tarkistuslistat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bookmarks</source>
        <translation>Kirjanmerkit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bookmarks yet. Open a guide and choose &quot;Bookmark&quot; to keep it here.</source>
        <translation>Sinulla ei ole vielä kirjanmerkkejä. Avaa opas ja valitse ”Lisää kirjanmerkkeihin”, niin se näkyy täällä.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checklists</source>
        <translation>Tarkistuslistat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 done</source>
        <translation>%1/%2 tehty</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10"/>
        <source>Search guides, services and words</source>
        <translation>Hae oppaista, palveluista ja sanoista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+26"/>
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. &quot;allowance, allowances&quot;</extracomment>
        <translation>Mitään ei löytynyt. Tarkoititko: %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Mitään ei löytynyt. Kokeile toista sanaa tai vähempiä sanoja.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>In %1</source>
        <extracomment>%1 is a language&apos;s own name, e.g. &quot;English&quot;</extracomment>
        <translation>Kielellä %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>%n osuma lisää tässä oppaassa</numerusform>
            <numerusform>%n osumaa lisää tässä oppaassa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <location filename="../qml/components/ServiceCard.qml" line="+61"/>
        <source>Opening hours: check the service&apos;s web page.</source>
        <translation>Aukioloajat: katso palvelun verkkosivuilta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy address</source>
        <translation>Kopioi osoite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phone: %1</source>
        <extracomment>%1 is a phone number</extracomment>
        <translation>Puhelin: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy phone</source>
        <translation>Kopioi puhelinnumero</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours: %1</source>
        <extracomment>%1 is opening hours in OpenStreetMap notation, e.g. &quot;Mo-Fr 08:00-16:00&quot;</extracomment>
        <translation>Aukioloajat: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages spoken:</source>
        <extracomment>Followed by the languages spoken at a service</extracomment>
        <translation>Palvelukielet:</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../qml/pages/ServicesPage.qml" line="+17"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All topics</source>
        <translation>Kaikki aiheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any language</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language spoken</source>
        <translation>Palvelukieli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No service matches these filters.</source>
        <translation>Näillä valinnoilla ei löytynyt palveluita.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="+15"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Language of the menus and buttons</source>
        <translation>Valikoiden ja painikkeiden kieli</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Language of the guides</source>
        <translation>Oppaiden kieli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Second language, when a guide is not in your language</source>
        <translation>Toinen kieli, jos opasta ei ole sinun kielelläsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second language</source>
        <translation>Toinen kieli</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All of Finland</source>
        <translation>Koko Suomi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark theme</source>
        <translation>Tumma teema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reduce motion</source>
        <translation>Vähennä liikettä</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updates</source>
        <extracomment>Heading of the settings section about new versions of the guides.</extracomment>
        <translation>Päivitykset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the guides up to date from the internet or a USB stick.</source>
        <extracomment>Shown under &quot;Updates&quot; in the settings when there is no status to show.</extracomment>
        <translation>Pidä oppaat ajan tasalla internetistä tai USB-muistitikulta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update sources and history</source>
        <extracomment>Opens the page with update sources, &quot;Check now&quot; and the update history.</extracomment>
        <translation>Päivityslähteet ja historia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose language and municipality again</source>
        <translation>Valitse kieli ja kunta uudelleen</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <location filename="../qml/components/StateBadge.qml" line="+14"/>
        <source>Machine translation</source>
        <translation>Konekäännös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation out of date</source>
        <translation>Käännös on vanhentunut</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <location filename="../qml/components/TextSizeControl.qml" line="+17"/>
        <source>Smaller text</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
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
        <translation>Tästä aiheesta ei ole vielä oppaita.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In your municipality</source>
        <translation>Omassa kunnassasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of Finland</source>
        <translation>Koko Suomi</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../qml/pages/UpdatesPage.qml" line="+16"/>
        <source>Updates</source>
        <extracomment>Title of the page about updates of the guides.</extracomment>
        <translation>Päivitykset</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checking for updates</source>
        <extracomment>Screen reader name of the spinner shown while updates are checked.</extracomment>
        <translation>Päivityksiä tarkistetaan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received %1</source>
        <extracomment>Progress of an update download; %1 is an amount of data such as &quot;1.2 MB&quot;.</extracomment>
        <translation>Vastaanotettu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last checked: %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s language.</extracomment>
        <translation>Tarkistettu viimeksi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet</source>
        <extracomment>Shown when updates have never been checked.</extracomment>
        <translation>Ei vielä tarkistettu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check now</source>
        <extracomment>Button that looks for new versions of the guides at once.</extracomment>
        <translation>Tarkista nyt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <extracomment>Heading of the list of places updates come from (web addresses, folders).</extracomment>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tried in this order until one answers. A folder can be a USB stick; it is skipped when it is not plugged in.</source>
        <extracomment>Explains the list of update sources.</extracomment>
        <translation>Lähteitä kokeillaan tässä järjestyksessä, kunnes yksi vastaa. Kansio voi olla USB-muistitikku; se ohitetaan, jos tikku ei ole kiinni.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove</source>
        <extracomment>Removes one update source from the list.</extracomment>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1</source>
        <extracomment>Screen reader name of the remove button; %1 is the source&apos;s address.</extracomment>
        <translation>Poista %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sources yet.</source>
        <extracomment>Shown instead of the list when no update source was added.</extracomment>
        <translation>Ei vielä lähteitä.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>https://… or /media/usb/kotona</source>
        <extracomment>Placeholder of the field where a new update source is typed.</extracomment>
        <translation>https://… tai /media/usb/kotona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New source: a web address or a folder</source>
        <extracomment>Screen reader name of the field where a new update source is typed.</extracomment>
        <translation>Uusi lähde: verkko-osoite tai kansio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <extracomment>Adds the typed address or folder to the update sources.</extracomment>
        <translation>Lisää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add source</source>
        <extracomment>Screen reader name of the button that adds the typed update source.</extracomment>
        <translation>Lisää lähde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a web address (https://…) or a folder (/…), or it is already in the list.</source>
        <extracomment>Error under the source field when the typed text cannot be used.</extracomment>
        <translation>Tämä ei ole verkko-osoite (https://…) eikä kansio (/…), tai se on jo listassa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <extracomment>Heading of the list of updates that were installed.</extracomment>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No updates installed yet.</source>
        <extracomment>Shown instead of the history when no update was installed.</extracomment>
        <translation>Päivityksiä ei ole vielä asennettu.</translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41"/>
        <source>The content pack %1 is missing.</source>
        <translation>Sisältöpakettia %1 ei löydy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>The content pack is damaged and cannot be read.</source>
        <translation>Sisältöpaketti on vioittunut, eikä sitä voi lukea.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>Sisältöpaketti on uudempi kuin tämä Kotonan versio. Päivitä Kotona, niin voit lukea paketin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content pack is from an older version of Kotona.</source>
        <translation>Sisältöpaketti on Kotonan vanhemmasta versiosta.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60"/>
        <source>New Year&apos;s Day</source>
        <translation>Uudenvuodenpäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epiphany</source>
        <translation>Loppiainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday</source>
        <translation>Pitkäperjantai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Sunday</source>
        <translation>Pääsiäispäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easter Monday</source>
        <translation>2. pääsiäispäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May Day</source>
        <translation>Vappu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ascension Day</source>
        <translation>Helatorstai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whitsun</source>
        <translation>Helluntaipäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Midsummer Eve</source>
        <translation>Juhannusaatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midsummer Day</source>
        <translation>Juhannuspäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Saints&apos; Day</source>
        <translation>Pyhäinpäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence Day</source>
        <translation>Itsenäisyyspäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Eve</source>
        <translation>Jouluaatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Christmas Day</source>
        <translation>Joulupäivä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day</source>
        <translation>Tapaninpäivä</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59"/>
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Kuvakaappausta ei voitu tallentaa tiedostoon %1. Tarkista, että kansio on olemassa ja siihen voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+184"/>
        <source>Opening hours: %1</source>
        <translation>Aukioloajat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours unknown</source>
        <translation>Aukioloajat eivät ole tiedossa</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Sulkeutuu %n minuutin kuluttua</numerusform>
            <numerusform>Sulkeutuu %n minuutin kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open now, closes %1 at %2</source>
        <translation>Avoinna nyt, sulkeutuu %1 klo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now, closes at %1</source>
        <translation>Avoinna nyt, sulkeutuu klo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed today (public holiday)</source>
        <translation>Suljettu tänään (yleinen vapaapäivä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed, opens at %1</source>
        <translation>Suljettu, avautuu klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens tomorrow at %1</source>
        <translation>Suljettu, avautuu huomenna klo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed, opens Monday at %1</source>
        <translation>Suljettu, avautuu maanantaina klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Tuesday at %1</source>
        <translation>Suljettu, avautuu tiistaina klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Wednesday at %1</source>
        <translation>Suljettu, avautuu keskiviikkona klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Thursday at %1</source>
        <translation>Suljettu, avautuu torstaina klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Friday at %1</source>
        <translation>Suljettu, avautuu perjantaina klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Saturday at %1</source>
        <translation>Suljettu, avautuu lauantaina klo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, opens Sunday at %1</source>
        <translation>Suljettu, avautuu sunnuntaina klo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed, opens %1 at %2</source>
        <translation>Suljettu, avautuu %1 klo %2</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+230"/>
        <source>the opening hours are empty at column %1</source>
        <translation>aukioloajat ovat tyhjät (sarake %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a rule before &quot;%2&quot; at column %1</source>
        <translation>ennen merkkiä ”%2” pitää olla sääntö (sarake %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected &quot;;&quot; before &quot;%2&quot; at column %1</source>
        <translation>ennen kohtaa ”%2” pitää olla ”;” (sarake %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;;&quot; or the end of the text, found &quot;%2&quot; at column %1</source>
        <translation>tässä pitää olla ”;” tai tekstin loppu, mutta tässä on ”%2” (sarake %1)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>expected a day like Mo or a month like Jan before &quot;-&quot; at column %1</source>
        <translation>ennen merkkiä ”-” pitää olla päivä, kuten Mo, tai kuukausi, kuten Jan (sarake %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%2&quot; at column %1</source>
        <translation>odottamaton merkki ”%2” (sarake %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a month like Aug at column %1</source>
        <translation>tässä pitää olla kuukausi, kuten Aug (sarake %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>tässä pitää olla päivä, kuten 26, tai kuukausi, kuten Jan (sarake %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the day range ends before it starts at column %1</source>
        <translation>päiväväli päättyy ennen kuin se alkaa (sarake %1)</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>open-ended times such as &quot;10:00+&quot; are not supported at column %1</source>
        <translation>avoimia päättymisaikoja, kuten ”10:00+”, ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;-&quot; and a closing time like 16:00 at column %1</source>
        <translation>tässä pitää olla ”-” ja sulkeutumisaika, kuten 16:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the time span ends when it starts at column %1</source>
        <translation>aikaväli päättyy samaan aikaan kuin se alkaa (sarake %1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected a time like 09:00 at column %1</source>
        <translation>tässä pitää olla kellonaika, kuten 09:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%2&quot; is not a closing time (00:00-48:00) at column %1</source>
        <translation>”%2” ei kelpaa sulkeutumisajaksi; sallittu on 00:00-48:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%2&quot; is not an opening time (00:00-23:59) at column %1</source>
        <translation>”%2” ei kelpaa avautumisajaksi; sallittu on 00:00-23:59 (sarake %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected &quot;,&quot; between the days and the times at column %1</source>
        <translation>päivien ja kellonaikojen välissä ei saa olla merkkiä ”,” (sarake %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a day of the month like 24 at column %1</source>
        <translation>tässä pitää olla kuukauden päivä, kuten 24 (sarake %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%2 %3&quot; is not a date at column %1</source>
        <translation>”%2 %3” ei ole päivämäärä (sarake %1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>sarakkeesta %1 alkavasta kommentista puuttuu loppulainausmerkki</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>kirjoita päivät muodossa Mo, Tu, We, Th, Fr, Sa, Su tai PH (sarake %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>koulujen lomia (SH) ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a day like Mo or PH at column %1</source>
        <translation>tässä pitää olla päivä, kuten Mo tai PH (sarake %1)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>&quot;%2&quot; is not supported at column %1</source>
        <translation>sanaa ”%2” ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="-649"/>
        <source>expected a rule after &quot;%2&quot; at column %1</source>
        <translation>merkin ”%2” jälkeen pitää olla sääntö (sarake %1)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>write one day before &quot;[&quot;, like Sa[1], at column %1</source>
        <translation>kirjoita ennen merkkiä ”[” yksi päivä, kuten Sa[1] (sarake %1)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>expected a week number 1-53 at column %1</source>
        <translation>tässä pitää olla viikon numero 1–53 (sarake %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number 1 to 5 or -1 to -5 inside &quot;[]&quot; at column %1</source>
        <translation>merkkien ”[]” sisällä pitää olla luku 1–5 tai -1…-5 (sarake %1)</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>unknown word &quot;%2&quot; at column %1</source>
        <translation>tuntematon sana ”%2” (sarake %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71"/>
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>Yhtäkään sisältöpakettia ei voitu avata, ja Kotonan mukana tullut paketti puuttuu tai on vioittunut. Asenna Kotona uudelleen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>Asennettu sisältö kuului toiseen pakettiin. Kotonan mukana tullut sisältö palautettiin; toinen tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 Kotonan mukana tullut sisältö palautettiin; vanha tiedosto säilytettiin nimellä %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>Sisältöä ei voitu kopioida kansioon %1. Tarkista, ettei levy ole täynnä.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21"/>
        <source>First steps</source>
        <translation>Ensimmäiset askeleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>Osoite, henkilötunnus, oleskelulupa, pankki, Kela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Terveysasemat, hätätilanteet, mielenterveys, neuvolat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Asunnon etsiminen, vuokra, asumistuki, järjestyssäännöt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Työnhaku, sopimukset, palkka, verot, oikeutesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language courses, schools, degrees, day care</source>
        <translation>Kielikurssit, koulut, tutkinnot, varhaiskasvatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Lapset, perhe-etuudet, avioliitto, turvallisuus kotona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Society</source>
        <translation>Yhteiskunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Oikeudet ja velvollisuudet, äänestäminen, tasa-arvo, yhdistykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Hätänumerot, poliisi, paloturvallisuus, huijaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free time</source>
        <translation>Vapaa-aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries, sport, culture, meeting people</source>
        <translation>Kirjastot, liikunta, kulttuuri, uudet tuttavat</translation>
    </message>
</context>
<context>
    <name>kotona::UpdateService</name>
    <message>
        <location filename="../app/kotona/updateservice.cpp" line="+157"/>
        <source>Updates are not set up for this collection of guides. A newer version of Kotona will bring them.</source>
        <extracomment>Status when the installed guides carry no signing key to check updates against.</extracomment>
        <translation>Tälle oppaiden kokoelmalle ei ole otettu päivityksiä käyttöön. Kotonan uudempi versio tuo ne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking for updates…</source>
        <extracomment>Status while an update check runs.</extracomment>
        <translation>Päivityksiä tarkistetaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides were updated.</source>
        <extracomment>Status after new versions of the guides were installed.</extracomment>
        <translation>Oppaat päivitettiin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guides are up to date.</source>
        <extracomment>Status after a check found nothing new.</extracomment>
        <translation>Oppaat ovat ajan tasalla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No update source could be reached. Plug in the USB stick or connect to the internet, then check again.</source>
        <extracomment>Status when every update source was missing (folder not there) or unreachable.</extracomment>
        <translation>Yhteenkään päivityslähteeseen ei saatu yhteyttä. Liitä USB-muistitikku tai yhdistä internetiin ja tarkista sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source to get updates: a web address or a folder, such as a USB stick.</source>
        <extracomment>Status when no update source has been added yet.</extracomment>
        <translation>Lisää lähde, niin saat päivityksiä: verkko-osoite tai kansio, esimerkiksi USB-muistitikku.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>New guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Uudet oppaat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Päivitetyt oppaat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed guides: %1</source>
        <extracomment>A line of the &quot;what changed&quot; summary of an update; %1 is a list of guide titles.</extracomment>
        <translation>Poistetut oppaat: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Small corrections.</source>
        <extracomment>Summary of an update that changed no guide titles (only small fixes).</extracomment>
        <translation>Pieniä korjauksia.</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>Tallennettuja tietojasi ei voitu avata: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your saved data is damaged.</source>
        <translation>Tallennetut tietosi ovat vioittuneet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>Tallennetut tietosi ovat Kotonan uudemmasta versiosta. Päivitä Kotona, niin voit käyttää niitä; tietoja ei muutettu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your saved data could not be upgraded: %1</source>
        <translation>Tallennettuja tietojasi ei voitu päivittää: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21"/>
        <location filename="../app/pack/main.cpp" line="+81"/>
        <location filename="../app/pack/signcommands.cpp" line="+24"/>
        <location filename="../app/pack/synccommands.cpp" line="+33"/>
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Komennot näet ajamalla kotona-pack --help.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Löytyi %n ongelma.</numerusform>
            <numerusform>Löytyi %n ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>komento validate tarvitsee yhden sisältökansion: kotona-pack validate KANSIO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: oppaita %2, sanaston termejä %3, palveluita %4, tarkistuslistoja %5: ei ongelmia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>komento build tarvitsee sisältökansion ja tulostiedoston: kotona-pack build KANSIO -o PAKETTI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack was not built.</source>
        <translation>Pakettia ei koottu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack could not be written: %1</source>
        <translation>Pakettia ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: osioita %2, tavuja %3, sisällön tiiviste %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>komento inspect tarvitsee yhden pakettitiedoston: kotona-pack inspect PAKETTI [--json]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records</source>
        <translation>Tietueet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>Käännökset (o alkuperäinen, r tarkistettu, m konekäännös, u vanhentunut, . puuttuu)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>komento diff tarvitsee kaksi pakettitiedostoa: kotona-pack diff VANHA UUSI [--json]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The packs hold the same records.</source>
        <translation>Paketeissa on samat tietueet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>search tarvitsee paketin ja hakusanat: kotona-pack search PAKETTI HAKU [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No results.</source>
        <translation>Ei tuloksia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: %1</source>
        <translation>Tarkoititko: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/bench.cpp" line="+159"/>
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>Käyttö: kotona-pack bench open PAKETTI [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>Käyttö: kotona-pack bench search-quality PAKETTI [--queries TIEDOSTO] [--json]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No queries in %1.</source>
        <translation>Tiedostossa %1 ei ole hakuja.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Usage: kotona-pack bench build|sync [--sections N] [--data DIR] [--json]</source>
        <translation>Käyttö: kotona-pack bench build|sync [--sections N] [--data KANSIO] [--json]</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>--sections must be at least 10</source>
        <translation>valitsimen --sections arvon on oltava vähintään 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>Kansiossa %1 ei ole oppaita, joista ottaa lauseita (käytä valitsinta --data KANSIO).</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1"/>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/benchhours.cpp" line="+40"/>
        <source>No services with opening hours in %1.</source>
        <translation>Kansiossa %1 ei ole palveluja, joilla on aukioloajat.</translation>
    </message>
    <message>
        <location filename="../app/pack/hours.cpp" line="+53"/>
        <source>hours needs an opening_hours value: kotona-pack hours EXPR [--at ISO_TIME] [--json]</source>
        <translation>komento hours tarvitsee opening_hours-arvon: kotona-pack hours LAUSEKE [--at ISO_AIKA] [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a date and time like 2026-03-29T03:30</source>
        <translation>”%1” ei ole päivämäärä ja kellonaika, kuten 2026-03-29T03:30</translation>
    </message>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="+48"/>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keygen needs a key file: kotona-pack keygen --key KEY [--password-file F] [--force]</source>
        <translation>komento keygen tarvitsee avaintiedoston: kotona-pack keygen --key AVAIN [--password-file F] [--force]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; add --force to replace the key pair.</source>
        <translation>%1 on jo olemassa. Jos haluat korvata avainparin, lisää valitsin --force.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The secret key %1 is not encrypted: keep it where only you can read it, or give --password-file.</source>
        <translation>Salaista avainta %1 ei ole salattu: säilytä sitä paikassa, jossa vain sinä voit lukea sen, tai anna valitsin --password-file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key %1: secret key in %2, public key in %3</source>
        <translation>Avain %1: salainen avain tiedostossa %2, julkinen avain tiedostossa %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sign needs a file and a key: kotona-pack sign FILE --key KEY [--password-file F] [--trusted-comment T]</source>
        <translation>komento sign tarvitsee tiedoston ja avaimen: kotona-pack sign TIEDOSTO --key AVAIN [--password-file F] [--trusted-comment T]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The secret key %1 is encrypted: give its password with --password-file.</source>
        <translation>Salainen avain %1 on salattu: anna sen salasana valitsimella --password-file.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed %1 with key %2: %3</source>
        <translation>%1 allekirjoitettiin avaimella %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verify needs a file and a public key: kotona-pack verify FILE --pub PUB [--sig SIG]</source>
        <translation>komento verify tarvitsee tiedoston ja julkisen avaimen: kotona-pack verify TIEDOSTO --pub JULKINEN_AVAIN [--sig ALLEKIRJOITUS]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature and trusted comment verified with key %1.</source>
        <translation>Allekirjoitus ja luotettu kommentti tarkistettiin avaimella %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted comment: %1</source>
        <translation>Luotettu kommentti: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/synccommands.cpp" line="+42"/>
        <source>publish needs content and a repository: kotona-pack publish DATA|PACK --repo DIR --key KEY</source>
        <translation>komento publish tarvitsee sisällön ja repositorion: kotona-pack publish SISÄLTÖ|PAKETTI --repo KANSIO --key AVAIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The content has problems; nothing was published.</source>
        <translation>Sisällössä on ongelmia, joten mitään ei julkaistu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No changes since release %1: latest.json was signed again with a new expiry date.</source>
        <translation>Ei muutoksia julkaisun %1 jälkeen: latest.json allekirjoitettiin uudelleen uudella vanhenemispäivällä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published release %1: %2 changed records in a batch of %3 bytes; snapshot %4 bytes (pack %5 bytes).</source>
        <translation>Julkaisu %1 julkaistiin: muuttuneita tietueita %2, erän koko %3 tavua; tilannevedos %4 tavua (paketti %5 tavua).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rotate-root needs the repository, the current key and the new one: kotona-pack rotate-root --repo DIR --key OLD --new-key NEW</source>
        <translation>komento rotate-root tarvitsee repositorion, nykyisen avaimen ja uuden avaimen: kotona-pack rotate-root --repo KANSIO --key VANHA --new-key UUSI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Root %1 now trusts key %2; publish with it from now on.</source>
        <translation>Juuritiedoston versio %1 luottaa nyt avaimeen %2; julkaise tästä lähtien sillä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export needs a repository and a target folder: kotona-pack export --repo DIR --to DIR</source>
        <translation>komento export tarvitsee repositorion ja kohdekansion: kotona-pack export --repo KANSIO --to KANSIO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the repository to %1.</source>
        <translation>Repositorio kopioitiin kansioon %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sync needs a source and a pack: kotona-pack sync --from URL|DIR --pack PACK [--trust ROOT_JSON]</source>
        <translation>komento sync tarvitsee lähteen ja paketin: kotona-pack sync --from URL|KANSIO --pack PAKETTI [--trust ROOT_JSON]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now needs a date and time such as 2026-11-23T12:00:00Z</source>
        <translation>valitsin --now tarvitsee päivämäärän ja kellonajan, kuten 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Kotona root file.</source>
        <translation>%1 ei ole Kotonan juuritiedosto.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The pack is up to date (release %1).</source>
        <translation>Paketti on ajan tasalla (julkaisu %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated from release %1 to %2 (%3, %4 bytes downloaded).</source>
        <translation>Päivitetty julkaisusta %1 julkaisuun %2 (%3, ladattu %4 tavua).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whole collection</source>
        <translation>koko kokoelma</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n batches</source>
        <translation>
            <numerusform>%n erä</numerusform>
            <numerusform>%n erää</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve needs a repository folder: kotona-pack serve DIR [--port N] [--bind ADDR]</source>
        <translation>komento serve tarvitsee repositoriokansion: kotona-pack serve KANSIO [--port N] [--bind OSOITE]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--bind needs an IP address and --port a number up to 65535</source>
        <translation>valitsin --bind tarvitsee IP-osoitteen ja --port luvun, joka on enintään 65535</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Osoitetta %1:%2 ei voi kuunnella: %3</translation>
    </message>
</context>
<context>
    <name>kotona::cli::Password</name>
    <message>
        <location filename="../app/pack/signcommands.cpp" line="-152"/>
        <source>The password file %1 is empty.</source>
        <translation>Salasanatiedosto %1 on tyhjä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>Tiedoston %1 salasana on pidempi kuin %2 tavua.</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+77"/>
        <source>%1 must be a map of language: text</source>
        <translation>%1 on annettava kielittäin muodossa kieli: teksti</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+377"/>
        <source>unknown language &quot;%1&quot;</source>
        <translation>tuntematon kieli ”%1”</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>missing field &quot;%1&quot; (a date like 2026-01-31)</source>
        <translation>kenttä ”%1” puuttuu (päivämäärä muodossa 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date like 2026-01-31</source>
        <translation>”%1” ei ole päivämäärä muodossa 2026-01-31</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 on tulevaisuudessa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing sources: list the official pages the facts come from</source>
        <translation>lähteet puuttuvat: luettele viralliset sivut, joilta tiedot ovat peräisin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>source &quot;%1&quot; is not a web address</source>
        <translation>lähde ”%1” ei ole verkko-osoite</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing field &quot;pack_id&quot;</source>
        <translation>kenttä ”pack_id” puuttuu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>language code &quot;%1&quot; must be two or three lowercase letters</source>
        <translation>kielikoodin ”%1” on oltava kaksi tai kolme pientä kirjainta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>kieli ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>direction of &quot;%1&quot; must be ltr or rtl</source>
        <translation>kielen ”%1” kirjoitussuunnan on oltava ltr tai rtl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language &quot;%1&quot; needs its native and English names</source>
        <translation>kielelle ”%1” tarvitaan nimi kielellä itsellään ja englanniksi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no languages are listed</source>
        <translation>yhtään kieltä ei ole lueteltu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>topic without id</source>
        <translation>aiheelta puuttuu id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate topic &quot;%1&quot;</source>
        <translation>aihe ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>topic &quot;%1&quot; has no title</source>
        <translation>aiheella ”%1” ei ole otsikkoa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>municipality without id</source>
        <translation>kunnalta puuttuu id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate municipality &quot;%1&quot;</source>
        <translation>kunta ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>tiedostonimen on oltava &lt;language&gt;.md tai &lt;language&gt;.easy.md, ja kielen on oltava tiedostossa languages.yaml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; does not match its folder: it must be &quot;%2&quot;</source>
        <translation>id ”%1” ei vastaa kansiota: sen on oltava ”%2”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+288"/>
        <source>missing field &quot;title&quot;</source>
        <translation>kenttä ”title” puuttuu</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>missing field &quot;summary&quot;</source>
        <translation>kenttä ”summary” puuttuu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an original needs &quot;revision&quot;: a whole number from 1</source>
        <translation>alkuperäistekstissä on oltava ”revision”: kokonaisluku, vähintään 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a translation needs &quot;translated_from&quot; like en@1: the original&apos;s language and revision</source>
        <translation>käännöksessä on oltava ”translated_from”, esimerkiksi en@1: alkuperäistekstin kieli ja versio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;translation&quot; must be original, reviewed or machine</source>
        <translation>kentän ”translation” arvon on oltava original, reviewed tai machine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the guide has no text</source>
        <translation>oppaassa ei ole tekstiä</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown topic &quot;%1&quot;: see topics.yaml</source>
        <translation>tuntematon aihe ”%1”: katso topics.yaml</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>oppaan kansiossa ei ole yhtään &lt;language&gt;.md-tiedostoa</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;also&quot; must be a map of language: [words]</source>
        <translation>&quot;also&quot; on annettava kielittäin muodossa kieli: [sanat]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;also&quot; has words in &quot;%1&quot;, which has no term: add the term first</source>
        <translation>kohdassa &quot;also&quot; on sanoja kielellä &quot;%1&quot;, jolla ei ole termiä: lisää termi ensin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; must be a list of words, like [sossu]</source>
        <translation>&quot;also&quot; kielellä &quot;%1&quot; on oltava sanaluettelo, esimerkiksi [sossu]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;also&quot; in &quot;%1&quot;: each word must be text of 1 to %2 characters on one line</source>
        <translation>&quot;also&quot; kielellä &quot;%1&quot;: jokaisen sanan on oltava tekstiä, 1–%2 merkkiä yhdellä rivillä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;also&quot; in &quot;%1&quot; repeats the term &quot;%2&quot;</source>
        <translation>&quot;also&quot; kielellä &quot;%1&quot; toistaa termin &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;also&quot; in &quot;%1&quot; has &quot;%2&quot; twice</source>
        <translation>&quot;also&quot; kielellä &quot;%1&quot;: sana &quot;%2&quot; on kahteen kertaan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id &quot;%1&quot; must equal the file name &quot;%2&quot;</source>
        <translation>id ”%1” ei vastaa tiedostonimeä: sen on oltava ”%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &quot;terms&quot;: the term and its explanation per language</source>
        <translation>”terms” puuttuu: termi ja sen selitys kullakin kielellä</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; needs both term and explanation</source>
        <translation>kielellä ”%1” on oltava sekä term että explanation</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+253"/>
        <source>unknown municipality &quot;%1&quot;: see municipalities.yaml</source>
        <translation>tuntematon kunta ”%1”: katso municipalities.yaml</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>service without id</source>
        <translation>palvelulta puuttuu id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate service id &quot;%1&quot;</source>
        <translation>palvelun id ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; has no name</source>
        <translation>palvelulla ”%1” ei ole nimeä</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>coordinates of &quot;%1&quot; are not in Finland</source>
        <translation>palvelun ”%1” koordinaatit eivät ole Suomessa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid opening_hours: %1</source>
        <translation>opening_hours on virheellinen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>tiedostonimen on oltava &lt;language&gt;.md, ja kielen on oltava tiedostossa languages.yaml</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a checklist needs items written as &quot;- [ ] task&quot;</source>
        <translation>tarkistuslistassa on oltava kohtia muodossa ”- [ ] tehtävä”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a workshop plan needs a list of &quot;items&quot;</source>
        <translation>työpajasuunnitelma tarvitsee luettelon ”items”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a workshop plan needs a title, at least in English (title: {en: ...})</source>
        <translation>työpajasuunnitelma tarvitsee otsikon, ainakin englanniksi (title: {en: ...})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown item kind &quot;%1&quot;: use one of %2</source>
        <translation>tuntematon kohteen laji ”%1”: käytä jotakin näistä: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every item needs &quot;minutes&quot;, a whole number above 0</source>
        <translation>jokainen kohta tarvitsee arvon ”minutes”, kokonaisluvun, joka on yli 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a section item needs &quot;guide&quot; and &quot;section&quot;</source>
        <translation>osiokohta tarvitsee arvot ”guide” ja ”section”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the items add up to %1 minutes, not %2</source>
        <translation>kohtien kesto on yhteensä %1 minuuttia, ei %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a second original of %1: only one language is the original</source>
        <translation>toinen alkuperäisteksti oppaalle %1: vain yksi kieli voi olla alkuperäinen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a translation without its original: add the original text of %1</source>
        <translation>käännös ilman alkuperäistekstiä: lisää oppaan %1 alkuperäinen teksti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>translated_from mainitsee kielen %1, mutta alkuperäisteksti on %2.md</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>translated_from revision %1 is newer than the original&apos;s revision %2</source>
        <translation>translated_from-kentän versio %1 on uudempi kuin alkuperäistekstin versio %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>municipality differs from the original&apos;s (&quot;%1&quot;)</source>
        <translation>kunta on eri kuin alkuperäistekstissä (”%1”)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>link to a %1 that does not exist: %2</source>
        <translation>linkin kohdetta ei ole olemassa (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>glossary term &quot;%1&quot; does not exist</source>
        <translation>sanaston termiä ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service &quot;%1&quot; does not exist</source>
        <translation>palvelua ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the guide %1 has no original text</source>
        <translation>oppaalla %1 ei ole alkuperäistekstiä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>related term &quot;%1&quot; does not exist</source>
        <translation>liittyvää termiä ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checklist &quot;%1&quot; does not exist</source>
        <translation>tarkistuslistaa ”%1” ei ole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>guide &quot;%1&quot; does not exist</source>
        <translation>opasta ”%1” ei ole</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>guide &quot;%1&quot; has no section &quot;%2&quot; in its original</source>
        <translation>oppaan ”%1” alkuperäisessä versiossa ei ole osiota ”%2”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>service &quot;%1&quot;: unknown topic &quot;%2&quot;</source>
        <translation>palvelu ”%1”: tuntematon aihe ”%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the content folder does not exist</source>
        <translation>sisältökansiota ei ole olemassa</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59"/>
        <source>cannot be read: %1</source>
        <translation>tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>tiedoston koko on %1 KiB, ja raja on %2 KiB: jaa se useaksi oppaaksi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>tiedoston alussa on tavujärjestysmerkki (BOM): tallenna se UTF-8-muodossa ilman BOMia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>tiedosto ei ole kelvollista UTF-8:aa: tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>tiedostossa on Windowsin rivinvaihdot (CRLF): tallenna se LF-rivinvaihdoin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contains NUL bytes: it is not a text file</source>
        <translation>tiedostossa on NUL-tavuja: se ei ole tekstitiedosto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>malformed YAML: %1</source>
        <translation>virheellinen YAML: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must begin with front matter: a line &quot;---&quot;, the YAML fields, and &quot;---&quot;</source>
        <translation>tiedoston alussa on oltava metatieto-osa (front matter): rivi ”---”, YAML-kentät ja rivi ”---”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>front matter is not closed by a line &quot;---&quot;</source>
        <translation>metatieto-osaa ei ole suljettu rivillä ”---”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>front matter must be YAML fields (key: value)</source>
        <translation>metatieto-osan on oltava YAML-kenttiä (avain: arvo)</translation>
    </message>
</context>
<context>
    <name>kotona::sync</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="+79"/>
        <source>There is not enough memory to hold a secret key.</source>
        <translation>Muisti ei riitä salaisen avaimen säilyttämiseen.</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The signature could not be checked: libsodium did not start.</source>
        <translation>Allekirjoitusta ei voitu tarkistaa: libsodium ei käynnistynyt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature file is too large to be a minisign signature.</source>
        <translation>Allekirjoitustiedosto on liian suuri ollakseen minisign-allekirjoitus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature file is incomplete: it needs four lines.</source>
        <translation>Allekirjoitustiedosto on vajaa: siinä pitää olla neljä riviä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signature file does not start with an untrusted comment line.</source>
        <translation>Allekirjoitustiedoston ensimmäinen rivi ei ole luottamaton kommentti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The second line of the signature file is not a minisign signature.</source>
        <translation>Allekirjoitustiedoston toinen rivi ei ole minisign-allekirjoitus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature uses an algorithm Kotona does not know.</source>
        <translation>Allekirjoitus käyttää algoritmia, jota Kotona ei tunne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The third line of the signature file is not a trusted comment.</source>
        <translation>Allekirjoitustiedoston kolmas rivi ei ole luotettu kommentti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trusted comment of the signature is too long or not one line of text.</source>
        <translation>Allekirjoituksen luotettu kommentti on liian pitkä tai se ei ole yksi tekstirivi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fourth line of the signature file is not a minisign signature.</source>
        <translation>Allekirjoitustiedoston neljäs rivi ei ole minisign-allekirjoitus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+453"/>
        <source>The message could not be read: it is not open for reading.</source>
        <translation>Sisältöä ei voitu lukea: sitä ei ole avattu luettavaksi.</translation>
    </message>
    <message>
        <location line="-446"/>
        <source>The message could not be read: %1</source>
        <translation>Sisältöä ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The trusted comment must be one line of at most %1 bytes.</source>
        <translation>Luotetun kommentin on oltava yksi rivi, enintään %1 tavua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Luottamattoman kommentin on oltava yksi rivi, enintään %1 tavua.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The file is signed with key %1, which is not one of the trusted keys.</source>
        <translation>Tiedosto on allekirjoitettu avaimella %1, joka ei ole luotettu avain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not match the file: the file was changed or damaged.</source>
        <translation>Allekirjoitus ei vastaa tiedostoa: tiedostoa on muutettu tai se on vioittunut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted comment of the signature was changed: the signature cannot be trusted.</source>
        <translation>Allekirjoituksen luotettua kommenttia on muutettu: allekirjoitukseen ei voi luottaa.</translation>
    </message>
    <message>
        <location line="+324"/>
        <location line="+44"/>
        <location line="+14"/>
        <source>%1 could not be read: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The file has a legacy signature, which Kotona checks only for files up to 64 MiB.</source>
        <translation>Tiedostossa on vanhan tyyppinen allekirjoitus, jonka Kotona tarkistaa vain enintään 64 MiB:n tiedostoista.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is too large to be a key or a signature.</source>
        <translation>%1 on liian suuri ollakseen avain tai allekirjoitus.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::Error</name>
    <message>
        <location filename="../core/sync/syncerror.cpp" line="+34"/>
        <source>The update is damaged and was not installed. Your guides are unchanged. Try again later or use another update source.</source>
        <translation>Päivitys on vioittunut, eikä sitä asennettu. Oppaasi eivät muuttuneet. Yritä myöhemmin uudelleen tai käytä toista päivityslähdettä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The update is not signed by the Kotona team and was refused. Your guides are unchanged. Use another update source.</source>
        <translation>Päivitys ei ole Kotona-tiimin allekirjoittama, joten sitä ei hyväksytty. Oppaasi eivät muuttuneet. Käytä toista päivityslähdettä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This source offers older guides than the ones you have. Nothing was changed.</source>
        <translation>Tämän lähteen oppaat ovat vanhempia kuin sinun oppaasi. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This source holds guides for another Kotona collection. Nothing was changed.</source>
        <translation>Tämän lähteen oppaat kuuluvat toiseen Kotona-kokoelmaan. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These guides need a newer version of Kotona. Update the app first; your guides are unchanged.</source>
        <translation>Nämä oppaat tarvitsevat Kotonan uudemman version. Päivitä ensin sovellus. Oppaasi eivät muuttuneet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update did not match your guides and was not installed. Your guides are unchanged. Kotona will download the full collection next time.</source>
        <translation>Päivitys ei sopinut yhteen oppaidesi kanssa, eikä sitä asennettu. Oppaasi eivät muuttuneet. Kotona lataa ensi kerralla koko kokoelman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection to the update source. Kotona will try again later.</source>
        <translation>Päivityslähteeseen ei saada yhteyttä. Kotona yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network asks you to sign in first (for example on a web page of the library or café). Sign in with a web browser, then check for updates again.</source>
        <translation>Verkko pyytää sinua kirjautumaan ensin (esimerkiksi kirjaston tai kahvilan verkkosivulla). Kirjaudu verkkoselaimella ja tarkista sitten päivitykset uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update source has not been refreshed for a long time, so it may be out of date. Kotona will try again later; you can also use another source.</source>
        <translation>Päivityslähdettä ei ole päivitetty pitkään aikaan, joten sen tiedot voivat olla vanhentuneita. Kotona yrittää myöhemmin uudelleen. Voit myös käyttää toista lähdettä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s date and time look wrong, so updates cannot be checked. Correct the date and time, then try again.</source>
        <translation>Tämän tietokoneen päivämäärä ja kellonaika näyttävät olevan väärin, joten päivityksiä ei voi tarkistaa. Korjaa päivämäärä ja kellonaika ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is not enough free disk space for the update. Free some space, then try again.</source>
        <translation>Levyllä ei ole tarpeeksi vapaata tilaa päivitystä varten. Vapauta tilaa ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update could not be written to disk. Kotona will try again later.</source>
        <translation>Päivitystä ei voitu tallentaa levylle. Kotona yrittää myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>kotona::sync::PublicKey</name>
    <message>
        <location filename="../core/sync/minisign.cpp" line="-366"/>
        <source>This is not a minisign public key.</source>
        <translation>Tämä ei ole minisignin julkinen avain.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public key uses an algorithm Kotona does not know.</source>
        <translation>Julkinen avain käyttää algoritmia, jota Kotona ei tunne.</translation>
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
        <translation>Tämä ei ole minisignin salainen avain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret key uses an algorithm Kotona does not know.</source>
        <translation>Salainen avain käyttää algoritmia, jota Kotona ei tunne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret key uses a checksum Kotona does not know.</source>
        <translation>Salainen avain käyttää tarkistussummaa, jota Kotona ei tunne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret key is protected in a way Kotona does not know.</source>
        <translation>Salainen avain on suojattu tavalla, jota Kotona ei tunne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret key is encrypted: a password is needed.</source>
        <translation>Salainen avain on salattu: tarvitaan salasana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The password is too long.</source>
        <translation>Salasana on liian pitkä.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The secret key asks for more work to decrypt it than Kotona allows.</source>
        <translation>Salaisen avaimen salauksen purkaminen vaatisi enemmän laskentaa kuin Kotona sallii.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>The key could not be derived from the password: there is not enough memory.</source>
        <translation>Avainta ei voitu johtaa salasanasta: muisti ei riitä.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The password is wrong for this secret key.</source>
        <translation>Salasana on väärä tälle salaiselle avaimelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secret key is damaged: its checksum does not match.</source>
        <translation>Salainen avain on vioittunut: sen tarkistussumma ei täsmää.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secret key is damaged: its two halves do not belong together.</source>
        <translation>Salainen avain on vioittunut: sen kaksi osaa eivät kuulu yhteen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The untrusted comment must be one line of at most %1 bytes.</source>
        <translation>Luottamattoman kommentin on oltava yksi rivi, enintään %1 tavua.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The secret key could not be written to %1: %2</source>
        <translation>Salaista avainta ei voitu kirjoittaa tiedostoon %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+31"/>
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Piirrä sivu näkymättömiin, tallenna PNG-kuvaksi ja lopeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (fi, sv, en, ar, uk, ru, so, fa, et).</source>
        <translation>Käyttöliittymän kieli (fi, sv, en, ar, uk, ru, so, fa, et).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to open: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Avattava sivu: home, firstrun, topic:ID, guide:ID, search:SANAT, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window size, for example 1280x800.</source>
        <translation>Ikkunan koko, esimerkiksi 1280x800.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>Tulosta millisekunnit ensimmäiseen kuvaan asti ja lopeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the content pack and your saved data.</source>
        <translation>Kansio sisältöpaketille ja tallennetuille tiedoillesi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print a line when the first frame is on screen.</source>
        <translation>Tulosta rivi, kun ensimmäinen kuva on näytöllä.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: oppaat elämään Suomessa, omalla kielelläsi, ilman verkkoa.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown language &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Tuntematon kieli ”%1”. Valitse jokin näistä: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Käyttöliittymää ei voitu ladata. Asenna Kotona uudelleen; jos se ei auta, ilmoita tästä virheestä.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The size &quot;%1&quot; is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Koko ”%1” ei kelpaa. Kirjoita se muodossa LEVEYSxKORKEUS, esimerkiksi 1280x800.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no page called &quot;%1&quot;. Pages: home, firstrun, topic:ID, guide:ID, search:WORDS, services, glossary, saved, checklist:ID, settings, updates.</source>
        <translation>Sivua ”%1” ei ole. Sivut: home, firstrun, topic:ID, guide:ID, search:SANAT, services, glossary, saved, checklist:ID, settings, updates.</translation>
    </message>
</context>
</TS>
