"""Refusals and error pages speak the reader's language."""

import io

import pytest


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("sv", "Det här ser ut som en binär fil, inte text."),
        ("pl", "To wygląda na plik binarny, a nie na tekst."),
        ("zh", "这似乎是二进制文件，而不是文本。"),
    ],
)
def test_upload_refusal_is_in_the_chosen_language(client, lang, message):
    data = {"file": (io.BytesIO(bytes(range(256)) * 64), "policy.txt")}
    response = client.post(f"/new?lang={lang}", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)


def test_size_limit_message_is_in_the_chosen_language(client):
    data = {"file": (io.BytesIO(b"a" * (6 * 1024 * 1024)), "huge.txt")}
    response = client.post("/new?lang=pl", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert "Plik jest za duży: limit wynosi 5 MB." in response.get_data(as_text=True)


def test_not_found_page_is_in_the_chosen_language(client):
    response = client.get("/l/nothing-here?lang=sv")
    assert response.status_code == 404
    assert "Här finns ingen etikett." in response.get_data(as_text=True)
