from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.timex import find, iter_resolved, resolve


def values(text, dct):
    return [(found.text, resolved.value) for found, _, _, resolved in iter_resolved(text, dct)]


@pytest.mark.parametrize("text, dct, expected", [
    ("Am Sonntag hatte Biden mit Selenskyj telefoniert.", date(2022, 1, 3), "2022-01-02"),
    ("Baerbock wird am Mittwoch nach Washington fliegen.", date(2022, 1, 3), "2022-01-05"),
    ("Die USA wollen am Donnerstag mit Russland sprechen.", date(2021, 12, 29), "2021-12-30"),
    ("Blinken will sich nächste Woche mit Lawrow treffen.", date(2022, 2, 18), "2022-W08"),
    ("Sie treffen sich noch in dieser Woche.", date(2022, 1, 3), "2022-W01"),
    ("Die Gespräche in der vergangenen Woche blieben ergebnislos.", date(2022, 1, 18), "2022-W02"),
    ("Biden und Putin hatten sich Anfang Dezember gesprochen.", date(2021, 12, 29), "2021-12"),
    ("Das Treffen ist am 10.01.2022 geplant.", date(2021, 12, 29), "2022-01-10"),
    ("Die Krim wurde 2014 annektiert.", date(2022, 1, 3), "2014"),
    ("Themen der Schalte an diesem Freitagnachmittag", date(2022, 2, 18), "2022-02-18TAF"),
    ("Sie sprechen seit Wochen darüber.", date(2022, 2, 18), "PXW"),
])
def test_resolution(text, dct, expected):
    assert expected in [value for _, value in values(text, dct)]


def test_two_days_and_anchored_day_after():
    found = values("Diplomaten treffen sich am 9. und 10. Januar in Genf. Am Tag danach soll es "
                   "ein Treffen der OSZE geben.", date(2022, 1, 3))
    assert ("9.", "2022-01-09") in found and ("10. Januar", "2022-01-10") in found
    assert ("Tag danach", "2022-01-11") in found


def test_two_days_after_named_event():
    found = values("Die Gespräche am 9. und 10. Januar in Genf. Zwei Tage nach den Genfer "
                   "Gesprächen sind Beratungen geplant.", date(2022, 1, 3))
    assert ("Zwei Tage nach", "2022-01-12") in found


def test_no_false_positives_from_ordinary_words():
    text = "Die Minister sprachen mit so viel Nachdruck, dass die Mainzer Abgeordnete Mai Thi zustimmte."
    assert find(text) == []


def test_unresolved_without_dct():
    [(found, _, _, resolved)] = list(iter_resolved("Er kommt am Mittwoch.", None))
    assert resolved.value == "XXXX-WXX-3"


MONTHS = dict(enumerate(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                          "September", "Oktober", "November", "Dezember"], start=1))


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
       st.sampled_from(["{d}.{m}.{y}", "{d:02d}.{m:02d}.{y}", "{d}. {month} {y}",
                        "am {d}. {month} {y}"]))
def test_any_written_date_parses_back(day, form):
    text = form.format(d=day.day, m=day.month, y=day.year, month=MONTHS[day.month])
    [found] = find(text)
    assert resolve(found.reading, None).first_day == day
