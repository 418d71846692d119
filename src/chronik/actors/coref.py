"""Within-article coreference of actor mentions, after `recognize` has run on every sentence.

- A lone surname that the base does not know ("Plötner", or its genitive "Plötners") is the person
  named in full earlier in the article ("Jens Plötner"), and so is the first of two names that is no given name ("Tsao"
  after "Tsao Ling"); without one it is dropped, never guessed. So is a lone surname
  that a derived person of the base shares with the person named in full ("Ali Reza
  Karimi ... Karimi" stays the one named).
- A peer phrase with a country ("ihr US-Kollege", "sein russisches Pendant") is the person who
  holds, in that country, the office of the person last named before it: after Baerbock (foreign
  minister) "ihr US-Kollege" is the US foreign minister on the article's date. If the last person
  holds no known office, or was named only as an attribute ("der Berater von Kanzler Scholz"),
  the phrase stays the country.
- A bare title before a name the base does not know is that office's holder in the article's
  country when the name ends in the holder's surname (another first name or spelling).
- A title without a country ("die Außenministerin", "der Kanzler") is the person last named who
  holds that office on the article's date; else the home country's holder for home titles
  ("Kanzler" in German news); else it is dropped.
- A sector noun without a country ("die Polizei", "die Behörden") belongs to the country the
  article names most often (its people and sectors counted with it); with none, it is dropped.
- A common noun for an organisation after a definite or demonstrative article ("die
  Organisation", "der Verband") is the organisation or group named last, at most
  `BODY_REACH` sentences before; with none, it is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache

from ..ner.features import gazetteers
from ..patterns import alternation
from ..records import Sentence
from .base import DERIVED_SOURCES, ActorBase, load
from .recognize import Found, same_surname

ATTRIBUTE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]+\s+(?:von|des|der)\s+$")
POSSESSIVE = re.compile(r"(?<![\w-])(?:[Ss]ein|[Ii]hr)(?:e|er|en|em|es)?\s+"
                        r"(?:[a-zäöüß][\w-]*\s+){0,2}$")
"""A possessive before a noun, perhaps with adjectives between ("seine eigenen")."""
BODY_REACH = 4
LEADER = "leader"
TOP_OFFICES = frozenset({"head_of_state", "head_of_government"})
BODY_KINDS = frozenset({"organization", "group"})


def link(found: list[tuple[Sentence, list[Found]]], day: date | None
         ) -> list[tuple[Sentence, list[Found]]]:
    """The mentions of each sentence, in article order, with references resolved."""
    base = load()
    surnames: dict[str, str] = {}
    people: dict[str, None] = {}  # each person once, the last named last
    last_is_head = False
    home = article_country(m.actor_id for _, mentions in found for m in mentions)
    bodies: dict[str, tuple[int, str]] = {}  # organisation or group → (sentence, kind)
    linked = []
    for index, (sentence, mentions) in enumerate(found):
        kept = []
        for mention in _with_bodies(sentence.text, _with_surnames(sentence.text, mentions,
                                                                  surnames)):
            if mention.body:
                last = next(reversed(bodies), None)
                if last is None or index - bodies[last][0] > BODY_REACH:
                    continue
                mention = replace(mention, actor_id=last, kind=bodies[last][1])
            text = sentence.text[mention.start:mention.end]
            named = surnames.get(text) or (surnames.get(text[:-1]) if text.endswith("s") else None)
            derived = base.actors.get(mention.actor_id or "")
            if named and derived and " " not in text and derived.source in DERIVED_SOURCES:
                mention = replace(mention, actor_id=named)
            if mention.kind == "person" and mention.actor_id is None and mention.office is None:
                actor = named
                if actor is None:
                    continue
                mention = replace(mention, actor_id=actor)
            elif mention.sector is not None and mention.actor_id is None:
                owner = _possessor(base, sentence.text, mention, kept) or home
                if owner is None:
                    continue
                actor = base.sector_actor(owner, mention.sector)
                mention = replace(mention, actor_id=actor, kind=base.actors[actor].kind)
            elif mention.peer and mention.kind == "country" and people and last_is_head:
                mention = _peer(base, mention, next(reversed(people)), day)
            elif mention.role and home and \
                    (holder := _namesake_holder(base, mention.role, text, home, day)):
                mention = replace(mention, actor_id=holder, confidence=0.7)
            elif mention.office is not None:
                holder = _last_holder(base, mention.office, people, day)
                if holder is None and mention.actor_id is None:
                    continue
                if holder is not None:
                    mention = replace(mention, actor_id=holder, kind="person", confidence=0.7)
            if mention.kind == "person":
                people.pop(mention.actor_id, None)
                people[mention.actor_id] = None
                last_is_head = ATTRIBUTE.search(sentence.text, max(0, mention.start - 80),
                                                mention.start) is None
                words = text.split()
                if len(words) > 1 and words[-1][:1].isupper():
                    surnames[words[-1]] = mention.actor_id
                if len(words) == 2 and not _first_name(words[0]):
                    surnames.setdefault(words[0], mention.actor_id)
            elif mention.kind in BODY_KINDS and mention.actor_id and mention.sector is None \
                    and not mention.body:
                bodies.pop(mention.actor_id, None)
                bodies[mention.actor_id] = (index, mention.kind)
            kept.append(mention)
        linked.append((sentence, kept))
    return linked


def _possessor(base: ActorBase, text: str, mention: Found, before: list[Found]) -> str | None:
    """The country a sector noun with a possessive belongs to: the last country named before it
    in the sentence ("Chile zog seine Marine ab", "forderte Peru auf, seine Luftwaffe
    zurückzuziehen"); None without a possessive or such a country."""
    if not POSSESSIVE.search(text, max(0, mention.start - 40), mention.start):
        return None
    for earlier in reversed(before):
        actor = base.actors.get(earlier.actor_id or "")
        if actor is not None and actor.kind == "country":
            return earlier.actor_id
    return None


def article_country(actor_ids: Iterable[str | None]) -> str | None:
    """The country an article names most often, counting the countries of its actors; the
    first named wins a tie."""
    base = load()
    counts: Counter[str] = Counter()
    for actor_id in actor_ids:
        actor = base.actors.get(actor_id or "")
        country = base.actors.get(actor.country or "") if actor else None
        if country is not None and country.kind == "country":
            counts[country.id] += 1
    return counts.most_common(1)[0][0] if counts else None


def _with_surnames(text: str, mentions: list[Found], surnames: dict[str, str]) -> list[Found]:
    """Add the surnames of unknown people named in full before that no mention covers yet
    (the NER model does not always run, or see, a lone surname), and their genitives."""
    if not surnames:
        return mentions
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, surnames))})s?(?![\w-])")
    added = [Found(m.start(), m.end(), surnames.get(m.group()) or surnames[m.group()[:-1]],
                   "person", 0.6)
             for m in pattern.finditer(text)
             if not any(f.start < m.end() and m.start() < f.end for f in mentions)]
    return sorted(mentions + added, key=lambda f: f.start) if added else mentions


def _first_name(word: str) -> bool:
    """Whether `word` is a given name: else, first in a name of two words, it may be the family
    name that the article then uses alone ("Tsao Ling ... Tsao")."""
    return gazetteers().get(word.lower()) == "first" or not word[:1].isupper()


@cache
def _body_pattern() -> re.Pattern[str]:
    """A body noun with a definite or demonstrative article and up to two adjectives before
    it, no name or genitive after it ("der mächtige Verband", not "die Organisation der
    Staaten")."""
    return re.compile(rf"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Dd]ies(?:e|er|es|em|en))\s+"
                      rf"(?:[a-zäöüß][\w-]*e[mnrs]?\s+){{0,2}}"
                      rf"(?P<noun>{alternation(load().body_nouns)})(?![\w-])"
                      rf"(?!\s+(?:de[rs]|von|vom)\b|\s+[A-ZÄÖÜ„\"])")


def _with_bodies(text: str, mentions: list[Found]) -> list[Found]:
    """Add the body nouns no mention covers, for `link` to resolve."""
    added = [Found(m.start("noun"), m.end("noun"), None, "organization", 0.6, body=True)
             for m in _body_pattern().finditer(text)
             if not any(f.start < m.end() and m.start() < f.end for f in mentions)]
    return sorted(mentions + added, key=lambda f: f.start) if added else mentions


def _peer(base: ActorBase, mention: Found, person: str, day: date | None) -> Found:
    country = mention.actor_id
    for term in base.offices_of(person, day):
        if term.country != country:
            holder = base.holder(country, term.office, day)
            if holder:
                return replace(mention, actor_id=holder, kind="person", confidence=0.7)
    return mention


def _namesake_holder(base: ActorBase, role: str, name: str, country: str, day: date | None
                     ) -> str | None:
    """The holder of the office a bare title names ("Premier Omar Nizar al-Fadil") in the
    article's country, when the name ends in the holder's surname: the same person under
    another first name or spelling."""
    office = base.titles.get(role.split()[-1])
    holder = base.holder(country, office, day) if office else None
    return holder if holder and same_surname(holder, name) else None


def _last_holder(base: ActorBase, office: str, people: dict[str, None], day: date | None
                 ) -> str | None:
    """The person named last who holds `office` on `day`; a leader whose sources do not say
    which of the two top offices he held (Archigos, REIGN) holds either."""
    for person in reversed(people):
        if any(term.office == office or (term.office == LEADER and office in TOP_OFFICES)
               for term in base.offices_of(person, day)):
            return person
    return None
