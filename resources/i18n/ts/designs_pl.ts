<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AcceptPlanDialog</name>
    <message>
        <source>Accept treatment plan version {version}</source>
        <translation>Akceptacja planu zabiegów, wersja {version}</translation>
    </message>
    <message>
        <source>Your treatment plan</source>
        <translation>Plan zabiegów</translation>
    </message>
    <message>
        <source>Accept and sign</source>
        <translation>Akceptuję i podpisuję</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to accept the plan.</source>
        <translation>Aby zaakceptować plan, proszę wpisać imię i nazwisko i podpisać się w polu.</translation>
    </message>
    <message>
        <source>Plan not accepted</source>
        <translation>Plan nie został zaakceptowany</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve design version {version}</source>
        <translation>Zatwierdzenie projektu, wersja {version}</translation>
    </message>
    <message>
        <source>Your SMP design</source>
        <translation>Projekt mikropigmentacji skóry głowy</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>Zatwierdzam i podpisuję</translation>
    </message>
    <message>
        <source>Type your name and sign in the box to approve the design.</source>
        <translation>Aby zatwierdzić projekt, proszę wpisać imię i nazwisko i podpisać się w polu.</translation>
    </message>
    <message>
        <source>Design not approved</source>
        <translation>Projekt nie został zatwierdzony</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Brak danych do pokazania</translation>
    </message>
</context>
<context>
    <name>BaseChooser</name>
    <message>
        <source>New design: choose the photo to draw on</source>
        <translation>Nowy projekt: wybór zdjęcia do rysowania</translation>
    </message>
    <message>
        <source>Choose the picture to draw the hairline and zones on, then Start designing. A recent front or top photo, taken square-on, gives the client the most convincing preview.</source>
        <translation>Wybierz zdjęcie, na którym zostaną narysowane linia włosów i strefy, a potem Rozpocznij projekt. Aktualne zdjęcie z przodu lub z góry, zrobione na wprost, daje klientowi najbardziej przekonujący podgląd.</translation>
    </message>
    <message>
        <source>This client has no photos yet. Draw on a head outline, or import photos on the Photos tab first (front and top photos make the most convincing preview).</source>
        <translation>Ten klient nie ma jeszcze zdjęć. Można rysować na konturze głowy albo najpierw zaimportować zdjęcia na karcie Zdjęcia (zdjęcia z przodu i z góry dają najbardziej przekonujący podgląd).</translation>
    </message>
    <message>
        <source>Head outline (no photo)</source>
        <translation>Kontur głowy (bez zdjęcia)</translation>
    </message>
    <message>
        <source>Start designing</source>
        <translation>Rozpocznij projekt</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Refund receipt {number}</source>
        <translation>Zwrot z pokwitowania {number}</translation>
    </message>
    <message>
        <source>Give back money from receipt {number} ({amount}). The refund is a new entry with its own receipt number; the payment itself stays as it was.</source>
        <translation>Zwrot pieniędzy z pokwitowania {number} ({amount}). Zwrot to nowy wpis z własnym numerem pokwitowania; sama płatność pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Void receipt {number}</source>
        <translation>Unieważnienie pokwitowania {number}</translation>
    </message>
    <message>
        <source>Cancel receipt {number} ({amount}) because it was a mistake. The void is a new entry with its own receipt number; nothing is deleted.</source>
        <translation>Unieważnienie pokwitowania {number} ({amount}), bo było pomyłką. Unieważnienie to nowy wpis z własnym numerem pokwitowania; nic nie jest usuwane.</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Kwota do zwrotu</translation>
    </message>
    <message>
        <source>At most {amount} is left to refund.</source>
        <translation>Do zwrotu pozostało najwyżej {amount}.</translation>
    </message>
    <message>
        <source>e.g. the client cancelled the booking</source>
        <translation>np. klient odwołał wizytę</translation>
    </message>
    <message>
        <source>e.g. typed 1500 instead of 150; taken again as a new payment</source>
        <translation>np. wpisano 1500 zamiast 150; przyjęto ponownie jako nową płatność</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Powód *</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwróć</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <source>Write why, for the books: a void or refund needs a reason.</source>
        <translation>Należy podać powód (do ksiąg): unieważnienie lub zwrot wymaga uzasadnienia.</translation>
    </message>
</context>
<context>
    <name>DesignCanvas</name>
    <message>
        <source>The lines are hidden: press G (Guides) to edit again.</source>
        <translation>Linie są ukryte: naciśnij G (Linie pomocnicze), aby wrócić do edycji.</translation>
    </message>
    <message>
        <source>Move hairline point</source>
        <translation>Przesunięcie punktu linii włosów</translation>
    </message>
    <message>
        <source>Move zone corner</source>
        <translation>Przesunięcie narożnika strefy</translation>
    </message>
    <message>
        <source>Move centre line</source>
        <translation>Przesunięcie linii środkowej</translation>
    </message>
    <message>
        <source>Move scale mark</source>
        <translation>Przesunięcie znacznika skali</translation>
    </message>
    <message>
        <source>Add hairline point</source>
        <translation>Dodanie punktu linii włosów</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Strefa musi mieć co najmniej trzy narożniki.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Do skali trzeba zaznaczyć dwa różne punkty.</translation>
    </message>
    <message>
        <source>Remove hairline point</source>
        <translation>Usunięcie punktu linii włosów</translation>
    </message>
    <message>
        <source>Remove zone corner</source>
        <translation>Usunięcie narożnika strefy</translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation>Usunięcie skali</translation>
    </message>
    <message>
        <source>Nudge point</source>
        <translation>Przesunięcie punktu</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Usunięcie strefy</translation>
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
        <translation>Projekt, wersja {version} (zatwierdzony {date}) – kliknij, aby zobaczyć podgląd</translation>
    </message>
    <message>
        <source>Design version {version} (not approved yet) — click for the preview</source>
        <translation>Projekt, wersja {version} (jeszcze niezatwierdzony) – kliknij, aby zobaczyć podgląd</translation>
    </message>
    <message>
        <source>Open the before / after preview of this design</source>
        <translation>Otwórz podgląd przed / po dla tego projektu</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>Hairline and scale</source>
        <translation>Linia włosów i skala</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Strefy</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Linia włosów</translation>
    </message>
    <message>
        <source>How wide the edge fades in front of the line: a soft edge looks natural</source>
        <translation>Szerokość zanikania krawędzi przed linią: miękka krawędź wygląda naturalnie</translation>
    </message>
    <message>
        <source>Natural micro-variation of the edge: a ruler-straight line looks fake</source>
        <translation>Naturalna mikrozmienność krawędzi: linia prosta jak od linijki wygląda sztucznie</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Symetryczna</translation>
    </message>
    <message>
        <source>Softness</source>
        <translation>Miękkość</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Nieregularność</translation>
    </message>
    <message>
        <source>Symmetric: draw the left side, the right mirrors it about the dashed line (drag that line onto the middle of the face).</source>
        <translation>Symetryczna: narysuj lewą stronę, prawa jest jej odbiciem względem linii przerywanej (przeciągnij tę linię na środek twarzy).</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>The real distance between the two scale marks</source>
        <translation>Rzeczywista odległość między dwoma znacznikami skali</translation>
    </message>
    <message>
        <source>Mark the scale</source>
        <translation>Zaznacz skalę</translation>
    </message>
    <message>
        <source>Click two points a known distance apart (S)</source>
        <translation>Kliknij dwa punkty o znanej odległości (S)</translation>
    </message>
    <message>
        <source>Four fingers laid flat above the brow are about 7 cm; a ruler held to the head in the photo works too.</source>
        <translation>Cztery palce położone płasko nad brwią to około 7 cm; można też użyć linijki przyłożonej do głowy na zdjęciu.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>e.g. agreed a mature, slightly receded line</source>
        <translation>np. uzgodniono dojrzałą, lekko cofniętą linię</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Edycja notatek</translation>
    </message>
    <message>
        <source>session </source>
        <translation>sesja </translation>
    </message>
    <message>
        <source>Draw a zone</source>
        <translation>Narysuj strefę</translation>
    </message>
    <message>
        <source>Click its corners on the picture; Enter closes it (Z)</source>
        <translation>Kliknij jej narożniki na zdjęciu; Enter ją zamyka (Z)</translation>
    </message>
    <message>
        <source>Selected zone</source>
        <translation>Wybrana strefa</translation>
    </message>
    <message>
        <source> per cm²</source>
        <translation> na cm²</translation>
    </message>
    <message>
        <source> % pigment</source>
        <translation> % pigmentu</translation>
    </message>
    <message>
        <source>Change dilution</source>
        <translation>Zmiana rozcieńczenia</translation>
    </message>
    <message>
        <source>{needle} ({size} mm impressions)</source>
        <translation>{needle} (punkty pigmentu {size} mm)</translation>
    </message>
    <message>
        <source>The session that lays this zone: 1 is the first, lightest</source>
        <translation>Sesja, w której wykonuje się tę strefę: 1 to pierwsza, najjaśniejsza</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Zmiana sesji</translation>
    </message>
    <message>
        <source>optional, e.g. left temple</source>
        <translation>opcjonalnie, np. lewa skroń</translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Usuń strefę</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Gęstość</translation>
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
        <source>Needle</source>
        <translation>Igła</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nowa strefa</translation>
    </message>
    <message>
        <source>No scale yet: mark two points a known distance apart to see areas in cm² and impression counts.</source>
        <translation>Brak skali: zaznacz dwa punkty o znanej odległości, aby zobaczyć powierzchnie w cm² i liczbę punktów pigmentu.</translation>
    </message>
    <message>
        <source>{distance} cm between the two marks.</source>
        <translation>{distance} cm między dwoma znacznikami.</translation>
    </message>
    <message>
        <source>No zones yet: choose a kind and draw one.</source>
        <translation>Brak stref: wybierz rodzaj i narysuj strefę.</translation>
    </message>
    <message>
        <source>{sessions} sessions; set the scale for impression counts.</source>
        <translation>Liczba sesji: {sessions}; ustaw skalę, aby policzyć punkty pigmentu.</translation>
    </message>
    <message>
        <source>{sessions} session; set the scale for impression counts.</source>
        <translation>Liczba sesji: {sessions}; ustaw skalę, aby policzyć punkty pigmentu.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} sessions.</source>
        <translation>Łącznie punktów pigmentu: ok. {total}; liczba sesji: {sessions}.</translation>
    </message>
    <message>
        <source>In all: about {total} impressions, {sessions} session.</source>
        <translation>Łącznie punktów pigmentu: ok. {total}; liczba sesji: {sessions}.</translation>
    </message>
    <message>
        <source>Selected zone (click one on the picture or in the list)</source>
        <translation>Wybrana strefa (kliknij strefę na zdjęciu lub na liście)</translation>
    </message>
    <message>
        <source>Zone {number}</source>
        <translation>Strefa {number}</translation>
    </message>
    <message>
        <source>{range}
{sessions} sessions together: {density}</source>
        <translation>{range}
Razem wszystkie sesje ({sessions}): {density}</translation>
    </message>
    <message>
        <source>{range} (outside the range)</source>
        <translation>{range} (poza zakresem)</translation>
    </message>
    <message>
        <source>Impressions per cm² of the finished area (all sessions together).
Sources: {sources}</source>
        <translation>Punkty pigmentu na cm² gotowej powierzchni (wszystkie sesje razem).
Źródła: {sources}</translation>
    </message>
    <message>
        <source>Change softness</source>
        <translation>Zmiana miękkości</translation>
    </message>
    <message>
        <source>Change irregularity</source>
        <translation>Zmiana nieregularności</translation>
    </message>
    <message>
        <source>Change hairline</source>
        <translation>Zmiana linii włosów</translation>
    </message>
    <message>
        <source>Symmetry on</source>
        <translation>Symetria włączona</translation>
    </message>
    <message>
        <source>Symmetry off</source>
        <translation>Symetria wyłączona</translation>
    </message>
    <message>
        <source>Change scale distance</source>
        <translation>Zmiana odległości skali</translation>
    </message>
    <message>
        <source>Change zone kind</source>
        <translation>Zmiana rodzaju strefy</translation>
    </message>
    <message>
        <source>Change density</source>
        <translation>Zmiana gęstości</translation>
    </message>
    <message>
        <source>Change shade</source>
        <translation>Zmiana odcienia</translation>
    </message>
    <message>
        <source>Change needle</source>
        <translation>Zmiana igły</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>Zmiana nazwy strefy</translation>
    </message>
</context>
<context>
    <name>DesignTab</name>
    <message>
        <source>New design…</source>
        <translation>Nowy projekt…</translation>
    </message>
    <message>
        <source>Draw a hairline and zones on one of the client&apos;s photos</source>
        <translation>Narysuj linię włosów i strefy na jednym ze zdjęć klienta</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Edytuj jako nową wersję…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Zacznij od wybranej wersji; pozostaje ona bez zmian, a zmiana zostanie zapisana jako nowa wersja</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <source>Before / after on the photo, session by session</source>
        <translation>Przed / po na zdjęciu, sesja po sesji</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Zapisz obraz…</translation>
    </message>
    <message>
        <source>Design drawing (hairline and zones)…</source>
        <translation>Rysunek projektu (linia włosów i strefy)…</translation>
    </message>
    <message>
        <source>SMP preview (final result)…</source>
        <translation>Podgląd mikropigmentacji (efekt końcowy)…</translation>
    </message>
    <message>
        <source>No design yet. New design… draws the hairline and zones on one of the client&apos;s photos (or a head outline) and shows the client a preview of the result.</source>
        <translation>Brak projektu. Nowy projekt… pozwala narysować linię włosów i strefy na jednym ze zdjęć klienta (lub na konturze głowy) i pokazać klientowi podgląd efektu.</translation>
    </message>
    <message>
        <source>Double-click for the before / after preview</source>
        <translation>Kliknij dwukrotnie, aby zobaczyć podgląd przed / po</translation>
    </message>
    <message>
        <source>The designs could not be read: {error}</source>
        <translation>Nie udało się odczytać projektów: {error}</translation>
    </message>
    <message>
        <source>Version {version}: the SMP preview as saved (finished result). Preview… shows before / after and each session.</source>
        <translation>Wersja {version}: podgląd mikropigmentacji w zapisanej postaci (efekt końcowy). Podgląd… pokazuje przed / po i każdą sesję.</translation>
    </message>
    <message>
        <source>Approved {date}: an approved version is final; edit it as a new version to change it</source>
        <translation>Zatwierdzono {date}: zatwierdzona wersja jest ostateczna; aby ją zmienić, edytuj ją jako nową wersję</translation>
    </message>
    <message>
        <source>The client looks at the preview and signs for this version</source>
        <translation>Klient ogląda podgląd i podpisuje tę wersję</translation>
    </message>
    <message>
        <source>Design not started</source>
        <translation>Nie rozpoczęto projektu</translation>
    </message>
    <message>
        <source>Design not opened</source>
        <translation>Nie otwarto projektu</translation>
    </message>
    <message>
        <source>Save the SMP preview</source>
        <translation>Zapisz podgląd mikropigmentacji</translation>
    </message>
    <message>
        <source>Save the design drawing</source>
        <translation>Zapisz rysunek projektu</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Obrazy JPEG (*.jpg)</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <source>Edit design (saved as a new version)</source>
        <translation>Edycja projektu (zapis jako nowa wersja)</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>Which session the preview shows: session 1 … the finished result</source>
        <translation>Którą sesję pokazuje podgląd: sesja 1 … efekt końcowy</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>{hint} ({key})</source>
        <translation>{hint} ({key})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Undo {action} (Ctrl+Z)</source>
        <translation>Cofnij: {action} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {action} (Ctrl+Shift+Z)</source>
        <translation>Ponów: {action} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>The whole picture (Ctrl+0); the wheel zooms, space+drag pans</source>
        <translation>Całe zdjęcie (Ctrl+0); kółko powiększa, spacja+przeciąganie przesuwa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Show the SMP simulation of this design (P)</source>
        <translation>Pokaż symulację mikropigmentacji dla tego projektu (P)</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Linie pomocnicze</translation>
    </message>
    <message>
        <source>Show the lines and zones over the picture (G)</source>
        <translation>Pokaż linie i strefy na zdjęciu (G)</translation>
    </message>
    <message>
        <source>Session {session} (finished)</source>
        <translation>Sesja {session} (efekt końcowy)</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <translation>Sesja {session}</translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>Dodanie strefy</translation>
    </message>
    <message>
        <source>Zone added: set its density, shade and session on the right.</source>
        <translation>Dodano strefę: ustaw jej gęstość, odcień i sesję po prawej.</translation>
    </message>
    <message>
        <source>Set scale</source>
        <translation>Ustawienie skali</translation>
    </message>
    <message>
        <source>Scale marked: type the real distance between the marks.</source>
        <translation>Zaznaczono skalę: wpisz rzeczywistą odległość między znacznikami.</translation>
    </message>
    <message>
        <source>Preview: the simulated result on this picture.</source>
        <translation>Podgląd: symulowany efekt na tym zdjęciu.</translation>
    </message>
    <message>
        <source>Design not saved</source>
        <translation>Nie zapisano projektu</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>Discard the changes?

The design has not been saved.</source>
        <translation>Odrzucić zmiany?

Projekt nie został zapisany.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>what it covers, e.g. hairline and temples</source>
        <translation>zakres, np. linia włosów i skronie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Take this session out of the plan</source>
        <translation>Usuń tę sesję z planu</translation>
    </message>
    <message>
        <source>Proposed date: {problem}</source>
        <translation>Proponowana data: {problem}</translation>
    </message>
    <message>
        <source>Price of {session}: {problem}</source>
        <translation>Cena – {session}: {problem}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — {name}</source>
        <translation>Przyjmij płatność — {name}</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Przyjmij płatność</translation>
    </message>
    <message>
        <source>The clinic&apos;s currency: {currency}</source>
        <translation>Waluta gabinetu: {currency}</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Kwota w {currency}</translation>
    </message>
    <message>
        <source>Fill in {amount} for {what}</source>
        <translation>Wpisz {amount} za: {what}</translation>
    </message>
    <message>
        <source>Prices set by the owner in Clinic → Settings → Prices appear here.</source>
        <translation>Tutaj pojawiają się ceny ustawione przez właściciela w menu Gabinet → Ustawienia → Ceny.</translation>
    </message>
    <message>
        <source>optional: a voucher number, the product sold…</source>
        <translation>opcjonalnie: numer bonu, sprzedany produkt…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Choose how the client paid: {choices}.</source>
        <translation>Wybierz formę płatności klienta: {choices}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Take payment…</source>
        <translation>Przyjmij płatność…</translation>
    </message>
    <message>
        <source>Take a payment from this client</source>
        <translation>Przyjmij płatność od tego klienta</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Pokwitowanie…</translation>
    </message>
    <message>
        <source>Show, print or save the selected entry&apos;s receipt</source>
        <translation>Pokaż, wydrukuj lub zapisz pokwitowanie wybranego wpisu</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Unieważnij…</translation>
    </message>
    <message>
        <source>Cancel a payment taken by mistake (owner)</source>
        <translation>Unieważnij płatność przyjętą przez pomyłkę (właściciel)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Zwrot…</translation>
    </message>
    <message>
        <source>Give back money from a payment (owner)</source>
        <translation>Zwróć pieniądze z płatności (właściciel)</translation>
    </message>
    <message>
        <source>The accepted treatment plan&apos;s total less what was paid</source>
        <translation>Suma zaakceptowanego planu zabiegów minus wpłacona kwota</translation>
    </message>
    <message>
        <source>No payments recorded for this client yet.</source>
        <translation>Brak zarejestrowanych płatności tego klienta.</translation>
    </message>
    <message>
        <source>Payments could not be read: {error}</source>
        <translation>Nie udało się odczytać płatności: {error}</translation>
    </message>
    <message>
        <source>Paid in total: {amount}</source>
        <translation>Łącznie wpłacono: {amount}</translation>
    </message>
    <message>
        <source>Payments minus refunds; voided payments do not count.</source>
        <translation>Płatności minus zwroty; unieważnione płatności nie są liczone.</translation>
    </message>
    <message>
        <source>Plan {total} · due {due}</source>
        <translation>Plan {total} · do zapłaty {due}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New treatment plan</source>
        <translation>Nowy plan zabiegów</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Proponowana data</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Dodaj sesję</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Bez pakietu</translation>
    </message>
    <message>
        <source>A package sets its sessions and the discount it gives</source>
        <translation>Pakiet ustala swoje sesje i udzielany rabat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>for the client, printed on the quote</source>
        <translation>dla klienta, drukowane na wycenie</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Zadatek</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Zapisz plan</translation>
    </message>
    <message>
        <source>No tax is added to these prices.</source>
        <translation>Do tych cen nie dolicza się podatku.</translation>
    </message>
    <message>
        <source>Prices include {tax} at {rate} (the clinic&apos;s price list).</source>
        <translation>Ceny zawierają {tax} w wysokości {rate} (cennik gabinetu).</translation>
    </message>
    <message>
        <source>{tax} at {rate} is added to these prices (the clinic&apos;s price list).</source>
        <translation>Do tych cen dolicza się {tax} w wysokości {rate} (cennik gabinetu).</translation>
    </message>
    <message>
        <source>Add at least one session to the plan.</source>
        <translation>Plan musi zawierać co najmniej jedną sesję.</translation>
    </message>
    <message>
        <source>Discount: {problem}</source>
        <translation>Rabat: {problem}</translation>
    </message>
    <message>
        <source>Deposit: {problem}</source>
        <translation>Zadatek: {problem}</translation>
    </message>
    <message>
        <source>Valid until: {problem}</source>
        <translation>Ważny do: {problem}</translation>
    </message>
    <message>
        <source>Valid until: enter the date the quote is valid to.</source>
        <translation>Ważny do: wpisz datę, do której wycena jest ważna.</translation>
    </message>
    <message>
        <source>from the price list&apos;s deposit rule</source>
        <translation>według reguły zadatku z cennika</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>wpisany ręcznie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Rabat pakietowy ({package})</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>w tym {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Deposit to secure the first date</source>
        <translation>Zadatek za rezerwację pierwszego terminu</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>No treatment plan yet. New plan… drafts the sessions from the approved design, dates from the follow-up intervals and prices from the clinic&apos;s price list.</source>
        <translation>Brak planu zabiegów. Nowy plan… przygotowuje sesje na podstawie zatwierdzonego projektu, daty według odstępów między wizytami i ceny z cennika gabinetu.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nowy plan…</translation>
    </message>
    <message>
        <source>Draft a plan from the approved design and the price list</source>
        <translation>Przygotuj plan na podstawie zatwierdzonego projektu i cennika</translation>
    </message>
    <message>
        <source>Edit as new version…</source>
        <translation>Edytuj jako nową wersję…</translation>
    </message>
    <message>
        <source>Start from the selected version; it stays as it is and the change is saved as a new version</source>
        <translation>Zacznij od wybranej wersji; pozostaje ona bez zmian, a zmiana zostanie zapisana jako nowa wersja</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Wycena…</translation>
    </message>
    <message>
        <source>The quote PDF for the client: print it or save it</source>
        <translation>Wycena w PDF dla klienta: do wydruku lub zapisu</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Akceptuj…</translation>
    </message>
    <message>
        <source>Take deposit…</source>
        <translation>Przyjmij zadatek…</translation>
    </message>
    <message>
        <source>Take the plan&apos;s deposit and print the receipt</source>
        <translation>Przyjmij zadatek z planu i wydrukuj pokwitowanie</translation>
    </message>
    <message>
        <source>Plans could not be read: {error}</source>
        <translation>Nie udało się odczytać planów: {error}</translation>
    </message>
    <message>
        <source>Accepted plan {total} · paid {paid} · due {due}</source>
        <translation>Zaakceptowany plan {total} · wpłacono {paid} · do zapłaty {due}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted {date}&lt;/b&gt;, signed by {name}.</source>
        <translation>&lt;b&gt;Zaakceptowano {date}&lt;/b&gt;, podpis: {name}.</translation>
    </message>
    <message>
        <source>Not accepted yet.</source>
        <translation>Jeszcze niezaakceptowany.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Notes:&lt;/i&gt; {notes}</source>
        <translation>&lt;i&gt;Notatki:&lt;/i&gt; {notes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date} by {name}</source>
        <translation>&lt;b&gt;Wersja {version}&lt;/b&gt; — {date}, autor: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {version}&lt;/b&gt; — {date}</source>
        <translation>&lt;b&gt;Wersja {version}&lt;/b&gt; — {date}</translation>
    </message>
    <message>
        <source>Accepted {date}: an accepted version is final; edit it as a new version to change it</source>
        <translation>Zaakceptowano {date}: zaakceptowana wersja jest ostateczna; aby ją zmienić, edytuj ją jako nową wersję</translation>
    </message>
    <message>
        <source>The client reads the plan and signs for this version</source>
        <translation>Klient czyta plan i podpisuje tę wersję</translation>
    </message>
    <message>
        <source>Plan not started</source>
        <translation>Nie rozpoczęto planu</translation>
    </message>
    <message>
        <source>New treatment plan</source>
        <translation>Nowy plan zabiegów</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Nie otwarto planu</translation>
    </message>
    <message>
        <source>Treatment plan: new version from version {version}</source>
        <translation>Plan zabiegów: nowa wersja na podstawie wersji {version}</translation>
    </message>
    <message>
        <source>No quote</source>
        <translation>Brak wyceny</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <extracomment>The longest side of the copy the live preview is rendered on. The longest side of the copy shown as the canvas&apos;s background. At most one live render per this many milliseconds.</extracomment>
        <translation>Nie udało się narysować podglądu: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>SMP preview — design version {version}</source>
        <translation>Podgląd mikropigmentacji — projekt, wersja {version}</translation>
    </message>
    <message>
        <source>Divider position</source>
        <translation>Położenie linii podziału</translation>
    </message>
    <message>
        <source>The photo as it is (B)</source>
        <translation>Zdjęcie bez zmian (B)</translation>
    </message>
    <message>
        <source>With the SMP simulated (A)</source>
        <translation>Z symulacją mikropigmentacji (A)</translation>
    </message>
    <message>
        <source>Drag the divider: before on the left, after on the right</source>
        <translation>Przeciągnij linię podziału: po lewej przed, po prawej po</translation>
    </message>
    <message>
        <source>The hairline and zones as drawn</source>
        <translation>Linia włosów i strefy w narysowanej postaci</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Save full resolution…</source>
        <translation>Zapisz w pełnej rozdzielczości…</translation>
    </message>
    <message>
        <source>The preview shown, at the photo&apos;s own size, as a JPEG</source>
        <translation>Wyświetlany podgląd w oryginalnym rozmiarze zdjęcia, jako JPEG</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Design version {version}, approved {date} by {name}. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Projekt, wersja {version}, zatwierdzony {date}, podpis: {name}. To symulacja: efekt po wygojeniu zależy od rodzaju skóry, słońca i pielęgnacji po zabiegu.</translation>
    </message>
    <message>
        <source>Design version {version}, not approved yet. A simulation: healed results vary with skin type, sun and aftercare.</source>
        <translation>Projekt, wersja {version}, jeszcze niezatwierdzony. To symulacja: efekt po wygojeniu zależy od rodzaju skóry, słońca i pielęgnacji po zabiegu.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>{reason} Shown: the preview as saved with version {version}.</source>
        <translation>{reason} Pokazano podgląd zapisany z wersją {version}.</translation>
    </message>
    <message>
        <source>Save the preview</source>
        <translation>Zapisz podgląd</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Obrazy JPEG (*.jpg)</translation>
    </message>
</context>
<context>
    <name>QuotePreview</name>
    <message>
        <source>Treatment plan version {version}</source>
        <translation>Plan zabiegów, wersja {version}</translation>
    </message>
    <message>
        <source>total {total}</source>
        <translation>razem {total}</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Pokwitowanie {number}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>◀ Previous year</source>
        <translation>◀ Poprzedni rok</translation>
    </message>
    <message>
        <source>Next year ▶</source>
        <translation>Następny rok ▶</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Zapisz CSV…</translation>
    </message>
    <message>
        <source>The table on screen, for a spreadsheet</source>
        <translation>Tabela z ekranu, do arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>{heading}. Entries in {currencies} are not added in.</source>
        <translation>{heading}. Wpisy w {currencies} nie są wliczone.</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Rodzaj sesji</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nie odnotowano)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Payments less refunds and voids</source>
        <translation>Płatności minus zwroty i unieważnienia</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
        <source>Heard about the clinic from</source>
        <translation>Źródło informacji o gabinecie</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Korekty do wykonania</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: sesje: {sessions}, przychód {revenue}; konsultacje: {consultations}, pierwsza sesja po konsultacji: {converted}{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} session, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: sesje: {sessions}, przychód {revenue}; konsultacje: {consultations}, pierwsza sesja po konsultacji: {converted}{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultation, {converted} went on to a first session{rate}</source>
        <translation>{year}: sesje: {sessions}, przychód {revenue}; konsultacje: {consultations}, pierwsza sesja po konsultacji: {converted}{rate}</translation>
    </message>
    <message>
        <source>{year}: {sessions} sessions, revenue {revenue}; {consultations} consultations, {converted} went on to a first session{rate}</source>
        <translation>{year}: sesje: {sessions}, przychód {revenue}; konsultacje: {consultations}, pierwsza sesja po konsultacji: {converted}{rate}</translation>
    </message>
    <message>
        <source>Save the year&apos;s reports</source>
        <translation>Zapisz raporty z roku</translation>
    </message>
    <message>
        <source>Save this table as CSV</source>
        <translation>Zapisz tę tabelę jako CSV</translation>
    </message>
</context>
<context>
    <name>ScaledPicture</name>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
</context>
<context>
    <name>TakingsWindow</name>
    <message>
        <source>Day&apos;s takings</source>
        <translation>Utarg dnia</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Poprzedni dzień</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Następny dzień ▶</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Zapisz CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Entries, in receipt order</source>
        <translation>Wpisy w kolejności pokwitowań</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payment</source>
        <translation>{day}: netto {net} z {count} płatności</translation>
    </message>
    <message>
        <source>{day}: net {net} from {count} payments</source>
        <translation>{day}: netto {net} z {count} płatności</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>Payment, voided</source>
        <translation>Płatność, unieważniona</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Nothing was taken on this day.</source>
        <translation>Tego dnia nie przyjęto żadnych płatności.</translation>
    </message>
    <message>
        <source>Entries in {currencies} are listed but not added up; the totals are in {currency}.</source>
        <translation>Wpisy w {currencies} są wymienione, ale nie sumowane; sumy podano w {currency}.</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Utarg</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings</source>
        <translation>Zapisz utarg dnia</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings as CSV</source>
        <translation>Zapisz utarg dnia jako CSV</translation>
    </message>
</context>
<context>
    <name>WipeView</name>
    <message>
        <source>Before and after</source>
        <translation>Przed i po</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>designs.approve_dialog</name>
    <message>
        <source>I have seen this design (version {version}) and its preview. It is the hairline, shade and placement I chose together with my practitioner, and I am happy with them. I understand the preview is a simulation: the healed result varies with skin, sun and aftercare.</source>
        <extracomment>What the client confirms, in the consent form&apos;s words (&quot;I chose the hairline, shade and placement, and I am happy with them&quot;), tied to the version they see.</extracomment>
        <translation>Potwierdzam, że znam ten projekt (wersja {version}) i jego podgląd. To linia włosów, odcień i rozmieszczenie wybrane przeze mnie wspólnie ze specjalistą i akceptuję je. Rozumiem, że podgląd jest symulacją: efekt po wygojeniu zależy od skóry, słońca i pielęgnacji po zabiegu.</translation>
    </message>
    <message>
        <source>Signing approves this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be approved again.</source>
        <translation>Podpis zatwierdza tę wersję ostatecznie: później nie można jej zmienić. Każda zmiana zostanie zapisana jako nowa wersja, którą trzeba ponownie zatwierdzić.</translation>
    </message>
</context>
<context>
    <name>designs.canvas</name>
    <message>
        <source>Select: click a zone or a point; drag a point to move it, arrow keys nudge it (Shift: 10x), Delete removes it. Drag the picture to move around.</source>
        <extracomment>How near (screen pixels) a press must be to a handle or a line to grab it. Handle radius on screen, whatever the zoom. The hint the window&apos;s status bar shows for each tool (marked for translation: shown through ``translate(&quot;designs.canvas&quot;, hint)``).</extracomment>
        <translation>Zaznaczanie: kliknij strefę lub punkt; przeciągnij punkt, aby go przesunąć, strzałki przesuwają go minimalnie (Shift: 10x), Delete go usuwa. Przeciągnij zdjęcie, aby je przesunąć.</translation>
    </message>
    <message>
        <source>Hairline: click to add a point (on the curve to insert one), drag a point to move it, right-click or Delete removes it. With symmetry, draw the left side.</source>
        <translation>Linia włosów: kliknij, aby dodać punkt (na krzywej, aby go wstawić), przeciągnij punkt, aby go przesunąć; prawy przycisk lub Delete go usuwa. Przy symetrii rysuj lewą stronę.</translation>
    </message>
    <message>
        <source>Zone: click the corners of the area; Enter or double-click closes it, Backspace takes back a corner, Esc cancels.</source>
        <translation>Strefa: klikaj narożniki obszaru; Enter lub dwukrotne kliknięcie ją zamyka, Backspace cofa narożnik, Esc anuluje.</translation>
    </message>
    <message>
        <source>Scale: click two points a known distance apart (e.g. four fingers, about 7 cm, above the brow), then type the distance in cm.</source>
        <translation>Skala: kliknij dwa punkty o znanej odległości (np. cztery palce, około 7 cm, nad brwią), a potem wpisz odległość w cm.</translation>
    </message>
</context>
<context>
    <name>designs.design_tab</name>
    <message>
        <source>Version {version} — {date} by {name}</source>
        <extracomment>Photo angles offered as a base, in the order a practitioner designs (front hairline first); close-ups and &quot;other&quot; come last.</extracomment>
        <translation>Wersja {version} — {date}, autor: {name}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Wersja {version} — {date}</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zone</source>
        <translation>Narysowano na: {base} · strefy: {count}</translation>
    </message>
    <message>
        <source>Drawn on: {base} · {count} zones</source>
        <translation>Narysowano na: {base} · strefy: {count}</translation>
    </message>
    <message>
        <source>Approved {date}, signed by {name}</source>
        <translation>Zatwierdzono {date}, podpis: {name}</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Jeszcze niezatwierdzony</translation>
    </message>
    <message>
        <source>No design yet.</source>
        <translation>Brak projektu.</translation>
    </message>
    <message>
        <source>A design exists ({count} version; approved on {date}).</source>
        <translation>Projekt istnieje (wersje: {count}; zatwierdzony {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; approved on {date}).</source>
        <translation>Projekt istnieje (wersje: {count}; zatwierdzony {date}).</translation>
    </message>
    <message>
        <source>A design exists ({count} version; not approved yet).</source>
        <translation>Projekt istnieje (wersje: {count}; jeszcze niezatwierdzony).</translation>
    </message>
    <message>
        <source>A design exists ({count} versions; not approved yet).</source>
        <translation>Projekt istnieje (wersje: {count}; jeszcze niezatwierdzony).</translation>
    </message>
</context>
<context>
    <name>designs.designer</name>
    <message>
        <source>Select</source>
        <translation>Zaznacz</translation>
    </message>
    <message>
        <source>Hairline</source>
        <translation>Linia włosów</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>designs.designer_edits</name>
    <message>
        <source>A hairline has at most {count} points.</source>
        <translation>Linia włosów może mieć najwyżej tyle punktów: {count}.</translation>
    </message>
    <message>
        <source>A design has at most {count} zones.</source>
        <translation>Projekt może mieć najwyżej tyle stref: {count}.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>Strefa musi mieć co najmniej trzy narożniki.</translation>
    </message>
    <message>
        <source>A zone has at most {count} corners.</source>
        <translation>Strefa może mieć najwyżej tyle narożników: {count}.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners: delete the zone instead.</source>
        <translation>Strefa musi mieć co najmniej trzy narożniki: zamiast tego usuń strefę.</translation>
    </message>
    <message>
        <source>Type a distance from {low} to {high} cm.</source>
        <translation>Wpisz odległość od {low} do {high} cm.</translation>
    </message>
    <message>
        <source>Mark two different points for the scale.</source>
        <translation>Do skali trzeba zaznaczyć dwa różne punkty.</translation>
    </message>
</context>
<context>
    <name>designs.designer_panel</name>
    <message>
        <source>set the scale for cm²</source>
        <extracomment>What the scale suggests before anything is typed: four fingers above the brow.</extracomment>
        <translation>ustaw skalę, aby zobaczyć cm²</translation>
    </message>
    <message>
        <source>{area} cm² · {count} impressions</source>
        <translation>{area} cm² · punkty pigmentu: {count}</translation>
    </message>
    <message>
        <source>{number}. {kind} “{name}” · session {session}
    {size}</source>
        <translation>{number}. {kind} „{name}” · sesja {session}
    {size}</translation>
    </message>
    <message>
        <source>{number}. {kind} · session {session}
    {size}</source>
        <translation>{number}. {kind} · sesja {session}
    {size}</translation>
    </message>
    <message>
        <source>realistic {low}–{high}, typical {typical}</source>
        <translation>realnie {low}–{high}, typowo {typical}</translation>
    </message>
</context>
<context>
    <name>designs.preview_window</name>
    <message>
        <source>Before</source>
        <extracomment>The mode buttons&apos; words (shown through ``translate(&quot;designs.preview_window&quot;, word)``).</extracomment>
        <translation>Przed</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Design drawing</source>
        <translation>Rysunek projektu</translation>
    </message>
    <message>
        <source>Session {session}</source>
        <extracomment>Longest side of the on-screen renders: sharp on a full-HD screen, quick to make.</extracomment>
        <translation>Sesja {session}</translation>
    </message>
    <message>
        <source>Final (after session {session})</source>
        <translation>Efekt końcowy (po sesji {session})</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Efekt końcowy</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Preview not shown</source>
        <translation>Nie pokazano podglądu</translation>
    </message>
</context>
<context>
    <name>payments.payment_dialog</name>
    <message>
        <source>&amp;Cash</source>
        <extracomment>Short words for the big method buttons; the full wording is the tooltip (shown through ``translate(&quot;payments.payment_dialog&quot;, word)``).</extracomment>
        <translation>&amp;Gotówka</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>Bank &amp;transfer</source>
        <translation>&amp;Przelew</translation>
    </message>
    <message>
        <source>Gift &amp;voucher</source>
        <translation>&amp;Bon podarunkowy</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
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
        <source>No receipt</source>
        <translation>Brak pokwitowania</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <comment>a list of choices</comment>
        <translation>{list} lub {last}</translation>
    </message>
</context>
<context>
    <name>payments.payments_tab</name>
    <message>
        <source>Receipt</source>
        <extracomment>The table&apos;s headings (shown through ``translate(&quot;payments.payments_tab&quot;, heading)``).</extracomment>
        <translation>Pokwitowanie</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data przyjęcia</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Osoba przyjmująca</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>VOID of {receipt}</source>
        <translation>UNIEWAŻNIENIE {receipt}</translation>
    </message>
    <message>
        <source>REFUND of {receipt}</source>
        <translation>ZWROT z {receipt}</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>UNIEWAŻNIONO</translation>
    </message>
</context>
<context>
    <name>payments.takings_window</name>
    <message>
        <source>Paid by</source>
        <extracomment>The tables&apos; headings (shown through ``translate(&quot;payments.takings_window&quot;, heading)``).</extracomment>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Unieważnienia</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Pokwitowanie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Osoba przyjmująca</translation>
    </message>
</context>
<context>
    <name>plans.plan_accept</name>
    <message>
        <source>I have read this treatment plan (version {version}): the sessions, their proposed dates and prices, the total of {total} and the deposit of {deposit}. I accept it and the clinic&apos;s terms. Proposed dates may move with healing and the diary.</source>
        <translation>Potwierdzam zapoznanie się z tym planem zabiegów (wersja {version}): sesjami, ich proponowanymi terminami i cenami, sumą {total} i zadatkiem {deposit}. Akceptuję go oraz warunki gabinetu. Proponowane terminy mogą się przesunąć w zależności od gojenia i dostępności terminów.</translation>
    </message>
    <message>
        <source>Signing accepts this version for good: it cannot be changed afterwards. Any change is saved as a new version, to be accepted again.</source>
        <translation>Podpis akceptuje tę wersję ostatecznie: później nie można jej zmienić. Każda zmiana zostanie zapisana jako nowa wersja, którą trzeba ponownie zaakceptować.</translation>
    </message>
    <message>
        <source>to be booked</source>
        <translation>do umówienia</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Package discount ({package})</source>
        <translation>Rabat pakietowy ({package})</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>includes {tax}</source>
        <translation>w tym {tax}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Zadatek</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Ważny do {date}.</translation>
    </message>
</context>
<context>
    <name>plans.plan_tab</name>
    <message>
        <source>Accepted {date}</source>
        <translation>Zaakceptowano {date}</translation>
    </message>
    <message>
        <source>Not accepted yet · valid until {date}</source>
        <translation>Jeszcze niezaakceptowany · ważny do {date}</translation>
    </message>
    <message>
        <source>Version {version} — {date}</source>
        <translation>Wersja {version} — {date}</translation>
    </message>
    <message>
        <source>Total {total} · deposit {deposit}</source>
        <translation>Razem {total} · zadatek {deposit}</translation>
    </message>
</context>
<context>
    <name>reports.reports_window</name>
    <message>
        <source>Jan</source>
        <extracomment>Short month names (shown through ``translate(&quot;reports.reports_window&quot;, name)``).</extracomment>
        <translation>Sty</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Lut</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Kwi</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Cze</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Lip</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Wrz</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Paź</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Lis</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Gru</translation>
    </message>
    <message>
        <source>Sessions</source>
        <extracomment>Tab title -&gt; the table name :func:`smpdesk.app.reports.reports_csv` knows (the titles shown through ``translate(&quot;reports.reports_window&quot;, title)``).</extracomment>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Specjaliści</translation>
    </message>
    <message>
        <source>Heard about us</source>
        <translation>Skąd o nas wiedzą</translation>
    </message>
    <message>
        <source>Touch-ups due</source>
        <translation>Korekty do wykonania</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
</TS>
