"""Readers for the NER training and evaluation corpora in `../shared/data` (see README.md).

Every reader yields sentences as (tokens, tags) with BIO tags over the four GermEval base types
PER, LOC, ORG and OTH: outer chunks only, `-deriv` and `-part` folded into their base type
("russische" B-LOC, "EU-Kommission" B-ORG), as in the coarse GermEval 2014 outer-chunk metric.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import EvaluationError

Sentence = tuple[list[str], list[str]]
TYPES = ("PER", "LOC", "ORG", "OTH")
EVALUATION_SENTENCES = 2550


def _base(tag: str) -> str:
    """'B-LOCderiv' -> 'B-LOC'; 'O' stays."""
    if tag == "O":
        return tag
    prefix, kind = tag.split("-", 1)
    for base in TYPES:
        if kind.startswith(base):
            return f"{prefix}-{base}"
    raise ValueError(f"unknown entity tag {tag!r}")


def _require(path: Path) -> Path:
    if not path.is_file():
        raise EvaluationError(f"NER corpus file {path} not found (see ../shared/data/README.md)")
    return path


def germeval(path: Path) -> Iterator[Sentence]:
    """GermEval 2014 TSV: '#' comment lines, then index, token, outer tag, inner tag."""
    _require(path)
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
            elif not line.startswith("#"):
                columns = line.split("\t")
                tokens.append(columns[1])
                tags.append(_base(columns[2]))
    if tokens:
        yield tokens, tags


def germeval_split(path: Path) -> tuple[list[Sentence], list[Sentence]]:
    """GermEval test split as the data README suggests: the first 2,550 sentences for training,
    the last 2,550 for evaluation only."""
    sentences = list(germeval(path))
    return sentences[:-EVALUATION_SENTENCES], sentences[-EVALUATION_SENTENCES:]


def europarl(path: Path) -> Iterator[Sentence]:
    """Faruqui and Padó's Europarl NER: token, lemma, POS, chunk, NE (IO tags PER/LOC/ORG/MISC)."""
    _require(path)
    tokens: list[str] = []
    kinds: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            columns = line.split()
            if not columns:
                if tokens:
                    yield tokens, _io_to_bio(kinds)
                tokens, kinds = [], []
                continue
            kind = columns[-1].removeprefix("I-").removeprefix("B-")
            tokens.append(columns[0])
            kinds.append({"MISC": "OTH"}.get(kind, kind))
    if tokens:
        yield tokens, _io_to_bio(kinds)


def _io_to_bio(kinds: list[str]) -> list[str]:
    tags = []
    for i, kind in enumerate(kinds):
        if kind == "O":
            tags.append("O")
        else:
            tags.append(("I-" if i and kinds[i - 1] == kind else "B-") + kind)
    return tags


def training_sentences(data: Path) -> list[Sentence]:
    """Everything the shipped model learns from: GermEval dev and the first half of test, and
    Europarl."""
    sentences = list(germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    sentences += germeval_split(data / "germeval2014" / "NER-de-test.tsv")[0]
    sentences += europarl(data / "europarl-ner" / "ep-96-04-15_pado_annotated.tsv")
    return sentences


def evaluation_sentences(data: Path) -> list[Sentence]:
    """The held-out last 2,550 sentences of GermEval 2014 test."""
    return germeval_split(data / "germeval2014" / "NER-de-test.tsv")[1]
