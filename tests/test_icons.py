"""The icon set: one safe, consistent SVG per id the label shows."""

import json
import xml.etree.ElementTree as ET

import pytest

from labels.label import DATA_CATEGORIES, RECIPIENTS
from tests.conftest import ROOT

ICONS = ROOT / "static" / "icons"
INDEX = json.loads((ICONS / "index.json").read_text(encoding="utf-8"))
SVG = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "title", "g", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse"}


def test_every_category_and_recipient_of_the_label_has_an_icon():
    assert set(DATA_CATEGORIES) | set(RECIPIENTS) <= set(INDEX)


@pytest.mark.parametrize("name", sorted(INDEX))
def test_icon_is_a_plain_24px_stroke_svg(name):
    root = ET.parse(ICONS / f"{name}.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor"
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= ALLOWED, tags - ALLOWED


@pytest.mark.parametrize("name", sorted(INDEX))
def test_icon_has_no_script_handler_link_or_style(name):
    for element in ET.parse(ICONS / f"{name}.svg").getroot().iter():
        for attribute in element.attrib:
            local = attribute.rsplit("}", 1)[-1].lower()
            assert not local.startswith("on"), (name, attribute)
            assert local not in {"href", "style"}, (name, attribute)


@pytest.mark.parametrize("name", sorted(INDEX))
def test_icon_title_is_its_english_meaning(name):
    root = ET.parse(ICONS / f"{name}.svg").getroot()
    assert root.find(f"{SVG}title").text == INDEX[name]["en"]


def test_every_file_is_listed_in_the_index_and_the_readme():
    files = {path.stem for path in ICONS.glob("*.svg")}
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    assert files == set(INDEX)
    assert [name for name in sorted(files) if f"`{name}.svg`" not in readme] == []
