"""Time of the per-article stages on very long inputs: does it grow linearly with the input?

    python benchmarks/long_inputs.py                  # 100k, 300k, 1M characters of each kind
    python benchmarks/long_inputs.py --sizes 10000 100000

Three kinds of text, each at every size: one token without a space (a pasted blob) in a
sentence, German
news sentences (written here, repeated with numbers so that no two are the same), and one
sentence without an end ("Scholz traf Macron und" over and over: many mentions in one sentence).
Each runs through clean, date, annotate, fingerprint and extract (`stages.first_pass`) in this
process, after a warm-up; the time per character at the largest size divided by that at the
smallest is printed for each kind (1.00 is linear). The input limit (`ingest.MAX_CHARS`, 1,000,000
characters by default) is what a run would cut longer texts to.
"""

from __future__ import annotations

import argparse
import time

SENTENCES = (
    "Am Montag traf Bundeskanzler Olaf Scholz in Paris den französischen Präsidenten Emmanuel "
    "Macron zu einem Gespräch über die Lage in der Ukraine.",
    "Die Außenministerin forderte Russland auf, die Truppen von der Grenze abzuziehen.",
    "Nach Angaben eines Sprechers der Regierung sollen die Gespräche in der kommenden Woche "
    "fortgesetzt werden.",
    "Die Stadträtin telefonierte am Abend mit dem Landrat des Nachbarkreises.",
    "Die Opposition kritisierte den Kurs der Regierung scharf und verlangte eine Debatte im "
    "Parlament.",
)


def text_of(kind: str, size: int) -> str:
    """`size` characters of one kind of long input."""
    if kind == "token":
        around = f"{SENTENCES[0]} Der Anhang lautet: "
        return around + ("Abcdefghij" * (size // 10 + 1))[:size - len(around) - 1] + "."
    if kind == "news":
        parts, length, number = [], 0, 0
        while length < size:
            sentence = f"{SENTENCES[number % len(SENTENCES)]} (Meldung {number})"
            parts.append(sentence)
            length += len(sentence) + 1
            number += 1
        return "\n".join(parts)[:size]
    return ("Scholz traf Macron und " * (size // 23 + 1))[:size]


def measure(kind: str, size: int) -> float:
    from chronik.stages import first_pass
    from chronik.records import Article

    article = Article(origin=f"{kind}-{size}", raw=text_of(kind, size),
                      metadata_date="2022-03-01")
    started = time.perf_counter()
    processed = first_pass(article)
    seconds = time.perf_counter() - started
    if processed.error is not None:
        raise SystemExit(f"{kind} at {size}: {processed.error}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", default=["token", "news", "mentions"],
                        choices=["token", "news", "mentions"])
    args = parser.parse_args()
    from chronik.stages import warm_up

    warm_up()
    for kind in args.kinds:
        per_char = []
        for size in args.sizes:
            seconds = measure(kind, size)
            per_char.append(seconds / size)
            print(f"{kind:<9} {size:>9,} characters {seconds:8.2f} s "
                  f"{size / seconds / 1000:8.1f} k characters/s", flush=True)
        print(f"{kind:<9} growth: time per character at {args.sizes[-1]:,} ÷ at "
              f"{args.sizes[0]:,} = {per_char[-1] / per_char[0]:.2f} (1.00 is linear)", flush=True)


if __name__ == "__main__":
    main()
