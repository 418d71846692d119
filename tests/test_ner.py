from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chronik.evaluation.ner import score
from chronik.ner import chunks, entities, tag_words
from chronik.ner.corpora import europarl, germeval
from chronik.ner.tokens import tokenize

TAGS = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG"])


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_tokens_point_back_into_the_text_and_skip_only_spaces(text):
    tokens = tokenize(text)
    for token in tokens:
        assert text[token.start:token.end] == token.text
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_tokens_keep_compounds_abbreviations_and_numbers():
    assert [t.text for t in tokenize("US-Außenminister traf z.B. am 3. Mai 1.000 Leute.")] == [
        "US-Außenminister", "traf", "z.B.", "am", "3.", "Mai", "1.000", "Leute", "."]


@given(st.lists(TAGS, max_size=30))
def test_chunks_cover_every_entity_tag_once(tags):
    found = chunks(tags)
    inside = [i for start, end, _ in found for i in range(start, end)]
    assert sorted(inside) == [i for i, tag in enumerate(tags) if tag != "O"]
    for start, end, kind in found:
        assert all(tags[i].endswith(kind) for i in range(start, end))


def test_germeval_reader_folds_deriv_and_part(tmp_path: Path):
    path = tmp_path / "g.tsv"
    path.write_text("#\tsource\n1\tDie\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tEU-Kommission\t"
                    "B-ORGpart\tO\n\n#\tnext\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n",
                    encoding="utf-8")
    assert list(germeval(path)) == [(["Die", "deutsche", "EU-Kommission"], ["O", "B-LOC", "B-ORG"]),
                                    (["Angela", "Merkel"], ["B-PER", "I-PER"])]


def test_europarl_reader_turns_io_into_bio(tmp_path: Path):
    path = tmp_path / "e.tsv"
    path.write_text("des d ART B-NC O\nEuropäischen europäisch ADJA I-NC ORG\nParlaments "
                    "Parlament NN I-NC ORG\nin in APPR I-PC O\nStraßburg S NE I-NC LOC\n",
                    encoding="utf-8")
    assert list(europarl(path)) == [(["des", "Europäischen", "Parlaments", "in", "Straßburg"],
                                     ["O", "B-ORG", "I-ORG", "O", "B-LOC"])]


def test_strict_scoring_counts_a_partial_chunk_as_wrong():
    scores = score([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]])
    assert (scores["all"].true_positives, scores["all"].predicted, scores["all"].gold) == (1, 2, 2)
    assert scores["PER"].f1 == 0.0 and scores["LOC"].f1 == 1.0


def test_shipped_model_finds_people_and_places():
    assert tag_words(["Angela", "Merkel", "besuchte", "gestern", "Paris", "."]) == [
        "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    text = "Der Sprecher Jan Nowacki sagte in Warschau, man warte ab."
    found = [(e.text, e.type) for e in entities(text)]
    assert ("Jan Nowacki", "PER") in found and ("Warschau", "LOC") in found
    assert all(text[e.start:e.end] == e.text for e in entities(text))
