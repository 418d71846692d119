"""The pages in headless Chromium (Debian's chromium, driven by Playwright): what a person sees.

Screenshots of every page go to test-artifacts/screenshots (or $CHRONIK_ARTIFACTS)."""

import pytest

from .conftest import serving_pages, shot


@pytest.fixture(scope="module")
def server(seeds_db):
    with serving_pages(seeds_db) as url:
        yield url


def test_timeline_shows_the_seed_events_and_a_click_opens_the_evidence(page, server):
    page.goto(f"{server}/timeline")
    items = page.locator("#timeline .vis-item")
    items.first.wait_for()
    assert items.count() >= 20
    call = page.locator("#timeline .vis-item", has_text="Joe Biden – Volodymyr Zelenskyy").first
    assert "status-happened" in call.get_attribute("class")
    assert page.locator("#timeline .vis-item.status-planned").count() >= 1
    shot(page, "timeline")
    call.click()
    page.wait_for_url("**/events/*")
    assert "Joe Biden – Volodymyr Zelenskyy" in page.locator("h1").inner_text()
    evidence = page.locator("ol.evidence blockquote")
    assert evidence.count() >= 2 and all("Biden" in text for text in evidence.all_inner_texts())
    assert page.locator("ol.evidence .source a").first.get_attribute("href").startswith(
        "/articles/")
    shot(page, "event")


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
    shot(page, "search")


def test_network_draws_actors_and_lists_their_links(page, server):
    page.goto(f"{server}/network")
    page.locator("#network canvas").wait_for()
    page.wait_for_function("window.chronikNetwork !== undefined")
    assert page.evaluate("window.chronikNetwork.body.data.nodes.length") >= 5
    assert "Joe Biden" in page.locator("table.edges").inner_text()
    shot(page, "network")


def test_article_highlights_mentions_times_and_triggers_and_folds_boilerplate(page, server):
    page.goto(f"{server}/articles")
    page.locator("table.articles a").first.wait_for()
    shot(page, "articles")
    page.goto(f"{server}/articles/1")
    assert page.locator("article.text .mention").count() >= 3
    timex = page.locator("article.text .timex").first
    assert any(char.isdigit() for char in timex.get_attribute("title"))
    assert page.locator("article.text a.trigger").count() >= 1
    removed = page.locator("details.removed ul")
    assert not removed.is_visible()
    page.click("details.removed summary")
    assert removed.is_visible()
    shot(page, "article")


def test_stories_and_actors_pages_open_their_own_pages(page, server):
    page.goto(f"{server}/stories")
    page.locator("table.stories a").first.click()
    page.wait_for_url("**/stories/*")
    assert page.locator("table.events tbody tr").count() >= 1
    page.goto(f"{server}/actors")
    page.locator("table.actors a", has_text="Vladimir Putin").click()
    page.wait_for_url("**/actors/*")
    assert "Vladimir Putin" in page.locator("h1").inner_text()
    shot(page, "actors")


def test_api_description_renders_under_the_content_security_policy(page, server):
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock-summary-path")
    assert "/api/events/{event_id}" in page.inner_text("#swagger-ui")
    shot(page, "docs")
