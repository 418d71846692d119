from datetime import date

import pytest

from chronik.actors import load, recognize, translit_key
from chronik.actors.base import validate
from chronik.errors import ChronikError


def _ids(text, day=date(2022, 1, 18)):
    return [f.actor_id for f in recognize(text, day)]


def test_spelling_variants_share_a_key():
    assert translit_key("Selenskyj") == translit_key("Selenskij") == translit_key("Zelensky")
    assert translit_key("Lawrow") == translit_key("Lavrov")


def test_names_spellings_and_typos():
    assert _ids("Selenskij sprach mit Lawrow.") == ["volodymyr-zelenskyy", "sergey-lavrov"]
    assert _ids("Treffen mit Barbock am Donnerstag") == ["annalena-baerbock"]


def test_roles_resolve_by_date():
    assert _ids("Der US-Außenminister reist nach Kiew.", date(2022, 1, 18))[0] == "antony-blinken"
    assert _ids("Der US-Außenminister reist nach Kiew.", date(2019, 6, 1))[0] == "mike-pompeo"
    assert _ids("Der Kremlchef warnte.")[0] == "vladimir-putin"
    assert _ids("Russlands Präsident sagte ab.")[0] == "vladimir-putin"


def test_role_followed_by_name_is_one_mention():
    [found] = recognize("US-Präsident Joe Biden", date(2022, 1, 3))
    assert (found.start, found.end, found.actor_id) == (0, 22, "joe-biden")


def test_metonyms_and_compounds():
    assert _ids("Moskau und der Kreml warfen Washington vor") == ["RUS", "RUS", "USA"]
    assert _ids("Der Ukraine-Konflikt eskaliert.") == []


def test_base_has_sources_and_valid_terms():
    base = load()
    assert all(actor.source for actor in base.actors.values())
    assert all(term.end is None or term.start < term.end for term in base.terms)


def test_validator_names_the_bad_row():
    data = {"countries": [{"id": "X", "name": "X", "names": ["X"], "adjective": "x"}],
            "organizations": [], "persons": [], "offices": {}}
    with pytest.raises(ChronikError, match="'X' lacks"):
        validate(data)
