"""`chronik eval syntax` on a treebank sentence written here."""

import gzip

from chronik.evaluation.syntax import evaluate_syntax, format_syntax_report

SENTENCE = """# text = Die Regierung lehnte den Plan ab.
1\tDie\tder\tDET\tART\tCase=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tRegierung\tRegierung\tNOUN\tNN\tCase=Nom|Gender=Fem|Number=Sing\t3\tnsubj\t_\t_
3\tlehnte\tlehnen\tVERB\tVVFIN\tMood=Ind|Tense=Past\t0\troot\t_\t_
4\tden\tder\tDET\tART\tCase=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t5\tdet\t_\t_
5\tPlan\tPlan\tNOUN\tNN\tCase=Acc|Gender=Masc|Number=Sing\t3\tobj\t_\t_
6\tab\tab\tADP\tPTKVZ\t_\t3\tcompound:prt\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_

"""


def test_a_simple_sentence_scores_and_reports(tmp_path):
    folder = tmp_path / "ud-german"
    folder.mkdir()
    with gzip.open(folder / "de_gsd-ud-test.conllu.gz", "wt", encoding="utf-8") as handle:
        handle.write(SENTENCE)
    scores = evaluate_syntax(tmp_path)
    assert (scores.sentences, scores.tokens, scores.aligned) == (1, 7, 7)
    assert scores.share(scores.upos) >= 6 / 7
    assert scores.relations["nsubj"].gold == 1 and scores.relations["obj"].gold == 1
    report = format_syntax_report(scores)
    assert report.splitlines()[0].startswith("UD German GSD test: 1 sentences, 7 tokens")
    assert "LAS F1 per relation: nsubj" in report
