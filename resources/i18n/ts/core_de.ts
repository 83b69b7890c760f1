<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht vermerkt</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intergeschlechtlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Keine Angabe gewünscht</translation>
    </message>
    <message>
        <source>1st session</source>
        <translation>1. Sitzung</translation>
    </message>
    <message>
        <source>2nd session</source>
        <translation>2. Sitzung</translation>
    </message>
    <message>
        <source>3rd session</source>
        <translation>3. Sitzung</translation>
    </message>
    <message>
        <source>4th+ session</source>
        <translation>4. Sitzung oder später</translation>
    </message>
    <message>
        <source>Touch-up</source>
        <translation>Nachbehandlung</translation>
    </message>
    <message>
        <source>Scar camouflage</source>
        <translation>Narbenkaschierung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Haaransatz</translation>
    </message>
    <message>
        <source>Temples</source>
        <translation>Schläfen</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Mittelkopf</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Hinterkopfwirbel</translation>
    </message>
    <message>
        <source>Donor scar</source>
        <translation>Narbe im Spenderbereich</translation>
    </message>
    <message>
        <source>Other scar</source>
        <translation>Andere Narbe</translation>
    </message>
    <message>
        <source>Full scalp</source>
        <translation>Gesamte Kopfhaut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
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
        <source>Pigment lot</source>
        <translation>Pigmentcharge</translation>
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
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>Durchmesser (mm)</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Kartuschencharge</translation>
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
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Hautreaktion</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
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
        <source>Crown / vertex</source>
        <translation>Hinterkopfwirbel / Scheitel</translation>
    </message>
    <message>
        <source>Donor / transplant blend</source>
        <translation>Spenderbereich / Übergang zur Transplantation</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
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
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Geschenkgutschein</translation>
    </message>
    <message>
        <source>Front hairline</source>
        <translation>Vorderer Haaransatz</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Linke Schläfe</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Rechte Schläfe</translation>
    </message>
    <message>
        <source>Back / donor area</source>
        <translation>Hinterkopf / Spenderbereich</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahaufnahme</translation>
    </message>
    <message>
        <source>Clinical record only</source>
        <translation>Nur klinische Dokumentation</translation>
    </message>
    <message>
        <source>Marketing allowed</source>
        <translation>Marketing erlaubt</translation>
    </message>
    <message>
        <source>Consent form: clinical record and marketing photos allowed.</source>
        <translation>Einwilligungsformular: Fotos für die klinische Dokumentation und für Marketing erlaubt.</translation>
    </message>
    <message>
        <source>Consent form: photos for the clinical record only (no marketing).</source>
        <translation>Einwilligungsformular: Fotos nur für die klinische Dokumentation (kein Marketing).</translation>
    </message>
    <message>
        <source>Consent form: the client declined clinical photos; import only with new consent.</source>
        <translation>Einwilligungsformular: Der Kunde hat klinische Fotos abgelehnt; importieren Sie Fotos nur mit neuer Einwilligung.</translation>
    </message>
    <message>
        <source>No photo consent answered yet in a consent form.</source>
        <translation>In einem Einwilligungsformular wurde noch keine Angabe zu Fotos gemacht.</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht abgelesen</translation>
    </message>
    <message>
        <source>Negative (no reaction)</source>
        <translation>Negativ (keine Reaktion)</translation>
    </message>
    <message>
        <source>Positive (reaction)</source>
        <translation>Positiv (Reaktion)</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Aufgetragen am</translation>
    </message>
    <message>
        <source>Pigment</source>
        <translation>Pigment</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Abgelesen am</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Abgelesen von</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Grund für die neue Version</translation>
    </message>
    <message>
        <source>Friday 4 December 2026</source>
        <translation>Freitag, 4. Dezember 2026</translation>
    </message>
    <message>
        <source>Friday, December 4, 2026</source>
        <translation>Freitag, Dezember 4, 2026</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
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
        <source>Full name (split)</source>
        <translation>Vollständiger Name (wird aufgeteilt)</translation>
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
        <source>Language (papers in)</source>
        <translation>Sprache (der Unterlagen)</translation>
    </message>
</context>
</TS>
