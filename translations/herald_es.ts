<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>herald::AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Acerca de Herald</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Local-first marketing automation. Your contacts, campaigns and models stay on this computer; Herald makes no network connections.</source>
        <translation>Automatización de marketing en local. Sus contactos, campañas y modelos permanecen en este equipo; Herald no establece ninguna conexión de red.</translation>
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
        <translation>Hilos de los modelos</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>herald::ActivityChart</name>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Aperturas</translation>
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
        <translation>Leyendo la actividad de las campañas</translation>
    </message>
    <message>
        <source>Scoring engagement</source>
        <translation>Calculando la interacción</translation>
    </message>
    <message>
        <source>Cannot update contact activity: %1</source>
        <translation>No se puede actualizar la actividad de los contactos: %1</translation>
    </message>
    <message>
        <source>Updating contact activity was cancelled.</source>
        <translation>Se canceló la actualización de la actividad de los contactos.</translation>
    </message>
    <message>
        <source>Not enough memory to update contact activity.</source>
        <translation>No hay memoria suficiente para actualizar la actividad de los contactos.</translation>
    </message>
</context>
<context>
    <name>herald::ActivityText</name>
    <message>
        <source>sends</source>
        <translation>envíos</translation>
    </message>
    <message>
        <source>opens</source>
        <translation>aperturas</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rebotes</translation>
    </message>
    <message>
        <source>unsubscribes</source>
        <translation>bajas</translation>
    </message>
    <message>
        <source>spam complaints</source>
        <translation>quejas por spam</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>soft bounces</source>
        <translation>rebotes temporales</translation>
    </message>
    <message>
        <source>1 send</source>
        <translation>1 envío</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 envíos</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 apertura</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1 aperturas</translation>
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
        <translation>1 rebote</translation>
    </message>
    <message>
        <source>%1 bounces</source>
        <translation>%1 rebotes</translation>
    </message>
    <message>
        <source>1 unsubscribe</source>
        <translation>1 baja</translation>
    </message>
    <message>
        <source>%1 unsubscribes</source>
        <translation>%1 bajas</translation>
    </message>
    <message>
        <source>1 spam complaint</source>
        <translation>1 queja por spam</translation>
    </message>
    <message>
        <source>%1 spam complaints</source>
        <translation>%1 quejas por spam</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 compra</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 compras</translation>
    </message>
    <message>
        <source>1 soft bounce</source>
        <translation>1 rebote temporal</translation>
    </message>
    <message>
        <source>%1 soft bounces</source>
        <translation>%1 rebotes temporales</translation>
    </message>
    <message>
        <source>campaign report</source>
        <translation>informe de campaña</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>A campaign report: one row per campaign, with its send time and results</source>
        <translation>Un informe de campaña: una fila por campaña, con su fecha de envío y sus resultados</translation>
    </message>
    <message>
        <source>Shop orders, one row per product; the lines of an order are added up into one purchase</source>
        <translation>Pedidos de una tienda, una fila por producto; las líneas de un pedido se suman en una sola compra</translation>
    </message>
    <message>
        <source>%1, one row each</source>
        <translation>%1, una fila por evento</translation>
    </message>
    <message>
        <source>%1 of the campaign “%2”, one row each</source>
        <translation>%1 de la campaña «%2», una fila por evento</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which event each row is</source>
        <translation>Actividad de varios tipos; una columna indica qué evento es cada fila</translation>
    </message>
    <message>
        <source>Activity of several kinds; a column says which (first rows: %1)</source>
        <translation>Actividad de varios tipos; una columna indica cuál (primeras filas: %1)</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDetail</name>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Seleccione una campaña para ver sus resultados.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clics</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Opens and clicks by hour since send</source>
        <translation>Aperturas y clics por hora desde el envío</translation>
    </message>
    <message>
        <source>Machine opens are mail clients, privacy proxies (such as Apple Mail’s) and security scanners fetching the message, mostly minutes after delivery. Open rates count people only.</source>
        <translation>Las aperturas automáticas son clientes de correo, proxies de privacidad (como el de Apple Mail) y escáneres de seguridad que descargan el mensaje, casi siempre minutos después de la entrega. Las tasas de apertura solo cuentan personas.</translation>
    </message>
    <message>
        <source>No subject line recorded</source>
        <translation>No se registró ningún asunto</translation>
    </message>
    <message>
        <source> · sent %1 to %2 recipients</source>
        <translation> · enviada el %1 a %2 destinatarios</translation>
    </message>
    <message>
        <source> · sent time unknown, %1 recipients</source>
        <translation> · fecha de envío desconocida, %1 destinatarios</translation>
    </message>
    <message>
        <source>of %1 recipients</source>
        <translation>de %1 destinatarios</translation>
    </message>
    <message>
        <source>%1 people, %2 machine opens</source>
        <translation>%1 personas, %2 aperturas automáticas</translation>
    </message>
    <message>
        <source>%1 people, %2 click-to-open</source>
        <translation>%1 personas, %2 clics/aperturas</translation>
    </message>
    <message>
        <source>%1 of delivered, %2 complaints</source>
        <translation>%1 de los entregados, %2 quejas</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft</source>
        <translation>%1 permanentes, %2 temporales</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 compra</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 compras</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s activity…</source>
        <translation>Leyendo la actividad de la campaña…</translation>
    </message>
    <message>
        <source>The campaign&apos;s activity could not be read.
%1</source>
        <translation>No se pudo leer la actividad de la campaña.
%1</translation>
    </message>
    <message>
        <source>No opens or clicks were recorded in the %1 hours after this campaign was sent.</source>
        <translation>No se registró ninguna apertura ni ningún clic en las %1 horas posteriores al envío de esta campaña.</translation>
    </message>
    <message>
        <source>This campaign has no sent time and no send events, so its opens and clicks cannot be placed in hours since send.</source>
        <translation>Esta campaña no tiene fecha de envío ni eventos de envío, así que sus aperturas y clics no se pueden situar en horas desde el envío.</translation>
    </message>
    <message>
        <source>In the first %1 hours: %2 opens by people, %3 machine opens, %4 clicks</source>
        <translation>En las primeras %1 horas: %2 aperturas de personas, %3 aperturas automáticas, %4 clics</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStats</name>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>No se pueden leer las campañas: %1</translation>
    </message>
    <message>
        <source>The window must be at least one hour long.</source>
        <translation>El intervalo debe durar al menos una hora.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>No hay ninguna campaña con el identificador %1.</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s activity: %1</source>
        <translation>No se puede leer la actividad de la campaña: %1</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsModel</name>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Asunto: %2</translation>
    </message>
    <message>
        <source>%1 of %2 delivered opened it</source>
        <translation>%1 de %2 entregados lo abrieron</translation>
    </message>
    <message>
        <source>%1 opens made by mail clients or scanners, not by people</source>
        <translation>%1 aperturas realizadas por clientes de correo o escáneres, no por personas</translation>
    </message>
    <message>
        <source>%1 of %2 delivered clicked</source>
        <translation>%1 de %2 entregados hicieron clic</translation>
    </message>
    <message>
        <source>%1 clicked, of %2 who opened or clicked</source>
        <translation>%1 hicieron clic, de %2 que abrieron o hicieron clic</translation>
    </message>
    <message>
        <source>%1 of delivered; %2 spam complaints</source>
        <translation>%1 de los entregados; %2 quejas por spam</translation>
    </message>
    <message>
        <source>%1 hard, %2 soft (%3 of recipients)</source>
        <translation>%1 permanentes, %2 temporales (%3 de los destinatarios)</translation>
    </message>
    <message>
        <source>1 purchase</source>
        <translation>1 compra</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 compras</translation>
    </message>
    <message>
        <source>When the campaign was sent, in the workspace&apos;s time zone (%1)</source>
        <translation>Cuándo se envió la campaña, en la zona horaria del espacio de trabajo (%1)</translation>
    </message>
    <message>
        <source>Recipients minus hard and soft bounces</source>
        <translation>Destinatarios menos los rebotes permanentes y temporales</translation>
    </message>
    <message>
        <source>People who opened, as a share of delivered. Machine opens are left out: mail clients such as Apple Mail fetch every message whether or not anyone reads it.</source>
        <translation>Personas que abrieron, como proporción de los entregados. Se omiten las aperturas automáticas: los clientes de correo como Apple Mail descargan cada mensaje, lo lea alguien o no.</translation>
    </message>
    <message>
        <source>Opens made by mail clients, privacy proxies or security scanners rather than people</source>
        <translation>Aperturas realizadas por clientes de correo, proxies de privacidad o escáneres de seguridad, no por personas</translation>
    </message>
    <message>
        <source>People who clicked, as a share of delivered</source>
        <translation>Personas que hicieron clic, como proporción de los entregados</translation>
    </message>
    <message>
        <source>People who clicked, as a share of the people who opened or clicked</source>
        <translation>Personas que hicieron clic, como proporción de las personas que abrieron o hicieron clic</translation>
    </message>
    <message>
        <source>People who unsubscribed from this campaign</source>
        <translation>Personas que se dieron de baja con esta campaña</translation>
    </message>
    <message>
        <source>Hard and soft bounces</source>
        <translation>Rebotes permanentes y temporales</translation>
    </message>
    <message>
        <source>Revenue from purchases attributed to the campaign, in your shop&apos;s currency</source>
        <translation>Ingresos de las compras atribuidas a la campaña, en la moneda de su tienda</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Open
rate</source>
        <translation>Tasa de
apertura</translation>
    </message>
    <message>
        <source>Machine
opens</source>
        <translation>Aperturas
automáticas</translation>
    </message>
    <message>
        <source>Click
rate</source>
        <translation>Tasa de
clics</translation>
    </message>
    <message>
        <source>Click-to-
open</source>
        <translation>Clics/
aperturas</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Filter by name or subject</source>
        <translation>Filtrar por nombre o asunto</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Leyendo las campañas…</translation>
    </message>
    <message>
        <source>The campaigns could not be read.
%1</source>
        <translation>No se pudieron leer las campañas.
%1</translation>
    </message>
    <message>
        <source>No campaign’s name or subject contains “%1”.</source>
        <translation>Ningún nombre ni asunto de campaña contiene «%1».</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>Import campaign activity: the campaign reports and the opens, clicks, bounces and unsubscribes your email service exports. Each campaign then appears here with its open and click rates, revenue and how its opens arrived hour by hour.</source>
        <translation>Importe la actividad de las campañas: los informes de campaña y las aperturas, clics, rebotes y bajas que exporta su servicio de correo electrónico. Después, cada campaña aparece aquí con sus tasas de apertura y de clics, sus ingresos y cómo llegaron sus aperturas hora a hora.</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Seleccione una campaña para ver sus resultados.</translation>
    </message>
    <message>
        <source>1 campaign · times in %1</source>
        <translation>1 campaña · horas en %1</translation>
    </message>
    <message>
        <source>%1 campaigns · times in %2</source>
        <translation>%1 campañas · horas en %2</translation>
    </message>
    <message>
        <source>%1 of %2 campaigns</source>
        <translation>%1 de %2 campañas</translation>
    </message>
</context>
<context>
    <name>herald::ColumnMapping</name>
    <message>
        <source>This mapping was saved by a newer Herald.</source>
        <translation>Esta asignación se guardó con una versión más reciente de Herald.</translation>
    </message>
    <message>
        <source>Column “%1” of this mapping is damaged.</source>
        <translation>La columna «%1» de esta asignación está dañada.</translation>
    </message>
    <message>
        <source>Column “%1” maps to “%2”, which this Herald does not know.</source>
        <translation>La columna «%1» se asigna a «%2», que esta versión de Herald no reconoce.</translation>
    </message>
    <message>
        <source>Saved mapping “%1”: %2</source>
        <translation>Asignación guardada «%1»: %2</translation>
    </message>
    <message>
        <source>Custom fields (one per JSON key)</source>
        <translation>Campos personalizados (uno por clave JSON)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Campo personalizado «%1»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Column “%1” maps to an unknown field “%2”.</source>
        <translation>La columna «%1» se asigna a un campo desconocido, «%2».</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both map to %3; choose one.</source>
        <translation>Las columnas «%1» y «%2» se asignan ambas al campo %3; elija una.</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both go to the custom field “%3”; rename one.</source>
        <translation>Las columnas «%1» y «%2» van ambas al campo personalizado «%3»; cambie el nombre de una.</translation>
    </message>
    <message>
        <source>No column is mapped to %1; %2 files need one.</source>
        <translation>Ninguna columna se asigna al campo %1; los archivos de %2 la necesitan.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Una asignación guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>Could not save the mapping “%1”: %2</source>
        <translation>No se pudo guardar la asignación «%1»: %2</translation>
    </message>
    <message>
        <source>Could not read the mapping “%1”: %2</source>
        <translation>No se pudo leer la asignación «%1»: %2</translation>
    </message>
    <message>
        <source>There is no saved mapping called “%1”.</source>
        <translation>No hay ninguna asignación guardada llamada «%1».</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read.</source>
        <translation>está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>Could not list the saved mappings: %1</source>
        <translation>No se pudieron enumerar las asignaciones guardadas: %1</translation>
    </message>
    <message>
        <source>Could not delete the mapping “%1”: %2</source>
        <translation>No se pudo eliminar la asignación «%1»: %2</translation>
    </message>
</context>
<context>
    <name>herald::ContactDetail</name>
    <message>
        <source>A timeline page must hold at least one event.</source>
        <translation>Una página de la cronología debe contener al menos un evento.</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>No hay ningún contacto con el identificador %1.</translation>
    </message>
    <message>
        <source>Cannot read the contact: %1</source>
        <translation>No se puede leer el contacto: %1</translation>
    </message>
    <message>
        <source>Cannot read the contact&apos;s activity: %1</source>
        <translation>No se puede leer la actividad del contacto: %1</translation>
    </message>
    <message>
        <source>There is no contact with the address %1.</source>
        <translation>No hay ningún contacto con la dirección %1.</translation>
    </message>
    <message>
        <source>Cannot look the contact up: %1</source>
        <translation>No se puede buscar el contacto: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactDetailDialog</name>
    <message>
        <source>Reading the contact…</source>
        <translation>Leyendo el contacto…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Archivo de importación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>When they open and click</source>
        <translation>Cuándo abre y hace clic</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>This contact could not be read.
%1</source>
        <translation>No se pudo leer este contacto.
%1</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — Contacto</translation>
    </message>
    <message>
        <source>Suppressed: never included in a send export</source>
        <translation>Excluido: nunca se incluye en una exportación para envío</translation>
    </message>
    <message>
        <source>Contact since %1</source>
        <translation>Contacto desde el %1</translation>
    </message>
    <message>
        <source>%1 · last active %2</source>
        <translation>%1 · última actividad el %2</translation>
    </message>
    <message>
        <source>%1 · no open, click or purchase yet</source>
        <translation>%1 · aún sin aperturas, clics ni compras</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the contact&apos;s own time zone.</source>
        <translation>Aperturas de personas y clics, por hora de la semana en %1, la zona horaria propia del contacto.</translation>
    </message>
    <message>
        <source>Opens by people and clicks, by hour of the week in %1, the workspace&apos;s time zone: this contact has none of its own.</source>
        <translation>Aperturas de personas y clics, por hora de la semana en %1, la zona horaria del espacio de trabajo: este contacto no tiene una propia.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aún no hay ninguno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Busiest hours&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Horas de más actividad&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Activity (%1)</source>
        <translation>Actividad (%1)</translation>
    </message>
    <message>
        <source>Consent (%1)</source>
        <translation>Consentimiento (%1)</translation>
    </message>
    <message>
        <source>Newest first. Times are in %1.</source>
        <translation>Del más reciente al más antiguo. Las horas se muestran en %1.</translation>
    </message>
    <message>
        <source>No sends, opens, clicks or purchases recorded yet.</source>
        <translation>Aún no se ha registrado ningún envío, apertura, clic ni compra.</translation>
    </message>
    <message>
        <source>No consent changes recorded.</source>
        <translation>No se ha registrado ningún cambio de consentimiento.</translation>
    </message>
    <message>
        <source>Every change to this contact&apos;s consent, newest first. Times are in %1.</source>
        <translation>Cada cambio en el consentimiento de este contacto, del más reciente al más antiguo. Las horas se muestran en %1.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>campaigns sent</source>
        <translation>campañas enviadas</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Aperturas</translation>
    </message>
    <message>
        <source>by people; %1 more by machines</source>
        <translation>de personas; %1 más automáticas</translation>
    </message>
    <message>
        <source>by people</source>
        <translation>de personas</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>in %1 campaigns</source>
        <translation>en %1 campañas</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 de ingresos</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Tasa de apertura</translation>
    </message>
    <message>
        <source>%1 campaigns opened</source>
        <translation>%1 campañas abiertas</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>None; the workspace&apos;s is used</source>
        <translation>Ninguna; se usa la del espacio de trabajo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
</context>
<context>
    <name>herald::ContactFacets</name>
    <message>
        <source>Cannot read the contact filters: %1</source>
        <translation>No se pueden leer los filtros de contactos: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactFilterBar</name>
    <message>
        <source>Search name, email or company</source>
        <translation>Buscar nombre, correo electrónico o empresa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>No time zone</source>
        <translation>Sin zona horaria</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>herald::ContactImport</name>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2; ¿falta una comilla o un delimitador?</translation>
    </message>
    <message>
        <source>not a JSON object; kept as text</source>
        <translation>no es un objeto JSON; se conserva como texto</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>dirección de correo electrónico &quot;%1&quot; no válida: %2</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;; kept as a custom field</source>
        <translation>país &quot;%1&quot; desconocido; se conserva como campo personalizado</translation>
    </message>
</context>
<context>
    <name>herald::ContactQuery</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>A page must hold at least one contact.</source>
        <translation>Una página debe contener al menos un contacto.</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>No se pueden contar los contactos: %1</translation>
    </message>
</context>
<context>
    <name>herald::ContactStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Cleaned</source>
        <translation>Depurado</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Marcado como spam</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>No suscrito</translation>
    </message>
</context>
<context>
    <name>herald::ContactsModel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>No open, click or purchase yet</source>
        <translation>Aún sin aperturas, clics ni compras</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Click to sort by: %1</source>
        <translation>Haga clic para ordenar por: %1</translation>
    </message>
    <message>
        <source>This column cannot be sorted; filter by it instead</source>
        <translation>Esta columna no se puede ordenar; filtre por ella</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>herald::ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Some contacts could not be read.</source>
        <translation>No se pudieron leer algunos contactos.</translation>
    </message>
    <message>
        <source>Counting contacts…</source>
        <translation>Contando contactos…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>The filter choices could not be read.</source>
        <translation>No se pudieron leer las opciones de filtro.</translation>
    </message>
    <message>
        <source>Counting matching contacts…</source>
        <translation>Contando los contactos que coinciden…</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>Coincidencias: %1</translation>
    </message>
    <message>
        <source>%1 of 1 contact</source>
        <translation>%1 de 1 contacto</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%1 de %2 contactos</translation>
    </message>
    <message>
        <source>No contacts match “%1” with these filters</source>
        <translation>Ningún contacto coincide con «%1» con estos filtros</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Ningún contacto coincide con «%1»</translation>
    </message>
    <message>
        <source>No contacts match these filters</source>
        <translation>Ningún contacto coincide con estos filtros</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <source>Search finds words that start with what you type, in names, email addresses and company names.</source>
        <translation>La búsqueda encuentra palabras que empiezan por lo que escribe, en nombres, direcciones de correo electrónico y nombres de empresa.</translation>
    </message>
    <message>
        <source>Filters combine: a contact has to match each of them. Remove one or clear them all.</source>
        <translation>Los filtros se combinan: un contacto tiene que cumplir todos. Quite uno o bórrelos todos.</translation>
    </message>
    <message>
        <source>Import contacts from your email service to see them here.</source>
        <translation>Importe contactos de su servicio de correo electrónico para verlos aquí.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
</context>
<context>
    <name>herald::CsvFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
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
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>none (single line)</source>
        <translation>ninguno (una sola línea)</translation>
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
        <translation>CR (Mac clásico)</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
</context>
<context>
    <name>herald::CsvReader</name>
    <message>
        <source>The file has no rows: it holds nothing but empty lines.</source>
        <translation>El archivo no tiene filas: solo contiene líneas vacías.</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate fields; choose another delimiter.</source>
        <translation>Una comilla o un salto de línea no pueden separar campos; elija otro delimitador.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a CSV text file: it contains binary data (NUL or control characters). Export the data as CSV and choose that file.</source>
        <translation>No es un archivo de texto CSV: contiene datos binarios (caracteres NUL o de control). Exporte los datos como CSV y elija ese archivo.</translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than %2 characters. Check the delimiter and quotes.</source>
        <translation>La fila que empieza en la línea %1 supera los %2 caracteres. Compruebe el delimitador y las comillas.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>No se pudo leer el archivo después de la línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file has bytes that are not valid %3; they were replaced with a placeholder character. If the file was saved by Excel, choose the Windows-1252 encoding.</source>
        <translation>Línea %1, columna %2: el archivo tiene bytes que no son %3 válido; se sustituyeron por un carácter de reemplazo. Si el archivo se guardó con Excel, elija la codificación Windows-1252.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where %3 were expected.</source>
        <translation>La línea %1 tiene %2 campos, pero se esperaban %3.</translation>
    </message>
    <message>
        <source>The field starting on line %1, column %2 (field %3) is longer than %4 characters. Check the delimiter, or look for a quote that is never closed.</source>
        <translation>El campo que empieza en la línea %1, columna %2 (campo %3) supera los %4 caracteres. Compruebe el delimitador o busque una comilla que nunca se cierra.</translation>
    </message>
    <message>
        <source>The quoted field that opens on line %1, column %2 is never closed: a quote is missing before the end of the file.</source>
        <translation>El campo entre comillas que se abre en la línea %1, columna %2 nunca se cierra: falta una comilla antes del final del archivo.</translation>
    </message>
    <message>
        <source>Line %1, column %2: text follows the closing quote of a field; the quote was kept as part of the value.</source>
        <translation>Línea %1, columna %2: hay texto después de la comilla de cierre de un campo; la comilla se conservó como parte del valor.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote inside an unquoted field was kept as part of the value.</source>
        <translation>Línea %1, columna %2: una comilla dentro de un campo sin comillas se conservó como parte del valor.</translation>
    </message>
</context>
<context>
    <name>herald::CsvSniffer</name>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>herald::CsvWriter</name>
    <message>
        <source>The CSV file could not be written earlier; nothing more is written.</source>
        <translation>Ya antes no se pudo escribir el archivo CSV; no se escribe nada más.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the character &quot;%3&quot; (U+%4) cannot be written in Windows-1252. Choose UTF-8, or let Herald replace such characters with &quot;?&quot;.</source>
        <translation>Fila %1, columna %2: el carácter &quot;%3&quot; (U+%4) no se puede escribir en Windows-1252. Elija UTF-8 o deje que Herald sustituya esos caracteres por &quot;?&quot;.</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>No se pudo escribir el archivo CSV.</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>no hay ningún archivo abierto</translation>
    </message>
</context>
<context>
    <name>herald::Database</name>
    <message>
        <source>the workspace file is damaged (%1); restore it from a backup</source>
        <translation>el archivo del espacio de trabajo está dañado (%1); restáurelo desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>herald::DateTime</name>
    <message>
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>&quot;%1&quot; no es una fecha válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Herald can read</source>
        <translation>&quot;%1&quot; no es una fecha que Herald pueda leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day</source>
        <translation>&quot;%1&quot; podría ser día/mes o mes/día</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time</source>
        <translation>&quot;%1&quot; no es una hora válida</translation>
    </message>
</context>
<context>
    <name>herald::Demo</name>
    <message>
        <source>The demo was cancelled; the workspace is unchanged.</source>
        <translation>Se canceló la demostración; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>The demo needs at least one contact.</source>
        <translation>La demostración necesita al menos un contacto.</translation>
    </message>
    <message>
        <source>The workspace is not empty: it already holds %1 contacts and %2 campaigns. Generate the demo into a new workspace.</source>
        <translation>El espacio de trabajo no está vacío: ya contiene %1 contactos y %2 campañas. Genere la demostración en un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>Planning a year of campaigns</source>
        <translation>Planificando un año de campañas</translation>
    </message>
    <message>
        <source>Simulating contacts and their activity</source>
        <translation>Simulando contactos y su actividad</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Indexando eventos</translation>
    </message>
    <message>
        <source>Saving the workspace</source>
        <translation>Guardando el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot write the demo into the workspace: %1</source>
        <translation>No se puede escribir la demostración en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Indexing contacts for search</source>
        <translation>Indexando contactos para la búsqueda</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Resumiendo la actividad</translation>
    </message>
</context>
<context>
    <name>herald::DetectionStep</name>
    <message>
        <source>First rows as read</source>
        <translation>Primeras filas tal como se leyeron</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportado por</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Finales de línea</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Marca de orden de bytes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Check what Herald found out about the file</source>
        <translation>Compruebe lo que Herald ha detectado en el archivo</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald no puede leer este archivo</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Este archivo no se puede importar tal como está</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter. Otherwise fix the file at that line in a spreadsheet or text editor.</source>
        <translation>%1

Si las letras se ven mal, elija otra codificación de texto; si las columnas aparecen juntas, elija otro delimitador. En caso contrario, corrija el archivo en esa línea con una hoja de cálculo o un editor de texto.</translation>
    </message>
    <message>
        <source>The first of %1 files in %2. Herald recognises each one on its own when importing.</source>
        <translation>El primero de %1 archivos en %2. Herald reconoce cada uno por separado al importar.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Coincidencia: %1</translation>
    </message>
    <message>
        <source>Your choice (the columns match %1)</source>
        <translation>Su elección (coincidencia de las columnas: %1)</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (su elección)</translation>
    </message>
    <message>
        <source>Yes (it decides the encoding)</source>
        <translation>Sí (determina la codificación)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Column names only: this file has no contacts to import</source>
        <translation>Solo nombres de columna: este archivo no tiene contactos que importar</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 fila, el archivo completo</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 filas, el archivo completo</translation>
    </message>
    <message>
        <source>%1 rows read as a sample; the rest is read when importing</source>
        <translation>%1 filas leídas como muestra; el resto se lee al importar</translation>
    </message>
</context>
<context>
    <name>herald::Email</name>
    <message>
        <source>nothing before the @</source>
        <translation>nada antes de la @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>la parte anterior a la @ supera los 64 caracteres</translation>
    </message>
    <message>
        <source>a control character in the quoted part before the @</source>
        <translation>un carácter de control en la parte entre comillas anterior a la @</translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot</source>
        <translation>la parte anterior a la @ empieza o termina con un punto</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>dos puntos seguidos</translation>
    </message>
    <message>
        <source>the character &quot;%1&quot; is not allowed before the @</source>
        <translation>el carácter &quot;%1&quot; no está permitido antes de la @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>nada después de la @</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>una dirección IP en lugar de un dominio</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has no dot</source>
        <translation>el dominio &quot;%1&quot; no tiene ningún punto</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; has an empty part</source>
        <translation>el dominio &quot;%1&quot; tiene una parte vacía</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>una parte del dominio empieza o termina con un guion</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>el dominio &quot;%1&quot; no es un nombre de dominio internacionalizado válido</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>el dominio supera los 253 caracteres</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>una parte del dominio supera los 63 caracteres</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; contains &quot;%2&quot;</source>
        <translation>el dominio &quot;%1&quot; contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; ends in a number</source>
        <translation>el dominio &quot;%1&quot; termina en un número</translation>
    </message>
    <message>
        <source>the email address is empty</source>
        <translation>la dirección de correo electrónico está vacía</translation>
    </message>
    <message>
        <source>the email address is longer than 254 characters</source>
        <translation>la dirección de correo electrónico supera los 254 caracteres</translation>
    </message>
    <message>
        <source>the email address contains a space</source>
        <translation>la dirección de correo electrónico contiene un espacio</translation>
    </message>
    <message>
        <source>the email address has no @</source>
        <translation>la dirección de correo electrónico no contiene ninguna @</translation>
    </message>
    <message>
        <source>the email address has more than one @</source>
        <translation>la dirección de correo electrónico contiene más de una @</translation>
    </message>
</context>
<context>
    <name>herald::EngagementLevel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>En declive</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Highly engaged</source>
        <translation>Muy comprometido</translation>
    </message>
</context>
<context>
    <name>herald::EngagementTrendChart</name>
    <message>
        <source>Open rate (people)</source>
        <translation>Tasa de apertura (personas)</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Tasa de apertura</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Campaigns sent: %2&lt;br&gt;Delivered: %3&lt;br&gt;Open rate: %4 (%5 people)&lt;br&gt;Click rate: %6 (%7 people)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Campañas enviadas: %2&lt;br&gt;Entregados: %3&lt;br&gt;Tasa de apertura: %4 (%5 personas)&lt;br&gt;Tasa de clics: %6 (%7 personas)</translation>
    </message>
</context>
<context>
    <name>herald::EspProfile</name>
    <message>
        <source>The status is empty; %1 uses: %2.</source>
        <translation>El estado está vacío; %1 usa: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a status %2 uses; it uses: %3.</source>
        <translation>«%1» no es un estado que use %2; usa: %3.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no for %2.</source>
        <translation>«%1» no significa ni sí ni no para %2.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a date %2 writes; expected a date like %3.</source>
        <translation>«%1» no es una fecha en el formato de %2; se esperaba una fecha como %3.</translation>
    </message>
    <message>
        <source>This profile is not valid JSON: %1.</source>
        <translation>Este perfil no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>A profile must be a JSON object.</source>
        <translation>Un perfil debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</source>
        <translation>«%1» no es un estado de Herald (subscribed, unsubscribed, cleaned, bounced, complained, pending, non_subscribed)</translation>
    </message>
    <message>
        <source>has no letters or digits</source>
        <translation>no contiene letras ni dígitos</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>must be 1; this Herald reads version 1 profiles</source>
        <translation>debe ser 1; esta versión de Herald lee perfiles de la versión 1</translation>
    </message>
    <message>
        <source>must use only a-z, 0-9 and _</source>
        <translation>solo puede contener a-z, 0-9 y _</translation>
    </message>
    <message>
        <source>“%1” is used by another export</source>
        <translation>«%1» ya lo usa otra exportación</translation>
    </message>
    <message>
        <source>a column is either ignored or a custom field, not both</source>
        <translation>una columna se ignora o es un campo personalizado, no ambas cosas</translation>
    </message>
    <message>
        <source>an ignored or custom column has no field</source>
        <translation>una columna ignorada o personalizada no tiene campo</translation>
    </message>
    <message>
        <source>“%1” is not a Herald field</source>
        <translation>«%1» no es un campo de Herald</translation>
    </message>
    <message>
        <source>the field decides the record; remove this key</source>
        <translation>el campo determina el tipo de registro; elimine esta clave</translation>
    </message>
    <message>
        <source>“%1” is already an alias of columns[%2]</source>
        <translation>«%1» ya es un alias de columns[%2]</translation>
    </message>
    <message>
        <source>only a JSON column (field &quot;custom_fields&quot;) has jsonKeys</source>
        <translation>solo una columna JSON (campo &quot;custom_fields&quot;) tiene jsonKeys</translation>
    </message>
    <message>
        <source>“%1” is not a Herald contact field</source>
        <translation>«%1» no es un campo de contacto de Herald</translation>
    </message>
    <message>
        <source>must list at least one word</source>
        <translation>debe incluir al menos una palabra</translation>
    </message>
    <message>
        <source>means another status under a different spelling</source>
        <translation>designa otro estado con otra grafía</translation>
    </message>
    <message>
        <source>“%1” is both yes and no</source>
        <translation>«%1» es a la vez sí y no</translation>
    </message>
    <message>
        <source>“%1” is neither a Qt date format with a year (yyyy or yy) nor iso8601 or unix</source>
        <translation>«%1» no es un formato de fecha de Qt con año (yyyy o yy), ni iso8601 ni unix</translation>
    </message>
    <message>
        <source>no column writes {email}; an ESP cannot import contacts without it</source>
        <translation>ninguna columna escribe {email}; un ESP no puede importar contactos sin ella</translation>
    </message>
    <message>
        <source>“%1” is not a Herald status</source>
        <translation>«%1» no es un estado de Herald</translation>
    </message>
    <message>
        <source>“%1” is written twice</source>
        <translation>«%1» se escribe dos veces</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>unknown key (check its spelling)</source>
        <translation>clave desconocida (compruebe la ortografía)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a single character (or &quot;tab&quot;)</source>
        <translation>debe ser un solo carácter (o &quot;tab&quot;)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>The event type is empty; %1 uses: %2.</source>
        <translation>El tipo de evento está vacío; %1 usa: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an event type %2 uses; it uses: %3.</source>
        <translation>«%1» no es un tipo de evento que use %2; usa: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a Herald event (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</source>
        <translation>«%1» no es un evento de Herald (send, open, click, bounce, soft_bounce, unsubscribe, complaint, purchase)</translation>
    </message>
    <message>
        <source>only an export with record &quot;events&quot; has an event or campaignFrom</source>
        <translation>solo una exportación con record &quot;events&quot; tiene event o campaignFrom</translation>
    </message>
    <message>
        <source>means another event under a different spelling</source>
        <translation>designa otro evento con otra grafía</translation>
    </message>
</context>
<context>
    <name>herald::EspProfileRegistry</name>
    <message>
        <source>No built-in ESP profiles were found; Herald was built without its profile resources.</source>
        <translation>No se encontraron perfiles de ESP integrados; Herald se compiló sin sus recursos de perfiles.</translation>
    </message>
    <message>
        <source>Two built-in profiles use the id “%1”.</source>
        <translation>Dos perfiles integrados usan el identificador «%1».</translation>
    </message>
    <message>
        <source>The built-in generic profile is missing.</source>
        <translation>Falta el perfil genérico integrado.</translation>
    </message>
    <message>
        <source>Cannot read this profile: %1.</source>
        <translation>No se puede leer este perfil: %1.</translation>
    </message>
</context>
<context>
    <name>herald::EventDetectionStep</name>
    <message>
        <source>First rows as Herald reads them</source>
        <translation>Primeras filas tal como las lee Herald</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportado por</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Check what Herald found out about the activity file</source>
        <translation>Compruebe lo que Herald ha detectado en el archivo de actividad</translation>
    </message>
    <message>
        <source>Herald cannot read this file</source>
        <translation>Herald no puede leer este archivo</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is</source>
        <translation>Este archivo no se puede importar tal como está</translation>
    </message>
    <message>
        <source>%1

If letters look wrong, choose another text encoding; if the columns run together, choose another delimiter.</source>
        <translation>%1

Si las letras se ven mal, elija otra codificación de texto; si las columnas aparecen juntas, elija otro delimitador.</translation>
    </message>
    <message>
        <source>Read this way, the file is not campaign activity</source>
        <translation>Leído así, el archivo no es actividad de campañas</translation>
    </message>
    <message>
        <source>The first of %1 activity files in %2; Herald reads each one on its own when importing.</source>
        <translation>El primero de %1 archivos de actividad en %2; Herald lee cada uno por separado al importar.</translation>
    </message>
    <message>
        <source>1 other file in the archive is not activity and is left out: %1.</source>
        <translation>Otro archivo del archivo comprimido no contiene actividad y se omite: %1.</translation>
    </message>
    <message>
        <source>%1 other files in the archive are not activity and are left out.</source>
        <translation>Otros %1 archivos del archivo comprimido no contienen actividad y se omiten.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Coincidencia: %1</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (su elección)</translation>
    </message>
    <message>
        <source>Column names only: this file has no activity to import</source>
        <translation>Solo nombres de columna: este archivo no tiene actividad que importar</translation>
    </message>
    <message>
        <source>1 row, the whole file</source>
        <translation>1 fila, el archivo completo</translation>
    </message>
    <message>
        <source>%1 rows, the whole file</source>
        <translation>%1 filas, el archivo completo</translation>
    </message>
    <message>
        <source>About %1 rows (estimated from the file&apos;s size of %2)</source>
        <translation>Unas %1 filas (estimación a partir del tamaño del archivo, %2)</translation>
    </message>
    <message>
        <source>Some dates are written day first, others month first: you choose in the next step.</source>
        <translation>Unas fechas están escritas con el día primero y otras con el mes primero: elegirá el orden en el paso siguiente.</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be day or month first: you choose in the next step.</source>
        <translation>Fechas como «%1» podrían tener primero el día o el mes: elegirá el orden en el paso siguiente.</translation>
    </message>
    <message>
        <source>Day first (your choice)</source>
        <translation>Primero el día (su elección)</translation>
    </message>
    <message>
        <source>Month first (your choice)</source>
        <translation>Primero el mes (su elección)</translation>
    </message>
    <message>
        <source>Day first, as the file&apos;s dates show</source>
        <translation>Primero el día, como muestran las fechas del archivo</translation>
    </message>
    <message>
        <source>Month first, as the file&apos;s dates show</source>
        <translation>Primero el mes, como muestran las fechas del archivo</translation>
    </message>
    <message>
        <source>Unambiguous</source>
        <translation>Sin ambigüedad</translation>
    </message>
    <message>
        <source>1 row shown</source>
        <translation>1 fila mostrada</translation>
    </message>
    <message>
        <source>%1 rows shown</source>
        <translation>%1 filas mostradas</translation>
    </message>
    <message>
        <source>; 1 would be rejected</source>
        <translation>; 1 se rechazaría</translation>
    </message>
    <message>
        <source>; %1 would be rejected</source>
        <translation>; %1 se rechazarían</translation>
    </message>
    <message>
        <source>; 1 waits for the date order</source>
        <translation>; 1 espera el orden de las fechas</translation>
    </message>
    <message>
        <source>; %1 wait for the date order</source>
        <translation>; %1 esperan el orden de las fechas</translation>
    </message>
    <message>
        <source>. Hover over a marked cell to see why.</source>
        <translation>. Pase el puntero sobre una celda marcada para ver el motivo.</translation>
    </message>
</context>
<context>
    <name>herald::EventImport</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Importación cancelada; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>The archive holds no activity file or campaign report Herald can read.</source>
        <translation>El archivo comprimido no contiene ningún archivo de actividad ni informe de campaña que Herald pueda leer.</translation>
    </message>
    <message>
        <source>Indexing events</source>
        <translation>Indexando eventos</translation>
    </message>
    <message>
        <source>Summarising activity</source>
        <translation>Resumiendo la actividad</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>la primera fila contiene datos, no nombres de columna; Herald necesita una fila de encabezado para saber qué es cada columna</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>perfil &quot;%1&quot; desconocido; use auto o uno de estos: %2</translation>
    </message>
    <message>
        <source>this is not an activity file or campaign report Herald can read: %1</source>
        <translation>no es un archivo de actividad ni un informe de campaña que Herald pueda leer: %1</translation>
    </message>
    <message>
        <source>no column holds the time of the event (a column such as &quot;timestamp&quot;, &quot;date&quot; or &quot;time&quot;)</source>
        <translation>ninguna columna contiene la hora del evento (una columna como &quot;timestamp&quot;, &quot;date&quot; o &quot;time&quot;)</translation>
    </message>
    <message>
        <source>no column holds the contact&apos;s email address or a customer id</source>
        <translation>ninguna columna contiene la dirección de correo electrónico del contacto ni un identificador de cliente</translation>
    </message>
    <message>
        <source>no column says which event each row is (a column such as &quot;event&quot; or &quot;type&quot;), and the file&apos;s name does not say either (for example opens.csv or clicks.csv)</source>
        <translation>ninguna columna indica qué evento es cada fila (una columna como &quot;event&quot; o &quot;type&quot;), y el nombre del archivo tampoco lo indica (por ejemplo, opens.csv o clicks.csv)</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2; is a quote or delimiter missing?</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2; ¿falta una comilla o un delimitador?</translation>
    </message>
    <message>
        <source>invalid email address &quot;%1&quot;: %2</source>
        <translation>dirección de correo electrónico &quot;%1&quot; no válida: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; left out</source>
        <translation>&quot;%1&quot; no es un número; se omite</translation>
    </message>
    <message>
        <source>the row does not say which event it is</source>
        <translation>la fila no indica qué evento es</translation>
    </message>
    <message>
        <source>no customer id: a guest order cannot be tied to a contact</source>
        <translation>sin identificador de cliente: un pedido de invitado no se puede asociar a un contacto</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>sin identificador de cliente</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>no event time</source>
        <translation>sin hora del evento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; kept as text</source>
        <translation>&quot;%1&quot; no es un número; se conserva como texto</translation>
    </message>
    <message>
        <source>the row names no campaign (no name and no id)</source>
        <translation>la fila no indica ninguna campaña (ni nombre ni identificador)</translation>
    </message>
    <message>
        <source>%1 is not a contact in this workspace (--unknown-contacts create would add it as not subscribed)</source>
        <translation>%1 no es un contacto de este espacio de trabajo (--unknown-contacts create lo añadiría como no suscrito)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>herald::EventOptionsStep</name>
    <message>
        <source>Times without a time zone</source>
        <translation>Horas sin zona horaria</translation>
    </message>
    <message>
        <source>The time of each event, written without an offset such as “+02:00”, is read in this zone. Herald stores it in UTC and shows it in each contact&apos;s zone.</source>
        <translation>La hora de cada evento, escrita sin un desfase como «+02:00», se lee en esta zona. Herald la guarda en UTC y la muestra en la zona de cada contacto.</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>¿Primero el día o el mes?</translation>
    </message>
    <message>
        <source>As in most of Europe, Latin America and Asia.</source>
        <translation>Como en la mayor parte de Europa, América Latina y Asia.</translation>
    </message>
    <message>
        <source>As in the United States.</source>
        <translation>Como en Estados Unidos.</translation>
    </message>
    <message>
        <source>Addresses Herald does not know yet</source>
        <translation>Direcciones que Herald aún no conoce</translation>
    </message>
    <message>
        <source>Add them as not subscribed</source>
        <translation>Añadirlas como contactos no suscritos</translation>
    </message>
    <message>
        <source>Their activity is kept, and they get no marketing until they opt in. The consent ledger notes that this import added them.</source>
        <translation>Su actividad se conserva y no reciben marketing hasta que acepten recibirlo. El registro de consentimiento anota que los añadió esta importación.</translation>
    </message>
    <message>
        <source>Reject their rows</source>
        <translation>Rechazar sus filas</translation>
    </message>
    <message>
        <source>Only contacts already in the workspace get activity; the other rows are listed as rejected, to export and check.</source>
        <translation>Solo reciben actividad los contactos que ya están en el espacio de trabajo; las demás filas se enumeran como rechazadas, para exportarlas y revisarlas.</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Pedidos cancelados</translation>
    </message>
    <message>
        <source>Keep them with negative revenue</source>
        <translation>Conservarlos con ingresos negativos</translation>
    </message>
    <message>
        <source>A cancellation nets out its order, so each customer&apos;s revenue is what they really spent.</source>
        <translation>Una cancelación compensa su pedido, de modo que los ingresos de cada cliente son lo que realmente gastó.</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <source>Cancellations are counted as skipped rows; the orders they cancel stay as they are.</source>
        <translation>Las cancelaciones se cuentan como filas omitidas; los pedidos que cancelan se quedan como están.</translation>
    </message>
    <message>
        <source>Opens made by machines</source>
        <translation>Aperturas automáticas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An open within</source>
        <translation>Una apertura a menos de</translation>
    </message>
    <message>
        <source>of its send is a machine&apos;s, not a person&apos;s</source>
        <translation>de su envío es automática, no de una persona</translation>
    </message>
    <message>
        <source>Apple Mail Privacy Protection, image proxies and security scanners open mail seconds after it arrives. Herald flags those opens so that send-time models learn from people. Opens that a proxy&apos;s user agent gives away are flagged whatever this says.</source>
        <translation>Apple Mail Privacy Protection, los proxies de imágenes y los escáneres de seguridad abren el correo segundos después de que llegue. Herald marca esas aperturas para que los modelos de hora de envío aprendan de las personas. Las aperturas que delata el agente de usuario de un proxy se marcan sea cual sea este ajuste.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Decide how the activity is added</source>
        <translation>Decida cómo se añade la actividad</translation>
    </message>
    <message>
        <source>The file writes some dates day first and others month first. Herald reads each such date the way it fits; choose the order for dates that could be read either way.</source>
        <translation>El archivo escribe unas fechas con el día primero y otras con el mes primero. Herald lee cada una de esas fechas de la forma que encaja; elija el orden para las fechas que podrían leerse de ambas formas.</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Primero el día</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Primero el mes</translation>
    </message>
    <message>
        <source>Dates such as “%1” (line %2) could mean either. Herald reads every date of the file the same way.</source>
        <translation>Fechas como «%1» (línea %2) podrían significar una cosa u otra. Herald lee todas las fechas del archivo de la misma manera.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Primero el día: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Primero el mes: %1</translation>
    </message>
    <message>
        <source>The times in the first rows carry their own offset, so this choice does not change them.</source>
        <translation>Las horas de las primeras filas llevan su propio desfase, así que esta opción no las cambia.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 in %3, the workspace&apos;s zone.</source>
        <translation>«%1» del archivo se lee como %2 en %3, la zona del espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” in the file is read as %2 %3, which is %4 in the workspace&apos;s zone (%5).</source>
        <translation>«%1» del archivo se lee como %2 %3, que equivale a %4 en la zona del espacio de trabajo (%5).</translation>
    </message>
</context>
<context>
    <name>herald::EventPreviewModel</name>
    <message>
        <source>Skipped: %1 does not count this as an event</source>
        <translation>Omitida: %1 no cuenta esto como un evento</translation>
    </message>
    <message>
        <source>A shop customer known only by id: Herald gives them this address, which no mail can reach, so their orders still count.</source>
        <translation>Un cliente de la tienda conocido solo por su identificador: Herald le asigna esta dirección, a la que no puede llegar ningún correo, para que sus pedidos sigan contando.</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>ingresos %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <source>machine open</source>
        <translation>apertura automática</translation>
    </message>
    <message>
        <source>Part of a cancelled order</source>
        <translation>Parte de un pedido cancelado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 destinatario</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 destinatarios</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>tasa de apertura %1</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>tasa de clics %1</translation>
    </message>
    <message>
        <source>Day or month first? Herald reads this date once you choose in the next step</source>
        <translation>¿Primero el día o el mes? Herald lee esta fecha cuando elija el orden en el paso siguiente</translation>
    </message>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rechazada (%1): %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Fecha (%1)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>herald::EventSummaryStep</name>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>Eventos importados</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Ya presentes</translation>
    </message>
    <message>
        <source>Contacts created</source>
        <translation>Contactos creados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Aperturas automáticas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Eventos nuevos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Your campaign activity is in</source>
        <translation>La actividad de sus campañas ya está importada</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>en 1 archivo</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>en %1 archivos</translation>
    </message>
    <message>
        <source>a report holds campaigns</source>
        <translation>el informe contiene campañas</translation>
    </message>
    <message>
        <source>added to timelines</source>
        <translation>añadidos a las cronologías</translation>
    </message>
    <message>
        <source>imported before; not added twice</source>
        <translation>importados antes; no se añaden dos veces</translation>
    </message>
    <message>
        <source>added as not subscribed</source>
        <translation>añadidos como no suscritos</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>todas las filas eran válidas</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>se enumeran abajo</translation>
    </message>
    <message>
        <source>1 new event</source>
        <translation>1 evento nuevo</translation>
    </message>
    <message>
        <source>%1 new events</source>
        <translation>%1 eventos nuevos</translation>
    </message>
    <message>
        <source>%1 already present</source>
        <translation>%1 ya presentes</translation>
    </message>
    <message>
        <source>1 order line added to its order</source>
        <translation>1 línea de pedido añadida a su pedido</translation>
    </message>
    <message>
        <source>%1 order lines added to their orders</source>
        <translation>%1 líneas de pedido añadidas a sus pedidos</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidas</translation>
    </message>
    <message>
        <source>1 campaign row</source>
        <translation>1 fila de campaña</translation>
    </message>
    <message>
        <source>%1 campaign rows</source>
        <translation>%1 filas de campaña</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazadas</translation>
    </message>
    <message>
        <source>%1 read = %2, %3</source>
        <translation>Leídas: %1 = %2, %3</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 new, %2 updated with the file&apos;s subject, send time or results</source>
        <translation>%1 nuevas, %2 actualizadas con el asunto, la fecha de envío o los resultados del archivo</translation>
    </message>
    <message>
        <source>None: every open looks like a person&apos;s</source>
        <translation>Ninguna: todas las aperturas parecen de personas</translation>
    </message>
    <message>
        <source>1 open flagged as made by a machine (a privacy proxy or scanner)</source>
        <translation>1 apertura marcada como automática (un proxy de privacidad o un escáner)</translation>
    </message>
    <message>
        <source>%1 opens flagged as made by machines (privacy proxies, scanners)</source>
        <translation>%1 aperturas marcadas como automáticas (proxies de privacidad, escáneres)</translation>
    </message>
    <message>
        <source>1 order line added up into its order</source>
        <translation>1 línea de pedido sumada en su pedido</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders</source>
        <translation>%1 líneas de pedido sumadas en sus pedidos</translation>
    </message>
    <message>
        <source>1 cancelled order left out</source>
        <translation>1 pedido cancelado omitido</translation>
    </message>
    <message>
        <source>%1 cancelled orders left out</source>
        <translation>%1 pedidos cancelados omitidos</translation>
    </message>
    <message>
        <source>1 cancelled order kept with negative revenue</source>
        <translation>1 pedido cancelado conservado con ingresos negativos</translation>
    </message>
    <message>
        <source>%1 cancelled orders kept with negative revenue</source>
        <translation>%1 pedidos cancelados conservados con ingresos negativos</translation>
    </message>
    <message>
        <source>1 new contact is a shop customer known only by id, given an address no mail can reach</source>
        <translation>1 contacto nuevo es un cliente de la tienda conocido solo por su identificador, con una dirección a la que no puede llegar ningún correo</translation>
    </message>
    <message>
        <source>%1 new contacts are shop customers known only by id, given addresses no mail can reach</source>
        <translation>%1 contactos nuevos son clientes de la tienda conocidos solo por su identificador, con direcciones a las que no puede llegar ningún correo</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (la fila se importó de todos modos), p. ej., %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new events, %5 already present, %6 rejected</source>
        <translation>%1 (%2): %3, %4 eventos nuevos, %5 ya presentes, %6 rechazadas</translation>
    </message>
    <message>
        <source>%1: left out, %2</source>
        <translation>%1: omitido, %2</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>1 subscribed contact unsubscribed, complained or hard-bounced in this file and is no longer emailed (see their consent history)</source>
        <translation>1 contacto suscrito se dio de baja, se quejó o tuvo un rebote permanente en este archivo y ya no recibe correos (vea su historial de consentimiento)</translation>
    </message>
    <message>
        <source>%1 subscribed contacts unsubscribed, complained or hard-bounced in this file and are no longer emailed (see their consent history)</source>
        <translation>%1 contactos suscritos se dieron de baja, se quejaron o tuvieron un rebote permanente en este archivo y ya no reciben correos (vea su historial de consentimiento)</translation>
    </message>
</context>
<context>
    <name>herald::EventType</name>
    <message>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Spam complaint</source>
        <translation>Queja por spam</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Rebote temporal</translation>
    </message>
</context>
<context>
    <name>herald::Export</name>
    <message>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>No hay ningún segmento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>No hay ninguna programación con el identificador %1.</translation>
    </message>
    <message>
        <source>The profile names an unknown encoding &quot;%1&quot;.</source>
        <translation>El perfil indica una codificación desconocida, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 contacts are never in a send list; export them as a suppression list instead.</source>
        <translation>Los contactos con el estado %1 nunca están en una lista de envío; expórtelos como lista de exclusión.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; use one of: %2.</source>
        <translation>Perfil &quot;%1&quot; desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Writing the suppression list</source>
        <translation>Escribiendo la lista de exclusión</translation>
    </message>
    <message>
        <source>Cannot read the segments: %1</source>
        <translation>No se pueden leer los segmentos: %1</translation>
    </message>
</context>
<context>
    <name>herald::ExportActions</name>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>Write contacts in an email service&apos;s import layout, or a suppression list</source>
        <translation>Escribir contactos en el formato de importación de un servicio de correo electrónico, o una lista de exclusión</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2</source>
        <translation>Se exportaron %1 contactos a %2</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>Se omitieron %1 contactos excluidos (dados de baja, depurados, rebotados o que marcaron spam).</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>Se escribieron %1 contactos en %2.</translation>
    </message>
</context>
<context>
    <name>herald::ExportDialog</name>
    <message>
        <source>A send list for an email service</source>
        <translation>Una lista de envío para un servicio de correo electrónico</translation>
    </message>
    <message>
        <source>A suppression list (contacts who must not be emailed)</source>
        <translation>Una lista de exclusión (contactos a los que no se debe enviar correo)</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark</source>
        <translation>Empezar el archivo con una marca de orden de bytes</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>This workspace has no segments yet.</source>
        <translation>Este espacio de trabajo aún no tiene segmentos.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elija dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>Email service:</source>
        <translation>Servicio de correo electrónico:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Everyone who must not be emailed</source>
        <translation>Todos a los que no se debe enviar correo</translation>
    </message>
    <message>
        <source>Everyone who may be emailed</source>
        <translation>Todos a los que se puede enviar correo</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>As %1 expects (%2)</source>
        <translation>Como espera %1 (%2)</translation>
    </message>
    <message>
        <source>Columns: email, reason, since. Most services accept such a list as a suppression or blocklist import.</source>
        <translation>Columnas: email, reason, since. La mayoría de los servicios aceptan una lista así como importación de exclusiones o lista de bloqueo.</translation>
    </message>
    <message>
        <source>Comma (the usual)</source>
        <translation>Coma (lo habitual)</translation>
    </message>
    <message>
        <source>suppression-list-%1.csv</source>
        <translation>lista-de-exclusion-%1.csv</translation>
    </message>
    <message>
        <source>%1-contacts-%2.csv</source>
        <translation>%1-contactos-%2.csv</translation>
    </message>
    <message>
        <source>Counting the contacts…</source>
        <translation>Contando los contactos…</translation>
    </message>
    <message>
        <source>No contact matches these choices: there is nothing to export.</source>
        <translation>Ningún contacto coincide con estas opciones: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Contacts in the file: %1.</source>
        <translation>Contactos en el archivo: %1.</translation>
    </message>
    <message>
        <source>Suppressed contacts left out: %1 (unsubscribed, cleaned, bounced or complained; they must not be emailed).</source>
        <translation>Contactos excluidos omitidos: %1 (dados de baja, depurados, rebotados o que marcaron spam; no se les debe enviar correo).</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name to save to.</source>
        <translation>%1 es una carpeta. Elija un nombre de archivo donde guardar.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The contacts could not be exported.</source>
        <translation>No se pudieron exportar los contactos.</translation>
    </message>
</context>
<context>
    <name>herald::FileStep</name>
    <message>
        <source>Drop your export file here</source>
        <translation>Suelte aquí su archivo de exportación</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Files in this archive</source>
        <translation>Archivos de este archivo comprimido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose the file your email service exported</source>
        <translation>Elija el archivo que exportó su servicio de correo electrónico</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>%1 · changed %2
%3</source>
        <translation>%1 · modificado el %2
%3</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>Check at least one file to import.</source>
        <translation>Marque al menos un archivo para importar.</translation>
    </message>
    <message>
        <source>%1 of %2 CSV files will be imported, in one go: if anything fails, none of them is. Herald recognises each file on its own, so a list of unsubscribed members keeps them unsubscribed.</source>
        <translation>Se importarán %1 de %2 archivos CSV de una sola vez: si algo falla, no se importa ninguno. Herald reconoce cada archivo por separado, así que una lista de miembros dados de baja los mantiene dados de baja.</translation>
    </message>
    <message>
        <source>Import as Contacts Instead</source>
        <translation>Importar como contactos</translation>
    </message>
    <message>
        <source>Choose the activity file your email service or shop exported</source>
        <translation>Elija el archivo de actividad que exportó su servicio de correo electrónico o su tienda</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importar actividad de campañas</translation>
    </message>
    <message>
        <source>Opens, clicks, sends, bounces or shop orders, one row each; a campaign report; or a whole Mailchimp account export as a ZIP. From Mailchimp, Klaviyo, listmonk, a shop or a spreadsheet.</source>
        <translation>Aperturas, clics, envíos, rebotes o pedidos de una tienda, una fila por evento; un informe de campaña; o la exportación completa de una cuenta de Mailchimp como ZIP. De Mailchimp, Klaviyo, listmonk, una tienda o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>A CSV, TSV or text file, or a ZIP archive of them, as exported by Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic or a spreadsheet. Campaign activity (opens, clicks, orders) is recognised too.</source>
        <translation>Un archivo CSV, TSV o de texto, o un archivo ZIP que los contenga, tal como los exportan Mailchimp, Klaviyo, HubSpot, Brevo, ActiveCampaign, Constant Contact, listmonk, Mautic o una hoja de cálculo. También se reconoce la actividad de las campañas (aperturas, clics, pedidos).</translation>
    </message>
    <message>
        <source>Check at least one activity file: the checked files hold no opens, clicks, orders or campaign report.</source>
        <translation>Marque al menos un archivo de actividad: los archivos marcados no contienen aperturas, clics, pedidos ni informes de campaña.</translation>
    </message>
    <message>
        <source>%1 of the checked files will be imported as activity, in one go: if anything fails, none of them is. Files that are not activity, such as a contact list, are left out.</source>
        <translation>Se importarán como actividad %1 de los archivos marcados, de una sola vez: si algo falla, no se importa ninguno. Los archivos que no son de actividad, como una lista de contactos, se omiten.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Campaign activity: %1</source>
        <translation>Actividad de campañas: %1</translation>
    </message>
    <message>
        <source>%1.
Recognised as %2. Herald adds it to your contacts&apos; histories; the next steps show how it is read, and nothing is written before the last one.</source>
        <translation>%1.
Reconocido como %2. Herald lo añade al historial de sus contactos; los pasos siguientes muestran cómo se lee, y no se escribe nada antes del último.</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>formato genérico</translation>
    </message>
    <message>
        <source>1 file in the archive is not activity and will be left out.</source>
        <translation>1 archivo del archivo comprimido no contiene actividad y se omitirá.</translation>
    </message>
    <message>
        <source>%1 files in the archive are not activity and will be left out.</source>
        <translation>%1 archivos del archivo comprimido no contienen actividad y se omitirán.</translation>
    </message>
    <message>
        <source>This is a contact list, not campaign activity</source>
        <translation>Es una lista de contactos, no actividad de campañas</translation>
    </message>
    <message>
        <source>The columns match %1. Campaign activity is a file of opens, clicks, sends, bounces or orders, one row each, or a campaign report. Choose another file, or import this one as contacts.</source>
        <translation>Las columnas coinciden con %1. La actividad de campañas es un archivo de aperturas, clics, envíos, rebotes o pedidos, una fila por evento, o un informe de campaña. Elija otro archivo o importe este como contactos.</translation>
    </message>
    <message>
        <source>a contact list</source>
        <translation>una lista de contactos</translation>
    </message>
    <message>
        <source>Herald cannot import this file as campaign activity</source>
        <translation>Herald no puede importar este archivo como actividad de campañas</translation>
    </message>
    <message>
        <source>%1

Choose the file your email service or shop exported with the opens, clicks, sends or orders, or its campaign report.</source>
        <translation>%1

Elija el archivo con las aperturas, clics, envíos o pedidos que exportó su servicio de correo electrónico o su tienda, o su informe de campaña.</translation>
    </message>
    <message>
        <source>A contact list</source>
        <translation>Una lista de contactos</translation>
    </message>
    <message>
        <source>The columns match %1. Herald imports it as contacts; the next steps show how it reads them.</source>
        <translation>Las columnas coinciden con %1. Herald lo importa como contactos; los pasos siguientes muestran cómo los lee.</translation>
    </message>
</context>
<context>
    <name>herald::FileZoneCombo</name>
    <message>
        <source>Automatic: UTC, as %1 writes its exports</source>
        <translation>Automático: UTC, como escribe %1 sus exportaciones</translation>
    </message>
    <message>
        <source>Automatic: the workspace&apos;s zone, %1</source>
        <translation>Automático: la zona del espacio de trabajo, %1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Herald knows; choose one from the list, e.g. Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria que Herald conozca; elija una de la lista, p. ej., Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::FilterPopup</name>
    <message>
        <source>Nothing matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>No values in this workspace</source>
        <translation>No hay valores en este espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>herald::FirstStartPage</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Le damos la bienvenida a Herald</translation>
    </message>
    <message>
        <source>Herald plans your email campaigns on this computer: it learns when each contact tends to open, groups your list into segments and previews every send, and your contacts never leave this machine.</source>
        <translation>Herald planifica sus campañas de correo electrónico en este equipo: aprende cuándo suele abrir cada contacto, agrupa su lista en segmentos y muestra una vista previa de cada envío, y sus contactos nunca salen de su equipo.</translation>
    </message>
    <message>
        <source>No workspace is open. How would you like to start?</source>
        <translation>No hay ningún espacio de trabajo abierto. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>This workspace has no contacts yet. How would you like to start?</source>
        <translation>Este espacio de trabajo aún no tiene contactos. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>herald::GrowthChart</name>
    <message>
        <source>New contacts</source>
        <translation>Contactos nuevos</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>Cleaned or bounced</source>
        <translation>Depurados o rebotados</translation>
    </message>
    <message>
        <source>Subscribed at month end</source>
        <translation>Suscritos a fin de mes</translation>
    </message>
    <message>
        <source>Contacts per month</source>
        <translation>Contactos por mes</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Suscritos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;New contacts: %2&lt;br&gt;Unsubscribed: %3&lt;br&gt;Cleaned or bounced: %4&lt;br&gt;Subscribed at month end: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Contactos nuevos: %2&lt;br&gt;Dados de baja: %3&lt;br&gt;Depurados o rebotados: %4&lt;br&gt;Suscritos a fin de mes: %5</translation>
    </message>
</context>
<context>
    <name>herald::HeatmapWidget</name>
    <message>
        <source>1 open or click</source>
        <translation>1 apertura o clic</translation>
    </message>
    <message>
        <source>%1 opens and clicks</source>
        <translation>%1 aperturas y clics</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3: %4</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More (up to %1 in an hour)</source>
        <translation>Más (hasta %1 en una hora)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>herald::HeraldField</name>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Línea de dirección 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>UTC offset (hours)</source>
        <translation>Desfase UTC (horas)</translation>
    </message>
    <message>
        <source>Daylight saving offset (hours)</source>
        <translation>Desfase de horario de verano (horas)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Estado de suscripción</translation>
    </message>
    <message>
        <source>Opted out of email (yes/no)</source>
        <translation>Dado de baja del correo (sí/no)</translation>
    </message>
    <message>
        <source>Hard bounced (yes/no)</source>
        <translation>Rebote permanente (sí/no)</translation>
    </message>
    <message>
        <source>Marked as spam (yes/no)</source>
        <translation>Marcado como spam (sí/no)</translation>
    </message>
    <message>
        <source>Marketing consent (yes/no)</source>
        <translation>Consentimiento de marketing (sí/no)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Custom fields (JSON)</source>
        <translation>Campos personalizados (JSON)</translation>
    </message>
    <message>
        <source>ID at the ESP</source>
        <translation>Identificador en el ESP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Opt-in time</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Opt-in IP address</source>
        <translation>Dirección IP de alta</translation>
    </message>
    <message>
        <source>Confirmation time</source>
        <translation>Fecha de confirmación</translation>
    </message>
    <message>
        <source>Confirmation IP address</source>
        <translation>Dirección IP de confirmación</translation>
    </message>
    <message>
        <source>Consent time</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Unsubscribe time</source>
        <translation>Fecha de baja</translation>
    </message>
    <message>
        <source>Unsubscribe reason</source>
        <translation>Motivo de la baja</translation>
    </message>
    <message>
        <source>Cleaned time</source>
        <translation>Fecha de depuración</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Audience or list</source>
        <translation>Audiencia o lista</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Rebotes temporales</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebotes permanentes</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Aperturas únicas</translation>
    </message>
    <message>
        <source>Total opens</source>
        <translation>Aperturas totales</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Tasa de apertura</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Clics únicos</translation>
    </message>
    <message>
        <source>Total clicks</source>
        <translation>Clics totales</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Spam complaints</source>
        <translation>Quejas por spam</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Campaign ID at the ESP</source>
        <translation>Identificador de la campaña en el ESP</translation>
    </message>
    <message>
        <source>Contact email address</source>
        <translation>Dirección de correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Identificador de cliente</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <source>Campaign send time</source>
        <translation>Fecha de envío de la campaña</translation>
    </message>
    <message>
        <source>Clicked link</source>
        <translation>Enlace pulsado</translation>
    </message>
    <message>
        <source>Order or invoice number</source>
        <translation>Número de pedido o factura</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>User agent or email client</source>
        <translation>Agente de usuario o cliente de correo</translation>
    </message>
    <message>
        <source>Machine or privacy-proxy open (yes/no)</source>
        <translation>Apertura automática o por proxy de privacidad (sí/no)</translation>
    </message>
    <message>
        <source>Bounce type (hard or soft)</source>
        <translation>Tipo de rebote (permanente o temporal)</translation>
    </message>
    <message>
        <source>Country of the customer</source>
        <translation>País del cliente</translation>
    </message>
</context>
<context>
    <name>herald::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Leyendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Monthly activity</source>
        <translation>Actividad mensual</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation>Estado del consentimiento</translation>
    </message>
    <message>
        <source>Overview of %1</source>
        <translation>Resumen de %1</translation>
    </message>
    <message>
        <source>%1 can be emailed</source>
        <translation>%1 pueden recibir correos</translation>
    </message>
    <message>
        <source>%1 sends</source>
        <translation>%1 envíos</translation>
    </message>
    <message>
        <source>%1 opens, %2 clicks</source>
        <translation>%1 aperturas, %2 clics</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>last event on %1</source>
        <translation>último evento el %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>import campaign activity to see it here</source>
        <translation>importe la actividad de las campañas para verla aquí</translation>
    </message>
    <message>
        <source>The workspace summary could not be read.
%1</source>
        <translation>No se pudo leer el resumen del espacio de trabajo.
%1</translation>
    </message>
    <message>
        <source>List growth</source>
        <translation>Crecimiento de la lista</translation>
    </message>
    <message>
        <source>Contacts added each month above the line, unsubscribes and cleaned or bounced addresses below it, and how many could be emailed at each month&apos;s end.</source>
        <translation>Contactos añadidos cada mes por encima de la línea, bajas y direcciones depuradas o rebotadas por debajo, y cuántos podían recibir correos al final de cada mes.</translation>
    </message>
    <message>
        <source>Engagement over time</source>
        <translation>Interacción a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Rates of the campaigns sent each month, over delivered emails. Opens by mail clients and privacy proxies are left out.</source>
        <translation>Tasas de las campañas enviadas cada mes, sobre los correos entregados. Se omiten las aperturas de clientes de correo y proxies de privacidad.</translation>
    </message>
    <message>
        <source>Reading the list&apos;s history…</source>
        <translation>Leyendo el historial de la lista…</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>Leyendo las campañas…</translation>
    </message>
    <message>
        <source>The trends could not be read.
%1</source>
        <translation>No se pudieron leer las tendencias.
%1</translation>
    </message>
    <message>
        <source>No contacts yet. Import your contacts to see how your list grows month by month.</source>
        <translation>Aún no hay contactos. Importe sus contactos para ver cómo crece su lista mes a mes.</translation>
    </message>
    <message>
        <source>Since %1: %2 contacts added, %3 unsubscribed, %4 cleaned or bounced; %5 subscribed at the end of %6</source>
        <translation>Desde %1: %2 contactos añadidos, %3 dados de baja, %4 depurados o rebotados; %5 suscritos al final de %6</translation>
    </message>
    <message>
        <source>No campaign results yet. Import campaign activity to see open and click rates month by month.</source>
        <translation>Aún no hay resultados de campañas. Importe la actividad de las campañas para ver las tasas de apertura y de clics mes a mes.</translation>
    </message>
    <message>
        <source>%1 campaigns since %2: %3 opened, %4 clicked</source>
        <translation>%1 campañas desde %2: %3 de apertura, %4 de clics</translation>
    </message>
    <message>
        <source>No sends, opens or clicks yet. Import campaign activity to see them by month.</source>
        <translation>Aún no hay envíos, aperturas ni clics. Importe la actividad de las campañas para verlos por mes.</translation>
    </message>
</context>
<context>
    <name>herald::HourlyEngagementChart</name>
    <message>
        <source>Opens by people</source>
        <translation>Aperturas de personas</translation>
    </message>
    <message>
        <source>Machine opens</source>
        <translation>Aperturas automáticas</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Hours since send</source>
        <translation>Horas desde el envío</translation>
    </message>
    <message>
        <source>Opens and clicks by people</source>
        <translation>Aperturas y clics de personas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1–%2 hours after sending&lt;/b&gt;&lt;br&gt;Opens by people: %3&lt;br&gt;Machine opens: %4&lt;br&gt;Clicks: %5</source>
        <translation>&lt;b&gt;%1–%2 horas después del envío&lt;/b&gt;&lt;br&gt;Aperturas de personas: %3&lt;br&gt;Aperturas automáticas: %4&lt;br&gt;Clics: %5</translation>
    </message>
</context>
<context>
    <name>herald::Import</name>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Importación cancelada; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for column &quot;%2&quot;; use one of: %3, tags, ignore, custom, custom:NAME</source>
        <translation>campo &quot;%1&quot; desconocido para la columna &quot;%2&quot;; use uno de estos: %3, tags, ignore, custom, custom:NAME</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;; its columns are %2</source>
        <translation>el archivo no tiene ninguna columna &quot;%1&quot;; sus columnas son %2</translation>
    </message>
    <message>
        <source>Checking dates</source>
        <translation>Comprobando fechas</translation>
    </message>
    <message>
        <source>the dates in this file are written both day-first and month-first; choose the order (--date-order dmy or mdy)</source>
        <translation>las fechas de este archivo están escritas unas con el día primero y otras con el mes primero; elija el orden (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <source>every date could be day/month or month/day (for example &quot;%1&quot;); choose the order (--date-order dmy or mdy)</source>
        <translation>todas las fechas podrían ser día/mes o mes/día (por ejemplo, &quot;%1&quot;); elija el orden (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <source>the first row holds data, not column names; Herald needs a header row to know which column is which</source>
        <translation>la primera fila contiene datos, no nombres de columna; Herald necesita una fila de encabezado para saber qué es cada columna</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; use auto or one of: %2</source>
        <translation>perfil &quot;%1&quot; desconocido; use auto o uno de estos: %2</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>This is a folder; choose a CSV or ZIP file.</source>
        <translation>Es una carpeta; elija un archivo CSV o ZIP.</translation>
    </message>
    <message>
        <source>The file cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo: permiso denegado.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive, so it has no member &quot;%1&quot;.</source>
        <translation>No es un archivo ZIP, así que no contiene ningún elemento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The archive holds no CSV file.</source>
        <translation>El archivo comprimido no contiene ningún archivo CSV.</translation>
    </message>
    <message>
        <source>The archive has no CSV member &quot;%1&quot;.</source>
        <translation>El archivo comprimido no contiene ningún archivo CSV &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>Indexing contacts</source>
        <translation>Indexando contactos</translation>
    </message>
</context>
<context>
    <name>herald::ImportActions</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Import the contacts your email service exported</source>
        <translation>Importar los contactos que exportó su servicio de correo electrónico</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Primero abra o cree un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 rejected</source>
        <translation>Se importó %1: %2 contactos nuevos, %3 actualizados, %4 filas rechazadas</translation>
    </message>
    <message>
        <source>Import Campaign &amp;Activity…</source>
        <translation>Importar ac&amp;tividad de campañas…</translation>
    </message>
    <message>
        <source>Import opens, clicks, sends, bounces, orders or campaign reports from your email service or shop</source>
        <translation>Importar aperturas, clics, envíos, rebotes, pedidos o informes de campaña de su servicio de correo electrónico o su tienda</translation>
    </message>
    <message>
        <source>ESP exports (*.csv *.tsv *.txt *.zip);;All files (*)</source>
        <translation>Exportaciones de ESP (*.csv *.tsv *.txt *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importar actividad de campañas</translation>
    </message>
    <message>
        <source>Everything is imported into the open workspace.</source>
        <translation>Todo se importa en el espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new events, %3 already present, %4 rejected</source>
        <translation>Se importó %1: %2 eventos nuevos, %3 ya presentes, %4 filas rechazadas</translation>
    </message>
</context>
<context>
    <name>herald::ImportLayout</name>
    <message>
        <source>The contact has no email address, so %1 cannot import it.</source>
        <translation>El contacto no tiene dirección de correo electrónico, así que %1 no puede importarlo.</translation>
    </message>
    <message>
        <source>unbalanced braces in “%1”</source>
        <translation>llaves desparejadas en «%1»</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in “%2”</source>
        <translation>marcador {%1} desconocido en «%2»</translation>
    </message>
</context>
<context>
    <name>herald::ImportStep</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
</context>
<context>
    <name>herald::ImportText</name>
    <message>
        <source>from a time zone column</source>
        <translation>de una columna de zona horaria</translation>
    </message>
    <message>
        <source>from the ESP&apos;s time zone</source>
        <translation>de la zona horaria del ESP</translation>
    </message>
    <message>
        <source>from a UTC offset</source>
        <translation>de un desfase UTC</translation>
    </message>
    <message>
        <source>from the postal code</source>
        <translation>del código postal</translation>
    </message>
    <message>
        <source>from the state or region</source>
        <translation>del estado o región</translation>
    </message>
    <message>
        <source>from the country</source>
        <translation>del país</translation>
    </message>
    <message>
        <source>workspace time zone</source>
        <translation>zona horaria del espacio de trabajo</translation>
    </message>
    <message>
        <source>zone column</source>
        <translation>columna de zona</translation>
    </message>
    <message>
        <source>ESP</source>
        <translation>ESP</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>desfase UTC</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Alta (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Media (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Baja (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
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
        <translation>Herald está creando los índices de búsqueda y ordenación en segundo plano (vea la barra de estado). Buscar y ordenar ya funcionan, solo que más despacio.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
</context>
<context>
    <name>herald::ImportWizard</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Importing your campaign activity</source>
        <translation>Importando la actividad de sus campañas</translation>
    </message>
    <message>
        <source>Import Campaign Activity</source>
        <translation>Importar actividad de campañas</translation>
    </message>
    <message>
        <source>Import campaign activity</source>
        <translation>Importar actividad de campañas</translation>
    </message>
</context>
<context>
    <name>herald::ImportsModel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Fecha de importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
</context>
<context>
    <name>herald::ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Exportar rechazos…</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aún no hay importaciones</translation>
    </message>
    <message>
        <source>Every file you import is listed here with what became of its rows, so you can always see where a contact came from and which rows were left out.</source>
        <translation>Aquí se enumera cada archivo que importe con lo que ocurrió con sus filas, para que siempre pueda ver de dónde procede un contacto y qué filas se omitieron.</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>No se pudieron exportar las filas rechazadas.</translation>
    </message>
    <message>
        <source>The list of imports could not be read.</source>
        <translation>No se pudo leer la lista de importaciones.</translation>
    </message>
    <message>
        <source>1 import, %1 rejected rows</source>
        <translation>1 importación, %1 filas rechazadas</translation>
    </message>
    <message>
        <source>%1 imports, %2 rejected rows</source>
        <translation>%1 importaciones, %2 filas rechazadas</translation>
    </message>
    <message>
        <source>Rejected rows of %1</source>
        <translation>Filas rechazadas de %1</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Select an import to see its rejected rows.</source>
        <translation>Seleccione una importación para ver sus filas rechazadas.</translation>
    </message>
    <message>
        <source>Every row of this file was imported.</source>
        <translation>Se importaron todas las filas de este archivo.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Se muestran las primeras %1 de %2; la exportación las contiene todas.</translation>
    </message>
    <message>
        <source>Each row is kept with its line in the file and the reason it was left out.</source>
        <translation>Cada fila se conserva con su línea en el archivo y el motivo por el que se omitió.</translation>
    </message>
    <message>
        <source>Import Campaign Activity…</source>
        <translation>Importar actividad de campañas…</translation>
    </message>
</context>
<context>
    <name>herald::IndexMaintenance</name>
    <message>
        <source>Indexing was cancelled; it continues the next time the workspace opens.</source>
        <translation>Se canceló la indexación; continuará la próxima vez que se abra el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot read which indexes are pending: %1</source>
        <translation>No se pueden leer los índices pendientes: %1</translation>
    </message>
    <message>
        <source>Indexing contacts for search</source>
        <translation>Indexando contactos para la búsqueda</translation>
    </message>
    <message>
        <source>Building sort and look-up indexes (%1 of %2)</source>
        <translation>Creando índices de ordenación y búsqueda (%1 de %2)</translation>
    </message>
    <message>
        <source>Cannot build the workspace&apos;s indexes: %1</source>
        <translation>No se pueden crear los índices del espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>herald::IndexingStatus</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes the next time the workspace opens)</source>
        <translation>Detener la indexación (continuará la próxima vez que se abra el espacio de trabajo)</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Detener la indexación</translation>
    </message>
    <message>
        <source>A large import is searchable and sortable already; these indexes make searching and sorting fast.</source>
        <translation>Una importación grande ya se puede buscar y ordenar; estos índices hacen que buscar y ordenar sea rápido.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation>Indexación detenida: %1</translation>
    </message>
    <message>
        <source>Search and sort indexes are up to date.</source>
        <translation>Los índices de búsqueda y ordenación están al día.</translation>
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
        <translation>Probar el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>A made-up shop with 5,000 contacts and a year of campaigns, opens and purchases, to explore everything safely.</source>
        <translation>Una tienda ficticia con 5000 contactos y un año de campañas, aperturas y compras, para explorarlo todo sin riesgos.</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Continue with a Herald workspace file you already have.</source>
        <translation>Continuar con un archivo de espacio de trabajo de Herald que ya tenga.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Acerca de Herald</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>%1 — Herald</source>
        <translation>%1 — Herald</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Bring in the CSV or ZIP file your email service exported: Mailchimp, Klaviyo, HubSpot, Brevo and others are recognised. Or drop it here.</source>
        <translation>Traiga el archivo CSV o ZIP que exportó su servicio de correo electrónico: se reconocen Mailchimp, Klaviyo, HubSpot, Brevo y otros. O suéltelo aquí.</translation>
    </message>
</context>
<context>
    <name>herald::MappingModel</name>
    <message>
        <source>%1 exports this column; Herald knows what it holds.</source>
        <translation>%1 exporta esta columna; Herald sabe qué contiene.</translation>
    </message>
    <message>
        <source>Herald does not know this column: check where it should go.</source>
        <translation>Herald no conoce esta columna: compruebe adónde debe ir.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
</context>
<context>
    <name>herald::MappingStep</name>
    <message>
        <source>Save Mapping…</source>
        <translation>Guardar asignación…</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet</source>
        <translation>Esta asignación aún no se puede importar</translation>
    </message>
    <message>
        <source>The first rows as they will be imported</source>
        <translation>Las primeras filas tal como se importarán</translation>
    </message>
    <message>
        <source>Which way round are the dates written?</source>
        <translation>¿En qué orden están escritas las fechas?</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Choose where each column goes</source>
        <translation>Elija adónde va cada columna</translation>
    </message>
    <message>
        <source>Each column goes to a Herald field; the preview below follows every change. Columns shown here are those of the first file: a column of the same name in the other files follows your choice, and Herald maps the rest.</source>
        <translation>Cada columna va a un campo de Herald; la vista previa de abajo refleja cada cambio. Las columnas que se muestran aquí son las del primer archivo: una columna con el mismo nombre en los demás archivos sigue su elección, y Herald asigna el resto.</translation>
    </message>
    <message>
        <source>Each column of the file goes to a Herald field. Check the ones Herald did not recognise; the preview below follows every change.</source>
        <translation>Cada columna del archivo va a un campo de Herald. Compruebe las que Herald no ha reconocido; la vista previa de abajo refleja cada cambio.</translation>
    </message>
    <message>
        <source>%1 rows, none rejected</source>
        <translation>%1 filas, ninguna rechazada</translation>
    </message>
    <message>
        <source>%1 rows, %2 will be rejected; hover a red cell to see why</source>
        <translation>%1 filas, %2 se rechazarán; pase el puntero sobre una celda roja para ver el motivo</translation>
    </message>
    <message>
        <source>Dates such as “%1” could mean either. Herald needs to know before importing, and will read every date of the file the same way.</source>
        <translation>Fechas como «%1» podrían significar una cosa u otra. Herald necesita saberlo antes de importar, y leerá todas las fechas del archivo de la misma manera.</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Primero el día: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Primero el mes: %1</translation>
    </message>
    <message>
        <source>Apply a saved mapping…</source>
        <translation>Aplicar una asignación guardada…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar asignación</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>Nombre de esta asignación:</translation>
    </message>
    <message>
        <source>A mapping called “%1” already exists.</source>
        <translation>Ya existe una asignación llamada «%1».</translation>
    </message>
    <message>
        <source>Replace it with this one?</source>
        <translation>¿Desea reemplazarla por esta?</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>No se pudo guardar la asignación.</translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation>Asignación guardada</translation>
    </message>
    <message>
        <source>The mapping could not be applied.</source>
        <translation>No se pudo aplicar la asignación.</translation>
    </message>
</context>
<context>
    <name>herald::NavigationView</name>
    <message>
        <source>WORKSPACE</source>
        <translation>ESPACIO DE TRABAJO</translation>
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
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contactos</translation>
    </message>
</context>
<context>
    <name>herald::OptionsStep</name>
    <message>
        <source>Contacts already in the workspace</source>
        <translation>Contactos que ya están en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Rows that say nothing about consent</source>
        <translation>Filas que no indican nada sobre el consentimiento</translation>
    </message>
    <message>
        <source>Times without a time zone</source>
        <translation>Horas sin zona horaria</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Fill in only what Herald does not know yet; tags and custom fields are added.</source>
        <translation>Solo se completa lo que Herald aún no sabe; se añaden las etiquetas y los campos personalizados.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones wherever the file has a value.</source>
        <translation>Los valores del archivo sustituyen a los guardados siempre que el archivo tenga un valor.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Leave contacts Herald already has as they are; only new addresses are added.</source>
        <translation>Los contactos que Herald ya tiene se dejan como están; solo se añaden las direcciones nuevas.</translation>
    </message>
    <message>
        <source>Whatever you choose, nobody who unsubscribed, bounced or complained is made subscribed again by an import.</source>
        <translation>Elija lo que elija, ninguna importación vuelve a suscribir a quien se dio de baja, rebotó o marcó como spam.</translation>
    </message>
    <message>
        <source>They opted in to your emails, as on a list exported from your email service.</source>
        <translation>Aceptaron recibir sus correos, como en una lista exportada de su servicio de correo electrónico.</translation>
    </message>
    <message>
        <source>Customers or leads who never opted in to marketing, e.g. from a shop&apos;s order export.</source>
        <translation>Clientes o contactos potenciales que nunca aceptaron recibir marketing, p. ej., de la exportación de pedidos de una tienda.</translation>
    </message>
    <message>
        <source>They signed up but have not confirmed yet (double opt-in).</source>
        <translation>Se registraron pero aún no lo han confirmado (doble opt-in).</translation>
    </message>
    <message>
        <source>Rows whose file or status column says otherwise keep what it says, and a list of unsubscribed members stays unsubscribed.</source>
        <translation>Las filas cuyo archivo o columna de estado indique otra cosa conservan lo que indican, y una lista de miembros dados de baja sigue dada de baja.</translation>
    </message>
    <message>
        <source>Signup and opt-in times written without an offset, such as “2024-03-01 09:00”, are read in this zone.</source>
        <translation>Las fechas de registro y de alta escritas sin desfase, como «2024-03-01 09:00», se leen en esta zona.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Decide how the contacts are added</source>
        <translation>Decida cómo se añaden los contactos</translation>
    </message>
</context>
<context>
    <name>herald::PreviewModel</name>
    <message>
        <source>Rejected (%1): %2</source>
        <translation>Rechazada (%1): %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Zone from</source>
        <translation>Origen de la zona</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>herald::RejectsExport</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Writing rejected rows</source>
        <translation>Escribiendo las filas rechazadas</translation>
    </message>
    <message>
        <source>The rejected rows could not be read: %1</source>
        <translation>No se pudieron leer las filas rechazadas: %1</translation>
    </message>
    <message>
        <source>%1 rejected rows</source>
        <translation>%1 filas rechazadas</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>1 rejected row</source>
        <translation>1 fila rechazada</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>Guardado en %2: %1</translation>
    </message>
</context>
<context>
    <name>herald::RejectsModel</name>
    <message>
        <source>whole row</source>
        <translation>toda la fila</translation>
    </message>
    <message>
        <source>%1

The row as read: %2</source>
        <translation>%1

La fila tal como se leyó: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>herald::RejectsSection</name>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Exportar rechazos…</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>The rejected rows could not be exported.</source>
        <translation>No se pudieron exportar las filas rechazadas.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the export has them all.</source>
        <translation>Se muestran las primeras %1 de %2; la exportación las contiene todas.</translation>
    </message>
</context>
<context>
    <name>herald::RunStep</name>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>The import runs in one go: until it has finished, nothing in the workspace changes, and a cancelled or failed import leaves it exactly as it was.</source>
        <translation>La importación se realiza de una sola vez: hasta que termine, nada cambia en el espacio de trabajo, y una importación cancelada o fallida lo deja exactamente como estaba.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing your contacts</source>
        <translation>Importando sus contactos</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Cancelando: deshaciendo lo importado hasta ahora…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged</source>
        <translation>Importación cancelada; el espacio de trabajo no ha cambiado</translation>
    </message>
    <message>
        <source>Nothing from this file was added. Go back to change the settings, or close.</source>
        <translation>No se añadió nada de este archivo. Vuelva atrás para cambiar la configuración, o cierre.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>La importación se detuvo.</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is unchanged</source>
        <translation>No se importó nada; el espacio de trabajo no ha cambiado</translation>
    </message>
</context>
<context>
    <name>herald::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Used for contacts whose own time zone is not known, and for dates shown in this workspace.</source>
        <translation>Se usa para los contactos cuya zona horaria se desconoce y para las fechas que se muestran en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open a workspace to set its time zone.</source>
        <translation>Abra un espacio de trabajo para definir su zona horaria.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>How many processor threads training and predictions use.</source>
        <translation>Cuántos hilos del procesador usan el entrenamiento y las predicciones.</translation>
    </message>
    <message>
        <source>Herald switches to the new language the next time it starts.</source>
        <translation>Herald cambiará al nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The new thread count applies the next time Herald starts.</source>
        <translation>El nuevo número de hilos se aplicará la próxima vez que se inicie Herald.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone Herald knows. Pick one from the list, for example Europe/Berlin.</source>
        <translation>&quot;%1&quot; no es una zona horaria que Herald conozca. Elija una de la lista, por ejemplo Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>herald::StatusBreakdown</name>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) are never exported for sending.</source>
        <translation>%1 contactos excluidos (dados de baja, depurados, rebotados o que marcaron spam) nunca se exportan para el envío.</translation>
    </message>
</context>
<context>
    <name>herald::SummaryDetails</name>
    <message>
        <source>in under a second</source>
        <translation>en menos de un segundo</translation>
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
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Contactos nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>Consent kept</source>
        <translation>Consentimiento conservado</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Your contacts are in</source>
        <translation>Sus contactos ya están importados</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>en 1 archivo</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>en %1 archivos</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <source>completed or changed</source>
        <translation>completados o modificados</translation>
    </message>
    <message>
        <source>nothing new in them</source>
        <translation>sin nada nuevo</translation>
    </message>
    <message>
        <source>every row was usable</source>
        <translation>todas las filas eran válidas</translation>
    </message>
    <message>
        <source>listed below</source>
        <translation>se enumeran abajo</translation>
    </message>
    <message>
        <source>%1 read = %2 new + %3 updated + %4 + %5 rejected, %6</source>
        <translation>Leídas: %1 = %2 nuevas + %3 actualizadas + %4 + %5 rechazadas, %6</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>1 duplicate</source>
        <translation>1 duplicada</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 duplicadas</translation>
    </message>
    <message>
        <source>Nobody in the file who had opted out was listed as subscribed.</source>
        <translation>Nadie del archivo que se hubiera dado de baja figuraba como suscrito.</translation>
    </message>
    <message>
        <source>1 contact who had opted out stays opted out, although the file lists them as subscribed.</source>
        <translation>1 contacto que se había dado de baja sigue dado de baja, aunque el archivo lo indica como suscrito.</translation>
    </message>
    <message>
        <source>%1 contacts who had opted out stay opted out, although the file lists them as subscribed.</source>
        <translation>%1 contactos que se habían dado de baja siguen dados de baja, aunque el archivo los indica como suscritos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No contact was added or changed.</source>
        <translation>No se añadió ni se modificó ningún contacto.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1 (the row was imported anyway), e.g. %2: %3</source>
        <translation>%1 (la fila se importó de todos modos), p. ej., %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 new, %5 updated, %6, %7 rejected</source>
        <translation>%1 (%2): %3, %4 nuevas, %5 actualizadas, %6, %7 rechazadas</translation>
    </message>
</context>
<context>
    <name>herald::TargetDelegate</name>
    <message>
        <source>Custom field…</source>
        <translation>Campo personalizado…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Name of the custom field for the column “%1”:</source>
        <translation>Nombre del campo personalizado para la columna «%1»:</translation>
    </message>
</context>
<context>
    <name>herald::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>herald::TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Error inesperado.</translation>
    </message>
</context>
<context>
    <name>herald::TimeZoneResolver</name>
    <message>
        <source>unknown country &apos;%1&apos;</source>
        <translation>país &apos;%1&apos; desconocido</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>zona horaria &apos;%1&apos; desconocida</translation>
    </message>
    <message>
        <source>invalid UTC offset &apos;%1&apos;</source>
        <translation>desfase UTC &apos;%1&apos; no válido</translation>
    </message>
    <message>
        <source>invalid daylight saving UTC offset &apos;%1&apos;</source>
        <translation>desfase UTC de horario de verano &apos;%1&apos; no válido</translation>
    </message>
    <message>
        <source>no time zone keeps %1 with %2 during daylight saving time; assumed %3</source>
        <translation>ninguna zona horaria usa %1 con %2 en horario de verano; se supone %3</translation>
    </message>
    <message>
        <source>no time zone keeps %1; used a fixed offset without daylight saving time</source>
        <translation>ninguna zona horaria usa %1; se usó un desfase fijo sin horario de verano</translation>
    </message>
    <message>
        <source>no time zone is known for %1</source>
        <translation>no se conoce ninguna zona horaria para %1</translation>
    </message>
    <message>
        <source>%1 spans several time zones; assumed %2</source>
        <translation>%1 abarca varias zonas horarias; se supone %2</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a US ZIP code</source>
        <translation>&apos;%1&apos; se interpretó como código ZIP de EE. UU.</translation>
    </message>
    <message>
        <source>no time zone is known for ZIP code &apos;%1&apos;</source>
        <translation>no se conoce ninguna zona horaria para el código ZIP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a US ZIP code</source>
        <translation>&apos;%1&apos; no es un código ZIP de EE. UU.</translation>
    </message>
    <message>
        <source>the province of postal code &apos;%1&apos; spans several time zones; assumed %2</source>
        <translation>la provincia del código postal &apos;%1&apos; abarca varias zonas horarias; se supone %2</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as a Canadian postal code</source>
        <translation>&apos;%1&apos; se interpretó como código postal canadiense</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Canadian postal code</source>
        <translation>&apos;%1&apos; no es un código postal canadiense</translation>
    </message>
    <message>
        <source>unknown region &apos;%1&apos; in %2</source>
        <translation>región &apos;%1&apos; desconocida en %2</translation>
    </message>
    <message>
        <source>read &apos;%1&apos; as %2, %3</source>
        <translation>&apos;%1&apos; se interpretó como %2, %3</translation>
    </message>
</context>
<context>
    <name>herald::TimelineModel</name>
    <message>
        <source>Made by a mail client or a privacy scanner that loads every image, not by a person. Herald leaves it out of open rates and of the heatmap.</source>
        <translation>Realizada por un cliente de correo o un escáner de privacidad que carga todas las imágenes, no por una persona. Herald la excluye de las tasas de apertura y del mapa de calor.</translation>
    </message>
    <message>
        <source>%1 (machine)</source>
        <translation>%1 (automática)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>herald::Workspace</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>No se indicó ningún archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation>El archivo del espacio de trabajo no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>Es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: permission denied.</source>
        <translation>No se puede leer el archivo del espacio de trabajo: permiso denegado.</translation>
    </message>
    <message>
        <source>The workspace file is read-only. Herald needs to write to its workspace; copy it somewhere writable or change its permissions.</source>
        <translation>El archivo del espacio de trabajo es de solo lectura. Herald necesita escribir en su espacio de trabajo; cópielo en una ubicación con permiso de escritura o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The workspace file cannot be read: %1</source>
        <translation>No se puede leer el archivo del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>This file is not a Herald workspace (it is not an SQLite database).</source>
        <translation>Este archivo no es un espacio de trabajo de Herald (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>This SQLite database is not a Herald workspace.</source>
        <translation>Esta base de datos SQLite no es un espacio de trabajo de Herald.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Herald (schema %1; this version reads up to schema %2). Update Herald to open it.</source>
        <translation>Este espacio de trabajo lo escribió una versión más reciente de Herald (esquema %1; esta versión lee hasta el esquema %2). Actualice Herald para abrirlo.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1). Restore it from a backup.</source>
        <translation>El archivo del espacio de trabajo está dañado (%1). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot switch the workspace to write-ahead logging (journal mode is %1). Is it on a network drive?</source>
        <translation>No se puede cambiar el espacio de trabajo al registro de escritura anticipada (el modo de diario es %1). ¿Está en una unidad de red?</translation>
    </message>
    <message>
        <source>This SQLite build does not enforce foreign keys.</source>
        <translation>Esta compilación de SQLite no aplica las claves foráneas.</translation>
    </message>
    <message>
        <source>The workspace file is read-only (%1).</source>
        <translation>El archivo del espacio de trabajo es de solo lectura (%1).</translation>
    </message>
    <message>
        <source>The workspace is locked by another program (%1).</source>
        <translation>Otro programa tiene bloqueado el espacio de trabajo (%1).</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>No se puede abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Cannot read the workspace summary: %1</source>
        <translation>No se puede leer el resumen del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose a new name for the backup.</source>
        <translation>Ya existe un archivo con este nombre; elija un nombre nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>A workspace cannot be backed up onto itself.</source>
        <translation>No se puede hacer una copia de seguridad de un espacio de trabajo sobre sí mismo.</translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation>No se puede crear el archivo de copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>No se puede iniciar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Copying the workspace</source>
        <translation>Copiando el espacio de trabajo</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Se canceló la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Zona horaria desconocida.</translation>
    </message>
    <message>
        <source>Cannot save the time zone: %1</source>
        <translation>No se puede guardar la zona horaria: %1</translation>
    </message>
    <message>
        <source>The integrity check was cancelled.</source>
        <translation>Se canceló la comprobación de integridad.</translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceActions</name>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Espacios de trabajo de Herald (*.herald);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>Save a copy of the open workspace</source>
        <translation>Guardar una copia del espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Workspace Damaged</source>
        <translation>Espacio de trabajo dañado</translation>
    </message>
    <message>
        <source>Herald closed %1 because it is damaged.</source>
        <translation>Herald cerró %1 porque está dañado.</translation>
    </message>
    <message>
        <source>Herald keeps %1 open.</source>
        <translation>Herald mantiene %1 abierto.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Herald cannot open %1.</source>
        <translation>Herald no puede abrir %1.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Choose a new name, or use Open Workspace to open it.</source>
        <translation>Elija otro nombre o use Abrir espacio de trabajo para abrirlo.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 backup %2</source>
        <translation>%1 copia de seguridad %2</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Copia de seguridad del espacio de trabajo</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Creando la copia de seguridad de %1…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>The backup could not be saved.</source>
        <translation>No se pudo guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Demo Workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Creando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <source>The demo workspace could not be created.</source>
        <translation>No se pudo crear el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>Demo workspace ready: %1, %2 campaigns, %3 events</source>
        <translation>Espacio de trabajo de demostración listo: %1, %2 campañas, %3 eventos</translation>
    </message>
</context>
<context>
    <name>herald::WorkspaceTrends</name>
    <message>
        <source>Cannot read the workspace trends: %1</source>
        <translation>No se pueden leer las tendencias del espacio de trabajo: %1</translation>
    </message>
</context>
<context>
    <name>herald::ZipArchive</name>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The ZIP file does not exist.</source>
        <translation>El archivo ZIP no existe.</translation>
    </message>
    <message>
        <source>The file is not a readable ZIP archive: %1</source>
        <translation>El archivo no es un archivo ZIP legible: %1</translation>
    </message>
    <message>
        <source>The ZIP archive has more than %1 entries; Herald does not read it.</source>
        <translation>El archivo ZIP tiene más de %1 entradas; Herald no lo lee.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged or not a ZIP archive: %1</source>
        <translation>El archivo ZIP está dañado o no es un archivo ZIP: %1</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive is damaged: %2</source>
        <translation>El elemento %1 del archivo ZIP está dañado: %2</translation>
    </message>
    <message>
        <source>The member %1 of the ZIP archive inflates to more than %2 MiB; Herald stops reading it (it may be a &quot;zip bomb&quot;).</source>
        <translation>El elemento %1 del archivo ZIP ocupa más de %2 MiB al descomprimirse; Herald deja de leerlo (podría ser una &quot;bomba ZIP&quot;).</translation>
    </message>
    <message>
        <source>The ZIP archive has no file named %1.</source>
        <translation>El archivo ZIP no contiene ningún archivo llamado %1.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is password-protected; extract it first.</source>
        <translation>%1 del archivo ZIP está protegido con contraseña; extráigalo primero.</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive would inflate to %2 MiB, more than the limit of %3 MiB.</source>
        <translation>%1 del archivo ZIP ocuparía %2 MiB al descomprimirse, más que el límite de %3 MiB.</translation>
    </message>
</context>
<context>
    <name>herald::cli</name>
    <message>
        <source>Usage: herald [--workspace PATH] [COMMAND] [OPTIONS]
Without a command, Herald opens its window.

Commands:
</source>
        <translation>Uso: herald [--workspace PATH] [COMMAND] [OPTIONS]
Sin un comando, Herald abre su ventana.

Comandos:
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
Opciones comunes:
  --workspace PATH  el archivo del espacio de trabajo (predeterminado: $HERALD_WORKSPACE; si no, %1)
  --json            escribe un único objeto JSON en la salida estándar
  --help, --version
</translation>
    </message>
    <message>
        <source>herald: unknown command &quot;%1&quot;.</source>
        <translation>herald: comando &quot;%1&quot; desconocido.</translation>
    </message>
    <message>
        <source>herald: %1</source>
        <translation>herald: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>herald: unexpected argument &quot;%1&quot;.</source>
        <translation>herald: argumento &quot;%1&quot; inesperado.</translation>
    </message>
    <message>
        <source>which file? herald import contacts FILE</source>
        <translation>¿qué archivo? herald import contacts FILE</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding admite auto, utf-8, utf-16, utf-16le, utf-16be o windows-1252, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--delimiter takes auto, &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;, not &quot;%1&quot;.</source>
        <translation>--delimiter admite auto, &quot;,&quot;, &quot;;&quot;, tab o &quot;|&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation>--map admite COLUMN=FIELD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--on-duplicate takes merge, overwrite or skip, not &quot;%1&quot;.</source>
        <translation>--on-duplicate admite merge, overwrite o skip, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timezone: %1</source>
        <translation>--timezone: %1</translation>
    </message>
    <message>
        <source>--date-order takes dmy, mdy or auto, not &quot;%1&quot;.</source>
        <translation>--date-order admite dmy, mdy o auto, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--default-status takes subscribed, pending or non_subscribed.</source>
        <translation>--default-status admite subscribed, pending o non_subscribed.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, %5 delimited</source>
        <translation>%1: %2 (%3), %4, delimitado por %5</translation>
    </message>
    <message>
        <source>generic layout</source>
        <translation>formato genérico</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new, %3 updated, %4 duplicates, %5 rejected (%6 s)</source>
        <translation>Filas leídas %1: %2 nuevas, %3 actualizadas, %4 duplicadas, %5 rechazadas (%6 s)</translation>
    </message>
    <message>
        <source>%1 contacts stayed opted out although the file lists them as subscribed.</source>
        <translation>%1 contactos siguen dados de baja aunque el archivo los indica como suscritos.</translation>
    </message>
    <message>
        <source>  rejected %1</source>
        <translation>  rechazada: %1</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows (herald import list and herald import rejects ID show them all)</source>
        <translation>  … y %1 filas rechazadas más (herald import list y herald import rejects ID las muestran todas)</translation>
    </message>
    <message>
        <source>--profile is required: which ESP will import the file?</source>
        <translation>--profile es obligatorio: ¿qué ESP importará el archivo?</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE es obligatorio.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;.</source>
        <translation>estado &quot;%1&quot; desconocido.</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;,&quot;, &quot;;&quot;, tab or &quot;|&quot;.</source>
        <translation>--delimiter admite &quot;,&quot;, &quot;;&quot;, tab o &quot;|&quot;.</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>--encoding admite utf-8, utf-16le, utf-16be o windows-1252.</translation>
    </message>
    <message>
        <source>Wrote %1 contacts to %2.</source>
        <translation>Se escribieron %1 contactos en %2.</translation>
    </message>
    <message>
        <source>%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) were left out.</source>
        <translation>Se omitieron %1 contactos excluidos (dados de baja, depurados, rebotados o que marcaron spam).</translation>
    </message>
    <message>
        <source>#%1  %2  %3 %4 (%5): %6 read, %7 new, %8 updated, %9 duplicates, %10 rejected</source>
        <translation>#%1  %2  %3 %4 (%5): %6 leídas, %7 nuevas, %8 actualizadas, %9 duplicadas, %10 rechazadas</translation>
    </message>
    <message>
        <source>which import? herald import rejects ID (herald import list shows the ids)</source>
        <translation>¿qué importación? herald import rejects ID (herald import list muestra los identificadores)</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>línea %1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 rejected rows to %2.</source>
        <translation>Se escribieron %1 filas rechazadas en %2.</translation>
    </message>
    <message>
        <source>Import contacts from an ESP export (CSV or ZIP): encoding, delimiter and ESP detected, consent kept.</source>
        <translation>Importa contactos de una exportación de un ESP (CSV o ZIP): detecta la codificación, el delimitador y el ESP, y conserva el consentimiento.</translation>
    </message>
    <message>
        <source>List every import with its file, SHA-256 and counts.</source>
        <translation>Enumera todas las importaciones con su archivo, SHA-256 y recuentos.</translation>
    </message>
    <message>
        <source>Show the rows an import rejected, with line, column and reason (--out writes a CSV).</source>
        <translation>Muestra las filas que rechazó una importación, con línea, columna y motivo (--out escribe un CSV).</translation>
    </message>
    <message>
        <source>Write contacts in an ESP&apos;s import layout. Suppressed contacts are never in a send list; --suppression-list writes them on their own.</source>
        <translation>Escribe contactos en el formato de importación de un ESP. Los contactos excluidos nunca están en una lista de envío; --suppression-list los escribe por separado.</translation>
    </message>
    <message>
        <source>Herald %1</source>
        <translation>Herald %1</translation>
    </message>
    <message>
        <source>Workspace:      %1 (schema %2)</source>
        <translation>Espacio de trabajo: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Contacts:       %1</source>
        <translation>Contactos:          %1</translation>
    </message>
    <message>
        <source>Campaigns:      %1</source>
        <translation>Campañas:           %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Eventos:            %1</translation>
    </message>
    <message>
        <source>Time zone:      %1</source>
        <translation>Zona horaria:       %1</translation>
    </message>
    <message>
        <source>Qt:             %1</source>
        <translation>Qt:                 %1</translation>
    </message>
    <message>
        <source>libtorch:       %1, %2 threads</source>
        <translation>libtorch:           %1, %2 hilos</translation>
    </message>
    <message>
        <source>BLAS:           %1 (%2)</source>
        <translation>BLAS:               %1 (%2)</translation>
    </message>
    <message>
        <source>herald: warning: %1</source>
        <translation>herald: advertencia: %1</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until admite una fecha con el formato YYYY-MM-DD, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generated %1 contacts, %2 campaigns and %3 events in %4 s into %5.</source>
        <translation>Se generaron %1 contactos, %2 campañas y %3 eventos en %4 s en %5.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>estado &quot;%1&quot; desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Fill an empty workspace with a realistic, generated small business (deterministic for a seed).</source>
        <translation>Llena un espacio de trabajo vacío con una pequeña empresa generada y realista (determinista para cada semilla).</translation>
    </message>
    <message>
        <source>Count the contacts, optionally with one consent status.</source>
        <translation>Cuenta los contactos, opcionalmente con un estado de consentimiento.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 admite un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>herald: error: %1</source>
        <translation>herald: error: %1</translation>
    </message>
    <message>
        <source>Run &quot;herald --help&quot; for usage.</source>
        <translation>Ejecute &quot;herald --help&quot; para ver el uso.</translation>
    </message>
    <message>
        <source>unknown engagement &quot;%1&quot;; use one of: %2.</source>
        <translation>nivel de interacción &quot;%1&quot; desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot;; use one of: %2.</source>
        <translation>orden &quot;%1&quot; desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO ELECTRÓNICO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>EMPRESA</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ENGAGEMENT</source>
        <translation>INTERACCIÓN</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ACTIVIDAD</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <source>Showing %1 of %2 contacts. Sorted by: %3.</source>
        <translation>Se muestran %1 de %2 contactos. Ordenados por: %3.</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Aún no hay campañas.</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVÍO</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>DESTINATARIOS</translation>
    </message>
    <message>
        <source>OPEN RATE</source>
        <translation>TASA DE APERTURA</translation>
    </message>
    <message>
        <source>CLICK RATE</source>
        <translation>TASA DE CLICS</translation>
    </message>
    <message>
        <source>CLICK-TO-OPEN</source>
        <translation>CLICS/APERTURAS</translation>
    </message>
    <message>
        <source>UNSUB RATE</source>
        <translation>TASA DE BAJAS</translation>
    </message>
    <message>
        <source>MACHINE OPENS</source>
        <translation>APERTURAS AUTOMÁTICAS</translation>
    </message>
    <message>
        <source>REVENUE</source>
        <translation>INGRESOS</translation>
    </message>
    <message>
        <source>Open rates count people only: %1 opens made by mail clients or scanners are left out.</source>
        <translation>Las tasas de apertura solo cuentan personas: se omiten %1 aperturas realizadas por clientes de correo o escáneres.</translation>
    </message>
    <message>
        <source>List contacts: search names, emails and companies, filter by status, tag, country, time zone or engagement, sort by any column.</source>
        <translation>Enumera contactos: busca en nombres, correos electrónicos y empresas, filtra por estado, etiqueta, país, zona horaria o interacción, y ordena por cualquier columna.</translation>
    </message>
    <message>
        <source>Show one contact: fields, tags, consent history, activity and when it opens and clicks.</source>
        <translation>Muestra un contacto: campos, etiquetas, historial de consentimiento, actividad y cuándo abre y hace clic.</translation>
    </message>
    <message>
        <source>List campaigns, newest first, with opens (people and machines), clicks, unsubscribes, bounces, revenue and rates.</source>
        <translation>Enumera las campañas, de la más reciente a la más antigua, con aperturas (de personas y automáticas), clics, bajas, rebotes, ingresos y tasas.</translation>
    </message>
    <message>
        <source>which file? herald import events FILE</source>
        <translation>¿qué archivo? herald import events FILE</translation>
    </message>
    <message>
        <source>--unknown-contacts takes create or reject, not &quot;%1&quot;.</source>
        <translation>--unknown-contacts admite create o reject, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cancelled-orders takes negative or skip, not &quot;%1&quot;.</source>
        <translation>--cancelled-orders admite negative o skip, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: omitido, %2</translation>
    </message>
    <message>
        <source>Rows read %1: %2 new events, %3 already present, %4 rejected (%5 s)</source>
        <translation>Filas leídas %1: %2 eventos nuevos, %3 ya presentes, %4 rechazadas (%5 s)</translation>
    </message>
    <message>
        <source>%1 order lines added up into their orders; %2 cancelled orders (%3).</source>
        <translation>%1 líneas de pedido sumadas en sus pedidos; %2 pedidos cancelados (%3).</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>kept as negative revenue</source>
        <translation>conservados como ingresos negativos</translation>
    </message>
    <message>
        <source>%1 contacts added as not subscribed for addresses new to the workspace.</source>
        <translation>%1 contactos añadidos como no suscritos para direcciones nuevas en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 of them are shop customers known only by id, with addresses such as customer-17850@%2 (.invalid is reserved: no mail can ever reach it).</source>
        <translation>%1 de ellos son clientes de la tienda conocidos solo por su identificador, con direcciones como customer-17850@%2 (.invalid está reservado: ningún correo puede llegar nunca a él).</translation>
    </message>
    <message>
        <source>Campaigns: %1 new, %2 updated.</source>
        <translation>Campañas: %1 nuevas, %2 actualizadas.</translation>
    </message>
    <message>
        <source>%1 opens flagged as machine-made (privacy proxies, scanners).</source>
        <translation>%1 aperturas marcadas como automáticas (proxies de privacidad, escáneres).</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … y %1 filas rechazadas más</translation>
    </message>
    <message>
        <source>Import campaign activity (opens, clicks, sends, bounces, purchases) or campaign reports from an ESP or shop export; re-importing adds nothing twice.</source>
        <translation>Importa la actividad de las campañas (aperturas, clics, envíos, rebotes, compras) o informes de campaña de una exportación de un ESP o de una tienda; reimportar no añade nada dos veces.</translation>
    </message>
    <message>
        <source>Opens and clicks by local time (%1%2):</source>
        <translation>Aperturas y clics por hora local (%1%2):</translation>
    </message>
    <message>
        <source>, the workspace&apos;s zone</source>
        <translation>, la zona del espacio de trabajo</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  ninguna todavía</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Importado de:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Interacción:</translation>
    </message>
    <message>
        <source>%1, last active %2</source>
        <translation>%1, última actividad el %2</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Actividad:</translation>
    </message>
    <message>
        <source>sends %1, opens %2 (by people %3), clicks %4, purchases %5 (%6)</source>
        <translation>envíos %1, aperturas %2 (de personas %3), clics %4, compras %5 (%6)</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Campos personalizados:</translation>
    </message>
    <message>
        <source>Consent history, newest first:</source>
        <translation>Historial de consentimiento, del más reciente al más antiguo:</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>FECHA (UTC)</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>IMPORT</source>
        <translation>IMPORTACIÓN</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message>
        <source>Activity, newest first (%1 of %2 events):</source>
        <translation>Actividad, de la más reciente a la más antigua (%1 de %2 eventos):</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>made by a machine</source>
        <translation>de origen automático</translation>
    </message>
    <message>
        <source>contacts show needs the contact&apos;s email address.</source>
        <translation>contacts show necesita la dirección de correo electrónico del contacto.</translation>
    </message>
    <message>
        <source>%1 subscribed contacts opted out: the file has their unsubscribe, spam complaint or hard bounce (recorded in their consent history).</source>
        <translation>%1 contactos suscritos dados de baja: el archivo contiene su baja, queja por spam o rebote permanente (registrado en su historial de consentimiento).</translation>
    </message>
    <message>
        <source>Integrity:      ok (SQLite checked the whole file)</source>
        <translation>Integridad:         correcta (SQLite comprobó todo el archivo)</translation>
    </message>
    <message>
        <source>Show the workspace, its counts and the versions of Herald, libtorch and the BLAS in use; --check also checks the whole file for damage.</source>
        <translation>Muestra el espacio de trabajo, sus recuentos y las versiones de Herald, libtorch y la BLAS en uso; --check también comprueba si el archivo entero está dañado.</translation>
    </message>
    <message>
        <source>The search and sort indexes for these rows are built in the background the next time Herald&apos;s window opens this workspace, or now with: herald index</source>
        <translation>Los índices de búsqueda y ordenación de estas filas se crean en segundo plano la próxima vez que la ventana de Herald abra este espacio de trabajo, o ahora con: herald index</translation>
    </message>
    <message>
        <source>Search index:   %1 contacts not indexed yet (herald index builds it)</source>
        <translation>Índice de búsqueda: %1 contactos aún sin indexar (herald index lo crea)</translation>
    </message>
    <message>
        <source>Indexes:        %1 still to build (herald index builds them)</source>
        <translation>Índices:       %1 pendientes de crear (herald index los crea)</translation>
    </message>
    <message>
        <source>Every index is up to date.</source>
        <translation>Todos los índices están al día.</translation>
    </message>
    <message>
        <source>Indexed %1 contacts for search and built %2 indexes in %3 s.</source>
        <translation>Se indexaron %1 contactos para la búsqueda y se crearon %2 índices en %3 s.</translation>
    </message>
    <message>
        <source>Build the search and sort indexes a large import left to build in the background (the window builds them by itself).</source>
        <translation>Crea los índices de búsqueda y ordenación que una importación grande dejó para segundo plano (la ventana los crea por sí sola).</translation>
    </message>
    <message>
        <source>libtorch:       not available (%1)</source>
        <translation>libtorch:           no disponible (%1)</translation>
    </message>
</context>
<context>
    <name>herald::ml::Runtime</name>
    <message>
        <source>The model runtime could not be loaded from %1: %2</source>
        <translation>No se pudo cargar el motor de modelos desde %1: %2</translation>
    </message>
    <message>
        <source>The model runtime in %1 belongs to another version of Herald.</source>
        <translation>El motor de modelos de %1 pertenece a otra versión de Herald.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>The slow reference BLAS is in use; model training will be 10-20 times slower. Install libopenblas0-openmp.</source>
        <translation>Se está usando la BLAS de referencia, que es lenta; el entrenamiento de modelos será entre 10 y 20 veces más lento. Instale libopenblas0-openmp.</translation>
    </message>
</context>
</TS>
