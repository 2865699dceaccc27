<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Surveillance</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Examen</translation>
    </message>
    <message>
        <source>M&amp;odels</source>
        <translation>M&amp;odèles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import Transactions…</source>
        <translation>&amp;Importer des transactions…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Start &amp;Demo Feed</source>
        <translation>Démarrer le flux de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Review &amp;Metrics…</source>
        <translation>&amp;Métriques d’examen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About FraudDesk</source>
        <translation>À &amp;propos de FraudDesk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export &amp;Visible Transactions…</source>
        <translation>Exporter les transactions &amp;visibles…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exporting transactions…</source>
        <translation>Export des transactions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>L&apos;autoencodeur a besoin d&apos;au moins une variable</translation>
    </message>
    <message>
        <source>The autoencoder needs at least 10 rows to train on</source>
        <translation>L&apos;autoencodeur a besoin d&apos;au moins 10 lignes pour s&apos;entraîner</translation>
    </message>
    <message>
        <source>Autoencoder parameters out of range (epochs, batch size, learning rate, validation fraction below 0.9, patience)</source>
        <translation>Paramètres de l&apos;autoencodeur hors limites (époques, taille de lot, taux d&apos;apprentissage, part de validation inférieure à 0.9, patience)</translation>
    </message>
    <message>
        <source>Autoencoder hidden layer sizes must be 1..4096</source>
        <translation>Les tailles des couches cachées de l&apos;autoencodeur doivent être comprises entre 1 et 4096</translation>
    </message>
    <message>
        <source>Autoencoder: row %1, column %2 is not a finite number</source>
        <translation>Autoencodeur : la ligne %1, colonne %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>The autoencoder expects %1 features, got %2</source>
        <translation>L&apos;autoencodeur attend %1 variables, il en a reçu %2</translation>
    </message>
    <message>
        <source>The autoencoder in the model is damaged: %1</source>
        <translation>L&apos;autoencodeur du modèle est endommagé : %1</translation>
    </message>
    <message>
        <source>feature count out of range</source>
        <translation>nombre de variables hors limites</translation>
    </message>
    <message>
        <source>scaling size</source>
        <translation>taille de mise à l&apos;échelle invalide</translation>
    </message>
    <message>
        <source>scaling values</source>
        <translation>valeurs de mise à l&apos;échelle invalides</translation>
    </message>
    <message>
        <source>layer count</source>
        <translation>nombre de couches invalide</translation>
    </message>
    <message>
        <source>layer shapes do not chain</source>
        <translation>les formes des couches ne s&apos;enchaînent pas</translation>
    </message>
    <message>
        <source>layer sizes</source>
        <translation>tailles des couches invalides</translation>
    </message>
    <message>
        <source>a weight is not finite</source>
        <translation>un poids n&apos;est pas fini</translation>
    </message>
    <message>
        <source>a bias is not finite</source>
        <translation>un biais n&apos;est pas fini</translation>
    </message>
    <message>
        <source>the output does not rebuild the input</source>
        <translation>la sortie ne reconstruit pas l&apos;entrée</translation>
    </message>
    <message>
        <source>missing or mistyped field (%1)</source>
        <translation>champ manquant ou de type incorrect (%1)</translation>
    </message>
    <message>
        <source>The features row has %1 columns but the model expects %2</source>
        <translation>La ligne de variables a %1 colonnes, mais le modèle en attend %2</translation>
    </message>
    <message>
        <source>Scoring needs one transaction per features row</source>
        <translation>Le scoring a besoin d&apos;une transaction par ligne de variables</translation>
    </message>
    <message>
        <source>The model lacks its &apos;%1&apos; part</source>
        <translation>Il manque au modèle sa partie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The model&apos;s &apos;%1&apos; part is not valid JSON</source>
        <translation>La partie &apos;%1&apos; du modèle n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>The model header lacks the settings of its &apos;%1&apos; part</source>
        <translation>Il manque à l&apos;en-tête du modèle les réglages de sa partie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The model header&apos;s &apos;%1&apos; is missing or not a finite number</source>
        <translation>&apos;%1&apos; dans l&apos;en-tête du modèle est absent ou n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>The file is a bundle but not a FraudDesk scoring model</source>
        <translation>Le fichier est un paquet, mais pas un modèle de scoring FraudDesk</translation>
    </message>
    <message>
        <source>The model format is version %1; this FraudDesk reads version %2. Retrain the model with this version.</source>
        <translation>Le format du modèle est en version %1 ; ce FraudDesk lit la version %2. Réentraînez le modèle avec cette version.</translation>
    </message>
    <message>
        <source>Unknown model kind %1</source>
        <translation>Type de modèle inconnu %1</translation>
    </message>
    <message>
        <source>The model lists no features</source>
        <translation>Le modèle ne liste aucune variable</translation>
    </message>
    <message>
        <source>The model needs features this FraudDesk does not compute: %1. Retrain it with this version.</source>
        <translation>Le modèle a besoin de variables que ce FraudDesk ne calcule pas : %1. Réentraînez-le avec cette version.</translation>
    </message>
    <message>
        <source>The feature statistics do not match the feature list</source>
        <translation>Les statistiques des variables ne correspondent pas à la liste des variables</translation>
    </message>
    <message>
        <source>The model&apos;s feature settings are out of range</source>
        <translation>Les réglages des variables du modèle sont hors limites</translation>
    </message>
    <message>
        <source>The model header&apos;s members are not an object</source>
        <translation>Les membres de l&apos;en-tête du modèle ne sont pas un objet</translation>
    </message>
    <message>
        <source>The Isolation Forest was trained on a different number of features</source>
        <translation>L&apos;Isolation Forest a été entraînée sur un nombre différent de variables</translation>
    </message>
    <message>
        <source>The autoencoder was trained on a different number of features</source>
        <translation>L&apos;autoencodeur a été entraîné sur un nombre différent de variables</translation>
    </message>
    <message>
        <source>The autoencoder&apos;s mean errors are damaged</source>
        <translation>Les erreurs moyennes de l&apos;autoencodeur sont endommagées</translation>
    </message>
    <message>
        <source>The model holds no scoring member</source>
        <translation>Le modèle ne contient aucun sous-modèle de scoring</translation>
    </message>
    <message>
        <source>The model header is incomplete or has the wrong types: %1</source>
        <translation>L&apos;en-tête du modèle est incomplet ou a des types incorrects : %1</translation>
    </message>
    <message>
        <source>Training was cancelled; nothing was saved</source>
        <translation>L&apos;entraînement a été annulé ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Unknown feature &apos;%1&apos;. Known features: %2</source>
        <translation>Variable inconnue &apos;%1&apos;. Variables connues : %2</translation>
    </message>
    <message>
        <source>Feature &apos;%1&apos; is listed twice</source>
        <translation>La variable &apos;%1&apos; figure deux fois</translation>
    </message>
    <message>
        <source>The supervised model needs at least %1 fraud and as many legitimate labels; the history has %2 fraud and %3. Label more transactions or import ground truth first.</source>
        <translation>Le modèle supervisé a besoin d&apos;au moins %1 étiquettes de fraude et d&apos;autant d&apos;étiquettes légitimes ; l&apos;historique en a %2 de fraude et %3 légitimes. Étiquetez d&apos;autres transactions ou importez d&apos;abord la vérité terrain.</translation>
    </message>
    <message>
        <source>Training needs at least two transactions</source>
        <translation>L&apos;entraînement a besoin d&apos;au moins deux transactions</translation>
    </message>
    <message>
        <source>Training history must be in time order (row %1 is older than the row before it)</source>
        <translation>L&apos;historique d&apos;entraînement doit être dans l&apos;ordre chronologique (la ligne %1 est plus ancienne que la précédente)</translation>
    </message>
    <message>
        <source>Cannot compute feature statistics: no rows</source>
        <translation>Impossible de calculer les statistiques des variables : aucune ligne</translation>
    </message>
    <message>
        <source>Feature statistics in the model are damaged: %1</source>
        <translation>Les statistiques des variables du modèle sont endommagées : %1</translation>
    </message>
    <message>
        <source>names, median or spread missing</source>
        <translation>noms, médiane ou dispersion manquants</translation>
    </message>
    <message>
        <source>names, median and spread differ in length</source>
        <translation>noms, médiane et dispersion n&apos;ont pas la même longueur</translation>
    </message>
    <message>
        <source>entry %1 has the wrong type</source>
        <translation>l&apos;entrée %1 a un type incorrect</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; has a non-finite median or a spread that is not positive</source>
        <translation>la variable &apos;%1&apos; a une médiane non finie ou une dispersion non positive</translation>
    </message>
    <message>
        <source>Model bundle %1 is not usable: %2. Re-create it with &apos;frauddesk-cli train&apos; or pick another file.</source>
        <translation>Le paquet de modèle %1 est inutilisable : %2. Recréez-le avec &apos;frauddesk-cli train&apos; ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>it is not a FraudDesk model file (the first bytes are wrong)</source>
        <translation>ce n&apos;est pas un fichier de modèle FraudDesk (les premiers octets sont incorrects)</translation>
    </message>
    <message>
        <source>its container format is version %1 and this FraudDesk reads version %2</source>
        <translation>son format de conteneur est en version %1 et ce FraudDesk lit la version %2</translation>
    </message>
    <message>
        <source>its header claims %1 bytes, more than the file holds (truncated or damaged)</source>
        <translation>son en-tête annonce %1 octets, plus que le fichier n&apos;en contient (tronqué ou endommagé)</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>son en-tête n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>its header has no &quot;payloads&quot; list</source>
        <translation>son en-tête n&apos;a pas de liste &quot;payloads&quot;</translation>
    </message>
    <message>
        <source>it lists too many payloads</source>
        <translation>il liste trop de charges utiles</translation>
    </message>
    <message>
        <source>a payload entry lacks its name, size or sha256</source>
        <translation>une entrée de charge utile n&apos;a pas de name, size ou sha256</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; appears twice</source>
        <translation>la charge utile &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; claims %2 bytes, more than the file holds (truncated?)</source>
        <translation>la charge utile &apos;%1&apos; annonce %2 octets, plus que le fichier n&apos;en contient (tronqué ?)</translation>
    </message>
    <message>
        <source>payload &apos;%1&apos; does not match its SHA-256 (damaged or altered)</source>
        <translation>la charge utile &apos;%1&apos; ne correspond pas à son SHA-256 (endommagée ou modifiée)</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the last payload</source>
        <translation>%1 octets inattendus suivent la dernière charge utile</translation>
    </message>
    <message>
        <source>Cannot write model file &apos;%1&apos;: %2. Check the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire le fichier de modèle &apos;%1&apos; : %2. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write model file &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire le fichier de modèle &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Cannot read model file &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le fichier de modèle &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Model file &apos;%1&apos; is %2 bytes, too large to be a FraudDesk model</source>
        <translation>Le fichier de modèle &apos;%1&apos; fait %2 octets, trop pour un modèle FraudDesk</translation>
    </message>
    <message>
        <source>Cannot read model file &apos;%1&apos;: read failed</source>
        <translation>Impossible de lire le fichier de modèle &apos;%1&apos; : échec de la lecture</translation>
    </message>
    <message>
        <source>Risk levels: &apos;%1&apos; must be a non-negative number</source>
        <translation>Niveaux de risque : &apos;%1&apos; doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>Risk levels must rise: medium &lt;= high &lt;= critical &lt;= 100</source>
        <translation>Les niveaux de risque doivent croître : medium &lt;= high &lt;= critical &lt;= 100</translation>
    </message>
    <message>
        <source>Ensemble weights: &apos;%1&apos; must be a non-negative number</source>
        <translation>Poids de l&apos;ensemble : &apos;%1&apos; doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>Ensemble weights: &apos;supervised_max&apos; must be at most 1</source>
        <translation>Poids de l&apos;ensemble : &apos;supervised_max&apos; doit valoir au plus 1</translation>
    </message>
    <message>
        <source>Ensemble weights: at least one unsupervised weight must be above zero</source>
        <translation>Poids de l&apos;ensemble : au moins un poids non supervisé doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Cannot normalise scores: no training rows</source>
        <translation>Impossible de normaliser les scores : aucune ligne d&apos;entraînement</translation>
    </message>
    <message>
        <source>Cannot normalise scores: a training score is not finite</source>
        <translation>Impossible de normaliser les scores : un score d&apos;entraînement n&apos;est pas fini</translation>
    </message>
    <message>
        <source>Score normalisation in the model is damaged: %1</source>
        <translation>La normalisation des scores du modèle est endommagée : %1</translation>
    </message>
    <message>
        <source>rows, levels or values missing</source>
        <translation>rows, levels ou values manquants</translation>
    </message>
    <message>
        <source>levels and values disagree in size or are empty</source>
        <translation>levels et values n&apos;ont pas la même taille ou sont vides</translation>
    </message>
    <message>
        <source>a non-number</source>
        <translation>une valeur n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a level outside (0, 1] or a value that is not finite</source>
        <translation>un niveau hors de (0, 1] ou une valeur non finie</translation>
    </message>
    <message>
        <source>levels must decrease and values must not</source>
        <translation>les niveaux doivent décroître et les valeurs ne le doivent pas</translation>
    </message>
    <message>
        <source>Gradient-boosted trees parameter &apos;%1&apos; %2.</source>
        <translation>Le paramètre &apos;%1&apos; des arbres à gradient boosting %2.</translation>
    </message>
    <message>
        <source>is %1; it must be more than 0 and at most 1</source>
        <translation>vaut %1 ; il doit être supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
        <source>is %1; it must be between %2 and %3</source>
        <translation>vaut %1 ; il doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>is missing from the saved parameters</source>
        <translation>manque dans les paramètres enregistrés</translation>
    </message>
    <message>
        <source>has the wrong type in the saved parameters</source>
        <translation>a un type incorrect dans les paramètres enregistrés</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>must be between 0 and 1e9</source>
        <translation>doit être compris entre 0 et 1e9</translation>
    </message>
    <message>
        <source>must be 0 (automatic) or a positive weight up to 1e9</source>
        <translation>doit valoir 0 (automatique) ou un poids positif jusqu&apos;à 1e9</translation>
    </message>
    <message>
        <source>Gradient-boosted trees parameters must be an object.</source>
        <translation>Les paramètres des arbres à gradient boosting doivent être un objet.</translation>
    </message>
    <message>
        <source>%1 fraud and %2 genuine labels</source>
        <translation>%1 étiquettes de fraude et %2 étiquettes légitimes</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation rows have no data.</source>
        <translation>Arbres à gradient boosting : les lignes de validation n&apos;ont pas de données.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the training rows have no data.</source>
        <translation>Arbres à gradient boosting : les lignes d&apos;entraînement n&apos;ont pas de données.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: %1 validation labels for %2 rows; give exactly one label per row.</source>
        <translation>Arbres à gradient boosting : %1 étiquettes de validation pour %2 lignes ; donnez exactement une étiquette par ligne.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: %1 training labels for %2 rows; give exactly one label per row.</source>
        <translation>Arbres à gradient boosting : %1 étiquettes d&apos;entraînement pour %2 lignes ; donnez exactement une étiquette par ligne.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation label of row %1 is %2; every label must be 1 (fraud) or 0 (genuine). Leave unlabelled transactions out of supervised training.</source>
        <translation>Arbres à gradient boosting : l&apos;étiquette de validation de la ligne %1 vaut %2 ; chaque étiquette doit valoir 1 (fraude) ou 0 (légitime). Laissez les transactions non étiquetées hors de l&apos;entraînement supervisé.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the training label of row %1 is %2; every label must be 1 (fraud) or 0 (genuine). Leave unlabelled transactions out of supervised training.</source>
        <translation>Arbres à gradient boosting : l&apos;étiquette d&apos;entraînement de la ligne %1 vaut %2 ; chaque étiquette doit valoir 1 (fraude) ou 0 (légitime). Laissez les transactions non étiquetées hors de l&apos;entraînement supervisé.</translation>
    </message>
    <message>
        <source>XGBoost returned an evaluation line FraudDesk cannot read: &apos;%1&apos;.</source>
        <translation>XGBoost a renvoyé une ligne d&apos;évaluation que FraudDesk ne sait pas lire : &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: there are no training rows or no features.</source>
        <translation>Arbres à gradient boosting : il n&apos;y a aucune ligne d&apos;entraînement ou aucune variable.</translation>
    </message>
    <message>
        <source>Cannot train the supervised model: the training rows have %1. It needs both kinds; label more transactions (confirmed fraud and confirmed genuine ones) and train again.</source>
        <translation>Impossible d&apos;entraîner le modèle supervisé : les lignes d&apos;entraînement ont %1. Il lui faut les deux sortes ; étiquetez d&apos;autres transactions (fraudes confirmées et transactions légitimes confirmées) et relancez l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: the validation rows have %1 features, the training rows %2.</source>
        <translation>Arbres à gradient boosting : les lignes de validation ont %1 variables, les lignes d&apos;entraînement %2.</translation>
    </message>
    <message>
        <source>Cannot use the validation slice for early stopping: it has %1. It needs both kinds; widen the slice, label more of it, or train without one.</source>
        <translation>Impossible d&apos;utiliser la tranche de validation pour l&apos;arrêt anticipé : elle a %1. Il lui faut les deux sortes ; élargissez la tranche, étiquetez-en davantage ou entraînez sans tranche.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: validation labels given without rows.</source>
        <translation>Arbres à gradient boosting : étiquettes de validation fournies sans lignes.</translation>
    </message>
    <message>
        <source>The gradient-boosted trees model was trained on %1 features but is given rows of %2.</source>
        <translation>Le modèle d&apos;arbres à gradient boosting a été entraîné sur %1 variables, mais reçoit des lignes de %2.</translation>
    </message>
    <message>
        <source>Gradient-boosted trees: no row data or no output buffer given.</source>
        <translation>Arbres à gradient boosting : aucune donnée de ligne ou aucun tampon de sortie fourni.</translation>
    </message>
    <message>
        <source>This gradient-boosted trees model was moved away.</source>
        <translation>Ce modèle d&apos;arbres à gradient boosting a été déplacé.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: it is larger than 1 GiB.</source>
        <translation>Le modèle XGBoost est inutilisable : il dépasse 1 Gio.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: XGBoost read it differently (%1 features, %2 trees).</source>
        <translation>Le modèle XGBoost est inutilisable : XGBoost l&apos;a lu autrement (%1 variables, %2 arbres).</translation>
    </message>
    <message>
        <source>no detail given</source>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>XGBoost %1 failed: %2</source>
        <translation>Échec de XGBoost %1 : %2</translation>
    </message>
    <message>
        <source>XGBoost returned %1 prediction values for %2 rows; expected %3 per row.</source>
        <translation>XGBoost a renvoyé %1 valeurs de prédiction pour %2 lignes ; %3 par ligne étaient attendues.</translation>
    </message>
    <message>
        <source>The XGBoost model is not usable: %1. Train the model again or pick another file.</source>
        <translation>Le modèle XGBoost est inutilisable : %1. Réentraînez le modèle ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>it is not valid JSON or UBJSON (error at byte %1)</source>
        <translation>ce n&apos;est pas du JSON ou de l&apos;UBJSON valide (erreur à l&apos;octet %1)</translation>
    </message>
    <message>
        <source>it holds more values than its size allows</source>
        <translation>il contient plus de valeurs que sa taille ne le permet</translation>
    </message>
    <message>
        <source>a container claims %1 elements in %2 bytes</source>
        <translation>un conteneur annonce %1 éléments dans %2 octets</translation>
    </message>
    <message>
        <source>it nests deeper than any model</source>
        <translation>il est plus imbriqué que n&apos;importe quel modèle</translation>
    </message>
    <message>
        <source>it is not in XGBoost&apos;s JSON or UBJSON format</source>
        <translation>il n&apos;est pas au format JSON ou UBJSON de XGBoost</translation>
    </message>
    <message>
        <source>it could not be parsed (%1)</source>
        <translation>il n&apos;a pas pu être analysé (%1)</translation>
    </message>
    <message>
        <source>it could not be parsed</source>
        <translation>il n&apos;a pas pu être analysé</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 n&apos;a pas de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>%1 holds a value that is not an integer</source>
        <translation>%1 contient une valeur qui n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1 does not have one value per node</source>
        <translation>%1 n&apos;a pas une valeur par nœud</translation>
    </message>
    <message>
        <source>%1 holds a value that is not a finite number</source>
        <translation>%1 contient une valeur qui n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>tree %1 does not have its position as its id</source>
        <translation>l&apos;arbre %1 n&apos;a pas sa position comme id</translation>
    </message>
    <message>
        <source>tree %1 has no valid node count</source>
        <translation>l&apos;arbre %1 n&apos;a pas de nombre de nœuds valide</translation>
    </message>
    <message>
        <source>tree %1 was built for a different number of features</source>
        <translation>l&apos;arbre %1 a été construit pour un nombre différent de variables</translation>
    </message>
    <message>
        <source>tree %1.default_left holds a value other than 0/1</source>
        <translation>l&apos;arbre %1.default_left contient une valeur autre que 0/1</translation>
    </message>
    <message>
        <source>tree %1 has a categorical split, which FraudDesk never trains</source>
        <translation>l&apos;arbre %1 a une division catégorielle, que FraudDesk n&apos;entraîne jamais</translation>
    </message>
    <message>
        <source>tree %1 has categorical splits, which FraudDesk never trains</source>
        <translation>l&apos;arbre %1 a des divisions catégorielles, que FraudDesk n&apos;entraîne jamais</translation>
    </message>
    <message>
        <source>tree %1 has a root with a parent</source>
        <translation>l&apos;arbre %1 a une racine avec un parent</translation>
    </message>
    <message>
        <source>tree %1 has a leaf with one child</source>
        <translation>l&apos;arbre %1 a une feuille avec un enfant</translation>
    </message>
    <message>
        <source>tree %1 has a node whose children are out of place</source>
        <translation>l&apos;arbre %1 a un nœud dont les enfants sont mal placés</translation>
    </message>
    <message>
        <source>tree %1 splits on a feature that does not exist</source>
        <translation>l&apos;arbre %1 divise selon une variable qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>tree %1 has children that do not name their parent</source>
        <translation>l&apos;arbre %1 a des enfants qui ne désignent pas leur parent</translation>
    </message>
    <message>
        <source>tree %1 is deeper than any trained tree</source>
        <translation>l&apos;arbre %1 est plus profond que tout arbre entraîné</translation>
    </message>
    <message>
        <source>it was trained on %1 features but %2 are expected</source>
        <translation>il a été entraîné sur %1 variables, mais %2 sont attendues</translation>
    </message>
    <message>
        <source>it is a multi-class model, not a fraud / genuine one</source>
        <translation>c&apos;est un modèle multiclasse, pas un modèle fraude / légitime</translation>
    </message>
    <message>
        <source>it predicts more than one target</source>
        <translation>il prédit plus d&apos;une cible</translation>
    </message>
    <message>
        <source>its base score is not a probability</source>
        <translation>son score de base n&apos;est pas une probabilité</translation>
    </message>
    <message>
        <source>its objective is not binary:logistic</source>
        <translation>son objectif n&apos;est pas binary:logistic</translation>
    </message>
    <message>
        <source>its scale_pos_weight is not a valid weight</source>
        <translation>son scale_pos_weight n&apos;est pas un poids valide</translation>
    </message>
    <message>
        <source>it is not a tree model (gbtree)</source>
        <translation>ce n&apos;est pas un modèle d&apos;arbres (gbtree)</translation>
    </message>
    <message>
        <source>its tree count does not match its trees</source>
        <translation>son nombre d&apos;arbres ne correspond pas à ses arbres</translation>
    </message>
    <message>
        <source>it is a random-forest style model, which FraudDesk never trains</source>
        <translation>c&apos;est un modèle de type forêt aléatoire, que FraudDesk n&apos;entraîne jamais</translation>
    </message>
    <message>
        <source>it has no trees</source>
        <translation>il n&apos;a aucun arbre</translation>
    </message>
    <message>
        <source>it has trees for more than one class</source>
        <translation>il a des arbres pour plus d&apos;une classe</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>il n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>Isolation Forest: trees must be between 1 and 100000</source>
        <translation>Isolation Forest : le nombre d&apos;arbres doit être compris entre 1 et 100000</translation>
    </message>
    <message>
        <source>Isolation Forest: the sample size must be at least 2</source>
        <translation>Isolation Forest : la taille d&apos;échantillon doit être d&apos;au moins 2</translation>
    </message>
    <message>
        <source>Isolation Forest needs at least two rows to train on</source>
        <translation>Isolation Forest a besoin d&apos;au moins deux lignes pour s&apos;entraîner</translation>
    </message>
    <message>
        <source>Isolation Forest needs at least one feature</source>
        <translation>Isolation Forest a besoin d&apos;au moins une variable</translation>
    </message>
    <message>
        <source>Isolation Forest: row %1, column %2 is not a finite number</source>
        <translation>Isolation Forest : la ligne %1, colonne %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>Isolation Forest: too many nodes</source>
        <translation>Isolation Forest : trop de nœuds</translation>
    </message>
    <message>
        <source>Isolation Forest expects %1 features, got %2</source>
        <translation>Isolation Forest attend %1 variables, elle en a reçu %2</translation>
    </message>
    <message>
        <source>The Isolation Forest in the model is damaged: %1</source>
        <translation>L&apos;Isolation Forest du modèle est endommagée : %1</translation>
    </message>
    <message>
        <source>node count out of range</source>
        <translation>nombre de nœuds hors limites</translation>
    </message>
    <message>
        <source>sample size out of range</source>
        <translation>taille d&apos;échantillon hors limites</translation>
    </message>
    <message>
        <source>node arrays differ in length</source>
        <translation>les tableaux de nœuds n&apos;ont pas la même longueur</translation>
    </message>
    <message>
        <source>the tree count does not match its roots</source>
        <translation>le nombre d&apos;arbres ne correspond pas à leurs racines</translation>
    </message>
    <message>
        <source>a tree root is out of order or range</source>
        <translation>une racine d&apos;arbre est hors d&apos;ordre ou hors limites</translation>
    </message>
    <message>
        <source>node %1 belongs to no tree</source>
        <translation>le nœud %1 n&apos;appartient à aucun arbre</translation>
    </message>
    <message>
        <source>leaf %1 is malformed</source>
        <translation>la feuille %1 est mal formée</translation>
    </message>
    <message>
        <source>node %1 has a bad feature, child or threshold</source>
        <translation>le nœud %1 a une variable, un enfant ou un seuil invalide</translation>
    </message>
    <message>
        <source>node %1 shares a child</source>
        <translation>le nœud %1 partage un enfant</translation>
    </message>
    <message>
        <source>a tree is too deep</source>
        <translation>un arbre est trop profond</translation>
    </message>
    <message>
        <source>an alert budget needs scored history with times</source>
        <translation>un budget d&apos;alertes a besoin d&apos;un historique noté avec des horodatages</translation>
    </message>
    <message>
        <source>the alert budget must be above zero</source>
        <translation>le budget d&apos;alertes doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>a top-fraction threshold needs scored history</source>
        <translation>un seuil par fraction supérieure a besoin d&apos;un historique noté</translation>
    </message>
    <message>
        <source>the fraction must be in (0, 1]</source>
        <translation>la fraction doit être dans (0, 1]</translation>
    </message>
    <message>
        <source>a threshold policy needs a kind and a value</source>
        <translation>une politique de seuil a besoin d&apos;un type et d&apos;une valeur</translation>
    </message>
    <message>
        <source>unknown threshold policy &apos;%1&apos;</source>
        <translation>politique de seuil inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the policy value must be above zero</source>
        <translation>la valeur de la politique doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>a cost-based threshold needs fraud labels in the history; use an alert budget (alerts per day or top fraction) until there are some</source>
        <translation>un seuil fondé sur les coûts a besoin d&apos;étiquettes de fraude dans l&apos;historique ; utilisez un budget d&apos;alertes (alertes par jour ou fraction supérieure) en attendant</translation>
    </message>
</context>
<context>
    <name>core/Export</name>
    <message>
        <source>cannot write %1 (temporary file %2): check the folder exists and is writable</source>
        <translation>impossible d’écrire %1 (fichier temporaire %2) : vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>writing %1 failed (disk full?)</source>
        <translation>l’écriture de %1 a échoué (disque plein ?)</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;: use csv, ndjson or json</source>
        <translation>format de sortie inconnu &apos;%1&apos; : utilisez csv, ndjson ou json</translation>
    </message>
    <message>
        <source>no database at %1; open one, or create one by importing transactions</source>
        <translation>aucune base de données à %1 ; ouvrez-en une, ou créez-en une en important des transactions</translation>
    </message>
    <message>
        <source>the export file %1 is the database itself; choose another file name</source>
        <translation>le fichier d’export %1 est la base de données elle-même ; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the export</source>
        <translation>%1 est un dossier ; indiquez un nom de fichier pour l’export</translation>
    </message>
    <message>
        <source>the period is empty: its start %1 is not before its end %2; choose a start before the end</source>
        <translation>la période est vide : son début %1 n’est pas antérieur à sa fin %2 ; choisissez un début antérieur à la fin</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>export annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>cannot record the export in the audit log of %1, so nothing was written: %2</source>
        <translation>impossible d’inscrire l’export dans le journal d’audit de %1, rien n’a donc été écrit : %2</translation>
    </message>
</context>
<context>
    <name>core/Features</name>
    <message>
        <source>Natural logarithm of 1 + the amount in major units (refunds count as 0).</source>
        <translation>Logarithme népérien de 1 + le montant en unité monétaire principale (les remboursements comptent pour 0).</translation>
    </message>
    <message>
        <source>Hour of the day in UTC, 0 to 23.</source>
        <translation>Heure de la journée en UTC, de 0 à 23.</translation>
    </message>
    <message>
        <source>1 when the transaction happens between 00:00 and 05:59 UTC.</source>
        <translation>1 si la transaction a lieu entre 00:00 et 05:59 UTC.</translation>
    </message>
    <message>
        <source>1 on a Saturday or Sunday (UTC).</source>
        <translation>1 un samedi ou un dimanche (UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 10 minutes.</source>
        <translation>Transactions antérieures sur cette carte au cours des 10 dernières minutes.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past hour.</source>
        <translation>Transactions antérieures sur cette carte au cours de la dernière heure.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 24 hours.</source>
        <translation>Transactions antérieures sur cette carte au cours des 24 dernières heures.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 7 days (today and the 6 days before, UTC).</source>
        <translation>Transactions antérieures sur cette carte au cours des 7 derniers jours (aujourd’hui et les 6 jours précédents, UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Transactions antérieures sur cette carte au cours des 30 derniers jours (aujourd’hui et les 29 jours précédents, UTC).</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past hour, in major units.</source>
        <translation>Montant total dépensé par cette carte au cours de la dernière heure, en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 24 hours, in major units.</source>
        <translation>Montant total dépensé par cette carte au cours des 24 dernières heures, en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 7 days (today and the 6 days before, UTC), in major units.</source>
        <translation>Montant total dépensé par cette carte au cours des 7 derniers jours (aujourd’hui et les 6 jours précédents, UTC), en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount this card spent in the past 30 days (today and the 29 days before, UTC), in major units.</source>
        <translation>Montant total dépensé par cette carte au cours des 30 derniers jours (aujourd’hui et les 29 jours précédents, UTC), en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Earlier transactions on this card in the past hour worth under about 5 EUR; a run of them suggests card testing.</source>
        <translation>Transactions antérieures sur cette carte au cours de la dernière heure d’un montant inférieur à environ 5 EUR ; une série de telles transactions suggère un test de carte.</translation>
    </message>
    <message>
        <source>Amount divided by this card&apos;s average amount over the past 30 days (1 without history, at most 1000).</source>
        <translation>Montant divisé par le montant moyen de cette carte sur les 30 derniers jours (1 sans historique, au plus 1000).</translation>
    </message>
    <message>
        <source>Standard deviations between log(1 + amount) and this card&apos;s 30-day mean of it (0 with fewer than 2 earlier transactions, within -20 to 20).</source>
        <translation>Écart, en écarts-types, entre log(1 + montant) et sa moyenne sur 30 jours pour cette carte (0 avec moins de 2 transactions antérieures, borné entre -20 et 20).</translation>
    </message>
    <message>
        <source>Seconds since this card&apos;s previous transaction (90 days when there is none).</source>
        <translation>Secondes écoulées depuis la transaction précédente de cette carte (90 jours s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>1 when this card has not used this merchant among its 16 most recent ones (0 on the card&apos;s first transaction).</source>
        <translation>1 si ce commerçant ne figure pas parmi les 16 commerçants les plus récents de cette carte (0 à la première transaction de la carte).</translation>
    </message>
    <message>
        <source>1 when this card has not been used in this country among its 6 most recent ones (0 on the card&apos;s first transaction).</source>
        <translation>1 si ce pays ne figure pas parmi les 6 pays les plus récents de cette carte (0 à la première transaction de la carte).</translation>
    </message>
    <message>
        <source>1 when this card-present transaction is in a city where the card has not been used in person among its 8 most recent such cities (0 online, without a city or on the card&apos;s first transaction).</source>
        <translation>1 si cette transaction carte présente a lieu dans une ville qui ne figure pas parmi les 8 dernières villes où la carte a été utilisée en personne (0 en ligne, sans ville ou à la première transaction de la carte).</translation>
    </message>
    <message>
        <source>1 when this card has not been used from this device among its 6 most recent ones (0 on the card&apos;s first transaction or without a device).</source>
        <translation>1 si cet appareil ne figure pas parmi les 6 appareils les plus récents de cette carte (0 à la première transaction de la carte ou sans appareil).</translation>
    </message>
    <message>
        <source>Distance from this card&apos;s previous card-present transaction with coordinates (0 when either has none or this one is online).</source>
        <translation>Distance par rapport à la précédente transaction carte présente de cette carte disposant de coordonnées (0 si l’une des deux n’en a pas ou si celle-ci est en ligne).</translation>
    </message>
    <message>
        <source>Travel speed that distance implies: km over the hours between the two transactions, counting at least one minute.</source>
        <translation>Vitesse de déplacement qu’implique cette distance : km divisés par les heures écoulées entre les deux transactions, en comptant au moins une minute.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 10 minutes.</source>
        <translation>Transactions antérieures chez ce commerçant ou sur ce terminal au cours des 10 dernières minutes.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past hour.</source>
        <translation>Transactions antérieures chez ce commerçant ou sur ce terminal au cours de la dernière heure.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 24 hours.</source>
        <translation>Transactions antérieures chez ce commerçant ou sur ce terminal au cours des 24 dernières heures.</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 7 days (today and the 6 days before, UTC).</source>
        <translation>Transactions antérieures chez ce commerçant ou sur ce terminal au cours des 7 derniers jours (aujourd’hui et les 6 jours précédents, UTC).</translation>
    </message>
    <message>
        <source>Earlier transactions at this merchant or terminal in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Transactions antérieures chez ce commerçant ou sur ce terminal au cours des 30 derniers jours (aujourd’hui et les 29 jours précédents, UTC).</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past hour, in major units.</source>
        <translation>Montant total encaissé par ce commerçant ou ce terminal au cours de la dernière heure, en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 24 hours, in major units.</source>
        <translation>Montant total encaissé par ce commerçant ou ce terminal au cours des 24 dernières heures, en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 7 days (today and the 6 days before, UTC), in major units.</source>
        <translation>Montant total encaissé par ce commerçant ou ce terminal au cours des 7 derniers jours (aujourd’hui et les 6 jours précédents, UTC), en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Total amount taken by this merchant or terminal in the past 30 days (today and the 29 days before, UTC), in major units.</source>
        <translation>Montant total encaissé par ce commerçant ou ce terminal au cours des 30 derniers jours (aujourd’hui et les 29 jours précédents, UTC), en unité monétaire principale.</translation>
    </message>
    <message>
        <source>Fraud labels on this merchant&apos;s transactions that became known in the past 30 days (today and the 29 days before, UTC).</source>
        <translation>Étiquettes de fraude sur les transactions de ce commerçant, connues au cours des 30 derniers jours (aujourd’hui et les 29 jours précédents, UTC).</translation>
    </message>
    <message>
        <source>Share of fraud among this merchant&apos;s labels known in the past 30 days, smoothed toward the overall rate so that 1 fraud in 1 label is not 100%.</source>
        <translation>Part de fraude parmi les étiquettes de ce commerçant connues au cours des 30 derniers jours, lissée vers le taux global pour que 1 fraude sur 1 étiquette ne donne pas 100 %.</translation>
    </message>
    <message>
        <source>Earlier transactions in the past 24 hours at this merchant or terminal by cards that had not used it among their 16 most recent merchants.</source>
        <translation>Transactions antérieures des 24 dernières heures chez ce commerçant ou sur ce terminal avec des cartes qui ne l’avaient pas parmi leurs 16 commerçants les plus récents.</translation>
    </message>
    <message>
        <source>Those 24-hour new cards divided by the merchant&apos;s daily average of new cards over the past 30 days, plus one (at most 1000); a sudden influx stands out.</source>
        <translation>Ces nouvelles cartes des 24 dernières heures divisées par la moyenne quotidienne de nouvelles cartes du commerçant sur les 30 derniers jours, augmentée de un (au plus 1000) ; un afflux soudain ressort.</translation>
    </message>
</context>
<context>
    <name>core/Import</name>
    <message>
        <source>currency exponent %1 is not supported; use 0 to 18 decimals</source>
        <translation>l’exposant de devise %1 n’est pas pris en charge ; utilisez 0 à 18 décimales</translation>
    </message>
    <message>
        <source>amount is empty; give a number such as 12.34</source>
        <translation>le montant est vide ; indiquez un nombre tel que 12.34</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a number; use digits with &apos;.&apos; as the decimal separator, e.g. 1234.56</source>
        <translation>le montant &apos;%1&apos; n’est pas un nombre ; utilisez des chiffres avec &apos;.&apos; comme séparateur décimal, p. ex. 1234.56</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; contains a thousands separator; remove it and use &apos;.&apos; as the decimal separator, e.g. 1234.56</source>
        <translation>le montant &apos;%1&apos; contient un séparateur de milliers ; supprimez-le et utilisez &apos;.&apos; comme séparateur décimal, p. ex. 1234.56</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is not a finite number; give a decimal amount such as 12.34</source>
        <translation>le montant &apos;%1&apos; n’est pas un nombre fini ; indiquez un montant décimal tel que 12.34</translation>
    </message>
    <message>
        <source>amount &apos;%1&apos; is too large</source>
        <translation>le montant &apos;%1&apos; est trop grand</translation>
    </message>
    <message>
        <source>%1: read error: %2. Check the disk or copy the file elsewhere and retry.</source>
        <translation>%1 : erreur de lecture : %2. Vérifiez le disque ou copiez le fichier ailleurs et réessayez.</translation>
    </message>
    <message>
        <source>%1: file not found. Check the path and try again.</source>
        <translation>%1 : fichier introuvable. Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file. Name a CSV, JSON or NDJSON file.</source>
        <translation>%1 : est un dossier, pas un fichier. Indiquez un fichier CSV, JSON ou NDJSON.</translation>
    </message>
    <message>
        <source>%1: cannot open: %2. Check its permissions.</source>
        <translation>%1 : ouverture impossible : %2. Vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>column %1 contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>la colonne %1 contient un octet NUL ; le fichier est peut-être binaire ou en UTF-16. Exportez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>le champ &apos;%1&apos; contient un octet NUL ; le fichier est peut-être binaire ou en UTF-16. Exportez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns contains a NUL byte; the file may be binary or UTF-16. Export it again as UTF-8 CSV.</source>
        <translation>un champ au-delà des colonnes de l’en-tête contient un octet NUL ; le fichier est peut-être binaire ou en UTF-16. Exportez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>column %1 contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>la colonne %1 contient un guillemet mais n’est pas entre guillemets. Entourez le champ de guillemets doubles et doublez le guillemet qu’il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>le champ &apos;%1&apos; contient un guillemet mais n’est pas entre guillemets. Entourez le champ de guillemets doubles et doublez le guillemet qu’il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns contains a double quote but is not quoted. Enclose the field in double quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>un champ au-delà des colonnes de l’en-tête contient un guillemet mais n’est pas entre guillemets. Entourez le champ de guillemets doubles et doublez le guillemet qu’il contient (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of column %1. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>du texte suit le guillemet fermant de la colonne %1. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of field &apos;%1&apos;. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>du texte suit le guillemet fermant du champ &apos;%1&apos;. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field beyond the header&apos;s columns. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>du texte suit le guillemet fermant d’un champ au-delà des colonnes de l’en-tête. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>column %1 is %2 bytes long, over the limit of %3 bytes (1 MiB) for one field.</source>
        <translation>la colonne %1 fait %2 octets, au-delà de la limite de %3 octets (1 Mio) pour un champ.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2 bytes long, over the limit of %3 bytes (1 MiB) for one field.</source>
        <translation>le champ &apos;%1&apos; fait %2 octets, au-delà de la limite de %3 octets (1 Mio) pour un champ.</translation>
    </message>
    <message>
        <source>a field beyond the header&apos;s columns is %1 bytes long, over the limit of %2 bytes (1 MiB) for one field.</source>
        <translation>un champ au-delà des colonnes de l’en-tête fait %1 octets, au-delà de la limite de %2 octets (1 Mio) pour un champ.</translation>
    </message>
    <message>
        <source>%1: the file is empty. Choose a CSV file with a header line and at least one row.</source>
        <translation>%1 : le fichier est vide. Choisissez un fichier CSV avec une ligne d’en-tête et au moins une ligne.</translation>
    </message>
    <message>
        <source>%1: the file has no header line, only blank lines. Add a header line naming the columns.</source>
        <translation>%1 : le fichier n’a pas de ligne d’en-tête, seulement des lignes vides. Ajoutez une ligne d’en-tête qui nomme les colonnes.</translation>
    </message>
    <message>
        <source>%1: header (line %2) is longer than 4 MiB; this does not look like a CSV file.</source>
        <translation>%1 : l’en-tête (ligne %2) dépasse 4 Mio ; cela ne ressemble pas à un fichier CSV.</translation>
    </message>
    <message>
        <source>%1: header (line %2) has a quote that is never closed. Fix the header&apos;s quoting.</source>
        <translation>%1 : l’en-tête (ligne %2) a un guillemet jamais fermé. Corrigez les guillemets de l’en-tête.</translation>
    </message>
    <message>
        <source>%1: header (line %2): %3 Fix the header line.</source>
        <translation>%1 : en-tête (ligne %2) : %3 Corrigez la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>%1: header (line %2) has more than %3 columns; check that this is a CSV file.</source>
        <translation>%1 : l’en-tête (ligne %2) a plus de %3 colonnes ; vérifiez qu’il s’agit bien d’un fichier CSV.</translation>
    </message>
    <message>
        <source>%1: header (line %2): column %3 has no name (the %4 is the delimiter). Give every column a name.</source>
        <translation>%1 : en-tête (ligne %2) : la colonne %3 n’a pas de nom (le séparateur est : %4). Donnez un nom à chaque colonne.</translation>
    </message>
    <message>
        <source>%1: header (line %2): the column name &apos;%3&apos; appears twice. Rename one so every column name is unique.</source>
        <translation>%1 : en-tête (ligne %2) : le nom de colonne &apos;%3&apos; apparaît deux fois. Renommez-en une pour que chaque nom de colonne soit unique.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %2 bytes (4 MiB) because the quote opened in field &apos;%1&apos; is never closed. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>l’enregistrement dépasse la limite de %2 octets (4 Mio) car le guillemet ouvert dans le champ &apos;%1&apos; n’est jamais fermé. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;). La lecture a repris à la ligne suivante.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes (4 MiB) because the quote opened in a field beyond the header&apos;s columns is never closed. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>l’enregistrement dépasse la limite de %1 octets (4 Mio) car le guillemet ouvert dans un champ au-delà des colonnes de l’en-tête n’est jamais fermé. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;). La lecture a repris à la ligne suivante.</translation>
    </message>
    <message>
        <source>the record is longer than the limit of %1 bytes (4 MiB). Reading resumed on the next line.</source>
        <translation>l’enregistrement dépasse la limite de %1 octets (4 Mio). La lecture a repris à la ligne suivante.</translation>
    </message>
    <message>
        <source>the quote opened in field &apos;%1&apos; is never closed before the end of the file. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>le guillemet ouvert dans le champ &apos;%1&apos; n’est pas fermé avant la fin du fichier. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;). La lecture a repris à la ligne suivante.</translation>
    </message>
    <message>
        <source>the quote opened in a field beyond the header&apos;s columns is never closed before the end of the file. A quote inside a quoted field must be doubled (&quot;&quot;). Reading resumed on the next line.</source>
        <translation>le guillemet ouvert dans un champ au-delà des colonnes de l’en-tête n’est pas fermé avant la fin du fichier. Un guillemet dans un champ entre guillemets doit être doublé (&quot;&quot;). La lecture a repris à la ligne suivante.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2. Check the delimiter (%3) and the quoting on this line.</source>
        <translation>%1 champs attendus, %2 trouvés. Vérifiez le séparateur (%3) et les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>mapping profile is not a JSON object</source>
        <translation>le profil de correspondance n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be an object</source>
        <translation>&quot;columns&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;columns&quot; names unknown field &quot;%1&quot;; fields are transaction_id, timestamp, card_id, amount, ...</source>
        <translation>&quot;columns&quot; nomme le champ inconnu &quot;%1&quot; ; les champs sont transaction_id, timestamp, card_id, amount, ...</translation>
    </message>
    <message>
        <source>column for &quot;%1&quot; must be a string</source>
        <translation>la colonne de &quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;ignored&quot; must be an array</source>
        <translation>&quot;ignored&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>&quot;ignored&quot; must hold column names</source>
        <translation>&quot;ignored&quot; doit contenir des noms de colonnes</translation>
    </message>
    <message>
        <source>&quot;timestamp_format&quot; must be auto, iso8601, epoch_seconds, epoch_millis or offset_seconds</source>
        <translation>&quot;timestamp_format&quot; doit valoir auto, iso8601, epoch_seconds, epoch_millis ou offset_seconds</translation>
    </message>
    <message>
        <source>&quot;timestamp_start&quot;: %1</source>
        <translation>&quot;timestamp_start&quot; : %1</translation>
    </message>
    <message>
        <source>&quot;default_currency&quot; must be an ISO 4217 code such as EUR</source>
        <translation>&quot;default_currency&quot; doit être un code ISO 4217 tel que EUR</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in mapping profile</source>
        <translation>clé inconnue &quot;%1&quot; dans le profil de correspondance</translation>
    </message>
    <message>
        <source>mapping profile name &quot;%1&quot; is not valid: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;</source>
        <translation>le nom de profil de correspondance &quot;%1&quot; n’est pas valide : utilisez des lettres, des chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>cannot write mapping profile %1</source>
        <translation>impossible d’écrire le profil de correspondance %1</translation>
    </message>
    <message>
        <source>cannot save mapping profile %1: %2</source>
        <translation>impossible d’enregistrer le profil de correspondance %1 : %2</translation>
    </message>
    <message>
        <source>cannot read mapping profile %1</source>
        <translation>impossible de lire le profil de correspondance %1</translation>
    </message>
    <message>
        <source>mapping profile %1: %2</source>
        <translation>profil de correspondance %1 : %2</translation>
    </message>
    <message>
        <source>mapping profile name &quot;%1&quot; is not valid</source>
        <translation>le nom de profil de correspondance &quot;%1&quot; n’est pas valide</translation>
    </message>
    <message>
        <source>no mapping profile named &quot;%1&quot; in %2; save one from the import wizard or pass a profile file</source>
        <translation>aucun profil de correspondance nommé &quot;%1&quot; dans %2 ; enregistrez-en un depuis l’assistant d’import ou indiquez un fichier de profil</translation>
    </message>
    <message>
        <source>%1: the mapping puts %2 in column &quot;%3&quot;, which the file does not have. Fix the mapping or the file.</source>
        <translation>%1 : la correspondance place %2 dans la colonne &quot;%3&quot;, que le fichier n’a pas. Corrigez la correspondance ou le fichier.</translation>
    </message>
    <message>
        <source>%1: no %2 column found among %3 columns. Name it &quot;%4&quot; or map it with --mapping (a profile).</source>
        <translation>%1 : aucune colonne %2 parmi %3 colonnes. Nommez-la &quot;%4&quot; ou associez-la avec --mapping (un profil).</translation>
    </message>
    <message>
        <source>timestamp is empty</source>
        <translation>l’horodatage est vide</translation>
    </message>
    <message>
        <source>currency &apos;%1&apos; is not an ISO 4217 code such as EUR</source>
        <translation>la devise &apos;%1&apos; n’est pas un code ISO 4217 tel que EUR</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not 0, 1, true or false; leave it empty when unknown</source>
        <translation>le libellé &apos;%1&apos; n’est pas 0, 1, true ou false ; laissez-le vide s’il est inconnu</translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not a number between -%2 and %3</source>
        <translation>la latitude &apos;%1&apos; n’est pas un nombre entre -%2 et %3</translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not a number between -%2 and %3</source>
        <translation>la longitude &apos;%1&apos; n’est pas un nombre entre -%2 et %3</translation>
    </message>
    <message>
        <source>the row holds a NUL byte; the file may be corrupt</source>
        <translation>la ligne contient un octet NUL ; le fichier est peut-être corrompu</translation>
    </message>
    <message>
        <source>transaction id is empty; every row needs a unique id</source>
        <translation>l’identifiant de transaction est vide ; chaque ligne doit avoir un identifiant unique</translation>
    </message>
    <message>
        <source>fraud_rate must be between 0 and 0.5</source>
        <translation>fraud_rate doit être compris entre 0 et 0.5</translation>
    </message>
    <message>
        <source>rows_per_day must be a positive number</source>
        <translation>rows_per_day doit être un nombre positif</translation>
    </message>
    <message>
        <source>%1: the file is UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 : le fichier est du texte UTF-32 ; enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as UTF-8 (in Excel: Save As, &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>%1 : le fichier est du texte UTF-16 ; enregistrez-le en UTF-8 (dans Excel : Enregistrer sous, &quot;CSV UTF-8&quot;) et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Excel .xlsx workbook)</source>
        <translation>une archive ZIP (ou un classeur Excel .xlsx)</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>une archive ZIP vide</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>compressé avec gzip</translation>
    </message>
    <message>
        <source>bzip2-compressed</source>
        <translation>compressé avec bzip2</translation>
    </message>
    <message>
        <source>xz-compressed</source>
        <translation>compressé avec xz</translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation>compressé avec zstd</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>%1: the file looks compressed (%2); unzip it first (or export the sheet as CSV) and import the extracted file.</source>
        <translation>%1 : le fichier semble compressé (%2) ; décompressez-le d’abord (ou exportez la feuille en CSV) et importez le fichier extrait.</translation>
    </message>
    <message>
        <source>%1: the file looks like UTF-16 text without a byte order mark; save it as UTF-8 and import it again.</source>
        <translation>%1 : le fichier semble être du texte UTF-16 sans indicateur d’ordre des octets ; enregistrez-le en UTF-8 et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1: the file is binary (it contains NUL bytes), not CSV, JSON or NDJSON text; export the data as CSV or JSON and import that.</source>
        <translation>%1 : le fichier est binaire (il contient des octets NUL), pas du texte CSV, JSON ou NDJSON ; exportez les données en CSV ou JSON et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1: the file is binary (mostly control bytes), not CSV, JSON or NDJSON text; export the data as CSV or JSON and import that.</source>
        <translation>%1 : le fichier est binaire (surtout des caractères de contrôle), pas du texte CSV, JSON ou NDJSON ; exportez les données en CSV ou JSON et importez ce fichier.</translation>
    </message>
    <message>
        <source>unknown input format &apos;%1&apos; (expected auto, csv, json or ndjson)</source>
        <translation>format d’entrée inconnu &apos;%1&apos; (attendu : auto, csv, json ou ndjson)</translation>
    </message>
    <message>
        <source>%1: the file is empty; choose a file that contains data.</source>
        <translation>%1 : le fichier est vide ; choisissez un fichier qui contient des données.</translation>
    </message>
    <message>
        <source>%1: the file contains only blank space; choose a file that contains data.</source>
        <translation>%1 : le fichier ne contient que des blancs ; choisissez un fichier qui contient des données.</translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation>la fin de l’entrée</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>l’enregistrement est vide</translation>
    </message>
    <message>
        <source>unexpected %1 after the object</source>
        <translation>inattendu : %1 après l’objet</translation>
    </message>
    <message>
        <source>the record is a JSON number, not an object</source>
        <translation>l’enregistrement est un nombre JSON, pas un objet</translation>
    </message>
    <message>
        <source>the record is a JSON boolean, not an object</source>
        <translation>l’enregistrement est un booléen JSON, pas un objet</translation>
    </message>
    <message>
        <source>the record is a JSON array, not an object</source>
        <translation>l’enregistrement est un tableau JSON, pas un objet</translation>
    </message>
    <message>
        <source>the record is a JSON string, not an object</source>
        <translation>l’enregistrement est une chaîne JSON, pas un objet</translation>
    </message>
    <message>
        <source>the record is a JSON null, not an object</source>
        <translation>l’enregistrement est un null JSON, pas un objet</translation>
    </message>
    <message>
        <source>the record is a JSON value, not an object</source>
        <translation>l’enregistrement est une valeur JSON, pas un objet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key but found %1</source>
        <translation>&apos;:&apos; attendu après une clé, mais trouvé : %1</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>les objets et tableaux sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>expected a quoted key but found %1</source>
        <translation>clé entre guillemets attendue, mais trouvé : %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; but found %2</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; attendu, mais trouvé : %2</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>littéral invalide (attendu : %1)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value should be</source>
        <translation>inattendu : %1 là où une valeur devrait se trouver</translation>
    </message>
    <message>
        <source>a number has no digits after &apos;.&apos;</source>
        <translation>un nombre n’a pas de chiffres après &apos;.&apos;</translation>
    </message>
    <message>
        <source>a number has no digits in its exponent</source>
        <translation>un nombre n’a pas de chiffres dans son exposant</translation>
    </message>
    <message>
        <source>a \u escape needs four hex digits</source>
        <translation>une séquence d’échappement \u exige quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>a string contains a raw control character (%1); it must be escaped</source>
        <translation>une chaîne contient un caractère de contrôle brut (%1) ; il doit être échappé</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string</source>
        <translation>séquence d’échappement invalide &apos;\%1&apos; dans une chaîne</translation>
    </message>
    <message>
        <source>%1: starts with invalid bytes; save it as UTF-8 JSON.</source>
        <translation>%1 : commence par des octets invalides ; enregistrez-le en JSON UTF-8.</translation>
    </message>
    <message>
        <source>%1: is empty. Choose a file that contains transactions.</source>
        <translation>%1 : est vide. Choisissez un fichier qui contient des transactions.</translation>
    </message>
    <message>
        <source>%1: is a JSON array, not NDJSON (one object per line). Open it as JSON.</source>
        <translation>%1 : est un tableau JSON, pas du NDJSON (un objet par ligne). Ouvrez-le en JSON.</translation>
    </message>
    <message>
        <source>%1: is not NDJSON: the first line does not start with &apos;{&apos; (found %2). Open it as CSV or fix the file.</source>
        <translation>%1 : n’est pas du NDJSON : la première ligne ne commence pas par &apos;{&apos; (trouvé : %2). Ouvrez-le en CSV ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>%1: is not a JSON array: it should start with &apos;[&apos; but starts with %2. Open it as NDJSON or as a JSON object with a &quot;transactions&quot; array, or fix the file.</source>
        <translation>%1 : n’est pas un tableau JSON : il devrait commencer par &apos;[&apos; mais commence par %2. Ouvrez-le en NDJSON ou comme objet JSON avec un tableau &quot;transactions&quot;, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>%1: has no &quot;transactions&quot; array at the top level. Put the records in {&quot;transactions&quot;: [ ... ]}, or save them as a JSON array or NDJSON.</source>
        <translation>%1 : n’a pas de tableau &quot;transactions&quot; au premier niveau. Placez les enregistrements dans {&quot;transactions&quot;: [ ... ]}, ou enregistrez-les comme tableau JSON ou en NDJSON.</translation>
    </message>
    <message>
        <source>%1: is not a JSON object: it starts with %2. Open it as a JSON array, NDJSON or CSV.</source>
        <translation>%1 : n’est pas un objet JSON : il commence par %2. Ouvrez-le comme tableau JSON, en NDJSON ou en CSV.</translation>
    </message>
    <message>
        <source>%1: is not valid JSON near line %2: expected a quoted key, found %3.</source>
        <translation>%1 : n’est pas du JSON valide vers la ligne %2 : clé entre guillemets attendue, trouvé : %3.</translation>
    </message>
    <message>
        <source>%1: is not valid JSON near line %2: expected &apos;:&apos; after a key.</source>
        <translation>%1 : n’est pas du JSON valide vers la ligne %2 : &apos;:&apos; attendu après une clé.</translation>
    </message>
    <message>
        <source>%1: has a &quot;transactions&quot; member that is not an array (it starts with %2). It must hold [ ... ] records.</source>
        <translation>%1 : a un membre &quot;transactions&quot; qui n’est pas un tableau (il commence par %2). Il doit contenir des enregistrements [ ... ].</translation>
    </message>
    <message>
        <source>invalid JSON record: %1 (line %2, byte %3 of the record)</source>
        <translation>enregistrement JSON invalide : %1 (ligne %2, octet %3 de l’enregistrement)</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB; it was skipped</source>
        <translation>la ligne dépasse %1 Mio ; elle a été ignorée</translation>
    </message>
    <message>
        <source>the record is cut off at the end of the input (truncated file?)</source>
        <translation>l’enregistrement est coupé à la fin de l’entrée (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>a string is not closed before the end of its line</source>
        <translation>une chaîne n’est pas fermée avant la fin de sa ligne</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; is closed by &apos;%2&apos;</source>
        <translation>un &apos;%1&apos; est fermé par &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a JSON object between records but found &apos;%1&apos;; that text was skipped</source>
        <translation>objet JSON attendu entre les enregistrements, mais &apos;%1&apos; trouvé ; ce texte a été ignoré</translation>
    </message>
    <message>
        <source>invalid JSON record: %1</source>
        <translation>enregistrement JSON invalide : %1</translation>
    </message>
    <message>
        <source>the record is larger than %1 MiB; it was skipped</source>
        <translation>l’enregistrement dépasse %1 Mio ; il a été ignoré</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing before this record, so the file is damaged here; the record was skipped</source>
        <translation>une &apos;,&apos; manque avant cet enregistrement, le fichier est donc endommagé ici ; l’enregistrement a été ignoré</translation>
    </message>
    <message>
        <source>the JSON is cut off or its brackets do not match</source>
        <translation>le JSON est coupé ou ses crochets ne correspondent pas</translation>
    </message>
    <message>
        <source>a string is not closed or has a bad escape</source>
        <translation>une chaîne n’est pas fermée ou contient une séquence d’échappement invalide</translation>
    </message>
    <message>
        <source>a string contains a raw control character; it must be escaped</source>
        <translation>une chaîne contient un caractère de contrôle brut ; il doit être échappé</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la ligne n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>a number is not valid JSON or out of range</source>
        <translation>un nombre n’est pas du JSON valide ou est hors limites</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>un nombre est hors limites</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>littéral invalide (attendu : true, false ou null)</translation>
    </message>
    <message>
        <source>the line is not valid JSON</source>
        <translation>la ligne n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the line is JSON an array, not an object</source>
        <translation>la ligne est un tableau JSON, pas un objet</translation>
    </message>
    <message>
        <source>the line is JSON a string, not an object</source>
        <translation>la ligne est une chaîne JSON, pas un objet</translation>
    </message>
    <message>
        <source>the line is JSON a number, not an object</source>
        <translation>la ligne est un nombre JSON, pas un objet</translation>
    </message>
    <message>
        <source>the line is JSON a boolean, not an object</source>
        <translation>la ligne est un booléen JSON, pas un objet</translation>
    </message>
    <message>
        <source>the line is JSON null, not an object</source>
        <translation>la ligne est un null JSON, pas un objet</translation>
    </message>
    <message>
        <source>the line is not JSON (it should be one object per line)</source>
        <translation>la ligne n’est pas du JSON (il faut un objet par ligne)</translation>
    </message>
    <message>
        <source>no amount or timestamp key the mapping recognises; name them &quot;amount&quot; and &quot;timestamp&quot;, or connect with ?mapping=NAME</source>
        <translation>aucune clé de montant ou d’horodatage reconnue par la correspondance ; nommez-les &quot;amount&quot; et &quot;timestamp&quot;, ou connectez-vous avec ?mapping=NAME</translation>
    </message>
    <message>
        <source>the line is longer than %1 KiB and was dropped; send one transaction per line</source>
        <translation>la ligne dépasse %1 Kio et a été abandonnée ; envoyez une transaction par ligne</translation>
    </message>
    <message>
        <source>the stream ended in the middle of this line (no newline after it); the producer must end every record with a newline</source>
        <translation>le flux s’est arrêté au milieu de cette ligne (pas de saut de ligne après) ; le producteur doit terminer chaque enregistrement par un saut de ligne</translation>
    </message>
    <message>
        <source>the record is longer than %1 KiB and was dropped</source>
        <translation>l’enregistrement dépasse %1 Kio et a été abandonné</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos; to compute its checksum: %2. Check that the file exists and is readable.</source>
        <translation>Impossible d’ouvrir &apos;%1&apos; pour calculer sa somme de contrôle : %2. Vérifiez que le fichier existe et est lisible.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; to compute its checksum: %2.</source>
        <translation>Impossible de lire &apos;%1&apos; pour calculer sa somme de contrôle : %2.</translation>
    </message>
    <message>
        <source>file:///path, folder:///path, tcp://host:port, listen://host:port, kafka://broker[,broker]/topic?group=NAME or sim://?rate=N&amp;seed=S&amp;fraud-rate=R</source>
        <translation>file:///path, folder:///path, tcp://host:port, listen://host:port, kafka://broker[,broker]/topic?group=NAME ou sim://?rate=N&amp;seed=S&amp;fraud-rate=R</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Source &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by two hex digits (write %25 for a percent sign)</source>
        <translation>&apos;%&apos; doit être suivi de deux chiffres hexadécimaux (écrivez %25 pour un signe pour cent)</translation>
    </message>
    <message>
        <source>%00 (a NUL byte) is not allowed</source>
        <translation>%00 (un octet NUL) n’est pas autorisé</translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>le port &apos;%1&apos; n’est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>an IPv6 address needs a closing &apos;]&apos;</source>
        <translation>une adresse IPv6 doit se terminer par &apos;]&apos;</translation>
    </message>
    <message>
        <source>give a port after the address, as [::1]:9000</source>
        <translation>indiquez un port après l’adresse, comme [::1]:9000</translation>
    </message>
    <message>
        <source>give a host and a port, as 127.0.0.1:9000</source>
        <translation>indiquez un hôte et un port, comme 127.0.0.1:9000</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, as [::1]:9000</source>
        <translation>écrivez une adresse IPv6 entre crochets, comme [::1]:9000</translation>
    </message>
    <message>
        <source>the host is empty; give a name or an address, as 127.0.0.1:9000</source>
        <translation>l’hôte est vide ; indiquez un nom ou une adresse, comme 127.0.0.1:9000</translation>
    </message>
    <message>
        <source>a query parameter has no name</source>
        <translation>un paramètre de requête n’a pas de nom</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is given twice</source>
        <translation>le paramètre &apos;%1&apos; est donné deux fois</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; for %2 (known: %3)</source>
        <translation>paramètre inconnu &apos;%1&apos; pour %2 (connus : %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number from %2 to %3</source>
        <translation>&apos;%1&apos; doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>not a source URI; write one of %1</source>
        <translation>pas une URI de source ; écrivez l’une des formes %1</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; write one of %2</source>
        <translation>type inconnu &apos;%1&apos; ; écrivez l’une des formes %2</translation>
    </message>
    <message>
        <source>a path must be absolute, as %1:///home/ana/inbox (three slashes)</source>
        <translation>un chemin doit être absolu, comme %1:///home/ana/inbox (trois barres obliques)</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>a %1 source has no path</source>
        <translation>une source %1 n’a pas de chemin</translation>
    </message>
    <message>
        <source>give at least one broker, as kafka://host:9092/topic</source>
        <translation>indiquez au moins un broker, comme kafka://host:9092/topic</translation>
    </message>
    <message>
        <source>give a topic after the brokers, as kafka://host:9092/payments</source>
        <translation>indiquez un topic après les brokers, comme kafka://host:9092/payments</translation>
    </message>
    <message>
        <source>a topic name has no &apos;/&apos;</source>
        <translation>un nom de topic ne contient pas de &apos;/&apos;</translation>
    </message>
    <message>
        <source>give a consumer group, as ?group=frauddesk</source>
        <translation>indiquez un groupe de consommateurs, comme ?group=frauddesk</translation>
    </message>
    <message>
        <source>the simulator takes only parameters, as sim://?rate=200&amp;seed=1</source>
        <translation>le simulateur n’accepte que des paramètres, comme sim://?rate=200&amp;seed=1</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not ISO-8601 (2024-03-01T12:34:56Z), &apos;YYYY-MM-DD HH:MM:SS&apos;, or epoch seconds/milliseconds</source>
        <translation>l’horodatage &apos;%1&apos; n’est ni ISO-8601 (2024-03-01T12:34:56Z), ni &apos;YYYY-MM-DD HH:MM:SS&apos;, ni des secondes/millisecondes epoch</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; has year %2, outside the supported years 1900..2200</source>
        <translation>l’horodatage &apos;%1&apos; a l’année %2, hors des années prises en charge 1900..2200</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (month %2 does not exist)</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas une date réelle (le mois %2 n’existe pas)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (day 0 does not exist)</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas une date réelle (le jour 0 n’existe pas)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (%2 is not a leap year)</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas une date réelle (%2 n’est pas une année bissextile)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real date (month %2 has %3 days)</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas une date réelle (le mois %2 a %3 jours)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a real time of day (hours go to 23, minutes and seconds to 59)</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas une heure réelle (les heures vont jusqu’à 23, les minutes et secondes jusqu’à 59)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is outside the supported years 1900..2200 once converted to UTC</source>
        <translation>l’horodatage &apos;%1&apos; est hors des années prises en charge 1900..2200 une fois converti en UTC</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of epoch milliseconds</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas un nombre de millisecondes epoch</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of epoch seconds</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas un nombre de secondes epoch</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not a number of seconds after the start time</source>
        <translation>l’horodatage &apos;%1&apos; n’est pas un nombre de secondes après l’heure de début</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is out of range (supported years are 1900..2200)</source>
        <translation>l’horodatage &apos;%1&apos; est hors limites (années prises en charge : 1900..2200)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: format must be auto, csv, json or ndjson, not &apos;%2&apos;</source>
        <translation>Source « %1 » : format doit valoir auto, csv, json ou ndjson, et non « %2 »</translation>
    </message>
    <message>
        <source>Folder &apos;%1&apos; does not exist or is not a folder: create it or check the path in %2</source>
        <translation>Le dossier « %1 » n’existe pas ou n’est pas un dossier : créez-le ou vérifiez le chemin dans %2</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2; check the folder&apos;s permissions</source>
        <translation>Impossible de créer « %1 » : %2 ; vérifiez les droits du dossier</translation>
    </message>
    <message>
        <source>Cannot read folder &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le dossier « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; to %2/: %3; check the folder&apos;s permissions (it would be read again)</source>
        <translation>Impossible de déplacer « %1 » vers %2/ : %3 ; vérifiez les droits du dossier (sinon le fichier serait relu)</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: &apos;seed&apos; must be a whole number</source>
        <translation>Source « %1 » : &apos;seed&apos; doit être un nombre entier</translation>
    </message>
</context>
<context>
    <name>core/Reasons</name>
    <message>
        <source>Large amount: {amount} {currency}</source>
        <translation>Montant élevé : {amount} {currency}</translation>
    </message>
    <message>
        <source>Made at night (00:00-05:59 UTC)</source>
        <translation>Effectuée la nuit (00:00-05:59 UTC)</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 10 minutes</source>
        <translation>{count} transactions sur cette carte en 10 minutes</translation>
    </message>
    <message>
        <source>{count} transactions on this card within an hour</source>
        <translation>{count} transactions sur cette carte en une heure</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 24 hours</source>
        <translation>{count} transactions sur cette carte en 24 heures</translation>
    </message>
    <message>
        <source>{count} transactions on this card within 7 days</source>
        <translation>{count} transactions sur cette carte en 7 jours</translation>
    </message>
    <message>
        <source>{value} {currency} already spent on this card in the past hour</source>
        <translation>{value} {currency} déjà dépensés avec cette carte au cours de la dernière heure</translation>
    </message>
    <message>
        <source>{value} {currency} already spent on this card in the past 24 hours</source>
        <translation>{value} {currency} déjà dépensés avec cette carte au cours des 24 dernières heures</translation>
    </message>
    <message>
        <source>{value_int} small payments (under about 5 EUR) on this card in the past hour, a card testing pattern</source>
        <translation>{value_int} petits paiements (moins d’environ 5 EUR) avec cette carte au cours de la dernière heure, un schéma typique de test de carte</translation>
    </message>
    <message>
        <source>Amount {amount} {currency} is {times}x this card&apos;s 30-day average</source>
        <translation>Le montant de {amount} {currency} vaut {times} fois la moyenne sur 30 jours de cette carte</translation>
    </message>
    <message>
        <source>Amount is {value} standard deviations above this card&apos;s usual spending</source>
        <translation>Le montant dépasse de {value} écarts-types les dépenses habituelles de cette carte</translation>
    </message>
    <message>
        <source>Only {value_int} seconds since this card&apos;s previous transaction</source>
        <translation>Seulement {value_int} secondes depuis la transaction précédente de cette carte</translation>
    </message>
    <message>
        <source>First transaction at merchant {merchant} for this card</source>
        <translation>Première transaction de cette carte chez le commerçant {merchant}</translation>
    </message>
    <message>
        <source>First transaction from {country} for this card</source>
        <translation>Première transaction de cette carte depuis {country}</translation>
    </message>
    <message>
        <source>First purchase in person in {city} for this card</source>
        <translation>Premier achat en personne à {city} avec cette carte</translation>
    </message>
    <message>
        <source>First transaction from device {device} for this card</source>
        <translation>Première transaction de cette carte depuis l’appareil {device}</translation>
    </message>
    <message>
        <source>{value_int} km from this card&apos;s previous transaction</source>
        <translation>À {value_int} km de la transaction précédente de cette carte</translation>
    </message>
    <message>
        <source>Travel at {value_int} km/h since this card&apos;s previous transaction would be impossible</source>
        <translation>Un déplacement à {value_int} km/h depuis la transaction précédente de cette carte serait impossible</translation>
    </message>
    <message>
        <source>{count} transactions at this terminal within 10 minutes</source>
        <translation>{count} transactions sur ce terminal en 10 minutes</translation>
    </message>
    <message>
        <source>{count} transactions at this terminal within an hour</source>
        <translation>{count} transactions sur ce terminal en une heure</translation>
    </message>
    <message>
        <source>Cards new to this terminal arrive {times}x faster than usual in the past 24 hours</source>
        <translation>Les cartes nouvelles pour ce terminal arrivent {times} fois plus vite que d’habitude sur les 24 dernières heures</translation>
    </message>
    <message>
        <source>{value_int} confirmed frauds at this merchant in the past 30 days</source>
        <translation>{value_int} fraudes confirmées chez ce commerçant au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>{percent}% of this merchant&apos;s labelled transactions in 30 days were fraud</source>
        <translation>{percent} % des transactions étiquetées de ce commerçant sur 30 jours étaient frauduleuses</translation>
    </message>
    <message>
        <source>Large night-time online purchase of {amount} {currency} at hour {hour}</source>
        <translation>Achat en ligne nocturne élevé de {amount} {currency} à {hour} h</translation>
    </message>
    <message>
        <source>Purchase in a high-risk merchant category ({merchant_category})</source>
        <translation>Achat dans une catégorie de commerçant à haut risque ({merchant_category})</translation>
    </message>
    <message>
        <source>Very large amount: {amount} {currency}</source>
        <translation>Montant très élevé : {amount} {currency}</translation>
    </message>
    <message>
        <source>{card_count_1h} transactions on this card in the last hour</source>
        <translation>{card_count_1h} transactions sur cette carte au cours de la dernière heure</translation>
    </message>
    <message>
        <source>First transaction from {country} for this card, of {amount} {currency}</source>
        <translation>Première transaction de cette carte depuis {country}, de {amount} {currency}</translation>
    </message>
    <message>
        <source>Amount {amount} {currency} is {card_amount_ratio_30d} times this card&apos;s 30-day average</source>
        <translation>Le montant de {amount} {currency} vaut {card_amount_ratio_30d} fois la moyenne sur 30 jours de cette carte</translation>
    </message>
    <message>
        <source>{card_small_count_1h} small payments on this card in the last hour before this one</source>
        <translation>{card_small_count_1h} petits paiements avec cette carte dans l’heure précédant celui-ci</translation>
    </message>
    <message>
        <source>New device and new country ({country}) for this card at once</source>
        <translation>Nouvel appareil et nouveau pays ({country}) à la fois pour cette carte</translation>
    </message>
    <message>
        <source>Impossible travel: {speed_from_previous_kmh} km/h since the card&apos;s previous transaction</source>
        <translation>Déplacement impossible : {speed_from_previous_kmh} km/h depuis la transaction précédente de la carte</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>core/Rules</name>
    <message>
        <source>rule &apos;%1&apos;: %2: %3</source>
        <translation>règle &apos;%1&apos; : %2 : %3</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;: %2 column %3: %4</source>
        <translation>règle &apos;%1&apos; : %2 colonne %3 : %4</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1 : %2</translation>
    </message>
    <message>
        <source>a rule file must be a JSON object with a &quot;rules&quot; list</source>
        <translation>un fichier de règles doit être un objet JSON avec une liste &quot;rules&quot;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clé inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>clé inconnue &apos;%1&apos; (vouliez-vous dire &apos;%2&apos; ?)</translation>
    </message>
    <message>
        <source>rule %1: is not a JSON object</source>
        <translation>règle %1 : n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>rule %1: &quot;name&quot; is missing or not text</source>
        <translation>règle %1 : &quot;name&quot; est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>rule %1: &quot;name&quot; is empty</source>
        <translation>règle %1 : &quot;name&quot; est vide</translation>
    </message>
    <message>
        <source>is missing or not text</source>
        <translation>est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>must be a number between 0 and 1</source>
        <translation>doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (got %1)</source>
        <translation>doit être compris entre 0 et 1 (reçu : %1)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>rule file: %1</source>
        <translation>fichier de règles : %1</translation>
    </message>
    <message>
        <source>too many rules (%1; at most %2)</source>
        <translation>trop de règles (%1 ; au plus %2)</translation>
    </message>
    <message>
        <source>unterminated text: no closing %1</source>
        <translation>texte non terminé : %1 fermant manquant</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos;</source>
        <translation>nombre mal formé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is out of range</source>
        <translation>le nombre &apos;%1&apos; est hors limites</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in text (use \\, \&quot;, \&apos;, \n, \t, \r or \uXXXX)</source>
        <translation>séquence d&apos;échappement inconnue &apos;\%1&apos; dans le texte (utilisez \\, \&quot;, \&apos;, \n, \t, \r ou \uXXXX)</translation>
    </message>
    <message>
        <source>text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>\u escape of a surrogate (D800-DFFF); write the character itself</source>
        <translation>échappement \u d&apos;un substitut (D800-DFFF) ; écrivez le caractère lui-même</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not an operator; use &apos;==&apos; to compare</source>
        <translation>&apos;=&apos; n&apos;est pas un opérateur ; utilisez &apos;==&apos; pour comparer</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; is not an operator; use &apos;and&apos; or &apos;&amp;&amp;&apos;</source>
        <translation>&apos;&amp;&apos; n&apos;est pas un opérateur ; utilisez &apos;and&apos; ou &apos;&amp;&amp;&apos;</translation>
    </message>
    <message>
        <source>&apos;|&apos; is not an operator; use &apos;or&apos; or &apos;||&apos;</source>
        <translation>&apos;|&apos; n&apos;est pas un opérateur ; utilisez &apos;or&apos; ou &apos;||&apos;</translation>
    </message>
    <message>
        <source>write numbers with a leading digit, as in 0.5</source>
        <translation>écrivez les nombres avec un chiffre avant le point, comme dans 0.5</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>fin de l&apos;expression</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs conditions on both sides, but the left side is %2</source>
        <translation>&apos;%1&apos; attend des conditions des deux côtés, mais le côté gauche est %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs conditions on both sides, but the right side is %2</source>
        <translation>&apos;%1&apos; attend des conditions des deux côtés, mais le côté droit est %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers on both sides, but the left side is %2</source>
        <translation>&apos;%1&apos; attend des nombres des deux côtés, mais le côté gauche est %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs numbers on both sides, but the right side is %2</source>
        <translation>&apos;%1&apos; attend des nombres des deux côtés, mais le côté droit est %2</translation>
    </message>
    <message>
        <source>expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>expression is nested too deeply (more than %1 levels)</source>
        <translation>l&apos;expression est trop imbriquée (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a condition, but its operand is %2</source>
        <translation>&apos;%1&apos; attend une condition, mais son opérande est %2</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation>les comparaisons ne peuvent pas être enchaînées ; combinez-les avec &apos;and&apos;</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2 using &apos;%3&apos;</source>
        <translation>impossible de comparer %1 à %2 avec &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;in&apos;, found %1</source>
        <translation>&apos;(&apos; attendu après &apos;in&apos;, trouvé : %1</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>la liste est vide</translation>
    </message>
    <message>
        <source>list items must be numbers or quoted text, found %1</source>
        <translation>les éléments de liste doivent être des nombres ou du texte entre guillemets, trouvé : %1</translation>
    </message>
    <message>
        <source>list items must be all numbers or all text</source>
        <translation>les éléments de liste doivent être tous des nombres ou tous du texte</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the list, found %1</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la liste, trouvé : %1</translation>
    </message>
    <message>
        <source>&apos;in&apos; needs a number or text on its left, not a condition</source>
        <translation>&apos;in&apos; attend à sa gauche un nombre ou du texte, pas une condition</translation>
    </message>
    <message>
        <source>cannot look for %1 in a list of numbers</source>
        <translation>impossible de chercher %1 dans une liste de nombres</translation>
    </message>
    <message>
        <source>cannot look for %1 in a list of text</source>
        <translation>impossible de chercher %1 dans une liste de textes</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, but its operand is %1</source>
        <translation>&apos;-&apos; attend un nombre, mais son opérande est %1</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>valeur attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nom inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>nom inconnu &apos;%1&apos; (vouliez-vous dire &apos;%2&apos; ?)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close &apos;(&apos; at column %1, found %2</source>
        <translation>&apos;)&apos; attendu pour fermer &apos;(&apos; de la colonne %1, trouvé : %2</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; sans correspondance</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression</source>
        <translation>%1 inattendu après une expression complète</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete expression (did you mean &apos;%2&apos;?)</source>
        <translation>%1 inattendu après une expression complète (vouliez-vous dire &apos;%2&apos; ?)</translation>
    </message>
    <message>
        <source>expression is too long (%1 bytes; at most %2)</source>
        <translation>l&apos;expression est trop longue (%1 octets ; au plus %2)</translation>
    </message>
    <message>
        <source>expression is too complex to evaluate</source>
        <translation>l&apos;expression est trop complexe à évaluer</translation>
    </message>
    <message>
        <source>unmatched &apos;}&apos; (write &apos;}}&apos; for a brace)</source>
        <translation>&apos;}&apos; sans correspondance (écrivez &apos;}}&apos; pour une accolade)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; (write &apos;{{&apos; for a brace)</source>
        <translation>&apos;{&apos; non fermée (écrivez &apos;{{&apos; pour une accolade)</translation>
    </message>
    <message>
        <source>empty placeholder &apos;{}&apos;</source>
        <translation>espace réservé vide &apos;{}&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos;</source>
        <translation>espace réservé inconnu &apos;{%1}&apos;</translation>
    </message>
    <message>
        <source>unknown placeholder &apos;{%1}&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>espace réservé inconnu &apos;{%1}&apos; (vouliez-vous dire &apos;%2&apos; ?)</translation>
    </message>
    <message>
        <source>is longer than %1 bytes</source>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>rule %1 has an empty name</source>
        <translation>la règle %1 a un nom vide</translation>
    </message>
    <message>
        <source>another rule has the same name</source>
        <translation>une autre règle porte le même nom</translation>
    </message>
    <message>
        <source>must be a condition (true or false), but it is %1</source>
        <translation>doit être une condition (true ou false), mais c&apos;est %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a condition</source>
        <translation>une condition</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is not a name a rule can use (letters, digits, _)</source>
        <translation>le nom de variable &apos;%1&apos; n&apos;est pas un nom utilisable dans une règle (lettres, chiffres, _)</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is a keyword of the rule language</source>
        <translation>le nom de variable &apos;%1&apos; est un mot-clé du langage de règles</translation>
    </message>
    <message>
        <source>feature &apos;%1&apos; is added twice</source>
        <translation>la variable &apos;%1&apos; est ajoutée deux fois</translation>
    </message>
    <message>
        <source>feature name &apos;%1&apos; is taken by a text field of the transaction</source>
        <translation>le nom de variable &apos;%1&apos; est déjà pris par un champ texte de la transaction</translation>
    </message>
</context>
<context>
    <name>core/Sources</name>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>reading %1 (%2%)</source>
        <translation>lecture de %1 (%2 %)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec : %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>watching, 1 file waiting</source>
        <translation>surveillance, 1 fichier en attente</translation>
    </message>
    <message>
        <source>watching, %1 files waiting</source>
        <translation>surveillance, %1 fichiers en attente</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>broker down: %1</source>
        <translation>broker indisponible : %1</translation>
    </message>
    <message>
        <source>no broker reachable</source>
        <translation>aucun broker joignable</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>connected, %1</source>
        <translation>connectée, %1</translation>
    </message>
    <message>
        <source>connected, 1 partition</source>
        <translation>connectée, 1 partition</translation>
    </message>
    <message>
        <source>connected, %1 partitions</source>
        <translation>connectée, %1 partitions</translation>
    </message>
    <message>
        <source>listening on %1, 1 producer</source>
        <translation>écoute sur %1, 1 producteur</translation>
    </message>
    <message>
        <source>listening on %1, %2 producers</source>
        <translation>écoute sur %1, %2 producteurs</translation>
    </message>
    <message>
        <source>%1, %2 turned away (at most %3 at once)</source>
        <translation>%1, %2 refusés (au plus %3 à la fois)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>running at %1/s</source>
        <translation>en marche à %1/s</translation>
    </message>
    <message>
        <source>%1, behind by %2 s</source>
        <translation>%1, %2 s de retard</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>reconnecting in %1 s: %2</source>
        <translation>reconnexion dans %1 s : %2</translation>
    </message>
    <message>
        <source>the rate must be a positive number of rows per second</source>
        <translation>le débit doit être un nombre positif de lignes par seconde</translation>
    </message>
    <message>
        <source>the fraud rate must be between 0 and 0.5</source>
        <translation>le taux de fraude doit être compris entre 0 et 0,5</translation>
    </message>
    <message>
        <source>This database holds no demo history: start the demo on a new one</source>
        <translation>Cette base de données ne contient pas d’historique de démo : lancez la démo sur une nouvelle base</translation>
    </message>
    <message>
        <source>Kafka source %1: the setting %2=%3 was refused: %4</source>
        <translation>Source Kafka %1 : le réglage %2=%3 a été refusé : %4</translation>
    </message>
    <message>
        <source>Kafka sink %1: the setting %2=%3 was refused: %4</source>
        <translation>Destination Kafka %1 : le réglage %2=%3 a été refusé : %4</translation>
    </message>
    <message>
        <source>Kafka source %1: cannot create the Kafka client: %2</source>
        <translation>Source Kafka %1 : impossible de créer le client Kafka : %2</translation>
    </message>
    <message>
        <source>Kafka sink %1: cannot create the Kafka client: %2</source>
        <translation>Destination Kafka %1 : impossible de créer le client Kafka : %2</translation>
    </message>
    <message>
        <source>Kafka sink %1: give brokers and a topic</source>
        <translation>Destination Kafka %1 : indiquez des brokers et un topic</translation>
    </message>
    <message>
        <source>Kafka sink %1: cannot send: %2</source>
        <translation>Destination Kafka %1 : envoi impossible : %2</translation>
    </message>
    <message>
        <source>a message was not delivered: %1</source>
        <translation>un message n’a pas été remis : %1</translation>
    </message>
    <message>
        <source>Kafka sink %1: %2</source>
        <translation>Destination Kafka %1 : %2</translation>
    </message>
    <message>
        <source>Kafka source %1: give brokers, a topic and a consumer group, as kafka://host:9092/payments?group=frauddesk</source>
        <translation>Source Kafka %1 : indiquez des brokers, un topic et un groupe de consommateurs, par exemple kafka://host:9092/payments?group=frauddesk</translation>
    </message>
    <message>
        <source>Kafka source %1: cannot subscribe to topic &apos;%2&apos;: %3</source>
        <translation>Source Kafka %1 : impossible de s’abonner au topic « %2 » : %3</translation>
    </message>
    <message>
        <source>Kafka source %1: %2</source>
        <translation>Source Kafka %1 : %2</translation>
    </message>
    <message>
        <source>topic &apos;%1&apos;: %2</source>
        <translation>topic « %1 » : %2</translation>
    </message>
    <message>
        <source>committing offsets failed: %1</source>
        <translation>la validation des offsets a échoué : %1</translation>
    </message>
    <message>
        <source>committing offsets timed out</source>
        <translation>la validation des offsets a expiré</translation>
    </message>
    <message>
        <source>rebalance failed: %1</source>
        <translation>la répartition des partitions a échoué : %1</translation>
    </message>
    <message>
        <source>listen://%1: port %2 is already in use on %3; stop the program that uses it (perhaps another feed) or choose another port</source>
        <translation>listen://%1 : le port %2 est déjà utilisé sur %3 ; arrêtez le programme qui l’utilise (peut-être un autre flux) ou choisissez un autre port</translation>
    </message>
    <message>
        <source>listen://%1: not allowed to listen on port %2; ports below 1024 need administrator rights, choose a port from 1024 up</source>
        <translation>listen://%1 : écoute sur le port %2 non autorisée ; les ports inférieurs à 1024 exigent des droits d’administrateur, choisissez un port à partir de 1024</translation>
    </message>
    <message>
        <source>listen://%1: %2 is not an address of this machine; listen on 0.0.0.0 to accept producers on every interface, or on 127.0.0.1 for this machine only</source>
        <translation>listen://%1 : %2 n’est pas une adresse de cette machine ; écoutez sur 0.0.0.0 pour accepter des producteurs sur toutes les interfaces, ou sur 127.0.0.1 pour cette machine seulement</translation>
    </message>
    <message>
        <source>listen://%1: cannot listen: %2</source>
        <translation>listen://%1 : écoute impossible : %2</translation>
    </message>
    <message>
        <source>listen://%1: cannot resolve &apos;%2&apos; (%3); give an address of this machine, as 0.0.0.0 for every interface or 127.0.0.1 for this machine only</source>
        <translation>listen://%1 : impossible de résoudre « %2 » (%3) ; indiquez une adresse de cette machine, par exemple 0.0.0.0 pour toutes les interfaces ou 127.0.0.1 pour cette machine seulement</translation>
    </message>
    <message>
        <source>listen://%1: cannot create a socket: %2</source>
        <translation>listen://%1 : impossible de créer un socket : %2</translation>
    </message>
    <message>
        <source>cannot resolve &apos;%1&apos;: %2; check the host name</source>
        <translation>impossible de résoudre « %1 » : %2 ; vérifiez le nom d’hôte</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>l’attente d’événements (poll) a échoué : %1</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); retrying in %3 s (attempt %4 of %5)</source>
        <translation>connexion à %1 impossible (%2) ; nouvel essai dans %3 s (tentative %4 sur %5)</translation>
    </message>
    <message>
        <source>cannot connect to %1 after %2 attempts (%3): start the consumer first (a listen://%4 source, as frauddesk-cli ingest listen://%5 --db DB) or check the address</source>
        <translation>connexion à %1 impossible après %2 tentatives (%3) : démarrez d’abord le consommateur (une source listen://%4, par exemple frauddesk-cli ingest listen://%5 --db DB) ou vérifiez l’adresse</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2); reconnecting</source>
        <translation>connexion à %1 perdue (%2) ; reconnexion en cours</translation>
    </message>
    <message>
        <source>check the address</source>
        <translation>vérifiez l’adresse</translation>
    </message>
    <message>
        <source>another program uses that port; choose another</source>
        <translation>un autre programme utilise ce port ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>ports below 1024 need privileges; choose a higher one</source>
        <translation>les ports inférieurs à 1024 exigent des privilèges ; choisissez-en un plus élevé</translation>
    </message>
    <message>
        <source>that address is not one of this machine&apos;s</source>
        <translation>cette adresse n’appartient pas à cette machine</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2; %3</source>
        <translation>impossible d’écouter sur %1 : %2 ; %3</translation>
    </message>
    <message>
        <source>consumer %1 connected (%2)</source>
        <translation>consommateur %1 connecté (%2)</translation>
    </message>
    <message>
        <source>consumer %1 left (%2; %3)</source>
        <translation>consommateur %1 parti (%2 ; %3)</translation>
    </message>
    <message>
        <source>waiting for a consumer on %1 (connect a tcp:// source to it)</source>
        <translation>en attente d’un consommateur sur %1 (connectez-y une source tcp://)</translation>
    </message>
    <message>
        <source>1 consumer on %1</source>
        <translation>1 consommateur sur %1</translation>
    </message>
    <message>
        <source>%1 consumers on %2</source>
        <translation>%1 consommateurs sur %2</translation>
    </message>
    <message>
        <source>%1: waiting for data failed: %2</source>
        <translation>%1 : l’attente de données a échoué : %2</translation>
    </message>
    <message>
        <source>the producer closed the connection</source>
        <translation>le producteur a fermé la connexion</translation>
    </message>
    <message>
        <source>no usable address</source>
        <translation>aucune adresse utilisable</translation>
    </message>
    <message>
        <source>cannot create a wake-up descriptor: %1</source>
        <translation>impossible de créer un descripteur de réveil : %1</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: this build has no Kafka support; install librdkafka (Debian: librdkafka-dev) and rebuild FraudDesk</source>
        <translation>Source « %1 » : cette version ne prend pas en charge Kafka ; installez librdkafka (Debian : librdkafka-dev) et recompilez FraudDesk</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2 sources are not available in this build</source>
        <translation>Source « %1 » : les sources de type %2 ne sont pas disponibles dans cette version</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
</context>
<context>
    <name>core/Storage</name>
    <message>
        <source>row %1 is missing (rows were deleted)</source>
        <translation>la ligne %1 manque (des lignes ont été supprimées)</translation>
    </message>
    <message>
        <source>its link to row %1 does not match (that row was changed, or this one)</source>
        <translation>son lien avec la ligne %1 ne correspond pas (cette ligne-là a été modifiée, ou celle-ci)</translation>
    </message>
    <message>
        <source>its contents do not match its hash (the row was changed)</source>
        <translation>son contenu ne correspond pas à son empreinte (la ligne a été modifiée)</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2: %3 [SQL: %4]</source>
        <translation>Erreur SQLite sur « %1 » : %2 : %3 [SQL : %4]</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2: %3</source>
        <translation>Erreur SQLite sur « %1 » : %2 : %3</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2 [SQL: %3]</source>
        <translation>Erreur SQLite sur « %1 » : %2 [SQL : %3]</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: %2</source>
        <translation>Erreur SQLite sur « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot prepare statement</source>
        <translation>impossible de préparer l’instruction</translation>
    </message>
    <message>
        <source>cannot bind parameter %1</source>
        <translation>impossible de lier le paramètre %1</translation>
    </message>
    <message>
        <source>SQLite error on &apos;%1&apos;: statement failed: %2 [SQL: %3]</source>
        <translation>Erreur SQLite sur « %1 » : l’instruction a échoué : %2 [SQL : %3]</translation>
    </message>
    <message>
        <source>Cannot open database &apos;%1&apos; for reading: %2</source>
        <translation>Impossible d’ouvrir la base de données « %1 » en lecture : %2</translation>
    </message>
    <message>
        <source>Cannot open database &apos;%1&apos;: %2</source>
        <translation>Impossible d’ouvrir la base de données « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot switch database &apos;%1&apos; to WAL mode (journal mode is &apos;%2&apos;)</source>
        <translation>Impossible de passer la base de données « %1 » en mode WAL (le mode de journal est « %2 »)</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2 but this FraudDesk needs %3; open it once for writing to upgrade it</source>
        <translation>La base de données « %1 » a la version de schéma %2 mais ce FraudDesk a besoin de %3 ; ouvrez-la une fois en écriture pour la mettre à niveau</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2: it was created by a newer FraudDesk; upgrade FraudDesk</source>
        <translation>La base de données « %1 » a la version de schéma %2 : elle a été créée par un FraudDesk plus récent ; mettez FraudDesk à jour</translation>
    </message>
    <message>
        <source>There is no transaction with row id %1</source>
        <translation>Il n’y a pas de transaction avec l’identifiant de ligne %1</translation>
    </message>
    <message>
        <source>Unknown import status &apos;%1&apos; in the imports table</source>
        <translation>Statut d’import inconnu « %1 » dans la table imports</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has no import with id %2</source>
        <translation>La base de données « %1 » ne contient aucun import d’identifiant %2</translation>
    </message>
    <message>
        <source>Database &apos;%1&apos; has schema version %2 but this build knows only up to %3: it was created by a newer FraudDesk; upgrade FraudDesk to open it</source>
        <translation>La base de données « %1 » a la version de schéma %2 mais cette version ne connaît que jusqu’à %3 : elle a été créée par un FraudDesk plus récent ; mettez FraudDesk à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>Cannot migrate &apos;%1&apos; to schema version %2: the latest is %3</source>
        <translation>Impossible de migrer « %1 » vers la version de schéma %2 : la plus récente est %3</translation>
    </message>
    <message>
        <source>Migration of &apos;%1&apos; to schema version %2 failed: %3</source>
        <translation>La migration de « %1 » vers la version de schéma %2 a échoué : %3</translation>
    </message>
    <message>
        <source>There is no model %1 in &apos;%2&apos;; list the models to see which exist</source>
        <translation>Il n’y a pas de modèle %1 dans « %2 » ; listez les modèles pour voir ceux qui existent</translation>
    </message>
    <message>
        <source>Transaction &apos;%1&apos; has a malformed %2 column (not a JSON object)</source>
        <translation>La transaction « %1 » a une colonne %2 mal formée (pas un objet JSON)</translation>
    </message>
</context>
<context>
    <name>core/Training</name>
    <message>
        <source>supervised</source>
        <translation>modèle supervisé</translation>
    </message>
    <message>
        <source>features</source>
        <translation>variables</translation>
    </message>
    <message>
        <source>isolation forest</source>
        <translation>forêt d’isolement</translation>
    </message>
    <message>
        <source>autoencoder</source>
        <translation>autoencodeur</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>seuils</translation>
    </message>
    <message>
        <source>reading history</source>
        <translation>lecture de l’historique</translation>
    </message>
    <message>
        <source>Retraining needs at least %1 fraud and as many legitimate labels; the database has %2 fraud and %3 legitimate. Label more alerts in the Review view or import ground truth first.</source>
        <translation>Le réentraînement exige au moins %1 étiquettes de fraude et autant d’étiquettes légitimes ; la base de données en a %2 de fraude et %3 légitimes. Étiquetez d’abord davantage d’alertes dans la vue Examen ou importez des résultats avérés.</translation>
    </message>
    <message>
        <source>The latest labelled slice (%1 labels, %2 fraud) and the labels before it (%3 fraud) cannot both train and test a challenger: it needs fraud and legitimate labels in the slice and at least %4 fraud labels before it. Label more alerts first.</source>
        <translation>La dernière période étiquetée (%1 étiquettes, %2 fraudes) et les étiquettes qui la précèdent (%3 fraudes) ne suffisent pas à entraîner et tester un challenger : il faut des étiquettes de fraude et légitimes dans la période et au moins %4 étiquettes de fraude avant elle. Étiquetez d’abord davantage d’alertes.</translation>
    </message>
    <message>
        <source>training without the slice: %1</source>
        <translation>entraînement sans la période de test : %1</translation>
    </message>
    <message>
        <source>scoring the challenger</source>
        <translation>notation par le challenger</translation>
    </message>
    <message>
        <source>scoring the active model</source>
        <translation>notation par le modèle actif</translation>
    </message>
    <message>
        <source>training on every label: %1</source>
        <translation>entraînement sur toutes les étiquettes : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Légitime</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Par heure active</translation>
    </message>
    <message>
        <source>Alerts closed</source>
        <translation>Alertes clôturées</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Clôturées en retard</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <source>Decisions in the period that were not undone, escalations included</source>
        <translation>Décisions de la période qui n’ont pas été annulées, escalades comprises</translation>
    </message>
    <message>
        <source>An active hour is a clock hour in which the analyst made at least one decision. Decisions per active hour is the pace while reviewing; hours off shift, nights and days off do not dilute it.</source>
        <translation>Une heure active est une heure d’horloge pendant laquelle l’analyste a pris au moins une décision. Les décisions par heure active mesurent le rythme d’examen ; les heures hors service, les nuits et les jours de repos ne le diluent pas.</translation>
    </message>
    <message>
        <source>Alerts whose deciding fraud or legit decision this analyst made</source>
        <translation>Alertes dont la décision déterminante (fraude ou légitime) a été prise par cet analyste</translation>
    </message>
    <message>
        <source>Alerts this analyst closed after their SLA due time</source>
        <translation>Alertes clôturées par cet analyste après leur échéance SLA</translation>
    </message>
    <message>
        <source>From the alert&apos;s creation to the decision that closed it, over the alerts this analyst closed</source>
        <translation>De la création de l’alerte à la décision qui l’a clôturée, sur les alertes clôturées par cet analyste</translation>
    </message>
</context>
<context>
    <name>fd::AuditDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain intact over %n row(s).</source>
        <translation>
            <numerusform>Chaîne de hachage intacte sur %n ligne.</numerusform>
            <numerusform>Chaîne de hachage intacte sur %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at row %1: %2</source>
        <translation>Le journal d’audit a été altéré à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the export in the audit log, so nothing was written: %1</source>
        <translation>Impossible d’inscrire l’export au journal d’audit, donc rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every recorded action, oldest first, with its hash chain</source>
        <translation>Chaque action enregistrée, la plus ancienne d’abord, avec sa chaîne de hachage</translation>
    </message>
</context>
<context>
    <name>fd::CardHistoryChart</name>
    <message>
        <source>earlier</source>
        <translation>antérieures</translation>
    </message>
    <message>
        <source>labelled fraud</source>
        <translation>étiquetées fraude</translation>
    </message>
    <message>
        <source>this transaction</source>
        <translation>cette transaction</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>%n dernière transaction de la carte</numerusform>
            <numerusform>%n dernières transactions de la carte</numerusform>
        </translation>
    </message>
    <message>
        <source>Card history chart</source>
        <translation>Graphique de l’historique de la carte</translation>
    </message>
    <message>
        <source>Amounts of the card&apos;s recent transactions over time</source>
        <translation>Montants des transactions récentes de la carte dans le temps</translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to a Live Source</source>
        <translation>Se connecter à une source en direct</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>TCP (connect)</source>
        <translation>TCP (connexion)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>This build has no Kafka support (librdkafka was not found when it was built)</source>
        <translation>Cette version ne prend pas en charge Kafka (librdkafka était introuvable à la compilation)</translation>
    </message>
    <message>
        <source>Mapping profile</source>
        <translation>Profil de correspondance</translation>
    </message>
    <message>
        <source>detect the columns from the data</source>
        <translation>détecter les colonnes d’après les données</translation>
    </message>
    <message>
        <source>A saved mapping profile&apos;s name, or a profile file</source>
        <translation>Le nom d’un profil de correspondance enregistré, ou un fichier de profil</translation>
    </message>
    <message>
        <source>Source URI</source>
        <translation>URI de la source</translation>
    </message>
    <message>
        <source>The source as a URI; edit it directly, or pick a recent one</source>
        <translation>La source sous forme d’URI ; modifiez-la directement ou choisissez-en une récente</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>Co&amp;rrespondance :</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI :</translation>
    </message>
    <message>
        <source>a folder where files arrive</source>
        <translation>un dossier où arrivent les fichiers</translation>
    </message>
    <message>
        <source>a CSV, JSON or NDJSON file</source>
        <translation>un fichier CSV, JSON ou NDJSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Rechercher un fichier</translation>
    </message>
    <message>
        <source>Drop Folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>Source File</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Transactions (*.csv *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Transactions (*.csv *.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>the address to listen on</source>
        <translation>l’adresse d’écoute</translation>
    </message>
    <message>
        <source>the producer&apos;s host name</source>
        <translation>le nom d’hôte du producteur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Brokers</translation>
    </message>
    <message>
        <source>host:port of one or more brokers, separated by commas</source>
        <translation>hôte:port d’un ou plusieurs brokers, séparés par des virgules</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Groupe de consommateurs</translation>
    </message>
    <message>
        <source>&amp;Brokers:</source>
        <translation>&amp;Brokers :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;opic :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>Lignes par seconde</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Fraud rate</source>
        <translation>Taux de fraude</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>G&amp;raine :</translation>
    </message>
    <message>
        <source>F&amp;raud rate:</source>
        <translation>Taux de &amp;fraude :</translation>
    </message>
    <message>
        <source>This build has no Kafka support (librdkafka was not found when it was built).</source>
        <translation>Cette version ne prend pas en charge Kafka (librdkafka était introuvable à la compilation).</translation>
    </message>
    <message>
        <source>Listening on every network interface: any machine that can reach this one can send transactions. Use 127.0.0.1 unless producers run elsewhere.</source>
        <translation>Écoute sur toutes les interfaces réseau : toute machine qui peut joindre celle-ci peut envoyer des transactions. Utilisez 127.0.0.1 sauf si les producteurs tournent ailleurs.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>fd::ContributionChart</name>
    <message>
        <source>risk points</source>
        <translation>points de risque</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisé</translation>
    </message>
    <message>
        <source>Autoencoder</source>
        <translation>Autoencodeur</translation>
    </message>
    <message>
        <source>Isolation forest</source>
        <translation>Forêt d’isolement</translation>
    </message>
    <message>
        <source>Reason contributions</source>
        <translation>Contributions des motifs</translation>
    </message>
</context>
<context>
    <name>fd::DemoBootstrap</name>
    <message>
        <source>Generating a demo history</source>
        <translation>Génération d’un historique de démo</translation>
    </message>
    <message>
        <source>Training the model: %1</source>
        <translation>Entraînement du modèle : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>fd::ExportDialog</name>
    <message>
        <source>Each alert created in the period: risk, level, reasons, status, the transaction&apos;s label and the decision in force with its analyst and note.</source>
        <translation>Chaque alerte créée dans la période : risque, niveau, motifs, statut, l’étiquette de la transaction et la décision en vigueur avec son analyste et sa note.</translation>
    </message>
    <message>
        <source>Each analyst decision made in the period, with its note; undone decisions are kept and marked.</source>
        <translation>Chaque décision d’analyste prise dans la période, avec sa note ; les décisions annulées sont conservées et signalées.</translation>
    </message>
    <message>
        <source>Each transaction of the period with the active model&apos;s risk and its label.</source>
        <translation>Chaque transaction de la période avec le risque du modèle actif et son étiquette.</translation>
    </message>
    <message>
        <source>One row per labelled transaction of the period: its label (1 fraud, 0 legit) and the features the model trains on, one column per feature.</source>
        <translation>Une ligne par transaction étiquetée de la période : son étiquette (1 fraude, 0 légitime) et les variables sur lesquelles le modèle s’entraîne, une colonne par variable.</translation>
    </message>
    <message>
        <source>Each audit log row of the period.</source>
        <translation>Chaque ligne du journal d’audit de la période.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Données à exporter</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Labels (analyst decisions)</source>
        <translation>Étiquettes (décisions des analystes)</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Training set (features of labelled transactions)</source>
        <translation>Jeu d’entraînement (variables des transactions étiquetées)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Toute la période</translation>
    </message>
    <message>
        <source>Period start (UTC, included)</source>
        <translation>Début de la période (UTC, inclus)</translation>
    </message>
    <message>
        <source>Period end (UTC, excluded)</source>
        <translation>Fin de la période (UTC, exclue)</translation>
    </message>
    <message>
        <source>The period ends just before this time.</source>
        <translation>La période s’arrête juste avant cet instant.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Fichier d’export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Choisir le fichier d’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenu :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Du (UTC) :</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Au (UTC) :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination pour l’export.</translation>
    </message>
    <message>
        <source>The period is empty: choose a start before the end.</source>
        <translation>La période est vide : choisissez un début antérieur à la fin.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
</context>
<context>
    <name>fd::ExportJob</name>
    <message numerus="yes">
        <source>%Ln row(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>Échec de l’export, rien n’a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>fd::FeedController</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>demo feed</source>
        <translation>flux de démo</translation>
    </message>
    <message>
        <source>Feed: failed</source>
        <translation>Flux : en échec</translation>
    </message>
    <message>
        <source>Feed: stopped</source>
        <translation>Flux : arrêté</translation>
    </message>
    <message>
        <source>Feed: %1 sources, %2 paused</source>
        <translation>Flux : %1 sources, %2 en pause</translation>
    </message>
    <message>
        <source>Feed: %1 sources</source>
        <translation>Flux : %1 sources</translation>
    </message>
    <message>
        <source>Feed: starting %1…</source>
        <translation>Flux : démarrage de %1…</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Flux : %1</translation>
    </message>
    <message>
        <source>Feed: %1, reading recent history…</source>
        <translation>Flux : %1, lecture de l’historique récent…</translation>
    </message>
    <message>
        <source>Feed: %1, paused</source>
        <translation>Flux : %1, en pause</translation>
    </message>
    <message>
        <source>Feed: stopping…</source>
        <translation>Flux : arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>fd::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Choisir des fichiers</translation>
    </message>
    <message>
        <source>CSV, JSON or NDJSON files; several at once. You can also drop them here.</source>
        <translation>Fichiers CSV, JSON ou NDJSON, plusieurs à la fois. Vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import Transactions</source>
        <translation>Importer des transactions</translation>
    </message>
    <message>
        <source>Transaction files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Fichiers de transactions (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
</context>
<context>
    <name>fd::ImportMappingPage</name>
    <message>
        <source>Preview and column mapping</source>
        <translation>Aperçu et correspondance des colonnes</translation>
    </message>
    <message>
        <source>The first rows of the first file as read. Check which field each column fills; the same mapping applies to every file of this import.</source>
        <translation>Les premières lignes du premier fichier, telles que lues. Vérifiez quel champ chaque colonne remplit ; la même correspondance s’applique à chaque fichier de cet import.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Save Profile…</source>
        <translation>Enregistrer le profil…</translation>
    </message>
    <message>
        <source>Load Profile…</source>
        <translation>Charger un profil…</translation>
    </message>
    <message>
        <source>Save Mapping Profile</source>
        <translation>Enregistrer le profil de correspondance</translation>
    </message>
    <message>
        <source>Profile name (letters, digits, . _ -)</source>
        <translation>Nom du profil (lettres, chiffres, . _ -)</translation>
    </message>
    <message>
        <source>No saved profiles yet in %1.</source>
        <translation>Aucun profil enregistré pour l’instant dans %1.</translation>
    </message>
    <message>
        <source>Load Mapping Profile</source>
        <translation>Charger un profil de correspondance</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1
Go Back to remove this file or choose another, or fix it and come back to this page.</source>
        <translation>%1
Revenez en arrière pour retirer ce fichier ou en choisir un autre, ou corrigez-le et revenez à cette page.</translation>
    </message>
    <message>
        <source>%1: %2, %3 columns, %4 rows shown.</source>
        <translation>%1 : %2, %3 colonnes, %4 lignes affichées.</translation>
    </message>
    <message>
        <source>(not imported as a field)</source>
        <translation>(non importée comme champ)</translation>
    </message>
    <message>
        <source>First problem: row %1, field %2: %3</source>
        <translation>Premier problème : ligne %1, champ %2 : %3</translation>
    </message>
    <message>
        <source>%1 of %2 preview rows map cleanly.</source>
        <translation>%1 lignes d’aperçu sur %2 correspondent sans erreur.</translation>
    </message>
    <message>
        <source>Columns %1 all map to %2: keep one and set the others to &quot;(not imported as a field)&quot;.</source>
        <translation>Les colonnes %1 correspondent toutes à %2 : gardez-en une et réglez les autres sur « (non importée comme champ) ».</translation>
    </message>
    <message>
        <source>Saved the mapping as profile &apos;%1&apos;.</source>
        <translation>Correspondance enregistrée comme profil « %1 ».</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>fd::ImportReportPage</name>
    <message>
        <source>Save Rejects as CSV…</source>
        <translation>Enregistrer les rejets en CSV…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>Save Rejects</source>
        <translation>Enregistrer les rejets</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejects saved to %1.</source>
        <translation>Rejets enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Rejected rows below: line, field and what to fix.</source>
        <translation>Lignes rejetées ci-dessous : ligne, champ et correction à apporter.</translation>
    </message>
</context>
<context>
    <name>fd::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Rows are committed in batches: cancelling keeps every committed batch, and importing the same file again adds only what is missing.</source>
        <translation>Les lignes sont validées par lots : annuler conserve chaque lot validé, et importer à nouveau le même fichier n’ajoute que ce qui manque.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used: %2</source>
        <translation>La base de données %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1 : non importé. %2</translation>
    </message>
    <message>
        <source>%1: not imported: cancelled before this file.</source>
        <translation>%1 : non importé : annulé avant ce fichier.</translation>
    </message>
    <message>
        <source>%1: not imported.</source>
        <translation>%1 : non importé.</translation>
    </message>
    <message>
        <source>Cancelled. Everything committed so far was kept.</source>
        <translation>Annulé. Tout ce qui a été validé jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected.</source>
        <translation>%1 : %2 importées, %3 doublons, %4 rejetées.</translation>
    </message>
    <message>
        <source>Cancelled: the rows imported so far were kept; importing the file again adds the rest.</source>
        <translation>Annulé : les lignes importées jusqu’ici sont conservées ; importer à nouveau le fichier ajoute le reste.</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed below.</source>
        <translation>Seules les %1 premières lignes rejetées sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>Fichier %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>rebuilding the card index</source>
        <translation>reconstruction de l’index des cartes</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>%1 rows read, %2 imported, %3 duplicates, %4 rejected — %5 rows/s, %6</source>
        <translation>%1 lignes lues, %2 importées, %3 doublons, %4 rejetées — %5 lignes/s, %6</translation>
    </message>
    <message>
        <source>Cancelling after the batch in hand…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Import Transactions</source>
        <translation>Importer des transactions</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message numerus="yes">
        <source>%1 stopped. The %Ln transaction(s) it delivered are stored and scored.</source>
        <translation>
            <numerusform>%1 arrêté. La %Ln transaction livrée est enregistrée et évaluée.</numerusform>
            <numerusform>%1 arrêté. Les %Ln transactions livrées sont enregistrées et évaluées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo: %1… %2%</source>
        <translation>Préparation de la démo : %1… %2 %</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>La démo n’a pas pu être préparée : %1</translation>
    </message>
    <message>
        <source>Starting the demo feed…</source>
        <translation>Démarrage du flux de démo…</translation>
    </message>
    <message>
        <source>Add a live source: a file, a drop folder, a socket, Kafka or the simulator</source>
        <translation>Ajouter une source en direct : un fichier, un dossier de dépôt, un socket, Kafka ou le simulateur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Sources Panel</source>
        <translation>&amp;Panneau des sources</translation>
    </message>
    <message>
        <source>Show or hide the live sources and their state</source>
        <translation>Afficher ou masquer les sources en direct et leur état</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>en attente %1</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>perdues %1</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>FraudDesk — %1</source>
        <translation>FraudDesk — %1</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Préparation de la démo…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>FraudDesk database (*.db *.sqlite)</source>
        <translation>Base de données FraudDesk (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>About FraudDesk</source>
        <translation>À propos de FraudDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FraudDesk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for fraud analysts: import transaction feeds, score them, review alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FraudDesk %1&lt;/h3&gt;&lt;p&gt;Un poste de travail pour les analystes fraude : importer des flux de transactions, les évaluer, examiner les alertes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Visible Transactions</source>
        <translation>Exporter les transactions visibles</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>fd::ModelComparisonView</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>Precision-recall curve</source>
        <translation>Courbe précision-rappel</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Retrain to compare a challenger with the active model.</source>
        <translation>Réentraînez pour comparer un challenger au modèle actif.</translation>
    </message>
    <message>
        <source>On the latest labelled slice, %1 to %2: %3 transactions, %4 labelled, %5 fraud. The challenger was measured by a twin trained without the slice&apos;s labels; the stored challenger then learnt them too.</source>
        <translation>Sur la dernière tranche étiquetée, du %1 au %2 : %3 transactions, %4 étiquetées, %5 fraudes. Le challenger a été mesuré par un jumeau entraîné sans les étiquettes de la tranche ; le challenger enregistré les a ensuite apprises aussi.</translation>
    </message>
    <message>
        <source>The active model was trained on labels inside this slice: its figures are flattered.</source>
        <translation>Le modèle actif a été entraîné sur des étiquettes de cette tranche : ses chiffres sont flatteurs.</translation>
    </message>
    <message>
        <source>Active (v%1)</source>
        <translation>Actif (v%1)</translation>
    </message>
    <message>
        <source>Active (none)</source>
        <translation>Actif (aucun)</translation>
    </message>
    <message>
        <source>Challenger (v%1)</source>
        <translation>Challenger (v%1)</translation>
    </message>
    <message>
        <source>Average precision</source>
        <translation>Précision moyenne</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>AUC ROC</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Précision@%1</translation>
    </message>
    <message>
        <source>Card precision@%1 per day</source>
        <translation>Précision par carte@%1 par jour</translation>
    </message>
    <message>
        <source>Alert threshold (risk)</source>
        <translation>Seuil d’alerte (risque)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alertes par jour</translation>
    </message>
    <message>
        <source>Fraud alerted (TP)</source>
        <translation>Fraudes alertées (VP)</translation>
    </message>
    <message>
        <source>Legitimate alerted (FP)</source>
        <translation>Légitimes alertées (FP)</translation>
    </message>
    <message>
        <source>Fraud missed (FN)</source>
        <translation>Fraudes manquées (FN)</translation>
    </message>
    <message>
        <source>Legitimate passed (TN)</source>
        <translation>Légitimes acceptées (VN)</translation>
    </message>
    <message>
        <source>Precision at threshold</source>
        <translation>Précision au seuil</translation>
    </message>
    <message>
        <source>Recall at threshold</source>
        <translation>Rappel au seuil</translation>
    </message>
    <message>
        <source>active v%1</source>
        <translation>actif v%1</translation>
    </message>
    <message>
        <source>challenger v%1</source>
        <translation>challenger v%1</translation>
    </message>
    <message>
        <source>Model comparison figures</source>
        <translation>Chiffres de la comparaison des modèles</translation>
    </message>
    <message>
        <source>Active model and challenger side by side on a later time slice</source>
        <translation>Modèle actif et challenger côte à côte sur une période ultérieure</translation>
    </message>
    <message>
        <source>ROC curves</source>
        <translation>Courbes ROC</translation>
    </message>
    <message>
        <source>Precision-recall curves</source>
        <translation>Courbes précision-rappel</translation>
    </message>
</context>
<context>
    <name>fd::ModelsView</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Réentraîner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>Tune &amp;Threshold…</source>
        <translation>Régler le &amp;seuil…</translation>
    </message>
    <message>
        <source>Train a challenger on every label (analysts&apos; decisions and imported ground truth) and compare it with the active model on the latest labelled slice</source>
        <translation>Entraîner un challenger sur toutes les étiquettes (décisions des analystes et vérité terrain importée) et le comparer au modèle actif sur la dernière tranche étiquetée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>AP on its slice</source>
        <translation>PM sur sa tranche</translation>
    </message>
    <message>
        <source>Training metrics</source>
        <translation>Métriques d’entraînement</translation>
    </message>
    <message>
        <source>Average precision of the challenger and (in brackets) the model active then, on the latest labelled slice when it was retrained</source>
        <translation>Précision moyenne du challenger et (entre parenthèses) du modèle alors actif, sur la dernière tranche étiquetée au moment du réentraînement</translation>
    </message>
    <message>
        <source>%1 rows, %2 fraud labels</source>
        <translation>%1 lignes, %2 étiquettes de fraude</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <source>Cannot read the models: %1</source>
        <translation>Impossible de lire les modèles : %1</translation>
    </message>
    <message>
        <source>No model yet. Train one with frauddesk-cli train, or start the demo.</source>
        <translation>Aucun modèle pour l’instant. Entraînez-en un avec frauddesk-cli train, ou lancez la démo.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s). Scores everywhere come from the active one. Retrain learns from the analysts&apos; labels and imported ground truth.</source>
        <translation>
            <numerusform>%n modèle. Tous les scores viennent du modèle actif. Le réentraînement apprend des étiquettes des analystes et de la vérité terrain importée.</numerusform>
            <numerusform>%n modèles. Tous les scores viennent du modèle actif. Le réentraînement apprend des étiquettes des analystes et de la vérité terrain importée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Roll Back to v%1</source>
        <translation>Re&amp;venir à la v%1</translation>
    </message>
    <message>
        <source>&amp;Promote v%1</source>
        <translation>&amp;Promouvoir la v%1</translation>
    </message>
    <message>
        <source>Version %1 has no comparison: only retrained models are compared with the model active when they were trained.</source>
        <translation>La version %1 n’a pas de comparaison : seuls les modèles réentraînés sont comparés au modèle actif lors de leur entraînement.</translation>
    </message>
    <message>
        <source>Retrain to compare a challenger with the active model.</source>
        <translation>Réentraînez pour comparer un challenger au modèle actif.</translation>
    </message>
    <message>
        <source>Retraining: reading the history…</source>
        <translation>Réentraînement : lecture de l’historique…</translation>
    </message>
    <message>
        <source>Retraining: %1…</source>
        <translation>Réentraînement : %1…</translation>
    </message>
    <message>
        <source>Retraining cancelled: nothing was stored.</source>
        <translation>Réentraînement annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Challenger v%1 trained on %2 fraud and %3 legitimate labels. On the latest slice its average precision is %4</source>
        <translation>Challenger v%1 entraîné sur %2 étiquettes de fraude et %3 étiquettes légitimes. Sur la dernière tranche, sa précision moyenne est de %4</translation>
    </message>
    <message>
        <source>, the active v%1&apos;s %2.</source>
        <translation>, celle de l’actif v%1 est de %2.</translation>
    </message>
    <message>
        <source>; no model was active.</source>
        <translation> ; aucun modèle n’était actif.</translation>
    </message>
    <message>
        <source>Promote it if it is better.</source>
        <translation>Promouvez-le s’il est meilleur.</translation>
    </message>
    <message>
        <source>Roll back to version %1? New transactions are then scored by it, and the live feed restarts on it.</source>
        <translation>Revenir à la version %1 ? Les nouvelles transactions seront alors évaluées par elle, et le flux en direct redémarrera avec elle.</translation>
    </message>
    <message>
        <source>Promote version %1 to the active model? New transactions are then scored by it, and the live feed restarts on it.</source>
        <translation>Promouvoir la version %1 comme modèle actif ? Les nouvelles transactions seront alors évaluées par elle, et le flux en direct redémarrera avec elle.</translation>
    </message>
    <message>
        <source>Activate a Model</source>
        <translation>Activer un modèle</translation>
    </message>
    <message>
        <source>Version %1 was not activated: %2</source>
        <translation>La version %1 n’a pas été activée : %2</translation>
    </message>
    <message>
        <source>Rolled back to version %1.</source>
        <translation>Retour à la version %1 effectué.</translation>
    </message>
    <message>
        <source>Version %1 is now the active model.</source>
        <translation>La version %1 est désormais le modèle actif.</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Modèles entraînés</translation>
    </message>
</context>
<context>
    <name>fd::MonitorView</name>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transactions/s</translation>
    </message>
    <message>
        <source>Alert rate</source>
        <translation>Taux d’alerte</translation>
    </message>
    <message>
        <source>Latency p50 / p95 / p99</source>
        <translation>Latence p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Risk over the last minutes</source>
        <translation>Risque sur les dernières minutes</translation>
    </message>
    <message>
        <source>mean risk</source>
        <translation>risque moyen</translation>
    </message>
    <message>
        <source>max risk</source>
        <translation>risque max.</translation>
    </message>
    <message>
        <source>alerts per second</source>
        <translation>alertes par seconde</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>secondes écoulées</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <source>Risk distribution and alert threshold</source>
        <translation>Distribution du risque et seuil d’alerte</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>seuil d’alerte</translation>
    </message>
    <message>
        <source>Alerts by merchant category</source>
        <translation>Alertes par catégorie de commerçant</translation>
    </message>
    <message>
        <source>Alerts by country</source>
        <translation>Alertes par pays</translation>
    </message>
    <message>
        <source>Most frequent reasons</source>
        <translation>Motifs les plus fréquents</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <source>Top alert reasons</source>
        <translation>Principaux motifs d’alerte</translation>
    </message>
    <message>
        <source>Reasons behind the recent alerts, with how often each appeared</source>
        <translation>Motifs des alertes récentes, avec la fréquence de chacun</translation>
    </message>
</context>
<context>
    <name>fd::RejectsModel</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Texte brut</translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en examen</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <source>closed as fraud</source>
        <translation>clôturée comme fraude</translation>
    </message>
    <message>
        <source>closed as legitimate</source>
        <translation>clôturée comme légitime</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>legitimate</source>
        <translation>légitime</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country / city</source>
        <translation>Pays / ville</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Alert status</source>
        <translation>Statut de l’alerte</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerte créée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No reasons stored for this alert.</source>
        <translation>Aucun motif enregistré pour cette alerte.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Aucune décision pour l’instant.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Risk seen</source>
        <translation>Risque affiché</translation>
    </message>
    <message>
        <source>No audit entries about this case.</source>
        <translation>Aucune entrée d’audit sur ce dossier.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>FraudDesk case report: alert %1</source>
        <translation>Rapport de dossier FraudDesk : alerte %1</translation>
    </message>
    <message numerus="yes">
        <source>A case of %n alerts on this card within 24 hours</source>
        <translation>
            <numerusform>Un dossier de %n alerte sur cette carte en 24 heures</numerusform>
            <numerusform>Un dossier de %n alertes sur cette carte en 24 heures</numerusform>
        </translation>
    </message>
    <message>
        <source>A case of this alert alone</source>
        <translation>Un dossier de cette seule alerte</translation>
    </message>
    <message>
        <source>Why it alerted</source>
        <translation>Pourquoi l’alerte</translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation>Historique de la carte</translation>
    </message>
    <message>
        <source>The card&apos;s recent amounts over time</source>
        <translation>Les montants récents de la carte au fil du temps</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Times are on the %1 clock. Card numbers are masked, in notes too.</source>
        <translation>Heures exprimées en %1. Les numéros de carte sont masqués, y compris dans les notes.</translation>
    </message>
    <message>
        <source>Database %1 · generated %2 (%3) by %4</source>
        <translation>Base de données %1 · généré le %2 (%3) par %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more currencies</source>
        <translation>
            <numerusform>et %n autre devise</numerusform>
            <numerusform>et %n autres devises</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>First / last</source>
        <translation>Première / dernière</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Open / closed fraud / closed legit</source>
        <translation>Ouvertes / clôturées fraude / clôturées légitimes</translation>
    </message>
    <message>
        <source>Alert precision</source>
        <translation>Précision des alertes</translation>
    </message>
    <message>
        <source>%1 of %2 labelled alerts</source>
        <translation>%1 sur %2 alertes étiquetées</translation>
    </message>
    <message>
        <source>n/a (no alert is labelled)</source>
        <translation>n.d. (aucune alerte étiquetée)</translation>
    </message>
    <message>
        <source>Alerts by level</source>
        <translation>Alertes par niveau</translation>
    </message>
    <message>
        <source>critical %1, high %2, medium %3, low %4</source>
        <translation>critique %1, élevé %2, moyen %3, faible %4</translation>
    </message>
    <message>
        <source>Confirmed fraud</source>
        <translation>Fraudes confirmées</translation>
    </message>
    <message>
        <source>Fraud amount</source>
        <translation>Montant des fraudes</translation>
    </message>
    <message>
        <source>Fraud that alerted</source>
        <translation>Fraudes alertées</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Decisions (fraud / legit / escalated)</source>
        <translation>Décisions (fraude / légitime / escalade)</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Dépassements de SLA</translation>
    </message>
    <message>
        <source>No alert with stored reasons in this period.</source>
        <translation>Aucune alerte avec des motifs enregistrés dans cette période.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Reason (the highest-risk alert&apos;s words)</source>
        <translation>Motif (tel que formulé par l’alerte au risque le plus élevé)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No alerts in this period.</source>
        <translation>Aucune alerte dans cette période.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>No decisions in this period.</source>
        <translation>Aucune décision dans cette période.</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Légitime</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Per active hour</source>
        <translation>Par heure active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>No model has scored anything yet.</source>
        <translation>Aucun modèle n’a encore rien évalué.</translation>
    </message>
    <message>
        <source>No model is active. The risk figures are those of version %1, the newest model that scored transactions.</source>
        <translation>Aucun modèle n’est actif. Les chiffres de risque sont ceux de la version %1, le modèle le plus récent à avoir évalué des transactions.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>%1 rows, %2 fraud and %3 legit labels</source>
        <translation>%1 lignes, %2 étiquettes de fraude et %3 étiquettes légitimes</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d’alerte</translation>
    </message>
    <message>
        <source>Training metrics:</source>
        <translation>Métriques d’entraînement :</translation>
    </message>
    <message>
        <source>Compared out of sample with the model active then, on %1 transactions from %2 to %3 (%4 labelled, %5 fraud):</source>
        <translation>Comparé hors échantillon au modèle alors actif, sur %1 transactions du %2 au %3 (%4 étiquetées, %5 fraudes) :</translation>
    </message>
    <message>
        <source>v%1 (this model)</source>
        <translation>v%1 (ce modèle)</translation>
    </message>
    <message>
        <source>v%1 (active then)</source>
        <translation>v%1 (alors actif)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Avg precision</source>
        <translation>Précision moyenne</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>AUC ROC</translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation>Précision@%1</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Alerts/day</source>
        <translation>Alertes/jour</translation>
    </message>
    <message>
        <source>This version has no stored comparison: only retrained models are compared.</source>
        <translation>Cette version n’a pas de comparaison enregistrée : seuls les modèles réentraînés sont comparés.</translation>
    </message>
    <message>
        <source>FraudDesk period report</source>
        <translation>Rapport de période FraudDesk</translation>
    </message>
    <message>
        <source>No transactions in this period.</source>
        <translation>Aucune transaction dans cette période.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Transactions, alerts and mean risk over time</source>
        <translation>Transactions, alertes et risque moyen au fil du temps</translation>
    </message>
    <message>
        <source>Transactions per risk band</source>
        <translation>Transactions par tranche de risque</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Motifs les plus fréquents</translation>
    </message>
    <message>
        <source>Top merchants</source>
        <translation>Principaux commerçants</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Principaux pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>Transactions, alerts, fraud, reasons, merchants, countries and the charts count by the transaction&apos;s time; decisions and analysts by the decision&apos;s time. Alert precision: of the period&apos;s alerts whose transaction is labelled (by an analyst or imported ground truth), the share labelled fraud. Fraud that alerted: of the transactions labelled fraud, the share that raised an alert. Top reasons: alerts that give the reason among their top three (an alert gives several, so shares add up to more than 100%). Risk and reasons are the model&apos;s shown below. Card numbers are masked.</source>
        <translation>Transactions, alertes, fraudes, motifs, commerçants, pays et graphiques sont comptés selon l’horodatage de la transaction ; décisions et analystes selon celui de la décision. Précision des alertes : parmi les alertes de la période dont la transaction est étiquetée (par un analyste ou par la vérité terrain importée), la part étiquetée fraude. Fraudes alertées : parmi les transactions étiquetées fraude, la part qui a déclenché une alerte. Motifs les plus fréquents : alertes qui citent le motif parmi leurs trois premiers (une alerte en cite plusieurs, la somme des parts dépasse donc 100 %). Le risque et les motifs sont ceux du modèle présenté ci-dessous. Les numéros de carte sont masqués.</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>Risk over time (%1)</source>
        <translation>Risque au fil du temps (%1)</translation>
    </message>
    <message>
        <source>Mean risk</source>
        <translation>Risque moyen</translation>
    </message>
    <message>
        <source>Score distribution (transactions per 2 risk points, log scale)</source>
        <translation>Distribution des scores (transactions par tranche de 2 points de risque, échelle logarithmique)</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>seuil d’alerte</translation>
    </message>
    <message>
        <source>No scores in this period: no model is active, or it has not scored these transactions.</source>
        <translation>Aucun score dans cette période : aucun modèle n’est actif, ou il n’a pas évalué ces transactions.</translation>
    </message>
    <message>
        <source>alerts at %1 and above</source>
        <translation>alertes à partir de %1</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>%n dernière transaction de la carte</numerusform>
            <numerusform>%n dernières transactions de la carte</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier transactions</source>
        <translation>transactions antérieures</translation>
    </message>
    <message>
        <source>alerts of this case</source>
        <translation>alertes de ce dossier</translation>
    </message>
    <message>
        <source>this alert</source>
        <translation>cette alerte</translation>
    </message>
    <message>
        <source>labelled fraud</source>
        <translation>étiquetées fraude</translation>
    </message>
    <message>
        <source>No history for this card.</source>
        <translation>Aucun historique pour cette carte.</translation>
    </message>
    <message>
        <source>amount (each in its own currency)</source>
        <translation>montant (chacun dans sa devise)</translation>
    </message>
    <message>
        <source>amount (%1)</source>
        <translation>montant (%1)</translation>
    </message>
    <message>
        <source>Cannot tell the report&apos;s format from &apos;%1&apos;: name the file ….pdf or ….html</source>
        <translation>Impossible de déduire le format du rapport de « %1 » : nommez le fichier ….pdf ou ….html</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; does not exist: check the path, or import transactions first</source>
        <translation>La base de données « %1 » n’existe pas : vérifiez le chemin, ou importez d’abord des transactions</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Check that the folder exists and is writable.</source>
        <translation>Impossible d’écrire « %1 » : %2. Vérifiez que le dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Is the disk full?</source>
        <translation>Impossible d’écrire « %1 » : %2. Le disque est-il plein ?</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>Rapport de dossier</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The case of alert %1: the transaction, why it alerted, the card&apos;s history, notes, decisions and their audit entries. Card numbers are masked.</source>
        <translation>Le dossier de l’alerte %1 : la transaction, la raison de l’alerte, l’historique de la carte, les notes, les décisions et leurs entrées d’audit. Les numéros de carte sont masqués.</translation>
    </message>
    <message>
        <source>Volume, alerts, decisions, confirmed fraud, alert precision, top reasons, merchants and countries, risk and score charts, analysts and the active model. Card numbers are masked.</source>
        <translation>Volume, alertes, décisions, fraudes confirmées, précision des alertes, principaux motifs, commerçants et pays, graphiques de risque et de scores, analystes et modèle actif. Les numéros de carte sont masqués.</translation>
    </message>
    <message>
        <source>Period (transaction time)</source>
        <translation>Période (horodatage des transactions)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Unchecked ends leave the period open: all time by default.</source>
        <translation>Une borne non cochée laisse la période ouverte : par défaut, depuis le début.</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;HTML files (*.html *.htm)</source>
        <translation>Fichiers PDF (*.pdf);;Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Name the file ….pdf or ….html.</source>
        <translation>Nommez le fichier ….pdf ou ….html.</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>La période doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>fd::ReviewFilterBar</name>
    <message>
        <source>Which alerts</source>
        <translation>Quelles alertes</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Merchant category</source>
        <translation>Catégorie de commerçant</translation>
    </message>
    <message>
        <source>Country of the transaction</source>
        <translation>Pays de la transaction</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignées</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
</context>
<context>
    <name>fd::ReviewMetricsView</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Alert precision</source>
        <translation>Précision des alertes</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Dépassements de SLA</translation>
    </message>
    <message>
        <source>Review Metrics</source>
        <translation>Métriques d’examen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Decisions made in the period and not undone: fraud, legit and escalate</source>
        <translation>Décisions prises dans la période et non annulées : fraude, légitime et escalade</translation>
    </message>
    <message>
        <source>Of the alerts closed in the period, the share closed as fraud. Escalated alerts are not closed.</source>
        <translation>Parmi les alertes clôturées dans la période, la part clôturée comme fraude. Les alertes escaladées ne sont pas clôturées.</translation>
    </message>
    <message>
        <source>From an alert&apos;s creation to the fraud or legit decision that closed it, the median over the alerts closed in the period. An escalation does not stop the clock.</source>
        <translation>De la création d’une alerte à la décision fraude ou légitime qui l’a clôturée, la médiane sur les alertes clôturées dans la période. Une escalade n’arrête pas le chronomètre.</translation>
    </message>
    <message>
        <source>Alerts closed in the period after their due time, plus alerts still open (new, in review or escalated) that are past due now</source>
        <translation>Alertes clôturées dans la période après leur échéance, plus les alertes encore ouvertes (nouvelles, en examen ou escaladées) dont l’échéance est dépassée</translation>
    </message>
    <message>
        <source>Fraud and legit labels over time</source>
        <translation>Étiquettes fraude et légitime au fil du temps</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>Impossible de lire les métriques : %1</translation>
    </message>
    <message numerus="yes">
        <source>by %n analyst(s)</source>
        <translation>
            <numerusform>par %n analyste</numerusform>
            <numerusform>par %n analystes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fraud of %n closed</source>
        <translation>
            <numerusform>%1 fraude sur %n clôturée</numerusform>
            <numerusform>%1 fraudes sur %n clôturées</numerusform>
        </translation>
    </message>
    <message>
        <source>no alert closed</source>
        <translation>aucune alerte clôturée</translation>
    </message>
    <message numerus="yes">
        <source>over %n closed alert(s)</source>
        <translation>
            <numerusform>sur %n alerte clôturée</numerusform>
            <numerusform>sur %n alertes clôturées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed late, %2 open past due</source>
        <translation>%1 clôturées en retard, %2 ouvertes en retard</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Legit</source>
        <translation>Légitime</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>par semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>Decisions per analyst</source>
        <translation>Décisions par analyste</translation>
    </message>
    <message>
        <source>Each analyst&apos;s decisions, their mix and how long the alerts waited</source>
        <translation>Les décisions de chaque analyste, leur répartition et l’attente des alertes</translation>
    </message>
    <message>
        <source>Labels over time</source>
        <translation>Étiquettes dans le temps</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>fd::ReviewQueueModel</name>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en examen</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladée</translation>
    </message>
    <message>
        <source>closed: fraud</source>
        <translation>clôturée : fraude</translation>
    </message>
    <message>
        <source>closed: legit</source>
        <translation>clôturée : légitime</translation>
    </message>
    <message>
        <source>fraud</source>
        <comment>decision</comment>
        <translation>fraude</translation>
    </message>
    <message>
        <source>legit</source>
        <comment>decision</comment>
        <translation>légitime</translation>
    </message>
    <message>
        <source>escalate</source>
        <comment>decision</comment>
        <translation>escalade</translation>
    </message>
    <message>
        <source>This card&apos;s open alerts within 24 hours: decided together as one case</source>
        <translation>Les alertes ouvertes de cette carte sur 24 heures : décidées ensemble comme un seul dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>fd::ReviewView</name>
    <message>
        <source>Other open alerts on this card: %1</source>
        <translation>Autres alertes ouvertes sur cette carte : %1</translation>
    </message>
    <message>
        <source>Earlier decisions: this card %1 fraud / %2 legit; this merchant %3 fraud / %4 legit</source>
        <translation>Décisions antérieures : cette carte %1 fraude / %2 légitime ; ce commerçant %3 fraude / %4 légitime</translation>
    </message>
    <message>
        <source>Each model&apos;s part of the risk, in risk points</source>
        <translation>La part de chaque modèle dans le risque, en points de risque</translation>
    </message>
    <message>
        <source>No model has scored this transaction.</source>
        <translation>Aucun modèle n’a évalué cette transaction.</translation>
    </message>
    <message>
        <source>Each model&apos;s part of the risk, in risk points, as the active model scores it now</source>
        <translation>La part de chaque modèle dans le risque, en points de risque, telle que le modèle actif l’évalue maintenant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;Card %3 &amp;nbsp; merchant %4 (%5)&lt;br&gt;%6 %7 &amp;nbsp; %8 %9 &amp;nbsp; %10&lt;br&gt;Risk &lt;b&gt;%11&lt;/b&gt; (%12)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;Carte %3 &amp;nbsp; commerçant %4 (%5)&lt;br&gt;%6 %7 &amp;nbsp; %8 %9 &amp;nbsp; %10&lt;br&gt;Risque &lt;b&gt;%11&lt;/b&gt; (%12)</translation>
    </message>
    <message>
        <source>%1 %2 by %3%4%5</source>
        <translation>%1 %2 par %3%4%5</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (annulée)</translation>
    </message>
    <message>
        <source>%1  %2  %3  risk %4%5</source>
        <translation>%1  %2  %3  risque %4%5</translation>
    </message>
    <message>
        <source>  (shown)</source>
        <translation>  (affichée)</translation>
    </message>
    <message>
        <source>N: add a note, Enter to save</source>
        <translation>N : ajouter une note, Entrée pour enregistrer</translation>
    </message>
    <message>
        <source>Why it alerted</source>
        <translation>Pourquoi l’alerte</translation>
    </message>
    <message>
        <source>Decisions and the card&apos;s context</source>
        <translation>Décisions et contexte de la carte</translation>
    </message>
    <message>
        <source>F fraud · L legitimate · E escalate (the whole case) · S skip
J/K next/previous · N note · Ctrl+Z undo · Shift+F / Shift+L the whole selection</source>
        <translation>F fraude · L légitime · E escalader (tout le dossier) · S passer
J/K suivante/précédente · N note · Ctrl+Z annuler
Maj+F / Maj+L : toute la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in one case</source>
        <translation>
            <numerusform>%n alerte dans un dossier</numerusform>
            <numerusform>%n alertes dans un dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alerts in %1 cases</source>
        <translation>
            <numerusform>%n alerte dans %1 dossiers</numerusform>
            <numerusform>%n alertes dans %1 dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à examiner.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>No reasons stored.</source>
        <translation>Aucun motif enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>The case: %n alerts on this card within 24 h, decided together</source>
        <translation>
            <numerusform>Le dossier : %n alerte sur cette carte en 24 h, décidée ensemble</numerusform>
            <numerusform>Le dossier : %n alertes sur cette carte en 24 h, décidées ensemble</numerusform>
        </translation>
    </message>
    <message>
        <source>The case: this alert alone</source>
        <translation>Le dossier : cette alerte seule</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>La décision n’a pas été enregistrée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Label %n alert(s), %1 in all, as %2?</source>
        <translation>
            <numerusform>Étiqueter %n alerte, %1 au total, comme %2 ?</numerusform>
            <numerusform>Étiqueter %n alertes, %1 au total, comme %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk decision</source>
        <translation>Décision groupée</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n alerts.</source>
        <translation>
            <numerusform>Annulé : %n alerte.</numerusform>
            <numerusform>Annulé : %n alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case &amp;Report…</source>
        <translation>&amp;Rapport du dossier…</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <source>Open alerts, highest priority first</source>
        <translation>Alertes ouvertes, priorité la plus haute d’abord</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Why this alert was raised</source>
        <translation>Pourquoi cette alerte a été levée</translation>
    </message>
    <message>
        <source>Alerts of this case</source>
        <translation>Alertes de ce dossier</translation>
    </message>
    <message>
        <source>Card history</source>
        <translation>Historique de la carte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note stored with your decision</source>
        <translation>Une note enregistrée avec votre décision</translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation>Détails de l’alerte</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The model&apos;s threshold (from its training)</source>
        <translation>Le seuil du modèle (issu de son entraînement)</translation>
    </message>
    <message>
        <source>A fixed risk threshold</source>
        <translation>Un seuil de risque fixe</translation>
    </message>
    <message>
        <source>An alert budget per day</source>
        <translation>Un budget d’alertes par jour</translation>
    </message>
    <message>
        <source>When the feed starts, the threshold becomes the risk that gave this many alerts a day over the last week of scores (with at least a day of them).</source>
        <translation>Au démarrage du flux, le seuil devient le risque qui aurait donné ce nombre d’alertes par jour sur la dernière semaine de scores (s’il y en a au moins une journée).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Ensemble weights (used when a model is trained)</source>
        <translation>Poids de l’ensemble (utilisés à l’entraînement d’un modèle)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Data Directory</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>FraudDesk shows the new language when it starts again.</source>
        <translation>FraudDesk affichera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Alert &amp;on</source>
        <translation>Alerter &amp;selon</translation>
    </message>
    <message>
        <source>&amp;Risk at least</source>
        <translation>&amp;Risque d’au moins</translation>
    </message>
    <message>
        <source>Alerts &amp;per day</source>
        <translation>Alertes &amp;par jour</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Browse for the data directory</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Data directory</source>
        <translation>&amp;Dossier des données</translation>
    </message>
    <message>
        <source>Analyst &amp;name</source>
        <translation>&amp;Nom de l’analyste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Isolation Forest</source>
        <translation>Forêt d’&amp;isolement</translation>
    </message>
    <message>
        <source>A&amp;utoencoder</source>
        <translation>&amp;Autoencodeur</translation>
    </message>
    <message>
        <source>Rul&amp;es</source>
        <translation>Rè&amp;gles</translation>
    </message>
    <message>
        <source>&amp;Supervised model, at most</source>
        <translation>Modèle s&amp;upervisé, au plus</translation>
    </message>
</context>
<context>
    <name>fd::SourceRunner</name>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>ouverture…</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>mise en route</translation>
    </message>
    <message>
        <source>lagging</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>lagging, %1</source>
        <translation>en retard, %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>pausing…</source>
        <translation>mise en pause…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec : %1</translation>
    </message>
</context>
<context>
    <name>fd::SourcesModel</name>
    <message>
        <source>built-in simulator</source>
        <translation>simulateur intégré</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnexions</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Enregistrées</translation>
    </message>
</context>
<context>
    <name>fd::SourcesPanel</name>
    <message>
        <source>Live sources</source>
        <translation>Sources en direct</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Add a live source: a file, a drop folder, a socket, Kafka or the simulator</source>
        <translation>Ajouter une source en direct : un fichier, un dossier de dépôt, un socket, Kafka ou le simulateur</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected source (it opens its URI again)</source>
        <translation>Démarrer la source choisie (elle rouvre son URI)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the selected source</source>
        <translation>Mettre en pause ou reprendre la source choisie</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the selected source; what it delivered stays stored</source>
        <translation>Arrêter la source choisie ; ce qu’elle a livré reste enregistré</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Stop the selected source and take it off the list</source>
        <translation>Arrêter la source choisie et la retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>fd::ThresholdDialog</name>
    <message>
        <source>No model is active: train one or start the demo.</source>
        <translation>Aucun modèle n’est actif : entraînez-en un ou lancez la démo.</translation>
    </message>
    <message>
        <source>The database holds no transactions yet.</source>
        <translation>La base de données ne contient encore aucune transaction.</translation>
    </message>
    <message>
        <source>Scoring the stored history with the active model…</source>
        <translation>Évaluation de l’historique enregistré avec le modèle actif…</translation>
    </message>
    <message>
        <source>Use the &amp;Cheapest</source>
        <translation>Prendre le moins &amp;cher</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Tune the Alert Threshold</source>
        <translation>Régler le seuil d’alerte</translation>
    </message>
    <message>
        <source>What one analyst review costs, in the transactions&apos; currency</source>
        <translation>Le coût d’un examen par un analyste, dans la devise des transactions</translation>
    </message>
    <message>
        <source>Cost on labelled history: missed fraud + reviews</source>
        <translation>Coût sur l’historique étiqueté : fraudes manquées + examens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>chosen threshold</source>
        <translation>seuil choisi</translation>
    </message>
    <message>
        <source>alert at risk</source>
        <translation>alerte à partir du risque</translation>
    </message>
    <message>
        <source>Alert at &amp;risk ≥</source>
        <translation>Alerter à partir du &amp;risque ≥</translation>
    </message>
    <message>
        <source>or an alert &amp;budget per day</source>
        <translation>ou un &amp;budget d’alertes par jour</translation>
    </message>
    <message>
        <source>Cost of one re&amp;view</source>
        <translation>Coût d’un e&amp;xamen</translation>
    </message>
    <message>
        <source>Cannot tune the threshold: %1</source>
        <translation>Impossible de régler le seuil : %1</translation>
    </message>
    <message>
        <source>Active model v%1 (its own threshold: risk %2) on %3 stored transactions, %4 of them labelled (%5 fraud). Precision, recall and cost come from the labelled ones.</source>
        <translation>Modèle actif v%1 (son propre seuil : risque %2) sur %3 transactions enregistrées, dont %4 étiquetées (%5 fraudes). La précision, le rappel et le coût viennent des transactions étiquetées.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;%1&lt;/b&gt; alerts a day. On labelled history: precision &lt;b&gt;%2&lt;/b&gt;, recall &lt;b&gt;%3&lt;/b&gt;, fraud missed %4, cost %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; alertes attendues par jour. Sur l’historique étiqueté : précision &lt;b&gt;%2&lt;/b&gt;, rappel &lt;b&gt;%3&lt;/b&gt;, fraudes manquées %4, coût %5.</translation>
    </message>
    <message>
        <source>No fraud labels yet: no cost curve. Label alerts first.</source>
        <translation>Pas encore d’étiquette de fraude : pas de courbe de coût. Étiquetez d’abord des alertes.</translation>
    </message>
    <message>
        <source>The threshold was not applied: %1</source>
        <translation>Le seuil n’a pas été appliqué : %1</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d’alerte</translation>
    </message>
    <message>
        <source>Alert threshold slider</source>
        <translation>Curseur du seuil d’alerte</translation>
    </message>
    <message>
        <source>Cost curve</source>
        <translation>Courbe de coût</translation>
    </message>
    <message>
        <source>Missed fraud plus review cost for each threshold on labelled history</source>
        <translation>Fraude manquée plus coût de revue pour chaque seuil sur l’historique étiqueté</translation>
    </message>
</context>
<context>
    <name>fd::TransactionDetailDialog</name>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>No reasons: not scored, or nothing stands out.</source>
        <translation>Aucun motif : non évaluée, ou rien ne ressort.</translation>
    </message>
    <message numerus="yes">
        <source>The card&apos;s last %n transaction(s)</source>
        <translation>
            <numerusform>%n dernière transaction de la carte</numerusform>
            <numerusform>%n dernières transactions de la carte</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>antérieures</translation>
    </message>
    <message>
        <source>this transaction</source>
        <translation>cette transaction</translation>
    </message>
    <message>
        <source>amount (%1)</source>
        <translation>montant (%1)</translation>
    </message>
    <message>
        <source>Why it scored so</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Why the model rated this transaction as it did</source>
        <translation>Pourquoi le modèle a évalué cette transaction ainsi</translation>
    </message>
    <message>
        <source>Card history</source>
        <translation>Historique de la carte</translation>
    </message>
    <message>
        <source>Amounts of the card&apos;s recent transactions, this one highlighted</source>
        <translation>Montants des dernières transactions de la carte, celle-ci mise en évidence</translation>
    </message>
</context>
<context>
    <name>fd::TransactionFilterBar</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>tout niveau</translation>
    </message>
    <message>
        <source>medium and above</source>
        <translation>moyen et plus</translation>
    </message>
    <message>
        <source>high and above</source>
        <translation>élevé et plus</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>merchant</source>
        <translation>commerçant</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>labelled or not</source>
        <translation>étiquetées ou non</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>étiquetées</translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>non étiquetées</translation>
    </message>
    <message>
        <source>transaction, card, merchant or customer id</source>
        <translation>id de transaction, carte, commerçant ou client</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Risk at least</source>
        <translation>Risque d’au moins</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Minimum risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Show only transactions of cards matching this text</source>
        <translation>N’afficher que les transactions des cartes correspondant à ce texte</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Show only transactions of merchants matching this text</source>
        <translation>N’afficher que les transactions des commerçants correspondant à ce texte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Show all, labelled or unlabelled transactions</source>
        <translation>Afficher toutes les transactions, étiquetées ou non étiquetées</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find transactions containing this text</source>
        <translation>Trouver les transactions contenant ce texte</translation>
    </message>
</context>
<context>
    <name>fd::TransactionsModel</name>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>legit</source>
        <translation>légitime</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
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
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fraud analyst workbench</source>
        <translation>Poste de travail des analystes fraude</translation>
    </message>
    <message>
        <source>Open the database &lt;file&gt;.</source>
        <translation>Ouvrir la base de données &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Start the built-in demo on a fresh demo database.</source>
        <translation>Lancer la démo intégrée sur une nouvelle base de démo.</translation>
    </message>
    <message>
        <source>Open on &lt;view&gt;: monitor, transactions, review or models.</source>
        <translation>Ouvrir sur &lt;view&gt; : monitor, transactions, review ou models.</translation>
    </message>
    <message>
        <source>Transaction files (CSV, JSON, NDJSON) to import.</source>
        <translation>Fichiers de transactions (CSV, JSON, NDJSON) à importer.</translation>
    </message>
</context>
</TS>
