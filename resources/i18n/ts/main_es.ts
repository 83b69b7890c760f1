<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>The language of the client&apos;s aftercare sheet.</source>
        <translation>El idioma de la hoja de cuidados del cliente.</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>p. ej. 612 345 678</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived client</source>
        <translation>Cliente archivado</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Clients</source>
        <translation>← Clientes</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Volver a la lista de clientes (Esc)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Export client data…</source>
        <translation>Exportar datos del cliente…</translation>
    </message>
    <message>
        <source>Everything held about this client, as a ZIP file or a folder: a readable summary (PDF), the same for computers (JSON), the photos and signed consent records</source>
        <translation>Todo lo que se guarda sobre este cliente, como archivo ZIP o carpeta: un resumen legible (PDF), lo mismo para ordenadores (JSON), las fotos y los consentimientos firmados</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexo:</translation>
    </message>
    <message>
        <source>Papers in:</source>
        <translation>Documentos en:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Cliente desde:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>guardado sin cambios</translation>
    </message>
    <message>
        <source>{when} by {who}: {changes}</source>
        <translation>{when}, por {who}: {changes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modificaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Client no. {number}</source>
        <translation>Cliente n.º {number}</translation>
    </message>
    <message numerus="yes">
        <source>{age} years (born {date})</source>
        <translation>
            <numerusform>{age} año (nacido el {date})</numerusform>
            <numerusform>{age} años (nacido el {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers in {language}</source>
        <translation>Documentos en {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Sin teléfono ni correo electrónico registrados</translation>
    </message>
    <message>
        <source>Archived on {date}. The record is kept; restore it to show it in the client list again.</source>
        <translation>Archivado el {date}. La ficha se conserva; restáurela para que vuelva a aparecer en la lista de clientes.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>These clients already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Estos clientes ya registrados pueden ser la misma persona: compruébelo antes de guardar, para que una persona no acabe con dos fichas.</translation>
    </message>
    <message>
        <source>This client already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Este cliente ya registrado puede ser la misma persona: compruébelo antes de guardar, para que una persona no acabe con dos fichas.</translation>
    </message>
    <message>
        <source>{client}
    same {reasons}</source>
        <translation>{client}
    mismo dato: {reasons}</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Abrir el cliente existente</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save as a new client anyway</source>
        <translation>Guardar como cliente nuevo de todos modos</translation>
    </message>
    <message>
        <source>Nothing is saved if you open the existing client or cancel.</source>
        <translation>No se guarda nada si abre el cliente existente o cancela.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a client</source>
        <translation>Borrar un cliente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {name} ({number}) for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Borrar definitivamente a {name} ({number})?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>their details, and every earlier version of them</source>
        <translation>sus datos y todas sus versiones anteriores</translation>
    </message>
    <message>
        <source>their entries in the search index</source>
        <translation>sus entradas en el índice de búsqueda</translation>
    </message>
    <message>
        <source>This removes everything smpdesk holds about them:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;It cannot be undone.&lt;/b&gt;</source>
        <translation>Esto elimina todo lo que smpdesk guarda sobre esta persona:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;No se puede deshacer.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backups made before now still hold this client until they are rotated out. If one of them is ever restored, smpdesk erases the client again, from the erasure register (it keeps the client number, the dates and your reason, nothing else). The audit log records only that client {number} was erased, and by whom.</source>
        <translation>Las copias de seguridad hechas antes de ahora siguen conteniendo a este cliente hasta que se sustituyan. Si alguna vez se restaura una de ellas, smpdesk vuelve a borrar al cliente a partir del registro de borrados (que guarda el número de cliente, las fechas y su motivo, nada más). El registro de auditoría solo anota que se borró al cliente {number} y quién lo hizo.</translation>
    </message>
    <message>
        <source>For example: the client asked in writing on 3 March</source>
        <translation>Por ejemplo: el cliente lo pidió por escrito el 3 de marzo</translation>
    </message>
    <message>
        <source>Kept in the erasure register; write no health details here</source>
        <translation>Se guarda en el registro de borrados; no escriba aquí datos de salud</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Type {number} to confirm</source>
        <translation>Escriba {number} para confirmar</translation>
    </message>
    <message>
        <source>The reason is kept in the erasure register: write no health details.</source>
        <translation>El motivo se guarda en el registro de borrados: no escriba datos de salud.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erasing client {number}…</source>
        <translation>Borrando el cliente {number}…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>smpdesk help</source>
        <translation>Ayuda de smpdesk</translation>
    </message>
    <message>
        <source>Find in help (Ctrl+F), Enter for the next one</source>
        <translation>Buscar en la ayuda (Ctrl+F), Intro para el siguiente</translation>
    </message>
    <message>
        <source>This clinic&apos;s file: {path}</source>
        <translation>Archivo de esta clínica: {path}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Imported batches</source>
        <translation>Lotes importados</translation>
    </message>
    <message>
        <source>Each import of clients is one batch. Undoing a batch removes every client it added, as long as none of them has records since (a session, photos, a questionnaire, a payment, an edit); otherwise nothing is removed.</source>
        <translation>Cada importación de clientes es un lote. Deshacer un lote elimina todos los clientes que añadió, siempre que ninguno tenga registros desde entonces (una sesión, fotos, un cuestionario, un pago, una modificación); si no, no se elimina nada.</translation>
    </message>
    <message>
        <source>No clients have been imported into this clinic yet.</source>
        <translation>Todavía no se ha importado ningún cliente en esta clínica.</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Deshacer importación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, por {who}</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Remove the {count} client imported from {file} on {when}?</source>
        <translation>¿Eliminar {count} cliente importado de {file} el {when}?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the {count} clients imported from {file} on {when}?</source>
        <translation>
            <numerusform>¿Eliminar {count} cliente importado de {file} el {when}?</numerusform>
            <numerusform>¿Eliminar los {count} clientes importados de {file} el {when}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Importación no deshecha</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <source>Removed {count} client.</source>
        <translation>Se ha eliminado {count} cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Removed {count} clients.</source>
        <translation>
            <numerusform>Se ha eliminado {count} cliente.</numerusform>
            <numerusform>Se han eliminado {count} clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a CSV, TXT or Excel (.xlsx) file with one client a row and a header row naming the columns. Nothing is added until you press Import.</source>
        <translation>Elija un archivo CSV, TXT o Excel (.xlsx) con un cliente por fila y una fila de encabezado que nombre las columnas. No se añade nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows&lt;/b&gt; (row numbers as the spreadsheet shows them). Choose above each column what it holds, or “{ignore}”.</source>
        <translation>&lt;b&gt;Las primeras filas&lt;/b&gt; (números de fila como los muestra la hoja de cálculo). Elija encima de cada columna lo que contiene, o «{ignore}».</translation>
    </message>
    <message>
        <source>Dates of birth in this file are written</source>
        <translation>Fechas de nacimiento en este archivo:</translation>
    </message>
    <message>
        <source>day first (31/12/1980)</source>
        <translation>primero el día (31/12/1980)</translation>
    </message>
    <message>
        <source>month first (12/31/1980)</source>
        <translation>primero el mes (12/31/1980)</translation>
    </message>
    <message>
        <source>Also add rows that look like clients already on file</source>
        <translation>Añadir también las filas que parecen clientes ya registrados</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} clients</source>
        <translation>
            <numerusform>Importar {count} cliente</numerusform>
            <numerusform>Importar {count} clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import clients from</source>
        <translation>Importar clientes desde</translation>
    </message>
    <message>
        <source>File not read</source>
        <translation>Archivo no leído</translation>
    </message>
    <message>
        <source>That file has no columns to import.</source>
        <translation>Ese archivo no tiene columnas que importar.</translation>
    </message>
    <message>
        <source>What the column “{header}” holds</source>
        <translation>Qué contiene la columna «{header}»</translation>
    </message>
    <message>
        <source>(the file does not tell: the clinic&apos;s date style)</source>
        <translation>(el archivo no lo indica: formato de fecha de la clínica)</translation>
    </message>
    <message>
        <source>(guessed from the dates in the file)</source>
        <translation>(deducido de las fechas del archivo)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>The check did not finish; change a choice to try again.</source>
        <translation>La comprobación no terminó; cambie una opción para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Likely duplicates will be added too.</source>
        <translation>También se añadirán los probables duplicados.</translation>
    </message>
    <message>
        <source>Likely duplicates are not added unless you tick “Also add…” below.</source>
        <translation>Los probables duplicados no se añaden salvo que marque «Añadir también…» más abajo.</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>Para añadir ({count})</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Probables duplicados ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemas ({count})</translation>
    </message>
    <message>
        <source>Import {count} client</source>
        <translation>Importar {count} cliente</translation>
    </message>
    <message>
        <source>Add {count} client from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>¿Añadir {count} cliente de {file}? Se añade como un lote, que puede deshacer mientras no tenga registros.</translation>
    </message>
    <message numerus="yes">
        <source>Add {count} clients from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>
            <numerusform>¿Añadir {count} cliente de {file}? Se añade como un lote, que puede deshacer mientras no tenga registros.</numerusform>
            <numerusform>¿Añadir {count} clientes de {file}? Se añaden como un lote, que puede deshacer mientras ninguno tenga registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Not added: {first} and {second}.</source>
        <translation>No añadidos: {first} y {second}.</translation>
    </message>
    <message>
        <source>Not added: {items}.</source>
        <translation>No añadidos: {items}.</translation>
    </message>
    <message>
        <source>Imported {count} client (batch {batch}).</source>
        <translation>Se ha importado {count} cliente (lote {batch}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} clients (batch {batch}).</source>
        <translation>
            <numerusform>Se ha importado {count} cliente (lote {batch}).</numerusform>
            <numerusform>Se han importado {count} clientes (lote {batch}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients imported</source>
        <translation>Clientes importados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo clinic (temporary)</source>
        <translation>Clínica de demostración (temporal)</translation>
    </message>
    <message>
        <source>Demo clinic: every client here is invented and the file is deleted when you close smpdesk.</source>
        <translation>Clínica de demostración: todos los clientes son inventados y el archivo se borra al cerrar smpdesk.</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is still beside it, unencrypted. Once you have checked your clients are all here, erase it.</source>
        <translation>El archivo de la clínica tal como estaba antes de protegerlo sigue a su lado, sin cifrar. Cuando haya comprobado que están todos sus clientes, bórrelo.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy</source>
        <translation>Borrar la copia sin proteger</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
    <message>
        <source>The unprotected copy was erased.</source>
        <translation>Se ha borrado la copia sin proteger.</translation>
    </message>
    <message>
        <source>This clinic is not protected: anyone who opens this laptop, or copies the clinic file or a backup, can read every record.</source>
        <translation>Esta clínica no está protegida: cualquiera que abra este portátil o copie el archivo de la clínica o una copia de seguridad puede leer todas las fichas.</translation>
    </message>
    <message>
        <source>Protect this clinic…</source>
        <translation>Proteger esta clínica…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Pruebas de tolerancia</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Search by name, phone, email or client number  (Ctrl+F)</source>
        <translation>Buscar por nombre, teléfono, correo o número de cliente  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Hoja de cuidados…</translation>
    </message>
    <message>
        <source>Preview and print the selected client&apos;s aftercare sheet for their latest session</source>
        <translation>Ver e imprimir la hoja de cuidados del cliente seleccionado para su última sesión</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Who is overdue, due today or coming up (Ctrl+D)</source>
        <translation>Quién está atrasado, toca hoy o se acerca (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>E&amp;xport client list…</source>
        <translation>E&amp;xportar lista de clientes…</translation>
    </message>
    <message>
        <source>Import clien&amp;ts…</source>
        <translation>Importar clien&amp;tes…</translation>
    </message>
    <message>
        <source>Imported batc&amp;hes…</source>
        <translation>&amp;Lotes importados…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>Exportar copia &amp;cifrada…</translation>
    </message>
    <message>
        <source>&amp;Import encrypted backup…</source>
        <translation>&amp;Importar copia cifrada…</translation>
    </message>
    <message>
        <source>&amp;Check the clinic file…</source>
        <translation>C&amp;omprobar el archivo de la clínica…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Blo&amp;quear ahora</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>My &amp;password and PIN…</source>
        <translation>Mi contraseña y &amp;PIN…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;Registrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Aftercare sheet…</source>
        <translation>&amp;Hoja de cuidados…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Erase client…</source>
        <translation>&amp;Borrar cliente…</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>Clí&amp;nica</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Seguimientos pendientes</translation>
    </message>
    <message>
        <source>&amp;Recall search by lot…</source>
        <translation>Búsqueda por &amp;lote (retirada)…</translation>
    </message>
    <message>
        <source>Clients past re&amp;tention…</source>
        <translation>Clientes fuera del plazo de conserva&amp;ción…</translation>
    </message>
    <message>
        <source>Day&apos;s ta&amp;kings…</source>
        <translation>Caja del &amp;día…</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>S&amp;taff accounts…</source>
        <translation>Cuen&amp;tas del personal…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Registro de au&amp;ditoría…</translation>
    </message>
    <message>
        <source>&amp;Protect this clinic…</source>
        <translation>&amp;Proteger esta clínica…</translation>
    </message>
    <message>
        <source>&amp;Aftercare</source>
        <translation>&amp;Cuidados</translation>
    </message>
    <message>
        <source>Aftercare sheet for the &amp;selected client…</source>
        <translation>Hoja de cuidados del cliente &amp;seleccionado…</translation>
    </message>
    <message>
        <source>&amp;Blank aftercare sheet…</source>
        <translation>Hoja de cuidados en &amp;blanco…</translation>
    </message>
    <message>
        <source>&amp;Print aftercare for today&apos;s sessions…</source>
        <translation>&amp;Imprimir cuidados de las sesiones de hoy…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>smpdesk &amp;help</source>
        <translation>&amp;Ayuda de smpdesk</translation>
    </message>
    <message>
        <source>&amp;About smpdesk</source>
        <translation>A&amp;cerca de smpdesk</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>{total} archived client</source>
        <translation>{total} cliente archivado</translation>
    </message>
    <message>
        <source>{total} client</source>
        <translation>{total} cliente</translation>
    </message>
    <message numerus="yes">
        <source>{total} archived clients</source>
        <translation>
            <numerusform>{total} cliente archivado</numerusform>
            <numerusform>{total} clientes archivados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} clients</source>
        <translation>
            <numerusform>{total} cliente</numerusform>
            <numerusform>{total} clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} archived clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Coinciden más de {shown} de {total} cliente archivado; siga escribiendo para acotar la lista</numerusform>
            <numerusform>Coinciden más de {shown} de {total} clientes archivados; siga escribiendo para acotar la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Coinciden más de {shown} de {total} cliente; siga escribiendo para acotar la lista</numerusform>
            <numerusform>Coinciden más de {shown} de {total} clientes; siga escribiendo para acotar la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} archived clients match</source>
        <translation>
            <numerusform>Coinciden {shown} de {total} cliente archivado</numerusform>
            <numerusform>Coinciden {shown} de {total} clientes archivados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} clients match</source>
        <translation>
            <numerusform>Coinciden {shown} de {total} cliente</numerusform>
            <numerusform>Coinciden {shown} de {total} clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>New client “{name}”…</source>
        <translation>Nuevo cliente «{name}»…</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Cliente no encontrado</translation>
    </message>
    <message>
        <source>That client is no longer in the database.</source>
        <translation>Ese cliente ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the client list but nothing is deleted; choose &apos;Archived clients&apos; in the list to find them again.</source>
        <translation>¿Archivar a {name}? Sale de la lista de clientes, pero no se borra nada; elija «Clientes archivados» en la lista para volver a encontrarlo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Registrar sesión</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Primero seleccione un cliente en la lista.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <source>Select a client in the list first, or print a blank sheet.</source>
        <translation>Primero seleccione un cliente en la lista, o imprima una hoja en blanco.</translation>
    </message>
    <message>
        <source>Merge clients</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation>Primero abra o seleccione un cliente.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Cliente borrado</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Clientes fuera del plazo de conservación</translation>
    </message>
    <message numerus="yes">
        <source>{count} saved settings were not readable, so their defaults are used; open Settings and save to fix them.</source>
        <translation>
            <numerusform>{count} ajuste guardado no se pudo leer, así que se usa su valor predeterminado; abra Ajustes y guarde para corregirlo.</numerusform>
            <numerusform>{count} ajustes guardados no se pudieron leer, así que se usan sus valores predeterminados; abra Ajustes y guarde para corregirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file; try again soon.</source>
        <translation>smpdesk todavía está trabajando con el archivo de la clínica; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>About smpdesk</source>
        <translation>Acerca de smpdesk</translation>
    </message>
    <message>
        <source>smpdesk {version}
Offline consultation desk for SMP clinics.

Database: {path}</source>
        <translation>smpdesk {version}
Mostrador de consulta sin conexión para clínicas de micropigmentación capilar.

Base de datos: {path}</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Ya se está haciendo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup made and checked: {name}</source>
        <translation>Copia de seguridad hecha y comprobada: {name}</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Copia de seguridad no realizada</translation>
    </message>
    <message>
        <source>Backing up the clinic database…</source>
        <translation>Haciendo copia de seguridad de la base de datos de la clínica…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup at close failed ({when}): back up now (Ctrl+B)</source>
        <translation>Falló la copia al cerrar ({when}): haga una copia ahora (Ctrl+B)</translation>
    </message>
    <message>
        <source>The backup when smpdesk last closed was not made: {problem}</source>
        <translation>La copia de seguridad del último cierre de smpdesk no se hizo: {problem}</translation>
    </message>
    <message>
        <source>No backup yet: File → Back up now (Ctrl+B)</source>
        <translation>Aún no hay copia de seguridad: Archivo → Hacer copia de seguridad ahora (Ctrl+B)</translation>
    </message>
    <message>
        <source>Last backup: {when} ({days} day ago)</source>
        <translation>Última copia: {when} (hace {days} día)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({days} days ago)</source>
        <translation>
            <numerusform>Última copia: {when} (hace {days} día)</numerusform>
            <numerusform>Última copia: {when} (hace {days} días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} ({hours} hour ago)</source>
        <translation>Última copia: {when} (hace {hours} hora)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({hours} hours ago)</source>
        <translation>
            <numerusform>Última copia: {when} (hace {hours} hora)</numerusform>
            <numerusform>Última copia: {when} (hace {hours} horas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} (within the last hour)</source>
        <translation>Última copia: {when} (en la última hora)</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): back up now (Ctrl+B).</source>
        <translation>
            <numerusform>Tiene más de %n día: haga una copia ahora (Ctrl+B).</numerusform>
            <numerusform>Tiene más de %n días: haga una copia ahora (Ctrl+B).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {number} with another client</source>
        <translation>Fusionar {number} con otro cliente</translation>
    </message>
    <message>
        <source>The other record of the same person</source>
        <translation>La otra ficha de la misma persona</translation>
    </message>
    <message>
        <source>Type a name, phone, email or client number</source>
        <translation>Escriba un nombre, teléfono, correo o número de cliente</translation>
    </message>
    <message>
        <source>Choose which details to keep</source>
        <translation>Elija qué datos conservar</translation>
    </message>
    <message>
        <source>Keep the other record&apos;s number instead</source>
        <translation>Conservar en su lugar el número de la otra ficha</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionar las dos fichas</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>No se puede fusionar</translation>
    </message>
    <message>
        <source>That record was already merged; choose another client.</source>
        <translation>Esa ficha ya se fusionó; elija otro cliente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se conserva: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the other record above.</source>
        <translation>Elija la otra ficha arriba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged into it: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se fusiona en ella: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Both, joined</source>
        <translation>Ambas, unidas</translation>
    </message>
    <message>
        <source>{other}&apos;s sessions, appointments, photos, forms and earlier details move to {kept}. {other} is kept, archived, as a pointer to it, and the audit trail notes the merge. The program cannot undo a merge: the way back is the backup taken before it.</source>
        <translation>Las sesiones, citas, fotos, formularios y datos anteriores de {other} pasan a {kept}. {other} se conserva, archivado, como referencia a ella, y el registro de auditoría anota la fusión. El programa no puede deshacer una fusión: la vuelta atrás es la copia de seguridad hecha antes.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>{other} and {kept} both had an unfinished copy of the same form. Both copies are kept and listed with {kept}; its Forms tab continues the one changed last.</source>
        <translation>{other} y {kept} tenían ambos una copia sin terminar del mismo formulario. Se conservan las dos copias, listadas con {kept}; su pestaña de formularios continúa la modificada en último lugar.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Clients past retention</source>
        <translation>Clientes fuera del plazo de conservación</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>The clinic keeps a client&apos;s records for {years} years after their last visit (Clinic → Settings → Records). These clients were last seen longer ago than that: review each one, and erase those the clinic no longer needs to keep. The last visit is the latest session; for a client with none, their latest form or the day they were added.</source>
        <translation>
            <numerusform>La clínica conserva la documentación de un cliente durante {years} año después de su última visita (Clínica → Ajustes → Fichas). Estos clientes vinieron por última vez hace más tiempo: revise cada uno y borre los que la clínica ya no necesite conservar. La última visita es la última sesión; para un cliente sin sesiones, su último formulario o el día en que se añadió.</numerusform>
            <numerusform>La clínica conserva la documentación de un cliente durante {years} años después de su última visita (Clínica → Ajustes → Fichas). Estos clientes vinieron por última vez hace más tiempo: revise cada uno y borre los que la clínica ya no necesite conservar. La última visita es la última sesión; para un cliente sin sesiones, su último formulario o el día en que se añadió.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archivado)</translation>
    </message>
    <message>
        <source>{count} client is past the {years}-year retention period.</source>
        <translation>{count} cliente ha superado el plazo de conservación de {years} años.</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients are past the {years}-year retention period.</source>
        <translation>
            <numerusform>{count} cliente ha superado el plazo de conservación de {years} años.</numerusform>
            <numerusform>{count} clientes han superado el plazo de conservación de {years} años.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past the {years}-year retention period.</source>
        <translation>Ningún cliente ha superado el plazo de conservación de {years} años.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The clinic file was not checked</source>
        <translation>No se comprobó el archivo de la clínica</translation>
    </message>
    <message>
        <source>The clinic file was not checked: {problem}</source>
        <translation>No se comprobó el archivo de la clínica: {problem}</translation>
    </message>
    <message>
        <source>The clinic file was not checked at start: File → Check the clinic file…</source>
        <translation>No se comprobó el archivo de la clínica al iniciar: Archivo → Comprobar el archivo de la clínica…</translation>
    </message>
    <message>
        <source>This clinic file is damaged and there is no good backup beside it: stop working in it, copy it somewhere safe and ask for help.</source>
        <translation>El archivo de esta clínica está dañado y no hay ninguna copia de seguridad válida a su lado: deje de trabajar en él, cópielo a un lugar seguro y pida ayuda.</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Restore the newest good backup (File → Restore from a backup…).</source>
        <translation>El archivo de esta clínica está dañado: no siga trabajando en él. Restaure la copia de seguridad válida más reciente (Archivo → Restaurar desde una copia de seguridad…).</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Ask the clinic&apos;s owner to restore the newest good backup.</source>
        <translation>El archivo de esta clínica está dañado: no siga trabajando en él. Pida al propietario de la clínica que restaure la copia de seguridad válida más reciente.</translation>
    </message>
    <message>
        <source>{problem}

Only the clinic&apos;s owner may restore a backup: ask them to, and enter nothing more until then.</source>
        <translation>{problem}

Solo el propietario de la clínica puede restaurar una copia de seguridad: pídaselo y no introduzca nada más hasta entonces.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>smpdesk cannot open the clinic database</source>
        <translation>smpdesk no puede abrir la base de datos de la clínica</translation>
    </message>
    <message>
        <source>No clinic database there</source>
        <translation>No hay base de datos de la clínica ahí</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}.

Create a new, empty clinic database there? Choose No if you expected existing records (for example on a drive that is not plugged in).</source>
        <translation>No hay ninguna base de datos de la clínica en {path}.

¿Crear ahí una base de datos nueva y vacía? Elija No si esperaba encontrar fichas existentes (por ejemplo, en una unidad que no está conectada).</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>La base de datos de la clínica está dañada</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the damaged file was kept as {kept}.</source>
        <translation>Se ha restaurado la copia de seguridad del {when}; el archivo dañado se ha guardado como {kept}.</translation>
    </message>
    <message>
        <source>An interrupted restore</source>
        <translation>Una restauración interrumpida</translation>
    </message>
    <message>
        <source>The clinic database is missing</source>
        <translation>Falta la base de datos de la clínica</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}, but its backups folder holds a good backup made {when}.

Restore that backup? Choose No to start a new, empty clinic instead (the backups stay where they are).</source>
        <translation>No hay ninguna base de datos de la clínica en {path}, pero su carpeta de copias de seguridad contiene una copia válida hecha el {when}.

¿Restaurar esa copia? Elija No para empezar en su lugar una clínica nueva y vacía (las copias de seguridad se quedan donde están).</translation>
    </message>
    <message>
        <source>Protect this new clinic?</source>
        <translation>¿Proteger esta clínica nueva?</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file and gives each member of staff their own sign-in, so a lost laptop or a copied file reveals nothing. It takes a minute; you can also do it later from the red banner.</source>
        <translation>Proteger cifra el archivo de la clínica y da a cada miembro del personal su propio acceso, de modo que un portátil perdido o un archivo copiado no revelen nada. Tarda un minuto; también puede hacerlo más tarde desde el aviso rojo.</translation>
    </message>
    <message>
        <source>A restore of this clinic database is running; start smpdesk again when it has finished.</source>
        <translation>Se está restaurando esta base de datos de la clínica; vuelva a iniciar smpdesk cuando termine.</translation>
    </message>
    <message>
        <source>The protected clinic file {name} is missing. Restore its newest backup with the owner&apos;s password: smpdesk restore --db {path} --user OWNER BACKUP-FILE (the backups are in the backups folder beside it).</source>
        <translation>Falta el archivo protegido de la clínica {name}. Restaure su copia de seguridad más reciente con la contraseña del propietario: smpdesk restore --db {path} --user OWNER BACKUP-FILE (las copias están en la carpeta de copias de seguridad a su lado).</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Base de datos en una carpeta de red</translation>
    </message>
</context>
<context>
    <name>clients.client_dialog</name>
    <message>
        <source>Given name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Papers in</source>
        <translation>Documentos en</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido el {date}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
</context>
<context>
    <name>clients.client_list_model</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>clients.client_page</name>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Idioma de la clínica ({language})</translation>
    </message>
</context>
<context>
    <name>clients.export_client</name>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Folder (a new folder with the files in it)</source>
        <translation>Carpeta (una carpeta nueva con los archivos dentro)</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Exportar datos del cliente</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>¿Sustituir {name}?</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <translation>{name} ya existe.</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>¿Sustituir la exportación anterior?</translation>
    </message>
    <message>
        <source>The folder {name} holds an earlier client export. Replace it?</source>
        <translation>La carpeta {name} contiene una exportación anterior de cliente. ¿Sustituirla?</translation>
    </message>
    <message>
        <source>Exporting the client&apos;s data…</source>
        <translation>Exportando los datos del cliente…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>clients.export_list</name>
    <message>
        <source>Export client list</source>
        <translation>Exportar lista de clientes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, for any spreadsheet (*.csv)</source>
        <translation>Archivo CSV, para cualquier hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>¿Sustituir {name}?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>{name} ya existe en esa carpeta. ¿Sustituirlo?</translation>
    </message>
    <message>
        <source>{count} client exported to {name} ({folder}).</source>
        <translation>{count} cliente exportado a {name} ({folder}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients exported to {name} ({folder}).</source>
        <translation>
            <numerusform>{count} cliente exportado a {name} ({folder}).</numerusform>
            <numerusform>{count} clientes exportados a {name} ({folder}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the client list…</source>
        <translation>Exportando la lista de clientes…</translation>
    </message>
</context>
<context>
    <name>clients.import_batches</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Imported batches</source>
        <translation>Lotes importados</translation>
    </message>
</context>
<context>
    <name>clients.import_dialog</name>
    <message>
        <source>Ignore</source>
        <extracomment>Rows of the file the preview shows: enough to recognise the columns, never 20,000 items.</extracomment>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas de clientes (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>You can undo this import from File → Imported batches…</source>
        <translation>Puede deshacer esta importación desde Archivo → Lotes importados…</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Libro de Excel, hoja «{sheet}»</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>text, {encoding}, columns separated by {delimiters}</source>
        <translation>texto, {encoding}, columnas separadas por {delimiters}</translation>
    </message>
    <message>
        <source>{file} — {how}; {count} row below the header</source>
        <translation>{file} — {how}; {count} fila bajo el encabezado</translation>
    </message>
    <message numerus="yes">
        <source>{file} — {how}; {count} rows below the header</source>
        <translation>
            <numerusform>{file} — {how}; {count} fila bajo el encabezado</numerusform>
            <numerusform>{file} — {how}; {count} filas bajo el encabezado</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Por qué parece el mismo</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Igual que</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>{count} likely duplicate</source>
        <translation>{count} probable duplicado</translation>
    </message>
    <message numerus="yes">
        <source>{count} likely duplicates</source>
        <translation>
            <numerusform>{count} probable duplicado</numerusform>
            <numerusform>{count} probables duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} row with problems</source>
        <translation>{count} fila con problemas</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows with problems</source>
        <translation>
            <numerusform>{count} fila con problemas</numerusform>
            <numerusform>{count} filas con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} client to add</source>
        <translation>{count} cliente para añadir</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients to add</source>
        <translation>
            <numerusform>{count} cliente para añadir</numerusform>
            <numerusform>{count} clientes para añadir</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {duplicates}, {problems}.</source>
        <translation>{added}, {duplicates}, {problems}.</translation>
    </message>
</context>
<context>
    <name>clients.retention_dialog</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Años desde entonces</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <source>No help</source>
        <translation>Sin ayuda</translation>
    </message>
    <message>
        <source>The help file is missing from {folder}. Install smpdesk again to bring it back.</source>
        <translation>Falta el archivo de ayuda en {folder}. Vuelva a instalar smpdesk para recuperarlo.</translation>
    </message>
</context>
<context>
    <name>integrity_check</name>
    <message>
        <source>Checked: no damage found</source>
        <translation>Comprobado: no se han encontrado daños</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>La base de datos de la clínica está dañada</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup, made {when}? The damaged file is kept aside, not deleted; work entered after that backup is not in it.</source>
        <translation>{message}

¿Restaurar la copia de seguridad válida más reciente, hecha el {when}? El archivo dañado se guarda aparte, no se borra; lo introducido después de esa copia no está en ella.</translation>
    </message>
    <message>
        <source>{message}

There is no good backup beside it; copy the file somewhere safe and ask for help before doing anything else with it.</source>
        <translation>{message}

No hay ninguna copia de seguridad válida a su lado; copie el archivo a un lugar seguro y pida ayuda antes de hacer nada más con él.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>Clientes archivados</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that smpdesk did not expect, so this was not finished. Nothing else was changed; try again, and if it happens again, note what you did.</source>
        <translation>Ocurrió algo que smpdesk no esperaba, así que esto no se terminó. No se cambió nada más; vuelva a intentarlo y, si vuelve a ocurrir, anote lo que hizo.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>smpdesk is already open on this clinic database (process {pid} on {host}); switch to that window, or close it before opening another.</source>
        <translation>smpdesk ya está abierto con esta base de datos de la clínica (proceso {pid} en {host}); cambie a esa ventana o ciérrela antes de abrir otra.</translation>
    </message>
    <message>
        <source>The disk is full, so smpdesk cannot open the clinic database safely; free some space and start it again.</source>
        <translation>El disco está lleno, así que smpdesk no puede abrir la base de datos de la clínica de forma segura; libere espacio y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The lock file beside {name} could not be created; check that you may write to its folder.</source>
        <translation>No se pudo crear el archivo de bloqueo junto a {name}; compruebe que tiene permiso de escritura en su carpeta.</translation>
    </message>
</context>
</TS>
