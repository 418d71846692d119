"""Versioned schema: numbered SQL files in `migrations/`, each applied once and recorded."""

from __future__ import annotations

import sqlite3
from importlib import resources

from ..errors import StoreError


def _available() -> list[tuple[int, str, str]]:
    folder = resources.files("chronik.store").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            number, _, name = item.name.removesuffix(".sql").partition("_")
            found.append((int(number), name, item.read_text("utf-8")))
    return sorted(found)


def latest_version() -> int:
    return _available()[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT "
                 "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database, each in its own transaction."""
    version = current_version(conn)
    if version > latest_version():
        raise StoreError(f"database schema version {version} is newer than this chronik "
                         f"({latest_version()}); upgrade chronik")
    for number, name, sql in _available():
        if number <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                         (number, name))
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {number} ({name}) failed: {error}") from error
        version = number
    return version


def _statements(sql: str) -> list[str]:
    """The statements of a migration, a trigger's body (which holds semicolons) staying whole."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(row.lstrip().startswith("--") or not row.strip()
                                   for row in pending.splitlines()):
        raise StoreError(f"migration ends in an incomplete statement: {pending.strip()[:60]}")
    return statements
