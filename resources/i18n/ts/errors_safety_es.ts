<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>That user name and password do not match; check them (passwords are case-sensitive) and try again.</source>
        <translation>El nombre de usuario y la contraseña no coinciden; compruébelos (las contraseñas distinguen mayúsculas y minúsculas) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the clinic&apos;s owner.</source>
        <translation>Esta cuenta está desactivada; consulte al propietario de la clínica.</translation>
    </message>
    <message>
        <source>The key file {name} beside the clinic file is missing; copy {kept} back beside it, then sign in again.</source>
        <translation>Falta el archivo de claves {name} junto al archivo de la clínica; vuelva a copiar {kept} a su lado e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait {seconds} seconds and try again.</source>
        <translation>Demasiadas contraseñas incorrectas para esta cuenta: espere {seconds} segundos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} was made before this clinic was protected (it holds no owner account), so after restoring it nobody could sign in; choose a backup made after protecting. Nothing was changed.</source>
        <translation>{name} se hizo antes de proteger esta clínica (no contiene ninguna cuenta de propietario), así que tras restaurarla nadie podría iniciar sesión; elija una copia de seguridad hecha después de protegerla. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s owner restores a backup while the clinic file cannot be opened.</source>
        <translation>Mientras no se pueda abrir el archivo de la clínica, solo el propietario de la clínica puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>That recovery key does not open this clinic; check it and try again.</source>
        <translation>Esa clave de recuperación no abre esta clínica; compruébela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The recovery key resets an owner&apos;s password; choose an owner.</source>
        <translation>La clave de recuperación restablece la contraseña de un propietario; elija un propietario.</translation>
    </message>
    <message>
        <source>{name} is protected already.</source>
        <translation>{name} ya está protegido.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic; close its window first (or protect it from the window: Clinic → Protect this clinic).</source>
        <translation>smpdesk está abierto con esta clínica; cierre primero su ventana (o protéjala desde la ventana: Clínica → Proteger esta clínica).</translation>
    </message>
    <message>
        <source>An unprotected copy from an earlier attempt is still beside the clinic file; erase it first (&apos;smpdesk protect --erase-plain-copy&apos;).</source>
        <translation>Junto al archivo de la clínica sigue habiendo una copia sin proteger de un intento anterior; bórrela primero (&apos;smpdesk protect --erase-plain-copy&apos;).</translation>
    </message>
    <message>
        <source>The clinic file is not protected, so its unprotected copy was kept; run &apos;smpdesk protect&apos; again.</source>
        <translation>El archivo de la clínica no está protegido, así que se ha conservado su copia sin proteger; vuelva a ejecutar &apos;smpdesk protect&apos;.</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no staff accounts; protect it first (Settings → Protect this clinic, or &apos;smpdesk protect&apos;).</source>
        <translation>Esta clínica aún no está protegida, así que no tiene cuentas de personal; protéjala primero (Configuración → Proteger esta clínica, o &apos;smpdesk protect&apos;).</translation>
    </message>
    <message>
        <source>There is no staff account with id {staff_id}.</source>
        <translation>No hay ninguna cuenta de personal con el id {staff_id}.</translation>
    </message>
    <message>
        <source>Choose owner, practitioner or reception.</source>
        <translation>Elija propietario, especialista o recepción.</translation>
    </message>
    <message>
        <source>There is already an account with that user name.</source>
        <translation>Ya hay una cuenta con ese nombre de usuario.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>No puede desactivar su propia cuenta; inicie sesión como otro propietario para hacerlo.</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s only owner account; make another account an owner first.</source>
        <translation>Esta es la única cuenta de propietario de la clínica; convierta primero otra cuenta en propietario.</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>Esa no es su contraseña actual.</translation>
    </message>
    <message>
        <source>Another restore of this clinic database is running; wait for it to finish.</source>
        <translation>Se está ejecutando otra restauración de esta base de datos de la clínica; espere a que termine.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}; check the path.</source>
        <translation>No hay ningún archivo de copia de seguridad en {backup}; compruebe la ruta.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic database; close its window before restoring.</source>
        <translation>smpdesk está abierto con esta base de datos de la clínica; cierre su ventana antes de restaurar.</translation>
    </message>
    <message>
        <source>That is the clinic database itself, not a backup; choose a backup file.</source>
        <translation>Esa es la propia base de datos de la clínica, no una copia de seguridad; elija un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The restore could not start ({reason})</source>
        <translation>No se ha podido iniciar la restauración ({reason})</translation>
    </message>
    <message>
        <source>The restore did not complete ({reason}). {outcome}</source>
        <translation>La restauración no se ha completado ({reason}). {outcome}</translation>
    </message>
    <message>
        <source>The backup was put in place but could not be opened ({reason}); the previous database is kept at {set_aside}.</source>
        <translation>La copia de seguridad se ha colocado en su sitio, pero no se ha podido abrir ({reason}); la base de datos anterior se conserva en {set_aside}.</translation>
    </message>
    <message>
        <source>A restore from {name} was stopped before it changed anything; the clinic database is as it was.</source>
        <translation>Una restauración desde {name} se detuvo antes de cambiar nada; la base de datos de la clínica está como estaba.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted at its very end; it is complete.</source>
        <translation>Una restauración desde {name} se interrumpió justo al final; está completa.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed (the previous database is kept as {set_aside}).</source>
        <translation>Una restauración desde {name} se interrumpió; ya se ha completado (la base de datos anterior se conserva como {set_aside}).</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed.</source>
        <translation>Una restauración desde {name} se interrumpió; ya se ha completado.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and could not be completed; the clinic database was put back as it was before the restore.</source>
        <translation>Una restauración desde {name} se interrumpió y no se ha podido completar; la base de datos de la clínica se ha dejado como estaba antes de la restauración.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and neither copy could be used; restore a backup again with &apos;smpdesk restore FILE&apos;.</source>
        <translation>Una restauración desde {name} se interrumpió y no se ha podido usar ninguna de las dos copias; vuelva a restaurar una copia de seguridad con &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made may be back in it: restore it again once signed in to remove them.</source>
        <translation>{outcome} Es posible que los clientes borrados después de hacerse esa copia de seguridad vuelvan a estar en ella: restáurela de nuevo tras iniciar sesión para eliminarlos.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made could not be removed ({reason}).</source>
        <translation>{outcome} No se ha podido eliminar a los clientes borrados después de hacerse esa copia de seguridad ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}); use an older backup.</source>
        <translation>La copia de seguridad {name} está dañada ({problem}); use una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used; choose another backup.</source>
        <translation>{name} no es una base de datos de smpdesk intacta: {detail}. Puede haberse alterado para dañar las fichas de la clínica, así que no se ha usado; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup {name} is missing.</source>
        <translation>Falta la copia de seguridad {name}.</translation>
    </message>
    <message>
        <source>{name} is not an SQLite file, so it cannot be restored.</source>
        <translation>{name} no es un archivo SQLite, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>The backup {name} is not encrypted, so it is not a backup of this encrypted clinic; choose another backup.</source>
        <translation>La copia de seguridad {name} no está cifrada, así que no es una copia de seguridad de esta clínica cifrada; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({reason}).</source>
        <translation>No se ha podido leer la copia de seguridad {name} ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer smpdesk; install the newer smpdesk to restore it.</source>
        <translation>La copia de seguridad {name} la hizo una versión más reciente de smpdesk; instale esa versión de smpdesk para restaurarla.</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an smpdesk backup.</source>
        <translation>{name} es un archivo SQLite, pero no una copia de seguridad de smpdesk.</translation>
    </message>
    <message>
        <source>The backup {name} could not be opened with this clinic&apos;s key: it was made with another key, or it is damaged; use another backup.</source>
        <translation>No se ha podido abrir la copia de seguridad {name} con la clave de esta clínica: se hizo con otra clave o está dañada; use otra copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not made; free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha hecho la copia de seguridad; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backups folder {folder} cannot be written to; check its permissions or choose another folder.</source>
        <translation>No se puede escribir en la carpeta de copias de seguridad {folder}; compruebe sus permisos o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}); try again or choose another folder.</source>
        <translation>No se ha podido escribir la copia de seguridad en {folder} ({reason}); inténtelo de nuevo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backups folder {folder} does not exist; connect the drive, create the folder or choose another one.</source>
        <translation>La carpeta de copias de seguridad {folder} no existe; conecte la unidad, cree la carpeta o elija otra.</translation>
    </message>
    <message>
        <source>A change is still being saved, so the backup was not started; try again.</source>
        <translation>Todavía se está guardando un cambio, así que no se ha iniciado la copia de seguridad; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The new backup failed its check and was not kept, so the clinic database itself may be damaged; run a full check of it.</source>
        <translation>La nueva copia de seguridad no ha superado la comprobación y no se ha conservado, así que la propia base de datos de la clínica puede estar dañada; hágale una comprobación completa.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. There is no good backup beside it: copy the file somewhere safe and restore one of your own backups with &apos;smpdesk restore FILE&apos;.</source>
        <translation>{problem}; no se ha cambiado nada. No hay ninguna copia de seguridad válida a su lado: copie el archivo a un lugar seguro y restaure una de sus propias copias de seguridad con &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. The newest good backup is {backup} (made {made}): restore it with &apos;smpdesk restore {backup}&apos; or by starting the window.</source>
        <translation>{problem}; no se ha cambiado nada. La copia de seguridad válida más reciente es {backup} (hecha el {made}): restáurela con &apos;smpdesk restore {backup}&apos; o abriendo la ventana.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path.</source>
        <translation>No hay ninguna base de datos de la clínica en {path}; compruebe la ruta.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>No se ha podido leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full, so the full check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha podido hacer la comprobación completa de {name} (esto no indica ningún daño); libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the quick check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha podido hacer la comprobación rápida de {name} (esto no indica ningún daño); libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; connect the drive first.</source>
        <translation>La carpeta {folder} no existe; conecte primero la unidad.</translation>
    </message>
    <message>
        <source>Give the clinic&apos;s name; it is printed on every sheet.</source>
        <translation>Indique el nombre de la clínica; se imprime en cada hoja.</translation>
    </message>
    <message>
        <source>smpdesk cannot write in {folder} ({reason}); choose another folder.</source>
        <translation>smpdesk no puede escribir en {folder} ({reason}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is already a clinic file at {path}; choose another folder, or close this window and start smpdesk with that clinic.</source>
        <translation>Ya hay un archivo de clínica en {path}; elija otra carpeta, o cierre esta ventana e inicie smpdesk con esa clínica.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder.</source>
        <translation>{folder} es un archivo, no una carpeta; elija una carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds the key file of a protected clinic; choose another folder.</source>
        <translation>La carpeta {folder} contiene el archivo de claves de una clínica protegida; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds backups of a clinic ({count} in its backups folder); a new clinic there would thin them out. Choose another folder, or bring that clinic back: start smpdesk with --db {path} and accept its newest backup, or run &apos;smpdesk restore --db {path} FILE&apos;.</source>
        <translation>La carpeta {folder} contiene copias de seguridad de una clínica ({count} en su carpeta de copias de seguridad); una clínica nueva allí las iría eliminando. Elija otra carpeta o recupere esa clínica: inicie smpdesk con --db {path} y acepte su copia de seguridad más reciente, o ejecute &apos;smpdesk restore --db {path} FILE&apos;.</translation>
    </message>
    <message>
        <source>The backups folder {backups} holds the key file of a protected clinic; choose another folder.</source>
        <translation>La carpeta de copias de seguridad {backups} contiene el archivo de claves de una clínica protegida; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder {folder} holds files a clinic left behind ({files}); choose another folder.</source>
        <translation>La carpeta {folder} contiene archivos que dejó una clínica ({files}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>smpdesk could not note where the clinic is kept: its settings folder {folder} cannot be written ({reason}). Nothing was made; check that folder&apos;s permissions and try again.</source>
        <translation>smpdesk no ha podido anotar dónde se guarda la clínica: no se puede escribir en su carpeta de configuración {folder} ({reason}). No se ha creado nada; compruebe los permisos de esa carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The clinic could not be made in {folder} ({reason}); choose another folder.</source>
        <translation>No se ha podido crear la clínica en {folder} ({reason}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>A reception account cannot archive a client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede archivar un cliente; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot change a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede modificar una sesión; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede modificar el consentimiento de una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede modificar los datos de una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede modificar la configuración de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede modificar la configuración de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede comprobar el registro de auditoría; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede comprobar el registro de auditoría; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede copiar la clínica a un archivo; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede copiar la clínica a un archivo; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede eliminar una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede eliminar una sesión; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede eliminar una sesión; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot discard a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede descartar un formulario; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot draft a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede preparar un plan de tratamiento; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede borrar un cliente; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede borrar un cliente; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export a client&apos;s data; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar los datos de un cliente; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export a design image; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar la imagen de un diseño; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar una lista de retirada de lotes; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede exportar la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede exportar los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede exportar la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede exportar la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot fill in a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede rellenar un formulario; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede importar clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede importar clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot import photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede importar fotos; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede crear una nueva clave de recuperación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede crear una nueva clave de recuperación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede gestionar las cuentas de personal; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede gestionar las cuentas de personal; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot mark landmarks on a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede marcar puntos de referencia en una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot merge two clients&apos; records; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede fusionar las fichas de dos clientes; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot print a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede imprimir una lista de retirada de lotes; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot print a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede imprimir un presupuesto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede imprimir los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede imprimir los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede imprimir la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede imprimir la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede imprimir la hoja de recuperación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede imprimir la hoja de recuperación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede leer el registro de auditoría; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede leer el registro de auditoría; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot record a design&apos;s approval; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede registrar la aprobación de un diseño; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot record a patch test; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede registrar una prueba de tolerancia; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot record a plan&apos;s acceptance; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede registrar la aceptación de un plan; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot record a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede registrar una sesión; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede reembolsar un pago; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede reembolsar un pago; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede restablecer una contraseña; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede restablecer una contraseña; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot restore an archived client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede recuperar un cliente archivado; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede restaurar o importar una copia de seguridad; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede restaurar o importar una copia de seguridad; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot run a lot recall; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede hacer una retirada de lotes; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot save a hairline design; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede guardar un diseño de la línea del cabello; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot save a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede guardar un presupuesto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot save a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede guardar un plan de tratamiento; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s earlier details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los datos anteriores de un cliente; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los planes de un cliente; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see a consent record; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver un registro de consentimiento; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see a photo&apos;s history; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver el historial de una foto; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see contraindications; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver las contraindicaciones; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see hairline designs; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los diseños de la línea del cabello; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see medical answers; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver las respuestas médicas; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see patch test results; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los resultados de las pruebas de tolerancia; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver el consentimiento de las fotos; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver las fotos; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede ver los clientes fuera del plazo de conservación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los clientes fuera del plazo de conservación; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede ver los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los informes de la clínica; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede ver la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver la caja del día; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede ver las importaciones de clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver las importaciones de clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los detalles del tratamiento; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede ver los planes de tratamiento; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot sign off a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede validar un formulario; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot start a new version of a signed form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede empezar una nueva versión de un formulario firmado; pida a un especialista o al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede deshacer una importación de clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede deshacer una importación de clientes; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A practitioner account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de especialista no puede anular un pago; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>A reception account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Una cuenta de recepción no puede anular un pago; pida al propietario de la clínica que lo haga.</translation>
    </message>
    <message>
        <source>Your account is not in the restored clinic file; start smpdesk again and sign in as its owner.</source>
        <translation>Su cuenta no está en el archivo de la clínica restaurado; vuelva a iniciar smpdesk e inicie sesión como su propietario.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha guardado nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file); choose the right file or restore a backup.</source>
        <translation>{path} no es una base de datos de smpdesk legible (puede estar dañada o ser otro tipo de archivo); elija el archivo correcto o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file)</source>
        <translation>{path} no es una base de datos de smpdesk legible (puede estar dañada o ser otro tipo de archivo)</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} es una carpeta; indique la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, pipe or socket), so it cannot be a clinic database; give the path of the clinic&apos;s .sqlite3 file.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un socket), así que no puede ser una base de datos de la clínica; indique la ruta del archivo .sqlite3 de la clínica.</translation>
    </message>
    <message>
        <source>The clinic database {path} is empty (0 bytes): its records were lost.</source>
        <translation>La base de datos de la clínica {path} está vacía (0 bytes): se han perdido sus fichas.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted clinic database, so it cannot be opened with a key; choose the clinic&apos;s encrypted file.</source>
        <translation>{path} no es una base de datos de la clínica cifrada, así que no se puede abrir con una clave; elija el archivo cifrado de la clínica.</translation>
    </message>
    <message>
        <source>A name in the path {path} is longer than the file system allows; choose a shorter file or folder name.</source>
        <translation>Un nombre de la ruta {path} es más largo de lo que permite el sistema de archivos; elija un nombre de archivo o carpeta más corto.</translation>
    </message>
    <message>
        <source>{path} cannot be used: permission denied; check the file and folder permissions.</source>
        <translation>No se puede usar {path}: permiso denegado; compruebe los permisos del archivo y de la carpeta.</translation>
    </message>
    <message>
        <source>{path} is a loop of links; give the real file&apos;s path.</source>
        <translation>{path} es un bucle de enlaces; indique la ruta del archivo real.</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}.</source>
        <translation>No se ha podido usar {path}: {reason}.</translation>
    </message>
    <message>
        <source>The clinic database {path} is in use by another program; close that program (or the other smpdesk window) and try again.</source>
        <translation>Otro programa está usando la base de datos de la clínica {path}; cierre ese programa (o la otra ventana de smpdesk) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The clinic database {path} is read-only, so nothing was saved; check the file and folder permissions and try again.</source>
        <translation>La base de datos de la clínica {path} es de solo lectura, así que no se ha guardado nada; compruebe los permisos del archivo y de la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be opened; check that the folder exists and that you may write to it.</source>
        <translation>No se ha podido abrir la base de datos de la clínica {path}; compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be used ({reason}); try again.</source>
        <translation>No se ha podido usar la base de datos de la clínica {path} ({reason}); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{path} could not be opened with this key: either the key is not this file&apos;s or the file is damaged; nothing was changed. Check that this is the right clinic and key, and if it is, restore a backup.</source>
        <translation>No se ha podido abrir {path} con esta clave: o la clave no es la de este archivo o el archivo está dañado; no se ha cambiado nada. Compruebe que son la clínica y la clave correctas y, si lo son, restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The clinic database could not switch to safe-write (WAL) mode.</source>
        <translation>La base de datos de la clínica no ha podido pasar al modo de escritura segura (WAL).</translation>
    </message>
    <message>
        <source>The safety copy {dest} failed its check; nothing was changed.</source>
        <translation>La copia de seguridad previa {dest} no ha superado la comprobación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path or create one with &apos;smpdesk demo&apos; or by starting the app.</source>
        <translation>No hay ninguna base de datos de la clínica en {path}; compruebe la ruta o cree una con &apos;smpdesk demo&apos; o iniciando la aplicación.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another location.</source>
        <translation>La carpeta {folder} no existe; créela o elija otra ubicación.</translation>
    </message>
    <message>
        <source>The clinic database {path} was written by a newer version of smpdesk; install the newer smpdesk to open it (the file was left untouched).</source>
        <translation>La base de datos de la clínica {path} la escribió una versión más reciente de smpdesk; instale esa versión de smpdesk para abrirla (no se ha tocado el archivo).</translation>
    </message>
    <message>
        <source>The clinic database {path} holds no records at all.</source>
        <translation>La base de datos de la clínica {path} no contiene ninguna ficha.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another program, not an smpdesk database; choose a different file.</source>
        <translation>{path} es un archivo SQLite de otro programa, no una base de datos de smpdesk; elija otro archivo.</translation>
    </message>
    <message>
        <source>The refund is more than is left of payment {payment_id}.</source>
        <translation>El reembolso supera lo que queda del pago {payment_id}.</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>No existe el pago {payment_id}; compruebe el número.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a refund, not a payment; only a payment can be voided or refunded.</source>
        <translation>El movimiento {payment_id} es un reembolso, no un pago; solo se puede anular o reembolsar un pago.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a void, not a payment; only a payment can be voided or refunded.</source>
        <translation>El movimiento {payment_id} es una anulación, no un pago; solo se puede anular o reembolsar un pago.</translation>
    </message>
    <message>
        <source>Payment {payment_id} is already voided.</source>
        <translation>El pago {payment_id} ya está anulado.</translation>
    </message>
    <message>
        <source>Payment {payment_id} has been partly refunded, so it cannot be voided; refund what is left of it instead.</source>
        <translation>El pago {payment_id} se ha reembolsado en parte, así que no se puede anular; reembolse en su lugar lo que queda.</translation>
    </message>
    <message>
        <source>A refund must be more than nothing.</source>
        <translation>El reembolso debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Payment {payment_id} was taken in {currency}; refund it in {currency}.</source>
        <translation>El pago {payment_id} se cobró en {currency}; reembólselo en {currency}.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used</source>
        <translation>{name} no es una base de datos de smpdesk intacta: {detail}. Puede haberse alterado para dañar las fichas de la clínica, así que no se ha usado</translation>
    </message>
    <message>
        <source>{target} could not be switched to safe-write (WAL) mode.</source>
        <translation>No se ha podido pasar {target} al modo de escritura segura (WAL).</translation>
    </message>
    <message>
        <source>The copy of {source} does not hold the same records, so it was not kept; nothing was changed.</source>
        <translation>La copia de {source} no contiene las mismas fichas, así que no se ha conservado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check (it is not an smpdesk database), so it was not kept.</source>
        <translation>La copia de {source} no ha superado la comprobación (no es una base de datos de smpdesk), así que no se ha conservado.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database (it is not an smpdesk database); nothing was copied.</source>
        <translation>{path} no es una base de datos de la clínica en buen estado (no es una base de datos de smpdesk); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check ({problem}), so it was not kept.</source>
        <translation>La copia de {source} no ha superado la comprobación ({problem}), así que no se ha conservado.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database ({problem}); nothing was copied.</source>
        <translation>{path} no es una base de datos de la clínica en buen estado ({problem}); no se ha copiado nada.</translation>
    </message>
</context>
</TS>
