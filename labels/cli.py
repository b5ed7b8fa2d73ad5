"""The `policylabel` command: the library's functions for a shell or a script."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labels import ReadError, extract, read_bytes
from labels.i18n import DEFAULT_LOCALE, LOCALES
from labels.label import build_label
from labels.render.png import render_png


def _facts(path: Path) -> dict:
    """The facts of a policy file, or of a facts file (.json, as `extract` prints them)."""
    if path.suffix.lower() == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return extract(read_bytes(path.read_bytes(), path.name))


def _extract(args: argparse.Namespace) -> int:
    document = read_bytes(Path(args.file).read_bytes(), Path(args.file).name)
    facts = extract(document)
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=2 if args.indent else None)
    sys.stdout.write("\n")
    return 0


def _render(args: argparse.Namespace) -> int:
    label = build_label(_facts(Path(args.file)), product=args.product, maker=args.maker)
    locale = args.lang or (label.language if label.language in LOCALES else DEFAULT_LOCALE)
    png = render_png(label, locale, url=args.url, size=args.size, dpi=args.dpi, mono=args.mono)
    Path(args.output).write_bytes(png)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command line: one sub-command per outlet of the library."""
    parser = argparse.ArgumentParser(prog="policylabel", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="print the facts of a policy as JSON")
    extract_cmd.add_argument("file", help="policy file: .txt, .md, .html or .pdf")
    extract_cmd.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    extract_cmd.set_defaults(run=_extract)

    render_cmd = commands.add_parser("render", help="draw the label of a policy as an image")
    render_cmd.add_argument(
        "file", help="policy file (.txt, .md, .html, .pdf) or its facts (.json)"
    )
    render_cmd.add_argument("-o", "--output", required=True, help="where to write the image")
    render_cmd.add_argument("--format", choices=("png",), default="png", help="image format")
    render_cmd.add_argument(
        "--lang", choices=LOCALES, help="label language (the policy's own unless given)"
    )
    render_cmd.add_argument(
        "--size", default="web", help="web, web2x, a width such as 640px, or 50x70mm for print"
    )
    render_cmd.add_argument("--dpi", type=int, help="print resolution (300 unless given)")
    render_cmd.add_argument("--mono", action="store_true", help="black only, for one-colour print")
    render_cmd.add_argument("--url", help="address of the full label, drawn as a QR code")
    render_cmd.add_argument("--product", help="product name (the policy's company otherwise)")
    render_cmd.add_argument("--maker", help="maker's name (the policy's company otherwise)")
    render_cmd.set_defaults(run=_render)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; errors are one line on stderr."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ReadError as exc:
        print(f"policylabel: {args.file}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a size that cannot be drawn, a facts file that is not JSON
        print(f"policylabel: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"policylabel: {exc.filename or args.file}: {exc.strerror}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
