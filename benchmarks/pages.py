"""How long each page and its data take to answer in a large chronicle, one request at a time.

    python benchmarks/pages.py                       # 10,000 events in 100,000 articles
    python benchmarks/pages.py --db big.db --repeat 20

The chronicle is the synthetic one of `chronicle_fixture.py` (built once, then reused). The server
runs as `chronik serve` in its own process; each route is asked once to warm up and then
--repeat times, one request after the other on a keep-alive connection, and the time from
sending the request to reading the whole answer is taken (on this machine, so it is the server's
time plus a local round trip). Printed per route: median, 95th percentile and slowest; the
script exits with status 1 when a page's 95th percentile passes --target milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chronicle_fixture import build  # noqa: E402
from serve import fetch, percentile, row_counts, start_server  # noqa: E402


def routes(db: Path) -> list[str]:
    """The pages an analyst opens, and the data their scripts load, for what `db` holds."""
    conn = sqlite3.connect(db)
    actor_id, name = conn.execute(
        "SELECT a.id, a.name FROM events e JOIN actors a ON a.id = e.source_actor "
        "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1").fetchone()
    event = conn.execute("SELECT max(id) FROM events").fetchone()[0]
    article = conn.execute("SELECT article_id FROM event_evidence ORDER BY id DESC "
                           "LIMIT 1").fetchone()[0]
    story = conn.execute("SELECT story_id FROM articles WHERE story_id IS NOT NULL "
                         "GROUP BY story_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    pages = conn.execute("SELECT count(*) FROM articles").fetchone()[0] // 50
    conn.close()
    return ["/timeline", "/timeline?page=100", f"/timeline?actor={quote(name)}",
            "/timeline?group=actor", "/timeline?from=2021-01-01&to=2021-03-31&type=CONSULT",
            "/timeline?actor=Qwertzuiop", "/api/timeline?from=2020-01-01&to=2022-12-31&limit=500",
            f"/api/actors?prefix={quote(name[:3])}", "/network", f"/network?actor={actor_id}",
            f"/actors/{quote(actor_id)}", f"/events/{event}", f"/articles/{article}",
            "/articles", f"/articles?page={pages}", "/stories", f"/stories/{story}",
            "/actors", "/search?q=Sanktion", "/search?q=Aussenministerium",
            "/search?q=Abkommen+Handel"]


async def timed(base: str, paths: list[str], repeat: int) -> dict[str, list[float]]:
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    times: dict[str, list[float]] = {}
    for path in paths:
        status = await fetch(reader, writer, host, path)
        if status >= 500:
            raise SystemExit(f"{path} answered {status}")
        for _ in range(repeat):
            started = time.perf_counter()
            await fetch(reader, writer, host, path)
            times.setdefault(path, []).append(time.perf_counter() - started)
    writer.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path,
                        default=Path(tempfile.gettempdir()) / "chronik-pages-benchmark.db")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--target", type=float, default=300.0,
                        help="Milliseconds a page may take at the 95th percentile.")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db}: {args.events:,} events in {args.articles:,} articles …",
              flush=True)
        build(args.db, args.events, args.articles)
    paths = routes(args.db)
    process, base = start_server(args.db)
    try:
        times = asyncio.run(timed(base, paths, args.repeat))
    finally:
        process.terminate()
        process.wait(timeout=30)
    counts = row_counts(args.db, ("events", "articles"))
    print(f"{args.db}: {counts[0]:,} events, {counts[1]:,} articles; {args.repeat} requests "
          f"per route, one at a time")
    slow = []
    for path, values in times.items():
        p50, p95, worst = (1000 * percentile(values, 0.5), 1000 * percentile(values, 0.95),
                           1000 * max(values))
        print(f"{p50:7.1f} ms median {p95:7.1f} ms p95 {worst:7.1f} ms max  {path}")
        if p95 > args.target:
            slow.append(path)
    if slow:
        print(f"over {args.target:.0f} ms at the 95th percentile: {', '.join(slow)}")
        raise SystemExit(1)
    print(f"every route under {args.target:.0f} ms at the 95th percentile")


if __name__ == "__main__":
    main()
