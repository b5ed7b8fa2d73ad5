"""Browser tests: the real app served on loopback, driven in Debian's headless Chromium.

Every test here is marked `browser` (run them alone with `make test-browser`).
Chromium comes from the Debian package (scripts/ensure-chromium.sh); Playwright
only drives it and never downloads a browser. Screenshots go to
test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask_migrate import upgrade
from werkzeug.serving import make_server

from app import create_app
from app.demo import load_demo
from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything in this folder is a (slow) browser test."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


class Server:
    """A WSGI app served on 127.0.0.1 in a background thread."""

    def __init__(self, wsgi_app) -> None:
        self.server = make_server("127.0.0.1", 0, wsgi_app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_app(tmp_path_factory):
    """The app on its own SQLite database holding the five demo labels."""
    db_path = tmp_path_factory.mktemp("browser") / "browser.sqlite"
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}", "SECRET_KEY": "test"})
    with app.app_context():
        upgrade()
        load_demo(echo=lambda _line: None)
    return app


@pytest.fixture(scope="session")
def live_server(live_app) -> Iterator[Server]:
    """The app served on a loopback port."""
    server = Server(live_app)
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium, driven by Playwright."""
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing on CI: scripts/ensure-chromium.sh should install it")
        pytest.skip("Chromium not installed (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


class Watched:
    """A page plus everything it said: console errors, page errors, dialogs."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("dialog", self._dialog)

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def screenshot(self, name: str) -> Path:
        """Save a full-page screenshot as a test artifact."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    """A fresh browser context and page whose errors and dialogs are recorded."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    yield Watched(context.new_page())
    context.close()
