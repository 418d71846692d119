"""Score statement detection (`events.statements`) on the quotes-de test split.

quotes-de (Petersen-Frey & Biemann, LREC-COLING 2024) marks in 145 German Wikinews test
articles every quotation's cue (the reporting word) and speaker as character spans. Each article's
text goes through chronik's sentence splitter and language layer; the cues and speakers found
are compared with the gold spans of the article: exact (same characters) and overlapping
(sharing one, matched one-to-one), as precision, recall and F1 over spans.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..events.lemmas import german
from ..events.statements import statements
from ..events.tree import Sentence
from ..language import analyse
from ..records import Article
from ..sentences import split
from .ner import Scores

Span = tuple[int, int]


@dataclass
class SpanScore:
    """Found spans against gold spans, matched exactly and by overlap."""

    exact: Scores = field(default_factory=lambda: Scores(0, 0, 0))
    overlap: Scores = field(default_factory=lambda: Scores(0, 0, 0))


@dataclass
class QuoteScores:
    articles: int = 0
    cue: SpanScore = field(default_factory=SpanScore)
    speaker: SpanScore = field(default_factory=SpanScore)


def _overlaps(found: set[Span], gold: set[Span]) -> int:
    """Found spans matched one-to-one to gold spans they share a character with."""
    taken: set[Span] = set()
    matched = 0
    for span in sorted(found):
        partner = next((g for g in sorted(gold) if g not in taken
                        and g[0] < span[1] and span[0] < g[1]), None)
        if partner is not None:
            taken.add(partner)
            matched += 1
    return matched


def _add(score: SpanScore, found: set[Span], gold: set[Span]) -> None:
    overlapping = _overlaps(found, gold)
    for scores, matched in ((score.exact, len(found & gold)), (score.overlap, overlapping)):
        scores.gold += len(gold)
        scores.predicted += len(found)
        scores.true_positives += matched


def _joined(tokens) -> list[Span]:
    """Character spans of cue words, neighbours joined ("gab an" is one span, "gab ... an" two)."""
    spans: list[Span] = []
    last = None
    for token in sorted(tokens, key=lambda t: t.index):
        if last is not None and last == token.index - 1:
            spans[-1] = (spans[-1][0], token.end)
        else:
            spans.append((token.start, token.end))
        last = token.index
    return spans


def predicted(text: str) -> tuple[set[Span], set[Span]]:
    """Cue and speaker spans chronik finds in `text`."""
    article = Article(origin="quote", raw=text, text=text)
    article.sentences = split(text)
    tokens = analyse(article).tokens
    by_sentence: dict[int, list] = {}
    for token in tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    cues: set[Span] = set()
    speakers: set[Span] = set()
    lexicon = german()
    for sentence_tokens in by_sentence.values():
        tree = Sentence(sentence_tokens, [], [])
        for statement in statements(tree, lexicon):
            if statement.cued:
                cues.update(_joined(statement.cue))
            speakers.add(statement.speaker_span(tree))
    return cues, speakers


def evaluate_quotes(data: Path, split_name: str = "test") -> QuoteScores:
    path = data / "quotes-de" / f"{split_name}.jsonl.gz"
    if not path.exists():
        raise InputError(str(path), "not found; quotes-de lives in ../shared/data/quotes-de/")
    scores = QuoteScores()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            scores.articles += 1
            gold_cues = {tuple(s) for q in document["quotes"] for s in q["cue"]}
            gold_speakers = {tuple(s) for q in document["quotes"] for s in q["speaker"]}
            cues, speakers = predicted(document["text"])
            _add(scores.cue, cues, gold_cues)
            _add(scores.speaker, speakers, gold_speakers)
    return scores


def format_quotes_report(scores: QuoteScores, split_name: str = "test") -> str:
    lines = [f"quotes-de {split_name}: {scores.articles} articles "
             f"(span precision / recall / F1)"]
    for name, score in (("cue", scores.cue), ("speaker", scores.speaker)):
        for how, counts in (("exact", score.exact), ("overlap", score.overlap)):
            lines.append(f"{name:8s} {how:8s} P {counts.precision:.3f}  R {counts.recall:.3f}  "
                         f"F1 {counts.f1:.3f}  ({counts.true_positives} matched, "
                         f"{counts.predicted} found, {counts.gold} gold)")
    return "\n".join(lines)
