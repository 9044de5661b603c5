<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+34" />
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>Hätänumero 112</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>Poliisi, ambulanssi, palo- ja pelastustoimi. Maksuton, ympäri vuorokauden.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+13" />
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your guide to everyday life in Finland</source>
        <translation>Opas arkeen Suomessa</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Topics</source>
        <translation>Aiheet</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15" />
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+12" />
        <source>Kotona</source>
        <extracomment>Window title: the app's name, not translated in most languages.</extracomment>
        <translation>Kotona</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="+10" />
        <source>Search guides, services and words</source>
        <translation>Hae oppaista, palveluista ja sanoista</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search</source>
        <translation>Haku</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../qml/components/SearchResults.qml" line="+22" />
        <source>Nothing found. Did you mean: %1?</source>
        <extracomment>%1 is a list of words from the guides, e.g. "allowance, allowances"</extracomment>
        <translation>Mitään ei löytynyt. Tarkoititko: %1?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing found. Try another word, or fewer words.</source>
        <translation>Mitään ei löytynyt. Kokeile toista sanaa tai vähempiä sanoja.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>In language: %1</source>
        <extracomment>%1 is the language code of a text shown in another language, e.g. "en"</extracomment>
        <translation>Kieli: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n more in this guide</source>
        <extracomment>Other matching parts of the same guide</extracomment>
        <translation>
            <numerusform>%n osuma lisää tässä oppaassa</numerusform><numerusform>%n osumaa lisää tässä oppaassa</numerusform></translation>
    </message>
</context>
<context>
    <name>kotona::ContentStore</name>
    <message>
        <location filename="../core/content/contentstore.cpp" line="+41" />
        <source>The content pack %1 is missing.</source>
        <translation>Sisältöpakettia %1 ei löydy.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+21" />
        <location line="+21" />
        <source>The content pack is damaged and cannot be read.</source>
        <translation>Sisältöpaketti on vioittunut, eikä sitä voi lukea.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>The content pack is newer than this version of Kotona. Update Kotona to read it.</source>
        <translation>Sisältöpaketti on uudempi kuin tämä Kotonan versio. Päivitä Kotona, niin voit lukea paketin.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The content pack is from an older version of Kotona.</source>
        <translation>Sisältöpaketti on Kotonan vanhemmasta versiosta.</translation>
    </message>
</context>
<context>
    <name>kotona::FinnishHolidays</name>
    <message>
        <location filename="../core/services/finnishholidays.cpp" line="+60" />
        <source>New Year's Day</source>
        <translation>Uudenvuodenpäivä</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Epiphany</source>
        <translation>Loppiainen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good Friday</source>
        <translation>Pitkäperjantai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Easter Sunday</source>
        <translation>Pääsiäispäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Easter Monday</source>
        <translation>2. pääsiäispäivä</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May Day</source>
        <translation>Vappu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ascension Day</source>
        <translation>Helatorstai</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whitsun</source>
        <translation>Helluntaipäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Midsummer Eve</source>
        <translation>Juhannusaatto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Midsummer Day</source>
        <translation>Juhannuspäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All Saints' Day</source>
        <translation>Pyhäinpäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Independence Day</source>
        <translation>Itsenäisyyspäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Christmas Eve</source>
        <translation>Jouluaatto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Christmas Day</source>
        <translation>Joulupäivä</translation>
    </message>
    <message>
        <location line="+2" />
        <source>St Stephen's Day</source>
        <translation>Tapaninpäivä</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+59" />
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Kuvakaappausta ei voitu tallentaa tiedostoon %1. Tarkista, että kansio on olemassa ja siihen voi kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>kotona::OpenStatus</name>
    <message>
        <location filename="../core/services/openstatus.cpp" line="+135" />
        <source>Opening hours: %1</source>
        <translation>Aukioloajat: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening hours unknown</source>
        <translation>Aukioloajat eivät ole tiedossa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closes soon (%1)</source>
        <translation>Sulkeutuu pian (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open now, closes %1 at %2</source>
        <translation>Avoinna nyt, sulkeutuu %1 klo %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open now, closes at %1</source>
        <translation>Avoinna nyt, sulkeutuu klo %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Closed, opens at %1</source>
        <translation>Suljettu, avautuu klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens tomorrow at %1</source>
        <translation>Suljettu, avautuu huomenna klo %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Closed, opens Monday at %1</source>
        <translation>Suljettu, avautuu maanantaina klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Tuesday at %1</source>
        <translation>Suljettu, avautuu tiistaina klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Wednesday at %1</source>
        <translation>Suljettu, avautuu keskiviikkona klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Thursday at %1</source>
        <translation>Suljettu, avautuu torstaina klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Friday at %1</source>
        <translation>Suljettu, avautuu perjantaina klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Saturday at %1</source>
        <translation>Suljettu, avautuu lauantaina klo %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed, opens Sunday at %1</source>
        <translation>Suljettu, avautuu sunnuntaina klo %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Closed, opens %1 at %2</source>
        <translation>Suljettu, avautuu %1 klo %2</translation>
    </message>
</context>
<context>
    <name>kotona::OpeningHours</name>
    <message>
        <location filename="../core/services/openinghours.cpp" line="+149" />
        <source>the opening hours are empty at column %1</source>
        <translation>aukioloajat ovat tyhjät (sarake %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected a rule after "," at column %1</source>
        <translation>merkin ”,” jälkeen pitää olla sääntö (sarake %1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected a rule before "%2" at column %1</source>
        <translation>ennen merkkiä ”%2” pitää olla sääntö (sarake %1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>fallback rules ("||") are not supported at column %1</source>
        <translation>varasääntöjä (”||”) ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expected ";" before "%2" at column %1</source>
        <translation>ennen kohtaa ”%2” pitää olla ”;” (sarake %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected ";" or the end of the text, found "%2" at column %1</source>
        <translation>tässä pitää olla ”;” tai tekstin loppu, mutta tässä on ”%2” (sarake %1)</translation>
    </message>
    <message>
        <location line="+77" />
        <source>expected a day like Mo or a month like Jan before "-" at column %1</source>
        <translation>ennen merkkiä ”-” pitää olla päivä, kuten Mo, tai kuukausi, kuten Jan (sarake %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unexpected "%2" at column %1</source>
        <translation>odottamaton merkki ”%2” (sarake %1)</translation>
    </message>
    <message>
        <location line="+68" />
        <source>expected a month like Aug at column %1</source>
        <translation>tässä pitää olla kuukausi, kuten Aug (sarake %1)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>expected a day like 26 or a month like Jan at column %1</source>
        <translation>tässä pitää olla päivä, kuten 26, tai kuukausi, kuten Jan (sarake %1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the day range ends before it starts at column %1</source>
        <translation>päiväväli päättyy ennen kuin se alkaa (sarake %1)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>weekdays of the month such as "Mo[1]" are not supported at column %1</source>
        <translation>kuukauden viikonpäiviä, kuten ”Mo[1]”, ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+41" />
        <source>open-ended times such as "10:00+" are not supported at column %1</source>
        <translation>avoimia päättymisaikoja, kuten ”10:00+”, ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>expected "-" and a closing time like 16:00 at column %1</source>
        <translation>tässä pitää olla ”-” ja sulkeutumisaika, kuten 16:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the time span ends when it starts at column %1</source>
        <translation>aikaväli päättyy samaan aikaan kuin se alkaa (sarake %1)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>expected a time like 09:00 at column %1</source>
        <translation>tässä pitää olla kellonaika, kuten 09:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>"%2" is not a closing time (00:00-48:00) at column %1</source>
        <translation>”%2” ei kelpaa sulkeutumisajaksi; sallittu on 00:00-48:00 (sarake %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%2" is not an opening time (00:00-23:59) at column %1</source>
        <translation>”%2” ei kelpaa avautumisajaksi; sallittu on 00:00-23:59 (sarake %1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unexpected "," between the days and the times at column %1</source>
        <translation>päivien ja kellonaikojen välissä ei saa olla merkkiä ”,” (sarake %1)</translation>
    </message>
    <message>
        <location line="+33" />
        <source>expected a day of the month like 24 at column %1</source>
        <translation>tässä pitää olla kuukauden päivä, kuten 24 (sarake %1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%2 %3" is not a date at column %1</source>
        <translation>”%2 %3” ei ole päivämäärä (sarake %1)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the comment that starts at column %1 has no closing quote</source>
        <translation>sarakkeesta %1 alkavasta kommentista puuttuu loppulainausmerkki</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+16" />
        <source>write days as Mo, Tu, We, Th, Fr, Sa, Su or PH at column %1</source>
        <translation>kirjoita päivät muodossa Mo, Tu, We, Th, Fr, Sa, Su tai PH (sarake %1)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>school holidays (SH) are not supported at column %1</source>
        <translation>koulujen lomia (SH) ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected a day like Mo or PH at column %1</source>
        <translation>tässä pitää olla päivä, kuten Mo tai PH (sarake %1)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%2" is not supported at column %1</source>
        <translation>sanaa ”%2” ei tueta (sarake %1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown word "%2" at column %1</source>
        <translation>tuntematon sana ”%2” (sarake %1)</translation>
    </message>
</context>
<context>
    <name>kotona::PackInstaller</name>
    <message>
        <location filename="../core/content/packinstaller.cpp" line="+71" />
        <source>No content pack could be opened, and the pack that came with Kotona is missing or damaged. Reinstall Kotona.</source>
        <translation>Yhtäkään sisältöpakettia ei voitu avata, ja Kotonan mukana tullut paketti puuttuu tai on vioittunut. Asenna Kotona uudelleen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The installed content belonged to another pack. The content that came with Kotona was restored; the other file was kept as %1.</source>
        <translation>Asennettu sisältö kuului toiseen pakettiin. Kotonan mukana tullut sisältö palautettiin; toinen tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 The content that came with Kotona was restored; the old file was kept as %2.</source>
        <translation>%1 Kotonan mukana tullut sisältö palautettiin; vanha tiedosto säilytettiin nimellä %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The content could not be copied to %1. Check that the disk is not full.</source>
        <translation>Sisältöä ei voitu kopioida kansioon %1. Tarkista, ettei levy ole täynnä.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21" />
        <source>First steps</source>
        <translation>Ensimmäiset askeleet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>Osoite, henkilötunnus, oleskelulupa, pankki, Kela</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Terveysasemat, hätätilanteet, mielenterveys, neuvolat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Asunnon etsiminen, vuokra, asumistuki, järjestyssäännöt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Työnhaku, sopimukset, palkka, verot, oikeutesi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language courses, schools, degrees, day care</source>
        <translation>Kielikurssit, koulut, tutkinnot, varhaiskasvatus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Lapset, perhe-etuudet, avioliitto, turvallisuus kotona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Society</source>
        <translation>Yhteiskunta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Oikeudet ja velvollisuudet, äänestäminen, tasa-arvo, yhdistykset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Hätänumerot, poliisi, paloturvallisuus, huijaukset</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free time</source>
        <translation>Vapaa-aika</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libraries, sport, culture, meeting people</source>
        <translation>Kirjastot, liikunta, kulttuuri, uudet tuttavat</translation>
    </message>
</context>
<context>
    <name>kotona::UserStore</name>
    <message>
        <location filename="../core/session/userstore.cpp" line="+35" />
        <source>Your saved data could not be opened: %1</source>
        <translation>Tallennettuja tietojasi ei voitu avata: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your saved data is damaged.</source>
        <translation>Tallennetut tietosi ovat vioittuneet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your saved data comes from a newer version of Kotona. Update Kotona to use it; it was not changed.</source>
        <translation>Tallennetut tietosi ovat Kotonan uudemmasta versiosta. Päivitä Kotona, niin voit käyttää niitä; tietoja ei muutettu.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your saved data could not be upgraded: %1</source>
        <translation>Tallennettuja tietojasi ei voitu päivittää: %1</translation>
    </message>
</context>
<context>
    <name>kotona::cli</name>
    <message>
        <location filename="../app/pack/commands.cpp" line="+21" />
        <location filename="../app/pack/main.cpp" line="+71" />
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Komennot näet ajamalla kotona-pack --help.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Löytyi %n ongelma.</numerusform>
            <numerusform>Löytyi %n ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>validate needs one content folder: kotona-pack validate DIR</source>
        <translation>komento validate tarvitsee yhden sisältökansion: kotona-pack validate KANSIO</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 guides, %3 glossary terms, %4 services, %5 checklists: no problems.</source>
        <translation>%1: oppaita %2, sanaston termejä %3, palveluita %4, tarkistuslistoja %5: ei ongelmia.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>build needs a content folder and an output file: kotona-pack build DIR -o PACK</source>
        <translation>komento build tarvitsee sisältökansion ja tulostiedoston: kotona-pack build KANSIO -o PAKETTI</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The pack was not built.</source>
        <translation>Pakettia ei koottu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The pack could not be written: %1</source>
        <translation>Pakettia ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 sections, %3 bytes, content digest %4</source>
        <translation>%1: osioita %2, tavuja %3, sisällön tiiviste %4</translation>
    </message>
    <message>
        <location line="+14" />
        <source>inspect needs one pack file: kotona-pack inspect PACK [--json]</source>
        <translation>komento inspect tarvitsee yhden pakettitiedoston: kotona-pack inspect PAKETTI [--json]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Records</source>
        <translation>Tietueet</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Translations (o original, r reviewed, m machine, u outdated, . missing)</source>
        <translation>Käännökset (o alkuperäinen, r tarkistettu, m konekäännös, u vanhentunut, . puuttuu)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>diff needs two pack files: kotona-pack diff OLD NEW [--json]</source>
        <translation>komento diff tarvitsee kaksi pakettitiedostoa: kotona-pack diff VANHA UUSI [--json]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The packs hold the same records.</source>
        <translation>Paketeissa on samat tietueet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>search needs a pack and a query: kotona-pack search PACK QUERY [--lang L] [--limit N] [--json]</source>
        <translation>search tarvitsee paketin ja hakusanat: kotona-pack search PAKETTI HAKU [--lang L] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+36" />
        <source>No results.</source>
        <translation>Ei tuloksia.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Did you mean: %1</source>
        <translation>Tarkoititko: %1</translation>
    </message>
    <message>
        <location filename="../app/pack/bench.cpp" line="+153" />
        <source>Usage: kotona-pack bench open PACK [--json]</source>
        <translation>Käyttö: kotona-pack bench open PAKETTI [--json]</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Usage: kotona-pack bench search-quality PACK [--queries FILE] [--json]</source>
        <translation>Käyttö: kotona-pack bench search-quality PAKETTI [--queries TIEDOSTO] [--json]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot read %1.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No queries in %1.</source>
        <translation>Tiedostossa %1 ei ole hakuja.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Usage: kotona-pack bench build [--sections N] [--data DIR] [--json]</source>
        <translation>Käyttö: kotona-pack bench build [--sections N] [--data KANSIO] [--json]</translation>
    </message>
    <message>
        <location line="-292" />
        <source>--sections must be at least 10</source>
        <translation>valitsimen --sections arvon on oltava vähintään 10</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No guides in %1 to take sentences from (use --data DIR).</source>
        <translation>Kansiossa %1 ei ole oppaita, joista ottaa lauseita (käytä valitsinta --data KANSIO).</translation>
    </message>
    <message>
        <location filename="../app/pack/main.cpp" line="-1" />
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
</context>
<context>
    <name>kotona::pack::ContentSource</name>
    <message>
        <location filename="../core/pack/contentsource.cpp" line="+66" />
        <source>%1 must be a map of language: text</source>
        <translation>%1 on annettava kielittäin muodossa kieli: teksti</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+316" />
        <source>unknown language "%1"</source>
        <translation>tuntematon kieli ”%1”</translation>
    </message>
    <message>
        <location line="-302" />
        <source>missing field "%1" (a date like 2026-01-31)</source>
        <translation>kenttä ”%1” puuttuu (päivämäärä muodossa 2026-01-31)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"%1" is not a date like 2026-01-31</source>
        <translation>”%1” ei ole päivämäärä muodossa 2026-01-31</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 %2 is in the future</source>
        <translation>%1 %2 on tulevaisuudessa</translation>
    </message>
    <message>
        <location line="+14" />
        <source>missing sources: list the official pages the facts come from</source>
        <translation>lähteet puuttuvat: luettele viralliset sivut, joilta tiedot ovat peräisin</translation>
    </message>
    <message>
        <location line="+5" />
        <source>source "%1" is not a web address</source>
        <translation>lähde ”%1” ei ole verkko-osoite</translation>
    </message>
    <message>
        <location line="+27" />
        <source>missing field "pack_id"</source>
        <translation>kenttä ”pack_id” puuttuu</translation>
    </message>
    <message>
        <location line="+18" />
        <source>language code "%1" must be two or three lowercase letters</source>
        <translation>kielikoodin ”%1” on oltava kaksi tai kolme pientä kirjainta</translation>
    </message>
    <message>
        <location line="+6" />
        <source>duplicate language "%1"</source>
        <translation>kieli ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>direction of "%1" must be ltr or rtl</source>
        <translation>kielen ”%1” kirjoitussuunnan on oltava ltr tai rtl</translation>
    </message>
    <message>
        <location line="+4" />
        <source>language "%1" needs its native and English names</source>
        <translation>kielelle ”%1” tarvitaan nimi kielellä itsellään ja englanniksi</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no languages are listed</source>
        <translation>yhtään kieltä ei ole lueteltu</translation>
    </message>
    <message>
        <location line="+18" />
        <source>topic without id</source>
        <translation>aiheelta puuttuu id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicate topic "%1"</source>
        <translation>aihe ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>topic "%1" has no title</source>
        <translation>aiheella ”%1” ei ole otsikkoa</translation>
    </message>
    <message>
        <location line="+21" />
        <source>municipality without id</source>
        <translation>kunnalta puuttuu id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicate municipality "%1"</source>
        <translation>kunta ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+30" />
        <source>file name must be &lt;language&gt;.md or &lt;language&gt;.easy.md with a language of languages.yaml</source>
        <translation>tiedostonimen on oltava &lt;language&gt;.md tai &lt;language&gt;.easy.md, ja kielen on oltava tiedostossa languages.yaml</translation>
    </message>
    <message>
        <location line="+8" />
        <source>id "%1" does not match its folder: it must be "%2"</source>
        <translation>id ”%1” ei vastaa kansiota: sen on oltava ”%2”</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+228" />
        <source>missing field "title"</source>
        <translation>kenttä ”title” puuttuu</translation>
    </message>
    <message>
        <location line="-226" />
        <source>missing field "summary"</source>
        <translation>kenttä ”summary” puuttuu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>an original needs "revision": a whole number from 1</source>
        <translation>alkuperäistekstissä on oltava ”revision”: kokonaisluku, vähintään 1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a translation needs "translated_from" like en@1: the original's language and revision</source>
        <translation>käännöksessä on oltava ”translated_from”, esimerkiksi en@1: alkuperäistekstin kieli ja versio</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"translation" must be original, reviewed or machine</source>
        <translation>kentän ”translation” arvon on oltava original, reviewed tai machine</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the guide has no text</source>
        <translation>oppaassa ei ole tekstiä</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown topic "%1": see topics.yaml</source>
        <translation>tuntematon aihe ”%1”: katso topics.yaml</translation>
    </message>
    <message>
        <location line="+13" />
        <source>guide folder without any &lt;language&gt;.md file</source>
        <translation>oppaan kansiossa ei ole yhtään &lt;language&gt;.md-tiedostoa</translation>
    </message>
    <message>
        <location line="+28" />
        <source>id "%1" must equal the file name "%2"</source>
        <translation>id ”%1” ei vastaa tiedostonimeä: sen on oltava ”%2”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>missing "terms": the term and its explanation per language</source>
        <translation>”terms” puuttuu: termi ja sen selitys kullakin kielellä</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" needs both term and explanation</source>
        <translation>kielellä ”%1” on oltava sekä term että explanation</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+194" />
        <source>unknown municipality "%1": see municipalities.yaml</source>
        <translation>tuntematon kunta ”%1”: katso municipalities.yaml</translation>
    </message>
    <message>
        <location line="-170" />
        <source>service without id</source>
        <translation>palvelulta puuttuu id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>duplicate service id "%1"</source>
        <translation>palvelun id ”%1” on useaan kertaan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>service "%1" has no name</source>
        <translation>palvelulla ”%1” ei ole nimeä</translation>
    </message>
    <message>
        <location line="+8" />
        <source>coordinates of "%1" are not in Finland</source>
        <translation>palvelun ”%1” koordinaatit eivät ole Suomessa</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid opening_hours: %1</source>
        <translation>opening_hours on virheellinen: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>file name must be &lt;language&gt;.md with a language of languages.yaml</source>
        <translation>tiedostonimen on oltava &lt;language&gt;.md, ja kielen on oltava tiedostossa languages.yaml</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a checklist needs items written as "- [ ] task"</source>
        <translation>tarkistuslistassa on oltava kohtia muodossa ”- [ ] tehtävä”</translation>
    </message>
    <message>
        <location line="+56" />
        <source>a second original of %1: only one language is the original</source>
        <translation>toinen alkuperäisteksti oppaalle %1: vain yksi kieli voi olla alkuperäinen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a translation without its original: add the original text of %1</source>
        <translation>käännös ilman alkuperäistekstiä: lisää oppaan %1 alkuperäinen teksti</translation>
    </message>
    <message>
        <location line="+5" />
        <source>translated_from names %1 but the original is %2.md</source>
        <translation>translated_from mainitsee kielen %1, mutta alkuperäisteksti on %2.md</translation>
    </message>
    <message>
        <location line="+5" />
        <source>translated_from revision %1 is newer than the original's revision %2</source>
        <translation>translated_from-kentän versio %1 on uudempi kuin alkuperäistekstin versio %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>municipality differs from the original's ("%1")</source>
        <translation>kunta on eri kuin alkuperäistekstissä (”%1”)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>link to a %1 that does not exist: %2</source>
        <translation>linkin kohdetta ei ole olemassa (%1): %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>glossary term "%1" does not exist</source>
        <translation>sanaston termiä ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+7" />
        <source>service "%1" does not exist</source>
        <translation>palvelua ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the guide %1 has no original text</source>
        <translation>oppaalla %1 ei ole alkuperäistekstiä</translation>
    </message>
    <message>
        <location line="+7" />
        <source>related term "%1" does not exist</source>
        <translation>liittyvää termiä ”%1” ei ole olemassa</translation>
    </message>
    <message>
        <location line="+12" />
        <source>service "%1": unknown topic "%2"</source>
        <translation>palvelu ”%1”: tuntematon aihe ”%2”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the content folder does not exist</source>
        <translation>sisältökansiota ei ole olemassa</translation>
    </message>
</context>
<context>
    <name>kotona::pack::SourceFile</name>
    <message>
        <location filename="../core/pack/sourcefile.cpp" line="+59" />
        <source>cannot be read: %1</source>
        <translation>tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>is %1 KiB; the limit is %2 KiB: split it into several guides</source>
        <translation>tiedoston koko on %1 KiB, ja raja on %2 KiB: jaa se useaksi oppaaksi</translation>
    </message>
    <message>
        <location line="+11" />
        <source>starts with a byte order mark (BOM): save it as UTF-8 without BOM</source>
        <translation>tiedoston alussa on tavujärjestysmerkki (BOM): tallenna se UTF-8-muodossa ilman BOMia</translation>
    </message>
    <message>
        <location line="+8" />
        <source>is not valid UTF-8: save it as UTF-8</source>
        <translation>tiedosto ei ole kelvollista UTF-8:aa: tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <location line="+8" />
        <source>has Windows line endings (CRLF): save it with LF line endings</source>
        <translation>tiedostossa on Windowsin rivinvaihdot (CRLF): tallenna se LF-rivinvaihdoin</translation>
    </message>
    <message>
        <location line="+7" />
        <source>contains NUL bytes: it is not a text file</source>
        <translation>tiedostossa on NUL-tavuja: se ei ole tekstitiedosto</translation>
    </message>
    <message>
        <location line="+14" />
        <source>malformed YAML: %1</source>
        <translation>virheellinen YAML: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must begin with front matter: a line "---", the YAML fields, and "---"</source>
        <translation>tiedoston alussa on oltava metatieto-osa (front matter): rivi ”---”, YAML-kentät ja rivi ”---”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>front matter is not closed by a line "---"</source>
        <translation>metatieto-osaa ei ole suljettu rivillä ”---”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>front matter must be YAML fields (key: value)</source>
        <translation>metatieto-osan on oltava YAML-kenttiä (avain: arvo)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+27" />
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Piirrä sivu näkymättömiin, tallenna PNG-kuvaksi ja lopeta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>User interface language (fi, sv, en).</source>
        <translation>Käyttöliittymän kieli (fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page to show with --screenshot (home, search:WORDS).</source>
        <translation>Sivu, joka näytetään --screenshot-valitsimella (home, search:SANAT).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window size, for example 1280x800.</source>
        <translation>Ikkunan koko, esimerkiksi 1280x800.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>Tulosta millisekunnit ensimmäiseen kuvaan asti ja lopeta.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder for the content pack and your saved data.</source>
        <translation>Kansio sisältöpaketille ja tallennetuille tiedoillesi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print a line when the first frame is on screen.</source>
        <translation>Tulosta rivi, kun ensimmäinen kuva on näytöllä.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: oppaat elämään Suomessa, omalla kielelläsi, ilman verkkoa.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Unknown language "%1". Choose one of: %2.</source>
        <translation>Tuntematon kieli ”%1”. Valitse jokin näistä: %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Käyttöliittymää ei voitu ladata. Asenna Kotona uudelleen; jos se ei auta, ilmoita tästä virheestä.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The size "%1" is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Koko ”%1” ei kelpaa. Kirjoita se muodossa LEVEYSxKORKEUS, esimerkiksi 1280x800.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>There is no page called "%1". Pages: home, search:WORDS.</source>
        <translation>Sivua ”%1” ei ole. Sivut: home, search:SANAT.</translation>
    </message>
</context>
</TS>