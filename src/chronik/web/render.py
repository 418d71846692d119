"""HTML pieces the pages and the API share: search snippets and annotated article text."""

from __future__ import annotations

from pathlib import PurePath

from markupsafe import Markup, escape

from ..chronicle import MARK_END, MARK_START

WEB_ADDRESS = ("http://", "https://")


def public_origin(origin: str) -> str:
    """Where an article came from, as a reader of the pages may see it: a web address as it
    is, a file by its name only (never the server's path to it; "x.jsonl:3" keeps its line)."""
    return origin if origin.startswith(WEB_ADDRESS) else PurePath(origin).name


def marked_html(snippet: str) -> Markup:
    """A search snippet, escaped, with the words found in <mark> (drawn bold)."""
    return Markup(str(escape(snippet)).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def annotated_html(article: dict) -> Markup:
    """The cleaned text with actor mentions, time expressions (resolved value on hover) and
    event triggers (linked to their event) highlighted. Where spans overlap, the earlier (then
    the longer) one wins."""
    spans = []
    for mention in article["mentions"]:
        title = mention["actor_name"] or mention["kind"]
        spans.append((mention["start"], mention["end"], f"mention kind-{mention['kind']}",
                      f"{title} ({mention['kind']})", None))
    for timex in article["time_expressions"]:
        days = timex["first_day"] or ""
        if timex["last_day"] and timex["last_day"] != timex["first_day"]:
            days += f" – {timex['last_day']}"
        spans.append((timex["start"], timex["end"], "timex",
                      f"{timex['type']} {timex['value']}" + (f" ({days})" if days else ""), None))
    for report in article["reports"]:
        if report["trigger_start"] is not None:
            spans.append((report["trigger_start"], report["trigger_end"],
                          f"trigger type-{report['type'].lower()}",
                          f"{report['type']}, {report['status']}: event #{report['event_id']}",
                          f"/events/{report['event_id']}"))
    spans.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    text, parts, position = article["clean_text"], [], 0
    for start, end, css, title, link in spans:
        if start < position:
            continue
        parts.append(str(escape(text[position:start])))
        inner = escape(text[start:end])
        tag = (f'<a href="{link}" class="{css}" title="{escape(title)}">{inner}</a>' if link
               else f'<span class="{css}" title="{escape(title)}">{inner}</span>')
        parts.append(tag)
        position = end
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))
