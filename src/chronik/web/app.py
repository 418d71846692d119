"""The FastAPI application: REST API under /api, pages everywhere else, static files under
/static. Requests read the database through one read-only `Chronicle` per app (`deps`), so a run may add
articles while the server answers (SQLite's write-ahead log keeps readers consistent)."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import ChronikError, LimitError, NotFoundError, StoreError
from ..store import Store
from ..store.migrations import latest_version

STATIC = Path(__file__).parent / "static"
VENDOR_FILES = ("vis-timeline-graph2d.min.js", "vis-network.min.js", "swagger-ui-bundle.js")
# Every script and style the pages use is served from here; inline styles are what the drawing
# libraries set on their elements.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
     b"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(db: str | Path) -> FastAPI:
    """The app serving the chronicle in `db`, a database that `chronik run` made."""
    db = str(db)
    _check_schema(db)
    app = FastAPI(title="chronik", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=_close_reader_at_shutdown,
                  description="The chronicle of political events that `chronik run` built: "
                              "events with their evidence, articles, actors, stories and the "
                              "actor network.")
    app.state.db = db
    app.state.reader = None
    app.state.vendor = all((STATIC / "vendor" / name).exists() for name in VENDOR_FILES)
    from . import api, pages

    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ChronikError, _error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(SecurityHeaders)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    return app


@asynccontextmanager
async def _close_reader_at_shutdown(app: FastAPI) -> AsyncIterator[None]:
    yield
    if app.state.reader is not None:
        app.state.reader.close()
        app.state.reader = None


async def _error(request: Request, error: ChronikError):
    """Missing ids are 404, queries beyond a limit 422, other bad parameters 400: JSON under
    /api, a page elsewhere."""
    status = 404 if isinstance(error, NotFoundError) else \
        422 if isinstance(error, LimitError) else 400
    return _answer(request, str(error), status, str(error))


async def _invalid(request: Request, error: RequestValidationError):
    """A malformed parameter: 422 with FastAPI's list of problems under /api, a page
    elsewhere."""
    problems = jsonable_encoder(error.errors(), custom_encoder={ValueError: str})
    message = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in problems)
    return _answer(request, message, 422, problems)


def _answer(request: Request, message: str, status: int, detail) -> JSONResponse:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": detail}, status_code=status)
    from .pages import error_page

    return error_page(request, message, status)


def _check_schema(db: str) -> None:
    """Refuse what is not a chronik database; upgrade one of an older version before serving."""
    if not Path(db).exists():
        raise StoreError(f"no database at {db}; create it with `chronik run`")
    try:
        conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
        try:
            version = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"cannot read {db} as a chronik database: {error}") from error
    if version is None or version > latest_version():
        raise StoreError(f"{db} has schema version {version}; this chronik reads up to "
                         f"{latest_version()}")
    if version < latest_version():
        Store(db).close()  # the one write: bring an older database to the current schema


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000,
          ready: Callable[[], None] | None = None) -> None:
    """Serve the chronicle in `db` until interrupted; `ready` is called once the database has
    been checked, before the server starts listening."""
    import uvicorn

    app = create_app(db)
    if ready is not None:
        ready()
    uvicorn.run(app, host=host, port=port, log_level="warning")
