"""The actor base shipped in `data/actors.yaml`: loading, validation and office lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import yaml

from ..errors import ChronikError

KINDS = ("country", "organization", "person")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    source: str = ""


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
    titles: dict[str, str] = field(default_factory=dict)
    home_country: str = ""
    home_titles: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()

    def holder(self, country: str, office: str, day: date | None) -> str | None:
        """The person who held `office` for `country` on `day`, if the base knows them."""
        if day is None:
            return None
        for term in self.terms:
            if term.country == country and term.office == office and term.covers(day):
                return term.person
        return None


def validate(data: dict) -> None:
    """Raise ChronikError naming the first row that breaks the schema of actors.yaml."""
    for section, required in (("countries", ("id", "name", "names", "adjective", "source")),
                              ("organizations", ("id", "name", "names", "source")),
                              ("persons", ("id", "name", "country", "aliases", "source"))):
        seen: set[str] = set()
        for row in data.get(section) or []:
            missing = [key for key in required if not row.get(key)]
            if missing:
                raise ChronikError(f"actors.yaml {section}: {row.get('id')!r} lacks {missing}")
            if row["id"] in seen:
                raise ChronikError(f"actors.yaml {section}: duplicate id {row['id']!r}")
            seen.add(row["id"])
            for office in row.get("offices") or []:
                if office.get("office") not in data["offices"] and office.get("office") != \
                        "ministry_spokesperson":
                    raise ChronikError(f"actors.yaml: {row['id']} has unknown office "
                                       f"{office.get('office')!r}")
                if not isinstance(office.get("from"), date):
                    raise ChronikError(f"actors.yaml: {row['id']} office needs a 'from' date")


@cache
def load() -> ActorBase:
    text = resources.files("chronik.data").joinpath("actors.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    validate(data)
    base = ActorBase(home_country=data["home_country"],
                     home_titles=frozenset(data["home_titles"]), places=frozenset(data["places"]))
    for row in data["countries"]:
        base.actors[row["id"]] = Actor(row["id"], row["name"], "country", row["id"], row["source"])
        for surface in row["names"] + row.get("seats", []) + row.get("demonyms", []):
            base.surfaces.setdefault(surface, row["id"])
        for surface in row.get("genitive", []):
            base.genitives[surface] = row["id"]
            base.surfaces.setdefault(surface.split()[-1], row["id"])
        base.adjectives[row["adjective"]] = row["id"]
        for prefix in row.get("prefix", []):
            base.prefixes[prefix] = row["id"]
    for row in data["organizations"]:
        base.actors[row["id"]] = Actor(row["id"], row["name"], "organization", row["id"],
                                       row["source"])
        for surface in row["names"] + row.get("descriptions", []):
            base.surfaces.setdefault(surface, row["id"])
        for prefix in row.get("prefix", []):
            base.prefixes[prefix] = row["id"]
    for row in data["persons"]:
        base.actors[row["id"]] = Actor(row["id"], row["name"], "person", row["country"],
                                       row["source"])
        for surface in row["aliases"]:
            base.surfaces[surface] = row["id"]
        for role in row.get("roles", []):
            base.roles[role] = row["id"]
        for office in row.get("offices", []):
            base.terms.append(Term(row["id"], row["country"], office["office"], office["from"],
                                   office.get("to")))
    base.titles = {title: office for office, titles in data["offices"].items() for title in titles}
    return base
