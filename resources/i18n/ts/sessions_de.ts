<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppointmentEntry</name>
    <message>
        <source>at</source>
        <comment>between the day and the time of an appointment</comment>
        <translation>um</translation>
    </message>
    <message>
        <source>Enter the day of the appointment as well as the time.</source>
        <translation>Geben Sie neben der Uhrzeit auch den Tag des Termins ein.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book next appointment</source>
        <translation>Nächsten Termin buchen</translation>
    </message>
    <message>
        <source>Next appointment after the {session} on {date}:</source>
        <translation>Nächster Termin nach der {session} vom {date}:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empty both boxes; OK then removes the booking</source>
        <translation>Leert beide Felder; OK entfernt dann die Buchung</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>Buchung entfernen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Fotos vergleichen</translation>
    </message>
    <message>
        <source>Compare with the design</source>
        <translation>Mit dem Entwurf vergleichen</translation>
    </message>
    <message>
        <source>One of these photos could not be shown.</source>
        <translation>Eines dieser Fotos konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Where the one picture gives way to the other</source>
        <translation>Wo das eine Bild in das andere übergeht</translation>
    </message>
    <message>
        <source>Blink automatically</source>
        <translation>Automatisch blinken</translation>
    </message>
    <message>
        <source>Switch between the two pictures every half second</source>
        <translation>Wechselt jede halbe Sekunde zwischen den beiden Bildern</translation>
    </message>
    <message>
        <source>Flip (Space)</source>
        <translation>Umschalten (Leertaste)</translation>
    </message>
    <message>
        <source>Show the other picture; stops the automatic blinking</source>
        <translation>Zeigt das andere Bild; beendet das automatische Blinken</translation>
    </message>
    <message>
        <source>Wipe:</source>
        <translation>Schieber:</translation>
    </message>
    <message>
        <source>One picture over the other, lined up: drag to wipe</source>
        <translation>Ein Bild über dem anderen, ausgerichtet: zum Überblenden ziehen</translation>
    </message>
    <message>
        <source>One picture, then the other, lined up</source>
        <translation>Erst das eine Bild, dann das andere, ausgerichtet</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Clear the points clicked so far and mark them again</source>
        <translation>Löscht die bisher gesetzten Punkte, um sie neu zu markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop marking; the marks saved before stay</source>
        <translation>Beendet das Markieren; die zuvor gespeicherten Markierungen bleiben</translation>
    </message>
    <message>
        <source>Line up again…</source>
        <translation>Neu ausrichten…</translation>
    </message>
    <message>
        <source>Mark the two landmarks on both pictures again</source>
        <translation>Die beiden Bezugspunkte auf beiden Bildern neu markieren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>The whole picture in the window</source>
        <translation>Das ganze Bild im Fenster</translation>
    </message>
    <message>
        <source>Export as one JPEG…</source>
        <translation>Als ein JPEG exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export lined up as one JPEG…</source>
        <translation>Ausgerichtet als ein JPEG exportieren…</translation>
    </message>
    <message>
        <source>The pictures are turned {degrees}° against each other. If that looks wrong, the points may have been clicked in the other order: Line up again.</source>
        <translation>Die Bilder sind um {degrees}° gegeneinander gedreht. Wenn das falsch aussieht, wurden die Punkte vielleicht in umgekehrter Reihenfolge gesetzt: Neu ausrichten.</translation>
    </message>
    <message>
        <source>Showing: {picture}</source>
        <translation>Angezeigt: {picture}</translation>
    </message>
    <message>
        <source>Click on the picture; drag to move it, scroll to zoom in for a close look.</source>
        <translation>Klicken Sie auf das Bild; ziehen Sie, um es zu verschieben, und scrollen Sie, um es zu vergrößern.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the picture on the left</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the picture on the right</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>&lt;b&gt;On {side} ({where}), click {what}.&lt;/b&gt; (Point {number} of 2: two points on each picture line them up, and are kept for next time.)</source>
        <translation>&lt;b&gt;Klicken Sie auf dem {side} ({where}) auf {what}.&lt;/b&gt; (Punkt {number} von 2: Zwei Punkte auf jedem Bild richten die Bilder aus und werden für das nächste Mal gespeichert.)</translation>
    </message>
    <message>
        <source>the spot marked {number} on {side}</source>
        <translation>die Stelle, die auf dem {side} mit {number} markiert ist</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>JPEG-Bilder (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} vom {date}</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>Pigmentcharge {lot}</translation>
    </message>
    <message>
        <source>Delete the {session}?</source>
        <translation>Diese Sitzung löschen: {session}?</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Why is it deleted? (required, kept with it)</source>
        <translation>&amp;Warum wird sie gelöscht? (Pflichtangabe, wird mit der Sitzung gespeichert)</translation>
    </message>
    <message>
        <source>e.g. Recorded for the wrong client; the right record is on Sam Reid&apos;s timeline</source>
        <translation>z. B. beim falschen Kunden erfasst; der richtige Eintrag steht im Verlauf von Sam Reid</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} von {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>← Clients</source>
        <translation>← Kunden</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Zurück zur Kundenliste (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällige Wiedervorlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage voraus</translation>
    </message>
    <message>
        <source>Mark the selected client:</source>
        <translation>Ausgewählten Kunden markieren:</translation>
    </message>
    <message>
        <source>{outcome}, with a note ({keys})</source>
        <translation>{outcome}, mit Notiz ({keys})</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>The whole list, every page of it (not only the rows shown)</source>
        <translation>Die ganze Liste, alle Seiten (nicht nur die angezeigten Zeilen)</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {upcoming} coming up. Enter opens the client.</source>
        <translation>{overdue} überfällig, {today} heute fällig, {upcoming} demnächst. Die Eingabetaste öffnet den Kunden.</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Wählen Sie zuerst einen Kunden in der Liste aus.</translation>
    </message>
    <message>
        <source>Print follow-ups</source>
        <translation>Wiedervorlagen drucken</translation>
    </message>
    <message>
        <source>Follow-up list printed.</source>
        <translation>Wiedervorlagenliste gedruckt.</translation>
    </message>
    <message>
        <source>Follow-up list saved.</source>
        <translation>Wiedervorlagenliste gespeichert.</translation>
    </message>
    <message>
        <source>Save follow-ups as {kind}</source>
        <translation>Wiedervorlagen als {kind} speichern</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Save follow-ups</source>
        <translation>Wiedervorlagen speichern</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Recall search by lot</source>
        <translation>Rückrufsuche nach Charge</translation>
    </message>
    <message>
        <source>Starts with: GR-2610 finds GR-2610-A and GR-2610-B. Contains: 2610 finds both too, and any other lot holding 2610. Case, spaces and dashes never matter.</source>
        <translation>Beginnt mit: GR-2610 findet GR-2610-A und GR-2610-B. Enthält: 2610 findet ebenfalls beide und jede andere Charge, die 2610 enthält. Groß-/Kleinschreibung, Leerzeichen und Bindestriche spielen nie eine Rolle.</translation>
    </message>
    <message>
        <source>Pigment, diluent or cartridge lot, as printed on the label</source>
        <translation>Charge von Pigment, Verdünnungsmittel oder Kartusche, wie auf dem Etikett angegeben</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enter a lot number to see every client who received it.</source>
        <translation>Geben Sie eine Chargennummer ein, um alle Kunden zu sehen, bei denen sie verwendet wurde.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for lot {lot}…</source>
        <translation>Suche nach Charge {lot}…</translation>
    </message>
    <message>
        <source>Recall search</source>
        <translation>Rückrufsuche</translation>
    </message>
    <message>
        <source>{lots} and {count} more</source>
        <translation>{lots} und {count} weitere</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 Kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}; lots found: {lots}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}; gefundene Chargen: {lots}. Die Eingabetaste öffnet den Kunden.</translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}. Die Eingabetaste öffnet den Kunden.</translation>
    </message>
    <message>
        <source>Print recall list</source>
        <translation>Rückrufliste drucken</translation>
    </message>
    <message>
        <source>Recall list printed.</source>
        <translation>Rückrufliste gedruckt.</translation>
    </message>
    <message>
        <source>Recall list saved.</source>
        <translation>Rückrufliste gespeichert.</translation>
    </message>
    <message>
        <source>Save recall list as {kind}</source>
        <translation>Rückrufliste als {kind} speichern</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Save recall list</source>
        <translation>Rückrufliste speichern</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>{outcome}: follow-up</source>
        <translation>{outcome}: Wiedervorlage</translation>
    </message>
    <message>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; for {name} ({number}, {phone})</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; für {name} ({number}, {phone})</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>What was said (optional): kept with the outcome</source>
        <translation>Was besprochen wurde (optional): wird mit dem Ergebnis gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation>Von der Liste bis</translation>
    </message>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} von {name}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Earlier outcomes (kept, newest first):</source>
        <translation>Frühere Ergebnisse (aufbewahrt, neueste zuerst):</translation>
    </message>
    <message>
        <source>Type the date the snooze ends.</source>
        <translation>Geben Sie das Datum ein, an dem die Zurückstellung endet.</translation>
    </message>
</context>
<context>
    <name>PatchTestDatesLine</name>
    <message>
        <source>Patch test on file (applied {dates}); results: ask a practitioner.</source>
        <translation>Verträglichkeitstest vorhanden (aufgetragen am {dates}); Ergebnisse: fragen Sie einen Behandler.</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <source>New version of a patch test</source>
        <translation>Neue Version eines Verträglichkeitstests</translation>
    </message>
    <message>
        <source>Record patch test</source>
        <translation>Verträglichkeitstest erfassen</translation>
    </message>
    <message>
        <source>brand and shade, e.g. Brand X Dark Grey</source>
        <translation>Marke und Farbton, z. B. Brand X Dark Grey</translation>
    </message>
    <message>
        <source>e.g. behind the left ear</source>
        <translation>z. B. hinter dem linken Ohr</translation>
    </message>
    <message>
        <source>e.g. read today; or: wrong lot typed</source>
        <translation>z. B. heute abgelesen; oder: falsche Charge eingegeben</translation>
    </message>
    <message>
        <source>A negative result read after the client&apos;s medical history closes the pigment allergy flag. A clean patch test does not rule out a later reaction.</source>
        <translation>Ein negatives Ergebnis, das nach der Anamnese des Kunden abgelesen wurde, schließt den Warnhinweis zur Pigmentallergie. Ein unauffälliger Verträglichkeitstest schließt eine spätere Reaktion nicht aus.</translation>
    </message>
    <message>
        <source>Patch test not saved</source>
        <translation>Verträglichkeitstest nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <source>Record patch test…</source>
        <translation>Verträglichkeitstest erfassen…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Neue Version…</translation>
    </message>
    <message>
        <source>Add the reading, or correct the selected patch test</source>
        <translation>Ablesung hinzufügen oder den ausgewählten Test korrigieren</translation>
    </message>
    <message>
        <source>No patch tests recorded.</source>
        <translation>Keine Verträglichkeitstests erfasst.</translation>
    </message>
    <message>
        <source>Patch tests could not be read: {problem}</source>
        <translation>Verträglichkeitstests konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>Charge {lot}</translation>
    </message>
    <message>
        <source>Applied {date}: {what}</source>
        <translation>Aufgetragen am {date}: {what}</translation>
    </message>
    <message>
        <source>{result} — read {date} by {name}</source>
        <translation>{result} — abgelesen am {date} von {name}</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht abgelesen</translation>
    </message>
    <message>
        <source>New version: {reason}</source>
        <translation>Neue Version: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoHistoryDialog</name>
    <message>
        <source>Photo history</source>
        <translation>Fotoverlauf</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Scroll or press + / − to zoom, drag to move, 0 to fit; ← → for the others.</source>
        <translation>Scrollen oder + / − zum Zoomen, Ziehen zum Verschieben, 0 zum Einpassen; ← → für die anderen.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The photo before this one (Left arrow, Page Up)</source>
        <translation>Das vorherige Foto (Pfeil links, Bild auf)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The photo after this one (Right arrow, Page Down)</source>
        <translation>Das nächste Foto (Pfeil rechts, Bild ab)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This photo could not be shown; it may have been deleted.</source>
        <translation>Dieses Foto konnte nicht angezeigt werden; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>That photo could not be shown; it may have been deleted.</source>
        <translation>Das Foto konnte nicht angezeigt werden; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Import photos…</source>
        <translation>Fotos importieren…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Angle given to the photos you import next</source>
        <translation>Ansicht für die als Nächstes importierten Fotos</translation>
    </message>
    <message>
        <source>Visit the photos you import next belong to. Left empty, each photo goes to the day it was taken (from the camera), or today if the file does not say.</source>
        <translation>Besuch, zu dem die als Nächstes importierten Fotos gehören. Bleibt das Feld leer, kommt jedes Foto zu dem Tag, an dem es aufgenommen wurde (laut Kamera), oder zu heute, wenn die Datei es nicht angibt.</translation>
    </message>
    <message>
        <source>What the client agreed these photos may be used for</source>
        <translation>Wofür der Kunde der Verwendung dieser Fotos zugestimmt hat</translation>
    </message>
    <message>
        <source>All angles</source>
        <translation>Alle Ansichten</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Zwei vergleichen</translation>
    </message>
    <message>
        <source>First vs latest</source>
        <translation>Erstes und neuestes</translation>
    </message>
    <message>
        <source>Compare the first and latest photo of the angle shown</source>
        <translation>Das erste und das neueste Foto der angezeigten Ansicht vergleichen</translation>
    </message>
    <message>
        <source>Compare with design</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>The selected photo next to the design&apos;s preview (the approved version, else the newest); the arrow chooses another version</source>
        <translation>Das ausgewählte Foto neben der Vorschau des Entwurfs (die freigegebene Version, sonst die neueste); über den Pfeil wählen Sie eine andere Version</translation>
    </message>
    <message>
        <source>Tag selected</source>
        <translation>Auswahl kennzeichnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Every change to the selected photo&apos;s tags: who, when, what</source>
        <translation>Jede Änderung an den Angaben des ausgewählten Fotos: wer, wann, was</translation>
    </message>
    <message>
        <source>as</source>
        <comment>import photos as (an angle)</comment>
        <translation>als</translation>
    </message>
    <message>
        <source>visit</source>
        <comment>import photos for (a visit date)</comment>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>filter the photos by angle</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn…</source>
        <translation>Marketing-Einwilligung widerrufen…</translation>
    </message>
    <message>
        <source>The client told you they withdraw marketing use: every photo becomes clinical only</source>
        <translation>Der Kunde hat mitgeteilt, dass er die Verwendung für Marketing widerruft: Alle Fotos werden nur noch klinisch verwendet</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Visit date…</source>
        <translation>Besuchsdatum…</translation>
    </message>
    <message numerus="yes">
        <source>(%n edited ✎)</source>
        <translation>
            <numerusform>(%n bearbeitet ✎)</numerusform>
            <numerusform>(%n bearbeitet ✎)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos of the {angle} yet.</source>
        <translation>Noch keine Fotos der Ansicht „{angle}“.</translation>
    </message>
    <message>
        <source>No photos yet. Import them with the buttons above, or drag pictures or a folder onto this page.</source>
        <translation>Noch keine Fotos. Importieren Sie sie mit den Schaltflächen oben oder ziehen Sie Bilder oder einen Ordner auf diese Seite.</translation>
    </message>
    <message>
        <source>{photos} in {visits}</source>
        <translation>{photos} in {visits}</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 Besuch</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>Marketing-Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>The client withdraws permission to use their photos in marketing. Mark every photo of theirs as clinical record only? Record it on a new consent form too.</source>
        <translation>Der Kunde widerruft die Erlaubnis, seine Fotos für Marketing zu verwenden. Alle seine Fotos als nur klinische Dokumentation kennzeichnen? Halten Sie dies auch auf einem neuen Einwilligungsformular fest.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import every photo in a folder</source>
        <translation>Alle Fotos eines Ordners importieren</translation>
    </message>
    <message>
        <source>Photos are still being imported; wait for that to finish.</source>
        <translation>Es werden noch Fotos importiert; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>{problem} Or leave the visit empty: each photo then goes to the day it was taken.</source>
        <translation>{problem} Oder lassen Sie den Besuch leer: Dann kommt jedes Foto zu dem Tag, an dem es aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Select one photo to view it.</source>
        <translation>Wählen Sie ein Foto aus, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>Select two photos (Ctrl+click the second) to compare them.</source>
        <translation>Wählen Sie zwei Fotos aus (Strg+Klick auf das zweite), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>There are not yet photos of the {angle} from two different visits.</source>
        <translation>Es gibt noch keine Fotos der Ansicht „{angle}“ von zwei verschiedenen Besuchen.</translation>
    </message>
    <message>
        <source>Version {version} · {base} · approved ✓</source>
        <translation>Version {version} · {base} · freigegeben ✓</translation>
    </message>
    <message>
        <source>Version {version} · {base}</source>
        <translation>Version {version} · {base}</translation>
    </message>
    <message>
        <source>Select the photo to compare with the design (one of the same view).</source>
        <translation>Wählen Sie das Foto aus, das mit dem Entwurf verglichen werden soll (eines derselben Ansicht).</translation>
    </message>
    <message>
        <source>Select the photos to tag (Ctrl+A selects a whole visit).</source>
        <translation>Wählen Sie die zu kennzeichnenden Fotos aus (Strg+A wählt einen ganzen Besuch aus).</translation>
    </message>
    <message>
        <source>Select one photo to see its history.</source>
        <translation>Wählen Sie ein Foto aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Select one photo to export it.</source>
        <translation>Wählen Sie ein Foto aus, um es zu exportieren.</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Foto exportieren</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>JPEG-Bilder (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Select the photos to delete.</source>
        <translation>Wählen Sie die zu löschenden Fotos aus.</translation>
    </message>
    <message>
        <source>Delete 1 photo for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>1 Foto endgültig löschen? Das Bild wird aus der Datenbank der Praxis gelöscht und lässt sich nur aus einer Datensicherung wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photos for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>
            <numerusform>%n Foto endgültig löschen? Das Bild wird aus der Datenbank der Praxis gelöscht und lässt sich nur aus einer Datensicherung wiederherstellen.</numerusform>
            <numerusform>%n Fotos endgültig löschen? Die Bilder werden aus der Datenbank der Praxis gelöscht und lassen sich nur aus einer Datensicherung wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Fotos löschen</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session — {name}</source>
        <translation>Sitzung bearbeiten — {name}</translation>
    </message>
    <message>
        <source>Record session — {name}</source>
        <translation>Sitzung erfassen — {name}</translation>
    </message>
    <message>
        <source>Not on file</source>
        <translation>Nicht in der Akte</translation>
    </message>
    <message>
        <source>e.g. GP letter dated 3 March seen; paper consent signed today</source>
        <translation>z. B. Schreiben des Hausarztes vom 3. März eingesehen; Einwilligung heute auf Papier unterschrieben</translation>
    </message>
    <message>
        <source>Reason to go ahead anyway *</source>
        <translation>Grund, trotzdem fortzufahren *</translation>
    </message>
    <message>
        <source>Kept with the session and shown on the client&apos;s timeline.</source>
        <translation>Wird mit der Sitzung gespeichert und im Verlauf des Kunden angezeigt.</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Angegebener Grund: {reason}</translation>
    </message>
    <message>
        <source>Use proposed date</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Enter the session date to see the proposed next date.</source>
        <translation>Geben Sie das Sitzungsdatum ein, um das vorgeschlagene nächste Datum zu sehen.</translation>
    </message>
    <message>
        <source>Proposed: {date} ({gap} after a {session})</source>
        <translation>Vorschlag: {date} ({gap} nach einer {session})</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Edited since import: History… lists the changes</source>
        <translation>Seit dem Import bearbeitet: Verlauf… zeigt die Änderungen</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>24-hour clock: 14:30 (1430 works too)</source>
        <translation>24-Stunden-Format: 14:30 (1430 geht auch)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Record session…</source>
        <translation>Sitzung erfassen…</translation>
    </message>
    <message>
        <source>Record today&apos;s treatment session (Ctrl+R)</source>
        <translation>Heutige Behandlungssitzung erfassen (Strg+R)</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Sitzung bearbeiten…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Nachsorgeblatt…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Sitzung löschen…</translation>
    </message>
    <message>
        <source>Owner only: the session leaves every list and stays in the client&apos;s history with your reason</source>
        <translation>Nur für den Inhaber: Die Sitzung verschwindet aus allen Listen und bleibt mit Ihrer Begründung im Verlauf des Kunden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{session} (edited)</source>
        <translation>{session} (bearbeitet)</translation>
    </message>
    <message>
        <source>care plan {version}, {paper}, {time}</source>
        <translation>Pflegeanleitung {version}, {paper}, {time}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No sessions recorded yet. Use &lt;b&gt;Record session…&lt;/b&gt; (Ctrl+R) after treatment; the aftercare sheet then prints with real dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Sitzungen erfasst. Verwenden Sie nach der Behandlung &lt;b&gt;Sitzung erfassen…&lt;/b&gt; (Strg+R); dann wird das Nachsorgeblatt mit den echten Daten gedruckt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Sitzung gelöscht</translation>
    </message>
    <message>
        <source>Design version {version} saved</source>
        <translation>Entwurf Version {version} gespeichert</translation>
    </message>
    <message>
        <source>Design version {version} approved</source>
        <translation>Entwurf Version {version} freigegeben</translation>
    </message>
    <message>
        <source>{flags} (signed record)</source>
        <translation>{flags} (unterschriebenes Dokument)</translation>
    </message>
    <message>
        <source>{form} v{version} answered</source>
        <translation>{form} v{version} beantwortet</translation>
    </message>
    <message>
        <source>Next: {session}, appointment {when}</source>
        <translation>Nächste: {session}, Termin am {when}</translation>
    </message>
    <message>
        <source>Next: {session} due around {date} (no appointment set)</source>
        <translation>Nächste: {session} fällig um den {date} (kein Termin vereinbart)</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <source>Move the selected photos to the visit on:</source>
        <translation>Ausgewählte Fotos dem Besuch zuordnen vom:</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>Geben Sie den Tag des Besuchs ein.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Ein Besuchsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Book next appointment…</source>
        <translation>Nächsten Termin buchen…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Nachsorgeblatt…</translation>
    </message>
    <message>
        <source>Hand a form to the client…</source>
        <translation>Dem Kunden ein Formular geben…</translation>
    </message>
    <message>
        <source>The client fills in a form in client mode; a practitioner&apos;s PIN takes it back</source>
        <translation>Der Kunde füllt ein Formular im Kundenmodus aus; die PIN eines Behandlers holt den Laptop zurück</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a form</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <comment>a form</comment>
        <translation>begonnen, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>a form</comment>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Forms — {statuses}</source>
        <translation>Formulare — {statuses}</translation>
    </message>
    <message>
        <source>Hand a form to the client</source>
        <translation>Dem Kunden ein Formular geben</translation>
    </message>
    <message>
        <source>No forms are available.</source>
        <translation>Es sind keine Formulare verfügbar.</translation>
    </message>
    <message>
        <source>Form for the client to fill in:</source>
        <translation>Formular, das der Kunde ausfüllen soll:</translation>
    </message>
    <message>
        <source>A practitioner must set an unlock PIN first (File → My password and PIN): their PIN is what takes the laptop back from the client.</source>
        <translation>Ein Behandler muss zuerst eine Entsperr-PIN festlegen (Datei → Mein Passwort und PIN): Mit dieser PIN wird der Laptop vom Kunden zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>photos.photo_align</name>
    <message>
        <source>the inner end of the brow on the left of the picture</source>
        <translation>das innere Ende der Augenbraue auf der linken Bildseite</translation>
    </message>
    <message>
        <source>the inner end of the brow on the right of the picture</source>
        <translation>das innere Ende der Augenbraue auf der rechten Bildseite</translation>
    </message>
    <message>
        <source>the top of the ear, where it meets the head</source>
        <translation>den oberen Ohransatz, wo das Ohr am Kopf ansetzt</translation>
    </message>
    <message>
        <source>the outer corner of the eye</source>
        <translation>den äußeren Augenwinkel</translation>
    </message>
    <message>
        <source>a spot you can find on both photos (a mole, a freckle, the end of a scar)</source>
        <translation>eine Stelle, die Sie auf beiden Fotos finden (ein Muttermal, eine Sommersprosse, das Ende einer Narbe)</translation>
    </message>
    <message>
        <source>a second such spot, as far from the first as you can</source>
        <translation>eine zweite solche Stelle, möglichst weit von der ersten entfernt</translation>
    </message>
    <message>
        <source>Design, version {version}, approved {date}</source>
        <translation>Entwurf, Version {version}, freigegeben am {date}</translation>
    </message>
    <message>
        <source>Design, version {version}</source>
        <translation>Entwurf, Version {version}</translation>
    </message>
</context>
<context>
    <name>photos.photo_history</name>
    <message>
        <source>Visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>Imported {when} from {file}.</source>
        <translation>Importiert am {when} aus {file}.</translation>
    </message>
    <message>
        <source>Imported {when}.</source>
        <translation>Importiert am {when}.</translation>
    </message>
    <message>
        <source>{angle}, visit of {date}</source>
        <translation>{angle}, Besuch vom {date}</translation>
    </message>
    <message>
        <source>Its tags have not been changed since it was imported.</source>
        <translation>Die Angaben wurden seit dem Import nicht geändert.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>(marketing consent withdrawn)</source>
        <translation>(Marketing-Einwilligung widerrufen)</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when} von {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>photos.photo_import</name>
    <message>
        <source>Importing 1 photo…</source>
        <translation>1 Foto wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photos…</source>
        <translation>
            <numerusform>%n Foto wird importiert…</numerusform>
            <numerusform>%n Fotos werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <source>{imported} of 1 photo imported.</source>
        <translation>{imported} von 1 Foto importiert.</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n photos imported.</source>
        <translation>
            <numerusform>{imported} von %n Foto importiert.</numerusform>
            <numerusform>{imported} von %n Fotos importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: {count} not looked at.</source>
        <translation>Abgebrochen: {count} nicht geprüft.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
</context>
<context>
    <name>photos.photo_views</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Schieber</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Blinken</translation>
    </message>
    <message>
        <source>Scroll to zoom both, drag to move both.</source>
        <translation>Scrollen zoomt beide, Ziehen verschiebt beide.</translation>
    </message>
    <message>
        <source>Drag the white line (or press ← →) to wipe from one to the other; scroll to zoom.</source>
        <translation>Ziehen Sie die weiße Linie (oder drücken Sie ← →), um vom einen zum anderen zu wechseln; scrollen zum Zoomen.</translation>
    </message>
    <message>
        <source>Space flips from one to the other by hand; scroll to zoom, drag to move.</source>
        <translation>Die Leertaste wechselt von Hand zwischen beiden; scrollen zum Zoomen, ziehen zum Verschieben.</translation>
    </message>
    <message>
        <source>the before photo</source>
        <translation>Vorher-Foto</translation>
    </message>
    <message>
        <source>the after photo</source>
        <translation>Nachher-Foto</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>photos.photos_tab</name>
    <message>
        <source>date taken</source>
        <translation>Aufnahmedatum</translation>
    </message>
</context>
<context>
    <name>sessions.delete_session_dialog</name>
    <message>
        <source>It leaves the timeline, the follow-ups list, lot recalls, the day&apos;s visits and the defaults of the next session.</source>
        <translation>Sie verschwindet aus dem Verlauf, der Wiedervorlagenliste, den Chargenrückrufen, den Besuchen des Tages und den Vorgaben für die nächste Sitzung.</translation>
    </message>
    <message>
        <source>Nothing is erased: the session as recorded, its earlier versions and this reason stay in the client&apos;s history, with your name and the time, and the audit trail notes it.</source>
        <translation>Nichts wird gelöscht: Die Sitzung wie erfasst, ihre früheren Versionen und diese Begründung bleiben mit Ihrem Namen und der Uhrzeit im Verlauf des Kunden, und das Prüfprotokoll vermerkt es.</translation>
    </message>
    <message>
        <source>Photos and aftercare sheets of this visit stay in the client&apos;s record, still linked to it.</source>
        <translation>Fotos und Nachsorgeblätter dieses Besuchs bleiben in der Akte des Kunden und weiterhin mit ihm verknüpft.</translation>
    </message>
    <message>
        <source>It cannot be undone here: if it was right after all, record the session again.</source>
        <translation>Dies lässt sich hier nicht rückgängig machen: Falls die Sitzung doch richtig war, erfassen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>sessions.follow_ups_view</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Called…</source>
        <translation>&amp;Angerufen…</translation>
    </message>
    <message>
        <source>&amp;Left message…</source>
        <translation>&amp;Nachricht hinterlassen…</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>&amp;Gebucht…</translation>
    </message>
    <message>
        <source>&amp;Not returning…</source>
        <translation>&amp;Kommt nicht wieder…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Zurückstellen…</translation>
    </message>
    <message>
        <source>{date} (proposed)</source>
        <translation>{date} (vorgeschlagen)</translation>
    </message>
</context>
<context>
    <name>sessions.list_output</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>{problem} Check the printer and try again.</source>
        <translation>{problem} Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>sessions.lot_recall</name>
    <message>
        <source>Lot starts with</source>
        <translation>Charge beginnt mit</translation>
    </message>
    <message>
        <source>Lot contains</source>
        <translation>Charge enthält</translation>
    </message>
    <message>
        <source>Exactly this lot</source>
        <translation>Genau diese Charge</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Sitzungsdatum</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
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
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Which lot</source>
        <translation>Welche Charge</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>Pigmentcharge {lot}</translation>
    </message>
    <message>
        <source>diluent lot {lot}</source>
        <translation>Charge des Verdünnungsmittels {lot}</translation>
    </message>
    <message>
        <source>cartridge lot {lot}</source>
        <translation>Kartuschencharge {lot}</translation>
    </message>
    <message>
        <source>{lot} (changed later to {later})</source>
        <translation>{lot} (später geändert in {later})</translation>
    </message>
</context>
<context>
    <name>sessions.session_dialog</name>
    <message>
        <source>Do not treat</source>
        <translation>Nicht behandeln</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Needs medical clearance</source>
        <translation>Ärztliche Freigabe nötig</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <source>Kind of session *</source>
        <translation>Art der Sitzung *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler/in</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Behandelte Bereiche</translation>
    </message>
    <message>
        <source>Pigment and needles</source>
        <translation>Pigment und Nadeln</translation>
    </message>
    <message>
        <source>Pigment brand</source>
        <translation>Pigmentmarke</translation>
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
        <source>e.g. 1:3</source>
        <translation>z. B. 1:3</translation>
    </message>
    <message>
        <source>Pigment lot</source>
        <translation>Pigmentcharge</translation>
    </message>
    <message>
        <source>as printed on the bottle</source>
        <translation>wie auf der Flasche angegeben</translation>
    </message>
    <message>
        <source>Pigment expiry</source>
        <translation>Pigment haltbar bis</translation>
    </message>
    <message>
        <source>Diluent</source>
        <translation>Verdünnungsmittel</translation>
    </message>
    <message>
        <source>Diluent lot</source>
        <translation>Charge des Verdünnungsmittels</translation>
    </message>
    <message>
        <source>Needle configuration</source>
        <translation>Nadelkonfiguration</translation>
    </message>
    <message>
        <source>e.g. 1RL</source>
        <translation>z. B. 1RL</translation>
    </message>
    <message>
        <source>Needle diameter (mm)</source>
        <translation>Nadeldurchmesser (mm)</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>z. B. 0.25</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Kartuschencharge</translation>
    </message>
    <message>
        <source>Machine and numbing</source>
        <translation>Gerät und Betäubung</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Machine settings</source>
        <translation>Geräteeinstellungen</translation>
    </message>
    <message>
        <source>e.g. 8.5 V, 3.5 mm stroke</source>
        <translation>z. B. 8,5 V, 3,5 mm Hub</translation>
    </message>
    <message>
        <source>Numbing product</source>
        <translation>Betäubungspräparat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Hautreaktion</translation>
    </message>
    <message>
        <source>e.g. mild redness, pinpoint bleeding</source>
        <translation>z. B. leichte Rötung, punktförmige Blutungen</translation>
    </message>
    <message>
        <source>Pain score (0–10)</source>
        <translation>Schmerzwert (0–10)</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Komplikationen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Enter the time as {form}, for example 14:30.</source>
        <translation>Geben Sie die Uhrzeit als {form} ein, zum Beispiel 14:30.</translation>
    </message>
    <message>
        <source>There is no such time; check the hour (for example 14:30).</source>
        <translation>Diese Uhrzeit gibt es nicht; prüfen Sie die Stunde (zum Beispiel 14:30).</translation>
    </message>
    <message>
        <source>There is no such time; use the 24-hour clock, for example 14:30 ({form}).</source>
        <translation>Diese Uhrzeit gibt es nicht; verwenden Sie das 24-Stunden-Format, zum Beispiel 14:30 ({form}).</translation>
    </message>
    <message>
        <source>1 record not on file</source>
        <translation>1 Unterlage fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n records not on file</source>
        <translation>
            <numerusform>%n Unterlage fehlt</numerusform>
            <numerusform>%n Unterlagen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you treat: {counts}</source>
        <translation>Vor der Behandlung: {counts}</translation>
    </message>
    <message>
        <source>1 do not treat flag</source>
        <translation>1 Warnhinweis „Nicht behandeln“</translation>
    </message>
    <message numerus="yes">
        <source>%n do not treat flags</source>
        <translation>
            <numerusform>%n Warnhinweis „Nicht behandeln“</numerusform>
            <numerusform>%n Warnhinweise „Nicht behandeln“</numerusform>
        </translation>
    </message>
    <message>
        <source>1 postpone flag</source>
        <translation>1 Warnhinweis „Verschieben“</translation>
    </message>
    <message numerus="yes">
        <source>%n postpone flags</source>
        <translation>
            <numerusform>%n Warnhinweis „Verschieben“</numerusform>
            <numerusform>%n Warnhinweise „Verschieben“</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs medical clearance flag</source>
        <translation>1 Warnhinweis „Ärztliche Freigabe nötig“</translation>
    </message>
    <message numerus="yes">
        <source>%n needs medical clearance flags</source>
        <translation>
            <numerusform>%n Warnhinweis „Ärztliche Freigabe nötig“</numerusform>
            <numerusform>%n Warnhinweise „Ärztliche Freigabe nötig“</numerusform>
        </translation>
    </message>
    <message>
        <source>Another client is booked near this time</source>
        <translation>Ein anderer Kunde ist um diese Zeit gebucht</translation>
    </message>
    <message>
        <source>{warning} Keep {time} on {date} anyway?</source>
        <translation>{warning} {time} am {date} trotzdem beibehalten?</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Zeit beibehalten</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions.timeline_tab</name>
    <message>
        <source>Aftercare sheet printed</source>
        <translation>Nachsorgeblatt gedruckt</translation>
    </message>
    <message>
        <source>Aftercare sheet saved</source>
        <translation>Nachsorgeblatt gespeichert</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>Pigmentcharge {lot}</translation>
    </message>
    <message>
        <source>No further details recorded.</source>
        <translation>Keine weiteren Angaben erfasst.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>ohne Änderungen gespeichert</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when} von {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Session of {date} deleted by {name}: {reason}</source>
        <translation>Sitzung vom {date} gelöscht von {name}: {reason}</translation>
    </message>
    <message>
        <source>Session of {date} deleted: {reason}</source>
        <translation>Sitzung vom {date} gelöscht: {reason}</translation>
    </message>
    <message>
        <source>Deleted {when} by {name}.</source>
        <translation>Gelöscht am {when} von {name}.</translation>
    </message>
    <message>
        <source>Deleted {when}.</source>
        <translation>Gelöscht am {when}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>It is left out of follow-ups, recalls and visits; this is the session as it was recorded.</source>
        <translation>Sie erscheint nicht mehr in Wiedervorlagen, Rückrufen und Besuchen; dies ist die Sitzung, wie sie erfasst wurde.</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>keine Warnhinweise</translation>
    </message>
    <message>
        <source>1 flag: {levels}</source>
        <translation>1 Warnhinweis: {levels}</translation>
    </message>
    <message numerus="yes">
        <source>%n flags: {levels}</source>
        <translation>
            <numerusform>%n Warnhinweis: {levels}</numerusform>
            <numerusform>%n Warnhinweise: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <source>{form} (version {version})</source>
        <translation>{form} (Version {version})</translation>
    </message>
    <message>
        <source>Answered {when}, by the client on this computer.</source>
        <translation>Beantwortet am {when}, vom Kunden an diesem Computer.</translation>
    </message>
    <message>
        <source>Answered {when}.</source>
        <translation>Beantwortet am {when}.</translation>
    </message>
    <message>
        <source>No contraindication flags.</source>
        <translation>Keine Warnhinweise auf Kontraindikationen.</translation>
    </message>
    <message>
        <source>A signed record was stored with it.</source>
        <translation>Ein unterschriebenes Dokument wurde dazu gespeichert.</translation>
    </message>
    <message>
        <source>The answers are on the Questionnaires tab.</source>
        <translation>Die Antworten finden Sie auf der Registerkarte Fragebögen.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>von {name}</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 Zone</translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>unterschrieben von {name}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>Design version {version}</source>
        <translation>Entwurf, Version {version}</translation>
    </message>
    <message>
        <source>Saved {when} by {name}.</source>
        <translation>Gespeichert am {when} von {name}.</translation>
    </message>
    <message>
        <source>Saved {when}.</source>
        <translation>Gespeichert am {when}.</translation>
    </message>
    <message>
        <source>Drawn on: {base}; {zones}.</source>
        <translation>Gezeichnet auf: {base}; {zones}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed as {name}.</source>
        <translation>Vom Kunden am {when} freigegeben, unterschrieben als {name}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed.</source>
        <translation>Vom Kunden am {when} freigegeben, unterschrieben.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Nicht freigegeben.</translation>
    </message>
    <message>
        <source>The design and its preview are on the Design tab.</source>
        <translation>Der Entwurf und seine Vorschau befinden sich auf der Registerkarte Entwurf.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} um {time}</translation>
    </message>
</context>
<context>
    <name>sessions.visits_tab</name>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
</context>
</TS>
