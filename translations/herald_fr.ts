<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>herald::AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Local-first marketing automation. Your contacts, campaigns and models stay on this computer; Herald makes no network connections.</source>
        <translation>L’automatisation marketing en local. Vos contacts, campagnes et modèles restent sur cet ordinateur&#xa0;; Herald n’établit aucune connexion réseau.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>libtorch</source>
        <translation>libtorch</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>Model threads</source>
        <translation>Threads des modèles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>herald::ActivityChart</name>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
</context>
<context>
    <name>herald::ColumnMapping</name>
    <message>
        <source>This mapping was saved by a newer Herald.</source>
        <translation>Cette correspondance a été enregistrée par une version plus récente de Herald.</translation>
    </message>
    <message>
        <source>Column “%1” of this mapping is damaged.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» de cette correspondance est endommagée.</translation>
    </message>
    <message>
        <source>Column “%1” maps to “%2”, which this Herald does not know.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» correspond à «&#xa0;%2&#xa0;», que cette version de Herald ne connaît pas.</translation>
    </message>
    <message>
        <source>Saved mapping “%1”: %2</source>
        <translation>Correspondance enregistrée «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Custom fields (one per JSON key)</source>
        <translation>Champs personnalisés (un par clé JSON)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Champ personnalisé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Column “%1” maps to an unknown field “%2”.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» correspond à un champ inconnu, «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both map to %3; choose one.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» correspondent toutes deux au champ %3&#xa0;; choisissez-en une.</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both go to the custom field “%3”; rename one.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» vont toutes deux dans le champ personnalisé «&#xa0;%3&#xa0;»&#xa0;; renommez-en une.</translation>
    </message>
    <message>
        <source>No column is mapped to %1; %2 files need one.</source>
        <translation>Aucune colonne ne correspond au champ %1&#xa0;; les fichiers %2 en exigent une.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Une correspondance enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>Could not save the mapping “%1”: %2</source>
        <translation>Impossible d’enregistrer la correspondance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the mapping “%1”: %2</source>
        <translation>Impossible de lire la correspondance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no saved mapping called “%1”.</source>
        <translation>Aucune correspondance enregistrée ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read.</source>
        <translation>elle est endommagée et illisible.</translation>
    </message>
    <message>
        <source>Could not list the saved mappings: %1</source>
        <translation>Impossible de lister les correspondances enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not delete the mapping “%1”: %2</source>
        <translation>Impossible de supprimer la correspondance «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>herald::ContactImport</name>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>la ligne a %1 champs mais l’en-tête en a %2&#xa0;; manque-t-il un guillemet ou un séparateur&#xa0;?</translation>
    </message>
    <message>
        <source>not a JSON object; kept as text</source>
        <translation>pas un objet JSON&#xa0;; conservé comme texte</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>adresse e-mail &quot;%1&quot; non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>aucune adresse e-mail</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; kept as a custom field</source>
        <translation>pays &quot;%1&quot; inconnu&#xa0;; conservé comme champ personnalisé</translation>
    </message>
</context>
<context>
    <name>herald::ContactStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Nettoyé</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Non délivrable</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Signalé comme spam</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Non abonné</translation>
    </message>
</context>
<context>
    <name>herald::ContactsModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Some contacts could not be read.</source>
        <translation>Certains contacts n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>herald::CsvFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
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
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>none (single line)</source>
        <translation>aucune (une seule ligne)</translation>
    </message>
    <message>
        <source>LF (Unix, macOS)</source>
        <translation>LF (Unix, macOS)</translation>
    </message>
    <message>
        <source>CRLF (Windows)</source>
        <translation>CRLF (Windows)</translation>
    </message>
    <message>
        <source>CR (classic Mac)</source>
        <translation>CR (Mac classique)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
</context>
<context>
    <name>herald::CsvReader</name>
    <message>
        <source>The file has no rows: it holds nothing but empty lines.</source>
        <translation>Le fichier ne contient aucune ligne de données&#xa0;: uniquement des lignes vides.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Le fichier n’est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields; choose another delimiter.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas séparer les champs&#xa0;; choisissez un autre séparateur.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL or control characters). Export the data as CSV and choose that file.</source>
        <translation>Ce n’est pas un fichier texte CSV&#xa0;: il contient des données binaires (caractères NUL ou de contrôle). Exportez les données au format CSV et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than %2 characters. Check the delimiter and quotes.</source>
        <translation>L’enregistrement qui commence à la ligne %1 dépasse %2 caractères. Vérifiez le séparateur et les guillemets.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>Impossible de lire le fichier après la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file has bytes that are not valid %3; they were replaced with a placeholder character. If the file was saved by Excel, choose the Windows-1252 encoding.</source>
        <translation>Ligne %1, colonne %2&#xa0;: le fichier contient des octets qui ne sont pas du %3 valide&#xa0;; ils ont été remplacés par un caractère de substitution. Si le fichier a été enregistré par Excel, choisissez l’encodage Windows-1252.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where %3 were expected.</source>
        <translation>La ligne %1 a %2 champs alors que %3 étaient attendus.</translation>
    </message>
    <message>
        <source>The field starting on line %1, column %2 (field %3) is longer than %4 characters. Check the delimiter, or look for a quote that is never closed.</source>
        <translation>Le champ qui commence ligne %1, colonne %2 (champ %3) dépasse %4 caractères. Vérifiez le séparateur ou cherchez un guillemet jamais fermé.</translation>
    </message>
    <message>
        <source>The quoted field that opens on line %1, column %2 is never closed: a quote is missing before the end of the file.</source>
        <translation>Le champ entre guillemets ouvert ligne %1, colonne %2 n’est jamais fermé&#xa0;: il manque un guillemet avant la fin du fichier.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field; the quote was kept as part of the value.</source>
        <translation>Ligne %1, colonne %2&#xa0;: du texte suit le guillemet fermant d’un champ&#xa0;; le guillemet a été conservé dans la valeur.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field was kept as part of the value.</source>
        <translation>Ligne %1, colonne %2&#xa0;: un guillemet dans un champ sans guillemets a été conservé dans la valeur.</translation>
    </message>
</context>
<context>
    <name>herald::CsvSniffer</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::CsvWriter</name>
    <message>
        <source>The CSV file could not be written earlier; nothing more is written.</source>
        <translation>L’écriture du fichier CSV a déjà échoué&#xa0;; plus rien n’est écrit.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in Windows-1252. Choose UTF-8, or let Herald replace such characters with &quot;?&quot;.</source>
        <translation>Ligne %1, colonne %2&#xa0;: le caractère &quot;%3&quot; (U+%4) ne peut pas être écrit en Windows-1252. Choisissez UTF-8, ou laissez Herald remplacer ces caractères par &quot;?&quot;.</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Impossible d’écrire le fichier CSV.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Impossible d’écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>aucun fichier n’est ouvert</translation>
    </message>
</context>
<context>
    <name>herald::DateTime</name>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>&quot;%1&quot; n’est pas une date valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Herald can read</source>
        <translation>&quot;%1&quot; n’est pas une date que Herald sait lire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day</source>
        <translation>&quot;%1&quot; peut se lire jour/mois ou mois/jour</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>&quot;%1&quot; n’est pas une heure valide</translation>
    </message>
</context>
<context>
    <name>herald::Demo</name>
    <message>
        <source>The demo was cancelled; the workspace is unchanged.</source>
        <translation>La démo a été annulée&#xa0;; l’espace de travail n’a pas changé.</translation>
    </message>
    <message>
        <source>The demo needs at least one contact.</source>
        <translation>La démo nécessite au moins un contact.</translation>
    </message>
    <message>
        <source>The workspace is not empty: it already holds %1 contacts and %2 campaigns. Generate the demo into a new workspace.</source>
        <translation>L’espace de travail n’est pas vide&#xa0;: il contient déjà %1 contacts et %2 campagnes. Générez la démo dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Planning a year of campaigns</source>
        <translation>Planification d’une année de campagnes</translation>
    </message>
    <message>
        <source>Simulating contacts and their activity</source>
        <translation>Simulation des contacts et de leur activité</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Indexation des événements</translation>
    </message>
    <message>
        <source>Saving the workspace</source>
        <translation>Enregistrement de l’espace de travail</translation>
    </message>
    <message>
        <source>Cannot write the demo into the workspace: %1</source>
        <translation>Impossible d’écrire la démo dans l’espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::Email</name>
    <message>
        <source>nothing before the @</source>
        <translation>rien avant le @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>la partie avant le @ dépasse 64 caractères</translation>
    </message>
    <message>
        <source>a control character in the quoted part before the @</source>
        <translation>un caractère de contrôle dans la partie entre guillemets avant le @</translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot</source>
        <translation>la partie avant le @ commence ou se termine par un point</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>deux points consécutifs</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not allowed before the @</source>
        <translation>le caractère &quot;%1&quot; n’est pas autorisé avant le @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>rien après le @</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>une adresse IP au lieu d’un domaine</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot</source>
        <translation>le domaine &quot;%1&quot; ne contient aucun point</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has an empty part</source>
        <translation>le domaine &quot;%1&quot; contient une partie vide</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>une partie du domaine commence ou se termine par un trait d’union</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>le domaine &quot;%1&quot; n’est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>le domaine dépasse 253 caractères</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>une partie du domaine dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation>le domaine &quot;%1&quot; contient &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; ends in a number</source>
        <translation>le domaine &quot;%1&quot; se termine par un nombre</translation>
    </message>
    <message>
        <source>the email address is empty</source>
        <translation>l’adresse e-mail est vide</translation>
    </message>
    <message>
        <source>the email address is longer than 254 characters</source>
        <translation>l’adresse e-mail dépasse 254 caractères</translation>
    </message>
    <message>
        <source>the email address contains a space</source>
        <translation>l’adresse e-mail contient un espace</translation>
    </message>
    <message>
        <source>the email address has no @</source>
        <translation>l’adresse e-mail ne contient pas de @</translation>
    </message>
    <message>
        <source>the email address has more than one @</source>
        <translation>l’adresse e-mail contient plus d’un @</translation>
    </message>
</context>
<context>
    <name>herald::EspProfile</name>
    <message>
        <source>The status is empty; %1 uses: %2.</source>
        <translation>Le statut est vide&#xa0;; %1 utilise&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a status %2 uses; it uses: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut utilisé par %2&#xa0;; il utilise&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no for %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne signifie ni oui ni non pour %2.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date %2 writes; expected a date like %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format de %2&#xa0;; une date comme %3 était attendue.</translation>
    </message>
    <message>
        <source>This profile is not valid JSON: %1.</source>
        <translation>Ce profil n’est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A profile must be a JSON object.</source>
        <translation>Un profil doit être un objet JSON.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut Herald (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation>ne contient ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>must be 1; this Herald reads version 1 profiles</source>
        <translation>doit valoir 1&#xa0;; cette version de Herald lit les profils de version 1</translation>
    </message>
    <message>
        <source>must use only a-z, 0-9 and _</source>
        <translation>ne doit contenir que a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>“%1” is used by another export</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par un autre export</translation>
    </message>
    <message>
        <source>a column is either ignored or a custom field, not both</source>
        <translation>une colonne est soit ignorée, soit un champ personnalisé, pas les deux</translation>
    </message>
    <message>
        <source>an ignored or custom column has no field</source>
        <translation>une colonne ignorée ou personnalisée n’a pas de champ</translation>
    </message>
    <message>
        <source>“%1” is not a Herald field</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ Herald</translation>
    </message>
    <message>
        <source>the field decides the record; remove this key</source>
        <translation>le champ détermine le type d’enregistrement&#xa0;; supprimez cette clé</translation>
    </message>
    <message>
        <source>“%1” is already an alias of columns[%2]</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un alias de columns[%2]</translation>
    </message>
    <message>
        <source>only a JSON column (field &quot;custom_fields&quot;) has jsonKeys</source>
        <translation>seule une colonne JSON (champ &quot;custom_fields&quot;) a des jsonKeys</translation>
    </message>
    <message>
        <source>“%1” is not a Herald contact field</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de contact Herald</translation>
    </message>
    <message>
        <source>must list at least one word</source>
        <translation>doit contenir au moins un mot</translation>
    </message>
    <message>
        <source>means another status under a different spelling</source>
        <translation>désigne un autre statut sous une autre graphie</translation>
    </message>
    <message>
        <source>“%1” is both yes and no</source>
        <translation>«&#xa0;%1&#xa0;» signifie à la fois oui et non</translation>
    </message>
    <message>
        <source>“%1” is neither a Qt date format with a year (yyyy or yy) nor iso8601 or unix</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un format de date Qt avec une année (yyyy ou yy), ni iso8601, ni unix</translation>
    </message>
    <message>
        <source>no column writes {email}; an ESP cannot import contacts without it</source>
        <translation>aucune colonne n’écrit {email}&#xa0;; un ESP ne peut pas importer de contacts sans elle</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut Herald</translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation>«&#xa0;%1&#xa0;» est écrit deux fois</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown key (check its spelling)</source>
        <translation>clé inconnue (vérifiez l’orthographe)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a single character (or &quot;tab&quot;)</source>
        <translation>doit être un seul caractère (ou &quot;tab&quot;)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>herald::EspProfileRegistry</name>
    <message>
        <source>No built-in ESP profiles were found; Herald was built without its profile resources.</source>
        <translation>Aucun profil ESP intégré n’a été trouvé&#xa0;; Herald a été compilé sans ses ressources de profils.</translation>
    </message>
    <message>
        <source>Two built-in profiles use the id “%1”.</source>
        <translation>Deux profils intégrés utilisent l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The built-in generic profile is missing.</source>
        <translation>Le profil générique intégré est manquant.</translation>
    </message>
    <message>
        <source>Cannot read this profile: %1.</source>
        <translation>Impossible de lire ce profil&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>herald::EventType</name>
    <message>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation>Plainte pour spam</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Rebond temporaire</translation>
    </message>
</context>
<context>
    <name>herald::Export</name>
    <message>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>Aucun segment ne s’appelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>Aucune planification n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>The profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>Le profil indique un encodage inconnu, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 contacts are never in a send list; export them as a suppression list instead.</source>
        <translation>Les contacts au statut %1 ne figurent jamais dans une liste d’envoi&#xa0;; exportez-les plutôt comme liste d’exclusion.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; use one of: %2.</source>
        <translation>Profil &quot;%1&quot; inconnu&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Impossible de lire les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing the suppression list</source>
        <translation>Écriture de la liste d’exclusion</translation>
    </message>
</context>
<context>
    <name>herald::FirstStartPage</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Bienvenue dans Herald</translation>
    </message>
    <message>
        <source>Herald plans your email campaigns on this computer: it learns when each contact tends to open, groups your list into segments and previews every send, and your contacts never leave this machine.</source>
        <translation>Herald planifie vos campagnes e-mail sur cet ordinateur&#xa0;: il apprend quand chaque contact a tendance à ouvrir, répartit votre liste en segments et affiche un aperçu de chaque envoi, et vos contacts ne quittent jamais cette machine.</translation>
    </message>
    <message>
        <source>No workspace is open. How would you like to start?</source>
        <translation>Aucun espace de travail n’est ouvert. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>This workspace has no contacts yet. How would you like to start?</source>
        <translation>Cet espace de travail ne contient encore aucun contact. Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::HeraldField</name>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complément d’adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>UTC offset (hours)</source>
        <translation>Décalage UTC (heures)</translation>
    </message>
    <message>
        <source>Daylight saving offset (hours)</source>
        <translation>Décalage d’heure d’été (heures)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Statut d’abonnement</translation>
    </message>
    <message>
        <source>Opted out of email (yes/no)</source>
        <translation>Désabonné des e-mails (oui/non)</translation>
    </message>
    <message>
        <source>Hard bounced (yes/no)</source>
        <translation>Rebond permanent (oui/non)</translation>
    </message>
    <message>
        <source>Marked as spam (yes/no)</source>
        <translation>Signalé comme spam (oui/non)</translation>
    </message>
    <message>
        <source>Marketing consent (yes/no)</source>
        <translation>Consentement marketing (oui/non)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Champs personnalisés (JSON)</translation>
    </message>
    <message>
        <source>ID at the ESP</source>
        <translation>Identifiant chez l’ESP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Opt-in time</source>
        <translation>Date d’inscription</translation>
    </message>
    <message>
        <source>Opt-in IP address</source>
        <translation>Adresse IP d’inscription</translation>
    </message>
    <message>
        <source>Confirmation time</source>
        <translation>Date de confirmation</translation>
    </message>
    <message>
        <source>Confirmation IP address</source>
        <translation>Adresse IP de confirmation</translation>
    </message>
    <message>
        <source>Consent time</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Unsubscribe time</source>
        <translation>Date de désabonnement</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>Motif du désabonnement</translation>
    </message>
    <message>
        <source>Cleaned time</source>
        <translation>Date de nettoyage</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Audience or list</source>
        <translation>Audience ou liste</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Rebonds temporaires</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebonds permanents</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Ouvertures uniques</translation>
    </message>
    <message>
        <source>Total opens</source>
        <translation>Ouvertures totales</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d’ouverture</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Clics uniques</translation>
    </message>
    <message>
        <source>Total clicks</source>
        <translation>Clics totaux</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Plaintes pour spam</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Campaign ID at the ESP</source>
        <translation>Identifiant de la campagne chez l’ESP</translation>
    </message>
</context>
<context>
    <name>herald::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Lecture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Monthly activity</source>
        <translation>Activité mensuelle</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation>Statut du consentement</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>%1 can be emailed</source>
        <translation>%1 joignables par e-mail</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 envois</translation>
    </message>
    <message>
        <source>%1 opens, %2 clicks</source>
        <translation>%1 ouvertures, %2 clics</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>last event on %1</source>
        <translation>dernier événement le %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <source>import campaign activity to see it here</source>
        <translation>importez l’activité des campagnes pour la voir ici</translation>
    </message>
    <message>
        <source>The workspace summary could not be read.
%1</source>
        <translation>Impossible de lire le résumé de l’espace de travail.
%1</translation>
    </message>
</context>
<context>
    <name>herald::Import</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import annulé&#xa0;; l’espace de travail n’a pas changé.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Indexation pour la recherche</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L’import a échoué et rien n’a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for column &quot;%2&quot;; use one of: %3, tags, ignore, custom, custom:NAME</source>
        <translation>champ &quot;%1&quot; inconnu pour la colonne &quot;%2&quot;&#xa0;; utilisez l’un de ceux-ci&#xa0;: %3, tags, ignore, custom, custom:NAME</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are %2</source>
        <translation>le fichier n’a pas de colonne &quot;%1&quot;&#xa0;; ses colonnes sont %2</translation>
    </message>
    <message>
        <source>Checking dates</source>
        <translation>Vérification des dates</translation>
    </message>
    <message>
        <source>the dates in this file are written both day-first and month-first; choose the order (--date-order dmy or mdy)</source>
        <translation>les dates de ce fichier sont écrites tantôt le jour en premier, tantôt le mois en premier&#xa0;; choisissez l’ordre (--date-order dmy ou mdy)</translation>
    </message>
    <message>
        <source>every date could be day/month or month/day (for example &quot;%1&quot;); choose the order (--date-order dmy or mdy)</source>
        <translation>chaque date peut se lire jour/mois ou mois/jour (par exemple &quot;%1&quot;)&#xa0;; choisissez l’ordre (--date-order dmy ou mdy)</translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>la première ligne contient des données, pas des noms de colonnes&#xa0;; Herald a besoin d’une ligne d’en-tête pour identifier chaque colonne</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>profil &quot;%1&quot; inconnu&#xa0;; utilisez auto ou l’un de ceux-ci&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder; choose a CSV or ZIP file.</source>
        <translation>Ceci est un dossier&#xa0;; choisissez un fichier CSV ou ZIP.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Impossible de lire le fichier&#xa0;: autorisation refusée.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive, so it has no member &quot;%1&quot;.</source>
        <translation>Ce n’est pas une archive ZIP, elle ne contient donc pas d’élément &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The archive holds no CSV file.</source>
        <translation>L’archive ne contient aucun fichier CSV.</translation>
    </message>
    <message>
        <source>The archive has no CSV member &quot;%1&quot;.</source>
        <translation>L’archive ne contient pas de fichier CSV &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::ImportLayout</name>
    <message>
        <source>The contact has no email address, so %1 cannot import it.</source>
        <translation>Le contact n’a pas d’adresse e-mail&#xa0;; %1 ne peut donc pas l’importer.</translation>
    </message>
    <message>
        <source>unbalanced braces in “%1”</source>
        <translation>accolades non appariées dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in “%2”</source>
        <translation>espace réservé {%1} inconnu dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Try the demo workspace</source>
        <translation>Essayer l’espace de travail de démo</translation>
    </message>
    <message>
        <source>A made-up shop with 5,000 contacts and a year of campaigns, opens and purchases, to explore everything safely.</source>
        <translation>Une boutique fictive avec 5&#xa0;000 contacts et une année de campagnes, d’ouvertures et d’achats, pour tout explorer sans risque.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Continue with a Herald workspace file you already have.</source>
        <translation>Continuer avec un fichier d’espace de travail Herald existant.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>À &amp;propos de Herald</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation>%1 — Herald</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
</context>
<context>
    <name>herald::NavigationView</name>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACE DE TRAVAIL</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
</context>
<context>
    <name>herald::NumberText</name>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
</context>
<context>
    <name>herald::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Used for contacts whose own time zone is not known, and for dates shown in this workspace.</source>
        <translation>Utilisé pour les contacts dont le fuseau horaire est inconnu et pour les dates affichées dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Open a workspace to set its time zone.</source>
        <translation>Ouvrez un espace de travail pour définir son fuseau horaire.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>How many processor threads training and predictions use.</source>
        <translation>Nombre de threads processeur utilisés pour l’entraînement et les prédictions.</translation>
    </message>
    <message>
        <source>Herald switches to the new language the next time it starts.</source>
        <translation>Herald passera à la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>The new thread count applies the next time Herald starts.</source>
        <translation>Le nouveau nombre de threads s’appliquera au prochain démarrage de Herald.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Herald knows. Pick one from the list, for example Europe/Berlin.</source>
        <translation>&quot;%1&quot; n’est pas un fuseau horaire connu de Herald. Choisissez-en un dans la liste, par exemple Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::StatusBreakdown</name>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) are never exported for sending.</source>
        <translation>%1 contacts exclus (désabonnés, nettoyés, non délivrables ou ayant signalé du spam) ne sont jamais exportés pour l’envoi.</translation>
    </message>
</context>
<context>
    <name>herald::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>herald::TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
</context>
<context>
    <name>herald::TimeZoneResolver</name>
    <message>
        <source>unknown country &apos;%1&apos;</source>
        <translation>pays &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>fuseau horaire &apos;%1&apos; inconnu</translation>
    </message>
    <message>
        <source>invalid UTC offset &apos;%1&apos;</source>
        <translation>décalage UTC &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <source>invalid daylight saving UTC offset &apos;%1&apos;</source>
        <translation>décalage UTC d’heure d’été &apos;%1&apos; non valide</translation>
    </message>
    <message>
        <source>no time zone keeps %1 with %2 during daylight saving time; assumed %3</source>
        <translation>aucun fuseau horaire n’utilise %1 avec %2 à l’heure d’été&#xa0;; %3 supposé</translation>
    </message>
    <message>
        <source>no time zone keeps %1; used a fixed offset without daylight saving time</source>
        <translation>aucun fuseau horaire n’utilise %1&#xa0;; décalage fixe sans heure d’été utilisé</translation>
    </message>
    <message>
        <source>no time zone is known for %1</source>
        <translation>aucun fuseau horaire connu pour %1</translation>
    </message>
    <message>
        <source>%1 spans several time zones; assumed %2</source>
        <translation>%1 couvre plusieurs fuseaux horaires&#xa0;; %2 supposé</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a US ZIP code</source>
        <translation>&apos;%1&apos; lu comme un code ZIP américain</translation>
    </message>
    <message>
        <source>no time zone is known for ZIP code &apos;%1&apos;</source>
        <translation>aucun fuseau horaire connu pour le code ZIP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US ZIP code</source>
        <translation>&apos;%1&apos; n’est pas un code ZIP américain</translation>
    </message>
    <message>
        <source>the province of postal code &apos;%1&apos; spans several time zones; assumed %2</source>
        <translation>la province du code postal &apos;%1&apos; couvre plusieurs fuseaux horaires&#xa0;; %2 supposé</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a Canadian postal code</source>
        <translation>&apos;%1&apos; lu comme un code postal canadien</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Canadian postal code</source>
        <translation>&apos;%1&apos; n’est pas un code postal canadien</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; in %2</source>
        <translation>région &apos;%1&apos; inconnue pour %2</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as %2, %3</source>
        <translation>&apos;%1&apos; lu comme %2, %3</translation>
    </message>
</context>
<context>
    <name>herald::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Aucun fichier d’espace de travail n’a été indiqué.</translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation>Le fichier d’espace de travail n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Ceci est un dossier, pas un fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: permission denied.</source>
        <translation>Impossible de lire le fichier d’espace de travail&#xa0;: autorisation refusée.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Herald needs to write to its workspace; copy it somewhere writable or change its permissions.</source>
        <translation>Le fichier d’espace de travail est en lecture seule. Herald doit pouvoir écrire dans son espace de travail&#xa0;; copiez-le dans un emplacement accessible en écriture ou modifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation>Impossible de lire le fichier d’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file is not a Herald workspace (it is not an SQLite database).</source>
        <translation>Ce fichier n’est pas un espace de travail Herald (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>This SQLite database is not a Herald workspace.</source>
        <translation>Cette base de données SQLite n’est pas un espace de travail Herald.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Herald (schema %1; this version reads up to schema %2). Update Herald to open it.</source>
        <translation>Cet espace de travail a été écrit par une version plus récente de Herald (schéma %1&#xa0;; cette version lit jusqu’au schéma %2). Mettez Herald à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup.</source>
        <translation>Le fichier d’espace de travail est endommagé (%1). Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging (journal mode is %1). Is it on a network drive?</source>
        <translation>Impossible de passer l’espace de travail en journalisation anticipée (mode de journal actuel&#xa0;: %1). Se trouve-t-il sur un lecteur réseau&#xa0;?</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>Cette version de SQLite n’applique pas les clés étrangères.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or not a database (%1). Restore it from a backup.</source>
        <translation>Le fichier d’espace de travail est endommagé ou n’est pas une base de données (%1). Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace file is read-only (%1).</source>
        <translation>Le fichier d’espace de travail est en lecture seule (%1).</translation>
    </message>
    <message>
        <source>The workspace is locked by another program (%1).</source>
        <translation>L’espace de travail est verrouillé par un autre programme (%1).</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Impossible d’ouvrir l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>Impossible de lire le résumé de l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose a new name for the backup.</source>
        <translation>Un fichier de ce nom existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>A workspace cannot be backed up onto itself.</source>
        <translation>Un espace de travail ne peut pas être sauvegardé sur lui-même.</translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation>Impossible de créer le fichier de sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Impossible de démarrer la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copying the workspace</source>
        <translation>Copie de l’espace de travail</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Fuseau horaire inconnu.</translation>
    </message>
    <message>
        <source>Cannot save the time zone: %1</source>
        <translation>Impossible d’enregistrer le fuseau horaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceActions</name>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Espaces de travail Herald (*.herald);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Créer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Save a copy of the open workspace</source>
        <translation>Enregistrer une copie de l’espace de travail ouvert</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Workspace Damaged</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <source>Herald closed %1 because it is damaged.</source>
        <translation>Herald a fermé %1, car le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Herald keeps %1 open.</source>
        <translation>Herald garde %1 ouvert.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Herald cannot open %1.</source>
        <translation>Herald ne peut pas ouvrir %1.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Choose a new name, or use Open Workspace to open it.</source>
        <translation>Choisissez un autre nom, ou utilisez Ouvrir un espace de travail pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 sauvegarde %2</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Sauvegarder l’espace de travail</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>The backup could not be saved.</source>
        <translation>Impossible d’enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Espace de travail de démo</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l’espace de travail de démo…</translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation>Impossible de créer l’espace de travail de démo.</translation>
    </message>
    <message>
        <source>Demo workspace ready: %1, %2 campaigns, %3 events</source>
        <translation>Espace de travail de démo prêt&#xa0;: %1, %2 campagnes, %3 événements</translation>
    </message>
</context>
<context>
    <name>herald::ZipArchive</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The ZIP file does not exist.</source>
        <translation>Le fichier ZIP n’existe pas.</translation>
    </message>
    <message>
        <source>The file is not a readable ZIP archive: %1</source>
        <translation>Le fichier n’est pas une archive ZIP lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ZIP archive has more than %1 entries; Herald does not read it.</source>
        <translation>L’archive ZIP contient plus de %1 entrées&#xa0;; Herald ne la lit pas.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged or not a ZIP archive: %1</source>
        <translation>L’archive ZIP est endommagée ou n’est pas une archive ZIP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive is damaged: %2</source>
        <translation>L’élément %1 de l’archive ZIP est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive inflates to more than %2 MiB; Herald stops reading it (it may be a &quot;zip bomb&quot;).</source>
        <translation>L’élément %1 de l’archive ZIP dépasse %2 Mio une fois décompressé&#xa0;; Herald arrête de le lire (il peut s’agir d’une &quot;bombe ZIP&quot;).</translation>
    </message>
    <message>
        <source>The ZIP archive has no file named %1.</source>
        <translation>L’archive ZIP ne contient aucun fichier nommé %1.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is password-protected; extract it first.</source>
        <translation>%1 dans l’archive ZIP est protégé par un mot de passe&#xa0;; extrayez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive would inflate to %2 MiB, more than the limit of %3 MiB.</source>
        <translation>%1 dans l’archive ZIP occuperait %2 Mio une fois décompressé, au-delà de la limite de %3 Mio.</translation>
    </message>
</context>
<context>
    <name>herald::cli</name>
    <message>
        <source>Usage: herald [--workspace PATH] [COMMAND] [OPTIONS]
Without a command, Herald opens its window.

Commands:
</source>
        <translation>Utilisation&#xa0;: herald [--workspace PATH] [COMMAND] [OPTIONS]
Sans commande, Herald ouvre sa fenêtre.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Common options:
  --workspace PATH  the workspace file (default: $HERALD_WORKSPACE, else %1)
  --json            print one JSON object on standard output
  --help, --version
</source>
        <translation>
Options communes&#xa0;:
  --workspace PATH  le fichier d’espace de travail (par défaut&#xa0;: $HERALD_WORKSPACE, sinon %1)
  --json            écrire un seul objet JSON sur la sortie standard
  --help, --version
</translation>
    </message>
    <message>
        <source>herald: unknown command &quot;%1&quot;.</source>
        <translation>herald&#xa0;: commande &quot;%1&quot; inconnue.</translation>
    </message>
    <message>
        <source>herald: %1</source>
        <translation>herald&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>herald: unexpected argument &quot;%1&quot;.</source>
        <translation>herald&#xa0;: argument &quot;%1&quot; inattendu.</translation>
    </message>
    <message>
        <source>which file? herald import contacts FILE</source>
        <translation>quel fichier&#xa0;? herald import contacts FILE</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding accepte auto, utf-8, utf-16, utf-16le, utf-16be ou windows-1252, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter accepte auto, &quot;,&quot;, &quot;;&quot;, tab ou &quot;|&quot;, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation>--map accepte COLUMN=FIELD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, overwrite or skip, not &quot;%1&quot;.</source>
        <translation>--on-duplicate accepte merge, overwrite ou skip, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timezone: %1</source>
        <translation>--timezone&#xa0;: %1</translation>
    </message>
    <message>
        <source>--date-order takes dmy, mdy or auto, not &quot;%1&quot;.</source>
        <translation>--date-order accepte dmy, mdy ou auto, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--default-status takes subscribed, pending or non_subscribed.</source>
        <translation>--default-status accepte subscribed, pending ou non_subscribed.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, %5 delimited</source>
        <translation>%1&#xa0;: %2 (%3), %4, séparateur %5</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>format générique</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)</source>
        <translation>Lignes lues %1&#xa0;: %2 nouvelles, %3 mises à jour, %4 doublons, %5 rejetées (%6 s)</translation>
    </message>
    <message>
        <source>%1 contacts stayed opted out although the file lists them as subscribed.</source>
        <translation>%1 contacts restent désabonnés bien que le fichier les indique comme abonnés.</translation>
    </message>
    <message>
        <source>  rejected %1</source>
        <translation>  rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows (herald import list and herald import rejects ID show them all)</source>
        <translation>  … et %1 autres lignes rejetées (herald import list et herald import rejects ID les affichent toutes)</translation>
    </message>
    <message>
        <source>--profile is required: which ESP will import the file?</source>
        <translation>--profile est obligatoire&#xa0;: quel ESP importera le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE est obligatoire.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>statut &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>--delimiter accepte &quot;,&quot;, &quot;;&quot;, tab ou &quot;|&quot;.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>--encoding accepte utf-8, utf-16le, utf-16be ou windows-1252.</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>%1 contacts écrits dans %2.</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>%1 contacts exclus (désabonnés, nettoyés, non délivrables ou ayant signalé du spam) ont été laissés de côté.</translation>
    </message>
    <message>
        <source>#%1  %2  %3 %4 (%5): %6 read, %7 new, %8 updated, %9 duplicates, %10 rejected</source>
        <translation>#%1  %2  %3 %4 (%5)&#xa0;: %6 lues, %7 nouvelles, %8 mises à jour, %9 doublons, %10 rejetées</translation>
    </message>
    <message>
        <source>which import? herald import rejects ID (herald import list shows the ids)</source>
        <translation>quel import&#xa0;? herald import rejects ID (herald import list affiche les identifiants)</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>ligne %1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rejected rows to %2.</source>
        <translation>%1 lignes rejetées écrites dans %2.</translation>
    </message>
    <message>
        <source>Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept.</source>
        <translation>Importer des contacts depuis un export d’ESP (CSV ou ZIP)&#xa0;: encodage, séparateur et ESP détectés, consentement préservé.</translation>
    </message>
    <message>
        <source>List every import with its file, SHA-256 and counts.</source>
        <translation>Lister chaque import avec son fichier, son SHA-256 et ses décomptes.</translation>
    </message>
    <message>
        <source>Show the rows an import rejected, with line, column and reason (--out writes a CSV).</source>
        <translation>Afficher les lignes rejetées par un import, avec ligne, colonne et motif (--out écrit un CSV).</translation>
    </message>
    <message>
        <source>Write contacts in an ESP&apos;s import layout. Suppressed contacts are never in a send list; --suppression-list writes them on their own.</source>
        <translation>Écrire les contacts au format d’import d’un ESP. Les contacts exclus ne figurent jamais dans une liste d’envoi&#xa0;; --suppression-list les écrit à part.</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Workspace:      %1 (schema %2)</source>
        <translation>Espace de travail&#xa0;: %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contacts&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Campaigns:      %1</source>
        <translation>Campagnes&#xa0;:         %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Événements&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Fuseau horaire&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Qt:             %1</source>
        <translation>Qt&#xa0;:                %1</translation>
    </message>
    <message>
        <source>libtorch:       %1, %2 threads</source>
        <translation>libtorch&#xa0;:          %1, %2 threads</translation>
    </message>
    <message>
        <source>BLAS:           %1 (%2)</source>
        <translation>BLAS&#xa0;:              %1 (%2)</translation>
    </message>
    <message>
        <source>herald: warning: %1</source>
        <translation>herald&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until accepte une date au format YYYY-MM-DD, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 campaigns and %3 events in %4 s into %5.</source>
        <translation>%1 contacts, %2 campagnes et %3 événements générés en %4 s dans %5.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>statut &quot;%1&quot; inconnu&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use.</source>
        <translation>Afficher l’espace de travail, ses décomptes et les versions de Herald, de libtorch et de la BLAS utilisée.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with a realistic, generated small business (deterministic for a seed).</source>
        <translation>Remplir un espace de travail vide avec une petite entreprise générée et réaliste (déterministe pour une graine donnée).</translation>
    </message>
    <message>
        <source>Count the contacts, optionally with one consent status.</source>
        <translation>Compter les contacts, éventuellement pour un seul statut de consentement.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 accepte un nombre entier de %2 à %3, pas &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>herald: error: %1</source>
        <translation>herald&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &quot;herald --help&quot; for usage.</source>
        <translation>Lancez &quot;herald --help&quot; pour l’aide.</translation>
    </message>
</context>
<context>
    <name>herald::ml::Runtime</name>
    <message>
        <source>The slow reference BLAS is in use; model training will be 10-20 times slower. Install libopenblas0-openmp.</source>
        <translation>La BLAS de référence, lente, est utilisée&#xa0;; l’entraînement des modèles sera 10 à 20 fois plus lent. Installez libopenblas0-openmp.</translation>
    </message>
</context>
</TS>
