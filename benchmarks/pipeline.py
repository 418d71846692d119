"""The whole pipeline on synthetic news: articles and tokens per second per stage, peak memory,
growth with corpus size, and the parallel efficiency of the Ray engine.

    python benchmarks/pipeline.py                          # 1k, 10k and 100k articles, one core
    python benchmarks/pipeline.py --sizes 1000 10000       # fewer sizes
    python benchmarks/pipeline.py --efficiency 10000       # Ray with 1 and with 2 workers
    python benchmarks/pipeline.py --curve 100000           # one database growing run by run

The corpus (see `chronik/evaluation/synthetic.py`) is half distinct articles from 10kGNAD
(derStandard.at, CC BY-NC-SA 4.0), half copies of them edited at 0–30 %, in random order, as JSON
lines arriving over 2016: publication dates rise evenly through the year, so that a larger corpus
is denser news, as a larger scrape of the same year would be. Each has one of 20 outlets. Each
size runs `chronik.run` into a new database in a fresh process, so that its peak memory (resident
size of that process) is its own; writing the corpus happens before, in another process. Stage
seconds are summed over articles; tokens per second divide the corpus's words by them. Growth is
the time per article at the largest size divided by that at the smallest (1.00 is linear), for
the whole run and apart for the per-article stages and the storing steps.

The curve stores one corpus into one database a file (1,000 articles) at a time, as a user's
archive grows run by run, and prints the time per article in each tenth: the make-up and the
density of the news stay the same throughout, so that only the database grows.

Parallel efficiency runs the Ray engine with one worker, then two: articles per second with two
workers divided by twice that with one, for the per-article stages (the engine's share of the run,
Ray's start excluded) and for the whole run (storing steps included, which run in one process).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "10kgnad" / "test.csv"
LINES_PER_FILE = 1000


def write_corpus(size: int, data: Path, folder: Path) -> int:
    """Write `size` articles as JSON lines under `folder`; return their number of words."""
    from chronik.evaluation.synthetic import corpus, load_articles

    rng = random.Random(size)
    documents = corpus(load_articles(data), size)
    words = 0
    for start in range(0, size, LINES_PER_FILE):
        with (folder / f"articles-{start // LINES_PER_FILE:05d}.jsonl").open("w") as handle:
            for position, document in enumerate(documents[start:start + LINES_PER_FILE], start):
                day = date(2016, 1, 1) + timedelta(days=position * 366 // size)
                handle.write(json.dumps({"text": document.text, "published": day.isoformat(),
                                         "source": f"outlet-{rng.randrange(20)}"},
                                        ensure_ascii=False) + "\n")
                words += len(document.text.split())
    return words


class TimedEngine:
    """An engine that records how long its `map` calls took (the Ray engine works inside them)."""

    def __init__(self, engine) -> None:
        self.engine, self.seconds = engine, 0.0

    def map(self, work, articles):
        started = time.perf_counter()
        results = self.engine.map(work, articles)
        self.seconds += time.perf_counter() - started
        return results

    def close(self) -> None:
        self.engine.close()


def measure(folder: Path, engine: str, workers: int | None) -> dict:
    import chronik
    from chronik.engines import make_engine

    started = time.perf_counter()
    runner = TimedEngine(make_engine(engine, **({"workers": workers} if workers else {})))
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        report = chronik.run([folder], Path(scratch) / "bench.db", progress=False, engine=runner)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "engine_seconds": runner.seconds, "startup": startup,
            "stages": report.seconds, "added": len(report.added),
            "unchanged": len(report.unchanged), "failures": len(report.failures),
            "events": report.events, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            / 1024}


def new_corpus(size: int, data: Path, scratch: Path) -> tuple[Path, int]:
    """A folder under `scratch` holding a corpus of `size` articles, and its number of words."""
    folder = scratch / str(size)
    folder.mkdir()
    return folder, isolated(write_corpus, size, data, folder)


def storing_seconds(stages: dict[str, float]) -> float:
    """The seconds of a run's storing steps (which read and write the database)."""
    from chronik.pipeline import STORING_STEPS

    return sum(seconds for stage, seconds in stages.items() if stage in STORING_STEPS)


def measure_runs(folder: Path) -> list[tuple[int, float, float]]:
    """Run each file of `folder` into one database in turn: (articles, seconds, seconds of the
    storing steps) per run."""
    import chronik

    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        for path in sorted(folder.glob("*.jsonl")):
            started = time.perf_counter()
            report = chronik.run([path], Path(scratch) / "bench.db", progress=False)
            seconds = time.perf_counter() - started
            runs.append((len(report.added) + len(report.unchanged) + len(report.failures),
                         seconds, storing_seconds(report.seconds)))
    return runs


def isolated(function, *args):
    """Run `function` in a fresh process, so that its memory is its own."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(function, args)


def print_size(size: int, words: int, result: dict) -> None:
    rate = size / result["seconds"]
    print(f"{size:>7} articles  {result['seconds']:>8.1f} s  {rate:>6.1f} articles/s  "
          f"{words / result['seconds']:>7.0f} tokens/s  peak {result['peak_mb']:>5.0f} MB  "
          f"({result['added']} stored, {result['unchanged']} exact copies, "
          f"{result['failures']} failed, {result['events']} event reports)")
    total = sum(result["stages"].values())
    for stage, seconds in result["stages"].items():
        print(f"          {stage:<12} {seconds:>8.1f} s  {seconds / total:>6.1%}  "
              f"{words / seconds if seconds else float('inf'):>10.0f} tokens/s")


def print_growth(results: dict[int, dict]) -> None:
    """Seconds per article at the largest size ÷ at the smallest: of the whole run, of the
    per-article stages (which read nothing stored, so that only the corpus's make-up changes
    them) and of the storing steps (which read and write the growing database)."""
    def seconds(result: dict, part: str) -> float:
        if part == "whole":
            return result["seconds"]
        storing = storing_seconds(result["stages"])
        return storing if part == "storing steps" else sum(result["stages"].values()) - storing

    smallest, largest = min(results), max(results)
    growth = {part: seconds(results[largest], part) / largest
              / (seconds(results[smallest], part) / smallest)
              for part in ("whole", "per-article stages", "storing steps")}
    print(f"growth: seconds per article at {largest} ÷ at {smallest} = {growth['whole']:.2f} "
          f"(1.00 is linear); per-article stages {growth['per-article stages']:.2f}, "
          f"storing steps {growth['storing steps']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--engine", choices=("local", "ray"), default="local")
    parser.add_argument("--workers", type=int, help="Ray workers (default: all cores).")
    parser.add_argument("--efficiency", type=int, metavar="SIZE",
                        help="Instead of the sizes: Ray with 1 and 2 workers on SIZE articles.")
    parser.add_argument("--curve", type=int, metavar="SIZE",
                        help="Instead of the sizes: SIZE articles into one database, run by run.")
    parser.add_argument("--data", type=Path, default=DATA, help="10kGNAD test.csv")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"{args.data} not found; pass --data path/to/10kgnad/test.csv")
    with tempfile.TemporaryDirectory() as scratch:
        if args.efficiency:
            efficiency(args.efficiency, args.data, Path(scratch))
            return
        if args.curve:
            curve(args.curve, args.data, Path(scratch))
            return
        results = {}
        for size in args.sizes:
            folder, words = new_corpus(size, args.data, Path(scratch))
            results[size] = isolated(measure, folder, args.engine, args.workers)
            print_size(size, words, results[size])
        if len(results) > 1:
            print_growth(results)


def curve(size: int, data: Path, scratch: Path) -> None:
    folder, _ = new_corpus(size, data, scratch)
    runs = isolated(measure_runs, folder)
    tenth = max(1, len(runs) // 10)
    per_article = []
    stored = 0
    for start in range(0, len(runs), tenth):
        part = runs[start:start + tenth]
        articles = sum(r[0] for r in part)
        stored += articles
        per_article.append(sum(r[1] for r in part) / articles)
        print(f"articles {stored - articles + 1:>7}–{stored:<7} {per_article[-1] * 1000:>6.1f} ms "
              f"per article, storing steps {sum(r[2] for r in part) / articles * 1000:>5.1f} ms")
    print(f"time per article in the last tenth ÷ in the first: "
          f"{per_article[-1] / per_article[0]:.2f} (1.00 is linear)")


def efficiency(size: int, data: Path, scratch: Path) -> None:
    folder, words = new_corpus(size, data, scratch)
    rates = {}
    for workers in (1, 2):
        result = isolated(measure, folder, "ray", workers)
        rates[workers] = (size / result["engine_seconds"], size / result["seconds"])
        print(f"ray, {workers} worker{'s' if workers > 1 else ' '}: per-article stages "
              f"{rates[workers][0]:>6.1f} articles/s, whole run {rates[workers][1]:>6.1f} "
              f"articles/s ({result['seconds']:.1f} s, Ray start {result['startup']:.1f} s, "
              f"{words} tokens)")
    print(f"parallel efficiency on 2 workers: per-article stages "
          f"{rates[2][0] / (2 * rates[1][0]):.0%}, whole run {rates[2][1] / (2 * rates[1][1]):.0%}")


if __name__ == "__main__":
    main()
