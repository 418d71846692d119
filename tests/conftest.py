"""Shared fixtures: the seed articles and gold file beside the repository, and the demo corpus."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _shared(relative: str) -> Path:
    """A path under ../shared; missing, it skips locally and fails in CI (CI=true)."""
    path = SHARED / relative
    if not path.exists():
        message = f"../shared/{relative} is not beside the repository"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _shared("seeds")


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return _shared("gold/seeds.gold.json")


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return _shared("gold/dev/articles")


@pytest.fixture(scope="session")
def dev_gold_path() -> Path:
    return _shared("gold/dev/dev.gold.json")


@pytest.fixture(scope="session")
def krauts_dir() -> Path:
    return _shared("data/krauts")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, holding the NER corpora."""
    return _shared("data/germeval2014").parent


@pytest.fixture(scope="session")
def tenkgnad_path() -> Path:
    return _shared("data/10kgnad/test.csv")


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "examples" / "demo"


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    """The seeds, cleaned, keyed by their three-digit number."""
    from chronik import ingest
    from chronik.clean import clean

    return {Path(a.origin).name[:3]: clean(a) for a in ingest.read([seeds_dir])}


def _rows(db) -> dict[str, list[str]]:
    """Every row of every table chronik writes, sorted, without the wall-clock times of storing
    (columns ending in _at) and the search index: two runs that built the same database give
    the same."""
    conn = sqlite3.connect(db)
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'articles_fts%' AND name != 'schema_migrations'")]
    rows = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                   if not row[1].endswith("_at")]
        rows[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(columns)} FROM {table}")))
    conn.close()
    return rows


@pytest.fixture(scope="session")
def database_rows():
    """The function giving a database's rows to compare (see `_rows`)."""
    return _rows
