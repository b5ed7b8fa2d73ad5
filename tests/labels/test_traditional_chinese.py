"""A Chinese policy in traditional characters (Taiwan, Hong Kong, Macao) states the facts
of the same policy in simplified ones.

OpenCC writes each corpus policy with Chinese in it in traditional characters three ways:
character for character (s2tw: the same words in the other script), with Taiwan's own words
(s2twp: 資訊, 資料, 軟體, 影片, 儲存, 使用者, 新增) and with Hong Kong's character forms (s2hk:
户, 閲, 温, 發佈). The vocabularies, legal forms and place names must know all three; a term
added in one script or one place's words only fails here.
"""

from __future__ import annotations

import json

import opencc
import pytest

from labels import read_text
from labels.facts import extract
from labels.script import HAN
from tests.conftest import corpus_files

CHINESE = [path for path in corpus_files() if HAN.search(path.read_text(encoding="utf-8"))]
CONFIGURATIONS = ("s2tw", "s2twp", "s2hk")
CONVERTERS = {configuration: opencc.OpenCC(configuration) for configuration in CONFIGURATIONS}
TO_SIMPLIFIED = opencc.OpenCC("t2s")

# Where OpenCC's Taiwan phrases change the meaning, the test writes the Taiwan word itself.
# s2twp writes 注销 as 登出, "log out": right for "您会被再次注销", wrong for the cancelled
# account of "当您注销账号后，我们将删除您的个人信息", which Taiwan writes 註銷 (or 刪除、停用
# 帳號); 登出帳號 is a logout, no account deletion (test_extract_zh).
OWN_WORDS = {"s2twp": ("注销", "註銷")}


def converted(text: str, configuration: str) -> str:
    convert = CONVERTERS[configuration].convert
    if configuration not in OWN_WORDS:
        return convert(text)
    simplified, own = OWN_WORDS[configuration]
    return own.join(convert(part) for part in text.split(simplified))


def stated(facts: dict, configuration: str) -> dict:
    """The facts without their evidence, every name and quote written by the same converter
    and then in simplified characters (a quote of the converted text says 資訊 where the
    simplified one says 信息; both become 资讯), every list sorted again (a name sorts by its
    characters)."""
    claims = {field: value for field, value in facts.items() if field != "evidence"}
    text = json.dumps(claims, ensure_ascii=False)
    written = json.loads(TO_SIMPLIFIED.convert(converted(text, configuration)))
    for field, value in written.items():
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            written[field] = sorted(value)
    return written


@pytest.mark.parametrize("configuration", CONFIGURATIONS)
@pytest.mark.parametrize("path", CHINESE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_traditional_characters_state_the_same_facts(path, configuration: str) -> None:
    text = path.read_text(encoding="utf-8")
    simplified = extract(read_text(text, path.name))
    traditional = extract(read_text(converted(text, configuration), path.name))
    assert stated(traditional, configuration) == stated(simplified, configuration)
