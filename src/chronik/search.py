"""Text queries as SQLite FTS5 expressions that find German word forms.

The index (tokenizer `unicode61 remove_diacritics 2`) folds case and accents, so "Außen" and
"außen", "München" and "Munchen" already meet. What it cannot fold are the spellings German
writes without the special letters: "ss" for "ß", "ae"/"oe"/"ue" for the umlauts. Each word of a
query therefore asks for its spellings either way ("Aussen" also as "Außen", "Außen" also as
"Aussen"), and words of four letters or more match as prefixes, so that "Sanktion" finds
"Sanktionen" and "Ukrain" finds "Ukraine"; a trailing `*` asks for a prefix explicitly
("EU*"). Every word must match (AND)."""

from __future__ import annotations

import re

from .errors import ChronikError, LimitError

# Bounds on a text query, so that its cost stays bounded: each word is a handful of index
# lookups.
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 20
PREFIX_FROM = 4
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
           "ß": "ss", "ẞ": "SS"}
SPELLED_OUT = re.compile(r"(?i)ae|oe|ue")
# Characters that end a word for the index: a query word is cut into its index tokens there.
TOKEN = re.compile(r"\w+")


def query_words(query: str) -> list[str]:
    """The words of a text query, refused when it is too long or holds control characters."""
    if len(query) > MAX_QUERY_CHARS:
        raise LimitError(f"query of {len(query)} characters; at most {MAX_QUERY_CHARS}")
    if CONTROL.search(query):
        raise LimitError("query holds control characters")
    words = query.split()
    if len(words) > MAX_QUERY_WORDS:
        raise LimitError(f"query of {len(words)} words; at most {MAX_QUERY_WORDS}")
    return words


def spellings(word: str) -> list[str]:
    """`word` as written, with the special letters spelled out, and with "ss" read as "ß" and
    "ae"/"oe"/"ue" as umlauts (each all at once, so at most five spellings)."""
    spelled_out = "".join(UMLAUTS.get(char, char) for char in word)
    sharp = word.replace("ss", "ß")
    umlauts = SPELLED_OUT.sub(_umlaut, word)
    return list(dict.fromkeys([word, spelled_out, sharp, umlauts, SPELLED_OUT.sub(_umlaut, sharp)]))


def _umlaut(match: re.Match) -> str:
    pair = match.group()
    letter = {"ae": "ä", "oe": "ö", "ue": "ü"}[pair.lower()]
    return letter.upper() if pair[0].isupper() else letter


def fts_expression(query: str) -> str:
    """The FTS5 MATCH expression for `query`: every word, in any of its spellings, as a prefix
    when it is long enough or ends in `*`. A word of several index tokens ("G-20") is a phrase."""
    groups = []
    for word in query_words(query):
        prefix = word.endswith("*")
        tokens = TOKEN.findall(word)
        if not tokens:
            continue
        prefix = prefix or len("".join(tokens)) >= PREFIX_FROM
        options = []
        for spelling in spellings(" ".join(tokens)):
            phrase = '"' + spelling.replace('"', '""') + '"'
            options.append(phrase + ("*" if prefix else ""))
        groups.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
    if not groups:
        raise ChronikError("empty search query; give one or more words")
    return " AND ".join(groups)
