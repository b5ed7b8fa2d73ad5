"""The locales PolicyLabel speaks, and their message catalogs.

One list of locales serves the web app, the label renderers, the catalog
commands and the tests. Catalogs are read from the `.po` files in
`translations/` and compiled in memory, so a fresh clone needs no build step
and no compiled `.mo` file can go stale.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES: tuple[str, ...] = ("en", "sv", "pl", "zh")
DEFAULT_LOCALE = "en"
DOMAIN = "messages"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def N_(message: str) -> str:  # noqa: N802 (the gettext convention pybabel looks for)
    """Mark a string for extraction; it is translated later, where it is shown."""
    return message


def catalog_path(locale: str) -> Path:
    """Where the `.po` file of a locale lives (the gettext layout Flask-Babel expects)."""
    return TRANSLATIONS_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(locale: str) -> Translations:
    """The compiled catalog of one of `LOCALES` (fuzzy entries are left out)."""
    if locale not in LOCALES:
        raise ValueError(f"unsupported locale {locale!r}; expected one of {', '.join(LOCALES)}")
    with catalog_path(locale).open("rb") as po:
        catalog = read_po(po, locale=locale, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)
