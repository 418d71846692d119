"""The German event lexicon by lemma (`data/event_lemmas_de.yaml`), compiled once.

Each trigger lemma carries its PLOVER type, the places its target stands in (a dependency
relation or a preposition) and, for some verbs, a preposition it needs to mean the event
("verurteilen zu" is a sentence, "verurteilen" a condemnation). Nouns also match as the head of
a compound ("Raketenangriff" ends in "Angriff").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import yaml

from ..language import PARTICLES, compound_splits, lemma_table
from ..language import lemma as word_lemma


SURE_CUE_SHARE = 0.5
"""A verb that introduces a quotation in at least this share of the sentences it stands in is
a cue whatever follows it; another verb of saying only with a clause it reports."""


@dataclass(frozen=True, slots=True)
class Frame:
    type: str
    lemma: str
    targets: tuple[str, ...]
    mode: str | None = None
    preposition: str | None = None


@dataclass(frozen=True)
class LemmaLexicon:
    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, Frame]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    spoken_protests: frozenset[str]
    sure_cues: frozenset[str]
    agent_nouns: frozenset[str]
    doer_nouns: frozenset[str]
    violence: frozenset[str]
    refusals: frozenset[str]
    denials: frozenset[str]
    absences: frozenset[str]
    causatives: frozenset[str]
    claims: dict[str, frozenset[str]]
    custody: frozenset[str]
    victims: frozenset[str]
    idioms: frozenset[tuple[str, str]]
    stopping: frozenset[str]
    transitive: frozenset[str]
    stopped: dict[str, tuple[str, str | None]]
    negations: frozenset[str]
    modals: frozenset[str]
    future: frozenset[str]
    conditions: frozenset[str]
    speculation: frozenset[str]
    sein_perfect: frozenset[str]

    def verb_types(self, lemma: str) -> set[str]:
        """The event types verb `lemma` can state, with any preposition."""
        return {frame.type for frame in self.verbs.get(lemma, ())}

    def verb(self, lemma: str, prepositions: set[str]) -> Frame | None:
        """The frame of verb `lemma`: one that needs a preposition present, else one that
        needs none."""
        return next(iter(self.verb_frames(lemma, prepositions)), None)

    def verb_frames(self, lemma: str, prepositions: set[str]) -> list[Frame]:
        """The frames of verb `lemma` that need a preposition present, else those that need
        none: one verb may state two events ("verurteilte X zu Haft" convicts and
        imprisons, PLOVER); none where the preposition makes an idiom ("hielt an X fest")."""
        if self.is_idiom(lemma, prepositions):
            return []
        frames = self.verbs.get(lemma, ())
        return [f for f in frames if f.preposition in prepositions] or \
            [f for f in frames if f.preposition is None]

    def is_idiom(self, lemma: str, prepositions: set[str]) -> bool:
        """Whether verb `lemma` with one of `prepositions` means something else, no event."""
        return any((lemma, preposition) in self.idioms for preposition in prepositions)

    def may_hold(self, words: list[str]) -> bool:
        """Whether a sentence of these words may hold a trigger or a verb of saying, judged
        without a parse from the inflection table: a separated verb ("lehnte ... ab") counts by
        its base verb ("lehnen" for `ablehnen`)."""
        table = lemma_table()
        for word in words:
            verb = table.get((word.lower(), "V"))
            if verb is not None and verb in self.verb_bases:
                return True
            if word in self.verbs or (word[:1].isupper() and self.noun(word) is not None):
                return True
        return False

    @cached_property
    def verb_bases(self) -> frozenset[str]:
        """Trigger and speech verbs with their base verbs (a separable particle cut off)."""
        verbs = set(self.verbs) | self.speech_verbs
        return frozenset(verbs | {v[len(p):] for v in verbs for p in PARTICLES
                                  if v.startswith(p) and len(v) - len(p) > 3})

    def noun(self, lemma: str) -> Frame | None:
        """The frame of noun `lemma`, itself or as the head of a compound; a form the tagger
        left uninflected (a plural compound it took for a name) by its dictionary lemma."""
        key = _listed(lemma, self.nouns)
        if key is not None:
            return self.nouns[key]
        normal = word_lemma(lemma, "NOUN", lemma)
        return self.noun(normal) if normal != lemma else None

    def is_victim(self, lemma: str) -> bool:
        """Whether noun `lemma`, itself or as the head of a compound ("Todesopfer"), counts
        `victims`."""
        return _listed(lemma, self.victims) is not None

    def is_custody(self, lemma: str) -> bool:
        """Whether noun `lemma`, itself or as the head of a compound ("Lagerhaft"), is a
        penalty of `custody`."""
        return _listed(lemma, self.custody) is not None

    def is_doer_noun(self, lemma: str) -> bool:
        """Whether noun `lemma`, itself or as the head of a compound ("Truppenabzug"), is one of
        `doer_nouns`."""
        return _listed(lemma, self.doer_nouns) is not None


def _listed(lemma: str, words: Collection[str]) -> str | None:
    """`lemma` if `words` holds it, else the longest last part of it as a compound that they
    hold ("Raketenangriff" → "Angriff"), else None."""
    if lemma in words:
        return lemma
    return next((head for _, head in compound_splits(lemma) if head in words), None)


@cache
def german() -> LemmaLexicon:
    data = yaml.safe_load(resources.files("chronik.data").joinpath("event_lemmas_de.yaml")
                          .read_text("utf-8"))
    verbs: dict[str, list[Frame]] = {}
    nouns: dict[str, Frame] = {}
    for name, spec in data["types"].items():
        targets = tuple(spec["targets"])
        modes = spec.get("modes", {})
        for entry in spec["verbs"]:
            lemma, _, preposition = entry.partition("/")
            verbs.setdefault(lemma, []).append(
                Frame(name, lemma, targets, modes.get(lemma), preposition or None))
        for entry in spec["nouns"]:
            lemma, _, preposition = entry.partition("/")
            nouns.setdefault(lemma, Frame(name, lemma, targets, modes.get(lemma),
                                          preposition or None))
    cues = _speech_cues()
    return LemmaLexicon(
        verbs={lemma: tuple(frames) for lemma, frames in verbs.items()}, nouns=nouns,
        light_verbs=frozenset(data["light_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]) | frozenset(cues),
        sure_cues=frozenset(lemma for lemma, share in cues.items() if share >= SURE_CUE_SHARE),
        spoken_protests=frozenset(data["spoken_protests"]),
        agent_nouns=frozenset(data["agent_nouns"]), doer_nouns=frozenset(data["doer_nouns"]),
        violence=frozenset(data["violence"]),
        refusals=frozenset(data["refusals"]), denials=frozenset(data["denials"]),
        absences=frozenset(data["absences"]),
        causatives=frozenset(data["causatives"]),
        claims={noun: frozenset(verbs) for noun, verbs in data["claims"].items()},
        custody=frozenset(data["custody"]),
        victims=frozenset(data["victims"]),
        idioms=frozenset(tuple(entry.split("/")) for entry in data["idioms"]),
        stopping=frozenset(data["stopping"]),
        transitive=frozenset(data["transitive"]),
        stopped={type_: _type_and_mode(outcome) for type_, outcome in data["stopped"].items()},
        negations=frozenset(data["negations"]), modals=frozenset(data["modals"]),
        future=frozenset(data["future"]), conditions=frozenset(data["conditions"]),
        speculation=frozenset(data["speculation"]), sein_perfect=frozenset(data["sein_perfect"]))


def _type_and_mode(entry: str) -> tuple[str, str | None]:
    """"SANCTION discontinue" → ("SANCTION", "discontinue"); "CONCEDE" → ("CONCEDE", None)."""
    type_, _, mode = entry.partition(" ")
    return type_, mode or None


def _speech_cues() -> dict[str, float]:
    """The cue verbs derived from quotes-de train (`scripts/derive_speech_cues.py`), each with
    the share of the sentences it stands in where it introduces a quotation."""
    text = resources.files("chronik.data").joinpath("speech_cues_de.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {lemma: int(cues) / int(seen) for lemma, cues, seen in rows}
