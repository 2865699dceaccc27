<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>fd::AuditDialog</name>
    <message numerus="yes">
        <source>Hash chain intact over %n row(s).</source>
        <translation>
            <numerusform>Hash chain intact over %n row.</numerusform>
            <numerusform>Hash chain intact over %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::CardHistoryChart</name>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>The card&apos;s last %n transaction</numerusform>
            <numerusform>The card&apos;s last %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ExportJob</name>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln row exported to %1.</numerusform>
            <numerusform>%Ln rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message numerus="yes">
        <source>%1 stopped. The %Ln transaction(s) it delivered are stored and scored.</source>
        <translation>
            <numerusform>%1 stopped. The %Ln transaction it delivered is stored and scored.</numerusform>
            <numerusform>%1 stopped. The %Ln transactions it delivered are stored and scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ModelsView</name>
    <message numerus="yes">
        <source>%n model(s). Scores everywhere come from the active one. Retrain learns from the analysts&apos; labels and imported ground truth.</source>
        <translation>
            <numerusform>%n model. Scores everywhere come from the active one. Retrain learns from the analysts&apos; labels and imported ground truth.</numerusform>
            <numerusform>%n models. Scores everywhere come from the active one. Retrain learns from the analysts&apos; labels and imported ground truth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message numerus="yes">
        <source>A case of %n alerts on this card within 24 hours</source>
        <translation>
            <numerusform>A case of %n alert on this card within 24 hours</numerusform>
            <numerusform>A case of %n alerts on this card within 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more currencies</source>
        <translation>
            <numerusform>and %n more currency</numerusform>
            <numerusform>and %n more currencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>The card&apos;s last %n transaction</numerusform>
            <numerusform>The card&apos;s last %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ReportDialog</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ReviewMetricsView</name>
    <message numerus="yes">
        <source>by %n analyst(s)</source>
        <translation>
            <numerusform>by %n analyst</numerusform>
            <numerusform>by %n analysts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fraud of %n closed</source>
        <translation>
            <numerusform>%1 fraud of %n closed</numerusform>
            <numerusform>%1 fraud of %n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n closed alert(s)</source>
        <translation>
            <numerusform>over %n closed alert</numerusform>
            <numerusform>over %n closed alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ReviewQueueModel</name>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ReviewView</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in one case</source>
        <translation>
            <numerusform>%n alert in one case</numerusform>
            <numerusform>%n alerts in one case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in %1 cases</source>
        <translation>
            <numerusform>%n alert in %1 cases</numerusform>
            <numerusform>%n alerts in %1 cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case: %n alerts on this card within 24 h, decided together</source>
        <translation>
            <numerusform>The case: %n alert on this card within 24 h</numerusform>
            <numerusform>The case: %n alerts on this card within 24 h, decided together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n alert(s), %1 in all, as %2?</source>
        <translation>
            <numerusform>Label %n alert, %1 in all, as %2?</numerusform>
            <numerusform>Label %n alerts, %1 in all, as %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n alerts.</source>
        <translation>
            <numerusform>Undone: %n alert.</numerusform>
            <numerusform>Undone: %n alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TransactionDetailDialog</name>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>The card&apos;s last %n transaction</numerusform>
            <numerusform>The card&apos;s last %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TransactionsView</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
</context>
</TS>
