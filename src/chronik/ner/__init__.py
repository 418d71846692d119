"""German named entities (PER, LOC, ORG, OTH) with chronik's own CRF model.

The model (`data/ner_de.crfsuite`, with the entity word list `data/ner_de.entities.tsv`) is trained
by `chronik train ner` on GermEval 2014 and Europarl (see `train.py`) and ships with the package,
so that tagging needs no download.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycrfsuite

from ..errors import ChronikError
from .bio import chunks
from .features import EntityWords, sentence_features
from .tokens import tokenize

MODEL = "ner_de.crfsuite"
ENTITY_WORDS = "ner_de.entities.tsv"


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    type: str
    text: str


@cache
def _tagger() -> pycrfsuite.Tagger:
    path = resources.files("chronik.data").joinpath(MODEL)
    if not path.is_file():
        raise ChronikError(f"NER model {MODEL} is missing; train it with `chronik train ner`")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@cache
def _entity_words() -> EntityWords:
    path = resources.files("chronik.data").joinpath(ENTITY_WORDS)
    if not path.is_file():
        raise ChronikError(f"NER word list {ENTITY_WORDS} is missing; train the model with "
                           "`chronik train ner`")
    return dict(line.split("\t") for line in path.read_text("utf-8").splitlines())


def tag_words(words: list[str]) -> list[str]:
    """BIO tags for a tokenized sentence."""
    return _tagger().tag(sentence_features(words, _entity_words())) if words else []


def entities(text: str) -> list[Entity]:
    """The named entities of one sentence, with character offsets into `text`."""
    tokens = tokenize(text)
    return [Entity(tokens[first].start, tokens[last - 1].end, kind,
                   text[tokens[first].start:tokens[last - 1].end])
            for first, last, kind in chunks(tag_words([t.text for t in tokens]))]
