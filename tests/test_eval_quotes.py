"""`chronik eval quotes`: statement cues and speakers against quotes-de-style gold, on a text
written here."""

import gzip
import json

from chronik.evaluation.quotes import evaluate_quotes, format_quotes_report

TEXT = ("Der Minister sagte am Montag, die Gespräche seien gescheitert. "
        "Laut der Polizei wurden zwei Menschen verletzt.")


def _span(word, text=TEXT):
    begin = text.index(word)
    return [begin, begin + len(word)]


def _write(tmp_path, quotes, text=TEXT):
    folder = tmp_path / "quotes-de"
    folder.mkdir()
    with gzip.open(folder / "test.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "t", "title": "t", "date": "2013-01-01", "text": text,
                                 "sentences": [], "quotes": quotes}) + "\n")
    return tmp_path


def test_cues_and_speakers_are_found_and_scored(tmp_path):
    quotes = [{"cue": [_span("sagte")], "speaker": [_span("Der Minister")]},
              {"cue": [_span("Laut")], "speaker": [_span("der Polizei")]}]
    scores = evaluate_quotes(_write(tmp_path, quotes))
    assert (scores.cue.exact.gold, scores.speaker.overlap.gold) == (2, 2)
    assert scores.speaker.overlap.true_positives == 2 and scores.cue.exact.true_positives == 2
    report = format_quotes_report(scores)
    assert "speaker  overlap  P 1.000  R 1.000  F1 1.000" in report


def test_a_missed_speaker_lowers_recall(tmp_path):
    quotes = [{"cue": [_span("sagte")], "speaker": [_span("Der Minister")]},
              {"cue": [], "speaker": [_span("zwei Menschen")]}]
    scores = evaluate_quotes(_write(tmp_path, quotes))
    assert scores.speaker.overlap.recall == 0.5 and scores.speaker.overlap.precision < 1.0


def test_the_speaker_span_leaves_out_the_cue_so(tmp_path):
    text = "Die Gespräche seien gescheitert, so der Minister."
    quotes = [{"cue": [_span("so", text)], "speaker": [_span("der Minister", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.cue.exact.true_positives == 1


def test_source_compounds_and_demnach_are_statements_a_conversation_is_none(tmp_path):
    text = ("Nach Polizeiangaben wurden zwei Menschen verletzt. Demnach hat der Fahrer überlebt. "
            "Der Astronaut sprach mit seiner Frau.")
    quotes = [{"cue": [_span("Nach", text)], "speaker": [_span("Polizeiangaben", text)]},
              {"cue": [_span("Demnach", text)], "speaker": [_span("Demnach", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.overlap.true_positives == 2
    assert scores.speaker.overlap.precision == 1.0


def test_saying_on_is_saying_and_its_adverb_is_no_cue(tmp_path):
    text = "Die Ministerin sagte weiter: „Wir bleiben bei unserem Plan.“"
    quotes = [{"cue": [_span("sagte", text)], "speaker": [_span("Die Ministerin", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.cue.exact.true_positives == 1 and scores.cue.exact.precision == 1.0
    assert scores.speaker.exact.true_positives == 1


def test_a_separated_part_the_parser_calls_an_adverb_belongs_to_the_cue(tmp_path):
    text = ("Am Dienstag gab die Ministerin bekannt: „Wir öffnen die Schulen wieder.“ "
            "Die Lage sei ruhig, so Jonas Lerch gegenüber dem Rundfunk.")
    quotes = [{"cue": [_span("gab", text), _span("bekannt", text)],
               "speaker": [_span("die Ministerin", text)]},
              {"cue": [_span("so", text)], "speaker": [_span("Jonas Lerch", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.cue.exact.true_positives == 3 and scores.speaker.overlap.true_positives == 2


def test_a_speaker_the_parser_took_for_a_clause_is_found_without_its_conjunction(tmp_path):
    text = "Wie die Sprecherin der Behörde, Anna Berger, erklärte, bleibt die Straße gesperrt."
    quotes = [{"cue": [_span("erklärte", text)],
               "speaker": [_span("die Sprecherin der Behörde", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.cue.exact.true_positives == 1


def test_a_source_noun_before_its_postposition_is_a_statement(tmp_path):
    text = "Ihrer Meinung nach hätte das Gericht länger beraten müssen."
    quotes = [{"cue": [_span("nach", text)], "speaker": [_span("Ihrer Meinung", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.cue.exact.true_positives == 1 and scores.speaker.exact.true_positives == 1


def test_a_fronted_das_is_what_is_said_and_the_speaker_follows_the_verb(tmp_path):
    text = "Dies gab der Verband am Montag bekannt. Das berichtete die Zeitung am Sonntag."
    quotes = [{"cue": [_span("gab", text), _span("bekannt", text)],
               "speaker": [_span("der Verband", text)]},
              {"cue": [_span("berichtete", text)], "speaker": [_span("die Zeitung", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 2 and scores.speaker.exact.precision == 1.0
    assert scores.cue.exact.true_positives == 3


def test_so_with_whom_it_was_said_to_and_a_possessive_opinion_are_statements(tmp_path):
    text = ("Das sei schwierig, so Jonas Lerch gegenüber der Regionalausgabe einer Zeitung. "
            "Die Kosten seien zu hoch, so Anna Berger gegenüber der Wochenausgabe einer "
            "Zeitschrift. Die Brücke, die ihrer Meinung nach zu teuer werde, bleibt geplant.")

    def first_word(phrase):
        begin = text.index(phrase)
        return [begin, begin + len(phrase.split()[0])]

    quotes = [{"cue": [first_word("so Jonas")], "speaker": [_span("Jonas Lerch", text)]},
              {"cue": [first_word("so Anna")], "speaker": [_span("Anna Berger", text)]},
              {"cue": [first_word("nach zu")], "speaker": [_span("ihrer Meinung", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 3 and scores.cue.exact.true_positives == 3


def test_the_agent_of_a_passive_verb_of_saying_is_its_speaker(tmp_path):
    text = "Von der Polizei wurde bestätigt, dass zwei Menschen starben."
    quotes = [{"cue": [_span("wurde bestätigt", text)],
               "speaker": [_span("der Polizei", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.cue.exact.true_positives == 1


def test_tense_auxiliaries_and_the_wie_of_an_inserted_clause_belong_to_the_cue(tmp_path):
    text = ("Die Ministerin hatte am Montag gesagt, das Amt bleibe offen. "
            "Wie die Polizei berichtet, ist die Straße gesperrt.")
    quotes = [{"cue": [_span("hatte", text), _span("gesagt", text)],
               "speaker": [_span("Die Ministerin", text)]},
              {"cue": [_span("Wie", text), _span("berichtet", text)],
               "speaker": [_span("die Polizei", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.cue.exact.true_positives == 4 and scores.cue.exact.precision == 1.0
    assert scores.speaker.exact.true_positives == 2


def test_speakers_the_parser_calls_object_or_source_circles_and_clauses_it_joins(tmp_path):
    text = ("Der 45-Jährige gab jedoch an, es gehe ihm nur um das Haus. "
            "Unterdessen verlangen die Grünen, dass sich der Ausschuss damit befasst. "
            "Aus Regierungskreisen verlautete, dass 15 Menschen starben.")
    particle = text.index(" an,") + 1
    quotes = [{"cue": [_span("gab", text), [particle, particle + 2]],
               "speaker": [_span("Der 45-Jährige", text)]},
              {"cue": [_span("verlangen", text)], "speaker": [_span("die Grünen", text)]},
              {"cue": [_span("verlautete", text)],
               "speaker": [_span("Aus Regierungskreisen", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.overlap.true_positives == 3 and scores.speaker.overlap.precision == 1.0


def test_the_text_that_says_it_speaks_when_the_subject_is_es(tmp_path):
    text = ("In einer Erklärung des Ministeriums heißt es, die Preise würden steigen. "
            "Es heißt, die Preise würden fallen.")
    quotes = [{"cue": [_span("heißt es", text)],
               "speaker": [_span("einer Erklärung des Ministeriums", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.speaker.exact.precision == 1.0
    assert scores.cue.exact.true_positives == 1


def test_no_speaker_for_a_passive_accusation_or_a_name_and_zufolge_follows_its_noun(tmp_path):
    text = ("Der Firma wird vorgeworfen, Daten gefälscht zu haben. Das neue Projekt heißt "
            "„Sonne“. Der Verein zählt Schätzungen zufolge rund 300 Mitglieder.")
    quotes = [{"cue": [_span("zufolge", text)], "speaker": [_span("Schätzungen", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.speaker.exact.precision == 1.0


def test_a_demand_states_itself_and_its_verb_is_no_cue(tmp_path):
    text = "Die Partei fordert den Rücktritt des Landrats."
    quotes = [{"cue": [], "speaker": [_span("Die Partei", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.exact.true_positives == 1 and scores.cue.exact.predicted == 0
