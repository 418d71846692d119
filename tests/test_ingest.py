import json
from pathlib import Path

from chronik import ingest
from chronik.errors import InputError
from chronik.records import Article


def _read(*paths):
    return list(ingest.read(paths))


def test_txt_header_is_metadata(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-01-05 Biden telefoniert mit Putin.", "utf-8")
    [article] = _read(path)
    assert article.header_date == "2022-01-05"
    assert article.raw == "Biden telefoniert mit Putin."


def test_month_only_header(seeds_dir):
    articles = {Path(a.origin).name[:3]: a for a in _read(seeds_dir)}
    assert articles["000"].header_date == "2022-01"
    assert articles["002"].header_date is None
    assert articles["000"].raw.startswith("Deutschlands Außenministerin")


def test_latin1_text_is_decoded(tmp_path: Path):
    path = tmp_path / "alt.txt"
    path.write_bytes("Außenministerin Baerbock trifft Blinken in Washington. Größere Gespräche "
                     "über die Lage in der Ukraine sind für die nächste Woche geplant.".encode("latin-1"))
    [article] = _read(path)
    assert "Außenministerin" in article.raw and "Größere" in article.raw


def test_jsonl_fields_and_bad_lines(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": "Scholz trifft Macron.", "url": "u", "title": "t",
                         "published": "2023-03-01", "source": "s"}),
             "{not json",
             json.dumps({"title": "no body"}),
             json.dumps(["a list"]),
             json.dumps({"html": "<p>x</p>", "published": 5})]
    path.write_text("\n".join(lines), "utf-8")
    results = _read(path)
    assert isinstance(results[0], Article)
    assert results[0].metadata_date == "2023-03-01" and results[0].source == "s"
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.origin for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in errors[0].reason
    assert "'text' or 'html'" in errors[1].reason


def test_bad_files_each_get_one_error(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 20)
    (tmp_path / "notes.md").write_text("# x", "utf-8")
    (tmp_path / "ok.txt").write_text("Putin telefoniert mit Erdogan.", "utf-8")
    results = _read(tmp_path, tmp_path / "missing.txt")
    reasons = {Path(r.origin).name: r.reason for r in results if isinstance(r, InputError)}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "unsupported file type" in reasons["notes.md"]
    assert reasons["missing.txt"] == "no such file or folder"
    assert sum(isinstance(r, Article) for r in results) == 1


def test_unreadable_file(tmp_path: Path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Text", "utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [error] = _read(path)
    assert isinstance(error, InputError) and "Permission denied" in error.reason
