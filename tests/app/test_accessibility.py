"""Every page is semantic HTML a screen reader can walk.

One h1 and no skipped heading levels; landmarks; lists as lists; icons hidden
behind the words beside them or named; the yes / no / not stated state of every
tile and answer given in words; language links that say their language; every
form field labelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest

from labels.i18n import LOCALES
from tests.app.stored_labels import store_imou

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
PAGES = {
    "label-page": "/l/imou?lang={lang}",
    "widget-compact": "/l/imou/embed?lang={lang}&variant=compact",
    "widget-full": "/l/imou/embed?lang={lang}&variant=full",
    "export": "/l/imou/export?lang={lang}",
    "policy-text": "/l/imou/policy?lang={lang}",
    "label-list": "/?lang={lang}",
    "new-label": "/new?lang={lang}",
}
STATE_WORDS = {
    "en": ("Yes", "No", "Not stated"),
    "sv": ("Ja", "Nej", "Anges inte"),
    "pl": ("Tak", "Nie", "Nie podano"),
    "zh": ("是", "否", "未说明"),
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element] = field(default_factory=list)
    parent: Element | None = None
    text_parts: list[str] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag: str) -> list[Element]:
        return [e for e in self.walk() if e.tag == tag]

    def by_class(self, name: str) -> list[Element]:
        return [e for e in self.walk() if name in e.attrs.get("class", "").split()]

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    @property
    def text(self) -> str:
        """All text inside, as a screen reader would read it (aria-hidden parts left out)."""
        if self.attrs.get("aria-hidden") == "true":
            return ""
        inner = "".join(self.text_parts) + " ".join(child.text for child in self.children)
        return " ".join(inner.split())


class TreeBuilder(HTMLParser):
    """A forgiving DOM of a page: enough for structure checks, no browser needed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        for node in [self.current, *self.current.ancestors()]:
            if node.tag == tag:
                self.current = node.parent or self.root
                return

    def handle_data(self, data):
        if self.current.tag not in ("script", "style"):
            self.current.text_parts.append(data)


def dom(client, path: str) -> Element:
    response = client.get(path)
    assert response.status_code == 200, path
    builder = TreeBuilder()
    builder.feed(response.get_data(as_text=True))
    return builder.root


@pytest.fixture
def imou(app):
    return store_imou(app)


ALL_PAGES = [(page, lang) for page in PAGES for lang in LOCALES]
LABEL_PAGES = [(page, lang) for page in ("label-page", "widget-compact", "widget-full", "export")
               for lang in LOCALES]  # fmt: skip


def ids(cases):
    return [f"{page}-{lang}" for page, lang in cases]


@pytest.mark.parametrize(("page", "lang"), ALL_PAGES, ids=ids(ALL_PAGES))
def test_one_h1_and_no_skipped_heading_level(client, imou, page, lang):
    levels = [int(e.tag[1]) for e in dom(client, PAGES[page].format(lang=lang)).walk()
              if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]  # fmt: skip
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert [b for a, b in zip(levels, levels[1:], strict=False) if b > a + 1] == []


@pytest.mark.parametrize(("page", "lang"), ALL_PAGES, ids=ids(ALL_PAGES))
def test_every_page_has_one_main_landmark(client, imou, page, lang):
    assert len(dom(client, PAGES[page].format(lang=lang)).find("main")) == 1


@pytest.mark.parametrize("page", ["label-page", "policy-text", "label-list", "new-label"])
def test_site_pages_have_a_banner_with_named_navigation(client, imou, page):
    root = dom(client, PAGES[page].format(lang="sv"))
    assert len(root.find("header")) >= 1
    assert all(nav.attrs.get("aria-label") for nav in root.find("nav"))
    assert len(root.find("nav")) == 2


@pytest.mark.parametrize(("page", "lang"), ALL_PAGES, ids=ids(ALL_PAGES))
def test_every_icon_is_hidden_beside_its_words_or_named(client, imou, page, lang):
    unnamed = []
    for svg in dom(client, PAGES[page].format(lang=lang)).find("svg"):
        hidden = svg.attrs.get("aria-hidden") == "true"
        named = svg.attrs.get("role") == "img" and (
            svg.attrs.get("aria-label") or any(t.text for t in svg.find("title"))
        )
        if not (hidden or named):
            unnamed.append(svg.attrs)
    assert unnamed == []


@pytest.mark.parametrize(("page", "lang"), ALL_PAGES, ids=ids(ALL_PAGES))
def test_every_image_has_a_text_alternative(client, imou, page, lang):
    images = dom(client, PAGES[page].format(lang=lang)).find("img")
    assert [img.attrs for img in images if "alt" not in img.attrs] == []


@pytest.mark.parametrize(("page", "lang"), LABEL_PAGES, ids=ids(LABEL_PAGES))
def test_hidden_icons_always_have_words_beside_them(client, imou, page, lang):
    root = dom(client, PAGES[page].format(lang=lang))
    icons = [svg for svg in root.find("svg") if "pl-icon" in svg.attrs.get("class", "")]
    assert icons
    assert [svg.parent.tag for svg in icons if not svg.parent.text] == []


@pytest.mark.parametrize(("page", "lang"), LABEL_PAGES, ids=ids(LABEL_PAGES))
def test_data_and_recipient_tiles_are_list_items(client, imou, page, lang):
    root = dom(client, PAGES[page].format(lang=lang))
    tiles = root.by_class("pl-cell")
    assert tiles
    assert {tile.tag for tile in tiles} == {"li"}
    assert {tile.parent.tag for tile in tiles} == {"ul"}


@pytest.mark.parametrize(("page", "lang"), LABEL_PAGES, ids=ids(LABEL_PAGES))
def test_unmentioned_tiles_say_not_stated_in_words(client, imou, page, lang):
    root = dom(client, PAGES[page].format(lang=lang))
    not_stated = STATE_WORDS[lang][2]
    muted = root.by_class("pl-off")
    assert muted
    assert [tile.text for tile in muted if not tile.text.endswith(not_stated)] == []
    assert [tile.text for tile in root.by_class("pl-on") if tile.text.endswith(not_stated)] == []


@pytest.mark.parametrize(("page", "lang"), LABEL_PAGES, ids=ids(LABEL_PAGES))
def test_every_yes_no_answer_is_a_word(client, imou, page, lang):
    answers = dom(client, PAGES[page].format(lang=lang)).by_class("pl-answer")
    assert answers
    assert {a.text for a in answers} <= set(STATE_WORDS[lang])


@pytest.mark.parametrize("lang", LOCALES)
def test_language_links_declare_the_language_they_lead_to(client, imou, lang):
    root = dom(client, f"/l/imou?lang={lang}")
    (switcher,) = [nav for nav in root.find("nav") if "languages" in nav.attrs.get("class", "")]
    links = switcher.find("a")
    assert [(a.attrs["lang"], a.attrs["hreflang"]) for a in links] == [(c, c) for c in LOCALES]
    assert [a.attrs["lang"] for a in links if a.attrs.get("aria-current")] == [lang]


@pytest.mark.parametrize("page", ["label-page", "new-label"])
def test_every_form_field_has_a_label(client, imou, page):
    root = dom(client, PAGES[page].format(lang="pl"))
    targets = {label.attrs.get("for") for label in root.find("label")}
    fields = [e for e in root.walk() if e.tag in ("input", "textarea", "select")]
    assert fields
    unlabelled = [
        f.attrs
        for f in fields
        if f.attrs.get("id") not in targets
        and not any(a.tag == "label" for a in f.ancestors())
        and not f.attrs.get("aria-label")
    ]
    assert unlabelled == []


def test_copy_button_announces_that_it_copied(client, imou):
    (button,) = [b for b in dom(client, "/l/imou").find("button") if "data-copy" in b.attrs]
    assert button.attrs.get("aria-live") == "polite"


@pytest.mark.parametrize(("page", "lang"), LABEL_PAGES, ids=ids(LABEL_PAGES))
def test_the_label_speaks_the_page_language(client, imou, page, lang):
    root = dom(client, PAGES[page].format(lang=lang))
    (html,) = root.find("html")
    assert html.attrs["lang"] == lang
    assert [box.attrs.get("lang") for box in root.by_class("pl-label")] == [lang]
