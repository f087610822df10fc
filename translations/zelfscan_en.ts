<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvisoriesWindow</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n system(s);</source>
        <translation>
            <numerusform>for %n system;</numerusform>
            <numerusform>for %n systems;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand.</source>
        <translation>
            <numerusform>%n to check by hand.</numerusform>
            <numerusform>%n to check by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new advisory/advisories</source>
        <translation>
            <numerusform>%n new advisory</numerusform>
            <numerusform>%n new advisories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer revision(s)</source>
        <translation>
            <numerusform>%n newer revision</numerusform>
            <numerusform>%n newer revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (%1)</source>
        <translation>
            <numerusform>%n file could not be read (%1)</numerusform>
            <numerusform>%n files could not be read (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvisoryStepModel</name>
    <message numerus="yes">
        <source>%n advisory/advisories</source>
        <translation>
            <numerusform>%n advisory</numerusform>
            <numerusform>%n advisories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateChartView</name>
    <message numerus="yes">
        <source>%n suppressed part(s) not shown</source>
        <translation>
            <numerusform>%n suppressed part not shown</numerusform>
            <numerusform>%n suppressed parts not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suppressed class(es) or level(s) not shown</source>
        <translation>
            <numerusform>%n suppressed class or level not shown</numerusform>
            <numerusform>%n suppressed classes or levels not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n finished run(s) of this tool, oldest first. The scores are those you answered; steps you ticked as done are not counted.</source>
        <translation>
            <numerusform>%n finished run of this tool. The scores are those you answered; steps you ticked as done are not counted.</numerusform>
            <numerusform>%n finished runs of this tool, oldest first. The scores are those you answered; steps you ticked as done are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The saved answers for %1 were damaged (%2). %n answer(s) could be recovered; the damaged file is kept as %3.</source>
        <translation>
            <numerusform>The saved answers for %1 were damaged (%2). %n answer could be recovered; the damaged file is kept as %3.</numerusform>
            <numerusform>The saved answers for %1 were damaged (%2). %n answers could be recovered; the damaged file is kept as %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer every question before sharing: %n question(s) still open. Half-finished results would make the figures for everyone less reliable.</source>
        <translation>
            <numerusform>Answer every question before sharing: %n question is still open. Half-finished results would make the figures for everyone less reliable.</numerusform>
            <numerusform>Answer every question before sharing: %n questions are still open. Half-finished results would make the figures for everyone less reliable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison figures loaded: %n result(s) shared anonymously by businesses.</source>
        <translation>
            <numerusform>Comparison figures loaded: %n result shared anonymously by a business.</numerusform>
            <numerusform>Comparison figures loaded: %n results shared anonymously by businesses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned step(s) written to %1. Import the file in your calendar.</source>
        <translation>
            <numerusform>%n planned step written to %1. Import the file in your calendar.</numerusform>
            <numerusform>%n planned steps written to %1. Import the file in your calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of your action plan could not be read and are left out.</source>
        <translation>
            <numerusform>%n step of your action plan could not be read and is left out.</numerusform>
            <numerusform>%n steps of your action plan could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>after %n year(s)</source>
        <translation>
            <numerusform>after %n year</numerusform>
            <numerusform>after %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>after %n month</numerusform>
            <numerusform>after %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n answer(s) do not count: their question is not shown for your business or your other answers (%1). They are kept: change those answers back and they count again.</source>
        <translation>
            <numerusform>%n answer does not count: its question is not shown for your business or your other answers (%1). It is kept: change those answers back and it counts again.</numerusform>
            <numerusform>%n answers do not count: their question is not shown for your business or your other answers (%1). They are kept: change those answers back and they count again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Businesses like yours (%1, %n result(s)): mean score per part in the last column%2.</source>
        <translation>
            <numerusform>Businesses like yours (%1, %n result): mean score per part in the last column%2.</numerusform>
            <numerusform>Businesses like yours (%1, %n results): mean score per part in the last column%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked step(s) done, %1 of the %2 measures for your class would be in place (now %3).</source>
        <translation>
            <numerusform>With the ticked step done, %1 of the %2 measures for your class would be in place (now %3).</numerusform>
            <numerusform>With the %n ticked steps done, %1 of the %2 measures for your class would be in place (now %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the %n ticked step(s) done, your overall score would be %1 (now %2).</source>
        <translation>
            <numerusform>With the ticked step done, your overall score would be %1 (now %2).</numerusform>
            <numerusform>With the %n ticked steps done, your overall score would be %1 (now %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n question(s) not answered yet.)</source>
        <translation>
            <numerusform>(%n question not answered yet.)</numerusform>
            <numerusform>(%n questions not answered yet.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s) have no answer yet. Unanswered questions do not count in your score. Press Enter on a question to answer it, or look at the result now.</source>
        <translation>
            <numerusform>%n question has no answer yet. Unanswered questions do not count in your score. Press Enter on a question to answer it, or look at the result now.</numerusform>
            <numerusform>%n questions have no answer yet. Unanswered questions do not count in your score. Press Enter on a question to answer it, or look at the result now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffImportPanel</name>
    <message numerus="yes">
        <source>&amp;Problems (file, line, reason): %n</source>
        <translation>
            <numerusform>&amp;Problems (file, line, reason): %n</numerusform>
            <numerusform>&amp;Problems (file, line, reason): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) counted once</source>
        <translation>
            <numerusform>%Ln duplicate counted once</numerusform>
            <numerusform>%Ln duplicates counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import complete, %Ln file(s) read:</source>
        <translation>
            <numerusform>Import complete, %Ln file read:</numerusform>
            <numerusform>Import complete, %Ln files read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message numerus="yes">
        <source>This version: %Ln result(s);</source>
        <translation>
            <numerusform>This version: %Ln result;</numerusform>
            <numerusform>This version: %Ln results;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) suppressed.</source>
        <translation>
            <numerusform>%Ln group suppressed.</numerusform>
            <numerusform>%Ln groups suppressed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) listed. No security alerts loaded yet.</source>
        <translation>
            <numerusform>%n system listed. No security alerts loaded yet.</numerusform>
            <numerusform>%n systems listed. No security alerts loaded yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) listed.</source>
        <translation>
            <numerusform>%n system listed.</numerusform>
            <numerusform>%n systems listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open vulnerability alert(s) to deal with.</source>
        <translation>
            <numerusform>%n open vulnerability alert to deal with.</numerusform>
            <numerusform>%n open vulnerability alerts to deal with.</numerusform>
        </translation>
    </message>
</context>
</TS>
