<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>core</name>
    <message>
        <source>There is no design with id {design_id}; check the number and try again.</source>
        <translation>Nie ma projektu o identyfikatorze {design_id}; należy sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The design was not approved: there is no signature; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: brak podpisu; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: obraz podpisu jest znacznie większy niż podpis; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: podpis nie jest obrazem PNG; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: obraz podpisu nie ma rozmiaru podpisu; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is damaged; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: obraz podpisu jest uszkodzony; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature is blank; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: podpis jest pusty; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The design was not approved: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>Projekt nie został zatwierdzony: obraz podpisu nie jest podpisem złożonym na tablecie; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>There is no client with id {client_id}; check the number and try again.</source>
        <translation>Nie ma klienta o identyfikatorze {client_id}; należy sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The session to show is a number from 1; leave it out for the finished result.</source>
        <translation>Sesja do pokazania to liczba od 1; aby zobaczyć efekt końcowy, należy ją pominąć.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, has been deleted, so it cannot be drawn again; its saved preview is kept with the design.</source>
        <translation>Zdjęcie {photo_id}, na którym narysowano ten projekt, zostało usunięte, więc nie można go narysować ponownie; zapisany podgląd pozostaje przy projekcie.</translation>
    </message>
    <message>
        <source>Photo {photo_id}, which this design is drawn on, cannot be read ({reason}); run &apos;smpdesk check&apos; and restore a backup if it is damaged.</source>
        <translation>Nie można odczytać zdjęcia {photo_id}, na którym narysowano ten projekt ({reason}); należy uruchomić &apos;smpdesk check&apos; i przywrócić kopię zapasową, jeśli jest uszkodzone.</translation>
    </message>
    <message>
        <source>Photo {photo_id} is not one of this client&apos;s photos; draw the design on one of theirs, or on a head outline.</source>
        <translation>Zdjęcie {photo_id} nie należy do zdjęć tego klienta; należy narysować projekt na jednym z jego zdjęć lub na konturze głowy.</translation>
    </message>
    <message>
        <source>This design was drawn for a picture of another shape than its base; open the base again and draw the design on it.</source>
        <translation>Ten projekt narysowano dla obrazu o innym kształcie niż jego podstawa; należy ponownie otworzyć podstawę i narysować na niej projekt.</translation>
    </message>
    <message>
        <source>Design {design_id} is not one of this client&apos;s; check the number.</source>
        <translation>Projekt {design_id} nie należy do tego klienta; należy sprawdzić numer.</translation>
    </message>
    <message>
        <source>Version {version} was already approved on {day}; save a new version for any change and have that one signed.</source>
        <translation>Wersja {version} została już zatwierdzona {day}; każdą zmianę należy zapisać jako nową wersję i dać ją do podpisu.</translation>
    </message>
    <message>
        <source>Type the name the client signs as, then ask them to sign again.</source>
        <translation>Należy wpisać imię i nazwisko, którym podpisuje się klient, a następnie poprosić go o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The name the client signs as is longer than {limit} characters.</source>
        <translation>Imię i nazwisko, którym podpisuje się klient, ma więcej niż {limit} znaków.</translation>
    </message>
    <message>
        <source>Version {version} was approved meanwhile (or removed); reopen the client.</source>
        <translation>Wersja {version} została w międzyczasie zatwierdzona (lub usunięta); należy ponownie otworzyć klienta.</translation>
    </message>
    <message>
        <source>{text} is not a date and time.</source>
        <translation>{text} nie jest datą i godziną.</translation>
    </message>
    <message>
        <source>A design image needs at least 16 pixels on its long side.</source>
        <translation>Obraz projektu musi mieć co najmniej 16 pikseli na dłuższym boku.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}.</source>
        <translation>{path} jest folderem; należy podać nazwę pliku, np. {example}.</translation>
    </message>
    <message>
        <source>The plan was not accepted: there is no signature; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: brak podpisu; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is far larger than a signature; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: obraz podpisu jest znacznie większy niż podpis; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is not a PNG image; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: podpis nie jest obrazem PNG; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not of a signature&apos;s size; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: obraz podpisu nie ma rozmiaru podpisu; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is damaged; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: obraz podpisu jest uszkodzony; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature is blank; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: podpis jest pusty; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>The plan was not accepted: the signature image is not a signature drawn on the pad; ask the client to sign again.</source>
        <translation>Plan nie został zaakceptowany: obraz podpisu nie jest podpisem złożonym na tablecie; należy poprosić klienta o ponowne podpisanie.</translation>
    </message>
    <message>
        <source>There is no plan with id {plan_id}; check the number and try again.</source>
        <translation>Nie ma planu o identyfikatorze {plan_id}; należy sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: version {version}&apos;s saved totals do not match its sessions; save the plan again as a new version.</source>
        <translation>Nie można użyć tego planu zabiegów: zapisane sumy wersji {version} nie zgadzają się z jej sesjami; należy ponownie zapisać plan jako nową wersję.</translation>
    </message>
    <message>
        <source>This plan is in {plan_currency} but the clinic&apos;s prices are in {currency}; draft it again from the price list.</source>
        <translation>Ten plan jest w {plan_currency}, a ceny gabinetu są w {currency}; należy przygotować go ponownie na podstawie cennika.</translation>
    </message>
    <message>
        <source>Plan {plan_id} is not one of this client&apos;s; check the number.</source>
        <translation>Plan {plan_id} nie należy do tego klienta; należy sprawdzić numer.</translation>
    </message>
    <message>
        <source>Version {version} of this plan was already accepted; save a new version for any change and have that one signed.</source>
        <translation>Wersja {version} tego planu została już zaakceptowana; każdą zmianę należy zapisać jako nową wersję i dać ją do podpisu.</translation>
    </message>
    <message>
        <source>This quote was valid until {day}; save it again as a new version with today&apos;s prices, then have that one signed.</source>
        <translation>Ta wycena była ważna do {day}; należy zapisać ją ponownie jako nową wersję z dzisiejszymi cenami i dać ją do podpisu.</translation>
    </message>
    <message>
        <source>Version {version} was accepted meanwhile (or removed); reopen the client.</source>
        <translation>Wersja {version} została w międzyczasie zaakceptowana (lub usunięta); należy ponownie otworzyć klienta.</translation>
    </message>
    <message>
        <source>Plan {plan_id} cannot be printed: its amounts do not add up ({reason}).</source>
        <translation>Nie można wydrukować planu {plan_id}: jego kwoty się nie sumują ({reason}).</translation>
    </message>
    <message>
        <source>There is no payment {payment_id}; check the number.</source>
        <translation>Nie ma płatności {payment_id}; należy sprawdzić numer.</translation>
    </message>
    <message>
        <source>The note is too long; keep it under {limit} characters.</source>
        <translation>Notatka jest za długa; nie może przekraczać {limit} znaków.</translation>
    </message>
    <message>
        <source>The reason is too long; keep it under {limit} characters.</source>
        <translation>Powód jest za długi; nie może przekraczać {limit} znaków.</translation>
    </message>
    <message>
        <source>Give a reason for the void; it is printed and kept with it.</source>
        <translation>Należy podać powód unieważnienia; zostanie wydrukowany i zachowany razem z nim.</translation>
    </message>
    <message>
        <source>Give a reason for the refund; it is printed and kept with it.</source>
        <translation>Należy podać powód zwrotu; zostanie wydrukowany i zachowany razem z nim.</translation>
    </message>
    <message>
        <source>The amount is in {amount_currency} but this is booked in {currency}; enter it in {currency}.</source>
        <translation>Kwota jest w {amount_currency}, a ta pozycja jest księgowana w {currency}; należy wpisać ją w {currency}.</translation>
    </message>
    <message>
        <source>No client with id {client_id}: check the number and try again.</source>
        <translation>Brak klienta o identyfikatorze {client_id}: proszę sprawdzić numer i spróbować ponownie.</translation>
    </message>
    <message>
        <source>Choose how it was paid: {choices}.</source>
        <translation>Należy wybrać sposób płatności: {choices}.</translation>
    </message>
    <message>
        <source>Choose what it is for: {choices}.</source>
        <translation>Należy wybrać, za co jest płatność: {choices}.</translation>
    </message>
    <message>
        <source>Only {left} is left of payment {payment_id} to refund; enter that or less.</source>
        <translation>Z płatności {payment_id} do zwrotu pozostało tylko {left}; należy wpisać tę kwotę lub mniejszą.</translation>
    </message>
    <message>
        <source>Days to keep the scalp dry must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni utrzymywania skóry głowy w suchości musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>The first wash day must be a whole number from {low} to {high}.</source>
        <translation>Dzień pierwszego mycia musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days without sweating must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez pocenia się musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>The day full training starts must be a whole number from {low} to {high}.</source>
        <translation>Dzień rozpoczęcia pełnego treningu musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days without shaving must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez golenia musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>The day a razor is allowed must be a whole number from {low} to {high}.</source>
        <translation>Dzień, od którego wolno używać maszynki z ostrzem, musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days out of the sun must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez słońca musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days without pools, sea or sauna must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez basenu, morza i sauny musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days without moisturiser must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez kremu nawilżającego musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Days without hair dye must be a whole number from {low} to {high}.</source>
        <translation>Liczba dni bez farby do włosów musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>The first wash must come after the last day kept dry.</source>
        <translation>Pierwsze mycie musi nastąpić po ostatnim dniu utrzymywania w suchości.</translation>
    </message>
    <message>
        <source>Full training must start after the last day without sweating.</source>
        <translation>Pełny trening musi się zacząć po ostatnim dniu bez pocenia się.</translation>
    </message>
    <message>
        <source>Razor shaving must start after the last day without shaving.</source>
        <translation>Golenie maszynką z ostrzem musi się zacząć po ostatnim dniu bez golenia.</translation>
    </message>
    <message>
        <source>The aftercare day counts are unreadable; set them again in Settings.</source>
        <translation>Nie można odczytać liczby dni pielęgnacji po zabiegu; należy ustawić je ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>There is no care plan in the language {code}. Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>Nie ma zaleceń pozabiegowych w języku {code}. Należy wybrać jeden z języków, w których smpdesk przygotowuje dokumenty: {listed}.</translation>
    </message>
    <message>
        <source>The care plan {path} could not be read ({reason}); restore the file or reinstall smpdesk.</source>
        <translation>Nie udało się odczytać zaleceń pozabiegowych {path} ({reason}); należy przywrócić plik lub ponownie zainstalować smpdesk.</translation>
    </message>
    <message>
        <source>{path}: the file is not UTF-8 text; save it as UTF-8.</source>
        <translation>{path}: plik nie jest tekstem UTF-8; należy zapisać go jako UTF-8.</translation>
    </message>
    <message>
        <source>These marks cannot line the photos up; mark them again.</source>
        <extracomment>Two marks closer than this (in normalised units) are one click twice, not two landmarks: the direction between them, and so the rotation, would be mostly marking error. A scale beyond this between two photos of one head is marks that do not correspond. Stored landmarks are two short pairs of numbers; anything longer was not written here.</extracomment>
        <translation>Te znaczniki nie pozwalają wyrównać zdjęć; należy zaznaczyć je ponownie.</translation>
    </message>
    <message>
        <source>The two marks on a photo are at the same place; mark two points well apart.</source>
        <translation>Dwa znaczniki na zdjęciu są w tym samym miejscu; należy zaznaczyć dwa punkty wyraźnie od siebie oddalone.</translation>
    </message>
    <message>
        <source>A photo without a size cannot be lined up.</source>
        <translation>Nie można wyrównać zdjęcia bez rozmiaru.</translation>
    </message>
    <message>
        <source>The marks on the two photos do not match (one pair is far larger than the other); mark the same two points on each.</source>
        <translation>Znaczniki na obu zdjęciach do siebie nie pasują (jedna para jest znacznie większa od drugiej); należy zaznaczyć te same dwa punkty na każdym z nich.</translation>
    </message>
    <message>
        <source>Mark exactly two points on each photo.</source>
        <translation>Należy zaznaczyć dokładnie dwa punkty na każdym zdjęciu.</translation>
    </message>
    <message>
        <source>A mark is not a position on the photo; mark it again.</source>
        <translation>Znacznik nie jest położeniem na zdjęciu; należy zaznaczyć go ponownie.</translation>
    </message>
    <message>
        <source>A mark lies outside the photo; mark it on the picture.</source>
        <translation>Znacznik leży poza zdjęciem; należy zaznaczyć go na obrazie.</translation>
    </message>
    <message>
        <source>The two marks are almost at the same place; mark two points apart.</source>
        <translation>Dwa znaczniki są prawie w tym samym miejscu; należy zaznaczyć dwa oddalone od siebie punkty.</translation>
    </message>
    <message>
        <source>The marks saved with this photo are unreadable; mark it again.</source>
        <translation>Nie można odczytać znaczników zapisanych z tym zdjęciem; należy zaznaczyć je ponownie.</translation>
    </message>
    <message>
        <source>This design cannot be read: the design is not a set of fields.</source>
        <translation>Nie można odczytać tego projektu: projekt nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This design cannot be read: its base is not a set of fields.</source>
        <translation>Nie można odczytać tego projektu: jego podstawa nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This design cannot be read: its hairline is not a set of fields.</source>
        <translation>Nie można odczytać tego projektu: jego linia włosów nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale is not a set of fields.</source>
        <translation>Nie można odczytać tego projektu: jego skala nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is not a set of fields.</source>
        <translation>Nie można odczytać tego projektu: strefa {index} nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a number.</source>
        <translation>Nie można odczytać tego projektu: punkt strefy {index} nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a number.</source>
        <translation>Nie można odczytać tego projektu: punkt linii włosów nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a number.</source>
        <translation>Nie można odczytać tego projektu: punkt skali nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is not a number.</source>
        <translation>Nie można odczytać tego projektu: gęstość strefy {index} nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is not a number.</source>
        <translation>Nie można odczytać tego projektu: rozmiar punktu pigmentu strefy {index} nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is not a number.</source>
        <translation>Nie można odczytać tego projektu: miękkość nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is not a number.</source>
        <translation>Nie można odczytać tego projektu: nieregularność nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is not a number.</source>
        <translation>Nie można odczytać tego projektu: linia środkowa nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is not a number.</source>
        <translation>Nie można odczytać tego projektu: odległość skali nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is not a number.</source>
        <translation>Nie można odczytać tego projektu: jego współczynnik proporcji nie jest liczbą.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: punkt strefy {index} wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: punkt linii włosów wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: punkt skali wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the density of zone {index} is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: gęstość strefy {index} wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the impression size of zone {index} is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: rozmiar punktu pigmentu strefy {index} wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the softness is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: miękkość wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the irregularity is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: nieregularność wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the centre line is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: linia środkowa wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale distance is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: odległość skali wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its aspect ratio is outside {lo}–{hi}.</source>
        <translation>Nie można odczytać tego projektu: jego współczynnik proporcji wykracza poza zakres {lo}–{hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: its photo is not a whole number from {lo} to {hi}.</source>
        <translation>Nie można odczytać tego projektu: jego zdjęcie nie jest liczbą całkowitą od {lo} do {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the dilution of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>Nie można odczytać tego projektu: rozcieńczenie strefy {index} nie jest liczbą całkowitą od {lo} do {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the session of zone {index} is not a whole number from {lo} to {hi}.</source>
        <translation>Nie można odczytać tego projektu: sesja strefy {index} nie jest liczbą całkowitą od {lo} do {hi}.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Nie można odczytać tego projektu: odcień strefy {index} nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Nie można odczytać tego projektu: igła strefy {index} nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} is not a text of at most {limit} characters.</source>
        <translation>Nie można odczytać tego projektu: nazwa strefy {index} nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes is not a text of at most {limit} characters.</source>
        <translation>Nie można odczytać tego projektu: jego notatki nie są tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This design cannot be read: the shade of zone {index} holds a broken character.</source>
        <translation>Nie można odczytać tego projektu: odcień strefy {index} zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This design cannot be read: the needle of zone {index} holds a broken character.</source>
        <translation>Nie można odczytać tego projektu: igła strefy {index} zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This design cannot be read: the name of zone {index} holds a broken character.</source>
        <translation>Nie można odczytać tego projektu: nazwa strefy {index} zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This design cannot be read: its notes holds a broken character.</source>
        <translation>Nie można odczytać tego projektu: jego notatki zawierają uszkodzony znak.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} needs {least} to {most} points.</source>
        <translation>Nie można odczytać tego projektu: strefa {index} wymaga od {least} do {most} punktów.</translation>
    </message>
    <message>
        <source>This design cannot be read: the hairline needs {least} to {most} points.</source>
        <translation>Nie można odczytać tego projektu: linia włosów wymaga od {least} do {most} punktów.</translation>
    </message>
    <message>
        <source>This design cannot be read: the scale needs {least} to {most} points.</source>
        <translation>Nie można odczytać tego projektu: skala wymaga od {least} do {most} punktów.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of zone {index} is not a pair of numbers.</source>
        <translation>Nie można odczytać tego projektu: punkt strefy {index} nie jest parą liczb.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the hairline is not a pair of numbers.</source>
        <translation>Nie można odczytać tego projektu: punkt linii włosów nie jest parą liczb.</translation>
    </message>
    <message>
        <source>This design cannot be read: a point of the scale is not a pair of numbers.</source>
        <translation>Nie można odczytać tego projektu: punkt skali nie jest parą liczb.</translation>
    </message>
    <message>
        <source>This design cannot be read: zone {index} is of an unknown kind.</source>
        <translation>Nie można odczytać tego projektu: strefa {index} jest nieznanego rodzaju.</translation>
    </message>
    <message>
        <source>This design cannot be read: it was written by another version of smpdesk.</source>
        <translation>Nie można odczytać tego projektu: został zapisany przez inną wersję smpdesk.</translation>
    </message>
    <message>
        <source>This design cannot be read: it names neither a photo nor a built-in outline.</source>
        <translation>Nie można odczytać tego projektu: nie wskazuje ani zdjęcia, ani wbudowanego konturu.</translation>
    </message>
    <message>
        <source>This design cannot be read: its symmetry is not yes or no.</source>
        <translation>Nie można odczytać tego projektu: jego symetria nie jest wartością tak lub nie.</translation>
    </message>
    <message>
        <source>This design cannot be read: its scale marks one point twice.</source>
        <translation>Nie można odczytać tego projektu: jego skala zaznacza dwa razy ten sam punkt.</translation>
    </message>
    <message>
        <source>This design cannot be read: its zones are not a list.</source>
        <translation>Nie można odczytać tego projektu: jego strefy nie są listą.</translation>
    </message>
    <message>
        <source>This design cannot be read: it has more than {limit} zones.</source>
        <translation>Nie można odczytać tego projektu: ma więcej niż {limit} stref.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is far larger than any design.</source>
        <translation>Nie można odczytać tego projektu: jest znacznie większy niż jakikolwiek projekt.</translation>
    </message>
    <message>
        <source>This design cannot be read: it is not valid JSON.</source>
        <translation>Nie można odczytać tego projektu: nie jest poprawnym JSON-em.</translation>
    </message>
    <message>
        <source>Choose one of the languages smpdesk writes papers in: {listed}.</source>
        <translation>Należy wybrać jeden z języków, w których smpdesk przygotowuje dokumenty: {listed}.</translation>
    </message>
    <message>
        <source>Enter an amount, such as 150.00.</source>
        <translation>Należy wpisać kwotę, np. 150.00.</translation>
    </message>
    <message>
        <source>That amount is too long; enter it in digits, such as 150.00.</source>
        <translation>Ta kwota jest za długa; należy wpisać ją cyframi, np. 150.00.</translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign; amounts are always positive.</source>
        <translation>Należy wpisać kwotę bez znaku minus; kwoty są zawsze dodatnie.</translation>
    </message>
    <message>
        <source>{currency} has three decimals, so {amount} is unclear; write it with a point for decimals ({with_point}) or without the comma ({without_comma}).</source>
        <translation>{currency} ma trzy miejsca po przecinku, więc {amount} jest niejasne; należy zapisać kwotę z kropką dziesiętną ({with_point}) albo bez przecinka ({without_comma}).</translation>
    </message>
    <message>
        <source>Write the amount with a point for decimals, such as 150.50.</source>
        <translation>Należy zapisać kwotę z kropką dziesiętną, np. 150.50.</translation>
    </message>
    <message>
        <source>Enter the amount in digits, such as 150.00.</source>
        <translation>Należy wpisać kwotę cyframi, np. 150.00.</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimals; enter whole units.</source>
        <translation>Kwoty w {currency} nie mają części dziesiętnej; należy wpisać pełne jednostki.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {digits} decimals.</source>
        <translation>Kwoty w {currency} mają najwyżej {digits} miejsca po przecinku.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Należy wpisać kwotę większą od zera.</translation>
    </message>
    <message>
        <source>That amount is over {limit} {currency}; check the number of digits.</source>
        <translation>Ta kwota przekracza {limit} {currency}; należy sprawdzić liczbę cyfr.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date.</source>
        <translation>Nie można użyć tego planu zabiegów: data sesji {n} nie jest datą.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date.</source>
        <translation>Nie można użyć tego planu zabiegów: data, do której jest ważny, nie jest datą.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date.</source>
        <translation>Nie można użyć tego planu zabiegów: jego data ważności nie jest datą.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date of session {n} is not a date written YYYY-MM-DD.</source>
        <translation>Nie można użyć tego planu zabiegów: data sesji {n} nie jest datą zapisaną jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the date it is valid until is not a date written YYYY-MM-DD.</source>
        <translation>Nie można użyć tego planu zabiegów: data, do której jest ważny, nie jest datą zapisaną jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its validity date is not a date written YYYY-MM-DD.</source>
        <translation>Nie można użyć tego planu zabiegów: jego data ważności nie jest datą zapisaną jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} is not a text of at most {limit} characters.</source>
        <translation>Nie można użyć tego planu zabiegów: wiersz sesji {n} nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name is not a text of at most {limit} characters.</source>
        <translation>Nie można użyć tego planu zabiegów: nazwa jego pakietu nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax is not a text of at most {limit} characters.</source>
        <translation>Nie można użyć tego planu zabiegów: nazwa jego podatku nie jest tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms is not a text of at most {limit} characters.</source>
        <translation>Nie można użyć tego planu zabiegów: jego warunki nie są tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes is not a text of at most {limit} characters.</source>
        <translation>Nie można użyć tego planu zabiegów: jego notatki nie są tekstem o długości najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the line of session {n} holds a broken character.</source>
        <translation>Nie można użyć tego planu zabiegów: wiersz sesji {n} zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its package name holds a broken character.</source>
        <translation>Nie można użyć tego planu zabiegów: nazwa jego pakietu zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the name of its tax holds a broken character.</source>
        <translation>Nie można użyć tego planu zabiegów: nazwa jego podatku zawiera uszkodzony znak.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its terms holds a broken character.</source>
        <translation>Nie można użyć tego planu zabiegów: jego warunki zawierają uszkodzony znak.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its notes holds a broken character.</source>
        <translation>Nie można użyć tego planu zabiegów: jego notatki zawierają uszkodzony znak.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not an amount from 0 to {ceiling}.</source>
        <translation>Nie można użyć tego planu zabiegów: cena sesji {n} nie jest kwotą od 0 do {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not an amount from 0 to {ceiling}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego rabat nie jest kwotą od 0 do {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not an amount from 0 to {ceiling}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego zadatek nie jest kwotą od 0 do {ceiling}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is not in {code}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego rabat nie jest wyrażony w {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is not in {code}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego zadatek nie jest wyrażony w {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its currency is not one smpdesk knows.</source>
        <translation>Nie można użyć tego planu zabiegów: smpdesk nie zna jego waluty.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not of a kind smpdesk lists.</source>
        <translation>Nie można użyć tego planu zabiegów: sesja {n} nie jest rodzaju, który smpdesk zna.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate is not a percentage from 0 to 100.</source>
        <translation>Nie można użyć tego planu zabiegów: jego stawka podatku nie jest wartością procentową od 0 do 100.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it has more than {limit} sessions.</source>
        <translation>Nie można użyć tego planu zabiegów: ma więcej niż {limit} sesji.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: the price of session {n} is not in {code}.</source>
        <translation>Nie można użyć tego planu zabiegów: cena sesji {n} nie jest wyrażona w {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its discount is more than the sessions cost.</source>
        <translation>Nie można użyć tego planu zabiegów: jego rabat jest wyższy niż koszt sesji.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its deposit is more than its total.</source>
        <translation>Nie można użyć tego planu zabiegów: jego zadatek jest wyższy niż suma.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its total is over {ceiling} {code}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego suma przekracza {ceiling} {code}.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: whether its prices include tax is not yes or no.</source>
        <translation>Nie można użyć tego planu zabiegów: informacja, czy jego ceny zawierają podatek, nie jest wartością tak lub nie.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its tax rate has more than three decimals.</source>
        <translation>Nie można użyć tego planu zabiegów: jego stawka podatku ma więcej niż trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not a set of fields.</source>
        <translation>Nie można użyć tego planu zabiegów: nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it was written by another version of smpdesk.</source>
        <translation>Nie można użyć tego planu zabiegów: został zapisany przez inną wersję smpdesk.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: its sessions are not a list of at most {limit}.</source>
        <translation>Nie można użyć tego planu zabiegów: jego sesje nie są listą zawierającą najwyżej {limit} pozycji.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: session {n} is not a set of fields.</source>
        <translation>Nie można użyć tego planu zabiegów: sesja {n} nie jest zbiorem pól.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is far larger than any plan.</source>
        <translation>Nie można użyć tego planu zabiegów: jest znacznie większy niż jakikolwiek plan.</translation>
    </message>
    <message>
        <source>This treatment plan cannot be used: it is not valid JSON.</source>
        <translation>Nie można użyć tego planu zabiegów: nie jest poprawnym JSON-em.</translation>
    </message>
    <message>
        <source>The price list has no package called {name}; choose one of its packages.</source>
        <translation>W cenniku nie ma pakietu o nazwie {name}; należy wybrać jeden z jego pakietów.</translation>
    </message>
    <message>
        <source>Choose at least one session for the plan.</source>
        <translation>Należy wybrać co najmniej jedną sesję do planu.</translation>
    </message>
    <message>
        <source>A plan holds at most {limit} sessions.</source>
        <translation>Plan może obejmować najwyżej {limit} sesji.</translation>
    </message>
    <message>
        <source>Choose the sessions from smpdesk&apos;s kinds: {kinds}.</source>
        <translation>Należy wybrać sesje spośród rodzajów smpdesk: {kinds}.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1984-03-27.</source>
        <translation>Proszę podać datę w formacie RRRR-MM-DD, np. 1984-03-27.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s given name.</source>
        <translation>Proszę podać imię klienta.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s family name.</source>
        <translation>Proszę podać nazwisko klienta.</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>Tekst nie może przekraczać {limit} znaków.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Data urodzenia nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>Check the year: a date of birth must be from {oldest} ({years} years ago) to today.</source>
        <translation>Proszę sprawdzić rok: data urodzenia musi przypadać między {oldest} ({years} lat temu) a dniem dzisiejszym.</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Proszę wybrać jedną z podanych opcji.</translation>
    </message>
    <message>
        <source>Use digits, spaces, +, - and brackets only.</source>
        <translation>Można używać tylko cyfr, spacji, znaków +, - i nawiasów.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 15 digits.</source>
        <translation>Numer telefonu ma od 6 do 15 cyfr.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Proszę podać adres e-mail w postaci nazwa@example.com.</translation>
    </message>
    <message>
        <source>Write the emergency number in digits, such as 999, 112 or 911.</source>
        <translation>Proszę zapisać numer alarmowy cyframi, np. 999, 112 lub 911.</translation>
    </message>
    <message>
        <source>Keep the clinic name under 120 characters.</source>
        <translation>Nazwa gabinetu nie może przekraczać 120 znaków.</translation>
    </message>
    <message>
        <source>Keep the address under 400 characters.</source>
        <translation>Adres nie może przekraczać 400 znaków.</translation>
    </message>
    <message>
        <source>Keep the phone number under 40 characters.</source>
        <translation>Numer telefonu nie może przekraczać 40 znaków.</translation>
    </message>
    <message>
        <source>Keep the email address under 120 characters.</source>
        <translation>Adres e-mail nie może przekraczać 120 znaków.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>Proszę wybrać A4 lub Letter.</translation>
    </message>
    <message>
        <source>Choose a date style from the list.</source>
        <translation>Proszę wybrać format daty z listy.</translation>
    </message>
    <message>
        <source>The logo is too large; use a picture under 2 MB.</source>
        <translation>Logo jest za duże; należy użyć obrazu mniejszego niż 2 MB.</translation>
    </message>
    <message>
        <source>Follow-up intervals are whole days from 1 to 3650.</source>
        <translation>Odstępy między wizytami kontrolnymi to pełne dni od 1 do 3650.</translation>
    </message>
    <message>
        <source>Warn about old backups after 1 to 365 days.</source>
        <translation>Ostrzeżenie o starych kopiach zapasowych może pojawiać się po 1 do 365 dniach.</translation>
    </message>
    <message>
        <source>Lock the screen after 1 to 60 idle minutes.</source>
        <translation>Ekran można blokować po 1 do 60 minutach bezczynności.</translation>
    </message>
    <message>
        <source>Keep records for {low} to {high} years after the last visit.</source>
        <translation>Dokumentację należy przechowywać od {low} do {high} lat po ostatniej wizycie.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups of each kind.</source>
        <translation>Należy zachować od 1 do 1000 kopii zapasowych każdego rodzaju.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s currency from the list.</source>
        <translation>Proszę wybrać walutę gabinetu z listy.</translation>
    </message>
    <message>
        <source>Choose how amounts are written from the list.</source>
        <translation>Proszę wybrać z listy sposób zapisu kwot.</translation>
    </message>
    <message>
        <source>The price list is missing; open the Prices page again.</source>
        <translation>Brak cennika; proszę ponownie otworzyć stronę Cennik.</translation>
    </message>
    <message>
        <source>The prices are in {prices}, not {currency}; enter them again in {currency}.</source>
        <translation>Ceny są w {prices}, a nie w {currency}; proszę wpisać je ponownie w {currency}.</translation>
    </message>
    <message>
        <source>This contains characters that cannot be saved; retype it.</source>
        <translation>Tekst zawiera znaki, których nie można zapisać; proszę wpisać go ponownie.</translation>
    </message>
    <message>
        <source>Give the date the patch test was applied.</source>
        <translation>Proszę podać datę wykonania próby uczuleniowej.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>Data wykonania nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>Name the pigment tested (brand and shade).</source>
        <translation>Proszę podać testowany pigment (markę i odcień).</translation>
    </message>
    <message>
        <source>Choose negative, positive, inconclusive or not read yet.</source>
        <translation>Proszę wybrać: ujemny, dodatni, niejednoznaczny lub jeszcze bez odczytu.</translation>
    </message>
    <message>
        <source>A test not read yet has no reading date: choose its result.</source>
        <translation>Próba jeszcze bez odczytu nie ma daty odczytu: proszę wybrać jej wynik.</translation>
    </message>
    <message>
        <source>Give the date the patch test was read.</source>
        <translation>Proszę podać datę odczytu próby uczuleniowej.</translation>
    </message>
    <message>
        <source>The reading date cannot be in the future.</source>
        <translation>Data odczytu nie może przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>The test cannot be read before it was applied.</source>
        <translation>Próby nie można odczytać przed jej wykonaniem.</translation>
    </message>
    <message>
        <source>Say who read the patch test.</source>
        <translation>Proszę podać, kto odczytał próbę uczuleniową.</translation>
    </message>
    <message>
        <source>The tax rate is a percentage from 0 to 100.</source>
        <translation>Stawka podatku to wartość procentowa od 0 do 100.</translation>
    </message>
    <message>
        <source>The consultation fee must be above zero and at most {amount} {code}.</source>
        <translation>Opłata za konsultację musi być większa od zera i wynosić najwyżej {amount} {code}.</translation>
    </message>
    <message>
        <source>Price only the session types smpdesk lists.</source>
        <translation>Ceny można ustalać tylko dla rodzajów sesji podanych przez smpdesk.</translation>
    </message>
    <message>
        <source>The price of a {session} must be above zero and at most {amount} {code}.</source>
        <translation>Cena za {session} musi być większa od zera i wynosić najwyżej {amount} {code}.</translation>
    </message>
    <message>
        <source>Give the tax rate with at most three decimals.</source>
        <translation>Proszę podać stawkę podatku z najwyżej trzema miejscami po przecinku.</translation>
    </message>
    <message>
        <source>Name the tax (VAT, GST...) in {limit} characters or fewer.</source>
        <translation>Proszę podać nazwę podatku (VAT, GST...) w najwyżej {limit} znakach.</translation>
    </message>
    <message>
        <source>Quotes stay valid for {low} to {high} days.</source>
        <translation>Wyceny są ważne od {low} do {high} dni.</translation>
    </message>
    <message>
        <source>Keep the terms under {limit} characters.</source>
        <translation>Warunki nie mogą przekraczać {limit} znaków.</translation>
    </message>
    <message>
        <source>List at most {count} packages.</source>
        <translation>Można podać najwyżej {count} pakietów.</translation>
    </message>
    <message>
        <source>Give every package a name.</source>
        <translation>Proszę nadać nazwę każdemu pakietowi.</translation>
    </message>
    <message>
        <source>Keep package names under {limit} characters.</source>
        <translation>Nazwy pakietów nie mogą przekraczać {limit} znaków.</translation>
    </message>
    <message>
        <source>Two packages are called {name}; give each its own name.</source>
        <translation>Dwa pakiety mają nazwę {name}; proszę nadać każdemu własną nazwę.</translation>
    </message>
    <message>
        <source>A package holds 1 to {count} sessions.</source>
        <translation>Pakiet obejmuje od 1 do {count} sesji.</translation>
    </message>
    <message>
        <source>A package holds only the session types smpdesk lists.</source>
        <translation>Pakiet obejmuje tylko rodzaje sesji podane przez smpdesk.</translation>
    </message>
    <message>
        <source>The price of the package {name} must be above zero and at most {amount} {code}.</source>
        <translation>Cena pakietu {name} musi być większa od zera i wynosić najwyżej {amount} {code}.</translation>
    </message>
    <message>
        <source>Choose a deposit: a fixed amount or a percentage.</source>
        <translation>Proszę wybrać zadatek: stałą kwotę lub procent.</translation>
    </message>
    <message>
        <source>The deposit must be above zero and at most {amount} {code}.</source>
        <translation>Zadatek musi być większy od zera i wynosić najwyżej {amount} {code}.</translation>
    </message>
    <message>
        <source>The deposit percentage is from 0 to 100.</source>
        <translation>Procent zadatku wynosi od 0 do 100.</translation>
    </message>
    <message>
        <source>Give the deposit percentage with at most two decimals.</source>
        <translation>Proszę podać procent zadatku z najwyżej dwoma miejscami po przecinku.</translation>
    </message>
    <message>
        <source>Enter the session date.</source>
        <translation>Proszę podać datę sesji.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-11-22.</source>
        <translation>Proszę podać datę w formacie RRRR-MM-DD, np. 2026-11-22.</translation>
    </message>
    <message>
        <source>A session cannot be recorded for a future date.</source>
        <translation>Nie można zapisać sesji z przyszłą datą.</translation>
    </message>
    <message>
        <source>Check the year: a session date must be from {earliest} to today.</source>
        <translation>Proszę sprawdzić rok: data sesji musi przypadać między {earliest} a dniem dzisiejszym.</translation>
    </message>
    <message>
        <source>Choose the kind of session.</source>
        <translation>Proszę wybrać rodzaj sesji.</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Proszę podać godzinę w formacie GG:MM, np. 09:30.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.</translation>
    </message>
    <message>
        <source>Choose areas from the list.</source>
        <translation>Proszę wybrać obszary z listy.</translation>
    </message>
    <message>
        <source>Enter the expiry date as YYYY-MM-DD.</source>
        <translation>Proszę podać datę ważności w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>Check the year: a pigment expiry date must be from {earliest} to {latest}.</source>
        <translation>Proszę sprawdzić rok: data ważności pigmentu musi przypadać między {earliest} a {latest}.</translation>
    </message>
    <message>
        <source>This pigment had expired by the session date; check the lot and its expiry.</source>
        <translation>W dniu sesji ten pigment był już przeterminowany; proszę sprawdzić partię i jej datę ważności.</translation>
    </message>
    <message>
        <source>Enter the diameter in mm, e.g. 0.25.</source>
        <translation>Proszę podać średnicę w mm, np. 0.25.</translation>
    </message>
    <message>
        <source>Enter the duration in whole minutes (1 to 720).</source>
        <translation>Proszę podać czas trwania w pełnych minutach (od 1 do 720).</translation>
    </message>
    <message>
        <source>Enter a pain score from 0 to 10.</source>
        <translation>Proszę podać ocenę bólu od 0 do 10.</translation>
    </message>
    <message>
        <source>Enter the appointment as YYYY-MM-DD HH:MM.</source>
        <translation>Proszę podać wizytę w formacie RRRR-MM-DD GG:MM.</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>Następna wizyta musi przypadać po tej sesji.</translation>
    </message>
    <message>
        <source>Check the year: the next appointment must be no later than {latest} ({years} years ahead).</source>
        <translation>Proszę sprawdzić rok: następna wizyta może przypadać najpóźniej {latest} ({years} lat naprzód).</translation>
    </message>
    <message>
        <source>Keep the practitioner&apos;s name under 120 characters.</source>
        <translation>Nazwa specjalisty nie może przekraczać 120 znaków.</translation>
    </message>
    <message>
        <source>Keep this under 2000 characters.</source>
        <translation>Tekst nie może przekraczać 2000 znaków.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Hasło musi mieć co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>That password is too common to protect health records; choose another.</source>
        <translation>To hasło jest zbyt popularne, aby chronić dane o zdrowiu; proszę wybrać inne.</translation>
    </message>
    <message>
        <source>A password must be more than the account&apos;s name and a number; choose another.</source>
        <translation>Hasło musi być czymś więcej niż nazwa konta i liczba; proszę wybrać inne.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN ma od {low} do {high} cyfr.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess; choose another.</source>
        <translation>Ten PIN jest zbyt łatwy do odgadnięcia; proszę wybrać inny.</translation>
    </message>
    <message>
        <source>A user name is 1 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Nazwa użytkownika ma od 1 do 32 małych liter, cyfr, kropek, łączników lub podkreśleń i zaczyna się od litery lub cyfry.</translation>
    </message>
    <message>
        <source>Give the staff member&apos;s name as it should appear.</source>
        <translation>Proszę podać imię i nazwisko pracownika w takiej postaci, w jakiej ma być wyświetlane.</translation>
    </message>
    <message>
        <source>A name is one line of at most 80 characters.</source>
        <translation>Nazwa to jeden wiersz o długości najwyżej 80 znaków.</translation>
    </message>
</context>
</TS>
