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
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
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
    <name>herald::ActivityRefresh</name>
    <message>
        <source>Reading campaign activity</source>
        <translation>Lecture de l’activité des campagnes</translation>
    </message>
    <message>
        <source>Scoring engagement</source>
        <translation>Calcul de l’engagement</translation>
    </message>
    <message>
        <source>Cannot update contact activity: %1</source>
        <translation>Impossible de mettre à jour l’activité des contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating contact activity was cancelled.</source>
        <translation>La mise à jour de l’activité des contacts a été annulée.</translation>
    </message>
    <message>
        <source>Not enough memory to update contact activity.</source>
        <translation>Mémoire insuffisante pour mettre à jour l’activité des contacts.</translation>
    </message>
</context>
<context>
    <name>herald::ActivityText</name>
    <message>
        <source>sends</source>
        <translation>envois</translation>
    </message>
    <message>
        <source>opens</source>
        <translation>ouvertures</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rebonds</translation>
    </message>
    <message>
        <source>unsubscribes</source>
        <translation>désabonnements</translation>
    </message>
    <message>
        <source>spam complaints</source>
        <translation>plaintes pour spam</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>soft bounces</source>
        <translation>rebonds temporaires</translation>
    </message>
    <message>
        <source>1 send</source>
        <translation>1 envoi</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 envois</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 ouverture</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1 ouvertures</translation>
    </message>
    <message>
        <source>1 click</source>
        <translation>1 clic</translation>
    </message>
    <message>
        <source>%1 clicks</source>
        <translation>%1 clics</translation>
    </message>
    <message>
        <source>1 bounce</source>
        <translation>1 rebond</translation>
    </message>
    <message>
        <source>%1 bounces</source>
        <translation>%1 rebonds</translation>
    </message>
    <message>
        <source>1 unsubscribe</source>
        <translation>1 désabonnement</translation>
    </message>
    <message>
        <source>%1 unsubscribes</source>
        <translation>%1 désabonnements</translation>
    </message>
    <message>
        <source>1 spam complaint</source>
        <translation>1 plainte pour spam</translation>
    </message>
    <message>
        <source>%1 spam complaints</source>
        <translation>%1 plaintes pour spam</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 achat</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 achats</translation>
    </message>
    <message>
        <source>1 soft bounce</source>
        <translation>1 rebond temporaire</translation>
    </message>
    <message>
        <source>%1 soft bounces</source>
        <translation>%1 rebonds temporaires</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>rapport de campagne</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>A campaign report: one row per campaign, with its send time and results</source>
        <translation>Un rapport de campagne&#xa0;: une ligne par campagne, avec sa date d’envoi et ses résultats</translation>
    </message>
    <message>
        <source>Shop orders, one row per product; the lines of an order are added up into one purchase</source>
        <translation>Commandes d’une boutique, une ligne par produit&#xa0;; les lignes d’une commande sont regroupées en un seul achat</translation>
    </message>
    <message>
        <source>%1, one row each</source>
        <translation>%1, une ligne par événement</translation>
    </message>
    <message>
        <source>%1 of the campaign “%2”, one row each</source>
        <translation>%1 de la campagne «&#xa0;%2&#xa0;», une ligne par événement</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which event each row is</source>
        <translation>Activité de plusieurs types&#xa0;; une colonne indique de quel événement il s’agit pour chaque ligne</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which (first rows: %1)</source>
        <translation>Activité de plusieurs types&#xa0;; une colonne indique lequel (premières lignes&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetail</name>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Sélectionnez une campagne pour voir ses résultats.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Taux d’ouverture</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Opens and clicks by hour since send</source>
        <translation>Ouvertures et clics par heure depuis l’envoi</translation>
    </message>
    <message>
        <source>Machine opens are mail clients, privacy proxies (such as Apple Mail’s) and security scanners fetching the message, mostly minutes after delivery. Open rates count people only.</source>
        <translation>Les ouvertures automatiques proviennent de clients de messagerie, de proxys de confidentialité (comme celui d’Apple Mail) et de scanners de sécurité qui récupèrent le message, le plus souvent quelques minutes après la remise. Les taux d’ouverture ne comptent que les personnes.</translation>
    </message>
    <message>
        <source>No subject line recorded</source>
        <translation>Aucun objet enregistré</translation>
    </message>
    <message>
        <source> · sent %1 to %2 recipients</source>
        <translation> · envoyée le %1 à %2 destinataires</translation>
    </message>
    <message>
        <source> · sent time unknown, %1 recipients</source>
        <translation> · date d’envoi inconnue, %1 destinataires</translation>
    </message>
    <message>
        <source>of %1 recipients</source>
        <translation>sur %1 destinataires</translation>
    </message>
    <message>
        <source>%1 people, %2 machine opens</source>
        <translation>%1 personnes, %2 ouvertures automatiques</translation>
    </message>
    <message>
        <source>%1 people, %2 click-to-open</source>
        <translation>%1 personnes, %2 de clics/ouvertures</translation>
    </message>
    <message>
        <source>%1 of delivered, %2 complaints</source>
        <translation>%1 des délivrés, %2 plaintes</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft</source>
        <translation>%1 permanents, %2 temporaires</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 achat</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 achats</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s activity…</source>
        <translation>Lecture de l’activité de la campagne…</translation>
    </message>
    <message>
        <source>The campaign&apos;s activity could not be read.
%1</source>
        <translation>Impossible de lire l’activité de la campagne.
%1</translation>
    </message>
    <message>
        <source>No opens or clicks were recorded in the %1 hours after this campaign was sent.</source>
        <translation>Aucune ouverture ni aucun clic n’a été enregistré dans les %1 heures suivant l’envoi de cette campagne.</translation>
    </message>
    <message>
        <source>This campaign has no sent time and no send events, so its opens and clicks cannot be placed in hours since send.</source>
        <translation>Cette campagne n’a ni date d’envoi ni événement d’envoi&#xa0;; ses ouvertures et ses clics ne peuvent donc pas être situés en heures depuis l’envoi.</translation>
    </message>
    <message>
        <source>In the first %1 hours: %2 opens by people, %3 machine opens, %4 clicks</source>
        <translation>Dans les %1 premières heures&#xa0;: %2 ouvertures par des personnes, %3 ouvertures automatiques, %4 clics</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStats</name>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Impossible de lire les campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The window must be at least one hour long.</source>
        <translation>La fenêtre doit couvrir au moins une heure.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Aucune campagne n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s activity: %1</source>
        <translation>Impossible de lire l’activité de la campagne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsModel</name>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Objet&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 delivered opened it</source>
        <translation>%1 sur %2 délivrés l’ont ouverte</translation>
    </message>
    <message>
        <source>%1 opens made by mail clients or scanners, not by people</source>
        <translation>%1 ouvertures effectuées par des clients de messagerie ou des scanners, pas par des personnes</translation>
    </message>
    <message>
        <source>%1 of %2 delivered clicked</source>
        <translation>%1 sur %2 délivrés ont cliqué</translation>
    </message>
    <message>
        <source>%1 clicked, of %2 who opened or clicked</source>
        <translation>%1 ont cliqué, sur %2 qui ont ouvert ou cliqué</translation>
    </message>
    <message>
        <source>%1 of delivered; %2 spam complaints</source>
        <translation>%1 des délivrés&#xa0;; %2 plaintes pour spam</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft (%3 of recipients)</source>
        <translation>%1 permanents, %2 temporaires (%3 des destinataires)</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 achat</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 achats</translation>
    </message>
    <message>
        <source>When the campaign was sent, in the workspace&apos;s time zone (%1)</source>
        <translation>Date d’envoi de la campagne, dans le fuseau horaire de l’espace de travail (%1)</translation>
    </message>
    <message>
        <source>Recipients minus hard and soft bounces</source>
        <translation>Destinataires moins les rebonds permanents et temporaires</translation>
    </message>
    <message>
        <source>People who opened, as a share of delivered. Machine opens are left out: mail clients such as Apple Mail fetch every message whether or not anyone reads it.</source>
        <translation>Personnes ayant ouvert, en part des e-mails délivrés. Les ouvertures automatiques sont exclues&#xa0;: des clients de messagerie comme Apple Mail récupèrent chaque message, qu’il soit lu ou non.</translation>
    </message>
    <message>
        <source>Opens made by mail clients, privacy proxies or security scanners rather than people</source>
        <translation>Ouvertures effectuées par des clients de messagerie, des proxys de confidentialité ou des scanners de sécurité plutôt que par des personnes</translation>
    </message>
    <message>
        <source>People who clicked, as a share of delivered</source>
        <translation>Personnes ayant cliqué, en part des e-mails délivrés</translation>
    </message>
    <message>
        <source>People who clicked, as a share of the people who opened or clicked</source>
        <translation>Personnes ayant cliqué, en part des personnes ayant ouvert ou cliqué</translation>
    </message>
    <message>
        <source>People who unsubscribed from this campaign</source>
        <translation>Personnes qui se sont désabonnées à la suite de cette campagne</translation>
    </message>
    <message>
        <source>Hard and soft bounces</source>
        <translation>Rebonds permanents et temporaires</translation>
    </message>
    <message>
        <source>Revenue from purchases attributed to the campaign, in your shop&apos;s currency</source>
        <translation>Chiffre d’affaires des achats attribués à la campagne, dans la devise de votre boutique</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
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
        <source>Open
rate</source>
        <translation>Taux
d’ouverture</translation>
    </message>
    <message>
        <source>Machine
opens</source>
        <translation>Ouvertures
auto</translation>
    </message>
    <message>
        <source>Click
rate</source>
        <translation>Taux
de clics</translation>
    </message>
    <message>
        <source>Click-to-
open</source>
        <translation>Clics/
ouvertures</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Filter by name or subject</source>
        <translation>Filtrer par nom ou objet</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Lecture des campagnes…</translation>
    </message>
    <message>
        <source>The campaigns could not be read.
%1</source>
        <translation>Impossible de lire les campagnes.
%1</translation>
    </message>
    <message>
        <source>No campaign’s name or subject contains “%1”.</source>
        <translation>Aucune campagne ne contient «&#xa0;%1&#xa0;» dans son nom ou son objet.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aucune campagne pour l’instant</translation>
    </message>
    <message>
        <source>Import campaign activity: the campaign reports and the opens, clicks, bounces and unsubscribes your email service exports. Each campaign then appears here with its open and click rates, revenue and how its opens arrived hour by hour.</source>
        <translation>Importez l’activité des campagnes&#xa0;: les rapports de campagne ainsi que les ouvertures, clics, rebonds et désabonnements exportés par votre service d’e-mailing. Chaque campagne apparaît alors ici avec ses taux d’ouverture et de clics, son chiffre d’affaires et l’arrivée de ses ouvertures heure par heure.</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Sélectionnez une campagne pour voir ses résultats.</translation>
    </message>
    <message>
        <source>1 campaign · times in %1</source>
        <translation>1 campagne · fuseau %1</translation>
    </message>
    <message>
        <source>%1 campaigns · times in %2</source>
        <translation>%1 campagnes · fuseau %2</translation>
    </message>
    <message>
        <source>%1 of %2 campaigns</source>
        <translation>%1 sur %2 campagnes</translation>
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
    <name>herald::ContactDetail</name>
    <message>
        <source>A timeline page must hold at least one event.</source>
        <translation>Une page de l’historique doit contenir au moins un événement.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Aucun contact n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the contact: %1</source>
        <translation>Impossible de lire le contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the contact&apos;s activity: %1</source>
        <translation>Impossible de lire l’activité du contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no contact with the address %1.</source>
        <translation>Aucun contact n’a l’adresse %1.</translation>
    </message>
    <message>
        <source>Cannot look the contact up: %1</source>
        <translation>Impossible de rechercher le contact&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactDetailDialog</name>
    <message>
        <source>Reading the contact…</source>
        <translation>Lecture du contact…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Fichier d’import</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>When they open and click</source>
        <translation>Quand ce contact ouvre et clique</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>This contact could not be read.
%1</source>
        <translation>Impossible de lire ce contact.
%1</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Contact</translation>
    </message>
    <message>
        <source>Suppressed: never included in a send export</source>
        <translation>Exclu&#xa0;: jamais inclus dans un export d’envoi</translation>
    </message>
    <message>
        <source>Contact since %1</source>
        <translation>Contact depuis le %1</translation>
    </message>
    <message>
        <source>%1 · last active %2</source>
        <translation>%1 · dernière activité le %2</translation>
    </message>
    <message>
        <source>%1 · no open, click or purchase yet</source>
        <translation>%1 · aucune ouverture, aucun clic ni achat pour l’instant</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the contact&apos;s own time zone.</source>
        <translation>Ouvertures par des personnes et clics, par heure de la semaine dans le fuseau %1, celui du contact.</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the workspace&apos;s time zone: this contact has none of its own.</source>
        <translation>Ouvertures par des personnes et clics, par heure de la semaine dans le fuseau %1, celui de l’espace de travail&#xa0;: ce contact n’a pas de fuseau propre.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune activité pour l’instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Busiest hours&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Heures les plus actives&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>Activité (%1)</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Consentement (%1)</translation>
    </message>
    <message>
        <source>Newest first. Times are in %1.</source>
        <translation>Du plus récent au plus ancien. Heures dans le fuseau %1.</translation>
    </message>
    <message>
        <source>No sends, opens, clicks or purchases recorded yet.</source>
        <translation>Aucun envoi, aucune ouverture, aucun clic ni achat enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>Aucune modification du consentement enregistrée.</translation>
    </message>
    <message>
        <source>Every change to this contact&apos;s consent, newest first. Times are in %1.</source>
        <translation>Chaque modification du consentement de ce contact, de la plus récente à la plus ancienne. Heures dans le fuseau %1.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>campaigns sent</source>
        <translation>campagnes envoyées</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>by people; %1 more by machines</source>
        <translation>par des personnes&#xa0;; %1 autres par des machines</translation>
    </message>
    <message>
        <source>by people</source>
        <translation>par des personnes</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>in %1 campaigns</source>
        <translation>dans %1 campagnes</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 de chiffre d’affaires</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d’ouverture</translation>
    </message>
    <message>
        <source>%1 campaigns opened</source>
        <translation>%1 campagnes ouvertes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>None; the workspace&apos;s is used</source>
        <translation>Aucun&#xa0;; celui de l’espace de travail est utilisé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucun tag</translation>
    </message>
</context>
<context>
    <name>herald::ContactFacets</name>
    <message>
        <source>Cannot read the contact filters: %1</source>
        <translation>Impossible de lire les filtres de contacts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactFilterBar</name>
    <message>
        <source>Search name, email or company</source>
        <translation>Rechercher un nom, un e-mail ou une entreprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
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
        <source>No time zone</source>
        <translation>Aucun fuseau horaire</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
    <name>herald::ContactQuery</name>
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
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>A page must hold at least one contact.</source>
        <translation>Une page doit contenir au moins un contact.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Impossible de lire les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Impossible de compter les contacts&#xa0;: %1</translation>
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
    <message>
        <source>No open, click or purchase yet</source>
        <translation>Aucune ouverture, aucun clic ni achat pour l’instant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Click to sort by: %1</source>
        <translation>Cliquez pour trier par&#xa0;: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted; filter by it instead</source>
        <translation>Cette colonne ne peut pas être triée&#xa0;; filtrez plutôt selon elle</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
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
    <message>
        <source>Counting contacts…</source>
        <translation>Décompte des contacts…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>The filter choices could not be read.</source>
        <translation>Impossible de lire les choix de filtres.</translation>
    </message>
    <message>
        <source>Counting matching contacts…</source>
        <translation>Décompte des contacts correspondants…</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>Correspondances&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of 1 contact</source>
        <translation>%1 sur 1 contact</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 sur %2 contacts</translation>
    </message>
    <message>
        <source>No contacts match “%1” with these filters</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;» avec ces filtres</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No contacts match these filters</source>
        <translation>Aucun contact ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Search finds words that start with what you type, in names, email addresses and company names.</source>
        <translation>La recherche trouve les mots qui commencent par ce que vous tapez, dans les noms, les adresses e-mail et les noms d’entreprise.</translation>
    </message>
    <message>
        <source>Filters combine: a contact has to match each of them. Remove one or clear them all.</source>
        <translation>Les filtres se combinent&#xa0;: un contact doit correspondre à chacun d’eux. Retirez-en un ou effacez-les tous.</translation>
    </message>
    <message>
        <source>Import contacts from your email service to see them here.</source>
        <translation>Importez les contacts de votre service d’e-mailing pour les voir ici.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
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
    <name>herald::Database</name>
    <message>
        <source>the workspace file is damaged (%1); restore it from a backup</source>
        <translation>le fichier d’espace de travail est endommagé (%1)&#xa0;; restaurez-le à partir d’une sauvegarde</translation>
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
    <message>
        <source>Indexing contacts for search</source>
        <translation>Indexation des contacts pour la recherche</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Synthèse de l’activité</translation>
    </message>
</context>
<context>
    <name>herald::DetectionStep</name>
    <message>
        <source>First rows as read</source>
        <translation>Premières lignes telles que lues</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Fins de ligne</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Check what Herald found out about the file</source>
        <translation>Vérifiez ce que Herald a détecté dans le fichier</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald ne peut pas lire ce fichier</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Ce fichier ne peut pas être importé en l’état</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter. Otherwise fix the file at that line in a spreadsheet or text editor.</source>
        <translation>%1

Si des lettres s’affichent mal, choisissez un autre encodage du texte&#xa0;; si les colonnes se mélangent, choisissez un autre séparateur. Sinon, corrigez le fichier à cette ligne dans un tableur ou un éditeur de texte.</translation>
    </message>
    <message>
        <source>The first of %1 files in %2. Herald recognises each one on its own when importing.</source>
        <translation>Le premier des %1 fichiers de %2. Herald reconnaît chacun d’eux séparément lors de l’import.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your choice (the columns match %1)</source>
        <translation>Votre choix (correspondance des colonnes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (votre choix)</translation>
    </message>
    <message>
        <source>Yes (it decides the encoding)</source>
        <translation>Oui (il détermine l’encodage)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Column names only: this file has no contacts to import</source>
        <translation>Noms de colonnes uniquement&#xa0;: ce fichier ne contient aucun contact à importer</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 ligne, le fichier entier</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 lignes, le fichier entier</translation>
    </message>
    <message>
        <source>%1 rows read as a sample; the rest is read when importing</source>
        <translation>%1 lignes lues comme échantillon&#xa0;; le reste est lu lors de l’import</translation>
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
    <name>herald::EngagementLevel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>En décrochage</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Highly engaged</source>
        <translation>Très engagé</translation>
    </message>
</context>
<context>
    <name>herald::EngagementTrendChart</name>
    <message>
        <source>Open rate (people)</source>
        <translation>Taux d’ouverture (personnes)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d’ouverture</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Campaigns sent: %2&lt;br&gt;Delivered: %3&lt;br&gt;Open rate: %4 (%5 people)&lt;br&gt;Click rate: %6 (%7 people)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Campagnes envoyées&#xa0;: %2&lt;br&gt;E-mails délivrés&#xa0;: %3&lt;br&gt;Taux d’ouverture&#xa0;: %4 (%5 personnes)&lt;br&gt;Taux de clics&#xa0;: %6 (%7 personnes)</translation>
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
    <message>
        <source>The event type is empty; %1 uses: %2.</source>
        <translation>Le type d’événement est vide&#xa0;; %1 utilise&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an event type %2 uses; it uses: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’événement utilisé par %2&#xa0;; il utilise&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a Herald event (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un événement Herald (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</translation>
    </message>
    <message>
        <source>only an export with record &quot;events&quot; has an event or campaignFrom</source>
        <translation>seul un export dont record vaut &quot;events&quot; a un event ou un campaignFrom</translation>
    </message>
    <message>
        <source>means another event under a different spelling</source>
        <translation>désigne un autre événement sous une autre graphie</translation>
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
    <name>herald::EventDetectionStep</name>
    <message>
        <source>First rows as Herald reads them</source>
        <translation>Premières lignes telles que Herald les lit</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Check what Herald found out about the activity file</source>
        <translation>Vérifiez ce que Herald a détecté dans le fichier d’activité</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald ne peut pas lire ce fichier</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Ce fichier ne peut pas être importé en l’état</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter.</source>
        <translation>%1

Si des lettres s’affichent mal, choisissez un autre encodage du texte&#xa0;; si les colonnes se mélangent, choisissez un autre séparateur.</translation>
    </message>
    <message>
        <source>Read this way, the file is not campaign activity</source>
        <translation>Lu de cette façon, ce fichier ne contient pas d’activité de campagne</translation>
    </message>
    <message>
        <source>The first of %1 activity files in %2; Herald reads each one on its own when importing.</source>
        <translation>Le premier des %1 fichiers d’activité de %2&#xa0;; Herald lit chacun d’eux séparément lors de l’import.</translation>
    </message>
    <message>
        <source>1 other file in the archive is not activity and is left out: %1.</source>
        <translation>1 autre fichier de l’archive ne contient pas d’activité et est laissé de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 other files in the archive are not activity and are left out.</source>
        <translation>%1 autres fichiers de l’archive ne contiennent pas d’activité et sont laissés de côté.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (votre choix)</translation>
    </message>
    <message>
        <source>Column names only: this file has no activity to import</source>
        <translation>Noms de colonnes uniquement&#xa0;: ce fichier ne contient aucune activité à importer</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 ligne, le fichier entier</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 lignes, le fichier entier</translation>
    </message>
    <message>
        <source>About %1 rows (estimated from the file&apos;s size of %2)</source>
        <translation>Environ %1 lignes (estimation d’après la taille du fichier, %2)</translation>
    </message>
    <message>
        <source>Some dates are written day first, others month first: you choose in the next step.</source>
        <translation>Certaines dates commencent par le jour, d’autres par le mois&#xa0;: vous choisirez à l’étape suivante.</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be day or month first: you choose in the next step.</source>
        <translation>Des dates comme «&#xa0;%1&#xa0;» peuvent commencer par le jour ou par le mois&#xa0;: vous choisirez à l’étape suivante.</translation>
    </message>
    <message>
        <source>Day first (your choice)</source>
        <translation>Jour en premier (votre choix)</translation>
    </message>
    <message>
        <source>Month first (your choice)</source>
        <translation>Mois en premier (votre choix)</translation>
    </message>
    <message>
        <source>Day first, as the file&apos;s dates show</source>
        <translation>Jour en premier, comme le montrent les dates du fichier</translation>
    </message>
    <message>
        <source>Month first, as the file&apos;s dates show</source>
        <translation>Mois en premier, comme le montrent les dates du fichier</translation>
    </message>
    <message>
        <source>Unambiguous</source>
        <translation>Sans ambiguïté</translation>
    </message>
    <message>
        <source>1 row shown</source>
        <translation>1 ligne affichée</translation>
    </message>
    <message>
        <source>%1 rows shown</source>
        <translation>%1 lignes affichées</translation>
    </message>
    <message>
        <source>; 1 would be rejected</source>
        <translation>, 1 serait rejetée</translation>
    </message>
    <message>
        <source>; %1 would be rejected</source>
        <translation>, %1 seraient rejetées</translation>
    </message>
    <message>
        <source>; 1 waits for the date order</source>
        <translation>, 1 attend l’ordre des dates</translation>
    </message>
    <message>
        <source>; %1 wait for the date order</source>
        <translation>, %1 attendent l’ordre des dates</translation>
    </message>
    <message>
        <source>. Hover over a marked cell to see why.</source>
        <translation>. Survolez une cellule marquée pour savoir pourquoi.</translation>
    </message>
</context>
<context>
    <name>herald::EventImport</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import annulé&#xa0;; l’espace de travail n’a pas changé.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>The archive holds no activity file or campaign report Herald can read.</source>
        <translation>L’archive ne contient aucun fichier d’activité ni rapport de campagne que Herald sait lire.</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Indexation des événements</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Synthèse de l’activité</translation>
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
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>la première ligne contient des données, pas des noms de colonnes&#xa0;; Herald a besoin d’une ligne d’en-tête pour identifier chaque colonne</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>profil &quot;%1&quot; inconnu&#xa0;; utilisez auto ou l’un de ceux-ci&#xa0;: %2</translation>
    </message>
    <message>
        <source>this is not an activity file or campaign report Herald can read: %1</source>
        <translation>ce n’est pas un fichier d’activité ni un rapport de campagne que Herald sait lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>no column holds the time of the event (a column such as &quot;timestamp&quot;, &quot;date&quot; or &quot;time&quot;)</source>
        <translation>aucune colonne ne contient l’heure de l’événement (une colonne comme &quot;timestamp&quot;, &quot;date&quot; ou &quot;time&quot;)</translation>
    </message>
    <message>
        <source>no column holds the contact&apos;s email address or a customer id</source>
        <translation>aucune colonne ne contient l’adresse e-mail du contact ni un identifiant client</translation>
    </message>
    <message>
        <source>no column says which event each row is (a column such as &quot;event&quot; or &quot;type&quot;), and the file&apos;s name does not say either (for example opens.csv or clicks.csv)</source>
        <translation>aucune colonne n’indique de quel événement il s’agit pour chaque ligne (une colonne comme &quot;event&quot; ou &quot;type&quot;), et le nom du fichier ne l’indique pas non plus (par exemple opens.csv ou clicks.csv)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>la ligne a %1 champs mais l’en-tête en a %2&#xa0;; manque-t-il un guillemet ou un séparateur&#xa0;?</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>adresse e-mail &quot;%1&quot; non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; left out</source>
        <translation>&quot;%1&quot; n’est pas un nombre&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <source>the row does not say which event it is</source>
        <translation>la ligne n’indique pas de quel événement il s’agit</translation>
    </message>
    <message>
        <source>no customer id: a guest order cannot be tied to a contact</source>
        <translation>aucun identifiant client&#xa0;: une commande passée en invité ne peut pas être rattachée à un contact</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>aucun identifiant client</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>aucune adresse e-mail</translation>
    </message>
    <message>
        <source>no event time</source>
        <translation>aucune date d’événement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; kept as text</source>
        <translation>&quot;%1&quot; n’est pas un nombre&#xa0;; conservé comme texte</translation>
    </message>
    <message>
        <source>the row names no campaign (no name and no id)</source>
        <translation>la ligne ne désigne aucune campagne (ni nom ni identifiant)</translation>
    </message>
    <message>
        <source>%1 is not a contact in this workspace (--unknown-contacts create would add it as not subscribed)</source>
        <translation>%1 n’est pas un contact de cet espace de travail (--unknown-contacts create l’ajouterait comme non abonné)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>herald::EventOptionsStep</name>
    <message>
        <source>Times without a time zone</source>
        <translation>Dates sans fuseau horaire</translation>
    </message>
    <message>
        <source>The time of each event, written without an offset such as “+02:00”, is read in this zone. Herald stores it in UTC and shows it in each contact&apos;s zone.</source>
        <translation>L’heure de chaque événement, écrite sans décalage comme «&#xa0;+02:00&#xa0;», est lue dans ce fuseau. Herald l’enregistre en UTC et l’affiche dans le fuseau de chaque contact.</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>Jour ou mois en premier&#xa0;?</translation>
    </message>
    <message>
        <source>As in most of Europe, Latin America and Asia.</source>
        <translation>Comme dans la plupart des pays d’Europe, d’Amérique latine et d’Asie.</translation>
    </message>
    <message>
        <source>As in the United States.</source>
        <translation>Comme aux États-Unis.</translation>
    </message>
    <message>
        <source>Addresses Herald does not know yet</source>
        <translation>Adresses que Herald ne connaît pas encore</translation>
    </message>
    <message>
        <source>Add them as not subscribed</source>
        <translation>Les ajouter comme non abonnés</translation>
    </message>
    <message>
        <source>Their activity is kept, and they get no marketing until they opt in. The consent ledger notes that this import added them.</source>
        <translation>Leur activité est conservée, et ils ne reçoivent aucun marketing tant qu’ils n’y ont pas consenti. Le registre des consentements indique que cet import les a ajoutés.</translation>
    </message>
    <message>
        <source>Reject their rows</source>
        <translation>Rejeter leurs lignes</translation>
    </message>
    <message>
        <source>Only contacts already in the workspace get activity; the other rows are listed as rejected, to export and check.</source>
        <translation>Seuls les contacts déjà présents dans l’espace de travail reçoivent l’activité&#xa0;; les autres lignes sont listées comme rejetées, pour être exportées et vérifiées.</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Commandes annulées</translation>
    </message>
    <message>
        <source>Keep them with negative revenue</source>
        <translation>Les conserver avec un chiffre d’affaires négatif</translation>
    </message>
    <message>
        <source>A cancellation nets out its order, so each customer&apos;s revenue is what they really spent.</source>
        <translation>Une annulation compense sa commande&#xa0;: le chiffre d’affaires de chaque client correspond donc à ce qu’il a réellement dépensé.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Cancellations are counted as skipped rows; the orders they cancel stay as they are.</source>
        <translation>Les annulations sont comptées comme lignes ignorées&#xa0;; les commandes qu’elles annulent restent inchangées.</translation>
    </message>
    <message>
        <source>Opens made by machines</source>
        <translation>Ouvertures effectuées par des machines</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An open within</source>
        <translation>Une ouverture dans les</translation>
    </message>
    <message>
        <source>of its send is a machine&apos;s, not a person&apos;s</source>
        <translation>suivant son envoi est le fait d’une machine, pas d’une personne</translation>
    </message>
    <message>
        <source>Apple Mail Privacy Protection, image proxies and security scanners open mail seconds after it arrives. Herald flags those opens so that send-time models learn from people. Opens that a proxy&apos;s user agent gives away are flagged whatever this says.</source>
        <translation>Apple Mail Privacy Protection, les proxys d’images et les scanners de sécurité ouvrent les e-mails quelques secondes après leur arrivée. Herald signale ces ouvertures pour que les modèles d’heure d’envoi apprennent des personnes. Les ouvertures que trahit l’agent utilisateur d’un proxy sont signalées quel que soit ce réglage.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Decide how the activity is added</source>
        <translation>Choisissez comment l’activité est ajoutée</translation>
    </message>
    <message>
        <source>The file writes some dates day first and others month first. Herald reads each such date the way it fits; choose the order for dates that could be read either way.</source>
        <translation>Le fichier écrit certaines dates avec le jour en premier et d’autres avec le mois en premier. Herald lit chacune de ces dates de la façon qui convient&#xa0;; choisissez l’ordre pour les dates qui peuvent se lire dans les deux sens.</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Jour en premier</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Mois en premier</translation>
    </message>
    <message>
        <source>Dates such as “%1” (line %2) could mean either. Herald reads every date of the file the same way.</source>
        <translation>Des dates comme «&#xa0;%1&#xa0;» (ligne %2) peuvent se lire dans les deux sens. Herald lit toutes les dates du fichier de la même façon.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Jour en premier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mois en premier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The times in the first rows carry their own offset, so this choice does not change them.</source>
        <translation>Les heures des premières lignes comportent leur propre décalage&#xa0;; ce choix ne les modifie donc pas.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 in %3, the workspace&apos;s zone.</source>
        <translation>«&#xa0;%1&#xa0;» dans le fichier est lu comme %2 dans le fuseau %3, celui de l’espace de travail.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 %3, which is %4 in the workspace&apos;s zone (%5).</source>
        <translation>«&#xa0;%1&#xa0;» dans le fichier est lu comme %2 %3, soit %4 dans le fuseau de l’espace de travail (%5).</translation>
    </message>
</context>
<context>
    <name>herald::EventPreviewModel</name>
    <message>
        <source>Skipped: %1 does not count this as an event</source>
        <translation>Ignorée&#xa0;: %1 ne considère pas cette ligne comme un événement</translation>
    </message>
    <message>
        <source>A shop customer known only by id: Herald gives them this address, which no mail can reach, so their orders still count.</source>
        <translation>Un client de la boutique connu uniquement par son identifiant&#xa0;: Herald lui attribue cette adresse, qu’aucun e-mail ne peut atteindre, pour que ses commandes comptent quand même.</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>chiffre d’affaires %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>machine open</source>
        <translation>ouverture automatique</translation>
    </message>
    <message>
        <source>Part of a cancelled order</source>
        <translation>Fait partie d’une commande annulée</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 destinataire</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 destinataires</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 d’ouverture</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>%1 de clics</translation>
    </message>
    <message>
        <source>Day or month first? Herald reads this date once you choose in the next step</source>
        <translation>Jour ou mois en premier&#xa0;? Herald lira cette date une fois votre choix fait à l’étape suivante</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejetée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Date (%1)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>herald::EventSummaryStep</name>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Événements importés</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Contacts créés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Ouvertures automatiques</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Nouveaux événements</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Your campaign activity is in</source>
        <translation>Votre activité de campagne est importée</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>dans 1 fichier</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>dans %1 fichiers</translation>
    </message>
    <message>
        <source>a report holds campaigns</source>
        <translation>un rapport contient des campagnes</translation>
    </message>
    <message>
        <source>added to timelines</source>
        <translation>ajoutés aux historiques</translation>
    </message>
    <message>
        <source>imported before; not added twice</source>
        <translation>déjà importés&#xa0;; pas ajoutés en double</translation>
    </message>
    <message>
        <source>added as not subscribed</source>
        <translation>ajoutés comme non abonnés</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>toutes les lignes étaient utilisables</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>listées ci-dessous</translation>
    </message>
    <message>
        <source>1 new event</source>
        <translation>1 nouvel événement</translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation>%1 nouveaux événements</translation>
    </message>
    <message>
        <source>%1 already present</source>
        <translation>%1 déjà présents</translation>
    </message>
    <message>
        <source>1 order line added to its order</source>
        <translation>1 ligne de commande ajoutée à sa commande</translation>
    </message>
    <message>
        <source>%1 order lines added to their orders</source>
        <translation>%1 lignes de commande ajoutées à leurs commandes</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorées</translation>
    </message>
    <message>
        <source>1 campaign row</source>
        <translation>1 ligne de campagne</translation>
    </message>
    <message>
        <source>%1 campaign rows</source>
        <translation>%1 lignes de campagne</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejetées</translation>
    </message>
    <message>
        <source>%1 read = %2, %3</source>
        <translation>%1 = %2, %3</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 new, %2 updated with the file&apos;s subject, send time or results</source>
        <translation>%1 nouvelles, %2 mises à jour avec l’objet, la date d’envoi ou les résultats du fichier</translation>
    </message>
    <message>
        <source>None: every open looks like a person&apos;s</source>
        <translation>Aucune&#xa0;: chaque ouverture semble provenir d’une personne</translation>
    </message>
    <message>
        <source>1 open flagged as made by a machine (a privacy proxy or scanner)</source>
        <translation>1 ouverture signalée comme effectuée par une machine (un proxy de confidentialité ou un scanner)</translation>
    </message>
    <message>
        <source>%1 opens flagged as made by machines (privacy proxies, scanners)</source>
        <translation>%1 ouvertures signalées comme effectuées par des machines (proxys de confidentialité, scanners)</translation>
    </message>
    <message>
        <source>1 order line added up into its order</source>
        <translation>1 ligne de commande regroupée dans sa commande</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders</source>
        <translation>%1 lignes de commande regroupées dans leurs commandes</translation>
    </message>
    <message>
        <source>1 cancelled order left out</source>
        <translation>1 commande annulée laissée de côté</translation>
    </message>
    <message>
        <source>%1 cancelled orders left out</source>
        <translation>%1 commandes annulées laissées de côté</translation>
    </message>
    <message>
        <source>1 cancelled order kept with negative revenue</source>
        <translation>1 commande annulée conservée avec un chiffre d’affaires négatif</translation>
    </message>
    <message>
        <source>%1 cancelled orders kept with negative revenue</source>
        <translation>%1 commandes annulées conservées avec un chiffre d’affaires négatif</translation>
    </message>
    <message>
        <source>1 new contact is a shop customer known only by id, given an address no mail can reach</source>
        <translation>1 nouveau contact est un client de la boutique connu uniquement par son identifiant, doté d’une adresse qu’aucun e-mail ne peut atteindre</translation>
    </message>
    <message>
        <source>%1 new contacts are shop customers known only by id, given addresses no mail can reach</source>
        <translation>%1 nouveaux contacts sont des clients de la boutique connus uniquement par leur identifiant, dotés d’adresses qu’aucun e-mail ne peut atteindre</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (la ligne a tout de même été importée), par ex. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new events, %5 already present, %6 rejected</source>
        <translation>%1 (%2)&#xa0;: %3, %4 nouveaux événements, %5 déjà présents, %6 rejetées</translation>
    </message>
    <message>
        <source>%1: left out, %2</source>
        <translation>%1&#xa0;: laissé de côté, %2</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>1 subscribed contact unsubscribed, complained or hard-bounced in this file and is no longer emailed (see their consent history)</source>
        <translation>1 contact abonné s’est désabonné, a signalé un spam ou a rebondi définitivement dans ce fichier et ne reçoit plus d’e-mails (voir son historique de consentement)</translation>
    </message>
    <message>
        <source>%1 subscribed contacts unsubscribed, complained or hard-bounced in this file and are no longer emailed (see their consent history)</source>
        <translation>%1 contacts abonnés se sont désabonnés, ont signalé un spam ou ont rebondi définitivement dans ce fichier et ne reçoivent plus d’e-mails (voir leur historique de consentement)</translation>
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
    <message>
        <source>Cannot read the segments: %1</source>
        <translation>Impossible de lire les segments&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::ExportActions</name>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exporter des contacts…</translation>
    </message>
    <message>
        <source>Write contacts in an email service&apos;s import layout, or a suppression list</source>
        <translation>Écrire les contacts au format d’import d’un service d’e-mailing, ou une liste d’exclusion</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 contacts exportés dans %2</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>%1 contacts exclus (désabonnés, nettoyés, non délivrables ou ayant signalé du spam) ont été laissés de côté.</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>%1 contacts écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>herald::ExportDialog</name>
    <message>
        <source>A send list for an email service</source>
        <translation>Une liste d’envoi pour un service d’e-mailing</translation>
    </message>
    <message>
        <source>A suppression list (contacts who must not be emailed)</source>
        <translation>Une liste d’exclusion (contacts qui ne doivent pas recevoir d’e-mails)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark</source>
        <translation>Commencer le fichier par un indicateur d’ordre des octets</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>This workspace has no segments yet.</source>
        <translation>Cet espace de travail ne contient encore aucun segment.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisissez où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <source>Email service:</source>
        <translation>Service d’e-mailing&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone who must not be emailed</source>
        <translation>Tous ceux qui ne doivent pas recevoir d’e-mails</translation>
    </message>
    <message>
        <source>Everyone who may be emailed</source>
        <translation>Tous ceux qui peuvent recevoir des e-mails</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>As %1 expects (%2)</source>
        <translation>Comme l’attend %1 (%2)</translation>
    </message>
    <message>
        <source>Columns: email, reason, since. Most services accept such a list as a suppression or blocklist import.</source>
        <translation>Colonnes&#xa0;: email, reason, since. La plupart des services acceptent une telle liste comme import de liste d’exclusion ou de blocage.</translation>
    </message>
    <message>
        <source>Comma (the usual)</source>
        <translation>Virgule (le plus courant)</translation>
    </message>
    <message>
        <source>suppression-list-%1.csv</source>
        <translation>liste-exclusion-%1.csv</translation>
    </message>
    <message>
        <source>%1-contacts-%2.csv</source>
        <translation>%1-contacts-%2.csv</translation>
    </message>
    <message>
        <source>Counting the contacts…</source>
        <translation>Décompte des contacts…</translation>
    </message>
    <message>
        <source>No contact matches these choices: there is nothing to export.</source>
        <translation>Aucun contact ne correspond à ces choix&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Contacts in the file: %1.</source>
        <translation>Contacts dans le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Suppressed contacts left out: %1 (unsubscribed, cleaned, bounced or complained; they must not be emailed).</source>
        <translation>Contacts exclus laissés de côté&#xa0;: %1 (désabonnés, nettoyés, non délivrables ou ayant signalé du spam&#xa0;; ils ne doivent pas recevoir d’e-mails).</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to save to.</source>
        <translation>%1 est un dossier. Choisissez un nom de fichier pour l’enregistrement.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The contacts could not be exported.</source>
        <translation>Impossible d’exporter les contacts.</translation>
    </message>
</context>
<context>
    <name>herald::FileStep</name>
    <message>
        <source>Drop your export file here</source>
        <translation>Déposez votre fichier d’export ici</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Files in this archive</source>
        <translation>Fichiers de cette archive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose the file your email service exported</source>
        <translation>Choisissez le fichier exporté par votre service d’e-mailing</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>%1 · changed %2
%3</source>
        <translation>%1 · modifié le %2
%3</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Check at least one file to import.</source>
        <translation>Cochez au moins un fichier à importer.</translation>
    </message>
    <message>
        <source>%1 of %2 CSV files will be imported, in one go: if anything fails, none of them is. Herald recognises each file on its own, so a list of unsubscribed members keeps them unsubscribed.</source>
        <translation>%1 fichiers CSV sur %2 seront importés en une seule fois&#xa0;: si l’un échoue, aucun ne l’est. Herald reconnaît chaque fichier séparément&#xa0;; une liste de membres désabonnés les garde donc désabonnés.</translation>
    </message>
    <message>
        <source>Import as Contacts Instead</source>
        <translation>Importer plutôt comme contacts</translation>
    </message>
    <message>
        <source>Choose the activity file your email service or shop exported</source>
        <translation>Choisissez le fichier d’activité exporté par votre service d’e-mailing ou votre boutique</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importer l’activité des campagnes</translation>
    </message>
    <message>
        <source>Opens, clicks, sends, bounces or shop orders, one row each; a campaign report; or a whole Mailchimp account export as a ZIP. From Mailchimp, Klaviyo, listmonk, a shop or a spreadsheet.</source>
        <translation>Ouvertures, clics, envois, rebonds ou commandes d’une boutique, une ligne par événement&#xa0;; un rapport de campagne&#xa0;; ou l’export complet d’un compte Mailchimp au format ZIP. Depuis Mailchimp, Klaviyo, listmonk, une boutique ou un tableur.</translation>
    </message>
    <message>
        <source>A CSV, TSV or text file, or a ZIP archive of them, as exported by Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic or a spreadsheet. Campaign activity (opens, clicks, orders) is recognised too.</source>
        <translation>Un fichier CSV, TSV ou texte, ou une archive ZIP de tels fichiers, tel qu’exporté par Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic ou un tableur. L’activité des campagnes (ouvertures, clics, commandes) est également reconnue.</translation>
    </message>
    <message>
        <source>Check at least one activity file: the checked files hold no opens, clicks, orders or campaign report.</source>
        <translation>Cochez au moins un fichier d’activité&#xa0;: les fichiers cochés ne contiennent ni ouvertures, ni clics, ni commandes, ni rapport de campagne.</translation>
    </message>
    <message>
        <source>%1 of the checked files will be imported as activity, in one go: if anything fails, none of them is. Files that are not activity, such as a contact list, are left out.</source>
        <translation>%1 des fichiers cochés seront importés comme activité, en une seule fois&#xa0;: si l’un échoue, aucun ne l’est. Les fichiers qui ne contiennent pas d’activité, comme une liste de contacts, sont laissés de côté.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Campaign activity: %1</source>
        <translation>Activité de campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1.
Recognised as %2. Herald adds it to your contacts&apos; histories; the next steps show how it is read, and nothing is written before the last one.</source>
        <translation>%1.
Reconnu comme %2. Herald l’ajoute à l’historique de vos contacts&#xa0;; les étapes suivantes montrent comment il est lu, et rien n’est écrit avant la dernière.</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>format générique</translation>
    </message>
    <message>
        <source>1 file in the archive is not activity and will be left out.</source>
        <translation>1 fichier de l’archive ne contient pas d’activité et sera laissé de côté.</translation>
    </message>
    <message>
        <source>%1 files in the archive are not activity and will be left out.</source>
        <translation>%1 fichiers de l’archive ne contiennent pas d’activité et seront laissés de côté.</translation>
    </message>
    <message>
        <source>This is a contact list, not campaign activity</source>
        <translation>Ceci est une liste de contacts, pas de l’activité de campagne</translation>
    </message>
    <message>
        <source>The columns match %1. Campaign activity is a file of opens, clicks, sends, bounces or orders, one row each, or a campaign report. Choose another file, or import this one as contacts.</source>
        <translation>Les colonnes correspondent à %1. L’activité de campagne est un fichier d’ouvertures, de clics, d’envois, de rebonds ou de commandes, une ligne par événement, ou un rapport de campagne. Choisissez un autre fichier, ou importez celui-ci comme contacts.</translation>
    </message>
    <message>
        <source>a contact list</source>
        <translation>une liste de contacts</translation>
    </message>
    <message>
        <source>Herald cannot import this file as campaign activity</source>
        <translation>Herald ne peut pas importer ce fichier comme activité de campagne</translation>
    </message>
    <message>
        <source>%1

Choose the file your email service or shop exported with the opens, clicks, sends or orders, or its campaign report.</source>
        <translation>%1

Choisissez le fichier exporté par votre service d’e-mailing ou votre boutique avec les ouvertures, clics, envois ou commandes, ou son rapport de campagne.</translation>
    </message>
    <message>
        <source>A contact list</source>
        <translation>Une liste de contacts</translation>
    </message>
    <message>
        <source>The columns match %1. Herald imports it as contacts; the next steps show how it reads them.</source>
        <translation>Les colonnes correspondent à %1. Herald l’importe comme contacts&#xa0;; les étapes suivantes montrent comment il les lit.</translation>
    </message>
</context>
<context>
    <name>herald::FileZoneCombo</name>
    <message>
        <source>Automatic: UTC, as %1 writes its exports</source>
        <translation>Automatique&#xa0;: UTC, comme %1 écrit ses exports</translation>
    </message>
    <message>
        <source>Automatic: the workspace&apos;s zone, %1</source>
        <translation>Automatique&#xa0;: le fuseau de l’espace de travail, %1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Herald knows; choose one from the list, e.g. Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu de Herald&#xa0;; choisissez-en un dans la liste, par ex. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::FilterPopup</name>
    <message>
        <source>Nothing matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>No values in this workspace</source>
        <translation>Aucune valeur dans cet espace de travail</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
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
    <name>herald::GrowthChart</name>
    <message>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonnés</translation>
    </message>
    <message>
        <source>Cleaned or bounced</source>
        <translation>Nettoyés ou non délivrables</translation>
    </message>
    <message>
        <source>Subscribed at month end</source>
        <translation>Abonnés en fin de mois</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contacts par mois</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;New contacts: %2&lt;br&gt;Unsubscribed: %3&lt;br&gt;Cleaned or bounced: %4&lt;br&gt;Subscribed at month end: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nouveaux contacts&#xa0;: %2&lt;br&gt;Désabonnés&#xa0;: %3&lt;br&gt;Nettoyés ou non délivrables&#xa0;: %4&lt;br&gt;Abonnés en fin de mois&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>herald::HeatmapWidget</name>
    <message>
        <source>1 open or click</source>
        <translation>1 ouverture ou clic</translation>
    </message>
    <message>
        <source>%1 opens and clicks</source>
        <translation>%1 ouvertures et clics</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More (up to %1 in an hour)</source>
        <translation>Plus (jusqu’à %1 par heure)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
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
    <message>
        <source>Contact email address</source>
        <translation>Adresse e-mail du contact</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>Campaign send time</source>
        <translation>Date d’envoi de la campagne</translation>
    </message>
    <message>
        <source>Clicked link</source>
        <translation>Lien cliqué</translation>
    </message>
    <message>
        <source>Order or invoice number</source>
        <translation>Numéro de commande ou de facture</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>User agent or email client</source>
        <translation>Agent utilisateur ou client de messagerie</translation>
    </message>
    <message>
        <source>Machine or privacy-proxy open (yes/no)</source>
        <translation>Ouverture par une machine ou un proxy de confidentialité (oui/non)</translation>
    </message>
    <message>
        <source>Bounce type (hard or soft)</source>
        <translation>Type de rebond (permanent ou temporaire)</translation>
    </message>
    <message>
        <source>Country of the customer</source>
        <translation>Pays du client</translation>
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
    <message>
        <source>List growth</source>
        <translation>Croissance de la liste</translation>
    </message>
    <message>
        <source>Contacts added each month above the line, unsubscribes and cleaned or bounced addresses below it, and how many could be emailed at each month&apos;s end.</source>
        <translation>Contacts ajoutés chaque mois au-dessus de la ligne, désabonnements et adresses nettoyées ou non délivrables en dessous, et nombre de contacts joignables par e-mail à la fin de chaque mois.</translation>
    </message>
    <message>
        <source>Engagement over time</source>
        <translation>Engagement dans le temps</translation>
    </message>
    <message>
        <source>Rates of the campaigns sent each month, over delivered emails. Opens by mail clients and privacy proxies are left out.</source>
        <translation>Taux des campagnes envoyées chaque mois, rapportés aux e-mails délivrés. Les ouvertures par des clients de messagerie et des proxys de confidentialité sont exclues.</translation>
    </message>
    <message>
        <source>Reading the list&apos;s history…</source>
        <translation>Lecture de l’historique de la liste…</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Lecture des campagnes…</translation>
    </message>
    <message>
        <source>The trends could not be read.
%1</source>
        <translation>Impossible de lire les tendances.
%1</translation>
    </message>
    <message>
        <source>No contacts yet. Import your contacts to see how your list grows month by month.</source>
        <translation>Aucun contact pour l’instant. Importez vos contacts pour voir la croissance de votre liste mois par mois.</translation>
    </message>
    <message>
        <source>Since %1: %2 contacts added, %3 unsubscribed, %4 cleaned or bounced; %5 subscribed at the end of %6</source>
        <translation>Depuis %1&#xa0;: %2 contacts ajoutés, %3 désabonnés, %4 nettoyés ou non délivrables&#xa0;; %5 abonnés fin %6</translation>
    </message>
    <message>
        <source>No campaign results yet. Import campaign activity to see open and click rates month by month.</source>
        <translation>Aucun résultat de campagne pour l’instant. Importez l’activité des campagnes pour voir les taux d’ouverture et de clics mois par mois.</translation>
    </message>
    <message>
        <source>%1 campaigns since %2: %3 opened, %4 clicked</source>
        <translation>%1 campagnes depuis %2&#xa0;: %3 ont ouvert, %4 ont cliqué</translation>
    </message>
    <message>
        <source>No sends, opens or clicks yet. Import campaign activity to see them by month.</source>
        <translation>Aucun envoi, aucune ouverture ni aucun clic pour l’instant. Importez l’activité des campagnes pour les voir par mois.</translation>
    </message>
</context>
<context>
    <name>herald::HourlyEngagementChart</name>
    <message>
        <source>Opens by people</source>
        <translation>Ouvertures par des personnes</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Ouvertures automatiques</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Hours since send</source>
        <translation>Heures depuis l’envoi</translation>
    </message>
    <message>
        <source>Opens and clicks by people</source>
        <translation>Ouvertures et clics par des personnes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1–%2 hours after sending&lt;/b&gt;&lt;br&gt;Opens by people: %3&lt;br&gt;Machine opens: %4&lt;br&gt;Clicks: %5</source>
        <translation>&lt;b&gt;%1–%2 heures après l’envoi&lt;/b&gt;&lt;br&gt;Ouvertures par des personnes&#xa0;: %3&lt;br&gt;Ouvertures automatiques&#xa0;: %4&lt;br&gt;Clics&#xa0;: %5</translation>
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
    <message>
        <source>Indexing contacts</source>
        <translation>Indexation des contacts</translation>
    </message>
</context>
<context>
    <name>herald::ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import the contacts your email service exported</source>
        <translation>Importer les contacts exportés par votre service d’e-mailing</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 rejected</source>
        <translation>%1 importé&#xa0;: %2 nouveaux, %3 mis à jour, %4 rejetés</translation>
    </message>
    <message>
        <source>Import Campaign &amp;Activity…</source>
        <translation>Importer l’&amp;activité des campagnes…</translation>
    </message>
    <message>
        <source>Import opens, clicks, sends, bounces, orders or campaign reports from your email service or shop</source>
        <translation>Importer des ouvertures, clics, envois, rebonds, commandes ou rapports de campagne depuis votre service d’e-mailing ou votre boutique</translation>
    </message>
    <message>
        <source>ESP exports (*.csv *.tsv *.txt *.zip);;All files (*)</source>
        <translation>Exports d’ESP (*.csv *.tsv *.txt *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importer l’activité des campagnes</translation>
    </message>
    <message>
        <source>Everything is imported into the open workspace.</source>
        <translation>Tout est importé dans l’espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new events, %3 already present, %4 rejected</source>
        <translation>%1 importé&#xa0;: %2 nouveaux événements, %3 déjà présents, %4 rejetés</translation>
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
    <name>herald::ImportStep</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
</context>
<context>
    <name>herald::ImportText</name>
    <message>
        <source>from a time zone column</source>
        <translation>d’après une colonne de fuseau horaire</translation>
    </message>
    <message>
        <source>from the ESP&apos;s time zone</source>
        <translation>d’après le fuseau horaire de l’ESP</translation>
    </message>
    <message>
        <source>from a UTC offset</source>
        <translation>d’après un décalage UTC</translation>
    </message>
    <message>
        <source>from the postal code</source>
        <translation>d’après le code postal</translation>
    </message>
    <message>
        <source>from the state or region</source>
        <translation>d’après l’État ou la région</translation>
    </message>
    <message>
        <source>from the country</source>
        <translation>d’après le pays</translation>
    </message>
    <message>
        <source>workspace time zone</source>
        <translation>fuseau horaire de l’espace de travail</translation>
    </message>
    <message>
        <source>zone column</source>
        <translation>colonne de fuseau</translation>
    </message>
    <message>
        <source>ESP</source>
        <translation>ESP</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>décalage UTC</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Élevée (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Moyenne (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Faible (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>%1
(%2, %3)</source>
        <translation>%1
(%2, %3)</translation>
    </message>
    <message>
        <source>Herald is building the search and sort indexes in the background (see the status bar). Searching and sorting work meanwhile, only slower.</source>
        <translation>Herald crée les index de recherche et de tri en arrière-plan (voir la barre d’état). La recherche et le tri fonctionnent déjà, simplement plus lentement.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
</context>
<context>
    <name>herald::ImportWizard</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Importing your campaign activity</source>
        <translation>Import de votre activité de campagne</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importer l’activité des campagnes</translation>
    </message>
    <message>
        <source>Import campaign activity</source>
        <translation>Importer l’activité des campagnes</translation>
    </message>
</context>
<context>
    <name>herald::ImportsModel</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>herald::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Exporter les rejets…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aucun import pour l’instant</translation>
    </message>
    <message>
        <source>Every file you import is listed here with what became of its rows, so you can always see where a contact came from and which rows were left out.</source>
        <translation>Chaque fichier importé est listé ici avec le devenir de ses lignes&#xa0;: vous voyez toujours d’où vient un contact et quelles lignes ont été laissées de côté.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>Impossible d’exporter les lignes rejetées.</translation>
    </message>
    <message>
        <source>The list of imports could not be read.</source>
        <translation>Impossible de lire la liste des imports.</translation>
    </message>
    <message>
        <source>1 import, %1 rejected rows</source>
        <translation>1 import, %1 lignes rejetées</translation>
    </message>
    <message>
        <source>%1 imports, %2 rejected rows</source>
        <translation>%1 imports, %2 lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Lignes rejetées de %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Select an import to see its rejected rows.</source>
        <translation>Sélectionnez un import pour voir ses lignes rejetées.</translation>
    </message>
    <message>
        <source>Every row of this file was imported.</source>
        <translation>Toutes les lignes de ce fichier ont été importées.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Affichage des %1 premières sur %2&#xa0;; l’export les contient toutes.</translation>
    </message>
    <message>
        <source>Each row is kept with its line in the file and the reason it was left out.</source>
        <translation>Chaque ligne est conservée avec son numéro de ligne dans le fichier et le motif de son rejet.</translation>
    </message>
    <message>
        <source>Import Campaign Activity…</source>
        <translation>Importer l’activité des campagnes…</translation>
    </message>
</context>
<context>
    <name>herald::IndexMaintenance</name>
    <message>
        <source>Indexing was cancelled; it continues the next time the workspace opens.</source>
        <translation>L’indexation a été annulée&#xa0;; elle reprendra à la prochaine ouverture de l’espace de travail.</translation>
    </message>
    <message>
        <source>Cannot read which indexes are pending: %1</source>
        <translation>Impossible de lire les index en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Indexing contacts for search</source>
        <translation>Indexation des contacts pour la recherche</translation>
    </message>
    <message>
        <source>Building sort and look-up indexes (%1 of %2)</source>
        <translation>Création des index de tri et de recherche (%1 sur %2)</translation>
    </message>
    <message>
        <source>Cannot build the workspace&apos;s indexes: %1</source>
        <translation>Impossible de créer les index de l’espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>herald::IndexingStatus</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes the next time the workspace opens)</source>
        <translation>Arrêter l’indexation (elle reprendra à la prochaine ouverture de l’espace de travail)</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Arrêter l’indexation</translation>
    </message>
    <message>
        <source>A large import is searchable and sortable already; these indexes make searching and sorting fast.</source>
        <translation>Un import volumineux est déjà consultable et triable&#xa0;; ces index rendent la recherche et le tri rapides.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation>Indexation arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search and sort indexes are up to date.</source>
        <translation>Les index de recherche et de tri sont à jour.</translation>
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
    <message>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <source>Bring in the CSV or ZIP file your email service exported: Mailchimp, Klaviyo, HubSpot, Brevo and others are recognised. Or drop it here.</source>
        <translation>Importez le fichier CSV ou ZIP exporté par votre service d’e-mailing&#xa0;: Mailchimp, Klaviyo, HubSpot, Brevo et d’autres sont reconnus. Ou déposez-le ici.</translation>
    </message>
</context>
<context>
    <name>herald::MappingModel</name>
    <message>
        <source>%1 exports this column; Herald knows what it holds.</source>
        <translation>%1 exporte cette colonne&#xa0;; Herald sait ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Herald does not know this column: check where it should go.</source>
        <translation>Herald ne connaît pas cette colonne&#xa0;: vérifiez où elle doit aller.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
</context>
<context>
    <name>herald::MappingStep</name>
    <message>
        <source>Save Mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet</source>
        <translation>Impossible d’importer avec cette correspondance pour l’instant</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>Les premières lignes telles qu’elles seront importées</translation>
    </message>
    <message>
        <source>Which way round are the dates written?</source>
        <translation>Dans quel ordre les dates sont-elles écrites&#xa0;?</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Choose where each column goes</source>
        <translation>Choisissez la destination de chaque colonne</translation>
    </message>
    <message>
        <source>Each column goes to a Herald field; the preview below follows every change. Columns shown here are those of the first file: a column of the same name in the other files follows your choice, and Herald maps the rest.</source>
        <translation>Chaque colonne va dans un champ Herald&#xa0;; l’aperçu ci-dessous suit chaque modification. Les colonnes affichées ici sont celles du premier fichier&#xa0;: une colonne de même nom dans les autres fichiers suit votre choix, et Herald fait correspondre les autres.</translation>
    </message>
    <message>
        <source>Each column of the file goes to a Herald field. Check the ones Herald did not recognise; the preview below follows every change.</source>
        <translation>Chaque colonne du fichier va dans un champ Herald. Vérifiez celles que Herald n’a pas reconnues&#xa0;; l’aperçu ci-dessous suit chaque modification.</translation>
    </message>
    <message>
        <source>%1 rows, none rejected</source>
        <translation>%1 lignes, aucune rejetée</translation>
    </message>
    <message>
        <source>%1 rows, %2 will be rejected; hover a red cell to see why</source>
        <translation>%1 lignes, %2 seront rejetées&#xa0;; survolez une cellule rouge pour savoir pourquoi</translation>
    </message>
    <message>
        <source>Dates such as “%1” could mean either. Herald needs to know before importing, and will read every date of the file the same way.</source>
        <translation>Des dates comme «&#xa0;%1&#xa0;» peuvent se lire dans les deux sens. Herald doit le savoir avant l’import, et lira toutes les dates du fichier de la même façon.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Jour en premier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mois en premier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Apply a saved mapping…</source>
        <translation>Appliquer une correspondance enregistrée…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>Nom de cette correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>A mapping called “%1” already exists.</source>
        <translation>Une correspondance nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Replace it with this one?</source>
        <translation>La remplacer par celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>Impossible d’enregistrer la correspondance.</translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>The mapping could not be applied.</source>
        <translation>Impossible d’appliquer la correspondance.</translation>
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
    <name>herald::OptionsStep</name>
    <message>
        <source>Contacts already in the workspace</source>
        <translation>Contacts déjà présents dans l’espace de travail</translation>
    </message>
    <message>
        <source>Rows that say nothing about consent</source>
        <translation>Lignes sans information de consentement</translation>
    </message>
    <message>
        <source>Times without a time zone</source>
        <translation>Dates sans fuseau horaire</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Fill in only what Herald does not know yet; tags and custom fields are added.</source>
        <translation>Compléter uniquement ce que Herald ne sait pas encore&#xa0;; les tags et les champs personnalisés sont ajoutés.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones wherever the file has a value.</source>
        <translation>Les valeurs du fichier remplacent celles enregistrées partout où le fichier a une valeur.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Leave contacts Herald already has as they are; only new addresses are added.</source>
        <translation>Laisser tels quels les contacts que Herald connaît déjà&#xa0;; seules les nouvelles adresses sont ajoutées.</translation>
    </message>
    <message>
        <source>Whatever you choose, nobody who unsubscribed, bounced or complained is made subscribed again by an import.</source>
        <translation>Quel que soit votre choix, un import ne réabonne jamais une personne qui s’est désabonnée, dont l’adresse est non délivrable ou qui a signalé du spam.</translation>
    </message>
    <message>
        <source>They opted in to your emails, as on a list exported from your email service.</source>
        <translation>Ils ont accepté de recevoir vos e-mails, comme sur une liste exportée de votre service d’e-mailing.</translation>
    </message>
    <message>
        <source>Customers or leads who never opted in to marketing, e.g. from a shop&apos;s order export.</source>
        <translation>Clients ou prospects qui n’ont jamais consenti au marketing, par ex. issus de l’export des commandes d’une boutique.</translation>
    </message>
    <message>
        <source>They signed up but have not confirmed yet (double opt-in).</source>
        <translation>Ils se sont inscrits mais n’ont pas encore confirmé (double opt-in).</translation>
    </message>
    <message>
        <source>Rows whose file or status column says otherwise keep what it says, and a list of unsubscribed members stays unsubscribed.</source>
        <translation>Les lignes dont le fichier ou la colonne de statut indique autre chose conservent cette indication, et une liste de membres désabonnés reste désabonnée.</translation>
    </message>
    <message>
        <source>Signup and opt-in times written without an offset, such as “2024-03-01 09:00”, are read in this zone.</source>
        <translation>Les dates d’inscription et d’opt-in écrites sans décalage, comme «&#xa0;2024-03-01 09:00&#xa0;», sont lues dans ce fuseau.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Decide how the contacts are added</source>
        <translation>Choisissez comment les contacts sont ajoutés</translation>
    </message>
</context>
<context>
    <name>herald::PreviewModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rejetée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
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
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Zone from</source>
        <translation>Source du fuseau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>herald::RejectsExport</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing rejected rows</source>
        <translation>Écriture des lignes rejetées</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Impossible de lire les lignes rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 rejected rows</source>
        <translation>%1 lignes rejetées</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>1 rejected row</source>
        <translation>1 ligne rejetée</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>Export terminé&#xa0;: %1 dans %2</translation>
    </message>
</context>
<context>
    <name>herald::RejectsModel</name>
    <message>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
    <message>
        <source>%1

The row as read: %2</source>
        <translation>%1

La ligne telle que lue&#xa0;: %2</translation>
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
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>herald::RejectsSection</name>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Exporter les rejets…</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>Impossible d’exporter les lignes rejetées.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n’a été rejetée.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Affichage des %1 premières sur %2&#xa0;; l’export les contient toutes.</translation>
    </message>
</context>
<context>
    <name>herald::RunStep</name>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>The import runs in one go: until it has finished, nothing in the workspace changes, and a cancelled or failed import leaves it exactly as it was.</source>
        <translation>L’import s’effectue en une seule fois&#xa0;: tant qu’il n’est pas terminé, rien ne change dans l’espace de travail, et un import annulé ou échoué le laisse exactement tel qu’il était.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing your contacts</source>
        <translation>Import de vos contacts</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Annulation&#xa0;: suppression de ce qui a déjà été importé…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged</source>
        <translation>Import annulé&#xa0;; l’espace de travail n’a pas changé</translation>
    </message>
    <message>
        <source>Nothing from this file was added. Go back to change the settings, or close.</source>
        <translation>Rien n’a été ajouté depuis ce fichier. Revenez en arrière pour modifier les paramètres, ou fermez.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>L’import s’est arrêté.</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged</source>
        <translation>Rien n’a été importé&#xa0;; l’espace de travail n’a pas changé</translation>
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
    <name>herald::SummaryDetails</name>
    <message>
        <source>in under a second</source>
        <translation>en moins d’une seconde</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
</context>
<context>
    <name>herald::SummaryStep</name>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Consent kept</source>
        <translation>Consentement préservé</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Your contacts are in</source>
        <translation>Vos contacts sont importés</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>dans 1 fichier</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>dans %1 fichiers</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>completed or changed</source>
        <translation>complétés ou modifiés</translation>
    </message>
    <message>
        <source>nothing new in them</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>toutes les lignes étaient utilisables</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>listées ci-dessous</translation>
    </message>
    <message>
        <source>%1 read = %2 new + %3 updated + %4 + %5 rejected, %6</source>
        <translation>%1 = %2 nouvelles + %3 mises à jour + %4 + %5 rejetées, %6</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>1 doublon</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 doublons</translation>
    </message>
    <message>
        <source>Nobody in the file who had opted out was listed as subscribed.</source>
        <translation>Aucun contact désabonné n’était indiqué comme abonné dans le fichier.</translation>
    </message>
    <message>
        <source>1 contact who had opted out stays opted out, although the file lists them as subscribed.</source>
        <translation>1 contact désabonné reste désabonné, bien que le fichier l’indique comme abonné.</translation>
    </message>
    <message>
        <source>%1 contacts who had opted out stay opted out, although the file lists them as subscribed.</source>
        <translation>%1 contacts désabonnés restent désabonnés, bien que le fichier les indique comme abonnés.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No contact was added or changed.</source>
        <translation>Aucun contact n’a été ajouté ni modifié.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (la ligne a tout de même été importée), par ex. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new, %5 updated, %6, %7 rejected</source>
        <translation>%1 (%2)&#xa0;: %3, %4 nouvelles, %5 mises à jour, %6, %7 rejetées</translation>
    </message>
</context>
<context>
    <name>herald::TargetDelegate</name>
    <message>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>Nom du champ personnalisé pour la colonne «&#xa0;%1&#xa0;»&#xa0;:</translation>
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
    <name>herald::TimelineModel</name>
    <message>
        <source>Made by a mail client or a privacy scanner that loads every image, not by a person. Herald leaves it out of open rates and of the heatmap.</source>
        <translation>Effectuée par un client de messagerie ou un scanner de confidentialité qui charge toutes les images, pas par une personne. Herald l’exclut des taux d’ouverture et de la carte de chaleur.</translation>
    </message>
    <message>
        <source>%1 (machine)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
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
    <message>
        <source>The integrity check was cancelled.</source>
        <translation>La vérification d’intégrité a été annulée.</translation>
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
    <name>herald::WorkspaceTrends</name>
    <message>
        <source>Cannot read the workspace trends: %1</source>
        <translation>Impossible de lire les tendances de l’espace de travail&#xa0;: %1</translation>
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
    <message>
        <source>unknown engagement &quot;%1&quot;; use one of: %2.</source>
        <translation>engagement &quot;%1&quot; inconnu&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot;; use one of: %2.</source>
        <translation>tri &quot;%1&quot; inconnu&#xa0;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>ENGAGEMENT</source>
        <translation>ENGAGEMENT</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>Showing %1 of %2 contacts. Sorted by: %3.</source>
        <translation>%1 contacts affichés sur %2. Triés par&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Aucune campagne pour l’instant.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVOYÉE LE</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAGNE</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>DESTINATAIRES</translation>
    </message>
    <message>
        <source>OPEN RATE</source>
        <translation>TAUX D’OUVERTURE</translation>
    </message>
    <message>
        <source>CLICK RATE</source>
        <translation>TAUX DE CLICS</translation>
    </message>
    <message>
        <source>CLICK-TO-OPEN</source>
        <translation>CLICS/OUVERTURES</translation>
    </message>
    <message>
        <source>UNSUB RATE</source>
        <translation>TAUX DE DÉSABONNEMENT</translation>
    </message>
    <message>
        <source>MACHINE OPENS</source>
        <translation>OUVERTURES AUTO</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>CHIFFRE D’AFFAIRES</translation>
    </message>
    <message>
        <source>Open rates count people only: %1 opens made by mail clients or scanners are left out.</source>
        <translation>Les taux d’ouverture ne comptent que les personnes&#xa0;: %1 ouvertures effectuées par des clients de messagerie ou des scanners sont exclues.</translation>
    </message>
    <message>
        <source>List contacts: search names, emails and companies, filter by status, tag, country, time zone or engagement, sort by any column.</source>
        <translation>Lister les contacts&#xa0;: rechercher dans les noms, e-mails et entreprises, filtrer par statut, tag, pays, fuseau horaire ou engagement, trier selon n’importe quelle colonne.</translation>
    </message>
    <message>
        <source>Show one contact: fields, tags, consent history, activity and when it opens and clicks.</source>
        <translation>Afficher un contact&#xa0;: champs, tags, historique du consentement, activité et moments où il ouvre et clique.</translation>
    </message>
    <message>
        <source>List campaigns, newest first, with opens (people and machines), clicks, unsubscribes, bounces, revenue and rates.</source>
        <translation>Lister les campagnes, de la plus récente à la plus ancienne, avec ouvertures (personnes et machines), clics, désabonnements, rebonds, chiffre d’affaires et taux.</translation>
    </message>
    <message>
        <source>which file? herald import events FILE</source>
        <translation>quel fichier&#xa0;? herald import events FILE</translation>
    </message>
    <message>
        <source>--unknown-contacts takes create or reject, not &quot;%1&quot;.</source>
        <translation>--unknown-contacts accepte create ou reject, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cancelled-orders takes negative or skip, not &quot;%1&quot;.</source>
        <translation>--cancelled-orders accepte negative ou skip, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1&#xa0;: ignoré, %2</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new events, %3 already present, %4 rejected (%5 s)</source>
        <translation>Lignes lues %1&#xa0;: %2 nouveaux événements, %3 déjà présents, %4 rejetées (%5 s)</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders; %2 cancelled orders (%3).</source>
        <translation>%1 lignes de commande regroupées dans leurs commandes&#xa0;; %2 commandes annulées (%3).</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>kept as negative revenue</source>
        <translation>conservées en chiffre d’affaires négatif</translation>
    </message>
    <message>
        <source>%1 contacts added as not subscribed for addresses new to the workspace.</source>
        <translation>%1 contacts ajoutés comme non abonnés pour des adresses nouvelles dans l’espace de travail.</translation>
    </message>
    <message>
        <source>%1 of them are shop customers known only by id, with addresses such as customer-17850@%2 (.invalid is reserved: no mail can ever reach it).</source>
        <translation>%1 d’entre eux sont des clients de la boutique connus uniquement par leur identifiant, avec des adresses comme customer-17850@%2 (.invalid est réservé&#xa0;: aucun e-mail ne peut jamais y parvenir).</translation>
    </message>
    <message>
        <source>Campaigns: %1 new, %2 updated.</source>
        <translation>Campagnes&#xa0;: %1 nouvelles, %2 mises à jour.</translation>
    </message>
    <message>
        <source>%1 opens flagged as machine-made (privacy proxies, scanners).</source>
        <translation>%1 ouvertures signalées comme automatiques (proxys de confidentialité, scanners).</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … et %1 autres lignes rejetées</translation>
    </message>
    <message>
        <source>Import campaign activity (opens, clicks, sends, bounces, purchases) or campaign reports from an ESP or shop export; re-importing adds nothing twice.</source>
        <translation>Importer l’activité des campagnes (ouvertures, clics, envois, rebonds, achats) ou des rapports de campagne depuis un export d’ESP ou de boutique&#xa0;; réimporter n’ajoute jamais rien en double.</translation>
    </message>
    <message>
        <source>Opens and clicks by local time (%1%2):</source>
        <translation>Ouvertures et clics par heure locale (%1%2)&#xa0;:</translation>
    </message>
    <message>
        <source>, the workspace&apos;s zone</source>
        <translation>, le fuseau de l’espace de travail</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  aucun pour l’instant</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Importé depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags&#xa0;:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>%1, last active %2</source>
        <translation>%1, dernière activité le %2</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activité&#xa0;:</translation>
    </message>
    <message>
        <source>sends %1, opens %2 (by people %3), clicks %4, purchases %5 (%6)</source>
        <translation>%1 envois, %2 ouvertures (%3 par des personnes), %4 clics, %5 achats (%6)</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Champs personnalisés&#xa0;:</translation>
    </message>
    <message>
        <source>Consent history, newest first:</source>
        <translation>Historique du consentement, du plus récent au plus ancien&#xa0;:</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>DATE (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>IMPORT</source>
        <translation>IMPORT</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>REMARQUE</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>Activity, newest first (%1 of %2 events):</source>
        <translation>Activité, de la plus récente à la plus ancienne (%1 événements sur %2)&#xa0;:</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>made by a machine</source>
        <translation>effectuée par une machine</translation>
    </message>
    <message>
        <source>contacts show needs the contact&apos;s email address.</source>
        <translation>contacts show nécessite l’adresse e-mail du contact.</translation>
    </message>
    <message>
        <source>%1 subscribed contacts opted out: the file has their unsubscribe, spam complaint or hard bounce (recorded in their consent history).</source>
        <translation>%1 contacts abonnés désinscrits&#xa0;: le fichier contient leur désabonnement, leur plainte pour spam ou leur rebond définitif (consigné dans leur historique de consentement).</translation>
    </message>
    <message>
        <source>Integrity:      ok (SQLite checked the whole file)</source>
        <translation>Intégrité&#xa0;:         ok (SQLite a vérifié tout le fichier)</translation>
    </message>
    <message>
        <source>Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use; --check also checks the whole file for damage.</source>
        <translation>Afficher l’espace de travail, ses décomptes et les versions de Herald, de libtorch et de la BLAS utilisée&#xa0;; --check vérifie aussi que le fichier entier n’est pas endommagé.</translation>
    </message>
    <message>
        <source>The search and sort indexes for these rows are built in the background the next time Herald&apos;s window opens this workspace, or now with: herald index</source>
        <translation>Les index de recherche et de tri de ces lignes seront créés en arrière-plan à la prochaine ouverture de cet espace de travail dans la fenêtre de Herald, ou tout de suite avec&#xa0;: herald index</translation>
    </message>
    <message>
        <source>Search index:   %1 contacts not indexed yet (herald index builds it)</source>
        <translation>Index de recherche&#xa0;: %1 contacts pas encore indexés (herald index le crée)</translation>
    </message>
    <message>
        <source>Indexes:        %1 still to build (herald index builds them)</source>
        <translation>Index&#xa0;:        %1 restent à créer (herald index les crée)</translation>
    </message>
    <message>
        <source>Every index is up to date.</source>
        <translation>Tous les index sont à jour.</translation>
    </message>
    <message>
        <source>Indexed %1 contacts for search and built %2 indexes in %3 s.</source>
        <translation>%1 contacts indexés pour la recherche et %2 index créés en %3 s.</translation>
    </message>
    <message>
        <source>Build the search and sort indexes a large import left to build in the background (the window builds them by itself).</source>
        <translation>Crée les index de recherche et de tri qu’un import volumineux a laissés pour l’arrière-plan (la fenêtre les crée d’elle-même).</translation>
    </message>
    <message>
        <source>libtorch:       not available (%1)</source>
        <translation>libtorch&#xa0;:          non disponible (%1)</translation>
    </message>
</context>
<context>
    <name>herald::ml::Runtime</name>
    <message>
        <source>The model runtime could not be loaded from %1: %2</source>
        <translation>Le moteur des modèles n’a pas pu être chargé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The model runtime in %1 belongs to another version of Herald.</source>
        <translation>Le moteur des modèles dans %1 appartient à une autre version de Herald.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The slow reference BLAS is in use; model training will be 10-20 times slower. Install libopenblas0-openmp.</source>
        <translation>La BLAS de référence, lente, est utilisée&#xa0;; l’entraînement des modèles sera 10 à 20 fois plus lent. Installez libopenblas0-openmp.</translation>
    </message>
</context>
</TS>
