"""The pages in headless Chromium (Debian's chromium, driven by Playwright): what a person sees.

Screenshots of every page go to test-artifacts/screenshots (or $CHRONIK_ARTIFACTS)."""

import os
import shutil
from pathlib import Path

import pytest

from chronik.web import create_app

from .conftest import serving

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("CHRONIK_ARTIFACTS", ROOT / "test-artifacts")) / "screenshots"


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def server(seeds_db):
    app = create_app(seeds_db)
    if not app.state.vendor:
        pytest.fail("the web libraries are missing: run scripts/build_web.sh")
    with serving(app) as url:
        yield url


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


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_timeline_shows_the_seed_events_and_a_click_opens_the_evidence(page, server):
    page.goto(f"{server}/timeline")
    items = page.locator("#timeline .vis-item")
    items.first.wait_for()
    assert items.count() >= 20
    call = page.locator("#timeline .vis-item", has_text="Joe Biden → Volodymyr Zelenskyy").first
    assert "status-happened" in call.get_attribute("class")
    assert page.locator("#timeline .vis-item.status-planned").count() >= 1
    _shot(page, "timeline")
    call.click()
    page.wait_for_url("**/events/*")
    assert "Joe Biden → Volodymyr Zelenskyy" in page.locator("h1").inner_text()
    evidence = page.locator("ol.evidence blockquote")
    assert evidence.count() >= 2 and all("Biden" in text for text in evidence.all_inner_texts())
    assert page.locator("ol.evidence .source a").first.get_attribute("href").startswith(
        "/articles/")
    _shot(page, "event")


def test_timeline_filters_by_actor(page, server):
    page.goto(f"{server}/timeline")
    page.fill("input[name=actor]", "Lawrow")
    page.click("form.filters button")
    page.wait_for_url("**actor=Lawrow**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    assert all("Sergey Lavrov" in text for text in rows.all_inner_texts())


def test_search_finds_lawrow(page, server):
    page.goto(f"{server}/timeline")
    page.fill("header input[name=q]", "Lawrow")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Lawrow")
    results = page.locator("ol.results li")
    assert results.count() >= 1
    assert page.locator("ol.results mark").first.inner_text() == "Lawrow"
    _shot(page, "search")


def test_network_draws_actors_and_lists_their_links(page, server):
    page.goto(f"{server}/network")
    page.locator("#network canvas").wait_for()
    page.wait_for_function("window.chronikNetwork !== undefined")
    assert page.evaluate("window.chronikNetwork.body.data.nodes.length") >= 5
    assert "Joe Biden" in page.locator("table.edges").inner_text()
    _shot(page, "network")


def test_article_highlights_mentions_times_and_triggers_and_folds_boilerplate(page, server):
    page.goto(f"{server}/articles")
    page.locator("table.articles a").first.wait_for()
    _shot(page, "articles")
    page.goto(f"{server}/articles/1")
    assert page.locator("article.text .mention").count() >= 3
    timex = page.locator("article.text .timex").first
    assert any(char.isdigit() for char in timex.get_attribute("title"))
    assert page.locator("article.text a.trigger").count() >= 1
    removed = page.locator("details.removed ul")
    assert not removed.is_visible()
    page.click("details.removed summary")
    assert removed.is_visible()
    _shot(page, "article")


def test_stories_and_actors_pages_link_to_the_timeline(page, server):
    page.goto(f"{server}/stories")
    page.locator("table.stories a").first.click()
    page.wait_for_url("**/timeline?story=*")
    assert page.locator("table.events tbody tr").count() >= 1
    page.goto(f"{server}/actors")
    assert "Vladimir Putin" in page.locator("table.actors").inner_text()
    _shot(page, "actors")


def test_api_description_renders_under_the_content_security_policy(page, server):
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock-summary-path")
    assert "/api/events/{event_id}" in page.inner_text("#swagger-ui")
    _shot(page, "docs")
