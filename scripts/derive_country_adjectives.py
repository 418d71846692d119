"""Derive English country adjectives ("Iranian", "German") from the PETRARCH2 Phoenix country
dictionary (MIT, openeventdata/petrarch2 676801c) into
src/chronik/data/actors/adjectives_en.csv.

The Phoenix file lists each country as `NAME_ [ISO]` (or `NAME_` alone, then known by its
English name in countries.csv) followed by its synonyms (`+IRANIAN`, `+LIBYAN_`); the adjective
is the first one-word synonym with an adjective ending. Sector actors
are named with it ("Iranian police"), as the annotation guide names groups.

    python scripts/derive_country_adjectives.py ../shared/data/actors/Phoenix.Countries.actors.txt

"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

COUNTRY = re.compile(r"^(?P<name>[A-Z_.]+?)_?(?:\s+\[(?P<code>[A-Z]{3})\])?\s*(?:#.*)?$")
SYNONYM = re.compile(r"^\+(?P<word>[A-Z]+)_?\s*$")
ENDINGS = ("AN", "ESE", "ISH", "I", "IC", "CH", "ISS", "EK", "AI", "OT", "ENE")
TARGET = Path(__file__).resolve().parents[1] / "src/chronik/data/actors/adjectives_en.csv"


def derive(path: Path, names: dict[str, str]) -> dict[str, str]:
    """Country code → adjective; a country line without its code ("IRAQ_") is known by its
    English name in `names` (upper case → code), and its adjective must begin like that name
    ("IRAQI", not the province "JONGLEI" listed under SOUTH_SUDAN)."""
    adjectives: dict[str, str] = {}
    code = stem = None
    for line in path.read_text("utf-8", errors="replace").splitlines():
        country = COUNTRY.match(line)
        if country and (country["code"] or country["name"].replace("_", " ") in names):
            code = country["code"] or names[country["name"].replace("_", " ")]
            stem = None if country["code"] else country["name"][:3]
            continue
        if not line.startswith(("+", "#")):
            code = None
        synonym = SYNONYM.match(line)
        word = synonym["word"] if synonym else ""
        if code and code not in adjectives and word.endswith(ENDINGS) and \
                not word.endswith("TAN") and (stem is None or word.startswith(stem)):
            adjectives[code] = word.capitalize()
    return adjectives


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1
                  else "../shared/data/actors/Phoenix.Countries.actors.txt")
    countries = Path(__file__).resolve().parents[1] / "src/chronik/data/actors/countries.csv"
    names = {row["name"].upper(): row["id"] for row in csv.DictReader(
        countries.read_text("utf-8").splitlines(), delimiter=";")}
    adjectives = derive(source, names)
    rows = ["id;adjective", *(f"{code};{word}" for code, word in sorted(adjectives.items()))]
    TARGET.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(adjectives)} adjectives written to {TARGET}")


if __name__ == "__main__":
    main()
