<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AftercarePreview</name>
    <message>
        <source>care plan version {version}</source>
        <translation>zalecenia pozabiegowe, wersja {version}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
</context>
<context>
    <name>AnswerProblems</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Prosimy odpowiedzieć na to pytanie.</translation>
    </message>
    <message>
        <source>Please tick the box to confirm.</source>
        <translation>Prosimy zaznaczyć pole, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation>Prosimy złożyć podpis w polu.</translation>
    </message>
    <message>
        <source>Please choose an answer.</source>
        <translation>Prosimy wybrać odpowiedź.</translation>
    </message>
    <message>
        <source>Please choose at least one answer.</source>
        <translation>Prosimy wybrać co najmniej jedną odpowiedź.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Prosimy odpowiedzieć tak lub nie.</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>Prosimy wpisać datę.</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>Prosimy wpisać liczbę.</translation>
    </message>
    <message>
        <source>Please type your answer.</source>
        <translation>Prosimy wpisać odpowiedź.</translation>
    </message>
    <message>
        <source>Please keep this to {count} characters.</source>
        <translation>Prosimy skrócić tekst. Maksymalna liczba znaków: {count}.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Prosimy wpisać liczbę całkowitą.</translation>
    </message>
    <message>
        <source>Please enter a number from {low} to {high}{unit}.</source>
        <translation>Prosimy wpisać liczbę od {low} do {high}{unit}.</translation>
    </message>
    <message>
        <source>Please enter a number of {low}{unit} or more.</source>
        <translation>Prosimy wpisać liczbę nie mniejszą niż {low}{unit}.</translation>
    </message>
    <message>
        <source>Please enter a number of {high}{unit} or less.</source>
        <translation>Prosimy wpisać liczbę nie większą niż {high}{unit}.</translation>
    </message>
    <message>
        <source>Please enter a real date.</source>
        <translation>Prosimy wpisać prawidłową datę.</translation>
    </message>
    <message>
        <source>Please enter today&apos;s date.</source>
        <translation>Prosimy wpisać dzisiejszą datę.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Ta data nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>Ta data nie może przypadać w przeszłości.</translation>
    </message>
    <message>
        <source>Please choose one of the answers.</source>
        <translation>Prosimy wybrać jedną z odpowiedzi.</translation>
    </message>
    <message>
        <source>Please choose from the answers shown.</source>
        <translation>Prosimy wybrać spośród podanych odpowiedzi.</translation>
    </message>
    <message>
        <source>&quot;{answer}&quot; cannot be ticked together with other answers.</source>
        <translation>Odpowiedzi „{answer}” nie można zaznaczyć razem z innymi.</translation>
    </message>
    <message>
        <source>Please choose at least {count}.</source>
        <translation>Prosimy wybrać co najmniej {count}.</translation>
    </message>
    <message>
        <source>Please choose at most {count}.</source>
        <translation>Prosimy wybrać najwyżej {count}.</translation>
    </message>
    <message>
        <source>Please sign again in the box.</source>
        <translation>Prosimy ponownie złożyć podpis w polu.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month.</source>
        <translation>Taka data nie istnieje; prosimy sprawdzić dzień i miesiąc.</translation>
    </message>
    <message>
        <source>Please enter a date as {form}.</source>
        <translation>Prosimy wpisać datę w formacie {form}.</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/RRRR</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <source>Flags for the practitioner</source>
        <translation>Ostrzeżenia dla specjalisty</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change answers on {page}</source>
        <translation>Zmień odpowiedzi na stronie „{page}”</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Brak odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ClientModeDialog</name>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Przekazanie laptopa klientowi</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. Choose a code you will type to leave client mode; it is not stored anywhere.</source>
        <translation>Formularz zajmie cały ekran i pokaże tylko ten kwestionariusz (dotyczy: {name}). Należy wybrać kod, który trzeba będzie wpisać, aby zakończyć tryb klienta; kod nie jest nigdzie zapisywany.</translation>
    </message>
    <message>
        <source>Practitioner code:</source>
        <translation>Kod specjalisty:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Powtórz kod:</translation>
    </message>
    <message>
        <source>Start client mode</source>
        <translation>Uruchom tryb klienta</translation>
    </message>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Kod musi mieć co najmniej {count} znaki.</translation>
    </message>
    <message>
        <source>The two codes are different; type them again.</source>
        <translation>Kody się różnią; należy wpisać je ponownie.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <source>Enter the date as {form}, for example {example}.</source>
        <translation>Prosimy wpisać datę w formacie {form}, np. {example}.</translation>
    </message>
    <message>
        <source>Type the year in full, for example {example}.</source>
        <translation>Prosimy wpisać pełny rok, np. {example}.</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month ({form}).</source>
        <translation>Taka data nie istnieje; prosimy sprawdzić dzień i miesiąc ({form}).</translation>
    </message>
    <message>
        <source>That date is a {actual}, not a {typed}; check the date.</source>
        <translation>Ta data to {actual}, a nie {typed}; prosimy sprawdzić datę.</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
    <message>
        <source>{title} ({count}, most serious first; scroll for all)</source>
        <translation>{title} ({count}, najpoważniejsze na początku; wszystkie po przewinięciu)</translation>
    </message>
    <message>
        <source>Contraindication flags could not be read: {error}</source>
        <translation>Nie udało się odczytać ostrzeżeń o przeciwwskazaniach: {error}</translation>
    </message>
    <message>
        <source>No contraindication flags in the latest questionnaires.</source>
        <translation>Brak ostrzeżeń o przeciwwskazaniach w najnowszych kwestionariuszach.</translation>
    </message>
    <message>
        <source>Medical history: a draft is waiting to be finished (Questionnaires tab).</source>
        <translation>Wywiad medyczny: wersja robocza czeka na zakończenie (karta Kwestionariusze).</translation>
    </message>
    <message>
        <source>Medical history not answered yet.</source>
        <translation>Wywiad medyczny jeszcze niewypełniony.</translation>
    </message>
</context>
<context>
    <name>FormRunner</name>
    <message>
        <source>An answer above changed after signing, so the signature was cleared: please sign again.</source>
        <translation>Odpowiedź powyżej zmieniła się po podpisaniu, dlatego podpis został usunięty: prosimy podpisać ponownie.</translation>
    </message>
    <message>
        <source>Only for some answers above: nothing to do here now.</source>
        <translation>Dotyczy tylko niektórych odpowiedzi powyżej: teraz nie trzeba tu nic robić.</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Dotyczy: {name}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Wróć do podsumowania</translation>
    </message>
    <message>
        <source>Straight back to the review, once this page is right</source>
        <translation>Powrót prosto do podsumowania, gdy ta strona będzie poprawna</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Zakończ i zapisz</translation>
    </message>
    <message>
        <source>Practitioner…</source>
        <translation>Specjalista…</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Zapisz wersję roboczą i zamknij</translation>
    </message>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation>Pytania oznaczone * wymagają odpowiedzi.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>A signed answer changes only in a new version, signed again</source>
        <translation>Podpisana odpowiedź zmienia się tylko w nowej wersji, podpisanej ponownie</translation>
    </message>
    <message>
        <source>Practitioner code</source>
        <translation>Kod specjalisty</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the laptop back.</source>
        <translation>Dziękujemy. Odpowiedzi zostały zapisane.
Prosimy oddać laptop.</translation>
    </message>
    <message>
        <source>Leave client mode</source>
        <translation>Zakończ tryb klienta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Hide the code box and carry on with the form</source>
        <translation>Ukryj pole kodu i wróć do formularza</translation>
    </message>
    <message>
        <source>Practitioner:</source>
        <translation>Specjalista:</translation>
    </message>
    <message>
        <source>{signed} — these answers are sealed</source>
        <translation>{signed} — te odpowiedzi są zablokowane</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. What you typed is still here; please ask the practitioner. ({error})</source>
        <translation>Nie udało się teraz zapisać odpowiedzi. Wpisane dane nadal tu są; prosimy zwrócić się do specjalisty. ({error})</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now: {error} What you typed is still here.</source>
        <translation>Nie udało się teraz zapisać odpowiedzi: {error} Wpisane dane nadal tu są.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Check your answers</source>
        <translation>Sprawdzenie odpowiedzi</translation>
    </message>
    <message>
        <source>Step {step} of {total} · {where}</source>
        <translation>Krok {step} z {total} · {where}</translation>
    </message>
    <message>
        <source>These answers are signed and sealed</source>
        <translation>Te odpowiedzi są podpisane i zablokowane</translation>
    </message>
    <message>
        <source>Signed answers are sealed</source>
        <translation>Podpisane odpowiedzi są zablokowane</translation>
    </message>
    <message>
        <source>{note}. To change anything now, please ask the practitioner.</source>
        <translation>{note}. Aby teraz coś zmienić, prosimy zwrócić się do specjalisty.</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
    <message>
        <source>A change needs a new version of this form, which is signed again. This version is kept exactly as it was signed, with its PDF record, and both are listed.</source>
        <translation>Zmiana wymaga nowej wersji tego formularza, którą podpisuje się ponownie. Ta wersja zostaje zachowana dokładnie w podpisanej postaci, wraz z zapisem PDF, i obie są widoczne na liście.</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Rozpocznij nową wersję</translation>
    </message>
    <message>
        <source>Finish this version first</source>
        <translation>Najpierw należy zakończyć tę wersję</translation>
    </message>
    <message>
        <source>This version must first be finished as it was signed: complete &quot;{question}&quot; on &quot;{page}&quot;, then start the new version.</source>
        <translation>Najpierw trzeba zakończyć tę wersję w podpisanej postaci: należy uzupełnić „{question}” na stronie „{page}”, a potem rozpocząć nową wersję.</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>Nie rozpoczęto nowej wersji</translation>
    </message>
    <message>
        <source>This version was saved. {error}</source>
        <translation>Ta wersja została zapisana. {error}</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please ask the practitioner.

{error}</source>
        <translation>Nie udało się zapisać odpowiedzi. Prosimy zwrócić się do specjalisty.

{error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>That is not the code.</source>
        <translation>To nie jest właściwy kod.</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>Proszę czekać…</translation>
    </message>
    <message>
        <source>Wrong code. Try again in 1 second.</source>
        <translation>Nieprawidłowy kod. Ponowna próba możliwa za 1 sekundę.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code. Try again in %n seconds.</source>
        <translation>
            <numerusform>Nieprawidłowy kod. Ponowna próba możliwa za %n sekundę.</numerusform>
            <numerusform>Nieprawidłowy kod. Ponowna próba możliwa za %n sekundy.</numerusform>
            <numerusform>Nieprawidłowy kod. Ponowna próba możliwa za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can type the code again.</source>
        <translation>Można ponownie wpisać kod.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page, {paper} paper</source>
        <translation>1 strona, papier {paper}</translation>
    </message>
    <message numerus="yes">
        <source>%n pages, {paper} paper</source>
        <translation>
            <numerusform>%n strona, papier {paper}</numerusform>
            <numerusform>%n strony, papier {paper}</numerusform>
            <numerusform>%n stron, papier {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Należy sprawdzić drukarkę i spróbować ponownie.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PractitionerUnlock</name>
    <message>
        <source>A practitioner&apos;s PIN</source>
        <translation>PIN specjalisty</translation>
    </message>
    <message>
        <source>A practitioner&apos;s password</source>
        <translation>Hasło specjalisty</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Amounts written as</source>
        <translation>Format kwot</translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation>Opłata za konsultację</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>Dodaj pakiet</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Usuń pakiet</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Ceny zawierają podatek</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stawka</translation>
    </message>
    <message>
        <source>%  called</source>
        <comment>tax rate in percent, then the tax&apos;s name</comment>
        <translation>%  o nazwie</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Podatek</translation>
    </message>
    <message>
        <source>Below the VAT threshold, or not registered: leave the rate at 0.</source>
        <translation>Poniżej progu VAT lub bez rejestracji do VAT: należy zostawić stawkę 0.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Zaliczka</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> dni</translation>
    </message>
    <message>
        <source>Quotes stay valid for</source>
        <translation>Wyceny są ważne przez</translation>
    </message>
    <message>
        <source>e.g. Deposits secure the date and are kept if cancelled with less than 48 hours&apos; notice.</source>
        <translation>np. Zaliczka rezerwuje termin i przepada przy odwołaniu wizyty później niż 48 godzin przed terminem.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>Prices appear as quick picks when taking a payment; the currency is the one receipts and takings are kept in.</source>
        <translation>Ceny pojawiają się jako szybki wybór przy przyjmowaniu płatności; w tej walucie prowadzone są pokwitowania i utarg.</translation>
    </message>
    <message>
        <source>For example {amount}</source>
        <translation>Na przykład {amount}</translation>
    </message>
    <message>
        <source>Package {name}</source>
        <translation>Pakiet {name}</translation>
    </message>
    <message>
        <source>Package {number}</source>
        <translation>Pakiet {number}</translation>
    </message>
    <message>
        <source>{package}: give the package a name.</source>
        <translation>{package}: należy nadać pakietowi nazwę.</translation>
    </message>
    <message>
        <source>{package}: choose the sessions it holds (the Sessions button).</source>
        <translation>{package}: należy wybrać sesje, które obejmuje (przycisk w kolumnie Sesje).</translation>
    </message>
    <message>
        <source>Tax rate: {error}</source>
        <translation>Stawka podatku: {error}</translation>
    </message>
    <message>
        <source>Deposit: the percentage is a number from 0 to 100, such as 20.</source>
        <translation>Zaliczka: procent to liczba od 0 do 100, np. 20.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Not answered yet: click an answer, or use the arrow keys or Space.</source>
        <translation>Brak odpowiedzi: prosimy kliknąć odpowiedź albo użyć strzałek lub spacji.</translation>
    </message>
    <message>
        <source>I have read this and agree</source>
        <translation>Potwierdzam zapoznanie się z treścią i wyrażam zgodę</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Please enter a whole number, like 12.</source>
        <translation>Prosimy wpisać liczbę całkowitą, np. 12.</translation>
    </message>
    <message>
        <source>Please enter a number, like 12 or 12.5.</source>
        <translation>Prosimy wpisać liczbę, np. 12 lub 12,5.</translation>
    </message>
    <message>
        <source>Sealed by a signature: a change needs a new version</source>
        <translation>Zablokowane podpisem: zmiana wymaga nowej wersji</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <source>Hand to client…</source>
        <translation>Przekaż klientowi…</translation>
    </message>
    <message>
        <source>Full screen, only this form; leaving needs your practitioner code</source>
        <translation>Pełny ekran, tylko ten formularz; wyjście wymaga kodu specjalisty</translation>
    </message>
    <message>
        <source>Open forms folder</source>
        <translation>Otwórz folder formularzy</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>column: when the form was answered</comment>
        <translation>Wypełniono</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Podpisany zapis…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questionnaires&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kwestionariusze&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt;</source>
        <comment>heading: the answered forms</comment>
        <translation>&lt;b&gt;Wypełnione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unavailable: {reason}</source>
        <translation>Niedostępny: {reason}</translation>
    </message>
    <message>
        <source>Draft saved {when}</source>
        <translation>Wersja robocza zapisana: {when}</translation>
    </message>
    <message>
        <source>Last answered {when}</source>
        <translation>Ostatnio wypełniony: {when}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Jeszcze niewypełniony</translation>
    </message>
    <message>
        <source>{form} (draft)</source>
        <translation>{form} (wersja robocza)</translation>
    </message>
    <message>
        <source>Draft saved {when}; the form file is unavailable, so it continues from the copy it was started with</source>
        <translation>Wersja robocza zapisana: {when}; plik formularza jest niedostępny, więc jest kontynuowana na podstawie kopii, od której ją rozpoczęto</translation>
    </message>
    <message>
        <source>Signed PDF</source>
        <translation>Podpisany PDF</translation>
    </message>
    <message>
        <source> · in {language}</source>
        <translation> · język: {language}</translation>
    </message>
    <message>
        <source> · no usable {language} translation: asked in the clinic&apos;s language</source>
        <translation> · brak użytecznego tłumaczenia ({language}): pytania w języku gabinetu</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Kontynuuj…</translation>
    </message>
    <message>
        <source>Draft cannot be opened</source>
        <translation>Nie można otworzyć wersji roboczej</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your PIN.</source>
        <translation>Formularz zajmie cały ekran i pokaże tylko ten kwestionariusz (dotyczy: {name}). Aby odebrać laptop, trzeba będzie wpisać swój PIN.</translation>
    </message>
    <message>
        <source>The form will fill the screen and show only this questionnaire for {name}. To take the laptop back you will type your password.</source>
        <translation>Formularz zajmie cały ekran i pokaże tylko ten kwestionariusz (dotyczy: {name}). Aby odebrać laptop, trzeba będzie wpisać swoje hasło.</translation>
    </message>
    <message>
        <source>Hand the laptop to the client</source>
        <translation>Przekazanie laptopa klientowi</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Wersja robocza zachowana</translation>
    </message>
    <message>
        <source>New version: it replaces the response, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Nowa wersja: zastępuje odpowiedź, która zostaje zachowana dokładnie w podpisanej postaci. Wymaga ponownego podpisu.</translation>
    </message>
    <message>
        <source>New version: it replaces the response of {when}, which stays exactly as it was signed. It needs signing again.</source>
        <translation>Nowa wersja: zastępuje odpowiedź z {when}, która zostaje zachowana dokładnie w podpisanej postaci. Wymaga ponownego podpisu.</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Kontynuować wersję roboczą?</translation>
    </message>
    <message>
        <source>This form has a draft, last saved {when}.</source>
        <translation>Ten formularz ma wersję roboczą, ostatnio zapisaną {when}.</translation>
    </message>
    <message>
        <source>Continue draft</source>
        <translation>Kontynuuj wersję roboczą</translation>
    </message>
    <message>
        <source>It is signed, so it can only be continued and finished; anything signed changes only in a new version afterwards.</source>
        <translation>Jest podpisana, więc można ją tylko kontynuować i zakończyć; podpisane treści można potem zmienić wyłącznie w nowej wersji.</translation>
    </message>
    <message>
        <source>Continue where it was left, or start again with an empty form?</source>
        <translation>Kontynuować od miejsca przerwania czy zacząć od nowa z pustym formularzem?</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>The draft was kept; nothing was deleted.</source>
        <translation>Wersja robocza została zachowana; nic nie usunięto.</translation>
    </message>
    <message>
        <source>Delete the draft and start again?</source>
        <translation>Usunąć wersję roboczą i zacząć od nowa?</translation>
    </message>
    <message>
        <source>Starting again deletes every answer in this draft (last saved {when}).</source>
        <translation>Rozpoczęcie od nowa usuwa wszystkie odpowiedzi z tej wersji roboczej (ostatnio zapisanej {when}).</translation>
    </message>
    <message>
        <source>They cannot be brought back. Keep the answers to leave the draft as it is.</source>
        <translation>Nie da się ich przywrócić. Aby pozostawić wersję roboczą bez zmian, należy zachować odpowiedzi.</translation>
    </message>
    <message>
        <source>Keep the answers</source>
        <translation>Zachowaj odpowiedzi</translation>
    </message>
    <message>
        <source>Delete answers and start again</source>
        <translation>Usuń odpowiedzi i zacznij od nowa</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <source>No new version started</source>
        <translation>Nie rozpoczęto nowej wersji</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Brak zapisu</translation>
    </message>
    <message>
        <source>Signed consent record</source>
        <translation>Podpisany zapis zgody</translation>
    </message>
    <message>
        <source>record {number}</source>
        <translation>zapis {number}</translation>
    </message>
    <message>
        <source>No forms folder</source>
        <translation>Brak folderu formularzy</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>{form} — answered {when}</source>
        <translation>{form} — wypełniono {when}</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when} by the client in client mode.</source>
        <translation>{form}, wersja {version}, wypełniono {when} (klient w trybie klienta).</translation>
    </message>
    <message>
        <source>{form}, version {version}, answered {when}.</source>
        <translation>{form}, wersja {version}, wypełniono {when}.</translation>
    </message>
    <message>
        <source>Read-only: this is exactly what was answered.</source>
        <translation>Tylko do odczytu: dokładnie takie odpowiedzi zostały udzielone.</translation>
    </message>
    <message>
        <source>It is signed and sealed.</source>
        <translation>Jest podpisana i zablokowana.</translation>
    </message>
    <message>
        <source>This response is {note}.</source>
        <translation>Ta odpowiedź: {note}.</translation>
    </message>
    <message>
        <source>Answered in {language}; the clinic&apos;s wording is shown below each.</source>
        <translation>Język odpowiedzi: {language}; treść formularza gabinetu jest pokazana pod każdą z nich.</translation>
    </message>
    <message>
        <source>Answered in {language}. The clinic&apos;s own form has changed since, so its wording is not shown beside.</source>
        <translation>Język odpowiedzi: {language}. Formularz gabinetu zmienił się od tego czasu, więc jego treść nie jest pokazana obok.</translation>
    </message>
    <message>
        <source>Signed record…</source>
        <translation>Podpisany zapis…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nowa wersja…</translation>
    </message>
    <message>
        <source>Change this signed response: a new version, signed again; this one stays</source>
        <translation>Zmień tę podpisaną odpowiedź: nowa wersja, podpisana ponownie; ta zostaje zachowana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Start a new version?</source>
        <translation>Rozpocząć nową wersję?</translation>
    </message>
    <message>
        <source>This response is signed and sealed. A change starts a new version with the same answers, which is signed again; this one stays exactly as it was, with its PDF record, and both are listed.</source>
        <translation>Ta odpowiedź jest podpisana i zablokowana. Zmiana rozpoczyna nową wersję z tymi samymi odpowiedziami, którą podpisuje się ponownie; ta zostaje zachowana bez zmian, wraz z zapisem PDF, i obie są widoczne na liście.</translation>
    </message>
</context>
<context>
    <name>SessionsButton</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Ustawienia gabinetu</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Gabinet</translation>
    </message>
    <message>
        <source>Paper and dates</source>
        <translation>Papier i daty</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kolejne wizyty</translation>
    </message>
    <message>
        <source>Aftercare days</source>
        <translation>Dni pielęgnacji</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dokumentacja</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Cennik</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>np. 999, 112 lub 911</translation>
    </message>
    <message>
        <source>Printed on every aftercare sheet: whom to call if the face, lips or throat swell. Left empty, the sheet says &quot;your local emergency number&quot;.</source>
        <translation>Drukowany na każdym arkuszu zaleceń pozabiegowych: pod jaki numer dzwonić, gdy puchnie twarz, usta lub gardło. Jeśli pole jest puste, w zaleceniach widnieje „lokalny numer alarmowy”.</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nazwa gabinetu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
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
        <source>Emergency number</source>
        <translation>Numer alarmowy</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>These appear at the top of every aftercare sheet.</source>
        <translation>Te dane pojawiają się u góry każdego arkusza zaleceń pozabiegowych.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Date style (typing and sheets)</source>
        <translation>Format daty (wpisywanie i arkusze)</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Jak w systemie ({language})</translation>
    </message>
    <message>
        <source>Language of smpdesk on this computer</source>
        <translation>Język smpdesk na tym komputerze</translation>
    </message>
    <message>
        <source>A client&apos;s own papers and client mode use the client&apos;s language, set on their details.</source>
        <translation>Dokumenty klienta i tryb klienta używają języka klienta, ustawionego w jego danych.</translation>
    </message>
    <message>
        <source>Days from a session to the proposed next one:</source>
        <translation>Liczba dni od sesji do proponowanej następnej:</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> dni</translation>
    </message>
    <message>
        <source>After a {session}</source>
        <translation>Po: {session}</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Domyślnie: {value}</translation>
    </message>
    <message>
        <source>Restore the defaults</source>
        <translation>Przywróć wartości domyślne</translation>
    </message>
    <message>
        <source>beside the clinic database</source>
        <translation>obok bazy danych gabinetu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>A USB drive or network folder keeps copies off this laptop; it must be connected when smpdesk backs up.</source>
        <translation>Dysk USB lub folder sieciowy przechowuje kopie poza tym laptopem; musi być podłączony, gdy smpdesk wykonuje kopię zapasową.</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>A protected clinic locks the screen after this idle time</source>
        <translation>Chroniony gabinet blokuje ekran po tym czasie bezczynności</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than</source>
        <translation>Ostrzegaj, gdy ostatnia kopia jest starsza niż</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>Blokuj ekran po bezczynności przez</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Liczba zachowywanych kopii dziennych</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Liczba zachowywanych kopii tygodniowych</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Liczba zachowywanych kopii miesięcznych</translation>
    </message>
    <message>
        <source> years</source>
        <comment>spin box suffix, keep the leading space</comment>
        <translation> lat</translation>
    </message>
    <message>
        <source>Keep records after the last visit for</source>
        <translation>Przechowuj dokumentację po ostatniej wizycie przez</translation>
    </message>
    <message>
        <source>How long depends on your country&apos;s rules for health records and on your insurer; smpdesk cannot know them, so it starts at {years} years. Clinic → Clients past retention lists the clients last seen longer ago than this, for you to review and erase. Nothing is erased by itself.</source>
        <translation>Okres zależy od przepisów danego kraju dotyczących dokumentacji medycznej i od ubezpieczyciela; smpdesk nie może ich znać, więc domyślnie przyjmuje {years} lat. Gabinet → Klienci po okresie przechowywania pokazuje klientów, których ostatnia wizyta była wcześniej, do przejrzenia i usunięcia. Nic nie jest usuwane samoczynnie.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder na kopie zapasowe</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Wybierz logo gabinetu</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>Logo jest za duże; należy użyć obrazu mniejszego niż 2 MB.</translation>
    </message>
    <message>
        <source>The picture could not be used ({reason}).</source>
        <translation>Nie można użyć obrazu ({reason}).</translation>
    </message>
    <message>
        <source>That file is not a picture smpdesk can read; use a PNG or JPEG.</source>
        <translation>Ten plik nie jest obrazem, który smpdesk potrafi odczytać; należy użyć pliku PNG lub JPEG.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Aftercare sheet saved to {path}</source>
        <translation>Zalecenia pozabiegowe zapisano w {path}</translation>
    </message>
    <message>
        <source>Saved to {name}</source>
        <translation>Zapisano jako {name}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Podpis można złożyć myszą, rysikiem lub palcem</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Remove the signature and start again (Delete)</source>
        <translation>Usuń podpis i zacznij od nowa (Delete)</translation>
    </message>
</context>
<context>
    <name>SignatureSurface</name>
    <message>
        <source>Signature</source>
        <extracomment>Logical size the PNG is drawn at, whatever the widget&apos;s size on screen. Stroke width in canvas pixels: about a fine felt-tip at print size. White space kept around the ink when the PNG is cropped. The PNG claims 254 dpi, so a viewer that honours it shows the canvas 9 cm wide. A stroke was completed (pen, finger or mouse lifted).</extracomment>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Draw your signature with a mouse, pen or finger</source>
        <translation>Podpis można złożyć myszą, rysikiem lub palcem</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Prosimy podpisać tutaj</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Brak podpisu</translation>
    </message>
</context>
<context>
    <name>SignedWords</name>
    <message>
        <source>Signed by the client</source>
        <translation>Podpisane przez klienta</translation>
    </message>
    <message>
        <source>Signed by the client at {time}</source>
        <translation>Podpisane przez klienta o {time}</translation>
    </message>
    <message>
        <source>Signed by the client on {date} at {time}</source>
        <translation>Podpisane przez klienta {date} o {time}</translation>
    </message>
    <message>
        <source>Signed by the practitioner</source>
        <translation>Podpisane przez specjalistę</translation>
    </message>
    <message>
        <source>Signed by the practitioner at {time}</source>
        <translation>Podpisane przez specjalistę o {time}</translation>
    </message>
    <message>
        <source>Signed by the practitioner on {date} at {time}</source>
        <translation>Podpisane przez specjalistę {date} o {time}</translation>
    </message>
</context>
<context>
    <name>StaffUnlock</name>
    <message>
        <source>Your PIN</source>
        <translation>Twój PIN</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Twoje hasło</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_actions</name>
    <message>
        <source>Aftercare for today</source>
        <translation>Zalecenia pozabiegowe na dziś</translation>
    </message>
    <message>
        <source>No aftercare sheet yet</source>
        <translation>Brak jeszcze zaleceń pozabiegowych</translation>
    </message>
    <message>
        <source>{error}

Open a blank sheet to fill in by hand instead?</source>
        <translation>{error}

Otworzyć zamiast tego pusty arkusz do wypełnienia ręcznie?</translation>
    </message>
    <message>
        <source>Aftercare sheet — {name}</source>
        <translation>Zalecenia pozabiegowe — {name}</translation>
    </message>
    <message>
        <source>The latest recorded session was on {when}, 1 day ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>Ostatnia zapisana sesja odbyła się {when}, 1 dzień temu, i daty w zaleceniach liczą się od niej. Jeśli zabieg odbył się dzisiaj, należy najpierw zapisać dzisiejszą sesję.

Pokazać zalecenia dla tamtej wcześniejszej sesji?</translation>
    </message>
    <message numerus="yes">
        <source>The latest recorded session was on {when}, %n days ago, and the sheet&apos;s dates count from it. If the client was treated today, record today&apos;s session first.

Show the sheet for that earlier session?</source>
        <translation>
            <numerusform>Ostatnia zapisana sesja odbyła się {when}, %n dzień temu, i daty w zaleceniach liczą się od niej. Jeśli zabieg odbył się dzisiaj, należy najpierw zapisać dzisiejszą sesję.

Pokazać zalecenia dla tamtej wcześniejszej sesji?</numerusform>
            <numerusform>Ostatnia zapisana sesja odbyła się {when}, %n dni temu, i daty w zaleceniach liczą się od niej. Jeśli zabieg odbył się dzisiaj, należy najpierw zapisać dzisiejszą sesję.

Pokazać zalecenia dla tamtej wcześniejszej sesji?</numerusform>
            <numerusform>Ostatnia zapisana sesja odbyła się {when}, %n dni temu, i daty w zaleceniach liczą się od niej. Jeśli zabieg odbył się dzisiaj, należy najpierw zapisać dzisiejszą sesję.

Pokazać zalecenia dla tamtej wcześniejszej sesji?</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Zalecenia pozabiegowe</translation>
    </message>
    <message>
        <source>Blank aftercare sheet</source>
        <translation>Pusty arkusz zaleceń pozabiegowych</translation>
    </message>
    <message>
        <source>No sessions have been recorded for today yet.</source>
        <translation>Na dziś nie zapisano jeszcze żadnej sesji.</translation>
    </message>
    <message>
        <source>Preparing aftercare sheet {number} of {total}…</source>
        <translation>Przygotowywanie arkusza zaleceń {number} z {total}…</translation>
    </message>
    <message>
        <source>Preparing aftercare sheets…</source>
        <translation>Przygotowywanie arkuszy zaleceń…</translation>
    </message>
    <message>
        <source>Printing 1 aftercare sheet…</source>
        <translation>Drukowanie 1 arkusza zaleceń…</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n aftercare sheets…</source>
        <translation>
            <numerusform>Drukowanie %n arkusza zaleceń…</numerusform>
            <numerusform>Drukowanie %n arkuszy zaleceń…</numerusform>
            <numerusform>Drukowanie %n arkuszy zaleceń…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Printing aftercare sheet {number} of {total}…</source>
        <translation>Drukowanie arkusza zaleceń {number} z {total}…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <source>{error} Check the printer and try again.</source>
        <translation>{error} Należy sprawdzić drukarkę i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet printed.</source>
        <translation>Gotowe: wydrukowano 1 arkusz zaleceń.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Gotowe: wydrukowano %n arkusz zaleceń.</numerusform>
            <numerusform>Gotowe: wydrukowano %n arkusze zaleceń.</numerusform>
            <numerusform>Gotowe: wydrukowano %n arkuszy zaleceń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped: {printed} of 1 aftercare sheet printed.</source>
        <translation>Drukowanie przerwane: wydrukowano {printed} z 1 arkusza zaleceń.</translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: {printed} of %n aftercare sheets printed.</source>
        <translation>
            <numerusform>Drukowanie przerwane: wydrukowano {printed} z %n arkusza zaleceń.</numerusform>
            <numerusform>Drukowanie przerwane: wydrukowano {printed} z %n arkuszy zaleceń.</numerusform>
            <numerusform>Drukowanie przerwane: wydrukowano {printed} z %n arkuszy zaleceń.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Done: 1 aftercare sheet saved to {path}.</source>
        <translation>Gotowe: zapisano 1 arkusz zaleceń w {path}.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n aftercare sheets saved to {path}.</source>
        <translation>
            <numerusform>Gotowe: zapisano %n arkusz zaleceń w {path}.</numerusform>
            <numerusform>Gotowe: zapisano %n arkusze zaleceń w {path}.</numerusform>
            <numerusform>Gotowe: zapisano %n arkuszy zaleceń w {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the sheet as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki. Zamiast tego można zapisać arkusz jako jeden plik PDF i wydrukować go na komputerze z drukarką albo poprosić o zainstalowanie drukarki.</translation>
    </message>
    <message numerus="yes">
        <source>No printer is set up on this computer. Save the %n sheets as one PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>
            <numerusform>Na tym komputerze nie skonfigurowano drukarki. Zamiast tego można zapisać %n arkusz jako jeden plik PDF i wydrukować go na komputerze z drukarką albo poprosić o zainstalowanie drukarki.</numerusform>
            <numerusform>Na tym komputerze nie skonfigurowano drukarki. Zamiast tego można zapisać %n arkusze jako jeden plik PDF i wydrukować go na komputerze z drukarką albo poprosić o zainstalowanie drukarki.</numerusform>
            <numerusform>Na tym komputerze nie skonfigurowano drukarki. Zamiast tego można zapisać %n arkuszy jako jeden plik PDF i wydrukować go na komputerze z drukarką albo poprosić o zainstalowanie drukarki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print 1 aftercare sheet</source>
        <translation>Drukuj 1 arkusz zaleceń</translation>
    </message>
    <message numerus="yes">
        <source>Print %n aftercare sheets</source>
        <translation>
            <numerusform>Drukuj %n arkusz zaleceń</numerusform>
            <numerusform>Drukuj %n arkusze zaleceń</numerusform>
            <numerusform>Drukuj %n arkuszy zaleceń</numerusform>
        </translation>
    </message>
    <message>
        <source>Save 1 aftercare sheet as one PDF</source>
        <translation>Zapisz 1 arkusz zaleceń jako jeden PDF</translation>
    </message>
    <message numerus="yes">
        <source>Save %n aftercare sheets as one PDF</source>
        <translation>
            <numerusform>Zapisz %n arkusz zaleceń jako jeden PDF</numerusform>
            <numerusform>Zapisz %n arkusze zaleceń jako jeden PDF</numerusform>
            <numerusform>Zapisz %n arkuszy zaleceń jako jeden PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
</context>
<context>
    <name>aftercare.aftercare_preview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>Save {title}: lower the title&apos;s first letter? Translate as lower or keep</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Zapisz: {title}</translation>
    </message>
</context>
<context>
    <name>aftercare.printing</name>
    <message>
        <source>No printer is set up on this computer. Save the sheet as a PDF instead and print it from a computer that has a printer, or ask for one to be installed.</source>
        <translation>Na tym komputerze nie skonfigurowano drukarki. Zamiast tego można zapisać arkusz jako PDF i wydrukować go na komputerze z drukarką albo poprosić o zainstalowanie drukarki.</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Brak drukarki</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Nie udało się otworzyć drukarki.</translation>
    </message>
</context>
<context>
    <name>questionnaires.flags_panel</name>
    <message>
        <source>Closed — {finding} ({closed})</source>
        <translation>Zamknięte — {finding} ({closed})</translation>
    </message>
    <message>
        <source>{form}, draft not finished yet</source>
        <translation>{form}, wersja robocza jeszcze niezakończona</translation>
    </message>
    <message>
        <source>draft not finished yet</source>
        <translation>wersja robocza jeszcze niezakończona</translation>
    </message>
</context>
<context>
    <name>questionnaires.questionnaires_tab</name>
    <message>
        <source>none</source>
        <comment>no flags raised</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>version {number}, replaces the one of {when}</source>
        <translation>wersja {number}, zastępuje tę z {when}</translation>
    </message>
    <message>
        <source>version {number}, replaces an earlier one</source>
        <translation>wersja {number}, zastępuje wcześniejszą</translation>
    </message>
    <message>
        <source>replaced by version {number}</source>
        <translation>zastąpiona wersją {number}</translation>
    </message>
</context>
<context>
    <name>settings.prices_page</name>
    <message>
        <source>No deposit</source>
        <translation>Bez zaliczki</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Stała kwota</translation>
    </message>
    <message>
        <source>A percentage</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nieoferowane</translation>
    </message>
</context>
<context>
    <name>settings.settings_dialog</name>
    <message>
        <source>Keep the scalp dry (days)</source>
        <translation>Nie moczyć skóry głowy (dni)</translation>
    </message>
    <message>
        <source>First gentle wash on day</source>
        <translation>Pierwsze delikatne mycie w dniu</translation>
    </message>
    <message>
        <source>No sweating or gym (days)</source>
        <translation>Bez pocenia się i siłowni (dni)</translation>
    </message>
    <message>
        <source>Full training from day</source>
        <translation>Pełny trening od dnia</translation>
    </message>
    <message>
        <source>No shaving (days)</source>
        <translation>Bez golenia (dni)</translation>
    </message>
    <message>
        <source>Razor allowed from day</source>
        <translation>Maszynka z ostrzem dozwolona od dnia</translation>
    </message>
    <message>
        <source>Avoid direct sun (days)</source>
        <translation>Unikać bezpośredniego słońca (dni)</translation>
    </message>
    <message>
        <source>No pool, sea, sauna, steam or sunbed (days)</source>
        <translation>Bez basenu, morza, sauny, łaźni parowej i solarium (dni)</translation>
    </message>
    <message>
        <source>No moisturiser (days)</source>
        <translation>Bez kremu nawilżającego (dni)</translation>
    </message>
    <message>
        <source>No hair dye (days)</source>
        <translation>Bez farby do włosów (dni)</translation>
    </message>
</context>
</TS>
