"""How long a policy keeps data: stated periods, "as long as necessary", deletion on closure.

A duration is a retention period only in a sentence about keeping or deleting
data (or in a cookie table, where a row's lifetime is how long the cookie is
kept), and never in a sentence about answering a request or giving notice:
"we will respond within 30 days" is a response time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from labels.detect import Detection, Reading, in_document_order
from labels.evidence import Evidence
from labels.values import Found, find_durations
from labels.vocabulary import syntax_words

_WHAT_LENGTH = 80
_EXPIRY, _COOKIES = "cues.expiry", "data_collected.cookies_tracking"
"""A lifetime that ends, and cookies: how long a cookie lives is how long it is kept
("Analytics cookies placed by Google Analytics expire after 13 months")."""


def periods(detection: Detection, evidence: Evidence) -> list[dict]:
    """Every concrete retention period, in days, with the sentence it describes."""
    found: dict[float, dict] = {}
    for reading, durations in _about_keeping(detection):
        text = detection.text[reading.start : reading.end]
        for duration in durations:
            days = round(float(duration.value), 4)
            if days <= 0 or days in found:
                continue
            found[days] = {"days": days, "what": _what(text)}
            evidence.add("retention.periods", days, reading)
    return [found[days] for days in sorted(found)]


def _about_keeping(detection: Detection) -> Iterator[tuple[Reading, list[Found]]]:
    """The sentences about keeping or deleting data and the cookie lifetimes in cookie
    tables, in document order, with their durations: read once, since a line of a
    flattened table is a lifetime only if it begins with one."""
    keeping = detection.readings_with("cues.retain", "cues.delete", _EXPIRY)
    headed = _under_keeping(detection, keeping)
    columned = _under_retention_head(detection)
    listed = {reading.index for reading in (*headed, *columned)}
    cells = _cell_lines(detection, keeping)
    celled = [reading for reading, _ in cells.values()]
    for reading in in_document_order(keeping, detection.cookie_cells, headed, columned, celled):
        if reading.has("cues.response_time"):
            continue
        if reading.index in cells:
            yield reading, [cells[reading.index][1]]
            continue
        keeps = (
            reading.affirms("cues.retain")
            or _kept_no_longer(reading)
            or reading.affirms("cues.delete")
            or (reading.affirms(_EXPIRY) and reading.has(_COOKIES))
        )
        cell = detection.in_cookie_table(reading)
        if not (keeps or cell or reading.index in listed):
            continue
        text = detection.text[reading.start : reading.end]
        durations = find_durations(text, reading.lang)
        if keeps or (cell and _cookie_lifetime(reading, durations)):
            yield reading, durations
        elif reading.index in listed and reading.in_table:
            yield reading, durations  # a cell of a table about keeping data
        elif reading.index in listed and _labelled(text, durations):
            yield reading, durations[:1]


def _kept_no_longer(reading: Reading) -> bool:
    """A denied keeping bounded by a period ("Nie przechowujemy nagrań dłużej niż 7 dni",
    "We do not keep logs longer than 30 days"): the "not" limits the period, and the data
    is kept up to it."""
    return reading.has("cues.longer_than") and bool(reading.denied("cues.retain"))


def _under_keeping(detection: Detection, keeping: Sequence[Reading]) -> list[Reading]:
    """The sentences, in document order, under a heading, lead-in or table column head that
    keeps or deletes data ("How long we keep it", "Vi sparar uppgifterna enligt följande:",
    "| Okres przechowywania |"), or a column head of a table that names a lifetime ("| 有效期 |",
    "Expiry\t"): its cells are the periods of the rows."""
    leads = [
        r for r in keeping if r.kind == "heading" or r.affirms("cues.retain") or _lifetime_head(r)
    ]
    indexes = {r.index for r in leads}
    return [r for r in detection.governed_by(leads) if r.index not in indexes]


_RETENTION_HEAD = "cues.retention_head"


def _under_retention_head(detection: Detection) -> list[Reading]:
    """The cells of a table's how-long column ("How long", "Lagringstid", "保存期限"): a
    row's cell there says how long its data is kept, with no verb of keeping."""
    return [
        reading
        for reading in detection.readings
        if (head := detection.column_head(reading)) is not None and head.has(_RETENTION_HEAD)
    ]


def _lifetime_head(reading: Reading) -> bool:
    """A table's column head that names an expiry: it heads the lifetimes in the column."""
    return reading.in_table and reading.affirms(_EXPIRY)


_HEAD_CELL = 40
_CELL = 60
"""At most this many characters: the head of a table's column, and one of its cells (or
two, joined as lines of a paragraph)."""
_CELL_START = 2
"""How far into a cell its period may begin ("最长10年")."""


def _cell_lines(
    detection: Detection, keeping: Sequence[Reading]
) -> dict[int, tuple[Reading, Found]]:
    """By index, the lines that begin with a period, with that period, in a table that a
    PDF's text flattened to one cell a line, after a head cell that keeps data
    ("Lagringstid" / "Felsökning" / "Berättigat intresse" / "24 månader", "保存期限" /
    "设备运行日志" / "180天"): short lines, one line break apart."""
    text = detection.text
    found: dict[int, tuple[Reading, Found]] = {}
    for head in keeping:
        if head.end - head.start > _HEAD_CELL or not head.affirms("cues.retain"):
            continue
        previous = head
        for reading in detection.readings[head.index + 1 :]:
            if (
                text.count("\n", previous.end, reading.start) != 1
                or text[previous.end : reading.start].strip()
            ):
                break  # a blank line, or more than white space between: the run has ended
            durations = find_durations(text[reading.start : reading.end], reading.lang)
            if durations and durations[0].start <= _CELL_START:
                found.setdefault(reading.index, (reading, durations[0]))
            if reading.end - reading.start > _CELL:
                break
            previous = reading
    return dict(sorted(found.items()))


_LABEL = re.compile(r"[^:：\n]{1,60}[:：]\s*")


def _labelled(text: str, durations: list[Found]) -> bool:
    """Whether the sentence is a label and its period ("Server logs: 14 days.", "日志：6个月")."""
    label = _LABEL.match(text)
    return bool(durations) and label is not None and label.end() == durations[0].start


def _cookie_lifetime(cell: Reading, durations: list[Found]) -> bool:
    """A cell of a cookie table that begins with a duration: the cookie's lifetime."""
    return cell.in_table or any(d.start <= 1 for d in durations)


def _what(sentence: str) -> str:
    """A short description: the sentence itself, cut at a word near the length limit."""
    flat = " ".join(sentence.split())
    if len(flat) <= _WHAT_LENGTH:
        return flat
    return flat[:_WHAT_LENGTH].rsplit(" ", 1)[0] + "…"


def until_no_longer_needed(detection: Detection, evidence: Evidence) -> bool | None:
    """True where data is kept as long as necessary for its purposes; never a "no"."""
    for reading in detection.readings_with("cues.until_needed"):
        keeping = reading.has("cues.retain") or reading.has("cues.delete")
        if keeping or _labelled_by_retention_head(detection, reading):
            evidence.add("retention.until_no_longer_needed", True, reading)
            return True
    return None


_LABEL_END = re.compile(r"[ \t]*[:：][ \t]*")


def _labelled_by_retention_head(detection: Detection, reading: Reading) -> bool:
    """A line "How long: as long as we need it" (a summary row, "Lagringstid: ..."): its
    label, at the start of the line, stands for the verb of keeping that the value omits."""
    text = detection.text
    for head in reading.mentions:
        if head.key != _RETENTION_HEAD:
            continue
        line = text.rfind("\n", reading.start, head.start) + 1 or reading.start
        if not text[line : head.start].strip() and _LABEL_END.match(text, head.end, reading.end):
            return True
    return False


_THEN = "cues.then"
_CLOSURES = ("cues.account_closure", "rights.withdraw_consent")
"""What a deletion "then" follows: the account closed, or a consent withdrawn (the user's
request)."""
_CLAUSE_MARK = re.compile(r"[,;:()]")
_TIMES = ("cues.retain", "cues.delete")
"""A keeping or a deletion stated before "then": it is the time "then" means."""


def deleted_on_account_closure(detection: Detection, evidence: Evidence) -> bool | None:
    """True where data is deleted when the account is closed or at the user's request; a
    child's data counts too (on a children's device it is the ordinary data)."""
    for reading in detection.readings_with("cues.account_closure"):
        if _deletes_data(reading):
            evidence.add("retention.deleted_on_account_closure", True, reading)
            return True
    for reading in detection.readings_with("cues.account_named"):
        if _deletes_the_account_by_pronoun(detection, reading):
            evidence.add("retention.deleted_on_account_closure", True, reading)
            return True
    for reading in detection.readings_with(_THEN):
        if _deletes_then(detection, reading):
            evidence.add("retention.deleted_on_account_closure", True, reading)
            return True
    return None


def _deletes_data(reading: Reading) -> bool:
    """A deletion other than the closing of the account itself ("delete your account").

    Of two closures that share a word, the first has it: in "När du avslutar ditt konto
    raderas dina personuppgifter" (the verb put second) the account is closed, and what
    "raderas" deletes is the data, not the "konto raderas" that the words also spell."""
    closures: list[tuple[int, int]] = []
    for m in reading.mentions:  # in the order of their starts
        if m.key == "cues.account_closure" and (not closures or m.start >= closures[-1][1]):
            closures.append((m.start, m.end))
    return any(
        not any(start <= m.start and m.end <= end for start, end in closures)
        for m in reading.affirmed("cues.delete")
    )


def _deletes_the_account_by_pronoun(detection: Detection, reading: Reading) -> bool:
    """A deletion of "its" after the account is named stands for the account's closure: in
    "Dane konta przechowujemy do czasu jego usunięcia" the pronoun points back to the account."""
    pronouns = syntax_words(reading.lang, "back_pronouns")
    accounts = reading.affirmed("cues.account_named")
    tokens = detection.tokens
    for deletion in reading.affirmed("cues.delete"):
        before = bisect_left(tokens.starts, deletion.start) - 1  # the word right before it
        if (
            before >= 0
            and tokens.starts[before] >= reading.start
            and tokens.words[before] in pronouns
            and any(m.end <= deletion.start for m in accounts)
        ):
            return True
    return False


def _deletes_then(detection: Detection, reading: Reading) -> bool:
    """A deletion that "then" ("då") ties to a closure or a withdrawn consent stated before
    it: in its own sentence ("Du kan återkalla ditt godkännande, och då raderas barnets
    profil") or in an earlier one of the paragraph ("… återkalla avgivet samtycke. Du kan
    göra detta genom att kontakta oss. Dina personuppgifter tas då bort"). The nearest
    keeping or deletion before it is the time it means, and ends the search; a "då" after
    the verb ("raderas då de inte längre behövs") is "when", and says nothing of before."""
    then = _then_before_deletion(detection, reading)
    if then is None:
        return False
    earlier: Reading | None = reading
    while earlier is not None:
        end = then if earlier is reading else earlier.end
        if any(m.end <= end for key in _CLOSURES for m in earlier.affirmed(key)):
            return True
        if any(m.end <= end for key in _TIMES for m in earlier.terms(key)):
            return False
        earlier = _sentence_before(detection, earlier)
    return False


def _sentence_before(detection: Detection, reading: Reading) -> Reading | None:
    """The sentence before `reading` in its paragraph; the first sentence of a list item
    goes on from its lead-in, as a paragraph cut into lines after a colon does ("… på
    följande e-postadress:" / "[adress]. Dina personuppgifter tas då bort")."""
    before = detection.sentence_before(reading)
    if before is not None or reading.kind != "list_item":
        return before
    lead_in = detection.nearest_context(reading)
    return lead_in if lead_in is not None and lead_in.kind != "heading" else None


def _then_before_deletion(detection: Detection, reading: Reading) -> int | None:
    """Where the first "then" that stands before an affirmed deletion in its clause ("och då
    raderas", "will then delete"), or inside its words ("tas då bort"), starts; None without
    one."""
    text = detection.text
    deletions = reading.affirmed("cues.delete")
    for then in reading.terms(_THEN):
        if any(
            then.start < deletion.end and not _CLAUSE_MARK.search(text, then.end, deletion.start)
            for deletion in deletions
        ):
            return then.start
    return None
