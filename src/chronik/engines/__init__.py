"""Engines run the per-article stages of a run: in this process, one article after another, or
with Ray Data across the cores of this machine or a cluster.

An engine maps a function over articles and yields the results in input order, so that the storing
steps, which always run in the calling process, see the same sequence whatever the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from ..errors import ChronikError
from ..records import Article, Processed

Work = Callable[[Article], Processed]


class Engine(Protocol):
    def map(self, work: Work, articles: Iterable[Article]) -> Iterator[Processed]: ...

    def close(self) -> None: ...


class LocalEngine:
    """This process, lazily: an article is processed when the run asks for its result, so memory
    holds one article at a time."""

    def map(self, work: Work, articles: Iterable[Article]) -> Iterator[Processed]:
        return map(work, articles)

    def close(self) -> None:
        pass


def _ray(**options) -> Engine:
    from .ray_data import RayEngine

    return RayEngine(**options)


ENGINES: dict[str, Callable[..., Engine]] = {"local": LocalEngine, "ray": _ray}


def make_engine(name: str, **options) -> Engine:
    """The engine registered as `name`, made with `options` (see each engine's arguments)."""
    if name not in ENGINES:
        raise ChronikError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    return ENGINES[name](**options)
