"""The quality gates: every quick figure at or above its floor, README figures current."""

import json
import subprocess
from pathlib import Path

import pytest

from chronik.evaluation import gates
from chronik.evaluation.gates import Corpora, Row

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpora(seeds_dir, gold_path, krauts_dir, tenkgnad_path, shared_data, dev_dir,
            dev_gold_path):
    return Corpora(seeds_dir, gold_path, krauts_dir, tenkgnad_path, shared_data, dev_dir,
                   dev_gold_path)


@pytest.fixture(scope="module")
def figures(corpora):
    return gates.measure(corpora)


def test_every_figure_holds_its_floor_on_unchanged_corpora(figures, corpora):
    baseline = gates.load_baseline(ROOT / "eval" / "baseline.json")
    rows, problems = gates.check(baseline, figures, corpora.hashes())
    assert all(row.ok for row in rows) and not problems, gates.format_check(rows, problems)


def test_no_floor_was_lowered_without_a_reason():
    assert gates.lowered_without_reason(ROOT / "eval" / "baseline.json") == []


def test_readme_figures_are_generated_and_current(figures):
    readme = (ROOT / "README.md").read_text("utf-8")
    assert gates.readme_block(readme) == gates.markdown(figures), \
        "README figures are stale: paste the output of `chronik eval all --markdown`"


def test_a_figure_below_its_floor_or_without_one_fails():
    baseline = {"corpora": {"seeds": "abc"}, "floors": {"a": {"floor": 0.8}, "b": {"floor": 0.5}}}
    rows, problems = gates.check(baseline, {"a": 0.79, "b": 0.5, "c": 0.1}, {"seeds": "abc"})
    assert [(r.figure, r.ok) for r in rows] == [("a", False), ("b", True), ("c", False)]
    assert rows[0].delta == pytest.approx(-0.01) and problems == []
    report = gates.format_check(rows, problems)
    assert "BELOW FLOOR" in report and "NO FLOOR" in report and "2 failed" in report


def test_a_changed_corpus_fails():
    baseline = {"corpora": {"seeds": "abc"}, "floors": {}}
    _, problems = gates.check(baseline, {}, {"seeds": "abd", "krauts": "x"})
    assert len(problems) == 2 and "seeds changed" in problems[0]


def test_corpus_hash_follows_names_and_contents(tmp_path):
    (tmp_path / "a.txt").write_text("eins")
    (tmp_path / "germeval2014").mkdir()
    for name in ("ud-german/de_gsd-ud-test.conllu.gz", "quotes-de/test.jsonl.gz"):
        (tmp_path / name).parent.mkdir()
        (tmp_path / name).write_text("")
    corpora = Corpora(tmp_path, tmp_path / "a.txt", tmp_path, tmp_path, data=tmp_path,
                      dev=tmp_path, dev_gold=tmp_path / "a.txt")
    first = corpora.hashes()["seeds"]
    (tmp_path / "a.txt").write_text("zwei")
    assert corpora.hashes()["seeds"] != first


def test_lowering_a_floor_needs_a_reason(tmp_path):
    def commit(floors):
        (tmp_path / "baseline.json").write_text(json.dumps({"corpora": {}, "floors": floors}))
        subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "b"],
                       cwd=tmp_path, check=True)

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit({"x": {"floor": 0.9}, "y": {"floor": 0.5}})
    commit({"x": {"floor": 0.8}, "y": {"floor": 0.6}})
    assert gates.lowered_without_reason(tmp_path / "baseline.json") == ["x"]
    commit({"x": {"floor": 0.8, "reason": "gold file corrected"}, "y": {"floor": 0.6}})
    (tmp_path / "baseline.json").write_text(json.dumps(
        {"corpora": {}, "floors": {"x": {"floor": 0.7}, "y": {"floor": 0.6}}}))
    assert gates.lowered_without_reason(tmp_path / "baseline.json") == ["x"]


def test_rows_without_values_are_not_ok():
    assert not Row("a", 0.5, None).ok and Row("a", 0.5, None).delta is None
