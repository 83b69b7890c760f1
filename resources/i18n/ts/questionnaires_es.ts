<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AftercarePreview</name>
    <message>
        <source>care plan version {version}</source>
        <translation>hoja de cuidados, versión {version}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>AnswerProblems</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Responda a esta pregunta, por favor.</translation>
    </message>
    <message>
        <source>Please tick the box to confirm.</source>
        <translation>Marque la casilla para confirmar, por favor.</translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation>Firme en el recuadro, por favor.</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>Elija una respuesta, por favor.</translation>
    </message>
    <message>
        <source>Please choose at least one answer.</source>
        <translation>Elija al menos una respuesta, por favor.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Responda sí o no, por favor.</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Escriba una fecha, por favor.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Escriba un número, por favor.</translation>
    </message>
    <message>
        <source>Please type your answer.</source>
        <translation>Escriba su respuesta, por favor.</translation>
    </message>
    <message>
        <source>Please keep this to {count} characters.</source>
        <translation>Use como máximo {count} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Escriba un número entero, por favor.</translation>
    </message>
    <message>
        <source>Please enter a number from {low} to {high}{unit}.</source>
        <translation>Escriba un número de {low} a {high}{unit}, por favor.</translation>
    </message>
    <message>
        <source>Please enter a number of {low}{unit} or more.</source>
        <translation>Escriba un número igual o mayor que {low}{unit}, por favor.</translation>
    </message>
    <message>
        <source>Please enter a number of {high}{unit} or less.</source>
        <translation>Escriba un número igual o menor que {high}{unit}, por favor.</translation>
    </message>
    <message>
        <source>Please enter a real date.</source>
        <translation>Escriba una fecha válida, por favor.</translation>
    </message>
    <message>
        <source>Please enter today&apos;s date.</source>
        <translation>Escriba la fecha de hoy, por favor.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Esta fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>Esta fecha no puede ser pasada.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Elija una de las respuestas, por favor.</translation>
    </message>
    <message>
        <source>Please choose from the answers shown.</source>
        <translation>Elija entre las respuestas que se muestran, por favor.</translation>
    </message>
    <message>
        <source>&quot;{answer}&quot; cannot be ticked together with other answers.</source>
        <translation>«{answer}» no se puede marcar junto con otras respuestas.</translation>
    </message>
    <message>
        <source>Please choose at least {count}.</source>
        <translation>Elija al menos {count}, por favor.</translation>
    </message>
    <message>
        <source>Please choose at most {count}.</source>
        <translation>Elija como máximo {count}, por favor.</translation>
    </message>
    <message>
        <source>Please sign again in the box.</source>
        <translation>Vuelva a firmar en el recuadro, por favor.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month.</source>
        <translation>Esa fecha no existe; compruebe el día y el mes.</translation>
    </message>
    <message>
        <source>Please enter a date as {form}.</source>
        <translation>Escriba la fecha como {form}, por favor.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Flags for the practitioner</source>
        <translation>Alertas para el especialista</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change answers on {page}</source>
        <translation>Cambiar las respuestas de «{page}»</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>ClientModeDialog</name>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Entregar el portátil al cliente</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. Choose a code you will type to leave client mode; it is not stored anywhere.</source>
        <translation>El formulario ocupará toda la pantalla y mostrará solo este cuestionario para {name}. Elija un código que escribirá para salir del modo cliente; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Practitioner code:</source>
        <translation>Código del especialista:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Repítalo:</translation>
    </message>
    <message>
        <source>Start client mode</source>
        <translation>Iniciar modo cliente</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Use al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two codes are different; type them again.</source>
        <translation>Los dos códigos no coinciden; escríbalos de nuevo.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>Enter the date as {form}, for example {example}.</source>
        <translation>Escriba la fecha como {form}, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Type the year in full, for example {example}.</source>
        <translation>Escriba el año completo, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month ({form}).</source>
        <translation>Esa fecha no existe; compruebe el día y el mes ({form}).</translation>
    </message>
    <message>
        <source>That date is a {actual}, not a {typed}; check the date.</source>
        <translation>Esa fecha es {actual}, no {typed}; compruebe la fecha.</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <source>{title} ({count}, most serious first; scroll for all)</source>
        <translation>{title} ({count}, las más graves primero; desplácese para ver todas)</translation>
    </message>
    <message>
        <source>Contraindication flags could not be read: {error}</source>
        <translation>No se han podido leer las alertas de contraindicaciones: {error}</translation>
    </message>
    <message>
        <source>No contraindication flags in the latest questionnaires.</source>
        <translation>No hay alertas de contraindicaciones en los últimos cuestionarios.</translation>
    </message>
    <message>
        <source>Medical history: a draft is waiting to be finished (Questionnaires tab).</source>
        <translation>Historial médico: hay un borrador pendiente de terminar (pestaña Cuestionarios).</translation>
    </message>
    <message>
        <source>Medical history not answered yet.</source>
        <translation>Historial médico aún sin responder.</translation>
    </message>
</context>
<context>
    <name>FormRunner</name>
    <message>
        <source>An answer above changed after signing, so the signature was cleared: please sign again.</source>
        <translation>Una respuesta anterior cambió después de firmar, así que se ha borrado la firma: vuelva a firmar, por favor.</translation>
    </message>
    <message>
        <source>Only for some answers above: nothing to do here now.</source>
        <translation>Solo para algunas respuestas anteriores: ahora no hay nada que hacer aquí.</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Volver a la revisión</translation>
    </message>
    <message>
        <source>Straight back to the review, once this page is right</source>
        <translation>Volver directamente a la revisión en cuanto esta página esté bien</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <source>Practitioner…</source>
        <translation>Especialista…</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Las preguntas marcadas con * deben responderse.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>A signed answer changes only in a new version, signed again</source>
        <translation>Una respuesta firmada solo cambia en una nueva versión, que se vuelve a firmar</translation>
    </message>
    <message>
        <source>Practitioner code</source>
        <translation>Código del especialista</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the laptop back.</source>
        <translation>Gracias. Sus respuestas se han guardado.
Devuelva el portátil, por favor.</translation>
    </message>
    <message>
        <source>Leave client mode</source>
        <translation>Salir del modo cliente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Hide the code box and carry on with the form</source>
        <translation>Ocultar el cuadro del código y seguir con el formulario</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Especialista:</translation>
    </message>
    <message>
        <source>{signed} — these answers are sealed</source>
        <translation>{signed} — estas respuestas están selladas</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. What you typed is still here; please ask the practitioner. ({error})</source>
        <translation>Ahora mismo no se han podido guardar sus respuestas. Lo que ha escrito sigue aquí; consulte al especialista, por favor. ({error})</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now: {error} What you typed is still here.</source>
        <translation>Ahora mismo no se han podido guardar sus respuestas: {error} Lo que ha escrito sigue aquí.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {where}</source>
        <translation>Paso {step} de {total} · {where}</translation>
    </message>
    <message>
        <source>These answers are signed and sealed</source>
        <translation>Estas respuestas están firmadas y selladas</translation>
    </message>
    <message>
        <source>Signed answers are sealed</source>
        <translation>Las respuestas firmadas están selladas</translation>
    </message>
    <message>
        <source>{note}. To change anything now, please ask the practitioner.</source>
        <translation>{note}. Para cambiar algo ahora, consulte al especialista, por favor.</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>A change needs a new version of this form, which is signed again. This version is kept exactly as it was signed, with its PDF record, and both are listed.</source>
        <translation>Un cambio requiere una nueva versión de este formulario, que se vuelve a firmar. Esta versión se conserva exactamente como se firmó, con su registro en PDF, y ambas aparecen en la lista.</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Iniciar una nueva versión</translation>
    </message>
    <message>
        <source>Finish this version first</source>
        <translation>Termine primero esta versión</translation>
    </message>
    <message>
        <source>This version must first be finished as it was signed: complete &quot;{question}&quot; on &quot;{page}&quot;, then start the new version.</source>
        <translation>Primero hay que terminar esta versión tal como se firmó: complete «{question}» en «{page}» y después inicie la nueva versión.</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>No se ha iniciado ninguna versión nueva</translation>
    </message>
    <message>
        <source>This version was saved. {error}</source>
        <translation>Esta versión se ha guardado. {error}</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please ask the practitioner.

{error}</source>
        <translation>No se han podido guardar sus respuestas. Consulte al especialista, por favor.

{error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>That is not the code.</source>
        <translation>Ese no es el código.</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>Espere…</translation>
    </message>
    <message>
        <source>Wrong code. Try again in 1 second.</source>
        <translation>Código incorrecto. Vuelva a intentarlo dentro de 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. Try again in %n seconds.</source>
        <translation>
            <numerusform>Código incorrecto. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Código incorrecto. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can type the code again.</source>
        <translation>Ya puede volver a escribir el código.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page, {paper} paper</source>
        <translation>1 página, papel {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n pages, {paper} paper</source>
        <translation>
            <numerusform>%n página, papel {paper}</numerusform>
            <numerusform>%n páginas, papel {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Compruebe la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PractitionerUnlock</name>
    <message>
        <source>A practitioner&apos;s PIN</source>
        <translation>PIN de un especialista</translation>
    </message>
    <message>
        <source>A practitioner&apos;s password</source>
        <translation>Contraseña de un especialista</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amounts written as</source>
        <translation>Formato de los importes</translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation>Tarifa de consulta</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>Añadir paquete</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Quitar paquete</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Los precios incluyen impuestos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>%  called</source>
        <comment>tax rate in percent, then the tax&apos;s name</comment>
        <translation>%  con el nombre</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Below the VAT threshold, or not registered: leave the rate at 0.</source>
        <translation>Por debajo del umbral del IVA o sin alta en el IVA: deje el tipo en 0.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>Quotes stay valid for</source>
        <translation>Los presupuestos son válidos durante</translation>
    </message>
    <message>
        <source>e.g. Deposits secure the date and are kept if cancelled with less than 48 hours&apos; notice.</source>
        <translation>p. ej., la señal reserva la fecha y no se devuelve si se cancela con menos de 48 horas de antelación.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Prices appear as quick picks when taking a payment; the currency is the one receipts and takings are kept in.</source>
        <translation>Los precios aparecen como opciones rápidas al cobrar; la moneda es aquella en la que se llevan los recibos y la caja.</translation>
    </message>
    <message>
        <source>For example {amount}</source>
        <translation>Por ejemplo {amount}</translation>
    </message>
    <message>
        <source>Package {name}</source>
        <translation>Paquete {name}</translation>
    </message>
    <message>
        <source>Package {number}</source>
        <translation>Paquete {number}</translation>
    </message>
    <message>
        <source>{package}: give the package a name.</source>
        <translation>{package}: ponga un nombre al paquete.</translation>
    </message>
    <message>
        <source>{package}: choose the sessions it holds (the Sessions button).</source>
        <translation>{package}: elija las sesiones que incluye (botón de la columna Sesiones).</translation>
    </message>
    <message>
        <source>Tax rate: {error}</source>
        <translation>Tipo de impuesto: {error}</translation>
    </message>
    <message>
        <source>Deposit: the percentage is a number from 0 to 100, such as 20.</source>
        <translation>Señal: el porcentaje es un número de 0 a 100, por ejemplo 20.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Not answered yet: click an answer, or use the arrow keys or Space.</source>
        <translation>Aún sin responder: haga clic en una respuesta o use las flechas o la barra espaciadora.</translation>
    </message>
    <message>
        <source>I have read this and agree</source>
        <translation>He leído esto y estoy de acuerdo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Please enter a whole number, like 12.</source>
        <translation>Escriba un número entero, por ejemplo 12.</translation>
    </message>
    <message>
        <source>Please enter a number, like 12 or 12.5.</source>
        <translation>Escriba un número, por ejemplo 12 o 12,5.</translation>
    </message>
    <message>
        <source>Sealed by a signature: a change needs a new version</source>
        <translation>Sellada por una firma: un cambio requiere una nueva versión</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Hand to client…</source>
        <translation>Entregar al cliente…</translation>
    </message>
    <message>
        <source>Full screen, only this form; leaving needs your practitioner code</source>
        <translation>Pantalla completa, solo este formulario; para salir hace falta su código de especialista</translation>
    </message>
    <message>
        <source>Open forms folder</source>
        <translation>Abrir carpeta de formularios</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>column: when the form was answered</comment>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Registro firmado…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questionnaires&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuestionarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt;</source>
        <comment>heading: the answered forms</comment>
        <translation>&lt;b&gt;Respondidos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unavailable: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <source>Draft saved {when}</source>
        <translation>Borrador guardado: {when}</translation>
    </message>
    <message>
        <source>Last answered {when}</source>
        <translation>Última respuesta: {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>{form} (draft)</source>
        <translation>{form} (borrador)</translation>
    </message>
    <message>
        <source>Draft saved {when}; the form file is unavailable, so it continues from the copy it was started with</source>
        <translation>Borrador guardado: {when}; el archivo del formulario no está disponible, así que continúa con la copia con la que se empezó</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>PDF firmado</translation>
    </message>
    <message>
        <source> · in {language}</source>
        <translation> · idioma: {language}</translation>
    </message>
    <message>
        <source> · no usable {language} translation: asked in the clinic&apos;s language</source>
        <translation> · sin traducción utilizable ({language}): se pregunta en el idioma de la clínica</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <source>Draft cannot be opened</source>
        <translation>No se puede abrir el borrador</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your PIN.</source>
        <translation>El formulario ocupará toda la pantalla y mostrará solo este cuestionario para {name}. Para recuperar el portátil, escribirá su PIN.</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your password.</source>
        <translation>El formulario ocupará toda la pantalla y mostrará solo este cuestionario para {name}. Para recuperar el portátil, escribirá su contraseña.</translation>
    </message>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Entregar el portátil al cliente</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador conservado</translation>
    </message>
    <message>
        <source>New version: it replaces the response, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Nueva versión: sustituye a la respuesta anterior, que se conserva exactamente como se firmó. Hay que volver a firmarla.</translation>
    </message>
    <message>
        <source>New version: it replaces the response of {when}, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Nueva versión: sustituye a la respuesta del {when}, que se conserva exactamente como se firmó. Hay que volver a firmarla.</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>¿Continuar el borrador?</translation>
    </message>
    <message>
        <source>This form has a draft, last saved {when}.</source>
        <translation>Este formulario tiene un borrador, guardado por última vez el {when}.</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Continuar borrador</translation>
    </message>
    <message>
        <source>It is signed, so it can only be continued and finished; anything signed changes only in a new version afterwards.</source>
        <translation>Está firmado, así que solo se puede continuar y terminar; lo firmado solo puede cambiarse después en una nueva versión.</translation>
    </message>
    <message>
        <source>Continue where it was left, or start again with an empty form?</source>
        <translation>¿Continuar donde se dejó o empezar de nuevo con un formulario vacío?</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>The draft was kept; nothing was deleted.</source>
        <translation>Se ha conservado el borrador; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Delete the draft and start again?</source>
        <translation>¿Eliminar el borrador y empezar de nuevo?</translation>
    </message>
    <message>
        <source>Starting again deletes every answer in this draft (last saved {when}).</source>
        <translation>Empezar de nuevo elimina todas las respuestas de este borrador (guardado por última vez el {when}).</translation>
    </message>
    <message>
        <source>They cannot be brought back. Keep the answers to leave the draft as it is.</source>
        <translation>No se podrán recuperar. Conserve las respuestas para dejar el borrador como está.</translation>
    </message>
    <message>
        <source>Keep the answers</source>
        <translation>Conservar las respuestas</translation>
    </message>
    <message>
        <source>Delete answers and start again</source>
        <translation>Eliminar respuestas y empezar de nuevo</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>No se ha iniciado ninguna versión nueva</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>Signed consent record</source>
        <translation>Registro de consentimiento firmado</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>registro {number}</translation>
    </message>
    <message>
        <source>No forms folder</source>
        <translation>Sin carpeta de formularios</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>{form} — answered {when}</source>
        <translation>{form} — respondido el {when}</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when} by the client in client mode.</source>
        <translation>{form}, versión {version}, respondido el {when} por el cliente en modo cliente.</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when}.</source>
        <translation>{form}, versión {version}, respondido el {when}.</translation>
    </message>
    <message>
        <source>Read-only: this is exactly what was answered.</source>
        <translation>Solo lectura: esto es exactamente lo que se respondió.</translation>
    </message>
    <message>
        <source>It is signed and sealed.</source>
        <translation>Está firmado y sellado.</translation>
    </message>
    <message>
        <source>This response is {note}.</source>
        <translation>Esta respuesta: {note}.</translation>
    </message>
    <message>
        <source>Answered in {language}; the clinic&apos;s wording is shown below each.</source>
        <translation>Idioma de las respuestas: {language}; el texto de la clínica se muestra debajo de cada una.</translation>
    </message>
    <message>
        <source>Answered in {language}. The clinic&apos;s own form has changed since, so its wording is not shown beside.</source>
        <translation>Idioma de las respuestas: {language}. El formulario propio de la clínica ha cambiado desde entonces, por lo que su texto no se muestra al lado.</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Registro firmado…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nueva versión…</translation>
    </message>
    <message>
        <source>Change this signed response: a new version, signed again; this one stays</source>
        <translation>Cambiar esta respuesta firmada: una nueva versión, firmada de nuevo; esta se conserva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Start a new version?</source>
        <translation>¿Iniciar una nueva versión?</translation>
    </message>
    <message>
        <source>This response is signed and sealed. A change starts a new version with the same answers, which is signed again; this one stays exactly as it was, with its PDF record, and both are listed.</source>
        <translation>Esta respuesta está firmada y sellada. Un cambio inicia una nueva versión con las mismas respuestas, que se vuelve a firmar; esta se conserva exactamente como estaba, con su registro en PDF, y ambas aparecen en la lista.</translation>
    </message>
</context>
<context>
    <name>SessionsButton</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Paper and dates</source>
        <translation>Papel y fechas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Aftercare days</source>
        <translation>Días de cuidados</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Historiales</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>por ejemplo 999, 112 o 911</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: whom to call if the face, lips or throat swell. Left empty, the sheet says &quot;your local emergency number&quot;.</source>
        <translation>Se imprime en cada hoja de cuidados: a quién llamar si se hinchan la cara, los labios o la garganta. Si se deja vacío, la hoja dice «número de emergencias local».</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>These appear at the top of every aftercare sheet.</source>
        <translation>Estos datos aparecen en la parte superior de cada hoja de cuidados.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Date style (typing and sheets)</source>
        <translation>Formato de fecha (escritura y hojas)</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Language of smpdesk on this computer</source>
        <translation>Idioma de smpdesk en este ordenador</translation>
    </message>
    <message>
        <source>A client&apos;s own papers and client mode use the client&apos;s language, set on their details.</source>
        <translation>Los documentos propios de un cliente y el modo cliente usan el idioma del cliente, indicado en sus datos.</translation>
    </message>
    <message>
        <source>Days from a session to the proposed next one:</source>
        <translation>Días desde una sesión hasta la siguiente propuesta:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> días</translation>
    </message>
    <message>
        <source>After a {session}</source>
        <translation>Después de: {session}</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Predeterminado: {value}</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Restablecer los valores predeterminados</translation>
    </message>
    <message>
        <source>beside the clinic database</source>
        <translation>junto a la base de datos de la clínica</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>A USB drive or network folder keeps copies off this laptop; it must be connected when smpdesk backs up.</source>
        <translation>Una memoria USB o una carpeta de red guarda las copias fuera de este portátil; debe estar conectada cuando smpdesk hace la copia de seguridad.</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> minutos</translation>
    </message>
    <message>
        <source>A protected clinic locks the screen after this idle time</source>
        <translation>Una clínica protegida bloquea la pantalla tras este tiempo de inactividad</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Avisar si la última copia tiene más de</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>Bloquear la pantalla tras una inactividad de</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Copias diarias conservadas</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Copias semanales conservadas</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Copias mensuales conservadas</translation>
    </message>
    <message>
        <source> years</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> años</translation>
    </message>
    <message>
        <source>Keep records after the last visit for</source>
        <translation>Conservar los historiales tras la última visita durante</translation>
    </message>
    <message>
        <source>How long depends on your country&apos;s rules for health records and on your insurer; smpdesk cannot know them, so it starts at {years} years. Clinic → Clients past retention lists the clients last seen longer ago than this, for you to review and erase. Nothing is erased by itself.</source>
        <translation>El plazo depende de las normas de su país sobre historiales de salud y de su aseguradora; smpdesk no puede conocerlas, así que empieza con {years} años. Clínica → Clientes con plazo de conservación vencido muestra los clientes vistos por última vez hace más tiempo, para que usted los revise y los borre. No se borra nada automáticamente.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>El logotipo es demasiado grande; use una imagen de menos de 2 MB.</translation>
    </message>
    <message>
        <source>The picture could not be used ({reason}).</source>
        <translation>No se ha podido usar la imagen ({reason}).</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; use a PNG or JPEG.</source>
        <translation>Ese archivo no es una imagen que smpdesk pueda leer; use un PNG o JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Aftercare sheet saved to {path}</source>
        <translation>Hoja de cuidados guardada en {path}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Guardado en {name}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Dibuje su firma con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the signature and start again (Delete)</source>
        <translation>Borrar la firma y empezar de nuevo (Supr)</translation>
    </message>
</context>
<context>
    <name>SignatureSurface</name>
    <message>
        <source>Signature</source>
        <extracomment>Logical size the PNG is drawn at, whatever the widget&apos;s size on screen. Stroke width in canvas pixels: about a fine felt-tip at print size. White space kept around the ink when the PNG is cropped. The PNG claims 254 dpi, so a viewer that honours it shows the canvas 9 cm wide. A stroke was completed (pen, finger or mouse lifted).</extracomment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Dibuje su firma con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
</context>
<context>
    <name>SignedWords</name>
    <message>
        <source>Signed by the client</source>
        <translation>Firmado por el cliente</translation>
    </message>
    <message>
        <source>Signed by the client at {time}</source>
        <translation>Firmado por el cliente a las {time}</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}</source>
        <translation>Firmado por el cliente el {date} a las {time}</translation>
    </message>
    <message>
        <source>Signed by the practitioner</source>
        <translation>Firmado por el especialista</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}</source>
        <translation>Firmado por el especialista a las {time}</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}</source>
        <translation>Firmado por el especialista el {date} a las {time}</translation>
    </message>
</context>
<context>
    <name>StaffUnlock</name>
    <message>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_actions</name>
    <message>
        <source>Aftercare for today</source>
        <translation>Cuidados posteriores de hoy</translation>
    </message>
    <message>
        <source>No aftercare sheet yet</source>
        <translation>Aún no hay hoja de cuidados</translation>
    </message>
    <message>
        <source>{error}

Open a blank sheet to fill in by hand instead?</source>
        <translation>{error}

¿Abrir en su lugar una hoja en blanco para rellenarla a mano?</translation>
    </message>
    <message>
        <source>Aftercare sheet — {name}</source>
        <translation>Hoja de cuidados — {name}</translation>
    </message>
    <message>
        <source>The latest recorded session was on {when}, 1 day ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>La última sesión registrada fue el {when}, hace 1 día, y las fechas de la hoja se cuentan desde ella. Si el cliente recibió tratamiento hoy, registre primero la sesión de hoy.

¿Mostrar la hoja de esa sesión anterior?</translation>
    </message>
    <message numerus="yes">
        <source>The latest recorded session was on {when}, %n days ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>
            <numerusform>La última sesión registrada fue el {when}, hace %n día, y las fechas de la hoja se cuentan desde ella. Si el cliente recibió tratamiento hoy, registre primero la sesión de hoy.

¿Mostrar la hoja de esa sesión anterior?</numerusform>
            <numerusform>La última sesión registrada fue el {when}, hace %n días, y las fechas de la hoja se cuentan desde ella. Si el cliente recibió tratamiento hoy, registre primero la sesión de hoy.

¿Mostrar la hoja de esa sesión anterior?</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Hoja de cuidados</translation>
    </message>
    <message>
        <source>Blank aftercare sheet</source>
        <translation>Hoja de cuidados en blanco</translation>
    </message>
    <message>
        <source>No sessions have been recorded for today yet.</source>
        <translation>Todavía no se ha registrado ninguna sesión hoy.</translation>
    </message>
    <message>
        <source>Preparing aftercare sheet {number} of {total}…</source>
        <translation>Preparando la hoja de cuidados {number} de {total}…</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets…</source>
        <translation>Preparando las hojas de cuidados…</translation>
    </message>
    <message>
        <source>Printing 1 aftercare sheet…</source>
        <translation>Imprimiendo 1 hoja de cuidados…</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n aftercare sheets…</source>
        <translation>
            <numerusform>Imprimiendo %n hoja de cuidados…</numerusform>
            <numerusform>Imprimiendo %n hojas de cuidados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing aftercare sheet {number} of {total}…</source>
        <translation>Imprimiendo la hoja de cuidados {number} de {total}…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Compruebe la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet printed.</source>
        <translation>Hecho: 1 hoja de cuidados impresa.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Hecho: %n hoja de cuidados impresa.</numerusform>
            <numerusform>Hecho: %n hojas de cuidados impresas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: {printed} of 1 aftercare sheet printed.</source>
        <translation>Impresión detenida: {printed} de 1 hoja de cuidados impresas.</translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: {printed} of %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Impresión detenida: {printed} de %n hoja de cuidados impresas.</numerusform>
            <numerusform>Impresión detenida: {printed} de %n hojas de cuidados impresas.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet saved to {path}.</source>
        <translation>Hecho: 1 hoja de cuidados guardada en {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets saved to {path}.</source>
        <translation>
            <numerusform>Hecho: %n hoja de cuidados guardada en {path}.</numerusform>
            <numerusform>Hecho: %n hojas de cuidados guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the sheet as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Guarde la hoja como un solo PDF e imprímala desde un ordenador que tenga impresora, o pida que se instale una.</translation>
    </message>
    <message numerus="yes">
        <source>No printer is set up on this computer. Save the %n sheets as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>
            <numerusform>No hay ninguna impresora configurada en este ordenador. Guarde la %n hoja en un solo PDF e imprímalo desde un ordenador que tenga impresora, o pida que se instale una.</numerusform>
            <numerusform>No hay ninguna impresora configurada en este ordenador. Guarde las %n hojas en un solo PDF e imprímalo desde un ordenador que tenga impresora, o pida que se instale una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print 1 aftercare sheet</source>
        <translation>Imprimir 1 hoja de cuidados</translation>
    </message>
    <message numerus="yes">
        <source>Print %n aftercare sheets</source>
        <translation>
            <numerusform>Imprimir %n hoja de cuidados</numerusform>
            <numerusform>Imprimir %n hojas de cuidados</numerusform>
        </translation>
    </message>
    <message>
        <source>Save 1 aftercare sheet as one PDF</source>
        <translation>Guardar 1 hoja de cuidados como un solo PDF</translation>
    </message>
    <message numerus="yes">
        <source>Save %n aftercare sheets as one PDF</source>
        <translation>
            <numerusform>Guardar %n hoja de cuidados como un solo PDF</numerusform>
            <numerusform>Guardar %n hojas de cuidados como un solo PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_preview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Save {title}: lower the title&apos;s first letter? Translate as lower or keep</comment>
        <translation>lower</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Guardar {title}</translation>
    </message>
</context>
<context>
    <name>aftercare.printing</name>
    <message>
        <source>No printer is set up on this computer. Save the sheet as a PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>No hay ninguna impresora configurada en este ordenador. Guarde la hoja como PDF e imprímala desde un ordenador que tenga impresora, o pida que se instale una.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Sin impresora</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se ha podido abrir la impresora.</translation>
    </message>
</context>
<context>
    <name>questionnaires.flags_panel</name>
    <message>
        <source>Closed — {finding} ({closed})</source>
        <translation>Cerrada — {finding} ({closed})</translation>
    </message>
    <message>
        <source>{form}, draft not finished yet</source>
        <translation>{form}, borrador aún sin terminar</translation>
    </message>
    <message>
        <source>draft not finished yet</source>
        <translation>borrador aún sin terminar</translation>
    </message>
</context>
<context>
    <name>questionnaires.questionnaires_tab</name>
    <message>
        <source>none</source>
        <comment>no flags raised</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>version {number}, replaces the one of {when}</source>
        <translation>versión {number}, sustituye a la del {when}</translation>
    </message>
    <message>
        <source>version {number}, replaces an earlier one</source>
        <translation>versión {number}, sustituye a una anterior</translation>
    </message>
    <message>
        <source>replaced by version {number}</source>
        <translation>sustituida por la versión {number}</translation>
    </message>
</context>
<context>
    <name>settings.prices_page</name>
    <message>
        <source>No deposit</source>
        <translation>Sin señal</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Un importe fijo</translation>
    </message>
    <message>
        <source>A percentage</source>
        <translation>Un porcentaje</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>no se ofrece</translation>
    </message>
</context>
<context>
    <name>settings.settings_dialog</name>
    <message>
        <source>Keep the scalp dry (days)</source>
        <translation>Mantener seco el cuero cabelludo (días)</translation>
    </message>
    <message>
        <source>First gentle wash on day</source>
        <translation>Primer lavado suave el día</translation>
    </message>
    <message>
        <source>No sweating or gym (days)</source>
        <translation>Sin sudar ni gimnasio (días)</translation>
    </message>
    <message>
        <source>Full training from day</source>
        <translation>Entrenamiento completo desde el día</translation>
    </message>
    <message>
        <source>No shaving (days)</source>
        <translation>Sin afeitar (días)</translation>
    </message>
    <message>
        <source>Razor allowed from day</source>
        <translation>Cuchilla permitida desde el día</translation>
    </message>
    <message>
        <source>Avoid direct sun (days)</source>
        <translation>Evitar el sol directo (días)</translation>
    </message>
    <message>
        <source>No pool, sea, sauna, steam or sunbed (days)</source>
        <translation>Sin piscina, mar, sauna, baño de vapor ni cama solar (días)</translation>
    </message>
    <message>
        <source>No moisturiser (days)</source>
        <translation>Sin crema hidratante (días)</translation>
    </message>
    <message>
        <source>No hair dye (days)</source>
        <translation>Sin tinte ni decolorante (días)</translation>
    </message>
</context>
</TS>
