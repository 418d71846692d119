"""The FastAPI application: REST API under /api, pages everywhere else, static files under
/static. Each request reads the database through its own read-only `Chronicle`, so a run may add
articles while the server answers (SQLite's write-ahead log keeps readers consistent)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..chronicle import Chronicle
from ..errors import ChronikError, NotFoundError, StoreError
from ..store import Store
from ..store.migrations import latest_version

STATIC = Path(__file__).parent / "static"
VENDOR_FILES = ("vis-timeline-graph2d.min.js", "vis-network.min.js", "swagger-ui-bundle.js")


def create_app(db: str | Path) -> FastAPI:
    """The app serving the chronicle in `db`, a database that `chronik run` made."""
    db = str(db)
    _check_schema(db)
    app = FastAPI(title="chronik", version=__version__, docs_url=None, redoc_url=None,
                  description="The chronicle of political events that `chronik run` built: "
                              "events with their evidence, articles, actors, stories and the "
                              "actor network.")
    app.state.db = db
    app.state.vendor = all((STATIC / "vendor" / name).exists() for name in VENDOR_FILES)
    from . import api, pages

    app.include_router(api.router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ChronikError, _error)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The OpenAPI description in Swagger UI, served from /static/vendor (no CDN)."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="chronik API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    return app


def chronicle(request: Request) -> Iterator[Chronicle]:
    """A read-only chronicle for one request (a FastAPI dependency)."""
    opened = Chronicle(request.app.state.db)
    try:
        yield opened
    finally:
        opened.close()


async def _error(request: Request, error: ChronikError):
    """Missing ids are 404, other bad parameters 400: JSON under /api, a page elsewhere."""
    status = 404 if isinstance(error, NotFoundError) else 400
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": str(error)}, status_code=status)
    from .pages import error_page

    return error_page(request, str(error), status)


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


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the chronicle in `db` until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
