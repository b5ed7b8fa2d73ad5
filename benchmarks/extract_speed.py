"""How fast the extractor reads a policy, and how much memory it needs.

Prints, for every corpus policy and for synthetic policies of 50 KB in each
language and of 2 MB in English (corpus policies of one language concatenated;
one of 50 KB is a single sentence), the median extraction time over a few runs
(process time: the machine is shared, and other processes' turns are not ours)
and the peak memory of one run (tracemalloc); then, for the 50 KB policies, how
that time divides between the stages, and what a fresh process pays first. The
target is a 50 KB policy in at most 20 ms on one core, with time linear in size.

    .venv/bin/python benchmarks/extract_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from labels import parse, read_bytes, read_text
from labels.collector import collector_paused
from labels.detect import detect
from labels.facts import extract
from labels.reading import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def median_ms(step: Callable[[Document], object], document: Document, runs: int) -> float:
    """Median process time of `runs` calls of `step` on `document`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        step(document)
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def print_stages(rows: list[tuple[str, Document, int]]) -> None:
    """Where the time of each policy goes: its structure, the terms and stances of its
    sentences (labels.detect beyond the structure), and the fields read from them. The
    first two stages run with the garbage collector paused, as `extract` runs them."""
    print(f"\n{'stages (median ms)':48} {'structure':>10} {'terms':>10} {'fields':>10}")
    for name, document, runs in rows:
        structure = median_ms(collector_paused()(parse), document, runs)
        detection = median_ms(collector_paused()(detect), document, runs)
        extraction = median_ms(extract, document, runs)
        print(
            f"{name:48} {structure:10.1f} {detection - structure:10.1f}"
            f" {extraction - detection:10.1f}"
        )


def peak_mb(document: Document) -> float:
    """Peak traced memory of one extraction, in MB."""
    tracemalloc.start()
    extract(document)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def synthetic(size: int, folder: str = "en") -> Document:
    """A policy of about `size` bytes as a UTF-8 file: the corpus policies of `folder`,
    repeated. A file's size, not its characters: 50 KB of Chinese is some 17,000 of them."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / folder).glob("*.txt"))]
    text = ""
    while len(text.encode()) < size:
        text += "\n\n".join(parts) + "\n\n"
    head = text.encode()[:size].decode(errors="ignore")  # no character cut in half
    return read_text(head.rsplit("\n", 1)[0] + "\n", f"synthetic-{size}")


def one_sentence(size: int) -> Document:
    """A policy of about `size` characters without a sentence end: the English corpus with
    its line breaks and sentence marks made spaces. A sentence's terms are weighed against
    each other, so this shows whether that stays linear in the sentence's length."""
    text = synthetic(size).text
    return read_text(re.sub(r"[.!?;:\n]+", " ", text).strip() + "\n", f"one-sentence-{size}")


_COLD = """
import sys, time
start = time.process_time()
from labels.facts import extract
imported = time.process_time()
sys.path.insert(0, {here!r})
from extract_speed import synthetic
document = synthetic(50_000, {folder!r})
before = time.process_time()
extract(document)
print((imported - start) * 1000, (time.process_time() - before) * 1000)
"""


def print_cold_start() -> None:
    """What one `policylabel extract` pays before the figures above: importing the library
    and the first extraction of a language (its vocabulary read, its matcher built), each in
    a fresh process."""
    print(f"\n{'cold start (fresh process, ms)':48} {'import':>10} {'first 50 KB':>12}")
    here = str(Path(__file__).resolve().parent)
    for folder in ("en", "sv", "pl", "zh"):
        code = _COLD.format(here=here, folder=folder)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        imported, first = map(float, out.stdout.split())
        print(f"{folder:48} {imported:10.1f} {first:12.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per policy (default 7)")
    args = parser.parse_args()
    rows = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        document = read_bytes(path.read_bytes(), path.name)
        rows.append((f"{path.parent.name}/{path.name}", document, args.runs))
    for folder in ("en", "sv", "pl", "zh"):  # load every language's data once, untimed
        extract(next(document for name, document, _ in rows if name.startswith(folder)))
    synthetic_rows = [
        (f"synthetic 50 KB {folder}", synthetic(50_000, folder), args.runs)
        for folder in ("en", "sv", "pl", "zh")
    ]
    rows += [
        *synthetic_rows,
        ("synthetic 50 KB en, one sentence", one_sentence(50_000), args.runs),
        ("synthetic 200 KB en, one sentence", one_sentence(200_000), 3),
        ("synthetic 2000 KB en", synthetic(2_000_000), 3),
    ]
    print(f"{'policy':48} {'bytes':>9} {'median ms':>10} {'ms/10KB':>8} {'peak MB':>8}")
    for name, document, runs in rows:
        ms = median_ms(extract, document, runs)
        size = len(document.text.encode())  # as a UTF-8 file
        print(f"{name:48} {size:9d} {ms:10.1f} {ms * 10_000 / size:8.2f} {peak_mb(document):8.1f}")
    print_stages(synthetic_rows)
    print_cold_start()


if __name__ == "__main__":
    main()
