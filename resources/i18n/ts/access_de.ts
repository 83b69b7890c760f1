<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Mitarbeiterkonto hinzufügen</translation>
    </message>
    <message>
        <source>Give the new person their own account, so the audit trail says who did what. Tell them the first password in person; they can change it afterwards.</source>
        <translation>Geben Sie der neuen Person ein eigenes Konto, damit das Prüfprotokoll zeigt, wer was getan hat. Teilen Sie ihr das erste Passwort persönlich mit; sie kann es danach ändern.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Priya Nair</source>
        <translation>z. B. Priya Nair</translation>
    </message>
    <message>
        <source>e.g. priya</source>
        <translation>z. B. priya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>What they type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation>Das, was beim Anmelden eingegeben wird: Kleinbuchstaben, Ziffern, Punkte oder Bindestriche.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Audit trail for client {number}</source>
        <translation>Prüfprotokoll für Kunde {number}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change, every look at a client&apos;s clinical record and every refusal, newest first. Refused rows are marked in red.</source>
        <translation>Jede Änderung, jeder Blick in die Behandlungsakte eines Kunden und jede Ablehnung, das Neueste zuerst. Abgelehnte Zeilen sind rot markiert.</translation>
    </message>
    <message>
        <source>Filter by person, action or client number…</source>
        <translation>Nach Person, Aktion oder Kundennummer filtern…</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Nur abgelehnte</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>&amp;Daten von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates from … to …</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (ids, names, actions)</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern (IDs, Namen, Aktionen)</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <source>Check that no entry was deleted, changed or slipped in (the hash chain)</source>
        <translation>Prüfen, dass kein Eintrag gelöscht, geändert oder eingeschoben wurde (die Hash-Kette)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The trail is whole: every entry follows the one before it.</source>
        <translation>Das Protokoll ist vollständig: Jeder Eintrag folgt auf den vorherigen.</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>Nr. {id}</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>{total} entries (the newest {limit}).</source>
        <translation>{total} Einträge (die neuesten {limit}).</translation>
    </message>
    <message>
        <source>{total} entries.</source>
        <translation>{total} Einträge.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries (the newest {limit}).</source>
        <translation>{shown} von {total} Einträgen angezeigt (die neuesten {limit}).</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries.</source>
        <translation>{shown} von {total} Einträgen angezeigt.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Your clinic</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Welcome to smpdesk. A few questions set up your clinic; nothing is saved until the last page. These details are printed at the top of aftercare sheets, receipts and quotes, and can be changed later in Settings.</source>
        <translation>Willkommen bei smpdesk. Mit ein paar Fragen richten Sie Ihre Praxis ein; gespeichert wird erst auf der letzten Seite. Diese Angaben stehen oben auf Nachsorgeblättern, Quittungen und Angeboten und können später in den Einstellungen geändert werden.</translation>
    </message>
    <message>
        <source>e.g. Northside Scalp Clinic</source>
        <translation>z. B. Kopfhautpraxis Nord</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Logo auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Logo (optional):</source>
        <translation>Logo (optional):</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Choosing the country fills in the rest; check each value and change any that is not right for your clinic.</source>
        <translation>Mit dem Land wird der Rest ausgefüllt; prüfen Sie jeden Wert und ändern Sie alles, was für Ihre Praxis nicht passt.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: the number a client calls about a bad reaction.</source>
        <translation>Steht auf jedem Nachsorgeblatt: die Nummer, die ein Kunde bei einer schlechten Reaktion anruft.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Filled in from the country:</source>
        <translation>Aus dem Land übernommen:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>&amp;Notrufnummer:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Amounts written as:</source>
        <translation>&amp;Betragsformat:</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Change {name}&apos;s account</source>
        <translation>Konto von {name} ändern</translation>
    </message>
    <message>
        <source>User name: {login} (it cannot be changed).</source>
        <translation>Benutzername: {login} (kann nicht geändert werden).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to smpdesk</source>
        <translation>Willkommen bei smpdesk</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. It is shown only this once.</source>
        <translation>Wenn alle Inhaber-Passwörter vergessen sind, ist dieser Schlüssel der einzige Weg zurück. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Keep the sheet in the clinic safe, away from this computer; a saved PDF belongs on a USB stick kept there too. When smpdesk opens, sign in with the user name and password you just chose.</source>
        <translation>Bewahren Sie das Blatt im Tresor der Praxis auf, nicht bei diesem Computer; ein gespeichertes PDF gehört auf einen USB-Stick, der ebenfalls dort liegt. Wenn smpdesk öffnet, melden Sie sich mit dem soeben gewählten Benutzernamen und Passwort an.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>That is not your PIN; 1 try left.</source>
        <translation>Das ist nicht Ihre PIN; noch 1 Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>That is not your PIN; %n tries left.</source>
        <translation>
            <numerusform>Das ist nicht Ihre PIN; noch %n Versuch.</numerusform>
            <numerusform>Das ist nicht Ihre PIN; noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous person</source>
        <translation>die vorherige Person</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Close {name}&apos;s open windows? Unsaved typing in them is lost; form drafts are kept.</source>
        <translation>Die offenen Fenster von {name} schließen? Nicht gespeicherte Eingaben darin gehen verloren; Formularentwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Still locked: {name}&apos;s windows stay open.</source>
        <translation>Weiterhin gesperrt: Die Fenster von {name} bleiben offen.</translation>
    </message>
    <message>
        <source>Some of {name}&apos;s windows did not close; unlock as {name} to close them first.</source>
        <translation>Einige Fenster von {name} wurden nicht geschlossen; entsperren Sie als {name}, um sie zuerst zu schließen.</translation>
    </message>
</context>
<context>
    <name>MySecurityDialog</name>
    <message>
        <source>My password and PIN</source>
        <translation>Mein Passwort und PIN</translation>
    </message>
    <message>
        <source>Signed in as {name}: {role} account, user name “{login}”.</source>
        <translation>Angemeldet als {name}: Konto mit der Rolle {role}, Benutzername „{login}“.</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no passwords or PINs.</source>
        <translation>Diese Praxis ist noch nicht geschützt und hat daher keine Passwörter oder PINs.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>PIN for unlocking your screen</source>
        <translation>PIN zum Entsperren Ihres Bildschirms</translation>
    </message>
    <message>
        <source>A PIN of {low} to {high} digits unlocks the screen after you lock it. Signing in still needs your password, and five wrong PINs ask for it too.</source>
        <translation>Eine PIN mit {low} bis {high} Ziffern entsperrt den Bildschirm, nachdem Sie ihn gesperrt haben. Zum Anmelden brauchen Sie weiterhin Ihr Passwort, und nach fünf falschen PINs wird es ebenfalls verlangt.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>You have a PIN.</source>
        <translation>Sie haben eine PIN.</translation>
    </message>
    <message>
        <source>You have no PIN yet.</source>
        <translation>Sie haben noch keine PIN.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Your password is changed; use the new one next time you sign in.</source>
        <translation>Ihr Passwort wurde geändert; verwenden Sie bei der nächsten Anmeldung das neue.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>Ihre PIN wurde geändert.</translation>
    </message>
    <message>
        <source>Your PIN is set; it unlocks your screen.</source>
        <translation>Ihre PIN ist festgelegt; sie entsperrt Ihren Bildschirm.</translation>
    </message>
    <message>
        <source>Your PIN is removed; unlock your screen with your password.</source>
        <translation>Ihre PIN wurde entfernt; entsperren Sie Ihren Bildschirm mit Ihrem Passwort.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>The clinic file holds every record. Keep it on this computer&apos;s own disk; backups are made in a folder beside it.</source>
        <translation>Die Praxisdatei enthält alle Datensätze. Bewahren Sie sie auf der eigenen Festplatte dieses Computers auf; Sicherungen werden in einem Ordner daneben angelegt.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Use the suggested folder</source>
        <translation>Vorgeschlagenen Ordner verwenden</translation>
    </message>
    <message>
        <source>The clinic file will be kept in this folder:</source>
        <translation>Die Praxisdatei wird in diesem Ordner gespeichert:</translation>
    </message>
    <message>
        <source>Where to keep the clinic file</source>
        <translation>Speicherort der Praxisdatei</translation>
    </message>
    <message>
        <source>This is smpdesk&apos;s own folder for your account, the one suggested.</source>
        <translation>Dies ist der eigene Ordner von smpdesk für Ihr Benutzerkonto, der vorgeschlagene.</translation>
    </message>
    <message>
        <source>smpdesk will remember this folder and open the clinic from it each time.</source>
        <translation>smpdesk merkt sich diesen Ordner und öffnet die Praxis jedes Mal von dort.</translation>
    </message>
    <message>
        <source>Backups are made in {folder}, beside the clinic file. Copy them to a USB drive or another disk now and then (Settings can send them to another folder).</source>
        <translation>Sicherungen werden in {folder} neben der Praxisdatei angelegt. Kopieren Sie sie ab und zu auf ein USB-Laufwerk oder eine andere Festplatte (in den Einstellungen können Sie sie in einen anderen Ordner schreiben lassen).</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect this clinic</source>
        <translation>Diese Praxis schützen</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>z. B. olivia</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>z. B. Olivia Smith</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>Ihr Inhaberkonto</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Kleinbuchstaben, Ziffern, Punkte oder Bindestriche.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>As it appears on screen and in the records.</source>
        <translation>So, wie er auf dem Bildschirm und in den Unterlagen erscheint.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Encrypting the clinic file and its backups; this takes a moment…</source>
        <translation>Die Praxisdatei und ihre Sicherungen werden verschlüsselt; das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Protect the clinic</source>
        <translation>Praxis schützen</translation>
    </message>
    <message>
        <source>The clinic is protected</source>
        <translation>Die Praxis ist geschützt</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once)</source>
        <translation>Wiederherstellungsschlüssel (wird nur dieses eine Mal angezeigt)</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. Keep the sheet in the clinic safe, away from this laptop; a saved PDF belongs on a USB stick kept there too.</source>
        <translation>Wenn alle Inhaber-Passwörter vergessen sind, ist dieser Schlüssel der einzige Weg zurück. Bewahren Sie das Blatt im Tresor der Praxis auf, nicht bei diesem Laptop; ein gespeichertes PDF gehört auf einen USB-Stick, der ebenfalls dort liegt.</translation>
    </message>
    <message>
        <source>The unprotected copy</source>
        <translation>Die ungeschützte Kopie</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is kept beside it, unencrypted, until you confirm the protected clinic works. It opens without a password, so erase it once you are happy. If you finish without erasing it, a banner in the main window offers to erase it until you do.</source>
        <translation>Die Praxisdatei, wie sie vor dem Schützen war, bleibt unverschlüsselt daneben liegen, bis Sie bestätigen, dass die geschützte Praxis funktioniert. Sie öffnet sich ohne Passwort; löschen Sie sie also, sobald alles passt. Wenn Sie abschließen, ohne sie zu löschen, bietet ein Hinweis im Hauptfenster das Löschen an, bis Sie es tun.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy now</source>
        <translation>Ungeschützte Kopie jetzt löschen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Tick the box once the recovery sheet is printed or saved</source>
        <translation>Setzen Sie das Häkchen, sobald das Wiederherstellungsblatt gedruckt oder gespeichert ist</translation>
    </message>
    <message>
        <source>{file} is now encrypted, and everyone signs in to open it.</source>
        <translation>{file} ist jetzt verschlüsselt, und alle melden sich an, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>You are signed in as {name} (owner).</source>
        <translation>Sie sind als {name} (Inhaber) angemeldet.</translation>
    </message>
    <message>
        <source>You are signed in as the owner.</source>
        <translation>Sie sind als Inhaber angemeldet.</translation>
    </message>
    <message>
        <source>Its existing backup was encrypted too.</source>
        <translation>Die vorhandene Sicherung wurde ebenfalls verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n existing backups were encrypted too.</source>
        <translation>
            <numerusform>Auch %n vorhandene Sicherung wurde verschlüsselt.</numerusform>
            <numerusform>Auch die %n vorhandenen Sicherungen wurden verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unprotected copy is erased.</source>
        <translation>Die ungeschützte Kopie ist gelöscht.</translation>
    </message>
    <message>
        <source>There was no unprotected copy left.</source>
        <translation>Es war keine ungeschützte Kopie mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <source>Protect the clinic</source>
        <translation>Praxis schützen</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file, so a lost laptop or a copied backup shows nothing, and everyone signs in with their own name and password.</source>
        <translation>Das Schützen verschlüsselt die Praxisdatei, sodass ein verlorener Laptop oder eine kopierte Sicherung nichts preisgibt, und alle melden sich mit eigenem Namen und Passwort an.</translation>
    </message>
    <message>
        <source>Protect the clinic (recommended)</source>
        <translation>Praxis schützen (empfohlen)</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>z. B. Olivia Smith</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>z. B. olivia</translation>
    </message>
    <message>
        <source>You, the clinic&apos;s owner</source>
        <translation>Sie, Inhaber der Praxis</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Kleinbuchstaben, Ziffern, Punkte oder Bindestriche.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>A recovery key is shown once the clinic is made: print it or write it down and keep it in the clinic safe. It is the only way back in if the password is lost.</source>
        <translation>Nach dem Anlegen der Praxis wird ein Wiederherstellungsschlüssel angezeigt: Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn im Tresor der Praxis auf. Er ist der einzige Weg zurück, wenn das Passwort verloren geht.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Type the recovery key from the clinic&apos;s printed recovery sheet and choose a new password for an owner account. The other accounts keep their passwords; an owner can reset theirs once signed in.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel vom gedruckten Wiederherstellungsblatt der Praxis ein und wählen Sie ein neues Passwort für ein Inhaberkonto. Die anderen Konten behalten ihre Passwörter; ein Inhaber kann sie nach der Anmeldung zurücksetzen.</translation>
    </message>
    <message>
        <source>Not an owner? Ask the clinic&apos;s owner to set you a new password instead.</source>
        <translation>Kein Inhaber? Bitten Sie stattdessen den Inhaber der Praxis, Ihnen ein neues Passwort zu setzen.</translation>
    </message>
    <message>
        <source>the owner&apos;s user name</source>
        <translation>der Benutzername des Inhabers</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;user name</source>
        <translation>&amp;Benutzername des Inhabers</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation>Passwort setzen und anmelden</translation>
    </message>
    <message>
        <source>Type the owner&apos;s user name.</source>
        <translation>Geben Sie den Benutzernamen des Inhabers ein.</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel vom gedruckten Blatt ein.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s new recovery key. It opens the clinic when every owner&apos;s password is lost, and it is shown only this once: save the sheet and print it, or copy the key by hand, and keep it in the clinic safe. The old recovery sheet no longer works; destroy it.</source>
        <translation>Dies ist der neue Wiederherstellungsschlüssel der Praxis. Er öffnet die Praxis, wenn die Passwörter aller Inhaber verloren sind, und wird nur dieses eine Mal angezeigt: Speichern und drucken Sie das Blatt oder schreiben Sie den Schlüssel ab, und bewahren Sie ihn im Tresor der Praxis auf. Das alte Wiederherstellungsblatt gilt nicht mehr; vernichten Sie es.</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Wiederherstellungsblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, put the printout in the clinic safe, then delete the file: with it, anyone can open a copy of the clinic.</source>
        <translation>Gespeichert als {path}. Drucken Sie es aus, legen Sie den Ausdruck in den Tresor der Praxis und löschen Sie dann die Datei: Mit ihr kann jeder eine Kopie der Praxis öffnen.</translation>
    </message>
    <message>
        <source>Close without the sheet?</source>
        <translation>Ohne das Blatt schließen?</translation>
    </message>
    <message>
        <source>The recovery sheet was not saved, and the key is not shown again. Close anyway (you copied the key by hand)?</source>
        <translation>Das Wiederherstellungsblatt wurde nicht gespeichert, und der Schlüssel wird nicht erneut angezeigt. Trotzdem schließen (Sie haben den Schlüssel abgeschrieben)?</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Wiederherstellungsblatt drucken…</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Wiederherstellungsblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>keep it in the clinic safe</source>
        <translation>im Tresor der Praxis aufbewahren</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Move it to a USB stick kept in the clinic safe.</source>
        <translation>Gespeichert als {path}. Verschieben Sie die Datei auf einen USB-Stick, der im Tresor der Praxis liegt.</translation>
    </message>
    <message>
        <source>Close without the recovery sheet?</source>
        <translation>Ohne das Wiederherstellungsblatt schließen?</translation>
    </message>
    <message>
        <source>The recovery key is not shown again. Without it, if every owner password is forgotten, nobody can read the records. Close anyway?</source>
        <translation>Der Wiederherstellungsschlüssel wird nicht erneut angezeigt. Ohne ihn kann niemand die Unterlagen lesen, wenn alle Inhaber-Passwörter vergessen sind. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Enable {name}&apos;s account</source>
        <translation>Konto von {name} aktivieren</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Konto aktivieren</translation>
    </message>
    <message>
        <source>{name}&apos;s old password stopped working when the account was disabled. Set a new one to enable it, and tell it to them in person.</source>
        <translation>Das alte Passwort von {name} funktioniert nicht mehr, seit das Konto deaktiviert wurde. Setzen Sie ein neues, um es zu aktivieren, und teilen Sie es der Person persönlich mit.</translation>
    </message>
    <message>
        <source>Reset {name}&apos;s password</source>
        <translation>Passwort von {name} zurücksetzen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Set a new password for {name} (user name {login}) and tell it to them in person; they can change it under My password and PIN.</source>
        <translation>Setzen Sie ein neues Passwort für {name} (Benutzername {login}) und teilen Sie es der Person persönlich mit; sie kann es unter Mein Passwort und PIN ändern.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — smpdesk</source>
        <translation>Anmelden — smpdesk</translation>
    </message>
    <message>
        <source>Sign in to open the clinic&apos;s records</source>
        <translation>Melden Sie sich an, um die Unterlagen der Praxis zu öffnen</translation>
    </message>
    <message>
        <source>Clinic file: {name}</source>
        <translation>Praxisdatei: {name}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Forgotten password…</source>
        <translation>Passwort vergessen…</translation>
    </message>
    <message>
        <source>Trying the demo? Sign in as one of these</source>
        <translation>Sie probieren die Demo aus? Melden Sie sich als eine dieser Personen an</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Choose {name} and fill in the password</source>
        <translation>{name} auswählen und das Passwort eintragen</translation>
    </message>
    <message>
        <source>User name: {login}</source>
        <translation>Benutzername: {login}</translation>
    </message>
    <message>
        <source>No staff account can sign in to this clinic; an owner can use the recovery key (Forgotten password…).</source>
        <translation>Kein Mitarbeiterkonto kann sich bei dieser Praxis anmelden; ein Inhaber kann den Wiederherstellungsschlüssel verwenden (Passwort vergessen…).</translation>
    </message>
    <message>
        <source>Sign in ({seconds})</source>
        <translation>Anmelden ({seconds})</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Wählen Sie zuerst Ihren Namen in der Liste.</translation>
    </message>
    <message>
        <source>Type your password, then press Sign in.</source>
        <translation>Geben Sie Ihr Passwort ein und klicken Sie dann auf Anmelden.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Your name *</source>
        <translation>Ihr Name *</translation>
    </message>
    <message>
        <source>Sign here *</source>
        <translation>Hier unterschreiben *</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account, so the audit trail says who did what. Accounts are never deleted: disable one when someone leaves, and the records keep their name.</source>
        <translation>Alle melden sich mit dem eigenen Konto an, damit das Prüfprotokoll zeigt, wer was getan hat. Konten werden nie gelöscht: Deaktivieren Sie eines, wenn jemand geht; die Unterlagen behalten den Namen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Rename / change role…</source>
        <translation>Umbenennen / Rolle ändern…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Neuer Wiederherstellungsschlüssel…</translation>
    </message>
    <message>
        <source>Make a new recovery key when the printed sheet is lost or someone saw it.</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erstellen, wenn das gedruckte Blatt verloren ist oder jemand es gesehen hat.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (Sie)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>A disabled account gets a new password when it is enabled.</source>
        <translation>Ein deaktiviertes Konto erhält beim Aktivieren ein neues Passwort.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Aktivieren…</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren; melden Sie sich dazu als anderer Inhaber an.</translation>
    </message>
    <message>
        <source>{name} can now sign in as “{login}” ({role}).</source>
        <translation>{name} kann sich jetzt als „{login}“ anmelden ({role}).</translation>
    </message>
    <message>
        <source>Saved: {name}, {role}. A new role takes effect at their next sign-in.</source>
        <translation>Gespeichert: {name}, {role}. Eine neue Rolle gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is set; tell it to them in person.</source>
        <translation>Das Passwort von {name} ist gesetzt; teilen Sie es der Person persönlich mit.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is enabled with the new password.</source>
        <translation>Das Konto von {name} ist mit dem neuen Passwort aktiviert.</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>{name} deaktivieren?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in, and their password stops working at once. Their name stays on everything they recorded. Enabling the account later sets a new password.</source>
        <translation>{name} kann sich nicht mehr anmelden, und das Passwort funktioniert sofort nicht mehr. Der Name bleibt bei allem stehen, was diese Person erfasst hat. Wird das Konto später aktiviert, wird ein neues Passwort gesetzt.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is disabled.</source>
        <translation>Das Konto von {name} ist deaktiviert.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen?</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the printed recovery sheet you have now stops working. Save and print the new sheet straight away.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den alten sofort: Das gedruckte Wiederherstellungsblatt, das Sie jetzt haben, gilt nicht mehr. Speichern und drucken Sie das neue Blatt umgehend.</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old recovery sheet no longer works.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde erstellt; das alte Wiederherstellungsblatt gilt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>Wie beginnen</translation>
    </message>
    <message>
        <source>You can import clients or add them one by one at any time later.</source>
        <translation>Sie können Kunden jederzeit später importieren oder einzeln hinzufügen.</translation>
    </message>
    <message>
        <source>Start with an empty clinic</source>
        <translation>Mit einer leeren Praxis beginnen</translation>
    </message>
    <message>
        <source>Add clients as they come in.</source>
        <translation>Fügen Sie Kunden hinzu, wenn sie kommen.</translation>
    </message>
    <message>
        <source>Import my clients from a spreadsheet</source>
        <translation>Meine Kunden aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>A CSV or Excel file from a spreadsheet or your old software: you see the columns matched and the rows checked before anything is added.</source>
        <translation>Eine CSV- oder Excel-Datei aus einer Tabellenkalkulation oder Ihrer bisherigen Software: Sie sehen die zugeordneten Spalten und die geprüften Zeilen, bevor etwas hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Try the demo clinic first (nothing is saved)</source>
        <translation>Zuerst die Demo-Praxis ausprobieren (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Made-up clients to look around with. Your clinic is not made yet: when you close the demo, start smpdesk again to come back here.</source>
        <translation>Erfundene Kunden zum Umsehen. Ihre Praxis wird noch nicht angelegt: Wenn Sie die Demo schließen, starten Sie smpdesk erneut, um hierher zurückzukehren.</translation>
    </message>
    <message>
        <source>Making the clinic file…</source>
        <translation>Die Praxisdatei wird angelegt…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message>
        <source>Nothing is saved: the demo is made in a temporary folder.</source>
        <translation>Nichts wird gespeichert: Die Demo wird in einem temporären Ordner angelegt.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, protected, with you as its owner.</source>
        <translation>Die Praxis wird in {path} angelegt, geschützt, mit Ihnen als Inhaber.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, not protected.</source>
        <translation>Die Praxis wird in {path} angelegt, ungeschützt.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Use my password</source>
        <translation>Mein Passwort verwenden</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>Als andere Person anmelden…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Als andere Person anmelden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Gesperrt — {name}</translation>
    </message>
    <message>
        <source>Type your PIN to unlock.</source>
        <translation>Geben Sie Ihre PIN ein, um zu entsperren.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu entsperren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Wählen Sie Ihren Namen.</translation>
    </message>
</context>
<context>
    <name>access.lock</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>smpdesk — Locked</source>
        <translation>smpdesk — Gesperrt</translation>
    </message>
    <message>
        <source>That is not your password; check it (passwords are case-sensitive) and try again.</source>
        <translation>Das ist nicht Ihr Passwort; prüfen Sie es (Groß- und Kleinschreibung zählt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{count} wrong PINs in a row: type your password to unlock.</source>
        <translation>{count} falsche PINs hintereinander: Geben Sie Ihr Passwort ein, um zu entsperren.</translation>
    </message>
</context>
<context>
    <name>access.recovery_sheet_panel</name>
    <message>
        <source>I have printed or saved the recovery sheet, or written the key down</source>
        <translation>Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert oder den Schlüssel aufgeschrieben</translation>
    </message>
</context>
<context>
    <name>access.sign_in</name>
    <message>
        <source>At least {count} characters, and not a common password or your own name. A short sentence is easy to remember and hard to guess.</source>
        <translation>Mindestens {count} Zeichen, kein gängiges Passwort und nicht Ihr eigener Name. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the new password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie das neue Passwort zweimal ein.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait 1 second and try again.</source>
        <translation>Zu viele falsche Passwörter für dieses Konto: Warten Sie 1 Sekunde und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: wait %n seconds and try again.</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für dieses Konto: Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter für dieses Konto: Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Protecting encrypts the clinic file, so that a lost or stolen laptop, or a copied backup, shows nothing to anyone else.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Everyone signs in with their own user name and password before the records open. You will be the clinic&apos;s owner; you add the other staff afterwards.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;recovery key&lt;/b&gt; is shown once, at the end. Print it and keep it in the clinic safe: it is the only way back in if every owner password is forgotten.&lt;/li&gt;&lt;li&gt;Without a password or the recovery key &lt;b&gt;nobody can read the records&lt;/b&gt;, not even smpdesk&apos;s makers.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Das Schützen verschlüsselt die Praxisdatei, sodass ein verlorener oder gestohlener Laptop oder eine kopierte Sicherung niemand anderem etwas zeigt.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Alle melden sich mit eigenem Benutzernamen und Passwort an, bevor sich die Unterlagen öffnen. Sie werden Inhaber der Praxis; die übrigen Mitarbeiter fügen Sie danach hinzu.&lt;/li&gt;&lt;li&gt;Am Ende wird einmalig ein &lt;b&gt;Wiederherstellungsschlüssel&lt;/b&gt; angezeigt. Drucken Sie ihn aus und bewahren Sie ihn im Tresor der Praxis auf: Er ist der einzige Weg zurück, wenn alle Inhaber-Passwörter vergessen sind.&lt;/li&gt;&lt;li&gt;Ohne Passwort oder Wiederherstellungsschlüssel &lt;b&gt;kann niemand die Unterlagen lesen&lt;/b&gt;, nicht einmal die Entwickler von smpdesk.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>access.staff_admin</name>
    <message>
        <source>The two passwords are not the same; type the new password in both boxes again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie das neue Passwort erneut in beide Felder ein.</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type the new PIN in both boxes again.</source>
        <translation>Die beiden PINs stimmen nicht überein; geben Sie die neue PIN erneut in beide Felder ein.</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens {count} Zeichen. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>Everything, including staff accounts, clinic settings, restoring backups and the audit log.</source>
        <translation>Alles, einschließlich Mitarbeiterkonten, Praxiseinstellungen, Wiederherstellen von Sicherungen und Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Clients, treatments, photos and medical forms.</source>
        <translation>Kunden, Behandlungen, Fotos und medizinische Formulare.</translation>
    </message>
    <message>
        <source>Bookings, contact details and aftercare sheets; never medical answers, photos or treatment details.</source>
        <translation>Termine, Kontaktdaten und Nachsorgeblätter; niemals medizinische Antworten, Fotos oder Behandlungsdetails.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>sign in (wrong password)</source>
        <translation>Anmeldung (falsches Passwort)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>Bildschirm gesperrt</translation>
    </message>
    <message>
        <source>unlock the screen</source>
        <translation>Bildschirm entsperren</translation>
    </message>
    <message>
        <source>took the laptop back from a client</source>
        <translation>Laptop von einem Kunden zurückgenommen</translation>
    </message>
    <message>
        <source>protected the clinic</source>
        <translation>Praxis geschützt</translation>
    </message>
    <message>
        <source>reset an owner&apos;s password with the recovery key</source>
        <translation>Inhaber-Passwort mit dem Wiederherstellungsschlüssel zurückgesetzt</translation>
    </message>
    <message>
        <source>add a staff account</source>
        <translation>Mitarbeiterkonto hinzufügen</translation>
    </message>
    <message>
        <source>change a staff account</source>
        <translation>Mitarbeiterkonto ändern</translation>
    </message>
</context>
<context>
    <name>backups.backup_actions</name>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file (a backup, an export or a photo import); try again when it has finished.</source>
        <translation>smpdesk arbeitet noch mit der Praxisdatei (eine Sicherung, ein Export oder ein Fotoimport); versuchen Sie es erneut, wenn dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened</source>
        <translation>Die Datenbank der Praxis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{problem} smpdesk will close; start it again once the problem is solved.</source>
        <translation>{problem} smpdesk wird geschlossen; starten Sie es erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Restored {name}: {counts}. The previous database was kept as {kept}.</source>
        <translation>{name} wiederhergestellt: {counts}. Die bisherige Datenbank wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>smpdesk backups (*.sqlite3)</source>
        <translation>smpdesk-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the clinic database with {name}? Work entered after that backup will not be in it; the current file is kept in the backups folder.</source>
        <translation>Die Datenbank der Praxis durch {name} ersetzen? Was nach dieser Sicherung eingegeben wurde, ist darin nicht enthalten; die aktuelle Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted backup:</source>
        <translation>Passphrase für die verschlüsselte Sicherung:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ; try again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Export an encrypted backup</source>
        <translation>Verschlüsselte Sicherung exportieren</translation>
    </message>
    <message>
        <source>Encrypted backups (*.smpdesk)</source>
        <translation>Verschlüsselte Sicherungen (*.smpdesk)</translation>
    </message>
    <message>
        <source>Encrypted backup written</source>
        <translation>Verschlüsselte Sicherung geschrieben</translation>
    </message>
    <message>
        <source>Written to {path}. Keep the passphrase safe: without it the file cannot be opened.</source>
        <translation>Geschrieben nach {path}. Bewahren Sie die Passphrase sicher auf: Ohne sie lässt sich die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Die verschlüsselte Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Import an encrypted backup</source>
        <translation>Verschlüsselte Sicherung importieren</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Replace the clinic database with this backup? The current file is kept in the backups folder.</source>
        <translation>Die Datenbank der Praxis durch diese Sicherung ersetzen? Die aktuelle Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Opening the encrypted backup…</source>
        <translation>Die verschlüsselte Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Check passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <source>The check found problems</source>
        <translation>Die Prüfung hat Probleme gefunden</translation>
    </message>
    <message>
        <source>Checking the clinic file and its signed records…</source>
        <translation>Die Praxisdatei und ihre unterschriebenen Datensätze werden geprüft…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Making the clinic file smaller</source>
        <translation>Die Praxisdatei wird verkleinert</translation>
    </message>
    <message>
        <source>Space not given back</source>
        <translation>Speicherplatz nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>first_run.wizard</name>
    <message>
        <source>Not protected: the clinic file is not encrypted, nobody signs in, and anyone who uses this computer or copies the file or a backup can read every record. You can protect it later from Clinic → Protect this clinic.</source>
        <translation>Nicht geschützt: Die Praxisdatei ist nicht verschlüsselt, niemand meldet sich an, und jeder, der diesen Computer benutzt oder die Datei oder eine Sicherung kopiert, kann alle Unterlagen lesen. Sie können sie später über Praxis → Diese Praxis schützen schützen.</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; choose a PNG or JPEG under 2 MB.</source>
        <translation>Diese Datei ist kein Bild, das smpdesk lesen kann; wählen Sie ein PNG oder JPEG unter 2 MB.</translation>
    </message>
</context>
<context>
    <name>widgets.form_support</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have typed details that are not saved. Close and discard them?</source>
        <translation>Sie haben Angaben eingegeben, die nicht gespeichert sind. Schließen und verwerfen?</translation>
    </message>
</context>
<context>
    <name>widgets.save_files</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>{name} ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>{name} ist in diesem Ordner bereits vorhanden. Ersetzen?</translation>
    </message>
</context>
</TS>
