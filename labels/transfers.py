"""Where data goes: transfers out of the user's country, and the countries of storage."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from operator import attrgetter

from labels.detect import OPENING_MARKS, Detection, Mention, Reading
from labels.evidence import Evidence
from labels.law import explains_law
from labels.matching import Tokens
from labels.values import Found, find_countries, home_countries
from labels.vocabulary import syntax

_START = attrgetter("start")
_FRONTED_REACH = 1
"""How many words may part a country from the verb after it that sends or keeps data there
("W USA są przechowywane kopie")."""
_ABOUT_DATA_FLOW = ("share", "retain", "storage", "collect", "use")
"""A mention of other countries says something about transfers only beside one of these."""
_SOURCE, _OUTSIDE, _RETAIN = "cues.source", "cues.outside", "cues.retain"
_VERBS = frozenset(f"cues.{verb}" for verb in ("collect", "use", "share", "retain", "storage"))
"""The verbs that say what is done with data at a place."""
_ROLE_REACH = 2
"""How many words may part "from" or "outside" from the country after it ("outside of the
United States", "poza granicami Polski")."""
_LAW_REACH = 2
"""How many words may stand between a law and the country it belongs to ("przepisami prawa
(w Polsce", "the laws of Germany")."""
_CLAUSE_BREAKS = (",", ";", ".", "，", "；", "。")


def international_transfer(detection: Detection, evidence: Evidence) -> bool | None:
    """True where data may leave the user's country; False where the policy keeps it home.

    A policy that both keeps data in the country and admits a transfer abroad
    does transfer it (a wrong "no" is worse than a "yes" with its quote). A transfer
    named as the condition of a right of the user ("if your data is transferred to a
    third country, you have the right to …") is no statement. Data shared with or stored
    in a country named outside the reader's home is transferred too. A sentence that opens
    by explaining the law ("Under the GDPR, a transfer … is allowed only with …") says
    nothing of the company's own transfers.
    """
    said: dict[bool, object] = {}
    for reading in detection.readings_with(
        "cues.transfer_abroad", "cues.stays_in_country", "cues.share", "cues.storage", _RETAIN
    ):
        if (
            detection.states_nothing(reading)
            or _names_a_topic(detection, reading)
            or explains_law(detection.text, reading, reading.start)
        ):
            continue
        if _to_a_country_abroad(detection, reading):
            said[True] = reading
            break
        if not (reading.has("cues.transfer_abroad") or reading.has("cues.stays_in_country")):
            continue
        if not _about_data_flow(detection, reading):
            continue
        if reading.affirms("cues.transfer_abroad"):
            if not _condition_of_a_right(detection, reading):
                said[True] = reading
                break  # a transfer wins over keeping data home: nothing after it matters
        elif _excepted_country(detection, reading) or _with_safeguards(reading):
            said[True] = reading
            break
        elif reading.denied("cues.transfer_abroad") or reading.affirms("cues.stays_in_country"):
            said.setdefault(False, reading)
    if True not in said and (cell := _recipient_abroad_cell(detection)) is not None:
        said[True] = cell
    for value in (True, False):
        if value in said:
            evidence.add("international_transfer", value, said[value])
            return value
    return None


def _recipient_abroad_cell(detection: Detection) -> Reading | None:
    """The first cell of a recipients table's country column that names a country abroad
    ("Mottagare | Land" above "Zendesk | USA"): the recipient gets the data there. English
    has no home: its table sends data abroad when its column names two countries or more."""
    for head in detection.readings_with("cues.country_head"):
        if not detection.is_column_head(head):
            continue
        if not any(h.has("cues.recipient_head") for h in detection.table_heads(head)):
            continue
        home = home_countries(head.lang)
        named: dict[str, Reading] = {}
        for cell in detection.column_cells(head):
            text = detection.text[cell.start : cell.end]
            for country in find_countries(text, cell.lang):
                if home is not None and country.value not in home:
                    return cell
                named.setdefault(country.value, cell)
        if len(named) >= 2:
            return list(named.values())[1]
    return None


def _names_a_topic(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence is a heading that names its section's topic ("6. Transfers
    outside the EEA", "4. 存储与跨境"): what the section says answers, whatever its title.
    A heading written as a sentence, with its full stop, states what it says."""
    return reading.kind == "heading" and not detection.text.endswith(
        _FULL_STOPS, reading.start, reading.end
    )


_FULL_STOPS = (".", "。", "．")


def _to_a_country_abroad(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence shares or stores data and names a country outside the home of
    its language's readers as where it goes (`_flows_to`): "Dina uppgifter kan överföras
    till USA", "Dane są przechowywane na serwerach w Singapurze", "传输至美国的服务器". An
    English policy has no home (labels.values.home_countries): it is read in every country
    it names. In every language data sent outside a country ("传输至中国大陆以外的服务器",
    "transferred outside of the United States") or from one country to another ("från
    Sverige till USA") leaves (`_roles`)."""
    if _condition_of_a_right(detection, reading):
        return False
    text = detection.text[reading.start : reading.end]
    countries = find_countries(text, reading.lang)
    if not countries:
        return False  # most sentences name no country: their flows need not be read
    flows = _flows(reading)
    if all(m.denied for m in flows) and not _keeps_at_places(reading):
        return False
    home = home_countries(reading.lang)
    roles = _roles(detection, reading, countries)
    sources = {
        c.value for c, role in zip(countries, roles, strict=True) if role and role.key == _SOURCE
    }
    leaving = _flows(reading, "cues.transfer_abroad")
    for country, role in zip(countries, roles, strict=True):
        if role is not None and role.key == _OUTSIDE:
            if not role.denied and _flows_to(detection, reading, leaving, country) is True:
                return True
        elif (
            role is None
            and (
                _flows_to(detection, reading, flows, country) is True
                or _kept_at(detection, reading, country)
            )
            and (sources - {country.value} or (home is not None and country.value not in home))
        ):
            return True
    return False


def _roles(detection: Detection, reading: Reading, countries: list[Found]) -> list[Mention | None]:
    """What each country is to the data, when not where it goes: where data comes from
    (`_SOURCE`: "从中国传输至新加坡", "från Sverige till USA") or where it is not (`_OUTSIDE`:
    "outside of the United States", "utanför Sverige", "poza Polską", written after the
    country in Chinese: "中国大陆以外", "中国境外"). "from" or "outside" belongs to the first
    country after it, within `_ROLE_REACH` words; the mention says it, with its stance. A
    "from" inside a term of storage is no source ("may access your personal data from")."""
    starts = [reading.start + c.start for c in countries]
    ends = [reading.start + c.end for c in countries]
    roles: list[Mention | None] = [None] * len(countries)
    span = detection.tokens.span
    for mention in reading.mentions:
        if mention.key not in (_SOURCE, _OUTSIDE) or any(
            p.key == "cues.storage" and p.start <= mention.start and mention.end <= p.end
            for p in reading.overlapping(mention.start, mention.end)
        ):
            continue  # "access your personal data from the Philippines" processes it there
        after = bisect_left(starts, mention.end)
        if after < len(starts) and len(span(mention.end, starts[after])) <= _ROLE_REACH:
            roles[after] = mention
        elif mention.key == _OUTSIDE and mention.start in ends:
            roles[ends.index(mention.start)] = mention
    return roles


def _flows(reading: Reading, *more: str) -> list[Mention]:
    """The sharing and storing terms of a sentence (and those of the `more` keys), in text
    order."""
    keys = ("cues.share", "cues.storage", *more)
    return sorted([m for key in keys for m in reading.terms(key)], key=_START)


def _flows_to(
    detection: Detection, reading: Reading, flows: list[Mention], country: Found
) -> bool | None:
    """Whether data goes to a country the sentence names (its offsets are the sentence's):
    the stance of the nearest sharing or storing before it. After a denial it is where data
    does not go: "przechowujemy dane wyłącznie na terytorium Polski i nie przekazujemy ich
    do Stanów Zjednoczonych". Before any, it is the setting ("W Stanach Zjednoczonych
    Firefox pobiera podpowiedzi z serwerów"), None, unless the verb follows right after it
    ("I USA lagras dina personuppgifter") or the language names the place before the verb
    (Chinese: "与位于美国的第三方共享")."""
    start, end = reading.start + country.start, reading.start + country.end
    starts = [m.start for m in flows]
    before = bisect_left(starts, start) - 1
    if before >= 0:
        return not flows[before].denied
    after = bisect_left(starts, end)
    if after == len(flows):
        return None
    verb = flows[after]
    next_to = len(detection.tokens.span(end, verb.start)) <= _FRONTED_REACH
    return not verb.denied if next_to or _places_before_verbs(reading.lang) else None


def _keeps_at_places(reading: Reading) -> bool:
    """Whether the sentence keeps data (cues.retain) in a language that may name where with a
    place preposition before the verb ([syntax] place_prepositions: zh 在)."""
    return reading.affirms(_RETAIN) and bool(_place_prepositions(reading.lang))


def _kept_at(detection: Detection, reading: Reading, country: Found) -> bool:
    """Whether data is kept in a country named after a place preposition, the first verb
    after it keeping data: "您的个人信息将在美国存储和处理", "我们会在新加坡存储" (存储 alone keeps
    for a time; the place before it says where). "在中国境内收集和产生的个人信息" collects there."""
    prepositions = _place_prepositions(reading.lang)
    start, end = reading.start + country.start, reading.start + country.end
    if not prepositions or not detection.text.endswith(prepositions, reading.start, start):
        return False
    verbs = [m for m in reading.mentions if m.start >= end and m.key in _VERBS]
    return bool(verbs) and verbs[0].key == _RETAIN and not verbs[0].denied


def _country_of_a_law(detection: Detection, reading: Reading, country: Found) -> bool:
    """Whether the country qualifies a law right before it, in the same clause: "przechowujemy
    przez okres wymagany przepisami prawa (w Polsce m.in. 5 lat …)" keeps data for as long
    as Polish law says, not in Poland. Storage named after the law ("as required by law,
    in Germany", "by law on servers in Germany") still places the data."""
    start = reading.start + country.start
    tokens = detection.tokens
    return any(
        law.end <= start and _within_a_clause(tokens, tokens.span(law.end, start), _LAW_REACH)
        for law in reading.terms("cues.law")
    )


def _within_a_clause(tokens: Tokens, between: range, reach: int) -> bool:
    """Whether the tokens `between` break no clause and hold at most `reach` words; read from
    the end, so a law far back in a long sentence costs no more than `reach` words."""
    words = 0
    for word in map(tokens.words.__getitem__, reversed(between)):
        if word in _CLAUSE_BREAKS:
            return False
        words += word.isalnum()
        if words > reach:
            return False
    return True


@cache
def _place_prepositions(lang: str) -> tuple[str, ...]:
    """The words of `lang` that put a place before its verb ([syntax] place_prepositions)."""
    return tuple(syntax(lang, "place_prepositions"))


@cache
def _places_before_verbs(lang: str) -> bool:
    """Whether `lang` names where data goes before the verb ([syntax] of its vocabulary)."""
    return bool(syntax(lang, "places_before_verbs", False))


def _excepted_country(detection: Detection, reading: Reading) -> bool:
    """Whether a denied transfer is followed by an exception that names a country: "We do not
    transfer your data outside the EEA, except when we use providers in the United States",
    "nie przekazujemy … poza EOG, z wyjątkiem … dostawców w USA" transfer data there. An
    exception that names none ("unless the law requires it") leaves the denial standing."""
    denied = reading.denied("cues.transfer_abroad")
    if not denied:
        return False
    after = [m.start for m in reading.terms("cues.exception") if m.start > denied[0].start]
    if not after:
        return False
    return bool(find_countries(detection.text[after[0] : reading.end], reading.lang))


def _with_safeguards(reading: Reading) -> bool:
    """Whether a denied transfer is turned by "without" (a second negation) or an exception
    into one made with a safeguard: "We do not transfer … outside the EEA without appropriate
    safeguards", "Vi överför inte … utan att säkerställa en adekvat skyddsnivå", "… except
    where an adequate level of protection is ensured". Consent or the law as the exception
    leaves the denial standing."""
    if not reading.has("cues.safeguard") or not reading.denied("cues.transfer_abroad"):
        return False
    turns = [m.key for m in reading.mentions if m.key in ("cues.exception", "cues.negation")]
    return "cues.exception" in turns or turns.count("cues.negation") >= 2


def _about_data_flow(detection: Detection, reading: Reading) -> bool:
    """The sentence speaks of data moving or kept, or a heading above it is about
    passing data on ("## Przekazywanie danych" over "dane użytkownika mogą trafić na
    jeden z tych komputerów w innym kraju")."""
    if any(reading.has(f"cues.{cue}") for cue in _ABOUT_DATA_FLOW):
        return True
    headings = [r for r in detection.contexts(reading) if r.kind == "heading"]
    return any(r.has("cues.share") or r.has("cues.transfer_abroad") for r in headings)


def _condition_of_a_right(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence opens with a condition and grants the user a right."""
    if not reading.has("cues.users_right"):
        return False
    text = detection.text
    return any(
        not text[reading.start : m.start].strip(OPENING_MARKS)
        for m in reading.mentions
        if m.key == "cues.condition"
    )


def storage_countries(detection: Detection, evidence: Evidence) -> list[str]:
    """Countries named as where data is stored or processed (`_flows_to`): not a partner's
    country before the verb ("Vi samarbetar med partners i USA, men dina personuppgifter
    lagras endast inom EU"), nor one after a denial, nor one data comes from or is outside
    of (`_roles`: "存储于中国境外")."""
    found: dict[str, object] = {}
    for reading in detection.readings_with("cues.storage", "cues.stays_in_country", _RETAIN):
        placed = reading.affirms("cues.storage") or reading.affirms("cues.stays_in_country")
        if not (placed or _keeps_at_places(reading)):
            continue
        text = detection.text[reading.start : reading.end]
        flows = _flows(reading) if placed else []
        countries = find_countries(text, reading.lang)
        for country, role in zip(countries, _roles(detection, reading, countries), strict=True):
            if (
                role is None
                and not _country_of_a_law(detection, reading, country)
                and (
                    _flows_to(detection, reading, flows, country)
                    or _kept_at(detection, reading, country)
                )
            ):
                found.setdefault(str(country.value), reading)
    for code, reading in found.items():
        evidence.add("storage_countries", code, reading)
    return sorted(found)
