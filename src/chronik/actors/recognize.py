"""Find actor mentions in a sentence and resolve each to an actor of the base.

Three kinds of surface: names and their spellings ("Selenskyj", "Selenskij", "Zelensky"),
metonyms ("Moskau", "der Kreml", "das Weiße Haus"), and role phrases ("US-Außenminister",
"Russlands Präsident", "der Kremlchef") that the article's date resolves to the person in office.
A role phrase directly followed by a name ("US-Präsident Joe Biden") becomes one mention of the
name. Unknown capitalised words close to a known surname under a transliteration-aware key
("Barbock") resolve to it with lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from .base import ActorBase, load

B = r"(?<![\w-])"
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßé]{5,}(?![\w-])")
COUNTERPART = r"(?:Amts)?[Kk]olleg(?:e|en|in)|Pendant|Gegenüber|Regierung|Seite|Führung"


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    actor_id: str
    kind: str
    confidence: float
    is_role: bool = False


def translit_key(name: str) -> str:
    """A spelling-neutral key: Selenskyj, Selenskij, Zelensky and Zelenskyy share one."""
    key = name.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("sch", "sh"),
                     ("tsch", "ch"), ("w", "v"), ("z", "s"), ("ij", "y"), ("yj", "y"),
                     ("j", "y"), ("ie", "i"), ("ck", "k")):
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key).rstrip("y") or key


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _deletions(key: str) -> set[str]:
    """`key` and every string one character shorter: two keys within edit distance 1 share one."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}


@cache
def _surname_index() -> dict[str, list[tuple[str, str]]]:
    """Surname keys of the persons in the base, under each of their deletions."""
    base = load()
    index: dict[str, list[tuple[str, str]]] = {}
    for surface, actor in base.surfaces.items():
        if base.actors[actor].kind == "person" and " " not in surface and len(surface) >= 5:
            key = translit_key(surface)
            for variant in _deletions(key):
                index.setdefault(variant, []).append((key, actor))
    return index


@lru_cache(maxsize=65536)
def _close_surname(key: str) -> str | None:
    """The person whose surname key is within edit distance 1 of `key`, found through shared
    deletions instead of comparing with every surname."""
    index = _surname_index()
    candidates = sorted({hit for variant in _deletions(key) for hit in index.get(variant, ())})
    for known, actor in candidates:
        if _distance(key, known) <= 1:
            return actor
    return None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    base = load()
    persons = {s for s, a in base.surfaces.items() if base.actors[a].kind == "person"}
    names = re.compile(
        rf"{B}(?:(?:{_alternation(persons)})s?|{_alternation(set(base.surfaces) - persons)}"
        rf"|{_alternation(base.roles)})(?![\w-])")
    role = re.compile(
        rf"{B}(?:(?P<gen>{_alternation(base.genitives)})\s+|(?P<prefix>{_alternation(base.prefixes)})-"
        rf"|(?P<adj>{_alternation(base.adjectives)})(?:e|en|er|es|em)?\s+)?"
        rf"(?P<title>{_alternation(base.titles)}|{COUNTERPART})(?![\w-])")
    return names, role


def recognize(text: str, day: date | None) -> list[Found]:
    """All actor mentions in `text`, leftmost-longest, with roles resolved as of `day`."""
    base = load()
    names, role = _patterns()
    found: list[Found] = []
    for match in names.finditer(text):
        surface = match.group(0)
        actor = base.surfaces.get(surface) or base.roles.get(surface) or \
            base.surfaces.get(surface[:-1])
        if actor:
            found.append(Found(match.start(), match.end(), actor, base.actors[actor].kind, 1.0,
                               surface in base.roles))
    for match in role.finditer(text):
        resolved = _resolve_role(base, match, day)
        if resolved:
            found.append(Found(match.start(), match.end(), *resolved, is_role=True))
    for match in CAPITALISED.finditer(text):
        if any(f.start <= match.start() < f.end for f in found):
            continue
        actor = _close_surname(translit_key(match.group(0)))
        if actor:
            found.append(Found(match.start(), match.end(), actor, "person", 0.7))
    return _merge_role_and_name(text, _leftmost_longest(found))


def _resolve_role(base: ActorBase, match: re.Match[str], day: date | None
                  ) -> tuple[str, str, float] | None:
    title = match["title"]
    country = (base.genitives.get(match["gen"] or "") or base.prefixes.get(match["prefix"] or "")
               or base.adjectives.get(match["adj"] or ""))
    office = base.titles.get(title)
    if country is None:
        if title not in base.home_titles or office is None:
            return None
        country = base.home_country
    if office is None:
        return country, base.actors[country].kind, 0.6
    person = base.holder(country, office, day)
    if person:
        return person, "person", 0.8
    return country, base.actors[country].kind, 0.5


def _leftmost_longest(found: list[Found]) -> list[Found]:
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[Found] = []
    for item in found:
        if not chosen or item.start >= chosen[-1].end:
            chosen.append(item)
    return chosen


def _merge_role_and_name(text: str, found: list[Found]) -> list[Found]:
    """'US-Präsident Joe Biden' and 'Sprecherin ..., Jen Psaki' are one mention of the name; a
    place before a name ("in Warschau Duda") stays apart."""
    merged: list[Found] = []
    for item in found:
        if merged:
            last = merged[-1]
            gap = text[last.end:item.start]
            if item.kind == "person" and (last.is_role or last.confidence < 1.0
                                          or last.actor_id == item.actor_id):
                if re.fullmatch(r"\s|,\s", gap):
                    merged[-1] = Found(last.start, item.end, item.actor_id, item.kind,
                                       item.confidence)
                    continue
        merged.append(item)
    return merged
