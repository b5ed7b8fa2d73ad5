"""Printing a label: the box alone on paper, black on white, on one page, one policy address.

Checked under print media emulation, and on the PDF Chromium prints.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from labels.i18n import LOCALES
from labels.texts import LabelTexts
from tests.browser.test_accessibility import CONTRAST_JS, open_outlet
from tests.browser.test_label_pages import SLUGS

SLUG = "imou-ip-camera"
SCREEN_ONLY = [".skip", ".site-header", "nav", ".languages", ".label-tools", ".snippet",
               "button.copy", ".pl-source"]  # fmt: skip
VISIBLE = (
    "(selector) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility())"
)


@pytest.fixture
def printed(watched, live_server):
    """The label page of SLUG in Polish, as the printer sees it."""
    open_outlet(watched.page, live_server, "label-page", SLUG, "pl")
    watched.page.emulate_media(media="print")
    return watched.page


@pytest.mark.parametrize("selector", SCREEN_ONLY)
def test_print_leaves_out_navigation_switcher_and_tools(printed, selector):
    assert printed.locator(selector).count() > 0
    assert printed.evaluate(f"({VISIBLE})({selector!r}).length") == 0


def test_print_keeps_the_label_box_and_each_fact_unbroken(printed):
    breaks = printed.evaluate(
        "() => [...document.querySelectorAll('.pl-label, .pl-fact')]"
        ".map((e) => getComputedStyle(e).breakInside)"
    )
    assert set(breaks) == {"avoid"}


@pytest.mark.parametrize("outlet", ["label-page", "export"])
def test_print_is_black_on_white(watched, live_server, outlet):
    open_outlet(watched.page, live_server, outlet, SLUG, "sv")
    watched.page.emulate_media(media="print")
    pairs = watched.page.evaluate(CONTRAST_JS)
    colours = {(p["fg"], p["bg"]) for p in pairs if p["kind"] in ("text", "icon")}
    assert colours <= {("#000000", "#ffffff"), ("#ffffff", "#000000")}


def test_print_gives_the_policy_address_once_not_per_quote(printed):
    links = printed.evaluate(
        f"() => ({VISIBLE})('a[href*=\"/policy\"]')"
        ".map((a) => [a.href, getComputedStyle(a, '::after').content])"
    )
    assert len(links) == 1
    ((href, printed_after),) = links
    assert printed_after == f'" {href}"'
    assert printed.locator(".pl-source").count() > 1


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("slug", SLUGS)
def test_label_box_prints_whole_on_the_first_page(watched, live_server, slug, lang):
    open_outlet(watched.page, live_server, "label-page", slug, lang)
    pdf = PdfReader(io.BytesIO(watched.page.pdf(format="A4")))
    first_page = "".join(pdf.pages[0].extract_text().split())
    product = watched.page.locator(".pl-product").inner_text()
    assert "".join(product.split()) in first_page
    assert "".join(LabelTexts(lang).heading("full_label").split()) in first_page
