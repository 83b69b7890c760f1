<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AftercarePreview</name>
    <message>
        <source>care plan version {version}</source>
        <translation>Pflegeanleitung, Version {version}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht vermerkt</translation>
    </message>
</context>
<context>
    <name>AnswerProblems</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <source>Please tick the box to confirm.</source>
        <translation>Bitte kreuzen Sie das Kästchen zur Bestätigung an.</translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation>Bitte unterschreiben Sie im Feld.</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>Bitte wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>Please choose at least one answer.</source>
        <translation>Bitte wählen Sie mindestens eine Antwort.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Bitte antworten Sie mit Ja oder Nein.</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Bitte geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Please type your answer.</source>
        <translation>Bitte geben Sie Ihre Antwort ein.</translation>
    </message>
    <message>
        <source>Please keep this to {count} characters.</source>
        <translation>Bitte verwenden Sie höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Please enter a number from {low} to {high}{unit}.</source>
        <translation>Bitte geben Sie eine Zahl von {low} bis {high}{unit} ein.</translation>
    </message>
    <message>
        <source>Please enter a number of {low}{unit} or more.</source>
        <translation>Bitte geben Sie eine Zahl von mindestens {low}{unit} ein.</translation>
    </message>
    <message>
        <source>Please enter a number of {high}{unit} or less.</source>
        <translation>Bitte geben Sie eine Zahl von höchstens {high}{unit} ein.</translation>
    </message>
    <message>
        <source>Please enter a real date.</source>
        <translation>Bitte geben Sie ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>Please enter today&apos;s date.</source>
        <translation>Bitte geben Sie das heutige Datum ein.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Dieses Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>Dieses Datum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Bitte wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <source>Please choose from the answers shown.</source>
        <translation>Bitte wählen Sie aus den angezeigten Antworten.</translation>
    </message>
    <message>
        <source>&quot;{answer}&quot; cannot be ticked together with other answers.</source>
        <translation>„{answer}“ kann nicht zusammen mit anderen Antworten angekreuzt werden.</translation>
    </message>
    <message>
        <source>Please choose at least {count}.</source>
        <translation>Bitte wählen Sie mindestens {count}.</translation>
    </message>
    <message>
        <source>Please choose at most {count}.</source>
        <translation>Bitte wählen Sie höchstens {count}.</translation>
    </message>
    <message>
        <source>Please sign again in the box.</source>
        <translation>Bitte unterschreiben Sie erneut im Feld.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month.</source>
        <translation>Dieses Datum gibt es nicht; bitte prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>Please enter a date as {form}.</source>
        <translation>Bitte geben Sie das Datum als {form} ein.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Flags for the practitioner</source>
        <translation>Warnhinweise für die Behandlung</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change answers on {page}</source>
        <translation>Antworten auf „{page}“ ändern</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>ClientModeDialog</name>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Laptop an den Kunden übergeben</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. Choose a code you will type to leave client mode; it is not stored anywhere.</source>
        <translation>Das Formular füllt den ganzen Bildschirm und zeigt nur diesen Fragebogen für {name}. Wählen Sie einen Code, den Sie eingeben, um den Kundenmodus zu verlassen; er wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Practitioner code:</source>
        <translation>Code der Behandler/in:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Erneut eingeben:</translation>
    </message>
    <message>
        <source>Start client mode</source>
        <translation>Kundenmodus starten</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Verwenden Sie mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two codes are different; type them again.</source>
        <translation>Die beiden Codes stimmen nicht überein; geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>Enter the date as {form}, for example {example}.</source>
        <translation>Geben Sie das Datum als {form} ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>Type the year in full, for example {example}.</source>
        <translation>Geben Sie die Jahreszahl vollständig ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month ({form}).</source>
        <translation>Dieses Datum gibt es nicht; bitte prüfen Sie Tag und Monat ({form}).</translation>
    </message>
    <message>
        <source>That date is a {actual}, not a {typed}; check the date.</source>
        <translation>Dieses Datum ist ein {actual}, kein {typed}; bitte prüfen Sie das Datum.</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Contraindications</source>
        <translation>Kontraindikationen</translation>
    </message>
    <message>
        <source>{title} ({count}, most serious first; scroll for all)</source>
        <translation>{title} ({count}, die schwerwiegendsten zuerst; scrollen für alle)</translation>
    </message>
    <message>
        <source>Contraindication flags could not be read: {error}</source>
        <translation>Die Kontraindikationshinweise konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No contraindication flags in the latest questionnaires.</source>
        <translation>Keine Kontraindikationshinweise in den neuesten Fragebögen.</translation>
    </message>
    <message>
        <source>Medical history: a draft is waiting to be finished (Questionnaires tab).</source>
        <translation>Gesundheitsfragebogen: Ein Entwurf wartet auf den Abschluss (Registerkarte Fragebögen).</translation>
    </message>
    <message>
        <source>Medical history not answered yet.</source>
        <translation>Gesundheitsfragebogen noch nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>FormRunner</name>
    <message>
        <source>An answer above changed after signing, so the signature was cleared: please sign again.</source>
        <translation>Eine Antwort weiter oben wurde nach der Unterschrift geändert, daher wurde die Unterschrift gelöscht: Bitte unterschreiben Sie erneut.</translation>
    </message>
    <message>
        <source>Only for some answers above: nothing to do here now.</source>
        <translation>Nur bei bestimmten Antworten weiter oben: Hier ist jetzt nichts zu tun.</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Für {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Straight back to the review, once this page is right</source>
        <translation>Direkt zurück zur Übersicht, sobald diese Seite stimmt</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Abschließen und speichern</translation>
    </message>
    <message>
        <source>Practitioner…</source>
        <translation>Behandler/in…</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Entwurf speichern und schließen</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Mit * markierte Fragen müssen beantwortet werden.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>A signed answer changes only in a new version, signed again</source>
        <translation>Eine unterschriebene Antwort ändert sich nur in einer neuen, erneut unterschriebenen Version</translation>
    </message>
    <message>
        <source>Practitioner code</source>
        <translation>Code der Behandler/in</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the laptop back.</source>
        <translation>Vielen Dank. Ihre Antworten sind gespeichert.
Bitte geben Sie den Laptop zurück.</translation>
    </message>
    <message>
        <source>Leave client mode</source>
        <translation>Kundenmodus verlassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide the code box and carry on with the form</source>
        <translation>Codefeld ausblenden und mit dem Formular weitermachen</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Behandler/in:</translation>
    </message>
    <message>
        <source>{signed} — these answers are sealed</source>
        <translation>{signed} — diese Antworten sind versiegelt</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. What you typed is still here; please ask the practitioner. ({error})</source>
        <translation>Ihre Antworten konnten gerade nicht gespeichert werden. Ihre Eingaben sind noch da; bitte wenden Sie sich an Ihre Behandlerin oder Ihren Behandler. ({error})</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now: {error} What you typed is still here.</source>
        <translation>Ihre Antworten konnten gerade nicht gespeichert werden: {error} Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Prüfen Sie Ihre Antworten</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {where}</source>
        <translation>Schritt {step} von {total} · {where}</translation>
    </message>
    <message>
        <source>These answers are signed and sealed</source>
        <translation>Diese Antworten sind unterschrieben und versiegelt</translation>
    </message>
    <message>
        <source>Signed answers are sealed</source>
        <translation>Unterschriebene Antworten sind versiegelt</translation>
    </message>
    <message>
        <source>{note}. To change anything now, please ask the practitioner.</source>
        <translation>{note}. Wenn Sie jetzt etwas ändern möchten, wenden Sie sich bitte an Ihre Behandlerin oder Ihren Behandler.</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>A change needs a new version of this form, which is signed again. This version is kept exactly as it was signed, with its PDF record, and both are listed.</source>
        <translation>Eine Änderung erfordert eine neue Version dieses Formulars, die erneut unterschrieben wird. Diese Version bleibt genau so erhalten, wie sie unterschrieben wurde, mit ihrem PDF-Nachweis, und beide werden aufgeführt.</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Neue Version beginnen</translation>
    </message>
    <message>
        <source>Finish this version first</source>
        <translation>Zuerst diese Version abschließen</translation>
    </message>
    <message>
        <source>This version must first be finished as it was signed: complete &quot;{question}&quot; on &quot;{page}&quot;, then start the new version.</source>
        <translation>Diese Version muss zuerst so abgeschlossen werden, wie sie unterschrieben wurde: Füllen Sie „{question}“ auf „{page}“ aus und beginnen Sie dann die neue Version.</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>Keine neue Version begonnen</translation>
    </message>
    <message>
        <source>This version was saved. {error}</source>
        <translation>Diese Version wurde gespeichert. {error}</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please ask the practitioner.

{error}</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden. Bitte wenden Sie sich an Ihre Behandlerin oder Ihren Behandler.

{error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>That is not the code.</source>
        <translation>Das ist nicht der Code.</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>Wrong code. Try again in 1 second.</source>
        <translation>Falscher Code. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. Try again in %n seconds.</source>
        <translation>
            <numerusform>Falscher Code. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Falscher Code. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can type the code again.</source>
        <translation>Sie können den Code jetzt erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page, {paper} paper</source>
        <translation>1 Seite, Papier {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n pages, {paper} paper</source>
        <translation>
            <numerusform>%n Seite, Papier {paper}</numerusform>
            <numerusform>%n Seiten, Papier {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PractitionerUnlock</name>
    <message>
        <source>A practitioner&apos;s PIN</source>
        <translation>PIN einer Behandler/in</translation>
    </message>
    <message>
        <source>A practitioner&apos;s password</source>
        <translation>Passwort einer Behandler/in</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amounts written as</source>
        <translation>Beträge schreiben als</translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation>Beratungsgebühr</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>Paket hinzufügen</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Preise inkl. Steuer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>%  called</source>
        <comment>tax rate in percent, then the tax&apos;s name</comment>
        <translation>%  mit der Bezeichnung</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Below the VAT threshold, or not registered: leave the rate at 0.</source>
        <translation>Unter der Umsatzsteuergrenze oder nicht registriert: Satz auf 0 lassen.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Quotes stay valid for</source>
        <translation>Angebote gelten für</translation>
    </message>
    <message>
        <source>e.g. Deposits secure the date and are kept if cancelled with less than 48 hours&apos; notice.</source>
        <translation>z. B. Anzahlungen sichern den Termin und verfallen bei einer Absage weniger als 48 Stunden vorher.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Prices appear as quick picks when taking a payment; the currency is the one receipts and takings are kept in.</source>
        <translation>Preise erscheinen beim Kassieren als Schnellauswahl; in dieser Währung werden Quittungen und Einnahmen geführt.</translation>
    </message>
    <message>
        <source>For example {amount}</source>
        <translation>Zum Beispiel {amount}</translation>
    </message>
    <message>
        <source>Package {name}</source>
        <translation>Paket {name}</translation>
    </message>
    <message>
        <source>Package {number}</source>
        <translation>Paket {number}</translation>
    </message>
    <message>
        <source>{package}: give the package a name.</source>
        <translation>{package}: Geben Sie dem Paket einen Namen.</translation>
    </message>
    <message>
        <source>{package}: choose the sessions it holds (the Sessions button).</source>
        <translation>{package}: Wählen Sie die enthaltenen Sitzungen (Schaltfläche in der Spalte Sitzungen).</translation>
    </message>
    <message>
        <source>Tax rate: {error}</source>
        <translation>Steuersatz: {error}</translation>
    </message>
    <message>
        <source>Deposit: the percentage is a number from 0 to 100, such as 20.</source>
        <translation>Anzahlung: Der Prozentsatz ist eine Zahl von 0 bis 100, z. B. 20.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Not answered yet: click an answer, or use the arrow keys or Space.</source>
        <translation>Noch nicht beantwortet: Klicken Sie auf eine Antwort oder verwenden Sie die Pfeiltasten oder die Leertaste.</translation>
    </message>
    <message>
        <source>I have read this and agree</source>
        <translation>Ich habe dies gelesen und stimme zu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Please enter a whole number, like 12.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein, z. B. 12.</translation>
    </message>
    <message>
        <source>Please enter a number, like 12 or 12.5.</source>
        <translation>Bitte geben Sie eine Zahl ein, z. B. 12 oder 12,5.</translation>
    </message>
    <message>
        <source>Sealed by a signature: a change needs a new version</source>
        <translation>Durch eine Unterschrift versiegelt: Eine Änderung erfordert eine neue Version</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Hand to client…</source>
        <translation>An Kunden übergeben…</translation>
    </message>
    <message>
        <source>Full screen, only this form; leaving needs your practitioner code</source>
        <translation>Vollbild, nur dieses Formular; zum Verlassen ist Ihr Behandlercode nötig</translation>
    </message>
    <message>
        <source>Open forms folder</source>
        <translation>Formularordner öffnen</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>column: when the form was answered</comment>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Unterschriebener Nachweis…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questionnaires&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragebögen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt;</source>
        <comment>heading: the answered forms</comment>
        <translation>&lt;b&gt;Beantwortet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unavailable: {reason}</source>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Draft saved {when}</source>
        <translation>Entwurf gespeichert: {when}</translation>
    </message>
    <message>
        <source>Last answered {when}</source>
        <translation>Zuletzt beantwortet: {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>{form} (draft)</source>
        <translation>{form} (Entwurf)</translation>
    </message>
    <message>
        <source>Draft saved {when}; the form file is unavailable, so it continues from the copy it was started with</source>
        <translation>Entwurf gespeichert: {when}; die Formulardatei ist nicht verfügbar, daher geht es mit der Kopie weiter, mit der er begonnen wurde</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Unterschriebenes PDF</translation>
    </message>
    <message>
        <source> · in {language}</source>
        <translation> · Sprache: {language}</translation>
    </message>
    <message>
        <source> · no usable {language} translation: asked in the clinic&apos;s language</source>
        <translation> · keine verwendbare Übersetzung ({language}): gefragt wird in der Sprache der Praxis</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Draft cannot be opened</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your PIN.</source>
        <translation>Das Formular füllt den ganzen Bildschirm und zeigt nur diesen Fragebogen für {name}. Um den Laptop zurückzunehmen, geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your password.</source>
        <translation>Das Formular füllt den ganzen Bildschirm und zeigt nur diesen Fragebogen für {name}. Um den Laptop zurückzunehmen, geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Laptop an den Kunden übergeben</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Entwurf behalten</translation>
    </message>
    <message>
        <source>New version: it replaces the response, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Neue Version: Sie ersetzt die Antwort, die genau so erhalten bleibt, wie sie unterschrieben wurde. Sie muss erneut unterschrieben werden.</translation>
    </message>
    <message>
        <source>New version: it replaces the response of {when}, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Neue Version: Sie ersetzt die Antwort vom {when}, die genau so erhalten bleibt, wie sie unterschrieben wurde. Sie muss erneut unterschrieben werden.</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Entwurf fortsetzen?</translation>
    </message>
    <message>
        <source>This form has a draft, last saved {when}.</source>
        <translation>Für dieses Formular gibt es einen Entwurf, zuletzt gespeichert am {when}.</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>It is signed, so it can only be continued and finished; anything signed changes only in a new version afterwards.</source>
        <translation>Er ist unterschrieben und kann daher nur fortgesetzt und abgeschlossen werden; Unterschriebenes ändert sich danach nur in einer neuen Version.</translation>
    </message>
    <message>
        <source>Continue where it was left, or start again with an empty form?</source>
        <translation>Dort weitermachen, wo aufgehört wurde, oder mit einem leeren Formular neu beginnen?</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The draft was kept; nothing was deleted.</source>
        <translation>Der Entwurf wurde behalten; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete the draft and start again?</source>
        <translation>Entwurf löschen und neu beginnen?</translation>
    </message>
    <message>
        <source>Starting again deletes every answer in this draft (last saved {when}).</source>
        <translation>Ein Neubeginn löscht alle Antworten in diesem Entwurf (zuletzt gespeichert am {when}).</translation>
    </message>
    <message>
        <source>They cannot be brought back. Keep the answers to leave the draft as it is.</source>
        <translation>Sie lassen sich nicht wiederherstellen. Behalten Sie die Antworten, um den Entwurf unverändert zu lassen.</translation>
    </message>
    <message>
        <source>Keep the answers</source>
        <translation>Antworten behalten</translation>
    </message>
    <message>
        <source>Delete answers and start again</source>
        <translation>Antworten löschen und neu beginnen</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>Keine neue Version begonnen</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>Signed consent record</source>
        <translation>Unterschriebene Einwilligungserklärung</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>Nachweis {number}</translation>
    </message>
    <message>
        <source>No forms folder</source>
        <translation>Kein Formularordner</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>{form} — answered {when}</source>
        <translation>{form} — beantwortet am {when}</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when} by the client in client mode.</source>
        <translation>{form}, Version {version}, am {when} vom Kunden im Kundenmodus beantwortet.</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when}.</source>
        <translation>{form}, Version {version}, beantwortet am {when}.</translation>
    </message>
    <message>
        <source>Read-only: this is exactly what was answered.</source>
        <translation>Nur zum Lesen: genau das, was beantwortet wurde.</translation>
    </message>
    <message>
        <source>It is signed and sealed.</source>
        <translation>Sie ist unterschrieben und versiegelt.</translation>
    </message>
    <message>
        <source>This response is {note}.</source>
        <translation>Diese Antwort: {note}.</translation>
    </message>
    <message>
        <source>Answered in {language}; the clinic&apos;s wording is shown below each.</source>
        <translation>Sprache der Antworten: {language}; der Wortlaut der Praxis steht jeweils darunter.</translation>
    </message>
    <message>
        <source>Answered in {language}. The clinic&apos;s own form has changed since, so its wording is not shown beside.</source>
        <translation>Sprache der Antworten: {language}. Das Formular der Praxis hat sich seitdem geändert, daher wird sein Wortlaut nicht daneben angezeigt.</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Unterschriebener Nachweis…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Neue Version…</translation>
    </message>
    <message>
        <source>Change this signed response: a new version, signed again; this one stays</source>
        <translation>Diese unterschriebene Antwort ändern: eine neue, erneut unterschriebene Version; diese bleibt erhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Start a new version?</source>
        <translation>Neue Version beginnen?</translation>
    </message>
    <message>
        <source>This response is signed and sealed. A change starts a new version with the same answers, which is signed again; this one stays exactly as it was, with its PDF record, and both are listed.</source>
        <translation>Diese Antwort ist unterschrieben und versiegelt. Eine Änderung beginnt eine neue Version mit denselben Antworten, die erneut unterschrieben wird; diese bleibt genau so erhalten, mit ihrem PDF-Nachweis, und beide werden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>SessionsButton</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Paper and dates</source>
        <translation>Papier und Datum</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgetermine</translation>
    </message>
    <message>
        <source>Aftercare days</source>
        <translation>Nachsorgetage</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>zum Beispiel 999, 112 oder 911</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: whom to call if the face, lips or throat swell. Left empty, the sheet says &quot;your local emergency number&quot;.</source>
        <translation>Steht auf jedem Nachsorgeblatt: wen man anrufen soll, wenn Gesicht, Lippen oder Rachen anschwellen. Leer gelassen, steht auf dem Blatt „den örtlichen Notruf“.</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>These appear at the top of every aftercare sheet.</source>
        <translation>Diese Angaben stehen oben auf jedem Nachsorgeblatt.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Date style (typing and sheets)</source>
        <translation>Datumsformat (Eingabe und Blätter)</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language of smpdesk on this computer</source>
        <translation>Sprache von smpdesk auf diesem Computer</translation>
    </message>
    <message>
        <source>A client&apos;s own papers and client mode use the client&apos;s language, set on their details.</source>
        <translation>Die eigenen Unterlagen eines Kunden und der Kundenmodus verwenden die Sprache des Kunden, die in seinen Angaben festgelegt ist.</translation>
    </message>
    <message>
        <source>Days from a session to the proposed next one:</source>
        <translation>Tage von einer Sitzung bis zur vorgeschlagenen nächsten:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>After a {session}</source>
        <translation>Nach: {session}</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>beside the clinic database</source>
        <translation>neben der Praxisdatenbank</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>A USB drive or network folder keeps copies off this laptop; it must be connected when smpdesk backs up.</source>
        <translation>Ein USB-Laufwerk oder Netzwerkordner bewahrt Kopien außerhalb dieses Laptops auf; er muss angeschlossen sein, wenn smpdesk sichert.</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>A protected clinic locks the screen after this idle time</source>
        <translation>Eine geschützte Praxis sperrt den Bildschirm nach dieser Leerlaufzeit</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Warnen, wenn die letzte Sicherung älter ist als</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>Bildschirm sperren nach Leerlauf von</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Aufbewahrte wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Aufbewahrte monatliche Sicherungen</translation>
    </message>
    <message>
        <source> years</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Keep records after the last visit for</source>
        <translation>Akten nach dem letzten Besuch aufbewahren für</translation>
    </message>
    <message>
        <source>How long depends on your country&apos;s rules for health records and on your insurer; smpdesk cannot know them, so it starts at {years} years. Clinic → Clients past retention lists the clients last seen longer ago than this, for you to review and erase. Nothing is erased by itself.</source>
        <translation>Wie lange, hängt von den Vorschriften Ihres Landes für Gesundheitsakten und von Ihrer Versicherung ab; smpdesk kann sie nicht kennen und beginnt daher mit {years} Jahren. Praxis → Kunden nach Ablauf der Aufbewahrungsfrist listet die Kunden auf, die zuletzt vor längerer Zeit da waren, damit Sie sie prüfen und löschen können. Nichts wird von selbst gelöscht.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Praxislogo auswählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>Das Logo ist zu groß; verwenden Sie ein Bild unter 2 MB.</translation>
    </message>
    <message>
        <source>The picture could not be used ({reason}).</source>
        <translation>Das Bild konnte nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; use a PNG or JPEG.</source>
        <translation>Diese Datei ist kein Bild, das smpdesk lesen kann; verwenden Sie PNG oder JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Aftercare sheet saved to {path}</source>
        <translation>Nachsorgeblatt gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Gespeichert als {name}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Unterschreiben Sie mit Maus, Stift oder Finger</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the signature and start again (Delete)</source>
        <translation>Unterschrift löschen und neu beginnen (Entf)</translation>
    </message>
</context>
<context>
    <name>SignatureSurface</name>
    <message>
        <source>Signature</source>
        <extracomment>Logical size the PNG is drawn at, whatever the widget&apos;s size on screen. Stroke width in canvas pixels: about a fine felt-tip at print size. White space kept around the ink when the PNG is cropped. The PNG claims 254 dpi, so a viewer that honours it shows the canvas 9 cm wide. A stroke was completed (pen, finger or mouse lifted).</extracomment>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Unterschreiben Sie mit Maus, Stift oder Finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Unterschrift</translation>
    </message>
</context>
<context>
    <name>SignedWords</name>
    <message>
        <source>Signed by the client</source>
        <translation>Vom Kunden unterschrieben</translation>
    </message>
    <message>
        <source>Signed by the client at {time}</source>
        <translation>Vom Kunden um {time} unterschrieben</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}</source>
        <translation>Vom Kunden am {date} um {time} unterschrieben</translation>
    </message>
    <message>
        <source>Signed by the practitioner</source>
        <translation>Von der behandelnden Person unterschrieben</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}</source>
        <translation>Von der behandelnden Person um {time} unterschrieben</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}</source>
        <translation>Von der behandelnden Person am {date} um {time} unterschrieben</translation>
    </message>
</context>
<context>
    <name>StaffUnlock</name>
    <message>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_actions</name>
    <message>
        <source>Aftercare for today</source>
        <translation>Nachsorge für heute</translation>
    </message>
    <message>
        <source>No aftercare sheet yet</source>
        <translation>Noch kein Nachsorgeblatt</translation>
    </message>
    <message>
        <source>{error}

Open a blank sheet to fill in by hand instead?</source>
        <translation>{error}

Stattdessen ein leeres Blatt zum Ausfüllen von Hand öffnen?</translation>
    </message>
    <message>
        <source>Aftercare sheet — {name}</source>
        <translation>Nachsorgeblatt — {name}</translation>
    </message>
    <message>
        <source>The latest recorded session was on {when}, 1 day ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>Die letzte erfasste Sitzung war am {when}, vor 1 Tag, und die Daten auf dem Blatt zählen ab dieser Sitzung. Wurde der Kunde heute behandelt, erfassen Sie zuerst die heutige Sitzung.

Das Blatt für diese frühere Sitzung anzeigen?</translation>
    </message>
    <message numerus="yes">
        <source>The latest recorded session was on {when}, %n days ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>
            <numerusform>Die letzte erfasste Sitzung war am {when}, vor %n Tag, und die Daten auf dem Blatt zählen ab dieser Sitzung. Wurde der Kunde heute behandelt, erfassen Sie zuerst die heutige Sitzung.

Das Blatt für diese frühere Sitzung anzeigen?</numerusform>
            <numerusform>Die letzte erfasste Sitzung war am {when}, vor %n Tagen, und die Daten auf dem Blatt zählen ab dieser Sitzung. Wurde der Kunde heute behandelt, erfassen Sie zuerst die heutige Sitzung.

Das Blatt für diese frühere Sitzung anzeigen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Nachsorgeblatt</translation>
    </message>
    <message>
        <source>Blank aftercare sheet</source>
        <translation>Leeres Nachsorgeblatt</translation>
    </message>
    <message>
        <source>No sessions have been recorded for today yet.</source>
        <translation>Für heute wurden noch keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>Preparing aftercare sheet {number} of {total}…</source>
        <translation>Nachsorgeblatt {number} von {total} wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets…</source>
        <translation>Nachsorgeblätter werden vorbereitet…</translation>
    </message>
    <message>
        <source>Printing 1 aftercare sheet…</source>
        <translation>1 Nachsorgeblatt wird gedruckt…</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n aftercare sheets…</source>
        <translation>
            <numerusform>%n Nachsorgeblatt wird gedruckt…</numerusform>
            <numerusform>%n Nachsorgeblätter werden gedruckt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Printing aftercare sheet {number} of {total}…</source>
        <translation>Nachsorgeblatt {number} von {total} wird gedruckt…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet printed.</source>
        <translation>Fertig: 1 Nachsorgeblatt gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Fertig: %n Nachsorgeblatt gedruckt.</numerusform>
            <numerusform>Fertig: %n Nachsorgeblätter gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: {printed} of 1 aftercare sheet printed.</source>
        <translation>Druck abgebrochen: {printed} von 1 Nachsorgeblatt gedruckt.</translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: {printed} of %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Druck abgebrochen: {printed} von %n Nachsorgeblatt gedruckt.</numerusform>
            <numerusform>Druck abgebrochen: {printed} von %n Nachsorgeblättern gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet saved to {path}.</source>
        <translation>Fertig: 1 Nachsorgeblatt gespeichert unter {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets saved to {path}.</source>
        <translation>
            <numerusform>Fertig: %n Nachsorgeblatt gespeichert unter {path}.</numerusform>
            <numerusform>Fertig: %n Nachsorgeblätter gespeichert unter {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the sheet as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das Blatt stattdessen als ein PDF und drucken Sie es auf einem Computer mit Drucker aus, oder lassen Sie einen Drucker installieren.</translation>
    </message>
    <message numerus="yes">
        <source>No printer is set up on this computer. Save the %n sheets as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>
            <numerusform>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das %n Blatt stattdessen als ein PDF und drucken Sie es auf einem Computer mit Drucker aus, oder lassen Sie einen Drucker installieren.</numerusform>
            <numerusform>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie die %n Blätter stattdessen als ein PDF und drucken Sie es auf einem Computer mit Drucker aus, oder lassen Sie einen Drucker installieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print 1 aftercare sheet</source>
        <translation>1 Nachsorgeblatt drucken</translation>
    </message>
    <message numerus="yes">
        <source>Print %n aftercare sheets</source>
        <translation>
            <numerusform>%n Nachsorgeblatt drucken</numerusform>
            <numerusform>%n Nachsorgeblätter drucken</numerusform>
        </translation>
    </message>
    <message>
        <source>Save 1 aftercare sheet as one PDF</source>
        <translation>1 Nachsorgeblatt als ein PDF speichern</translation>
    </message>
    <message numerus="yes">
        <source>Save %n aftercare sheets as one PDF</source>
        <translation>
            <numerusform>%n Nachsorgeblatt als ein PDF speichern</numerusform>
            <numerusform>%n Nachsorgeblätter als ein PDF speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht vermerkt</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_preview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Save {title}: lower the title&apos;s first letter? Translate as lower or keep</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Speichern: {title}</translation>
    </message>
</context>
<context>
    <name>aftercare.printing</name>
    <message>
        <source>No printer is set up on this computer. Save the sheet as a PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das Blatt stattdessen als PDF und drucken Sie es auf einem Computer mit Drucker aus, oder lassen Sie einen Drucker installieren.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>questionnaires.flags_panel</name>
    <message>
        <source>Closed — {finding} ({closed})</source>
        <translation>Erledigt — {finding} ({closed})</translation>
    </message>
    <message>
        <source>{form}, draft not finished yet</source>
        <translation>{form}, Entwurf noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>draft not finished yet</source>
        <translation>Entwurf noch nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>questionnaires.questionnaires_tab</name>
    <message>
        <source>none</source>
        <comment>no flags raised</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>version {number}, replaces the one of {when}</source>
        <translation>Version {number}, ersetzt die vom {when}</translation>
    </message>
    <message>
        <source>version {number}, replaces an earlier one</source>
        <translation>Version {number}, ersetzt eine frühere</translation>
    </message>
    <message>
        <source>replaced by version {number}</source>
        <translation>ersetzt durch Version {number}</translation>
    </message>
</context>
<context>
    <name>settings.prices_page</name>
    <message>
        <source>No deposit</source>
        <translation>Keine Anzahlung</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Ein fester Betrag</translation>
    </message>
    <message>
        <source>A percentage</source>
        <translation>Ein Prozentsatz</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
</context>
<context>
    <name>settings.settings_dialog</name>
    <message>
        <source>Keep the scalp dry (days)</source>
        <translation>Kopfhaut trocken halten (Tage)</translation>
    </message>
    <message>
        <source>First gentle wash on day</source>
        <translation>Erste sanfte Haarwäsche am Tag</translation>
    </message>
    <message>
        <source>No sweating or gym (days)</source>
        <translation>Nicht schwitzen, kein Fitnessstudio (Tage)</translation>
    </message>
    <message>
        <source>Full training from day</source>
        <translation>Volles Training ab Tag</translation>
    </message>
    <message>
        <source>No shaving (days)</source>
        <translation>Nicht rasieren (Tage)</translation>
    </message>
    <message>
        <source>Razor allowed from day</source>
        <translation>Nassrasierer erlaubt ab Tag</translation>
    </message>
    <message>
        <source>Avoid direct sun (days)</source>
        <translation>Direkte Sonne meiden (Tage)</translation>
    </message>
    <message>
        <source>No pool, sea, sauna, steam or sunbed (days)</source>
        <translation>Kein Schwimmbad, Meer, Sauna, Dampfbad oder Solarium (Tage)</translation>
    </message>
    <message>
        <source>No moisturiser (days)</source>
        <translation>Keine Feuchtigkeitscreme (Tage)</translation>
    </message>
    <message>
        <source>No hair dye (days)</source>
        <translation>Kein Haarfärbemittel (Tage)</translation>
    </message>
</context>
</TS>
