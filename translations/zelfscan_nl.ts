<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
</context>
<context>
    <name>LightBadge</name>
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
        <source>About Zelfscan</source>
        <translation>Over Zelfscan</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Zelfscan %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline cyber self-assessments for businesses, based on the tools of the Dutch Digital Trust Center (DTC) and the CCV. Zelfscan is independent and is not the official tool of either.&lt;/p&gt;&lt;p&gt;Your answers stay on this computer. Zelfscan never connects to a network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zelfscan %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Zelftests voor digitale weerbaarheid van bedrijven, volledig offline. Gebaseerd op de instrumenten van het Digital Trust Center (DTC) en het CCV. Zelfscan is onafhankelijk en is niet het officiële instrument van het DTC of het CCV.&lt;/p&gt;&lt;p&gt;Je antwoorden blijven op deze computer. Zelfscan maakt nooit verbinding met een netwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <source>Start this tool &amp;again…</source>
        <translation>Deze test &amp;opnieuw beginnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
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
        <source>New questions to answer: %1</source>
        <translation>Nieuwe vragen om te beantwoorden: %1</translation>
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
        <source>  (critical)</source>
        <translation>  (kritiek)</translation>
    </message>
    <message>
        <source>Show or hide an explanation</source>
        <translation>Uitleg tonen of verbergen</translation>
    </message>
    <message>
        <source>Explanation for: %1</source>
        <translation>Uitleg bij: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Niet ingevuld</translation>
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
    <name>StartPage</name>
    <message>
        <source>%1 — last changed %2</source>
        <translation>%1 — laatst gewijzigd %2</translation>
    </message>
    <message>
        <source>Zelfscan</source>
        <translation>Zelfscan</translation>
    </message>
    <message>
        <source>How cyber resilient is your business? Choose a self-assessment. Everything stays on this computer: Zelfscan works fully offline.</source>
        <translation>Hoe digitaal weerbaar is je bedrijf? Kies een zelftest. Alles blijft op deze computer: Zelfscan werkt volledig offline.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
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
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Verdergaan waar je gebleven was</translation>
    </message>
    <message>
        <source>Assessments in progress</source>
        <translation>Tests die je nog niet af hebt</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Verder&amp;gaan</translation>
    </message>
    <message>
        <source>&amp;Open a saved assessment…</source>
        <translation>Opgeslagen test &amp;openen…</translation>
    </message>
    <message>
        <source>Zelfscan is independent. Its questionnaires are based on the tools of the Digital Trust Center and the CCV; it is not the official tool of either.</source>
        <translation>Zelfscan is onafhankelijk. De vragenlijsten zijn gebaseerd op de instrumenten van het Digital Trust Center en het CCV; Zelfscan is niet het officiële instrument van een van beide.</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>  (critical)</source>
        <translation>  (kritiek)</translation>
    </message>
</context>
</TS>
