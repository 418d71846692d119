import json

import pytest

from chronik.clean import clean
from chronik.errors import InputError
from chronik.evaluation.seeds import SeedsResult, _score_documents
from chronik.records import Article


def test_gold_boilerplate_removed_and_article_lines_kept(seed_articles, seeds_dir, gold_path):
    gold = json.loads(gold_path.read_text("utf-8"))
    stored = {d["file"]: {"published": None, "clean_text": seed_articles[d["file"][:3]].text}
              for d in gold["documents"]}
    result = SeedsResult()
    _score_documents(gold, stored, seeds_dir, result)
    assert result.kept_boilerplate == []
    assert result.lost_lines == []
    assert result.boilerplate_total == 24 and result.lines_total >= 50


def test_removed_lines_keep_reason(seed_articles):
    removed = seed_articles["004"].removed
    reasons = {r.reason for r in removed}
    assert "newsletter" in reasons and any(r.startswith("teaser repeated") for r in reasons)
    assert all(r.line_no > 0 and r.text for r in removed)


def test_title_printed_twice_is_kept_once(seed_articles):
    text = seed_articles["002"].text
    assert text.count("Ukraine-Konflikt: Biden will direkt mit Putin sprechen") == 1


def test_subheadings_are_not_boilerplate(seed_articles):
    assert "Ein Danke aus der Ukraine" in seed_articles["000"].text
    assert "Vorbereitung auf Verhandlungen in Genf" in seed_articles["003"].text


def test_html_main_text_and_metadata(demo_dir):
    html = (demo_dir / "05_paris.html").read_text("utf-8")
    article = clean(Article(origin="paris.html", raw=html, format="html"))
    assert article.text.startswith("Scholz reist nach Paris")
    assert "Impressum" not in article.text and "Startseite" not in article.text
    assert article.metadata_date == "2023-03-20"
    assert article.title == "Scholz reist nach Paris"


def test_broken_html_is_an_input_error():
    with pytest.raises(InputError, match="no (readable|article) text"):
        clean(Article(origin="broken.html", raw="<html><body><div><<<>>></div", format="html"))


def test_html_with_little_text_keeps_all_of_it():
    fragment = "<p>Die Landrätin fuhr am Montag in die Kreisstadt und sprach dort vor dem Rat.</p>"
    article = clean(Article(origin="short.html", raw=fragment, format="html"))
    assert article.text == "Die Landrätin fuhr am Montag in die Kreisstadt und sprach dort vor " \
                           "dem Rat."
    page = "<html><body><div><span>Der Rat tagte.</span> <b>Er vertagte sich.</b></div></body></html>"
    assert "Der Rat tagte." in clean(Article(origin="tiny.html", raw=page, format="html")).text
