"""A seeds database shared by the web tests, a real server for an app, and headless Chromium
(Debian's chromium, driven by Playwright) for the browser tests.

Screenshots go to test-artifacts/screenshots (or $CHRONIK_ARTIFACTS)."""

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

import chronik
from chronik.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("CHRONIK_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    assert chronik.run([seeds_dir], db=db).ok
    return db


@contextmanager
def serving(app) -> Iterator[str]:
    """Serve `app` with uvicorn on a free local port in a thread; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def serving_pages(db) -> Iterator[str]:
    """Serve the app of `db` with its web libraries, which the browser tests need."""
    app = create_app(db)
    if not app.state.vendor:
        pytest.fail("the web libraries are missing: run scripts/build_web.sh")
    with serving(app) as url:
        yield url


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    opened = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("console", lambda message: errors.append(message.text)
              if message.type == "error" and "Content Security Policy" in message.text else None)
    opened.on("request", lambda request: errors.append(f"outside request {request.url}")
              if not request.url.startswith(("http://127.0.0.1", "data:")) else None)
    yield opened
    opened.close()
    assert errors == []


def shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)
