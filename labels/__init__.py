"""PolicyLabel's domain library: read a privacy policy, extract its facts, build its label.

Pure: no Flask, no database. Text in, facts and label out:

    document = read_bytes(data, "policy.pdf")      # or read_text(pasted)
    facts = extract(document)                      # the facts of LABEL_SPEC.md
    label = build_label(facts, product, maker)     # what every outlet draws
    png = render_png(label, "pl", size="60x90mm")  # labels.render.png

The HTML outlets are in `labels.render.html`; the words of the label in
`labels.texts.LabelTexts(locale)` for each of `labels.i18n.LOCALES`.
"""

from labels.build import refuse_stale_build

refuse_stale_build()  # before any compiled module is imported

from labels.facts import EXTRACTOR_VERSION, extract
from labels.label import PrivacyLabel, build_label
from labels.language import detect_language
from labels.reading import Document, ReadError, read_bytes, read_text
from labels.spec import SPEC_VERSION
from labels.structure import Structure, parse

__all__ = [
    "EXTRACTOR_VERSION",
    "SPEC_VERSION",
    "Document",
    "PrivacyLabel",
    "ReadError",
    "Structure",
    "build_label",
    "detect_language",
    "extract",
    "parse",
    "read_bytes",
    "read_text",
    "render_png",
]


def __getattr__(name: str):
    # The PNG outlet loads fonts and Pillow; `policylabel extract` should not pay for it.
    if name == "render_png":
        from labels.render.png import render_png

        return render_png
    raise AttributeError(f"module 'labels' has no attribute {name!r}")
