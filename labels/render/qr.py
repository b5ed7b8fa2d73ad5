"""The QR code that leads from a box to the full label, as a grid of modules for Pillow."""

from __future__ import annotations

from functools import lru_cache

import segno

QUIET_ZONE = 2  # modules of white around the code; the label's own margin adds to it


@lru_cache(maxsize=1024)  # one per label address
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules of the QR code of `url`, quiet zone included."""
    code = segno.make(url, error="m", micro=False)
    return tuple(
        tuple(bool(module) for module in row) for row in code.matrix_iter(border=QUIET_ZONE)
    )
