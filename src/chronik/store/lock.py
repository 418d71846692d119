"""One writing run per database at a time: a lock file beside it, held while the run writes.

A second `chronik run` on the same database waits for the first to finish, saying so, instead
of failing on SQLite's "database is locked" once the first holds its write transaction longer
than the busy timeout. The lock is an advisory `flock` on `<database>.lock`: the operating system
releases it when its holder ends, however it ends, so a killed run never leaves a stale lock.
Readers (`chronik serve`, queries) take no lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy timeout is all there is
    fcntl = None

WAIT_REPORT_SECONDS = 30.0
POLL_SECONDS = 0.2


@contextmanager
def run_lock(db: str, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the run lock of database `db` (no lock for ':memory:'); while another process holds
    it, wait, telling `say` that and, every WAIT_REPORT_SECONDS, how long it has waited."""
    if db == ":memory:" or fcntl is None or not Path(db).resolve().parent.exists():
        yield
        return
    path = Path(f"{db}.lock")
    with path.open("a+") as handle:
        started = time.monotonic()
        next_report = 0.0
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                if waited >= next_report:
                    holder = path.read_text().strip() or "unknown"
                    so_far = f" ({waited:.0f} s so far)" if next_report else ""
                    say(f"another chronik run (process {holder}) is writing to {db}; waiting "
                        f"for it to finish{so_far} — Ctrl-C to give up")
                    next_report = waited + WAIT_REPORT_SECONDS
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
