"""The spelling repairs of `scripts/derive_lemmas.py`, on paradigms written here."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_lemmas.py"


def _script():
    spec = importlib.util.spec_from_file_location("derive_lemmas", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_verb_form_with_a_short_vowel_before_sz_gets_the_reformed_ss():
    reformed = _script()._reformed_paradigm(
        {"PRT": {"S": {"3": "schoß"}, "P": {"3": "schossen"}}, "PRÄ": {"S": {"3": "schießt"}},
         "PA2": ["geschossen"]})
    assert reformed["PRT"]["S"]["3"] == "schoss"
    assert reformed["PRÄ"]["S"]["3"] == "schießt"


def test_a_long_vowel_keeps_its_sz_and_both_spellings_listed_become_one():
    script = _script()
    reformed = script._reformed_paradigm(
        {"PRT": {"S": {"3": "ließ"}, "P": {"3": "ließen"}}, "PRÄ": {"S": {"3": "läßt"}},
         "INF": "lassen", "PA2": ["gelassen"]})
    assert (reformed["PRT"]["S"]["3"], reformed["PRÄ"]["S"]["3"]) == ("ließ", "lässt")
    assert script._reformed_paradigm({"INF": "passen", "PA2": ["gepaßt", "gepasst"]}) == \
        {"INF": "passen", "PA2": ["gepasst"]}


def test_a_noun_lemma_in_sz_whose_forms_have_ss_is_written_with_ss():
    assert _script()._reformed({"Schüsse": "Schuß", "Straßen": "Straße", "Schuß": "Schuß"}) == \
        {"Schüsse": "Schuss", "Straßen": "Straße", "Schuß": "Schuß"}
