"""Paths every test uses: the repository, the shared corpus, the demo policies.

App fixtures live in tests/app/conftest.py, so the library's tests never
import the web app (`labels` must stand on its own).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "app" / "demo"


def corpus_files(*folders: str) -> list[Path]:
    """The policy files of the shared corpus (all folders when none are named)."""
    base = SHARED / "corpus"
    names = folders or ("seeds", "en", "sv", "pl", "zh")
    return sorted(p for f in names for p in (base / f).glob("*.txt"))
