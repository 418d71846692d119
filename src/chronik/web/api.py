"""The REST API: JSON over the library's `Chronicle` queries, paged where lists grow."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from ..chronicle import Chronicle
from ..errors import ChronikError
from ..events import SYMMETRIC_TYPES
from ..export import events_text
from ..search import CONTROL_CHARACTERS, MAX_QUERY_CHARS
from .deps import chronicle
from .render import marked_html, public_origin

router = APIRouter(tags=["chronicle"])
Reader = Annotated[Chronicle, Depends(chronicle)]
# SQLite's integers end at 2**63 - 1; offsets stop well before, where no database reaches.
MAX_ID = 2**63 - 1
MAX_OFFSET = 10**12
MAX_NAME_CHARS = 200
PRINTABLE = f"^[^{CONTROL_CHARACTERS}]*$"
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
ActorId = Annotated[str, Path(min_length=1, max_length=MAX_NAME_CHARS)]
# The most items one drawing of the time axis holds: a crowded period shows its most reported
# events, and the page says how many more there are.
TIMELINE_MAX = 2000
EXPORTS = {"csv": ("text/csv", "csv"), "jsonl": ("application/x-ndjson", "jsonl"),
           "gdelt": ("text/tab-separated-values", "gdelt.tsv")}
GROUPINGS = ("actor", "story")


def text_query(description: str, max_length: int = MAX_NAME_CHARS, **options):
    """A text parameter without control characters, of bounded length."""
    return Query(description=description, max_length=max_length, pattern=PRINTABLE, **options)


async def event_filters(
        actor: Annotated[str | None, text_query("Actor name, id or spelling, as source, target "
                                                "or participant.")] = None,
        type: Annotated[str | None, text_query("PLOVER type.")] = None,
        status: Annotated[str | None, text_query("happened, planned, conditional or "
                                                 "denied.")] = None,
        story: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Story id.")] = None,
        q: Annotated[str | None, text_query("Words an evidence sentence holds.",
                                            MAX_QUERY_CHARS)] = None,
        start: Annotated[str | None, text_query("YYYY-MM-DD", alias="from")] = None,
        end: Annotated[str | None, text_query("YYYY-MM-DD", alias="to")] = None) -> dict:
    """The filters that events, the timeline and the network share, as `Chronicle.timeline`
    takes them (a coroutine: FastAPI would send a plain function to a worker thread)."""
    return {"actor": actor, "type": type, "status": status, "story": story, "query": q,
            "start": start, "end": end}


Filters = Annotated[dict, Depends(event_filters)]


async def network_filters(
        type: Annotated[str | None, text_query("PLOVER type.")] = None,
        start: Annotated[str | None, text_query("YYYY-MM-DD", alias="from")] = None,
        end: Annotated[str | None, text_query("YYYY-MM-DD", alias="to")] = None,
        actor: Annotated[str | None, text_query("Only this actor's network: the actors it has "
                                                "events with and the links among them.")]
        = None) -> dict:
    """The filters of the network, as `Chronicle.network` takes them; empty values (a page's
    form sends them) filter nothing."""
    return {"type": type or None, "start": start or None, "end": end or None,
            "actor": actor or None}


NetworkFilters = Annotated[dict, Depends(network_filters)]


def _page(total: int, limit: int, offset: int, items: list) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/events", summary="Chronicle events, filtered and paged, in date order")
async def events(reader: Reader, filters: Filters, limit: Limit = 50, offset: Offset = 0) -> dict:
    items = reader.timeline(**filters, limit=limit, offset=offset)
    return _page(reader.count_events(**filters), limit, offset, items)


@router.get("/events/{event_id}", summary="One event with every evidence sentence")
async def event(reader: Reader, event_id: Id) -> dict:
    return reader.event(event_id)


@router.get("/timeline", summary="Dated events as items of a time axis")
async def timeline(reader: Reader, filters: Filters,
                   limit: Annotated[int, Query(ge=1, le=TIMELINE_MAX,
                                               description="Most items: the most reported "
                                                           "events of the period.")] = 500,
                   group: Annotated[str | None, Query(pattern="^(actor|story)?$",
                                                      description="Group items by their source "
                                                                  "actor or their story.")]
                   = None) -> dict:
    """The events of a period as time-axis items, at most `limit` (those with most reports);
    `total` says how many the filters keep. Without `from` and `to`, `window` gives the dense
    part of the chronicle (5th to 95th percentile of dates) that a drawing starts on."""
    events = reader.timeline(**filters, limit=limit, most_reported=True)
    window = None
    if not filters["start"] and not filters["end"]:
        window = reader.date_window(**{k: v for k, v in filters.items()
                                       if k not in ("start", "end")})
    return {"items": timeline_items(events, group), "total": reader.count_events(**filters),
            "window": window}


def timeline_items(events: list[dict], group: str | None = None) -> list[dict]:
    """Events with a date as time-axis items: start, end (the day after the last, exclusive),
    a label (an arrow for directed types, a dash between the two sides of a meeting), the
    type and status that colour and draw them, and with `group` the source actor or story
    they are drawn in."""
    items = []
    for event in events:
        if not event["first_day"]:
            continue
        item = {"id": event["id"], "start": event["first_day"],
                "end": event["last_day"] if event["last_day"] != event["first_day"] else None,
                "label": event_label(event), "type": event["type"], "status": event["status"],
                "num_sources": event["num_sources"]}
        if group == "actor":
            item["group"] = event["source_name"]
        elif group == "story":
            item["group"] = f"story #{event['story_id']}" if event["story_id"] else "no story"
        items.append(item)
    return items


def event_label(event: dict) -> str:
    """"TYPE: source → target, participants" ("–" for a symmetric type)."""
    others = [name for name in [event["target_name"], *event["participants"]]
              if name and name != event["source_name"]]
    arrow = " – " if event["type"] in SYMMETRIC_TYPES else " → "
    return f"{event['type']}: {event['source_name']}" + \
        (f"{arrow}{', '.join(dict.fromkeys(others))}" if others else "")


@router.get("/density", summary="Events per day, week or month over a period")
async def density(reader: Reader, filters: Filters) -> dict:
    """How many events (by their first day) fall in each day, week or month from `from` to
    `to` (both needed), the unit chosen so that there are at most about 120 bins."""
    if not filters["start"] or not filters["end"]:
        raise ChronikError("give both from and to (YYYY-MM-DD)")
    return reader.density(**filters)


@router.get("/export", summary="The filtered events as a CSV, JSON Lines or GDELT file")
async def export(reader: Reader, filters: Filters,
                 format: Annotated[str, Query(pattern="^(csv|jsonl|gdelt)$",
                                              description="csv, jsonl or gdelt")] = "csv"
                 ) -> Response:
    """Every event the filters keep, in the format and columns of `chronik export`."""
    media, extension = EXPORTS[format]
    return Response(events_text(reader, reader.timeline(**filters), format),
                    media_type=f"{media}; charset=utf-8",
                    headers={"content-disposition":
                             f'attachment; filename="chronik-events.{extension}"'})


@router.get("/network", summary="Actors as nodes, events between them as weighted edges")
async def network(reader: Reader, filters: NetworkFilters) -> dict:
    return reader.network(**filters)


@router.get("/articles", summary="Stored articles in publication order, paged")
async def articles(reader: Reader, limit: Limit = 50, offset: Offset = 0) -> dict:
    items = [_public(a) for a in reader.articles(limit, offset)]
    return _page(reader.count("articles"), limit, offset, items)


@router.get("/articles/{article_id}",
            summary="One article: text, removed lines, mentions, time expressions, reports")
async def article(reader: Reader, article_id: Id) -> dict:
    found = reader.article(article_id)
    found.pop("raw_text")
    found["origins"] = [public_origin(origin) for origin in found["origins"]]
    return _public(found)


def _public(article: dict) -> dict:
    """An article without the server's file paths: a file origin is shown by its name."""
    return article | {"origin": public_origin(article["origin"])}


@router.get("/actors", summary="Actors that take part in events, with their number of events; "
                               "with `prefix`, the actors whose names start so")
async def actors(reader: Reader,
                 prefix: Annotated[str | None, text_query("Start of a name or of one of its "
                                                          "words (spellings of the base "
                                                          "count).")] = None,
                 limit: Annotated[int, Query(ge=1, le=50)] = 10) -> list[dict]:
    if prefix is not None:
        return reader.actor_suggestions(prefix, limit)
    return reader.actors()


@router.get("/actors/mentioned",
            summary="Every actor the articles mention, with mentions, events, spellings, roles")
async def actors_mentioned(reader: Reader,
                     search: Annotated[str | None, text_query("Part of a name or spelling.")]
                     = None) -> list[dict]:
    return reader.actor_directory(search)


@router.get("/actors/{actor_id}", summary="One actor: spellings, offices, events per year, "
                                          "counterparts, articles")
async def actor(reader: Reader, actor_id: ActorId) -> dict:
    found = reader.actor(actor_id)
    return found | {"articles": [_public(a) for a in found["articles"]]}


@router.get("/stories", summary="Stories, latest first, paged")
async def stories(reader: Reader, limit: Limit = 50, offset: Offset = 0) -> dict:
    return _page(reader.count("stories"), limit, offset, reader.stories(limit, offset))


@router.get("/stories/{story_id}", summary="One story: articles, sources, copies, events")
async def story(reader: Reader, story_id: Id) -> dict:
    found = reader.story(story_id)
    return found | {"articles": [_public(a) for a in found["articles"]]}


@router.get("/search", summary="Full-text search over article titles and texts (FTS5), German "
                               "word forms and spellings included")
async def search(reader: Reader, q: Annotated[str, text_query("Words.", MAX_QUERY_CHARS,
                                                        min_length=1)],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    found = reader.search(q, limit, offset)
    items = [_public(item) | {"snippet": marked_html(item["snippet"])} for item in found["items"]]
    return _page(found["total"], limit, offset, items)


@router.get("/search/events", summary="Events whose reports' sentences hold the words")
async def search_events(reader: Reader, q: Annotated[str, text_query("Words.", MAX_QUERY_CHARS,
                                                               min_length=1)],
                        limit: Limit = 20, offset: Offset = 0) -> dict:
    found = reader.search_events(q, limit, offset)
    items = [item | {"snippet": marked_html(item["snippet"])} for item in found["items"]]
    return _page(found["total"], limit, offset, items)
