<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptPlanDialog</name>
    <message>
        <source>Accept treatment plan version {version}</source>
        <translation>Aceptar el plan de tratamiento, versión {version}</translation>
    </message>
    <message>
        <source>Your treatment plan</source>
        <translation>Su plan de tratamiento</translation>
    </message>
    <message>
        <source>Accept and sign</source>
        <translation>Aceptar y firmar</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to accept the plan.</source>
        <translation>Escriba su nombre y firme en el recuadro para aceptar el plan.</translation>
    </message>
    <message>
        <source>Plan not accepted</source>
        <translation>Plan no aceptado</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve design version {version}</source>
        <translation>Aprobar el diseño, versión {version}</translation>
    </message>
    <message>
        <source>Your SMP design</source>
        <translation>Su diseño de micropigmentación capilar</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Aprobar y firmar</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to approve the design.</source>
        <translation>Escriba su nombre y firme en el recuadro para aprobar el diseño.</translation>
    </message>
    <message>
        <source>Design not approved</source>
        <translation>Diseño no aprobado</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>No hay nada que mostrar</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>New design: choose the photo to draw on</source>
        <translation>Nuevo diseño: elija la foto sobre la que dibujar</translation>
    </message>
    <message>
        <source>Choose the picture to draw the hairline and zones on, then Start designing. A recent front or top photo, taken square-on, gives the client the most convincing preview.</source>
        <translation>Elija la imagen sobre la que dibujar la línea del cabello y las zonas y pulse Empezar a diseñar. Una foto reciente de frente o desde arriba, tomada de forma perpendicular, ofrece al cliente la vista previa más convincente.</translation>
    </message>
    <message>
        <source>This client has no photos yet. Draw on a head outline, or import photos on the Photos tab first (front and top photos make the most convincing preview).</source>
        <translation>Este cliente todavía no tiene fotos. Dibuje sobre un contorno de cabeza o importe antes fotos en la pestaña Fotos (las fotos de frente y desde arriba dan la vista previa más convincente).</translation>
    </message>
    <message>
        <source>Head outline (no photo)</source>
        <translation>Contorno de cabeza (sin foto)</translation>
    </message>
    <message>
        <source>Start designing</source>
        <translation>Empezar a diseñar</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Reembolsar el recibo {number}</translation>
    </message>
    <message>
        <source>Give back money from receipt {number} ({amount}). The refund is a new entry with its own receipt number; the payment itself stays as it was.</source>
        <translation>Devolver dinero del recibo {number} ({amount}). El reembolso es un asiento nuevo con su propio número de recibo; el pago en sí queda como estaba.</translation>
    </message>
    <message>
        <source>Void receipt {number}</source>
        <translation>Anular el recibo {number}</translation>
    </message>
    <message>
        <source>Cancel receipt {number} ({amount}) because it was a mistake. The void is a new entry with its own receipt number; nothing is deleted.</source>
        <translation>Anular el recibo {number} ({amount}) porque fue un error. La anulación es un asiento nuevo con su propio número de recibo; no se borra nada.</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Importe a devolver</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund.</source>
        <translation>Quedan como máximo {amount} por reembolsar.</translation>
    </message>
    <message>
        <source>e.g. the client cancelled the booking</source>
        <translation>p. ej., el cliente canceló la cita</translation>
    </message>
    <message>
        <source>e.g. typed 1500 instead of 150; taken again as a new payment</source>
        <translation>p. ej., se escribió 1500 en lugar de 150; cobrado de nuevo como pago nuevo</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Write why, for the books: a void or refund needs a reason.</source>
        <translation>Indique el motivo para la contabilidad: una anulación o un reembolso necesita un motivo.</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>The lines are hidden: press G (Guides) to edit again.</source>
        <translation>Las líneas están ocultas: pulse G (Guías) para volver a editar.</translation>
    </message>
    <message>
        <source>Move hairline point</source>
        <translation>Mover punto de la línea del cabello</translation>
    </message>
    <message>
        <source>Move zone corner</source>
        <translation>Mover esquina de zona</translation>
    </message>
    <message>
        <source>Move centre line</source>
        <translation>Mover línea central</translation>
    </message>
    <message>
        <source>Move scale mark</source>
        <translation>Mover marca de escala</translation>
    </message>
    <message>
        <source>Add hairline point</source>
        <translation>Añadir punto de la línea del cabello</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Una zona necesita al menos tres esquinas.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Marque dos puntos distintos para la escala.</translation>
    </message>
    <message>
        <source>Remove hairline point</source>
        <translation>Quitar punto de la línea del cabello</translation>
    </message>
    <message>
        <source>Remove zone corner</source>
        <translation>Quitar esquina de zona</translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation>Quitar escala</translation>
    </message>
    <message>
        <source>Nudge point</source>
        <translation>Desplazar punto</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Eliminar zona</translation>
    </message>
    <message>
        <source>S{session}</source>
        <comment>short for session {session}</comment>
        <translation>S{session}</translation>
    </message>
    <message>
        <source>S{first}–{last}</source>
        <comment>short for sessions {first} to {last}</comment>
        <translation>S{first}–{last}</translation>
    </message>
</context>
<context>
    <name>DesignLink</name>
    <message>
        <source>Design version {version} (approved {date}) — click for the preview</source>
        <translation>Diseño, versión {version} (aprobado el {date}): haga clic para ver la vista previa</translation>
    </message>
    <message>
        <source>Design version {version} (not approved yet) — click for the preview</source>
        <translation>Diseño, versión {version} (aún sin aprobar): haga clic para ver la vista previa</translation>
    </message>
    <message>
        <source>Open the before / after preview of this design</source>
        <translation>Abrir la vista previa antes / después de este diseño</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Hairline and scale</source>
        <translation>Línea del cabello y escala</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Línea del cabello</translation>
    </message>
    <message>
        <source>How wide the edge fades in front of the line: a soft edge looks natural</source>
        <translation>Anchura del difuminado del borde delante de la línea: un borde suave parece natural</translation>
    </message>
    <message>
        <source>Natural micro-variation of the edge: a ruler-straight line looks fake</source>
        <translation>Microvariación natural del borde: una línea recta como una regla parece falsa</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Simétrica</translation>
    </message>
    <message>
        <source>Softness</source>
        <translation>Suavidad</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularidad</translation>
    </message>
    <message>
        <source>Symmetric: draw the left side, the right mirrors it about the dashed line (drag that line onto the middle of the face).</source>
        <translation>Simétrica: dibuje el lado izquierdo; el derecho lo refleja respecto a la línea discontinua (arrastre esa línea al centro de la cara).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>The real distance between the two scale marks</source>
        <translation>La distancia real entre las dos marcas de escala</translation>
    </message>
    <message>
        <source>Mark the scale</source>
        <translation>Marcar la escala</translation>
    </message>
    <message>
        <source>Click two points a known distance apart (S)</source>
        <translation>Haga clic en dos puntos a una distancia conocida (S)</translation>
    </message>
    <message>
        <source>Four fingers laid flat above the brow are about 7 cm; a ruler held to the head in the photo works too.</source>
        <translation>Cuatro dedos apoyados planos sobre la ceja miden unos 7 cm; también sirve una regla junto a la cabeza en la foto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>e.g. agreed a mature, slightly receded line</source>
        <translation>p. ej., acordada una línea madura, ligeramente retrasada</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>session </source>
        <translation>sesión </translation>
    </message>
    <message>
        <source>Draw a zone</source>
        <translation>Dibujar una zona</translation>
    </message>
    <message>
        <source>Click its corners on the picture; Enter closes it (Z)</source>
        <translation>Haga clic en sus esquinas sobre la imagen; Intro la cierra (Z)</translation>
    </message>
    <message>
        <source>Selected zone</source>
        <translation>Zona seleccionada</translation>
    </message>
    <message>
        <source> per cm²</source>
        <translation> por cm²</translation>
    </message>
    <message>
        <source> % pigment</source>
        <translation> % pigmento</translation>
    </message>
    <message>
        <source>Change dilution</source>
        <translation>Cambiar dilución</translation>
    </message>
    <message>
        <source>{needle} ({size} mm impressions)</source>
        <translation>{needle} (impresiones de {size} mm)</translation>
    </message>
    <message>
        <source>The session that lays this zone: 1 is the first, lightest</source>
        <translation>La sesión en la que se hace esta zona: 1 es la primera, la más ligera</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Cambiar sesión</translation>
    </message>
    <message>
        <source>optional, e.g. left temple</source>
        <translation>opcional, p. ej., sien izquierda</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Eliminar zona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
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
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nueva zona</translation>
    </message>
    <message>
        <source>No scale yet: mark two points a known distance apart to see areas in cm² and impression counts.</source>
        <translation>Aún no hay escala: marque dos puntos a una distancia conocida para ver las áreas en cm² y el número de impresiones.</translation>
    </message>
    <message>
        <source>{distance} cm between the two marks.</source>
        <translation>{distance} cm entre las dos marcas.</translation>
    </message>
    <message>
        <source>No zones yet: choose a kind and draw one.</source>
        <translation>Aún no hay zonas: elija un tipo y dibuje una.</translation>
    </message>
    <message>
        <source>{sessions} sessions; set the scale for impression counts.</source>
        <translation>{sessions} sesiones; fije la escala para contar las impresiones.</translation>
    </message>
    <message>
        <source>{sessions} session; set the scale for impression counts.</source>
        <translation>{sessions} sesión; fije la escala para contar las impresiones.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} sessions.</source>
        <translation>En total: unas {total} impresiones, {sessions} sesiones.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} session.</source>
        <translation>En total: unas {total} impresiones, {sessions} sesión.</translation>
    </message>
    <message>
        <source>Selected zone (click one on the picture or in the list)</source>
        <translation>Zona seleccionada (haga clic en una en la imagen o en la lista)</translation>
    </message>
    <message>
        <source>Zone {number}</source>
        <translation>Zona {number}</translation>
    </message>
    <message>
        <source>{range}
{sessions} sessions together: {density}</source>
        <translation>{range}
{sessions} sesiones juntas: {density}</translation>
    </message>
    <message>
        <source>{range} (outside the range)</source>
        <translation>{range} (fuera del intervalo)</translation>
    </message>
    <message>
        <source>Impressions per cm² of the finished area (all sessions together).
Sources: {sources}</source>
        <translation>Impresiones por cm² del área terminada (todas las sesiones juntas).
Fuentes: {sources}</translation>
    </message>
    <message>
        <source>Change softness</source>
        <translation>Cambiar suavidad</translation>
    </message>
    <message>
        <source>Change irregularity</source>
        <translation>Cambiar irregularidad</translation>
    </message>
    <message>
        <source>Change hairline</source>
        <translation>Cambiar línea del cabello</translation>
    </message>
    <message>
        <source>Symmetry on</source>
        <translation>Simetría activada</translation>
    </message>
    <message>
        <source>Symmetry off</source>
        <translation>Simetría desactivada</translation>
    </message>
    <message>
        <source>Change scale distance</source>
        <translation>Cambiar distancia de la escala</translation>
    </message>
    <message>
        <source>Change zone kind</source>
        <translation>Cambiar tipo de zona</translation>
    </message>
    <message>
        <source>Change density</source>
        <translation>Cambiar densidad</translation>
    </message>
    <message>
        <source>Change shade</source>
        <translation>Cambiar tono</translation>
    </message>
    <message>
        <source>Change needle</source>
        <translation>Cambiar aguja</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Renombrar zona</translation>
    </message>
</context>
<context>
    <name>DesignTab</name>
    <message>
        <source>New design…</source>
        <translation>Nuevo diseño…</translation>
    </message>
    <message>
        <source>Draw a hairline and zones on one of the client&apos;s photos</source>
        <translation>Dibujar la línea del cabello y las zonas sobre una de las fotos del cliente</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Editar como nueva versión…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Partir de la versión seleccionada; esta queda como está y el cambio se guarda como una nueva versión</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Before / after on the photo, session by session</source>
        <translation>Antes / después sobre la foto, sesión a sesión</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>Design drawing (hairline and zones)…</source>
        <translation>Dibujo del diseño (línea del cabello y zonas)…</translation>
    </message>
    <message>
        <source>SMP preview (final result)…</source>
        <translation>Vista previa de la micropigmentación (resultado final)…</translation>
    </message>
    <message>
        <source>No design yet. New design… draws the hairline and zones on one of the client&apos;s photos (or a head outline) and shows the client a preview of the result.</source>
        <translation>Aún no hay diseño. Nuevo diseño… dibuja la línea del cabello y las zonas sobre una de las fotos del cliente (o un contorno de cabeza) y muestra al cliente una vista previa del resultado.</translation>
    </message>
    <message>
        <source>Double-click for the before / after preview</source>
        <translation>Doble clic para la vista previa antes / después</translation>
    </message>
    <message>
        <source>The designs could not be read: {error}</source>
        <translation>No se pudieron leer los diseños: {error}</translation>
    </message>
    <message>
        <source>Version {version}: the SMP preview as saved (finished result). Preview… shows before / after and each session.</source>
        <translation>Versión {version}: la vista previa de la micropigmentación tal como se guardó (resultado final). Vista previa… muestra el antes / después y cada sesión.</translation>
    </message>
    <message>
        <source>Approved {date}: an approved version is final; edit it as a new version to change it</source>
        <translation>Aprobado el {date}: una versión aprobada es definitiva; para cambiarla, edítela como nueva versión</translation>
    </message>
    <message>
        <source>The client looks at the preview and signs for this version</source>
        <translation>El cliente mira la vista previa y firma esta versión</translation>
    </message>
    <message>
        <source>Design not started</source>
        <translation>Diseño no iniciado</translation>
    </message>
    <message>
        <source>Design not opened</source>
        <translation>Diseño no abierto</translation>
    </message>
    <message>
        <source>Save the SMP preview</source>
        <translation>Guardar la vista previa de la micropigmentación</translation>
    </message>
    <message>
        <source>Save the design drawing</source>
        <translation>Guardar el dibujo del diseño</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Imágenes JPEG (*.jpg)</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Edit design (saved as a new version)</source>
        <translation>Editar diseño (se guarda como nueva versión)</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Which session the preview shows: session 1 … the finished result</source>
        <translation>Qué sesión muestra la vista previa: sesión 1 … el resultado final</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Guardar diseño</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{hint} ({key})</source>
        <translation>{hint} ({key})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>Deshacer: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {action} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>The whole picture (Ctrl+0); the wheel zooms, space+drag pans</source>
        <translation>La imagen completa (Ctrl+0); la rueda amplía, espacio+arrastrar desplaza</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the SMP simulation of this design (P)</source>
        <translation>Mostrar la simulación de la micropigmentación de este diseño (P)</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Show the lines and zones over the picture (G)</source>
        <translation>Mostrar las líneas y zonas sobre la imagen (G)</translation>
    </message>
    <message>
        <source>Session {session} (finished)</source>
        <translation>Sesión {session} (terminado)</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation>Sesión {session}</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Zone added: set its density, shade and session on the right.</source>
        <translation>Zona añadida: fije su densidad, tono y sesión a la derecha.</translation>
    </message>
    <message>
        <source>Set scale</source>
        <translation>Fijar escala</translation>
    </message>
    <message>
        <source>Scale marked: type the real distance between the marks.</source>
        <translation>Escala marcada: escriba la distancia real entre las marcas.</translation>
    </message>
    <message>
        <source>Preview: the simulated result on this picture.</source>
        <translation>Vista previa: el resultado simulado sobre esta imagen.</translation>
    </message>
    <message>
        <source>Design not saved</source>
        <translation>Diseño no guardado</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard the changes?

The design has not been saved.</source>
        <translation>¿Descartar los cambios?

El diseño no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>what it covers, e.g. hairline and temples</source>
        <translation>qué abarca, p. ej., línea del cabello y sienes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take this session out of the plan</source>
        <translation>Quitar esta sesión del plan</translation>
    </message>
    <message>
        <source>Proposed date: {problem}</source>
        <translation>Fecha propuesta: {problem}</translation>
    </message>
    <message>
        <source>Price of {session}: {problem}</source>
        <translation>Precio de {session}: {problem}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — {name}</source>
        <translation>Cobrar — {name}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>The clinic&apos;s currency: {currency}</source>
        <translation>Moneda de la clínica: {currency}</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Importe en {currency}</translation>
    </message>
    <message>
        <source>Fill in {amount} for {what}</source>
        <translation>Rellenar {amount} por {what}</translation>
    </message>
    <message>
        <source>Prices set by the owner in Clinic → Settings → Prices appear here.</source>
        <translation>Aquí aparecen los precios que el titular fija en Clínica → Ajustes → Precios.</translation>
    </message>
    <message>
        <source>optional: a voucher number, the product sold…</source>
        <translation>opcional: un número de vale, el producto vendido…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose how the client paid: {choices}.</source>
        <translation>Elija cómo pagó el cliente: {choices}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Take payment…</source>
        <translation>Cobrar…</translation>
    </message>
    <message>
        <source>Take a payment from this client</source>
        <translation>Cobrar un pago a este cliente</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Recibo…</translation>
    </message>
    <message>
        <source>Show, print or save the selected entry&apos;s receipt</source>
        <translation>Mostrar, imprimir o guardar el recibo del asiento seleccionado</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Cancel a payment taken by mistake (owner)</source>
        <translation>Anular un pago cobrado por error (titular)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Give back money from a payment (owner)</source>
        <translation>Devolver dinero de un pago (titular)</translation>
    </message>
    <message>
        <source>The accepted treatment plan&apos;s total less what was paid</source>
        <translation>El total del plan de tratamiento aceptado menos lo pagado</translation>
    </message>
    <message>
        <source>No payments recorded for this client yet.</source>
        <translation>Aún no hay pagos registrados para este cliente.</translation>
    </message>
    <message>
        <source>Payments could not be read: {error}</source>
        <translation>No se pudieron leer los pagos: {error}</translation>
    </message>
    <message>
        <source>Paid in total: {amount}</source>
        <translation>Pagado en total: {amount}</translation>
    </message>
    <message>
        <source>Payments minus refunds; voided payments do not count.</source>
        <translation>Pagos menos reembolsos; los pagos anulados no cuentan.</translation>
    </message>
    <message>
        <source>Plan {total} · due {due}</source>
        <translation>Plan {total} · pendiente {due}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New treatment plan</source>
        <translation>Nuevo plan de tratamiento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Fecha propuesta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Sin paquete</translation>
    </message>
    <message>
        <source>A package sets its sessions and the discount it gives</source>
        <translation>Un paquete fija sus sesiones y el descuento que ofrece</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>for the client, printed on the quote</source>
        <translation>para el cliente, se imprime en el presupuesto</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>No tax is added to these prices.</source>
        <translation>A estos precios no se añade ningún impuesto.</translation>
    </message>
    <message>
        <source>Prices include {tax} at {rate} (the clinic&apos;s price list).</source>
        <translation>Los precios incluyen {tax} al {rate} (lista de precios de la clínica).</translation>
    </message>
    <message>
        <source>{tax} at {rate} is added to these prices (the clinic&apos;s price list).</source>
        <translation>A estos precios se añade {tax} al {rate} (lista de precios de la clínica).</translation>
    </message>
    <message>
        <source>Add at least one session to the plan.</source>
        <translation>Añada al menos una sesión al plan.</translation>
    </message>
    <message>
        <source>Discount: {problem}</source>
        <translation>Descuento: {problem}</translation>
    </message>
    <message>
        <source>Deposit: {problem}</source>
        <translation>Depósito: {problem}</translation>
    </message>
    <message>
        <source>Valid until: {problem}</source>
        <translation>Válido hasta: {problem}</translation>
    </message>
    <message>
        <source>Valid until: enter the date the quote is valid to.</source>
        <translation>Válido hasta: introduzca la fecha hasta la que vale el presupuesto.</translation>
    </message>
    <message>
        <source>from the price list&apos;s deposit rule</source>
        <translation>según la regla de depósito de la lista de precios</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>introducido a mano</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Descuento del paquete ({package})</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>incluye {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposit to secure the first date</source>
        <translation>Depósito para reservar la primera fecha</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>No treatment plan yet. New plan… drafts the sessions from the approved design, dates from the follow-up intervals and prices from the clinic&apos;s price list.</source>
        <translation>Aún no hay plan de tratamiento. Nuevo plan… propone las sesiones a partir del diseño aprobado, las fechas según los intervalos de seguimiento y los precios de la lista de precios de la clínica.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <source>Draft a plan from the approved design and the price list</source>
        <translation>Preparar un plan a partir del diseño aprobado y la lista de precios</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Editar como nueva versión…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Partir de la versión seleccionada; esta queda como está y el cambio se guarda como una nueva versión</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Presupuesto…</translation>
    </message>
    <message>
        <source>The quote PDF for the client: print it or save it</source>
        <translation>El presupuesto en PDF para el cliente: imprímalo o guárdelo</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Take deposit…</source>
        <translation>Cobrar depósito…</translation>
    </message>
    <message>
        <source>Take the plan&apos;s deposit and print the receipt</source>
        <translation>Cobrar el depósito del plan e imprimir el recibo</translation>
    </message>
    <message>
        <source>Plans could not be read: {error}</source>
        <translation>No se pudieron leer los planes: {error}</translation>
    </message>
    <message>
        <source>Accepted plan {total} · paid {paid} · due {due}</source>
        <translation>Plan aceptado {total} · pagado {paid} · pendiente {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted {date}&lt;/b&gt;, signed by {name}.</source>
        <translation>&lt;b&gt;Aceptado el {date}&lt;/b&gt;, firmado por {name}.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Aún no aceptado.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Notes:&lt;/i&gt; {notes}</source>
        <translation>&lt;i&gt;Notas:&lt;/i&gt; {notes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date} by {name}</source>
        <translation>&lt;b&gt;Versión {version}&lt;/b&gt; — {date}, por {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date}</source>
        <translation>&lt;b&gt;Versión {version}&lt;/b&gt; — {date}</translation>
    </message>
    <message>
        <source>Accepted {date}: an accepted version is final; edit it as a new version to change it</source>
        <translation>Aceptado el {date}: una versión aceptada es definitiva; para cambiarla, edítela como nueva versión</translation>
    </message>
    <message>
        <source>The client reads the plan and signs for this version</source>
        <translation>El cliente lee el plan y firma esta versión</translation>
    </message>
    <message>
        <source>Plan not started</source>
        <translation>Plan no iniciado</translation>
    </message>
    <message>
        <source>New treatment plan</source>
        <translation>Nuevo plan de tratamiento</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan no abierto</translation>
    </message>
    <message>
        <source>Treatment plan: new version from version {version}</source>
        <translation>Plan de tratamiento: nueva versión a partir de la versión {version}</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Sin presupuesto</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <extracomment>The longest side of the copy the live preview is rendered on. The longest side of the copy shown as the canvas&apos;s background. At most one live render per this many milliseconds.</extracomment>
        <translation>No se pudo dibujar la vista previa: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>SMP preview — design version {version}</source>
        <translation>Vista previa de la micropigmentación — diseño, versión {version}</translation>
    </message>
    <message>
        <source>Divider position</source>
        <translation>Posición del divisor</translation>
    </message>
    <message>
        <source>The photo as it is (B)</source>
        <translation>La foto tal como es (B)</translation>
    </message>
    <message>
        <source>With the SMP simulated (A)</source>
        <translation>Con la micropigmentación simulada (A)</translation>
    </message>
    <message>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>Arrastre el divisor: antes a la izquierda, después a la derecha</translation>
    </message>
    <message>
        <source>The hairline and zones as drawn</source>
        <translation>La línea del cabello y las zonas tal como se dibujaron</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Save full resolution…</source>
        <translation>Guardar a resolución completa…</translation>
    </message>
    <message>
        <source>The preview shown, at the photo&apos;s own size, as a JPEG</source>
        <translation>La vista previa mostrada, al tamaño original de la foto, como JPEG</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Design version {version}, approved {date} by {name}. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Diseño, versión {version}, aprobado el {date} por {name}. Es una simulación: el resultado tras la cicatrización varía según el tipo de piel, el sol y los cuidados posteriores.</translation>
    </message>
    <message>
        <source>Design version {version}, not approved yet. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Diseño, versión {version}, aún sin aprobar. Es una simulación: el resultado tras la cicatrización varía según el tipo de piel, el sol y los cuidados posteriores.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{reason} Shown: the preview as saved with version {version}.</source>
        <translation>{reason} Se muestra la vista previa guardada con la versión {version}.</translation>
    </message>
    <message>
        <source>Save the preview</source>
        <translation>Guardar la vista previa</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Imágenes JPEG (*.jpg)</translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Treatment plan version {version}</source>
        <translation>Plan de tratamiento, versión {version}</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>total {total}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Recibo {number}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>◀ Previous year</source>
        <translation>◀ Año anterior</translation>
    </message>
    <message>
        <source>Next year ▶</source>
        <translation>Año siguiente ▶</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>The table on screen, for a spreadsheet</source>
        <translation>La tabla en pantalla, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{heading}. Entries in {currencies} are not added in.</source>
        <translation>{heading}. Los asientos en {currencies} no se suman.</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Payments less refunds and voids</source>
        <translation>Pagos menos reembolsos y anulaciones</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Heard about the clinic from</source>
        <translation>Conoció la clínica por</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Retoques pendientes</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} sesión, ingresos {revenue}; {consultations} consulta, {converted} pasaron a una primera sesión{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} sesión, ingresos {revenue}; {consultations} consultas, {converted} pasaron a una primera sesión{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} sesiones, ingresos {revenue}; {consultations} consulta, {converted} pasaron a una primera sesión{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} sesiones, ingresos {revenue}; {consultations} consultas, {converted} pasaron a una primera sesión{rate}</translation>
    </message>
    <message>
        <source>Save the year&apos;s reports</source>
        <translation>Guardar los informes del año</translation>
    </message>
    <message>
        <source>Save this table as CSV</source>
        <translation>Guardar esta tabla como CSV</translation>
    </message>
</context>
<context>
    <name>ScaledPicture</name>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
</context>
<context>
    <name>TakingsWindow</name>
    <message>
        <source>Day&apos;s takings</source>
        <translation>Caja del día</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Entries, in receipt order</source>
        <translation>Asientos, por orden de recibo</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payment</source>
        <translation>{day}: neto {net} de {count} pago</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payments</source>
        <translation>{day}: neto {net} de {count} pagos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>Payment, voided</source>
        <translation>Pago, anulado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Nothing was taken on this day.</source>
        <translation>Este día no se cobró nada.</translation>
    </message>
    <message>
        <source>Entries in {currencies} are listed but not added up; the totals are in {currency}.</source>
        <translation>Los asientos en {currencies} se listan pero no se suman; los totales están en {currency}.</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings</source>
        <translation>Guardar la caja del día</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings as CSV</source>
        <translation>Guardar la caja del día como CSV</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>designs.approve_dialog</name>
    <message>
        <source>I have seen this design (version {version}) and its preview. It is the hairline, shade and placement I chose together with my practitioner, and I am happy with them. I understand the preview is a simulation: the healed result varies with skin, sun and aftercare.</source>
        <extracomment>What the client confirms, in the consent form&apos;s words (&quot;I chose the hairline, shade and placement, and I am happy with them&quot;), tied to the version they see.</extracomment>
        <translation>He visto este diseño (versión {version}) y su vista previa. Es la línea del cabello, el tono y la ubicación que elegí junto con mi especialista, y estoy conforme con ellos. Entiendo que la vista previa es una simulación: el resultado tras la cicatrización varía según la piel, el sol y los cuidados posteriores.</translation>
    </message>
    <message>
        <source>Signing approves this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be approved again.</source>
        <translation>La firma aprueba esta versión de forma definitiva: después no se puede cambiar. Cualquier cambio se guarda como una nueva versión, que deberá aprobarse de nuevo.</translation>
    </message>
</context>
<context>
    <name>designs.canvas</name>
    <message>
        <source>Select: click a zone or a point; drag a point to move it, arrow keys nudge it (Shift: 10x), Delete removes it. Drag the picture to move around.</source>
        <extracomment>How near (screen pixels) a press must be to a handle or a line to grab it. Handle radius on screen, whatever the zoom. The hint the window&apos;s status bar shows for each tool (marked for translation: shown through ``translate(&quot;designs.canvas&quot;, hint)``).</extracomment>
        <translation>Seleccionar: haga clic en una zona o un punto; arrastre un punto para moverlo, las flechas lo desplazan (Mayús: 10x), Supr lo elimina. Arrastre la imagen para desplazarse.</translation>
    </message>
    <message>
        <source>Hairline: click to add a point (on the curve to insert one), drag a point to move it, right-click or Delete removes it. With symmetry, draw the left side.</source>
        <translation>Línea del cabello: haga clic para añadir un punto (sobre la curva para insertarlo), arrastre un punto para moverlo; clic derecho o Supr lo elimina. Con simetría, dibuje el lado izquierdo.</translation>
    </message>
    <message>
        <source>Zone: click the corners of the area; Enter or double-click closes it, Backspace takes back a corner, Esc cancels.</source>
        <translation>Zona: haga clic en las esquinas del área; Intro o doble clic la cierra, Retroceso quita una esquina, Esc cancela.</translation>
    </message>
    <message>
        <source>Scale: click two points a known distance apart (e.g. four fingers, about 7 cm, above the brow), then type the distance in cm.</source>
        <translation>Escala: haga clic en dos puntos a una distancia conocida (p. ej., cuatro dedos, unos 7 cm, sobre la ceja) y escriba la distancia en cm.</translation>
    </message>
</context>
<context>
    <name>designs.design_tab</name>
    <message>
        <source>Version {version} — {date} by {name}</source>
        <extracomment>Photo angles offered as a base, in the order a practitioner designs (front hairline first); close-ups and &quot;other&quot; come last.</extracomment>
        <translation>Versión {version} — {date}, por {name}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Versión {version} — {date}</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zone</source>
        <translation>Dibujado sobre: {base} · {count} zona</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zones</source>
        <translation>Dibujado sobre: {base} · {count} zonas</translation>
    </message>
    <message>
        <source>Approved {date}, signed by {name}</source>
        <translation>Aprobado el {date}, firmado por {name}</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Aún sin aprobar</translation>
    </message>
    <message>
        <source>No design yet.</source>
        <translation>Aún no hay diseño.</translation>
    </message>
    <message>
        <source>A design exists ({count} version; approved on {date}).</source>
        <translation>Existe un diseño ({count} versión; aprobado el {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; approved on {date}).</source>
        <translation>Existe un diseño ({count} versiones; aprobado el {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} version; not approved yet).</source>
        <translation>Existe un diseño ({count} versión; aún sin aprobar).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; not approved yet).</source>
        <translation>Existe un diseño ({count} versiones; aún sin aprobar).</translation>
    </message>
</context>
<context>
    <name>designs.designer</name>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Línea del cabello</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
</context>
<context>
    <name>designs.designer_edits</name>
    <message>
        <source>A hairline has at most {count} points.</source>
        <translation>Una línea del cabello tiene como máximo {count} puntos.</translation>
    </message>
    <message>
        <source>A design has at most {count} zones.</source>
        <translation>Un diseño tiene como máximo {count} zonas.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Una zona necesita al menos tres esquinas.</translation>
    </message>
    <message>
        <source>A zone has at most {count} corners.</source>
        <translation>Una zona tiene como máximo {count} esquinas.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners: delete the zone instead.</source>
        <translation>Una zona necesita al menos tres esquinas: en su lugar, elimine la zona.</translation>
    </message>
    <message>
        <source>Type a distance from {low} to {high} cm.</source>
        <translation>Escriba una distancia de {low} a {high} cm.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Marque dos puntos distintos para la escala.</translation>
    </message>
</context>
<context>
    <name>designs.designer_panel</name>
    <message>
        <source>set the scale for cm²</source>
        <extracomment>What the scale suggests before anything is typed: four fingers above the brow.</extracomment>
        <translation>fije la escala para ver cm²</translation>
    </message>
    <message>
        <source>{area} cm² · {count} impressions</source>
        <translation>{area} cm² · {count} impresiones</translation>
    </message>
    <message>
        <source>{number}. {kind} “{name}” · session {session}
    {size}</source>
        <translation>{number}. {kind} «{name}» · sesión {session}
    {size}</translation>
    </message>
    <message>
        <source>{number}. {kind} · session {session}
    {size}</source>
        <translation>{number}. {kind} · sesión {session}
    {size}</translation>
    </message>
    <message>
        <source>realistic {low}–{high}, typical {typical}</source>
        <translation>realista {low}–{high}, típica {typical}</translation>
    </message>
</context>
<context>
    <name>designs.preview_window</name>
    <message>
        <source>Before</source>
        <extracomment>The mode buttons&apos; words (shown through ``translate(&quot;designs.preview_window&quot;, word)``).</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Design drawing</source>
        <translation>Dibujo del diseño</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <extracomment>Longest side of the on-screen renders: sharp on a full-HD screen, quick to make.</extracomment>
        <translation>Sesión {session}</translation>
    </message>
    <message>
        <source>Final (after session {session})</source>
        <translation>Final (tras la sesión {session})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Preview not shown</source>
        <translation>Vista previa no mostrada</translation>
    </message>
</context>
<context>
    <name>payments.payment_dialog</name>
    <message>
        <source>&amp;Cash</source>
        <extracomment>Short words for the big method buttons; the full wording is the tooltip (shown through ``translate(&quot;payments.payment_dialog&quot;, word)``).</extracomment>
        <translation>&amp;Efectivo</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>Trans&amp;ferencia</translation>
    </message>
    <message>
        <source>Gift &amp;voucher</source>
        <translation>&amp;Vale regalo</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin recibo</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <comment>a list of choices</comment>
        <translation>{list} o {last}</translation>
    </message>
</context>
<context>
    <name>payments.payments_tab</name>
    <message>
        <source>Receipt</source>
        <extracomment>The table&apos;s headings (shown through ``translate(&quot;payments.payments_tab&quot;, heading)``).</extracomment>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cobrado el</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Cobrado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>VOID of {receipt}</source>
        <translation>ANULACIÓN de {receipt}</translation>
    </message>
    <message>
        <source>REFUND of {receipt}</source>
        <translation>REEMBOLSO de {receipt}</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ANULADO</translation>
    </message>
</context>
<context>
    <name>payments.takings_window</name>
    <message>
        <source>Paid by</source>
        <extracomment>The tables&apos; headings (shown through ``translate(&quot;payments.takings_window&quot;, heading)``).</extracomment>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Cobrado por</translation>
    </message>
</context>
<context>
    <name>plans.plan_accept</name>
    <message>
        <source>I have read this treatment plan (version {version}): the sessions, their proposed dates and prices, the total of {total} and the deposit of {deposit}. I accept it and the clinic&apos;s terms. Proposed dates may move with healing and the diary.</source>
        <translation>He leído este plan de tratamiento (versión {version}): las sesiones, sus fechas propuestas y precios, el total de {total} y el depósito de {deposit}. Lo acepto, así como las condiciones de la clínica. Las fechas propuestas pueden cambiar según la cicatrización y la agenda.</translation>
    </message>
    <message>
        <source>Signing accepts this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be accepted again.</source>
        <translation>La firma acepta esta versión de forma definitiva: después no se puede cambiar. Cualquier cambio se guarda como una nueva versión, que deberá aceptarse de nuevo.</translation>
    </message>
    <message>
        <source>to be booked</source>
        <translation>por reservar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Descuento del paquete ({package})</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>incluye {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Válido hasta el {date}.</translation>
    </message>
</context>
<context>
    <name>plans.plan_tab</name>
    <message>
        <source>Accepted {date}</source>
        <translation>Aceptado el {date}</translation>
    </message>
    <message>
        <source>Not accepted yet · valid until {date}</source>
        <translation>Aún no aceptado · válido hasta el {date}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Versión {version} — {date}</translation>
    </message>
    <message>
        <source>Total {total} · deposit {deposit}</source>
        <translation>Total {total} · depósito {deposit}</translation>
    </message>
</context>
<context>
    <name>reports.reports_window</name>
    <message>
        <source>Jan</source>
        <extracomment>Short month names (shown through ``translate(&quot;reports.reports_window&quot;, name)``).</extracomment>
        <translation>Ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dic</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Tab title -&gt; the table name :func:`smpdesk.app.reports.reports_csv` knows (the titles shown through ``translate(&quot;reports.reports_window&quot;, title)``).</extracomment>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <source>Heard about us</source>
        <translation>Cómo nos conocieron</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Retoques pendientes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
