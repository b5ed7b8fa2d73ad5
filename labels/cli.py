"""The `policylabel` command: the library's functions for a shell or a script."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labels import ReadError, extract, read_bytes


def _extract(args: argparse.Namespace) -> int:
    document = read_bytes(Path(args.file).read_bytes(), Path(args.file).name)
    facts = extract(document)
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=2 if args.indent else None)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command line: one sub-command per outlet of the library."""
    parser = argparse.ArgumentParser(prog="policylabel", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="print the facts of a policy as JSON")
    extract_cmd.add_argument("file", help="policy file: .txt, .md, .html or .pdf")
    extract_cmd.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    extract_cmd.set_defaults(run=_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; errors are one line on stderr."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ReadError as exc:
        print(f"policylabel: {args.file}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"policylabel: {exc.filename or args.file}: {exc.strerror}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
