<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptPlanDialog</name>
    <message>
        <source>Accept treatment plan version {version}</source>
        <translation>Behandlungsplan Version {version} annehmen</translation>
    </message>
    <message>
        <source>Your treatment plan</source>
        <translation>Ihr Behandlungsplan</translation>
    </message>
    <message>
        <source>Accept and sign</source>
        <translation>Annehmen und unterschreiben</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to accept the plan.</source>
        <translation>Geben Sie Ihren Namen ein und unterschreiben Sie im Feld, um den Plan anzunehmen.</translation>
    </message>
    <message>
        <source>Plan not accepted</source>
        <translation>Plan nicht angenommen</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve design version {version}</source>
        <translation>Entwurf Version {version} freigeben</translation>
    </message>
    <message>
        <source>Your SMP design</source>
        <translation>Ihr Entwurf für die Kopfhaut-Mikropigmentierung</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Freigeben und unterschreiben</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to approve the design.</source>
        <translation>Geben Sie Ihren Namen ein und unterschreiben Sie im Feld, um den Entwurf freizugeben.</translation>
    </message>
    <message>
        <source>Design not approved</source>
        <translation>Entwurf nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>New design: choose the photo to draw on</source>
        <translation>Neuer Entwurf: Foto zum Zeichnen wählen</translation>
    </message>
    <message>
        <source>Choose the picture to draw the hairline and zones on, then Start designing. A recent front or top photo, taken square-on, gives the client the most convincing preview.</source>
        <translation>Wählen Sie das Bild, auf dem Haaransatz und Zonen gezeichnet werden, dann „Entwerfen beginnen“. Ein aktuelles Foto von vorn oder von oben, gerade aufgenommen, ergibt für den Kunden die überzeugendste Vorschau.</translation>
    </message>
    <message>
        <source>This client has no photos yet. Draw on a head outline, or import photos on the Photos tab first (front and top photos make the most convincing preview).</source>
        <translation>Für diesen Kunden gibt es noch keine Fotos. Zeichnen Sie auf einem Kopfumriss oder importieren Sie zuerst Fotos auf der Registerkarte „Fotos“ (Fotos von vorn und von oben ergeben die überzeugendste Vorschau).</translation>
    </message>
    <message>
        <source>Head outline (no photo)</source>
        <translation>Kopfumriss (ohne Foto)</translation>
    </message>
    <message>
        <source>Start designing</source>
        <translation>Entwerfen beginnen</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Quittung {number} erstatten</translation>
    </message>
    <message>
        <source>Give back money from receipt {number} ({amount}). The refund is a new entry with its own receipt number; the payment itself stays as it was.</source>
        <translation>Geld aus Quittung {number} ({amount}) zurückgeben. Die Erstattung ist eine neue Buchung mit eigener Quittungsnummer; die Zahlung selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Void receipt {number}</source>
        <translation>Quittung {number} stornieren</translation>
    </message>
    <message>
        <source>Cancel receipt {number} ({amount}) because it was a mistake. The void is a new entry with its own receipt number; nothing is deleted.</source>
        <translation>Quittung {number} ({amount}) stornieren, weil sie ein Fehler war. Die Stornierung ist eine neue Buchung mit eigener Quittungsnummer; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund.</source>
        <translation>Es können höchstens noch {amount} erstattet werden.</translation>
    </message>
    <message>
        <source>e.g. the client cancelled the booking</source>
        <translation>z. B. der Kunde hat den Termin abgesagt</translation>
    </message>
    <message>
        <source>e.g. typed 1500 instead of 150; taken again as a new payment</source>
        <translation>z. B. 1500 statt 150 eingegeben; als neue Zahlung erneut kassiert</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Grund *</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Write why, for the books: a void or refund needs a reason.</source>
        <translation>Geben Sie für die Buchhaltung den Grund an: Eine Stornierung oder Erstattung braucht einen Grund.</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>The lines are hidden: press G (Guides) to edit again.</source>
        <translation>Die Linien sind ausgeblendet: Drücken Sie G (Hilfslinien), um weiter zu bearbeiten.</translation>
    </message>
    <message>
        <source>Move hairline point</source>
        <translation>Haaransatzpunkt verschieben</translation>
    </message>
    <message>
        <source>Move zone corner</source>
        <translation>Zonenecke verschieben</translation>
    </message>
    <message>
        <source>Move centre line</source>
        <translation>Mittellinie verschieben</translation>
    </message>
    <message>
        <source>Move scale mark</source>
        <translation>Maßstabsmarke verschieben</translation>
    </message>
    <message>
        <source>Add hairline point</source>
        <translation>Haaransatzpunkt hinzufügen</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Eine Zone braucht mindestens drei Ecken.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Markieren Sie zwei verschiedene Punkte für den Maßstab.</translation>
    </message>
    <message>
        <source>Remove hairline point</source>
        <translation>Haaransatzpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove zone corner</source>
        <translation>Zonenecke entfernen</translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation>Maßstab entfernen</translation>
    </message>
    <message>
        <source>Nudge point</source>
        <translation>Punkt verrücken</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Zone löschen</translation>
    </message>
    <message>
        <source>S{session}</source>
        <comment>short for session {session}</comment>
        <translation>S{session}</translation>
    </message>
    <message>
        <source>S{first}–{last}</source>
        <comment>short for sessions {first} to {last}</comment>
        <translation>S{first}–{last}</translation>
    </message>
</context>
<context>
    <name>DesignLink</name>
    <message>
        <source>Design version {version} (approved {date}) — click for the preview</source>
        <translation>Entwurf Version {version} (freigegeben am {date}) – klicken für die Vorschau</translation>
    </message>
    <message>
        <source>Design version {version} (not approved yet) — click for the preview</source>
        <translation>Entwurf Version {version} (noch nicht freigegeben) – klicken für die Vorschau</translation>
    </message>
    <message>
        <source>Open the before / after preview of this design</source>
        <translation>Vorher-/Nachher-Vorschau dieses Entwurfs öffnen</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Hairline and scale</source>
        <translation>Haaransatz und Maßstab</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Haaransatz</translation>
    </message>
    <message>
        <source>How wide the edge fades in front of the line: a soft edge looks natural</source>
        <translation>Wie breit der Rand vor der Linie ausläuft: Ein weicher Rand wirkt natürlich</translation>
    </message>
    <message>
        <source>Natural micro-variation of the edge: a ruler-straight line looks fake</source>
        <translation>Natürliche Mikrovariation des Randes: Eine linealgerade Linie wirkt künstlich</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Symmetrisch</translation>
    </message>
    <message>
        <source>Softness</source>
        <translation>Weichheit</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Unregelmäßigkeit</translation>
    </message>
    <message>
        <source>Symmetric: draw the left side, the right mirrors it about the dashed line (drag that line onto the middle of the face).</source>
        <translation>Symmetrisch: Zeichnen Sie die linke Seite, die rechte spiegelt sie an der gestrichelten Linie (ziehen Sie diese Linie auf die Gesichtsmitte).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>The real distance between the two scale marks</source>
        <translation>Der tatsächliche Abstand zwischen den beiden Maßstabsmarken</translation>
    </message>
    <message>
        <source>Mark the scale</source>
        <translation>Maßstab markieren</translation>
    </message>
    <message>
        <source>Click two points a known distance apart (S)</source>
        <translation>Klicken Sie zwei Punkte mit bekanntem Abstand an (S)</translation>
    </message>
    <message>
        <source>Four fingers laid flat above the brow are about 7 cm; a ruler held to the head in the photo works too.</source>
        <translation>Vier flach über die Augenbraue gelegte Finger sind etwa 7 cm; ein im Foto an den Kopf gehaltenes Lineal geht auch.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>e.g. agreed a mature, slightly receded line</source>
        <translation>z. B. reifer, leicht zurückgesetzter Haaransatz vereinbart</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>session </source>
        <translation>Sitzung </translation>
    </message>
    <message>
        <source>Draw a zone</source>
        <translation>Zone zeichnen</translation>
    </message>
    <message>
        <source>Click its corners on the picture; Enter closes it (Z)</source>
        <translation>Klicken Sie ihre Ecken im Bild an; Eingabe schließt sie (Z)</translation>
    </message>
    <message>
        <source>Selected zone</source>
        <translation>Ausgewählte Zone</translation>
    </message>
    <message>
        <source> per cm²</source>
        <translation> pro cm²</translation>
    </message>
    <message>
        <source> % pigment</source>
        <translation> % Pigment</translation>
    </message>
    <message>
        <source>Change dilution</source>
        <translation>Verdünnung ändern</translation>
    </message>
    <message>
        <source>{needle} ({size} mm impressions)</source>
        <translation>{needle} (Pigmentpunkte {size} mm)</translation>
    </message>
    <message>
        <source>The session that lays this zone: 1 is the first, lightest</source>
        <translation>Die Sitzung, in der diese Zone gesetzt wird: 1 ist die erste, hellste</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Sitzung ändern</translation>
    </message>
    <message>
        <source>optional, e.g. left temple</source>
        <translation>optional, z. B. linke Schläfe</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Zone löschen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Farbton</translation>
    </message>
    <message>
        <source>Dilution</source>
        <translation>Verdünnung</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Neue Zone</translation>
    </message>
    <message>
        <source>No scale yet: mark two points a known distance apart to see areas in cm² and impression counts.</source>
        <translation>Noch kein Maßstab: Markieren Sie zwei Punkte mit bekanntem Abstand, um Flächen in cm² und die Zahl der Pigmentpunkte zu sehen.</translation>
    </message>
    <message>
        <source>{distance} cm between the two marks.</source>
        <translation>{distance} cm zwischen den beiden Marken.</translation>
    </message>
    <message>
        <source>No zones yet: choose a kind and draw one.</source>
        <translation>Noch keine Zonen: Wählen Sie eine Art und zeichnen Sie eine.</translation>
    </message>
    <message>
        <source>{sessions} sessions; set the scale for impression counts.</source>
        <translation>{sessions} Sitzungen; legen Sie den Maßstab fest, um Pigmentpunkte zu zählen.</translation>
    </message>
    <message>
        <source>{sessions} session; set the scale for impression counts.</source>
        <translation>{sessions} Sitzung; legen Sie den Maßstab fest, um Pigmentpunkte zu zählen.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} sessions.</source>
        <translation>Insgesamt: etwa {total} Pigmentpunkte, {sessions} Sitzungen.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} session.</source>
        <translation>Insgesamt: etwa {total} Pigmentpunkte, {sessions} Sitzung.</translation>
    </message>
    <message>
        <source>Selected zone (click one on the picture or in the list)</source>
        <translation>Ausgewählte Zone (klicken Sie eine im Bild oder in der Liste an)</translation>
    </message>
    <message>
        <source>Zone {number}</source>
        <translation>Zone {number}</translation>
    </message>
    <message>
        <source>{range}
{sessions} sessions together: {density}</source>
        <translation>{range}
{sessions} Sitzungen zusammen: {density}</translation>
    </message>
    <message>
        <source>{range} (outside the range)</source>
        <translation>{range} (außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source>Impressions per cm² of the finished area (all sessions together).
Sources: {sources}</source>
        <translation>Pigmentpunkte pro cm² der fertigen Fläche (alle Sitzungen zusammen).
Quellen: {sources}</translation>
    </message>
    <message>
        <source>Change softness</source>
        <translation>Weichheit ändern</translation>
    </message>
    <message>
        <source>Change irregularity</source>
        <translation>Unregelmäßigkeit ändern</translation>
    </message>
    <message>
        <source>Change hairline</source>
        <translation>Haaransatz ändern</translation>
    </message>
    <message>
        <source>Symmetry on</source>
        <translation>Symmetrie ein</translation>
    </message>
    <message>
        <source>Symmetry off</source>
        <translation>Symmetrie aus</translation>
    </message>
    <message>
        <source>Change scale distance</source>
        <translation>Maßstabsabstand ändern</translation>
    </message>
    <message>
        <source>Change zone kind</source>
        <translation>Zonenart ändern</translation>
    </message>
    <message>
        <source>Change density</source>
        <translation>Dichte ändern</translation>
    </message>
    <message>
        <source>Change shade</source>
        <translation>Farbton ändern</translation>
    </message>
    <message>
        <source>Change needle</source>
        <translation>Nadel ändern</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Zone umbenennen</translation>
    </message>
</context>
<context>
    <name>DesignTab</name>
    <message>
        <source>New design…</source>
        <translation>Neuer Entwurf…</translation>
    </message>
    <message>
        <source>Draw a hairline and zones on one of the client&apos;s photos</source>
        <translation>Haaransatz und Zonen auf einem der Fotos des Kunden zeichnen</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Als neue Version bearbeiten…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Von der ausgewählten Version ausgehen; sie bleibt unverändert, die Änderung wird als neue Version gespeichert</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Before / after on the photo, session by session</source>
        <translation>Vorher / nachher auf dem Foto, Sitzung für Sitzung</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Design drawing (hairline and zones)…</source>
        <translation>Entwurfszeichnung (Haaransatz und Zonen)…</translation>
    </message>
    <message>
        <source>SMP preview (final result)…</source>
        <translation>Vorschau der Mikropigmentierung (Endergebnis)…</translation>
    </message>
    <message>
        <source>No design yet. New design… draws the hairline and zones on one of the client&apos;s photos (or a head outline) and shows the client a preview of the result.</source>
        <translation>Noch kein Entwurf. „Neuer Entwurf…“ zeichnet Haaransatz und Zonen auf einem der Fotos des Kunden (oder einem Kopfumriss) und zeigt dem Kunden eine Vorschau des Ergebnisses.</translation>
    </message>
    <message>
        <source>Double-click for the before / after preview</source>
        <translation>Doppelklick für die Vorher-/Nachher-Vorschau</translation>
    </message>
    <message>
        <source>The designs could not be read: {error}</source>
        <translation>Die Entwürfe konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Version {version}: the SMP preview as saved (finished result). Preview… shows before / after and each session.</source>
        <translation>Version {version}: die Vorschau der Mikropigmentierung wie gespeichert (Endergebnis). „Vorschau…“ zeigt vorher / nachher und jede Sitzung.</translation>
    </message>
    <message>
        <source>Approved {date}: an approved version is final; edit it as a new version to change it</source>
        <translation>Freigegeben am {date}: Eine freigegebene Version ist endgültig; zum Ändern als neue Version bearbeiten</translation>
    </message>
    <message>
        <source>The client looks at the preview and signs for this version</source>
        <translation>Der Kunde sieht sich die Vorschau an und unterschreibt für diese Version</translation>
    </message>
    <message>
        <source>Design not started</source>
        <translation>Entwurf nicht begonnen</translation>
    </message>
    <message>
        <source>Design not opened</source>
        <translation>Entwurf nicht geöffnet</translation>
    </message>
    <message>
        <source>Save the SMP preview</source>
        <translation>Vorschau der Mikropigmentierung speichern</translation>
    </message>
    <message>
        <source>Save the design drawing</source>
        <translation>Entwurfszeichnung speichern</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>JPEG-Bilder (*.jpg)</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Edit design (saved as a new version)</source>
        <translation>Entwurf bearbeiten (wird als neue Version gespeichert)</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Which session the preview shows: session 1 … the finished result</source>
        <translation>Welche Sitzung die Vorschau zeigt: Sitzung 1 … das Endergebnis</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{hint} ({key})</source>
        <translation>{hint} ({key})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>Rückgängig: {action} (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: {action} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>The whole picture (Ctrl+0); the wheel zooms, space+drag pans</source>
        <translation>Das ganze Bild (Strg+0); das Mausrad zoomt, Leertaste+Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the SMP simulation of this design (P)</source>
        <translation>Die Simulation der Mikropigmentierung für diesen Entwurf zeigen (P)</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Hilfslinien</translation>
    </message>
    <message>
        <source>Show the lines and zones over the picture (G)</source>
        <translation>Linien und Zonen über dem Bild zeigen (G)</translation>
    </message>
    <message>
        <source>Session {session} (finished)</source>
        <translation>Sitzung {session} (fertig)</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation>Sitzung {session}</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <source>Zone added: set its density, shade and session on the right.</source>
        <translation>Zone hinzugefügt: Legen Sie rechts Dichte, Farbton und Sitzung fest.</translation>
    </message>
    <message>
        <source>Set scale</source>
        <translation>Maßstab festlegen</translation>
    </message>
    <message>
        <source>Scale marked: type the real distance between the marks.</source>
        <translation>Maßstab markiert: Geben Sie den tatsächlichen Abstand zwischen den Marken ein.</translation>
    </message>
    <message>
        <source>Preview: the simulated result on this picture.</source>
        <translation>Vorschau: das simulierte Ergebnis auf diesem Bild.</translation>
    </message>
    <message>
        <source>Design not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes?

The design has not been saved.</source>
        <translation>Änderungen verwerfen?

Der Entwurf wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>what it covers, e.g. hairline and temples</source>
        <translation>was sie umfasst, z. B. Haaransatz und Schläfen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take this session out of the plan</source>
        <translation>Diese Sitzung aus dem Plan nehmen</translation>
    </message>
    <message>
        <source>Proposed date: {problem}</source>
        <translation>Vorgeschlagenes Datum: {problem}</translation>
    </message>
    <message>
        <source>Price of {session}: {problem}</source>
        <translation>Preis für {session}: {problem}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — {name}</source>
        <translation>Zahlung annehmen — {name}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Zahlung annehmen</translation>
    </message>
    <message>
        <source>The clinic&apos;s currency: {currency}</source>
        <translation>Währung der Praxis: {currency}</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Betrag in {currency}</translation>
    </message>
    <message>
        <source>Fill in {amount} for {what}</source>
        <translation>{amount} für {what} eintragen</translation>
    </message>
    <message>
        <source>Prices set by the owner in Clinic → Settings → Prices appear here.</source>
        <translation>Hier erscheinen die Preise, die der Inhaber unter Praxis → Einstellungen → Preise festlegt.</translation>
    </message>
    <message>
        <source>optional: a voucher number, the product sold…</source>
        <translation>optional: eine Gutscheinnummer, das verkaufte Produkt…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose how the client paid: {choices}.</source>
        <translation>Wählen Sie, wie der Kunde bezahlt hat: {choices}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Take payment…</source>
        <translation>Zahlung annehmen…</translation>
    </message>
    <message>
        <source>Take a payment from this client</source>
        <translation>Eine Zahlung von diesem Kunden annehmen</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Quittung…</translation>
    </message>
    <message>
        <source>Show, print or save the selected entry&apos;s receipt</source>
        <translation>Quittung der ausgewählten Buchung zeigen, drucken oder speichern</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Stornieren…</translation>
    </message>
    <message>
        <source>Cancel a payment taken by mistake (owner)</source>
        <translation>Eine irrtümlich angenommene Zahlung stornieren (Inhaber)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Give back money from a payment (owner)</source>
        <translation>Geld aus einer Zahlung zurückgeben (Inhaber)</translation>
    </message>
    <message>
        <source>The accepted treatment plan&apos;s total less what was paid</source>
        <translation>Gesamtbetrag des angenommenen Behandlungsplans abzüglich des Bezahlten</translation>
    </message>
    <message>
        <source>No payments recorded for this client yet.</source>
        <translation>Für diesen Kunden sind noch keine Zahlungen erfasst.</translation>
    </message>
    <message>
        <source>Payments could not be read: {error}</source>
        <translation>Die Zahlungen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Paid in total: {amount}</source>
        <translation>Insgesamt bezahlt: {amount}</translation>
    </message>
    <message>
        <source>Payments minus refunds; voided payments do not count.</source>
        <translation>Zahlungen abzüglich Erstattungen; stornierte Zahlungen zählen nicht.</translation>
    </message>
    <message>
        <source>Plan {total} · due {due}</source>
        <translation>Plan {total} · offen {due}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New treatment plan</source>
        <translation>Neuer Behandlungsplan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Vorgeschlagenes Datum</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Kein Paket</translation>
    </message>
    <message>
        <source>A package sets its sessions and the discount it gives</source>
        <translation>Ein Paket legt seine Sitzungen und seinen Rabatt fest</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>for the client, printed on the quote</source>
        <translation>für den Kunden, wird auf das Angebot gedruckt</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>No tax is added to these prices.</source>
        <translation>Auf diese Preise wird keine Steuer aufgeschlagen.</translation>
    </message>
    <message>
        <source>Prices include {tax} at {rate} (the clinic&apos;s price list).</source>
        <translation>Die Preise enthalten {tax} zu {rate} (Preisliste der Praxis).</translation>
    </message>
    <message>
        <source>{tax} at {rate} is added to these prices (the clinic&apos;s price list).</source>
        <translation>Auf diese Preise kommt {tax} zu {rate} hinzu (Preisliste der Praxis).</translation>
    </message>
    <message>
        <source>Add at least one session to the plan.</source>
        <translation>Fügen Sie dem Plan mindestens eine Sitzung hinzu.</translation>
    </message>
    <message>
        <source>Discount: {problem}</source>
        <translation>Rabatt: {problem}</translation>
    </message>
    <message>
        <source>Deposit: {problem}</source>
        <translation>Anzahlung: {problem}</translation>
    </message>
    <message>
        <source>Valid until: {problem}</source>
        <translation>Gültig bis: {problem}</translation>
    </message>
    <message>
        <source>Valid until: enter the date the quote is valid to.</source>
        <translation>Gültig bis: Geben Sie das Datum ein, bis zu dem das Angebot gilt.</translation>
    </message>
    <message>
        <source>from the price list&apos;s deposit rule</source>
        <translation>nach der Anzahlungsregel der Preisliste</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>manuell eingegeben</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Paketrabatt ({package})</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>enthält {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deposit to secure the first date</source>
        <translation>Anzahlung zur Sicherung des ersten Termins</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>No treatment plan yet. New plan… drafts the sessions from the approved design, dates from the follow-up intervals and prices from the clinic&apos;s price list.</source>
        <translation>Noch kein Behandlungsplan. „Neuer Plan…“ entwirft die Sitzungen aus dem freigegebenen Entwurf, die Termine aus den Nachsorgeabständen und die Preise aus der Preisliste der Praxis.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>Draft a plan from the approved design and the price list</source>
        <translation>Einen Plan aus dem freigegebenen Entwurf und der Preisliste entwerfen</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Als neue Version bearbeiten…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Von der ausgewählten Version ausgehen; sie bleibt unverändert, die Änderung wird als neue Version gespeichert</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Angebot…</translation>
    </message>
    <message>
        <source>The quote PDF for the client: print it or save it</source>
        <translation>Das Angebot als PDF für den Kunden: drucken oder speichern</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Take deposit…</source>
        <translation>Anzahlung annehmen…</translation>
    </message>
    <message>
        <source>Take the plan&apos;s deposit and print the receipt</source>
        <translation>Die Anzahlung des Plans annehmen und die Quittung drucken</translation>
    </message>
    <message>
        <source>Plans could not be read: {error}</source>
        <translation>Die Pläne konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Accepted plan {total} · paid {paid} · due {due}</source>
        <translation>Angenommener Plan {total} · bezahlt {paid} · offen {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted {date}&lt;/b&gt;, signed by {name}.</source>
        <translation>&lt;b&gt;Angenommen am {date}&lt;/b&gt;, unterschrieben von {name}.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Noch nicht angenommen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Notes:&lt;/i&gt; {notes}</source>
        <translation>&lt;i&gt;Notizen:&lt;/i&gt; {notes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date} by {name}</source>
        <translation>&lt;b&gt;Version {version}&lt;/b&gt; — {date} von {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date}</source>
        <translation>&lt;b&gt;Version {version}&lt;/b&gt; — {date}</translation>
    </message>
    <message>
        <source>Accepted {date}: an accepted version is final; edit it as a new version to change it</source>
        <translation>Angenommen am {date}: Eine angenommene Version ist endgültig; zum Ändern als neue Version bearbeiten</translation>
    </message>
    <message>
        <source>The client reads the plan and signs for this version</source>
        <translation>Der Kunde liest den Plan und unterschreibt für diese Version</translation>
    </message>
    <message>
        <source>Plan not started</source>
        <translation>Plan nicht begonnen</translation>
    </message>
    <message>
        <source>New treatment plan</source>
        <translation>Neuer Behandlungsplan</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan nicht geöffnet</translation>
    </message>
    <message>
        <source>Treatment plan: new version from version {version}</source>
        <translation>Behandlungsplan: neue Version aus Version {version}</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Kein Angebot</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <extracomment>The longest side of the copy the live preview is rendered on. The longest side of the copy shown as the canvas&apos;s background. At most one live render per this many milliseconds.</extracomment>
        <translation>Die Vorschau konnte nicht gezeichnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>SMP preview — design version {version}</source>
        <translation>Vorschau der Mikropigmentierung — Entwurf Version {version}</translation>
    </message>
    <message>
        <source>Divider position</source>
        <translation>Position der Trennlinie</translation>
    </message>
    <message>
        <source>The photo as it is (B)</source>
        <translation>Das Foto, wie es ist (B)</translation>
    </message>
    <message>
        <source>With the SMP simulated (A)</source>
        <translation>Mit simulierter Mikropigmentierung (A)</translation>
    </message>
    <message>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>Ziehen Sie die Trennlinie: links vorher, rechts nachher</translation>
    </message>
    <message>
        <source>The hairline and zones as drawn</source>
        <translation>Haaransatz und Zonen wie gezeichnet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Save full resolution…</source>
        <translation>In voller Auflösung speichern…</translation>
    </message>
    <message>
        <source>The preview shown, at the photo&apos;s own size, as a JPEG</source>
        <translation>Die gezeigte Vorschau in der Originalgröße des Fotos als JPEG</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Design version {version}, approved {date} by {name}. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Entwurf Version {version}, freigegeben am {date} von {name}. Eine Simulation: Das abgeheilte Ergebnis hängt von Hauttyp, Sonne und Nachsorge ab.</translation>
    </message>
    <message>
        <source>Design version {version}, not approved yet. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Entwurf Version {version}, noch nicht freigegeben. Eine Simulation: Das abgeheilte Ergebnis hängt von Hauttyp, Sonne und Nachsorge ab.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{reason} Shown: the preview as saved with version {version}.</source>
        <translation>{reason} Angezeigt: die mit Version {version} gespeicherte Vorschau.</translation>
    </message>
    <message>
        <source>Save the preview</source>
        <translation>Vorschau speichern</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>JPEG-Bilder (*.jpg)</translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Treatment plan version {version}</source>
        <translation>Behandlungsplan Version {version}</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>gesamt {total}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Quittung {number}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>◀ Previous year</source>
        <translation>◀ Vorjahr</translation>
    </message>
    <message>
        <source>Next year ▶</source>
        <translation>Folgejahr ▶</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>The table on screen, for a spreadsheet</source>
        <translation>Die angezeigte Tabelle, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{heading}. Entries in {currencies} are not added in.</source>
        <translation>{heading}. Buchungen in {currencies} sind nicht eingerechnet.</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Sitzungsart</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Payments less refunds and voids</source>
        <translation>Zahlungen abzüglich Erstattungen und Stornierungen</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Heard about the clinic from</source>
        <translation>Auf die Praxis aufmerksam geworden durch</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Fällige Nachbehandlungen</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} Sitzung, Umsatz {revenue}; {consultations} Beratung, {converted} davon mit erster Sitzung{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} Sitzung, Umsatz {revenue}; {consultations} Beratungen, {converted} davon mit erster Sitzung{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} Sitzungen, Umsatz {revenue}; {consultations} Beratung, {converted} davon mit erster Sitzung{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: {sessions} Sitzungen, Umsatz {revenue}; {consultations} Beratungen, {converted} davon mit erster Sitzung{rate}</translation>
    </message>
    <message>
        <source>Save the year&apos;s reports</source>
        <translation>Berichte des Jahres speichern</translation>
    </message>
    <message>
        <source>Save this table as CSV</source>
        <translation>Diese Tabelle als CSV speichern</translation>
    </message>
</context>
<context>
    <name>ScaledPicture</name>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>TakingsWindow</name>
    <message>
        <source>Day&apos;s takings</source>
        <translation>Tageseinnahmen</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vortag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Folgetag ▶</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Entries, in receipt order</source>
        <translation>Buchungen, in Quittungsreihenfolge</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payment</source>
        <translation>{day}: netto {net} aus {count} Zahlung</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payments</source>
        <translation>{day}: netto {net} aus {count} Zahlungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Payment, voided</source>
        <translation>Zahlung, storniert</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Nothing was taken on this day.</source>
        <translation>An diesem Tag wurde nichts eingenommen.</translation>
    </message>
    <message>
        <source>Entries in {currencies} are listed but not added up; the totals are in {currency}.</source>
        <translation>Buchungen in {currencies} sind aufgeführt, aber nicht addiert; die Summen sind in {currency}.</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings</source>
        <translation>Tageseinnahmen speichern</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings as CSV</source>
        <translation>Tageseinnahmen als CSV speichern</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>designs.approve_dialog</name>
    <message>
        <source>I have seen this design (version {version}) and its preview. It is the hairline, shade and placement I chose together with my practitioner, and I am happy with them. I understand the preview is a simulation: the healed result varies with skin, sun and aftercare.</source>
        <extracomment>What the client confirms, in the consent form&apos;s words (&quot;I chose the hairline, shade and placement, and I am happy with them&quot;), tied to the version they see.</extracomment>
        <translation>Ich habe diesen Entwurf (Version {version}) und seine Vorschau gesehen. Es sind der Haaransatz, der Farbton und die Platzierung, die ich zusammen mit meinem Behandler bzw. meiner Behandlerin gewählt habe, und ich bin damit zufrieden. Mir ist bewusst, dass die Vorschau eine Simulation ist: Das abgeheilte Ergebnis hängt von Haut, Sonne und Nachsorge ab.</translation>
    </message>
    <message>
        <source>Signing approves this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be approved again.</source>
        <translation>Mit der Unterschrift wird diese Version endgültig freigegeben: Sie kann danach nicht mehr geändert werden. Jede Änderung wird als neue Version gespeichert und muss erneut freigegeben werden.</translation>
    </message>
</context>
<context>
    <name>designs.canvas</name>
    <message>
        <source>Select: click a zone or a point; drag a point to move it, arrow keys nudge it (Shift: 10x), Delete removes it. Drag the picture to move around.</source>
        <extracomment>How near (screen pixels) a press must be to a handle or a line to grab it. Handle radius on screen, whatever the zoom. The hint the window&apos;s status bar shows for each tool (marked for translation: shown through ``translate(&quot;designs.canvas&quot;, hint)``).</extracomment>
        <translation>Auswählen: Klicken Sie eine Zone oder einen Punkt an; ziehen Sie einen Punkt, um ihn zu verschieben, die Pfeiltasten verrücken ihn (Umschalt: 10x), Entf entfernt ihn. Ziehen Sie das Bild, um es zu verschieben.</translation>
    </message>
    <message>
        <source>Hairline: click to add a point (on the curve to insert one), drag a point to move it, right-click or Delete removes it. With symmetry, draw the left side.</source>
        <translation>Haaransatz: Klicken fügt einen Punkt hinzu (auf der Kurve wird er eingefügt), Ziehen verschiebt einen Punkt, Rechtsklick oder Entf entfernt ihn. Mit Symmetrie zeichnen Sie die linke Seite.</translation>
    </message>
    <message>
        <source>Zone: click the corners of the area; Enter or double-click closes it, Backspace takes back a corner, Esc cancels.</source>
        <translation>Zone: Klicken Sie die Ecken der Fläche an; Eingabe oder Doppelklick schließt sie, Rücktaste nimmt eine Ecke zurück, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Scale: click two points a known distance apart (e.g. four fingers, about 7 cm, above the brow), then type the distance in cm.</source>
        <translation>Maßstab: Klicken Sie zwei Punkte mit bekanntem Abstand an (z. B. vier Finger, etwa 7 cm, über der Augenbraue) und geben Sie dann den Abstand in cm ein.</translation>
    </message>
</context>
<context>
    <name>designs.design_tab</name>
    <message>
        <source>Version {version} — {date} by {name}</source>
        <extracomment>Photo angles offered as a base, in the order a practitioner designs (front hairline first); close-ups and &quot;other&quot; come last.</extracomment>
        <translation>Version {version} — {date} von {name}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Version {version} — {date}</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zone</source>
        <translation>Gezeichnet auf: {base} · {count} Zone</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zones</source>
        <translation>Gezeichnet auf: {base} · {count} Zonen</translation>
    </message>
    <message>
        <source>Approved {date}, signed by {name}</source>
        <translation>Freigegeben am {date}, unterschrieben von {name}</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Noch nicht freigegeben</translation>
    </message>
    <message>
        <source>No design yet.</source>
        <translation>Noch kein Entwurf.</translation>
    </message>
    <message>
        <source>A design exists ({count} version; approved on {date}).</source>
        <translation>Ein Entwurf liegt vor ({count} Version; freigegeben am {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; approved on {date}).</source>
        <translation>Ein Entwurf liegt vor ({count} Versionen; freigegeben am {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} version; not approved yet).</source>
        <translation>Ein Entwurf liegt vor ({count} Version; noch nicht freigegeben).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; not approved yet).</source>
        <translation>Ein Entwurf liegt vor ({count} Versionen; noch nicht freigegeben).</translation>
    </message>
</context>
<context>
    <name>designs.designer</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Haaransatz</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
</context>
<context>
    <name>designs.designer_edits</name>
    <message>
        <source>A hairline has at most {count} points.</source>
        <translation>Ein Haaransatz hat höchstens {count} Punkte.</translation>
    </message>
    <message>
        <source>A design has at most {count} zones.</source>
        <translation>Ein Entwurf hat höchstens {count} Zonen.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Eine Zone braucht mindestens drei Ecken.</translation>
    </message>
    <message>
        <source>A zone has at most {count} corners.</source>
        <translation>Eine Zone hat höchstens {count} Ecken.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners: delete the zone instead.</source>
        <translation>Eine Zone braucht mindestens drei Ecken: Löschen Sie stattdessen die Zone.</translation>
    </message>
    <message>
        <source>Type a distance from {low} to {high} cm.</source>
        <translation>Geben Sie einen Abstand von {low} bis {high} cm ein.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Markieren Sie zwei verschiedene Punkte für den Maßstab.</translation>
    </message>
</context>
<context>
    <name>designs.designer_panel</name>
    <message>
        <source>set the scale for cm²</source>
        <extracomment>What the scale suggests before anything is typed: four fingers above the brow.</extracomment>
        <translation>Maßstab für cm² festlegen</translation>
    </message>
    <message>
        <source>{area} cm² · {count} impressions</source>
        <translation>{area} cm² · {count} Pigmentpunkte</translation>
    </message>
    <message>
        <source>{number}. {kind} “{name}” · session {session}
    {size}</source>
        <translation>{number}. {kind} „{name}“ · Sitzung {session}
    {size}</translation>
    </message>
    <message>
        <source>{number}. {kind} · session {session}
    {size}</source>
        <translation>{number}. {kind} · Sitzung {session}
    {size}</translation>
    </message>
    <message>
        <source>realistic {low}–{high}, typical {typical}</source>
        <translation>realistisch {low}–{high}, typisch {typical}</translation>
    </message>
</context>
<context>
    <name>designs.preview_window</name>
    <message>
        <source>Before</source>
        <extracomment>The mode buttons&apos; words (shown through ``translate(&quot;designs.preview_window&quot;, word)``).</extracomment>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Design drawing</source>
        <translation>Entwurfszeichnung</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <extracomment>Longest side of the on-screen renders: sharp on a full-HD screen, quick to make.</extracomment>
        <translation>Sitzung {session}</translation>
    </message>
    <message>
        <source>Final (after session {session})</source>
        <translation>Endergebnis (nach Sitzung {session})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endergebnis</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Preview not shown</source>
        <translation>Vorschau nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>payments.payment_dialog</name>
    <message>
        <source>&amp;Cash</source>
        <extracomment>Short words for the big method buttons; the full wording is the tooltip (shown through ``translate(&quot;payments.payment_dialog&quot;, word)``).</extracomment>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>&amp;Überweisung</translation>
    </message>
    <message>
        <source>Gift &amp;voucher</source>
        <translation>&amp;Gutschein</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Keine Quittung</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <comment>a list of choices</comment>
        <translation>{list} oder {last}</translation>
    </message>
</context>
<context>
    <name>payments.payments_tab</name>
    <message>
        <source>Receipt</source>
        <extracomment>The table&apos;s headings (shown through ``translate(&quot;payments.payments_tab&quot;, heading)``).</extracomment>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angenommen am</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Angenommen von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>VOID of {receipt}</source>
        <translation>STORNO von {receipt}</translation>
    </message>
    <message>
        <source>REFUND of {receipt}</source>
        <translation>ERSTATTUNG zu {receipt}</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>STORNIERT</translation>
    </message>
</context>
<context>
    <name>payments.takings_window</name>
    <message>
        <source>Paid by</source>
        <extracomment>The tables&apos; headings (shown through ``translate(&quot;payments.takings_window&quot;, heading)``).</extracomment>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Angenommen von</translation>
    </message>
</context>
<context>
    <name>plans.plan_accept</name>
    <message>
        <source>I have read this treatment plan (version {version}): the sessions, their proposed dates and prices, the total of {total} and the deposit of {deposit}. I accept it and the clinic&apos;s terms. Proposed dates may move with healing and the diary.</source>
        <translation>Ich habe diesen Behandlungsplan (Version {version}) gelesen: die Sitzungen, ihre vorgeschlagenen Termine und Preise, den Gesamtbetrag von {total} und die Anzahlung von {deposit}. Ich nehme ihn und die Bedingungen der Praxis an. Die vorgeschlagenen Termine können sich je nach Abheilung und Terminkalender verschieben.</translation>
    </message>
    <message>
        <source>Signing accepts this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be accepted again.</source>
        <translation>Mit der Unterschrift wird diese Version endgültig angenommen: Sie kann danach nicht mehr geändert werden. Jede Änderung wird als neue Version gespeichert und muss erneut angenommen werden.</translation>
    </message>
    <message>
        <source>to be booked</source>
        <translation>noch zu buchen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Paketrabatt ({package})</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>enthält {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Gültig bis {date}.</translation>
    </message>
</context>
<context>
    <name>plans.plan_tab</name>
    <message>
        <source>Accepted {date}</source>
        <translation>Angenommen am {date}</translation>
    </message>
    <message>
        <source>Not accepted yet · valid until {date}</source>
        <translation>Noch nicht angenommen · gültig bis {date}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Version {version} — {date}</translation>
    </message>
    <message>
        <source>Total {total} · deposit {deposit}</source>
        <translation>Gesamt {total} · Anzahlung {deposit}</translation>
    </message>
</context>
<context>
    <name>reports.reports_window</name>
    <message>
        <source>Jan</source>
        <extracomment>Short month names (shown through ``translate(&quot;reports.reports_window&quot;, name)``).</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Tab title -&gt; the table name :func:`smpdesk.app.reports.reports_csv` knows (the titles shown through ``translate(&quot;reports.reports_window&quot;, title)``).</extracomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Heard about us</source>
        <translation>Aufmerksam geworden</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Fällige Nachbehandlungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
</TS>
