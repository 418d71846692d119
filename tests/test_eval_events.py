from chronik.evaluation.events import EventsEvaluation, by_type, confusions, format_events_report
from chronik.evaluation.seeds import SeedsResult, _score_events

GOLD = {
    "actors": {"Ruritania": {"aliases": ["Ruritanien"]}, "Borduria": {"aliases": ["Bordurien"]},
               "Syldavia": {"aliases": ["Syldawien"]}},
    "events": [
        {"id": "G1", "type": "ACCUSE", "source": "Ruritania", "target": "Borduria",
         "date": "2030-05-02", "status": "happened", "evidence": "Ruritanien warf Bordurien vor"},
        {"id": "G2", "type": "REQUEST", "source": "Borduria", "target": "Syldavia",
         "date": None, "status": "happened", "evidence": "Bordurien forderte Syldawien auf"},
        {"id": "G3", "type": "ACCUSE", "source": "Syldavia", "target": "Ruritania",
         "date": "2030-05-03", "status": "happened"},
    ],
}


def _event(i, type_, source, target, day):
    return {"id": i, "type": type_, "source": source, "source_name": source, "target": target,
            "target_name": target, "participants": [], "first_day": day, "last_day": day,
            "status": "happened"}


def _evaluate(events):
    result = SeedsResult()
    _score_events(GOLD, events, result)
    result.evidence = {e["id"]: f"Satz {e['id']}" for e in events}
    return EventsEvaluation(result, GOLD)


def test_scores_per_type_count_gold_output_and_matches():
    evaluation = _evaluate([_event(1, "ACCUSE", "Ruritania", "Borduria", "2030-05-02"),
                            _event(2, "ACCUSE", "Borduria", "Ruritania", "2030-05-02"),
                            _event(3, "THREATEN", "Syldavia", "Borduria", "2030-05-09")])
    scores = {s.type: s for s in by_type(evaluation.result)}
    accuse = scores["ACCUSE"]
    assert (accuse.gold, accuse.predicted, accuse.true_positives) == (2, 2, 1)
    assert scores["ACCUSE"].precision == 0.5 and scores["ACCUSE"].recall == 0.5
    assert (scores["REQUEST"].gold, scores["REQUEST"].predicted, scores["REQUEST"].f1) == (1, 0, 0.0)
    assert (scores["THREATEN"].gold, scores["THREATEN"].predicted) == (0, 1)
    assert [s.type for s in by_type(evaluation.result)][:2] == ["ACCUSE", "REQUEST"]


def test_a_miss_reported_with_another_type_is_a_confusion_counted_once():
    evaluation = _evaluate([_event(1, "REJECT", "Borduria", "Syldavia", "2030-05-01"),
                            _event(2, "REJECT", "Borduria", "Syldavia", "2030-05-01"),
                            _event(3, "ACCUSE", "Syldavia", "Ruritania", "2030-06-30")])
    assert dict(confusions(evaluation)) == {("REQUEST", "REJECT"): 1}


def test_the_report_lists_misses_and_false_positives_with_their_sentences():
    evaluation = _evaluate([_event(7, "REJECT", "Borduria", "Syldavia", "2030-05-01")])
    report = format_events_report(evaluation)
    assert "G1 ACCUSE Ruritania -> Borduria 2030-05-02" in report
    assert "« Ruritanien warf Bordurien vor »" in report
    assert "#7 REJECT Borduria -> Syldavia" in report and "« Satz 7 »" in report
    assert "REQUEST → REJECT: 1" in report
    assert "missed gold events" not in format_events_report(evaluation, details=False)
