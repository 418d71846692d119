"""Export the chronicle: events, actors and articles as Parquet, CSV or JSON Lines, and the events
as a GDELT-style tab-separated file.

The GDELT file has the GDELT 2.0 event columns that chronik can fill, in GDELT's order, followed by
chronik's own (`GDELT_COLUMNS` gives each column's source). Event codes are the CAMEO root codes
closest to each PLOVER type (`CAMEO_ROOT`), and the quad class follows from them as in GDELT:
1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. GDELT's Goldstein scale,
tone and geo coordinates have no chronik counterpart and are left out. Actor codes are the
base's CAMEO-style codes (`Actor.code`); chronik's own actor ids follow in `chronik_source` and
`chronik_target`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from .actors import load as load_actors
from .chronicle import Chronicle
from .errors import ChronikError

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
TABLES = ("events", "actors", "articles")
TEXT_FORMATS = ("csv", "jsonl")
CAMEO_ROOT = {"REQUEST": "02", "AGREE": "03", "CONSULT": "04", "SUPPORT": "05",
              "COOPERATE": "06", "AID": "07", "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11",
              "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
              "SANCTION": "16", "COERCE": "17", "ASSAULT": "18"}
GDELT_COLUMNS: dict[str, Callable[[dict, dict], object]] = {
    "GLOBALEVENTID": lambda e, a: e["id"],
    "SQLDATE": lambda e, a: (e["first_day"] or "").replace("-", ""),
    "MonthYear": lambda e, a: (e["first_day"] or "").replace("-", "")[:6],
    "Year": lambda e, a: (e["first_day"] or "")[:4],
    "Actor1Code": lambda e, a: load_actors().code_of(e["source"]),
    "Actor1Name": lambda e, a: e["source_name"],
    "Actor1CountryCode": lambda e, a: a.get(e["source"], {}).get("country") or "",
    "Actor2Code": lambda e, a: load_actors().code_of(e["target"]),
    "Actor2Name": lambda e, a: e["target_name"] or "",
    "Actor2CountryCode": lambda e, a: a.get(e["target"], {}).get("country") or "",
    "IsRootEvent": lambda e, a: 1,
    "EventCode": lambda e, a: CAMEO_ROOT[e["type"]],
    "EventBaseCode": lambda e, a: CAMEO_ROOT[e["type"]],
    "EventRootCode": lambda e, a: CAMEO_ROOT[e["type"]],
    "QuadClass": lambda e, a: _quad_class(CAMEO_ROOT[e["type"]]),
    "NumMentions": lambda e, a: e["num_reports"],
    "NumSources": lambda e, a: e["num_sources"],
    "NumArticles": lambda e, a: e["num_articles"],
    "ActionGeo_FullName": lambda e, a: e["location"] or "",
    "chronik_source": lambda e, a: e["source"],
    "chronik_target": lambda e, a: e["target"] or "",
    "chronik_type": lambda e, a: e["type"],
    "chronik_mode": lambda e, a: e["mode"] or "",
    "chronik_last_day": lambda e, a: e["last_day"] or "",
    "chronik_precision": lambda e, a: e["precision"],
    "chronik_status": lambda e, a: e["status"],
    "chronik_participants": lambda e, a: "; ".join(e["participants"]),
    "chronik_confidence": lambda e, a: e["confidence"],
}


def _quad_class(root: str) -> int:
    code = int(root)
    return 1 if code <= 5 else 2 if code <= 9 else 3 if code <= 14 else 4


def export(db: str | Path, folder: str | Path, format: str) -> list[Path]:
    """Write the chronicle in `db` to `folder` in `format`; return the files written."""
    if format not in FORMATS:
        raise ChronikError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with Chronicle(db) as chronicle:
        if format == "gdelt":
            path = folder / "events.gdelt.tsv"
            path.write_text(events_text(chronicle, chronicle.events(), format), "utf-8")
            return [path]
        tables = {"events": chronicle.events(), "actors": chronicle.actors(),
                  "articles": chronicle.articles()}
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.{format}"
        if format == "parquet":
            _write_parquet(path, rows)
        else:
            path.write_text(_text(rows, format), "utf-8")
        written.append(path)
    return written


def events_text(chronicle: Chronicle, events: list[dict], format: str) -> str:
    """`events` (as `Chronicle.timeline` gives them) as the text of a CSV, JSON Lines or GDELT
    file: what `export` writes, for any selection of events."""
    if format == "gdelt":
        actors = {actor["id"]: actor for actor in chronicle.actors()}
        rows = [{name: column(event, actors) for name, column in GDELT_COLUMNS.items()}
                for event in events]
        return _csv_text(rows, list(GDELT_COLUMNS), delimiter="\t")
    if format not in TEXT_FORMATS:
        raise ChronikError(f"unknown export format {format!r}; one of "
                           f"{', '.join(TEXT_FORMATS + ('gdelt',))}")
    return _text(events, format)


def _text(rows: list[dict], format: str) -> str:
    if format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    flat = [{key: "; ".join(map(str, value)) if isinstance(value, list) else value
             for key, value in row.items()} for row in rows]
    return _csv_text(flat, list(rows[0]) if rows else [])


def _csv_text(rows: list[dict], columns: list[str], delimiter: str = ",") -> str:
    handle = io.StringIO(newline="")
    writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return handle.getvalue()


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as arrow  # imported here: only Parquet export pays for loading it
    import pyarrow.parquet as parquet

    parquet.write_table(arrow.Table.from_pylist(rows), path)
