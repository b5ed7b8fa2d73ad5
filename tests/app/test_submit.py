"""Submitting a policy: the upload flow, and every bad input it must survive."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.models import Label, PolicyVersion, Product
from tests.conftest import DEMO, SHARED
from tests.documents import pdf_scanned, pdf_with_text

SWEDISH = (DEMO / "procotsmart-smart-devices-sv.txt").read_text(encoding="utf-8")
POLISH = (SHARED / "corpus/pl/supla-ac-software-smarthome.txt").read_text(encoding="utf-8")
CHINESE = (SHARED / "corpus/zh/gree-plus-smart-home.txt").read_text(encoding="utf-8")


def _rows(app) -> tuple[int, int, int]:
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count(m.id))) for m in (Product, PolicyVersion, Label)
        )


def _upload(client, data: bytes, filename: str, **form):
    return client.post(
        "/new", data={"file": (io.BytesIO(data), filename), **form},
        content_type="multipart/form-data",
    )  # fmt: skip


def test_pasted_policy_gets_a_label_at_a_stable_url(client):
    response = client.post("/new", data={"text": SWEDISH, "product": "Smart Watch X"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/l/smart-watch-x"
    page = client.get("/l/smart-watch-x")
    assert page.status_code == 200
    assert "Smart Watch X" in page.get_data(as_text=True)


def test_same_text_uploaded_twice_is_stored_once(app, client):
    first = client.post("/new", data={"text": SWEDISH, "product": "A"})
    second = _upload(client, SWEDISH.encode("utf-16"), "again.txt", product="B")
    assert second.headers["Location"] == first.headers["Location"]
    assert _rows(app) == (1, 1, 1)


def test_label_page_shows_every_evidence_quote(client):
    client.post("/new", data={"text": POLISH, "product": "Supla"})
    facts = client.get("/l/supla.json").get_json()
    page = client.get("/l/supla").get_data(as_text=True)
    assert facts["evidence"]
    for item in facts["evidence"]:
        assert item["quote"] in page


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (CHINESE.encode("gbk"), "gree.txt", "格力"),
        (SWEDISH.encode("utf-16"), "sv.txt", "Sekretesspolicy"),
        (POLISH.encode("cp1250"), "pl.txt", "Polityka Prywatności"),
        (b"\xef\xbb\xbf" + POLISH.encode("utf-8"), "pl-bom.txt", "Polityka Prywatności"),
        (pdf_with_text(["Privacy Policy", "We collect your e-mail."]), "p.pdf", "e-mail"),
        (b"<html><body><h1>Privacy</h1><script>alert(1)</script><p>We keep logs.</p></body></html>",
         "p.html", "We keep logs."),
        (b"# Privacy\n\n- We collect **your name**.\n", "p.md", "your name"),
    ],
    ids=["gbk", "utf16-bom", "windows-1250", "utf8-bom", "pdf", "html", "markdown"],
)  # fmt: skip
def test_upload_in_any_supported_encoding_and_format_is_decoded(
    app, client, data, filename, expected
):
    response = _upload(client, data, filename, product="P")
    assert response.status_code == 303
    with app.app_context():
        stored = db.session.scalars(select(PolicyVersion)).one()
        assert expected in stored.text
        assert "alert(1)" not in stored.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"text": ""}, "The policy is empty"),
        ({"text": "   \n\t \n"}, "The policy is empty"),
        ({"file": (io.BytesIO(bytes(range(256)) * 64), "policy.txt")}, "binary file"),
        ({"file": (io.BytesIO(pdf_scanned()), "scan.pdf")}, "no text layer"),
        ({"file": (io.BytesIO(b"x"), "policy.exe")}, "Unsupported file type"),
        ({"file": (io.BytesIO(b""), "empty.txt")}, "The policy is empty"),
    ],
    ids=["empty", "whitespace-only", "binary", "pdf-without-text", "wrong-type", "empty-file"],
)
def test_bad_input_is_refused_with_a_reason_and_stores_nothing(app, client, form, message):
    response = client.post("/new", data=form, content_type="multipart/form-data")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _rows(app) == (0, 0, 0)


def test_upload_above_the_limit_is_refused_with_413(app, client):
    response = _upload(client, b"a" * (10 * 1024 * 1024), "huge.txt")
    assert response.status_code == 413
    assert "too large: the limit is 5 MB" in response.get_data(as_text=True)
    assert _rows(app) == (0, 0, 0)


def test_failure_while_storing_leaves_no_rows(app, client, monkeypatch):
    def broken(_document):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr("labels.extract", broken)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = client.post("/new", data={"text": SWEDISH})
    assert response.status_code == 500
    assert _rows(app) == (0, 0, 0)
