"""Tense of the clause around a time expression: it decides which way a bare weekday points.

"hatte am Sonntag telefoniert" is past, "wird am Mittwoch fliegen" is future, and the present
tense of news ("trifft am Donnerstag") points forward; a modal with a perfect infinitive tells
of the past ("sollen am Montag geflohen sein"), and any simple past form of the inflection
dictionaries marks the past ("bekanntgab"). A clause is the stretch of the sentence between
commas, semicolons, colons and dashes (a parenthesis stays in its clause: "am Freitag (28.6.)
angegriffen haben"); a clause without a verb marker takes the tense of its neighbours.
"""

from __future__ import annotations

import re

from ..language import lemma_table
from .lexicon import german

CLAUSE_BREAK = re.compile(r"[,;:–—]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
HAVE = frozenset({"hat", "habe", "haben", "hätten", "hätte", "ist", "sind", "wäre", "wären"})
PLUPERFECT = frozenset({"hatte", "hatten"})
PERFECT_AUXILIARIES = PLUPERFECT | {"hat", "habe", "haben"}
"""With one of these, a participle that looks ahead ("hat angekündigt", "hatte geplant") tells
of the announcing, which is past."""
MODALS = frozenset({"soll", "sollen", "solle", "sollten", "sollte", "will", "wollen", "wolle",
                    "wollte", "wollten", "könnte", "könnten", "dürfte", "dürften", "muss", "müsse",
                    "müssen"})


def clause_tenses(sentence: str) -> list[tuple[int, int, str]]:
    """Split a sentence into clauses, each as (start, end, tense).

    Tense is one of past, pluperfect, future or present."""
    spans, start = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    tenses = [_tense(sentence[a:b], sentence[b:]) for a, b in spans]
    for i, tense in enumerate(tenses):
        if tense == "none":
            neighbours = [tenses[j] for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(tenses)]
            tenses[i] = next((t for t in neighbours if t != "none"), "present")
    return [(a, b, t) for (a, b), t in zip(spans, tenses)]


def tense_at(sentence: str, offset: int) -> str:
    for start, end, tense in clause_tenses(sentence):
        if start <= offset <= end:
            return tense
    return "present"


def told_as_past(sentence: str, offset: int) -> bool:
    """Whether the clause around `offset` itself tells of the past: a simple past or pluperfect
    form, or "hat"/"ist" with a participle in that clause (not one further on)."""
    for start, end, _ in clause_tenses(sentence):
        if start <= offset <= end:
            return _tense(sentence[start:end]) in ("past", "pluperfect")
    return False


def _tense(clause: str, rest: str = "") -> str:
    """Tense of a clause; `rest` is the sentence after it, where a split-off participle may
    stand ("haben sich am Mittwoch, 22. März, in Paris geeinigt")."""
    words = WORD.findall(clause)
    lexicon = german()
    lower = [w.lower() for w in words]
    if _reported_past(lower):
        return "past"
    if any(w in lexicon.future_markers for w in lower):
        if any(w in PERFECT_AUXILIARIES for w in lower) and any(
                w in lexicon.future_markers and _is_participle(w) for w in lower):
            return "past"
        return "future"
    if any(w in PLUPERFECT for w in lower):
        return "pluperfect"
    if any(w in lexicon.past_markers and w not in HAVE for w in lower):
        return "past"
    if any(w in HAVE for w in lower) and any(_is_participle(w)
                                             for w in words + WORD.findall(rest)):
        return "past"
    if any(w in lexicon.preterite_verbs or _is_preterite(w) for w in lower):
        return "past"
    if any(_is_verb_like(w) for w in words):
        return "present"
    return "none"


def _reported_past(lower: list[str]) -> bool:
    """A modal with a perfect infinitive tells of the past ("sollen ... geflohen sein", "will
    ... gesehen haben", "getötet worden sein sollen"), though "sollen" alone points ahead."""
    return any(w in MODALS for w in lower) and any(
        w in ("sein", "haben") and i > 0 and (_is_participle(lower[i - 1]) or lower[i - 1] ==
                                              "worden")
        for i, w in enumerate(lower))


def _is_preterite(word: str) -> bool:
    """A simple past form of the inflection dictionaries ("bekanntgab", "schwiegen")."""
    return word.islower() and (word, "T") in lemma_table()


INSEPARABLE = ("be", "ge", "er", "ver", "ent", "zer", "emp", "miss", "über", "unter")
PARTICLE_REACH = 8
"""How far into a participle its "ge" may stand, after a separable particle ("angekündigt",
"zurückgetreten", "zusammengetroffen")."""


def _is_participle(word: str) -> bool:
    """A lowercase past participle: "telefoniert", "getroffen", "bekräftigt", "angekündigt"."""
    if not (word.islower() and len(word) > 5 and word.endswith(("t", "en"))):
        return False
    return word.endswith("iert") or word.startswith(INSEPARABLE) or \
        "ge" in word[2:PARTICLE_REACH + 2]


def _is_verb_like(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.endswith(("t", "en", "te"))
