"""Derive the cities and provinces of each country from the PETRARCH2 Phoenix country dictionary
(MIT, openeventdata/petrarch2 676801c) into src/chronik/data/actors/places_phoenix.csv.

Phoenix lists under each country (`PERU_  [PER]`) synonym lines (`+AREQUIPA_`) that
mix the country's other names, misspellings of it and the places in it that news reports
often. A synonym is kept as a place of that country when it is a name of at most two words
without English function words ("ISLAMIC_REPUBLIC_OF_...") or the country's name in it; it is
no misspelling of the country's name (three edits or fewer, or the same first four letters),
no German word of the inflection dictionaries, no first name and no name of another actor of
the base; and no other country lists it. A place stands for its country where an event happens
to it ("Angriffe auf Arequipa") and gives the event its location ("in Arequipa").

    python scripts/derive_places.py ../shared/data/actors/Phoenix.Countries.actors.txt
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

from chronik.actors import load
from chronik.actors.recognize import edit_distance
from chronik.language import lemma_table
from chronik.ner.features import gazetteers

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "chronik" / "data" / "actors" / "places_phoenix.csv"
FIRST_NAMES = ROOT / "src" / "chronik" / "data" / "first_names.txt"
COUNTRY = re.compile(r"^(?P<name>[A-Z][A-Z_'\-]*?)_?\s+\[(?P<code>[A-Z]{3})\]")
SYNONYM = re.compile(r"^\+(?P<name>[A-Z][A-Z_'\-]*?)_?\s*(?:#.*)?$")
ENGLISH = {"OF", "THE", "AND", "FOR", "ON", "TO", "IN", "REPUBLIC", "KINGDOM", "STATE", "STATES",
           "PEOPLE", "PEOPLES", "DEMOCRATIC", "FEDERAL", "ISLAMIC", "UNITED", "GOVERNMENT",
           "PROVINCE", "REGION", "NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN",
           "EASTERN", "WESTERN", "CITY", "ISLAND", "ISLANDS", "NATION", "NATIONAL", "UNION"}
MAX_WORDS = 2
MIN_LENGTH = 4


def _display(raw: str) -> str:
    """'MAZAR-I-SHARIF' → 'Mazar-I-Sharif', 'TEL_AVIV' → 'Tel Aviv'."""
    return " ".join("-".join(part.capitalize() for part in word.split("-"))
                    for word in raw.split("_") if word)


def synonyms(path: Path) -> dict[str, set[str]]:
    """Country code → the raw synonyms listed in its block, its own name included first."""
    found: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    code = None
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if match := COUNTRY.match(line):
            code = match["code"]
            names[code] = match["name"]
        elif code and (match := SYNONYM.match(line)):
            found[code].add(match["name"])
        elif not line.startswith("+"):
            code = None
    return {code: {names[code], *found[code]} for code in names}


def places(path: Path) -> list[tuple[str, str]]:
    base = load()
    forms = {form.lower() for form, _ in lemma_table()}
    first = {line.strip().lower() for line in FIRST_NAMES.read_text("utf-8").splitlines()} | \
        {word for word, kind in gazetteers().items() if kind == "first"}
    owners: dict[str, set[str]] = defaultdict(set)
    for code, raws in synonyms(path).items():
        if code not in base.actors or base.actors[code].kind != "country":
            continue
        country = base.actors[code].name.upper().replace(" ", "_")
        own = {country, *(raw for raw in raws if edit_distance(raw, country) <= 3)}
        for raw in raws:
            words = [w for w in raw.split("_") if w]
            if not words or len(words) > MAX_WORDS or ENGLISH & set(words) or \
                    len(raw) < MIN_LENGTH or any(o in raw or raw[:4] == o[:4] for o in own) or \
                    any(edit_distance(raw, o) <= 3 for o in own):
                continue
            name = _display(raw)
            if name.lower() in forms or name.lower() in first or \
                    (name in base.surfaces and name not in base.towns):
                continue
            owners[name].add(code)
    return sorted((name, next(iter(codes))) for name, codes in owners.items() if len(codes) == 1)


def main(path: str) -> None:
    rows = places(Path(path))
    with TARGET.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(["name", "country"])
        writer.writerows(rows)
    print(f"{len(rows)} places written to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/actors/Phoenix.Countries.actors.txt")
