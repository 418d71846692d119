"""Storage of articles and the chronicle in SQLite, with a versioned schema."""

from .db import Store
from .migrations import latest_version, migrate

__all__ = ["Store", "latest_version", "migrate"]
