<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>That user name and password do not match; check them (passwords are case-sensitive) and try again.</source>
        <translation>Benutzername und Passwort passen nicht zusammen; prüfen Sie beide (Passwörter unterscheiden Groß- und Kleinschreibung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the clinic&apos;s owner.</source>
        <translation>Dieses Konto ist deaktiviert; wenden Sie sich an den Inhaber der Praxis.</translation>
    </message>
    <message>
        <source>The key file {name} beside the clinic file is missing; copy {kept} back beside it, then sign in again.</source>
        <translation>Die Schlüsseldatei {name} neben der Praxisdatei fehlt; kopieren Sie {kept} wieder daneben und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait {seconds} seconds and try again.</source>
        <translation>Zu viele falsche Passwörter für dieses Konto: Warten Sie {seconds} Sekunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} was made before this clinic was protected (it holds no owner account), so after restoring it nobody could sign in; choose a backup made after protecting. Nothing was changed.</source>
        <translation>{name} wurde erstellt, bevor diese Praxis geschützt wurde (sie enthält kein Inhaberkonto); nach dem Wiederherstellen könnte sich also niemand anmelden. Wählen Sie eine Sicherung, die nach dem Schützen erstellt wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s owner restores a backup while the clinic file cannot be opened.</source>
        <translation>Solange die Praxisdatei nicht geöffnet werden kann, stellt nur der Inhaber der Praxis eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>That recovery key does not open this clinic; check it and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diese Praxis nicht; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The recovery key resets an owner&apos;s password; choose an owner.</source>
        <translation>Der Wiederherstellungsschlüssel setzt das Passwort eines Inhabers zurück; wählen Sie einen Inhaber.</translation>
    </message>
    <message>
        <source>{name} is protected already.</source>
        <translation>{name} ist bereits geschützt.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic; close its window first (or protect it from the window: Clinic → Protect this clinic).</source>
        <translation>smpdesk ist mit dieser Praxis geöffnet; schließen Sie zuerst das Fenster (oder schützen Sie sie im Fenster: Praxis → Diese Praxis schützen).</translation>
    </message>
    <message>
        <source>An unprotected copy from an earlier attempt is still beside the clinic file; erase it first (&apos;smpdesk protect --erase-plain-copy&apos;).</source>
        <translation>Neben der Praxisdatei liegt noch eine ungeschützte Kopie aus einem früheren Versuch; löschen Sie sie zuerst (&apos;smpdesk protect --erase-plain-copy&apos;).</translation>
    </message>
    <message>
        <source>The clinic file is not protected, so its unprotected copy was kept; run &apos;smpdesk protect&apos; again.</source>
        <translation>Die Praxisdatei ist nicht geschützt, daher wurde ihre ungeschützte Kopie behalten; führen Sie &apos;smpdesk protect&apos; erneut aus.</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no staff accounts; protect it first (Settings → Protect this clinic, or &apos;smpdesk protect&apos;).</source>
        <translation>Diese Praxis ist noch nicht geschützt und hat daher keine Mitarbeiterkonten; schützen Sie sie zuerst (Einstellungen → Diese Praxis schützen, oder &apos;smpdesk protect&apos;).</translation>
    </message>
    <message>
        <source>There is no staff account with id {staff_id}.</source>
        <translation>Es gibt kein Mitarbeiterkonto mit der ID {staff_id}.</translation>
    </message>
    <message>
        <source>Choose owner, practitioner or reception.</source>
        <translation>Wählen Sie Inhaber, Behandler oder Empfang.</translation>
    </message>
    <message>
        <source>There is already an account with that user name.</source>
        <translation>Es gibt bereits ein Konto mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren; melden Sie sich dazu als anderer Inhaber an.</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s only owner account; make another account an owner first.</source>
        <translation>Dies ist das einzige Inhaberkonto der Praxis; machen Sie zuerst ein anderes Konto zum Inhaber.</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>Das ist nicht Ihr aktuelles Passwort.</translation>
    </message>
    <message>
        <source>Another restore of this clinic database is running; wait for it to finish.</source>
        <translation>Eine andere Wiederherstellung dieser Praxisdatenbank läuft; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}; check the path.</source>
        <translation>Unter {backup} gibt es keine Sicherungsdatei; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic database; close its window before restoring.</source>
        <translation>smpdesk ist mit dieser Praxisdatenbank geöffnet; schließen Sie das Fenster vor dem Wiederherstellen.</translation>
    </message>
    <message>
        <source>That is the clinic database itself, not a backup; choose a backup file.</source>
        <translation>Das ist die Praxisdatenbank selbst, keine Sicherung; wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The restore could not start ({reason})</source>
        <translation>Die Wiederherstellung konnte nicht beginnen ({reason})</translation>
    </message>
    <message>
        <source>The restore did not complete ({reason}). {outcome}</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen ({reason}). {outcome}</translation>
    </message>
    <message>
        <source>The backup was put in place but could not be opened ({reason}); the previous database is kept at {set_aside}.</source>
        <translation>Die Sicherung wurde eingesetzt, konnte aber nicht geöffnet werden ({reason}); die vorherige Datenbank wird unter {set_aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>A restore from {name} was stopped before it changed anything; the clinic database is as it was.</source>
        <translation>Eine Wiederherstellung aus {name} wurde angehalten, bevor sie etwas geändert hat; die Praxisdatenbank ist unverändert.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted at its very end; it is complete.</source>
        <translation>Eine Wiederherstellung aus {name} wurde ganz am Ende unterbrochen; sie ist vollständig.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed (the previous database is kept as {set_aside}).</source>
        <translation>Eine Wiederherstellung aus {name} wurde unterbrochen; sie ist jetzt abgeschlossen (die vorherige Datenbank wird als {set_aside} aufbewahrt).</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed.</source>
        <translation>Eine Wiederherstellung aus {name} wurde unterbrochen; sie ist jetzt abgeschlossen.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and could not be completed; the clinic database was put back as it was before the restore.</source>
        <translation>Eine Wiederherstellung aus {name} wurde unterbrochen und konnte nicht abgeschlossen werden; die Praxisdatenbank wurde in den Zustand vor der Wiederherstellung zurückversetzt.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and neither copy could be used; restore a backup again with &apos;smpdesk restore FILE&apos;.</source>
        <translation>Eine Wiederherstellung aus {name} wurde unterbrochen, und keine der beiden Kopien war verwendbar; stellen Sie erneut eine Sicherung wieder her mit &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made may be back in it: restore it again once signed in to remove them.</source>
        <translation>{outcome} Kunden, die seit dem Erstellen dieser Sicherung gelöscht wurden, können wieder darin sein: Stellen Sie sie nach der Anmeldung erneut wieder her, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made could not be removed ({reason}).</source>
        <translation>{outcome} Kunden, die seit dem Erstellen dieser Sicherung gelöscht wurden, konnten nicht entfernt werden ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}); use an older backup.</source>
        <translation>Die Sicherung {name} ist beschädigt ({problem}); verwenden Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used; choose another backup.</source>
        <translation>{name} ist keine unveränderte smpdesk-Datenbank: {detail}. Sie wurde möglicherweise verändert, um den Datensätzen der Praxis zu schaden, und wurde daher nicht verwendet; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup {name} is missing.</source>
        <translation>Die Sicherung {name} fehlt.</translation>
    </message>
    <message>
        <source>{name} is not an SQLite file, so it cannot be restored.</source>
        <translation>{name} ist keine SQLite-Datei und kann daher nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup {name} is not encrypted, so it is not a backup of this encrypted clinic; choose another backup.</source>
        <translation>Die Sicherung {name} ist nicht verschlüsselt und daher keine Sicherung dieser verschlüsselten Praxis; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({reason}).</source>
        <translation>Die Sicherung {name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer smpdesk; install the newer smpdesk to restore it.</source>
        <translation>Die Sicherung {name} wurde von einer neueren smpdesk-Version erstellt; installieren Sie die neuere smpdesk-Version, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an smpdesk backup.</source>
        <translation>{name} ist eine SQLite-Datei, aber keine smpdesk-Sicherung.</translation>
    </message>
    <message>
        <source>The backup {name} could not be opened with this clinic&apos;s key: it was made with another key, or it is damaged; use another backup.</source>
        <translation>Die Sicherung {name} konnte mit dem Schlüssel dieser Praxis nicht geöffnet werden: Sie wurde mit einem anderen Schlüssel erstellt oder ist beschädigt; verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not made; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde keine Sicherung erstellt; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backups folder {folder} cannot be written to; check its permissions or choose another folder.</source>
        <translation>In den Sicherungsordner {folder} kann nicht geschrieben werden; prüfen Sie seine Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}); try again or choose another folder.</source>
        <translation>Die Sicherung konnte nicht in {folder} geschrieben werden ({reason}); versuchen Sie es erneut oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The backups folder {folder} does not exist; connect the drive, create the folder or choose another one.</source>
        <translation>Der Sicherungsordner {folder} existiert nicht; schließen Sie das Laufwerk an, legen Sie den Ordner an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>A change is still being saved, so the backup was not started; try again.</source>
        <translation>Eine Änderung wird noch gespeichert, daher wurde die Sicherung nicht gestartet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The new backup failed its check and was not kept, so the clinic database itself may be damaged; run a full check of it.</source>
        <translation>Die neue Sicherung hat die Prüfung nicht bestanden und wurde nicht behalten; die Praxisdatenbank selbst ist daher möglicherweise beschädigt. Führen Sie eine vollständige Prüfung durch.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. There is no good backup beside it: copy the file somewhere safe and restore one of your own backups with &apos;smpdesk restore FILE&apos;.</source>
        <translation>{problem}; es wurde nichts geändert. Daneben liegt keine gute Sicherung: Kopieren Sie die Datei an einen sicheren Ort und stellen Sie eine Ihrer eigenen Sicherungen wieder her mit &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. The newest good backup is {backup} (made {made}): restore it with &apos;smpdesk restore {backup}&apos; or by starting the window.</source>
        <translation>{problem}; es wurde nichts geändert. Die neueste gute Sicherung ist {backup} (erstellt am {made}): Stellen Sie sie mit &apos;smpdesk restore {backup}&apos; oder beim Öffnen des Fensters wieder her.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path.</source>
        <translation>Unter {path} gibt es keine Praxisdatenbank; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full, so the full check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte die vollständige Prüfung von {name} nicht laufen (das sagt nichts über Schäden aus); geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the quick check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte die schnelle Prüfung von {name} nicht laufen (das sagt nichts über Schäden aus); geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; connect the drive first.</source>
        <translation>Der Ordner {folder} existiert nicht; schließen Sie zuerst das Laufwerk an.</translation>
    </message>
    <message>
        <source>Give the clinic&apos;s name; it is printed on every sheet.</source>
        <translation>Geben Sie den Namen der Praxis an; er wird auf jedes Blatt gedruckt.</translation>
    </message>
    <message>
        <source>smpdesk cannot write in {folder} ({reason}); choose another folder.</source>
        <translation>smpdesk kann nicht in {folder} schreiben ({reason}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is already a clinic file at {path}; choose another folder, or close this window and start smpdesk with that clinic.</source>
        <translation>Unter {path} liegt bereits eine Praxisdatei; wählen Sie einen anderen Ordner, oder schließen Sie dieses Fenster und starten Sie smpdesk mit dieser Praxis.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner; wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} holds the key file of a protected clinic; choose another folder.</source>
        <translation>Der Ordner {folder} enthält die Schlüsseldatei einer geschützten Praxis; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} holds backups of a clinic ({count} in its backups folder); a new clinic there would thin them out. Choose another folder, or bring that clinic back: start smpdesk with --db {path} and accept its newest backup, or run &apos;smpdesk restore --db {path} FILE&apos;.</source>
        <translation>Der Ordner {folder} enthält Sicherungen einer Praxis ({count} in ihrem Sicherungsordner); eine neue Praxis dort würde sie ausdünnen. Wählen Sie einen anderen Ordner, oder holen Sie diese Praxis zurück: Starten Sie smpdesk mit --db {path} und übernehmen Sie ihre neueste Sicherung, oder führen Sie &apos;smpdesk restore --db {path} FILE&apos; aus.</translation>
    </message>
    <message>
        <source>The backups folder {backups} holds the key file of a protected clinic; choose another folder.</source>
        <translation>Der Sicherungsordner {backups} enthält die Schlüsseldatei einer geschützten Praxis; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} holds files a clinic left behind ({files}); choose another folder.</source>
        <translation>Der Ordner {folder} enthält Dateien, die eine Praxis hinterlassen hat ({files}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>smpdesk could not note where the clinic is kept: its settings folder {folder} cannot be written ({reason}). Nothing was made; check that folder&apos;s permissions and try again.</source>
        <translation>smpdesk konnte nicht vermerken, wo die Praxis liegt: In seinen Einstellungsordner {folder} kann nicht geschrieben werden ({reason}). Es wurde nichts angelegt; prüfen Sie die Berechtigungen dieses Ordners und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The clinic could not be made in {folder} ({reason}); choose another folder.</source>
        <translation>Die Praxis konnte nicht in {folder} angelegt werden ({reason}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>A reception account cannot archive a client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Kunden zu archivieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot change a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Sitzung zu ändern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Fotoeinwilligung zu ändern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Angaben zu einem Foto zu ändern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Einstellungen der Praxis zu ändern; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Einstellungen der Praxis zu ändern; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, das Prüfprotokoll zu prüfen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, das Prüfprotokoll zu prüfen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Praxis in eine Datei zu kopieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Praxis in eine Datei zu kopieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Foto zu löschen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, eine Sitzung zu löschen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Sitzung zu löschen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot discard a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Fragebogen zu verwerfen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot draft a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Behandlungsplan zu entwerfen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, einen Kunden zu löschen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Kunden zu löschen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export a client&apos;s data; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Daten eines Kunden zu exportieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export a design image; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Entwurfsbild zu exportieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Chargenrückrufliste zu exportieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Foto zu exportieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Praxis zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Praxis zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Berichte der Praxis zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Berichte der Praxis zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Tageseinnahmen zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Tageseinnahmen zu exportieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot fill in a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Fragebogen auszufüllen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, Kunden zu importieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Kunden zu importieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot import photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Fotos zu importieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, einen neuen Wiederherstellungsschlüssel zu erstellen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen neuen Wiederherstellungsschlüssel zu erstellen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, Mitarbeiterkonten zu verwalten; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Mitarbeiterkonten zu verwalten; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot mark landmarks on a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Bezugspunkte auf einem Foto zu markieren; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot merge two clients&apos; records; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Datensätze zweier Kunden zusammenzuführen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot print a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Chargenrückrufliste zu drucken; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot print a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Angebot zu drucken; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Berichte der Praxis zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Berichte der Praxis zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Tageseinnahmen zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Tageseinnahmen zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, das Wiederherstellungsblatt zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, das Wiederherstellungsblatt zu drucken; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, das Prüfprotokoll zu lesen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, das Prüfprotokoll zu lesen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot record a design&apos;s approval; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Freigabe eines Entwurfs zu erfassen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot record a patch test; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Verträglichkeitstest zu erfassen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot record a plan&apos;s acceptance; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Annahme eines Plans zu erfassen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot record a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Sitzung zu erfassen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, eine Zahlung zu erstatten; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Zahlung zu erstatten; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, ein Passwort zurückzusetzen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Passwort zurückzusetzen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot restore an archived client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen archivierten Kunden wiederherzustellen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, eine Sicherung wiederherzustellen oder zu importieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Sicherung wiederherzustellen oder zu importieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot run a lot recall; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Chargenrückruf durchzuführen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot save a hairline design; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Haaransatz-Entwurf zu speichern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot save a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, ein Angebot zu speichern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot save a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Behandlungsplan zu speichern; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s earlier details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, frühere Angaben eines Kunden anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Pläne eines Kunden anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see a consent record; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Einwilligungserklärung anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see a photo&apos;s history; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, den Verlauf eines Fotos anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see contraindications; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Kontraindikationen anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see hairline designs; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Haaransatz-Entwürfe anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see medical answers; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, medizinische Antworten anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see patch test results; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Ergebnisse von Verträglichkeitstests anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Fotoeinwilligung anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Fotos anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Kunden nach Ablauf der Aufbewahrungsfrist anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Kunden nach Ablauf der Aufbewahrungsfrist anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Berichte der Praxis anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Berichte der Praxis anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Tageseinnahmen anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Tageseinnahmen anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, die Kundenimporte anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, die Kundenimporte anzusehen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Behandlungsdetails anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, Behandlungspläne anzusehen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot sign off a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Fragebogen abzuzeichnen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot start a new version of a signed form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine neue Fassung eines unterschriebenen Fragebogens anzulegen; bitten Sie eine Behandlerin, einen Behandler oder den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, einen Kundenimport rückgängig zu machen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, einen Kundenimport rückgängig zu machen; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A practitioner account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Behandlerkonto ist nicht berechtigt, eine Zahlung zu stornieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>A reception account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Ein Empfangskonto ist nicht berechtigt, eine Zahlung zu stornieren; bitten Sie den Inhaber der Praxis darum.</translation>
    </message>
    <message>
        <source>Your account is not in the restored clinic file; start smpdesk again and sign in as its owner.</source>
        <translation>Ihr Konto ist nicht in der wiederhergestellten Praxisdatei; starten Sie smpdesk erneut und melden Sie sich als deren Inhaber an.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file); choose the right file or restore a backup.</source>
        <translation>{path} ist keine lesbare smpdesk-Datenbank (sie ist möglicherweise beschädigt oder eine andere Art von Datei); wählen Sie die richtige Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file)</source>
        <translation>{path} ist keine lesbare smpdesk-Datenbank (sie ist möglicherweise beschädigt oder eine andere Art von Datei)</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} ist ein Ordner; geben Sie den Pfad einer Datenbankdatei an.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, pipe or socket), so it cannot be a clinic database; give the path of the clinic&apos;s .sqlite3 file.</source>
        <translation>{path} ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kann daher keine Praxisdatenbank sein; geben Sie den Pfad der .sqlite3-Datei der Praxis an.</translation>
    </message>
    <message>
        <source>The clinic database {path} is empty (0 bytes): its records were lost.</source>
        <translation>Die Praxisdatenbank {path} ist leer (0 Byte): ihre Datensätze sind verloren gegangen.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted clinic database, so it cannot be opened with a key; choose the clinic&apos;s encrypted file.</source>
        <translation>{path} ist keine verschlüsselte Praxisdatenbank und kann daher nicht mit einem Schlüssel geöffnet werden; wählen Sie die verschlüsselte Datei der Praxis.</translation>
    </message>
    <message>
        <source>A name in the path {path} is longer than the file system allows; choose a shorter file or folder name.</source>
        <translation>Ein Name im Pfad {path} ist länger, als das Dateisystem erlaubt; wählen Sie einen kürzeren Datei- oder Ordnernamen.</translation>
    </message>
    <message>
        <source>{path} cannot be used: permission denied; check the file and folder permissions.</source>
        <translation>{path} kann nicht verwendet werden: Zugriff verweigert; prüfen Sie die Berechtigungen von Datei und Ordner.</translation>
    </message>
    <message>
        <source>{path} is a loop of links; give the real file&apos;s path.</source>
        <translation>{path} ist eine Verknüpfungsschleife; geben Sie den Pfad der tatsächlichen Datei an.</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}.</source>
        <translation>{path} konnte nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The clinic database {path} is in use by another program; close that program (or the other smpdesk window) and try again.</source>
        <translation>Die Praxisdatenbank {path} wird von einem anderen Programm verwendet; schließen Sie dieses Programm (oder das andere smpdesk-Fenster) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The clinic database {path} is read-only, so nothing was saved; check the file and folder permissions and try again.</source>
        <translation>Die Praxisdatenbank {path} ist schreibgeschützt, daher wurde nichts gespeichert; prüfen Sie die Berechtigungen von Datei und Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be opened; check that the folder exists and that you may write to it.</source>
        <translation>Die Praxisdatenbank {path} konnte nicht geöffnet werden; prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be used ({reason}); try again.</source>
        <translation>Die Praxisdatenbank {path} konnte nicht verwendet werden ({reason}); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} could not be opened with this key: either the key is not this file&apos;s or the file is damaged; nothing was changed. Check that this is the right clinic and key, and if it is, restore a backup.</source>
        <translation>{path} konnte mit diesem Schlüssel nicht geöffnet werden: Entweder gehört der Schlüssel nicht zu dieser Datei oder die Datei ist beschädigt; es wurde nichts geändert. Prüfen Sie, ob Praxis und Schlüssel stimmen, und wenn ja, stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The clinic database could not switch to safe-write (WAL) mode.</source>
        <translation>Die Praxisdatenbank konnte nicht in den sicheren Schreibmodus (WAL) wechseln.</translation>
    </message>
    <message>
        <source>The safety copy {dest} failed its check; nothing was changed.</source>
        <translation>Die Sicherheitskopie {dest} hat die Prüfung nicht bestanden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path or create one with &apos;smpdesk demo&apos; or by starting the app.</source>
        <translation>Unter {path} gibt es keine Praxisdatenbank; prüfen Sie den Pfad oder legen Sie eine mit &apos;smpdesk demo&apos; oder durch Starten der Anwendung an.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another location.</source>
        <translation>Der Ordner {folder} existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>The clinic database {path} was written by a newer version of smpdesk; install the newer smpdesk to open it (the file was left untouched).</source>
        <translation>Die Praxisdatenbank {path} wurde von einer neueren smpdesk-Version geschrieben; installieren Sie die neuere smpdesk-Version, um sie zu öffnen (die Datei blieb unberührt).</translation>
    </message>
    <message>
        <source>The clinic database {path} holds no records at all.</source>
        <translation>Die Praxisdatenbank {path} enthält überhaupt keine Datensätze.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another program, not an smpdesk database; choose a different file.</source>
        <translation>{path} ist eine SQLite-Datei eines anderen Programms, keine smpdesk-Datenbank; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The refund is more than is left of payment {payment_id}.</source>
        <translation>Die Erstattung ist höher als der Restbetrag von Zahlung {payment_id}.</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>Es gibt keine Zahlung {payment_id}; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a refund, not a payment; only a payment can be voided or refunded.</source>
        <translation>Buchung {payment_id} ist eine Erstattung, keine Zahlung; nur eine Zahlung kann storniert oder erstattet werden.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a void, not a payment; only a payment can be voided or refunded.</source>
        <translation>Buchung {payment_id} ist eine Stornierung, keine Zahlung; nur eine Zahlung kann storniert oder erstattet werden.</translation>
    </message>
    <message>
        <source>Payment {payment_id} is already voided.</source>
        <translation>Zahlung {payment_id} ist bereits storniert.</translation>
    </message>
    <message>
        <source>Payment {payment_id} has been partly refunded, so it cannot be voided; refund what is left of it instead.</source>
        <translation>Zahlung {payment_id} wurde teilweise erstattet und kann daher nicht storniert werden; erstatten Sie stattdessen den Restbetrag.</translation>
    </message>
    <message>
        <source>A refund must be more than nothing.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <source>Payment {payment_id} was taken in {currency}; refund it in {currency}.</source>
        <translation>Zahlung {payment_id} wurde in {currency} entgegengenommen; erstatten Sie sie in {currency}.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used</source>
        <translation>{name} ist keine unveränderte smpdesk-Datenbank: {detail}. Sie wurde möglicherweise verändert, um den Datensätzen der Praxis zu schaden, und wurde daher nicht verwendet</translation>
    </message>
    <message>
        <source>{target} could not be switched to safe-write (WAL) mode.</source>
        <translation>{target} konnte nicht in den sicheren Schreibmodus (WAL) versetzt werden.</translation>
    </message>
    <message>
        <source>The copy of {source} does not hold the same records, so it was not kept; nothing was changed.</source>
        <translation>Die Kopie von {source} enthält nicht dieselben Datensätze und wurde daher nicht behalten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check (it is not an smpdesk database), so it was not kept.</source>
        <translation>Die Kopie von {source} hat die Prüfung nicht bestanden (sie ist keine smpdesk-Datenbank) und wurde daher nicht behalten.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database (it is not an smpdesk database); nothing was copied.</source>
        <translation>{path} ist keine einwandfreie Praxisdatenbank (sie ist keine smpdesk-Datenbank); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check ({problem}), so it was not kept.</source>
        <translation>Die Kopie von {source} hat die Prüfung nicht bestanden ({problem}) und wurde daher nicht behalten.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database ({problem}); nothing was copied.</source>
        <translation>{path} ist keine einwandfreie Praxisdatenbank ({problem}); es wurde nichts kopiert.</translation>
    </message>
</context>
</TS>
