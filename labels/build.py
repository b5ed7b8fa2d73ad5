"""Whether the compiled modules of labels are those of their sources.

setup.py compiles the modules an extraction runs through; a compiled module shadows its
.py, so a source edited since the build would not run, and every test would pass or fail
on the old code. The build records each source's hash; labels checks them on import.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

PACKAGE = Path(__file__).parent
RECORD = "_compiled.json"


class StaleBuild(ImportError):
    """A compiled module of labels is older than its source."""


def stale_modules(package: Path = PACKAGE) -> list[str]:
    """The compiled modules whose source has changed since the build; none where nothing
    was compiled (no record)."""
    record = package / RECORD
    if not record.exists():
        return []
    hashes: dict[str, str] = json.loads(record.read_text())
    return [
        module
        for module, digest in hashes.items()
        if hashlib.sha256(_source(package, module).read_bytes()).hexdigest() != digest
    ]


def refuse_stale_build(package: Path = PACKAGE) -> None:
    """Raise StaleBuild, naming the modules, where a source has changed since the build."""
    stale = stale_modules(package)
    if stale:
        names = ", ".join(
            str(_source(package, module).relative_to(package.parent)) for module in stale
        )
        raise StaleBuild(
            f"{names} changed since labels was compiled; run `make install` to compile again"
        )


def _source(package: Path, module: str) -> Path:
    return package.joinpath(*module.split(".")).with_suffix(".py")
