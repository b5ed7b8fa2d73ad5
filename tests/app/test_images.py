"""The label as a PNG at /l/<slug>.png: sizes, languages, caching, and readable refusals."""

from io import BytesIO

import pytest
from PIL import Image

from tests.conftest import DEMO

POLISH = (DEMO / "imou-cameras-pl.txt").read_text(encoding="utf-8")


@pytest.fixture
def slug(client) -> str:
    client.post("/new", data={"text": POLISH, "product": "Imou Cameras"})
    return "imou-cameras"


def image_of(response) -> Image.Image:
    image = Image.open(BytesIO(response.data))
    image.load()
    return image


def test_label_png_is_a_web_image_with_caching_headers(client, slug):
    response = client.get(f"/l/{slug}.png?lang=pl")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    assert image_of(response).width == 400
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["ETag"]
    assert "Set-Cookie" not in response.headers


def test_label_png_is_not_sent_again_when_the_etag_matches(client, slug):
    etag = client.get(f"/l/{slug}.png?lang=sv").headers["ETag"]
    response = client.get(f"/l/{slug}.png?lang=sv", headers={"If-None-Match": etag})
    assert response.status_code == 304


def test_label_png_of_a_print_size_has_its_pixels_and_dpi(client, slug):
    response = client.get(f"/l/{slug}.png?lang=zh&size=50x70mm&dpi=300&mono=1")
    image = image_of(response)
    assert (image.size, image.mode, round(image.info["dpi"][0])) == ((591, 827), "1", 300)


def test_each_language_draws_a_different_image(client, slug):
    images = {client.get(f"/l/{slug}.png?lang={lang}").data for lang in ("en", "sv", "pl", "zh")}
    assert len(images) == 4


def test_label_png_of_an_unknown_product_is_a_404(client):
    assert client.get("/l/no-such-product.png").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("size=foo", "unknown size 'foo'"),
        ("dpi=0", "dpi must be between 72 and 1200, not 0"),
        ("dpi=high", "dpi must be a whole number, not 'high'"),
        ("lang=xx", "lang must be one of: en, sv, pl, zh"),
        ("mono=maybe", "mono must be 1 or 0"),
        ("size=20x20mm", "does not fit 236x236 px at a legible size"),
    ],
    ids=[
        "unknown-size",
        "zero-dpi",
        "dpi-not-a-number",
        "unknown-lang",
        "mono-not-a-flag",
        "too-small",
    ],
)
def test_bad_parameters_are_a_400_that_says_why(client, slug, query, message):
    response = client.get(f"/l/{slug}.png?{query}")
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    assert message in response.get_data(as_text=True)


def test_label_page_offers_the_png_for_web_print_and_one_colour_print(app, client):
    from tests.app.stored_labels import store_imou

    slug = store_imou(app)
    page = client.get(f"/l/{slug}?lang=pl").get_data(as_text=True)
    for query in ("size=web2x", "size=60x90mm&amp;dpi=300", "size=60x90mm&amp;dpi=300&amp;mono=1"):
        assert f'href="/l/{slug}.png?lang=pl&amp;{query}"' in page
    assert "Obraz do druku jednokolorowego (PNG)" in page
