"""Text queries as FTS5 expressions: German spellings, prefixes, and no query that SQLite
refuses."""

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.errors import ChronikError, LimitError
from chronik.search import fts_expression, spellings


def test_special_letters_are_asked_for_both_ways():
    assert {"Außen", "Aussen"} <= set(spellings("Aussen"))
    assert {"Außen", "Aussen"} <= set(spellings("Außen"))
    assert {"Muenchen", "München"} <= set(spellings("Muenchen"))
    assert {"Ärzte", "Aerzte"} <= set(spellings("Ärzte"))
    assert len(spellings("Grossstädte")) <= 5


def test_long_words_are_prefixes_short_ones_only_when_asked():
    assert '"Sanktion"*' in fts_expression("Sanktion")
    assert '"EU"*' not in fts_expression("EU")
    assert '"EU"*' in fts_expression("EU*")


def _index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO t VALUES (?)", [
        ("Das Außenministerium verhängte Sanktionen gegen Paraguay.",),
        ("Die Aussenministerin aus der Schweiz reiste nach Bern.",),
        ("In Muenchen und Bolivien wurde gestreikt.",)])
    return conn


@pytest.mark.parametrize("query, rows", [
    ("Aussenministerium", 1), ("außenminister", 2), ("Sanktion", 1), ("sanktionen paraguay", 1),
    ("München", 1), ("Boliv*", 1), ("Bern", 1), ("Sanktion Bern", 0)])
def test_queries_find_the_german_forms(query, rows):
    conn = _index()
    assert conn.execute("SELECT count(*) FROM t WHERE t MATCH ?",
                        (fts_expression(query),)).fetchone()[0] == rows


@given(st.text(max_size=80))
def test_any_text_is_a_valid_expression_or_a_clear_error(text):
    conn = _index()
    try:
        expression = fts_expression(text)
    except (ChronikError, LimitError):
        return
    conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()
