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
</context>
</TS>
