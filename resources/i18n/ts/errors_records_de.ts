<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>{folder} is a file, not a folder; forms must be in a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner; Formulare müssen in einem Ordner liegen.</translation>
    </message>
    <message>
        <source>The forms folder {folder} (set in {setting}) does not exist; create it or correct the setting.</source>
        <translation>Der Formularordner {folder} (festgelegt in {setting}) existiert nicht; legen Sie ihn an oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The forms folder {folder} could not be created ({reason}); check that the disk has room and the folder can be written.</source>
        <translation>Der Formularordner {folder} konnte nicht angelegt werden ({reason}); prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>There is no usable form &quot;{form_id}&quot; in the forms folder.</source>
        <translation>Im Formularordner gibt es kein verwendbares Formular „{form_id}“.</translation>
    </message>
    <message>
        <source>This response was answered with a form this version of smpdesk cannot read; its answers are kept unchanged in the database.</source>
        <translation>Diese Antwort wurde mit einem Formular gegeben, das diese Version von smpdesk nicht lesen kann; die Antworten bleiben unverändert in der Datenbank erhalten.</translation>
    </message>
    <message>
        <source>The form this was answered with is missing from the database.</source>
        <translation>Das Formular, mit dem dies beantwortet wurde, fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>Signed by the client, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Vom Kunden unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>Signed by the client at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Vom Kunden um {time} unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Vom Kunden am {date} um {time} unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>Signed by the practitioner, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Von der behandelnden Person unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Von der behandelnden Person um {time} unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Von der behandelnden Person am {date} um {time} unterschrieben, daher sind die Antworten über dieser Unterschrift versiegelt: Eine Änderung erfordert eine neue Version des Formulars, die erneut unterschrieben wird.</translation>
    </message>
    <message>
        <source>The saved copy of this form was signed on another version of the form; continue that copy, which opens with the wording that was signed.</source>
        <translation>Die gespeicherte Kopie dieses Formulars wurde auf einer anderen Version des Formulars unterschrieben; setzen Sie diese Kopie fort, sie öffnet sich mit dem unterschriebenen Wortlaut.</translation>
    </message>
    <message>
        <source>A signature can only be drawn once everything above it is answered; it was not kept, so answer the questions marked and sign again.</source>
        <translation>Eine Unterschrift kann erst geleistet werden, wenn alles darüber beantwortet ist; sie wurde nicht übernommen. Beantworten Sie die markierten Fragen und unterschreiben Sie erneut.</translation>
    </message>
    <message>
        <source>Another unfinished copy of this form was started meanwhile; hand the laptop to a practitioner.</source>
        <translation>Inzwischen wurde eine andere unfertige Kopie dieses Formulars begonnen; geben Sie den Laptop einem Behandler.</translation>
    </message>
    <message>
        <source>This unfinished copy is signed, so it cannot be discarded; finish it, then start a new version if something must change.</source>
        <translation>Diese unfertige Kopie ist unterschrieben und kann daher nicht verworfen werden; stellen Sie sie fertig und beginnen Sie dann eine neue Version, wenn sich etwas ändern muss.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been removed.</source>
        <translation>Es gibt keinen Kunden mit der ID {client_id}; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>The version this copy was started to replace has already been replaced by another; open the newest version instead.</source>
        <translation>Die Version, die diese Kopie ersetzen sollte, wurde bereits durch eine andere ersetzt; öffnen Sie stattdessen die neueste Version.</translation>
    </message>
    <message>
        <source>There is no questionnaire response {response_id}.</source>
        <translation>Es gibt keine Fragebogenantwort {response_id}.</translation>
    </message>
    <message>
        <source>The response this copy was started to replace is no longer in the database; discard this copy and start the form again.</source>
        <translation>Die Antwort, die diese Kopie ersetzen sollte, ist nicht mehr in der Datenbank; verwerfen Sie diese Kopie und beginnen Sie das Formular neu.</translation>
    </message>
    <message>
        <source>This response was already replaced by a newer version; start from that one.</source>
        <translation>Diese Antwort wurde bereits durch eine neuere Version ersetzt; gehen Sie von dieser aus.</translation>
    </message>
    <message>
        <source>Only the newest response to a form can get a new version; start from that one.</source>
        <translation>Nur die neueste Antwort auf ein Formular kann eine neue Version erhalten; gehen Sie von dieser aus.</translation>
    </message>
    <message>
        <source>This form already has an unfinished copy; finish or discard it before starting a new version.</source>
        <translation>Für dieses Formular gibt es bereits eine unfertige Kopie; stellen Sie sie fertig oder verwerfen Sie sie, bevor Sie eine neue Version beginnen.</translation>
    </message>
    <message>
        <source>The consent record could not be laid out; the answers were not saved, so check for an unusually long answer and try again.</source>
        <translation>Der Einwilligungsnachweis konnte nicht gesetzt werden; die Antworten wurden nicht gespeichert. Suchen Sie nach einer ungewöhnlich langen Antwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This response has no signed record; only consent forms produce one.</source>
        <translation>Diese Antwort hat keinen unterschriebenen Nachweis; nur Einwilligungsformulare erzeugen einen.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}.</source>
        <translation>Es gibt keinen Kunden mit der ID {client_id}.</translation>
    </message>
    <message>
        <source>Unknown angle {angle}; use one of: {choices}.</source>
        <translation>Unbekannte Ansicht {angle}; verwenden Sie eine der folgenden: {choices}.</translation>
    </message>
    <message>
        <source>Photo consent must be &apos;clinical&apos; or &apos;marketing&apos;.</source>
        <translation>Die Fotoeinwilligung muss &apos;clinical&apos; oder &apos;marketing&apos; sein.</translation>
    </message>
    <message>
        <source>Session {session_id} does not belong to this client.</source>
        <translation>Die Sitzung {session_id} gehört nicht zu diesem Kunden.</translation>
    </message>
    <message>
        <source>Session {session_id} was on {session_day}, not {visit_day}; give one or the other.</source>
        <translation>Die Sitzung {session_id} war am {session_day}, nicht am {visit_day}; geben Sie nur eines von beiden an.</translation>
    </message>
    <message>
        <source>There is no photo with id {photo_id}.</source>
        <translation>Es gibt kein Foto mit der ID {photo_id}.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Ein Besuchsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name such as {example}.</source>
        <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>Choose an angle from the list.</source>
        <translation>Wählen Sie eine Ansicht aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the photo consent from the list.</source>
        <translation>Wählen Sie die Fotoeinwilligung aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the visit date as YYYY-MM-DD.</source>
        <translation>Geben Sie das Besuchsdatum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Mark the two points on both photos first (Compare, then Wipe), or export them side by side as they are.</source>
        <translation>Markieren Sie zuerst die beiden Punkte auf beiden Fotos (Zwei vergleichen, dann Schieber) oder exportieren Sie sie unverändert nebeneinander.</translation>
    </message>
    <message>
        <source>A photo could not be read ({reason}).</source>
        <translation>Ein Foto konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Dieser Kunde hat einen Warnhinweis „Nicht behandeln“: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Für diesen Kunden liegt keine unterschriebene Einwilligung vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Für diesen Kunden liegt kein Gesundheitsfragebogen vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Für diesen Kunden liegen weder eine unterschriebene Einwilligung noch ein Gesundheitsfragebogen vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Dieser Kunde hat einen Warnhinweis „Nicht behandeln“, und es liegt keine unterschriebene Einwilligung vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Dieser Kunde hat einen Warnhinweis „Nicht behandeln“, und es liegt kein Gesundheitsfragebogen vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag, no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Dieser Kunde hat einen Warnhinweis „Nicht behandeln“, und es liegen weder eine unterschriebene Einwilligung noch ein Gesundheitsfragebogen vor: Geben Sie ein, warum die Sitzung trotzdem stattfindet (mindestens einen kurzen Satz).</translation>
    </message>
    <message>
        <source>Type why this session is deleted, as a short sentence (at least {count} characters and two words): it stays in the client&apos;s history.</source>
        <translation>Geben Sie in einem kurzen Satz ein, warum diese Sitzung gelöscht wird (mindestens {count} Zeichen und zwei Wörter): Er bleibt im Verlauf des Kunden.</translation>
    </message>
    <message>
        <source>Keep the reason to {count} characters; the details belong in the client&apos;s notes.</source>
        <translation>Der Grund darf höchstens {count} Zeichen haben; die Einzelheiten gehören in die Notizen des Kunden.</translation>
    </message>
    <message>
        <source>There is no session with id {session_id}; it may have been removed.</source>
        <translation>Es gibt keine Sitzung mit der ID {session_id}; sie wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day} by {name}, so it can no longer be changed.</source>
        <translation>Die Sitzung {session_id} wurde am {day} von {name} gelöscht und kann daher nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day}, so it can no longer be changed.</source>
        <translation>Die Sitzung {session_id} wurde am {day} gelöscht und kann daher nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day} by {name}; nothing was changed.</source>
        <translation>Die Sitzung {session_id} wurde bereits am {day} von {name} gelöscht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day}; nothing was changed.</source>
        <translation>Die Sitzung {session_id} wurde bereits am {day} gelöscht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose the date until which this client is snoozed.</source>
        <translation>Wählen Sie das Datum, bis zu dem dieser Kunde zurückgestellt wird.</translation>
    </message>
    <message>
        <source>A snooze date must be after today; choose a later date.</source>
        <translation>Das Datum der Zurückstellung muss nach dem heutigen Tag liegen; wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>A snooze can last up to two years; for a client who will not come back, record &apos;not returning&apos; instead.</source>
        <translation>Eine Zurückstellung kann bis zu zwei Jahre dauern; für einen Kunden, der nicht wiederkommt, erfassen Sie stattdessen „Kommt nicht wieder“.</translation>
    </message>
    <message>
        <source>Unknown outcome {outcome}; choose one of: {choices}.</source>
        <translation>Unbekanntes Ergebnis {outcome}; wählen Sie eines der folgenden: {choices}.</translation>
    </message>
    <message>
        <source>Keep the note to {limit} characters.</source>
        <translation>Die Notiz darf höchstens {limit} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Client {client_id} is not on the follow-up list (archived, or no session recorded yet), so nothing was recorded.</source>
        <translation>Der Kunde {client_id} steht nicht auf der Liste der Nachkontrollen (archiviert oder noch keine Sitzung erfasst), daher wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>No sessions have been recorded for {day}.</source>
        <translation>Für den {day} wurden keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>This client has no recorded session yet; record the session first, or print a blank aftercare sheet.</source>
        <translation>Für diesen Kunden ist noch keine Sitzung erfasst; erfassen Sie zuerst die Sitzung oder drucken Sie ein leeres Nachsorgeblatt.</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be laid out; check that the clinic details and names in it are not unusually long.</source>
        <translation>Das Nachsorgeblatt konnte nicht gesetzt werden; prüfen Sie, ob die Praxisangaben und Namen darin ungewöhnlich lang sind.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>Kein Kunde mit der ID {client_id}: Prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Patch test {number} is not this client&apos;s: check the number.</source>
        <translation>Der Verträglichkeitstest {number} gehört nicht zu diesem Kunden: Prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Patch test {number} already has a newer version: correct that one instead.</source>
        <translation>Der Verträglichkeitstest {number} hat bereits eine neuere Version: Korrigieren Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Say why this version replaces the earlier one.</source>
        <translation>Geben Sie an, warum diese Version die frühere ersetzt.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this client while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the client again.</source>
        <translation>Jemand anderes hat Änderungen an diesem Kunden gespeichert, während Sie bearbeitet haben, daher wurden Ihre nicht gespeichert; Ihre Eingaben sind noch da: Notieren Sie, was Sie brauchen, brechen Sie dann ab und öffnen Sie den Kunden erneut.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this session while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the session again.</source>
        <translation>Jemand anderes hat Änderungen an dieser Sitzung gespeichert, während Sie bearbeitet haben, daher wurden Ihre nicht gespeichert; Ihre Eingaben sind noch da: Notieren Sie, was Sie brauchen, brechen Sie dann ab und öffnen Sie die Sitzung erneut.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; it may have been removed.</source>
        <translation>Es gibt keinen Kunden mit der ID {client_id}; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>Client {merged} was merged into client {kept}; open that client instead.</source>
        <translation>Der Kunde {merged} wurde mit dem Kunden {kept} zusammengeführt; öffnen Sie stattdessen diesen Kunden.</translation>
    </message>
    <message>
        <source>The file has no column {column}; choose one of its columns.</source>
        <translation>Die Datei hat keine Spalte {column}; wählen Sie eine ihrer Spalten.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field to import into; choose one from the list.</source>
        <translation>„{field}“ ist kein Feld, in das importiert werden kann; wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>Choose which column holds the names (a full name, or given and family names).</source>
        <translation>Wählen Sie, welche Spalte die Namen enthält (ein vollständiger Name oder Vor- und Nachname).</translation>
    </message>
    <message>
        <source>There is no import {batch_id}; see the list of imports.</source>
        <translation>Es gibt keinen Import {batch_id}; sehen Sie in der Liste der Importe nach.</translation>
    </message>
    <message>
        <source>Import {batch_id} was undone already.</source>
        <translation>Der Import {batch_id} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import {batch_id} cannot be undone: some of its clients have been edited, merged or have records since; nothing was removed.</source>
        <translation>Der Import {batch_id} kann nicht rückgängig gemacht werden: Einige seiner Kunden wurden seitdem bearbeitet, zusammengeführt oder haben Einträge; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The summary could not be laid out, so nothing was exported; check for an unusually long value in the client&apos;s records and try again.</source>
        <translation>Die Zusammenfassung konnte nicht gesetzt werden, daher wurde nichts exportiert; suchen Sie nach einem ungewöhnlich langen Wert in den Daten des Kunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} does not end in .csv or .xlsx; name the file clients.csv (for any spreadsheet) or clients.xlsx (for Excel).</source>
        <translation>{name} endet nicht auf .csv oder .xlsx; nennen Sie die Datei clients.csv (für jede Tabellenkalkulation) oder clients.xlsx (für Excel).</translation>
    </message>
    <message>
        <source>Unknown list {archived}; choose one of: {choices}.</source>
        <translation>Unbekannte Liste {archived}; wählen Sie eine der folgenden: {choices}.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (for example: the client asked in writing on 3 March); nothing was erased.</source>
        <translation>Geben Sie den Grund für die Löschung an (zum Beispiel: Der Kunde hat am 3. März schriftlich darum gebeten); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters; nothing was erased.</source>
        <translation>Der Grund muss kürzer als {limit} Zeichen sein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The backup was put in place, but clients erased since it was made could not be removed again ({problem}).</source>
        <translation>Die Sicherung wurde eingesetzt, aber Kunden, die seit ihrer Erstellung gelöscht wurden, konnten nicht erneut entfernt werden ({problem}).</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been erased already.</source>
        <translation>Es gibt keinen Kunden mit der ID {client_id}; er wurde möglicherweise bereits gelöscht.</translation>
    </message>
    <message>
        <source>To erase this client, type their client number {number} exactly; nothing was erased.</source>
        <translation>Um diesen Kunden zu löschen, geben Sie seine Kundennummer {number} genau ein; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The year must be a whole number from {first} to {last}.</source>
        <translation>Das Jahr muss eine ganze Zahl von {first} bis {last} sein.</translation>
    </message>
    <message>
        <source>There is no report table {table}; choose one of {choices}.</source>
        <translation>Es gibt keine Berichtstabelle {table}; wählen Sie eine der folgenden: {choices}.</translation>
    </message>
    <message>
        <source>Unknown match {match}; choose one of: {choices}.</source>
        <translation>Unbekannte Übereinstimmung {match}; wählen Sie eine der folgenden: {choices}.</translation>
    </message>
</context>
</TS>
