<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>core</name>
    <message>
        <source>That user name and password do not match; check them (passwords are case-sensitive) and try again.</source>
        <translation>Nazwa użytkownika i hasło nie pasują do siebie; należy je sprawdzić (w hasłach rozróżniane są wielkie i małe litery) i spróbować ponownie.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the clinic&apos;s owner.</source>
        <translation>To konto jest wyłączone; należy zwrócić się do właściciela gabinetu.</translation>
    </message>
    <message>
        <source>The key file {name} beside the clinic file is missing; copy {kept} back beside it, then sign in again.</source>
        <translation>Brakuje pliku kluczy {name} obok pliku gabinetu; należy skopiować {kept} z powrotem obok niego i zalogować się ponownie.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait {seconds} seconds and try again.</source>
        <translation>Zbyt wiele błędnych haseł dla tego konta: należy odczekać {seconds} s i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{name} was made before this clinic was protected (it holds no owner account), so after restoring it nobody could sign in; choose a backup made after protecting. Nothing was changed.</source>
        <translation>{name} utworzono przed zabezpieczeniem tego gabinetu (nie zawiera konta właściciela), więc po przywróceniu nikt nie mógłby się zalogować; należy wybrać kopię zapasową utworzoną po zabezpieczeniu. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Only the clinic&apos;s owner restores a backup while the clinic file cannot be opened.</source>
        <translation>Dopóki nie można otworzyć pliku gabinetu, kopię zapasową przywraca tylko właściciel gabinetu.</translation>
    </message>
    <message>
        <source>That recovery key does not open this clinic; check it and try again.</source>
        <translation>Ten klucz odzyskiwania nie otwiera tego gabinetu; należy go sprawdzić i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The recovery key resets an owner&apos;s password; choose an owner.</source>
        <translation>Klucz odzyskiwania resetuje hasło właściciela; należy wybrać właściciela.</translation>
    </message>
    <message>
        <source>{name} is protected already.</source>
        <translation>Plik {name} jest już zabezpieczony.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic; close its window first (or protect it from the window: Clinic → Protect this clinic).</source>
        <translation>smpdesk ma otwarty ten gabinet; należy najpierw zamknąć jego okno (albo zabezpieczyć gabinet z poziomu okna: Gabinet → Zabezpiecz ten gabinet).</translation>
    </message>
    <message>
        <source>An unprotected copy from an earlier attempt is still beside the clinic file; erase it first (&apos;smpdesk protect --erase-plain-copy&apos;).</source>
        <translation>Obok pliku gabinetu nadal leży niezabezpieczona kopia z wcześniejszej próby; należy ją najpierw usunąć (&apos;smpdesk protect --erase-plain-copy&apos;).</translation>
    </message>
    <message>
        <source>The clinic file is not protected, so its unprotected copy was kept; run &apos;smpdesk protect&apos; again.</source>
        <translation>Plik gabinetu nie jest zabezpieczony, więc jego niezabezpieczona kopia została zachowana; należy ponownie uruchomić &apos;smpdesk protect&apos;.</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no staff accounts; protect it first (Settings → Protect this clinic, or &apos;smpdesk protect&apos;).</source>
        <translation>Ten gabinet nie jest jeszcze zabezpieczony, więc nie ma kont pracowników; należy go najpierw zabezpieczyć (Ustawienia → Zabezpiecz ten gabinet lub &apos;smpdesk protect&apos;).</translation>
    </message>
    <message>
        <source>There is no staff account with id {staff_id}.</source>
        <translation>Nie ma konta pracownika o identyfikatorze {staff_id}.</translation>
    </message>
    <message>
        <source>Choose owner, practitioner or reception.</source>
        <translation>Proszę wybrać: właściciel, specjalista lub recepcja.</translation>
    </message>
    <message>
        <source>There is already an account with that user name.</source>
        <translation>Istnieje już konto o tej nazwie użytkownika.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>Nie można wyłączyć własnego konta; należy w tym celu zalogować się jako inny właściciel.</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s only owner account; make another account an owner first.</source>
        <translation>To jedyne konto właściciela gabinetu; należy najpierw nadać innemu kontu rolę właściciela.</translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation>To nie jest obecne hasło.</translation>
    </message>
    <message>
        <source>Another restore of this clinic database is running; wait for it to finish.</source>
        <translation>Trwa inne przywracanie tej bazy danych gabinetu; należy poczekać na jego zakończenie.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}; check the path.</source>
        <translation>Pod ścieżką {backup} nie ma pliku kopii zapasowej; należy sprawdzić ścieżkę.</translation>
    </message>
    <message>
        <source>smpdesk is open on this clinic database; close its window before restoring.</source>
        <translation>smpdesk ma otwartą tę bazę danych gabinetu; przed przywracaniem należy zamknąć jego okno.</translation>
    </message>
    <message>
        <source>That is the clinic database itself, not a backup; choose a backup file.</source>
        <translation>To jest sama baza danych gabinetu, a nie kopia zapasowa; należy wybrać plik kopii zapasowej.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The restore could not start ({reason})</source>
        <translation>Nie udało się rozpocząć przywracania ({reason})</translation>
    </message>
    <message>
        <source>The restore did not complete ({reason}). {outcome}</source>
        <translation>Przywracanie nie zostało ukończone ({reason}). {outcome}</translation>
    </message>
    <message>
        <source>The backup was put in place but could not be opened ({reason}); the previous database is kept at {set_aside}.</source>
        <translation>Kopia zapasowa została umieszczona na miejscu, ale nie udało się jej otworzyć ({reason}); poprzednia baza danych jest zachowana w {set_aside}.</translation>
    </message>
    <message>
        <source>A restore from {name} was stopped before it changed anything; the clinic database is as it was.</source>
        <translation>Przywracanie z {name} zostało przerwane, zanim cokolwiek zmieniło; baza danych gabinetu jest taka jak wcześniej.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted at its very end; it is complete.</source>
        <translation>Przywracanie z {name} zostało przerwane na samym końcu; jest ukończone.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed (the previous database is kept as {set_aside}).</source>
        <translation>Przywracanie z {name} zostało przerwane; teraz zostało ukończone (poprzednia baza danych jest zachowana jako {set_aside}).</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted; it has now been completed.</source>
        <translation>Przywracanie z {name} zostało przerwane; teraz zostało ukończone.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and could not be completed; the clinic database was put back as it was before the restore.</source>
        <translation>Przywracanie z {name} zostało przerwane i nie udało się go ukończyć; baza danych gabinetu została przywrócona do stanu sprzed przywracania.</translation>
    </message>
    <message>
        <source>A restore from {name} was interrupted and neither copy could be used; restore a backup again with &apos;smpdesk restore FILE&apos;.</source>
        <translation>Przywracanie z {name} zostało przerwane i nie udało się użyć żadnej z kopii; należy ponownie przywrócić kopię zapasową poleceniem &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made may be back in it: restore it again once signed in to remove them.</source>
        <translation>{outcome} Klienci usunięci po utworzeniu tej kopii zapasowej mogą w niej ponownie być: należy przywrócić ją jeszcze raz po zalogowaniu, aby ich usunąć.</translation>
    </message>
    <message>
        <source>{outcome} Clients erased since that backup was made could not be removed ({reason}).</source>
        <translation>{outcome} Nie udało się usunąć klientów usuniętych po utworzeniu tej kopii zapasowej ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({problem}); use an older backup.</source>
        <translation>Kopia zapasowa {name} jest uszkodzona ({problem}); należy użyć starszej kopii zapasowej.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used; choose another backup.</source>
        <translation>{name} nie jest nienaruszoną bazą danych smpdesk: {detail}. Mogła zostać zmieniona, aby zaszkodzić danym gabinetu, więc nie została użyta; należy wybrać inną kopię zapasową.</translation>
    </message>
    <message>
        <source>The backup {name} is missing.</source>
        <translation>Brakuje kopii zapasowej {name}.</translation>
    </message>
    <message>
        <source>{name} is not an SQLite file, so it cannot be restored.</source>
        <translation>{name} nie jest plikiem SQLite, więc nie można go przywrócić.</translation>
    </message>
    <message>
        <source>The backup {name} is not encrypted, so it is not a backup of this encrypted clinic; choose another backup.</source>
        <translation>Kopia zapasowa {name} nie jest zaszyfrowana, więc nie jest kopią tego zaszyfrowanego gabinetu; należy wybrać inną kopię zapasową.</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({reason}).</source>
        <translation>Nie udało się odczytać kopii zapasowej {name} ({reason}).</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer smpdesk; install the newer smpdesk to restore it.</source>
        <translation>Kopię zapasową {name} utworzyła nowsza wersja smpdesk; aby ją przywrócić, należy zainstalować nowszą wersję smpdesk.</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an smpdesk backup.</source>
        <translation>{name} jest plikiem SQLite, ale nie kopią zapasową smpdesk.</translation>
    </message>
    <message>
        <source>The backup {name} could not be opened with this clinic&apos;s key: it was made with another key, or it is damaged; use another backup.</source>
        <translation>Nie udało się otworzyć kopii zapasowej {name} kluczem tego gabinetu: została utworzona innym kluczem albo jest uszkodzona; należy użyć innej kopii zapasowej.</translation>
    </message>
    <message>
        <source>The disk is full, so the backup was not made; free some space and try again.</source>
        <translation>Dysk jest pełny, więc kopia zapasowa nie została utworzona; należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The backups folder {folder} cannot be written to; check its permissions or choose another folder.</source>
        <translation>Nie można zapisywać w folderze kopii zapasowych {folder}; należy sprawdzić jego uprawnienia lub wybrać inny folder.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}); try again or choose another folder.</source>
        <translation>Nie udało się zapisać kopii zapasowej w {folder} ({reason}); należy spróbować ponownie lub wybrać inny folder.</translation>
    </message>
    <message>
        <source>The backups folder {folder} does not exist; connect the drive, create the folder or choose another one.</source>
        <translation>Folder kopii zapasowych {folder} nie istnieje; należy podłączyć dysk, utworzyć folder lub wybrać inny.</translation>
    </message>
    <message>
        <source>A change is still being saved, so the backup was not started; try again.</source>
        <translation>Zmiana jest jeszcze zapisywana, więc tworzenie kopii zapasowej nie zostało rozpoczęte; należy spróbować ponownie.</translation>
    </message>
    <message>
        <source>The new backup failed its check and was not kept, so the clinic database itself may be damaged; run a full check of it.</source>
        <translation>Nowa kopia zapasowa nie przeszła sprawdzenia i nie została zachowana, więc sama baza danych gabinetu może być uszkodzona; należy przeprowadzić jej pełne sprawdzenie.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. There is no good backup beside it: copy the file somewhere safe and restore one of your own backups with &apos;smpdesk restore FILE&apos;.</source>
        <translation>{problem}; niczego nie zmieniono. Obok nie ma dobrej kopii zapasowej: należy skopiować plik w bezpieczne miejsce i przywrócić jedną z własnych kopii zapasowych poleceniem &apos;smpdesk restore FILE&apos;.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed. The newest good backup is {backup} (made {made}): restore it with &apos;smpdesk restore {backup}&apos; or by starting the window.</source>
        <translation>{problem}; niczego nie zmieniono. Najnowsza dobra kopia zapasowa to {backup} (utworzona {made}): należy ją przywrócić poleceniem &apos;smpdesk restore {backup}&apos; lub po uruchomieniu okna.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path.</source>
        <translation>Pod ścieżką {path} nie ma bazy danych gabinetu; należy sprawdzić ścieżkę.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>Nie udało się odczytać {path}: {reason}.</translation>
    </message>
    <message>
        <source>The disk is full, so the full check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się przeprowadzić pełnego sprawdzenia {name} (nie świadczy to o uszkodzeniu); należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The disk is full, so the quick check of {name} could not run (this says nothing about damage); free some space and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się przeprowadzić szybkiego sprawdzenia {name} (nie świadczy to o uszkodzeniu); należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} już istnieje; należy wybrać nową nazwę pliku.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; connect the drive first.</source>
        <translation>Folder {folder} nie istnieje; należy najpierw podłączyć dysk.</translation>
    </message>
    <message>
        <source>Give the clinic&apos;s name; it is printed on every sheet.</source>
        <translation>Proszę podać nazwę gabinetu; jest drukowana na każdym arkuszu.</translation>
    </message>
    <message>
        <source>smpdesk cannot write in {folder} ({reason}); choose another folder.</source>
        <translation>smpdesk nie może zapisywać w {folder} ({reason}); należy wybrać inny folder.</translation>
    </message>
    <message>
        <source>There is already a clinic file at {path}; choose another folder, or close this window and start smpdesk with that clinic.</source>
        <translation>Pod ścieżką {path} jest już plik gabinetu; należy wybrać inny folder albo zamknąć to okno i uruchomić smpdesk z tym gabinetem.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder.</source>
        <translation>{folder} jest plikiem, a nie folderem; należy wybrać folder.</translation>
    </message>
    <message>
        <source>The folder {folder} holds the key file of a protected clinic; choose another folder.</source>
        <translation>Folder {folder} zawiera plik kluczy zabezpieczonego gabinetu; należy wybrać inny folder.</translation>
    </message>
    <message>
        <source>The folder {folder} holds backups of a clinic ({count} in its backups folder); a new clinic there would thin them out. Choose another folder, or bring that clinic back: start smpdesk with --db {path} and accept its newest backup, or run &apos;smpdesk restore --db {path} FILE&apos;.</source>
        <translation>Folder {folder} zawiera kopie zapasowe gabinetu (liczba w jego folderze kopii zapasowych: {count}); nowy gabinet w tym miejscu stopniowo by je usuwał. Należy wybrać inny folder albo odzyskać tamten gabinet: uruchomić smpdesk z --db {path} i zaakceptować jego najnowszą kopię zapasową lub wykonać &apos;smpdesk restore --db {path} FILE&apos;.</translation>
    </message>
    <message>
        <source>The backups folder {backups} holds the key file of a protected clinic; choose another folder.</source>
        <translation>Folder kopii zapasowych {backups} zawiera plik kluczy zabezpieczonego gabinetu; należy wybrać inny folder.</translation>
    </message>
    <message>
        <source>The folder {folder} holds files a clinic left behind ({files}); choose another folder.</source>
        <translation>Folder {folder} zawiera pliki pozostawione przez gabinet ({files}); należy wybrać inny folder.</translation>
    </message>
    <message>
        <source>smpdesk could not note where the clinic is kept: its settings folder {folder} cannot be written ({reason}). Nothing was made; check that folder&apos;s permissions and try again.</source>
        <translation>smpdesk nie mógł zapisać, gdzie przechowywany jest gabinet: nie można zapisywać w jego folderze ustawień {folder} ({reason}). Niczego nie utworzono; należy sprawdzić uprawnienia tego folderu i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The clinic could not be made in {folder} ({reason}); choose another folder.</source>
        <translation>Nie udało się utworzyć gabinetu w {folder} ({reason}); należy wybrać inny folder.</translation>
    </message>
    <message>
        <source>A reception account cannot archive a client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zarchiwizować klienta; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot change a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zmienić sesję; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zmienić zgodę na zdjęcie; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot change photo details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zmienić dane zdjęcia; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zmienić ustawienia gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot change the clinic&apos;s settings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zmienić ustawienia gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby sprawdzić dziennik audytu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot check the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby sprawdzić dziennik audytu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby skopiować gabinet do pliku; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot copy the clinic to a file; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby skopiować gabinet do pliku; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby usunąć zdjęcie; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby usunąć sesję; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot delete a session; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby usunąć sesję; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot discard a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby odrzucić formularz; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot draft a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby przygotować plan zabiegów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby usunąć klienta; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot erase a client; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby usunąć klienta; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export a client&apos;s data; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować dane klienta; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export a design image; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować obraz projektu; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować listę wyszukiwania partii; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować zdjęcie; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wyeksportować gabinet; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować gabinet; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wyeksportować raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wyeksportować utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot export the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wyeksportować utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot fill in a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wypełnić formularz; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zaimportować klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot import clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zaimportować klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot import photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zaimportować zdjęcia; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby utworzyć nowy klucz odzyskiwania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot make a new recovery key; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby utworzyć nowy klucz odzyskiwania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zarządzać kontami pracowników; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot manage staff accounts; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zarządzać kontami pracowników; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot mark landmarks on a photo; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zaznaczyć punkty odniesienia na zdjęciu; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot merge two clients&apos; records; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby scalić dane dwóch klientów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot print a lot recall list; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wydrukować listę wyszukiwania partii; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot print a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wydrukować wycenę; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wydrukować raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot print the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wydrukować raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wydrukować utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot print the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wydrukować utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby wydrukować arkusz odzyskiwania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot print the recovery sheet; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby wydrukować arkusz odzyskiwania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby odczytać dziennik audytu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot read the audit log; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby odczytać dziennik audytu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot record a design&apos;s approval; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać zatwierdzenie projektu; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot record a patch test; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać test uczuleniowy; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot record a plan&apos;s acceptance; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać akceptację planu; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot record a session; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać sesję; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zwrócić płatność; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot refund a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zwrócić płatność; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zresetować hasło; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot reset a password; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zresetować hasło; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot restore an archived client; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby przywrócić zarchiwizowanego klienta; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby przywrócić lub zaimportować kopię zapasową; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot restore or import a backup; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby przywrócić lub zaimportować kopię zapasową; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot run a lot recall; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby przeprowadzić wyszukiwanie partii; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot save a hairline design; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać projekt linii włosów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot save a quote; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać wycenę; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot save a treatment plan; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zapisać plan zabiegów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s earlier details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć wcześniejsze dane klienta; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see a client&apos;s plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć plany klienta; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see a consent record; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć zapis zgody; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see a photo&apos;s history; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć historię zdjęcia; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see contraindications; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć przeciwwskazania; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see hairline designs; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć projekty linii włosów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see medical answers; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć odpowiedzi medyczne; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see patch test results; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć wyniki testów uczuleniowych; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see photo consent; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć zgody na zdjęcia; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see photos; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć zdjęcia; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zobaczyć klientów po okresie przechowywania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clients past the retention period; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć klientów po okresie przechowywania; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zobaczyć raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see the clinic&apos;s reports; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć raporty gabinetu; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zobaczyć utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see the day&apos;s takings; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć utarg dnia; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby zobaczyć importy klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see the imports of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć importy klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment details; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć szczegóły zabiegów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot see treatment plans; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zobaczyć plany zabiegów; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot sign off a form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby zatwierdzić formularz; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot start a new version of a signed form; ask a practitioner or the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby rozpocząć nową wersję podpisanego formularza; należy poprosić o to specjalistę lub właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby cofnąć import klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot undo an import of clients; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby cofnąć import klientów; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A practitioner account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto specjalisty nie ma uprawnień, aby unieważnić płatność; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>A reception account cannot void a payment; ask the clinic&apos;s owner to do it.</source>
        <translation>Konto recepcji nie ma uprawnień, aby unieważnić płatność; należy poprosić o to właściciela gabinetu.</translation>
    </message>
    <message>
        <source>Your account is not in the restored clinic file; start smpdesk again and sign in as its owner.</source>
        <translation>Tego konta nie ma w przywróconym pliku gabinetu; należy ponownie uruchomić smpdesk i zalogować się jako jego właściciel.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>Dysk jest pełny, więc niczego nie zapisano; należy zwolnić miejsce i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file); choose the right file or restore a backup.</source>
        <translation>{path} nie jest czytelną bazą danych smpdesk (może być uszkodzona lub być innym rodzajem pliku); należy wybrać właściwy plik lub przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>{path} is not a readable smpdesk database (it may be damaged or another kind of file)</source>
        <translation>{path} nie jest czytelną bazą danych smpdesk (może być uszkodzona lub być innym rodzajem pliku)</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} jest folderem; należy podać ścieżkę pliku bazy danych.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, pipe or socket), so it cannot be a clinic database; give the path of the clinic&apos;s .sqlite3 file.</source>
        <translation>{path} nie jest zwykłym plikiem (jest urządzeniem, potokiem lub gniazdem), więc nie może być bazą danych gabinetu; należy podać ścieżkę pliku .sqlite3 gabinetu.</translation>
    </message>
    <message>
        <source>The clinic database {path} is empty (0 bytes): its records were lost.</source>
        <translation>Baza danych gabinetu {path} jest pusta (0 bajtów): jej dane zostały utracone.</translation>
    </message>
    <message>
        <source>{path} is not an encrypted clinic database, so it cannot be opened with a key; choose the clinic&apos;s encrypted file.</source>
        <translation>{path} nie jest zaszyfrowaną bazą danych gabinetu, więc nie można jej otworzyć kluczem; należy wybrać zaszyfrowany plik gabinetu.</translation>
    </message>
    <message>
        <source>A name in the path {path} is longer than the file system allows; choose a shorter file or folder name.</source>
        <translation>Nazwa w ścieżce {path} jest dłuższa, niż pozwala system plików; należy wybrać krótszą nazwę pliku lub folderu.</translation>
    </message>
    <message>
        <source>{path} cannot be used: permission denied; check the file and folder permissions.</source>
        <translation>Nie można użyć {path}: odmowa dostępu; należy sprawdzić uprawnienia pliku i folderu.</translation>
    </message>
    <message>
        <source>{path} is a loop of links; give the real file&apos;s path.</source>
        <translation>{path} jest pętlą dowiązań; należy podać ścieżkę rzeczywistego pliku.</translation>
    </message>
    <message>
        <source>{path} could not be used: {reason}.</source>
        <translation>Nie udało się użyć {path}: {reason}.</translation>
    </message>
    <message>
        <source>The clinic database {path} is in use by another program; close that program (or the other smpdesk window) and try again.</source>
        <translation>Baza danych gabinetu {path} jest używana przez inny program; należy zamknąć ten program (lub drugie okno smpdesk) i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The clinic database {path} is read-only, so nothing was saved; check the file and folder permissions and try again.</source>
        <translation>Baza danych gabinetu {path} jest tylko do odczytu, więc niczego nie zapisano; należy sprawdzić uprawnienia pliku i folderu i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be opened; check that the folder exists and that you may write to it.</source>
        <translation>Nie udało się otworzyć bazy danych gabinetu {path}; należy sprawdzić, czy folder istnieje i czy można w nim zapisywać.</translation>
    </message>
    <message>
        <source>The clinic database {path} could not be used ({reason}); try again.</source>
        <translation>Nie udało się użyć bazy danych gabinetu {path} ({reason}); należy spróbować ponownie.</translation>
    </message>
    <message>
        <source>{path} could not be opened with this key: either the key is not this file&apos;s or the file is damaged; nothing was changed. Check that this is the right clinic and key, and if it is, restore a backup.</source>
        <translation>Nie udało się otworzyć {path} tym kluczem: albo klucz nie należy do tego pliku, albo plik jest uszkodzony; niczego nie zmieniono. Należy sprawdzić, czy to właściwy gabinet i klucz, a jeśli tak, przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>The clinic database could not switch to safe-write (WAL) mode.</source>
        <translation>Baza danych gabinetu nie mogła przełączyć się w tryb bezpiecznego zapisu (WAL).</translation>
    </message>
    <message>
        <source>The safety copy {dest} failed its check; nothing was changed.</source>
        <translation>Kopia bezpieczeństwa {dest} nie przeszła sprawdzenia; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>There is no clinic database at {path}; check the path or create one with &apos;smpdesk demo&apos; or by starting the app.</source>
        <translation>Pod ścieżką {path} nie ma bazy danych gabinetu; należy sprawdzić ścieżkę lub utworzyć bazę poleceniem &apos;smpdesk demo&apos; albo uruchamiając aplikację.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another location.</source>
        <translation>Folder {folder} nie istnieje; należy go utworzyć lub wybrać inną lokalizację.</translation>
    </message>
    <message>
        <source>The clinic database {path} was written by a newer version of smpdesk; install the newer smpdesk to open it (the file was left untouched).</source>
        <translation>Bazę danych gabinetu {path} zapisała nowsza wersja smpdesk; aby ją otworzyć, należy zainstalować nowszą wersję smpdesk (plik pozostał nienaruszony).</translation>
    </message>
    <message>
        <source>The clinic database {path} holds no records at all.</source>
        <translation>Baza danych gabinetu {path} nie zawiera żadnych danych.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another program, not an smpdesk database; choose a different file.</source>
        <translation>{path} jest plikiem SQLite innego programu, a nie bazą danych smpdesk; należy wybrać inny plik.</translation>
    </message>
    <message>
        <source>The refund is more than is left of payment {payment_id}.</source>
        <translation>Zwrot przekracza kwotę pozostałą z płatności {payment_id}.</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>Nie ma płatności {payment_id}; należy sprawdzić numer.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a refund, not a payment; only a payment can be voided or refunded.</source>
        <translation>Wpis {payment_id} jest zwrotem, a nie płatnością; unieważnić lub zwrócić można tylko płatność.</translation>
    </message>
    <message>
        <source>Entry {payment_id} is a void, not a payment; only a payment can be voided or refunded.</source>
        <translation>Wpis {payment_id} jest unieważnieniem, a nie płatnością; unieważnić lub zwrócić można tylko płatność.</translation>
    </message>
    <message>
        <source>Payment {payment_id} is already voided.</source>
        <translation>Płatność {payment_id} jest już unieważniona.</translation>
    </message>
    <message>
        <source>Payment {payment_id} has been partly refunded, so it cannot be voided; refund what is left of it instead.</source>
        <translation>Płatność {payment_id} została częściowo zwrócona, więc nie można jej unieważnić; zamiast tego należy zwrócić pozostałą kwotę.</translation>
    </message>
    <message>
        <source>A refund must be more than nothing.</source>
        <translation>Zwrot musi być większy od zera.</translation>
    </message>
    <message>
        <source>Payment {payment_id} was taken in {currency}; refund it in {currency}.</source>
        <translation>Płatność {payment_id} przyjęto w {currency}; zwrotu należy dokonać w {currency}.</translation>
    </message>
    <message>
        <source>{name} is not a clean smpdesk database: {detail}. It may have been altered to harm the clinic&apos;s records, so it was not used</source>
        <translation>{name} nie jest nienaruszoną bazą danych smpdesk: {detail}. Mogła zostać zmieniona, aby zaszkodzić danym gabinetu, więc nie została użyta</translation>
    </message>
    <message>
        <source>{target} could not be switched to safe-write (WAL) mode.</source>
        <translation>Nie udało się przełączyć {target} w tryb bezpiecznego zapisu (WAL).</translation>
    </message>
    <message>
        <source>The copy of {source} does not hold the same records, so it was not kept; nothing was changed.</source>
        <translation>Kopia {source} nie zawiera tych samych danych, więc nie została zachowana; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check (it is not an smpdesk database), so it was not kept.</source>
        <translation>Kopia {source} nie przeszła sprawdzenia (nie jest bazą danych smpdesk), więc nie została zachowana.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database (it is not an smpdesk database); nothing was copied.</source>
        <translation>{path} nie jest sprawną bazą danych gabinetu (nie jest bazą danych smpdesk); niczego nie skopiowano.</translation>
    </message>
    <message>
        <source>The copy of {source} failed its check ({problem}), so it was not kept.</source>
        <translation>Kopia {source} nie przeszła sprawdzenia ({problem}), więc nie została zachowana.</translation>
    </message>
    <message>
        <source>{path} is not a sound clinic database ({problem}); nothing was copied.</source>
        <translation>{path} nie jest sprawną bazą danych gabinetu ({problem}); niczego nie skopiowano.</translation>
    </message>
</context>
</TS>
