"""Practice detection: which terms a sentence affirms and which it denies."""

from __future__ import annotations

import pytest

from labels import read_text
from labels.detect import Mention, _all_affirmed, _of_keys, detect
from labels.matching import Hit


def stances(text: str, key: str) -> list[bool]:
    """For each term of `key` in `text`, in order: True where it is denied."""
    detection = detect(read_text(text))
    return [m.denied for r in detection.readings for m in r.mentions if m.key == key]


@pytest.mark.parametrize(
    ("text", "key", "denied"),
    [
        pytest.param(
            "We do not sell your personal information within the meaning of the CCPA.",
            "cues.sell",
            [True],
            id="en-do-not-sell",
        ),
        pytest.param(
            "Personuppgifter kommer endast att delas av PROCOTsmart för att tillhandahålla eller"
            " förbättra våra produkter eller tjänster och kommer inte att delas för användning"
            " för marknadsföring.",
            "cues.share",
            [False, True],
            id="sv-kommer-inte-att-delas",
        ),
        pytest.param(
            "Vi säljer inte dina data eller information.",
            "cues.sell",
            [True],
            id="sv-negation-after-the-verb",
        ),
        pytest.param(
            "För att säkerställa din identitet vid inloggning i syfte att upprätthålla"
            " informationssäkerhet och inte dela information om dig och din verksamhet med"
            " obehöriga.",
            "purposes.security_fraud",
            [False, False],
            id="sv-och-inte-does-not-reach-back",
        ),
        pytest.param(
            "IONIQ 5 Companion samlar **inte** in, överför eller säljer några personuppgifter till"
            " tredje part.",
            "cues.collect",
            [True],
            id="sv-markdown-emphasis-is-no-word",
        ),
        pytest.param(
            "Pocket nie udostępnia ani nie sprzedaje danych osobowych użytkowników.",
            "cues.sell",
            [True],
            id="pl-nie-sprzedaje",
        ),
        pytest.param(
            "我们不会将任何个人信息出售给第三方。",
            "cues.sell",
            [True],
            id="zh-bu-hui-chushou",
        ),
        pytest.param(
            "华为不会将您的个人数据出售给第三方。",
            "cues.sell",
            [True],
            id="zh-brand-bu-hui",
        ),
        pytest.param(
            "除非得到您的许可，否则我们不会将您的个人身份信息（指可以识别您身份的信息，例如姓名或"
            "电子邮箱，通过这些信息可以联系到您或识别您的身份）与提供广告、分析服务的合作伙伴分享。",
            "data_collected.contact",
            [True, True],
            id="zh-bu-hui-jiang-verb-far-after-a-parenthesis",
        ),
        pytest.param(
            "Please use a complicated password to secure your account.",
            "cues.use",
            [True],
            id="en-advice-the-user-uses",
        ),
        pytest.param(
            "Please read the following privacy policy to understand how we use and protect the"
            " information you provide us.",
            "cues.use",
            [False],
            id="en-advice-then-we-use",
        ),
        pytest.param(
            "Please note that if Time Inc. or any of its subsidiaries or lines of business is"
            " merged, acquired, divested, financed, sold, disposed of or dissolved, the relevant"
            " customer database may be sold, disposed of, transferred, divested, or otherwise"
            " disclosed.",
            "cues.delete",
            [False, False],
            id="en-please-note-is-no-advice",
        ),
        pytest.param(
            "请使用复杂密码，协助我们保证您的账号安全。",
            "cues.use",
            [True],
            id="zh-advice-the-user-uses",
        ),
        pytest.param(
            "Your personal information may be shared with your consent.",
            "cues.share",
            [False],
            id="en-affirmed-share",
        ),
        pytest.param(
            "Skulle en förälder eller vårdnadshavare ha anledning att tro att en minderårig har"
            " lämnat uppgifter till PROCOTsmart med personuppgifter utan deras föregående"
            " samtycke, vänligen kontakta oss.",
            "cues.consent",
            [True],
            id="sv-utan-samtycke",
        ),
    ],
)
def test_stance_of_a_term(text: str, key: str, denied: list[bool]) -> None:
    assert stances(text, key) == denied


_BESIDES_AFFILIATES = "我们不会将您的个人信息提供给除关联公司以外的合作伙伴。"
_COURIERS = (
    "We do not share your information with anyone except with couriers and payment processors."
)


@pytest.mark.parametrize(
    ("text", "key", "denied"),
    [
        pytest.param(
            _COURIERS,
            "shared_with.service_providers",
            [False, False, False],
            id="en-except-names-the-recipients",
        ),
        pytest.param(_COURIERS, "cues.personal_data", [True], id="en-before-except-still-denied"),
        pytest.param(
            _COURIERS, "cues.share", [True, False], id="en-except-restates-the-sharing-affirmed"
        ),
        pytest.param(
            "Nie udostępniamy danych nikomu, z wyjątkiem firm kurierskich.",
            "shared_with.service_providers",
            [False, False],
            id="pl-z-wyjatkiem",
        ),
        pytest.param(
            "Vi delar inte dina personuppgifter med någon utom våra leverantörer och"
            " betaltjänstleverantörer.",
            "shared_with.service_providers",
            [False, False],
            id="sv-utom",
        ),
        pytest.param(
            "As a result, when we share personal information with a service provider for a"
            " business purpose, we enter a contract that describes the purpose and requires the"
            " recipient to both keep that personal information confidential and not use it for"
            " any purpose except performing the contract.",
            "purposes.service",
            [False],
            id="en-no-purpose-except-the-contract",
        ),
        pytest.param(
            "We will not share your personal information with any company, organization or"
            " individual, except in the following cases:",
            "cues.share",
            [True],
            id="en-except-naming-no-term-leaves-the-list-to-say-it",
        ),
        pytest.param(
            "Oprócz tego, zapewniamy, że nie będziemy udostępniać takich danych, chyba że wyraźnie"
            " zażądasz takiego udostępnienia, gdy na przykład złożysz wniosek o połączenie twojej"
            " aplikacji Imou i urządzenia z IFTTT Inc.",
            "cues.share",
            [True, False],
            id="pl-chyba-ze-naming-no-term-restates-nothing",
        ),
        pytest.param(
            _BESIDES_AFFILIATES,
            "shared_with.affiliates",
            [False],
            id="zh-yiwai-excepts-what-precedes-it",
        ),
        pytest.param(
            _BESIDES_AFFILIATES,
            "shared_with.business_partners",
            [True],
            id="zh-what-follows-yiwai-stays-denied",
        ),
        pytest.param(
            "我们不会与格力以外的任何公司、组织和个人分享您的个人信息，但以下情况除外：",
            "cues.share",
            [False],
            id="zh-yiwai-naming-no-concept-leaves-the-list-to-say-it",
        ),
    ],
)
def test_an_exception_after_a_denial_affirms_what_it_names(
    text: str, key: str, denied: list[bool]
) -> None:
    assert stances(text, key) == denied


def matched(text: str, key: str) -> list[str]:
    """The words of each term of `key` that detect() keeps in `text`, in order."""
    detection = detect(read_text(text))
    return [text[m.start : m.end] for r in detection.readings for m in r.mentions if m.key == key]


_SEARCH_TERMS = (
    "Żądania podpowiedzi — w tym wyszukiwane hasła w czasie rzeczywistym i dane techniczne — są"
    " wysyłane bezpośrednio do dostawcy usług wyszukiwania podczas wpisywania."
)
_FRIENDS = (
    "如果您使用华为服务与朋友共享内容，我们可能需要您提供朋友的联系信息，包括姓名、个人资料照片、"
    "电话号码和电子邮件地址。"
)


@pytest.mark.parametrize(
    ("text", "key", "terms"),
    [
        pytest.param(
            _SEARCH_TERMS, "data_collected.credentials", [], id="pl-search-terms-hide-passwords"
        ),
        pytest.param(
            _SEARCH_TERMS, "data_collected.usage", ["wyszukiwane hasła"], id="pl-search-terms-kept"
        ),
        pytest.param(
            _FRIENDS,
            "data_collected.contact",
            ["姓名", "电话号码", "电子邮件地址"],
            id="zh-a-friends-contact-information-hides-contact",
        ),
        pytest.param(
            "Lokalizacja serwerów: przechowujemy dane na serwerach w Polsce.",
            "data_collected.location",
            [],
            id="pl-server-location-is-a-place-of-storage",
        ),
        pytest.param(
            "Appen har inte åtkomst till dina kontakter, din kamera, dina filer eller din"
            " GPS-data.",
            "data_collected.location",
            ["GPS"],
            id="sv-a-name-of-personal-data-keeps-its-kind",
        ),
        pytest.param(
            "* Google Analytics: Domyślnie analityczne pliki cookie, w tym Google Analytics, są"
            " włączone.",
            "data_collected.cookies_tracking",
            ["pliki cookie", "cookie"],
            id="pl-a-recipient-keeps-the-data-it-names",
        ),
    ],
)
def test_a_longer_term_of_another_concept_hides_a_nested_data_term(
    text: str, key: str, terms: list[str]
) -> None:
    assert matched(text, key) == terms


def test_a_mention_begins_with_the_fields_of_a_hit() -> None:
    # detect() builds the Mention of an affirmed term from its Hit's fields by position
    assert Mention._fields[: len(Hit._fields)] == Hit._fields


def test_all_affirmed_terms_are_mentions_in_order() -> None:
    hits = [Hit(key="cues.sell", start=3, end=7), Hit(key="cues.share", start=9, end=14)]
    mentions = _all_affirmed(hits)
    assert mentions == (
        Mention(key="cues.sell", start=3, end=7, denied=False),
        Mention(key="cues.share", start=9, end=14, denied=False),
    )
    assert all(type(m) is Mention for m in mentions)
    assert _all_affirmed([]) == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Twoje dane osobowe będą przechowywane tak długo, jak jest to konieczne do spełnienia"
            " celów określonych w niniejszej Polityce Prywatności.",
            id="pl-tak-dlugo-jak",
        ),
        pytest.param(
            "We will retain your personal information for as long as it is necessary, and delete"
            " it when it is no longer necessary.",
            id="en-no-longer-necessary",
        ),
    ],
)
def test_a_negation_inside_a_longer_cue_denies_nothing(text: str) -> None:
    assert stances(text, "cues.retain") == [False]
    assert not any(stances(text, "cues.delete"))


def test_list_items_take_the_lead_in_as_context() -> None:
    text = (
        "We will not share your personal information with any company, organization or"
        " individual, except in the following cases:\n"
        "- Our affiliates, to provide the service.\n"
        "- Law enforcement agencies, when the law requires it.\n"
    )
    detection = detect(read_text(text))
    lead_in, *items = detection.readings
    assert [item.context[:1] for item in items] == [(lead_in.index,), (lead_in.index,)]


def test_readings_with_lists_the_sentences_of_any_key_once_in_document_order() -> None:
    text = (
        "We will retain your information for as long as your account is active.\n\n"
        "We do not sell your personal information.\n\n"
        "You may delete your account at any time, and we will delete your data.\n"
    )
    detection = detect(read_text(text))
    keep, sell, delete = detection.readings
    assert list(detection.readings_with("cues.delete", "cues.retain")) == [keep, delete]
    assert list(detection.readings_with("cues.sell")) == [sell]
    assert list(detection.readings_with("cues.children")) == []


def test_readings_with_a_field_lists_the_sentences_of_any_of_its_keys() -> None:
    text = (
        "We collect your email address.\n\n"
        "We do not sell your personal information.\n\n"
        "We use cookies and your IP address.\n"
    )
    detection = detect(read_text(text))
    email, sell, cookies = detection.readings
    assert list(detection.readings_with("data_collected.")) == [email, cookies]
    assert list(detection.readings_with("cues.sell", "data_collected.")) == [email, sell, cookies]
    assert list(detection.readings_with("security.")) == []


def test_governed_by_adds_the_sentences_under_a_heading_or_lead_in_in_document_order() -> None:
    text = (
        "We collect your email address.\n\n"
        "## Children\n\n"
        "Our services are not directed to children under 13.\n\n"
        "We share your information with the following:\n"
        "- Our affiliates, to provide the service.\n"
        "- Law enforcement agencies, when the law requires it.\n"
    )
    detection = detect(read_text(text))
    collect, heading, children, lead_in, affiliates, police = detection.readings
    assert list(detection.governed_by([lead_in])) == [lead_in, affiliates, police]
    assert list(detection.governed_by([collect, heading])) == [
        collect,
        heading,
        children,
        lead_in,
        affiliates,
        police,
    ]
    assert list(detection.governed_by([])) == []


def test_the_contexts_of_a_list_item_are_its_lead_in_then_its_headings() -> None:
    text = (
        "We collect your email address.\n\n"
        "## Sharing\n\n"
        "We share your information with the following:\n"
        "- Our affiliates, to provide the service.\n"
    )
    detection = detect(read_text(text))
    collect, heading, lead_in, affiliates = detection.readings
    assert detection.contexts(affiliates) == [lead_in, heading]
    assert detection.nearest_context(affiliates) is lead_in
    assert detection.nearest_context(lead_in) is heading
    assert detection.contexts(collect) == []
    assert detection.nearest_context(collect) is None


def test_affirmed_keys_leave_out_a_key_the_sentence_only_denies() -> None:
    text = "We do not sell your personal information; we use it to provide the service.\n"
    (reading,) = detect(read_text(text)).readings
    assert reading.keys >= {"cues.sell", "cues.use"}
    assert "cues.sell" not in reading.affirmed_keys
    assert "cues.use" in reading.affirmed_keys
    assert (reading.affirms("cues.sell"), reading.affirms("cues.use")) == (False, True)
    assert [m.key for m in reading.denied("cues.sell")] == ["cues.sell"]


_COOKIE_TABLE = (
    "## Cookies\n\n"
    "We use cookies to remember your preferences and to understand how the Services are used.\n\n"
    "| Name | Purpose | Expiry |\n"
    "| --- | --- | --- |\n"
    "| _ga | Analytics | 2 years |\n\n"
    "The cookie assigned to you is unique.\n\n"
    "We will respond to your request within 30 days of receiving it, as the law requires.\n"
)


def test_cookie_cells_are_the_short_lines_and_table_rows_about_cookies() -> None:
    detection = detect(read_text(_COOKIE_TABLE))
    cells = [detection.text[r.start : r.end] for r in detection.cookie_cells]
    assert cells == [
        "Cookies",
        "Name",
        "Purpose",
        "Expiry",
        "ga",
        "Analytics",
        "2 years",
        "The cookie assigned to you is unique.",
    ]
    assert [detection.in_cookie_table(r) for r in detection.readings] == [
        r in detection.cookie_cells for r in detection.readings
    ]


def test_a_short_line_far_from_any_sentence_about_cookies_is_no_cookie_cell() -> None:
    text = "We use cookies to remember your preferences.\n\n" + "Write to us. " * 14 + "\n"
    detection = detect(read_text(text))
    cells = [r.index for r in detection.cookie_cells]
    assert cells == list(range(1, 13))


def test_a_policy_without_cookies_has_no_cookie_cells() -> None:
    detection = detect(read_text("Write to us.\n\n| Name | Purpose |\n| --- | --- |\n| a | b |\n"))
    assert detection.cookie_cells == []
    assert not any(map(detection.in_cookie_table, detection.readings))


def test_a_compound_with_a_brand_still_matches_the_term() -> None:
    text = (
        "** Personuppgifter som samlas in för att skapa ett PROCOTsmart-konto kan inkludera din"
        " e-postadress eller ditt mobiltelefonnummer.\n"
    )
    assert matched(text, "purposes.account") == ["skapa ett PROCOTsmart-konto"]


def test_a_new_section_ends_the_list_of_a_lead_in() -> None:
    text = (
        "We may share Personal Information in the following ways or as otherwise disclosed to"
        " you at the time of data collection:\n\n"
        "- a. Within the Arlo family of companies worldwide.\n\n"
        "# 5. Your Rights and Choices\n\n"
        "- a. You can opt out of receiving our marketing and promotional emails.\n"
    )
    detection = detect(read_text(text))
    lead_in = detection.readings[0]
    shared, opt_out = detection.readings[1], detection.readings[-1]
    assert lead_in.index in shared.context
    assert lead_in.index not in opt_out.context


@pytest.mark.parametrize(
    ("text", "defines"),
    [
        pytest.param(
            "个人信息：指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者"
            "反映特定自然人活动情况的各种信息。",
            True,
            id="zh-term-colon-zhi",
        ),
        pytest.param(
            "本隐私政策下“个人信息”指通过信息本身或通过关联其他信息后能够识别特定个人的数据。",
            True,
            id="zh-quoted-term-zhi",
        ),
        pytest.param(
            "- **Danych Osobowych** - rozumie się przez to wszelkie informacje dotyczące"
            " zidentyfikowanej lub możliwej do zidentyfikowania osoby fizycznej.",
            True,
            id="pl-term-dash-rozumie-sie-przez-to",
        ),
        pytest.param(
            "The term “Services” means the Sites, Web Apps, Mobile Apps, and Subscription"
            " Services.",
            True,
            id="en-quoted-term-means",
        ),
        pytest.param(
            "Dla GGD oznacza to analizę źródła oraz kontaktów, do których doszło.",
            False,
            id="pl-oznacza-without-a-defined-term",
        ),
        pytest.param(
            "我们收集的信息：指您注册时提供的姓名和电话号码。",
            False,
            id="zh-collection-before-the-colon",
        ),
    ],
)
def test_a_definition_states_no_practice(text: str, defines: bool) -> None:
    assert [r.defines for r in detect(read_text(text)).readings] == [defines]


def test_overlapping_lists_the_terms_that_share_a_stretch_of_the_text() -> None:
    text = "You may delete your account at any time.\n"
    (reading,) = detect(read_text(text)).readings
    delete = text.index("delete")
    found = {(m.key, text[m.start : m.end]) for m in reading.overlapping(delete, delete + 1)}
    assert ("cues.delete", "delete") in found
    assert ("cues.account_closure", "delete your account") in found
    assert all(
        m.start < delete + 1 and delete < m.end for m in reading.overlapping(delete, delete + 1)
    )
    assert reading.overlapping(text.index("time"), text.index("time") + 4) == []


def test_a_table_cell_is_read_under_its_column_head():
    # template Markdown (not in the corpus): "Cel przetwarzania" heads the column of purposes
    text = (
        "| Kategoria danych | Cel przetwarzania | Okres przechowywania |\n|---|---|---|\n"
        "| Logi serwera | Bezpieczeństwo | 30 dni |\n"
    )
    detection = detect(read_text(text))
    heads = {text[r.start : r.end]: r.index for r in detection.readings[:3]}
    cells = {text[r.start : r.end]: r.context for r in detection.readings[3:]}
    assert cells == {
        "Logi serwera": (heads["Kategoria danych"],),
        "Bezpieczeństwo": (heads["Cel przetwarzania"],),
        "30 dni": (heads["Okres przechowywania"],),
    }


def test_a_cell_of_a_table_flattened_with_full_width_bars_has_its_column_head():
    # template text (not in the corpus): a 第三方SDK目录 flattened into lines
    text = "SDK名称｜使用目的｜有效期\n友盟SDK｜统计分析｜1年\n"
    detection = detect(read_text(text))
    heads = {text[r.start : r.end]: r.index for r in detection.readings[:3]}
    cells = {text[r.start : r.end]: r.context for r in detection.readings[3:]}
    assert cells == {
        "友盟SDK": (heads["SDK名称"],),
        "统计分析": (heads["使用目的"],),
        "1年": (heads["有效期"],),
    }


def test_of_keys_keeps_the_hits_of_the_keys_in_order():
    hits = [
        Hit("cues.negation", 0, 3),
        Hit("data_collected.contact", 4, 9),
        Hit("cues.exception", 10, 16),
        Hit("cues.negation", 17, 20),
    ]
    assert _of_keys(hits, {"cues.negation", "cues.exception"}) == [hits[0], hits[2], hits[3]]
    assert _of_keys(hits, {"cues.local"}) == []


def test_of_keys_reads_the_keys_given_once_for_the_hits():
    hits = [Hit("cues.negation", 0, 3), Hit("data_collected.contact", 4, 9)]
    hit_keys = [hit.key for hit in hits]
    assert _of_keys(hits, {"cues.negation"}, hit_keys) == _of_keys(hits, {"cues.negation"})
