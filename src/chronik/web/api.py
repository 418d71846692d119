"""The REST API: JSON over the library's `Chronicle` queries, paged where lists grow."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from ..chronicle import CONTROL_CHARACTERS, MAX_QUERY_CHARS, Chronicle
from .deps import chronicle
from .render import marked_html

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
        end: Annotated[str | None, text_query("YYYY-MM-DD", alias="to")] = None) -> dict:
    """The filters of the network, as `Chronicle.network` takes them; empty values (a page's
    form sends them) filter nothing."""
    return {"type": type or None, "start": start or None, "end": end or None}


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
async def timeline(reader: Reader, filters: Filters) -> dict:
    return {"items": timeline_items(reader.timeline(**filters))}


def timeline_items(events: list[dict]) -> list[dict]:
    """Events with a date as time-axis items: start, end (the day after the last, exclusive),
    a label, and the type and status that colour and draw them."""
    items = []
    for event in events:
        if not event["first_day"]:
            continue
        others = [name for name in [event["target_name"], *event["participants"]]
                  if name and name != event["source_name"]]
        items.append({"id": event["id"], "start": event["first_day"],
                      "end": event["last_day"] if event["last_day"] != event["first_day"]
                      else None,
                      "label": f"{event['type']}: {event['source_name']}"
                               + (f" → {', '.join(dict.fromkeys(others))}" if others else ""),
                      "type": event["type"], "status": event["status"],
                      "num_sources": event["num_sources"]})
    return items


@router.get("/network", summary="Actors as nodes, events between them as weighted edges")
async def network(reader: Reader, filters: NetworkFilters) -> dict:
    return reader.network(**filters)


@router.get("/articles", summary="Stored articles in publication order, paged")
async def articles(reader: Reader, limit: Limit = 50, offset: Offset = 0) -> dict:
    return _page(reader.count("articles"), limit, offset, reader.articles(limit, offset))


@router.get("/articles/{article_id}",
            summary="One article: text, removed lines, mentions, time expressions, reports")
async def article(reader: Reader, article_id: Id) -> dict:
    found = reader.article(article_id)
    found.pop("raw_text")
    return found


@router.get("/actors", summary="Actors that take part in events, with their number of events")
async def actors(reader: Reader) -> list[dict]:
    return reader.actors()


@router.get("/actors/mentioned",
            summary="Every actor the articles mention, with mentions, events, spellings, roles")
async def actors_mentioned(reader: Reader,
                     search: Annotated[str | None, text_query("Part of a name or spelling.")]
                     = None) -> list[dict]:
    return reader.actor_directory(search)


@router.get("/stories", summary="Stories, latest first, paged")
async def stories(reader: Reader, limit: Limit = 50, offset: Offset = 0) -> dict:
    return _page(reader.count("stories"), limit, offset, reader.stories(limit, offset))


@router.get("/stories/{story_id}", summary="One story with its articles and events")
async def story(reader: Reader, story_id: Id) -> dict:
    return reader.story(story_id)


@router.get("/search", summary="Full-text search over article titles and texts (FTS5)")
async def search(reader: Reader, q: Annotated[str, text_query("Words.", MAX_QUERY_CHARS,
                                                        min_length=1)],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    found = reader.search(q, limit, offset)
    items = [{**item, "snippet": marked_html(item["snippet"])} for item in found["items"]]
    return _page(found["total"], limit, offset, items)
