"""Browser fixtures: the app served from a thread, and Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def serve(app: Flask) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) from a thread; yield its base URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app)  # one thread: the searcher is shared
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_server(app: Flask) -> Iterator[str]:
    """Serve the fixture index; return its base URL."""
    yield from serve(app)


@pytest.fixture(scope="session")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Index the bundled sample articles (data/sample) with the real extractor and serve them."""
    from indexer.config import sample_dir
    from searchapp import create_app
    from searchapp.cli import main

    directory = tmp_path_factory.mktemp("sample-index")
    assert main(["index", str(sample_dir()), "--index", str(directory)]) == 0
    sample_app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    yield from serve(sample_app)
    sample_app.extensions["entente_index"].close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Launch headless chromium once per session."""
    # Under CI a missing browser is a failure: a green run must have run the browser tests.
    missing = pytest.fail if os.environ.get("CI") else pytest.skip
    if not CHROMIUM.exists():
        missing("Debian's chromium is not installed at /usr/bin/chromium (run make system-deps)")
    try:
        from playwright import sync_api
    except ImportError:
        missing("Playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def artifacts() -> Path:
    """Return the folder for screenshots (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
