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


def test_a_meeting_with_several_people_is_one_event():
    events = _events("Macron trifft am Montag in Warschau Duda und Morawiecki.", date(2023, 3, 1))
    [meeting] = [e for e in events if e.type == "CONSULT"]
    assert (meeting.source, meeting.target, meeting.participants) == (
        "emmanuel-macron", "andrzej-duda", ("mateusz-morawiecki",))


def test_directed_event_against_two_targets_is_two_events():
    events = _events("Lukaschenko wirft Polen und Litauen Provokationen vor.", date(2021, 11, 10))
    assert {e.target for e in events if e.type == "ACCUSE"} == {"POL", "LTU"}


def test_topic_of_talks_is_not_a_participant():
    events = _events("Scholz spricht mit Macron über die Forderungen an China.", date(2023, 4, 3))
    assert [(e.source, e.target) for e in events] == [("olaf-scholz", "emmanuel-macron")]


def test_feared_or_possible_attack_is_no_event():
    for text in ("Polen warnt davor, dass Belarus die Grenze angreifen könnte.",
                 "Die Nato befürchtet, dass Russland in Litauen einmarschiert."):
        assert not [e for e in _events(text, date(2021, 11, 10)) if e.type == "ASSAULT"], text


def test_negated_noun_is_no_event():
    events = _events("Peking sagt, es gebe keine chinesische Invasion Taiwans.", date(2023, 1, 2))
    assert not [e for e in events if e.type == "ASSAULT"]


def test_subordinate_clause_has_its_own_subject():
    events = _events("Seibert kündigte an, dass der Berater von Kanzlerin Merkel Paris besuchen "
                     "werde.", date(2019, 5, 6))
    assert not [e for e in events if e.source == "steffen-seibert"]


def test_dateline_place_is_not_an_actor():
    events = _events("Moskau - Lawrow reist nach Ankara und trifft dort Cavusoglu.",
                     date(2021, 6, 29))
    assert [(e.source, e.target) for e in events] == [("sergey-lavrov", "mevlut-cavusoglu")]


def test_listed_places_share_their_preposition():
    events = _events("Am Gespräch nahmen Politiker aus Spanien, Italien und Polen teil.",
                     date(2023, 1, 2))
    assert not events


def test_participants_of_a_meeting_named_later():
    events = _events("Scholz will am Freitag mit Verbündeten über die Lage beraten. Neben "
                     "Rutte soll auch Duda an der Telefonschalte teilnehmen.", date(2023, 1, 2))
    [meeting] = [e for e in events if e.type == "CONSULT"]
    assert (meeting.source, meeting.target, meeting.participants) == (
        "olaf-scholz", "mark-rutte", ("andrzej-duda",))


def test_pronoun_points_to_the_subject_of_its_own_sentence():
    events = _events("Scholz traf am Dienstag Duda, nachdem er am Montag mit Macron telefoniert "
                     "hatte.", date(2023, 2, 8))
    assert _find(events, "CONSULT", "olaf-scholz", "emmanuel-macron")


def test_headline_takes_the_actors_of_the_body_event():
    events = _events("Deutschland sichert Polen Unterstützung zu\nBundeskanzler Scholz versicherte "
                     "Präsident Duda am Montag die Unterstützung Berlins.", date(2023, 2, 7))
    support = [e for e in events if e.type == "SUPPORT"]
    assert {(e.source, e.target, e.first_day) for e in support} == {
        ("olaf-scholz", "andrzej-duda", date(2023, 2, 6))}
    assert len(support) == 2


def test_publication_stamp_does_not_date_an_event():
    events = _events("Scholz trifft Macron Stand: 07.02.2023 10:00 Uhr", date(2023, 2, 7))
    assert [e.precision for e in events] == ["approximate"]


def test_english_articles_use_the_english_lexicon():
    events = _events("Blinken met Lavrov in Geneva. Russia accused Ukraine and NATO of "
                     "provocations. Scholz will travel to Washington to meet Biden. Poland "
                     "fears that Belarus could attack the border.", date(2022, 1, 10))
    assert {(e.type, e.source, e.target, e.status) for e in events} == {
        ("CONSULT", "antony-blinken", "sergey-lavrov", "happened"),
        ("ACCUSE", "RUS", "UKR", "happened"), ("ACCUSE", "RUS", "NATO", "happened"),
        ("CONSULT", "olaf-scholz", "joe-biden", "planned")}


def test_lexicons_share_their_keys():
    from chronik.events.lexicon import english, for_text, german
    assert set(vars(german())) == set(vars(english()))
    assert for_text("Der Kanzler traf die Ministerin und sagte, dass es gut war.") is german()
    assert for_text("The chancellor met the minister and said that it was good.") is english()


def test_actors_listed_as_subjects_act_together_in_the_pattern_reading():
    events = _events("Peru and Chile strongly criticised Bolivia on Monday. The two governments "
                     "said that the decision was a serious mistake.", date(2010, 5, 5))
    assert {(e.type, e.source, e.target) for e in events} == {
        ("ACCUSE", "PER", "BOL"), ("ACCUSE", "CHL", "BOL")}


def test_a_pluperfect_clause_without_a_date_takes_the_time_the_story_went_back_to():
    [arrest] = _events("Im März 2011 kam es in Lima zu schweren Unruhen. Die Polizei Perus hatte "
                       "40 Demonstranten festgenommen.", date(2013, 5, 8))
    assert (arrest.type, arrest.first_day, arrest.last_day, arrest.precision) == (
        "COERCE", date(2011, 3, 1), date(2011, 3, 31), "month")
    [recent] = _events("Im März 2011 kam es in Lima zu schweren Unruhen. Die Polizei Perus hat "
                       "40 Demonstranten festgenommen.", date(2013, 5, 8))
    assert recent.precision == "approximate"
