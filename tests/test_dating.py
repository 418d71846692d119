from datetime import date

import pytest

from chronik.dating import date_article, fixes_a_day, infer, redate, stated_day
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


def test_month_only_fallback_is_the_middle_of_the_month():
    article = _dated("Ein Text ohne jede Zeitangabe.", header_date="2022-02")
    assert (article.published, article.date_method) == (date(2022, 2, 15), "month only")


def test_a_numbered_recurring_event_fixes_the_day():
    text = ("Am Freitag beginnt die 58. Münchner Sicherheitskonferenz. Die Minister reisen an "
            "diesem Freitagnachmittag an.")
    article = _dated(text, header_date="2022-02")
    assert article.published == date(2022, 2, 18)


def test_every_calendar_edition_names_a_source():
    from chronik.dating import calendar_events

    assert all(recurring.editions for recurring in calendar_events())


def test_an_event_in_the_chronicle_anchors_an_undated_article():
    from chronik.records import Event, KnownEvent, TimeExpr
    from chronik.timex import find

    text = "Biden und Putin wollen am Donnerstag telefonieren. Das teilte Washington am Mittwoch mit."
    article = _dated(text)
    [found] = [f for f in find(text) if f.text == "Donnerstag"]
    thursday = TimeExpr(found.start, found.end, found.text, 0, "DATE", "", tense="future",
                        reading=found.reading)
    article.date_method = "inferred"
    article.collection_dates = (date(2022, 1, 3),)
    article.known_events = (KnownEvent("CONSULT", "joe-biden", "vladimir-putin",
                                       date(2021, 12, 30), date(2021, 12, 30)),)
    article.events = [Event("CONSULT", "vladimir-putin", "joe-biden", 0, 0, 10, "telefonieren",
                            dated_by=(thursday,))]
    assert redate(article)
    assert (article.published, article.date_method) == (date(2021, 12, 29),
                                                         "inferred from chronicle")


@pytest.mark.parametrize("text, ties", [
    ("Gestern, am 3. März 2031, tagte der Stadtrat bis spät in die Nacht.", True),
    ("Heute, Montag, den 3. März 2031, tagt der Stadtrat.", True),
    ("Der Stadtrat tagte am 20. Mai 2031. Heute ist er aufgelöst.", False),
    ("Am 20. Mai 2031 tagte der Stadtrat, der heute aufgelöst ist.", False),
    ("Der Stadtrat tagte gestern.", False),
])
def test_only_today_or_yesterday_in_apposition_to_a_date_fixes_the_day(text, ties):
    assert bool(fixes_a_day(text)) is ties


def test_a_deictic_weekday_with_a_full_date_states_the_publication_day():
    assert stated_day("Am gestrigen Dienstag, dem 4. März 2031, tagte der Stadtrat.") == \
        (date(2031, 3, 5), "gestrigen Dienstag, dem 4. März 2031")
    assert stated_day("Am gestrigen Montag, dem 4. März 2031, tagte der Stadtrat.") is None
    assert stated_day("Gestern, am 4. März, tagte der Stadtrat.") is None
    article = _dated("Am heutigen Freitag, dem 7. März 2031, tagt der Stadtrat erneut.")
    assert (article.published, article.date_method) == (date(2031, 3, 7), "stated day")
    assert article.date_clue == "heutigen Freitag, dem 7. März 2031"


def test_an_article_dated_alone_gets_no_guessed_day():
    text = "Der Stadtrat tagte am 20. Mai 2031. Am Montag will er erneut beraten."
    assert _dated(text).published is None
    assert _dated(text, header_date="2031-05").published is not None  # a month narrows it
    assert _dated(text, collection_dates=(date(2031, 5, 21),)).published is not None
    tied = _dated("Gestern, am 20. Mai 2031, tagte der Stadtrat.")
    assert (tied.published, tied.date_method) == (date(2031, 5, 21), "stated day")
