<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>core</name>
    <message>
        <source>{file} is not a file; choose a CSV or .xlsx file.</source>
        <translation>{file} nie jest plikiem; należy wybrać plik CSV lub .xlsx.</translation>
    </message>
    <message>
        <source>{file} could not be opened; check that it exists.</source>
        <translation>Nie udało się otworzyć pliku {file}; należy sprawdzić, czy istnieje.</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB; save only the client columns, or split it into smaller files.</source>
        <translation>Plik {file} ma ponad {megabytes} MB; należy zapisać tylko kolumny z klientami albo podzielić go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>{file} could not be read; check that it exists.</source>
        <translation>Nie udało się odczytać pliku {file}; należy sprawdzić, czy istnieje.</translation>
    </message>
    <message>
        <source>{file} is a {kind} file, which cannot be imported. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} to plik {kind}, którego nie można zaimportować. Należy zapisać go jako CSV lub .xlsx w arkuszu kalkulacyjnym, a następnie zaimportować ten plik.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has more than {columns} columns; save only the client columns and try again.</source>
        <translation>Wiersz {number} pliku {file} ma ponad {columns} kolumn; należy zapisać tylko kolumny z klientami i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Row {number} of {file} has a cell longer than {characters} characters; shorten it and try again.</source>
        <translation>Wiersz {number} pliku {file} ma komórkę dłuższą niż {characters} znaków; należy ją skrócić i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{file} has more than {rows} rows; split it into smaller files.</source>
        <translation>Plik {file} ma ponad {rows} wierszy; należy podzielić go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no row to import.</source>
        <translation>Plik {file} jest pusty: nie ma żadnego wiersza do zaimportowania.</translation>
    </message>
    <message>
        <source>{file} has only a header row: there are no clients below it.</source>
        <translation>Plik {file} ma tylko wiersz nagłówków: pod nim nie ma klientów.</translation>
    </message>
    <message>
        <source>{file} does not look like a text file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>Plik {file} nie wygląda na plik tekstowy. Należy zapisać go jako CSV lub .xlsx w arkuszu kalkulacyjnym, a następnie zaimportować ten plik.</translation>
    </message>
    <message>
        <source>Row {number} of {file} opens a quote (&quot;) that is never closed, so the rows below it would be read as one cell; close or remove that quote in your spreadsheet program and try again.</source>
        <translation>Wiersz {number} pliku {file} otwiera cudzysłów (&quot;), który nigdy nie zostaje zamknięty, więc wiersze poniżej zostałyby odczytane jako jedna komórka; należy zamknąć lub usunąć ten cudzysłów w arkuszu kalkulacyjnym i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Row {number} of {file} could not be read (a cell too long, or a quote left open); check it in your spreadsheet program.</source>
        <translation>Nie udało się odczytać wiersza {number} pliku {file} (za długa komórka albo niezamknięty cudzysłów); należy go sprawdzić w arkuszu kalkulacyjnym.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx file. Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>{file} nie jest czytelnym plikiem .xlsx. Należy zapisać go jako CSV lub .xlsx w arkuszu kalkulacyjnym, a następnie zaimportować ten plik.</translation>
    </message>
    <message>
        <source>{file} holds too many parts to be a spreadsheet; Save it as CSV or .xlsx in your spreadsheet program, then import that file.</source>
        <translation>Plik {file} zawiera zbyt wiele części jak na arkusz kalkulacyjny. Należy zapisać go jako CSV lub .xlsx w arkuszu kalkulacyjnym, a następnie zaimportować ten plik.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more than a spreadsheet holds, so it was not opened; save the sheet again as CSV or .xlsx and import that file.</source>
        <translation>Plik {file} po rozpakowaniu byłby znacznie większy niż jakikolwiek arkusz, więc nie został otwarty; należy ponownie zapisać arkusz jako CSV lub .xlsx i zaimportować ten plik.</translation>
    </message>
    <message>
        <source>{file} holds a sheet far larger than a list of clients, so it was not opened; save only the client columns as CSV or .xlsx and import that file.</source>
        <translation>Plik {file} zawiera arkusz znacznie większy niż lista klientów, więc nie został otwarty; należy zapisać tylko kolumny z klientami jako CSV lub .xlsx i zaimportować ten plik.</translation>
    </message>
    <message>
        <source>A row of {file} has more than {cells} cells, far more than a list of clients, so it was not opened; save only the client columns and import that file.</source>
        <translation>Wiersz pliku {file} ma ponad {cells} komórek, znacznie więcej niż lista klientów, więc plik nie został otwarty; należy zapisać tylko kolumny z klientami i zaimportować ten plik.</translation>
    </message>
    <message>
        <source>{file} has more than {cells} cells; save only the client columns, or split it into smaller files.</source>
        <translation>Plik {file} ma ponad {cells} komórek; należy zapisać tylko kolumny z klientami albo podzielić go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist; choose another place to save.</source>
        <translation>Folder {parent} nie istnieje; należy wybrać inne miejsce zapisu.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder; give a new folder name, or a name ending in .zip for a ZIP file.</source>
        <translation>{target} to plik, a nie folder; należy podać nową nazwę folderu albo nazwę zakończoną na .zip dla pliku ZIP.</translation>
    </message>
    <message>
        <source>The folder {target} already has files in it; choose a new folder name, or add --force to replace an earlier export there.</source>
        <translation>Folder {target} zawiera już pliki; należy wybrać nową nazwę folderu albo dodać --force, aby zastąpić wcześniejszy eksport.</translation>
    </message>
    <message>
        <source>The folder {target} has files in it that are not an earlier client export, so it was left alone; choose a new folder name.</source>
        <translation>Folder {target} zawiera pliki, które nie są wcześniejszym eksportem klienta, więc nie został zmieniony; należy wybrać nową nazwę folderu.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again (nothing was left behind).</source>
        <translation>Dysk jest pełny, więc eksport nie został zapisany w {target}; należy zwolnić miejsce i spróbować ponownie (nie pozostawiono żadnych plików).</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} pojawił się podczas zapisywania eksportu, więc nie został zmieniony; należy wybrać nową nazwę pliku.</translation>
    </message>
    <message>
        <source>{name} appeared while the export was being written, so it was left alone; choose a new folder name.</source>
        <translation>{name} pojawił się podczas zapisywania eksportu, więc nie został zmieniony; należy wybrać nową nazwę folderu.</translation>
    </message>
    <message>
        <source>The erasure register {path} is not an ordinary file (a link, folder or device), so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Rejestr usunięć {path} nie jest zwykłym plikiem (to dowiązanie, folder lub urządzenie), więc nie został użyty; usunięcia zapisane w pliku gabinetu nadal obowiązują.</translation>
    </message>
    <message>
        <source>The erasure register {path} is larger than any smpdesk writes, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Rejestr usunięć {path} jest większy niż jakikolwiek zapisywany przez smpdesk, więc nie został użyty; usunięcia zapisane w pliku gabinetu nadal obowiązują.</translation>
    </message>
    <message>
        <source>The erasure register {path} could not be read ({reason}); erasures recorded inside the clinic file still apply.</source>
        <translation>Nie udało się odczytać rejestru usunięć {path} ({reason}); usunięcia zapisane w pliku gabinetu nadal obowiązują.</translation>
    </message>
    <message>
        <source>The erasure register {path} was written by a newer smpdesk, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Rejestr usunięć {path} został zapisany przez nowszą wersję smpdesk, więc nie został użyty; usunięcia zapisane w pliku gabinetu nadal obowiązują.</translation>
    </message>
    <message>
        <source>The erasure register {path} is damaged or was edited, so it was not used; erasures recorded inside the clinic file still apply.</source>
        <translation>Rejestr usunięć {path} jest uszkodzony lub był edytowany, więc nie został użyty; usunięcia zapisane w pliku gabinetu nadal obowiązują.</translation>
    </message>
    <message>
        <source>The words file {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>Nie udało się odczytać pliku tekstów {path} ({reason}); należy przywrócić plik lub ponownie zainstalować smpdesk.</translation>
    </message>
    <message>
        <source>{path}: {problem}; correct the file or reinstall smpdesk.</source>
        <translation>{path}: {problem}; należy poprawić plik lub ponownie zainstalować smpdesk.</translation>
    </message>
    <message>
        <source>{path}: the [{default_language}] table is missing; reinstall smpdesk.</source>
        <translation>{path}: brak tabeli [{default_language}]; należy ponownie zainstalować smpdesk.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter; choose one in the clinic settings.</source>
        <translation>Rozmiar papieru musi być A4 lub Letter; należy wybrać jeden w ustawieniach gabinetu.</translation>
    </message>
    <message>
        <source>The date style must be UK or US; choose one in the clinic settings.</source>
        <translation>Format daty musi być UK lub US; należy wybrać jeden w ustawieniach gabinetu.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; choose A4 or Letter in the settings.</source>
        <translation>Nieznany rozmiar papieru {paper}; należy wybrać A4 lub Letter w ustawieniach.</translation>
    </message>
    <message>
        <source>not a picture</source>
        <translation>to nie jest obraz</translation>
    </message>
    <message>
        <source>file is damaged or incomplete</source>
        <translation>plik jest uszkodzony lub niekompletny</translation>
    </message>
    <message>
        <source>picture is too large</source>
        <translation>obraz jest za duży</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nie udało się odczytać</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Plik kluczy {path} jest uszkodzony lub nie został zapisany przez smpdesk; należy skopiować plik przechowywany w folderze kopii zapasowych z powrotem obok pliku gabinetu (klucz odzyskiwania działa tylko z plikiem kluczy).</translation>
    </message>
    <message>
        <source>The key file {path} is missing; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Brak pliku kluczy {path}; należy skopiować plik przechowywany w folderze kopii zapasowych z powrotem obok pliku gabinetu (klucz odzyskiwania działa tylko z plikiem kluczy).</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer smpdesk; update smpdesk to open this clinic.</source>
        <translation>Plik kluczy {path} został zapisany przez nowszą wersję smpdesk; należy zaktualizować smpdesk, aby otworzyć ten gabinet.</translation>
    </message>
    <message>
        <source>The key file {path} could not be read ({reason}); check the file and try again.</source>
        <translation>Nie udało się odczytać pliku kluczy {path} ({reason}); należy sprawdzić plik i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({reason}); nothing was changed, so check the drive and try again.</source>
        <translation>Nie udało się zapisać pliku kluczy {path} ({reason}); nic nie zostało zmienione, więc należy sprawdzić dysk i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The disk is full, so the key file {path} was not written; free some space and try again.</source>
        <translation>Dysk jest pełny, więc plik kluczy {path} nie został zapisany; należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The key file is damaged or was not written by smpdesk; copy the one kept in the backups folder back beside the clinic file (the recovery key works only with a key file).</source>
        <translation>Plik kluczy jest uszkodzony lub nie został zapisany przez smpdesk; należy skopiować plik przechowywany w folderze kopii zapasowych z powrotem obok pliku gabinetu (klucz odzyskiwania działa tylko z plikiem kluczy).</translation>
    </message>
    <message>
        <source>A recovery key has only the letters and digits printed on it, never “{shown}”; type it again from the printed copy.</source>
        <translation>Klucz odzyskiwania zawiera tylko wydrukowane na nim litery i cyfry, nigdy „{shown}”; należy wpisać go ponownie z wydruku.</translation>
    </message>
    <message>
        <source>A recovery key is {length} letters and digits in {groups} groups of {group_size}, but {typed} were typed; type it again from the printed copy.</source>
        <translation>Klucz odzyskiwania to {length} liter i cyfr w {groups} grupach po {group_size}, a wpisano {typed}; należy wpisać go ponownie z wydruku.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake; compare each group with the printed copy and try again.</source>
        <translation>Klucz odzyskiwania zawiera literówkę; należy porównać każdą grupę z wydrukiem i spróbować ponownie.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Nazwa użytkownika ma od 1 do 32 małych liter, cyfr, kropek, łączników lub podkreśleń i zaczyna się od litery lub cyfry.</translation>
    </message>
    <message>
        <source>A name is one line of at most {limit} characters, not blank.</source>
        <translation>Nazwa to jeden niepusty wiersz o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>A role is owner, practitioner or reception.</source>
        <translation>Rola to właściciel, specjalista lub recepcja.</translation>
    </message>
    <message>
        <source>Enter a password; an empty one would protect nothing.</source>
        <translation>Proszę podać hasło; puste hasło niczego by nie chroniło.</translation>
    </message>
    <message>
        <source>There is already an account called {login}.</source>
        <translation>Istnieje już konto o nazwie {login}.</translation>
    </message>
    <message>
        <source>The key file already holds {most} accounts, the most it can, so no account can be added.</source>
        <translation>Plik kluczy zawiera już {most} kont, czyli najwięcej, ile może, więc nie można dodać żadnego konta.</translation>
    </message>
    <message>
        <source>There is no account called {login} in the key file.</source>
        <translation>W pliku kluczy nie ma konta o nazwie {login}.</translation>
    </message>
    <message>
        <source>{name} is the clinic database (or one of its working files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} to baza danych gabinetu (lub jeden z jej plików roboczych), więc nic tam nie zapisano; należy wybrać inną nazwę pliku lub inny folder.</translation>
    </message>
    <message>
        <source>{name} is another name for the clinic database (or one of its files), so nothing was written there; choose another file name or folder.</source>
        <translation>{name} to inna nazwa bazy danych gabinetu (lub jednego z jej plików), więc nic tam nie zapisano; należy wybrać inną nazwę pliku lub inny folder.</translation>
    </message>
    <message>
        <source>{name} is inside the backups folder {folder}, so nothing was written there; choose another file name or folder.</source>
        <translation>{name} znajduje się w folderze kopii zapasowych {folder}, więc nic tam nie zapisano; należy wybrać inną nazwę pliku lub inny folder.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name inside it, such as {example}.</source>
        <translation>{target} to folder; należy podać nazwę pliku w jego wnętrzu, np. {example}.</translation>
    </message>
    <message>
        <source>{target} is not an ordinary file, so nothing was written there.</source>
        <translation>{target} nie jest zwykłym plikiem, więc nic tam nie zapisano.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name, or add --force to replace it.</source>
        <translation>{target} już istnieje; należy wybrać nową nazwę pliku albo dodać --force, aby go zastąpić.</translation>
    </message>
    <message>
        <source>{name} appeared while it was being written, so it was left alone; choose a new file name.</source>
        <translation>{name} pojawił się podczas zapisywania, więc nie został zmieniony; należy wybrać nową nazwę pliku.</translation>
    </message>
    <message>
        <source>The disk is full, so {what} was not written to {target}; free some space and try again (nothing else was changed).</source>
        <translation>Dysk jest pełny, więc {what} nie zostało zapisane w {target}; należy zwolnić miejsce i spróbować ponownie (nic innego nie zostało zmienione).</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this is not an smpdesk export; nothing was changed.</source>
        <translation>Hasło szyfrujące jest błędne albo to nie jest eksport smpdesk; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The export file has been changed or damaged, so it cannot be trusted; nothing was changed.</source>
        <translation>Plik eksportu został zmieniony lub uszkodzony, więc nie można mu ufać; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The export file is incomplete (it was cut short); copy it again and retry.</source>
        <translation>Plik eksportu jest niekompletny (został ucięty); należy skopiować go ponownie i spróbować jeszcze raz.</translation>
    </message>
    <message>
        <source>Enter a passphrase; an empty one would protect nothing.</source>
        <translation>Należy wpisać hasło szyfrujące; puste niczego by nie chroniło.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written to {target}; free some space and try again.</source>
        <translation>Dysk jest pełny, więc eksport nie został zapisany w {target}; należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The export could not be written to {target} ({reason}); check the drive and try again.</source>
        <translation>Nie udało się zapisać eksportu w {target} ({reason}); należy sprawdzić dysk i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{source} is not an ordinary file; choose the export file.</source>
        <translation>{source} nie jest zwykłym plikiem; należy wybrać plik eksportu.</translation>
    </message>
    <message>
        <source>{source} could not be read ({reason}).</source>
        <translation>Nie udało się odczytać {source} ({reason}).</translation>
    </message>
    <message>
        <source>This export was made by a newer smpdesk; update smpdesk.</source>
        <translation>Ten eksport został wykonany w nowszej wersji smpdesk; należy zaktualizować smpdesk.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be opened; free some space and try again (nothing was changed).</source>
        <translation>Dysk jest pełny, więc nie udało się otworzyć eksportu; należy zwolnić miejsce i spróbować ponownie (nic nie zostało zmienione).</translation>
    </message>
    <message>
        <source>The export could not be opened here ({reason}); nothing was changed.</source>
        <translation>Nie udało się otworzyć tutaj eksportu ({reason}); nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {max_side} pixels a side.</source>
        <translation>Ten obraz jest za duży, aby rysować na nim projekt; należy użyć obrazu o boku nie większym niż {max_side} pikseli.</translation>
    </message>
    <message>
        <source>This picture is too large to draw a design on; use one of at most {megapixels} megapixels.</source>
        <translation>Ten obraz jest za duży, aby rysować na nim projekt; należy użyć obrazu o rozmiarze nie większym niż {megapixels} megapikseli.</translation>
    </message>
    <message>
        <source>This design cannot be read: it holds values of the wrong kind.</source>
        <translation>Nie można odczytać tego projektu: zawiera wartości niewłaściwego rodzaju.</translation>
    </message>
    <message>
        <source>This zone would hold too many impressions to list; draw it on a smaller picture.</source>
        <translation>Ta strefa zawierałaby zbyt wiele punktów pigmentu, aby je wypisać; należy narysować ją na mniejszym obrazie.</translation>
    </message>
    <message>
        <source>There is no built-in head outline called {view}.</source>
        <translation>Nie ma wbudowanego konturu głowy o nazwie {view}.</translation>
    </message>
    <message>
        <source>A head outline can be drawn {lo} to {hi} pixels wide.</source>
        <translation>Kontur głowy można narysować o szerokości od {lo} do {hi} pikseli.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is a folder, not a file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, jest folderem, a nie plikiem. Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, cannot be read ({reason}). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, nie daje się odczytać ({reason}). Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is not an ordinary file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, nie jest zwykłym plikiem. Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is far too big to be smpdesk&apos;s. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, jest zdecydowanie za duży, aby pochodził z smpdesk. Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, is damaged (it does not hold a clinic file&apos;s path). Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, jest uszkodzony (nie zawiera ścieżki pliku gabinetu). Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The file {pointer}, which remembers where your clinic file is kept, does not hold a full path to a clinic file. Fix or delete it (smpdesk then uses its own folder), or start smpdesk with --db PATH to open a clinic file directly.</source>
        <translation>Plik {pointer}, który zapamiętuje, gdzie jest przechowywany plik gabinetu, nie zawiera pełnej ścieżki do pliku gabinetu. Należy go poprawić lub usunąć (smpdesk użyje wtedy własnego folderu) albo uruchomić smpdesk z opcją --db PATH, aby otworzyć plik gabinetu bezpośrednio.</translation>
    </message>
    <message>
        <source>The clinic remembered at {path} is missing (is its drive unplugged?). Plug the drive in and start smpdesk again; to forget that clinic delete {pointer}, or start smpdesk with --db PATH to open another clinic file.</source>
        <translation>Brak gabinetu zapamiętanego w {path} (czy jego dysk jest odłączony?). Należy podłączyć dysk i ponownie uruchomić smpdesk; aby zapomnieć ten gabinet, należy usunąć {pointer} albo uruchomić smpdesk z opcją --db PATH, aby otworzyć inny plik gabinetu.</translation>
    </message>
</context>
</TS>
