"""How long the PNG label takes to draw: median milliseconds per size and locale.

Run from the repository root: `.venv/bin/python benchmarks/render_speed.py`.
Each size and locale is drawn for every seed label (the gold facts beside the
repository in shared/gold/seeds), `--repeat` times, after one warm-up drawing
that loads the fonts; the first (cold) drawing is reported on its own.
Times are the process's CPU time, so that other work on a shared machine does
not count; drawing is single-threaded, so on an idle server it is the latency.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from functools import partial
from pathlib import Path

from labels.i18n import LOCALES
from labels.label import build_label
from labels.render.png import render_png

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "seeds"
SIZES: tuple[tuple[str, bool], ...] = (
    ("web", False),
    ("web2x", False),
    ("50x70mm", False),
    ("60x90mm", True),
)
URL = "https://policylabel.example/l/benchmark-product"


def _milliseconds(draw) -> float:
    start = time.process_time()
    draw()
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="drawings per label and case")
    parser.add_argument("--facts", type=Path, default=GOLD, help="folder of facts .json files")
    args = parser.parse_args()
    labels = [
        build_label(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(args.facts.glob("*.json"))
    ]
    cold = _milliseconds(partial(render_png, labels[0], "en", url=URL))
    print(f"first drawing (fonts and icons loaded): {cold:.0f} ms")
    print(f"{len(labels)} labels x {args.repeat} drawings per case; median CPU ms")
    print(f"{'size':<18}" + "".join(f"{locale:>8}" for locale in LOCALES))
    for size, mono in SIZES:
        row = f"{size + (' mono' if mono else ''):<18}"
        for locale in LOCALES:
            times = [
                _milliseconds(partial(render_png, label, locale, url=URL, size=size, mono=mono))
                for label in labels
                for _ in range(args.repeat)
            ]
            row += f"{statistics.median(times):>8.0f}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
