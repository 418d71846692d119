"""Copies across articles: exact duplicates, near duplicates and shared agency passages.

News runs the same agency text in many outlets. The `fingerprint` stage computes what is needed
to recognise it; `link` compares a new article with the stored ones and records each copy as a
link: `near-duplicate` when the whole texts are alike (MinHash LSH, verified; see `dedup`),
`shared-passages` when they share paragraphs (see `passages`). Candidates for shared passages come
from sentence anchors that the two articles have in common; an anchor found in more than
MAX_ANCHOR_ARTICLES articles is boilerplate and ignored. Of the articles sharing anchors, the
MAX_PASSAGE_CANDIDATES that share most (the newest first among equals) are compared sentence by
sentence, so that the cost of an article stays bounded however many stored articles resemble it,
and only when a cheaper test on their whole text (`may_share_copy`) leaves it possible; near
duplicates found by LSH are always compared. A link names the agency whose copy it is when the
articles credit one. Exact duplicates (same words after cleaning) are not stored twice: the
pipeline records the further origin with `text_hash`.
"""

from __future__ import annotations

import hashlib
import sqlite3

from .dedup import NearDuplicateIndex, band_keys, make_fingerprint, similarity, words
from .passages import agencies, may_share_copy, shared_passages, shares_copy
from .records import Article, Link
from .store import Store

MAX_ANCHOR_ARTICLES = 50
MIN_ANCHOR_HITS = 2
MAX_PASSAGE_CANDIDATES = 10


def text_hash(text: str) -> str:
    """Identity of a cleaned text regardless of case, punctuation and spacing."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def fingerprint(article: Article) -> Article:
    """Pipeline stage: fingerprint the cleaned text and read the agency credits, which may sit in
    the text or in the boilerplate that cleaning removed."""
    article.fingerprint = make_fingerprint(article.text, article.sentences)
    article.agencies = agencies([*article.text.split("\n"), *(r.text for r in article.removed)])
    return article


def open_index(store: Store) -> NearDuplicateIndex:
    """The near-duplicate index of the stored articles, its buckets in the database."""
    pending = store.unbanded()
    if pending:
        with store.transaction():
            for article_id, signature in pending:
                store.buckets.add(article_id, band_keys(signature))
            store.banded([article_id for article_id, _ in pending])
    return NearDuplicateIndex(store.shingles_of, store.buckets)


def find(article: Article, store: Store, index: NearDuplicateIndex) -> list[Link]:
    """The stored articles that `article` copies."""
    found = article.fingerprint
    near = dict(index.query(found))
    anchored = store.anchor_matches(found.anchors.tolist(), MIN_ANCHOR_HITS, MAX_ANCHOR_ARTICLES)
    candidates = set(near) | set(anchored[:MAX_PASSAGE_CANDIDATES])
    links = []
    for other_id in sorted(candidates):
        if other_id not in near and not may_share_copy(article.sentences,
                                                       store.text_of(other_id)):
            continue
        passages = tuple(shared_passages(article.sentences, store.sentences_of(other_id)))
        if other_id in near:
            kind, score = "near-duplicate", near[other_id]
        elif shares_copy(passages):
            kind, score = "shared-passages", similarity(found.shingles, store.shingles_of(other_id))
        else:
            continue
        links.append(Link(other_id, kind, round(score, 3), passages,
                          _agency(article.agencies, store.agencies_of(other_id))))
    return links


def link(article: Article, article_id: int, store: Store, conn: sqlite3.Connection,
         index: NearDuplicateIndex) -> list[Link]:
    """Store the fingerprint, the LSH buckets and the copy links of a new article, in the
    transaction `conn` that stores the article."""
    links = find(article, store, index)
    store.insert_fingerprint(conn, article_id, article.fingerprint)
    index.add(article_id, article.fingerprint.signature)
    store.insert_links(conn, article_id, links)
    return links


def _agency(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str | None:
    """The agency both credit, else the one either credits."""
    common = [name for name in mine if name in theirs]
    either = common or [*mine, *theirs]
    return either[0] if either else None
