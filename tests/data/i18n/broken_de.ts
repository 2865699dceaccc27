<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- One defect of each kind fd_ts_check knows, for its own test: expect_defects.cmake in
     tests/i18n names each by its line here. Only "&Settings…" is right. -->
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation type="unfinished">&amp;Datenstrom</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="obsolete">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FraudDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;FraudDesk %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fd::AuditDialog</name>
    <message numerus="yes">
        <source>Hash chain intact over %n row(s).</source>
        <translation>
            <numerusform>Hash-Kette über %n Zeile intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>fd::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
