"""The pages: server-rendered HTML over the same `Chronicle` queries as the API. The time axis and
the network are drawn in the browser by vis-timeline and vis-network, served from /static/vendor;
every page also lists its content as plain HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..chronicle import MAX_QUERY_CHARS, STATUSES, Chronicle
from ..events import TYPES
from .api import MAX_OFFSET, Filters, Id, NetworkFilters, text_query, timeline_items
from .deps import chronicle
from .render import annotated_html, marked_html

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
Reader = Annotated[Chronicle, Depends(chronicle)]
PAGE_SIZE = 50
TIMELINE_LIMIT = 2000
PageNumber = Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE_SIZE)]


def _render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"vendor": request.app.state.vendor,
                                                      "types": TYPES, "statuses": STATUSES,
                                                      **context}, status_code=status_code)


def error_page(request: Request, message: str, status_code: int) -> HTMLResponse:
    return _render(request, "error.html", status_code, message=message, status=status_code)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/timeline")


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    """The OpenAPI description in Swagger UI, served from /static/vendor (no CDN, no inline
    script)."""
    return templates.TemplateResponse(request, "docs.html", {})


@router.get("/timeline")
async def timeline(request: Request, reader: Reader, filters: Filters):
    values = filters
    events = reader.timeline(**values, limit=TIMELINE_LIMIT)
    return _render(request, "timeline.html", events=events, items=timeline_items(events),
                   total=reader.count_events(**values), filters=values,
                   limit=TIMELINE_LIMIT,
                   labels=reader.article_labels(a for e in events for a in e["article_ids"]))


@router.get("/network")
async def network(request: Request, reader: Reader, filters: NetworkFilters):
    graph = reader.network(**filters)
    names = {node["id"]: node["name"] for node in graph["nodes"]}
    return _render(request, "network.html", graph=graph, names=names,
                   filters=filters)


@router.get("/events/{event_id}")
async def event(request: Request, reader: Reader, event_id: Id):
    found = reader.event(event_id)
    return _render(request, "event.html", event=found,
                   labels=reader.article_labels(e["article_id"] for e in found["evidence"]))


@router.get("/articles")
async def articles(request: Request, reader: Reader, page: PageNumber = 1):
    listed = reader.articles(PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return _render(request, "articles.html", page=page, total=reader.count("articles"),
                   size=PAGE_SIZE, articles=listed,
                   labels=reader.article_labels(a["id"] for a in listed))


@router.get("/articles/{article_id}")
async def article(request: Request, reader: Reader, article_id: Id):
    found = reader.article(article_id)
    linked = [found["id"], *(i for c in found["copies"] for i in (c["article_id"], c["other_id"]))]
    return _render(request, "article.html", article=found, text=annotated_html(found),
                   labels=reader.article_labels(linked))


@router.get("/search")
async def search(request: Request, reader: Reader,
           q: Annotated[str, text_query("Words.", MAX_QUERY_CHARS)] = "",
           page: PageNumber = 1):
    found = reader.search(q, PAGE_SIZE, (page - 1) * PAGE_SIZE) if q.strip() else None
    results = [{**item, "snippet": marked_html(item["snippet"])}
               for item in (found["items"] if found else [])]
    return _render(request, "search.html", q=q, page=page, size=PAGE_SIZE, results=results,
                   total=found["total"] if found else 0,
                   labels=reader.article_labels(r["id"] for r in results))


@router.get("/stories")
async def stories(request: Request, reader: Reader, page: PageNumber = 1):
    return _render(request, "stories.html", page=page, size=PAGE_SIZE,
                   total=reader.count("stories"),
                   stories=reader.stories(PAGE_SIZE, (page - 1) * PAGE_SIZE))


@router.get("/actors")
async def actors(request: Request, reader: Reader):
    return _render(request, "actors.html", actors=reader.actors())
