from datetime import date, timedelta

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


@pytest.mark.parametrize("text, dct, expected", [
    ("Heuer findet das Fest zum dritten Mal statt.", date(2015, 3, 27), ("Heuer", "2015")),
    ("Im Vorjahr waren es weniger.", date(2015, 3, 27), ("Vorjahr", "2014")),
    ("Nach diesem strengen Winter war es schwer.", date(2014, 3, 13),
     ("diesem strengen Winter", "2014-WI")),
    ("Die Arbeiten beginnen im Herbst 1998.", date(1997, 12, 5), ("Herbst 1998", "1998-FA")),
    ("Im dritten Quartal stieg der Umsatz.", date(2014, 11, 5), ("dritten Quartal", "2014-Q3")),
    ("Erst in der zweiten Jahreshälfte wächst die Wirtschaft.", date(2014, 7, 19),
     ("der zweiten Jahreshälfte", "2014-H2")),
    ("Das war in den 60er Jahren.", date(2013, 3, 27), ("den 60er Jahren", "196")),
    ("Das war in den fünfziger Jahren.", date(2013, 3, 27), ("den fünfziger Jahren", "195")),
    ("Die Burg stammt aus dem 15. Jahrhundert.", date(2013, 3, 27), ("dem 15. Jahrhundert", "14")),
    ("Zu Ostern kommt die Familie.", date(2022, 3, 30), ("Ostern", "2022-04-17")),
    ("Am Wochenende hatten sie gespielt.", date(2015, 10, 6), ("Wochenende", "2015-W40-WE")),
    ("Damals war alles anders.", date(2015, 10, 6), ("Damals", "PAST_REF")),
    ("Heute leben mehr Menschen in Städten.", date(2015, 10, 6), ("Heute", "PRESENT_REF")),
    ("Heute Abend spielt die Band.", date(2015, 3, 10), ("Heute Abend", "2015-03-10TEV")),
    ("Das Spiel ist am 9. September um 16 Uhr.", date(2015, 9, 4), ("16 Uhr", "2015-09-09T16:00")),
    ("Offen von 10 bis 15 Uhr.", date(2015, 4, 29), ("10", "2015-04-29T10:00")),
    ("Kurse am 3., 4. und 7. Oktober.", date(2012, 9, 18), ("4.", "2012-10-04")),
    ("Vor fünf Jahren begann es.", date(2014, 2, 21), ("fünf Jahren", "P5Y")),
    ("Seit einigen Wochen wird verhandelt.", date(2014, 2, 21), ("einigen Wochen", "PXW")),
    ("Es dauerte eineinhalb Stunden.", date(2014, 2, 21), ("eineinhalb Stunden", "PT1.5H")),
    ("Er verdient 400 Euro im Monat.", date(2014, 2, 21), ("Monat", "P1M")),
    ("Am 8. Mai dieses Jahres sprach sie.", date(2009, 11, 5),
     ("8. Mai dieses Jahres", "2009-05-08")),
])
def test_more_expressions(text, dct, expected):
    assert expected in values(text, dct)


@pytest.mark.parametrize("text", [
    "Die beiden sind 31 und 22 Jahre alt.",
    "Platz 9. Jan Kuppelwieser lag vorne.",
    "Es kostet zwischen 1450 und 1850 Mark.",
    "Nun ist es so weit.",
])
def test_not_time_expressions(text):
    assert values(text, date(2015, 1, 1)) == []


def test_two_days_and_anchored_day_after():
    found = values("Diplomaten treffen sich am 9. und 10. Januar in Genf. Am Tag danach soll es "
                   "ein Treffen der OSZE geben.", date(2022, 1, 3))
    assert ("9.", "2022-01-09") in found and ("10. Januar", "2022-01-10") in found
    assert ("Tag danach", "2022-01-11") in found


def test_two_days_after_named_event():
    """TimeML tags the duration of "zwei Tage nach dem Gipfel"; the day still counts from the
    day named last, for the event's date."""
    text = ("Die Gespräche am 9. und 10. Januar in Genf. Zwei Tage nach den Genfer Gesprächen "
            "sind Beratungen geplant.")
    found = {f.text: r for f, _, _, r in iter_resolved(text, date(2022, 1, 3))}
    assert found["Zwei Tage"].value == "P2D"
    assert found["Zwei Tage"].first_day == date(2022, 1, 12)
    assert values("Zwei Wochen vor der Wahl reiste sie nach Lima.", date(2030, 5, 5)) \
        == [("Zwei Wochen", "P2W")]
    assert values("Am 2. Mai wählte Peru. Zwei Tage danach trat der Minister zurück.",
                  date(2030, 5, 9))[-1] == ("Zwei Tage danach", "2030-05-04")


@pytest.mark.parametrize("text", [
    "Im Alter von 18 Jahren zog sie nach Quito.",
    "Das Wahlrecht gilt ab einem Alter von 16 Jahren.",
    "Mit acht Jahren lernte sie Geige.",
])
def test_an_age_is_no_duration(text):
    assert values(text, date(2030, 1, 1)) == []


def test_a_count_with_an_adjective_before_its_unit_is_one_duration():
    assert values("Sie wartete neun lange Jahre auf das Urteil.", date(2030, 1, 1)) == \
        [("neun lange Jahre", "P9Y")]
    assert values("Das Projekt läuft drei weitere Jahre.", date(2030, 1, 1)) == \
        [("drei weitere Jahre", "P3Y")]


def test_an_age_after_war_and_sooner_or_later_are_no_time_expressions():
    assert values("Der Sänger war 24 Jahre, als er seine erste Platte aufnahm.", date(2030, 1, 1)) == []
    assert values("Die Haft war drei Jahre lang.", date(2030, 1, 1)) == [("drei Jahre", "P3Y")]
    assert values("Früher oder später kommt die Reform.", date(2030, 1, 1)) == []
    assert values("Früher war alles anders.", date(2030, 1, 1)) == [("Früher", "PAST_REF")]


def test_a_duration_after_with_and_before_a_noun_stays():
    assert values("Der Zug kam mit zwei Stunden Verspätung, der Bau mit drei Jahren Verzug.",
                  date(2030, 1, 1)) == [("zwei Stunden", "PT2H"), ("drei Jahren", "P3Y")]


def test_the_last_ten_years_keep_their_determiner():
    assert values("In den letzten sieben Jahren wuchs die Stadt.", date(2030, 1, 1)) \
        == [("den letzten sieben Jahren", "P7Y")]


def test_a_bare_month_in_the_present_is_the_nearest_one():
    assert values("Die nächste Sitzung ist im April.", date(2030, 10, 20)) \
        == [("April", "2031-04")]
    assert values("Im Mai steigen die Preise.", date(2030, 6, 2)) == [("Mai", "2030-05")]


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


ABBREVIATED = {1: "Jan.", 2: "Feb.", 3: "März", 4: "Apr.", 5: "Mai", 6: "Juni", 7: "Juli",
               8: "Aug.", 9: "Sept.", 10: "Okt.", 11: "Nov.", 12: "Dez."}


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
       st.sampled_from(["{y}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{yy:02d}",
                        "Stand: {d:02d}.{m:02d}.{y} {d:02d}:15 Uhr", "{d}. {abbr} {y}",
                        "Berlin, {d}. {month} {y} -"]))
def test_other_written_forms_parse_back(day, form):
    text = form.format(d=day.day, m=day.month, y=day.year, yy=day.year % 100,
                       month=MONTHS[day.month], abbr=ABBREVIATED[day.month])
    dates = [resolve(f.reading, None).first_day for f in find(text) if f.reading.kind == "date"]
    assert dates[0] == day


@given(st.dates(min_value=date(1950, 3, 1), max_value=date(2049, 10, 31)),
       st.integers(min_value=-40, max_value=40))
def test_a_date_without_year_takes_the_year_near_the_publication_date(dct, shift):
    day = dct + timedelta(days=shift)
    [found] = find(f"am {day.day}. {MONTHS[day.month]}")
    assert resolve(found.reading, dct).first_day == day


DATE_PARTS = st.one_of(st.integers(min_value=0, max_value=99).map(str),
                       st.integers(min_value=0, max_value=99).map(lambda n: f"{n}."),
                       st.integers(min_value=0, max_value=3000).map(str),
                       st.sampled_from([*MONTHS.values(), "Jänner", "Uhr", "am", "bis", "im",
                                        "Anfang", "nächste", "Woche", "Montag", "-", "/", ":"]))


@given(st.lists(DATE_PARTS, min_size=1, max_size=8).map(" ".join),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)))
def test_any_run_of_numbers_and_date_words_resolves_without_error(text, dct):
    for found, _, _, resolved in iter_resolved(text, dct):
        if resolved.first_day:
            assert resolved.first_day <= resolved.last_day


@pytest.mark.parametrize("text", ["42. Jänner kein Tor", "Sicherheit 2. 17.30 App", "am 31. April"])
def test_impossible_days_are_not_dates(text):
    assert [f.text for f in find(text) if f.reading.kind == "date" and f.reading.day] == []


@pytest.mark.parametrize("text, value", [
    ("Am Samstag sollen zwei Häftlinge aus dem Gefängnis geflohen sein.", "2031-03-01"),
    ("Wie die Firma am Dienstag bekanntgab, bleibt alles beim Alten.",
     "2031-03-04"),
    ("Die Glocken, die am Sonntag schwiegen, läuten wieder.", "2031-03-02"),
    ("Die Tarifparteien einigten sich heute auf einen Vertrag.", "2031-03-05"),
    ("Heute leben mehr Menschen in Städten als auf dem Land.", "PRESENT_REF"),
    ("Am gestrigen Dienstag tagte der Stadtrat.", "2031-03-04"),
    ("Die Räte sind am Montag zusammengetroffen.", "2031-03-03"),
])
def test_tense_of_reports_and_deictic_days(text, value):
    [(_, _, _, resolved)] = list(iter_resolved(text, date(2031, 3, 5)))
    assert resolved.value == value


@pytest.mark.parametrize("text", ["Inzwischen sind es 1800 Helfer.",
                                  "Sie zahlten mehr als 2000 für den Platz.",
                                  "Es kamen insgesamt 1700 zur Messe."])
def test_a_number_that_counts_is_no_year(text):
    assert values(text, date(2031, 3, 7)) == []


def test_the_last_two_years_as_both_years():
    assert values("In den vergangenen beiden Jahren wuchs die Stadt.", date(2031, 3, 7)) == \
        [("den vergangenen beiden Jahren", "P2Y")]
    assert values("In beiden Jahren wuchs die Stadt.", date(2031, 3, 7)) == []


def test_a_month_told_right_after_a_past_year_is_in_that_year():
    text = "1992 wurde das Hotel verkauft. Im April zog der neue Besitzer ein."
    assert values(text, date(2031, 3, 7)) == [("1992", "1992"), ("April", "1992-04")]
    text = "1992 wurde das Hotel verkauft. Der neue Besitzer zieht im April ein."
    assert values(text, date(2031, 3, 7))[-1] == ("April", "2031-04")


def test_a_weekday_that_a_full_date_repeats_is_left_to_the_date():
    assert values("Im Programm am Dienstag, 9. März: ein Konzert.", date(2031, 10, 7)) == \
        [("9. März", "2032-03-09")]
    assert values("Am Montag kam er, am 3. Mai ging er.", date(2031, 10, 7)) == \
        [("Montag", "2031-10-06"), ("3. Mai", "2031-05-03")]


@pytest.mark.parametrize("text, expected", [
    ("Der Markt findet an jedem ersten Samstag im Monat statt.",
     [("jedem ersten Samstag im Monat", "XXXX-WXX-6")]),
    ("Jeden Montag tagt der Rat.", [("Jeden Montag", "XXXX-WXX-1")]),
    ("Die Praxis ist Mittwoch nachmittags geschlossen.",
     [("Mittwoch nachmittags", "XXXX-WXX-3TAF")]),
    ("Am Mittwoch im Monat Mai kam er.", [("Mittwoch", "2031-10-01"), ("Mai", "2031-05")]),
    ("Der Höhepunkt des Abends war ein Konzert.", [("Abends", "2031-10-07TEV")]),
    ("Abends geht er spazieren.", [("Abends", "XXXX-XX-XXTEV")]),
])
def test_sets_of_weekdays_and_the_evening_of_the_day(text, expected):
    assert values(text, date(2031, 10, 7)) == expected


def test_a_full_stop_after_a_month_is_not_part_of_the_date():
    assert values("Die Wahl ist am 12. Juni.", date(2031, 10, 7)) == [("12. Juni", "2031-06-12")]
    assert values("Sie kam am 3. Dez. zurück.", date(2031, 10, 7)) == [("3. Dez.", "2030-12-03")]


def test_a_weekend_after_vom_is_the_last_one():
    friday = date(2031, 3, 7)
    assert values("Die Ergebnisse vom Wochenende liegen vor.", friday) == \
        [("Wochenende", "2031-W09-WE")]
    assert values("Am Wochenende feiern sie.", friday) == [("Wochenende", "2031-W10-WE")]


def test_an_announcement_made_today_is_of_today():
    found = values("Der Minister hat heute Neuwahlen für den Herbst angekündigt.",
                   date(2031, 3, 5))
    assert ("heute", "2031-03-05") in found


def test_a_number_that_counts_people_is_no_year():
    assert find("Gleichzeitig zogen 1400 Streikende durch die Stadt.") == []
    assert find("Rund 1700 Menschen kamen.") == []
    assert [f.text for f in find("1989 fiel die Mauer.")] == ["1989"]


def test_a_time_that_recurs_belongs_to_no_day():
    [(_, _, _, resolved)] = list(iter_resolved("Führungen gibt es jeweils um 20 Uhr.",
                                               date(2031, 3, 5)))
    assert (resolved.value, resolved.first_day) == ("T20:00", None)


def test_a_time_in_a_listing_belongs_to_the_day_named_before_it():
    text = ("Führungen: 3. Mai, 20 Uhr, sonst jeweils 19 Uhr, Sonderführung am 12. Mai, "
            "11.30 Uhr")
    found = values(text, date(2031, 4, 20))
    assert ("20 Uhr", "2031-05-03T20:00") in found
    assert ("19 Uhr", "T19:00") in found
    assert ("11.30 Uhr", "2031-05-12T11:30") in found


def test_today_and_tomorrow_after_a_noun_are_general():
    assert [f.reading.value for f in find("Die Sieger von heute sind die Verlierer von morgen.")] \
        == ["PRESENT_REF", "FUTURE_REF"]


def test_a_part_of_the_day_belongs_to_the_day_named_earlier_in_its_paragraph():
    text = ("Am Dienstag tagt der Ausschuss in Graz. Die Sitzung dauert lange. Am Nachmittag "
            "folgt eine Pressekonferenz.\n\nAm Nachmittag wird der Bericht veröffentlicht.")
    found = values(text, date(2016, 9, 9))
    assert found[1:] == [("Nachmittag", "2016-09-13TAF"), ("Nachmittag", "2016-09-09TAF")]


@pytest.mark.parametrize("text, dct, expected", [
    ("Die Maschine landete um halb zehn in Quito.", date(2016, 9, 9),
     ("halb zehn", "2016-09-09T09:30")),
    ("Im Mai des vergangenen Jahres eröffnete das Museum.", date(2016, 9, 9),
     ("Mai des vergangenen Jahres", "2015-05")),
    ("Im März des Vorjahres war der Absatz höher.", date(2016, 9, 9),
     ("März des Vorjahres", "2015-03")),
    ("Der Vertrag soll heute in Quito unterzeichnet werden.", date(2016, 9, 9),
     ("heute", "2016-09-09")),
])
def test_half_hours_months_of_a_named_year_and_a_planned_today(text, dct, expected):
    assert expected in values(text, dct)
