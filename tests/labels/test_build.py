"""The check that the compiled modules of labels are those of their sources."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from labels.build import RECORD, StaleBuild, refuse_stale_build, stale_modules


def _package(tmp_path: Path, sources: dict[str, str], recorded: dict[str, str]) -> Path:
    """A package of `sources` (module: text) and a record of the hashes of `recorded`."""
    package = tmp_path / "labels"
    for module, text in sources.items():
        path = package.joinpath(*module.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    hashes = {m: hashlib.sha256(text.encode()).hexdigest() for m, text in recorded.items()}
    (package / RECORD).write_text(json.dumps(hashes))
    return package


def test_a_package_compiled_from_its_sources_is_not_stale(tmp_path: Path) -> None:
    sources = {"detect": "A = 1\n", "values.dates": "B = 2\n"}
    assert stale_modules(_package(tmp_path, sources, sources)) == []


def test_a_source_edited_since_the_build_is_stale(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {"detect": "A = 2\n", "values.dates": "B = 2\n"},
        {"detect": "A = 1\n", "values.dates": "B = 2\n"},
    )
    assert stale_modules(package) == ["detect"]


def test_a_package_nothing_was_compiled_for_has_nothing_stale(tmp_path: Path) -> None:
    package = tmp_path / "labels"
    package.mkdir()
    (package / "detect.py").write_text("A = 1\n")
    assert stale_modules(package) == []


def test_a_stale_build_is_refused_with_the_files_to_compile_again(tmp_path: Path) -> None:
    package = _package(tmp_path, {"values.dates": "B = 3\n"}, {"values.dates": "B = 2\n"})
    with pytest.raises(StaleBuild, match=r"labels/values/dates\.py changed .* `make install`"):
        refuse_stale_build(package)
