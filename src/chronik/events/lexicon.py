"""The event trigger lexicon (`data/events_de.yaml`), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: re.Pattern[str]
    mode: str | None
    strength: str
    requires: re.Pattern[str] | None


@dataclass(frozen=True)
class EventLexicon:
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


def _words(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@cache
def german() -> EventLexicon:
    data = yaml.safe_load(resources.files("chronik.data").joinpath("events_de.yaml")
                          .read_text("utf-8"))
    triggers = []
    for name in TYPES:
        for row in data.get(name, []):
            requires = row.get("requires")
            triggers.append(Trigger(name, re.compile(rf"(?<![\w-])(?:{row['pattern']})(?![\w])"),
                                    row.get("mode"), row["strength"],
                                    re.compile(requires) if requires else None))
    return EventLexicon(
        triggers=tuple(triggers), conditions=_words(data["conditions"]),
        negations=frozenset(data["negations"]), planned=frozenset(data["planned"]),
        reporting=_words(data["reporting"]), speech=_words(data["speech"]), prepositions=frozenset(data["prepositions"]),
        locative=frozenset(data["locative"]), determiners=frozenset(data["determiners"]),
        anaphora=_words(data["anaphora"]), pronouns=frozenset(data["pronouns"]),
        group_pronouns=_words(data["group_pronouns"]),
        subordinators=frozenset(data["subordinators"]), speculation=_words(data["speculation"]),
        hypothetical=_words(data["hypothetical"]), topics=_words(data["topics"]),
        noun_negations=frozenset(data["noun_negations"]),
        participation=re.compile(rf"(?<![\w-])(?:{data['participation']})(?![\w])"))
