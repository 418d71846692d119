"""The event trigger lexicons (`data/events_de.yaml`, `data/events_en.yaml`), compiled once.

Everything language-specific that the extraction rules use lives in these files: the triggers
of each PLOVER type, the words that mark status and reported speech, and the bits of grammar
(conjunctions, prepositions, the shape of a place name) as regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..language.detect import detect

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Types whose two actors do the same to each other (a meeting, a talk): no direction.
SYMMETRIC_TYPES = frozenset({"CONSULT"})
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: re.Pattern[str]
    mode: str | None
    strength: str
    requires: re.Pattern[str] | None


@dataclass(frozen=True)
class Grammar:
    """Compiled grammar patterns; see the `grammar` section of the lexicon files."""

    clause_break: re.Pattern[str]
    clause_conjunctions: frozenset[str]
    attributive: re.Pattern[str]
    listed: re.Pattern[str]
    coordination: re.Pattern[str]
    between: re.Pattern[str]
    of: str
    postposed_reporting: re.Pattern[str]
    noun_topic: re.Pattern[str]
    anaphoric_meeting: frozenset[str]
    place: re.Pattern[str]
    aggression: re.Pattern[str]
    compound_meeting: re.Pattern[str]
    lowercase_modifiers: bool


@dataclass(frozen=True)
class EventLexicon:
    language: str
    triggers: tuple[Trigger, ...]
    conditions: re.Pattern[str]
    negations: frozenset[str]
    planned: frozenset[str]
    reporting: re.Pattern[str]
    speech: re.Pattern[str]
    prepositions: frozenset[str]
    locative: frozenset[str]
    determiners: frozenset[str]
    anaphora: re.Pattern[str]
    pronouns: frozenset[str]
    group_pronouns: re.Pattern[str]
    subordinators: frozenset[str]
    speculation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    topics: re.Pattern[str]
    noun_negations: frozenset[str]
    participation: re.Pattern[str]
    grammar: Grammar


def _words(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _grammar(rules: dict[str, str]) -> Grammar:
    conjunctions = rules["clause_conjunctions"]
    listed = rules["list_conjunctions"]
    return Grammar(
        clause_break=re.compile(rf"[,;:–—]\s*|\s+(?:{conjunctions})\s+(?={rules['clause_verb']})"),
        clause_conjunctions=frozenset(conjunctions.split("|")),
        attributive=re.compile(rules["attributive"]),
        listed=re.compile(rf"\s*(?:,|{listed})\s+(?:(?:{rules['list_filler']})\s+){{0,3}}"),
        coordination=re.compile(rf"\s*(?:,|{listed})\s+(?:\w+\s+){{0,3}}"),
        between=re.compile(rf"(?<![\w-])(?:{rules['between']})\s"),
        of=rules["of"],
        postposed_reporting=re.compile(rf"\s+(?:{rules['postposed_reporting']})\b"),
        noun_topic=re.compile(rf"\s+(?:{rules['noun_topic']})\b"),
        anaphoric_meeting=frozenset(rules["anaphoric_meeting"].split("|")),
        place=re.compile(rf"(?<![\w-])(?:{rules['destination']})\s+({rules['place_name']})"),
        aggression=re.compile(rf"\b{rules['aggression']}"),
        compound_meeting=re.compile(
            rf"(?<![\w-])(?P<a>[A-ZÄÖÜ]\w*)-(?P<b>[A-ZÄÖÜ]\w*)-(?:{rules['meeting_compound']})"
            rf"(?![\w-])"),
        lowercase_modifiers=bool(rules["lowercase_modifiers"]))


@cache
def load(language: str) -> EventLexicon:
    """The lexicon of `language` ("de" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"no event lexicon for language {language!r}; one of {LANGUAGES}")
    data = yaml.safe_load(resources.files("chronik.data").joinpath(f"events_{language}.yaml")
                          .read_text("utf-8"))
    triggers = []
    for name in TYPES:
        for row in data.get(name, []):
            requires = row.get("requires")
            triggers.append(Trigger(name, re.compile(rf"(?<![\w-])(?:{row['pattern']})(?![\w])"),
                                    row.get("mode"), row["strength"],
                                    re.compile(requires) if requires else None))
    return EventLexicon(
        language=language, triggers=tuple(triggers), conditions=_words(data["conditions"]),
        negations=frozenset(data["negations"]), planned=frozenset(data["planned"]),
        reporting=_words(data["reporting"]), speech=_words(data["speech"]),
        prepositions=frozenset(data["prepositions"]), locative=frozenset(data["locative"]),
        determiners=frozenset(data["determiners"]), anaphora=_words(data["anaphora"]),
        pronouns=frozenset(data["pronouns"]), group_pronouns=_words(data["group_pronouns"]),
        subordinators=frozenset(data["subordinators"]), speculation=_words(data["speculation"]),
        hypothetical=_words(data["hypothetical"]), topics=_words(data["topics"]),
        noun_negations=frozenset(data["noun_negations"]),
        participation=re.compile(rf"(?<![\w-])(?:{data['participation']})(?![\w])"),
        grammar=_grammar(data["grammar"]))


def german() -> EventLexicon:
    return load("de")


def english() -> EventLexicon:
    return load("en")


def for_text(text: str) -> EventLexicon:
    """The lexicon of the language `text` is written in (`language.detect`)."""
    return load(detect(text))
