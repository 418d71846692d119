"""NER speed on one CPU core: tokens per second of the shipped model, features included.

    python benchmarks/ner.py                    # the held-out GermEval 2014 sentences
    python benchmarks/ner.py --rounds 5

Tags the last 2,550 sentences of GermEval 2014 test (CC BY 4.0), already tokenized, `--rounds`
times, and reports the best round; then tags the sentences of the 1,028 10kGNAD articles
(derStandard.at, CC BY-NC-SA 4.0) from raw text, tokenization included, as the pipeline does.
Every round starts with an empty cache of word features, so that no round profits from the one
before.
Prints the model's size on disk. Target: at least 20,000 tokens/s.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from importlib import resources
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED, help="../shared/data")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from chronik.evaluation.synthetic import load_articles
    from chronik.ner import MODEL, entities, tag_words
    from chronik.ner.corpora import evaluation_sentences
    from chronik.ner.features import clear_cache

    if not (args.data / "germeval2014").is_dir():
        sys.exit(f"{args.data}/germeval2014 not found; pass --data")
    sentences = [words for words, _ in evaluation_sentences(args.data)]
    tokens = sum(len(words) for words in sentences)
    tag_words(sentences[0])
    best = float("inf")
    for _ in range(args.rounds):
        clear_cache()
        started = time.perf_counter()
        for words in sentences:
            tag_words(words)
        best = min(best, time.perf_counter() - started)
    print(f"GermEval held-out: {len(sentences)} sentences, {tokens} tokens, "
          f"{tokens / best:,.0f} tokens/s (best of {args.rounds})")
    texts = [text for article in load_articles(args.data / "10kgnad" / "test.csv")
             for text in article]
    words = sum(len(text.split()) for text in texts)
    clear_cache()
    started = time.perf_counter()
    for text in texts:
        entities(text)
    seconds = time.perf_counter() - started
    print(f"10kGNAD raw sentences: {len(texts)} sentences, {words} words, "
          f"{words / seconds:,.0f} words/s, tokenization included")
    size = os.path.getsize(str(resources.files("chronik.data").joinpath(MODEL)))
    print(f"model {MODEL}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
