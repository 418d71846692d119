"""The language layer on sentences written here: offsets, lemmas with particles, morphology,
dependencies, and the choice of backend."""

import pytest

from chronik import language
from chronik.errors import ChronikError
from chronik.records import Article
from chronik.sentences import split


def _tokens(text):
    article = Article(origin="t.txt", raw=text, text=text)
    article.sentences = split(text)
    return language.analyse(article).tokens


def test_tokens_point_into_the_text_and_heads_stay_in_their_sentence():
    text = "Die Regierung lehnte den Plan ab. Der Minister trat am Abend zurück."
    tokens = _tokens(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.index for t in tokens] == list(range(len(tokens)))
    for token in tokens:
        assert tokens[token.head].sentence == token.sentence


def test_extra_whitespace_is_no_token_and_words_keep_their_place():
    text = "Wie die Beraterin,  Marta Wierzba,   mitteilte, bleibt das Amt  offen."
    tokens = _tokens(text)
    assert all(t.text.strip() for t in tokens)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:5] == ["Wie", "die", "Beraterin", ",", "Marta"]


def test_separable_particles_rejoin_the_verb():
    lemmas = {t.text: t.lemma for t in _tokens("Die Regierung lehnte den Plan gestern ab.")}
    assert lemmas["lehnte"] == "ablehnen"
    lemmas = {t.text: t.lemma for t in _tokens("Er bat darum, die Matrosen freizulassen.")}
    assert lemmas["freizulassen"] == "freilassen"


def test_a_particle_written_apart_before_its_verb_rejoins_it_but_zu_marks_an_infinitive():
    lemmas = {t.text: t.lemma for t in _tokens(
        "Wie der Verband heute bekannt gab, schließt die Halle, um die Kosten zu senken.")}
    assert (lemmas["gab"], lemmas["senken"]) == ("bekanntgeben", "senken")


def test_a_past_tense_the_tagger_calls_an_adjective_is_a_verb_when_it_has_an_object():
    by_text = {t.text: t for t in _tokens(
        "Der als besonnen geltende Landrat, Jonas Lerch, unterstützte einen Protest.")}
    assert (by_text["unterstützte"].upos, by_text["unterstützte"].lemma) == \
        ("VERB", "unterstützen")
    assert by_text["besonnen"].upos != "VERB"


def test_a_nominative_opening_the_clause_is_its_subject_the_accusative_after_the_verb_its_object():
    by_text = {t.text: t for t in _tokens(
        "Juan Quispe warnte Chile am Montag vor einer Einmischung.")}
    assert (by_text["Juan"].dep, by_text["Chile"].dep) == ("nsubj", "obj")


def test_gefangen_written_apart_joins_nehmen():
    lemmas = {t.text: t.lemma for t in _tokens(
        "Die Zöllner haben zwölf Schmuggler gefangen genommen.")}
    assert lemmas["genommen"] == "gefangennehmen"


def test_a_particle_joins_the_verb_it_makes_a_word_with_whatever_its_parse():
    lemmas = {t.text: t.lemma for t in _tokens(
        "Die Feuerwehr führte, begleitet von der Polizei, eine Übung am Hafen durch.")}
    assert (lemmas["führte"], lemmas["begleitet"]) == ("durchführen", "begleiten")


def test_a_participle_with_its_auxiliary_is_a_verb_whatever_the_tagger_says():
    by_text = {t.text: t for t in _tokens("Sie reiste ab, nachdem ihr das Ministerium die "
                                          "Einreise untersagt hatte.")}
    assert (by_text["untersagt"].upos, by_text["untersagt"].lemma) == ("VERB", "untersagen")


def test_a_plural_noun_is_not_read_as_an_infinitive_used_as_a_noun():
    assert [language.lemma(w, "NOUN", w) for w in ("Fragen", "Stunden", "Zahlen", "Treffen")] \
        == ["Frage", "Stunde", "Zahl", "Treffen"]


def test_a_sentence_seen_before_is_not_parsed_again_and_keeps_its_offsets(monkeypatch):
    first = _tokens("Die Regierung lehnte den Plan ab. Der Minister trat zurück.")
    calls = []
    real = language.load(language.selected())
    monkeypatch.setattr(language, "load", lambda name: calls.append(name) or real)
    text = "Der Minister trat zurück. Die Regierung lehnte den Plan ab."
    again = _tokens(text)
    assert calls == []
    assert all(text[t.start:t.end] == t.text for t in again)
    assert sorted((t.text, t.lemma, t.dep) for t in again) == \
        sorted((t.text, t.lemma, t.dep) for t in first)
    assert [t.index for t in again] == list(range(len(again)))


def test_subject_object_and_case():
    tokens = _tokens("Der Minister besuchte die Hauptstadt.")
    by_text = {t.text: t for t in tokens}
    assert by_text["Minister"].dep == "nsubj"
    assert by_text["Hauptstadt"].dep == "obj"
    assert tokens[by_text["Minister"].head].text == "besuchte"
    assert by_text["Der"].feature("Case") == "Nom"
    assert by_text["Der"].feature("Tense") is None


def test_english_text_gets_no_german_analysis():
    assert _tokens("The minister said that the talks were over and that he was glad.") == []


def test_an_unknown_model_is_a_clear_error():
    with pytest.raises(ChronikError, match="cannot be loaded"):
        language.load("no_such_model_xyz")


@pytest.mark.parametrize("word", ["Architekt", "Architektinnen", "Bäckerin", "Landschaftsarchitekten",
                                  "Landwirten"])
def test_nouns_with_a_feminine_in_innen_name_people(word):
    assert language.is_person_noun(word)


@pytest.mark.parametrize("word", ["Termin", "Computer", "Brücke", "Vertrag"])
def test_other_nouns_name_no_people(word):
    assert not language.is_person_noun(word)


def test_polarity_reads_nouns_as_written_compounds_by_their_head_and_adjectives_lowered():
    assert language.polarity("Schande", "NOUN") < 0
    assert language.polarity("Staatsschande", "NOUN") == language.polarity("Schande", "NOUN")
    assert language.polarity("Hilfreich", "ADJ") > 0
    assert language.polarity("Wolkenkratzerfassade", "NOUN") == 0.0


@pytest.mark.parametrize("word, sign", [("satzungswidrig", -1), ("unseriös", -1),
                                        ("ruhmlos", -1), ("mühelos", 1), ("hoffnungslos", -1),
                                        ("fünfstöckig", 0)])
def test_polarity_of_an_adjective_the_lexicon_lacks_follows_its_word_formation(word, sign):
    value = language.polarity(word, "ADJ")
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize("form, noun", [("Razzien", "Razzia"), ("Durchsuchungen", "Durchsuchung"),
                                        ("Telefonaten", "Telefonat")])
def test_event_nouns_the_dictionary_lacks_are_declined_by_their_ending(form, noun):
    assert language.lemma(form, "NOUN", form) == noun


def test_the_lemma_table_joins_separable_verbs_and_keeps_nouns_with_a_plural_of_their_own():
    assert language.lemma("mitteilte", "VERB", "mitteilte") == "mitteilen"
    assert language.lemma("unterstützte", "VERB", "unterstützte") == "unterstützen"
    assert language.lemma("Abkommen", "NOUN", "Abkommen") == "Abkommen"
    assert language.lemma("Fragen", "NOUN", "Fragen") == "Frage"


@pytest.mark.parametrize("form, upos, lemma", [("Schüsse", "NOUN", "Schuss"),
                                              ("Beschlüssen", "NOUN", "Beschluss"),
                                              ("nasse", "ADJ", "nass"),
                                              ("Straßen", "NOUN", "Straße"),
                                              ("schoss", "VERB", "schießen")])
def test_lemmas_follow_the_reformed_spelling_of_ss_after_a_short_vowel(form, upos, lemma):
    assert language.lemma(form, upos, form) == lemma


def test_trigger_verbs_the_dictionaries_lack_are_conjugated_by_rule():
    assert language.lemma("vereinbarten", "VERB", "vereinbarten") == "vereinbaren"
    assert language.lemma("erstach", "VERB", "erstach") == "erstechen"


@pytest.mark.parametrize("form, adjective", [("Chilenische", "chilenisch"),
                                             ("bolivianischen", "bolivianisch"),
                                             ("Peruanischer", "peruanisch")])
def test_an_adjective_in_isch_the_dictionary_lacks_declines_regularly(form, adjective):
    assert language.lemma(form, "ADJ", form) == adjective


def test_a_short_word_in_isch_is_no_declined_adjective():
    assert language.lemma("Fisch", "ADJ", "Fisch") == "Fisch"


def test_a_verb_keeps_its_own_particle_when_a_later_clause_has_one_too():
    lemmas = {t.text: t.lemma for t in _tokens(
        "Dem Verband teilte die Bäckerin mit, der Laden bleibe zu.")}
    assert lemmas["teilte"] == "mitteilen"


@pytest.mark.parametrize("text, verb, verb_lemma", [
    ("Der Ausschuss kam der Meldung zufolge zu dem Schluss, dass die Halle zu klein ist.",
     "kam", "kommen"),
    ("Die Landrätin spricht davon, dass Betrug ein ernsthaftes Problem für den Kreis darstelle.",
     "spricht", "sprechen")])
def test_a_word_the_parser_calls_a_particle_joins_no_verb_unless_it_is_one(text, verb,
                                                                          verb_lemma):
    assert {t.text: t.lemma for t in _tokens(text)}[verb] == verb_lemma


def test_a_subject_with_a_preposition_is_an_adverbial_but_wie_is_no_preposition():
    tokens = {t.text: t for t in _tokens(
        "Die Staatsregierung kündigte an, hart gegen die Terroristen durchzugreifen.")}
    assert tokens["Terroristen"].dep == "obl"
    tokens = {t.text: t for t in _tokens("Wie die Feuerwehr mitteilte, ist die Straße frei.")}
    assert tokens["Feuerwehr"].dep == "nsubj"


def test_a_fronted_phrase_no_nominative_can_be_leaves_the_subject_to_the_one_after_the_verb():
    tokens = {t.text: t for t in _tokens(
        "Dem Nachbarland Bolivien drohte Argentinien mit Sanktionen.")}
    assert tokens["Argentinien"].dep == "nsubj" and tokens["Nachbarland"].dep != "nsubj"
