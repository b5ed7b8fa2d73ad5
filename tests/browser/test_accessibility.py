"""The label is accessible in a real browser: AA contrast, readable at 320 px, states spoken.

Contrast is measured on what Chromium renders: each visible text's computed
colour against the background it actually sits on (ancestors' fills composited),
so a colour that fails in any outlet or locale fails here, whichever rule set it.
"""

from __future__ import annotations

import re

import pytest

from labels.i18n import LOCALES, translations
from labels.texts import LabelTexts
from tests.browser.test_label_pages import SLUGS

OUTLETS = {
    "label-page": "/l/{slug}?lang={lang}",
    "widget-compact": "/l/{slug}/embed?lang={lang}&variant=compact",
    "widget-full": "/l/{slug}/embed?lang={lang}&variant=full",
    "export": "/l/{slug}/export?lang={lang}",
}

# WCAG 2.x relative luminance and contrast, over the page as painted.
CONTRAST_JS = """
() => {
  const parse = (value) => {
    const n = value.match(/[\\d.]+/g).map(Number);
    return { r: n[0], g: n[1], b: n[2], a: n.length > 3 ? n[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const channel = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const ratio = (x, y) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c) => "#" + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  // The fill behind an element: its own and its ancestors' backgrounds over white paper.
  const background = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const fill = parse(getComputedStyle(e).backgroundColor);
      if (fill.a > 0) layers.push(fill);
      if (fill.a >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const opacity = (element) => {
    let o = 1;
    for (let e = element; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
      && box.width > 1 && box.height > 1;
  };
  const name = (e) => e.tagName.toLowerCase() + (e.className && typeof e.className === "string"
    ? "." + e.className.trim().split(/\\s+/).join(".") : "");
  const found = [];
  const check = (kind, element, fg, bg, needed, text) => {
    const value = ratio(fg, bg);
    found.push({ kind, where: name(element), text: text.slice(0, 40), fg: hex(fg), bg: hex(bg),
                 ratio: Math.round(value * 100) / 100, needed });
  };
  for (const element of document.body.querySelectorAll("*")) {
    if (!shown(element)) continue;
    const style = getComputedStyle(element);
    const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
    const bg = background(element);
    if (own) {
      const fg = parse(style.color);
      fg.a *= opacity(element);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      check("text", element, over(fg, bg), bg, large ? 3 : 4.5, own);
    }
    if (element.matches("svg.pl-icon")) {
      const stroke = parse(style.stroke.startsWith("rgb") ? style.stroke : style.color);
      stroke.a *= opacity(element);
      check("icon", element, over(stroke, bg), bg, 3, element.parentElement.textContent.trim());
    }
    // The state of a tile or an answer, shown by its fill or its outline, not only by its words.
    if (element.matches(".pl-on")) {
      check("state fill", element, bg, background(element.parentElement), 3, element.textContent.trim());
    }
    if (element.matches(".pl-off, .pl-not_stated")) {
      const edge = parse(style.borderTopColor);
      const outside = background(element.parentElement);
      const width = parseFloat(style.borderTopWidth);
      check("state outline", element, width > 0 ? over(edge, outside) : outside, outside, 3,
            element.textContent.trim());
    }
  }
  return found;
}
"""


def open_outlet(page, live_server, outlet: str, slug: str, lang: str) -> None:
    """Open one outlet; the export is a download, opened offline as a person would."""
    url = live_server.url + OUTLETS[outlet].format(slug=slug, lang=lang)
    if outlet == "export":
        page.set_content(page.request.get(url).text())
    else:
        page.goto(url)
    page.wait_for_load_state("load")


def measured_pairs(context, live_server, outlet: str, slug: str, lang: str) -> list[dict]:
    """Every colour pair of one outlet, on a fresh page (the export must not inherit a CSP)."""
    page = context.new_page()
    open_outlet(page, live_server, outlet, slug, lang)
    pairs = page.evaluate(CONTRAST_JS)
    page.close()
    return pairs


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("outlet", OUTLETS)
def test_every_colour_pair_meets_wcag_aa(browser, live_server, outlet, lang):
    context = browser.new_context()
    pairs = [dict(p, slug=slug) for slug in SLUGS
             for p in measured_pairs(context, live_server, outlet, slug, lang)]  # fmt: skip
    context.close()
    failing = sorted(
        {f"{p['slug']}: {p['kind']} {p['where']} {p['text']!r}: "
         f"{p['fg']} on {p['bg']} = {p['ratio']} < {p['needed']}"
         for p in pairs if p["ratio"] < p["needed"]}
    )  # fmt: skip
    assert {p["kind"] for p in pairs} >= {"text", "icon", "state fill", "state outline"}
    assert failing == []


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("outlet", OUTLETS)
def test_no_horizontal_scroll_at_320_px(browser, live_server, outlet, lang):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    overflowing = {}
    for slug in SLUGS:
        open_outlet(page, live_server, outlet, slug, lang)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            overflowing[slug] = overflow
    if lang == "pl":
        page.screenshot(path=str(artifact(f"a11y-320px-{outlet}-{lang}")), full_page=True)
    context.close()
    assert overflowing == {}


@pytest.mark.parametrize("lang", LOCALES)
def test_screen_readers_hear_the_state_of_every_tile(watched, live_server, lang):
    open_outlet(watched.page, live_server, "label-page", "imou-ip-camera", lang)
    tree = watched.page.locator(".pl-label").aria_snapshot()
    items = [item.strip('"') for item in re.findall(r"- listitem: (.*)", tree)]
    gettext = translations(lang).gettext
    states = (gettext("collected"), gettext("shared"), LabelTexts(lang).state("not_stated"))
    spoken = [item for item in items if item.endswith(states)]
    assert len(spoken) == watched.page.locator(".pl-cell").count() > 0


def artifact(name: str):
    from tests.browser.conftest import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}.png"
