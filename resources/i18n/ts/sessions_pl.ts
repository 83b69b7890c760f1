<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AppointmentEntry</name>
    <message>
        <source>at</source>
        <comment>between the day and the time of an appointment</comment>
        <translation>o godz.</translation>
    </message>
    <message>
        <source>Enter the day of the appointment as well as the time.</source>
        <translation>Proszę podać również dzień wizyty, nie tylko godzinę.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book next appointment</source>
        <translation>Umów następną wizytę</translation>
    </message>
    <message>
        <source>Next appointment after the {session} on {date}:</source>
        <translation>Następna wizyta po: {session} z dnia {date}:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Empty both boxes; OK then removes the booking</source>
        <translation>Czyści oba pola; OK usuwa wtedy rezerwację</translation>
    </message>
    <message>
        <source>Remove booking</source>
        <translation>Usuń rezerwację</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Umów</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Porównaj zdjęcia</translation>
    </message>
    <message>
        <source>Compare with the design</source>
        <translation>Porównaj z projektem</translation>
    </message>
    <message>
        <source>One of these photos could not be shown.</source>
        <translation>Nie udało się wyświetlić jednego z tych zdjęć.</translation>
    </message>
    <message>
        <source>Where the one picture gives way to the other</source>
        <translation>Miejsce, w którym jeden obraz przechodzi w drugi</translation>
    </message>
    <message>
        <source>Blink automatically</source>
        <translation>Automatyczne miganie</translation>
    </message>
    <message>
        <source>Switch between the two pictures every half second</source>
        <translation>Przełącza między obrazami co pół sekundy</translation>
    </message>
    <message>
        <source>Flip (Space)</source>
        <translation>Przełącz (spacja)</translation>
    </message>
    <message>
        <source>Show the other picture; stops the automatic blinking</source>
        <translation>Pokazuje drugi obraz; zatrzymuje automatyczne miganie</translation>
    </message>
    <message>
        <source>Wipe:</source>
        <translation>Suwak:</translation>
    </message>
    <message>
        <source>One picture over the other, lined up: drag to wipe</source>
        <translation>Jeden obraz na drugim, wyrównane: przeciąganie przesuwa granicę</translation>
    </message>
    <message>
        <source>One picture, then the other, lined up</source>
        <translation>Najpierw jeden obraz, potem drugi, wyrównane</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Clear the points clicked so far and mark them again</source>
        <translation>Usuwa dotychczas zaznaczone punkty, aby zaznaczyć je ponownie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop marking; the marks saved before stay</source>
        <translation>Kończy zaznaczanie; wcześniej zapisane punkty pozostają</translation>
    </message>
    <message>
        <source>Line up again…</source>
        <translation>Wyrównaj ponownie…</translation>
    </message>
    <message>
        <source>Mark the two landmarks on both pictures again</source>
        <translation>Ponowne zaznaczenie dwóch punktów odniesienia na obu obrazach</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>The whole picture in the window</source>
        <translation>Cały obraz w oknie</translation>
    </message>
    <message>
        <source>Export as one JPEG…</source>
        <translation>Eksportuj jako jeden JPEG…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Export lined up as one JPEG…</source>
        <translation>Eksportuj wyrównane jako jeden JPEG…</translation>
    </message>
    <message>
        <source>The pictures are turned {degrees}° against each other. If that looks wrong, the points may have been clicked in the other order: Line up again.</source>
        <translation>Obrazy są obrócone względem siebie o {degrees}°. Jeśli to wygląda na błąd, punkty mogły zostać zaznaczone w odwrotnej kolejności: Wyrównaj ponownie.</translation>
    </message>
    <message>
        <source>Showing: {picture}</source>
        <translation>Widoczne: {picture}</translation>
    </message>
    <message>
        <source>Click on the picture; drag to move it, scroll to zoom in for a close look.</source>
        <translation>Proszę kliknąć obraz; przeciągnięcie go przesuwa, a przewijanie powiększa.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the picture on the left</comment>
        <translation>po lewej</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the picture on the right</comment>
        <translation>po prawej</translation>
    </message>
    <message>
        <source>&lt;b&gt;On {side} ({where}), click {what}.&lt;/b&gt; (Point {number} of 2: two points on each picture line them up, and are kept for next time.)</source>
        <translation>&lt;b&gt;Na {side} ({where}) proszę kliknąć {what}.&lt;/b&gt; (Punkt {number} z 2: dwa punkty na każdym obrazie pozwalają je wyrównać i są zapamiętywane na następny raz.)</translation>
    </message>
    <message>
        <source>the spot marked {number} on {side}</source>
        <translation>miejsce oznaczone numerem {number} na {side}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Eksportuj porównanie</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Obrazy JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation>Usuń sesję</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} z dnia {date}</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>partia pigmentu {lot}</translation>
    </message>
    <message>
        <source>Delete the {session}?</source>
        <translation>Usunąć tę sesję: {session}?</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <source>&amp;Why is it deleted? (required, kept with it)</source>
        <translation>&amp;Dlaczego sesja jest usuwana? (wymagane, zapisywane razem z nią)</translation>
    </message>
    <message>
        <source>e.g. Recorded for the wrong client; the right record is on Sam Reid&apos;s timeline</source>
        <translation>np. zapisana u niewłaściwego klienta; prawidłowy wpis jest na osi czasu klienta Sam Reid</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} – {name}</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>← Clients</source>
        <translation>← Klienci</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Powrót do listy klientów (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakty kontrolne do wykonania&lt;/b&gt;</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dni naprzód</translation>
    </message>
    <message>
        <source>Mark the selected client:</source>
        <translation>Oznacz wybranego klienta:</translation>
    </message>
    <message>
        <source>{outcome}, with a note ({keys})</source>
        <translation>{outcome}, z notatką ({keys})</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>The whole list, every page of it (not only the rows shown)</source>
        <translation>Cała lista, wszystkie strony (nie tylko widoczne wiersze)</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {upcoming} coming up. Enter opens the client.</source>
        <translation>Zaległe: {overdue}, na dziś: {today}, nadchodzące: {upcoming}. Enter otwiera kartę klienta.</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Najpierw proszę wybrać klienta z listy.</translation>
    </message>
    <message>
        <source>Print follow-ups</source>
        <translation>Drukuj kontakty kontrolne</translation>
    </message>
    <message>
        <source>Follow-up list printed.</source>
        <translation>Lista kontaktów kontrolnych wydrukowana.</translation>
    </message>
    <message>
        <source>Follow-up list saved.</source>
        <translation>Lista kontaktów kontrolnych zapisana.</translation>
    </message>
    <message>
        <source>Save follow-ups as {kind}</source>
        <translation>Zapisz kontakty kontrolne jako {kind}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w {path}.</translation>
    </message>
    <message>
        <source>Save follow-ups</source>
        <translation>Zapisz kontakty kontrolne</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kontakty kontrolne</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Recall search by lot</source>
        <translation>Wyszukiwanie klientów według partii</translation>
    </message>
    <message>
        <source>Starts with: GR-2610 finds GR-2610-A and GR-2610-B. Contains: 2610 finds both too, and any other lot holding 2610. Case, spaces and dashes never matter.</source>
        <translation>Zaczyna się od: GR-2610 znajduje GR-2610-A i GR-2610-B. Zawiera: 2610 również znajduje obie oraz każdą inną partię zawierającą 2610. Wielkość liter, spacje i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Pigment, diluent or cartridge lot, as printed on the label</source>
        <translation>Partia pigmentu, rozcieńczalnika lub kartridża, jak na etykiecie</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Enter a lot number to see every client who received it.</source>
        <translation>Proszę wpisać numer partii, aby zobaczyć wszystkich klientów, u których została użyta.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Zapisz &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Looking for lot {lot}…</source>
        <translation>Wyszukiwanie partii {lot}…</translation>
    </message>
    <message>
        <source>Recall search</source>
        <translation>Wyszukiwanie według partii</translation>
    </message>
    <message>
        <source>{lots} and {count} more</source>
        <translation>{lots} i {count} innych</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesja</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesja</numerusform>
            <numerusform>%n sesje</numerusform>
            <numerusform>%n sesji</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client</source>
        <translation>1 klient</translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}; lots found: {lots}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}; znalezione partie: {lots}. Enter otwiera kartę klienta.</translation>
    </message>
    <message>
        <source>{what}: {sessions}, {clients}. Enter opens the client.</source>
        <translation>{what}: {sessions}, {clients}. Enter otwiera kartę klienta.</translation>
    </message>
    <message>
        <source>Print recall list</source>
        <translation>Drukuj listę klientów z partii</translation>
    </message>
    <message>
        <source>Recall list printed.</source>
        <translation>Lista klientów z partii wydrukowana.</translation>
    </message>
    <message>
        <source>Recall list saved.</source>
        <translation>Lista klientów z partii zapisana.</translation>
    </message>
    <message>
        <source>Save recall list as {kind}</source>
        <translation>Zapisz listę klientów z partii jako {kind}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w {path}.</translation>
    </message>
    <message>
        <source>Save recall list</source>
        <translation>Zapisz listę klientów z partii</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>{outcome}: follow-up</source>
        <translation>{outcome}: kontakt kontrolny</translation>
    </message>
    <message>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; for {name} ({number}, {phone})</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; – {name} ({number}, {phone})</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>brak telefonu</translation>
    </message>
    <message>
        <source>What was said (optional): kept with the outcome</source>
        <translation>Co ustalono (opcjonalnie): zapisywane razem z wynikiem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Off the list until</source>
        <translation>Poza listą do</translation>
    </message>
    <message>
        <source>{outcome} by {name}</source>
        <translation>{outcome} – {name}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Earlier outcomes (kept, newest first):</source>
        <translation>Wcześniejsze wyniki (zachowane, od najnowszych):</translation>
    </message>
    <message>
        <source>Type the date the snooze ends.</source>
        <translation>Proszę wpisać datę końca odłożenia.</translation>
    </message>
</context>
<context>
    <name>PatchTestDatesLine</name>
    <message>
        <source>Patch test on file (applied {dates}); results: ask a practitioner.</source>
        <translation>Próba uczuleniowa w dokumentacji (wykonana {dates}); wyniki: proszę zapytać specjalistę.</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <source>New version of a patch test</source>
        <translation>Nowa wersja próby uczuleniowej</translation>
    </message>
    <message>
        <source>Record patch test</source>
        <translation>Zapisz próbę uczuleniową</translation>
    </message>
    <message>
        <source>brand and shade, e.g. Brand X Dark Grey</source>
        <translation>marka i odcień, np. Brand X Dark Grey</translation>
    </message>
    <message>
        <source>e.g. behind the left ear</source>
        <translation>np. za lewym uchem</translation>
    </message>
    <message>
        <source>e.g. read today; or: wrong lot typed</source>
        <translation>np. odczyt dzisiaj; albo: błędnie wpisana partia</translation>
    </message>
    <message>
        <source>A negative result read after the client&apos;s medical history closes the pigment allergy flag. A clean patch test does not rule out a later reaction.</source>
        <translation>Wynik ujemny odczytany po wywiadzie medycznym klienta zamyka ostrzeżenie o alergii na pigment. Prawidłowy wynik próby uczuleniowej nie wyklucza późniejszej reakcji.</translation>
    </message>
    <message>
        <source>Patch test not saved</source>
        <translation>Nie zapisano próby uczuleniowej</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <source>Record patch test…</source>
        <translation>Zapisz próbę uczuleniową…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nowa wersja…</translation>
    </message>
    <message>
        <source>Add the reading, or correct the selected patch test</source>
        <translation>Dodaj odczyt lub popraw wybraną próbę</translation>
    </message>
    <message>
        <source>No patch tests recorded.</source>
        <translation>Brak zapisanych prób uczuleniowych.</translation>
    </message>
    <message>
        <source>Patch tests could not be read: {problem}</source>
        <translation>Nie udało się odczytać prób uczuleniowych: {problem}</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>partia {lot}</translation>
    </message>
    <message>
        <source>Applied {date}: {what}</source>
        <translation>Wykonana {date}: {what}</translation>
    </message>
    <message>
        <source>{result} — read {date} by {name}</source>
        <translation>{result} — odczyt {date}, {name}</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Jeszcze bez odczytu</translation>
    </message>
    <message>
        <source>New version: {reason}</source>
        <translation>Nowa wersja: {reason}</translation>
    </message>
</context>
<context>
    <name>PhotoHistoryDialog</name>
    <message>
        <source>Photo history</source>
        <translation>Historia zdjęcia</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Scroll or press + / − to zoom, drag to move, 0 to fit; ← → for the others.</source>
        <translation>Przewijanie lub + / − powiększa, przeciąganie przesuwa, 0 dopasowuje; ← → pozostałe zdjęcia.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzednie</translation>
    </message>
    <message>
        <source>The photo before this one (Left arrow, Page Up)</source>
        <translation>Poprzednie zdjęcie (strzałka w lewo, Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następne ▶</translation>
    </message>
    <message>
        <source>The photo after this one (Right arrow, Page Down)</source>
        <translation>Następne zdjęcie (strzałka w prawo, Page Down)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>This photo could not be shown; it may have been deleted.</source>
        <translation>Nie udało się wyświetlić tego zdjęcia; mogło zostać usunięte.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>That photo could not be shown; it may have been deleted.</source>
        <translation>Nie udało się wyświetlić tamtego zdjęcia; mogło zostać usunięte.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} z {count}</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Import photos…</source>
        <translation>Importuj zdjęcia…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importuj folder…</translation>
    </message>
    <message>
        <source>Angle given to the photos you import next</source>
        <translation>Ujęcie przypisywane do następnie importowanych zdjęć</translation>
    </message>
    <message>
        <source>Visit the photos you import next belong to. Left empty, each photo goes to the day it was taken (from the camera), or today if the file does not say.</source>
        <translation>Wizyta, do której należą następnie importowane zdjęcia. Gdy pole jest puste, każde zdjęcie trafia do dnia wykonania (według aparatu) lub do dzisiaj, jeśli plik tego nie podaje.</translation>
    </message>
    <message>
        <source>What the client agreed these photos may be used for</source>
        <translation>Zakres zgody klienta na wykorzystanie tych zdjęć</translation>
    </message>
    <message>
        <source>All angles</source>
        <translation>Wszystkie ujęcia</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Porównaj dwa</translation>
    </message>
    <message>
        <source>First vs latest</source>
        <translation>Pierwsze i ostatnie</translation>
    </message>
    <message>
        <source>Compare the first and latest photo of the angle shown</source>
        <translation>Porównaj pierwsze i ostatnie zdjęcie wyświetlanego ujęcia</translation>
    </message>
    <message>
        <source>Compare with design</source>
        <translation>Porównaj z projektem</translation>
    </message>
    <message>
        <source>The selected photo next to the design&apos;s preview (the approved version, else the newest); the arrow chooses another version</source>
        <translation>Wybrane zdjęcie obok podglądu projektu (wersja zatwierdzona, a w jej braku najnowsza); strzałka pozwala wybrać inną wersję</translation>
    </message>
    <message>
        <source>Tag selected</source>
        <translation>Oznacz zaznaczone</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Every change to the selected photo&apos;s tags: who, when, what</source>
        <translation>Każda zmiana oznaczeń wybranego zdjęcia: kto, kiedy, co</translation>
    </message>
    <message>
        <source>as</source>
        <comment>import photos as (an angle)</comment>
        <translation>jako</translation>
    </message>
    <message>
        <source>visit</source>
        <comment>import photos for (a visit date)</comment>
        <translation>wizyta</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>filter the photos by angle</comment>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Marketing consent withdrawn…</source>
        <translation>Wycofanie zgody marketingowej…</translation>
    </message>
    <message>
        <source>The client told you they withdraw marketing use: every photo becomes clinical only</source>
        <translation>Klient zgłasza wycofanie zgody na wykorzystanie w marketingu: wszystkie zdjęcia stają się wyłącznie dokumentacją kliniczną</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ujęcie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Visit date…</source>
        <translation>Data wizyty…</translation>
    </message>
    <message numerus="yes">
        <source>(%n edited ✎)</source>
        <translation>
            <numerusform>(%n edytowane ✎)</numerusform>
            <numerusform>(%n edytowane ✎)</numerusform>
            <numerusform>(%n edytowanych ✎)</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos of the {angle} yet.</source>
        <translation>Brak jeszcze zdjęć w ujęciu „{angle}”.</translation>
    </message>
    <message>
        <source>No photos yet. Import them with the buttons above, or drag pictures or a folder onto this page.</source>
        <translation>Brak zdjęć. Można je zaimportować przyciskami powyżej albo przeciągnąć obrazy lub folder na tę stronę.</translation>
    </message>
    <message>
        <source>{photos} in {visits}</source>
        <translation>{photos} ({visits})</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 wizyta</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n wizyta</numerusform>
            <numerusform>%n wizyty</numerusform>
            <numerusform>%n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 zdjęcie</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing consent withdrawn</source>
        <translation>Wycofanie zgody marketingowej</translation>
    </message>
    <message>
        <source>The client withdraws permission to use their photos in marketing. Mark every photo of theirs as clinical record only? Record it on a new consent form too.</source>
        <translation>Klient wycofuje zgodę na wykorzystanie swoich zdjęć w marketingu. Oznaczyć wszystkie zdjęcia tego klienta jako wyłącznie dokumentację kliniczną? Należy to również zapisać w nowym formularzu zgody.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nie zmieniono</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importuj zdjęcia</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import every photo in a folder</source>
        <translation>Importuj wszystkie zdjęcia z folderu</translation>
    </message>
    <message>
        <source>Photos are still being imported; wait for that to finish.</source>
        <translation>Trwa import zdjęć; proszę poczekać na jego zakończenie.</translation>
    </message>
    <message>
        <source>{problem} Or leave the visit empty: each photo then goes to the day it was taken.</source>
        <translation>{problem} Można też zostawić pole wizyty puste: każde zdjęcie trafi wtedy do dnia wykonania.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Select one photo to view it.</source>
        <translation>Proszę wybrać jedno zdjęcie, aby je wyświetlić.</translation>
    </message>
    <message>
        <source>Select two photos (Ctrl+click the second) to compare them.</source>
        <translation>Proszę wybrać dwa zdjęcia (Ctrl+kliknięcie drugiego), aby je porównać.</translation>
    </message>
    <message>
        <source>There are not yet photos of the {angle} from two different visits.</source>
        <translation>Brak jeszcze zdjęć w ujęciu „{angle}” z dwóch różnych wizyt.</translation>
    </message>
    <message>
        <source>Version {version} · {base} · approved ✓</source>
        <translation>Wersja {version} · {base} · zatwierdzona ✓</translation>
    </message>
    <message>
        <source>Version {version} · {base}</source>
        <translation>Wersja {version} · {base}</translation>
    </message>
    <message>
        <source>Select the photo to compare with the design (one of the same view).</source>
        <translation>Proszę wybrać zdjęcie do porównania z projektem (z tego samego ujęcia).</translation>
    </message>
    <message>
        <source>Select the photos to tag (Ctrl+A selects a whole visit).</source>
        <translation>Proszę wybrać zdjęcia do oznaczenia (Ctrl+A zaznacza całą wizytę).</translation>
    </message>
    <message>
        <source>Select one photo to see its history.</source>
        <translation>Proszę wybrać jedno zdjęcie, aby zobaczyć jego historię.</translation>
    </message>
    <message>
        <source>Select one photo to export it.</source>
        <translation>Proszę wybrać jedno zdjęcie do eksportu.</translation>
    </message>
    <message>
        <source>Export photo</source>
        <translation>Eksportuj zdjęcie</translation>
    </message>
    <message>
        <source>JPEG pictures (*.jpg)</source>
        <translation>Obrazy JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Select the photos to delete.</source>
        <translation>Proszę wybrać zdjęcia do usunięcia.</translation>
    </message>
    <message>
        <source>Delete 1 photo for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>Usunąć trwale 1 zdjęcie? Obraz zostanie wymazany z bazy danych gabinetu i można go odzyskać tylko z kopii zapasowej.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photos for good? The pictures are erased from the clinic database and cannot be brought back except from a backup.</source>
        <translation>
            <numerusform>Usunąć trwale %n zdjęcie? Obraz zostanie wymazany z bazy danych gabinetu i można go odzyskać tylko z kopii zapasowej.</numerusform>
            <numerusform>Usunąć trwale %n zdjęcia? Obrazy zostaną wymazane z bazy danych gabinetu i można je odzyskać tylko z kopii zapasowej.</numerusform>
            <numerusform>Usunąć trwale %n zdjęć? Obrazy zostaną wymazane z bazy danych gabinetu i można je odzyskać tylko z kopii zapasowej.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Usuń zdjęcia</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session — {name}</source>
        <translation>Edytuj sesję — {name}</translation>
    </message>
    <message>
        <source>Record session — {name}</source>
        <translation>Zapisz sesję — {name}</translation>
    </message>
    <message>
        <source>Not on file</source>
        <translation>Brak w dokumentacji</translation>
    </message>
    <message>
        <source>e.g. GP letter dated 3 March seen; paper consent signed today</source>
        <translation>np. okazano zaświadczenie lekarza rodzinnego z 3 marca; zgoda papierowa podpisana dziś</translation>
    </message>
    <message>
        <source>Reason to go ahead anyway *</source>
        <translation>Powód kontynuacji mimo to *</translation>
    </message>
    <message>
        <source>Kept with the session and shown on the client&apos;s timeline.</source>
        <translation>Zapisywany razem z sesją i widoczny na osi czasu klienta.</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Podany powód: {reason}</translation>
    </message>
    <message>
        <source>Use proposed date</source>
        <translation>Użyj proponowanej daty</translation>
    </message>
    <message>
        <source>Enter the session date to see the proposed next date.</source>
        <translation>Proszę wpisać datę sesji, aby zobaczyć proponowany następny termin.</translation>
    </message>
    <message>
        <source>Proposed: {date} ({gap} after a {session})</source>
        <translation>Propozycja: {date} ({gap} po: {session})</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Edited since import: History… lists the changes</source>
        <translation>Edytowane od importu: Historia… pokazuje zmiany</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <source>24-hour clock: 14:30 (1430 works too)</source>
        <translation>Zegar 24-godzinny: 14:30 (można też 1430)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Record session…</source>
        <translation>Zapisz sesję…</translation>
    </message>
    <message>
        <source>Record today&apos;s treatment session (Ctrl+R)</source>
        <translation>Zapisz dzisiejszą sesję zabiegową (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Edytuj sesję…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Zalecenia pozabiegowe…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Usuń sesję…</translation>
    </message>
    <message>
        <source>Owner only: the session leaves every list and stays in the client&apos;s history with your reason</source>
        <translation>Tylko właściciel: sesja znika ze wszystkich list i pozostaje w historii klienta wraz z podanym powodem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>{session} (edited)</source>
        <translation>{session} (edytowana)</translation>
    </message>
    <message>
        <source>care plan {version}, {paper}, {time}</source>
        <translation>zalecenia {version}, {paper}, {time}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 zdjęcie</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No sessions recorded yet. Use &lt;b&gt;Record session…&lt;/b&gt; (Ctrl+R) after treatment; the aftercare sheet then prints with real dates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Brak zapisanych sesji. Po zabiegu należy użyć &lt;b&gt;Zapisz sesję…&lt;/b&gt; (Ctrl+R); zalecenia pozabiegowe zostaną wtedy wydrukowane z rzeczywistymi datami.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Sesja usunięta</translation>
    </message>
    <message>
        <source>Design version {version} saved</source>
        <translation>Zapisano wersję {version} projektu</translation>
    </message>
    <message>
        <source>Design version {version} approved</source>
        <translation>Zatwierdzono wersję {version} projektu</translation>
    </message>
    <message>
        <source>{flags} (signed record)</source>
        <translation>{flags} (podpisany dokument)</translation>
    </message>
    <message>
        <source>{form} v{version} answered</source>
        <translation>{form} v{version} – wypełniony</translation>
    </message>
    <message>
        <source>Next: {session}, appointment {when}</source>
        <translation>Następna: {session}, wizyta {when}</translation>
    </message>
    <message>
        <source>Next: {session} due around {date} (no appointment set)</source>
        <translation>Następna: {session} około {date} (bez umówionej wizyty)</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Visit date</source>
        <translation>Data wizyty</translation>
    </message>
    <message>
        <source>Move the selected photos to the visit on:</source>
        <translation>Przenieś wybrane zdjęcia do wizyty z dnia:</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>Proszę wpisać dzień wizyty.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Data wizyty nie może być w przyszłości.</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Book next appointment…</source>
        <translation>Umów następną wizytę…</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Zalecenia pozabiegowe…</translation>
    </message>
    <message>
        <source>Hand a form to the client…</source>
        <translation>Przekaż formularz klientowi…</translation>
    </message>
    <message>
        <source>The client fills in a form in client mode; a practitioner&apos;s PIN takes it back</source>
        <translation>Klient wypełnia formularz w trybie klienta; PIN specjalisty odbiera komputer z powrotem</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>nieumówiona</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a form</comment>
        <translation>wypełniony</translation>
    </message>
    <message>
        <source>started, not finished</source>
        <comment>a form</comment>
        <translation>rozpoczęty, niedokończony</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>a form</comment>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Forms — {statuses}</source>
        <translation>Formularze — {statuses}</translation>
    </message>
    <message>
        <source>Hand a form to the client</source>
        <translation>Przekaż formularz klientowi</translation>
    </message>
    <message>
        <source>No forms are available.</source>
        <translation>Brak dostępnych formularzy.</translation>
    </message>
    <message>
        <source>Form for the client to fill in:</source>
        <translation>Formularz do wypełnienia przez klienta:</translation>
    </message>
    <message>
        <source>A practitioner must set an unlock PIN first (File → My password and PIN): their PIN is what takes the laptop back from the client.</source>
        <translation>Specjalista musi najpierw ustawić PIN odblokowania (Plik → Moje hasło i PIN): to PIN specjalisty odbiera laptop od klienta.</translation>
    </message>
</context>
<context>
    <name>photos.photo_align</name>
    <message>
        <source>the inner end of the brow on the left of the picture</source>
        <translation>wewnętrzny koniec brwi po lewej stronie obrazu</translation>
    </message>
    <message>
        <source>the inner end of the brow on the right of the picture</source>
        <translation>wewnętrzny koniec brwi po prawej stronie obrazu</translation>
    </message>
    <message>
        <source>the top of the ear, where it meets the head</source>
        <translation>górną część ucha, w miejscu połączenia z głową</translation>
    </message>
    <message>
        <source>the outer corner of the eye</source>
        <translation>zewnętrzny kącik oka</translation>
    </message>
    <message>
        <source>a spot you can find on both photos (a mole, a freckle, the end of a scar)</source>
        <translation>miejsce widoczne na obu zdjęciach (pieprzyk, pieg, koniec blizny)</translation>
    </message>
    <message>
        <source>a second such spot, as far from the first as you can</source>
        <translation>drugie takie miejsce, możliwie jak najdalej od pierwszego</translation>
    </message>
    <message>
        <source>Design, version {version}, approved {date}</source>
        <translation>Projekt, wersja {version}, zatwierdzona {date}</translation>
    </message>
    <message>
        <source>Design, version {version}</source>
        <translation>Projekt, wersja {version}</translation>
    </message>
</context>
<context>
    <name>photos.photo_history</name>
    <message>
        <source>Visit date</source>
        <translation>Data wizyty</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ujęcie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>session {number}</source>
        <translation>sesja {number}</translation>
    </message>
    <message>
        <source>Imported {when} from {file}.</source>
        <translation>Zaimportowano {when} z pliku {file}.</translation>
    </message>
    <message>
        <source>Imported {when}.</source>
        <translation>Zaimportowano {when}.</translation>
    </message>
    <message>
        <source>{angle}, visit of {date}</source>
        <translation>{angle}, wizyta z dnia {date}</translation>
    </message>
    <message>
        <source>Its tags have not been changed since it was imported.</source>
        <translation>Oznaczenia nie zmieniły się od importu.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>(marketing consent withdrawn)</source>
        <translation>(wycofano zgodę marketingową)</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when}, {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Zmiany</translation>
    </message>
</context>
<context>
    <name>photos.photo_import</name>
    <message>
        <source>Importing 1 photo…</source>
        <translation>Importowanie 1 zdjęcia…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photos…</source>
        <translation>
            <numerusform>Importowanie %n zdjęcia…</numerusform>
            <numerusform>Importowanie %n zdjęć…</numerusform>
            <numerusform>Importowanie %n zdjęć…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Importuj zdjęcia</translation>
    </message>
    <message>
        <source>{imported} of 1 photo imported.</source>
        <translation>Zaimportowano {imported} z 1 zdjęcia.</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n photos imported.</source>
        <translation>
            <numerusform>Zaimportowano {imported} z %n zdjęcia.</numerusform>
            <numerusform>Zaimportowano {imported} z %n zdjęć.</numerusform>
            <numerusform>Zaimportowano {imported} z %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: {count} not looked at.</source>
        <translation>Anulowano; nieprzejrzane: {count}.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nie zaimportowano:</translation>
    </message>
</context>
<context>
    <name>photos.photo_views</name>
    <message>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Suwak</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Miganie</translation>
    </message>
    <message>
        <source>Scroll to zoom both, drag to move both.</source>
        <translation>Przewijanie powiększa oba obrazy, przeciąganie przesuwa oba.</translation>
    </message>
    <message>
        <source>Drag the white line (or press ← →) to wipe from one to the other; scroll to zoom.</source>
        <translation>Przeciągnięcie białej linii (lub ← →) przechodzi z jednego obrazu w drugi; przewijanie powiększa.</translation>
    </message>
    <message>
        <source>Space flips from one to the other by hand; scroll to zoom, drag to move.</source>
        <translation>Spacja ręcznie przełącza obrazy; przewijanie powiększa, przeciąganie przesuwa.</translation>
    </message>
    <message>
        <source>the before photo</source>
        <translation>zdjęciu „przed”</translation>
    </message>
    <message>
        <source>the after photo</source>
        <translation>zdjęciu „po”</translation>
    </message>
    <message>
        <source>the design</source>
        <translation>projekcie</translation>
    </message>
</context>
<context>
    <name>photos.photos_tab</name>
    <message>
        <source>date taken</source>
        <translation>data wykonania</translation>
    </message>
</context>
<context>
    <name>sessions.delete_session_dialog</name>
    <message>
        <source>It leaves the timeline, the follow-ups list, lot recalls, the day&apos;s visits and the defaults of the next session.</source>
        <translation>Znika z osi czasu, listy kontaktów kontrolnych, wyszukiwania partii, wizyt danego dnia i wartości domyślnych następnej sesji.</translation>
    </message>
    <message>
        <source>Nothing is erased: the session as recorded, its earlier versions and this reason stay in the client&apos;s history, with your name and the time, and the audit trail notes it.</source>
        <translation>Nic nie zostaje wymazane: sesja w zapisanej postaci, jej wcześniejsze wersje i ten powód pozostają w historii klienta wraz z nazwiskiem osoby usuwającej i godziną, a dziennik audytu to odnotowuje.</translation>
    </message>
    <message>
        <source>Photos and aftercare sheets of this visit stay in the client&apos;s record, still linked to it.</source>
        <translation>Zdjęcia i zalecenia pozabiegowe z tej wizyty pozostają w dokumentacji klienta, nadal z nią powiązane.</translation>
    </message>
    <message>
        <source>It cannot be undone here: if it was right after all, record the session again.</source>
        <translation>Tej operacji nie można tu cofnąć: jeśli sesja jednak była prawidłowa, należy zapisać ją ponownie.</translation>
    </message>
</context>
<context>
    <name>sessions.follow_ups_view</name>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Ostatnia sesja</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następna</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Ostatni wynik</translation>
    </message>
    <message>
        <source>&amp;Called…</source>
        <translation>&amp;Zadzwoniono…</translation>
    </message>
    <message>
        <source>&amp;Left message…</source>
        <translation>Zostawiono &amp;wiadomość…</translation>
    </message>
    <message>
        <source>&amp;Booked…</source>
        <translation>&amp;Umówiono…</translation>
    </message>
    <message>
        <source>&amp;Not returning…</source>
        <translation>&amp;Nie wróci…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Odłóż…</translation>
    </message>
    <message>
        <source>{date} (proposed)</source>
        <translation>{date} (proponowany)</translation>
    </message>
</context>
<context>
    <name>sessions.list_output</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Arkusze CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <source>{problem} Check the printer and try again.</source>
        <translation>{problem} Proszę sprawdzić drukarkę i spróbować ponownie.</translation>
    </message>
</context>
<context>
    <name>sessions.lot_recall</name>
    <message>
        <source>Lot starts with</source>
        <translation>Partia zaczyna się od</translation>
    </message>
    <message>
        <source>Lot contains</source>
        <translation>Partia zawiera</translation>
    </message>
    <message>
        <source>Exactly this lot</source>
        <translation>Dokładnie ta partia</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Data sesji</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
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
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Which lot</source>
        <translation>Która partia</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>partia pigmentu {lot}</translation>
    </message>
    <message>
        <source>diluent lot {lot}</source>
        <translation>partia rozcieńczalnika {lot}</translation>
    </message>
    <message>
        <source>cartridge lot {lot}</source>
        <translation>partia kartridża {lot}</translation>
    </message>
    <message>
        <source>{lot} (changed later to {later})</source>
        <translation>{lot} (później zmieniono na {later})</translation>
    </message>
</context>
<context>
    <name>sessions.session_dialog</name>
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
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Data *</translation>
    </message>
    <message>
        <source>Kind of session *</source>
        <translation>Rodzaj sesji *</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Godzina rozpoczęcia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Godzina zakończenia</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Areas treated</source>
        <translation>Obszary zabiegu</translation>
    </message>
    <message>
        <source>Pigment and needles</source>
        <translation>Pigment i igły</translation>
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
        <source>e.g. 1:3</source>
        <translation>np. 1:3</translation>
    </message>
    <message>
        <source>Pigment lot</source>
        <translation>Partia pigmentu</translation>
    </message>
    <message>
        <source>as printed on the bottle</source>
        <translation>jak na butelce</translation>
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
        <source>Needle configuration</source>
        <translation>Konfiguracja igły</translation>
    </message>
    <message>
        <source>e.g. 1RL</source>
        <translation>np. 1RL</translation>
    </message>
    <message>
        <source>Needle diameter (mm)</source>
        <translation>Średnica igły (mm)</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>np. 0.25</translation>
    </message>
    <message>
        <source>Cartridge lot</source>
        <translation>Partia kartridża</translation>
    </message>
    <message>
        <source>Machine and numbing</source>
        <translation>Urządzenie i znieczulenie</translation>
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
        <source>e.g. 8.5 V, 3.5 mm stroke</source>
        <translation>np. 8,5 V, skok 3,5 mm</translation>
    </message>
    <message>
        <source>Numbing product</source>
        <translation>Preparat znieczulający</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Czas trwania (minuty)</translation>
    </message>
    <message>
        <source>Skin reaction</source>
        <translation>Reakcja skóry</translation>
    </message>
    <message>
        <source>e.g. mild redness, pinpoint bleeding</source>
        <translation>np. lekkie zaczerwienienie, punktowe krwawienie</translation>
    </message>
    <message>
        <source>Pain score (0–10)</source>
        <translation>Ocena bólu (0–10)</translation>
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
        <source>Enter the time as {form}, for example 14:30.</source>
        <translation>Proszę wpisać godzinę w formacie {form}, na przykład 14:30.</translation>
    </message>
    <message>
        <source>There is no such time; check the hour (for example 14:30).</source>
        <translation>Taka godzina nie istnieje; proszę sprawdzić godzinę (na przykład 14:30).</translation>
    </message>
    <message>
        <source>There is no such time; use the 24-hour clock, for example 14:30 ({form}).</source>
        <translation>Taka godzina nie istnieje; proszę użyć zegara 24-godzinnego, na przykład 14:30 ({form}).</translation>
    </message>
    <message>
        <source>1 record not on file</source>
        <translation>brak 1 dokumentu</translation>
    </message>
    <message numerus="yes">
        <source>%n records not on file</source>
        <translation>
            <numerusform>brak %n dokumentu</numerusform>
            <numerusform>brak %n dokumentów</numerusform>
            <numerusform>brak %n dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Before you treat: {counts}</source>
        <translation>Przed zabiegiem: {counts}</translation>
    </message>
    <message>
        <source>1 do not treat flag</source>
        <translation>1 ostrzeżenie „nie wykonywać zabiegu”</translation>
    </message>
    <message numerus="yes">
        <source>%n do not treat flags</source>
        <translation>
            <numerusform>%n ostrzeżenie „nie wykonywać zabiegu”</numerusform>
            <numerusform>%n ostrzeżenia „nie wykonywać zabiegu”</numerusform>
            <numerusform>%n ostrzeżeń „nie wykonywać zabiegu”</numerusform>
        </translation>
    </message>
    <message>
        <source>1 postpone flag</source>
        <translation>1 ostrzeżenie „odłożyć zabieg”</translation>
    </message>
    <message numerus="yes">
        <source>%n postpone flags</source>
        <translation>
            <numerusform>%n ostrzeżenie „odłożyć zabieg”</numerusform>
            <numerusform>%n ostrzeżenia „odłożyć zabieg”</numerusform>
            <numerusform>%n ostrzeżeń „odłożyć zabieg”</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs medical clearance flag</source>
        <translation>1 ostrzeżenie „wymaga zgody lekarza”</translation>
    </message>
    <message numerus="yes">
        <source>%n needs medical clearance flags</source>
        <translation>
            <numerusform>%n ostrzeżenie „wymaga zgody lekarza”</numerusform>
            <numerusform>%n ostrzeżenia „wymaga zgody lekarza”</numerusform>
            <numerusform>%n ostrzeżeń „wymaga zgody lekarza”</numerusform>
        </translation>
    </message>
    <message>
        <source>Another client is booked near this time</source>
        <translation>Inny klient jest umówiony blisko tej godziny</translation>
    </message>
    <message>
        <source>{warning} Keep {time} on {date} anyway?</source>
        <translation>{warning} Zachować mimo to godzinę {time} w dniu {date}?</translation>
    </message>
    <message>
        <source>Keep this time</source>
        <translation>Zachowaj tę godzinę</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Zmień godzinę</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n rok</numerusform>
            <numerusform>%n lata</numerusform>
            <numerusform>%n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions.timeline_tab</name>
    <message>
        <source>Aftercare sheet printed</source>
        <translation>Wydrukowano zalecenia pozabiegowe</translation>
    </message>
    <message>
        <source>Aftercare sheet saved</source>
        <translation>Zapisano zalecenia pozabiegowe</translation>
    </message>
    <message>
        <source>pigment lot {lot}</source>
        <translation>partia pigmentu {lot}</translation>
    </message>
    <message>
        <source>No further details recorded.</source>
        <translation>Brak dalszych szczegółów.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięta</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>zapisana bez zmian</translation>
    </message>
    <message>
        <source>{when} by {name}: {changes}</source>
        <translation>{when}, {name}: {changes}</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Session of {date} deleted by {name}: {reason}</source>
        <translation>Sesja z dnia {date} usunięta ({name}): {reason}</translation>
    </message>
    <message>
        <source>Session of {date} deleted: {reason}</source>
        <translation>Sesja z dnia {date} usunięta: {reason}</translation>
    </message>
    <message>
        <source>Deleted {when} by {name}.</source>
        <translation>Usunięto {when} ({name}).</translation>
    </message>
    <message>
        <source>Deleted {when}.</source>
        <translation>Usunięto {when}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Powód: {reason}</translation>
    </message>
    <message>
        <source>It is left out of follow-ups, recalls and visits; this is the session as it was recorded.</source>
        <translation>Nie jest uwzględniana w kontaktach kontrolnych, wyszukiwaniu partii ani wizytach; oto sesja w zapisanej postaci.</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>brak ostrzeżeń</translation>
    </message>
    <message>
        <source>1 flag: {levels}</source>
        <translation>1 ostrzeżenie: {levels}</translation>
    </message>
    <message numerus="yes">
        <source>%n flags: {levels}</source>
        <translation>
            <numerusform>%n ostrzeżenie: {levels}</numerusform>
            <numerusform>%n ostrzeżenia: {levels}</numerusform>
            <numerusform>%n ostrzeżeń: {levels}</numerusform>
        </translation>
    </message>
    <message>
        <source>{form} (version {version})</source>
        <translation>{form} (wersja {version})</translation>
    </message>
    <message>
        <source>Answered {when}, by the client on this computer.</source>
        <translation>Wypełniony {when} przez klienta na tym komputerze.</translation>
    </message>
    <message>
        <source>Answered {when}.</source>
        <translation>Wypełniony {when}.</translation>
    </message>
    <message>
        <source>No contraindication flags.</source>
        <translation>Brak ostrzeżeń o przeciwwskazaniach.</translation>
    </message>
    <message>
        <source>A signed record was stored with it.</source>
        <translation>Zapisano z nim podpisany dokument.</translation>
    </message>
    <message>
        <source>The answers are on the Questionnaires tab.</source>
        <translation>Odpowiedzi są na karcie Kwestionariusze.</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>autor: {name}</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 strefa</translation>
    </message>
    <message numerus="yes">
        <source>%n zones</source>
        <translation>
            <numerusform>%n strefa</numerusform>
            <numerusform>%n strefy</numerusform>
            <numerusform>%n stref</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>podpis: {name}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>podpisany</translation>
    </message>
    <message>
        <source>Design version {version}</source>
        <translation>Projekt, wersja {version}</translation>
    </message>
    <message>
        <source>Saved {when} by {name}.</source>
        <translation>Zapisano {when} ({name}).</translation>
    </message>
    <message>
        <source>Saved {when}.</source>
        <translation>Zapisano {when}.</translation>
    </message>
    <message>
        <source>Drawn on: {base}; {zones}.</source>
        <translation>Narysowano na: {base}; {zones}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed as {name}.</source>
        <translation>Zatwierdzony przez klienta {when}, podpis: {name}.</translation>
    </message>
    <message>
        <source>Approved by the client {when}, signed.</source>
        <translation>Zatwierdzony przez klienta {when}, podpisany.</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Niezatwierdzony.</translation>
    </message>
    <message>
        <source>The design and its preview are on the Design tab.</source>
        <translation>Projekt i jego podgląd są na karcie Projekt.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, godz. {time}</translation>
    </message>
</context>
<context>
    <name>sessions.visits_tab</name>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Następna wizyta</translation>
    </message>
</context>
</TS>
