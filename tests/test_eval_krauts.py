from datetime import date

import pytest

from chronik.errors import EvaluationError
from chronik.evaluation.krauts import Timex, evaluate_timex, read_tml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2014-02-18" functionInDocument="CREATION_TIME">2014-02-18</TIMEX3></DCT>
<TEXT>
Sie kamen am <TIMEX3 tid="t1" type="DATE" value="2014-W08-WE">Wochenende</TIMEX3> &amp; blieben <TIMEX3 tid="t2" type="DURATION" value="P2D">zwei Tage</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_removes_tags_and_decodes_entities_with_offsets(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(TML, encoding="utf-8")
    document = read_tml(path)
    assert document.dct == date(2014, 2, 18)
    assert "&amp;" not in document.text and " & " in document.text
    for timex in document.timexes:
        assert document.text[timex.start:timex.end] == timex.text
    assert [t.value for t in document.timexes] == ["2014-W08-WE", "P2D"]


def test_reader_rejects_a_file_without_text(tmp_path):
    path = tmp_path / "b.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_tml(path)


def _t(start, end, value, type_="DATE"):
    return Timex(start, end, "x" * (end - start), type_, value)


def test_strict_relaxed_and_value_counts():
    gold = [_t(0, 10, "2014-02-15"), _t(20, 30, "P2D", "DURATION"), _t(40, 45, "PRESENT_REF")]
    system = [_t(0, 10, "2014-02-15"),            # strict, value right
              _t(22, 30, "P3D", "DURATION"),     # relaxed only, value wrong
              _t(50, 55, "2014")]                # false positive
    scores = score(system, gold)
    assert (scores.strict, scores.relaxed, scores.value_correct) == (1, 2, 1)
    assert scores.strict_prf == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert scores.relaxed_prf[2] == pytest.approx(2 / 3)
    assert scores.value_prf[2] == pytest.approx(1 / 3)
    assert scores.type_accuracy == 1.0


def test_relaxed_matching_is_one_to_one():
    gold = [_t(0, 10, "2014")]
    system = [_t(0, 5, "2014"), _t(5, 10, "2014")]
    scores = score(system, gold)
    assert scores.relaxed == 1 and scores.value_correct == 1 and scores.system == 2


def test_empty_gold_value_never_counts():
    scores = score([_t(0, 4, "")], [_t(0, 4, "")])
    assert scores.relaxed == 1 and scores.value_correct == 0


def test_chronik_beats_heideltime_on_both_krauts_parts(krauts_dir):
    for part in evaluate_timex(krauts_dir):
        chronik, heideltime = part.rows["chronik"], part.rows["HeidelTime"]
        assert chronik.value_prf[2] >= 0.80, part.part
        assert chronik.value_prf[2] > heideltime.value_prf[2], part.part


def test_every_stated_seed_event_date_is_tagged_right(gold_path, seeds_dir):
    from chronik.evaluation.seed_dates import evaluate_seed_dates

    result = evaluate_seed_dates(gold_path, seeds_dir)
    assert result.stated >= 15 and result.right == result.stated, result.wrong


def test_dct_inference_reads_only_the_text():
    from chronik.evaluation.dct import infer_dct

    text = "Die Wahl fand am Sonntag, 12. März 2023, statt. Gestern wurde ausgezählt."
    article = infer_dct(text)
    assert article.published is not None and article.published >= date(2023, 3, 12)
    assert infer_dct("Ein Text ohne Zeitangabe.").published is None
    assert infer_dct("Ein Text ohne Zeitangabe.", (2023, 3)).published == date(2023, 3, 15)


def test_eval_dct_counts_every_article(krauts_dir):
    from chronik.evaluation.dct import evaluate_dct

    for result in evaluate_dct(krauts_dir):
        for scores in (result.text_only, result.month_given):
            assert scores.documents in (100, 50)
            assert scores.exact <= scores.near <= scores.documents
        assert result.month_given.unanswered == 0
