"""The temporal tagger's vocabulary, loaded once from `data/timex_de.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..patterns import alternation


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_parts: dict[str, str]
    day_part_adverbs: dict[str, str]
    month_context: frozenset[str]
    month_parts: dict[str, str]
    numbers: dict[str, int]
    fractions: dict[str, float]
    vague_quantities: tuple[str, ...]
    ordinals: dict[str, int]
    decades: dict[str, int]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    fixed_holidays: dict[str, tuple[int, int]]
    easter_holidays: dict[str, int]
    reference_words: dict[str, str]
    set_quantifiers: tuple[str, ...]
    long_durations: dict[str, str]
    units: dict[str, str]
    unit_names: dict[str, str]
    modifiers: dict[str, int]
    relative_days: dict[str, int]
    relative_day_adjectives: dict[str, int]
    year_end: frozenset[str]
    year_start: frozenset[str]
    sets: dict[str, str]
    after_words: frozenset[str]
    before_words: frozenset[str]
    future_markers: frozenset[str]
    past_markers: frozenset[str]
    preterite_verbs: frozenset[str]
    dateline_keywords: tuple[str, ...]

    def alternation(self, words) -> str:
        """A regex alternation of `words` that prefers the longer of two that fit."""
        return alternation(words)


def _index(mapping: dict) -> dict[str, int]:
    return {word: int(key) for key, words in mapping.items() for word in words}


@cache
def german() -> Lexicon:
    data = yaml.safe_load(resources.files("chronik.data").joinpath("timex_de.yaml")
                          .read_text("utf-8"))
    return Lexicon(
        months=_index(data["months"]),
        weekdays=_index(data["weekdays"]),
        day_parts=data["day_parts"],
        day_part_adverbs=data["day_part_adverbs"],
        month_context=frozenset(w.lower() for w in data["month_context"]),
        month_parts=data["month_parts"],
        numbers=data["numbers"],
        fractions=data["fractions"],
        vague_quantities=tuple(data["vague_quantities"]),
        ordinals=data["ordinals"],
        decades=data["decades"],
        seasons={word: code for code, words in data["seasons"].items() for word in words},
        season_months={code: tuple(span) for code, span in data["season_months"].items()},
        fixed_holidays={name: tuple(int(x) for x in day.split("-"))
                        for name, day in data["fixed_holidays"].items()},
        easter_holidays=data["easter_holidays"],
        reference_words={word: value for value, words in data["reference_words"].items()
                         for word in words},
        set_quantifiers=tuple(data["set_quantifiers"]),
        long_durations=data["long_durations"],
        units=data["units"],
        unit_names=data["unit_names"],
        modifiers=data["modifiers"],
        relative_days=data["relative_days"],
        relative_day_adjectives=data["relative_day_adjectives"],
        year_end=frozenset(data["year_end"]),
        year_start=frozenset(data["year_start"]),
        sets=data["sets"],
        after_words=frozenset(data["after_words"]),
        before_words=frozenset(data["before_words"]),
        future_markers=frozenset(data["future_markers"]),
        past_markers=frozenset(data["past_markers"]),
        preterite_verbs=frozenset(data["preterite_verbs"]),
        dateline_keywords=tuple(data["dateline_keywords"]),
    )
