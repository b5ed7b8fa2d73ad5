"""The label page: both layers in the reader's locale, quotes that open the policy at their place."""

from __future__ import annotations

import html
import re

import pytest
from markupsafe import escape

from tests.app.stored_labels import HOSTILE, IMOU_RETENTION, store_hostile, store_imou


@pytest.fixture
def imou(app):
    return store_imou(app)


def page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def line(text: str, heading: str) -> str:
    """The answer of a primary-layer line, tags stripped."""
    row = re.search(rf"<dt>.*?{re.escape(heading)}</dt><dd>(.*?)</dd>", text, re.DOTALL).group(1)
    return re.sub(r"<[^>]+>", "", row).strip()


@pytest.mark.parametrize(
    ("locale", "heading", "expected"),
    [
        ("en", "Kept for", "2 hours to 18 years, otherwise as long as needed"),
        ("pl", "Okres przechowywania", "2 godziny – 18 lat, poza tym tak długo, jak to konieczne"),
        ("en", "Stored in", "China and United States"),
        ("zh", "存储地点", "中国和美国"),
        ("sv", "Lägsta ålder", "16 år"),
        ("pl", "Data polityki", "13 września 2021"),
        ("en", "Sells your data", "Not stated"),
        ("pl", "Sprzedaje Twoje dane", "Nie podano"),
        ("en", "Encrypted in transit", "Yes"),
        ("en", "Two-factor login", "Not stated"),
    ],
    ids=lambda v: str(v)[:24],
)
def test_primary_layer_states_the_facts_in_the_locale(client, imou, locale, heading, expected):
    assert line(page(client, f"/l/{imou}?lang={locale}"), heading) == expected


def test_primary_layer_fills_collected_categories_and_mutes_the_rest(client, imou):
    text = page(client, f"/l/{imou}?lang=en")
    assert re.search(r'class="pl-cell pl-on">\s*<svg[^>]*>.*?</svg><span class="pl-name">Location<',
                     text, re.DOTALL)  # fmt: skip
    assert re.search(r'class="pl-cell pl-off">\s*<svg[^>]*>.*?</svg><span class="pl-name">Audio and voice<',
                     text, re.DOTALL)  # fmt: skip


def test_camera_microphone_and_location_come_first_and_apart(client, imou):
    text = page(client, f"/l/{imou}?lang=en")
    sensors = re.search(r'<ul class="pl-grid pl-sensors">(.*?)</ul>', text, re.DOTALL).group(1)
    assert re.findall(r'<span class="pl-name">([^<]+)<', sensors) == [
        "Photos and video", "Audio and voice", "Location"]  # fmt: skip


def test_icons_are_decorative_and_the_state_is_said_in_words(client, imou):
    text = page(client, f"/l/{imou}?lang=sv")
    assert '<svg class="pl-icon" aria-hidden="true" focusable="false"' in text
    assert '<span class="pl-sr">samlas in</span>' in text
    assert '<span class="pl-sr">Anges inte</span>' in text


def test_page_carries_a_qr_code_and_short_url_of_itself(client, imou):
    text = page(client, f"/l/{imou}")
    footer = re.search(r'<footer class="pl-foot">(.*?)</footer>', text, re.DOTALL).group(1)
    assert '<svg aria-hidden="true" focusable="false" viewBox=' in footer
    assert '<a href="http://localhost/l/imou">localhost/l/imou</a>' in footer


def test_secondary_layer_quotes_the_policy_and_links_to_the_place(client, imou):
    text = page(client, f"/l/{imou}?lang=en")
    assert html.escape(IMOU_RETENTION, quote=False) in text
    anchor = re.search(r'href="http://localhost/l/imou/policy#(q\d+-\d+)"', text).group(1)
    policy = page(client, f"/l/{imou}/policy")
    mark = re.search(rf'<mark id="{anchor}">(.*?)</mark>', policy, re.DOTALL).group(1)
    assert mark == IMOU_RETENTION


def test_secondary_layer_lists_what_the_policy_does_not_say_as_not_stated(client, imou):
    text = page(client, f"/l/{imou}?lang=en")
    details = text[text.index('class="pl-details"') :]
    assert re.search(r"<h3>Sells your data: <span[^>]*>Not stated</span></h3>", details)
    assert ">No<" not in details


def test_page_offers_the_widget_snippet_with_a_copy_button(client, imou):
    text = page(client, f"/l/{imou}?lang=pl")
    snippet = html.unescape(re.search(r'<textarea id="embed-snippet"[^>]*>(.*?)</textarea>',
                                      text, re.DOTALL).group(1))  # fmt: skip
    assert snippet.startswith('<script src="http://localhost/static/js/embed.js" data-label="imou"')
    assert 'data-lang="pl"' in snippet and snippet.endswith("async></script>")
    assert '<button type="button" class="copy" data-copy="embed-snippet"' in text


@pytest.mark.parametrize("suffix", ["", "/policy", "/embed", "/export"])
def test_unknown_label_is_a_404_everywhere(client, suffix):
    assert client.get(f"/l/no-such-label{suffix}").status_code == 404


@pytest.mark.parametrize("path", ["/l/hostile", "/l/hostile/embed?variant=full",
                                  "/l/hostile/export", "/l/hostile/policy"])  # fmt: skip
def test_hostile_policy_text_stays_text(client, app, path):
    store_hostile(app)
    text = page(client, path)
    assert "<script>alert" not in text and "<script>x()" not in text
    assert "<img src=x" not in text and "</iframe>" not in text
    assert 'href="javascript:' not in text and 'href="mailto:javascript:' not in text
    assert str(escape(HOSTILE["quote"])) in text
