"""Read input files into `Article` records: plain text, HTML and JSON Lines.

Every file, and every line of a JSON Lines file, becomes either an `Article` or an `InputError`
that names it and says why it could not be read, so that nothing is skipped silently. What was
read but had to be mended (stray bytes replaced, an impossible date ignored, an overlong text cut)
is kept as a warning on the article.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from .dating import EARLIEST_YEAR, LATEST_YEAR, parse_day, parse_month, plausible
from .errors import InputError
from .records import Article

SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
# The longest article text taken, in characters (about 150,000 words: far beyond any news
# article); the rest of a longer input is cut off and reported.
MAX_CHARS = 1_000_000
# Byte-order marks, the four-byte ones first (UTF-32 LE begins like UTF-16 LE).
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
REPLACEMENT = "\ufffd"
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
ENCODED_REPLACEMENT = REPLACEMENT.encode("utf-8")


@dataclass(slots=True)
class Decoded:
    """Text decoded from bytes, with the lines (from 1) where invalid bytes were replaced."""

    text: str
    encoding: str
    replaced_lines: list[int] = field(default_factory=list)

    def warnings(self, lines: range | None = None) -> list[str]:
        """The warning for replaced bytes, for every line or only those in `lines`."""
        hit = [n for n in self.replaced_lines if lines is None or n in lines]
        if not hit:
            return []
        shown = ", ".join(map(str, hit[:5])) + (", …" if len(hit) > 5 else "")
        return [f"invalid UTF-8 bytes replaced by U+FFFD (line{'s' * (len(hit) > 1)} {shown})"]


def read(paths: Iterable[str | Path], max_chars: int = MAX_CHARS
         ) -> Iterator[Article | InputError]:
    """Yield an article or an error for every input found under `paths`, in a stable order;
    an article's text beyond `max_chars` characters is cut off with a warning."""
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
            decoded = decode(path.read_bytes(), str(path))
        except OSError as error:
            yield InputError(str(path), f"cannot read file ({error.strerror or error})")
            continue
        except InputError as error:
            yield error
            continue
        if kind == "jsonl":
            articles = _jsonl_articles(decoded, str(path))
        else:
            articles = iter([_file_article(decoded, str(path), kind)])
        for article in articles:
            yield _cut(article, max_chars) if isinstance(article, Article) else article


def decode(data: bytes, origin: str) -> Decoded:
    """Decode bytes: by their byte-order mark (UTF-8, UTF-16, UTF-32); as UTF-16 or UTF-32
    without one when their zero bytes say so; as UTF-8, replacing a few stray bytes; else as the
    encoding charset-normalizer finds. Bytes that are clean text in no encoding are an error."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(origin, "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise InputError(origin, f"not valid {encoding.upper()} although it begins with "
                                 f"its byte-order mark (bad bytes at {error.start})") from None
    if b"\x00" in data[:8192]:
        return _wide(data, origin)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count(REPLACEMENT) - data.count(ENCODED_REPLACEMENT)
    valid = sum(1 for char in text if ord(char) > 127) - text.count(REPLACEMENT)
    if invalid <= valid:  # UTF-8 with stray bytes: mend them where they are
        replaced = [number for number, (line, raw) in enumerate(
            zip(text.split("\n"), data.split(b"\n")), start=1)
            if line.count(REPLACEMENT) > raw.count(ENCODED_REPLACEMENT)]
        return Decoded(text, "utf-8", replaced)
    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "not text in any encoding (binary, or bytes of several "
                         "encodings mixed)")
    return Decoded(str(best), best.encoding)


def _wide(data: bytes, origin: str) -> Decoded:
    """UTF-16 or UTF-32 without a byte-order mark, told by where its zero bytes fall."""
    head = data[:8192]
    zeros = [head[phase::4].count(0) / max(1, len(head[phase::4])) for phase in range(4)]
    candidates = []
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.5:
        candidates.append("utf-32-le")
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.5:
        candidates.append("utf-32-be")
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd > 0.3 and even < 0.05:
        candidates.append("utf-16-le")
    if even > 0.3 and odd < 0.05:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not CONTROL.search(text):
            return Decoded(text, encoding)
    raise InputError(origin, "binary file (contains NUL bytes), not text")


def _cut(article: Article, max_chars: int) -> Article:
    """The article with its raw text cut to `max_chars` characters, at a line end if one lies in
    the last tenth, with a warning saying how much was left out."""
    if len(article.raw) <= max_chars:
        return article
    end = article.raw.rfind("\n", max_chars * 9 // 10, max_chars)
    end = end if end > 0 else max_chars
    article.warnings.append(f"text of {len(article.raw):,} characters cut to the first "
                            f"{end:,} (the limit is {max_chars:,}); the rest is not read")
    article.raw = article.raw[:end]
    return article


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


def _file_article(decoded: Decoded, origin: str, kind: str) -> Article | InputError:
    text = decoded.text
    if not text.strip():
        return InputError(origin, "empty file")
    if kind == "html":
        return Article(origin=origin, raw=text, format="html", warnings=decoded.warnings())
    header = HEADER_DATE.match(text)
    warnings = decoded.warnings()
    header_date = _checked_date(header.group(1), "date line", warnings) if header else None
    body = text[header.end():] if header else text
    return Article(origin=origin, raw=body, format="txt", header_date=header_date,
                   warnings=warnings)


def _checked_date(value: str, what: str, warnings: list[str]) -> str | None:
    """`value` if it is a day (YYYY-MM-DD, a time may follow) or a month (YYYY-MM) within the
    plausible years; else None, with a warning saying it was ignored."""
    day = parse_day(value)
    if parse_month(value) or (day and plausible(day)):
        return value
    shaped = day is not None or re.fullmatch(r"\d{4}-\d{2}", value.strip())
    reason = f"lies outside {EARLIEST_YEAR}–{LATEST_YEAR}" if shaped else \
        "is not a date (YYYY-MM-DD)"
    warnings.append(f"{what} {value!r} {reason}; ignored, the date is found in the text")
    return None


def _jsonl_articles(decoded: Decoded, origin: str) -> Iterator[Article | InputError]:
    for number, line in enumerate(decoded.text.split("\n"), start=1):
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
        warnings = decoded.warnings(range(number, number + 1))
        published = _checked_date(extra["published"], "published", warnings) \
            if extra["published"] else None
        yield Article(origin=where, raw=body, format=kind, url=extra["url"], title=extra["title"],
                      metadata_date=published, source=extra["source"], warnings=warnings)
