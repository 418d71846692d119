"""Reading helpers of the chronicle: article titles and the periods of the density strip."""

from datetime import date

from chronik.chronicle import _bins, display_title, headline


def test_a_short_first_line_is_a_headline():
    assert headline("Regierung in Lima tritt zurück\nDer Präsident nahm an.") == \
        "Regierung in Lima tritt zurück"
    assert headline("Der Präsident nahm den Rücktritt an.\nWeiter.") is None  # a sentence
    assert headline("Lima\nText") is None  # one word
    assert headline("Regierung in Lima tritt zurück") is None  # nothing follows


def test_titles_come_from_metadata_headline_opening_then_file_name():
    row = {"id": 7, "origin": "/srv/in/003_0123456789abcdef.txt"}
    assert display_title(row | {"title": "Aus den Metadaten", "opening": "X y\nZ"}) == \
        "Aus den Metadaten"
    assert display_title(row | {"title": None, "opening": "Streik in Oslo\nText."}) == \
        "Streik in Oslo"
    opening = "In Oslo streikten am Montag die Beschäftigten der Häfen und der Bahn."
    assert display_title(row | {"title": None, "opening": opening}) == \
        "In Oslo streikten am Montag die Beschäftigten der …"
    assert display_title(row | {"title": None, "opening": ""}) == "003"


def test_bins_cover_the_period_without_gaps():
    for unit in ("day", "week", "month"):
        bins = _bins(date(2023, 1, 30), date(2023, 4, 2), unit)
        assert bins[0][0] <= date(2023, 1, 30) and bins[-1][1] >= date(2023, 4, 2)
        assert all((b[0] - a[1]).days == 1 for a, b in zip(bins, bins[1:]))
    assert [b[0].day for b in _bins(date(2023, 1, 30), date(2023, 4, 2), "month")] == [1, 1, 1, 1]
