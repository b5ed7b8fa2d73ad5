"""What the extractor reads from Polish policy sentences, as a native reader judges them.

Every sentence is copied from the Polish corpus (shared/corpus/pl, seeds/001), except in
the last table: typical phrasings of a rule that the corpus does not happen to use.
Each case names one behaviour: a practice the sentence states, one it denies or
never states (negations, anonymised data, response times), and the value the
label must then show. Cases marked xfail are real gaps that need code, not
vocabulary; they must start passing (strict) once the code reads them.
"""

from __future__ import annotations

import pytest

from tests.labels.extraction import facts_of, field

# A lead-in with its list item, as the policy writes it: the item alone states no practice.
_PROFILE_DATA = (
    "Aplikacja Łatwa Forma zbiera i przetwarza dane niezbędne do jej funkcjonowania, w tym:\n\n"
    "- dane profilowe (wiek, płeć, waga, wzrost, poziom aktywności),\n"
)


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        pytest.param(
            "Warunkiem korzystania z Usług jest dokonanie rejestracji, podczas której wymagane"
            " jest podanie przez Usługobiorcę adresu e-mail.",
            "data_collected",
            "contact",
            id="collect-email-at-registration",
        ),
        pytest.param(_PROFILE_DATA, "data_collected", "health_fitness", id="collect-weight-height"),
        pytest.param(_PROFILE_DATA, "data_collected", "personal_details", id="collect-age-sex"),
        pytest.param(
            "Rodzaje zbieranych przez nas informacji obejmują typ przeglądarki, typ urządzenia,"
            " strefę czasową, język i inne informacje związane ze sposobem, w jaki użytkownik"
            " uzyskuje dostęp do Technologii Pocket.",
            "data_collected",
            "device_technical",
            id="collect-browser-and-device-type",
        ),
        pytest.param(
            "Jeśli użytkownik korzysta z urządzenia mobilnego, gromadzimy identyfikatory reklamowe"
            " udostępniane przez firmę Apple w systemie iOS i przez Google w systemie Android.",
            "data_collected",
            "identifiers",
            id="collect-advertising-ids",
        ),
        pytest.param(
            "Plik cookies zawierający UID Użytkownika przekazywany do Cloudflare Inc. w celu"
            " zapobiegania atakom DDOS oraz zapewnienia najwyższych standardów bezpieczeństwa"
            " Użytkowników.",
            "data_collected",
            "identifiers",
            id="uid-is-an-identifier",
        ),
        pytest.param(
            "Dane osobowe powierzane są w drodze umowy do przetwarzania podmiotom, z których usług"
            " korzysta Administrator w związku z ich przetwarzaniem (na podstawie art. 28 ogólnego"
            " rozporządzenia o ochronie danych osobowych z dnia 27.04.2016 r. – RODO), czyli tzw."
            " procesorom, w szczególności dostawcom usług IT – w zakresie niezbędnym do"
            " prawidłowego wykonania tych usług.",
            "shared_with",
            "service_providers",
            id="share-entrusted-to-processors",
        ),
        pytest.param(
            "## Udostępnianie danych\n\n### Współpraca ze stronami trzecimi\n\nNa przykład, jak"
            " omówiono powyżej, możemy korzystać z zewnętrznej firmy przetwarzającej płatności w"
            " celu przetwarzania płatności za naszą płatną usługę subskrypcji.",
            "shared_with",
            "service_providers",
            id="share-with-payment-processor-under-a-sharing-heading",
        ),
        pytest.param(
            "- Odbiorcami Danych Osobowych z STOP COVID - ProteGO Safe:\n\n"
            "- w zakresie określonym w §3 ust. 4 pkt. 6 mogą być Współadministratorzy oraz Komisja"
            " Europejska działająca w charakterze podmiotu przetwarzającego;\n",
            "shared_with",
            "service_providers",
            id="share-listed-under-a-list-item-lead-in",
        ),
        pytest.param(
            "W przypadku przetwarzania opartego na zgodzie masz prawo do jej wycofania w dowolnym"
            " momencie bez wpływu na zgodność z prawem wcześniejszego przetwarzania.",
            "rights",
            "withdraw_consent",
            id="right-withdraw-consent-by-pronoun",
        ),
        pytest.param(
            "Użytkownik może uzyskać dostęp, poprawić lub usunąć swoje dane osobowe oraz"
            " wyeksportować swoje dane ze swojego Profilu Pocket.",
            "rights",
            "portability",
            id="right-export-own-data",
        ),
        pytest.param(
            "Użytkownik może uzyskać dostęp, poprawić lub usunąć swoje dane osobowe oraz"
            " wyeksportować swoje dane ze swojego Profilu Pocket.",
            "rights",
            "correction",
            id="right-correct-or-delete",
        ),
        pytest.param(
            "Usługobiorca ma prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych,"
            " gdy uzna, iż przetwarzanie dotyczących go danych osobowych narusza przepisy RODO.",
            "rights",
            "complaint",
            id="right-complaint-to-uodo",
        ),
        pytest.param(
            "Aby złożyć którykolwiek z powyższych wniosków dotyczących danych osobowych, należy"
            " skontaktować się z nami (Mozilla Corporation) za pośrednictwem naszego Portalu"
            " wniosków o dostęp do danych; nigdy nie będziemy dyskryminować nikogo za korzystanie"
            " z jego praw do prywatności.",
            "rights",
            "non_discrimination",
            id="right-non-discrimination-stated-as-a-denial",
        ),
        pytest.param(
            "Dane osobowe użytkowników są chronione przy użyciu metod bezpieczeństwa zarówno online,"
            " jak i offline, w tym zapór sieciowych, haseł i ograniczonego fizycznego dostępu do"
            " miejsc, w których przechowywane są dane użytkowników.",
            "security",
            "access_control",
            id="security-firewalls-genitive-plural",
        ),
        pytest.param(
            "- Wyłącznie osoby uprawnione przez wyznaczone organy krajowe lub organy urzędowe mogą"
            " mieć dostęp do danych osobowych użytkowników, które to dane są przekazywane za"
            " pośrednictwem bramy federacyjnej.",
            "security",
            "access_control",
            id="security-only-authorised-persons-have-access",
        ),
        pytest.param(
            "Użytkownik może uzyskać dostęp, poprawić lub usunąć swoje dane osobowe oraz"
            " wyeksportować swoje dane ze swojego Profilu Pocket.",
            "rights",
            "access",
            id="right-access-in-a-list-of-verbs",
        ),
        pytest.param(
            "- na podstawie art. 18 RODO prawo żądania od Administratora ograniczenia Przetwarzania"
            " Danych Osobowych z zastrzeżeniem przypadków, o których mowa w art. 18 ust. 2 RODO;",
            "rights",
            "restriction",
            id="right-restriction-of-processing",
        ),
        pytest.param(
            "Mozilla wymaga ważnego procesu prawnego, aby zmusić do ujawnienia instytucji rządowej"
            " określonych danych użytkownika.",
            "shared_with",
            "authorities",
            id="share-with-a-government-institution",
        ),
        pytest.param(
            "9. Podczas korzystania z funkcji udostępniania urządzenia\n\n"
            "NS Urządzenia; Adres email i (lub) numer   telefonu innego użytkownika, któremu"
            " udostępniasz urządzenie",
            "data_collected",
            "contacts",
            id="collect-phone-of-the-user-a-device-is-shared-with",
        ),
        pytest.param(
            "W rzadkich sytuacjach, gdy potrzebne informacje obejmują również ograniczone dane"
            " przeglądania (np. adnotacje domen najwyższego poziomu do monitorowania wydajności"
            " ładowania stron), będą one przesyłane za pomocą OHTTP; pomaga to zapobiec powiązaniu"
            " przez firmę Mozilla użytkownika lub jego urządzenia z danymi zebranymi w tym celu.",
            "data_collected",
            "usage",
            id="collect-browsing-data",
        ),
        pytest.param(
            "Korzystamy z czterech typów plików cookie i narzędzi analitycznych w następujących"
            " celach:",
            "data_collected",
            "cookies_tracking",
            id="we-use-cookies-korzystamy-z",
        ),
        pytest.param(
            "Adres IP jest przetwarzany wyłącznie w celach administracyjnych i związanych z"
            " bezpieczeństwem.",
            "purposes",
            "security_fraud",
            id="purpose-security-in-an-elided-coordination",
        ),
        pytest.param(
            "Nazwa; adres e-mail lub konto osoby trzeciej, którego używasz do\n\n"
            "rejestracji; kraj, hasło (zaszyfrowane); język",
            "security",
            "encryption_at_rest",
            id="security-password-marked-encrypted",
        ),
        pytest.param(
            "Możesz również podać informacje, które zostaną opublikowane lub wyświetlone (dalej"
            " „opublikowane”) w ogólnodostępnych obszarach naszej strony internetowej lub przekazane"
            " do innych użytkowników naszych usług lub osobom trzecim (łącznie “Wkłady"
            " Użytkownika”).",
            "data_collected",
            "user_content",
            id="collect-user-contributions",
        ),
        pytest.param(
            "Nie udostępniamy danych nikomu, z wyjątkiem firm kurierskich.",
            "shared_with",
            "service_providers",
            id="shared-with-the-recipients-after-z-wyjatkiem",
        ),
        pytest.param(
            "Jeśli użytkownik zdecyduje się udostępnić artykuły, filmy lub inne treści innej"
            " osobie, poprosimy o podanie prawidłowego adresu e-mail tej osoby.",
            "data_collected",
            "contacts",
            id="collect-email-of-the-person-the-user-shares-with",
        ),
        pytest.param(
            "Ponadto, jeśli użytkownik zdecyduje się wykorzystać Technologie Pocket do"
            " udostępnienia treści innej osobie, wykorzystamy adres e-mail odbiorcy lub informacje"
            " o jego koncie użytkownika w celu świadczenia tej usługi, ale nie wykorzystamy tego"
            " adresu e-mail w żadnym innym celu.",
            "data_collected",
            "contacts",
            id="use-email-of-the-recipient-of-a-share",
        ),
        pytest.param(
            "* Prawo do rezygnacji użytkownika ze sprzedaży danych osobowych: Pocket nie udostępnia"
            " ani nie sprzedaje danych osobowych użytkowników.",
            "rights",
            "opt_out_sale",
            id="right-to-opt-out-of-the-sale-with-its-holder-between",
        ),
        pytest.param(
            "Rodzaje zbieranych przez nas informacji obejmują typ przeglądarki, typ urządzenia,"
            " strefę czasową, język i inne informacje związane ze sposobem, w jaki użytkownik"
            " uzyskuje dostęp do Technologii Pocket.",
            "data_collected",
            "personal_details",
            id="collect-language-named-in-a-list-of-data",
        ),
        pytest.param(
            "W aplikacji Pocket zapewniliśmy mechanizmy kontrolne, dzięki którym użytkownik może"
            " kontrolować informacje udostępniane dostawcom produktów i usług stron trzecich.",
            "shared_with",
            "business_partners",
            id="share-with-third-party-apps-the-user-connects",
        ),
        pytest.param(
            "Korzystamy również z nieidentyfikujących, zagregowanych informacji do analizowania"
            " sposobu, w jaki Technologie Pocket są używane, co pozwala nam również na ulepszanie"
            " naszych usług.",
            "security",
            "anonymization",
            id="security-aggregate-non-identifying-information",
        ),
        pytest.param(
            "- **UID** – losowe oznaczenie Użytkownika uniemożliwiające identyfikację,",
            "security",
            "anonymization",
            id="security-random-mark-that-prevents-identification",
        ),
        pytest.param(
            "Wszelkie takie dane będą udostępniane wyłącznie firmie Mozilla i/lub naszym partnerom"
            " reklamowym za pośrednictwem naszych technologii ochrony prywatności w formie"
            " zagregowanej i/lub pozbawionej elementów umożliwiających identyfikację.",
            "security",
            "anonymization",
            id="security-data-stripped-of-identifying-elements",
        ),
        pytest.param(
            "Gromadzimy również dane, gdy użytkownik kontaktuje się z nami w celu uzyskania"
            " wsparcia lub pomocy, przesyła wniosek lub w inny sposób komunikuje się z nami.",
            "data_collected",
            "user_content",
            id="collect-what-the-user-writes-to-support",
        ),
        pytest.param(
            "Gdy użytkownik komunikuje się z nami za pośrednictwem tych metod, wykorzystamy"
            " udostępnione informacje wyłącznie w celu, w jakim zostały przekazane.",
            "data_collected",
            "user_content",
            id="use-what-the-user-communicates-to-us",
        ),
        pytest.param(
            "Jeśli użytkownik zarejestruje konto Mozilla, przetwarzamy dodatkowe informacje wraz z"
            " danymi określonymi w niniejszej Informacji, takie jak dane konta, dane kontaktowe i"
            " dane synchronizacji, zgodnie z [Zasadami prywatności dotyczącymi kont"
            " Mozilla](https://www.mozilla.org/privacy/mozilla-accounts/).",
            "purposes",
            "account",
            id="purpose-account-by-the-verb-zarejestrowac-konto",
        ),
        pytest.param(
            "Gromadzimy również dane na temat korzystania z Technologii Pocket przez użytkownika,"
            " abyśmy mogli świadczyć nasze usługi.",
            "data_collected",
            "usage",
            id="collect-data-na-temat-korzystania",
        ),
        pytest.param(
            "Przetwarzamy również dane techniczne i dane ustawień w celu ochrony przed złośliwymi"
            " dodatkami.",
            "purposes",
            "security_fraud",
            id="purpose-protection-from-malicious-add-ons",
        ),
        pytest.param(
            "Wykorzystujemy dane osobowe użytkownika, aby odpowiadać na prośby użytkownika i"
            " realizować naszą umowę z użytkownikiem.",
            "purposes",
            "service",
            id="purpose-service-by-the-verb-realizowac-umowe",
        ),
        pytest.param(
            "Wykorzystujemy dane osobowe użytkownika, aby odpowiadać na prośby użytkownika i"
            " realizować naszą umowę z użytkownikiem.",
            "purposes",
            "support",
            id="purpose-support-by-the-verb-odpowiadac-na-prosby",
        ),
        pytest.param(
            "Mozilla gromadzi dane techniczne i dane dotyczące interakcji, takie jak pozycja,"
            " rozmiar, wyświetlenia i kliknięcia treści lub reklam na stronie Nowa karta, aby"
            " zrozumieć, w jaki sposób użytkownicy wchodzą w interakcję z naszymi treściami i"
            " spersonalizować przyszłe treści, w tym treści sponsorowane.",
            "purposes",
            "analytics_improvement",
            id="purpose-understand-how-users-interact",
        ),
        pytest.param(
            "Korzystamy z czterech typów plików cookie i narzędzi analitycznych w następujących"
            " celach:\n\n* Analityczne: Umieszczamy te pliki cookie na urządzeniu użytkownika, aby"
            " pomóc nam zrozumieć, jak użytkownicy angażują się w naszą witrynę internetową i"
            " produkt.\n",
            "purposes",
            "analytics_improvement",
            id="purpose-understand-how-users-engage-in-a-list-item",
        ),
        pytest.param(
            "Mozilla gromadzi dane techniczne i dane dotyczące interakcji, takie jak pozycja,"
            " rozmiar, wyświetlenia i kliknięcia treści lub reklam na stronie Nowa karta, aby"
            " zrozumieć, w jaki sposób użytkownicy wchodzą w interakcję z naszymi treściami i"
            " spersonalizować przyszłe treści, w tym treści sponsorowane.",
            "purposes",
            "personalization",
            id="purpose-personalization-by-the-perfective-verb",
        ),
        pytest.param(
            "Chociaż staramy się chronić dane osobowe naszych użytkowników, ujawnimy dane osobowe,"
            " jeśli będzie to wymagane przez prawo lub w dobrej wierze, że takie działanie jest"
            " konieczne.",
            "shared_with",
            "authorities",
            id="share-as-required-by-law",
        ),
        pytest.param(
            "Portal GGD jest dostępny tylko dla pracowników GGD.",
            "security",
            "access_control",
            id="security-open-only-to-staff",
        ),
        pytest.param(
            "Zapisane dane można również w każdej chwili usunąć samodzielnie.",
            "rights",
            "deletion",
            id="right-deletion-by-the-user-alone",
        ),
        pytest.param(
            "Wersje te (oprócz gromadzenia przez nie danych, które zostało opisane w niniejszych"
            " Zasadach prywatności) domyślnie mogą wysyłać różne typy danych związanych z"
            " aktywnością internetową i awariami do firmy Mozilla, a w niektórych przypadkach do"
            " naszych partnerów.",
            "data_collected",
            "usage",
            id="collect-data-on-internet-activity",
        ),
    ],
)
def test_claims(text: str, path: str, value: str) -> None:
    assert value in field(facts_of(text), path)


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        pytest.param(
            "Ta strona nie wykorzystuje cookies do śledzenia użytkowników.",
            "data_collected",
            "cookies_tracking",
            id="denied-tracking-cookies",
        ),
        pytest.param(
            "Jeśli użytkownik zdecyduje się udostępnić artykuły, filmy lub inne treści innej"
            " osobie, poprosimy o podanie prawidłowego adresu e-mail tej osoby.",
            "data_collected",
            "photos_videos",
            id="saved-films-are-not-recordings",
        ),
        pytest.param(
            "Nie udostępniamy tych danych podmiotom trzecim ani ich nie odsprzedajemy.",
            "shared_with",
            "business_partners",
            id="denied-sharing-with-third-parties",
        ),
        pytest.param(
            "Udostępniamy również stronom trzecim, w tym dostawcom treści, operatorom witryn"
            " internetowych, reklamodawcom i wydawcom, zagregowane, nieosobowe dane i związane z"
            " nimi informacje o użytkowaniu, które nie zawierają żadnych danych osobowych mogących"
            " zidentyfikować użytkownika lub innego indywidualnego użytkownika.",
            "shared_with",
            "advertisers",
            id="aggregate-data-to-advertisers",
        ),
        pytest.param(
            "Współpracujemy również z dostawcami reklam, aby dostarczać odpowiednie treści"
            " sponsorowane przy użyciu technologii programowych. W tym celu możemy udostępniać"
            " ograniczone, nieumożliwiające identyfikacji informacje — takie jak typ urządzenia,"
            " informacje o lokalizacji uzyskane na podstawie adresu IP oraz kategoria wyświetlanych"
            " treści — aby pomóc w określeniu, które reklamy mają być wyświetlane.",
            "shared_with",
            "advertisers",
            id="non-identifying-data-to-ad-providers",
        ),
        pytest.param(
            "Firefox przetwarza różne dane osobowe, takie jak historia przeglądania, dane"
            " formularzy internetowych, tymczasowe pliki internetowe i pliki cookie, w taki sposób,"
            " że nie opuszczają one urządzenia użytkownika.",
            "storage_countries",
            "PL",
            id="never-leaves-the-device-names-no-country",
        ),
        pytest.param(
            "Na tym etapie nie jest zatem możliwe na przykład zastosowanie się do wniosku o zmianę"
            " lub usunięcie danych, choć oczywiście dane te zostaną automatycznie usunięte ze"
            " smartfona po maksymalnie czternastu dniach.",
            "rights",
            "deletion",
            id="deletion-request-not-possible",
        ),
        pytest.param(
            "Dane przechowywane wyłącznie lokalnie na Urządzeniach, niezależnie od systemu"
            " operacyjnego Urządzenia.",
            "data_collected",
            "device_technical",
            id="kept-only-on-the-devices-is-not-collected",
        ),
        pytest.param(
            "Oznacza to, że domyślnie stosujemy ochronę Twojej prywatności i staraliśmy się"
            " ograniczyć przetwarzanie informacji o Tobie już na etapie projektowania i tworzenia"
            " aplikacji STOP COVID - ProteGO Safe.",
            "rights",
            "restriction",
            id="data-minimisation-is-no-right-to-restriction",
        ),
        pytest.param(
            "- Wyłącznie osoby uprawnione przez wyznaczone organy krajowe lub organy urzędowe mogą"
            " mieć dostęp do danych osobowych użytkowników, które to dane są przekazywane za"
            " pośrednictwem bramy federacyjnej.",
            "rights",
            "access",
            id="access-control-is-no-right-of-access",
        ),
        pytest.param(
            "## Jak wykorzystywane są dane użytkownika?\n\n"
            "Po włączeniu tej funkcji ruch sieciowy przeglądarki Firefox jest kierowany przez serwer"
            " pośredniczący, co uniemożliwia dostawcy usług internetowych sprawdzenie, z jakimi"
            " serwerami użytkownik się łączy, oraz ukrywa adres IP użytkownika przed odwiedzanymi"
            " witrynami.",
            "shared_with",
            "service_providers",
            id="the-users-internet-provider-is-no-recipient",
        ),
        pytest.param(
            "Aby przetworzyć i dostarczyć zamówienie oraz, w razie potrzeby, aby   skontaktować się"
            " z Tobą.",
            "data_collected",
            "purchases",
            id="fulfilling-an-order-is-a-purpose-not-order-data",
        ),
        pytest.param(
            "Plik cookies, o którym mowa w niniejszym punkcie nie umożliwia profilowania, ani"
            " monitorowania zachowań Użytkownika na różnych witrynach (cross-site tracking).",
            "data_collected",
            "usage",
            id="denied-monitoring-of-behaviour",
        ),
        pytest.param(
            "### 1. Kto jest odpowiedzialny za przetwarzanie danych osobowych?\n\n"
            "Na stronie [www.GGD.nl](https://www.GGD.nl/) użytkownik może dowiedzieć się, do którego"
            " oddziału GGD przynależy, wpisując kod pocztowy swojego miejsca zamieszkania.",
            "data_collected",
            "contact",
            id="postcode-typed-on-another-website",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the heading names processing only as the controller's responsibility"
                " ('odpowiedzialny za przetwarzanie'); detect lends its action to every"
                " sentence below it",
            ),
        ),
        pytest.param(
            "Jeśli użytkownik zdecyduje się na subskrypcję naszej płatnej usługi subskrypcyjnej,"
            " zewnętrzne firmy przetwarzające płatności będą zbierać i obsługiwać dane karty"
            " kredytowej użytkownika oraz powiązane informacje dotyczące płatności.",
            "data_collected",
            "financial",
            id="card-data-collected-by-the-payment-companies",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the subject of 'będą zbierać' is a third party ('zewnętrzne firmy'), not"
                " the company; collection is read without its subject",
            ),
        ),
        pytest.param(
            "Dane karty, BLIK czy PayPal przetwarza Stripe; nie przechowujemy tych danych.",
            "data_collected",
            "financial",
            id="card-data-handled-only-by-the-payment-provider",
        ),
        pytest.param(
            "Dane niezbędne do rozliczeń (np. faktury, dowody płatności) przechowujemy przez okres"
            " wymagany przepisami prawa (w Polsce m.in. 5 lat od końca roku podatkowego).",
            "storage_countries",
            "PL",
            id="country-of-the-law-is-not-storage",
        ),
        pytest.param(
            "Żądania podpowiedzi — w tym wyszukiwane hasła w czasie rzeczywistym i dane techniczne"
            " — są wysyłane bezpośrednio do dostawcy usług wyszukiwania podczas wpisywania i"
            " przetwarzane zgodnie z zasadami prywatności dostawcy usług wyszukiwania.",
            "data_collected",
            "credentials",
            id="search-terms-are-not-passwords",
        ),
        pytest.param(
            "Lokalizacja serwerów: przechowujemy dane na serwerach w Polsce.",
            "data_collected",
            "location",
            id="server-location-is-no-location-data",
        ),
        pytest.param(
            "Ta funkcja nie przekierowuje ruchu z innych aplikacji zainstalowanych na urządzeniu i"
            " sama w sobie nie zapewnia całkowitej anonimowości podczas przeglądania stron"
            " internetowych.",
            "security",
            "anonymization",
            id="a-vpn-that-gives-no-full-anonymity",
        ),
        pytest.param(
            "W przypadku pytań lub wątpliwości dotyczących niniejszych Zasad ochrony prywatności"
            " należy skontaktować się z nami pod adresem"
            " [privacy@getpocket.com](mailto:privacy@getpocket.com) lub"
            " [https://help.getpocket.com/contact](https://help.getpocket.com/contact).",
            "data_collected",
            "user_content",
            id="a-contact-address-collects-nothing",
        ),
        pytest.param(
            "Jeśli użytkownik korzysta z urządzenia mobilnego, gromadzimy identyfikatory reklamowe"
            " udostępniane przez firmę Apple w systemie iOS i przez Google w systemie Android.",
            "purposes",
            "advertising",
            id="advertising-identifiers-are-no-advertising",
        ),
        pytest.param(
            "Podanie adresu e-mail nie służy ustaleniu tożsamości Usługobiorcy, a jedynie utworzeniu"
            " konta użytkownika i zapewnia możliwość przywrócenia jego funkcjonalności w przypadku"
            " np. utraty hasła.",
            "data_collected",
            "credentials",
            id="a-lost-password-is-no-collected-password",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the password is named only as what may be lost ('w przypadku utraty"
                " hasła'); the collection ('Podanie adresu e-mail') is of the e-mail address,"
                " and any term of the sentence is read as its object",
            ),
        ),
        pytest.param(
            "2. Administratorem danych osobowych usługobiorców jest Usługodawca, tj. AC SOFTWARE"
            " sp. z o.o. z siedzibą w Paczkowie (48-370), ul. Armii Krajowej 2, zarejestrowana przez"
            " Sąd Rejonowy w Opolu, VIII Wydział Gospodarczy Krajowego Rejestru Sądowego, nr"
            " KRS0000314809, NIP 7532365220, REGON 160217758.",
            "purposes",
            "account",
            id="a-company-registered-by-a-court-opens-no-account",
        ),
    ],
)
def test_does_not_claim(text: str, path: str, value: str) -> None:
    assert value not in field(facts_of(text), path)


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            "Pocket nie udostępnia ani nie sprzedaje danych osobowych użytkowników. W przypadku"
            " włączenia spersonalizowanych reklam w Pocket zezwalamy reklamodawcom na"
            " personalizację reklam w Pocket, co może być uznane za sprzedaż danych użytkownika"
            " zgodnie z kalifornijskim prawem ochrony prywatności.",
            "sells_data",
            True,
            id="sale-in-the-ccpa-sense-wins-over-the-denial",
        ),
        pytest.param(
            "Przechowujemy dane osobowe użytkownika tylko tak długo, jak jest to konieczne do"
            " realizacji celów określonych w niniejszych Zasadach prywatności.",
            "retention.until_no_longer_needed",
            True,
            id="kept-as-long-as-necessary",
        ),
        pytest.param(
            "Dane użytkownika zebrane za pośrednictwem przeglądarki Firefox, co do których złożono"
            " wniosek o usunięcie, zostaną usunięte w ciągu 30 dni od daty złożenia wniosku.",
            "retention.deleted_on_account_closure",
            True,
            id="deleted-on-request",
        ),
        pytest.param(
            "Po zaprzestaniu korzystania z STOP COVID - ProteGO Safe wszystkie Dane Osobowe zostaną"
            " usunięte wraz z Aplikacją.",
            "retention.deleted_on_account_closure",
            True,
            id="deleted-when-the-app-is-no-longer-used",
        ),
        pytest.param(
            "Okres przechowywania: dane powiązane z kontem przechowujemy do momentu usunięcia konta"
            " przez użytkownika (Profil → Usuń konto).",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-the-account-is-deleted",
        ),
        pytest.param(
            "Dane Osobowe dotyczące Użytkownika w postaci zaszyfrowanego adresu UID mogą być"
            " przekazywane poza Europejski Obszar Gospodarczy w zakresie korzystania z usługi"
            " świadczonej przez Cloudflare.",
            "international_transfer",
            True,
            id="transfer-outside-the-eea",
        ),
        pytest.param(
            "Ponieważ jesteśmy firmą globalną, gromadzone przez nas informacje mogą być dostępne z"
            " lokalizacji, w których znajdują się nasi pracownicy, a dane mogą być również"
            " przekazywane do innych jurysdykcji w wyniku udostępniania danych naszym partnerom.",
            "international_transfer",
            True,
            id="transfer-to-other-jurisdictions",
        ),
        pytest.param(
            "Firefox przetwarza różne dane osobowe, takie jak historia przeglądania, dane"
            " formularzy internetowych, tymczasowe pliki internetowe i pliki cookie, w taki sposób,"
            " że nie opuszczają one urządzenia użytkownika.",
            "international_transfer",
            None,
            id="data-that-stays-on-the-device-is-not-kept-in-the-country",
        ),
        pytest.param(
            "Dane Osobowe dotyczące stanu zdrowia Użytkownika są przetwarzane także na podstawie"
            " art. 9 ust. 2 lit. i RODO, gdyż przetwarzanie jest niezbędne ze względów związanych z"
            " interesem publicznym w dziedzinie zdrowia publicznego, takich jak ochrona przed"
            " poważnymi transgranicznymi zagrożeniami zdrowotnymi.",
            "international_transfer",
            None,
            id="cross-border-health-threats-are-no-transfer",
        ),
        pytest.param(
            "Nasze strony internetowe zasadniczo nie są skierowane do dzieci poniżej 16 roku"
            " życia.",
            "children.min_age",
            16,
            id="children-under-16",
        ),
        pytest.param(
            "Osoby poniżej 16 roku życia nie powinny przekazywać żadnych danych osobowych do lub w"
            " ramach naszych Usług.",
            "children.min_age",
            16,
            id="minors-named-by-their-age",
        ),
        pytest.param(
            "## Przekazywanie danych\n\n"
            "Oznacza to, że dane użytkownika mogą trafić na jeden z tych komputerów w innym kraju,"
            " a w kraju tym mogą obowiązywać inne przepisy dotyczące ochrony danych niż w kraju"
            " użytkownika.",
            "international_transfer",
            True,
            id="data-may-end-up-in-another-country",
        ),
    ],
)
def test_flag(text: str, path: str, expected: object) -> None:
    assert field(facts_of(text), path) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param(
            "Adresy IP przetwarzane w celach administracyjnych i związanych z bezpieczeństwem, są"
            " usuwane po maksymalnie 7 dniach.",
            [7.0],
            id="ip-addresses-deleted-after-7-days",
        ),
        pytest.param(
            "Dane niezbędne do rozliczeń (np. faktury, dowody płatności) przechowujemy przez okres"
            " wymagany przepisami prawa (w Polsce m.in. 5 lat od końca roku podatkowego).",
            [1825.0],
            id="invoices-kept-5-years",
        ),
        pytest.param(
            "Dane zapisane lokalnie na smartfonie użytkownika są przechowywane przez 14 dni.",
            [14.0],
            id="kept-on-the-phone-14-days",
        ),
        pytest.param(
            "Jeżeli zostaną o to poproszeni, Współadministratorzy pomagają sobie nawzajem w"
            " rozpatrywaniu wniosków osób, których dane dotyczą, i udzielają sobie nawzajem"
            " odpowiedzi bez zbędnej zwłoki, przy czym nie później niż w terminie 15 dni od"
            " otrzymania prośby o udzielenie pomocy.",
            [],
            id="response-time-is-not-retention",
        ),
        pytest.param(
            "Wszystkie zmienione warunki będą automatycznie obowiązywać po upływie trzydziestu (30)"
            " dni od ich pierwotnego zamieszczenia w witrynie.",
            [],
            id="notice-period-is-not-retention",
        ),
        # Template wording written for round 7, not in the corpus.
        pytest.param(
            "Po usunięciu konta dane dziecka są kasowane w ciągu 14 dni.",
            [14.0],
            id="a-childs-data-deleted-14-days-after-the-account",
        ),
        pytest.param(
            "3. W jakim celu i jak długo\n"
            "Poniższa tabela przedstawia cele przetwarzania i okresy przechowywania danych.\n\n"
            "Kategoria danych        Cel                                        Okres przechowywania\n"
            "Dane konta              prowadzenie konta, logowanie                do usunięcia konta\n"
            "Odczyty temperatury     sterowanie ogrzewaniem, raporty zużycia     24 miesiące\n"
            "Logi diagnostyczne      wykrywanie i usuwanie usterek               90 dni\n"
            "Dane do faktur          obowiązki podatkowe                         5 lat\n",
            [90.0, 720.0, 1825.0],
            id="pdf-table-with-space-aligned-columns",
        ),
        pytest.param(
            "| Cel przetwarzania | Podstawa prawna | Okres przechowywania |\n"
            "|---|---|---|\n"
            "| Ustalanie położenia Zegarka | art. 6 ust. 1 lit. b RODO | historia położenia – 30"
            " dni |\n"
            "| Statystyki i diagnostyka działania Zegarków | art. 6 ust. 1 lit. f RODO | 13"
            " miesięcy |\n",
            [30.0, 390.0],
            id="legal-basis-table-with-a-retention-column",
        ),
        pytest.param(
            "Dane przechowujemy na serwerach w Holandii przez okres\n\n"
            "Termio Polska sp. z o.o. · Polityka prywatności v2.1"
            "                    Strona 2 z 4\n\n"
            "24 miesięcy od ich zebrania.",
            [720.0],
            id="pdf-page-footer-inside-a-sentence",
        ),
        # Template wording written for round 9 (a PDF-extracted policy), not in the corpus.
        pytest.param(
            "Cel przetwarzania\nPodstawa prawna\nOkres przechowywania\nStatystyki i rozwój"
            " produktów\nart. 6 ust. 1 lit. f RODO\n14 miesięcy\n",
            [420.0],
            id="a-flattened-table-with-a-retention-column",
        ),
        pytest.param(
            "Pliki cookie na stronie sklepu wygasają najpóźniej po 13 miesiącach.",
            [390.0],
            id="cookies-on-the-site-expire",
        ),
        # Template wording written for round 10 (a smoke-alarm policy), not in the corpus.
        pytest.param(
            "Jeśli skorzystasz z jednego ze swoich praw, zachowamy korespondencję w tej sprawie"
            " przez 3 lata, aby móc wykazać, że prawidłowo obsłużyliśmy żądanie.",
            [1095.0],
            id="we-will-keep-the-request-correspondence-for-three-years",
        ),
        # Template wording written for round 11 (a table-heavy heat-pump policy), not in the
        # corpus.
        pytest.param(
            "Pliki cookie\n\nNazwa\tDostawca\tCel\tCzas życia\n"
            "_ga\tGoogle Analytics\tstatystyki\t13 miesięcy\n",
            [390.0],
            id="cookie-table-lifetime-column",
        ),
    ],
)
def test_retention_periods(text: str, days: list[float]) -> None:
    assert [p["days"] for p in facts_of(text)["retention"]["periods"]] == days


# Typical phrasings of Polish policies where the corpus has no sentence of its own: each
# row is one ordinary way to say the thing, with the exact value the label must show.
@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param(
            "Zbieramy dane o tętnie, które są przechowywane wyłącznie w pamięci Twojego"
            " urządzenia.",
            "data_collected",
            [],
            id="kept-only-in-the-memory-of-the-device-is-not-collected",
        ),
        pytest.param(
            "Zbieramy dane o tętnie, które są przechowywane wyłącznie w pamięci lokalnej Twojego"
            " urządzenia.",
            "data_collected",
            [],
            id="the-devices-local-memory-is-no-web-storage",
        ),
        pytest.param(
            "Zbieramy dane o lokalizacji, które nie opuszczają Twojego urządzenia.",
            "data_collected",
            [],
            id="data-that-never-leaves-the-device-is-not-collected",
        ),
        pytest.param(
            "Zbieramy dane o Twoim śnie, które pozostają w Twoim telefonie i nie są przesyłane"
            " na nasze serwery.",
            "data_collected",
            [],
            id="data-that-stays-in-the-phone-is-not-collected",
        ),
        pytest.param(
            "Zbieramy dane o tętnie i przechowujemy je na naszych serwerach.",
            "data_collected",
            ["health_fitness"],
            id="data-kept-on-the-companys-servers-is-collected",
        ),
        pytest.param(
            "Zbieramy dane o tętnie, które są przechowywane lokalnie na Twoim urządzeniu.",
            "data_collected",
            [],
            id="kept-locally-on-the-device-is-not-collected",
        ),
        pytest.param(
            "Nie będziemy Cię dyskryminować za skorzystanie z przysługujących Ci praw.",
            "rights",
            ["non_discrimination"],
            id="non-discrimination-with-the-person-before-the-verb",
        ),
        pytest.param(
            "Skorzystanie z tych praw nie spowoduje gorszego traktowania użytkownika.",
            "rights",
            ["non_discrimination"],
            id="non-discrimination-as-no-worse-treatment",
        ),
        pytest.param(
            "Nie będziemy traktować Cię gorzej, jeśli skorzystasz ze swoich praw do prywatności.",
            "rights",
            ["non_discrimination"],
            id="non-discrimination-as-not-treating-worse",
        ),
        pytest.param(
            "Możemy przekazać dane osobom trzecim, jeżeli będziemy do tego zobowiązani przez"
            " prawo.",
            "shared_with",
            ["authorities"],
            id="disclosure-to-third-parties-if-bound-by-law",
        ),
        pytest.param(
            "Możemy ujawnić Twoje dane osobom trzecim, jeżeli jest to wymagane przepisami prawa.",
            "shared_with",
            ["authorities"],
            id="disclosure-to-third-parties-if-required-by-provisions",
        ),
        pytest.param(
            "Twoje dane mogą zostać przekazane podmiotom trzecim, gdy obowiązek taki wynika z"
            " przepisów prawa.",
            "shared_with",
            ["authorities"],
            id="disclosure-to-third-parties-when-the-duty-comes-from-the-law",
        ),
        pytest.param(
            "Możemy ujawnić dane osobowe osobom trzecim, kiedy wymaga tego prawo.",
            "shared_with",
            ["authorities"],
            id="disclosure-to-third-parties-when-kiedy-the-law-requires",
        ),
        pytest.param(
            "Możemy ujawnić dane osobowe osobom trzecim, gdyby wymagały tego przepisy prawa.",
            "shared_with",
            ["authorities"],
            id="disclosure-to-third-parties-should-the-law-require",
        ),
        pytest.param(
            "Kiedy Twoje dane są przekazywane do Stanów Zjednoczonych, masz prawo uzyskać kopię"
            " zabezpieczeń.",
            "international_transfer",
            None,
            id="transfer-as-the-condition-of-a-right-opened-by-kiedy",
        ),
        pytest.param(
            "Przekazujemy dane osobowe dostawcom usług IT, którzy są prawnie zobowiązani do"
            " zachowania poufności.",
            "purposes",
            [],
            id="processors-bound-to-confidentiality-is-no-legal-purpose",
        ),
        pytest.param(
            "Nie stosujemy reklam spersonalizowanych.",
            "third_party_advertising",
            False,
            id="no-personalised-ads-by-the-verb-stosowac",
        ),
        pytest.param(
            "Twoje dane osobowe mogą być przekazywane do Stanów Zjednoczonych.",
            "international_transfer",
            True,
            id="transfer-to-the-united-states",
        ),
        pytest.param(
            "Dane są przechowywane na serwerach zlokalizowanych w Chinach.",
            "international_transfer",
            True,
            id="stored-on-servers-in-china",
        ),
        pytest.param(
            "Dane mogą być wysyłane do Korei Południowej.",
            "international_transfer",
            True,
            id="sent-to-south-korea",
        ),
        pytest.param(
            "Twoje dane mogą zostać przeniesione do Stanów Zjednoczonych.",
            "international_transfer",
            True,
            id="moved-to-the-united-states",
        ),
        pytest.param(
            "Wysyłamy zamówienia do klientów w Szwajcarii.",
            "international_transfer",
            None,
            id="goods-shipped-abroad-are-no-transfer",
        ),
        pytest.param(
            "Nagrania z monitoringu wizyjnego na terenie sklepu są przechowywane przez 30 dni.",
            "international_transfer",
            None,
            id="kept-on-the-premises-says-nothing-of-the-country",
        ),
        pytest.param(
            "Kopie zapasowe przechowujemy wyłącznie na serwerach naszego dostawcy hostingu.",
            "international_transfer",
            None,
            id="kept-only-on-a-providers-servers-says-nothing-of-the-country",
        ),
        pytest.param(
            "Dane osobowe są przechowywane na terenie Europejskiego Obszaru Gospodarczego.",
            "international_transfer",
            False,
            id="kept-within-the-eea",
        ),
        pytest.param(
            "Przechowujemy Twoje dane na serwerach w Niemczech.",
            "international_transfer",
            None,
            id="stored-in-germany-stays-in-the-eea",
        ),
        pytest.param(
            "Przechowujemy dane użytkowników wyłącznie na serwerach zlokalizowanych na terytorium"
            " Polski i nie przekazujemy ich do Stanów Zjednoczonych.",
            "international_transfer",
            False,
            id="kept-in-poland-and-not-transferred-to-the-us",
        ),
        pytest.param(
            "W Stanach Zjednoczonych przechowywane są kopie zapasowe danych użytkowników naszej"
            " aplikacji.",
            "international_transfer",
            True,
            id="place-fronted-before-a-passive-storage-verb",
        ),
        pytest.param(
            "Dane mogą być przechowywane na serwerach w Indiach.",
            "international_transfer",
            True,
            id="stored-in-india-locative",
        ),
        pytest.param(
            "Dane są przechowywane na serwerach w Hong Kongu.",
            "storage_countries",
            ["HK"],
            id="stored-in-hong-kong-locative",
        ),
        # Template wording written for round 6 (smart-device policies), not in the corpus.
        pytest.param(
            "Zgodę możesz w każdej chwili wycofać w ustawieniach aplikacji.",
            "rights",
            ["withdraw_consent"],
            id="consent-withdrawn-at-any-time-between-noun-and-verb",
        ),
        pytest.param(
            "Jeżeli przetwarzanie odbywa się na podstawie zgody, użytkownik może ją wycofać w"
            " dowolnym momencie.",
            "rights",
            ["withdraw_consent"],
            id="consent-withdrawn-named-by-its-pronoun",
        ),
        pytest.param(
            "Z newslettera wypiszesz się, klikając link w stopce wiadomości.",
            "rights",
            ["opt_out_marketing"],
            id="unsubscribe-in-the-future-tense",
        ),
        pytest.param(
            "Możesz zażądać dostępu do danych, ich poprawienia lub usunięcia.",
            "rights",
            ["access", "correction", "deletion"],
            id="rights-requested-with-one-object",
        ),
        pytest.param(
            "Zbieramy raporty o błędach w celu ich poprawienia.",
            "rights",
            [],
            id="errors-corrected-are-no-right",
        ),
        pytest.param(
            "Każdemu użytkownikowi przysługuje prawo dostępu do treści swoich danych, ich"
            " sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz prawo"
            " wniesienia sprzeciwu.",
            "rights",
            ["access", "correction", "deletion", "objection", "portability", "restriction"],
            id="portability-in-the-list-of-rights-sharing-one-noun",
        ),
        pytest.param(
            "Jeśli dojdzie do naruszenia ochrony Twoich danych, które może powodować wysokie"
            " ryzyko, niezwłocznie Cię o tym poinformujemy.",
            "security",
            ["breach_notification"],
            id="breach-of-your-data-notified",
        ),
        pytest.param(
            "Nie handlujemy Twoimi danymi.",
            "sells_data",
            False,
            id="no-trading-in-your-data",
        ),
        pytest.param(
            "Handlujemy sprzętem AGD i dbamy o Twoje dane.",
            "sells_data",
            None,
            id="trading-in-goods-sells-no-data",
        ),
        pytest.param(
            "Ponieważ część naszej infrastruktury i zespołu wsparcia znajduje się w Singapurze i"
            " w Chinach, Twoje dane mogą być przesyłane poza Europejski Obszar Gospodarczy.",
            "storage_countries",
            ["CN", "SG"],
            id="where-the-infrastructure-stands",
        ),
        pytest.param(
            "Używamy danych o pracy robota, aby w formie zanonimizowanej doskonalić algorytmy"
            " nawigacji.",
            "purposes",
            ["analytics_improvement"],
            id="improving-with-the-verb-doskonalic",
        ),
        pytest.param(
            "Analizujemy dane, aby wykrywać podejrzaną aktywność.",
            "purposes",
            ["security_fraud"],
            id="detecting-suspicious-activity",
        ),
        pytest.param(
            "Używamy danych, aby wykrywać nieautoryzowane logowania.",
            "purposes",
            ["security_fraud"],
            id="unauthorised-sign-ins-open-no-account",
        ),
        pytest.param(
            "Nie wykorzystujemy danych o zdrowiu do kierowania reklam.",
            "third_party_advertising",
            False,
            id="no-ad-targeting-kierowanie-reklam",
        ),
        pytest.param(
            "Wykorzystujemy Twoje dane i pliki cookies do kierowania reklam.",
            "third_party_advertising",
            True,
            id="ad-targeting-kierowanie-reklam",
        ),
        pytest.param(
            "Automatycznie zbieramy wersję Aplikacji oraz informacje o tym, z jakich funkcji"
            " Aplikacji korzystasz.",
            "data_collected",
            ["device_technical", "usage"],
            id="which-features-the-user-uses",
        ),
        pytest.param(
            "Warunkiem używania funkcji podglądu jest podanie adresu e-mail.",
            "data_collected",
            ["contact"],
            id="the-condition-of-using-a-feature-is-no-usage-data",
        ),
        pytest.param(
            "Pracownicy Administratora nie mają dostępu do nagrań, chyba że udostępnisz je w"
            " zgłoszeniu serwisowym.",
            "security",
            ["access_control"],
            id="staff-have-no-access-to-recordings",
        ),
        pytest.param(
            "Nikt z naszych pracowników nie ma dostępu do Twoich nagrań wideo.",
            "security",
            ["access_control"],
            id="no-one-of-the-staff-has-access",
        ),
        pytest.param(
            "Konto w aplikacji może założyć wyłącznie osoba pełnoletnia.",
            "children.min_age",
            18,
            id="only-an-adult-may-open-an-account",
        ),
        pytest.param(
            "Twoje dane osobowe nie będą przekazywane podmiotom trzecim w celach marketingowych ani"
            " sprzedawane.",
            "sells_data",
            False,
            id="passive-sale-denied-after-a-coordinated-share",
        ),
        pytest.param(
            "Dane nie będą przekazywane podmiotom trzecim w celach marketingowych ani sprzedawane.",
            "sells_data",
            False,
            id="passive-sale-of-bare-dane-denied-after-a-coordinated-share",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a bare 'Dane' names no personal data (it is also 'dane kontaktowe firmy',"
                " 'dane statystyczne'): the sentence speaks of no data the company could sell",
            ),
        ),
        pytest.param(
            "Jeżeli sterujesz robotem głosowo, polecenia głosowe odbiera i przetwarza dostawca"
            " asystenta, a my otrzymujemy jedynie wynikające z nich polecenie.",
            "data_collected",
            [],
            id="voice-commands-processed-by-the-assistants-provider",
        ),
        pytest.param(
            "Polecenia głosowe otrzymujemy od dostawcy asystenta.",
            "data_collected",
            ["audio"],
            id="a-party-the-data-comes-from-after-the-verb-is-no-subject",
        ),
        pytest.param(
            "Dane o zdrowiu nigdy nie są wykorzystywane do kierowania reklam.",
            "third_party_advertising",
            False,
            id="passive-denial-of-ad-targeting",
        ),
        pytest.param(
            "Jeśli połączysz konto z aplikacją Google Fit, przekażemy wybrane przez Ciebie dane"
            " do tej usługi.",
            "shared_with",
            ["business_partners"],
            id="data-passed-to-a-connected-app-on-request",
        ),
        pytest.param(
            "Przetwarzamy Twoje dane w celu umożliwienia zdalnego sterowania urządzeniami w Twoim"
            " domu.",
            "purposes",
            ["service"],
            id="remote-control-of-the-device-is-the-service",
        ),
        pytest.param(
            "Dostęp do Twoich danych mają wyłącznie osoby posiadające upoważnienie nadane przez"
            " Administratora.",
            "security",
            ["access_control"],
            id="only-authorised-persons-have-access",
        ),
        pytest.param(
            "Twoje dane są szyfrowane zarówno w trakcie przesyłania, jak i przechowywania.",
            "security",
            ["encryption_at_rest", "encryption_in_transit"],
            id="encrypted-in-transit-and-in-storage-participle",
        ),
        pytest.param(
            "Logi serwera przechowujemy przez 30 dni, a dane przesyłane do aplikacji są"
            " szyfrowane podczas transmisji.",
            "security",
            ["encryption_in_transit"],
            id="encrypted-in-transmission-participle",
        ),
        pytest.param(
            "W niniejszej Polityce określamy zasady zarówno przesyłania, jak i przechowywania"
            " danych osobowych.",
            "security",
            [],
            id="rules-of-storage-encrypt-nothing",
        ),
        pytest.param(
            "Używamy plików cookies w naszym serwisie. Pliki cookies wygasają po 13 miesiącach od"
            " ich zapisania na Twoim urządzeniu.",
            "retention.periods",
            [
                {
                    "days": 390.0,
                    "what": "Pliki cookies wygasają po 13 miesiącach od ich zapisania"
                    " na Twoim urządzeniu.",
                }
            ],
            id="cookie-lifetime-said-with-expire",
        ),
        pytest.param(
            "Umowa o świadczenie usług wygasa po 12 miesiącach, jeśli nie zostanie przedłużona.",
            "retention.periods",
            [],
            id="a-contract-that-expires-keeps-nothing",
        ),
        pytest.param(
            "Aplikacja rejestruje trasy przejazdów rowerem, prędkość i przebyty dystans na"
            " podstawie sygnału GPS.",
            "data_collected",
            ["health_fitness", "location"],
            id="the-app-records-in-the-third-person",
        ),
        pytest.param(
            "Opaska rejestruje tętno i jakość snu przez całą dobę.",
            "data_collected",
            ["health_fitness"],
            id="the-band-records-in-the-third-person",
        ),
        pytest.param(
            "Kamera nagrywa obraz i dźwięk, gdy wykryje ruch w pomieszczeniu, a nagrania trafiają"
            " do chmury.",
            "data_collected",
            ["audio", "photos_videos"],
            id="a-camera-records-picture-and-sound",
        ),
        pytest.param(
            "Podczas rozmowy z gościem aplikacja przesyła obraz na żywo z dzwonka do Twojego"
            " telefonu.",
            "data_collected",
            ["photos_videos"],
            id="a-live-picture-from-the-doorbell",
        ),
        pytest.param(
            "Zbieramy informacje o tym, czy włączony jest dźwięk powiadomień w aplikacji.",
            "data_collected",
            [],
            id="a-notification-sound-is-no-recording",
        ),
        pytest.param(
            "Przetwarzamy dane o Twojej aktywności w celu analizy sposobu korzystania z aplikacji.",
            "purposes",
            ["analytics_improvement"],
            id="analysing-the-way-the-app-is-used",
        ),
        pytest.param(
            "Dane z monitoringu wizyjnego przechowujemy nie dłużej niż 3 miesiące.",
            "retention.periods",
            [
                {
                    "days": 90.0,
                    "what": "Dane z monitoringu wizyjnego przechowujemy nie dłużej niż 3 miesiące.",
                }
            ],
            id="kept-no-longer-than-a-period",
        ),
        pytest.param(
            "Dane z monitoringu wizyjnego przechowujemy nie dłużej niż 3 miesiące.",
            "data_collected",
            ["photos_videos"],
            id="no-longer-than-denies-no-collection",
        ),
        pytest.param(
            "Nie przechowujemy nagrań z kamery dłużej niż 7 dni.",
            "retention.periods",
            [{"days": 7.0, "what": "Nie przechowujemy nagrań z kamery dłużej niż 7 dni."}],
            id="not-kept-longer-than-a-period",
        ),
        pytest.param(
            "Nie przechowujemy nagrań z kamery. Odpowiadamy w ciągu 30 dni.",
            "retention.periods",
            [],
            id="not-kept-without-a-bound-keeps-no-period",
        ),
        pytest.param(
            "Możesz zażądać przeniesienia swoich danych do innego administratora.",
            "rights",
            ["portability"],
            id="transfer-of-your-own-data-to-another-controller",
        ),
        pytest.param(
            "Dane mogą być przetwarzane przez naszych dostawców w Indiach i na Filipinach.",
            "storage_countries",
            ["IN", "PH"],
            id="processed-by-providers-in-named-countries",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'przetwarzane … w <kraj>' names where data is processed, but"
                " 'przetwarzan*' as a storage cue would also read a controller's seat"
                " ('Administratorem danych przetwarzanych w aplikacji jest … z siedzibą w"
                " Shenzhen') as a place of storage; labels/transfers.py must tell 'z siedzibą"
                " w' from a place of processing first",
            ),
        ),
        # Template wording written for round 7 (children's GPS watch, pet tracker, thermostat
        # policies), not in the corpus.
        pytest.param(
            "Konto możesz w każdej chwili usunąć w ustawieniach aplikacji – wtedy kasujemy"
            " również historię tras Twojego pupila.",
            "rights",
            ["account_deletion"],
            id="account-named-before-the-verb-that-deletes-it",
        ),
        pytest.param(
            "Konto możesz w każdej chwili usunąć w ustawieniach aplikacji – wtedy kasujemy"
            " również historię tras Twojego pupila.",
            "retention.deleted_on_account_closure",
            True,
            id="account-named-before-the-verb-deletes-the-data",
        ),
        pytest.param(
            "Przy zakładaniu profilu prosimy też o adres e-mail i imię pupila.",
            "data_collected",
            ["contact"],
            id="asking-for-an-email-address-collects-it",
        ),
        pytest.param(
            "Przy rejestracji poprosimy Cię o numer telefonu.",
            "data_collected",
            ["contact"],
            id="we-will-ask-you-for-a-phone-number",
        ),
        pytest.param(
            "W razie pytań prosimy o kontakt pod adresem e-mail: iod@firma.pl.",
            "data_collected",
            [],
            id="please-contact-us-at-an-address-collects-nothing",
        ),
        pytest.param(
            "Dostęp do danych o położeniu dziecka mają wyłącznie rodzice przypisani do Zegarka oraz"
            " nieliczni pracownicy działu wsparcia, na podstawie imiennego upoważnienia.",
            "security",
            ["access_control"],
            id="staff-access-on-a-named-authorisation",
        ),
        pytest.param(
            "Dane na serwerach są szyfrowane algorytmem AES-256, a połączenia między termostatem"
            " a chmurą chronione są protokołem TLS.",
            "security",
            ["encryption_at_rest", "encryption_in_transit"],
            id="stored-data-encrypted-with-aes",
        ),
        pytest.param(
            "Wykorzystujemy Twój adres e-mail, aby wysyłać informacje o nowych produktach.",
            "purposes",
            ["marketing"],
            id="news-of-new-products-is-marketing",
        ),
        pytest.param(
            "Zgodę możesz wycofać, klikając link w stopce każdej wiadomości.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="unsubscribe-link-at-the-foot-of-each-message",
        ),
        pytest.param(
            "Link do polityki prywatności znajdziesz w stopce strony.",
            "rights",
            [],
            id="a-link-at-the-foot-of-the-page-is-no-opt-out",
        ),
        pytest.param(
            "Za Twoją zgodą wysyłamy porady dotyczące oszczędzania energii oraz informacje o nowych"
            " produktach Termio.",
            "purposes",
            ["marketing"],
            id="we-send-news-of-products-is-marketing",
        ),
        pytest.param(
            "Serwis zapisuje pliki cookies na Twoim urządzeniu w celu zapamiętania Twoich"
            " ustawień.",
            "data_collected",
            ["cookies_tracking"],
            id="the-site-writes-cookies-to-the-device",
        ),
        pytest.param(
            "Umieszczamy pliki cookies na Twoim urządzeniu, aby zapamiętać Twoje ustawienia.",
            "data_collected",
            ["cookies_tracking"],
            id="we-place-cookies-on-the-device",
        ),
        pytest.param(
            "Pliki analityczne zapisujemy wyłącznie po wyrażeniu przez Ciebie zgody w banerze"
            " cookies.",
            "data_collected",
            ["cookies_tracking"],
            id="analytics-cookies-saved-after-consent",
        ),
        pytest.param(
            "Przetwarzamy następujące dane:\n"
            "- lista zaufanych numerów, czyli numery telefonów osób, które rodzic upoważnił do"
            " kontaktu z dzieckiem.\n",
            "data_collected",
            ["contacts"],
            id="phone-numbers-of-people-allowed-to-call",
        ),
        pytest.param(
            "Obroża co kilka minut wysyła do aplikacji pozycję zwierzaka, żebyś mógł go szybko"
            " odnaleźć.",
            "data_collected",
            ["location"],
            id="the-collar-sends-the-pets-position-to-the-app",
        ),
        pytest.param(
            "Opaska przesyła do aplikacji aktualną pozycję GPS dziecka.",
            "data_collected",
            ["location"],
            id="current-gps-position-is-location",
        ),
        pytest.param(
            "O naruszeniu ochrony danych zawiadamiamy Prezesa UODO w ciągu 72 godzin.",
            "rights",
            [],
            id="notifying-the-authority-of-a-breach-is-no-complaint-right",
        ),
        pytest.param(
            "Przysługuje Ci prawo skargi do Prezesa UODO.",
            "rights",
            ["complaint"],
            id="right-of-complaint-to-the-authority",
        ),
        pytest.param(
            "Waga mierzy masę ciała, procentową zawartość tkanki tłuszczowej, masę mięśniową,"
            " masę kostną i zawartość wody w organizmie.",
            "data_collected",
            ["health_fitness"],
            id="a-scale-measures-body-composition",
        ),
        pytest.param(
            "Aplikacja przechowuje wyniki badania słuchu (audiogram) oraz ustawienia aparatu"
            " słuchowego.",
            "data_collected",
            ["health_fitness"],
            id="hearing-test-results-are-health-data",
        ),
        pytest.param(
            "Przetwarzamy komendy głosowe, które wypowiadasz po słowie wybudzającym.",
            "data_collected",
            ["audio"],
            id="voice-commands-are-audio",
        ),
        pytest.param(
            "Asystent nagrywa zapytania głosowe i przesyła je na nasze serwery w celu ich"
            " rozpoznania.",
            "data_collected",
            ["audio"],
            id="voice-queries-recorded-by-the-assistant",
        ),
        pytest.param(
            "Zbieramy historię oglądania programów oraz informacje o aplikacjach uruchamianych na"
            " telewizorze.",
            "data_collected",
            ["usage"],
            id="viewing-history-of-a-smart-tv",
        ),
        pytest.param(
            "Wideorejestrator zapisuje nagrania z jazdy na karcie pamięci, a po wykryciu kolizji"
            " przesyła je do chmury.",
            "data_collected",
            ["photos_videos"],
            id="dashcam-footage-of-the-drive",
        ),
        pytest.param(
            "Dane przekazujemy firmom windykacyjnym w razie braku płatności.",
            "shared_with",
            ["service_providers"],
            id="debt-collection-agencies-are-processors",
        ),
        pytest.param(
            "Odcisk palca jest przechowywany wyłącznie w pamięci zamka i nie jest przesyłany na"
            " nasze serwery.",
            "data_collected",
            [],
            id="a-fingerprint-not-sent-to-our-servers-is-not-collected",
        ),
        pytest.param(
            "| Cel przetwarzania | Podstawa prawna | Okres przechowywania |\n"
            "|---|---|---|\n"
            "| Wysyłka newslettera do rodzica | art. 6 ust. 1 lit. a RODO – zgoda | do wycofania"
            " zgody |\n",
            "purposes",
            ["marketing"],
            id="purpose-in-the-purpose-column-of-a-table",
        ),
        pytest.param(
            "W Aplikacji nie wyświetlamy reklam i nie udostępniamy danych dzieci sieciom"
            " reklamowym.",
            "third_party_advertising",
            False,
            id="no-ads-and-no-sharing-with-ad-networks",
        ),
        pytest.param(
            "Dane nie są sprzedawane ani wykorzystywane do celów reklamowych.",
            "sells_data",
            False,
            id="bare-dane-not-sold-passive",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a passive denial needs a personal-data cue before the verb"
                " (_data_not_sold); in Polish policies a bare 'Dane' opening a sentence is the"
                " personal data the policy is about, but a bare 'dane' as a cue would be far"
                " too broad elsewhere: labels/practices.py should accept a sentence-initial"
                " 'Dane' as the subject of a denied sale",
            ),
        ),
        pytest.param(
            "Numer telefonu rodzica może zostać przekazany do Stanów Zjednoczonych w związku z"
            " korzystaniem z usług dostawcy SMS.",
            "storage_countries",
            ["US"],
            id="transferred-to-a-named-country",
        ),
        pytest.param(
            "4. Komu przekazujemy dane\nJeśli połączysz termostat z Amazon Alexa lub Asystentem"
            " Google, przekażemy tym usługom aktualną temperaturę i tryb pracy urządzenia; dalej"
            " dane te przetwarzane są zgodnie z polityką prywatności danej firmy.",
            "named_recipients",
            ["Amazon Alexa", "Asystent Google"],
            id="voice-assistants-named-as-recipients",
        ),
        pytest.param(
            "4. Komu przekazujemy dane\nJeśli połączysz termostat z Amazon Alexa lub Asystentem"
            " Google, przekażemy tym usługom aktualną temperaturę i tryb pracy urządzenia; dalej"
            " dane te przetwarzane są zgodnie z polityką prywatności danej firmy.",
            "shared_with",
            ["business_partners"],
            id="services-the-user-connects-process-for-their-own-purposes",
        ),
        pytest.param(
            "Twoje dane możemy powierzyć podmiotom, które świadczą dla nas usługi hostingowe i"
            " informatyczne.",
            "shared_with",
            ["service_providers"],
            id="entities-that-render-hosting-services-for-us",
        ),
        pytest.param(
            "Masz prawo zażądać, abyśmy usunęli Twoje dane.",
            "rights",
            ["deletion"],
            id="request-that-we-delete-your-data",
        ),
        pytest.param(
            "Dron zapisuje trasę lotu, wysokość i prędkość oraz zdjęcia i filmy wykonane kamerą"
            " pokładową.",
            "data_collected",
            ["location", "photos_videos"],
            id="a-drone-saves-its-flight-route-and-footage",
        ),
        pytest.param(
            "Twoje dane mogą trafić do naszych podwykonawców, np. firm kurierskich.",
            "shared_with",
            ["service_providers"],
            id="data-may-reach-our-subcontractors",
        ),
        pytest.param(
            "Dane nigdy nie trafiają do reklamodawców.",
            "shared_with",
            [],
            id="data-never-reaches-advertisers",
        ),
        pytest.param(
            "Polityka prywatności aplikacji Termio Home. Data publikacji: 12.03.2025 r.",
            "last_updated",
            "2025-03-12",
            id="date-of-publication",
        ),
        pytest.param(
            "Polityka została ostatnio zmieniona 3 stycznia 2025 roku.",
            "last_updated",
            "2025-01-03",
            id="policy-last-changed-on",
        ),
        pytest.param(
            "Stan prawny na 1 czerwca 2025 r.",
            "last_updated",
            "2025-06-01",
            id="state-of-the-law-as-of",
        ),
        pytest.param(
            "Regularnie testujemy i oceniamy skuteczność stosowanych zabezpieczeń.",
            "security",
            ["security_audits"],
            id="we-regularly-test-and-assess-our-safeguards",
        ),
        pytest.param(
            "Oceniamy skuteczność naszych kampanii reklamowych.",
            "security",
            [],
            id="assessing-a-campaign-is-no-security-audit",
        ),
        pytest.param(
            "Nagrania z kamery przechowujemy w chmurze przez 7, 14 lub 30 dni, w zależności od"
            " wybranego planu subskrypcji.",
            "retention.periods",
            [
                {
                    "days": 7.0,
                    "what": "Nagrania z kamery przechowujemy w chmurze przez 7, 14 lub 30 dni,"
                    " w zależności…",
                },
                {
                    "days": 14.0,
                    "what": "Nagrania z kamery przechowujemy w chmurze przez 7, 14 lub 30 dni,"
                    " w zależności…",
                },
                {
                    "days": 30.0,
                    "what": "Nagrania z kamery przechowujemy w chmurze przez 7, 14 lub 30 dni,"
                    " w zależności…",
                },
            ],
            id="several-periods-sharing-one-unit",
        ),
        pytest.param(
            "Masz prawo do uzyskania od nas potwierdzenia, czy przetwarzamy Twoje dane.",
            "rights",
            ["access"],
            id="confirmation-whether-we-process-your-data",
        ),
        pytest.param(
            "Nie wyświetlamy reklam opartych na Twoich zainteresowaniach.",
            "third_party_advertising",
            False,
            id="no-ads-based-on-your-interests",
        ),
        pytest.param(
            "Zbieramy dane o lokali-\nzacji Twojego telefonu, aby obniżyć temperaturę, gdy"
            " wychodzisz z domu.",
            "data_collected",
            ["location"],
            id="pdf-word-hyphenated-across-a-line-break",
        ),
        pytest.param(
            "Przetwarzamy Twój numer klienta, numer umowy oraz historię zgłoszeń serwisowych.",
            "data_collected",
            ["identifiers", "user_content"],
            id="history-of-service-requests",
        ),
        pytest.param(
            "Telewizor zbiera informacje o oglądanych kanałach i czasie oglądania.",
            "data_collected",
            ["usage"],
            id="channels-watched-and-viewing-time",
        ),
        pytest.param(
            "Przetwarzamy dane o Twoim samochodzie: numer VIN, numer rejestracyjny oraz przebieg.",
            "data_collected",
            ["identifiers"],
            id="a-cars-vin-and-registration-number",
        ),
        pytest.param(
            "Informacje te służą nam tylko do tego, żeby lokalizator działał tak, jak powinien.",
            "purposes",
            ["service"],
            id="information-serves-us-to-make-the-tracker-work",
        ),
        pytest.param(
            "Przetwarzamy dane, aby aplikacja działała poprawnie.",
            "purposes",
            ["service"],
            id="so-that-the-app-works-properly",
        ),
        pytest.param(
            "Ustawienia przeglądarki służą do zarządzania plikami cookies.",
            "data_collected",
            [],
            id="browser-settings-serve-to-manage-cookies",
        ),
        pytest.param(
            "Dane o śnie możesz wyeksportować do pliku CSV.",
            "rights",
            ["portability"],
            id="sleep-data-exported-to-a-csv-file",
        ),
        pytest.param(
            "Możesz pobrać kopię swoich danych w formacie JSON w ustawieniach konta.",
            "rights",
            ["access", "portability"],
            id="a-copy-in-a-machine-readable-format",
        ),
        pytest.param(
            "Dane audiologiczne udostępniamy Twojemu protetykowi słuchu wyłącznie za Twoją zgodą.",
            "data_collected",
            ["health_fitness"],
            id="audiological-data-is-health-data",
        ),
        # Template wording written for round 8 (real-form policies), not in the corpus.
        pytest.param(
            "Masz prawo żądać dostępu do danych, ich sprostowania, usunięcia lub ograniczenia"
            " przetwarzania.",
            "rights",
            ["access", "correction", "deletion", "restriction"],
            id="the-right-to-demand-access",
        ),
        pytest.param(
            "Organy ścigania mogą żądać dostępu do danych na podstawie przepisów prawa.",
            "rights",
            [],
            id="an-authority-demanding-access-is-no-right",
        ),
        pytest.param(
            "Możesz w każdej chwili zajrzeć do swoich danych albo zażądać ich skasowania.",
            "rights",
            ["access", "deletion"],
            id="look-into-your-data-and-demand-its-erasure",
        ),
        pytest.param(
            "Możesz też nie zgodzić się na przetwarzanie ich w celach marketingowych – wystarczy"
            " wyłączyć zgodę w ustawieniach.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="switch-off-the-consent-in-the-settings",
        ),
        pytest.param(
            "W trakcie przejazdu hulajnoga wysyła nam swoją pozycję GPS, prędkość i poziom"
            " baterii.",
            "data_collected",
            ["location"],
            id="the-scooter-sends-us-its-gps-position",
        ),
        pytest.param(
            "Zapisujemy historię płatności i wypożyczeń.",
            "data_collected",
            ["purchases"],
            id="the-payment-history",
        ),
        pytest.param(
            "Jeżeli włączysz funkcję kontroli rodzicielskiej, przetwarzamy listę domen"
            " odwiedzanych z urządzeń przypisanych do profilu dziecka.",
            "data_collected",
            ["usage"],
            id="the-domains-visited-under-parental-control",
        ),
        pytest.param(
            "Nie rejestrujemy adresów stron ani domen odwiedzanych przez domowników.",
            "data_collected",
            [],
            id="no-domains-visited-are-recorded",
        ),
        pytest.param(
            "Po co nam Twoje dane?\n"
            "- żeby obsłużyć wypożyczenie i naliczyć opłatę za przejazd,\n"
            "- żeby wykrywać nadużycia, np. korzystanie z cudzej karty,\n"
            "- żeby wysyłać Ci kody rabatowe – tylko jeśli się na to zgodzisz.",
            "purposes",
            ["marketing", "security_fraud", "service"],
            id="what-do-we-need-your-data-for",
        ),
        pytest.param(
            "Nie potrzebujemy Twojego adresu zamieszkania.",
            "data_collected",
            [],
            id="we-do-not-need-your-home-address",
        ),
        pytest.param(
            "Klauzula aktualna na dzień 03.03.2026 r.",
            "last_updated",
            "2026-03-03",
            id="clause-current-as-of",
        ),
        pytest.param(
            "Pliki cookie analityczne wygasają po 13 miesiącach.",
            "retention.periods",
            [
                {
                    "days": 390.0,
                    "what": "Pliki cookie analityczne wygasają po 13 miesiącach.",
                }
            ],
            id="analytics-cookies-expire-after-13-months",
        ),
        pytest.param(
            "Gdy usuniesz konto, skasujemy Twoje dane w ciągu 14 dni, chyba że masz nieopłacone"
            " przejazdy.",
            "retention.deleted_on_account_closure",
            True,
            id="when-you-delete-your-account-we-erase-your-data",
        ),
        pytest.param(
            "Nie wykorzystujemy danych o Twoich przejazdach do wyświetlania reklam innych firm.",
            "third_party_advertising",
            False,
            id="no-ads-of-other-companies",
        ),
        pytest.param(
            "Nie sprzedajemy danych osobowych i nie udostępniamy ich reklamodawcom.",
            "third_party_advertising",
            False,
            id="not-shared-with-advertisers-rules-out-third-party-ads",
        ),
        pytest.param(
            "Dane będą przechowywane przez okres posiadania konta w aplikacji, a po jego"
            " usunięciu – przez okres przedawnienia ewentualnych roszczeń, nie dłużej niż 6 lat.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-for-the-life-of-the-account",
        ),
        pytest.param(
            "Dane przechowujemy przez czas istnienia konta.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-while-the-account-exists",
        ),
        pytest.param(
            "W razie zgody dzienniki systemowe mogą zostać przesłane do jego laboratorium na"
            " Tajwanie na podstawie standardowych klauzul umownych.",
            "international_transfer",
            True,
            id="logs-may-be-sent-to-a-lab-in-taiwan",
        ),
        pytest.param(
            "Zamówienie zostanie wysłane do klienta kurierem.",
            "shared_with",
            [],
            id="an-order-sent-to-the-customer-is-goods",
        ),
        pytest.param(
            "Po co nam Twoje dane?\n"
            "- żeby pomóc Ci, gdy coś pójdzie nie tak (zgłoszenia przez czat w aplikacji),\n"
            "- żeby wykrywać nadużycia.",
            "purposes",
            ["security_fraud", "support"],
            id="to-help-you-when-something-goes-wrong",
        ),
        pytest.param(
            "Dane z dzienników wykorzystujemy do rozwiązywania problemów technicznych.",
            "purposes",
            ["support"],
            id="to-solve-technical-problems",
        ),
        pytest.param(
            "Nie wykorzystujemy nagrań do rozwiązywania problemów.",
            "purposes",
            [],
            id="recordings-not-used-to-solve-problems",
        ),
        pytest.param(
            "Odbiorcą Pani/Pana danych osobowych będą wyłącznie podmioty uprawnione do uzyskania"
            " danych osobowych na podstawie przepisów prawa.",
            "shared_with",
            ["authorities"],
            id="the-recipient-of-your-data-will-be",
        ),
        pytest.param(
            "W przypadku sprzedaży lub połączenia spółki dane mogą zostać przekazane nabywcy.",
            "shared_with",
            ["business_transfer"],
            id="sale-or-merger-of-the-company",
        ),
        pytest.param(
            "Czy sprzedajemy Twoje dane?\nNie. Nigdy nie sprzedajemy danych osobowych.",
            "sells_data",
            False,
            id="faq-heading-do-we-sell-your-data",
        ),
        pytest.param(
            "Czy przekazujemy dane poza EOG?\nNie. Wszystkie dane przechowujemy na serwerach w"
            " Polsce i nie przekazujemy ich poza Europejski Obszar Gospodarczy.",
            "international_transfer",
            False,
            id="faq-heading-do-we-transfer-outside-the-eea",
        ),
        pytest.param(
            "Nagrania z kamery są automatycznie nadpisywane po 30 dniach.",
            "retention.periods",
            [
                {
                    "days": 30.0,
                    "what": "Nagrania z kamery są automatycznie nadpisywane po 30 dniach.",
                }
            ],
            id="recordings-overwritten-after-30-days",
        ),
        pytest.param(
            "Dane zostaną usunięte niezwłocznie po ustaniu celu przetwarzania.",
            "retention.until_no_longer_needed",
            True,
            id="deleted-once-the-purpose-ends",
        ),
        pytest.param(
            "Dane o jeździe udostępniamy ubezpieczycielowi wyłącznie, jeśli wyrazisz na to zgodę.",
            "shared_with",
            ["business_partners"],
            id="driving-data-to-an-insurer-with-consent",
        ),
        pytest.param(
            "Dane przekazujemy autoryzowanym dealerom i dystrybutorom naszych produktów.",
            "shared_with",
            ["business_partners"],
            id="authorised-dealers-and-distributors",
        ),
        pytest.param(
            "Nie przekazujemy danych o stylu jazdy ubezpieczycielom.",
            "shared_with",
            [],
            id="no-driving-style-to-insurers",
        ),
        pytest.param(
            "Zbieramy dane o zużyciu energii i harmonogramach podlewania.",
            "data_collected",
            ["usage"],
            id="energy-consumption-and-watering-schedules",
        ),
        pytest.param(
            "Okulary mogą rejestrować dane biometryczne, takie jak geometria twarzy czy ruch gałek"
            " ocznych.",
            "data_collected",
            ["sensitive"],
            id="glasses-may-record-biometric-data",
        ),
        pytest.param(
            "Okulary nie będą rejestrować obrazu ani dźwięku, gdy dioda jest wyłączona.",
            "data_collected",
            [],
            id="glasses-will-not-record-when-the-led-is-off",
        ),
        pytest.param(
            "Dane przetwarzane będą w celu prowadzenia postępowań reklamacyjnych oraz obsługi"
            " gwarancji.",
            "purposes",
            ["support"],
            id="complaint-procedures-and-warranty",
        ),
        pytest.param(
            "Dane przetwarzane będą w celu dochodzenia ewentualnych roszczeń oraz przechowywania"
            " dokumentacji księgowej.",
            "purposes",
            ["legal_compliance"],
            id="possible-claims-and-accounting-records",
        ),
        pytest.param(
            "Do weryfikacji wieku przetwarzamy zdjęcie prawa jazdy lub dowodu osobistego, które"
            " przesyłasz w aplikacji.",
            "data_collected",
            ["identifiers", "photos_videos"],
            id="a-photo-of-a-driving-licence-or-id-card",
        ),
        pytest.param(
            "Nie musisz posiadać prawa jazdy, aby korzystać z hulajnogi.",
            "data_collected",
            [],
            id="no-driving-licence-needed",
        ),
        pytest.param(
            "Konto usuniesz w każdej chwili w ustawieniach aplikacji, a wraz z nim wszystkie"
            " pomiary.",
            "rights",
            ["account_deletion"],
            id="you-will-delete-the-account-in-the-settings",
        ),
        pytest.param(
            "Gdy usuniesz konto, skasujemy Twoje dane w ciągu 14 dni, chyba że masz nieopłacone"
            " przejazdy.",
            "rights",
            ["account_deletion"],
            id="when-you-delete-your-account-a-right",
        ),
        # Template wording written for round 9 (a translated, a PDF-extracted and a pre-RODO
        # policy: solar inverter, pool robot, garage-door opener), not in the corpus.
        pytest.param(
            "Kiedy zgłaszasz usterkę, zbieramy Twoje imię i nazwisko, zdjęcia usterki oraz treść"
            " zgłoszenia, w celu świadczenia obsługi posprzedażnej.",
            "purposes",
            ["support"],
            id="after-sales-service-in-its-second-adjective",
        ),
        pytest.param(
            "Nie odsprzedajemy danych osobowych ani nie przekazujemy ich podmiotom trzecim w celach"
            " marketingowych.",
            "third_party_advertising",
            False,
            id="not-given-to-third-parties-for-marketing",
        ),
        pytest.param(
            "Nie udostępniamy danych osobowych podmiotom trzecim do celów marketingowych.",
            "third_party_advertising",
            False,
            id="not-shared-with-third-parties-for-marketing-purposes",
        ),
        pytest.param(
            "Możemy przekazywać Twoje dane podmiotom trzecim w celach marketingowych, jeśli wyrazisz"
            " zgodę.",
            "shared_with",
            ["advertisers"],
            id="third-parties-given-data-for-marketing-are-advertisers",
        ),
        pytest.param(
            "Po anulowaniu konta usuniemy Twoje informacje osobiste lub poddamy je anonimizacji.",
            "retention.deleted_on_account_closure",
            True,
            id="deleted-after-the-account-is-cancelled",
        ),
        pytest.param(
            "Możesz anulować konto w „Ja – Ustawienia – Anuluj konto”.",
            "rights",
            ["account_deletion"],
            id="you-may-cancel-the-account",
        ),
        pytest.param(
            "Użytkownik ma prawo wglądu do treści swoich danych oraz ich poprawiania.",
            "rights",
            ["access", "correction"],
            id="the-1997-acts-right-to-inspect-and-correct",
        ),
        pytest.param(
            "Masz prawo dostępu do swoich informacji osobistych.",
            "rights",
            ["access"],
            id="access-to-personal-information",
        ),
        pytest.param(
            "Masz prawo do poprawienia informacji osobistych, które są nieprawidłowe lub"
            " niekompletne.",
            "rights",
            ["correction"],
            id="correcting-personal-information",
        ),
        pytest.param(
            "Zgłoś nam błąd, abyśmy mogli poprawić informacje na stronie.",
            "rights",
            [],
            id="the-company-correcting-its-page-is-no-right",
        ),
        pytest.param(
            "Administrator zabezpiecza dane przed ich udostępnieniem osobom nieupoważnionym.",
            "security",
            ["access_control"],
            id="secured-against-unauthorised-persons",
        ),
        pytest.param(
            "Serwis używa plików cookies w celu dostosowania serwisu do potrzeb Użytkowników.",
            "purposes",
            ["personalization"],
            id="cookies-adapt-the-site-to-the-users-needs",
        ),
        pytest.param(
            "Polityka prywatności aplikacji\n\nData aktualizacji: 15 marca 2024 r.\n\n"
            "Zbieramy Twój adres e-mail.\n",
            "last_updated",
            "2024-03-15",
            id="the-date-of-update-label",
        ),
        pytest.param(
            "Nie sprzedajemy żadnych informacji osobistych użytkowników.",
            "sells_data",
            False,
            id="personal-information-is-not-sold",
        ),
        pytest.param(
            "Serwis korzysta z narzędzia Google Analytics.",
            "named_recipients",
            ["Google Analytics"],
            id="the-site-uses-a-named-analytics-tool",
        ),
        pytest.param(
            "Aplikacja wykorzystuje zestaw SDK Firebase Crashlytics do zbierania raportów o"
            " awariach.",
            "named_recipients",
            ["Firebase Crashlytics"],
            id="the-app-uses-a-named-sdk",
        ),
        # Template wording written for round 10 (smoke alarm, children's learning robot,
        # bilingual wallbox policy), not in the corpus.
        pytest.param(
            "Dane wykorzystujemy, aby wysyłać powiadomienia o alarmie na Twój telefon, prowadzić"
            " Twoje konto i rozpatrywać zgłoszenia serwisowe.",
            "purposes",
            ["account", "support"],
            id="handling-service-requests-is-support",
        ),
        pytest.param(
            "Rodzic może w każdej chwili przejrzeć dane dziecka, poprawić je, pobrać w formacie"
            " CSV lub zażądać ich trwałego usunięcia.",
            "rights",
            ["access", "deletion", "portability"],
            id="a-parent-may-review-and-have-the-childs-data-erased",
        ),
        pytest.param(
            "Jeśli rozliczasz ładowanie samochodu służbowego, przetwarzamy także nazwę pracodawcy"
            " i numer rejestracyjny pojazdu.",
            "data_collected",
            ["identifiers", "personal_details"],
            id="the-employers-name-is-a-personal-detail",
        ),
        pytest.param(
            "Za Twoją zgodą wysyłamy informacje o nowych taryfach i promocjach.",
            "purposes",
            ["marketing"],
            id="we-send-news-of-tariffs-and-promotions",
        ),
        pytest.param(
            "Zgodę na marketing możesz cofnąć w dowolnym momencie.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="the-marketing-consent-can-be-withdrawn",
        ),
        pytest.param(
            "Masz prawo wycofać zgodę na otrzymywanie informacji marketingowych.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="withdrawing-the-consent-to-marketing-information",
        ),
        pytest.param(
            "Przetwarzamy identyfikator ładowarki, historię sesji ładowania oraz dane karty RFID.",
            "data_collected",
            ["identifiers"],
            id="an-rfid-cards-data-is-no-payment-card",
        ),
        pytest.param(
            "Dane profilu dziecka przechowujemy, dopóki rodzic nie usunie profilu.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-the-parent-deletes-the-profile",
        ),
        pytest.param(
            "Dane przechowujemy, dopóki nie usuniesz konta.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-you-delete-the-account",
        ),
        pytest.param(
            "Dane przechowujemy do czasu, aż usuniesz konto.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-the-time-you-delete-the-account",
        ),
        pytest.param(
            "Jeśli nie usuniesz konta, dane przechowujemy przez 2 lata.",
            "retention.deleted_on_account_closure",
            None,
            id="kept-two-years-if-the-account-is-not-deleted-deletes-nothing",
        ),
        pytest.param(
            "Przechowujemy dane, dopóki są potrzebne do realizacji celów.",
            "retention.until_no_longer_needed",
            True,
            id="kept-as-long-as-needed-for-the-purposes",
        ),
        pytest.param(
            "Jeżeli kiedyś zdecydujemy się wyświetlać reklamy w aplikacji, wcześniej poprosimy Cię"
            " o zgodę.",
            "third_party_advertising",
            None,
            id="advertising-we-might-introduce-one-day",
        ),
        pytest.param(
            "Szczególne kategorie danych – dane ujawniające pochodzenie rasowe, poglądy"
            " polityczne, przekonania religijne, dane genetyczne, biometryczne oraz dane"
            " dotyczące zdrowia.",
            "data_collected",
            [],
            id="a-glossary-entry-after-a-dash-defines-a-term",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a glossary line 'Term – definition' (a dash, no verb) defines what the"
                " term means and collects nothing; labels/structure.py must read a short noun"
                " phrase before ' – ' in a 'Słowniczek'/'Definicje' section as a definition",
            ),
        ),
        pytest.param(
            "Nigdy nie sprzedajemy danych dzieci ani rodziców.",
            "sells_data",
            False,
            id="we-never-sell-childrens-or-parents-data",
        ),
        pytest.param(
            "RODO przyznaje każdej osobie prawo sprzeciwu wobec profilowania. Ponieważ nie"
            " profilujemy użytkowników, to prawo nie ma w praktyce zastosowania.",
            "rights",
            [],
            id="the-law-grants-a-right-that-does-not-apply-here",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the law explained ('RODO przyznaje każdej osobie') and declared"
                " inapplicable in the next sentence ('nie ma w praktyce zastosowania') offers"
                " no right; needs code that reads the second sentence back onto the right",
            ),
        ),
        pytest.param(
            "Jeśli płacisz za przedłużoną gwarancję przez PayU, podajesz dane bezpośrednio"
            " operatorowi płatności, który jest odrębnym administratorem.",
            "named_recipients",
            [],
            id="the-user-gives-data-directly-to-the-payment-operator",
        ),
        pytest.param(
            "Dane konta przechowujemy do czasu jego usunięcia.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-its-deletion-the-account-referred-back",
        ),
        pytest.param(
            "Plik cookie przechowujemy na urządzeniu do czasu jego usunięcia.",
            "retention.deleted_on_account_closure",
            None,
            id="kept-until-its-deletion-no-account-named",
        ),
        pytest.param(
            "Dane są szyfrowane w trakcie przesyłania i w bazie danych.",
            "security",
            ["encryption_at_rest", "encryption_in_transit"],
            id="encrypted-in-transit-and-in-the-database",
        ),
        pytest.param(
            "Dane są szyfrowane w trakcie przesyłania i przechowywane na serwerach w Polsce.",
            "security",
            ["encryption_in_transit"],
            id="encryption-in-transit-not-carried-to-a-second-verb",
        ),
        pytest.param(
            "Dane przechowujemy na serwerze i w bazie danych.",
            "security",
            [],
            id="a-database-alone-encrypts-nothing",
        ),
        pytest.param(
            "Dane przechowuje w naszym imieniu dostawca chmury, firma OVHcloud, w centrach"
            " danych we Francji.",
            "shared_with",
            ["service_providers"],
            id="a-cloud-provider-stores-data-on-our-behalf",
        ),
        pytest.param(
            "Masz prawo dostępu, sprostowania, usunięcia i przeniesienia.",
            "rights",
            ["access", "correction", "deletion", "portability"],
            id="you-have-the-right-of-access-rectification-erasure-and-portability",
        ),
        pytest.param(
            "Masz prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia"
            " przetwarzania i przeniesienia, a także prawo sprzeciwu.",
            "rights",
            ["access", "correction", "deletion", "objection", "portability", "restriction"],
            id="the-rights-listed-after-the-data-named-once",
        ),
        pytest.param(
            "Wyniki ćwiczeń wykorzystujemy do dostosowania poziomu trudności.",
            "purposes",
            ["personalization"],
            id="adapting-the-difficulty-level-is-personalization",
        ),
        # Template wording written for round 11 (a PDF-extracted coffee-machine policy, a
        # table-heavy heat-pump policy, a layered smart-mattress policy), not in the corpus.
        pytest.param(
            "Zgodę na newsletter możesz cofnąć w każdej chwili.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="the-newsletter-consent-can-be-withdrawn",
        ),
        pytest.param(
            "Możesz zażądać kopii swoich danych w formacie JSON, ich poprawienia lub usunięcia.",
            "rights",
            ["access", "correction", "deletion", "portability"],
            id="a-copy-then-its-correction-or-erasure",
        ),
        pytest.param(
            "Zendesk może przetwarzać dane w Stanach Zjednoczonych; stosujemy standardowe"
            " klauzule umowne zatwierdzone przez Komisję Europejską.",
            "storage_countries",
            ["US"],
            id="a-processor-may-process-data-in-the-united-states",
        ),
        pytest.param(
            "Przetwarzamy dane w celu realizacji umowy.",
            "storage_countries",
            [],
            id="processing-for-a-purpose-names-no-country",
        ),
        pytest.param(
            "4.1 Dane powierzamy dostawcy usług chmurowych Microsoft Azure (centrum danych w Holan-\n"
            "dii) oraz firmie kurierskiej.",
            "storage_countries",
            ["NL"],
            id="pdf-a-country-hyphenated-across-the-line-break",
        ),
        pytest.param(
            "Czy sprzedajemy Twoje dane?\nNie.\n\nCzy materac nagrywa dźwięk?\nNie.",
            "sells_data",
            False,
            id="faq-a-question-answered-no-on-the-next-line",
        ),
        pytest.param(
            "Czy sprzedajemy dane\tNie\nCzy profilujemy w celach reklamowych\tNie\n",
            "sells_data",
            False,
            id="table-a-question-cell-answered-no",
        ),
        pytest.param(
            "| Kategoria danych | Cel | Podstawa prawna | Okres przechowywania |\n"
            "|---|---|---|---|\n"
            "| Imię, nazwisko, e-mail | Zarządzanie kontem | art. 6 ust. 1 lit. b RODO"
            " | do usunięcia konta |\n",
            "retention.deleted_on_account_closure",
            True,
            id="table-kept-until-the-account-is-deleted-cell",
        ),
        pytest.param(
            "Dane konta przechowujemy do usunięcia konta.",
            "retention.deleted_on_account_closure",
            True,
            id="kept-until-the-account-is-deleted-short-form",
        ),
        pytest.param(
            "Komu przekazujemy dane\n\nOdbiorca\nKraj\nZabezpieczenie\n"
            "Amazon Web Services EMEA SARL\nNiemcy\n—\n"
            "Twilio Inc. (powiadomienia SMS)\nUSA\nData Privacy Framework\n",
            "storage_countries",
            ["DE", "US"],
            id="table-recipients-one-cell-per-line",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a flattened recipients table (recipient / country / safeguard, one cell a line)"
                " names the countries under the header 'Kraj'; labels/transfers.py must read them",
            ),
        ),
        pytest.param(
            "Prawa użytkownika\nPrawo\tJak skorzystać\n"
            "Dostęp do danych\tUstawienia > Prywatność > Pobierz dane\n"
            "Skarga\tPrezes UODO, ul. Stawki 2, Warszawa\n",
            "rights",
            ["access", "complaint"],
            id="table-rights-named-in-cells",
        ),
        pytest.param(
            "Pliki cookie\n\nNazwa\tDostawca\tCel\tCzas życia\n"
            "_ga\tGoogle Analytics\tstatystyki\t13 miesięcy\n",
            "named_recipients",
            ["Google Analytics"],
            id="cookie-table-names-the-provider-in-a-cell",
        ),
        # Template wording written for round 12 (an RODO information clause, a cookie policy of a
        # shop, an app's terms with a privacy paragraph), not in the corpus.
        pytest.param(
            "Niniejsza Polityka cookies dotyczy sklepu internetowego prowadzonego przez Gniazdko24"
            " S.A. z siedzibą w Gdańsku, w którym sprzedajemy inteligentne gniazdka Wi-Fi.",
            "sells_data",
            None,
            id="shop-sells-smart-devices-not-data",
        ),
        pytest.param(
            "Zgodę na cookies marketingowe można wycofać w dowolnym momencie w panelu"
            " „Ustawienia prywatności” u dołu strony.",
            "rights",
            ["opt_out_marketing", "withdraw_consent"],
            id="consent-to-marketing-cookies-can-be-withdrawn",
        ),
        pytest.param(
            "Użytkownikowi przysługuje prawo dostępu do danych, ich poprawiania, żądania usunięcia"
            " oraz prawo wniesienia skargi do organu nadzorczego.",
            "rights",
            ["access", "complaint", "correction", "deletion"],
            id="rights-access-then-their-correction",
        ),
        pytest.param(
            "Komunikacja między Aplikacją a serwerem jest szyfrowana.",
            "security",
            ["encryption_in_transit"],
            id="communication-with-the-server-is-encrypted",
        ),
        pytest.param(
            "Użytkownikowi przysługuje prawo dostępu do danych, ich poprawiania, żądania usunięcia"
            " oraz przeniesienia, a także prawo wniesienia skargi do organu nadzorczego.",
            "rights",
            ["access", "complaint", "correction", "deletion", "portability"],
            id="rights-in-a-comma-list-with-one-object",
        ),
        pytest.param(
            "Sklep prowadzi Gniazdko24 S.A. (dalej: „Sprzedawca”). Sprzedawca nie sprzedaje danych"
            " zebranych za pomocą plików cookies.",
            "sells_data",
            False,
            id="the-company-named-by-its-defined-term-does-not-sell",
        ),
        pytest.param(
            "Sklep prowadzi Gniazdko24 S.A. (dalej: „Sprzedawca”). Ze strony Sprzedawcy nie"
            " dochodzi do sprzedaży danych osobowych.",
            "sells_data",
            False,
            id="the-company-named-by-its-defined-term-in-the-genitive-does-not-sell",
        ),
        pytest.param(
            "Sklep prowadzi Gniazdko24 S.A.\n\nZe strony Sprzedawcy nie dochodzi do sprzedaży"
            " danych osobowych.",
            "sells_data",
            None,
            id="a-seller-never-defined-as-the-company-speaks-for-no-one",
        ),
        pytest.param(
            "Usługodawca nie udostępnia danych Użytkowników podmiotom trzecim w celach"
            " marketingowych ani reklamowych.",
            "third_party_advertising",
            False,
            id="no-sharing-for-third-party-marketing-or-advertising",
        ),
        pytest.param(
            "Pliki cookies wykorzystujemy w celu utrzymania sesji Użytkownika po zalogowaniu oraz"
            " zapamiętania zawartości koszyka.",
            "purposes",
            ["service"],
            id="cookies-keep-the-session-and-the-basket",
        ),
    ],
)
def test_typical_phrasings(text: str, path: str, expected: object) -> None:
    assert field(facts_of(text), path) == expected


def test_a_summary_row_okres_przechowywania_keeps_data_while_needed() -> None:
    text = "Cel: Świadczenie usługi.\nOkres przechowywania: tak długo, jak jest to niezbędne.\n"
    assert facts_of(text)["retention"]["until_no_longer_needed"] is True


def test_a_table_cell_opened_by_czy_asks_and_the_next_cell_answers() -> None:
    facts = facts_of("Czy wyświetlamy reklamy innych firm\tNie\n")
    assert facts["third_party_advertising"] is not True


def test_a_sentence_opened_by_czy_outside_a_table_still_states() -> None:
    text = "Czy to w aplikacji, czy na stronie, zbieramy Twój adres e-mail."
    assert facts_of(text)["data_collected"] == ["contact"]


def test_no_data_passed_to_the_service_the_user_connects() -> None:
    # guard: a denied passing gives the connected service nothing
    text = "Jeśli połączysz konto z aplikacją Google Fit, nie przekażemy jej żadnych danych."
    assert facts_of(text)["shared_with"] == []


def test_the_perfective_future_przekazemy_passes_data_on() -> None:
    text = "Przekażemy Twoje dane firmom kurierskim."
    assert facts_of(text)["shared_with"] == ["service_providers"]
