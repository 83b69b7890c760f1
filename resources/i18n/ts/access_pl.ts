<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Dodaj konto pracownika</translation>
    </message>
    <message>
        <source>Give the new person their own account, so the audit trail says who did what. Tell them the first password in person; they can change it afterwards.</source>
        <translation>Nowa osoba dostaje własne konto, aby dziennik audytu pokazywał, kto co zrobił. Pierwsze hasło należy przekazać osobiście; można je potem zmienić.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>e.g. Priya Nair</source>
        <translation>np. Priya Nair</translation>
    </message>
    <message>
        <source>e.g. priya</source>
        <translation>np. priya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>What they type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation>To, co wpisuje się przy logowaniu: małe litery, cyfry, kropki lub myślniki.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Powtórz hasło</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Audit trail for client {number}</source>
        <translation>Dziennik audytu klienta {number}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Every change, every look at a client&apos;s clinical record and every refusal, newest first. Refused rows are marked in red.</source>
        <translation>Każda zmiana, każde otwarcie dokumentacji klienta i każda odmowa, od najnowszych. Odmowy są oznaczone na czerwono.</translation>
    </message>
    <message>
        <source>Filter by person, action or client number…</source>
        <translation>Filtruj według osoby, czynności lub numeru klienta…</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Tylko odmowy</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtr</translation>
    </message>
    <message>
        <source>&amp;Dates from</source>
        <translation>&amp;Daty od</translation>
    </message>
    <message>
        <source>to</source>
        <comment>dates from … to …</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file (ids, names, actions)</source>
        <translation>Zapisz widoczne wiersze jako plik CSV (identyfikatory, nazwy, czynności)</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Sprawdź dziennik</translation>
    </message>
    <message>
        <source>Check that no entry was deleted, changed or slipped in (the hash chain)</source>
        <translation>Sprawdź, czy żaden wpis nie został usunięty, zmieniony ani podrzucony (łańcuch skrótów)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The trail is whole: every entry follows the one before it.</source>
        <translation>Dziennik jest kompletny: każdy wpis następuje po poprzednim.</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>nr {id}</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(brak konta)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>{total} entries (the newest {limit}).</source>
        <translation>Wpisy: {total} (najnowsze {limit}).</translation>
    </message>
    <message>
        <source>{total} entries.</source>
        <translation>Wpisy: {total}.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries (the newest {limit}).</source>
        <translation>Widoczne wpisy: {shown} z {total} (najnowsze {limit}).</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries.</source>
        <translation>Widoczne wpisy: {shown} z {total}.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>Your clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <source>Welcome to smpdesk. A few questions set up your clinic; nothing is saved until the last page. These details are printed at the top of aftercare sheets, receipts and quotes, and can be changed later in Settings.</source>
        <translation>Witamy w smpdesk. Kilka pytań pozwoli skonfigurować gabinet; nic nie zostanie zapisane przed ostatnią stroną. Te dane są drukowane w nagłówku zaleceń pozabiegowych, paragonów i wycen; można je później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>e.g. Northside Scalp Clinic</source>
        <translation>np. Gabinet Skóry Głowy Północ</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nazwa gabinetu:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Logo (optional):</source>
        <translation>Logo (opcjonalnie):</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Wybierz logo gabinetu</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Choosing the country fills in the rest; check each value and change any that is not right for your clinic.</source>
        <translation>Wybór kraju wypełnia pozostałe pola; należy sprawdzić każdą wartość i zmienić te, które nie pasują do gabinetu.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: the number a client calls about a bad reaction.</source>
        <translation>Drukowany w każdych zaleceniach pozabiegowych: numer, pod który klient dzwoni w razie złej reakcji.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>Filled in from the country:</source>
        <translation>Wypełnione na podstawie kraju:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Rozmiar &amp;papieru:</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>Format &amp;dat:</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>Numer &amp;alarmowy:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Amounts written as:</source>
        <translation>Format &amp;kwot:</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Wybierz datę w kalendarzu</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Change {name}&apos;s account</source>
        <translation>Zmiana konta: {name}</translation>
    </message>
    <message>
        <source>User name: {login} (it cannot be changed).</source>
        <translation>Nazwa użytkownika: {login} (nie można jej zmienić).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to smpdesk</source>
        <translation>Witamy w smpdesk</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. It is shown only this once.</source>
        <translation>Jeśli wszystkie hasła właścicieli zostaną zapomniane, ten klucz jest jedynym sposobem na ponowny dostęp. Jest wyświetlany tylko ten jeden raz.</translation>
    </message>
    <message>
        <source>Keep the sheet in the clinic safe, away from this computer; a saved PDF belongs on a USB stick kept there too. When smpdesk opens, sign in with the user name and password you just chose.</source>
        <translation>Arkusz należy przechowywać w sejfie gabinetu, z dala od tego komputera; zapisany PDF powinien trafić na pendrive przechowywany w tym samym miejscu. Po otwarciu smpdesk należy zalogować się właśnie wybraną nazwą użytkownika i hasłem.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>That is not your PIN; 1 try left.</source>
        <translation>To nie jest prawidłowy PIN; pozostała 1 próba.</translation>
    </message>
    <message numerus="yes">
        <source>That is not your PIN; %n tries left.</source>
        <translation>
            <numerusform>To nie jest prawidłowy PIN; pozostała %n próba.</numerusform>
            <numerusform>To nie jest prawidłowy PIN; pozostały %n próby.</numerusform>
            <numerusform>To nie jest prawidłowy PIN; pozostało %n prób.</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous person</source>
        <translation>poprzednia osoba</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Zmień użytkownika</translation>
    </message>
    <message>
        <source>Close {name}&apos;s open windows? Unsaved typing in them is lost; form drafts are kept.</source>
        <translation>Zamknąć otwarte okna (użytkownik: {name})? Niezapisany tekst w nich przepadnie; wersje robocze formularzy zostaną zachowane.</translation>
    </message>
    <message>
        <source>Still locked: {name}&apos;s windows stay open.</source>
        <translation>Nadal zablokowane: okna (użytkownik: {name}) pozostają otwarte.</translation>
    </message>
    <message>
        <source>Some of {name}&apos;s windows did not close; unlock as {name} to close them first.</source>
        <translation>Niektóre okna (użytkownik: {name}) nie zostały zamknięte; aby je najpierw zamknąć, należy odblokować jako {name}.</translation>
    </message>
</context>
<context>
    <name>MySecurityDialog</name>
    <message>
        <source>My password and PIN</source>
        <translation>Moje hasło i PIN</translation>
    </message>
    <message>
        <source>Signed in as {name}: {role} account, user name “{login}”.</source>
        <translation>Zalogowano jako {name}: konto typu {role}, nazwa użytkownika „{login}”.</translation>
    </message>
    <message>
        <source>This clinic is not protected yet, so it has no passwords or PINs.</source>
        <translation>Ten gabinet nie jest jeszcze zabezpieczony, więc nie ma haseł ani kodów PIN.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>PIN for unlocking your screen</source>
        <translation>PIN do odblokowania ekranu</translation>
    </message>
    <message>
        <source>A PIN of {low} to {high} digits unlocks the screen after you lock it. Signing in still needs your password, and five wrong PINs ask for it too.</source>
        <translation>PIN złożony z {low}–{high} cyfr odblokowuje ekran po jego zablokowaniu. Do logowania nadal potrzebne jest hasło; po pięciu błędnych PIN-ach również trzeba je podać.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Powtórz nowy PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Ustaw PIN</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Usuń PIN</translation>
    </message>
    <message>
        <source>You have a PIN.</source>
        <translation>PIN jest ustawiony.</translation>
    </message>
    <message>
        <source>You have no PIN yet.</source>
        <translation>PIN nie jest jeszcze ustawiony.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Zmień PIN</translation>
    </message>
    <message>
        <source>Your password is changed; use the new one next time you sign in.</source>
        <translation>Hasło zostało zmienione; przy następnym logowaniu należy użyć nowego.</translation>
    </message>
    <message>
        <source>Your PIN is changed.</source>
        <translation>PIN został zmieniony.</translation>
    </message>
    <message>
        <source>Your PIN is set; it unlocks your screen.</source>
        <translation>PIN został ustawiony; odblokowuje ekran.</translation>
    </message>
    <message>
        <source>Your PIN is removed; unlock your screen with your password.</source>
        <translation>PIN został usunięty; ekran odblokowuje się hasłem.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Where your data lives</source>
        <translation>Gdzie są przechowywane dane</translation>
    </message>
    <message>
        <source>The clinic file holds every record. Keep it on this computer&apos;s own disk; backups are made in a folder beside it.</source>
        <translation>Plik gabinetu zawiera wszystkie dane. Należy trzymać go na własnym dysku tego komputera; kopie zapasowe są tworzone w folderze obok niego.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <source>Use the suggested folder</source>
        <translation>Użyj proponowanego folderu</translation>
    </message>
    <message>
        <source>The clinic file will be kept in this folder:</source>
        <translation>Plik gabinetu będzie przechowywany w tym folderze:</translation>
    </message>
    <message>
        <source>Where to keep the clinic file</source>
        <translation>Gdzie przechowywać plik gabinetu</translation>
    </message>
    <message>
        <source>This is smpdesk&apos;s own folder for your account, the one suggested.</source>
        <translation>To własny folder smpdesk dla tego konta systemowego, czyli proponowany.</translation>
    </message>
    <message>
        <source>smpdesk will remember this folder and open the clinic from it each time.</source>
        <translation>smpdesk zapamięta ten folder i za każdym razem otworzy z niego gabinet.</translation>
    </message>
    <message>
        <source>Backups are made in {folder}, beside the clinic file. Copy them to a USB drive or another disk now and then (Settings can send them to another folder).</source>
        <translation>Kopie zapasowe są tworzone w {folder}, obok pliku gabinetu. Co jakiś czas należy kopiować je na dysk USB lub inny dysk (w Ustawieniach można wskazać inny folder).</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Protect this clinic</source>
        <translation>Zabezpiecz ten gabinet</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>np. olivia</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>np. Olivia Smith</translation>
    </message>
    <message>
        <source>Your owner account</source>
        <translation>Konto właściciela</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nazwa &amp;użytkownika</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Małe litery, cyfry, kropki lub myślniki.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>As it appears on screen and in the records.</source>
        <translation>Tak, jak pojawia się na ekranie i w dokumentacji.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Powtórz hasło</translation>
    </message>
    <message>
        <source>Encrypting the clinic file and its backups; this takes a moment…</source>
        <translation>Szyfrowanie pliku gabinetu i jego kopii zapasowych; to chwilę potrwa…</translation>
    </message>
    <message>
        <source>Protect the clinic</source>
        <translation>Zabezpiecz gabinet</translation>
    </message>
    <message>
        <source>The clinic is protected</source>
        <translation>Gabinet jest zabezpieczony</translation>
    </message>
    <message>
        <source>Recovery key (shown only this once)</source>
        <translation>Klucz odzyskiwania (wyświetlany tylko ten jeden raz)</translation>
    </message>
    <message>
        <source>If every owner password is forgotten, this key is the only way back in. Keep the sheet in the clinic safe, away from this laptop; a saved PDF belongs on a USB stick kept there too.</source>
        <translation>Jeśli wszystkie hasła właścicieli zostaną zapomniane, ten klucz jest jedynym sposobem na ponowny dostęp. Arkusz należy przechowywać w sejfie gabinetu, z dala od tego laptopa; zapisany PDF powinien trafić na pendrive przechowywany w tym samym miejscu.</translation>
    </message>
    <message>
        <source>The unprotected copy</source>
        <translation>Niezabezpieczona kopia</translation>
    </message>
    <message>
        <source>The clinic file as it was before protecting is kept beside it, unencrypted, until you confirm the protected clinic works. It opens without a password, so erase it once you are happy. If you finish without erasing it, a banner in the main window offers to erase it until you do.</source>
        <translation>Plik gabinetu w stanie sprzed zabezpieczenia jest przechowywany obok, niezaszyfrowany, do czasu potwierdzenia, że zabezpieczony gabinet działa. Otwiera się bez hasła, dlatego po sprawdzeniu należy go usunąć. Jeśli zakończy się bez usuwania, pasek w oknie głównym będzie proponować jego usunięcie, aż to nastąpi.</translation>
    </message>
    <message>
        <source>Erase the unprotected copy now</source>
        <translation>Usuń teraz niezabezpieczoną kopię</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Tick the box once the recovery sheet is printed or saved</source>
        <translation>Zaznacz pole, gdy arkusz odzyskiwania zostanie wydrukowany lub zapisany</translation>
    </message>
    <message>
        <source>{file} is now encrypted, and everyone signs in to open it.</source>
        <translation>Plik {file} jest teraz zaszyfrowany i każdy loguje się, aby go otworzyć.</translation>
    </message>
    <message>
        <source>You are signed in as {name} (owner).</source>
        <translation>Zalogowano jako {name} (właściciel).</translation>
    </message>
    <message>
        <source>You are signed in as the owner.</source>
        <translation>Zalogowano jako właściciel.</translation>
    </message>
    <message>
        <source>Its existing backup was encrypted too.</source>
        <translation>Istniejąca kopia zapasowa również została zaszyfrowana.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n existing backups were encrypted too.</source>
        <translation>
            <numerusform>Zaszyfrowano też %n istniejącą kopię zapasową.</numerusform>
            <numerusform>Zaszyfrowano też %n istniejące kopie zapasowe.</numerusform>
            <numerusform>Zaszyfrowano też %n istniejących kopii zapasowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unprotected copy is erased.</source>
        <translation>Niezabezpieczona kopia została usunięta.</translation>
    </message>
    <message>
        <source>There was no unprotected copy left.</source>
        <translation>Nie było już niezabezpieczonej kopii.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <source>Protect the clinic</source>
        <translation>Zabezpiecz gabinet</translation>
    </message>
    <message>
        <source>Protecting encrypts the clinic file, so a lost laptop or a copied backup shows nothing, and everyone signs in with their own name and password.</source>
        <translation>Zabezpieczenie szyfruje plik gabinetu, więc zgubiony laptop ani skopiowana kopia zapasowa niczego nie ujawnią, a każdy loguje się własną nazwą i hasłem.</translation>
    </message>
    <message>
        <source>Protect the clinic (recommended)</source>
        <translation>Zabezpiecz gabinet (zalecane)</translation>
    </message>
    <message>
        <source>e.g. Olivia Smith</source>
        <translation>np. Olivia Smith</translation>
    </message>
    <message>
        <source>e.g. olivia</source>
        <translation>np. olivia</translation>
    </message>
    <message>
        <source>You, the clinic&apos;s owner</source>
        <translation>Właściciel gabinetu</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, dots or dashes.</source>
        <translation>Małe litery, cyfry, kropki lub myślniki.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Powtórz hasło:</translation>
    </message>
    <message>
        <source>A recovery key is shown once the clinic is made: print it or write it down and keep it in the clinic safe. It is the only way back in if the password is lost.</source>
        <translation>Po utworzeniu gabinetu zostanie wyświetlony klucz odzyskiwania: należy go wydrukować lub zapisać i przechowywać w sejfie gabinetu. To jedyny sposób na ponowny dostęp, gdy hasło zostanie utracone.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation>Zapomniane hasło</translation>
    </message>
    <message>
        <source>Type the recovery key from the clinic&apos;s printed recovery sheet and choose a new password for an owner account. The other accounts keep their passwords; an owner can reset theirs once signed in.</source>
        <translation>Należy wpisać klucz odzyskiwania z wydrukowanego arkusza odzyskiwania gabinetu i wybrać nowe hasło dla konta właściciela. Pozostałe konta zachowują swoje hasła; właściciel może je zresetować po zalogowaniu.</translation>
    </message>
    <message>
        <source>Not an owner? Ask the clinic&apos;s owner to set you a new password instead.</source>
        <translation>To nie jest konto właściciela? Należy poprosić właściciela gabinetu o ustawienie nowego hasła.</translation>
    </message>
    <message>
        <source>the owner&apos;s user name</source>
        <translation>nazwa użytkownika właściciela</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;user name</source>
        <translation>Nazwa &amp;użytkownika właściciela</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>&amp;Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation>Ustaw hasło i zaloguj</translation>
    </message>
    <message>
        <source>Type the owner&apos;s user name.</source>
        <translation>Należy wpisać nazwę użytkownika właściciela.</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet.</source>
        <translation>Należy wpisać klucz odzyskiwania z wydrukowanego arkusza.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>This is the clinic&apos;s new recovery key. It opens the clinic when every owner&apos;s password is lost, and it is shown only this once: save the sheet and print it, or copy the key by hand, and keep it in the clinic safe. The old recovery sheet no longer works; destroy it.</source>
        <translation>To nowy klucz odzyskiwania gabinetu. Otwiera gabinet, gdy hasła wszystkich właścicieli zostaną utracone, i jest wyświetlany tylko ten jeden raz: należy zapisać i wydrukować arkusz albo przepisać klucz ręcznie i przechowywać go w sejfie gabinetu. Poprzedni arkusz odzyskiwania już nie działa; należy go zniszczyć.</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Zapisz arkusz odzyskiwania jako PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Print it, put the printout in the clinic safe, then delete the file: with it, anyone can open a copy of the clinic.</source>
        <translation>Zapisano jako {path}. Należy go wydrukować, włożyć wydruk do sejfu gabinetu, a następnie usunąć plik: z jego pomocą każdy może otworzyć kopię gabinetu.</translation>
    </message>
    <message>
        <source>Close without the sheet?</source>
        <translation>Zamknąć bez arkusza?</translation>
    </message>
    <message>
        <source>The recovery sheet was not saved, and the key is not shown again. Close anyway (you copied the key by hand)?</source>
        <translation>Arkusz odzyskiwania nie został zapisany, a klucz nie zostanie wyświetlony ponownie. Zamknąć mimo to (klucz przepisano ręcznie)?</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Print recovery sheet…</source>
        <translation>Drukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <source>Save recovery sheet as PDF…</source>
        <translation>Zapisz arkusz odzyskiwania jako PDF…</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>keep it in the clinic safe</source>
        <translation>przechowywać w sejfie gabinetu</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Move it to a USB stick kept in the clinic safe.</source>
        <translation>Zapisano jako {path}. Należy przenieść plik na pendrive przechowywany w sejfie gabinetu.</translation>
    </message>
    <message>
        <source>Close without the recovery sheet?</source>
        <translation>Zamknąć bez arkusza odzyskiwania?</translation>
    </message>
    <message>
        <source>The recovery key is not shown again. Without it, if every owner password is forgotten, nobody can read the records. Close anyway?</source>
        <translation>Klucz odzyskiwania nie zostanie wyświetlony ponownie. Bez niego, jeśli wszystkie hasła właścicieli zostaną zapomniane, nikt nie odczyta danych. Zamknąć mimo to?</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Enable {name}&apos;s account</source>
        <translation>Włączanie konta: {name}</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Włącz konto</translation>
    </message>
    <message>
        <source>{name}&apos;s old password stopped working when the account was disabled. Set a new one to enable it, and tell it to them in person.</source>
        <translation>Poprzednie hasło (użytkownik: {name}) przestało działać po wyłączeniu konta. Aby je włączyć, należy ustawić nowe hasło i przekazać je osobiście.</translation>
    </message>
    <message>
        <source>Reset {name}&apos;s password</source>
        <translation>Resetowanie hasła: {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <source>Set a new password for {name} (user name {login}) and tell it to them in person; they can change it under My password and PIN.</source>
        <translation>Należy ustawić nowe hasło dla: {name} (nazwa użytkownika {login}) i przekazać je osobiście; można je zmienić w oknie Moje hasło i PIN.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — smpdesk</source>
        <translation>Logowanie — smpdesk</translation>
    </message>
    <message>
        <source>Sign in to open the clinic&apos;s records</source>
        <translation>Zaloguj się, aby otworzyć dane gabinetu</translation>
    </message>
    <message>
        <source>Clinic file: {name}</source>
        <translation>Plik gabinetu: {name}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Wyjdź</translation>
    </message>
    <message>
        <source>Forgotten password…</source>
        <translation>Zapomniane hasło…</translation>
    </message>
    <message>
        <source>Trying the demo? Sign in as one of these</source>
        <translation>Wersja demonstracyjna? Można zalogować się jako jedna z tych osób</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Użyj</translation>
    </message>
    <message>
        <source>Choose {name} and fill in the password</source>
        <translation>Wybierz osobę {name} i wpisz hasło</translation>
    </message>
    <message>
        <source>User name: {login}</source>
        <translation>Nazwa użytkownika: {login}</translation>
    </message>
    <message>
        <source>No staff account can sign in to this clinic; an owner can use the recovery key (Forgotten password…).</source>
        <translation>Żadne konto pracownika nie może zalogować się do tego gabinetu; właściciel może użyć klucza odzyskiwania (Zapomniane hasło…).</translation>
    </message>
    <message>
        <source>Sign in ({seconds})</source>
        <translation>Zaloguj ({seconds})</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Najpierw należy wybrać swoje imię i nazwisko z listy.</translation>
    </message>
    <message>
        <source>Type your password, then press Sign in.</source>
        <translation>Należy wpisać hasło, a następnie nacisnąć Zaloguj.</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>Your name *</source>
        <translation>Imię i nazwisko *</translation>
    </message>
    <message>
        <source>Sign here *</source>
        <translation>Podpis *</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Konta pracowników</translation>
    </message>
    <message>
        <source>Everyone signs in with their own account, so the audit trail says who did what. Accounts are never deleted: disable one when someone leaves, and the records keep their name.</source>
        <translation>Każdy loguje się na własne konto, aby dziennik audytu pokazywał, kto co zrobił. Konta nigdy nie są usuwane: gdy ktoś odchodzi, należy wyłączyć jego konto, a dokumentacja zachowa jego imię i nazwisko.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Rename / change role…</source>
        <translation>Zmień nazwę / rolę…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Resetuj hasło…</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nowy klucz odzyskiwania…</translation>
    </message>
    <message>
        <source>Make a new recovery key when the printed sheet is lost or someone saw it.</source>
        <translation>Utwórz nowy klucz odzyskiwania, gdy wydrukowany arkusz zaginie lub ktoś go zobaczy.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (to konto)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>A disabled account gets a new password when it is enabled.</source>
        <translation>Wyłączone konto dostaje nowe hasło przy włączeniu.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Włącz…</translation>
    </message>
    <message>
        <source>You cannot disable your own account; sign in as another owner to do it.</source>
        <translation>Nie można wyłączyć własnego konta; należy zalogować się jako inny właściciel.</translation>
    </message>
    <message>
        <source>{name} can now sign in as “{login}” ({role}).</source>
        <translation>{name} może teraz logować się jako „{login}” ({role}).</translation>
    </message>
    <message>
        <source>Saved: {name}, {role}. A new role takes effect at their next sign-in.</source>
        <translation>Zapisano: {name}, {role}. Nowa rola zacznie obowiązywać od następnego logowania.</translation>
    </message>
    <message>
        <source>{name}&apos;s password is set; tell it to them in person.</source>
        <translation>Hasło (użytkownik: {name}) zostało ustawione; należy je przekazać osobiście.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is enabled with the new password.</source>
        <translation>Konto (użytkownik: {name}) zostało włączone z nowym hasłem.</translation>
    </message>
    <message>
        <source>Disable {name}?</source>
        <translation>Wyłączyć konto: {name}?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in, and their password stops working at once. Their name stays on everything they recorded. Enabling the account later sets a new password.</source>
        <translation>Logowanie na konto {name} nie będzie już możliwe, a hasło natychmiast przestanie działać. Imię i nazwisko pozostanie przy wszystkim, co ta osoba zapisała. Późniejsze włączenie konta wymaga ustawienia nowego hasła.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is disabled.</source>
        <translation>Konto (użytkownik: {name}) zostało wyłączone.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Utworzyć nowy klucz odzyskiwania?</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the printed recovery sheet you have now stops working. Save and print the new sheet straight away.</source>
        <translation>Nowy klucz odzyskiwania od razu zastępuje poprzedni: obecny wydrukowany arkusz odzyskiwania przestaje działać. Nowy arkusz należy natychmiast zapisać i wydrukować.</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old recovery sheet no longer works.</source>
        <translation>Utworzono nowy klucz odzyskiwania; poprzedni arkusz odzyskiwania już nie działa.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How to start</source>
        <translation>Jak zacząć</translation>
    </message>
    <message>
        <source>You can import clients or add them one by one at any time later.</source>
        <translation>Klientów można później w dowolnej chwili zaimportować lub dodawać pojedynczo.</translation>
    </message>
    <message>
        <source>Start with an empty clinic</source>
        <translation>Zacznij od pustego gabinetu</translation>
    </message>
    <message>
        <source>Add clients as they come in.</source>
        <translation>Klientów dodaje się na bieżąco, gdy przychodzą.</translation>
    </message>
    <message>
        <source>Import my clients from a spreadsheet</source>
        <translation>Zaimportuj klientów z arkusza kalkulacyjnego</translation>
    </message>
    <message>
        <source>A CSV or Excel file from a spreadsheet or your old software: you see the columns matched and the rows checked before anything is added.</source>
        <translation>Plik CSV lub Excel z arkusza kalkulacyjnego albo z dotychczasowego programu: przed dodaniem czegokolwiek widać dopasowane kolumny i sprawdzone wiersze.</translation>
    </message>
    <message>
        <source>Try the demo clinic first (nothing is saved)</source>
        <translation>Najpierw wypróbuj gabinet demonstracyjny (nic nie jest zapisywane)</translation>
    </message>
    <message>
        <source>Made-up clients to look around with. Your clinic is not made yet: when you close the demo, start smpdesk again to come back here.</source>
        <translation>Fikcyjni klienci do rozejrzenia się. Gabinet nie jest jeszcze tworzony: po zamknięciu wersji demonstracyjnej należy ponownie uruchomić smpdesk, aby tu wrócić.</translation>
    </message>
    <message>
        <source>Making the clinic file…</source>
        <translation>Tworzenie pliku gabinetu…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Otwórz wersję demo</translation>
    </message>
    <message>
        <source>Create the clinic</source>
        <translation>Utwórz gabinet</translation>
    </message>
    <message>
        <source>Nothing is saved: the demo is made in a temporary folder.</source>
        <translation>Nic nie jest zapisywane: wersja demonstracyjna powstaje w folderze tymczasowym.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, protected, with you as its owner.</source>
        <translation>Gabinet zostanie utworzony w {path}, zabezpieczony, z tym kontem jako właścicielem.</translation>
    </message>
    <message>
        <source>The clinic will be made in {path}, not protected.</source>
        <translation>Gabinet zostanie utworzony w {path}, bez zabezpieczenia.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Use my password</source>
        <translation>Użyj hasła</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>Zaloguj jako inna osoba…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Logowanie jako inna osoba</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Zablokowano — {name}</translation>
    </message>
    <message>
        <source>Type your PIN to unlock.</source>
        <translation>Aby odblokować, należy wpisać PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Aby odblokować, należy wpisać hasło.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Należy wybrać swoje imię i nazwisko.</translation>
    </message>
</context>
<context>
    <name>access.lock</name>
    <message>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <source>smpdesk — Locked</source>
        <translation>smpdesk — Zablokowano</translation>
    </message>
    <message>
        <source>That is not your password; check it (passwords are case-sensitive) and try again.</source>
        <translation>To nie jest prawidłowe hasło; należy je sprawdzić (wielkość liter ma znaczenie) i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{count} wrong PINs in a row: type your password to unlock.</source>
        <translation>Błędne PIN-y z rzędu: {count}. Aby odblokować, należy wpisać hasło.</translation>
    </message>
</context>
<context>
    <name>access.recovery_sheet_panel</name>
    <message>
        <source>I have printed or saved the recovery sheet, or written the key down</source>
        <translation>Arkusz odzyskiwania jest wydrukowany lub zapisany albo klucz jest przepisany</translation>
    </message>
</context>
<context>
    <name>access.sign_in</name>
    <message>
        <source>At least {count} characters, and not a common password or your own name. A short sentence is easy to remember and hard to guess.</source>
        <translation>Co najmniej {count} znaków; nie może to być popularne hasło ani własne imię. Krótkie zdanie łatwo zapamiętać i trudno odgadnąć.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the new password twice.</source>
        <translation>Hasła nie są takie same; należy dwukrotnie wpisać nowe hasło.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: wait 1 second and try again.</source>
        <translation>Zbyt wiele błędnych haseł dla tego konta: proszę odczekać 1 sekundę i spróbować ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this account: wait %n seconds and try again.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych haseł dla tego konta: proszę odczekać %n sekundę i spróbować ponownie.</numerusform>
            <numerusform>Zbyt wiele błędnych haseł dla tego konta: proszę odczekać %n sekundy i spróbować ponownie.</numerusform>
            <numerusform>Zbyt wiele błędnych haseł dla tego konta: proszę odczekać %n sekund i spróbować ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Protecting encrypts the clinic file, so that a lost or stolen laptop, or a copied backup, shows nothing to anyone else.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Everyone signs in with their own user name and password before the records open. You will be the clinic&apos;s owner; you add the other staff afterwards.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;recovery key&lt;/b&gt; is shown once, at the end. Print it and keep it in the clinic safe: it is the only way back in if every owner password is forgotten.&lt;/li&gt;&lt;li&gt;Without a password or the recovery key &lt;b&gt;nobody can read the records&lt;/b&gt;, not even smpdesk&apos;s makers.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Zabezpieczenie szyfruje plik gabinetu, dzięki czemu zgubiony lub skradziony laptop ani skopiowana kopia zapasowa nie ujawnią nikomu danych.&lt;/p&gt;&lt;ul style=&apos;margin-left: -20px;&apos;&gt;&lt;li&gt;Przed otwarciem danych każdy loguje się własną nazwą użytkownika i hasłem. To konto zostanie właścicielem gabinetu; pozostałych pracowników dodaje się później.&lt;/li&gt;&lt;li&gt;Na końcu jeden raz zostanie wyświetlony &lt;b&gt;klucz odzyskiwania&lt;/b&gt;. Należy go wydrukować i przechowywać w sejfie gabinetu: to jedyny sposób na ponowny dostęp, jeśli wszystkie hasła właścicieli zostaną zapomniane.&lt;/li&gt;&lt;li&gt;Bez hasła lub klucza odzyskiwania &lt;b&gt;nikt nie odczyta danych&lt;/b&gt;, nawet twórcy smpdesk.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>access.staff_admin</name>
    <message>
        <source>The two passwords are not the same; type the new password in both boxes again.</source>
        <translation>Hasła nie są takie same; należy ponownie wpisać nowe hasło w obu polach.</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type the new PIN in both boxes again.</source>
        <translation>Kody PIN nie są takie same; należy ponownie wpisać nowy PIN w obu polach.</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Co najmniej {count} znaków. Kilka niezwiązanych ze sobą słów łatwo zapamiętać i trudno odgadnąć.</translation>
    </message>
    <message>
        <source>Everything, including staff accounts, clinic settings, restoring backups and the audit log.</source>
        <translation>Wszystko, w tym konta pracowników, ustawienia gabinetu, przywracanie kopii zapasowych i dziennik audytu.</translation>
    </message>
    <message>
        <source>Clients, treatments, photos and medical forms.</source>
        <translation>Klienci, zabiegi, zdjęcia i formularze medyczne.</translation>
    </message>
    <message>
        <source>Bookings, contact details and aftercare sheets; never medical answers, photos or treatment details.</source>
        <translation>Wizyty, dane kontaktowe i zalecenia pozabiegowe; nigdy odpowiedzi medyczne, zdjęcia ani szczegóły zabiegów.</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>logowanie</translation>
    </message>
    <message>
        <source>sign in (wrong password)</source>
        <translation>logowanie (błędne hasło)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>wylogowanie</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>zablokowanie ekranu</translation>
    </message>
    <message>
        <source>unlock the screen</source>
        <translation>odblokowanie ekranu</translation>
    </message>
    <message>
        <source>took the laptop back from a client</source>
        <translation>odebranie laptopa od klienta</translation>
    </message>
    <message>
        <source>protected the clinic</source>
        <translation>zabezpieczenie gabinetu</translation>
    </message>
    <message>
        <source>reset an owner&apos;s password with the recovery key</source>
        <translation>reset hasła właściciela kluczem odzyskiwania</translation>
    </message>
    <message>
        <source>add a staff account</source>
        <translation>dodanie konta pracownika</translation>
    </message>
    <message>
        <source>change a staff account</source>
        <translation>zmiana konta pracownika</translation>
    </message>
</context>
<context>
    <name>backups.backup_actions</name>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>smpdesk is still busy with the clinic file (a backup, an export or a photo import); try again when it has finished.</source>
        <translation>smpdesk nadal pracuje na pliku gabinetu (kopia zapasowa, eksport lub import zdjęć); proszę spróbować ponownie po zakończeniu.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywracanie</translation>
    </message>
    <message>
        <source>The clinic database cannot be opened</source>
        <translation>Nie można otworzyć bazy danych gabinetu</translation>
    </message>
    <message>
        <source>{problem} smpdesk will close; start it again once the problem is solved.</source>
        <translation>{problem} smpdesk zostanie zamknięty; po rozwiązaniu problemu należy uruchomić go ponownie.</translation>
    </message>
    <message>
        <source>Restored {name}: {counts}. The previous database was kept as {kept}.</source>
        <translation>Przywrócono {name}: {counts}. Poprzednią bazę danych zachowano jako {kept}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>smpdesk backups (*.sqlite3)</source>
        <translation>Kopie zapasowe smpdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Replace the clinic database with {name}? Work entered after that backup will not be in it; the current file is kept in the backups folder.</source>
        <translation>Zastąpić bazę danych gabinetu plikiem {name}? Dane wprowadzone po tej kopii zapasowej nie będą w niej zawarte; bieżący plik zostanie zachowany w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Przywracanie {name}…</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Sprawdzanie {name}…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło szyfrujące</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted backup:</source>
        <translation>Hasło szyfrujące zaszyfrowanej kopii zapasowej:</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>To samo hasło szyfrujące ponownie:</translation>
    </message>
    <message>
        <source>The two passphrases differ; try again.</source>
        <translation>Hasła szyfrujące się różnią; proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>Export an encrypted backup</source>
        <translation>Eksportuj zaszyfrowaną kopię zapasową</translation>
    </message>
    <message>
        <source>Encrypted backups (*.smpdesk)</source>
        <translation>Zaszyfrowane kopie zapasowe (*.smpdesk)</translation>
    </message>
    <message>
        <source>Encrypted backup written</source>
        <translation>Zapisano zaszyfrowaną kopię zapasową</translation>
    </message>
    <message>
        <source>Written to {path}. Keep the passphrase safe: without it the file cannot be opened.</source>
        <translation>Zapisano w {path}. Hasło szyfrujące należy przechowywać w bezpiecznym miejscu: bez niego pliku nie da się otworzyć.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Zapisywanie zaszyfrowanej kopii zapasowej…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <source>Import an encrypted backup</source>
        <translation>Importuj zaszyfrowaną kopię zapasową</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Replace the clinic database with this backup? The current file is kept in the backups folder.</source>
        <translation>Zastąpić bazę danych gabinetu tą kopią zapasową? Bieżący plik zostanie zachowany w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>Opening the encrypted backup…</source>
        <translation>Otwieranie zaszyfrowanej kopii zapasowej…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Check passed</source>
        <translation>Sprawdzanie zakończone pomyślnie</translation>
    </message>
    <message>
        <source>The check found problems</source>
        <translation>Sprawdzanie wykryło problemy</translation>
    </message>
    <message>
        <source>Checking the clinic file and its signed records…</source>
        <translation>Sprawdzanie pliku gabinetu i jego podpisanych dokumentów…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <source>Making the clinic file smaller</source>
        <translation>Zmniejszanie pliku gabinetu</translation>
    </message>
    <message>
        <source>Space not given back</source>
        <translation>Nie zwolniono miejsca</translation>
    </message>
</context>
<context>
    <name>first_run.wizard</name>
    <message>
        <source>Not protected: the clinic file is not encrypted, nobody signs in, and anyone who uses this computer or copies the file or a backup can read every record. You can protect it later from Clinic → Protect this clinic.</source>
        <translation>Bez zabezpieczenia: plik gabinetu nie jest zaszyfrowany, nikt się nie loguje, a każdy, kto korzysta z tego komputera lub skopiuje plik albo kopię zapasową, może odczytać wszystkie dane. Gabinet można zabezpieczyć później w menu Gabinet → Zabezpiecz ten gabinet.</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; choose a PNG or JPEG under 2 MB.</source>
        <translation>Tego pliku smpdesk nie może odczytać jako obrazu; należy wybrać plik PNG lub JPEG mniejszy niż 2 MB.</translation>
    </message>
</context>
<context>
    <name>widgets.form_support</name>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>You have typed details that are not saved. Close and discard them?</source>
        <translation>Wpisane dane nie zostały zapisane. Zamknąć i je odrzucić?</translation>
    </message>
</context>
<context>
    <name>widgets.save_files</name>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Replace {name}?</source>
        <translation>Zastąpić {name}?</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Replace it?</source>
        <translation>Plik {name} już istnieje w tym folderze. Zastąpić go?</translation>
    </message>
</context>
</TS>
