"""Derive the verbs of saying that German news uses as quotation cues from the train split of
quotes-de (Petersen-Frey and Biemann 2024, CC BY-NC-SA 4.0) into
src/chronik/data/speech_cues_de.tsv.

Every cue the annotators marked is read word by word: its verbs (by the lemma table of the
language layer, a separable particle of the same cue joined: "teilte ... mit" → `mitteilen`)
count as cue uses of their lemma. A lemma is kept when it is a cue at least `MIN_CUES` times
and in at least `MIN_SHARE` of the sentences that hold one of its forms, so that verbs which
only sometimes introduce a quotation ("gehen", "sehen") stay out. Auxiliaries are never cues.
Only train is read; dev and test stay unseen for `chronik eval quotes`.

    python scripts/derive_speech_cues.py ../shared/data

"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from chronik.language import PARTICLES, lemma_table

TARGET = Path(__file__).resolve().parents[1] / "src/chronik/data/speech_cues_de.tsv"
MIN_CUES = 3
MIN_SHARE = 0.25
AUXILIARIES = frozenset({"haben", "sein", "werden", "lassen"})
WORD = re.compile(r"[\wäöüÄÖÜß]+")


def _verbs(words: list[str]) -> set[str]:
    """The verb lemmas of a cue's words (a verb is written in lower case: "Nach Angaben" holds
    none), a separable particle joined to its verb."""
    table = lemma_table()
    verbs = [table[(w, "V")] for w in words if w[:1].islower() and (w, "V") in table]
    verbs = [v for v in verbs if v not in AUXILIARIES]
    particles = [w.lower() for w in words if w.lower() in PARTICLES]
    joined = {p + v for v in verbs for p in particles if (p + v, "V") in _infinitives()}
    return joined or set(verbs)


_INFINITIVES: set[tuple[str, str]] = set()


def _infinitives() -> set[tuple[str, str]]:
    if not _INFINITIVES:
        _INFINITIVES.update((lemma, "V") for (_, kind), lemma in lemma_table().items()
                            if kind == "V")
    return _INFINITIVES


def derive(data: Path) -> list[tuple[str, int, int]]:
    """(lemma, cue uses, sentences holding a form of it) of the kept cue verbs."""
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    table = lemma_table()
    with gzip.open(data / "quotes-de" / "train.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            text = article["text"]
            for start, end in article["sentences"]:
                words = WORD.findall(text[start:end])
                lemmas = {table[(w, "V")] for w in words if w[:1].islower() and (w, "V") in table}
                particles = {w.lower() for w in words if w.lower() in PARTICLES}
                seen.update(lemmas | {p + v for v in lemmas for p in particles
                                      if (p + v, "V") in _infinitives()})
            for quote in article["quotes"]:
                words = [w for start, end in quote.get("cue") or []
                         for w in WORD.findall(text[start:end])]
                cues.update(_verbs(words))
    return sorted((lemma, n, seen[lemma]) for lemma, n in cues.items()
                  if n >= MIN_CUES and seen[lemma] and n / seen[lemma] >= MIN_SHARE)


def main(data: Path) -> None:
    rows = derive(data)
    with TARGET.open("w", encoding="utf-8") as out:
        out.write("# lemma\tcue uses\tsentences with the verb (quotes-de train, derived by "
                  "scripts/derive_speech_cues.py)\n")
        for lemma, n, total in rows:
            out.write(f"{lemma}\t{n}\t{total}\n")
    print(f"{len(rows)} cue verbs written to {TARGET}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data"))
