<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvisorySection</name>
    <message numerus="yes">
        <source>Besides these, %n possible match(es) need checking by hand because the version could not be decided. You find them in Zelfscan under Vulnerabilities.</source>
        <translation>
            <numerusform>Besides these, %n possible match needs checking by hand because the version could not be decided. You find it in Zelfscan under Vulnerabilities.</numerusform>
            <numerusform>Besides these, %n possible matches need checking by hand because the version could not be decided. You find them in Zelfscan under Vulnerabilities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AggregateXlsx</name>
    <message numerus="yes">
        <source>%n questionnaire version(s) with too few results: left out</source>
        <translation>
            <numerusform>%n questionnaire version with too few results: left out</numerusform>
            <numerusform>%n questionnaire versions with too few results: left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
</TS>
