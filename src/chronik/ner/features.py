"""Token features for the CRF: the word, its affixes and shape, its neighbours, gazetteers (known
first names, and the places and actors of chronik's actor base), the word's Brown cluster (a
million German words clustered by their contexts, from `spacy-lookups-data`, MIT: words never
seen in training share a cluster with names that were), and the entity types the word had in the
training data (`entity_words`; see `train.py` for how training avoids leaning on it)."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..actors.base import DERIVED_SOURCES
from ..actors.base import load as load_actors
from .bio import chunks

SHAPE_RUNS = re.compile(r"(.)\1+")
BREAKS = frozenset({".", ":", '"', "„", "-", "–"})
NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "al", "bin", "zu", "le"})


def _shape(word: str) -> str:
    shape = re.sub(r"[A-ZÄÖÜ]", "X", word)
    shape = re.sub(r"[a-zäöüß]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return SHAPE_RUNS.sub(r"\1\1", shape)


@cache
def gazetteers() -> dict[str, str]:
    """Lower-cased word -> gazetteer class: first name, place, country, organisation, person.
    The people, organisations and towns derived from Phoenix, Archigos and REIGN stay out: the
    model was trained without them, and their thousands of name words would shift its
    features."""
    classes: dict[str, str] = {}
    text = resources.files("chronik.data").joinpath("first_names.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.startswith("#"):
            classes.update((name.lower(), "first") for name in line.split())
    base = load_actors()
    for place in base.places:
        classes.setdefault(place.lower(), "place")
    for surface, actor_id in base.surfaces.items():
        actor = base.actors[actor_id]
        if actor.source in DERIVED_SOURCES or surface in base.towns:
            continue
        for word in surface.split():
            if word[:1].isupper():
                classes.setdefault(word.lower(), actor.kind)
    for adjective in base.adjectives:
        classes.setdefault(adjective.lower(), "adjective")
    return classes


CLUSTER_PREFIXES = (4, 6, 8, 12)
"""Bits of a cluster's path kept as coarser clusters."""


@cache
def clusters() -> dict[str, int]:
    """Word -> Brown cluster path (as an integer) from the installed `spacy-lookups-data`."""
    table = resources.files("spacy_lookups_data") / "data" / "de_lexeme_cluster.json.gz"
    with gzip.open(str(table), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _cluster_features(word: str) -> list[str]:
    path = clusters().get(word) or clusters().get(word.lower())
    if path is None:
        return ["c=-"]
    bits = format(path, "b")
    return [f"c={bits}"] + [f"c{n}={bits[:n]}" for n in CLUSTER_PREFIXES if len(bits) > n]


@dataclass(frozen=True, slots=True)
class _Word:
    """What a word contributes, computed once per distinct word: its own features and those it
    gives the words two before to two after it."""
    lower: str
    own: tuple[str, ...]
    as_neighbour: dict[int, tuple[str, ...]]


@lru_cache(maxsize=200_000)
def _word(word: str) -> _Word:
    gazetteer = gazetteers()
    lower = word.lower()
    shape, gaz = _shape(word), gazetteer.get(lower, "-")
    own = [f"w={lower}", f"shape={shape}", f"gaz={gaz}", f"p2={lower[:2]}", f"p3={lower[:3]}",
           f"p4={lower[:4]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}",
           f"s5={lower[-5:]}", f"len={min(len(word), 12)}"]
    if "-" in word:
        head, _, tail = word.rpartition("-")
        own += [f"hyph_head={head.lower()}", f"hyph_tail={tail.lower()[-5:]}",
                f"hyph_gaz={gazetteer.get(head.lower(), '-')}"]
    if lower in NAME_PARTICLES:
        own.append("particle")
    cluster = _cluster_features(word)
    own += cluster
    neighbour = {offset: (f"{offset}w={lower}", f"{offset}shape={shape}", f"{offset}gaz={gaz}")
                 + ((f"{offset}s3={lower[-3:]}", f"{offset}{cluster[0]}")
                    if abs(offset) == 1 else ())
                 for offset in (-2, -1, 1, 2)}
    return _Word(lower, tuple(own), neighbour)


EntityWords = dict[str, str]


def clear_cache() -> None:
    """Forget the features computed per distinct word (for benchmarks that start cold)."""
    _word.cache_clear()


def entity_words(sentences) -> EntityWords:
    """Lower-cased word -> the entity types it stood in within `sentences` ("LOC/ORG")."""
    types: dict[str, set[str]] = {}
    for words, tags in sentences:
        for first, last, kind in chunks(tags):
            for word in words[first:last]:
                types.setdefault(word.lower(), set()).add(kind)
    return {word: "/".join(sorted(kinds)) for word, kinds in types.items()}


def sentence_features(words: list[str], known_entities: EntityWords) -> list[list[str]]:
    """One list of 'name=value' features per word."""
    known = [_word(word) for word in words]
    entity = [known_entities.get(w.lower, "-") for w in known]
    features = []
    for i, word in enumerate(words):
        items = list(known[i].own)
        items.append(f"el={entity[i]}")
        if i:
            items.append(f"-1el={entity[i - 1]}")
        if i + 1 < len(words):
            items.append(f"1el={entity[i + 1]}")
        if i == 0:
            items.append("first")
        elif word[:1].isupper() and words[i - 1] in BREAKS:
            items.append("after_break")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                items += known[j].as_neighbour[offset]
            else:
                items.append(f"{offset}edge")
        items.append(f"-1w|w={known[i - 1].lower if i else '^'}|{known[i].lower}")
        items.append(f"w|+1w={known[i].lower}|"
                     f"{known[i + 1].lower if i + 1 < len(words) else '$'}")
        features.append(items)
    return features
