"""`chronik eval quotes`: statement cues and speakers against quotes-de-style gold, on a text
written here."""

import gzip
import json

import pytest

from chronik.evaluation.quotes import evaluate_quotes, format_quotes_report, predicted

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


# (text, [(cue words, speaker)]): every statement found to the character and nothing else
EXACT = [
    # a source noun before a postposition the parser hangs elsewhere
    ("Ihrer Meinung nach hätte das Gericht länger beraten müssen.",
     [(["nach"], "Ihrer Meinung")]),
    ("Die Brücke, die ihrer Meinung nach zu teuer werde, bleibt geplant.",
     [(["nach"], "ihrer Meinung")]),
    ("Der Verein zählt Schätzungen zufolge rund 300 Mitglieder.",
     [(["zufolge"], "Schätzungen")]),
    # a fronted "das" or "dies" is what is said
    ("Dies gab der Verband am Montag bekannt.", [(["gab", "bekannt"], "der Verband")]),
    ("Das berichtete die Zeitung am Sonntag.", [(["berichtete"], "die Zeitung")]),
    # "so X gegenüber Y": to whom is no part of the speaker
    ("Das sei schwierig, so Jonas Lerch gegenüber der Regionalausgabe einer Zeitung.",
     [(["so"], "Jonas Lerch")]),
    ("Die Kosten seien zu hoch, so Anna Berger gegenüber der Wochenausgabe einer Zeitschrift.",
     [(["so"], "Anna Berger")]),
    # the agent of a passive verb of saying; the subject of a passive one is none
    ("Von der Polizei wurde bestätigt, dass zwei Menschen starben.",
     [(["wurde bestätigt"], "der Polizei")]),
    ("Der Firma wird vorgeworfen, Daten gefälscht zu haben.", []),
    # the subject of a passive verb of quoting is quoted, so speaks
    ("Die Bäckerin wird mit den Worten zitiert: „Wir backen weiter.“",
     [(["wird", "zitiert"], "Die Bäckerin")]),
    ("Das Blatt zitiert die Bäckerin mit den Worten: „Wir backen weiter.“",
     [(["zitiert"], "die Bäckerin")]),
    # tense auxiliaries and the "wie" of an inserted clause belong to the cue
    ("Die Richterin hatte am Montag gesagt, das Amt bleibe offen.",
     [(["hatte", "gesagt"], "Die Richterin")]),
    ("Wie die Polizei berichtet, ist die Straße gesperrt.",
     [(["Wie", "berichtet"], "die Polizei")]),
    # a separable verb written apart at the end of a clause
    ("Wie der Verband heute bekannt gab, bleibt die Halle geschlossen.",
     [(["Wie", "bekannt gab"], "der Verband")]),
    # "es heißt" with the text that says it; "heißen" with another subject names
    ("In einer Erklärung des Ministeriums heißt es, die Preise würden steigen.",
     [(["heißt es"], "einer Erklärung des Ministeriums")]),
    ("Es heißt, die Preise würden fallen.", []),
    ("Das neue Projekt heißt „Sonne“.", []),
    # a verb of saying inside the quoted words is the quoted person's, no statement
    ("Die Bäckerin erklärte: „Mein Nachbar sagte mir, der Laden bleibe zu.“",
     [(["erklärte"], "Die Bäckerin")]),
    # a demand states itself; its verb is no cue
    ("Die Partei fordert den Rücktritt des Landrats.", [([], "Die Partei")]),
    # demanding victims demands nothing
    ("Das Erdbeben forderte am Montag mindestens zwölf Todesopfer.", []),
    # an object with an article or possessive no nominative has is never the speaker
    ("Die Zöllnerin weigerte sich, seinen Namen zu nennen.", []),
    ("Diesen Vorschlag erklärte der Landrat für erledigt.", [(["erklärte"], "der Landrat")]),
]


@pytest.mark.parametrize("text, found", EXACT)
def test_statements_are_found_to_the_character(tmp_path, text, found):
    quotes = [{"cue": [_span(word, text) for word in cue], "speaker": [_span(speaker, text)]}
              for cue, speaker in found]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    cues = sum(len(cue) for cue, _ in found)
    assert (scores.speaker.exact.true_positives, scores.speaker.exact.predicted) == \
        (len(found), len(found))
    assert (scores.cue.exact.true_positives, scores.cue.exact.predicted) == (cues, cues)


def test_speakers_the_parser_calls_object_or_source_circles_and_clauses_it_joins(tmp_path):
    text = ("Der Landwirt gab jedoch an, es gehe ihm nur um das Haus. "
            "Unterdessen verlangen die Grünen, dass sich der Ausschuss damit befasst. "
            "Aus Regierungskreisen verlautete, dass 15 Menschen starben.")
    particle = text.index(" an,") + 1
    quotes = [{"cue": [_span("gab", text), [particle, particle + 2]],
               "speaker": [_span("Der Landwirt", text)]},
              {"cue": [_span("verlangen", text)], "speaker": [_span("die Grünen", text)]},
              {"cue": [_span("verlautete", text)],
               "speaker": [_span("Aus Regierungskreisen", text)]}]
    scores = evaluate_quotes(_write(tmp_path, quotes, text))
    assert scores.speaker.overlap.true_positives == 3 and scores.speaker.overlap.precision == 1.0


def test_a_genitive_the_parser_calls_the_subject_is_no_speaker():
    text = "Des Weiteren erklärte die Landrätin, die Halle bleibe geschlossen."
    _, speakers = predicted(text)
    assert speakers == {(text.index("die Landrätin"), text.index(","))}
