<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>1st session</source>
        <translation>1.ª sesión</translation>
    </message>
    <message>
        <source>2nd session</source>
        <translation>2.ª sesión</translation>
    </message>
    <message>
        <source>3rd session</source>
        <translation>3.ª sesión</translation>
    </message>
    <message>
        <source>4th+ session</source>
        <translation>4.ª sesión o posterior</translation>
    </message>
    <message>
        <source>Touch-up</source>
        <translation>Retoque</translation>
    </message>
    <message>
        <source>Scar camouflage</source>
        <translation>Camuflaje de cicatrices</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Línea del cabello</translation>
    </message>
    <message>
        <source>Temples</source>
        <translation>Sienes</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Zona media</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Coronilla</translation>
    </message>
    <message>
        <source>Donor scar</source>
        <translation>Cicatriz de la zona donante</translation>
    </message>
    <message>
        <source>Other scar</source>
        <translation>Otra cicatriz</translation>
    </message>
    <message>
        <source>Full scalp</source>
        <translation>Todo el cuero cabelludo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
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
        <source>Pigment lot</source>
        <translation>Lote del pigmento</translation>
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
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>Diámetro (mm)</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Lote del cartucho</translation>
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
        <source>Numbing</source>
        <translation>Anestesia</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Reacción de la piel</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
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
        <source>Crown / vertex</source>
        <translation>Coronilla / vértice</translation>
    </message>
    <message>
        <source>Donor / transplant blend</source>
        <translation>Zona donante / fusión con el trasplante</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Parte superior</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Parte posterior</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Vale regalo</translation>
    </message>
    <message>
        <source>Front hairline</source>
        <translation>Línea del cabello frontal</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Sien izquierda</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Sien derecha</translation>
    </message>
    <message>
        <source>Back / donor area</source>
        <translation>Parte posterior / zona donante</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Clinical record only</source>
        <translation>Solo historia clínica</translation>
    </message>
    <message>
        <source>Marketing allowed</source>
        <translation>Marketing permitido</translation>
    </message>
    <message>
        <source>Consent form: clinical record and marketing photos allowed.</source>
        <translation>Formulario de consentimiento: se permiten fotos para la historia clínica y para marketing.</translation>
    </message>
    <message>
        <source>Consent form: photos for the clinical record only (no marketing).</source>
        <translation>Formulario de consentimiento: fotos solo para la historia clínica (sin marketing).</translation>
    </message>
    <message>
        <source>Consent form: the client declined clinical photos; import only with new consent.</source>
        <translation>Formulario de consentimiento: el cliente rechazó las fotos clínicas; importe fotos solo con un nuevo consentimiento.</translation>
    </message>
    <message>
        <source>No photo consent answered yet in a consent form.</source>
        <translation>Aún no se ha respondido sobre las fotos en ningún formulario de consentimiento.</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Aún sin leer</translation>
    </message>
    <message>
        <source>Negative (no reaction)</source>
        <translation>Negativo (sin reacción)</translation>
    </message>
    <message>
        <source>Positive (reaction)</source>
        <translation>Positivo (reacción)</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <source>Pigment</source>
        <translation>Pigmento</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Leída el</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Leída por</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Motivo de la nueva versión</translation>
    </message>
    <message>
        <source>Friday 4 December 2026</source>
        <translation>viernes, 4 de diciembre de 2026</translation>
    </message>
    <message>
        <source>Friday, December 4, 2026</source>
        <translation>viernes, diciembre 4, 2026</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
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
        <source>Full name (split)</source>
        <translation>Nombre completo (se divide)</translation>
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
        <source>Language (papers in)</source>
        <translation>Idioma (de los documentos)</translation>
    </message>
</context>
</TS>
