"""Extraction without pauses of Python's cyclic garbage collector.

An extraction allocates tens of thousands of small tuples and lists (a term's hit, its
stance, a sentence's clauses) that reference counting frees as soon as they are read.
The cyclic collector still starts every 700 allocations and walks the objects alive,
the extraction's own and the vocabularies' alike: a sixth of the time of a Chinese
policy, to find almost no cycle. Mercurial pauses it around its object-heavy reads for
the same reason. What cycles an extraction leaves are collected once it runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block (or the decorated function), and on again
    after it unless it was off before: the caller's choice, or a pause of another thread
    that is still reading."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
