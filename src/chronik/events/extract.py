"""Extract events from an annotated article: trigger, actors, date, place and status per clause.

A sentence is cut into clauses at commas, semicolons, dashes and at "und" before a verb. In a
clause with a trigger, the source is the first actor mention not governed by a preposition (else
the sentence's subject, else the person a subject pronoun points back to), and the targets are
the mention nearest the trigger and those coordinated with it. A country adjective ("russischer
Truppenaufmarsch") stands in when no actor is named. The date comes from the time expressions of
the clause, then of the sentence, then, for an anaphoric clause ("dabei", "in dem Telefonat"), from
the event before; otherwise it is the week up to the publication date, marked approximate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..actors import load as load_actors
from ..records import Article, Event, Mention, Sentence, TimeExpr
from .lexicon import EventLexicon, Trigger, german

CLAUSE_BREAK = re.compile(r"[,;:–—]\s*|\s+(?:und|sowie|aber|doch)\s+(?=[a-zäöüß]+\b)")
WORD = re.compile(r"[\w-]+")
COMPOUND_MEETING = re.compile(
    r"(?<![\w-])(?P<a>[A-ZÄÖÜ][\w]*)-(?P<b>[A-ZÄÖÜ][\w]*)-(?:Rat|Rats|Gipfel|Gipfels|Treffen|Gespräche|"
    r"Gesprächen|Dialog|Dialogs|Verhandlungen|Konsultationen)(?![\w-])")
AGGRESSION = re.compile(r"\b\w+isch(?:e|en|er|es|em)\s+(?:Invasion|Einmarsch|Angriff|Aggression)\w*")


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    text: str


def extract(article: Article) -> Article:
    """Fill `article.events` from its sentences, mentions and time expressions."""
    lexicon = german()
    actors_by_sentence: dict[int, list[Mention]] = {}
    for mention in article.mentions:
        if mention.actor_id:
            actors_by_sentence.setdefault(mention.sentence, []).append(mention)
    events: list[Event] = []
    for sentence in article.sentences:
        mentions = actors_by_sentence.get(sentence.index, [])
        events.extend(_sentence_events(article, sentence, mentions, lexicon, events))
    article.events = events
    return article


def _clauses(sentence: Sentence, lexicon: EventLexicon) -> list[Clause]:
    clauses, start = [], 0
    for match in CLAUSE_BREAK.finditer(sentence.text):
        following = WORD.match(sentence.text, match.end())
        if match.group(0).strip() in ("und", "sowie", "aber", "doch") and following and \
                following.group(0) in lexicon.determiners:
            continue
        clauses.append(Clause(start, match.start(), sentence.text[start:match.start()]))
        start = match.end()
    clauses.append(Clause(start, len(sentence.text), sentence.text[start:]))
    return [c for c in clauses if c.text.strip()]


def _triggers(clause: Clause, lexicon: EventLexicon) -> list[tuple[Trigger, re.Match[str]]]:
    found: dict[str, tuple[Trigger, re.Match[str]]] = {}
    for trigger in lexicon.triggers:
        match = trigger.pattern.search(clause.text)
        if not match or (trigger.requires and not trigger.requires.search(clause.text)):
            continue
        if trigger.type not in found or (found[trigger.type][0].strength == "noun"
                                         and trigger.strength == "verb"):
            found[trigger.type] = (trigger, match)
    if any(t.strength == "verb" for t, _ in found.values()):
        found = {k: v for k, v in found.items() if v[0].strength == "verb"}
    if "CONSULT" in found and len(found) > 1 and _is_anaphoric_consult(clause, found["CONSULT"][1]):
        del found["CONSULT"]
    return list(found.values())


def _is_anaphoric_consult(clause: Clause, match: re.Match[str]) -> bool:
    before = clause.text[:match.start()].split()[-2:]
    return len(before) == 2 and before[0].lower() in ("in", "bei", "nach", "im") or \
        len(before) >= 1 and before[-1].lower() in ("im", "beim")


def _governing_word(sentence: Sentence, offset: int, lexicon: EventLexicon) -> str | None:
    """The preposition that governs a mention starting at `offset`, skipping determiners."""
    words = WORD.findall(sentence.text[:offset])
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered in lexicon.prepositions:
            return lowered
        if lowered in lexicon.determiners or word[:1].islower():
            continue
        return None
    return None


def _is_attribute(sentence: Sentence, mention: Mention, start: int) -> bool:
    """'Russlands Forderungen': a genitive country before a noun is an attribute, not an actor."""
    end = mention.end - sentence.start
    return mention.kind in ("country", "person") and mention.text.endswith("s") and \
        re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", sentence.text[end:]) is not None


def _sentence_events(article: Article, sentence: Sentence, mentions: list[Mention],
                     lexicon: EventLexicon, earlier: list[Event]) -> list[Event]:
    """Events of one sentence; `mentions` are its mentions that name an actor."""
    events: list[Event] = []
    subject = _subject(sentence, mentions, lexicon)
    for clause in _clauses(sentence, lexicon):
        for trigger, match in _triggers(clause, lexicon):
            for event in _clause_events(article, sentence, clause, trigger, match, mentions,
                                        subject, lexicon, earlier):
                events.append(event)
        events.extend(_compound_meetings(article, sentence, clause, lexicon, earlier))
    return events


def _compound_meetings(article: Article, sentence: Sentence, clause: Clause,
                       lexicon: EventLexicon, earlier: list[Event]) -> list[Event]:
    """"im Nato-Russland-Rat", "der EU-China-Gipfel": a meeting noun compounded with two actors
    is a multilateral consultation between them."""
    base = load_actors()
    events = []
    for match in COMPOUND_MEETING.finditer(clause.text):
        sides = [base.surfaces.get(part) or base.prefixes.get(part)
                 for part in (match["a"], match["b"])]
        if None in sides or sides[0] == sides[1]:
            continue
        status, condition = _status(article, sentence, clause, lexicon)
        first, last, precision, dated_by = _event_date(article, sentence, clause, lexicon,
                                                       earlier, status)
        events.append(Event(
            type="CONSULT", source=sides[0], target=sides[1], sentence=sentence.index,
            start=sentence.start, end=sentence.end, trigger=match.group(0), mode="multilateral",
            first_day=first, last_day=last, precision=precision, status=status,
            condition=condition, confidence=0.4, dated_by=dated_by))
    return events


def _subject(sentence: Sentence, mentions: list[Mention], lexicon: EventLexicon) -> str | None:
    for mention in mentions:
        start = mention.start - sentence.start
        if _governing_word(sentence, start, lexicon) is None and not \
                _is_attribute(sentence, mention, start) and not _is_location(sentence, mention,
                                                                             lexicon):
            return mention.actor_id
    return None


def _is_location(sentence: Sentence, mention: Mention, lexicon: EventLexicon) -> bool:
    return _governing_word(sentence, mention.start - sentence.start, lexicon) in lexicon.locative


def _clause_events(article: Article, sentence: Sentence, clause: Clause, trigger: Trigger,
                   match: re.Match[str], mentions: list[Mention], subject: str | None,
                   lexicon: EventLexicon, earlier: list[Event]) -> list[Event]:
    base = load_actors()
    if _in_condition(sentence, clause.start + match.start(), lexicon):
        return []
    inside = [m for m in mentions if clause.start <= m.start - sentence.start < clause.end]
    reporters = {id(m) for m in inside if lexicon.reporting.search(
        sentence.text[max(0, m.start - sentence.start - 20):m.start - sentence.start])}
    usable = [m for m in inside if id(m) not in reporters and not _is_location(sentence, m, lexicon)
              and not _is_attribute(sentence, m, m.start - sentence.start)]
    free = [m for m in usable if _governing_word(sentence, m.start - sentence.start, lexicon) is None]
    elided = clause.start > 0 and clause.text[:1].islower() and subject is not None
    between = _between(sentence, clause, usable)
    if between:
        source, free = between[0], []
    elif elided:
        source, free = subject, []
    else:
        source = free[0].actor_id if free else subject or _pronoun_source(
            article, sentence, clause, lexicon)
    adjectives = _adjective_countries(clause.text) if trigger.type != "CONSULT" else []
    if source is None and adjectives:
        source = adjectives.pop(0)
    trigger_at = clause.start + match.start()
    candidates = [m for m in usable if m.actor_id != source]
    targets = [between[1]] if between else _targets(sentence, candidates, trigger_at)
    aggressor = AGGRESSION.search(clause.text)
    if trigger.type == "THREATEN" and aggressor:
        targets = [_adjective_countries(aggressor.group(0))[0]]
    if not targets:
        targets = [c for c in adjectives if c != source][:1]
    group = lexicon.group_pronouns.search(clause.text)
    if source is None and group and trigger.type == "CONSULT":
        pair = _previous_pair(article, sentence)
        if pair:
            source, targets = pair[0], [pair[1]]
    if source is None or not targets:
        return []
    status, condition = _status(article, sentence, clause, lexicon)
    first, last, precision, dated_by = _event_date(article, sentence, clause, lexicon, earlier,
                                                   status)
    if status == "happened" and first and article.published and first > article.published:
        status = "planned"
    location = _location(sentence, clause, base.places | set(base.surfaces), lexicon)
    events = []
    for target in targets:
        if target == source or base.actors[source].country == target:
            continue
        events.append(Event(
            type=trigger.type, source=source, target=target, sentence=sentence.index,
            start=sentence.start, end=sentence.end, trigger=match.group(0), mode=trigger.mode,
            first_day=first, last_day=last, precision=precision, location=location,
            status=status, condition=condition,
            confidence=round(0.6 if trigger.strength == "verb" else 0.4, 2), dated_by=dated_by))
    return events


def _between(sentence: Sentence, clause: Clause, mentions: list[Mention]
             ) -> tuple[str, str] | None:
    """'zwischen X und Y' names both sides of an event."""
    match = re.search(r"zwischen\s", clause.text)
    if not match:
        return None
    after = [m for m in mentions if m.start - sentence.start >= clause.start + match.end()]
    sides = list(dict.fromkeys(m.actor_id for m in after))
    return (sides[0], sides[1]) if len(sides) >= 2 else None


def _targets(sentence: Sentence, candidates: list[Mention], trigger_at: int) -> list[str]:
    """The mention nearest the trigger, with the mentions coordinated to it by 'und'/'sowie'."""
    if not candidates:
        return []
    nearest = min(candidates, key=lambda m: abs(m.start - sentence.start - trigger_at))
    chosen = [nearest]
    ordered = sorted(candidates, key=lambda m: m.start)
    index = ordered.index(nearest)
    for step in (1, -1):
        i = index
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda m: m.start)
            gap = sentence.text[a.end - sentence.start:b.start - sentence.start]
            if not re.fullmatch(r"\s*(?:,|und|sowie|oder)\s+(?:\w+\s+){0,3}", gap):
                break
            chosen.append(ordered[i + step])
            i += step
    seen: list[str] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        if mention.actor_id not in seen:
            seen.append(mention.actor_id)
    return seen


@cache
def _adjective_pattern() -> re.Pattern[str]:
    alternation = "|".join(sorted(load_actors().adjectives, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternation})(?:e|en|er|es|em)(?![\w-])", re.IGNORECASE)


def _adjective_countries(text: str) -> list[str]:
    base = load_actors()
    found = []
    for match in _adjective_pattern().finditer(text):
        country = base.adjectives[match.group(1).lower()]
        if country not in found:
            found.append(country)
    return found


def _pronoun_source(article: Article, sentence: Sentence, clause: Clause,
                    lexicon: EventLexicon) -> str | None:
    words = WORD.findall(clause.text)
    if not any(w in lexicon.pronouns for w in words[:4]):
        return None
    for mention in article.mentions:
        if mention.sentence == sentence.index - 1 and mention.kind == "person" and mention.actor_id:
            return mention.actor_id
    return None


def _previous_pair(article: Article, sentence: Sentence) -> tuple[str, str] | None:
    people: list[str] = []
    for mention in article.mentions:
        if mention.sentence == sentence.index - 1 and mention.kind == "person" and \
                mention.actor_id not in people:
            people.append(mention.actor_id)
    return (people[0], people[1]) if len(people) >= 2 else None


def _in_condition(sentence: Sentence, offset: int, lexicon: EventLexicon) -> bool:
    """Whether `offset` lies in the condition itself ("solange Russland nicht einmarschiert"),
    which qualifies another event and is not one."""
    for condition in lexicon.conditions.finditer(sentence.text):
        end = re.search(r"[,;.]|$", sentence.text[condition.end():])
        if condition.start() <= offset < condition.end() + end.start():
            return True
    return False


def _status(article: Article, sentence: Sentence, clause: Clause, lexicon: EventLexicon
            ) -> tuple[str, str | None]:
    condition = lexicon.conditions.search(sentence.text)
    if condition:
        tail = sentence.text[condition.start():]
        return "conditional", re.split(r"[,;.]", tail, maxsplit=1)[0].strip(" –-")
    words = WORD.findall(clause.text)
    if any(w in lexicon.negations for w in words):
        return "denied", None
    if any(w in lexicon.planned for w in words):
        return "planned", None
    return "happened", None


def _event_date(article: Article, sentence: Sentence, clause: Clause, lexicon: EventLexicon,
                earlier: list[Event], status: str
                ) -> tuple[date | None, date | None, str, tuple[TimeExpr, ...]]:
    """The event's date range, its precision and the time expressions it comes from."""
    dated = [t for t in article.timexes if t.sentence == sentence.index and t.first_day
             and t.type in ("DATE", "TIME") and t.precision != "year"]
    in_clause = [t for t in dated if clause.start <= t.start - sentence.start < clause.end]
    chosen = in_clause or dated
    if chosen:
        first = min(t.first_day for t in chosen)
        last = max(t.last_day for t in chosen)
        precision = chosen[0].precision if len(chosen) == 1 else "day"
        return first, last, precision, tuple(chosen)
    if lexicon.anaphora.search(clause.text) or lexicon.anaphora.search(sentence.text):
        for event in reversed(earlier):
            if event.first_day and event.precision != "approximate":
                return event.first_day, event.last_day, event.precision, event.dated_by
    if article.published is None:
        return None, None, "unknown", ()
    if status == "planned":
        return article.published, article.published + timedelta(days=7), "approximate", ()
    return article.published - timedelta(days=7), article.published, "approximate", ()


def _location(sentence: Sentence, clause: Clause, places: set[str], lexicon: EventLexicon
              ) -> str | None:
    for match in re.finditer(r"(?<![\w-])(?:in|nach)\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)",
                             clause.text):
        name = match.group(1)
        if name in places or name.split()[0] in places:
            return name if name in places else name.split()[0]
    return None
