<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>The language of the client&apos;s aftercare sheet.</source>
        <translation>Die Sprache des Nachsorgeblatts für den Kunden.</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>z. B. 0151 23456789</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived client</source>
        <translation>Archivierter Kunde</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Clients</source>
        <translation>← Kunden</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Zurück zur Kundenliste (Esc)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Daten bearbeiten…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Export client data…</source>
        <translation>Kundendaten exportieren…</translation>
    </message>
    <message>
        <source>Everything held about this client, as a ZIP file or a folder: a readable summary (PDF), the same for computers (JSON), the photos and signed consent records</source>
        <translation>Alles, was über diesen Kunden gespeichert ist, als ZIP-Datei oder Ordner: eine lesbare Zusammenfassung (PDF), dasselbe für Computer (JSON), die Fotos und die unterschriebenen Einwilligungen</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Papers in:</source>
        <translation>Unterlagen auf:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>ohne Änderungen gespeichert</translation>
    </message>
    <message>
        <source>{when} by {who}: {changes}</source>
        <translation>{when} von {who}: {changes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bearbeitet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Client no. {number}</source>
        <translation>Kunden-Nr. {number}</translation>
    </message>
    <message numerus="yes">
        <source>{age} years (born {date})</source>
        <translation>
            <numerusform>{age} Jahr (geboren am {date})</numerusform>
            <numerusform>{age} Jahre (geboren am {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers in {language}</source>
        <translation>Unterlagen auf {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Kein Telefon und keine E-Mail erfasst</translation>
    </message>
    <message>
        <source>Archived on {date}. The record is kept; restore it to show it in the client list again.</source>
        <translation>Archiviert am {date}. Der Datensatz bleibt erhalten; stellen Sie ihn wieder her, damit er wieder in der Kundenliste erscheint.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>These clients already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Diese bereits erfassten Kunden könnten dieselbe Person sein: Prüfen Sie das vor dem Speichern, damit eine Person nicht zwei Datensätze bekommt.</translation>
    </message>
    <message>
        <source>This client already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Dieser bereits erfasste Kunde könnte dieselbe Person sein: Prüfen Sie das vor dem Speichern, damit eine Person nicht zwei Datensätze bekommt.</translation>
    </message>
    <message>
        <source>{client}
    same {reasons}</source>
        <translation>{client}
    gleich: {reasons}</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Vorhandenen Kunden öffnen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Save as a new client anyway</source>
        <translation>Trotzdem als neuen Kunden speichern</translation>
    </message>
    <message>
        <source>Nothing is saved if you open the existing client or cancel.</source>
        <translation>Nichts wird gespeichert, wenn Sie den vorhandenen Kunden öffnen oder abbrechen.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a client</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {name} ({number}) for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} ({number}) endgültig löschen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>their details, and every earlier version of them</source>
        <translation>die Angaben zur Person und alle früheren Fassungen davon</translation>
    </message>
    <message>
        <source>their entries in the search index</source>
        <translation>die Einträge im Suchindex</translation>
    </message>
    <message>
        <source>This removes everything smpdesk holds about them:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;It cannot be undone.&lt;/b&gt;</source>
        <translation>Damit wird alles entfernt, was smpdesk über diese Person gespeichert hat:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;Das kann nicht rückgängig gemacht werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backups made before now still hold this client until they are rotated out. If one of them is ever restored, smpdesk erases the client again, from the erasure register (it keeps the client number, the dates and your reason, nothing else). The audit log records only that client {number} was erased, and by whom.</source>
        <translation>Vor diesem Zeitpunkt erstellte Sicherungen enthalten diesen Kunden noch, bis sie durch neuere ersetzt werden. Wird eine davon jemals wiederhergestellt, löscht smpdesk den Kunden anhand des Löschregisters erneut (es enthält die Kundennummer, die Daten und Ihre Begründung, sonst nichts). Das Prüfprotokoll vermerkt nur, dass Kunde {number} gelöscht wurde und von wem.</translation>
    </message>
    <message>
        <source>For example: the client asked in writing on 3 March</source>
        <translation>Zum Beispiel: Der Kunde hat es am 3. März schriftlich verlangt</translation>
    </message>
    <message>
        <source>Kept in the erasure register; write no health details here</source>
        <translation>Wird im Löschregister gespeichert; tragen Sie hier keine Gesundheitsdaten ein</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Type {number} to confirm</source>
        <translation>Zum Bestätigen {number} eingeben</translation>
    </message>
    <message>
        <source>The reason is kept in the erasure register: write no health details.</source>
        <translation>Die Begründung wird im Löschregister gespeichert: Tragen Sie keine Gesundheitsdaten ein.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erasing client {number}…</source>
        <translation>Kunde {number} wird gelöscht…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>smpdesk help</source>
        <translation>smpdesk-Hilfe</translation>
    </message>
    <message>
        <source>Find in help (Ctrl+F), Enter for the next one</source>
        <translation>In der Hilfe suchen (Ctrl+F), Eingabetaste für den nächsten Treffer</translation>
    </message>
    <message>
        <source>This clinic&apos;s file: {path}</source>
        <translation>Datei dieser Praxis: {path}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Imported batches</source>
        <translation>Importierte Stapel</translation>
    </message>
    <message>
        <source>Each import of clients is one batch. Undoing a batch removes every client it added, as long as none of them has records since (a session, photos, a questionnaire, a payment, an edit); otherwise nothing is removed.</source>
        <translation>Jeder Import von Kunden ist ein Stapel. Wird ein Stapel rückgängig gemacht, werden alle Kunden entfernt, die er hinzugefügt hat, sofern keiner von ihnen seitdem Einträge hat (eine Sitzung, Fotos, einen Fragebogen, eine Zahlung, eine Änderung); andernfalls wird nichts entfernt.</translation>
    </message>
    <message>
        <source>No clients have been imported into this clinic yet.</source>
        <translation>In diese Praxis wurden noch keine Kunden importiert.</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Import rückgängig machen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Remove the {count} client imported from {file} on {when}?</source>
        <translation>{count} Kunden entfernen, der am {when} aus {file} importiert wurde?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the {count} clients imported from {file} on {when}?</source>
        <translation>
            <numerusform>{count} Kunden entfernen, der am {when} aus {file} importiert wurde?</numerusform>
            <numerusform>Die {count} Kunden entfernen, die am {when} aus {file} importiert wurden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Removed {count} client.</source>
        <translation>{count} Kunde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed {count} clients.</source>
        <translation>
            <numerusform>{count} Kunde entfernt.</numerusform>
            <numerusform>{count} Kunden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose a CSV, TXT or Excel (.xlsx) file with one client a row and a header row naming the columns. Nothing is added until you press Import.</source>
        <translation>Wählen Sie eine CSV-, TXT- oder Excel-Datei (.xlsx) mit einem Kunden pro Zeile und einer Kopfzeile, die die Spalten benennt. Nichts wird hinzugefügt, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows&lt;/b&gt; (row numbers as the spreadsheet shows them). Choose above each column what it holds, or “{ignore}”.</source>
        <translation>&lt;b&gt;Die ersten Zeilen&lt;/b&gt; (Zeilennummern wie in der Tabelle). Wählen Sie über jeder Spalte, was sie enthält, oder „{ignore}“.</translation>
    </message>
    <message>
        <source>Dates of birth in this file are written</source>
        <translation>Geburtsdaten in dieser Datei:</translation>
    </message>
    <message>
        <source>day first (31/12/1980)</source>
        <translation>Tag zuerst (31/12/1980)</translation>
    </message>
    <message>
        <source>month first (12/31/1980)</source>
        <translation>Monat zuerst (12/31/1980)</translation>
    </message>
    <message>
        <source>Also add rows that look like clients already on file</source>
        <translation>Auch Zeilen hinzufügen, die bereits erfassten Kunden ähneln</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} clients</source>
        <translation>
            <numerusform>{count} Kunden importieren</numerusform>
            <numerusform>{count} Kunden importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import clients from</source>
        <translation>Kunden importieren aus</translation>
    </message>
    <message>
        <source>File not read</source>
        <translation>Datei nicht gelesen</translation>
    </message>
    <message>
        <source>That file has no columns to import.</source>
        <translation>Diese Datei hat keine Spalten zum Importieren.</translation>
    </message>
    <message>
        <source>What the column “{header}” holds</source>
        <translation>Was die Spalte „{header}“ enthält</translation>
    </message>
    <message>
        <source>(the file does not tell: the clinic&apos;s date style)</source>
        <translation>(die Datei verrät es nicht: Datumsformat der Praxis)</translation>
    </message>
    <message>
        <source>(guessed from the dates in the file)</source>
        <translation>(aus den Daten in der Datei erschlossen)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The check did not finish; change a choice to try again.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen; ändern Sie eine Auswahl, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Likely duplicates will be added too.</source>
        <translation>Wahrscheinliche Duplikate werden ebenfalls hinzugefügt.</translation>
    </message>
    <message>
        <source>Likely duplicates are not added unless you tick “Also add…” below.</source>
        <translation>Wahrscheinliche Duplikate werden nicht hinzugefügt, außer Sie setzen unten das Häkchen bei „Auch … hinzufügen“.</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>Hinzuzufügen ({count})</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Wahrscheinliche Duplikate ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Probleme ({count})</translation>
    </message>
    <message>
        <source>Import {count} client</source>
        <translation>{count} Kunden importieren</translation>
    </message>
    <message>
        <source>Add {count} client from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>{count} Kunden aus {file} hinzufügen? Er wird als ein Stapel hinzugefügt, den Sie rückgängig machen können, solange er keine Einträge hat.</translation>
    </message>
    <message numerus="yes">
        <source>Add {count} clients from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>
            <numerusform>{count} Kunden aus {file} hinzufügen? Er wird als ein Stapel hinzugefügt, den Sie rückgängig machen können, solange er keine Einträge hat.</numerusform>
            <numerusform>{count} Kunden aus {file} hinzufügen? Sie werden als ein Stapel hinzugefügt, den Sie rückgängig machen können, solange keiner von ihnen Einträge hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Not added: {first} and {second}.</source>
        <translation>Nicht hinzugefügt: {first} und {second}.</translation>
    </message>
    <message>
        <source>Not added: {items}.</source>
        <translation>Nicht hinzugefügt: {items}.</translation>
    </message>
    <message>
        <source>Imported {count} client (batch {batch}).</source>
        <translation>{count} Kunde importiert (Stapel {batch}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} clients (batch {batch}).</source>
        <translation>
            <numerusform>{count} Kunde importiert (Stapel {batch}).</numerusform>
            <numerusform>{count} Kunden importiert (Stapel {batch}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients imported</source>
        <translation>Kunden importiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo clinic (temporary)</source>
        <translation>Demo-Praxis (vorübergehend)</translation>
    </message>
    <message>
        <source>Demo clinic: every client here is invented and the file is deleted when you close smpdesk.</source>
        <translation>Demo-Praxis: Alle Kunden hier sind erfunden, und die Datei wird gelöscht, wenn Sie smpdesk schließen.</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is still beside it, unencrypted. Once you have checked your clients are all here, erase it.</source>
        <translation>Die Praxisdatei im Zustand vor dem Schützen liegt noch unverschlüsselt daneben. Sobald Sie geprüft haben, dass alle Kunden vorhanden sind, löschen Sie sie.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy</source>
        <translation>Ungeschützte Kopie löschen</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>The unprotected copy was erased.</source>
        <translation>Die ungeschützte Kopie wurde gelöscht.</translation>
    </message>
    <message>
        <source>This clinic is not protected: anyone who opens this laptop, or copies the clinic file or a backup, can read every record.</source>
        <translation>Diese Praxis ist nicht geschützt: Wer diesen Laptop öffnet oder die Praxisdatei oder eine Sicherung kopiert, kann alle Datensätze lesen.</translation>
    </message>
    <message>
        <source>Protect this clinic…</source>
        <translation>Diese Praxis schützen…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Verträglichkeitstests</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Search by name, phone, email or client number  (Ctrl+F)</source>
        <translation>Suche nach Name, Telefon, E-Mail oder Kundennummer  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Kunden hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Nachsorgeblatt…</translation>
    </message>
    <message>
        <source>Preview and print the selected client&apos;s aftercare sheet for their latest session</source>
        <translation>Nachsorgeblatt des ausgewählten Kunden für seine letzte Sitzung ansehen und drucken</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachkontrollen</translation>
    </message>
    <message>
        <source>Who is overdue, due today or coming up (Ctrl+D)</source>
        <translation>Wer überfällig ist, heute dran ist oder bald ansteht (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>E&amp;xport client list…</source>
        <translation>Kundenliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import clien&amp;ts…</source>
        <translation>Kunden impor&amp;tieren…</translation>
    </message>
    <message>
        <source>Imported batc&amp;hes…</source>
        <translation>Importierte St&amp;apel…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>Verschlüsselte Sicherung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import encrypted backup…</source>
        <translation>Verschlüsselte Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Check the clinic file…</source>
        <translation>Praxisdatei prü&amp;fen…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt sp&amp;erren</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Ben&amp;utzer wechseln…</translation>
    </message>
    <message>
        <source>My &amp;password and PIN…</source>
        <translation>Mein &amp;Passwort und PIN…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>Sitzung &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;Aftercare sheet…</source>
        <translation>&amp;Nachsorgeblatt…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Erase client…</source>
        <translation>Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>Fällige &amp;Nachkontrollen</translation>
    </message>
    <message>
        <source>&amp;Recall search by lot…</source>
        <translation>&amp;Rückruf-Suche nach Charge…</translation>
    </message>
    <message>
        <source>Clients past re&amp;tention…</source>
        <translation>Kunden nach Ablauf der Aufbe&amp;wahrungsfrist…</translation>
    </message>
    <message>
        <source>Day&apos;s ta&amp;kings…</source>
        <translation>&amp;Tageseinnahmen…</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>&amp;Berichte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>S&amp;taff accounts…</source>
        <translation>&amp;Mitarbeiterkonten…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Prüf&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Protect this clinic…</source>
        <translation>Diese Praxis &amp;schützen…</translation>
    </message>
    <message>
        <source>&amp;Aftercare</source>
        <translation>&amp;Nachsorge</translation>
    </message>
    <message>
        <source>Aftercare sheet for the &amp;selected client…</source>
        <translation>Nachsorgeblatt für den &amp;ausgewählten Kunden…</translation>
    </message>
    <message>
        <source>&amp;Blank aftercare sheet…</source>
        <translation>&amp;Leeres Nachsorgeblatt…</translation>
    </message>
    <message>
        <source>&amp;Print aftercare for today&apos;s sessions…</source>
        <translation>Nachsorge für heutige Sitzungen &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>smpdesk &amp;help</source>
        <translation>smpdesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About smpdesk</source>
        <translation>Ü&amp;ber smpdesk</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>{total} archived client</source>
        <translation>{total} archivierter Kunde</translation>
    </message>
    <message>
        <source>{total} client</source>
        <translation>{total} Kunde</translation>
    </message>
    <message numerus="yes">
        <source>{total} archived clients</source>
        <translation>
            <numerusform>{total} archivierter Kunde</numerusform>
            <numerusform>{total} archivierte Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} clients</source>
        <translation>
            <numerusform>{total} Kunde</numerusform>
            <numerusform>{total} Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} archived clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Mehr als {shown} von {total} archivierten Kunden passen; tippen Sie weiter, um die Liste einzugrenzen</numerusform>
            <numerusform>Mehr als {shown} von {total} archivierten Kunden passen; tippen Sie weiter, um die Liste einzugrenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Mehr als {shown} von {total} Kunden passen; tippen Sie weiter, um die Liste einzugrenzen</numerusform>
            <numerusform>Mehr als {shown} von {total} Kunden passen; tippen Sie weiter, um die Liste einzugrenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} archived clients match</source>
        <translation>
            <numerusform>{shown} von {total} archivierten Kunden passen</numerusform>
            <numerusform>{shown} von {total} archivierten Kunden passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} clients match</source>
        <translation>
            <numerusform>{shown} von {total} Kunden passen</numerusform>
            <numerusform>{shown} von {total} Kunden passen</numerusform>
        </translation>
    </message>
    <message>
        <source>New client “{name}”…</source>
        <translation>Neuer Kunde „{name}“…</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <source>That client is no longer in the database.</source>
        <translation>Dieser Kunde ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Kunden archivieren</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the client list but nothing is deleted; choose &apos;Archived clients&apos; in the list to find them again.</source>
        <translation>{name} archivieren? Der Kunde verschwindet aus der Kundenliste, aber nichts wird gelöscht; wählen Sie „Archivierte Kunden“ in der Liste, um ihn wiederzufinden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Wählen Sie zuerst einen Kunden in der Liste aus.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Nachsorgeblatt</translation>
    </message>
    <message>
        <source>Select a client in the list first, or print a blank sheet.</source>
        <translation>Wählen Sie zuerst einen Kunden in der Liste aus oder drucken Sie ein leeres Blatt.</translation>
    </message>
    <message>
        <source>Merge clients</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation>Öffnen oder wählen Sie zuerst einen Kunden aus.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Kunden nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message numerus="yes">
        <source>{count} saved settings were not readable, so their defaults are used; open Settings and save to fix them.</source>
        <translation>
            <numerusform>{count} gespeicherte Einstellung war nicht lesbar, daher gilt ihr Standardwert; öffnen Sie die Einstellungen und speichern Sie, um das zu beheben.</numerusform>
            <numerusform>{count} gespeicherte Einstellungen waren nicht lesbar, daher gelten ihre Standardwerte; öffnen Sie die Einstellungen und speichern Sie, um das zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file; try again soon.</source>
        <translation>smpdesk arbeitet noch mit der Praxisdatei; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>About smpdesk</source>
        <translation>Über smpdesk</translation>
    </message>
    <message>
        <source>smpdesk {version}
Offline consultation desk for SMP clinics.

Database: {path}</source>
        <translation>smpdesk {version}
Offline-Empfang für Praxen für Kopfhaut-Mikropigmentierung.

Datenbank: {path}</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Es wird bereits eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Backup made and checked: {name}</source>
        <translation>Sicherung erstellt und geprüft: {name}</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sicherung nicht erstellt</translation>
    </message>
    <message>
        <source>Backing up the clinic database…</source>
        <translation>Die Praxisdatenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup at close failed ({when}): back up now (Ctrl+B)</source>
        <translation>Sicherung beim Schließen fehlgeschlagen ({when}): jetzt sichern (Ctrl+B)</translation>
    </message>
    <message>
        <source>The backup when smpdesk last closed was not made: {problem}</source>
        <translation>Die Sicherung beim letzten Schließen von smpdesk wurde nicht erstellt: {problem}</translation>
    </message>
    <message>
        <source>No backup yet: File → Back up now (Ctrl+B)</source>
        <translation>Noch keine Sicherung: Datei → Jetzt sichern (Ctrl+B)</translation>
    </message>
    <message>
        <source>Last backup: {when} ({days} day ago)</source>
        <translation>Letzte Sicherung: {when} (vor {days} Tag)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({days} days ago)</source>
        <translation>
            <numerusform>Letzte Sicherung: {when} (vor {days} Tag)</numerusform>
            <numerusform>Letzte Sicherung: {when} (vor {days} Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} ({hours} hour ago)</source>
        <translation>Letzte Sicherung: {when} (vor {hours} Stunde)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({hours} hours ago)</source>
        <translation>
            <numerusform>Letzte Sicherung: {when} (vor {hours} Stunde)</numerusform>
            <numerusform>Letzte Sicherung: {when} (vor {hours} Stunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} (within the last hour)</source>
        <translation>Letzte Sicherung: {when} (innerhalb der letzten Stunde)</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): back up now (Ctrl+B).</source>
        <translation>
            <numerusform>Älter als %n Tag: jetzt sichern (Ctrl+B).</numerusform>
            <numerusform>Älter als %n Tage: jetzt sichern (Ctrl+B).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {number} with another client</source>
        <translation>{number} mit einem anderen Kunden zusammenführen</translation>
    </message>
    <message>
        <source>The other record of the same person</source>
        <translation>Der andere Datensatz derselben Person</translation>
    </message>
    <message>
        <source>Type a name, phone, email or client number</source>
        <translation>Name, Telefon, E-Mail oder Kundennummer eingeben</translation>
    </message>
    <message>
        <source>Choose which details to keep</source>
        <translation>Wählen Sie, welche Angaben bleiben</translation>
    </message>
    <message>
        <source>Keep the other record&apos;s number instead</source>
        <translation>Stattdessen die Nummer des anderen Datensatzes behalten</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Beide Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>That record was already merged; choose another client.</source>
        <translation>Dieser Datensatz wurde bereits zusammengeführt; wählen Sie einen anderen Kunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bleibt: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the other record above.</source>
        <translation>Wählen Sie oben den anderen Datensatz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged into it: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wird damit zusammengeführt: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Both, joined</source>
        <translation>Beide, zusammengefügt</translation>
    </message>
    <message>
        <source>{other}&apos;s sessions, appointments, photos, forms and earlier details move to {kept}. {other} is kept, archived, as a pointer to it, and the audit trail notes the merge. The program cannot undo a merge: the way back is the backup taken before it.</source>
        <translation>Sitzungen, Termine, Fotos, Formulare und frühere Angaben von {other} gehen auf {kept} über. {other} bleibt archiviert als Verweis darauf erhalten, und das Prüfprotokoll vermerkt die Zusammenführung. Das Programm kann eine Zusammenführung nicht rückgängig machen: Der Weg zurück ist die zuvor erstellte Sicherung.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>{other} and {kept} both had an unfinished copy of the same form. Both copies are kept and listed with {kept}; its Forms tab continues the one changed last.</source>
        <translation>{other} und {kept} hatten beide eine unfertige Kopie desselben Formulars. Beide Kopien bleiben erhalten und werden bei {kept} aufgeführt; dessen Formular-Reiter setzt die zuletzt geänderte fort.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {number})</source>
        <translation>(Spalte {number})</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Clients past retention</source>
        <translation>Kunden nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>The clinic keeps a client&apos;s records for {years} years after their last visit (Clinic → Settings → Records). These clients were last seen longer ago than that: review each one, and erase those the clinic no longer needs to keep. The last visit is the latest session; for a client with none, their latest form or the day they were added.</source>
        <translation>
            <numerusform>Die Praxis bewahrt die Unterlagen eines Kunden {years} Jahr nach seinem letzten Besuch auf (Praxis → Einstellungen → Datensätze). Diese Kunden waren zuletzt vor längerer Zeit da: Prüfen Sie jeden und löschen Sie diejenigen, die die Praxis nicht mehr aufbewahren muss. Der letzte Besuch ist die letzte Sitzung; bei einem Kunden ohne Sitzung sein letztes Formular oder der Tag, an dem er angelegt wurde.</numerusform>
            <numerusform>Die Praxis bewahrt die Unterlagen eines Kunden {years} Jahre nach seinem letzten Besuch auf (Praxis → Einstellungen → Datensätze). Diese Kunden waren zuletzt vor längerer Zeit da: Prüfen Sie jeden und löschen Sie diejenigen, die die Praxis nicht mehr aufbewahren muss. Der letzte Besuch ist die letzte Sitzung; bei einem Kunden ohne Sitzung sein letztes Formular oder der Tag, an dem er angelegt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archiviert)</translation>
    </message>
    <message>
        <source>{count} client is past the {years}-year retention period.</source>
        <translation>{count} Kunde liegt über der Aufbewahrungsfrist von {years} Jahren.</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients are past the {years}-year retention period.</source>
        <translation>
            <numerusform>{count} Kunde liegt über der Aufbewahrungsfrist von {years} Jahren.</numerusform>
            <numerusform>{count} Kunden liegen über der Aufbewahrungsfrist von {years} Jahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past the {years}-year retention period.</source>
        <translation>Kein Kunde liegt über der Aufbewahrungsfrist von {years} Jahren.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The clinic file was not checked</source>
        <translation>Die Praxisdatei wurde nicht geprüft</translation>
    </message>
    <message>
        <source>The clinic file was not checked: {problem}</source>
        <translation>Die Praxisdatei wurde nicht geprüft: {problem}</translation>
    </message>
    <message>
        <source>The clinic file was not checked at start: File → Check the clinic file…</source>
        <translation>Die Praxisdatei wurde beim Start nicht geprüft: Datei → Praxisdatei prüfen…</translation>
    </message>
    <message>
        <source>This clinic file is damaged and there is no good backup beside it: stop working in it, copy it somewhere safe and ask for help.</source>
        <translation>Diese Praxisdatei ist beschädigt, und daneben gibt es keine gute Sicherung: Arbeiten Sie nicht weiter darin, kopieren Sie sie an einen sicheren Ort und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Restore the newest good backup (File → Restore from a backup…).</source>
        <translation>Diese Praxisdatei ist beschädigt: Arbeiten Sie nicht weiter darin. Stellen Sie die neueste gute Sicherung wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Ask the clinic&apos;s owner to restore the newest good backup.</source>
        <translation>Diese Praxisdatei ist beschädigt: Arbeiten Sie nicht weiter darin. Bitten Sie den Inhaber der Praxis, die neueste gute Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>{problem}

Only the clinic&apos;s owner may restore a backup: ask them to, and enter nothing more until then.</source>
        <translation>{problem}

Nur der Inhaber der Praxis darf eine Sicherung wiederherstellen: Bitten Sie ihn darum und geben Sie bis dahin nichts mehr ein.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>smpdesk cannot open the clinic database</source>
        <translation>smpdesk kann die Praxisdatenbank nicht öffnen</translation>
    </message>
    <message>
        <source>No clinic database there</source>
        <translation>Dort ist keine Praxisdatenbank</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}.

Create a new, empty clinic database there? Choose No if you expected existing records (for example on a drive that is not plugged in).</source>
        <translation>Unter {path} gibt es keine Praxisdatenbank.

Dort eine neue, leere Praxisdatenbank anlegen? Wählen Sie Nein, wenn Sie vorhandene Datensätze erwartet haben (zum Beispiel auf einem Laufwerk, das nicht angeschlossen ist).</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>Die Praxisdatenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the damaged file was kept as {kept}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt; die beschädigte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>An interrupted restore</source>
        <translation>Eine unterbrochene Wiederherstellung</translation>
    </message>
    <message>
        <source>The clinic database is missing</source>
        <translation>Die Praxisdatenbank fehlt</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}, but its backups folder holds a good backup made {when}.

Restore that backup? Choose No to start a new, empty clinic instead (the backups stay where they are).</source>
        <translation>Unter {path} gibt es keine Praxisdatenbank, aber ihr Sicherungsordner enthält eine gute Sicherung vom {when}.

Diese Sicherung wiederherstellen? Wählen Sie Nein, um stattdessen eine neue, leere Praxis zu beginnen (die Sicherungen bleiben, wo sie sind).</translation>
    </message>
    <message>
        <source>Protect this new clinic?</source>
        <translation>Diese neue Praxis schützen?</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file and gives each member of staff their own sign-in, so a lost laptop or a copied file reveals nothing. It takes a minute; you can also do it later from the red banner.</source>
        <translation>Das Schützen verschlüsselt die Praxisdatei und gibt jedem Mitarbeiter eine eigene Anmeldung, sodass ein verlorener Laptop oder eine kopierte Datei nichts preisgibt. Es dauert eine Minute; Sie können es auch später über den roten Hinweis tun.</translation>
    </message>
    <message>
        <source>A restore of this clinic database is running; start smpdesk again when it has finished.</source>
        <translation>Diese Praxisdatenbank wird gerade wiederhergestellt; starten Sie smpdesk erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The protected clinic file {name} is missing. Restore its newest backup with the owner&apos;s password: smpdesk restore --db {path} --user OWNER BACKUP-FILE (the backups are in the backups folder beside it).</source>
        <translation>Die geschützte Praxisdatei {name} fehlt. Stellen Sie ihre neueste Sicherung mit dem Passwort des Inhabers wieder her: smpdesk restore --db {path} --user OWNER BACKUP-FILE (die Sicherungen liegen im Sicherungsordner daneben).</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Datenbank auf einer Netzwerkfreigabe</translation>
    </message>
</context>
<context>
    <name>clients.client_dialog</name>
    <message>
        <source>Given name *</source>
        <translation>Vorname *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nachname *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Papers in</source>
        <translation>Unterlagen auf</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
</context>
<context>
    <name>clients.client_list_model</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>clients.client_page</name>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Sprache der Praxis ({language})</translation>
    </message>
</context>
<context>
    <name>clients.export_client</name>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>ZIP-Datei (*.zip)</translation>
    </message>
    <message>
        <source>Folder (a new folder with the files in it)</source>
        <translation>Ordner (ein neuer Ordner mit den Dateien darin)</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>{name} ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <translation>{name} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>Früheren Export ersetzen?</translation>
    </message>
    <message>
        <source>The folder {name} holds an earlier client export. Replace it?</source>
        <translation>Der Ordner {name} enthält einen früheren Kundenexport. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting the client&apos;s data…</source>
        <translation>Kundendaten werden exportiert…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>clients.export_list</name>
    <message>
        <source>Export client list</source>
        <translation>Kundenliste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, for any spreadsheet (*.csv)</source>
        <translation>CSV-Datei, für jede Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>{name} ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>{name} ist in diesem Ordner bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>{count} client exported to {name} ({folder}).</source>
        <translation>{count} Kunde nach {name} exportiert ({folder}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients exported to {name} ({folder}).</source>
        <translation>
            <numerusform>{count} Kunde nach {name} exportiert ({folder}).</numerusform>
            <numerusform>{count} Kunden nach {name} exportiert ({folder}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the client list…</source>
        <translation>Kundenliste wird exportiert…</translation>
    </message>
</context>
<context>
    <name>clients.import_batches</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Imported batches</source>
        <translation>Importierte Stapel</translation>
    </message>
</context>
<context>
    <name>clients.import_dialog</name>
    <message>
        <source>Ignore</source>
        <extracomment>Rows of the file the preview shows: enough to recognise the columns, never 20,000 items.</extracomment>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Kundenlisten (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>You can undo this import from File → Imported batches…</source>
        <translation>Sie können diesen Import über Datei → Importierte Stapel… rückgängig machen.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Excel-Arbeitsmappe, Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>text, {encoding}, columns separated by {delimiters}</source>
        <translation>Text, {encoding}, Spalten getrennt durch {delimiters}</translation>
    </message>
    <message>
        <source>{file} — {how}; {count} row below the header</source>
        <translation>{file} — {how}; {count} Zeile unter der Kopfzeile</translation>
    </message>
    <message numerus="yes">
        <source>{file} — {how}; {count} rows below the header</source>
        <translation>
            <numerusform>{file} — {how}; {count} Zeile unter der Kopfzeile</numerusform>
            <numerusform>{file} — {how}; {count} Zeilen unter der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Warum es gleich aussieht</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Gleich wie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>{count} likely duplicate</source>
        <translation>{count} wahrscheinliches Duplikat</translation>
    </message>
    <message numerus="yes">
        <source>{count} likely duplicates</source>
        <translation>
            <numerusform>{count} wahrscheinliches Duplikat</numerusform>
            <numerusform>{count} wahrscheinliche Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} row with problems</source>
        <translation>{count} Zeile mit Problemen</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows with problems</source>
        <translation>
            <numerusform>{count} Zeile mit Problemen</numerusform>
            <numerusform>{count} Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} client to add</source>
        <translation>{count} Kunde hinzuzufügen</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients to add</source>
        <translation>
            <numerusform>{count} Kunde hinzuzufügen</numerusform>
            <numerusform>{count} Kunden hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {duplicates}, {problems}.</source>
        <translation>{added}, {duplicates}, {problems}.</translation>
    </message>
</context>
<context>
    <name>clients.retention_dialog</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Jahre seitdem</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <source>No help</source>
        <translation>Keine Hilfe</translation>
    </message>
    <message>
        <source>The help file is missing from {folder}. Install smpdesk again to bring it back.</source>
        <translation>Die Hilfedatei fehlt in {folder}. Installieren Sie smpdesk erneut, um sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>integrity_check</name>
    <message>
        <source>Checked: no damage found</source>
        <translation>Geprüft: keine Schäden gefunden</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>Die Praxisdatenbank ist beschädigt</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup, made {when}? The damaged file is kept aside, not deleted; work entered after that backup is not in it.</source>
        <translation>{message}

Die neueste gute Sicherung vom {when} wiederherstellen? Die beschädigte Datei wird beiseitegelegt, nicht gelöscht; was nach dieser Sicherung eingegeben wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>{message}

There is no good backup beside it; copy the file somewhere safe and ask for help before doing anything else with it.</source>
        <translation>{message}

Daneben gibt es keine gute Sicherung; kopieren Sie die Datei an einen sicheren Ort und holen Sie sich Hilfe, bevor Sie irgendetwas anderes damit tun.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Active clients</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>Archivierte Kunden</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that smpdesk did not expect, so this was not finished. Nothing else was changed; try again, and if it happens again, note what you did.</source>
        <translation>Etwas Unerwartetes ist geschehen, daher wurde dies nicht abgeschlossen. Sonst wurde nichts geändert; versuchen Sie es erneut, und wenn es wieder passiert, notieren Sie, was Sie getan haben.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>smpdesk is already open on this clinic database (process {pid} on {host}); switch to that window, or close it before opening another.</source>
        <translation>smpdesk ist mit dieser Praxisdatenbank bereits geöffnet (Prozess {pid} auf {host}); wechseln Sie zu diesem Fenster oder schließen Sie es, bevor Sie ein weiteres öffnen.</translation>
    </message>
    <message>
        <source>The disk is full, so smpdesk cannot open the clinic database safely; free some space and start it again.</source>
        <translation>Der Datenträger ist voll, daher kann smpdesk die Praxisdatenbank nicht sicher öffnen; geben Sie Speicherplatz frei und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>The lock file beside {name} could not be created; check that you may write to its folder.</source>
        <translation>Die Sperrdatei neben {name} konnte nicht angelegt werden; prüfen Sie, ob Sie in deren Ordner schreiben dürfen.</translation>
    </message>
</context>
</TS>
