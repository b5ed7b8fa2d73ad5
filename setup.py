"""The compiled parts of labels (pyproject.toml holds everything else about the package).

- labels/_matching.pyx and the labels/_*.pxi it includes: the passes that read a text once
  per character or once per token, written in Cython.
- The modules an extraction runs through (COMPILED), compiled as they are by Cython's
  pure-Python mode: the same source, no Cython syntax in it, a sixth less time per
  policy; the interpreter's dispatch of each step was most of what was left. Their
  annotations stay annotations (not C types), so the compiled code means what the
  Python means.

A compiled module shadows its .py, so the build records each source's hash
(labels/_compiled.json) and labels refuses to import with a source changed since.
"""

import hashlib
import json
import os
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILED = [
    "children",
    "contact",
    "defined_terms",
    "detect",
    "evidence",
    "facts",
    "language",
    "law",
    "listed_rights",
    "matching",
    "named_product",
    "organization",
    "practices",
    "recipients",
    "retention",
    "structure",
    "transfers",
    "values.ages",
    "values.countries",
    "values.dates",
    "values.durations",
    "values.found",
    "values.numbers",
    "values.starts",
]
"""The modules of labels that `extract` spends its time in."""

HERE = Path(__file__).parent


def _source(module: str) -> Path:
    return Path("labels", *module.split(".")).with_suffix(".py")


def _record_sources(package: Path) -> None:
    """Write into `package` the hash of each compiled module's source, which labels checks
    on import."""
    hashes = {
        module: hashlib.sha256((HERE / _source(module)).read_bytes()).hexdigest()
        for module in COMPILED
    }
    (package / "_compiled.json").write_text(json.dumps(hashes, indent=1) + "\n")


class BuildExt(build_ext):
    """build_ext, then the record of the sources it has compiled: written only once they
    are, so that a build that failed leaves the old record, and labels refuses the old
    modules. In place (an editable install) beside the sources; else also into the build,
    whose package files were copied before the extensions were built."""

    def run(self) -> None:
        super().run()
        _record_sources(HERE / "labels")
        if not self.inplace:
            _record_sources(Path(self.build_lib) / "labels")


modules = [
    Extension(
        f"labels.{module}",
        [str(_source(module))],
        extra_compile_args=["-O2", "-g0", "-Wno-array-bounds"],
    )
    for module in COMPILED
]
setup(
    ext_modules=[
        *cythonize([Extension("labels._matching", ["labels/_matching.pyx"])], quiet=True),
        *cythonize(
            modules,
            compiler_directives={"language_level": 3, "annotation_typing": False},
            nthreads=os.cpu_count() or 1,
            quiet=True,
        ),
    ],
    cmdclass={"build_ext": BuildExt},
    options={"build_ext": {"parallel": os.cpu_count() or 1}},
)
