"""Reading UD treebanks: multi-word tokens merged, annotation harmonised across treebanks."""

import gzip

from chronik.language import treebank

SENTENCE = """# sent_id = t1
# text = Sie sprach im Rat.
1\tSie\tsie\tPRON\tPPER\tCase=Nom|Number=Plur|PronType=Prs\t2\tnsubj\t_\t_
2\tsprach\tsprechen\tVERB\tVVFIN\tMood=Ind|Tense=Past\t0\troot\t_\t_
3-4\tim\t_\t_\t_\t_\t_\t_\t_\t_
3\tin\tin\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat|Definite=Def\t5\tdet\t_\t_
5\tRat\tRat\tNOUN\tNN\tCase=Dat\t2\tobl:tmod\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def _write(tmp_path, name):
    path = tmp_path / f"{name}.conllu.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(SENTENCE)
    return path


def test_multiword_token_is_one_token_with_the_outer_head(tmp_path):
    [sentence] = treebank.read(_write(tmp_path, "de_gsd-ud-dev"))
    assert [w.text for w in sentence.words] == ["Sie", "sprach", "im", "Rat", "."]
    im = sentence.words[2]
    assert (im.lemma, im.upos, im.head, im.dep) == ("in", "ADP", 3, "case")
    assert "Case=Dat" in im.morph
    assert sentence.words[1].head == 1 and sentence.words[1].dep == "root"
    assert not sentence.words[3].space_after


def test_relations_mapped_and_treebank_quirks_blanked(tmp_path):
    [gsd] = treebank.read(_write(tmp_path, "de_gsd-ud-dev"))
    [pud] = treebank.read(_write(tmp_path, "de_pud-ud-test"))
    [lit] = treebank.read(_write(tmp_path, "de_lit-ud-test"))
    assert gsd.words[3].dep == "obl"
    assert gsd.words[0].tag == "PPER" and pud.words[0].tag == ""
    assert gsd.words[0].morph and lit.words[0].morph == ""
    assert lit.words[0].upos == "PRON" and lit.words[0].tag == "PPER"
