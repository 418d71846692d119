"""Read input files into `Article` records: plain text, HTML and JSON Lines.

Every file, and every line of a JSON Lines file, becomes either an `Article` or an `InputError`
that names it and says why it could not be read, so that nothing is skipped silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import InputError
from .records import Article

SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")


def read(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield an article or an error for every input found under `paths`, in a stable order."""
    for path in _expand(paths):
        if isinstance(path, InputError):
            yield path
            continue
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            yield InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                             "use .txt, .html or .jsonl")
            continue
        try:
            text = decode(path.read_bytes(), str(path))
        except OSError as error:
            yield InputError(str(path), f"cannot read file ({error.strerror or error})")
            continue
        except InputError as error:
            yield error
            continue
        if kind == "jsonl":
            yield from _jsonl_articles(text, str(path))
        else:
            yield _file_article(text, str(path), kind)


def decode(data: bytes, origin: str) -> str:
    """Decode bytes as UTF-8 when they are, else as the encoding charset-normalizer detects."""
    if not data.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "binary file or unknown text encoding")
    return str(best)


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError(str(path), "folder contains no files")
            yield from files
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _file_article(text: str, origin: str, kind: str) -> Article | InputError:
    if not text.strip():
        return InputError(origin, "empty file")
    if kind == "html":
        return Article(origin=origin, raw=text, format="html")
    header = HEADER_DATE.match(text)
    header_date = header.group(1) if header else None
    body = text[header.end():] if header else text
    return Article(origin=origin, raw=body, format="txt", header_date=header_date)


def _jsonl_articles(text: str, origin: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(where, f"invalid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(item, dict):
            yield InputError(where, "a line must be a JSON object")
            continue
        body, kind = (item.get("text"), "txt") if item.get("text") else (item.get("html"), "html")
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "object has no non-empty 'text' or 'html' field")
            continue
        extra = {k: item.get(k) for k in ("url", "title", "published", "source")}
        bad = [k for k, v in extra.items() if v is not None and not isinstance(v, str)]
        if bad:
            yield InputError(where, f"field {bad[0]!r} must be a string")
            continue
        yield Article(origin=where, raw=body, format=kind, url=extra["url"], title=extra["title"],
                      metadata_date=extra["published"], source=extra["source"])
