"""The items of a list of what would change the policy ("Material changes include: …",
"本政策所指的重大变更包括但不限于：…") are triggers of a change, no practices: the data,
recipients and measures they name are not the company's. Text after the last item that a
flattened page ran into it still counts."""

from __future__ import annotations

from pathlib import Path

from labels import read_bytes, read_text
from labels.facts import extract

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"

# The GB/T 35273 template that Chinese policies share (shared/corpus/zh/gree-plus-smart-home.txt
# words it so, with its first item on the line of the lead-in, which is not read as a lead-in)
MATERIAL_CHANGES = (
    "本政策所指的重大变更包括但不限于：\n"
    "1、我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等。\n"
    "2、我们在所有权结构、组织架构等方面发生重大变化。如业务调整、破产并购等引起的所有者变更等。\n"
    "3、个人信息共享、转让或公开披露的主要对象发生变化。\n"
    "4、您参与个人信息处理方面的权利及其行使方式发生重大变化。\n"
    "5、我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化时。\n"
    "6、个人信息安全影响评估报告表明存在高风险时。\n"
)


def test_a_change_of_owner_in_the_list_of_material_changes_is_no_business_transfer() -> None:
    assert extract(read_text(MATERIAL_CHANGES))["shared_with"] == []


def test_a_complaint_run_into_the_last_item_of_the_list_is_still_a_right() -> None:
    # seed 002 is one line: the next sections ("How to contact us …") run into item 6
    path = SEEDS / "002_8f7e33d221d32507.txt"
    facts = extract(read_bytes(path.read_bytes(), path.name))
    assert "complaint" in facts["rights"]
