"""The message catalogs: complete, current, and faithful to their msgids.

A translation may reword, but it must keep every placeholder, add no markup,
and exist for every message in every locale; `messages.pot` must be what
`make translations-extract` produces from today's sources.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from labels.i18n import LOCALES, TRANSLATIONS_DIR, catalog_path

ROOT = TRANSLATIONS_DIR.parent
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"</?\s*[a-zA-Z][^>]*>|&\w+;")
CJK_NEXT_TO_SPACE = re.compile(r"[\u3000-\u9fff\uff00-\uffef] | [\u3000-\u9fff\uff00-\uffef]")


def read(path: Path):
    with path.open("rb") as po:
        return read_po(po)


def messages(path: Path) -> dict:
    """msgid (or singular msgid of a plural) -> message, header left out."""
    return {(m.id[0] if m.pluralizable else m.id): m for m in read(path) if m.id}


def forms(message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def ids(message) -> list[str]:
    return list(message.id) if message.pluralizable else [message.id]


TEMPLATE = messages(TRANSLATIONS_DIR / "messages.pot")
CATALOGS = {locale: messages(catalog_path(locale)) for locale in LOCALES}


def test_template_is_up_to_date_with_the_sources(tmp_path):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [Path(sys.executable).with_name("pybabel"), "--quiet", "extract",
         "-F", TRANSLATIONS_DIR / "babel.cfg", "--no-location", "--sort-output",
         "-o", fresh, "."],
        cwd=ROOT, check=True,
    )  # fmt: skip
    stale = TRANSLATIONS_DIR / "messages.pot"
    assert sorted(messages(fresh)) == sorted(TEMPLATE), (
        f"{stale} is stale: run `make translations-update`"
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_has_exactly_the_messages_of_the_template(locale):
    assert sorted(CATALOGS[locale]) == sorted(TEMPLATE)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(locale):
    untranslated = [
        msgid
        for msgid, m in CATALOGS[locale].items()
        if "fuzzy" in m.flags or not all(f.strip() for f in forms(m))
    ]
    assert untranslated == []


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_every_placeholder(locale):
    def placeholders(text: str) -> set[str]:
        return set(PLACEHOLDER.findall(text))

    dropped = [
        (msgid, form)
        for msgid, m in CATALOGS[locale].items()
        for form in forms(m)
        if form and placeholders(form) != placeholders(ids(m)[-1])
    ]
    assert dropped == []


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_add_no_markup(locale):
    added = [
        (msgid, form)
        for msgid, m in CATALOGS[locale].items()
        for form in forms(m)
        if not set(TAG.findall(form)) <= {t for i in ids(m) for t in TAG.findall(i)}
    ]
    assert added == []


@pytest.mark.parametrize(("locale", "count"), [("en", 2), ("sv", 2), ("pl", 3), ("zh", 1)])
def test_catalog_declares_the_plural_forms_of_its_language(locale, count):
    catalog = read(catalog_path(locale))
    assert catalog.num_plurals == count
    for message in CATALOGS[locale].values():
        if message.pluralizable:
            assert len(message.string) == count, message.id


def test_chinese_translations_put_no_space_next_to_a_chinese_character():
    spaced = [f for m in CATALOGS["zh"].values() for f in forms(m) if CJK_NEXT_TO_SPACE.search(f)]
    assert spaced == []
