<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionPlanXlsx</name>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Moeite</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>Choose open, in progress or done.</source>
        <translation>Kies open, bezig of gedaan.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Kwetsbaarheden</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versie vragenlijst</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>%1, of which %2 done</source>
        <translation>%1, waarvan %2 gedaan</translation>
    </message>
    <message>
        <source>%1 open or in progress, from %2 security advisories matched against your %3 systems</source>
        <translation>%1 open of bezig, uit %2 beveiligingsadviezen naast je %3 systemen gelegd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>To fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Choose each step&apos;s status from the list and fill in who takes it on and when it should be done. The Id column matches a step with the same step in a later plan.</source>
        <translation>Kies per stap de status in de keuzelijst en vul in wie hem oppakt en wanneer hij klaar moet zijn. De kolom Id koppelt een stap aan dezelfde stap in een later plan.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over dit plan</translation>
    </message>
</context>
<context>
    <name>AdvisorySection</name>
    <message>
        <source> (in progress)</source>
        <translation> (bezig)</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Kwetsbaarheden:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Ernst:</translation>
    </message>
    <message>
        <source>Advisory:</source>
        <translation>Advies:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Vulnerabilities in your systems</source>
        <translation>Kwetsbaarheden in je systemen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Your %1 systems matched against the %2 security advisories you imported into Zelfscan. These are the steps still open or in progress, the most urgent first.</source>
        <translation>Je %1 systemen naast de %2 beveiligingsadviezen die je in Zelfscan hebt ingelezen. Dit zijn de stappen die nog open staan of waar je mee bezig bent, de dringendste eerst.</translation>
    </message>
    <message>
        <source>No open steps: none of these advisories asks anything of you now.</source>
        <translation>Geen open stappen: geen van deze adviezen vraagt nu iets van je.</translation>
    </message>
    <message numerus="yes">
        <source>Besides these, %n possible match(es) need checking by hand because the version could not be decided. You find them in Zelfscan under Vulnerabilities.</source>
        <translation>
            <numerusform>Daarnaast moet je %n mogelijke treffer zelf nakijken, omdat de versie niet vast te stellen was. Je vindt hem in Zelfscan onder Kwetsbaarheden.</numerusform>
            <numerusform>Daarnaast moet je %n mogelijke treffers zelf nakijken, omdat de versie niet vast te stellen was. Je vindt ze in Zelfscan onder Kwetsbaarheden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateXlsx</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over deze cijfers</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>onderdrukt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Hash (sha256)</source>
        <translation>Hash (sha256)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Verzonnen gegevens</translation>
    </message>
    <message>
        <source>yes: not real results</source>
        <translation>ja: geen echte resultaten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Smallest group (k)</source>
        <translation>Kleinste groep (k)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Suppressed groups</source>
        <translation>Onderdrukte groepen</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Kwartielen</translation>
    </message>
    <message>
        <source>linear interpolation between order statistics (type 7), rounded to one decimal</source>
        <translation>lineaire interpolatie tussen ordestatistieken (type 7), afgerond op één decimaal</translation>
    </message>
    <message>
        <source>Every group, score, class or step with fewer than k results is suppressed.</source>
        <translation>Elke groep, score, klasse of stap met minder dan k resultaten is onderdrukt.</translation>
    </message>
    <message>
        <source>Where a shown total would give away a suppressed entry, another entry (or the total) is suppressed too.</source>
        <translation>Waar een getoond totaal een onderdrukte waarde zou verraden, is nog een waarde (of het totaal) onderdrukt.</translation>
    </message>
    <message>
        <source>A suppressed group shows no scores, classes or steps.</source>
        <translation>Een onderdrukte groep toont geen scores, klassen of stappen.</translation>
    </message>
    <message>
        <source>A questionnaire version with fewer than k results is not shown at all.</source>
        <translation>Een vragenlijstversie met minder dan k resultaten wordt helemaal niet getoond.</translation>
    </message>
    <message>
        <source>&quot;suppressed&quot; means: there are results, but too few to show. A missing group, class or step means zero. Versions are never mixed. See docs/share-format.md.</source>
        <translation>&quot;onderdrukt&quot; betekent: er zijn resultaten, maar te weinig om te tonen. Een ontbrekende groep, klasse of stap betekent nul. Versies worden nooit gemengd. Zie docs/share-format.md.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire version(s) with too few results: left out</source>
        <translation>
            <numerusform>%n vragenlijstversie met te weinig resultaten: weggelaten</numerusform>
            <numerusform>%n vragenlijstversies met te weinig resultaten: weggelaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentFile</name>
    <message>
        <source>the file is empty; it is not a Zelfscan assessment</source>
        <translation>het bestand is leeg; het is geen Zelfscan-test</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (%1 at byte %2); it was not opened</source>
        <translation>het bestand is beschadigd of onvolledig (%1 bij byte %2); het is niet geopend</translation>
    </message>
    <message>
        <source>this is not a Zelfscan assessment (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>dit is geen Zelfscan-test (&quot;format&quot;: &quot;%1&quot; ontbreekt)</translation>
    </message>
    <message>
        <source>format_version is missing or not a whole number</source>
        <translation>format_version ontbreekt of is geen geheel getal</translation>
    </message>
    <message>
        <source>this assessment was made by a newer Zelfscan (file format %1; this version reads up to %2); update Zelfscan to open it</source>
        <translation>deze test is gemaakt met een nieuwere Zelfscan (bestandsformaat %1; deze versie leest tot en met %2); werk Zelfscan bij om hem te openen</translation>
    </message>
    <message>
        <source>the file is damaged: &quot;%1&quot; is not an object</source>
        <translation>het bestand is beschadigd: &quot;%1&quot; is geen object</translation>
    </message>
    <message>
        <source>the file is damaged: &quot;%1&quot; is not a list</source>
        <translation>het bestand is beschadigd: &quot;%1&quot; is geen lijst</translation>
    </message>
    <message>
        <source>the profile&apos;s sector &apos;%1&apos; is not known</source>
        <translation>de sector &apos;%1&apos; in het profiel is onbekend</translation>
    </message>
    <message>
        <source>the profile&apos;s size &apos;%1&apos; is not known</source>
        <translation>de omvang &apos;%1&apos; in het profiel is onbekend</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date: %2</source>
        <translation>&apos;%1&apos; is geen geldige datum: %2</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; is damaged</source>
        <translation>het antwoord op &apos;%1&apos; is beschadigd</translation>
    </message>
    <message>
        <source>the answer to measure &apos;%1&apos; is damaged</source>
        <translation>het antwoord bij maatregel &apos;%1&apos; is beschadigd</translation>
    </message>
    <message>
        <source>the file is damaged: it does not say which questionnaire it answers</source>
        <translation>het bestand is beschadigd: er staat niet in bij welke vragenlijst het hoort</translation>
    </message>
    <message>
        <source>the assessment is for questionnaire &apos;%1&apos;, which this Zelfscan does not have</source>
        <translation>de test hoort bij vragenlijst &apos;%1&apos;, die deze Zelfscan niet heeft</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Discuss this measure with your IT supplier and write down what is already in place.</source>
        <translation>Bespreek deze maatregel met je IT-leverancier en leg vast wat er al geregeld is.</translation>
    </message>
    <message>
        <source>Ask your IT supplier, or whoever looks after your IT.</source>
        <translation>Vraag het na bij je IT-leverancier of bij wie je IT regelt.</translation>
    </message>
    <message>
        <source>Only once you know can you decide whether something needs to be done.</source>
        <translation>Pas als je het weet, kun je beslissen of hier iets moet gebeuren.</translation>
    </message>
    <message>
        <source>Find out: %1</source>
        <translation>Zoek uit: %1</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>The first three are TOP points or measures your risk class requires; those always come first.</source>
        <translation>De eerste drie zijn TOP-punten of maatregelen die je risicoklasse vraagt; die gaan altijd voor.</translation>
    </message>
    <message>
        <source>the steps that improve your score the most</source>
        <translation>de stappen die je score het meest verbeteren</translation>
    </message>
    <message>
        <source>because you still score low on most parts</source>
        <translation>omdat je op de meeste onderdelen nog laag scoort</translation>
    </message>
    <message>
        <source>steps that take little effort and achieve a lot</source>
        <translation>stappen die weinig moeite kosten en veel opleveren</translation>
    </message>
    <message>
        <source>because your basics are in good shape</source>
        <translation>omdat je basis al goed staat</translation>
    </message>
    <message>
        <source>the steps with the most effect, even when they take more work</source>
        <translation>de stappen met het meeste effect, ook als ze meer werk zijn</translation>
    </message>
    <message>
        <source>TOP points and what your risk class requires come first; after that %1.</source>
        <translation>TOP-punten en wat je risicoklasse vraagt gaan voor; daarna %1.</translation>
    </message>
    <message>
        <source>TOP points and what your risk class requires come first; after that, %1, %2.</source>
        <translation>TOP-punten en wat je risicoklasse vraagt gaan voor; daarna, %1, %2.</translation>
    </message>
    <message>
        <source>first %1.</source>
        <translation>eerst %1.</translation>
    </message>
    <message>
        <source>%1, first %2.</source>
        <translation>%1, eerst %2.</translation>
    </message>
    <message>
        <source>The first three are TOP points; those always come first.</source>
        <translation>De eerste drie zijn TOP-punten; die gaan altijd voor.</translation>
    </message>
    <message>
        <source>The first three are measures your risk class requires; those always come first.</source>
        <translation>De eerste drie zijn maatregelen die je risicoklasse vraagt; die gaan altijd voor.</translation>
    </message>
    <message>
        <source>TOP points come first; after that %1.</source>
        <translation>TOP-punten gaan voor; daarna %1.</translation>
    </message>
    <message>
        <source>What your risk class requires comes first; after that %1.</source>
        <translation>Wat je risicoklasse vraagt, gaat voor; daarna %1.</translation>
    </message>
    <message>
        <source>TOP points come first; after that, %1, %2.</source>
        <translation>TOP-punten gaan voor; daarna, %1, %2.</translation>
    </message>
    <message>
        <source>What your risk class requires comes first; after that, %1, %2.</source>
        <translation>Wat je risicoklasse vraagt, gaat voor; daarna, %1, %2.</translation>
    </message>
</context>
<context>
    <name>Icalendar</name>
    <message>
        <source>Why: </source>
        <translation>Waarom: </translation>
    </message>
    <message>
        <source>Who: </source>
        <translation>Wie: </translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>file is larger than %1 KiB; refusing to read it</source>
        <translation>het bestand is groter dan %1 KiB en wordt niet gelezen</translation>
    </message>
    <message>
        <source>file is UTF-16 encoded; save it as UTF-8</source>
        <translation>het bestand is in UTF-16 opgeslagen; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>file contains NUL bytes; it is binary, not text</source>
        <translation>het bestand bevat NUL-bytes: het is binair, geen tekst</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8</source>
        <translation>het bestand is geen geldige UTF-8 (misschien Latin-1 of Windows-1252); sla het op als UTF-8</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; refusing to parse</source>
        <translation>het bestand is dieper genest dan %1 niveaus en wordt niet gelezen</translation>
    </message>
    <message>
        <source>indentation is deeper than %1 levels; refusing to parse</source>
        <translation>het bestand springt verder in dan %1 niveaus en wordt niet gelezen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>asset %1 has no id</source>
        <translation>systeem %1 heeft geen id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid asset id: use lower-case letters, digits, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>&apos;%1&apos; is geen geldige id: gebruik kleine letters, cijfers, &apos;_&apos; of &apos;-&apos; (hoogstens 64)</translation>
    </message>
    <message>
        <source>asset id &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>id &apos;%1&apos; komt twee keer voor (eerst in rij %2)</translation>
    </message>
    <message>
        <source>asset &apos;%1&apos;: kind &apos;%2&apos; is not one of %3</source>
        <translation>systeem &apos;%1&apos;: soort &apos;%2&apos; is niet een van %3</translation>
    </message>
    <message>
        <source>asset &apos;%1&apos;: &apos;%2&apos; is not a CPE 2.3 string (cpe:2.3:...) or 2.2 URI (cpe:/...)</source>
        <translation>systeem &apos;%1&apos;: &apos;%2&apos; is geen CPE 2.3-tekst (cpe:2.3:...) of 2.2-URI (cpe:/...)</translation>
    </message>
    <message>
        <source>asset &apos;%1&apos;: &apos;%2&apos; is not a package URL (pkg:type/name@version)</source>
        <translation>systeem &apos;%1&apos;: &apos;%2&apos; is geen package-URL (pkg:type/naam@versie)</translation>
    </message>
    <message>
        <source>asset &apos;%1&apos; cannot be matched: give a product, model, cpe or purl</source>
        <translation>bij systeem &apos;%1&apos; kunnen geen meldingen worden gezocht: vul een product, model, cpe of purl in</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; known: %2</source>
        <translation>onbekende kolom &apos;%1&apos;; bekend zijn: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>kolom &apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>the header row has no &apos;id&apos; column</source>
        <translation>de kopregel heeft geen kolom &apos;id&apos;</translation>
    </message>
    <message>
        <source>file is empty; a CSV inventory needs a header row (id, name, kind, vendor, ...)</source>
        <translation>het bestand is leeg; een CSV-lijst met systemen begint met een kopregel (id, naam, soort, leverancier, ...)</translation>
    </message>
    <message>
        <source>this quote is never closed</source>
        <translation>dit aanhalingsteken wordt nergens gesloten</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>er is geen kopregel</translation>
    </message>
    <message>
        <source>this row has %1 fields, the header %2</source>
        <translation>deze rij heeft %1 velden, de kopregel %2</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the advisory gives no version apart from the product name &apos;%1&apos;</source>
        <translation>het advies noemt geen versie, behalve in de productnaam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the advisory does not state the versions (&apos;%1&apos;)</source>
        <translation>het advies zegt niet om welke versies het gaat (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the version range &apos;%1&apos; cannot be read</source>
        <translation>de versies &apos;%1&apos; zijn niet te lezen</translation>
    </message>
    <message>
        <source>no version of %1 is on record; the advisory concerns %2</source>
        <translation>van %1 staat geen versie op je lijst; het advies gaat over %2</translation>
    </message>
    <message>
        <source>versions %1</source>
        <translation>versies %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>version %1 cannot be compared with the advisory&apos;s %2</source>
        <translation>versie %1 is niet te vergelijken met %2 uit het advies</translation>
    </message>
    <message>
        <source>the update level of %1 is not on record; the advisory concerns %2</source>
        <translation>het updateniveau van %1 staat niet in de lijst; het advies gaat over %2</translation>
    </message>
</context>
<context>
    <name>ModelWording</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 points, from %2 to %3</source>
        <translation>%1 punten, van %2 tot %3</translation>
    </message>
    <message>
        <source>Where you lost the most points:</source>
        <translation>Hier liet je de meeste punten liggen:</translation>
    </message>
    <message>
        <source>Measures for this result:</source>
        <translation>Maatregelen bij deze uitkomst:</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(was %1)</translation>
    </message>
    <message>
        <source>This measure belongs to the result of your answers.</source>
        <translation>Deze maatregel hoort bij de uitkomst van je antwoorden.</translation>
    </message>
    <message>
        <source>This measure belongs to your business&apos;s risk class.</source>
        <translation>Deze maatregel hoort bij de risicoklasse van je bedrijf.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>critical</source>
        <comment>severity</comment>
        <translation>kritiek</translation>
    </message>
    <message>
        <source>high</source>
        <comment>severity</comment>
        <translation>hoog</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>severity</comment>
        <translation>middel</translation>
    </message>
    <message>
        <source>low</source>
        <comment>severity</comment>
        <translation>laag</translation>
    </message>
    <message>
        <source>Keep an eye on %1</source>
        <translation>Houd %1 in de gaten</translation>
    </message>
    <message>
        <source>Update %1 to %2</source>
        <translation>Werk %1 bij naar %2</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Werk %1 bij</translation>
    </message>
    <message>
        <source>Reduce the risk to %1</source>
        <translation>Beperk het risico van %1</translation>
    </message>
    <message>
        <source>Replace %1 or isolate it from the network</source>
        <translation>Vervang %1 of scheid het van het netwerk</translation>
    </message>
    <message>
        <source>Read the advisory on %1</source>
        <translation>Lees het advies over %1</translation>
    </message>
    <message>
        <source>%1 (%2) reports for %3: %4.</source>
        <translation>%1 (%2) meldt voor %3: %4.</translation>
    </message>
    <message>
        <source>Exploitation is reported: %1.</source>
        <translation>Misbruik is gemeld: %1.</translation>
    </message>
    <message>
        <source>The publisher is still investigating whether this system is affected.</source>
        <translation>De uitgever onderzoekt nog of dit systeem kwetsbaar is.</translation>
    </message>
    <message>
        <source>Confidence of the match: %1.</source>
        <translation>Zekerheid van de koppeling: %1.</translation>
    </message>
    <message>
        <source>The vendor offers no fix (&quot;%1&quot;). Replace the system, or put it in a separate network segment that only those who need it can reach.</source>
        <translation>Er is geen oplossing van de leverancier (&quot;%1&quot;). Vervang het systeem, of zet het in een apart netwerkdeel dat alleen bereikbaar is voor wie het nodig heeft.</translation>
    </message>
    <message>
        <source>The publisher&apos;s advice: %1</source>
        <translation>Advies van de uitgever: %1</translation>
    </message>
    <message>
        <source>The advisory names no remediation; read its notes and references.</source>
        <translation>Het advies noemt geen maatregel; lees de toelichting en de links in het advies.</translation>
    </message>
    <message>
        <source> More information: %1</source>
        <translation> Meer informatie: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Health care and welfare</source>
        <translation>Gezondheidszorg en welzijn</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Handel en dienstverlening</translation>
    </message>
    <message>
        <source>ICT</source>
        <translation>ICT</translation>
    </message>
    <message>
        <source>Agriculture, nature and fisheries</source>
        <translation>Landbouw, natuur en visserij</translation>
    </message>
    <message>
        <source>Media and communication</source>
        <translation>Media en communicatie</translation>
    </message>
    <message>
        <source>Education, culture and science</source>
        <translation>Onderwijs, cultuur en wetenschap</translation>
    </message>
    <message>
        <source>Engineering, manufacturing and construction</source>
        <translation>Techniek, productie en bouw</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport en logistiek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Just me (freelancer)</source>
        <translation>Alleen ikzelf (zzp)</translation>
    </message>
    <message>
        <source>2 to 9 people</source>
        <translation>2 tot en met 9 mensen</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 tot en met 49 mensen</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 tot en met 249 mensen</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 mensen of meer</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 van %2 naar %3</translation>
    </message>
    <message>
        <source>1 step done</source>
        <translation>1 stap gedaan</translation>
    </message>
    <message>
        <source>%1 steps done</source>
        <translation>%1 stappen gedaan</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Lower than last time: %1.</source>
        <translation>Lager dan de vorige keer: %1.</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>less than a month old</source>
        <translation>minder dan een maand oud</translation>
    </message>
    <message>
        <source>Result of %1, %2</source>
        <translation>Resultaat van %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n maand oud</numerusform>
            <numerusform>%n maanden oud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n jaar oud</numerusform>
            <numerusform>%n jaar oud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Your score</source>
        <translation>Jouw score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (doel %1)</translation>
    </message>
    <message>
        <source>Radar chart of the score per part. </source>
        <translation>Radardiagram van de score per onderdeel. </translation>
    </message>
    <message>
        <source>Score per part (radar chart)</source>
        <translation>Score per onderdeel (radardiagram)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>%1 in place, %2 missing, %3 unknown</source>
        <translation>%1 geregeld, %2 ontbreken, %3 onbekend</translation>
    </message>
    <message>
        <source>OT importance</source>
        <translation>Belang van de OT</translation>
    </message>
    <message>
        <source>Weakest part</source>
        <translation>Zwakste onderdeel</translation>
    </message>
    <message>
        <source>questionnaire version </source>
        <translation>vragenlijst versie </translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>In één oogopslag</translation>
    </message>
    <message>
        <source>Start with these steps</source>
        <translation>Begin met deze stappen</translation>
    </message>
    <message>
        <source>None: everything asked about is in order.</source>
        <translation>Geen: alles waarnaar gevraagd is, is op orde.</translation>
    </message>
    <message>
        <source>None yet: answer the open questions first.</source>
        <translation>Nog geen: beantwoord eerst de open vragen.</translation>
    </message>
    <message>
        <source>Note: %1 questions were not answered and do not count.</source>
        <translation>Let op: %1 vragen zijn niet beantwoord en tellen niet mee.</translation>
    </message>
    <message>
        <source>Score per part</source>
        <translation>Score per onderdeel</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source> (capped: critical item)</source>
        <translation> (begrensd: kritiek punt)</translation>
    </message>
    <message>
        <source>Importance of the process automation</source>
        <translation>Belang van de procesautomatisering</translation>
    </message>
    <message>
        <source>Your risk class</source>
        <translation>Je risicoklasse</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>What raised your class most:</source>
        <translation>Dit bepaalde je klasse het meest:</translation>
    </message>
    <message>
        <source>Measures for your class</source>
        <translation>Maatregelen voor je klasse</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All next steps</source>
        <translation>Alle volgende stappen</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (gedaan)</translation>
    </message>
    <message>
        <source>critical item</source>
        <translation>kritiek punt</translation>
    </message>
    <message>
        <source>needed for your risk class</source>
        <translation>nodig voor je risicoklasse</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Meer lezen:</translation>
    </message>
    <message>
        <source>No next steps.</source>
        <translation>Geen volgende stappen.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>moeite</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>effect</translation>
    </message>
    <message>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <source>how</source>
        <translation>hoe</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>not the official tool</source>
        <translation>niet het officiële instrument</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sinds de vorige keer</translation>
    </message>
    <message>
        <source>Because of your answer to:</source>
        <translation>Vanwege je antwoord op:</translation>
    </message>
    <message>
        <source>Your answer: %1.</source>
        <translation>Jouw antwoord: %1.</translation>
    </message>
</context>
<context>
    <name>ResultFormat</name>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Could be better</source>
        <translation>Kan beter</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Onvoldoende</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Little work (under an hour)</source>
        <translation>Weinig werk (minder dan een uur)</translation>
    </message>
    <message>
        <source>Moderate (up to a day)</source>
        <translation>Gemiddeld (tot een dag)</translation>
    </message>
    <message>
        <source>A lot of work (a project)</source>
        <translation>Veel werk (een project)</translation>
    </message>
    <message>
        <source>Small effect</source>
        <translation>Klein effect</translation>
    </message>
    <message>
        <source>Medium effect</source>
        <translation>Middelgroot effect</translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation>Groot effect</translation>
    </message>
    <message>
        <source>version </source>
        <translation>versie </translation>
    </message>
    <message>
        <source>Risk class </source>
        <translation>Risicoklasse </translation>
    </message>
    <message>
        <source> points)</source>
        <translation> punten)</translation>
    </message>
    <message>
        <source>What raised your class most:</source>
        <translation>Dit bepaalde je klasse het meest:</translation>
    </message>
    <message>
        <source>Measures for this class:</source>
        <translation>Maatregelen voor deze klasse:</translation>
    </message>
    <message>
        <source>Importance of process automation: </source>
        <translation>Belang van procesautomatisering: </translation>
    </message>
    <message>
        <source>Score per part:</source>
        <translation>Score per onderdeel:</translation>
    </message>
    <message>
        <source> (level </source>
        <translation> (niveau </translation>
    </message>
    <message>
        <source>, target </source>
        <translation>, doel </translation>
    </message>
    <message>
        <source> (capped by a critical item)</source>
        <translation> (begrensd door een kritiek punt)</translation>
    </message>
    <message>
        <source>Overall: </source>
        <translation>Totaal: </translation>
    </message>
    <message>
        <source>Not answered yet: </source>
        <translation>Nog niet beantwoord: </translation>
    </message>
    <message>
        <source>Next steps, most important first:</source>
        <translation>Volgende stappen, belangrijkste eerst:</translation>
    </message>
    <message>
        <source>  [critical]</source>
        <translation>  [kritiek]</translation>
    </message>
    <message>
        <source>How: </source>
        <translation>Hoe: </translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Waarom: </translation>
    </message>
    <message>
        <source>No next steps: everything is in order.</source>
        <translation>Geen volgende stappen: alles is op orde.</translation>
    </message>
    <message>
        <source>No next steps yet: answer the open questions first.</source>
        <translation>Nog geen volgende stappen: beantwoord eerst de open vragen.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>Tool: %1 (version %2)</source>
        <translation>Test: %1 (versie %2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Sector: %1</source>
        <translation>Sector: %1</translation>
    </message>
    <message>
        <source>Size of the business: %1</source>
        <translation>Grootte van het bedrijf: %1</translation>
    </message>
    <message>
        <source>Period: %1, quarter %2 (no date)</source>
        <translation>Periode: %1, kwartaal %2 (geen datum)</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>Score %1: %2</translation>
    </message>
    <message>
        <source>Overall score: %1</source>
        <translation>Totaalscore: %1</translation>
    </message>
    <message>
        <source>Risk class: %1</source>
        <translation>Risicoklasse: %1</translation>
    </message>
    <message>
        <source>Process automation level: %1</source>
        <translation>Niveau procesautomatisering: %1</translation>
    </message>
    <message>
        <source>Steps still open: none</source>
        <translation>Stappen die nog open staan: geen</translation>
    </message>
    <message>
        <source>Steps still open (%1): %2</source>
        <translation>Stappen die nog open staan (%1): %2</translation>
    </message>
    <message>
        <source>Steps you have done: none</source>
        <translation>Stappen die je al hebt gedaan: geen</translation>
    </message>
    <message>
        <source>Steps you have done (%1): %2</source>
        <translation>Stappen die je al hebt gedaan (%1): %2</translation>
    </message>
    <message>
        <source>A random number (%1), only so that a file imported twice is counted once. It says nothing about you.</source>
        <translation>Een willekeurig nummer (%1), alleen om een bestand dat twee keer wordt ingelezen één keer te tellen. Het zegt niets over jou.</translation>
    </message>
    <message>
        <source>A checksum that shows whether the file was damaged or changed.</source>
        <translation>Een controlegetal waarmee te zien is of het bestand beschadigd of veranderd is.</translation>
    </message>
    <message>
        <source>Not in the file: your business&apos;s name, your notes, your answers, dates, and anything you typed yourself.</source>
        <translation>Niet in het bestand: de naam van je bedrijf, je notities, je antwoorden, datums en alles wat je zelf hebt getypt.</translation>
    </message>
    <message>
        <source>The file contains:</source>
        <translation>Het bestand bevat:</translation>
    </message>
</context>
<context>
    <name>ShareChecks</name>
    <message>
        <source>not a Zelfscan share file</source>
        <translation>geen deelbestand van Zelfscan</translation>
    </message>
    <message>
        <source>unsupported schema_version %1</source>
        <translation>schema_version %1 wordt niet ondersteund</translation>
    </message>
    <message>
        <source>tool must be one of %1</source>
        <translation>tool moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>questionnaire id is not a valid id</source>
        <translation>het id van questionnaire is geen geldig id</translation>
    </message>
    <message>
        <source>questionnaire version is not a valid version</source>
        <translation>de versie van questionnaire is geen geldige versie</translation>
    </message>
    <message>
        <source>questionnaire hash must be 64 lower-case hex digits</source>
        <translation>de hash van questionnaire moet uit 64 hexadecimale kleine letters en cijfers bestaan</translation>
    </message>
    <message>
        <source>profile sector must be one of %1 or onbekend</source>
        <translation>de sector in profile moet een van deze zijn: %1 of onbekend</translation>
    </message>
    <message>
        <source>profile size must be one of %1 or onbekend</source>
        <translation>de grootte in profile moet een van deze zijn: %1 of onbekend</translation>
    </message>
    <message>
        <source>period year must be from 2020 to 2100</source>
        <translation>het jaar in period moet tussen 2020 en 2100 liggen</translation>
    </message>
    <message>
        <source>period quarter must be 1, 2, 3 or 4</source>
        <translation>het kwartaal in period moet 1, 2, 3 of 4 zijn</translation>
    </message>
    <message>
        <source>section_scores must have 1 to %1 sections</source>
        <translation>section_scores moet 1 tot %1 onderdelen hebben</translation>
    </message>
    <message>
        <source>section_scores has a key that is not a valid id</source>
        <translation>section_scores heeft een sleutel die geen geldig id is</translation>
    </message>
    <message>
        <source>a section score is out of range (0 to 100)</source>
        <translation>een score in section_scores ligt niet tussen 0 en 100</translation>
    </message>
    <message>
        <source>overall is out of range (0 to 100)</source>
        <translation>overall ligt niet tussen 0 en 100</translation>
    </message>
    <message>
        <source>risk_class must be from 1 to 9, or null</source>
        <translation>risk_class moet 1 tot en met 9 zijn, of null</translation>
    </message>
    <message>
        <source>risk_class must be null for this tool</source>
        <translation>risk_class moet null zijn voor deze tool</translation>
    </message>
    <message>
        <source>level must be null, or a level id for the ot_check tool</source>
        <translation>level moet null zijn, of het id van een niveau bij de tool ot_check</translation>
    </message>
    <message>
        <source>steps lists at most %1 open and %1 done steps</source>
        <translation>steps noemt hoogstens %1 open en %1 gedane stappen</translation>
    </message>
    <message>
        <source>steps has an entry that is not a valid step id</source>
        <translation>steps bevat iets wat geen geldig stap-id is</translation>
    </message>
    <message>
        <source>steps lists a step twice</source>
        <translation>steps noemt een stap twee keer</translation>
    </message>
    <message>
        <source>share_id must be a random UUID in lower-case 8-4-4-4-12 form</source>
        <translation>share_id moet een willekeurige UUID zijn, in kleine letters in de vorm 8-4-4-4-12</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; a share holds only the fields of the schema</source>
        <translation>onbekend veld &apos;%1&apos;; een deelbestand bevat alleen de velden van het schema</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in %2; a share holds only the fields of the schema</source>
        <translation>onbekend veld &apos;%1&apos; in %2; een deelbestand bevat alleen de velden van het schema</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>het veld &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos; in %2</source>
        <translation>het veld &apos;%1&apos; ontbreekt in %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2); the file is damaged</source>
        <translation>geen geldige JSON (%1 bij byte %2); het bestand is beschadigd</translation>
    </message>
    <message>
        <source>not a Zelfscan share file (not a JSON object)</source>
        <translation>geen deelbestand van Zelfscan (geen JSON-object)</translation>
    </message>
    <message>
        <source>not a Zelfscan share file (format is not &quot;zelfscan-share&quot;)</source>
        <translation>geen deelbestand van Zelfscan (format is niet &quot;zelfscan-share&quot;)</translation>
    </message>
    <message>
        <source>schema_version must be a whole number</source>
        <translation>schema_version moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>made by a newer Zelfscan (schema_version %1); update Zelfscan to import it</source>
        <translation>gemaakt met een nieuwere Zelfscan (schema_version %1); werk Zelfscan bij om het te importeren</translation>
    </message>
    <message>
        <source>the file has no checksum; it is damaged or altered</source>
        <translation>het bestand heeft geen controlegetal; het is beschadigd of veranderd</translation>
    </message>
    <message>
        <source>the file is damaged or altered: its checksum does not match its content</source>
        <translation>het bestand is beschadigd of veranderd: het controlegetal past niet bij de inhoud</translation>
    </message>
    <message>
        <source>tool must be a text</source>
        <translation>tool moet een tekst zijn</translation>
    </message>
    <message>
        <source>share_id must be a text</source>
        <translation>share_id moet een tekst zijn</translation>
    </message>
    <message>
        <source>questionnaire must be an object</source>
        <translation>questionnaire moet een object zijn</translation>
    </message>
    <message>
        <source>questionnaire id, version and hash must be texts</source>
        <translation>id, version en hash in questionnaire moeten teksten zijn</translation>
    </message>
    <message>
        <source>profile must be an object</source>
        <translation>profile moet een object zijn</translation>
    </message>
    <message>
        <source>profile sector and size must be texts</source>
        <translation>sector en size in profile moeten teksten zijn</translation>
    </message>
    <message>
        <source>period must be an object</source>
        <translation>period moet een object zijn</translation>
    </message>
    <message>
        <source>period year and quarter must be whole numbers</source>
        <translation>year en quarter in period moeten gehele getallen zijn</translation>
    </message>
    <message>
        <source>section_scores must be an object</source>
        <translation>section_scores moet een object zijn</translation>
    </message>
    <message>
        <source>section score &apos;%1&apos; must be a number from 0 to 100 with at most one decimal, or null</source>
        <translation>de score van onderdeel &apos;%1&apos; moet een getal van 0 tot en met 100 zijn met hoogstens één decimaal, of null</translation>
    </message>
    <message>
        <source>overall must be a number from 0 to 100 with at most one decimal, or null</source>
        <translation>overall moet een getal van 0 tot en met 100 zijn met hoogstens één decimaal, of null</translation>
    </message>
    <message>
        <source>level must be a text or null</source>
        <translation>level moet een tekst of null zijn</translation>
    </message>
    <message>
        <source>steps must be an object</source>
        <translation>steps moet een object zijn</translation>
    </message>
    <message>
        <source>steps %1 must be a list</source>
        <translation>%1 in steps moet een lijst zijn</translation>
    </message>
    <message>
        <source>steps %1 must list step ids (texts)</source>
        <translation>%1 in steps moet een lijst van stap-id&apos;s (teksten) zijn</translation>
    </message>
</context>
<context>
    <name>ShareImporter</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>line is longer than %1 KiB; refusing to read it</source>
        <translation>de regel is langer dan %1 KiB en wordt niet gelezen</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>dit bestand of deze map bestaat niet</translation>
    </message>
</context>
</TS>
