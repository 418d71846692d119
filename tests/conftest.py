"""Shared fixtures: the seed articles and gold file beside the repository, and the demo corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return path


@pytest.fixture(scope="session")
def gold_path() -> Path:
    path = SHARED / "gold" / "seeds.gold.json"
    if not path.is_file():
        pytest.skip("../shared/gold/seeds.gold.json is not beside the repository")
    return path


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "examples" / "demo"


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    """The seeds, cleaned, keyed by their three-digit number."""
    from chronik import ingest
    from chronik.clean import clean

    return {Path(a.origin).name[:3]: clean(a) for a in ingest.read([seeds_dir])}
