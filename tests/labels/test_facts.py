"""Facts of a policy: each behaviour pinned on real sentences from the corpus."""

from __future__ import annotations

import pytest

from labels import read_text
from labels.facts import extract

SHARE_EXCEPT_LIST = (
    "We will not share your personal information with any company, organization or individual"
    " other than iSmartHomeQ, except in the following cases:\n"
    "- Our affiliates, to provide the service.\n"
    "- Law enforcement agencies, when the law requires it.\n"
)
COLLECTED_UNDER_LEAD_IN = (
    "Categories of Personal Information Collected: In the preceding 12 months, we have collected"
    " the following CCPA-defined categories of personal information:\n\n"
    "- Identifiers such as a real name, alias, postal address, unique personal identifier,"
    " online identifier, Internet Protocol address, email address, and account name;\n"
)
ANONYMISED_TO_ADVERTISERS = (
    "- Vi kan dela anonymiserad information och statistik i samlad form med tredje part i"
    " affärssyfte, till exempel med annonsörer på vår webbplats, eller så kan vi berätta för"
    " våra affärspartners hur många kunder i vissa demografiska grupper som köpt vissa"
    " produkter eller som utfört vissa transaktioner.\n"
)
RESPONSE_TIME = (
    "In order to be safe, we may require you to provide a written request or otherwise prove"
    " your identity, and we will respond to your request within 30 days of receiving your"
    " feedback and verifying your identity.\n"
)
FLATTENED_COOKIE_TABLE = (
    "Oto szczegóły dotyczące analitycznych plików cookies:\n\nAnalityczne pliki cookies\n\n"
    " Nazwa\n\n Domena\n\n Cel\n\n Okres ważności\n\n Google Analytics (ga and_gid)\n\n"
    " .Imoulife.com\n\n Zachowanie związane z klikaniem, czas spędzony w witrynie"
    " internetowej, cechy odróżniające odwiedzającego\n\n 2 lata\n"
)
BRAND_DOES_NOT_SELL = (
    "Chcemy, aby użytkownik zrozumiał, jakie rodzaje informacji zbieramy i co może się z nimi"
    " stać, jeśli zainstaluje aplikację Pocket, odwiedzi witrynę Pocket lub użyje którejkolwiek"
    " z Technologii Pocket.\n"
    "Pocket nie udostępnia ani nie sprzedaje danych osobowych użytkowników.\n"
    "W przypadku pytań lub wątpliwości dotyczących niniejszych Zasad ochrony prywatności należy"
    " skontaktować się z nami pod adresem [privacy@getpocket.com](mailto:privacy@getpocket.com)\n"
)
UNNAMED_PUBLISHER = (
    "用户协议&隐私政策\n【重要须知】\n(以下也称 “我们”)非常重视用户隐私。我们深知个人信息对您的"
    "重要性,并承诺会按法律法规要求、参考业界成熟的安全标准,尽全力保护您的个人信息安全可控。\n"
)


MERGER = (
    "If we are involved in a merger, acquisition, or sale of assets, we will continue to take"
    " measures to protect the confidentiality of personal information and give affected users"
    " notice before transferring any personal information to a new entity.\n"
)
AD_PARTNERS_COLLECT = (
    "我们的第三方服务供货商可能使用 Cookie 等技术在此网站及其他网站收集有关您活动的资料，"
    "以根据您的浏览活动及兴趣为您提供广告。\n"
)
DISCLOSED_AS_REQUIRED_BY_LAW = (
    "- Responding to Legal Requests: We may share information where we have a good faith belief"
    " that such disclosure is necessary to (a) comply with applicable law or legal process or"
    " (b) respond to actual or potential complaints or legal claims.\n"
)

PAYMENT_PROCESSOR = (
    "We use third-party payment service providers such as Amazon.com ( Privacy Policy),"
    " Stripe.com ( Privacy Policy), and PayPal ( Privacy Policy) to handle any monetary"
    " transactions.\n"
)
PROTECTED_AFFILIATES = (
    "We may disclose your Personal Information:\n\n"
    "- to protect our operations or those of any of our Affiliates;\n"
)
VISITORS_ISP = (
    "We may collect certain information about your visit, such as the name of the Internet"
    " service provider and the Internet Protocol (IP) address through which you access the"
    " Internet; the date and time you access the site.\n"
)


def facts(text: str) -> dict:
    return extract(read_text(text))


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        pytest.param(SHARE_EXCEPT_LIST, "shared_with", ["affiliates", "authorities"],
                     id="shared-with-the-listed-exceptions"),
        pytest.param(COLLECTED_UNDER_LEAD_IN, "data_collected",
                     ["contact", "identifiers", "personal_details"],
                     id="collected-under-a-lead-in"),
        pytest.param(ANONYMISED_TO_ADVERTISERS, "shared_with", [],
                     id="anonymised-sharing-is-not-sharing"),
        pytest.param("Vi säljer inte dina data eller information.", "sells_data", False,
                     id="sv-does-not-sell"),
        pytest.param("We do not sell your personal information within the meaning of the CCPA.",
                     "sells_data", False, id="en-does-not-sell"),
        pytest.param("我们不会将任何个人信息出售给第三方。", "sells_data", False,
                     id="zh-does-not-sell"),
        pytest.param(BRAND_DOES_NOT_SELL, "sells_data", False, id="pl-brand-does-not-sell"),
        pytest.param(UNNAMED_PUBLISHER, "organization", None, id="organization-null-unnamed"),
        pytest.param(MERGER, "shared_with", ["business_transfer"],
                     id="a-merger-takes-the-data-along"),
        pytest.param(AD_PARTNERS_COLLECT, "shared_with", ["advertisers", "service_providers"],
                     id="ad-partners-collecting-receive-data"),
        pytest.param(DISCLOSED_AS_REQUIRED_BY_LAW, "shared_with", ["authorities"],
                     id="disclosure-required-by-law-goes-to-authorities"),
        pytest.param(DISCLOSED_AS_REQUIRED_BY_LAW, "purposes", ["legal_compliance"],
                     id="disclosure-required-by-law-is-legal-compliance"),
        pytest.param(PAYMENT_PROCESSOR, "shared_with", ["service_providers"],
                     id="processors-handling-data-receive-it"),
        pytest.param(PROTECTED_AFFILIATES, "shared_with", [],
                     id="protected-affiliates-receive-nothing"),
        pytest.param(VISITORS_ISP, "shared_with", [],
                     id="the-visitors-internet-service-provider-is-device-data"),
    ],
)  # fmt: skip
def test_fact(text: str, field: str, expected: object) -> None:
    assert facts(text)[field] == expected


def test_a_response_time_is_not_a_retention_period() -> None:
    assert facts(RESPONSE_TIME)["retention"]["periods"] == []


def test_a_cookie_lifetime_in_a_flattened_table_is_a_retention_period() -> None:
    assert facts(FLATTENED_COOKIE_TABLE)["retention"]["periods"] == [
        {"days": 730.0, "what": "2 lata"}
    ]


def test_a_stated_period_is_retention() -> None:
    text = "All such information is retained 14 days.\n"
    assert facts(text)["retention"]["periods"] == [
        {"days": 14.0, "what": "All such information is retained 14 days."}
    ]


def test_parents_without_consent_give_no_parental_consent() -> None:
    text = (
        "Vi anser att det är föräldrarnas ansvar att övervaka sina barns användning av våra"
        " produkter och tjänster.\n"
    )
    assert facts(text)["children"] == {"min_age": None, "parental_consent": None}


def test_minimum_age_and_parental_consent() -> None:
    text = (
        "If you are a minor under the age of 18, you should obtain prior written consent from"
        " your parent or legal guardian before using our products and / or services.\n"
    )
    assert facts(text)["children"] == {"min_age": 18, "parental_consent": True}


def test_every_claimed_value_has_evidence_quoting_the_text() -> None:
    result = facts(SHARE_EXCEPT_LIST)
    quoted = {(e["field"], e["value"]) for e in result["evidence"]}
    assert {("shared_with", "affiliates"), ("shared_with", "authorities")} <= quoted
    text = read_text(SHARE_EXCEPT_LIST).text
    assert all(e["quote"] == text[e["start"] : e["end"]] for e in result["evidence"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "When you delete your account or we disable it after a time of inactivity and"
            " notification from us, we will also delete your Personal Information obtained from"
            " the App, Watch Apps, or Device from our systems (excluding any information we have"
            " de-identified).\n",
            True,
            id="data-deleted-with-the-account",
        ),
        pytest.param(
            "We will send you emails related to the administration of your account, such as a"
            " welcome email when you create your account, a confirmation email if you delete your"
            " account, emails if you forgot your password and need assistance changing it.\n",
            None,
            id="closing-the-account-alone-deletes-no-data",
        ),
    ],
)
def test_deleted_on_account_closure(text: str, expected: bool | None) -> None:
    assert facts(text)["retention"]["deleted_on_account_closure"] is expected


def test_a_label_glued_to_an_address_is_not_part_of_it() -> None:
    text = "Phone: +86 159 8934 2655\n\nEmailsmallrig@smallrig.com\n"
    assert facts(text)["contact_emails"] == ["smallrig@smallrig.com"]


def test_objecting_to_direct_marketing_is_the_marketing_opt_out() -> None:
    text = (
        "Masz również prawo sprzeciwić się temu, gdzie przetwarzamy Twoje dane osobowe w celach"
        " marketingu bezpośredniego.\n"
    )
    assert "opt_out_marketing" in facts(text)["rights"]


def test_the_supervisory_authoritys_address_is_not_a_contact_of_the_company() -> None:
    text = (
        "Alternativt kan du kontakta Integritetsskyddsmyndigheten (IMY) på imy@imy.se eller"
        " telefon 08-657 61 00.\n"
    )
    assert facts(text)["contact_emails"] == []


def test_the_company_denying_a_sale_grants_no_sale_opt_out() -> None:
    text = (
        "Sales of Personal Information: We do not sell your personal information within the"
        " meaning of the CCPA.\n"
    )
    assert facts(text)["rights"] == []


def test_sdks_listed_by_name_are_named_recipients() -> None:
    text = "我们目前合作的授权合作伙伴第三方SDK名单如下：友盟SDK、腾讯SDK、开域SDK、铠甲SDK。\n"
    assert facts(text)["named_recipients"] == ["友盟SDK", "开域SDK", "腾讯SDK", "铠甲SDK"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "例如,在您的浏览器与服务器之间交换数据时受SSL协议加密保护;我们同时对本网站提供HTTPS协议"
            "安全浏览方式;我们会使用加密技术提高个人信息的安全性;\n",
            ["encryption_at_rest", "encryption_in_transit"],
            id="zh-encryption-in-a-clause-apart-from-the-connection",
        ),
        pytest.param(
            "为保障您的信息安全，我们已采取符合业界标准、合理可行的安全防护措施保护您提供的个人信息"
            "安全，防止个人信息遭到未经授权访问、公开披露、使用、修改、损坏或丢失，包括SSL、信息"
            "加密存储、数据中心的访问控制等。\n",
            ["access_control", "encryption_at_rest", "encryption_in_transit"],
            id="zh-ssl-beside-encrypted-storage",
        ),
        pytest.param(
            "Genom våra skyddsåtgärder ovan, särskilt krypterad lagring och överföring, är dina"
            " data så säkra som de kan vara.\n",
            ["encryption_at_rest"],
            id="sv-encrypted-storage-and-transfer",
        ),
        pytest.param(
            "Dane są szyfrowane protokołem SSL podczas przesyłania oraz w spoczynku.\n",
            ["encryption_at_rest", "encryption_in_transit"],
            id="pl-in-transit-and-at-rest-written",
        ),
        pytest.param(
            "Alla data är krypterade i vila och krypteras under överföring.\n",
            ["encryption_at_rest", "encryption_in_transit"],
            id="sv-in-transit-and-at-rest-written",
        ),
    ],
)
def test_storage_encryption_stands_apart_from_the_connection_or_names_storage(
    text: str, expected: list[str]
) -> None:
    assert facts(text)["security"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "您知悉并理解，注销账号的行为是不可逆的行为，当您注销账号后，我们将删除您的个人信息，"
            "但法律法规另有规定的除外。\n",
            ["account_deletion"],
            id="zh-the-company-deleting-data-after-closure-is-no-deletion-right",
        ),
        pytest.param(
            "如您发现我们违反法律、行政法规的规定或者双方的约定收集、使用您的个人信息，您可以要求"
            "我们删除。\n",
            ["deletion"],
            id="zh-the-user-asks-the-company-to-delete",
        ),
        pytest.param(
            "Możesz również sprzeciwić się albo zażądać od nas ograniczenia przetwarzania.\n",
            ["objection", "restriction"],
            id="pl-the-company-as-the-object-of-a-request",
        ),
        pytest.param(
            "- kräva att vi korrigerar eventuella misstag i de uppgifter vi har om dig\n",
            ["correction"],
            id="sv-demanding-that-the-company-corrects",
        ),
    ],
)
def test_a_right_is_what_the_user_may_do(text: str, expected: list[str]) -> None:
    assert facts(text)["rights"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We may delete your account if you violate our terms.\n", [], id="en-reason"),
        pytest.param(
            "If you wish, we will delete your account.\n", ["account_deletion"], id="en-wish"
        ),
        pytest.param(
            "Vi kan radera ditt konto om du bryter mot våra villkor.\n", [], id="sv-reason"
        ),
        pytest.param(
            "Om du vill kan vi radera dina personuppgifter.\n", ["deletion"], id="sv-wish"
        ),
        pytest.param("如您违反用户协议，我们可能删除您的账号。\n", [], id="zh-reason"),
        pytest.param("如您希望，我们将删除您的个人信息。\n", ["deletion"], id="zh-wish"),
    ],
)
def test_the_companys_act_is_a_right_only_at_the_users_wish(text: str, expected: list[str]) -> None:
    # written for the rule: a condition that is the company's reason grants the user nothing
    assert facts(text)["rights"] == expected


@pytest.mark.parametrize(
    ("text", "path", "value"),
    [
        pytest.param(
            "## How We Use Cookies\n\nWe do not use cookies.\n",
            "data_collected",
            "cookies_tracking",
            id="en-how-we-use-cookies",
        ),
        pytest.param(
            "## Hur vi delar dina personuppgifter med annonsörer\n\n"
            "Vi delar inte dina personuppgifter med annonsörer.\n",
            "shared_with",
            "advertisers",
            id="sv-how-we-share",
        ),
        pytest.param(
            "## Jak wykorzystujemy pliki cookies\n\nNie używamy plików cookies.\n",
            "data_collected",
            "cookies_tracking",
            id="pl-how-we-use-cookies",
        ),
    ],
)
def test_a_heading_that_asks_states_no_practice(text: str, path: str, value: str) -> None:
    # written for the rule; the zh template headings are in test_extract_zh.py
    assert value not in facts(text)[path]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "If you are under 16, you may only use the service with the consent of your parent"
            " or guardian.\n",
            {"min_age": 16, "parental_consent": True},
            id="en-if-you-are-under",
        ),
        pytest.param(
            "You must be at least 18 years old to use the Services.\n",
            {"min_age": 18, "parental_consent": None},
            id="en-you-must-be-at-least",
        ),
        pytest.param(
            "若您未满18周岁，应在您的监护人陪同下阅读本政策，并在征得监护人同意后使用我们的服务。\n",
            {"min_age": 18, "parental_consent": True},
            id="zh-if-you-are-under",
        ),
    ],
)
def test_the_reader_addressed_as_a_minor(text: str, expected: dict) -> None:
    # written for the rule: no word for "child", the reader is told an age
    assert facts(text)["children"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Dane osobowe nie są sprzedawane.\n", False, id="pl-written"),
        pytest.param("Personuppgifter säljs inte till tredje part.\n", False, id="sv-written"),
        pytest.param("您的个人信息不会被出售。\n", False, id="zh-written"),
        pytest.param("Personal information is never sold.\n", False, id="en-written"),
        pytest.param(
            "Third parties do not sell your personal information.\n", None, id="en-another-seller"
        ),
    ],
)
def test_data_said_not_to_be_sold_is_no_sale(text: str, expected: bool | None) -> None:
    # no corpus policy words it so; the sentences are written for the rule
    assert facts(text)["sells_data"] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We use your personal data to sell and deliver our products to you.\n",
            None,
            id="en-sell-products",
        ),
        pytest.param(
            "If you buy a product sold through our store, we collect your name and address.\n",
            None,
            id="en-product-sold",
        ),
        pytest.param(
            "Przetwarzamy Twoje dane osobowe, aby sprzedawać i dostarczać nasze produkty.\n",
            None,
            id="pl-sell-products",
        ),
        pytest.param("我们会使用您的个人信息向您出售商品并安排配送。\n", None, id="zh-sell-goods"),
        pytest.param(
            "We may rent, sell, or share your information with third parties.\n",
            True,
            id="en-data-after-the-sale",
        ),
        pytest.param(
            "You can remove your name from lists we sell to other companies.\n",
            True,
            id="en-data-before-the-sale",
        ),
    ],
)
def test_a_sale_of_goods_is_no_sale_of_data(text: str, expected: bool | None) -> None:
    # written for the rule: what a shop sells is its goods, what it names beside them its data
    assert facts(text)["sells_data"] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We do not transfer your personal data outside the EEA, except when we use service"
            " providers in the United States.\n",
            True,
            id="en-except-a-country",
        ),
        pytest.param(
            "Nie przekazujemy danych osobowych poza EOG, z wyjątkiem sytuacji, gdy korzystamy z"
            " dostawców w USA.\n",
            True,
            id="pl-except-a-country",
        ),
        pytest.param(
            "We do not transfer your personal data outside the EEA unless the law requires it.\n",
            False,
            id="en-except-the-law",
        ),
        pytest.param(
            "我们不会将您的个人信息传输至境外，除非获得您的明确同意。\n",
            False,
            id="zh-except-consent",
        ),
    ],
)
def test_an_exception_that_names_a_country_is_a_transfer(text: str, expected: bool) -> None:
    # written for the rule: no corpus policy excepts a country from a denied transfer
    assert facts(text)["international_transfer"] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Både Mailgun och Mailchimp använder servrar i USA och därför kommer de"
            " personuppgifter som finns i e-post som skickas från oss att överföras dit.\n",
            True,
            id="sv-stored-in-the-us",
        ),
        pytest.param(
            "Dina personuppgifter kan samlas in från eller överföras till jurisdiktioner där vi"
            " och våra tjänsteleverantörer lagrar eller behandlar data, inklusive USA.\n",
            True,
            id="sv-transferred-to-the-us",
        ),
        pytest.param(
            "Mozilla (i jej serwery) ma siedzibę w Stanach Zjednoczonych.\n",
            True,
            id="pl-servers-in-the-us",
        ),
        pytest.param(
            "W Stanach Zjednoczonych Firefox pobiera podpowiedzi z serwerów firmy Mozilla"
            " podczas wpisywania zapytania.\n",
            None,
            id="pl-the-country-is-the-setting",
        ),
        pytest.param(
            "我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。\n",
            False,
            id="zh-stored-at-home",
        ),
        pytest.param(
            "We may transfer your personal data to the United States.\n",
            None,
            id="en-has-no-home",
        ),
        pytest.param(
            "Przechowujemy dane wyłącznie na terytorium Polski i nie przekazujemy ich do Stanów"
            " Zjednoczonych.\n",
            False,
            id="pl-a-country-after-a-denial-is-where-data-does-not-go",
        ),
    ],
)
def test_data_sent_to_a_country_abroad_is_a_transfer(text: str, expected: bool | None) -> None:
    # abroad is outside the home of the language's readers: the EEA for sv and pl
    assert facts(text)["international_transfer"] is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We collect your heart rate, which is stored only on your device.\n",
            [],
            id="en-stored-only-on-your-device",
        ),
        pytest.param(
            "Vi samlar in din puls, som sparas endast på din enhet.\n",
            [],
            id="sv-endast-på-enheten",
        ),
        pytest.param(
            "Zbieramy Twoje tętno, które jest przechowywane wyłącznie na Twoim urządzeniu.\n",
            [],
            id="pl-wyłącznie-na-urządzeniu",
        ),
        pytest.param(
            "我們將收集您的手環解鎖密碼，此資料僅儲存在您的裝置，不會上傳至伺服器。\n",
            [],
            id="zh-traditional-kept-on-the-device",
        ),
        pytest.param(
            "We collect your email address and your heart rate, which is stored only on your"
            " device.\n",
            ["contact", "health_fitness"],
            id="en-which-of-two-stays-is-not-told",
        ),
        pytest.param(
            "Your email address and your heart rate are stored only on your device.\n",
            [],
            id="en-all-the-subjects-of-the-place-stay",
        ),
        pytest.param(
            "我们会收集您的电子邮箱和心率，心率和步数仅存储在您的设备上。\n",
            ["contact", "health_fitness"],
            id="zh-data-collected-before-the-subjects-of-the-place-is-collected",
        ),
        pytest.param(
            "我们会将您的个人信息仅存储在中国境内。我们会收集您的位置信息。\n",
            ["location"],
            id="zh-a-country-is-no-device",
        ),
        pytest.param(
            "We collect your heart rate; your messages stay on your device.\n",
            ["health_fitness"],
            id="en-data-in-another-clause-is-collected",
        ),
        pytest.param(
            "Zbieramy Twoje tętno, które jest przechowywane lokalnie na Twoim urządzeniu.\n",
            [],
            id="pl-locally-on-the-device",
        ),
        pytest.param(
            "We use cookies, which stay on your device until they expire.\n",
            ["cookies_tracking"],
            id="en-cookies-always-sit-on-the-device",
        ),
    ],
)
def test_data_kept_on_the_device_is_not_collected(text: str, expected: list[str]) -> None:
    # written for the rule; the corpus case is xiaomi-xiaoai-speaker's band password
    assert facts(text)["data_collected"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We may disclose your personal information to a third party if we are required to"
            " do so by law.\n",
            True,
            id="en-to-a-third-party-if-the-law-requires",
        ),
        pytest.param(
            "Możemy ujawnić Twoje dane osobowe podmiotowi trzeciemu, jeżeli wymagają tego"
            " przepisy prawa.\n",
            True,
            id="pl-to-a-third-party-if-the-law-requires",
        ),
        pytest.param(
            "If we share your personal data with third parties, we require them to comply with"
            " applicable laws.\n",
            False,
            id="en-the-law-binds-the-third-parties-of-a-condition",
        ),
        pytest.param(
            "对我们与之共享个人信息的公司、组织，我们会对其数据安全环境进行合理审查，并与其签署严格的"
            "数据处理协议，要求第三方对您的信息采取足够的保护措施，严格遵守相关法律法规与监管要求。\n",
            False,
            id="zh-third-parties-that-must-comply-with-the-law",
        ),
    ],
)
def test_a_disclosure_the_law_requires_goes_to_the_authorities(text: str, expected: bool) -> None:
    # written for the rule; the zh sentence is xiaomi-xiaoai-speaker's
    assert ("authorities" in facts(text)["shared_with"]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Vi delar dina uppgifter med annonsörer eller lämnar aldrig ut dem.\n",
            ["advertisers"],
            id="sv-the-or-must-join-the-verbs",
        ),
        pytest.param(
            "We may share or disclose your data with advertisers.\n",
            ["advertisers"],
            id="en-or-without-a-negation",
        ),
    ],
)
def test_a_negation_after_the_second_of_two_verbs_denies_both(
    text: str, expected: list[str]
) -> None:
    # written for the rule (Swedish puts the negation after the verb)
    assert facts(text)["shared_with"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Privacy Statement June 3, 2021\n\nWe respect your privacy.\n", "2021-06-03",
                     id="en-title-with-its-date"),
        pytest.param("We respect your privacy.\n\nThe law of June 3, 2021 applies.\n", None,
                     id="en-a-date-in-a-sentence"),
    ],
)  # fmt: skip
def test_a_date_without_a_cue_counts_only_at_the_top(text: str, expected: str | None) -> None:
    # written for the rule: the title line and the lines under it carry the policy's date
    assert facts(text)["last_updated"] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Contact us at privacy [at] example.com.\n", id="en-bracketed-at"),
        pytest.param("Kontakt: privacy (at) example (dot) com\n", id="pl-at-and-dot-written-out"),
        pytest.param("联系邮箱：privacy＠example.com。\n", id="zh-full-width-at"),
    ],
)
def test_an_address_written_against_bots_is_given_as_an_address(text: str) -> None:
    assert facts(text)["contact_emails"] == ["privacy@example.com"]
