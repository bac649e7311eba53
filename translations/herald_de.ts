<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>herald::AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Über Herald</translation>
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
        <translation>Marketing-Automatisierung, die lokal arbeitet. Ihre Kontakte, Kampagnen und Modelle bleiben auf diesem Computer; Herald stellt keine Netzwerkverbindungen her.</translation>
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
        <translation>Modell-Threads</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>herald::ActivityChart</name>
    <message>
        <source>Sends</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
</context>
<context>
    <name>herald::ActivityRefresh</name>
    <message>
        <source>Reading campaign activity</source>
        <translation>Kampagnenaktivität wird gelesen</translation>
    </message>
    <message>
        <source>Scoring engagement</source>
        <translation>Engagement wird bewertet</translation>
    </message>
    <message>
        <source>Cannot update contact activity: %1</source>
        <translation>Die Kontaktaktivität kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Updating contact activity was cancelled.</source>
        <translation>Die Aktualisierung der Kontaktaktivität wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not enough memory to update contact activity.</source>
        <translation>Nicht genügend Arbeitsspeicher, um die Kontaktaktivität zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>herald::ActivityText</name>
    <message>
        <source>sends</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>spam complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>1 send</source>
        <translation>1 versendete E-Mail</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 versendete E-Mails</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 Öffnung</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1 Öffnungen</translation>
    </message>
    <message>
        <source>1 click</source>
        <translation>1 Klick</translation>
    </message>
    <message>
        <source>%1 clicks</source>
        <translation>%1 Klicks</translation>
    </message>
    <message>
        <source>1 bounce</source>
        <translation>1 Bounce</translation>
    </message>
    <message>
        <source>%1 bounces</source>
        <translation>%1 Bounces</translation>
    </message>
    <message>
        <source>1 unsubscribe</source>
        <translation>1 Abmeldung</translation>
    </message>
    <message>
        <source>%1 unsubscribes</source>
        <translation>%1 Abmeldungen</translation>
    </message>
    <message>
        <source>1 spam complaint</source>
        <translation>1 Spam-Beschwerde</translation>
    </message>
    <message>
        <source>%1 spam complaints</source>
        <translation>%1 Spam-Beschwerden</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 Kauf</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 Käufe</translation>
    </message>
    <message>
        <source>1 soft bounce</source>
        <translation>1 Soft Bounce</translation>
    </message>
    <message>
        <source>%1 soft bounces</source>
        <translation>%1 Soft Bounces</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>A campaign report: one row per campaign, with its send time and results</source>
        <translation>Ein Kampagnenbericht: eine Zeile pro Kampagne, mit Versandzeitpunkt und Ergebnissen</translation>
    </message>
    <message>
        <source>Shop orders, one row per product; the lines of an order are added up into one purchase</source>
        <translation>Shop-Bestellungen, eine Zeile pro Produkt; die Positionen einer Bestellung werden zu einem Kauf zusammengefasst</translation>
    </message>
    <message>
        <source>%1, one row each</source>
        <translation>%1, je eine Zeile</translation>
    </message>
    <message>
        <source>%1 of the campaign “%2”, one row each</source>
        <translation>%1 der Kampagne „%2“, je eine Zeile</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which event each row is</source>
        <translation>Aktivität verschiedener Art; eine Spalte gibt an, um welches Ereignis es sich in jeder Zeile handelt</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which (first rows: %1)</source>
        <translation>Aktivität verschiedener Art; eine Spalte gibt das Ereignis an (erste Zeilen: %1)</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetail</name>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Betreffzeile</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Opens and clicks by hour since send</source>
        <translation>Öffnungen und Klicks pro Stunde seit dem Versand</translation>
    </message>
    <message>
        <source>Machine opens are mail clients, privacy proxies (such as Apple Mail’s) and security scanners fetching the message, mostly minutes after delivery. Open rates count people only.</source>
        <translation>Maschinelle Öffnungen stammen von E-Mail-Programmen, Privacy-Proxys (etwa dem von Apple Mail) und Sicherheitsscannern, die die Nachricht abrufen, meist wenige Minuten nach der Zustellung. Öffnungsraten zählen nur Personen.</translation>
    </message>
    <message>
        <source>No subject line recorded</source>
        <translation>Keine Betreffzeile erfasst</translation>
    </message>
    <message>
        <source> · sent %1 to %2 recipients</source>
        <translation> · versendet am %1 an %2 Empfänger</translation>
    </message>
    <message>
        <source> · sent time unknown, %1 recipients</source>
        <translation> · Versandzeitpunkt unbekannt, %1 Empfänger</translation>
    </message>
    <message>
        <source>of %1 recipients</source>
        <translation>von %1 Empfängern</translation>
    </message>
    <message>
        <source>%1 people, %2 machine opens</source>
        <translation>%1 Personen, %2 maschinelle Öffnungen</translation>
    </message>
    <message>
        <source>%1 people, %2 click-to-open</source>
        <translation>%1 Personen, %2 Click-to-Open</translation>
    </message>
    <message>
        <source>%1 of delivered, %2 complaints</source>
        <translation>%1 der Zugestellten, %2 Beschwerden</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft</source>
        <translation>%1 hard, %2 soft</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 Kauf</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 Käufe</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s activity…</source>
        <translation>Die Aktivität der Kampagne wird gelesen…</translation>
    </message>
    <message>
        <source>The campaign&apos;s activity could not be read.
%1</source>
        <translation>Die Aktivität der Kampagne konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>No opens or clicks were recorded in the %1 hours after this campaign was sent.</source>
        <translation>In den %1 Stunden nach dem Versand dieser Kampagne wurden keine Öffnungen oder Klicks erfasst.</translation>
    </message>
    <message>
        <source>This campaign has no sent time and no send events, so its opens and clicks cannot be placed in hours since send.</source>
        <translation>Diese Kampagne hat weder einen Versandzeitpunkt noch Versandereignisse, daher lassen sich ihre Öffnungen und Klicks nicht den Stunden seit dem Versand zuordnen.</translation>
    </message>
    <message>
        <source>In the first %1 hours: %2 opens by people, %3 machine opens, %4 clicks</source>
        <translation>In den ersten %1 Stunden: %2 Öffnungen durch Personen, %3 maschinelle Öffnungen, %4 Klicks</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStats</name>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Die Kampagnen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The window must be at least one hour long.</source>
        <translation>Das Zeitfenster muss mindestens eine Stunde lang sein.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Es gibt keine Kampagne mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s activity: %1</source>
        <translation>Die Aktivität der Kampagne kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsModel</name>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Betreff: %2</translation>
    </message>
    <message>
        <source>%1 of %2 delivered opened it</source>
        <translation>%1 von %2 Zugestellten haben sie geöffnet</translation>
    </message>
    <message>
        <source>%1 opens made by mail clients or scanners, not by people</source>
        <translation>%1 Öffnungen durch E-Mail-Programme oder Scanner, nicht durch Personen</translation>
    </message>
    <message>
        <source>%1 of %2 delivered clicked</source>
        <translation>%1 von %2 Zugestellten haben geklickt</translation>
    </message>
    <message>
        <source>%1 clicked, of %2 who opened or clicked</source>
        <translation>%1 haben geklickt, von %2, die geöffnet oder geklickt haben</translation>
    </message>
    <message>
        <source>%1 of delivered; %2 spam complaints</source>
        <translation>%1 der Zugestellten; %2 Spam-Beschwerden</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft (%3 of recipients)</source>
        <translation>%1 hard, %2 soft (%3 der Empfänger)</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 Kauf</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 Käufe</translation>
    </message>
    <message>
        <source>When the campaign was sent, in the workspace&apos;s time zone (%1)</source>
        <translation>Versandzeitpunkt der Kampagne in der Zeitzone des Arbeitsbereichs (%1)</translation>
    </message>
    <message>
        <source>Recipients minus hard and soft bounces</source>
        <translation>Empfänger abzüglich Hard und Soft Bounces</translation>
    </message>
    <message>
        <source>People who opened, as a share of delivered. Machine opens are left out: mail clients such as Apple Mail fetch every message whether or not anyone reads it.</source>
        <translation>Personen, die geöffnet haben, als Anteil der Zugestellten. Maschinelle Öffnungen sind nicht enthalten: E-Mail-Programme wie Apple Mail rufen jede Nachricht ab, ob sie jemand liest oder nicht.</translation>
    </message>
    <message>
        <source>Opens made by mail clients, privacy proxies or security scanners rather than people</source>
        <translation>Öffnungen durch E-Mail-Programme, Privacy-Proxys oder Sicherheitsscanner statt durch Personen</translation>
    </message>
    <message>
        <source>People who clicked, as a share of delivered</source>
        <translation>Personen, die geklickt haben, als Anteil der Zugestellten</translation>
    </message>
    <message>
        <source>People who clicked, as a share of the people who opened or clicked</source>
        <translation>Personen, die geklickt haben, als Anteil der Personen, die geöffnet oder geklickt haben</translation>
    </message>
    <message>
        <source>People who unsubscribed from this campaign</source>
        <translation>Personen, die sich über diese Kampagne abgemeldet haben</translation>
    </message>
    <message>
        <source>Hard and soft bounces</source>
        <translation>Hard und Soft Bounces</translation>
    </message>
    <message>
        <source>Revenue from purchases attributed to the campaign, in your shop&apos;s currency</source>
        <translation>Umsatz aus Käufen, die der Kampagne zugeordnet sind, in der Währung Ihres Shops</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Open
rate</source>
        <translation>Öffnungs-
rate</translation>
    </message>
    <message>
        <source>Machine
opens</source>
        <translation>Maschinelle
Öffnungen</translation>
    </message>
    <message>
        <source>Click
rate</source>
        <translation>Klick-
rate</translation>
    </message>
    <message>
        <source>Click-to-
open</source>
        <translation>Click-to-
Open</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Filter by name or subject</source>
        <translation>Nach Name oder Betreff filtern</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Kampagnen werden gelesen…</translation>
    </message>
    <message>
        <source>The campaigns could not be read.
%1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>No campaign’s name or subject contains “%1”.</source>
        <translation>Keine Kampagne enthält „%1“ im Namen oder Betreff.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>Import campaign activity: the campaign reports and the opens, clicks, bounces and unsubscribes your email service exports. Each campaign then appears here with its open and click rates, revenue and how its opens arrived hour by hour.</source>
        <translation>Importieren Sie Kampagnenaktivität: die Kampagnenberichte sowie die Öffnungen, Klicks, Bounces und Abmeldungen, die Ihr E-Mail-Dienst exportiert. Jede Kampagne erscheint dann hier mit ihren Öffnungs- und Klickraten, ihrem Umsatz und dem stündlichen Verlauf ihrer Öffnungen.</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>1 campaign · times in %1</source>
        <translation>1 Kampagne · Zeiten in %1</translation>
    </message>
    <message>
        <source>%1 campaigns · times in %2</source>
        <translation>%1 Kampagnen · Zeiten in %2</translation>
    </message>
    <message>
        <source>%1 of %2 campaigns</source>
        <translation>%1 von %2 Kampagnen</translation>
    </message>
</context>
<context>
    <name>herald::ColumnMapping</name>
    <message>
        <source>This mapping was saved by a newer Herald.</source>
        <translation>Diese Zuordnung wurde von einer neueren Herald-Version gespeichert.</translation>
    </message>
    <message>
        <source>Column “%1” of this mapping is damaged.</source>
        <translation>Die Spalte „%1“ dieser Zuordnung ist beschädigt.</translation>
    </message>
    <message>
        <source>Column “%1” maps to “%2”, which this Herald does not know.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das diese Herald-Version nicht kennt.</translation>
    </message>
    <message>
        <source>Saved mapping “%1”: %2</source>
        <translation>Gespeicherte Zuordnung „%1“: %2</translation>
    </message>
    <message>
        <source>Custom fields (one per JSON key)</source>
        <translation>Benutzerdefinierte Felder (eines pro JSON-Schlüssel)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Benutzerdefiniertes Feld „%1“</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Column “%1” maps to an unknown field “%2”.</source>
        <translation>Die Spalte „%1“ ist einem unbekannten Feld „%2“ zugeordnet.</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both map to %3; choose one.</source>
        <translation>Die Spalten „%1“ und „%2“ sind beide dem Feld %3 zugeordnet; wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both go to the custom field “%3”; rename one.</source>
        <translation>Die Spalten „%1“ und „%2“ landen beide im benutzerdefinierten Feld „%3“; benennen Sie eine um.</translation>
    </message>
    <message>
        <source>No column is mapped to %1; %2 files need one.</source>
        <translation>Keine Spalte ist dem Feld %1 zugeordnet; %2-Dateien benötigen eine.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Eine gespeicherte Zuordnung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Could not save the mapping “%1”: %2</source>
        <translation>Die Zuordnung „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not read the mapping “%1”: %2</source>
        <translation>Die Zuordnung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no saved mapping called “%1”.</source>
        <translation>Es gibt keine gespeicherte Zuordnung namens „%1“.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read.</source>
        <translation>sie ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not list the saved mappings: %1</source>
        <translation>Die gespeicherten Zuordnungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the mapping “%1”: %2</source>
        <translation>Die Zuordnung „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>herald::ContactDetail</name>
    <message>
        <source>A timeline page must hold at least one event.</source>
        <translation>Eine Seite der Zeitleiste muss mindestens ein Ereignis enthalten.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the contact: %1</source>
        <translation>Der Kontakt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the contact&apos;s activity: %1</source>
        <translation>Die Aktivität des Kontakts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no contact with the address %1.</source>
        <translation>Es gibt keinen Kontakt mit der Adresse %1.</translation>
    </message>
    <message>
        <source>Cannot look the contact up: %1</source>
        <translation>Der Kontakt kann nicht nachgeschlagen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactDetailDialog</name>
    <message>
        <source>Reading the contact…</source>
        <translation>Kontakt wird gelesen…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importdatei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>When they open and click</source>
        <translation>Wann der Kontakt öffnet und klickt</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This contact could not be read.
%1</source>
        <translation>Dieser Kontakt konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Kontakt</translation>
    </message>
    <message>
        <source>Suppressed: never included in a send export</source>
        <translation>Gesperrt: nie in einem Versandexport enthalten</translation>
    </message>
    <message>
        <source>Contact since %1</source>
        <translation>Kontakt seit %1</translation>
    </message>
    <message>
        <source>%1 · last active %2</source>
        <translation>%1 · zuletzt aktiv am %2</translation>
    </message>
    <message>
        <source>%1 · no open, click or purchase yet</source>
        <translation>%1 · noch keine Öffnung, kein Klick und kein Kauf</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the contact&apos;s own time zone.</source>
        <translation>Öffnungen durch Personen und Klicks nach Stunde der Woche in %1, der eigenen Zeitzone des Kontakts.</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the workspace&apos;s time zone: this contact has none of its own.</source>
        <translation>Öffnungen durch Personen und Klicks nach Stunde der Woche in %1, der Zeitzone des Arbeitsbereichs: Dieser Kontakt hat keine eigene.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Busiest hours&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Aktivste Stunden&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>Aktivität (%1)</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Einwilligung (%1)</translation>
    </message>
    <message>
        <source>Newest first. Times are in %1.</source>
        <translation>Neueste zuerst. Zeiten sind in %1 angegeben.</translation>
    </message>
    <message>
        <source>No sends, opens, clicks or purchases recorded yet.</source>
        <translation>Noch keine versendeten E-Mails, Öffnungen, Klicks oder Käufe erfasst.</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>Keine Änderungen der Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Every change to this contact&apos;s consent, newest first. Times are in %1.</source>
        <translation>Jede Änderung der Einwilligung dieses Kontakts, neueste zuerst. Zeiten sind in %1 angegeben.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>campaigns sent</source>
        <translation>versendete Kampagnen</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>by people; %1 more by machines</source>
        <translation>durch Personen; %1 weitere durch Maschinen</translation>
    </message>
    <message>
        <source>by people</source>
        <translation>durch Personen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>in %1 campaigns</source>
        <translation>in %1 Kampagnen</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 Umsatz</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>%1 campaigns opened</source>
        <translation>%1 Kampagnen geöffnet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>None; the workspace&apos;s is used</source>
        <translation>Keine; die des Arbeitsbereichs wird verwendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
</context>
<context>
    <name>herald::ContactFacets</name>
    <message>
        <source>Cannot read the contact filters: %1</source>
        <translation>Die Kontaktfilter können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactFilterBar</name>
    <message>
        <source>Search name, email or company</source>
        <translation>Name, E-Mail oder Firma suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>No time zone</source>
        <translation>Keine Zeitzone</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>herald::ContactImport</name>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; fehlt ein Anführungszeichen oder Trennzeichen?</translation>
    </message>
    <message>
        <source>not a JSON object; kept as text</source>
        <translation>kein JSON-Objekt; als Text übernommen</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>ungültige E-Mail-Adresse &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; kept as a custom field</source>
        <translation>unbekanntes Land &quot;%1&quot;; als benutzerdefiniertes Feld übernommen</translation>
    </message>
</context>
<context>
    <name>herald::ContactQuery</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>A page must hold at least one contact.</source>
        <translation>Eine Seite muss mindestens einen Kontakt enthalten.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Die Kontakte können nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Bereinigt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Spam gemeldet</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>herald::ContactsModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No open, click or purchase yet</source>
        <translation>Noch keine Öffnung, kein Klick und kein Kauf</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Click to sort by: %1</source>
        <translation>Zum Sortieren klicken: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted; filter by it instead</source>
        <translation>Diese Spalte lässt sich nicht sortieren; filtern Sie stattdessen danach</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
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
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Some contacts could not be read.</source>
        <translation>Einige Kontakte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Counting contacts…</source>
        <translation>Kontakte werden gezählt…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>The filter choices could not be read.</source>
        <translation>Die Filteroptionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Counting matching contacts…</source>
        <translation>Passende Kontakte werden gezählt…</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>%1 of 1 contact</source>
        <translation>%1 von 1 Kontakt</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 von %2 Kontakten</translation>
    </message>
    <message>
        <source>No contacts match “%1” with these filters</source>
        <translation>Keine Kontakte passen zu „%1“ und diesen Filtern</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Keine Kontakte passen zu „%1“</translation>
    </message>
    <message>
        <source>No contacts match these filters</source>
        <translation>Keine Kontakte passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <source>Search finds words that start with what you type, in names, email addresses and company names.</source>
        <translation>Die Suche findet Wörter, die mit Ihrer Eingabe beginnen, in Namen, E-Mail-Adressen und Firmennamen.</translation>
    </message>
    <message>
        <source>Filters combine: a contact has to match each of them. Remove one or clear them all.</source>
        <translation>Filter werden kombiniert: Ein Kontakt muss jeden davon erfüllen. Entfernen Sie einen oder setzen Sie alle zurück.</translation>
    </message>
    <message>
        <source>Import contacts from your email service to see them here.</source>
        <translation>Importieren Sie Kontakte aus Ihrem E-Mail-Dienst, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
</context>
<context>
    <name>herald::CsvFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
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
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>none (single line)</source>
        <translation>keines (nur eine Zeile)</translation>
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
        <translation>CR (klassischer Mac)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>herald::CsvReader</name>
    <message>
        <source>The file has no rows: it holds nothing but empty lines.</source>
        <translation>Die Datei hat keine Datenzeilen, nur Leerzeilen.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields; choose another delimiter.</source>
        <translation>Ein Anführungszeichen oder Zeilenumbruch kann keine Felder trennen; wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL or control characters). Export the data as CSV and choose that file.</source>
        <translation>Dies ist keine CSV-Textdatei, denn sie enthält Binärdaten (NUL- oder Steuerzeichen). Exportieren Sie die Daten als CSV und wählen Sie diese Datei aus.</translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than %2 characters. Check the delimiter and quotes.</source>
        <translation>Der Datensatz ab Zeile %1 ist länger als %2 Zeichen. Prüfen Sie Trennzeichen und Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>Die Datei konnte nach Zeile %1 nicht weiter gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file has bytes that are not valid %3; they were replaced with a placeholder character. If the file was saved by Excel, choose the Windows-1252 encoding.</source>
        <translation>Zeile %1, Spalte %2: Die Datei enthält Bytes, die kein gültiges %3 sind; sie wurden durch ein Ersatzzeichen ersetzt. Wenn die Datei mit Excel gespeichert wurde, wählen Sie die Codierung Windows-1252.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where %3 were expected.</source>
        <translation>Zeile %1 hat %2 Felder, erwartet wurden %3.</translation>
    </message>
    <message>
        <source>The field starting on line %1, column %2 (field %3) is longer than %4 characters. Check the delimiter, or look for a quote that is never closed.</source>
        <translation>Das Feld ab Zeile %1, Spalte %2 (Feld %3) ist länger als %4 Zeichen. Prüfen Sie das Trennzeichen oder suchen Sie nach einem Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The quoted field that opens on line %1, column %2 is never closed: a quote is missing before the end of the file.</source>
        <translation>Das Feld in Anführungszeichen ab Zeile %1, Spalte %2 wird nie geschlossen: Vor dem Dateiende fehlt ein Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field; the quote was kept as part of the value.</source>
        <translation>Zeile %1, Spalte %2: Auf das schließende Anführungszeichen eines Feldes folgt Text; das Anführungszeichen wurde als Teil des Werts übernommen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field was kept as part of the value.</source>
        <translation>Zeile %1, Spalte %2: Ein Anführungszeichen in einem Feld ohne Anführungszeichen wurde als Teil des Werts übernommen.</translation>
    </message>
</context>
<context>
    <name>herald::CsvSniffer</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::CsvWriter</name>
    <message>
        <source>The CSV file could not be written earlier; nothing more is written.</source>
        <translation>Die CSV-Datei konnte schon zuvor nicht geschrieben werden; es wird nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in Windows-1252. Choose UTF-8, or let Herald replace such characters with &quot;?&quot;.</source>
        <translation>Zeile %1, Spalte %2: Das Zeichen &quot;%3&quot; (U+%4) lässt sich nicht in Windows-1252 schreiben. Wählen Sie UTF-8 oder lassen Sie Herald solche Zeichen durch &quot;?&quot; ersetzen.</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>herald::Database</name>
    <message>
        <source>the workspace file is damaged (%1); restore it from a backup</source>
        <translation>die Arbeitsbereichsdatei ist beschädigt (%1); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>herald::DateTime</name>
    <message>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>&quot;%1&quot; ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Herald can read</source>
        <translation>&quot;%1&quot; ist kein Datum, das Herald lesen kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day</source>
        <translation>&quot;%1&quot; könnte Tag/Monat oder Monat/Tag sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>&quot;%1&quot; ist keine gültige Uhrzeit</translation>
    </message>
</context>
<context>
    <name>herald::Demo</name>
    <message>
        <source>The demo was cancelled; the workspace is unchanged.</source>
        <translation>Die Demo wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The demo needs at least one contact.</source>
        <translation>Die Demo braucht mindestens einen Kontakt.</translation>
    </message>
    <message>
        <source>The workspace is not empty: it already holds %1 contacts and %2 campaigns. Generate the demo into a new workspace.</source>
        <translation>Der Arbeitsbereich ist nicht leer: Er enthält bereits %1 Kontakte und %2 Kampagnen. Erzeugen Sie die Demo in einem neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Planning a year of campaigns</source>
        <translation>Ein Jahr Kampagnen wird geplant</translation>
    </message>
    <message>
        <source>Simulating contacts and their activity</source>
        <translation>Kontakte und ihre Aktivität werden simuliert</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Ereignisse werden indiziert</translation>
    </message>
    <message>
        <source>Saving the workspace</source>
        <translation>Arbeitsbereich wird gespeichert</translation>
    </message>
    <message>
        <source>Cannot write the demo into the workspace: %1</source>
        <translation>Die Demo kann nicht in den Arbeitsbereich geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Indexing contacts for search</source>
        <translation>Suchindex für Kontakte wird erstellt</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Aktivität wird zusammengefasst</translation>
    </message>
</context>
<context>
    <name>herald::DetectionStep</name>
    <message>
        <source>First rows as read</source>
        <translation>Erste Zeilen wie gelesen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textcodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Zeilenenden</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Byte Order Mark</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Check what Herald found out about the file</source>
        <translation>Prüfen Sie, was Herald über die Datei herausgefunden hat</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald kann diese Datei nicht lesen</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Diese Datei kann so nicht importiert werden</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter. Otherwise fix the file at that line in a spreadsheet or text editor.</source>
        <translation>%1

Wenn Buchstaben falsch aussehen, wählen Sie eine andere Textcodierung; wenn die Spalten ineinanderlaufen, wählen Sie ein anderes Trennzeichen. Andernfalls korrigieren Sie die Datei an dieser Zeile in einer Tabellenkalkulation oder einem Texteditor.</translation>
    </message>
    <message>
        <source>The first of %1 files in %2. Herald recognises each one on its own when importing.</source>
        <translation>Die erste von %1 Dateien in %2. Herald erkennt beim Import jede Datei einzeln.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>Your choice (the columns match %1)</source>
        <translation>Ihre Auswahl (Übereinstimmung der Spalten: %1)</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (Ihre Auswahl)</translation>
    </message>
    <message>
        <source>Yes (it decides the encoding)</source>
        <translation>Ja (bestimmt die Codierung)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Column names only: this file has no contacts to import</source>
        <translation>Nur Spaltennamen: Diese Datei enthält keine Kontakte zum Importieren</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 Zeile, die ganze Datei</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 Zeilen, die ganze Datei</translation>
    </message>
    <message>
        <source>%1 rows read as a sample; the rest is read when importing</source>
        <translation>%1 Zeilen als Stichprobe gelesen; der Rest wird beim Import gelesen</translation>
    </message>
</context>
<context>
    <name>herald::Email</name>
    <message>
        <source>nothing before the @</source>
        <translation>nichts vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>a control character in the quoted part before the @</source>
        <translation>ein Steuerzeichen im Teil in Anführungszeichen vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot</source>
        <translation>der Teil vor dem @ beginnt oder endet mit einem Punkt</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not allowed before the @</source>
        <translation>das Zeichen &quot;%1&quot; ist vor dem @ nicht erlaubt</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>nichts nach dem @</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>eine IP-Adresse statt einer Domain</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot</source>
        <translation>die Domain &quot;%1&quot; enthält keinen Punkt</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has an empty part</source>
        <translation>die Domain &quot;%1&quot; hat einen leeren Teil</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>ein Teil der Domain beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>die Domain &quot;%1&quot; ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>die Domain ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>ein Teil der Domain ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation>die Domain &quot;%1&quot; enthält &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; ends in a number</source>
        <translation>die Domain &quot;%1&quot; endet mit einer Zahl</translation>
    </message>
    <message>
        <source>the email address is empty</source>
        <translation>die E-Mail-Adresse ist leer</translation>
    </message>
    <message>
        <source>the email address is longer than 254 characters</source>
        <translation>die E-Mail-Adresse ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the email address contains a space</source>
        <translation>die E-Mail-Adresse enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>the email address has no @</source>
        <translation>die E-Mail-Adresse enthält kein @</translation>
    </message>
    <message>
        <source>the email address has more than one @</source>
        <translation>die E-Mail-Adresse enthält mehr als ein @</translation>
    </message>
</context>
<context>
    <name>herald::EngagementLevel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>Nachlassend</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Engagiert</translation>
    </message>
    <message>
        <source>Highly engaged</source>
        <translation>Sehr engagiert</translation>
    </message>
</context>
<context>
    <name>herald::EngagementTrendChart</name>
    <message>
        <source>Open rate (people)</source>
        <translation>Öffnungsrate (Personen)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Campaigns sent: %2&lt;br&gt;Delivered: %3&lt;br&gt;Open rate: %4 (%5 people)&lt;br&gt;Click rate: %6 (%7 people)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Versendete Kampagnen: %2&lt;br&gt;Zugestellt: %3&lt;br&gt;Öffnungsrate: %4 (%5 Personen)&lt;br&gt;Klickrate: %6 (%7 Personen)</translation>
    </message>
</context>
<context>
    <name>herald::EspProfile</name>
    <message>
        <source>The status is empty; %1 uses: %2.</source>
        <translation>Der Status ist leer; %1 verwendet: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a status %2 uses; it uses: %3.</source>
        <translation>„%1“ ist kein Status, den %2 verwendet; verwendet werden: %3.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no for %2.</source>
        <translation>„%1“ bedeutet für %2 weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Das Datum ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a date %2 writes; expected a date like %3.</source>
        <translation>„%1“ ist kein Datum im Format von %2; erwartet wird ein Datum wie %3.</translation>
    </message>
    <message>
        <source>This profile is not valid JSON: %1.</source>
        <translation>Dieses Profil ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>A profile must be a JSON object.</source>
        <translation>Ein Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</source>
        <translation>„%1“ ist kein Herald-Status (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation>enthält keine Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be 1; this Herald reads version 1 profiles</source>
        <translation>muss 1 sein; diese Herald-Version liest Profile der Version 1</translation>
    </message>
    <message>
        <source>must use only a-z, 0-9 and _</source>
        <translation>darf nur a-z, 0-9 und _ enthalten</translation>
    </message>
    <message>
        <source>“%1” is used by another export</source>
        <translation>„%1“ wird von einem anderen Export verwendet</translation>
    </message>
    <message>
        <source>a column is either ignored or a custom field, not both</source>
        <translation>eine Spalte wird entweder ignoriert oder ist ein benutzerdefiniertes Feld, nicht beides</translation>
    </message>
    <message>
        <source>an ignored or custom column has no field</source>
        <translation>eine ignorierte oder benutzerdefinierte Spalte hat kein Feld</translation>
    </message>
    <message>
        <source>“%1” is not a Herald field</source>
        <translation>„%1“ ist kein Herald-Feld</translation>
    </message>
    <message>
        <source>the field decides the record; remove this key</source>
        <translation>das Feld bestimmt den Datensatztyp; entfernen Sie diesen Schlüssel</translation>
    </message>
    <message>
        <source>“%1” is already an alias of columns[%2]</source>
        <translation>„%1“ ist bereits ein Alias von columns[%2]</translation>
    </message>
    <message>
        <source>only a JSON column (field &quot;custom_fields&quot;) has jsonKeys</source>
        <translation>nur eine JSON-Spalte (Feld &quot;custom_fields&quot;) hat jsonKeys</translation>
    </message>
    <message>
        <source>“%1” is not a Herald contact field</source>
        <translation>„%1“ ist kein Kontaktfeld von Herald</translation>
    </message>
    <message>
        <source>must list at least one word</source>
        <translation>muss mindestens ein Wort aufführen</translation>
    </message>
    <message>
        <source>means another status under a different spelling</source>
        <translation>steht in anderer Schreibweise für einen anderen Status</translation>
    </message>
    <message>
        <source>“%1” is both yes and no</source>
        <translation>„%1“ ist zugleich Ja und Nein</translation>
    </message>
    <message>
        <source>“%1” is neither a Qt date format with a year (yyyy or yy) nor iso8601 or unix</source>
        <translation>„%1“ ist weder ein Qt-Datumsformat mit Jahr (yyyy oder yy) noch iso8601 oder unix</translation>
    </message>
    <message>
        <source>no column writes {email}; an ESP cannot import contacts without it</source>
        <translation>keine Spalte schreibt {email}; ohne sie kann ein ESP keine Kontakte importieren</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status</source>
        <translation>„%1“ ist kein Herald-Status</translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation>„%1“ wird doppelt geschrieben</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown key (check its spelling)</source>
        <translation>unbekannter Schlüssel (prüfen Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a single character (or &quot;tab&quot;)</source>
        <translation>muss ein einzelnes Zeichen sein (oder &quot;tab&quot;)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>The event type is empty; %1 uses: %2.</source>
        <translation>Der Ereignistyp ist leer; %1 verwendet: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an event type %2 uses; it uses: %3.</source>
        <translation>„%1“ ist kein Ereignistyp, den %2 verwendet; verwendet werden: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a Herald event (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</source>
        <translation>„%1“ ist kein Herald-Ereignis (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</translation>
    </message>
    <message>
        <source>only an export with record &quot;events&quot; has an event or campaignFrom</source>
        <translation>nur ein Export mit record &quot;events&quot; hat event oder campaignFrom</translation>
    </message>
    <message>
        <source>means another event under a different spelling</source>
        <translation>steht in anderer Schreibweise für ein anderes Ereignis</translation>
    </message>
</context>
<context>
    <name>herald::EspProfileRegistry</name>
    <message>
        <source>No built-in ESP profiles were found; Herald was built without its profile resources.</source>
        <translation>Es wurden keine integrierten ESP-Profile gefunden; Herald wurde ohne seine Profilressourcen erstellt.</translation>
    </message>
    <message>
        <source>Two built-in profiles use the id “%1”.</source>
        <translation>Zwei integrierte Profile verwenden die ID „%1“.</translation>
    </message>
    <message>
        <source>The built-in generic profile is missing.</source>
        <translation>Das integrierte generische Profil fehlt.</translation>
    </message>
    <message>
        <source>Cannot read this profile: %1.</source>
        <translation>Dieses Profil kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>herald::EventDetectionStep</name>
    <message>
        <source>First rows as Herald reads them</source>
        <translation>Erste Zeilen, wie Herald sie liest</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textcodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Check what Herald found out about the activity file</source>
        <translation>Prüfen Sie, was Herald über die Aktivitätsdatei herausgefunden hat</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald kann diese Datei nicht lesen</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Diese Datei kann so nicht importiert werden</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter.</source>
        <translation>%1

Wenn Buchstaben falsch aussehen, wählen Sie eine andere Textcodierung; wenn die Spalten ineinanderlaufen, wählen Sie ein anderes Trennzeichen.</translation>
    </message>
    <message>
        <source>Read this way, the file is not campaign activity</source>
        <translation>So gelesen ist die Datei keine Kampagnenaktivität</translation>
    </message>
    <message>
        <source>The first of %1 activity files in %2; Herald reads each one on its own when importing.</source>
        <translation>Die erste von %1 Aktivitätsdateien in %2; Herald liest beim Import jede Datei einzeln.</translation>
    </message>
    <message>
        <source>1 other file in the archive is not activity and is left out: %1.</source>
        <translation>1 weitere Datei im Archiv ist keine Aktivität und wird ausgelassen: %1.</translation>
    </message>
    <message>
        <source>%1 other files in the archive are not activity and are left out.</source>
        <translation>%1 weitere Dateien im Archiv sind keine Aktivität und werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (Ihre Auswahl)</translation>
    </message>
    <message>
        <source>Column names only: this file has no activity to import</source>
        <translation>Nur Spaltennamen: Diese Datei enthält keine Aktivität zum Importieren</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 Zeile, die ganze Datei</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 Zeilen, die ganze Datei</translation>
    </message>
    <message>
        <source>About %1 rows (estimated from the file&apos;s size of %2)</source>
        <translation>Etwa %1 Zeilen (geschätzt anhand der Dateigröße von %2)</translation>
    </message>
    <message>
        <source>Some dates are written day first, others month first: you choose in the next step.</source>
        <translation>Manche Datumsangaben stehen mit dem Tag zuerst, andere mit dem Monat zuerst: Sie wählen im nächsten Schritt.</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be day or month first: you choose in the next step.</source>
        <translation>Bei Datumsangaben wie „%1“ könnte der Tag oder der Monat zuerst stehen: Sie wählen im nächsten Schritt.</translation>
    </message>
    <message>
        <source>Day first (your choice)</source>
        <translation>Tag zuerst (Ihre Auswahl)</translation>
    </message>
    <message>
        <source>Month first (your choice)</source>
        <translation>Monat zuerst (Ihre Auswahl)</translation>
    </message>
    <message>
        <source>Day first, as the file&apos;s dates show</source>
        <translation>Tag zuerst, wie die Datumsangaben der Datei zeigen</translation>
    </message>
    <message>
        <source>Month first, as the file&apos;s dates show</source>
        <translation>Monat zuerst, wie die Datumsangaben der Datei zeigen</translation>
    </message>
    <message>
        <source>Unambiguous</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>1 row shown</source>
        <translation>1 Zeile angezeigt</translation>
    </message>
    <message>
        <source>%1 rows shown</source>
        <translation>%1 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>; 1 would be rejected</source>
        <translation>; 1 würde abgelehnt</translation>
    </message>
    <message>
        <source>; %1 would be rejected</source>
        <translation>; %1 würden abgelehnt</translation>
    </message>
    <message>
        <source>; 1 waits for the date order</source>
        <translation>; 1 wartet auf die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>; %1 wait for the date order</source>
        <translation>; %1 warten auf die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>. Hover over a marked cell to see why.</source>
        <translation>. Zeigen Sie auf eine markierte Zelle, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>herald::EventImport</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>The archive holds no activity file or campaign report Herald can read.</source>
        <translation>Das Archiv enthält keine Aktivitätsdatei und keinen Kampagnenbericht, den Herald lesen kann.</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Ereignisse werden indiziert</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Aktivität wird zusammengefasst</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>die erste Zeile enthält Daten statt Spaltennamen; Herald braucht eine Kopfzeile, um die Spalten zu erkennen</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>unbekanntes Profil &quot;%1&quot;; verwenden Sie auto oder eines von: %2</translation>
    </message>
    <message>
        <source>this is not an activity file or campaign report Herald can read: %1</source>
        <translation>dies ist keine Aktivitätsdatei und kein Kampagnenbericht, den Herald lesen kann: %1</translation>
    </message>
    <message>
        <source>no column holds the time of the event (a column such as &quot;timestamp&quot;, &quot;date&quot; or &quot;time&quot;)</source>
        <translation>keine Spalte enthält den Zeitpunkt des Ereignisses (eine Spalte wie &quot;timestamp&quot;, &quot;date&quot; oder &quot;time&quot;)</translation>
    </message>
    <message>
        <source>no column holds the contact&apos;s email address or a customer id</source>
        <translation>keine Spalte enthält die E-Mail-Adresse des Kontakts oder eine Kunden-ID</translation>
    </message>
    <message>
        <source>no column says which event each row is (a column such as &quot;event&quot; or &quot;type&quot;), and the file&apos;s name does not say either (for example opens.csv or clicks.csv)</source>
        <translation>keine Spalte gibt an, welches Ereignis eine Zeile ist (eine Spalte wie &quot;event&quot; oder &quot;type&quot;), und auch der Dateiname sagt es nicht (zum Beispiel opens.csv oder clicks.csv)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2; fehlt ein Anführungszeichen oder Trennzeichen?</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>ungültige E-Mail-Adresse &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; left out</source>
        <translation>&quot;%1&quot; ist keine Zahl; ausgelassen</translation>
    </message>
    <message>
        <source>the row does not say which event it is</source>
        <translation>die Zeile gibt nicht an, um welches Ereignis es sich handelt</translation>
    </message>
    <message>
        <source>no customer id: a guest order cannot be tied to a contact</source>
        <translation>keine Kunden-ID: Eine Gastbestellung kann keinem Kontakt zugeordnet werden</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>keine Kunden-ID</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no event time</source>
        <translation>kein Ereigniszeitpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; kept as text</source>
        <translation>&quot;%1&quot; ist keine Zahl; als Text übernommen</translation>
    </message>
    <message>
        <source>the row names no campaign (no name and no id)</source>
        <translation>die Zeile nennt keine Kampagne (weder Name noch ID)</translation>
    </message>
    <message>
        <source>%1 is not a contact in this workspace (--unknown-contacts create would add it as not subscribed)</source>
        <translation>%1 ist kein Kontakt in diesem Arbeitsbereich (--unknown-contacts create würde ihn als nicht angemeldet hinzufügen)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>herald::EventOptionsStep</name>
    <message>
        <source>Times without a time zone</source>
        <translation>Zeitangaben ohne Zeitzone</translation>
    </message>
    <message>
        <source>The time of each event, written without an offset such as “+02:00”, is read in this zone. Herald stores it in UTC and shows it in each contact&apos;s zone.</source>
        <translation>Der Zeitpunkt jedes Ereignisses, der ohne Versatz wie „+02:00“ angegeben ist, wird in dieser Zeitzone gelesen. Herald speichert ihn in UTC und zeigt ihn in der Zeitzone des jeweiligen Kontakts.</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>Tag oder Monat zuerst?</translation>
    </message>
    <message>
        <source>As in most of Europe, Latin America and Asia.</source>
        <translation>Wie in den meisten Ländern Europas, Lateinamerikas und Asiens.</translation>
    </message>
    <message>
        <source>As in the United States.</source>
        <translation>Wie in den Vereinigten Staaten.</translation>
    </message>
    <message>
        <source>Addresses Herald does not know yet</source>
        <translation>Adressen, die Herald noch nicht kennt</translation>
    </message>
    <message>
        <source>Add them as not subscribed</source>
        <translation>Als nicht angemeldet hinzufügen</translation>
    </message>
    <message>
        <source>Their activity is kept, and they get no marketing until they opt in. The consent ledger notes that this import added them.</source>
        <translation>Ihre Aktivität bleibt erhalten, und sie erhalten kein Marketing, bis sie einwilligen. Im Einwilligungsverlauf wird vermerkt, dass dieser Import sie hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Reject their rows</source>
        <translation>Ihre Zeilen ablehnen</translation>
    </message>
    <message>
        <source>Only contacts already in the workspace get activity; the other rows are listed as rejected, to export and check.</source>
        <translation>Nur Kontakte, die bereits im Arbeitsbereich sind, erhalten Aktivität; die übrigen Zeilen werden als abgelehnt aufgeführt, zum Exportieren und Prüfen.</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Stornierte Bestellungen</translation>
    </message>
    <message>
        <source>Keep them with negative revenue</source>
        <translation>Mit negativem Umsatz übernehmen</translation>
    </message>
    <message>
        <source>A cancellation nets out its order, so each customer&apos;s revenue is what they really spent.</source>
        <translation>Eine Stornierung gleicht ihre Bestellung aus, sodass der Umsatz jedes Kunden dem entspricht, was er wirklich ausgegeben hat.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Cancellations are counted as skipped rows; the orders they cancel stay as they are.</source>
        <translation>Stornierungen werden als übersprungene Zeilen gezählt; die stornierten Bestellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Opens made by machines</source>
        <translation>Öffnungen durch Maschinen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An open within</source>
        <translation>Eine Öffnung innerhalb von</translation>
    </message>
    <message>
        <source>of its send is a machine&apos;s, not a person&apos;s</source>
        <translation>nach dem Versand stammt von einer Maschine, nicht von einer Person</translation>
    </message>
    <message>
        <source>Apple Mail Privacy Protection, image proxies and security scanners open mail seconds after it arrives. Herald flags those opens so that send-time models learn from people. Opens that a proxy&apos;s user agent gives away are flagged whatever this says.</source>
        <translation>Apple Mail Privacy Protection, Bild-Proxys und Sicherheitsscanner öffnen E-Mails Sekunden nach ihrem Eingang. Herald markiert diese Öffnungen, damit Modelle für den Versandzeitpunkt von Personen lernen. Öffnungen, die der User-Agent eines Proxys verrät, werden unabhängig von dieser Einstellung markiert.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Decide how the activity is added</source>
        <translation>Legen Sie fest, wie die Aktivität hinzugefügt wird</translation>
    </message>
    <message>
        <source>The file writes some dates day first and others month first. Herald reads each such date the way it fits; choose the order for dates that could be read either way.</source>
        <translation>Die Datei schreibt manche Datumsangaben mit dem Tag zuerst, andere mit dem Monat zuerst. Herald liest jedes solche Datum so, wie es passt; wählen Sie die Reihenfolge für Datumsangaben, die sich auf beide Arten lesen lassen.</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>Dates such as “%1” (line %2) could mean either. Herald reads every date of the file the same way.</source>
        <translation>Datumsangaben wie „%1“ (Zeile %2) können beides bedeuten. Herald liest jedes Datum der Datei auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Tag zuerst: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Monat zuerst: %1</translation>
    </message>
    <message>
        <source>The times in the first rows carry their own offset, so this choice does not change them.</source>
        <translation>Die Zeitangaben in den ersten Zeilen enthalten ihren eigenen Versatz, daher ändert diese Auswahl sie nicht.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 in %3, the workspace&apos;s zone.</source>
        <translation>„%1“ in der Datei wird als %2 in %3 gelesen, der Zeitzone des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 %3, which is %4 in the workspace&apos;s zone (%5).</source>
        <translation>„%1“ in der Datei wird als %2 %3 gelesen, also %4 in der Zeitzone des Arbeitsbereichs (%5).</translation>
    </message>
</context>
<context>
    <name>herald::EventPreviewModel</name>
    <message>
        <source>Skipped: %1 does not count this as an event</source>
        <translation>Übersprungen: %1 zählt dies nicht als Ereignis</translation>
    </message>
    <message>
        <source>A shop customer known only by id: Herald gives them this address, which no mail can reach, so their orders still count.</source>
        <translation>Ein Shop-Kunde, der nur per ID bekannt ist: Herald gibt ihm diese Adresse, die keine E-Mail erreichen kann, damit seine Bestellungen trotzdem zählen.</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>Umsatz %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>machine open</source>
        <translation>maschinelle Öffnung</translation>
    </message>
    <message>
        <source>Part of a cancelled order</source>
        <translation>Teil einer stornierten Bestellung</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 Empfänger</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 Empfänger</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>%1 geklickt</translation>
    </message>
    <message>
        <source>Day or month first? Herald reads this date once you choose in the next step</source>
        <translation>Tag oder Monat zuerst? Herald liest dieses Datum, sobald Sie im nächsten Schritt gewählt haben</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>herald::EventSummaryStep</name>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Importierte Ereignisse</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Erstellte Kontakte</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Maschinelle Öffnungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Neue Ereignisse</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Your campaign activity is in</source>
        <translation>Ihre Kampagnenaktivität ist importiert</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>in 1 Datei</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>in %1 Dateien</translation>
    </message>
    <message>
        <source>a report holds campaigns</source>
        <translation>ein Bericht enthält Kampagnen</translation>
    </message>
    <message>
        <source>added to timelines</source>
        <translation>zu den Zeitleisten hinzugefügt</translation>
    </message>
    <message>
        <source>imported before; not added twice</source>
        <translation>bereits früher importiert; nicht doppelt hinzugefügt</translation>
    </message>
    <message>
        <source>added as not subscribed</source>
        <translation>als nicht angemeldet hinzugefügt</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>jede Zeile war verwendbar</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>unten aufgeführt</translation>
    </message>
    <message>
        <source>1 new event</source>
        <translation>1 neues Ereignis</translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation>%1 neue Ereignisse</translation>
    </message>
    <message>
        <source>%1 already present</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message>
        <source>1 order line added to its order</source>
        <translation>1 Bestellposition zu ihrer Bestellung hinzugefügt</translation>
    </message>
    <message>
        <source>%1 order lines added to their orders</source>
        <translation>%1 Bestellpositionen zu ihren Bestellungen hinzugefügt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>1 campaign row</source>
        <translation>1 Kampagnenzeile</translation>
    </message>
    <message>
        <source>%1 campaign rows</source>
        <translation>%1 Kampagnenzeilen</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 read = %2, %3</source>
        <translation>%1 gelesen = %2, %3</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 new, %2 updated with the file&apos;s subject, send time or results</source>
        <translation>%1 neu, %2 mit Betreff, Versandzeitpunkt oder Ergebnissen aus der Datei aktualisiert</translation>
    </message>
    <message>
        <source>None: every open looks like a person&apos;s</source>
        <translation>Keine: Jede Öffnung sieht nach einer Person aus</translation>
    </message>
    <message>
        <source>1 open flagged as made by a machine (a privacy proxy or scanner)</source>
        <translation>1 Öffnung als maschinell markiert (Privacy-Proxy oder Scanner)</translation>
    </message>
    <message>
        <source>%1 opens flagged as made by machines (privacy proxies, scanners)</source>
        <translation>%1 Öffnungen als maschinell markiert (Privacy-Proxys, Scanner)</translation>
    </message>
    <message>
        <source>1 order line added up into its order</source>
        <translation>1 Bestellposition zu ihrer Bestellung zusammengefasst</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders</source>
        <translation>%1 Bestellpositionen zu ihren Bestellungen zusammengefasst</translation>
    </message>
    <message>
        <source>1 cancelled order left out</source>
        <translation>1 stornierte Bestellung ausgelassen</translation>
    </message>
    <message>
        <source>%1 cancelled orders left out</source>
        <translation>%1 stornierte Bestellungen ausgelassen</translation>
    </message>
    <message>
        <source>1 cancelled order kept with negative revenue</source>
        <translation>1 stornierte Bestellung mit negativem Umsatz übernommen</translation>
    </message>
    <message>
        <source>%1 cancelled orders kept with negative revenue</source>
        <translation>%1 stornierte Bestellungen mit negativem Umsatz übernommen</translation>
    </message>
    <message>
        <source>1 new contact is a shop customer known only by id, given an address no mail can reach</source>
        <translation>1 neuer Kontakt ist ein Shop-Kunde, der nur per ID bekannt ist, mit einer Adresse, die keine E-Mail erreichen kann</translation>
    </message>
    <message>
        <source>%1 new contacts are shop customers known only by id, given addresses no mail can reach</source>
        <translation>%1 neue Kontakte sind Shop-Kunden, die nur per ID bekannt sind, mit Adressen, die keine E-Mail erreichen kann</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (die Zeile wurde trotzdem importiert), z. B. %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new events, %5 already present, %6 rejected</source>
        <translation>%1 (%2): %3, %4 neue Ereignisse, %5 bereits vorhanden, %6 abgelehnt</translation>
    </message>
    <message>
        <source>%1: left out, %2</source>
        <translation>%1: ausgelassen, %2</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>1 subscribed contact unsubscribed, complained or hard-bounced in this file and is no longer emailed (see their consent history)</source>
        <translation>1 angemeldeter Kontakt hat sich in dieser Datei abgemeldet, beschwert oder einen Hard Bounce erzeugt und erhält keine E-Mails mehr (siehe Einwilligungsverlauf)</translation>
    </message>
    <message>
        <source>%1 subscribed contacts unsubscribed, complained or hard-bounced in this file and are no longer emailed (see their consent history)</source>
        <translation>%1 angemeldete Kontakte haben sich in dieser Datei abgemeldet, beschwert oder einen Hard Bounce erzeugt und erhalten keine E-Mails mehr (siehe Einwilligungsverlauf)</translation>
    </message>
</context>
<context>
    <name>herald::EventType</name>
    <message>
        <source>Send</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnung</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation>Spam-Beschwerde</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Soft Bounce</translation>
    </message>
</context>
<context>
    <name>herald::Export</name>
    <message>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>Es gibt keinen Versandplan mit der ID %1.</translation>
    </message>
    <message>
        <source>The profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>Das Profil nennt eine unbekannte Codierung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 contacts are never in a send list; export them as a suppression list instead.</source>
        <translation>Kontakte mit dem Status %1 stehen nie in einer Versandliste; exportieren Sie sie stattdessen als Sperrliste.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekanntes Profil &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Die Kontakte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Writing the suppression list</source>
        <translation>Sperrliste wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot read the segments: %1</source>
        <translation>Die Segmente können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::ExportActions</name>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write contacts in an email service&apos;s import layout, or a suppression list</source>
        <translation>Kontakte im Importformat eines E-Mail-Dienstes oder als Sperrliste schreiben</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 Kontakte nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>%1 gesperrte Kontakte (abgemeldet, bereinigt, unzustellbar oder Spam gemeldet) wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>%1 Kontakte in %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>herald::ExportDialog</name>
    <message>
        <source>A send list for an email service</source>
        <translation>Eine Versandliste für einen E-Mail-Dienst</translation>
    </message>
    <message>
        <source>A suppression list (contacts who must not be emailed)</source>
        <translation>Eine Sperrliste (Kontakte, die keine E-Mails erhalten dürfen)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark</source>
        <translation>Datei mit einem Byte Order Mark (BOM) beginnen</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>This workspace has no segments yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Segmente.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert werden soll</translation>
    </message>
    <message>
        <source>Email service:</source>
        <translation>E-Mail-Dienst:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codierung:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Everyone who must not be emailed</source>
        <translation>Alle, die keine E-Mails erhalten dürfen</translation>
    </message>
    <message>
        <source>Everyone who may be emailed</source>
        <translation>Alle, die E-Mails erhalten dürfen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>As %1 expects (%2)</source>
        <translation>Wie von %1 erwartet (%2)</translation>
    </message>
    <message>
        <source>Columns: email, reason, since. Most services accept such a list as a suppression or blocklist import.</source>
        <translation>Spalten: email, reason, since. Die meisten Dienste akzeptieren eine solche Liste als Import einer Sperr- oder Blockliste.</translation>
    </message>
    <message>
        <source>Comma (the usual)</source>
        <translation>Komma (üblich)</translation>
    </message>
    <message>
        <source>suppression-list-%1.csv</source>
        <translation>sperrliste-%1.csv</translation>
    </message>
    <message>
        <source>%1-contacts-%2.csv</source>
        <translation>%1-kontakte-%2.csv</translation>
    </message>
    <message>
        <source>Counting the contacts…</source>
        <translation>Kontakte werden gezählt…</translation>
    </message>
    <message>
        <source>No contact matches these choices: there is nothing to export.</source>
        <translation>Kein Kontakt entspricht dieser Auswahl; es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Contacts in the file: %1.</source>
        <translation>Kontakte in der Datei: %1.</translation>
    </message>
    <message>
        <source>Suppressed contacts left out: %1 (unsubscribed, cleaned, bounced or complained; they must not be emailed).</source>
        <translation>Ausgelassene gesperrte Kontakte: %1 (abgemeldet, bereinigt, unzustellbar oder Spam gemeldet; sie dürfen keine E-Mails erhalten).</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to save to.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen zum Speichern.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The contacts could not be exported.</source>
        <translation>Die Kontakte konnten nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>herald::FileStep</name>
    <message>
        <source>Drop your export file here</source>
        <translation>Legen Sie Ihre Exportdatei hier ab</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Andere Datei auswählen…</translation>
    </message>
    <message>
        <source>Files in this archive</source>
        <translation>Dateien in diesem Archiv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose the file your email service exported</source>
        <translation>Wählen Sie die Datei, die Ihr E-Mail-Dienst exportiert hat</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>%1 · changed %2
%3</source>
        <translation>%1 · geändert am %2
%3</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Check at least one file to import.</source>
        <translation>Markieren Sie mindestens eine Datei für den Import.</translation>
    </message>
    <message>
        <source>%1 of %2 CSV files will be imported, in one go: if anything fails, none of them is. Herald recognises each file on its own, so a list of unsubscribed members keeps them unsubscribed.</source>
        <translation>%1 von %2 CSV-Dateien werden in einem Durchgang importiert: Schlägt etwas fehl, wird keine davon importiert. Herald erkennt jede Datei einzeln, sodass eine Liste abgemeldeter Mitglieder diese abgemeldet lässt.</translation>
    </message>
    <message>
        <source>Import as Contacts Instead</source>
        <translation>Stattdessen als Kontakte importieren</translation>
    </message>
    <message>
        <source>Choose the activity file your email service or shop exported</source>
        <translation>Wählen Sie die Aktivitätsdatei, die Ihr E-Mail-Dienst oder Shop exportiert hat</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Kampagnenaktivität importieren</translation>
    </message>
    <message>
        <source>Opens, clicks, sends, bounces or shop orders, one row each; a campaign report; or a whole Mailchimp account export as a ZIP. From Mailchimp, Klaviyo, listmonk, a shop or a spreadsheet.</source>
        <translation>Öffnungen, Klicks, Versand, Bounces oder Shop-Bestellungen, je eine Zeile; ein Kampagnenbericht; oder ein kompletter Mailchimp-Kontoexport als ZIP. Von Mailchimp, Klaviyo, listmonk, einem Shop oder aus einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>A CSV, TSV or text file, or a ZIP archive of them, as exported by Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic or a spreadsheet. Campaign activity (opens, clicks, orders) is recognised too.</source>
        <translation>Eine CSV-, TSV- oder Textdatei oder ein ZIP-Archiv davon, wie von Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic oder einer Tabellenkalkulation exportiert. Kampagnenaktivität (Öffnungen, Klicks, Bestellungen) wird ebenfalls erkannt.</translation>
    </message>
    <message>
        <source>Check at least one activity file: the checked files hold no opens, clicks, orders or campaign report.</source>
        <translation>Markieren Sie mindestens eine Aktivitätsdatei: Die markierten Dateien enthalten keine Öffnungen, Klicks, Bestellungen und keinen Kampagnenbericht.</translation>
    </message>
    <message>
        <source>%1 of the checked files will be imported as activity, in one go: if anything fails, none of them is. Files that are not activity, such as a contact list, are left out.</source>
        <translation>%1 der markierten Dateien werden in einem Durchgang als Aktivität importiert: Schlägt etwas fehl, wird keine davon importiert. Dateien, die keine Aktivität sind, etwa eine Kontaktliste, werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Campaign activity: %1</source>
        <translation>Kampagnenaktivität: %1</translation>
    </message>
    <message>
        <source>%1.
Recognised as %2. Herald adds it to your contacts&apos; histories; the next steps show how it is read, and nothing is written before the last one.</source>
        <translation>%1.
Erkannt als %2. Herald fügt sie dem Verlauf Ihrer Kontakte hinzu; die nächsten Schritte zeigen, wie sie gelesen wird, und vor dem letzten wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>generisches Layout</translation>
    </message>
    <message>
        <source>1 file in the archive is not activity and will be left out.</source>
        <translation>1 Datei im Archiv ist keine Aktivität und wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 files in the archive are not activity and will be left out.</source>
        <translation>%1 Dateien im Archiv sind keine Aktivität und werden ausgelassen.</translation>
    </message>
    <message>
        <source>This is a contact list, not campaign activity</source>
        <translation>Dies ist eine Kontaktliste, keine Kampagnenaktivität</translation>
    </message>
    <message>
        <source>The columns match %1. Campaign activity is a file of opens, clicks, sends, bounces or orders, one row each, or a campaign report. Choose another file, or import this one as contacts.</source>
        <translation>Die Spalten entsprechen %1. Kampagnenaktivität ist eine Datei mit Öffnungen, Klicks, Versand, Bounces oder Bestellungen, je eine Zeile, oder ein Kampagnenbericht. Wählen Sie eine andere Datei oder importieren Sie diese als Kontakte.</translation>
    </message>
    <message>
        <source>a contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Herald cannot import this file as campaign activity</source>
        <translation>Herald kann diese Datei nicht als Kampagnenaktivität importieren</translation>
    </message>
    <message>
        <source>%1

Choose the file your email service or shop exported with the opens, clicks, sends or orders, or its campaign report.</source>
        <translation>%1

Wählen Sie die Datei mit den Öffnungen, Klicks, Versanddaten oder Bestellungen, die Ihr E-Mail-Dienst oder Shop exportiert hat, oder dessen Kampagnenbericht.</translation>
    </message>
    <message>
        <source>A contact list</source>
        <translation>Eine Kontaktliste</translation>
    </message>
    <message>
        <source>The columns match %1. Herald imports it as contacts; the next steps show how it reads them.</source>
        <translation>Die Spalten entsprechen %1. Herald importiert sie als Kontakte; die nächsten Schritte zeigen, wie Herald sie liest.</translation>
    </message>
</context>
<context>
    <name>herald::FileZoneCombo</name>
    <message>
        <source>Automatic: UTC, as %1 writes its exports</source>
        <translation>Automatisch: UTC, wie %1 seine Exporte schreibt</translation>
    </message>
    <message>
        <source>Automatic: the workspace&apos;s zone, %1</source>
        <translation>Automatisch: Zeitzone des Arbeitsbereichs, %1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Herald knows; choose one from the list, e.g. Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die Herald kennt; wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::FilterPopup</name>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>No values in this workspace</source>
        <translation>Keine Werte in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>herald::FirstStartPage</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Willkommen bei Herald</translation>
    </message>
    <message>
        <source>Herald plans your email campaigns on this computer: it learns when each contact tends to open, groups your list into segments and previews every send, and your contacts never leave this machine.</source>
        <translation>Herald plant Ihre E-Mail-Kampagnen auf diesem Computer: Es lernt, wann jeder Kontakt üblicherweise öffnet, teilt Ihre Liste in Segmente ein und zeigt jeden Versand in der Vorschau – und Ihre Kontakte verlassen diesen Rechner nie.</translation>
    </message>
    <message>
        <source>No workspace is open. How would you like to start?</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>This workspace has no contacts yet. How would you like to start?</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Kontakte. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>herald::GrowthChart</name>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Cleaned or bounced</source>
        <translation>Bereinigt oder unzustellbar</translation>
    </message>
    <message>
        <source>Subscribed at month end</source>
        <translation>Angemeldet am Monatsende</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Kontakte pro Monat</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;New contacts: %2&lt;br&gt;Unsubscribed: %3&lt;br&gt;Cleaned or bounced: %4&lt;br&gt;Subscribed at month end: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Neue Kontakte: %2&lt;br&gt;Abgemeldet: %3&lt;br&gt;Bereinigt oder unzustellbar: %4&lt;br&gt;Angemeldet am Monatsende: %5</translation>
    </message>
</context>
<context>
    <name>herald::HeatmapWidget</name>
    <message>
        <source>1 open or click</source>
        <translation>1 Öffnung oder Klick</translation>
    </message>
    <message>
        <source>%1 opens and clicks</source>
        <translation>%1 Öffnungen und Klicks</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3: %4</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More (up to %1 in an hour)</source>
        <translation>Mehr (bis zu %1 pro Stunde)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>herald::HeraldField</name>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>UTC offset (hours)</source>
        <translation>UTC-Versatz (Stunden)</translation>
    </message>
    <message>
        <source>Daylight saving offset (hours)</source>
        <translation>Sommerzeit-Versatz (Stunden)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Opted out of email (yes/no)</source>
        <translation>Von E-Mails abgemeldet (ja/nein)</translation>
    </message>
    <message>
        <source>Hard bounced (yes/no)</source>
        <translation>Hard Bounce (ja/nein)</translation>
    </message>
    <message>
        <source>Marked as spam (yes/no)</source>
        <translation>Als Spam gemeldet (ja/nein)</translation>
    </message>
    <message>
        <source>Marketing consent (yes/no)</source>
        <translation>Marketing-Einwilligung (ja/nein)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Benutzerdefinierte Felder (JSON)</translation>
    </message>
    <message>
        <source>ID at the ESP</source>
        <translation>ID beim ESP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Opt-in time</source>
        <translation>Zeitpunkt der Anmeldung</translation>
    </message>
    <message>
        <source>Opt-in IP address</source>
        <translation>IP-Adresse der Anmeldung</translation>
    </message>
    <message>
        <source>Confirmation time</source>
        <translation>Zeitpunkt der Bestätigung</translation>
    </message>
    <message>
        <source>Confirmation IP address</source>
        <translation>IP-Adresse der Bestätigung</translation>
    </message>
    <message>
        <source>Consent time</source>
        <translation>Zeitpunkt der Einwilligung</translation>
    </message>
    <message>
        <source>Unsubscribe time</source>
        <translation>Zeitpunkt der Abmeldung</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>Grund der Abmeldung</translation>
    </message>
    <message>
        <source>Cleaned time</source>
        <translation>Zeitpunkt der Bereinigung</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Betreffzeile</translation>
    </message>
    <message>
        <source>Audience or list</source>
        <translation>Zielgruppe oder Liste</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Versandzeitpunkt</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Eindeutige Öffnungen</translation>
    </message>
    <message>
        <source>Total opens</source>
        <translation>Öffnungen gesamt</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Eindeutige Klicks</translation>
    </message>
    <message>
        <source>Total clicks</source>
        <translation>Klicks gesamt</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Spam-Beschwerden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Campaign ID at the ESP</source>
        <translation>Kampagnen-ID beim ESP</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>E-Mail-Adresse des Kontakts</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Ereigniszeitpunkt</translation>
    </message>
    <message>
        <source>Campaign send time</source>
        <translation>Versandzeitpunkt der Kampagne</translation>
    </message>
    <message>
        <source>Clicked link</source>
        <translation>Geklickter Link</translation>
    </message>
    <message>
        <source>Order or invoice number</source>
        <translation>Bestell- oder Rechnungsnummer</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>User agent or email client</source>
        <translation>User-Agent oder E-Mail-Programm</translation>
    </message>
    <message>
        <source>Machine or privacy-proxy open (yes/no)</source>
        <translation>Maschinelle oder Privacy-Proxy-Öffnung (ja/nein)</translation>
    </message>
    <message>
        <source>Bounce type (hard or soft)</source>
        <translation>Bounce-Typ (hard oder soft)</translation>
    </message>
    <message>
        <source>Country of the customer</source>
        <translation>Land des Kunden</translation>
    </message>
</context>
<context>
    <name>herald::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Monthly activity</source>
        <translation>Aktivität pro Monat</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation>Einwilligungsstatus</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Übersicht über %1</translation>
    </message>
    <message>
        <source>%1 can be emailed</source>
        <translation>%1 per E-Mail erreichbar</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 versendete E-Mails</translation>
    </message>
    <message>
        <source>%1 opens, %2 clicks</source>
        <translation>%1 Öffnungen, %2 Klicks</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>last event on %1</source>
        <translation>letztes Ereignis am %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>import campaign activity to see it here</source>
        <translation>importieren Sie Kampagnenaktivität, um sie hier zu sehen</translation>
    </message>
    <message>
        <source>The workspace summary could not be read.
%1</source>
        <translation>Die Übersicht des Arbeitsbereichs konnte nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>List growth</source>
        <translation>Listenwachstum</translation>
    </message>
    <message>
        <source>Contacts added each month above the line, unsubscribes and cleaned or bounced addresses below it, and how many could be emailed at each month&apos;s end.</source>
        <translation>Oberhalb der Linie die pro Monat hinzugefügten Kontakte, unterhalb die Abmeldungen sowie bereinigte oder unzustellbare Adressen, dazu, wie viele Kontakte am jeweiligen Monatsende per E-Mail erreichbar waren.</translation>
    </message>
    <message>
        <source>Engagement over time</source>
        <translation>Engagement im Zeitverlauf</translation>
    </message>
    <message>
        <source>Rates of the campaigns sent each month, over delivered emails. Opens by mail clients and privacy proxies are left out.</source>
        <translation>Raten der pro Monat versendeten Kampagnen, bezogen auf zugestellte E-Mails. Öffnungen durch E-Mail-Programme und Privacy-Proxys sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Reading the list&apos;s history…</source>
        <translation>Verlauf der Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Kampagnen werden gelesen…</translation>
    </message>
    <message>
        <source>The trends could not be read.
%1</source>
        <translation>Die Trends konnten nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>No contacts yet. Import your contacts to see how your list grows month by month.</source>
        <translation>Noch keine Kontakte. Importieren Sie Ihre Kontakte, um zu sehen, wie Ihre Liste Monat für Monat wächst.</translation>
    </message>
    <message>
        <source>Since %1: %2 contacts added, %3 unsubscribed, %4 cleaned or bounced; %5 subscribed at the end of %6</source>
        <translation>Seit %1: %2 Kontakte hinzugefügt, %3 abgemeldet, %4 bereinigt oder unzustellbar; %5 angemeldet Ende %6</translation>
    </message>
    <message>
        <source>No campaign results yet. Import campaign activity to see open and click rates month by month.</source>
        <translation>Noch keine Kampagnenergebnisse. Importieren Sie Kampagnenaktivität, um Öffnungs- und Klickraten Monat für Monat zu sehen.</translation>
    </message>
    <message>
        <source>%1 campaigns since %2: %3 opened, %4 clicked</source>
        <translation>%1 Kampagnen seit %2: %3 geöffnet, %4 geklickt</translation>
    </message>
    <message>
        <source>No sends, opens or clicks yet. Import campaign activity to see them by month.</source>
        <translation>Noch kein Versand, keine Öffnungen und keine Klicks. Importieren Sie Kampagnenaktivität, um sie nach Monaten zu sehen.</translation>
    </message>
</context>
<context>
    <name>herald::HourlyEngagementChart</name>
    <message>
        <source>Opens by people</source>
        <translation>Öffnungen durch Personen</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Maschinelle Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Hours since send</source>
        <translation>Stunden seit dem Versand</translation>
    </message>
    <message>
        <source>Opens and clicks by people</source>
        <translation>Öffnungen und Klicks durch Personen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1–%2 hours after sending&lt;/b&gt;&lt;br&gt;Opens by people: %3&lt;br&gt;Machine opens: %4&lt;br&gt;Clicks: %5</source>
        <translation>&lt;b&gt;%1–%2 Stunden nach dem Versand&lt;/b&gt;&lt;br&gt;Öffnungen durch Personen: %3&lt;br&gt;Maschinelle Öffnungen: %4&lt;br&gt;Klicks: %5</translation>
    </message>
</context>
<context>
    <name>herald::Import</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for column &quot;%2&quot;; use one of: %3, tags, ignore, custom, custom:NAME</source>
        <translation>unbekanntes Feld &quot;%1&quot; für Spalte &quot;%2&quot;; verwenden Sie eines von: %3, tags, ignore, custom, custom:NAME</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are %2</source>
        <translation>die Datei hat keine Spalte &quot;%1&quot;; ihre Spalten sind %2</translation>
    </message>
    <message>
        <source>Checking dates</source>
        <translation>Datumsangaben werden geprüft</translation>
    </message>
    <message>
        <source>the dates in this file are written both day-first and month-first; choose the order (--date-order dmy or mdy)</source>
        <translation>die Datumsangaben in dieser Datei stehen teils mit dem Tag, teils mit dem Monat zuerst; wählen Sie die Reihenfolge (--date-order dmy oder mdy)</translation>
    </message>
    <message>
        <source>every date could be day/month or month/day (for example &quot;%1&quot;); choose the order (--date-order dmy or mdy)</source>
        <translation>jedes Datum könnte Tag/Monat oder Monat/Tag sein (zum Beispiel &quot;%1&quot;); wählen Sie die Reihenfolge (--date-order dmy oder mdy)</translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>die erste Zeile enthält Daten statt Spaltennamen; Herald braucht eine Kopfzeile, um die Spalten zu erkennen</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>unbekanntes Profil &quot;%1&quot;; verwenden Sie auto oder eines von: %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder; choose a CSV or ZIP file.</source>
        <translation>Dies ist ein Ordner; wählen Sie eine CSV- oder ZIP-Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>Die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive, so it has no member &quot;%1&quot;.</source>
        <translation>Dies ist kein ZIP-Archiv und enthält daher keine Datei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The archive holds no CSV file.</source>
        <translation>Das Archiv enthält keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The archive has no CSV member &quot;%1&quot;.</source>
        <translation>Das Archiv enthält keine CSV-Datei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Indexing contacts</source>
        <translation>Kontakte werden indiziert</translation>
    </message>
</context>
<context>
    <name>herald::ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the contacts your email service exported</source>
        <translation>Die von Ihrem E-Mail-Dienst exportierten Kontakte importieren</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 rejected</source>
        <translation>%1 importiert: %2 neu, %3 aktualisiert, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Import Campaign &amp;Activity…</source>
        <translation>Kampagnen&amp;aktivität importieren…</translation>
    </message>
    <message>
        <source>Import opens, clicks, sends, bounces, orders or campaign reports from your email service or shop</source>
        <translation>Öffnungen, Klicks, Versand, Bounces, Bestellungen oder Kampagnenberichte aus Ihrem E-Mail-Dienst oder Shop importieren</translation>
    </message>
    <message>
        <source>ESP exports (*.csv *.tsv *.txt *.zip);;All files (*)</source>
        <translation>ESP-Exporte (*.csv *.tsv *.txt *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Kampagnenaktivität importieren</translation>
    </message>
    <message>
        <source>Everything is imported into the open workspace.</source>
        <translation>Alles wird in den geöffneten Arbeitsbereich importiert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new events, %3 already present, %4 rejected</source>
        <translation>%1 importiert: %2 neue Ereignisse, %3 bereits vorhanden, %4 abgelehnt</translation>
    </message>
</context>
<context>
    <name>herald::ImportLayout</name>
    <message>
        <source>The contact has no email address, so %1 cannot import it.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse, daher kann %1 ihn nicht importieren.</translation>
    </message>
    <message>
        <source>unbalanced braces in “%1”</source>
        <translation>unpaarige geschweifte Klammern in „%1“</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in “%2”</source>
        <translation>unbekannter Platzhalter {%1} in „%2“</translation>
    </message>
</context>
<context>
    <name>herald::ImportStep</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
</context>
<context>
    <name>herald::ImportText</name>
    <message>
        <source>from a time zone column</source>
        <translation>aus einer Zeitzonenspalte</translation>
    </message>
    <message>
        <source>from the ESP&apos;s time zone</source>
        <translation>aus der Zeitzone des ESP</translation>
    </message>
    <message>
        <source>from a UTC offset</source>
        <translation>aus einem UTC-Versatz</translation>
    </message>
    <message>
        <source>from the postal code</source>
        <translation>aus der Postleitzahl</translation>
    </message>
    <message>
        <source>from the state or region</source>
        <translation>aus dem Bundesland oder der Region</translation>
    </message>
    <message>
        <source>from the country</source>
        <translation>aus dem Land</translation>
    </message>
    <message>
        <source>workspace time zone</source>
        <translation>Zeitzone des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>zone column</source>
        <translation>Zeitzonenspalte</translation>
    </message>
    <message>
        <source>ESP</source>
        <translation>ESP</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC-Versatz</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Hoch (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Mittel (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Niedrig (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
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
        <translation>Herald erstellt die Such- und Sortierindizes im Hintergrund (siehe Statusleiste). Suchen und Sortieren funktionieren bereits, nur langsamer.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
</context>
<context>
    <name>herald::ImportWizard</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing your campaign activity</source>
        <translation>Ihre Kampagnenaktivität wird importiert</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Kampagnenaktivität importieren</translation>
    </message>
    <message>
        <source>Import campaign activity</source>
        <translation>Kampagnenaktivität importieren</translation>
    </message>
</context>
<context>
    <name>herald::ImportsModel</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>herald::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Abgelehnte exportieren…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Every file you import is listed here with what became of its rows, so you can always see where a contact came from and which rows were left out.</source>
        <translation>Jede importierte Datei wird hier mit dem Verbleib ihrer Zeilen aufgeführt, sodass Sie jederzeit sehen, woher ein Kontakt stammt und welche Zeilen ausgelassen wurden.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>Die abgelehnten Zeilen konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>The list of imports could not be read.</source>
        <translation>Die Liste der Importe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>1 import, %1 rejected rows</source>
        <translation>1 Import, %1 abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>%1 imports, %2 rejected rows</source>
        <translation>%1 Importe, %2 abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Abgelehnte Zeilen von %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Select an import to see its rejected rows.</source>
        <translation>Wählen Sie einen Import aus, um seine abgelehnten Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>Every row of this file was imported.</source>
        <translation>Jede Zeile dieser Datei wurde importiert.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Die ersten %1 von %2 werden angezeigt; der Export enthält alle.</translation>
    </message>
    <message>
        <source>Each row is kept with its line in the file and the reason it was left out.</source>
        <translation>Jede Zeile wird mit ihrer Zeilennummer in der Datei und dem Grund für das Auslassen aufbewahrt.</translation>
    </message>
    <message>
        <source>Import Campaign Activity…</source>
        <translation>Kampagnenaktivität importieren…</translation>
    </message>
</context>
<context>
    <name>herald::IndexMaintenance</name>
    <message>
        <source>Indexing was cancelled; it continues the next time the workspace opens.</source>
        <translation>Die Indizierung wurde abgebrochen; sie wird beim nächsten Öffnen des Arbeitsbereichs fortgesetzt.</translation>
    </message>
    <message>
        <source>Cannot read which indexes are pending: %1</source>
        <translation>Ausstehende Indizes können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Indexing contacts for search</source>
        <translation>Kontakte werden für die Suche indiziert</translation>
    </message>
    <message>
        <source>Building sort and look-up indexes (%1 of %2)</source>
        <translation>Sortier- und Suchindizes werden erstellt (%1 von %2)</translation>
    </message>
    <message>
        <source>Cannot build the workspace&apos;s indexes: %1</source>
        <translation>Die Indizes des Arbeitsbereichs können nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::IndexingStatus</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes the next time the workspace opens)</source>
        <translation>Indizierung anhalten (sie wird beim nächsten Öffnen des Arbeitsbereichs fortgesetzt)</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Indizierung anhalten</translation>
    </message>
    <message>
        <source>A large import is searchable and sortable already; these indexes make searching and sorting fast.</source>
        <translation>Ein großer Import ist bereits durchsuchbar und sortierbar; diese Indizes machen Suchen und Sortieren schnell.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation>Indizierung angehalten: %1</translation>
    </message>
    <message>
        <source>Search and sort indexes are up to date.</source>
        <translation>Such- und Sortierindizes sind auf dem neuesten Stand.</translation>
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
        <translation>Demo-Arbeitsbereich ausprobieren</translation>
    </message>
    <message>
        <source>A made-up shop with 5,000 contacts and a year of campaigns, opens and purchases, to explore everything safely.</source>
        <translation>Ein erfundener Shop mit 5.000 Kontakten und einem Jahr voller Kampagnen, Öffnungen und Käufe, um alles gefahrlos auszuprobieren.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Continue with a Herald workspace file you already have.</source>
        <translation>Mit einer vorhandenen Herald-Arbeitsbereichsdatei weiterarbeiten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Ü&amp;ber Herald</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation>%1 — Herald</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <source>Bring in the CSV or ZIP file your email service exported: Mailchimp, Klaviyo, HubSpot, Brevo and others are recognised. Or drop it here.</source>
        <translation>Übernehmen Sie die CSV- oder ZIP-Datei, die Ihr E-Mail-Dienst exportiert hat: Mailchimp, Klaviyo, HubSpot, Brevo und andere werden erkannt. Oder legen Sie sie hier ab.</translation>
    </message>
</context>
<context>
    <name>herald::MappingModel</name>
    <message>
        <source>%1 exports this column; Herald knows what it holds.</source>
        <translation>%1 exportiert diese Spalte; Herald weiß, was sie enthält.</translation>
    </message>
    <message>
        <source>Herald does not know this column: check where it should go.</source>
        <translation>Herald kennt diese Spalte nicht: Prüfen Sie, wohin sie gehört.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
</context>
<context>
    <name>herald::MappingStep</name>
    <message>
        <source>Save Mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet</source>
        <translation>Mit dieser Zuordnung kann noch nicht importiert werden</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>Die ersten Zeilen, wie sie importiert werden</translation>
    </message>
    <message>
        <source>Which way round are the dates written?</source>
        <translation>In welcher Reihenfolge sind die Datumsangaben geschrieben?</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Choose where each column goes</source>
        <translation>Wählen Sie, wohin jede Spalte gehört</translation>
    </message>
    <message>
        <source>Each column goes to a Herald field; the preview below follows every change. Columns shown here are those of the first file: a column of the same name in the other files follows your choice, and Herald maps the rest.</source>
        <translation>Jede Spalte wird einem Herald-Feld zugeordnet; die Vorschau unten folgt jeder Änderung. Die hier gezeigten Spalten stammen aus der ersten Datei: Eine gleichnamige Spalte in den anderen Dateien folgt Ihrer Auswahl, den Rest ordnet Herald zu.</translation>
    </message>
    <message>
        <source>Each column of the file goes to a Herald field. Check the ones Herald did not recognise; the preview below follows every change.</source>
        <translation>Jede Spalte der Datei wird einem Herald-Feld zugeordnet. Prüfen Sie die Spalten, die Herald nicht erkannt hat; die Vorschau unten folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>%1 rows, none rejected</source>
        <translation>%1 Zeilen, keine abgelehnt</translation>
    </message>
    <message>
        <source>%1 rows, %2 will be rejected; hover a red cell to see why</source>
        <translation>%1 Zeilen, %2 werden abgelehnt; zeigen Sie auf eine rote Zelle, um den Grund zu sehen</translation>
    </message>
    <message>
        <source>Dates such as “%1” could mean either. Herald needs to know before importing, and will read every date of the file the same way.</source>
        <translation>Datumsangaben wie „%1“ können beides bedeuten. Herald muss es vor dem Import wissen und liest jedes Datum der Datei auf dieselbe Weise.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Tag zuerst: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Monat zuerst: %1</translation>
    </message>
    <message>
        <source>Apply a saved mapping…</source>
        <translation>Gespeicherte Zuordnung anwenden…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>Name dieser Zuordnung:</translation>
    </message>
    <message>
        <source>A mapping called “%1” already exists.</source>
        <translation>Eine Zuordnung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Replace it with this one?</source>
        <translation>Durch diese ersetzen?</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>The mapping could not be applied.</source>
        <translation>Die Zuordnung konnte nicht angewendet werden.</translation>
    </message>
</context>
<context>
    <name>herald::NavigationView</name>
    <message>
        <source>WORKSPACE</source>
        <translation>ARBEITSBEREICH</translation>
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
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
</context>
<context>
    <name>herald::OptionsStep</name>
    <message>
        <source>Contacts already in the workspace</source>
        <translation>Kontakte, die bereits im Arbeitsbereich sind</translation>
    </message>
    <message>
        <source>Rows that say nothing about consent</source>
        <translation>Zeilen ohne Angaben zur Einwilligung</translation>
    </message>
    <message>
        <source>Times without a time zone</source>
        <translation>Zeitangaben ohne Zeitzone</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Fill in only what Herald does not know yet; tags and custom fields are added.</source>
        <translation>Nur ergänzen, was Herald noch nicht kennt; Tags und benutzerdefinierte Felder werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones wherever the file has a value.</source>
        <translation>Die Werte der Datei ersetzen die gespeicherten, wo immer die Datei einen Wert hat.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Leave contacts Herald already has as they are; only new addresses are added.</source>
        <translation>Kontakte, die Herald bereits hat, bleiben unverändert; nur neue Adressen werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Whatever you choose, nobody who unsubscribed, bounced or complained is made subscribed again by an import.</source>
        <translation>Was Sie auch wählen: Niemand, der sich abgemeldet hat, unzustellbar ist oder Spam gemeldet hat, wird durch einen Import wieder angemeldet.</translation>
    </message>
    <message>
        <source>They opted in to your emails, as on a list exported from your email service.</source>
        <translation>Sie haben sich für Ihre E-Mails angemeldet, wie auf einer Liste, die Ihr E-Mail-Dienst exportiert hat.</translation>
    </message>
    <message>
        <source>Customers or leads who never opted in to marketing, e.g. from a shop&apos;s order export.</source>
        <translation>Kunden oder Interessenten, die nie in Marketing eingewilligt haben, z. B. aus dem Bestellexport eines Shops.</translation>
    </message>
    <message>
        <source>They signed up but have not confirmed yet (double opt-in).</source>
        <translation>Sie haben sich angemeldet, aber noch nicht bestätigt (Double-Opt-in).</translation>
    </message>
    <message>
        <source>Rows whose file or status column says otherwise keep what it says, and a list of unsubscribed members stays unsubscribed.</source>
        <translation>Zeilen, bei denen die Datei oder die Statusspalte etwas anderes angibt, behalten diese Angabe, und eine Liste abgemeldeter Mitglieder bleibt abgemeldet.</translation>
    </message>
    <message>
        <source>Signup and opt-in times written without an offset, such as “2024-03-01 09:00”, are read in this zone.</source>
        <translation>Anmelde- und Opt-in-Zeitpunkte ohne Versatz, etwa „2024-03-01 09:00“, werden in dieser Zeitzone gelesen.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Decide how the contacts are added</source>
        <translation>Legen Sie fest, wie die Kontakte hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>herald::PreviewModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Zone from</source>
        <translation>Zeitzone aus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>herald::RejectsExport</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Writing rejected rows</source>
        <translation>Abgelehnte Zeilen werden geschrieben</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 rejected rows</source>
        <translation>%1 abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>1 rejected row</source>
        <translation>1 abgelehnte Zeile</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>herald::RejectsModel</name>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>%1

The row as read: %2</source>
        <translation>%1

Die Zeile wie gelesen: %2</translation>
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
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>herald::RejectsSection</name>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Abgelehnte exportieren…</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>Die abgelehnten Zeilen konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Die ersten %1 von %2 werden angezeigt; der Export enthält alle.</translation>
    </message>
</context>
<context>
    <name>herald::RunStep</name>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>The import runs in one go: until it has finished, nothing in the workspace changes, and a cancelled or failed import leaves it exactly as it was.</source>
        <translation>Der Import läuft in einem Durchgang: Bis er abgeschlossen ist, ändert sich nichts im Arbeitsbereich, und ein abgebrochener oder fehlgeschlagener Import lässt ihn genau so, wie er war.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing your contacts</source>
        <translation>Ihre Kontakte werden importiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Wird abgebrochen: Bisher Importiertes wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert</translation>
    </message>
    <message>
        <source>Nothing from this file was added. Go back to change the settings, or close.</source>
        <translation>Aus dieser Datei wurde nichts hinzugefügt. Gehen Sie zurück, um die Einstellungen zu ändern, oder schließen Sie den Assistenten.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Der Import wurde gestoppt.</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged</source>
        <translation>Es wurde nichts importiert; der Arbeitsbereich ist unverändert</translation>
    </message>
</context>
<context>
    <name>herald::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Used for contacts whose own time zone is not known, and for dates shown in this workspace.</source>
        <translation>Gilt für Kontakte ohne bekannte eigene Zeitzone und für die Datumsangaben in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open a workspace to set its time zone.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Zeitzone festzulegen.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>How many processor threads training and predictions use.</source>
        <translation>Wie viele Prozessor-Threads Training und Vorhersagen nutzen.</translation>
    </message>
    <message>
        <source>Herald switches to the new language the next time it starts.</source>
        <translation>Herald wechselt beim nächsten Start zur neuen Sprache.</translation>
    </message>
    <message>
        <source>The new thread count applies the next time Herald starts.</source>
        <translation>Die neue Thread-Anzahl gilt ab dem nächsten Start von Herald.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Herald knows. Pick one from the list, for example Europe/Berlin.</source>
        <translation>&quot;%1&quot; ist keine Zeitzone, die Herald kennt. Wählen Sie eine aus der Liste, zum Beispiel Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::StatusBreakdown</name>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) are never exported for sending.</source>
        <translation>%1 gesperrte Kontakte (abgemeldet, bereinigt, unzustellbar oder Spam gemeldet) werden nie für den Versand exportiert.</translation>
    </message>
</context>
<context>
    <name>herald::SummaryDetails</name>
    <message>
        <source>in under a second</source>
        <translation>in unter einer Sekunde</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
</context>
<context>
    <name>herald::SummaryStep</name>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Consent kept</source>
        <translation>Einwilligung beibehalten</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Your contacts are in</source>
        <translation>Ihre Kontakte sind importiert</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>in 1 Datei</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>in %1 Dateien</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>completed or changed</source>
        <translation>ergänzt oder geändert</translation>
    </message>
    <message>
        <source>nothing new in them</source>
        <translation>nichts Neues darin</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>jede Zeile war verwendbar</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>unten aufgeführt</translation>
    </message>
    <message>
        <source>%1 read = %2 new + %3 updated + %4 + %5 rejected, %6</source>
        <translation>%1 gelesen = %2 neu + %3 aktualisiert + %4 + %5 abgelehnt, %6</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>1 Duplikat</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 Duplikate</translation>
    </message>
    <message>
        <source>Nobody in the file who had opted out was listed as subscribed.</source>
        <translation>Niemand, der sich abgemeldet hatte, war in der Datei als angemeldet aufgeführt.</translation>
    </message>
    <message>
        <source>1 contact who had opted out stays opted out, although the file lists them as subscribed.</source>
        <translation>1 Kontakt, der sich abgemeldet hatte, bleibt abgemeldet, obwohl die Datei ihn als angemeldet führt.</translation>
    </message>
    <message>
        <source>%1 contacts who had opted out stay opted out, although the file lists them as subscribed.</source>
        <translation>%1 Kontakte, die sich abgemeldet hatten, bleiben abgemeldet, obwohl die Datei sie als angemeldet führt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No contact was added or changed.</source>
        <translation>Kein Kontakt wurde hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (die Zeile wurde trotzdem importiert), z. B. %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new, %5 updated, %6, %7 rejected</source>
        <translation>%1 (%2): %3, %4 neu, %5 aktualisiert, %6, %7 abgelehnt</translation>
    </message>
</context>
<context>
    <name>herald::TargetDelegate</name>
    <message>
        <source>Custom field…</source>
        <translation>Benutzerdefiniertes Feld…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>Name des benutzerdefinierten Felds für die Spalte „%1“:</translation>
    </message>
</context>
<context>
    <name>herald::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>herald::TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
</context>
<context>
    <name>herald::TimeZoneResolver</name>
    <message>
        <source>unknown country &apos;%1&apos;</source>
        <translation>unbekanntes Land &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>unbekannte Zeitzone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid UTC offset &apos;%1&apos;</source>
        <translation>ungültiger UTC-Versatz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid daylight saving UTC offset &apos;%1&apos;</source>
        <translation>ungültiger UTC-Versatz für die Sommerzeit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no time zone keeps %1 with %2 during daylight saving time; assumed %3</source>
        <translation>keine Zeitzone hat %1 und während der Sommerzeit %2; %3 angenommen</translation>
    </message>
    <message>
        <source>no time zone keeps %1; used a fixed offset without daylight saving time</source>
        <translation>keine Zeitzone hat %1; fester Versatz ohne Sommerzeit verwendet</translation>
    </message>
    <message>
        <source>no time zone is known for %1</source>
        <translation>für %1 ist keine Zeitzone bekannt</translation>
    </message>
    <message>
        <source>%1 spans several time zones; assumed %2</source>
        <translation>%1 erstreckt sich über mehrere Zeitzonen; %2 angenommen</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a US ZIP code</source>
        <translation>&apos;%1&apos; als US-Postleitzahl gelesen</translation>
    </message>
    <message>
        <source>no time zone is known for ZIP code &apos;%1&apos;</source>
        <translation>für die US-Postleitzahl &apos;%1&apos; ist keine Zeitzone bekannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US ZIP code</source>
        <translation>&apos;%1&apos; ist keine US-Postleitzahl</translation>
    </message>
    <message>
        <source>the province of postal code &apos;%1&apos; spans several time zones; assumed %2</source>
        <translation>die Provinz der Postleitzahl &apos;%1&apos; erstreckt sich über mehrere Zeitzonen; %2 angenommen</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a Canadian postal code</source>
        <translation>&apos;%1&apos; als kanadische Postleitzahl gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Canadian postal code</source>
        <translation>&apos;%1&apos; ist keine kanadische Postleitzahl</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; in %2</source>
        <translation>unbekannte Region &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as %2, %3</source>
        <translation>&apos;%1&apos; als %2, %3 gelesen</translation>
    </message>
</context>
<context>
    <name>herald::TimelineModel</name>
    <message>
        <source>Made by a mail client or a privacy scanner that loads every image, not by a person. Herald leaves it out of open rates and of the heatmap.</source>
        <translation>Von einem E-Mail-Programm oder Privacy-Scanner ausgelöst, der jedes Bild lädt, nicht von einer Person. Herald berücksichtigt sie weder in den Öffnungsraten noch in der Heatmap.</translation>
    </message>
    <message>
        <source>%1 (machine)</source>
        <translation>%1 (maschinell)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>herald::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation>Die Arbeitsbereichsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Dies ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: permission denied.</source>
        <translation>Die Arbeitsbereichsdatei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Herald needs to write to its workspace; copy it somewhere writable or change its permissions.</source>
        <translation>Die Arbeitsbereichsdatei ist schreibgeschützt. Herald muss in seinen Arbeitsbereich schreiben können; kopieren Sie die Datei an einen beschreibbaren Ort oder ändern Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation>Die Arbeitsbereichsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is not a Herald workspace (it is not an SQLite database).</source>
        <translation>Diese Datei ist kein Herald-Arbeitsbereich (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>This SQLite database is not a Herald workspace.</source>
        <translation>Diese SQLite-Datenbank ist kein Herald-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Herald (schema %1; this version reads up to schema %2). Update Herald to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren Herald-Version geschrieben (Schema %1; diese Version liest bis Schema %2). Aktualisieren Sie Herald, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging (journal mode is %1). Is it on a network drive?</source>
        <translation>Der Arbeitsbereich kann nicht auf Write-Ahead-Logging umgestellt werden (Journalmodus ist %1). Liegt er auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>Dieser SQLite-Build erzwingt keine Fremdschlüssel.</translation>
    </message>
    <message>
        <source>The workspace file is read-only (%1).</source>
        <translation>Die Arbeitsbereichsdatei ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>The workspace is locked by another program (%1).</source>
        <translation>Der Arbeitsbereich ist von einem anderen Programm gesperrt (%1).</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>Die Übersicht des Arbeitsbereichs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose a new name for the backup.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; wählen Sie einen neuen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>A workspace cannot be backed up onto itself.</source>
        <translation>Ein Arbeitsbereich kann nicht auf sich selbst gesichert werden.</translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation>Die Sicherungsdatei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Die Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Copying the workspace</source>
        <translation>Arbeitsbereich wird kopiert</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unbekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Cannot save the time zone: %1</source>
        <translation>Die Zeitzone kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The integrity check was cancelled.</source>
        <translation>Die Integritätsprüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceActions</name>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Herald-Arbeitsbereiche (*.herald);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Save a copy of the open workspace</source>
        <translation>Eine Kopie des geöffneten Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspace Damaged</source>
        <translation>Arbeitsbereich beschädigt</translation>
    </message>
    <message>
        <source>Herald closed %1 because it is damaged.</source>
        <translation>Herald hat %1 geschlossen, weil die Datei beschädigt ist.</translation>
    </message>
    <message>
        <source>Herald keeps %1 open.</source>
        <translation>Herald lässt %1 geöffnet.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Herald cannot open %1.</source>
        <translation>Herald kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Choose a new name, or use Open Workspace to open it.</source>
        <translation>Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 Sicherung %2</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Arbeitsbereich sichern</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>The backup could not be saved.</source>
        <translation>Die Sicherung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Demo workspace ready: %1, %2 campaigns, %3 events</source>
        <translation>Demo-Arbeitsbereich bereit: %1, %2 Kampagnen, %3 Ereignisse</translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceTrends</name>
    <message>
        <source>Cannot read the workspace trends: %1</source>
        <translation>Die Trends des Arbeitsbereichs können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::ZipArchive</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The ZIP file does not exist.</source>
        <translation>Die ZIP-Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file is not a readable ZIP archive: %1</source>
        <translation>Die Datei ist kein lesbares ZIP-Archiv: %1</translation>
    </message>
    <message>
        <source>The ZIP archive has more than %1 entries; Herald does not read it.</source>
        <translation>Das ZIP-Archiv hat mehr als %1 Einträge; Herald liest es nicht.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged or not a ZIP archive: %1</source>
        <translation>Das ZIP-Archiv ist beschädigt oder kein ZIP-Archiv: %1</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive is damaged: %2</source>
        <translation>Die Datei %1 im ZIP-Archiv ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive inflates to more than %2 MiB; Herald stops reading it (it may be a &quot;zip bomb&quot;).</source>
        <translation>Die Datei %1 im ZIP-Archiv wird entpackt größer als %2 MiB; Herald liest sie nicht weiter (es könnte eine &quot;ZIP-Bombe&quot; sein).</translation>
    </message>
    <message>
        <source>The ZIP archive has no file named %1.</source>
        <translation>Das ZIP-Archiv enthält keine Datei namens %1.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is password-protected; extract it first.</source>
        <translation>%1 im ZIP-Archiv ist passwortgeschützt; entpacken Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive would inflate to %2 MiB, more than the limit of %3 MiB.</source>
        <translation>%1 im ZIP-Archiv wäre entpackt %2 MiB groß, mehr als die Grenze von %3 MiB.</translation>
    </message>
</context>
<context>
    <name>herald::cli</name>
    <message>
        <source>Usage: herald [--workspace PATH] [COMMAND] [OPTIONS]
Without a command, Herald opens its window.

Commands:
</source>
        <translation>Aufruf: herald [--workspace PATH] [COMMAND] [OPTIONS]
Ohne Befehl öffnet Herald sein Fenster.

Befehle:
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
Allgemeine Optionen:
  --workspace PATH  die Arbeitsbereichsdatei (Standard: $HERALD_WORKSPACE, sonst %1)
  --json            ein einziges JSON-Objekt auf der Standardausgabe ausgeben
  --help, --version
</translation>
    </message>
    <message>
        <source>herald: unknown command &quot;%1&quot;.</source>
        <translation>herald: unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>herald: %1</source>
        <translation>herald: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>herald: unexpected argument &quot;%1&quot;.</source>
        <translation>herald: unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>which file? herald import contacts FILE</source>
        <translation>welche Datei? herald import contacts FILE</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding erwartet auto, utf-8, utf-16, utf-16le, utf-16be oder windows-1252, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter erwartet auto, &quot;,&quot;, &quot;;&quot;, tab oder &quot;|&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation>--map erwartet COLUMN=FIELD, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, overwrite or skip, not &quot;%1&quot;.</source>
        <translation>--on-duplicate erwartet merge, overwrite oder skip, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timezone: %1</source>
        <translation>--timezone: %1</translation>
    </message>
    <message>
        <source>--date-order takes dmy, mdy or auto, not &quot;%1&quot;.</source>
        <translation>--date-order erwartet dmy, mdy oder auto, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--default-status takes subscribed, pending or non_subscribed.</source>
        <translation>--default-status erwartet subscribed, pending oder non_subscribed.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, %5 delimited</source>
        <translation>%1: %2 (%3), %4, Trennzeichen %5</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>generisches Layout</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)</source>
        <translation>Gelesene Zeilen %1: %2 neu, %3 aktualisiert, %4 Duplikate, %5 abgelehnt (%6 s)</translation>
    </message>
    <message>
        <source>%1 contacts stayed opted out although the file lists them as subscribed.</source>
        <translation>%1 Kontakte bleiben abgemeldet, obwohl die Datei sie als angemeldet führt.</translation>
    </message>
    <message>
        <source>  rejected %1</source>
        <translation>  abgelehnt: %1</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows (herald import list and herald import rejects ID show them all)</source>
        <translation>  … und %1 weitere abgelehnte Zeilen (herald import list und herald import rejects ID zeigen alle)</translation>
    </message>
    <message>
        <source>--profile is required: which ESP will import the file?</source>
        <translation>--profile ist erforderlich: Welcher ESP soll die Datei importieren?</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>unbekannter Status &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>--delimiter erwartet &quot;,&quot;, &quot;;&quot;, tab oder &quot;|&quot;.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>--encoding erwartet utf-8, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>%1 Kontakte in %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>%1 gesperrte Kontakte (abgemeldet, bereinigt, unzustellbar oder Spam gemeldet) wurden ausgelassen.</translation>
    </message>
    <message>
        <source>#%1  %2  %3 %4 (%5): %6 read, %7 new, %8 updated, %9 duplicates, %10 rejected</source>
        <translation>#%1  %2  %3 %4 (%5): %6 gelesen, %7 neu, %8 aktualisiert, %9 Duplikate, %10 abgelehnt</translation>
    </message>
    <message>
        <source>which import? herald import rejects ID (herald import list shows the ids)</source>
        <translation>welcher Import? herald import rejects ID (herald import list zeigt die IDs)</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rejected rows to %2.</source>
        <translation>%1 abgelehnte Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept.</source>
        <translation>Kontakte aus einem ESP-Export (CSV oder ZIP) importieren: Codierung, Trennzeichen und ESP werden erkannt, Einwilligungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>List every import with its file, SHA-256 and counts.</source>
        <translation>Alle Importe mit Datei, SHA-256 und Anzahlen auflisten.</translation>
    </message>
    <message>
        <source>Show the rows an import rejected, with line, column and reason (--out writes a CSV).</source>
        <translation>Die von einem Import abgelehnten Zeilen mit Zeile, Spalte und Grund anzeigen (--out schreibt eine CSV-Datei).</translation>
    </message>
    <message>
        <source>Write contacts in an ESP&apos;s import layout. Suppressed contacts are never in a send list; --suppression-list writes them on their own.</source>
        <translation>Kontakte im Importformat eines ESP schreiben. Gesperrte Kontakte stehen nie in einer Versandliste; --suppression-list schreibt sie separat.</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Workspace:      %1 (schema %2)</source>
        <translation>Arbeitsbereich: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Kontakte:       %1</translation>
    </message>
    <message>
        <source>Campaigns:      %1</source>
        <translation>Kampagnen:      %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Ereignisse:     %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Zeitzone:       %1</translation>
    </message>
    <message>
        <source>Qt:             %1</source>
        <translation>Qt:             %1</translation>
    </message>
    <message>
        <source>libtorch:       %1, %2 threads</source>
        <translation>libtorch:       %1, %2 Threads</translation>
    </message>
    <message>
        <source>BLAS:           %1 (%2)</source>
        <translation>BLAS:           %1 (%2)</translation>
    </message>
    <message>
        <source>herald: warning: %1</source>
        <translation>herald: Warnung: %1</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until erwartet ein Datum im Format YYYY-MM-DD, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 campaigns and %3 events in %4 s into %5.</source>
        <translation>%1 Kontakte, %2 Kampagnen und %3 Ereignisse in %4 s in %5 erzeugt.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekannter Status &quot;%1&quot;; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with a realistic, generated small business (deterministic for a seed).</source>
        <translation>Einen leeren Arbeitsbereich mit einem realistischen, generierten Kleinunternehmen füllen (deterministisch je Seed).</translation>
    </message>
    <message>
        <source>Count the contacts, optionally with one consent status.</source>
        <translation>Die Kontakte zählen, optional nur die mit einem Einwilligungsstatus.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>herald: error: %1</source>
        <translation>herald: Fehler: %1</translation>
    </message>
    <message>
        <source>Run &quot;herald --help&quot; for usage.</source>
        <translation>Hilfe zum Aufruf: &quot;herald --help&quot;.</translation>
    </message>
    <message>
        <source>unknown engagement &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekanntes Engagement &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekannte Sortierung &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Keine passenden Kontakte.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ENGAGEMENT</source>
        <translation>ENGAGEMENT</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>Showing %1 of %2 contacts. Sorted by: %3.</source>
        <translation>%1 von %2 Kontakten angezeigt. Sortiert nach: %3.</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Noch keine Kampagnen.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>VERSENDET</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>OPEN RATE</source>
        <translation>ÖFFNUNGSRATE</translation>
    </message>
    <message>
        <source>CLICK RATE</source>
        <translation>KLICKRATE</translation>
    </message>
    <message>
        <source>CLICK-TO-OPEN</source>
        <translation>CLICK-TO-OPEN</translation>
    </message>
    <message>
        <source>UNSUB RATE</source>
        <translation>ABMELDERATE</translation>
    </message>
    <message>
        <source>MACHINE OPENS</source>
        <translation>MASCHINELLE ÖFFNUNGEN</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>UMSATZ</translation>
    </message>
    <message>
        <source>Open rates count people only: %1 opens made by mail clients or scanners are left out.</source>
        <translation>Öffnungsraten zählen nur Personen: %1 Öffnungen durch E-Mail-Programme oder Scanner sind nicht enthalten.</translation>
    </message>
    <message>
        <source>List contacts: search names, emails and companies, filter by status, tag, country, time zone or engagement, sort by any column.</source>
        <translation>Kontakte auflisten: Namen, E-Mail-Adressen und Firmen durchsuchen, nach Status, Tag, Land, Zeitzone oder Engagement filtern, nach jeder Spalte sortieren.</translation>
    </message>
    <message>
        <source>Show one contact: fields, tags, consent history, activity and when it opens and clicks.</source>
        <translation>Einen Kontakt anzeigen: Felder, Tags, Einwilligungsverlauf, Aktivität und wann er öffnet und klickt.</translation>
    </message>
    <message>
        <source>List campaigns, newest first, with opens (people and machines), clicks, unsubscribes, bounces, revenue and rates.</source>
        <translation>Kampagnen auflisten, neueste zuerst, mit Öffnungen (Personen und Maschinen), Klicks, Abmeldungen, Bounces, Umsatz und Raten.</translation>
    </message>
    <message>
        <source>which file? herald import events FILE</source>
        <translation>welche Datei? herald import events FILE</translation>
    </message>
    <message>
        <source>--unknown-contacts takes create or reject, not &quot;%1&quot;.</source>
        <translation>--unknown-contacts erwartet create oder reject, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cancelled-orders takes negative or skip, not &quot;%1&quot;.</source>
        <translation>--cancelled-orders erwartet negative oder skip, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new events, %3 already present, %4 rejected (%5 s)</source>
        <translation>Gelesene Zeilen %1: %2 neue Ereignisse, %3 bereits vorhanden, %4 abgelehnt (%5 s)</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders; %2 cancelled orders (%3).</source>
        <translation>%1 Bestellpositionen zu ihren Bestellungen zusammengefasst; %2 stornierte Bestellungen (%3).</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>kept as negative revenue</source>
        <translation>als negativer Umsatz übernommen</translation>
    </message>
    <message>
        <source>%1 contacts added as not subscribed for addresses new to the workspace.</source>
        <translation>%1 Kontakte für im Arbeitsbereich neue Adressen als nicht angemeldet hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 of them are shop customers known only by id, with addresses such as customer-17850@%2 (.invalid is reserved: no mail can ever reach it).</source>
        <translation>%1 davon sind Shop-Kunden, die nur per ID bekannt sind, mit Adressen wie customer-17850@%2 (.invalid ist reserviert: Keine E-Mail kann sie je erreichen).</translation>
    </message>
    <message>
        <source>Campaigns: %1 new, %2 updated.</source>
        <translation>Kampagnen: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>%1 opens flagged as machine-made (privacy proxies, scanners).</source>
        <translation>%1 Öffnungen als maschinell markiert (Privacy-Proxys, Scanner).</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … und %1 weitere abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Import campaign activity (opens, clicks, sends, bounces, purchases) or campaign reports from an ESP or shop export; re-importing adds nothing twice.</source>
        <translation>Kampagnenaktivität (Öffnungen, Klicks, Versand, Bounces, Käufe) oder Kampagnenberichte aus einem ESP- oder Shop-Export importieren; erneutes Importieren fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>Opens and clicks by local time (%1%2):</source>
        <translation>Öffnungen und Klicks nach Ortszeit (%1%2):</translation>
    </message>
    <message>
        <source>, the workspace&apos;s zone</source>
        <translation>, Zeitzone des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  noch keine</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Importiert aus:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Engagement:</translation>
    </message>
    <message>
        <source>%1, last active %2</source>
        <translation>%1, zuletzt aktiv am %2</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivität:</translation>
    </message>
    <message>
        <source>sends %1, opens %2 (by people %3), clicks %4, purchases %5 (%6)</source>
        <translation>Versand %1, Öffnungen %2 (durch Personen %3), Klicks %4, Käufe %5 (%6)</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Benutzerdefinierte Felder:</translation>
    </message>
    <message>
        <source>Consent history, newest first:</source>
        <translation>Einwilligungsverlauf, neueste zuerst:</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>IMPORT</source>
        <translation>IMPORT</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>Activity, newest first (%1 of %2 events):</source>
        <translation>Aktivität, neueste zuerst (%1 von %2 Ereignissen):</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>made by a machine</source>
        <translation>maschinell</translation>
    </message>
    <message>
        <source>contacts show needs the contact&apos;s email address.</source>
        <translation>contacts show benötigt die E-Mail-Adresse des Kontakts.</translation>
    </message>
    <message>
        <source>%1 subscribed contacts opted out: the file has their unsubscribe, spam complaint or hard bounce (recorded in their consent history).</source>
        <translation>%1 angemeldete Kontakte wurden abgemeldet: Die Datei enthält ihre Abmeldung, Spam-Beschwerde oder ihren Hard Bounce (im Einwilligungsverlauf vermerkt).</translation>
    </message>
    <message>
        <source>Integrity:      ok (SQLite checked the whole file)</source>
        <translation>Integrität:     in Ordnung (SQLite hat die ganze Datei geprüft)</translation>
    </message>
    <message>
        <source>Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use; --check also checks the whole file for damage.</source>
        <translation>Den Arbeitsbereich, seine Anzahlen und die Versionen von Herald, libtorch und der verwendeten BLAS anzeigen; --check prüft zusätzlich die ganze Datei auf Schäden.</translation>
    </message>
    <message>
        <source>The search and sort indexes for these rows are built in the background the next time Herald&apos;s window opens this workspace, or now with: herald index</source>
        <translation>Die Such- und Sortierindizes für diese Zeilen werden im Hintergrund erstellt, wenn das Herald-Fenster diesen Arbeitsbereich das nächste Mal öffnet, oder sofort mit: herald index</translation>
    </message>
    <message>
        <source>Search index:   %1 contacts not indexed yet (herald index builds it)</source>
        <translation>Suchindex:      %1 Kontakte noch nicht indiziert (herald index erstellt ihn)</translation>
    </message>
    <message>
        <source>Indexes:        %1 still to build (herald index builds them)</source>
        <translation>Indizes:        %1 noch zu erstellen (herald index erstellt sie)</translation>
    </message>
    <message>
        <source>Every index is up to date.</source>
        <translation>Alle Indizes sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Indexed %1 contacts for search and built %2 indexes in %3 s.</source>
        <translation>%1 Kontakte für die Suche indiziert und %2 Indizes in %3 s erstellt.</translation>
    </message>
    <message>
        <source>Build the search and sort indexes a large import left to build in the background (the window builds them by itself).</source>
        <translation>Erstellt die Such- und Sortierindizes, die ein großer Import für den Hintergrund übrig gelassen hat (das Fenster erstellt sie von selbst).</translation>
    </message>
    <message>
        <source>libtorch:       not available (%1)</source>
        <translation>libtorch:       nicht verfügbar (%1)</translation>
    </message>
</context>
<context>
    <name>herald::ml::Runtime</name>
    <message>
        <source>The model runtime could not be loaded from %1: %2</source>
        <translation>Die Modelllaufzeit konnte nicht aus %1 geladen werden: %2</translation>
    </message>
    <message>
        <source>The model runtime in %1 belongs to another version of Herald.</source>
        <translation>Die Modelllaufzeit in %1 gehört zu einer anderen Version von Herald.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The slow reference BLAS is in use; model training will be 10-20 times slower. Install libopenblas0-openmp.</source>
        <translation>Die langsame Referenz-BLAS wird verwendet; das Training der Modelle ist 10- bis 20-mal langsamer. Installieren Sie libopenblas0-openmp.</translation>
    </message>
</context>
</TS>
