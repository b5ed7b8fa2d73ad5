"""How long a policy keeps data: stated periods, "as long as necessary", deletion on closure.

A duration is a retention period only in a sentence about keeping or deleting
data (or in a cookie table, where a row's lifetime is how long the cookie is
kept), and never in a sentence about answering a request or giving notice:
"we will respond within 30 days" is a response time.
"""

from __future__ import annotations

from collections.abc import Sequence

from labels.detect import Detection, Reading
from labels.evidence import Evidence
from labels.practices import in_document_order, readings_with_any
from labels.values import find_durations

_WHAT_LENGTH = 80
_COOKIES = "data_collected.cookies_tracking"


def periods(detection: Detection, evidence: Evidence) -> list[dict]:
    """Every concrete retention period, in days, with the sentence it describes."""
    found: dict[float, dict] = {}
    for reading in _may_keep(detection):
        if not _about_keeping(detection, reading):
            continue
        text = detection.text[reading.start : reading.end]
        for duration in find_durations(text, reading.lang):
            days = round(float(duration.value), 4)
            if days <= 0 or days in found:
                continue
            found[days] = {"days": days, "what": _what(text)}
            evidence.add("retention.periods", days, reading)
    return [found[days] for days in sorted(found)]


def _may_keep(detection: Detection) -> Sequence[Reading]:
    """The sentences that keep or delete data and the cells of cookie tables (only a part
    of the policy about cookies has those): the few where a duration can be a period."""
    keeping = readings_with_any(detection, ("cues.retain", "cues.delete"))
    if not detection.readings_with(_COOKIES):
        return keeping
    cells = [reading for reading in detection.readings if detection.in_cookie_table(reading)]
    return in_document_order(keeping, cells)


def _about_keeping(detection: Detection, reading: Reading) -> bool:
    if reading.has("cues.response_time") or reading.has("cues.children"):
        return False
    if reading.affirmed("cues.retain") or reading.affirmed("cues.delete"):
        return True
    return _cookie_lifetime(detection, reading)


def _cookie_lifetime(detection: Detection, reading: Reading) -> bool:
    """A cell of a cookie table that begins with a duration: the cookie's lifetime."""
    if not detection.in_cookie_table(reading):
        return False
    text = detection.text[reading.start : reading.end]
    return reading.in_table or any(d.start <= 1 for d in find_durations(text, reading.lang))


def _what(sentence: str) -> str:
    """A short description: the sentence itself, cut at a word near the length limit."""
    flat = " ".join(sentence.split())
    if len(flat) <= _WHAT_LENGTH:
        return flat
    return flat[:_WHAT_LENGTH].rsplit(" ", 1)[0] + "…"


def until_no_longer_needed(detection: Detection, evidence: Evidence) -> bool | None:
    """True where data is kept as long as necessary for its purposes; never a "no"."""
    for reading in detection.readings_with("cues.until_needed"):
        if reading.has("cues.retain") or reading.has("cues.delete"):
            evidence.add("retention.until_no_longer_needed", True, reading)
            return True
    return None


def deleted_on_account_closure(detection: Detection, evidence: Evidence) -> bool | None:
    """True where data is deleted when the account is closed; children's clauses aside."""
    for reading in detection.readings_with("cues.account_closure"):
        if reading.has("cues.children"):
            continue
        if _deletes_data(reading):
            evidence.add("retention.deleted_on_account_closure", True, reading)
            return True
    return None


def _deletes_data(reading: Reading) -> bool:
    """A deletion other than the closing of the account itself ("delete your account")."""
    closures = [(m.start, m.end) for m in reading.mentions if m.key == "cues.account_closure"]
    return any(
        not any(start <= m.start and m.end <= end for start, end in closures)
        for m in reading.affirmed("cues.delete")
    )
