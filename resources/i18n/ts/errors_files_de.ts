<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>{file} is not a file; choose a CSV or .xlsx file.</source>
        <translation>{file} ist keine Datei; wählen Sie eine CSV- oder .xlsx-Datei.</translation>
    </message>
    <message>
        <source>{file} could not be opened; check that it exists.</source>
        <translation>{file} konnte nicht geöffnet werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; save only the client columns, or split it into smaller files.</source>
        <translation>{file} ist größer als {megabytes} MB; speichern Sie nur die Kundenspalten oder teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{file} could not be read; check that it exists.</source>
        <translation>{file} konnte nicht gelesen werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <source>{file} is a {kind} file, which cannot be imported. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} ist eine {kind}-Datei, die nicht importiert werden kann. Speichern Sie sie in Ihrer Tabellenkalkulation als CSV oder .xlsx und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has more than {columns} columns; save only the client columns and try again.</source>
        <translation>Zeile {number} von {file} hat mehr als {columns} Spalten; speichern Sie nur die Kundenspalten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has a cell longer than {characters} characters; shorten it and try again.</source>
        <translation>Zeile {number} von {file} hat eine Zelle mit mehr als {characters} Zeichen; kürzen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{file} has more than {rows} rows; split it into smaller files.</source>
        <translation>{file} hat mehr als {rows} Zeilen; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no row to import.</source>
        <translation>{file} ist leer: Es gibt keine Zeile zum Importieren.</translation>
    </message>
    <message>
        <source>{file} has only a header row: there are no clients below it.</source>
        <translation>{file} hat nur eine Kopfzeile: Darunter stehen keine Kunden.</translation>
    </message>
    <message>
        <source>{file} does not look like a text file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} sieht nicht wie eine Textdatei aus. Speichern Sie sie in Ihrer Tabellenkalkulation als CSV oder .xlsx und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>Row {number} of {file} opens a quote (&quot;) that is never closed, so the rows below it would be read as one cell; close or remove that quote in your spreadsheet program and try again.</source>
        <translation>Zeile {number} von {file} öffnet ein Anführungszeichen (&quot;), das nie geschlossen wird, sodass die Zeilen darunter als eine einzige Zelle gelesen würden; schließen oder entfernen Sie dieses Anführungszeichen in Ihrer Tabellenkalkulation und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Row {number} of {file} could not be read (a cell too long, or a quote left open); check it in your spreadsheet program.</source>
        <translation>Zeile {number} von {file} konnte nicht gelesen werden (eine zu lange Zelle oder ein nicht geschlossenes Anführungszeichen); prüfen Sie sie in Ihrer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} ist keine lesbare .xlsx-Datei. Speichern Sie sie in Ihrer Tabellenkalkulation als CSV oder .xlsx und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>{file} holds too many parts to be a spreadsheet; Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} enthält zu viele Teile für eine Tabelle. Speichern Sie sie in Ihrer Tabellenkalkulation als CSV oder .xlsx und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more than a spreadsheet holds, so it was not opened; save the sheet again as CSV or .xlsx and import that file.</source>
        <translation>{file} würde beim Entpacken weit mehr ergeben, als eine Tabelle enthält, daher wurde die Datei nicht geöffnet; speichern Sie das Blatt erneut als CSV oder .xlsx und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{file} holds a sheet far larger than a list of clients, so it was not opened; save only the client columns as CSV or .xlsx and import that file.</source>
        <translation>{file} enthält ein Blatt, das weit größer ist als eine Kundenliste, daher wurde die Datei nicht geöffnet; speichern Sie nur die Kundenspalten als CSV oder .xlsx und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>A row of {file} has more than {cells} cells, far more than a list of clients, so it was not opened; save only the client columns and import that file.</source>
        <translation>Eine Zeile von {file} hat mehr als {cells} Zellen, weit mehr als eine Kundenliste, daher wurde die Datei nicht geöffnet; speichern Sie nur die Kundenspalten und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{file} has more than {cells} cells; save only the client columns, or split it into smaller files.</source>
        <translation>{file} hat mehr als {cells} Zellen; speichern Sie nur die Kundenspalten oder teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; choose another place to save.</source>
        <translation>Der Ordner {parent} existiert nicht; wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder; give a new folder name, or a name ending in .zip for a ZIP file.</source>
        <translation>{target} ist eine Datei, kein Ordner; geben Sie einen neuen Ordnernamen an oder einen Namen mit der Endung .zip für eine ZIP-Datei.</translation>
    </message>
    <message>
        <source>The folder {target} already has files in it; choose a new folder name, or add --force to replace an earlier export there.</source>
        <translation>Der Ordner {target} enthält bereits Dateien; wählen Sie einen neuen Ordnernamen oder fügen Sie --force hinzu, um einen früheren Export dort zu ersetzen.</translation>
    </message>
    <message>
        <source>The folder {target} has files in it that are not an earlier client export, so it was left alone; choose a new folder name.</source>
        <translation>Der Ordner {target} enthält Dateien, die kein früherer Kundenexport sind, daher wurde er nicht verändert; wählen Sie einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again (nothing was left behind).</source>
        <translation>Der Datenträger ist voll, daher wurde der Export nicht nach {target} geschrieben; geben Sie Speicherplatz frei und versuchen Sie es erneut (es blieb nichts zurück).</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} ist entstanden, während der Export geschrieben wurde, daher wurde es nicht verändert; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new folder name.</source>
        <translation>{name} ist entstanden, während der Export geschrieben wurde, daher wurde es nicht verändert; wählen Sie einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>The erasure register {path} is not an ordinary file (a link, folder or device), so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Das Löschregister {path} ist keine gewöhnliche Datei (eine Verknüpfung, ein Ordner oder ein Gerät), daher wurde es nicht verwendet; die in der Praxisdatei erfassten Löschungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>The erasure register {path} is larger than any smpdesk writes, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Das Löschregister {path} ist größer als jedes, das smpdesk schreibt, daher wurde es nicht verwendet; die in der Praxisdatei erfassten Löschungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>The erasure register {path} could not be read ({reason}); erasures recorded inside the clinic file still apply.</source>
        <translation>Das Löschregister {path} konnte nicht gelesen werden ({reason}); die in der Praxisdatei erfassten Löschungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>The erasure register {path} was written by a newer smpdesk, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Das Löschregister {path} wurde von einer neueren smpdesk-Version geschrieben, daher wurde es nicht verwendet; die in der Praxisdatei erfassten Löschungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>The erasure register {path} is damaged or was edited, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Das Löschregister {path} ist beschädigt oder wurde bearbeitet, daher wurde es nicht verwendet; die in der Praxisdatei erfassten Löschungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>The words file {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>Die Textdatei {path} konnte nicht gelesen werden ({reason}); stellen Sie die Datei wieder her oder installieren Sie smpdesk neu.</translation>
    </message>
    <message>
        <source>{path}: {problem}; correct the file or reinstall smpdesk.</source>
        <translation>{path}: {problem}; korrigieren Sie die Datei oder installieren Sie smpdesk neu.</translation>
    </message>
    <message>
        <source>{path}: the [{default_language}] table is missing; reinstall smpdesk.</source>
        <translation>{path}: Die Tabelle [{default_language}] fehlt; installieren Sie smpdesk neu.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter; choose one in the clinic settings.</source>
        <translation>Das Papierformat muss A4 oder Letter sein; wählen Sie eines in den Einstellungen der Praxis.</translation>
    </message>
    <message>
        <source>The date style must be UK or US; choose one in the clinic settings.</source>
        <translation>Das Datumsformat muss UK oder US sein; wählen Sie eines in den Einstellungen der Praxis.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; choose A4 or Letter in the settings.</source>
        <translation>Unbekanntes Papierformat {paper}; wählen Sie A4 oder Letter in den Einstellungen.</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>file is damaged or incomplete</source>
        <translation>Datei ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>picture is too large</source>
        <translation>Bild ist zu groß</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Die Schlüsseldatei {path} ist beschädigt oder wurde nicht von smpdesk geschrieben; kopieren Sie die im Sicherungsordner aufbewahrte Datei zurück neben die Praxisdatei (der Wiederherstellungsschlüssel funktioniert nur mit einer Schlüsseldatei).</translation>
    </message>
    <message>
        <source>The key file {path} is missing; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Die Schlüsseldatei {path} fehlt; kopieren Sie die im Sicherungsordner aufbewahrte Datei zurück neben die Praxisdatei (der Wiederherstellungsschlüssel funktioniert nur mit einer Schlüsseldatei).</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer smpdesk; update smpdesk to open this clinic.</source>
        <translation>Die Schlüsseldatei {path} wurde von einer neueren smpdesk-Version geschrieben; aktualisieren Sie smpdesk, um diese Praxis zu öffnen.</translation>
    </message>
    <message>
        <source>The key file {path} could not be read ({reason}); check the file and try again.</source>
        <translation>Die Schlüsseldatei {path} konnte nicht gelesen werden ({reason}); prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({reason}); nothing was changed, so check the drive and try again.</source>
        <translation>Die Schlüsseldatei {path} konnte nicht geschrieben werden ({reason}); es wurde nichts geändert, prüfen Sie also das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the key file {path} was not written; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Schlüsseldatei {path} nicht geschrieben; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key file is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Die Schlüsseldatei ist beschädigt oder wurde nicht von smpdesk geschrieben; kopieren Sie die im Sicherungsordner aufbewahrte Datei zurück neben die Praxisdatei (der Wiederherstellungsschlüssel funktioniert nur mit einer Schlüsseldatei).</translation>
    </message>
    <message>
        <source>A recovery key has only the letters and digits printed on it, never “{shown}”; type it again from the printed copy.</source>
        <translation>Ein Wiederherstellungsschlüssel enthält nur die aufgedruckten Buchstaben und Ziffern, niemals „{shown}“; geben Sie ihn erneut anhand des Ausdrucks ein.</translation>
    </message>
    <message>
        <source>A recovery key is {length} letters and digits in {groups} groups of {group_size}, but {typed} were typed; type it again from the printed copy.</source>
        <translation>Ein Wiederherstellungsschlüssel besteht aus {length} Buchstaben und Ziffern in {groups} Gruppen zu {group_size}, eingegeben wurden aber {typed}; geben Sie ihn erneut anhand des Ausdrucks ein.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake; compare each group with the printed copy and try again.</source>
        <translation>Der Wiederherstellungsschlüssel enthält einen Tippfehler; vergleichen Sie jede Gruppe mit dem Ausdruck und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Ein Benutzername besteht aus 1 bis 32 Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A name is one line of at most {limit} characters, not blank.</source>
        <translation>Ein Name ist eine einzelne, nicht leere Zeile mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>A role is owner, practitioner or reception.</source>
        <translation>Eine Rolle ist Inhaber, Behandler oder Empfang.</translation>
    </message>
    <message>
        <source>Enter a password; an empty one would protect nothing.</source>
        <translation>Geben Sie ein Passwort ein; ein leeres würde nichts schützen.</translation>
    </message>
    <message>
        <source>There is already an account called {login}.</source>
        <translation>Es gibt bereits ein Konto namens {login}.</translation>
    </message>
    <message>
        <source>The key file already holds {most} accounts, the most it can, so no account can be added.</source>
        <translation>Die Schlüsseldatei enthält bereits {most} Konten, das Maximum, daher kann kein Konto hinzugefügt werden.</translation>
    </message>
    <message>
        <source>There is no account called {login} in the key file.</source>
        <translation>In der Schlüsseldatei gibt es kein Konto namens {login}.</translation>
    </message>
    <message>
        <source>{name} is the clinic database (or one of its working files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} ist die Praxisdatenbank (oder eine ihrer Arbeitsdateien), daher wurde dort nichts geschrieben; wählen Sie einen anderen Dateinamen oder Ordner.</translation>
    </message>
    <message>
        <source>{name} is another name for the clinic database (or one of its files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} ist ein anderer Name für die Praxisdatenbank (oder eine ihrer Dateien), daher wurde dort nichts geschrieben; wählen Sie einen anderen Dateinamen oder Ordner.</translation>
    </message>
    <message>
        <source>{name} is inside the backups folder {folder}, so nothing was written there; choose another file name or folder.</source>
        <translation>{name} liegt im Sicherungsordner {folder}, daher wurde dort nichts geschrieben; wählen Sie einen anderen Dateinamen oder Ordner.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name inside it, such as {example}.</source>
        <translation>{target} ist ein Ordner; geben Sie einen Dateinamen darin an, z. B. {example}.</translation>
    </message>
    <message>
        <source>{target} is not an ordinary file, so nothing was written there.</source>
        <translation>{target} ist keine gewöhnliche Datei, daher wurde dort nichts geschrieben.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name, or add --force to replace it.</source>
        <translation>{target} existiert bereits; wählen Sie einen neuen Dateinamen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>{name} appeared while it was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} ist entstanden, während geschrieben wurde, daher wurde es nicht verändert; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The disk is full, so {what} was not written to {target}; free some space and try again (nothing else was changed).</source>
        <translation>Der Datenträger ist voll, daher wurde {what} nicht nach {target} geschrieben; geben Sie Speicherplatz frei und versuchen Sie es erneut (sonst wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this is not an smpdesk export; nothing was changed.</source>
        <translation>Die Passphrase ist falsch, oder dies ist kein smpdesk-Export; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The export file has been changed or damaged, so it cannot be trusted; nothing was changed.</source>
        <translation>Die Exportdatei wurde verändert oder beschädigt, daher ist sie nicht vertrauenswürdig; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The export file is incomplete (it was cut short); copy it again and retry.</source>
        <translation>Die Exportdatei ist unvollständig (sie wurde abgeschnitten); kopieren Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Enter a passphrase; an empty one would protect nothing.</source>
        <translation>Geben Sie eine Passphrase ein; eine leere würde nichts schützen.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde der Export nicht nach {target} geschrieben; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({reason}); check the drive and try again.</source>
        <translation>Der Export konnte nicht nach {target} geschrieben werden ({reason}); prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{source} is not an ordinary file; choose the export file.</source>
        <translation>{source} ist keine gewöhnliche Datei; wählen Sie die Exportdatei.</translation>
    </message>
    <message>
        <source>{source} could not be read ({reason}).</source>
        <translation>{source} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>This export was made by a newer smpdesk; update smpdesk.</source>
        <translation>Dieser Export wurde mit einer neueren smpdesk-Version erstellt; aktualisieren Sie smpdesk.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be opened; free some space and try again (nothing was changed).</source>
        <translation>Der Datenträger ist voll, daher konnte der Export nicht geöffnet werden; geben Sie Speicherplatz frei und versuchen Sie es erneut (es wurde nichts geändert).</translation>
    </message>
    <message>
        <source>The export could not be opened here ({reason}); nothing was changed.</source>
        <translation>Der Export konnte hier nicht geöffnet werden ({reason}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {max_side} pixels a side.</source>
        <translation>Dieses Bild ist zu groß, um darauf einen Entwurf zu zeichnen; verwenden Sie eines mit höchstens {max_side} Pixeln pro Seite.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {megapixels} megapixels.</source>
        <translation>Dieses Bild ist zu groß, um darauf einen Entwurf zu zeichnen; verwenden Sie eines mit höchstens {megapixels} Megapixeln.</translation>
    </message>
    <message>
        <source>This design cannot be read: it holds values of the wrong kind.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er enthält Werte der falschen Art.</translation>
    </message>
    <message>
        <source>This zone would hold too many impressions to list; draw it on a smaller picture.</source>
        <translation>Diese Zone würde zu viele Pigmentpunkte enthalten, um sie aufzulisten; zeichnen Sie sie auf einem kleineren Bild.</translation>
    </message>
    <message>
        <source>There is no built-in head outline called {view}.</source>
        <translation>Es gibt keinen eingebauten Kopfumriss namens {view}.</translation>
    </message>
    <message>
        <source>A head outline can be drawn {lo} to {hi} pixels wide.</source>
        <translation>Ein Kopfumriss kann {lo} bis {hi} Pixel breit gezeichnet werden.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is a folder, not a file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, ist ein Ordner, keine Datei. Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, cannot be read ({reason}). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, kann nicht gelesen werden ({reason}). Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is not an ordinary file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, ist keine gewöhnliche Datei. Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is far too big to be smpdesk&apos;s. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, ist viel zu groß, um von smpdesk zu stammen. Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is damaged (it does not hold a clinic file&apos;s path). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, ist beschädigt (sie enthält keinen Pfad zu einer Praxisdatei). Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, does not hold a full path to a clinic file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Die Datei {pointer}, die sich merkt, wo Ihre Praxisdatei liegt, enthält keinen vollständigen Pfad zu einer Praxisdatei. Korrigieren oder löschen Sie sie (smpdesk verwendet dann seinen eigenen Ordner), oder starten Sie smpdesk mit --db PATH, um eine Praxisdatei direkt zu öffnen.</translation>
    </message>
    <message>
        <source>The clinic remembered at {path} is missing (is its drive unplugged?). Plug the drive in and start smpdesk again; to forget that clinic delete {pointer}, or start smpdesk with --db PATH to open another clinic file.</source>
        <translation>Die unter {path} gemerkte Praxis fehlt (ist ihr Laufwerk nicht angeschlossen?). Schließen Sie das Laufwerk an und starten Sie smpdesk erneut; um diese Praxis zu vergessen, löschen Sie {pointer}, oder starten Sie smpdesk mit --db PATH, um eine andere Praxisdatei zu öffnen.</translation>
    </message>
</context>
</TS>
