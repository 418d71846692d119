"""Synthetic news corpora with known truth, built from 10kGNAD (derStandard.at, CC BY-NC-SA 4.0).

Distinct documents are the 1,028 test articles, then variants of them with half of the words
replaced at random. Copies of a document are edited like outlets edit agency copy, at an edit
level `p`: edits are drawn until they touch p × (words of the original) words. An edit drops a
sentence, moves a sentence elsewhere, replaces one to three consecutive words, or adds a line of
site boilerplate; each counts the words it touches.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationError
from ..sentences import split

BOILERPLATE = (
    "Startseite › Politik › Ausland",
    "Jetzt den Newsletter abonnieren und nichts mehr verpassen",
    "Foto: Archivbild",
    "Teilen auf Facebook Teilen auf Twitter Per Mail versenden",
    "Lesen Sie auch: Die wichtigsten Entwicklungen im Überblick",
    "Mehr zum Thema",
    "Anzeige",
    "Kommentare anzeigen (12)",
    "Dieser Artikel wurde automatisch aktualisiert",
    "Hier klicken, um die Karte zu laden",
)
EDIT_LEVELS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)


@dataclass(slots=True)
class Document:
    key: int
    text: str
    group: int
    level: float


def load_articles(path: Path) -> list[list[str]]:
    """The 10kGNAD articles, each as a list of sentences."""
    csv.field_size_limit(sys.maxsize)
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    except OSError as error:
        raise EvaluationError(f"cannot read 10kGNAD file {path}: {error}") from error
    return [[s.text for s in split(row[1])] for row in rows if len(row) == 2]


def distinct_documents(articles: list[list[str]], count: int, rng: random.Random,
                       vocabulary: list[str]) -> list[str]:
    """`count` different texts: the articles themselves, then variants of them with half of the
    words replaced at random, which share too few word runs with any other text to be copies."""
    texts = [" ".join(sentences) for sentences in articles[:count]]
    while len(texts) < count:
        base = articles[len(texts) % len(articles)]
        texts.append(" ".join(" ".join(word if rng.random() < 0.5 else rng.choice(vocabulary)
                                       for word in sentence.split()) for sentence in base))
    return texts


def edit(text: str, level: float, rng: random.Random, vocabulary: list[str]) -> str:
    """A copy of `text` edited until the edits touch `level` of its words."""
    sentences = [s.text for s in split(text)]
    budget = level * len(text.split())
    touched = 0
    while touched < budget and len(sentences) > 1:
        kind = rng.choices(("drop", "move", "words", "boilerplate"), (3, 2, 3, 2))[0]
        index = rng.randrange(len(sentences))
        if kind == "drop":
            touched += len(sentences.pop(index).split())
        elif kind == "move":
            moved = sentences.pop(index)
            sentences.insert(rng.randrange(len(sentences) + 1), moved)
            touched += len(moved.split())
        elif kind == "words":
            tokens = sentences[index].split()
            run = min(len(tokens), rng.randint(1, 3))
            start = rng.randrange(len(tokens) - run + 1)
            tokens[start:start + run] = rng.sample(vocabulary, run)
            sentences[index] = " ".join(tokens)
            touched += run
        else:
            line = rng.choice(BOILERPLATE)
            sentences.insert(rng.choice((0, len(sentences))), line)
            touched += len(line.split())
    return "\n".join(sentences)


def corpus(articles: list[list[str]], size: int, copy_share: float = 0.5,
           seed: int = 7) -> list[Document]:
    """`size` documents, `copy_share` of them edited copies of the distinct ones, shuffled."""
    rng = random.Random(seed)
    vocabulary = sorted({w for sentences in articles[:200] for s in sentences for w in s.split()})
    originals = distinct_documents(articles, size - int(size * copy_share), rng, vocabulary)
    documents = [Document(i, text, i, 0.0) for i, text in enumerate(originals)]
    for key in range(len(originals), size):
        group = rng.randrange(len(originals))
        level = rng.choice(EDIT_LEVELS)
        documents.append(Document(key, edit(originals[group], level, rng, vocabulary), group,
                                  level))
    rng.shuffle(documents)
    return documents
