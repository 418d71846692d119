"""Shared passages between two articles, and agency credits."""

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.passages import agencies, may_share_copy, shared_passages, shares_copy
from chronik.sentences import split

AGENCY_COPY = (
    "Die Verteidigungsminister der NATO beraten am Mittwoch in Brüssel über neue Hilfen für "
    "Kiew. Generalsekretär Mark Rutte sagte vor dem Treffen, die Allianz werde nicht nachlassen. "
    "Mehrere Staaten hatten zuvor weitere Lieferungen von Munition und Luftabwehr angekündigt.")


def test_paragraphs_shared_with_small_edits_are_found_with_their_spans():
    first = "Ein eigener Einstieg der Redaktion steht hier.\n" + AGENCY_COPY + \
        "\nZum Schluss folgt ein eigener Absatz über ganz andere Dinge im Land."
    second = "Brüssel: Andere Überschrift\n" + AGENCY_COPY.replace("Mittwoch", "Donnerstag")
    passages = shared_passages(split(first), split(second))
    assert len(passages) == 1
    [passage] = passages
    assert passage.sentences == 3
    assert first[passage.start:passage.end].startswith("Die Verteidigungsminister")
    assert second[passage.other_start:passage.other_end].endswith("angekündigt.")
    assert shares_copy(passages)


def test_one_shared_quotation_is_not_copy():
    quote = 'Der Kanzler sagte, "wir stehen fest an der Seite unserer Partner in Europa".'
    first = f"Am Morgen tagte das Kabinett in Berlin. {quote} Danach ging es um die Rente."
    second = f"In Paris wurde über Energiepreise gesprochen. {quote} Die Börsen reagierten kaum."
    passages = shared_passages(split(first), split(second))
    assert len(passages) == 1 and not shares_copy(passages)


def test_unrelated_articles_share_nothing():
    other = "Im Bundestag wurde über den Haushalt gestritten. Eine Einigung ist nicht in Sicht."
    assert shared_passages(split(AGENCY_COPY), split(other)) == []


def test_the_whole_text_test_keeps_copy_and_rejects_text_sharing_only_scattered_words():
    copy = "Brüssel: Andere Überschrift\n" + AGENCY_COPY.replace("Mittwoch", "Donnerstag")
    assert may_share_copy(split(AGENCY_COPY), copy)
    scrambled = " ".join(word if i % 2 else "anders" for i, word in enumerate(copy.split()))
    assert not may_share_copy(split(AGENCY_COPY), scrambled)


WORDS = ("der", "Minister", "sagte", "am", "Montag", "in", "Kiew", "die", "Lage", "sei", "ernst",
         "und", "Gespräche", "gehen", "weiter")
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=4, max_size=12).map(
    lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCE, min_size=2, max_size=6), st.lists(SENTENCE, max_size=3),
       st.lists(st.tuples(st.integers(0, 80), st.sampled_from(WORDS)), max_size=6))
def test_the_whole_text_test_never_rejects_articles_that_share_copy(mine, own, edits):
    words = " ".join(own + mine[::-1] + own).split()
    for position, word in edits:
        if position < len(words):
            words[position] = word
    first, other = " ".join(mine), " ".join(words)
    if shares_copy(shared_passages(split(first), split(other))):
        assert may_share_copy(split(first), other)


def test_agency_credits_in_datelines_closing_lines_and_material_notes():
    assert agencies(["Berlin (dpa) - Die Regierung hat beschlossen."]) == ("dpa",)
    assert agencies(["Text.", "AFP/dpa/lö"]) == ("AFP", "dpa")
    assert agencies(["Mit Material von Reuters und AP"]) == ("Reuters", "AP")
    assert agencies(["Quelle: dpa"]) == ("dpa",)


def test_photo_credits_and_mentions_are_not_text_credits():
    assert agencies(["Foto: Patrick Semansky, dpa", "Bild: via REUTERS"]) == ()
    assert agencies(["Das berichtete die Nachrichtenagentur Reuters am Abend."]) == ()
    assert agencies(["Die APA-Meldung wurde zitiert und der AP-Reporter fragte nach."]) == ()
