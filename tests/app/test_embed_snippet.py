"""The embed snippet shown on the label page is HTML a shop pastes: it must stay well-formed."""

from html.parser import HTMLParser

from tests.app.stored_labels import seed, store


class _Textarea(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.value = False, ""

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "textarea"

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.value += data


def _snippet(client, slug: str) -> str:
    parser = _Textarea()
    parser.feed(client.get(f"/l/{slug}").get_data(as_text=True))
    return parser.value


def test_quotes_in_a_product_name_cannot_break_out_of_the_snippet(app, client):
    facts, text = seed("002")
    store(app, facts, text, "quoted", 'Watch" onload="alert(1)', "Maker")
    snippet = _snippet(client, "quoted")
    assert 'data-title="Privacy label: Watch&#34; onload=&#34;alert(1)"' in snippet
    assert snippet.count('"') == 2 * 5  # src, data-label, data-lang, data-variant, data-title


def test_snippet_names_the_label_and_the_script(app, client):
    facts, text = seed("002")
    store(app, facts, text, "watch", "Watch", "Maker")
    snippet = _snippet(client, "watch")
    assert snippet.startswith(
        '<script src="http://localhost/static/js/embed.js" data-label="watch"'
    )
    assert snippet.endswith(" async></script>")
