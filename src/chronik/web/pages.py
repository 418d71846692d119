"""The pages: server-rendered HTML over the same `Chronicle` queries as the API. The time axis and
the network are drawn in the browser by vis-timeline and vis-network, served from /static/vendor;
every page also lists its content as plain HTML."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..chronicle import STATUSES, Chronicle
from ..errors import ChronikError
from ..events import SYMMETRIC_TYPES, TYPES
from ..search import MAX_QUERY_CHARS
from .api import EXPORTS, MAX_OFFSET, ActorId, Filters, Id, NetworkFilters, text_query
from .deps import chronicle
from .render import annotated_html, marked_html, public_origin

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["public_origin"] = public_origin
Reader = Annotated[Chronicle, Depends(chronicle)]
PAGE_SIZE = 50
OUTLIERS_LISTED = 10
# The network page draws the most active actors only: a drawing of thousands of nodes is
# neither readable nor quick; the links table and the actor filter reach the others.
NETWORK_NODES = 150
NETWORK_EDGES = 600
PageNumber = Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE_SIZE)]


def _render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"vendor": request.app.state.vendor,
                                                      "types": TYPES, "statuses": STATUSES,
                                                      "symmetric": SYMMETRIC_TYPES,
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
async def timeline(request: Request, reader: Reader, filters: Filters, page: PageNumber = 1,
                   group: Annotated[str, Query(pattern="^(actor|story)?$")] = ""):
    """The chronicle on a time axis (drawn by /static/timeline.js from /api/timeline) over a
    density strip, with the events of the filters as a paged table. Without a period the
    drawing starts on the dense part of the chronicle and lists the outliers apart; an actor
    the chronicle does not know keeps the form, with a message and names it does know."""
    try:
        if filters["actor"]:
            reader.resolve_actor(filters["actor"])
    except ChronikError as error:
        suggestions = reader.actor_suggestions(filters["actor"][:4])
        return _render(request, "timeline.html", 404, filters=filters, message=str(error),
                       suggestions=suggestions, events=[], total=0, page=1, size=PAGE_SIZE,
                       window=None, drawn=None, strip=None, outliers=None, group=group,
                       query=_query(filters, group=group), exports=EXPORTS, labels={})
    unbounded = {k: v for k, v in filters.items() if k not in ("start", "end")}
    window = None if filters["start"] or filters["end"] else reader.date_window(**unbounded)
    drawn = _drawn(reader, filters, window)
    strip = reader.density(drawn["start"], drawn["end"], **unbounded) if drawn else None
    outliers = None
    if window and (window["before"] or window["after"]):
        outliers = {
            "before": reader.timeline(**unbounded, end=_shift(window["start"], -1),
                                      limit=OUTLIERS_LISTED),
            "after": _last(reader, unbounded, _shift(window["end"], 1))}
    events = reader.timeline(**filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return _render(request, "timeline.html", events=events, total=reader.count_events(**filters),
                   filters=filters, page=page, size=PAGE_SIZE, window=window, drawn=drawn,
                   strip=strip, outliers=outliers, group=group, exports=EXPORTS,
                   query=_query(filters, group=group), unbounded=_query(unbounded, group=group),
                   labels=reader.article_titles(a for e in events for a in e["article_ids"]))


def _last(reader: Chronicle, filters: dict, start: str) -> list[dict]:
    """The last OUTLIERS_LISTED events from `start` on, in date order."""
    after = reader.count_events(**filters, start=start)
    return reader.timeline(**filters, start=start, limit=OUTLIERS_LISTED,
                           offset=max(0, after - OUTLIERS_LISTED))


def _drawn(reader: Chronicle, filters: dict, window: dict | None) -> dict | None:
    """The period the time axis starts on: the one asked for, else the dense window; a side
    left open runs to the first or last dated event."""
    if window:
        return {"start": window["start"], "end": window["end"]}
    if not (filters["start"] or filters["end"]):
        return None
    unbounded = {k: v for k, v in filters.items() if k not in ("start", "end")}
    extent = reader.date_window(**unbounded, share=1.0)
    if extent is None:
        return None
    start, end = filters["start"] or extent["earliest"], filters["end"] or extent["latest"]
    return {"start": start, "end": max(start, end)}


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _query(filters: dict, **more) -> str:
    """The query string that asks for `filters` again (as the pages' forms send them)."""
    names = {"start": "from", "end": "to", "query": "q"}
    pairs = [(names.get(key, key), value) for key, value in {**filters, **more}.items()
             if value not in (None, "")]
    return urlencode(pairs)


@router.get("/network")
async def network(request: Request, reader: Reader, filters: NetworkFilters):
    message = None
    try:
        graph = reader.network(**filters, event_ids=False)
    except ChronikError as error:
        message, graph = str(error), {"nodes": [], "edges": []}
    names = {node["id"]: node["name"] for node in graph["nodes"]}
    kept = {node["id"] for node in graph["nodes"][:NETWORK_NODES]}
    drawn = {"nodes": [n for n in graph["nodes"] if n["id"] in kept],
             "edges": [e for e in graph["edges"]
                       if e["source"] in kept and e["target"] in kept][:NETWORK_EDGES]}
    kinds = sorted({node["kind"] for node in drawn["nodes"]})
    edge_types = sorted({t for edge in drawn["edges"] for t in edge["types"]})
    return _render(request, "network.html", 404 if message else 200, graph=graph, drawn=drawn,
                   names=names, filters=filters, message=message, kinds=kinds,
                   edge_types=edge_types, limit=NETWORK_NODES)


@router.get("/actors/{actor_id}")
async def actor(request: Request, reader: Reader, actor_id: ActorId):
    found = reader.actor(actor_id)
    events = reader.timeline(actor=actor_id, limit=PAGE_SIZE, most_reported=True)
    counts = {int(row["year"]): row["count"] for row in found["events_per_year"]}
    years = [{"label": str(year), "count": counts.get(year, 0)}
             for year in range(min(counts), max(counts) + 1)] if counts else []
    return _render(request, "actor.html", actor=found, events=events, years=years,
                   labels=reader.article_titles(a for e in events for a in e["article_ids"]))


@router.get("/stories/{story_id}")
async def story(request: Request, reader: Reader, story_id: Id):
    found = reader.story(story_id)
    return _render(request, "story.html", story=found, axis=_axis(found["events"]),
                   labels=reader.article_titles(a["id"] for a in found["articles"]))


def _axis(events: list[dict], rows: int = 6) -> list[dict]:
    """Dated events placed on a line from the first to the last day: position in percent, and
    a row so that neighbours stand apart."""
    dated = [e for e in events if e["first_day"]]
    if not dated:
        return []
    first = date.fromisoformat(dated[0]["first_day"])
    span = max((date.fromisoformat(dated[-1]["first_day"]) - first).days, 1)
    return [{"event": event, "row": index % rows,
             "at": round((date.fromisoformat(event["first_day"]) - first).days / span * 92, 1)}
            for index, event in enumerate(dated)]


@router.get("/events/{event_id}")
async def event(request: Request, reader: Reader, event_id: Id):
    found = reader.event(event_id)
    return _render(request, "event.html", event=found,
                   labels=reader.article_titles(e["article_id"] for e in found["evidence"]))


@router.get("/articles")
async def articles(request: Request, reader: Reader, page: PageNumber = 1):
    listed = reader.articles(PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return _render(request, "articles.html", page=page, total=reader.count("articles"),
                   size=PAGE_SIZE, articles=listed)


@router.get("/articles/{article_id}")
async def article(request: Request, reader: Reader, article_id: Id):
    found = reader.article(article_id)
    linked = [found["id"], *(i for c in found["copies"] for i in (c["article_id"], c["other_id"]))]
    return _render(request, "article.html", article=found, text=annotated_html(found),
                   labels=reader.article_titles(linked),
                   events=list({r["event_id"]: r for r in found["reports"]}.values()))


@router.get("/search")
async def search(request: Request, reader: Reader,
           q: Annotated[str, text_query("Words.", MAX_QUERY_CHARS)] = "",
           page: PageNumber = 1):
    """Articles and events whose text holds the words, in their German spellings and forms."""
    found = events = None
    message = None
    if q.strip():
        try:
            found = reader.search(q, PAGE_SIZE, (page - 1) * PAGE_SIZE)
            events = reader.search_events(q, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        except ChronikError as error:
            message = str(error)
    results = [{**item, "snippet": marked_html(item["snippet"])}
               for item in (found["items"] if found else [])]
    event_hits = [{**item, "snippet": marked_html(item["snippet"])}
                  for item in (events["items"] if events else [])]
    return _render(request, "search.html", q=q, page=page, size=PAGE_SIZE, results=results,
                   total=found["total"] if found else 0, events=event_hits,
                   events_total=events["total"] if events else 0, message=message,
                   actors=reader.actor_suggestions(q.strip(), 8) if q.strip() and
                   len(q.split()) == 1 else [],
                   labels=reader.article_titles(a for e in event_hits for a in e["article_ids"]))


@router.get("/stories")
async def stories(request: Request, reader: Reader, page: PageNumber = 1):
    return _render(request, "stories.html", page=page, size=PAGE_SIZE,
                   total=reader.count("stories"),
                   stories=reader.stories(PAGE_SIZE, (page - 1) * PAGE_SIZE))


@router.get("/actors")
async def actors(request: Request, reader: Reader):
    return _render(request, "actors.html", actors=reader.actors())
