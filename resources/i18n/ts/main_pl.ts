<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ClientDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* wymagane</translation>
    </message>
    <message>
        <source>The language of the client&apos;s aftercare sheet.</source>
        <translation>Język zaleceń pozabiegowych dla klienta.</translation>
    </message>
    <message>
        <source>e.g. 07700 900123</source>
        <translation>np. 512 345 678</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Archived client</source>
        <translation>Klient w archiwum</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← Clients</source>
        <translation>← Klienci</translation>
    </message>
    <message>
        <source>Back to the client list (Esc)</source>
        <translation>Powrót do listy klientów (Esc)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edytuj dane…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Export client data…</source>
        <translation>Eksportuj dane klienta…</translation>
    </message>
    <message>
        <source>Everything held about this client, as a ZIP file or a folder: a readable summary (PDF), the same for computers (JSON), the photos and signed consent records</source>
        <translation>Wszystko, co jest przechowywane o tym kliencie, jako plik ZIP lub folder: czytelne podsumowanie (PDF), to samo dla komputerów (JSON), zdjęcia i podpisane zgody</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Płeć:</translation>
    </message>
    <message>
        <source>Papers in:</source>
        <translation>Język dokumentów:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Client since:</source>
        <translation>Klient od:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>saved without changes</source>
        <translation>zapisano bez zmian</translation>
    </message>
    <message>
        <source>{when} by {who}: {changes}</source>
        <translation>{when}, {who}: {changes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zmiany&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Client no. {number}</source>
        <translation>Klient nr {number}</translation>
    </message>
    <message numerus="yes">
        <source>{age} years (born {date})</source>
        <translation>
            <numerusform>{age} rok (data urodzenia: {date})</numerusform>
            <numerusform>{age} lata (data urodzenia: {date})</numerusform>
            <numerusform>{age} lat (data urodzenia: {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>Papers in {language}</source>
        <translation>Język dokumentów: {language}</translation>
    </message>
    <message>
        <source>No phone or email recorded</source>
        <translation>Brak zapisanego telefonu i e-maila</translation>
    </message>
    <message>
        <source>Archived on {date}. The record is kept; restore it to show it in the client list again.</source>
        <translation>Zarchiwizowano {date}. Karta jest zachowana; po przywróceniu znów pojawi się na liście klientów.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>These clients already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Ci klienci, którzy są już w bazie, mogą być tą samą osobą: przed zapisaniem należy to sprawdzić, aby jedna osoba nie miała dwóch kart.</translation>
    </message>
    <message>
        <source>This client already on file may be the same person: check before saving, so one person does not end up with two records.</source>
        <translation>Ten klient, który jest już w bazie, może być tą samą osobą: przed zapisaniem należy to sprawdzić, aby jedna osoba nie miała dwóch kart.</translation>
    </message>
    <message>
        <source>{client}
    same {reasons}</source>
        <translation>{client}
    to samo: {reasons}</translation>
    </message>
    <message>
        <source>Open the existing client</source>
        <translation>Otwórz istniejącego klienta</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <source>Save as a new client anyway</source>
        <translation>Zapisz mimo to jako nowego klienta</translation>
    </message>
    <message>
        <source>Nothing is saved if you open the existing client or cancel.</source>
        <translation>Po otwarciu istniejącego klienta lub anulowaniu nic nie zostanie zapisane.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a client</source>
        <translation>Usuwanie klienta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Erase {name} ({number}) for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trwale usunąć klienta {name} ({number})?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>their details, and every earlier version of them</source>
        <translation>dane osobowe i wszystkie ich wcześniejsze wersje</translation>
    </message>
    <message>
        <source>their entries in the search index</source>
        <translation>wpisy w indeksie wyszukiwania</translation>
    </message>
    <message>
        <source>This removes everything smpdesk holds about them:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;It cannot be undone.&lt;/b&gt;</source>
        <translation>Spowoduje to usunięcie wszystkiego, co smpdesk przechowuje o tej osobie:&lt;ul&gt;{items}&lt;/ul&gt;&lt;b&gt;Tej operacji nie można cofnąć.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backups made before now still hold this client until they are rotated out. If one of them is ever restored, smpdesk erases the client again, from the erasure register (it keeps the client number, the dates and your reason, nothing else). The audit log records only that client {number} was erased, and by whom.</source>
        <translation>Kopie zapasowe wykonane przed tą chwilą nadal zawierają tego klienta, dopóki nie zostaną zastąpione nowszymi. Jeśli któraś z nich zostanie kiedyś przywrócona, smpdesk ponownie usunie klienta na podstawie rejestru usunięć (zawiera on numer klienta, daty i podany powód, nic więcej). Dziennik audytu zapisuje tylko, że klient {number} został usunięty, oraz przez kogo.</translation>
    </message>
    <message>
        <source>For example: the client asked in writing on 3 March</source>
        <translation>Na przykład: klient poprosił o to na piśmie 3 marca</translation>
    </message>
    <message>
        <source>Kept in the erasure register; write no health details here</source>
        <translation>Zapisywane w rejestrze usunięć; nie należy tu wpisywać danych o zdrowiu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Type {number} to confirm</source>
        <translation>Aby potwierdzić, należy wpisać {number}</translation>
    </message>
    <message>
        <source>The reason is kept in the erasure register: write no health details.</source>
        <translation>Powód jest zapisywany w rejestrze usunięć: nie należy wpisywać danych o zdrowiu.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <source>Erasing client {number}…</source>
        <translation>Usuwanie klienta {number}…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nie usunięto</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>smpdesk help</source>
        <translation>Pomoc smpdesk</translation>
    </message>
    <message>
        <source>Find in help (Ctrl+F), Enter for the next one</source>
        <translation>Szukaj w pomocy (Ctrl+F), Enter – następne wystąpienie</translation>
    </message>
    <message>
        <source>This clinic&apos;s file: {path}</source>
        <translation>Plik tego gabinetu: {path}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>Imported batches</source>
        <translation>Zaimportowane partie</translation>
    </message>
    <message>
        <source>Each import of clients is one batch. Undoing a batch removes every client it added, as long as none of them has records since (a session, photos, a questionnaire, a payment, an edit); otherwise nothing is removed.</source>
        <translation>Każdy import klientów to jedna partia. Cofnięcie partii usuwa wszystkich dodanych w niej klientów, o ile żaden z nich nie ma od tego czasu żadnych wpisów (sesji, zdjęć, kwestionariusza, płatności, zmiany danych); w przeciwnym razie nic nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>No clients have been imported into this clinic yet.</source>
        <translation>Do tego gabinetu nie zaimportowano jeszcze żadnych klientów.</translation>
    </message>
    <message>
        <source>Undo import…</source>
        <translation>Cofnij import…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Remove the {count} client imported from {file} on {when}?</source>
        <translation>Usunąć {count} klienta zaimportowanego z pliku {file} ({when})?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the {count} clients imported from {file} on {when}?</source>
        <translation>
            <numerusform>Usunąć {count} klienta zaimportowanego z pliku {file} ({when})?</numerusform>
            <numerusform>Usunąć {count} klientów zaimportowanych z pliku {file} ({when})?</numerusform>
            <numerusform>Usunąć {count} klientów zaimportowanych z pliku {file} ({when})?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation>Nie cofnięto importu</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import cofnięty</translation>
    </message>
    <message>
        <source>Removed {count} client.</source>
        <translation>Usunięto {count} klienta.</translation>
    </message>
    <message numerus="yes">
        <source>Removed {count} clients.</source>
        <translation>
            <numerusform>Usunięto {count} klienta.</numerusform>
            <numerusform>Usunięto {count} klientów.</numerusform>
            <numerusform>Usunięto {count} klientów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Choose a CSV, TXT or Excel (.xlsx) file with one client a row and a header row naming the columns. Nothing is added until you press Import.</source>
        <translation>Należy wybrać plik CSV, TXT lub Excel (.xlsx) z jednym klientem w wierszu i wierszem nagłówka z nazwami kolumn. Nic nie zostanie dodane przed naciśnięciem przycisku Importuj.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows&lt;/b&gt; (row numbers as the spreadsheet shows them). Choose above each column what it holds, or “{ignore}”.</source>
        <translation>&lt;b&gt;Pierwsze wiersze&lt;/b&gt; (numery wierszy jak w arkuszu). Nad każdą kolumną należy wybrać, co zawiera, albo „{ignore}”.</translation>
    </message>
    <message>
        <source>Dates of birth in this file are written</source>
        <translation>Daty urodzenia w tym pliku:</translation>
    </message>
    <message>
        <source>day first (31/12/1980)</source>
        <translation>najpierw dzień (31/12/1980)</translation>
    </message>
    <message>
        <source>month first (12/31/1980)</source>
        <translation>najpierw miesiąc (12/31/1980)</translation>
    </message>
    <message>
        <source>Also add rows that look like clients already on file</source>
        <translation>Dodaj też wiersze podobne do klientów, którzy już są w bazie</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} clients</source>
        <translation>
            <numerusform>Importuj {count} klienta</numerusform>
            <numerusform>Importuj {count} klientów</numerusform>
            <numerusform>Importuj {count} klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Import clients from</source>
        <translation>Importuj klientów z</translation>
    </message>
    <message>
        <source>File not read</source>
        <translation>Nie odczytano pliku</translation>
    </message>
    <message>
        <source>That file has no columns to import.</source>
        <translation>Ten plik nie ma kolumn do zaimportowania.</translation>
    </message>
    <message>
        <source>What the column “{header}” holds</source>
        <translation>Co zawiera kolumna „{header}”</translation>
    </message>
    <message>
        <source>(the file does not tell: the clinic&apos;s date style)</source>
        <translation>(plik tego nie określa: format dat gabinetu)</translation>
    </message>
    <message>
        <source>(guessed from the dates in the file)</source>
        <translation>(ustalono na podstawie dat w pliku)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>The check did not finish; change a choice to try again.</source>
        <translation>Sprawdzanie nie zostało ukończone; aby spróbować ponownie, należy zmienić którąś z opcji.</translation>
    </message>
    <message>
        <source>Likely duplicates will be added too.</source>
        <translation>Prawdopodobne duplikaty również zostaną dodane.</translation>
    </message>
    <message>
        <source>Likely duplicates are not added unless you tick “Also add…” below.</source>
        <translation>Prawdopodobne duplikaty nie zostaną dodane, chyba że poniżej zostanie zaznaczona opcja „Dodaj też…”.</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>Do dodania ({count})</translation>
    </message>
    <message>
        <source>Likely duplicates ({count})</source>
        <translation>Prawdopodobne duplikaty ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemy ({count})</translation>
    </message>
    <message>
        <source>Import {count} client</source>
        <translation>Importuj {count} klienta</translation>
    </message>
    <message>
        <source>Add {count} client from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>Dodać {count} klienta z pliku {file}? Zostanie dodany jako jedna partia, którą można cofnąć, dopóki nie ma żadnych wpisów.</translation>
    </message>
    <message numerus="yes">
        <source>Add {count} clients from {file}? They are added as one batch, which you can undo while none of them has records.</source>
        <translation>
            <numerusform>Dodać {count} klienta z pliku {file}? Zostanie dodany jako jedna partia, którą można cofnąć, dopóki nie ma żadnych wpisów.</numerusform>
            <numerusform>Dodać {count} klientów z pliku {file}? Zostaną dodani jako jedna partia, którą można cofnąć, dopóki żaden z nich nie ma wpisów.</numerusform>
            <numerusform>Dodać {count} klientów z pliku {file}? Zostaną dodani jako jedna partia, którą można cofnąć, dopóki żaden z nich nie ma wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Not added: {first} and {second}.</source>
        <translation>Nie dodano: {first} i {second}.</translation>
    </message>
    <message>
        <source>Not added: {items}.</source>
        <translation>Nie dodano: {items}.</translation>
    </message>
    <message>
        <source>Imported {count} client (batch {batch}).</source>
        <translation>Zaimportowano {count} klienta (partia {batch}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} clients (batch {batch}).</source>
        <translation>
            <numerusform>Zaimportowano {count} klienta (partia {batch}).</numerusform>
            <numerusform>Zaimportowano {count} klientów (partia {batch}).</numerusform>
            <numerusform>Zaimportowano {count} klientów (partia {batch}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients imported</source>
        <translation>Klienci zaimportowani</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo clinic (temporary)</source>
        <translation>Gabinet demonstracyjny (tymczasowy)</translation>
    </message>
    <message>
        <source>Demo clinic: every client here is invented and the file is deleted when you close smpdesk.</source>
        <translation>Gabinet demonstracyjny: wszyscy klienci są zmyśleni, a plik zostanie usunięty po zamknięciu smpdesk.</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is still beside it, unencrypted. Once you have checked your clients are all here, erase it.</source>
        <translation>Plik gabinetu w stanie sprzed zabezpieczenia nadal leży obok, niezaszyfrowany. Po sprawdzeniu, że wszyscy klienci są na miejscu, należy go usunąć.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy</source>
        <translation>Usuń niezabezpieczoną kopię</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nie usunięto</translation>
    </message>
    <message>
        <source>The unprotected copy was erased.</source>
        <translation>Usunięto niezabezpieczoną kopię.</translation>
    </message>
    <message>
        <source>This clinic is not protected: anyone who opens this laptop, or copies the clinic file or a backup, can read every record.</source>
        <translation>Ten gabinet nie jest zabezpieczony: każdy, kto otworzy ten laptop albo skopiuje plik gabinetu lub kopię zapasową, może odczytać wszystkie dane.</translation>
    </message>
    <message>
        <source>Protect this clinic…</source>
        <translation>Zabezpiecz ten gabinet…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kwestionariusze</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Patch tests</source>
        <translation>Testy uczuleniowe</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <source>Search by name, phone, email or client number  (Ctrl+F)</source>
        <translation>Szukaj według nazwiska, telefonu, e-maila lub numeru klienta  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <source>Add a client (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Zalecenia pozabiegowe…</translation>
    </message>
    <message>
        <source>Preview and print the selected client&apos;s aftercare sheet for their latest session</source>
        <translation>Podgląd i druk zaleceń pozabiegowych wybranego klienta dla jego ostatniej sesji</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Who is overdue, due today or coming up (Ctrl+D)</source>
        <translation>Kto jest po terminie, ma termin dziś lub wkrótce (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>E&amp;xport client list…</source>
        <translation>E&amp;ksportuj listę klientów…</translation>
    </message>
    <message>
        <source>Import clien&amp;ts…</source>
        <translation>Impor&amp;tuj klientów…</translation>
    </message>
    <message>
        <source>Imported batc&amp;hes…</source>
        <translation>Zaimportowane &amp;partie…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Export encrypted backup…</source>
        <translation>&amp;Eksportuj zaszyfrowaną kopię…</translation>
    </message>
    <message>
        <source>&amp;Import encrypted backup…</source>
        <translation>&amp;Importuj zaszyfrowaną kopię…</translation>
    </message>
    <message>
        <source>&amp;Check the clinic file…</source>
        <translation>&amp;Sprawdź plik gabinetu…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Za&amp;blokuj teraz</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Zmień u&amp;żytkownika…</translation>
    </message>
    <message>
        <source>My &amp;password and PIN…</source>
        <translation>Moje &amp;hasło i PIN…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>K&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>Zapisz &amp;sesję…</translation>
    </message>
    <message>
        <source>&amp;Aftercare sheet…</source>
        <translation>&amp;Zalecenia pozabiegowe…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>Sca&amp;l z…</translation>
    </message>
    <message>
        <source>&amp;Erase client…</source>
        <translation>&amp;Usuń klienta…</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Gabinet</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due</source>
        <translation>&amp;Zaległe kontrole</translation>
    </message>
    <message>
        <source>&amp;Recall search by lot…</source>
        <translation>Wyszukiwanie według seri&amp;i (wycofanie)…</translation>
    </message>
    <message>
        <source>Clients past re&amp;tention…</source>
        <translation>Klienci po okresie prze&amp;chowywania…</translation>
    </message>
    <message>
        <source>Day&apos;s ta&amp;kings…</source>
        <translation>&amp;Utarg dnia…</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>&amp;Raporty…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <source>S&amp;taff accounts…</source>
        <translation>Konta &amp;personelu…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>&amp;Dziennik audytu…</translation>
    </message>
    <message>
        <source>&amp;Protect this clinic…</source>
        <translation>Za&amp;bezpiecz ten gabinet…</translation>
    </message>
    <message>
        <source>&amp;Aftercare</source>
        <translation>P&amp;ielęgnacja</translation>
    </message>
    <message>
        <source>Aftercare sheet for the &amp;selected client…</source>
        <translation>Zalecenia pozabiegowe dla &amp;wybranego klienta…</translation>
    </message>
    <message>
        <source>&amp;Blank aftercare sheet…</source>
        <translation>&amp;Puste zalecenia pozabiegowe…</translation>
    </message>
    <message>
        <source>&amp;Print aftercare for today&apos;s sessions…</source>
        <translation>&amp;Drukuj zalecenia dla dzisiejszych sesji…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>smpdesk &amp;help</source>
        <translation>Pomo&amp;c smpdesk</translation>
    </message>
    <message>
        <source>&amp;About smpdesk</source>
        <translation>&amp;O programie smpdesk</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Jak w systemie ({language})</translation>
    </message>
    <message>
        <source>{total} archived client</source>
        <translation>{total} klient w archiwum</translation>
    </message>
    <message>
        <source>{total} client</source>
        <translation>{total} klient</translation>
    </message>
    <message numerus="yes">
        <source>{total} archived clients</source>
        <translation>
            <numerusform>{total} klient w archiwum</numerusform>
            <numerusform>{total} klientów w archiwum</numerusform>
            <numerusform>{total} klientów w archiwum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} clients</source>
        <translation>
            <numerusform>{total} klient</numerusform>
            <numerusform>{total} klientów</numerusform>
            <numerusform>{total} klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} archived clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Znaleziono ponad {shown} z {total} klienta w archiwum; dalsze pisanie zawęzi listę</numerusform>
            <numerusform>Znaleziono ponad {shown} z {total} klientów w archiwum; dalsze pisanie zawęzi listę</numerusform>
            <numerusform>Znaleziono ponad {shown} z {total} klientów w archiwum; dalsze pisanie zawęzi listę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than {shown} of {total} clients match; keep typing to narrow the list</source>
        <translation>
            <numerusform>Znaleziono ponad {shown} z {total} klienta; dalsze pisanie zawęzi listę</numerusform>
            <numerusform>Znaleziono ponad {shown} z {total} klientów; dalsze pisanie zawęzi listę</numerusform>
            <numerusform>Znaleziono ponad {shown} z {total} klientów; dalsze pisanie zawęzi listę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} archived clients match</source>
        <translation>
            <numerusform>Znaleziono {shown} z {total} klienta w archiwum</numerusform>
            <numerusform>Znaleziono {shown} z {total} klientów w archiwum</numerusform>
            <numerusform>Znaleziono {shown} z {total} klientów w archiwum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} clients match</source>
        <translation>
            <numerusform>Znaleziono {shown} z {total} klienta</numerusform>
            <numerusform>Znaleziono {shown} z {total} klientów</numerusform>
            <numerusform>Znaleziono {shown} z {total} klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>New client “{name}”…</source>
        <translation>Nowy klient „{name}”…</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Nie znaleziono klienta</translation>
    </message>
    <message>
        <source>That client is no longer in the database.</source>
        <translation>Tego klienta nie ma już w bazie danych.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiwizacja klienta</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the client list but nothing is deleted; choose &apos;Archived clients&apos; in the list to find them again.</source>
        <translation>Zarchiwizować klienta {name}? Zniknie z listy klientów, ale nic nie zostanie usunięte; aby go odnaleźć, należy wybrać na liście „Klienci w archiwum”.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Zapisywanie sesji</translation>
    </message>
    <message>
        <source>Select a client in the list first.</source>
        <translation>Najpierw należy wybrać klienta z listy.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <source>Select a client in the list first, or print a blank sheet.</source>
        <translation>Najpierw należy wybrać klienta z listy albo wydrukować puste zalecenia.</translation>
    </message>
    <message>
        <source>Merge clients</source>
        <translation>Scalanie klientów</translation>
    </message>
    <message>
        <source>Open or select a client first.</source>
        <translation>Najpierw należy otworzyć lub wybrać klienta.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nie scalono</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Usuwanie klienta</translation>
    </message>
    <message>
        <source>Client erased</source>
        <translation>Klient usunięty</translation>
    </message>
    <message>
        <source>Clients past retention</source>
        <translation>Klienci po okresie przechowywania</translation>
    </message>
    <message numerus="yes">
        <source>{count} saved settings were not readable, so their defaults are used; open Settings and save to fix them.</source>
        <translation>
            <numerusform>Nie udało się odczytać {count} zapisanego ustawienia, więc używana jest wartość domyślna; aby to naprawić, należy otworzyć Ustawienia i zapisać.</numerusform>
            <numerusform>Nie udało się odczytać {count} zapisanych ustawień, więc używane są wartości domyślne; aby to naprawić, należy otworzyć Ustawienia i zapisać.</numerusform>
            <numerusform>Nie udało się odczytać {count} zapisanych ustawień, więc używane są wartości domyślne; aby to naprawić, należy otworzyć Ustawienia i zapisać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file; try again soon.</source>
        <translation>smpdesk nadal pracuje na pliku gabinetu; proszę spróbować ponownie za chwilę.</translation>
    </message>
    <message>
        <source>About smpdesk</source>
        <translation>O programie smpdesk</translation>
    </message>
    <message>
        <source>smpdesk {version}
Offline consultation desk for SMP clinics.

Database: {path}</source>
        <translation>smpdesk {version}
Recepcja offline dla gabinetów mikropigmentacji skóry głowy.

Baza danych: {path}</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Kopia zapasowa jest już tworzona.</translation>
    </message>
    <message>
        <source>Backup made and checked: {name}</source>
        <translation>Utworzono i sprawdzono kopię zapasową: {name}</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Nie utworzono kopii zapasowej</translation>
    </message>
    <message>
        <source>Backing up the clinic database…</source>
        <translation>Tworzenie kopii zapasowej bazy danych gabinetu…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Backup at close failed ({when}): back up now (Ctrl+B)</source>
        <translation>Kopia przy zamknięciu nie powiodła się ({when}): utwórz kopię teraz (Ctrl+B)</translation>
    </message>
    <message>
        <source>The backup when smpdesk last closed was not made: {problem}</source>
        <translation>Przy ostatnim zamknięciu smpdesk nie utworzono kopii zapasowej: {problem}</translation>
    </message>
    <message>
        <source>No backup yet: File → Back up now (Ctrl+B)</source>
        <translation>Brak kopii zapasowej: Plik → Utwórz kopię zapasową teraz (Ctrl+B)</translation>
    </message>
    <message>
        <source>Last backup: {when} ({days} day ago)</source>
        <translation>Ostatnia kopia: {when} ({days} dzień temu)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({days} days ago)</source>
        <translation>
            <numerusform>Ostatnia kopia: {when} ({days} dzień temu)</numerusform>
            <numerusform>Ostatnia kopia: {when} ({days} dni temu)</numerusform>
            <numerusform>Ostatnia kopia: {when} ({days} dni temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} ({hours} hour ago)</source>
        <translation>Ostatnia kopia: {when} ({hours} godzinę temu)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} ({hours} hours ago)</source>
        <translation>
            <numerusform>Ostatnia kopia: {when} ({hours} godzinę temu)</numerusform>
            <numerusform>Ostatnia kopia: {when} ({hours} godziny temu)</numerusform>
            <numerusform>Ostatnia kopia: {when} ({hours} godzin temu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: {when} (within the last hour)</source>
        <translation>Ostatnia kopia: {when} (w ciągu ostatniej godziny)</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s): back up now (Ctrl+B).</source>
        <translation>
            <numerusform>Starsza niż %n dzień: utwórz kopię teraz (Ctrl+B).</numerusform>
            <numerusform>Starsza niż %n dni: utwórz kopię teraz (Ctrl+B).</numerusform>
            <numerusform>Starsza niż %n dni: utwórz kopię teraz (Ctrl+B).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {number} with another client</source>
        <translation>Scal {number} z innym klientem</translation>
    </message>
    <message>
        <source>The other record of the same person</source>
        <translation>Druga karta tej samej osoby</translation>
    </message>
    <message>
        <source>Type a name, phone, email or client number</source>
        <translation>Wpisz nazwisko, telefon, e-mail lub numer klienta</translation>
    </message>
    <message>
        <source>Choose which details to keep</source>
        <translation>Wybierz, które dane zachować</translation>
    </message>
    <message>
        <source>Keep the other record&apos;s number instead</source>
        <translation>Zachowaj zamiast tego numer drugiej karty</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Scal obie karty</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Nie można scalić</translation>
    </message>
    <message>
        <source>That record was already merged; choose another client.</source>
        <translation>Ta karta została już scalona; należy wybrać innego klienta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zachowana: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose the other record above.</source>
        <translation>Należy wybrać drugą kartę powyżej.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged into it: {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scalana z nią: {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Both, joined</source>
        <translation>Obie, połączone</translation>
    </message>
    <message>
        <source>{other}&apos;s sessions, appointments, photos, forms and earlier details move to {kept}. {other} is kept, archived, as a pointer to it, and the audit trail notes the merge. The program cannot undo a merge: the way back is the backup taken before it.</source>
        <translation>Sesje, wizyty, zdjęcia, formularze i wcześniejsze dane z karty {other} zostaną przeniesione do {kept}. Karta {other} zostanie zachowana jako zarchiwizowane odesłanie do niej, a dziennik audytu odnotuje scalenie. Programu nie można użyć do cofnięcia scalenia: drogą powrotu jest kopia zapasowa wykonana przed nim.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nie scalono</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <source>{other} and {kept} both had an unfinished copy of the same form. Both copies are kept and listed with {kept}; its Forms tab continues the one changed last.</source>
        <translation>Karty {other} i {kept} miały niedokończoną kopię tego samego formularza. Obie kopie zostały zachowane i są widoczne przy {kept}; karta Formularze kontynuuje tę zmienioną jako ostatnia.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {number})</source>
        <translation>(kolumna {number})</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Clients past retention</source>
        <translation>Klienci po okresie przechowywania</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Otwórz klienta</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <source>The clinic keeps a client&apos;s records for {years} years after their last visit (Clinic → Settings → Records). These clients were last seen longer ago than that: review each one, and erase those the clinic no longer needs to keep. The last visit is the latest session; for a client with none, their latest form or the day they were added.</source>
        <translation>
            <numerusform>Gabinet przechowuje dokumentację klienta przez {years} rok od ostatniej wizyty (Gabinet → Ustawienia → Dokumentacja). Ci klienci byli ostatnio dawniej: należy przejrzeć każdego z nich i usunąć tych, których gabinet nie musi już przechowywać. Ostatnia wizyta to ostatnia sesja; w przypadku klienta bez sesji – ostatni formularz lub dzień dodania.</numerusform>
            <numerusform>Gabinet przechowuje dokumentację klienta przez {years} lata od ostatniej wizyty (Gabinet → Ustawienia → Dokumentacja). Ci klienci byli ostatnio dawniej: należy przejrzeć każdego z nich i usunąć tych, których gabinet nie musi już przechowywać. Ostatnia wizyta to ostatnia sesja; w przypadku klienta bez sesji – ostatni formularz lub dzień dodania.</numerusform>
            <numerusform>Gabinet przechowuje dokumentację klienta przez {years} lat od ostatniej wizyty (Gabinet → Ustawienia → Dokumentacja). Ci klienci byli ostatnio dawniej: należy przejrzeć każdego z nich i usunąć tych, których gabinet nie musi już przechowywać. Ostatnia wizyta to ostatnia sesja; w przypadku klienta bez sesji – ostatni formularz lub dzień dodania.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (w archiwum)</translation>
    </message>
    <message>
        <source>{count} client is past the {years}-year retention period.</source>
        <translation>Klienci po upływie okresu przechowywania ({years} l.): {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients are past the {years}-year retention period.</source>
        <translation>
            <numerusform>Klienci po upływie okresu przechowywania ({years} l.): {count}.</numerusform>
            <numerusform>Klienci po upływie okresu przechowywania ({years} l.): {count}.</numerusform>
            <numerusform>Klienci po upływie okresu przechowywania ({years} l.): {count}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No client is past the {years}-year retention period.</source>
        <translation>Brak klientów po upływie okresu przechowywania ({years} l.).</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nie usunięto</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The clinic file was not checked</source>
        <translation>Nie sprawdzono pliku gabinetu</translation>
    </message>
    <message>
        <source>The clinic file was not checked: {problem}</source>
        <translation>Nie sprawdzono pliku gabinetu: {problem}</translation>
    </message>
    <message>
        <source>The clinic file was not checked at start: File → Check the clinic file…</source>
        <translation>Nie sprawdzono pliku gabinetu przy starcie: Plik → Sprawdź plik gabinetu…</translation>
    </message>
    <message>
        <source>This clinic file is damaged and there is no good backup beside it: stop working in it, copy it somewhere safe and ask for help.</source>
        <translation>Plik tego gabinetu jest uszkodzony i obok nie ma dobrej kopii zapasowej: należy przerwać pracę w nim, skopiować go w bezpieczne miejsce i poprosić o pomoc.</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Restore the newest good backup (File → Restore from a backup…).</source>
        <translation>Plik tego gabinetu jest uszkodzony: nie należy dalej w nim pracować. Należy przywrócić najnowszą dobrą kopię zapasową (Plik → Przywróć z kopii zapasowej…).</translation>
    </message>
    <message>
        <source>This clinic file is damaged: do not keep working in it. Ask the clinic&apos;s owner to restore the newest good backup.</source>
        <translation>Plik tego gabinetu jest uszkodzony: nie należy dalej w nim pracować. Należy poprosić właściciela gabinetu o przywrócenie najnowszej dobrej kopii zapasowej.</translation>
    </message>
    <message>
        <source>{problem}

Only the clinic&apos;s owner may restore a backup: ask them to, and enter nothing more until then.</source>
        <translation>{problem}

Tylko właściciel gabinetu może przywrócić kopię zapasową: należy go o to poprosić i do tego czasu niczego więcej nie wprowadzać.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>smpdesk cannot open the clinic database</source>
        <translation>smpdesk nie może otworzyć bazy danych gabinetu</translation>
    </message>
    <message>
        <source>No clinic database there</source>
        <translation>Brak bazy danych gabinetu w tym miejscu</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}.

Create a new, empty clinic database there? Choose No if you expected existing records (for example on a drive that is not plugged in).</source>
        <translation>W lokalizacji {path} nie ma bazy danych gabinetu.

Utworzyć tam nową, pustą bazę danych gabinetu? Należy wybrać Nie, jeśli powinny tam być istniejące dane (na przykład na dysku, który nie jest podłączony).</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>Baza danych gabinetu jest uszkodzona</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the damaged file was kept as {kept}.</source>
        <translation>Przywrócono kopię zapasową z {when}; uszkodzony plik zachowano jako {kept}.</translation>
    </message>
    <message>
        <source>An interrupted restore</source>
        <translation>Przerwane przywracanie</translation>
    </message>
    <message>
        <source>The clinic database is missing</source>
        <translation>Brak bazy danych gabinetu</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}, but its backups folder holds a good backup made {when}.

Restore that backup? Choose No to start a new, empty clinic instead (the backups stay where they are).</source>
        <translation>W lokalizacji {path} nie ma bazy danych gabinetu, ale jej folder kopii zapasowych zawiera dobrą kopię z {when}.

Przywrócić tę kopię? Należy wybrać Nie, aby zamiast tego założyć nowy, pusty gabinet (kopie zapasowe pozostaną na miejscu).</translation>
    </message>
    <message>
        <source>Protect this new clinic?</source>
        <translation>Zabezpieczyć ten nowy gabinet?</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file and gives each member of staff their own sign-in, so a lost laptop or a copied file reveals nothing. It takes a minute; you can also do it later from the red banner.</source>
        <translation>Zabezpieczenie szyfruje plik gabinetu i daje każdej osobie z personelu osobne logowanie, więc zgubiony laptop ani skopiowany plik niczego nie ujawnią. Zajmuje to minutę; można to też zrobić później z czerwonego paska.</translation>
    </message>
    <message>
        <source>A restore of this clinic database is running; start smpdesk again when it has finished.</source>
        <translation>Trwa przywracanie tej bazy danych gabinetu; smpdesk należy uruchomić ponownie po jego zakończeniu.</translation>
    </message>
    <message>
        <source>The protected clinic file {name} is missing. Restore its newest backup with the owner&apos;s password: smpdesk restore --db {path} --user OWNER BACKUP-FILE (the backups are in the backups folder beside it).</source>
        <translation>Brak zabezpieczonego pliku gabinetu {name}. Należy przywrócić jego najnowszą kopię zapasową hasłem właściciela: smpdesk restore --db {path} --user OWNER BACKUP-FILE (kopie są w folderze kopii zapasowych obok).</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Baza danych w udziale sieciowym</translation>
    </message>
</context>
<context>
    <name>clients.client_dialog</name>
    <message>
        <source>Given name *</source>
        <translation>Imię *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nazwisko *</translation>
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
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Papers in</source>
        <translation>Język dokumentów</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ur. {date}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(w archiwum)</translation>
    </message>
</context>
<context>
    <name>clients.client_list_model</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>clients.client_page</name>
    <message>
        <source>Clinic&apos;s language ({language})</source>
        <translation>Język gabinetu ({language})</translation>
    </message>
</context>
<context>
    <name>clients.export_client</name>
    <message>
        <source>ZIP file (*.zip)</source>
        <translation>Plik ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Folder (a new folder with the files in it)</source>
        <translation>Folder (nowy folder z plikami w środku)</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Eksport danych klienta</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>Zastąpić {name}?</translation>
    </message>
    <message>
        <source>{name} already exists.</source>
        <translation>{name} już istnieje.</translation>
    </message>
    <message>
        <source>Replace the earlier export?</source>
        <translation>Zastąpić wcześniejszy eksport?</translation>
    </message>
    <message>
        <source>The folder {name} holds an earlier client export. Replace it?</source>
        <translation>Folder {name} zawiera wcześniejszy eksport danych klienta. Zastąpić go?</translation>
    </message>
    <message>
        <source>Exporting the client&apos;s data…</source>
        <translation>Eksportowanie danych klienta…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
</context>
<context>
    <name>clients.export_list</name>
    <message>
        <source>Export client list</source>
        <translation>Eksport listy klientów</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, for any spreadsheet (*.csv)</source>
        <translation>Plik CSV, do dowolnego arkusza kalkulacyjnego (*.csv)</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>Zastąpić {name}?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>{name} już istnieje w tym folderze. Zastąpić?</translation>
    </message>
    <message>
        <source>{count} client exported to {name} ({folder}).</source>
        <translation>Wyeksportowano {count} klienta do pliku {name} ({folder}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients exported to {name} ({folder}).</source>
        <translation>
            <numerusform>Wyeksportowano {count} klienta do pliku {name} ({folder}).</numerusform>
            <numerusform>Wyeksportowano {count} klientów do pliku {name} ({folder}).</numerusform>
            <numerusform>Wyeksportowano {count} klientów do pliku {name} ({folder}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the client list…</source>
        <translation>Eksportowanie listy klientów…</translation>
    </message>
</context>
<context>
    <name>clients.import_batches</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Data importu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięcie</translation>
    </message>
    <message>
        <source>Imported batches</source>
        <translation>Zaimportowane partie</translation>
    </message>
</context>
<context>
    <name>clients.import_dialog</name>
    <message>
        <source>Ignore</source>
        <extracomment>Rows of the file the preview shows: enough to recognise the columns, never 20,000 items.</extracomment>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listy klientów (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>You can undo this import from File → Imported batches…</source>
        <translation>Ten import można cofnąć w menu Plik → Zaimportowane partie…</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>przecinki</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>średniki</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>pionowe kreski</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Skoroszyt Excel, arkusz „{sheet}”</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excel</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>text, {encoding}, columns separated by {delimiters}</source>
        <translation>tekst, {encoding}, kolumny rozdzielone znakami: {delimiters}</translation>
    </message>
    <message>
        <source>{file} — {how}; {count} row below the header</source>
        <translation>{file} — {how}; {count} wiersz pod nagłówkiem</translation>
    </message>
    <message numerus="yes">
        <source>{file} — {how}; {count} rows below the header</source>
        <translation>
            <numerusform>{file} — {how}; {count} wiersz pod nagłówkiem</numerusform>
            <numerusform>{file} — {how}; {count} wiersze pod nagłówkiem</numerusform>
            <numerusform>{file} — {how}; {count} wierszy pod nagłówkiem</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
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
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
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
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Dlaczego wygląda na to samo</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>To samo co</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>wiersz {row}</translation>
    </message>
    <message>
        <source>{count} likely duplicate</source>
        <translation>{count} prawdopodobny duplikat</translation>
    </message>
    <message numerus="yes">
        <source>{count} likely duplicates</source>
        <translation>
            <numerusform>{count} prawdopodobny duplikat</numerusform>
            <numerusform>{count} prawdopodobne duplikaty</numerusform>
            <numerusform>{count} prawdopodobnych duplikatów</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} row with problems</source>
        <translation>{count} wiersz z problemami</translation>
    </message>
    <message numerus="yes">
        <source>{count} rows with problems</source>
        <translation>
            <numerusform>{count} wiersz z problemami</numerusform>
            <numerusform>{count} wiersze z problemami</numerusform>
            <numerusform>{count} wierszy z problemami</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} client to add</source>
        <translation>{count} klient do dodania</translation>
    </message>
    <message numerus="yes">
        <source>{count} clients to add</source>
        <translation>
            <numerusform>{count} klient do dodania</numerusform>
            <numerusform>{count} klientów do dodania</numerusform>
            <numerusform>{count} klientów do dodania</numerusform>
        </translation>
    </message>
    <message>
        <source>{added}, {duplicates}, {problems}.</source>
        <translation>{added}, {duplicates}, {problems}.</translation>
    </message>
</context>
<context>
    <name>clients.retention_dialog</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ostatnia wizyta</translation>
    </message>
    <message>
        <source>Years since</source>
        <translation>Lat od wizyty</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, godz. {time}</translation>
    </message>
</context>
<context>
    <name>help_window</name>
    <message>
        <source>No help</source>
        <translation>Brak pomocy</translation>
    </message>
    <message>
        <source>The help file is missing from {folder}. Install smpdesk again to bring it back.</source>
        <translation>W folderze {folder} brakuje pliku pomocy. Aby go odzyskać, należy ponownie zainstalować smpdesk.</translation>
    </message>
</context>
<context>
    <name>integrity_check</name>
    <message>
        <source>Checked: no damage found</source>
        <translation>Sprawdzono: nie znaleziono uszkodzeń</translation>
    </message>
    <message>
        <source>The clinic database is damaged</source>
        <translation>Baza danych gabinetu jest uszkodzona</translation>
    </message>
    <message>
        <source>{message}

Restore the newest good backup, made {when}? The damaged file is kept aside, not deleted; work entered after that backup is not in it.</source>
        <translation>{message}

Przywrócić najnowszą dobrą kopię zapasową z {when}? Uszkodzony plik zostanie odłożony, nie usunięty; dane wprowadzone po utworzeniu tej kopii nie są w niej zawarte.</translation>
    </message>
    <message>
        <source>{message}

There is no good backup beside it; copy the file somewhere safe and ask for help before doing anything else with it.</source>
        <translation>{message}

Obok nie ma dobrej kopii zapasowej; należy skopiować plik w bezpieczne miejsce i poprosić o pomoc, zanim cokolwiek innego zostanie z nim zrobione.</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Active clients</source>
        <translation>Aktywni klienci</translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation>Klienci w archiwum</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Wszyscy klienci</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Something went wrong that smpdesk did not expect, so this was not finished. Nothing else was changed; try again, and if it happens again, note what you did.</source>
        <translation>Wystąpił nieoczekiwany przez smpdesk problem, więc ta operacja nie została ukończona. Nic innego nie zostało zmienione; należy spróbować ponownie, a jeśli problem się powtórzy, zapisać wykonane czynności.</translation>
    </message>
</context>
<context>
    <name>single_instance</name>
    <message>
        <source>smpdesk is already open on this clinic database (process {pid} on {host}); switch to that window, or close it before opening another.</source>
        <translation>smpdesk jest już otwarty z tą bazą danych gabinetu (proces {pid} na {host}); należy przejść do tamtego okna albo je zamknąć przed otwarciem kolejnego.</translation>
    </message>
    <message>
        <source>The disk is full, so smpdesk cannot open the clinic database safely; free some space and start it again.</source>
        <translation>Dysk jest pełny, więc smpdesk nie może bezpiecznie otworzyć bazy danych gabinetu; należy zwolnić miejsce i uruchomić program ponownie.</translation>
    </message>
    <message>
        <source>The lock file beside {name} could not be created; check that you may write to its folder.</source>
        <translation>Nie udało się utworzyć pliku blokady obok {name}; należy sprawdzić, czy jest prawo zapisu w tym folderze.</translation>
    </message>
</context>
</TS>
