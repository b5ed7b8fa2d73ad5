"""Turn the bytes a person uploads into the text the extractor reads.

Evidence offsets point into `Document.text`, so everything that changes the
text (decoding, stripping HTML, reading a PDF's text layer) happens here, once,
and nothing later edits it. HTML is rewritten as Markdown-like text so that
headings, list items and table rows keep their structure for `labels.structure`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from io import BytesIO
from pathlib import PurePath

import charset_normalizer

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}

# Control characters other than tab, newline, carriage return and form feed:
# a decoded text full of them was not text in the first place.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class ReadError(ValueError):
    """The input cannot be read as a policy; `str(error)` says why in one line."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Document:
    """A policy as read: the text evidence points into, and where it came from."""

    text: str
    format: str
    source_name: str | None = None


def detect_format(filename: str | None, data: bytes = b"") -> str:
    """The document format from the file name, or sniffed from the first bytes."""
    if filename:
        suffix = PurePath(filename).suffix.lower()
        if suffix in _EXTENSIONS:
            return _EXTENSIONS[suffix]
        if suffix:
            raise ReadError(
                "unsupported_format",
                f"Unsupported file type {suffix!r}: upload .txt, .md, .html or .pdf.",
            )
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def decode(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOM first, then UTF-8, then a guess.

    Policies arrive in UTF-8, UTF-16 (with BOM), GBK or Windows-1250; a byte
    string that decodes to control characters is refused as binary.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise ReadError(
                    "bad_encoding", f"The file starts with a {encoding} mark but is not {encoding}."
                ) from exc
    if b"\x00" in data:
        raise ReadError("binary", "This looks like a binary file, not text.")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadError(
            "bad_encoding",
            "Cannot tell the text encoding; save the file as UTF-8 and try again.",
        )
    return _checked(str(best))


def _checked(text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        raise ReadError("binary", "This looks like a binary file, not text.")
    return text


def read_bytes(data: bytes, filename: str | None = None) -> Document:
    """Read an uploaded file (txt, md, html or pdf) into a Document."""
    fmt = detect_format(filename, data)
    if fmt == "pdf":
        text = _pdf_text(data)
    else:
        text = decode(data)
        if fmt == "html":
            text = html_to_text(text)
    return _document(text, fmt, filename)


def read_text(text: str, source_name: str | None = None) -> Document:
    """Read pasted text; HTML pasted as source is recognised and converted."""
    fmt = "text"
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        fmt, text = "html", html_to_text(text)
    return _document(text, fmt, source_name)


def _document(text: str, fmt: str, source_name: str | None) -> Document:
    if not text.strip():
        raise ReadError("empty", "The policy is empty: there is no text to read.")
    return Document(text=text, format=fmt, source_name=source_name)


def _pdf_text(data: bytes) -> str:
    """The PDF's text layer, page by page; a scanned PDF has none."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ReadError("bad_pdf", f"This PDF cannot be read ({exc}).") from exc
    text = "\n\n".join(page.strip() for page in pages)
    if not text.strip():
        raise ReadError(
            "pdf_no_text",
            "This PDF has no text layer (it is probably a scan); paste the policy text instead.",
        )
    return text


_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
    "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "form", "fieldset", "address", "figure", "figcaption", "hr",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_DROPPED = {"script", "style", "title", "noscript", "template", "svg", "iframe", "object", "head"}
_BOLD = {"b", "strong"}
_HAS_TEXT = re.compile(r"[^\W_]")
"""A line with a letter or a digit: one of only marks ("-", "#", "**") carries no text."""


def _list_start(attrs: list) -> int:
    """The number of the first item of an <ol> (its `start`, else 1)."""
    start = dict(attrs).get("start") or ""
    return int(start) if start.strip().isdigit() else 1


class _HtmlToText(HTMLParser):
    """Collects visible text; headings become `#` lines, rows `| a | b |` lines, the items
    of a numbered list keep the numbers a browser shows ("3. How we share data") and bold
    text its `**` (a bold line is a title)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.skip = 0
        self.cells: list[str] | None = None
        self.numbers: list[int | None] = []  # per open list: the next item's number, or None
        self.marked = False  # the line holds a list item's mark and no text yet

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROPPED:
            self.skip += 1
        elif tag in _HEADINGS:
            self._break()
            self.line.append("#" * _HEADINGS[tag] + " ")
        elif tag in _BOLD:
            self.line.append("**")
        elif tag == "li":
            self._break()
            number = self.numbers[-1] if self.numbers else None
            if number is None:
                self.line.append("- ")
            else:
                self.line.append(f"{number}. ")
                self.numbers[-1] = number + 1
            self.marked = True
        elif tag in ("ol", "ul"):
            self._break()
            self.numbers.append(_list_start(attrs) if tag == "ol" else None)
        elif tag == "tr":
            self._break()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self._flush_cell()
        elif (tag == "br" or tag in _BLOCK or tag == "p") and not self.marked:
            self._break()  # a paragraph that opens a list item keeps the item's mark

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in _BOLD:
            self.line.append("**")
        elif tag == "tr" and self.cells is not None:
            self._flush_cell()
            cells = [c for c in self.cells]
            self.cells = None
            self.line = []
            if any(cells):
                self.lines.append("| " + " | ".join(cells) + " |")
        elif tag in _HEADINGS or tag in _BLOCK or tag == "li":
            if tag in ("ol", "ul") and self.numbers:
                self.numbers.pop()
            self._break(blank=tag in _HEADINGS or tag in ("p", "table", "ul", "ol"))

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.line.append(data)
            self.marked = self.marked and not data.strip()

    def _flush_cell(self) -> None:
        if self.cells is not None:
            text = " ".join("".join(self.line).split())
            if self.line:
                self.cells.append(text)
            self.line = []

    def _break(self, blank: bool = False) -> None:
        if self.cells is not None:
            return
        text = " ".join("".join(self.line).split()).replace("****", "")
        self.line = []
        self.marked = False
        if text and _HAS_TEXT.search(text):
            self.lines.append(text)
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def text(self) -> str:
        self.cells = None
        self._break()
        return re.sub(r"\n{3,}", "\n\n", "\n".join(self.lines)).strip() + "\n"


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, with its structure as Markdown-like lines."""
    parser = _HtmlToText()
    parser.feed(html)
    parser.close()
    return parser.text()
