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
        <location line="+23" />
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your guide to everyday life in Finland</source>
        <translation>Opas arkeen Suomessa</translation>
    </message>
    <message>
        <location line="+23" />
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
    <name>kotona-pack</name>
    <message>
        <location filename="../app/pack/main.cpp" line="+17" />
        <source>Builds, checks and publishes Kotona content packs.

Commands:
  (none yet) commands arrive as the content pack is built</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The command to run.</source>
        <translation>Suoritettava komento.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Komennot näet ajamalla kotona-pack --help.</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+48" />
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Kuvakaappausta ei voitu tallentaa tiedostoon %1. Tarkista, että kansio on olemassa ja siihen voi kirjoittaa.</translation>
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
        <location line="+2" />
        <source>Health</source>
        <translation>Terveys</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Terveysasemat, hätätilanteet, mielenterveys, neuvolat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Asunnon etsiminen, vuokra, asumistuki, järjestyssäännöt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Työnhaku, sopimukset, palkka, verot, oikeutesi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Education</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language courses, schools, degrees, day care</source>
        <translation>Kielikurssit, koulut, tutkinnot, varhaiskasvatus</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Lapset, perhe-etuudet, avioliitto, turvallisuus kotona</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Society</source>
        <translation>Yhteiskunta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Oikeudet ja velvollisuudet, äänestäminen, tasa-arvo, yhdistykset</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Safety</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Hätänumerot, poliisi, paloturvallisuus, huijaukset</translation>
    </message>
    <message>
        <location line="+2" />
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
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+26" />
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Piirrä sivu näkymättömiin, tallenna PNG-kuvaksi ja lopeta.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User interface language (fi, sv, en).</source>
        <translation>Käyttöliittymän kieli (fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page to show with --screenshot (home).</source>
        <translation>Sivu, joka näytetään --screenshot-valitsimella (home).</translation>
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
        <location line="+2" />
        <source>Print a line when the first frame is on screen.</source>
        <translation>Tulosta rivi, kun ensimmäinen kuva on näytöllä.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: oppaat elämään Suomessa, omalla kielelläsi, ilman verkkoa.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unknown language "%1". Choose one of: %2.</source>
        <translation>Tuntematon kieli ”%1”. Valitse jokin näistä: %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Käyttöliittymää ei voitu ladata. Asenna Kotona uudelleen; jos se ei auta, ilmoita tästä virheestä.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The size "%1" is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Koko ”%1” ei kelpaa. Kirjoita se muodossa LEVEYSxKORKEUS, esimerkiksi 1280x800.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no page called "%1". Pages: home.</source>
        <translation>Sivua ”%1” ei ole. Sivut: home.</translation>
    </message>
</context>
</TS>