"""Each demo label, in every locale, loads in Chromium without a console error."""

import pytest

from app.demo import DEMO_DIR
from labels.i18n import LOCALES

SLUGS = ["procotsmart-smart-watch", "imou-ip-camera", "ismarthomeq-smart-watch",
         "smart-home-hub-unnamed-maker", "smallrig-camera-accessories"]  # fmt: skip


def test_demo_slugs_are_the_demo_products():
    assert len(SLUGS) == len(list(DEMO_DIR.glob("*.txt")))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("slug", SLUGS)
def test_label_page_loads_cleanly_in_every_locale(watched, live_server, slug, locale):
    response = watched.page.goto(f"{live_server.url}/l/{slug}?lang={locale}")
    assert response.status == 200
    assert watched.page.locator("html").get_attribute("lang") == locale
    watched.screenshot(f"label-{slug}-{locale}")
    assert watched.errors == []


@pytest.mark.parametrize("slug", SLUGS[:2])
def test_label_page_is_readable_at_320_px(browser, live_server, slug):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/l/{slug}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    page.screenshot(path=str(_artifact(f"label-{slug}-320px")), full_page=True)
    context.close()
    assert overflow <= 0


def _artifact(name):
    from tests.browser.conftest import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}.png"
