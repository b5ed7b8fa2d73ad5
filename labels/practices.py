"""The vocabulary facts of a policy: data collected, purposes, recipients, security, rights.

A value is claimed only where a sentence states the practice: a data item
counts when the sentence (or the lead-in or heading that governs it) affirms
collecting, using, sharing or keeping data; a recipient when it affirms
sharing and the shared data is not anonymised; a purpose when data is used
for it. Security measures and rights are claimed wherever the policy names
them without a negation right before them (the verb of the clause may be
denied: "if you don't want to be tracked, you can unsubscribe"), except where
the clause says otherwise: encryption named only with the connection is no
storage encryption, and a right whose subject is the company or another party
("we may delete your account") is that party's act, not the user's right.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence, Set
from functools import cache
from itertools import filterfalse
from operator import attrgetter

from labels.detect import (
    ACTIONS,
    OPENING_MARKS,
    PART_END,
    PART_ENDS,
    Detection,
    Mention,
    Reading,
)
from labels.evidence import Evidence
from labels.organization import declined_stem, defined_aliases, short_names
from labels.recipients import dealt_with_directly
from labels.spec import KEYS_OF_FIELD, VOCABULARIES
from labels.vocabulary import syntax, syntax_words

FIELD_ACTIONS: dict[str, tuple[str, ...]] = {
    "data_collected": ("cues.collect", "cues.use", "cues.share", "cues.retain"),
    "purposes": ("cues.collect", "cues.use", "cues.share"),
    "shared_with": ("cues.share", "cues.sell"),
    "security": (),
    "rights": (),
}
"""The keys of the actions a sentence must affirm for a term of the field to count (none:
any); the first is the field's main action."""
_BOLD = "**"
_DENIED = attrgetter("denied")
_NEGATED = attrgetter("negated")
_SPEAKS_OF_PRACTICE = frozenset({"cues.first_party", *(f"cues.{a}" for a in ACTIONS)})
_LEGAL_COMPLIANCE = "purposes.legal_compliance"
_USER_CONNECTS = "cues.user_connects"
_IMPLIED_RECIPIENTS = {_LEGAL_COMPLIANCE: "authorities", _USER_CONNECTS: "business_partners"}
"""The terms that give a recipient no term of shared_with names: disclosure "as required by
law" goes to the authorities, data passed to a service the user connects to that service."""
_SELL = "cues.sell"
_GOODS = "cues.goods"
_DATA = "data"
_VERBS = frozenset(f"cues.{a}" for a in ACTIONS)
_OTHER_ACTIONS = _VERBS - {_SELL, "cues.share"}
"""Actions whose object is not the sale's; a sale and a disclosure share one ("rent, sell,
or share your information")."""
_TABLE_COLUMNS = {"data_collected": "data", "purposes": "purpose"}
"""The column of a processing table (`Detection.processing_column`) whose cells state the
field's practice without a verb: the data collected, the purposes they serve."""


def practice_stance(detection: Detection, reading: Reading, keys: tuple[str, ...]) -> bool:
    """Whether `reading`, or failing that the nearest context that speaks, affirms an action
    of `keys` ("cues.share")."""
    if _remark_to_the_user(reading):
        return False
    # asked of thousands of sentences: one set operation on the keys a sentence affirms
    # (no index of its terms), and the context is visited only when the sentence itself
    # does not answer
    if not reading.affirmed_keys.isdisjoint(keys):
        return True
    if not reading.keys.isdisjoint(keys) and not _denial_elsewhere(reading, keys):
        # denied; a denial of another phrase ("… informationssäkerhet och inte dela …")
        # leaves the question to the context
        return False
    for governing in detection.contexts(reading):
        if not governing.affirmed_keys.isdisjoint(keys):
            return True
        if not governing.keys.isdisjoint(keys):
            # "we will not share ... except in the following cases:" lists the exceptions
            return governing.has("cues.exception")
    return False


def _remark_to_the_user(reading: Reading) -> bool:
    """Whether the sentence opens with advice to the user and names neither the company
    nor any action: "请注意，这其中可能包含您的个人身份信息、个人财产信息等敏感信息" warns
    about what the user posts; its section's "we collect" does not reach it."""
    if not reading.mentions or reading.mentions[0].key != "cues.advice":
        return False
    return not any(m.key in _SPEAKS_OF_PRACTICE for m in reading.mentions)


def _denial_elsewhere(reading: Reading, keys: tuple[str, ...]) -> bool:
    """Whether the sentence's only actions are denied but its terms are not: the denial
    belongs to another phrase of the sentence than the terms."""
    terms = [m for m in reading.mentions if not m.key.startswith("cues.")]
    return (
        bool(terms) and all(not m.denied for m in terms) and reading.affirmed_keys.isdisjoint(keys)
    )


def _states_nothing(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence asks or supposes, and no answer of yes right after it makes the
    question a statement ("Delas uppgifter med myndigheter?\tEndast om lagen kräver det")."""
    return detection.states_nothing(reading) and not detection.answered_yes_after(reading)


def _anonymised(detection: Detection, reading: Reading) -> bool:
    """Whether the data this sentence (or its nearest context, or the sentence before that
    its "such information" points back to) talks about is anonymous or aggregate."""
    if reading.has("cues.anonymous"):
        return True
    if reading.has("cues.back_reference") and not reading.has("cues.personal_data"):
        before = detection.sentence_before(reading)
        if before is not None and before.affirms("cues.anonymous"):
            return True
    nearest = detection.nearest_context(reading)
    return nearest is not None and nearest.has("cues.anonymous")


def field_values(detection: Detection, field: str, evidence: Evidence) -> list[str]:
    """The ids of `field` the policy affirms, sorted (a definition affirms nothing).

    Data the company says it does not collect needs a sentence that collects it.
    The quote of each value is the first sentence that states the field's main
    action itself ("we collect ..." for data, "we share ..." for recipients),
    else the first sentence that supports the value at all.
    """
    actions = FIELD_ACTIONS[field]
    prefix = f"{field}."
    main_action = actions[0] if actions else ""
    # a field with actions drops the denied terms, one without the terms negated themselves
    dropped = _DENIED if actions else _NEGATED
    found: dict[str, Reading] = {}
    plain: dict[str, Reading] = {}  # the first quote that states the practice itself
    for reading in _may_state(detection, field):
        if reading.defines:
            continue
        states = bool(actions) and reading.affirms(main_action)
        if _quoted(field, reading, plain if states else found):
            # its values have their quotes (the first wins): it would change nothing; asked
            # first, as most sentences of a long policy repeat values and the rest costs more
            continue
        if _states_no_practice(detection, reading, actions):
            continue
        column = detection.processing_column(reading) if reading.in_table else None
        if field == "data_collected" and column == "purpose":
            continue  # "找回密码" under "处理目的": the data a purpose names is its object
        mentions = list(filterfalse(dropped, reading.with_prefix(prefix)))
        if field == "data_collected":
            mentions = _kept_on_the_device(
                detection, reading, _not_kept_after(detection, reading, mentions)
            )
            if reading.has(_AGENT) or _subjects_after_verbs(reading.lang):
                mentions = _not_handled_by_another(detection, reading, mentions)
            if reading.has(_PLATFORM):
                mentions = _not_collected_by_a_platform(detection, reading, mentions)
            if reading.has(_ANIMAL):
                mentions = _not_an_animals(detection, reading, mentions)
        if field == "shared_with":
            values = _recipients(detection, reading, mentions)
        elif field == "rights":
            values = [
                _id(m)
                for m in mentions
                if not _shadowed(detection, reading, m)
                and not _impossible(detection, reading, m)
                and not _acted_by_another(detection, reading, m)
            ]
            if _switched_off_after_promotions(detection, reading):
                values.append(_ID_OF[_OPT_OUT_MARKETING])
        elif field == "security":
            values = [_id(m) for m in mentions if not _in_transit_only(detection, reading, m)]
            if _encrypted_in_a_coordinated_place(detection, reading):
                values.append(_ID_OF[_AT_REST])
        elif mentions and (
            not actions
            or _TABLE_COLUMNS.get(field) == column
            or practice_stance(detection, reading, actions)
        ):
            values = [_id(m) for m in mentions]
        else:
            values = []
        for value in values:
            found.setdefault(value, reading)
            if states:
                plain.setdefault(value, reading)
    if field == "data_collected":
        for value in _denied_collection(detection) - plain.keys():
            found.pop(value, None)
    for value, reading in found.items():
        evidence.add(field, value, plain.get(value, reading))
    return sorted(found)


def _states_no_practice(detection: Detection, reading: Reading, actions: tuple[str, ...]) -> bool:
    """Whether the sentence is no statement of a practice: the bold title of a list item
    (`_item_title`), or, for a field with actions, a heading that asks, a question or
    supposition, or a table cell another cell of its row answers no."""
    if actions and (
        _question_heading(reading)
        or _states_nothing(detection, reading)
        or detection.answered_no(reading, actions[0])
    ):
        return True
    return _item_title(detection, reading)


def _quoted(field: str, reading: Reading, quotes: dict[str, Reading]) -> bool:
    """Whether every value the sentence can give already has its quote: the stance of a
    sentence that repeats them (most sentences of a long policy) need not be weighed.

    A sentence gives the values of its terms, denied or not (one set operation on its keys,
    where picking out the terms it keeps costs more per sentence); one about recipients may
    also give a recipient no term names (`_IMPLIED_RECIPIENTS`)."""
    if field == "shared_with" and any(
        reading.has(term) and value not in quotes for term, value in _IMPLIED_RECIPIENTS.items()
    ):
        return False
    if field == "rights" and reading.has(_SWITCH_OFF) and _ID_OF[_OPT_OUT_MARKETING] not in quotes:
        return False
    keys = reading.keys & KEYS_OF_FIELD[field]
    return all(map(quotes.__contains__, map(_ID_OF.__getitem__, keys)))


def _may_state(detection: Detection, field: str) -> Sequence[Reading]:
    """The sentences that can give a value of `field`: those that name one of its terms,
    and for recipients those that name one implied (`_IMPLIED_RECIPIENTS`).
    Most sentences of a policy name no term of a given field."""
    if field == "shared_with":
        return detection.readings_with("shared_with.", *_IMPLIED_RECIPIENTS)
    if field == "rights":
        return detection.readings_with("rights.", _SWITCH_OFF)
    return detection.readings_with(f"{field}.")


def _question_heading(reading: Reading) -> bool:
    """Whether the sentence is a heading that asks: "三、我们如何共享、转让、公开披露您的个人信息",
    "How We Use Cookies" name the topic of a practice, whatever the section then says (a
    right's heading, "How You Can Review and Correct Your Information", is the right's)."""
    return reading.kind == "heading" and reading.has("cues.question")


def _item_title(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence is the bold title of a list item ("- **Dela ditt innehåll.** När
    du delar innehåll … kan vi samla in …"): it names the situation the item describes;
    what is collected is said after it. An item that is all title says it itself."""
    text = detection.structure.text
    if not (
        reading.kind == "list_item"
        and text.endswith(_BOLD, 0, reading.start)
        and text.startswith(_BOLD, reading.end)
    ):
        return False  # asked of every sentence for every field: the rest of the line only here
    after = reading.end + len(_BOLD)
    line_end = text.find("\n", after)
    return bool(text[after : line_end if line_end >= 0 else len(text)].strip())


def _denied_collection(detection: Detection) -> set[str]:
    """The data the company says it does not collect ("Vi samlar inte in eller behåller
    några kreditkorts- eller bankuppgifter"): only a sentence that collects it can
    outweigh that, not a hint elsewhere ("beroende på vald betalningsmetod")."""
    return {
        _id(m)
        for reading in detection.readings_with("cues.collect")
        if reading.denied("cues.collect") and reading.has("cues.first_party")
        for m in reading.with_prefix("data_collected.")
        if m.denied
    }


_KEEPING = ("cues.collect", "cues.retain")


def _not_kept_after(
    detection: Detection, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """Without the data that a later clause says the company does not keep: "Dane karty,
    BLIK czy PayPal przetwarza Stripe; nie przechowujemy tych danych" (someone else
    processes the card data). Data of a clause where the company itself acts stays: "Vi
    behandlar dina betalningsuppgifter; kortnumret lagras aldrig hos oss"."""
    if not reading.affirmed_keys.isdisjoint(_KEEPING):
        return mentions
    denials = [
        m.start
        for key in _KEEPING
        for m in reading.denied(key)
        if not _remark_in_parenthesis(detection, reading, m)
    ]
    if not denials:
        return mentions
    acting = {
        _clause(detection, reading, m.start)
        for m in reading.terms("cues.first_party")
        if not m.denied and m.start < max(denials)
    }
    return [
        m
        for m in mentions
        if m.start > max(denials) or _clause(detection, reading, m.start) in acting
    ]


def _opening_parenthesis(text: str, sentence_start: int, offset: int) -> int | None:
    """Where the parenthesis that holds `offset` opens, if one opened earlier in its sentence
    is still open there."""
    depth = 0
    for at in range(offset - 1, sentence_start - 1, -1):
        depth += (text[at] in _CLOSING_PARENTHESES) - (text[at] in _OPENING_PARENTHESES)
        if depth < 0:
            return at
    return None


def _remark_in_parenthesis(detection: Detection, reading: Reading, denial: Mention) -> bool:
    """Whether a denial stands in a parenthesis without a subject of its own: a remark on
    the item before it that reaches only the parenthesis ("Wi-Fi名称与密码（仅用于配网，
    配网完成后不保存密码）" keeps no password after setup; the list is still collected).
    A parenthesis in which the company speaks ("(we never store card numbers)") states its
    practice for the sentence."""
    opening = _opening_parenthesis(detection.text, reading.start, denial.start)
    if opening is None:
        return False
    return not any(opening < m.start < denial.start for m in reading.terms("cues.first_party"))


def _kept_on_the_device(
    detection: Detection, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """Without the data a clause says stays on the user's device: "我们将收集您的手环解锁密码
    …此数据仅存储在手环设备端，不会上传至服务器", "We collect your heart rate, which is stored
    only on your device". Data in another clause is collected ("We collect your email
    address; your fingerprint never leaves your device"); of a clause that names several
    kinds of data, which one stays there is not told, so all count; and cookies always sit
    on the device, unless they are all the subject of the place ("Wi-Fi名称和Wi-Fi密码仅保存在
    路由器本地"). The place is said of the data whatever the verb beside it
    ("przechowywane lokalnie na Twoim urządzeniu": keeping "locally" is the device's act,
    not the company's): only a negation of the place itself undoes it."""
    places = [m for m in reading.terms(_DEVICE_ONLY) if not m.negated]
    if not places:
        return mentions
    on_the_device = {_clause(detection, reading, p.start) for p in places}
    kept = [m for m in mentions if _clause(detection, reading, m.start) not in on_the_device]
    stays = {m.key for m in mentions} - {m.key for m in kept}
    if len(stays) == 1 and _COOKIES not in stays:
        return kept
    subjects = _subjects_of_places(detection, reading, places)
    return [m for m in mentions if m.start not in subjects] if subjects else mentions


_ANIMAL = "cues.animal"
_LOCATION = "data_collected.location"


def _not_an_animals(
    detection: Detection, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """Without the data a clause names after an animal's possessive: a pet's name, weight
    or sleep ("djurets namn, vikt och sömn", "your pet's weight") are no personal data. Data
    before it in the clause is still the user's ("your name and your dog's weight"), and so
    is a location: where a pet is tells where its owner is ("your pet's GPS location")."""
    animals = [m for m in reading.terms(_ANIMAL) if not m.negated]
    firsts = {_clause(detection, reading, a.start): a.start for a in reversed(animals)}
    return [
        m
        for m in mentions
        if m.key == _LOCATION
        or firsts.get(_clause(detection, reading, m.start), m.start + 1) > m.start
    ]


_SWITCH_OFF = "cues.switch_off"
_PROMOTIONS = "purposes.marketing"
_OPT_OUT_MARKETING = "rights.opt_out_marketing"


def _switched_off_after_promotions(detection: Detection, reading: Reading) -> bool:
    """A switch-off whose object is left out ends its phrase and so points back to a phrase
    before: after promotions it opts out of them ("商业推广信息，您可以随时在“消息设置”中关闭"),
    while one with its own object ("关闭定位权限") is some other right."""
    promotions = [m.start for m in reading.terms(_PROMOTIONS) if not m.negated]
    return bool(promotions) and any(
        min(promotions) < switch.start and _PHRASE_END.match(detection.text, switch.end)
        for switch in reading.terms(_SWITCH_OFF)
        if not switch.negated
    )


_AGENT = "cues.agent"
_OTHER_PARTIES = frozenset(
    {"cues.third_party", *(f"shared_with.{id_}" for id_ in VOCABULARIES["shared_with"])}
)
_PLATFORM = "cues.platform"
_AGENTS = _OTHER_PARTIES | {_PLATFORM}
"""Who handles data on its own as the agent of a verb: another party, or a platform that
serves the user in its own service ("由该语音助手平台处理")."""
_HANDLING_VERBS = frozenset({"cues.collect", "cues.use", "cues.retain"})
_AGENT_REACH = 2
"""How many words may part the agent's preposition from the verb ("collected directly by")
and from the party ("by our payment processor"); a Chinese verb after the party one more
("由支付机构直接收集")."""
_PHRASE_END = re.compile("[,，;；。]")


def _not_handled_by_another(
    detection: Detection, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """Without the data of a phrase whose verb names another party as its agent: "voice
    commands are processed by those providers", "Betalningsuppgifter samlas in direkt av
    betaltjänsten", "dane karty są przetwarzane przez operatora płatności",
    "支付信息由支付机构直接收集" (Chinese names the agent before the verb, [syntax]
    agents_before_verbs). The company does not collect what another party handles on its
    own; where "we" also speaks in the phrase outside the agent ("We collect your name and
    address which are processed by our providers") the data stays."""
    parties = _InOrder(reading, _AGENTS)
    firsts = _InOrder(reading, {"cues.first_party"})
    verbs = _InOrder(reading, _HANDLING_VERBS)
    phrases: dict[int, list[Mention]] | None = None
    dropped: set[int] = set()
    for agent, party in _doers(detection, reading, parties, firsts, verbs):
        if phrases is None:  # the terms by phrase, once: a sentence may hold many agents
            phrases = _by_phrase(detection, reading)
        in_phrase = phrases[reading.part_of(detection.text, _PHRASE_END, agent.start)]
        if any(
            m.key == "cues.first_party" and not agent.start <= m.start < party.end
            for m in in_phrase
        ):
            continue
        dropped.update(m.start for m in in_phrase if m.key.startswith("data_collected."))
    return [m for m in mentions if m.start not in dropped] if dropped else mentions


def _doers(
    detection: Detection, reading: Reading, parties: _InOrder, firsts: _InOrder, verbs: _InOrder
) -> Iterator[tuple[Mention, Mention]]:
    """Each other party that does a handling verb, with the word that makes it the doer:
    the agent's preposition ("by our payment processor"), or, where [syntax]
    subjects_after_verbs, the party itself right after the verb ("polecenia głosowe odbiera
    i przetwarza dostawca asystenta")."""
    for agent in reading.terms(_AGENT):
        party = _agents_party(detection, reading, agent, parties, firsts, verbs)
        if party is not None:
            yield agent, party
    if _subjects_after_verbs(reading.lang):
        for verb in verbs.terms:
            at = parties.first_from(verb.end)
            party = parties.terms[at] if at < len(parties.terms) else None
            if party is not None and not detection.tokens.span(verb.end, party.start):
                yield party, party


def _by_phrase(detection: Detection, reading: Reading) -> dict[int, list[Mention]]:
    """The terms of the sentence by the phrase (parted by , ; 。) that holds them."""
    phrases: dict[int, list[Mention]] = {}
    for m in reading.mentions:
        phrases.setdefault(reading.part_of(detection.text, _PHRASE_END, m.start), []).append(m)
    return phrases


_NOT_SUBJECTS = frozenset({"cues.first_party", "cues.source", _AGENT})
"""Terms before the verb that make the platform no subject: "we" speak, or the platform is
where something comes from ("downloaded from an app store") or who acts on it ("by")."""
_SUBJECT_REACH = 3
"""How many tokens (a modal, an adverb, a coordinated verb) may stand between a party that
opens a clause and the words it is the subject of: a right's ("we delete"),
or a verb ("App stores may also collect", "应用商店可能会收集")."""


def _not_collected_by_a_platform(
    detection: Detection, reading: Reading, mentions: list[Mention]
) -> list[Mention]:
    """Without the data of a phrase whose handling verb has a platform as its subject: "App
    stores may collect your device identifiers under their own privacy policies",
    "应用商店可能会收集您的设备标识符，具体请参阅其隐私政策". The app store collects in its own
    service, for itself; the company does not. Where "we" speaks in the phrase before the
    verb ("We and the app store receive …") the data stays, as does data that comes from
    a platform ("the app you download from an app store collects …"). Other third parties that
    collect do so on the company's site or app, for it ("ad networks may use cookies on this
    site"), and stay."""
    dropped: set[int] = set()
    for in_phrase in _by_phrase(detection, reading).values():
        platforms = [m for m in in_phrase if m.key == _PLATFORM]
        if not platforms:
            continue
        inside = {m.start for m in in_phrase for p in platforms if p.start <= m.start < p.end}
        # the first verb that is no word of a platform's name ("stores" of "app stores")
        verb = next(
            (m for m in in_phrase if m.key in _HANDLING_VERBS and m.start not in inside), None
        )
        if verb is None:
            continue
        before = [m for m in in_phrase if m.end <= verb.start and m.start not in inside]
        platform = next((p for p in reversed(platforms) if p.end <= verb.start), None)
        if (
            platform is not None
            and len(detection.tokens.span(platform.end, verb.start)) <= _SUBJECT_REACH
            and all(m.key not in _NOT_SUBJECTS for m in before)
        ):
            dropped.update(m.start for m in in_phrase if m.start > verb.start)
    return [m for m in mentions if m.start not in dropped] if dropped else mentions


class _InOrder:
    """The terms of some keys in a sentence, in their order, with their starts to bisect:
    the term after or before an offset is found without a scan of the sentence, which may
    be as long as a policy and hold an agent in every line."""

    def __init__(self, reading: Reading, keys: Set[str]) -> None:
        self.terms = [m for m in reading.mentions if m.key in keys]
        self.starts = [m.start for m in self.terms]

    def first_from(self, offset: int) -> int:
        """The index of the first term that starts at or after `offset`."""
        return bisect_left(self.starts, offset)


def _agents_party(
    detection: Detection,
    reading: Reading,
    agent: Mention,
    parties: _InOrder,
    firsts: _InOrder,
    verbs: _InOrder,
) -> Mention | None:
    """The other party an agent's preposition names as the doer of a handling verb beside
    it ("by our payment processor"), or None ("by us", "by email")."""
    span = detection.tokens.span
    at = parties.first_from(agent.end)
    if at == len(parties.terms):
        return None
    party = parties.terms[at]
    if len(span(agent.end, party.start)) > _AGENT_REACH:
        return None
    for m in firsts.terms[firsts.first_from(agent.end) : firsts.first_from(party.start)]:
        if m.end < party.start and span(m.end, party.start):
            return None  # "by us and partners"; "our" right before the party is its owner
    if _agents_before_verbs(reading.lang):
        at = verbs.first_from(party.end)
        verb = verbs.terms[at] if at < len(verbs.terms) else None
        return party if verb and len(span(party.end, verb.start)) <= _AGENT_REACH + 1 else None
    before = range(verbs.first_from(agent.start) - 1, -1, -1)
    verb = next((verbs.terms[i] for i in before if verbs.terms[i].end <= agent.start), None)
    return party if verb and len(span(verb.end, agent.start)) <= _AGENT_REACH else None


@cache
def _subjects_after_verbs(lang: str) -> bool:
    """Whether `lang` may name the subject of a verb right after it ([syntax]
    subjects_after_verbs)."""
    return bool(syntax(lang, "subjects_after_verbs", False))


@cache
def _agents_before_verbs(lang: str) -> bool:
    """Whether `lang` names the agent of a verb before it ([syntax] agents_before_verbs)."""
    return bool(syntax(lang, "agents_before_verbs", False))


def _clause(detection: Detection, reading: Reading, offset: int) -> int:
    """The number of the clause (parted by ; ；。) of the sentence that holds `offset`."""
    return reading.part_of(detection.text, PART_END, offset)


_OPENING_PARENTHESES = ("(", "（")
_CLOSING_PARENTHESES = (")", "）")
_DEVICE_ONLY = "cues.device_only"
_COOKIES = "data_collected.cookies_tracking"
_TRANSIT = "security.encryption_in_transit"
_AT_REST = "security.encryption_at_rest"
_STORING = ("cues.storage", "cues.retain")


_PLACE_SUBJECT_BREAKS = frozenset(
    {"cues.first_party", "cues.collect", "cues.use", "cues.share", _COOKIES}
)
"""Terms that end the subject of a place before it: the company or its verb speaks there
("我们收集A，B仅保存在本地"), and cookies always sit on the device."""


def _subjects_of_places(detection: Detection, reading: Reading, places: list[Mention]) -> set[int]:
    """Where the data stand that are the subject of a place on the device: the data right
    before it in its phrase, with no verb or "we" between ("A和B仅保存在路由器本地": both
    stay there, however many kinds are named)."""
    subjects: set[int] = set()
    for place in places:
        phrase = reading.part_of(detection.text, _PHRASE_END, place.start)
        for m in reversed(reading.mentions):
            if m.end > place.start:
                continue
            if (
                m.key in _PLACE_SUBJECT_BREAKS
                or reading.part_of(detection.text, _PHRASE_END, m.start) != phrase
            ):
                break
            if m.key.startswith("data_collected."):
                subjects.add(m.start)
    return subjects


def _in_transit_only(detection: Detection, reading: Reading, measure: Mention) -> bool:
    """Encryption that a clause names only together with the connection protects data in
    transit, not in storage: "we use SSL certificates to encrypt your data as you submit
    it". A clause that names storage as well says both ("encrypt data in transit and at
    rest", "包括SSL、信息加密存储"), as does one that coordinates the connection apart."""
    if measure.key != _AT_REST or not reading.has(_TRANSIT):
        return False
    clause = _clause(detection, reading, measure.start)

    def same_clause(other: Mention) -> bool:
        return _clause(detection, reading, other.start) == clause

    transit = [m for m in reading.terms(_TRANSIT) if same_clause(m)]
    if not transit or all(_coordinated(reading, measure, m) for m in transit):
        return False
    return not any(same_clause(m) for key in _STORING for m in reading.terms(key))


def _encrypted_in_a_coordinated_place(detection: Detection, reading: Reading) -> bool:
    """Encryption named for the connection carries over "and" to a place that holds data:
    "Dane są szyfrowane w trakcie przesyłania i w bazie danych" encrypts stored data too.
    The place follows "and" after one word (its preposition); a second verb there ("and
    stored on servers") takes no encryption from the first. What stands between is read
    by a match at each join, not by slicing the text up to every place: a sentence as long
    as a policy stays linear."""
    text = detection.text
    places = [m.start for m in reading.terms("cues.storage") if not m.denied]
    joins = reading.terms("cues.coordination")
    for transit in reading.terms(_TRANSIT):
        if transit.denied:
            continue
        adjacent = _SPACES.match(text, transit.end).end()  # a join may start up to here
        for join in joins:
            if transit.end <= join.start <= adjacent:
                word = _ONE_WORD.match(text, join.end)
                if word and any(word.start(1) < place <= word.end() for place in places):
                    return True
    return False


_SPACES = re.compile(r"\s*")
_ONE_WORD = re.compile(r"\s*(\S)\S*\s*")
"""A word and the spaces around it: a place that starts after its first letter and no later
than the next word has just that word between it and the join."""


def _coordinated(reading: Reading, one: Mention, other: Mention) -> bool:
    """Whether "and" (or another coordination) stands between two terms: "encrypted using
    AES-256 and transmitted over HTTPS" names two measures, the cipher's not the connection's."""
    low, high = min(one.end, other.end), max(one.start, other.start)
    return any(low <= c.start and c.end <= high for c in reading.terms("cues.coordination"))


def _impossible(detection: Detection, reading: Reading, right: Mention) -> bool:
    """A right named after "not possible" in its clause is refused: "nie jest zatem możliwe
    … zastosowanie się do wniosku o zmianę lub usunięcie danych"."""
    return any(
        cue.negated
        and cue.end <= right.start
        and _clause(detection, reading, cue.end) == _clause(detection, reading, right.start)
        for cue in reading.terms("cues.possible")
    )


def _shadowed(detection: Detection, reading: Reading, right: Mention) -> bool:
    """A right's words inside a statement of the company's own practice: sharing ("all
    entities ... may have access to your personal information"), a security measure, or
    the company denying a sale ("We do not sell ..." is no "Do Not Sell" right). A share
    verb among the right's own words is the right's ("överföra dina personuppgifter till en
    annan")."""
    overlapping = reading.overlapping(right.start, right.end)
    if any(
        (m.key == "cues.share" and not right.start <= m.start <= m.end <= right.end)
        or m.key.startswith("security.")
        for m in overlapping
    ):
        return True
    if not any(m.key == _SELL and m.denied for m in overlapping):
        return False
    text, gap = detection.text, right.start  # "we" right before the right's words
    while gap > reading.start and text[gap - 1].isspace():
        gap -= 1
    return any(
        m.key == "cues.first_party" and m.end <= right.start
        for m in reading.overlapping(gap - 1, right.start)
    )


_PARTIES = _OTHER_PARTIES | {"cues.first_party"}
_PHRASE_OPENERS = frozenset(",，、:：") | PART_ENDS
_PHRASE_OPENER = re.compile(f"[{''.join(sorted(_PHRASE_OPENERS))}]")
_USERS_SIDE = ("cues.users_right", "cues.users_wish", "cues.response_time")


_NON_DISCRIMINATION = "rights.non_discrimination"


def _acted_by_another(detection: Detection, reading: Reading, right: Mention) -> bool:
    """A right's words whose subject is the company or another party state what that party
    does, not what the user may do: "We may terminate or delete your account", "we will
    either delete your personal information or de-identify it".

    The sentence still grants the right where it speaks of the user's side: the user's
    right, wish ("If you wish, we will delete your account"; a bare condition, "if you
    violate our terms", is the company's reason, not the user's wish), the answer to the
    user's request ("We will process your correction request without undue delay") or the
    request itself ("Upon your request, we will remove …", a request phrase of the
    account-closure cue that is not itself a right's words).

    Non-discrimination is the one right that is the company's own conduct: "We will not
    discriminate against you because you have exercised any of your rights" grants it."""
    if right.key == _NON_DISCRIMINATION or any(reading.has(key) for key in _USERS_SIDE):
        return False
    rights = reading.with_prefix("rights.")
    start = _run_start(rights, right)
    if not any(_subject_of(detection, reading, m, start) for m in reading.mentions):
        return False
    return all(_overlaps_any(c, rights) for c in reading.terms("cues.account_closure"))


def _run_start(rights: Sequence[Mention], right: Mention) -> int:
    """Where the run of overlapping right terms that holds `right` starts: "access, correct
    or delete your information" is one list of verbs, all of one subject."""
    start = right.start
    for other in sorted(rights, key=attrgetter("start"), reverse=True):
        if other.start < start < other.end:
            start = other.start
    return start


def _subject_of(detection: Detection, reading: Reading, party: Mention, start: int) -> bool:
    """Whether `party` is the subject of the right's words at `start`: it opens its clause or
    phrase, and the words follow within `_SUBJECT_REACH` tokens in the same clause ("we" in
    "contact us to delete" opens nothing; the "we" of "request that we delete" is the right's
    own)."""
    if party.key not in _PARTIES or party.end > start:
        return False
    if len(detection.tokens.span(party.end, start)) > _SUBJECT_REACH:
        return False
    if PART_ENDS & set(detection.text[party.end : start]):
        return False
    return not _overlaps_any(party, reading.with_prefix("rights.")) and _opens_phrase(
        detection, reading, party
    )


def _overlaps_any(mention: Mention, others: Sequence[Mention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


def _opens_phrase(detection: Detection, reading: Reading, mention: Mention) -> bool:
    """Whether `mention` opens the sentence, a clause or a phrase (after a comma or a
    coordinating conjunction), markup and list marks aside."""
    text, end = detection.text, mention.start
    while end > reading.start and text[end - 1] in OPENING_MARKS:  # not a copy of the text
        end -= 1  # before it: a sentence may be as long as the policy
    end = _before_clause_adverb(text, reading, end)
    if end == reading.start or text[end - 1] in _PHRASE_OPENERS:
        return True
    return any(c.end == end for c in reading.terms("cues.coordination"))


def _before_clause_adverb(text: str, reading: Reading, end: int) -> int:
    """Where the clause that a party opens starts, before an adverb of time that may stand
    ahead of its subject with no comma ("保存30天，之后我们会删除": 我们 still opens the clause;
    [syntax] clause_adverbs)."""
    for adverb in syntax_words(reading.lang, "clause_adverbs"):
        if end - len(adverb) >= reading.start and text.startswith(adverb, end - len(adverb)):
            return end - len(adverb)
    return end


_HANDLERS = frozenset({"advertisers", "analytics_providers", "service_providers"})
"""Recipients that also receive data by handling it themselves: trackers collect it
(cookies, SDKs, pixels), processors process it on the company's behalf ("tredje parter
som behandlar en del av dina personuppgifter å våra vägnar")."""
_HANDLING = ("cues.collect", "cues.use")


def _recipients(detection: Detection, reading: Reading, mentions: list[Mention]) -> list[str]:
    """The recipients a sentence gives personal data to.

    Besides the named recipients of an affirmed sharing: a merger or sale of
    the business takes the data with it when the sentence or the next one
    speaks of data; ad networks, analytics companies and processors collecting
    or using data themselves receive it; disclosure "as required by law" to no one
    named goes to the authorities (sharing with processors "in compliance with
    the law" does not); data passed to no one named where the user connects another's
    service goes to that service, a business partner.
    """
    if not mentions and not any(map(reading.has, _IMPLIED_RECIPIENTS)):
        return []
    if _anonymised(detection, reading) or dealt_with_directly(reading):
        return []
    mentions = [m for m in mentions if not _protected(detection, reading, m)]
    ids = [_id(m) for m in mentions]
    shares = not _only_sells_goods(reading) and practice_stance(
        detection, reading, FIELD_ACTIONS["shared_with"]
    )
    values = list(ids) if shares else []
    # the stance on collecting matters only for a handler: most sentences name none
    handles = not _HANDLERS.isdisjoint(ids) and practice_stance(detection, reading, _HANDLING)
    for value in ids:
        if value == "business_transfer":
            takes_data = _about_data(detection, reading)
        else:
            takes_data = value in _HANDLERS and handles
        if takes_data:
            values.append(value)
    to_whom_the_law_names = not reading.has("cues.third_party") or _if_the_law_requires(
        detection, reading
    )
    if to_whom_the_law_names and _by_law_to_no_one_named(detection, reading, mentions, shares):
        values.append("authorities")
    if shares and not values and reading.has(_USER_CONNECTS):
        values.append("business_partners")  # the service the user connects ("do tej usługi")
    return values


def _by_law_to_no_one_named(
    detection: Detection, reading: Reading, recipients: list[Mention], shares: bool
) -> bool:
    """Whether the sentence discloses "as required by law" in a clause that names no
    recipient: the authorities. The disclosure is the sentence's sharing, or one excepted
    from its denied sharing, as in a run-in list of cases ("We will not share … except in
    the following cases: 1) with your consent; 2) with our service providers …; 3) when
    required by law")."""
    cases = _alternative_cases(detection.text, reading)
    named = {
        (_clause(detection, reading, m.start), bisect_left(cases, m.start)) for m in recipients
    }
    denials = [m.end for m in reading.denied("cues.share")]
    exceptions = [m.start for m in reading.terms("cues.exception")]
    return any(
        (_clause(detection, reading, law.start), bisect_left(cases, law.start)) not in named
        and (shares or any(d <= e < law.start for d in denials for e in exceptions))
        for law in reading.affirmed(_LEGAL_COMPLIANCE)
    )


def _alternative_cases(text: str, reading: Reading) -> list[int]:
    """Where a condition that an "or" opens begins another case of the sentence: in "We may
    disclose information when the law requires it, …, or if we are merged with another
    company, … the buyer", the buyer is the recipient of the second case only."""
    ors = {m.end for m in reading.terms("cues.alternative")}
    return [
        c.start
        for c in reading.terms("cues.condition")
        if any(text[end : c.start].strip(" ,") == "" for end in ors if end <= c.start)
    ]


def _if_the_law_requires(detection: Detection, reading: Reading) -> bool:
    """Whether the law is the condition of the disclosure ("to a third party if we are
    required to do so by law", "… unless required by law", "在法律法规要求的情况下"): the
    third party is then whoever the law names. The condition and the law stand in one
    phrase: in "If we share your data with third parties, we require them to comply with
    the law" the law binds the third parties, as without a condition
    ("要求第三方…严格遵守相关法律法规"). A condition written after what it conditions
    ([syntax] postposed_conditions) follows the law."""
    text = detection.text
    postposed = syntax_words(reading.lang, "postposed_conditions")
    before: dict[int, int] = {}  # phrase -> where its first condition starts
    after: dict[int, int] = {}  # phrase -> where its last postposed condition starts
    for c in [*reading.affirmed("cues.condition"), *reading.terms("cues.exception")]:
        part = reading.part_of(text, _PHRASE_OPENER, c.end)
        if text[c.start : c.end] in postposed:
            after[part] = max(c.start, after.get(part, c.start))
        else:
            before[part] = min(c.start, before.get(part, c.start))
    for m in reading.affirmed(_LEGAL_COMPLIANCE):
        part = reading.part_of(text, _PHRASE_OPENER, m.start)
        if before.get(part, m.start) < m.start or after.get(part, m.start) > m.start:
            return True
    return False


_PROTECTED_REACH = 24
"""How many tokens after "protect" its list of protected parties may run."""


def _only_sells_goods(reading: Reading) -> bool:
    """Whether the sentence's only sharing verb sells goods: the resellers through whom a
    company sells its products ("We sell our products through resellers") receive no data."""
    return (
        reading.has(_SELL)
        and reading.has(_GOODS)
        and not reading.has("cues.share")
        and _sells_goods(reading)
    )


def _protected(detection: Detection, reading: Reading, recipient: Mention) -> bool:
    """A party named after "protect" in the same clause, with no sharing between them,
    is protected, not a recipient: "为保护我们的客户、我们或我们的关联公司…"."""
    starts = detection.tokens.starts
    for cue in reading.terms("cues.protects"):
        if cue.end > recipient.start:
            continue
        shares = any(cue.end <= m.start < recipient.start for m in reading.terms("cues.share"))
        near = (
            bisect_left(starts, recipient.start) - bisect_left(starts, cue.end) <= _PROTECTED_REACH
        )
        same_clause = _clause(detection, reading, cue.end) == _clause(
            detection, reading, recipient.start
        )
        if near and not shares and same_clause:
            return True
    return False


def _about_data(detection: Detection, reading: Reading) -> bool:
    following = detection.readings[reading.index + 1 : reading.index + 2]
    return any(
        r.has("cues.personal_data") or r.affirms("cues.share") or r.affirms(_SELL)
        for r in [reading, *following]
    )


def implied_rights(detection: Detection, rights: list[str], evidence: Evidence) -> list[str]:
    """Objecting to (or withdrawing consent from) direct marketing is opting out of it:
    "Masz również prawo sprzeciwić się ... w celach marketingu bezpośredniego"."""
    if "opt_out_marketing" in rights:
        return rights
    for reading in detection.readings_with("rights."):
        grants = [
            m
            for m in reading.with_prefix("rights.")
            if not m.negated and not _names_its_own_data(reading, m)
        ]
        if {_id(m) for m in grants} & {"objection", "withdraw_consent"} and reading.has(
            "purposes.marketing"
        ):
            evidence.add("rights", "opt_out_marketing", reading)
            return sorted([*rights, "opt_out_marketing"])
    return rights


def _names_its_own_data(reading: Reading, grant: Mention) -> bool:
    """A grant whose own words name data has that data as its object, not the promotions of
    another phrase: "优惠活动信息，您可以随时在手机设置中关闭定位权限" turns off a permission."""
    return any(
        grant.start <= m.start and m.end <= grant.end
        for m in reading.with_prefix("data_collected.")
    )


def implied_purposes(purposes: list[str], shared_with: list[str], evidence: Evidence) -> list[str]:
    """Disclosure to the authorities serves legal compliance (LABEL_SPEC: "responding to
    authorities"), whether or not the sentence names the obligation."""
    if "authorities" in shared_with and "legal_compliance" not in purposes:
        evidence.copy("shared_with", "authorities", "purposes", "legal_compliance")
        return sorted([*purposes, "legal_compliance"])
    return purposes


def _id(mention: Mention) -> str:
    return _ID_OF[mention.key]


_ID_OF = {f"{field}.{id_}": id_ for field, ids in VOCABULARIES.items() for id_ in ids}
"""The id of each key of a field ("data_collected.contact" -> "contact"): a look-up, not a
split; every language's concepts are the spec's (tests/labels/test_vocabulary.py)."""


def sells_data(detection: Detection, publisher: str | None, evidence: Evidence) -> bool | None:
    """True where the company says it sells personal data, False where it says it does not.

    Only sentences where the company ("we" or its name) speaks about personal
    data count: a "Do Not Sell My Personal Information" link says nothing, and
    a sale of the business or of minors' data (a CCPA special case) is another
    matter. A denial anywhere in a sentence is its answer ("Sales of Personal
    Information: We do not sell ..."), and a sentence about the rights to opt
    out of a sale does not say that a sale happens.
    """
    said: dict[bool, Reading] = {}
    sales = detection.readings_with(_SELL)
    names = _company_names(detection, publisher) if sales else []
    for reading in sales:
        answered_no = detection.answered_no_after(reading)
        if detection.states_nothing(reading) and not answered_no:
            continue  # a question states nothing; one the next cell or line answers no denies
        question = _company_question(detection, reading)
        if not (
            question
            or _company_speaks(detection, reading, names)
            or _data_as_subject(reading, reading.denied(_SELL))
        ):
            continue
        if _other_sale(reading) and not _sale_denied_apart(detection, reading):
            continue
        if reading.has(_GOODS) and _sells_goods(reading):
            continue
        about_data = _about_personal_data(reading) or (
            question is not None and _about_personal_data(question)
        )
        if not (about_data or answered_no):  # "Do we sell data?\tNo": the reader's, in an FAQ
            continue
        if reading.denied(_SELL) or detection.asks(reading):
            said.setdefault(False, reading)
        elif not reading.with_prefix("rights."):
            said[True] = reading
            break  # yes wins over no (`_flag`): no later sentence changes the answer
    return _flag("sells_data", said, evidence)


_BUSINESS_SALE = "shared_with.business_transfer"
_CHILDREN = "cues.children"
_OTHER_SALES = (_BUSINESS_SALE, _CHILDREN)


_MINORS_LIMITS = ("cues.age_under", "cues.age_over", "cues.years_of_age", "cues.consent")
"""What makes a sale of children's data the CCPA special case: an age or an authorization
("minors under 16 years of age without affirmative authorization")."""


def _other_sale(reading: Reading) -> bool:
    """Whether the sentence speaks of a sale of the business or of minors' data (a CCPA
    special case), no sale of users' data. Children named without an age or a consent are
    the users ("Nigdy nie sprzedajemy danych dzieci ani rodziców", "我们绝不出售儿童个人信息")."""
    return reading.has(_BUSINESS_SALE) or (
        reading.has(_CHILDREN) and any(map(reading.has, _MINORS_LIMITS))
    )


def _sale_denied_apart(detection: Detection, reading: Reading) -> bool:
    """Whether the sentence denies a sale in a phrase that names neither the business nor
    minors: "我们不会出售您的个人信息，但可能会在合并或收购时转让" does not sell."""
    text = detection.text
    others = {
        reading.part_of(text, _PHRASE_OPENER, m.start)
        for key in _OTHER_SALES
        for m in reading.terms(key)
    }
    return any(
        reading.part_of(text, _PHRASE_OPENER, sale.start) not in others
        for sale in reading.denied(_SELL)
    )


def _sells_goods(reading: Reading) -> bool:
    """Whether every sale the sentence names is of goods, not of data: the first thing named
    after the sell verb, before another action takes over, is goods ("to sell and deliver our
    products", "sälja och leverera våra produkter"), or, where nothing is named after it, the
    nearest thing before it is ("a product sold through our store")."""
    mentions = reading.mentions
    sales = [i for i, m in enumerate(mentions) if m.key == _SELL]
    return all(_sold_thing(mentions, i) == _GOODS for i in sales)


def _sold_thing(mentions: Sequence[Mention], sale: int) -> str | None:
    """`_GOODS` or `_DATA` for what the sale at `mentions[sale]` sells, or None."""
    for mention in mentions[sale + 1 :]:
        if mention.key in _OTHER_ACTIONS:
            break  # what follows is that action's: "sell products and collect your email"
        if thing := _thing(mention):
            return thing
    for mention in reversed(mentions[:sale]):
        if thing := _thing(mention):
            return thing
    return None


def _thing(mention: Mention) -> str | None:
    if mention.key == _GOODS:
        return _GOODS
    return _DATA if _names_data(mention) else None


def _names_data(mention: Mention) -> bool:
    return mention.key == "cues.personal_data" or mention.key.startswith("data_collected.")


def _data_as_subject(reading: Reading, denied: Sequence[Mention]) -> bool:
    """A passive denial with the data as its subject and no one else named before the first
    verb: "Dane osobowe nie są sprzedawane", "Personal information is never sold", "Dane o
    zdrowiu nigdy nie są wykorzystywane do kierowania reklam" say what the company does not
    do, though no "we" speaks; in "Dane nie będą przekazywane podmiotom trzecim … ani
    sprzedawane" the third party is the first verb's recipient."""
    if not denied:
        return False
    verb = min([denied[0].start] + [m.start for m in reading.mentions if m.key in _VERBS])
    before = [m for m in reading.mentions if m.end <= verb]
    return any(map(_names_data, before)) and not any(
        m.key == "cues.third_party" or m.key.startswith("shared_with.") for m in before
    )


def _company_names(detection: Detection, publisher: str | None) -> list[str]:
    """The company's name, its short forms and the defined terms it is called by ("(dalej:
    „Sprzedawca”)"), found once per policy: finding them reads the whole text. A defined term
    is given by its stem, which every case of it begins with ("Ze strony Sprzedawcy")."""
    text, lang = detection.text, detection.structure.language
    own = [publisher, *short_names(publisher, text)] if publisher else []
    return [*own, *(declined_stem(alias, lang) for alias in defined_aliases(text, lang))]


def _company_speaks(detection: Detection, reading: Reading, names: list[str]) -> bool:
    """ "We", the company's name, or its short form ("华为不会将您的个人数据出售给第三方")."""
    if reading.has("cues.first_party"):
        return True
    sentence = detection.text[reading.start : reading.end]
    return any(name in sentence for name in names)


def third_party_advertising(
    detection: Detection, publisher: str | None, purposes: list[str], evidence: Evidence
) -> bool | None:
    """True where data serves targeted or third-party ads, False where the company rules that
    out (or asks itself whether it shows them and answers no)."""
    said: dict[bool, Reading] = {}
    readings = detection.readings_with("cues.targeted", "purposes.advertising", _ADVERTISERS)
    names = _company_names(detection, publisher) if readings else []
    for reading in readings:
        if detection.states_nothing(reading):
            if reading.has("cues.first_party") and detection.answered_no_after(reading):
                said.setdefault(False, reading)  # "Do we show you targeted ads?\nNo."
            continue
        if reading.affirms("cues.targeted") or reading.affirms("purposes.advertising"):
            if practice_stance(detection, reading, FIELD_ACTIONS["purposes"]):
                said.setdefault(True, reading)
        elif (denials := _ads_ruled_out(reading)) and (
            _company_question(detection, reading) is not None
            or _company_denies(detection, reading, names, denials)
        ):
            said.setdefault(False, reading)
    if "advertising" not in purposes:
        said.pop(True, None)
    return _flag("third_party_advertising", said, evidence)


_ADVERTISERS = "shared_with.advertisers"


def _about_personal_data(reading: Reading) -> bool:
    """Whether the sentence speaks of personal data, in general or of a kind."""
    return reading.has("cues.personal_data") or bool(reading.with_prefix("data_collected."))


def _company_question(detection: Detection, answer: Reading) -> Reading | None:
    """The question the company asks of itself that `answer` answers ("我们会出售您的信息吗？\n
    不会向任何第三方出售。"): the answer's subject is the company and its object the
    question's, though it names neither."""
    question = detection.question_answered(answer)
    return question if question is not None and question.has("cues.first_party") else None


def _ads_ruled_out(reading: Reading) -> Sequence[Mention]:
    """The denials by which a sentence rules out targeted ads ("we do not use your data for
    targeted ads"), ads at all ("We do not show ads", "Nie wyświetlamy reklam",
    "我们不会将您的个人信息用于广告") or giving data to advertisers ("vi lämnar inte ut dem
    till annonsörer"), or none. A denial bound to consent, an exception or a condition ("not
    … without your consent", "unless", "if") admits ads; one of ads on some kind of data ("we
    do not use your health data for advertising") leaves the others open."""
    if any(map(reading.has, _BINDING)):
        return ()
    if targeted := reading.denied("cues.targeted"):
        return () if _ads_on_a_kind_of_data(reading) else targeted
    denials = reading.denied("purposes.advertising") or reading.denied(_ADVERTISERS)
    if all(m.key == _COOKIES for m in reading.with_prefix("data_collected.")):
        return denials
    return ()


def _company_denies(
    detection: Detection, reading: Reading, names: list[str], denials: Sequence[Mention]
) -> bool:
    """Whether the company is who denies: "we" or its name (`_company_speaks`), or the data
    in a passive denial (`_data_as_subject`)."""
    return _company_speaks(detection, reading, names) or _data_as_subject(reading, denials)


_BINDING = ("cues.exception", "cues.consent", "cues.condition")


def _ads_on_a_kind_of_data(reading: Reading) -> bool:
    """Whether the ads denied are those based on a kind of data ("我们不会基于您的录像内容
    向您推送个性化广告"): targeted ads on other data stay open; ads based on personal data
    in general are no kind."""
    bases = [m.start for m in reading.mentions if m.key == "cues.basis"]
    return any(
        m.key != _COOKIES and any(b < m.start for b in bases)
        for m in reading.with_prefix("data_collected.")
    )


def _flag(field: str, said: dict[bool, Reading], evidence: Evidence) -> bool | None:
    """Yes wins over no: a policy that denies one practice and admits it elsewhere does it."""
    for value in (True, False):
        if value in said:
            evidence.add(field, value, said[value])
            return value
    return None
