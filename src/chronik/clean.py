"""Cleaning: turn raw input into the article text, and keep what was removed with the reason.

HTML goes through trafilatura's main-text extraction first. Then every line is judged on features
that carry over to unseen sites: a lexicon of furniture phrases (`data/boilerplate.txt`), photo
credits at the end of a line, lines without words, how often a line repeats, and short lines in
the head of the article before its first real paragraph. A line that reads like an article
sentence is never removed on its shape alone: a kept caption costs less than a lost sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import InputError
from .records import Article, RemovedLine

CREDIT_AT_END = re.compile(
    r"(?:^|\s)(?:Bild|Bilder|Foto|Fotos|Photo|Image|Grafik|Quelle)\s*:\s*"
    r"(?P<credit>[^.!?:]{1,60})$", re.IGNORECASE)
HAS_WORD = re.compile(r"[^\W\d_]{2,}")
BODY_PARAGRAPH_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Pattern:
    reason: str
    regex: re.Pattern[str]
    inline: bool


@cache
def _patterns() -> tuple[_Pattern, ...]:
    patterns = []
    text = resources.files("chronik.data").joinpath("boilerplate.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, regex = line.split("\t", 1)
        inline = reason.startswith("inline-")
        source = regex if inline else rf"(?:{regex})"
        patterns.append(_Pattern(reason.removeprefix("inline-"),
                                 re.compile(source, re.IGNORECASE), inline))
    return tuple(patterns)


def clean(article: Article) -> Article:
    """Fill `article.text` and `article.removed` from `article.raw`."""
    raw = _extract_html(article) if article.format == "html" else article.raw
    lines = raw.splitlines()
    kept: list[str] = []
    counts = Counter(_key(line) for line in lines if _key(line))
    seen: set[str] = set()
    in_head = True
    for number, line in enumerate(lines, start=1):
        text = " ".join(line.split())
        if not text:
            kept.append("")
            continue
        text, cuts = _cut_inline(text)
        article.removed.extend(RemovedLine(number, cut, reason) for cut, reason in cuts)
        reason = _line_reason(text, counts[_key(text)], _key(text) in seen, in_head)
        seen.add(_key(text))
        if reason:
            article.removed.append(RemovedLine(number, text, reason))
            continue
        if text:
            kept.append(text)
            in_head = in_head and not _is_body_paragraph(text)
    article.text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not article.text:
        raise InputError(article.origin, "no article text left after removing boilerplate")
    return article


def _extract_html(article: Article) -> str:
    """Main text and metadata of an HTML page, via trafilatura: its main-text extraction
    favouring precision, then recall; when neither finds a main text (a page or fragment with
    little text), all of the page's text, so that nothing readable is lost."""
    import trafilatura

    article.metadata_date = article.metadata_date or _html_date(article.raw)
    for favour in ("favor_precision", "favor_recall"):
        document = trafilatura.bare_extraction(article.raw, with_metadata=True,
                                               include_comments=False, include_tables=False,
                                               **{favour: True})
        if document is not None and HAS_WORD.search(document.text or ""):
            article.title = article.title or document.title
            article.source = article.source or document.sitename or document.hostname
            article.url = article.url or document.url
            return document.text
    text = _all_text(article.raw)
    if not HAS_WORD.search(text):
        raise InputError(article.origin, "broken or empty HTML: no readable text found")
    article.warnings.append("no main text found in the HTML; all of its text is kept")
    return text


def _all_text(html: str) -> str:
    """Every text of an HTML page or fragment outside scripts and styles, a block a line."""
    import trafilatura
    from lxml import etree, html as lxml_html

    text = trafilatura.html2txt(html)
    if HAS_WORD.search(text or ""):
        return text
    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    return "\n".join(" ".join(part.split()) for part in root.itertext() if part.strip())


def _html_date(html: str) -> str | None:
    """Publication date from HTML markup alone (no guessing from today's date)."""
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None


def _key(line: str) -> str:
    return " ".join(line.lower().split())


def _cut_inline(text: str) -> tuple[str, list[tuple[str, str]]]:
    cuts = []
    for pattern in _patterns():
        if not pattern.inline:
            continue
        for match in list(pattern.regex.finditer(text)):
            cuts.append((match.group(0).strip(), pattern.reason))
        text = pattern.regex.sub("", text)
    return " ".join(text.split()), cuts


def _line_reason(text: str, count: int, seen_before: bool, in_head: bool) -> str | None:
    """Why this line is boilerplate, or None when it belongs to the article."""
    if not text:
        return "inline boilerplate only"
    if not HAS_WORD.search(text):
        return "no words"
    for pattern in _patterns():
        if not pattern.inline and pattern.regex.fullmatch(text):
            return pattern.reason
    if count >= 3:
        return f"teaser repeated {count} times"
    if seen_before:
        return "repeated line"
    credit = CREDIT_AT_END.search(text)
    if credit and len(credit.group("credit").split()) <= 6:
        return "photo caption with credit"
    if in_head and len(text.split()) <= 3:
        return "short line in the page head (navigation or kicker)"
    return None


def _is_body_paragraph(text: str) -> bool:
    return len(text.split()) >= BODY_PARAGRAPH_WORDS and text.rstrip()[-1:] in ".!?\"“”»«'"
