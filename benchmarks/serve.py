"""Load on `chronik serve`: concurrent keep-alive clients over mixed routes of a large chronicle.

    python benchmarks/serve.py                          # 1, 4, 16 and 64 clients, 15 s each
    python benchmarks/serve.py --db big.db --clients 16 --seconds 30

The database is built once (or reused) from the synthetic 10kGNAD corpus of
`benchmarks/pipeline.py`: --articles inputs (11,000 by default, so that at least 10,000 distinct
articles are stored once exact copies are merged). The server runs as `chronik serve` in its own
process on this machine; each client is one keep-alive HTTP connection that sends one
request after the other for --seconds (a plain asyncio HTTP/1.1 client, cheap beside the
server on the same cores), drawing routes from a fixed mix: event pages (plain,
paged deep, by actor, by type and period), single events, articles, stories, search, the timeline
and the network of a month, and the HTML pages of the same. Printed per number of clients:
requests per second, median and 99th-percentile latency (all routes, and `/api/events` pages
alone), and errors (5xx answers and broken connections).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import DATA, write_corpus  # noqa: E402

MIN_STORED = 10_000


def build(db: Path, articles: int) -> None:
    """Run the pipeline on a synthetic corpus of `articles` inputs into `db`."""
    import chronik

    with tempfile.TemporaryDirectory() as scratch:
        print(f"building {db} from {articles:,} synthetic articles (a few minutes) …", flush=True)
        write_corpus(articles, DATA, Path(scratch))
        chronik.run([scratch], db=db, progress=False)


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def route_mix(db: Path, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, path) pairs drawn from what `db` holds; kind 'events' marks /api/events pages."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    events = [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]
    articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    stories = [r[0] for r in conn.execute("SELECT id FROM stories ORDER BY id")]
    actors = [r[0] for r in conn.execute(
        "SELECT a.name FROM actors a JOIN events e ON a.id = e.source_actor "
        "GROUP BY a.id ORDER BY count(*) DESC LIMIT 50")]
    days = [r[0] for r in conn.execute("SELECT DISTINCT first_day FROM events "
                                       "WHERE first_day IS NOT NULL ORDER BY first_day")]
    types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events")]
    conn.close()
    words = ["Regierung", "Wien", "Wahl", "Polizei", "Parlament", "Europa", "Gericht", "Kanzler"]
    mix: list[tuple[str, str]] = []
    for _ in range(400):
        day = rng.choice(days)
        month = f"from={day[:8]}01&to={day[:8]}28"
        choice = rng.randrange(20)
        if choice < 3:
            mix.append(("events", f"/api/events?limit=50&offset={rng.randrange(len(events))}"))
        elif choice < 5:
            mix.append(("events", f"/api/events?actor={quote(rng.choice(actors))}&limit=50"))
        elif choice < 6:
            mix.append(("events", f"/api/events?type={rng.choice(types)}&{month}"))
        elif choice < 8:
            mix.append(("event", f"/api/events/{rng.choice(events)}"))
        elif choice < 10:
            mix.append(("article", f"/api/articles/{rng.choice(articles)}"))
        elif choice < 11:
            mix.append(("list", f"/api/articles?offset={rng.randrange(len(articles))}"))
        elif choice < 12:
            mix.append(("list", f"/api/stories?offset={rng.randrange(len(stories))}"))
        elif choice < 13:
            mix.append(("story", f"/api/stories/{rng.choice(stories)}"))
        elif choice < 15:
            mix.append(("search", f"/api/search?q={rng.choice(words)}"))
        elif choice < 16:
            mix.append(("timeline", f"/api/timeline?{month}"))
        elif choice < 17:
            mix.append(("network", f"/api/network?{month}"))
        elif choice < 18:
            mix.append(("page", f"/events/{rng.choice(events)}"))
        elif choice < 19:
            mix.append(("page", f"/articles/{rng.choice(articles)}"))
        else:
            mix.append(("page", f"/timeline?{month}"))
    return mix


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-c", "from chronik.cli import main; main()",
                                "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    import httpx

    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/articles?limit=1", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str,
                path: str) -> int:
    """One GET on an open keep-alive connection; the status, after the whole body is read."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    length, chunked = 0, False
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if not chunked:
        await reader.readexactly(length)
        return status
    while (size := int((await reader.readline()).strip(), 16)) > 0:
        await reader.readexactly(size + 2)
    await reader.readline()
    return status


async def client(base: str, mix: list[tuple[str, str]], seconds: float, seed: int,
                 results: list[tuple[str, float, int]]) -> None:
    """One keep-alive connection sending requests one after the other until `seconds` pass (a
    plain asyncio HTTP/1.1 client: the load generator shares the machine with the server, so it
    should cost as little as it can). A broken connection counts as an error (status 0) and is
    opened anew."""
    rng = random.Random(seed)
    host, port = base.removeprefix("http://").split(":")
    connection = None
    stop = time.perf_counter() + seconds
    while time.perf_counter() < stop:
        kind, path = rng.choice(mix)
        started = time.perf_counter()
        try:
            if connection is None:
                connection = await asyncio.open_connection(host, int(port))
            status = await fetch(*connection, host, path)
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
            status, connection = 0, None
        results.append((kind, time.perf_counter() - started, status))
    if connection is not None:
        connection[1].close()


def row_counts(db: Path, tables: tuple[str, ...]) -> list[int]:
    """How many rows each of `tables` holds in `db`."""
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables]
    finally:
        conn.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def load(base: str, mix: list[tuple[str, str]], clients: int, seconds: float) -> dict:
    results: list[tuple[str, float, int]] = []

    async def all_clients() -> None:
        await asyncio.gather(*(client(base, mix, seconds, seed, results)
                               for seed in range(clients)))

    asyncio.run(all_clients())
    latencies = [r[1] for r in results]
    events = [r[1] for r in results if r[0] == "events"]
    return {"clients": clients, "requests": len(results),
            "per_second": len(results) / seconds,
            "p50_ms": 1000 * percentile(latencies, 0.5), "p99_ms": 1000 * percentile(latencies, .99),
            "events_p50_ms": 1000 * percentile(events, 0.5),
            "events_p99_ms": 1000 * percentile(events, 0.99),
            "errors": sum(1 for r in results if r[2] == 0 or r[2] >= 500),
            "not_200": sum(1 for r in results if r[2] != 200)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "chronik-serve-benchmark.db")
    parser.add_argument("--articles", type=int, default=11_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16, 64])
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--json", action="store_true", help="Also print each row as JSON.")
    args = parser.parse_args()
    if stored(args.db) < MIN_STORED:
        args.db.unlink(missing_ok=True)
        build(args.db, args.articles)
    mix = route_mix(args.db)
    process, base = start_server(args.db)
    try:
        counts = row_counts(args.db, ("articles", "events"))
        print(f"{args.db}: {counts[0]:,} articles, {counts[1]:,} events; "
              f"{len(mix)} routes in the mix, {args.seconds:.0f} s per row")
        for clients in args.clients:
            row = load(base, mix, clients, args.seconds)
            print(f"{clients:>3} clients  {row['per_second']:7.1f} requests/s  "
                  f"p50 {row['p50_ms']:6.1f} ms  p99 {row['p99_ms']:7.1f} ms  "
                  f"/api/events p50 {row['events_p50_ms']:6.1f} ms  "
                  f"p99 {row['events_p99_ms']:7.1f} ms  errors {row['errors']} "
                  f"of {row['requests']}", flush=True)
            if args.json:
                print(json.dumps(row))
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
