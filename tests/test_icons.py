"""The label's icon set: complete, in the house style, and safe to inline and rasterise.

The icons are inlined into HTML pages and widgets and rasterised for the PNG
label, so an icon must never carry a script, a reference or styling that one of
those outlets would drop or run. `static/icons/index.json` is the one list of
icons; these tests hold the files and the README to it.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from labels.label import DATA_CATEGORIES, RECIPIENTS
from tests.conftest import ROOT

ICONS = ROOT / "static" / "icons"
SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"

INDEX: dict[str, dict[str, str]] = json.loads((ICONS / "index.json").read_text(encoding="utf-8"))
GROUPS = {"data_collected", "shared_with", "flag", "section", "answer"}
ALLOWED_ELEMENTS = {
    "svg", "title", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse",
}  # fmt: skip
ROOT_ATTRIBUTES = {
    "viewBox": "0 0 24 24",
    "width": "24",
    "height": "24",
    "fill": "none",
    "stroke": "currentColor",
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
}
STROKE_WIDTHS = {"2", "1.75"}

HEAD = (
    f'<svg xmlns="{SVG_NS}" width="24" height="24" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">'
    "<title>Test</title>"
)


def _local(name: str) -> tuple[str | None, str]:
    """Split an ElementTree `{namespace}local` name."""
    if name.startswith("{"):
        namespace, local = name[1:].split("}", 1)
        return namespace, local
    return None, name


def style_problems(svg: str) -> list[str]:
    """Every way `svg` breaks the icon rules of static/icons/README.md; empty when it keeps them."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as error:
        return [f"not XML: {error}"]
    problems = []
    if root.tag != f"{{{SVG_NS}}}svg":
        problems.append(f"root is {root.tag}, not an SVG element")
    for name, expected in ROOT_ATTRIBUTES.items():
        if root.get(name) != expected:
            problems.append(f"{name} is {root.get(name)!r}, not {expected!r}")
    if root.get("stroke-width") not in STROKE_WIDTHS:
        problems.append(f"stroke-width is {root.get('stroke-width')!r}")
    first = next(iter(root), None)
    if first is None or first.tag != f"{{{SVG_NS}}}title" or not (first.text or "").strip():
        problems.append("the first child is not a non-empty <title>")
    for element in root.iter():
        namespace, local = _local(element.tag)
        if namespace != SVG_NS:
            problems.append(f"element {element.tag} is outside the SVG namespace")
        elif local not in ALLOWED_ELEMENTS:
            problems.append(f"element <{local}> is not allowed")
        for attribute, value in element.attrib.items():
            name = _local(attribute)[1]
            if name.lower().startswith("on"):
                problems.append(f"event handler {name} on <{local}>")
            elif name == "href":
                problems.append(f"reference {name} on <{local}>")
            elif name == "style":
                problems.append(f"style attribute on <{local}>")
            elif "url(" in value:
                problems.append(f"{name} on <{local}> refers to {value}")
    return problems


@pytest.mark.parametrize(
    ("svg", "expected"),
    [
        pytest.param(HEAD + '<path d="M2 12h20"/></svg>', [], id="a-line-in-house-style"),
        pytest.param(
            HEAD + "<script>alert(1)</script></svg>",
            ["element <script> is not allowed"],
            id="script",
        ),
        pytest.param(
            HEAD + f'<foreignObject><p xmlns="{XHTML_NS}">hi</p></foreignObject></svg>',
            [
                "element <foreignObject> is not allowed",
                f"element {{{XHTML_NS}}}p is outside the SVG namespace",
            ],
            id="foreign-object",
        ),
        pytest.param(
            HEAD + '<circle cx="12" cy="12" r="4" onclick="steal()"/></svg>',
            ["event handler onclick on <circle>"],
            id="event-handler",
        ),
        pytest.param(
            HEAD.replace("<svg ", '<svg xmlns:xlink="http://www.w3.org/1999/xlink" ')
            + '<g xlink:href="https://example.com/a.svg#x"/></svg>',
            ["reference href on <g>"],
            id="external-reference",
        ),
        pytest.param(
            HEAD + '<rect x="2" y="2" width="20" height="20" style="stroke:red"/></svg>',
            ["style attribute on <rect>"],
            id="style-attribute",
        ),
        pytest.param(
            HEAD + '<rect x="2" y="2" width="20" height="20" fill="url(#shade)"/></svg>',
            ["fill on <rect> refers to url(#shade)"],
            id="gradient-fill",
        ),
        pytest.param(
            HEAD + '<text x="4" y="16">ID</text></svg>',
            ["element <text> is not allowed"],
            id="text",
        ),
        pytest.param(
            HEAD.replace("0 0 24 24", "0 0 32 32") + "</svg>",
            ["viewBox is '0 0 32 32', not '0 0 24 24'"],
            id="other-viewbox",
        ),
        pytest.param(
            HEAD.replace('stroke-width="2"', 'stroke-width="3"') + "</svg>",
            ["stroke-width is '3'"],
            id="heavy-stroke",
        ),
        pytest.param(
            HEAD.replace("<title>Test</title>", "") + '<path d="M2 12h20"/></svg>',
            ["the first child is not a non-empty <title>"],
            id="no-title",
        ),
        pytest.param(
            HEAD.replace(f' xmlns="{SVG_NS}"', "") + "</svg>",
            [
                "root is svg, not an SVG element",
                "the first child is not a non-empty <title>",
                "element svg is outside the SVG namespace",
                "element title is outside the SVG namespace",
            ],
            id="no-namespace",
        ),
        pytest.param(
            "<svg><path></svg>", ["not XML: mismatched tag: line 1, column 13"], id="not-xml"
        ),
    ],
)
def test_style_check_finds_each_broken_rule(svg: str, expected: list[str]) -> None:
    assert style_problems(svg) == expected


@pytest.mark.parametrize("icon_id", INDEX)
def test_icon_keeps_the_house_style(icon_id: str) -> None:
    svg = (ICONS / f"{icon_id}.svg").read_text(encoding="utf-8")
    assert style_problems(svg) == []


@pytest.mark.parametrize("icon_id", INDEX)
def test_icon_title_is_its_english_meaning_from_the_index(icon_id: str) -> None:
    root = ET.parse(ICONS / f"{icon_id}.svg").getroot()
    assert root.findtext(f"{{{SVG_NS}}}title") == INDEX[icon_id]["en"]


def test_every_file_in_the_folder_is_an_indexed_icon() -> None:
    files = {path.stem for path in ICONS.glob("*.svg")}
    assert files == set(INDEX)


def test_every_icon_belongs_to_a_known_group() -> None:
    assert {entry["group"] for entry in INDEX.values()} <= GROUPS


def test_index_holds_the_flag_section_and_answer_icons_the_label_draws() -> None:
    drawn = {
        "sells_data", "third_party_advertising", "retention", "storage_location",
        "international_transfer", "security", "encryption", "two_factor", "rights",
        "children", "policy_date", "not_stated", "yes", "no",
    }  # fmt: skip
    assert drawn <= set(INDEX)


@pytest.mark.parametrize(
    ("group", "label_ids"),
    [("data_collected", DATA_CATEGORIES), ("shared_with", RECIPIENTS)],
)
def test_index_has_one_icon_per_id_the_label_lists(group: str, label_ids: tuple[str, ...]) -> None:
    indexed = {icon_id for icon_id, entry in INDEX.items() if entry["group"] == group}
    assert indexed == set(label_ids)


def test_readme_lists_every_icon_file() -> None:
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([a-z_]+)\.svg`", readme))
    assert listed == set(INDEX)


def test_licence_is_shipped_with_the_icons() -> None:
    assert (ICONS / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
