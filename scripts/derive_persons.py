"""Derive office holders and politicians of every country from the PETRARCH2 Phoenix actor
dictionaries (MIT, openeventdata/petrarch2 676801c), Archigos 4.1 (Goemans, Gleditsch and
Chiozza; leaders 1840-2015 with exact dates) and REIGN (Bell, Besaw and Frank; leaders to 2021)
into src/chronik/data/actors/persons_derived.csv.

- Phoenix gives each person a name, spellings and dated roles ("[IRNGOV 20050803-20130803]");
  a spelling with a title ("PRESIDENT_X", "SECRETARY_OF_STATE_X") names the office.
  A person with an office and exactly one dated government role holds the office for that role's
  dates; Archigos and REIGN, matched by country and surname, give a leader's exact dates instead.
- Archigos leaders that Phoenix lacks join with the full name of their DBpedia link.
- Every name gets its German spelling (`chronik.actors.spelling`); the surname alone is an alias
  only where it names one person of the whole base, is no German word, first name or seat of
  government, and the person held an office, or a role in a government, army or international
  organisation, since 1990.
- A term overlapping one of `persons.csv` (written by hand) for the same office is cut where the
  other starts, or dropped; a term open at the dictionary's date ends there (2014-01-30), so
  that nobody holds an office longer than a source says.

    python scripts/derive_persons.py ../shared/data/actors
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from chronik.actors.spelling import german_spelling
from derive_groups import write_csv
from chronik.language import lemma_table

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "chronik" / "data" / "actors"
TARGET = ACTORS / "persons_derived.csv"
FIRST_NAMES = ROOT / "src" / "chronik" / "data" / "first_names.txt"
DICTIONARY_DATE = date(2014, 1, 30)
ARCHIGOS_CENSORED = date(2015, 12, 31)
REIGN_CENSORED = date(2021, 3, 1)
NAME_LINE = re.compile(r"^(?P<name>[A-Z][^\s#\[]*)")
SYNONYM_LINE = re.compile(r"^\+(?P<name>[A-Z][^\s#\[]*)")
ROLE = re.compile(r"\[(?P<code>[A-Z]*)\s*(?P<dates>[<>]?\s*\d*(?:-\d+)?)\s*\]")
# Title words of a Phoenix spelling and the office of chronik's base they name (None: a title
# that names no office of the base).
TITLES: dict[tuple[str, ...], str | None] = {
    ("PRESIDENT",): "head_of_state", ("KING",): "head_of_state", ("QUEEN",): "head_of_state",
    ("EMIR",): "head_of_state", ("SULTAN",): "head_of_state",
    ("PRIME", "MINISTER"): "head_of_government", ("PREMIER",): "head_of_government",
    ("PM",): "head_of_government", ("CHANCELLOR",): "head_of_government",
    ("FOREIGN", "MINISTER"): "foreign_minister", ("SECRETARY", "OF", "STATE"): "foreign_minister",
    ("FOREIGN", "SECRETARY"): "foreign_minister",
    ("DEFENSE", "MINISTER"): "defence_minister", ("DEFENCE", "MINISTER"): "defence_minister",
    ("SECRETARY", "OF", "DEFENSE"): "defence_minister",
    ("DEFENSE", "SECRETARY"): "defence_minister", ("DEFENCE", "SECRETARY"): "defence_minister",
    ("SECRETARY-GENERAL",): "secretary_general", ("SECRETARY", "GENERAL"): "secretary_general",
    ("UNITED", "NATIONS", "SECRETARY", "GENERAL"): "secretary_general",
    ("UNITED", "NATIONS", "SECRETARY-GENERAL"): "secretary_general",
    ("VICE", "PRESIDENT"): "vice_president", ("VICE-PRESIDENT",): "vice_president",
    ("MINISTER",): None, ("AMBASSADOR",): None, ("GENERAL",): None, ("SENATOR",): None,
    ("GOVERNOR",): None, ("SHEIKH",): None, ("SHEIK",): None, ("COLONEL",): None, ("DR",): None,
    ("DR.",): None, ("MR",): None, ("MR.",): None, ("MRS",): None, ("PRINCE",): None,
    ("CROWN", "PRINCE"): None, ("AYATOLLAH",): None, ("SECRETARY",): None, ("SPEAKER",): None,
    ("MAYOR",): None, ("LEADER",): None, ("CHAIRMAN",): None, ("ADMIRAL",): None,
    ("MARSHAL",): None, ("JUDGE",): None, ("JUSTICE",): None, ("REP.",): None, ("SEN.",): None,
    ("GRAND", "AYATOLLAH"): None, ("HOJATOLISLAM",): None, ("HOJJATOLESLAM",): None,
    ("SAYYED",): None, ("SAYYID",): None, ("SEYYED",): None, ("HOJATOLISLAM", "SAYYED"): None,
}
# Organisation codes of Phoenix (longest prefix first) and the base's organisation ids.
ORGANISATIONS = {"IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO", "IGOUNOREFHCR": "UNHCR",
                 "IGOUNOKID": "UNICEF", "IGOUNODEVWBK": "WBG", "IGOUNO": "UN",
                 "IGOEUREEC": "EU", "IGOEUR": "EU", "IGOWSTNAT": "NATO", "IGOBUSOPC": "OPEC",
                 "IGOBUSWTO": "WTO", "IGOSEAASN": "ASEAN", "IGOAFRAFU": "AU"}
PARTICLES = {"AL", "EL", "BIN", "BEN", "IBN", "ZU", "VON", "VAN", "DE", "DER", "DEN", "DA", "DI",
             "DOS", "DAS", "DEL", "LA", "LE", "DU", "UND", "Y"}
ARABIC_ARTICLE = {"AL", "EL"}
# Words that make a spelling a description or a body, not a person's name ("ASSAD_REGIME",
# "SYRIA'S_GOVERNMENT", "SYRIAN_OBSERVATORY_FOR_HUMAN_RIGHTS").
NOT_NAMES = {"GOVERNMENT", "REGIME", "FORCES", "ADMINISTRATION", "CABINET", "SUPPORTERS",
             "LOYALISTS", "FAMILY", "ARMY", "MILITIA", "PARTY", "CAMP", "MINISTRY", "OBSERVATORY",
             "WATCH", "COMMITTEE", "COUNCIL", "ORGANIZATION", "ORGANISATION", "UNION", "FRONT",
             "MOVEMENT", "ASSOCIATION", "INSTITUTE", "COMMISSION", "AGENCY", "DEPARTMENT",
             "OFFICE", "NEWS", "TIMES", "PRESS", "RADIO", "TELEVISION", "BANK", "COMPANY",
             "CORPORATION", "FOUNDATION", "LEAGUE", "BRIGADE", "BRIGADES", "FORCE", "POLICE",
             "COURT", "TRIBUNAL", "SOCIETY", "CENTER", "CENTRE", "NETWORK", "RIGHTS"}
NAME_WORD = re.compile(r"[A-Z][A-Z.-]*(?:'[A-Z]{2,}[A-Z.-]*)?")


@dataclass
class Person:
    name: str
    country: str
    code: str
    names: list[str] = field(default_factory=list)
    offices: set[str] = field(default_factory=set)
    roles: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    terms: list[tuple[str, date, date | None]] = field(default_factory=list)
    source: str = "phoenix_people"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def _day(text: str, end: bool = False) -> date | None:
    text = text.strip()
    if not text:
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 25 else 1900 + year}{text[2:]}"
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return date(int(text[:4]), 12, 31) if end else date(int(text[:4]), 1, 1)


def _range(dates: str) -> tuple[date | None, date | None]:
    dates = dates.replace(" ", "")
    if dates.startswith(">"):
        return _day(dates[1:]), None
    if dates.startswith("<"):
        return None, _day(dates[1:], end=True)
    if "-" in dates:
        first, last = dates.split("-", 1)
        return _day(first), _day(last, end=True)
    return None, None


def _words(raw: str) -> list[str]:
    return [w for w in raw.strip("_").split("_") if w]


def _title(words: list[str]) -> tuple[tuple[str, ...] | None, list[str]]:
    """The title at the start of a spelling's words ("GRAND_AYATOLLAH_SAYYED_ALI_..." has two;
    the first that names an office counts) and the words after the titles."""
    found: tuple[str, ...] | None = None
    if len(words) > 2 and _title_at(words[1:]) and TITLES[_title_at(words[1:])]:
        words = words[1:]  # a country's adjective first: "RUSSIAN_PRESIDENT_YELTSIN"
    while True:
        head = _title_at(words)
        if head is None:
            return found, words
        if found is None or (TITLES[head] and not TITLES[found]):
            found = head
        words = words[len(head):]


def _title_at(words: list[str]) -> tuple[str, ...] | None:
    return next((tuple(words[:size]) for size in (4, 3, 2, 1)
                 if tuple(words[:size]) in TITLES and len(words) > size), None)


def _display(words: list[str]) -> str:
    """'ABDUL_AL_HAMID' → 'Abdul al-Hamid', 'HANS_ZU_BEISPIEL' → 'Hans zu Beispiel',
    "JEAN_D'ARGENT" → "Jean D'Argent"."""
    shown: list[str] = []
    joined_article = False
    for index, word in enumerate(words):
        if word in ARABIC_ARTICLE and index + 1 < len(words) and index > 0:
            shown.append("al-")
            joined_article = True
            continue
        parts = [p.lower() if p in PARTICLES and index > 0 else
                 "'".join(s.capitalize() for s in p.split("'")) for p in word.split("-")]
        text = "-".join(parts)
        if joined_article:
            shown[-1] += text
            joined_article = False
        else:
            shown.append(text)
    return " ".join(shown)


def read_phoenix(folder: Path, countries: set[str]) -> list[Person]:
    people: list[Person] = []
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        entries: list[tuple[list[str], list[tuple[str, str]]]] = []
        for line in (folder / name).read_text("utf-8", errors="replace").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            synonym = SYNONYM_LINE.match(line)
            head = NAME_LINE.match(line)
            if synonym and entries:
                entries[-1][0].append(synonym["name"])
            elif head:
                entries.append(([head["name"]], []))
            if entries:
                entries[-1][1].extend((m["code"], m["dates"]) for m in ROLE.finditer(line))
        for raw_names, roles in entries:
            person = _person(raw_names, roles, countries)
            if person is not None:
                people.append(person)
    return _merged(people)


def _merged(people: list[Person]) -> list[Person]:
    """One person per country and name: entries that Phoenix lists twice are joined."""
    by_key: dict[tuple[str, str], Person] = {}
    for person in people:
        first = by_key.setdefault((person.country, _ascii(person.name)), person)
        if first is not person:
            first.names = list(dict.fromkeys(first.names + person.names))
            first.offices |= person.offices
            first.roles += person.roles
    return list(by_key.values())


def _is_name(words: list[str]) -> bool:
    """Two words or more, each a name word ("D'ALEMA" is; "SYRIA'S" and "GOVERNMENT" are not)."""
    return len(words) >= 2 and not NOT_NAMES & set(words) and \
        all(NAME_WORD.fullmatch(w) for w in words)


def _owner(code: str, countries: set[str]) -> str | None:
    for prefix, organisation in sorted(ORGANISATIONS.items(), key=lambda i: -len(i[0])):
        if code.startswith(prefix):
            return organisation
    return code[:3] if code[:3] in countries else None


def _person(raw_names: list[str], roles: list[tuple[str, str]], countries: set[str]
            ) -> Person | None:
    """A Phoenix entry as a person: it needs a role longer than a bare country code (a country's
    own entry carries only that) and a name of two words or more."""
    if not any(len(code) > 3 or code == "ELI" for code, _ in roles):
        return None
    owner = next((o for o in (_owner(code, countries) for code, _ in roles if code) if o), None)
    words = _words(raw_names[0])
    _, words = _title(words)
    if owner is None or not _is_name(words):
        return None
    codes = [c for c, _ in roles if _owner(c, countries) == owner]
    code = next((c for c in codes if c.endswith("GOV")), codes[0])
    person = Person(_display(words), owner, code)
    for raw in raw_names:
        title, rest = _title(_words(raw))
        if title and TITLES[title] and (TITLES[title] != "secretary_general"
                                        or owner not in countries):
            person.offices.add(TITLES[title])
        if _is_name(rest):
            person.names.append(_display(rest))
    for role_code, dates in roles:
        if role_code and _owner(role_code, countries) == owner:
            person.roles.append((role_code, *_range(dates)))
    person.names = list(dict.fromkeys([person.name, *person.names]))
    return person


def _office_terms(person: Person) -> None:
    """The office a title names, for the person's latest dated government role (Phoenix titles
    name the office a person was known for last: "SECRETARY_OF_STATE_X"); and the defence
    ministry for a dated role in the government's military sector (CAMEO "GOVMIL": "[DEUGOVMIL
    051201-091031]"), kept by `defence_terms` where it is the country's only one."""
    government = {person.country + "GOV", person.code} if len(person.country) == 3 else \
        {person.code}
    dated = [(start, end) for code, start, end in person.roles
             if code in government and start is not None]
    if len(person.offices) == 1 and dated:
        start, end = max(dated, key=lambda d: d[0])
        person.terms.append((next(iter(person.offices)), start, end or DICTIONARY_DATE))


def defence_terms(people: list[Person]) -> None:
    """The defence minister's terms from the government's military sector: CAMEO codes the
    defence minister "GOVMIL", but also the chiefs of security services; a role is taken for the
    ministry only where no other person of the country held one at the same time."""
    roles = [(person, start, end or DICTIONARY_DATE) for person in people
             if len(person.country) == 3 for code, start, end in person.roles
             if code == person.country + "GOVMIL" and start is not None]
    for person, start, end in roles:
        if not any(other is not person and other.country == person.country and
                   start < other_end and other_start < end
                   for other, other_start, other_end in roles):
            person.terms.append(("defence_minister", start, end))


def _dbpedia_name(uri: str) -> str | None:
    match = re.search(r"resource_(.*?)&", uri)
    if not match:
        return None
    text = re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), match.group(1))
    return urllib.parse.unquote(text).replace("_", " ")


def _key(surname: str) -> str:
    return re.sub(r"^(?:al|el)-", "", _ascii(surname))


def _ascii(name: str) -> str:
    """'Gerhard Schröder' and 'Gerhard Schroeder' → 'gerhard schroeder'."""
    name = name.lower()
    for old, new in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        name = name.replace(old, new)
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _country_codes(archigos: list[dict], people: list[Person], countries: set[str]
                   ) -> dict[str, str]:
    """Correlates of War state abbreviations (Archigos, REIGN: "GRG", "GMY") → ISO codes (the
    base's: "GEO", "DEU"), learnt from the leaders both sources name: a COW code goes to the
    country whose Phoenix persons share most of its leaders' surnames; an abbreviation that is
    itself an ISO code of the base keeps it when that country shares at least as many."""
    surnames: dict[str, set[str]] = {}
    for person in people:
        surnames.setdefault(_key(person.surname), set()).add(person.country)
    votes: dict[str, dict[str, int]] = {}
    for row in archigos:
        name = (_dbpedia_name(row["dbpediauri"]) or row["leader"]).split(",")[0].split()
        for country in surnames.get(_key(name[-1]) if name else "", ()):
            tally = votes.setdefault(row["idacr"], {})
            tally[country] = tally.get(country, 0) + 1
    codes = {}
    for cow, tally in votes.items():
        best = max(sorted(tally), key=lambda c: tally[c])
        codes[cow] = cow if cow in countries and tally.get(cow, 0) >= tally[best] else best
    return codes


def add_leaders(folder: Path, people: list[Person], countries: set[str]) -> None:
    """Give known persons their leader terms from Archigos and REIGN, and add Archigos leaders
    Phoenix lacks. A leader is found by full name where the source gives one, else by surname;
    the term is for the office "leader": whoever led the country, president or premier (the
    sources do not say which)."""
    with gzip.open(folder / "archigos_4.1.csv.gz", "rt", encoding="utf-8") as handle:
        archigos = list(csv.DictReader(handle))
    codes = _country_codes(archigos, people, countries)
    by_name = {(p.country, _ascii(n)): p for p in people for n in p.names}
    by_surname: dict[tuple[str, str], list[Person]] = {}
    for person in people:
        by_surname.setdefault((person.country, _key(person.surname)), []).append(person)
    leaders: list[tuple[str, str, bool, date, date | None]] = []
    for row in archigos:
        country = codes.get(row["idacr"])
        if country is None or row["startdate"] < "1945":
            continue
        end = date.fromisoformat(row["enddate"])
        full = _dbpedia_name(row["dbpediauri"]) or \
            (row["leader"] if " " in row["leader"] and "," not in row["leader"] else None)
        name = full or row["leader"].split(",")[0].split()[-1]
        leaders.append((country, name, full is not None, date.fromisoformat(row["startdate"]),
                        None if end >= ARCHIGOS_CENSORED else end))
        if full and (country, _ascii(full)) not in by_name and \
                re.fullmatch(r"[\w.' -]+", full) and len(full.split()) >= 2:
            person = Person(full, country, country + "GOV", [full], source="archigos")
            people.append(person)
            by_name[(country, _ascii(full))] = person
            by_surname.setdefault((country, _key(person.surname)), []).append(person)
    with (folder / "reign_leaderlist_3_21.csv").open(encoding="latin-1") as handle:
        for row in csv.DictReader(handle):
            country = codes.get(row["stateabb"])
            if country is None or int(row["syear"]) < 2015:
                continue
            start = date(int(row["syear"]), int(row["smonth"]), int(row["sdate"]))
            end = date(int(row["eyear"]), int(row["emonth"]), 28) if row["eyear"] else None
            leaders.append((country, row["leader"], " " in row["leader"], start, end))
    for country, name, is_full, start, end in leaders:
        person = by_name.get((country, _ascii(name)))
        if person is None and not is_full:
            found = by_surname.get((country, _key(name.split()[-1])), [])
            person = found[0] if len(found) == 1 else None
        if person is None:
            continue
        person.terms.append(("leader", start, end))


def fit_terms(people: list[Person], hand_terms: dict[tuple[str, str], list[tuple[date, date | None]]]
              ) -> None:
    """No two terms for one office overlap: a hand-written term wins; of derived terms, an
    earlier one ends where a later one starts."""
    seats: dict[tuple[str, str], list[tuple[date, Person, int]]] = {}
    for person in people:
        for index, (office, start, _) in enumerate(person.terms):
            seats.setdefault((person.country, office), []).append((start, person, index))
    for seat, terms in seats.items():
        terms.sort(key=lambda t: t[0])
        for position, (start, person, index) in enumerate(terms):
            office, _, end = person.terms[index]
            following = [s for s, p, _ in terms[position + 1:] if p is not person and s > start]
            if following and (end is None or end > following[0]):
                end = following[0]
            for hand_start, hand_end in hand_terms.get(seat, []):
                if start < (hand_end or date.max) and hand_start < (end or date.max):
                    if start < hand_start:
                        end = hand_start
                    else:
                        end = start
            person.terms[index] = (office, start, end)
    for person in people:
        person.terms = [t for t in person.terms if t[2] is None or t[2] > t[1]]


def _short_forms(name: str) -> list[str]:
    """A name of three words or more as news shortens it, one given name and the surname:
    "Ali Reza Hassan Karimi" → "Ali Karimi", "Reza Karimi", "Hassan Karimi"."""
    words = name.split()
    if len(words) < 3 or words[-2].islower():
        return []
    return [f"{given} {words[-1]}" for given in words[:-1] if given[:1].isupper()]


def _latest(person: Person) -> date | None:
    """When the person last took up a role or office."""
    starts = [start for _, start, _ in person.roles if start] + [t[1] for t in person.terms]
    return max(starts, default=None)


def _notable(person: Person) -> bool:
    """Known well enough to be named by surname alone in news: a term of office, or a role in the
    government, military or an international organisation itself (not a junior ministry such as
    GOVAGR) taken up since 1990."""
    latest = _latest(person)
    if latest is None or latest.year < 1990:
        return False
    return bool(person.terms) or any(
        code in (person.country + "GOV", person.country + "MIL") or
        (len(person.country) != 3 and code == person.code) for code, _, _ in person.roles)


def _surname_of(slug: str, owners: set[str], ids: dict[str, Person]) -> bool:
    """Whether a surname that `owners` share names `slug` alone: a notable person who is its
    only owner, or the only one active since 2000 (a son in office, not his father before him)."""
    if not _notable(ids[slug]):
        return False
    if owners == {slug}:
        return True
    recent = [o for o in owners if (_latest(ids[o]) or date.min).year >= 2000]
    return recent == [slug]


def _german_words() -> set[str]:
    words = {form for form, _ in lemma_table()}
    return words | {w.capitalize() for w in words}


def rows(people: list[Person], hand_surfaces: set[str], first_names: set[str]) -> list[dict]:
    spellings: dict[str, list[str]] = {}
    ids: dict[str, Person] = {}
    for person in people:
        slug = re.sub(r"[^a-z0-9]+", "-", _ascii(person.name)).strip("-")
        if not slug or slug in ids or person.name in hand_surfaces:
            continue
        ids[slug] = person
        names = [n for n in person.names if n not in hand_surfaces]
        names += [short for n in names for short in _short_forms(n) if short not in hand_surfaces]
        spellings[slug] = list(dict.fromkeys(
            names + [german_spelling(n, person.country) for n in names]))
    surname_owners: dict[str, set[str]] = {}
    surname_forms: dict[str, list[str]] = {}
    for slug, person in ids.items():
        surname = person.surname
        surname_forms[slug] = list(dict.fromkeys(
            form for plain in (surname, re.sub(r"^al-", "", surname))
            for form in (plain, german_spelling(plain, person.country))))
        for form in surname_forms[slug]:
            surname_owners.setdefault(form, set()).add(slug)
    german = _german_words()
    table = []
    for slug, person in ids.items():
        names = spellings[slug]
        for form in surname_forms[slug]:
            if _surname_of(slug, surname_owners[form], ids) and len(form) >= 4 and \
                    form not in hand_surfaces and form not in german and \
                    form.lower() not in first_names and form[:1].isupper():
                names.append(form)
        starts = [start for _, start, _ in person.roles if start] + [t[1] for t in person.terms]
        table.append({
            "id": slug, "name": person.name, "country": person.country, "code": person.code,
            "since": min(starts).year if starts else "",
            "aliases": "|".join(dict.fromkeys(names)),
            "offices": "|".join(f"{o} {s.isoformat()} {e.isoformat() if e else ''}".strip()
                                for o, s, e in sorted(person.terms, key=lambda t: t[1])),
            "source": person.source})
    return table


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/actors")
    countries = {row["id"] for row in csv.DictReader(
        (ACTORS / "countries.csv").read_text("utf-8").splitlines(), delimiter=";")}
    hand = list(csv.DictReader((ACTORS / "persons.csv").read_text("utf-8").splitlines(),
                               delimiter=";"))
    hand_terms: dict[tuple[str, str], list[tuple[date, date | None]]] = {}
    hand_surfaces: set[str] = set()
    for row in hand:
        hand_terms.setdefault((row["country"], row["office"]), []).append(
            (date.fromisoformat(row["from"]), date.fromisoformat(row["to"]) if row["to"] else None))
        hand_surfaces.update(a for a in row["aliases"].split("|") if a)
    for name in ("countries.csv", "organizations.csv", "groups_phoenix.csv"):
        for row in csv.DictReader((ACTORS / name).read_text("utf-8").splitlines(), delimiter=";"):
            hand_surfaces.update(a for key in ("names", "descriptions", "demonyms", "seats")
                                 for a in (row.get(key) or "").split("|") if a)
            hand_surfaces.update(seat.split()[0] for seat in (row.get("seats") or "").split("|")
                                 if seat)
    first_names = {w.lower() for line in FIRST_NAMES.read_text("utf-8").splitlines()
                   if not line.startswith("#") for w in line.split()}
    people = read_phoenix(folder, countries)
    for person in people:
        _office_terms(person)
    defence_terms(people)
    add_leaders(folder, people, countries)
    fit_terms(people, hand_terms)
    table = rows(people, hand_surfaces, first_names)
    write_csv(TARGET, table)
    terms = sum(1 for row in table if row["offices"])
    print(f"{len(table)} persons ({terms} with office terms) written to {TARGET}")


if __name__ == "__main__":
    main()
