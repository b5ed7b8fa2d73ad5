"""What a policy says about minors: the age under which it does not serve them, and consent."""

from __future__ import annotations

from collections.abc import Sequence

from labels.detect import Detection, Reading
from labels.evidence import Evidence
from labels.law import explains_law
from labels.values import find_ages


def _sentences_about_children(detection: Detection) -> Sequence[Reading]:
    """The sentences that speak of minors or name an age limit, or whose lead-in or heading
    does."""
    return detection.governed_by(detection.readings_with("cues.children", "cues.age_limit"))


def _ages_stated(detection: Detection, reading: Reading) -> list[int]:
    """The ages a sentence states, not as the law it explains; else the age after the limit
    it names ("Åldersgränsen för att använda appen är 16 år"), which has no cue beside it."""
    text = detection.text[reading.start : reading.end]
    ages = [
        int(age.value)
        for age in find_ages(text, reading.lang)
        if not explains_law(detection.text, reading, reading.start + age.start)
    ]
    if ages or not reading.has("cues.age_limit"):
        return ages
    after_limit = detection.text[reading.terms("cues.age_limit")[0].end : reading.end]
    return [int(age.value) for age in find_ages(after_limit, reading.lang, limit_named=True)]


def _parent_consents(text: str, reading: Reading) -> bool:
    """A parent or guardian and a consent, neither denied: "with your parent's consent". A
    sentence without a negation denies neither: one that tells the child what to do states
    the consent too ("请在父母或其他监护人的同意和指导下使用", "Please use it only with your
    parent's consent"), though the terms of the user's own acts are not the company's. The
    consent a law requires is the law's ("The law in some countries requires parental
    consent")."""
    if not (reading.has("cues.parental_consent") and reading.has("cues.consent")):
        return False
    parents = reading.terms("cues.parental_consent")
    if all(explains_law(text, reading, m.start) for m in parents):
        return False
    if not reading.has("cues.negation"):
        return True
    return reading.affirms("cues.parental_consent") and reading.affirms("cues.consent")


def children(detection: Detection, evidence: Evidence) -> dict:
    """{"min_age", "parental_consent"}: the first age stated about minors (else the age of
    majority, where the policy names it), and consent.

    The sale of minors' data (CCPA "under 16") is a rule about selling, not the
    age of the audience, so sentences about selling do not give the age; nor does the
    definition of sensitive data ("14岁以下（含）儿童的个人信息"), nor the law explained
    ("Enligt dataskyddsförordningen krävs vårdnadshavares samtycke för att barn under 13 år").
    """
    min_age = None
    consent = None
    for reading in _sentences_about_children(detection):
        if reading.defines:
            continue
        if min_age is None and not reading.has("cues.sell"):
            ages = _ages_stated(detection, reading)
            if ages:
                min_age = ages[0]
                evidence.add("children.min_age", min_age, reading)
        if consent is None and _parent_consents(detection.text, reading):
            consent = True
            evidence.add("children.parental_consent", True, reading)
        if min_age is not None and consent is not None:
            break  # both found: the first of each is the answer
    if min_age is None:
        min_age = _age_of_majority(detection, evidence)
    return {"min_age": min_age, "parental_consent": consent}


_MAJORITY = 18
"""The age of majority in Sweden, Poland, China and most of the world's law."""


def _age_of_majority(detection: Detection, evidence: Evidence) -> int | None:
    """18 where a policy that states no age limits its users by the age of majority ("Konto
    może założyć wyłącznie osoba pełnoletnia"); not where it keeps data until a child comes
    of age."""
    for reading in detection.readings_with("cues.majority"):
        if reading.defines or reading.has("cues.retain") or reading.has("cues.delete"):
            continue
        evidence.add("children.min_age", _MAJORITY, reading)
        return _MAJORITY
    return None
