<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktionen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>M&amp;odels</source>
        <translation>M&amp;odelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Transactions…</source>
        <translation>Transaktionen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start &amp;Demo Feed</source>
        <translation>&amp;Demo-Feed starten</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>Review &amp;Metrics…</source>
        <translation>Prüf&amp;kennzahlen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About FraudDesk</source>
        <translation>Ü&amp;ber FraudDesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Visible Transactions…</source>
        <translation>Sichtbare &amp;Transaktionen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exporting transactions…</source>
        <translation>Transaktionen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>core/Engine</name>
    <message>
        <source>The autoencoder needs at least one feature</source>
        <translation>Der Autoencoder braucht mindestens ein Merkmal</translation>
    </message>
    <message>
        <source>The autoencoder needs at least 10 rows to train on</source>
        <translation>Der Autoencoder braucht mindestens 10 Zeilen zum Trainieren</translation>
    </message>
    <message>
        <source>Autoencoder parameters out of range (epochs, batch size, learning rate, validation fraction below 0.9, patience)</source>
        <translation>Autoencoder-Parameter außerhalb des zulässigen Bereichs (Epochen, Batchgröße, Lernrate, Validierungsanteil unter 0.9, Geduld)</translation>
    </message>
    <message>
        <source>Autoencoder hidden layer sizes must be 1..4096</source>
        <translation>Die Größen der verborgenen Schichten des Autoencoders müssen zwischen 1 und 4096 liegen</translation>
    </message>
    <message>
        <source>Autoencoder: row %1, column %2 is not a finite number</source>
        <translation>Autoencoder: Zeile %1, Spalte %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>The autoencoder expects %1 features, got %2</source>
        <translation>Der Autoencoder erwartet %1 Merkmale, erhielt aber %2</translation>
    </message>
    <message>
        <source>The autoencoder in the model is damaged: %1</source>
        <translation>Der Autoencoder im Modell ist beschädigt: %1</translation>
    </message>
    <message>
        <source>feature count out of range</source>
        <translation>Anzahl der Merkmale außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>scaling size</source>
        <translation>Größe der Skalierung ungültig</translation>
    </message>
    <message>
        <source>scaling values</source>
        <translation>Werte der Skalierung ungültig</translation>
    </message>
    <message>
        <source>layer count</source>
        <translation>Anzahl der Schichten ungültig</translation>
    </message>
    <message>
        <source>layer shapes do not chain</source>
        <translation>die Formen der Schichten passen nicht aneinander</translation>
    </message>
    <message>
        <source>layer sizes</source>
        <translation>Größen der Schichten ungültig</translation>
    </message>
    <message>
        <source>a weight is not finite</source>
        <translation>ein Gewicht ist nicht endlich</translation>
    </message>
    <message>
        <source>a bias is not finite</source>
        <translation>ein Bias ist nicht endlich</translation>
    </message>
    <message>
        <source>the output does not rebuild the input</source>
        <translation>die Ausgabe bildet die Eingabe nicht nach</translation>
    </message>
    <message>
        <source>missing or mistyped field (%1)</source>
        <translation>fehlendes Feld oder Feld mit falschem Typ (%1)</translation>
    </message>
    <message>
        <source>The features row has %1 columns but the model expects %2</source>
        <translation>Die Merkmalszeile hat %1 Spalten, das Modell erwartet aber %2</translation>
    </message>
    <message>
        <source>Scoring needs one transaction per features row</source>
        <translation>Die Bewertung braucht eine Transaktion pro Merkmalszeile</translation>
    </message>
    <message>
        <source>The model lacks its &apos;%1&apos; part</source>
        <translation>Dem Modell fehlt sein Teil &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The model&apos;s &apos;%1&apos; part is not valid JSON</source>
        <translation>Der Teil &apos;%1&apos; des Modells ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The model header lacks the settings of its &apos;%1&apos; part</source>
        <translation>Dem Modellkopf fehlen die Einstellungen seines Teils &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The model header&apos;s &apos;%1&apos; is missing or not a finite number</source>
        <translation>&apos;%1&apos; im Modellkopf fehlt oder ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>The file is a bundle but not a FraudDesk scoring model</source>
        <translation>Die Datei ist ein Paket, aber kein FraudDesk-Bewertungsmodell</translation>
    </message>
    <message>
        <source>The model format is version %1; this FraudDesk reads version %2. Retrain the model with this version.</source>
        <translation>Das Modellformat hat Version %1; dieses FraudDesk liest Version %2. Trainieren Sie das Modell mit dieser Version neu.</translation>
    </message>
    <message>
        <source>Unknown model kind %1</source>
        <translation>Unbekannte Modellart %1</translation>
    </message>
    <message>
        <source>The model lists no features</source>
        <translation>Das Modell nennt keine Merkmale</translation>
    </message>
    <message>
        <source>The model needs features this FraudDesk does not compute: %1. Retrain it with this version.</source>
        <translation>Das Modell braucht Merkmale, die dieses FraudDesk nicht berechnet: %1. Trainieren Sie es mit dieser Version neu.</translation>
    </message>
    <message>
        <source>The feature statistics do not match the feature list</source>
        <translation>Die Merkmalsstatistiken passen nicht zur Merkmalsliste</translation>
    </message>
    <message>
        <source>The model&apos;s feature settings are out of range</source>
        <translation>Die Merkmalseinstellungen des Modells liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>The model header&apos;s members are not an object</source>
        <translation>Die Mitglieder im Modellkopf sind kein Objekt</translation>
    </message>
    <message>
        <source>The Isolation Forest was trained on a different number of features</source>
        <translation>Der Isolation Forest wurde mit einer anderen Anzahl von Merkmalen trainiert</translation>
    </message>
    <message>
        <source>The autoencoder was trained on a different number of features</source>
        <translation>Der Autoencoder wurde mit einer anderen Anzahl von Merkmalen trainiert</translation>
    </message>
    <message>
        <source>The autoencoder&apos;s mean errors are damaged</source>
        <translation>Die mittleren Fehler des Autoencoders sind beschädigt</translation>
    </message>
    <message>
        <source>The model holds no scoring member</source>
        <translation>Das Modell enthält kein bewertendes Teilmodell</translation>
    </message>
    <message>
        <source>The model header is incomplete or has the wrong types: %1</source>
        <translation>Der Modellkopf ist unvollständig oder hat falsche Typen: %1</translation>
    </message>
    <message>
        <source>Training was cancelled; nothing was saved</source>
        <translation>Das Training wurde abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Unknown feature &apos;%1&apos;. Known features: %2</source>
        <translation>Unbekanntes Merkmal &apos;%1&apos;. Bekannte Merkmale: %2</translation>
    </message>
    <message>
        <source>Feature &apos;%1&apos; is listed twice</source>
        <translation>Das Merkmal &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>The supervised model needs at least %1 fraud and as many legitimate labels; the history has %2 fraud and %3. Label more transactions or import ground truth first.</source>
        <translation>Das überwachte Modell braucht mindestens %1 Betrugs- und ebenso viele Legitim-Markierungen; der Verlauf hat %2 Betrugs- und %3 Legitim-Markierungen. Markieren Sie weitere Transaktionen oder importieren Sie zuerst Ground Truth.</translation>
    </message>
    <message>
        <source>Training needs at least two transactions</source>
        <translation>Das Training braucht mindestens zwei Transaktionen</translation>
    </message>
    <message>
        <source>Training history must be in time order (row %1 is older than the row before it)</source>
        <translation>Der Trainingsverlauf muss zeitlich geordnet sein (Zeile %1 ist älter als die Zeile davor)</translation>
    </message>
    <message>
        <source>Cannot compute feature statistics: no rows</source>
        <translation>Merkmalsstatistiken können nicht berechnet werden: keine Zeilen</translation>
    </message>
    <message>
        <source>Feature statistics in the model are damaged: %1</source>
        <translation>Die Merkmalsstatistiken im Modell sind beschädigt: %1</translation>
    </message>
    <message>
        <source>names, median or spread missing</source>
        <translation>Namen, Median oder Streuung fehlen</translation>
    </message>
    <message>
        <source>names, median and spread differ in length</source>
        <translation>Namen, Median und Streuung sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>entry %1 has the wrong type</source>
        <translation>Eintrag %1 hat den falschen Typ</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; has a non-finite median or a spread that is not positive</source>
        <translation>das Merkmal &apos;%1&apos; hat einen nicht endlichen Median oder eine nicht positive Streuung</translation>
    </message>
    <message>
        <source>Model bundle %1 is not usable: %2. Re-create it with &apos;frauddesk-cli train&apos; or pick another file.</source>
        <translation>Das Modellpaket %1 ist nicht verwendbar: %2. Erstellen Sie es mit &apos;frauddesk-cli train&apos; neu oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>it is not a FraudDesk model file (the first bytes are wrong)</source>
        <translation>es ist keine FraudDesk-Modelldatei (die ersten Bytes stimmen nicht)</translation>
    </message>
    <message>
        <source>its container format is version %1 and this FraudDesk reads version %2</source>
        <translation>sein Containerformat hat Version %1, und dieses FraudDesk liest Version %2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, more than the file holds (truncated or damaged)</source>
        <translation>sein Kopf gibt %1 Bytes an, mehr als die Datei enthält (abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>sein Kopf ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its header has no &quot;payloads&quot; list</source>
        <translation>sein Kopf hat keine Liste &quot;payloads&quot;</translation>
    </message>
    <message>
        <source>it lists too many payloads</source>
        <translation>es nennt zu viele Nutzdatenteile</translation>
    </message>
    <message>
        <source>a payload entry lacks its name, size or sha256</source>
        <translation>einem Nutzdateneintrag fehlen name, size oder sha256</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; appears twice</source>
        <translation>der Nutzdatenteil &apos;%1&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; claims %2 bytes, more than the file holds (truncated?)</source>
        <translation>der Nutzdatenteil &apos;%1&apos; gibt %2 Bytes an, mehr als die Datei enthält (abgeschnitten?)</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; does not match its SHA-256 (damaged or altered)</source>
        <translation>der Nutzdatenteil &apos;%1&apos; passt nicht zu seinem SHA-256 (beschädigt oder verändert)</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the last payload</source>
        <translation>%1 unerwartete Bytes folgen auf den letzten Nutzdatenteil</translation>
    </message>
    <message>
        <source>Cannot write model file &apos;%1&apos;: %2. Check the folder exists and is writable.</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write model file &apos;%1&apos;: %2</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read model file &apos;%1&apos;: %2</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Model file &apos;%1&apos; is %2 bytes, too large to be a FraudDesk model</source>
        <translation>Die Modelldatei &apos;%1&apos; hat %2 Bytes, zu groß für ein FraudDesk-Modell</translation>
    </message>
    <message>
        <source>Cannot read model file &apos;%1&apos;: read failed</source>
        <translation>Die Modelldatei &apos;%1&apos; kann nicht gelesen werden: Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Risk levels: &apos;%1&apos; must be a non-negative number</source>
        <translation>Risikostufen: &apos;%1&apos; muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>Risk levels must rise: medium &lt;= high &lt;= critical &lt;= 100</source>
        <translation>Risikostufen müssen steigen: medium &lt;= high &lt;= critical &lt;= 100</translation>
    </message>
    <message>
        <source>Ensemble weights: &apos;%1&apos; must be a non-negative number</source>
        <translation>Ensemble-Gewichte: &apos;%1&apos; muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>Ensemble weights: &apos;supervised_max&apos; must be at most 1</source>
        <translation>Ensemble-Gewichte: &apos;supervised_max&apos; darf höchstens 1 sein</translation>
    </message>
    <message>
        <source>Ensemble weights: at least one unsupervised weight must be above zero</source>
        <translation>Ensemble-Gewichte: mindestens ein unüberwachtes Gewicht muss größer als null sein</translation>
    </message>
    <message>
        <source>Cannot normalise scores: no training rows</source>
        <translation>Scores können nicht normalisiert werden: keine Trainingszeilen</translation>
    </message>
    <message>
        <source>Cannot normalise scores: a training score is not finite</source>
        <translation>Scores können nicht normalisiert werden: ein Trainingsscore ist nicht endlich</translation>
    </message>
    <message>
        <source>Score normalisation in the model is damaged: %1</source>
        <translation>Die Score-Normalisierung im Modell ist beschädigt: %1</translation>
    </message>
    <message>
        <source>rows, levels or values missing</source>
        <translation>rows, levels oder values fehlen</translation>
    </message>
    <message>
        <source>levels and values disagree in size or are empty</source>
        <translation>levels und values sind unterschiedlich groß oder leer</translation>
    </message>
    <message>
        <source>a non-number</source>
        <translation>ein Wert ist keine Zahl</translation>
    </message>
    <message>
        <source>a level outside (0, 1] or a value that is not finite</source>
        <translation>eine Stufe außerhalb von (0, 1] oder ein nicht endlicher Wert</translation>
    </message>
    <message>
        <source>levels must decrease and values must not</source>
        <translation>die Stufen müssen fallen und die Werte dürfen es nicht</translation>
    </message>
    <message>
        <source>Gradient-boosted trees parameter &apos;%1&apos; %2.</source>
        <translation>Parameter &apos;%1&apos; der Gradient-Boosted Trees %2.</translation>
    </message>
    <message>
        <source>is %1; it must be more than 0 and at most 1</source>
        <translation>ist %1; er muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>is %1; it must be between %2 and %3</source>
        <translation>ist %1; er muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>is missing from the saved parameters</source>
        <translation>fehlt in den gespeicherten Parametern</translation>
    </message>
    <message>
        <source>has the wrong type in the saved parameters</source>
        <translation>hat in den gespeicherten Parametern den falschen Typ</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between 0 and 1e9</source>
        <translation>muss zwischen 0 und 1e9 liegen</translation>
    </message>
    <message>
        <source>must be 0 (automatic) or a positive weight up to 1e9</source>
        <translation>muss 0 (automatisch) oder ein positives Gewicht bis 1e9 sein</translation>
    </message>
    <message>
        <source>Gradient-boosted trees parameters must be an object.</source>
        <translation>Die Parameter der Gradient-Boosted Trees müssen ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 fraud and %2 genuine labels</source>
        <translation>%1 Betrugs- und %2 Legitim-Markierungen</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation rows have no data.</source>
        <translation>Gradient-Boosted Trees: Die Validierungszeilen enthalten keine Daten.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the training rows have no data.</source>
        <translation>Gradient-Boosted Trees: Die Trainingszeilen enthalten keine Daten.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: %1 validation labels for %2 rows; give exactly one label per row.</source>
        <translation>Gradient-Boosted Trees: %1 Validierungsmarkierungen für %2 Zeilen; geben Sie genau eine Markierung pro Zeile an.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: %1 training labels for %2 rows; give exactly one label per row.</source>
        <translation>Gradient-Boosted Trees: %1 Trainingsmarkierungen für %2 Zeilen; geben Sie genau eine Markierung pro Zeile an.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation label of row %1 is %2; every label must be 1 (fraud) or 0 (genuine). Leave unlabelled transactions out of supervised training.</source>
        <translation>Gradient-Boosted Trees: Die Validierungsmarkierung von Zeile %1 ist %2; jede Markierung muss 1 (Betrug) oder 0 (legitim) sein. Lassen Sie unmarkierte Transaktionen beim überwachten Training weg.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the training label of row %1 is %2; every label must be 1 (fraud) or 0 (genuine). Leave unlabelled transactions out of supervised training.</source>
        <translation>Gradient-Boosted Trees: Die Trainingsmarkierung von Zeile %1 ist %2; jede Markierung muss 1 (Betrug) oder 0 (legitim) sein. Lassen Sie unmarkierte Transaktionen beim überwachten Training weg.</translation>
    </message>
    <message>
        <source>XGBoost returned an evaluation line FraudDesk cannot read: &apos;%1&apos;.</source>
        <translation>XGBoost lieferte eine Auswertungszeile, die FraudDesk nicht lesen kann: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: there are no training rows or no features.</source>
        <translation>Gradient-Boosted Trees: Es gibt keine Trainingszeilen oder keine Merkmale.</translation>
    </message>
    <message>
        <source>Cannot train the supervised model: the training rows have %1. It needs both kinds; label more transactions (confirmed fraud and confirmed genuine ones) and train again.</source>
        <translation>Das überwachte Modell kann nicht trainiert werden: Die Trainingszeilen haben %1. Es braucht beide Arten; markieren Sie weitere Transaktionen (bestätigten Betrug und bestätigt legitime) und trainieren Sie erneut.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation rows have %1 features, the training rows %2.</source>
        <translation>Gradient-Boosted Trees: Die Validierungszeilen haben %1 Merkmale, die Trainingszeilen %2.</translation>
    </message>
    <message>
        <source>Cannot use the validation slice for early stopping: it has %1. It needs both kinds; widen the slice, label more of it, or train without one.</source>
        <translation>Der Validierungsabschnitt kann nicht für das frühe Stoppen verwendet werden: Er hat %1. Es braucht beide Arten; vergrößern Sie den Abschnitt, markieren Sie mehr davon oder trainieren Sie ohne ihn.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: validation labels given without rows.</source>
        <translation>Gradient-Boosted Trees: Validierungsmarkierungen ohne Zeilen angegeben.</translation>
    </message>
    <message>
        <source>The gradient-boosted trees model was trained on %1 features but is given rows of %2.</source>
        <translation>Das Gradient-Boosted-Trees-Modell wurde mit %1 Merkmalen trainiert, erhält aber Zeilen mit %2.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: no row data or no output buffer given.</source>
        <translation>Gradient-Boosted Trees: keine Zeilendaten oder kein Ausgabepuffer angegeben.</translation>
    </message>
    <message>
        <source>This gradient-boosted trees model was moved away.</source>
        <translation>Dieses Gradient-Boosted-Trees-Modell wurde verschoben.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: it is larger than 1 GiB.</source>
        <translation>Das XGBoost-Modell ist nicht verwendbar: Es ist größer als 1 GiB.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: XGBoost read it differently (%1 features, %2 trees).</source>
        <translation>Das XGBoost-Modell ist nicht verwendbar: XGBoost hat es anders gelesen (%1 Merkmale, %2 Bäume).</translation>
    </message>
    <message>
        <source>no detail given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>XGBoost %1 failed: %2</source>
        <translation>XGBoost %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>XGBoost returned %1 prediction values for %2 rows; expected %3 per row.</source>
        <translation>XGBoost lieferte %1 Vorhersagewerte für %2 Zeilen; erwartet waren %3 pro Zeile.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: %1. Train the model again or pick another file.</source>
        <translation>Das XGBoost-Modell ist nicht verwendbar: %1. Trainieren Sie das Modell erneut oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>it is not valid JSON or UBJSON (error at byte %1)</source>
        <translation>es ist kein gültiges JSON oder UBJSON (Fehler bei Byte %1)</translation>
    </message>
    <message>
        <source>it holds more values than its size allows</source>
        <translation>es enthält mehr Werte, als seine Größe zulässt</translation>
    </message>
    <message>
        <source>a container claims %1 elements in %2 bytes</source>
        <translation>ein Container gibt %1 Elemente in %2 Bytes an</translation>
    </message>
    <message>
        <source>it nests deeper than any model</source>
        <translation>es ist tiefer verschachtelt als jedes Modell</translation>
    </message>
    <message>
        <source>it is not in XGBoost&apos;s JSON or UBJSON format</source>
        <translation>es liegt nicht im JSON- oder UBJSON-Format von XGBoost vor</translation>
    </message>
    <message>
        <source>it could not be parsed (%1)</source>
        <translation>es konnte nicht geparst werden (%1)</translation>
    </message>
    <message>
        <source>it could not be parsed</source>
        <translation>es konnte nicht geparst werden</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 hat kein &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>%1 holds a value that is not an integer</source>
        <translation>%1 enthält einen Wert, der keine ganze Zahl ist</translation>
    </message>
    <message>
        <source>%1 does not have one value per node</source>
        <translation>%1 hat nicht genau einen Wert pro Knoten</translation>
    </message>
    <message>
        <source>%1 holds a value that is not a finite number</source>
        <translation>%1 enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>tree %1 does not have its position as its id</source>
        <translation>Baum %1 hat nicht seine Position als id</translation>
    </message>
    <message>
        <source>tree %1 has no valid node count</source>
        <translation>Baum %1 hat keine gültige Knotenanzahl</translation>
    </message>
    <message>
        <source>tree %1 was built for a different number of features</source>
        <translation>Baum %1 wurde für eine andere Anzahl von Merkmalen gebaut</translation>
    </message>
    <message>
        <source>tree %1.default_left holds a value other than 0/1</source>
        <translation>Baum %1.default_left enthält einen anderen Wert als 0/1</translation>
    </message>
    <message>
        <source>tree %1 has a categorical split, which FraudDesk never trains</source>
        <translation>Baum %1 hat eine kategoriale Teilung, die FraudDesk nie trainiert</translation>
    </message>
    <message>
        <source>tree %1 has categorical splits, which FraudDesk never trains</source>
        <translation>Baum %1 hat kategoriale Teilungen, die FraudDesk nie trainiert</translation>
    </message>
    <message>
        <source>tree %1 has a root with a parent</source>
        <translation>Baum %1 hat eine Wurzel mit einem Elternknoten</translation>
    </message>
    <message>
        <source>tree %1 has a leaf with one child</source>
        <translation>Baum %1 hat ein Blatt mit einem Kind</translation>
    </message>
    <message>
        <source>tree %1 has a node whose children are out of place</source>
        <translation>Baum %1 hat einen Knoten, dessen Kinder an falscher Stelle stehen</translation>
    </message>
    <message>
        <source>tree %1 splits on a feature that does not exist</source>
        <translation>Baum %1 teilt nach einem Merkmal, das es nicht gibt</translation>
    </message>
    <message>
        <source>tree %1 has children that do not name their parent</source>
        <translation>Baum %1 hat Kinder, die ihren Elternknoten nicht nennen</translation>
    </message>
    <message>
        <source>tree %1 is deeper than any trained tree</source>
        <translation>Baum %1 ist tiefer als jeder trainierte Baum</translation>
    </message>
    <message>
        <source>it was trained on %1 features but %2 are expected</source>
        <translation>es wurde mit %1 Merkmalen trainiert, erwartet werden aber %2</translation>
    </message>
    <message>
        <source>it is a multi-class model, not a fraud / genuine one</source>
        <translation>es ist ein Mehrklassenmodell, kein Betrug-/Legitim-Modell</translation>
    </message>
    <message>
        <source>it predicts more than one target</source>
        <translation>es sagt mehr als eine Zielgröße vorher</translation>
    </message>
    <message>
        <source>its base score is not a probability</source>
        <translation>sein Basisscore ist keine Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>its objective is not binary:logistic</source>
        <translation>seine Zielfunktion ist nicht binary:logistic</translation>
    </message>
    <message>
        <source>its scale_pos_weight is not a valid weight</source>
        <translation>sein scale_pos_weight ist kein gültiges Gewicht</translation>
    </message>
    <message>
        <source>it is not a tree model (gbtree)</source>
        <translation>es ist kein Baummodell (gbtree)</translation>
    </message>
    <message>
        <source>its tree count does not match its trees</source>
        <translation>seine Baumanzahl passt nicht zu seinen Bäumen</translation>
    </message>
    <message>
        <source>it is a random-forest style model, which FraudDesk never trains</source>
        <translation>es ist ein Modell nach Art eines Random Forest, das FraudDesk nie trainiert</translation>
    </message>
    <message>
        <source>it has no trees</source>
        <translation>es hat keine Bäume</translation>
    </message>
    <message>
        <source>it has trees for more than one class</source>
        <translation>es hat Bäume für mehr als eine Klasse</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>es konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Isolation Forest: trees must be between 1 and 100000</source>
        <translation>Isolation Forest: Die Anzahl der Bäume muss zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>Isolation Forest: the sample size must be at least 2</source>
        <translation>Isolation Forest: Die Stichprobengröße muss mindestens 2 betragen</translation>
    </message>
    <message>
        <source>Isolation Forest needs at least two rows to train on</source>
        <translation>Isolation Forest braucht mindestens zwei Zeilen zum Trainieren</translation>
    </message>
    <message>
        <source>Isolation Forest needs at least one feature</source>
        <translation>Isolation Forest braucht mindestens ein Merkmal</translation>
    </message>
    <message>
        <source>Isolation Forest: row %1, column %2 is not a finite number</source>
        <translation>Isolation Forest: Zeile %1, Spalte %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>Isolation Forest: too many nodes</source>
        <translation>Isolation Forest: zu viele Knoten</translation>
    </message>
    <message>
        <source>Isolation Forest expects %1 features, got %2</source>
        <translation>Isolation Forest erwartet %1 Merkmale, erhielt aber %2</translation>
    </message>
    <message>
        <source>The Isolation Forest in the model is damaged: %1</source>
        <translation>Der Isolation Forest im Modell ist beschädigt: %1</translation>
    </message>
    <message>
        <source>node count out of range</source>
        <translation>Anzahl der Knoten außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>sample size out of range</source>
        <translation>Stichprobengröße außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>node arrays differ in length</source>
        <translation>die Knoten-Arrays sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>the tree count does not match its roots</source>
        <translation>die Baumanzahl passt nicht zu ihren Wurzeln</translation>
    </message>
    <message>
        <source>a tree root is out of order or range</source>
        <translation>eine Baumwurzel ist außer der Reihe oder außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>node %1 belongs to no tree</source>
        <translation>Knoten %1 gehört zu keinem Baum</translation>
    </message>
    <message>
        <source>leaf %1 is malformed</source>
        <translation>Blatt %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>node %1 has a bad feature, child or threshold</source>
        <translation>Knoten %1 hat ein ungültiges Merkmal, Kind oder einen ungültigen Schwellenwert</translation>
    </message>
    <message>
        <source>node %1 shares a child</source>
        <translation>Knoten %1 teilt sich ein Kind</translation>
    </message>
    <message>
        <source>a tree is too deep</source>
        <translation>ein Baum ist zu tief</translation>
    </message>
    <message>
        <source>an alert budget needs scored history with times</source>
        <translation>ein Alarmbudget braucht einen bewerteten Verlauf mit Zeitpunkten</translation>
    </message>
    <message>
        <source>the alert budget must be above zero</source>
        <translation>das Alarmbudget muss größer als null sein</translation>
    </message>
    <message>
        <source>a top-fraction threshold needs scored history</source>
        <translation>ein Schwellenwert nach Spitzenanteil braucht einen bewerteten Verlauf</translation>
    </message>
    <message>
        <source>the fraction must be in (0, 1]</source>
        <translation>der Anteil muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>a threshold policy needs a kind and a value</source>
        <translation>eine Schwellenwert-Regel braucht eine Art und einen Wert</translation>
    </message>
    <message>
        <source>unknown threshold policy &apos;%1&apos;</source>
        <translation>unbekannte Schwellenwert-Regel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the policy value must be above zero</source>
        <translation>der Wert der Regel muss größer als null sein</translation>
    </message>
    <message>
        <source>a cost-based threshold needs fraud labels in the history; use an alert budget (alerts per day or top fraction) until there are some</source>
        <translation>ein kostenbasierter Schwellenwert braucht Betrugsmarkierungen im Verlauf; verwenden Sie ein Alarmbudget (Alarme pro Tag oder Spitzenanteil), bis es welche gibt</translation>
    </message>
</context>
<context>
    <name>core/Export</name>
    <message>
        <source>cannot write %1 (temporary file %2): check the folder exists and is writable</source>
        <translation>%1 kann nicht geschrieben werden (temporäre Datei %2): prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>writing %1 failed (disk full?)</source>
        <translation>Schreiben von %1 fehlgeschlagen (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;: use csv, ndjson or json</source>
        <translation>unbekanntes Ausgabeformat &apos;%1&apos;: verwenden Sie csv, ndjson oder json</translation>
    </message>
    <message>
        <source>no database at %1; open one, or create one by importing transactions</source>
        <translation>keine Datenbank unter %1; öffnen Sie eine oder legen Sie eine an, indem Sie Transaktionen importieren</translation>
    </message>
    <message>
        <source>the export file %1 is the database itself; choose another file name</source>
        <translation>die Exportdatei %1 ist die Datenbank selbst; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the export</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für den Export an</translation>
    </message>
    <message>
        <source>the period is empty: its start %1 is not before its end %2; choose a start before the end</source>
        <translation>der Zeitraum ist leer: sein Beginn %1 liegt nicht vor seinem Ende %2; wählen Sie einen Beginn vor dem Ende</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot record the export in the audit log of %1, so nothing was written: %2</source>
        <translation>Der Export kann nicht im Prüfprotokoll von %1 vermerkt werden, daher wurde nichts geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>core/Features</name>
    <message>
        <source>Natural logarithm of 1 + the amount in major units (refunds count as 0).</source>
        <translation>Natürlicher Logarithmus von 1 + Betrag in der Hauptwährungseinheit (Erstattungen zählen als 0).</translation>
    </message>
    <message>
        <source>Hour of the day in UTC, 0 to 23.</source>
        <translation>Stunde des Tages in UTC, 0 bis 23.</translation>
    </message>
    <message>
        <source>1 when the transaction happens between 00:00 and 05:59 UTC.</source>
        <translation>1, wenn die Transaktion zwischen 00:00 und 05:59 UTC stattfindet.</translation>
    </message>
    <message>
        <source>1 on a Saturday or Sunday (UTC).</source>
        <translation>1 an einem Samstag oder Sonntag (UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 10 minutes.</source>
        <translation>Frühere Transaktionen dieser Karte in den letzten 10 Minuten.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past hour.</source>
        <translation>Frühere Transaktionen dieser Karte in der letzten Stunde.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 24 hours.</source>
        <translation>Frühere Transaktionen dieser Karte in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 7 days (today and the 6 days before, UTC).</source>
        <translation>Frühere Transaktionen dieser Karte in den letzten 7 Tagen (heute und die 6 Tage davor, UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Frühere Transaktionen dieser Karte in den letzten 30 Tagen (heute und die 29 Tage davor, UTC).</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past hour, in major units.</source>
        <translation>Gesamtbetrag, den diese Karte in der letzten Stunde ausgegeben hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 24 hours, in major units.</source>
        <translation>Gesamtbetrag, den diese Karte in den letzten 24 Stunden ausgegeben hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 7 days (today and the 6 days before, UTC), in major units.</source>
        <translation>Gesamtbetrag, den diese Karte in den letzten 7 Tagen (heute und die 6 Tage davor, UTC) ausgegeben hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 30 days (today and the 29 days before, UTC), in major units.</source>
        <translation>Gesamtbetrag, den diese Karte in den letzten 30 Tagen (heute und die 29 Tage davor, UTC) ausgegeben hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past hour worth under about 5 EUR; a run of them suggests card testing.</source>
        <translation>Frühere Transaktionen dieser Karte in der letzten Stunde unter etwa 5 EUR; eine Häufung deutet auf Kartentests hin.</translation>
    </message>
    <message>
        <source>Amount divided by this card&apos;s average amount over the past 30 days (1 without history, at most 1000).</source>
        <translation>Betrag geteilt durch den Durchschnittsbetrag dieser Karte in den letzten 30 Tagen (1 ohne Historie, höchstens 1000).</translation>
    </message>
    <message>
        <source>Standard deviations between log(1 + amount) and this card&apos;s 30-day mean of it (0 with fewer than 2 earlier transactions, within -20 to 20).</source>
        <translation>Abstand in Standardabweichungen zwischen log(1 + Betrag) und dessen 30-Tage-Mittelwert für diese Karte (0 bei weniger als 2 früheren Transaktionen, begrenzt auf -20 bis 20).</translation>
    </message>
    <message>
        <source>Seconds since this card&apos;s previous transaction (90 days when there is none).</source>
        <translation>Sekunden seit der vorherigen Transaktion dieser Karte (90 Tage, wenn es keine gibt).</translation>
    </message>
    <message>
        <source>1 when this card has not used this merchant among its 16 most recent ones (0 on the card&apos;s first transaction).</source>
        <translation>1, wenn dieser Händler nicht unter den 16 letzten Händlern dieser Karte ist (0 bei der ersten Transaktion der Karte).</translation>
    </message>
    <message>
        <source>1 when this card has not been used in this country among its 6 most recent ones (0 on the card&apos;s first transaction).</source>
        <translation>1, wenn dieses Land nicht unter den 6 letzten Ländern dieser Karte ist (0 bei der ersten Transaktion der Karte).</translation>
    </message>
    <message>
        <source>1 when this card-present transaction is in a city where the card has not been used in person among its 8 most recent such cities (0 online, without a city or on the card&apos;s first transaction).</source>
        <translation>1, wenn diese Transaktion mit vorgelegter Karte in einer Stadt erfolgt, die nicht unter den 8 letzten Städten ist, in denen die Karte vor Ort genutzt wurde (0 bei Online-Transaktionen, ohne Stadt oder bei der ersten Transaktion der Karte).</translation>
    </message>
    <message>
        <source>1 when this card has not been used from this device among its 6 most recent ones (0 on the card&apos;s first transaction or without a device).</source>
        <translation>1, wenn dieses Gerät nicht unter den 6 letzten Geräten dieser Karte ist (0 bei der ersten Transaktion der Karte oder ohne Gerät).</translation>
    </message>
    <message>
        <source>Distance from this card&apos;s previous card-present transaction with coordinates (0 when either has none or this one is online).</source>
        <translation>Entfernung zur vorherigen Transaktion dieser Karte mit vorgelegter Karte und Koordinaten (0, wenn eine der beiden keine hat oder diese online ist).</translation>
    </message>
    <message>
        <source>Travel speed that distance implies: km over the hours between the two transactions, counting at least one minute.</source>
        <translation>Reisegeschwindigkeit, die sich aus dieser Entfernung ergibt: km geteilt durch die Stunden zwischen den beiden Transaktionen, mindestens eine Minute gerechnet.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 10 minutes.</source>
        <translation>Frühere Transaktionen bei diesem Händler oder Terminal in den letzten 10 Minuten.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past hour.</source>
        <translation>Frühere Transaktionen bei diesem Händler oder Terminal in der letzten Stunde.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 24 hours.</source>
        <translation>Frühere Transaktionen bei diesem Händler oder Terminal in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 7 days (today and the 6 days before, UTC).</source>
        <translation>Frühere Transaktionen bei diesem Händler oder Terminal in den letzten 7 Tagen (heute und die 6 Tage davor, UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Frühere Transaktionen bei diesem Händler oder Terminal in den letzten 30 Tagen (heute und die 29 Tage davor, UTC).</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past hour, in major units.</source>
        <translation>Gesamtbetrag, den dieser Händler oder dieses Terminal in der letzten Stunde eingenommen hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 24 hours, in major units.</source>
        <translation>Gesamtbetrag, den dieser Händler oder dieses Terminal in den letzten 24 Stunden eingenommen hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 7 days (today and the 6 days before, UTC), in major units.</source>
        <translation>Gesamtbetrag, den dieser Händler oder dieses Terminal in den letzten 7 Tagen (heute und die 6 Tage davor, UTC) eingenommen hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 30 days (today and the 29 days before, UTC), in major units.</source>
        <translation>Gesamtbetrag, den dieser Händler oder dieses Terminal in den letzten 30 Tagen (heute und die 29 Tage davor, UTC) eingenommen hat, in der Hauptwährungseinheit.</translation>
    </message>
    <message>
        <source>Fraud labels on this merchant&apos;s transactions that became known in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Betrugsmarkierungen auf Transaktionen dieses Händlers, die in den letzten 30 Tagen (heute und die 29 Tage davor, UTC) bekannt wurden.</translation>
    </message>
    <message>
        <source>Share of fraud among this merchant&apos;s labels known in the past 30 days, smoothed toward the overall rate so that 1 fraud in 1 label is not 100%.</source>
        <translation>Betrugsanteil unter den in den letzten 30 Tagen bekannt gewordenen Markierungen dieses Händlers, zur Gesamtquote hin geglättet, damit 1 Betrug bei 1 Markierung nicht 100 % ergibt.</translation>
    </message>
    <message>
        <source>Earlier transactions in the past 24 hours at this merchant or terminal by cards that had not used it among their 16 most recent merchants.</source>
        <translation>Frühere Transaktionen der letzten 24 Stunden bei diesem Händler oder Terminal mit Karten, bei denen er nicht unter ihren 16 letzten Händlern war.</translation>
    </message>
    <message>
        <source>Those 24-hour new cards divided by the merchant&apos;s daily average of new cards over the past 30 days, plus one (at most 1000); a sudden influx stands out.</source>
        <translation>Diese neuen Karten der letzten 24 Stunden geteilt durch den um eins erhöhten Tagesdurchschnitt neuer Karten des Händlers in den letzten 30 Tagen (höchstens 1000); ein plötzlicher Zustrom fällt auf.</translation>
    </message>
</context>
<context>
    <name>core/Import</name>
    <message>
        <source>currency exponent %1 is not supported; use 0 to 18 decimals</source>
        <translation>Währungsexponent %1 wird nicht unterstützt; verwenden Sie 0 bis 18 Dezimalstellen</translation>
    </message>
    <message>
        <source>amount is empty; give a number such as 12.34</source>
        <translation>Betrag ist leer; geben Sie eine Zahl wie 12.34 an</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a number; use digits with &apos;.&apos; as the decimal separator, e.g. 1234.56</source>
        <translation>Betrag &apos;%1&apos; ist keine Zahl; verwenden Sie Ziffern mit &apos;.&apos; als Dezimaltrennzeichen, z. B. 1234.56</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; contains a thousands separator; remove it and use &apos;.&apos; as the decimal separator, e.g. 1234.56</source>
        <translation>Betrag &apos;%1&apos; enthält ein Tausendertrennzeichen; entfernen Sie es und verwenden Sie &apos;.&apos; als Dezimaltrennzeichen, z. B. 1234.56</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a finite number; give a decimal amount such as 12.34</source>
        <translation>Betrag &apos;%1&apos; ist keine endliche Zahl; geben Sie einen Dezimalbetrag wie 12.34 an</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is too large</source>
        <translation>Betrag &apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <source>%1: read error: %2. Check the disk or copy the file elsewhere and retry.</source>
        <translation>%1: Lesefehler: %2. Prüfen Sie den Datenträger oder kopieren Sie die Datei an einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: file not found. Check the path and try again.</source>
        <translation>%1: Datei nicht gefunden. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file. Name a CSV, JSON or NDJSON file.</source>
        <translation>%1: ist ein Ordner, keine Datei. Geben Sie eine CSV-, JSON- oder NDJSON-Datei an.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2. Check its permissions.</source>
        <translation>%1: kann nicht geöffnet werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>column %1 contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>Spalte %1 enthält ein NUL-Byte; die Datei ist vielleicht binär oder UTF-16. Exportieren Sie sie erneut als UTF-8-CSV.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>Feld &apos;%1&apos; enthält ein NUL-Byte; die Datei ist vielleicht binär oder UTF-16. Exportieren Sie sie erneut als UTF-8-CSV.</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>ein Feld jenseits der Spalten der Kopfzeile enthält ein NUL-Byte; die Datei ist vielleicht binär oder UTF-16. Exportieren Sie sie erneut als UTF-8-CSV.</translation>
    </message>
    <message>
        <source>column %1 contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>Spalte %1 enthält ein Anführungszeichen, steht aber nicht in Anführungszeichen. Setzen Sie das Feld in doppelte Anführungszeichen und verdoppeln Sie das Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>Feld &apos;%1&apos; enthält ein Anführungszeichen, steht aber nicht in Anführungszeichen. Setzen Sie das Feld in doppelte Anführungszeichen und verdoppeln Sie das Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>ein Feld jenseits der Spalten der Kopfzeile enthält ein Anführungszeichen, steht aber nicht in Anführungszeichen. Setzen Sie das Feld in doppelte Anführungszeichen und verdoppeln Sie das Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of column %1. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>nach dem schließenden Anführungszeichen von Spalte %1 folgt Text. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of field &apos;%1&apos;. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>nach dem schließenden Anführungszeichen von Feld &apos;%1&apos; folgt Text. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field beyond the header&apos;s columns. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>nach dem schließenden Anführungszeichen eines Felds jenseits der Spalten der Kopfzeile folgt Text. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>column %1 is %2 bytes long, over the limit of %3 bytes (1 MiB) for one field.</source>
        <translation>Spalte %1 ist %2 Bytes lang, über der Grenze von %3 Bytes (1 MiB) für ein Feld.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2 bytes long, over the limit of %3 bytes (1 MiB) for one field.</source>
        <translation>Feld &apos;%1&apos; ist %2 Bytes lang, über der Grenze von %3 Bytes (1 MiB) für ein Feld.</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns is %1 bytes long, over the limit of %2 bytes (1 MiB) for one field.</source>
        <translation>ein Feld jenseits der Spalten der Kopfzeile ist %1 Bytes lang, über der Grenze von %2 Bytes (1 MiB) für ein Feld.</translation>
    </message>
    <message>
        <source>%1: the file is empty. Choose a CSV file with a header line and at least one row.</source>
        <translation>%1: die Datei ist leer. Wählen Sie eine CSV-Datei mit einer Kopfzeile und mindestens einer Zeile.</translation>
    </message>
    <message>
        <source>%1: the file has no header line, only blank lines. Add a header line naming the columns.</source>
        <translation>%1: die Datei hat keine Kopfzeile, nur Leerzeilen. Fügen Sie eine Kopfzeile mit den Spaltennamen hinzu.</translation>
    </message>
    <message>
        <source>%1: header (line %2) is longer than 4 MiB; this does not look like a CSV file.</source>
        <translation>%1: Kopfzeile (Zeile %2) ist länger als 4 MiB; das sieht nicht nach einer CSV-Datei aus.</translation>
    </message>
    <message>
        <source>%1: header (line %2) has a quote that is never closed. Fix the header&apos;s quoting.</source>
        <translation>%1: Kopfzeile (Zeile %2) hat ein Anführungszeichen, das nie geschlossen wird. Korrigieren Sie die Anführungszeichen der Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: header (line %2): %3 Fix the header line.</source>
        <translation>%1: Kopfzeile (Zeile %2): %3 Korrigieren Sie die Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: header (line %2) has more than %3 columns; check that this is a CSV file.</source>
        <translation>%1: Kopfzeile (Zeile %2) hat mehr als %3 Spalten; prüfen Sie, ob dies eine CSV-Datei ist.</translation>
    </message>
    <message>
        <source>%1: header (line %2): column %3 has no name (the %4 is the delimiter). Give every column a name.</source>
        <translation>%1: Kopfzeile (Zeile %2): Spalte %3 hat keinen Namen (Trennzeichen ist: %4). Geben Sie jeder Spalte einen Namen.</translation>
    </message>
    <message>
        <source>%1: header (line %2): the column name &apos;%3&apos; appears twice. Rename one so every column name is unique.</source>
        <translation>%1: Kopfzeile (Zeile %2): der Spaltenname &apos;%3&apos; kommt zweimal vor. Benennen Sie eine Spalte um, damit jeder Spaltenname eindeutig ist.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %2 bytes (4 MiB) because the quote opened in field &apos;%1&apos; is never closed. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>der Datensatz ist länger als die Grenze von %2 Bytes (4 MiB), weil das in Feld &apos;%1&apos; geöffnete Anführungszeichen nie geschlossen wird. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;). Das Lesen wurde in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes (4 MiB) because the quote opened in a field beyond the header&apos;s columns is never closed. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>der Datensatz ist länger als die Grenze von %1 Bytes (4 MiB), weil das in einem Feld jenseits der Spalten der Kopfzeile geöffnete Anführungszeichen nie geschlossen wird. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;). Das Lesen wurde in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes (4 MiB). Reading resumed on the next line.</source>
        <translation>der Datensatz ist länger als die Grenze von %1 Bytes (4 MiB). Das Lesen wurde in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>the quote opened in field &apos;%1&apos; is never closed before the end of the file. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>das in Feld &apos;%1&apos; geöffnete Anführungszeichen wird bis zum Dateiende nicht geschlossen. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;). Das Lesen wurde in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>the quote opened in a field beyond the header&apos;s columns is never closed before the end of the file. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>das in einem Feld jenseits der Spalten der Kopfzeile geöffnete Anführungszeichen wird bis zum Dateiende nicht geschlossen. Ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;). Das Lesen wurde in der nächsten Zeile fortgesetzt.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2. Check the delimiter (%3) and the quoting on this line.</source>
        <translation>%1 Felder erwartet, %2 gefunden. Prüfen Sie das Trennzeichen (%3) und die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>mapping profile is not a JSON object</source>
        <translation>Zuordnungsprofil ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object</source>
        <translation>&quot;columns&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;columns&quot; names unknown field &quot;%1&quot;; fields are transaction_id, timestamp, card_id, amount, ...</source>
        <translation>&quot;columns&quot; nennt das unbekannte Feld &quot;%1&quot;; Felder sind transaction_id, timestamp, card_id, amount, ...</translation>
    </message>
    <message>
        <source>column for &quot;%1&quot; must be a string</source>
        <translation>Spalte für &quot;%1&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>&quot;ignored&quot; must be an array</source>
        <translation>&quot;ignored&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;ignored&quot; must hold column names</source>
        <translation>&quot;ignored&quot; muss Spaltennamen enthalten</translation>
    </message>
    <message>
        <source>&quot;timestamp_format&quot; must be auto, iso8601, epoch_seconds, epoch_millis or offset_seconds</source>
        <translation>&quot;timestamp_format&quot; muss auto, iso8601, epoch_seconds, epoch_millis oder offset_seconds sein</translation>
    </message>
    <message>
        <source>&quot;timestamp_start&quot;: %1</source>
        <translation>&quot;timestamp_start&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;default_currency&quot; must be an ISO 4217 code such as EUR</source>
        <translation>&quot;default_currency&quot; muss ein ISO-4217-Code wie EUR sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in mapping profile</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; im Zuordnungsprofil</translation>
    </message>
    <message>
        <source>mapping profile name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>Name des Zuordnungsprofils &quot;%1&quot; ist ungültig: verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>cannot write mapping profile %1</source>
        <translation>Zuordnungsprofil %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot save mapping profile %1: %2</source>
        <translation>Zuordnungsprofil %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read mapping profile %1</source>
        <translation>Zuordnungsprofil %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>mapping profile %1: %2</source>
        <translation>Zuordnungsprofil %1: %2</translation>
    </message>
    <message>
        <source>mapping profile name &quot;%1&quot; is not valid</source>
        <translation>Name des Zuordnungsprofils &quot;%1&quot; ist ungültig</translation>
    </message>
    <message>
        <source>no mapping profile named &quot;%1&quot; in %2; save one from the import wizard or pass a profile file</source>
        <translation>kein Zuordnungsprofil namens &quot;%1&quot; in %2; speichern Sie eines im Importassistenten oder geben Sie eine Profildatei an</translation>
    </message>
    <message>
        <source>%1: the mapping puts %2 in column &quot;%3&quot;, which the file does not have. Fix the mapping or the file.</source>
        <translation>%1: die Zuordnung legt %2 in die Spalte &quot;%3&quot;, die die Datei nicht hat. Korrigieren Sie die Zuordnung oder die Datei.</translation>
    </message>
    <message>
        <source>%1: no %2 column found among %3 columns. Name it &quot;%4&quot; or map it with --mapping (a profile).</source>
        <translation>%1: keine Spalte %2 unter %3 Spalten gefunden. Nennen Sie sie &quot;%4&quot; oder ordnen Sie sie mit --mapping (einem Profil) zu.</translation>
    </message>
    <message>
        <source>timestamp is empty</source>
        <translation>Zeitstempel ist leer</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>Währung &apos;%1&apos; ist kein ISO-4217-Code wie EUR</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>Betrag ist leer</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not 0, 1, true or false; leave it empty when unknown</source>
        <translation>Label &apos;%1&apos; ist nicht 0, 1, true oder false; lassen Sie es leer, wenn es unbekannt ist</translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number between -%2 and %3</source>
        <translation>Breitengrad &apos;%1&apos; ist keine Zahl zwischen -%2 und %3</translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number between -%2 and %3</source>
        <translation>Längengrad &apos;%1&apos; ist keine Zahl zwischen -%2 und %3</translation>
    </message>
    <message>
        <source>the row holds a NUL byte; the file may be corrupt</source>
        <translation>die Zeile enthält ein NUL-Byte; die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>transaction id is empty; every row needs a unique id</source>
        <translation>Transaktions-ID ist leer; jede Zeile braucht eine eindeutige ID</translation>
    </message>
    <message>
        <source>fraud_rate must be between 0 and 0.5</source>
        <translation>fraud_rate muss zwischen 0 und 0.5 liegen</translation>
    </message>
    <message>
        <source>rows_per_day must be a positive number</source>
        <translation>rows_per_day muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>%1: the file is UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1: die Datei ist UTF-32-Text; speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as UTF-8 (in Excel: Save As, &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1: die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (in Excel: Speichern unter, &quot;CSV UTF-8&quot;) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Excel .xlsx workbook)</source>
        <translation>ein ZIP-Archiv (oder eine Excel-Arbeitsmappe .xlsx)</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>ein leeres ZIP-Archiv</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>gzip-komprimiert</translation>
    </message>
    <message>
        <source>bzip2-compressed</source>
        <translation>bzip2-komprimiert</translation>
    </message>
    <message>
        <source>xz-compressed</source>
        <translation>xz-komprimiert</translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation>zstd-komprimiert</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>%1: the file looks compressed (%2); unzip it first (or export the sheet as CSV) and import the extracted file.</source>
        <translation>%1: die Datei scheint komprimiert zu sein (%2); entpacken Sie sie zuerst (oder exportieren Sie das Blatt als CSV) und importieren Sie die entpackte Datei.</translation>
    </message>
    <message>
        <source>%1: the file looks like UTF-16 text without a byte order mark; save it as UTF-8 and import it again.</source>
        <translation>%1: die Datei scheint UTF-16-Text ohne Byte-Order-Mark zu sein; speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: the file is binary (it contains NUL bytes), not CSV, JSON or NDJSON text; export the data as CSV or JSON and import that.</source>
        <translation>%1: die Datei ist binär (sie enthält NUL-Bytes), kein CSV-, JSON- oder NDJSON-Text; exportieren Sie die Daten als CSV oder JSON und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: the file is binary (mostly control bytes), not CSV, JSON or NDJSON text; export the data as CSV or JSON and import that.</source>
        <translation>%1: die Datei ist binär (überwiegend Steuerzeichen), kein CSV-, JSON- oder NDJSON-Text; exportieren Sie die Daten als CSV oder JSON und importieren Sie diese.</translation>
    </message>
    <message>
        <source>unknown input format &apos;%1&apos; (expected auto, csv, json or ndjson)</source>
        <translation>unbekanntes Eingabeformat &apos;%1&apos; (erwartet: auto, csv, json oder ndjson)</translation>
    </message>
    <message>
        <source>%1: the file is empty; choose a file that contains data.</source>
        <translation>%1: die Datei ist leer; wählen Sie eine Datei, die Daten enthält.</translation>
    </message>
    <message>
        <source>%1: the file contains only blank space; choose a file that contains data.</source>
        <translation>%1: die Datei enthält nur Leerraum; wählen Sie eine Datei, die Daten enthält.</translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>der Datensatz ist leer</translation>
    </message>
    <message>
        <source>unexpected %1 after the object</source>
        <translation>unerwartet: %1 nach dem Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON number, not an object</source>
        <translation>der Datensatz ist eine JSON-Zahl, kein Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON boolean, not an object</source>
        <translation>der Datensatz ist ein JSON-Wahrheitswert, kein Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON array, not an object</source>
        <translation>der Datensatz ist ein JSON-Array, kein Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON string, not an object</source>
        <translation>der Datensatz ist ein JSON-String, kein Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON null, not an object</source>
        <translation>der Datensatz ist JSON-null, kein Objekt</translation>
    </message>
    <message>
        <source>the record is a JSON value, not an object</source>
        <translation>der Datensatz ist ein JSON-Wert, kein Objekt</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key but found %1</source>
        <translation>nach einem Schlüssel wurde &apos;:&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>Objekte und Arrays sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected a quoted key but found %1</source>
        <translation>Schlüssel in Anführungszeichen erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found %2</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>ungültiges Literal (erwartet: %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value should be</source>
        <translation>unerwartet: %1 an einer Stelle, an der ein Wert stehen sollte</translation>
    </message>
    <message>
        <source>a number has no digits after &apos;.&apos;</source>
        <translation>eine Zahl hat keine Ziffern nach &apos;.&apos;</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>eine Zahl hat keine Ziffern im Exponenten</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>ein String ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a string contains a raw control character (%1); it must be escaped</source>
        <translation>ein String enthält ein unmaskiertes Steuerzeichen (%1); es muss maskiert werden</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; in einem String</translation>
    </message>
    <message>
        <source>%1: starts with invalid bytes; save it as UTF-8 JSON.</source>
        <translation>%1: beginnt mit ungültigen Bytes; speichern Sie die Datei als UTF-8-JSON.</translation>
    </message>
    <message>
        <source>%1: is empty. Choose a file that contains transactions.</source>
        <translation>%1: ist leer. Wählen Sie eine Datei, die Transaktionen enthält.</translation>
    </message>
    <message>
        <source>%1: is a JSON array, not NDJSON (one object per line). Open it as JSON.</source>
        <translation>%1: ist ein JSON-Array, kein NDJSON (ein Objekt pro Zeile). Öffnen Sie die Datei als JSON.</translation>
    </message>
    <message>
        <source>%1: is not NDJSON: the first line does not start with &apos;{&apos; (found %2). Open it as CSV or fix the file.</source>
        <translation>%1: ist kein NDJSON: die erste Zeile beginnt nicht mit &apos;{&apos; (gefunden: %2). Öffnen Sie die Datei als CSV oder korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>%1: is not a JSON array: it should start with &apos;[&apos; but starts with %2. Open it as NDJSON or as a JSON object with a &quot;transactions&quot; array, or fix the file.</source>
        <translation>%1: ist kein JSON-Array: es sollte mit &apos;[&apos; beginnen, beginnt aber mit %2. Öffnen Sie die Datei als NDJSON oder als JSON-Objekt mit einem Array &quot;transactions&quot;, oder korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>%1: has no &quot;transactions&quot; array at the top level. Put the records in {&quot;transactions&quot;: [ ... ]}, or save them as a JSON array or NDJSON.</source>
        <translation>%1: hat kein Array &quot;transactions&quot; auf oberster Ebene. Legen Sie die Datensätze in {&quot;transactions&quot;: [ ... ]} ab oder speichern Sie sie als JSON-Array oder NDJSON.</translation>
    </message>
    <message>
        <source>%1: is not a JSON object: it starts with %2. Open it as a JSON array, NDJSON or CSV.</source>
        <translation>%1: ist kein JSON-Objekt: es beginnt mit %2. Öffnen Sie die Datei als JSON-Array, NDJSON oder CSV.</translation>
    </message>
    <message>
        <source>%1: is not valid JSON near line %2: expected a quoted key, found %3.</source>
        <translation>%1: ist kein gültiges JSON nahe Zeile %2: Schlüssel in Anführungszeichen erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <source>%1: is not valid JSON near line %2: expected &apos;:&apos; after a key.</source>
        <translation>%1: ist kein gültiges JSON nahe Zeile %2: nach einem Schlüssel wurde &apos;:&apos; erwartet.</translation>
    </message>
    <message>
        <source>%1: has a &quot;transactions&quot; member that is not an array (it starts with %2). It must hold [ ... ] records.</source>
        <translation>%1: hat ein Element &quot;transactions&quot;, das kein Array ist (es beginnt mit %2). Es muss Datensätze in [ ... ] enthalten.</translation>
    </message>
    <message>
        <source>invalid JSON record: %1 (line %2, byte %3 of the record)</source>
        <translation>ungültiger JSON-Datensatz: %1 (Zeile %2, Byte %3 des Datensatzes)</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; it was skipped</source>
        <translation>die Zeile ist länger als %1 MiB; sie wurde übersprungen</translation>
    </message>
    <message>
        <source>the record is cut off at the end of the input (truncated file?)</source>
        <translation>der Datensatz bricht am Ende der Eingabe ab (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>a string is not closed before the end of its line</source>
        <translation>ein String wird vor dem Ende seiner Zeile nicht geschlossen</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; is closed by &apos;%2&apos;</source>
        <translation>ein &apos;%1&apos; wird durch &apos;%2&apos; geschlossen</translation>
    </message>
    <message>
        <source>expected a JSON object between records but found &apos;%1&apos;; that text was skipped</source>
        <translation>zwischen Datensätzen wurde ein JSON-Objekt erwartet, aber &apos;%1&apos; gefunden; dieser Text wurde übersprungen</translation>
    </message>
    <message>
        <source>invalid JSON record: %1</source>
        <translation>ungültiger JSON-Datensatz: %1</translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; it was skipped</source>
        <translation>der Datensatz ist größer als %1 MiB; er wurde übersprungen</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing before this record, so the file is damaged here; the record was skipped</source>
        <translation>vor diesem Datensatz fehlt ein &apos;,&apos;, die Datei ist hier also beschädigt; der Datensatz wurde übersprungen</translation>
    </message>
    <message>
        <source>the JSON is cut off or its brackets do not match</source>
        <translation>das JSON bricht ab oder seine Klammern passen nicht zusammen</translation>
    </message>
    <message>
        <source>a string is not closed or has a bad escape</source>
        <translation>ein String ist nicht geschlossen oder hat eine fehlerhafte Escape-Sequenz</translation>
    </message>
    <message>
        <source>a string contains a raw control character; it must be escaped</source>
        <translation>ein String enthält ein unmaskiertes Steuerzeichen; es muss maskiert werden</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a number is not valid JSON or out of range</source>
        <translation>eine Zahl ist kein gültiges JSON oder außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>eine Zahl ist außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>ungültiges Literal (erwartet: true, false oder null)</translation>
    </message>
    <message>
        <source>the line is not valid JSON</source>
        <translation>die Zeile ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the line is JSON an array, not an object</source>
        <translation>die Zeile ist ein JSON-Array, kein Objekt</translation>
    </message>
    <message>
        <source>the line is JSON a string, not an object</source>
        <translation>die Zeile ist ein JSON-String, kein Objekt</translation>
    </message>
    <message>
        <source>the line is JSON a number, not an object</source>
        <translation>die Zeile ist eine JSON-Zahl, kein Objekt</translation>
    </message>
    <message>
        <source>the line is JSON a boolean, not an object</source>
        <translation>die Zeile ist ein JSON-Wahrheitswert, kein Objekt</translation>
    </message>
    <message>
        <source>the line is JSON null, not an object</source>
        <translation>die Zeile ist JSON-null, kein Objekt</translation>
    </message>
    <message>
        <source>the line is not JSON (it should be one object per line)</source>
        <translation>die Zeile ist kein JSON (erwartet wird ein Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>no amount or timestamp key the mapping recognises; name them &quot;amount&quot; and &quot;timestamp&quot;, or connect with ?mapping=NAME</source>
        <translation>kein Schlüssel für Betrag oder Zeitstempel, den die Zuordnung erkennt; nennen Sie sie &quot;amount&quot; und &quot;timestamp&quot; oder verbinden Sie mit ?mapping=NAME</translation>
    </message>
    <message>
        <source>the line is longer than %1 KiB and was dropped; send one transaction per line</source>
        <translation>die Zeile ist länger als %1 KiB und wurde verworfen; senden Sie eine Transaktion pro Zeile</translation>
    </message>
    <message>
        <source>the stream ended in the middle of this line (no newline after it); the producer must end every record with a newline</source>
        <translation>der Datenstrom endete mitten in dieser Zeile (kein Zeilenumbruch danach); der Erzeuger muss jeden Datensatz mit einem Zeilenumbruch abschließen</translation>
    </message>
    <message>
        <source>the record is longer than %1 KiB and was dropped</source>
        <translation>der Datensatz ist länger als %1 KiB und wurde verworfen</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; to compute its checksum: %2. Check that the file exists and is readable.</source>
        <translation>&apos;%1&apos; kann zur Berechnung der Prüfsumme nicht geöffnet werden: %2. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; to compute its checksum: %2.</source>
        <translation>&apos;%1&apos; kann zur Berechnung der Prüfsumme nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>file:///path, folder:///path, tcp://host:port, listen://host:port, kafka://broker[,broker]/topic?group=NAME or sim://?rate=N&amp;seed=S&amp;fraud-rate=R</source>
        <translation>file:///path, folder:///path, tcp://host:port, listen://host:port, kafka://broker[,broker]/topic?group=NAME oder sim://?rate=N&amp;seed=S&amp;fraud-rate=R</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Quelle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by two hex digits (write %25 for a percent sign)</source>
        <translation>auf &apos;%&apos; müssen zwei Hexadezimalziffern folgen (schreiben Sie %25 für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>%00 (a NUL byte) is not allowed</source>
        <translation>%00 (ein NUL-Byte) ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>der Port &apos;%1&apos; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>an IPv6 address needs a closing &apos;]&apos;</source>
        <translation>eine IPv6-Adresse braucht eine schließende &apos;]&apos;</translation>
    </message>
    <message>
        <source>give a port after the address, as [::1]:9000</source>
        <translation>geben Sie nach der Adresse einen Port an, etwa [::1]:9000</translation>
    </message>
    <message>
        <source>give a host and a port, as 127.0.0.1:9000</source>
        <translation>geben Sie Host und Port an, etwa 127.0.0.1:9000</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, as [::1]:9000</source>
        <translation>schreiben Sie eine IPv6-Adresse in eckigen Klammern, etwa [::1]:9000</translation>
    </message>
    <message>
        <source>the host is empty; give a name or an address, as 127.0.0.1:9000</source>
        <translation>der Host ist leer; geben Sie einen Namen oder eine Adresse an, etwa 127.0.0.1:9000</translation>
    </message>
    <message>
        <source>a query parameter has no name</source>
        <translation>ein Abfrageparameter hat keinen Namen</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is given twice</source>
        <translation>der Parameter &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2 (known: %3)</source>
        <translation>unbekannter Parameter &apos;%1&apos; für %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number from %2 to %3</source>
        <translation>&apos;%1&apos; muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>not a source URI; write one of %1</source>
        <translation>keine Quell-URI; schreiben Sie eine der Formen %1</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; write one of %2</source>
        <translation>unbekannte Art &apos;%1&apos;; schreiben Sie eine der Formen %2</translation>
    </message>
    <message>
        <source>a path must be absolute, as %1:///home/ana/inbox (three slashes)</source>
        <translation>ein Pfad muss absolut sein, etwa %1:///home/ana/inbox (drei Schrägstriche)</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>a %1 source has no path</source>
        <translation>eine %1-Quelle hat keinen Pfad</translation>
    </message>
    <message>
        <source>give at least one broker, as kafka://host:9092/topic</source>
        <translation>geben Sie mindestens einen Broker an, etwa kafka://host:9092/topic</translation>
    </message>
    <message>
        <source>give a topic after the brokers, as kafka://host:9092/payments</source>
        <translation>geben Sie nach den Brokern ein Topic an, etwa kafka://host:9092/payments</translation>
    </message>
    <message>
        <source>a topic name has no &apos;/&apos;</source>
        <translation>ein Topic-Name enthält kein &apos;/&apos;</translation>
    </message>
    <message>
        <source>give a consumer group, as ?group=frauddesk</source>
        <translation>geben Sie eine Consumer-Gruppe an, etwa ?group=frauddesk</translation>
    </message>
    <message>
        <source>the simulator takes only parameters, as sim://?rate=200&amp;seed=1</source>
        <translation>der Simulator nimmt nur Parameter an, etwa sim://?rate=200&amp;seed=1</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not ISO-8601 (2024-03-01T12:34:56Z), &apos;YYYY-MM-DD HH:MM:SS&apos;, or epoch seconds/milliseconds</source>
        <translation>Zeitstempel &apos;%1&apos; ist weder ISO-8601 (2024-03-01T12:34:56Z) noch &apos;YYYY-MM-DD HH:MM:SS&apos; noch Epoch-Sekunden/-Millisekunden</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has year %2, outside the supported years 1900..2200</source>
        <translation>Zeitstempel &apos;%1&apos; hat das Jahr %2, außerhalb der unterstützten Jahre 1900..2200</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (month %2 does not exist)</source>
        <translation>Zeitstempel &apos;%1&apos; ist kein echtes Datum (Monat %2 gibt es nicht)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (day 0 does not exist)</source>
        <translation>Zeitstempel &apos;%1&apos; ist kein echtes Datum (Tag 0 gibt es nicht)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (%2 is not a leap year)</source>
        <translation>Zeitstempel &apos;%1&apos; ist kein echtes Datum (%2 ist kein Schaltjahr)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (month %2 has %3 days)</source>
        <translation>Zeitstempel &apos;%1&apos; ist kein echtes Datum (Monat %2 hat %3 Tage)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real time of day (hours go to 23, minutes and seconds to 59)</source>
        <translation>Zeitstempel &apos;%1&apos; ist keine echte Uhrzeit (Stunden gehen bis 23, Minuten und Sekunden bis 59)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is outside the supported years 1900..2200 once converted to UTC</source>
        <translation>Zeitstempel &apos;%1&apos; liegt nach Umrechnung in UTC außerhalb der unterstützten Jahre 1900..2200</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of epoch milliseconds</source>
        <translation>Zeitstempel &apos;%1&apos; ist keine Zahl von Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of epoch seconds</source>
        <translation>Zeitstempel &apos;%1&apos; ist keine Zahl von Epoch-Sekunden</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of seconds after the start time</source>
        <translation>Zeitstempel &apos;%1&apos; ist keine Zahl von Sekunden nach der Startzeit</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is out of range (supported years are 1900..2200)</source>
        <translation>Zeitstempel &apos;%1&apos; ist außerhalb des Bereichs (unterstützt werden die Jahre 1900..2200)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: format must be auto, csv, json or ndjson, not &apos;%2&apos;</source>
        <translation>Quelle &apos;%1&apos;: format muss auto, csv, json oder ndjson sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Folder &apos;%1&apos; does not exist or is not a folder: create it or check the path in %2</source>
        <translation>Ordner &apos;%1&apos; existiert nicht oder ist kein Ordner: legen Sie ihn an oder prüfen Sie den Pfad in %2</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2; check the folder&apos;s permissions</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: %2; prüfen Sie die Berechtigungen des Ordners</translation>
    </message>
    <message>
        <source>Cannot read folder &apos;%1&apos;: %2</source>
        <translation>Ordner &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; to %2/: %3; check the folder&apos;s permissions (it would be read again)</source>
        <translation>&apos;%1&apos; kann nicht nach %2/ verschoben werden: %3; prüfen Sie die Berechtigungen des Ordners (sonst würde die Datei erneut gelesen)</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: &apos;seed&apos; must be a whole number</source>
        <translation>Quelle &apos;%1&apos;: &apos;seed&apos; muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>core/Reasons</name>
    <message>
        <source>Large amount: {amount} {currency}</source>
        <translation>Hoher Betrag: {amount} {currency}</translation>
    </message>
    <message>
        <source>Made at night (00:00-05:59 UTC)</source>
        <translation>Nachts getätigt (00:00-05:59 UTC)</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 10 minutes</source>
        <translation>{count} Transaktionen dieser Karte innerhalb von 10 Minuten</translation>
    </message>
    <message>
        <source>{count} transactions on this card within an hour</source>
        <translation>{count} Transaktionen dieser Karte innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 24 hours</source>
        <translation>{count} Transaktionen dieser Karte innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 7 days</source>
        <translation>{count} Transaktionen dieser Karte innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>{value} {currency} already spent on this card in the past hour</source>
        <translation>{value} {currency} bereits in der letzten Stunde mit dieser Karte ausgegeben</translation>
    </message>
    <message>
        <source>{value} {currency} already spent on this card in the past 24 hours</source>
        <translation>{value} {currency} bereits in den letzten 24 Stunden mit dieser Karte ausgegeben</translation>
    </message>
    <message>
        <source>{value_int} small payments (under about 5 EUR) on this card in the past hour, a card testing pattern</source>
        <translation>{value_int} kleine Zahlungen (unter etwa 5 EUR) mit dieser Karte in der letzten Stunde, ein typisches Muster für Kartentests</translation>
    </message>
    <message>
        <source>Amount {amount} {currency} is {times}x this card&apos;s 30-day average</source>
        <translation>Betrag {amount} {currency} ist {times}-mal so hoch wie der 30-Tage-Durchschnitt dieser Karte</translation>
    </message>
    <message>
        <source>Amount is {value} standard deviations above this card&apos;s usual spending</source>
        <translation>Betrag liegt {value} Standardabweichungen über den üblichen Ausgaben dieser Karte</translation>
    </message>
    <message>
        <source>Only {value_int} seconds since this card&apos;s previous transaction</source>
        <translation>Nur {value_int} Sekunden seit der vorherigen Transaktion dieser Karte</translation>
    </message>
    <message>
        <source>First transaction at merchant {merchant} for this card</source>
        <translation>Erste Transaktion dieser Karte bei Händler {merchant}</translation>
    </message>
    <message>
        <source>First transaction from {country} for this card</source>
        <translation>Erste Transaktion dieser Karte aus {country}</translation>
    </message>
    <message>
        <source>First purchase in person in {city} for this card</source>
        <translation>Erster Kauf vor Ort in {city} mit dieser Karte</translation>
    </message>
    <message>
        <source>First transaction from device {device} for this card</source>
        <translation>Erste Transaktion dieser Karte vom Gerät {device}</translation>
    </message>
    <message>
        <source>{value_int} km from this card&apos;s previous transaction</source>
        <translation>{value_int} km von der vorherigen Transaktion dieser Karte entfernt</translation>
    </message>
    <message>
        <source>Travel at {value_int} km/h since this card&apos;s previous transaction would be impossible</source>
        <translation>Eine Reise mit {value_int} km/h seit der vorherigen Transaktion dieser Karte wäre unmöglich</translation>
    </message>
    <message>
        <source>{count} transactions at this terminal within 10 minutes</source>
        <translation>{count} Transaktionen an diesem Terminal innerhalb von 10 Minuten</translation>
    </message>
    <message>
        <source>{count} transactions at this terminal within an hour</source>
        <translation>{count} Transaktionen an diesem Terminal innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>Cards new to this terminal arrive {times}x faster than usual in the past 24 hours</source>
        <translation>Für dieses Terminal neue Karten kommen in den letzten 24 Stunden {times}-mal so schnell wie üblich</translation>
    </message>
    <message>
        <source>{value_int} confirmed frauds at this merchant in the past 30 days</source>
        <translation>{value_int} bestätigte Betrugsfälle bei diesem Händler in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>{percent}% of this merchant&apos;s labelled transactions in 30 days were fraud</source>
        <translation>{percent} % der markierten Transaktionen dieses Händlers in 30 Tagen waren Betrug</translation>
    </message>
    <message>
        <source>Large night-time online purchase of {amount} {currency} at hour {hour}</source>
        <translation>Hoher nächtlicher Online-Kauf über {amount} {currency} um {hour} Uhr</translation>
    </message>
    <message>
        <source>Purchase in a high-risk merchant category ({merchant_category})</source>
        <translation>Kauf in einer Händlerkategorie mit hohem Risiko ({merchant_category})</translation>
    </message>
    <message>
        <source>Very large amount: {amount} {currency}</source>
        <translation>Sehr hoher Betrag: {amount} {currency}</translation>
    </message>
    <message>
        <source>{card_count_1h} transactions on this card in the last hour</source>
        <translation>{card_count_1h} Transaktionen dieser Karte in der letzten Stunde</translation>
    </message>
    <message>
        <source>First transaction from {country} for this card, of {amount} {currency}</source>
        <translation>Erste Transaktion dieser Karte aus {country}, über {amount} {currency}</translation>
    </message>
    <message>
        <source>Amount {amount} {currency} is {card_amount_ratio_30d} times this card&apos;s 30-day average</source>
        <translation>Betrag {amount} {currency} ist {card_amount_ratio_30d}-mal so hoch wie der 30-Tage-Durchschnitt dieser Karte</translation>
    </message>
    <message>
        <source>{card_small_count_1h} small payments on this card in the last hour before this one</source>
        <translation>{card_small_count_1h} kleine Zahlungen mit dieser Karte in der Stunde vor dieser</translation>
    </message>
    <message>
        <source>New device and new country ({country}) for this card at once</source>
        <translation>Neues Gerät und zugleich neues Land ({country}) für diese Karte</translation>
    </message>
    <message>
        <source>Impossible travel: {speed_from_previous_kmh} km/h since the card&apos;s previous transaction</source>
        <translation>Unmögliche Reise: {speed_from_previous_kmh} km/h seit der vorherigen Transaktion der Karte</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>core/Rules</name>
    <message>
        <source>rule &apos;%1&apos;: %2: %3</source>
        <translation>Regel &apos;%1&apos;: %2: %3</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;: %2 column %3: %4</source>
        <translation>Regel &apos;%1&apos;: %2 Spalte %3: %4</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>a rule file must be a JSON object with a &quot;rules&quot; list</source>
        <translation>eine Regeldatei muss ein JSON-Objekt mit einer Liste &quot;rules&quot; sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>rule %1: is not a JSON object</source>
        <translation>Regel %1: ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>rule %1: &quot;name&quot; is missing or not text</source>
        <translation>Regel %1: &quot;name&quot; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>rule %1: &quot;name&quot; is empty</source>
        <translation>Regel %1: &quot;name&quot; ist leer</translation>
    </message>
    <message>
        <source>is missing or not text</source>
        <translation>fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (got %1)</source>
        <translation>muss zwischen 0 und 1 liegen (erhalten: %1)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>rule file: %1</source>
        <translation>Regeldatei: %1</translation>
    </message>
    <message>
        <source>too many rules (%1; at most %2)</source>
        <translation>zu viele Regeln (%1; höchstens %2)</translation>
    </message>
    <message>
        <source>unterminated text: no closing %1</source>
        <translation>nicht abgeschlossener Text: schließendes %1 fehlt</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos;</source>
        <translation>fehlerhafte Zahl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is out of range</source>
        <translation>die Zahl &apos;%1&apos; liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in text (use \\, \&quot;, \&apos;, \n, \t, \r or \uXXXX)</source>
        <translation>unbekannte Escape-Sequenz &apos;\%1&apos; im Text (verwenden Sie \\, \&quot;, \&apos;, \n, \t, \r oder \uXXXX)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>\u escape of a surrogate (D800-DFFF); write the character itself</source>
        <translation>\u-Escape eines Surrogats (D800-DFFF); schreiben Sie das Zeichen selbst</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos; to compare</source>
        <translation>&apos;=&apos; ist kein Operator; verwenden Sie &apos;==&apos; zum Vergleichen</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; is not an operator; use &apos;and&apos; or &apos;&amp;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; ist kein Operator; verwenden Sie &apos;and&apos; oder &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>&apos;|&apos; is not an operator; use &apos;or&apos; or &apos;||&apos;</source>
        <translation>&apos;|&apos; ist kein Operator; verwenden Sie &apos;or&apos; oder &apos;||&apos;</translation>
    </message>
    <message>
        <source>write numbers with a leading digit, as in 0.5</source>
        <translation>schreiben Sie Zahlen mit einer führenden Ziffer, wie in 0.5</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs conditions on both sides, but the left side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Bedingungen, aber die linke Seite ist %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs conditions on both sides, but the right side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Bedingungen, aber die rechte Seite ist %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers on both sides, but the left side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Zahlen, aber die linke Seite ist %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers on both sides, but the right side is %2</source>
        <translation>&apos;%1&apos; braucht auf beiden Seiten Zahlen, aber die rechte Seite ist %2</translation>
    </message>
    <message>
        <source>expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>expression is nested too deeply (more than %1 levels)</source>
        <translation>der Ausdruck ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a condition, but its operand is %2</source>
        <translation>&apos;%1&apos; braucht eine Bedingung, aber sein Operand ist %2</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation>Vergleiche lassen sich nicht verketten; verbinden Sie sie mit &apos;and&apos;</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2 using &apos;%3&apos;</source>
        <translation>&apos;%3&apos; kann %1 nicht mit %2 vergleichen</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;, found %1</source>
        <translation>&apos;(&apos; nach &apos;in&apos; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>die Liste ist leer</translation>
    </message>
    <message>
        <source>list items must be numbers or quoted text, found %1</source>
        <translation>Listeneinträge müssen Zahlen oder Text in Anführungszeichen sein, gefunden: %1</translation>
    </message>
    <message>
        <source>list items must be all numbers or all text</source>
        <translation>Listeneinträge müssen alle Zahlen oder alle Text sein</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list, found %1</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in der Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;in&apos; needs a number or text on its left, not a condition</source>
        <translation>&apos;in&apos; braucht links eine Zahl oder Text, keine Bedingung</translation>
    </message>
    <message>
        <source>cannot look for %1 in a list of numbers</source>
        <translation>%1 kann nicht in einer Liste von Zahlen gesucht werden</translation>
    </message>
    <message>
        <source>cannot look for %1 in a list of text</source>
        <translation>%1 kann nicht in einer Liste von Texten gesucht werden</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, but its operand is %1</source>
        <translation>&apos;-&apos; braucht eine Zahl, aber sein Operand ist %1</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Name &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close &apos;(&apos; at column %1, found %2</source>
        <translation>&apos;)&apos; erwartet, um &apos;(&apos; in Spalte %1 zu schließen, gefunden: %2</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; ohne Gegenstück</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>unerwartetes %1 nach einem vollständigen Ausdruck</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression (did you mean &apos;%2&apos;?)</source>
        <translation>unerwartetes %1 nach einem vollständigen Ausdruck (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>expression is too long (%1 bytes; at most %2)</source>
        <translation>der Ausdruck ist zu lang (%1 Bytes; höchstens %2)</translation>
    </message>
    <message>
        <source>expression is too complex to evaluate</source>
        <translation>der Ausdruck ist zu komplex zum Auswerten</translation>
    </message>
    <message>
        <source>unmatched &apos;}&apos; (write &apos;}}&apos; for a brace)</source>
        <translation>&apos;}&apos; ohne Gegenstück (schreiben Sie &apos;}}&apos; für eine Klammer)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; (write &apos;{{&apos; for a brace)</source>
        <translation>nicht geschlossenes &apos;{&apos; (schreiben Sie &apos;{{&apos; für eine Klammer)</translation>
    </message>
    <message>
        <source>empty placeholder &apos;{}&apos;</source>
        <translation>leerer Platzhalter &apos;{}&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos;</source>
        <translation>unbekannter Platzhalter &apos;{%1}&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Platzhalter &apos;{%1}&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>is longer than %1 bytes</source>
        <translation>ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>rule %1 has an empty name</source>
        <translation>Regel %1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>eine andere Regel hat denselben Namen</translation>
    </message>
    <message>
        <source>must be a condition (true or false), but it is %1</source>
        <translation>muss eine Bedingung (true oder false) sein, ist aber %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>eine Bedingung</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is not a name a rule can use (letters, digits, _)</source>
        <translation>der Merkmalsname &apos;%1&apos; ist kein Name, den eine Regel verwenden kann (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is a keyword of the rule language</source>
        <translation>der Merkmalsname &apos;%1&apos; ist ein Schlüsselwort der Regelsprache</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; is added twice</source>
        <translation>das Merkmal &apos;%1&apos; wird doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is taken by a text field of the transaction</source>
        <translation>der Merkmalsname &apos;%1&apos; ist bereits durch ein Textfeld der Transaktion belegt</translation>
    </message>
</context>
<context>
    <name>core/Sources</name>
    <message>
        <source>reading %1</source>
        <translation>liest %1</translation>
    </message>
    <message>
        <source>reading %1 (%2%)</source>
        <translation>liest %1 (%2 %)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>watching, 1 file waiting</source>
        <translation>überwacht, 1 Datei wartet</translation>
    </message>
    <message>
        <source>watching, %1 files waiting</source>
        <translation>überwacht, %1 Dateien warten</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>broker down: %1</source>
        <translation>Broker ausgefallen: %1</translation>
    </message>
    <message>
        <source>no broker reachable</source>
        <translation>kein Broker erreichbar</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected, %1</source>
        <translation>verbunden, %1</translation>
    </message>
    <message>
        <source>connected, 1 partition</source>
        <translation>verbunden, 1 Partition</translation>
    </message>
    <message>
        <source>connected, %1 partitions</source>
        <translation>verbunden, %1 Partitionen</translation>
    </message>
    <message>
        <source>listening on %1, 1 producer</source>
        <translation>lauscht auf %1, 1 Produzent</translation>
    </message>
    <message>
        <source>listening on %1, %2 producers</source>
        <translation>lauscht auf %1, %2 Produzenten</translation>
    </message>
    <message>
        <source>%1, %2 turned away (at most %3 at once)</source>
        <translation>%1, %2 abgewiesen (höchstens %3 gleichzeitig)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running at %1/s</source>
        <translation>läuft mit %1/s</translation>
    </message>
    <message>
        <source>%1, behind by %2 s</source>
        <translation>%1, %2 s im Rückstand</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbindet mit %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting in %1 s: %2</source>
        <translation>neuer Verbindungsversuch in %1 s: %2</translation>
    </message>
    <message>
        <source>the rate must be a positive number of rows per second</source>
        <translation>die Rate muss eine positive Anzahl Zeilen pro Sekunde sein</translation>
    </message>
    <message>
        <source>the fraud rate must be between 0 and 0.5</source>
        <translation>die Betrugsrate muss zwischen 0 und 0,5 liegen</translation>
    </message>
    <message>
        <source>This database holds no demo history: start the demo on a new one</source>
        <translation>Diese Datenbank enthält keine Demo-Historie: starten Sie die Demo mit einer neuen Datenbank</translation>
    </message>
    <message>
        <source>Kafka source %1: the setting %2=%3 was refused: %4</source>
        <translation>Kafka-Quelle %1: die Einstellung %2=%3 wurde abgelehnt: %4</translation>
    </message>
    <message>
        <source>Kafka sink %1: the setting %2=%3 was refused: %4</source>
        <translation>Kafka-Ziel %1: die Einstellung %2=%3 wurde abgelehnt: %4</translation>
    </message>
    <message>
        <source>Kafka source %1: cannot create the Kafka client: %2</source>
        <translation>Kafka-Quelle %1: der Kafka-Client kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Kafka sink %1: cannot create the Kafka client: %2</source>
        <translation>Kafka-Ziel %1: der Kafka-Client kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Kafka sink %1: give brokers and a topic</source>
        <translation>Kafka-Ziel %1: geben Sie Broker und ein Topic an</translation>
    </message>
    <message>
        <source>Kafka sink %1: cannot send: %2</source>
        <translation>Kafka-Ziel %1: Senden nicht möglich: %2</translation>
    </message>
    <message>
        <source>a message was not delivered: %1</source>
        <translation>eine Nachricht wurde nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Kafka sink %1: %2</source>
        <translation>Kafka-Ziel %1: %2</translation>
    </message>
    <message>
        <source>Kafka source %1: give brokers, a topic and a consumer group, as kafka://host:9092/payments?group=frauddesk</source>
        <translation>Kafka-Quelle %1: geben Sie Broker, ein Topic und eine Consumer-Gruppe an, etwa kafka://host:9092/payments?group=frauddesk</translation>
    </message>
    <message>
        <source>Kafka source %1: cannot subscribe to topic &apos;%2&apos;: %3</source>
        <translation>Kafka-Quelle %1: Topic &apos;%2&apos; kann nicht abonniert werden: %3</translation>
    </message>
    <message>
        <source>Kafka source %1: %2</source>
        <translation>Kafka-Quelle %1: %2</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos;: %2</source>
        <translation>Topic &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>committing offsets failed: %1</source>
        <translation>Festschreiben der Offsets fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>committing offsets timed out</source>
        <translation>Festschreiben der Offsets hat zu lange gedauert</translation>
    </message>
    <message>
        <source>rebalance failed: %1</source>
        <translation>Neuverteilung der Partitionen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>listen://%1: port %2 is already in use on %3; stop the program that uses it (perhaps another feed) or choose another port</source>
        <translation>listen://%1: Port %2 wird auf %3 bereits verwendet; beenden Sie das Programm, das ihn belegt (vielleicht ein anderer Feed), oder wählen Sie einen anderen Port</translation>
    </message>
    <message>
        <source>listen://%1: not allowed to listen on port %2; ports below 1024 need administrator rights, choose a port from 1024 up</source>
        <translation>listen://%1: Lauschen an Port %2 nicht erlaubt; Ports unter 1024 erfordern Administratorrechte, wählen Sie einen Port ab 1024</translation>
    </message>
    <message>
        <source>listen://%1: %2 is not an address of this machine; listen on 0.0.0.0 to accept producers on every interface, or on 127.0.0.1 for this machine only</source>
        <translation>listen://%1: %2 ist keine Adresse dieses Rechners; lauschen Sie an 0.0.0.0, um Produzenten an jeder Schnittstelle anzunehmen, oder an 127.0.0.1 nur für diesen Rechner</translation>
    </message>
    <message>
        <source>listen://%1: cannot listen: %2</source>
        <translation>listen://%1: Lauschen nicht möglich: %2</translation>
    </message>
    <message>
        <source>listen://%1: cannot resolve &apos;%2&apos; (%3); give an address of this machine, as 0.0.0.0 for every interface or 127.0.0.1 for this machine only</source>
        <translation>listen://%1: &apos;%2&apos; kann nicht aufgelöst werden (%3); geben Sie eine Adresse dieses Rechners an, etwa 0.0.0.0 für jede Schnittstelle oder 127.0.0.1 nur für diesen Rechner</translation>
    </message>
    <message>
        <source>listen://%1: cannot create a socket: %2</source>
        <translation>listen://%1: Socket kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot resolve &apos;%1&apos;: %2; check the host name</source>
        <translation>&apos;%1&apos; kann nicht aufgelöst werden: %2; prüfen Sie den Hostnamen</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>Warten auf Ereignisse (poll) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); retrying in %3 s (attempt %4 of %5)</source>
        <translation>keine Verbindung zu %1 (%2); neuer Versuch in %3 s (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>cannot connect to %1 after %2 attempts (%3): start the consumer first (a listen://%4 source, as frauddesk-cli ingest listen://%5 --db DB) or check the address</source>
        <translation>keine Verbindung zu %1 nach %2 Versuchen (%3): starten Sie zuerst den Abnehmer (eine Quelle listen://%4, etwa frauddesk-cli ingest listen://%5 --db DB) oder prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2); reconnecting</source>
        <translation>Verbindung zu %1 verloren (%2); neue Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>check the address</source>
        <translation>prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>another program uses that port; choose another</source>
        <translation>ein anderes Programm verwendet diesen Port; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>ports below 1024 need privileges; choose a higher one</source>
        <translation>Ports unter 1024 erfordern Sonderrechte; wählen Sie einen höheren</translation>
    </message>
    <message>
        <source>that address is not one of this machine&apos;s</source>
        <translation>diese Adresse gehört nicht zu diesem Rechner</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2; %3</source>
        <translation>an %1 kann nicht gelauscht werden: %2; %3</translation>
    </message>
    <message>
        <source>consumer %1 connected (%2)</source>
        <translation>Abnehmer %1 verbunden (%2)</translation>
    </message>
    <message>
        <source>consumer %1 left (%2; %3)</source>
        <translation>Abnehmer %1 getrennt (%2; %3)</translation>
    </message>
    <message>
        <source>waiting for a consumer on %1 (connect a tcp:// source to it)</source>
        <translation>warte auf einen Abnehmer an %1 (verbinden Sie eine tcp://-Quelle damit)</translation>
    </message>
    <message>
        <source>1 consumer on %1</source>
        <translation>1 Abnehmer an %1</translation>
    </message>
    <message>
        <source>%1 consumers on %2</source>
        <translation>%1 Abnehmer an %2</translation>
    </message>
    <message>
        <source>%1: waiting for data failed: %2</source>
        <translation>%1: Warten auf Daten fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the producer closed the connection</source>
        <translation>der Produzent hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no usable address</source>
        <translation>keine verwendbare Adresse</translation>
    </message>
    <message>
        <source>cannot create a wake-up descriptor: %1</source>
        <translation>Weck-Deskriptor kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: this build has no Kafka support; install librdkafka (Debian: librdkafka-dev) and rebuild FraudDesk</source>
        <translation>Quelle &apos;%1&apos;: dieser Build unterstützt Kafka nicht; installieren Sie librdkafka (Debian: librdkafka-dev) und bauen Sie FraudDesk neu</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 sources are not available in this build</source>
        <translation>Quelle &apos;%1&apos;: Quellen vom Typ %2 sind in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
</context>
<context>
    <name>core/Storage</name>
    <message>
        <source>row %1 is missing (rows were deleted)</source>
        <translation>Zeile %1 fehlt (es wurden Zeilen gelöscht)</translation>
    </message>
    <message>
        <source>its link to row %1 does not match (that row was changed, or this one)</source>
        <translation>ihre Verkettung mit Zeile %1 stimmt nicht (jene Zeile wurde verändert oder diese)</translation>
    </message>
    <message>
        <source>its contents do not match its hash (the row was changed)</source>
        <translation>ihr Inhalt passt nicht zu ihrem Hash (die Zeile wurde verändert)</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2: %3 [SQL: %4]</source>
        <translation>SQLite-Fehler bei &apos;%1&apos;: %2: %3 [SQL: %4]</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2: %3</source>
        <translation>SQLite-Fehler bei &apos;%1&apos;: %2: %3</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2 [SQL: %3]</source>
        <translation>SQLite-Fehler bei &apos;%1&apos;: %2 [SQL: %3]</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2</source>
        <translation>SQLite-Fehler bei &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot prepare statement</source>
        <translation>Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot bind parameter %1</source>
        <translation>Parameter %1 kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: statement failed: %2 [SQL: %3]</source>
        <translation>SQLite-Fehler bei &apos;%1&apos;: Anweisung fehlgeschlagen: %2 [SQL: %3]</translation>
    </message>
    <message>
        <source>Cannot open database &apos;%1&apos; for reading: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht zum Lesen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open database &apos;%1&apos;: %2</source>
        <translation>Datenbank &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot switch database &apos;%1&apos; to WAL mode (journal mode is &apos;%2&apos;)</source>
        <translation>Datenbank &apos;%1&apos; kann nicht in den WAL-Modus umgestellt werden (Journalmodus ist &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2 but this FraudDesk needs %3; open it once for writing to upgrade it</source>
        <translation>Datenbank &apos;%1&apos; hat Schemaversion %2, dieses FraudDesk braucht aber %3; öffnen Sie sie einmal zum Schreiben, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2: it was created by a newer FraudDesk; upgrade FraudDesk</source>
        <translation>Datenbank &apos;%1&apos; hat Schemaversion %2: sie wurde von einem neueren FraudDesk angelegt; aktualisieren Sie FraudDesk</translation>
    </message>
    <message>
        <source>There is no transaction with row id %1</source>
        <translation>Es gibt keine Transaktion mit der Zeilen-ID %1</translation>
    </message>
    <message>
        <source>Unknown import status &apos;%1&apos; in the imports table</source>
        <translation>Unbekannter Importstatus &apos;%1&apos; in der Tabelle imports</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has no import with id %2</source>
        <translation>Datenbank &apos;%1&apos; enthält keinen Import mit der ID %2</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2 but this build knows only up to %3: it was created by a newer FraudDesk; upgrade FraudDesk to open it</source>
        <translation>Datenbank &apos;%1&apos; hat Schemaversion %2, dieser Build kennt aber nur Versionen bis %3: sie wurde von einem neueren FraudDesk angelegt; aktualisieren Sie FraudDesk, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Cannot migrate &apos;%1&apos; to schema version %2: the latest is %3</source>
        <translation>&apos;%1&apos; kann nicht auf Schemaversion %2 migriert werden: die neueste ist %3</translation>
    </message>
    <message>
        <source>Migration of &apos;%1&apos; to schema version %2 failed: %3</source>
        <translation>Migration von &apos;%1&apos; auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>There is no model %1 in &apos;%2&apos;; list the models to see which exist</source>
        <translation>Es gibt kein Modell %1 in &apos;%2&apos;; lassen Sie die Modelle auflisten, um zu sehen, welche es gibt</translation>
    </message>
    <message>
        <source>Transaction &apos;%1&apos; has a malformed %2 column (not a JSON object)</source>
        <translation>Transaktion &apos;%1&apos; hat eine fehlerhafte Spalte %2 (kein JSON-Objekt)</translation>
    </message>
</context>
<context>
    <name>core/Training</name>
    <message>
        <source>supervised</source>
        <translation>überwachtes Modell</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>isolation forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <source>autoencoder</source>
        <translation>Autoencoder</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>reading history</source>
        <translation>Historie wird gelesen</translation>
    </message>
    <message>
        <source>Retraining needs at least %1 fraud and as many legitimate labels; the database has %2 fraud and %3 legitimate. Label more alerts in the Review view or import ground truth first.</source>
        <translation>Das Neutrainieren braucht mindestens %1 Betrugs- und ebenso viele legitime Markierungen; die Datenbank hat %2 Betrugs- und %3 legitime. Markieren Sie zuerst weitere Alarme in der Ansicht „Prüfung“ oder importieren Sie bestätigte Ergebnisse.</translation>
    </message>
    <message>
        <source>The latest labelled slice (%1 labels, %2 fraud) and the labels before it (%3 fraud) cannot both train and test a challenger: it needs fraud and legitimate labels in the slice and at least %4 fraud labels before it. Label more alerts first.</source>
        <translation>Der jüngste markierte Abschnitt (%1 Markierungen, %2 Betrug) und die Markierungen davor (%3 Betrug) reichen nicht, um einen Challenger zu trainieren und zu testen: nötig sind Betrugs- und legitime Markierungen im Abschnitt und mindestens %4 Betrugsmarkierungen davor. Markieren Sie zuerst weitere Alarme.</translation>
    </message>
    <message>
        <source>training without the slice: %1</source>
        <translation>Training ohne den Testabschnitt: %1</translation>
    </message>
    <message>
        <source>scoring the challenger</source>
        <translation>Challenger wird bewertet</translation>
    </message>
    <message>
        <source>scoring the active model</source>
        <translation>aktives Modell wird bewertet</translation>
    </message>
    <message>
        <source>training on every label: %1</source>
        <translation>Training mit allen Markierungen: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>fd::AnalystMetricsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Legitim</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Pro aktiver Stunde</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>Geschlossene Alarme</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Verspätet geschlossen</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Median bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Decisions in the period that were not undone, escalations included</source>
        <translation>Entscheidungen im Zeitraum, die nicht rückgängig gemacht wurden, Eskalationen eingeschlossen</translation>
    </message>
    <message>
        <source>An active hour is a clock hour in which the analyst made at least one decision. Decisions per active hour is the pace while reviewing; hours off shift, nights and days off do not dilute it.</source>
        <translation>Eine aktive Stunde ist eine volle Uhrstunde, in der der Analyst mindestens eine Entscheidung getroffen hat. Entscheidungen pro aktiver Stunde messen das Tempo beim Prüfen; Stunden außerhalb der Schicht, Nächte und freie Tage verwässern es nicht.</translation>
    </message>
    <message>
        <source>Alerts whose deciding fraud or legit decision this analyst made</source>
        <translation>Alarme, deren ausschlaggebende Entscheidung (Betrug oder legitim) dieser Analyst getroffen hat</translation>
    </message>
    <message>
        <source>Alerts this analyst closed after their SLA due time</source>
        <translation>Alarme, die dieser Analyst nach Ablauf der SLA-Frist geschlossen hat</translation>
    </message>
    <message>
        <source>From the alert&apos;s creation to the decision that closed it, over the alerts this analyst closed</source>
        <translation>Von der Erzeugung des Alarms bis zur abschließenden Entscheidung, über die von diesem Analysten geschlossenen Alarme</translation>
    </message>
</context>
<context>
    <name>fd::AuditDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain intact over %n row(s).</source>
        <translation>
            <numerusform>Hash-Kette über %n Zeile intakt.</numerusform>
            <numerusform>Hash-Kette über %n Zeilen intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at row %1: %2</source>
        <translation>Das Audit-Protokoll wurde in Zeile %1 manipuliert: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the export in the audit log, so nothing was written: %1</source>
        <translation>Der Export kann nicht im Audit-Protokoll vermerkt werden, daher wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every recorded action, oldest first, with its hash chain</source>
        <translation>Jede aufgezeichnete Aktion, älteste zuerst, mit ihrer Hash-Kette</translation>
    </message>
</context>
<context>
    <name>fd::CardHistoryChart</name>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>labelled fraud</source>
        <translation>als Betrug markiert</translation>
    </message>
    <message>
        <source>this transaction</source>
        <translation>diese Transaktion</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>Letzte %n Transaktion der Karte</numerusform>
            <numerusform>Letzte %n Transaktionen der Karte</numerusform>
        </translation>
    </message>
    <message>
        <source>Card history chart</source>
        <translation>Diagramm der Kartenhistorie</translation>
    </message>
    <message>
        <source>Amounts of the card&apos;s recent transactions over time</source>
        <translation>Beträge der letzten Transaktionen der Karte im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to a Live Source</source>
        <translation>Mit einer Live-Quelle verbinden</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>TCP (connect)</source>
        <translation>TCP (verbinden)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Lauschen</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>This build has no Kafka support (librdkafka was not found when it was built)</source>
        <translation>Dieser Build unterstützt Kafka nicht (librdkafka wurde beim Bauen nicht gefunden)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Zuordnungsprofil</translation>
    </message>
    <message>
        <source>detect the columns from the data</source>
        <translation>Spalten aus den Daten erkennen</translation>
    </message>
    <message>
        <source>A saved mapping profile&apos;s name, or a profile file</source>
        <translation>Der Name eines gespeicherten Zuordnungsprofils oder eine Profildatei</translation>
    </message>
    <message>
        <source>Source URI</source>
        <translation>Quell-URI</translation>
    </message>
    <message>
        <source>The source as a URI; edit it directly, or pick a recent one</source>
        <translation>Die Quelle als URI; direkt bearbeiten oder eine zuletzt verwendete wählen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>a folder where files arrive</source>
        <translation>ein Ordner, in dem Dateien eintreffen</translation>
    </message>
    <message>
        <source>a CSV, JSON or NDJSON file</source>
        <translation>eine CSV-, JSON- oder NDJSON-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Einen Ordner suchen</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Eine Datei suchen</translation>
    </message>
    <message>
        <source>Drop Folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>Source File</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Transactions (*.csv *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Transaktionen (*.csv *.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>the address to listen on</source>
        <translation>die Adresse, auf der gelauscht wird</translation>
    </message>
    <message>
        <source>the producer&apos;s host name</source>
        <translation>der Hostname des Produzenten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, separated by commas</source>
        <translation>host:port eines oder mehrerer Broker, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <source>&amp;Brokers:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Fraud rate</source>
        <translation>Betrugsquote</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>F&amp;raud rate:</source>
        <translation>&amp;Betrugsquote:</translation>
    </message>
    <message>
        <source>This build has no Kafka support (librdkafka was not found when it was built).</source>
        <translation>Dieser Build unterstützt Kafka nicht (librdkafka wurde beim Bauen nicht gefunden).</translation>
    </message>
    <message>
        <source>Listening on every network interface: any machine that can reach this one can send transactions. Use 127.0.0.1 unless producers run elsewhere.</source>
        <translation>Lauscht auf allen Netzwerkschnittstellen: Jeder Rechner, der diesen erreicht, kann Transaktionen senden. Verwenden Sie 127.0.0.1, außer die Produzenten laufen anderswo.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>fd::ContributionChart</name>
    <message>
        <source>risk points</source>
        <translation>Risikopunkte</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Autoencoder</source>
        <translation>Autoencoder</translation>
    </message>
    <message>
        <source>Isolation forest</source>
        <translation>Isolation Forest</translation>
    </message>
    <message>
        <source>Reason contributions</source>
        <translation>Beiträge der Gründe</translation>
    </message>
</context>
<context>
    <name>fd::DemoBootstrap</name>
    <message>
        <source>Generating a demo history</source>
        <translation>Demo-Historie wird erzeugt</translation>
    </message>
    <message>
        <source>Training the model: %1</source>
        <translation>Modell wird trainiert: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>fd::ExportDialog</name>
    <message>
        <source>Each alert created in the period: risk, level, reasons, status, the transaction&apos;s label and the decision in force with its analyst and note.</source>
        <translation>Jeder im Zeitraum erzeugte Alarm: Risiko, Stufe, Gründe, Status, die Markierung der Transaktion und die geltende Entscheidung mit Analyst und Notiz.</translation>
    </message>
    <message>
        <source>Each analyst decision made in the period, with its note; undone decisions are kept and marked.</source>
        <translation>Jede im Zeitraum getroffene Entscheidung eines Analysten, mit ihrer Notiz; rückgängig gemachte Entscheidungen bleiben enthalten und sind gekennzeichnet.</translation>
    </message>
    <message>
        <source>Each transaction of the period with the active model&apos;s risk and its label.</source>
        <translation>Jede Transaktion des Zeitraums mit dem Risiko des aktiven Modells und ihrer Markierung.</translation>
    </message>
    <message>
        <source>One row per labelled transaction of the period: its label (1 fraud, 0 legit) and the features the model trains on, one column per feature.</source>
        <translation>Eine Zeile pro markierter Transaktion des Zeitraums: ihre Markierung (1 Betrug, 0 legitim) und die Merkmale, mit denen das Modell trainiert, eine Spalte pro Merkmal.</translation>
    </message>
    <message>
        <source>Each audit log row of the period.</source>
        <translation>Jede Zeile des Audit-Protokolls im Zeitraum.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Zu exportierende Daten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Labels (analyst decisions)</source>
        <translation>Markierungen (Entscheidungen der Analysten)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Training set (features of labelled transactions)</source>
        <translation>Trainingsdaten (Merkmale markierter Transaktionen)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Period start (UTC, included)</source>
        <translation>Beginn des Zeitraums (UTC, einschließlich)</translation>
    </message>
    <message>
        <source>Period end (UTC, excluded)</source>
        <translation>Ende des Zeitraums (UTC, ausschließlich)</translation>
    </message>
    <message>
        <source>The period ends just before this time.</source>
        <translation>Der Zeitraum endet unmittelbar vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Von (UTC):</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>The period is empty: choose a start before the end.</source>
        <translation>Der Zeitraum ist leer: Wählen Sie einen Beginn vor dem Ende.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
</context>
<context>
    <name>fd::ExportJob</name>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>Export fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>fd::FeedController</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>demo feed</source>
        <translation>Demo-Feed</translation>
    </message>
    <message>
        <source>Feed: failed</source>
        <translation>Feed: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Feed: stopped</source>
        <translation>Feed: gestoppt</translation>
    </message>
    <message>
        <source>Feed: %1 sources, %2 paused</source>
        <translation>Feed: %1 Quellen, %2 angehalten</translation>
    </message>
    <message>
        <source>Feed: %1 sources</source>
        <translation>Feed: %1 Quellen</translation>
    </message>
    <message>
        <source>Feed: starting %1…</source>
        <translation>Feed: %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <source>Feed: %1, reading recent history…</source>
        <translation>Feed: %1, liest die jüngste Historie…</translation>
    </message>
    <message>
        <source>Feed: %1, paused</source>
        <translation>Feed: %1, angehalten</translation>
    </message>
    <message>
        <source>Feed: stopping…</source>
        <translation>Feed: wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>fd::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Dateien wählen</translation>
    </message>
    <message>
        <source>CSV, JSON or NDJSON files; several at once. You can also drop them here.</source>
        <translation>CSV-, JSON- oder NDJSON-Dateien, auch mehrere auf einmal. Sie können sie auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import Transactions</source>
        <translation>Transaktionen importieren</translation>
    </message>
    <message>
        <source>Transaction files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Transaktionsdateien (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
</context>
<context>
    <name>fd::ImportMappingPage</name>
    <message>
        <source>Preview and column mapping</source>
        <translation>Vorschau und Spaltenzuordnung</translation>
    </message>
    <message>
        <source>The first rows of the first file as read. Check which field each column fills; the same mapping applies to every file of this import.</source>
        <translation>Die ersten Zeilen der ersten Datei, wie sie gelesen wurden. Prüfen Sie, welches Feld jede Spalte füllt; dieselbe Zuordnung gilt für jede Datei dieses Imports.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Save Profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <source>Load Profile…</source>
        <translation>Profil laden…</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>Zuordnungsprofil speichern</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -)</source>
        <translation>Profilname (Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>No saved profiles yet in %1.</source>
        <translation>Noch keine gespeicherten Profile in %1.</translation>
    </message>
    <message>
        <source>Load Mapping Profile</source>
        <translation>Zuordnungsprofil laden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1
Go Back to remove this file or choose another, or fix it and come back to this page.</source>
        <translation>%1
Gehen Sie zurück, um diese Datei zu entfernen oder eine andere zu wählen, oder beheben Sie den Fehler und kehren Sie zu dieser Seite zurück.</translation>
    </message>
    <message>
        <source>%1: %2, %3 columns, %4 rows shown.</source>
        <translation>%1: %2, %3 Spalten, %4 Zeilen angezeigt.</translation>
    </message>
    <message>
        <source>(not imported as a field)</source>
        <translation>(nicht als Feld importiert)</translation>
    </message>
    <message>
        <source>First problem: row %1, field %2: %3</source>
        <translation>Erstes Problem: Zeile %1, Feld %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 preview rows map cleanly.</source>
        <translation>%1 von %2 Vorschauzeilen lassen sich sauber zuordnen.</translation>
    </message>
    <message>
        <source>Columns %1 all map to %2: keep one and set the others to &quot;(not imported as a field)&quot;.</source>
        <translation>Die Spalten %1 werden alle %2 zugeordnet: Behalten Sie eine und setzen Sie die anderen auf „(nicht als Feld importiert)“.</translation>
    </message>
    <message>
        <source>Saved the mapping as profile &apos;%1&apos;.</source>
        <translation>Zuordnung als Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>fd::ImportReportPage</name>
    <message>
        <source>Save Rejects as CSV…</source>
        <translation>Abgewiesene Zeilen als CSV speichern…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Save Rejects</source>
        <translation>Abgewiesene Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejects saved to %1.</source>
        <translation>Abgewiesene Zeilen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Rejected rows below: line, field and what to fix.</source>
        <translation>Abgewiesene Zeilen unten: Zeile, Feld und was zu beheben ist.</translation>
    </message>
</context>
<context>
    <name>fd::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Rows are committed in batches: cancelling keeps every committed batch, and importing the same file again adds only what is missing.</source>
        <translation>Zeilen werden stapelweise festgeschrieben: Beim Abbrechen bleibt jeder festgeschriebene Stapel erhalten, und ein erneuter Import derselben Datei fügt nur das Fehlende hinzu.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1: nicht importiert. %2</translation>
    </message>
    <message>
        <source>%1: not imported: cancelled before this file.</source>
        <translation>%1: nicht importiert: vor dieser Datei abgebrochen.</translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation>%1: nicht importiert.</translation>
    </message>
    <message>
        <source>Cancelled. Everything committed so far was kept.</source>
        <translation>Abgebrochen. Alles bisher Festgeschriebene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected.</source>
        <translation>%1: %2 importiert, %3 Duplikate, %4 abgewiesen.</translation>
    </message>
    <message>
        <source>Cancelled: the rows imported so far were kept; importing the file again adds the rest.</source>
        <translation>Abgebrochen: Die bisher importierten Zeilen bleiben erhalten; ein erneuter Import der Datei fügt den Rest hinzu.</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed below.</source>
        <translation>Unten sind nur die ersten %1 abgewiesenen Zeilen aufgeführt.</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Datei %1 von %2: %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>rebuilding the card index</source>
        <translation>Kartenindex wird neu aufgebaut</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 duplicates, %4 rejected — %5 rows/s, %6</source>
        <translation>%1 Zeilen gelesen, %2 importiert, %3 Duplikate, %4 abgewiesen — %5 Zeilen/s, %6</translation>
    </message>
    <message>
        <source>Cancelling after the batch in hand…</source>
        <translation>Abbruch nach dem laufenden Stapel…</translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Import Transactions</source>
        <translation>Transaktionen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message numerus="yes">
        <source>%1 stopped. The %Ln transaction(s) it delivered are stored and scored.</source>
        <translation>
            <numerusform>%1 gestoppt. Die %Ln gelieferte Transaktion ist gespeichert und bewertet.</numerusform>
            <numerusform>%1 gestoppt. Die %Ln gelieferten Transaktionen sind gespeichert und bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo: %1… %2%</source>
        <translation>Demo wird vorbereitet: %1… %2 %</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Starting the demo feed…</source>
        <translation>Demo-Feed wird gestartet…</translation>
    </message>
    <message>
        <source>Add a live source: a file, a drop folder, a socket, Kafka or the simulator</source>
        <translation>Eine Live-Quelle hinzufügen: eine Datei, einen Eingangsordner, einen Socket, Kafka oder den Simulator</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Sources Panel</source>
        <translation>&amp;Quellen-Panel</translation>
    </message>
    <message>
        <source>Show or hide the live sources and their state</source>
        <translation>Die Live-Quellen und ihren Zustand ein- oder ausblenden</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 Tx/s</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>verworfen %1</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>FraudDesk — %1</source>
        <translation>FraudDesk — %1</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Demo wird vorbereitet…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>FraudDesk database (*.db *.sqlite)</source>
        <translation>FraudDesk-Datenbank (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About FraudDesk</source>
        <translation>Über FraudDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FraudDesk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for fraud analysts: import transaction feeds, score them, review alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FraudDesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Werkbank für Betrugsanalysten: Transaktions-Feeds importieren, bewerten, Alarme prüfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Visible Transactions</source>
        <translation>Sichtbare Transaktionen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>fd::ModelComparisonView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>Precision-recall curve</source>
        <translation>Präzision-Trefferquote-Kurve</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Retrain to compare a challenger with the active model.</source>
        <translation>Neu trainieren, um einen Challenger mit dem aktiven Modell zu vergleichen.</translation>
    </message>
    <message>
        <source>On the latest labelled slice, %1 to %2: %3 transactions, %4 labelled, %5 fraud. The challenger was measured by a twin trained without the slice&apos;s labels; the stored challenger then learnt them too.</source>
        <translation>Im jüngsten markierten Zeitraum, %1 bis %2: %3 Transaktionen, %4 markiert, %5 Betrug. Der Challenger wurde an einem Zwilling gemessen, der ohne die Markierungen dieses Zeitraums trainiert wurde; der gespeicherte Challenger hat sie danach ebenfalls gelernt.</translation>
    </message>
    <message>
        <source>The active model was trained on labels inside this slice: its figures are flattered.</source>
        <translation>Das aktive Modell wurde mit Markierungen aus diesem Zeitraum trainiert: Seine Werte sind geschönt.</translation>
    </message>
    <message>
        <source>Active (v%1)</source>
        <translation>Aktiv (v%1)</translation>
    </message>
    <message>
        <source>Active (none)</source>
        <translation>Aktiv (keines)</translation>
    </message>
    <message>
        <source>Challenger (v%1)</source>
        <translation>Challenger (v%1)</translation>
    </message>
    <message>
        <source>Average precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Präzision@%1</translation>
    </message>
    <message>
        <source>Card precision@%1 per day</source>
        <translation>Karten-Präzision@%1 pro Tag</translation>
    </message>
    <message>
        <source>Alert threshold (risk)</source>
        <translation>Alarmschwelle (Risiko)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alarme pro Tag</translation>
    </message>
    <message>
        <source>Fraud alerted (TP)</source>
        <translation>Betrug alarmiert (TP)</translation>
    </message>
    <message>
        <source>Legitimate alerted (FP)</source>
        <translation>Legitime alarmiert (FP)</translation>
    </message>
    <message>
        <source>Fraud missed (FN)</source>
        <translation>Betrug verpasst (FN)</translation>
    </message>
    <message>
        <source>Legitimate passed (TN)</source>
        <translation>Legitime durchgelassen (TN)</translation>
    </message>
    <message>
        <source>Precision at threshold</source>
        <translation>Präzision an der Schwelle</translation>
    </message>
    <message>
        <source>Recall at threshold</source>
        <translation>Trefferquote an der Schwelle</translation>
    </message>
    <message>
        <source>active v%1</source>
        <translation>aktiv v%1</translation>
    </message>
    <message>
        <source>challenger v%1</source>
        <translation>Challenger v%1</translation>
    </message>
    <message>
        <source>Model comparison figures</source>
        <translation>Kennzahlen des Modellvergleichs</translation>
    </message>
    <message>
        <source>Active model and challenger side by side on a later time slice</source>
        <translation>Aktives Modell und Herausforderer nebeneinander auf einem späteren Zeitabschnitt</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>ROC-Kurven</translation>
    </message>
    <message>
        <source>Precision-recall curves</source>
        <translation>Precision-Recall-Kurven</translation>
    </message>
</context>
<context>
    <name>fd::ModelsView</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Neu trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Tune &amp;Threshold…</source>
        <translation>&amp;Schwelle einstellen…</translation>
    </message>
    <message>
        <source>Train a challenger on every label (analysts&apos; decisions and imported ground truth) and compare it with the active model on the latest labelled slice</source>
        <translation>Einen Challenger mit allen Markierungen trainieren (Entscheidungen der Analysten und importierte Ground Truth) und ihn im jüngsten markierten Zeitraum mit dem aktiven Modell vergleichen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert mit</translation>
    </message>
    <message>
        <source>AP on its slice</source>
        <translation>AP im eigenen Zeitraum</translation>
    </message>
    <message>
        <source>Training metrics</source>
        <translation>Trainingsmetriken</translation>
    </message>
    <message>
        <source>Average precision of the challenger and (in brackets) the model active then, on the latest labelled slice when it was retrained</source>
        <translation>Average Precision des Challengers und (in Klammern) des damals aktiven Modells, im jüngsten markierten Zeitraum zum Zeitpunkt des Neutrainings</translation>
    </message>
    <message>
        <source>%1 rows, %2 fraud labels</source>
        <translation>%1 Zeilen, %2 Betrugsmarkierungen</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Cannot read the models: %1</source>
        <translation>Die Modelle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No model yet. Train one with frauddesk-cli train, or start the demo.</source>
        <translation>Noch kein Modell. Trainieren Sie eines mit frauddesk-cli train, oder starten Sie die Demo.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Scores everywhere come from the active one. Retrain learns from the analysts&apos; labels and imported ground truth.</source>
        <translation>
            <numerusform>%n Modell. Alle Bewertungen stammen vom aktiven Modell. Neu trainieren lernt aus den Markierungen der Analysten und importierter Ground Truth.</numerusform>
            <numerusform>%n Modelle. Alle Bewertungen stammen vom aktiven Modell. Neu trainieren lernt aus den Markierungen der Analysten und importierter Ground Truth.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Roll Back to v%1</source>
        <translation>&amp;Zurück auf v%1</translation>
    </message>
    <message>
        <source>&amp;Promote v%1</source>
        <translation>v%1 &amp;aktivieren</translation>
    </message>
    <message>
        <source>Version %1 has no comparison: only retrained models are compared with the model active when they were trained.</source>
        <translation>Version %1 hat keinen Vergleich: Nur neu trainierte Modelle werden mit dem beim Training aktiven Modell verglichen.</translation>
    </message>
    <message>
        <source>Retrain to compare a challenger with the active model.</source>
        <translation>Neu trainieren, um einen Challenger mit dem aktiven Modell zu vergleichen.</translation>
    </message>
    <message>
        <source>Retraining: reading the history…</source>
        <translation>Neutraining: Historie wird gelesen…</translation>
    </message>
    <message>
        <source>Retraining: %1…</source>
        <translation>Neutraining: %1…</translation>
    </message>
    <message>
        <source>Retraining cancelled: nothing was stored.</source>
        <translation>Neutraining abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Challenger v%1 trained on %2 fraud and %3 legitimate labels. On the latest slice its average precision is %4</source>
        <translation>Challenger v%1 mit %2 Betrugs- und %3 Legitim-Markierungen trainiert. Im jüngsten Zeitraum beträgt seine Average Precision %4</translation>
    </message>
    <message>
        <source>, the active v%1&apos;s %2.</source>
        <translation>, die des aktiven v%1 %2.</translation>
    </message>
    <message>
        <source>; no model was active.</source>
        <translation>; es war kein Modell aktiv.</translation>
    </message>
    <message>
        <source>Promote it if it is better.</source>
        <translation>Aktivieren Sie ihn, wenn er besser ist.</translation>
    </message>
    <message>
        <source>Roll back to version %1? New transactions are then scored by it, and the live feed restarts on it.</source>
        <translation>Auf Version %1 zurücksetzen? Neue Transaktionen werden dann von ihr bewertet, und der Live-Feed startet mit ihr neu.</translation>
    </message>
    <message>
        <source>Promote version %1 to the active model? New transactions are then scored by it, and the live feed restarts on it.</source>
        <translation>Version %1 zum aktiven Modell machen? Neue Transaktionen werden dann von ihr bewertet, und der Live-Feed startet mit ihr neu.</translation>
    </message>
    <message>
        <source>Activate a Model</source>
        <translation>Ein Modell aktivieren</translation>
    </message>
    <message>
        <source>Version %1 was not activated: %2</source>
        <translation>Version %1 wurde nicht aktiviert: %2</translation>
    </message>
    <message>
        <source>Rolled back to version %1.</source>
        <translation>Auf Version %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Version %1 is now the active model.</source>
        <translation>Version %1 ist jetzt das aktive Modell.</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Trainierte Modelle</translation>
    </message>
</context>
<context>
    <name>fd::MonitorView</name>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Alert rate</source>
        <translation>Alarmquote</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>Latenz p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Risk over the last minutes</source>
        <translation>Risiko in den letzten Minuten</translation>
    </message>
    <message>
        <source>mean risk</source>
        <translation>mittleres Risiko</translation>
    </message>
    <message>
        <source>max risk</source>
        <translation>maximales Risiko</translation>
    </message>
    <message>
        <source>alerts per second</source>
        <translation>Alarme pro Sekunde</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Risk distribution and alert threshold</source>
        <translation>Risikoverteilung und Alarmschwelle</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Alerts by merchant category</source>
        <translation>Alarme nach Händlerkategorie</translation>
    </message>
    <message>
        <source>Alerts by country</source>
        <translation>Alarme nach Land</translation>
    </message>
    <message>
        <source>Most frequent reasons</source>
        <translation>Häufigste Gründe</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <source>Top alert reasons</source>
        <translation>Häufigste Alarmgründe</translation>
    </message>
    <message>
        <source>Reasons behind the recent alerts, with how often each appeared</source>
        <translation>Gründe der jüngsten Alarme und wie oft jeder vorkam</translation>
    </message>
</context>
<context>
    <name>fd::RejectsModel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>closed as fraud</source>
        <translation>als Betrug geschlossen</translation>
    </message>
    <message>
        <source>closed as legitimate</source>
        <translation>als legitim geschlossen</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>legitimate</source>
        <translation>legitim</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Country / city</source>
        <translation>Land / Stadt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Alert status</source>
        <translation>Alarmstatus</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alarm erzeugt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No reasons stored for this alert.</source>
        <translation>Für diesen Alarm sind keine Gründe gespeichert.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Noch keine Entscheidungen.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Risk seen</source>
        <translation>Angezeigtes Risiko</translation>
    </message>
    <message>
        <source>No audit entries about this case.</source>
        <translation>Keine Audit-Einträge zu diesem Fall.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>FraudDesk case report: alert %1</source>
        <translation>FraudDesk-Fallbericht: Alarm %1</translation>
    </message>
    <message numerus="yes">
        <source>A case of %n alerts on this card within 24 hours</source>
        <translation>
            <numerusform>Ein Fall aus %n Alarm dieser Karte innerhalb von 24 Stunden</numerusform>
            <numerusform>Ein Fall aus %n Alarmen dieser Karte innerhalb von 24 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>A case of this alert alone</source>
        <translation>Ein Fall nur aus diesem Alarm</translation>
    </message>
    <message>
        <source>Why it alerted</source>
        <translation>Warum es alarmiert hat</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>Historie der Karte</translation>
    </message>
    <message>
        <source>The card&apos;s recent amounts over time</source>
        <translation>Die jüngsten Beträge der Karte im Zeitverlauf</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Verlauf</translation>
    </message>
    <message>
        <source>Times are on the %1 clock. Card numbers are masked, in notes too.</source>
        <translation>Alle Zeiten in %1. Kartennummern sind maskiert, auch in Notizen.</translation>
    </message>
    <message>
        <source>Database %1 · generated %2 (%3) by %4</source>
        <translation>Datenbank %1 · erstellt am %2 (%3) von %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more currencies</source>
        <translation>
            <numerusform>und %n weitere Währung</numerusform>
            <numerusform>und %n weitere Währungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>First / last</source>
        <translation>Erste / letzte</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Open / closed fraud / closed legit</source>
        <translation>Offen / geschlossen als Betrug / geschlossen als legitim</translation>
    </message>
    <message>
        <source>Alert precision</source>
        <translation>Alarmpräzision</translation>
    </message>
    <message>
        <source>%1 of %2 labelled alerts</source>
        <translation>%1 von %2 markierten Alarmen</translation>
    </message>
    <message>
        <source>n/a (no alert is labelled)</source>
        <translation>k. A. (kein Alarm ist markiert)</translation>
    </message>
    <message>
        <source>Alerts by level</source>
        <translation>Alarme nach Stufe</translation>
    </message>
    <message>
        <source>critical %1, high %2, medium %3, low %4</source>
        <translation>kritisch %1, hoch %2, mittel %3, niedrig %4</translation>
    </message>
    <message>
        <source>Confirmed fraud</source>
        <translation>Bestätigter Betrug</translation>
    </message>
    <message>
        <source>Fraud amount</source>
        <translation>Betrugssumme</translation>
    </message>
    <message>
        <source>Fraud that alerted</source>
        <translation>Alarmierter Betrug</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Decisions (fraud / legit / escalated)</source>
        <translation>Entscheidungen (Betrug / legitim / eskaliert)</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Median bis zur Entscheidung</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>No alert with stored reasons in this period.</source>
        <translation>Kein Alarm mit gespeicherten Gründen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Reason (the highest-risk alert&apos;s words)</source>
        <translation>Grund (im Wortlaut des Alarms mit dem höchsten Risiko)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>Keine Alarme in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>No decisions in this period.</source>
        <translation>Keine Entscheidungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Legitim</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Pro aktiver Stunde</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Wartezeit (Median)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>No model has scored anything yet.</source>
        <translation>Noch hat kein Modell etwas bewertet.</translation>
    </message>
    <message>
        <source>No model is active. The risk figures are those of version %1, the newest model that scored transactions.</source>
        <translation>Kein Modell ist aktiv. Die Risikowerte stammen von Version %1, dem neuesten Modell, das Transaktionen bewertet hat.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert mit</translation>
    </message>
    <message>
        <source>%1 rows, %2 fraud and %3 legit labels</source>
        <translation>%1 Zeilen, %2 Betrugs- und %3 Legitim-Markierungen</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Training metrics:</source>
        <translation>Trainingsmetriken:</translation>
    </message>
    <message>
        <source>Compared out of sample with the model active then, on %1 transactions from %2 to %3 (%4 labelled, %5 fraud):</source>
        <translation>Außerhalb der Stichprobe mit dem damals aktiven Modell verglichen, auf %1 Transaktionen von %2 bis %3 (%4 markiert, %5 Betrug):</translation>
    </message>
    <message>
        <source>v%1 (this model)</source>
        <translation>v%1 (dieses Modell)</translation>
    </message>
    <message>
        <source>v%1 (active then)</source>
        <translation>v%1 (damals aktiv)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Avg precision</source>
        <translation>Average Precision</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Präzision@%1</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Alerts/day</source>
        <translation>Alarme/Tag</translation>
    </message>
    <message>
        <source>This version has no stored comparison: only retrained models are compared.</source>
        <translation>Für diese Version ist kein Vergleich gespeichert: Nur neu trainierte Modelle werden verglichen.</translation>
    </message>
    <message>
        <source>FraudDesk period report</source>
        <translation>FraudDesk-Zeitraumbericht</translation>
    </message>
    <message>
        <source>No transactions in this period.</source>
        <translation>Keine Transaktionen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Transactions, alerts and mean risk over time</source>
        <translation>Transaktionen, Alarme und mittleres Risiko im Zeitverlauf</translation>
    </message>
    <message>
        <source>Transactions per risk band</source>
        <translation>Transaktionen nach Risikobereich</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Häufigste Gründe</translation>
    </message>
    <message>
        <source>Top merchants</source>
        <translation>Top-Händler</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Top-Länder</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analysten</translation>
    </message>
    <message>
        <source>Transactions, alerts, fraud, reasons, merchants, countries and the charts count by the transaction&apos;s time; decisions and analysts by the decision&apos;s time. Alert precision: of the period&apos;s alerts whose transaction is labelled (by an analyst or imported ground truth), the share labelled fraud. Fraud that alerted: of the transactions labelled fraud, the share that raised an alert. Top reasons: alerts that give the reason among their top three (an alert gives several, so shares add up to more than 100%). Risk and reasons are the model&apos;s shown below. Card numbers are masked.</source>
        <translation>Transaktionen, Alarme, Betrug, Gründe, Händler, Länder und die Diagramme zählen nach der Zeit der Transaktion, Entscheidungen und Analysten nach der Zeit der Entscheidung. Alarmpräzision: von den Alarmen des Zeitraums, deren Transaktion markiert ist (durch einen Analysten oder importierte Ground Truth), der als Betrug markierte Anteil. Alarmierter Betrug: von den als Betrug markierten Transaktionen der Anteil, der einen Alarm ausgelöst hat. Häufigste Gründe: Alarme, die den Grund unter ihren ersten drei nennen (ein Alarm nennt mehrere, daher ergeben die Anteile zusammen mehr als 100 %). Risiko und Gründe stammen von dem unten gezeigten Modell. Kartennummern sind maskiert.</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Risk over time (%1)</source>
        <translation>Risiko im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>Mean risk</source>
        <translation>Mittleres Risiko</translation>
    </message>
    <message>
        <source>Score distribution (transactions per 2 risk points, log scale)</source>
        <translation>Verteilung der Bewertungen (Transaktionen je 2 Risikopunkte, logarithmische Skala)</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>No scores in this period: no model is active, or it has not scored these transactions.</source>
        <translation>Keine Bewertungen in diesem Zeitraum: Kein Modell ist aktiv, oder es hat diese Transaktionen nicht bewertet.</translation>
    </message>
    <message>
        <source>alerts at %1 and above</source>
        <translation>Alarm ab %1</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>Letzte %n Transaktion der Karte</numerusform>
            <numerusform>Letzte %n Transaktionen der Karte</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier transactions</source>
        <translation>frühere Transaktionen</translation>
    </message>
    <message>
        <source>alerts of this case</source>
        <translation>Alarme dieses Falls</translation>
    </message>
    <message>
        <source>this alert</source>
        <translation>dieser Alarm</translation>
    </message>
    <message>
        <source>labelled fraud</source>
        <translation>als Betrug markiert</translation>
    </message>
    <message>
        <source>No history for this card.</source>
        <translation>Keine Historie für diese Karte.</translation>
    </message>
    <message>
        <source>amount (each in its own currency)</source>
        <translation>Betrag (jeweils in eigener Währung)</translation>
    </message>
    <message>
        <source>amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Cannot tell the report&apos;s format from &apos;%1&apos;: name the file ….pdf or ….html</source>
        <translation>Das Format des Berichts lässt sich aus „%1“ nicht ableiten: Benennen Sie die Datei ….pdf oder ….html</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist: check the path, or import transactions first</source>
        <translation>Die Datenbank „%1“ existiert nicht: Prüfen Sie den Pfad oder importieren Sie zuerst Transaktionen</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Check that the folder exists and is writable.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Is the disk full?</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>fd::ReportDialog</name>
    <message>
        <source>Case Report</source>
        <translation>Fallbericht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The case of alert %1: the transaction, why it alerted, the card&apos;s history, notes, decisions and their audit entries. Card numbers are masked.</source>
        <translation>Der Fall von Alarm %1: die Transaktion, warum sie alarmiert hat, die Historie der Karte, Notizen, Entscheidungen und ihre Audit-Einträge. Kartennummern sind maskiert.</translation>
    </message>
    <message>
        <source>Volume, alerts, decisions, confirmed fraud, alert precision, top reasons, merchants and countries, risk and score charts, analysts and the active model. Card numbers are masked.</source>
        <translation>Volumen, Alarme, Entscheidungen, bestätigter Betrug, Alarmpräzision, häufigste Gründe, Händler und Länder, Diagramme zu Risiko und Bewertungen, Analysten und das aktive Modell. Kartennummern sind maskiert.</translation>
    </message>
    <message>
        <source>Period (transaction time)</source>
        <translation>Zeitraum (Zeit der Transaktion)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Unchecked ends leave the period open: all time by default.</source>
        <translation>Nicht angehakte Grenzen lassen den Zeitraum offen: standardmäßig der gesamte Zeitraum.</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html *.htm)</source>
        <translation>PDF-Dateien (*.pdf);;HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Name the file ….pdf or ….html.</source>
        <translation>Benennen Sie die Datei ….pdf oder ….html.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>Der Zeitraum muss vor seinem Ende beginnen.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>fd::ReviewFilterBar</name>
    <message>
        <source>Which alerts</source>
        <translation>Welche Alarme</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Merchant category</source>
        <translation>Händlerkategorie</translation>
    </message>
    <message>
        <source>Country of the transaction</source>
        <translation>Land der Transaktion</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
</context>
<context>
    <name>fd::ReviewMetricsView</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Alert precision</source>
        <translation>Alarmpräzision</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Median bis zur Entscheidung</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Review Metrics</source>
        <translation>Prüfkennzahlen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Decisions made in the period and not undone: fraud, legit and escalate</source>
        <translation>Im Zeitraum getroffene und nicht rückgängig gemachte Entscheidungen: Betrug, legitim und eskalieren</translation>
    </message>
    <message>
        <source>Of the alerts closed in the period, the share closed as fraud. Escalated alerts are not closed.</source>
        <translation>Von den im Zeitraum geschlossenen Alarmen der Anteil, der als Betrug geschlossen wurde. Eskalierte Alarme sind nicht geschlossen.</translation>
    </message>
    <message>
        <source>From an alert&apos;s creation to the fraud or legit decision that closed it, the median over the alerts closed in the period. An escalation does not stop the clock.</source>
        <translation>Von der Erzeugung eines Alarms bis zur abschließenden Entscheidung (Betrug oder legitim), der Median über die im Zeitraum geschlossenen Alarme. Eine Eskalation hält die Uhr nicht an.</translation>
    </message>
    <message>
        <source>Alerts closed in the period after their due time, plus alerts still open (new, in review or escalated) that are past due now</source>
        <translation>Im Zeitraum nach Fristablauf geschlossene Alarme, dazu noch offene Alarme (neu, in Prüfung oder eskaliert), deren Frist jetzt abgelaufen ist</translation>
    </message>
    <message>
        <source>Fraud and legit labels over time</source>
        <translation>Betrugs- und Legitim-Markierungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>Die Kennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>by %n analyst(s)</source>
        <translation>
            <numerusform>von %n Analyst</numerusform>
            <numerusform>von %n Analysten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fraud of %n closed</source>
        <translation>
            <numerusform>%1 Betrug von %n geschlossenen</numerusform>
            <numerusform>%1 Betrug von %n geschlossenen</numerusform>
        </translation>
    </message>
    <message>
        <source>no alert closed</source>
        <translation>kein Alarm geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>over %n closed alert(s)</source>
        <translation>
            <numerusform>über %n geschlossenen Alarm</numerusform>
            <numerusform>über %n geschlossene Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed late, %2 open past due</source>
        <translation>%1 verspätet geschlossen, %2 offen und überfällig</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Legitim</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>pro Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Decisions per analyst</source>
        <translation>Entscheidungen je Analyst</translation>
    </message>
    <message>
        <source>Each analyst&apos;s decisions, their mix and how long the alerts waited</source>
        <translation>Die Entscheidungen jedes Analysten, ihre Verteilung und wie lange die Alarme warteten</translation>
    </message>
    <message>
        <source>Labels over time</source>
        <translation>Labels im Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>fd::ReviewQueueModel</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>closed: fraud</source>
        <translation>geschlossen: Betrug</translation>
    </message>
    <message>
        <source>closed: legit</source>
        <translation>geschlossen: legitim</translation>
    </message>
    <message>
        <source>fraud</source>
        <comment>decision</comment>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>legit</source>
        <comment>decision</comment>
        <translation>legitim</translation>
    </message>
    <message>
        <source>escalate</source>
        <comment>decision</comment>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>This card&apos;s open alerts within 24 hours: decided together as one case</source>
        <translation>Die offenen Alarme dieser Karte innerhalb von 24 Stunden: werden gemeinsam als ein Fall entschieden</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>fd::ReviewView</name>
    <message>
        <source>Other open alerts on this card: %1</source>
        <translation>Weitere offene Alarme dieser Karte: %1</translation>
    </message>
    <message>
        <source>Earlier decisions: this card %1 fraud / %2 legit; this merchant %3 fraud / %4 legit</source>
        <translation>Frühere Entscheidungen: diese Karte %1 Betrug / %2 legitim; dieser Händler %3 Betrug / %4 legitim</translation>
    </message>
    <message>
        <source>Each model&apos;s part of the risk, in risk points</source>
        <translation>Der Anteil jedes Modells am Risiko, in Risikopunkten</translation>
    </message>
    <message>
        <source>No model has scored this transaction.</source>
        <translation>Kein Modell hat diese Transaktion bewertet.</translation>
    </message>
    <message>
        <source>Each model&apos;s part of the risk, in risk points, as the active model scores it now</source>
        <translation>Der Anteil jedes Modells am Risiko, in Risikopunkten, wie das aktive Modell sie jetzt bewertet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;Card %3 &amp;nbsp; merchant %4 (%5)&lt;br&gt;%6 %7 &amp;nbsp; %8 %9 &amp;nbsp; %10&lt;br&gt;Risk &lt;b&gt;%11&lt;/b&gt; (%12)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;Karte %3 &amp;nbsp; Händler %4 (%5)&lt;br&gt;%6 %7 &amp;nbsp; %8 %9 &amp;nbsp; %10&lt;br&gt;Risiko &lt;b&gt;%11&lt;/b&gt; (%12)</translation>
    </message>
    <message>
        <source>%1 %2 by %3%4%5</source>
        <translation>%1 %2 von %3%4%5</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>%1  %2  %3  risk %4%5</source>
        <translation>%1  %2  %3  Risiko %4%5</translation>
    </message>
    <message>
        <source>  (shown)</source>
        <translation>  (angezeigt)</translation>
    </message>
    <message>
        <source>N: add a note, Enter to save</source>
        <translation>N: Notiz hinzufügen, Eingabetaste zum Speichern</translation>
    </message>
    <message>
        <source>Why it alerted</source>
        <translation>Warum es alarmiert hat</translation>
    </message>
    <message>
        <source>Decisions and the card&apos;s context</source>
        <translation>Entscheidungen und Kontext der Karte</translation>
    </message>
    <message>
        <source>F fraud · L legitimate · E escalate (the whole case) · S skip
J/K next/previous · N note · Ctrl+Z undo · Shift+F / Shift+L the whole selection</source>
        <translation>F Betrug · L legitim · E eskalieren (ganzer Fall) · S überspringen
J/K nächster/vorheriger · N Notiz · Strg+Z rückgängig
Umschalt+F / Umschalt+L: die ganze Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in one case</source>
        <translation>
            <numerusform>%n Alarm in einem Fall</numerusform>
            <numerusform>%n Alarme in einem Fall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in %1 cases</source>
        <translation>
            <numerusform>%n Alarm in %1 Fällen</numerusform>
            <numerusform>%n Alarme in %1 Fällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <source>No reasons stored.</source>
        <translation>Keine Gründe gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The case: %n alerts on this card within 24 h, decided together</source>
        <translation>
            <numerusform>Der Fall: %n Alarm dieser Karte in 24 h, gemeinsam entschieden</numerusform>
            <numerusform>Der Fall: %n Alarme dieser Karte in 24 h, gemeinsam entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>The case: this alert alone</source>
        <translation>Der Fall: nur dieser Alarm</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>Die Entscheidung wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Label %n alert(s), %1 in all, as %2?</source>
        <translation>
            <numerusform>%n Alarm, insgesamt %1, als %2 markieren?</numerusform>
            <numerusform>%n Alarme, insgesamt %1, als %2 markieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk decision</source>
        <translation>Sammelentscheidung</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n alerts.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Alarm.</numerusform>
            <numerusform>Rückgängig gemacht: %n Alarme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case &amp;Report…</source>
        <translation>Fall&amp;bericht…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Open alerts, highest priority first</source>
        <translation>Offene Alarme, höchste Priorität zuerst</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Why this alert was raised</source>
        <translation>Warum dieser Alarm ausgelöst wurde</translation>
    </message>
    <message>
        <source>Alerts of this case</source>
        <translation>Alarme dieses Falls</translation>
    </message>
    <message>
        <source>Card history</source>
        <translation>Kartenhistorie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note stored with your decision</source>
        <translation>Eine Notiz, die mit Ihrer Entscheidung gespeichert wird</translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation>Alarmdetails</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The model&apos;s threshold (from its training)</source>
        <translation>Die Schwelle des Modells (aus seinem Training)</translation>
    </message>
    <message>
        <source>A fixed risk threshold</source>
        <translation>Eine feste Risikoschwelle</translation>
    </message>
    <message>
        <source>An alert budget per day</source>
        <translation>Ein Alarmbudget pro Tag</translation>
    </message>
    <message>
        <source>When the feed starts, the threshold becomes the risk that gave this many alerts a day over the last week of scores (with at least a day of them).</source>
        <translation>Beim Start des Feeds wird die Schwelle zu dem Risiko, das in der letzten Woche an Bewertungen so viele Alarme pro Tag ergeben hätte (sofern mindestens ein Tag davon vorliegt).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Ensemble weights (used when a model is trained)</source>
        <translation>Ensemble-Gewichte (beim Trainieren eines Modells verwendet)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Data Directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>FraudDesk shows the new language when it starts again.</source>
        <translation>FraudDesk zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Alert &amp;on</source>
        <translation>Alarm &amp;bei</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Risiko mindestens</translation>
    </message>
    <message>
        <source>Alerts &amp;per day</source>
        <translation>Alarme &amp;pro Tag</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Browse for the data directory</source>
        <translation>Datenverzeichnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Data directory</source>
        <translation>&amp;Datenverzeichnis</translation>
    </message>
    <message>
        <source>Analyst &amp;name</source>
        <translation>&amp;Name des Analysten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>D&amp;esign</translation>
    </message>
    <message>
        <source>&amp;Isolation Forest</source>
        <translation>&amp;Isolation Forest</translation>
    </message>
    <message>
        <source>A&amp;utoencoder</source>
        <translation>&amp;Autoencoder</translation>
    </message>
    <message>
        <source>Rul&amp;es</source>
        <translation>Re&amp;geln</translation>
    </message>
    <message>
        <source>&amp;Supervised model, at most</source>
        <translation>Überwachtes &amp;Modell, höchstens</translation>
    </message>
</context>
<context>
    <name>fd::SourceRunner</name>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>wird geöffnet…</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>wärmt sich auf</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>lagging, %1</source>
        <translation>im Rückstand, %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>pausing…</source>
        <translation>wird angehalten…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>wird gestoppt…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fd::SourcesModel</name>
    <message>
        <source>built-in simulator</source>
        <translation>eingebauter Simulator</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>fd::SourcesPanel</name>
    <message>
        <source>Live sources</source>
        <translation>Live-Quellen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Add a live source: a file, a drop folder, a socket, Kafka or the simulator</source>
        <translation>Eine Live-Quelle hinzufügen: eine Datei, einen Eingangsordner, einen Socket, Kafka oder den Simulator</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected source (it opens its URI again)</source>
        <translation>Die gewählte Quelle starten (sie öffnet ihre URI erneut)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the selected source</source>
        <translation>Die gewählte Quelle anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the selected source; what it delivered stays stored</source>
        <translation>Die gewählte Quelle stoppen; was sie geliefert hat, bleibt gespeichert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Stop the selected source and take it off the list</source>
        <translation>Die gewählte Quelle stoppen und aus der Liste nehmen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>fd::ThresholdDialog</name>
    <message>
        <source>No model is active: train one or start the demo.</source>
        <translation>Kein Modell ist aktiv: Trainieren Sie eines oder starten Sie die Demo.</translation>
    </message>
    <message>
        <source>The database holds no transactions yet.</source>
        <translation>Die Datenbank enthält noch keine Transaktionen.</translation>
    </message>
    <message>
        <source>Scoring the stored history with the active model…</source>
        <translation>Die gespeicherte Historie wird mit dem aktiven Modell bewertet…</translation>
    </message>
    <message>
        <source>Use the &amp;Cheapest</source>
        <translation>&amp;Günstigste wählen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Tune the Alert Threshold</source>
        <translation>Alarmschwelle einstellen</translation>
    </message>
    <message>
        <source>What one analyst review costs, in the transactions&apos; currency</source>
        <translation>Was eine Prüfung durch einen Analysten kostet, in der Währung der Transaktionen</translation>
    </message>
    <message>
        <source>Cost on labelled history: missed fraud + reviews</source>
        <translation>Kosten auf der markierten Historie: verpasster Betrug + Prüfungen</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>chosen threshold</source>
        <translation>gewählte Schwelle</translation>
    </message>
    <message>
        <source>alert at risk</source>
        <translation>Alarm ab Risiko</translation>
    </message>
    <message>
        <source>Alert at &amp;risk ≥</source>
        <translation>Alarm ab &amp;Risiko ≥</translation>
    </message>
    <message>
        <source>or an alert &amp;budget per day</source>
        <translation>oder ein Alarm&amp;budget pro Tag</translation>
    </message>
    <message>
        <source>Cost of one re&amp;view</source>
        <translation>Kosten einer &amp;Prüfung</translation>
    </message>
    <message>
        <source>Cannot tune the threshold: %1</source>
        <translation>Die Schwelle kann nicht eingestellt werden: %1</translation>
    </message>
    <message>
        <source>Active model v%1 (its own threshold: risk %2) on %3 stored transactions, %4 of them labelled (%5 fraud). Precision, recall and cost come from the labelled ones.</source>
        <translation>Aktives Modell v%1 (eigene Schwelle: Risiko %2) auf %3 gespeicherten Transaktionen, davon %4 markiert (%5 Betrug). Präzision, Trefferquote und Kosten stammen aus den markierten.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;%1&lt;/b&gt; alerts a day. On labelled history: precision &lt;b&gt;%2&lt;/b&gt;, recall &lt;b&gt;%3&lt;/b&gt;, fraud missed %4, cost %5.</source>
        <translation>Erwartet &lt;b&gt;%1&lt;/b&gt; Alarme pro Tag. Auf der markierten Historie: Präzision &lt;b&gt;%2&lt;/b&gt;, Trefferquote &lt;b&gt;%3&lt;/b&gt;, verpasster Betrug %4, Kosten %5.</translation>
    </message>
    <message>
        <source>No fraud labels yet: no cost curve. Label alerts first.</source>
        <translation>Noch keine Betrugsmarkierungen: keine Kostenkurve. Markieren Sie zuerst Alarme.</translation>
    </message>
    <message>
        <source>The threshold was not applied: %1</source>
        <translation>Die Schwelle wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alarmschwelle</translation>
    </message>
    <message>
        <source>Alert threshold slider</source>
        <translation>Schieberegler der Alarmschwelle</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>Kostenkurve</translation>
    </message>
    <message>
        <source>Missed fraud plus review cost for each threshold on labelled history</source>
        <translation>Verpasster Betrug plus Prüfkosten je Schwelle auf gelabelter Historie</translation>
    </message>
</context>
<context>
    <name>fd::TransactionDetailDialog</name>
    <message>
        <source>Transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>No reasons: not scored, or nothing stands out.</source>
        <translation>Keine Gründe: nicht bewertet, oder nichts fällt auf.</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>Letzte %n Transaktion der Karte</numerusform>
            <numerusform>Letzte %n Transaktionen der Karte</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>this transaction</source>
        <translation>diese Transaktion</translation>
    </message>
    <message>
        <source>amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Why it scored so</source>
        <translation>Warum diese Bewertung</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Why the model rated this transaction as it did</source>
        <translation>Warum das Modell diese Transaktion so bewertet hat</translation>
    </message>
    <message>
        <source>Card history</source>
        <translation>Kartenverlauf</translation>
    </message>
    <message>
        <source>Amounts of the card&apos;s recent transactions, this one highlighted</source>
        <translation>Beträge der letzten Transaktionen der Karte, diese hervorgehoben</translation>
    </message>
</context>
<context>
    <name>fd::TransactionFilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>jede Stufe</translation>
    </message>
    <message>
        <source>medium and above</source>
        <translation>mittel und höher</translation>
    </message>
    <message>
        <source>high and above</source>
        <translation>hoch und höher</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>labelled or not</source>
        <translation>markiert oder nicht</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>transaction, card, merchant or customer id</source>
        <translation>Transaktions-, Karten-, Händler- oder Kunden-ID</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Risk at least</source>
        <translation>Risiko mindestens</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Minimum risk</source>
        <translation>Mindestrisiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Show only transactions of cards matching this text</source>
        <translation>Nur Transaktionen von Karten zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Show only transactions of merchants matching this text</source>
        <translation>Nur Transaktionen von Händlern zeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Show all, labelled or unlabelled transactions</source>
        <translation>Alle, gelabelte oder ungelabelte Transaktionen zeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find transactions containing this text</source>
        <translation>Transaktionen finden, die diesen Text enthalten</translation>
    </message>
</context>
<context>
    <name>fd::TransactionsModel</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>legit</source>
        <translation>legitim</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Markierung</translation>
    </message>
</context>
<context>
    <name>fd::TransactionsView</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln Transaktion</numerusform>
            <numerusform>%Ln Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fraud analyst workbench</source>
        <translation>Werkbank für Betrugsanalysten</translation>
    </message>
    <message>
        <source>Open the database &lt;file&gt;.</source>
        <translation>Die Datenbank &lt;file&gt; öffnen.</translation>
    </message>
    <message>
        <source>Start the built-in demo on a fresh demo database.</source>
        <translation>Die eingebaute Demo auf einer neuen Demo-Datenbank starten.</translation>
    </message>
    <message>
        <source>Open on &lt;view&gt;: monitor, transactions, review or models.</source>
        <translation>Mit &lt;view&gt; öffnen: monitor, transactions, review oder models.</translation>
    </message>
    <message>
        <source>Transaction files (CSV, JSON, NDJSON) to import.</source>
        <translation>Zu importierende Transaktionsdateien (CSV, JSON, NDJSON).</translation>
    </message>
</context>
</TS>
