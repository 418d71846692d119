"""The pages at 10,000 events, in headless Chromium: what an analyst meets in a large chronicle.

The chronicle is the synthetic one of `benchmarks/chronicle_fixture.py` (10,000 events in 6,000
articles, dates from 1291 to 2031, files under a server path). Screenshots go where those of
test_browser go; docs/screenshots holds a committed set."""

import csv
import io
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from .conftest import serving_pages, shot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from chronicle_fixture import build  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("scale") / "large.db"
    build(db, events=10_000, articles=6_000)
    return db


@pytest.fixture(scope="module")
def server(large_db):
    with serving_pages(large_db) as url:
        yield url


@pytest.fixture(scope="module")
def busiest(large_db) -> tuple[str, str]:
    """(id, name) of the actor with most events."""
    conn = sqlite3.connect(large_db)
    found = conn.execute("SELECT a.id, a.name FROM events e JOIN actors a ON a.id = "
                         "e.source_actor GROUP BY a.id ORDER BY count(*) DESC, a.id "
                         "LIMIT 1").fetchone()
    conn.close()
    return found


def _until(page, expression: str, seconds: float = 20) -> None:
    """Wait until `expression` is true in the page (polled from here: the pages' content
    security policy forbids the evaluated predicates of Playwright's own wait)."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {expression}")


def test_timeline_starts_on_the_dense_part_and_lists_the_outliers_apart(page, server):
    page.goto(f"{server}/timeline")
    page.locator("#timeline .vis-item").first.wait_for()
    _until(page, "document.getElementById('timeline-note').textContent.length > 0")
    start, end = page.evaluate("[window.chronikTimeline.getWindow().start.getFullYear(), "
                               "window.chronikTimeline.getWindow().end.getFullYear()]")
    assert 2018 <= start and end <= 2025  # not 1291 to 2031
    assert "the most reported" in page.inner_text("#timeline-note")
    outliers = page.locator("details.outliers")
    outliers.locator("summary").click()
    assert "1291-08-01" in outliers.inner_text()
    shot(page, "scale-timeline", full_page=False)


def test_timeline_labels_are_whole_and_items_do_not_overlap(page, server):
    page.goto(f"{server}/timeline?from=2021-03-01&to=2021-03-07")
    page.locator("#timeline .vis-item.vis-box").first.wait_for()
    page.wait_for_timeout(500)
    boxes = page.evaluate("""[...document.querySelectorAll('#timeline .vis-item.vis-box')]
        .map(item => { const r = item.getBoundingClientRect();
                       const c = item.querySelector('.vis-item-content');
                       return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                               cut: c.scrollWidth > c.clientWidth + 1}; })""")
    assert len(boxes) >= 10
    assert not any(box["cut"] for box in boxes)
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1
                   and a["top"] < b["bottom"] - 1 and b["top"] < a["bottom"] - 1]
    assert overlapping == []


def test_density_strip_moves_to_a_period(page, server):
    page.goto(f"{server}/timeline")
    bars = page.locator(".density svg a")
    assert bars.count() >= 20
    bars.nth(bars.count() // 2).click()
    page.wait_for_url(re.compile(r".*from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d"))
    assert page.locator("table.events tbody tr").count() >= 1
    page.locator("#timeline .vis-item").first.wait_for()


def test_timeline_table_pages_through_every_event(page, server):
    page.goto(f"{server}/timeline")
    first = page.locator("table.events tbody tr").first.inner_text()
    assert "10000 events" in page.locator("h2", has_text="events").first.inner_text()
    page.locator("nav.pages a[rel=next]").click()
    page.wait_for_url("**page=2**")
    assert page.locator("table.events tbody tr").count() == 50
    assert page.locator("table.events tbody tr").first.inner_text() != first


def test_actor_field_offers_names_as_you_type_and_unknown_names_keep_the_form(page, server,
                                                                              busiest):
    page.goto(f"{server}/timeline")
    page.locator("input[name=actor]").press_sequentially(busiest[1][:4], delay=30)
    _until(page, "document.querySelectorAll('#actor-options option').length > 0")
    offered = page.evaluate("[...document.querySelectorAll('#actor-options option')]"
                            ".map(o => o.value)")
    assert busiest[1] in offered
    page.goto(f"{server}/timeline?actor=Qwertzuiop+Asdfgh")
    assert "unknown actor" in page.locator("p.error").inner_text()
    assert page.locator("form.filters input[name=actor]").input_value() == "Qwertzuiop Asdfgh"
    shot(page, "scale-unknown-actor", full_page=False)


def test_timeline_groups_by_actor(page, server):
    page.goto(f"{server}/timeline?group=actor&from=2021-01-01&to=2021-06-30")
    page.locator("#timeline .vis-label").first.wait_for()
    assert 2 <= page.locator("#timeline .vis-label").count() <= 13


def test_network_names_the_hubs_filters_and_explains_itself(page, server, busiest):
    page.goto(f"{server}/network")
    _until(page, "window.chronikNetwork !== undefined")
    nodes = page.evaluate("window.chronikNetwork.body.data.nodes.get()")
    named = [node for node in nodes if node.get("label")]
    assert 5 <= len(named) <= 25 < len(nodes)
    edges = page.evaluate("window.chronikNetwork.body.data.edges.get()")
    assert any(edge.get("arrows") for edge in edges)
    assert any(not edge.get("arrows") for edge in edges)  # meetings have no direction
    legend = page.inner_text(".network-legend")
    assert all(kind in legend for kind in ("person", "state", "organisation", "group"))
    assert "CONSULT" in legend
    page.locator("#min-weight").fill("3")
    fewer = page.evaluate("window.chronikNetwork.body.data.edges.get().length")
    assert fewer < len(edges)
    shot(page, "scale-network", full_page=False)
    page.goto(f"{server}/network?actor={busiest[0]}")
    _until(page, "window.chronikNetwork !== undefined")
    own = page.evaluate("window.chronikNetwork.body.data.nodes.getIds()")
    assert busiest[0] in own and len(own) < len(nodes) + 250


def test_actor_page_shows_spellings_events_over_time_counterparts_and_articles(page, server,
                                                                               busiest):
    page.goto(f"{server}/actors/{busiest[0]}")
    assert busiest[1] in page.locator("h1").inner_text()
    assert page.locator("svg.histogram rect").count() >= 3
    assert page.locator("table.counterparts tbody tr").count() >= 5
    assert page.locator("ul.articles li").count() >= 5
    assert "Written as" in page.inner_text("dl.facts")
    page.locator("table.counterparts a").first.click()
    page.wait_for_url("**/actors/*")
    shot(page, "scale-actor", full_page=False)


def test_story_page_lists_articles_sources_and_its_events_in_time(page, server):
    page.goto(f"{server}/stories/5")
    assert page.locator("table.articles tbody tr").count() >= 2
    assert page.locator("ol.story-axis li").count() >= 1
    assert "Sources" in page.inner_text("main")
    shot(page, "scale-story", full_page=False)


def test_articles_have_titles_sources_and_links_never_server_paths(page, server):
    page.goto(f"{server}/articles")
    titles = page.locator("table.articles tbody td:first-child a").all_inner_texts()
    assert len(titles) == 50 and not any(re.fullmatch(r"\d+", t) for t in titles)
    assert "/srv/" not in page.content()
    page.locator("table.articles tbody td:first-child a").first.click()
    page.wait_for_url("**/articles/*")
    assert "/srv/" not in page.content()
    events = page.locator("ol.evidence li")
    if events.count():
        assert events.first.locator("blockquote").inner_text()
    shot(page, "scale-article", full_page=False)


def test_exports_download_the_filtered_events(page, server, busiest):
    page.goto(f"{server}/timeline?actor={busiest[0]}")
    total = int(re.search(r"(\d+) events?", page.locator("h2").first.inner_text()).group(1))
    with page.expect_download() as download:
        page.locator("p.exports a", has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert len(rows) == total
    assert all(busiest[0] in (row["source"], row["target"]) for row in rows)
    with page.expect_download() as download:
        page.locator("p.exports a", has_text="GDELT").click()
    lines = Path(download.value.path()).read_text("utf-8").splitlines()
    assert lines[0].startswith("GLOBALEVENTID\t") and len(lines) == total + 1


def test_search_finds_word_forms_and_spellings_in_articles_and_events(page, server):
    def found(query: str) -> tuple[int, int]:
        page.goto(f"{server}/search?q={query}")
        events = int(page.locator("h2#events").inner_text().split()[0])
        articles = int(page.locator("h2#articles").inner_text().split()[0])
        return events, articles

    assert found("Sanktion")[0] >= found("Sanktionen")[0] > 0
    assert found("Aussenministerium")[1] == found("Außenministerium")[1] > 0
    assert found("Abkomm*")[0] > 0
    page.goto(f"{server}/search?q=Sanktion")
    assert page.locator("ol.events-found mark").first.inner_text().lower().startswith("sanktion")
    assert page.evaluate("getComputedStyle(document.querySelector('mark')).fontWeight") == "700"
    shot(page, "scale-search", full_page=False)


def test_a_meeting_is_drawn_without_direction(page, server):
    page.goto(f"{server}/timeline?type=CONSULT")
    row = page.locator("table.events tbody tr").first.inner_text()
    assert " – " in row and "→" not in row
