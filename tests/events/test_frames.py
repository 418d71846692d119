"""Events read off the dependency analysis (`events.frames`), on sentences written here."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.annotate import annotate
from chronik.events import extract
from chronik.events.lemmas import german
from chronik.records import Article

DAY = date(2013, 5, 8)


def _events(text, day=DAY):
    article = Article(origin="t.txt", raw=text, text=text, published=day)
    return {(e.type, e.source, e.target, e.status) for e in extract(annotate(article)).events}


@pytest.mark.parametrize("text, event", [
    ("Norwegen kritisierte am Montag die Regierung Schwedens.",
     ("ACCUSE", "NOR", "SWE", "happened")),
    ("Schweden wurde von Norwegen scharf kritisiert.", ("ACCUSE", "NOR", "SWE", "happened")),
    ("Peru lehnte den Vorschlag Boliviens gestern ab.", ("REJECT", "PER", "BOL", "happened")),
    ("Norwegen übte scharfe Kritik an Schweden.", ("ACCUSE", "NOR", "SWE", "happened")),
    ("Portugal hat Spanien nicht angegriffen.", ("ASSAULT", "PRT", "ESP", "denied")),
    ("Chile will im Juni mit Peru verhandeln.", ("CONSULT", "CHL", "PER", "planned")),
    ("Die spanische Polizei hat den Botschafter Portugals festgenommen.",
     ("COERCE", "ESP-COP", "PRT", "happened")),
    ("Die Regierungen Uruguays und Paraguays kritisierten die Regierung Chiles.",
     ("ACCUSE", "URY", "CHL", "happened")),
])
def test_grammatical_roles_give_source_target_and_status(text, event):
    assert event in _events(text)


def test_coordinated_subjects_make_one_event_each():
    events = _events("Uruguay und Paraguay verurteilten den Angriff Chiles.")
    assert {("ACCUSE", "URY", "CHL", "happened"), ("ACCUSE", "PRY", "CHL", "happened")} <= events


def test_force_announced_in_a_statement_is_a_threat():
    events = _events("Bolivien erklärte, es werde Peru angreifen, falls die Grenze geschlossen "
                     "bleibe.")
    assert {e[:3] for e in events} >= {("THREATEN", "BOL", "PER")}


def test_lexicon_reads_compounds_by_their_head():
    lexicon = german()
    assert lexicon.noun("Raketenangriff").type == "ASSAULT"
    assert lexicon.noun("Angriff").type == "ASSAULT"
    assert lexicon.noun("Gras") is None
    assert lexicon.verb("verurteilen", {"zu"}).type == "COERCE"
    assert lexicon.verb("verurteilen", set()).type == "ACCUSE"


def test_a_preposition_hung_inside_its_phrase_still_marks_a_source_of_speech():
    events = _events("Nach Angaben von Behörden Perus hat Bolivien am Montag Chile kritisiert.")
    assert any(e[0] == "ACCUSE" for e in events)


WORDS = ["Nach", "nach", "Angaben", "von", "der", "die", "Polizei", "Peru", "Chile", "so", ",",
         "kritisierte", "wurde", "festgenommen", "laut", "zufolge", "sagte", "und", "er", "sie",
         "nicht", "kein", "Angriff", "auf", "gegen", "hat", "forderte", "auf", ".", "„", "“"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_any_word_salad_is_read_without_failing(words):
    _events(" ".join(words))


@pytest.mark.parametrize("text, event", [
    ("Die Polizei Perus nahm am Montag mehr als zweihundert Bauern fest.",
     ("COERCE", "PER-COP", None, "happened")),
    ("Die Regierung Boliviens wies den Bericht am Dienstag zurück.",
     ("REJECT", "BOL", None, "happened")),
])
def test_an_event_without_a_named_target_stands_alone(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "Die Regierung Boliviens wies dies am Dienstag zurück.",
    "Die Regierung Boliviens kritisierte ihn am Dienstag scharf.",
    "Die Regierung Boliviens will am Dienstag Proteste verbieten.",
    "Bolivien wirft Peru vor, Truppen verlegt zu haben.",
    "Die Regierung Boliviens wies die Kritik am Dienstag zurück.",
])
def test_no_open_target_where_a_pronoun_a_plan_or_a_borrowed_subject_stands(text):
    assert not any(e[2] is None for e in _events(text))


def test_a_passive_of_state_makes_its_subject_the_patient():
    events = _events("Der Botschafter Perus ist seit Montag in Bolivien inhaftiert.")
    assert not any(e[1] == "PER" for e in events)


@pytest.mark.parametrize("text, event", [
    ("Die Regierung Perus ließ am Montag den Botschafter Boliviens frei.",
     ("RETREAT", "PER", "BOL", "happened")),
    ("Die Regierung Boliviens kündigte an, gegen Peru vorzugehen.",
     ("THREATEN", "BOL", "PER", "planned")),
    ("Die Regierung Perus hat am Montag zwei Gefangene aus der Haft entlassen.",
     ("RETREAT", "PER", None, "happened")),
    ("Bolivien stellte sich hinter die Regierung Perus.", ("SUPPORT", "BOL", "PER", "happened")),
    ("Die Regierung Perus hat sich gegen neue Zölle ausgesprochen.",
     ("REJECT", "PER", None, "happened")),
])
def test_releases_announced_force_and_verbs_with_their_preposition(text, event):
    assert event in _events(text)


def test_a_visit_to_a_seat_of_government_visits_its_country():
    events = _events("Der spanische Außenminister sprach heute bei einem Besuch in Lima über "
                     "die Reformen.")
    assert ("CONSULT", "ESP", "PER", "happened") in events
