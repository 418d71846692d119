"""Extract events from an annotated article: trigger, actors, date, place and status per clause.

The lexicon of the article's language (`events/lexicon.py`) supplies triggers and grammar words.
A sentence is cut into clauses at commas, semicolons, dashes and at "und" before a verb. In a
clause with a trigger, the source is the first actor mention not governed by a preposition (else
the sentence's subject, else the person a subject pronoun points back to), and the targets are
the mention nearest the trigger and those coordinated with it. A country adjective ("russischer
Truppenaufmarsch") stands in when no actor is named. The date comes from the time expressions of
the clause, then of the sentence, then, for an anaphoric clause ("dabei", "in dem Telefonat"), from
the event before, for a clause in the pluperfect from the last date of the sentences before (the
time the story went back to); otherwise it is the week up to the publication date, marked
approximate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..actors import load as load_actors
from ..actors.coref import article_country
from ..records import Article, Event, Mention, Sentence, TimeExpr, Token
from ..timex.lexicon import german as timex_lexicon
from . import frames, lemmas
from .lexicon import EventLexicon, Trigger, for_text

WORD = re.compile(r"[\w-]+")
DATELINE = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s")
REPORTED_SPEECH_SPAN = 3
"""Sentences after a statement whose Konjunktiv still reports its speaker."""
FUNCTION_WORDS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART"})
"""Parts of speech of words that are never an event's trigger."""
NOUN_DATE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+vom\s+$")
"""A date that dates a noun, not the event ("gegen den Beschluss des Rates vom 3. Mai")."""
HEADLINE_END = re.compile(r"[.!?…:][\"“”«»'’)]*\s*$")


REFERENCE_REACH = 3
"""Sentences back in which a pluperfect clause finds the time the story went back to."""


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    text: str


def extract(article: Article) -> Article:
    """Fill `article.events` from its sentences, mentions and time expressions, with the
    lexicon of the article's language."""
    lexicon = for_text(article.text)
    actors_by_sentence: dict[int, list[Mention]] = {}
    for mention in article.mentions:
        if mention.actor_id:
            actors_by_sentence.setdefault(mention.sentence, []).append(mention)
    events: list[Event] = []
    by_syntax = lexicon.language == "de" and bool(article.tokens)
    reported_by: str | None = None
    last_statement = 0
    implicit = _implicit_sources(article) if by_syntax else {}
    for sentence in article.sentences:
        mentions = actors_by_sentence.get(sentence.index, [])
        previous = actors_by_sentence.get(sentence.index - 1, [])
        tokens = _tokens_of(article, sentence)
        function_words = {t.start - sentence.start for t in tokens if t.upos in FUNCTION_WORDS}
        found = _sentence_events(article, sentence, mentions, previous, lexicon, events,
                                 function_words)
        if by_syntax:
            read = _syntax_events(article, sentence, tokens, mentions, previous, lexicon,
                                  events + found, reported_by, implicit)
            lemma_lexicon = lemmas.german()
            passive = _passive_verbs(tokens)
            topics = frames.topic_nouns(tokens, lemma_lexicon) | \
                frames.content_verbs(tokens, lemma_lexicon)
            verb_types = frames.verb_types(tokens, lemma_lexicon)
            unnamed = frames.unnamed_subject_verbs(tokens, mentions)
            kept = [f for f in found if not _overruled(f, read) and f.trigger not in topics and
                    f.trigger not in unnamed and
                    (f.trigger not in passive or f.type == "CONSULT") and
                    f.type in verb_types.get(f.trigger, {f.type})]
            found = [_with_status_of(f, read) for f in kept] + \
                [e for e in read if not any(_same_report(e, f) for f in kept)]
            speaking = frames.speaker(tokens, mentions, previous, lemma_lexicon)
            if speaking:
                reported_by, last_statement = speaking, sentence.index
            elif sentence.index - last_statement >= REPORTED_SPEECH_SPAN:
                reported_by = None
        events.extend(found)
    _join_participants(article, events, actors_by_sentence, lexicon)
    article.events = _align_headlines(article, _kept(events))
    return article


def _kept(events: list[Event]) -> list[Event]:
    """The events worth keeping: a meeting whose partner stayed unknown goes, and so does an
    event without a target where the same sentence has it with one (the grammar read the
    target in one reading and missed it in another)."""
    targeted = {(e.sentence, e.type, e.source) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or (
        e.type in frames.UNTARGETED_TYPES and (e.sentence, e.type, e.source) not in targeted)]


def _syntax_events(article: Article, sentence: Sentence, tokens: list[Token],
                   mentions: list[Mention], previous: list[Mention], lexicon: EventLexicon,
                   earlier: list[Event], reported_by: str | None, implicit: dict[str, str]
                   ) -> list[Event]:
    """The events `frames` reads off the sentence's dependency analysis, dated and placed."""
    events = []
    for found in frames.candidates(tokens, mentions, previous, lemmas.german(), reported_by,
                                   implicit):
        target = found.target or _addressee(found)
        if found.answers:
            target = _answered_author(found, earlier + events)
            if target is None:
                continue
        start, end = found.clause[0] - sentence.start, found.clause[1] - sentence.start
        clause = Clause(start, end, sentence.text[start:end])
        first, last, precision, dated_by = _event_date(
            article, sentence, clause, lexicon, earlier + events, found.status,
            _dating_other_nouns(tokens, found.trigger))
        status = _dated_status(found.status, first, article.published)
        events.append(Event(
            type=found.type, source=found.source, target=target,
            participants=found.participants, sentence=sentence.index,
            start=sentence.start, end=sentence.end, trigger=found.trigger.text, mode=found.mode,
            first_day=first, last_day=last, precision=precision,
            location=_location(clause, lexicon),
            status=status, condition=found.condition, confidence=0.6, dated_by=dated_by))
    return events


def _answered_author(found: frames.Candidate, earlier: list[Event]) -> str | None:
    """Who made the speech act that `found` rejects without naming its author: the source of
    the article's latest earlier act of that type against the rejecting actor ("Chile warf
    Bolivien Spionage vor. Bolivien wies die Vorwürfe zurück." rejects Chile)."""
    return next((e.source for e in reversed(earlier)
                 if e.type == found.answers and e.target == found.source and
                 e.source != found.source), None)


def _addressee(found: frames.Candidate) -> str | None:
    """The target of a protest that names none: the protesters' own state (PLOVER: protest is
    addressed to a government; "Hunderte demonstrierten in Lima" protest against Peru's)."""
    if found.type != "PROTEST":
        return None
    base = load_actors()
    source = base.actors.get(found.source)
    state = base.actors.get(source.country or "") if source else None
    return state.id if state and state.kind == "country" and state.id != source.id else None


def _implicit_sources(article: Article) -> dict[str, str]:
    """The source of an arrest or ban that names none is the state the article is about; of a
    protest, that state's protesters (`frames`)."""
    state = article_country(m.actor_id for m in article.mentions)
    if state is None:
        return {}
    base = load_actors()
    return {"COERCE": state, "PROTEST": base.sector_actor(state, frames.PROTESTERS)}


def _same_report(a: Event, b: Event) -> bool:
    """Two readings of one sentence that state the same event."""
    if a.type != b.type or a.sentence != b.sentence:
        return False
    if a.type == "CONSULT":
        sides, others = {a.source, a.target, *a.participants}, {b.source, b.target, *b.participants}
        return sides <= others or others <= sides
    return (a.source, a.target) == (b.source, b.target)


def _with_status_of(matched: Event, read: list[Event]) -> Event:
    """The pattern's event, read as happened, with the status the grammar gives the same event
    where it sees more: modality or refusal in the structure ("weigerte sich, X zu
    unterzeichnen"); a threat with the grammar's status whatever the pattern read, as a threat
    is made when uttered, even of what happens only on a condition."""
    same = next((e for e in read if _same_report(e, matched)), None)
    if same is None or (matched.status != "happened" and matched.type != "THREATEN"):
        return matched
    return replace(matched, status=same.status, condition=same.condition)


def _passive_verbs(tokens: list[Token]) -> set[str]:
    """The words of a sentence that the parse reads as a passive verb ("wurden ... bombardiert"):
    there the pattern's first actor is no doer, and the grammar names the doer if the sentence
    does. A meeting has no doer ("wurde zwischen X und Y verhandelt"): its pattern reading
    stands."""
    passive = {t.head for t in tokens if t.dep == "aux:pass"}
    return {t.text for t in tokens if t.index in passive}


def _overruled(matched: Event, read: list[Event]) -> bool:
    """Whether the grammar's readings of the sentence replace the pattern's event: they state an
    event of its type with a target, or make one of its actors the other side (a passive or a
    fronted object read by position, "X wurde von Y kritisiert"; co-ordinated subjects, "Peru und
    Chile unterstützen Bolivien" is no event of Peru against Chile). A meeting is the exception:
    the pattern also reads the partners that the grammar leaves to other clauses."""
    same = [e for e in read if e.type == matched.type and e.sentence == matched.sentence
            and e.type != "CONSULT"]
    return any(e.target is not None or e.source == matched.target for e in same)


def _join_participants(article: Article, events: list[Event],
                       actors_by_sentence: dict[int, list[Mention]], lexicon: EventLexicon) -> None:
    """"Biden will mit Verbündeten beraten. ... Neben Trudeau sollen ... an dem Gespräch
    teilnehmen": those taking part in a meeting reported up to three sentences before, whose
    other side was not named, become its participants; the meeting noun of that sentence
    ("Telefonschalte") names the same meeting, not another."""
    for sentence in article.sentences:
        if not lexicon.participation.search(sentence.text):
            continue
        open_meetings = [e for e in events if e.type == "CONSULT" and e.target is None
                         and sentence.index - 3 <= e.sentence < sentence.index]
        if not open_meetings:
            continue
        meeting = open_meetings[-1]
        mentions = actors_by_sentence.get(sentence.index, [])
        governors = _governors(sentence, mentions, lexicon)
        taking_part = list(dict.fromkeys(
            m.actor_id for m in mentions if m.actor_id != meeting.source
            and _may_take_part(sentence, m, governors, lexicon)))
        if taking_part:
            meeting.target, meeting.participants = taking_part[0], tuple(taking_part[1:])
            events[:] = [e for e in events if e.sentence != sentence.index or e.type != "CONSULT"]


def _is_headline(sentence: Sentence) -> bool:
    """Headlines and teasers end without a full stop, question or exclamation mark."""
    return HEADLINE_END.search(sentence.text) is None


def _align_headlines(article: Article, events: list[Event]) -> list[Event]:
    """A headline restates what the body reports: its event takes the actors, date and status
    of the body event it summarises (same type; same actors or their countries, as in "USA
    versichert der Ukraine Unterstützung" over "Blinken versicherte Selenskyj ..."), so that
    both become one event with two pieces of evidence."""
    headlines = {s.index for s in article.sentences if _is_headline(s)}
    body = [e for e in events if e.sentence not in headlines]
    aligned = []
    for event in events:
        summarised = next((b for b in body if _restates(event, b)), None) \
            if event.sentence in headlines else None
        if summarised:
            event = replace(event, source=summarised.source, target=summarised.target,
                            participants=summarised.participants,
                            first_day=summarised.first_day, last_day=summarised.last_day,
                            precision=summarised.precision, status=summarised.status,
                            condition=summarised.condition, dated_by=summarised.dated_by)
        aligned.append(event)
    return aligned


def _restates(headline: Event, body: Event) -> bool:
    if headline.type != body.type:
        return False
    body_targets = (body.target, *body.participants)
    if _same_side(headline.source, body.source) and \
            any(_same_side(headline.target, t) for t in body_targets):
        return True
    return headline.type == "CONSULT" and _same_side(headline.target, body.source) and \
        any(_same_side(headline.source, t) for t in body_targets)


def _same_side(a: str | None, b: str | None) -> bool:
    """Whether two actors are the same or one is the other's country."""
    if a is None or b is None:
        return a == b
    actors = load_actors().actors
    return a == b or (a in actors and actors[a].country == b) or \
        (b in actors and actors[b].country == a)


def _clauses(sentence: Sentence, lexicon: EventLexicon) -> list[Clause]:
    clauses, start = [], 0
    grammar = lexicon.grammar
    for match in grammar.clause_break.finditer(sentence.text):
        following = WORD.match(sentence.text, match.end())
        if match.group(0).strip() in grammar.clause_conjunctions and following and \
                (following.group(0) in lexicon.determiners
                 or grammar.attributive.match(sentence.text, match.end())):
            continue
        clauses.append(Clause(start, match.start(), sentence.text[start:match.start()]))
        start = match.end()
    clauses.append(Clause(start, len(sentence.text), sentence.text[start:]))
    return [c for c in clauses if c.text.strip()]


def _triggers(clause: Clause, lexicon: EventLexicon, skipped: AbstractSet[int] = frozenset()
              ) -> list[tuple[Trigger, re.Match[str]]]:
    found: dict[str, tuple[Trigger, re.Match[str]]] = {}
    for trigger in lexicon.triggers:
        match = next((m for m in trigger.pattern.finditer(clause.text)
                      if m.start() not in skipped), None)
        if not match or (trigger.requires and not trigger.requires.search(clause.text)):
            continue
        if trigger.type not in found or (found[trigger.type][0].strength == "noun"
                                         and trigger.strength == "verb"):
            found[trigger.type] = (trigger, match)
    if any(t.strength == "verb" for t, _ in found.values()):
        found = {k: v for k, v in found.items() if v[0].strength == "verb"}
    if "CONSULT" in found and len(found) > 1 and \
            _is_anaphoric_consult(clause, found["CONSULT"][1], lexicon):
        del found["CONSULT"]
    return list(found.values())


def _is_anaphoric_consult(clause: Clause, match: re.Match[str], lexicon: EventLexicon) -> bool:
    """"im Gespräch", "bei dem Treffen": the meeting is one told before, not a new event."""
    before = [w.lower() for w in clause.text[:match.start()].split()[-2:]]
    return any(w in lexicon.grammar.anaphoric_meeting for w in before)


def _governing_word(sentence: Sentence, offset: int, lexicon: EventLexicon) -> str | None:
    """The preposition that governs a mention starting at `offset`, skipping determiners (and,
    in German, where verbs do not stand before the noun they govern, other lowercase words)."""
    words = WORD.findall(sentence.text[:offset])
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered in lexicon.prepositions:
            return lowered
        if lowered in lexicon.determiners or (word[:1].islower()
                                               and lexicon.grammar.lowercase_modifiers):
            continue
        return None
    return None


def _is_attribute(sentence: Sentence, mention: Mention, start: int) -> bool:
    """'Russlands Forderungen': a genitive country before a noun is an attribute, not an actor."""
    end = mention.end - sentence.start
    return mention.kind in ("country", "person") and mention.text.endswith("s") and \
        re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]", sentence.text[end:]) is not None


def _governors(sentence: Sentence, mentions: list[Mention], lexicon: EventLexicon
               ) -> dict[int, str | None]:
    """The preposition that governs each mention (keyed by `id`): its own, else that of the
    mention it is listed with ("aus Polen und Rumänien"). A dateline place opening the sentence
    ("Washington - ...") is where the report was filed: governed by 'in'."""
    governors: dict[int, str | None] = {}
    previous: Mention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        start = mention.start - sentence.start
        governor = _governing_word(sentence, start, lexicon)
        if governor == lexicon.grammar.of and _after_noun(sentence, start, governor):
            governor = "of"
        if start == 0 and DATELINE.match(sentence.text, mention.end - sentence.start):
            governor = "in"
        elif governor is None and previous is not None:
            gap = sentence.text[previous.end - sentence.start:start]
            if lexicon.grammar.listed.fullmatch(gap) and (not gap.lstrip().startswith(",")
                                          or previous.kind == mention.kind):
                governor = governors[id(previous)]
        governors[id(mention)] = governor
        previous = mention
    return governors


def _after_noun(sentence: Sentence, start: int, of: str) -> bool:
    """Whether the 'von' before a mention follows a noun ("der Berater von Kanzler Scholz"):
    then the mention qualifies that noun and takes no part in the event."""
    before = re.search(rf"([\w-]+)\s+{of}\s+(?:[\w-]+\s+){{0,3}}$", sentence.text[:start])
    return before is not None and before.group(1)[:1].isupper() and \
        before.start(1) > 0


def _sentence_events(article: Article, sentence: Sentence, mentions: list[Mention],
                     previous: list[Mention], lexicon: EventLexicon, earlier: list[Event],
                     function_words: AbstractSet[int] = frozenset()) -> list[Event]:
    """Events of one sentence; `mentions` are its mentions that name an actor, `previous`
    those of the sentence before (for pronouns); `function_words` the offsets in the sentence
    where the language layer found an article, pronoun or particle, which no trigger is
    ("vor einigen Tagen" agrees on nothing)."""
    events: list[Event] = []
    governors = _governors(sentence, mentions, lexicon)
    subject = _subject(sentence, mentions, governors)
    clauses = _clauses(sentence, lexicon)
    for clause in clauses:
        skipped = {offset - clause.start for offset in function_words}
        found = [event for trigger, match in _triggers(clause, lexicon, skipped)
                 for event in _clause_events(article, sentence, clause, trigger, match, mentions,
                                             previous, governors, subject, lexicon, earlier)]
        found += _compound_meetings(article, sentence, clause, lexicon, earlier)
        reporter = _reporter(sentence, clause, clauses, mentions, governors, lexicon)
        for event in found:
            event.reported_by = reporter
        events.extend(found)
    return events


def _after_reporting_word(sentence: Sentence, mention: Mention, lexicon: EventLexicon) -> bool:
    """"laut Psaki", "nach Angaben Moskaus": the mention is a source of the report."""
    at = mention.start - sentence.start
    return lexicon.reporting.search(sentence.text[max(0, at - 20):at]) is not None


def _may_take_part(sentence: Sentence, mention: Mention, governors: dict[int, str | None],
                   lexicon: EventLexicon) -> bool:
    """Whether a mention can be a participant: not a place ("in Kiew"), not an attribute of a
    noun ("Berater von Scholz", "Russlands Forderungen")."""
    governor = governors[id(mention)]
    return governor not in lexicon.locative and governor != "of" and \
        not _is_attribute(sentence, mention, mention.start - sentence.start)


def _reporter(sentence: Sentence, clause: Clause, clauses: list[Clause], mentions: list[Mention],
              governors: dict[int, str | None], lexicon: EventLexicon) -> str | None:
    """Who says what `clause` reports: a mention after "laut" or before "zufolge", else the
    subject of another clause of the sentence with a verb of saying ("teilte Psaki mit")."""
    for mention in mentions:
        if _after_reporting_word(sentence, mention, lexicon) or \
                lexicon.grammar.postposed_reporting.match(sentence.text,
                                                          mention.end - sentence.start):
            return mention.actor_id
    for other in clauses:
        if other is clause or not lexicon.speech.search(other.text):
            continue
        for mention in mentions:
            if other.start <= mention.start - sentence.start < other.end and \
                    governors[id(mention)] is None:
                return mention.actor_id
    return None


def _compound_meetings(article: Article, sentence: Sentence, clause: Clause,
                       lexicon: EventLexicon, earlier: list[Event]) -> list[Event]:
    """"im Nato-Russland-Rat", "der EU-China-Gipfel": a meeting noun compounded with two actors
    is a multilateral consultation between them."""
    base = load_actors()
    events = []
    for match in lexicon.grammar.compound_meeting.finditer(clause.text):
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


def _subject(sentence: Sentence, mentions: list[Mention], governors: dict[int, str | None]
             ) -> str | None:
    for mention in mentions:
        if governors[id(mention)] is None and not \
                _is_attribute(sentence, mention, mention.start - sentence.start):
            return mention.actor_id
    return None


def _is_speculative(sentence: Sentence, clause: Clause, lexicon: EventLexicon) -> bool:
    """A possibility ("einmarschieren könnte") or a fear ("befürchtet, dass Russland ...") is
    not an event."""
    if lexicon.hypothetical.search(clause.text):
        return True
    words = WORD.findall(clause.text)[:1]
    return words == ["dass"] and lexicon.speculation.search(sentence.text[:clause.start]) is not None


def _negated_noun(clause: Clause, match: re.Match[str], lexicon: EventLexicon) -> bool:
    """"keine russische Invasion": a negated noun names no event."""
    before = WORD.findall(clause.text[:match.start()])[-2:]
    return any(word.lower() in lexicon.noun_negations for word in before)


def _topic_start(clause: Clause, match: re.Match[str], lexicon: EventLexicon) -> int | None:
    """Where the topic of a consultation begins ("spricht mit Erdogan über die NATO", "hätten
    über ... Treffen mit Russland gesprochen", "Treffen zu dem Konflikt"), as an offset in the
    sentence; mentions from there on are what was discussed, not who took part."""
    offsets = [m.start() for m in lexicon.topics.finditer(clause.text) if m.start() > 0][:1]
    if match.group(0)[:1].isupper() and lexicon.grammar.noun_topic.match(clause.text, match.end()):
        offsets.append(match.end())
    return clause.start + min(offsets) if offsets else None


def _leading_pronoun(clause: Clause, lexicon: EventLexicon) -> int | None:
    """The offset in the sentence of a subject pronoun among the clause's first words."""
    for found in list(WORD.finditer(clause.text))[:4]:
        if found.group(0) in lexicon.pronouns:
            return clause.start + found.start()
    return None


def _clause_events(article: Article, sentence: Sentence, clause: Clause, trigger: Trigger,
                   match: re.Match[str], mentions: list[Mention], previous: list[Mention],
                   governors: dict[int, str | None], subject: str | None,
                   lexicon: EventLexicon, earlier: list[Event]) -> list[Event]:
    base = load_actors()
    trigger_at = clause.start + match.start()
    if _in_condition(sentence, trigger_at, lexicon) or _is_speculative(sentence, clause, lexicon) \
            or (trigger.strength == "noun" and _negated_noun(clause, match, lexicon)):
        return []
    inside = [m for m in mentions if clause.start <= m.start - sentence.start < clause.end]
    topic = _topic_start(clause, match, lexicon) if trigger.type == "CONSULT" else None
    usable = [m for m in inside if not _after_reporting_word(sentence, m, lexicon)
              and _may_take_part(sentence, m, governors, lexicon)
              and (topic is None or m.start - sentence.start < topic)]
    free = [m for m in usable if governors[id(m)] is None]
    opening = WORD.findall(clause.text)[:1]
    subordinate = bool(opening) and opening[0] in lexicon.subordinators
    elided = clause.start > 0 and clause.text[:1].islower() and subject is not None \
        and not subordinate
    pronoun_at = _leading_pronoun(clause, lexicon)
    between = _between(sentence, clause, usable, lexicon)
    co_sources: list[str] = []
    if between:
        source, free = between[0], []
    elif elided:
        source, free = subject, []
    elif pronoun_at is not None and (not free or pronoun_at < free[0].start - sentence.start):
        source = _pronoun_source(sentence, mentions, previous, governors, pronoun_at)
    else:
        source = free[0].actor_id if free else (None if subordinate else subject)
        if free and trigger.type not in frames.RECIPROCAL_TYPES:
            co_sources = _coordinated(sentence, free[0], usable, lexicon.grammar.listed)
    adjectives = _adjective_countries(clause.text) if trigger.type != "CONSULT" else []
    if source is None and adjectives:
        source = adjectives.pop(0)
    source_country = base.actors[source].country if source in base.actors else None
    candidates = [m for m in usable
                  if m.actor_id not in (source, source_country) and m.actor_id not in co_sources]
    verb = trigger.requires.search(clause.text) if trigger.requires else None
    anchor = clause.start + verb.start() if verb else trigger_at
    targets = [between[1]] if between else _targets(sentence, candidates, anchor,
                                                    lexicon.grammar.coordination)
    aggressor = lexicon.grammar.aggression.search(clause.text)
    if trigger.type == "THREATEN" and aggressor:
        targets = [_adjective_countries(aggressor.group(0))[0]]
    if not targets:
        targets = [c for c in adjectives if c != source][:1]
    group = lexicon.group_pronouns.search(clause.text)
    if source is None and group and trigger.type == "CONSULT":
        pair = _previous_pair(previous)
        if pair:
            source, targets = pair[0], [pair[1]]
    if source is None:
        return []
    source_country = base.actors[source].country if source in base.actors else None
    targets = [t for t in targets if t not in (source, source_country)]
    if not targets and trigger.type != "CONSULT":
        return []
    status, condition = _status(article, sentence, clause, lexicon)
    tokens = _tokens_of(article, sentence)
    word = next((t for t in tokens if t.start <= sentence.start + trigger_at < t.end), None)
    first, last, precision, dated_by = _event_date(
        article, sentence, clause, lexicon, earlier, status,
        _dating_other_nouns(tokens, word) if word is not None else frozenset())
    status = _dated_status(status, first, article.published)
    location = _location(clause, lexicon)
    groups = [targets] if trigger.type == "CONSULT" else [[t] for t in targets]
    return [Event(
        type=trigger.type, source=doer, target=group[0] if group else None,
        participants=tuple(group[1:]),
        sentence=sentence.index, start=sentence.start, end=sentence.end, trigger=match.group(0),
        mode=trigger.mode, first_day=first, last_day=last, precision=precision,
        location=location, status=status, condition=condition,
        confidence=round(0.6 if trigger.strength == "verb" else 0.4, 2), dated_by=dated_by)
        for doer in [source, *co_sources] for group in groups if doer not in group]


def _coordinated(sentence: Sentence, first: Mention, mentions: list[Mention],
                 listed: re.Pattern[str]) -> list[str]:
    """The actors listed with `first` ("Peru und Chile unterstützen ...", "X sowie Y"): they
    act with it, and none of them is its target."""
    chain: list[str] = []
    current = first
    for mention in sorted((m for m in mentions if m.start > first.start), key=lambda m: m.start):
        gap = sentence.text[current.end - sentence.start:mention.start - sentence.start]
        if not listed.fullmatch(gap):
            break
        if mention.actor_id not in chain and mention.actor_id != first.actor_id:
            chain.append(mention.actor_id)
        current = mention
    return chain


def _between(sentence: Sentence, clause: Clause, mentions: list[Mention], lexicon: EventLexicon
             ) -> tuple[str, str] | None:
    """'zwischen X und Y' names both sides of an event."""
    match = lexicon.grammar.between.search(clause.text)
    if not match:
        return None
    after = [m for m in mentions if m.start - sentence.start >= clause.start + match.end()]
    sides = list(dict.fromkeys(m.actor_id for m in after))
    return (sides[0], sides[1]) if len(sides) >= 2 else None


def _targets(sentence: Sentence, candidates: list[Mention], trigger_at: int,
             coordination: re.Pattern[str]) -> list[str]:
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
            if not coordination.fullmatch(gap):
                break
            chosen.append(ordered[i + step])
            i += step
    seen: list[str] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        if mention.actor_id not in seen:
            seen.append(mention.actor_id)
    return seen


@cache
def _publication_stamp() -> re.Pattern[str]:
    """"Stand: 03.01.2022": a date the page gives for itself, which dates no event."""
    keywords = "|".join(re.escape(k) for k in timex_lexicon().dateline_keywords)
    return re.compile(rf"(?:{keywords})\s*:?\s*(?:am\s+)?$")


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


def _pronoun_source(sentence: Sentence, mentions: list[Mention], previous: list[Mention],
                    governors: dict[int, str | None], offset: int) -> str | None:
    """The person a subject pronoun at `offset` points back to: the subject of its own sentence
    when named before it ("Baerbock traf ..., nachdem sie ..."), else the first person named in
    the sentence before."""
    for mention in mentions:
        if mention.start - sentence.start >= offset:
            break
        if mention.kind == "person" and governors[id(mention)] is None:
            return mention.actor_id
    return next((m.actor_id for m in previous if m.kind == "person"), None)


def _previous_pair(previous: list[Mention]) -> tuple[str, str] | None:
    """"Die beiden": the first two people named in the sentence before."""
    people = list(dict.fromkeys(m.actor_id for m in previous if m.kind == "person"))
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


def _reference_time(article: Article, sentence: Sentence, clause: Clause, before: int
                    ) -> TimeExpr | None:
    """For a clause in the pluperfect ("hatte ... vorgeworfen", "waren ... inhaftiert worden"),
    the time the story went back to before it: the last date of the sentences before
    (`REFERENCE_REACH`; `before` time expressions come before the sentence), as the
    pluperfect tells what happened by then, not in the week of publication. The caller asks
    only for a sentence without a time of its own ("in den vergangenen Monaten")."""
    words = [t for t in _tokens_of(article, sentence)
             if clause.start <= t.start - sentence.start < clause.end]
    pluperfect = any(t.upos == "AUX" and t.lemma in ("haben", "sein") and
                     t.feature("Tense") == "Past" and t.feature("Mood") != "Sub" for t in words) \
        and any(t.tag in ("VVPP", "VAPP") for t in words)
    if not pluperfect:
        return None
    for position in range(before - 1, -1, -1):
        time = article.timexes[position]
        if time.sentence < sentence.index - REFERENCE_REACH:
            return None
        if time.type in ("DATE", "TIME") and time.first_day is not None and \
                (article.published is None or time.last_day <= article.published):
            return time
    return None


def _tokens_of(article: Article, sentence: Sentence) -> list[Token]:
    """The analysed tokens of `sentence` (none where the language layer skipped it)."""
    first = bisect_left(article.tokens, sentence.index, key=lambda t: t.sentence)
    last = bisect_right(article.tokens, sentence.index, key=lambda t: t.sentence)
    return article.tokens[first:last]


def _dating_other_nouns(tokens: list[Token], trigger: Token) -> frozenset[int]:
    """The offsets of the words that the parser hangs as an attribute on an event noun other
    than the trigger ("nahmen nach den Gefechten am Samstag die Luftangriffe wieder auf":
    Saturday dates the fighting, not the air strikes); a time there dates that other event."""
    by_index = {t.index: t for t in tokens}
    nouns = lemmas.german().nouns
    return frozenset(t.start for t in tokens if t.dep == "nmod"
                     and (head := by_index.get(t.head)) is not None and head is not trigger
                     and head.upos == "NOUN" and head.lemma in nouns)


def _event_date(article: Article, sentence: Sentence, clause: Clause, lexicon: EventLexicon,
                earlier: list[Event], status: str, other_nouns: AbstractSet[int] = frozenset()
                ) -> tuple[date | None, date | None, str, tuple[TimeExpr, ...]]:
    """The event's date range, its precision and the time expressions it comes from; a time
    whose head word is at one of `other_nouns` dates another noun, not the event."""
    stamp = _publication_stamp()
    # `annotate` lists time expressions in sentence order: those of this sentence are a slice
    first_of = bisect_left(article.timexes, sentence.index, key=lambda t: t.sentence)
    last_of = bisect_right(article.timexes, sentence.index, key=lambda t: t.sentence)
    dated = [t for t in article.timexes[first_of:last_of] if t.first_day
             and t.type in ("DATE", "TIME") and t.precision != "year"
             and not stamp.search(sentence.text[:t.start - sentence.start])
             and not NOUN_DATE.search(sentence.text[:t.start - sentence.start])
             and not _headed_at(article, t, other_nouns)]
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
    if last_of == first_of and (reference := _reference_time(
            article, sentence, clause, first_of)) is not None:
        return reference.first_day, reference.last_day, reference.precision, (reference,)
    if article.published is None:
        return None, None, "unknown", ()
    if status == "planned":
        return article.published, article.published + timedelta(days=7), "approximate", ()
    return article.published - timedelta(days=7), article.published, "approximate", ()


def _headed_at(article: Article, time: TimeExpr, offsets: AbstractSet[int]) -> bool:
    """Whether the head word of `time` (its last word: "am vergangenen Samstag") starts at one
    of `offsets`."""
    if not offsets:
        return False
    last = bisect_right(article.tokens, time.end - 1, key=lambda t: t.start) - 1
    return last >= 0 and article.tokens[last].start in offsets


def _dated_status(status: str, first: date | None, published: date | None) -> str:
    """An event stated as done but dated after the article's publication is planned."""
    if status == "happened" and first and published and first > published:
        return "planned"
    return status


@cache
def _place_names() -> frozenset[str]:
    """Places and actor names of the base that may follow "in", "nach" as an event's place."""
    base = load_actors()
    return base.places | frozenset(base.surfaces)


def _location(clause: Clause, lexicon: EventLexicon) -> str | None:
    places = _place_names()
    for match in lexicon.grammar.place.finditer(clause.text):
        name = match.group(1)
        if name in places or name.split()[0] in places:
            return name if name in places else name.split()[0]
    return None
