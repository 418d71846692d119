"""Export of events, actors and articles, and the GDELT-style events file."""

import csv
import json

import pyarrow.parquet as parquet
import pytest

import chronik
from chronik.errors import ChronikError
from chronik.export import CAMEO_ROOT, GDELT_COLUMNS, export


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("export") / "seeds.db"
    assert chronik.run([seeds_dir], db=db).ok
    return db


def test_every_table_in_every_format_holds_the_same_rows(seeds_db, tmp_path):
    with chronik.open(seeds_db) as chronicle:
        expected = {"events": chronicle.events(), "actors": chronicle.actors(),
                    "articles": chronicle.articles()}
    for fmt in ("parquet", "csv", "jsonl"):
        paths = export(seeds_db, tmp_path / fmt, fmt)
        assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in expected)
    for table, rows in expected.items():
        assert parquet.read_table(tmp_path / "parquet" / f"{table}.parquet").to_pylist() == rows
        lines = (tmp_path / "jsonl" / f"{table}.jsonl").read_text("utf-8").splitlines()
        assert [json.loads(line) for line in lines] == rows
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8") as handle:
            assert [int(r["id"]) if table != "actors" else r["id"] for r in
                    csv.DictReader(handle)] == [r["id"] for r in rows]


def test_gdelt_file_maps_the_agency_copied_call(seeds_db, tmp_path):
    [path] = export(seeds_db, tmp_path, "gdelt")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert list(rows[0]) == list(GDELT_COLUMNS)
    [call] = [r for r in rows if r["Actor1Name"] == "Joe Biden"
              and r["Actor2Name"] == "Volodymyr Zelenskyy"]
    assert (call["SQLDATE"], call["EventRootCode"], call["QuadClass"]) == ("20220102", "04", "1")
    assert (call["Actor1CountryCode"], call["Actor2CountryCode"]) == ("USA", "UKR")
    assert (call["Actor1Code"], call["Actor2Code"]) == ("USAGOV", "UKRGOV")
    assert call["chronik_source"] == "joe-biden"
    assert (call["NumArticles"], call["NumSources"]) == ("2", "1")
    threats = [r for r in rows if r["chronik_type"] == "THREATEN"]
    assert threats and all(r["QuadClass"] == "3" for r in threats)


def test_every_plover_type_has_a_cameo_root():
    from chronik.events import TYPES

    assert set(CAMEO_ROOT) == set(TYPES)


def test_unknown_format_is_refused(seeds_db, tmp_path):
    with pytest.raises(ChronikError, match="unknown export format"):
        export(seeds_db, tmp_path, "xlsx")
