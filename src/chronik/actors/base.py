"""The actor base shipped in `data/actors/`: loading, validation and office lookups.

- `countries.csv`: every UN member state and a few more, with German and English names, the
  adjective stem ("russisch"), genitives ("Russlands"), prefixes ("US-"), capitals and seats used
  as metonyms ("Moskau", "Kreml", "Weißes Haus") with the dependent territories that the Phoenix
  dictionary codes under the country ("Grönland", "Gibraltar"), and demonyms;
- `organizations.csv`: international organisations and their German descriptions;
- `persons.csv`: office holders, one row per term (a person with several terms repeats its id);
- `titles.yaml`: the German titles of each office, the home country, event places and the legend
  of the `source` column that every row fills;
- `organizations_phoenix.csv`: international and non-governmental organisations (Human Rights
  Watch, UNICEF ...) from the Phoenix dictionary of international
  actors (`scripts/derive_organizations.py`);
- `persons_derived.csv`: office holders and politicians of every country since 1945, from the
  Phoenix dictionaries, Archigos and REIGN (`scripts/derive_persons.py`), with German spellings;
- `places_phoenix.csv`: cities and provinces of each country from the Phoenix country dictionary
  (`scripts/derive_places.py`): places where events happen, which never act themselves;
- `groups_phoenix.csv`: armed non-state groups and movements (Hamas, Taliban, PKK ...) with
  their spellings and country, derived from the Phoenix dictionary by `scripts/derive_groups.py`;
  a spelling the hand-written files already use stays theirs;
- `sectors.yaml`: the groups of a country that news names by a common noun (police, military,
  protesters ...): every country gets one actor per sector ("IRN-COP", "Iranian police"), named
  with the English adjective of `adjectives_en.csv` (derived from Phoenix by
  `scripts/derive_country_adjectives.py`).

Lists inside a CSV cell are separated by "|". `validate` checks all of it; `chronik actors --check`
runs it on demand and every load runs it.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import yaml

from ..errors import ChronikError
from ..language import lemma_table
from .spelling import german_spelling

KINDS = ("country", "organization", "person", "group")
COUNTRY_ID = re.compile(r"[A-Z]{3}")
PERSON_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DERIVED_SOURCES = frozenset({"phoenix_people", "phoenix_international", "archigos"})
"""Sources of rows derived by script from large dictionaries, not written or checked by hand
(the Phoenix groups, checked when they were derived, keep the source "phoenix")."""
LEADER = "leader"
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government"})
GENITIVE_ARTICLE = re.compile(r"^(?:der|des|von)\s+")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    source: str = ""
    code: str = ""  # CAMEO-style: a country's ISO code, then its sector ("IRNCOP"), or "IGOUNO"


@dataclass(frozen=True)
class Term:
    person: str
    country: str
    office: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass
class ActorBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    surfaces: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    adjectives: dict[str, str] = field(default_factory=dict)
    genitives: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    seats: frozenset[str] = frozenset()
    titles: dict[str, str] = field(default_factory=dict)
    home_country: str = ""
    home_titles: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    towns: dict[str, str] = field(default_factory=dict)
    person_roles: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    sector_nouns: dict[str, str] = field(default_factory=dict)
    sector_heads: dict[str, str] = field(default_factory=dict)
    state_sectors: frozenset[str] = frozenset()
    qualified_sectors: frozenset[str] = frozenset()
    stationed_sectors: frozenset[str] = frozenset()
    active_since: dict[str, int] = field(default_factory=dict)

    def sector_actor(self, country: str, sector: str) -> str:
        """The actor of `sector` in `country`: the country itself for a state sector."""
        return country if sector in self.state_sectors else f"{country}-{sector}"

    def holder(self, country: str, office: str, day: date | None) -> str | None:
        """The person who held `office` for `country` on `day`, if the base knows them; for a
        head of state or government without a known term, the country's leader then (Archigos
        and REIGN name the leader without saying which of the two offices they held)."""
        if day is None:
            return None
        for wanted in (office, LEADER) if office in LEADING_OFFICES else (office,):
            for term in self.terms:
                if term.country == country and term.office == wanted and term.covers(day):
                    return term.person
        return None

    def offices_of(self, person: str, day: date | None) -> list[Term]:
        """The terms `person` held on `day`."""
        if day is None:
            return []
        return [t for t in self.terms if t.person == person and t.covers(day)]

    def code_of(self, actor_id: str | None) -> str:
        """The CAMEO-style code of an actor ("IRNCOP", "IGOUNO"); empty for a person the base
        does not know."""
        actor = self.actors.get(actor_id or "")
        return actor.code if actor else ""

    def variants(self, actor_id: str) -> list[str]:
        """Every surface of the base that names `actor_id`, roles included."""
        return sorted({s for s, a in self.surfaces.items() if a == actor_id}
                      | {r for r, a in self.roles.items() if a == actor_id})


def _cells(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split("|") if item.strip()]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("chronik.data").joinpath("actors").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter=";"))


def _day(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ChronikError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def validate(countries: list[dict], organizations: list[dict], persons: list[dict],
             titles: dict) -> None:
    """Raise ChronikError naming the first row that breaks the schema of the actor base."""
    sources = set(titles.get("sources") or {})
    offices = set(titles.get("offices") or {})
    ids: set[str] = set()
    for file, rows, required, pattern in (
            ("countries.csv", countries, ("id", "name", "names", "source"), COUNTRY_ID),
            ("organizations.csv", organizations, ("id", "name", "names", "source"), None)):
        for line, row in enumerate(rows, 2):
            where = f"actors/{file} line {line}"
            missing = [key for key in required if not row.get(key)]
            if missing:
                raise ChronikError(f"{where}: {row.get('id')!r} lacks {missing}")
            if pattern and not pattern.fullmatch(row["id"]):
                raise ChronikError(f"{where}: id {row['id']!r} is not an ISO 3166 alpha-3 code")
            if row["id"] in ids:
                raise ChronikError(f"{where}: duplicate id {row['id']!r}")
            if row["source"] not in sources:
                raise ChronikError(f"{where}: unknown source {row['source']!r}")
            ids.add(row["id"])
    named: set[str] = set()
    alias_owner: dict[str, str] = {}
    terms: dict[tuple[str, str], list[tuple[date, date | None, str]]] = {}
    for line, row in enumerate(persons, 2):
        where = f"actors/persons.csv line {line}"
        person = row.get("id") or ""
        if not PERSON_ID.fullmatch(person):
            raise ChronikError(f"{where}: id {person!r} is not lower-case words joined by '-'")
        if person not in named:
            if not row.get("name") or not row.get("aliases"):
                raise ChronikError(f"{where}: the first row of {person!r} needs a name and "
                                   "aliases")
            named.add(person)
        for alias in _cells(row.get("aliases")):
            if alias_owner.setdefault(alias, person) != person:
                raise ChronikError(f"{where}: alias {alias!r} already names "
                                   f"{alias_owner[alias]!r}")
        if row.get("country") not in ids:
            raise ChronikError(f"{where}: unknown country or organisation {row.get('country')!r}")
        if row.get("office") not in offices:
            raise ChronikError(f"{where}: unknown office {row.get('office')!r}")
        if row.get("source") not in sources:
            raise ChronikError(f"{where}: unknown source {row.get('source')!r}")
        start, end = _day(row.get("from") or "", where), _day(row.get("to") or "", where)
        if start is None:
            raise ChronikError(f"{where}: {person!r} needs a 'from' date")
        if end is not None and end <= start:
            raise ChronikError(f"{where}: {person!r} ends office before it starts")
        seat = (row["country"], row["office"])
        for other_start, other_end, other in terms.get(seat, []):
            if other != person and start < (other_end or date.max) and other_start < (
                    end or date.max):
                raise ChronikError(f"{where}: {person!r} and {other!r} overlap as "
                                   f"{row['office']} of {row['country']}")
        terms.setdefault(seat, []).append((start, end, person))


def _load_titles() -> dict:
    folder = resources.files("chronik.data").joinpath("actors")
    return yaml.safe_load(folder.joinpath("titles.yaml").read_text("utf-8"))


@cache
def load() -> ActorBase:
    countries, organizations = _rows("countries.csv"), _rows("organizations.csv")
    persons, titles = _rows("persons.csv"), _load_titles()
    validate(countries, organizations, persons, titles)
    sectors = yaml.safe_load(resources.files("chronik.data").joinpath("actors")
                             .joinpath("sectors.yaml").read_text("utf-8"))
    members = set(titles["member_nouns"])
    forms = _noun_forms(members | {noun for spec in sectors.values() for noun in spec["nouns"]})
    base = ActorBase(home_country=titles["home_country"],
                     home_titles=frozenset(titles["home_titles"]),
                     places=frozenset(titles["places"]),
                     person_roles=frozenset(titles["person_roles"]),
                     member_nouns=frozenset(members.union(*(forms.get(noun, ())
                                                            for noun in members))),
                     body_nouns=frozenset(titles["body_nouns"]))
    seats: set[str] = set()
    for row in countries:
        base.actors[row["id"]] = Actor(row["id"], row["name"], "country", row["id"], row["source"],
                                       row["id"])
        demonyms = _demonym_forms(_cells(row["demonyms"]))
        for surface in _cells(row["names"]) + demonyms:
            base.surfaces.setdefault(surface, row["id"])
        for surface in demonyms:
            base.demonyms.setdefault(surface, row["id"])
        for surface in _cells(row["seats"]):
            base.surfaces.setdefault(surface, row["id"])
            seats.add(surface)
        genitives = _cells(row["genitive"]) or [_genitive(_cells(row["names"])[0])]
        for surface in genitives:
            base.genitives[surface] = row["id"]
            base.surfaces.setdefault(GENITIVE_ARTICLE.sub("", surface), row["id"])
        if row["adjective"]:
            base.adjectives[row["adjective"]] = row["id"]
        for prefix in _cells(row["prefix"]):
            base.prefixes[prefix] = row["id"]
    for row in organizations:
        base.actors[row["id"]] = Actor(row["id"], row["name"], "organization", row["id"],
                                       row["source"], row["code"])
        for surface in _cells(row["names"]) + _cells(row["descriptions"]):
            base.surfaces.setdefault(surface, row["id"])
        for prefix in _cells(row["prefix"]):
            base.prefixes[prefix] = row["id"]
    for row in _rows("groups_phoenix.csv") + _rows("organizations_phoenix.csv"):
        base.actors[row["id"]] = Actor(row["id"], row["name"], "organization",
                                       row["country"] or None, row["source"], row["code"])
        for surface in _cells(row["names"]):
            for spelling in (surface, german_spelling(surface, row["country"])):
                base.surfaces.setdefault(spelling, row["id"])
                base.surfaces.setdefault(_capital_article(spelling), row["id"])
    for row in persons:
        if row["name"]:
            home = row["country"]
            code = f"{home}GOV" if COUNTRY_ID.fullmatch(home) else base.actors[home].code
            base.actors[row["id"]] = Actor(row["id"], row["name"], "person", home,
                                           row["source"], code)
        for surface in _cells(row["aliases"]):
            base.surfaces[surface] = row["id"]
        for role in _cells(row["roles"]):
            base.roles[role] = row["id"]
        base.terms.append(Term(row["id"], row["country"], row["office"],
                               date.fromisoformat(row["from"]),
                               date.fromisoformat(row["to"]) if row["to"] else None))
    _add_derived_persons(base, set(titles["offices"]), set(titles["sources"]))
    for row in _rows("places_phoenix.csv"):
        if row["name"] not in base.surfaces and row["country"] in base.actors:
            base.towns[row["name"]] = base.surfaces[row["name"]] = row["country"]
    base.seats = frozenset(seats)
    _add_sectors(base, sectors, forms)
    base.titles = {title: office for office, names in titles["offices"].items()
                   for title in names}
    return base


def _capital_article(name: str) -> str:
    """A name with the Arabic article as German news writes it: "al-Qassam Brigades" →
    "Al-Qassam Brigades"."""
    return name[0].upper() + name[1:] if name[:3] in ("al-", "el-") else name


def _demonym_forms(demonyms: list[str]) -> list[str]:
    """The plural demonyms with their dative: "Iraker" → "Irakern" ("mit den Irakern")."""
    return demonyms + [f"{name}n" for name in demonyms if name.endswith("er")]


def _add_derived_persons(base: ActorBase, offices: set[str], sources: set[str]) -> None:
    """The persons of `persons_derived.csv` that the hand-written files do not hold; a spelling
    already in the base keeps its actor. Their terms come after the hand-written ones, which
    `scripts/derive_persons.py` has kept them from overlapping."""
    for line, row in enumerate(_rows("persons_derived.csv"), 2):
        where = f"actors/persons_derived.csv line {line}"
        if not PERSON_ID.fullmatch(row["id"]) or not row["name"] or not row["aliases"]:
            raise ChronikError(f"{where}: a person needs an id of lower-case words joined by "
                               f"'-', a name and aliases")
        if row["country"] not in base.actors or row["source"] not in sources:
            raise ChronikError(f"{where}: unknown country or source in {row['id']!r}")
        if row["id"] in base.actors:
            continue
        base.actors[row["id"]] = Actor(row["id"], row["name"], "person", row["country"],
                                       row["source"], row["code"])
        if row["since"]:
            base.active_since[row["id"]] = int(row["since"])
        for surface in _cells(row["aliases"]):
            base.surfaces.setdefault(surface, row["id"])
        for term in _cells(row["offices"]):
            office, start, *end = term.split()
            if office not in offices:
                raise ChronikError(f"{where}: unknown office {office!r}")
            base.terms.append(Term(row["id"], row["country"], office, _day(start, where),
                                   _day(end[0], where) if end else None))


@dataclass
class Statistics:
    """The size and coverage of the actor base, as `chronik actors --stats` prints it."""
    by_kind: Counter[str]
    by_source: Counter[str]
    people_by_country: Counter[str]
    people_by_decade: Counter[int]
    people_with_terms: int
    spellings: int


def statistics() -> Statistics:
    """Count the base's actors by kind and source, and its people by country and by the decade
    they first held an office or role (the earliest dated term, else the source's first date)."""
    base = load()
    first_term: dict[str, date] = {}
    for term in base.terms:
        first_term[term.person] = min(term.start, first_term.get(term.person, date.max))
    people = [a for a in base.actors.values() if a.kind == "person"]
    decades: Counter[int] = Counter()
    for person in people:
        year = first_term[person.id].year if person.id in first_term else \
            base.active_since.get(person.id)
        if year is not None:
            decades[year // 10 * 10] += 1
    return Statistics(Counter(a.kind for a in base.actors.values()),
                      Counter(a.source for a in base.actors.values()),
                      Counter(p.country or "" for p in people), decades, len(first_term),
                      len(base.surfaces))


def _add_sectors(base: ActorBase, sectors: dict, forms: dict[str, set[str]]) -> None:
    """One actor per country and sector of `sectors.yaml`, and the nouns that name a sector in
    all their `forms`."""
    english = {row["id"]: row["adjective"] for row in _rows("adjectives_en.csv")}
    countries = [a for a in base.actors.values() if a.kind == "country"]
    state, qualified, stationed = set(), set(), set()
    for key, spec in sectors.items():
        code = spec.get("code", key)
        for noun in spec["nouns"]:
            for form in forms.get(noun, (noun,)):
                base.sector_nouns.setdefault(form, code)
                if spec.get("compounds") and " " not in form:
                    base.sector_heads.setdefault(form.lower(), code)
        if spec.get("qualified"):
            qualified.add(code)
        if spec.get("stationed"):
            stationed.add(code)
        if spec.get("country"):
            state.add(code)
            continue
        for country in countries:
            name = f"{english.get(country.id, country.name)} {spec['name']}"
            base.actors[f"{country.id}-{code}"] = Actor(f"{country.id}-{code}", name, "group",
                                                        country.id, "sectors",
                                                        country.id + spec.get("cameo", code))
    base.state_sectors = frozenset(state)
    base.qualified_sectors = frozenset(qualified)
    base.stationed_sectors = frozenset(stationed)


def _noun_forms(nouns: set[str]) -> dict[str, set[str]]:
    """Each of `nouns` → every case and number form of its lemma, from the inflection
    dictionaries: a sector noun written once ("Gericht") is found as "Gerichten" and "Gerichts"
    too."""
    table = lemma_table()
    lemmas = {noun: table[(noun, "N")] for noun in nouns if (noun, "N") in table}
    by_lemma: dict[str, set[str]] = {lemma: set() for lemma in lemmas.values()}
    for (form, kind), lemma in table.items():
        if kind == "N" and lemma in by_lemma:
            by_lemma[lemma].add(form)
    return {noun: by_lemma[lemma] for noun, lemma in lemmas.items()}


def _genitive(name: str) -> str:
    """German genitive of a country name without article: 'Polen' -> 'Polens'."""
    return f"von {name}" if name[-1] in "sßxz" else f"{name}s"
