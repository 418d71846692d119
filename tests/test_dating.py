from datetime import date

from chronik.dating import date_article, infer
from chronik.records import Article


def _dated(text, **fields):
    article = Article(origin="x.txt", raw=text, text=text, **fields)
    return date_article(article)


def test_metadata_wins():
    article = _dated("Am Sonntag hatte Biden telefoniert.", metadata_date="2022-01-03T10:00:00Z")
    assert (article.published, article.date_method) == (date(2022, 1, 3), "metadata")


def test_full_header_date():
    article = _dated("Text ohne Datum.", header_date="2022-01-18")
    assert (article.published, article.date_method) == (date(2022, 1, 18), "header")


def test_dateline_stand(seed_articles):
    article = date_article(seed_articles["003"])
    assert (article.published, article.date_method) == (date(2022, 1, 3), "dateline")


def test_dateline_city_day_month_within_month_constraint():
    article = _dated("Berlin, 3. Januar - Scholz trifft Macron.", header_date="2022-01")
    assert article.published == date(2022, 1, 3)


def test_dateline_outside_month_constraint_is_ignored():
    article = _dated("Stand: 03.01.2022 01:45 Uhr\nText.", header_date="2022-02")
    assert article.date_method != "dateline"


def test_inference_from_weekdays_and_tense(seed_articles):
    article = date_article(seed_articles["000"])
    assert article.published == date(2022, 1, 3)
    assert article.date_method == "inferred within month"
    assert 0 < article.date_confidence < 1


def test_today_weekday_fixes_the_weekday():
    day, _ = infer("Die Schalte an diesem Freitagnachmittag soll lange dauern.", (2022, 2), ())
    assert day.isoweekday() == 5


def test_collection_dates_narrow_a_yearless_article():
    text = ("Das teilte das Ministerium am Mittwoch mit. Biden und Putin wollen am Donnerstag "
            "telefonieren. Die beiden hatten sich Anfang Dezember gesprochen.")
    day, _ = infer(text, None, (date(2022, 1, 3),))
    assert day.isoweekday() == 3 and date(2021, 12, 11) <= day <= date(2022, 1, 10)


def test_no_clues_no_date():
    article = _dated("Ein Text ohne jede Zeitangabe.")
    assert article.published is None and article.date_method is None


def test_month_only_fallback():
    article = _dated("Ein Text ohne jede Zeitangabe.", header_date="2022-02")
    assert (article.published, article.date_method) == (date(2022, 2, 1), "month only")
