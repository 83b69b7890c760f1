<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>core</name>
    <message>
        <source>{file} is not a file; choose a CSV or .xlsx file.</source>
        <translation>{file} no es un archivo; elija un archivo CSV o .xlsx.</translation>
    </message>
    <message>
        <source>{file} could not be opened; check that it exists.</source>
        <translation>No se ha podido abrir {file}; compruebe que existe.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; save only the client columns, or split it into smaller files.</source>
        <translation>{file} ocupa más de {megabytes} MB; guarde solo las columnas de los clientes o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{file} could not be read; check that it exists.</source>
        <translation>No se ha podido leer {file}; compruebe que existe.</translation>
    </message>
    <message>
        <source>{file} is a {kind} file, which cannot be imported. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} es un archivo {kind}, que no se puede importar. Guárdelo como CSV o .xlsx en su programa de hoja de cálculo y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has more than {columns} columns; save only the client columns and try again.</source>
        <translation>La fila {number} de {file} tiene más de {columns} columnas; guarde solo las columnas de los clientes e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has a cell longer than {characters} characters; shorten it and try again.</source>
        <translation>La fila {number} de {file} tiene una celda de más de {characters} caracteres; acórtela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file} has more than {rows} rows; split it into smaller files.</source>
        <translation>{file} tiene más de {rows} filas; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no row to import.</source>
        <translation>{file} está vacío: no hay ninguna fila que importar.</translation>
    </message>
    <message>
        <source>{file} has only a header row: there are no clients below it.</source>
        <translation>{file} solo tiene una fila de encabezados: no hay clientes debajo.</translation>
    </message>
    <message>
        <source>{file} does not look like a text file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} no parece un archivo de texto. Guárdelo como CSV o .xlsx en su programa de hoja de cálculo y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>Row {number} of {file} opens a quote (&quot;) that is never closed, so the rows below it would be read as one cell; close or remove that quote in your spreadsheet program and try again.</source>
        <translation>La fila {number} de {file} abre unas comillas (&quot;) que nunca se cierran, así que las filas de debajo se leerían como una sola celda; cierre o quite esas comillas en su programa de hoja de cálculo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Row {number} of {file} could not be read (a cell too long, or a quote left open); check it in your spreadsheet program.</source>
        <translation>No se ha podido leer la fila {number} de {file} (una celda demasiado larga o unas comillas sin cerrar); revísela en su programa de hoja de cálculo.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} no es un archivo .xlsx legible. Guárdelo como CSV o .xlsx en su programa de hoja de cálculo y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} holds too many parts to be a spreadsheet; Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} contiene demasiadas partes para ser una hoja de cálculo. Guárdelo como CSV o .xlsx en su programa de hoja de cálculo y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more than a spreadsheet holds, so it was not opened; save the sheet again as CSV or .xlsx and import that file.</source>
        <translation>{file} se descomprimiría en mucho más de lo que contiene una hoja de cálculo, así que no se ha abierto; vuelva a guardar la hoja como CSV o .xlsx e importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} holds a sheet far larger than a list of clients, so it was not opened; save only the client columns as CSV or .xlsx and import that file.</source>
        <translation>{file} contiene una hoja mucho más grande que una lista de clientes, así que no se ha abierto; guarde solo las columnas de los clientes como CSV o .xlsx e importe ese archivo.</translation>
    </message>
    <message>
        <source>A row of {file} has more than {cells} cells, far more than a list of clients, so it was not opened; save only the client columns and import that file.</source>
        <translation>Una fila de {file} tiene más de {cells} celdas, muchas más que una lista de clientes, así que no se ha abierto; guarde solo las columnas de los clientes e importe ese archivo.</translation>
    </message>
    <message>
        <source>{file} has more than {cells} cells; save only the client columns, or split it into smaller files.</source>
        <translation>{file} tiene más de {cells} celdas; guarde solo las columnas de los clientes o divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; choose another place to save.</source>
        <translation>La carpeta {parent} no existe; elija otro lugar para guardar.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder; give a new folder name, or a name ending in .zip for a ZIP file.</source>
        <translation>{target} es un archivo, no una carpeta; indique un nombre de carpeta nuevo o un nombre terminado en .zip para un archivo ZIP.</translation>
    </message>
    <message>
        <source>The folder {target} already has files in it; choose a new folder name, or add --force to replace an earlier export there.</source>
        <translation>La carpeta {target} ya contiene archivos; elija un nombre de carpeta nuevo o añada --force para sustituir una exportación anterior en ella.</translation>
    </message>
    <message>
        <source>The folder {target} has files in it that are not an earlier client export, so it was left alone; choose a new folder name.</source>
        <translation>La carpeta {target} contiene archivos que no son una exportación anterior de clientes, así que no se ha tocado; elija un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again (nothing was left behind).</source>
        <translation>El disco está lleno, así que la exportación no se ha escrito en {target}; libere espacio e inténtelo de nuevo (no ha quedado nada a medias).</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} apareció mientras se escribía la exportación, así que no se ha tocado; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new folder name.</source>
        <translation>{name} apareció mientras se escribía la exportación, así que no se ha tocado; elija un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <source>The erasure register {path} is not an ordinary file (a link, folder or device), so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>El registro de borrados {path} no es un archivo normal (es un enlace, una carpeta o un dispositivo), así que no se ha usado; los borrados registrados dentro del archivo de la clínica siguen aplicándose.</translation>
    </message>
    <message>
        <source>The erasure register {path} is larger than any smpdesk writes, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>El registro de borrados {path} es más grande que cualquiera que escriba smpdesk, así que no se ha usado; los borrados registrados dentro del archivo de la clínica siguen aplicándose.</translation>
    </message>
    <message>
        <source>The erasure register {path} could not be read ({reason}); erasures recorded inside the clinic file still apply.</source>
        <translation>No se ha podido leer el registro de borrados {path} ({reason}); los borrados registrados dentro del archivo de la clínica siguen aplicándose.</translation>
    </message>
    <message>
        <source>The erasure register {path} was written by a newer smpdesk, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>El registro de borrados {path} lo escribió una versión más reciente de smpdesk, así que no se ha usado; los borrados registrados dentro del archivo de la clínica siguen aplicándose.</translation>
    </message>
    <message>
        <source>The erasure register {path} is damaged or was edited, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>El registro de borrados {path} está dañado o se ha editado, así que no se ha usado; los borrados registrados dentro del archivo de la clínica siguen aplicándose.</translation>
    </message>
    <message>
        <source>The words file {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>No se ha podido leer el archivo de textos {path} ({reason}); restaure el archivo o vuelva a instalar smpdesk.</translation>
    </message>
    <message>
        <source>{path}: {problem}; correct the file or reinstall smpdesk.</source>
        <translation>{path}: {problem}; corrija el archivo o vuelva a instalar smpdesk.</translation>
    </message>
    <message>
        <source>{path}: the [{default_language}] table is missing; reinstall smpdesk.</source>
        <translation>{path}: falta la tabla [{default_language}]; vuelva a instalar smpdesk.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter; choose one in the clinic settings.</source>
        <translation>El tamaño del papel debe ser A4 o Carta; elija uno en los ajustes de la clínica.</translation>
    </message>
    <message>
        <source>The date style must be UK or US; choose one in the clinic settings.</source>
        <translation>El formato de fecha debe ser UK o US; elija uno en los ajustes de la clínica.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; choose A4 or Letter in the settings.</source>
        <translation>Tamaño de papel desconocido {paper}; elija A4 o Carta en los ajustes.</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source>file is damaged or incomplete</source>
        <translation>el archivo está dañado o incompleto</translation>
    </message>
    <message>
        <source>picture is too large</source>
        <translation>la imagen es demasiado grande</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se ha podido leer</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>El archivo de claves {path} está dañado o no lo escribió smpdesk; copie la que se guarda en la carpeta de copias de seguridad junto al archivo de la clínica (la clave de recuperación solo funciona con un archivo de claves).</translation>
    </message>
    <message>
        <source>The key file {path} is missing; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Falta el archivo de claves {path}; copie la que se guarda en la carpeta de copias de seguridad junto al archivo de la clínica (la clave de recuperación solo funciona con un archivo de claves).</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer smpdesk; update smpdesk to open this clinic.</source>
        <translation>El archivo de claves {path} lo escribió una versión más reciente de smpdesk; actualice smpdesk para abrir esta clínica.</translation>
    </message>
    <message>
        <source>The key file {path} could not be read ({reason}); check the file and try again.</source>
        <translation>No se ha podido leer el archivo de claves {path} ({reason}); compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({reason}); nothing was changed, so check the drive and try again.</source>
        <translation>No se ha podido escribir el archivo de claves {path} ({reason}); no se ha cambiado nada, así que compruebe la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so the key file {path} was not written; free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha escrito el archivo de claves {path}; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The key file is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>El archivo de claves está dañado o no lo escribió smpdesk; copie la que se guarda en la carpeta de copias de seguridad junto al archivo de la clínica (la clave de recuperación solo funciona con un archivo de claves).</translation>
    </message>
    <message>
        <source>A recovery key has only the letters and digits printed on it, never “{shown}”; type it again from the printed copy.</source>
        <translation>Una clave de recuperación solo tiene las letras y cifras impresas en ella, nunca «{shown}»; vuelva a escribirla a partir de la copia impresa.</translation>
    </message>
    <message>
        <source>A recovery key is {length} letters and digits in {groups} groups of {group_size}, but {typed} were typed; type it again from the printed copy.</source>
        <translation>Una clave de recuperación tiene {length} letras y cifras en {groups} grupos de {group_size}, pero se han escrito {typed}; vuelva a escribirla a partir de la copia impresa.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake; compare each group with the printed copy and try again.</source>
        <translation>La clave de recuperación tiene un error de escritura; compare cada grupo con la copia impresa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 1 a 32 letras minúsculas, cifras, puntos, guiones o guiones bajos, y empieza por una letra o una cifra.</translation>
    </message>
    <message>
        <source>A name is one line of at most {limit} characters, not blank.</source>
        <translation>Un nombre es una sola línea de {limit} caracteres como máximo, no vacía.</translation>
    </message>
    <message>
        <source>A role is owner, practitioner or reception.</source>
        <translation>Un rol es propietario, especialista o recepción.</translation>
    </message>
    <message>
        <source>Enter a password; an empty one would protect nothing.</source>
        <translation>Introduzca una contraseña; una vacía no protegería nada.</translation>
    </message>
    <message>
        <source>There is already an account called {login}.</source>
        <translation>Ya hay una cuenta llamada {login}.</translation>
    </message>
    <message>
        <source>The key file already holds {most} accounts, the most it can, so no account can be added.</source>
        <translation>El archivo de claves ya contiene {most} cuentas, el máximo posible, así que no se puede añadir ninguna cuenta.</translation>
    </message>
    <message>
        <source>There is no account called {login} in the key file.</source>
        <translation>No hay ninguna cuenta llamada {login} en el archivo de claves.</translation>
    </message>
    <message>
        <source>{name} is the clinic database (or one of its working files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} es la base de datos de la clínica (o uno de sus archivos de trabajo), así que no se ha escrito nada ahí; elija otro nombre de archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>{name} is another name for the clinic database (or one of its files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} es otro nombre de la base de datos de la clínica (o de uno de sus archivos), así que no se ha escrito nada ahí; elija otro nombre de archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>{name} is inside the backups folder {folder}, so nothing was written there; choose another file name or folder.</source>
        <translation>{name} está dentro de la carpeta de copias de seguridad {folder}, así que no se ha escrito nada ahí; elija otro nombre de archivo u otra carpeta.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name inside it, such as {example}.</source>
        <translation>{target} es una carpeta; indique un nombre de archivo dentro de ella, como {example}.</translation>
    </message>
    <message>
        <source>{target} is not an ordinary file, so nothing was written there.</source>
        <translation>{target} no es un archivo normal, así que no se ha escrito nada ahí.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name, or add --force to replace it.</source>
        <translation>{target} ya existe; elija un nombre de archivo nuevo o añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>{name} appeared while it was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} apareció mientras se escribía, así que no se ha tocado; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so {what} was not written to {target}; free some space and try again (nothing else was changed).</source>
        <translation>El disco está lleno, así que no se ha escrito {what} en {target}; libere espacio e inténtelo de nuevo (no se ha cambiado nada más).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this is not an smpdesk export; nothing was changed.</source>
        <translation>La frase de contraseña es incorrecta o esto no es una exportación de smpdesk; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The export file has been changed or damaged, so it cannot be trusted; nothing was changed.</source>
        <translation>El archivo de exportación se ha modificado o está dañado, así que no es de fiar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The export file is incomplete (it was cut short); copy it again and retry.</source>
        <translation>El archivo de exportación está incompleto (se cortó); cópielo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter a passphrase; an empty one would protect nothing.</source>
        <translation>Escriba una frase de contraseña; una vacía no protegería nada.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again.</source>
        <translation>El disco está lleno, así que la exportación no se ha escrito en {target}; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({reason}); check the drive and try again.</source>
        <translation>No se ha podido escribir la exportación en {target} ({reason}); compruebe la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{source} is not an ordinary file; choose the export file.</source>
        <translation>{source} no es un archivo normal; elija el archivo de exportación.</translation>
    </message>
    <message>
        <source>{source} could not be read ({reason}).</source>
        <translation>No se ha podido leer {source} ({reason}).</translation>
    </message>
    <message>
        <source>This export was made by a newer smpdesk; update smpdesk.</source>
        <translation>Esta exportación la hizo una versión más reciente de smpdesk; actualice smpdesk.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be opened; free some space and try again (nothing was changed).</source>
        <translation>El disco está lleno, así que no se ha podido abrir la exportación; libere espacio e inténtelo de nuevo (no se ha cambiado nada).</translation>
    </message>
    <message>
        <source>The export could not be opened here ({reason}); nothing was changed.</source>
        <translation>No se ha podido abrir la exportación aquí ({reason}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {max_side} pixels a side.</source>
        <translation>Esta imagen es demasiado grande para dibujar un diseño sobre ella; use una de como máximo {max_side} píxeles por lado.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {megapixels} megapixels.</source>
        <translation>Esta imagen es demasiado grande para dibujar un diseño sobre ella; use una de como máximo {megapixels} megapíxeles.</translation>
    </message>
    <message>
        <source>This design cannot be read: it holds values of the wrong kind.</source>
        <translation>Este diseño no se puede leer: contiene valores de un tipo incorrecto.</translation>
    </message>
    <message>
        <source>This zone would hold too many impressions to list; draw it on a smaller picture.</source>
        <translation>Esta zona tendría demasiadas impresiones para enumerarlas; dibújela sobre una imagen más pequeña.</translation>
    </message>
    <message>
        <source>There is no built-in head outline called {view}.</source>
        <translation>No hay ningún contorno de cabeza incorporado llamado {view}.</translation>
    </message>
    <message>
        <source>A head outline can be drawn {lo} to {hi} pixels wide.</source>
        <translation>Un contorno de cabeza puede dibujarse con un ancho de {lo} a {hi} píxeles.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is a folder, not a file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, es una carpeta, no un archivo. Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, cannot be read ({reason}). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, no se puede leer ({reason}). Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is not an ordinary file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, no es un archivo normal. Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is far too big to be smpdesk&apos;s. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, es demasiado grande para ser de smpdesk. Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is damaged (it does not hold a clinic file&apos;s path). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, está dañado (no contiene la ruta de un archivo de clínica). Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, does not hold a full path to a clinic file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>El archivo {pointer}, que recuerda dónde se guarda el archivo de su clínica, no contiene la ruta completa de un archivo de clínica. Corríjalo o bórrelo (smpdesk usará entonces su propia carpeta), o inicie smpdesk con --db PATH para abrir directamente un archivo de clínica.</translation>
    </message>
    <message>
        <source>The clinic remembered at {path} is missing (is its drive unplugged?). Plug the drive in and start smpdesk again; to forget that clinic delete {pointer}, or start smpdesk with --db PATH to open another clinic file.</source>
        <translation>Falta la clínica recordada en {path} (¿está desconectada su unidad?). Conecte la unidad e inicie smpdesk de nuevo; para olvidar esa clínica borre {pointer}, o inicie smpdesk con --db PATH para abrir otro archivo de clínica.</translation>
    </message>
</context>
</TS>
