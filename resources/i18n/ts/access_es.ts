<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Añadir una cuenta de personal</translation>
    </message>
    <message>
        <source>Give the new person their own account, so the audit trail says who did what. Tell them the first password in person; they can change it afterwards.</source>
        <translation>Dé a la nueva persona su propia cuenta, para que el registro de auditoría indique quién hizo qué. Comuníquele la primera contraseña en persona; podrá cambiarla después.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>e.g. Priya Nair</source>
        <translation>p. ej., Priya Nair</translation>
    </message>
    <message>
        <source>e.g. priya</source>
        <translation>p. ej., priya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>What they type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation>Lo que escribe para iniciar sesión: letras minúsculas, dígitos, puntos o guiones.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Audit trail for client {number}</source>
        <translation>Registro de auditoría del cliente {number}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change, every look at a client&apos;s clinical record and every refusal, newest first. Refused rows are marked in red.</source>
        <translation>Cada cambio, cada consulta del historial clínico de un cliente y cada denegación, empezando por lo más reciente. Las filas denegadas se marcan en rojo.</translation>
    </message>
    <message>
        <source>Filter by person, action or client number…</source>
        <translation>Filtrar por persona, acción o número de cliente…</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Solo denegadas</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>&amp;Fechas desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates from … to …</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (ids, names, actions)</source>
        <translation>Guardar las filas mostradas como archivo CSV (identificadores, nombres, acciones)</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Comprobar el registro</translation>
    </message>
    <message>
        <source>Check that no entry was deleted, changed or slipped in (the hash chain)</source>
        <translation>Comprobar que ninguna entrada se ha borrado, modificado o añadido a escondidas (la cadena de hashes)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The trail is whole: every entry follows the one before it.</source>
        <translation>El registro está completo: cada entrada sigue a la anterior.</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>n.º {id}</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>{total} entries (the newest {limit}).</source>
        <translation>{total} entradas (las {limit} más recientes).</translation>
    </message>
    <message>
        <source>{total} entries.</source>
        <translation>{total} entradas.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries (the newest {limit}).</source>
        <translation>Se muestran {shown} de {total} entradas (las {limit} más recientes).</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries.</source>
        <translation>Se muestran {shown} de {total} entradas.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
    <message>
        <source>Welcome to smpdesk. A few questions set up your clinic; nothing is saved until the last page. These details are printed at the top of aftercare sheets, receipts and quotes, and can be changed later in Settings.</source>
        <translation>Le damos la bienvenida a smpdesk. Unas pocas preguntas configuran su clínica; no se guarda nada hasta la última página. Estos datos se imprimen en la cabecera de las hojas de cuidados, los recibos y los presupuestos, y pueden cambiarse después en Ajustes.</translation>
    </message>
    <message>
        <source>e.g. Northside Scalp Clinic</source>
        <translation>p. ej., Clínica Capilar Norte</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Elegir un logotipo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Logo (optional):</source>
        <translation>Logotipo (opcional):</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elegir el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Choosing the country fills in the rest; check each value and change any that is not right for your clinic.</source>
        <translation>Al elegir el país se rellena el resto; revise cada valor y cambie los que no sean adecuados para su clínica.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: the number a client calls about a bad reaction.</source>
        <translation>Se imprime en cada hoja de cuidados: el número al que llama un cliente ante una mala reacción.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Filled in from the country:</source>
        <translation>Rellenado a partir del país:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Fechas escritas como:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Número de &amp;emergencias:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Amounts written as:</source>
        <translation>&amp;Importes escritos como:</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Change {name}&apos;s account</source>
        <translation>Cambiar la cuenta de {name}</translation>
    </message>
    <message>
        <source>User name: {login} (it cannot be changed).</source>
        <translation>Nombre de usuario: {login} (no se puede cambiar).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to smpdesk</source>
        <translation>Le damos la bienvenida a smpdesk</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. It is shown only this once.</source>
        <translation>Si se olvidan todas las contraseñas de propietario, esta clave es la única forma de volver a entrar. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Keep the sheet in the clinic safe, away from this computer; a saved PDF belongs on a USB stick kept there too. When smpdesk opens, sign in with the user name and password you just chose.</source>
        <translation>Guarde la hoja en la caja fuerte de la clínica, lejos de este ordenador; un PDF guardado debe ir en una memoria USB guardada también allí. Cuando smpdesk se abra, inicie sesión con el nombre de usuario y la contraseña que acaba de elegir.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>That is not your PIN; 1 try left.</source>
        <translation>Ese no es su PIN; le queda 1 intento.</translation>
    </message>
    <message numerus="yes">
        <source>That is not your PIN; %n tries left.</source>
        <translation>
            <numerusform>Ese no es su PIN; le queda %n intento.</numerusform>
            <numerusform>Ese no es su PIN; le quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous person</source>
        <translation>la persona anterior</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Close {name}&apos;s open windows? Unsaved typing in them is lost; form drafts are kept.</source>
        <translation>¿Cerrar las ventanas abiertas de {name}? Lo escrito sin guardar en ellas se pierde; los borradores de formularios se conservan.</translation>
    </message>
    <message>
        <source>Still locked: {name}&apos;s windows stay open.</source>
        <translation>Sigue bloqueado: las ventanas de {name} permanecen abiertas.</translation>
    </message>
    <message>
        <source>Some of {name}&apos;s windows did not close; unlock as {name} to close them first.</source>
        <translation>Algunas ventanas de {name} no se cerraron; desbloquee como {name} para cerrarlas primero.</translation>
    </message>
</context>
<context>
    <name>MySecurityDialog</name>
    <message>
        <source>My password and PIN</source>
        <translation>Mi contraseña y PIN</translation>
    </message>
    <message>
        <source>Signed in as {name}: {role} account, user name “{login}”.</source>
        <translation>Sesión iniciada como {name}: cuenta de {role}, nombre de usuario «{login}».</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no passwords or PINs.</source>
        <translation>Esta clínica aún no está protegida, así que no tiene contraseñas ni PIN.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir contraseña nueva</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>PIN for unlocking your screen</source>
        <translation>PIN para desbloquear su pantalla</translation>
    </message>
    <message>
        <source>A PIN of {low} to {high} digits unlocks the screen after you lock it. Signing in still needs your password, and five wrong PINs ask for it too.</source>
        <translation>Un PIN de {low} a {high} dígitos desbloquea la pantalla después de bloquearla. Para iniciar sesión sigue haciendo falta su contraseña, que también se pide tras cinco PIN incorrectos.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repetir PIN nuevo</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Establecer PIN</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Quitar PIN</translation>
    </message>
    <message>
        <source>You have a PIN.</source>
        <translation>Tiene un PIN.</translation>
    </message>
    <message>
        <source>You have no PIN yet.</source>
        <translation>Aún no tiene PIN.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <source>Your password is changed; use the new one next time you sign in.</source>
        <translation>Su contraseña se ha cambiado; use la nueva la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Su PIN se ha cambiado.</translation>
    </message>
    <message>
        <source>Your PIN is set; it unlocks your screen.</source>
        <translation>Su PIN está establecido; desbloquea su pantalla.</translation>
    </message>
    <message>
        <source>Your PIN is removed; unlock your screen with your password.</source>
        <translation>Su PIN se ha quitado; desbloquee su pantalla con su contraseña.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>The clinic file holds every record. Keep it on this computer&apos;s own disk; backups are made in a folder beside it.</source>
        <translation>El archivo de la clínica contiene todos los registros. Guárdelo en el disco propio de este ordenador; las copias de seguridad se hacen en una carpeta junto a él.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Use the suggested folder</source>
        <translation>Usar la carpeta sugerida</translation>
    </message>
    <message>
        <source>The clinic file will be kept in this folder:</source>
        <translation>El archivo de la clínica se guardará en esta carpeta:</translation>
    </message>
    <message>
        <source>Where to keep the clinic file</source>
        <translation>Dónde guardar el archivo de la clínica</translation>
    </message>
    <message>
        <source>This is smpdesk&apos;s own folder for your account, the one suggested.</source>
        <translation>Esta es la carpeta propia de smpdesk para su cuenta, la sugerida.</translation>
    </message>
    <message>
        <source>smpdesk will remember this folder and open the clinic from it each time.</source>
        <translation>smpdesk recordará esta carpeta y abrirá la clínica desde ella cada vez.</translation>
    </message>
    <message>
        <source>Backups are made in {folder}, beside the clinic file. Copy them to a USB drive or another disk now and then (Settings can send them to another folder).</source>
        <translation>Las copias de seguridad se hacen en {folder}, junto al archivo de la clínica. Cópielas de vez en cuando a una unidad USB o a otro disco (en Ajustes puede enviarlas a otra carpeta).</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect this clinic</source>
        <translation>Proteger esta clínica</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>p. ej., olivia</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>p. ej., Olivia Smith</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>Su cuenta de propietario</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Letras minúsculas, dígitos, puntos o guiones.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>As it appears on screen and in the records.</source>
        <translation>Tal como aparece en pantalla y en los registros.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Repetir con&amp;traseña</translation>
    </message>
    <message>
        <source>Encrypting the clinic file and its backups; this takes a moment…</source>
        <translation>Cifrando el archivo de la clínica y sus copias de seguridad; esto tarda un momento…</translation>
    </message>
    <message>
        <source>Protect the clinic</source>
        <translation>Proteger la clínica</translation>
    </message>
    <message>
        <source>The clinic is protected</source>
        <translation>La clínica está protegida</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once)</source>
        <translation>Clave de recuperación (solo se muestra esta vez)</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. Keep the sheet in the clinic safe, away from this laptop; a saved PDF belongs on a USB stick kept there too.</source>
        <translation>Si se olvidan todas las contraseñas de propietario, esta clave es la única forma de volver a entrar. Guarde la hoja en la caja fuerte de la clínica, lejos de este portátil; un PDF guardado debe ir en una memoria USB guardada también allí.</translation>
    </message>
    <message>
        <source>The unprotected copy</source>
        <translation>La copia sin proteger</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is kept beside it, unencrypted, until you confirm the protected clinic works. It opens without a password, so erase it once you are happy. If you finish without erasing it, a banner in the main window offers to erase it until you do.</source>
        <translation>El archivo de la clínica tal como estaba antes de protegerlo se conserva a su lado, sin cifrar, hasta que confirme que la clínica protegida funciona. Se abre sin contraseña, así que bórrelo cuando esté conforme. Si termina sin borrarlo, un aviso en la ventana principal le ofrecerá borrarlo hasta que lo haga.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy now</source>
        <translation>Borrar ahora la copia sin proteger</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Tick the box once the recovery sheet is printed or saved</source>
        <translation>Marque la casilla cuando la hoja de recuperación esté impresa o guardada</translation>
    </message>
    <message>
        <source>{file} is now encrypted, and everyone signs in to open it.</source>
        <translation>{file} ya está cifrado y todos inician sesión para abrirlo.</translation>
    </message>
    <message>
        <source>You are signed in as {name} (owner).</source>
        <translation>Ha iniciado sesión como {name} (propietario).</translation>
    </message>
    <message>
        <source>You are signed in as the owner.</source>
        <translation>Ha iniciado sesión como propietario.</translation>
    </message>
    <message>
        <source>Its existing backup was encrypted too.</source>
        <translation>Su copia de seguridad existente también se ha cifrado.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n existing backups were encrypted too.</source>
        <translation>
            <numerusform>También se ha cifrado %n copia de seguridad existente.</numerusform>
            <numerusform>También se han cifrado sus %n copias de seguridad existentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unprotected copy is erased.</source>
        <translation>La copia sin proteger se ha borrado.</translation>
    </message>
    <message>
        <source>There was no unprotected copy left.</source>
        <translation>No quedaba ninguna copia sin proteger.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <source>Protect the clinic</source>
        <translation>Proteger la clínica</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file, so a lost laptop or a copied backup shows nothing, and everyone signs in with their own name and password.</source>
        <translation>Proteger cifra el archivo de la clínica, de modo que un portátil perdido o una copia de seguridad copiada no muestran nada, y todos inician sesión con su propio nombre y contraseña.</translation>
    </message>
    <message>
        <source>Protect the clinic (recommended)</source>
        <translation>Proteger la clínica (recomendado)</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>p. ej., Olivia Smith</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>p. ej., olivia</translation>
    </message>
    <message>
        <source>You, the clinic&apos;s owner</source>
        <translation>Usted, propietario de la clínica</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Letras minúsculas, dígitos, puntos o guiones.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Repetir con&amp;traseña:</translation>
    </message>
    <message>
        <source>A recovery key is shown once the clinic is made: print it or write it down and keep it in the clinic safe. It is the only way back in if the password is lost.</source>
        <translation>Cuando se cree la clínica se mostrará una clave de recuperación: imprímala o anótela y guárdela en la caja fuerte de la clínica. Es la única forma de volver a entrar si se pierde la contraseña.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>Type the recovery key from the clinic&apos;s printed recovery sheet and choose a new password for an owner account. The other accounts keep their passwords; an owner can reset theirs once signed in.</source>
        <translation>Escriba la clave de recuperación de la hoja de recuperación impresa de la clínica y elija una contraseña nueva para una cuenta de propietario. Las demás cuentas conservan sus contraseñas; un propietario puede restablecerlas una vez iniciada la sesión.</translation>
    </message>
    <message>
        <source>Not an owner? Ask the clinic&apos;s owner to set you a new password instead.</source>
        <translation>¿No es propietario? Pida al propietario de la clínica que le establezca una contraseña nueva.</translation>
    </message>
    <message>
        <source>the owner&apos;s user name</source>
        <translation>el nombre de usuario del propietario</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;user name</source>
        <translation>Nombre de &amp;usuario del propietario</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Repetir contraseña nue&amp;va</translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation>Establecer la contraseña e iniciar sesión</translation>
    </message>
    <message>
        <source>Type the owner&apos;s user name.</source>
        <translation>Escriba el nombre de usuario del propietario.</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation>Escriba la clave de recuperación de la hoja impresa.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s new recovery key. It opens the clinic when every owner&apos;s password is lost, and it is shown only this once: save the sheet and print it, or copy the key by hand, and keep it in the clinic safe. The old recovery sheet no longer works; destroy it.</source>
        <translation>Esta es la nueva clave de recuperación de la clínica. Abre la clínica cuando se pierden las contraseñas de todos los propietarios y solo se muestra esta vez: guarde la hoja e imprímala, o copie la clave a mano, y guárdela en la caja fuerte de la clínica. La hoja de recuperación anterior ya no sirve; destrúyala.</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Guardar hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, put the printout in the clinic safe, then delete the file: with it, anyone can open a copy of the clinic.</source>
        <translation>Guardada como {path}. Imprímala, ponga la copia impresa en la caja fuerte de la clínica y después borre el archivo: con él, cualquiera puede abrir una copia de la clínica.</translation>
    </message>
    <message>
        <source>Close without the sheet?</source>
        <translation>¿Cerrar sin la hoja?</translation>
    </message>
    <message>
        <source>The recovery sheet was not saved, and the key is not shown again. Close anyway (you copied the key by hand)?</source>
        <translation>La hoja de recuperación no se ha guardado y la clave no se vuelve a mostrar. ¿Cerrar de todos modos (ha copiado la clave a mano)?</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Imprimir hoja de recuperación…</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Guardar hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>keep it in the clinic safe</source>
        <translation>guárdela en la caja fuerte de la clínica</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Move it to a USB stick kept in the clinic safe.</source>
        <translation>Guardada como {path}. Muévala a una memoria USB guardada en la caja fuerte de la clínica.</translation>
    </message>
    <message>
        <source>Close without the recovery sheet?</source>
        <translation>¿Cerrar sin la hoja de recuperación?</translation>
    </message>
    <message>
        <source>The recovery key is not shown again. Without it, if every owner password is forgotten, nobody can read the records. Close anyway?</source>
        <translation>La clave de recuperación no se vuelve a mostrar. Sin ella, si se olvidan todas las contraseñas de propietario, nadie podrá leer los registros. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Enable {name}&apos;s account</source>
        <translation>Activar la cuenta de {name}</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <source>{name}&apos;s old password stopped working when the account was disabled. Set a new one to enable it, and tell it to them in person.</source>
        <translation>La contraseña anterior de {name} dejó de funcionar cuando se desactivó la cuenta. Establezca una nueva para activarla y comuníquesela en persona.</translation>
    </message>
    <message>
        <source>Reset {name}&apos;s password</source>
        <translation>Restablecer la contraseña de {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Set a new password for {name} (user name {login}) and tell it to them in person; they can change it under My password and PIN.</source>
        <translation>Establezca una contraseña nueva para {name} (nombre de usuario {login}) y comuníquesela en persona; podrá cambiarla en Mi contraseña y PIN.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir contraseña nueva</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — smpdesk</source>
        <translation>Iniciar sesión — smpdesk</translation>
    </message>
    <message>
        <source>Sign in to open the clinic&apos;s records</source>
        <translation>Inicie sesión para abrir los registros de la clínica</translation>
    </message>
    <message>
        <source>Clinic file: {name}</source>
        <translation>Archivo de la clínica: {name}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Forgotten password…</source>
        <translation>Contraseña olvidada…</translation>
    </message>
    <message>
        <source>Trying the demo? Sign in as one of these</source>
        <translation>¿Probando la demostración? Inicie sesión como una de estas personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Choose {name} and fill in the password</source>
        <translation>Elegir a {name} y rellenar la contraseña</translation>
    </message>
    <message>
        <source>User name: {login}</source>
        <translation>Nombre de usuario: {login}</translation>
    </message>
    <message>
        <source>No staff account can sign in to this clinic; an owner can use the recovery key (Forgotten password…).</source>
        <translation>Ninguna cuenta de personal puede iniciar sesión en esta clínica; un propietario puede usar la clave de recuperación (Contraseña olvidada…).</translation>
    </message>
    <message>
        <source>Sign in ({seconds})</source>
        <translation>Iniciar sesión ({seconds})</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Elija primero su nombre en la lista.</translation>
    </message>
    <message>
        <source>Type your password, then press Sign in.</source>
        <translation>Escriba su contraseña y pulse Iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Your name *</source>
        <translation>Su nombre *</translation>
    </message>
    <message>
        <source>Sign here *</source>
        <translation>Firme aquí *</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas de personal</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account, so the audit trail says who did what. Accounts are never deleted: disable one when someone leaves, and the records keep their name.</source>
        <translation>Cada persona inicia sesión con su propia cuenta, para que el registro de auditoría indique quién hizo qué. Las cuentas nunca se borran: desactive una cuando alguien se vaya y los registros conservarán su nombre.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Rename / change role…</source>
        <translation>Renombrar / cambiar función…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery key when the printed sheet is lost or someone saw it.</source>
        <translation>Crear una nueva clave de recuperación cuando la hoja impresa se pierda o alguien la haya visto.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (usted)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>A disabled account gets a new password when it is enabled.</source>
        <translation>Una cuenta desactivada recibe una contraseña nueva cuando se activa.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>No puede desactivar su propia cuenta; inicie sesión como otro propietario para hacerlo.</translation>
    </message>
    <message>
        <source>{name} can now sign in as “{login}” ({role}).</source>
        <translation>{name} ya puede iniciar sesión como «{login}» ({role}).</translation>
    </message>
    <message>
        <source>Saved: {name}, {role}. A new role takes effect at their next sign-in.</source>
        <translation>Guardado: {name}, {role}. Una nueva función se aplica en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is set; tell it to them in person.</source>
        <translation>La contraseña de {name} está establecida; comuníquesela en persona.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is enabled with the new password.</source>
        <translation>La cuenta de {name} está activada con la contraseña nueva.</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>¿Desactivar a {name}?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in, and their password stops working at once. Their name stays on everything they recorded. Enabling the account later sets a new password.</source>
        <translation>{name} ya no podrá iniciar sesión y su contraseña dejará de funcionar de inmediato. Su nombre permanece en todo lo que registró. Activar la cuenta más adelante establece una contraseña nueva.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is disabled.</source>
        <translation>La cuenta de {name} está desactivada.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>¿Crear una nueva clave de recuperación?</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the printed recovery sheet you have now stops working. Save and print the new sheet straight away.</source>
        <translation>Una nueva clave de recuperación sustituye a la anterior de inmediato: la hoja de recuperación impresa que tiene ahora deja de funcionar. Guarde e imprima la nueva hoja enseguida.</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old recovery sheet no longer works.</source>
        <translation>Se ha creado una nueva clave de recuperación; la hoja de recuperación anterior ya no sirve.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <source>You can import clients or add them one by one at any time later.</source>
        <translation>Puede importar clientes o añadirlos uno a uno en cualquier momento más adelante.</translation>
    </message>
    <message>
        <source>Start with an empty clinic</source>
        <translation>Empezar con una clínica vacía</translation>
    </message>
    <message>
        <source>Add clients as they come in.</source>
        <translation>Añada clientes a medida que lleguen.</translation>
    </message>
    <message>
        <source>Import my clients from a spreadsheet</source>
        <translation>Importar mis clientes desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>A CSV or Excel file from a spreadsheet or your old software: you see the columns matched and the rows checked before anything is added.</source>
        <translation>Un archivo CSV o Excel de una hoja de cálculo o de su programa anterior: verá las columnas asignadas y las filas comprobadas antes de que se añada nada.</translation>
    </message>
    <message>
        <source>Try the demo clinic first (nothing is saved)</source>
        <translation>Probar primero la clínica de demostración (no se guarda nada)</translation>
    </message>
    <message>
        <source>Made-up clients to look around with. Your clinic is not made yet: when you close the demo, start smpdesk again to come back here.</source>
        <translation>Clientes inventados para echar un vistazo. Su clínica aún no se crea: cuando cierre la demostración, vuelva a iniciar smpdesk para regresar aquí.</translation>
    </message>
    <message>
        <source>Making the clinic file…</source>
        <translation>Creando el archivo de la clínica…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Crear la clínica</translation>
    </message>
    <message>
        <source>Nothing is saved: the demo is made in a temporary folder.</source>
        <translation>No se guarda nada: la demostración se crea en una carpeta temporal.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, protected, with you as its owner.</source>
        <translation>La clínica se creará en {path}, protegida, con usted como propietario.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, not protected.</source>
        <translation>La clínica se creará en {path}, sin proteger.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Use my password</source>
        <translation>Usar mi contraseña</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>Iniciar sesión como otra persona…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Iniciar sesión como otra persona</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Bloqueado — {name}</translation>
    </message>
    <message>
        <source>Type your PIN to unlock.</source>
        <translation>Escriba su PIN para desbloquear.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Escriba su contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Elija su nombre.</translation>
    </message>
</context>
<context>
    <name>access.lock</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>smpdesk — Locked</source>
        <translation>smpdesk — Bloqueado</translation>
    </message>
    <message>
        <source>That is not your password; check it (passwords are case-sensitive) and try again.</source>
        <translation>Esa no es su contraseña; revísela (se distinguen mayúsculas y minúsculas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{count} wrong PINs in a row: type your password to unlock.</source>
        <translation>{count} PIN incorrectos seguidos: escriba su contraseña para desbloquear.</translation>
    </message>
</context>
<context>
    <name>access.recovery_sheet_panel</name>
    <message>
        <source>I have printed or saved the recovery sheet, or written the key down</source>
        <translation>He impreso o guardado la hoja de recuperación, o he anotado la clave</translation>
    </message>
</context>
<context>
    <name>access.sign_in</name>
    <message>
        <source>At least {count} characters, and not a common password or your own name. A short sentence is easy to remember and hard to guess.</source>
        <translation>Al menos {count} caracteres, y no una contraseña común ni su propio nombre. Una frase corta es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the new password twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la contraseña nueva dos veces.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait 1 second and try again.</source>
        <translation>Demasiadas contraseñas incorrectas para esta cuenta: espere 1 segundo e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: wait %n seconds and try again.</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas para esta cuenta: espere %n segundo e inténtelo de nuevo.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas para esta cuenta: espere %n segundos e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Protecting encrypts the clinic file, so that a lost or stolen laptop, or a copied backup, shows nothing to anyone else.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Everyone signs in with their own user name and password before the records open. You will be the clinic&apos;s owner; you add the other staff afterwards.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;recovery key&lt;/b&gt; is shown once, at the end. Print it and keep it in the clinic safe: it is the only way back in if every owner password is forgotten.&lt;/li&gt;&lt;li&gt;Without a password or the recovery key &lt;b&gt;nobody can read the records&lt;/b&gt;, not even smpdesk&apos;s makers.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Proteger cifra el archivo de la clínica, de modo que un portátil perdido o robado, o una copia de seguridad copiada, no muestran nada a nadie más.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Cada persona inicia sesión con su propio nombre de usuario y contraseña antes de que se abran los registros. Usted será el propietario de la clínica; después añadirá al resto del personal.&lt;/li&gt;&lt;li&gt;Al final se muestra una vez una &lt;b&gt;clave de recuperación&lt;/b&gt;. Imprímala y guárdela en la caja fuerte de la clínica: es la única forma de volver a entrar si se olvidan todas las contraseñas de propietario.&lt;/li&gt;&lt;li&gt;Sin una contraseña o la clave de recuperación &lt;b&gt;nadie puede leer los registros&lt;/b&gt;, ni siquiera los creadores de smpdesk.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>access.staff_admin</name>
    <message>
        <source>The two passwords are not the same; type the new password in both boxes again.</source>
        <translation>Las dos contraseñas no coinciden; vuelva a escribir la contraseña nueva en ambas casillas.</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type the new PIN in both boxes again.</source>
        <translation>Los dos PIN no coinciden; vuelva a escribir el PIN nuevo en ambas casillas.</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Al menos {count} caracteres. Unas pocas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Everything, including staff accounts, clinic settings, restoring backups and the audit log.</source>
        <translation>Todo, incluidas las cuentas de personal, los ajustes de la clínica, la restauración de copias de seguridad y el registro de auditoría.</translation>
    </message>
    <message>
        <source>Clients, treatments, photos and medical forms.</source>
        <translation>Clientes, tratamientos, fotos y formularios médicos.</translation>
    </message>
    <message>
        <source>Bookings, contact details and aftercare sheets; never medical answers, photos or treatment details.</source>
        <translation>Citas, datos de contacto y hojas de cuidados; nunca respuestas médicas, fotos ni detalles del tratamiento.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>inició sesión</translation>
    </message>
    <message>
        <source>sign in (wrong password)</source>
        <translation>inicio de sesión (contraseña incorrecta)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>cerró sesión</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>bloqueó la pantalla</translation>
    </message>
    <message>
        <source>unlock the screen</source>
        <translation>desbloquear la pantalla</translation>
    </message>
    <message>
        <source>took the laptop back from a client</source>
        <translation>recuperó el portátil de un cliente</translation>
    </message>
    <message>
        <source>protected the clinic</source>
        <translation>protegió la clínica</translation>
    </message>
    <message>
        <source>reset an owner&apos;s password with the recovery key</source>
        <translation>restableció la contraseña de un propietario con la clave de recuperación</translation>
    </message>
    <message>
        <source>add a staff account</source>
        <translation>añadir una cuenta de personal</translation>
    </message>
    <message>
        <source>change a staff account</source>
        <translation>cambiar una cuenta de personal</translation>
    </message>
</context>
<context>
    <name>backups.backup_actions</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file (a backup, an export or a photo import); try again when it has finished.</source>
        <translation>smpdesk todavía está trabajando con el archivo de la clínica (una copia de seguridad, una exportación o una importación de fotos); inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se ha restaurado</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened</source>
        <translation>No se puede abrir la base de datos de la clínica</translation>
    </message>
    <message>
        <source>{problem} smpdesk will close; start it again once the problem is solved.</source>
        <translation>{problem} smpdesk se cerrará; vuelva a iniciarlo cuando el problema esté resuelto.</translation>
    </message>
    <message>
        <source>Restored {name}: {counts}. The previous database was kept as {kept}.</source>
        <translation>Se ha restaurado {name}: {counts}. La base de datos anterior se conservó como {kept}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>smpdesk backups (*.sqlite3)</source>
        <translation>Copias de seguridad de smpdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the clinic database with {name}? Work entered after that backup will not be in it; the current file is kept in the backups folder.</source>
        <translation>¿Sustituir la base de datos de la clínica por {name}? Lo introducido después de esa copia de seguridad no estará en ella; el archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restaurando {name}…</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted backup:</source>
        <translation>Frase de contraseña de la copia de seguridad cifrada:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two passphrases differ; try again.</source>
        <translation>Las dos frases de contraseña no coinciden; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Export an encrypted backup</source>
        <translation>Exportar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Encrypted backups (*.smpdesk)</source>
        <translation>Copias de seguridad cifradas (*.smpdesk)</translation>
    </message>
    <message>
        <source>Encrypted backup written</source>
        <translation>Copia de seguridad cifrada escrita</translation>
    </message>
    <message>
        <source>Written to {path}. Keep the passphrase safe: without it the file cannot be opened.</source>
        <translation>Se ha escrito en {path}. Guarde la frase de contraseña en un lugar seguro: sin ella no se puede abrir el archivo.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Escribiendo la copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se ha exportado</translation>
    </message>
    <message>
        <source>Import an encrypted backup</source>
        <translation>Importar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se ha importado</translation>
    </message>
    <message>
        <source>Replace the clinic database with this backup? The current file is kept in the backups folder.</source>
        <translation>¿Sustituir la base de datos de la clínica por esta copia de seguridad? El archivo actual se conserva en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Opening the encrypted backup…</source>
        <translation>Abriendo la copia de seguridad cifrada…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Check passed</source>
        <translation>Comprobación superada</translation>
    </message>
    <message>
        <source>The check found problems</source>
        <translation>La comprobación encontró problemas</translation>
    </message>
    <message>
        <source>Checking the clinic file and its signed records…</source>
        <translation>Comprobando el archivo de la clínica y sus registros firmados…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Making the clinic file smaller</source>
        <translation>Reduciendo el archivo de la clínica</translation>
    </message>
    <message>
        <source>Space not given back</source>
        <translation>Espacio no liberado</translation>
    </message>
</context>
<context>
    <name>first_run.wizard</name>
    <message>
        <source>Not protected: the clinic file is not encrypted, nobody signs in, and anyone who uses this computer or copies the file or a backup can read every record. You can protect it later from Clinic → Protect this clinic.</source>
        <translation>Sin proteger: el archivo de la clínica no está cifrado, nadie inicia sesión y cualquiera que use este ordenador o copie el archivo o una copia de seguridad puede leer todos los registros. Puede protegerla más adelante desde Clínica → Proteger esta clínica.</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; choose a PNG or JPEG under 2 MB.</source>
        <translation>Ese archivo no es una imagen que smpdesk pueda leer; elija un PNG o JPEG de menos de 2 MB.</translation>
    </message>
</context>
<context>
    <name>widgets.form_support</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have typed details that are not saved. Close and discard them?</source>
        <translation>Ha escrito datos que no están guardados. ¿Cerrar y descartarlos?</translation>
    </message>
</context>
<context>
    <name>widgets.save_files</name>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>¿Sustituir {name}?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>{name} ya existe en esa carpeta. ¿Sustituirlo?</translation>
    </message>
</context>
</TS>
