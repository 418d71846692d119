"""Copies across stored articles: exact and near duplicates, shared passages, honest counts."""

import sqlite3

import pytest

import chronik
from chronik.store import Store

BODY = (
    "Kanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron "
    "getroffen. Beide sprachen nach Angaben eines Regierungssprechers über die Lage in der "
    "Ukraine und über gemeinsame Rüstungsprojekte. Macron forderte mehr Tempo bei der "
    "europäischen Verteidigung. Scholz sagte, Deutschland und Frankreich stünden eng zusammen.")
OWN_REPORT = (
    "Die Opposition im Bundestag kritisierte die Pläne der Regierung scharf und sprach von "
    "leeren Versprechen. Eine Abstimmung über das neue Gesetz wird erst im Herbst erwartet, wie "
    "es aus Fraktionskreisen hieß.")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("copies") / "seeds.db"
    assert chronik.run([seeds_dir], db=db).ok
    return db


def _label_ids(chronicle):
    return {label: article_id for article_id, label in chronicle.article_labels().items()}


def test_seeds_000_and_003_share_passages_and_no_other_pair_is_linked(seeds_db):
    with chronik.open(seeds_db) as chronicle:
        ids = _label_ids(chronicle)
        links = chronicle.copies()
    assert [(link["kind"], {link["article_id"], link["other_id"]}) for link in links] == \
        [("shared-passages", {ids["000"], ids["003"]})]
    quoted = " ".join(p["text"] for p in links[0]["passages"])
    assert "Biden unterstrich in dem Telefonat laut Psaki" in quoted
    assert "dementiert" in quoted


def test_event_in_both_agency_copies_counts_one_source(seeds_db):
    with chronik.open(seeds_db) as chronicle:
        ids = _label_ids(chronicle)
        shared = [e for e in chronicle.events()
                  if set(e["article_ids"]) == {ids["000"], ids["003"]}]
        independent = [e for e in chronicle.events() if ids["002"] in e["article_ids"]
                       and len(e["article_ids"]) > 1]
    assert shared and all(e["num_articles"] == 2 and e["num_sources"] == 1 for e in shared)
    # 002 copies neither of them: its reports count as a source of their own
    assert independent and all(e["num_sources"] == len(e["article_ids"]) - 1 for e in independent
                               if {ids["000"], ids["003"]} <= set(e["article_ids"]))


@pytest.fixture
def folder(tmp_path):
    """An input folder beside the database."""
    (tmp_path / "in").mkdir()
    return tmp_path / "in"


def test_same_text_with_other_boilerplate_is_stored_once_with_both_origins(tmp_path, folder):
    (folder / "a.txt").write_text(f" date 2024-05 {BODY}", "utf-8")
    (folder / "b.txt").write_text(f" date 2024-05 Startseite\nPolitik\n{BODY}\n"
                                    "Teilen auf Facebook", "utf-8")
    report = chronik.run([folder], db=tmp_path / "c.db")
    assert len(report.added) == 1 and len(report.unchanged) == 1
    with chronik.open(tmp_path / "c.db") as chronicle:
        [article] = chronicle.articles()
        assert article["num_origins"] == 2


def test_shared_agency_paragraphs_are_credited_and_counted_once(tmp_path, folder):
    (folder / "a.txt").write_text(f" date 2024-05 Berlin (dpa) - {BODY}\n{OWN_REPORT}", "utf-8")
    (folder / "b.txt").write_text(
        " date 2024-05 Ein Kommentar unserer Redaktion zur Lage in Europa folgt weiter unten im "
        f"Text.\n{BODY.replace('Dienstag', 'Dienstagabend')}\nWas bedeutet das für die Region? "
        "Die Bürgermeisterin der Stadt sieht vor allem Chancen für den Handel.", "utf-8")
    assert chronik.run([folder], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        [link] = chronicle.copies()
        meeting = [e for e in chronicle.events() if e["type"] == "CONSULT"]
    assert link["agency"] == "dpa" and link["shared_words"] >= 30
    assert meeting and meeting[0]["num_articles"] == 2 and meeting[0]["num_sources"] == 1


def test_same_outlet_counts_once(tmp_path, folder):
    lines = [
        '{"text": "Scholz hat am Dienstag Macron in Berlin getroffen.", "published": '
        '"2024-05-07", "source": "Blatt"}',
        '{"text": "Am Dienstag traf Kanzler Scholz in Berlin den Präsidenten Macron, wie die '
        'Regierung mitteilte.", "published": "2024-05-08", "source": "Blatt"}',
        '{"text": "Macron und Scholz haben sich am Dienstag in Berlin getroffen.", "published": '
        '"2024-05-08", "source": "Zeitung"}']
    (folder / "news.jsonl").write_text("\n".join(lines), "utf-8")
    assert chronik.run([folder], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        [meeting] = [e for e in chronicle.events() if e["type"] == "CONSULT"]
    assert meeting["num_articles"] == 3 and meeting["num_sources"] == 2


def test_links_are_found_across_runs(tmp_path, seeds_dir):
    db = tmp_path / "c.db"
    files = sorted(seeds_dir.iterdir())
    assert chronik.run([f for f in files if not f.name.startswith("003")], db=db).ok
    assert chronik.run([f for f in files if f.name.startswith("003")], db=db).ok
    with chronik.open(db) as chronicle:
        assert [link["kind"] for link in chronicle.copies()] == ["shared-passages"]


def test_the_demo_agency_copy_is_the_only_link(tmp_path, demo_dir):
    assert chronik.run([demo_dir], db=tmp_path / "d.db").ok
    with chronik.open(tmp_path / "d.db") as chronicle:
        labels = chronicle.article_labels()
        pairs = [{labels[link["article_id"]], labels[link["other_id"]]}
                 for link in chronicle.copies()]
    assert pairs == [{"01_genfer_treffen", "03_agentur_kopie"}]


def test_articles_stored_before_copies_existed_are_linked_on_the_next_run(tmp_path, seeds_dir):
    db = tmp_path / "c.db"
    [first] = [f for f in seeds_dir.iterdir() if f.name.startswith("000")]
    [second] = [f for f in seeds_dir.iterdir() if f.name.startswith("003")]
    assert chronik.run([first], db=db).ok
    conn = sqlite3.connect(db)  # what a schema-2 database holds: no fingerprints, no stories
    conn.executescript("DELETE FROM passage_anchors; DELETE FROM fingerprints; "
                       "UPDATE articles SET story_id = NULL; DELETE FROM story_actors; "
                       "DELETE FROM stories;")
    conn.close()
    assert chronik.run([second], db=db).ok
    with chronik.open(db) as chronicle:
        assert [link["kind"] for link in chronicle.copies()] == ["shared-passages"]
        assert [s["num_articles"] for s in chronicle.stories()] == [2]
        call = [e for e in chronicle.events() if e["target_name"] == "Volodymyr Zelenskyy"]
        assert call and call[0]["num_articles"] == 2 and call[0]["num_sources"] == 1


def test_near_duplicates_stored_before_lsh_buckets_are_found_on_the_next_run(tmp_path, folder):
    (folder / "a.txt").write_text(f" date 2024-05 {BODY}\n{OWN_REPORT}", "utf-8")
    assert chronik.run([folder / "a.txt"], db=tmp_path / "c.db").ok
    conn = sqlite3.connect(tmp_path / "c.db")  # what a schema-3 database holds after migration 4
    conn.executescript("DELETE FROM lsh_buckets; "
                       "INSERT INTO lsh_pending SELECT article_id FROM fingerprints;")
    conn.close()
    edited = BODY.replace("am Dienstag", "am Dienstagabend") + "\n" + OWN_REPORT
    (folder / "b.txt").write_text(f" date 2024-05 Startseite\n{edited}", "utf-8")
    assert chronik.run([folder / "b.txt"], db=tmp_path / "c.db").ok
    with chronik.open(tmp_path / "c.db") as chronicle:
        assert [link["kind"] for link in chronicle.copies()] == ["near-duplicate"]
    conn = sqlite3.connect(tmp_path / "c.db")
    assert conn.execute("SELECT count(*) FROM lsh_pending").fetchone()[0] == 0
    assert conn.execute("SELECT count(DISTINCT article_id) FROM lsh_buckets").fetchone()[0] == 2


def test_anchor_matches_count_shared_anchors_and_skip_those_too_many_articles_hold(tmp_path):
    store = Store(tmp_path / "a.db")
    store.conn.execute("PRAGMA foreign_keys=OFF")
    holders = {1: range(1, 61), 2: (1, 2, 3), 3: (2, 3)}
    store.conn.executemany("INSERT INTO passage_anchors VALUES (?, ?)",
                           [(anchor, article) for anchor, ids in holders.items()
                            for article in ids])
    assert store.anchor_matches([1, 2, 3], min_hits=2, max_articles=50) == [3, 2]
    assert store.anchor_matches([1, 2, 3], min_hits=2, max_articles=60) == [3, 2, 1]
    assert store.anchor_matches([1, 2, 3], min_hits=3, max_articles=59) == []
    store.close()
