"""Tense of the clause around a time expression: it decides which way a bare weekday points.

"hatte am Sonntag telefoniert" is past, "wird am Mittwoch fliegen" is future, and the present
tense of news ("trifft am Donnerstag") points forward. A clause is the stretch of the sentence
between punctuation marks; a clause without a verb marker takes the tense of its neighbours.
"""

from __future__ import annotations

import re

from .lexicon import german

CLAUSE_BREAK = re.compile(r"[,;:–—()]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
HAVE = frozenset({"hat", "habe", "haben", "hätten", "hätte", "ist", "sind", "wäre", "wären"})
PLUPERFECT = frozenset({"hatte", "hatten"})


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


def _tense(clause: str, rest: str = "") -> str:
    """Tense of a clause; `rest` is the sentence after it, where a split-off participle may
    stand ("haben sich am Mittwoch, 22. März, in Paris geeinigt")."""
    words = WORD.findall(clause)
    lexicon = german()
    lower = [w.lower() for w in words]
    if any(w in lexicon.future_markers for w in lower):
        return "future"
    if any(w in PLUPERFECT for w in lower):
        return "pluperfect"
    if any(w in lexicon.past_markers and w not in HAVE for w in lower):
        return "past"
    if any(w in HAVE for w in lower) and any(_is_participle(w)
                                             for w in words + WORD.findall(rest)):
        return "past"
    if any(w in lexicon.preterite_verbs for w in lower):
        return "past"
    if any(_is_verb_like(w) for w in words):
        return "present"
    return "none"


INSEPARABLE = ("be", "ge", "er", "ver", "ent", "zer", "emp", "miss", "über", "unter")


def _is_participle(word: str) -> bool:
    """A lowercase past participle: "telefoniert", "getroffen", "bekräftigt", "angekündigt"."""
    if not (word.islower() and len(word) > 5 and word.endswith(("t", "en"))):
        return False
    return word.endswith("iert") or word.startswith(INSEPARABLE) or "ge" in word[2:8]


def _is_verb_like(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.endswith(("t", "en", "te"))
