"""Which locale a request is answered in, and the catalogs Flask-Babel translates with.

The locale comes from `?lang=`, then the `lang` cookie, then Accept-Language.
A `?lang=` on a normal page is remembered in the cookie; pages marked
`cookieless` (the embeddable widget) neither read nor set it, so a third-party
page gets the same answer for the same URL and no cookie.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, Response, g, request
from flask_babel import Babel, Domain, get_locale

from labels.i18n import DEFAULT_LOCALE, LOCALES, TRANSLATIONS_DIR, translations
from labels.texts import LabelTexts

COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


class CatalogDomain(Domain):
    """Flask-Babel's domain, fed from `labels.i18n`: one loader for app and label."""

    def get_translations(self):
        return translations(str(get_locale() or DEFAULT_LOCALE))


def cookieless() -> None:
    """Mark this request as one that must not read or set the locale cookie."""
    g.cookieless = True


def _asked_locale() -> str | None:
    asked = request.args.get("lang")
    return asked if asked in LOCALES else None


def select_locale() -> str:
    """?lang=, then the cookie (unless cookieless), then Accept-Language, then English."""
    if asked := _asked_locale():
        return asked
    remembered = request.cookies.get(COOKIE)
    if remembered in LOCALES and not g.get("cookieless"):
        return remembered
    return request.accept_languages.best_match(LOCALES, default=DEFAULT_LOCALE)


def _remember_locale(response: Response) -> Response:
    asked = _asked_locale()
    if asked and not g.get("cookieless") and request.cookies.get(COOKIE) != asked:
        response.set_cookie(COOKIE, asked, max_age=COOKIE_MAX_AGE, samesite="Lax", httponly=True)
    if not g.get("cookieless"):
        response.vary.update(("Accept-Language", "Cookie"))
    return response


def url_in_locale(locale: str) -> str:
    """The current page in another locale (the language switcher's links, 404 pages too)."""
    return f"{request.path}?{urlencode(request.args.to_dict() | {'lang': locale})}"


def _template_context() -> dict:
    locale = str(get_locale())
    return {
        "locale": locale,
        "texts": LabelTexts(locale),
        "locales": [(code, LabelTexts(code).language_name(code)) for code in LOCALES],
        "url_in_locale": url_in_locale,
    }


def configure_i18n(app: Flask) -> None:
    """Flask-Babel on our catalogs, the locale selector, the cookie and template helpers."""
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS_DIR))
    babel = Babel(app, locale_selector=select_locale)
    babel.domain_instance = CatalogDomain()  # replaces the .mo loader: the .po files are read
    app.after_request(_remember_locale)
    app.context_processor(_template_context)
