"""The publisher of a policy: its brand as the text writes it, or the company it names.

A brand is a proper name the policy repeats and never writes in lower case
("PROCOTsmart", "Imou"); widely used third-party services (data file
vocabularies/organizations.toml) are recipients, not publishers. Without such
a brand the company name before a legal form ("... Co., Ltd", "... 有限公司")
is used. A policy that never names its publisher gets None.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("vocabularies") / "organizations.toml"
_WORD = re.compile(r"(?<![\w.@/-])[A-Za-z][A-Za-z0-9]*[A-Za-z0-9](?![\w@]|\.\w)")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,24}$")
_MIN_BRAND_COUNT = 3
_MIN_HAN_NAME = 4


@cache
def organization_data() -> dict:
    """The parsed organizations.toml (legal forms per language, service names)."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _service_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in organization_data()["services"]["names"])


@cache
def _legal_form(lang: str) -> re.Pattern[str]:
    forms = sorted(organization_data()["legal_forms"].get(lang, []), key=len, reverse=True)
    if lang == "zh":
        return re.compile("|".join(map(re.escape, forms)))
    alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s*") for form in forms)
    name = r"[A-Z][\w&.'-]*(?:[ \t]+(?:[A-Z][\w&.'-]*|&))*"
    return re.compile(rf"({name}),?\s+(?i:{alternatives})(?!\w)")


def organization(text: str, lang: str) -> str | None:
    """The brand named most often, else the company before a legal form, else None."""
    return _brand(text) or _company(text, lang)


def _brand(text: str) -> str | None:
    counts = Counter(m.group() for m in _WORD.finditer(text))
    services = _service_words()
    candidates = []
    for word, count in counts.items():
        if count < _MIN_BRAND_COUNT or word.isupper() or word.islower():
            continue
        if word in services or counts.get(word.lower()):
            continue
        candidates.append((count, -text.find(word), word))
    return max(candidates)[2] if candidates else None


def _company(text: str, lang: str) -> str | None:
    if lang == "zh":
        return _han_company(text)
    names = Counter(m.group(1).rstrip(".") for m in _legal_form(lang).finditer(text))
    if not names:
        return None
    return max(names.items(), key=lambda kv: (kv[1], -text.find(kv[0])))[0]


def _han_company(text: str) -> str | None:
    """The longest name that ends before a legal form at least twice, or once after a stop."""
    runs = []
    for m in _legal_form("zh").finditer(text):
        run = _HAN_RUN.search(text, max(0, m.start() - 24), m.start())
        if run and len(run.group()) >= _MIN_HAN_NAME:
            runs.append((run.group(), run.start() == max(0, m.start() - 24), m.group()))
    suffixes = Counter(
        run[-n:] + form for run, _, form in runs for n in range(_MIN_HAN_NAME, len(run) + 1)
    )
    repeated = [(count, len(name), name) for name, count in suffixes.items() if count >= 2]
    if repeated:
        return max(repeated)[2]
    whole = [run + form for run, cut, form in runs if not cut]
    return whole[0] if whole else None
