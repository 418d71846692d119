"""Universal Dependencies treebanks (CoNLL-U) read into one harmonised form.

The three German treebanks available offline are annotated differently (issue 21): PUD's XPOS
column is a Penn-style tagset rather than STTS, LIT carries little morphology, and PUD and LIT
use relation subtypes that GSD does not (`acl:relcl`, `flat:name`, `obl:tmod`). Harmonising them
(PUD's tags blanked, LIT's morphology left out, relations mapped to GSD's) matters more than any
model setting. Multi-word tokens ("im" = "in" + "dem") are kept as the one token a tokenizer sees.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

RELATIONS = {"acl:relcl": "acl", "flat:name": "flat", "obl:tmod": "obl", "nmod:poss": "nmod",
             "cc:preconj": "cc", "csubj:pass": "csubj", "nsubj:outer": "nsubj",
             "orphan": "dep", "dislocated": "dep"}
"""Relation subtypes of PUD and LIT mapped to the label GSD uses for the same thing."""

TRAINING = ("de_gsd-ud-dev", "de_pud-ud-test", "de_lit-ud-test")
TEST = "de_gsd-ud-test"


@dataclass(slots=True)
class Word:
    """One token of a treebank sentence; `head` is the 0-based index of its head, itself at root.
    An empty tag is missing annotation. LIT keeps its UPOS without features: masking both (the
    morphologizer learns them as one label) was tried and cost 21 points of UPOS on GSD test for
    3 of Case F1."""

    text: str
    lemma: str
    upos: str
    tag: str
    morph: str
    head: int
    dep: str
    space_after: bool


@dataclass(slots=True)
class TreebankSentence:
    text: str
    words: list[Word]


def _merged(parts: list[list[str]], surface: str) -> list[str]:
    """One CoNLL-U row for a multi-word token: the word whose head lies outside the token gives
    head and relation (the preposition of "im"), morphology joins the parts' features."""
    ids = {int(p[0]) for p in parts}
    outer = next((p for p in parts if int(p[6]) not in ids), parts[0])
    features = sorted({f for p in parts if p[5] != "_" for f in p[5].split("|")})
    first = parts[0]
    return [outer[0], surface, first[2], first[3], first[4], "|".join(features) or "_",
            outer[6], outer[7], "_", parts[-1][9]]


def _rows(lines: list[str]) -> list[list[str]]:
    """Token rows of one sentence, with multi-word tokens merged and ids renumbered."""
    rows: list[list[str]] = []
    pending: tuple[int, int, str] | None = None
    parts: list[list[str]] = []
    for line in lines:
        cols = line.split("\t")
        if "-" in cols[0]:
            first, last = (int(n) for n in cols[0].split("-"))
            pending, parts = (first, last, cols[1]), []
            space = cols[9]
            continue
        if "." in cols[0]:
            continue
        if pending and pending[0] <= int(cols[0]) <= pending[1]:
            parts.append(cols)
            if int(cols[0]) == pending[1]:
                merged = _merged(parts, pending[2])
                merged[9] = space
                merged.append(",".join(p[0] for p in parts))
                rows.append(merged)
                pending = None
            continue
        rows.append(cols + [cols[0]])
    return rows


def _sentence(lines: list[str], text: str, source: str) -> TreebankSentence:
    rows = _rows(lines)
    position = {old: i for i, row in enumerate(rows) for old in row[10].split(",")}
    words = []
    for i, row in enumerate(rows):
        head = i if row[6] == "0" else position[row[6]]
        tag = "" if "pud" in source else row[4]
        morph = "" if "lit" in source or row[5] == "_" else row[5]
        words.append(Word(row[1], row[2], row[3], tag, morph, head,
                          RELATIONS.get(row[7], row[7]), "SpaceAfter=No" not in row[9]))
    return TreebankSentence(text, words)


def read(path: Path) -> Iterator[TreebankSentence]:
    """The sentences of one (gzipped) CoNLL-U file, harmonised as the module says."""
    lines: list[str] = []
    text = ""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[9:]
            elif line.startswith("#"):
                continue
            elif not line:
                if lines:
                    yield _sentence(lines, text, path.name)
                lines = []
            else:
                lines.append(line)
    if lines:
        yield _sentence(lines, text, path.name)


def treebank(data: Path, name: str) -> Path:
    path = data / "ud-german" / f"{name}.conllu.gz"
    if not path.exists():
        raise InputError(str(path),
                         "not found; the UD German treebanks live in ../shared/data/ud-german/")
    return path
