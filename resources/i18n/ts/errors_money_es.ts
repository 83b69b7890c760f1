<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>There is no design with id {design_id}; check the number and try again.</source>
        <translation>No hay ningún diseño con el id {design_id}; compruebe el número e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The design was not approved: there is no signature; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: no hay ninguna firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la imagen de la firma es mucho más grande que una firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la firma no es una imagen PNG; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la imagen de la firma no tiene el tamaño de una firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is damaged; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la imagen de la firma está dañada; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is blank; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la firma está en blanco; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>El diseño no se ha aprobado: la imagen de la firma no es una firma hecha en la tableta; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; check the number and try again.</source>
        <translation>No hay ningún cliente con el id {client_id}; compruebe el número e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The session to show is a number from 1; leave it out for the finished result.</source>
        <translation>La sesión que se muestra es un número a partir de 1; omítala para ver el resultado final.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, has been deleted, so it cannot be drawn again; its saved preview is kept with the design.</source>
        <translation>La foto {photo_id}, sobre la que está dibujado este diseño, se ha eliminado, así que no se puede volver a dibujar; su vista previa guardada se conserva con el diseño.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, cannot be read ({reason}); run &apos;smpdesk check&apos; and restore a backup if it is damaged.</source>
        <translation>No se puede leer la foto {photo_id}, sobre la que está dibujado este diseño ({reason}); ejecute &apos;smpdesk check&apos; y restaure una copia de seguridad si está dañada.</translation>
    </message>
    <message>
        <source>Photo {photo_id} is not one of this client&apos;s photos; draw the design on one of theirs, or on a head outline.</source>
        <translation>La foto {photo_id} no es una de las fotos de este cliente; dibuje el diseño sobre una de las suyas o sobre un contorno de cabeza.</translation>
    </message>
    <message>
        <source>This design was drawn for a picture of another shape than its base; open the base again and draw the design on it.</source>
        <translation>Este diseño se dibujó para una imagen de otra forma que su base; vuelva a abrir la base y dibuje el diseño sobre ella.</translation>
    </message>
    <message>
        <source>Design {design_id} is not one of this client&apos;s; check the number.</source>
        <translation>El diseño {design_id} no es de este cliente; compruebe el número.</translation>
    </message>
    <message>
        <source>Version {version} was already approved on {day}; save a new version for any change and have that one signed.</source>
        <translation>La versión {version} ya se aprobó el {day}; guarde una nueva versión para cualquier cambio y haga que se firme esa.</translation>
    </message>
    <message>
        <source>Type the name the client signs as, then ask them to sign again.</source>
        <translation>Escriba el nombre con el que firma el cliente y pídale que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The name the client signs as is longer than {limit} characters.</source>
        <translation>El nombre con el que firma el cliente tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>Version {version} was approved meanwhile (or removed); reopen the client.</source>
        <translation>La versión {version} se ha aprobado mientras tanto (o se ha eliminado); vuelva a abrir el cliente.</translation>
    </message>
    <message>
        <source>{text} is not a date and time.</source>
        <translation>{text} no es una fecha y hora.</translation>
    </message>
    <message>
        <source>A design image needs at least 16 pixels on its long side.</source>
        <translation>Una imagen de diseño necesita al menos 16 píxeles en su lado largo.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} es una carpeta; indique un nombre de archivo como {example}.</translation>
    </message>
    <message>
        <source>The plan was not accepted: there is no signature; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: no hay ninguna firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la imagen de la firma es mucho más grande que una firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la firma no es una imagen PNG; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la imagen de la firma no tiene el tamaño de una firma; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is damaged; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la imagen de la firma está dañada; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is blank; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la firma está en blanco; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>El plan no se ha aceptado: la imagen de la firma no es una firma hecha en la tableta; pida al cliente que vuelva a firmar.</translation>
    </message>
    <message>
        <source>There is no plan with id {plan_id}; check the number and try again.</source>
        <translation>No hay ningún plan con el id {plan_id}; compruebe el número e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: version {version}&apos;s saved totals do not match its sessions; save the plan again as a new version.</source>
        <translation>Este plan de tratamiento no se puede usar: los totales guardados de la versión {version} no coinciden con sus sesiones; vuelva a guardar el plan como una nueva versión.</translation>
    </message>
    <message>
        <source>This plan is in {plan_currency} but the clinic&apos;s prices are in {currency}; draft it again from the price list.</source>
        <translation>Este plan está en {plan_currency}, pero los precios de la clínica están en {currency}; vuelva a prepararlo a partir de la lista de precios.</translation>
    </message>
    <message>
        <source>Plan {plan_id} is not one of this client&apos;s; check the number.</source>
        <translation>El plan {plan_id} no es de este cliente; compruebe el número.</translation>
    </message>
    <message>
        <source>Version {version} of this plan was already accepted; save a new version for any change and have that one signed.</source>
        <translation>La versión {version} de este plan ya se aceptó; guarde una nueva versión para cualquier cambio y haga que se firme esa.</translation>
    </message>
    <message>
        <source>This quote was valid until {day}; save it again as a new version with today&apos;s prices, then have that one signed.</source>
        <translation>Este presupuesto era válido hasta el {day}; vuelva a guardarlo como una nueva versión con los precios de hoy y haga que se firme esa.</translation>
    </message>
    <message>
        <source>Version {version} was accepted meanwhile (or removed); reopen the client.</source>
        <translation>La versión {version} se ha aceptado mientras tanto (o se ha eliminado); vuelva a abrir el cliente.</translation>
    </message>
    <message>
        <source>Plan {plan_id} cannot be printed: its amounts do not add up ({reason}).</source>
        <translation>No se puede imprimir el plan {plan_id}: sus importes no cuadran ({reason}).</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>No hay ningún pago {payment_id}; compruebe el número.</translation>
    </message>
    <message>
        <source>The note is too long; keep it under {limit} characters.</source>
        <translation>La nota es demasiado larga; no supere los {limit} caracteres.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under {limit} characters.</source>
        <translation>El motivo es demasiado largo; no supere los {limit} caracteres.</translation>
    </message>
    <message>
        <source>Give a reason for the void; it is printed and kept with it.</source>
        <translation>Indique un motivo para la anulación; se imprime y se guarda con ella.</translation>
    </message>
    <message>
        <source>Give a reason for the refund; it is printed and kept with it.</source>
        <translation>Indique un motivo para el reembolso; se imprime y se guarda con él.</translation>
    </message>
    <message>
        <source>The amount is in {amount_currency} but this is booked in {currency}; enter it in {currency}.</source>
        <translation>El importe está en {amount_currency}, pero esto se registra en {currency}; introdúzcalo en {currency}.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>No hay ningún cliente con el id {client_id}: compruebe el número e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Choose how it was paid: {choices}.</source>
        <translation>Elija cómo se ha pagado: {choices}.</translation>
    </message>
    <message>
        <source>Choose what it is for: {choices}.</source>
        <translation>Elija para qué es: {choices}.</translation>
    </message>
    <message>
        <source>Only {left} is left of payment {payment_id} to refund; enter that or less.</source>
        <translation>Solo quedan {left} del pago {payment_id} por reembolsar; introduzca esa cantidad o menos.</translation>
    </message>
    <message>
        <source>Days to keep the scalp dry must be a whole number from {low} to {high}.</source>
        <translation>Los días para mantener seco el cuero cabelludo deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The first wash day must be a whole number from {low} to {high}.</source>
        <translation>El día del primer lavado debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days without sweating must be a whole number from {low} to {high}.</source>
        <translation>Los días sin sudar deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The day full training starts must be a whole number from {low} to {high}.</source>
        <translation>El día en que empieza el entrenamiento completo debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days without shaving must be a whole number from {low} to {high}.</source>
        <translation>Los días sin afeitar deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The day a razor is allowed must be a whole number from {low} to {high}.</source>
        <translation>El día en que se permite la cuchilla debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days out of the sun must be a whole number from {low} to {high}.</source>
        <translation>Los días sin sol deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days without pools, sea or sauna must be a whole number from {low} to {high}.</source>
        <translation>Los días sin piscina, mar ni sauna deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days without moisturiser must be a whole number from {low} to {high}.</source>
        <translation>Los días sin crema hidratante deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>Days without hair dye must be a whole number from {low} to {high}.</source>
        <translation>Los días sin tinte deben ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The first wash must come after the last day kept dry.</source>
        <translation>El primer lavado debe ser posterior al último día en que se mantiene seco.</translation>
    </message>
    <message>
        <source>Full training must start after the last day without sweating.</source>
        <translation>El entrenamiento completo debe empezar después del último día sin sudar.</translation>
    </message>
    <message>
        <source>Razor shaving must start after the last day without shaving.</source>
        <translation>El afeitado con cuchilla debe empezar después del último día sin afeitar.</translation>
    </message>
    <message>
        <source>The aftercare day counts are unreadable; set them again in Settings.</source>
        <translation>Los días de los cuidados posteriores no se pueden leer; vuelva a indicarlos en Ajustes.</translation>
    </message>
    <message>
        <source>There is no care plan in the language {code}. Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>No hay hoja de cuidados en el idioma {code}. Elija uno de los idiomas en los que smpdesk redacta documentos: {listed}.</translation>
    </message>
    <message>
        <source>The care plan {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>No se pudo leer la hoja de cuidados {path} ({reason}); restaure el archivo o vuelva a instalar smpdesk.</translation>
    </message>
    <message>
        <source>{path}: the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path}: el archivo no es texto UTF-8; guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>These marks cannot line the photos up; mark them again.</source>
        <extracomment>Two marks closer than this (in normalised units) are one click twice, not two landmarks: the direction between them, and so the rotation, would be mostly marking error. A scale beyond this between two photos of one head is marks that do not correspond. Stored landmarks are two short pairs of numbers; anything longer was not written here.</extracomment>
        <translation>Estas marcas no permiten alinear las fotos; vuelva a marcarlas.</translation>
    </message>
    <message>
        <source>The two marks on a photo are at the same place; mark two points well apart.</source>
        <translation>Las dos marcas de una foto están en el mismo lugar; marque dos puntos bien separados.</translation>
    </message>
    <message>
        <source>A photo without a size cannot be lined up.</source>
        <translation>No se puede alinear una foto sin tamaño.</translation>
    </message>
    <message>
        <source>The marks on the two photos do not match (one pair is far larger than the other); mark the same two points on each.</source>
        <translation>Las marcas de las dos fotos no coinciden (un par es mucho más grande que el otro); marque los mismos dos puntos en cada una.</translation>
    </message>
    <message>
        <source>Mark exactly two points on each photo.</source>
        <translation>Marque exactamente dos puntos en cada foto.</translation>
    </message>
    <message>
        <source>A mark is not a position on the photo; mark it again.</source>
        <translation>Una marca no es una posición en la foto; vuelva a marcarla.</translation>
    </message>
    <message>
        <source>A mark lies outside the photo; mark it on the picture.</source>
        <translation>Una marca está fuera de la foto; márquela sobre la imagen.</translation>
    </message>
    <message>
        <source>The two marks are almost at the same place; mark two points apart.</source>
        <translation>Las dos marcas están casi en el mismo lugar; marque dos puntos separados.</translation>
    </message>
    <message>
        <source>The marks saved with this photo are unreadable; mark it again.</source>
        <translation>Las marcas guardadas con esta foto no se pueden leer; vuelva a marcarla.</translation>
    </message>
    <message>
        <source>This design cannot be read: the design is not a set of fields.</source>
        <translation>No se puede leer este diseño: el diseño no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This design cannot be read: its base is not a set of fields.</source>
        <translation>No se puede leer este diseño: su base no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This design cannot be read: its hairline is not a set of fields.</source>
        <translation>No se puede leer este diseño: su línea del cabello no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale is not a set of fields.</source>
        <translation>No se puede leer este diseño: su escala no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is not a set of fields.</source>
        <translation>No se puede leer este diseño: la zona {index} no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a number.</source>
        <translation>No se puede leer este diseño: un punto de la zona {index} no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a number.</source>
        <translation>No se puede leer este diseño: un punto de la línea del cabello no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a number.</source>
        <translation>No se puede leer este diseño: un punto de la escala no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is not a number.</source>
        <translation>No se puede leer este diseño: la densidad de la zona {index} no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is not a number.</source>
        <translation>No se puede leer este diseño: el tamaño de impresión de la zona {index} no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is not a number.</source>
        <translation>No se puede leer este diseño: la suavidad no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is not a number.</source>
        <translation>No se puede leer este diseño: la irregularidad no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is not a number.</source>
        <translation>No se puede leer este diseño: la línea central no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is not a number.</source>
        <translation>No se puede leer este diseño: la distancia de la escala no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is not a number.</source>
        <translation>No se puede leer este diseño: su relación de aspecto no es un número.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: un punto de la zona {index} está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: un punto de la línea del cabello está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: un punto de la escala está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: la densidad de la zona {index} está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: el tamaño de impresión de la zona {index} está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: la suavidad está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: la irregularidad está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: la línea central está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: la distancia de la escala está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is outside {lo}–{hi}.</source>
        <translation>No se puede leer este diseño: su relación de aspecto está fuera del intervalo {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its photo is not a whole number from {lo} to {hi}.</source>
        <translation>No se puede leer este diseño: su foto no es un número entero de {lo} a {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the dilution of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>No se puede leer este diseño: la dilución de la zona {index} no es un número entero de {lo} a {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the session of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>No se puede leer este diseño: la sesión de la zona {index} no es un número entero de {lo} a {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} is not a text of at most {limit} characters.</source>
        <translation>No se puede leer este diseño: el tono de la zona {index} no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} is not a text of at most {limit} characters.</source>
        <translation>No se puede leer este diseño: la aguja de la zona {index} no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} is not a text of at most {limit} characters.</source>
        <translation>No se puede leer este diseño: el nombre de la zona {index} no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes is not a text of at most {limit} characters.</source>
        <translation>No se puede leer este diseño: sus notas no son un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} holds a broken character.</source>
        <translation>No se puede leer este diseño: el tono de la zona {index} contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} holds a broken character.</source>
        <translation>No se puede leer este diseño: la aguja de la zona {index} contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} holds a broken character.</source>
        <translation>No se puede leer este diseño: el nombre de la zona {index} contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes holds a broken character.</source>
        <translation>No se puede leer este diseño: sus notas contienen un carácter dañado.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} needs {least} to {most} points.</source>
        <translation>No se puede leer este diseño: la zona {index} necesita de {least} a {most} puntos.</translation>
    </message>
    <message>
        <source>This design cannot be read: the hairline needs {least} to {most} points.</source>
        <translation>No se puede leer este diseño: la línea del cabello necesita de {least} a {most} puntos.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale needs {least} to {most} points.</source>
        <translation>No se puede leer este diseño: la escala necesita de {least} a {most} puntos.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a pair of numbers.</source>
        <translation>No se puede leer este diseño: un punto de la zona {index} no es un par de números.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a pair of numbers.</source>
        <translation>No se puede leer este diseño: un punto de la línea del cabello no es un par de números.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a pair of numbers.</source>
        <translation>No se puede leer este diseño: un punto de la escala no es un par de números.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is of an unknown kind.</source>
        <translation>No se puede leer este diseño: la zona {index} es de un tipo desconocido.</translation>
    </message>
    <message>
        <source>This design cannot be read: it was written by another version of smpdesk.</source>
        <translation>No se puede leer este diseño: lo escribió otra versión de smpdesk.</translation>
    </message>
    <message>
        <source>This design cannot be read: it names neither a photo nor a built-in outline.</source>
        <translation>No se puede leer este diseño: no indica ni una foto ni un contorno incorporado.</translation>
    </message>
    <message>
        <source>This design cannot be read: its symmetry is not yes or no.</source>
        <translation>No se puede leer este diseño: su simetría no es sí o no.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale marks one point twice.</source>
        <translation>No se puede leer este diseño: su escala marca dos veces el mismo punto.</translation>
    </message>
    <message>
        <source>This design cannot be read: its zones are not a list.</source>
        <translation>No se puede leer este diseño: sus zonas no son una lista.</translation>
    </message>
    <message>
        <source>This design cannot be read: it has more than {limit} zones.</source>
        <translation>No se puede leer este diseño: tiene más de {limit} zonas.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is far larger than any design.</source>
        <translation>No se puede leer este diseño: es mucho más grande que cualquier diseño.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is not valid JSON.</source>
        <translation>No se puede leer este diseño: no es JSON válido.</translation>
    </message>
    <message>
        <source>Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>Elija uno de los idiomas en los que smpdesk redacta documentos: {listed}.</translation>
    </message>
    <message>
        <source>Enter an amount, such as 150.00.</source>
        <translation>Introduzca un importe, por ejemplo 150.00.</translation>
    </message>
    <message>
        <source>That amount is too long; enter it in digits, such as 150.00.</source>
        <translation>Ese importe es demasiado largo; introdúzcalo en cifras, por ejemplo 150.00.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign; amounts are always positive.</source>
        <translation>Introduzca el importe sin signo menos; los importes son siempre positivos.</translation>
    </message>
    <message>
        <source>{currency} has three decimals, so {amount} is unclear; write it with a point for decimals ({with_point}) or without the comma ({without_comma}).</source>
        <translation>{currency} tiene tres decimales, así que {amount} no está claro; escríbalo con un punto para los decimales ({with_point}) o sin la coma ({without_comma}).</translation>
    </message>
    <message>
        <source>Write the amount with a point for decimals, such as 150.50.</source>
        <translation>Escriba el importe con un punto para los decimales, por ejemplo 150.50.</translation>
    </message>
    <message>
        <source>Enter the amount in digits, such as 150.00.</source>
        <translation>Introduzca el importe en cifras, por ejemplo 150.00.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals; enter whole units.</source>
        <translation>Los importes en {currency} no tienen decimales; introduzca unidades enteras.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {digits} decimals.</source>
        <translation>Los importes en {currency} tienen como máximo {digits} decimales.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>That amount is over {limit} {currency}; check the number of digits.</source>
        <translation>Ese importe supera {limit} {currency}; compruebe el número de cifras.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date.</source>
        <translation>Este plan de tratamiento no se puede usar: la fecha de la sesión {n} no es una fecha.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date.</source>
        <translation>Este plan de tratamiento no se puede usar: la fecha hasta la que es válido no es una fecha.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date.</source>
        <translation>Este plan de tratamiento no se puede usar: su fecha de validez no es una fecha.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date written YYYY-MM-DD.</source>
        <translation>Este plan de tratamiento no se puede usar: la fecha de la sesión {n} no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date written YYYY-MM-DD.</source>
        <translation>Este plan de tratamiento no se puede usar: la fecha hasta la que es válido no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date written YYYY-MM-DD.</source>
        <translation>Este plan de tratamiento no se puede usar: su fecha de validez no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} is not a text of at most {limit} characters.</source>
        <translation>Este plan de tratamiento no se puede usar: la línea de la sesión {n} no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name is not a text of at most {limit} characters.</source>
        <translation>Este plan de tratamiento no se puede usar: el nombre de su paquete no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax is not a text of at most {limit} characters.</source>
        <translation>Este plan de tratamiento no se puede usar: el nombre de su impuesto no es un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms is not a text of at most {limit} characters.</source>
        <translation>Este plan de tratamiento no se puede usar: sus condiciones no son un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes is not a text of at most {limit} characters.</source>
        <translation>Este plan de tratamiento no se puede usar: sus notas no son un texto de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} holds a broken character.</source>
        <translation>Este plan de tratamiento no se puede usar: la línea de la sesión {n} contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name holds a broken character.</source>
        <translation>Este plan de tratamiento no se puede usar: el nombre de su paquete contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax holds a broken character.</source>
        <translation>Este plan de tratamiento no se puede usar: el nombre de su impuesto contiene un carácter dañado.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms holds a broken character.</source>
        <translation>Este plan de tratamiento no se puede usar: sus condiciones contienen un carácter dañado.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes holds a broken character.</source>
        <translation>Este plan de tratamiento no se puede usar: sus notas contienen un carácter dañado.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not an amount from 0 to {ceiling}.</source>
        <translation>Este plan de tratamiento no se puede usar: el precio de la sesión {n} no es un importe de 0 a {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not an amount from 0 to {ceiling}.</source>
        <translation>Este plan de tratamiento no se puede usar: su descuento no es un importe de 0 a {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not an amount from 0 to {ceiling}.</source>
        <translation>Este plan de tratamiento no se puede usar: su señal no es un importe de 0 a {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not in {code}.</source>
        <translation>Este plan de tratamiento no se puede usar: su descuento no está expresado en {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not in {code}.</source>
        <translation>Este plan de tratamiento no se puede usar: su señal no está expresada en {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its currency is not one smpdesk knows.</source>
        <translation>Este plan de tratamiento no se puede usar: su moneda no es una que smpdesk conozca.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not of a kind smpdesk lists.</source>
        <translation>Este plan de tratamiento no se puede usar: la sesión {n} no es de un tipo que smpdesk incluya.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate is not a percentage from 0 to 100.</source>
        <translation>Este plan de tratamiento no se puede usar: su tipo de impuesto no es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it has more than {limit} sessions.</source>
        <translation>Este plan de tratamiento no se puede usar: tiene más de {limit} sesiones.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not in {code}.</source>
        <translation>Este plan de tratamiento no se puede usar: el precio de la sesión {n} no está expresado en {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is more than the sessions cost.</source>
        <translation>Este plan de tratamiento no se puede usar: su descuento es mayor que el coste de las sesiones.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is more than its total.</source>
        <translation>Este plan de tratamiento no se puede usar: su señal es mayor que su total.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its total is over {ceiling} {code}.</source>
        <translation>Este plan de tratamiento no se puede usar: su total supera {ceiling} {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: whether its prices include tax is not yes or no.</source>
        <translation>Este plan de tratamiento no se puede usar: si sus precios incluyen impuestos no es sí o no.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate has more than three decimals.</source>
        <translation>Este plan de tratamiento no se puede usar: su tipo de impuesto tiene más de tres decimales.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not a set of fields.</source>
        <translation>Este plan de tratamiento no se puede usar: no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it was written by another version of smpdesk.</source>
        <translation>Este plan de tratamiento no se puede usar: lo escribió otra versión de smpdesk.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its sessions are not a list of at most {limit}.</source>
        <translation>Este plan de tratamiento no se puede usar: sus sesiones no son una lista de {limit} como máximo.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not a set of fields.</source>
        <translation>Este plan de tratamiento no se puede usar: la sesión {n} no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is far larger than any plan.</source>
        <translation>Este plan de tratamiento no se puede usar: es mucho más grande que cualquier plan.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not valid JSON.</source>
        <translation>Este plan de tratamiento no se puede usar: no es JSON válido.</translation>
    </message>
    <message>
        <source>The price list has no package called {name}; choose one of its packages.</source>
        <translation>La lista de precios no tiene ningún paquete llamado {name}; elija uno de sus paquetes.</translation>
    </message>
    <message>
        <source>Choose at least one session for the plan.</source>
        <translation>Elija al menos una sesión para el plan.</translation>
    </message>
    <message>
        <source>A plan holds at most {limit} sessions.</source>
        <translation>Un plan tiene como máximo {limit} sesiones.</translation>
    </message>
    <message>
        <source>Choose the sessions from smpdesk&apos;s kinds: {kinds}.</source>
        <translation>Elija las sesiones entre los tipos de smpdesk: {kinds}.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1984-03-27.</source>
        <translation>Introduzca la fecha como AAAA-MM-DD, p. ej. 1984-03-27.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s given name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s family name.</source>
        <translation>Introduzca los apellidos del cliente.</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>No supere los {limit} caracteres.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Check the year: a date of birth must be from {oldest} ({years} years ago) to today.</source>
        <translation>Compruebe el año: una fecha de nacimiento debe estar entre el {oldest} (hace {years} años) y hoy.</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Elija una de las opciones de la lista.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only.</source>
        <translation>Use solo cifras, espacios, +, - y paréntesis.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Un número de teléfono tiene de 6 a 15 cifras.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Write the emergency number in digits, such as 999, 112 or 911.</source>
        <translation>Escriba el número de emergencias en cifras, como 999, 112 o 911.</translation>
    </message>
    <message>
        <source>Keep the clinic name under 120 characters.</source>
        <translation>El nombre de la clínica no debe superar los 120 caracteres.</translation>
    </message>
    <message>
        <source>Keep the address under 400 characters.</source>
        <translation>La dirección no debe superar los 400 caracteres.</translation>
    </message>
    <message>
        <source>Keep the phone number under 40 characters.</source>
        <translation>El número de teléfono no debe superar los 40 caracteres.</translation>
    </message>
    <message>
        <source>Keep the email address under 120 characters.</source>
        <translation>La dirección de correo electrónico no debe superar los 120 caracteres.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>Elija A4 o Carta.</translation>
    </message>
    <message>
        <source>Choose a date style from the list.</source>
        <translation>Elija un formato de fecha de la lista.</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>El logotipo es demasiado grande; use una imagen de menos de 2 MB.</translation>
    </message>
    <message>
        <source>Follow-up intervals are whole days from 1 to 3650.</source>
        <translation>Los intervalos de seguimiento son días enteros de 1 a 3650.</translation>
    </message>
    <message>
        <source>Warn about old backups after 1 to 365 days.</source>
        <translation>Avise de las copias de seguridad antiguas tras 1 a 365 días.</translation>
    </message>
    <message>
        <source>Lock the screen after 1 to 60 idle minutes.</source>
        <translation>Bloquee la pantalla tras 1 a 60 minutos de inactividad.</translation>
    </message>
    <message>
        <source>Keep records for {low} to {high} years after the last visit.</source>
        <translation>Conserve las fichas de {low} a {high} años después de la última visita.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups of each kind.</source>
        <translation>Conserve entre 1 y 1000 copias de seguridad de cada tipo.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s currency from the list.</source>
        <translation>Elija la moneda de la clínica de la lista.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Elija de la lista cómo se escriben los importes.</translation>
    </message>
    <message>
        <source>The price list is missing; open the Prices page again.</source>
        <translation>Falta la lista de precios; vuelva a abrir la página Precios.</translation>
    </message>
    <message>
        <source>The prices are in {prices}, not {currency}; enter them again in {currency}.</source>
        <translation>Los precios están en {prices}, no en {currency}; vuelva a introducirlos en {currency}.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be saved; retype it.</source>
        <translation>Contiene caracteres que no se pueden guardar; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Give the date the patch test was applied.</source>
        <translation>Indique la fecha en que se aplicó la prueba de alergia.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>La fecha de aplicación no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Name the pigment tested (brand and shade).</source>
        <translation>Indique el pigmento probado (marca y tono).</translation>
    </message>
    <message>
        <source>Choose negative, positive, inconclusive or not read yet.</source>
        <translation>Elija negativo, positivo, no concluyente o aún sin leer.</translation>
    </message>
    <message>
        <source>A test not read yet has no reading date: choose its result.</source>
        <translation>Una prueba aún sin leer no tiene fecha de lectura: elija su resultado.</translation>
    </message>
    <message>
        <source>Give the date the patch test was read.</source>
        <translation>Indique la fecha en que se leyó la prueba de alergia.</translation>
    </message>
    <message>
        <source>The reading date cannot be in the future.</source>
        <translation>La fecha de lectura no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The test cannot be read before it was applied.</source>
        <translation>La prueba no se puede leer antes de haberse aplicado.</translation>
    </message>
    <message>
        <source>Say who read the patch test.</source>
        <translation>Indique quién leyó la prueba de alergia.</translation>
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100.</source>
        <translation>El tipo impositivo es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>The consultation fee must be above zero and at most {amount} {code}.</source>
        <translation>La tarifa de consulta debe ser mayor que cero y como máximo {amount} {code}.</translation>
    </message>
    <message>
        <source>Price only the session types smpdesk lists.</source>
        <translation>Ponga precio solo a los tipos de sesión que enumera smpdesk.</translation>
    </message>
    <message>
        <source>The price of a {session} must be above zero and at most {amount} {code}.</source>
        <translation>El precio de {session} debe ser mayor que cero y como máximo {amount} {code}.</translation>
    </message>
    <message>
        <source>Give the tax rate with at most three decimals.</source>
        <translation>Indique el tipo impositivo con tres decimales como máximo.</translation>
    </message>
    <message>
        <source>Name the tax (VAT, GST...) in {limit} characters or fewer.</source>
        <translation>Indique el nombre del impuesto (IVA, GST...) en {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Quotes stay valid for {low} to {high} days.</source>
        <translation>Los presupuestos son válidos de {low} a {high} días.</translation>
    </message>
    <message>
        <source>Keep the terms under {limit} characters.</source>
        <translation>Las condiciones no deben superar los {limit} caracteres.</translation>
    </message>
    <message>
        <source>List at most {count} packages.</source>
        <translation>Incluya {count} paquetes como máximo.</translation>
    </message>
    <message>
        <source>Give every package a name.</source>
        <translation>Dé un nombre a cada paquete.</translation>
    </message>
    <message>
        <source>Keep package names under {limit} characters.</source>
        <translation>Los nombres de los paquetes no deben superar los {limit} caracteres.</translation>
    </message>
    <message>
        <source>Two packages are called {name}; give each its own name.</source>
        <translation>Hay dos paquetes llamados {name}; dé a cada uno su propio nombre.</translation>
    </message>
    <message>
        <source>A package holds 1 to {count} sessions.</source>
        <translation>Un paquete incluye de 1 a {count} sesiones.</translation>
    </message>
    <message>
        <source>A package holds only the session types smpdesk lists.</source>
        <translation>Un paquete incluye solo los tipos de sesión que enumera smpdesk.</translation>
    </message>
    <message>
        <source>The price of the package {name} must be above zero and at most {amount} {code}.</source>
        <translation>El precio del paquete {name} debe ser mayor que cero y como máximo {amount} {code}.</translation>
    </message>
    <message>
        <source>Choose a deposit: a fixed amount or a percentage.</source>
        <translation>Elija una señal: un importe fijo o un porcentaje.</translation>
    </message>
    <message>
        <source>The deposit must be above zero and at most {amount} {code}.</source>
        <translation>La señal debe ser mayor que cero y como máximo {amount} {code}.</translation>
    </message>
    <message>
        <source>The deposit percentage is from 0 to 100.</source>
        <translation>El porcentaje de la señal va de 0 a 100.</translation>
    </message>
    <message>
        <source>Give the deposit percentage with at most two decimals.</source>
        <translation>Indique el porcentaje de la señal con dos decimales como máximo.</translation>
    </message>
    <message>
        <source>Enter the session date.</source>
        <translation>Introduzca la fecha de la sesión.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Introduzca la fecha como AAAA-MM-DD, p. ej. 2026-11-22.</translation>
    </message>
    <message>
        <source>A session cannot be recorded for a future date.</source>
        <translation>No se puede registrar una sesión con una fecha futura.</translation>
    </message>
    <message>
        <source>Check the year: a session date must be from {earliest} to today.</source>
        <translation>Compruebe el año: la fecha de una sesión debe estar entre el {earliest} y hoy.</translation>
    </message>
    <message>
        <source>Choose the kind of session.</source>
        <translation>Elija el tipo de sesión.</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Introduzca la hora como HH:MM, p. ej. 09:30.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>La hora de fin debe ser posterior a la hora de inicio.</translation>
    </message>
    <message>
        <source>Choose areas from the list.</source>
        <translation>Elija las zonas de la lista.</translation>
    </message>
    <message>
        <source>Enter the expiry date as YYYY-MM-DD.</source>
        <translation>Introduzca la fecha de caducidad como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Check the year: a pigment expiry date must be from {earliest} to {latest}.</source>
        <translation>Compruebe el año: la fecha de caducidad de un pigmento debe estar entre el {earliest} y el {latest}.</translation>
    </message>
    <message>
        <source>This pigment had expired by the session date; check the lot and its expiry.</source>
        <translation>Este pigmento ya había caducado en la fecha de la sesión; compruebe el lote y su caducidad.</translation>
    </message>
    <message>
        <source>Enter the diameter in mm, e.g. 0.25.</source>
        <translation>Introduzca el diámetro en mm, p. ej. 0.25.</translation>
    </message>
    <message>
        <source>Enter the duration in whole minutes (1 to 720).</source>
        <translation>Introduzca la duración en minutos enteros (de 1 a 720).</translation>
    </message>
    <message>
        <source>Enter a pain score from 0 to 10.</source>
        <translation>Introduzca una puntuación de dolor de 0 a 10.</translation>
    </message>
    <message>
        <source>Enter the appointment as YYYY-MM-DD HH:MM.</source>
        <translation>Introduzca la cita como AAAA-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>La próxima cita debe ser posterior a esta sesión.</translation>
    </message>
    <message>
        <source>Check the year: the next appointment must be no later than {latest} ({years} years ahead).</source>
        <translation>Compruebe el año: la próxima cita no puede ser posterior al {latest} (dentro de {years} años).</translation>
    </message>
    <message>
        <source>Keep the practitioner&apos;s name under 120 characters.</source>
        <translation>El nombre del especialista no debe superar los 120 caracteres.</translation>
    </message>
    <message>
        <source>Keep this under 2000 characters.</source>
        <translation>No supere los 2000 caracteres.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Una contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>That password is too common to protect health records; choose another.</source>
        <translation>Esa contraseña es demasiado común para proteger fichas de salud; elija otra.</translation>
    </message>
    <message>
        <source>A password must be more than the account&apos;s name and a number; choose another.</source>
        <translation>Una contraseña debe ser algo más que el nombre de la cuenta y un número; elija otra.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Un PIN tiene de {low} a {high} cifras.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess; choose another.</source>
        <translation>Ese PIN es demasiado fácil de adivinar; elija otro.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 1 a 32 letras minúsculas, cifras, puntos, guiones o guiones bajos, y empieza por una letra o una cifra.</translation>
    </message>
    <message>
        <source>Give the staff member&apos;s name as it should appear.</source>
        <translation>Indique el nombre del miembro del personal tal como debe aparecer.</translation>
    </message>
    <message>
        <source>A name is one line of at most 80 characters.</source>
        <translation>Un nombre es una sola línea de 80 caracteres como máximo.</translation>
    </message>
</context>
</TS>
