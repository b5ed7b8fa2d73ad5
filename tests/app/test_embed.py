"""The widget: safe to frame anywhere, no cookies, nothing from other hosts, cacheable."""

from __future__ import annotations

import json
import re

import pytest

from tests.app.stored_labels import store_imou

STATIC = ("/static/css/label.css", "/static/css/widget.css", "/static/js/frame.js")


@pytest.fixture
def widget(app, client):
    """GET the Imou widget with the given query string."""
    slug = store_imou(app)
    return lambda query="", **kw: client.get(f"/l/{slug}/embed{query}", **kw)


def test_widget_sets_no_cookie_even_when_a_language_is_asked(widget):
    response = widget("?lang=pl&variant=compact")
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert '<html lang="pl">' in response.get_data(as_text=True)


def test_widget_ignores_the_site_cookie_and_follows_the_browser(widget, client):
    client.set_cookie("lang", "pl")
    response = widget(headers={"Accept-Language": "sv"})
    assert '<html lang="sv">' in response.get_data(as_text=True)
    assert response.headers["Vary"] == "Accept-Language"


def test_widget_may_be_framed_by_any_site_and_loads_only_its_own_files(widget):
    response = widget()
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "X-Frame-Options" not in response.headers
    text = response.get_data(as_text=True)
    assert sorted(re.findall(r'<(?:link|script)[^>]* (?:href|src)="([^"]+)"', text)) == sorted(
        STATIC
    )
    assert not re.search(r"<(?:img|iframe)\b", text)


def test_widget_is_cached_by_etag(widget):
    first = widget("?lang=en")
    assert first.headers["Cache-Control"] == "public, max-age=300"
    etag = first.headers["ETag"]
    again = widget("?lang=en", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert widget("?lang=sv").headers["ETag"] != etag


def test_compact_widget_is_the_box_and_full_adds_the_quotes(widget):
    compact = widget("?variant=compact").get_data(as_text=True)
    full = widget("?variant=full").get_data(as_text=True)
    assert 'class="pl-label"' in compact and 'class="pl-details"' not in compact
    assert 'class="pl-label"' in full and 'class="pl-details"' in full


def test_unknown_variant_is_a_readable_400(widget):
    response = widget("?variant=huge")
    assert response.status_code == 400
    assert "variant must be one of: compact, full" in response.get_data(as_text=True)


def test_widget_reports_its_height_through_data_given_as_json(widget):
    text = widget("?variant=full").get_data(as_text=True)
    data = re.search(r'<script type="application/json" id="policylabel-frame">(.*?)</script>',
                     text).group(1)  # fmt: skip
    assert json.loads(data) == {"slug": "imou", "variant": "full"}


def test_widget_links_open_outside_the_frame(widget):
    assert '<base target="_blank">' in widget().get_data(as_text=True)


def test_snippet_script_sizes_the_frame_only_from_its_own_origin(client):
    script = client.get("/static/js/embed.js").get_data(as_text=True)
    assert "event.origin !== origin" in script and "event.source !== frame.contentWindow" in script
    assert '"/embed?"' in script
