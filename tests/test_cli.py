import json
import re

import click
import pytest
from click.testing import CliRunner

from chronik.cli import main


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("cli") / "seeds.db"
    result = CliRunner().invoke(main, ["run", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return str(db)


def _run(*args):
    return CliRunner().invoke(main, list(args))


def _commands(group=main, prefix=()):
    """Every leaf command of the CLI as its word path, found by walking the click groups."""
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,)


def test_every_command_has_help_with_an_example():
    commands = list(_commands())
    assert ("eval", "timex") in commands and ("run",) in commands
    for words in commands:
        result = _run(*words, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, words


def test_run_summary(seeds_db, seeds_dir):
    result = _run("run", str(seeds_dir), "--db", seeds_db)
    assert "0 articles added, 5 already stored, 0 failed" in result.output


def test_timeline_filters(seeds_db):
    result = _run("timeline", "--db", seeds_db, "--actor", "Selenskij", "--type", "consult",
                  "--from", "2022-01-01", "--to", "2022-01-03")
    assert result.exit_code == 0
    assert re.match(r"2022-01-02 +CONSULT/phone +Joe Biden — Volodymyr Zelenskyy +happened +"
                    r"\[000, 003\] +#\d+$", result.output.strip())
    assert all("2022-01" in line or "2021-12" in line for line in result.output.splitlines())


def test_timeline_bad_arguments(seeds_db):
    assert "unknown actor" in _run("timeline", "--db", seeds_db, "--actor", "Nobody X").output
    assert "bad date" in _run("timeline", "--db", seeds_db, "--from", "3.1.").output
    assert "unknown event type" in _run("timeline", "--db", seeds_db, "--type", "HUG").output


def test_events_formats(seeds_db):
    lines = _run("events", "--db", seeds_db, "--format", "jsonl").output.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows and {"type", "source_name", "first_day", "status"} <= rows[0].keys()
    csv_out = _run("events", "--db", seeds_db, "--format", "csv").output.splitlines()
    assert csv_out[0].startswith("id,type,mode,source") and len(csv_out) == len(rows) + 1
    assert len(_run("events", "--db", seeds_db).output.splitlines()) == len(rows)


def test_show_event_and_articles(seeds_db):
    result = _run("show", "1", "--db", seeds_db)
    assert result.exit_code == 0 and "article" in result.output and "„" in result.output
    assert _run("show", "99999", "--db", seeds_db).exit_code == 1
    listing = _run("articles", "--db", seeds_db).output
    rows = [line for line in listing.splitlines() if not line.startswith("      date from: ")]
    assert "dateline" in listing and len(rows) == 5
    assert "date from: " in listing


def test_show_article_removed(seeds_db):
    result = _run("show-article", "4", "--db", seeds_db, "--removed")
    assert "--- removed ---" in result.output and "[navigation] Startseite" in result.output


def test_run_with_bad_input_exits_nonzero(tmp_path):
    (tmp_path / "ok.txt").write_text("Am Montag hatte Scholz mit Macron telefoniert.")
    (tmp_path / "bad.jsonl").write_text("{broken\n")
    result = _run("run", str(tmp_path), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 1
    assert "bad.jsonl:1: invalid JSON" in result.output
    assert "1 articles added" in result.output


def test_ray_options_need_the_ray_engine(tmp_path):
    result = _run("run", str(tmp_path), "--db", str(tmp_path / "c.db"), "--workers", "2")
    assert result.exit_code == 2 and "--workers only apply to --engine ray" in result.output
    assert not (tmp_path / "c.db").exists()


def test_run_with_the_ray_engine_keeps_its_partitions(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(" date 2024-05-06 Scholz traf am Montag Macron.")
    result = _run("run", str(tmp_path / "in"), "--db", str(tmp_path / "c.db"), "--engine", "ray",
                  "--workers", "1", "--parts", str(tmp_path / "parts"))
    assert result.exit_code == 0, result.output
    assert "1 articles added" in result.output
    assert list((tmp_path / "parts" / "pass-0").glob("*.parquet"))


def test_serve_refuses_a_missing_database(tmp_path):
    result = _run("serve", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no database" in result.output
    assert "serves" not in result.output  # checked before it says so


def test_missing_database(tmp_path):
    result = _run("timeline", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no database" in result.output


def test_eval_seeds_prints_figures(seeds_dir, gold_path):
    result = _run("eval", "seeds", "--gold", str(gold_path), "--articles", str(seeds_dir))
    assert result.exit_code == 0, result.output
    for label in ("publication date exact:", "boilerplate removed: 24/24",
                  "events: precision", "missed gold events:", "false positives:",
                  "actor resolution: "):
        assert label in result.output


def test_actors_lists_known_and_unknown_people_with_spellings_and_roles(tmp_path):
    article = tmp_path / "botschafter.txt"
    article.write_text("date 2023-03-06\nDer polnische Botschafter Jan Nowacki traf am Montag "
                       "Außenministerin Annalena Baerbock in Berlin.\nNowacki sagte danach, "
                       "Barbock habe zugehört.\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    assert _run("run", str(article), "--db", db).exit_code == 0
    listed = _run("actors", "--db", db).output
    assert "Jan Nowacki [name:jan-nowacki; person] (not in the actor base)" in listed
    assert "roles: polnische Botschafter" in listed
    found = _run("actors", "--db", db, "--search", "Baerbok").output
    assert found.startswith("     2 mentions") and "Annalena Baerbock [annalena-baerbock" in found
    assert "Barbock" in found and "Nowacki" not in found
    assert "Jan Nowacki — Annalena Baerbock" in _run("timeline", "--db", db, "--actor",
                                                     "Jan Nowacki").output
    missing = _run("actors", "--db", db, "--search", "Lawrow")
    assert missing.exit_code != 0 and "no actor matches 'Lawrow'" in missing.output


def test_eval_ner_prints_every_type(shared_data):
    result = _run("eval", "ner", "--data", str(shared_data))
    assert result.exit_code == 0, result.output
    assert [line.split()[0] for line in result.output.splitlines()] == [
        "type", "PER", "LOC", "ORG", "OTH", "all"]


def test_train_ner_writes_a_model_that_tags(shared_data, tmp_path):
    model = tmp_path / "ner.crfsuite"
    result = _run("train", "ner", "--data", str(shared_data), "--out", str(model))
    assert result.exit_code == 0, result.output
    assert "trained on 5608 sentences" in result.output and model.stat().st_size > 100_000


def test_eval_timex_prints_both_systems(krauts_dir, seeds_dir, gold_path):
    result = _run("eval", "timex", "--krauts", str(krauts_dir), "--gold", str(gold_path),
                  "--articles", str(seeds_dir))
    assert result.exit_code == 0, result.output
    assert result.output.count("chronik") >= 2 and result.output.count("HeidelTime") >= 2
    assert "event dates stated in the text and tagged right" in result.output


def test_eval_timex_reports_a_missing_folder(tmp_path):
    result = _run("eval", "timex", "--krauts", str(tmp_path))
    assert result.exit_code == 1 and "KRAUTS folder not found" in result.output


def test_run_with_an_unknown_syntax_model_says_so_and_stores_nothing(tmp_path, demo_dir):
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["run", str(demo_dir), "--db", str(db),
                                       "--syntax-model", "no_such_model_xyz"])
    assert result.exit_code == 1 and "cannot be loaded" in result.output
    assert not db.exists()
