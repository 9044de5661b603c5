<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>EmergencyStrip</name>
    <message>
        <location filename="../qml/components/EmergencyStrip.qml" line="+34" />
        <source>Emergency 112</source>
        <extracomment>The emergency number in Finland; keep the digits.</extracomment>
        <translation>Nödnummer 112</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Police, ambulance, fire and rescue. Free, day and night.</source>
        <translation>Polis, ambulans, brand och räddning. Gratis, dygnet runt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="+13" />
        <source>Home</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Kotona</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your guide to everyday life in Finland</source>
        <translation>Din guide till vardagen i Finland</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../qml/components/LanguageButton.qml" line="+15" />
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
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
        <translation>Sök i guider, tjänster och ord</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search</source>
        <translation>Sök</translation>
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
        <translation>Kommandot som ska köras.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run kotona-pack --help to see the commands.</source>
        <translation>Kör kotona-pack --help för att se kommandona.</translation>
    </message>
</context>
<context>
    <name>kotona::FrameWatcher</name>
    <message>
        <location filename="../app/kotona/framewatcher.cpp" line="+48" />
        <source>Could not write the screenshot to %1. Check that the folder exists and can be written to.</source>
        <translation>Skärmbilden kunde inte sparas i %1. Kontrollera att mappen finns och går att skriva i.</translation>
    </message>
</context>
<context>
    <name>kotona::TopicCatalog</name>
    <message>
        <location filename="../core/content/topiccatalog.cpp" line="+21" />
        <source>First steps</source>
        <translation>Första stegen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address, identity code, residence permit, bank, Kela</source>
        <translation>Adress, personbeteckning, uppehållstillstånd, bank, FPA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health centres, emergencies, mental health, clinics</source>
        <translation>Hälsostationer, nödsituationer, psykisk hälsa, rådgivning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finding a home, rent, housing allowance, house rules</source>
        <translation>Hitta en bostad, hyra, bostadsbidrag, ordningsregler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Job search, contracts, pay, taxes, your rights</source>
        <translation>Jobbsökning, avtal, lön, skatter, dina rättigheter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language courses, schools, degrees, day care</source>
        <translation>Språkkurser, skolor, examina, småbarnspedagogik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Children, family benefits, marriage, safety at home</source>
        <translation>Barn, familjeförmåner, äktenskap, trygghet hemma</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Society</source>
        <translation>Samhälle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rights and duties, voting, equality, associations</source>
        <translation>Rättigheter och skyldigheter, att rösta, jämlikhet, föreningar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Safety</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Emergency numbers, police, fire safety, scams</source>
        <translation>Nödnummer, polis, brandsäkerhet, bedrägerier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free time</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Libraries, sport, culture, meeting people</source>
        <translation>Bibliotek, idrott, kultur, träffa nya människor</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/kotona/main.cpp" line="+26" />
        <source>Render a page offscreen, save it as a PNG and exit.</source>
        <translation>Rita en sida utanför skärmen, spara den som PNG och avsluta.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User interface language (fi, sv, en).</source>
        <translation>Användargränssnittets språk (fi, sv, en).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page to show with --screenshot (home).</source>
        <translation>Sidan som visas med --screenshot (home).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Window size, for example 1280x800.</source>
        <translation>Fönstrets storlek, till exempel 1280x800.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the milliseconds to the first frame and exit.</source>
        <translation>Skriv ut millisekunderna till den första bilden och avsluta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print a line when the first frame is on screen.</source>
        <translation>Skriv ut en rad när den första bilden syns.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kotona: guides for life in Finland, in your language, offline.</source>
        <translation>Kotona: guider för livet i Finland, på ditt språk, utan nätet.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Unknown language "%1". Choose one of: %2.</source>
        <translation>Okänt språk ”%1”. Välj ett av: %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The user interface could not be loaded. Reinstall Kotona; if that does not help, report this error.</source>
        <translation>Användargränssnittet kunde inte laddas. Installera om Kotona; om det inte hjälper, rapportera felet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The size "%1" is not valid. Write it as WIDTHxHEIGHT, for example 1280x800.</source>
        <translation>Storleken ”%1” är ogiltig. Skriv den som BREDDxHÖJD, till exempel 1280x800.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no page called "%1". Pages: home.</source>
        <translation>Det finns ingen sida som heter ”%1”. Sidor: home.</translation>
    </message>
</context>
</TS>