<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>core</name>
    <message>
        <source>{folder} is a file, not a folder; forms must be in a folder.</source>
        <translation>{folder} jest plikiem, a nie folderem; formularze muszą znajdować się w folderze.</translation>
    </message>
    <message>
        <source>The forms folder {folder} (set in {setting}) does not exist; create it or correct the setting.</source>
        <translation>Folder formularzy {folder} (ustawiony w {setting}) nie istnieje; należy go utworzyć lub poprawić ustawienie.</translation>
    </message>
    <message>
        <source>The forms folder {folder} could not be created ({reason}); check that the disk has room and the folder can be written.</source>
        <translation>Nie udało się utworzyć folderu formularzy {folder} ({reason}); należy sprawdzić, czy na dysku jest miejsce i czy można zapisywać w folderze.</translation>
    </message>
    <message>
        <source>There is no usable form &quot;{form_id}&quot; in the forms folder.</source>
        <translation>W folderze formularzy nie ma działającego formularza „{form_id}”.</translation>
    </message>
    <message>
        <source>This response was answered with a form this version of smpdesk cannot read; its answers are kept unchanged in the database.</source>
        <translation>Tę odpowiedź udzielono na formularzu, którego ta wersja smpdesk nie potrafi odczytać; odpowiedzi pozostają bez zmian w bazie danych.</translation>
    </message>
    <message>
        <source>The form this was answered with is missing from the database.</source>
        <translation>W bazie danych brakuje formularza, na którym udzielono tych odpowiedzi.</translation>
    </message>
    <message>
        <source>Signed by the client, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez klienta, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>Signed by the client at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez klienta o {time}, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez klienta {date} o {time}, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>Signed by the practitioner, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez specjalistę, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez specjalistę o {time}, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}, so the answers above that signature are sealed: a change needs a new version of the form, signed again.</source>
        <translation>Podpisane przez specjalistę {date} o {time}, więc odpowiedzi nad tym podpisem są zapieczętowane: zmiana wymaga nowej wersji formularza, podpisanej ponownie.</translation>
    </message>
    <message>
        <source>The saved copy of this form was signed on another version of the form; continue that copy, which opens with the wording that was signed.</source>
        <translation>Zapisana kopia tego formularza została podpisana na innej wersji formularza; należy kontynuować tę kopię, która otwiera się z podpisaną treścią.</translation>
    </message>
    <message>
        <source>A signature can only be drawn once everything above it is answered; it was not kept, so answer the questions marked and sign again.</source>
        <translation>Podpis można złożyć dopiero wtedy, gdy wszystko nad nim ma odpowiedź; podpis nie został zachowany, więc proszę odpowiedzieć na zaznaczone pytania i podpisać ponownie.</translation>
    </message>
    <message>
        <source>Another unfinished copy of this form was started meanwhile; hand the laptop to a practitioner.</source>
        <translation>W międzyczasie rozpoczęto inną niedokończoną kopię tego formularza; proszę przekazać laptop specjaliście.</translation>
    </message>
    <message>
        <source>This unfinished copy is signed, so it cannot be discarded; finish it, then start a new version if something must change.</source>
        <translation>Ta niedokończona kopia jest podpisana, więc nie można jej odrzucić; należy ją dokończyć, a jeśli coś trzeba zmienić, rozpocząć nową wersję.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been removed.</source>
        <translation>Nie ma klienta o identyfikatorze {client_id}; mógł zostać usunięty.</translation>
    </message>
    <message>
        <source>The version this copy was started to replace has already been replaced by another; open the newest version instead.</source>
        <translation>Wersja, którą ta kopia miała zastąpić, została już zastąpiona inną; należy otworzyć najnowszą wersję.</translation>
    </message>
    <message>
        <source>There is no questionnaire response {response_id}.</source>
        <translation>Nie ma odpowiedzi na kwestionariusz {response_id}.</translation>
    </message>
    <message>
        <source>The response this copy was started to replace is no longer in the database; discard this copy and start the form again.</source>
        <translation>Odpowiedzi, którą ta kopia miała zastąpić, nie ma już w bazie danych; należy odrzucić tę kopię i rozpocząć formularz od nowa.</translation>
    </message>
    <message>
        <source>This response was already replaced by a newer version; start from that one.</source>
        <translation>Ta odpowiedź została już zastąpiona nowszą wersją; należy zacząć od niej.</translation>
    </message>
    <message>
        <source>Only the newest response to a form can get a new version; start from that one.</source>
        <translation>Nową wersję może otrzymać tylko najnowsza odpowiedź na formularz; należy zacząć od niej.</translation>
    </message>
    <message>
        <source>This form already has an unfinished copy; finish or discard it before starting a new version.</source>
        <translation>Ten formularz ma już niedokończoną kopię; przed rozpoczęciem nowej wersji należy ją dokończyć lub odrzucić.</translation>
    </message>
    <message>
        <source>The consent record could not be laid out; the answers were not saved, so check for an unusually long answer and try again.</source>
        <translation>Nie udało się złożyć dokumentu zgody; odpowiedzi nie zostały zapisane, więc należy poszukać nietypowo długiej odpowiedzi i spróbować ponownie.</translation>
    </message>
    <message>
        <source>This response has no signed record; only consent forms produce one.</source>
        <translation>Ta odpowiedź nie ma podpisanego dokumentu; tworzą go tylko formularze zgody.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}.</source>
        <translation>Nie ma klienta o identyfikatorze {client_id}.</translation>
    </message>
    <message>
        <source>Unknown angle {angle}; use one of: {choices}.</source>
        <translation>Nieznane ujęcie {angle}; proszę użyć jednego z: {choices}.</translation>
    </message>
    <message>
        <source>Photo consent must be &apos;clinical&apos; or &apos;marketing&apos;.</source>
        <translation>Zgoda na zdjęcie musi mieć wartość &apos;clinical&apos; lub &apos;marketing&apos;.</translation>
    </message>
    <message>
        <source>Session {session_id} does not belong to this client.</source>
        <translation>Sesja {session_id} nie należy do tego klienta.</translation>
    </message>
    <message>
        <source>Session {session_id} was on {session_day}, not {visit_day}; give one or the other.</source>
        <translation>Sesja {session_id} odbyła się {session_day}, a nie {visit_day}; należy podać jedno albo drugie.</translation>
    </message>
    <message>
        <source>There is no photo with id {photo_id}.</source>
        <translation>Nie ma zdjęcia o identyfikatorze {photo_id}.</translation>
    </message>
    <message>
        <source>A visit date cannot be in the future.</source>
        <translation>Data wizyty nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name such as {example}.</source>
        <translation>{target} jest folderem; proszę podać nazwę pliku, np. {example}.</translation>
    </message>
    <message>
        <source>Choose an angle from the list.</source>
        <translation>Proszę wybrać ujęcie z listy.</translation>
    </message>
    <message>
        <source>Choose the photo consent from the list.</source>
        <translation>Proszę wybrać zgodę na zdjęcie z listy.</translation>
    </message>
    <message>
        <source>Enter the visit date as YYYY-MM-DD.</source>
        <translation>Proszę wpisać datę wizyty w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Mark the two points on both photos first (Compare, then Wipe), or export them side by side as they are.</source>
        <translation>Najpierw należy zaznaczyć dwa punkty na obu zdjęciach (Porównaj dwa, potem Suwak) albo wyeksportować je obok siebie bez zmian.</translation>
    </message>
    <message>
        <source>A photo could not be read ({reason}).</source>
        <translation>Nie udało się odczytać zdjęcia ({reason}).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Ten klient ma ostrzeżenie „Nie wykonywać zabiegu”: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>W dokumentacji tego klienta brak podpisanej zgody: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>W dokumentacji tego klienta brak wywiadu medycznego: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>W dokumentacji tego klienta brak podpisanej zgody i wywiadu medycznego: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no signed consent on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Ten klient ma ostrzeżenie „Nie wykonywać zabiegu”, a w jego dokumentacji brak podpisanej zgody: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Ten klient ma ostrzeżenie „Nie wykonywać zabiegu”, a w jego dokumentacji brak wywiadu medycznego: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>This client has a do-not-treat flag, no signed consent on file and no medical history on file: type why the session goes ahead anyway (at least a short sentence).</source>
        <translation>Ten klient ma ostrzeżenie „Nie wykonywać zabiegu”, a w jego dokumentacji brak podpisanej zgody i wywiadu medycznego: proszę wpisać, dlaczego sesja mimo to się odbywa (co najmniej krótkie zdanie).</translation>
    </message>
    <message>
        <source>Type why this session is deleted, as a short sentence (at least {count} characters and two words): it stays in the client&apos;s history.</source>
        <translation>Proszę wpisać krótkim zdaniem, dlaczego ta sesja jest usuwana (co najmniej {count} znaków i dwa słowa): zostanie to w historii klienta.</translation>
    </message>
    <message>
        <source>Keep the reason to {count} characters; the details belong in the client&apos;s notes.</source>
        <translation>Powód nie może przekraczać {count} znaków; szczegóły należy wpisać w notatkach klienta.</translation>
    </message>
    <message>
        <source>There is no session with id {session_id}; it may have been removed.</source>
        <translation>Nie ma sesji o identyfikatorze {session_id}; mogła zostać usunięta.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day} by {name}, so it can no longer be changed.</source>
        <translation>Sesja {session_id} została usunięta {day} przez: {name}, więc nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>Session {session_id} was deleted on {day}, so it can no longer be changed.</source>
        <translation>Sesja {session_id} została usunięta {day}, więc nie można jej już zmienić.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day} by {name}; nothing was changed.</source>
        <translation>Sesja {session_id} została już usunięta {day} przez: {name}; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Session {session_id} was already deleted on {day}; nothing was changed.</source>
        <translation>Sesja {session_id} została już usunięta {day}; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Choose the date until which this client is snoozed.</source>
        <translation>Proszę wybrać datę, do której klient zostaje odłożony.</translation>
    </message>
    <message>
        <source>A snooze date must be after today; choose a later date.</source>
        <translation>Data odłożenia musi przypadać po dniu dzisiejszym; proszę wybrać późniejszą datę.</translation>
    </message>
    <message>
        <source>A snooze can last up to two years; for a client who will not come back, record &apos;not returning&apos; instead.</source>
        <translation>Odłożenie może trwać najwyżej dwa lata; w przypadku klienta, który nie wróci, należy zamiast tego zapisać „Nie wróci”.</translation>
    </message>
    <message>
        <source>Unknown outcome {outcome}; choose one of: {choices}.</source>
        <translation>Nieznany wynik {outcome}; proszę wybrać jeden z: {choices}.</translation>
    </message>
    <message>
        <source>Keep the note to {limit} characters.</source>
        <translation>Notatka może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>Client {client_id} is not on the follow-up list (archived, or no session recorded yet), so nothing was recorded.</source>
        <translation>Klienta {client_id} nie ma na liście kontroli (zarchiwizowany lub bez zapisanej jeszcze sesji), więc niczego nie zapisano.</translation>
    </message>
    <message>
        <source>No sessions have been recorded for {day}.</source>
        <translation>Na dzień {day} nie zapisano żadnych sesji.</translation>
    </message>
    <message>
        <source>This client has no recorded session yet; record the session first, or print a blank aftercare sheet.</source>
        <translation>Ten klient nie ma jeszcze zapisanej sesji; należy najpierw zapisać sesję albo wydrukować puste zalecenia pozabiegowe.</translation>
    </message>
    <message>
        <source>The aftercare sheet could not be laid out; check that the clinic details and names in it are not unusually long.</source>
        <translation>Nie udało się złożyć zaleceń pozabiegowych; należy sprawdzić, czy dane gabinetu i nazwiska nie są nietypowo długie.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>Brak klienta o identyfikatorze {client_id}: proszę sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Patch test {number} is not this client&apos;s: check the number.</source>
        <translation>Próba uczuleniowa {number} nie należy do tego klienta: proszę sprawdzić numer.</translation>
    </message>
    <message>
        <source>Patch test {number} already has a newer version: correct that one instead.</source>
        <translation>Próba uczuleniowa {number} ma już nowszą wersję: należy poprawić tamtą.</translation>
    </message>
    <message>
        <source>Say why this version replaces the earlier one.</source>
        <translation>Proszę podać, dlaczego ta wersja zastępuje wcześniejszą.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this client while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the client again.</source>
        <translation>Ktoś inny zapisał zmiany w danych tego klienta w trakcie edycji, więc te zmiany nie zostały zapisane; wpisany tekst nadal tu jest: należy zanotować, co potrzebne, a potem anulować i ponownie otworzyć klienta.</translation>
    </message>
    <message>
        <source>Someone else saved changes to this session while you were editing, so yours were not saved; your typing is still here: note what you need, then cancel and open the session again.</source>
        <translation>Ktoś inny zapisał zmiany w tej sesji w trakcie edycji, więc te zmiany nie zostały zapisane; wpisany tekst nadal tu jest: należy zanotować, co potrzebne, a potem anulować i ponownie otworzyć sesję.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; it may have been removed.</source>
        <translation>Nie ma klienta o identyfikatorze {client_id}; mógł zostać usunięty.</translation>
    </message>
    <message>
        <source>Client {merged} was merged into client {kept}; open that client instead.</source>
        <translation>Klient {merged} został scalony z klientem {kept}; należy otworzyć tamtego klienta.</translation>
    </message>
    <message>
        <source>The file has no column {column}; choose one of its columns.</source>
        <translation>Plik nie ma kolumny {column}; proszę wybrać jedną z jego kolumn.</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field to import into; choose one from the list.</source>
        <translation>„{field}” nie jest polem, do którego można importować; proszę wybrać pole z listy.</translation>
    </message>
    <message>
        <source>Choose which column holds the names (a full name, or given and family names).</source>
        <translation>Proszę wybrać kolumnę z nazwiskami (pełne imię i nazwisko albo osobno imię i nazwisko).</translation>
    </message>
    <message>
        <source>There is no import {batch_id}; see the list of imports.</source>
        <translation>Nie ma importu {batch_id}; proszę sprawdzić listę importów.</translation>
    </message>
    <message>
        <source>Import {batch_id} was undone already.</source>
        <translation>Import {batch_id} został już cofnięty.</translation>
    </message>
    <message>
        <source>Import {batch_id} cannot be undone: some of its clients have been edited, merged or have records since; nothing was removed.</source>
        <translation>Importu {batch_id} nie można cofnąć: niektórzy z jego klientów zostali od tego czasu edytowani lub scaleni albo mają zapisy; niczego nie usunięto.</translation>
    </message>
    <message>
        <source>The summary could not be laid out, so nothing was exported; check for an unusually long value in the client&apos;s records and try again.</source>
        <translation>Nie udało się złożyć podsumowania, więc niczego nie wyeksportowano; należy poszukać nietypowo długiej wartości w danych klienta i spróbować ponownie.</translation>
    </message>
    <message>
        <source>{name} does not end in .csv or .xlsx; name the file clients.csv (for any spreadsheet) or clients.xlsx (for Excel).</source>
        <translation>{name} nie ma końcówki .csv ani .xlsx; proszę nazwać plik clients.csv (dla dowolnego arkusza kalkulacyjnego) lub clients.xlsx (dla Excela).</translation>
    </message>
    <message>
        <source>Unknown list {archived}; choose one of: {choices}.</source>
        <translation>Nieznana lista {archived}; proszę wybrać jedną z: {choices}.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (for example: the client asked in writing on 3 March); nothing was erased.</source>
        <translation>Proszę podać powód usunięcia (na przykład: klient poprosił o to pisemnie 3 marca); niczego nie usunięto.</translation>
    </message>
    <message>
        <source>Keep the reason under {limit} characters; nothing was erased.</source>
        <translation>Powód musi mieć mniej niż {limit} znaków; niczego nie usunięto.</translation>
    </message>
    <message>
        <source>The backup was put in place, but clients erased since it was made could not be removed again ({problem}).</source>
        <translation>Kopia zapasowa została przywrócona, ale nie udało się ponownie usunąć klientów usuniętych po jej wykonaniu ({problem}).</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; they may have been erased already.</source>
        <translation>Nie ma klienta o identyfikatorze {client_id}; mógł już zostać usunięty.</translation>
    </message>
    <message>
        <source>To erase this client, type their client number {number} exactly; nothing was erased.</source>
        <translation>Aby usunąć tego klienta, należy wpisać dokładnie jego numer klienta {number}; niczego nie usunięto.</translation>
    </message>
    <message>
        <source>The year must be a whole number from {first} to {last}.</source>
        <translation>Rok musi być liczbą całkowitą od {first} do {last}.</translation>
    </message>
    <message>
        <source>There is no report table {table}; choose one of {choices}.</source>
        <translation>Nie ma tabeli raportu {table}; proszę wybrać jedną z: {choices}.</translation>
    </message>
    <message>
        <source>Unknown match {match}; choose one of: {choices}.</source>
        <translation>Nieznane dopasowanie {match}; proszę wybrać jedno z: {choices}.</translation>
    </message>
</context>
</TS>
