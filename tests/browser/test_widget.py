"""The widget on another site, and hostile text, in a real browser."""

from __future__ import annotations

import pytest

from tests.app.stored_labels import HOSTILE, store_hostile
from tests.browser.conftest import Server

HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Smart camera, 499 kr</h1>
<script src="{origin}/static/js/embed.js" data-label="{slug}" data-lang="{lang}"
 data-variant="{variant}" async></script>
<p id="after">Add to cart</p></body></html>"""


def _shop(origin: str, slug: str, lang: str, variant: str):
    """A WSGI app standing for a shop's product page that embeds the label."""
    page = HOST_PAGE.format(origin=origin, slug=slug, lang=lang, variant=variant).encode()

    def app(_environ, start_response):
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [page]

    return app


def _embed(watched, live_server, slug: str, lang: str, variant: str):
    """Open a shop page on another origin holding the snippet; returns the iframe's frame."""
    shop = Server(_shop(live_server.url, slug, lang, variant))
    try:
        # localhost vs 127.0.0.1, and another port: a different origin in every sense.
        watched.page.goto(shop.url.replace("127.0.0.1", "localhost"))
        watched.page.wait_for_selector("iframe")
        frame = watched.page.frame_locator("iframe")
        frame.locator("body").wait_for()
        watched.page.wait_for_function(
            "() => { const f = document.querySelector('iframe');"
            " return f && f.style.height && f.style.height !== '760px'; }",
            timeout=10_000,
        )
        return frame
    finally:
        shop.close()


@pytest.mark.parametrize("variant", ["compact", "full"])
@pytest.mark.parametrize("lang", ["en", "sv", "pl", "zh"])
def test_widget_on_another_origin_fits_its_content(watched, live_server, lang, variant):
    _embed(watched, live_server, "imou-ip-camera", lang, variant)
    iframe = watched.page.locator("iframe")
    frame_height = iframe.evaluate("f => f.getBoundingClientRect().height")
    inner = iframe.element_handle().content_frame()
    content_height = inner.evaluate(
        "() => Math.ceil(document.documentElement.getBoundingClientRect().height)"
    )
    # A viewport as tall as the page: full-page shots of a cross-origin frame cut it short.
    watched.page.set_viewport_size({"width": 1200, "height": int(frame_height) + 250})
    watched.screenshot(f"widget-{variant}-{lang}")
    assert abs(frame_height - content_height) <= 2
    assert inner.locator("html").get_attribute("lang") == lang
    assert watched.errors == []


def test_widget_sets_no_cookie(watched, live_server):
    _embed(watched, live_server, "imou-ip-camera", "sv", "compact")
    assert watched.page.context.cookies() == []


def test_widget_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/l/imou-ip-camera/embed?lang=pl")
    text = page.locator("body").inner_text()
    context.close()
    assert "Imou" in text


@pytest.fixture(scope="module")
def hostile_slug(live_app):
    return store_hostile(live_app)


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/l/{slug}", HOSTILE["name"]),
        ("/l/{slug}/embed?variant=full", HOSTILE["maker"]),
        ("/l/{slug}/export", HOSTILE["name"]),
        ("/l/{slug}/policy", HOSTILE["quote"]),
    ],
    ids=["label-page", "widget", "standalone-export", "policy-text"],
)
def test_hostile_text_stays_inert(watched, live_server, hostile_slug, path, shown):
    page = watched.page
    url = live_server.url + path.format(slug=hostile_slug)
    if path.endswith("/export"):
        # The export is a download: open the saved file as a person would, offline.
        page.set_content(page.request.get(url).text())
    else:
        page.goto(url)
    page.wait_for_load_state("load")
    watched.screenshot(
        "hostile-" + (path.split("/")[3].split("?")[0] if path.count("/") > 2 else "label-page")
    )
    assert shown in page.locator("body").inner_text()
    assert page.locator("img[src='x'], a[href^='javascript:' i], iframe").count() == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror]').length") == 0
    assert watched.dialogs == []
    assert watched.errors == []
