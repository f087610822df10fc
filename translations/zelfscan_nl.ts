<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdvisoriesWindow</name>
    <message>
        <source>Vulnerability alerts</source>
        <translation>Waarschuwingen voor kwetsbaarheden</translation>
    </message>
    <message>
        <source>My systems</source>
        <translation>Mijn systemen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Kwetsbaarheden</translation>
    </message>
    <message>
        <source>List the devices, software, cloud services and machines your business uses. The list stays on this computer.</source>
        <translation>Zet hier de apparaten, software, clouddiensten en machines die je bedrijf gebruikt. De lijst blijft op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Import systems</source>
        <translation>Systemen importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export systems</source>
        <translation>Systemen exporteren</translation>
    </message>
    <message>
        <source>Import &amp;advisories…</source>
        <translation>&amp;Adviezen importeren…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Why it is not relevant</source>
        <translation>Waarom het niet van toepassing is</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>Status &amp;opslaan</translation>
    </message>
    <message>
        <source>Folder with CSAF advisories</source>
        <translation>Map met CSAF-adviezen</translation>
    </message>
    <message>
        <source>Your list of systems could not be saved: %1</source>
        <translation>Je lijst met systemen kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>The advisories could not be stored: %1</source>
        <translation>De adviezen konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importeren afgebroken; er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The advisories could not be read: %1</source>
        <translation>De adviezen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>Hoe: %1</translation>
    </message>
    <message>
        <source>Your list of systems could not be read (%1). The file is kept as %2.</source>
        <translation>Je lijst met systemen kon niet worden gelezen (%1). Het bestand is bewaard als %2.</translation>
    </message>
    <message>
        <source>Security advisories come to you as files: Zelfscan never downloads anything. The NCSC publishes its security advisories at advisories.ncsc.nl, as web pages, PDF and CSAF files (JSON). Download the CSAF files you need into a folder, or get them on a USB stick, and import that folder here. Matching happens on this computer; nothing leaves it.</source>
        <translation>Beveiligingsadviezen krijg je als bestanden: Zelfscan downloadt nooit iets. Het NCSC zet zijn beveiligingsadviezen op advisories.ncsc.nl, als webpagina, pdf en CSAF-bestand (JSON). Download de CSAF-bestanden die je nodig hebt in een map, of krijg ze op een USB-stick, en importeer die map hier. Het vergelijken gebeurt op deze computer; er gaat niets naar buiten.</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Groeperen op:</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Steps for your systems</source>
        <translation>Stappen voor je systemen</translation>
    </message>
    <message>
        <source>S&amp;tatus of the selected step:</source>
        <translation>S&amp;tatus van de gekozen stap:</translation>
    </message>
    <message>
        <source>Not relevant because: %1</source>
        <translation>Niet van toepassing omdat: %1</translation>
    </message>
    <message>
        <source>Check by hand (%1, %2): %3</source>
        <translation>Zelf nakijken (%1, %2): %3</translation>
    </message>
    <message>
        <source>Select a step to see why and how.</source>
        <translation>Kies een stap om te zien waarom en hoe.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n system(s);</source>
        <translation>
            <numerusform>voor %n systeem;</numerusform>
            <numerusform>voor %n systemen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand.</source>
        <translation>
            <numerusform>%n om zelf na te kijken.</numerusform>
            <numerusform>%n om zelf na te kijken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new advisory/advisories</source>
        <translation>
            <numerusform>%n nieuw advies</numerusform>
            <numerusform>%n nieuwe adviezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer revision(s)</source>
        <translation>
            <numerusform>%n nieuwere versie</numerusform>
            <numerusform>%n nieuwere versies</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported; your list was not changed.

%2</source>
        <translation>%1 kon niet worden geïmporteerd; je lijst is niet veranderd.

%2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> en nog %n</numerusform>
            <numerusform> en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (%1)</source>
        <translation>
            <numerusform>%n bestand niet te lezen (%1)</numerusform>
            <numerusform>%n bestanden niet te lezen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Put your systems on the list under &quot;My systems&quot; to see which advisories concern them.</source>
        <translation>Zet je systemen op de lijst onder ‘Mijn systemen’ om te zien welke adviezen erover gaan.</translation>
    </message>
</context>
<context>
    <name>AdvisoryStepModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message numerus="yes">
        <source>%n advisory/advisories</source>
        <translation>
            <numerusform>%n advies</numerusform>
            <numerusform>%n adviezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n systeem</numerusform>
            <numerusform>%n systemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check by hand: %1</source>
        <translation>Zelf nakijken: %1</translation>
    </message>
    <message>
        <source>System and step</source>
        <translation>Systeem en stap</translation>
    </message>
    <message>
        <source>Advisory and step</source>
        <translation>Advies en stap</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AggregateChartView</name>
    <message>
        <source>Mean score per part</source>
        <translation>Gemiddelde score per onderdeel</translation>
    </message>
    <message>
        <source>Results per class or level</source>
        <translation>Resultaten per klasse of niveau</translation>
    </message>
    <message>
        <source>Choose a group in the table.</source>
        <translation>Kies een groep in de tabel.</translation>
    </message>
    <message>
        <source>%1: suppressed, not charted</source>
        <translation>%1: onderdrukt, niet in de grafiek</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed part(s) not shown</source>
        <translation>
            <numerusform>%n onderdrukt onderdeel niet getoond</numerusform>
            <numerusform>%n onderdrukte onderdelen niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Gemiddelde score</translation>
    </message>
    <message>
        <source>Results per risk class</source>
        <translation>Resultaten per risicoklasse</translation>
    </message>
    <message>
        <source>Results per OT level</source>
        <translation>Resultaten per OT-niveau</translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed class(es) or level(s) not shown</source>
        <translation>
            <numerusform>%n onderdrukte klasse of niveau niet getoond</numerusform>
            <numerusform>%n onderdrukte klassen of niveaus niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>AggregateTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This group is hidden: it has too few results to show, or showing it would reveal a smaller group.</source>
        <translation>Deze groep is verborgen: er zijn te weinig resultaten om te tonen, of tonen zou een kleinere groep verraden.</translation>
    </message>
    <message>
        <source>Most often open (results with the step open):
%1</source>
        <translation>Het vaakst open (resultaten met deze stap open):
%1</translation>
    </message>
    <message>
        <source>No result in this group has this score.</source>
        <translation>Geen resultaat in deze groep heeft deze score.</translation>
    </message>
    <message>
        <source>Too few results in this group have this score to show it.</source>
        <translation>Te weinig resultaten in deze groep hebben deze score om die te tonen.</translation>
    </message>
    <message>
        <source>%1 results with this score; mean %2, first quartile %3, median %4, third quartile %5</source>
        <translation>%1 resultaten met deze score; gemiddelde %2, eerste kwartiel %3, mediaan %4, derde kwartiel %5</translation>
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
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Gemiddelde totaal</translation>
    </message>
    <message>
        <source>Overall median</source>
        <translation>Mediaan totaal</translation>
    </message>
    <message>
        <source>Most often open steps</source>
        <translation>Vaakst openstaande stappen</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Gemiddelde %1</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compared with %1</source>
        <translation>Vergeleken met %1</translation>
    </message>
    <message>
        <source>Then (%1)</source>
        <translation>Toen (%1)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <source>Risk class then %1, now %2.</source>
        <translation>Risicoklasse toen %1, nu %2.</translation>
    </message>
    <message>
        <source>Done since then (%1)</source>
        <translation>Gedaan sinds toen (%1)</translation>
    </message>
    <message>
        <source>New since then (%1)</source>
        <translation>Nieuw sinds toen (%1)</translation>
    </message>
    <message>
        <source>Still to do (%1)</source>
        <translation>Nog te doen (%1)</translation>
    </message>
    <message>
        <source>Changes since the earlier assessment</source>
        <translation>Veranderingen sinds de eerdere test</translation>
    </message>
</context>
<context>
    <name>ExtrasLoader</name>
    <message>
        <source>%1 belongs to another version of Zelfscan</source>
        <translation>%1 hoort bij een andere versie van Zelfscan</translation>
    </message>
    <message>
        <source>Part of Zelfscan is missing</source>
        <translation>Er ontbreekt een deel van Zelfscan</translation>
    </message>
    <message>
        <source>Zelfscan cannot open this, because a part of it could not be loaded:

%1

Installing Zelfscan again should put it back.</source>
        <translation>Zelfscan kan dit niet openen, omdat een deel ervan niet geladen kon worden:

%1

Als je Zelfscan opnieuw installeert, komt het terug.</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Help: start page</source>
        <translation>Hulp: startpagina</translation>
    </message>
    <message>
        <source>Help: about your business</source>
        <translation>Hulp: over je bedrijf</translation>
    </message>
    <message>
        <source>Help: answering the questions</source>
        <translation>Hulp: de vragen beantwoorden</translation>
    </message>
    <message>
        <source>Help: questions still open</source>
        <translation>Hulp: vragen die nog open staan</translation>
    </message>
    <message>
        <source>Help: your result</source>
        <translation>Hulp: je resultaat</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Keyboard:&lt;/b&gt; Tab and Shift+Tab move between controls, Space or Enter chooses, Alt with the underlined letter jumps to a control. F1 shows this help.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Toetsenbord:&lt;/b&gt; met Tab en Shift+Tab ga je van onderdeel naar onderdeel, met spatie of Enter kies je, en Alt met de onderstreepte letter springt naar een onderdeel. F1 toont deze hulp.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The start page shows where you stand with each self-assessment: not started, in progress (how many questions you answered) or finished (the date, your score or class and the first step still open). Choose a tool to start it, carry on where you were, or see its result.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;action plan&lt;/b&gt; lists the next steps of every finished tool. Tick a step when you have done it; the tick is kept, also when you do the tool again.&lt;/p&gt;&lt;p&gt;&lt;b&gt;My systems&lt;/b&gt; lists the devices and software you use and the security alerts that concern them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De startpagina laat zien waar je staat met elke test: nog niet begonnen, bezig (hoeveel vragen je beantwoord hebt) of af (de datum, je score of klasse en de eerste stap die nog open staat). Kies een test om te beginnen, verder te gaan waar je was, of het resultaat te zien.&lt;/p&gt;&lt;p&gt;Het &lt;b&gt;actieplan&lt;/b&gt; zet de volgende stappen van elke afgeronde test op een rij. Vink een stap aan als je hem gedaan hebt; het vinkje blijft staan, ook als je de test opnieuw doet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mijn systemen&lt;/b&gt; houdt bij welke apparaten en software je gebruikt en welke beveiligingsmeldingen daarover gaan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Say what kind of business you are and how many people work there. Some questions and advice depend on it. Zelfscan remembers it for the other tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vertel wat voor bedrijf je hebt en hoeveel mensen er werken. Sommige vragen en adviezen hangen daarvan af. Zelfscan onthoudt het voor de andere tests.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answer each question as things are today, not as you plan them. Not sure? Choose &quot;Don&apos;t know&quot;: it becomes a step to find out. Questions marked &lt;b&gt;TOP&lt;/b&gt; are critical: a weak answer there limits the score of the whole part.&lt;/p&gt;&lt;p&gt;Every answer is saved at once. You can stop at any time and carry on later from the start page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beantwoord elke vraag zoals het nu is, niet zoals je het van plan bent. Weet je het niet zeker? Kies &quot;Weet ik niet&quot;: dan wordt uitzoeken een volgende stap. Vragen met &lt;b&gt;TOP&lt;/b&gt; zijn kritiek: een zwak antwoord daar begrenst de score van het hele onderdeel.&lt;/p&gt;&lt;p&gt;Elk antwoord wordt meteen bewaard. Je kunt altijd stoppen en later verdergaan vanaf de startpagina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These questions have no answer yet. Choose one to go to it, or see the result now: it then says which questions are still open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deze vragen hebben nog geen antwoord. Kies er een om ernaartoe te gaan, of bekijk nu het resultaat: daar staat dan welke vragen nog open zijn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The overview gives a score per part, with a word and a symbol for the traffic light, and the chart. &lt;b&gt;Next steps&lt;/b&gt; lists what to do, most important first, with how and why. Tick a step to see what your score would be once it is done.&lt;/p&gt;&lt;p&gt;Use the File menu to save the assessment, export a report or action plan, or compare with an earlier run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het overzicht geeft een score per onderdeel, met een woord en een symbool voor het stoplicht, en de grafiek. &lt;b&gt;Volgende stappen&lt;/b&gt; zet op een rij wat je kunt doen, het belangrijkste eerst, met hoe en waarom. Vink een stap aan om te zien wat je score wordt als hij gedaan is.&lt;/p&gt;&lt;p&gt;Via het menu Bestand sla je de test op, exporteer je een rapport of actieplan, of vergelijk je met een eerdere keer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every source is listed in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Alle bronnen staan in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Every source is listed in questionnaires/SOURCES.md of the source code.</source>
        <translation>Alle bronnen staan in questionnaires/SOURCES.md in de broncode.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Zelfscan %1&lt;/h2&gt;&lt;p&gt;Offline cyber self-assessments for businesses.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not the official tool.&lt;/b&gt; The questionnaires are based on public descriptions of the tools of the Dutch Digital Trust Center (DTC) and the CCV; every question, point value and piece of advice was written for Zelfscan. Zelfscan is independent and is not the official instrument of the DTC or the CCV.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources:&lt;/b&gt; the DTC&apos;s five basic principles and its Basisscan, the CCV&apos;s Risicoklassenindeling Digitale Veiligheid, and the DTC&apos;s Security Check Procesautomatisering with OT guidance from the NCSC. %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later. You may use, study, share and change Zelfscan under its terms; it comes without any warranty.&lt;/p&gt;&lt;p&gt;Your answers stay on this computer. Zelfscan never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Zelfscan %1&lt;/h2&gt;&lt;p&gt;Offline zelftests voor digitale weerbaarheid van bedrijven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niet het officiële instrument.&lt;/b&gt; De vragenlijsten zijn gebaseerd op openbare beschrijvingen van de instrumenten van het Digital Trust Center (DTC) en het CCV; elke vraag, puntenwaarde en elk advies is voor Zelfscan geschreven. Zelfscan is onafhankelijk en is niet het officiële instrument van het DTC of het CCV.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bronnen:&lt;/b&gt; de vijf basisprincipes en de Basisscan van het DTC, de Risicoklassenindeling Digitale Veiligheid van het CCV, en de Security Check Procesautomatisering van het DTC met OT-richtlijnen van het NCSC. %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licentie:&lt;/b&gt; GNU General Public License, versie 3 of later. Je mag Zelfscan onder die voorwaarden gebruiken, bestuderen, delen en aanpassen; er wordt geen enkele garantie gegeven.&lt;/p&gt;&lt;p&gt;Je antwoorden blijven op deze computer. Zelfscan maakt nooit verbinding met een netwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Zelfscan</source>
        <translation>Over Zelfscan</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;?&lt;/b&gt; beside a question shows or hides its explanation; with the keyboard, press Shift+F1 while you are on the question.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Het &lt;b&gt;?&lt;/b&gt; naast een vraag toont of verbergt de uitleg; met het toetsenbord druk je op Shift+F1 terwijl je op de vraag staat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier assessments: %1</source>
        <translation>Eerdere keren: %1</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Eerdere keren</translation>
    </message>
    <message>
        <source>Every finished run of this tool is kept here. Do it again later (say, next year) to see your progress as a line.</source>
        <translation>Elke keer dat je deze test afmaakt, wordt hier bewaard. Doe hem later nog eens (bijvoorbeeld volgend jaar) om je vooruitgang als lijn te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished run(s) of this tool, oldest first. The scores are those you answered; steps you ticked as done are not counted.</source>
        <translation>
            <numerusform>%n keer afgemaakt, oudste eerst. De scores zijn die van je antwoorden; stappen die je als gedaan hebt aangevinkt tellen niet mee.</numerusform>
            <numerusform>%n keer afgemaakt, oudste eerst. De scores zijn die van je antwoorden; stappen die je als gedaan hebt aangevinkt tellen niet mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Compare with this run</source>
        <translation>&amp;Vergelijk met deze keer</translation>
    </message>
    <message>
        <source>&amp;Remove from history…</source>
        <translation>Uit de geschiedenis &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Remove from history</source>
        <translation>Uit de geschiedenis verwijderen</translation>
    </message>
    <message>
        <source>Remove this run from the history? Files you saved yourself are not affected.</source>
        <translation>Deze keer uit de geschiedenis verwijderen? Bestanden die je zelf hebt opgeslagen blijven staan.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Stappen gedaan</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (deze)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Keer</translation>
    </message>
    <message>
        <source>Progress over all runs</source>
        <translation>Vooruitgang over alle keren</translation>
    </message>
    <message>
        <source>Trend chart: the table above has the same numbers</source>
        <translation>Trendgrafiek: de tabel erboven heeft dezelfde cijfers</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>About your business</source>
        <translation>Over je bedrijf</translation>
    </message>
    <message>
        <source>%1: about your business</source>
        <translation>%1: over je bedrijf</translation>
    </message>
    <message>
        <source>Two questions first. They decide which questions apply to you and let you compare with similar businesses. Zelfscan remembers them for the other tools.</source>
        <translation>Eerst twee vragen. Die bepalen welke vragen voor jou gelden, en je kunt je ermee vergelijken met bedrijven zoals het jouwe. Zelfscan onthoudt ze voor de andere tests.</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Number of &amp;people working in the business:</source>
        <translation>Aantal &amp;mensen dat in het bedrijf werkt:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Aantal mensen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Choose your sector (optional)</source>
        <translation>Kies je sector (niet verplicht)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Accountancy, bookkeeping, payroll and consultancy firms choose &quot;Trade and services&quot;; a dental or physiotherapy practice chooses &quot;Health care and welfare&quot;.</source>
        <translation>Een accountants-, administratie-, salaris- of adviesbureau kiest &quot;Handel en dienstverlening&quot;; een tandarts- of fysiotherapiepraktijk kiest &quot;Gezondheidszorg en welzijn&quot;.</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Modelnummer</translation>
    </message>
    <message>
        <source>CPE</source>
        <translation>CPE</translation>
    </message>
    <message>
        <source>Package URL</source>
        <translation>Pakket-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Clouddienst</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not save your answers: %1</source>
        <translation>Je antwoorden konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Remove all answers to %1 and start again?</source>
        <translation>Alle antwoorden van %1 wissen en opnieuw beginnen?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>S&amp;tartpagina</translation>
    </message>
    <message>
        <source>Start this tool a&amp;gain…</source>
        <translation>Deze test opnieuw &amp;beginnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Zelfscan</source>
        <translation>&amp;Over Zelfscan</translation>
    </message>
    <message>
        <source>%1 — Zelfscan</source>
        <translation>%1 — Zelfscan</translation>
    </message>
    <message>
        <source>Zelfscan</source>
        <translation>Zelfscan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Damaged autosave</source>
        <translation>Beschadigde automatische opslag</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Test openen</translation>
    </message>
    <message>
        <source>Zelfscan assessments (*.zelfscan)</source>
        <translation>Zelfscan-tests (*.zelfscan)</translation>
    </message>
    <message>
        <source>Cannot open assessment</source>
        <translation>Test kan niet worden geopend</translation>
    </message>
    <message>
        <source>%1 cannot be opened. The file was not changed.

%2</source>
        <translation>%1 kan niet worden geopend. Het bestand is niet veranderd.

%2</translation>
    </message>
    <message>
        <source>This assessment was made with version %1 of the questionnaire; Zelfscan now has version %2. Every answer to a question that still exists was kept.</source>
        <translation>Deze test is gemaakt met versie %1 van de vragenlijst; Zelfscan heeft nu versie %2. Elk antwoord op een vraag die nog bestaat, is bewaard.</translation>
    </message>
    <message>
        <source>Questions that no longer exist (their answers are kept in the file): %1</source>
        <translation>Vragen die niet meer bestaan (hun antwoorden blijven in het bestand bewaard): %1</translation>
    </message>
    <message>
        <source>Questionnaire updated</source>
        <translation>Vragenlijst bijgewerkt</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Opslaan lukt niet</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Test opslaan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>De wijzigingen in %1 opslaan?</translation>
    </message>
    <message numerus="yes">
        <source>The saved answers for %1 were damaged (%2). %n answer(s) could be recovered; the damaged file is kept as %3.</source>
        <translation>
            <numerusform>De bewaarde antwoorden voor %1 waren beschadigd (%2). %n antwoord kon worden hersteld; het beschadigde bestand is bewaard als %3.</numerusform>
            <numerusform>De bewaarde antwoorden voor %1 waren beschadigd (%2). %n antwoorden konden worden hersteld; het beschadigde bestand is bewaard als %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Pdf-rapport (*.pdf)</translation>
    </message>
    <message>
        <source>Editable report for LibreOffice or Word (*.odt)</source>
        <translation>Bewerkbaar rapport voor LibreOffice of Word (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Action plan for Excel (*.xlsx)</source>
        <translation>Actieplan voor Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Action plan for a spreadsheet (*.csv)</source>
        <translation>Actieplan voor een spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren lukt niet</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Het rapport kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport opgeslagen in %1</translation>
    </message>
    <message>
        <source>Compare with an earlier assessment</source>
        <translation>Vergelijken met een eerdere test</translation>
    </message>
    <message>
        <source>&amp;Compare with an earlier assessment…</source>
        <translation>&amp;Vergelijken met een eerdere test…</translation>
    </message>
    <message>
        <source>It is an assessment of another tool.</source>
        <translation>Het is een test van een ander instrument.</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergelijken lukt niet</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kan niet worden vergeleken: %2</translation>
    </message>
    <message>
        <source>Earlier r&amp;uns and progress…</source>
        <translation>Eerdere &amp;keren en vooruitgang…</translation>
    </message>
    <message>
        <source>S&amp;hare anonymously…</source>
        <translation>Anoniem &amp;delen…</translation>
    </message>
    <message>
        <source>DTC s&amp;taff: combine shared results…</source>
        <translation>DTC-&amp;medewerkers: gedeelde resultaten bundelen…</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <source>Damaged history</source>
        <translation>Beschadigde geschiedenis</translation>
    </message>
    <message>
        <source>Some earlier runs could not be read and are left out (the files are kept):
%1</source>
        <translation>Sommige eerdere keren konden niet worden gelezen en zijn weggelaten (de bestanden blijven bewaard):
%1</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Nog niet af</translation>
    </message>
    <message numerus="yes">
        <source>Answer every question before sharing: %n question(s) still open. Half-finished results would make the figures for everyone less reliable.</source>
        <translation>
            <numerusform>Beantwoord eerst alle vragen: er staat nog %n vraag open. Halve resultaten maken de cijfers voor iedereen minder betrouwbaar.</numerusform>
            <numerusform>Beantwoord eerst alle vragen: er staan nog %n vragen open. Halve resultaten maken de cijfers voor iedereen minder betrouwbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share file written to %1. Zelfscan sends nothing itself.</source>
        <translation>Deelbestand opgeslagen als %1. Zelfscan verstuurt zelf niets.</translation>
    </message>
    <message>
        <source>&amp;Load comparison figures…</source>
        <translation>Vergelijkingscijfers &amp;laden…</translation>
    </message>
    <message>
        <source>it cannot be read, is damaged or is not a Zelfscan comparison file (%1)</source>
        <translation>het is niet te lezen, is beschadigd of is geen bestand met vergelijkingscijfers van Zelfscan (%1)</translation>
    </message>
    <message>
        <source>it is marked as made up (synthetic): its figures are not results of real businesses</source>
        <translation>het is gemarkeerd als verzonnen (synthetisch): de cijfers komen niet van echte bedrijven</translation>
    </message>
    <message>
        <source>it shows groups smaller than it allows, so it could point at single businesses (%1)</source>
        <translation>het toont groepen die kleiner zijn dan het zelf toestaat, zodat losse bedrijven herkenbaar kunnen zijn (%1)</translation>
    </message>
    <message>
        <source>it holds no figures: every group in it is hidden because it has too few results</source>
        <translation>er staan geen cijfers in: elke groep is verborgen omdat er te weinig resultaten in zitten</translation>
    </message>
    <message>
        <source>%1 cannot be used as comparison figures: %2.</source>
        <translation>%1 is niet te gebruiken voor de vergelijking: %2.</translation>
    </message>
    <message>
        <source>Load comparison figures</source>
        <translation>Vergelijkingscijfers laden</translation>
    </message>
    <message>
        <source>Zelfscan comparison figures (*.json)</source>
        <translation>Vergelijkingscijfers van Zelfscan (*.json)</translation>
    </message>
    <message>
        <source>Cannot load comparison figures</source>
        <translation>Vergelijkingscijfers niet geladen</translation>
    </message>
    <message numerus="yes">
        <source>Comparison figures loaded: %n result(s) shared anonymously by businesses.</source>
        <translation>
            <numerusform>Vergelijkingscijfers geladen: %n resultaat dat een bedrijf anoniem heeft gedeeld.</numerusform>
            <numerusform>Vergelijkingscijfers geladen: %n resultaten die bedrijven anoniem hebben gedeeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison figures loaded</source>
        <translation>Vergelijkingscijfers geladen</translation>
    </message>
    <message>
        <source>The result page now compares you with similar businesses for: %1.</source>
        <translation>Bij het resultaat zie je nu een vergelijking met vergelijkbare bedrijven voor: %1.</translation>
    </message>
    <message>
        <source>Cannot show the demo comparison</source>
        <translation>Demovergelijking niet te tonen</translation>
    </message>
    <message>
        <source>They are for other versions of the questionnaires than this Zelfscan has, so no comparison appears yet. Load the figures for this version.</source>
        <translation>Ze horen bij andere versies van de vragenlijsten dan deze Zelfscan heeft. Daarom zie je nog geen vergelijking. Laad de cijfers voor deze versie.</translation>
    </message>
    <message>
        <source>&amp;Vulnerability alerts: my systems…</source>
        <translation>K&amp;wetsbaarheden: mijn systemen…</translation>
    </message>
    <message>
        <source>Help for this &amp;page</source>
        <translation>Hulp bij deze &amp;pagina</translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation>Hulp bij deze pagina (F1)</translation>
    </message>
    <message>
        <source>Help for this page</source>
        <translation>Hulp bij deze pagina</translation>
    </message>
    <message>
        <source>Action pla&amp;n…</source>
        <translation>Actiepla&amp;n…</translation>
    </message>
    <message>
        <source>Export plan to calen&amp;dar…</source>
        <translation>Plan naar a&amp;genda exporteren…</translation>
    </message>
    <message>
        <source>Could not save the action plan: %1</source>
        <translation>Het actieplan kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets te exporteren</translation>
    </message>
    <message>
        <source>No step has a due date yet. Give the steps you plan a date in the action plan, then export again.</source>
        <translation>Nog geen enkele stap heeft een datum. Geef de stappen die je plant een datum in het actieplan en exporteer dan opnieuw.</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Het agendabestand kon niet worden geschreven: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n planned step(s) written to %1. Import the file in your calendar.</source>
        <translation>
            <numerusform>%n geplande stap naar %1 geschreven. Importeer het bestand in je agenda.</numerusform>
            <numerusform>%n geplande stappen naar %1 geschreven. Importeer het bestand in je agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export plan to calendar</source>
        <translation>Plan naar agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <source>Answer %1 anew? Your answers are cleared; this result stays under Earlier runs, and the steps you ticked stay done. Afterwards the result shows what changed.</source>
        <translation>%1 opnieuw invullen? Je antwoorden worden gewist; dit resultaat blijft bewaard onder Eerdere keren, en de stappen die je hebt aangevinkt blijven gedaan. Daarna laat het resultaat zien wat er veranderd is.</translation>
    </message>
    <message>
        <source>The vulnerability alerts could not be read for the plan: %1</source>
        <translation>De waarschuwingen voor kwetsbaarheden konden niet worden gelezen voor het plan: %1</translation>
    </message>
    <message>
        <source>Vulnerability alerts</source>
        <translation>Waarschuwingen voor kwetsbaarheden</translation>
    </message>
    <message>
        <source>Could not save the decision about the alert: %1</source>
        <translation>Je besluit over de waarschuwing kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>This assessment was made with an earlier edition of version %1 of the questionnaire. Every answer to a question that still exists was kept.</source>
        <translation>Deze test is gemaakt met een eerdere uitgave van versie %1 van de vragenlijst. Elk antwoord op een vraag die nog bestaat, is bewaard.</translation>
    </message>
    <message>
        <source>New questions to answer:</source>
        <translation>Nieuwe vragen om te beantwoorden:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Your action plan could not be read, so it starts empty. The file is kept as %1.</source>
        <translation>Je actieplan kon niet worden gelezen en begint daarom leeg. Het bestand is bewaard als %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of your action plan could not be read and are left out.</source>
        <translation>
            <numerusform>%n stap van je actieplan kon niet worden gelezen en is weggelaten.</numerusform>
            <numerusform>%n stappen van je actieplan konden niet worden gelezen en zijn weggelaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>after %n year(s)</source>
        <translation>
            <numerusform>na %n jaar</numerusform>
            <numerusform>na %n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>na %n maand</numerusform>
            <numerusform>na %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Choose per step who does it and by when. F2 or typing edits the selected cell; a step with a due date goes into the calendar export.</source>
        <translation>Kies per stap wie het doet en wanneer het klaar moet zijn. Met F2 of door te typen pas je het gekozen vakje aan; een stap met een datum komt in de agenda-export.</translation>
    </message>
    <message>
        <source>Offer to do a tool again</source>
        <translation>Een test opnieuw aanbieden</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xporteren naar agenda…</translation>
    </message>
    <message>
        <source>Do %1 again</source>
        <translation>%1 opnieuw doen</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Klaar op</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Advised by</source>
        <translation>Aangeraden door</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Why not relevant</source>
        <translation>Waarom niet van toepassing</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Part %1 of %2 · %3 of %4 questions answered</source>
        <translation>Onderdeel %1 van %2 · %3 van %4 vragen beantwoord</translation>
    </message>
    <message>
        <source>To the &amp;result</source>
        <translation>Naar het &amp;resultaat</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Previous part (Alt+Left)</source>
        <translation>Vorig onderdeel (Alt+Pijl links)</translation>
    </message>
    <message>
        <source>Next part (Alt+Right)</source>
        <translation>Volgend onderdeel (Alt+Pijl rechts)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Explanation for: %1</source>
        <translation>Uitleg bij: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Critical (TOP) question: a weak answer here limits the score of the whole part.</source>
        <translation>Kritieke (TOP-)vraag: een zwak antwoord hier begrenst de score van het hele onderdeel.</translation>
    </message>
    <message>
        <source>TOP</source>
        <translation>TOP</translation>
    </message>
    <message>
        <source>Critical question</source>
        <translation>Kritieke vraag</translation>
    </message>
    <message>
        <source>Show or hide an explanation (Shift+F1 on the question)</source>
        <translation>Uitleg tonen of verbergen (Shift+F1 op de vraag)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your score</source>
        <translation>Jouw score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>level %1 of target %2</source>
        <translation>niveau %1, doel %2</translation>
    </message>
    <message>
        <source>Capped because a critical item is not in order.</source>
        <translation>Begrensd, omdat een kritiek punt niet op orde is.</translation>
    </message>
    <message>
        <source>Risk class %1: %2</source>
        <translation>Risicoklasse %1: %2</translation>
    </message>
    <message>
        <source>What raised your class most:</source>
        <translation>Dit bepaalde je klasse het meest:</translation>
    </message>
    <message>
        <source>Class %1 instead of %2: %3</source>
        <translation>Klasse %1 in plaats van %2: %3</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>klasse %1</translation>
    </message>
    <message>
        <source>%1 of the %2 measures for this class are in place. See the tab Measures.</source>
        <translation>%1 van de %2 maatregelen voor deze klasse zijn geregeld. Zie het tabblad Maatregelen.</translation>
    </message>
    <message>
        <source>Importance of your process automation: %1</source>
        <translation>Belang van je procesautomatisering: %1</translation>
    </message>
    <message>
        <source>No next steps: everything asked about is in order.</source>
        <translation>Geen volgende stappen: alles waarnaar gevraagd is, is op orde.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Because of your answer to</source>
        <translation>Vanwege je antwoord op</translation>
    </message>
    <message>
        <source>Tick a step when you have done it (or plan to): Zelfscan shows what your score would become.</source>
        <translation>Vink een stap aan als je hem gedaan hebt (of van plan bent): Zelfscan laat zien wat je score dan wordt.</translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked step(s) done, %1 of the %2 measures for your class would be in place (now %3).</source>
        <translation>
            <numerusform>Met de aangevinkte stap gedaan zijn %1 van de %2 maatregelen voor je klasse geregeld (nu %3).</numerusform>
            <numerusform>Met de %n aangevinkte stappen gedaan zijn %1 van de %2 maatregelen voor je klasse geregeld (nu %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked step(s) done, your overall score would be %1 (now %2).</source>
        <translation>
            <numerusform>Met de aangevinkte stap gedaan wordt je totaalscore %1 (nu %2).</numerusform>
            <numerusform>Met de %n aangevinkte stappen gedaan wordt je totaalscore %1 (nu %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Next &amp;steps (%1)</source>
        <translation>Volgende &amp;stappen (%1)</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Maatregelen</translation>
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
        <source>Score per part</source>
        <translation>Score per onderdeel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measures for your risk class</source>
        <translation>Maatregelen voor je risicoklasse</translation>
    </message>
    <message>
        <source>Next steps, most important first</source>
        <translation>Volgende stappen, belangrijkste eerst</translation>
    </message>
    <message>
        <source>How and why</source>
        <translation>Hoe en waarom</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Terug naar de vragen</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>Start&amp;pagina</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Your business is in &lt;b&gt;risk class %1&lt;/b&gt; of %2.</source>
        <translation>Je bedrijf valt in &lt;b&gt;risicoklasse %1&lt;/b&gt; van %2.</translation>
    </message>
    <message>
        <source>Overall score: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Totaalscore: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Weakest part: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Zwakste onderdeel: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Answer at least one question to see a score.</source>
        <translation>Beantwoord minstens één vraag om een score te zien.</translation>
    </message>
    <message>
        <source>Start with: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Begin met: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>(%n question(s) not answered yet.)</source>
        <translation>
            <numerusform>(%n vraag nog niet beantwoord.)</numerusform>
            <numerusform>(%n vragen nog niet beantwoord.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Businesses like yours</source>
        <translation>Bedrijven zoals het jouwe</translation>
    </message>
    <message>
        <source>Give your sector and size in the intake to compare with businesses like yours.</source>
        <translation>Vul bij het begin je sector en grootte in om te vergelijken met bedrijven zoals het jouwe.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Businesses like yours (%1): too few results to compare with (fewer than %2), so none are shown.</source>
        <translation>Bedrijven zoals het jouwe (%1): te weinig resultaten om mee te vergelijken (minder dan %2), dus er wordt niets getoond.</translation>
    </message>
    <message>
        <source>; overall %1</source>
        <translation>; totaal %1</translation>
    </message>
    <message>
        <source>Earlier &amp;runs…</source>
        <translation>Eerdere &amp;keren…</translation>
    </message>
    <message>
        <source>Earlier runs and progress</source>
        <translation>Eerdere keren en vooruitgang</translation>
    </message>
    <message>
        <source>Share anonymously</source>
        <translation>Anoniem delen</translation>
    </message>
    <message numerus="yes">
        <source>Businesses like yours (%1, %n result(s)): mean score per part in the last column%2.</source>
        <translation>
            <numerusform>Bedrijven zoals het jouwe (%1, %n resultaat): gemiddelde score per onderdeel in de laatste kolom%2.</numerusform>
            <numerusform>Bedrijven zoals het jouwe (%1, %n resultaten): gemiddelde score per onderdeel in de laatste kolom%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar businesses</source>
        <translation>Vergelijkbare bedrijven</translation>
    </message>
    <message>
        <source>Demo: made-up figures</source>
        <translation>Demo: verzonnen cijfers</translation>
    </message>
    <message>
        <source>No comparison with similar businesses: the Digital Trust Center publishes real figures, which you can load with File &gt; Load comparison figures.</source>
        <translation>Geen vergelijking met bedrijven zoals het jouwe: het Digital Trust Center publiceert echte cijfers, en die laad je via Bestand &gt; Vergelijkingscijfers laden.</translation>
    </message>
    <message>
        <source>No comparison with similar businesses: your comparison figures are for another version of this questionnaire. Load the figures for this version with File &gt; Load comparison figures.</source>
        <translation>Geen vergelijking met bedrijven zoals het jouwe: jouw vergelijkingscijfers horen bij een andere versie van deze vragenlijst. Laad de cijfers voor deze versie via Bestand &gt; Vergelijkingscijfers laden.</translation>
    </message>
    <message>
        <source>Demo, made-up figures.</source>
        <translation>Demo, verzonnen cijfers.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) do not count: their question is not shown for your business or your other answers (%1). They are kept: change those answers back and they count again.</source>
        <translation>
            <numerusform>%n antwoord telt niet mee: de vraag wordt niet getoond voor jouw bedrijf of bij je andere antwoorden (%1). Het blijft bewaard: zet die antwoorden terug en het telt weer mee.</numerusform>
            <numerusform>%n antwoorden tellen niet mee: de vragen worden niet getoond voor jouw bedrijf of bij je andere antwoorden (%1). Ze blijven bewaard: zet die antwoorden terug en ze tellen weer mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: the comparison figures on this page are made up, not results of real businesses. Do not use them to judge your business.</source>
        <translation>Demo: de vergelijkingscijfers op deze pagina zijn verzonnen. Ze komen niet van echte bedrijven. Gebruik ze niet om je bedrijf te beoordelen.</translation>
    </message>
    <message>
        <source>Demo (made up)</source>
        <translation>Demo (verzonnen)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nog niet beantwoord</translation>
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
        <source>Your answer: %1</source>
        <translation>Jouw antwoord: %1</translation>
    </message>
    <message>
        <source>No next steps yet: answer the open questions first.</source>
        <translation>Nog geen volgende stappen: beantwoord eerst de open vragen.</translation>
    </message>
    <message>
        <source>Read more (opens in your browser)</source>
        <translation>Meer lezen (opent in je browser)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jouw antwoord</translation>
    </message>
    <message>
        <source>Show only the first %1 steps</source>
        <translation>Toon alleen de eerste %1 stappen</translation>
    </message>
    <message>
        <source>Show &amp;all %1 steps</source>
        <translation>Toon &amp;alle %1 stappen</translation>
    </message>
    <message>
        <source>Share a&amp;nonymously…</source>
        <translation>Anoniem &amp;delen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since last time:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Sinds de vorige keer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Do it a&amp;gain…</source>
        <translation>Opn&amp;ieuw doen…</translation>
    </message>
    <message>
        <source>Answer the questions anew to see what changed; the steps you ticked stay done.</source>
        <translation>Vul de vragen opnieuw in om te zien wat er veranderd is; de stappen die je hebt aangevinkt blijven gedaan.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Still unanswered</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer yet. Unanswered questions do not count in your score. Press Enter on a question to answer it, or look at the result now.</source>
        <translation>
            <numerusform>%n vraag heeft nog geen antwoord. Onbeantwoorde vragen tellen niet mee in je score. Druk op Enter bij een vraag om hem te beantwoorden, of bekijk nu het resultaat.</numerusform>
            <numerusform>%n vragen hebben nog geen antwoord. Onbeantwoorde vragen tellen niet mee in je score. Druk op Enter bij een vraag om hem te beantwoorden, of bekijk nu het resultaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Onbeantwoorde vragen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>Toon het &amp;resultaat</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Nothing to save.</source>
        <translation>Er is niets om op te slaan.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share anonymously</source>
        <translation>Anoniem delen</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can help the Digital Trust Center learn which measures businesses like yours find hard, without anyone learning who you are. Zelfscan writes a small file; &lt;b&gt;it sends nothing&lt;/b&gt;. You decide whether you pass the file on.&lt;/p&gt;&lt;p&gt;This is everything the file will contain:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Je kunt het Digital Trust Center helpen te leren welke maatregelen bedrijven zoals het jouwe lastig vinden, zonder dat iemand te weten komt wie je bent. Zelfscan maakt een klein bestand; &lt;b&gt;het verstuurt niets&lt;/b&gt;. Jij beslist of je het bestand doorgeeft.&lt;/p&gt;&lt;p&gt;Dit is alles wat er in het bestand komt:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the share file contains</source>
        <translation>Wat er in het deelbestand staat</translation>
    </message>
    <message>
        <source>The file is plain text (JSON): open it in any text editor to check it. Once shared, it cannot be taken back, but nothing in it points to you.</source>
        <translation>Het bestand is gewone tekst (JSON): open het in een teksteditor om het te controleren. Eenmaal gedeeld kun je het niet terugnemen, maar niets erin wijst naar jou.</translation>
    </message>
    <message>
        <source>&amp;Save share file…</source>
        <translation>Deelbestand &amp;opslaan…</translation>
    </message>
    <message>
        <source>Save share file</source>
        <translation>Deelbestand opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Zelfscan share files (*%1)</source>
        <translation>Zelfscan-deelbestanden (*%1)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <source>The share file could not be written: %1</source>
        <translation>Het deelbestand kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>StaffImportPanel</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Inlezen &amp;afbreken</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het inlezen</translation>
    </message>
    <message>
        <source>Problems found by the last import</source>
        <translation>Problemen bij het laatste inlezen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Samenvatting van het inlezen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (file, line, reason): %n</source>
        <translation>
            <numerusform>&amp;Problemen (bestand, regel, reden): %n</numerusform>
            <numerusform>&amp;Problemen (bestand, regel, reden): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Nothing is stored until the import is complete.</source>
        <translation>Bezig met inlezen… Er wordt niets opgeslagen tot het inlezen klaar is.</translation>
    </message>
    <message>
        <source>No import yet in this window.</source>
        <translation>Nog niets ingelezen in dit venster.</translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was imported.</source>
        <translation>Het inlezen is mislukt: %1. Er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported: the database is as it was.</source>
        <translation>Het inlezen is afgebroken. Er is niets ingelezen: de database is zoals hij was.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>… and %1 more not listed</source>
        <translation>… en nog %1 die niet in de lijst staan</translation>
    </message>
    <message>
        <source>%1 imported</source>
        <translation>%1 ingelezen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) counted once</source>
        <translation>
            <numerusform>%Ln dubbel resultaat één keer geteld</numerusform>
            <numerusform>%Ln dubbele resultaten één keer geteld</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 geweigerd</translation>
    </message>
    <message numerus="yes">
        <source>Import complete, %Ln file(s) read:</source>
        <translation>
            <numerusform>Inlezen klaar, %Ln bestand gelezen:</numerusform>
            <numerusform>Inlezen klaar, %Ln bestanden gelezen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Sector not given</source>
        <translation>Sector niet opgegeven</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Alle groottes</translation>
    </message>
    <message>
        <source>Size not given</source>
        <translation>Grootte niet opgegeven</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Basic scan</source>
        <translation>Basisscan</translation>
    </message>
    <message>
        <source>Risk class</source>
        <translation>Risicoklasse</translation>
    </message>
    <message>
        <source>OT check</source>
        <translation>OT-check</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1, suppressed: too few results</source>
        <translation>%1, onderdrukt: te weinig resultaten</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>Geen klasse</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Geen niveau</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>onderdrukt</translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>Cannot open database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met inlezen…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smallest group shown: k = %1.&lt;/b&gt; Groups with fewer than %1 results are hidden everywhere: in this table, in the charts and in the CSV and JSON exports. Numbers from which a hidden group could be worked out are hidden too, and a questionnaire version with fewer than %1 results in all is not shown at all.</source>
        <translation>&lt;b&gt;Kleinste getoonde groep: k = %1.&lt;/b&gt; Groepen met minder dan %1 resultaten zijn overal verborgen: in deze tabel, in de grafieken en in de CSV- en JSON-exports. Getallen waaruit een verborgen groep te berekenen is, zijn ook verborgen, en een vragenlijstversie met in totaal minder dan %1 resultaten wordt helemaal niet getoond.</translation>
    </message>
    <message>
        <source>Computing the aggregates…</source>
        <translation>Bezig met berekenen van de totalen…</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>De database kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No results yet. Import share files (.zelfshare) or JSON Lines files (.jsonl).</source>
        <translation>Nog geen resultaten. Lees deelbestanden (.zelfshare) of JSON Lines-bestanden (.jsonl) in.</translation>
    </message>
    <message>
        <source>This version has fewer than %1 results in all: nothing of it is shown.</source>
        <translation>Deze versie heeft in totaal minder dan %1 resultaten: er wordt niets van getoond.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Opnieuw berekenen…</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Database openen of maken</translation>
    </message>
    <message>
        <source>Zelfscan share databases (*.sqlite);;All files (*)</source>
        <translation>Zelfscan-deeldatabases (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import share files</source>
        <translation>Deelbestanden inlezen</translation>
    </message>
    <message>
        <source>Share files (*.zelfshare *.jsonl *.ndjson);;All files (*)</source>
        <translation>Deelbestanden (*.zelfshare *.jsonl *.ndjson);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a folder of share files</source>
        <translation>Een map met deelbestanden inlezen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export aggregates</source>
        <translation>Totalen exporteren</translation>
    </message>
    <message>
        <source>the aggregates are not ready yet</source>
        <translation>de totalen zijn nog niet klaar</translation>
    </message>
    <message>
        <source>Exported with k = %1 to %2</source>
        <translation>Geëxporteerd met k = %1 naar %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The aggregates could not be written to %1: %2</source>
        <translation>De totalen konden niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Shared results (DTC staff) — Zelfscan</source>
        <translation>Gedeelde resultaten (DTC-medewerkers) — Zelfscan</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>&amp;Bestanden inlezen…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>&amp;Map inlezen…</translation>
    </message>
    <message>
        <source>&amp;Smallest group (k):</source>
        <translation>&amp;Kleinste groep (k):</translation>
    </message>
    <message>
        <source>Smallest group shown (k)</source>
        <translation>Kleinste getoonde groep (k)</translation>
    </message>
    <message>
        <source>Groups with fewer results than this are hidden everywhere. At least %1.</source>
        <translation>Groepen met minder resultaten dan dit zijn overal verborgen. Minstens %1.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire version:</source>
        <translation>&amp;Vragenlijstversie:</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Vragenlijstversie</translation>
    </message>
    <message>
        <source>Aggregates per sector and size</source>
        <translation>Totalen per sector en grootte</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Database in gebruik</translation>
    </message>
    <message>
        <source>About this version</source>
        <translation>Over deze versie</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Laatste keer inlezen</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>This version: %Ln result(s);</source>
        <translation>
            <numerusform>Deze versie: %Ln resultaat;</numerusform>
            <numerusform>Deze versie: %Ln resultaten;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) suppressed.</source>
        <translation>
            <numerusform>%Ln groep onderdrukt.</numerusform>
            <numerusform>%Ln groepen onderdrukt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions are never mixed.</source>
        <translation>Versies worden nooit gemengd.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Zelfscan</source>
        <translation>Zelfscan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a saved assessment…</source>
        <translation>Opgeslagen test &amp;openen…</translation>
    </message>
    <message>
        <source>Zelfscan is independent. Its questionnaires are based on the tools of the Digital Trust Center and the CCV; it is not the official tool of either.</source>
        <translation>Zelfscan is onafhankelijk. De vragenlijsten zijn gebaseerd op de instrumenten van het Digital Trust Center en het CCV; Zelfscan is niet het officiële instrument van een van beide.</translation>
    </message>
    <message>
        <source>&amp;Continue with %1 (%2 of %3 answered)</source>
        <translation>&amp;Verder met %1 (%2 van %3 beantwoord)</translation>
    </message>
    <message>
        <source>risk class %1 of %2</source>
        <translation>risicoklasse %1 van %2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>Not started yet. Choose to begin.</source>
        <translation>Nog niet begonnen. Kies om te beginnen.</translation>
    </message>
    <message>
        <source>In progress: %1 of %2 questions answered. Choose to continue.</source>
        <translation>Bezig: %1 van %2 vragen beantwoord. Kies om verder te gaan.</translation>
    </message>
    <message>
        <source>Last finished on %1: %2.</source>
        <translation>Laatst afgerond op %1: %2.</translation>
    </message>
    <message>
        <source>Finished on %1: %2.</source>
        <translation>Afgerond op %1: %2.</translation>
    </message>
    <message>
        <source>Next step: %1.</source>
        <translation>Volgende stap: %1.</translation>
    </message>
    <message>
        <source>No open steps left.</source>
        <translation>Geen open stappen meer.</translation>
    </message>
    <message>
        <source>TOP</source>
        <translation>TOP</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Your &amp;action plan: %1 of %2 steps done. Tick what you did; choose a step to see its result page.</source>
        <translation>Je actie&amp;plan: %1 van %2 stappen gedaan. Vink aan wat je gedaan hebt; kies een stap om de resultaatpagina te zien.</translation>
    </message>
    <message>
        <source>Action plan across all tools</source>
        <translation>Actieplan over alle tests</translation>
    </message>
    <message>
        <source>Your list of systems cannot be read: %1</source>
        <translation>Je lijst met systemen is niet te lezen: %1</translation>
    </message>
    <message>
        <source>List the systems you use to hear which security alerts concern them. Everything stays on this computer.</source>
        <translation>Zet de systemen die je gebruikt op een lijst, dan hoor je welke beveiligingsmeldingen erover gaan. Alles blijft op deze computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) listed. No security alerts loaded yet.</source>
        <translation>
            <numerusform>%n systeem op de lijst. Nog geen beveiligingsmeldingen geladen.</numerusform>
            <numerusform>%n systemen op de lijst. Nog geen beveiligingsmeldingen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) listed.</source>
        <translation>
            <numerusform>%n systeem op de lijst.</numerusform>
            <numerusform>%n systemen op de lijst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open vulnerability alert(s) to deal with.</source>
        <translation>
            <numerusform>%n open kwetsbaarheidsmelding om aan te pakken.</numerusform>
            <numerusform>%n open kwetsbaarheidsmeldingen om aan te pakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>How cyber resilient is your business? Here you see where you stand with each self-assessment and what to do next. Everything stays on this computer: Zelfscan works fully offline.</source>
        <translation>Hoe digitaal weerbaar is je bedrijf? Hier zie je waar je staat met elke test en wat je als volgende kunt doen. Alles blijft op deze computer: Zelfscan werkt volledig offline.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Your self-assessments</source>
        <translation>Je tests</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>My systems</source>
        <translation>Mijn systemen</translation>
    </message>
    <message>
        <source>&amp;My systems and alerts…</source>
        <translation>&amp;Mijn systemen en meldingen…</translation>
    </message>
    <message>
        <source>Do it again? %1.</source>
        <translation>Opnieuw doen? %1.</translation>
    </message>
    <message>
        <source>Plan with &amp;dates and owners…</source>
        <translation>Plannen met &amp;datum en wie het doet…</translation>
    </message>
    <message>
        <source>Your action plan is empty: everything your tools asked about is in order.</source>
        <translation>Je actieplan is leeg: alles waar je tests naar vroegen, is in orde.</translation>
    </message>
    <message>
        <source>Your action plan appears here once you have answered every question of a tool.</source>
        <translation>Je actieplan verschijnt hier zodra je alle vragen van een test hebt beantwoord.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Questionnaires</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>Some questionnaires could not be loaded and are left out:

%1</source>
        <translation>Een paar vragenlijsten konden niet worden geladen en zijn weggelaten:

%1</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>TOP</source>
        <translation>TOP</translation>
    </message>
</context>
</TS>
