import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


TEXT = "Die Bürgermeisterin traf in Köln den Stadtrat. Größere Gespräche folgen.\nÜbermorgen mehr.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                                      "utf-32-be", "utf-8-sig", "cp1252"])
def test_utf16_utf32_and_legacy_text_are_decoded_with_or_without_a_bom(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    [article] = _read(path)
    assert article.raw == TEXT and article.warnings == []


@given(st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\ufeff",
                             include_characters="\n\t"), min_size=1).filter(str.strip),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_in_a_unicode_encoding_decodes_to_itself(text, encoding):
    assert ingest.decode(text.encode(encoding), "x").text == text


def test_a_stray_byte_in_utf8_is_replaced_where_it_is_with_a_warning(tmp_path):
    data = TEXT.encode("utf-8")
    cut = data.index(b"Stadtrat")
    path = tmp_path / "a.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    [article] = _read(path)
    assert article.raw == TEXT[:TEXT.index("Stadtrat")] + "\ufffd" + \
        TEXT[TEXT.index("Stadtrat"):]
    assert article.warnings == ["invalid UTF-8 bytes replaced by U+FFFD (line 1)"]


def test_a_stray_byte_in_one_jsonl_line_warns_that_line_only(tmp_path):
    lines = [json.dumps({"text": f"Zeile {n}: Gespräche über Öl."}, ensure_ascii=False)
             for n in range(3)]
    data = "\n".join(lines).encode("utf-8").replace(b"Zeile 1", b"Zeile \xfe1")
    path = tmp_path / "a.jsonl"
    path.write_bytes(data)
    articles = _read(path)
    assert [a.warnings for a in articles] == [
        [], ["invalid UTF-8 bytes replaced by U+FFFD (line 2)"], []]
    assert articles[0].raw == "Zeile 0: Gespräche über Öl."


def test_bytes_that_are_text_in_no_encoding_are_an_error(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 256)) * 40)
    [error] = _read(path)
    assert isinstance(error, InputError) and "not text" in error.reason


@pytest.mark.parametrize("published, words", [
    ("not-a-date", "is not a date"), ("2023-13-45", "is not a date"),
    ("0001-01-01", "outside 1800–2100"), ("9999-12-31", "outside 1800–2100")])
def test_an_impossible_published_date_is_ignored_with_a_warning(tmp_path, published, words):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Scholz traf Macron.", "published": published}))
    [article] = _read(path)
    assert article.metadata_date is None
    assert len(article.warnings) == 1 and words in article.warnings[0]


def test_a_date_line_outside_the_plausible_years_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 9999-12-31\nScholz traf Macron.", "utf-8")
    [article] = _read(path)
    assert article.header_date is None and article.raw.strip() == "Scholz traf Macron."
    assert "outside 1800–2100" in article.warnings[0]


def test_text_beyond_the_limit_is_cut_at_a_line_end_with_a_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("\n".join(f"Satz Nummer {n} steht hier." for n in range(10_000)), "utf-8")
    [article] = ingest.read([path], max_chars=50_000)
    assert len(article.raw) <= 50_000 and article.raw.endswith("steht hier.")
    assert "cut to the first" in article.warnings[0] and "50,000" in article.warnings[0]
