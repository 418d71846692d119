"""Find actor mentions in a sentence and resolve each to an actor of the base.

Three kinds of surface: names and their spellings ("Selenskyj", "Selenskij", "Zelensky"),
metonyms ("Moskau", "der Kreml", "das Weiße Haus"), and role phrases ("US-Außenminister",
"Russlands Präsident", "der Kremlchef") that the article's date resolves to the person in office.
A role phrase directly followed by a name ("US-Präsident Joe Biden") becomes one mention of the
name. Unknown capitalised words close to a known surname under a transliteration-aware key
("Barbock") resolve to it with lower confidence, unless a different first name stands before
them ("Hans Scholz" is not Olaf Scholz). A seat of government after a locative preposition
("in Washington") is a place, not the government. People the base does not know come from the
NER model: a name of two words or more becomes an actor keyed by its normalised form, with the
role words before it ("Sprecher", "der außenpolitische Berater"); a lone surname is left for
`coref` to link to a full name earlier in the article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from ..language import compound_splits, is_person_noun, lemma_table
from ..ner import Entity, entities
from ..ner.features import gazetteers
from ..patterns import alternation
from .base import DERIVED_SOURCES, ActorBase, load

B = r"(?<![\w-])"
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüßé]{5,}(?![\w-])")
PEER = r"(?:Amts)?[Kk]olleg(?:e|en|in)|Pendant|Gegenüber"
COUNTERPART = rf"{PEER}|Regierung|Seite|Führung"
LOCATIVE = re.compile(r"(?:\b(?:in|nach|im|bei|nahe|vor|aus)\s+(?:de[rmn]\s+)?)$")
UNKNOWN = "name:"
DEFINITE = re.compile(r"\b(?:[Dd]e[rmns]|[Dd]ie)\s+$")
NAME_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")
ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|em|en|es)|[Ee]in(?:e[mnrs]?)?)\s+$")
NEXT_WORD = re.compile(r"\s+([A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")
OFFICE_ITSELF = re.compile(r"(?:(?<![\w-])(?:Amt|Amtes|Amts|Posten|Postens)\s+de[rs]|"
                           r"(?<![\w-])(?:zum|zur))\s+$")
"""Words before a title that name the office, not who holds it: "bewirbt sich um das Amt des
Präsidenten", "wurde zur Ministerin ernannt"."""
QUALIFIED = re.compile(r"\s+(?:de[rs]|von|vom)\b")
OUT_OF_OFFICE = re.compile(r"(?<![\w-])(?:ehemalig|früher|einstig|vormalig|damalig|künftig|"
                           r"designiert)e[mnrs]?\s+$", re.I)
"""Words before a title that name someone not in office on the article's date: "der frühere
Staatschef Perus", "die künftige Staatschefin"."""
BEYOND_STATES = re.compile(r"(?<![\w-])(?:inter|multi|supra)national(?:e[mnrs]?)?\s+$", re.I)
"""An adjective before a sector noun that makes it no country's: "ein internationales
Schiedsgericht", "ein multinationaler Geheimdienst"."""


@dataclass(frozen=True, slots=True)
class Found:
    """One mention in a sentence. `actor_id` is None only for a lone unknown surname that
    `coref` may still link; `peer` marks "ihr US-Kollege"; `role` holds the role words of an
    unknown person."""
    start: int
    end: int
    actor_id: str | None
    kind: str
    confidence: float
    is_role: bool = False
    peer: bool = False
    role: str | None = None
    office: str | None = None
    sector: str | None = None
    body: bool = False


def translit_key(name: str) -> str:
    """A spelling-neutral key: Selenskyj, Selenskij, Zelensky and Zelenskyy share one."""
    key = name.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("sch", "sh"),
                     ("tsch", "ch"), ("w", "v"), ("z", "s"), ("ij", "y"), ("yj", "y"),
                     ("j", "y"), ("ie", "i"), ("ck", "k")):
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key).rstrip("y") or key


def edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance between `a` and `b`."""
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
    """Surname keys of the hand-written persons of the base, under each of their deletions; the
    derived persons come with their German spellings and are matched only as written, as
    thousands of surnames are close to some German word."""
    base = load()
    index: dict[str, list[tuple[str, str]]] = {}
    for surface, actor in base.surfaces.items():
        if base.actors[actor].kind == "person" and " " not in surface and len(surface) >= 5 \
                and base.actors[actor].source not in DERIVED_SOURCES:
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
        if edit_distance(key, known) <= 1:
            return actor
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    base = load()
    persons = {s for s, a in base.surfaces.items() if base.actors[a].kind == "person"}
    names = re.compile(
        rf"{B}(?:(?:{alternation(persons)})s?|{alternation(set(base.surfaces) - persons)}"
        rf"|{alternation(base.roles)})(?![\w-])")
    role = re.compile(
        rf"{B}(?:(?P<gen>{alternation(base.genitives)})\s+|(?P<prefix>{alternation(base.prefixes)})-"
        rf"|(?P<adj>{alternation(base.adjectives)})(?:e|en|er|es|em)?\s+)?"
        rf"(?P<title>{alternation(base.titles)}|{COUNTERPART})(?![\w-])")
    return names, role


def person_key(name: str) -> str:
    """The id of a person the base does not know: 'Jens Plötner' and 'Jens Ploetner' give
    'name:jens-ploetner'."""
    key = name.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        key = key.replace(old, new)
    key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return UNKNOWN + "-".join(re.findall(r"[a-z0-9]+", key))


def recognize(text: str, day: date | None) -> list[Found]:
    """All actor mentions in `text`, leftmost-longest, with roles resolved as of `day`."""
    base = load()
    names, role = _patterns()
    found: list[Found] = []
    for match in names.finditer(text):
        surface = match.group(0)
        actor = base.surfaces.get(surface) or base.roles.get(surface) or \
            base.surfaces.get(surface[:-1])
        start = _with_first_name(text, match.start(), actor, " " not in surface) \
            if actor else None
        if start is not None and _is_first_name(base, actor, surface, text, match.end()):
            continue
        if start is not None and _is_common_noun(base, actor, surface, text[:start]):
            continue
        if start is not None:
            kind = base.actors[actor].kind
            if (surface in base.seats and LOCATIVE.search(text[:start])) or \
                    surface in base.towns:
                kind = "place"
            found.append(Found(start, match.end(), actor, kind, 1.0, surface in base.roles))
    for match in _member_pattern().finditer(text):
        name = match["actor"] or match["joined"]
        actor = base.prefixes.get(name) or base.surfaces[name]
        found.append(Found(match.start(), match.end(), actor, base.actors[actor].kind, 0.8,
                           is_role=True))
    for match in role.finditer(text):
        if OFFICE_ITSELF.search(text, max(0, match.start() - 30), match.start()) or \
                OUT_OF_OFFICE.search(text, max(0, match.start() - 30), match.start()):
            continue
        resolved = _resolve_role(base, match, day)
        bare = not (match["gen"] or match["prefix"] or match["adj"])
        office = base.titles.get(match["title"]) if bare else None
        if resolved:
            found.append(Found(match.start(), match.end(), *resolved, is_role=True,
                               peer=re.fullmatch(PEER, match["title"]) is not None,
                               office=office))
        elif office and (DEFINITE.search(text[:match.start()]) or NAME_AFTER.match(
                text, match.end())) and not QUALIFIED.match(text, match.end()):
            found.append(Found(match.start(), match.end(), None, "person", 0.6, is_role=True,
                               office=office))
    for match in _sector_pattern().finditer(text):
        sector = _sector(base, match)
        if sector is not None:
            found.append(sector)
    for match in _people_pattern().finditer(text):
        if _names_people(base, text, match):
            country = base.adjectives[match["adj"].lower()]
            found.append(Found(match.start(), match.end(), country, "country", 0.6,
                               is_role=True))
    for match in CAPITALISED.finditer(text):
        word = match.group(0)
        if any(f.start <= match.start() < f.end for f in found) or _is_german_form(word):
            continue
        actor = _close_surname(translit_key(word))
        start = _with_first_name(text, match.start(), actor) if actor else None
        if start is not None:
            found.append(Found(start, match.end(), actor, "person", 0.7))
    found = _merge_role_and_name(text, _leftmost_longest(found))
    named = entities(text)
    found = _with_unknown_people(text, found, _unknown_people(base, text, found, named))
    return _followers(text, _leftmost_longest(found + _unknown_organisations(text, found,
                                                                             named)))


FOLLOWERS = re.compile(r"(?<![\w-])(?:Anhänger|Unterstützer|Gegner|Sympathisanten|Gefolgsleute)"
                       r"(?:n|innen)?\s+(?:(?:des|der|von)\s+)?(?:[a-zäöüß]+e[nrs]?\s+)?"
                       r"(?:[A-ZÄÖÜ][\w-]+\s+)?$")


def _followers(text: str, found: list[Found]) -> list[Found]:
    """"Anhänger Petrows", "Gegner des Präsidenten X", "Unterstützer der Staatsregierung": the
    followers of a person, state, organisation or sector are a group of their own, not what they
    follow (those who beat protesters for a government are not its state); the group is named
    by the phrase and keyed like an unknown person ("name:anhaenger-..."), so that later
    mentions of the same phrase share it."""
    result = []
    for item in found:
        before = FOLLOWERS.search(text, max(0, item.start - 60), item.start)
        if before:
            surface = text[before.start():item.end]
            result.append(Found(before.start(), item.end, person_key(surface), "group", 0.6))
        else:
            result.append(item)
    return result


@cache
def _member_pattern() -> re.Pattern[str]:
    """A state's or organisation's name or prefix joined by a hyphen to a noun for the people
    who act for it ("WHO-Sprecher", "IWF-Beamte"), or its name joined without one
    ("PKKkämpfer"): a mention of that state or organisation."""
    base = load()
    names = {s for s, a in base.surfaces.items() if base.actors[a].kind != "person"}
    joined = {s for s in names if len(s) >= 4 and s.isalpha() and s[:1].isupper()}
    members = alternation(base.member_nouns)
    return re.compile(rf"{B}(?:(?P<actor>{alternation(names | set(base.prefixes))})-(?:{members})"
                      rf"|(?P<joined>{alternation(joined)})(?:{members.lower()}))(?![\w-])")


@cache
def _sector_pattern() -> re.Pattern[str]:
    """A sector noun with the country it belongs to: an adjective ("iranische Polizei"), a
    prefix ("US-Luftwaffe"), a genitive after it ("die Marine Chiles"), a country after "von"
    ("die Marine von Chile") or a country or town after "in" ("die Staatsregierung in Lima").
    The noun may end a compound whose sector names its kind whatever comes first
    ("Schwurgericht", "Militärpolizei": a court, a police)."""
    base = load()
    genitives = [g for g in base.genitives if " " not in g]
    adjectives = set(base.adjectives) | {a.capitalize() for a in base.adjectives}
    places = {s for s, actor in base.surfaces.items() if base.actors[actor].kind == "country"}
    countries = places - base.places - base.towns.keys() - base.seats - base.demonyms.keys() - \
        base.genitives.keys()
    return re.compile(
        rf"{B}(?:(?P<adj>{alternation(adjectives)})(?:e|en|er|es|em)?\s+"
        rf"|(?P<prefix>{alternation(base.prefixes)})-)?(?P<noun>{alternation(base.sector_nouns)}"
        rf"|[A-ZÄÖÜ][a-zäöüß]{{2,}}(?P<head>{alternation(base.sector_heads)}))"
        rf"(?![\w-])(?:\s+(?P<gen>{alternation(genitives)})(?![\w-])"
        rf"|\s+von\s+(?P<owner>{alternation(countries)})(?![\w-])"
        rf"|\s+in\s+(?:de[mnr]\s+)?(?P<place>{alternation(places)})(?![\w-]))?")


@cache
def _people_pattern() -> re.Pattern[str]:
    """A country's adjective before a noun that may name people ("peruanische Architekten", "ein
    chilenischer Landwirt"): the country, as CAMEO codes its citizens; a name after it is the
    person ("der peruanische Architekt Juan Quispe")."""
    adjectives = set(load().adjectives)
    return re.compile(rf"{B}(?P<adj>{alternation(adjectives | {a.capitalize() for a in adjectives})})"
                      rf"(?:e|en|er|es|em)?\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")


def _names_people(base: ActorBase, text: str, match: re.Match[str]) -> bool:
    """Whether a match of `_people_pattern` names a country's people: its noun is a noun for
    people but not a title, which the role pattern reads (and leaves out where the holder is out
    of office); no name follows it (the name is the actor); a capital adjective opens the
    sentence (inside it, it is part of a name: "Verband Peruanischer Architekten")."""
    opening = not text[:match.start()].strip(" \"'„“‚‘»«(")
    return is_person_noun(match["noun"]) and match["noun"] not in base.titles and \
        not NAME_AFTER.match(text, match.end()) and (match["adj"][0].islower() or opening)


def _sector(base: ActorBase, match: re.Match[str]) -> Found | None:
    """A sector mention: the country's sector actor, or for a bare noun a mention that `coref`
    gives the article's country; None after an organisation's prefix ("EU-Parlament" is the
    organisation's), after an adjective that makes it no country's ("ein internationales
    Schiedsgericht") and for a bare noun of a sector that needs its country named ("der
    Botschafter")."""
    if BEYOND_STATES.search(match.string, max(0, match.start() - 30), match.start()):
        return None
    code = base.sector_heads[match["head"]] if match["head"] else base.sector_nouns[match["noun"]]
    country = base.adjectives.get((match["adj"] or "").lower()) or \
        base.prefixes.get(match["prefix"] or "") or base.genitives.get(match["gen"] or "") or \
        base.surfaces.get(match["owner"] or "")
    if country is None and match["place"] and code not in base.stationed_sectors:
        country = base.surfaces[match["place"]]
    named_after = match["gen"] or match["owner"]
    end = match.end() if named_after else match.end("noun")
    start = match.start() if country or not named_after else match.start("noun")
    if country is None:
        if code in base.qualified_sectors:
            return None
        return Found(match.start("noun"), match.end("noun"), None, "group", 0.5, sector=code)
    if base.actors[country].kind != "country":
        return None
    actor = base.sector_actor(country, code)
    return Found(start, end, actor, base.actors[actor].kind, 0.8,
                 is_role=code in base.qualified_sectors, sector=code)


def _with_unknown_people(text: str, found: list[Found], people: list[Found]) -> list[Found]:
    """Add `people`; a role phrase right before one of them ("Vize-Außenminister Ivan Petrow")
    describes that person, not the holder of the office, and becomes its role, unless the
    person bears the holder's surname."""
    kept = []
    for item in found:
        after = next((p for p in people if p.start > item.end
                      and not text[item.end:p.start].strip()), None)
        if item.is_role and after is not None and item.actor_id and \
                same_surname(item.actor_id, text[after.start:after.end]):
            people.remove(after)
            kept.append(Found(item.start, after.end, item.actor_id, item.kind, item.confidence))
        elif item.is_role and after is not None:
            people[people.index(after)] = Found(after.start, after.end, after.actor_id,
                                                after.kind, after.confidence,
                                                role=text[item.start:item.end])
        else:
            kept.append(item)
    return _leftmost_longest(kept + people)


def same_surname(actor: str, name: str) -> bool:
    """Whether `name` ends in the surname of the office holder `actor`: the title names its
    holder under another first name or spelling, or by the surname alone ("Premier Omar Nizar
    al-Fadil" for the base's "Nizar al-Fadil", "Kanzler Schröder" for a "Gerhard Schroder"
    whose source lost the umlaut)."""
    known = load().actors[actor]
    return known.kind == "person" and bool(name.split()) and \
        _without_umlauts(name.split()[-1]) == _without_umlauts(known.name.split()[-1])


def _without_umlauts(word: str) -> str:
    """A surname's spelling key with "ö" and "oe" alike ("Schröder", "Schroeder", "Schroder"),
    as English sources write German names without the umlaut."""
    key = translit_key(word)
    for written, plain in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        key = key.replace(written, plain)
    return key


def _is_first_name(base: ActorBase, actor: str, surface: str, text: str, end: int) -> bool:
    """Whether a derived person's lone surname stands where a first name would, before another
    name ("Salman" in "Salman Rushdie" names nobody the base holds as Salman): the next word
    is capitalised and no German word."""
    if " " in surface or not _is_derived_person(base, actor):
        return False
    following = NEXT_WORD.match(text, end)
    return following is not None and not _is_german_word(following.group(1))


def _is_common_noun(base: ActorBase, actor: str, surface: str, before: str) -> bool:
    """Whether a person's lone surname is here a common noun: right after an article ("der
    Bauer", "einen Koch"), where German news puts no name without a title."""
    return " " not in surface and surface not in base.roles and \
        base.actors[actor].kind == "person" and ARTICLE_BEFORE.search(before) is not None


def _is_derived_person(base: ActorBase, actor: str) -> bool:
    found = base.actors[actor]
    return found.kind == "person" and found.source in DERIVED_SOURCES


@cache
def _german_forms() -> frozenset[str]:
    return frozenset(form for form, _ in lemma_table())


def _is_german_form(word: str) -> bool:
    """A form of the inflection dictionaries: a noun as written, any other word lower-cased."""
    forms = _german_forms()
    return word in forms or word.lower() in forms


def _is_german_word(word: str) -> bool:
    """A form of the inflection dictionaries (`_is_german_form`), a compound by its last part."""
    forms = _german_forms()
    return _is_german_form(word) or any(head in forms for _, head in compound_splits(word))


def _with_first_name(text: str, start: int, actor: str, lone: bool = True) -> int | None:
    """Where the mention of `actor`'s surname at `start` begins: at a first name right before it
    that is, in some spelling, `actor`'s ("Sergey Lawrow"); None when the first name is another
    ("Hans Scholz"), as the surname then names somebody else; for the `lone` surname of a derived
    person, also when any capitalised word that is no German word stands there ("Firas Ruhani"
    is not Hassan Rouhani)."""
    before = re.search(r"([A-ZÄÖÜ][\w-]+)\s+$", text[:start])
    if before is None:
        return start
    key = translit_key(before.group(1))
    if any(edit_distance(key, known) <= 1 for known in _first_names_of(actor)):
        return before.start(1)
    if gazetteers().get(before.group(1).lower()) == "first":
        return None
    derived = lone and _is_derived_person(load(), actor)
    return None if derived and not _is_german_word(before.group(1)) else start


@cache
def _first_names_of(actor: str) -> frozenset[str]:
    """Transliteration keys of the first names in `actor`'s full-name spellings."""
    base = load()
    return frozenset(translit_key(surface.split()[0]) for surface, owner in base.surfaces.items()
                     if owner == actor and " " in surface)


def _unknown_people(base: ActorBase, text: str, known: list[Found], named: list[Entity]
                    ) -> list[Found]:
    """Persons found by the NER model that no known mention covers."""
    people = []
    for entity in named:
        if entity.type != "PER" or _covered(entity, known):
            continue
        start, words = entity.start, entity.text.split()
        while len(words) > 1 and _is_role_word(words[0].split("-")[-1]):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if not all(w[:1].isupper() or w in NAME_PARTICLES or _particle_joined(w) for w in words):
            continue
        role = _role_before(base, text[:start])
        if len(words) >= 2:
            people.append(Found(start, entity.end, person_key(text[start:entity.end]), "person",
                                0.6, role=role))
        else:
            people.append(Found(start, entity.end, None, "person", 0.5, role=role))
    return people


def _covered(entity: Entity, found: list[Found]) -> bool:
    """Whether a mention in `found` overlaps the NER model's `entity`."""
    return any(f.start < entity.end and entity.start < f.end for f in found)


@cache
def _organisation_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns that name an organisation (bodies and sectors: "Partei", "Behörde"), as
    written and lower-cased for the end of a compound ("Zoll" + "behörde")."""
    base = load()
    nouns = base.body_nouns | set(base.sector_nouns)
    return frozenset(nouns), tuple(sorted(noun.lower() for noun in nouns))


ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")
OF_PERSON = re.compile(r"(?<![\w-])(?P<noun>[A-ZÄÖÜ][\w-]+)\s+(?:des|der)\s+"
                       r"(?:[\w-]+e[nrs]?\s+)?$")


def _unknown_organisations(text: str, known: list[Found], named: list[Entity]
                           ) -> list[Found]:
    """Organisations found by the NER model that no known mention covers and that
    `_names_no_organisation` keeps, keyed by their name ("name:amnesty-international") like
    unknown people."""
    found: list[Found] = []
    for entity in named:
        if entity.type == "ORG" and entity.text[:1].isupper() and \
                not _covered(entity, known) and \
                not _names_no_organisation(text, entity.start, entity.end, known + found):
            found.append(Found(entity.start, entity.end, person_key(entity.text),
                               "organization", 0.5))
    return found


def _names_no_organisation(text: str, start: int, end: int, found: list[Found]) -> bool:
    """Whether an organisation's name the NER model found names something else: a compound
    ending in a German word names a thing or person of the organisation ("APRA-Bericht",
    "Parteichefin"); a name of several words ending in a German noun that names no body or
    sector ("Partei", "Verband", "Behörde") names an occasion, a place or a medium ("Andine
    Sicherheitskonferenz", "Limaer Zeitung"); a country's adjective is none ("Verband
    Peruanischer Architekten"); the genitive of a noun for a person describes that person
    ("der Kandidat der Partido Verde, Juan Quispe"); a name in brackets right after a
    mention is its party or abbreviation ("Juan Quispe (APRA)")."""
    name = text[start:end]
    last = name.split()[-1]
    base = load()
    heads, compound_heads = _organisation_heads()
    common = " " in name and _is_german_word(last) and \
        not (last in heads or last.endswith(compound_heads))
    compound = "-" in last and _is_german_word(last.rsplit("-", 1)[-1])
    if common or compound or is_person_noun(last) or \
            ADJECTIVE_ENDING.sub("", name.lower()) in base.adjectives:
        return True
    attribute = OF_PERSON.search(text, max(0, start - 80), start)
    if attribute and (is_person_noun(attribute["noun"]) or _is_role_word(attribute["noun"])):
        return True
    bracketed = text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")
    return bracketed and any(0 <= start - f.end <= 3 for f in found)


NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "al", "bin", "zu", "le",
                            "la", "ibn"})


def _particle_joined(word: str) -> bool:
    """A name joined to its particle by a hyphen: "al-Sadr", "el-Din", "bin-Salman"."""
    particle, _, rest = word.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


@lru_cache(maxsize=65536)
def _is_role_word(noun: str) -> bool:
    base = load()
    return any(noun == role or (len(role) >= 6 and noun.endswith(role.lower()))
               or noun.endswith("-" + role) for role in base.person_roles | set(base.titles))


def _role_before(base: ActorBase, before: str) -> str | None:
    """The role words that end right before a name: 'Sprecher', 'der außenpolitische Berater'."""
    words = before.split()
    if not words:
        return None
    noun = words[-1].strip(",")
    if not _is_role_word(noun):
        return None
    role = [noun]
    for word in reversed(words[:-1]):
        if _is_attributive(word):
            role.insert(0, word)
        else:
            break
    return " ".join(role)


def _is_attributive(word: str) -> bool:
    """An adjective before a role noun ("polnische", "langjährige", "zweite"), not an article or
    a verb in the past tense ("sagte", "erklärten")."""
    return word[:1].islower() and word.endswith(("e", "en", "er")) and word not in ARTICLES and \
        (not word.endswith(("te", "ten")) or word in ORDINALS)


ORDINALS = frozenset({"erste", "ersten", "erster", "zweite", "zweiten", "zweiter", "dritte",
                      "dritten", "dritter", "letzte", "letzten", "letzter"})


ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einen",
                      "einem", "eines", "seine", "seiner", "seinen", "ihre", "ihrer", "ihren"})


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
                                          or last.actor_id == item.actor_id) and \
                    last.kind != "place":
                if re.fullmatch(r"\s|,\s", gap):
                    merged[-1] = Found(last.start, item.end, item.actor_id, item.kind,
                                       item.confidence)
                    continue
        merged.append(item)
    return merged
