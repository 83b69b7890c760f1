<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>{folder} is a file, not a folder; forms must be in a folder.</source>
        <translation>{folder} es un archivo, no una carpeta; los formularios deben estar en una carpeta.</translation>
    </message>
    <message>
        <source>The forms folder {folder} (set in {setting}) does not exist; create it or correct the setting.</source>
        <translation>La carpeta de formularios {folder} (indicada en {setting}) no existe; créela o corrija el ajuste.</translation>
    </message>
    <message>
        <source>The forms folder {folder} could not be created ({reason}); check that the disk has room and the folder can be written.</source>
        <translation>No se ha podido crear la carpeta de formularios {folder} ({reason}); compruebe que el disco tiene espacio y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>There is no usable form &quot;{form_id}&quot; in the forms folder.</source>
        <translation>No hay ningún formulario «{form_id}» utilizable en la carpeta de formularios.</translation>
    </message>
    <message>
        <source>This response was answered with a form this version of smpdesk cannot read; its answers are kept unchanged in the database.</source>
        <translation>Esta respuesta se dio con un formulario que esta versión de smpdesk no puede leer; sus respuestas se conservan sin cambios en la base de datos.</translation>
    </message>
    <message>
        <source>The form this was answered with is missing from the database.</source>
        <translation>Falta en la base de datos el formulario con el que se respondió.</translation>
    </message>
    <message>
        <source>Signed by the client, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el cliente, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>Signed by the client at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el cliente a las {time}, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el cliente el {date} a las {time}, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>Signed by the practitioner, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el especialista, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el especialista a las {time}, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Firmado por el especialista el {date} a las {time}, así que las respuestas por encima de esa firma están selladas: un cambio requiere una nueva versión del formulario, firmada de nuevo.</translation>
    </message>
    <message>
        <source>The saved copy of this form was signed on another version of the form; continue that copy, which opens with the wording that was signed.</source>
        <translation>La copia guardada de este formulario se firmó en otra versión del formulario; continúe esa copia, que se abre con el texto que se firmó.</translation>
    </message>
    <message>
        <source>A signature can only be drawn once everything above it is answered; it was not kept, so answer the questions marked and sign again.</source>
        <translation>Solo se puede firmar cuando todo lo que está por encima de la firma tiene respuesta; la firma no se ha guardado, así que responda las preguntas marcadas y vuelva a firmar.</translation>
    </message>
    <message>
        <source>Another unfinished copy of this form was started meanwhile; hand the laptop to a practitioner.</source>
        <translation>Mientras tanto se empezó otra copia sin terminar de este formulario; entregue el portátil a un especialista.</translation>
    </message>
    <message>
        <source>This unfinished copy is signed, so it cannot be discarded; finish it, then start a new version if something must change.</source>
        <translation>Esta copia sin terminar está firmada, así que no se puede descartar; termínela y, si algo debe cambiar, empiece una nueva versión.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been removed.</source>
        <translation>No hay ningún cliente con el id {client_id}; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The version this copy was started to replace has already been replaced by another; open the newest version instead.</source>
        <translation>La versión que esta copia iba a sustituir ya ha sido sustituida por otra; abra en su lugar la versión más reciente.</translation>
    </message>
    <message>
        <source>There is no questionnaire response {response_id}.</source>
        <translation>No existe la respuesta de cuestionario {response_id}.</translation>
    </message>
    <message>
        <source>The response this copy was started to replace is no longer in the database; discard this copy and start the form again.</source>
        <translation>La respuesta que esta copia iba a sustituir ya no está en la base de datos; descarte esta copia y vuelva a empezar el formulario.</translation>
    </message>
    <message>
        <source>This response was already replaced by a newer version; start from that one.</source>
        <translation>Esta respuesta ya se sustituyó por una versión más reciente; parta de esa.</translation>
    </message>
    <message>
        <source>Only the newest response to a form can get a new version; start from that one.</source>
        <translation>Solo la respuesta más reciente a un formulario puede tener una nueva versión; parta de esa.</translation>
    </message>
    <message>
        <source>This form already has an unfinished copy; finish or discard it before starting a new version.</source>
        <translation>Este formulario ya tiene una copia sin terminar; termínela o descártela antes de empezar una nueva versión.</translation>
    </message>
    <message>
        <source>The consent record could not be laid out; the answers were not saved, so check for an unusually long answer and try again.</source>
        <translation>No se ha podido maquetar el documento de consentimiento; las respuestas no se han guardado, así que busque una respuesta inusualmente larga e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This response has no signed record; only consent forms produce one.</source>
        <translation>Esta respuesta no tiene documento firmado; solo los formularios de consentimiento lo generan.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}.</source>
        <translation>No hay ningún cliente con el id {client_id}.</translation>
    </message>
    <message>
        <source>Unknown angle {angle}; use one of: {choices}.</source>
        <translation>Ángulo desconocido {angle}; use uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Photo consent must be &apos;clinical&apos; or &apos;marketing&apos;.</source>
        <translation>El consentimiento de la foto debe ser &apos;clinical&apos; o &apos;marketing&apos;.</translation>
    </message>
    <message>
        <source>Session {session_id} does not belong to this client.</source>
        <translation>La sesión {session_id} no pertenece a este cliente.</translation>
    </message>
    <message>
        <source>Session {session_id} was on {session_day}, not {visit_day}; give one or the other.</source>
        <translation>La sesión {session_id} fue el {session_day}, no el {visit_day}; indique una cosa u otra.</translation>
    </message>
    <message>
        <source>There is no photo with id {photo_id}.</source>
        <translation>No hay ninguna foto con el id {photo_id}.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>La fecha de una visita no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name such as {example}.</source>
        <translation>{target} es una carpeta; indique un nombre de archivo como {example}.</translation>
    </message>
    <message>
        <source>Choose an angle from the list.</source>
        <translation>Elija un ángulo de la lista.</translation>
    </message>
    <message>
        <source>Choose the photo consent from the list.</source>
        <translation>Elija el consentimiento de la foto de la lista.</translation>
    </message>
    <message>
        <source>Enter the visit date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha de la visita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Mark the two points on both photos first (Compare, then Wipe), or export them side by side as they are.</source>
        <translation>Marque primero los dos puntos en ambas fotos (Comparar dos y luego Cortinilla) o expórtelas lado a lado tal como están.</translation>
    </message>
    <message>
        <source>A photo could not be read ({reason}).</source>
        <translation>No se ha podido leer una foto ({reason}).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente tiene una alerta de no tratar: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente no tiene ningún consentimiento firmado registrado: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente no tiene ningún historial médico registrado: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente no tiene ningún consentimiento firmado ni ningún historial médico registrados: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente tiene una alerta de no tratar y ningún consentimiento firmado registrado: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente tiene una alerta de no tratar y ningún historial médico registrado: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag, no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Este cliente tiene una alerta de no tratar y no tiene ningún consentimiento firmado ni ningún historial médico registrados: escriba por qué se realiza la sesión de todos modos (al menos una frase corta).</translation>
    </message>
    <message>
        <source>Type why this session is deleted, as a short sentence (at least {count} characters and two words): it stays in the client&apos;s history.</source>
        <translation>Escriba por qué se elimina esta sesión, en una frase corta (al menos {count} caracteres y dos palabras): queda en el historial del cliente.</translation>
    </message>
    <message>
        <source>Keep the reason to {count} characters; the details belong in the client&apos;s notes.</source>
        <translation>El motivo no debe superar los {count} caracteres; los detalles van en las notas del cliente.</translation>
    </message>
    <message>
        <source>There is no session with id {session_id}; it may have been removed.</source>
        <translation>No hay ninguna sesión con el id {session_id}; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day} by {name}, so it can no longer be changed.</source>
        <translation>La sesión {session_id} fue eliminada el {day} por {name}, así que ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day}, so it can no longer be changed.</source>
        <translation>La sesión {session_id} fue eliminada el {day}, así que ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day} by {name}; nothing was changed.</source>
        <translation>La sesión {session_id} ya fue eliminada el {day} por {name}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day}; nothing was changed.</source>
        <translation>La sesión {session_id} ya fue eliminada el {day}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Choose the date until which this client is snoozed.</source>
        <translation>Elija la fecha hasta la que se pospone a este cliente.</translation>
    </message>
    <message>
        <source>A snooze date must be after today; choose a later date.</source>
        <translation>La fecha del aplazamiento debe ser posterior a hoy; elija una fecha más tardía.</translation>
    </message>
    <message>
        <source>A snooze can last up to two years; for a client who will not come back, record &apos;not returning&apos; instead.</source>
        <translation>Un aplazamiento puede durar hasta dos años; para un cliente que no volverá, registre en su lugar «No volverá».</translation>
    </message>
    <message>
        <source>Unknown outcome {outcome}; choose one of: {choices}.</source>
        <translation>Resultado desconocido {outcome}; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Keep the note to {limit} characters.</source>
        <translation>La nota puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Client {client_id} is not on the follow-up list (archived, or no session recorded yet), so nothing was recorded.</source>
        <translation>El cliente {client_id} no está en la lista de seguimientos (archivado o sin ninguna sesión registrada todavía), así que no se ha registrado nada.</translation>
    </message>
    <message>
        <source>No sessions have been recorded for {day}.</source>
        <translation>No se ha registrado ninguna sesión para el {day}.</translation>
    </message>
    <message>
        <source>This client has no recorded session yet; record the session first, or print a blank aftercare sheet.</source>
        <translation>Este cliente aún no tiene ninguna sesión registrada; registre primero la sesión o imprima una hoja de cuidados en blanco.</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be laid out; check that the clinic details and names in it are not unusually long.</source>
        <translation>No se ha podido maquetar la hoja de cuidados; compruebe que los datos de la clínica y los nombres que contiene no son inusualmente largos.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>No hay ningún cliente con el id {client_id}: compruebe el número e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Patch test {number} is not this client&apos;s: check the number.</source>
        <translation>La prueba de alergia {number} no es de este cliente: compruebe el número.</translation>
    </message>
    <message>
        <source>Patch test {number} already has a newer version: correct that one instead.</source>
        <translation>La prueba de alergia {number} ya tiene una versión más reciente: corrija esa en su lugar.</translation>
    </message>
    <message>
        <source>Say why this version replaces the earlier one.</source>
        <translation>Indique por qué esta versión sustituye a la anterior.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this client while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the client again.</source>
        <translation>Otra persona guardó cambios en este cliente mientras usted editaba, así que los suyos no se han guardado; lo que ha escrito sigue aquí: anote lo que necesite, cancele y vuelva a abrir el cliente.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this session while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the session again.</source>
        <translation>Otra persona guardó cambios en esta sesión mientras usted editaba, así que los suyos no se han guardado; lo que ha escrito sigue aquí: anote lo que necesite, cancele y vuelva a abrir la sesión.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; it may have been removed.</source>
        <translation>No hay ningún cliente con el id {client_id}; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Client {merged} was merged into client {kept}; open that client instead.</source>
        <translation>El cliente {merged} se fusionó con el cliente {kept}; abra ese cliente en su lugar.</translation>
    </message>
    <message>
        <source>The file has no column {column}; choose one of its columns.</source>
        <translation>El archivo no tiene columna {column}; elija una de sus columnas.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field to import into; choose one from the list.</source>
        <translation>«{field}» no es un campo al que se pueda importar; elija uno de la lista.</translation>
    </message>
    <message>
        <source>Choose which column holds the names (a full name, or given and family names).</source>
        <translation>Elija qué columna contiene los nombres (un nombre completo, o nombre y apellidos).</translation>
    </message>
    <message>
        <source>There is no import {batch_id}; see the list of imports.</source>
        <translation>No existe la importación {batch_id}; consulte la lista de importaciones.</translation>
    </message>
    <message>
        <source>Import {batch_id} was undone already.</source>
        <translation>La importación {batch_id} ya se deshizo.</translation>
    </message>
    <message>
        <source>Import {batch_id} cannot be undone: some of its clients have been edited, merged or have records since; nothing was removed.</source>
        <translation>La importación {batch_id} no se puede deshacer: desde entonces, algunos de sus clientes se han editado, fusionado o tienen registros; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>The summary could not be laid out, so nothing was exported; check for an unusually long value in the client&apos;s records and try again.</source>
        <translation>No se ha podido maquetar el resumen, así que no se ha exportado nada; busque un valor inusualmente largo en los registros del cliente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} does not end in .csv or .xlsx; name the file clients.csv (for any spreadsheet) or clients.xlsx (for Excel).</source>
        <translation>{name} no termina en .csv ni en .xlsx; llame al archivo clients.csv (para cualquier hoja de cálculo) o clients.xlsx (para Excel).</translation>
    </message>
    <message>
        <source>Unknown list {archived}; choose one of: {choices}.</source>
        <translation>Lista desconocida {archived}; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (for example: the client asked in writing on 3 March); nothing was erased.</source>
        <translation>Indique el motivo del borrado (por ejemplo: el cliente lo pidió por escrito el 3 de marzo); no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters; nothing was erased.</source>
        <translation>El motivo debe tener menos de {limit} caracteres; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The backup was put in place, but clients erased since it was made could not be removed again ({problem}).</source>
        <translation>La copia de seguridad se ha restaurado, pero no se ha podido volver a eliminar a los clientes borrados después de hacerla ({problem}).</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been erased already.</source>
        <translation>No hay ningún cliente con el id {client_id}; puede que ya se haya borrado.</translation>
    </message>
    <message>
        <source>To erase this client, type their client number {number} exactly; nothing was erased.</source>
        <translation>Para borrar a este cliente, escriba exactamente su número de cliente {number}; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The year must be a whole number from {first} to {last}.</source>
        <translation>El año debe ser un número entero de {first} a {last}.</translation>
    </message>
    <message>
        <source>There is no report table {table}; choose one of {choices}.</source>
        <translation>No existe la tabla de informe {table}; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>Unknown match {match}; choose one of: {choices}.</source>
        <translation>Coincidencia desconocida {match}; elija una de estas: {choices}.</translation>
    </message>
</context>
</TS>
