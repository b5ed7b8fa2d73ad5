"""Reading: bytes of any common encoding and format become the text evidence points into."""

from __future__ import annotations

import codecs

import pytest

from labels.reading import ReadError, decode, html_to_text, read_bytes, read_text
from tests.conftest import SHARED
from tests.documents import pdf_scanned, pdf_with_text

POLISH = (SHARED / "corpus/pl/supla-ac-software-smarthome.txt").read_text(encoding="utf-8")
CHINESE = (SHARED / "corpus/zh/gree-plus-smart-home.txt").read_text(encoding="utf-8")
SWEDISH = (SHARED / "corpus/sv/mozilla.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CHINESE, "gbk"),
        (CHINESE, "utf-16"),  # Python writes the BOM
        (SWEDISH, "utf-16"),
        (POLISH, "cp1250"),
        (POLISH, "utf-8-sig"),
        (SWEDISH, "utf-8"),
    ],
    ids=["gbk-chinese", "utf16-bom-chinese", "utf16-bom-swedish", "windows1250-polish",
         "utf8-bom-polish", "utf8-swedish"],
)  # fmt: skip
def test_decode_recovers_the_text_of_real_policies(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_decode_drops_the_utf8_bom():
    assert decode(codecs.BOM_UTF8 + b"Polityka") == "Polityka"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + bytes(2000),
        b"PK\x03\x04\x14\x00" + bytes(500),
    ],
    ids=["all-bytes", "png-header", "zip-header"],
)
def test_decode_refuses_binary_data(data):
    with pytest.raises(ReadError) as info:
        decode(data)
    assert info.value.code == "binary"


@pytest.mark.parametrize("text", ["", "   \n\t  \n"], ids=["empty", "whitespace-only"])
def test_read_text_refuses_a_policy_without_text(text):
    with pytest.raises(ReadError) as info:
        read_text(text)
    assert info.value.code == "empty"


def test_html_drops_scripts_and_styles_and_keeps_headings_and_rows():
    html = (
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        "<h2>Cookies</h2><p>We use <b>cookies</b>.</p><script>evil()</script>"
        "<table><tr><th>Name</th><th>Lifetime</th></tr><tr><td>_ga</td><td>2 years</td></tr></table>"
        "<ul><li>Name</li><li>E-mail</li></ul></body></html>"
    )
    assert html_to_text(html) == (
        "## Cookies\n\nWe use **cookies**.\n\n| Name | Lifetime |\n| _ga | 2 years |\n\n- Name\n"
        "- E-mail\n"
    )


def test_html_numbered_list_items_keep_the_numbers_a_browser_shows():
    html = '<ol start="3"><li>How we share data</li><li>Your rights</li></ol>'
    assert html_to_text(html) == "3. How we share data\n4. Your rights\n"


def test_html_list_item_that_holds_a_paragraph_keeps_its_mark():
    html = "<ul><li><p>dane konta (e-mail),</p></li><li><p>dane profilowe,</p></li></ul>"
    assert html_to_text(html) == "- dane konta (e-mail),\n\n- dane profilowe,\n"


def test_html_bold_line_stays_bold_as_a_title_is():
    assert html_to_text("<p><strong>Cookies</strong></p><p>We use cookies.</p>") == (
        "**Cookies**\n\nWe use cookies.\n"
    )


def test_html_upload_is_read_as_html():
    document = read_bytes(b"<!doctype html><title>t</title><p>We collect your name.</p>", "p.html")
    assert (document.format, document.text) == ("html", "We collect your name.\n")


def test_pdf_text_layer_is_read():
    document = read_bytes(pdf_with_text(["Privacy Policy", "We collect your e-mail."]), "p.pdf")
    assert document.format == "pdf"
    assert document.text.split("\n") == ["Privacy Policy", "We collect your e-mail."]


def test_pdf_without_text_layer_is_refused_with_a_reason():
    with pytest.raises(ReadError) as info:
        read_bytes(pdf_scanned(), "scan.pdf")
    assert info.value.code == "pdf_no_text"
    assert "no text layer" in str(info.value)


def test_unknown_file_type_is_refused():
    with pytest.raises(ReadError) as info:
        read_bytes(b"...", "policy.docx")
    assert info.value.code == "unsupported_format"


def test_text_file_is_read_unchanged():
    data = (SHARED / "corpus/seeds/002_8f7e33d221d32507.txt").read_bytes()
    assert read_bytes(data, "002.txt").text == data.decode("utf-8")
