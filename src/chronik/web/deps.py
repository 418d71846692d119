"""The dependency every route reads the chronicle through."""

from __future__ import annotations

from fastapi import Request

from ..chronicle import Chronicle


async def chronicle(request: Request) -> Chronicle:
    """The app's read-only chronicle, for one request (a FastAPI dependency).

    The routes are coroutines that read the database without awaiting anything in between, so
    on the server's event loop one request's reads never interleave with another's: one
    connection serves them all, one after the other, and each statement sees what the runs
    have committed by then (SQLite's write-ahead log)."""
    if request.app.state.reader is None:
        request.app.state.reader = Chronicle(request.app.state.db)
    return request.app.state.reader
