"""Choosing the locale: ?lang=, then the cookie, then Accept-Language; a switcher everywhere."""

from __future__ import annotations

import re

import pytest

from labels.i18n import LOCALES


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.get_data(as_text=True)).group(1)


@pytest.mark.parametrize("locale", LOCALES)
def test_lang_parameter_chooses_the_locale_and_is_remembered(client, locale):
    response = client.get(f"/?lang={locale}")
    assert html_lang(response) == locale
    assert f"lang={locale}" in response.headers["Set-Cookie"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/?lang=pl", "Etykiety prywatności"),
        ("/?lang=zh", "隐私标签"),
        ("/new?lang=sv", "Ny etikett"),
    ],
)
def test_pages_are_written_in_the_chosen_locale(client, path, expected):
    assert f"<h1>{expected}</h1>" in client.get(path).get_data(as_text=True)


def test_cookie_chooses_the_locale_when_the_url_does_not(client):
    client.set_cookie("lang", "sv")
    response = client.get("/", headers={"Accept-Language": "pl"})
    assert html_lang(response) == "sv"
    assert "Set-Cookie" not in response.headers


def test_lang_parameter_beats_the_cookie(client):
    client.set_cookie("lang", "sv")
    assert html_lang(client.get("/?lang=zh")) == "zh"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("sv-SE,sv;q=0.9,en;q=0.5", "sv"),
        ("zh-CN,zh;q=0.9", "zh"),
        ("de-DE,pl;q=0.7", "pl"),
        ("de-DE,fr;q=0.8", "en"),
    ],
    ids=["swedish", "chinese-region", "second-choice", "none-supported"],
)
def test_accept_language_decides_when_nothing_else_does(client, header, expected):
    assert html_lang(client.get("/", headers={"Accept-Language": header})) == expected


def test_unknown_lang_parameter_is_ignored_and_not_remembered(client):
    response = client.get("/?lang=xx", headers={"Accept-Language": "pl"})
    assert html_lang(response) == "pl"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/", "/new", "/l/no-such-label"])
def test_every_page_has_a_switcher_to_every_locale(client, path):
    page = client.get(path).get_data(as_text=True)
    switcher = re.search(r'<nav class="languages".*?</nav>', page, re.DOTALL).group(0)
    assert re.findall(r'hreflang="(\w+)"', switcher) == list(LOCALES)
    assert f'href="{path}?lang=pl"' in switcher
    assert ">polski<" in switcher and ">中文<" in switcher and ">svenska<" in switcher


def test_switcher_keeps_the_other_query_parameters(client):
    page = client.get("/?lang=sv&page=2").get_data(as_text=True)
    assert 'href="/?lang=zh&amp;page=2"' in page


def test_switcher_marks_the_current_locale(client):
    page = client.get("/?lang=sv").get_data(as_text=True)
    assert re.search(r'hreflang="sv" aria-current="true"', page)
    assert page.count('aria-current="true"') == 1
