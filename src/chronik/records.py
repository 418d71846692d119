"""Typed records that flow through the pipeline.

One `Article` enters the pipeline as raw text and leaves it carrying everything learned about it:
the cleaned text, what was removed, its publication date, sentences, actor mentions, time
expressions and events. Offsets always refer to `Article.text`, the cleaned text.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from .errors import InputError
    from .timex.readings import Reading


@dataclass(slots=True)
class Fingerprint:
    """What duplicate detection (`dedup`) keeps of an article's text."""

    shingles: np.ndarray
    signature: np.ndarray
    anchors: np.ndarray


@dataclass(frozen=True, slots=True)
class Passage:
    """Text that two articles share (`passages`): character spans in each and the words it
    holds."""

    start: int
    end: int
    other_start: int
    other_end: int
    sentences: int
    words: int


@dataclass(frozen=True, slots=True)
class Link:
    """A stored article that a new one copies, wholly or in passages (`copies`)."""

    other_id: int
    kind: str
    similarity: float
    passages: tuple[Passage, ...]
    agency: str | None

    @property
    def shared_words(self) -> int:
        return sum(p.words for p in self.passages)


@dataclass(slots=True)
class RemovedLine:
    """A line of the raw text that cleaning dropped, and why."""

    line_no: int
    text: str
    reason: str


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Token:
    """One token with its German analysis (`language`): lemma (a separable verb's particle
    rejoined: "lehnte ... ab" → "ablehnen"), UPOS and STTS tags, UD morphology ("Case=Nom|..."),
    and its dependency: `head` is the index in `Article.tokens` of the token it depends on
    (itself for the root of a sentence), `dep` the UD relation."""

    index: int
    start: int
    end: int
    text: str
    sentence: int
    lemma: str
    upos: str
    tag: str
    morph: str
    head: int
    dep: str

    def feature(self, name: str) -> str | None:
        """The value of one morphological feature ("Case" → "Nom"), None when absent."""
        for pair in self.morph.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(slots=True)
class Mention:
    """A span of text that names an actor (person, country, organisation) or a place."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str
    actor_id: str | None = None
    confidence: float = 1.0
    role: str | None = None


@dataclass(slots=True)
class TimeExpr:
    """A time expression normalised to TIMEX3 and, for dates, to a calendar range."""

    start: int
    end: int
    text: str
    sentence: int
    type: str
    value: str
    first_day: date | None = None
    last_day: date | None = None
    precision: str = "day"
    tense: str = "none"
    reading: Reading | None = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class Event:
    """One report of a political event, as found in one sentence of one article.

    `target` is the first target; a meeting with several ("trifft Selenskyj und Kuleba") lists
    the others in `participants`. `reported_by` is the actor who says so ("teilte Psaki mit").
    """

    type: str
    source: str
    target: str | None
    sentence: int
    start: int
    end: int
    trigger: str
    participants: tuple[str, ...] = ()
    mode: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    precision: str = "unknown"
    location: str | None = None
    status: str = "happened"
    condition: str | None = None
    reported_by: str | None = None
    confidence: float = 0.5
    event_id: int | None = None
    dated_by: tuple[TimeExpr, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """An event the chronicle already holds with a firm date: an anchor for dating new articles."""

    type: str
    source: str
    target: str | None
    first_day: date
    last_day: date


@dataclass(slots=True)
class Article:
    """An article and everything the pipeline learned about it."""

    origin: str
    raw: str
    format: str = "txt"
    source: str | None = None
    url: str | None = None
    title: str | None = None
    header_date: str | None = None
    metadata_date: str | None = None
    text: str = ""
    removed: list[RemovedLine] = field(default_factory=list)
    published: date | None = None
    date_method: str | None = None
    date_confidence: float = 0.0
    date_clue: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    collection_dates: tuple[date, ...] = ()
    known_events: tuple[KnownEvent, ...] = ()
    fingerprint: Fingerprint | None = field(default=None, repr=False)
    agencies: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Hash of the raw text with Unicode and whitespace normalised: the article's identity."""
        normal = " ".join(unicodedata.normalize("NFC", self.raw).split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None



@dataclass(slots=True)
class Processed:
    """What the per-article stages made of one article: the article, or the error that stopped
    it, and the seconds each stage took."""

    article: Article | None
    error: InputError | None
    seconds: dict[str, float]
