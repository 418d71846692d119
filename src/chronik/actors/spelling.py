"""German spellings of names that English sources romanise: "Jalal" → "Dschalal",
"Medvedev" → "Medwedew", "Rouhani" → "Ruhani". The rules per script group and the countries
each applies to live in `data/actors/transliteration_de.yaml`; a name of a country outside every
group (a Latin-script country, Chinese pinyin) keeps its spelling.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _rules() -> dict[str, tuple[re.Pattern[str], list[str]]]:
    """Country → its group's rules as one pattern of numbered alternatives, tried in the listed
    order at each position, so that one rule's output is never rewritten by another ("kh" →
    "ch" stays "ch" where "ch" → "tsch" is also a rule). A "V" before or after the letters is a
    vowel that must be there and stays untouched; "^" is the start of a word."""
    text = resources.files("chronik.data").joinpath("actors") \
        .joinpath("transliteration_de.yaml").read_text("utf-8")
    by_country: dict[str, tuple[re.Pattern[str], list[str]]] = {}
    for group in yaml.safe_load(text)["groups"].values():
        alternatives, replacements = [], []
        for number, (old, new) in enumerate(group["rules"]):
            before = r"(?<=[aeiou])" if old.startswith("V") else ""
            before = r"(?<![a-z])" if old.startswith("^") else before
            after = r"(?=[aeiou])" if old.endswith("V") else ""
            alternatives.append(rf"(?P<r{number}>{before}{re.escape(old.strip('^V'))}{after})")
            replacements.append(new.strip("V"))
        compiled = (re.compile("|".join(alternatives)), replacements)
        for country in group["countries"]:
            by_country[country] = compiled
    return by_country


def german_spelling(name: str, country: str | None) -> str:
    """`name` as German news writes it, word by word, with the case of each word's first letter
    kept; unchanged for a country without rules."""
    rules = _rules().get(country or "")
    if not rules:
        return name
    words = []
    for word in re.split(r"(\s+|-)", name):
        if not word.strip() or word == "-":
            words.append(word)
            continue
        pattern, replacements = rules
        spelled = pattern.sub(lambda m: replacements[int(m.lastgroup[1:])], word.lower())
        words.append(spelled.capitalize() if word[:1].isupper() else spelled)
    return "".join(words)
