"""PolicyLabel's domain library: read a privacy policy, extract its facts, build its label.

Pure: no Flask, no database. Text in, facts and label out.
"""

from labels.facts import EXTRACTOR_VERSION, SPEC_VERSION, extract
from labels.reading import Document, ReadError, read_bytes, read_text

__all__ = [
    "EXTRACTOR_VERSION",
    "SPEC_VERSION",
    "Document",
    "ReadError",
    "extract",
    "read_bytes",
    "read_text",
]
