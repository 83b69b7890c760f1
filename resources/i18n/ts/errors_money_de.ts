<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>There is no design with id {design_id}; check the number and try again.</source>
        <translation>Es gibt keinen Entwurf mit der ID {design_id}; prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The design was not approved: there is no signature; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Es gibt keine Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Das Bild der Unterschrift ist viel größer als eine Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Die Unterschrift ist kein PNG-Bild; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Das Bild der Unterschrift hat nicht die Größe einer Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is damaged; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Das Bild der Unterschrift ist beschädigt; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is blank; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Die Unterschrift ist leer; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>Der Entwurf wurde nicht freigegeben: Das Bild der Unterschrift ist keine auf dem Unterschriftenfeld geleistete Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; check the number and try again.</source>
        <translation>Es gibt keinen Kunden mit der ID {client_id}; prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The session to show is a number from 1; leave it out for the finished result.</source>
        <translation>Die anzuzeigende Sitzung ist eine Zahl ab 1; lassen Sie sie für das Endergebnis weg.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, has been deleted, so it cannot be drawn again; its saved preview is kept with the design.</source>
        <translation>Foto {photo_id}, auf das dieser Entwurf gezeichnet ist, wurde gelöscht und kann daher nicht neu gezeichnet werden; die gespeicherte Vorschau bleibt beim Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, cannot be read ({reason}); run &apos;smpdesk check&apos; and restore a backup if it is damaged.</source>
        <translation>Foto {photo_id}, auf das dieser Entwurf gezeichnet ist, kann nicht gelesen werden ({reason}); führen Sie &apos;smpdesk check&apos; aus und stellen Sie eine Sicherung wieder her, falls es beschädigt ist.</translation>
    </message>
    <message>
        <source>Photo {photo_id} is not one of this client&apos;s photos; draw the design on one of theirs, or on a head outline.</source>
        <translation>Foto {photo_id} ist keines der Fotos dieses Kunden; zeichnen Sie den Entwurf auf eines seiner Fotos oder auf einen Kopfumriss.</translation>
    </message>
    <message>
        <source>This design was drawn for a picture of another shape than its base; open the base again and draw the design on it.</source>
        <translation>Dieser Entwurf wurde für ein Bild mit anderer Form als seine Grundlage gezeichnet; öffnen Sie die Grundlage erneut und zeichnen Sie den Entwurf darauf.</translation>
    </message>
    <message>
        <source>Design {design_id} is not one of this client&apos;s; check the number.</source>
        <translation>Entwurf {design_id} gehört nicht zu diesem Kunden; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Version {version} was already approved on {day}; save a new version for any change and have that one signed.</source>
        <translation>Version {version} wurde bereits am {day} freigegeben; speichern Sie für jede Änderung eine neue Version und lassen Sie diese unterschreiben.</translation>
    </message>
    <message>
        <source>Type the name the client signs as, then ask them to sign again.</source>
        <translation>Geben Sie den Namen ein, mit dem der Kunde unterschreibt, und bitten Sie ihn dann, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The name the client signs as is longer than {limit} characters.</source>
        <translation>Der Name, mit dem der Kunde unterschreibt, ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Version {version} was approved meanwhile (or removed); reopen the client.</source>
        <translation>Version {version} wurde inzwischen freigegeben (oder entfernt); öffnen Sie den Kunden erneut.</translation>
    </message>
    <message>
        <source>{text} is not a date and time.</source>
        <translation>{text} ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>A design image needs at least 16 pixels on its long side.</source>
        <translation>Ein Entwurfsbild braucht an seiner langen Seite mindestens 16 Pixel.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen wie {example} an.</translation>
    </message>
    <message>
        <source>The plan was not accepted: there is no signature; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Es gibt keine Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Das Bild der Unterschrift ist viel größer als eine Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Die Unterschrift ist kein PNG-Bild; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Das Bild der Unterschrift hat nicht die Größe einer Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is damaged; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Das Bild der Unterschrift ist beschädigt; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is blank; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Die Unterschrift ist leer; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>Der Plan wurde nicht angenommen: Das Bild der Unterschrift ist keine auf dem Unterschriftenfeld geleistete Unterschrift; bitten Sie den Kunden, erneut zu unterschreiben.</translation>
    </message>
    <message>
        <source>There is no plan with id {plan_id}; check the number and try again.</source>
        <translation>Es gibt keinen Plan mit der ID {plan_id}; prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: version {version}&apos;s saved totals do not match its sessions; save the plan again as a new version.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Die gespeicherten Summen von Version {version} passen nicht zu ihren Sitzungen; speichern Sie den Plan erneut als neue Version.</translation>
    </message>
    <message>
        <source>This plan is in {plan_currency} but the clinic&apos;s prices are in {currency}; draft it again from the price list.</source>
        <translation>Dieser Plan ist in {plan_currency}, die Preise der Praxis sind aber in {currency}; erstellen Sie ihn erneut aus der Preisliste.</translation>
    </message>
    <message>
        <source>Plan {plan_id} is not one of this client&apos;s; check the number.</source>
        <translation>Plan {plan_id} gehört nicht zu diesem Kunden; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>Version {version} of this plan was already accepted; save a new version for any change and have that one signed.</source>
        <translation>Version {version} dieses Plans wurde bereits angenommen; speichern Sie für jede Änderung eine neue Version und lassen Sie diese unterschreiben.</translation>
    </message>
    <message>
        <source>This quote was valid until {day}; save it again as a new version with today&apos;s prices, then have that one signed.</source>
        <translation>Dieses Angebot war bis {day} gültig; speichern Sie es erneut als neue Version mit den heutigen Preisen und lassen Sie diese unterschreiben.</translation>
    </message>
    <message>
        <source>Version {version} was accepted meanwhile (or removed); reopen the client.</source>
        <translation>Version {version} wurde inzwischen angenommen (oder entfernt); öffnen Sie den Kunden erneut.</translation>
    </message>
    <message>
        <source>Plan {plan_id} cannot be printed: its amounts do not add up ({reason}).</source>
        <translation>Plan {plan_id} kann nicht gedruckt werden: Seine Beträge gehen nicht auf ({reason}).</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>Es gibt keine Zahlung {payment_id}; prüfen Sie die Nummer.</translation>
    </message>
    <message>
        <source>The note is too long; keep it under {limit} characters.</source>
        <translation>Die Notiz ist zu lang; bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under {limit} characters.</source>
        <translation>Der Grund ist zu lang; bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Give a reason for the void; it is printed and kept with it.</source>
        <translation>Geben Sie einen Grund für die Stornierung an; er wird gedruckt und mit ihr aufbewahrt.</translation>
    </message>
    <message>
        <source>Give a reason for the refund; it is printed and kept with it.</source>
        <translation>Geben Sie einen Grund für die Erstattung an; er wird gedruckt und mit ihr aufbewahrt.</translation>
    </message>
    <message>
        <source>The amount is in {amount_currency} but this is booked in {currency}; enter it in {currency}.</source>
        <translation>Der Betrag ist in {amount_currency}, dies wird aber in {currency} gebucht; geben Sie ihn in {currency} ein.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>Kein Kunde mit der ID {client_id}: Prüfen Sie die Nummer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose how it was paid: {choices}.</source>
        <translation>Wählen Sie, wie bezahlt wurde: {choices}.</translation>
    </message>
    <message>
        <source>Choose what it is for: {choices}.</source>
        <translation>Wählen Sie, wofür es ist: {choices}.</translation>
    </message>
    <message>
        <source>Only {left} is left of payment {payment_id} to refund; enter that or less.</source>
        <translation>Von Zahlung {payment_id} können nur noch {left} erstattet werden; geben Sie diesen Betrag oder weniger ein.</translation>
    </message>
    <message>
        <source>Days to keep the scalp dry must be a whole number from {low} to {high}.</source>
        <translation>Die Tage, an denen die Kopfhaut trocken gehalten wird, müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The first wash day must be a whole number from {low} to {high}.</source>
        <translation>Der Tag der ersten Haarwäsche muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days without sweating must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Schwitzen müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The day full training starts must be a whole number from {low} to {high}.</source>
        <translation>Der Tag, an dem volles Training beginnt, muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days without shaving must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Rasur müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The day a razor is allowed must be a whole number from {low} to {high}.</source>
        <translation>Der Tag, ab dem ein Nassrasierer erlaubt ist, muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days out of the sun must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Sonne müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days without pools, sea or sauna must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Schwimmbad, Meer oder Sauna müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days without moisturiser must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Feuchtigkeitscreme müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Days without hair dye must be a whole number from {low} to {high}.</source>
        <translation>Die Tage ohne Haarfärbemittel müssen eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The first wash must come after the last day kept dry.</source>
        <translation>Die erste Haarwäsche muss nach dem letzten trocken gehaltenen Tag kommen.</translation>
    </message>
    <message>
        <source>Full training must start after the last day without sweating.</source>
        <translation>Volles Training muss nach dem letzten Tag ohne Schwitzen beginnen.</translation>
    </message>
    <message>
        <source>Razor shaving must start after the last day without shaving.</source>
        <translation>Die Nassrasur muss nach dem letzten Tag ohne Rasur beginnen.</translation>
    </message>
    <message>
        <source>The aftercare day counts are unreadable; set them again in Settings.</source>
        <translation>Die Tageszahlen der Nachsorge sind nicht lesbar; legen Sie sie in den Einstellungen erneut fest.</translation>
    </message>
    <message>
        <source>There is no care plan in the language {code}. Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>Es gibt keine Pflegeanleitung in der Sprache {code}. Wählen Sie eine der Sprachen, in denen smpdesk Unterlagen schreibt: {listed}.</translation>
    </message>
    <message>
        <source>The care plan {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>Die Pflegeanleitung {path} konnte nicht gelesen werden ({reason}); stellen Sie die Datei wieder her oder installieren Sie smpdesk neu.</translation>
    </message>
    <message>
        <source>{path}: the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path}: Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>These marks cannot line the photos up; mark them again.</source>
        <extracomment>Two marks closer than this (in normalised units) are one click twice, not two landmarks: the direction between them, and so the rotation, would be mostly marking error. A scale beyond this between two photos of one head is marks that do not correspond. Stored landmarks are two short pairs of numbers; anything longer was not written here.</extracomment>
        <translation>Mit diesen Marken lassen sich die Fotos nicht ausrichten; setzen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The two marks on a photo are at the same place; mark two points well apart.</source>
        <translation>Die beiden Marken auf einem Foto liegen an derselben Stelle; markieren Sie zwei deutlich voneinander entfernte Punkte.</translation>
    </message>
    <message>
        <source>A photo without a size cannot be lined up.</source>
        <translation>Ein Foto ohne Größe kann nicht ausgerichtet werden.</translation>
    </message>
    <message>
        <source>The marks on the two photos do not match (one pair is far larger than the other); mark the same two points on each.</source>
        <translation>Die Marken auf den beiden Fotos passen nicht zusammen (ein Paar ist viel größer als das andere); markieren Sie auf jedem dieselben zwei Punkte.</translation>
    </message>
    <message>
        <source>Mark exactly two points on each photo.</source>
        <translation>Markieren Sie auf jedem Foto genau zwei Punkte.</translation>
    </message>
    <message>
        <source>A mark is not a position on the photo; mark it again.</source>
        <translation>Eine Marke ist keine Position auf dem Foto; setzen Sie sie erneut.</translation>
    </message>
    <message>
        <source>A mark lies outside the photo; mark it on the picture.</source>
        <translation>Eine Marke liegt außerhalb des Fotos; setzen Sie sie auf das Bild.</translation>
    </message>
    <message>
        <source>The two marks are almost at the same place; mark two points apart.</source>
        <translation>Die beiden Marken liegen fast an derselben Stelle; markieren Sie zwei voneinander entfernte Punkte.</translation>
    </message>
    <message>
        <source>The marks saved with this photo are unreadable; mark it again.</source>
        <translation>Die mit diesem Foto gespeicherten Marken sind nicht lesbar; markieren Sie es erneut.</translation>
    </message>
    <message>
        <source>This design cannot be read: the design is not a set of fields.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Entwurf ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This design cannot be read: its base is not a set of fields.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Seine Grundlage ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This design cannot be read: its hairline is not a set of fields.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Haaransatz ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale is not a set of fields.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Maßstab ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is not a set of fields.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Zone {index} ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt der Zone {index} ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Haaransatzes ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Maßstabs ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Dichte der Zone {index} ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Pigmentpunktgröße der Zone {index} ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Weichheit ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Unregelmäßigkeit ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Mittellinie ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Maßstabsstrecke ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is not a number.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Seitenverhältnis ist keine Zahl.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt der Zone {index} liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Haaransatzes liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Maßstabs liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Dichte der Zone {index} liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Pigmentpunktgröße der Zone {index} liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Weichheit liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Unregelmäßigkeit liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Mittellinie liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Maßstabsstrecke liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is outside {lo}–{hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Seitenverhältnis liegt außerhalb von {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its photo is not a whole number from {lo} to {hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Foto ist keine ganze Zahl von {lo} bis {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the dilution of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Verdünnung der Zone {index} ist keine ganze Zahl von {lo} bis {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the session of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Sitzung der Zone {index} ist keine ganze Zahl von {lo} bis {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Farbton der Zone {index} ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Nadel der Zone {index} ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Name der Zone {index} ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes is not a text of at most {limit} characters.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Seine Notizen sind kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} holds a broken character.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Farbton der Zone {index} enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} holds a broken character.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Die Nadel der Zone {index} enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} holds a broken character.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Name der Zone {index} enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes holds a broken character.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Seine Notizen enthalten ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} needs {least} to {most} points.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Zone {index} braucht {least} bis {most} Punkte.</translation>
    </message>
    <message>
        <source>This design cannot be read: the hairline needs {least} to {most} points.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Haaransatz braucht {least} bis {most} Punkte.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale needs {least} to {most} points.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Der Maßstab braucht {least} bis {most} Punkte.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a pair of numbers.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt der Zone {index} ist kein Zahlenpaar.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a pair of numbers.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Haaransatzes ist kein Zahlenpaar.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a pair of numbers.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Ein Punkt des Maßstabs ist kein Zahlenpaar.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is of an unknown kind.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Zone {index} ist von unbekannter Art.</translation>
    </message>
    <message>
        <source>This design cannot be read: it was written by another version of smpdesk.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er wurde von einer anderen Version von smpdesk geschrieben.</translation>
    </message>
    <message>
        <source>This design cannot be read: it names neither a photo nor a built-in outline.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er nennt weder ein Foto noch einen eingebauten Umriss.</translation>
    </message>
    <message>
        <source>This design cannot be read: its symmetry is not yes or no.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Seine Symmetrie ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale marks one point twice.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Sein Maßstab markiert einen Punkt zweimal.</translation>
    </message>
    <message>
        <source>This design cannot be read: its zones are not a list.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Seine Zonen sind keine Liste.</translation>
    </message>
    <message>
        <source>This design cannot be read: it has more than {limit} zones.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er hat mehr als {limit} Zonen.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is far larger than any design.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er ist viel größer als jeder Entwurf.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is not valid JSON.</source>
        <translation>Dieser Entwurf kann nicht gelesen werden: Er ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>Wählen Sie eine der Sprachen, in denen smpdesk Unterlagen schreibt: {listed}.</translation>
    </message>
    <message>
        <source>Enter an amount, such as 150.00.</source>
        <translation>Geben Sie einen Betrag ein, zum Beispiel 150.00.</translation>
    </message>
    <message>
        <source>That amount is too long; enter it in digits, such as 150.00.</source>
        <translation>Dieser Betrag ist zu lang; geben Sie ihn in Ziffern ein, zum Beispiel 150.00.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign; amounts are always positive.</source>
        <translation>Geben Sie den Betrag ohne Minuszeichen ein; Beträge sind immer positiv.</translation>
    </message>
    <message>
        <source>{currency} has three decimals, so {amount} is unclear; write it with a point for decimals ({with_point}) or without the comma ({without_comma}).</source>
        <translation>{currency} hat drei Dezimalstellen, daher ist {amount} unklar; schreiben Sie den Betrag mit einem Punkt für die Dezimalstellen ({with_point}) oder ohne das Komma ({without_comma}).</translation>
    </message>
    <message>
        <source>Write the amount with a point for decimals, such as 150.50.</source>
        <translation>Schreiben Sie den Betrag mit einem Punkt für die Dezimalstellen, zum Beispiel 150.50.</translation>
    </message>
    <message>
        <source>Enter the amount in digits, such as 150.00.</source>
        <translation>Geben Sie den Betrag in Ziffern ein, zum Beispiel 150.00.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals; enter whole units.</source>
        <translation>Beträge in {currency} haben keine Dezimalstellen; geben Sie ganze Einheiten ein.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {digits} decimals.</source>
        <translation>Beträge in {currency} haben höchstens {digits} Dezimalstellen.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>That amount is over {limit} {currency}; check the number of digits.</source>
        <translation>Dieser Betrag liegt über {limit} {currency}; prüfen Sie die Anzahl der Ziffern.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Das Datum der Sitzung {n} ist kein Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Das Datum, bis zu dem er gilt, ist kein Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Gültigkeitsdatum ist kein Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date written YYYY-MM-DD.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Das Datum der Sitzung {n} ist kein als JJJJ-MM-TT geschriebenes Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date written YYYY-MM-DD.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Das Datum, bis zu dem er gilt, ist kein als JJJJ-MM-TT geschriebenes Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date written YYYY-MM-DD.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Gültigkeitsdatum ist kein als JJJJ-MM-TT geschriebenes Datum.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} is not a text of at most {limit} characters.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Die Zeile der Sitzung {n} ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name is not a text of at most {limit} characters.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Paketname ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax is not a text of at most {limit} characters.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Der Name seiner Steuer ist kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms is not a text of at most {limit} characters.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Bedingungen sind kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes is not a text of at most {limit} characters.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Notizen sind kein Text mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} holds a broken character.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Die Zeile der Sitzung {n} enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name holds a broken character.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Paketname enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax holds a broken character.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Der Name seiner Steuer enthält ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms holds a broken character.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Bedingungen enthalten ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes holds a broken character.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Notizen enthalten ein beschädigtes Zeichen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not an amount from 0 to {ceiling}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Der Preis der Sitzung {n} ist kein Betrag von 0 bis {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not an amount from 0 to {ceiling}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Rabatt ist kein Betrag von 0 bis {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not an amount from 0 to {ceiling}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Anzahlung ist kein Betrag von 0 bis {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not in {code}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Rabatt ist nicht in {code} angegeben.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not in {code}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Anzahlung ist nicht in {code} angegeben.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its currency is not one smpdesk knows.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Währung ist smpdesk nicht bekannt.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not of a kind smpdesk lists.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sitzung {n} ist von keiner Art, die smpdesk führt.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate is not a percentage from 0 to 100.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Steuersatz ist kein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it has more than {limit} sessions.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Er hat mehr als {limit} Sitzungen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not in {code}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Der Preis der Sitzung {n} ist nicht in {code} angegeben.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is more than the sessions cost.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Rabatt ist höher als der Preis der Sitzungen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is more than its total.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Anzahlung ist höher als seine Gesamtsumme.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its total is over {ceiling} {code}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Gesamtsumme liegt über {ceiling} {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: whether its prices include tax is not yes or no.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Ob seine Preise Steuer enthalten, ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate has more than three decimals.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sein Steuersatz hat mehr als drei Dezimalstellen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not a set of fields.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Er ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it was written by another version of smpdesk.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Er wurde von einer anderen Version von smpdesk geschrieben.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its sessions are not a list of at most {limit}.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Seine Sitzungen sind keine Liste mit höchstens {limit} Einträgen.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not a set of fields.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Sitzung {n} ist keine Gruppe von Feldern.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is far larger than any plan.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Er ist viel größer als jeder Plan.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not valid JSON.</source>
        <translation>Dieser Behandlungsplan kann nicht verwendet werden: Er ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The price list has no package called {name}; choose one of its packages.</source>
        <translation>Die Preisliste hat kein Paket namens {name}; wählen Sie eines ihrer Pakete.</translation>
    </message>
    <message>
        <source>Choose at least one session for the plan.</source>
        <translation>Wählen Sie mindestens eine Sitzung für den Plan.</translation>
    </message>
    <message>
        <source>A plan holds at most {limit} sessions.</source>
        <translation>Ein Plan umfasst höchstens {limit} Sitzungen.</translation>
    </message>
    <message>
        <source>Choose the sessions from smpdesk&apos;s kinds: {kinds}.</source>
        <translation>Wählen Sie die Sitzungen aus den Arten von smpdesk: {kinds}.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1984-03-27.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 1984-03-27.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s given name.</source>
        <translation>Geben Sie den Vornamen des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s family name.</source>
        <translation>Geben Sie den Nachnamen des Kunden ein.</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>Bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Check the year: a date of birth must be from {oldest} ({years} years ago) to today.</source>
        <translation>Prüfen Sie das Jahr: Ein Geburtsdatum muss zwischen dem {oldest} (vor {years} Jahren) und heute liegen.</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Wählen Sie eine der aufgeführten Möglichkeiten.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only.</source>
        <translation>Verwenden Sie nur Ziffern, Leerzeichen, +, - und Klammern.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Eine Telefonnummer hat 6 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Write the emergency number in digits, such as 999, 112 or 911.</source>
        <translation>Schreiben Sie die Notrufnummer in Ziffern, etwa 999, 112 oder 911.</translation>
    </message>
    <message>
        <source>Keep the clinic name under 120 characters.</source>
        <translation>Der Name der Praxis darf höchstens 120 Zeichen haben.</translation>
    </message>
    <message>
        <source>Keep the address under 400 characters.</source>
        <translation>Die Adresse darf höchstens 400 Zeichen haben.</translation>
    </message>
    <message>
        <source>Keep the phone number under 40 characters.</source>
        <translation>Die Telefonnummer darf höchstens 40 Zeichen haben.</translation>
    </message>
    <message>
        <source>Keep the email address under 120 characters.</source>
        <translation>Die E-Mail-Adresse darf höchstens 120 Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>Wählen Sie A4 oder Letter.</translation>
    </message>
    <message>
        <source>Choose a date style from the list.</source>
        <translation>Wählen Sie ein Datumsformat aus der Liste.</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>Das Logo ist zu groß; verwenden Sie ein Bild unter 2 MB.</translation>
    </message>
    <message>
        <source>Follow-up intervals are whole days from 1 to 3650.</source>
        <translation>Nachsorgeabstände sind ganze Tage von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Warn about old backups after 1 to 365 days.</source>
        <translation>Warnen Sie vor alten Sicherungen nach 1 bis 365 Tagen.</translation>
    </message>
    <message>
        <source>Lock the screen after 1 to 60 idle minutes.</source>
        <translation>Sperren Sie den Bildschirm nach 1 bis 60 Minuten Leerlauf.</translation>
    </message>
    <message>
        <source>Keep records for {low} to {high} years after the last visit.</source>
        <translation>Bewahren Sie die Akten {low} bis {high} Jahre nach dem letzten Besuch auf.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups of each kind.</source>
        <translation>Behalten Sie zwischen 1 und 1000 Sicherungen jeder Art.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s currency from the list.</source>
        <translation>Wählen Sie die Währung der Praxis aus der Liste.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Wählen Sie aus der Liste, wie Beträge geschrieben werden.</translation>
    </message>
    <message>
        <source>The price list is missing; open the Prices page again.</source>
        <translation>Die Preisliste fehlt; öffnen Sie die Seite Preise erneut.</translation>
    </message>
    <message>
        <source>The prices are in {prices}, not {currency}; enter them again in {currency}.</source>
        <translation>Die Preise sind in {prices}, nicht in {currency}; geben Sie sie erneut in {currency} ein.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be saved; retype it.</source>
        <translation>Dies enthält Zeichen, die nicht gespeichert werden können; geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Give the date the patch test was applied.</source>
        <translation>Geben Sie das Datum an, an dem der Verträglichkeitstest aufgetragen wurde.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>Das Datum des Auftragens kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Name the pigment tested (brand and shade).</source>
        <translation>Nennen Sie das getestete Pigment (Marke und Farbton).</translation>
    </message>
    <message>
        <source>Choose negative, positive, inconclusive or not read yet.</source>
        <translation>Wählen Sie negativ, positiv, nicht eindeutig oder noch nicht abgelesen.</translation>
    </message>
    <message>
        <source>A test not read yet has no reading date: choose its result.</source>
        <translation>Ein noch nicht abgelesener Test hat kein Ablesedatum: Wählen Sie sein Ergebnis.</translation>
    </message>
    <message>
        <source>Give the date the patch test was read.</source>
        <translation>Geben Sie das Datum an, an dem der Verträglichkeitstest abgelesen wurde.</translation>
    </message>
    <message>
        <source>The reading date cannot be in the future.</source>
        <translation>Das Ablesedatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The test cannot be read before it was applied.</source>
        <translation>Der Test kann nicht vor dem Auftragen abgelesen werden.</translation>
    </message>
    <message>
        <source>Say who read the patch test.</source>
        <translation>Geben Sie an, wer den Verträglichkeitstest abgelesen hat.</translation>
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100.</source>
        <translation>Der Steuersatz ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>The consultation fee must be above zero and at most {amount} {code}.</source>
        <translation>Die Beratungsgebühr muss über null und höchstens {amount} {code} betragen.</translation>
    </message>
    <message>
        <source>Price only the session types smpdesk lists.</source>
        <translation>Legen Sie nur für die Sitzungsarten Preise fest, die smpdesk aufführt.</translation>
    </message>
    <message>
        <source>The price of a {session} must be above zero and at most {amount} {code}.</source>
        <translation>Der Preis für {session} muss über null und höchstens {amount} {code} betragen.</translation>
    </message>
    <message>
        <source>Give the tax rate with at most three decimals.</source>
        <translation>Geben Sie den Steuersatz mit höchstens drei Nachkommastellen an.</translation>
    </message>
    <message>
        <source>Name the tax (VAT, GST...) in {limit} characters or fewer.</source>
        <translation>Benennen Sie die Steuer (MwSt., USt....) mit höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Quotes stay valid for {low} to {high} days.</source>
        <translation>Angebote bleiben {low} bis {high} Tage gültig.</translation>
    </message>
    <message>
        <source>Keep the terms under {limit} characters.</source>
        <translation>Die Bedingungen dürfen höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>List at most {count} packages.</source>
        <translation>Führen Sie höchstens {count} Pakete auf.</translation>
    </message>
    <message>
        <source>Give every package a name.</source>
        <translation>Geben Sie jedem Paket einen Namen.</translation>
    </message>
    <message>
        <source>Keep package names under {limit} characters.</source>
        <translation>Paketnamen dürfen höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>Two packages are called {name}; give each its own name.</source>
        <translation>Zwei Pakete heißen {name}; geben Sie jedem einen eigenen Namen.</translation>
    </message>
    <message>
        <source>A package holds 1 to {count} sessions.</source>
        <translation>Ein Paket umfasst 1 bis {count} Sitzungen.</translation>
    </message>
    <message>
        <source>A package holds only the session types smpdesk lists.</source>
        <translation>Ein Paket umfasst nur die Sitzungsarten, die smpdesk aufführt.</translation>
    </message>
    <message>
        <source>The price of the package {name} must be above zero and at most {amount} {code}.</source>
        <translation>Der Preis des Pakets {name} muss über null und höchstens {amount} {code} betragen.</translation>
    </message>
    <message>
        <source>Choose a deposit: a fixed amount or a percentage.</source>
        <translation>Wählen Sie eine Anzahlung: einen festen Betrag oder einen Prozentsatz.</translation>
    </message>
    <message>
        <source>The deposit must be above zero and at most {amount} {code}.</source>
        <translation>Die Anzahlung muss über null und höchstens {amount} {code} betragen.</translation>
    </message>
    <message>
        <source>The deposit percentage is from 0 to 100.</source>
        <translation>Der Prozentsatz der Anzahlung liegt zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>Give the deposit percentage with at most two decimals.</source>
        <translation>Geben Sie den Prozentsatz der Anzahlung mit höchstens zwei Nachkommastellen an.</translation>
    </message>
    <message>
        <source>Enter the session date.</source>
        <translation>Geben Sie das Datum der Sitzung ein.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 2026-11-22.</translation>
    </message>
    <message>
        <source>A session cannot be recorded for a future date.</source>
        <translation>Eine Sitzung kann nicht für ein zukünftiges Datum erfasst werden.</translation>
    </message>
    <message>
        <source>Check the year: a session date must be from {earliest} to today.</source>
        <translation>Prüfen Sie das Jahr: Ein Sitzungsdatum muss zwischen dem {earliest} und heute liegen.</translation>
    </message>
    <message>
        <source>Choose the kind of session.</source>
        <translation>Wählen Sie die Sitzungsart.</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Geben Sie die Uhrzeit als HH:MM ein, z. B. 09:30.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Die Endzeit muss nach der Startzeit liegen.</translation>
    </message>
    <message>
        <source>Choose areas from the list.</source>
        <translation>Wählen Sie Bereiche aus der Liste.</translation>
    </message>
    <message>
        <source>Enter the expiry date as YYYY-MM-DD.</source>
        <translation>Geben Sie das Haltbarkeitsdatum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Check the year: a pigment expiry date must be from {earliest} to {latest}.</source>
        <translation>Prüfen Sie das Jahr: Ein Haltbarkeitsdatum eines Pigments muss zwischen dem {earliest} und dem {latest} liegen.</translation>
    </message>
    <message>
        <source>This pigment had expired by the session date; check the lot and its expiry.</source>
        <translation>Dieses Pigment war am Sitzungsdatum bereits abgelaufen; prüfen Sie die Charge und ihre Haltbarkeit.</translation>
    </message>
    <message>
        <source>Enter the diameter in mm, e.g. 0.25.</source>
        <translation>Geben Sie den Durchmesser in mm ein, z. B. 0.25.</translation>
    </message>
    <message>
        <source>Enter the duration in whole minutes (1 to 720).</source>
        <translation>Geben Sie die Dauer in ganzen Minuten ein (1 bis 720).</translation>
    </message>
    <message>
        <source>Enter a pain score from 0 to 10.</source>
        <translation>Geben Sie einen Schmerzwert von 0 bis 10 ein.</translation>
    </message>
    <message>
        <source>Enter the appointment as YYYY-MM-DD HH:MM.</source>
        <translation>Geben Sie den Termin als JJJJ-MM-TT HH:MM ein.</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>Der nächste Termin muss nach dieser Sitzung liegen.</translation>
    </message>
    <message>
        <source>Check the year: the next appointment must be no later than {latest} ({years} years ahead).</source>
        <translation>Prüfen Sie das Jahr: Der nächste Termin darf nicht nach dem {latest} liegen ({years} Jahre im Voraus).</translation>
    </message>
    <message>
        <source>Keep the practitioner&apos;s name under 120 characters.</source>
        <translation>Der Name des Behandlers darf höchstens 120 Zeichen haben.</translation>
    </message>
    <message>
        <source>Keep this under 2000 characters.</source>
        <translation>Bleiben Sie unter 2000 Zeichen.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Ein Passwort braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>That password is too common to protect health records; choose another.</source>
        <translation>Dieses Passwort ist zu verbreitet, um Gesundheitsdaten zu schützen; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>A password must be more than the account&apos;s name and a number; choose another.</source>
        <translation>Ein Passwort muss mehr sein als der Name des Kontos und eine Zahl; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>Eine PIN hat {low} bis {high} Ziffern.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess; choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Ein Benutzername besteht aus 1 bis 32 Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Give the staff member&apos;s name as it should appear.</source>
        <translation>Geben Sie den Namen des Mitarbeiters so an, wie er erscheinen soll.</translation>
    </message>
    <message>
        <source>A name is one line of at most 80 characters.</source>
        <translation>Ein Name ist eine einzelne Zeile mit höchstens 80 Zeichen.</translation>
    </message>
</context>
</TS>
