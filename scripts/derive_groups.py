"""Derive armed non-state groups and parties from the PETRARCH2 Phoenix dictionary of military
non-state actors (MIT, openeventdata/petrarch2 676801c) into
src/chronik/data/actors/groups_phoenix.csv.

A Phoenix entry is a name line (`HAMAS_`, `TALIBAN_ [AFGREB]`), synonym lines (`+AL-QAEDA_`) and
its CAMEO code, on the name line or an indented line below (`[PSEREBHMS]`); the code's first three
letters are the group's country when they are one. Names of at most three words are kept, in the
case German news writes them: "Hamas", "Taliban", "al-Shabaab" (and "Shabaab"), a one-word
acronym as it is ("PKK"). Synonyms that name a leader ("HASSAN_NASRALLAH") are left out.

    python scripts/derive_groups.py ../shared/data/actors/Phoenix.MilNonState.actors.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "chronik" / "data" / "actors" / "groups_phoenix.csv"
COUNTRIES = ROOT / "src" / "chronik" / "data" / "actors" / "countries.csv"
NAME = re.compile(r"^(?P<name>[A-Z0-9][A-Z0-9_'()\-.&]*?)_?\s*"
                  r"(?:\[(?P<code>[A-Z]+)[^\]]*\])?\s*(?:#.*)?$")
SYNONYM = re.compile(r"^\+(?P<name>[A-Z0-9][A-Z0-9_'()\-.&]*?)_?\s*(?:#.*)?$")
CODE = re.compile(r"^\s+\[(?P<code>[A-Z]+)")
FIRST_NAMES = ROOT / "src" / "chronik" / "data" / "first_names.txt"
PARTICLES = {"AL", "EL", "AD", "AS", "AN", "AT", "AR"}
FUNCTION_WORDS = {"OF", "IN", "THE", "AND", "FOR", "ON", "TO"}
TITLES = {"SHEIK", "SHEIKH", "SAYYID", "SAYYED", "SEYYED", "IMAM", "MULLAH", "EMIR", "COMMANDER"}
MAX_WORDS = 3


def _display(raw: str) -> str | None:
    """'AL-SHABAAB' → 'al-Shabaab', 'HAMAS' → 'Hamas', 'PKK' → 'PKK'; None for names too long
    or with brackets."""
    if "(" in raw or ")" in raw:
        return None
    words = [w for w in raw.strip("_").split("_") if w]
    if not words or len(words) > MAX_WORDS:
        return None
    shown = []
    for word in words:
        parts = []
        for part in word.split("-"):
            if part in PARTICLES or part in FUNCTION_WORDS:
                parts.append(part.lower())
            elif (len(words) == 1 and len(part) <= 3) or \
                    (len(part) <= 4 and not re.search(r"[AEIOU]", part[1:])):
                parts.append(part)
            else:
                parts.append(part.capitalize())
        shown.append("-".join(parts))
    name = " ".join(shown)
    return name if len(name) >= 3 else None


def _is_person(raw: str, first_names: set[str]) -> bool:
    """A leader listed as a synonym of the group ("HASSAN_NASRALLAH", "SHEIKH_NASRALLAH")."""
    words = raw.strip("_").split("_")
    return words[0] in TITLES or (len(words) >= 2 and words[0].lower() in first_names)


def derive(path: Path, countries: set[str], first_names: set[str]) -> list[dict[str, str]]:
    entries: list[dict] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code = CODE.match(line)
        if code and entries:
            entries[-1]["code"] = entries[-1]["code"] or code["code"]
            continue
        synonym = SYNONYM.match(line)
        if synonym and entries:
            entries[-1]["names"].append(synonym["name"])
            continue
        name = NAME.match(line)
        if name:
            entries.append({"names": [name["name"]], "code": name["code"] or ""})
    rows, seen = [], set()
    for entry in entries:
        shown = [n for n in (_display(raw) for raw in entry["names"]
                             if not _is_person(raw, first_names)) if n]
        bare = [n[3:] for n in shown if n.startswith("al-") and " " not in n]
        names = list(dict.fromkeys(shown + bare))
        if not names or names[0] in seen:
            continue
        seen.add(names[0])
        country = entry["code"][:3] if entry["code"][:3] in countries else ""
        slug = re.sub(r"[^a-z0-9]+", "-", names[0].lower()).strip("-")
        rows.append({"id": f"group-{slug}", "name": names[0], "names": "|".join(names),
                     "country": country, "code": entry["code"], "source": "phoenix"})
    return rows


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """`rows` as the actor base's CSV: ';'-separated, a header of the first row's keys."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1
                  else "../shared/data/actors/Phoenix.MilNonState.actors.txt")
    countries = {row["id"] for row in csv.DictReader(
        COUNTRIES.read_text("utf-8").splitlines(), delimiter=";")}
    first_names = {line.strip().lower() for line in FIRST_NAMES.read_text("utf-8").splitlines()
                   if line.strip() and not line.startswith("#")}
    rows = derive(source, countries, first_names)
    write_csv(TARGET, rows)
    print(f"{len(rows)} groups written to {TARGET}")


if __name__ == "__main__":
    main()
