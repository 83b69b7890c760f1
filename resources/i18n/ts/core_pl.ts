<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>core</name>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Interpłciowość</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Woli nie podawać</translation>
    </message>
    <message>
        <source>1st session</source>
        <translation>1. sesja</translation>
    </message>
    <message>
        <source>2nd session</source>
        <translation>2. sesja</translation>
    </message>
    <message>
        <source>3rd session</source>
        <translation>3. sesja</translation>
    </message>
    <message>
        <source>4th+ session</source>
        <translation>4. sesja lub kolejna</translation>
    </message>
    <message>
        <source>Touch-up</source>
        <translation>Korekta</translation>
    </message>
    <message>
        <source>Scar camouflage</source>
        <translation>Kamuflaż blizn</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Poprawka</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Linia włosów</translation>
    </message>
    <message>
        <source>Temples</source>
        <translation>Skronie</translation>
    </message>
    <message>
        <source>Mid-scalp</source>
        <translation>Środek głowy</translation>
    </message>
    <message>
        <source>Crown</source>
        <translation>Czubek głowy</translation>
    </message>
    <message>
        <source>Donor scar</source>
        <translation>Blizna w miejscu dawczym</translation>
    </message>
    <message>
        <source>Other scar</source>
        <translation>Inna blizna</translation>
    </message>
    <message>
        <source>Full scalp</source>
        <translation>Cała skóra głowy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <source>Pigment brand</source>
        <translation>Marka pigmentu</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Odcień</translation>
    </message>
    <message>
        <source>Dilution</source>
        <translation>Rozcieńczenie</translation>
    </message>
    <message>
        <source>Pigment lot</source>
        <translation>Partia pigmentu</translation>
    </message>
    <message>
        <source>Pigment expiry</source>
        <translation>Data ważności pigmentu</translation>
    </message>
    <message>
        <source>Diluent</source>
        <translation>Rozcieńczalnik</translation>
    </message>
    <message>
        <source>Diluent lot</source>
        <translation>Partia rozcieńczalnika</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Igła</translation>
    </message>
    <message>
        <source>Diameter (mm)</source>
        <translation>Średnica (mm)</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Partia kartridża</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Machine settings</source>
        <translation>Ustawienia urządzenia</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Znieczulenie</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Czas trwania (min)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Reakcja skóry</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Ból (0–10)</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Powikłania</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Następna wizyta</translation>
    </message>
    <message>
        <source>Do not treat</source>
        <translation>Nie wykonywać zabiegu</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Odłożyć zabieg</translation>
    </message>
    <message>
        <source>Needs medical clearance</source>
        <translation>Wymaga zgody lekarza</translation>
    </message>
    <message>
        <source>Crown / vertex</source>
        <translation>Czubek głowy / ciemię</translation>
    </message>
    <message>
        <source>Donor / transplant blend</source>
        <translation>Miejsce dawcze / wtopienie przeszczepu</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Przód</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Góra</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tył</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Zadatek</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultacja</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>Gift voucher</source>
        <translation>Bon podarunkowy</translation>
    </message>
    <message>
        <source>Front hairline</source>
        <translation>Przednia linia włosów</translation>
    </message>
    <message>
        <source>Left temple</source>
        <translation>Lewa skroń</translation>
    </message>
    <message>
        <source>Right temple</source>
        <translation>Prawa skroń</translation>
    </message>
    <message>
        <source>Back / donor area</source>
        <translation>Tył głowy / miejsce dawcze</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Zbliżenie</translation>
    </message>
    <message>
        <source>Clinical record only</source>
        <translation>Tylko dokumentacja kliniczna</translation>
    </message>
    <message>
        <source>Marketing allowed</source>
        <translation>Marketing dozwolony</translation>
    </message>
    <message>
        <source>Consent form: clinical record and marketing photos allowed.</source>
        <translation>Formularz zgody: zdjęcia do dokumentacji klinicznej i do celów marketingowych dozwolone.</translation>
    </message>
    <message>
        <source>Consent form: photos for the clinical record only (no marketing).</source>
        <translation>Formularz zgody: zdjęcia wyłącznie do dokumentacji klinicznej (bez marketingu).</translation>
    </message>
    <message>
        <source>Consent form: the client declined clinical photos; import only with new consent.</source>
        <translation>Formularz zgody: klient nie zgodził się na zdjęcia kliniczne; importować zdjęcia wyłącznie po uzyskaniu nowej zgody.</translation>
    </message>
    <message>
        <source>No photo consent answered yet in a consent form.</source>
        <translation>W formularzu zgody nie udzielono jeszcze odpowiedzi dotyczącej zdjęć.</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Jeszcze bez odczytu</translation>
    </message>
    <message>
        <source>Negative (no reaction)</source>
        <translation>Ujemny (brak reakcji)</translation>
    </message>
    <message>
        <source>Positive (reaction)</source>
        <translation>Dodatni (reakcja)</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Niejednoznaczny</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Pigment</source>
        <translation>Pigment</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Data odczytu</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Kto odczytał</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Powód nowej wersji</translation>
    </message>
    <message>
        <source>Friday 4 December 2026</source>
        <translation>piątek, 4 grudnia 2026</translation>
    </message>
    <message>
        <source>Friday, December 4, 2026</source>
        <translation>piątek, grudzień 4, 2026</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazylia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dania</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecja</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Węgry</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Włochy</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksyk</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nowa Zelandia</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugalia</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Republika Południowej Afryki</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Hiszpania</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Szwecja</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turcja</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Zjednoczone Emiraty Arabskie</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Imię i nazwisko (zostaną rozdzielone)</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Preferowane imię</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Language (papers in)</source>
        <translation>Język (dokumentów)</translation>
    </message>
</context>
</TS>
