"""Near-duplicate detection: precision, recall, throughput and memory on synthetic copies.

    python benchmarks/dedup.py                       # 10k and 100k documents, the defaults
    python benchmarks/dedup.py --sizes 10000 --sweep # parameter sweep behind the defaults

The corpus (see `chronik/evaluation/synthetic.py`) is half distinct documents from 10kGNAD, half
copies edited at 0–30 %. Documents arrive one by one; each is fingerprinted, looked up in the index
of the documents before it, and added — as `chronik run` does. A reported pair is right when both
documents come from the same original. Recall is counted per edit level over the pairs (original,
copy). Time covers fingerprinting, lookup, verification and insertion on one core (corpus generation
excluded); memory is the peak resident size of the process that streams.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from pathlib import Path

from chronik import dedup
from chronik.evaluation.copies import score, stream
from chronik.evaluation.synthetic import corpus, load_articles

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "10kgnad" / "test.csv"


def measure(size: int, data: Path, shingle_words: int, lsh_threshold: float,
            threshold: float) -> dict:
    documents = corpus(load_articles(data), size)
    memory_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    pairs = stream(documents, shingle_words, lsh_threshold, threshold)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scores = score(documents, pairs)
    return {"size": size, "seconds": seconds, "peak_mb": peak / 1024,
            "index_mb": (peak - memory_before) / 1024, "precision": scores.precision,
            "recall_upto_20": scores.recall_upto_20, "recall_by_level": scores.recall_by_level}


def run_isolated(*args) -> dict:
    """Each measurement in a fresh process, so that its peak memory is its own."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(measure, args)


def print_row(result: dict, label: str = "") -> None:
    levels = "  ".join(f"{level:.2f}:{value:.3f}"
                       for level, value in result["recall_by_level"].items())
    print(f"{label}{result['size']:>7} docs  {result['size'] / result['seconds']:>7.0f} docs/s  "
          f"{result['seconds']:>7.1f} s  precision {result['precision']:.3f}  recall ≤20 % "
          f"{result['recall_upto_20']:.3f}  peak {result['peak_mb']:.0f} MB "
          f"(index {result['index_mb']:.0f} MB)")
    print(f"{'':{len(label)}}         recall by edit level: {levels}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--data", type=Path, default=DATA, help="10kGNAD test.csv")
    parser.add_argument("--sweep", action="store_true",
                        help="Try shingle sizes and thresholds at the first size.")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found; pass --data path/to/10kgnad/test.csv")
    if args.sweep:
        for shingle_words in (3, 5):
            for lsh_threshold in (0.3, 0.4, 0.5):
                for threshold in (0.4, 0.5, 0.6):
                    result = run_isolated(args.sizes[0], args.data, shingle_words,
                                          lsh_threshold, threshold)
                    print_row(result, f"k={shingle_words} lsh={lsh_threshold} "
                                      f"verify={threshold} ")
        return
    results = [run_isolated(size, args.data, dedup.SHINGLE_WORDS, dedup.LSH_THRESHOLD,
                            dedup.NEAR_DUPLICATE) for size in args.sizes]
    print(f"shingles of {dedup.SHINGLE_WORDS} words, {dedup.NUM_PERM} permutations, LSH "
          f"threshold {dedup.LSH_THRESHOLD}, verified similarity ≥ {dedup.NEAR_DUPLICATE}")
    for result in results:
        print_row(result)
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = (last["seconds"] / first["seconds"]) / (last["size"] / first["size"])
        print(f"time per document at {last['size']} ÷ at {first['size']}: {growth:.2f} "
              "(1.00 = linear)")


if __name__ == "__main__":
    main()
