"""Who publishes a policy and how to reach them: e-mail addresses and the date of the text."""

from __future__ import annotations

import re
from datetime import date

from labels.detect import CLAUSE_ENDS, Detection, Reading
from labels.evidence import Evidence
from labels.values import find_dates

# An "@" or "." may be written out against harvesting bots ("privacy [at] example [dot]
# com", "kontakt(at)firma.pl") or set full-width in Chinese text ("privacy＠example.com").
_AT = r"(?:[@＠]| ?[\[(] ?(?:at|AT|At) ?[\])] ?)"
_DOT = r"(?:\.| ?[\[(] ?(?:dot|DOT|Dot) ?[\])] ?)"
_WRITTEN_OPENINGS = (re.compile(r"\( ?(?:at|AT|At) ?[\])]"), re.compile(r"\[ ?(?:at|AT|At) ?[\])]"))
"""A written-out "@" by its opening bracket: a pattern that opens with one character the
scan finds fast, where a class of two ("[\\[(]") costs it a test at every position."""
_WRITTEN_MARKS = re.compile(rf"{_AT}|{_DOT}")
# The lookbehind lets a match start only where a run of address characters starts:
# without it a long run with no "@" (a dotted line, "x.x.x.") is rescanned from every
# position, quadratic in its length.
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}"
    r"[A-Za-z]{2,}"
)


def contact_emails(detection: Detection, evidence: Evidence) -> list[str]:
    """Every e-mail address the policy gives, lower-cased, sorted, its "@" and dots as
    such; an address after the right to complain to a supervisory authority is the
    authority's ("… you may complain to the authority at …"), one before it the company's
    ("contact our data protection officer at … and if you have a complaint …")."""
    found: set[str] = set()
    text = detection.text
    # the address pattern tries every position it is given; only sentences with an "@"
    # (or, in a text that has one, an "@" written out) can hold an address
    written_out = _holds_written_at(text, 0, len(text))
    for reading in detection.readings:
        if text.find("@", reading.start, reading.end) < 0 and not (
            written_out and _holds_written_at(text, reading.start, reading.end)
        ):
            continue
        complaint = min((m.start for m in reading.terms("rights.complaint")), default=None)
        end = reading.end if complaint is None else complaint
        for match in _EMAIL.finditer(text, reading.start, end):
            email = _unglued(_WRITTEN_MARKS.sub(_mark, match.group())).lower()
            found.add(email)
            evidence.add("contact_emails", email, reading)
    return sorted(found)


def _holds_written_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an "@" written out or full-width."""
    return text.find("＠", start, end) >= 0 or any(
        p.search(text, start, end) for p in _WRITTEN_OPENINGS
    )


def _mark(match: re.Match[str]) -> str:
    """An "@" or a dot as itself, however it is written."""
    return "." if "dot" in match.group().lower() or "." in match.group() else "@"


def _unglued(email: str) -> str:
    """The address without a label glued in front of it: "Emailsmallrig@smallrig.com".

    A capitalised local part that ends with the domain's own name, after more
    letters, carries the word before it ("Email", "E-mail") with no space.
    """
    local, domain = email.split("@", 1)
    name = domain.split(".", 1)[0]
    lowered = local.lower()
    if local[:1].isupper() and lowered.endswith(name.lower()) and len(lowered) > len(name):
        return email[len(local) - len(name) :]
    return email


def last_updated(detection: Detection, evidence: Evidence) -> str | None:
    """The latest date given next to a "last updated / effective" cue, as ISO text."""
    best = None
    for reading in detection.readings_with("cues.last_updated"):
        # a date may be broken across two lines the parser read as two sentences
        # ("已于2019" / "年12月18日更新"): read the neighbours too, keep the dates that
        # reach into this sentence
        start = detection.readings[max(0, reading.index - 1)].start
        end = detection.readings[min(len(detection.readings) - 1, reading.index + 1)].end
        for found in find_dates(detection.text[start:end], reading.lang):
            if start + found.end <= reading.start or start + found.start >= reading.end:
                continue
            if best is None or found.value > best[0]:
                best = (found.value, reading)
    if best is None:
        best = _dated_opening(detection) or _dated_close(detection)
    if best is None:
        return None
    evidence.add("last_updated", best[0].isoformat(), best[1])
    return best[0].isoformat()


_OPENING = 3
"""The first sentences of a policy, where its title and its date stand."""
_DATE_LINE = 60
"""At most this many characters: a title with its date, or a date alone."""
_SENTENCE_ENDS = (".", *CLAUSE_ENDS)


def _dated_opening(detection: Detection) -> tuple[date, Reading] | None:
    """A date without a cue, in a short line at the top of the policy: the title's date
    ("# Mozillas sekretesspolicy  25 maj, 2018") or a date alone under the title; not a
    sentence that ends like one ("《个人信息保护法》自2021年11月1日起施行。" dates a law)."""
    for reading in detection.readings[:_OPENING]:
        line = detection.text[reading.start : reading.end].rstrip()
        if len(line) > _DATE_LINE or line.endswith(_SENTENCE_ENDS):
            continue
        dates = find_dates(line, reading.lang)
        if dates:
            return dates[0].value, reading
    return None


def _dated_close(detection: Detection) -> tuple[date, Reading] | None:
    """A date alone on one of the last lines of a policy, as older ones sign off under the
    company's name ("深圳市…有限公司" / "2016年8月20日", "Acme Inc." / "June 1, 2015")."""
    for reading in reversed(detection.readings[-_OPENING:]):
        line = detection.text[reading.start : reading.end].strip(_DATE_MARKS)
        dates = find_dates(line, reading.lang)
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(line):
            return dates[0].value, reading
    return None


_DATE_MARKS = " \t.。()（）[]"
"""What may stand around a date alone on its line."""
