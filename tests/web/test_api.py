"""The REST API with the real app over a real SQLite file."""

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import chronik
from chronik.errors import StoreError
from chronik.web import create_app


@pytest.fixture(scope="module")
def client(seeds_db):
    return TestClient(create_app(seeds_db))


def test_events_are_paged_in_date_order(client):
    everything = client.get("/api/events", params={"limit": 500}).json()
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == len(everything["items"]) > 10
    assert [e["id"] for e in first["items"] + second["items"]] == \
        [e["id"] for e in everything["items"][:10]]
    days = [e["first_day"] for e in everything["items"] if e["first_day"]]
    assert days == sorted(days)


@pytest.mark.parametrize("params, check", [
    ({"actor": "Lawrow"}, lambda e: "sergey-lavrov" in (e["source"], e["target"])
     or "Sergey Lavrov" in e["participants"]),
    ({"type": "consult"}, lambda e: e["type"] == "CONSULT"),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"from": "2022-01-10", "to": "2022-01-20"},
     lambda e: e["last_day"] >= "2022-01-10" and e["first_day"] <= "2022-01-20"),
])
def test_event_filters_keep_only_matching_events(client, params, check):
    found = client.get("/api/events", params=params).json()
    assert found["total"] == len(found["items"]) > 0
    assert all(check(event) for event in found["items"])


def test_text_query_finds_events_by_their_evidence(client):
    found = client.get("/api/events", params={"q": "Telefonat"}).json()["items"]
    assert found
    for event in found:
        sentences = [e["sentence"] for e in client.get(f"/api/events/{event['id']}")
                     .json()["evidence"]]
        assert any("telefonat" in sentence.lower() for sentence in sentences)


def test_story_filter_gives_the_events_of_its_articles(client):
    story = client.get("/api/stories").json()["items"][0]
    detail = client.get(f"/api/stories/{story['id']}").json()
    found = client.get("/api/events", params={"story": story["id"], "limit": 500}).json()
    assert {e["id"] for e in found["items"]} == {e["id"] for e in detail["events"]}


def test_an_event_carries_every_evidence_sentence(client):
    event = client.get("/api/events", params={"actor": "Selenskyj", "type": "CONSULT"}
                       ).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert len(detail["evidence"]) == detail["num_reports"] >= 1
    assert {e["article_id"] for e in detail["evidence"]} == set(event["article_ids"])


def test_article_carries_its_annotations_with_offsets_into_its_text(client):
    article = client.get("/api/articles/1").json()
    text = article["clean_text"]
    assert "raw_text" not in article
    assert article["mentions"] and article["time_expressions"] and article["reports"]
    for mention in article["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
    for report in article["reports"]:
        if report["trigger_start"] is not None:
            assert text[report["trigger_start"]:report["trigger_end"]] == report["trigger"]


def test_network_edges_count_the_events_between_two_actors(client):
    graph = client.get("/api/network").json()
    nodes = {node["id"] for node in graph["nodes"]}
    for edge in graph["edges"]:
        assert {edge["source"], edge["target"]} <= nodes
        assert edge["count"] == sum(edge["types"].values()) == len(edge["event_ids"])
    consults = client.get("/api/network", params={"type": "CONSULT"}).json()
    assert all(set(edge["types"]) == {"CONSULT"} for edge in consults["edges"])


def test_search_finds_lawrow_with_the_word_marked(client):
    found = client.get("/api/search", params={"q": "Lawrow"}).json()
    assert found["total"] == len(found["items"]) >= 1
    assert all("<mark>Lawrow</mark>" in item["snippet"] for item in found["items"])
    assert client.get("/api/search", params={"q": 'Lawrow "OR'}).status_code == 200


def test_timeline_items_have_a_start_and_the_status_to_draw(client):
    items = client.get("/api/timeline").json()["items"]
    assert items and all(item["start"] and item["status"] for item in items)
    assert {"happened", "planned"} <= {item["status"] for item in items}


@pytest.mark.parametrize("url, status, words", [
    ("/api/events/99999", 404, "no event with id 99999"),
    ("/api/articles/99999", 404, "no article with id 99999"),
    ("/api/stories/99999", 404, "no story with id 99999"),
    ("/api/events?type=PARTY", 400, "unknown event type 'PARTY'"),
    ("/api/events?status=maybe", 400, "unknown status 'maybe'"),
    ("/api/events?actor=Nobody%20Atall", 400, "unknown actor"),
    ("/api/events?from=yesterday", 400, "bad date 'yesterday'"),
    ("/api/events?limit=0", 422, "greater than or equal to 1"),
    ("/api/events?offset=-1", 422, "greater than or equal to 0"),
    ("/api/events/abc", 422, "valid integer"),
    ("/api/search?q=", 422, "at least 1 character"),
    ("/api/search?q=%20", 400, "empty search query"),
])
def test_bad_parameters_are_json_errors_with_the_right_status(client, url, status, words):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert words in str(response.json()["detail"])


def test_mentioned_actors_carry_spellings_and_can_be_searched(client):
    everyone = client.get("/api/actors/mentioned").json()
    assert everyone[0]["num_mentions"] >= everyone[-1]["num_mentions"]
    [zelenskyy] = client.get("/api/actors/mentioned", params={"search": "Zelensky"}).json()
    assert zelenskyy["id"] == "volodymyr-zelenskyy" and "Selenskyj" in zelenskyy["variants"]
    assert client.get("/api/actors/mentioned", params={"search": "Nobody"}).json() == []


def test_openapi_describes_every_endpoint_and_docs_need_no_cdn(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/actors",
            "/api/actors/mentioned", "/api/stories", "/api/timeline", "/api/network",
            "/api/search"} <= set(paths)
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_the_server_only_reads_and_sees_what_a_run_adds_meanwhile(tmp_path, seeds_dir):
    db = tmp_path / "live.db"
    files = sorted(Path(seeds_dir).iterdir())
    assert chronik.run(files[:2], db=db).ok
    client = TestClient(create_app(db))
    before = client.get("/api/articles").json()["total"]
    assert chronik.run(files[2:], db=db).ok
    assert client.get("/api/articles").json()["total"] == before + len(files) - 2
    db.chmod(0o444)
    try:
        assert client.get("/api/events").status_code == 200
    finally:
        db.chmod(0o644)


def test_a_file_that_is_not_a_chronik_database_is_refused(tmp_path):
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StoreError, match="cannot read"):
        create_app(tmp_path / "other.db")
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")


def test_an_older_database_is_upgraded_and_its_articles_become_searchable(tmp_path, seeds_dir):
    db = tmp_path / "old.db"
    assert chronik.run([seeds_dir], db=db).ok
    conn = sqlite3.connect(db)  # what schema version 4 held: no search index
    conn.executescript("DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; "
                       "DROP TRIGGER articles_fts_update; DROP TABLE articles_fts; "
                       "ALTER TABLE actors DROP COLUMN origin; ALTER TABLE mentions DROP COLUMN "
                       "role; ALTER TABLE stories DROP COLUMN actor_norm; "
                       "DROP INDEX story_actors_actor_day; ALTER TABLE story_actors DROP COLUMN "
                       "last_day; CREATE INDEX story_actors_actor ON story_actors(actor_id); "
                       "DROP TABLE stories_pending; DROP INDEX articles_publication_order; "
                       "DROP INDEX events_date_order; DROP INDEX stories_recent_order; "
                       "ALTER TABLE articles DROP COLUMN date_clue; "
                       "DROP TRIGGER evidence_fts_insert; DROP TRIGGER evidence_fts_delete; "
                       "DROP TABLE evidence_fts; DELETE FROM schema_migrations "
                       "WHERE version >= 5;")
    conn.close()
    client = TestClient(create_app(db))
    found = client.get("/api/search", params={"q": "Lawrow"}).json()
    assert found["total"] >= 1
    events = client.get("/api/search/events", params={"q": "Lawrow"}).json()
    assert events["total"] >= 1


def test_actor_prefix_offers_actors_of_the_chronicle_by_any_spelling(client):
    offered = client.get("/api/actors", params={"prefix": "Selensk"}).json()
    assert offered[0]["id"] == "volodymyr-zelenskyy"
    assert client.get("/api/actors", params={"prefix": "Lawr"}).json()[0]["name"] == \
        "Sergey Lavrov"
    assert client.get("/api/actors", params={"prefix": "Qxz"}).json() == []


def test_actor_profile_has_spellings_offices_years_counterparts_and_articles(client):
    actor = client.get("/api/actors/volodymyr-zelenskyy").json()
    assert "Selenskyj" in actor["spellings"]
    assert any(term["office"] == "head_of_state" for term in actor["offices"])
    assert sum(year["count"] for year in actor["events_per_year"]) <= actor["num_events"]
    assert actor["counterparts"] and actor["articles"]
    assert all("/" not in article["origin"] for article in actor["articles"])
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_timeline_gives_the_dense_window_and_groups(client):
    whole = client.get("/api/timeline").json()
    window = whole["window"]
    assert window["earliest"] <= window["start"] <= window["end"] <= window["latest"]
    assert window["before"] + window["after"] < window["dated"]
    grouped = client.get("/api/timeline", params={"group": "actor", "limit": 5}).json()
    assert len(grouped["items"]) == 5 and all(item["group"] for item in grouped["items"])
    assert grouped["total"] == whole["total"]


def test_a_meeting_is_labelled_without_direction(client):
    items = client.get("/api/timeline", params={"type": "CONSULT"}).json()["items"]
    assert items and all(" – " in item["label"] and "→" not in item["label"] for item in items)


def test_density_counts_every_event_of_the_period_once(client):
    period = {"from": "2021-12-01", "to": "2022-02-28"}
    density = client.get("/api/density", params=period).json()
    events = client.get("/api/events", params=period | {"limit": 500}).json()["items"]
    starting = [e for e in events if "2021-12-01" <= e["first_day"] <= "2022-02-28"]
    assert density["unit"] == "day" and sum(b["count"] for b in density["bins"]) == len(starting)
    assert client.get("/api/density", params={"from": "2022-01-01"}).status_code == 400


@pytest.mark.parametrize("format, media, rows", [
    ("csv", "text/csv", lambda text: len(text.splitlines()) - 1),
    ("jsonl", "application/x-ndjson", lambda text: len(text.splitlines())),
    ("gdelt", "text/tab-separated-values", lambda text: len(text.splitlines()) - 1)])
def test_export_gives_the_filtered_events_as_a_file(client, format, media, rows):
    answer = client.get("/api/export", params={"format": format, "actor": "Lawrow"})
    assert answer.headers["content-type"].startswith(media)
    assert answer.headers["content-disposition"].startswith("attachment;")
    assert rows(answer.text) == client.get("/api/events", params={"actor": "Lawrow"}).json()[
        "total"] > 0


def test_search_finds_word_forms_and_events(client):
    singular = client.get("/api/search", params={"q": "Außenminister"}).json()["total"]
    assert client.get("/api/search", params={"q": "Aussenminister"}).json()["total"] == singular
    assert singular >= client.get("/api/search", params={"q": "Außenministerin"}).json()["total"]
    events = client.get("/api/search/events", params={"q": "telefonier"}).json()
    assert events["total"] >= 1 and "<mark>" in events["items"][0]["snippet"]


def test_articles_never_show_a_server_path(client):
    listed = client.get("/api/articles").json()["items"]
    assert listed and all("/" not in article["origin"] for article in listed)
    article = client.get(f"/api/articles/{listed[0]['id']}").json()
    assert all("/" not in origin for origin in article["origins"])
