"""Stories: articles about one happening, grouped incrementally with stable ids."""

import sqlite3
from collections import Counter

import chronik
import chronik.stories
from chronik.store import Store

MEETING = ("Kanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel "
           "Macron getroffen. Beide sprachen über die Lage in der Ukraine.")
FOLLOW_UP = ("Nach dem Treffen mit Macron am Dienstag sagte Scholz, Deutschland und Frankreich "
             "stünden zusammen. Macron lobte die Gespräche mit Scholz in Berlin.")
ELSEWHERE = ("Der chinesische Präsident Xi Jinping hat am Montag in Peking den brasilianischen "
             "Präsidenten Lula da Silva empfangen.")


def _write(folder, name, published, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(f" date {published} {text}", "utf-8")


def test_seed_agency_copies_form_one_story_and_the_others_their_own(tmp_path, seeds_dir):
    assert chronik.run([seeds_dir], db=tmp_path / "s.db").ok
    with chronik.open(tmp_path / "s.db") as chronicle:
        labels = chronicle.article_labels()
        story_of = {labels[a["id"]]: a["story_id"] for a in chronicle.articles()}
        stories = chronicle.stories()
        joint = chronicle.story(story_of["000"])
    assert story_of["000"] == story_of["003"]
    assert len(set(story_of.values())) == 4
    assert sum(s["num_articles"] for s in stories) == 5
    assert joint["label"].endswith("· 2022-01-03") and "Joe Biden" in joint["label"]
    assert {labels[a["id"]] for a in joint["articles"]} == {"000", "003"}
    assert any(e["type"] == "CONSULT" and e["target_name"] == "Volodymyr Zelenskyy"
               for e in joint["events"])


def test_a_later_article_on_the_same_happening_joins_and_the_id_stays(tmp_path):
    _write(tmp_path / "day1", "a.txt", "2024-05-07", MEETING)
    assert chronik.run([tmp_path / "day1"], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        [first] = chronicle.stories()
    _write(tmp_path / "day2", "b.txt", "2024-05-08", FOLLOW_UP)
    _write(tmp_path / "day2", "c.txt", "2024-05-08", ELSEWHERE)
    assert chronik.run([tmp_path / "day2"], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        stories = {s["id"]: s for s in chronicle.stories()}
    assert len(stories) == 2
    assert stories[first["id"]]["num_articles"] == 2
    assert stories[first["id"]]["label"].endswith("2024-05-07 – 2024-05-08")


def test_the_same_actors_a_month_later_start_a_new_story(tmp_path):
    _write(tmp_path / "in", "a.txt", "2024-05-07", MEETING)
    _write(tmp_path / "in", "b.txt", "2024-06-20", "Scholz und Macron haben am Donnerstag in "
           "Paris erneut über die Ukraine gesprochen, teilte der Élysée-Palast mit.")
    assert chronik.run([tmp_path / "in"], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        assert len(chronicle.stories()) == 2


def test_each_story_keeps_the_squared_length_of_its_actor_counts(tmp_path, seeds_dir):
    _write(tmp_path / "in", "a.txt", "2022-01-04", MEETING)
    _write(tmp_path / "in", "b.txt", "2022-01-05", FOLLOW_UP)
    assert chronik.run([seeds_dir, tmp_path / "in"], db=tmp_path / "n.db").ok
    with chronik.open(tmp_path / "n.db") as chronicle:
        rows = chronicle.store.conn.execute(
            "SELECT s.actor_norm, (SELECT sum(weight * weight) FROM story_actors "
            "WHERE story_id = s.id) FROM stories s").fetchall()
    assert len(rows) >= 5 and all(kept == counted for kept, counted in rows)


def test_prefix_starts_with_the_actors_fewest_stories_name_counting_up_to_a_cap(monkeypatch):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE story_actors (story_id INTEGER, actor_id TEXT, weight INTEGER)")
    conn.executemany("INSERT INTO story_actors VALUES (?, ?, 1)",
                     [(s, "RUS") for s in range(5)] + [(s, "UKR") for s in range(3)]
                     + [(0, "name:jan-nowacki")])
    monkeypatch.setattr(chronik.stories, "MAX_COUNTED", 4)
    actors = Counter({"RUS": 1, "UKR": 1, "name:jan-nowacki": 1})
    assert chronik.stories._prefix(conn, actors) == ["name:jan-nowacki", "UKR"]
    assert chronik.stories._prefix(conn, Counter({"RUS": 3, "UKR": 1})) == ["UKR", "RUS"]
    monkeypatch.setattr(chronik.stories, "MAX_COUNTED", 3)
    assert chronik.stories._prefix(conn, Counter({"RUS": 3, "UKR": 1})) == ["RUS"]


def test_stories_with_takes_those_naming_the_actor_in_the_window_latest_first(tmp_path,
                                                                                 monkeypatch):
    store = Store(tmp_path / "w.db")
    conn = store.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    ranges = {1: ("2024-01-02", "2024-05-08"), 2: ("2024-05-06", "2024-05-06"),
              3: ("2024-05-07", "2024-05-09"), 4: ("2024-05-05", "2024-05-20"),
              5: ("2024-05-15", "2024-05-20")}
    conn.executemany("INSERT INTO stories (id, label, first_day, last_day) VALUES (?, '', ?, ?)",
                     [(story, *days) for story, days in ranges.items()])
    named = {1: "2024-01-02", 2: "2024-05-06", 3: "2024-05-09", 4: "2024-05-20", 5: "2024-05-20"}
    conn.executemany("INSERT INTO story_actors (story_id, actor_id, weight, last_day) "
                     "VALUES (?, 'AUT', 1, ?)", named.items())
    window = ("2024-05-10", "2024-05-04")
    # 1 named Austria only in January; 5 began after the window
    assert chronik.stories._stories_with(conn, ["AUT"], window) == {2, 3, 4}
    monkeypatch.setattr(chronik.stories, "MAX_CANDIDATES", 1)
    assert chronik.stories._stories_with(conn, ["AUT"], window) == {3}
    plan = " ".join(row[3] for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT story_id FROM story_actors WHERE actor_id = ? AND last_day "
        "BETWEEN ? AND ? ORDER BY last_day DESC LIMIT ?", ("AUT", *window[::-1], 1)))
    assert "USING INDEX story_actors_actor_day (actor_id=? AND last_day>? AND last_day<?)" in plan
    store.close()


def test_story_actors_keep_the_last_day_an_article_named_them(tmp_path):
    _write(tmp_path / "in", "a.txt", "2024-05-07", MEETING)
    _write(tmp_path / "in", "b.txt", "2024-05-08", FOLLOW_UP)
    assert chronik.run([tmp_path / "in"], db=tmp_path / "d.db").ok
    conn = sqlite3.connect(tmp_path / "d.db")
    expected = {"olaf-scholz": "2024-05-08", "emmanuel-macron": "2024-05-08",
                "DEU": "2024-05-08", "FRA": "2024-05-08", "UKR": "2024-05-07"}
    assert dict(conn.execute("SELECT actor_id, last_day FROM story_actors")) == expected
    conn.executescript(  # what a schema-7 database holds
        "DROP INDEX story_actors_actor_day; ALTER TABLE story_actors DROP COLUMN last_day; "
        "CREATE INDEX story_actors_actor ON story_actors(actor_id); DROP TABLE stories_pending; "
        "DROP INDEX articles_publication_order; DROP INDEX events_date_order; "
        "DROP INDEX stories_recent_order; ALTER TABLE articles DROP COLUMN date_clue; "
        "DROP TRIGGER evidence_fts_insert; DROP TRIGGER evidence_fts_delete; "
        "DROP TABLE evidence_fts; DELETE FROM schema_migrations WHERE version >= 8;")
    conn.close()
    Store(tmp_path / "d.db").close()
    conn = sqlite3.connect(tmp_path / "d.db")
    assert dict(conn.execute("SELECT actor_id, last_day FROM story_actors")) == expected
    conn.close()
