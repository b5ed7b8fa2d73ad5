"""The publisher of a policy: its brand as the text writes it, or the company it names.

A brand is a proper name the policy repeats and never writes in lower case
("PROCOTsmart", "Imou"); widely used third-party services (data file
vocabularies/organizations.toml) are recipients, not publishers. Without such
a brand the company name before a legal form ("... Co., Ltd", "... 有限公司")
is used. Before all of these comes the company the policy itself declares as its
publisher (controller sentence, the company it calls "us"): a product, an SDK vendor
or an EU representative may be named more often. A policy that never names its
publisher gets None.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import cache, lru_cache, partial
from pathlib import Path

from labels._matching import count_words, lower_case, matches_at_spaces, spelled_by
from labels.defined_terms import defined_terms
from labels.script import SPACES_IN_LINE, spaced, without_spaces_in_han
from labels.vocabulary import LANGUAGES, compile_terms, syntax, vocabulary

_Search = Callable[[str, int], re.Match[str] | None]
"""A pattern's search: the leftmost match in a text from a position, or None."""
_DATA = Path(__file__).with_name("vocabularies") / "organizations.toml"
# The look-behind of _PHRASE follows its first letter (and looks one character further
# back): a pattern that begins with a letter lets the scan skip to the next one fast.
_TOP_LEVEL = re.compile(r"\.[a-z]{2,6}(?![\w-])")
_DOMAIN = re.compile(r"(?<![a-z0-9.-])([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})$")
_DOMAIN_CHARACTERS = re.compile(r"[a-z0-9.-]*")
"""What a domain is written with; matched in a reversed window, it finds where one can begin."""
_DOMAIN_LENGTH = 80
_APOSTROPHES = "’'"
"""The apostrophes of a possessive name; `_possessive_names` finds them by str.find."""
_PHRASE = re.compile(
    rf"[A-Z](?<![\w{_APOSTROPHES}].)[a-z]*[{_APOSTROPHES}][a-z]+\s+[A-Z][A-Za-z]+(?!\w)"
)
_CAPITAL = re.compile(r"[A-Z]")
_NOT_IN_DOMAIN = re.compile(r"[^a-z0-9-]")
"""What a domain leaves out of a lower-cased name."""
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")
_HAN_NAME = re.compile(r"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,6}[）)])+$")
"""A Chinese company name, a place in parentheses included ("赛博龙科技（北京）"); texts
write the parentheses full-width or not."""
_ALIAS_QUOTE = re.compile(r"\s*\(\s*[\"”“„'‘’]")
_MIN_DECLARED_WORDS = 2
_RARE_WORD = 6
_DECLARED_REACH = 120
_WE_REACH = 12
_MIN_BRAND_COUNT = 3
_MIN_DOMAIN_BRAND = 3
_MIN_INNER_BRAND = 5
_MIN_NAME_WORD = 2
_MIN_HAN_NAME = 2
_HAN_REACH = 24
_HAN_HEAD = 4


@cache
def organization_data() -> dict:
    """The parsed organizations.toml (legal forms per language, service names)."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _service_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in service_kinds())


@cache
def service_kinds() -> dict[str, str]:
    """Each widely used service name -> the `shared_with` id of its kind, or "other"."""
    return {name: kind for kind, names in organization_data()["services"].items() for name in names}


@cache
def _legal_form(lang: str, across_lines: bool = False) -> re.Pattern[str]:
    """A company name and its legal form; Latin-script policies name companies of every
    country ("The Rocket Science Group LLC" in a Swedish policy), so their forms pool.
    `across_lines`: a line break may part the words of the name (see `legal_names`)."""
    tables = organization_data()["legal_forms"]
    if lang == "zh":
        return re.compile("|".join(map(re.escape, sorted(tables["zh"], key=len, reverse=True))))
    # Words and spaces are possessive (*+, ++): a part of a word or of a space is never
    # followed by the ", " or space before a form, so giving it back could not match.
    # a place in parentheses may stand among the words: "Alibaba Cloud (Singapore) Private Limited"
    space = f"[{_name_spaces(across_lines)}]++"
    place = rf"\([A-Z][\w&.'-]*+(?:{space}[A-Z][\w&.'-]*+)*\)"
    name = rf"[A-Z][\w&.'-]*+(?:{space}(?:[A-Z][\w&.'-]*+|&|{place}))*"
    return re.compile(rf"({name}),?\s++{_latin_form(case_blind=True)}(?!\w)")


def _name_spaces(across_lines: bool) -> str:
    """The spaces between the words of a company name, for a []."""
    return SPACES_IN_LINE + "\n" if across_lines else SPACES_IN_LINE


@cache
def _name_characters(across_lines: bool) -> re.Pattern[str]:
    """What the words and spaces of a company name before a legal form are made of."""
    return re.compile(rf"[\w&.'(){_name_spaces(across_lines)}-]*")


@cache
def _latin_forms() -> list[str]:
    """The legal forms of the Latin-script tables in lower case, longest first."""
    tables = organization_data()["legal_forms"]
    pooled = {form.lower() for table, forms in tables.items() if table != "zh" for form in forms}
    return sorted(pooled, key=lambda form: (-len(form), form))


@cache
def _latin_form(case_blind: bool) -> str:
    """Any legal form of the Latin-script tables, as a pattern: case-blind, or in lower case
    for a lower-cased text."""
    return _any_of(_latin_forms(), space=r"\s*", case_blind=case_blind)


@cache
def _form_after_space(case_blind: bool) -> re.Pattern[str]:
    return re.compile(rf"\s(?={_latin_form(case_blind)}(?!\w))")


@cache
def _form_starts() -> tuple[bytes, bytes]:
    """The first three characters of the lower-cased legal forms, as
    labels._matching.matches_at_spaces reads them (a character past ASCII as NUL): the pairs
    of first characters, each giving the row of the third characters that may follow it.
    Rows alike are one, so the rows are few (a byte numbers them)."""
    thirds_of_pair: dict[int, bytearray] = {}
    for form in _latin_forms():
        for pair in _first_pairs(form):
            row = thirds_of_pair.setdefault(pair, bytearray(128))
            for third in _thirds(form):
                row[third] = 1
    rows = {bytes(128): 0}  # row 0 marks nothing: the pairs no form begins with
    pairs = bytearray(128 * 128)
    for pair, row in thirds_of_pair.items():
        pairs[pair] = rows.setdefault(bytes(row), len(rows))
    return bytes(pairs), b"".join(rows)


_ANY = range(128)
_NOT_WORD = [code for code in _ANY if not re.match(r"\w", chr(code))]
"""The ASCII characters that may follow a form, and NUL (any character past ASCII)."""


def _first_pairs(form: str) -> list[int]:
    """128 * first + second for the pairs of characters the form may begin with: a space of
    a form may be none or many, so any character may follow one."""
    firsts = _ANY if form[0] == " " else [_ascii_or_nul(form[0])]
    seconds = _ANY if len(form) < 2 or " " in form[:2] else [_ascii_or_nul(form[1])]
    return [128 * first + second for first in firsts for second in seconds]


def _thirds(form: str) -> Collection[int]:
    """The third characters the form may begin with: a form of two letters ends its word."""
    if len(form) == 2 and " " not in form:
        return _NOT_WORD
    if len(form) < 3 or " " in form[:3]:
        return _ANY
    return [_ascii_or_nul(form[2])]


def _ascii_or_nul(character: str) -> int:
    return ord(character) if character.isascii() else 0


def _forms_after_space(lowered: str, start: int, end: int) -> list[re.Match[str]]:
    """What `_form_after_space(case_blind=False).finditer(lowered, start, end)` finds, tried
    only at the spaces followed by the first three characters of a form (compiled; the scan
    tried each: callgrind, 50 KB en: 7.3 -> 1.6 M instructions)."""
    match = _form_after_space(case_blind=False).match
    return matches_at_spaces(match, lowered, start, end, *_form_starts())


def legal_names(
    text: str,
    lang: str,
    start: int = 0,
    end: int | None = None,
    lowered: str | None = None,
    across_lines: bool = False,
) -> Iterator[re.Match[str]]:
    """The matches of `_legal_form(lang, across_lines).finditer(text, start, end)`, found
    faster. Within one sentence a line break is a hard wrap, and a name may run across it
    ("Beijing Kingsoft" / "Cloud Internet Technology Co., Ltd"): ask `across_lines` there.
    Across a whole text, the lines of a list or a table each name their own company.

    The pattern begins with any capitalised word, so a scan tries it at every capital
    letter. Legal forms after a space are quicker to scan for, and the company name of a
    form ends where the comma and space before the form begin: the pattern is tried only
    at the capitals in the run of name characters before that, each capital once.
    Given the lower-cased text too, the forms are looked for there (twice as fast).
    """
    end = len(text) if end is None else end
    pattern = _legal_form(lang, across_lines)
    if lang == "zh":
        yield from pattern.finditer(text, start, end)
        return
    plain = lowered is not None and _lowers_alike(text, lowered)
    if plain:
        forms = _forms_after_space(lowered, start, end)
    else:
        forms = _form_after_space(case_blind=True).finditer(text, start, end)
    resume = tried = start  # where the last match ended; capitals before `tried` failed
    for space in forms:
        name_end = _before_separator(text, space.end(), start)
        untried = max(resume, tried)
        # the name's characters run back from its end: read them in the reversed text
        run = _name_characters(across_lines).match(text[untried:name_end][::-1])
        first = name_end - run.end()
        for capital in _CAPITAL.finditer(text, first, name_end):
            match = pattern.match(text, capital.start(), end)
            if match:
                yield match
                resume = match.end()
                break
        tried = max(tried, name_end)


def _before_separator(text: str, form_start: int, start: int) -> int:
    """Where a company name before a form ends: before the space and a comma."""
    end = form_start
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - 1 if end > start and text[end - 1] == "," else end


def _any_of(phrases: list[str], space: str, case_blind: bool = True) -> str:
    """An alternation of `phrases` (case-insensitive if `case_blind`), tried in their order,
    a space in them matching `space`. Grouped by first letter behind a look-ahead for those
    letters: a plain alternation tries every phrase at every position, this rejects most
    positions at once (the same matches, three to four times faster)."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        rest = re.escape(phrase[1:]).replace(r"\ ", space)
        by_first.setdefault(phrase[0].lower(), []).append(rest)
    branches = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    flag = "i" if case_blind else ""
    return f"(?{flag}:(?=[{re.escape(''.join(by_first))}])(?:{branches}))"


def organization(text: str, lang: str) -> str | None:
    """The brand of the policy's own web or mail domain, else a camel-case brand, else the
    company before a legal form, else None; its words parted by plain spaces. A name is a
    value, not a quote, so Chinese is read without the spaces a PDF may put inside it."""
    if lang == "zh":
        text = without_spaces_in_han(text)
    words = count_words(text)  # the ASCII words a brand may be among (_organization.pxi)
    words.update(_possessive_names(text))
    lowered = lower_case(text)
    brand = _domain_brand(text, lowered, words) or _camel_brand(text, words)
    declared = _declared(text, lowered, lang)
    if declared and not (brand and brand in declared[1]):
        return spaced(declared[0])
    publisher = brand or _company(text, lowered, lang)
    return spaced(publisher) if publisher else None


def _possessive_names(text: str) -> list[str]:
    """What `_PHRASE.findall(text)` finds ("Let’s Encrypt"), found from the apostrophe each
    name holds: a scan for an apostrophe skips ahead fast, one for a capital stops at each
    (twenty times faster). The capital of a name is the one right before the lower-case
    letters before its apostrophe; a name that would begin inside the last one is no match,
    as findall resumes after it."""
    names = []
    resume = 0
    for apostrophe in _apostrophes(text):
        capital = apostrophe - 1
        while capital >= resume and "a" <= text[capital] <= "z":
            capital -= 1
        name = _PHRASE.match(text, capital) if capital >= resume else None
        if name:
            names.append(name.group())
            resume = name.end()
    return names


def _apostrophes(text: str) -> list[int]:
    """Where the text writes an apostrophe, in order; found by str.find, which is some fifty
    times faster than a regular expression's scan for them."""
    found = []
    for mark in _APOSTROPHES:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def _declared(text: str, lowered: str, lang: str) -> tuple[str, str] | None:
    """The company the policy declares as its publisher and the words that declare it
    (where a brand the policy is known by may appear: „Huacheng”, „Imou”, „my”), or None."""
    if lang == "zh":
        return _han_declared(text)
    return _controller_named(text, lowered) or _company_called_us(text, lowered, lang)


@cache
def _declarations() -> dict:
    return organization_data()["publisher_declarations"]


@cache
def _controller_cue_patterns(case_blind: bool) -> dict[str, re.Pattern[str]]:
    """The controller cues, one pattern per first word (the key), longest cue first: a
    pattern that begins with a word is scanned for by that literal, one alternation of all
    the cues is tried at every position (three times faster)."""
    cues = sorted((cue.lower() for cue in _declarations()["controller"]), key=len, reverse=True)
    rests: dict[str, list[str]] = {}
    for cue in cues:
        first, _, rest = cue.partition(" ")
        rests.setdefault(first, []).append(rf"\s+{_spaced_cue(rest)}" if rest else "")
    flags = re.IGNORECASE if case_blind else 0
    return {
        first: re.compile(rf"{re.escape(first)}(?:{'|'.join(branches)})\s+", flags)
        for first, branches in rests.items()
    }


def _spaced_cue(cue: str) -> str:
    """A cue as a pattern whose words any run of spaces parts."""
    return re.escape(cue).replace(r"\ ", r"\s+")


def _controller_cues(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The matches of a case-blind scan for the controller cues ("the data controller is"),
    found in the lower-cased text where that finds the same (a plain scan is twice as fast),
    each cue tried only where its first word stands."""
    if _lowers_alike(text, lowered):
        patterns = _controller_cue_patterns(case_blind=False)
        searches = [_search_for(pattern, word) for word, pattern in patterns.items()]
        return _leftmost_matches(searches, lowered)
    blind = _controller_cue_patterns(case_blind=True)
    return _leftmost_matches([pattern.search for pattern in blind.values()], text)


def _search_for(pattern: re.Pattern[str], word: str) -> _Search:
    """The search for a pattern that begins with `word`: from where str.find finds a long
    word, rare in a text; by the pattern's own scan for a short one, as common as "the",
    where a call of the pattern at each would cost more than the scan (callgrind, the cues
    of 50 KB: en 1.3 -> 0.7, sv 0.9 -> 0.8, pl 1.0 -> 0.5 M instructions)."""
    if len(word) >= _RARE_WORD:
        return partial(_search_from_word, pattern, word)
    return pattern.search


def _search_from_word(
    pattern: re.Pattern[str], word: str, text: str, pos: int
) -> re.Match[str] | None:
    """pattern.search(text, pos) for a pattern that begins with `word`, tried only where
    str.find finds the word: it skips there far faster than the pattern's scan compares
    each character."""
    at = text.find(word, pos)
    while at >= 0:
        match = pattern.match(text, at)
        if match:
            return match
        at = text.find(word, at + 1)
    return None


def _leftmost_matches(searches: Sequence[_Search], text: str) -> Iterator[re.Match[str]]:
    """What finditer of the alternation of the patterns `searches` search for finds, for
    patterns that never match at the same place: the leftmost match of any, then the
    leftmost from its end, and so on."""
    found = [search(text, 0) for search in searches]
    while any(found):
        first = min(filter(None, found), key=re.Match.start)
        yield first
        found = [
            match if match is None or match.start() >= first.end() else search(text, first.end())
            for search, match in zip(searches, found, strict=True)
        ]


def _lowers_alike(text: str, lowered: str) -> bool:
    """Whether a plain scan of `lowered` finds what a case-blind one finds in `text`, at the
    same offsets: lower() kept the length and left no letter that a case-blind match takes
    for an ASCII one (ı, ſ)."""
    return len(lowered) == len(text) and "ı" not in text and "ſ" not in text


def _controller_named(text: str, lowered: str) -> tuple[str, str] | None:
    """The capitalised name of at least two words after the controller cue
    ("Administratorem danych jest Główny Inspektor Sanitarny z siedzibą …")."""
    for cue in _controller_cues(text, lowered):
        words = []
        for word in text[cue.end() : cue.end() + _DECLARED_REACH].split():
            if not word[0].isupper():
                break
            words.append(word.rstrip(",;:"))
            if word[-1] in ",;:":
                break
        if len(words) >= _MIN_DECLARED_WORDS:
            return " ".join(words), " ".join(words)
    return None


def _company_called_us(text: str, lowered: str, lang: str) -> tuple[str, str] | None:
    """A company given a short name ("Zoe Limited (”Zoe”)") or named as "us"
    ("skontaktować się z nami (Mozilla Corporation)")."""
    we = "|".join(map(re.escape, _declarations()["we"]))
    called_us = re.compile(rf"(?i:\b(?:{we}))\s*\(\s*$")
    for m in legal_names(text, lang, lowered=lowered):
        before = text[max(0, m.start() - _WE_REACH) : m.start()]
        if _ALIAS_QUOTE.match(text, m.end()) or called_us.search(before):
            return _own_words(m.group(1)), _up_to_parenthesis_end(text, m.start())
    return None


def _own_words(name: str) -> str:
    """The words of a company name before its legal form, without the title that runs into
    it in capitals ("PRIVACY POLICY OF ACME" -> "ACME"; [name_starts_after] latin)."""
    words = name.rstrip(".").split()
    title = _title_words()
    cut = max((i + 1 for i, word in enumerate(words[:-1]) if word.lower() in title), default=0)
    return " ".join(words[cut:])


@cache
def _title_words() -> frozenset[str]:
    return frozenset(organization_data()["name_starts_after"]["latin"])


def _up_to_parenthesis_end(text: str, start: int) -> str:
    """The text from start to the end of the parenthesis after it (the short names)."""
    end = text.find(")", start, start + _DECLARED_REACH)
    return text[start : end if end >= 0 else start + _DECLARED_REACH]


def _han_declared(text: str) -> tuple[str, str] | None:
    """The company a Chinese policy calls 我们 ("华米科技及关联公司（下文简称“华米”或“我们”）"
    -> 华米科技); its affiliates after the last 及 are not part of the name, and a name
    that is not a company's ("天猫精灵产品和服务提供者") is no declaration."""
    data = _declarations()
    marks = "|".join(map(re.escape, data["zh_alias"]))
    we = "|".join(map(re.escape, data["zh_we"]))
    alias = re.compile(rf"[（(](?:{marks})[^）)]{{0,30}}(?:{we})")
    for m in alias.finditer(text):
        run = _HAN_NAME.search(text, max(0, m.start() - _HAN_REACH), m.start())
        if not run:
            continue
        own = run.group().rsplit(data["zh_affiliates"], 1)[0]
        name = _name_start().split(own)[-1]
        if len(name) >= _MIN_HAN_NAME and name.endswith(tuple(data["zh_company_endings"])):
            return name, text[run.start() : m.end()]
    return None


def _domain_brand(text: str, lowered: str, words: Counter[str]) -> str | None:
    """The most frequent name that begins a domain label of the text ("eufy" of eufylife.com).

    Words of the policy language ("cookies" of allaboutcookies.org) and known
    third-party services are not brands. A two-word name that the domain spells whole
    ("Lilla Uggla" of lillauggla.se) is one name: its words count only where they stand
    alone, or "Uggla" of "Lilla Uggla Cam" and "Uggla Moln" would outnumber it.
    """
    labels = {label for domain in _domains(lowered) for label in domain.split(".")[:-1]} - {"www"}
    if not labels:
        return None
    names = set().union(*map(_names_of, labels))
    services = _service_words()
    totals: Counter[str] = Counter()
    spellings: dict[str, list[tuple[int, str]]] = {}
    capitalised = set()
    for (word, count), key in _spelled_by_labels(words, names | _halves(labels)):
        if word[0].isupper():
            capitalised.add(key)
        if key not in names or word in services or _is_language_word(key):
            continue
        totals[key] += count
        spellings.setdefault(key, []).append((count, word))
    for pair, count in _name_pairs(text, lowered, labels, capitalised).items():
        key = _squeezed(pair)
        totals[key] += count
        spellings.setdefault(key, []).append((count, pair))
        for word in pair.split():
            totals[_squeezed(word)] -= count
    best = [(count, key) for key, count in totals.items() if count >= _MIN_BRAND_COUNT - 1]
    if not best:
        return None
    return max(spellings[max(best)[1]])[1]


def _spelled_by_labels(words: Counter[str], parts: set[str]) -> list[tuple[tuple[str, int], str]]:
    """Each word with its count and its `_squeezed` key, for the words whose key is one of
    the `parts` of the domain labels, in order. Picked in one compiled pass, not in a Python
    loop over the thousands of words of a text, of which a handful are parts of a label
    (callgrind, 50 KB en: squeezing all words together and compress(): 3.2 -> 0.7 M)."""
    return spelled_by(words, parts, _squeezed)


def _halves(labels: set[str]) -> set[str]:
    """The two parts of each cut of a domain label that `_name_pairs` may take for a name."""
    return {half for label in labels for halves in _cuts(label) for half in halves}


def _cuts(label: str) -> Iterator[tuple[str, str]]:
    """A domain label cut in two at each place that leaves both parts long enough for a word."""
    for cut in range(_MIN_NAME_WORD, len(label) - _MIN_NAME_WORD + 1):
        yield label[:cut], label[cut:]


def _name_pairs(text: str, lowered: str, labels: set[str], capitalised: set[str]) -> Counter[str]:
    """The two-word names, as written, that a domain label spells whole ("Lilla Uggla" of
    lillauggla), with their counts. A label is cut in two only where both parts are words
    the text writes with a capital (as a domain writes them: `capitalised`), and the
    lower-cased text is searched for those few (a literal search; a case-blind one over the
    whole text costs milliseconds). Not all of a name's words are words of the policy
    language ("Privacy Shield" of privacyshield.gov)."""
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets differ
        lowered = "".join(letter.lower()[0] for letter in text)
    pairs: Counter[str] = Counter()
    for label in labels:
        for first, second in _cuts(label):
            if first not in capitalised or second not in capitalised:
                continue
            if all(map(_is_language_word, (first, second))):
                continue
            for found in re.finditer(rf"{first}\s+{second}(?!\w)", lowered):
                start = found.start()
                pair = text[start : found.end()]
                if (start == 0 or not text[start - 1].isalnum()) and all(
                    word[0].isupper() for word in pair.split()
                ):
                    pairs[pair] += 1
    return pairs


def _domains(lowered: str) -> set[str]:
    """The domains of the web and mail addresses in the lower-cased text.

    Each one ends in a dot and a top-level name; those endings are found first
    (a literal dot is quick to scan for) and the domain is read back from there: only the
    start of the run of domain characters before an ending passes `_DOMAIN`'s look-behind,
    so the pattern is tried there alone, not searched for at each place of the window.
    """
    found = set()
    for ending in _TOP_LEVEL.finditer(lowered):
        window = lowered[max(0, ending.start() - _DOMAIN_LENGTH) : ending.end()]
        first = len(window) - _DOMAIN_CHARACTERS.match(window[::-1]).end()
        domain = _DOMAIN.match(window, first)
        if domain:
            found.add(domain.group(1))
    return found


def _squeezed(name: str) -> str:
    """A name as a domain writes it: "Let’s Encrypt" -> "letsencrypt"."""
    return _NOT_IN_DOMAIN.sub("", name.lower())


def _camel_brand(text: str, words: Counter[str]) -> str | None:
    """A repeated word with a capital inside it ("iSmartHomeQ"), never written in lower case."""
    services = _service_words()
    candidates = []
    for word, count in words.items():
        if count < _MIN_BRAND_COUNT or word.isupper() or not _CAMEL.search(word):
            continue
        if word in services or words.get(word.lower()):
            continue
        candidates.append((count, -text.find(word), word))
    return max(candidates)[2] if candidates else None


def _names_of(label: str) -> set[str]:
    """The names a domain label can stand for: its beginnings ("eufy" of eufylife) and the
    longer words inside it ("pocket" of getpocket)."""
    names = {label[:n] for n in range(_MIN_DOMAIN_BRAND, len(label) + 1)}
    names.update(
        label[i:j] for i in range(len(label)) for j in range(i + _MIN_INNER_BRAND, len(label) + 1)
    )
    return names


@lru_cache(maxsize=65536)
def _is_language_word(key: str) -> bool:
    exact, stems = _language_words()
    return key in exact or any(key[:n] in stems for n in range(1, len(key) + 1))


@cache
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words and stems of every vocabulary, all languages: words a brand is not."""
    exact, stems = set(), set()
    for lang in LANGUAGES:
        vocab = vocabulary(lang)
        for table in [*vocab.get("concepts", {}).values(), vocab.get("cues", {})]:
            for terms in table.values():
                for term in terms:
                    for word in re.split(r"[\s/-]+", term.lower()):
                        if word.endswith("*"):
                            stems.add(word[:-1])
                        elif word:
                            exact.add(word)
    return frozenset(exact), frozenset(stems)


def _company(text: str, lowered: str, lang: str) -> str | None:
    if lang == "zh":
        return _han_company(text)
    names = Counter(_own_words(m.group(1)) for m in legal_names(text, lang, lowered=lowered))
    if not names:
        return None
    return max(names.items(), key=lambda kv: (kv[1], -text.find(kv[0])))[0]


def _han_company(text: str) -> str | None:
    """The most frequent (then first) name before a Chinese legal form.

    The characters before "有限公司" run on from the sentence ("本政策仅适用于
    珠海格力电器股份有限公司"); the name begins after the last particle that
    cannot be part of a name (data file: [name_starts_after]).
    """
    names: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _legal_form("zh").finditer(text):
        run = _HAN_RUN.search(text, max(0, m.start() - _HAN_REACH), m.start())
        if not run:
            continue
        name = _name_start().split(run.group())[-1]
        if len(name) >= _MIN_HAN_NAME:
            names[name + m.group()] += 1
            first.setdefault(name + m.group(), m.start())
    if not names:
        return None
    return max(names, key=lambda name: (names[name], -first[name]))


def short_names(publisher: str | None, text: str) -> tuple[str, ...]:
    """The short forms a Chinese policy calls its company by: two characters at the head
    of the full name that recur on their own ("华为" in 华为终端有限公司, "格力" in
    珠海格力电器…); the tail of a name is generic (科技, 网络, 信息技术)."""
    if not publisher or not _HAN_RUN.search(publisher):
        return ()
    rest = text.replace(publisher, "")
    head = publisher[:_HAN_HEAD]
    pairs = {head[i : i + 2] for i in range(len(head) - 1)}
    return tuple(sorted(p for p in pairs if rest.count(p) >= _MIN_BRAND_COUNT))


@lru_cache(maxsize=4)
def defined_aliases(text: str, lang: str) -> tuple[str, ...]:
    """The defined terms a company is called by ("Gniazdko24 S.A. (dalej: „Sprzedawca”)",
    "Acme Ltd (hereinafter "Seller")"): later sentences speak as the company through them
    ("Sprzedawca nie sprzedaje danych"). Taken only where a company name with its legal form
    stands right before the parenthesis, with at most a comma or a registration tail between,
    and never a term naming the user or "us" (organizations.toml [defined_alias]). Most
    policies define no term: one search for the parenthesis spares the hunt for names."""
    parenthesis = _alias_parenthesis(lang == "zh")
    if not parenthesis.search(text):
        return ()
    names = list(_legal_form("zh").finditer(text) if lang == "zh" else legal_names(text, lang))
    ends = [name.end() for name in names]
    company_before = partial(_company_before, names, ends)
    found: list[str] = []
    near_names = _first_parentheses_after(text, ends, parenthesis)
    for _, quoted in defined_terms(near_names, _QUOTED, company_before):
        found += [alias for alias in quoted if _names_the_company(alias)]
    return tuple(dict.fromkeys(found))


def _company_before(
    names: list[re.Match[str]],
    ends: list[int],
    term: re.Match[str],
    previous: re.Match[str] | None,
) -> str | None:
    """The first of the company `names` (ending at `ends`) that `term` is the first alias
    parenthesis after: within reach before it, after the previous one's start, with at most
    a tail between."""
    first = max(
        bisect_right(ends, previous.start()) if previous else 0,
        bisect_left(ends, term.end() - _ALIAS_REACH),
    )
    last = bisect_right(ends, term.start())
    text = term.string
    tailed = (n for n in names[first:last] if _only_tail_between(text[n.end() : term.start()]))
    return next((name.group() for name in tailed), None)


def _first_parentheses_after(
    text: str, ends: list[int], parenthesis: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The first alias parenthesis within reach after each company name ending at `ends`,
    each once: searched near the names alone, as a policy names few companies."""
    last = None
    for end in ends:
        found = parenthesis.search(text, end, end + _ALIAS_REACH)
        if found and (last is None or found.start() != last.start()):
            last = found
            yield found


def declined_stem(term: str, lang: str) -> str:
    """What a defined term keeps in every grammatical case: Polish declines it ("Sprzedawca"
    is "Sprzedawcy", "Sprzedawcę", "Sprzedawcą" in other cases), so its nominative ending
    ([syntax] nominative_endings) is dropped, as a vocabulary stem ("sprzedawc*") drops it;
    a term ending otherwise ("Administrator") is its own stem ("Administratora")."""
    ending = next((e for e in syntax(lang, "nominative_endings") if term.endswith(e)), "")
    stem = term[: len(term) - len(ending)]
    return stem if len(stem) >= _MIN_STEM else term


_MIN_STEM = 4
"""How long a defined term must be to lose its ending: a shorter stem is no word's own."""
_ALIAS_REACH = 300
_QUOTES = "\"”“„'‘’「」『』"
_QUOTED = re.compile(rf"[{_QUOTES}]([^{_QUOTES}\n]{{2,40}})[{_QUOTES}]")


@cache
def _alias_parenthesis(han: bool) -> re.Pattern[str]:
    """A parenthesis that opens with an alias marker and holds a quoted term."""
    table = organization_data()["defined_alias"]
    markers = sorted(table["zh_markers" if han else "markers"], key=len, reverse=True)
    marker = "|".join(re.escape(m).replace(r"\ ", r"\s+").replace(r"\*", r"\w*") for m in markers)
    return re.compile(rf"[(（]\s*(?i:{marker})\s*[:：]?\s*[{_QUOTES}][^()（）\n]*[)）]")


def _only_tail_between(gap: str) -> bool:
    """Whether the words between a company's legal form and a parenthesis are nothing, a
    comma, or a registration tail ("z siedzibą w Warszawie, KRS 0000123456")."""
    words = gap.strip().lstrip(",").strip().lower()
    tails = organization_data()["defined_alias"]["registration_tail"]
    return not words or words.startswith(tuple(tails))


def _names_the_company(alias: str) -> bool:
    """Whether a defined term can stand for the company: a name (capitalised, in Latin
    script), not "us" nor the user ("Użytkownik", "Klient", "用户")."""
    lowered = alias.lower()
    data = organization_data()
    if lowered in {*data["publisher_declarations"]["we"], *data["publisher_declarations"]["zh_we"]}:
        return False
    if _user_terms().match(lowered):
        return False
    return alias[0].isupper() or bool(_HAN_RUN.match(alias[0]))


@cache
def _user_terms() -> re.Pattern[str]:
    """The defined terms that name the user ([defined_alias] not_the_company; README term
    syntax)."""
    return compile_terms(organization_data()["defined_alias"]["not_the_company"], "en")


@cache
def _name_start() -> re.Pattern[str]:
    particles = organization_data()["name_starts_after"]["zh"]
    return re.compile("|".join(map(re.escape, particles)))
