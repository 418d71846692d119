import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

import chronik
from chronik.errors import StoreError
from chronik.stages import STAGES
from chronik.store import Store, latest_version


def _counts(db):
    conn = sqlite3.connect(db)
    tables = ("articles", "sentences", "mentions", "time_expressions", "events", "event_evidence")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return counts


def test_stages_are_named_in_order():
    assert [name for name, _ in STAGES] == ["clean", "date", "annotate", "fingerprint", "extract",
                                              "anchor"]


def test_schema_version_is_recorded(tmp_path):
    store = Store(tmp_path / "c.db")
    version = store.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    assert version == latest_version()
    store.close()
    Store(tmp_path / "c.db").close()  # opening again applies nothing twice


def test_rerun_changes_nothing_and_new_article_adds(tmp_path, seeds_dir):
    db = tmp_path / "c.db"
    first = chronik.run([seeds_dir], db=db)
    assert len(first.added) == 5 and first.ok
    before = _counts(db)
    second = chronik.run([seeds_dir], db=db)
    assert second.added == [] and len(second.unchanged) == 5
    assert _counts(db) == before
    extra = tmp_path / "new.txt"
    extra.write_text(" date 2022-01-20 Am Mittwoch hatte Scholz mit Macron telefoniert.", "utf-8")
    third = chronik.run([extra], db=db)
    assert len(third.added) == 1
    after = _counts(db)
    assert after["articles"] == before["articles"] + 1
    assert after["events"] == before["events"] + 1


def test_same_text_twice_is_stored_once_with_both_origins(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Am Montag hatte Scholz mit Macron telefoniert.", "utf-8")
    report = chronik.run([tmp_path], db=tmp_path / "c.db")
    assert len(report.added) == 1 and len(report.unchanged) == 1
    with chronik.open(tmp_path / "c.db") as chronicle:
        [article] = chronicle.articles()
        assert article["num_origins"] == 2


def test_bad_input_is_reported_and_the_rest_stored(tmp_path, demo_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((demo_dir / "04_gipfel_bericht.txt").read_text("utf-8"))
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00" * 50)
    (folder / "broken.html").write_text("<html><body><<<")
    (folder / "lines.jsonl").write_text('{"text": "Scholz trifft Macron am Montag."}\n{oops\n')
    report = chronik.run([folder, tmp_path / "nowhere"], db=tmp_path / "c.db")
    assert len(report.added) == 2
    assert len(report.failures) == 5
    assert not report.ok


def test_an_impossible_date_costs_its_article_nothing_and_the_batch_nothing(tmp_path):
    lines = [{"text": f"Am Montag traf Scholz in Berlin Macron. Meldung {n}.",
              "published": f"2023-03-{n + 1:02d}"} for n in range(20)]
    lines[7]["published"] = "9999-12-31"
    lines[12]["published"] = "0001-01-01"
    lines[15]["published"] = "not-a-date"
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(line) for line in lines), "utf-8")
    report = chronik.run([tmp_path / "in.jsonl"], db=tmp_path / "c.db")
    assert report.ok and len(report.added) == 20
    assert [w.split(":")[1] for w in report.warnings] == ["8", "13", "16"]
    with chronik.open(tmp_path / "c.db") as chronicle:
        published = [a["published"] for a in chronicle.articles()]
    assert all(day is None or "1800" <= day <= "2100" for day in published)


def test_merge_joins_reports_from_several_articles(tmp_path, seeds_dir):
    db = tmp_path / "c.db"
    chronik.run([seeds_dir], db=db)
    with chronik.open(db) as chronicle:
        calls = [e for e in chronicle.timeline(actor="Biden", type="CONSULT")
                 if e["target_name"] == "Volodymyr Zelenskyy" and e["first_day"] == "2022-01-02"]
        assert len(calls) == 1 and calls[0]["num_articles"] == 2
        event = chronicle.event(calls[0]["id"])
        assert {Path(e["origin"]).name[:3] for e in event["evidence"]} == {"000", "003"}
        assert all(e["sentence"] for e in event["evidence"])


def test_open_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        chronik.open(tmp_path / "none.db")


def test_killed_run_loses_nothing_committed(tmp_path, demo_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = [p.read_text("utf-8") for p in sorted(demo_dir.glob("*.txt"))]
    for i in range(240):
        (corpus / f"{i:04d}.txt").write_text(f"{texts[i % len(texts)]}\nMeldung Nummer {i}.")
    db = tmp_path / "c.db"
    process = subprocess.Popen([sys.executable, "-c", "import chronik, chronik.pipeline, sys; "
                                "chronik.pipeline.COMMIT_EVERY = 50; "
                                "chronik.run([sys.argv[1]], db=sys.argv[2])", str(corpus), str(db)])
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = _counts(db)["articles"]
            except sqlite3.OperationalError:
                continue
            if stored >= 5:
                break
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    with_sentences = conn.execute("SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0]
    orphans = conn.execute("SELECT count(*) FROM event_evidence v LEFT JOIN events e "
                           "ON e.id = v.event_id WHERE e.id IS NULL").fetchone()[0]
    conn.close()
    assert articles >= stored and articles == with_sentences and orphans == 0
    report = chronik.run([corpus], db=db)
    assert report.ok and len(report.added) + len(report.unchanged) == 240
    assert _counts(db)["articles"] == 240


def _interruption_corpus(folder: Path, demo_dir: Path, size: int) -> Path:
    """`size` distinct articles from the demo texts; every fourth without its date line, so that
    its date is inferred at the end of the run."""
    folder.mkdir()
    texts = [p.read_text("utf-8") for p in sorted(demo_dir.glob("*.txt"))]
    for i in range(size):
        text = f"{texts[i % len(texts)]}\nMeldung Nummer {i}."
        if i % 4 == 3:
            text = re.sub(r"\A\s*date \S+", "", text)
        (folder / f"{i:04d}.txt").write_text(text, "utf-8")
    return folder


INTERRUPTIONS = [(signal.SIGKILL, 11), (signal.SIGKILL, 12), (signal.SIGINT, 13),
                 (signal.SIGTERM, 14)]


@pytest.mark.parametrize("how, seed", INTERRUPTIONS, ids=lambda v: getattr(v, "name", str(v)))
def test_an_interrupted_run_resumed_builds_the_same_database(tmp_path, demo_dir, how, seed,
                                                              database_rows):
    corpus = _interruption_corpus(tmp_path / "corpus", demo_dir, 80)
    reference = tmp_path / "reference.db"
    assert chronik.run([corpus], db=reference).ok
    db = tmp_path / "c.db"
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys, chronik.pipeline as p; from chronik.cli import main; "
         "p.COMMIT_EVERY = 7; main()", "run", str(corpus), "--db", str(db)],
        stderr=subprocess.PIPE, text=True)
    wanted = random.Random(seed).randrange(1, 50)
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            if _counts(db)["articles"] >= wanted:
                break
        except sqlite3.Error:
            continue
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.kill(process.pid, how)
    _, errors = process.communicate(timeout=120)
    if how != signal.SIGKILL:
        assert process.returncode == 130 and "interrupted" in errors and \
            "Traceback" not in errors, errors
    report = chronik.run([corpus], db=db)
    assert report.ok and len(report.added) + len(report.unchanged) == 80
    assert database_rows(db) == database_rows(reference)


def test_a_second_run_waits_for_the_first_and_says_so(tmp_path, demo_dir):
    corpus = _interruption_corpus(tmp_path / "corpus", demo_dir, 40)
    db = tmp_path / "c.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a+'); "
         "fcntl.flock(f, fcntl.LOCK_EX); f.write('4242'); f.flush(); print('held', flush=True); "
         "time.sleep(3)", f"{db}.lock"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.time()
    result = subprocess.run([sys.executable, "-c", "from chronik.cli import main; main()", "run",
                             str(corpus), "--db", str(db)], capture_output=True, text=True,
                            timeout=300)
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert "another chronik run (process 4242) is writing to" in result.stderr
    assert time.time() - started >= 2.5 and "40 articles added" in result.stdout


def test_approximate_report_reaches_back_two_weeks_and_a_build_up_further():
    from chronik.merge import _range
    day = date(2022, 1, 18)
    assert _range(day, day) == (day, day)
    assert _range(date(2022, 1, 11), day, "approximate", "CONSULT") == (date(2021, 12, 28), day)
    assert _range(date(2022, 1, 11), day, "approximate", "CONSULT", "planned") == (
        date(2022, 1, 11), date(2022, 2, 1))
    assert _range(date(2022, 1, 11), day, "approximate", "MOBILIZE")[0] == date(2021, 11, 12)


def test_untargeted_reports_join_only_reports_dated_as_precisely(tmp_path):
    """A state acting on nobody named is too little to tie a dated report to one dated only by
    its article: "verhafteten am Samstag" and "schloss Zeitungen" stay two events."""
    (tmp_path / "a.txt").write_text(
        "date 2013-05-08\n\nDie Polizei Perus nahm am Samstag in Lima 17 Menschen fest.\n\n"
        "Die Polizei Perus nahm außerdem mehrere Menschen in Cusco fest.\n", "utf-8")
    db = tmp_path / "c.db"
    assert chronik.run([tmp_path / "a.txt"], db=db).ok
    with chronik.Chronicle(db) as chronicle:
        events = [(e["type"], e["source"], e["target"], e["precision"])
                  for e in chronicle.events()]
    assert sorted(events) == [("COERCE", "PER-COP", None, "approximate"),
                              ("COERCE", "PER-COP", None, "day")]
