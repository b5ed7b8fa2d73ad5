"""The standalone export: one HTML file that works offline and fetches nothing."""

from __future__ import annotations

import re

import pytest

from tests.app.stored_labels import IMOU_RETENTION, store_imou


@pytest.fixture
def export(app, client):
    """GET the Imou export with the given query string."""
    slug = store_imou(app)
    return lambda query="": client.get(f"/l/{slug}/export{query}")


def test_export_is_a_download_named_after_label_and_locale(export):
    response = export("?lang=pl")
    assert response.mimetype == "text/html"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="imou-privacy-label-pl.html"'
    )


def test_export_is_one_file_with_inline_css_and_svg(export):
    text = export().get_data(as_text=True)
    assert re.search(r"<style>.*\.pl-label \{", text, re.DOTALL)
    assert '<svg class="pl-icon"' in text
    assert not re.search(r"<link\b|<script\b|<img\b|<iframe\b|\bsrc=", text)


def test_export_forbids_fetching_anything_even_offline(export):
    text = export().get_data(as_text=True)
    assert ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; img-src data:\">") in text  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "title"),
    [("en", "Privacy label: Imou IP camera"), ("zh", "隐私标签：Imou IP camera")],
)
def test_export_is_in_the_chosen_locale(export, locale, title):
    text = export(f"?lang={locale}").get_data(as_text=True)
    assert f'<html lang="{locale}">' in text
    assert f"<title>{title}</title>" in text


def test_export_keeps_both_layers_and_links_quotes_to_the_online_policy(export):
    text = export().get_data(as_text=True)
    assert 'class="pl-label"' in text and 'class="pl-details"' in text
    assert IMOU_RETENTION in text
    assert re.search(r'href="http://localhost/l/imou/policy#q\d+-\d+"', text)
