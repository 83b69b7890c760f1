<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppointmentEntry</name>
    <message>
        <source>at</source>
        <comment>between the day and the time of an appointment</comment>
        <translation>a las</translation>
    </message>
    <message>
        <source>Enter the day of the appointment as well as the time.</source>
        <translation>Introduzca también el día de la cita, no solo la hora.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book next appointment</source>
        <translation>Reservar la próxima cita</translation>
    </message>
    <message>
        <source>Next appointment after the {session} on {date}:</source>
        <translation>Próxima cita después de la {session} del {date}:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Empty both boxes; OK then removes the booking</source>
        <translation>Vacía ambos campos; entonces Aceptar quita la cita</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>Quitar la cita</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Compare with the design</source>
        <translation>Comparar con el diseño</translation>
    </message>
    <message>
        <source>One of these photos could not be shown.</source>
        <translation>No se ha podido mostrar una de estas fotos.</translation>
    </message>
    <message>
        <source>Where the one picture gives way to the other</source>
        <translation>Dónde una imagen da paso a la otra</translation>
    </message>
    <message>
        <source>Blink automatically</source>
        <translation>Parpadeo automático</translation>
    </message>
    <message>
        <source>Switch between the two pictures every half second</source>
        <translation>Alterna entre las dos imágenes cada medio segundo</translation>
    </message>
    <message>
        <source>Flip (Space)</source>
        <translation>Cambiar (Espacio)</translation>
    </message>
    <message>
        <source>Show the other picture; stops the automatic blinking</source>
        <translation>Muestra la otra imagen; detiene el parpadeo automático</translation>
    </message>
    <message>
        <source>Wipe:</source>
        <translation>Cortinilla:</translation>
    </message>
    <message>
        <source>One picture over the other, lined up: drag to wipe</source>
        <translation>Una imagen sobre la otra, alineadas: arrastre para deslizar</translation>
    </message>
    <message>
        <source>One picture, then the other, lined up</source>
        <translation>Una imagen y luego la otra, alineadas</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Clear the points clicked so far and mark them again</source>
        <translation>Borra los puntos marcados hasta ahora para marcarlos de nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop marking; the marks saved before stay</source>
        <translation>Deja de marcar; las marcas guardadas antes se conservan</translation>
    </message>
    <message>
        <source>Line up again…</source>
        <translation>Volver a alinear…</translation>
    </message>
    <message>
        <source>Mark the two landmarks on both pictures again</source>
        <translation>Vuelve a marcar los dos puntos de referencia en ambas imágenes</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>The whole picture in the window</source>
        <translation>La imagen entera en la ventana</translation>
    </message>
    <message>
        <source>Export as one JPEG…</source>
        <translation>Exportar como un JPEG…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export lined up as one JPEG…</source>
        <translation>Exportar alineadas como un JPEG…</translation>
    </message>
    <message>
        <source>The pictures are turned {degrees}° against each other. If that looks wrong, the points may have been clicked in the other order: Line up again.</source>
        <translation>Las imágenes están giradas {degrees}° entre sí. Si no parece correcto, puede que los puntos se marcaran en el orden contrario: use Volver a alinear.</translation>
    </message>
    <message>
        <source>Showing: {picture}</source>
        <translation>Se muestra: {picture}</translation>
    </message>
    <message>
        <source>Click on the picture; drag to move it, scroll to zoom in for a close look.</source>
        <translation>Haga clic en la imagen; arrastre para moverla y use la rueda para ampliarla y verla de cerca.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the picture on the left</comment>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the picture on the right</comment>
        <translation>derecha</translation>
    </message>
    <message>
        <source>&lt;b&gt;On {side} ({where}), click {what}.&lt;/b&gt; (Point {number} of 2: two points on each picture line them up, and are kept for next time.)</source>
        <translation>&lt;b&gt;En {side} ({where}), haga clic en {what}.&lt;/b&gt; (Punto {number} de 2: dos puntos en cada imagen las alinean y se guardan para la próxima vez.)</translation>
    </message>
    <message>
        <source>the spot marked {number} on {side}</source>
        <translation>el punto marcado con el {number} en {side}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Imágenes JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} del {date}</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>lote de pigmento {lot}</translation>
    </message>
    <message>
        <source>Delete the {session}?</source>
        <translation>¿Eliminar esta sesión: {session}?</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>&amp;Why is it deleted? (required, kept with it)</source>
        <translation>¿&amp;Por qué se elimina? (obligatorio, se guarda con la sesión)</translation>
    </message>
    <message>
        <source>e.g. Recorded for the wrong client; the right record is on Sam Reid&apos;s timeline</source>
        <translation>p. ej., registrada para el cliente equivocado; el registro correcto está en la cronología de Sam Reid</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} por {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>← Clients</source>
        <translation>← Clientes</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Volver a la lista de clientes (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seguimientos pendientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> días de antelación</translation>
    </message>
    <message>
        <source>Mark the selected client:</source>
        <translation>Marcar al cliente seleccionado:</translation>
    </message>
    <message>
        <source>{outcome}, with a note ({keys})</source>
        <translation>{outcome}, con una nota ({keys})</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>The whole list, every page of it (not only the rows shown)</source>
        <translation>La lista completa, todas sus páginas (no solo las filas mostradas)</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {upcoming} coming up. Enter opens the client.</source>
        <translation>{overdue} atrasados, {today} para hoy, {upcoming} próximos. Intro abre el cliente.</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Seleccione primero un cliente de la lista.</translation>
    </message>
    <message>
        <source>Print follow-ups</source>
        <translation>Imprimir seguimientos</translation>
    </message>
    <message>
        <source>Follow-up list printed.</source>
        <translation>Lista de seguimientos impresa.</translation>
    </message>
    <message>
        <source>Follow-up list saved.</source>
        <translation>Lista de seguimientos guardada.</translation>
    </message>
    <message>
        <source>Save follow-ups as {kind}</source>
        <translation>Guardar seguimientos como {kind}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Save follow-ups</source>
        <translation>Guardar seguimientos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Recall search by lot</source>
        <translation>Búsqueda de retirada por lote</translation>
    </message>
    <message>
        <source>Starts with: GR-2610 finds GR-2610-A and GR-2610-B. Contains: 2610 finds both too, and any other lot holding 2610. Case, spaces and dashes never matter.</source>
        <translation>Empieza por: GR-2610 encuentra GR-2610-A y GR-2610-B. Contiene: 2610 también encuentra ambos, y cualquier otro lote que contenga 2610. Las mayúsculas, los espacios y los guiones nunca importan.</translation>
    </message>
    <message>
        <source>Pigment, diluent or cartridge lot, as printed on the label</source>
        <translation>Lote de pigmento, diluyente o cartucho, tal como figura en la etiqueta</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter a lot number to see every client who received it.</source>
        <translation>Introduzca un número de lote para ver a todos los clientes que lo recibieron.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking for lot {lot}…</source>
        <translation>Buscando el lote {lot}…</translation>
    </message>
    <message>
        <source>Recall search</source>
        <translation>Búsqueda de retirada</translation>
    </message>
    <message>
        <source>{lots} and {count} more</source>
        <translation>{lots} y {count} más</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}; lots found: {lots}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}; lotes encontrados: {lots}. Intro abre el cliente.</translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}. Intro abre el cliente.</translation>
    </message>
    <message>
        <source>Print recall list</source>
        <translation>Imprimir lista de retirada</translation>
    </message>
    <message>
        <source>Recall list printed.</source>
        <translation>Lista de retirada impresa.</translation>
    </message>
    <message>
        <source>Recall list saved.</source>
        <translation>Lista de retirada guardada.</translation>
    </message>
    <message>
        <source>Save recall list as {kind}</source>
        <translation>Guardar lista de retirada como {kind}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Save recall list</source>
        <translation>Guardar lista de retirada</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>{outcome}: follow-up</source>
        <translation>{outcome}: seguimiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; for {name} ({number}, {phone})</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; para {name} ({number}, {phone})</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>What was said (optional): kept with the outcome</source>
        <translation>Qué se dijo (opcional): se guarda con el resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation>Fuera de la lista hasta</translation>
    </message>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} por {name}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Earlier outcomes (kept, newest first):</source>
        <translation>Resultados anteriores (se conservan, los más recientes primero):</translation>
    </message>
    <message>
        <source>Type the date the snooze ends.</source>
        <translation>Escriba la fecha en que termina el aplazamiento.</translation>
    </message>
</context>
<context>
    <name>PatchTestDatesLine</name>
    <message>
        <source>Patch test on file (applied {dates}); results: ask a practitioner.</source>
        <translation>Prueba de alergia registrada (aplicada el {dates}); resultados: consulte a un especialista.</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <source>New version of a patch test</source>
        <translation>Nueva versión de una prueba de alergia</translation>
    </message>
    <message>
        <source>Record patch test</source>
        <translation>Registrar prueba de alergia</translation>
    </message>
    <message>
        <source>brand and shade, e.g. Brand X Dark Grey</source>
        <translation>marca y tono, p. ej., Brand X Dark Grey</translation>
    </message>
    <message>
        <source>e.g. behind the left ear</source>
        <translation>p. ej., detrás de la oreja izquierda</translation>
    </message>
    <message>
        <source>e.g. read today; or: wrong lot typed</source>
        <translation>p. ej., leída hoy; o: lote mal escrito</translation>
    </message>
    <message>
        <source>A negative result read after the client&apos;s medical history closes the pigment allergy flag. A clean patch test does not rule out a later reaction.</source>
        <translation>Un resultado negativo leído después del historial médico del cliente cierra la alerta de alergia al pigmento. Una prueba de alergia sin reacción no descarta una reacción posterior.</translation>
    </message>
    <message>
        <source>Patch test not saved</source>
        <translation>Prueba de alergia no guardada</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <source>Record patch test…</source>
        <translation>Registrar prueba de alergia…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Add the reading, or correct the selected patch test</source>
        <translation>Añadir la lectura o corregir la prueba seleccionada</translation>
    </message>
    <message>
        <source>No patch tests recorded.</source>
        <translation>No hay pruebas de alergia registradas.</translation>
    </message>
    <message>
        <source>Patch tests could not be read: {problem}</source>
        <translation>No se han podido leer las pruebas de alergia: {problem}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>Applied {date}: {what}</source>
        <translation>Aplicada el {date}: {what}</translation>
    </message>
    <message>
        <source>{result} — read {date} by {name}</source>
        <translation>{result} — leída el {date} por {name}</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Aún sin leer</translation>
    </message>
    <message>
        <source>New version: {reason}</source>
        <translation>Nueva versión: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoHistoryDialog</name>
    <message>
        <source>Photo history</source>
        <translation>Historial de la foto</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Scroll or press + / − to zoom, drag to move, 0 to fit; ← → for the others.</source>
        <translation>Use la rueda o pulse + / − para ampliar, arrastre para mover, 0 para ajustar; ← → para las demás.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The photo before this one (Left arrow, Page Up)</source>
        <translation>La foto anterior (flecha izquierda, Re Pág)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The photo after this one (Right arrow, Page Down)</source>
        <translation>La foto siguiente (flecha derecha, Av Pág)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This photo could not be shown; it may have been deleted.</source>
        <translation>No se ha podido mostrar esta foto; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>That photo could not be shown; it may have been deleted.</source>
        <translation>No se ha podido mostrar esa foto; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Import photos…</source>
        <translation>Importar fotos…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Angle given to the photos you import next</source>
        <translation>Ángulo que se asigna a las próximas fotos que importe</translation>
    </message>
    <message>
        <source>Visit the photos you import next belong to. Left empty, each photo goes to the day it was taken (from the camera), or today if the file does not say.</source>
        <translation>Visita a la que pertenecen las próximas fotos que importe. Si se deja vacía, cada foto va al día en que se tomó (según la cámara), o a hoy si el archivo no lo indica.</translation>
    </message>
    <message>
        <source>What the client agreed these photos may be used for</source>
        <translation>Para qué ha aceptado el cliente que se usen estas fotos</translation>
    </message>
    <message>
        <source>All angles</source>
        <translation>Todos los ángulos</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Comparar dos</translation>
    </message>
    <message>
        <source>First vs latest</source>
        <translation>Primera y última</translation>
    </message>
    <message>
        <source>Compare the first and latest photo of the angle shown</source>
        <translation>Comparar la primera y la última foto del ángulo mostrado</translation>
    </message>
    <message>
        <source>Compare with design</source>
        <translation>Comparar con el diseño</translation>
    </message>
    <message>
        <source>The selected photo next to the design&apos;s preview (the approved version, else the newest); the arrow chooses another version</source>
        <translation>La foto seleccionada junto a la vista previa del diseño (la versión aprobada o, si no hay, la más reciente); la flecha permite elegir otra versión</translation>
    </message>
    <message>
        <source>Tag selected</source>
        <translation>Etiquetar selección</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every change to the selected photo&apos;s tags: who, when, what</source>
        <translation>Cada cambio en las etiquetas de la foto seleccionada: quién, cuándo, qué</translation>
    </message>
    <message>
        <source>as</source>
        <comment>import photos as (an angle)</comment>
        <translation>como</translation>
    </message>
    <message>
        <source>visit</source>
        <comment>import photos for (a visit date)</comment>
        <translation>visita</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>filter the photos by angle</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn…</source>
        <translation>Consentimiento de marketing retirado…</translation>
    </message>
    <message>
        <source>The client told you they withdraw marketing use: every photo becomes clinical only</source>
        <translation>El cliente ha comunicado que retira el uso para marketing: todas las fotos pasan a ser solo de uso clínico</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Visit date…</source>
        <translation>Fecha de la visita…</translation>
    </message>
    <message numerus="yes">
        <source>(%n edited ✎)</source>
        <translation>
            <numerusform>(%n editada ✎)</numerusform>
            <numerusform>(%n editadas ✎)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos of the {angle} yet.</source>
        <translation>Aún no hay fotos con el ángulo «{angle}».</translation>
    </message>
    <message>
        <source>No photos yet. Import them with the buttons above, or drag pictures or a folder onto this page.</source>
        <translation>Aún no hay fotos. Impórtelas con los botones de arriba o arrastre imágenes o una carpeta a esta página.</translation>
    </message>
    <message>
        <source>{photos} in {visits}</source>
        <translation>{photos} en {visits}</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>Consentimiento de marketing retirado</translation>
    </message>
    <message>
        <source>The client withdraws permission to use their photos in marketing. Mark every photo of theirs as clinical record only? Record it on a new consent form too.</source>
        <translation>El cliente retira el permiso para usar sus fotos en marketing. ¿Marcar todas sus fotos como solo registro clínico? Regístrelo también en un nuevo formulario de consentimiento.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import every photo in a folder</source>
        <translation>Importar todas las fotos de una carpeta</translation>
    </message>
    <message>
        <source>Photos are still being imported; wait for that to finish.</source>
        <translation>Todavía se están importando fotos; espere a que termine.</translation>
    </message>
    <message>
        <source>{problem} Or leave the visit empty: each photo then goes to the day it was taken.</source>
        <translation>{problem} O deje la visita vacía: así cada foto va al día en que se tomó.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Select one photo to view it.</source>
        <translation>Seleccione una foto para verla.</translation>
    </message>
    <message>
        <source>Select two photos (Ctrl+click the second) to compare them.</source>
        <translation>Seleccione dos fotos (Ctrl+clic en la segunda) para compararlas.</translation>
    </message>
    <message>
        <source>There are not yet photos of the {angle} from two different visits.</source>
        <translation>Aún no hay fotos con el ángulo «{angle}» de dos visitas distintas.</translation>
    </message>
    <message>
        <source>Version {version} · {base} · approved ✓</source>
        <translation>Versión {version} · {base} · aprobada ✓</translation>
    </message>
    <message>
        <source>Version {version} · {base}</source>
        <translation>Versión {version} · {base}</translation>
    </message>
    <message>
        <source>Select the photo to compare with the design (one of the same view).</source>
        <translation>Seleccione la foto que quiere comparar con el diseño (una de la misma vista).</translation>
    </message>
    <message>
        <source>Select the photos to tag (Ctrl+A selects a whole visit).</source>
        <translation>Seleccione las fotos que quiere etiquetar (Ctrl+A selecciona una visita entera).</translation>
    </message>
    <message>
        <source>Select one photo to see its history.</source>
        <translation>Seleccione una foto para ver su historial.</translation>
    </message>
    <message>
        <source>Select one photo to export it.</source>
        <translation>Seleccione una foto para exportarla.</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Exportar foto</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Imágenes JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Select the photos to delete.</source>
        <translation>Seleccione las fotos que quiere eliminar.</translation>
    </message>
    <message>
        <source>Delete 1 photo for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>¿Eliminar 1 foto definitivamente? La imagen se borra de la base de datos de la clínica y solo puede recuperarse desde una copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photos for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>
            <numerusform>¿Eliminar %n foto definitivamente? La imagen se borra de la base de datos de la clínica y solo puede recuperarse desde una copia de seguridad.</numerusform>
            <numerusform>¿Eliminar %n fotos definitivamente? Las imágenes se borran de la base de datos de la clínica y solo pueden recuperarse desde una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Eliminar fotos</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session — {name}</source>
        <translation>Editar sesión — {name}</translation>
    </message>
    <message>
        <source>Record session — {name}</source>
        <translation>Registrar sesión — {name}</translation>
    </message>
    <message>
        <source>Not on file</source>
        <translation>No consta en el expediente</translation>
    </message>
    <message>
        <source>e.g. GP letter dated 3 March seen; paper consent signed today</source>
        <translation>p. ej., visto el informe del médico de cabecera del 3 de marzo; consentimiento en papel firmado hoy</translation>
    </message>
    <message>
        <source>Reason to go ahead anyway *</source>
        <translation>Motivo para continuar de todos modos *</translation>
    </message>
    <message>
        <source>Kept with the session and shown on the client&apos;s timeline.</source>
        <translation>Se guarda con la sesión y se muestra en la cronología del cliente.</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Motivo indicado: {reason}</translation>
    </message>
    <message>
        <source>Use proposed date</source>
        <translation>Usar fecha propuesta</translation>
    </message>
    <message>
        <source>Enter the session date to see the proposed next date.</source>
        <translation>Introduzca la fecha de la sesión para ver la próxima fecha propuesta.</translation>
    </message>
    <message>
        <source>Proposed: {date} ({gap} after a {session})</source>
        <translation>Propuesta: {date} ({gap} después de una {session})</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Edited since import: History… lists the changes</source>
        <translation>Editada desde la importación: Historial… muestra los cambios</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>24-hour clock: 14:30 (1430 works too)</source>
        <translation>Formato de 24 horas: 14:30 (también vale 1430)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Record session…</source>
        <translation>Registrar sesión…</translation>
    </message>
    <message>
        <source>Record today&apos;s treatment session (Ctrl+R)</source>
        <translation>Registrar la sesión de tratamiento de hoy (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Hoja de cuidados…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <source>Owner only: the session leaves every list and stays in the client&apos;s history with your reason</source>
        <translation>Solo el propietario: la sesión sale de todas las listas y queda en el historial del cliente con su motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>{session} (edited)</source>
        <translation>{session} (editada)</translation>
    </message>
    <message>
        <source>care plan {version}, {paper}, {time}</source>
        <translation>hoja de cuidados {version}, {paper}, {time}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No sessions recorded yet. Use &lt;b&gt;Record session…&lt;/b&gt; (Ctrl+R) after treatment; the aftercare sheet then prints with real dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay sesiones registradas. Use &lt;b&gt;Registrar sesión…&lt;/b&gt; (Ctrl+R) después del tratamiento; así la hoja de cuidados se imprime con las fechas reales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Sesión eliminada</translation>
    </message>
    <message>
        <source>Design version {version} saved</source>
        <translation>Versión {version} del diseño guardada</translation>
    </message>
    <message>
        <source>Design version {version} approved</source>
        <translation>Versión {version} del diseño aprobada</translation>
    </message>
    <message>
        <source>{flags} (signed record)</source>
        <translation>{flags} (documento firmado)</translation>
    </message>
    <message>
        <source>{form} v{version} answered</source>
        <translation>{form} v{version} respondido</translation>
    </message>
    <message>
        <source>Next: {session}, appointment {when}</source>
        <translation>Próxima: {session}, cita el {when}</translation>
    </message>
    <message>
        <source>Next: {session} due around {date} (no appointment set)</source>
        <translation>Próxima: {session} hacia el {date} (sin cita fijada)</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Move the selected photos to the visit on:</source>
        <translation>Mover las fotos seleccionadas a la visita del:</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>Introduzca el día de la visita.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>La fecha de una visita no puede estar en el futuro.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Book next appointment…</source>
        <translation>Reservar próxima cita…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Hoja de cuidados…</translation>
    </message>
    <message>
        <source>Hand a form to the client…</source>
        <translation>Dar un formulario al cliente…</translation>
    </message>
    <message>
        <source>The client fills in a form in client mode; a practitioner&apos;s PIN takes it back</source>
        <translation>El cliente rellena un formulario en modo cliente; el PIN de un especialista recupera el equipo</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>sin reservar</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a form</comment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <comment>a form</comment>
        <translation>empezado, sin terminar</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>a form</comment>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Forms — {statuses}</source>
        <translation>Formularios — {statuses}</translation>
    </message>
    <message>
        <source>Hand a form to the client</source>
        <translation>Dar un formulario al cliente</translation>
    </message>
    <message>
        <source>No forms are available.</source>
        <translation>No hay formularios disponibles.</translation>
    </message>
    <message>
        <source>Form for the client to fill in:</source>
        <translation>Formulario que debe rellenar el cliente:</translation>
    </message>
    <message>
        <source>A practitioner must set an unlock PIN first (File → My password and PIN): their PIN is what takes the laptop back from the client.</source>
        <translation>Un especialista debe configurar primero un PIN de desbloqueo (Archivo → Mi contraseña y PIN): su PIN es lo que recupera el portátil de manos del cliente.</translation>
    </message>
</context>
<context>
    <name>photos.photo_align</name>
    <message>
        <source>the inner end of the brow on the left of the picture</source>
        <translation>el extremo interior de la ceja del lado izquierdo de la imagen</translation>
    </message>
    <message>
        <source>the inner end of the brow on the right of the picture</source>
        <translation>el extremo interior de la ceja del lado derecho de la imagen</translation>
    </message>
    <message>
        <source>the top of the ear, where it meets the head</source>
        <translation>la parte superior de la oreja, donde se une a la cabeza</translation>
    </message>
    <message>
        <source>the outer corner of the eye</source>
        <translation>el rabillo del ojo</translation>
    </message>
    <message>
        <source>a spot you can find on both photos (a mole, a freckle, the end of a scar)</source>
        <translation>un punto que pueda encontrar en ambas fotos (un lunar, una peca, el extremo de una cicatriz)</translation>
    </message>
    <message>
        <source>a second such spot, as far from the first as you can</source>
        <translation>un segundo punto así, lo más lejos posible del primero</translation>
    </message>
    <message>
        <source>Design, version {version}, approved {date}</source>
        <translation>Diseño, versión {version}, aprobada el {date}</translation>
    </message>
    <message>
        <source>Design, version {version}</source>
        <translation>Diseño, versión {version}</translation>
    </message>
</context>
<context>
    <name>photos.photo_history</name>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>sesión {number}</translation>
    </message>
    <message>
        <source>Imported {when} from {file}.</source>
        <translation>Importada el {when} desde {file}.</translation>
    </message>
    <message>
        <source>Imported {when}.</source>
        <translation>Importada el {when}.</translation>
    </message>
    <message>
        <source>{angle}, visit of {date}</source>
        <translation>{angle}, visita del {date}</translation>
    </message>
    <message>
        <source>Its tags have not been changed since it was imported.</source>
        <translation>Sus etiquetas no se han modificado desde que se importó.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>(marketing consent withdrawn)</source>
        <translation>(consentimiento de marketing retirado)</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when}, por {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>photos.photo_import</name>
    <message>
        <source>Importing 1 photo…</source>
        <translation>Importando 1 foto…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photos…</source>
        <translation>
            <numerusform>Importando %n foto…</numerusform>
            <numerusform>Importando %n fotos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <source>{imported} of 1 photo imported.</source>
        <translation>Fotos importadas: {imported} de 1.</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n photos imported.</source>
        <translation>
            <numerusform>Fotos importadas: {imported} de %n.</numerusform>
            <numerusform>Fotos importadas: {imported} de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: {count} not looked at.</source>
        <translation>Cancelado: {count} sin revisar.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>No importadas:</translation>
    </message>
</context>
<context>
    <name>photos.photo_views</name>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Cortinilla</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Parpadeo</translation>
    </message>
    <message>
        <source>Scroll to zoom both, drag to move both.</source>
        <translation>Use la rueda para ampliar ambas y arrastre para mover ambas.</translation>
    </message>
    <message>
        <source>Drag the white line (or press ← →) to wipe from one to the other; scroll to zoom.</source>
        <translation>Arrastre la línea blanca (o pulse ← →) para pasar de una a otra; use la rueda para ampliar.</translation>
    </message>
    <message>
        <source>Space flips from one to the other by hand; scroll to zoom, drag to move.</source>
        <translation>La barra espaciadora cambia de una a otra manualmente; use la rueda para ampliar y arrastre para mover.</translation>
    </message>
    <message>
        <source>the before photo</source>
        <translation>la foto de antes</translation>
    </message>
    <message>
        <source>the after photo</source>
        <translation>la foto de después</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>el diseño</translation>
    </message>
</context>
<context>
    <name>photos.photos_tab</name>
    <message>
        <source>date taken</source>
        <translation>fecha de la toma</translation>
    </message>
</context>
<context>
    <name>sessions.delete_session_dialog</name>
    <message>
        <source>It leaves the timeline, the follow-ups list, lot recalls, the day&apos;s visits and the defaults of the next session.</source>
        <translation>Sale de la cronología, de la lista de seguimientos, de las retiradas de lotes, de las visitas del día y de los valores predeterminados de la siguiente sesión.</translation>
    </message>
    <message>
        <source>Nothing is erased: the session as recorded, its earlier versions and this reason stay in the client&apos;s history, with your name and the time, and the audit trail notes it.</source>
        <translation>No se borra nada: la sesión tal como se registró, sus versiones anteriores y este motivo quedan en el historial del cliente, con su nombre y la hora, y el registro de auditoría lo anota.</translation>
    </message>
    <message>
        <source>Photos and aftercare sheets of this visit stay in the client&apos;s record, still linked to it.</source>
        <translation>Las fotos y las hojas de cuidados de esta visita permanecen en el expediente del cliente, aún vinculadas a ella.</translation>
    </message>
    <message>
        <source>It cannot be undone here: if it was right after all, record the session again.</source>
        <translation>No se puede deshacer aquí: si al final era correcta, vuelva a registrar la sesión.</translation>
    </message>
</context>
<context>
    <name>sessions.follow_ups_view</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>&amp;Called…</source>
        <translation>&amp;Llamada hecha…</translation>
    </message>
    <message>
        <source>&amp;Left message…</source>
        <translation>&amp;Mensaje dejado…</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>&amp;Cita reservada…</translation>
    </message>
    <message>
        <source>&amp;Not returning…</source>
        <translation>&amp;No volverá…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>{date} (proposed)</source>
        <translation>{date} (propuesta)</translation>
    </message>
</context>
<context>
    <name>sessions.list_output</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>{problem} Check the printer and try again.</source>
        <translation>{problem} Compruebe la impresora e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>sessions.lot_recall</name>
    <message>
        <source>Lot starts with</source>
        <translation>El lote empieza por</translation>
    </message>
    <message>
        <source>Lot contains</source>
        <translation>El lote contiene</translation>
    </message>
    <message>
        <source>Exactly this lot</source>
        <translation>Exactamente este lote</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
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
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Which lot</source>
        <translation>Qué lote</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>lote de pigmento {lot}</translation>
    </message>
    <message>
        <source>diluent lot {lot}</source>
        <translation>lote de diluyente {lot}</translation>
    </message>
    <message>
        <source>cartridge lot {lot}</source>
        <translation>lote de cartucho {lot}</translation>
    </message>
    <message>
        <source>{lot} (changed later to {later})</source>
        <translation>{lot} (cambiado después a {later})</translation>
    </message>
</context>
<context>
    <name>sessions.session_dialog</name>
    <message>
        <source>Do not treat</source>
        <translation>No tratar</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Needs medical clearance</source>
        <translation>Requiere autorización médica</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Fecha *</translation>
    </message>
    <message>
        <source>Kind of session *</source>
        <translation>Tipo de sesión *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Zonas tratadas</translation>
    </message>
    <message>
        <source>Pigment and needles</source>
        <translation>Pigmento y agujas</translation>
    </message>
    <message>
        <source>Pigment brand</source>
        <translation>Marca del pigmento</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Dilution</source>
        <translation>Dilución</translation>
    </message>
    <message>
        <source>e.g. 1:3</source>
        <translation>p. ej., 1:3</translation>
    </message>
    <message>
        <source>Pigment lot</source>
        <translation>Lote del pigmento</translation>
    </message>
    <message>
        <source>as printed on the bottle</source>
        <translation>tal como figura en el frasco</translation>
    </message>
    <message>
        <source>Pigment expiry</source>
        <translation>Caducidad del pigmento</translation>
    </message>
    <message>
        <source>Diluent</source>
        <translation>Diluyente</translation>
    </message>
    <message>
        <source>Diluent lot</source>
        <translation>Lote del diluyente</translation>
    </message>
    <message>
        <source>Needle configuration</source>
        <translation>Configuración de la aguja</translation>
    </message>
    <message>
        <source>e.g. 1RL</source>
        <translation>p. ej., 1RL</translation>
    </message>
    <message>
        <source>Needle diameter (mm)</source>
        <translation>Diámetro de la aguja (mm)</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>p. ej., 0.25</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Lote del cartucho</translation>
    </message>
    <message>
        <source>Machine and numbing</source>
        <translation>Máquina y anestesia</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Machine settings</source>
        <translation>Ajustes de la máquina</translation>
    </message>
    <message>
        <source>e.g. 8.5 V, 3.5 mm stroke</source>
        <translation>p. ej., 8,5 V, carrera de 3,5 mm</translation>
    </message>
    <message>
        <source>Numbing product</source>
        <translation>Producto anestésico</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Reacción de la piel</translation>
    </message>
    <message>
        <source>e.g. mild redness, pinpoint bleeding</source>
        <translation>p. ej., enrojecimiento leve, sangrado puntual</translation>
    </message>
    <message>
        <source>Pain score (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Enter the time as {form}, for example 14:30.</source>
        <translation>Introduzca la hora como {form}, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>There is no such time; check the hour (for example 14:30).</source>
        <translation>Esa hora no existe; revise la hora (por ejemplo 14:30).</translation>
    </message>
    <message>
        <source>There is no such time; use the 24-hour clock, for example 14:30 ({form}).</source>
        <translation>Esa hora no existe; use el formato de 24 horas, por ejemplo 14:30 ({form}).</translation>
    </message>
    <message>
        <source>1 record not on file</source>
        <translation>falta 1 documento</translation>
    </message>
    <message numerus="yes">
        <source>%n records not on file</source>
        <translation>
            <numerusform>falta %n documento</numerusform>
            <numerusform>faltan %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you treat: {counts}</source>
        <translation>Antes de tratar: {counts}</translation>
    </message>
    <message>
        <source>1 do not treat flag</source>
        <translation>1 alerta de no tratar</translation>
    </message>
    <message numerus="yes">
        <source>%n do not treat flags</source>
        <translation>
            <numerusform>%n alerta de no tratar</numerusform>
            <numerusform>%n alertas de no tratar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 postpone flag</source>
        <translation>1 alerta de posponer</translation>
    </message>
    <message numerus="yes">
        <source>%n postpone flags</source>
        <translation>
            <numerusform>%n alerta de posponer</numerusform>
            <numerusform>%n alertas de posponer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs medical clearance flag</source>
        <translation>1 alerta de autorización médica</translation>
    </message>
    <message numerus="yes">
        <source>%n needs medical clearance flags</source>
        <translation>
            <numerusform>%n alerta de autorización médica</numerusform>
            <numerusform>%n alertas de autorización médica</numerusform>
        </translation>
    </message>
    <message>
        <source>Another client is booked near this time</source>
        <translation>Otro cliente tiene cita cerca de esta hora</translation>
    </message>
    <message>
        <source>{warning} Keep {time} on {date} anyway?</source>
        <translation>{warning} ¿Mantener de todos modos las {time} del {date}?</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Mantener esta hora</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions.timeline_tab</name>
    <message>
        <source>Aftercare sheet printed</source>
        <translation>Hoja de cuidados impresa</translation>
    </message>
    <message>
        <source>Aftercare sheet saved</source>
        <translation>Hoja de cuidados guardada</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>lote de pigmento {lot}</translation>
    </message>
    <message>
        <source>No further details recorded.</source>
        <translation>No se registraron más detalles.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>guardada sin cambios</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when}, por {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Session of {date} deleted by {name}: {reason}</source>
        <translation>Sesión del {date} eliminada por {name}: {reason}</translation>
    </message>
    <message>
        <source>Session of {date} deleted: {reason}</source>
        <translation>Sesión del {date} eliminada: {reason}</translation>
    </message>
    <message>
        <source>Deleted {when} by {name}.</source>
        <translation>Eliminada el {when} por {name}.</translation>
    </message>
    <message>
        <source>Deleted {when}.</source>
        <translation>Eliminada el {when}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>It is left out of follow-ups, recalls and visits; this is the session as it was recorded.</source>
        <translation>Queda fuera de los seguimientos, las retiradas y las visitas; esta es la sesión tal como se registró.</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>sin alertas</translation>
    </message>
    <message>
        <source>1 flag: {levels}</source>
        <translation>1 alerta: {levels}</translation>
    </message>
    <message numerus="yes">
        <source>%n flags: {levels}</source>
        <translation>
            <numerusform>%n alerta: {levels}</numerusform>
            <numerusform>%n alertas: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <source>{form} (version {version})</source>
        <translation>{form} (versión {version})</translation>
    </message>
    <message>
        <source>Answered {when}, by the client on this computer.</source>
        <translation>Respondido el {when}, por el cliente en este equipo.</translation>
    </message>
    <message>
        <source>Answered {when}.</source>
        <translation>Respondido el {when}.</translation>
    </message>
    <message>
        <source>No contraindication flags.</source>
        <translation>Sin alertas de contraindicación.</translation>
    </message>
    <message>
        <source>A signed record was stored with it.</source>
        <translation>Se guardó con él un documento firmado.</translation>
    </message>
    <message>
        <source>The answers are on the Questionnaires tab.</source>
        <translation>Las respuestas están en la pestaña Cuestionarios.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zona</translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>firmado por {name}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>Design version {version}</source>
        <translation>Diseño, versión {version}</translation>
    </message>
    <message>
        <source>Saved {when} by {name}.</source>
        <translation>Guardado el {when} por {name}.</translation>
    </message>
    <message>
        <source>Saved {when}.</source>
        <translation>Guardado el {when}.</translation>
    </message>
    <message>
        <source>Drawn on: {base}; {zones}.</source>
        <translation>Dibujado sobre: {base}; {zones}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed as {name}.</source>
        <translation>Aprobado por el cliente el {when}, firmado como {name}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed.</source>
        <translation>Aprobado por el cliente el {when}, firmado.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>No aprobado.</translation>
    </message>
    <message>
        <source>The design and its preview are on the Design tab.</source>
        <translation>El diseño y su vista previa están en la pestaña Diseño.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
</context>
<context>
    <name>sessions.visits_tab</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
</context>
</TS>
