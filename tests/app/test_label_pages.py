"""Label pages: the stable URL, the JSON facts, and a readable 404."""

from tests.conftest import DEMO

ENGLISH = (DEMO / "ismarthomeq-smart-watch-en.txt").read_text(encoding="utf-8")


def test_facts_json_has_the_shape_of_the_spec(client):
    client.post("/new", data={"text": ENGLISH, "product": "Watch"})
    response = client.get("/l/watch.json")
    assert response.mimetype == "application/json"
    facts = response.get_json()
    assert facts["spec"] == 1
    assert facts["language"] == "en"
    assert set(facts) >= {"data_collected", "shared_with", "retention", "children", "evidence"}


def test_unknown_label_is_a_404_page(client):
    response = client.get("/l/no-such-product")
    assert response.status_code == 404
    assert "There is no label here." in response.get_data(as_text=True)


def test_home_lists_labels_newest_first(client):
    client.post("/new", data={"text": ENGLISH, "product": "Older"})
    client.post("/new", data={"text": ENGLISH + "\nRevised.", "product": "Newer"})
    page = client.get("/").get_data(as_text=True)
    assert page.index("Newer") < page.index("Older")
