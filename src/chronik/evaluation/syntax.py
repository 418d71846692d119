"""Score the language layer on UD German GSD test (never trained on), from raw text.

Each gold sentence's text is analysed as the pipeline would; a predicted token counts only where
its character span equals a gold token's (multi-word tokens such as "im" are one gold token, as
`treebank` reads them). UPOS, lemma and UAS/LAS are accuracies over all gold tokens; Case is
an F1 over tokens that carry the feature; the relations the event extractor relies on (nsubj,
nsubj:pass, obj, iobj) get LAS F1 per label, as `spacy evaluate` reports them. Lemmas are the
layer's (`language.lemma`: the model's guess checked against the inflection dictionaries), before
separable particles are rejoined, which UD does not do; so are the parts of speech and the
dependencies (`language.words`: the tagger's word on verbs, and the layer's repairs of the parse).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from ..language import lemma, load, treebank, words
from .ner import Scores

RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj")


@dataclass
class SyntaxScores:
    sentences: int = 0
    tokens: int = 0
    aligned: int = 0
    upos: int = 0
    lemma: int = 0
    heads: int = 0
    labelled: int = 0
    case: Scores = field(default_factory=lambda: Scores(0, 0, 0))
    relations: dict[str, Scores] = field(
        default_factory=lambda: {r: Scores(0, 0, 0) for r in RELATIONS})
    seconds: float = 0.0

    def share(self, count: int) -> float:
        return count / self.tokens if self.tokens else 0.0


def _gold_spans(sentence: treebank.TreebankSentence) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for word in sentence.words:
        start = sentence.text.find(word.text, cursor)
        if start < 0:
            start = cursor
        spans.append((start, start + len(word.text)))
        cursor = start + len(word.text)
    return spans


def _feature(morph: str, name: str) -> str | None:
    for pair in morph.split("|"):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return None


def evaluate_syntax(data: Path, model: str = "chronik") -> SyntaxScores:
    nlp = load(model)
    gold = list(treebank.read(treebank.treebank(data, treebank.TEST)))
    scores = SyntaxScores(sentences=len(gold))
    started = time.perf_counter()
    docs = list(nlp.pipe([s.text for s in gold], batch_size=64))
    scores.seconds = time.perf_counter() - started
    for sentence, doc in zip(gold, docs, strict=True):
        spans = _gold_spans(sentence)
        predicted = {(t.idx, t.idx + len(t.text)): t for t in doc}
        layer = words(doc)
        for word, span in zip(sentence.words, spans, strict=True):
            scores.tokens += 1
            gold_case = _feature(word.morph, "Case")
            scores.case.gold += gold_case is not None
            if word.dep in scores.relations:
                scores.relations[word.dep].gold += 1
            token = predicted.get(span)
            if token is None:
                continue
            scores.aligned += 1
            analysed = layer[token.i]
            pos = analysed.upos
            scores.upos += pos == word.upos
            scores.lemma += lemma(token.text, pos, token.lemma_) == word.lemma
            case = token.morph.get("Case")
            scores.case.predicted += bool(case)
            scores.case.true_positives += bool(case) and gold_case == case[0]
            head = doc[analysed.head]
            gold_head = spans[word.head]
            same_head = (head.idx, head.idx + len(head.text)) == gold_head
            label = "root" if head.i == token.i else analysed.dep.lower()
            scores.heads += same_head
            scores.labelled += same_head and label == word.dep
            if label in scores.relations:
                scores.relations[label].predicted += 1
                scores.relations[label].true_positives += same_head and label == word.dep
    return scores


def format_syntax_report(scores: SyntaxScores) -> str:
    words_per_second = scores.tokens / scores.seconds if scores.seconds else 0.0
    lines = [f"UD German GSD test: {scores.sentences} sentences, {scores.tokens} tokens "
             f"({scores.aligned} with the gold token's span)",
             f"UPOS accuracy {scores.share(scores.upos):.3f}  lemma accuracy "
             f"{scores.share(scores.lemma):.3f}  Case F1 {scores.case.f1:.3f}",
             f"UAS {scores.share(scores.heads):.3f}  LAS {scores.share(scores.labelled):.3f}",
             "LAS F1 per relation: " + "  ".join(
                 f"{name} {counts.f1:.3f}" if counts.gold else f"{name} - (none in gold)"
                 for name, counts in scores.relations.items()),
             f"speed: {words_per_second:,.0f} tokens/s (one process)"]
    return "\n".join(lines)
