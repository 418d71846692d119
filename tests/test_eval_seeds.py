from chronik.evaluation.seeds import SeedsResult, _score_actors, _score_events

GOLD = {
    "actors": {"Joe Biden": {"aliases": ["Biden"]}, "Vladimir Putin": {"aliases": ["Putin"]},
               "Russia": {"aliases": ["Russland", "Moskau"]}},
    "events": [
        {"id": "G1", "type": "CONSULT", "source": "Joe Biden", "target": "Vladimir Putin",
         "date": "2021-12-30", "status": "happened"},
        {"id": "G2", "type": "THREATEN", "source": "Joe Biden", "target": "Russia",
         "date": None, "status": "happened"},
    ],
}


def _event(i, type_, source, target, first, last=None, status="happened"):
    names = {"joe-biden": "Joe Biden", "vladimir-putin": "Vladimir Putin", "RUS": "Russia"}
    return {"id": i, "type": type_, "source": source, "source_name": names[source],
            "target": target, "target_name": names[target], "first_day": first,
            "last_day": last or first, "status": status}


def _score(events):
    result = SeedsResult()
    _score_events(GOLD, events, result)
    return result


def test_consult_matches_either_direction_and_dates_must_overlap():
    result = _score([_event(1, "CONSULT", "vladimir-putin", "joe-biden", "2021-12-30")])
    assert len(result.matches) == 1
    result = _score([_event(1, "CONSULT", "joe-biden", "vladimir-putin", "2022-01-05")])
    assert result.matches == [] and result.precision == 0.0


def test_duplicates_count_as_false_positives():
    result = _score([_event(1, "CONSULT", "joe-biden", "vladimir-putin", "2021-12-30"),
                     _event(2, "CONSULT", "joe-biden", "vladimir-putin", "2021-12-29", "2021-12-31")])
    assert len(result.matches) == 1 and len(result.false_positives) == 1
    assert result.precision == 0.5 and result.recall == 0.5


def test_null_gold_date_matches_any_and_direction_matters_outside_consult():
    result = _score([_event(1, "THREATEN", "joe-biden", "RUS", "2019-01-01")])
    assert [g["id"] for _, g in result.matches] == ["G2"]
    result = _score([_event(1, "THREATEN", "RUS", "joe-biden", "2019-01-01")])
    assert result.matches == []


def test_matching_is_maximal_not_greedy():
    wide = _event(1, "CONSULT", "joe-biden", "vladimir-putin", "2021-12-01", "2021-12-31")
    result = _score([wide, _event(2, "THREATEN", "joe-biden", "RUS", "2021-12-30")])
    assert len(result.matches) == 2 and result.f1 == 1.0


def test_a_further_participant_of_a_meeting_may_stand_for_the_target():
    event = {**_event(1, "CONSULT", "joe-biden", "RUS", "2021-12-30"),
             "participants": ["Vladimir Putin"]}
    assert [g["id"] for _, g in _score([event]).matches] == ["G1"]


def test_a_shared_alias_is_scored_against_the_actor_of_its_own_article():
    gold = {"actors": {"Peruvian protesters": {"aliases": ["Regierungsgegner"]},
                       "Chilean protesters": {"aliases": ["Regierungsgegner"]}},
            "events": [{"source": "Peruvian protesters", "target": None, "docs": ["lima"]},
                       {"source": "Chilean protesters", "target": None, "docs": ["007"]}]}
    text = "Regierungsgegner zogen durch die Stadt."

    def article(actor_id, name):
        return {"clean_text": text, "mentions": [{"start": 0, "end": 16, "actor_id": actor_id,
                                                  "actor_name": name}]}
    result = SeedsResult()
    _score_actors(gold, {"lima.txt": article("PER-PRO", "Peruvian protesters"),
                         "007_c1a2.txt": article("CHL-PRO", "Chilean protesters")}, result)
    assert (result.alias_resolved, result.alias_mentions) == (2, 2)
    result = SeedsResult()
    _score_actors(gold, {"lima.txt": article("CHL-PRO", "Chilean protesters")}, result)
    assert (result.alias_resolved, result.alias_mentions) == (0, 1)
