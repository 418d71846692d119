"""Engines: Ray builds the same chronicle as the local engine; results come back in order."""

import pickle

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import chronik
from chronik.engines import LocalEngine, make_engine
from chronik.engines.ray_data import read_parts
from chronik.errors import ChronikError, InputError
from chronik.stages import FIRM_DATES
from chronik.records import Processed

REPORT = ("Berlin (dpa) - Kanzler Olaf Scholz hat am Dienstag in Berlin den französischen "
          "Präsidenten Emmanuel Macron getroffen. Beide sprachen über die Lage in der Ukraine.")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, seeds_dir, demo_dir):
    """The seeds and the demo corpus, with one input twice and one broken."""
    extra = tmp_path_factory.mktemp("extra")
    (extra / "again.txt").write_text(f" date 2024-05 {REPORT}", "utf-8")
    (extra / "copy.txt").write_text(f" date 2024-05 {REPORT}", "utf-8")
    (extra / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    return [seeds_dir, demo_dir, extra]


def test_ray_builds_the_same_chronicle_as_the_local_engine(tmp_path, inputs, database_rows):
    local = chronik.run(inputs, db=tmp_path / "local.db")
    parallel = chronik.run(inputs, db=tmp_path / "ray.db",
                           engine=make_engine("ray", workers=2, batch_size=4))
    assert len(local.added) == len(parallel.added) == 14
    assert local.unchanged == parallel.unchanged and len(local.unchanged) == 1
    assert [str(f) for f in local.failures] == [str(f) for f in parallel.failures]
    assert len(local.failures) == 1 and "broken.txt" in str(local.failures[0])
    assert local.events == parallel.events and local.stories == parallel.stories
    assert set(local.seconds) == set(parallel.seconds)
    assert database_rows(tmp_path / "local.db") == database_rows(tmp_path / "ray.db")


def test_ray_partitions_are_kept_where_asked(tmp_path, seeds_dir):
    parts = tmp_path / "parts"
    engine = make_engine("ray", workers=1, parts=parts)
    report = chronik.run([seeds_dir], db=tmp_path / "c.db", engine=engine)
    first, second = (pq.read_table(parts / name).to_pylist() for name in ("pass-0", "pass-1"))
    assert sorted(row["position"] for row in first) == list(range(5))
    assert all(row["error"] is None for row in first + second)
    dated = {row["origin"].rsplit("/", 1)[-1][:3]: row["date_method"] for row in first}
    deferred = {name for name, method in dated.items() if method not in FIRM_DATES}
    assert len(second) == len(deferred) >= 1
    assert len(report.added) == 5


def _write_part(path, positions):
    results = [pickle.dumps(Processed(None, InputError(f"in-{p}", "failed"), {}))
               for p in positions]
    pq.write_table(pa.table({"position": positions, "result": results}), path)


def test_parts_are_read_back_in_input_order_whatever_the_files(tmp_path):
    _write_part(tmp_path / "b.parquet", [0, 3])
    _write_part(tmp_path / "a.parquet", [4, 1, 2])
    origins = [processed.error.origin for processed in read_parts(tmp_path, 5)]
    assert origins == [f"in-{p}" for p in range(5)]


def test_a_lost_result_is_an_error_not_a_shorter_chronicle(tmp_path):
    _write_part(tmp_path / "a.parquet", [0, 2])
    with pytest.raises(ChronikError, match="2 results for 3 articles"):
        list(read_parts(tmp_path, 3))


def test_input_errors_survive_pickling_between_processes():
    error = pickle.loads(pickle.dumps(InputError("a.txt", "clean stage failed")))
    assert (error.origin, error.reason, str(error)) == ("a.txt", "clean stage failed",
                                                        "a.txt: clean stage failed")


def test_local_engine_is_lazy():
    seen = []
    results = LocalEngine().map(lambda article: seen.append(article) or article, iter([1, 2]))
    assert seen == [] and next(results) == 1 and seen == [1]


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ChronikError, match="unknown engine 'spark'; choose one of local, ray"):
        make_engine("spark")
