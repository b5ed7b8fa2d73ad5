"""Benchmark of the value parsers: time per policy and on runs of look-alikes.

    .venv/bin/python benchmarks/values_speed.py

Prints the median time of each finder over the longest corpus policy and over
inputs built to tempt a backtracking pattern; a linear finder stays in the
milliseconds-to-tenths range on all of them. Not a test: timings depend on the
machine, so they are read, not asserted.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from labels.values import find_ages, find_countries, find_dates, find_durations

FINDERS = [find_durations, find_ages, find_dates, find_countries]
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LOOK_ALIKES = {
    "articles (en)": ("en", "a " * 10_000),
    "hyphenated words (en)": ("en", "twenty-" * 3_000),
    "cues, digits, brackets (en)": ("en", "under 1 (" * 2_500),
    "number words (pl)": ("pl", "dwa " * 5_000),
    "articles (sv)": ("sv", "en " * 7_000),
    "numerals (zh)": ("zh", "二" * 20_000),
    "ages and units (zh)": ("zh", "14周岁" * 4_000),
}


def median_ms(finder, text: str, lang: str, runs: int = 5) -> float:
    """Median wall time of `finder` on `text`, patterns compiled beforehand."""
    finder(text[:100], lang)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        finder(text, lang)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Print one row per input, one column per finder (milliseconds)."""
    inputs = {"pl/mozilla-firefox.txt (56 KB)": ("pl", (CORPUS / "pl/mozilla-firefox.txt"))}
    rows = {name: (lang, path.read_text(encoding="utf-8")) for name, (lang, path) in inputs.items()}
    rows.update(LOOK_ALIKES)
    print(f"{'input':34}" + "".join(f"{f.__name__:>16}" for f in FINDERS))
    for name, (lang, text) in rows.items():
        print(f"{name:34}" + "".join(f"{median_ms(f, text, lang):14.1f}ms" for f in FINDERS))


if __name__ == "__main__":
    main()
