from datetime import date

import pytest

from chronik.annotate import annotate
from chronik.events import extract
from chronik.records import Article


def _events(text, day):
    article = Article(origin="t.txt", raw=text, text=text, published=day)
    return extract(annotate(article)).events


@pytest.fixture(scope="module")
def seed_000(seed_articles):
    article = seed_articles["000"]
    article.published = date(2022, 1, 3)
    return extract(annotate(article)).events


def _find(events, type_, source, target):
    return [e for e in events if (e.type, e.source, e.target) == (type_, source, target)]


def test_past_call_with_weekday_date(seed_000):
    [call] = _find(seed_000, "CONSULT", "joe-biden", "volodymyr-zelenskyy")
    assert (call.first_day, call.status, call.mode) == (date(2022, 1, 2), "happened", "phone")


def test_planned_visit_with_location(seed_000):
    [visit] = _find(seed_000, "CONSULT", "annalena-baerbock", "antony-blinken")
    assert (visit.first_day, visit.status, visit.location) == (date(2022, 1, 5), "planned",
                                                               "Washington")


def test_two_day_range_and_pronoun_source(seed_000):
    [talks] = _find(seed_000, "CONSULT", "USA", "RUS")
    assert (talks.first_day, talks.last_day) == (date(2022, 1, 9), date(2022, 1, 10))
    [threat] = _find(seed_000, "THREATEN", "joe-biden", "RUS")
    assert threat.first_day == date(2021, 12, 30)


def test_conditional_status_keeps_condition():
    events = _events("Blinken will sich nächste Woche mit Lawrow treffen – solange Russland "
                     "nicht in der Ukraine einmarschiert.", date(2022, 2, 18))
    [meeting] = _find(events, "CONSULT", "antony-blinken", "sergey-lavrov")
    assert meeting.status == "conditional"
    assert meeting.condition.startswith("solange Russland")
    assert (meeting.first_day, meeting.last_day) == (date(2022, 2, 21), date(2022, 2, 27))


def test_negated_event_is_denied():
    events = _events("Baerbock wird in München nicht mit Lawrow sprechen.", date(2022, 2, 18))
    assert _find(events, "CONSULT", "annalena-baerbock", "sergey-lavrov")[0].status == "denied"


def test_coordinated_targets_and_elided_subject():
    events = _events("Moskau weist Kritik zurück und wirft seinerseits Kiew und der NATO "
                     "Provokationen vor.", date(2022, 1, 3))
    targets = {e.target for e in events if e.type == "ACCUSE"}
    assert {"UKR", "NATO"} <= targets


def test_undated_event_gets_the_week_before_publication():
    [event] = _events("Die USA werfen Russland einen Truppenaufmarsch vor.", date(2022, 1, 3))
    assert (event.first_day, event.last_day, event.precision) == (
        date(2021, 12, 27), date(2022, 1, 3), "approximate")


def test_a_condition_is_not_an_event_of_its_own():
    events = _events("Blinken will Lawrow nächste Woche treffen – solange Russland nicht in die "
                     "Ukraine einmarschiert.", date(2022, 2, 18))
    assert [e.type for e in events] == ["CONSULT"]
    assert events[0].status == "conditional"


def test_compound_meeting_names_both_sides():
    events = _events("Die Gespräche im Nato-Russland-Rat in der vergangenen Woche blieben "
                     "ergebnislos.", date(2022, 1, 18))
    [meeting] = _find(events, "CONSULT", "NATO", "RUS")
    assert meeting.mode == "multilateral"
    assert (meeting.first_day, meeting.last_day) == (date(2022, 1, 10), date(2022, 1, 16))
    assert meeting.dated_by and meeting.dated_by[0].text == "der vergangenen Woche"
