"""Derive international and non-governmental organisations (Amnesty International, Human Rights
Watch, UNICEF, the International Court of Justice ...) from the PETRARCH2 Phoenix dictionary of
international actors (MIT, openeventdata/petrarch2 676801c) into
src/chronik/data/actors/organizations_phoenix.csv.

An entry is a name line with its CAMEO code (`AMNESTY_INTERNATIONAL_ [NGOHRIAMN]`) and synonym
lines (`+AI_`); people (their name lines carry dated roles, or begin with a first name) are left
out, and so is a name that is neither an acronym nor holds a word that names a body
("INTERNATIONAL", "COMMITTEE", "WATCH" ...). Names are written as German news quotes them
("Amnesty International", "UNICEF"); an organisation the hand-written `organizations.csv` holds
keeps that row.

    python scripts/derive_organizations.py ../shared/data/actors/Phoenix.International.actors.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from derive_groups import CODE, FUNCTION_WORDS, NAME, SYNONYM, _is_person, write_csv

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "chronik" / "data" / "actors"
TARGET = ACTORS / "organizations_phoenix.csv"
FIRST_NAMES = ROOT / "src" / "chronik" / "data" / "first_names.txt"
BODY_WORDS = {"INTERNATIONAL", "ORGANIZATION", "ORGANISATION", "COMMISSION", "AGENCY", "COUNCIL",
              "FUND", "BANK", "PROGRAM", "PROGRAMME", "COURT", "COMMITTEE", "WATCH", "CROSS",
              "UNION", "ASSOCIATION", "FEDERATION", "LEAGUE", "INSTITUTE", "TRIBUNAL", "PANEL",
              "FORUM", "ALLIANCE", "PARLIAMENT", "CONFERENCE", "MOVEMENT", "FOUNDATION",
              "BORDERS", "MISSION", "SECRETARIAT", "ASSEMBLY", "CRESCENT", "AMNESTY"}
ACRONYM = re.compile(r"[A-Z]{3,7}")
MAX_WORDS = 7


def _display(raw: str) -> str | None:
    """'AMNESTY_INTERNATIONAL' → 'Amnesty International', 'UNICEF' → 'UNICEF',
    'INTERNATIONAL_COURT_OF_JUSTICE' → 'International Court of Justice'."""
    words = [w for w in raw.strip("_").split("_") if w]
    if not words or len(words) > MAX_WORDS or "(" in raw:
        return None
    if len(words) == 1:
        return words[0] if ACRONYM.fullmatch(words[0]) else None
    if not BODY_WORDS & set(words):
        return None
    shown = [w.lower() if w in FUNCTION_WORDS and i else "-".join(p.capitalize()
                                                                   for p in w.split("-"))
             for i, w in enumerate(words)]
    return " ".join(shown)


def derive(path: Path, first_names: set[str], taken: set[str]) -> list[dict[str, str]]:
    entries: list[dict] = []
    for line in path.read_text("utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if CODE.match(line):
            if entries and re.search(r"\d{6}", line):
                entries[-1]["dated"] = True
            if entries:
                entries[-1]["code"] = entries[-1]["code"] or CODE.match(line)["code"]
            continue
        synonym = SYNONYM.match(line)
        if synonym and entries:
            entries[-1]["names"].append(synonym["name"])
            continue
        name = NAME.match(line)
        if name:
            entries.append({"names": [name["name"]], "code": name["code"] or "",
                            "dated": bool(re.search(r"\d{6}", line))})
        elif re.match(r"[A-Z]", line):
            entries.append({"names": [], "code": "", "dated": True})
    rows, seen = [], set(taken)
    for entry in entries:
        if entry["dated"] or not entry["code"].startswith(("IGO", "NGO")) or not entry["names"] \
                or _is_person(entry["names"][0], first_names):
            continue
        shown = [n for n in (_display(raw) for raw in entry["names"]) if n]
        if not shown or _display(entry["names"][0]) is None or shown[0] in seen:
            continue
        names = [n for n in dict.fromkeys(shown) if n not in seen]
        seen.update(names)
        slug = re.sub(r"[^a-z0-9]+", "-", names[0].lower()).strip("-")
        rows.append({"id": f"org-{slug}", "name": names[0], "names": "|".join(names),
                     "country": "", "code": entry["code"], "source": "phoenix_international"})
    return rows


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1
                  else "../shared/data/actors/Phoenix.International.actors.txt")
    first_names = {w.lower() for line in FIRST_NAMES.read_text("utf-8").splitlines()
                   if not line.startswith("#") for w in line.split()}
    taken = {surface for row in csv.DictReader(
        (ACTORS / "organizations.csv").read_text("utf-8").splitlines(), delimiter=";")
        for key in ("names", "descriptions") for surface in (row[key] or "").split("|")
        if surface}
    rows = derive(source, first_names, taken)
    write_csv(TARGET, rows)
    print(f"{len(rows)} organisations written to {TARGET}")


if __name__ == "__main__":
    main()
