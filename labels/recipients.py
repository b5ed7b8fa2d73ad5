"""Third parties a policy names as recipients: known services, and companies by legal form.

A name counts only in a sentence about sharing or third parties (a share cue,
a recipient term, a third-party cue, or tracking technology such as an SDK or
a cookie table), and only where that sentence does not deny sharing. The
publisher's own name is not a recipient.
"""

from __future__ import annotations

import re
from functools import cache

from labels.detect import Detection, Reading
from labels.evidence import Evidence
from labels.organization import _legal_form, organization_data


@cache
def _services() -> re.Pattern[str]:
    names = sorted(organization_data()["services"]["names"], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")


def _about_recipients(detection: Detection, reading: Reading) -> bool:
    if reading.denied("cues.share"):
        return False
    for governing in detection.governing(reading)[:2]:
        if (
            governing.affirmed("cues.share")
            or governing.has("cues.third_party")
            or governing.with_prefix("shared_with.")
            or governing.has("data_collected.cookies_tracking")
        ):
            return True
    return False


def named_recipients(detection: Detection, publisher: str | None, evidence: Evidence) -> list[str]:
    """Names of third-party companies and services, as written, sorted."""
    found: dict[str, Reading] = {}
    for reading in detection.readings:
        if not _about_recipients(detection, reading):
            continue
        text = detection.text
        names = [m.group() for m in _services().finditer(text, reading.start, reading.end)]
        legal = _legal_form(reading.lang)
        if reading.lang != "zh":
            names += [
                m.group(0).rstrip(".") for m in legal.finditer(text, reading.start, reading.end)
            ]
        for name in names:
            if publisher and publisher.lower() in name.lower():
                continue
            found.setdefault(name, reading)
    kept = [n for n in found if not any(n != o and n in o for o in found)]
    for name in kept:
        evidence.add("named_recipients", name, found[name])
    return sorted(kept)
