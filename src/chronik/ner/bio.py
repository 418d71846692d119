"""BIO tag sequences read as entity chunks."""

from __future__ import annotations


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, after-last, type) token spans of the BIO `tags`; an I- tag that does not continue
    a chunk opens one, as the CoNLL and GermEval scorers read it."""
    found: list[tuple[int, int, str]] = []
    start, kind = 0, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, tag_kind = tag.partition("-")
        if kind and (prefix != "I" or tag_kind != kind):
            found.append((start, i, kind))
            kind = ""
        if prefix == "B" or (prefix == "I" and not kind):
            start, kind = i, tag_kind
    return found
