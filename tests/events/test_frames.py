"""Events read off the dependency analysis (`events.frames`), on sentences written here."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.annotate import annotate
from chronik.events import extract
from chronik.events.frames import _prepositions, _status, _subject_heads, _subjects, candidates
from chronik.events.lemmas import german
from chronik.events.tree import Sentence
from chronik.records import Article, Mention, Token

DAY = date(2013, 5, 8)
PERU_LEAD = "Peru wählte am Sonntag. "


def _events(text, day=DAY):
    article = Article(origin="t.txt", raw=text, text=text, published=day)
    return {(e.type, e.source, e.target, e.status) for e in extract(annotate(article)).events}


def _events_in_peru(text):
    """The events of `text` in an article whose lead names Peru: the state an arrest or a
    protest without a named source is by, and whose sector a bare noun names."""
    return _events(PERU_LEAD + text)


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
    ("Der Präsident Perus stattete Bolivien im Mai einen Staatsbesuch ab.",
     ("CONSULT", "PER", "BOL", "happened")),
    ("Die Demonstranten missachteten die Anordnung der Regierung Perus.",
     ("REJECT", "PER-PRO", "PER", "happened")),
    ("Die Regierung Perus verwehrte den Beobachtern Boliviens die Einreise.",
     ("COERCE", "PER", "BOL", "happened")),
    ("Das Parlament Perus applaudierte der Regierung Boliviens.",
     ("SUPPORT", "PER-LEG", "BOL", "happened")),
    ("Peru und Bolivien handelten am Montag einen Vertrag aus.",
     ("CONSULT", "PER", "BOL", "happened")),
    # "als" judgements and adjectives with a light verb accuse; entries from the manual
    ("Jonas Lerch bezeichnete das Gesetz als ein Werk der Regierung Perus.",
     ("ACCUSE", "name:jonas-lerch", "PER", "happened")),
    # the parser may call "als" a conjunction, or hang its phrase on the object or beside it
    ("Jonas Lerch wertet den Beschluss als Angriff der Regierung Perus.",
     ("ACCUSE", "name:jonas-lerch", "PER", "happened")),
    ("Chile bezeichnete die Reform als einen Trick der peruanischen Regierung.",
     ("ACCUSE", "CHL", "PER", "happened")),
    ("Die Opposition Perus bezeichnet diesen Schritt als einen Vorwand der bolivianischen "
     "Regierung.", ("ACCUSE", "PER-OPP", "BOL", "happened")),
    ("Peru macht Chile für den Angriff verantwortlich.", ("ACCUSE", "PER", "CHL", "happened")),
    ("Die Regierung Perus machte dafür die Demonstranten selbst verantwortlich.",
     ("ACCUSE", "PER", "PER-PRO", "happened")),
    ("Chile äußerte sich kritisch gegenüber Bolivien.", ("ACCUSE", "CHL", "BOL", "happened")),
    ("Peru will seine Grenzpolitik mit Chile abstimmen.", ("CONSULT", "PER", "CHL", "planned")),
    ("Peru riet Bolivien zu neuen Wahlen.", ("REQUEST", "PER", "BOL", "happened")),
    ("Die Regierung Perus zeichnete den Staatschef Boliviens aus.",
     ("SUPPORT", "PER", "BOL", "happened")),
    ("Peru und Chile bildeten im Mai eine Koalition.", ("COOPERATE", "PER", "CHL", "happened")),
    # a light verb's passive subject is the target of the noun it carries
    ("Die Regierung Perus greift durch. Mehrere Diplomaten Chiles wurden unter Hausarrest "
     "gestellt.", ("COERCE", "PER", "CHL", "happened")),
    # a target phrase the parser hangs on the genitive or, in the fronted field, on the verb
    ("Der brutale Krieg der Regionalmacht Chile gegen Peru geht weiter.",
     ("ASSAULT", "CHL", "PER", "happened")),
    ("Der unerklärte Krieg der Seemacht Chile gegen Bolivien dauert an.",
     ("ASSAULT", "CHL", "BOL", "happened")),
    # backing or condemning a protest names its protesters
    ("In Lima kam es zu Unruhen. Die Opposition Perus unterstützte einen friedlichen Protest.",
     ("SUPPORT", "PER-OPP", "PER-PRO", "happened")),
    # PLOVER: a single country's exercise and a call-up are MOBILIZE
    ("Das chilenische Militär hielt am Montag ein Manöver ab.",
     ("MOBILIZE", "CHL", None, "happened")),
    ("Chile berief am Montag 10.000 Reservisten ein.", ("MOBILIZE", "CHL", None, "happened")),
    # a denied event stands, denied, beside the rejection
    ("Chile dementierte einen Angriff auf Peru.", ("ASSAULT", "CHL", "PER", "denied")),
    ("Die Rebellen Perus bestreiten die Angriffe auf die Polizei.",
     ("ASSAULT", "PER-REB", "PER-COP", "denied")),
    # an occasion is an event of its own, whatever happened at it
    ("Bei Protesten gegen die Regierung Perus wurden am Sonntag fünf Menschen getötet.",
     ("PROTEST", "PER-PRO", "PER", "happened")),
    # a foreign attack on things in a country attacks that country
    ("Chile bombardierte in Peru mehrere Brücken.", ("ASSAULT", "CHL", "PER", "happened")),
    ("Chile flog Luftangriffe auf Ziele in Peru.", ("ASSAULT", "CHL", "PER", "happened")),
    ("Die Rebellen Perus griffen eine Kaserne in Peru an.",
     ("ASSAULT", "PER-REB", None, "happened")),
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
    assert {f.type for f in lexicon.verb_frames("verurteilen", {"zu"})} == {"COERCE", "SANCTION"}
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
     ("THREATEN", "BOL", "PER", "happened")),
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


def test_a_noun_is_the_content_of_a_verb_whose_frame_has_its_preposition():
    events = _events("Am Montag haben sich Peru und die Minister Boliviens gegen einen Streik "
                     "ausgesprochen.")
    assert ("REJECT", "PER", None, "happened") in events
    assert not any(e[0] == "PROTEST" for e in events)


def test_a_target_hung_on_another_argument_is_still_the_target():
    events = _events("Polizisten Perus schossen mit Gewehren auf Demonstranten.")
    assert ("ASSAULT", "PER-COP", "PER-PRO", "happened") in events


def test_an_object_pronoun_does_not_point_to_its_own_subject():
    tokens = [_token(0, "Wachen", "Wache", "NOUN", 1, "nsubj"),
              _token(1, "stellten", "stellen", "VERB", 1, "ROOT"),
              _token(2, "Bauern", "Bauer", "NOUN", 1, "obj"),
              _token(3, "und", "und", "CCONJ", 4, "cc"),
              _token(4, "feuerten", "feuern", "VERB", 1, "conj"),
              _token(5, "auf", "auf", "ADP", 6, "case"),
              _token(6, "sie", "sie", "PRON", 4, "obl", "PronType=Prs")]
    mentions = [Mention(0, 6, "Wachen", 0, "group", "PER-COP"),
                Mention(20, 26, "Bauern", 0, "group", "PER-PRO")]
    assert Sentence(tokens, mentions, []).antecedent(tokens[6]) == "PER-PRO"


def test_a_noun_event_carried_by_a_light_verb_stands_without_a_target():
    events = _events("Die Regierung Perus erließ am Montag ein Versammlungsverbot.")
    assert ("COERCE", "PER", None, "happened") in events


def test_a_noun_after_a_non_light_verb_makes_no_open_event():
    events = _events("Ein Beamter der Regierung Perus wohnte neben dem Ort des Anschlags.")
    assert not any(e[0] == "ASSAULT" for e in events)


def _token(index, text, lemma, upos, head, dep, morph="", tag=""):
    return Token(index, index * 10, index * 10 + len(text), text, 0, lemma, upos, tag, morph,
                 head, dep)


def test_a_preposition_hung_on_a_coordinated_subject_still_selects_the_verb_frame():
    tokens = [_token(0, "Peru", "Peru", "PROPN", 5, "nsubj"),
              _token(1, "Minister", "Minister", "NOUN", 0, "conj"),
              _token(2, "gegen", "gegen", "ADP", 4, "case"),
              _token(3, "einen", "ein", "DET", 4, "det"),
              _token(4, "Streik", "Streik", "NOUN", 1, "nmod"),
              _token(5, "ausgesprochen", "aussprechen", "VERB", 5, "ROOT")]
    sentence = Sentence(tokens, [], [])
    assert _prepositions(sentence, tokens[5]) == {"gegen", "gegen Streik"}
    assert german().verb("aussprechen", _prepositions(sentence, tokens[5])).type == "REJECT"


def test_a_protest_voiced_by_a_state_is_an_accusation_one_in_the_street_a_protest():
    assert ("ACCUSE", "PER", "BOL", "happened") in _events(
        "Die Regierung Perus protestierte am Montag gegen die Regierung Boliviens.")
    assert ("PROTEST", "PER-PRO", "PER", "happened") in _events(
        "Tausende Demonstranten protestierten am Montag in Lima gegen die Regierung Perus.")


@pytest.mark.parametrize("text, event", [
    ("Peru lehnte den bolivianischen Plan am Montag ab.", ("REJECT", "PER", "BOL", "happened")),
    ("Die Armee Perus griff am Montag bolivianische Stellungen an.",
     ("ASSAULT", "PER", "BOL", "happened")),
])
def test_a_country_adjective_names_the_country_where_no_actor_is_named(text, event):
    assert event in _events(text)


def test_a_country_adjective_on_a_trigger_noun_is_its_source_never_its_target():
    events = _events("Chile werde entschlossen auf eine peruanische Invasion reagieren, sagte "
                     "der Präsident.")
    assert not any(e[0] == "ASSAULT" and e[2] == "PER" for e in events)


def test_a_second_subject_of_a_plural_verb_acts_even_if_hung_inside_the_first():
    tokens = [_token(0, "Minister", "Minister", "NOUN", 7, "nsubj", "Case=Nom|Number=Sing"),
              _token(1, "für", "für", "ADP", 2, "case"),
              _token(2, "Bergbau", "Bergbau", "NOUN", 0, "nmod"),
              _token(3, "und", "und", "CCONJ", 5, "cc"),
              _token(4, "die", "der", "DET", 5, "det", "Case=Nom|Number=Sing"),
              _token(5, "Staatssekretärin", "Staatssekretärin", "NOUN", 2, "conj"),
              _token(6, "sind", "sein", "AUX", 7, "aux", "Number=Plur|Person=3"),
              _token(7, "zurückgetreten", "zurücktreten", "VERB", 7, "ROOT")]
    heads = _subject_heads(Sentence(tokens, [], []), tokens[7])
    assert [t.text for t in heads] == ["Minister", "Staatssekretärin"]


def test_a_subject_the_parser_hangs_on_the_auxiliary_as_its_object_is_the_verbs():
    tokens = [_token(0, "hatte", "haben", "AUX", 4, "aux"),
              _token(1, "Lerch", "Lerch", "PROPN", 0, "obj"),
              _token(2, "den", "der", "DET", 3, "det"),
              _token(3, "Streik", "Streik", "NOUN", 4, "obj"),
              _token(4, "abgesagt", "absagen", "VERB", 4, "ROOT")]
    heads = _subject_heads(Sentence(tokens, [], []), tokens[4])
    assert [t.text for t in heads] == ["Lerch"]


def test_a_conjunction_with_a_preposition_is_a_noun_and_makes_no_condition():
    tokens = [_token(0, "Chile", "Chile", "PROPN", 1, "nsubj"),
              _token(1, "kritisierte", "kritisieren", "VERB", 1, "ROOT", tag="VVFIN"),
              _token(2, "Peru", "Peru", "PROPN", 1, "obj"),
              _token(3, "wenn", "wenn", "SCONJ", 6, "mark"),
              _token(4, "Bolivien", "Bolivien", "PROPN", 6, "nsubj"),
              _token(5, "es", "es", "PRON", 6, "obj"),
              _token(6, "wollte", "wollen", "VERB", 1, "advcl", tag="VMFIN")]
    assert _status(Sentence(tokens, [], []), tokens[1], german())[0] == "conditional"
    tokens[3:4] = [_token(3, "ohne", "ohne", "ADP", 4, "case")]
    tokens[4:5] = [_token(4, "Wenn", "wenn", "SCONJ", 6, "mark")]
    assert _status(Sentence(tokens, [], []), tokens[1], german())[0] == "happened"


def test_a_genitive_the_parser_takes_for_an_agent_is_none():
    """A German passive names its agent with "von" or "durch"; a bare genitive is no agent."""
    tokens = [_token(0, "wurden", "werden", "AUX", 4, "aux:pass"),
              _token(1, "Mitglieder", "Mitglied", "NOUN", 4, "nsubj:pass"),
              _token(2, "der", "der", "DET", 3, "det"),
              _token(3, "Opposition", "Opposition", "NOUN", 4, "obl:agent"),
              _token(4, "verhaftet", "verhaften", "VERB", 4, "ROOT")]
    mentions = [Mention(30, 40, "Opposition", 0, "group", "PER-OPP")]
    assert _subjects(Sentence(tokens, mentions, []), tokens[4], german()) == ([], [], True)
    tokens[2:3] = [_token(2, "von", "von", "ADP", 3, "case")]
    assert _subjects(Sentence(tokens, mentions, []), tokens[4], german()) == \
        (["PER-OPP"], [], True)


def test_a_foreign_attack_on_a_town_attacks_its_country():
    assert ("ASSAULT", "CHL", "PER", "happened") in _events(
        "Die chilenische Luftwaffe bombardierte am Montag Arequipa.")
    assert not any(e[0] == "ASSAULT" and e[2] is not None for e in _events(
        "Die peruanische Marine griff am Montag Arequipa an."))


def test_an_agent_hung_on_a_subject_that_names_its_actor_acts():
    assert ("ASSAULT", "PER", "CHL", "happened") in _events(
        "In Arequipa wurden mehrere chilenische Diplomaten von peruanischen Zöllnern "
        "angegriffen.")
    assert not any(e[1] == "group-pkk" for e in _events(
        "Drei Mitglieder von der PKK wurden am Montag festgenommen."))


def test_the_citizens_of_a_country_are_the_target_of_an_attack_on_them():
    assert ("ASSAULT", "BOL", "PER", "happened") in _events(
        "Im Norden Boliviens wurden drei peruanische Architekten von einem bolivianischen "
        "Zöllner erschossen.")


def test_a_verb_of_phase_carries_the_event_of_its_noun():
    assert ("ASSAULT", "BOL", "PER", "happened") in _events(
        "Die bolivianische Luftwaffe nahm am Montag ihre Luftangriffe auf Peru wieder auf.")
    assert ("ASSAULT", "BOL", "PER", "happened") in _events(
        "Die bolivianische Marine führte ihre Angriffe auf Peru auch am Dienstag fort.")


def test_who_takes_responsibility_for_an_attack_made_it():
    assert ("ASSAULT", "group-pkk", "PER", "happened") in _events(
        "Am Montag beanspruchte die PKK die Verantwortung für den Sprengstoffanschlag auf eine "
        "Kaserne in Lima.")
    assert not any(e[0] == "ASSAULT" for e in _events(
        "Nach Ansicht Perus trägt die PKK die Verantwortung für den Sprengstoffanschlag auf eine "
        "Kaserne in Lima."))


def test_a_date_on_another_event_noun_dates_that_event_not_the_trigger():
    text = ("Die bolivianische Luftwaffe nahm nach den Gefechten am Samstag die Luftangriffe auf "
            "Peru wieder auf.")
    article = extract(annotate(Article(origin="t.txt", raw=text, text=text, published=DAY)))
    dates = {e.trigger: (e.first_day, e.last_day) for e in article.events}
    assert dates["Gefechten"] == (date(2013, 5, 4), date(2013, 5, 4))
    assert dates["Luftangriffe"][1] == DAY
    fronted = ("Nach den Gefechten am Samstag nahm die bolivianische Luftwaffe die Luftangriffe "
               "auf Peru wieder auf.")
    article = extract(annotate(Article(origin="t.txt", raw=fronted, text=fronted,
                                       published=DAY)))
    assert [e.last_day for e in article.events if e.trigger == "Luftangriffe"] == [DAY]


def test_a_passive_object_is_its_subject_and_an_agent_hung_on_its_name_acts():
    """"wurde der Bandenchef Jonas Lerch von der Marine aufgespürt und festgenommen", parsed
    with the subject as an object and the agent under the name after it."""
    tokens = [_token(0, "wurde", "werden", "AUX", 7, "aux:pass"),
              _token(1, "der", "der", "DET", 2, "det"),
              _token(2, "Bandenchef", "Bandenchef", "NOUN", 7, "obj"),
              _token(3, "Lerch", "Lerch", "PROPN", 2, "appos"),
              _token(4, "von", "von", "ADP", 6, "case"),
              _token(5, "der", "der", "DET", 6, "det"),
              _token(6, "Marine", "Marine", "NOUN", 3, "nmod"),
              _token(7, "aufgespürt", "aufspüren", "VERB", 7, "ROOT", tag="VVPP"),
              _token(8, "und", "und", "CCONJ", 9, "cc"),
              _token(9, "festgenommen", "festnehmen", "VERB", 7, "conj", tag="VVPP")]
    mentions = [Mention(30, 35, "Lerch", 0, "person", "name:jonas-lerch"),
                Mention(60, 66, "Marine", 0, "country", "PER")]
    assert _subjects(Sentence(tokens, mentions, []), tokens[9], german()) == \
        (["PER"], ["name:jonas-lerch"], True)


def test_a_date_after_a_noun_dates_the_noun_not_the_event():
    text = "Tausende peruanische Demonstranten protestierten gegen den Beschluss des Rates vom 3. Mai."
    article = extract(annotate(Article(origin="t.txt", raw=text, text=text, published=DAY)))
    assert {(e.type, e.first_day) for e in article.events} == {("PROTEST", date(2013, 5, 1))}


@pytest.mark.parametrize("text, event", [
    ("Alle Zeitungen wurden in Peru am Montag verboten.",
     ("COERCE", "PER", None, "happened")),
    ("Auf Befehl der Regierung Perus wurde der Sender in Lima geschlossen.",
     ("COERCE", "PER", None, "happened")),
    ("Bolivien werde aufgefordert, den Hafen freizugeben, so der Präsident Perus.",
     ("REQUEST", "PER", "BOL", "happened")),
])
def test_passives_without_an_agent_named_by_grammar(text, event):
    assert event[:3] in {e[:3] for e in _events(text)}


def test_a_passive_whose_subject_is_a_pronoun_has_no_open_target():
    assert not any(e[2] is None for e in _events("Die Polizei Perus griff ein. Er wurde am "
                                                   "Montag festgenommen."))


def test_a_sentence_to_prison_is_a_conviction_and_an_arrest():
    events = {e[:2] for e in _events("Ein Gericht Perus verurteilte am Montag den Aktivisten "
                                     "Juan Ramos Quispe zu zwei Jahren Haft.")}
    assert {("SANCTION", "PER-JUD"), ("COERCE", "PER-JUD")} <= events


@pytest.mark.parametrize("text, event", [
    ("Polizisten Perus gingen brutal mit Tränengas gegen Demonstranten vor.",
     ("ASSAULT", "PER-COP", "PER-PRO", "happened")),
    ("Die Polizei Perus ging am Montag gegen die Opposition vor.",
     ("COERCE", "PER-COP", "PER-OPP", "happened")),
    ("Die Polizei Perus verbot am Montag die Kundgebung.",
     ("COERCE", "PER-COP", "PER-PRO", "happened")),
])
def test_force_with_weapons_is_an_assault_and_force_against_a_protest_hits_protesters(
        text, event):
    assert event in _events(text)


def test_a_refused_event_is_denied_and_a_threat_was_made_whatever_it_announces():
    assert ("AGREE", "PER", "BOL", "denied") in _events(
        "Die Regierung Perus weigerte sich, den Vertrag mit Bolivien zu unterzeichnen.")
    assert ("THREATEN", "PER", "BOL", "happened") in _events(
        "Peru drohte Bolivien am Montag mit Sanktionen, falls die Grenze geschlossen bleibe.")


def test_a_surface_pattern_never_takes_an_article_for_a_trigger():
    events = _events("Peru hatte vor einigen Tagen Chile kritisiert.")
    assert ("ACCUSE", "PER", "CHL", "happened") in events
    assert not any(e[0] == "AGREE" for e in events)


def test_an_implicit_state_acts_only_on_its_own_people():
    events = _events_in_peru("Die Botschaft Boliviens in Lima bleibt seit Montag geschlossen.")
    assert not any(e[0] == "COERCE" and e[2] == "BOL" for e in events)
    assert ("COERCE", "PER", "PER-OPP", "happened") in _events_in_peru(
        "Mitglieder der Opposition Perus wurden festgenommen.")


@pytest.mark.parametrize("text, event", [
    # an arrest without agent is by the police the sentence names, not by the state
    ("Peru wählte am Sonntag. Nach Zusammenstößen mit der Polizei wurden drei Gewerkschafter "
     "Perus verhaftet.", ("COERCE", "PER-COP", "PER", "happened")),
    # a second participle shares the passive; an agent the parser hung on a name acts
    ("Am Montag wurde der flüchtige Ivan Petrow von peruanischen Sicherheitskräften aufgespürt "
     "und festgenommen.", ("COERCE", "PER-SEC", "name:ivan-petrow", "happened")),
    # an adverbial clause with its own subject states its event
    ("Die Bauern ernteten weiter, obwohl die Regierung Perus den Export untersagt hatte.",
     ("COERCE", "PER", None, "happened")),
    # "der" is dative and genitive: after an actor subject, the dative a verb wants
    ("Der Streit eskalierte, nachdem die Opposition der Regierung Perus Bestechung vorgeworfen "
     "hatte.", ("ACCUSE", "PER-OPP", "PER", "happened")),
    ("Der Sprecher der Regierung Perus kritisierte die Entscheidung.",
     ("ACCUSE", "PER", None, "happened")),
    # war is an assault, by the name in the genitive the parser made an apposition
    ("Der Krieg Perus gegen Bolivien dauert schon drei Jahre.",
     ("ASSAULT", "PER", "BOL", "happened")),
])
def test_events_read_past_the_parsers_errors(text, event):
    assert event in _events(text)


def test_an_arrest_by_the_police_is_not_also_the_states():
    events = _events_in_peru("Nach Zusammenstößen mit der Polizei wurden drei "
                             "Gewerkschafter Perus verhaftet.")
    assert not any(e[:2] == ("COERCE", "PER") for e in events)


def test_a_verb_with_the_preposition_of_an_idiom_is_no_event():
    events = _events("Der Sprecher Perus sagte, man halte an dem Plan fest.")
    assert not any(e[0] == "COERCE" for e in events)


def test_a_place_in_the_subject_phrase_is_where_not_who():
    events = _events("Die in Bolivien wohnenden Peruaner demonstrierten am Montag gegen die "
                     "Regierung Chiles.")
    assert not any(e[1] == "BOL" for e in events)


def test_an_announced_attack_on_things_aims_at_the_state_but_not_by_its_own_police():
    events = _events_in_peru("Ein Sprecher der Rebellen Perus kündigte an, die "
                             "Rebellen würden Kasernen angreifen.")
    assert ("ASSAULT", "PER-REB", "PER", "planned") in events
    events = _events_in_peru("Ein Sprecher der Polizei Perus kündigte an, die "
                             "Polizei werde die Kasernen angreifen.")
    assert not any(e[2] == "PER" for e in events)


def test_stopping_a_protest_or_attacks_is_a_concession_and_the_stopped_event_none():
    events = _events("Am Montag hatte der Vorsitzende der Opposition Perus die Kundgebung in Lima "
                     "abgesagt.")
    assert ("CONCEDE", "PER-OPP", None, "happened") in events
    assert not any(e[0] == "PROTEST" for e in events)
    assert ("CONCEDE", "PER-REB", None, "happened") in _events(
        "Die Rebellen Perus stellten die Angriffe am Montag ein.")


def test_coordinated_subjects_are_never_each_others_target():
    events = _events("Peru und Chile unterstützen die Regierung Boliviens seit Jahren.")
    assert {("SUPPORT", "PER", "BOL", "happened"), ("SUPPORT", "CHL", "BOL", "happened")} <= events
    assert not {e for e in events if {e[1], e[2]} == {"PER", "CHL"}}


def test_a_meeting_noun_is_the_subjects_occasion_not_the_topic_of_another_verb():
    assert ("CONSULT", "PER", "BOL", "happened") in _events(
        "Der Staatschef Perus kündigte bei seinem Besuch in Bolivien neue Verträge an.")
    assert not {e for e in _events("Der Staatschef Perus bezeichnete den Besuch in Bolivien "
                                   "als großen Erfolg.") if e[0] in ("CONSULT", "ACCUSE")}


def test_the_first_actor_of_a_passive_is_not_its_doer():
    events = _events("Gestern wurden Depots der Armee Perus nahe der chilenischen Grenze "
                     "beschossen.")
    assert not {e for e in events if e[0] == "ASSAULT" and e[1] == "PER"}


def test_a_trigger_noun_as_object_of_another_event_is_its_topic_in_every_reading():
    events = _events("Jonas Lerch lobte den Besuch des Staatschefs Perus.")
    assert ("SUPPORT", "name:jonas-lerch", "PER", "happened") in events
    assert not {e for e in events if e[0] == "CONSULT"}


def test_an_actor_inside_an_attributive_participle_is_not_the_phrases():
    events = _events("Die Regierung Perus verbot die von Jonas Lerch gegründete Zeitung.")
    assert not {e for e in events if e[2] == "name:jonas-lerch"}


def test_a_singular_pronoun_points_to_the_person_named_before_not_the_country():
    events = _events("Der frühere Staatschef Perus, Juan Quispe, lobte den Plan am Montag. Er "
                     "forderte Bolivien auf, die Grenze zu öffnen.")
    assert ("REQUEST", "name:juan-quispe", "BOL", "happened") in events
    assert ("REQUEST", "PER", "BOL", "happened") not in events


def test_a_verb_with_its_particle_is_another_verb_in_every_reading():
    events = _events("Chile sprach sich am Montag für einen Handelsvertrag mit Bolivien aus.")
    assert ("SUPPORT", "CHL", "BOL", "happened") in events
    assert not {e for e in events if e[0] == "CONSULT"}


@pytest.mark.parametrize("text, event", [
    ("Peru warf Chile vor, Bolivien angegriffen zu haben.", ("ACCUSE", "PER", "CHL")),
    ("Chile beschuldigte Peru, Rebellen zu unterstützen.", ("ACCUSE", "CHL", "PER")),
    ("Peru forderte Chile auf, Bolivien nicht anzugreifen.", ("REQUEST", "PER", "CHL")),
])
def test_what_an_accusation_or_demand_contains_is_no_event(text, event):
    assert {e[:3] for e in _events(text)} == {event}


def test_a_criticism_demand_or_praise_of_what_a_clause_reports_targets_its_subject():
    assert ("ACCUSE", "PER", "CHL", "happened") in _events(
        "Peru kritisierte, dass Chile die Grenze geschlossen habe.")
    assert ("ACCUSE", "name:marta-wierzba", "CHL", "happened") in _events(
        "Chile habe die Grenze geschlossen, kritisierte Marta Wierzba.")
    assert ("REQUEST", "PER", "CHL", "happened") in _events(
        "Peru forderte, dass Chile die Grenze sofort öffnet.")
    assert ("SUPPORT", "BOL", "CHL", "happened") in _events(
        "Bolivien begrüßte, dass Chile die Grenze wieder geöffnet hat.")


def test_a_noun_for_a_person_is_the_person_named_in_its_phrase():
    assert ("ACCUSE", "name:marta-wierzba", "CHL", "happened") in _events(
        "Die Beraterin der WHO, Marta Wierzba, kritisierte am Montag Chile.")


def test_a_sentence_to_prison_convicts_and_imprisons_and_condemns_nobody():
    assert {e[0] for e in _events("Bolivien verurteilte Juan Quispe am Montag "
                                  "zu drei Jahren Haft.")} == {"SANCTION", "COERCE"}
    assert ("ACCUSE", "CHL", "PER", "happened") in _events(
        "Chile verurteilte den Angriff auf Peru am Montag scharf.")


def test_a_sentence_to_a_fine_convicts_but_imprisons_nobody():
    assert {e[0] for e in _events("Bolivien verurteilte Juan Quispe am Montag "
                                  "zu einer hohen Geldstrafe.")} == {"SANCTION"}
    assert {e[0] for e in _events("Bolivien verurteilte Juan Quispe am Montag "
                                  "zu zehn Jahren Lagerhaft.")} == {"SANCTION", "COERCE"}


@pytest.mark.parametrize("text, event", [
    pytest.param("Die Staatsregierung Chiles ermittelt seit Montag gegen Juan Quispe.",
                 ("ACCUSE", "CHL", "name:juan-quispe", "happened"),
                 id="an investigation accuses whom it is against"),
    pytest.param(PERU_LEAD + "Ein Schwurgericht in Lima hat den Prozess gegen Juan Quispe "
                 "eröffnet.", ("ACCUSE", "PER-JUD", "name:juan-quispe", "happened"),
                 id="a trial accuses whom it is against"),
    pytest.param(PERU_LEAD + "Juan Quispe kritisierte die Proteste scharf.",
                 ("ACCUSE", "name:juan-quispe", "PER-PRO", "happened"),
                 id="judging a protest the parser took for a subject judges its protesters"),
    pytest.param("Die chilenische Marine eröffnete am Montag das Feuer auf bolivianische "
                 "Zöllner.", ("ASSAULT", "CHL", "BOL", "happened"),
                 id="opening fire on someone assaults them"),
    pytest.param("Chile berief am Montag seinen Gesandten aus Peru ab.",
                 ("SANCTION", "CHL", "PER", "happened"),
                 id="recalling an envoy is a sanction against the host"),
    pytest.param(PERU_LEAD + "Am Montag gingen in Arequipa tausende Bäckerinnen auf die "
                 "Straße.", ("PROTEST", "PER-PRO", "PER", "happened"),
                 id="going into the street is a protest"),
    pytest.param(PERU_LEAD + "Die Staatsregierung machte Juan Quispe für den Anschlag "
                 "verantwortlich.", ("ACCUSE", "PER", "name:juan-quispe", "happened"),
                 id="a light verb the parser made an auxiliary still predicates its adjective"),
    pytest.param("Chile solidarisierte sich am Montag mit Peru.",
                 ("SUPPORT", "CHL", "PER", "happened"), id="solidarity with someone supports them"),
    pytest.param("Chile unterstützte Peru am Montag mit Geld.",
                 ("SUPPORT", "CHL", "PER", "happened"), id="an object comes before 'mit'"),
    pytest.param(PERU_LEAD + "In der Nacht kam es zu Großrazzien in Arequipa.",
                 ("COERCE", "PER", None, "happened"),
                 id="an event noun the tagger takes for a name is an event without a target"),
    pytest.param("Chile stellte am Montag die Hilfe für Peru ein.",
                 ("SANCTION", "CHL", "PER", "happened"), id="stopping aid is a sanction"),
    pytest.param("Chile beendete am Montag die Kooperation mit Peru.",
                 ("SANCTION", "CHL", "PER", "happened"),
                 id="ending cooperation is a sanction"),
    pytest.param("Chile versetzte am Montag die Luftwaffe in Alarmbereitschaft.",
                 ("MOBILIZE", "CHL", None, "happened"),
                 id="the force put on alert is the actor's own, no target"),
    pytest.param("Chile setzte am Montag das Konsulat von Peru in Brand.",
                 ("ASSAULT", "CHL", "PER", "happened"), id="setting on fire is an assault"),
    pytest.param("Chile versenkte am Montag ein Schiff aus Peru.",
                 ("ASSAULT", "CHL", "PER", "happened"), id="sinking a ship is an assault"),
    pytest.param("Wenn Peru die Grenze schließt, wird Chile Bolivien kritisieren.",
                 ("ACCUSE", "CHL", "BOL", "conditional"),
                 id="the main clause of a clause with wenn is conditional on it"),
    pytest.param("Chile drohte Peru am Montag Sanktionen an.",
                 ("THREATEN", "CHL", "PER", "happened"),
                 id="a light verb whose own event is about its event noun object keeps it"),
    pytest.param(PERU_LEAD + "Die Zeitung von Juan Quispe wurde am Montag geschlossen.",
                 ("COERCE", "PER", "name:juan-quispe", "happened"),
                 id="closing in the passive bans"),
    pytest.param("Keine Bolivianer wurden am Montag von Chile festgenommen.",
                 ("COERCE", "CHL", "BOL", "denied"), id="kein before the subject denies"),
    pytest.param("Chile eröffnete am Montag Prozesse gegen Jonas Lerch.",
                 ("ACCUSE", "CHL", "name:jonas-lerch", "happened"),
                 id="a plural noun has the reformed spelling's lemma (Prozesse: Prozess)"),
    pytest.param("Chile hat ohne die Zustimmung von Peru einen Vertrag mit Bolivien "
                 "geschlossen.", ("AGREE", "CHL", "BOL", "happened"),
                 id="a treaty concluded is an agreement"),
])
def test_frames_read_their_event(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, event, absent", [
    pytest.param("Chile stoppte am Montag die Waffenlieferungen an Peru.",
                 ("SANCTION", "CHL", "PER", "happened"), "AID", id="a stopped delivery is no aid"),
    pytest.param("Chile und Peru schlossen am Montag ein Abkommen.",
                 ("AGREE", "CHL", "PER", "happened"), "COERCE",
                 id="a light verb with an event noun object states that event, not its own"),
    pytest.param("Chile traf am Montag eine Vereinbarung mit Peru.",
                 ("AGREE", "CHL", "PER", "happened"), "CONSULT",
                 id="an agreement made is no meeting"),
    pytest.param("Chile hat ohne die Unterstützung von Peru eine Offensive gegen Bolivien "
                 "gestartet.", ("ASSAULT", "CHL", "BOL", "happened"), "SUPPORT",
                 id="an event without which something happened did not take place"),
    pytest.param(PERU_LEAD + "Bolivien forderte Chile am Montag auf, seine Marine abzuziehen.",
                 ("REQUEST", "BOL", "CHL", "happened"), "RETREAT",
                 id="an infinitive with zu the parser co-ordinates with a demand is demanded"),
    pytest.param("Der Angriff der Luftwaffe Chiles auf Peru hat zwölf Todesopfer gefordert.",
                 ("ASSAULT", "CHL", "PER", "happened"), "REQUEST",
                 id="an attack that claims victims demands nothing"),
    pytest.param("Das Treffen zwischen Jonas Lerch und Juan Quispe wurde am Montag abgesagt.",
                 None, "CONSULT", id="a meeting called off in the passive did not take place"),
    pytest.param(PERU_LEAD + "Der Index der Börse von Chile schloss am Montag im Plus.",
                 None, "COERCE", id="closing without an object is no ban"),
])
def test_readings_that_state_no_event_of_a_type(text, event, absent):
    events = _events(text)
    assert event is None or event in events
    assert not any(e[0] == absent for e in events)


def test_a_plural_pronoun_never_stands_for_one_person():
    assert ("ASSAULT", "PER-OPP", "CHL", "happened") in _events(
        "Die Regierungsgegner in Peru hörten am Montag eine Rede von Juan Quispe. Sie steckten "
        "danach das Konsulat von Chile in Brand.")
    assert not any(e[1] == "name:juan-quispe" for e in _events(
        "Am Montag sprach Juan Quispe in Lima. Sie steckten danach das Konsulat von Chile in "
        "Brand."))


def test_a_process_without_gegen_is_no_trial():
    assert not any(e[0] == "ACCUSE" for e in _events(
        "Chile und Bolivien begannen am Montag den Friedensprozess mit Peru."))


def test_a_fire_elsewhere_is_no_event():
    assert _events("Das Feuer auf dem Dach des Ministeriums in Chile wurde am Montag "
                   "gelöscht.") == set()


def test_crossing_the_street_is_no_protest():
    assert not any(e[0] == "PROTEST" for e in _events_in_peru(
        "Juan Quispe ging am Montag über die Straße zum Ministerium."))


def test_a_release_from_prison_is_no_arrest():
    assert not any(e[0] == "COERCE" for e in _events_in_peru(
        "Juan Quispe wurde am Montag aus der Haft entlassen."))


def test_speaking_of_something_is_no_meeting():
    assert not any(e[0] == "CONSULT" for e in _events(
        "Bolivien sprach am Montag von einem großen Erfolg für Chile."))
    assert ("CONSULT", "BOL", "CHL", "happened") in _events(
        "Bolivien sprach am Montag mit Chile über die Grenze.")


def test_a_capitalised_noun_the_tagger_calls_a_name_is_still_a_thing():
    assert ("ASSAULT", "PER", None, "happened") in _events(
        "Peru bombardierte am Montag das Dorf.")


def test_the_agent_of_a_passive_hung_on_the_day_acts():
    assert ("ASSAULT", "PER", None, "happened") in _events(
        "Das Dorf wurde am Montag von der peruanischen Luftwaffe bombardiert.")


def test_werden_with_a_participle_is_a_passive_not_a_future():
    assert ("COERCE", "CHL", "name:juan-quispe", "happened") in _events(
        "Juan Quispe wurde am Montag von der chilenischen Marine festgenommen.")
    assert ("COERCE", "CHL", "name:juan-quispe", "planned") in _events(
        "Juan Quispe wird von der chilenischen Marine festgenommen werden.")
    assert ("COERCE", "CHL", "name:juan-quispe", "planned") in _events(
        "Die Staatsregierung Chiles wird Juan Quispe festnehmen.")


def test_a_subject_pronoun_points_to_the_unknown_noun_subject_it_agrees_with():
    events = _events("Juan Quispe besuchte am Montag Lima. Die Architekten klagten, dass sie "
                     "durch die Staatsregierung Perus behindert würden.")
    assert not any(e[2] == "name:juan-quispe" for e in events)
    assert ("ACCUSE", "name:juan-quispe", "BOL", "happened") in _events(
        "Juan Quispe kam am Montag nach Lima. Die Stimmung war gespannt, weil er Bolivien scharf "
        "kritisiert hatte.")


@pytest.mark.parametrize("text, event", [
    ("Chile bezeichnete den Plan Perus als großen Erfolg.", ("SUPPORT", "CHL", "PER", "happened")),
    ("Juan Quispe bezeichnete die Wahl als Schande.",
     ("ACCUSE", "name:juan-quispe", None, "happened")),
    ("Juan Quispe bezeichnete die Entscheidung Chiles als unangemessen.",
     ("ACCUSE", "name:juan-quispe", "CHL", "happened")),
    ("Juan Quispe bezeichnete die Entscheidung Chiles als satzungswidrig.",
     ("ACCUSE", "name:juan-quispe", "CHL", "happened")),
])
def test_a_judgement_with_als_praises_or_criticises_by_the_words_polarity(text, event):
    assert event in _events(text)


def test_a_judgement_by_an_adjective_of_no_polarity_is_no_event():
    assert _events("Juan Quispe bezeichnete die Entscheidung Chiles als vorläufig.") == set()


def test_a_participle_the_parser_coordinated_with_its_auxiliary_has_its_arguments():
    tokens = [_token(0, "Peru", "Peru", "PROPN", 1, "nsubj"),
              _token(1, "hat", "haben", "AUX", 1, "ROOT", tag="VAFIN"),
              _token(2, "Chiles", "Chile", "PROPN", 3, "nmod"),
              _token(3, "Angebote", "Angebot", "NOUN", 1, "obj"),
              _token(4, "als", "als", "CCONJ", 5, "cc", tag="KOKOM"),
              _token(5, "falsch", "falsch", "ADJ", 6, "advmod", tag="ADJD"),
              _token(6, "bezeichnet", "bezeichnen", "VERB", 1, "conj", tag="VVPP")]
    mentions = [Mention(0, 4, "Peru", 0, "country", "PER", 1.0),
                Mention(20, 26, "Chiles", 0, "country", "CHL", 1.0)]
    found = {(c.type, c.source, c.target) for c in candidates(tokens, mentions, [], german())}
    assert found == {("ACCUSE", "PER", "CHL")}


def test_a_subject_the_base_does_not_know_is_still_the_doer_not_the_reporter():
    events = _events("Die Beraterin des Verbands bestritt nach Angaben der chilenischen "
                     "Staatsregierung den Angriff auf Peru.")
    assert not any(e[0] == "REJECT" for e in events)
    assert ("REQUEST", "CHL", "BOL", "happened") in _events(
        "Bolivien wird inzwischen aufgefordert, die Grenze zu öffnen, so die Staatsregierung "
        "Chiles.")


def test_a_demand_for_an_action_only_its_doer_can_take_asks_the_doer():
    assert ("REQUEST", "name:liga-andina", "name:juan-quispe", "happened") in _events(
        "Die Liga Andina forderte am Montag den Rücktritt von Juan Quispe.")
    assert not any(e[0] == "REQUEST" and e[2] == "name:juan-quispe" for e in _events(
        "Die Liga Andina forderte die Freilassung von Juan Quispe."))


def test_going_on_strike_carries_the_strike():
    assert ("PROTEST", "PER-PRO", "PER", "happened") in _events_in_peru(
        "In Lima sind am Montag hunderte Bäcker in einen Sitzstreik "
        "getreten.")


def test_a_modal_with_a_perfect_infinitive_reports_what_happened():
    assert ("COERCE", "CHL", "name:juan-quispe", "happened") in _events(
        "Juan Quispe soll am Montag von der chilenischen Marine festgenommen worden sein.")
    assert ("ASSAULT", "CHL", "PER", "planned") in _events("Chile soll Peru angreifen.")


def test_a_past_form_missing_from_the_dictionaries_still_dates_the_event_in_the_past():
    assert ("AGREE", "PER", "CHL", "happened") in _events(
        "Peru und Chile vereinbarten am Montag einen Waffenstillstand.")


def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes():
    events = _events("Juan Quispe, der im Mai von der peruanischen Justiz zu drei Jahren Haft "
                     "verurteilt worden war, wurde am Montag freigelassen.")
    assert ("SANCTION", "PER-JUD", "name:juan-quispe", "happened") in events
    assert ("COERCE", "PER-JUD", "name:juan-quispe", "happened") in events


def _verdict(article: str) -> list[Token]:
    """ "Im Mai verurteilte ihn <article> Schwurgericht", parsed with the subject as an object."""
    return [_token(0, "Im", "in", "ADP", 1, "case"),
            _token(1, "Mai", "Mai", "NOUN", 2, "obl"),
            _token(2, "verurteilte", "verurteilen", "VERB", 2, "ROOT"),
            _token(3, "ihn", "er", "PRON", 2, "obj", "Case=Acc|PronType=Prs", "PPER"),
            _token(4, article, article.lower(), "DET", 5, "det"),
            _token(5, "Schwurgericht", "Schwurgericht", "NOUN", 2, "obj", "Number=Sing")]


@pytest.mark.parametrize("article, subject", [("ein", "Schwurgericht"), ("das", "Schwurgericht"),
                                              ("dem", None)])
def test_a_subject_the_parser_took_for_a_second_object_acts(article, subject):
    tokens = _verdict(article)
    heads = _subject_heads(Sentence(tokens, [], []), tokens[2])
    assert [t.text for t in heads] == ([subject] if subject else [])


@pytest.mark.parametrize("text", [
    "Die Staatsregierung macht hierfür die Regierungsgegner verantwortlich.",
    "Die Staatsregierung machte für den Brand die Regierungsgegner verantwortlich."])
def test_a_predicative_adjective_the_parser_took_for_a_complement_carries_its_event(text):
    assert ("ACCUSE", "PER", "PER-OPP", "happened") in _events_in_peru(text)


def test_an_apposition_the_parser_coordinated_adds_no_actor():
    tokens = [_token(0, "Quispe", "Quispe", "PROPN", 0, "ROOT"),
              _token(1, ",", ",", "PUNCT", 3, "punct"),
              _token(2, "der", "der", "DET", 3, "det"),
              _token(3, "Anwalt", "Anwalt", "NOUN", 0, "conj"),
              _token(4, "von", "von", "ADP", 5, "case"),
              _token(5, "Wierzba", "Wierzba", "PROPN", 3, "nmod"),
              _token(6, "und", "und", "CCONJ", 8, "cc"),
              _token(7, "der", "der", "DET", 8, "det"),
              _token(8, "Architekt", "Architekt", "NOUN", 0, "conj"),
              _token(9, "Lerch", "Lerch", "PROPN", 8, "appos")]
    mentions = [Mention(t.start, t.end, t.text, 0, "person", actor, 0.6)
                for t, actor in [(tokens[0], "name:juan-quispe"), (tokens[5], "name:marta-wierzba"),
                                 (tokens[9], "name:jonas-lerch")]]
    sentence = Sentence(tokens, mentions, [])
    assert sentence.actors(tokens[0]) == ["name:juan-quispe", "name:jonas-lerch"]


def test_a_protest_of_a_countrys_people_is_their_protesters_not_the_state():
    events = _events_in_peru("In Lima lebende Chilenen protestierten am Montag "
                             "gegen die Staatsregierung.")
    assert ("PROTEST", "CHL-PRO", "PER", "happened") in events
    assert not any(e[1] == "CHL" for e in events)
    assert ("ACCUSE", "CHL", None, "happened") in _events_in_peru(
        "Chile protestierte am Montag gegen die Festnahme.")


@pytest.mark.parametrize("text", [
    "Chile beschwerte sich am Montag über die Staatsregierung Perus.",
    "Chile klagte am Montag über die Staatsregierung Perus."])
def test_a_complaint_about_an_actor_accuses_it(text):
    assert ("ACCUSE", "CHL", "PER", "happened") in _events_in_peru(text)


def test_a_relative_pronoun_names_its_noun_but_spans_only_itself():
    tokens = [_token(0, "Quispe", "Quispe", "PROPN", 0, "ROOT"),
              _token(1, ",", ",", "PUNCT", 4, "punct"),
              _token(2, "der", "der", "PRON", 4, "nsubj", "PronType=Rel", "PRELS"),
              _token(3, "gestern", "gestern", "ADV", 4, "advmod"),
              _token(4, "sprach", "sprechen", "VERB", 0, "acl")]
    mentions = [Mention(0, 6, "Quispe", 0, "person", "name:juan-quispe", 0.6)]
    sentence = Sentence(tokens, mentions, [])
    assert sentence.actors(tokens[2]) == ["name:juan-quispe"]
    assert sentence.subtree(tokens[2]) == [tokens[2]]


def test_the_object_of_a_causative_verb_is_the_object_of_its_infinitive():
    events = _events_in_peru("Die Staatsregierung ließ die Regierungsgegner festnehmen.")
    assert ("COERCE", "PER", "PER-OPP", "happened") in events


def test_a_name_before_a_noun_without_the_genitive_s_is_no_genitive():
    events = _events_in_peru("Peru hat Chile Hilfe zugesagt.")
    assert ("AID", "PER", "CHL", "happened") in events
    assert not any(e[1] == "CHL" for e in events)


def test_a_country_adjective_at_the_start_of_a_sentence_names_its_country():
    events = _events_in_peru("Chilenische Zöllner haben Juan Quispe festgenommen.")
    assert ("COERCE", "CHL", "name:juan-quispe", "happened") in events
    assert not any(e[1] == "PER" for e in events)


def test_a_demonstrative_pronoun_points_to_the_person_named_last():
    tokens = [_token(0, "Dieser", "dieser", "PRON", 1, "nsubj", "PronType=Dem", "PDS"),
              _token(1, "forderte", "fordern", "VERB", 1, "ROOT")]
    before = [Mention(0, 11, "Juan Quispe", 0, "person", "name:juan-quispe", 0.6),
              Mention(20, 28, "Chile", 0, "country", "CHL", 1.0),
              Mention(40, 51, "Jonas Lerch", 0, "person", "name:jonas-lerch", 0.6)]
    assert Sentence(tokens, [], before).actors(tokens[0]) == ["name:jonas-lerch"]
    neuter = [_token(0, "Dies", "dieser", "PRON", 1, "nsubj", "PronType=Dem", "PDS"),
              _token(1, "forderte", "fordern", "VERB", 1, "ROOT")]
    assert Sentence(neuter, [], before).actors(neuter[0]) == []
    events = _events("Juan Quispe traf am Montag Jonas Lerch. Dieser forderte von Chile die "
                     "Freilassung der Zöllner.")
    assert ("REQUEST", "name:jonas-lerch", "CHL", "happened") in events


def test_a_finite_verb_hung_on_a_noun_without_a_relative_pronoun_shares_the_sentence_subject():
    events = _events_in_peru("Peru überwacht die Häfen der Chilenen, lobt oder "
                             "kritisiert die Staatsregierung Boliviens.")
    assert ("SUPPORT", "PER", "BOL", "happened") in events
    assert ("ACCUSE", "PER", "BOL", "happened") in events
    assert not any(e[1] == "CHL" for e in events)


def test_a_perfect_with_sein_is_active_whatever_relation_the_parser_gives_sein():
    tokens = [_token(0, "Quispe", "Quispe", "PROPN", 2, "nsubj:pass"),
              _token(1, "ist", "sein", "AUX", 2, "aux:pass"),
              _token(2, "zurückgetreten", "zurücktreten", "VERB", 2, "ROOT", "", "VVPP")]
    mentions = [Mention(0, 6, "Quispe", 0, "person", "name:juan-quispe", 0.6)]
    assert _subjects(Sentence(tokens, mentions, []), tokens[2], german()) == \
        (["name:juan-quispe"], [], False)
    held = [_token(0, "Quispe", "Quispe", "PROPN", 2, "nsubj:pass"),
            _token(1, "ist", "sein", "AUX", 2, "aux:pass"),
            _token(2, "inhaftiert", "inhaftieren", "VERB", 2, "ROOT", "", "VVPP")]
    assert _subjects(Sentence(held, mentions, []), held[2], german()) == \
        ([], ["name:juan-quispe"], True)


@pytest.mark.parametrize("text", [
    "Peru verurteilte die Festnahme von Juan Quispe durch Chile.",
    "Die Festnahme des Ministers Juan Quispe durch die Luftwaffe Chiles löste Proteste aus."])
def test_the_genitive_of_a_noun_formed_from_a_verb_with_its_object_undergoes_the_act(text):
    events = _events_in_peru(text)
    assert ("COERCE", "CHL", "name:juan-quispe", "happened") in events


def test_the_genitive_of_an_attack_is_its_doer():
    events = _events_in_peru("Peru verurteilte den Angriff Chiles auf Arequipa.")
    assert ("ACCUSE", "PER", "CHL", "happened") in events
    assert not any(e[0] == "ASSAULT" and e[2] == "CHL" for e in events)


def test_criticism_of_an_act_of_force_aims_at_its_doer_not_at_who_underwent_it():
    events = _events_in_peru("Peru verurteilte die Festnahme von Juan Quispe durch Chile.")
    assert ("ACCUSE", "PER", "CHL", "happened") in events
    assert ("ACCUSE", "PER", "name:juan-quispe", "happened") not in events


@pytest.mark.parametrize("text", ["Die Staatsregierung hat den Ausnahmezustand ausgerufen.",
                                  "Die Staatsregierung verhängte das Kriegsrecht."])
def test_a_declared_state_of_emergency_or_martial_law_is_coercion(text):
    assert ("COERCE", "PER", None, "happened") in _events_in_peru(text)


def test_an_apology_is_made_to_whom_one_apologises_with_bei():
    assert ("CONCEDE", "CHL", "PER", "happened") in _events_in_peru(
        "Chile entschuldigte sich bei Peru für den Vorfall.")


def test_a_subject_that_names_no_actor_leaves_the_act_to_nobody_else_in_the_sentence():
    assert not any(e[0] == "REQUEST" for e in _events(
        "Der Nachbar hatte von Chile eine Anerkennung Perus gefordert."))
    assert ("REQUEST", "BOL", "CHL", "happened") in _events(
        "Bolivien hatte von Chile eine Anerkennung Perus gefordert.")


@pytest.mark.parametrize("answer, rejected", [
    ("Bolivien wies die Vorwürfe zurück.", "ARG"),
    ("Bolivien bestritt die Anschuldigung entschieden.", "ARG"),
    ("Bolivien bestreitet die Vorwürfe nicht.", None),
    ("Paraguay wies die Vorwürfe zurück.", None),
    ("Bolivien wies die Vorwürfe Paraguays zurück.", "PRY")])
def test_rejecting_an_accusation_without_its_author_rejects_who_made_it_earlier(answer, rejected):
    events = _events("Argentinien warf Bolivien Spionage vor. " + answer)
    assert ("ACCUSE", "ARG", "BOL", "happened") in events
    assert {e[2] for e in events if e[0] == "REJECT"} == ({rejected} if rejected else set())


def test_an_accusation_rejected_with_no_earlier_author_makes_no_event():
    assert not _events("Bolivien wies die Vorwürfe zurück.")


def test_an_act_someone_is_held_responsible_for_is_no_act_of_who_holds_them():
    events = _events("Peru macht Chile für den Angriff verantwortlich.")
    assert ("ACCUSE", "PER", "CHL", "happened") in events
    assert not any(e[0] == "ASSAULT" for e in events)


def test_announcing_to_crack_down_on_a_group_threatens_it():
    assert ("THREATEN", "PER", "PER-REB", "happened") in _events_in_peru(
        "Die Staatsregierung kündigte an, hart gegen die Terroristen durchzugreifen.")


@pytest.mark.parametrize("text, event", [
    ("Dem Nachbarland Bolivien drohte Argentinien mit Sanktionen.",
     ("THREATEN", "ARG", "BOL", "happened")),
    ("Des Weiteren kritisierte Argentinien Bolivien.", ("ACCUSE", "ARG", "BOL", "happened"))])
def test_a_fronted_dative_or_genitive_is_not_who_acts(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, status", [
    ("Der befürchtete Angriff der peruanischen Luftwaffe auf Chile blieb aus.", "denied"),
    ("Der befürchtete Angriff der peruanischen Luftwaffe auf Chile blieb nicht aus.",
     "happened")])
def test_an_event_that_stays_away_did_not_take_place(text, status):
    assert ("ASSAULT", "PER", "CHL", status) in _events(text)
