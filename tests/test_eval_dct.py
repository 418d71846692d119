import json

from click.testing import CliRunner

from chronik.cli import main
from chronik.evaluation.dct import evaluate_gold_dct, format_gold_dct_report


def _gold(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("date 2031-04-07\nStand: 07.04.2031 10:15 Uhr\n"
                                    "Der Stadtrat beschloss am Abend einen neuen Haushalt.",
                                    "utf-8")
    (articles / "b.txt").write_text("date 2031-04-09\nDer Stadtrat tagte lange und vertagte "
                                    "sich ohne Beschluss.", "utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"actors": {}, "events": [], "documents": [
        {"file": "a.txt", "dct": "2031-04-07"}, {"file": "b.txt", "dct": "2031-04-09"}]}))
    return gold, articles


def test_without_their_date_lines_one_article_is_dated_and_one_has_no_answer(tmp_path):
    gold, articles = _gold(tmp_path)
    scores = evaluate_gold_dct(gold, articles, strip_date=True)
    assert (scores.documents, scores.exact, scores.unanswered) == (2, 1, 1)
    report = format_gold_dct_report(scores, misses=True)
    assert "exact: 1" in report and "no answer: 1  wrong: 0" in report
    assert "b.txt: gold 2031-04-09, got no answer" in report


def test_with_their_date_lines_every_article_is_exact(tmp_path):
    gold, articles = _gold(tmp_path)
    assert evaluate_gold_dct(gold, articles, strip_date=False).exact == 2


def test_gold_and_articles_go_together(tmp_path):
    gold, _ = _gold(tmp_path)
    result = CliRunner().invoke(main, ["eval", "dct", "--gold", str(gold)])
    assert result.exit_code == 2 and "--gold and --articles go together" in result.output
