"""Structure: a policy cut into headings, paragraphs, list items, table rows and sentences.

Excerpts are copied from the corpus (the file is named in each id) unless the
corpus has no example of a form the issue asks for; those few are marked
"written" and follow the same conventions as the policies.
"""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from labels import structure
from labels.reading import Document, read_text
from labels.structure import KINDS, Structure, abbreviations, parse
from tests.conftest import SHARED

CORPUS = sorted((SHARED / "corpus").glob("*/*.txt"))


def _parse(text: str) -> Structure:
    return parse(Document(text=text, format="text"))


def _blocks(text: str) -> list[tuple[str, str]]:
    structure = _parse(text)
    return [(s.kind, text[s.start : s.end]) for s in structure.segments]


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _parse(text).sentences]


# ---------------------------------------------------------------- headings

HEADINGS = [
    (
        "### 1. Kto jest odpowiedzialny za przetwarzanie danych osobowych?\n"
        "Minister jest administratorem danych.",
        "1. Kto jest odpowiedzialny za przetwarzanie danych osobowych?",
    ),
    (
        "## Konta użytkowników i gromadzenie informacji {: #accounts }\n\nTekst.",
        "Konta użytkowników i gromadzenie informacji",
    ),
    ("Integritetspolicy\n=================\n\nKMM Timing AB är ansvarig.", "Integritetspolicy"),
    (
        "1.1. Information You Provide to Us\n\nWe collection information you provide to us.",
        "1.1. Information You Provide to Us",
    ),
    (
        "CHILDREN UNDER THE AGE OF 18\n\nOur Website are not intended for children under 18.",
        "CHILDREN UNDER THE AGE OF 18",
    ),
    (
        "**Behandling av personuppgifter**\nI texten nedan finns information om hur Staden "
        "behandlar dina personuppgifter.",
        "Behandling av personuppgifter",
    ),
    (
        "Information Provided by Users\n\n- Your Account information: You provide your email.",
        "Information Provided by Users",
    ),
    ("§1.\n\nPostanowienia ogólne\n\nAplikacja jest bezpłatna.", "§1.\n\nPostanowienia ogólne"),
    (
        "第一章:我们如何收集和使用您的个人信息\n在使用我们的产品时,您可能需要提交个人信息。",
        "第一章:我们如何收集和使用您的个人信息",
    ),
    ("一、我们收集、使用的个人信息\n在使用我们的产品时,您需要提交个人信息。", None),
    ("（一）您向我们提供的信息\n您在注册账户时填写的信息。", None),
    ("【重要须知】\n(以下也称 “我们”)非常重视用户隐私。", None),
    ("第五条 个人信息的保存\n我们将您的个人信息存储于中国境内。", None),
    ("III. Prawa użytkownika\n\nUżytkownik ma prawo dostępu do danych.", None),
    ("Article 5\n\nThe controller shall keep personal data secure.", None),
    ("Rozdział 2\n\nAdministrator przetwarza dane osobowe.", None),
]
HEADING_IDS = [
    "markdown-pl-coronamelder",
    "markdown-attributes-pl-pocket",
    "setext-sv-prinsensminne",
    "numbered-en-tplink",
    "all-caps-en-seed004",
    "bold-sv-helsingborg",
    "title-line-before-list-en-eufy",
    "section-sign-on-its-own-line-pl-protego",
    "chapter-zh-seed003",
    "zh-numeral-comma-seed003",
    "zh-numeral-brackets-gree",
    "zh-square-brackets-seed003",
    "zh-article-written",
    "roman-written",
    "article-word-written",
    "rozdzial-written",
]


@pytest.mark.parametrize(("text", "heading"), HEADINGS, ids=HEADING_IDS)
def test_a_heading_is_recognised_and_stripped_of_its_markup(text, heading):
    blocks = _blocks(text)
    expected = heading or text.split("\n", 1)[0]
    assert blocks[0] == ("heading", expected)
    assert all(kind != "heading" for kind, _ in blocks[1:])


NOT_HEADINGS = [
    (
        "If you live in the EEA, UK, or Switzerland, you may also contact us at:\n\n"
        "Fitbit International Limited\n\nAttn: Legal Department (Privacy Policy)\n\n"
        "76 Lower Baggot Street\n\nDublin 2, Ireland\n\nIf you reside elsewhere, contact us.",
        [],
    ),
    (
        "# Mozillas sekretesspolicy\n25 maj, 2018\n## Vad betyder personlig information?\nText.",
        ["Mozillas sekretesspolicy", "Vad betyder personlig information?"],
    ),
    (
        "Niniejsza Polityka prywatności obejmuje następujące treści:\n\n"
        "2.      Dzieci poniżej 16 roku życia.\n\n3.      Jak długo przechowujemy dane.\n\n"
        "Gromadzimy kilka rodzajów informacji.",
        [],
    ),
    (
        "本政策将帮助您了解以下内容:\n1、我们如何收集和使用您的个人信息\n"
        "2、我们如何使用Cookie和同类技术\n3、我们如何保护和保存您的个人信息\n"
        "第一章:我们如何收集和使用您的个人信息\n我们会收集您的个人信息。",
        ["第一章:我们如何收集和使用您的个人信息"],
    ),
]


@pytest.mark.parametrize(
    ("text", "headings"),
    NOT_HEADINGS,
    ids=[
        "address-after-lead-in-en-fitbit",
        "date-line-sv-mozilla",
        "table-of-contents-pl-seed001",
        "table-of-contents-zh-seed003",
    ],
)
def test_short_lines_that_are_not_titles_stay_body_text(text, headings):
    assert [block for kind, block in _blocks(text) if kind == "heading"] == headings


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        pytest.param(
            "我们收集的信息\n我们会收集您的位置信\n息。",
            [("heading", "我们收集的信息"), ("paragraph", "我们会收集您的位置信\n息。")],
            id="a-term-cut-by-the-line-break-written",
        ),
        pytest.param(
            "我们收集的信息\n我们会收集您的位置信息。",
            [("heading", "我们收集的信息"), ("paragraph", "我们会收集您的位置信息。")],
            id="a-title-before-its-body-written",
        ),
    ],
)
def test_a_short_chinese_line_goes_on_where_the_line_break_cuts_a_term(text, blocks):
    # PDF text breaks lines inside words; a short line is no title when it ends inside one
    assert _blocks(text) == blocks


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("Page 2 of 4", id="en"),
        pytest.param("Termio Polska sp. z o.o. · Polityka prywatności      Strona 2 z 4", id="pl"),
        pytest.param("                                     Sida 2 av 3", id="sv"),
        pytest.param("Norrsol Energi AB | Integritetspolicy | Sida 2 av 5", id="sv-bars"),
        pytest.param("第 1 页 共 5 页", id="zh"),
    ],
)
def test_a_page_footer_is_no_heading_and_no_text(footer):
    # template PDF text (not in the corpus): a footer between two items of one section
    text = f"1. Data we collect\n\nWe collect your e-mail address.\n\n{footer}\n\nWe keep it."
    assert _blocks(text) == [
        ("heading", "1. Data we collect"),
        ("paragraph", "We collect your e-mail address."),
        ("paragraph", "We keep it."),
    ]


def test_lines_parted_by_pipes_in_a_run_are_table_rows():
    # template text (not in the corpus): a cookie table flattened into lines
    text = "Namn | Syfte | Lagringstid\n_ga | Statistik | 2 år\nqh_lang｜功能Cookie｜1年"
    assert [kind for kind, _ in _blocks(text)] == ["table_row", "table_row", "table_row"]


def test_lines_parted_by_wide_gaps_in_a_run_are_table_rows():
    # template PDF text (not in the corpus): a table laid out with spaces
    text = (
        "Kategoria danych        Cel                        Okres\n"
        "Logi diagnostyczne      wykrywanie usterek         90 dni"
    )
    assert _blocks(text) == [
        ("table_row", "Kategoria danych        Cel                        Okres"),
        ("table_row", "Logi diagnostyczne      wykrywanie usterek         90 dni"),
    ]


def test_lines_parted_by_tabs_in_a_run_are_table_rows():
    # template text (not in the corpus): a cookie table copied from a web page
    text = "Nazwa\tDostawca\tCzas życia\n_ga\tGoogle Analytics\t13 miesięcy"
    assert [kind for kind, _ in _blocks(text)] == ["table_row", "table_row"]


def test_a_line_with_a_tab_alone_is_text():
    text = "We collect your e-mail address.\n\nContact:\tprivacy@example.com"
    assert [kind for kind, _ in _blocks(text)] == ["paragraph", "paragraph"]


def test_a_line_with_a_wide_gap_alone_is_text():
    text = "We collect your e-mail address.\n\nContact:    privacy@example.com"
    assert [kind for kind, _ in _blocks(text)] == ["paragraph", "paragraph"]


def test_a_title_over_a_flattened_table_heads_it():
    # template text (not in the corpus): a short head row of cells is no title itself
    text = "What We Collect\n\nCategory | Collected?\nIdentifiers | Yes\nGeolocation | No"
    assert [kind for kind, _ in _blocks(text)] == ["heading", *["table_row"] * 3]


def test_a_line_parted_by_pipes_alone_is_text():
    text = "We collect your e-mail address.\n\nOur offices: Stockholm | Warsaw | Shanghai."
    assert [kind for kind, _ in _blocks(text)] == ["paragraph", "paragraph"]


def test_a_sentence_goes_on_across_a_page_footer():
    # template PDF text (not in the corpus): the page broke inside a sentence
    text = "We keep your recordings for\nPage 2 of 4\nthirty days after they are made."
    assert _sentences(text) == [text]


def test_a_sentence_goes_on_across_a_page_footer_set_apart_by_blank_lines():
    # template PDF text (not in the corpus): the footer between blank lines, and a number
    # opening the rest of the sentence
    text = "Vi sparar loggarna i\n\nSida 2 av 3\n\n90 dagar efter att de skapats."
    assert _sentences(text) == [text]


def test_a_sentence_that_ended_before_a_page_footer_stays_ended():
    text = "Vi sparar loggarna.\n\nSida 2 av 3\n\n90 dagar är gränsen."
    assert _sentences(text) == ["Vi sparar loggarna.", "90 dagar är gränsen."]


@pytest.mark.parametrize(
    "text",
    [
        "Vi lagrar uppgifter i\nIrland.",
        "Dane przechowujemy w\nIrlandii.",
        "We store data in\nIreland.",
    ],
)
def test_a_line_ending_on_a_preposition_goes_on_before_a_capitalised_name(text):
    # template PDF text (not in the corpus): a hard line break after a short function word
    assert _sentences(text) == [text]


def test_a_title_ending_on_a_pronoun_stays_apart_from_the_text_under_it():
    text = "Information you give us\nWe keep your name."
    assert _sentences(text) == ["Information you give us", "We keep your name."]


def test_a_short_line_ending_on_a_long_word_stays_apart_from_a_capitalised_line():
    text = "Vi lagrar uppgifter\nIrland är vårt hem."
    assert _sentences(text) == ["Vi lagrar uppgifter", "Irland är vårt hem."]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "1. INFORMATION WE COLLECT\n1.1. Information You Provide to Us\n\nWe collect it.\n\n"
            "2. HOW WE USE YOUR INFORMATION\n\nWe use it.",
            [1, 2, 0, 1, 0],
        ),
        ("# Title\n## Part\nText.\n### Sub\nText.\n## Next\nText.", [1, 2, 0, 3, 0, 2, 0]),
        (
            "第一章:我们如何收集和使用您的个人信息\n一、我们收集、使用的个人信息\n"
            "（一）注册、登录账号与验证\n为注册账号,您需要提供手机号码。\n第二章:我们如何使用 Cookie",
            [1, 2, 3, 0, 1],
        ),
        (
            "Polityka prywatności Imou\n\nNiniejsza Polityka opisuje rodzaje informacji.\n\n"
            "1. Informacje, które gromadzimy na Twój temat\n\nGromadzimy kilka rodzajów informacji."
            "\n\nZgoda\n\nAby kontaktować się z Tobą i informować Cię o postępie.\n\n"
            "2. Dzieci poniżej wieku 16 lat\n\nNasze strony nie są skierowane do dzieci.",
            [2, 0, 1, 0, 2, 0, 1, 0],
        ),
        ("## Intro\nText.\n# Title\nText.\n## Part\nText.", [2, 0, 1, 0, 2, 0]),
    ],
    ids=[
        "numbered-by-depth-en-tplink",
        "markdown-levels",
        "zh-chapter-numeral-brackets",
        "title-line-below-numbered-pl-seed001",
        "deeper-markdown-first-written",
    ],
)
def test_heading_levels_follow_the_nesting_of_the_numbering(text, levels):
    assert [s.level for s in _parse(text).segments] == levels


def test_heading_path_lists_the_enclosing_headings_outermost_first():
    text = (
        "1. INFORMATION WE COLLECT\n1.1. Information You Provide to Us\n\n"
        "We collect information you provide to us.\n\n2. HOW WE USE YOUR INFORMATION\n\nWe use it."
    )
    structure = _parse(text)
    assert [structure.heading_path(i) for i in range(len(structure.segments))] == [
        (),
        (0,),
        (0, 1),
        (),
        (3,),
    ]


# ---------------------------------------------------------------- lists and tables


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- dane profilowe (wiek, płeć, waga),", "dane profilowe (wiek, płeć, waga),"),
        ("* Klucze TEK (Temporary Exposure Keys)", "Klucze TEK (Temporary Exposure Keys)"),
        ("  + få dina uppgifter raderade", "få dina uppgifter raderade"),
        ("·       Chrome", "Chrome"),
        ("*获取您的设备信息（包含MAC地址等信息）", "获取您的设备信息（包含MAC地址等信息）"),
        (
            "1) We will use the personal information we collect in accordance with this policy.",
            None,
        ),
        ("(f) 分析业务运营效率并衡量市场份额。", None),
        ("（1）与国家安全、国防安全有关的；", None),
        ("a) meet any applicable law, regulation or legal process;", None),
        ("① 与国家安全、国防安全有关的；", None),
        ("2.      Dzieci poniżej 16 roku życia.", None),
    ],
    ids=[
        "dash-pl-latwa-forma",
        "star-pl-coronamelder",
        "plus-sv-helsingborg",
        "middle-dot-pl-seed001",
        "star-before-han-zh-snail",
        "number-parenthesis-en-seed002",
        "letter-in-brackets-zh-huawei",
        "full-width-brackets-zh-pangbao",
        "letter-parenthesis-written",
        "circled-number-written",
        "number-period-pl-seed001",
    ],
)
def test_a_list_item_keeps_its_number_and_loses_its_bullet(line, item):
    text = "Lead-in:\n" + line
    assert _blocks(text)[-1] == ("list_item", item or line.strip())


def test_a_lead_in_and_its_items_are_separate_sentences_under_the_same_heading():
    text = (
        "## Dina rättigheter\n\nDu kan under vissa förutsättningar dessutom ha rätt att:\n"
        "  + få dina uppgifter raderade\n  + få felaktiga uppgifter rättade\n"
    )
    structure = _parse(text)
    assert [(s.kind, s.section) for s in structure.segments] == [
        ("heading", -1),
        ("paragraph", 0),
        ("list_item", 0),
        ("list_item", 0),
    ]
    assert [text[s.start : s.end] for s in structure.sentences] == [
        "Dina rättigheter",
        "Du kan under vissa förutsättningar dessutom ha rätt att:",
        "få dina uppgifter raderade",
        "få felaktiga uppgifter rättade",
    ]
    assert [s.segment for s in structure.sentences] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "本协议主要向您说明:\n\n我们搜集您哪些信息。\n\n我们如何使用您的信息。\n\n您如何联系我们",
            ["paragraph", "list_item", "list_item", "list_item"],
        ),
        (
            "If you reside elsewhere, you may contact us at:\n\nFitbit, Inc.\n\n"
            "199 Fremont Street, 14th Floor\n\nSan Francisco, CA 94105",
            ["paragraph", "list_item", "list_item", "list_item"],
        ),
        (
            "W ramach aplikacji przetwarzane są następujące dane:\n* Adres IP\n"
            "* Kod weryfikacyjny\nMogą to być dane osobowe.",
            ["paragraph", "list_item", "list_item", "paragraph"],
        ),
        (
            "We may contact you at:\n\nsupport@eufylife.com\n\n隐私条款",
            ["paragraph", "list_item", "paragraph"],
        ),
    ],
    ids=[
        "zh-items-without-bullets-seed004",
        "address-lines-fitbit",
        "paragraph-after-a-real-list-pl-coronamelder",
        "change-of-script-ends-the-items-seed004",
    ],
)
def test_short_lines_after_a_lead_in_are_its_items_even_without_bullets(text, kinds):
    assert [kind for kind, _ in _blocks(text)] == kinds


def test_a_markdown_table_row_is_one_segment_with_a_sentence_per_cell():
    text = (
        "| Dane techniczne | Informacje o urządzeniu. Wersja systemu. |\n"
        "| ----- | ----- |\n"
        "|  |  |\n"
    )
    structure = _parse(text)
    assert [(s.kind, text[s.start : s.end]) for s in structure.segments] == [
        ("table_row", "Dane techniczne | Informacje o urządzeniu. Wersja systemu."),
    ]
    assert _sentences(text) == ["Dane techniczne", "Informacje o urządzeniu.", "Wersja systemu."]


def test_a_flattened_list_in_one_long_line_becomes_list_items():
    text = (
        "This policy will help you understand the following: 1. How do we collect and use your "
        "personal information? 2. How do we use cookies and similar technologies? 3. How do we "
        "protect and store your personal information? We understand the importance of personal "
        "information to you and will do our utmost to protect your personal information. " * 3
    )
    blocks = _blocks(text)
    assert blocks[:3] == [
        ("paragraph", "This policy will help you understand the following:"),
        ("list_item", "1. How do we collect and use your personal information?"),
        ("list_item", "2. How do we use cookies and similar technologies?"),
    ]


def test_a_line_that_numbers_several_section_titles_is_no_heading():
    text = "七、您的个人信息如何储存及超出储存期限处理办法 八、本政策如何更新 九、如何联系我们\n"
    assert _blocks(text) == [("paragraph", text.strip())]


def test_lines_cut_by_a_hard_wrap_are_one_paragraph():
    text = (
        "Adres e-mail; numer telefonu (tylko klienci, którzy rejestrują się w Imou App za pomocą "
        "swojego numeru\n\ntelefonu); kraj lub region przez Ciebie wybrany;\n"
        "1、 当您使用软件及相关服务时,我们会根据您\n在软件安装及使用中授予的具体权限,接收并记录设备信息。"
    )
    assert [kind for kind, _ in _blocks(text)] == ["paragraph", "list_item"]


def test_a_capitalised_line_continues_where_its_first_word_did_not_fit_the_cut_line():
    # the corpus paragraph as a PDF's text layer gives it: cut into lines of 80 columns
    policy = (SHARED / "corpus" / "sv" / "letsencrypt-isrg.txt").read_text(encoding="utf-8")
    paragraph = next(line for line in policy.splitlines() if "DonorBox" in line)
    text = textwrap.fill(paragraph, 80, break_on_hyphens=False)
    assert "inklusive\nDonorBox" in text  # the cut stands before the capitalised name
    sentence = next(s for s in _sentences(text) if "DonorBox" in s)
    assert sentence.startswith("Donationer behandlas av våra pålitliga betalningspartners")


def test_a_text_with_a_paragraph_per_line_keeps_its_capitalised_short_lines_apart():
    # long lines of every length: no width was cut at, and "Cookies" may be a title
    sentence = "We use the information we collect to provide and improve the service. "
    text = "".join(sentence * n + "\n" for n in range(1, 10))
    text += "We respect your privacy and want to explain how we use your personal data\nCookies\n"
    assert _blocks(text)[-1] == ("paragraph", "Cookies")


def test_a_line_that_ends_in_an_abbreviation_continues_on_the_next():
    text = (
        "In order to provide an adequate level of protection, Fossil Group, Inc., complies with "
        "the EU - U.S.\nPrivacy Shield Framework as set forth by the U.S. Department of Commerce."
    )
    assert _sentences(text) == [text]


# ---------------------------------------------------------------- sentences

SENTENCES = [
    (
        "Przetwarzamy dane związane z terminalem (np. Smartfonem), m.in. adres IP, zgodnie z "
        "art. 6 ust. 1 lit. a RODO. Ostatnia aktualizacja: 15 marca 2021 r. Administrator "
        "odpowiada za dane.",
        [
            "Przetwarzamy dane związane z terminalem (np. Smartfonem), m.in. adres IP, zgodnie z "
            "art. 6 ust. 1 lit. a RODO.",
            "Ostatnia aktualizacja: 15 marca 2021 r. Administrator odpowiada za dane.",
        ],
    ),
    (
        "Vi samlar in uppgifter, t.ex. Namn och adress, bl.a. För att leverera tjänsten. "
        "Uppgifterna sparas i två år, dvs. Till och med 2023.",
        [
            "Vi samlar in uppgifter, t.ex. Namn och adress, bl.a. För att leverera tjänsten.",
            "Uppgifterna sparas i två år, dvs. Till och med 2023.",
        ],
    ),
    (
        "Your information may be subject to U.S. and foreign laws, e.g. The laws of the U.S. "
        "Government. Fitbit, Inc. Is our controller. Last Modified: 2021.06.30. "
        "Version 2.1.3 of the app at https://www.example.com/privacy.html applies.",
        [
            "Your information may be subject to U.S. and foreign laws, e.g. The laws of the U.S. "
            "Government.",
            "Fitbit, Inc. Is our controller.",
            "Last Modified: 2021.06.30.",
            "Version 2.1.3 of the app at https://www.example.com/privacy.html applies.",
        ],
    ),
    (
        "Contact privacy@smallrig.com. It costs 1.5 EUR! Is that clear? “Yes.” (It is.)",
        [
            "Contact privacy@smallrig.com.",
            "It costs 1.5 EUR!",
            "Is that clear?",
            "“Yes.”",
            "(It is.)",
        ],
    ),  # fmt: skip
    (
        "为注册账号,您需要提供手机号码、密码和验证码;这些信息是为了满足相关法律法规的要求。"
        "如果您拒绝提供,将无法成功注册！您同意吗？我们会通知您；",
        [
            "为注册账号,您需要提供手机号码、密码和验证码;",
            "这些信息是为了满足相关法律法规的要求。",
            "如果您拒绝提供,将无法成功注册！",
            "您同意吗？",
            "我们会通知您；",
        ],
    ),
    (
        "我们使用Cookie和同类技术。The cookie assigned to you is unique. It is read by the server.",
        [
            "我们使用Cookie和同类技术。",
            "The cookie assigned to you is unique.",
            "It is read by the server.",
        ],
    ),
    (
        "1. When you register your account, we will collect your username. "
        "If you refuse to provide this information, our services may not work.",
        [
            "1. When you register your account, we will collect your username.",
            "If you refuse to provide this information, our services may not work.",
        ],
    ),
    (
        "Den 13.09.2021 uppdaterades policyn; den gäller alla. Läs den noga.",
        ["Den 13.09.2021 uppdaterades policyn; den gäller alla.", "Läs den noga."],
    ),
    (
        "- **Ställ in och logga in på PROCOTsmart konto.** Personuppgifter som samlas in kan "
        "inkludera din e-postadress.",
        [
            "Ställ in och logga in på PROCOTsmart konto.",
            "Personuppgifter som samlas in kan inkludera din e-postadress.",
        ],
    ),
    (
        "Korzystamy z usług dostawców usług w chmurze, w tym Amazon Web Services. Inc. (USA),"
        " Azure (USA). Oprócz tego zapewniamy ochronę.",
        [
            "Korzystamy z usług dostawców usług w chmurze, w tym Amazon Web Services. Inc. (USA),"
            " Azure (USA).",
            "Oprócz tego zapewniamy ochronę.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "sentences"),
    SENTENCES,
    ids=[
        "pl-abbreviations-seed001",
        "sv-abbreviations-written",
        "en-abbreviations-dates-versions-urls-misfit",
        "en-email-decimal-quotes-seed004",
        "zh-full-and-half-width-enders-seed003",
        "zh-block-with-english-sentences-seed003",
        "enumerator-is-not-a-sentence-seed002",
        "date-and-semicolon-sv-written",
        "bold-lead-sv-seed000",
        "no-sentence-opens-with-a-company-form-seed001",
    ],
)
def test_sentences_end_where_the_language_ends_them(text, sentences):
    assert _sentences(text) == sentences


def test_a_sentence_is_trimmed_of_spaces_and_of_an_emphasis_mark_it_does_not_close():
    # written: the spaces after a sentence open the next; "**" opens in the first and
    # closes in the second; "1. 2." has no letter and is no sentence
    text = "**We collect your name.\u00a0 We keep it.** 1. 2. We delete it.  "
    assert _sentences(text) == ["We collect your name.", "We keep it.", "We delete it."]


def test_no_sentence_crosses_a_segment_boundary():
    text = "We collect your name\n\n- and your e-mail address. We keep it."
    structure = _parse(text)
    assert [(text[s.start : s.end], s.segment) for s in structure.sentences] == [
        ("We collect your name", 0),
        ("and your e-mail address.", 1),
        ("We keep it.", 1),
    ]


# ---------------------------------------------------------------- languages


def test_each_segment_has_its_own_language_and_a_heading_takes_the_language_of_its_text():
    text = (
        "Privacy Policy\n\nThis Privacy Policy applies to information that we collect on this "
        "website.\n\n隐私条款\n\n您的信任对我们至关重要,我们深知个人信息对您的重要性。\n\n"
        "Integritetspolicy\n\nVi behandlar dina personuppgifter när du använder appen.\n\n"
        "Polityka prywatności\n\nAdministrator przetwarza dane osobowe użytkowników aplikacji."
    )
    structure = _parse(text)
    assert [s.lang for s in structure.segments] == ["en", "en", "zh", "zh", "sv", "sv", "pl", "pl"]


def test_the_main_language_is_the_first_substantial_part():
    chinese = (SHARED / "corpus/zh/gree-plus-smart-home.txt").read_text(encoding="utf-8")
    english = (SHARED / "corpus/en/tplink-tapo-smarthome.txt").read_text(encoding="utf-8")
    assert _parse(chinese + "\n\n" + english).language == "zh"
    assert _parse(english + "\n\n" + chinese).language == "en"


@pytest.mark.parametrize("path", CORPUS, ids=[f"{p.parent.name}/{p.stem}" for p in CORPUS])
def test_every_corpus_policy_gets_its_language(path):
    if path.parent.name == "seeds":
        gold = SHARED / "gold/seeds" / f"{path.stem}.json"
        expected = json.loads(gold.read_text(encoding="utf-8"))["language"]
    else:
        expected = path.parent.name
    assert parse(read_text(path.read_text(encoding="utf-8"))).language == expected


# ---------------------------------------------------------------- invariants


@pytest.mark.parametrize("path", CORPUS, ids=[f"{p.parent.name}/{p.stem}" for p in CORPUS])
def test_every_span_of_a_corpus_policy_is_in_bounds_non_empty_and_in_order(path):
    structure = _parse(path.read_text(encoding="utf-8"))
    text = structure.text
    for spans in (structure.segments, structure.sentences):
        previous_end = 0
        for span in spans:
            assert previous_end <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == text[span.start : span.end].strip()
            previous_end = span.end
    for sentence in structure.sentences:
        segment = structure.segments[sentence.segment]
        assert segment.start <= sentence.start and sentence.end <= segment.end
        assert sentence.lang == segment.lang
    for index, segment in enumerate(structure.segments):
        assert segment.kind in KINDS
        assert segment.section < index
        assert segment.section == -1 or structure.segments[segment.section].kind == "heading"
        assert (segment.level > 0) == (segment.kind == "heading")


@pytest.mark.parametrize(
    "text",
    [
        "a. " * 20_000,
        "1. " * 20_000,
        "np. " * 20_000,
        "*" * 60_000,
        "#" * 60_000,
        "| " * 30_000,
        "<br/>" * 12_000,
        "我们。" * 20_000,
        (" " * 50 + "x\n") * 1_200,
        "(" * 60_000,
    ],
    ids=["dots", "numbers", "abbreviations", "stars", "hashes", "pipes", "breaks", "han",
         "indents", "brackets"],
)  # fmt: skip
def test_degenerate_input_parses_with_valid_spans(text):
    structure = _parse(text)
    assert all(0 <= s.start < s.end <= len(text) for s in structure.sentences)


@pytest.mark.parametrize("lang", ["en", "sv", "pl", "zh"])
def test_every_abbreviation_ends_in_a_period(lang):
    # only a period can end an abbreviation: the sentence splitter looks no further otherwise
    assert all(abbreviation.endswith(".") for abbreviation in abbreviations(lang))


def test_a_line_without_telling_letters_takes_the_language_of_the_whole_text():
    # template Markdown (not in the corpus): the header row alone names no language
    text = (
        "| Cel przetwarzania | Podstawa prawna |\n|---|---|\n"
        "| Wysyłka newslettera do rodzica | zgoda rodzica, którą można wycofać |\n"
    )
    assert {sentence.lang for sentence in _parse(text).sentences} == {"pl"}


def test_a_bare_number_before_a_chinese_title_is_a_section_heading():
    # the GB/T 35273 heading of a PDF, numbered without "、" or "." (template wording)
    text = "2 我们如何共享、转让您的个人信息\n2.1 我们不会向第三方出售您的个人信息。"
    assert _blocks(text)[0] == ("heading", text.split("\n", 1)[0])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("6 个月\n之后我们会删除您的信息。", id="months"),
        pytest.param("14 周岁以下的儿童\n请在监护人陪同下阅读本政策。", id="age"),
    ],
)
def test_a_number_that_counts_a_unit_at_a_line_start_is_no_heading(text):
    assert all(kind != "heading" for kind, _ in _blocks(text))


_STYLES = ["decimal1", "decimal2", "decimal3", "number_comma", "paren_number", "section_sign",
           "zh_chapter", "zh_paren", "zh_num", "word", "roman", "letter", "circled"]  # fmt: skip


@pytest.mark.parametrize("path", CORPUS, ids=[f"{p.parent.name}/{p.stem}" for p in CORPUS])
def test_a_title_numbers_again_where_a_number_of_its_style_follows_any_space(path):
    # the scan for the spaces a number may follow misses none that `_enumerator` reads
    text = path.read_text(encoding="utf-8")
    for line in re.finditer(r"[^\n]+", text):
        start, end = structure._strip(text, line.start(), line.end())
        after_spaces = [
            structure._enumerator(text, space.end(), end)
            for space in structure._SPACES.finditer(text, start, end)
        ]
        found = {numbered[0] for numbered in after_spaces if numbered}
        for style in _STYLES:
            assert structure._numbers_again(text, start, end, style) == (style in found)
