"""Third parties a policy names as recipients: known services, and companies by legal form.

A name counts only where the company says it gives data away: a sentence (or
its lead-in) that affirms sharing, a sentence in which the company speaks of
third parties, recipients or tracking technology (an SDK, a cookie), or a cell
of a cookie table. "If you pay with PayPal, PayPal's policy applies" names a
service the user deals with directly, and is not a recipient. The publisher
is not a recipient either, nor is a company that the text introduces with the
publisher's brand as its alias ("Hangzhou Huacheng ... Co., Ltd ("Imou", "we")"),
nor a company the data comes from: a name after the "from" of a receiving verb
("information we receive from Facebook", "Data insamlad från Google Fit",
"从第三方社交网络服务获取…，例如…Facebook") is a source, up to a verb that gives data
away or the end of the clause.
A known service also tells the kind of recipient (an analytics tool is an
analytics provider), from vocabularies/organizations.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

from labels._matching import lower_case
from labels.detect import CLAUSE_ENDS, OPENING_MARKS, Detection, Mention, Reading
from labels.evidence import Evidence
from labels.matching import Hit, Matcher
from labels.organization import legal_names, organization_data, service_kinds
from labels.script import SPACES_IN_LINE, spaced
from labels.spec import KEYS_OF_FIELD, VOCABULARIES

_HAN = "\u4e00-\u9fff"
_MAX_HAN_SERVICE = 4
"""A Chinese service name before "SDK" is short ("腾讯SDK"); a longer run is a clause."""
_ALIAS_REACH = 80
"""How far after a company name its aliases ("Imou", "we") are looked for."""
_SOURCE = "cues.source"
_RECEIVING = "cues.collect"
_GIVING = ("cues.share", "cues.sell")
_SOURCE_REACH = {"zh": 12}
_DEFAULT_SOURCE_REACH = 6
"""How many tokens stand at most between a receiving verb and its "from": "receive
information about you from", "从第三方社交网络服务获取" (Chinese counts characters)."""
_APPOSITION_KEYS = frozenset({"cues.share", "cues.third_party"}) | {
    f"shared_with.{id_}" for id_ in VOCABULARIES["shared_with"]
}
"""Chinese writes a recipient's name right after the verb that gives data to it or the
word for the kind of party it is: "提供给QQ音乐", "由第三方Agora提供"."""
_LATIN_NAME = re.compile(
    rf"[{SPACES_IN_LINE}]*([A-Za-z][A-Za-z0-9&+.-]*(?:[{SPACES_IN_LINE}]+[A-Z][A-Za-z0-9&+.-]*)*)"
)
_POSSESSIVE = re.compile(r"(?:\s+[\w&.-]+)?['’]s\b")
"""The rest of a name that makes it a possessive (in lower case): " group’s" after "fossil"."""
_AFTER_TITLE = re.compile(r"^[^:：]{1,60}[:：]\s*")
"""An item's title before its text ("Analytics services: ")."""
_MIXED_CASE = re.compile(r"[A-Z].*[a-z]|[a-z].*[A-Z]")
"""A Latin-script name in Chinese text has capitals and small letters ("Agora", "JPush"):
the Latin words of the data a policy names are written in capitals (IMEI, SDK, IP)."""
_HAN_NAME_LENGTH = 20
_PHRASE_ENDS = CLAUSE_ENDS | {"，", ","}
"""A verb and its "from" stand in one phrase: "… insamlings- och marknadsföringsstrategier,
kan ISRG från tid till annan …" is no collecting from anyone."""


@cache
def _services() -> Matcher:
    """Every known service name as a term of its own (matched like vocabulary terms), with
    the inflected forms a language writes it in (organizations.toml [service_forms])."""
    forms = _service_forms()
    return Matcher({name: [name, *forms.get(name, [])] for name in service_kinds()})


@cache
def _service_forms() -> dict[str, list[str]]:
    return organization_data()["service_forms"]


def _service_name(hit: Hit, text: str) -> str:
    """A known service's name as written, or its reported name where a language inflects it
    ("Asystentem Google" -> "Asystent Google")."""
    return hit.key if hit.key in _service_forms() else text[hit.start : hit.end]


@cache
def _kinds_by_lowered() -> dict[str, str]:
    return {name.lower(): kind for name, kind in service_kinds().items()}


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Latin and Chinese names ending in a word of [service_shapes]."""
    suffixes = "|".join(map(re.escape, organization_data()["service_shapes"]))
    space = f"[{SPACES_IN_LINE}]"
    word = rf"[A-Z](?:[^\W{_HAN}]|[&+-])*"  # no Han: "App中嵌入了第三方SDK" names no "App…"
    latin = rf"(?<![\w.])((?:{word}{space}+){{0,2}}{word}){space}*({suffixes})(?!\w)"
    han = rf"(?:^|(?<=[、，,：:（(“「\s]))([{_HAN}]{{2,{_MAX_HAN_SERVICE}}}){space}*({suffixes})(?!\w)"
    return re.compile(latin), re.compile(han)


def _shaped_names(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """(name as written, where it starts) of the service-shaped names in text[start:end]."""
    found: list[tuple[str, int]] = []
    for pattern in _shapes():
        for m in pattern.finditer(text, start, end):
            found.append((text[m.start(1) : m.end(2)], m.start(1)))
    return found


def _service_hits(detection: Detection, readings: Sequence[Reading]) -> list[list[Hit]]:
    """The known services' terms in each of `readings` (in text order): one compiled walk
    over them all, where most name none (a walk per sentence cost a Python call each)."""
    bounds = [(reading.start, reading.end) for reading in readings]
    return [hits for _, hits in _services().find_all(detection.tokens, bounds)]


def _shaped_sentences(detection: Detection) -> set[int]:
    """The indexes of the sentences that hold the last word of a service shape ("SDK",
    "Cloud"), which a service-shaped name ends in: each word is looked for once in the
    whole text, not in each sentence (the sentences are in text order, none overlapping)."""
    text, readings = detection.text, detection.readings
    starts = [reading.start for reading in readings]
    found = set()
    for word in organization_data()["service_shapes"]:
        at = text.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at + len(word) <= readings[index].end:
                found.add(index)
            at = text.find(word, at + 1)
    return found


def _kind_of(name: str) -> str:
    """The kind of a known service, or of a service-shaped name ("... Analytics")."""
    kind = _kinds_by_lowered().get(" ".join(name.lower().split()))
    if kind is None:
        shapes = organization_data()["service_shapes"]
        matches = (pattern.fullmatch(name) for pattern in _shapes())
        kind = next((shapes[m.group(2)] for m in matches if m), "other")
    return kind


def _about_recipients(
    detection: Detection, reading: Reading, publisher: str | None, contexts: frozenset[int]
) -> bool:
    """Whether the sentence gives data away: see the module's docstring. The company may
    speak by its name as well as by "we" ("eufy also uses analytics services, such as
    Google Analytics": `_opened_by`). `contexts`: see `_recipient_contexts`."""
    if reading.keys.isdisjoint(_OWN_RECIPIENT_KEYS) and not (
        reading.context and reading.context[0] in contexts
    ):
        return detection.in_cookie_table(reading)  # most sentences: the one way left
    if reading.affirms("cues.share"):
        return True  # also "we will not share ..., unless you ask us to connect to IFTTT Inc."
    nearest = detection.nearest_context(reading)
    if nearest is not None and nearest.affirms("cues.share"):
        return True
    if reading.denied("cues.share"):
        return False
    if detection.in_cookie_table(reading):
        return True
    if _listed_under_recipients(detection, reading) or _under_recipient_head(detection, reading):
        return True
    if _labelled_values(detection, reading):
        return True
    # the cheap look for a third party first: most sentences end there, before `_opened_by`
    third_party = bool(
        reading.has("cues.third_party")
        or reading.has("data_collected.cookies_tracking")
        or reading.with_prefix("shared_with.")
    )
    return third_party and (
        reading.has("cues.first_party") or _opened_by(detection, reading, publisher)
    )


_TOOLS = frozenset({"analytics_providers", "advertisers"})
"""The kinds of known service that collect data themselves from the pages or apps that
embed them: the company that uses one gives them data."""
_HOSTING_TOOLS = _TOOLS | {"service_providers"}
"""The kinds of known service that receive data where data is stored: a cloud is a host."""
_STORAGE = "cues.storage"


def _tools_used(
    detection: Detection, reading: Reading, publisher: str | None, hits: list[Hit]
) -> list[tuple[str, int]]:
    """(name as written, where it starts) of the known tools among the sentence's services
    (`hits`) that the company says it uses: "We use Google Analytics to understand how
    visitors use our website" embeds an analytics tool, which receives what it measures.
    A provider named where data is stored keeps it for the company ("Servrarna finns hos
    Google Cloud", "我们的服务器托管在阿里云"): its host, a service provider, whoever speaks."""
    hosts = reading.affirms(_STORAGE)
    if not hosts:
        if not reading.affirms("cues.use"):
            return []
        if not (reading.has("cues.first_party") or _opened_by(detection, reading, publisher)):
            return []
    kinds = _HOSTING_TOOLS if hosts else _TOOLS
    text = detection.text
    names = [(_service_name(hit, text), hit.start) for hit in hits]
    return [(name, start) for name, start in names if _kind_of(name) in kinds]


def _opened_by(detection: Detection, reading: Reading, name: str | None) -> bool:
    """Whether the sentence, or its part after an item's title ("Analytics services: eufy
    also uses …"), opens with `name` (the publisher) as its subject; not as a possessive
    ("Fossil Group’s subsidiaries … adhere to the Privacy Shield Principles")."""
    if not name or not _may_open_with(detection.text, reading, name):
        return False
    text = spaced(detection.text[reading.start : reading.end].lstrip(OPENING_MARKS)).lower()
    title = _AFTER_TITLE.match(text)
    for opening in (0, title.end()) if title else (0,):
        if text.startswith(name.lower(), opening):
            return not _POSSESSIVE.match(text, opening + len(name))
    return False


_FIRST_CHARACTER = re.compile(rf"[{re.escape(OPENING_MARKS)}]*+\s*+(\S)")
"""The first character of a sentence as `_opened_by` reads it: past the opening marks, then
past white space (possessive: a mark is never given back to be that character)."""


def _may_open_with(text: str, reading: Reading, name: str) -> bool:
    """Whether the sentence could open with `name` for `_opened_by`: its first character is
    the name's, or it has a colon that may end an item's title. Most sentences have neither,
    and are spared writing them whole with plain spaces in lower case."""
    first = _FIRST_CHARACTER.match(text, reading.start, reading.end)
    if first is not None and first.group(1).lower()[:1] == name.lower()[:1]:
        return True
    return text.find(":", reading.start, reading.end) >= 0 or (
        text.find("：", reading.start, reading.end) >= 0
    )


def _listed_under_recipients(detection: Detection, reading: Reading) -> bool:
    """A list item under a lead-in that names a kind of recipient: "Dessa behandlare
    innefattar:" then "- Google Cloud Platform"."""
    if reading.kind not in ("list_item", "table_row"):
        return False
    lead_in = detection.nearest_context(reading)
    if lead_in is None or lead_in.kind == "heading":
        return False
    return bool(lead_in.with_prefix("shared_with."))


def _under_recipient_head(detection: Detection, reading: Reading) -> bool:
    """A table cell under a column head that names recipients: "Mottagare" above "Zendesk
    (kundtjänst)", "接收方" above "Amazon Web Services"."""
    head = detection.column_head(reading)
    return head is not None and head.has("cues.recipient_head")


_RECIPIENT_HEAD = "cues.recipient_head"
_OWN_RECIPIENT_KEYS = (
    frozenset(
        {"cues.share", "cues.third_party", "data_collected.cookies_tracking", _RECIPIENT_HEAD}
    )
    | KEYS_OF_FIELD["shared_with"]
)
"""The keys by which a sentence itself gives data away (`_about_recipients`): one with none
of them does only through its first context, or as a cell of a cookie table."""


_ASKED_KEYS = _OWN_RECIPIENT_KEYS | {_STORAGE, "cues.use"}
"""The keys of the sentences `_about_recipients` or `_tools_used` (storing, using) reads."""


def _asked(detection: Detection, contexts: frozenset[int]) -> list[Reading]:
    """The sentences that may name a recipient: each Chinese one (it may name one in
    apposition), and each other that holds one of `_ASKED_KEYS`, has its first context among
    `contexts` or is a cookie table's cell. Any other is no sentence about recipients (the
    quick answer of `_about_recipients`) nor one that stores or uses a tool."""
    return [
        reading
        for reading in detection.readings
        if reading.lang == "zh"
        or not reading.keys.isdisjoint(_ASKED_KEYS)
        or (reading.context and reading.context[0] in contexts)
        or detection.in_cookie_table(reading)
    ]


def _recipient_contexts(detection: Detection) -> frozenset[int]:
    """The indexes of the sentences that, as the first context of another (its lead-in,
    heading or column head), can make it give data away (`_about_recipients`): they affirm
    sharing, name a kind of recipient or head a column of recipients."""
    givers = detection.readings_with("cues.share", "shared_with.", _RECIPIENT_HEAD)
    return frozenset(reading.index for reading in givers)


_LABEL_END = re.compile(r"[ \t]*[:：][ \t]*")


def _labelled_values(detection: Detection, reading: Reading) -> list[int]:
    """Where the values start of the lines "label: value" of the sentence whose label names
    a recipient ("SDK名称：腾讯Bugly", "第三方主体：深圳市…有限公司", "Recipient: Zendesk, Inc.").
    The SDK lists of Chinese apps come as such blocks, one label a line, as often as tables:
    each value is a cell under its label (lines without a sentence end run into one)."""
    if not reading.has(_RECIPIENT_HEAD):
        return []
    text = detection.text
    values = []
    for head in reading.mentions:
        if head.key != _RECIPIENT_HEAD:
            continue
        line = text.rfind("\n", reading.start, head.start) + 1 or reading.start
        label_end = _LABEL_END.match(text, head.end, reading.end)
        if label_end and not text[line : head.start].strip(OPENING_MARKS):
            values.append(label_end.end())
    return values


def named_recipients(
    detection: Detection, publisher: str | None, evidence: Evidence
) -> tuple[list[str], list[str]]:
    """Names of third-party companies and services, as written, sorted; and the
    `shared_with` ids that the known services among them are."""
    found: dict[str, Reading] = {}
    shaped = _shaped_sentences(detection)
    contexts = _recipient_contexts(detection)
    asked = _asked(detection, contexts)
    for reading, hits in zip(asked, _service_hits(detection, asked), strict=True):
        shape = reading.index in shaped
        appositive = _appositive_names(detection, reading) if reading.lang == "zh" else []
        if reading.lang == "zh" and not (hits or shape or appositive):
            continue  # names no service, nor a company where a recipient stands
        if _about_recipients(detection, reading, publisher, contexts):
            names = [*_names_in(detection, reading, publisher, hits, shape), *appositive]
        elif hits:
            names = _tools_used(detection, reading, publisher, hits)
        else:
            continue  # names no service: no tool either
        if not names or dealt_with_directly(reading):
            continue  # asked last: most sentences name no one
        sources = _source_spans(detection, reading)
        for written, start in names:
            if any(first <= start < last for first, last in sources):
                continue  # the data comes from it
            name = spaced(written)  # "Google&nbsp;Analytics" is Google Analytics
            if not (publisher and publisher.lower() in name.lower()):
                found.setdefault(name, reading)
    kept = _distinct(found)
    for name in kept:
        evidence.add("named_recipients", name, found[name])
    kinds = {}
    for name, reading in found.items():  # "Cloudflare" inside "Cloudflare Inc" still tells
        kind = _kind_of(name)
        if kind != "other":
            kinds.setdefault(kind, reading)
    for kind, reading in kinds.items():
        evidence.add("shared_with", kind, reading)
    return sorted(kept), sorted(kinds)


def dealt_with_directly(reading: Reading) -> bool:
    """Whether the sentence has the user deal with another party on its own: "directly"
    and a controller of its own (`cues.direct`, `cues.own_controller`: "you pay directly with
    PayPal, which is an independent controller", "支付环节由支付宝直接完成，…依其规则处理"),
    and no sharing affirmed. That party receives nothing from the company (LABEL_SPEC)."""
    return (
        reading.has(_DIRECT) and reading.has(_OWN_CONTROLLER) and not reading.affirms("cues.share")
    )


_DIRECT, _OWN_CONTROLLER = "cues.direct", "cues.own_controller"


def _distinct(names: Sequence[str]) -> list[str]:
    """The names that are not another one again: a name inside a longer one ("Stripe" in
    "Stripe, Inc."), or a service whose other name is inside a longer one ("阿里云" beside
    "Alibaba Cloud Computing Co., Ltd": organizations.toml [same_service])."""
    kept: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        forms = [form.lower() for form in _same_service().get(name.lower(), [name])]
        if not any(form in other.lower() for other in kept for form in forms):
            kept.append(name)
    return [name for name in names if name in kept]


@cache
def _same_service() -> dict[str, list[str]]:
    """Each lower-cased name of a service in [same_service] -> all its names."""
    groups = [[name, *others] for name, others in organization_data()["same_service"].items()]
    return {name.lower(): group for group in groups for name in group}


def _names_in(
    detection: Detection, reading: Reading, publisher: str | None, hits: list[Hit], shaped: bool
) -> list[tuple[str, int]]:
    """(name as written, where it starts) of the known services (`hits`), service-shaped
    names (where the sentence holds a shape's last word: `shaped`) and (outside Chinese)
    companies by legal form in the sentence."""
    text = detection.text
    names = [(_service_name(h, text), h.start) for h in hits if not _in_address(h, text)]
    if shaped:
        names += _shaped_names(text, reading.start, reading.end)
    if reading.lang != "zh":
        names += _companies_in(text, reading, publisher)
    return names


def _companies_in(text: str, reading: Reading, publisher: str | None) -> list[tuple[str, int]]:
    """(name as written, where it starts) of the companies by legal form in the sentence, but
    the publisher's (`_is_publisher`). The sentence is read alone, with the reach after it
    that `_is_publisher` looks into, and in lower case, where `legal_names` finds the forms
    in compiled code (given a whole text's lower case, it would check the whole text)."""
    window = text[reading.start : reading.end + _ALIAS_REACH]
    legal = legal_names(
        window,
        reading.lang,
        0,
        reading.end - reading.start,
        lowered=lower_case(window),
        across_lines=True,
    )
    return [
        (m.group(0).rstrip("."), reading.start + m.start())
        for m in legal
        if not _is_publisher(m, publisher)
    ]


def _appositive_names(detection: Detection, reading: Reading) -> list[tuple[str, int]]:
    """(name, where it starts) of the companies a Chinese sentence names right after a verb
    that gives data away or a word for a recipient ("提供给Agora", "合作伙伴深圳市…有限公司"),
    or after a label that names one ("第三方主体：深圳市…有限公司").

    Chinese has no capitals to tell a name from a noun ("提供给此类服务提供商"), so only a
    Latin-script name written the same way throughout the text, or a run of characters that
    ends in a legal form and holds no word of the vocabulary, is taken."""
    values = _labelled_values(detection, reading)
    if reading.keys.isdisjoint(_APPOSITION_KEYS) and not values:
        return []
    text = detection.text
    ends = [m.end for m in reading.mentions if m.key in _APPOSITION_KEYS]
    names = []
    for end in [*values, *ends]:
        latin = _LATIN_NAME.match(text, end, reading.end)
        if latin and _is_latin_name(latin.group(1).rstrip("."), latin.start(1), reading, text):
            names.append((latin.group(1).rstrip("."), latin.start(1)))
            continue
        company = _han_company().match(text, end, reading.end)
        if company and not any(
            company.start() <= m.start < company.end() for m in reading.mentions
        ):
            names.append((company.group(), company.start()))
    return names


def _is_latin_name(name: str, start: int, reading: Reading, text: str) -> bool:
    """Whether a Latin-script word is a proper name: in mixed case, no vocabulary term
    ("Cookie"), and never written otherwise in the text ("App" beside "APP" or "app")."""
    if not _MIXED_CASE.search(name):
        return False
    if any(m.start == start for m in reading.mentions):
        return False
    return len(re.findall(re.escape(name), text, re.IGNORECASE)) == text.count(name)


@cache
def _han_company() -> re.Pattern[str]:
    """A run of Chinese characters that ends in a Chinese legal form ("…科技有限公司"), with
    the place a branch is registered in brackets where the name gives it ("友盟同欣（北京）
    科技有限公司", "支付宝（中国）网络技术有限公司")."""
    forms = sorted(organization_data()["legal_forms"]["zh"], key=len, reverse=True)
    part = rf"(?:[{_HAN}]|[（(][{_HAN}]{{2,4}}[）)])"
    return re.compile(rf"{part}{{2,{_HAN_NAME_LENGTH}}}?(?:{'|'.join(map(re.escape, forms))})")


def _source_spans(detection: Detection, reading: Reading) -> list[tuple[int, int]]:
    """The stretches of the sentence that name where data comes from: each runs from a
    "from" that a receiving verb governs to the next verb that gives data away, or the end
    of the clause (a comma does not end it: "…获取有关您的数据，例如…Facebook")."""
    if not (reading.has(_SOURCE) and reading.has(_RECEIVING)):
        return []
    giving = sorted(m.start for key in _GIVING for m in reading.terms(key))
    spans = []
    for source in reading.terms(_SOURCE):
        verbs = (m for m in _within_reach(detection, reading, source) if m.key == _RECEIVING)
        if not any(_governs(detection, reading, verb, source) for verb in verbs):
            continue
        end = _clause_end(detection.text, source.end, reading.end)
        following = bisect_left(giving, source.end)
        if following < len(giving):
            end = min(end, giving[following])
        spans.append((source.end, end))
    return spans


def _within_reach(detection: Detection, reading: Reading, source: Mention) -> Sequence[Mention]:
    """The terms of the sentence that may lie within `_governs`' reach of a "from" (a few
    more, never fewer): asked of the terms near it, a sentence as long as a policy stays
    linear."""
    reach = _SOURCE_REACH.get(reading.lang, _DEFAULT_SOURCE_REACH)
    starts = detection.tokens.starts
    first = bisect_left(starts, source.start) - reach - 1
    last = bisect_left(starts, source.end) + reach
    low = starts[first] if first >= 0 else reading.start
    high = starts[last] + 1 if last < len(starts) else reading.end
    return reading.overlapping(low, high)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that runs on at text[start] ends (`end` if it does not): a search in C
    for each mark, not a walk over the tokens, which a sentence as long as a policy would
    make quadratic."""
    found = (text.find(mark, start, end) for mark in CLAUSE_ENDS)
    return min((at for at in found if at >= 0), default=end)


def _governs(detection: Detection, reading: Reading, verb: Mention, source: Mention) -> bool:
    """Whether a receiving verb governs a "from": both in one phrase (no comma between),
    within reach of each other, no verb that gives data away between them ("share
    information from the App")."""
    first, second = sorted((verb, source), key=lambda m: m.start)
    between = detection.tokens.span(first.end, second.start)
    if len(between) > _SOURCE_REACH.get(reading.lang, _DEFAULT_SOURCE_REACH):
        return False
    if any(detection.tokens.words[i] in _PHRASE_ENDS for i in between):
        return False
    return not any(
        m.key in _GIVING and first.end <= m.start and m.end <= second.start
        for m in reading.overlapping(first.end, second.start)
    )


def _is_publisher(match: re.Match[str], publisher: str | None) -> bool:
    after = match.string[match.end() : match.end() + _ALIAS_REACH]
    return bool(publisher) and publisher in after


def _in_address(hit: Hit, text: str) -> bool:
    """Whether a name is part of a web or mail address ("www.umeng.com", "firebase.google")."""
    before = text[hit.start - 1 : hit.start]
    after = text[hit.end : hit.end + 2]
    return before in (".", "/", "@") or (after[:1] == "." and after[1:].isalnum())
